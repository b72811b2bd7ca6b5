"""Message contracts: the pydantic models behind `schemas/` (DESIGN.md section 2).

These models are the boundary of the service. Everything inside the core works on plain
dataclasses; the models validate what comes in and describe exactly what goes out.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Literal
from urllib.parse import urlsplit

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

RAW_SCHEMA = "bulletin.raw/v1"
ENRICHED_SCHEMA = "bulletin.enriched/v1"
DEAD_LETTER_SCHEMA = "bulletin.dead-letter/v1"

NonEmpty = Annotated[str, StringConstraints(min_length=1)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class RawBulletin(_Model):
    """`bulletin.raw/v1`: one page as a scraper fetched it."""

    model_config = ConfigDict(
        extra="ignore", frozen=True, json_schema_extra={"$id": RAW_SCHEMA, "title": RAW_SCHEMA}
    )

    source: Annotated[str, StringConstraints(min_length=1, max_length=200, strip_whitespace=True)]
    text: str | None = Field(default=None, description="The page as plain text.")
    html: str | None = Field(default=None, description="The page as raw HTML.")
    url: str | None = Field(default=None, max_length=8192)
    fetched_at: datetime | None = None
    published_at: datetime | None = None
    language: Annotated[str, StringConstraints(max_length=35)] | None = None

    @field_validator("url")
    @classmethod
    def _url_can_be_taken_apart(cls, url: str | None) -> str | None:
        # the event id is made from the canonical URL, so a URL that cannot be split into
        # its parts (a port out of range, an unclosed IPv6 bracket) is bad input, not a bug
        if url is not None:
            _ = urlsplit(url.strip()).port  # raises ValueError for either
        return url

    @model_validator(mode="after")
    def _exactly_one_content(self) -> RawBulletin:
        if (self.text is None) == (self.html is None):
            raise ValueError("exactly one of 'text' or 'html' is required")
        return self


class Dateline(_Model):
    place: str | None
    agency: str | None
    date: str | None = Field(description="The date as printed in the dateline, if any.")
    text: str = Field(description="The dateline exactly as removed from the first paragraph.")


class RelatedItem(_Model):
    headline: str | None
    dateline: Dateline | None
    snippet: str | None


class Entity(_Model):
    name: str
    type: str = Field(description="person, organization or location (others allowed).")
    mentions: int
    surface_forms: list[str]
    roles: list[str]


class Location(_Model):
    name: str
    country_code: str | None
    latitude: float | None
    longitude: float | None
    kind: str | None = Field(description="country, city, region or facility.")
    mentions: int


class Quote(_Model):
    speaker: str | None
    text: str
    paragraph: int


class Topic(_Model):
    code: str
    label: str
    score: float


class Fingerprint(_Model):
    sha256: str
    simhash: str | None = Field(description="64-bit simhash of the body as 16 hex digits.")


class Trace(_Model):
    topic: str | None
    partition: int | None
    offset: int | None
    timestamp: datetime | None
    processed_at: datetime
    service_version: str


class EnrichedEvent(_Model):
    """`bulletin.enriched/v1`: the clean, validated, enriched article."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        json_schema_extra={"$id": ENRICHED_SCHEMA, "title": ENRICHED_SCHEMA},
    )

    schema_: Literal["bulletin.enriched/v1"] = Field(default="bulletin.enriched/v1", alias="schema")
    event_id: str
    source: str
    url: str | None
    fetched_at: datetime | None
    published_at: datetime | None
    language: str | None
    headline: str | None
    dateline: Dateline | None
    lead: str | None
    body: list[str]
    word_count: int
    related: list[RelatedItem]
    boilerplate: list[str]
    entities: list[Entity]
    locations: list[Location]
    countries: list[str]
    quotes: list[Quote]
    event_date: date | None
    topics: list[Topic]
    fingerprint: Fingerprint
    duplicate_of: str | None
    trace: Trace


class DeadLetterError(_Model):
    code: str
    message: str
    stage: str


class DeadLetterRecord(_Model):
    """`bulletin.dead-letter/v1`: the JSON line `bulletins process --dead-letters` writes.

    On Kafka the dead letter is the original bytes with `error.*` headers instead.
    """

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        json_schema_extra={"$id": DEAD_LETTER_SCHEMA, "title": DEAD_LETTER_SCHEMA},
    )

    error: DeadLetterError
    input: str = Field(description="The original value: UTF-8 text, or base64 when not UTF-8.")
    input_encoding: Literal["utf-8", "base64"]
    source: dict[str, str | int | None] = Field(default_factory=dict)


SCHEMA_MODELS: dict[str, type[BaseModel]] = {
    "bulletin.raw.v1.json": RawBulletin,
    "bulletin.enriched.v1.json": EnrichedEvent,
    "bulletin.dead-letter.v1.json": DeadLetterRecord,
}
