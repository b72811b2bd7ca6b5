"""How a line ends: a finished sentence, a clause, or a truncated teaser.

Only the last few characters count: a mark followed by closing quotes or brackets, found with
`str` methods (a `$`-anchored regular expression search cost ~1 us a call, and these tests run
several times per paragraph).
"""

from __future__ import annotations

_CLOSING = "\"'”’»)]"
_SENTENCE_MARKS = ".!?…"
_CLAUSE_MARKS = ".!?…:;,"
_TRUNCATED = ("…", "...", "[…]", "[...]")
# The mark must stand within the last eight characters (closers included).
_TAIL = 8


def ends_sentence(line: str) -> bool:
    """Whether the line ends with terminal punctuation (closing quotes/brackets allowed)."""
    return _ends_with(line, _SENTENCE_MARKS)


def ends_clause(line: str) -> bool:
    """Whether the line ends like running text: a sentence, or a comma, colon, semicolon."""
    return _ends_with(line, _CLAUSE_MARKS)


def _ends_with(line: str, marks: str) -> bool:
    """Whether one of `marks`, then closers only, ends the line (or comes before a final line
    break), the mark within the last `_TAIL` characters."""
    end = len(line) - 1 if line[-1:] == "\n" else len(line)
    mark = len(line[:end].rstrip(_CLOSING)) - 1
    return mark >= max(0, len(line) - _TAIL) and line[mark] in marks


def ends_question(line: str) -> bool:
    """Whether the line ends with a question mark (closing quotes/brackets allowed)."""
    return line.rstrip(_CLOSING).endswith("?")


def is_truncated(line: str) -> bool:
    """Whether the line ends in an ellipsis (a teaser snippet cut short)."""
    return line.endswith(_TRUNCATED)
