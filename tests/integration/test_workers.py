"""`bulletins run --workers 2`: two processes in one group share the partitions; SIGTERM drains."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from service.broker import free_port
from service.config import Settings
from service.kafka.clients import create_topics
from service.kafka.reader import TopicReader
from tests.integration.running_service import Scrape, http_get, wait_for
from tests.integration.workload import (
    account,
    make_workload,
    output_topics,
    publish_workload,
    read_accounted,
    service_env,
    start_service,
)

pytestmark = pytest.mark.integration


def _scrape(port: int) -> Scrape | None:
    try:
        status, body = http_get(f"http://127.0.0.1:{port}/metrics")
    except OSError:
        return None
    return Scrape.parse(body) if status == 200 else None


async def test_two_workers_share_the_partitions_and_drain(
    settings: Settings, tmp_path: Path
) -> None:
    port = free_port()
    settings = settings.model_copy(
        update={"topic_partitions": 6, "batch_max_records": 20, "metrics_port": port}
    )
    await create_topics(settings, sorted(settings.topics))
    supervisor = start_service(service_env(settings), tmp_path / "workers.log", "--workers", "2")
    try:
        ports = (port, port + 1)
        # Work is published once both workers own partitions, so each must get a share of it.
        wait_for("both workers to own partitions", lambda: _shares(ports), timeout=60, every=0.2)
        inputs = await publish_workload(settings, make_workload(600, settings.max_input_bytes))
        consumed = wait_for(
            "the workers to consume everything",
            lambda: _consumed(ports, len(inputs)),
            timeout=60,
            every=0.2,
        )
        async with TopicReader(settings, output_topics(settings)) as reader:
            outputs = await read_accounted(settings, reader, inputs)
        supervisor.send_signal(signal.SIGTERM)
        assert supervisor.wait(settings.drain_deadline_s + 5) == 0
    finally:
        if supervisor.poll() is None:
            supervisor.kill()
            supervisor.wait()

    assert all(count > 0 for count in consumed), consumed
    seen = account(settings, outputs)
    assert seen.missing(inputs) == []
    assert seen.conflicting_ids() == []


def _scrapes(ports: tuple[int, ...]) -> list[Scrape] | None:
    scrapes = [scrape for port in ports if (scrape := _scrape(port)) is not None]
    return scrapes if len(scrapes) == len(ports) else None


def _shares(ports: tuple[int, ...]) -> list[float] | None:
    """Partitions owned per worker, once all 6 are owned and every worker has some."""
    scrapes = _scrapes(ports)
    if scrapes is None:
        return None
    assigned = [s.total("bulletins_assigned_partitions") for s in scrapes]
    return assigned if sum(assigned) == 6 and all(assigned) else None


def _consumed(ports: tuple[int, ...], expected: int) -> list[float] | None:
    """Records consumed per worker, once together they reached `expected`."""
    scrapes = _scrapes(ports)
    if scrapes is None:
        return None
    consumed = [s.total("bulletins_consumed_total") for s in scrapes]
    return consumed if sum(consumed) >= expected else None
