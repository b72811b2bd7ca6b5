"""Word counts compared with small bounds (`at most 10 words`, `30 words or more`)."""

from __future__ import annotations


def count_words(text: str, cap: int) -> int:
    """`min(len(text.split()), cap)`: the words are counted up to `cap` only.

    Paragraphs are long and the bounds small: splitting stops after the `cap`-th word, where a
    full `split()` would make a string of every word of the paragraph.
    """
    return len(text.split(maxsplit=cap - 1)) if cap > 0 else 0
