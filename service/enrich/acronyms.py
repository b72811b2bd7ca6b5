"""Acronyms a text defines: "the Pacific Rim Fisheries Council (PRFC)", "Ministerio de Salud
(MINSA)".

A bracketed acronym whose letters are the initials of the capitalised words just before it names
what those words name, whatever a lexicon knows: the expansion is one organization, the acronym
another of its names. Words of "of", "and", "de" may give a letter or none ("Department of
Energy (DOE)", "Bank of England (BoE)"), a hyphenated word one letter per part or one in all
("Anti-Corruption Agency (ACA)" or "(AA)").
"""

from __future__ import annotations

import re
from functools import lru_cache

# "(IMF)", "(U.N.)", "(BoE)", "(UkrAvia)": a capital, then capitals, "&" or lower-case letters
# between capitals, two capitals at least.
DEFINED = re.compile(r"\(\s*((?:[A-Z]\.){2,}|[A-Z](?:[a-z]{0,2}[A-Z&])+[a-z]?)\s*\)")
_CLAUSE_END = re.compile(r"[^\w\s'’&.-]")
_WORD = re.compile(r"\S+")
_MAX_WORDS = 16  # an expansion is a name, not a sentence
_WINDOW = 200  # characters before the bracket read


def expansion(text: str, end: int, acronym: str, joiners: frozenset[str]) -> tuple[int, int] | None:
    """The span of the expansion of `acronym` bracketed at `end`, or None when the words before
    the bracket do not spell it; `joiners` are the lower-case words a name may hold ("of")."""
    window_start = max(0, end - _WINDOW)
    span = _expansion_in(text[window_start:end], window_start > 0, acronym, joiners)
    return None if span is None else (window_start + span[0], window_start + span[1])


@lru_cache(maxsize=4096)  # names and their acronyms repeat across a news stream
def _expansion_in(
    window: str, cut: bool, acronym: str, joiners: frozenset[str]
) -> tuple[int, int] | None:
    """`expansion` within the text just before the bracket (`cut`: it does not start the
    text, so its first word may be part of one)."""
    letters = "".join(c for c in acronym if c.isupper())
    clause = _CLAUSE_END.split(window)[-1]  # a comma or bracket ends the name
    offset = len(window) - len(clause)
    words = [(offset + m.start(), m.group()) for m in _WORD.finditer(clause)]
    if offset == 0 and cut:
        words = words[1:]
    if not words:
        return None
    words = words[::-1][:_MAX_WORDS]
    used = _spelt(tuple(w for _, w in words), letters, joiners)
    if used is None:
        return None
    return words[used - 1][0], words[0][0] + len(words[0][1])


@lru_cache(maxsize=4096)
def _spelt(words: tuple[str, ...], letters: str, joiners: frozenset[str]) -> int | None:
    """How many of `words` (nearest first) spell `letters` (read from the end), the farthest of
    them capitalised; None when they do not."""
    if not letters:
        return 0
    if not words:
        return None
    word, rest = words[0], words[1:]
    if word[0].islower() or word == "&":
        if word.lower() not in joiners:
            return None
        options = [""] + ([word[0].upper()] if word.isalpha() else [])
    elif word[0].isupper():
        parts = [p for p in re.split(r"[-’']", word) if p]
        options = list(dict.fromkeys(("".join(p[0] for p in parts), word[0])))
    else:
        return None
    for initials in options:
        if not letters.upper().endswith(initials):
            continue
        remaining = letters[: len(letters) - len(initials)]
        if not remaining and not initials:
            continue
        if not remaining:
            return 1 if word[0].isupper() else None
        used = _spelt(rest, remaining, joiners)
        if used is not None:
            return used + 1
    return None
