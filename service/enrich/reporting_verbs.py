"""The reporting verbs and title words of the language read around a quote: the verbs lying
near it, the person a sentence says speaks, the holder of a role a sentence opens with, and
whether an indefinite subject is an unnamed source."""

from __future__ import annotations

import re

from service.alternation import trie_alternation
from service.enrich.cast import Cast
from service.enrich.entities import Resolved
from service.enrich.mention import PERSON
from service.enrich.reporting import (
    ADDRESSEE_VERBS,
    ADVERBIAL_OPENERS,
    GAP_BREAK,
    MAX_SUBJECT_GAP,
    PARTNER_PREPOSITIONS,
    PHRASE_REACH,
    PREPOSITIONS,
    ROLE_WORDS,
    SOURCE_NOUNS,
    TITLE_ABBREVIATION,
    TITLE_REACH,
    TITLE_WORDS,
    holder,
    is_object,
)
from service.enrich.subjects import NEXT_WORD, WORD


class ReportingVerbs:
    """Reads reporting verbs around quotes; holds the reporting verbs and the title words
    ("minister", "spokesman") that may stand, lower-cased, right before a speaker's name."""

    def __init__(self, verbs: frozenset[str], title_heads: frozenset[str]) -> None:
        self.verbs = verbs
        self.title_heads = title_heads
        # the reporting verbs as one regex, a trie alternation tried at word starts only: the
        # leading \b rejects a position inside a word in one step (it reads the character
        # before even where a scan starts); a word-by-word look-up costs a Python step a word
        whole_words = (verb for verb in verbs if WORD.fullmatch(verb))
        self._verb_scan = re.compile(r"\b" + trie_alternation(whole_words) + r"\b")

    def verbs_within(self, text: str, low: str, start: int, end: int) -> list[tuple[int, int, str]]:
        """The reporting verbs lying in `text[start:end]`: (start, end, lower-cased word), in
        order; `low` is the lower-cased text. Only the reach around a quote is scanned: the
        trie is tried at every letter, and the quotation itself is most of a paragraph."""
        if len(low) != len(text):  # lower-casing moved offsets ("İ"): look word by word
            words = ((w.start(), w.end(), w.group().lower()) for w in WORD.finditer(text))
            return [w for w in words if start <= w[0] and w[1] <= end and w[2] in self.verbs]
        # one character past `end` is read so that a word cut there is no verb
        return [
            (m.start(), m.end(), m.group())
            for m in self._verb_scan.finditer(low, start, end + 1)
            if m.end() <= end
        ]

    def role_holder(self, text: str, start: int, end: int, cast: Cast) -> str | None:
        """Who a sentence opening with a role is about ("The minister thanked ..."): its
        holder, most named first."""
        if text[start : start + 5].lstrip()[:4] not in ("The ", "the "):  # most sentences
            return None
        words = text[start : min(end, start + PHRASE_REACH)].split(maxsplit=ROLE_WORDS + 1)
        for k, word in enumerate(words[1 : ROLE_WORDS + 1], 1):
            if word.lower() in self.title_heads:
                return holder([w.lower() for w in words[1 : k + 1]], cast.holders(), None)
        return None

    def unnamed(self, words: list[str]) -> bool:
        """Whether an indefinite subject is a person: "a police spokesperson", "a senior
        official from the office" (its head before any preposition is a title or a source
        noun)."""
        cut = next((k for k, w in enumerate(words) if w in PREPOSITIONS), len(words))
        return cut > 0 and (words[cut - 1] in self.title_heads or words[cut - 1] in SOURCE_NOUNS)

    def named_later(
        self, text: str, later: list[tuple[int, int]], mentions: list[Resolved]
    ) -> str | None:
        """The first person said to speak in the later sentences of a paragraph: a story's
        first speaker may be named only after the role ("Iran's foreign minister said ...
        . Mohammad Javad Zarif said he had held talks ...")."""
        return next(
            (n for start, end in later if (n := self.reported_by(text, start, end, mentions))),
            None,
        )

    def reported_by(self, text: str, start: int, end: int, mentions: list[Resolved]) -> str | None:
        """The first person of the sentence who is said to speak ("..., Singh said the PM
        ...", "..., said Karin, adding ..."): whoever the sentence begins with, the words are
        that person's. The first person may have an aside before the verb ("Lin Tao, head of
        the Water Bureau, said ... and Ann Lee said ..."): a later name in the aside may not."""
        first = True
        for m in mentions:
            if m.type != PERSON or not start <= m.start < end:
                continue
            follows = NEXT_WORD.match(text, m.end, end)
            word = follows.group(1) if follows is not None else ""
            aside = (
                first and text.startswith(",", m.end) and self._verb_after_aside(text, m.end, end)
            )
            first = False
            if aside or word.lower() in self.verbs:
                return m.name
            # the name ends its clause, or a phrase of time or place ("said Ann Lee on Sunday")
            closes = text[m.end : m.end + 1] in ("", ",", ".", ";") or word in ADVERBIAL_OPENERS
            if (
                closes
                and self._verb_before(text, max(start, m.start - TITLE_REACH), m.start)
                and not is_object(text, m.start, PARTNER_PREPOSITIONS)
            ):
                return m.name
        return None

    def _verb_after_aside(self, text: str, comma: int, end: int) -> bool:
        """Whether a reporting verb follows the aside that opens with the comma at `comma`,
        right after a name ("Lin Tao, head of the Water Bureau, said")."""
        close = text.find(",", comma + 1, min(end, comma + MAX_SUBJECT_GAP))
        follows = NEXT_WORD.match(text, close + 1, end) if close > 0 else None
        return follows is not None and follows.group(1).lower() in self.verbs

    def _verb_before(self, text: str, start: int, end: int) -> bool:
        """Whether a reporting verb ends right before `end`, or only a title stands between
        ("..., said Housing and Local Government Minister Ann Lee.", "..., said planning
        minister Ann Lee"): an inverted attribution."""
        words = WORD.findall(text, start, end)
        for k in range(len(words) - 1, max(-1, len(words) - 1 - TITLE_WORDS), -1):
            if words[k].lower() in ADDRESSEE_VERBS:  # "told Ann Lee": she listened
                return False
            if words[k].lower() in self.verbs:
                gap = words[k + 1 :]
                tail = text[text.rfind(words[k], start, end) + len(words[k]) : end]
                tail = TITLE_ABBREVIATION.sub("", tail)  # "said Gov. Ellis Marr"
                titled = not gap or gap[-1][0].isupper() or gap[-1].lower() in self.title_heads
                return titled and not GAP_BREAK.search(tail)
        return False
