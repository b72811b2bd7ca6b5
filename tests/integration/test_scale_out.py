"""Two instances share a 6-partition topic; one is killed; the survivor takes over its work."""

from __future__ import annotations

import signal
from pathlib import Path

import pytest

from service.config import Settings
from service.kafka.reader import TopicReader
from tests.integration.workload import (
    account,
    log_events,
    make_workload,
    output_topics,
    publish_workload,
    read_accounted,
    service_env,
    start_service,
    wait_until,
)

pytestmark = pytest.mark.integration


def _assigned(log: Path) -> list[str]:
    """The partitions of the latest assignment logged (empty before the first)."""
    events = log_events(log, "partitions assigned")
    return list(events[-1]["partitions"]) if events else []  # type: ignore[call-overload]


async def test_survivor_takes_over_a_killed_instance(settings: Settings, tmp_path: Path) -> None:
    settings = settings.model_copy(update={"topic_partitions": 6, "batch_max_records": 20})
    first = make_workload(1000, settings.max_input_bytes)
    inputs = await publish_workload(settings, first)
    env = service_env(settings)
    logs = [tmp_path / "a.log", tmp_path / "b.log"]
    victim, survivor = (start_service(env, log) for log in logs)
    try:
        # Both own a share of the partitions at the same time.
        await wait_until(
            lambda: (
                len(_assigned(logs[0])) + len(_assigned(logs[1])) == 6
                and all(_assigned(log) for log in logs)
            ),
            30,
        )
        shares = [len(_assigned(log)) for log in logs]
        victim.kill()
        victim.wait()
        # Work published after the kill lands on every partition, the victim's included.
        second = make_workload(1000, settings.max_input_bytes, first_index=1000)
        inputs += await publish_workload(settings, second)
        await wait_until(lambda: len(_assigned(logs[1])) == 6, 30)
        async with TopicReader(settings, output_topics(settings)) as reader:
            outputs = await read_accounted(settings, reader, inputs)
        survivor.send_signal(signal.SIGTERM)
        assert survivor.wait(settings.drain_deadline_s + 5) == 0
    finally:
        for process in (victim, survivor):
            if process.poll() is None:
                process.kill()
                process.wait()

    seen = account(settings, outputs)
    print(f"\nscale-out: shares {shares}, re-delivered {seen.redelivered()}")
    assert shares[0] > 0 and shares[1] > 0
    assert seen.missing(inputs) == []
    assert seen.conflicting_ids() == []
