"""The subject of a sentence: a leading "he"/"she", or a person or organization named among
its first words outside quotations, passing over an opening phrase, a possessive and an
agency's credit in parentheses."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice
from typing import TypeVar

from service.enrich.entities import Resolved
from service.enrich.mention import PERSON
from service.enrich.quote_span import Span
from service.enrich.tokens import POSSESSIVE

PRONOUNS = frozenset(("he", "she"))
# prepositions that open a phrase before a sentence's subject ("On a warning note, the ...")
_PHRASE_PREPOSITIONS = frozenset(("on", "in", "at", "upon", "after", "during", "amid", "asked"))
ACCORDING = frozenset(("according", "selon", "según"))  # the source is named after it
_SUBJECT_WORDS = 7  # a sentence's subject is named among its first words
WORD = re.compile(r"\w+")
NEXT_WORD = re.compile(r"\s+(\w+)")


class Pronoun:
    """A sentence that opens with "he"/"she": its subject is the last person before it."""


PRONOUN = Pronoun()
# what a sentence opening with "he" stands for: the last person's name, or `PRONOUN`
_Antecedent = TypeVar("_Antecedent", str | None, Pronoun)


def opening_person(text: str, start: int, end: int, mentions: list[Resolved]) -> str | None:
    """The person a sentence opens with (only capitalised words before the name, no
    possessive after it): the subject a later "he" in the sentence goes back to."""
    m = first_person(mentions, start, end)
    if m is None or any(w[0].islower() for w in WORD.findall(text, start, m.start)):
        return None
    return None if text.startswith(POSSESSIVE, m.end) else m.name


def first_person(mentions: list[Resolved], start: int, end: int) -> Resolved | None:
    """The first person mentioned in `text[start:end]`."""
    return next((m for m in mentions if m.type == PERSON and start <= m.start < end), None)


def sentence_subject(
    text: str,
    start: int,
    end: int,
    mentions: list[Resolved],
    last_subject: _Antecedent,
    spans: list[Span],
) -> str | _Antecedent | None:
    """The subject of a sentence: a leading "he"/"she", else a person or organization named
    among its first words (outside quotations)."""
    quoted: list[Span] = []
    if spans:
        # the subject comes before any quotation of its sentence
        end = min((s.start for s in spans if start <= s.start < end), default=end)
        quoted = [s for s in spans if s.start < end and s.end > start]
    found: Iterator[re.Match[str]] = WORD.finditer(text, start, end)
    if quoted:
        found = (w for w in found if not any(s.start <= w.start() < s.end for s in quoted))
    first = next(found, None)
    if first is not None and _opens_phrase(text, first):
        # "Referring to Lee's remark, the minister said": the subject follows the phrase
        comma = text.find(",", first.end(), end)
        if comma > 0:
            start = comma + 1
            found = (w for w in found if w.start() > comma)
            first = next(found, None)
    if first is not None and first.group().lower() in PRONOUNS:
        return last_subject
    # a name in the possessive is not the subject ("Lee's remark drew ..."), nor one in
    # parentheses: an agency's credit ("WASHINGTON (Reuters) - A Pentagon agency ...")
    named = [m for m in mentions if start <= m.start <= end]
    named = (
        [m for m in named if not _possessive(text, m) and not bracketed(text, m)]
        if named
        else named
    )
    if not named:  # most sentences: no need to read their first words
        return None
    words = [first, *islice(found, _SUBJECT_WORDS - 1)] if first is not None else []
    head_end = words[-1].end() if words else end
    for m in named:
        if m.start <= head_end and m.type == PERSON:
            return m.name
    for m in named:
        if m.start <= head_end:
            return m.name
    return None


def _opens_phrase(text: str, word: re.Match[str]) -> bool:
    """Whether a sentence's first word opens a phrase set off by a comma before the subject: a
    preposition ("Upon leaving, ...") or a participle with its object ("Referring to ...")."""
    lowered = word.group().lower()
    if lowered in _PHRASE_PREPOSITIONS:
        return True
    if not lowered.endswith("ing") or lowered in ACCORDING:
        return False
    follows = NEXT_WORD.match(text, word.end())
    return follows is not None and follows.group(1).islower()


def bracketed(text: str, mention: Resolved) -> bool:
    """Whether a name stands alone in parentheses ("(Reuters)", "(SPD)")."""
    return (
        text[mention.start - 1 : mention.start] == "("
        and text[mention.end : mention.end + 1] == ")"
    )


def _possessive(text: str, mention: Resolved) -> bool:
    """Whether a name stands in the possessive ("Lee's remark")."""
    return text.endswith(POSSESSIVE, mention.start, mention.end) or text.startswith(
        POSSESSIVE, mention.end
    )


def earlier_subject(
    text: str,
    bounds: list[tuple[int, int]],
    span: Span,
    mentions: list[Resolved],
    spans: list[Span],
) -> str | None:
    """The subject of the last sentence before the quote in its paragraph, if any."""
    subject = None
    for start, end in bounds:
        if start >= span.start:
            break
        subject = sentence_subject(text, start, end, mentions, subject, spans) or subject
    return subject
