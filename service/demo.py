"""`bulletins demo`: the whole pipeline on one machine, on the embedded broker.

Publishes the bundled sample bulletins (agency pages, a duplicate and a few broken inputs), runs
the service in-process, waits until every input is accounted for in the output topics and prints
what came out where.
"""

from __future__ import annotations

import asyncio
import dataclasses
import io
import signal
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from typing import TextIO

import orjson
from aiokafka.structs import ConsumerRecord

from service.config import Settings
from service.http import Health, HttpServer
from service.kafka.clients import create_topics
from service.kafka.publish import publish, scraper_key
from service.kafka.reader import TopicReader
from service.kafka.runtime import Service
from service.metrics import Metrics
from service.offline import records_from_file
from service.records import InputRecord

# Short group timeouts: the embedded broker holds each join for about half the session timeout.
DEMO_OVERRIDES = {
    "group_id": "bulletins-demo",
    "metrics_host": "127.0.0.1",
    "create_topics": True,
    "topic_partitions": 3,
    "topic_replication_factor": 1,
    "session_timeout_ms": 2000,
    "heartbeat_interval_ms": 500,
}
_ACCOUNTING_TIMEOUT_S = 60.0


def sample_records() -> list[InputRecord]:
    """The bundled sample bulletins, keyed by canonical URL as a scraper would publish them."""
    folder = resources.files("service") / "samples"
    records: list[InputRecord] = []
    for entry in sorted(folder.iterdir(), key=lambda item: item.name):
        stream = io.BytesIO(entry.read_bytes())
        records.extend(
            dataclasses.replace(record, key=scraper_key(record))
            for record in records_from_file(entry.name, stream, None)
        )
    return records


@dataclass(frozen=True)
class Summary:
    """What the demo saw: inputs published, outputs per topic, time to the first output."""

    published: int
    outputs: dict[str, list[ConsumerRecord[bytes, bytes]]]
    first_output_s: float | None
    all_output_s: float

    @property
    def accounted(self) -> int:
        return sum(len(records) for records in self.outputs.values())


async def run_demo(settings: Settings, *, once: bool, out: TextIO) -> int:
    """Publish the samples, run the service, print the summary; 0 when all are accounted for."""
    metrics, health = Metrics(), Health()
    http = HttpServer(metrics, health, settings.metrics_host, settings.metrics_port).start()
    records = sample_records()
    await create_topics(settings, sorted(settings.topics))
    await publish(settings, settings.input_topic, records)
    service = Service(settings, metrics=metrics, health=health)
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, service.stop)
    try:
        started = time.monotonic()
        running = asyncio.create_task(service.run_until_stopped())
        summary = await _collect(settings, len(records), started)
        print(_render(settings, summary, http.port), file=out, flush=True)
        if not once:
            print("serving; press Ctrl-C to stop", file=out, flush=True)
        else:
            service.stop()
        status = await running
    finally:
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.remove_signal_handler(signum)
        http.stop()
    return status if summary.accounted == summary.published else 1


async def _collect(settings: Settings, expected: int, started: float) -> Summary:
    topics = (settings.output_topic, settings.duplicates_topic, settings.dlq_topic)
    async with TopicReader(settings, topics) as reader:
        first = await reader.read_until(1, _ACCOUNTING_TIMEOUT_S)
        first_output_s = time.monotonic() - started if first else None
        rest = await reader.read_until(expected - len(first), _ACCOUNTING_TIMEOUT_S)
    outputs: dict[str, list[ConsumerRecord[bytes, bytes]]] = {topic: [] for topic in topics}
    for record in first + rest:
        outputs[record.topic].append(record)
    return Summary(expected, outputs, first_output_s, time.monotonic() - started)


def _render(settings: Settings, summary: Summary, metrics_port: int) -> str:
    lines = [
        f"published {summary.published} sample bulletins to {settings.input_topic} "
        f"on the embedded broker at {settings.kafka_bootstrap_servers}",
    ]
    for topic in (settings.output_topic, settings.duplicates_topic):
        records = summary.outputs[topic]
        example = f'  e.g. "{_headline(records[0])}"' if records else ""
        lines.append(f"  {topic:<24} {len(records):>3}{example}")
    dead = summary.outputs[settings.dlq_topic]
    codes = Counter(_header(record, "error.code") for record in dead)
    listed = ", ".join(f"{code} x{n}" if n > 1 else code for code, n in sorted(codes.items()))
    lines.append(f"  {settings.dlq_topic:<24} {len(dead):>3}  codes: {listed or '-'}")
    first = "-" if summary.first_output_s is None else f"{summary.first_output_s:.2f} s"
    lines.append(
        f"accounted for {summary.accounted} of {summary.published} "
        f"(first output after {first}, all after {summary.all_output_s:.2f} s)"
    )
    lines.append(f"metrics: http://127.0.0.1:{metrics_port}/metrics")
    return "\n".join(lines)


def _headline(record: ConsumerRecord[bytes, bytes]) -> str:
    try:
        headline = orjson.loads(record.value or b"{}").get("headline") or "(no headline)"
    except orjson.JSONDecodeError:
        return "(not JSON)"
    return str(headline) if len(headline) <= 72 else headline[:71] + "…"


def _header(record: ConsumerRecord[bytes, bytes], name: str) -> str:
    values: Sequence[tuple[str, bytes]] = record.headers
    for key, value in values:
        if key == name:
            return value.decode("utf-8", errors="replace")
    return "?"
