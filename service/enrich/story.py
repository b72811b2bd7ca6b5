"""The story of who spoke: the last subject and the last person ("he"/"she") as an article
goes on, worked out backwards from where a quote asks."""

from __future__ import annotations

from collections.abc import Callable

from service.enrich.entities import Resolved
from service.enrich.quote_span import Span
from service.enrich.subjects import PRONOUN, Pronoun, sentence_subject

# a sentence of the story: text, start, end, its paragraph's mentions and quotation spans
_Sentence = tuple[str, int, int, list[Resolved], list[Span]]


class Story:
    """Who an article is about as it goes on: the last subject (who a quote without any
    attribution goes on from) and the last person (who "he"/"she" is), after each quoted
    person and each sentence. Worked out backwards from where a quote asks, as far as the
    answer lies: most sentences never decide a speaker, and finding each one's subject as it
    came took a third of the quote stage."""

    def __init__(
        self,
        reported_by: Callable[[str, int, int, list[Resolved]], str | None],
        role_holder: Callable[[str, int, int], str | None],
        people: frozenset[str],
    ) -> None:
        self._reported_by = reported_by
        self._role_holder = role_holder
        self._people = people
        self._events: list[str | _Sentence] = []  # a quoted person, or a sentence
        self._subjects: dict[int, str | Pronoun | None] = {}  # of sentences, once asked

    def quoted(self, person: str) -> None:
        """A person was quoted: they become the last subject and the last person."""
        self._events.append(person)

    def read(
        self, text: str, bounds: list[tuple[int, int]], mentions: list[Resolved], spans: list[Span]
    ) -> None:
        """Sentences of a paragraph, in order, as the quotes among them are attributed."""
        self._events.extend((text, start, end, mentions, spans) for start, end in bounds)

    def person(self, subject: str | Pronoun | None) -> str | None:
        """A sentence's subject, with "he"/"she" taken as the last person so far."""
        return self.last_person() if isinstance(subject, Pronoun) else subject

    def last_person(self) -> str | None:
        """The last person after all events so far."""
        return self._person_before(len(self._events))

    def _person_before(self, told: int) -> str | None:
        """The last person after the first `told` events. A sentence opening with "he" names
        the last person before it again, which changes nothing: it is passed over."""
        for n in range(told - 1, -1, -1):
            event = self._events[n]
            if isinstance(event, str):
                return event
            subject = self._subject(n, event)
            if not isinstance(subject, Pronoun) and subject in self._people:
                return subject
        return None

    def last_subject(self) -> str | None:
        """The last subject after all events so far."""
        for n in range(len(self._events) - 1, -1, -1):
            event = self._events[n]
            if isinstance(event, str):
                return event
            subject = self._subject(n, event)
            if isinstance(subject, Pronoun):
                subject = self._person_before(n)
            if subject is not None:
                return subject
        return None

    def _subject(self, n: int, sentence: _Sentence) -> str | Pronoun | None:
        """The subject of the `n`th event, a sentence; `PRONOUN` when it opens with "he"."""
        if n not in self._subjects:
            text, start, end, mentions, spans = sentence
            self._subjects[n] = (
                self._reported_by(text, start, end, mentions)
                or sentence_subject(text, start, end, mentions, PRONOUN, spans)
                or self._role_holder(text, start, end)
            )
        return self._subjects[n]
