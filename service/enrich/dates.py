"""The date the reported event happened, resolved against the bulletin's reference time.

Looks at the lead paragraph, then the rest of the body, then the dateline, for explicit
dates ("11 December 2017", "Dec. 11", "March 12"), relative days ("today", "yesterday", "on
Monday", "this Thursday", "last week"); the first one found wins. Weekdays and dates without a
year resolve to the latest such day not after the reference.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from service.alternation import first_letters, trie_alternation

_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
# four digits in a row; a character class first is skipped to in C (a repeat first is not),
# and ASCII text, most of it, can only hold ASCII digits, which a plain range tests faster
# than the Unicode digit category
_FOUR_DIGITS = re.compile(r"\d\d{3}")
_FOUR_ASCII_DIGITS = re.compile(r"[0-9][0-9]{3}")
_RELATIVE_DAYS = {
    "today": 0,
    "tonight": 0,
    "aujourd'hui": 0,
    "yesterday": 1,
    "hier": 1,
    "last week": 7,
}


def _pattern(months: list[str], weekdays: list[str]) -> str:
    """One regex for every date form in lower case, with the month and weekday names as
    alternations (so a word that is not a month never consumes the text a real date starts
    with)."""
    months, weekdays = [m.lower() for m in months], [w.lower() for w in weekdays]
    month = trie_alternation(months)
    weekday = trie_alternation(weekdays)
    # only a digit or the first letter of a name can start a date: other positions fail at once
    starts = first_letters([*months, *weekdays, *_RELATIVE_DAYS, *"0123456789"])
    return (
        rf"(?={starts})\b(?:{_DAY}\s+(?P<month1>{month})\b\.?,?(?:\s+{_YEAR})?"
        rf"|(?P<month2>{month})\b\.?\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\b"
        rf"(?:,?\s+(?P<year2>\d{{4}}))?"
        r"|(?P<relative>today|yesterday|tonight|last\s+week|aujourd'hui|hier)"
        rf"|(?P<weekday>{weekday}))\b"
    )


class DateFinder:
    """Finds event dates; holds the month and weekday names."""

    def __init__(self, months: dict[str, int], weekdays: dict[str, int]) -> None:
        self.months = months
        self.weekdays = weekdays
        # matched on the lower-cased text: case-insensitive matching compares every letter
        # folded and took 1.7 times as long, and it also equates "ı" and "ſ" with "i" and
        # "s", which lower-casing leaves alone, so a match could name no month or weekday
        self._pattern = re.compile(_pattern(list(months), list(weekdays)))

    def event_date(
        self, texts: list[str], reference: date | None, dateline: str | None = None
    ) -> date | None:
        """The first date found in `texts` (the lead, then the rest of the body), else the
        dateline's date. A dated dateline is also what "on Friday" counts back from: the
        story was filed then, whenever it was fetched."""
        filed = self._first(([dateline] if dateline else []), reference)
        return self._first(texts, filed or reference) or filed

    def _first(self, texts: list[str], reference: date | None) -> date | None:
        for text in texts:
            if reference is None and not _has_year(text):
                # without a reference only a date with its year resolves: a text with no
                # four-digit number needs no scan (the full pattern costs ~50 ns a character)
                continue
            for match in self._pattern.finditer(text.lower()):
                found = self._resolve(match, reference)
                if found is not None:
                    return found
        return None

    def _resolve(self, match: re.Match[str], reference: date | None) -> date | None:
        groups = match.groupdict()
        month_name = groups["month1"] or groups["month2"]
        if month_name is not None:
            month = self.months[month_name.lower()]
            day = int(groups["day"] or groups["day2"])
            year = groups["year"] or groups["year2"]
            return _calendar_date(int(year) if year else None, month, day, reference)
        if reference is None:
            return None
        if groups["relative"]:
            key = " ".join(groups["relative"].lower().split())
            return reference - timedelta(days=_RELATIVE_DAYS[key])
        weekday = self.weekdays[groups["weekday"].lower()]
        return reference - timedelta(days=(reference.weekday() - weekday) % 7)


def _has_year(text: str) -> bool:
    """Whether `text` holds four digits in a row."""
    return (_FOUR_ASCII_DIGITS if text.isascii() else _FOUR_DIGITS).search(text) is not None


def _calendar_date(year: int | None, month: int, day: int, reference: date | None) -> date | None:
    try:
        if year is not None:
            return date(year, month, day)
        if reference is None:
            return None
        found = date(reference.year, month, day)
    except ValueError:
        return None
    # "Dec. 30" read in early January is last year's
    return found if found <= reference + timedelta(days=2) else found.replace(year=found.year - 1)
