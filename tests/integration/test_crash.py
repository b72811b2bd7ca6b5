"""kill -9 at random points and restart: nothing is missing, re-deliveries keep their event id
and their outcome, and the duplicate index's changelog holds exactly the published bodies."""

from __future__ import annotations

import asyncio
import random
import signal
import time
from pathlib import Path

import orjson
import pytest
from aiokafka.structs import ConsumerRecord

from service.config import Settings
from service.kafka import changelog
from service.kafka.reader import TopicReader
from tests.integration.workload import (
    Accounting,
    account,
    log_events,
    make_workload,
    output_topics,
    publish_workload,
    read_accounted,
    service_env,
    start_service,
)

pytestmark = pytest.mark.integration

KILLS = 3


async def test_kill_9_three_times_loses_nothing(settings: Settings, tmp_path: Path) -> None:
    # Small batches: many commit points, so every kill lands between some of them.
    settings = settings.model_copy(update={"batch_max_records": 10})
    work = make_workload(2000, settings.max_input_bytes)
    inputs = await publish_workload(settings, work)
    env, log = service_env(settings), tmp_path / "service.log"
    rng = random.Random()
    outputs = []
    async with TopicReader(settings, output_topics(settings)) as reader:
        started = time.monotonic()
        progress = []
        for kill in range(KILLS):
            outputs += await reader.read_available()  # later outputs are this run's
            before = len(outputs)
            process = start_service(env, log)
            while len(outputs) == before:
                outputs += await reader.read_until(1, 30)
                assert process.poll() is None, "service exited on its own"
            if kill == 0:
                first_output_s = time.monotonic() - started
            await asyncio.sleep(rng.uniform(0.0, 0.15))
            process.kill()
            process.wait()
            outputs += await reader.read_available()
            progress.append(len(outputs) - before)
        process = start_service(env, log)
        outputs = await read_accounted(settings, reader, inputs, outputs)
        process.send_signal(signal.SIGTERM)
        assert process.wait(settings.drain_deadline_s + 5) == 0

    seen = account(settings, outputs)
    print(
        f"\ncrash test: kill -9 x{KILLS}, {len(inputs)} inputs, {len(outputs)} outputs, "
        f"re-delivered {seen.redelivered()}, missing {len(seen.missing(inputs))}, "
        f"outputs per killed run {progress}, first output {first_output_s:.2f} s after start"
    )
    for restored in log_events(log, "duplicate index restored"):
        print(f"restored {restored['entries']} entries in {restored['seconds']} s")
    assert seen.missing(inputs) == []
    assert seen.conflicting_ids() == []
    assert seen.codes.keys() == work.codes.keys()
    # Restarts keep the duplicate index: every copy is a duplicate, whichever run saw its original.
    outcomes = _outcome_topics(seen)
    assert [key for key, topics in outcomes.items() if len(topics) > 1] == []
    assert sum(topics == {settings.duplicates_topic} for topics in outcomes.values()) == (
        work.duplicates
    )
    async with TopicReader(settings, [settings.dedup_changelog_topic]) as reader:
        remembered = _remembered(await reader.read_available())
    assert remembered == _published_bodies(settings, outputs)


def _outcome_topics(seen: Accounting) -> dict[tuple[int, int], set[str]]:
    return {key: {topic for topic, _ in outputs} for key, outputs in seen.by_input.items()}


def _remembered(records: list[ConsumerRecord[bytes, bytes]]) -> dict[tuple[int, str], str]:
    """(partition, body SHA-256) -> event id, from the changelog."""
    entries = {}
    for record in records:
        entry = changelog.decode(record.key, record.value)
        assert entry is not None
        entries[(record.partition, entry.sha256)] = entry.event_id
    return entries


def _published_bodies(
    settings: Settings, outputs: list[ConsumerRecord[bytes, bytes]]
) -> dict[tuple[int, str], str]:
    """(input partition, body SHA-256) -> event id, of the enriched events."""
    bodies = {}
    for record in outputs:
        if record.topic == settings.output_topic:
            event = orjson.loads(record.value or b"")
            body = (event["trace"]["partition"], event["fingerprint"]["sha256"])
            bodies[body] = event["event_id"]
    return bodies
