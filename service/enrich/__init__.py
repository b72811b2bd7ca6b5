"""The enrich stage: entities, places, quotes, dates, topics and language for an article."""

from __future__ import annotations

from datetime import datetime

from service.article import Article
from service.enrich.model import Enrichment


class Enricher:
    """Holds the lexicons and indexes (built once at start-up) and enriches articles."""

    def enrich(
        self, article: Article, *, reference: datetime | None, language: str | None
    ) -> Enrichment:
        """Enrich one article; pure given the loaded indexes."""
        return Enrichment(language=language)
