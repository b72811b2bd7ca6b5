"""Bad inputs of every error code, through `Pipeline.process`: code, stage, message, bytes kept."""

from datetime import datetime

import orjson
import pytest

from service.article import Article
from service.enrich import Enricher
from service.enrich.model import Enrichment
from service.errors import ErrorCode, Stage
from service.pipeline import Outcome, Pipeline
from service.records import InputRecord

SOURCE = (("source", b"sana-en"),)
BODY = "Damascus, SANA-The minister opened the new water station in Homs on Sunday."


def _json(**fields: object) -> bytes:
    return orjson.dumps(fields)


BAD_INPUTS = [
    # (id, record, code, stage, words the message must contain)
    (
        "latin-1 text",
        InputRecord(value="Genève, SANA-Le ministre".encode("latin-1"), headers=SOURCE),
        ErrorCode.INVALID_ENCODING,
        Stage.DECODE,
        ["value", "UTF-8"],
    ),
    (
        "truncated json",
        InputRecord(value=b'{"source": "sana-en", "text": "Damascus'),
        ErrorCode.INVALID_JSON,
        Stage.DECODE,
        ["value", "JSON"],
    ),
    (
        "missing source",
        InputRecord(value=_json(text=BODY)),
        ErrorCode.SCHEMA_VIOLATION,
        Stage.VALIDATE,
        ["'source'"],
    ),
    (
        "text and html",
        InputRecord(value=_json(source="s", text=BODY, html="<p>x</p>")),
        ErrorCode.SCHEMA_VIOLATION,
        Stage.VALIDATE,
        ["'text'", "'html'"],
    ),
    (
        "text not a string",
        InputRecord(value=_json(source="s", text=42)),
        ErrorCode.SCHEMA_VIOLATION,
        Stage.VALIDATE,
        ["'text'"],
    ),
    (
        "bad fetched_at",
        InputRecord(value=_json(source="s", text=BODY, fetched_at="last Tuesday")),
        ErrorCode.SCHEMA_VIOLATION,
        Stage.VALIDATE,
        ["'fetched_at'"],
    ),
    (
        "url port out of range",
        InputRecord(value=_json(source="s", text=BODY, url="https://example.org:99999/x")),
        ErrorCode.SCHEMA_VIOLATION,
        Stage.VALIDATE,
        ["'url'", "Port out of range"],
    ),
    (
        "url with an unclosed IPv6 bracket",
        InputRecord(value=_json(source="s", text=BODY, url="http://[::1/x")),
        ErrorCode.SCHEMA_VIOLATION,
        Stage.VALIDATE,
        ["'url'", "IPv6"],
    ),
    (
        "plain text without source header",
        InputRecord(value=BODY.encode()),
        ErrorCode.SCHEMA_VIOLATION,
        Stage.VALIDATE,
        ["'source'"],
    ),
    (
        "empty value",
        InputRecord(value=b"", headers=SOURCE),
        ErrorCode.EMPTY_BODY,
        Stage.DECODE,
        ["value", "empty"],
    ),
    (
        "null value",
        InputRecord(value=None, headers=SOURCE),
        ErrorCode.EMPTY_BODY,
        Stage.DECODE,
        ["value", "empty"],
    ),
    (
        "only furniture",
        InputRecord(value=_json(source="s", text="Share\nPrint\n\u00a0\n© 2024 SANA")),
        ErrorCode.EMPTY_BODY,
        Stage.NORMALIZE,
        ["'text'"],
    ),
    (
        "too large",
        InputRecord(value=_json(source="s", text=BODY * 100)),
        ErrorCode.TOO_LARGE,
        Stage.DECODE,
        ["value", "4096"],
    ),
    (
        "declared image",
        InputRecord(value=b"\x89PNG...", headers=(*SOURCE, ("content-type", b"image/png"))),
        ErrorCode.UNSUPPORTED_CONTENT,
        Stage.DECODE,
        ["content-type", "image/png"],
    ),
    (
        "pdf bytes",
        InputRecord(value=b"%PDF-1.7\n%binary", headers=SOURCE),
        ErrorCode.UNSUPPORTED_CONTENT,
        Stage.DECODE,
        ["value", "binary"],
    ),
    (
        "html without text",
        InputRecord(value=_json(source="s", html="<html><body><nav></nav></body></html>")),
        ErrorCode.UNSUPPORTED_CONTENT,
        Stage.NORMALIZE,
        ["'html'"],
    ),
]


@pytest.mark.parametrize(
    ("record", "code", "stage", "words"),
    [case[1:] for case in BAD_INPUTS],
    ids=[case[0] for case in BAD_INPUTS],
)
def test_bad_input_is_dead_lettered(
    record: InputRecord, code: ErrorCode, stage: Stage, words: list[str]
) -> None:
    result = Pipeline(max_input_bytes=4096).process(record)
    assert result.outcome is Outcome.DEAD_LETTER
    assert result.error is not None
    assert (result.error.code, result.error.stage) == (code, stage)
    for word in words:
        assert word in result.error.message
    assert result.value == record.value
    headers = dict(result.headers)
    assert headers["error.code"] == code.value.encode()
    assert headers["error.stage"] == stage.value.encode()


class _FailingEnricher(Enricher):
    """An enricher with a bug: the pipeline must dead-letter, not raise."""

    def enrich(
        self, article: Article, *, reference: datetime | None, language: str | None
    ) -> Enrichment:
        raise KeyError("gazetteer")


def test_unexpected_exception_becomes_processing_error() -> None:
    record = InputRecord(value=_json(source="sana-en", text=BODY), topic="raw", offset=7)
    result = Pipeline(_FailingEnricher()).process(record)
    assert result.outcome is Outcome.DEAD_LETTER
    assert result.error is not None
    assert result.error.code is ErrorCode.PROCESSING_ERROR
    assert result.error.stage is Stage.ENRICH
    assert "KeyError" in result.error.message
    assert result.value == record.value
    assert dict(result.headers)["source.offset"] == b"7"


def test_plain_text_with_headers_is_accepted() -> None:
    record = InputRecord(value=BODY.encode(), headers=(*SOURCE, ("url", b"https://sana.sy/x")))
    result = Pipeline().process(record)
    assert result.outcome is Outcome.ENRICHED
    assert result.value is not None
    event = orjson.loads(result.value)
    assert (event["source"], event["url"]) == ("sana-en", "https://sana.sy/x")
    assert event["dateline"]["agency"] == "SANA"
