"""Test inputs (bulletins written for the tests, malformed inputs of every code, duplicates)
and the accounting of what came out of the three output topics."""

from __future__ import annotations

import asyncio
import os
import random
import subprocess
import sys
import time
from collections import Counter, defaultdict
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path

import orjson
from aiokafka.structs import ConsumerRecord, RecordMetadata
from pydantic import SecretStr

from service.config import Settings
from service.errors import ErrorCode
from service.kafka.clients import create_topics
from service.kafka.publish import publish
from service.kafka.reader import TopicReader
from service.kafka.runtime import Service
from service.pipeline import Pipeline
from service.records import InputRecord

AGENCIES = [
    ("reuters-en", "LONDON, March 4 (Reuters) -"),
    ("ap-en", "NEW YORK (AP) —"),
    ("tass-en", "MOSCOW, March 5. /TASS/."),
    ("xinhua-en", "BEIJING, March 6 (Xinhua) --"),
    ("kuna-en", "KUWAIT, March 7 (KUNA) --"),
]
SUBJECTS = ["Port authority", "Central bank", "Health ministry", "City council", "Rail operator"]
VERBS = ["approves", "announces", "delays", "expands", "reviews"]
OBJECTS = ["new budget", "safety plan", "tariff rules", "water project", "hiring drive"]


def bulletin(index: int, rng: random.Random) -> dict[str, str]:
    """A short agency-style bulletin, unique by index."""
    source, dateline = rng.choice(AGENCIES)
    subject, verb, obj = rng.choice(SUBJECTS), rng.choice(VERBS), rng.choice(OBJECTS)
    return {
        "source": source,
        "url": f"https://news.example.org/{source}/story-{index}?utm_source=feed",
        "published_at": "2026-03-04T09:00:00Z",
        "text": (
            f"{subject} {verb} {obj} (item {index})\n\n"
            f"{dateline} The {subject.lower()} {verb} its {obj} on Tuesday, officials said, "
            f"in a move expected to affect {rng.randint(2, 900)} companies.\n\n"
            f'"This is step {index} of a longer process," a spokesperson said.'
        ),
    }


def malformed(code: ErrorCode, max_input_bytes: int) -> InputRecord:
    """One input that must be dead-lettered with `code`."""
    values = {
        ErrorCode.INVALID_ENCODING: b'{"source": "kuna-en", "text": "caf\xe9 owners"}',
        ErrorCode.INVALID_JSON: b'{"source": "reuters-en", "text": "cut off by the scr',
        ErrorCode.SCHEMA_VIOLATION: orjson.dumps({"text": "No source\n\nBody here."}),
        ErrorCode.EMPTY_BODY: orjson.dumps({"source": "ap-en", "text": " \n \n "}),
        ErrorCode.TOO_LARGE: orjson.dumps({"source": "ap-en", "text": "x" * max_input_bytes}),
        ErrorCode.UNSUPPORTED_CONTENT: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n",
    }
    return InputRecord(value=values[code])


@dataclass
class Workload:
    """Inputs to publish, with what the outputs must show for them."""

    records: list[InputRecord] = field(default_factory=list)
    codes: Counter[str] = field(default_factory=Counter)
    duplicates: int = 0


def make_workload(
    count: int, max_input_bytes: int, *, first_index: int = 0, seed: int = 11
) -> Workload:
    """~5% malformed (every data error code in turn), ~5% duplicates, the rest unique bulletins."""
    rng = random.Random(seed + first_index)
    work = Workload()
    codes = [code for code in ErrorCode if code is not ErrorCode.PROCESSING_ERROR]
    originals: list[dict[str, str]] = []
    for index in range(first_index, first_index + count):
        roll = rng.random()
        if roll < 0.05:
            code = codes[work.codes.total() % len(codes)]
            work.codes[code.value] += 1
            work.records.append(malformed(code, max_input_bytes))
        elif roll < 0.10 and originals:
            # The same page seen by a second scraper: same URL (so same key and partition),
            # another source (so another event id), identical body.
            copy = dict(rng.choice(originals), source="syndication-feed")
            work.duplicates += 1
            work.records.append(_keyed(copy))
        else:
            page = bulletin(index, rng)
            originals.append(page)
            work.records.append(_keyed(page))
    return work


def _keyed(page: dict[str, str]) -> InputRecord:
    key = page["url"].split("?")[0].encode()
    return InputRecord(value=orjson.dumps(page), key=key)


@dataclass
class Accounting:
    """Outputs grouped by the input (partition, offset) they came from."""

    by_input: dict[tuple[int, int], list[tuple[str, str]]]
    topics: Counter[str]
    codes: Counter[str]

    def missing(self, inputs: list[RecordMetadata]) -> list[tuple[int, int]]:
        return sorted({(m.partition, m.offset) for m in inputs} - set(self.by_input))

    def redelivered(self) -> int:
        return sum(len(outputs) - 1 for outputs in self.by_input.values())

    def conflicting_ids(self) -> list[tuple[int, int]]:
        """Inputs whose re-deliveries carry different event ids (must be none)."""
        return [key for key, outputs in self.by_input.items() if len({i for _, i in outputs}) > 1]


def account(settings: Settings, outputs: list[ConsumerRecord[bytes, bytes]]) -> Accounting:
    """Map every output record back to its input via `trace` (events) or `source.*` headers."""
    by_input: dict[tuple[int, int], list[tuple[str, str]]] = defaultdict(list)
    topics: Counter[str] = Counter()
    codes: Counter[str] = Counter()
    for record in outputs:
        topics[record.topic] += 1
        if record.topic == settings.dlq_topic:
            headers = dict(record.headers)
            origin = (int(headers["source.partition"]), int(headers["source.offset"]))
            codes[headers["error.code"].decode()] += 1
            identity = "dead-letter"
        else:
            event = orjson.loads(record.value or b"")
            origin = (event["trace"]["partition"], event["trace"]["offset"])
            identity = event["event_id"]
        by_input[origin].append((record.topic, identity))
    return Accounting(dict(by_input), topics, codes)


async def publish_workload(settings: Settings, work: Workload) -> list[RecordMetadata]:
    """Create the test's topics (if needed) and publish the inputs; where each one landed."""
    await create_topics(settings, sorted(settings.topics))
    return await publish(settings, settings.input_topic, work.records)


async def read_accounted(
    settings: Settings,
    reader: TopicReader,
    inputs: list[RecordMetadata],
    outputs: list[ConsumerRecord[bytes, bytes]] | None = None,
    timeout_s: float = 60.0,
) -> list[ConsumerRecord[bytes, bytes]]:
    """`outputs` plus what is read until every input has an outcome (or the timeout), plus
    what else is there then.

    Counting outputs is not enough: re-deliveries after a crash or a rebalance add outputs while
    the last inputs may still be in flight.
    """
    outputs = list(outputs or [])
    deadline = time.monotonic() + timeout_s
    while account(settings, outputs).missing(inputs) and time.monotonic() < deadline:
        outputs += await reader.read_until(len(inputs), 1)
    return outputs + await reader.read_available()


def output_topics(settings: Settings) -> tuple[str, str, str]:
    return (settings.output_topic, settings.duplicates_topic, settings.dlq_topic)


async def read_outputs(
    settings: Settings, expected: int, timeout_s: float = 60.0
) -> list[ConsumerRecord[bytes, bytes]]:
    """Every output so far, waiting until at least `expected` arrived (or the timeout)."""
    async with TopicReader(settings, output_topics(settings)) as reader:
        records = await reader.read_until(expected, timeout_s)
        return records + await reader.read_available()


@asynccontextmanager
async def running_service(
    settings: Settings, pipeline: Pipeline | None = None
) -> AsyncIterator[Service]:
    """The service in this event loop; stopped (and checked to drain cleanly) on exit."""
    service = Service(settings, pipeline=pipeline)
    task = asyncio.create_task(service.run_until_stopped())
    try:
        yield service
    finally:
        service.stop()
        assert await task == 0


def service_env(settings: Settings, **overrides: object) -> dict[str, str]:
    """The environment that configures `bulletins run` like `settings`."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("BULLETINS_")}
    values = settings.model_dump() | overrides
    for name, value in values.items():
        if value is None:
            continue
        if isinstance(value, SecretStr):
            value = value.get_secret_value()
        text = str(value).lower() if isinstance(value, bool) else str(value)
        env[f"BULLETINS_{name.upper()}"] = text
    return env


def start_service(env: dict[str, str], log: Path, *args: str) -> subprocess.Popen[bytes]:
    """`bulletins run [args]` as a child process, its JSON logs appended to `log`."""
    with log.open("ab") as stderr:
        return subprocess.Popen(
            [sys.executable, "-m", "service.cli", "run", *args],
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )


def log_events(log: Path, message: str) -> list[dict[str, object]]:
    """The JSON log lines with this message."""
    events = []
    for line in log.read_text().splitlines():
        if line.startswith("{"):
            event = orjson.loads(line)
            if event.get("message") == message:
                events.append(event)
    return events


def metric_total(service: Service, name: str) -> float:
    """Sum of every sample of `name` in the in-process service's registry."""
    return sum(
        sample.value
        for family in service.metrics.registry.collect()
        for sample in family.samples
        if sample.name == name
    )


async def wait_until(condition: Callable[[], bool], timeout_s: float) -> None:
    """Poll `condition` until true; fail the test after `timeout_s`."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout_s
    while not condition():
        assert loop.time() < deadline, "timed out"
        await asyncio.sleep(0.1)
