"""How a line ends: a finished sentence, a clause, or a truncated teaser.

The patterns are searched only over the last few characters: a `$`-anchored `search` would
otherwise scan the whole paragraph on every call.
"""

from __future__ import annotations

import re

_CLOSING = "\"'”’»)]"
_CLOSERS = re.escape(_CLOSING)
_SENTENCE = re.compile(rf"[.!?…][{_CLOSERS}]*$")
_CLAUSE = re.compile(rf"[.!?…:;,][{_CLOSERS}]*$")
_TRUNCATED = ("…", "...", "[…]", "[...]")
_TAIL = 8


def ends_sentence(line: str) -> bool:
    """Whether the line ends with terminal punctuation (closing quotes/brackets allowed)."""
    return _SENTENCE.search(line, max(0, len(line) - _TAIL)) is not None


def ends_clause(line: str) -> bool:
    """Whether the line ends like running text: a sentence, or a comma, colon, semicolon."""
    return _CLAUSE.search(line, max(0, len(line) - _TAIL)) is not None


def ends_question(line: str) -> bool:
    """Whether the line ends with a question mark (closing quotes/brackets allowed)."""
    return line.rstrip(_CLOSING).endswith("?")


def is_truncated(line: str) -> bool:
    """Whether the line ends in an ellipsis (a teaser snippet cut short)."""
    return line.endswith(_TRUNCATED)
