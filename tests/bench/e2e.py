"""The service against the bare client on the same broker: throughput, latency, memory, workers.

Every figure comes with a baseline measured in the same run on the same broker: the passthrough
loop (`tests/bench/passthrough.py`) is the physical limit of broker and client here, so ratios
mean something on any machine, while absolute numbers only describe this one.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import os
import signal
import statistics
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Coroutine, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import orjson
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.structs import ConsumerRecord

from service.broker import EmbeddedBroker
from tests.bench import corpus

PARTITIONS = 6
SERVICE = "service"
PASSTHROUGH = "passthrough"
RUNTIME = "runtime"  # the service's runtime around a decode-only pipeline (runtime_only.py)


@dataclass(frozen=True, slots=True)
class Run:
    """One contender's run on its own topics and consumer group."""

    bootstrap: str
    contender: str
    workers: int = 1
    prefix: str = field(default_factory=lambda: f"bench-{uuid.uuid4().hex[:10]}")
    compression: str | None = None

    @property
    def input(self) -> str:
        return f"{self.prefix}.raw"

    @property
    def outputs(self) -> list[str]:
        return [f"{self.prefix}.{name}" for name in ("enriched", "dlq", "duplicates")]

    @property
    def changelog(self) -> str:
        return f"{self.prefix}.dedup-changelog"

    @property
    def group(self) -> str:
        return f"{self.prefix}-group"

    def command(self) -> list[str]:
        if self.contender == PASSTHROUGH:
            return [
                sys.executable, "-m", "tests.bench.passthrough", "--bootstrap", self.bootstrap,
                "--source", self.input, "--target", self.outputs[0], "--group", self.group,
            ]  # fmt: skip
        if self.contender == RUNTIME:
            return [sys.executable, "-m", "tests.bench.runtime_only"]
        return [sys.executable, "-m", "service.cli", "run", "--workers", str(self.workers)]

    def environment(self) -> dict[str, str]:
        enriched, dlq, duplicates = self.outputs
        return os.environ | {
            "BULLETINS_KAFKA_BOOTSTRAP_SERVERS": self.bootstrap,
            "BULLETINS_GROUP_ID": self.group,
            "BULLETINS_INPUT_TOPIC": self.input,
            "BULLETINS_OUTPUT_TOPIC": enriched,
            "BULLETINS_DLQ_TOPIC": dlq,
            "BULLETINS_DUPLICATES_TOPIC": duplicates,
            "BULLETINS_DEDUP_CHANGELOG_TOPIC": self.changelog,
            "BULLETINS_METRICS_PORT": "0",
            "BULLETINS_SESSION_TIMEOUT_MS": "2000",
            "BULLETINS_HEARTBEAT_INTERVAL_MS": "500",
            "BULLETINS_LOG_LEVEL": "WARNING",
            "BULLETINS_COMPRESSION": self.compression or "none",
        }

    def start(self) -> subprocess.Popen[bytes]:
        return subprocess.Popen(self.command(), env=self.environment())


async def create_topics(run: Run) -> None:
    admin = AIOKafkaAdminClient(bootstrap_servers=run.bootstrap)
    await admin.start()
    try:
        names = [run.input, *run.outputs, run.changelog]
        await admin.create_topics([NewTopic(name, PARTITIONS, 1) for name in names])
    finally:
        await admin.close()


async def produce(run: Run, values: Sequence[bytes], rate: float | None = None) -> None:
    """Publish round-robin over the partitions, as fast as possible or at `rate` per second."""
    producer = AIOKafkaProducer(
        bootstrap_servers=run.bootstrap,
        linger_ms=5,
        max_batch_size=1 << 20,
        max_request_size=8 << 20,
        compression_type=run.compression,
    )
    await producer.start()
    try:
        started = time.perf_counter()
        pending = []
        for index, value in enumerate(values):
            if rate is not None and (delay := started + index / rate - time.perf_counter()) > 0:
                await asyncio.sleep(delay)
            pending.append(await producer.send(run.input, value, partition=index % PARTITIONS))
            if len(pending) >= 2_000:
                await asyncio.gather(*pending)
                pending.clear()
        await asyncio.gather(*pending)
    finally:
        await producer.stop()


async def committed(run: Run, admin: AIOKafkaAdminClient) -> int:
    """Records the group has committed on the input topic (explicit partitions, DESIGN.md 6)."""
    partitions = [TopicPartition(run.input, p) for p in range(PARTITIONS)]
    offsets = await admin.list_consumer_group_offsets(run.group, partitions=partitions)
    return sum(max(meta.offset, 0) for meta in offsets.values())


async def wait_committed(run: Run, expected: int, limit_s: float) -> tuple[float, int, float]:
    """Poll the group's commits until `expected`: (time of first commit, records then, end)."""
    admin = AIOKafkaAdminClient(bootstrap_servers=run.bootstrap)
    await admin.start()
    try:
        deadline = time.perf_counter() + limit_s
        first: tuple[float, int] | None = None
        while time.perf_counter() < deadline:
            done = await committed(run, admin)
            now = time.perf_counter()
            if done and first is None:
                first = (now, done)
            if done >= expected:
                assert first is not None
                return first[0], first[1], now
            await asyncio.sleep(0.05)
    finally:
        await admin.close()
    raise TimeoutError(f"{run.contender} did not commit {expected} records in {limit_s:.0f} s")


def stop(process: subprocess.Popen[bytes]) -> None:
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


async def throughput(run: Run, values: Sequence[bytes]) -> float:
    """Records/s from the first commit to the last, start-up and group join excluded."""
    await create_topics(run)
    await produce(run, values)
    process = run.start()
    try:
        first_at, first_done, end = await wait_committed(run, len(values), limit_s=900)
    finally:
        stop(process)
    return (len(values) - first_done) / max(end - first_at, 1e-9)


def _input_timestamp_ms(record: ConsumerRecord[bytes, bytes]) -> float:
    """The input record's timestamp an output carries (trace or header)."""
    headers = dict(record.headers)
    if "source.timestamp" in headers:
        return float(headers["source.timestamp"])
    trace = orjson.loads(record.value or b"")["trace"]
    return datetime.fromisoformat(trace["timestamp"]).timestamp() * 1000


async def latency(run: Run, values: Sequence[bytes], rate: float) -> list[float]:
    """Seconds from input timestamp to output publish, at a steady `rate`, sorted."""
    await create_topics(run)
    process = run.start()
    reader = AIOKafkaConsumer(
        *run.outputs, bootstrap_servers=run.bootstrap, auto_offset_reset="earliest"
    )
    await reader.start()
    try:
        await produce(run, values[:1])  # warm-up: wait until the contender has joined
        await _read(reader, 1, limit_s=60)
        producing = asyncio.create_task(produce(run, values[1:], rate))
        outputs = await _read(reader, len(values) - 1, limit_s=len(values) / rate + 120)
        await producing
    finally:
        await reader.stop()
        stop(process)
    return sorted((r.timestamp - _input_timestamp_ms(r)) / 1000 for r in outputs)


async def _read(
    reader: AIOKafkaConsumer, count: int, limit_s: float
) -> list[ConsumerRecord[bytes, bytes]]:
    records: list[ConsumerRecord[bytes, bytes]] = []
    deadline = time.perf_counter() + limit_s
    while len(records) < count:
        if time.perf_counter() > deadline:
            raise TimeoutError(f"only {len(records)} of {count} outputs in {limit_s:.0f} s")
        for batch in (await reader.getmany(timeout_ms=200)).values():
            records.extend(batch)
    return records


def percentile(sorted_values: Sequence[float], fraction: float) -> float:
    index = min(len(sorted_values) - 1, round(fraction * (len(sorted_values) - 1)))
    return sorted_values[index]


def rss_mib(pid: int) -> tuple[float, float]:
    """(current RSS, peak RSS) of a process in MiB."""
    fields = {}
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            name, _, rest = line.partition(":")
            if name in ("VmRSS", "VmHWM"):
                fields[name] = int(rest.split()[0]) / 1024
    return fields["VmRSS"], fields["VmHWM"]


async def memory(
    run: Run, values: Iterator[bytes], checkpoints: Sequence[int]
) -> list[dict[str, float]]:
    """RSS of the service after each checkpoint count of processed bulletins."""
    await create_topics(run)
    process = run.start()
    readings = []
    produced = 0
    try:
        for checkpoint in checkpoints:
            while produced < checkpoint:  # in chunks: 500,000 bulletins do not fit comfortably
                chunk = list(itertools.islice(values, min(50_000, checkpoint - produced)))
                await produce(run, chunk)
                produced += len(chunk)
            await wait_committed(run, checkpoint, limit_s=3600)
            current, peak = rss_mib(process.pid)
            readings.append({"bulletins": checkpoint, "rss_mib": current, "peak_rss_mib": peak})
            print(f"after {checkpoint:,} bulletins: RSS {current:.0f} MiB, peak {peak:.0f} MiB")
    finally:
        stop(process)
    return readings


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values))


# -- the benchmarks -------------------------------------------------------------------------


def _broker(args: argparse.Namespace) -> contextlib.AbstractContextManager[str]:
    """The broker to measure on: `--bootstrap` or `BULLETINS_KAFKA_BOOTSTRAP_SERVERS`, else an
    embedded one for the duration of the benchmark."""
    external = args.bootstrap or os.environ.get("BULLETINS_KAFKA_BOOTSTRAP_SERVERS")
    if external:
        return contextlib.nullcontext(external)
    return _embedded()


@contextlib.contextmanager
def _embedded() -> Iterator[str]:
    with EmbeddedBroker() as broker:
        yield broker.bootstrap_servers


async def bench_throughput(bootstrap: str, records: int, pairs: int) -> dict[str, object]:
    """Service and passthrough on identical topics, alternating; median of the pairs. Each
    pair also runs the service's runtime around a decode-only pipeline: what the runtime costs
    apart from normalisation and enrichment."""
    values = corpus.bulletins(records)
    service, baseline, runtime = [], [], []
    for pair in range(pairs):
        service.append(await throughput(Run(bootstrap, SERVICE), values))
        baseline.append(await throughput(Run(bootstrap, PASSTHROUGH), values))
        runtime.append(await throughput(Run(bootstrap, RUNTIME), values))
        print(
            f"pair {pair + 1}: service {service[-1]:,.0f}/s, passthrough {baseline[-1]:,.0f}/s,"
            f" runtime without text work {runtime[-1]:,.0f}/s"
        )
    return {
        "records": records,
        "service_per_s": service,
        "passthrough_per_s": baseline,
        "runtime_only_per_s": runtime,
        "ratio_median": median([s / b for s, b in zip(service, baseline, strict=True)]),
        "runtime_only_ratio_median": median(
            [r / b for r, b in zip(runtime, baseline, strict=True)]
        ),
        "service_median_per_s": median(service),
        "passthrough_median_per_s": median(baseline),
    }


async def bench_latency(bootstrap: str, rate: float, seconds: float) -> dict[str, object]:
    """p50/p99 of input timestamp to output publish at a steady rate, service and passthrough."""
    values = corpus.bulletins(int(rate * seconds) + 1, seed=11)
    result: dict[str, object] = {"rate_per_s": rate, "seconds": seconds}
    for contender in (SERVICE, PASSTHROUGH):
        latencies = await latency(Run(bootstrap, contender), values, rate)
        result[contender] = {
            "p50_s": percentile(latencies, 0.50),
            "p99_s": percentile(latencies, 0.99),
            "max_s": latencies[-1],
        }
        print(f"{contender}: p50 {latencies[len(latencies) // 2] * 1000:.1f} ms")
    service, baseline = result[SERVICE], result[PASSTHROUGH]
    result["p99_ratio"] = service["p99_s"] / baseline["p99_s"]  # type: ignore[index]
    return result


async def bench_memory(bootstrap: str, checkpoints: list[int]) -> dict[str, object]:
    """Service RSS after each checkpoint (lz4 on the wire keeps the broker's memory in check)."""
    run = Run(bootstrap, SERVICE, compression="lz4")
    readings = await memory(run, corpus.iter_bulletins(seed=23), checkpoints)
    first, last = readings[0]["rss_mib"], readings[-1]["rss_mib"]
    return {"readings": readings, "growth": last / first - 1}


async def bench_workers(bootstrap: str, records: int, pairs: int) -> dict[str, object]:
    """`--workers 2` against `--workers 1` on identical topics, alternating; median ratio."""
    values = corpus.bulletins(records, seed=31)
    one, two = [], []
    for _ in range(pairs):
        one.append(await throughput(Run(bootstrap, SERVICE, workers=1), values))
        two.append(await throughput(Run(bootstrap, SERVICE, workers=2), values))
        print(f"workers 1: {one[-1]:,.0f}/s, workers 2: {two[-1]:,.0f}/s")
    return {
        "records": records,
        "workers_1_per_s": one,
        "workers_2_per_s": two,
        "ratio_median": median([b / a for a, b in zip(one, two, strict=True)]),
        "cpus": os.cpu_count(),
    }


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the broker benchmarks as subcommands of `python -m tests.bench`."""
    specs = {
        "throughput": ("service vs passthrough, consuming a pre-filled topic", _run_throughput),
        "latency": ("p50/p99 at a steady rate, service vs passthrough", _run_latency),
        "memory": ("service RSS after 50,000 and 500,000 bulletins", _run_memory),
        "workers": ("--workers 2 vs --workers 1 throughput", _run_workers),
    }
    for name, (help_text, handler) in specs.items():
        parser = commands.add_parser(name, help=help_text)
        parser.add_argument("--bootstrap", help="an existing broker (default: embedded)")
        parser.add_argument("--records", type=int, default=50_000)
        parser.add_argument("--pairs", type=int, default=3, help="alternating run pairs")
        parser.add_argument("--rate", type=float, help="latency: records/s (default: 50%% of max)")
        parser.add_argument("--seconds", type=float, default=30.0, help="latency: duration")
        parser.add_argument("--checkpoints", default="50000,500000", help="memory: counts")
        parser.set_defaults(handler=handler, bench=name)


def _run(
    args: argparse.Namespace, job: Callable[[str], Coroutine[Any, Any, dict[str, object]]]
) -> dict:  # type: ignore[type-arg]
    with _broker(args) as bootstrap:
        return asyncio.run(job(bootstrap))


def _run_throughput(args: argparse.Namespace) -> dict[str, object]:
    return _run(args, lambda b: bench_throughput(b, args.records, args.pairs))


def _run_latency(args: argparse.Namespace) -> dict[str, object]:
    async def job(bootstrap: str) -> dict[str, object]:
        rate = args.rate
        if rate is None:  # half of the service's measured maximum, as the issue asks
            peak = await throughput(Run(bootstrap, SERVICE), corpus.bulletins(20_000, seed=5))
            rate = round(peak / 2)
        return await bench_latency(bootstrap, rate, args.seconds)

    return _run(args, job)


def _run_memory(args: argparse.Namespace) -> dict[str, object]:
    checkpoints = [int(c) for c in args.checkpoints.split(",")]
    return _run(args, lambda b: bench_memory(b, checkpoints))


def _run_workers(args: argparse.Namespace) -> dict[str, object]:
    return _run(args, lambda b: bench_workers(b, args.records, args.pairs))
