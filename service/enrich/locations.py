"""Places: which gazetteer entry a name means, what to call it, and the countries involved.

An ambiguous name ("Damascus": Syria or Maryland) goes to the candidate in a country the article
involves (a country it names, a nationality it uses, its dateline), else to the most likely one
(countries before regions before cities, then the most populous). A place the gazetteer does not
know is kept with null coordinates.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from service.enrich.gazetteer import COUNTRY, Place
from service.enrich.mention import Mention
from service.enrich.model import Location


def choose_place(
    candidate_lists: Sequence[Sequence[Place]], context: set[str], mentions: Iterable[Mention]
) -> Place | None:
    """The gazetteer entry a cluster of place mentions refers to (None when unknown)."""
    first = None
    for places in candidate_lists:  # read in place: most clusters have one list of one place
        for place in places:
            if place.kind == COUNTRY or place.country_code in context:
                return place
        first = first or (places[0] if places else None)
    return first


def place_name(surfaces: Sequence[str], place: Place | None, native: frozenset[str]) -> str:
    """The canonical name: the gazetteer's for acronyms, aliases in capitals and all-caps
    datelines ("U.S.", "UAE", "WASHINGTON") and for a country's other English names ("Britain",
    "Russian Federation", "Kingdom of Bahrain"), else the fullest form the text prints; a
    country keeps the name the text's own language gives it (`native`: "Brasil")."""
    printed = [s for s in surfaces if not s.isupper() and "." not in s]
    country = place is not None and place.kind == COUNTRY and not any(s in native for s in printed)
    if place is not None and (not printed or place.name in printed or country):
        return place.name

    if not printed:
        return surfaces[0].title()
    return max(printed, key=lambda s: (len(s.split()), len(s)))


def country_codes(nationalities: Sequence[str], places: Iterable[Place | None]) -> list[str]:
    """ISO alpha-2 codes of the countries involved, in order of first appearance."""
    codes = list(nationalities)
    for place in places:
        if place is not None and place.country_code and place.country_code not in codes:
            codes.append(place.country_code)
    return codes


def location_record(name: str, place: Place | None, mentions: Sequence[Mention]) -> Location:
    """The `locations[]` record of one place cluster."""
    if place is None:
        shape_kind = next((m.place_kind for m in mentions if m.place_kind), None)
        return Location(name, None, None, None, shape_kind, len(mentions))
    return Location(
        name, place.country_code, place.latitude, place.longitude, place.kind, len(mentions)
    )
