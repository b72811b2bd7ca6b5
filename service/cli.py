"""The `bulletins` command line. Each command is a small function; errors are one line, exit 2."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import NoReturn

from service import __version__


class UsageError(Exception):
    """A problem with the command line or its inputs: one line on stderr, exit status 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _cmd_process(args: argparse.Namespace) -> int:
    from service import offline
    from service.pipeline import Pipeline

    names = args.files or ["-"]
    for name in names:
        if name != "-" and not Path(name).is_file():
            raise UsageError(f"no such file: {name}")
    dead_letters = open(args.dead_letters, "wb") if args.dead_letters else None  # noqa: SIM115
    try:
        counts = offline.run(
            _records(names, args.source), Pipeline(), sys.stdout.buffer, dead_letters
        )
    finally:
        if dead_letters is not None:
            dead_letters.close()
    sys.stdout.buffer.flush()
    print(
        f"processed: {counts.enriched} enriched, {counts.duplicates} duplicates, "
        f"{counts.dead_letters} dead letters",
        file=sys.stderr,
    )
    return 0


def _records(names: Sequence[str], source: str | None) -> Iterator:  # type: ignore[type-arg]
    from service.offline import records_from_file

    for name in names:
        if name == "-":
            yield from records_from_file(name, sys.stdin.buffer, source)
            continue
        with open(name, "rb") as stream:
            yield from records_from_file(name, stream, source)


def _cmd_schemas(args: argparse.Namespace) -> int:
    from service import schemas

    directory = Path(args.out)
    if args.check:
        stale = schemas.stale(directory)
        if stale:
            raise UsageError(f"schemas are stale: {', '.join(stale)} (run `bulletins schemas`)")
        print(f"schemas in {directory} are up to date")
        return 0
    for path in schemas.write(directory):
        print(path)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="bulletins", description=__doc__)
    parser.add_argument("--version", action="version", version=f"bulletins {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    process = commands.add_parser(
        "process", help="run the pipeline offline: raw bulletins in, enriched JSONL on stdout"
    )
    process.add_argument("files", nargs="*", help="JSONL of bulletin.raw/v1, .txt files, or -")
    process.add_argument("--source", help="source id for .txt input (default: the file stem)")
    process.add_argument("--dead-letters", metavar="FILE", help="write dead letters here (JSONL)")
    process.set_defaults(handler=_cmd_process)

    schemas = commands.add_parser("schemas", help="write the JSON Schemas of the contracts")
    schemas.add_argument("--out", default="schemas", help="directory (default: schemas)")
    schemas.add_argument("--check", action="store_true", help="fail if the files are stale")
    schemas.set_defaults(handler=_cmd_schemas)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `bulletins` console script."""
    try:
        args = build_parser().parse_args(argv)
        return int(args.handler(args))
    except UsageError as exc:
        print(f"bulletins: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
