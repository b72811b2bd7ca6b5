"""`python -m tests.quality --gold PATH [--gold PATH ...]`: score the pipeline on gold sets.

Each scorer maps a (gold record, enriched event or None) pair to named pass/fail metrics; add a
scorer to `SCORERS` to add metrics. Prints a per-bulletin table and totals; always exits 0 when
it ran (quality is reported, not enforced by CI).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import orjson

from service.pipeline import Outcome, Pipeline
from service.records import InputRecord
from tests.quality import article, entities

Scorer = Callable[[dict[str, Any], dict[str, Any] | None], dict[str, bool]]
SCORERS: list[Scorer] = [article.score]
TARGET = 0.95


def enriched_event(pipeline: Pipeline, gold_record: dict[str, Any]) -> dict[str, Any] | None:
    """Run one gold bulletin through the pipeline as a `bulletin.raw/v1` record."""
    raw = {"source": gold_record["id"], "text": gold_record["raw_text"]}
    result = pipeline.process(InputRecord(value=orjson.dumps(raw), topic="gold"))
    if result.outcome is Outcome.DEAD_LETTER or result.value is None:
        return None
    event: dict[str, Any] = orjson.loads(result.value)
    return event


def score_all(
    records: Iterable[dict[str, Any]], scorers: list[Scorer]
) -> list[tuple[str, dict[str, bool]]]:
    """(bulletin id, metrics) for every gold record, metrics of all scorers merged."""
    pipeline = Pipeline()
    rows = []
    for record in records:
        event = enriched_event(pipeline, record)
        metrics: dict[str, bool] = {}
        for scorer in scorers:
            metrics.update(scorer(record, event))
        rows.append((record["id"], metrics))
    return rows


def render(rows: list[tuple[str, dict[str, bool]]], *, per_bulletin: bool = True) -> str:
    """A per-bulletin table (x marks a failure) followed by per-metric totals."""
    names = list(dict.fromkeys(name for _, metrics in rows for name in metrics))
    width = max([len("bulletin"), *(len(bulletin) for bulletin, _ in rows)])
    lines = []
    if per_bulletin:
        lines.append(" ".join(["bulletin".ljust(width), *(name.rjust(12) for name in names)]))
        for bulletin, metrics in rows:
            marks = ("ok" if metrics.get(name) else "x" for name in names)
            lines.append(" ".join([bulletin.ljust(width), *(mark.rjust(12) for mark in marks)]))
        lines.append("")
    for name in names:
        passed = sum(1 for _, metrics in rows if metrics.get(name))
        share = passed / len(rows) if rows else 0.0
        verdict = "meets" if share >= TARGET else "below"
        lines.append(
            f"{name:<14} {passed:>3}/{len(rows):<3} {share:7.1%}  ({verdict} {TARGET:.0%})"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.quality", description=__doc__)
    parser.add_argument(
        "--gold",
        required=True,
        type=Path,
        action="append",
        help="gold JSONL path; repeat to score several sets as one",
    )
    parser.add_argument(
        "--misses", action="store_true", help="print what each failed article metric got"
    )
    parser.add_argument(
        "--totals",
        action="store_true",
        help="print totals only, not which bulletins failed (keeps an evaluation set blind)",
    )
    args = parser.parse_args(argv)
    missing = [str(path) for path in args.gold if not path.is_file()]
    if missing:
        print(f"quality: error: no such file: {', '.join(missing)}", file=sys.stderr)
        return 2
    records = [record for path in args.gold for record in entities.load_gold(path)]
    if args.totals and args.misses:
        print("quality: error: --totals and --misses exclude each other", file=sys.stderr)
        return 2
    print(render(score_all(records, SCORERS), per_bulletin=not args.totals))
    pipeline = Pipeline()
    if args.misses:
        for record in records:
            for line in article.misses(record, enriched_event(pipeline, record)):
                print(f"{record['id']}: {line}")
    print()
    print(entities.report(entities.evaluate(records, lambda r: enriched_event(pipeline, r))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
