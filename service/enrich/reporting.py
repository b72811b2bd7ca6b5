"""Reading a reporting clause: the verb nearest a quote, the noun phrase or role before it,
the name after an inverted verb, and the word lists that tell a speaker from the one spoken to,
a source left unnamed or an agency credited."""

from __future__ import annotations

import re
from dataclasses import dataclass

from service.enrich.entities import Resolved
from service.enrich.mention import PERSON
from service.enrich.quote_marks import WORD_REACH
from service.enrich.quote_span import Span
from service.enrich.subjects import ACCORDING, NEXT_WORD, PRONOUNS, first_person

# "he"/"she" right before a reporting verb, where French puts them too ("a-t-il souligné"); not
# as a sentence's first word, where Italian "il" is an article
VERB_PRONOUNS = PRONOUNS | {"il", "elle"}
# reporting verbs whose object is the one spoken to or about, never the speaker ("told Lee")
ADDRESSEE_VERBS = frozenset(
    (
        *("told", "tell", "tells", "telling", "asked", "urged", "warned"),
        *("described", "describes", "describing", "called", "calls", "calling"),
    )
)
CONJUNCTIONS = frozenset(("and", "but"))
# words that open a phrase of time or place after a speaker's name ("said Ann Lee on Sunday")
ADVERBIAL_OPENERS = frozenset(("on", "in", "at", "during", "after", "before", "while", "today"))
PREPOSITIONS = frozenset(("with", "to", "by", "from", "for", "against", "and", "of"))
# those of them (and their Spanish and French kin) that no title holds: "said at a meeting
# with Prime Minister Ann Lee" is no inverted attribution, "said Housing and Local Government
# Minister Ann Lee" is
PARTNER_PREPOSITIONS = frozenset(
    ("with", "to", "by", "from", "against", "con", "ante", "contra", "avec", "contre")
)
# an indefinite noun phrase right before a reporting verb ("a senior official from the office",
# "an expert"): a title or one of these nouns as its head makes it a person
SOURCE_NOUNS = frozenset(("expert", "source", "diplomat", "analyst", "aide", "officer", "witness"))
# who speaks for the one whose possessive they follow ("Lee's spokesman")
SPEAKS_FOR = SOURCE_NOUNS | {"spokesman", "spokeswoman", "spokesperson", "spokesmen"}
# the last lower-case word before a run of capitalised words ending where a name starts
_LOWER_BEFORE_NAME = re.compile(r"\b([a-z]+)\s+(?:(?:the|a|an)\s+)?(?:[A-Z][\w.'’-]*\s+)*$")
# verbs that credit a source rather than report a speaker ("Yonhap quoted Yoon as saying")
CREDITS = ACCORDING | {"quoted", "citing", "cited"}
MAX_SUBJECT_GAP = 120  # characters between a subject and its verb
TITLE_REACH = 80  # characters searched for a reporting verb before a title and name
TITLE_WORDS = 8  # words a title between an inverted reporting verb and a name may hold
GAP_BREAK = re.compile(r"[,.;:()“”\"«»]|\bthat\b")  # a title holds no clause break
_CLAUSE_BREAK = re.compile(r"[.;:!?“”\"«»]")  # where an inverted attribution clause ends
_RELATIVE_CLAUSE = re.compile(r",\s+(?:who|whose|which|quien|quienes|qui|que|cuyo|cuya)\b")
TITLE_ABBREVIATION = re.compile(r"\b[A-Z][a-z]{0,3}\.")  # "said Gov. Ellis Marr", "M. Camara"
# "the minister", "the Kazakh State Counselor": a title after up to three qualifiers
ROLE_WORDS = 4
# a sentence opening with a quote's words as its subject, their source next ("The remarks by")
_REMARKS_BY = re.compile(
    r"\s*(?:The|These|Those)\s+(?:\w+\s+)?"
    r"(?:remarks?|comments?|words|statements?|warnings?|message)\s+(?:by|from|of)\s+"
)
PHRASE_REACH = 80  # characters before a reporting verb searched for a noun phrase


def nearest(
    before: list[tuple[int, int, str]], after: list[tuple[int, int, str]], span: Span
) -> tuple[int, int, str] | None:
    """The verb nearest a quote: the last one before it or the first one after it (the one
    before on a tie)."""
    if before and (not after or span.start - before[-1][1] <= after[0][0] - span.end):
        return before[-1]
    return after[0] if after else None


@dataclass(slots=True)
class _Phrase:
    """A noun phrase that ends right before a reporting verb."""

    start: int  # of its determiner
    words: list[str]  # lower-cased, the determiner left out


def remarks_by(text: str, following: list[tuple[int, int]], mentions: list[Resolved]) -> str | None:
    """The source that the sentence after a quote (`following`, one or none) names by opening
    with the quote's words as its subject: "The remarks by Finance Minister Ana Vale came as
    ...", "These comments from the ministry follow ..."."""
    if not following:
        return None
    start, end = following[0]
    match = _REMARKS_BY.match(text, start, end)
    if match is None:
        return None
    reach = match.end() + TITLE_REACH
    m = next((m for m in mentions if match.end() <= m.start < reach), None)
    gap = TITLE_ABBREVIATION.sub("", text[match.end() : m.start]) if m is not None else ""
    return m.name if m is not None and not _CLAUSE_BREAK.search(gap) else None


def possessed_title(text: str, start: int, end: int) -> bool:
    """Whether one who speaks for someone, in that one's possessive, ends at `end`, a reporting
    verb, with no name after it ("Lee's spokesman said", "the ministry's chief spokeswoman
    told"): the story does not name the speaker. The caller has checked the last word (a
    spokesman, an aide); a holder of another title ("Turkey's foreign minister said") is named
    elsewhere."""
    window = text[max(start, end - PHRASE_REACH) : end]
    cut = max(window.rfind("'s "), window.rfind("’s "))
    if cut < 0:
        return False
    return len(window[cut + 3 :].split()) <= ROLE_WORDS and not GAP_BREAK.search(window, cut)


def noun_phrases(text: str, start: int, end: int) -> tuple[_Phrase | None, _Phrase | None]:
    """The noun phrases that end at `end` (a reporting verb) within reach, with no clause
    break: from the last indefinite article ("a senior official from the office") and from
    the last "the" when a role follows it ("the minister", "the Qatari minister"). Read with
    string searches on a short window: an end-anchored regex is tried at every position."""
    base = max(start, end - PHRASE_REACH)
    window = f" {text[base:end].lower()}"
    indefinite = max(window.rfind(" a "), window.rfind(" an "), window.rfind(" one "))
    definite = window.rfind(" the ")
    phrases: list[_Phrase | None] = []
    for at, most in ((indefinite, TITLE_WORDS), (definite, ROLE_WORDS)):
        words = window[at:].split()[1:] if at >= 0 else []
        clean = 0 < len(words) <= most and not GAP_BREAK.search(window, at)
        phrases.append(_Phrase(base + at, words) if clean else None)
    return phrases[0], phrases[1]


def holder(words: list[str], holders: dict[str, list[str]], last_person: str | None) -> str | None:
    """Who "the [qualifiers] <role>" is: a holder of the role whose roles also hold the
    qualifiers ("the Qatari minister"), else of the role alone; the last person among them."""
    candidates = holders.get(words[-1], [])
    qualified = [c for c in candidates if all(c in holders.get(w, ()) for w in words[:-1])]
    candidates = qualified or candidates
    return last_person if last_person in candidates else next(iter(candidates), None)


def is_object(text: str, start: int, prepositions: frozenset[str] = PREPOSITIONS) -> bool:
    """Whether the name at `start` (its title and capitalised words skipped) follows a
    preposition: "with Foreign Secretary Jack Straw"."""
    lead = _LOWER_BEFORE_NAME.search(text, max(0, start - WORD_REACH * 3), start)
    return lead is not None and lead.group(1) in prepositions


def before_aside(text: str, verb_start: int, mentions: list[Resolved]) -> str | None:
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


def qualifies_noun(text: str, mention: Resolved) -> bool:
    """Whether a name stands between "the" and a lower-case noun it qualifies ("the SPD
    politician", "the BJP leader")."""
    follows = NEXT_WORD.match(text, mention.end)
    before = text[max(0, mention.start - 4) : mention.start].lower()
    if before != "the " or follows is None:
        return False
    # "said the Foreign Ministry in a statement": a preposition after a name is no noun
    word = follows.group(1)
    return word.islower() and word not in PREPOSITIONS and word not in ADVERBIAL_OPENERS


def inverted_speaker(text: str, start: int, end: int, mentions: list[Resolved]) -> str | None:
    """The first person named after an inverted reporting verb, in the same clause: not
    in a relative clause on the role that stands for the speaker ("..., declared the ruler,
    who attended the swearing-in of President X"), nor the verb's partner ("..., said the
    minister at a news conference with X")."""
    m = first_person(mentions, start, end)
    if m is None or is_object(text, m.start, PARTNER_PREPOSITIONS):
        return None
    gap = TITLE_ABBREVIATION.sub("", text[start : m.start])
    return None if _CLAUSE_BREAK.search(gap) or _RELATIVE_CLAUSE.search(gap) else m.name
