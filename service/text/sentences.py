"""The first sentence of a paragraph, robust to abbreviations ("Dec.", "U.S.", "Mr.").

Hand-written rather than a sentence-splitting library: only the first boundary is needed, it
runs once per bulletin on the hot path, and the libraries cost tens of microseconds or more.
"""

from __future__ import annotations

import re

# A candidate boundary: terminal punctuation, optional closing quotes/brackets, whitespace, then
# something that can start a sentence.
_BOUNDARY = re.compile(r"[.!?…][\"'”’»)\]]*\s+(?=[\"'“‘«(\[]?[^\W_a-z])")
_LAST_TOKEN = re.compile(r"(\S+)$")
# Words after which a full stop does not end the sentence.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sr jr st mt rev gen lt col maj capt cmdr adm sgt cpl pvt gov sen rep
    pres amb sec dept min no nos vol fig inc ltd co corp bros vs etc al approx est
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    a.m p.m e.g i.e u.s u.k u.n u.s.a e.u""".split()
)


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
    return word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha())
