"""Duplicate detection against a bounded, time-windowed index of recent bodies (one per input
partition: the runtime keeps one index per assigned partition, writes the entries it adds to a
changelog and replays that changelog into a fresh index when a partition is assigned).

Exact duplicates share the SHA-256 of the normalised body; near duplicates have simhashes within
`max_distance` bits.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import numpy as np

DEFAULT_CAPACITY = 10_000
DEFAULT_WINDOW_SECONDS = 3 * 24 * 3600.0  # re-runs of a story come within days
DEFAULT_MAX_DISTANCE = 3

_EMPTY = -np.inf  # the time of a slot that holds no body


@dataclass(frozen=True, slots=True)
class IndexEntry:
    """One remembered body: its SHA-256 (hex), the event that published it (a UUID), its
    simhash and time."""

    sha256: str
    event_id: str
    simhash: int | None
    seen_at: float


class DuplicateIndex:
    """Remembers the last `capacity` bodies; a body duplicates a remembered one whose time is
    within `window_seconds` of its own, earlier or later (a backfill of old bulletins is checked
    against bodies of its own days, whatever else came in meanwhile).

    The bodies live in fixed-size numpy arrays allocated up front, used as a ring whose oldest
    slot the next body overwrites: about 73 bytes per slot from the start, so the memory of a
    service does not grow as its indexes fill, and no per-body Python objects are left for the
    garbage collector to walk (a dict-and-buckets index cost ~0.85 KB per body in small objects
    that fragmented the heap). A lookup compares the body with every slot in a few vectorised
    passes, about as fast as maintaining hash buckets at the default capacity.

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
        self._sha = np.zeros((capacity, 32), np.uint8)
        self._sha_head = np.zeros(capacity, np.uint64)  # first 8 SHA bytes: the vectorised test
        self._event = np.zeros((capacity, 16), np.uint8)
        self._simhash = np.zeros(capacity, np.uint64)
        self._has_simhash = np.zeros(capacity, np.bool_)
        self._seen = np.full(capacity, _EMPTY)
        self._next = 0  # the slot the next body takes: the oldest one once the ring is full
        self._used = 0  # slots filled so far; lookups look at these only
        self._added: list[IndexEntry] | None = [] if track_added else None

    def __len__(self) -> int:
        return int(np.count_nonzero(self._seen[: self._used] != _EMPTY))

    def check(self, sha256: str, simhash: int | None, event_id: str, seen_at: float) -> str | None:
        """The event id of an earlier identical or near-identical body, else None (and this
        body is remembered). `seen_at` is the bulletin's time in seconds (fetched/published)."""
        digest, event = bytes.fromhex(sha256), uuid.UUID(event_id).bytes
        same = self._same_body(digest, seen_at)
        if same is not None:
            return None if self._event[same].tobytes() == event else self._event_id(same)
        near = self._near(simhash, event, seen_at) if simhash is not None else None
        if near is not None:
            return self._event_id(near)
        entry = IndexEntry(sha256, event_id, simhash, seen_at)
        self._put(digest, event, entry)
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
        capacity applies as if `check` had added it now; a later entry for the same body
        replaces an earlier one. Not reported by `drain_added`."""
        digest = bytes.fromhex(entry.sha256)
        earlier = self._same_body(digest, entry.seen_at)
        if earlier is not None:
            self._seen[earlier] = _EMPTY  # a hole until the ring comes round to it
        self._put(digest, uuid.UUID(entry.event_id).bytes, entry)

    # Lookups scan every used slot for one cheap test only; the few slots that pass are
    # checked one by one for the rest (window, simhash present, another event).

    def _within_window(self, slot: int, seen_at: float) -> bool:
        return bool(abs(self._seen[slot] - seen_at) <= self.window_seconds)  # a hole: never

    def _same_body(self, digest: bytes, seen_at: float) -> int | None:
        head = np.uint64(int.from_bytes(digest[:8], "little"))
        for slot in np.flatnonzero(self._sha_head[: self._used] == head).tolist():
            if self._within_window(slot, seen_at) and self._sha[slot].tobytes() == digest:
                return slot
        return None

    def _near(self, simhash: int, event: bytes, seen_at: float) -> int | None:
        """The closest other event's slot within `max_distance` bits."""
        distances = np.bitwise_count(self._simhash[: self._used] ^ np.uint64(simhash))
        close = np.flatnonzero(distances <= self.max_distance)
        for slot in close[np.argsort(distances[close], kind="stable")].tolist():
            if (
                self._has_simhash[slot]
                and self._within_window(slot, seen_at)
                and self._event[slot].tobytes() != event
            ):
                return slot
        return None

    def _event_id(self, slot: int) -> str:
        return str(uuid.UUID(bytes=self._event[slot].tobytes()))

    def _put(self, digest: bytes, event: bytes, entry: IndexEntry) -> None:
        slot = self._next
        self._sha[slot] = np.frombuffer(digest, np.uint8)
        self._sha_head[slot] = int.from_bytes(digest[:8], "little")
        self._event[slot] = np.frombuffer(event, np.uint8)
        self._simhash[slot] = entry.simhash or 0
        self._has_simhash[slot] = entry.simhash is not None
        self._seen[slot] = entry.seen_at
        self._next = (slot + 1) % self.capacity
        self._used = max(self._used, slot + 1)
