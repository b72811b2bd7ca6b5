"""`bulletins produce` and `bulletins dlq replay` against the broker."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from service.config import Settings
from service.kafka.clients import create_topics
from service.kafka.reader import TopicReader
from tests.integration.workload import read_outputs, running_service, service_env

pytestmark = pytest.mark.integration

SAMPLES = Path(__file__).resolve().parents[2] / "service" / "samples"


def _bulletins(settings: Settings, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "service.cli", *args],
        env=service_env(settings),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


async def test_produce_then_replay_one_code(settings: Settings) -> None:
    await create_topics(settings, sorted(settings.topics))
    produced = await asyncio.to_thread(
        _bulletins,
        settings,
        "produce",
        str(SAMPLES / "bulletins.jsonl"),
        str(SAMPLES / "broken-latin1.txt"),
    )
    assert produced.returncode == 0, produced.stderr
    assert produced.stdout.strip() == f"published 11 bulletins to {settings.input_topic}"
    async with running_service(settings):
        assert len(await read_outputs(settings, 11)) == 11
        replayed = await asyncio.to_thread(
            _bulletins, settings, "dlq", "replay", "--code", "invalid_encoding"
        )
        assert replayed.returncode == 0, replayed.stderr
        assert "replayed 1 dead letters with code invalid_encoding" in replayed.stdout
        outputs = await read_outputs(settings, 12)
    async with TopicReader(settings, [settings.input_topic]) as reader:
        inputs = await reader.read_available()
    # Keyed by canonical URL (tracking parameters dropped), replayed without the added headers.
    reuters = next(r for r in inputs if b"utm_source" in (r.value or b""))
    assert reuters.key == orjson.loads(reuters.value or b"")["url"].split("?")[0].encode()
    broken = (SAMPLES / "broken-latin1.txt").read_bytes()
    source = ("source", b"broken-latin1")
    assert [r.headers for r in inputs if r.value == broken] == [(source,), (source,)]
    codes = [dict(r.headers)["error.code"] for r in outputs if r.topic == settings.dlq_topic]
    assert codes.count(b"invalid_encoding") == 2


def test_produce_without_a_broker_setting_is_one_line(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "service.cli", "produce", str(SAMPLES / "bulletins.jsonl")],
        env={"PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1
    assert "BULLETINS_KAFKA_BOOTSTRAP_SERVERS: Field required" in done.stderr


def test_run_without_topics_is_one_clear_line(settings: Settings) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "service.cli", "run"],
        env=service_env(settings, create_topics=False),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 1
    last = done.stderr.strip().splitlines()[-1]
    assert last == (
        f"bulletins: error: topics missing: {settings.dedup_changelog_topic}, "
        f"{settings.dlq_topic}, {settings.duplicates_topic}, "
        f"{settings.output_topic}, {settings.input_topic} "
        "(create them, or set BULLETINS_CREATE_TOPICS=true)"
    )
    assert "Traceback" not in done.stderr
