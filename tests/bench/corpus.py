"""A realistic, varied bench corpus built from the bundled sample bulletins and the seed page.

Each bulletin takes a headline and dateline from one sample and 12-16 paragraphs drawn from all of
them, so bodies differ enough that near-duplicate detection does not dominate, while staying
real news prose of the usual size (~3 KB).
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterator
from importlib import resources

import orjson

from service.text import extract_article


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
