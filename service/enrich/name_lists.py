"""Coordinated names ("A, B, C and D"): what one member of a list is tells what the others are."""

from __future__ import annotations

import re
from itertools import pairwise

from service.enrich.mention import LOCATION, ORGANIZATION, PERSON, UNKNOWN, Mention
from service.enrich.regions import CONTEXT_AFTER

# commas and "and" join a list, in the languages of the wires too ("et", "y", "und")
_LIST_GLUE = re.compile(r"\s*(?:,|,?\s+(?:and|et|y|und)|&)\s*")
# "counties of" before a list: searched in the text before it, from word starts only and with no
# backtracking into the word (the same match, several times faster)
_LAST_NOUN = re.compile(r"(?<!\w)(\w++)(?:\s+of(?:\s+the)?)?\s*[,:]?\s*$")
_FIRST_WORD = re.compile(r"\s*(\w+)")  # "districts" after a list


def lists(text: str, mentions: list[Mention]) -> list[list[Mention]]:
    """Runs of two or more mentions joined by commas and "and" ("A, B, C and D")."""
    lists = []
    group = mentions[:1]
    for previous, mention in pairwise(mentions):
        if _LIST_GLUE.fullmatch(text, previous.end, mention.start) is not None:
            group.append(mention)
            continue
        if len(group) >= 2:
            lists.append(group)
        group = [mention]
    if len(group) >= 2:
        lists.append(group)
    return lists


def coordinated_people(lists: list[list[Mention]]) -> None:
    """In a list of three or more names of which one is a person and none an organization
    ("Alvarez, Bruno Costa, Duarte and Ferreira"), lone unknown names are people too."""
    for group in lists:
        kinds = {m.kind for m in group}
        if len(group) > 2 and PERSON in kinds and ORGANIZATION not in kinds:
            for member in group:
                if member.kind == UNKNOWN and " " not in member.surface:
                    member.kind = PERSON


def coordinated_places(text: str, lists: list[list[Mention]], locatives: frozenset[str]) -> None:
    """A list of names led or followed by a kind of place ("the counties of A, B and C", "A,
    B and C districts"), or half of whose names are known places, lists places: its names
    read as people by their shape alone are places."""
    for group in lists:
        # the cheap tests first: the nouns around a list are read only when they decide
        if any(m.kind == PERSON and not m.by_shape for m in group):
            continue
        known = len(group) > 2 and sum(m.kind == LOCATION for m in group) * 2 >= len(group)
        if not known and not _named_as_places(text, group, locatives):
            continue
        for member in group:
            if member.kind == UNKNOWN or member.by_shape:
                member.kind, member.by_shape = LOCATION, False


def _named_as_places(text: str, group: list[Mention], locatives: frozenset[str]) -> bool:
    """Whether a kind of place leads or follows a list ("the counties of A, B and C", "A, B
    and C districts")."""
    before = _LAST_NOUN.search(text[max(0, group[0].start - CONTEXT_AFTER) : group[0].start])
    after = _FIRST_WORD.match(text, group[-1].end, group[-1].end + CONTEXT_AFTER)
    nouns = [match.group(1) for match in (before, after) if match]
    return any(_singular(noun.lower()) in locatives for noun in nouns)


def _singular(noun: str) -> str:
    if noun.endswith("ies"):
        return f"{noun[:-3]}y"
    return noun.removesuffix("s")
