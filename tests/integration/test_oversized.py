"""Outcomes the producer cannot send are dead-lettered, never retried forever."""

from __future__ import annotations

import orjson
import pytest

from service.config import Settings
from service.records import InputRecord
from tests.integration.workload import Workload, publish_workload, read_outputs, running_service

pytestmark = pytest.mark.integration


def _council(districts: int) -> bytes:
    """A bulletin whose lead is its whole (one-sentence) body: the event is twice the input."""
    clauses = ", ".join(
        f"the council said the budget would fund roads and schools in district {i}"
        for i in range(districts)
    )
    text = f"Council approves budget\n\nLONDON, March 4 (Reuters) - The mayor said {clauses}."
    return orjson.dumps({"source": "reuters-en", "text": text})


async def test_too_large_outcomes_become_dead_letters(settings: Settings) -> None:
    small, fits_in, grows_out = _council(3), _council(400), b"x" * 80_000
    # The input limit lets `fits_in` through; its enriched event (about twice its size) then
    # exceeds the producer limit. `grows_out` is too large to be kept even as a dead letter.
    scraper = settings.model_copy(update={"topic_partitions": 1})
    records = [InputRecord(value, key=b"k") for value in (fits_in, grows_out, small)]
    await publish_workload(scraper, Workload(records))
    settings = scraper.model_copy(
        update={"max_input_bytes": len(fits_in) + 10, "max_request_size": len(fits_in) + 8000}
    )
    async with running_service(settings):
        outputs = await read_outputs(settings, 3)

    assert [r.topic for r in outputs].count(settings.dlq_topic) == 2
    dead = sorted((r for r in outputs if r.topic == settings.dlq_topic), key=lambda r: r.offset)
    first, second = (dict(r.headers) for r in dead)
    assert (first["error.code"], first["error.stage"]) == (b"too_large", b"serialize")
    assert dead[0].value == fits_in
    assert second["error.code"] == b"too_large"
    assert dead[1].value is None
    enriched = [r for r in outputs if r.topic == settings.output_topic]
    assert [orjson.loads(r.value or b"")["trace"]["offset"] for r in enriched] == [2]
