"""The HTTP server: metrics in Prometheus text format, liveness and readiness."""

from __future__ import annotations

import shutil
import subprocess
import urllib.error
import urllib.request
from collections.abc import Iterator

import pytest

from service.http import Health, HttpServer
from service.metrics import Metrics


@pytest.fixture
def server() -> Iterator[tuple[HttpServer, Health, Metrics]]:
    metrics, health = Metrics(), Health()
    http = HttpServer(metrics, health, "127.0.0.1", 0).start()
    yield http, health, metrics
    http.stop()


def _get(http: HttpServer, path: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{http.port}{path}", timeout=5) as reply:
            return reply.status, reply.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def test_readiness_follows_health(server: tuple[HttpServer, Health, Metrics]) -> None:
    http, health, _ = server
    assert _get(http, "/healthz") == (200, "ok\n")
    assert _get(http, "/readyz") == (503, "starting\n")
    health.set(True, "ready: 3 partitions assigned")
    assert _get(http, "/readyz") == (200, "ready: 3 partitions assigned\n")
    assert _get(http, "/nope")[0] == 404


def test_metrics_pass_promtool(server: tuple[HttpServer, Health, Metrics]) -> None:
    http, _, metrics = server
    metrics.consumed.labels("bulletins.raw").inc(3)
    metrics.lag_records.labels("bulletins.raw", "0").set(7)
    status, text = _get(http, "/metrics")
    assert status == 200
    assert 'bulletins_consumed_total{topic="bulletins.raw"} 3.0' in text
    assert "_created" not in text
    promtool = shutil.which("promtool")
    if promtool is None:
        pytest.skip("promtool not installed")
    check = subprocess.run(
        [promtool, "check", "metrics"], input=text, capture_output=True, text=True, check=False
    )
    assert check.returncode == 0, check.stdout + check.stderr
