"""The fast capitalised-region scan finds exactly what the plain regex finds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from service.enrich.mentions import _REGION, _regions

# Pieces that exercise every branch of the region pattern: particles glued to capitals,
# honorifics, dotted acronyms, joiners, non-Latin capitals and signs that sit among them.
_PIECES = st.sampled_from(
    [
        "al-", "ash-", "bani-", "ibn-", "d'", "d’", "Mr.", "Mrs.", "M.", "Gen.", "U.S.",
        " of the ", " de los ", " and ", " in ", "Assad", "Élysée", "Ωmega", "×", "\u0375",
        "\u037e", "a", "A", "s", "’", "'", "-", " ", ".", ",", "0", "_", "Jan", "\n",
    ]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=16).map("".join))
def test_region_scan_matches_the_region_regex(text: str) -> None:
    assert [m.span() for m in _regions(text)] == [m.span() for m in _REGION.finditer(text)]


def test_region_scan_on_a_sentence() -> None:
    text = "Mr. Hamad al-Nasser of the U.S. Embassy met d'Artois in Lyon."
    assert [m.group() for m in _regions(text)] == [
        "Mr. Hamad al-Nasser of the U.S. Embassy",
        "d'Artois in Lyon",  # "in" joins a region; the run rules cut it later
    ]
