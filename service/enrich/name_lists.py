"""Coordinated names ("A, B, C and D"): what one member of a list is tells what the others are."""

from __future__ import annotations

import re
from itertools import pairwise

from service.enrich.mention import LOCATION, ORGANIZATION, OTHER, PERSON, UNKNOWN, Mention
from service.enrich.name_words import NameWords
from service.enrich.regions import CONTEXT_AFTER

# commas and "and" join a list, in the languages of the wires too ("et", "y", "und")
_LIST_GLUE = re.compile(r"\s*(?:,|,?\s+(?:and|et|y|und)|&)\s*")
# "counties of" before a list: searched in the text before it, from word starts only and with no
# backtracking into the word (the same match, several times faster)
_LAST_NOUN = re.compile(r"(?<!\w)(\w++)(?:\s+of(?:\s+the)?)?\s*[,:]?\s*$")
_FIRST_WORD = re.compile(r"\s*(\w+)")  # "districts" after a list
_COMMA = re.compile(r"\s*,\s*")
_AND = re.compile(r"\s*,?\s+and\s+")
_ONE_FIELD = re.compile(r" (?:of|for) \w+$")  # "Ministry of Trade": an organization of one field


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


def listed_portfolios(text: str, mentions: list[Mention], vocab: NameWords) -> list[Mention]:
    """`mentions` with each organization named by a listed portfolio made one name: the
    list's commas cut "Ministry of Trade, Industry and Energy" and "Foreign, Commonwealth and
    Development Office" into pieces. A portfolio lists fields (at least one of them a word no
    name is made of, such as "Industry" or "Foreign") and closes with "and"."""
    out: list[Mention] = []
    i = 0  # the first mention not yet copied to `out`
    # a portfolio opens with a name right before a comma: few names are, and only they are tried
    for start in [k for k, m in enumerate(mentions[:-1]) if text.startswith(",", m.end)]:
        end = _portfolio_end(text, mentions, start, vocab) if start >= i else None
        if end is None:
            continue
        first, last = mentions[start], mentions[end]
        out.extend(mentions[i:start])
        name = text[first.start : last.end]
        out.append(Mention(name, ORGANIZATION, first.segment, first.start, last.end))
        i = end + 1
    out.extend(mentions[i:])
    return out


def _portfolio_end(text: str, mentions: list[Mention], i: int, vocab: NameWords) -> int | None:
    """The index of the mention closing a portfolio that `mentions[i]` opens, else None: an
    organization of one field ("Ministry of Trade") or a field ("Foreign") opens it, fields
    follow after commas, and a field or an organization word after "and" closes it."""
    first = mentions[i]
    opens_org = first.kind == ORGANIZATION and _ONE_FIELD.search(first.surface) is not None
    if not (opens_org or _is_field(first, vocab)):
        return None
    fields = [] if opens_org else [first.surface]
    for k in range(i + 1, len(mentions)):
        previous, mention = mentions[k - 1], mentions[k]
        closing = mention.kind == ORGANIZATION and " and " in mention.surface
        if _COMMA.fullmatch(text, previous.end, mention.start) is not None:
            if closing:  # "..., Commonwealth and Development Office"
                field = mention.surface.partition(" and ")[0]  # its organization word is no field
                return k if _names_fields([*fields, field], vocab) else None
            if not _is_field(mention, vocab):
                return None
            fields.append(mention.surface)
        elif _AND.fullmatch(text, previous.end, mention.start) is not None:
            ends = opens_org and _is_field(mention, vocab)  # "..., Forestry and Fisheries"
            return k if ends and _names_fields([*fields, mention.surface], vocab) else None
        else:
            return None
    return None


def _is_field(mention: Mention, vocab: NameWords) -> bool:
    """A capitalised word or two that no rule read as a name: a field of a portfolio."""
    return mention.kind in (UNKNOWN, OTHER) and not vocab.place(mention.surface)


def _names_fields(fields: list[str], vocab: NameWords) -> bool:
    """Some word of the fields is one no person's name is made of ("Industry", "Foreign")."""
    return any(not vocab.plain_name(w) for field in fields for w in field.split())
