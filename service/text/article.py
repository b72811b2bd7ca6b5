"""Split a page into headline, dateline, body, related teasers and furniture.

The page is cut into three zones around the dateline (or, without one, around the first article
paragraph): the head (headline candidates and furniture), the body, and the tail that starts at
a `Check Also`-style marker or at the first teaser of another article.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import islice

from service.article import Article, Dateline, RelatedItem
from service.text.dateline import DATE, is_agency, is_date, is_label, parse_dateline
from service.text.endings import ends_clause, ends_question
from service.text.furniture import (
    LIST_MARKS,
    SHORTCODE,
    bracketed_credit,
    closes_copy,
    ends_copy,
    glued_credit,
    glued_sign_off,
    is_adjacent_link,
    is_end_marker,
    is_furniture,
    is_list_item,
    is_page_end_marker,
    is_sign_off,
    is_site,
    looks_like_name,
)
from service.text.lexicon import folded
from service.text.paragraphs import split_paragraphs
from service.text.sentences import first_sentence
from service.text.teasers import looks_like_headline, split_teasers, starts_teaser
from service.text.unicode import clean_text
from service.text.words import count_words

# The dateline is looked for in the first paragraphs only: further down a dateline belongs to a
# teaser or a quoted wire, not to this article.
_DATELINE_WINDOW = 100
_PROSE_BEFORE_DATELINE = 6
# Furniture lines (a byline, a caption) looked past under a dateline on a line of its own.
_SKIPPED_UNDER_DATELINE = 3
_MAX_CANDIDATES = 40
_TRAILING_HEADLINE_WORDS = 24
_QUOTE_MARKS = ('"', "“", "”", "«", "»")
_OPENING_QUOTES = "'\"‘“«"
# A headline has a few words; shorter lines above it are site names and section labels.
_HEADLINE_MIN_WORDS = 4
# A sentence this long opens an article; slogans and notices are shorter.
_LEAD_WORDS = 15
# A paragraph this long is running text even without a full stop (a truncated excerpt).
_PROSE_WORDS = 30
# A summary over the story is a sentence at least this long, repeated within the next paragraphs.
_STANDFIRST_LENGTH = 60
_STANDFIRST_REACH = 3
# Lines between a headline and its deck: a byline or a stamp.
_DECK_GAP = 1
_TITLE_SUFFIX = re.compile(r"\s[-–—|]\s([^-–—|]{1,40})$")
# Its longest match, and a line break that `$` may stand before.
_TITLE_SUFFIX_SPAN = 44
# The publisher before the headline: `Xinhua | China's exports rise`, `AA - Exports rise`.
# Or the site's section: `Actualité - Venezuela: ...`, `Actualité Maroc: ...`.
_TITLE_PREFIX = re.compile(r"([^-–—|:\n]{2,30}?)(?:\s[-–—|]|\s?:)\s(?=\S)")
# A blog theme's thumbnail left after the title: its width, height and the poster's user name
# (`... market turmoil 150 150 admin`).
_IMAGE_TRAILER = re.compile(r"\s\d{2,4}\s\d{2,4}\s[a-z][\w.-]{1,20}$")
_VERSION_TAG = re.compile(
    r"\s?\((?:\d{1,2}(?:st|nd|rd|th)\s)?(?:LD|lead|urgent|update|corrected)[^()]{0,20}\)"
    r"|\s[+=]$"
    # A wire's take number after the headline: `... says Renzi (3)`.
    r"|\s\(\d{1,2}\)$",
    re.IGNORECASE,
)
# Wire tags opening a headline: `UPDATE 2-`, `REFILE-`, `EXCLUSIVE-`, `(News Focus) `,
# `(Yonhap Interview) `, and a write-through of an earlier take with the series it runs in:
# `1st LD Writethru: `, `2nd LD-Writethru-China Focus: `.
_LEADING_TAG = re.compile(
    r"(?:UPDATE(?:\s\d{1,2})?|REFILE|CORRECTED|RPT|WRAPUP(?:\s\d{1,2})?|EXCLUSIVE|ANALYSIS"
    r"|INSIGHT|FACTBOX|EXPLAINER|BREAKINGVIEWS|BUZZ|GRAPHIC|POLL)\s?-(?=\S)"
    r"|\([^()\n]{2,40}\)\s(?=\S)"
    r"|(?:\d{1,2}(?:st|nd|rd|th)\s)?LD[-\s][Ww]rite-?[Tt]hru(?:-[^:\n]{1,30})?:\s(?=\S)"
)
# A label in capitals and a spaced separator opening a headline: `UPDATE 2 – `, `BREAKING: `,
# `VIDEO | `; and one closing it: ` VIDEO`, ` (PHOTOS)`, ` - UPDATED`.
_LABEL_PREFIX = re.compile(
    r"([^\W\d_a-z](?:[^\W\d_a-z]|\s(?=[^\W\d_a-z])){1,20}?)(?:\s\d{1,2})?\s?[-–—:|]\s(?=\S)"
)
_LABEL_SUFFIX = re.compile(
    r"\s(?:[-–—|+]\s)?[(\[]?([^\W\d_a-z]{2,12}(?:(?:,\s?|\s?[/+&]\s?)[^\W\d_a-z]{2,12})?)[)\]]?$"
)
_LABEL_JOINS = re.compile(r"[,/+&\s]+")
# A page's button glued after a sentence-case headline: `... police say View`.
_BUTTON_SUFFIX = re.compile(r"(?<=[a-z])\s(?:View|Listen|Share)$")
_LABEL_MARKS = "-–—|+(["
# Labels and trailers are looked for in a headline's last characters.
_HEADLINE_TAIL = 32
# Where a headline and a dateline are glued together: a capital right after a lower-case letter
# or a full stop (`AustriaMuscat, 25 Oct`), looked for in the paragraph's first characters.
# The match is the capital (its start is the junction): `re` then scans for capitals, which are
# few, instead of testing both sides of every position (twice as fast on a headline).
_GLUED = re.compile(r"[^\W\d_a-z](?<=[a-z.!?”’\"')].)")
_GLUED_SPAN = 200
# `by Jane Doe ` before a dateline: one to four capitalised names, or two reporters' names
# (`By Jane Doe and John Roe `).
_NAME_WORDS = r"(?:[A-Z][\w.'’-]*\s){1,4}"
_BYLINE_PREFIX = re.compile(rf"(?i:by)\s{_NAME_WORDS}(?:(?:and|&)\s{_NAME_WORDS})?")
_SPACE = re.compile(r"\s")
# A capitalised place and a comma, then a bracket or a slash within a few words: where a dateline
# may start inside a line.
_SPACED_DATELINE = re.compile(
    r"\s(?=[^\W\d_a-z][\w'’.\-]{1,30}(?:\s[^\W\d_a-z][\w'’.\-]{1,30}){0,2},\s[^\n(/]{1,30}[(/])"
)
# A feed's channel, category and time stamp glued before an item's headline:
# `Breaking news Economy Tue, 14 Mar 2023 09:12:44 +0600 41 `.
_STAMP_PREFIX = re.compile(
    r"[^\n]{0,60}?\d{1,2}:\d\d(?::\d\d)?(?:\s?(?:[+-]\d{4}|GMT|UTC))?(?:\s\d{1,4})?\s"
)
# A byline after the headline on its line: `Rain cripples transit By JANE DOE, AP Writer`.
_SPACED_BYLINE = re.compile(r"\s((?:By|BY)\s[^\n]{3,120})$")
_BYLINE_ROLES = frozenset(
    ("writer", "writers", "correspondent", "correspondents", "reporter", "reporters", "staff")
)
_GLUED_TRIES = 3
# Wire headlines are wrapped at 60-70 columns; an item number (`[01] `) opens digest headlines.
_WRAPPED_HEADLINE = 50
_CONTINUATION_WORDS = 4
_ITEM_NUMBER = re.compile(r"\[\d{1,3}\]\s")
# A run of three asterisks or hashes between two sentences.
_SECTION_BREAK = re.compile(r"(?<=[.!?\"”’])\s(?:\*\s?){3,}|(?<=[.!?\"”’])\s#{3,}\s")
# Markup left in the text: a wire's story tag, and a blog's caption or embed shortcode.
_MARKUP = re.compile(rf"\s?\[ID:[^\]\n]{{1,40}}\]|\s?{SHORTCODE}")
_TRAILING_PUNCT = " .,;:…\"'”’"
# Characters folded past a key's length: a few collapsed spaces or stripped marks leave the
# folded start long enough.
_FOLD_MARGIN = 8
# Words of four letters or more, minus the commonest (`data/common_words.txt`), tell a topic.
_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")
# A photo caption ends with the day the picture was taken (`Prime Minister Jun Sato speaks to
# reporters in Tokyo, March 4, 2024`); a headline does not.
_DATED_CAPTION = re.compile(rf",\s(?:{DATE})\.?$")
_CAPTION_WORDS = 8


@dataclass(slots=True)
class _Page:
    """Paragraphs of a page and the furniture found so far, kept in page order by index."""

    paragraphs: list[str]
    furniture: list[tuple[float, str]] = field(default_factory=list)

    def drop(self, index: float, text: str) -> None:
        self.furniture.append((index, text))

    def split(self, index: int, at: int) -> None:
        """Cut paragraph `index` in two at character `at` (later furniture moves down one)."""
        paragraph = self.paragraphs[index]
        self.paragraphs[index : index + 1] = [paragraph[:at].rstrip(), paragraph[at:]]
        self.furniture = [(i + 1 if i > index else i, text) for i, text in self.furniture]

    def join(self, index: int) -> None:
        """Join paragraph `index` and the next one (later furniture moves up one)."""
        self.paragraphs[index : index + 2] = [" ".join(self.paragraphs[index : index + 2])]
        self.furniture = [
            (max(index + 0.5, i - 1) if i > index else i, text) for i, text in self.furniture
        ]

    def boilerplate(self) -> list[str]:
        return [text for _, text in sorted(self.furniture, key=lambda item: item[0])]


def extract_article(text: str) -> Article:
    """Turn the plain text of one page into an `Article`."""
    page = _Page(split_paragraphs(clean_text(text)))
    _split_section_breaks(page)
    _strip_glued_credits(page)
    index, dateline, rest = _find_dateline(page)
    if dateline is None:
        index, dateline, rest = _find_glued_dateline(page)
    paragraphs = page.paragraphs
    if dateline is not None:
        body_start = index + 1
        first = [(float(index), rest)] if rest else []
        head = _head(page, 0, index, rest or _at(paragraphs, body_start))
    else:
        body_start, head = _head_without_dateline(page)
        first = []
    zone = first + [(float(i), paragraphs[i]) for i in range(body_start, len(paragraphs))]
    body, related = _body(page, zone)
    return Article(
        headline=_headline(page, head),
        dateline=dateline,
        lead=first_sentence(body[0]) if body else None,
        body=body,
        related=related,
        boilerplate=page.boilerplate(),
    )


def _at(paragraphs: list[str], index: int) -> str:
    return paragraphs[index] if index < len(paragraphs) else ""


def _split_section_breaks(page: _Page) -> None:
    """Start a new paragraph at a section break run into the text (`... message. *** The
    history of the agency ...`): what follows it is another section (notes, an "About" box)."""
    paragraphs: list[str] = []
    for paragraph in page.paragraphs:
        start = 0
        # One-character tests first: they run as `memchr`, a two-character search does not.
        if ("*" in paragraph and "**" in paragraph) or ("#" in paragraph and "##" in paragraph):
            for match in _SECTION_BREAK.finditer(paragraph, 1):
                paragraphs.append(paragraph[start : match.start()].rstrip())
                start = match.start() + 1
        paragraphs.append(paragraph[start:])
    page.paragraphs = paragraphs


def _strip_glued_credits(page: _Page) -> None:
    """Move syndication credits glued in front of paragraphs, and markup inside them (wire
    story tags `[ID:nL8N3AB123]`, blog shortcodes `[caption ...]...[/caption]`), to the
    furniture. A paragraph of markup only stays, as furniture."""
    for index, paragraph in enumerate(page.paragraphs):
        match = glued_credit(paragraph)
        if match and match.end() < len(paragraph):
            page.drop(index - 0.5, match.group(0).strip())
            paragraph = page.paragraphs[index] = paragraph[match.end() :]
        tagged = "[" in paragraph and ("[ID:" in paragraph or "[/" in paragraph)
        if tagged and (untagged := _MARKUP.sub("", paragraph).strip()):
            for tag in _MARKUP.finditer(paragraph):
                page.drop(index + 0.25, tag.group(0).strip())
            page.paragraphs[index] = untagged


def _opening(paragraphs: list[str]) -> Iterator[tuple[int, str]]:
    """The paragraphs where this article's dateline may be: above its first paragraphs of prose
    and any end marker. Further down a dateline belongs to a teaser or a quoted wire."""
    prose = 0
    for index, paragraph in enumerate(paragraphs[:_DATELINE_WINDOW]):
        if prose == _PROSE_BEFORE_DATELINE or is_end_marker(paragraph):
            return
        yield index, paragraph
        prose += _is_prose(paragraph)


def _find_dateline(page: _Page) -> tuple[int, Dateline | None, str]:
    """The first paragraph that opens with this article's dateline, before any end marker."""
    paragraphs = page.paragraphs
    for index, paragraph in _opening(paragraphs):
        dateline, rest = parse_dateline(paragraph)
        if dateline is None:
            continue
        if not rest and (continued := _continued_dateline(paragraphs, index, dateline)):
            page.join(index)
            dateline, rest = continued
        # A furniture line (`BREAKING NEWS`) passes for a bare dateline, a credit line alone
        # (`EFE 02/22/2024`) for a dateline without a place; a stamp with a date or a credit
        # and a place or text (`June 3, 2019 11:20 am | Updated ... - MARGAO`) is one.
        if is_furniture(paragraph) and (
            (dateline.agency is None and dateline.date is None)
            or (dateline.place is None and not rest)
        ):
            continue
        if rest and _is_teaser_card(paragraphs, index):
            continue
        if index == 0 and not rest and dateline.place is None and dateline.date is None:
            # `NEWS AGENCY OF NIGERIA` over the headline: the page's masthead, not a credit.
            continue
        if dateline.place is None and rest and _credits_no_lead(rest, paragraphs, index):
            continue
        if dateline.agency is None and dateline.date is None:
            credited = _credited_below(paragraphs, index)
            if credited is not None:
                return credited
        if rest or _stands_alone(dateline, paragraphs, index):
            return index, dateline, rest
    return -1, None, ""


def _credited_below(paragraphs: list[str], index: int) -> tuple[int, Dateline, str] | None:
    """A credited or dated dateline and its lead further down the opening, under a bare one:
    `Mumbai: Heavy rain lashed ...` over `Mumbai, Jul 2 (PTI) Heavy rain ...` (a site's
    summary over the wire's lead), `Mayor: "We will rebuild"` (a headline naming a speaker)
    over `DENVER (AP) — ...`. The credited lead is the article's."""
    for below, paragraph in _opening(paragraphs):
        if below <= index:
            continue
        dateline, rest = parse_dateline(paragraph)
        if dateline is not None and rest and (dateline.agency or dateline.date):
            return below, dateline, rest
    return None


def _credits_no_lead(rest: str, paragraphs: list[str], index: int) -> bool:
    """Whether a credit with no place opens a line that is not the lead: `KYODO NEWS - Mar 4,
    2024 - 10:15 | Business` (a stamp), `AA - Turkey's exports rise` over the lead (the
    publisher before the headline)."""
    if is_furniture(rest):
        return True
    return looks_like_headline(rest) and _is_prose(_at(paragraphs, index + 1))


def _continued_dateline(
    paragraphs: list[str], index: int, dateline: Dateline
) -> tuple[Dateline, str] | None:
    """A dateline broken over two lines, the credit or the date opening the second one, and
    the rest of that line: `BAKU, Azerbaijan, Nov. 25` over `Trend:`, `ITAR-TASS news agency,
    Moscow` over `19 Jan 05`, `WASHINGTON` over `(AP) — The Senate ...`."""
    following = _at(paragraphs, index + 1)
    if not following:
        return None
    joined, rest = parse_dateline(f"{paragraphs[index]} {following}")
    if joined is None or joined.place != dateline.place:
        return None
    adds = (joined.agency and not dateline.agency) or (joined.date and not dateline.date)
    return (joined, rest) if adds else None


def _is_teaser_card(paragraphs: list[str], index: int) -> bool:
    """Whether the datelined paragraph at `index` is a one-paragraph card of a listing page,
    followed right away by another story's headline and datelined lead with text after it."""
    following = index + 1
    if following + 2 >= len(paragraphs) or not looks_like_headline(paragraphs[following]):
        return False
    dateline, rest = parse_dateline(paragraphs[following + 1])
    return (
        dateline is not None
        and bool(rest)
        and (dateline.agency is not None or dateline.date is not None)
        and not looks_like_headline(paragraphs[following + 2])
    )


def _unglue_furniture(page: _Page, lines: list[int], headline: str) -> str:
    """Cut a byline or a section label glued to the headline with no space between them:
    `Exports surgeBy Jane Doe | March 4, 2024`, `WorldChina's exports surge`."""
    # The junctions are found once (the scan is slow): cutting the headline's end off leaves
    # the junctions before the cut as they were.
    junctions = [m.start() for m in islice(_GLUED.finditer(headline, 1, _GLUED_SPAN), _GLUED_TRIES)]
    for junction in junctions:
        if is_furniture(tail := headline[junction:]):
            page.drop(lines[-1] + 0.5, tail)
            headline = headline[:junction]
            break
    # `By` or `BY` opens a byline: headlines without either skip the (slow) scan.
    bylined = "By" in headline or "BY" in headline
    byline = _SPACED_BYLINE.search(headline) if bylined else None
    if byline and _is_credited_byline(byline.group(1)):
        page.drop(lines[-1] + 0.5, byline.group(1))
        headline = headline[: byline.start()]
    for junction in junctions:
        if junction >= len(headline):
            break
        head, rest = headline[:junction], headline[junction:]
        # An opening quote mark before a capital (`'Friendly' talks ...`) is the headline's.
        if head.strip(_OPENING_QUOTES) and is_furniture(head) and looks_like_headline(rest):
            page.drop(lines[0] - 0.5, head)
            return rest
    return headline


def _is_credited_byline(text: str) -> bool:
    """`By JANE DOE`, `By Jane Doe, Associated Press Writer`: a byline that cannot be the end of
    a title-case headline (`Man Hit By Storm Debris`): names in capitals, or a credit after them."""
    if not is_furniture(text):
        return False
    names, _, role = text[3:].partition(",")
    words = set(role.casefold().split())
    role = role.strip()
    return names.isupper() or bool(words & _BYLINE_ROLES) or (bool(role) and is_agency(role))


def _find_glued_dateline(page: _Page) -> tuple[int, Dateline | None, str]:
    """A dateline glued to the end of the headline (`Sultan Greets PresidentMuscat, 25 Oct
    (ONA) --- ...`) or after a byline (`by Jane Doe NAIROBI (Xinhua) -- ...`). The paragraph is
    cut in two where a dated or credited dateline starts: where a capital follows a lower-case
    letter or a full stop with no space, or after a byline's names."""
    for index, paragraph in _opening(page.paragraphs):
        for cut in _cuts(paragraph):
            dateline, rest = parse_dateline(paragraph[cut:])
            if (
                dateline is not None
                and rest
                and dateline.place
                and (dateline.agency or dateline.date)
            ):
                page.split(index, cut)
                return index + 1, dateline, rest
    return -1, None, ""


def _cuts(paragraph: str) -> list[int]:
    """Where a glued dateline may start in a paragraph; after a byline, the shortest place
    first (`by Jane Doe NAIROBI (Xinhua)`: the place is `NAIROBI`, not `Doe NAIROBI`)."""
    cuts = [m.start() for m in islice(_GLUED.finditer(paragraph, 0, _GLUED_SPAN), _GLUED_TRIES)]
    if byline := _BYLINE_PREFIX.match(paragraph):
        cuts += reversed([m.end() for m in _SPACE.finditer(paragraph, 3, byline.end())])
    # A feed item run into one line: `... new bus routes Osh, Feb. 7, 2022 / Kabar /. The`.
    spaced = _SPACED_DATELINE.finditer(paragraph, 0, _GLUED_SPAN + 100)
    cuts += [m.end() for m in islice(spaced, _GLUED_TRIES)]
    return cuts


def _stands_alone(dateline: Dateline, paragraphs: list[str], index: int) -> bool:
    """A dateline on a line of its own must be followed by article text (not furniture).

    A credited or dated one may have a byline or a photo caption between it and the lead
    (`WASHINGTON (AP) —` over `By JANE DOE`) when the lead comes next; a lone word in capitals
    (`ANKARA`) is a dateline only when prose follows it right away.
    """
    credited = dateline.agency is not None or dateline.date is not None
    following = index + 1
    while (
        credited
        and following <= index + _SKIPPED_UNDER_DATELINE
        and is_furniture(_at(paragraphs, following))
    ):
        following += 1
    text = _at(paragraphs, following)
    if not text or is_furniture(text):
        return False
    if following > index + 1 and (not _is_prose(text) or parse_dateline(text)[0] is not None):
        # Under a digest's dateline and a rule, the headline of its first item; under a wire
        # advisory and a byline, the lead with the dateline.
        return False
    return credited or len(text) > 80


def _head(page: _Page, start: int, stop: int, first_body: str) -> list[int]:
    """Pick the headline's lines among `paragraphs[start:stop]`; the rest of them is furniture."""
    candidates = _headline_candidates(page.paragraphs, start, stop, first_body)
    chosen = _pick_headline(page.paragraphs, candidates, first_body)
    lines = [] if chosen is None else _headline_lines(page.paragraphs, candidates[chosen], stop)
    _drop_range(page, start, stop, keep=lines)
    return lines


def _headline_lines(paragraphs: list[str], index: int, stop: int) -> list[int]:
    """The headline line, and the next one when it finishes a wire headline wrapped in two.

    A filled line that breaks off on a lower-case word (`... issues in reviewing`) goes on in a
    short line of words (`Maastricht`); a name alone (`Jane Doe`) is a byline, not the rest.
    """
    following = index + 1
    if following >= stop:
        return [index]
    line, rest = paragraphs[index], paragraphs[following]
    words = rest.split()
    continues = (
        len(line) >= _WRAPPED_HEADLINE
        and line.rsplit(" ", 1)[-1][:1].islower()
        and len(words) <= _CONTINUATION_WORDS
        and (len(words) == 1 or any(word[:1].islower() for word in words))
        and looks_like_headline(f"{line} {rest}")
        and not is_furniture(rest)
    )
    return [index, following] if continues else [index]


def _headline(page: _Page, lines: list[int]) -> str | None:
    """The headline text: its lines joined, with item numbers, version tags, continuation
    marks, agency credits and site suffixes left out (the numbers and credits to furniture)."""
    if not lines:
        return None
    headline = " ".join(page.paragraphs[index] for index in lines)
    if is_list_item(headline):
        marks = headline[: len(headline) - len(headline.lstrip(LIST_MARKS))]
        page.drop(lines[0] - 0.5, marks)
        headline = headline[len(marks) :].lstrip()
    if number := _ITEM_NUMBER.match(headline):
        page.drop(lines[0] - 0.5, number.group(0).strip())
        headline = headline[number.end() :]
    headline = _strip_version_tags(headline).strip()
    # A stamp has a clock: headlines without a colon skip the (slow) scan.
    stamp = _STAMP_PREFIX.match(headline) if ":" in headline else None
    if stamp and looks_like_headline(headline[stamp.end() :]):
        page.drop(lines[0] - 0.5, stamp.group(0).strip())
        headline = headline[stamp.end() :]
    if tag := _LEADING_TAG.match(headline):
        headline = headline[tag.end() :].lstrip()
    if (credit := bracketed_credit(headline)) is not None:
        page.drop(lines[-1] + 0.5, headline[credit:].strip())
        headline = headline[:credit].rstrip()
    headline = _unglue_furniture(page, lines, headline)
    if junk := _IMAGE_TRAILER.search(headline, max(0, len(headline) - _HEADLINE_TAIL)):
        page.drop(lines[-1] + 0.5, junk.group(0).strip())
        headline = headline[: junk.start()]
    while (suffix := _title_suffix(headline)) and _names_site(suffix.group(0)):
        headline = headline[: suffix.start()].rstrip()
    if (prefix := _TITLE_PREFIX.match(headline)) and _names_publisher(prefix.group(1)):
        page.drop(lines[0] - 0.5, prefix.group(0).strip())
        headline = headline[prefix.end() :]
    if button := _BUTTON_SUFFIX.search(headline, max(0, len(headline) - _HEADLINE_TAIL)):
        page.drop(lines[-1] + 0.5, button.group(0).strip())
        headline = headline[: button.start()]
    return _strip_labels(page, lines, headline)


def _names_publisher(prefix: str) -> bool:
    """`Xinhua`, `AA`: the site; `Actualité`, `Actualité Maroc`: a section of it (a label,
    maybe with the region it covers)."""
    return is_site(prefix) or is_label(prefix.split(" ", 1)[0])


def _strip_version_tags(headline: str) -> str:
    """The headline without version tags and take numbers: `(LD)`, `(2nd update)`, `(3)`, ` +`."""
    # A tag starts at most one character before its bracket, `+` or `=`: the (slow) scan starts
    # there, and most headlines have none of them.
    marks = [at for at in map(headline.find, "(+=") if at >= 0]
    if not marks:
        return headline
    start = max(0, min(marks) - 1)
    return headline[:start] + _VERSION_TAG.sub("", headline[start:])


def _title_suffix(headline: str) -> re.Match[str] | None:
    """A title suffix (` | Reuters`), searched for in the headline's last characters only."""
    return _TITLE_SUFFIX.search(headline, max(0, len(headline) - _TITLE_SUFFIX_SPAN))


def _names_site(suffix: str) -> bool:
    """` | Reuters`, ` - English.news.cn`, ` | Daily Planet`, ` - 04/03/2024`: a title suffix
    naming the publisher or the day. After a pipe, which headlines do not use, a short name in
    capitals will do."""
    separator, name = suffix[1], suffix[3:].strip()
    return is_site(name) or is_date(name) or (separator == "|" and looks_like_name(name))


def _strip_labels(page: _Page, lines: list[int], headline: str) -> str:
    """Move labels in capitals around the headline to the furniture: `UPDATE – Exports rise`,
    `BREAKING: Quake hits ...`, `President receives envoys VIDEO`. In a headline in capitals a
    last word is a label only after a dash or in brackets (`ENVOYS ARRIVE - VIDEO`)."""
    label = _LABEL_PREFIX.match(headline)
    if label and _is_capital_label(label.group(1)) and looks_like_headline(headline[label.end() :]):
        page.drop(lines[0] - 0.5, label.group(0).strip())
        headline = headline[label.end() :]
    label = _LABEL_SUFFIX.search(headline, max(0, len(headline) - _HEADLINE_TAIL))
    if (
        label
        and _is_capital_label(label.group(1))
        and looks_like_headline(headline[: label.start()])
        and (not headline.isupper() or label.group(0)[1] in _LABEL_MARKS)
    ):
        page.drop(lines[-1] + 0.5, label.group(0).strip())
        headline = headline[: label.start()]
    return headline


def _is_capital_label(words: str) -> bool:
    """`UPDATE`, `LIVE UPDATES`, `PHOTO, VIDEO`, `PHOTO/VIDEO`: labels in capitals."""
    return words.isupper() and (
        is_label(words) or all(map(is_label, filter(None, _LABEL_JOINS.split(words))))
    )


def _headline_candidates(
    paragraphs: list[str], start: int, stop: int, first_body: str
) -> list[int]:
    """Headline-like lines that are not furniture, repeats, or a standfirst repeating the body.

    Some sites end headlines with a full stop: a short one-sentence line is a candidate only
    when nothing else above the dateline looks like a headline.
    """
    seen: set[str] = set()
    candidates: list[int] = []
    sentences: list[int] = []
    bulleted: list[int] = []
    topic: set[str] | None = None
    for index in range(start, stop):
        paragraph = paragraphs[index]
        key = _fold(paragraph)
        repeated = key in seen or (len(key) > 30 and _opens_with(first_body, key))
        seen.add(key)
        if repeated or is_furniture(paragraph) or _is_dated_caption(paragraph):
            continue
        if is_list_item(paragraph):
            topic = _content_words(first_body) if topic is None else topic
            if _is_bulleted_headline(paragraph, topic):
                bulleted.append(index)
            continue
        if looks_like_headline(paragraph):
            candidates.append(index)
        elif looks_like_headline(paragraph.rstrip(".!")) and len(paragraph.split()) <= 15:
            sentences.append(index)
    # On a listing page only the lines nearest the article are worth weighing (and weighing
    # them all would cost quadratic time).
    return candidates[-_MAX_CANDIDATES:] or sentences[:1] or bulleted[:1]


def _is_dated_caption(paragraph: str) -> bool:
    long_enough = count_words(paragraph, _CAPTION_WORDS) >= _CAPTION_WORDS
    return long_enough and _DATED_CAPTION.search(paragraph) is not None


def _is_bulleted_headline(paragraph: str, topic: set[str]) -> bool:
    """`• Michelle Obama visits veterans center` over the article: a page that sets its headline
    as a list item. Menus are lists too: the line must share words with the opening."""
    text = paragraph.lstrip(LIST_MARKS).lstrip()
    return (
        len(text.split()) >= _HEADLINE_MIN_WORDS
        and looks_like_headline(text)
        and _topic_score(text, topic) > 0
    )


def _pick_headline(paragraphs: list[str], indexes: list[int], opening: str) -> int | None:
    """The candidate of a few words that best sums up the article's opening.

    Pages put site names, forum thread titles, section labels, tables of contents and site
    chrome ("Skip to main content") above the headline and decks below it; wire slugs
    (`Notes de frais GE`) open the headline they stand above. A headline is a dense summary of
    the opening: most of its content words recur there, where a site name shares one or two.
    A deck sums up the opening too, but comes right after the headline and is longer: it never
    displaces the headline. Without any shared word, the first long enough candidate wins, else
    the last one.
    """
    if not indexes:
        return None
    if len(indexes) == 1 and not _is_masthead(paragraphs[indexes[0]]):
        # A lone candidate is the headline whatever it shares with the opening: scores only
        # rank candidates, or rule out a masthead that shares no word.
        return 0
    candidates = [paragraphs[index] for index in indexes]
    keys = [_fold(candidate) for candidate in candidates]
    topic = _content_words(opening)
    eligible = [
        index
        for index, candidate in enumerate(candidates)
        if len(candidate.split()) >= _HEADLINE_MIN_WORDS
        and not _goes_on(keys[index], keys[index + 1 :], topic)
    ]
    scores = [_topic_score(candidate, topic) for candidate in candidates]
    best: int | None = None
    for index in eligible or range(len(candidates)):
        if scores[index] > (0.0 if best is None else scores[best]) and not (
            best is not None and _is_deck(paragraphs, indexes, index, best)
        ):
            best = index
    if best is None:
        # Nothing shares a word with the opening: a masthead in capitals (`OF THE EMBASSY OF
        # ...`) or the site's name (`The Kanto Shimbun`) is no headline.
        fallback = eligible[0] if eligible else len(candidates) - 1
        return None if _is_masthead(candidates[fallback]) else fallback
    return best


def _is_masthead(line: str) -> bool:
    return line.isupper() or is_site(line)


def _goes_on(key: str, later_keys: list[str], topic: set[str]) -> bool:
    """Whether a later candidate goes on from this one with words of the article: a wire slug
    (`Notes de frais GE`) opens the headline under it, but the headline repeated with a site's
    trailer (`... market turmoil 150 150 admin`) leaves the headline as it was."""
    return any(
        later.startswith(key) and not _content_words(later[len(key) :]).isdisjoint(topic)
        for later in later_keys
    )


def _is_deck(paragraphs: list[str], indexes: list[int], later: int, headline: int) -> bool:
    """Whether candidate `later` is the deck under candidate `headline`: longer, with no
    running text between them. (Headlines of other stories, each with its snippet,
    come apart; a deck sits right under its headline, a byline or a stamp in between at most.)"""
    first, second = paragraphs[indexes[headline]], paragraphs[indexes[later]]
    if len(second.split()) <= len(first.split()):
        return False
    between = range(indexes[headline] + 1, indexes[later])
    return len(between) <= _DECK_GAP and not any(_is_prose(paragraphs[i]) for i in between)


def _topic_score(candidate: str, topic: set[str]) -> float:
    """The share of the candidate's content words found in the opening (one unseen word added,
    so that a one-word match does not outweigh a headline that shares four of five)."""
    words = _content_words(candidate)
    return len(words & topic) / (len(words) + 1)


def _content_words(text: str) -> set[str]:
    return set(_CONTENT_WORD.findall(text.casefold())) - folded("common_words")


def _head_without_dateline(page: _Page) -> tuple[int, list[int]]:
    """Without a dateline: the headline is looked for above the first paragraph of prose.

    The body starts right after the headline (repeats and furniture skipped), so a first
    paragraph that does not end like a sentence still belongs to it.
    """
    paragraphs = page.paragraphs
    first_prose = _first_prose(paragraphs)
    opening = _at(paragraphs, first_prose)
    candidates = _headline_candidates(paragraphs, 0, first_prose, opening)
    chosen = _pick_headline(paragraphs, candidates, opening)
    if chosen is not None:
        index = candidates[chosen]
        lines = _headline_lines(paragraphs, index, first_prose)
        # The headline may come again below, with or without a site's suffix or trailer.
        untitled = _fold(_TITLE_SUFFIX.sub("", paragraphs[index]))
        body_start = _past_standfirst(
            paragraphs, _skip_furniture(paragraphs, lines[-1] + 1, untitled)
        )
        if body_start < len(paragraphs):
            _drop_range(page, 0, body_start, keep=lines)
            return body_start, lines
    # No headline: the body starts at the first run of prose (mastheads and stamps above it
    # are furniture).
    body_start = _past_standfirst(
        paragraphs,
        first_prose if first_prose < len(paragraphs) else _skip_furniture(paragraphs, 0, None),
    )
    _drop_range(page, 0, body_start, keep=[])
    return body_start, []


def _past_standfirst(paragraphs: list[str], index: int) -> int:
    """Where the body starts when the page prints a summary over the story: the summary's text
    comes again inside one of the next paragraphs (the story's own lead or second sentence)."""
    while index + 1 < len(paragraphs) and _is_standfirst(paragraphs, index):
        index = _skip_furniture(paragraphs, index + 1, None)
    return index


def _is_standfirst(paragraphs: list[str], index: int) -> bool:
    paragraph = paragraphs[index]
    if len(paragraph) < _STANDFIRST_LENGTH:
        return False
    key = _fold(paragraph)
    later = paragraphs[index + 1 : index + 1 + _STANDFIRST_REACH]
    return any(len(text) > len(paragraph) and key in _fold(text) for text in later)


def _first_prose(paragraphs: list[str]) -> int:
    """The first paragraph of the article's running text.

    Pages carry slogans and notices that read like sentences ("The city will host the games!")
    between lists and labels: a short sentence starts the article only when running text
    follows it (furniture in between skipped, a list is not).
    """
    prose = [_is_prose(p) and not is_furniture(p) for p in paragraphs]
    for index, paragraph in enumerate(paragraphs):
        if not prose[index]:
            continue
        following = next(
            (i for i in range(index + 1, len(paragraphs)) if not is_furniture(paragraphs[i])),
            len(paragraphs),
        )
        if (
            following == len(paragraphs)
            or prose[following]
            or count_words(paragraph, _LEAD_WORDS) >= _LEAD_WORDS
        ):
            return index
    return next((index for index, fits in enumerate(prose) if fits), len(paragraphs))


def _is_prose(paragraph: str) -> bool:
    """A paragraph of running text: a finished sentence (not a question: headlines ask), or long."""
    words = count_words(paragraph, _PROSE_WORDS)
    if words >= _PROSE_WORDS:
        return True
    return words >= _HEADLINE_MIN_WORDS and ends_clause(paragraph) and not ends_question(paragraph)


def _repeats(paragraph: str, headline: str | None) -> bool:
    """The headline again, maybe with a site's suffix or trailer (`... 300 200 editor`)."""
    if headline is None:
        return False
    key = _fold(paragraph)
    return key == headline or (key.startswith(headline) and not _is_prose(paragraph))


def _skip_furniture(paragraphs: list[str], index: int, repeated: str | None) -> int:
    while index < len(paragraphs):
        paragraph, following = paragraphs[index], _at(paragraphs, index + 1)
        if _is_alt_text(paragraph, following):
            # The caption under it goes too when it only repeats the image's text.
            index += 2 if following == paragraph else 1
            continue
        if not (
            is_furniture(paragraph) or is_list_item(paragraph) or _repeats(paragraph, repeated)
        ):
            break
        index += 1
    return index


def _is_alt_text(paragraph: str, following: str) -> bool:
    """An image's text printed again in the caption or credit under it: `Prime Minister Jun
    Sato` over `Prime Minister Jun Sato` or `© APA | Prime Minister Jun Sato`."""
    if paragraph not in following or _is_prose(paragraph):
        return False
    return following == paragraph or is_furniture(following)


def _drop_range(page: _Page, start: int, stop: int, keep: list[int]) -> None:
    for index in range(start, stop):
        if index not in keep:
            page.drop(index, page.paragraphs[index])


def _body(page: _Page, zone: list[tuple[float, str]]) -> tuple[list[str], list[RelatedItem]]:
    """Body paragraphs up to the tail; furniture inside and sign-offs at the end are dropped."""
    body: list[tuple[float, str]] = []
    texts = [text for _, text in zone]
    tail = len(zone)
    after_furniture = False
    for position, (index, paragraph) in enumerate(zone):
        standing = is_furniture(paragraph)
        # A link to an adjacent article is a short line of furniture; only under the story's
        # text does it end the story (themes print such links above it too).
        if is_end_marker(paragraph) or (body and standing and is_adjacent_link(paragraph)):
            tail = position
            break
        if body and starts_teaser(texts, position, after_furniture):
            # The teaser's headline, just before its snippet, was taken for body text.
            headline_taken = body[-1][0] == index - 1 and looks_like_headline(body[-1][1])
            tail = position - 1 if headline_taken else position
            if headline_taken:
                body.pop()
            break
        if body and ends_copy(paragraph):
            page.drop(index, paragraph)
            tail = position + 1
            break
        after_furniture = standing
        if after_furniture:
            page.drop(index, paragraph)
            continue
        body.append((index, paragraph))
        if closes_copy(paragraph):
            tail = position + 1
            break
    # A short last paragraph is a sign-off, unless a sentence stands before its glued trailer.
    while len(body) > 1 and _trails(body[-1][1]):
        page.drop(*body.pop())
    if body:
        body[-1] = _strip_sign_off(page, *body[-1])
    kept = [text for _, text in body if text]
    if tail < len(zone) and is_page_end_marker(texts[tail]):
        for entry in zone[tail:]:
            page.drop(*entry)
        return kept, []
    related, furniture = split_teasers(texts[tail:])
    for offset in furniture:
        page.drop(*zone[tail + offset])
    return kept, related


def _trails(paragraph: str) -> bool:
    """Whether a last body paragraph is not article text: a sign-off (unless a sentence stands
    before its glued trailer), or a headline of another story (`(News Focus) ...`)."""
    if glued_sign_off(paragraph) is not None:
        return False
    # A short unpunctuated line, not a closing paragraph that lost its full stop (those are
    # longer, or quote someone).
    return is_sign_off(paragraph) or (
        count_words(paragraph, _TRAILING_HEADLINE_WORDS + 1) <= _TRAILING_HEADLINE_WORDS
        and looks_like_headline(paragraph)
        and not ends_question(paragraph)
        and not any(mark in paragraph for mark in _QUOTE_MARKS)
    )


def _strip_sign_off(page: _Page, index: float, paragraph: str) -> tuple[float, str]:
    """`... upon His Highness the Amir. (end) hb` -> the sentence; the trailer is furniture."""
    start = glued_sign_off(paragraph)
    if start is None:
        return index, paragraph
    page.drop(index + 0.5, paragraph[start:].strip())
    return index, paragraph[:start].rstrip()


def _opens_with(text: str, key: str) -> bool:
    """`_fold(text).startswith(key)`, folding only as much of `text` as `key` can cover.

    The fold of a text's start is the start of the text's fold: case folding goes character by
    character, and collapsing spaces or stripping the ends changes nothing before the cut.
    """
    reach = len(key) + _FOLD_MARGIN
    start = _fold(text[:reach])
    if len(start) < len(key) and len(text) > reach:
        # Runs of spaces or marks shrank the start below the key: fold the whole text.
        start = _fold(text)
    return start.startswith(key)


def _fold(text: str) -> str:
    return " ".join(text.casefold().split()).strip(_TRAILING_PUNCT)
