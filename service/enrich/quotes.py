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

from functools import partial

from service.enrich.cast import Cast
from service.enrich.entities import Resolved
from service.enrich.folding import fold
from service.enrich.mention import HEADLINE, PERSON
from service.enrich.model import Quote
from service.enrich.quote_marks import is_quote, last_word, quote_spans
from service.enrich.quote_span import Span, inside
from service.enrich.reporting import (
    ADDRESSEE_VERBS,
    CONJUNCTIONS,
    CREDITS,
    GAP_BREAK,
    MAX_SUBJECT_GAP,
    PARTNER_PREPOSITIONS,
    SPEAKS_FOR,
    TITLE_ABBREVIATION,
    VERB_PRONOUNS,
    before_aside,
    holder,
    inverted_speaker,
    is_object,
    nearest,
    noun_phrases,
    possessed_title,
    qualifies_noun,
    remarks_by,
)
from service.enrich.reporting_verbs import ReportingVerbs
from service.enrich.sentence_bounds import sentence_bounds
from service.enrich.story import Story
from service.enrich.subjects import (
    ACCORDING,
    PRONOUN,
    WORD,
    bracketed,
    earlier_subject,
    opening_person,
    sentence_subject,
)

HEADLINE_PARAGRAPH = -1
# the speaker of a quote whose source the story leaves unnamed ("a police spokesperson said");
# reported as no speaker, and never replaced by a guess
_UNNAMED = ""
_VERB_REACH = 200  # characters around a quote searched for its reporting verb


class QuoteFinder:
    """Finds quotes and speakers in body paragraphs, given the reporting verbs and the title
    words ("minister", "spokesman") that may stand, lower-cased, right before a speaker's name."""

    def __init__(self, reporting_verbs: frozenset[str], title_heads: frozenset[str]) -> None:
        self._reporting = ReportingVerbs(reporting_verbs, title_heads)

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
        segments = [
            (i, t, quote_spans(i, t, self._reporting.verbs)) for i, t in [*texts, *enumerate(body)]
        ]
        # sentences after the last quotation cannot change any quote or speaker: skip them
        quoted = [n for n, (_, _, spans) in enumerate(segments) if spans]
        if not quoted:
            return []
        cast = Cast.of(resolved, roles)
        people = cast.people
        quotes: list[Quote] = []
        story = Story(
            self._reporting.reported_by, partial(self._reporting.role_holder, cast=cast), people
        )
        previous: Span | None = None
        guessed = False  # whether the last quote's speaker was guessed, not read off a verb
        for index, text, spans in segments[: quoted[-1] + 1]:
            mentions = cast.by_paragraph.get(index, [])
            if spans:
                mentions = [m for m in mentions if not inside(m, spans)]
            bounds = sentence_bounds(text, spans)
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
                    speaker = remarks_by(text, bounds[at + 1 : at + 2], mentions)
                guess = speaker is None
                if guess:
                    speaker = earlier_subject(text, bounds, span, mentions, spans)
                    speaker = (
                        speaker
                        or story.last_subject()
                        or self._reporting.named_later(text, bounds[at + 1 :], mentions)
                        or cast.protagonist()
                    )
                if is_quote(span.text):
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

    def _speaker(
        self,
        text: str,
        low: str,
        span: Span,
        sentence: tuple[int, int],
        mentions: list[Resolved],
        story: Story,
        cast: Cast,
        spans: list[Span],
    ) -> str | None:
        """The speaker of the quotation `span` of `sentence`, one of its paragraph's
        quotations `spans`."""
        # the reporting verb of the sentence nearest the quote, outside it and within reach:
        # the last one before it or the first one after it (the one before on a tie)
        before_verbs = self._reporting.verbs_within(
            text, low, max(sentence[0], span.start - _VERB_REACH), span.start
        )
        after_verbs = self._reporting.verbs_within(
            text, low, span.end, min(sentence[1], span.end + _VERB_REACH)
        )
        if not before_verbs and not after_verbs and span is not spans[-1]:
            # 'Despite "...", a strike hit "...," the ministry said': the quotations of a
            # sentence share the verb that ends it, however long the later ones are
            last = max((s.end for s in spans if s.start < sentence[1]), default=span.end)
            after_verbs = self._reporting.verbs_within(
                text, low, last, min(sentence[1], last + _VERB_REACH)
            )
        verb = nearest(before_verbs, after_verbs, span)
        if verb is not None and verb[2] in CREDITS:
            # "Lee told Kim that ... 'heinous attack', according to sources, Anadolu
            # reports": a credit names where the story came from, a verb who spoke
            before_verbs = [w for w in before_verbs if w[2] not in CREDITS]
            after_verbs = [w for w in after_verbs if w[2] not in CREDITS]
            verb = nearest(before_verbs, after_verbs, span) or verb
        if verb is None:
            return None
        verb_start, verb_end, word = verb
        after = [m for m in mentions if verb_end <= m.start <= min(verb_end + 60, sentence[1])]
        before = [m for m in mentions if verb_start - MAX_SUBJECT_GAP <= m.end <= verb_start]
        before = [m for m in before if m.start >= sentence[0] and not bracketed(text, m)]
        gap_after = TITLE_ABBREVIATION.sub("", text[verb_end : after[0].start] if after else "")
        lead = last_word(text, sentence[0], verb_start).lower()
        if lead in VERB_PRONOUNS:
            # "...," he said to reporters covering the X summit: "he", not X; "Lee outlined
            # the plan, which he described as ...": the subject of its own sentence first
            opener = opening_person(text, sentence[0], verb_start, mentions)
            return opener if opener and verb_start < span.start else story.last_person()
        unnamed, role = noun_phrases(text, sentence[0], verb_start)
        if (unnamed is not None and self._reporting.unnamed(unnamed.words)) or (
            lead in SPEAKS_FOR and possessed_title(text, sentence[0], verb_start)
        ):
            return _UNNAMED  # "an expert said", "Lee's spokesman said": sources not named
        # '"...," an aide told Reuters': who is told is no speaker; '"...", the premier said
        # after Lee left': a subject stands between the quote and its verb
        # a verb after "and" shares its sentence's subject ('... “ill-advised” and said
        # they were ...'): no inversion, whatever name follows
        coordinated = lead in CONJUNCTIONS
        inverted_verb = (
            verb_start > span.end
            and not coordinated
            and word not in ACCORDING  # "according to X": X is no partner
            and word not in ADDRESSEE_VERBS
            and not (role is not None and role.start >= span.end)
        )
        if inverted_verb and not any(m.start >= span.end for m in before):
            # "...," said on Monday the spokeswoman of the Water Commission, Ana Vale: a role
            # may stand between an inverted verb and the name that ends its clause
            named = inverted_speaker(text, verb_end, sentence[1], mentions)
            if named is not None:
                return named
        # "..., said X" names the speaker; "..., the minister said, as quoted by X" does not
        if after and inverted_verb and not GAP_BREAK.search(gap_after):
            inverted = not before or verb_start - span.end < 4
            unlinked = [m for m in after if not is_object(text, m.start, PARTNER_PREPOSITIONS)]
            people = [m for m in unlinked if m.type == PERSON]
            # "said the SPD politician": a name that qualifies a noun is not the speaker
            speakers = people or [m for m in unlinked if not qualifies_noun(text, m)]
            if inverted and speakers:
                return speakers[0].name
        if word in ACCORDING and after:
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
            reported = partial(self._reporting.reported_by, text, *sentence, mentions)
            subject = partial(sentence_subject, text, *sentence, mentions, PRONOUN, [span])
            # "Alm, meeting Haddad, described it as ... and said": the subject of "and said"
            # is the sentence's, not the last name that is said to speak
            if coordinated:
                return story.person(subject()) or reported()
            return reported() or story.person(subject())
        aside = before_aside(text, verb_start, mentions)  # "X, head of the Y, said"
        if aside is not None:
            return aside
        if role is not None and any(m.type == PERSON and m.start >= role.start for m in before):
            role = None  # "the President said", resolved already; "the envoy Ana Vale said"
        titled = role is not None and role.words[-1] in self._reporting.title_heads
        if role is not None and (not before or (titled and not is_object(text, role.start))):
            named = holder(role.words, cast.holders(), story.last_person())
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
            subjects = [m for m in people if not is_object(text, m.start)]
            if people and not subjects:  # the sentence's subject, named further back
                head = story.person(sentence_subject(text, *sentence, mentions, PRONOUN, [span]))
                return head or people[-1].name
            return subjects[-1].name if subjects else before[-1].name
        return None


def _headline_echoes(quotes: list[Quote]) -> list[Quote]:
    """`quotes`, each headline quote attributed like the body quote it repeats: a headline
    quotes words of the story, whose body says who spoke them."""
    if not quotes or quotes[0].paragraph != HEADLINE_PARAGRAPH:
        return quotes
    words = [f" {' '.join(WORD.findall(fold(q.text)))} " for q in quotes]
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
