"""Settings from the environment: defaults, validation, one-line errors, client options."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import trustme

from service.config import ConfigError, Settings, load_settings
from service.enrich.duplicates import DuplicateIndex


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.startswith("BULLETINS_"):
            monkeypatch.delenv(name)


def test_defaults_are_the_documented_ones(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BULLETINS_KAFKA_BOOTSTRAP_SERVERS", "kafka-1:9092,kafka-2:9092")
    settings = load_settings()
    assert settings.group_id == "bulletin-enricher"
    assert (settings.input_topic, settings.output_topic) == ("bulletins.raw", "bulletins.enriched")
    assert (settings.dlq_topic, settings.duplicates_topic) == (
        "bulletins.dlq",
        "bulletins.duplicates",
    )
    assert settings.dedup_changelog_topic == "bulletins.dedup-changelog"
    index = DuplicateIndex()
    assert (settings.dedup_capacity, settings.dedup_window_s) == (
        index.capacity,
        index.window_seconds,
    )
    assert settings.metrics_port == 9108
    assert settings.drain_deadline_s == 10.0
    assert settings.create_topics is False
    assert settings.client_options()["security_protocol"] == "PLAINTEXT"


def test_sasl_scram_over_tls(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    ca, client = tmp_path / "ca.pem", tmp_path / "client.pem"
    authority = trustme.CA()
    authority.cert_pem.write_to_path(str(ca))
    issued = authority.issue_cert("bulletin-enricher")
    issued.private_key_and_cert_chain_pem.write_to_path(str(client))
    env = {
        "KAFKA_BOOTSTRAP_SERVERS": "broker:9093",
        "SECURITY_PROTOCOL": "SASL_SSL",
        "SASL_MECHANISM": "SCRAM-SHA-512",
        "SASL_USERNAME": "enricher",
        "SASL_PASSWORD": "s3cret",
        "SSL_CAFILE": str(ca),
        "SSL_CERTFILE": str(client),
        "SSL_KEYFILE": str(client),
    }
    for name, value in env.items():
        monkeypatch.setenv(f"BULLETINS_{name}", value)
    options = load_settings().client_options()
    assert options["sasl_mechanism"] == "SCRAM-SHA-512"
    assert options["sasl_plain_password"] == "s3cret"
    assert options["ssl_context"] is not None
    assert "s3cret" not in repr(load_settings())


@pytest.mark.parametrize(
    ("env", "message"),
    [
        ({}, "BULLETINS_KAFKA_BOOTSTRAP_SERVERS: Field required"),
        ({"KAFKA_BOOTSTRAP_SERVERS": "broker"}, "'broker' is not host:port"),
        ({"METRICS_PORT": "70000"}, "BULLETINS_METRICS_PORT: Input should be less than"),
        ({"SECURITY_PROTOCOL": "SASL_SSL"}, "SASL_MECHANISM is required with SASL_SSL"),
        ({"SSL_CAFILE": "/nonexistent/ca.pem"}, "SSL_CAFILE: no such file"),
        ({"DLQ_TOPIC": "bulletins.raw"}, "topics must all differ"),
        ({"DEDUP_CHANGELOG_TOPIC": "bulletins.duplicates"}, "topics must all differ"),
        ({"DEDUP_CAPACITY": "0"}, "BULLETINS_DEDUP_CAPACITY: Input should be greater than"),
        ({"SESSION_TIMEOUT_MS": "2000"}, "HEARTBEAT_INTERVAL_MS must be at most a third"),
    ],
)
def test_invalid_settings_are_one_clear_line(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str], message: str
) -> None:
    if env:
        monkeypatch.setenv("BULLETINS_KAFKA_BOOTSTRAP_SERVERS", "broker:9092")
    for name, value in env.items():
        monkeypatch.setenv(f"BULLETINS_{name}", value)
    with pytest.raises(ConfigError) as raised:
        load_settings()
    text = str(raised.value)
    assert text.startswith("invalid configuration: ")
    assert message in text
    assert "\n" not in text


def test_run_with_bad_config_exits_2_with_one_line() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "service.cli", "run"],
        env={"PATH": "/usr/bin:/bin", "BULLETINS_KAFKA_BOOTSTRAP_SERVERS": "nohostport"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "bulletins: error: invalid configuration: "
        "BULLETINS_KAFKA_BOOTSTRAP_SERVERS: 'nohostport' is not host:port"
    ]


def test_run_help_documents_every_setting() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "service.cli", "run", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    for name in Settings.model_fields:
        assert f"BULLETINS_{name.upper()}" in done.stdout
