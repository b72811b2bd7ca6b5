"""Unicode clean-up of scraped text: mojibake repair, NFC, odd spaces, invisible characters.

Typographic quotes, dashes and ellipses are kept: they are part of the text as published.
"""

from __future__ import annotations

import re
import unicodedata

import ftfy

# UTF-8 read as Latin-1/cp1252 turns each multi-byte sequence into its lead byte (Ã, â, Ð...)
# followed by one to three continuation bytes shown as Latin-1 or cp1252 characters. ftfy's own
# detector costs ~0.7 ms per 3 KB, so this cheap signature decides whether ftfy runs at all;
# ftfy then makes the real (conservative) decision.
_CONTINUATION = (
    "[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)
# A lead byte and one continuation: a fast scan (a pattern opening with one character class);
# each hit is then checked for the full sequence (one to three continuations).
_LEAD = re.compile(f"[\u00c2-\u00f4]{_CONTINUATION}")
_SEQUENCE = re.compile(
    f"[\u00c2-\u00df]{_CONTINUATION}|[\u00e0-\u00ef]{_CONTINUATION}{{2}}"
    f"|[\u00f0-\u00f4]{_CONTINUATION}{{3}}"
)


def looks_like_mojibake(text: str) -> bool:
    """Whether the text holds a UTF-8 sequence decoded as Latin-1/cp1252 (`Ã©`, `â€™`)."""
    return any(_SEQUENCE.match(text, hit.start()) for hit in _LEAD.finditer(text))


# Control characters and odd spaces (NBSP, thin, ideographic...) become plain spaces; zero-width
# space, word joiner, BOM and soft hyphen carry no text and go. ZWJ/ZWNJ are kept: they change
# the shaping of Arabic, Persian and Indic scripts. They are looked for among the page's rare
# characters only, and each one found is replaced with `str.replace`.
_ODD = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\xa0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f"
    "\u2060\u3000\ufeff\u00ad]"
)
_INVISIBLE = frozenset("\u200b\u2060\ufeff\u00ad")
# Printable ASCII, tabs and line breaks: what nearly all of a page is made of.
_PLAIN = bytes(range(0x20, 0x7F)) + b"\t\n\r"


def _rare_characters(text: str) -> str:
    """The characters of `text` other than printable ASCII, tabs and line breaks, in order.

    Deleting bytes from the UTF-8 encoding runs in C at about a byte a cycle, where a regex
    character class scans a page at ~3 ns a character; the tests below then read a few dozen
    characters instead of the page. ASCII bytes never occur inside the encoding of another
    character, so what is left decodes to whole characters.
    """
    data = text.encode("utf-8", "surrogatepass")
    return data.translate(None, _PLAIN).decode("utf-8", "surrogatepass")


_CRLF = re.compile(r"\r\n?")


def clean_text(text: str) -> str:
    """The text with mojibake repaired, NFC-normalised and odd characters replaced.

    Line structure is kept (CR LF and lone CR become LF) because paragraphs are found from it;
    whitespace inside lines is collapsed by `clean_line`.
    """
    rare = _rare_characters(text)
    if not text.isascii():
        text, rare = _repair(text, rare)
    if "\r" in text:
        text = _CRLF.sub("\n", text)
    for char in set(_ODD.findall(rare)):
        text = text.replace(char, "" if char in _INVISIBLE else " ")
    return text


# Characters that are NFC whatever surrounds them: no combining class, unchanged by NFC, never
# the second character of a canonical composition (ASCII, Latin letters, spacing modifiers,
# quotes, dashes, currency signs; `tests/unit/test_unicode.py` checks every one). A page whose rare
# characters all are is NFC without reading the page (~20 ns a character).
_NOT_NFC_SAFE = re.compile("[^\x00-\u02ff\u2010-\u2027\u2030-\u205e\u20a0-\u20c0]")


def _repair(text: str, rare: str) -> tuple[str, str]:
    """The text with mojibake repaired and NFC-normalised, and its rare characters (`text` and
    `rare` themselves when it was fine)."""
    # A mojibake sequence is made of non-ASCII characters only: it stands in `rare` as well,
    # and most pages are ruled out on their few rare characters.
    if looks_like_mojibake(rare) and looks_like_mojibake(text):
        text = ftfy.fix_text(
            text, uncurl_quotes=False, fix_character_width=False, fix_line_breaks=False
        )
        rare = _rare_characters(text)
    if _NOT_NFC_SAFE.search(rare) and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
        rare = _rare_characters(text)
    return text, rare


def clean_line(line: str) -> str:
    """One line with runs of whitespace collapsed to single spaces and the ends trimmed."""
    return " ".join(line.split())
