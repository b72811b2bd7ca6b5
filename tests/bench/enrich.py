"""Enricher.enrich alone on the seed article: per-call time (median of 5 rounds), start-up time
and resident memory after start-up.

    python -m tests.bench.enrich [--calls N]
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

from service.article import Article, Dateline

SEED = Path(__file__).parents[1] / "fixtures" / "sana-assad-putin-hmeimim.txt"
DATELINE = "Damascus, SANA-"


def seed_article() -> Article:
    """The seed page's article, split by hand (independent of the text stage)."""
    lines = [line for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
    body = lines[1:9]
    body[0] = body[0].removeprefix(DATELINE)
    dateline = Dateline(place="Damascus", agency="SANA", date=None, text=DATELINE)
    return Article(headline=lines[0], dateline=dateline, lead=None, body=body)


def _rss_mb() -> float:
    """Peak resident set size of this process in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.enrich")
    parser.add_argument("--calls", type=int, default=500, help="enrich calls per round")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args(argv)
    rss_before = _rss_mb()
    started = time.perf_counter()
    from service.enrich import Enricher

    enricher = Enricher()
    startup = time.perf_counter() - started
    rss_after = _rss_mb()
    article = seed_article()
    reference = datetime(2017, 12, 11, tzinfo=UTC)
    words = article.word_count
    per_call = []
    for _ in range(args.rounds):
        began = time.perf_counter()
        for _ in range(args.calls):
            enricher.enrich(article, reference=reference, language=None)
        per_call.append((time.perf_counter() - began) / args.calls)
    median = statistics.median(per_call)
    print(f"start-up (import + Enricher()): {startup:.2f} s")
    print(f"peak RSS: {rss_before:.0f} MiB before import, {rss_after:.0f} MiB after start-up")
    print(f"enrich, seed ({words} words): median of {args.rounds} rounds x {args.calls} calls")
    print(
        f"  {median * 1e3:.3f} ms per bulletin, {1 / median:,.0f} bulletins/s, "
        f"{words / median:,.0f} words/s (one core)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
