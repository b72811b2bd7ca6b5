"""One precompiled regex pass that splits a text into word, abbreviation and punctuation tokens."""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import islice

# Abbreviations first so that "U.S." and "Mr." stay one token; words keep inner hyphens and
# apostrophes ("al-Assad", "they've", "Russia's", "Workers' Party"); anything else is one
# punctuation character.
_TOKEN = re.compile(
    r"(?P<abbr>(?:[A-Z]\.){2,}|\b(?:Mr|Mrs|Ms|Dr|Prof|St|Jr|Gen|Col|Lt|Sgt|Capt|Maj|Sen|Gov|M)\.)"
    r"|(?P<word>\w+(?:[-'’]\w+)*(?:(?<=s)['’](?!\w))?)"
    r"|(?P<punct>[^\w\s])"
)
SENTENCE_END = frozenset(".!?")
POSSESSIVE = ("'s", "’s")  # a str.endswith/startswith argument: straight and typographic
OPENING_MARKS = frozenset('“"«‘„(')


@dataclass(slots=True)
class Token:
    """A token and its character span in the text it came from."""

    text: str
    start: int
    end: int
    is_word: bool
    sentence_start: bool


def tokenize(text: str, offset: int = 0, limit: int | None = None) -> list[Token]:
    """Tokens of `text` (the first `limit` only, if given), each flagged when it opens a
    sentence (or a quotation); spans are shifted by `offset` (for a window cut out of a longer
    text)."""
    tokens: list[Token] = []
    opens = True
    for match in islice(_TOKEN.finditer(text), limit):
        value = match.group()
        is_word = match.lastgroup != "punct"
        start = match.start() + offset
        tokens.append(Token(value, start, start + len(value), is_word, opens and is_word))
        if is_word:
            opens = False
        elif value in SENTENCE_END or value in OPENING_MARKS or value in ":;":
            opens = True
    return tokens
