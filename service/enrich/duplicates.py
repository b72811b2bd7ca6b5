"""Duplicate detection against a bounded, time-windowed index of recent bodies (one per input
partition: the runtime keeps one index per assigned partition, writes the entries it adds to a
changelog and replays that changelog into a fresh index when a partition is assigned).

Exact duplicates share the SHA-256 of the normalised body; near duplicates have simhashes within
`max_distance` bits. Near-duplicate lookup splits the 64 bits into `max_distance + 1` bands: two
hashes that differ in at most `max_distance` bits agree exactly on at least one band
(pigeonhole), so each lookup only compares the few entries sharing a band.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

from service.enrich.simhash import hamming

# About 0.85 KB per remembered body (keys, entry, four band buckets): 8.5 MB per partition when
# full, so an instance's memory stops growing once each partition has seen 10,000 bodies.
DEFAULT_CAPACITY = 10_000
DEFAULT_WINDOW_SECONDS = 3 * 24 * 3600.0  # re-runs of a story come within days
DEFAULT_MAX_DISTANCE = 3


@dataclass(frozen=True, slots=True)
class IndexEntry:
    """One remembered body: its SHA-256, the event that published it, its simhash and time."""

    sha256: str
    event_id: str
    simhash: int | None
    seen_at: float


class DuplicateIndex:
    """Remembers at most `capacity` bodies seen within `window_seconds` of the newest one.

    With `track_added`, the entries `check` adds are also kept until `drain_added` hands them
    over (to be made durable elsewhere); without it nothing accumulates (offline use).
    """

    def __init__(
        self,
        capacity: int = DEFAULT_CAPACITY,
        window_seconds: float = DEFAULT_WINDOW_SECONDS,
        max_distance: int = DEFAULT_MAX_DISTANCE,
        *,
        track_added: bool = False,
    ) -> None:
        self.capacity = capacity
        self.window_seconds = window_seconds
        self.max_distance = max_distance
        self._bands = max_distance + 1
        self._width = 64 // self._bands
        self._by_sha: OrderedDict[str, IndexEntry] = OrderedDict()
        # band value -> SHA-256 keys; lists, not sets: buckets hold one or two keys and a list
        # costs a third of a set's memory
        self._by_band: list[dict[int, list[str]]] = [{} for _ in range(self._bands)]
        self._newest = float("-inf")
        self._added: list[IndexEntry] | None = [] if track_added else None

    def __len__(self) -> int:
        return len(self._by_sha)

    def check(self, sha256: str, simhash: int | None, event_id: str, seen_at: float) -> str | None:
        """The event id of an earlier identical or near-identical body, else None (and this
        body is remembered). `seen_at` is the bulletin's time in seconds (fetched/published)."""
        self._advance(seen_at)
        earlier = self._by_sha.get(sha256)
        if earlier is not None:
            return earlier.event_id if earlier.event_id != event_id else None
        near = self._near(simhash, event_id) if simhash is not None else None
        if near is not None:
            return near
        entry = IndexEntry(sha256, event_id, simhash, seen_at)
        self._remember(entry)
        if self._added is not None:
            self._added.append(entry)
        return None

    def drain_added(self) -> list[IndexEntry]:
        """The entries `check` added since the last drain, oldest first (with `track_added`)."""
        if self._added is None:
            return []
        added, self._added = self._added, []
        return added

    def restore(self, entry: IndexEntry) -> None:
        """Remember an entry added earlier (replayed from a changelog, oldest first): the
        capacity and window apply as if `check` had added it now; a later entry for the same
        body replaces an earlier one. Not reported by `drain_added`."""
        self._advance(entry.seen_at)
        if entry.seen_at < self._newest - self.window_seconds:
            return
        if entry.sha256 in self._by_sha:
            self._forget(entry.sha256)
        self._remember(entry)

    def _advance(self, seen_at: float) -> None:
        self._newest = max(self._newest, seen_at)
        self._expire()

    def _near(self, simhash: int, event_id: str) -> str | None:
        for band, keys in zip(self._band_keys(simhash), self._by_band, strict=True):
            for sha in keys.get(band, ()):
                entry = self._by_sha[sha]
                if (
                    entry.simhash is not None
                    and entry.event_id != event_id
                    and hamming(entry.simhash, simhash) <= self.max_distance
                ):
                    return entry.event_id
        return None

    def _band_keys(self, simhash: int) -> list[int]:
        mask = (1 << self._width) - 1
        return [(simhash >> (i * self._width)) & mask for i in range(self._bands)]

    def _remember(self, entry: IndexEntry) -> None:
        self._by_sha[entry.sha256] = entry
        if entry.simhash is not None:
            for band, keys in zip(self._band_keys(entry.simhash), self._by_band, strict=True):
                keys.setdefault(band, []).append(entry.sha256)
        while len(self._by_sha) > self.capacity:
            self._forget(next(iter(self._by_sha)))

    def _expire(self) -> None:
        horizon = self._newest - self.window_seconds
        while self._by_sha and next(iter(self._by_sha.values())).seen_at < horizon:
            self._forget(next(iter(self._by_sha)))

    def _forget(self, sha: str) -> None:
        entry = self._by_sha.pop(sha)
        if entry.simhash is not None:
            for band, keys in zip(self._band_keys(entry.simhash), self._by_band, strict=True):
                members = keys.get(band)
                if members is not None and sha in members:
                    members.remove(sha)
                    if not members:
                        del keys[band]
