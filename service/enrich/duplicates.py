"""Duplicate detection against a bounded index of recently published bodies (one per partition)."""

from __future__ import annotations

from collections import OrderedDict


class DuplicateIndex:
    """Remembers the newest `capacity` bodies by SHA-256 and answers "seen before?"."""

    def __init__(self, capacity: int = 50_000) -> None:
        self.capacity = capacity
        self._by_sha: OrderedDict[str, str] = OrderedDict()

    def check(self, sha256: str, simhash: int | None, event_id: str) -> str | None:
        """The event id of an earlier identical body, else None (and this body is remembered)."""
        earlier = self._by_sha.get(sha256)
        if earlier is not None and earlier != event_id:
            return earlier
        self._by_sha[sha256] = event_id
        if len(self._by_sha) > self.capacity:
            self._by_sha.popitem(last=False)
        return None
