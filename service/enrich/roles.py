"""Roles printed apart from their names: an aside after a name ("Lin Tao, head of the Water
Bureau, said") and a portfolio listed between a role and its name ("Minister for Culture,
Tourism and Civil Aviation, Ana Vale")."""

from __future__ import annotations

import re

from service.enrich.mention import ORGANIZATION, PERSON, UNKNOWN, Mention
from service.enrich.name_words import NameWords

_ROLE_REACH = 60  # characters read back from a name for a title in lower case
_PORTFOLIO = re.compile(r" (?:of|for) (?!the )\w")  # "Minister for Culture"
# ", head of the Water Bureau," after a name: a lower-case phrase closed by a comma or full stop
_APPOSITIVE = re.compile(r",\s+(?:(?:the|a|an)\s+)?([a-z][^,;:.()“”\"«»]{2,80}?)\s*(?=[,.;])")
# ", the North's evening paper," after a name: what the aside calls it is its last word
_DESCRIBED = re.compile(r",\s+(?:the|a|an)\s+[^,;:.()“”\"«»]{0,40}?\b(\w+)\s*(?=[,.;])")


def lists_portfolio(
    role: Mention, before: str | None, after: str | None, pieces: list[Mention]
) -> bool:
    """Whether a run goes on listing the portfolio of a role that waits for its name: the
    role ends in "for"/"of" and a field, and the run sits between list commas or closes
    the list with "and"."""
    if before is None or not pieces or not _PORTFOLIO.search(role.role or ""):
        return False
    if any(p.kind == PERSON for p in pieces):
        return False  # "Director of Bilateral Affairs, Ana Vale, said": the name itself
    inside = before == "," and after in (",", "and")
    return inside or (before.lower() == "and" and after == ",")


def name_after_portfolio(
    text: str, role: Mention, before: str | None, pieces: list[Mention], vocab: NameWords
) -> Mention | None:
    """The person closing a listed portfolio: after its "and", the portfolio's last field and
    two name words or more ("Minister for Political, Security and Legal Affairs Luhut Binsar
    Pandjaitan"), with the whole role; None when the run is no such name."""
    if before != "and" or len(pieces) != 1 or pieces[0].kind != UNKNOWN:
        return None
    if not _PORTFOLIO.search(role.role or ""):
        return None
    piece = pieces[0]
    words = piece.surface.split()
    cut = vocab.name_start(words)
    if cut == 0 or len(words) - cut < 2:
        return None
    start = piece.start + len(" ".join(words[:cut])) + 1
    name = Mention(" ".join(words[cut:]), PERSON, piece.segment, start, piece.end)
    name.role = " ".join(text[role.start : start].split())
    return name


def lowercase_roles(text: str, mentions: list[Mention], vocab: NameWords) -> None:
    """A title printed in lower case right before a name ("planning minister MA Mannan",
    "Russian foreign minister Ana Vale"): the person's role, with the qualifiers and the
    nationality before it."""
    for mention in [m for m in mentions if m.kind == PERSON and m.role is None]:
        start = mention.start
        if start < 2 or text[start - 1] != " " or not text[start - 2].islower():
            continue  # most names follow a capital, a mark or a sentence's start
        words = text[max(0, start - _ROLE_REACH) : start].split()
        if not words or words[-1] not in vocab.lex.title_heads:
            continue
        k = len(words) - 1
        while k > 0 and _qualifies(words[k - 1], vocab):
            k -= 1
        mention.role = " ".join(words[k:])


def _qualifies(word: str, vocab: NameWords) -> bool:
    """A word of a role before its title ("deputy", "foreign", "Russian")."""
    low = word.lower()
    titled = low in vocab.lex.title_modifiers or low in vocab.lex.title_heads
    return titled or (word[0].isupper() and vocab.demonym(word) is not None)


def appositive_roles(text: str, mentions: list[Mention], vocab: NameWords) -> None:
    """A role set off by commas after a name: "Lin Tao, head of the Water Bureau, said";
    a name read as a person by its shape is a newspaper's or an agency's when the aside
    says so ("Kurier, the capital's evening paper, said")."""
    # both asides open with a comma: one string test passes over every other name
    for mention in [
        m for m in mentions if m.kind == PERSON and m.role is None and text.startswith(",", m.end)
    ]:
        described = _DESCRIBED.match(text, mention.end) if mention.by_shape else None
        if described and described.group(1).lower() in vocab.context["organization_cue"]:
            mention.kind, mention.by_shape = ORGANIZATION, False
            continue
        aside = _APPOSITIVE.match(text, mention.end)
        if aside is None:
            continue
        words = aside.group(1).split()
        if any(w in vocab.lex.title_heads for w in words[:3]):
            mention.role = aside.group(1)
