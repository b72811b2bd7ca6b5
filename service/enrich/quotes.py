"""Direct quotations and who said them.

Quotes are the text between quotation marks (typographic, straight, guillemets, „low-high"),
outer marks only (a quote inside a quote belongs to it), a quotation carried over paragraphs
counted once, and a closing mark without its opening one (a common copy-editing slip) read back
to the reporting clause ("added that ..."). Reported speech without marks is not a quote.

The speaker comes from the reporting verb closest to the quote in its sentence: "X said",
"said X", "X, who is ..., told reporters"; for a participle ("..., noting that") the subject of the
sentence; "he"/"she" resolve to the last person who was the subject of a sentence. A source
the story leaves unnamed ("a police spokesperson said", "Lee's spokesman said") gives no
speaker rather than a guess. A quote with no verb in reach takes the one that ends its
sentence, or the source the next sentence names ("The remarks by X came as ..."), or the
first person said to speak later in its paragraph (a lead names its speaker after the role).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from itertools import islice
from typing import TypeVar

from service.alternation import trie_alternation
from service.enrich.entities import Resolved
from service.enrich.folding import fold
from service.enrich.mention import DATELINE, HEADLINE, ORGANIZATION, PERSON
from service.enrich.model import Quote
from service.enrich.tokens import POSSESSIVE

_CLOSERS = {"“": "”", "«": "»", "„": "“", '"': '"', "‘": "’", "'": "'"}
HEADLINE_PARAGRAPH = -1
_ORPHAN_CLOSERS = frozenset("”»")
_PRONOUNS = frozenset(("he", "she"))
# the same right before a reporting verb, where French puts them too ("a-t-il souligné"); not
# as a sentence's first word, where Italian "il" is an article
_VERB_PRONOUNS = _PRONOUNS | {"il", "elle"}
# prepositions that open a phrase before a sentence's subject ("On a warning note, the ...")
_PHRASE_PREPOSITIONS = frozenset(("on", "in", "at", "upon", "after", "during", "amid", "asked"))
# reporting verbs whose object is the one spoken to or about, never the speaker ("told Lee")
_ADDRESSEE_VERBS = frozenset(
    (
        *("told", "tell", "tells", "telling", "asked", "urged", "warned"),
        *("described", "describes", "describing", "called", "calls", "calling"),
    )
)
_CONJUNCTIONS = frozenset(("and", "but"))
# words that open a phrase of time or place after a speaker's name ("said Ann Lee on Sunday")
_ADVERBIAL_OPENERS = frozenset(("on", "in", "at", "during", "after", "before", "while", "today"))
_PREPOSITIONS = frozenset(("with", "to", "by", "from", "for", "against", "and", "of"))
# those of them (and their Spanish and French kin) that no title holds: "said at a meeting
# with Prime Minister Ann Lee" is no inverted attribution, "said Housing and Local Government
# Minister Ann Lee" is
_PARTNER_PREPOSITIONS = frozenset(
    ("with", "to", "by", "from", "against", "con", "ante", "contra", "avec", "contre")
)
# the speaker of a quote whose source the story leaves unnamed ("a police spokesperson said");
# reported as no speaker, and never replaced by a guess
_UNNAMED = ""
# an indefinite noun phrase right before a reporting verb ("a senior official from the office",
# "an expert"): a title or one of these nouns as its head makes it a person
_SOURCE_NOUNS = frozenset(("expert", "source", "diplomat", "analyst", "aide", "officer", "witness"))
# who speaks for the one whose possessive they follow ("Lee's spokesman")
_SPEAKS_FOR = _SOURCE_NOUNS | {"spokesman", "spokeswoman", "spokesperson", "spokesmen"}
# the last lower-case word before a run of capitalised words ending where a name starts
_LOWER_BEFORE_NAME = re.compile(r"\b([a-z]+)\s+(?:(?:the|a|an)\s+)?(?:[A-Z][\w.'’-]*\s+)*$")
_ACCORDING = frozenset(("according", "selon", "según"))  # the source is named after it
# verbs that credit a source rather than report a speaker ("Yonhap quoted Yoon as saying")
_CREDITS = _ACCORDING | {"quoted", "citing", "cited"}
# the next sentence opens after a space; or, where copy dropped the space, right after the
# stop with a glued opening mark ('... the union."We have ...')
_NEXT_SENTENCE = r"(?=\s+[\"“«‘A-Z]|[\"“«][A-Z])"
# a quotation's closing mark may follow the stop ('... situation.” Police said')
_SENTENCE_END = re.compile(r"[.!?][”\"»’]?" + _NEXT_SENTENCE)
# the same without '!' and '?', which few paragraphs hold: a literal first character is
# skipped to in C at twice the speed of a character class
_FULL_STOP = re.compile(r"\.[”\"»’]?" + _NEXT_SENTENCE)
_ABBREVIATION = re.compile(r"(?:\b[A-Z][a-z]{0,2}|\b[A-Z])$")
_THAT_CLAUSE = re.compile(r"\b(\w+) that\b")
_MAX_SUBJECT_GAP = 120  # characters between a subject and its verb
_VERB_REACH = 200  # characters around a quote searched for its reporting verb
_WORD_REACH = 24  # characters searched for the word before a name
_TITLE_REACH = 80  # characters searched for a reporting verb before a title and name
_TITLE_WORDS = 8  # words a title between an inverted reporting verb and a name may hold
_GAP_BREAK = re.compile(r"[,.;:()“”\"«»]|\bthat\b")  # a title holds no clause break
_SUBJECT_WORDS = 7  # a sentence's subject is named among its first words
# one character class, so the regex engine scans for it in C; the single opening mark's "not
# after a letter" test (the apostrophe of "Ma‘arrat") is done on the hit instead of with a
# lookbehind, which would make the engine try every position
_MARKS = re.compile(r'[“«„"”»‘]')
# the same with the straight single mark, for the paragraphs where one may open a quotation:
# everywhere else it is an apostrophe, on which the scan would stop
_MARKS_AND_SINGLE = re.compile(r'[“«„"”»‘\']')
# an opening mark typed where the closing one belongs: after a word or its punctuation, before
# no letter; a slip of keyboards that curl marks by hand
_OPENER_AS_CLOSER = re.compile(r"(?<=[\w.,!?])“(?!\w)")
_SINGLE_CLOSER = re.compile(r"’(?!\w)")  # not the apostrophe of "Putin’s"
# a straight single mark closes after a word or its punctuation, before no letter ("'ashakta'
# (powerless)"), unlike the apostrophe of "Putin's"
_STRAIGHT_CLOSER = re.compile(r"(?<=[\w.,!?])'(?!\w)")
_WORD = re.compile(r"\w+")
_NEXT_WORD = re.compile(r"\s+(\w+)")
_FIRST_WORD = re.compile(r"\W*(\w*)")  # matches any text
_INVERTED_CLAUSE = re.compile(r",\s+(\w+)\s+[A-Z]")  # ", said Health Minister ..."
_CLAUSE_BREAK = re.compile(r"[.;:!?“”\"«»]")  # where an inverted attribution clause ends
_RELATIVE_CLAUSE = re.compile(r",\s+(?:who|whose|which|quien|quienes|qui|que|cuyo|cuya)\b")
_TITLE_ABBREVIATION = re.compile(r"\b[A-Z][a-z]{0,3}\.")  # "said Gov. Ellis Marr", "M. Camara"
# "the minister", "the Kazakh State Counselor": a title after up to three qualifiers
_ROLE_WORDS = 4
# a sentence opening with a quote's words as its subject, their source next ("The remarks by")
_REMARKS_BY = re.compile(
    r"\s*(?:The|These|Those)\s+(?:\w+\s+)?"
    r"(?:remarks?|comments?|words|statements?|warnings?|message)\s+(?:by|from|of)\s+"
)
_PHRASE_REACH = 80  # characters before a reporting verb searched for a noun phrase


@dataclass(slots=True)
class _Span:
    paragraph: int
    start: int
    end: int  # exclusive, marks excluded
    text: str
    closed: bool
    leading: bool  # opens its paragraph: may continue the previous paragraph's quotation


@dataclass(slots=True)
class _Cast:
    """Who may speak in an article. Who is most named and who holds which role are worked
    out when a quote first asks: most quotes have their speaker named by the verb."""

    by_paragraph: dict[int, list[Resolved]]  # people and organizations by segment
    people: frozenset[str]
    named: list[str]  # the names of all mentions of people
    organizations: list[str]  # and of organizations
    roles: dict[str, list[str]]  # people's roles
    _protagonist: str | None = ""  # "" until worked out: no name is empty
    _holders: dict[str, list[str]] | None = None  # None until worked out

    @classmethod
    def of(cls, resolved: list[Resolved], roles: dict[str, list[str]]) -> _Cast:
        """The cast of an article's resolved mentions; `roles` maps people to their roles."""
        by_paragraph: dict[int, list[Resolved]] = {}
        people, organizations = [], []
        for r in resolved:  # one pass, not one per question asked of the mentions
            if r.type == PERSON:
                people.append(r.name)
            elif r.type == ORGANIZATION:
                organizations.append(r.name)
            else:
                continue
            if r.segment != DATELINE:
                by_paragraph.setdefault(r.segment, []).append(r)
        return cls(by_paragraph, frozenset(people), people, organizations, roles)

    def protagonist(self) -> str | None:
        """Who a quote with no attribution at all is most likely from: the most named
        person, else the most named organization (a newspaper or a ministry quoted all
        along)."""
        if self._protagonist == "":
            named = Counter(self.named or self.organizations)
            self._protagonist = max(sorted(named), key=named.__getitem__) if named else None
        return self._protagonist

    def holders(self) -> dict[str, list[str]]:
        """Who holds a role word: "minister" -> the people with it in a role, most named
        first; "ministry" -> the one organization whose name ends with that word."""
        if self._holders is not None:
            return self._holders
        holders: dict[str, list[str]] = {}
        mentioned = Counter(self.named)
        for name in sorted(mentioned, key=lambda n: -mentioned[n]):
            if name in self.roles:  # the words of all of a person's roles, split in C
                for word in set(" ".join(self.roles[name]).lower().split()):
                    holders.setdefault(word, []).append(name)
        heads: dict[str, list[str]] = {}
        for name in dict.fromkeys(self.organizations):
            heads.setdefault(name.split()[-1].lower(), []).append(name)
        for word, names in heads.items():
            if len(names) == 1:
                holders.setdefault(word, names)
        self._holders = holders
        return holders


class _Pronoun:
    """A sentence that opens with "he"/"she": its subject is the last person before it."""


_PRONOUN = _Pronoun()
# what a sentence opening with "he" stands for: the last person's name, or `_PRONOUN`
_Antecedent = TypeVar("_Antecedent", str | None, _Pronoun)
# a sentence of the story: text, start, end, its paragraph's mentions and quotation spans
_Sentence = tuple[str, int, int, list[Resolved], list[_Span]]


class _Story:
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
        self._subjects: dict[int, str | _Pronoun | None] = {}  # of sentences, once asked

    def quoted(self, person: str) -> None:
        """A person was quoted: they become the last subject and the last person."""
        self._events.append(person)

    def read(
        self, text: str, bounds: list[tuple[int, int]], mentions: list[Resolved], spans: list[_Span]
    ) -> None:
        """Sentences of a paragraph, in order, as the quotes among them are attributed."""
        self._events.extend((text, start, end, mentions, spans) for start, end in bounds)

    def person(self, subject: str | _Pronoun | None) -> str | None:
        """A sentence's subject, with "he"/"she" taken as the last person so far."""
        return self.last_person() if isinstance(subject, _Pronoun) else subject

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
            if not isinstance(subject, _Pronoun) and subject in self._people:
                return subject
        return None

    def last_subject(self) -> str | None:
        """The last subject after all events so far."""
        for n in range(len(self._events) - 1, -1, -1):
            event = self._events[n]
            if isinstance(event, str):
                return event
            subject = self._subject(n, event)
            if isinstance(subject, _Pronoun):
                subject = self._person_before(n)
            if subject is not None:
                return subject
        return None

    def _subject(self, n: int, sentence: _Sentence) -> str | _Pronoun | None:
        """The subject of the `n`th event, a sentence; `_PRONOUN` when it opens with "he"."""
        if n not in self._subjects:
            text, start, end, mentions, spans = sentence
            self._subjects[n] = (
                self._reported_by(text, start, end, mentions)
                or _subject(text, start, end, mentions, _PRONOUN, spans)
                or self._role_holder(text, start, end)
            )
        return self._subjects[n]


class QuoteFinder:
    """Finds quotes and speakers in body paragraphs; holds the reporting verbs and the title
    words ("minister", "spokesman") that may stand, lower-cased, right before a speaker's name."""

    def __init__(self, reporting_verbs: frozenset[str], title_heads: frozenset[str]) -> None:
        self.verbs = reporting_verbs
        self.title_heads = title_heads
        # the reporting verbs as one regex, a trie alternation tried at word starts only: the
        # leading \b rejects a position inside a word in one step (it reads the character
        # before even where a scan starts); a word-by-word look-up costs a Python step a word
        whole_words = (verb for verb in reporting_verbs if _WORD.fullmatch(verb))
        self._verb_scan = re.compile(r"\b" + trie_alternation(whole_words) + r"\b")

    def find(
        self,
        headline: str | None,
        body: list[str],
        resolved: list[Resolved],
        roles: dict[str, list[str]],
    ) -> list[Quote]:
        """Quotes of the headline and body, in order, each with its speaker's canonical name
        (or None); `paragraph` is the body paragraph's index, -1 for the headline. `roles` maps
        people's names to their roles ("the minister said" finds the minister)."""
        texts = [(HEADLINE, headline)] if headline else []
        segments = [(i, t, _spans(i, t, self.verbs)) for i, t in [*texts, *enumerate(body)]]
        # sentences after the last quotation cannot change any quote or speaker: skip them
        quoted = [n for n, (_, _, spans) in enumerate(segments) if spans]
        if not quoted:
            return []
        cast = _Cast.of(resolved, roles)
        people = cast.people
        quotes: list[Quote] = []
        story = _Story(self._reported_by, partial(self._role_holder, cast=cast), people)
        previous: _Span | None = None
        guessed = False  # whether the last quote's speaker was guessed, not read off a verb
        for index, text, spans in segments[: quoted[-1] + 1]:
            mentions = cast.by_paragraph.get(index, [])
            if spans:
                mentions = [m for m in mentions if not _inside(m, spans)]
            bounds = _sentence_bounds(text, spans)
            low = text.lower() if spans else text
            told = 0  # sentences of the paragraph the story has read
            for span in spans:
                at = next((k for k, b in enumerate(bounds) if b[0] <= span.start <= b[1]), 0)
                sentence = bounds[at]
                # "Lind was asked about it. He replied, '...'": the sentences before the
                # quote's own are read first
                if at > told:
                    story.read(text, bounds[told:at], mentions, spans)
                    told = at
                speaker = self._speaker(text, low, span, sentence, mentions, story, cast, spans)
                if previous is not None and not previous.closed and span.leading and quotes:
                    # a quotation carried over paragraphs: one quote, attributed where it ends
                    quotes[-1].text = f"{quotes[-1].text} {span.text}".strip()
                    if speaker is not None and guessed:
                        quotes[-1].speaker, guessed = speaker, False
                        if speaker in people:
                            story.quoted(speaker)
                    previous = span
                    continue
                if speaker is None and previous is not None and previous.paragraph == index:
                    # '"...," Zhukov said. "We had to ..."': the same voice goes on
                    speaker = quotes[-1].speaker if quotes else None
                # '"...." The remarks by X came as ...': the next sentence names the source
                if speaker is None:
                    speaker = _remarks_by(text, bounds[at + 1 : at + 2], mentions)
                guess = speaker is None
                if guess:
                    speaker = _earlier_subject(text, bounds, span, mentions, spans)
                    speaker = (
                        speaker
                        or story.last_subject()
                        or self._named_later(text, bounds[at + 1 :], mentions)
                        or cast.protagonist()
                    )
                if _is_quote(span.text):
                    quotes.append(Quote(speaker, span.text, max(index, HEADLINE_PARAGRAPH)))
                    previous, guessed = span, guess
                    # "he added" next refers to the last person quoted; a headline quote's
                    # guessed speaker is no part of the story
                    if speaker in people and not (guess and index == HEADLINE):
                        story.quoted(speaker)
            story.read(text, bounds[told:], mentions, spans)
        for quote in _headline_echoes(quotes):
            quote.speaker = quote.speaker or None  # an unnamed source is no speaker
        return quotes

    def _verbs_within(
        self, text: str, low: str, start: int, end: int
    ) -> list[tuple[int, int, str]]:
        """The reporting verbs lying in `text[start:end]`: (start, end, lower-cased word), in
        order; `low` is the lower-cased text. Only the reach around a quote is scanned: the
        trie is tried at every letter, and the quotation itself is most of a paragraph."""
        if len(low) != len(text):  # lower-casing moved offsets ("İ"): look word by word
            words = ((w.start(), w.end(), w.group().lower()) for w in _WORD.finditer(text))
            return [w for w in words if start <= w[0] and w[1] <= end and w[2] in self.verbs]
        # one character past `end` is read so that a word cut there is no verb
        return [
            (m.start(), m.end(), m.group())
            for m in self._verb_scan.finditer(low, start, end + 1)
            if m.end() <= end
        ]

    def _speaker(
        self,
        text: str,
        low: str,
        span: _Span,
        sentence: tuple[int, int],
        mentions: list[Resolved],
        story: _Story,
        cast: _Cast,
        spans: list[_Span],
    ) -> str | None:
        """The speaker of the quotation `span` of `sentence`, one of its paragraph's
        quotations `spans`."""
        # the reporting verb of the sentence nearest the quote, outside it and within reach:
        # the last one before it or the first one after it (the one before on a tie)
        before_verbs = self._verbs_within(
            text, low, max(sentence[0], span.start - _VERB_REACH), span.start
        )
        after_verbs = self._verbs_within(
            text, low, span.end, min(sentence[1], span.end + _VERB_REACH)
        )
        if not before_verbs and not after_verbs and span is not spans[-1]:
            # 'Despite "...", a strike hit "...," the ministry said': the quotations of a
            # sentence share the verb that ends it, however long the later ones are
            last = max((s.end for s in spans if s.start < sentence[1]), default=span.end)
            after_verbs = self._verbs_within(text, low, last, min(sentence[1], last + _VERB_REACH))
        verb = _nearest(before_verbs, after_verbs, span)
        if verb is not None and verb[2] in _CREDITS:
            # "Lee told Kim that ... 'heinous attack', according to sources, Anadolu
            # reports": a credit names where the story came from, a verb who spoke
            before_verbs = [w for w in before_verbs if w[2] not in _CREDITS]
            after_verbs = [w for w in after_verbs if w[2] not in _CREDITS]
            verb = _nearest(before_verbs, after_verbs, span) or verb
        if verb is None:
            return None
        verb_start, verb_end, word = verb
        after = [m for m in mentions if verb_end <= m.start <= min(verb_end + 60, sentence[1])]
        before = [m for m in mentions if verb_start - _MAX_SUBJECT_GAP <= m.end <= verb_start]
        before = [m for m in before if m.start >= sentence[0] and not _bracketed(text, m)]
        gap_after = _TITLE_ABBREVIATION.sub("", text[verb_end : after[0].start] if after else "")
        lead = _last_word(text, sentence[0], verb_start).lower()
        if lead in _VERB_PRONOUNS:
            # "...," he said to reporters covering the X summit: "he", not X; "Lee outlined
            # the plan, which he described as ...": the subject of its own sentence first
            opener = _opening_person(text, sentence[0], verb_start, mentions)
            return opener if opener and verb_start < span.start else story.last_person()
        unnamed, role = _noun_phrases(text, sentence[0], verb_start)
        if (unnamed is not None and self._unnamed(unnamed.words)) or (
            lead in _SPEAKS_FOR and _possessed_title(text, sentence[0], verb_start)
        ):
            return _UNNAMED  # "an expert said", "Lee's spokesman said": sources not named
        # '"...," an aide told Reuters': who is told is no speaker; '"...", the premier said
        # after Lee left': a subject stands between the quote and its verb
        # a verb after "and" shares its sentence's subject ('... “ill-advised” and said
        # they were ...'): no inversion, whatever name follows
        coordinated = lead in _CONJUNCTIONS
        inverted_verb = (
            verb_start > span.end
            and not coordinated
            and word not in _ACCORDING  # "according to X": X is no partner
            and word not in _ADDRESSEE_VERBS
            and not (role is not None and role.start >= span.end)
        )
        if inverted_verb and not any(m.start >= span.end for m in before):
            # "...," said on Monday the spokeswoman of the Water Commission, Ana Vale: a role
            # may stand between an inverted verb and the name that ends its clause
            named = self._inverted_speaker(text, verb_end, sentence[1], mentions)
            if named is not None:
                return named
        # "..., said X" names the speaker; "..., the minister said, as quoted by X" does not
        if after and inverted_verb and not _GAP_BREAK.search(gap_after):
            inverted = not before or verb_start - span.end < 4
            unlinked = [m for m in after if not _object(text, m.start, _PARTNER_PREPOSITIONS)]
            people = [m for m in unlinked if m.type == PERSON]
            # "said the SPD politician": a name that qualifies a noun is not the speaker
            speakers = people or [m for m in unlinked if not _qualifies_noun(text, m)]
            if inverted and speakers:
                return speakers[0].name
        if word in _ACCORDING and after:
            return after[0].name
        if word.endswith("ing") and text[max(0, verb_start - 4) : verb_start] == " as ":
            # "He quoted Xi as saying ...", "Xi was quoted as saying ...": the one named before
            people = [m for m in before if m.type == PERSON]
            if people:
                return people[-1].name
        if word.endswith("ing") and before and not text[before[-1].end : verb_start].strip():
            # "denied the remarks of Lee saying ...": a name right before a participle is
            # its subject, the sentence's subject comes before a comma ("..., saying")
            return before[-1].name
        if word.endswith("ing") or coordinated:
            reported = partial(self._reported_by, text, *sentence, mentions)
            subject = partial(_subject, text, *sentence, mentions, _PRONOUN, [span])
            # "Alm, meeting Haddad, described it as ... and said": the subject of "and said"
            # is the sentence's, not the last name that is said to speak
            if coordinated:
                return story.person(subject()) or reported()
            return reported() or story.person(subject())
        aside = _before_aside(text, verb_start, mentions)  # "X, head of the Y, said"
        if aside is not None:
            return aside
        if role is not None and any(m.type == PERSON and m.start >= role.start for m in before):
            role = None  # "the President said", resolved already; "the envoy Ana Vale said"
        titled = role is not None and role.words[-1] in self.title_heads
        if role is not None and (not before or (titled and not _object(text, role.start))):
            named = _holder(role.words, cast.holders(), story.last_person())
            if named is not None:
                return named
            # "Referring to Lee's remark, the minister said": the names before the role
            # belong to another clause; a title holder not known by name is the last person
            before = [m for m in before if m.start >= role.start]
            if not before and titled:
                return story.last_person()
        if before:  # the subject: a person before any organization it acts on, not the
            # person a preposition makes its object ("X, in a meeting with Y, described")
            people = [m for m in before if m.type == PERSON]
            subjects = [m for m in people if not _object(text, m.start)]
            if people and not subjects:  # the sentence's subject, named further back
                head = story.person(_subject(text, *sentence, mentions, _PRONOUN, [span]))
                return head or people[-1].name
            return subjects[-1].name if subjects else before[-1].name
        return None

    def _role_holder(self, text: str, start: int, end: int, cast: _Cast) -> str | None:
        """Who a sentence opening with a role is about ("The minister thanked ..."): its
        holder, most named first."""
        if text[start : start + 5].lstrip()[:4] not in ("The ", "the "):  # most sentences
            return None
        words = text[start : min(end, start + _PHRASE_REACH)].split(maxsplit=_ROLE_WORDS + 1)
        for k, word in enumerate(words[1 : _ROLE_WORDS + 1], 1):
            if word.lower() in self.title_heads:
                return _holder([w.lower() for w in words[1 : k + 1]], cast.holders(), None)
        return None

    def _unnamed(self, words: list[str]) -> bool:
        """Whether an indefinite subject is a person: "a police spokesperson", "a senior
        official from the office" (its head before any preposition is a title or a source
        noun)."""
        cut = next((k for k, w in enumerate(words) if w in _PREPOSITIONS), len(words))
        return cut > 0 and (words[cut - 1] in self.title_heads or words[cut - 1] in _SOURCE_NOUNS)

    def _named_later(
        self, text: str, later: list[tuple[int, int]], mentions: list[Resolved]
    ) -> str | None:
        """The first person said to speak in the later sentences of a paragraph: a story's
        first speaker may be named only after the role ("Iran's foreign minister said ...
        . Mohammad Javad Zarif said he had held talks ...")."""
        return next(
            (n for start, end in later if (n := self._reported_by(text, start, end, mentions))),
            None,
        )

    @staticmethod
    def _inverted_speaker(text: str, start: int, end: int, mentions: list[Resolved]) -> str | None:
        """The first person named after an inverted reporting verb, in the same clause: not
        in a relative clause on the role that stands for the speaker ("..., declared the ruler,
        who attended the swearing-in of President X"), nor the verb's partner ("..., said the
        minister at a news conference with X")."""
        m = _first_person(mentions, start, end)
        if m is None or _object(text, m.start, _PARTNER_PREPOSITIONS):
            return None
        gap = _TITLE_ABBREVIATION.sub("", text[start : m.start])
        return None if _CLAUSE_BREAK.search(gap) or _RELATIVE_CLAUSE.search(gap) else m.name

    def _reported_by(self, text: str, start: int, end: int, mentions: list[Resolved]) -> str | None:
        """The first person of the sentence who is said to speak ("..., Singh said the PM
        ...", "..., said Karin, adding ..."): whoever the sentence begins with, the words are
        that person's. The first person may have an aside before the verb ("Lin Tao, head of
        the Water Bureau, said ... and Ann Lee said ..."): a later name in the aside may not."""
        first = True
        for m in mentions:
            if m.type != PERSON or not start <= m.start < end:
                continue
            follows = _NEXT_WORD.match(text, m.end, end)
            word = follows.group(1) if follows is not None else ""
            aside = (
                first and text.startswith(",", m.end) and self._verb_after_aside(text, m.end, end)
            )
            first = False
            if aside or word.lower() in self.verbs:
                return m.name
            # the name ends its clause, or a phrase of time or place ("said Ann Lee on Sunday")
            closes = text[m.end : m.end + 1] in ("", ",", ".", ";") or word in _ADVERBIAL_OPENERS
            if (
                closes
                and self._verb_before(text, max(start, m.start - _TITLE_REACH), m.start)
                and not _object(text, m.start, _PARTNER_PREPOSITIONS)
            ):
                return m.name
        return None

    def _verb_after_aside(self, text: str, comma: int, end: int) -> bool:
        """Whether a reporting verb follows the aside that opens with the comma at `comma`,
        right after a name ("Lin Tao, head of the Water Bureau, said")."""
        close = text.find(",", comma + 1, min(end, comma + _MAX_SUBJECT_GAP))
        follows = _NEXT_WORD.match(text, close + 1, end) if close > 0 else None
        return follows is not None and follows.group(1).lower() in self.verbs

    def _verb_before(self, text: str, start: int, end: int) -> bool:
        """Whether a reporting verb ends right before `end`, or only a title stands between
        ("..., said Housing and Local Government Minister Ann Lee.", "..., said planning
        minister Ann Lee"): an inverted attribution."""
        words = _WORD.findall(text, start, end)
        for k in range(len(words) - 1, max(-1, len(words) - 1 - _TITLE_WORDS), -1):
            if words[k].lower() in _ADDRESSEE_VERBS:  # "told Ann Lee": she listened
                return False
            if words[k].lower() in self.verbs:
                gap = words[k + 1 :]
                tail = text[text.rfind(words[k], start, end) + len(words[k]) : end]
                tail = _TITLE_ABBREVIATION.sub("", tail)  # "said Gov. Ellis Marr"
                titled = not gap or gap[-1][0].isupper() or gap[-1].lower() in self.title_heads
                return titled and not _GAP_BREAK.search(tail)
        return False


def _nearest(
    before: list[tuple[int, int, str]], after: list[tuple[int, int, str]], span: _Span
) -> tuple[int, int, str] | None:
    """The verb nearest a quote: the last one before it or the first one after it (the one
    before on a tie)."""
    if before and (not after or span.start - before[-1][1] <= after[0][0] - span.end):
        return before[-1]
    return after[0] if after else None


def _headline_echoes(quotes: list[Quote]) -> list[Quote]:
    """`quotes`, each headline quote attributed like the body quote it repeats: a headline
    quotes words of the story, whose body says who spoke them."""
    if not quotes or quotes[0].paragraph != HEADLINE_PARAGRAPH:
        return quotes
    words = [f" {' '.join(_WORD.findall(fold(q.text)))} " for q in quotes]
    body = [
        (w, q.speaker)
        for w, q in zip(words, quotes, strict=True)
        if q.paragraph != HEADLINE_PARAGRAPH and q.speaker
    ]
    for quote, said in zip(quotes, words, strict=False):
        if quote.paragraph != HEADLINE_PARAGRAPH:
            break
        quote.speaker = next((s for w, s in body if said in w), quote.speaker)
    return quotes


@dataclass(slots=True)
class _Phrase:
    """A noun phrase that ends right before a reporting verb."""

    start: int  # of its determiner
    words: list[str]  # lower-cased, the determiner left out


def _remarks_by(
    text: str, following: list[tuple[int, int]], mentions: list[Resolved]
) -> str | None:
    """The source that the sentence after a quote (`following`, one or none) names by opening
    with the quote's words as its subject: "The remarks by Finance Minister Ana Vale came as
    ...", "These comments from the ministry follow ..."."""
    if not following:
        return None
    start, end = following[0]
    match = _REMARKS_BY.match(text, start, end)
    if match is None:
        return None
    reach = match.end() + _TITLE_REACH
    m = next((m for m in mentions if match.end() <= m.start < reach), None)
    gap = _TITLE_ABBREVIATION.sub("", text[match.end() : m.start]) if m is not None else ""
    return m.name if m is not None and not _CLAUSE_BREAK.search(gap) else None


def _possessed_title(text: str, start: int, end: int) -> bool:
    """Whether one who speaks for someone, in that one's possessive, ends at `end`, a reporting
    verb, with no name after it ("Lee's spokesman said", "the ministry's chief spokeswoman
    told"): the story does not name the speaker. The caller has checked the last word (a
    spokesman, an aide); a holder of another title ("Turkey's foreign minister said") is named
    elsewhere."""
    window = text[max(start, end - _PHRASE_REACH) : end]
    cut = max(window.rfind("'s "), window.rfind("’s "))
    if cut < 0:
        return False
    return len(window[cut + 3 :].split()) <= _ROLE_WORDS and not _GAP_BREAK.search(window, cut)


def _noun_phrases(text: str, start: int, end: int) -> tuple[_Phrase | None, _Phrase | None]:
    """The noun phrases that end at `end` (a reporting verb) within reach, with no clause
    break: from the last indefinite article ("a senior official from the office") and from
    the last "the" when a role follows it ("the minister", "the Qatari minister"). Read with
    string searches on a short window: an end-anchored regex is tried at every position."""
    base = max(start, end - _PHRASE_REACH)
    window = f" {text[base:end].lower()}"
    indefinite = max(window.rfind(" a "), window.rfind(" an "), window.rfind(" one "))
    definite = window.rfind(" the ")
    phrases: list[_Phrase | None] = []
    for at, most in ((indefinite, _TITLE_WORDS), (definite, _ROLE_WORDS)):
        words = window[at:].split()[1:] if at >= 0 else []
        clean = 0 < len(words) <= most and not _GAP_BREAK.search(window, at)
        phrases.append(_Phrase(base + at, words) if clean else None)
    return phrases[0], phrases[1]


def _holder(words: list[str], holders: dict[str, list[str]], last_person: str | None) -> str | None:
    """Who "the [qualifiers] <role>" is: a holder of the role whose roles also hold the
    qualifiers ("the Qatari minister"), else of the role alone; the last person among them."""
    candidates = holders.get(words[-1], [])
    qualified = [c for c in candidates if all(c in holders.get(w, ()) for w in words[:-1])]
    candidates = qualified or candidates
    return last_person if last_person in candidates else next(iter(candidates), None)


def _opening_person(text: str, start: int, end: int, mentions: list[Resolved]) -> str | None:
    """The person a sentence opens with (only capitalised words before the name, no
    possessive after it): the subject a later "he" in the sentence goes back to."""
    m = _first_person(mentions, start, end)
    if m is None or any(w[0].islower() for w in _WORD.findall(text, start, m.start)):
        return None
    return None if text.startswith(POSSESSIVE, m.end) else m.name


def _first_person(mentions: list[Resolved], start: int, end: int) -> Resolved | None:
    """The first person mentioned in `text[start:end]`."""
    return next((m for m in mentions if m.type == PERSON and start <= m.start < end), None)


def _object(text: str, start: int, prepositions: frozenset[str] = _PREPOSITIONS) -> bool:
    """Whether the name at `start` (its title and capitalised words skipped) follows a
    preposition: "with Foreign Secretary Jack Straw"."""
    lead = _LOWER_BEFORE_NAME.search(text, max(0, start - _WORD_REACH * 3), start)
    return lead is not None and lead.group(1) in prepositions


def _before_aside(text: str, verb_start: int, mentions: list[Resolved]) -> str | None:
    """The person just before a comma-delimited aside that ends at the reporting verb ("Lin
    Tao, head of the Water Bureau, said"): the subject, not a name inside the aside."""
    head = text[:verb_start].rstrip()
    if not head.endswith(","):
        return None
    opening = head.rfind(",", 0, len(head) - 1)
    for m in mentions:
        if (
            m.type == PERSON
            and opening > 0
            and m.end <= opening
            and not text[m.end : opening].strip()
        ):
            return m.name
    return None


def _spans(index: int, text: str, verbs: frozenset[str]) -> list[_Span]:
    """Outer quotation spans of one paragraph."""
    if not _has_mark(text):
        return []
    spans: list[_Span] = []
    n = len(text)
    marks = _MARKS_AND_SINGLE if " '" in text or text.startswith("'") else _MARKS
    mark = _next_mark(text, 0, marks)
    while mark is not None:
        i, char = mark.start(), mark.group()
        closer = "”" if char == "”" and _opens(text, i) else _CLOSERS.get(char)
        ends_clause = char == '"' and _ends_clause(text, i)
        glued = char == '"' and i > 0 and text[i - 1].isalnum()  # most follow a space
        if closer is None or ends_clause or (glued and _glued_closer(text, i, verbs)):
            if (char in _ORPHAN_CLOSERS or ends_clause) and not spans:
                start = _orphan_start(text[:i], verbs)
                spans.append(_Span(index, start, i, text[start:i].strip(), True, False))
            mark = _next_mark(text, i + 1, marks)
            continue
        if char in "‘'":
            closing = (_SINGLE_CLOSER if char == "‘" else _STRAIGHT_CLOSER).search(text, i + 1)
            if closing is None and char == "'":  # an apostrophe after all ("'90s")
                mark = _next_mark(text, i + 1, marks)
                continue
            end = closing.start() if closing else -1
        else:
            end = text.find(closer, i + 1)
            if end < 0 and char == "“":  # closed with the opening mark again ('notified,“ he')
                slip = _OPENER_AS_CLOSER.search(text, i + 1)
                end = slip.start() if slip else -1
        if end < 0:  # no closing mark: the quote ends where "..., said X" begins, if it does
            end = _unmarked_end(text, i + 1, verbs)
        closed = end >= 0
        end = end if closed else n
        # a straight mark after a space and before a word opens the next quotation: this
        # one was left open ('... landscape. "I wish ...')
        reopens = (
            char == '"' and closed and end < n - 1 and text[end - 1] == " " and _opens(text, end)
        )
        body = text[i + 1 : end].strip()
        leading = not text[:i].strip()
        spans.append(_Span(index, i + 1, end, body, closed, leading))
        mark = _next_mark(text, end if reopens else end + 1, marks)
    return spans


def _glued_closer(text: str, i: int, verbs: frozenset[str]) -> bool:
    """Whether a straight mark right after a word (`text[i - 1]` is a letter or digit)
    closes a quotation (or is an inch mark) rather than opens one. A dropped space glues an
    opening mark to the word before it; it still opens before a letter ('said Iran"sees ...')
    or after a reporting verb ('went on to say" The ...')."""
    if text[i - 1].isalpha() and _is_word_char(text, i + 1):
        return False
    return _last_word(text, max(0, i - _WORD_REACH), i).lower() not in verbs


def _opens(text: str, i: int) -> bool:
    """Whether the mark at `i` stands where a quotation opens: after a space or the start,
    before a word. Some styles (Swedish, Finnish, wire copy converted from „...“) open with
    the closing mark ” too."""
    return (i == 0 or text[i - 1].isspace()) and _is_word_char(text, i + 1)


def _ends_clause(text: str, i: int) -> bool:
    """Whether the straight mark at `i` closes a clause: after its punctuation, before a space
    or the end, and the last of its paragraph ('... join the EU," remarked Gul.'); a mark
    that another one follows opens a pair, however spaced ('... deal." It is one more ...",')."""
    after_clause = i > 0 and text[i - 1] in ",.!?"
    return after_clause and not text[i + 1 : i + 2].strip() and '"' not in text[i + 1 :]


def _has_mark(text: str) -> bool:
    """Whether `text` holds a quotation mark (`_MARKS`, or a straight single mark that may
    open a quotation). Most paragraphs hold none, and these C substring tests cost a fraction
    of the regex scan."""
    return (
        '"' in text
        or "“" in text
        or "”" in text
        or "‘" in text
        or "«" in text
        or "»" in text
        or "„" in text
        or " '" in text  # an apostrophe ("Putin's") follows a letter
        or text.startswith("'")
    )


def _next_mark(text: str, start: int, marks: re.Pattern[str]) -> re.Match[str] | None:
    """The next quotation mark from `start`; a single opening mark right after a letter is not
    one (an apostrophe, or the ayn of "Ma‘arrat"), nor a straight one before no letter.
    Headlines quote in single marks, and so do some agencies' bodies ("is 'ashakta'")."""
    mark = marks.search(text, start)
    while mark is not None and _apostrophe(text, mark.start(), mark.group()):
        mark = marks.search(text, mark.start() + 1)
    return mark


def _apostrophe(text: str, i: int, char: str) -> bool:
    """Whether the single mark at `i` is an apostrophe or a letter, not an opening mark."""
    if char == "‘":
        return _is_word_char(text, i - 1)
    return char == "'" and (_is_word_char(text, i - 1) or not _is_word_char(text, i + 1))


def _is_word_char(text: str, index: int) -> bool:
    """Whether `text[index]` is a regex word character (`\\w`); False outside the text."""
    return 0 <= index < len(text) and (text[index].isalnum() or text[index] == "_")


def _last_word(text: str, start: int, end: int) -> str:
    """The last word of `text[start:end]` ("" when there is none). Read from the reversed
    text: a regex anchored at the end would be tried from every position of the sentence, and
    a backward loop costs a Python step per character."""
    return _FIRST_WORD.match(text[start:end][::-1]).group(1)[::-1]  # type: ignore[union-attr]


def _unmarked_end(text: str, start: int, verbs: frozenset[str]) -> int:
    """Where a quotation whose closing mark was left out ends: at the comma of an inverted
    attribution ("... its news source, said Health Minister Ana Vale on Twitter."), else -1."""
    for match in _INVERTED_CLAUSE.finditer(text, start):
        if match.group(1).lower() in verbs:
            return match.start()
    return -1


def _orphan_start(before: str, verbs: frozenset[str]) -> int:
    """Where a quote closed without an opening mark starts: after the first "<reporting verb>
    that" of its sentence, else at the sentence start."""
    sentence_start = max((m.end() for m in _SENTENCE_END.finditer(before)), default=0)
    for match in _THAT_CLAUSE.finditer(before, sentence_start):
        if match.group(1).lower() in verbs:
            return match.end() + 1
    return sentence_start


def _is_quote(text: str) -> bool:
    """Not a quote: empty marks, or a capitalised name or title in quotes ("'Silver Lotus'")."""
    words = text.split(maxsplit=4)  # five pieces tell it is long: no need to split it all
    if not words:
        return False
    return not (len(words) <= 4 and all(w[0].isupper() for w in words if w[0].isalpha()))


def _inside(mention: Resolved, spans: list[_Span]) -> bool:
    return any(s.start <= mention.start < s.end for s in spans)


def _sentence_bounds(text: str, spans: list[_Span]) -> list[tuple[int, int]]:
    """Sentence spans of a paragraph, never cut inside a quotation."""
    bounds, start = [], 0
    ends = _SENTENCE_END if "!" in text or "?" in text else _FULL_STOP
    for match in ends.finditer(text):
        cut = match.end()
        inside = spans and any(s.start < cut <= s.end for s in spans)  # most have none
        stop = match.start()
        if inside or _ABBREVIATION.search(text, max(0, stop - 4), stop):
            continue
        bounds.append((start, cut))
        start = cut
    bounds.append((start, len(text)))
    return bounds


def _subject(
    text: str,
    start: int,
    end: int,
    mentions: list[Resolved],
    last_subject: _Antecedent,
    spans: list[_Span],
) -> str | _Antecedent | None:
    """The subject of a sentence: a leading "he"/"she", else a person or organization named
    among its first words (outside quotations)."""
    quoted: list[_Span] = []
    if spans:
        # the subject comes before any quotation of its sentence
        end = min((s.start for s in spans if start <= s.start < end), default=end)
        quoted = [s for s in spans if s.start < end and s.end > start]
    found: Iterator[re.Match[str]] = _WORD.finditer(text, start, end)
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
    if first is not None and first.group().lower() in _PRONOUNS:
        return last_subject
    # a name in the possessive is not the subject ("Lee's remark drew ..."), nor one in
    # parentheses: an agency's credit ("WASHINGTON (Reuters) - A Pentagon agency ...")
    named = [m for m in mentions if start <= m.start <= end]
    named = (
        [m for m in named if not _possessive(text, m) and not _bracketed(text, m)]
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
    if not lowered.endswith("ing") or lowered in _ACCORDING:
        return False
    follows = _NEXT_WORD.match(text, word.end())
    return follows is not None and follows.group(1).islower()


def _qualifies_noun(text: str, mention: Resolved) -> bool:
    """Whether a name stands between "the" and a lower-case noun it qualifies ("the SPD
    politician", "the BJP leader")."""
    follows = _NEXT_WORD.match(text, mention.end)
    before = text[max(0, mention.start - 4) : mention.start].lower()
    if before != "the " or follows is None:
        return False
    # "said the Foreign Ministry in a statement": a preposition after a name is no noun
    word = follows.group(1)
    return word.islower() and word not in _PREPOSITIONS and word not in _ADVERBIAL_OPENERS


def _bracketed(text: str, mention: Resolved) -> bool:
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


def _earlier_subject(
    text: str,
    bounds: list[tuple[int, int]],
    span: _Span,
    mentions: list[Resolved],
    spans: list[_Span],
) -> str | None:
    """The subject of the last sentence before the quote in its paragraph, if any."""
    subject = None
    for start, end in bounds:
        if start >= span.start:
            break
        subject = _subject(text, start, end, mentions, subject, spans) or subject
    return subject
