"""Quotation-mark scanning: the outer quotation spans of a paragraph, with straight, single
and slipped marks told from apostrophes and inch marks, a closing mark without its opening one
read back to its reporting clause, and what counts as a quote."""

from __future__ import annotations

import re

from service.enrich.quote_span import Span
from service.enrich.sentence_bounds import SENTENCE_END

_CLOSERS = {"“": "”", "«": "»", "„": "“", '"': '"', "‘": "’", "'": "'"}
_ORPHAN_CLOSERS = frozenset("”»")
_THAT_CLAUSE = re.compile(r"\b(\w+) that\b")
WORD_REACH = 24  # characters searched for the word before a name
# one character class, so the regex engine scans for it in C; the single opening mark's "not
# after a letter" test (the apostrophe of "Ma‘arrat") is done on the hit instead of with a
# lookbehind, which would make the engine try every position
_MARKS = re.compile(r'[“«„"”»‘]')
# the same with the straight single mark, for the paragraphs where one may open a quotation:
# everywhere else it is an apostrophe, on which the scan would stop
_MARKS_AND_SINGLE = re.compile(r'[“«„"”»‘\']')
# an opening mark typed where the closing one belongs: after a word or its punctuation, before
# no letter; a slip of keyboards that curl marks by hand
_OPENER_AS_CLOSER = re.compile(r"(?<=[\w.,!?])“(?!\w)")
_SINGLE_CLOSER = re.compile(r"’(?!\w)")  # not the apostrophe of "Putin’s"
# a straight single mark closes after a word or its punctuation, before no letter ("'ashakta'
# (powerless)"), unlike the apostrophe of "Putin's"
_STRAIGHT_CLOSER = re.compile(r"(?<=[\w.,!?])'(?!\w)")
_FIRST_WORD = re.compile(r"\W*(\w*)")  # matches any text
_INVERTED_CLAUSE = re.compile(r",\s+(\w+)\s+[A-Z]")  # ", said Health Minister ..."


def quote_spans(index: int, text: str, verbs: frozenset[str]) -> list[Span]:
    """Outer quotation spans of one paragraph."""
    if not _has_mark(text):
        return []
    spans: list[Span] = []
    n = len(text)
    marks = _MARKS_AND_SINGLE if " '" in text or text.startswith("'") else _MARKS
    mark = _next_mark(text, 0, marks)
    while mark is not None:
        i, char = mark.start(), mark.group()
        closer = "”" if char == "”" and _opens(text, i) else _CLOSERS.get(char)
        ends_clause = char == '"' and _ends_clause(text, i)
        glued = char == '"' and i > 0 and text[i - 1].isalnum()  # most follow a space
        if closer is None or ends_clause or (glued and _glued_closer(text, i, verbs)):
            if (char in _ORPHAN_CLOSERS or ends_clause) and not spans:
                start = _orphan_start(text[:i], verbs)
                spans.append(Span(index, start, i, text[start:i].strip(), True, False))
            mark = _next_mark(text, i + 1, marks)
            continue
        if char in "‘'":
            closing = (_SINGLE_CLOSER if char == "‘" else _STRAIGHT_CLOSER).search(text, i + 1)
            if closing is None and char == "'":  # an apostrophe after all ("'90s")
                mark = _next_mark(text, i + 1, marks)
                continue
            end = closing.start() if closing else -1
        else:
            end = text.find(closer, i + 1)
            if end < 0 and char == "“":  # closed with the opening mark again ('notified,“ he')
                slip = _OPENER_AS_CLOSER.search(text, i + 1)
                end = slip.start() if slip else -1
        if end < 0:  # no closing mark: the quote ends where "..., said X" begins, if it does
            end = _unmarked_end(text, i + 1, verbs)
        closed = end >= 0
        end = end if closed else n
        # a straight mark after a space and before a word opens the next quotation: this
        # one was left open ('... landscape. "I wish ...')
        reopens = (
            char == '"' and closed and end < n - 1 and text[end - 1] == " " and _opens(text, end)
        )
        body = text[i + 1 : end].strip()
        leading = not text[:i].strip()
        spans.append(Span(index, i + 1, end, body, closed, leading))
        mark = _next_mark(text, end if reopens else end + 1, marks)
    return spans


def _glued_closer(text: str, i: int, verbs: frozenset[str]) -> bool:
    """Whether a straight mark right after a word (`text[i - 1]` is a letter or digit)
    closes a quotation (or is an inch mark) rather than opens one. A dropped space glues an
    opening mark to the word before it; it still opens before a letter ('said Iran"sees ...')
    or after a reporting verb ('went on to say" The ...')."""
    if text[i - 1].isalpha() and _is_word_char(text, i + 1):
        return False
    return last_word(text, max(0, i - WORD_REACH), i).lower() not in verbs


def _opens(text: str, i: int) -> bool:
    """Whether the mark at `i` stands where a quotation opens: after a space or the start,
    before a word. Some styles (Swedish, Finnish, wire copy converted from „...“) open with
    the closing mark ” too."""
    return (i == 0 or text[i - 1].isspace()) and _is_word_char(text, i + 1)


def _ends_clause(text: str, i: int) -> bool:
    """Whether the straight mark at `i` closes a clause: after its punctuation, before a space
    or the end, and the last of its paragraph ('... join the EU," remarked Gul.'); a mark
    that another one follows opens a pair, however spaced ('... deal." It is one more ...",')."""
    after_clause = i > 0 and text[i - 1] in ",.!?"
    return after_clause and not text[i + 1 : i + 2].strip() and '"' not in text[i + 1 :]


def _has_mark(text: str) -> bool:
    """Whether `text` holds a quotation mark (`_MARKS`, or a straight single mark that may
    open a quotation). Most paragraphs hold none, and these C substring tests cost a fraction
    of the regex scan."""
    return (
        '"' in text
        or "“" in text
        or "”" in text
        or "‘" in text
        or "«" in text
        or "»" in text
        or "„" in text
        or " '" in text  # an apostrophe ("Putin's") follows a letter
        or text.startswith("'")
    )


def _next_mark(text: str, start: int, marks: re.Pattern[str]) -> re.Match[str] | None:
    """The next quotation mark from `start`; a single opening mark right after a letter is not
    one (an apostrophe, or the ayn of "Ma‘arrat"), nor a straight one before no letter.
    Headlines quote in single marks, and so do some agencies' bodies ("is 'ashakta'")."""
    mark = marks.search(text, start)
    while mark is not None and _apostrophe(text, mark.start(), mark.group()):
        mark = marks.search(text, mark.start() + 1)
    return mark


def _apostrophe(text: str, i: int, char: str) -> bool:
    """Whether the single mark at `i` is an apostrophe or a letter, not an opening mark."""
    if char == "‘":
        return _is_word_char(text, i - 1)
    return char == "'" and (_is_word_char(text, i - 1) or not _is_word_char(text, i + 1))


def _is_word_char(text: str, index: int) -> bool:
    """Whether `text[index]` is a regex word character (`\\w`); False outside the text."""
    return 0 <= index < len(text) and (text[index].isalnum() or text[index] == "_")


def last_word(text: str, start: int, end: int) -> str:
    """The last word of `text[start:end]` ("" when there is none). Read from the reversed
    text: a regex anchored at the end would be tried from every position of the sentence, and
    a backward loop costs a Python step per character."""
    return _FIRST_WORD.match(text[start:end][::-1]).group(1)[::-1]  # type: ignore[union-attr]


def _unmarked_end(text: str, start: int, verbs: frozenset[str]) -> int:
    """Where a quotation whose closing mark was left out ends: at the comma of an inverted
    attribution ("... its news source, said Health Minister Ana Vale on Twitter."), else -1."""
    for match in _INVERTED_CLAUSE.finditer(text, start):
        if match.group(1).lower() in verbs:
            return match.start()
    return -1


def _orphan_start(before: str, verbs: frozenset[str]) -> int:
    """Where a quote closed without an opening mark starts: after the first "<reporting verb>
    that" of its sentence, else at the sentence start."""
    sentence_start = max((m.end() for m in SENTENCE_END.finditer(before)), default=0)
    for match in _THAT_CLAUSE.finditer(before, sentence_start):
        if match.group(1).lower() in verbs:
            return match.end() + 1
    return sentence_start


def is_quote(text: str) -> bool:
    """Not a quote: empty marks, or a capitalised name or title in quotes ("'Silver Lotus'")."""
    words = text.split(maxsplit=4)  # five pieces tell it is long: no need to split it all
    if not words:
        return False
    return not (len(words) <= 4 and all(w[0].isupper() for w in words if w[0].isalpha()))
