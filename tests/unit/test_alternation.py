"""Trie-built alternations match exactly the words they were built from."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from service.alternation import first_letters, trie_alternation

WORDS = st.lists(st.text(alphabet="abcd.é", min_size=1, max_size=6), min_size=1, max_size=12)


@given(WORDS, st.text(alphabet="abcd.é", max_size=7))
def test_matches_exactly_the_words(words: list[str], probe: str) -> None:
    pattern = re.compile(trie_alternation(words))
    assert (pattern.fullmatch(probe) is not None) == (probe in words)


def test_prefers_the_longer_word_and_backtracks() -> None:
    pattern = re.compile(rf"\b(?:{trie_alternation(['mar', 'march', 'may'])})\b", re.IGNORECASE)
    assert pattern.search("since March 3").group() == "March"
    assert pattern.search("the Mar. 3 vote").group() == "Mar"
    assert pattern.search("marching orders") is None


def test_first_letters_class() -> None:
    assert first_letters(["march", "May", "-x", ""]) == r"[M\-m]"
