"""The real service against a real broker, observed the way operators do: scraping `/metrics`,
asking `/healthz` and `/readyz`, and through a real Prometheus server."""

from __future__ import annotations

import json
import shutil
import subprocess
import time
import urllib.parse
from pathlib import Path
from typing import Any

import pytest
import yaml

from service import __version__
from service.broker import free_port
from service.records import InputRecord
from tests.integration.running_service import (
    BATCH,
    Scrape,
    ServiceProcess,
    http_get,
    pages,
    wait_for,
)

pytestmark = pytest.mark.integration

ROOT = Path(__file__).resolve().parents[2]
LAG = "bulletins_consumer_lag_records"
LAG_SECONDS = "bulletins_consumer_lag_seconds"


def _outcomes_reach(service: ServiceProcess, count: int) -> Scrape:
    """Wait until `count` outcomes are acknowledged and every partition reports lag 0."""
    partitions = service.settings.topic_partitions

    def settled() -> Scrape | None:
        scrape = service.scrape()
        lag = scrape.by_label(LAG, "partition")
        done = scrape.total("bulletins_published_total") >= count
        return scrape if done and len(lag) == partitions and not any(lag.values()) else None

    return wait_for(f"{count} outcomes and no lag", settled, timeout=30)


def test_health_then_readiness_once_partitions_are_assigned(service: ServiceProcess) -> None:
    assert http_get(service.url("/healthz"))[0] == 200
    service.wait_ready()
    scrape = _outcomes_reach(service, 0)  # idle: every owned partition reports lag 0
    assert scrape.total("bulletins_assigned_partitions") == service.settings.topic_partitions
    assert scrape.total("bulletins_rebalances_total") >= 1
    assert scrape.total("bulletins_build_info", version=__version__) == 1
    assert set(scrape.by_label(LAG_SECONDS, "partition").values()) == {0.0}
    assert http_get(service.url("/nowhere"))[0] == 404


def test_counters_move_with_traffic(service: ServiceProcess) -> None:
    service.wait_ready()
    assert service.scrape().total("bulletins_consumed_total") == 0
    records = [
        *pages(range(17)),
        InputRecord(value=b"{not json", key=b"broken-1"),
        InputRecord(value=b'{"source": "test-agency", "text": ', key=b"broken-2"),
        # Page 3 again from another scraper: another event, the same body (and URL, so the
        # same partition, whose duplicate index has seen it): a duplicate.
        *pages(range(3, 4), source="syndication-feed"),
    ]
    service.publish(records)
    after = _outcomes_reach(service, len(records))

    assert after.total("bulletins_consumed_total", topic=service.settings.input_topic) == 20
    assert after.by_label("bulletins_published_total", "outcome") == {
        "enriched": 17,
        "dead_letter": 2,
        "duplicate": 1,
    }
    assert after.by_label("bulletins_dead_letters_total", "code") == {"invalid_json": 2}
    # the 17 bodies are remembered, each by its partition's duplicate index
    assert after.total("bulletins_dedup_index_bodies") == 17
    assert after.total("bulletins_end_to_end_latency_seconds_count") == 20
    # Every decodable input (the 17 pages and the duplicate) went through each stage once.
    for stage in ("decode", "normalize", "enrich", "serialize"):
        assert after.total("bulletins_processing_seconds_count", stage=stage) >= 18, stage
    assert after.total("bulletins_processing_seconds_count", stage="enrich") == 18


def test_lag_follows_a_backlog_produced_while_stopped(service: ServiceProcess) -> None:
    backlog, stopped_for = 300, 3.0
    service.wait_ready()
    service.publish(pages(range(5)))
    _outcomes_reach(service, 5)
    assert service.stop() == 0

    # One key, so the whole backlog waits on one partition.
    produced_from = time.time()
    service.publish(pages(range(1000, 1000 + backlog), key=b"busy-page"))
    produced_to = time.time()
    time.sleep(stopped_for)
    service.start()

    observed: list[tuple[float, float, Scrape]] = []

    def drained() -> bool:
        started = time.time()
        scrape = service.scrape()
        observed.append((started, time.time(), scrape))
        lag = scrape.by_label(LAG, "partition")
        consumed = scrape.total("bulletins_consumed_total")
        partitions = service.settings.topic_partitions
        return len(lag) == partitions and not any(lag.values()) and consumed == backlog

    wait_for("the backlog to drain", drained, timeout=40, every=0.02)

    during = [(a, b, s) for a, b, s in observed if s.total(LAG) > 0]
    assert len(during) >= 3, "the backlog drained before scrapes could follow it"
    for started, finished, scrape in during:
        lag = {p: v for p, v in scrape.by_label(LAG, "partition").items() if v}
        (busy,) = lag
        # Lag counts what is not processed yet, consumed what was taken in (the batch being
        # processed is in both): together they are the backlog, within one batch.
        seen = lag[busy] + scrape.total("bulletins_consumed_total")
        assert backlog <= seen <= backlog + BATCH, (lag, seen)
        # Every backlog record was produced between produced_from and produced_to.
        age = scrape.by_label(LAG_SECONDS, "partition")[busy]
        assert started - produced_to - 1.0 <= age <= finished - produced_from + 0.5
        assert age >= stopped_for
    final = observed[-1][2]
    assert set(final.by_label(LAG_SECONDS, "partition").values()) == {0.0}
    assert final.total("bulletins_published_total") == backlog  # nothing re-delivered


def _owned(service: ServiceProcess) -> tuple[int, set[str]] | None:
    """How many partitions the instance owns and those it exports lag for (None while its two
    lag gauges disagree: a scrape can fall between their updates)."""
    scrape = service.scrape()
    lag = set(scrape.by_label(LAG, "partition"))
    if lag != set(scrape.by_label(LAG_SECONDS, "partition")):
        return None
    return int(scrape.total("bulletins_assigned_partitions")), lag


def test_lag_series_follow_partition_ownership(service: ServiceProcess, tmp_path: Path) -> None:
    everything = {str(p) for p in range(service.settings.topic_partitions)}
    service.wait_ready()
    wait_for("lag of every partition", lambda: _owned(service) == (len(everything), everything), 20)

    second_settings = service.settings.model_copy(update={"metrics_port": free_port()})
    second = ServiceProcess(second_settings, tmp_path / "second.log").start()
    try:
        second.wait_ready()

        def shared() -> bool:
            first_owns, second_owns = _owned(service), _owned(second)
            if first_owns is None or second_owns is None:
                return False
            (count_1, lag_1), (count_2, lag_2) = first_owns, second_owns
            split = count_1 == len(lag_1) > 0 and count_2 == len(lag_2) > 0
            return split and lag_1 | lag_2 == everything and not lag_1 & lag_2

        # Partitions handed to the newcomer disappear from the first instance's series.
        wait_for("the partitions to be shared", shared, timeout=30)
    finally:
        assert second.stop() == 0
    survivor_owns = (len(everything), everything)
    wait_for("the survivor to own everything", lambda: _owned(service) == survivor_owns, 30)
    assert service.scrape().total("bulletins_rebalances_total") >= 3


class PrometheusServer:
    """A real Prometheus (Debian package) on loopback, scraping one target every second and
    evaluating the alert rules of deploy/prometheus."""

    def __init__(self, directory: Path, target: str) -> None:
        self.port = free_port()
        self._directory = directory
        config = {
            "global": {"scrape_interval": "1s", "evaluation_interval": "1s"},
            "rule_files": [str(ROOT / "deploy" / "prometheus" / "rules.yml")],
            "scrape_configs": [
                {"job_name": "bulletin-enricher", "static_configs": [{"targets": [target]}]}
            ],
        }
        (directory / "prometheus.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
        self._process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> PrometheusServer:
        binary = shutil.which("prometheus")
        assert binary is not None
        self._process = subprocess.Popen(
            [
                binary,
                f"--config.file={self._directory / 'prometheus.yml'}",
                f"--storage.tsdb.path={self._directory / 'data'}",
                f"--web.listen-address=127.0.0.1:{self.port}",
                "--log.level=warn",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for("Prometheus", self._ready, timeout=20)
        return self

    def _ready(self) -> bool:
        try:
            return http_get(f"http://127.0.0.1:{self.port}/-/ready")[0] == 200
        except OSError:
            return False

    def api(self, path: str, **params: str) -> Any:
        query = urllib.parse.urlencode(params)
        status, body = http_get(f"http://127.0.0.1:{self.port}/api/v1/{path}?{query}")
        answer = json.loads(body)
        assert status == 200 and answer["status"] == "success", (params, body)
        return answer["data"]

    def query(self, expr: str) -> list[dict[str, Any]]:
        """The instant vector of `expr` now."""
        return self.api("query", query=expr)["result"]  # type: ignore[no-any-return]

    def scalar(self, expr: str) -> float | None:
        """The single value of `expr` now, or None while it has no result."""
        result = self.query(expr)
        return float(result[0]["value"][1]) if result else None

    def __exit__(self, *exc_info: object) -> None:
        assert self._process is not None
        self._process.terminate()
        self._process.wait(10)


needs_prometheus = pytest.mark.skipif(
    shutil.which("prometheus") is None,
    reason="prometheus not installed (apt-get install prometheus; CI installs it)",
)


def _dashboard_queries() -> list[str]:
    path = ROOT / "deploy" / "grafana" / "dashboards" / "bulletin-enricher.json"
    panels = json.loads(path.read_text(encoding="utf-8"))["panels"]
    exprs = [target["expr"] for panel in panels for target in panel["targets"]]
    return [e.replace("$job", ".*").replace("$__rate_interval", "1m") for e in exprs]


@needs_prometheus
def test_prometheus_sees_throughput_and_lag(service: ServiceProcess, tmp_path: Path) -> None:
    warm_up, burst, span = 5, 40, 12.0
    service.wait_ready()
    service.publish(pages(range(warm_up)))
    _outcomes_reach(service, warm_up)
    target = f"127.0.0.1:{service.settings.metrics_port}"
    with PrometheusServer(tmp_path, target) as prometheus:
        consumed = "sum(bulletins_consumed_total)"
        wait_for("the first scrape", lambda: prometheus.scalar(consumed) == warm_up, timeout=15)
        first_scrape = time.monotonic()
        time.sleep(2)
        # One broken record among them, so that every dashboard panel has something to show.
        service.publish([*pages(range(100, 100 + burst - 1)), InputRecord(value=b"{not json")])
        total = warm_up + burst
        wait_for("the burst", lambda: prometheus.scalar(consumed) == total, timeout=15)
        time.sleep(max(0.0, first_scrape + span - time.monotonic()))

        # All `burst` increments lie inside the scraped span of at least `span` seconds, so the
        # extrapolated 1-minute rate is at least burst/60 and at most one sample interval more.
        rate = prometheus.scalar("sum(rate(bulletins_consumed_total[1m]))")
        assert rate is not None
        assert burst / 60 <= rate <= burst / 60 * (span + 2) / span

        lag = prometheus.query(f'{LAG}{{job="bulletin-enricher"}}')
        assert {(s["metric"]["topic"], s["metric"]["partition"]) for s in lag} == {
            (service.settings.input_topic, str(p)) for p in range(service.settings.topic_partitions)
        }
        assert {s["value"][1] for s in lag} == {"0"}
        assert prometheus.scalar(f"max({LAG_SECONDS})") == 0
        assert prometheus.scalar('up{job="bulletin-enricher"}') == 1

        groups = prometheus.api("rules")["groups"]
        rules = [rule for group in groups for rule in group["rules"]]
        assert len(rules) == 5 and {r["health"] for r in rules} == {"ok"}
        assert {r["state"] for r in rules} == {"inactive"}
        for expr in _dashboard_queries():
            assert prometheus.query(expr) is not None, expr
        assert prometheus.query("sum by (outcome) (increase(bulletins_published_total[1m]))")
