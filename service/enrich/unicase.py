"""Mentions in a script without capitals (Arabic), where no capitalised region marks a name."""

from __future__ import annotations

import re

from service.enrich.mention import LOCATION, ORGANIZATION, Mention
from service.enrich.name_words import NameWords

UNICASE_SCRIPT = re.compile(r"[\u0600-\u06FF]")
_UNICASE_WORD = re.compile(r"[\u0621-\u064A\u0671-\u06D3]+")
_ARABIC_PREFIXES = frozenset("وبلف")


def unicase_mentions(text: str, segment: int, vocab: NameWords) -> list[Mention]:
    """Mentions in a script without capitals (Arabic): gazetteer places and organizations
    led by an organization word ("وزارة الدفاع"), each word also tried without a one-letter
    prefix (و "and", ب "in", ل "to")."""
    mentions: list[Mention] = []
    words = list(_UNICASE_WORD.finditer(text))
    for i, match in enumerate(words):
        word, start = match.group(), match.start()
        known = word in vocab.unicase_org_heads or vocab.gazetteer.lookup(word)
        if len(word) > 3 and word[0] in _ARABIC_PREFIXES and not known:
            bare, start = word[1:], start + 1
        else:
            bare = word
        if bare in vocab.unicase_org_heads and i + 1 < len(words):
            end = words[i + 1].end()
            mentions.append(Mention(text[start:end], ORGANIZATION, segment, start, end))
        elif vocab.gazetteer.lookup(bare):
            end = match.end()
            mentions.append(Mention(bare, LOCATION, segment, end - len(bare), end))
    return mentions
