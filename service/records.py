"""The input record as the pure core sees it: bytes plus Kafka metadata, no client objects."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

Headers = tuple[tuple[str, bytes], ...]


@dataclass(frozen=True, slots=True)
class InputRecord:
    """One consumed record (or one line/file for `bulletins process`)."""

    value: bytes | None
    headers: Headers = ()
    key: bytes | None = None
    topic: str | None = None
    partition: int | None = None
    offset: int | None = None
    timestamp_ms: int | None = None

    def header(self, name: str) -> bytes | None:
        """The last header of that name (Kafka allows repeats; the last one wins)."""
        for key, value in reversed(self.headers):
            if key == name:
                return value
        return None

    @property
    def timestamp(self) -> datetime | None:
        if self.timestamp_ms is None or self.timestamp_ms < 0:
            return None
        return datetime.fromtimestamp(self.timestamp_ms / 1000, tz=UTC)
