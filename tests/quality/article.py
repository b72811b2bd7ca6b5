"""Article scoring: headline, dateline, body boundaries and furniture kept out of the body.

Each metric is True (pass) or False (fail) per bulletin, following DESIGN.md section 8.
"""

from __future__ import annotations

from typing import Any

from service.text.unicode import clean_text

EDGE_WORDS = 8


def _fold(text: str | None) -> str | None:
    return None if text is None else " ".join(clean_text(text).casefold().split())


def _tokens(text: str) -> list[str]:
    return clean_text(text).split()


def score(gold_record: dict[str, Any], event: dict[str, Any] | None) -> dict[str, bool]:
    """The article metrics of one bulletin (every metric fails when there is no event)."""
    gold = gold_record["gold"]
    if event is None:
        return dict.fromkeys(("headline", "dateline", "first8", "last8", "no_furniture"), False)
    body_tokens = [token for paragraph in event["body"] for token in _tokens(paragraph)]
    return {
        "headline": _fold(event["headline"]) == _fold(gold["title"]),
        "dateline": _dateline_matches(gold["dateline"], event["dateline"]),
        "first8": body_tokens[:EDGE_WORDS] == _tokens(gold["body_first_words"]),
        "last8": body_tokens[-EDGE_WORDS:] == _tokens(gold["body_last_words"]),
        "no_furniture": not furniture_in_body(gold_record, body_tokens),
    }


def misses(gold_record: dict[str, Any], event: dict[str, Any] | None) -> list[str]:
    """One line per failed metric of one bulletin: what the pipeline gave against the gold."""
    if event is None:
        return ["no enriched event (dead-lettered)"]
    gold = gold_record["gold"]
    metrics = score(gold_record, event)
    body_tokens = [token for paragraph in event["body"] for token in _tokens(paragraph)]
    predicted = event["dateline"] or {}
    found = {
        "headline": (event["headline"], gold["title"]),
        "dateline": (
            (predicted.get("place"), predicted.get("agency")),
            gold["dateline"] and (gold["dateline"]["place"], gold["dateline"]["agency"]),
        ),
        "first8": (" ".join(body_tokens[:EDGE_WORDS]), gold["body_first_words"]),
        "last8": (" ".join(body_tokens[-EDGE_WORDS:]), gold["body_last_words"]),
        "no_furniture": (furniture_in_body(gold_record, body_tokens), []),
    }
    return [
        f"{name}: got {got!r}, gold {expected!r}"
        for name, (got, expected) in found.items()
        if not metrics[name]
    ]


def _dateline_matches(gold: dict[str, Any] | None, predicted: dict[str, Any] | None) -> bool:
    if gold is None or predicted is None:
        return gold is None and predicted is None
    return all(_fold(gold[part]) == _fold(predicted[part]) for part in ("place", "agency"))


def furniture_in_body(gold_record: dict[str, Any], body_tokens: list[str]) -> list[str]:
    """Gold boilerplate lines found in the predicted body more often than in the gold body.

    Counting against the gold body span (from its first to its last words in the raw text)
    keeps a summary line that legitimately repeats the first sentence from being a false alarm.
    """
    gold = gold_record["gold"]
    gold_body = _gold_span(
        _tokens(gold_record["raw_text"]),
        _tokens(gold["body_first_words"]),
        _tokens(gold["body_last_words"]),
    )
    leaked = []
    for line in gold["boilerplate"]:
        needle = _tokens(line)
        if needle and _count(body_tokens, needle) > _count(gold_body, needle):
            leaked.append(line)
    return leaked


def _gold_span(raw: list[str], first: list[str], last: list[str]) -> list[str]:
    start = _find(raw, first, 0)
    if start < 0:
        return []
    end = -1
    position = _find(raw, last, start)
    while position >= 0:
        end = position + len(last)
        position = _find(raw, last, position + 1)
    return raw[start:end] if end > 0 else raw[start:]


def _find(haystack: list[str], needle: list[str], start: int) -> int:
    width = len(needle)
    for index in range(start, len(haystack) - width + 1):
        if haystack[index : index + width] == needle:
            return index
    return -1


def _count(haystack: list[str], needle: list[str]) -> int:
    count, position = 0, _find(haystack, needle, 0)
    while position >= 0:
        count += 1
        position = _find(haystack, needle, position + 1)
    return count
