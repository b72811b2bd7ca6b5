"""Unicode clean-up of scraped text: mojibake repair, NFC, odd spaces, invisible characters.

Typographic quotes, dashes and ellipses are kept: they are part of the text as published.
"""

from __future__ import annotations

import re
import unicodedata

import ftfy

# UTF-8 read as Latin-1/cp1252 leaves a lead byte (Â..ô) followed by a continuation byte shown
# as a Latin-1 or cp1252 character. ftfy's own detector costs ~0.7 ms per 3 KB, so this cheap
# signature decides whether ftfy runs at all; ftfy then makes the real (conservative) decision.
_MOJIBAKE = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6"
    "\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)

# Control characters and odd spaces (NBSP, thin, ideographic...) become plain spaces.
# Regular expressions rather than `str.translate`: they scan in C and most pages have none.
_ODD_SPACE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]"
)
# Zero-width space, word joiner, BOM and soft hyphen carry no text. ZWJ/ZWNJ are kept: they
# change the shaping of Arabic, Persian and Indic scripts.
_INVISIBLE = re.compile("[\u200b\u2060\ufeff\u00ad]")
_CRLF = re.compile(r"\r\n?")


def clean_text(text: str) -> str:
    """The text with mojibake repaired, NFC-normalised and odd characters replaced.

    Line structure is kept (CR LF and lone CR become LF) because paragraphs are found from it;
    whitespace inside lines is collapsed by `clean_line`.
    """
    if not text.isascii():
        if _MOJIBAKE.search(text):
            text = ftfy.fix_text(
                text, uncurl_quotes=False, fix_character_width=False, fix_line_breaks=False
            )
        text = _INVISIBLE.sub("", text)
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
    if "\r" in text:
        text = _CRLF.sub("\n", text)
    return _ODD_SPACE.sub(" ", text)


def clean_line(line: str) -> str:
    """One line with runs of whitespace collapsed to single spaces and the ends trimmed."""
    return " ".join(line.split())
