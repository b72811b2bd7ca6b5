"""The first sentence of a paragraph, robust to abbreviations ("Dec.", "U.S.", "Mr.").

Hand-written rather than a sentence-splitting library: only the first boundary is needed, it
runs once per bulletin on the hot path, and the libraries cost tens of microseconds or more.
"""

from __future__ import annotations

import re

from service.text.lexicon import folded

# A candidate boundary: terminal punctuation, optional closing quotes/brackets, whitespace, then
# something that can start a sentence.
_BOUNDARY = re.compile(r"[.!?…][\"'”’»)\]]*\s+(?=[\"'“‘«(\[]?[^\W_a-z])")
_LAST_TOKEN = re.compile(r"(\S+)$")


def first_sentence(paragraph: str) -> str:
    """The paragraph's first sentence (the whole paragraph when no boundary is found)."""
    for boundary in _BOUNDARY.finditer(paragraph):
        if boundary.group(0)[0] == "." and _abbreviation_before(paragraph, boundary.start()):
            continue
        return paragraph[: boundary.start() + len(boundary.group(0).rstrip())]
    return paragraph


def _abbreviation_before(paragraph: str, dot: int) -> bool:
    """Whether the full stop at `dot` closes an abbreviation or an initial ("George W.")."""
    token = _LAST_TOKEN.search(paragraph, max(0, dot - 20), dot)
    if token is None:
        return False
    word = token.group(1).lstrip("\"'“‘«([").casefold()
    return word in folded("abbreviations") or (len(word) == 1 and word.isalpha())
