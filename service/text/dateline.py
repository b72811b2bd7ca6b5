"""Datelines: `Damascus, SANA-`, `HOUSTON, Jan 27 (Reuters) -`, `MOSCOW, January 21. /TASS/.` ...

`parse_dateline(paragraph)` recognises a dateline at the start of a paragraph and returns it with
the rest of the paragraph. The shapes are written as anchored regular expressions with bounded
repetition only, so a hostile paragraph cannot make them backtrack for long.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from service.alternation import first_letters, trie_alternation
from service.article import Dateline
from service.text.endings import ends_sentence
from service.text.lexicon import folded
from service.text.words import count_words

_MONTH_NAMES = (
    *("January", "February", "March", "April", "May", "June", "July", "August", "September"),
    *("October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug"),
    *("Sep", "Sept", "Oct", "Nov", "Dec"),
    # French, Spanish and German wire datelines, and the Russian genitive (`21 января`).
    *("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre"),
    *("octobre", "novembre", "décembre", "enero", "febrero", "marzo", "abril", "mayo", "junio"),
    *("julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre", "ene", "abr", "ago"),
    *("dic", "Januar", "Februar", "März", "Juni", "Juli", "Oktober", "Dezember", "января"),
    *("февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября"),
    *("ноября", "декабря"),
    # French abbreviations (`5 déc`, `12 janv.`) not spelt as above.
    *("janv", "févr", "avr", "juil", "déc"),
    # Portuguese, Italian and Indonesian months not spelt as above.
    *("janeiro", "fevereiro", "março", "maio", "junho", "julho", "setembro", "outubro"),
    *("novembro", "dezembro", "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio"),
    *("settembre", "ottobre", "dicembre", "Januari", "Februari", "Maret", "Mei", "Agustus"),
    *("Desember",),
)
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Weekdays of the languages whose month names are read above: French, Spanish, Portuguese,
# Italian, German, Indonesian and Malay pages print them before the date (`jeudi, 20 avril 2006`,
# `Senin, 30 April 2012`, `Khamis, 11 April 2013`).
_FOREIGN_WEEKDAYS = (
    *("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lunes"),
    *("martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "segunda-feira"),
    *("terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "lunedì", "martedì"),
    *("mercoledì", "giovedì", "venerdì", "sabato", "domenica", "Montag", "Dienstag"),
    *("Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag", "Senin", "Selasa", "Rabu"),
    *("Kamis", "Jumat", "Sabtu", "Minggu", "Isnin", "Khamis", "Jumaat", "Ahad"),
)


def _names(names: tuple[str, ...]) -> str:
    """`names` in any case, as a prefix trie behind a test of their first letters: where no name
    starts, one character class fails instead of every branch of the trie."""
    trie = trie_alternation(name.lower() for name in names)
    return rf"(?i:(?={first_letters(names)}){trie})"


# Month and weekday names as prefix tries: a case-insensitive alternation of ~90 words is tried
# branch by branch at every position a date may start, which made dateline shapes slow.
# At most one name can end before the non-letter that must follow it, so the order in which
# the names are tried does not change any match.
_MONTH = rf"{_names(_MONTH_NAMES)}\.?(?![^\W\d_])"
# What a date opens with: a digit, or the first three letters of a month or a weekday.
_CALENDAR_PREFIXES = frozenset(
    name[:3].casefold() for name in _MONTH_NAMES + _WEEKDAY_NAMES + _FOREIGN_WEEKDAYS
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_WEEKDAY_WORDS = (*_WEEKDAY_NAMES, *(name[:3] for name in _WEEKDAY_NAMES), *_FOREIGN_WEEKDAYS)
_WEEKDAY = rf"{_names(_WEEKDAY_WORDS)}(?![^\W\d_])\.?"
# `10/05/1997`, `10.05.97`, `2024-03-04`: numeric dates, day or month first as printed.
_NUMERIC = r"\d{1,2}[/.\-]\d{1,2}[/.\-](?:19|20)?\d\d(?!\d)|(?:19|20)\d\d-\d\d-\d\d(?!\d)"
#: A printed date: `Jan 27`, `Dec. 12`, `Dec4`, `January 21`, `14 May 2022`, `18th Jun, 2023`,
#: `March 4/2024`, `Monday, March 4`, `Monday`, `10/05/1997`,
#: `Ramadan 12, 1444, Apr 3, 2023`.
# A Hijri date printed before the Gregorian one (`Ramadan 12, 1444, Apr 3, 2023`, SPA):
# month names are spelt many ways, so the known openings and a bounded rest are matched.
_HIJRI_OPENINGS = (
    *("Muharram", "Safar", "Rabi", "Jumad", "Rajab", "Sha'?ban", "Ramadh?an", "Shawwal", "Dhu"),
    "Thul",
)
_HIJRI = (
    rf"(?:{'|'.join(_HIJRI_OPENINGS)})"
    r"[\w'’-]{0,12}(?:\s[\w'’-]{1,12})?\s\d{1,2},\s1[34]\d\d"
)
# `4 mars 2024`, `le 4 mars` (French), `4 de marzo de 2024` (Spanish, Portuguese), `4. März`.
_DAY_FIRST = rf"(?:(?i:le)\s)?{_DAY}\.?\s{{1,3}}(?:de\s)?{_MONTH},?(?:\s{{1,3}}(?:de\s)?{_YEAR})?"
# What a date opens with: a digit, a Hijri month's capital, or the first letter of a weekday, a
# month or `le` in any case. A position opening otherwise fails on one character class instead of
# trying every branch (~12,000 instructions each, many times per dateline as shapes backtrack).
_DATE_START = (
    rf"(?=\d|{first_letters(_HIJRI_OPENINGS)}"
    rf"|(?i:{first_letters((*_WEEKDAY_WORDS, *_MONTH_NAMES, 'le'))}))"
)
DATE = (
    rf"{_DATE_START}(?:(?:{_HIJRI},\s)?(?:{_WEEKDAY},?\s{{1,3}})?(?:{_MONTH}\s{{0,3}}{_DAY}(?:,?\s{{1,3}}{_YEAR}|/{_YEAR})?"
    rf"|{_DAY_FIRST})|{_NUMERIC}|{_WEEKDAY})"
)
_DATE_ONLY = re.compile(rf"{DATE}$")
# Capitalised words that open sentences: after a comma they start a lead, not a clause; at a
# paragraph's start they are no place (`In Manama, The ...`).
_OPENERS = frozenset(
    (
        *("The", "A", "An", "In", "On", "At", "His", "Her", "Its", "Their", "This", "These"),
        *("During", "Following", "After", "Before", "Amid", "According", "Meanwhile"),
        *("However", "Also", "Yesterday", "Today", "Earlier", "Later", "Last", "But", "And"),
        *("As", "When", "While", "For", "From", "By", "With"),
        # Gulf agencies open the lead with an honorific: `Doha, HE the Minister ...`.
        *("HE", "HH", "HRH"),
    )
)
_OPENER = rf"(?:{'|'.join(sorted(_OPENERS))})\b"
# Words that introduce a credit rather than belong to it: `(REFERRING TO THE NNA)`.
_LEAD_IN = re.compile(
    r"^(?:(?:referring to|according to|quoting|citing|via|source:)(?:\sthe)?\s)", re.IGNORECASE
)
# The reporters named after the agency inside its credit: `(RIA Novosti correspondent Jane Doe)`.
_CREDIT_ROLE = re.compile(
    r"\s(?:special\s|staff\s)?(?:correspondents?|reporters?|writers?|by)\b", re.IGNORECASE
)
# What a source line may say after the agency's name: `ITAR-TASS news agency, Moscow`.
_AGENCY_WORDS = re.compile(r"(?:\snews)?(?:\sagency)?$", re.IGNORECASE)
# A weekday or a month in the place slot is a date stamp (`Thu, 03/12/2009 - 10:15`).
_CALENDAR_WORD = re.compile(rf"(?:{_WEEKDAY}|{_MONTH})$")

# A place: up to four capitalised words (any script), with connecting particles such as
# "Rio de Janeiro", and an optional country qualifier: `KOTA KINABALU (Malaysia)`,
# `New Delhi [India]`.
# A word does not end with a hyphen: `Manama- Dec4 (BNA)` is a place, a dash and a date.
_WORD = r"[^\W\d_a-z][\w'’.\-]{0,30}(?<!-)"
_PARTICLE = r"(?:de|del|la|le|el|al|am|an|upon|sur|da|do|dos|das|di)"
_PLACE = rf"{_WORD}(?:\s(?:{_PARTICLE}\s)?{_WORD}){{0,3}}"
_QUALIFIER_TEXT = r"[^\W\d_][^()\[\]\n]{0,30}"
_QUALIFIER = rf"\s?[\(\[]{_QUALIFIER_TEXT}[\)\]]"
_SQUARE_QUALIFIER = rf"\s?\[{_QUALIFIER_TEXT}\]"  # `Abu Dhabi [UAE], October 12:`
# An agency written without brackets: a word in any script, or a site and the agency it reposts
# (`Ghanadot/GNA`); `_plausible` then requires a known agency or an acronym in capitals.
_AGENCY_WORD = r"[^\W\d_][\w.]{1,15}(?:/[^\W\d_][\w.]{1,15})?"
_DASH = r"(?:-{1,3}|[–—]{1,2})"
_DATE_AFTER_CREDIT = re.compile(rf"({_NUMERIC})\s{_DASH}\s+")
# A place in capitals (`KUALA LUMPUR`), and a country or state after it (`KUMAMOTO, Japan`).
# Any script: `_dateline` checks that the letters are capitals.
_CAPITALS = r"[^\W\d_][\w.'’\-]{1,30}(?:\s[^\W\d_][\w.'’\-]{1,30}){0,3}"
_COUNTRY = r"[^\W\d_a-z][\w'’.\-]{1,30}(?:\s[^\W\d_a-z][\w'’.\-]{1,30}){0,2}"
_SEP = rf"(?:\.?\s?(?:{_DASH}|[_:]))"
# An agency's name on a source line (`ITAR-TASS news agency`), and reporters' names after it
# (`Jean Dupont et Ali Ben Salah`).
_SOURCE = r"[^\W\d_][\w.\-]{0,20}(?:\s[\w.\-]{1,20}){0,3}"
_REPORTER = rf"\s?/\s?{_WORD}(?:,?\s(?:(?:et|and|y|e|und|&|{_PARTICLE})\s)?{_WORD}){{0,5}}"
# `Updated: 29-03-2022 18:49 IST`, `09:30 |`: a time stamp on an agency's page.
_STAMP_WORD = r"(?i:updated|published|posted|last updated)"
_STAMP_INITIALS = "UuPpLl"
_CLOCK = r"\d{1,2}:\d\d(?:\s?(?i:[ap]\.?m\.?)|\s[A-Z]{2,4}(?![^\W\d_]))?"
_TIME = rf"\s{_CLOCK}"
_STAMP = re.compile(rf"(?:{_STAMP_WORD}:?\s)?(?:{DATE}\s?)?{_CLOCK}\s?(?:\|\s?)?(?=[^\W\d_])")
# A byline between the date and the credit: `March 4. By Jane Doe – Trend:`.
_BYLINE = rf"\.?\s?(?i:by)\s{_WORD}(?:\s{_WORD}){{0,3}}\s?{_DASH}\s?"


def _starts_with_date(opening: str) -> bool:
    return opening[:1].isdigit() or opening[:3].casefold() in _CALENDAR_PREFIXES


def _starts_with_bracket(opening: str) -> bool:
    return opening.startswith("(")


def _starts_in_capitals(opening: str) -> bool:
    return opening[:2].isupper()


# Each shape with the characters it cannot match without, or a test of how the paragraph opens:
# a cheap test skips most of the regular expressions on paragraphs that open no dateline.
_SHAPES: tuple[tuple[str | Callable[[str], bool], re.Pattern[str]], ...] = (
    # HOUSTON, Jan 27 (Reuters) -   KOTA KINABALU (Malaysia), March 12 (Bernama) --
    # AUSTIN, Texas (AP) —   New Delhi [India], Sept 20 (ANI):   Seoul, Nov 29 (EFE).-
    # MOSCOW, March 4, 2004. (RIA Novosti correspondent Jane Doe) -   SEOUL/WASHINGTON (Reuters) -
    # موسكو- (د ب أ)   Mumbai, Dec 9 (PTI)   ABU DHABI, (UrduPoint / WAM - 18th Jun, 2023)
    # Manama- Dec4 (BNA)
    (
        "(",
        re.compile(
            rf"(?P<place>{_PLACE}(?:\s?/\s?{_PLACE})?"
            rf"(?:{_QUALIFIER}|,\s?(?!{_WEEKDAY}){_WORD}(?:\s{_WORD})?)?)\s?(?:,|{_DASH})?\s?"
            rf"(?:(?P<date>{DATE})\.?\s?,?\s?)?{_DASH}?\s?(?P<bracketed>\()(?P<agency>[^()\n]{{1,100}})\)"
            rf"(?P<sep>{_SEP})?\s*"
        ),
    ),
    # (Reuters) -   (AP) —   (a credit where the place was left out: known agencies only)
    (
        _starts_with_bracket,
        re.compile(
            rf"(?P<bracketed>\()(?P<agency>[^()\n]{{1,40}})\)(?P<sep>{_SEP})(?P<placeless>)\s*"
        ),
    ),
    # MOSCOW, January 21. /TASS/.   NEW YORK, March 4, 2024 /PRNewswire/ --
    # Osh, Feb. 7, 2022 / Kabar /.
    (
        "/",
        re.compile(
            rf"(?P<place>{_PLACE}),\s?(?P<date>{DATE})\.?\s?(?P<bracketed>/)\s?"
            rf"(?P<agency>[^/\s][^/\n]{{1,24}}?)\s?/\.?(?:\s?(?P<sep>{_DASH}))?\s*"
        ),
    ),
    # Baghdad / NINA / The ...   Istanbul / AA - The ...   (no date: an acronym or a known
    # agency between spaced slashes, then a sentence; `SG/SM/20533` is a document symbol)
    (
        "/",
        re.compile(
            rf"(?P<place>{_PLACE})\s/\s?(?P<agency>{_AGENCY_WORD})\s?(?:/|{_DASH})\s*"
            r"(?=[^\W\d_a-z]|[\"“«])"
        ),
    ),
    # Damascus, SANA-   Tehran, Jan 23, IRNA --   Tehran, IRNA –   TOKYO, March 4 Kyodo -
    # BAKU, Azerbaijan, March 4. By Jane Doe – Trend:
    # United Nations, New York, Sept 14, IRNA --   Kuala Lumpur, March 4 -   Abu Dhabi [UAE],
    # October 12:   and, only before
    # a lead sentence, Manama, The Kingdom ... (a capital where running text has none).
    (
        ",",
        re.compile(
            rf"(?P<place>{_PLACE}(?:{_SQUARE_QUALIFIER}|,\s?{_PLACE})?),\s?(?:(?:(?P<date>{DATE}),?\s?)?(?:{_BYLINE})?"
            rf"(?:(?P<agency>{_AGENCY_WORD})\s?)?(?P<sep>{_DASH}|:|$|(?<=\d)\.$)\s*"
            rf"|(?P<bare>)(?={_OPENER}))"
        ),
    ),
    # Baku, March 4, AZERTAC The ...   YEREVAN, MARCH 4, ARMENPRESS. The ...   Tehran, YJC. The
    # ...   (a known agency after a date, or before a full stop, and no separator: only before a
    # lead sentence)
    (
        ",",
        re.compile(
            rf"(?P<place>{_PLACE}(?:,\s?{_PLACE})?),\s?(?:(?P<date>{DATE}),?\s?)?"
            # without a date, the agency must end in a full stop
            r"(?P<agency>[^\W\d_]\w{1,15})(?P<unmarked>(?(date)\.?|\.))\s(?=[^\W\d_a-z])"
        ),
    ),
    # ASTANA. KAZINFORM The ...   (a place in capitals, a full stop and a known agency: only
    # before a lead sentence)
    (
        ".",
        re.compile(
            r"(?P<place>[^\W\d_a-z][^\W\d_a-z'’\-]{1,30}(?:\s[^\W\d_a-z][^\W\d_a-z'’\-]{1,30}){0,2})"
            r"\.\s(?P<agency>[^\W\d_]\w{1,15})(?P<unmarked>)\s(?=[^\W\d_a-z])"
        ),
    ),
    # New Delhi: No minister ...   New Delhi : The ...   (a place in any case and a colon: only
    # before a lead sentence)
    (
        ":",
        re.compile(rf"(?P<place>{_PLACE}(?:,\s{_PLACE})?)\s?:(?P<bare>)\s(?=[^\W\d_a-z])"),
    ),
    # Amman - Petra   Hama – SANA / Des unités   Baku – APA. The ...   and, only before a lead
    # sentence, Rabat - Le ministre ...
    (
        "-–—",
        re.compile(
            rf"(?P<place>{_PLACE})\s?(?P<sep>{_DASH})\s?(?:(?P<agency>{_AGENCY_WORD})"
            rf"(?P<credit_sep>\s?/|\s?{_DASH}|:|$|\.(?=\s))|(?P<bare>)(?<=\s)(?=[^\W\d_a-z]))\s*"
        ),
    ),
    # June 3, 2019 11:20 am | Updated 11:20 am IST - MARGAO  (a timestamp line ending in a place)
    (
        _starts_with_date,
        re.compile(
            rf"(?P<date>{DATE})\s\d{{1,2}}[:.]\d\d[^\n]{{0,60}}?\s{_DASH}\s"
            r"(?P<place>[A-Z][A-Z.'’\- ]{1,40})$"
        ),
    ),
    # JANUARY 12, 2015 (NATIONAL NEWS AGENCY)   04 Feb 2023; MEMO:   (a date and a credit)
    (
        _starts_with_date,
        re.compile(
            rf"(?P<date>{DATE})[;,]?\s?(?:(?P<bracketed>\()(?P<credit>[^()\n]{{1,60}})\)"
            rf"(?P<sep>{_SEP})?|(?P<agency>{_AGENCY_WORD})\s?(?:{_DASH}|:))\s*"
        ),
    ),
    # AA / Alger / Jane Doe   ITAR-TASS news agency, Moscow 3 Feb 06   Alger / AA
    # PTI | Ankara | Updated: 14-05-2021 09:05 IST
    # (a source line: a known agency and the place, a date or the reporter's name, nothing else)
    (
        "/,|",
        re.compile(
            rf"(?P<agency>{_SOURCE})\s?(?P<source>[/,|])\s?(?P<place>{_PLACE})"
            rf"(?:(?:,?\s|\s\|\s(?:{_STAMP_WORD}:?\s)?)(?P<date>{DATE}(?:\s\d\d(?!\d))?)(?:{_TIME})?)?"
            rf"(?:{_REPORTER})?$"
        ),
    ),
    (
        "/",
        re.compile(
            rf"(?P<place>{_PLACE})\s?(?P<source>/)\s?(?P<agency>{_SOURCE})(?:{_REPORTER})?$"
        ),
    ),
    # TOKYO -   WASHINGTON, Dec 3 -   ANKARA   KUMAMOTO, Japan -   İSTANBUL-   ISLAMABAD:
    # LONDON Nov 11 Britain's ...   SEOUL, South Korea &  (a dash entity cut to its `&`)
    (
        _starts_in_capitals,
        re.compile(
            rf"(?P<place>(?P<capitals>{_CAPITALS})(?:,\s{_COUNTRY})?)(?:,?\s?(?P<date>{DATE}))?"
            rf"(?:\s?(?P<sep>{_DASH})(?:\s|(?=[^\W\d_a-z]))|(?P<colon>:)\s|$|\s&$"
            rf"|(?<=\d)\s(?=[^\W\d_a-z]))\s*"
        ),
    ),
)
_MARKS = "".join({char for needs, _ in _SHAPES if isinstance(needs, str) for char in needs})

# Labels are short: `BREAKING NEWS`, `WHY IT MATTERS`.
_LABEL_LENGTH = 20
# A lead sentence after `ISLAMABAD:` has this many words at least.
_LEAD_WORDS = 8
_CREDIT_END = " -–—:/"
# Abbreviated month names have at most four letters (`Sept.`), abbreviations in capitals two.
_ABBREVIATED_MONTH = 4
_ABBREVIATED_CAPITALS = 2
# Datelines are short: the longest shape ends within the first 120 characters.
_HEAD = 200
_OPENING = 120
# What may follow a dateline: the start of a sentence (any script) or nothing at all.
_SENTENCE_START = re.compile(r"$|[^\W_a-z]|[\"“‘'«(\[]")


def parse_dateline(paragraph: str) -> tuple[Dateline | None, str]:
    """The dateline at the start of `paragraph` and the rest of it, or `(None, paragraph)`."""
    # A stamp opens with a digit or a stamp word: most paragraphs skip the expression.
    opens_stamp = paragraph[:1].isdigit() or paragraph[:1] in _STAMP_INITIALS
    stamp = _STAMP.match(paragraph[:_OPENING]) if opens_stamp else None
    if stamp is not None:
        # `Updated: 2008-08-11 02:40 BEIJING --`, `09:30 | Lima, Apr. 2.`: the page's time stamp
        # printed before the dateline.
        dateline, rest = _parse(paragraph[stamp.end() :])
        if dateline is not None and dateline.place:
            return replace(dateline, text=f"{stamp.group(0)}{dateline.text}"), rest
    dateline, rest = _parse(paragraph)
    if dateline is not None and dateline.date is None and rest[:1].isdigit():
        dateline, rest = _dated_after_credit(dateline, rest)
    if dateline is not None and dateline.place is None and rest:
        # `(ANSA) - Rome, September 10 - The ...`: the credit printed before the place and date.
        placed, placed_rest = _parse(rest)
        if placed is not None and placed.place and placed.agency is None:
            return Dateline(
                place=placed.place,
                agency=dateline.agency,
                date=placed.date or dateline.date,
                text=f"{dateline.text} {placed.text}",
            ), placed_rest
    return dateline, rest


def _dated_after_credit(dateline: Dateline, rest: str) -> tuple[Dateline, str]:
    """`ANKARA (AA) - 23.03.2011 - The ...`: the date printed after the credit, between
    dashes, belongs to the dateline."""
    match = _DATE_AFTER_CREDIT.match(rest)
    if match is None:
        return dateline, rest
    text = f"{dateline.text} {match.group(0).rstrip()}"
    return replace(dateline, date=match.group(1), text=text), rest[match.end() :]


def _parse(paragraph: str) -> tuple[Dateline | None, str]:
    head = paragraph[:_HEAD]
    opening = head[:_OPENING]
    # The marks in the opening, looked for once (`str.__contains__` is a `memchr`) for all shapes.
    marks = set(filter(opening.__contains__, _MARKS))
    for needs, shape in _SHAPES:
        if marks.isdisjoint(needs) if isinstance(needs, str) else not needs(opening):
            continue
        match = shape.match(head)
        if match is None:
            continue
        rest = paragraph[match.end() :].lstrip()
        dateline = _dateline(match, rest)
        if dateline is not None:
            return dateline, rest
    return None, paragraph


def _dateline(match: re.Match[str], rest: str) -> Dateline | None:
    if not _SENTENCE_START.match(rest):
        return None
    groups = match.groupdict()
    place = groups.get("place")
    agency, date = _split_credit(groups.get("agency") or groups.get("credit"), groups.get("date"))
    bracketed = groups.get("bracketed") is not None
    if not _plausible(place, agency, bracketed, groups):
        return None
    capitals = groups.get("capitals")
    if capitals is not None and (not capitals.isupper() or is_label(capitals)):
        return None
    if (agency is not None and is_label(agency)) or (
        rest and len(rest) < _LABEL_LENGTH and is_label(rest)
    ):
        # `SCHOOLS REOPEN - VIDEO`: a headline and its label.
        return None
    if groups.get("sep") == "-" and not _follows_hyphen(agency, rest) and _hyphenates(match):
        return None
    bare = groups.get("bare") is not None
    if bare and is_label(place or ""):
        return None
    if (groups.get("colon") or bare or groups.get("unmarked") is not None) and not _reads_as_lead(
        rest
    ):
        # `PM: NO TALKS WITH RIVALS`, `UN: Aid must reach Gaza`, `Gaza - Aid convoys blocked`:
        # a headline naming a speaker or a place.
        return None
    if bare and place is not None and place.split(" ", 1)[0] in _OPENERS:
        # `In Manama, The ...`: a sentence, not a place.
        return None
    text = match.group(0).strip()
    if place is not None and agency is None and ". " in place:
        # `ASTANA. KAZINFORM –`: the place, a full stop, the agency.
        town, _, credit = place.rpartition(". ")
        if is_agency(credit):
            place, agency = town, credit
    if place is not None and (is_agency(place) or any(map(str.isdigit, place))):
        # `NNA - ...`, `Sharjah24 – WAM:`: a credit in the dateline slot, with no place.
        place, agency = None, text.rstrip(_CREDIT_END) if agency else place
    return Dateline(
        place=_place_as_printed(place) if place else None,
        agency=agency,
        date=_date_as_printed(date),
        text=text,
    )


def _place_as_printed(place: str) -> str:
    """`KYIV.` -> `KYIV`: a full stop after a name in capitals ends the dateline; after an
    abbreviation (`SILVER SPRING, Md.`, `D.C.`) it belongs to the place."""
    place = place.rstrip(" -–—,")
    if not place.endswith("."):
        return place
    last = place.rsplit(" ", 1)[-1][:-1]
    capitals = len(last) > _ABBREVIATED_CAPITALS and last.isupper() and "." not in last
    return place[:-1] if capitals else place


def _hyphenates(match: re.Match[str]) -> bool:
    """Whether the hyphen after the place (not one after a credit: `Damascus, SANA-The ...`)
    has no space on either side, as inside a compound word."""
    start, end = match.span("sep")
    credit = match.start("agency") if "agency" in match.re.groupindex else -1
    if start < match.start("place") or -1 < credit < start:
        return False
    text = match.string
    return not text[start - 1 : start].isspace() and not text[end : end + 1].isspace()


def _follows_hyphen(agency: str | None, rest: str) -> bool:
    """What may follow a place and a hyphen with no space around it: a known agency
    (`ADEN-SABA`) or a word of running text (`ALGIERS-The cabinet ...`). Anything else is a
    compound word (`Seoul-U.S. drills`) or a wire's topic slug (`MALI-NIGER-ENERGIE / ...`)."""
    if agency is not None:
        return is_agency(agency)
    return not rest.split(" ", 1)[0].isupper()


def _reads_as_lead(rest: str) -> bool:
    """Whether the text after `PLACE:` is an article's first sentence, not a headline's rest."""
    long_enough = count_words(rest, _LEAD_WORDS) >= _LEAD_WORDS
    return long_enough and ends_sentence(rest) and not rest.isupper()


def is_label(word: str) -> bool:
    """`BREAKING:`, `UPDATE -`, `WATCH:`: a label in capitals, not a place."""
    return word.casefold() in folded("labels")


def _date_as_printed(date: str | None) -> str | None:
    """`21 января.` -> `21 января`: a full stop after a whole month name closes the dateline;
    after an abbreviation (`12 Dec.`) it belongs to the date."""
    date = date and date.rstrip(",")
    if date is None or not date.endswith("."):
        return date
    month = date[:-1].rsplit(" ", 1)[-1]
    return date[:-1] if len(month) > _ABBREVIATED_MONTH else date


def _split_credit(agency: str | None, date: str | None) -> tuple[str | None, str | None]:
    """`UrduPoint / WAM - 18th Jun, 2023` -> agency `UrduPoint / WAM`, date `18th Jun, 2023`."""
    if agency is None:
        return None, date
    agency = _LEAD_IN.sub("", agency.strip())
    if (role := _CREDIT_ROLE.search(agency)) and is_agency(agency[: role.start()]):
        return agency[: role.start()], date
    credit, _, tail = agency.rpartition(" - ")
    if credit and is_date(tail.strip()):
        return credit.strip(), date or tail.strip()
    return agency, date


def _plausible(
    place: str | None, agency: str | None, bracketed: bool, groups: dict[str, str | None]
) -> bool:
    """Reject look-alikes such as `Prime Minister (PM) said` or `Paris, France - The ...`."""
    if place is None:
        # A credit alone (`(Reuters) -`) must name a known agency; with a date, a name in
        # capitals will do.
        if agency is None or groups.get("placeless") is not None:
            return agency is not None and is_agency(agency)
        return is_agency(agency) or agency.isupper()
    if len(place) > 60 or _CALENDAR_WORD.match(place):
        return False
    if groups.get("source") is not None or groups.get("unmarked") is not None:
        # A source line, or a credit with no separator before the lead: only a known agency
        # tells them from a headline or a sentence.
        return agency is not None and is_agency(_AGENCY_WORDS.sub("", agency))
    if agency is None:
        return True
    if is_agency(agency):
        return True
    if not bracketed:
        # `Place, AGENCY-` without brackets: an unknown agency must be an acronym, or a site
        # reposting a known one.
        return agency.isupper() or _reposts_agency(agency)
    # An unknown bracketed credit needs a separator or a date after the place, or a place in
    # capitals, to tell it from an acronym in running text.
    return groups.get("sep") is not None or groups.get("date") is not None or place.isupper()


def is_date(text: str) -> bool:
    """Whether `text` is a printed date and nothing else: `04/03/2024`, `March 4, 2024`."""
    return _DATE_ONLY.match(text) is not None


def is_agency(name: str) -> bool:
    """Whether `name` is a known agency or syndicator, or agencies sharing a credit: every part
    of `ANI/WAM`, `Sapa-DPA` (a name of its own first: `ITAR-TASS`)."""
    agencies = folded("agencies")
    key = name.strip().casefold()
    if key in agencies:
        return True
    if "/" in key:
        joined = key.split("/")
    elif "-" in key and " " not in key:
        # `Sapa-DPA` is one word (a hyphen inside a line of words is the words' own).
        joined = key.split("-")
    else:
        return False
    parts = [part for part in map(str.strip, joined) if part]
    return bool(parts) and all(part in agencies for part in parts)


def _reposts_agency(credit: str) -> bool:
    """`Ghanadot/GNA`: a site reposting an agency's copy credits itself, then the agency."""
    site, slash, agency = credit.rpartition("/")
    return bool(slash and site) and is_agency(agency)
