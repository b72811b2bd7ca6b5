"""Simhash and the windowed near-duplicate index."""

from __future__ import annotations

from pathlib import Path

from service.enrich.duplicates import DuplicateIndex
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
