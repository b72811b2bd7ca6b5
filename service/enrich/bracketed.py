"""What brackets say about the names before them: an acronym the words spell ("the Pacific Rim
Fisheries Council (PRFC)"), another name of an organization ("People's Harmony Party (PHP)"), a
stock ticker after a company ("Norland Power (NPW.OL)")."""

from __future__ import annotations

import re

from service.enrich.acronyms import DEFINED, expansion
from service.enrich.mention import (
    LOCATION,
    NATIONALITY,
    ORGANIZATION,
    OTHER,
    ROLE,
    Mention,
    by_start,
)
from service.enrich.name_words import ACRONYM, NameWords
from service.enrich.tokens import POSSESSIVE

# a stock ticker in brackets: "(GE.N)", "(7011.T)", "(SIEGn.DE)"
_TICKER = re.compile(r"\(\s*[A-Z0-9]{1,6}[a-z]?\.[A-Z]{1,3}\s*\)")


def defined_acronyms(
    text: str, mentions: list[Mention], segment: int, vocab: NameWords
) -> list[Mention]:
    """ "the Pacific Rim Fisheries Council (PRFC)": the words the bracketed acronym spells
    are one organization, whatever their shape made of them, and the acronym another of its
    names. A place ("United Arab Emirates (UAE)"), a role ("Chief Executive Officer (CEO)")
    or a no-entity label ("Annual Report (AR)") spelt out keeps its own reading."""
    for match in DEFINED.finditer(text):
        span = expansion(text, match.start(), match.group(1), vocab.acronym_joiners)
        if span is None:
            continue
        start, end = span
        if text.endswith(POSSESSIVE, start, end):  # "Nationalist Congress Party’s (NCP)"
            end -= 2
        inside = [m for m in mentions if m.start < end and m.end > start]
        covering = [m for m in inside if m.start <= start and m.end >= end]
        if any(m.kind in (LOCATION, ROLE, OTHER) for m in covering) or not inside:
            continue
        name = Mention(text[start:end], ORGANIZATION, segment, start, end)
        acronym = next((m for m in mentions if m.start == match.start(1)), None)
        acronym = acronym or Mention(match.group(1), ORGANIZATION, segment, *match.span(1))
        acronym.kind, acronym.alias_of, acronym.canonical = ORGANIZATION, name.surface, None
        lead = [_leading_nationality(vocab, text, m, start) for m in inside if m.start < start]
        kept = [m for m in mentions if m not in inside and m is not acronym]
        mentions = sorted([*kept, *filter(None, lead), name, acronym], key=by_start)
    return mentions


def _leading_nationality(
    vocab: NameWords, text: str, mention: Mention, start: int
) -> Mention | None:
    """ "Lebanese" of "Lebanese National News Agency (NNA)", which spells only the rest."""
    word = text[mention.start : start].strip()
    if vocab.demonym(word) is None:
        return None
    return Mention(word, NATIONALITY, mention.segment, mention.start, mention.start + len(word))


def mark_bracketed_alias(bracket: int, pieces: list[Mention], previous: list[Mention]) -> None:
    """`People's Harmony Party (PHP)`: the bracketed acronym (its bracket at `bracket`) is
    another name of what it follows (and names nothing when that is not an organization:
    "... Report (CFMR)")."""
    if (
        len(pieces) == 1
        and pieces[0].kind == ORGANIZATION
        and ACRONYM.match(pieces[0].surface)
        and previous
        and previous[-1].end + 3 >= bracket
    ):
        if previous[-1].kind == ORGANIZATION:
            pieces[0].alias_of = previous[-1].canonical or previous[-1].surface
        elif previous[-1].kind == OTHER:
            pieces[0].kind = OTHER


def listed_companies(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Norland Power (NPW.OL)": a name before a stock ticker in brackets is a company
    (whatever its words look like: "General Electric"), and the ticker names nothing."""
    for ticker in _TICKER.finditer(text):
        inside = range(ticker.start(), ticker.end())
        mentions = [m for m in mentions if m.start not in inside]
        name: list[Mention] = []  # the pieces the rules cut the name into ("General", ...)
        end = ticker.start()
        for m in reversed(mentions):
            if m.end > end:
                continue
            if text[m.end : end].strip(" '’s" if not name else " ") != "":
                break
            name.insert(0, m)
            end = m.start
        if name:
            surface, start = " ".join(m.surface for m in name), name[0].start
            lead = text[:start].rstrip()
            if name[0].role and lead.endswith(name[0].role):  # "General" of "General Electric"
                surface, start = f"{name[0].role} {surface}", len(lead) - len(name[0].role)
            company = Mention(surface, ORGANIZATION, name[0].segment, start, name[-1].end)
            mentions = sorted([*(m for m in mentions if m not in name), company], key=by_start)
    return mentions
