"""Publishing raw bulletins as a scraper does (`bulletins produce`, the demo, `dlq replay`)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable

import orjson
from aiokafka.structs import RecordMetadata

from service.config import Settings
from service.identity import canonical_url
from service.kafka.clients import make_producer
from service.records import InputRecord


def scraper_key(record: InputRecord) -> bytes | None:
    """The canonical URL of a raw bulletin (JSON `url` field or `url` header), as its key.

    Re-scrapes of one page then land on one partition, where the duplicate index sees them.
    """
    url: object = None
    if record.value is not None and record.value.lstrip().startswith(b"{"):
        try:
            data = orjson.loads(record.value)
        except orjson.JSONDecodeError:
            data = None
        url = data.get("url") if isinstance(data, dict) else None
    if url is None and (header := record.header("url")) is not None:
        url = header.decode("utf-8", errors="replace")
    canonical = canonical_url(url) if isinstance(url, str) else None
    return canonical.encode() if canonical else None


async def publish(
    settings: Settings, topic: str, records: Iterable[InputRecord]
) -> list[RecordMetadata]:
    """Send records (value, key, headers) with acks=all; where each one landed."""
    producer = make_producer(settings)
    await producer.start()
    try:
        futures = [
            await producer.send(
                topic, value=record.value, key=record.key, headers=list(record.headers)
            )
            for record in records
        ]
        landed: list[RecordMetadata] = await asyncio.gather(*futures)
    finally:
        await producer.stop()
    return landed
