"""What the runtime records in the metrics registry, including after a rebalance."""

from __future__ import annotations

import pytest

from service.config import Settings
from service.metrics import Metrics
from tests.integration.workload import (
    make_workload,
    publish_workload,
    read_outputs,
    running_service,
    wait_until,
)

pytestmark = pytest.mark.integration


def _value(metrics: Metrics, name: str, **labels: str) -> float | None:
    return metrics.registry.get_sample_value(name, labels)


def _lag_partitions(metrics: Metrics, name: str) -> set[str]:
    return {
        sample.labels["partition"]
        for family in metrics.registry.collect()
        for sample in family.samples
        if sample.name == name
    }


async def test_counters_lag_and_revoked_partitions(settings: Settings) -> None:
    settings = settings.model_copy(update={"topic_partitions": 4})
    work = make_workload(400, settings.max_input_bytes)
    await publish_workload(settings, work)
    async with running_service(settings) as first:
        await read_outputs(settings, 400)
        metrics = first.metrics
        await wait_until(
            lambda: (
                _lag_partitions(metrics, "bulletins_consumer_lag_records") == {"0", "1", "2", "3"}
            ),
            10,
        )
        for partition in "0123":
            labels = {"topic": settings.input_topic, "partition": partition}
            assert _value(metrics, "bulletins_consumer_lag_records", **labels) == 0
            assert _value(metrics, "bulletins_consumer_lag_seconds", **labels) == 0
        assert _value(metrics, "bulletins_assigned_partitions") == 4
        assert _value(metrics, "bulletins_consumed_total", topic=settings.input_topic) == 400
        dead = sum(work.codes.values())
        assert (
            _value(
                metrics,
                "bulletins_published_total",
                topic=settings.dlq_topic,
                outcome="dead_letter",
            )
            == dead
        )
        assert (
            _value(metrics, "bulletins_dead_letters_total", code="invalid_json")
            == work.codes["invalid_json"]
        )
        assert _value(metrics, "bulletins_end_to_end_latency_seconds_count") == 400
        decoded = _value(metrics, "bulletins_processing_seconds_count", stage="decode")
        assert 400 - dead <= decoded <= 400  # type: ignore[operator]

        # A second instance joins: the first gives up two partitions and their lag series.
        async with running_service(settings):
            await wait_until(lambda: _value(metrics, "bulletins_assigned_partitions") == 2, 30)
            await wait_until(
                lambda: len(_lag_partitions(metrics, "bulletins_consumer_lag_records")) == 2, 10
            )
            assert len(_lag_partitions(metrics, "bulletins_consumer_lag_seconds")) == 2
            assert _value(metrics, "bulletins_rebalances_total") >= 2  # type: ignore[operator]
