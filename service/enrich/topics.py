"""IPTC Media Topics (top level) by keyword evidence.

Each word of the headline and body that starts with a topic's keyword stem counts once for that
topic (headline words twice: the headline says what the story is about). A topic is reported
when it has at least `MIN_HITS` hits and at least `MIN_SHARE` of the strongest topic's hits, so a
story can have several topics; scores are shares of all hits.
"""

from __future__ import annotations

from collections import Counter

from service.enrich.lowered import lowered
from service.enrich.model import Topic

MIN_HITS = 2
MIN_SHARE = 0.3
MAX_TOPICS = 3
MEMO_WORDS = 50_000  # words whose topic (or none) is remembered


class TopicClassifier:
    """Keyword stems of the 17 top-level topics, indexed by their first three letters."""

    def __init__(self, topics: list[tuple[str, str, tuple[str, ...]]]) -> None:
        self.labels = {code: label for code, label, _ in topics}
        self._by_prefix: dict[str, list[tuple[str, str]]] = {}
        for code, _, stems in topics:
            for stem in stems:
                self._by_prefix.setdefault(stem[:3], []).append((stem, code))
        self._topic_of: dict[str, str | None] = {}  # memo: a stream's vocabulary repeats

    def forget(self) -> None:
        """Drop the topics remembered for words of earlier articles."""
        self._topic_of.clear()

    def _topic(self, word: str) -> str | None:
        """The topic of the first keyword stem that starts `word`, if any."""
        for stem, code in self._by_prefix.get(word[:3], ()):
            if word.startswith(stem):
                return code
        return None

    def classify(
        self, headline: str | None, body: list[str], text: str | None = None
    ) -> list[Topic]:
        """Topics of an article, strongest first; `text` is `lowered(body)` when the caller
        has it already."""
        # whitespace split, not a word regex: a stem only has to start the word, so trailing
        # punctuation does not matter, and split is several times faster
        words = (lowered(body) if text is None else text).split()
        words.extend((headline or "").lower().split() * 2)
        topic_of = self._topic_of
        unseen = set(words).difference(topic_of)  # C-level, unlike a comprehension
        if len(topic_of) + len(unseen) > MEMO_WORDS:
            topic_of.clear()
            unseen = set(words)
        topic_of.update((word, self._topic(word)) for word in unseen)
        # counting codes per word occurrence in C (Counter over map) beats a Python loop, and
        # dropping the words of no topic first (filter) leaves it a tenth of them to count
        hits = Counter(filter(None, map(topic_of.__getitem__, words)))
        if not hits:
            return []
        total, best = sum(hits.values()), max(hits.values())
        chosen = sorted(
            (c for c, h in hits.items() if h >= MIN_HITS and h >= MIN_SHARE * best),
            key=lambda c: -hits[c],
        )[:MAX_TOPICS]
        return [Topic(c, self.labels[c], round(hits[c] / total, 3)) for c in chosen]
