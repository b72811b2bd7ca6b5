"""Paragraphs from the lines of a page, undoing the hard line wrapping of wire copy."""

from __future__ import annotations

import re

from service.text.endings import ends_sentence
from service.text.furniture import is_furniture, is_list_item
from service.text.unicode import clean_line

_BLANK_LINES = re.compile(r"\n[ \t]*\n")
# Wire copy is wrapped at 60-80 columns; wider lines are paragraphs of their own.
_MAX_WRAP_WIDTH = 90
_MIN_WRAP_WIDTH = 40
# A line filled to this share of the block's width was broken by the wrapping, not by the writer.
_FILLED = 0.6
# ANPA/ATS wire headlines end with " =".
_HEADLINE_END = " ="


def split_paragraphs(text: str) -> list[str]:
    """Non-empty paragraphs, each one clean line, in page order.

    Blank lines always separate paragraphs. Inside a block of hard-wrapped lines (wire copy, all
    lines at most ~90 columns), a line that fills the width and does not end a sentence is joined
    to the next one unless that one is furniture (a date or credit under a headline); elsewhere
    every line is its own paragraph.
    """
    paragraphs: list[str] = []
    for block in _BLANK_LINES.split(text):
        lines = [line for line in map(clean_line, block.split("\n")) if line]
        if lines:
            paragraphs.extend(_unwrap(lines))
    return paragraphs


def _unwrap(lines: list[str]) -> list[str]:
    if lines[-1].endswith(_HEADLINE_END):
        return [" ".join(lines)[: -len(_HEADLINE_END)].rstrip()]
    if len(lines) == 1:
        return lines
    width = max(map(len, lines))
    if not _MIN_WRAP_WIDTH <= width <= _MAX_WRAP_WIDTH:
        return lines
    joined: list[str] = []
    current: list[str] = []
    for line, following in zip(lines, [*lines[1:], ""], strict=True):
        current.append(line)
        if (
            len(line) < _FILLED * width
            or ends_sentence(line)
            or is_furniture(following)
            or is_list_item(following)
        ):
            joined.append(" ".join(current))
            current = []
    return joined
