"""`python -m tests.bench [offline|throughput|latency|memory|workers] ...`: benchmarks on demand.

Each benchmark is a subcommand; `offline` (the default) measures the offline pipeline, the others
run the service on a broker against the bare-client passthrough loop (`tests/bench/e2e.py`).
Results are printed and written as JSON to `tests/bench/results/` (git-ignored).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import orjson

from tests.bench import corpus, e2e, offline

RESULTS = Path(__file__).resolve().parent / "results"


def _pin_to_one_core() -> str:
    """Pin the process to one CPU so the figures are per core."""
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned"
    cpu = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})
    return f"pinned to CPU {cpu}"


def run_offline(args: argparse.Namespace) -> int:
    print(_pin_to_one_core(), file=sys.stderr)
    spacy_ner = None if args.no_spacy else offline.load_spacy_ner()
    if spacy_ner is None:
        print("spaCy en_core_web_sm not importable: no NER baseline", file=sys.stderr)
    corpora: list[tuple[str, list[str]]] = [
        ("seed", [corpus.seed_text()] * args.copies),
        ("seed-variants", corpus.seed_variants(args.copies)),
    ]
    if args.gold is not None:
        if not args.gold.is_file():
            print(f"bench: error: no such file: {args.gold}", file=sys.stderr)
            return 2
        texts = corpus.gold_texts(args.gold)
        corpora.append(("gold", texts * max(1, args.copies // len(texts))))
    results = [offline.measure(name, texts, args.runs, spacy_ner) for name, texts in corpora]
    print(offline.render(results))
    _write("offline", offline.as_json(results, args.runs))
    return 0


def _write(name: str, document: dict[str, object]) -> None:
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{name}-{time.strftime('%Y%m%dT%H%M%S')}.json"
    path.write_bytes(orjson.dumps(document, option=orjson.OPT_INDENT_2))
    print(f"results: {path}", file=sys.stderr)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m tests.bench", description=__doc__)
    commands = parser.add_subparsers(dest="command")
    bench = commands.add_parser("offline", help="offline pipeline throughput (default)")
    _offline_options(bench, own_defaults=False)
    _offline_options(parser)  # so that a bare `python -m tests.bench` runs `offline`
    e2e.register(commands)
    return parser


def run_broker_bench(args: argparse.Namespace) -> int:
    result = args.handler(args)
    print(orjson.dumps(result, option=orjson.OPT_INDENT_2).decode())
    _write(args.bench, result)
    return 0


def _offline_options(parser: argparse.ArgumentParser, *, own_defaults: bool = True) -> None:
    """The offline benchmark's options. Without defaults of their own (the subcommand's),
    options given before the subcommand (`--gold X offline`) are kept."""

    def default(value: object) -> object:
        return value if own_defaults else argparse.SUPPRESS

    parser.add_argument(
        "--gold", type=Path, default=default(None), help="also measure this gold JSONL set"
    )
    parser.add_argument("--runs", type=int, default=default(5), help="runs per corpus (median)")
    parser.add_argument("--copies", type=int, default=default(500), help="bulletins per run")
    parser.add_argument(
        "--no-spacy", action="store_true", default=default(False), help="skip spaCy's NER"
    )
    parser.set_defaults(handler=run_offline)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if getattr(args, "bench", None):
        return run_broker_bench(args)
    return int(args.handler(args))


if __name__ == "__main__":
    sys.exit(main())
