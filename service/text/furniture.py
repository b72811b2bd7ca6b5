"""Page furniture: lines of a scraped page that are not article text.

Section labels, navigation, share/print widgets, copyright and photo credits, bylines and time
stamps, agency credits and sign-offs (`(end) ab.cd`, `(Reporting by ...)`, editor initials),
and the markers after which a page lists other articles (`Check Also`, `Read more`).
"""

from __future__ import annotations

import re

from service.text.dateline import is_agency
from service.text.lexicon import folded, load

_COPYRIGHT = re.compile(
    r"^(?:©|\(c\)\s|copyright\b)|all rights reserved|^photo\s?:|\bphoto\)?\.?$|^\(?photo\b",
    re.IGNORECASE,
)
_BYLINE = re.compile(
    r"\b(?:published|updated|posted|last modified)\b[^\n]{0,40}?\d{1,2}:\d\d|^by\s[A-Z][^\n]{0,40}$",
    re.IGNORECASE,
)
_SIGN_OFF = re.compile(
    r"^\((?:end|ends|endit)\)|^\(?(?:reporting|writing|editing|additional reporting|compiled|"
    r"edited|translated|produced) by\b|^\([^()\n]{1,60}\)$",
    re.IGNORECASE,
)
# A trailing sign-off glued to the last sentence: `... the Amir. (end) hb`.
GLUED_SIGN_OFF = re.compile(r"\s\(end\)(?:\s[\w./\\]{1,20}){0,2}\s*$", re.IGNORECASE)
# Syndication credits glued in front of a paragraph: `( MENAFN - Kuwait News Agency (KUNA))`,
# and site labels such as `Iran PressIran news:`.
GLUED_CREDIT = re.compile(
    r"^(?:\(\s?MENAFN\b[^()\n]{0,80}(?:\([^()\n]{0,20}\)[^()\n]{0,20})?\)"
    r"|(?:[A-Z]\w{0,20}\s?){1,4}news:)\s*"
)
_INITIALS = re.compile(r"^(?:(?:[A-Z]\.){1,4}|[a-z]{1,5}(?:[./\\]{1,2}[a-z]{1,5}){0,3})$")
_LIST_ITEM = re.compile(r"^[-–•·*#]+(?:\s|$)")
_LABEL = re.compile(r"^\w{1,20}(?: \w{1,20})? ?:$")
_DOMAIN = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}$", re.IGNORECASE)
_TERMINAL = re.compile(r"[.!?…][\"'”’»)\]]*$")
_CREDIT_WORDS = frozenset({"agencies", "agency", "news", "by", "via", "source", "and"})


def is_furniture(line: str) -> bool:
    """Whether a whole line is page furniture wherever it appears on the page."""
    if not any(ch.isalpha() for ch in line):
        return True
    key = line.casefold().rstrip(" :")
    if key in folded("furniture") or is_end_marker(line):
        return True
    if _COPYRIGHT.search(line) or _BYLINE.search(line) or _SIGN_OFF.search(line):
        return True
    if _DOMAIN.match(line) or _LABEL.match(line) or is_credit(line):
        return True
    return _looks_like_code(line)


def is_end_marker(line: str) -> bool:
    """Whether the line announces other articles (`Check Also`, `Read more`, `Related`)."""
    if len(line) > 60:
        return False
    key = line.casefold()
    return any(key.startswith(marker) for marker in load("end_markers"))


def is_sign_off(line: str) -> bool:
    """Whether a line at the end of the body is a sign-off rather than article text.

    Beyond furniture: editor initials (`L.A.`, `ab.cd`), a reporter's name, list items, and any
    short line that is not a finished sentence.
    """
    if is_furniture(line) or _INITIALS.match(line) or _LIST_ITEM.match(line):
        return True
    return len(line.split()) <= 10 and not _TERMINAL.search(line)


def is_list_item(line: str) -> bool:
    """Whether the line is a bullet or breadcrumb item (`- Home`, `• Save stories`)."""
    return _LIST_ITEM.match(line) is not None


def is_credit(line: str) -> bool:
    """A line made only of agency names and credit words: `Reuters /`, `EFE 02/22/2024`."""
    words = [w for w in re.split(r"[\s/|,;:()\[\]-]+", line) if w and not w[0].isdigit()]
    if not words or len(words) > 8:
        return False
    rest = " ".join(w for w in words if w.casefold() not in _CREDIT_WORDS)
    return not rest or is_agency(rest)


def _looks_like_code(line: str) -> bool:
    """Wire headers, document symbols and time stamps: short lines made mostly of digits.

    `bsf037 4 su 174 gef 1388`, `SG/SM/20533`, `211005 jan 19`, `Thu, 03/12/2009 - 10:15`,
    `May 13 2021`, `Thursday, June 10, 2021`, `# 12 September 2017 08:28 (UTC +04:00)`.
    """
    tokens = line.split()
    if len(tokens) > 8 or _TERMINAL.search(line):
        return False
    with_digits = sum(1 for token in tokens if any(ch.isdigit() for ch in token))
    return with_digits * 2 >= len(tokens)
