"""promtool (Debian package `prometheus`) on deploy/prometheus: config, rules, rule unit tests."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from service.records import InputRecord
from tests.integration.running_service import ServiceProcess, pages, wait_for

ROOT = Path(__file__).resolve().parents[2]
PROMETHEUS_DIR = ROOT / "deploy" / "prometheus"

PROMTOOL = shutil.which("promtool")
needs_promtool = pytest.mark.skipif(
    PROMTOOL is None, reason="promtool not installed (apt-get install prometheus; CI installs it)"
)


def promtool(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    """Run promtool and return its result; callers assert on returncode and output."""
    assert PROMTOOL is not None
    return subprocess.run(
        [PROMTOOL, *args],
        input=stdin.decode() if stdin is not None else None,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@needs_promtool
def test_rules_are_valid() -> None:
    result = promtool("check", "rules", str(PROMETHEUS_DIR / "rules.yml"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "SUCCESS: 5 rules found" in result.stdout


@needs_promtool
def test_rule_unit_tests_pass() -> None:
    result = promtool("test", "rules", str(PROMETHEUS_DIR / "rules.test.yml"))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "SUCCESS" in result.stdout


@needs_promtool
def test_rule_unit_tests_catch_a_broken_rule(tmp_path: Path) -> None:
    """The unit tests can fail: with the lag-seconds threshold raised tenfold they must."""
    rules = (PROMETHEUS_DIR / "rules.yml").read_text(encoding="utf-8")
    threshold = "bulletins_consumer_lag_seconds) > 300"
    broken = rules.replace(threshold, threshold + "0")
    assert broken != rules
    (tmp_path / "rules.yml").write_text(broken, encoding="utf-8")
    shutil.copy(PROMETHEUS_DIR / "rules.test.yml", tmp_path / "rules.test.yml")
    result = promtool("test", "rules", str(tmp_path / "rules.test.yml"))
    assert result.returncode != 0
    assert "BulletinsConsumerLagSecondsHigh" in result.stdout + result.stderr


@needs_promtool
def test_scrape_config_is_valid() -> None:
    result = promtool("check", "config", str(PROMETHEUS_DIR / "prometheus.yml"))
    assert result.returncode == 0, result.stdout + result.stderr


@needs_promtool
def test_live_scrape_passes_check_metrics(service: ServiceProcess) -> None:
    """The exposition of a running service that has seen traffic (every metric family has
    samples, including dead letters and both histograms) is what promtool expects."""
    service.wait_ready()
    service.publish([*pages(range(2)), InputRecord(value=b"\xff\xfe", key=b"broken")])
    scrape = wait_for(
        "the outcomes",
        lambda: s if (s := service.scrape()).total("bulletins_published_total") == 3 else None,
        timeout=20,
    )
    assert scrape.total("bulletins_dead_letters_total") == 1
    assert scrape.total("bulletins_end_to_end_latency_seconds_count") == 3
    result = promtool("check", "metrics", stdin=scrape.text.encode())
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout + result.stderr == ""
