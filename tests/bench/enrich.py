"""Enricher.enrich alone on the seed article: per-call CPU time (median of 5 rounds), warm (the
memo of analysed names filled, as in a running service) and cold (emptied before every call),
start-up time and resident memory after start-up, and spaCy's small model (NER only) on the same
text in the same run when the `baseline` extra is installed.

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
    started = time.process_time()
    from service.enrich import Enricher

    enricher = Enricher()
    startup = time.process_time() - started
    rss_after = _rss_mb()
    article = seed_article()
    reference = datetime(2017, 12, 11, tzinfo=UTC)
    words = article.word_count
    medians = {}
    for state, forget in (("warm", False), ("cold", True)):
        per_call = []
        for _ in range(args.rounds):
            began = time.process_time()
            for _ in range(args.calls):
                if forget:
                    enricher.forget()
                enricher.enrich(article, reference=reference, language=None)
            per_call.append((time.process_time() - began) / args.calls)
        medians[state] = statistics.median(per_call)
    median = medians["warm"]
    print(f"start-up (import + Enricher()): {startup:.2f} s")
    print(f"peak RSS: {rss_before:.0f} MiB before import, {rss_after:.0f} MiB after start-up")
    print(f"enrich, seed ({words} words): median of {args.rounds} rounds x {args.calls} calls")
    for state, seconds in medians.items():
        print(
            f"  {state}: {seconds * 1e3:.3f} ms per bulletin, {1 / seconds:,.0f} bulletins/s, "
            f"{words / seconds:,.0f} words/s (one core, CPU time)"
        )
    print("  (warm: names analysed in earlier bulletins are remembered; cold: nothing is)")
    baseline = _spacy_seconds(article, args.rounds)
    if baseline is not None:
        print(f"spaCy en_core_web_sm NER only, same text: {baseline * 1e3:.1f} ms per bulletin")
        print(f"  enrich is {baseline / median:,.0f}x faster (same run)")
    return 0


def _spacy_seconds(article: Article, rounds: int) -> float | None:
    """Median CPU seconds of spaCy's small English model (NER only) on the same text, or None
    when the `baseline` extra is not installed."""
    from tests.bench.offline import load_spacy_ner  # after the start-up measurement

    pipe = load_spacy_ner()
    if pipe is None:
        return None
    text = "\n\n".join([article.headline or "", *article.body])
    for _ in pipe([text]):  # warm up
        pass
    times = []
    for _ in range(rounds):
        began = time.process_time()
        for _ in pipe([text] * 5):
            pass
        times.append((time.process_time() - began) / 5)
    return statistics.median(times)


if __name__ == "__main__":
    sys.exit(main())
