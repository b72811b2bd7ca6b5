"""The service's runtime with the text work left out, to show what the runtime itself costs.

`RecodingPipeline` keeps the pipeline's contract (one outcome per record, dead letters for bad
input) but only decodes and validates each record and publishes it re-encoded: batching, acks,
commits, metrics and the duplicate changelog all run as in `bulletins run`. Run as its own
process, like the service: `python -m tests.bench.runtime_only` (settings from the environment).
"""

from __future__ import annotations

import asyncio
import sys

import orjson

from service import __version__, logs
from service.config import load_settings
from service.contracts import ENRICHED_SCHEMA
from service.decode import DEFAULT_MAX_INPUT_BYTES, decode
from service.enrich.duplicates import DuplicateIndex
from service.errors import BulletinError
from service.kafka.runtime import serve
from service.pipeline import Outcome, Pipeline, Result, dead_letter
from service.records import InputRecord


class RecodingPipeline(Pipeline):
    """Decode, validate, re-encode: the pipeline's I/O without normalisation or enrichment."""

    def __init__(self) -> None:  # no lexicons to load: `Pipeline.__init__` is skipped on purpose
        self.max_input_bytes = DEFAULT_MAX_INPUT_BYTES
        self.service_version = __version__

    def process(self, record: InputRecord, dedup: DuplicateIndex | None = None) -> Result:
        try:
            raw = decode(record, self.max_input_bytes)
        except BulletinError as bad_input:
            return dead_letter(record, bad_input, self.service_version)
        return Result(
            outcome=Outcome.ENRICHED,
            key=record.key,
            value=orjson.dumps(raw.model_dump()),
            headers=(("schema", ENRICHED_SCHEMA.encode()),),
        )


def main() -> int:
    settings = load_settings()
    logs.configure(settings.log_level)
    return asyncio.run(serve(settings, pipeline=RecodingPipeline()))


if __name__ == "__main__":
    sys.exit(main())
