"""SIGTERM during a backlog: drained within the deadline, commits match published outcomes."""

from __future__ import annotations

import signal
import time
from collections import defaultdict
from pathlib import Path

import pytest
from aiokafka import AIOKafkaConsumer
from aiokafka.structs import TopicPartition

from service.config import Settings
from service.kafka.reader import TopicReader
from tests.integration.workload import (
    account,
    make_workload,
    output_topics,
    publish_workload,
    service_env,
    start_service,
)

pytestmark = pytest.mark.integration


async def _committed(settings: Settings) -> dict[int, int]:
    consumer = AIOKafkaConsumer(**settings.client_options(), group_id=settings.group_id)
    await consumer.start()
    try:
        offsets = {}
        for partition in range(settings.topic_partitions):
            tp = TopicPartition(settings.input_topic, partition)
            offsets[partition] = await consumer.committed(tp) or 0
        return offsets
    finally:
        await consumer.stop()


async def test_sigterm_drains_and_commits_exactly_what_was_published(
    settings: Settings, tmp_path: Path
) -> None:
    settings = settings.model_copy(update={"batch_max_records": 10})
    inputs = await publish_workload(settings, make_workload(2000, settings.max_input_bytes))
    process = start_service(service_env(settings), tmp_path / "service.log")
    async with TopicReader(settings, output_topics(settings)) as reader:
        outputs = await reader.read_until(1, 30)
        assert outputs
        signalled = time.monotonic()
        process.send_signal(signal.SIGTERM)
        status = process.wait(settings.drain_deadline_s + 5)
        drain_s = time.monotonic() - signalled
        outputs += await reader.read_available()

    assert status == 0
    assert drain_s < settings.drain_deadline_s
    committed = await _committed(settings)
    assert 0 < sum(committed.values()) < len(inputs), "SIGTERM must land mid-backlog"
    seen = account(settings, outputs)
    assert seen.redelivered() == 0
    published: dict[int, set[int]] = defaultdict(set)
    for partition, offset in seen.by_input:
        published[partition].add(offset)
    for partition, next_offset in committed.items():
        # No gap (every committed offset has its outcome), nothing published beyond the commit.
        assert published[partition] == set(range(next_offset)), partition
    print(f"\ngraceful: drained in {drain_s:.2f} s, committed {sum(committed.values())}")
