"""Freed heap memory goes back to the operating system."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from service.heap import HeapTrimmer, release_free_heap

STATM = Path("/proc/self/statm")


def _rss_mib() -> float:
    return int(STATM.read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


@pytest.mark.skipif(not STATM.exists() or not release_free_heap(), reason="needs glibc on Linux")
def test_release_gives_back_pages_pinned_by_long_lived_objects() -> None:
    # record-sized buffers with a long-lived object allocated every 50 of them, as a consumer
    # does: freeing the buffers alone leaves the pages resident
    kept, buffers = [], []
    for number in range(25_000):
        buffers.append(os.urandom(3000))
        if number % 50 == 0:
            kept.append(os.urandom(700))
    del buffers
    before = _rss_mib()
    assert release_free_heap()
    assert before - _rss_mib() > 40
    assert len(kept) == 500


def test_trimmer_trims_at_most_once_per_interval() -> None:
    now = [100.0]
    trimmer = HeapTrimmer(5.0, clock=lambda: now[0])
    assert not trimmer.tick()
    now[0] = 104.9
    assert not trimmer.tick()
    now[0] = 105.0
    assert trimmer.tick() == release_free_heap()
    now[0] = 107.0
    assert not trimmer.tick()
