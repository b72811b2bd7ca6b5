"""An unexpected exception in processing dead-letters that input; the service keeps going."""

from __future__ import annotations

from datetime import datetime

import orjson
import pytest

from service.article import Article
from service.config import Settings
from service.enrich import Enricher
from service.enrich.model import Enrichment
from service.pipeline import Pipeline
from service.records import InputRecord
from tests.integration.workload import Workload, publish_workload, read_outputs, running_service

pytestmark = pytest.mark.integration


class ExplodingEnricher(Enricher):
    """A real enricher with a bug that fires on one headline."""

    def enrich(
        self, article: Article, *, reference: datetime | None, language: str | None
    ) -> Enrichment:
        if article.headline and "EXPLODE" in article.headline:
            raise RuntimeError("enricher bug")
        return super().enrich(article, reference=reference, language=language)


def _page(headline: str) -> InputRecord:
    text = f"{headline}\n\nLONDON, March 4 (Reuters) - A story about {headline.lower()}."
    return InputRecord(value=orjson.dumps({"source": "reuters-en", "text": text}), key=b"k")


async def test_unexpected_exception_is_a_processing_error_dead_letter(settings: Settings) -> None:
    settings = settings.model_copy(update={"topic_partitions": 1})
    work = Workload(
        [
            _page("Markets open higher before the budget vote"),
            _page("EXPLODE here in the enricher"),
            _page("Budget vote passes after a long night"),
        ]
    )
    await publish_workload(settings, work)
    async with running_service(settings, Pipeline(ExplodingEnricher())):
        outputs = await read_outputs(settings, 3)

    by_topic = {record.topic: record for record in outputs}
    assert len(outputs) == 3
    dead = by_topic[settings.dlq_topic]
    headers = dict(dead.headers)
    assert headers["error.code"] == b"processing_error"
    assert b"RuntimeError: enricher bug" in headers["error.message"]
    assert headers["error.stage"] == b"enrich"
    assert headers["source.offset"] == b"1"
    assert dead.value == work.records[1].value
    headlines = [
        orjson.loads(r.value or b"")["headline"]
        for r in outputs
        if r.topic == settings.output_topic
    ]
    assert headlines == [
        "Markets open higher before the budget vote",
        "Budget vote passes after a long night",
    ]
