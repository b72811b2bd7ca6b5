"""Simhash and the windowed near-duplicate index."""

from __future__ import annotations

import hashlib
import random
import tracemalloc
import uuid
from pathlib import Path

from service.enrich.duplicates import DuplicateIndex, IndexEntry
from service.enrich.simhash import simhash

SEED = Path(__file__).parents[1] / "fixtures" / "sana-assad-putin-hmeimim.txt"
BODY = [line for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()][1:9]
EDITED = [*BODY[:-1], BODY[-1].replace("the Homeland", "the homeland")]  # a copy-edit
OTHER = ["The national football team won the regional cup after a penalty shoot-out."]


def sha(name: str) -> str:
    """The SHA-256 (hex) of a body called `name`."""
    return hashlib.sha256(name.encode()).hexdigest()


def event(name: str) -> str:
    """The event id (a UUID, as the pipeline makes them) called `name`."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, name))


def test_simhash_is_stable_and_close_for_small_edits() -> None:
    assert simhash(BODY) == simhash(list(BODY))
    assert simhash([]) is None
    assert ((simhash(BODY) or 0) ^ (simhash(EDITED) or 0)).bit_count() <= 3
    assert ((simhash(BODY) or 0) ^ (simhash(OTHER) or 0)).bit_count() > 10


def test_exact_and_near_duplicates() -> None:
    index = DuplicateIndex()
    assert index.check(sha("a"), simhash(BODY), event("a"), 1000.0) is None
    assert index.check(sha("a"), simhash(BODY), event("a"), 1001.0) is None  # itself, reprocessed
    assert index.check(sha("a"), simhash(BODY), event("b"), 1002.0) == event("a")
    assert index.check(sha("c"), simhash(EDITED), event("c"), 1003.0) == event("a")
    assert index.check(sha("d"), simhash(OTHER), event("d"), 1004.0) is None


def test_capacity_and_time_window_bound_the_index() -> None:
    index = DuplicateIndex(capacity=2, window_seconds=100.0)
    first, second, third = 0, 0xFFFF_FFFF_FFFF_FFFF, 0x00FF_00FF_00FF_00FF
    index.check(sha("1"), first, event("1"), 0.0)
    index.check(sha("2"), second, event("2"), 1.0)
    index.check(sha("3"), third, event("3"), 2.0)
    assert len(index) == 2
    assert index.check(sha("1"), first, event("9"), 3.0) is None  # evicted by capacity
    assert index.check(sha("3"), third, event("8"), 50.0) == event("3")
    assert index.check(sha("3"), third, event("7"), 200.0) is None  # older than the window


def test_added_entries_are_reported_once_in_order() -> None:
    index = DuplicateIndex(track_added=True)
    assert index.check(sha("a"), simhash(BODY), event("a"), 1000.0) is None
    assert index.check(sha("a"), simhash(BODY), event("a"), 1001.0) is None  # itself: not new
    assert index.check(sha("a"), simhash(BODY), event("b"), 1002.0) == event("a")
    assert index.check(sha("c"), simhash(EDITED), event("c"), 1003.0) == event("a")
    assert index.check(sha("d"), simhash(OTHER), event("d"), 1004.0) is None
    assert index.check(sha("e"), None, event("e"), 1005.0) is None
    assert index.drain_added() == [
        IndexEntry(sha("a"), event("a"), simhash(BODY), 1000.0),
        IndexEntry(sha("d"), event("d"), simhash(OTHER), 1004.0),
        IndexEntry(sha("e"), event("e"), None, 1005.0),
    ]
    assert index.drain_added() == []
    index.check(sha("f"), None, event("f"), 1006.0)
    assert [entry.event_id for entry in index.drain_added()] == [event("f")]


def test_without_tracking_nothing_accumulates() -> None:
    index = DuplicateIndex()
    index.check(sha("a"), simhash(BODY), event("a"), 1000.0)
    assert len(index) == 1
    assert index.drain_added() == []


def test_a_replayed_index_finds_what_the_original_found() -> None:
    original = DuplicateIndex(track_added=True)
    for number, body in enumerate([BODY, OTHER]):
        original.check(sha(f"{number}"), simhash(body), event(f"{number}"), 100.0 + number)
    replayed = DuplicateIndex()
    for entry in original.drain_added():
        replayed.restore(entry)
    assert len(replayed) == 2
    for index in (original, replayed):
        assert index.check(sha("9"), simhash(EDITED), event("9"), 200.0) == event("0")
        assert index.check(sha("1"), simhash(OTHER), event("8"), 201.0) == event("1")


def test_replay_applies_capacity_and_the_latest_entry_per_body() -> None:
    index = DuplicateIndex(capacity=2, window_seconds=100.0, track_added=True)
    index.restore(IndexEntry(sha("1"), event("1"), 0x1, 0.0))
    index.restore(IndexEntry(sha("2"), event("2"), 0xFFFF_0000_0000_0000, 10.0))
    index.restore(IndexEntry(sha("2"), event("3"), 0xFFFF_0000_0000_0000, 20.0))  # re-seen
    index.restore(IndexEntry(sha("4"), event("4"), 0x00FF_00FF_00FF_00FF, 30.0))
    assert len(index) == 2  # capacity: the two newest
    assert index.drain_added() == []  # replayed entries are not new
    assert index.check(sha("4"), None, event("7"), 106.0) == event("4")
    assert index.check(sha("2"), None, event("8"), 106.0) == event("3")
    assert index.check(sha("x"), 0xFFFF_0000_0000_0001, event("9"), 106.0) == event("3")  # 1 bit
    assert index.check(sha("1"), 0x1, event("6"), 106.0) is None  # left for capacity
    assert index.check(sha("4"), None, event("5"), 131.0) is None  # 101 s after it: too late


def test_a_near_duplicate_names_the_closest_earlier_body() -> None:
    index = DuplicateIndex()
    assert index.check(sha("far"), 0b0000_0000, event("far"), 1.0) is None
    assert index.check(sha("close"), 0b0011_1100, event("close"), 2.0) is None  # 4 bits apart
    assert index.check(sha("new"), 0b0001_1100, event("new"), 3.0) == event("close")  # 1 vs 3


def test_the_window_is_between_the_two_bodies_times() -> None:
    index = DuplicateIndex(window_seconds=100.0)
    assert index.check(sha("old"), None, event("old"), 10.0) is None
    assert index.check(sha("new"), None, event("new"), 500.0) is None
    # a backfill of the old story's days still finds it, whatever came in meanwhile
    assert index.check(sha("old"), None, event("old copy"), 60.0) == event("old")
    assert index.check(sha("old"), None, event("late copy"), 111.0) is None  # 101 s apart
    assert index.check(sha("new"), None, event("new copy"), 450.0) == event("new")  # 50 s earlier


def test_remembering_bodies_keeps_no_new_objects() -> None:
    index = DuplicateIndex(capacity=100)  # its memory is taken when it is made
    rng = random.Random(7)
    bodies = [(sha(str(n)), rng.getrandbits(64), event(str(n))) for n in range(300)]
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for n, (body_sha, body_simhash, body_event) in enumerate(bodies):
            assert index.check(body_sha, body_simhash, body_event, float(n)) is None
        kept = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert len(index) == 100
    assert kept < 10_000  # numpy's first-call caches; a dict-and-lists index kept ~100 KB
