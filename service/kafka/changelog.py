"""The duplicate index's changelog topic (the Kafka Streams state-store pattern).

Partition p of the changelog holds the entries of the index of input partition p: one small
record per remembered body, keyed by its SHA-256. The runtime publishes the entries a batch added
with the batch's outcomes, before committing its input offsets, and a new owner of partition p
replays changelog partition p into a fresh index before processing any record of p. Compaction
keeps the latest entry per body; time retention drops entries older than the window, which a
live stream's bodies could no longer duplicate.
"""

from __future__ import annotations

import string
import uuid
from collections.abc import Mapping
from dataclasses import dataclass

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from service.config import Settings
from service.enrich.duplicates import DuplicateIndex, IndexEntry
from service.kafka.reader import TopicReader

_SHA256_HEX = 64
_HEX_DIGITS = frozenset(string.hexdigits.encode())


class _Value(BaseModel):
    """The value of a changelog record (the key is the body's SHA-256 in hex)."""

    model_config = ConfigDict(frozen=True)

    event_id: uuid.UUID
    simhash: str | None = Field(pattern=r"^[0-9a-f]{16}$")
    seen_at: float


def topic_configs(settings: Settings) -> dict[str, str]:
    """Configs of the changelog topic when the service creates it."""
    return {
        "cleanup.policy": "compact,delete",
        "retention.ms": str(int(settings.dedup_window_s * 1000)),
    }


def encode(entry: IndexEntry) -> tuple[bytes, bytes]:
    """Key and value of the changelog record of one entry."""
    value = _Value(
        event_id=uuid.UUID(entry.event_id),
        simhash=None if entry.simhash is None else f"{entry.simhash:016x}",
        seen_at=entry.seen_at,
    )
    return entry.sha256.encode(), value.model_dump_json().encode()


def decode(key: bytes | None, value: bytes | None) -> IndexEntry | None:
    """The entry of a changelog record, or None when the record is not one."""
    if key is None or value is None or len(key) != _SHA256_HEX or not _HEX_DIGITS.issuperset(key):
        return None
    try:
        parsed = _Value.model_validate_json(value)
    except ValidationError:
        return None
    simhash = None if parsed.simhash is None else int(parsed.simhash, 16)
    return IndexEntry(key.decode("ascii"), str(parsed.event_id), simhash, parsed.seen_at)


@dataclass(frozen=True, slots=True)
class Replayed:
    """What a restore read: changelog records, and those that were not entries (skipped)."""

    records: int = 0
    skipped: int = 0


async def restore(settings: Settings, indexes: Mapping[int, DuplicateIndex]) -> Replayed:
    """Replay changelog partitions (by partition number) from the beginning to their high
    watermark into the indexes; the indexes' capacity bounds what they keep."""
    records = skipped = 0
    topic = settings.dedup_changelog_topic
    async with TopicReader(settings, [topic], partitions=list(indexes)) as reader:
        async for batch in reader.batches():
            index = indexes[batch[0].partition]
            for record in batch:
                entry = decode(record.key, record.value)
                if entry is None:
                    skipped += 1
                else:
                    index.restore(entry)
            records += len(batch)
    return Replayed(records, skipped)
