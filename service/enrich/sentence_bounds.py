"""Sentence bounds of a paragraph for quote attribution: cut at a stop before the next
sentence's capital or opening mark, never inside a quotation nor after an abbreviation."""

from __future__ import annotations

import re

from service.enrich.quote_span import Span

# the next sentence opens after a space; or, where copy dropped the space, right after the
# stop with a glued opening mark ('... the union."We have ...')
_NEXT_SENTENCE = r"(?=\s+[\"“«‘A-Z]|[\"“«][A-Z])"
# a quotation's closing mark may follow the stop ('... situation.” Police said')
SENTENCE_END = re.compile(r"[.!?][”\"»’]?" + _NEXT_SENTENCE)
# the same without '!' and '?', which few paragraphs hold: a literal first character is
# skipped to in C at twice the speed of a character class
_FULL_STOP = re.compile(r"\.[”\"»’]?" + _NEXT_SENTENCE)
_ABBREVIATION = re.compile(r"(?:\b[A-Z][a-z]{0,2}|\b[A-Z])$")


def sentence_bounds(text: str, spans: list[Span]) -> list[tuple[int, int]]:
    """Sentence spans of a paragraph, never cut inside a quotation."""
    bounds, start = [], 0
    ends = SENTENCE_END if "!" in text or "?" in text else _FULL_STOP
    for match in ends.finditer(text):
        cut = match.end()
        inside = spans and any(s.start < cut <= s.end for s in spans)  # most have none
        stop = match.start()
        if inside or _ABBREVIATION.search(text, max(0, stop - 4), stop):
            continue
        bounds.append((start, cut))
        start = cut
    bounds.append((start, len(text)))
    return bounds
