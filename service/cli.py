"""The `bulletins` command line. Each command is a small function; errors are one line, exit 2."""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import NoReturn

from aiokafka.errors import KafkaError

from service import __version__
from service.broker import BrokerError
from service.config import Settings, settings_help
from service.errors import ErrorCode
from service.http import HttpServerError
from service.kafka.clients import TopicsMissing


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


def _settings(**overrides: object) -> Settings:
    from service.config import ConfigError, load_settings

    try:
        return load_settings(**overrides)
    except ConfigError as exc:
        raise UsageError(str(exc)) from None


def _cmd_run(args: argparse.Namespace) -> int:
    from service import logs
    from service.kafka.runtime import serve

    settings = _settings()
    logs.configure(settings.log_level)
    if args.workers > 1:
        from service.supervisor import Supervisor

        return Supervisor(args.workers, settings.metrics_port).run()
    return asyncio.run(serve(settings))


def _cmd_demo(args: argparse.Namespace) -> int:
    from service import logs
    from service.broker import EmbeddedBroker
    from service.demo import DEMO_OVERRIDES, run_demo

    logs.configure("WARNING")
    with EmbeddedBroker() as broker:
        settings = _settings(kafka_bootstrap_servers=broker.bootstrap_servers, **DEMO_OVERRIDES)
        return asyncio.run(run_demo(settings, once=args.once, out=sys.stdout))


def _cmd_broker(args: argparse.Namespace) -> int:
    from service.broker import EmbeddedBroker

    with EmbeddedBroker(port=args.port) as broker:
        print(f"embedded broker on {broker.bootstrap_servers}; Ctrl-C to stop", flush=True)
        print(f"export BULLETINS_KAFKA_BOOTSTRAP_SERVERS={broker.bootstrap_servers}", flush=True)
        return broker.wait()


def _cmd_produce(args: argparse.Namespace) -> int:
    import dataclasses

    from service.kafka.publish import publish, scraper_key

    for name in args.files:
        if name != "-" and not Path(name).is_file():
            raise UsageError(f"no such file: {name}")
    settings = _settings()
    topic = args.topic or settings.input_topic
    records = [
        dataclasses.replace(record, key=scraper_key(record))
        for record in _records(args.files, args.source)
    ]
    count = len(asyncio.run(publish(settings, topic, records)))
    print(f"published {count} bulletins to {topic}")
    return 0


def _cmd_dlq_replay(args: argparse.Namespace) -> int:
    from service.kafka.replay import replay

    settings = _settings()
    count = asyncio.run(replay(settings, code=args.code, limit=args.limit))
    which = f" with code {args.code}" if args.code else ""
    print(
        f"replayed {count} dead letters{which} from {settings.dlq_topic} to {settings.input_topic}"
    )
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

    run = commands.add_parser(
        "run",
        help="the consumer service, configured by BULLETINS_* environment variables",
        description="Consume raw bulletins, publish enriched events, duplicates and dead letters.",
        epilog="environment:\n" + settings_help(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    run.add_argument(
        "--workers",
        type=_positive,
        default=1,
        help="worker processes in the consumer group (worker i serves metrics on PORT+i)",
    )
    run.set_defaults(handler=_cmd_run)

    demo = commands.add_parser(
        "demo", help="the whole pipeline on an embedded broker with bundled sample bulletins"
    )
    demo.add_argument("--once", action="store_true", help="exit after the summary")
    demo.set_defaults(handler=_cmd_demo)

    produce = commands.add_parser(
        "produce", help="publish raw bulletins (JSONL or .txt) keyed by canonical URL"
    )
    produce.add_argument("files", nargs="+", help="JSONL of bulletin.raw/v1, .txt files, or -")
    produce.add_argument("--source", help="source id for .txt input (default: the file stem)")
    produce.add_argument("--topic", help="topic (default: BULLETINS_INPUT_TOPIC)")
    produce.set_defaults(handler=_cmd_produce)

    dlq = commands.add_parser("dlq", help="dead-letter tools")
    dlq_commands = dlq.add_subparsers(dest="dlq_command", required=True, parser_class=_Parser)
    replay = dlq_commands.add_parser(
        "replay", help="re-publish dead letters' original bytes to the input topic"
    )
    replay.add_argument("--code", choices=[code.value for code in ErrorCode], help="only this code")
    replay.add_argument("--limit", type=_positive, help="at most N dead letters")
    replay.set_defaults(handler=_cmd_dlq_replay)

    broker = commands.add_parser("broker", help="the embedded broker in the foreground")
    broker.add_argument("--port", type=_positive, help="port (default: any free port)")
    broker.set_defaults(handler=_cmd_broker)
    return parser


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"not a positive integer: {text!r}")
    return int(text)


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
    except (KafkaError, BrokerError, TopicsMissing, HttpServerError) as exc:
        print(f"bulletins: error: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
