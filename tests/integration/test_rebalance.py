"""A member joins mid-backlog: batches in flight finish and commit before partitions move."""

from __future__ import annotations

import time
from datetime import datetime

import pytest

from service.article import Article
from service.config import Settings
from service.enrich import Enricher
from service.enrich.model import Enrichment
from service.kafka.reader import TopicReader
from service.pipeline import Pipeline
from tests.integration.workload import (
    account,
    make_workload,
    metric_total,
    output_topics,
    publish_workload,
    read_accounted,
    running_service,
    wait_until,
)

pytestmark = pytest.mark.integration


class SlowEnricher(Enricher):
    """The real enricher, 10 ms slower per bulletin: a batch outlasts a group join (~1 s)."""

    def enrich(
        self, article: Article, *, reference: datetime | None, language: str | None
    ) -> Enrichment:
        time.sleep(0.01)
        return super().enrich(article, reference=reference, language=language)


async def test_joining_member_causes_no_redelivery(settings: Settings) -> None:
    settings = settings.model_copy(update={"topic_partitions": 4, "batch_max_records": 100})
    inputs = await publish_workload(settings, make_workload(400, settings.max_input_bytes))
    pipeline = Pipeline(SlowEnricher(), max_input_bytes=settings.max_input_bytes)
    async with (
        TopicReader(settings, output_topics(settings)) as reader,
        running_service(settings, pipeline) as first,
    ):
        outputs = await reader.read_until(1, 30)
        async with running_service(settings, pipeline) as second:
            await wait_until(lambda: metric_total(second, "bulletins_assigned_partitions") > 0, 30)
            done_at_rebalance = metric_total(first, "bulletins_published_total")
            outputs = await read_accounted(settings, reader, inputs, outputs)

    seen = account(settings, outputs)
    print(f"\nrebalance: {done_at_rebalance:.0f} of {len(inputs)} done when the second joined")
    assert done_at_rebalance < len(inputs)
    assert metric_total(first, "bulletins_rebalances_total") >= 2
    assert seen.missing(inputs) == []
    # Batches in flight were committed before their partitions moved: nothing is redone.
    assert seen.redelivered() == 0
