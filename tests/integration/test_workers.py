"""`bulletins run --workers 2`: two processes in one group share the partitions; SIGTERM drains."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from service.broker import free_port
from service.config import Settings
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
    work = make_workload(600, settings.max_input_bytes)
    inputs = await publish_workload(settings, work)
    supervisor = start_service(service_env(settings), tmp_path / "workers.log", "--workers", "2")
    try:
        ports = (port, port + 1)
        consumed = wait_for(
            "both workers to consume everything",
            lambda: _consumed_by_each(ports, len(inputs)),
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


def _consumed_by_each(ports: tuple[int, ...], expected: int) -> list[float] | None:
    """Records consumed per worker once together they reached `expected` and each owns some."""
    scrapes = [_scrape(port) for port in ports]
    if any(scrape is None for scrape in scrapes):
        return None
    assigned = [s.total("bulletins_assigned_partitions") for s in scrapes if s]
    consumed = [s.total("bulletins_consumed_total") for s in scrapes if s]
    if sum(assigned) == 6 and all(assigned) and sum(consumed) >= expected:
        return consumed
    return None
