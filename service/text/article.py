"""Split a page into headline, dateline, body, related teasers and furniture.

The page is cut into three zones around the dateline (or, without one, around the first article
paragraph): the head (headline candidates and furniture), the body, and the tail that starts at
a `Check Also`-style marker or at the first teaser of another article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from service.article import Article, Dateline, RelatedItem
from service.text.dateline import is_agency, parse_dateline
from service.text.furniture import (
    GLUED_CREDIT,
    GLUED_SIGN_OFF,
    is_end_marker,
    is_furniture,
    is_list_item,
    is_page_end_marker,
    is_sign_off,
)
from service.text.paragraphs import split_paragraphs
from service.text.sentences import first_sentence
from service.text.teasers import looks_like_headline, split_teasers, starts_teaser
from service.text.unicode import clean_text

# The dateline is looked for in the first paragraphs only: further down a dateline belongs to a
# teaser or a quoted wire, not to this article.
_DATELINE_WINDOW = 30
# A head-zone line this long after the headline is a standfirst (deck), not the headline.
_STANDFIRST_WORDS = 20
_TITLE_SUFFIX = re.compile(r"\s[-–—|]\s([^-–—|]{1,40})$")
_VERSION_TAG = re.compile(
    r"\s?\((?:\d{1,2}(?:st|nd|rd|th)\s)?(?:LD|lead|urgent|update|corrected)[^()]{0,20}\)"
    r"|\s[+=]$",
    re.IGNORECASE,
)
_TRAILING_PUNCT = " .,;:…\"'”’"


@dataclass(slots=True)
class _Page:
    """Paragraphs of a page and the furniture found so far, kept in page order by index."""

    paragraphs: list[str]
    furniture: list[tuple[float, str]] = field(default_factory=list)

    def drop(self, index: float, text: str) -> None:
        self.furniture.append((index, text))

    def boilerplate(self) -> list[str]:
        return [text for _, text in sorted(self.furniture, key=lambda item: item[0])]


def extract_article(text: str) -> Article:
    """Turn the plain text of one page into an `Article`."""
    page = _Page(split_paragraphs(clean_text(text)))
    _strip_glued_credits(page)
    paragraphs = page.paragraphs
    index, dateline, rest = _find_dateline(paragraphs)
    if dateline is not None:
        body_start = index + 1
        first = [(float(index), rest)] if rest else []
        headline = _head(page, 0, index, rest or _at(paragraphs, body_start))
    else:
        body_start, headline = _head_without_dateline(page)
        first = []
    zone = first + [(float(i), paragraphs[i]) for i in range(body_start, len(paragraphs))]
    body, related = _body(page, zone)
    return Article(
        headline=_clean_headline(headline) if headline else None,
        dateline=dateline,
        lead=first_sentence(body[0]) if body else None,
        body=body,
        related=related,
        boilerplate=page.boilerplate(),
    )


def _at(paragraphs: list[str], index: int) -> str:
    return paragraphs[index] if index < len(paragraphs) else ""


def _strip_glued_credits(page: _Page) -> None:
    """Move syndication credits glued in front of paragraphs to the furniture."""
    for index, paragraph in enumerate(page.paragraphs):
        match = GLUED_CREDIT.match(paragraph)
        if match and match.end() < len(paragraph):
            page.drop(index - 0.5, match.group(0).strip())
            page.paragraphs[index] = paragraph[match.end() :]


def _find_dateline(paragraphs: list[str]) -> tuple[int, Dateline | None, str]:
    """The first paragraph that opens with this article's dateline, before any end marker."""
    for index, paragraph in enumerate(paragraphs[:_DATELINE_WINDOW]):
        if is_end_marker(paragraph):
            break
        if is_furniture(paragraph) and not paragraph[:1].isupper():
            continue
        dateline, rest = parse_dateline(paragraph)
        if dateline is None:
            continue
        if rest or _stands_alone(dateline, paragraphs, index):
            return index, dateline, rest
    return -1, None, ""


def _stands_alone(dateline: Dateline, paragraphs: list[str], index: int) -> bool:
    """A dateline on a line of its own must be followed by article text (not furniture)."""
    following = _at(paragraphs, index + 1)
    if not following or is_furniture(following):
        return False
    # A lone word in capitals (`ANKARA`) is a dateline only when prose follows it.
    return dateline.agency is not None or dateline.date is not None or len(following) > 80


def _head(page: _Page, start: int, stop: int, first_body: str) -> str | None:
    """Pick the headline among `paragraphs[start:stop]`; the rest of them is furniture.

    Furniture, repeated headlines and standfirsts that repeat the body's opening are dropped;
    of the headline-like lines left, the last one that is not a long deck is the headline (pages
    put site names, dates and bylines above it).
    """
    seen: set[str] = set()
    candidates: list[int] = []
    opening = _fold(first_body)
    for index in range(start, stop):
        paragraph = page.paragraphs[index]
        key = _fold(paragraph)
        repeated = key in seen or (len(key) > 30 and opening.startswith(key))
        seen.add(key)
        if repeated or is_furniture(paragraph) or is_list_item(paragraph):
            continue
        if looks_like_headline(paragraph) and (
            not candidates or len(paragraph.split()) < _STANDFIRST_WORDS
        ):
            candidates.append(index)
    chosen = candidates[-1] if candidates else None
    for index in range(start, stop):
        if index != chosen:
            page.drop(index, page.paragraphs[index])
    return page.paragraphs[chosen] if chosen is not None else None


def _head_without_dateline(page: _Page) -> tuple[int, str | None]:
    """Without a dateline: leading furniture, then a headline if one precedes article text."""
    paragraphs = page.paragraphs
    index = _skip_furniture(paragraphs, 0, None)
    following = _skip_furniture(paragraphs, index + 1, None)
    if following < len(paragraphs) and looks_like_headline(paragraphs[index]):
        headline = paragraphs[index]
        body_start = _skip_furniture(paragraphs, index + 1, _fold(headline))
        _drop_range(page, 0, body_start, keep=index)
        return body_start, headline
    _drop_range(page, 0, index, keep=None)
    return index, None


def _skip_furniture(paragraphs: list[str], index: int, repeated: str | None) -> int:
    while index < len(paragraphs):
        paragraph = paragraphs[index]
        if not (is_furniture(paragraph) or is_list_item(paragraph) or _fold(paragraph) == repeated):
            break
        index += 1
    return index


def _drop_range(page: _Page, start: int, stop: int, keep: int | None) -> None:
    for index in range(start, stop):
        if index != keep:
            page.drop(index, page.paragraphs[index])


def _body(page: _Page, zone: list[tuple[float, str]]) -> tuple[list[str], list[RelatedItem]]:
    """Body paragraphs up to the tail; furniture inside and sign-offs at the end are dropped."""
    body: list[tuple[float, str]] = []
    texts = [text for _, text in zone]
    tail = len(zone)
    for position, (index, paragraph) in enumerate(zone):
        if is_end_marker(paragraph):
            tail = position
            break
        if body and starts_teaser(texts, position):
            # The teaser's headline, just before its snippet, was taken for body text.
            headline_taken = body[-1][0] == index - 1 and looks_like_headline(body[-1][1])
            tail = position - 1 if headline_taken else position
            if headline_taken:
                body.pop()
            break
        if is_furniture(paragraph):
            page.drop(index, paragraph)
        else:
            body.append((index, paragraph))
    while len(body) > 1 and is_sign_off(body[-1][1]):
        page.drop(*body.pop())
    if body:
        body[-1] = _strip_sign_off(page, *body[-1])
    if tail < len(zone) and is_page_end_marker(texts[tail]):
        for entry in zone[tail:]:
            page.drop(*entry)
        return [text for _, text in body if text], []
    related, furniture = split_teasers(texts[tail:])
    for offset in furniture:
        page.drop(*zone[tail + offset])
    return [text for _, text in body if text], related


def _strip_sign_off(page: _Page, index: float, paragraph: str) -> tuple[float, str]:
    """`... upon His Highness the Amir. (end) hb` -> the sentence; the trailer is furniture."""
    match = GLUED_SIGN_OFF.search(paragraph)
    if match is None:
        return index, paragraph
    page.drop(index + 0.5, match.group(0).strip())
    return index, paragraph[: match.start()].rstrip()


def _clean_headline(headline: str) -> str:
    """Drop version tags (`(2nd LD)`), continuation marks and agency/site suffixes."""
    headline = _VERSION_TAG.sub("", headline).strip()
    while (suffix := _TITLE_SUFFIX.search(headline)) and is_agency(suffix.group(1).strip()):
        headline = headline[: suffix.start()].rstrip()
    return headline


def _fold(text: str) -> str:
    return " ".join(text.casefold().split()).strip(_TRAILING_PUNCT)
