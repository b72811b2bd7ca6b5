"""Bounded word counts agree with counting every word."""

from hypothesis import given
from hypothesis import strategies as st

from service.text.words import count_words

WORDS = st.text(alphabet=st.sampled_from("ab \t\n\u00a0\u3000.ß"), max_size=60)


@given(WORDS, st.integers(min_value=0, max_value=12))
def test_count_words_is_the_capped_count(text: str, cap: int) -> None:
    assert count_words(text, cap) == min(len(text.split()), cap)


def test_count_words_stops_at_its_cap() -> None:
    assert count_words("one two three four", 2) == 2
    assert count_words("  one  two ", 5) == 2
    assert count_words("", 3) == 0
