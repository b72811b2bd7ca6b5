"""What the enrichers produce, as plain dataclasses (serialised by orjson as they are)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(slots=True)
class Entity:
    name: str
    type: str
    mentions: int
    surface_forms: list[str]
    roles: list[str]


@dataclass(slots=True)
class Location:
    name: str
    country_code: str | None
    latitude: float | None
    longitude: float | None
    kind: str | None
    mentions: int


@dataclass(slots=True)
class Quote:
    """A direct quotation; `paragraph` is its body paragraph's index (-1: the headline)."""

    speaker: str | None
    text: str
    paragraph: int


@dataclass(slots=True)
class Topic:
    code: str
    label: str
    score: float


@dataclass(slots=True)
class Enrichment:
    """Everything the enrich stage adds to a normalised article."""

    language: str | None = None
    entities: list[Entity] = field(default_factory=list)
    locations: list[Location] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    event_date: date | None = None
    topics: list[Topic] = field(default_factory=list)
    simhash: int | None = None
