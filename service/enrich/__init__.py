"""The enrich stage: entities, places, quotes, dates, topics and language for an article."""

from __future__ import annotations

from datetime import datetime

from service.article import Article
from service.enrich.dates import DateFinder
from service.enrich.entities import resolve, to_entities
from service.enrich.gazetteer import Gazetteer
from service.enrich.language import detect_language
from service.enrich.lexicon import Lexicons
from service.enrich.locations import country_codes, location_record
from service.enrich.lowered import lowered
from service.enrich.mention import HEADLINE, LOCATION
from service.enrich.mentions import MentionFinder
from service.enrich.model import Enrichment
from service.enrich.quotes import QuoteFinder
from service.enrich.simhash import simhash
from service.enrich.topics import TopicClassifier


class Enricher:
    """Holds the lexicons and indexes (built once at start-up) and enriches articles."""

    def __init__(self) -> None:
        lexicons = Lexicons.load()
        self.lexicons = lexicons
        self.gazetteer = Gazetteer(lexicons)
        self.mentions = MentionFinder(lexicons, self.gazetteer)
        self.quotes = QuoteFinder(lexicons.reporting_verbs, lexicons.title_heads)
        self.dates = DateFinder(lexicons.months, lexicons.weekdays)
        self.topics = TopicClassifier(lexicons.topics)

    def forget(self) -> None:
        """Drop what was remembered from earlier articles (analysed names and words): results
        never depend on it, only speed does."""
        self.mentions.forget()
        self.topics.forget()

    def enrich(
        self, article: Article, *, reference: datetime | None, language: str | None
    ) -> Enrichment:
        """Enrich one article; pure given the loaded indexes. Only the headline, dateline and
        body are read: related teasers and page furniture never yield entities."""
        body_mentions = []
        if article.dateline is not None and article.dateline.place:
            body_mentions.extend(self.mentions.find_dateline(article.dateline.place))
        for index, paragraph in enumerate(article.body):
            body_mentions.extend(self.mentions.find(paragraph, index))
        headline = self.mentions.find(article.headline, HEADLINE) if article.headline else []
        resolution = resolve(body_mentions, headline, self.gazetteer, self.lexicons)
        places = [c for c in resolution.clusters if c.type == LOCATION]
        entities = to_entities(resolution.clusters)
        roles = {e.name: e.roles for e in entities if e.roles}
        text = lowered(article.body)  # read by topics and simhash
        return Enrichment(
            language=detect_language(article.headline, article.body, language),
            entities=entities,
            locations=[location_record(c.name, c.place, c.mentions) for c in places],
            countries=country_codes(resolution.nationalities, (c.place for c in places)),
            quotes=self.quotes.find(article.headline, article.body, resolution.resolved, roles),
            event_date=self.dates.event_date(
                article.body,
                reference.date() if reference is not None else None,
                article.dateline.date if article.dateline is not None else None,
            ),
            topics=self.topics.classify(article.headline, article.body, text),
            simhash=simhash(article.body, text),
        )
