"""The benchmark command line: options before or after the `offline` subcommand."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.bench.__main__ import build_parser


@pytest.mark.parametrize(
    ("argv", "gold", "runs"),
    [
        ([], None, 5),
        (["offline"], None, 5),
        (["--gold", "dev.jsonl", "offline"], Path("dev.jsonl"), 5),
        (["offline", "--gold", "dev.jsonl", "--runs", "2"], Path("dev.jsonl"), 2),
    ],
)
def test_offline_options_are_kept_on_either_side_of_the_subcommand(
    argv: list[str], gold: Path | None, runs: int
) -> None:
    args = build_parser().parse_args(argv)
    assert (args.gold, args.runs, args.copies, args.no_spacy) == (gold, runs, 500, False)
