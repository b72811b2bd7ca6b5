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
    # Every lead character (U+00C0-U+00FF) is the byte 0xC3 and one more in UTF-8: most pages
    # have none, and encoding then `bytes.__contains__` (memchr) cost a fifth of the scan.
    if b"\xc3" not in text.encode("utf-8", "surrogatepass"):
        return False
    return any(_SEQUENCE.match(text, hit.start()) for hit in _LEAD.finditer(text))


# Control characters and odd spaces (NBSP, thin, ideographic...) become plain spaces; zero-width
# space, word joiner, BOM and soft hyphen carry no text and go. ZWJ/ZWNJ are kept: they change
# the shaping of Arabic, Persian and Indic scripts. One regular expression rather than
# `str.translate`: it scans in C, and most pages have few such characters or none.
_ODD = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\xa0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f"
    "\u2060\u3000\ufeff\u00ad]"
)
_INVISIBLE = frozenset("\u200b\u2060\ufeff\u00ad")


def _replace(match: re.Match[str]) -> str:
    return "" if match.group(0) in _INVISIBLE else " "


_CRLF = re.compile(r"\r\n?")


def clean_text(text: str) -> str:
    """The text with mojibake repaired, NFC-normalised and odd characters replaced.

    Line structure is kept (CR LF and lone CR become LF) because paragraphs are found from it;
    whitespace inside lines is collapsed by `clean_line`.
    """
    if not text.isascii():
        if looks_like_mojibake(text):
            text = ftfy.fix_text(
                text, uncurl_quotes=False, fix_character_width=False, fix_line_breaks=False
            )
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
    if "\r" in text:
        text = _CRLF.sub("\n", text)
    # Most pages have no odd character: a search is cheaper than a substitution finding none.
    return _ODD.sub(_replace, text) if _ODD.search(text) else text


def clean_line(line: str) -> str:
    """One line with runs of whitespace collapsed to single spaces and the ends trimmed."""
    return " ".join(line.split())
