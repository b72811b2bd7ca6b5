"""Simhash and the windowed near-duplicate index."""

from __future__ import annotations

from pathlib import Path

from service.enrich.duplicates import DuplicateIndex, IndexEntry
from service.enrich.simhash import hamming, simhash

SEED = Path(__file__).parents[1] / "fixtures" / "sana-assad-putin-hmeimim.txt"
BODY = [line for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()][1:9]
EDITED = [*BODY[:-1], BODY[-1].replace("the Homeland", "the homeland")]  # a copy-edit
OTHER = ["The national football team won the regional cup after a penalty shoot-out."]


def test_simhash_is_stable_and_close_for_small_edits() -> None:
    assert simhash(BODY) == simhash(list(BODY))
    assert simhash([]) is None
    assert hamming(simhash(BODY) or 0, simhash(EDITED) or 0) <= 3
    assert hamming(simhash(BODY) or 0, simhash(OTHER) or 0) > 10


def test_exact_and_near_duplicates() -> None:
    index = DuplicateIndex()
    assert index.check("sha-a", simhash(BODY), "event-a", 1000.0) is None
    assert index.check("sha-a", simhash(BODY), "event-a", 1001.0) is None  # itself, reprocessed
    assert index.check("sha-a", simhash(BODY), "event-b", 1002.0) == "event-a"
    assert index.check("sha-c", simhash(EDITED), "event-c", 1003.0) == "event-a"
    assert index.check("sha-d", simhash(OTHER), "event-d", 1004.0) is None


def test_capacity_and_time_window_bound_the_index() -> None:
    index = DuplicateIndex(capacity=2, window_seconds=100.0)
    first, second, third = 0, 0xFFFF_FFFF_FFFF_FFFF, 0x00FF_00FF_00FF_00FF
    index.check("sha-1", first, "e1", 0.0)
    index.check("sha-2", second, "e2", 1.0)
    index.check("sha-3", third, "e3", 2.0)
    assert len(index) == 2
    assert index.check("sha-1", first, "e9", 3.0) is None  # evicted by capacity
    assert index.check("sha-3", third, "e8", 50.0) == "e3"
    assert index.check("sha-3", third, "e7", 200.0) is None  # older than the window


def test_added_entries_are_reported_once_in_order() -> None:
    index = DuplicateIndex(track_added=True)
    assert index.check("sha-a", simhash(BODY), "event-a", 1000.0) is None
    assert index.check("sha-a", simhash(BODY), "event-a", 1001.0) is None  # itself: not new
    assert index.check("sha-a", simhash(BODY), "event-b", 1002.0) == "event-a"
    assert index.check("sha-c", simhash(EDITED), "event-c", 1003.0) == "event-a"
    assert index.check("sha-d", simhash(OTHER), "event-d", 1004.0) is None
    assert index.check("sha-e", None, "event-e", 1005.0) is None
    assert index.drain_added() == [
        IndexEntry("sha-a", "event-a", simhash(BODY), 1000.0),
        IndexEntry("sha-d", "event-d", simhash(OTHER), 1004.0),
        IndexEntry("sha-e", "event-e", None, 1005.0),
    ]
    assert index.drain_added() == []
    index.check("sha-f", None, "event-f", 1006.0)
    assert [entry.event_id for entry in index.drain_added()] == ["event-f"]


def test_without_tracking_nothing_accumulates() -> None:
    index = DuplicateIndex()
    index.check("sha-a", simhash(BODY), "event-a", 1000.0)
    assert len(index) == 1
    assert index.drain_added() == []


def test_a_replayed_index_finds_what_the_original_found() -> None:
    original = DuplicateIndex(track_added=True)
    for number, body in enumerate([BODY, OTHER]):
        original.check(f"sha-{number}", simhash(body), f"event-{number}", 100.0 + number)
    replayed = DuplicateIndex()
    for entry in original.drain_added():
        replayed.restore(entry)
    assert len(replayed) == 2
    for index in (original, replayed):
        assert index.check("sha-9", simhash(EDITED), "event-9", 200.0) == "event-0"
        assert index.check("sha-1", simhash(OTHER), "event-8", 201.0) == "event-1"


def test_replay_applies_capacity_window_and_the_latest_entry_per_body() -> None:
    index = DuplicateIndex(capacity=2, window_seconds=100.0, track_added=True)
    index.restore(IndexEntry("sha-1", "e1", 0x1, 0.0))
    index.restore(IndexEntry("sha-2", "e2", 0xFFFF_0000_0000_0000, 10.0))
    index.restore(IndexEntry("sha-2", "e3", 0xFFFF_0000_0000_0000, 20.0))  # the body re-seen
    index.restore(IndexEntry("sha-4", "e4", 0x00FF_00FF_00FF_00FF, 105.0))  # e1 leaves the window
    index.restore(IndexEntry("sha-5", "e5", None, 1.0))  # older than the window: not kept
    assert len(index) == 2
    assert index.drain_added() == []  # replayed entries are not new
    assert index.check("sha-4", None, "e7", 106.0) == "e4"
    assert index.check("sha-2", None, "e8", 106.0) == "e3"
    assert index.check("sha-x", 0xFFFF_0000_0000_0001, "e9", 106.0) == "e3"  # near: one bit
    assert index.check("sha-1", 0x1, "e6", 106.0) is None
    assert index.check("sha-5", None, "e5", 107.0) is None
    assert len(index) == 2  # capacity: the two newest
