"""What the enrichers produce, as plain dataclasses (serialised by orjson as they are).

The records that go into the event document have no `__slots__`: orjson writes a dataclass's
`__dict__` in one pass, where slots are read field by field (~4x slower).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass
class Entity:
    name: str
    type: str
    mentions: int
    surface_forms: list[str]
    roles: list[str]


@dataclass
class Location:
    name: str
    country_code: str | None
    latitude: float | None
    longitude: float | None
    kind: str | None
    mentions: int


@dataclass
class Quote:
    """A direct quotation; `paragraph` is its body paragraph's index (-1: the headline)."""

    speaker: str | None
    text: str
    paragraph: int


@dataclass
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
