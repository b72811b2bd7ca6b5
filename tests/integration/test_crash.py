"""kill -9 at random points and restart: nothing is missing, re-deliveries keep their event id."""

from __future__ import annotations

import asyncio
import random
import signal
import time
from pathlib import Path

import pytest

from service.config import Settings
from service.kafka.reader import TopicReader
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
    assert seen.missing(inputs) == []
    assert seen.conflicting_ids() == []
    assert seen.codes.keys() == work.codes.keys()
