"""Paragraphs from the lines of a page, undoing the hard line wrapping of wire copy."""

from __future__ import annotations

import re
from itertools import pairwise

from service.text.endings import ends_sentence
from service.text.furniture import is_furniture, is_list_item
from service.text.unicode import clean_line

# What a blank line between two blocks may hold.
_BLANK = " \t"
# A literal search by `re` finds a two-character needle faster than `str.__contains__`.
_DOUBLE_SPACE = re.compile("  ")
# Wire copy is wrapped at 60-80 columns; wider lines are paragraphs of their own.
_MAX_WRAP_WIDTH = 90
_MIN_WRAP_WIDTH = 40
# A line filled to this share of the block's width was broken by the wrapping, not by the writer.
_FILLED = 0.6
# A page is wrapped with blank lines between its lines when this many lines go on after one.
_SPACED_WRAP_BREAKS = 3
# ANPA/ATS wire headlines end with " =".
_HEADLINE_END = " ="


def split_paragraphs(text: str) -> list[str]:
    """Non-empty paragraphs of `clean_text` output, each one clean line, in page order.

    Blank lines always separate paragraphs. Inside a block, a line is joined to the next when
    the next one continues the sentence (starts in lower case), and, in a block of hard-wrapped
    wire copy, when it fills the wrapping width without ending a sentence. Elsewhere every line
    is a paragraph of its own (lists of headlines, navigation, one paragraph per line).
    """
    # Tabs and double spaces are looked for once in the page (none spans a line break), where a
    # search per line cost more than the rest of the split: on most pages only the lines' ends
    # are tested.
    spaced = "\t" in text or _DOUBLE_SPACE.search(text) is not None
    paragraphs: list[str] = []
    block: list[str] = []
    # Blocks opening in lower case: without a few, no line after a blank one goes on wrapped
    # text (`_join_spaced_wrap` has nothing to do).
    lower_openings = 0
    for line in text.split("\n"):
        if spaced or line[:1] == " " or line[-1:] == " ":
            if not line.strip(_BLANK):
                line = ""  # a blank line ends the block like an empty one
            elif not (line := _clean(line)):
                continue
        if line:
            if not block and line[:1].islower():
                lower_openings += 1
            block.append(line)
        elif block:
            paragraphs.extend(_unwrap(block))
            block = []
    if block:
        paragraphs.extend(_unwrap(block))
    if lower_openings < _SPACED_WRAP_BREAKS:
        return paragraphs
    return _join_spaced_wrap(paragraphs)


def _join_spaced_wrap(paragraphs: list[str]) -> list[str]:
    """Undo hard wrapping with a blank line after every line (`... will address the` /
    blank / `nation today ...`): on a page where several wrapped lines go on after a blank
    line in lower case, such lines, and a number after a comma, join the line above."""
    breaks = {
        index
        for index in range(1, len(paragraphs))
        if _breaks_wrap(paragraphs[index - 1], paragraphs[index])
    }
    if len(breaks) < _SPACED_WRAP_BREAKS:
        return paragraphs
    joined = [paragraphs[0]]
    for index, (line, paragraph) in enumerate(pairwise(paragraphs), start=1):
        if index in breaks or (line.endswith(",") and paragraph[:1].isdigit()):
            joined[-1] = f"{joined[-1]} {paragraph}"
        else:
            joined.append(paragraph)
    return joined


def _breaks_wrap(line: str, following: str) -> bool:
    """Whether `following` goes on from a line broken at the wrapping width mid-sentence."""
    return (
        following[:1].islower()
        and _MIN_WRAP_WIDTH <= len(line) <= _MAX_WRAP_WIDTH
        and not ends_sentence(line)
    )


def _clean(line: str) -> str:
    """`clean_line`, without splitting the line into words when it is clean already: in
    `clean_text` output the only whitespace is spaces, tabs and line breaks, so a line with no
    tab, no double space and no space at either end has nothing to collapse."""
    if "\t" in line or _DOUBLE_SPACE.search(line) or line[:1] == " " or line[-1:] == " ":
        return clean_line(line)
    return line


def _unwrap(lines: list[str]) -> list[str]:
    if lines[-1].endswith(_HEADLINE_END):
        return [" ".join(lines)[: -len(_HEADLINE_END)].rstrip()]
    if len(lines) == 1:
        return lines
    follows = [*lines[1:], ""]
    width = max(map(len, lines))
    continued = sum(1 for line in follows if line[:1].islower())
    # Hard-wrapped copy: narrow columns, and many lines go on with a lower-case word.
    wrapped = _MIN_WRAP_WIDTH <= width <= _MAX_WRAP_WIDTH and continued * 3 >= len(lines) - 1
    joined: list[str] = []
    current: list[str] = []
    for line, following in zip(lines, follows, strict=True):
        current.append(line)
        if not _joins(line, following, wrapped and len(line) >= _FILLED * width):
            joined.append(" ".join(current))
            current = []
    return joined


def _joins(line: str, following: str, fills_width: bool) -> bool:
    """Whether `following` continues the paragraph that `line` belongs to."""
    if not following or ends_sentence(line) or is_list_item(following):
        return False
    if following[:1].islower():
        return True
    return fills_width and not is_furniture(following)
