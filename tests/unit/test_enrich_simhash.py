"""Simhash's bit vote over long bodies (more shingles than one counting block holds)."""

from __future__ import annotations

import pytest

from service.enrich.simhash import simhash


@pytest.mark.parametrize("repeats", [100, 200, 400])
def test_each_bit_goes_the_way_of_most_shingles(repeats: int) -> None:
    # "a b c a b c ...": three shingles ("a b c", "b c a", "c a b") in near-equal numbers, so a
    # bit is set exactly when it is set in at least two of the three shingles' own hashes
    one = [simhash([shingle]) or 0 for shingle in ("a b c", "b c a", "c a b")]
    majority = (one[0] & one[1]) | (one[0] & one[2]) | (one[1] & one[2])
    assert simhash([" ".join(["A b C"] * repeats)]) == majority


def test_one_or_two_words_hash_without_shingles() -> None:
    assert simhash(["Word"]) == simhash(["word"]) != simhash(["word", "other"])
    assert simhash(["  "]) is None
