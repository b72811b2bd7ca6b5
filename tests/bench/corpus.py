"""Bench inputs: the seed page, varied copies of it, and optionally a gold set read by path."""

from __future__ import annotations

from pathlib import Path

import orjson

SEED = Path(__file__).resolve().parents[1] / "fixtures" / "sana-assad-putin-hmeimim.txt"

# Dateline styles swapped into the seed's first paragraph, so the copies exercise every parser
# shape rather than one.
_DATELINES = (
    "Damascus, SANA-",
    "DAMASCUS, Dec 11 (Reuters) - ",
    "DAMASCUS, Syria (AP) — ",
    "DAMASCUS, Dec 11 (AFP) - ",
    "DAMASCUS, December 11. /TASS/. ",
    "DAMASCUS, Dec. 11 (Xinhua) -- ",
    "DAMASCUS, 11 Dec 2017 (WAM) – ",
    "Damascus [Syria], Dec 11 (ANI): ",
    "Damascus (dpa) - ",
    "DAMASCUS - ",
)


def seed_text() -> str:
    """The seed page as published."""
    return SEED.read_text(encoding="utf-8")


def seed_variants(count: int) -> list[str]:
    """`count` different pages shaped like the seed: datelines, paragraph order and figures vary."""
    lines = seed_text().split("\n\n")
    head, first, body, tail = lines[0], lines[1], lines[2:9], lines[9:]
    first_sentence = first.split("-", 1)[1]
    variants = []
    for number in range(count):
        dateline = _DATELINES[number % len(_DATELINES)]
        shift = number % len(body)
        rotated = body[shift:] + body[:shift]
        page = [f"{head} ({number})", dateline + first_sentence, *rotated, *tail]
        variants.append("\n\n".join(page))
    return variants


def gold_texts(path: Path) -> list[str]:
    """The raw texts of a gold JSONL set (kept in memory only)."""
    with path.open("rb") as stream:
        return [orjson.loads(line)["raw_text"] for line in stream if line.strip()]
