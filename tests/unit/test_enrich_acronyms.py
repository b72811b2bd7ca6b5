"""Acronym expansions read off the words before the bracket."""

from __future__ import annotations

import pytest

from service.enrich.acronyms import expansion

JOINERS = frozenset(("of", "the", "and", "de"))


def spelt(text: str) -> str | None:
    bracket = text.index("(")
    span = expansion(text, bracket, text[bracket + 1 : text.index(")")], JOINERS)
    return None if span is None else text[span[0] : span[1]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a report by the Department of Energy (DOE) said", "Department of Energy"),
        ("rates set by the Bank of England (BoE) rose", "Bank of England"),
        ("the Anti-Graft Agency (AGA) said", "Anti-Graft Agency"),
        ("leaders of the Frente Amplio de Valdora (FAV) met", "Frente Amplio de Valdora"),
        ("in the Eastern National News Agency (NNA)", "National News Agency"),
    ],
)
def test_expansions(text: str, expected: str) -> None:
    assert spelt(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "the council met today (TV) and voted",  # lower-case words spell nothing
        "said on Monday, Harbour Board (HBX)",  # letters left over
        "the Harbour, Board (HB)",  # a comma ends the name
    ],
)
def test_no_expansion(text: str) -> None:
    assert spelt(text) is None
