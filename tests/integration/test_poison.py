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
    """A real enricher with a bug that fires on one word of the body."""

    def enrich(
        self, article: Article, *, reference: datetime | None, language: str | None
    ) -> Enrichment:
        if any("EXPLODE" in paragraph for paragraph in article.body):
            raise RuntimeError("enricher bug")
        return super().enrich(article, reference=reference, language=language)


def _page(headline: str, word: str = "steady") -> InputRecord:
    text = (
        f"{headline}\n\nLONDON, March 4 (Reuters) - The markets were {word} on Tuesday after "
        "the central bank kept its main rate unchanged, officials said."
    )
    return InputRecord(value=orjson.dumps({"source": "reuters-en", "text": text}), key=b"k")


async def test_unexpected_exception_is_a_processing_error_dead_letter(settings: Settings) -> None:
    settings = settings.model_copy(update={"topic_partitions": 1})
    work = Workload(
        [
            _page("Central bank holds rates steady"),
            _page("Markets wobble after rate decision", word="EXPLODE"),
            _page("Rail strike ends after late-night talks"),
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
        "Central bank holds rates steady",
        "Rail strike ends after late-night talks",
    ]
