"""The normalised article: what the text stage produces and the enrichers read.

`Dateline` and `RelatedItem` go into the event document as they are: without `__slots__`, since
orjson writes a dataclass's `__dict__` in one pass but reads slots field by field.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Dateline:
    """A dateline as printed: `Damascus, SANA-` -> place "Damascus", agency "SANA"."""

    place: str | None
    agency: str | None
    date: str | None
    text: str


@dataclass(frozen=True)
class RelatedItem:
    """A teaser of another article found on the page."""

    headline: str | None
    dateline: Dateline | None
    snippet: str | None


@dataclass(frozen=True, slots=True)
class Article:
    """A page split into the article itself and the furniture around it."""

    headline: str | None
    dateline: Dateline | None
    lead: str | None
    body: list[str]
    related: list[RelatedItem] = field(default_factory=list)
    boilerplate: list[str] = field(default_factory=list)

    @property
    def word_count(self) -> int:
        return sum(len(paragraph.split()) for paragraph in self.body)
