"""The quotation span record: where a quotation's words lie in its paragraph."""

from __future__ import annotations

from dataclasses import dataclass

from service.enrich.entities import Resolved


@dataclass(slots=True)
class Span:
    """A quotation in a paragraph, its marks excluded."""

    paragraph: int
    start: int
    end: int  # exclusive, marks excluded
    text: str
    closed: bool
    leading: bool  # opens its paragraph: may continue the previous paragraph's quotation


def inside(mention: Resolved, spans: list[Span]) -> bool:
    """Whether `mention` starts inside one of the quotations `spans`."""
    return any(s.start <= mention.start < s.end for s in spans)
