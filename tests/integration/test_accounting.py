"""Every input offset has exactly one outcome across the three output topics."""

from __future__ import annotations

import pytest

from service.config import Settings
from tests.integration.workload import (
    account,
    make_workload,
    publish_workload,
    read_outputs,
    running_service,
)

pytestmark = pytest.mark.integration


async def test_every_input_has_exactly_one_outcome(settings: Settings) -> None:
    work = make_workload(2000, settings.max_input_bytes)
    inputs = await publish_workload(settings, work)
    async with running_service(settings) as service:
        outputs = await read_outputs(settings, len(inputs))
        metrics = service.metrics
    seen = account(settings, outputs)

    assert seen.missing(inputs) == []
    assert seen.redelivered() == 0
    assert len(outputs) == len(inputs) == 2000
    assert seen.codes == work.codes
    assert len(work.codes) == 6
    assert seen.topics[settings.duplicates_topic] == work.duplicates > 50
    assert seen.topics[settings.output_topic] == 2000 - work.duplicates - work.codes.total()
    consumed = metrics.registry.get_sample_value(
        "bulletins_consumed_total", {"topic": settings.input_topic}
    )
    assert consumed == 2000
