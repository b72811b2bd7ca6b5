"""One name as printed in a text, and the kinds the mention rules give names."""

from __future__ import annotations

from dataclasses import dataclass

PERSON, ORGANIZATION, LOCATION = "person", "organization", "location"
UNKNOWN, ROLE, NATIONALITY, OTHER = "unknown", "role", "nationality", "other"
HEADLINE, DATELINE = -2, -1  # segment numbers; body paragraphs are numbered from 0


@dataclass(slots=True)
class Mention:
    """One name as printed, with where it is and what the rules made of it."""

    surface: str
    kind: str
    segment: int
    start: int
    end: int
    role: str | None = None
    canonical: str | None = None  # the lexicon's name for an alias ("Daesh" -> "ISIS")
    place_kind: str | None = None  # facility/region for places known by their shape only
    by_shape: bool = False  # classified by shape alone (weak evidence)
    alias_of: str | None = None  # "PHP" printed in brackets after "People's Harmony Party"
    context_location: bool = False  # "in X", "X base": a place when nothing else decides


def by_start(mention: Mention) -> int:
    """Sort key: where a mention starts."""
    return mention.start
