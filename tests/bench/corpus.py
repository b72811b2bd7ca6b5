"""Bench inputs: the seed page, varied copies of it, a gold set read by path, and a mixed stream.

The mixed stream (`iter_bulletins`) feeds the broker benchmarks: each bulletin takes a headline and
dateline from one bundled sample and 12-16 paragraphs drawn from all of them, so bodies differ
enough that near-duplicate detection does not dominate, while staying real news prose of the
usual size (~3 KB).
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import orjson

from service.text import extract_article

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


def _articles() -> list[tuple[str, str, list[str]]]:
    """(headline, dateline text, body paragraphs) of every well-formed bundled sample."""
    samples = resources.files("service") / "samples"
    texts = [samples.joinpath("sana-en.txt").read_text("utf-8")]
    for line in samples.joinpath("bulletins.jsonl").read_text("utf-8").splitlines():
        try:  # the samples include deliberately broken inputs for the demo
            data = orjson.loads(line)
        except orjson.JSONDecodeError:
            continue
        if isinstance(data, dict) and isinstance(data.get("text"), str):
            texts.append(data["text"])
    articles = []
    for text in texts:
        article = extract_article(text)
        if article.headline and article.dateline and len(article.body) >= 2:
            articles.append((article.headline, article.dateline.text, article.body))
    return articles


def iter_bulletins(seed: int = 7) -> Iterator[bytes]:
    """An endless, reproducible stream of distinct `bulletin.raw/v1` values (JSON bytes)."""
    rng = random.Random(seed)
    articles = _articles()
    pool = [paragraph for _, _, body in articles for paragraph in body]
    for index in itertools.count():
        headline, dateline, _ = rng.choice(articles)
        body = rng.sample(pool, min(len(pool), rng.randint(12, 16)))
        text = f"{headline}\n\n{dateline} {body[0]}\n\n" + "\n\n".join(body[1:])
        value = {
            "source": "bench",
            "url": f"https://news.example.org/bench/{seed}/{index}",
            "published_at": "2026-03-04T09:00:00Z",
            "text": text,
        }
        yield orjson.dumps(value)


def bulletins(count: int, seed: int = 7) -> list[bytes]:
    """The first `count` values of `iter_bulletins(seed)`."""
    return list(itertools.islice(iter_bulletins(seed), count))
