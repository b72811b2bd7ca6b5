"""`bulletins process`: the pipeline over files or stdin, no broker."""

from __future__ import annotations

import base64
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import orjson

from service.enrich.duplicates import DuplicateIndex
from service.pipeline import Outcome, Pipeline, Result
from service.records import InputRecord


@dataclass(frozen=True, slots=True)
class Counts:
    enriched: int = 0
    duplicates: int = 0
    dead_letters: int = 0


def records_from_file(name: str, stream: BinaryIO, source: str | None) -> Iterator[InputRecord]:
    """JSONL of `bulletin.raw/v1` (one record per line), or one plain-text bulletin per file."""
    is_jsonl = name.endswith((".jsonl", ".ndjson")) or (name == "-" and source is None)
    if is_jsonl:
        for number, line in enumerate(stream, start=1):
            if line.strip():
                yield InputRecord(value=line.rstrip(b"\r\n"), topic=name, offset=number)
        return
    stem = source or (Path(name).stem if name != "-" else "stdin")
    yield InputRecord(
        value=stream.read(), headers=(("source", stem.encode()),), topic=name, offset=1
    )


def dead_letter_line(record: InputRecord, result: Result) -> bytes:
    """The JSON line written to `--dead-letters` for one dead-lettered input."""
    assert result.error is not None
    value = record.value or b""
    try:
        text, encoding = value.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        text, encoding = base64.b64encode(value).decode("ascii"), "base64"
    line = {
        "error": {
            "code": result.error.code.value,
            "message": result.error.message,
            "stage": result.error.stage.value,
        },
        "input": text,
        "input_encoding": encoding,
        "source": {"file": record.topic, "line": record.offset},
    }
    return orjson.dumps(line) + b"\n"


def run(
    records: Iterable[InputRecord],
    pipeline: Pipeline,
    out: BinaryIO,
    dead_letters: BinaryIO | None,
) -> Counts:
    """Process records in order; events to `out`, dead letters to `dead_letters` (if given)."""
    dedup = DuplicateIndex()
    enriched = duplicates = dead = 0
    for record in records:
        result = pipeline.process(record, dedup)
        if result.outcome is Outcome.DEAD_LETTER:
            dead += 1
            if dead_letters is not None:
                dead_letters.write(dead_letter_line(record, result))
            continue
        if result.outcome is Outcome.DUPLICATE:
            duplicates += 1
        else:
            enriched += 1
        assert result.value is not None
        out.write(result.value + b"\n")
    return Counts(enriched, duplicates, dead)
