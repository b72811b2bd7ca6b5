"""Capitalised regions of a text and the tokens just around them.

A region is a maximal stretch of capitalised words (or "al-Assad", "U.S.", "Mr.") with name
particles and "of the" between them: a superset of the name runs, cut exactly by the token rules
of `runs.py`. Only the regions (and a few words of context) are tokenised: most of a paragraph is
lower-case and skipped by one regex pass.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from service.alternation import trie_alternation
from service.enrich.tokens import OPENING_MARKS, POSSESSIVE, SENTENCE_END

ADJECTIVE_SUFFIX = re.compile(
    r"-(?:based|led|backed|born|made|controlled|held|run|bound|era|style|owned|linked|affiliated|"
    r"sponsored|supported|funded|occupied)$"
)


def _letter_class(*spans: tuple[str, str]) -> str:
    """A regex character class of the word characters (letters) in the given ranges: "×" and
    the Greek numeral signs sit among capitals in Unicode but start no name."""
    letters = [
        chr(c) for lo, hi in spans for c in range(ord(lo), ord(hi) + 1) if re.match(r"\w", chr(c))
    ]
    ranges: list[list[str]] = []
    for letter in letters:
        if ranges and ord(letter) == ord(ranges[-1][1]) + 1:
            ranges[-1][1] = letter
        else:
            ranges.append([letter, letter])
    return "[" + "".join(lo if lo == hi else f"{lo}-{hi}" for lo, hi in ranges) + "]"


_CAPITAL_CLASS = _letter_class(
    ("A", "Z"), ("\u00c0", "\u00de"), ("\u0100", "\u024f"), ("\u0370", "\u04ff")
)
# A capitalised region: capitalised words (or "al-Assad", "U.S.", "Mr.") with name particles and
# "of the" between them; a superset of the runs, cut exactly by the token rules below. The word
# lists are prefix tries (`trie_alternation`): no two of their words match at one place, so the
# order they are tried in changes nothing but speed.
_HONORIFICS = (  # before a "."
    "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Gen", "Col", "Lt", "Sgt", "Capt", "Maj", "Sen",
    "Gov", "M",
)  # fmt: skip
_HYPHEN_PARTICLES = frozenset(
    ("al", "el", "as", "ash", "ad", "an", "ar", "at", "az", "ul", "bin", "ibn", "abu", "bani")
)
# A lone initial before a name ("Kwadwo O. Mpiani", "P. Chidambaram"); it ends no name.
_INITIAL_TAIL = r"\.(?=\s+[A-Z][a-z])"
_CAPITALISED = (
    rf"(?:[A-Z]\.){{2,}}|[A-Z]{_INITIAL_TAIL}|{trie_alternation(_HONORIFICS)}\."
    rf"|(?:{trie_alternation(_HYPHEN_PARTICLES)}-|d['’])?"
    rf"{_CAPITAL_CLASS}\w*(?:[-'’]\w+)*(?:(?<=s)['’](?!\w))?"
)
_JOINER_WORDS = trie_alternation(
    (
        "of", "the", "for", "and", "in", "&", "de", "di", "da", "du", "des", "del", "della", "der",
        "den", "van", "von", "dos", "das", "la", "le", "los", "las", "y", "al", "el", "bin", "bint",
        "ibn", "abu",
    )
)  # fmt: skip
_REGION = re.compile(rf"\b(?:{_CAPITALISED})(?:\s+(?:{_JOINER_WORDS}\s+)*(?:{_CAPITALISED}))*")
# Every region starts at a capital letter or at the name particle glued to one ("al-Assad").
# `_REGION_AT_CAPITAL` is `_REGION` without that particle, written to start with a character class
# (the regex engine skips straight to candidates) and `\b` spelt out after it: searching with it,
# then trying `_REGION` at the particle only, is several times faster than `_REGION.finditer`.
# The honorifics' tails are tried only before a near full stop (most capitals start a longer
# word).
_HONORIFIC_TAILS = "|".join(f"(?<={h[0]}){h[1:]}\\." for h in _HONORIFICS)
_REGION_AT_CAPITAL = re.compile(
    rf"{_CAPITAL_CLASS}(?<!\w.)"
    rf"(?:(?<=[A-Z])\.(?:[A-Z]\.)+|(?<=[A-Z]){_INITIAL_TAIL}|(?=[a-z]{{0,3}}\.)(?:{_HONORIFIC_TAILS})"
    rf"|\w*(?:[-'’]\w+)*(?:(?<=s)['’](?!\w))?)"
    rf"(?:\s+(?:{_JOINER_WORDS}\s+)*(?:{_CAPITALISED}))*"
)
_PARTICLE_MARKS = frozenset("-'’")  # what glues a particle to a capital ("al-", "d'")
CONTEXT_AFTER = 30  # characters read after a region (or a list) for the words that follow it
CONTEXT_BEFORE = 40  # characters read back for the token before a region
_OPENERS = SENTENCE_END | OPENING_MARKS | frozenset(":;")  # a sentence or quotation opens after
_CLOSING_QUOTES = frozenset("”\"’'»")
_NOT_IN_WORD = re.compile(r"[^\w'’-]|_")  # ends the word before a region, read backwards


def regions(text: str) -> Iterator[re.Match[str]]:
    """The matches of `_REGION` in `text`, exactly as `_REGION.finditer(text)` finds them.

    One `finditer` of `_REGION_AT_CAPITAL` (a C-level loop rather than a `search` call per
    region); a region starting at a name particle ("al-Assad") is re-matched there, and when that
    moves its end (never in prose), the scan restarts from the new end."""
    end = pos = 0
    while True:
        for region in _REGION_AT_CAPITAL.finditer(text, pos):
            at = region.start()
            glued = None
            if at and text[at - 1] in _PARTICLE_MARKS:
                start = _particle_start(text, at)
                if start is not None and start >= end:
                    glued = _REGION.match(text, start)
            if glued is not None and glued.end() != region.end():
                yield glued
                pos = end = glued.end()
                break
            yield glued or region
            end = region.end()
        else:
            return


def _particle_start(text: str, at: int) -> int | None:
    """Where the name particle glued to the capital at `at` starts ("al-" of "al-Assad", "d'"
    of "d'Estaing"), if there is one."""
    mark = text[at - 1] if at else ""
    if mark == "-":
        for length in (4, 3, 2):
            if text[max(0, at - 1 - length) : at - 1] in _HYPHEN_PARTICLES and at - 1 >= length:
                return at - 1 - length
    elif mark in ("'", "’") and at >= 2 and text[at - 2] == "d":
        return at - 2
    return None


def opens_sentence(head: str, lo: int, start: int) -> bool:
    """Whether position `start` opens a sentence (or a quotation): nothing but spaces in the
    three characters before it, or a sentence end or opening mark last among them, or a
    quotation closed after a sentence end ('situation." Police said'). `head` is the text from
    `lo` to `start`, right-stripped."""
    if not head or lo + len(head) <= start - 3 or head[-1] in _OPENERS:
        return True
    return head[-1] in _CLOSING_QUOTES and head[-2:-1] in SENTENCE_END


def token_before(text: str, start: int) -> tuple[str, int] | None:
    """The token just before `start` (punctuation or a word) and where it starts, if any."""
    lo = start - CONTEXT_BEFORE if start > CONTEXT_BEFORE else 0
    return last_token(text[lo:start].rstrip(), lo)


def last_token(head: str, lo: int) -> tuple[str, int] | None:
    """The last token of `head` (right-stripped text read back from a region, starting at
    `lo`) and where it starts, if any."""
    if not head:
        return None
    end = lo + len(head)
    if not head[-1].isalnum():
        return head[-1], end - 1
    word = head.rsplit(None, 1)[-1]  # str methods first: most words are letters only
    if not word.isalnum():  # "(al-Assad": the letters, digits, apostrophes and hyphens at the end
        word = _NOT_IN_WORD.split(word)[-1]
    return word, end - len(word)


def clean(word: str) -> tuple[str, bool]:
    """The name part of a word, and whether the word must close its run ("Russia's",
    "Hmeimim-based")."""
    if word.endswith(POSSESSIVE):
        return word[:-2], True
    match = ADJECTIVE_SUFFIX.search(word)
    if match:
        return word[: match.start()], True
    return word, False


def is_initial(word: str) -> bool:
    """A lone initial ("O."): inside a name it is one, after a name it may end a sentence."""
    return len(word) == 2 and word[1] == "." and "A" <= word[0] <= "Z"
