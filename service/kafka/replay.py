"""`bulletins dlq replay`: dead letters' original bytes back onto the input topic."""

from __future__ import annotations

from service.config import Settings
from service.kafka.publish import publish
from service.kafka.reader import TopicReader
from service.records import InputRecord

# Headers the service added when dead-lettering; the replayed record is the scraper's original.
_ADDED_PREFIXES = ("error.", "source.", "service.")


async def replay(settings: Settings, *, code: str | None, limit: int | None) -> int:
    """Re-publish dead letters (optionally of one code, at most `limit`); how many."""
    async with TopicReader(settings, [settings.dlq_topic]) as reader:
        dead_letters = await reader.read_available()
    chosen = []
    for record in dead_letters:
        headers = tuple((name, value or b"") for name, value in record.headers)
        if code is not None and dict(headers).get("error.code", b"").decode() != code:
            continue
        original = tuple(h for h in headers if not h[0].startswith(_ADDED_PREFIXES))
        chosen.append(InputRecord(value=record.value, headers=original, key=record.key))
        if limit is not None and len(chosen) >= limit:
            break
    return len(await publish(settings, settings.input_topic, chosen)) if chosen else 0
