"""Compressed input of every Kafka codec is consumed, and outcomes are published compressed."""

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


@pytest.mark.parametrize("codec", ["gzip", "snappy", "lz4", "zstd"])
async def test_compressed_batches_in_and_out(settings: Settings, codec: str) -> None:
    # The scraper side and the service both compress with the codec under test.
    settings = settings.model_copy(update={"compression": codec, "topic_partitions": 1})
    work = make_workload(40, settings.max_input_bytes)
    inputs = await publish_workload(settings, work)
    async with running_service(settings):
        outputs = await read_outputs(settings, len(inputs))

    seen = account(settings, outputs)
    assert seen.missing(inputs) == []
    assert len(outputs) == len(inputs)
