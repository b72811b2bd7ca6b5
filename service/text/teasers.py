"""Teasers of other articles on the page: headline, dateline, truncated snippet ending in `…`."""

from __future__ import annotations

from service.article import RelatedItem
from service.text.dateline import parse_dateline
from service.text.endings import ends_clause, ends_question, ends_sentence, is_truncated
from service.text.furniture import is_furniture
from service.text.words import count_words


def looks_like_headline(paragraph: str) -> bool:
    """A short line of words that does not end like a sentence (no full stop, comma, colon);
    a question mark is allowed: headlines ask."""
    # The cheap tests first: prose fails on its length or its full stop, unsplit into words.
    return (
        len(paragraph) <= 250
        and (not ends_clause(paragraph) or ends_question(paragraph))
        and not is_truncated(paragraph)
        and 2 <= count_words(paragraph, 31) <= 30
        and any(map(str.isalpha, paragraph))
    )


def starts_teaser(paragraphs: list[str], index: int, after_furniture: bool = False) -> bool:
    """Whether `paragraphs[index]` is a teaser snippet: truncated, with a dateline or a headline,
    or another article's lead under a dated or credited dateline of its own.

    A headline-like line and a paragraph trailing off in `…` inside an article (a crosshead, a
    quote left hanging) are a teaser only when no finished paragraph follows them. Another
    article's lead comes under its headline or a furniture line (`after_furniture`).
    """
    paragraph = paragraphs[index]
    truncated = is_truncated(paragraph)
    if not truncated and not (
        after_furniture or (index > 0 and looks_like_headline(paragraphs[index - 1]))
    ):
        return False
    dateline, lead = parse_dateline(paragraph)
    if dateline is not None and lead and (dateline.agency or dateline.date):
        return True
    if not truncated:
        return False
    if dateline is not None:
        return True
    return (
        index > 0
        and looks_like_headline(paragraphs[index - 1])
        and not any(
            ends_sentence(later) and not is_truncated(later) for later in paragraphs[index + 1 :]
        )
    )


def split_teasers(tail: list[str]) -> tuple[list[RelatedItem], list[int]]:
    """Group the end of a page into teasers; returns them and the indexes of furniture lines.

    A teaser is an optional headline followed by a snippet (a truncated or datelined paragraph);
    a headline-like line with no snippet after it is a teaser of its own (a list of links).
    """
    related: list[RelatedItem] = []
    furniture: list[int] = []
    headline: str | None = None
    for index, paragraph in enumerate(tail):
        if is_furniture(paragraph):
            furniture.append(index)
            continue
        dateline, rest = parse_dateline(paragraph)
        if dateline is not None or is_truncated(paragraph):
            related.append(RelatedItem(headline=headline, dateline=dateline, snippet=rest or None))
            headline = None
            continue
        if not looks_like_headline(paragraph):
            # Running text with no dateline after the article: notices and disclaimers.
            furniture.append(index)
            continue
        if headline is not None:
            related.append(RelatedItem(headline=headline, dateline=None, snippet=None))
        headline = paragraph
    if headline is not None:
        related.append(RelatedItem(headline=headline, dateline=None, snippet=None))
    return related, furniture
