"""A real `bulletins run` process for tests that scrape its HTTP endpoint, and what they need
around it: raw bulletins to publish, a producer, and a parsed scrape."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from confluent_kafka import Producer
from prometheus_client.parser import text_string_to_metric_families
from service.broker import free_port

T = TypeVar("T")

# Records processed at once by the test services: "within one batch" in lag assertions.
BATCH = 10
# Short group timings (DESIGN.md section 6): a join takes 1-2 s on the embedded broker.
FAST_GROUP = {"BULLETINS_SESSION_TIMEOUT_MS": "2000", "BULLETINS_HEARTBEAT_INTERVAL_MS": "500"}


def http_get(url: str, timeout: float = 2.0) -> tuple[int, str]:
    """Status and body of a GET; error statuses are returned, not raised."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return int(response.status), response.read().decode()
    except urllib.error.HTTPError as exc:
        return int(exc.code), exc.read().decode()


def wait_for(what: str, probe: Callable[[], T | None], timeout: float, every: float = 0.05) -> T:
    """Poll `probe` until it returns something other than None/False; fail after `timeout`."""
    deadline = time.monotonic() + timeout
    while True:
        value = probe()
        if value is not None and value is not False:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(every)


@dataclass(frozen=True)
class Scrape:
    """One parsed `/metrics` answer: samples by name and label set."""

    samples: Mapping[tuple[str, frozenset[tuple[str, str]]], float]
    text: str

    @classmethod
    def parse(cls, text: str) -> Scrape:
        samples = {
            (sample.name, frozenset(sample.labels.items())): sample.value
            for family in text_string_to_metric_families(text)
            for sample in family.samples
        }
        return cls(samples, text)

    def total(self, name: str, **labels: str) -> float:
        """Sum of the samples of `name` whose labels include `labels` (0 when there are none)."""
        wanted = set(labels.items())
        return sum(v for (n, ls), v in self.samples.items() if n == name and wanted <= ls)

    def by_label(self, name: str, label: str) -> dict[str, float]:
        """Samples of `name` keyed by the value of one label."""
        return {
            dict(ls)[label]: v
            for (n, ls), v in self.samples.items()
            if n == name and label in dict(ls)
        }


class ServiceProcess:
    """`python -m service.cli run` with its own group, topics and metrics port."""

    def __init__(self, bootstrap_servers: str, prefix: str, log_dir: Path, **env: str) -> None:
        self.port = free_port()
        self.input_topic = f"{prefix}.raw"
        self.env = {
            **os.environ,
            **FAST_GROUP,
            "BULLETINS_KAFKA_BOOTSTRAP_SERVERS": bootstrap_servers,
            "BULLETINS_GROUP_ID": f"{prefix}-group",
            "BULLETINS_INPUT_TOPIC": self.input_topic,
            "BULLETINS_OUTPUT_TOPIC": f"{prefix}.enriched",
            "BULLETINS_DLQ_TOPIC": f"{prefix}.dlq",
            "BULLETINS_DUPLICATES_TOPIC": f"{prefix}.duplicates",
            "BULLETINS_METRICS_HOST": "127.0.0.1",
            "BULLETINS_METRICS_PORT": str(self.port),
            "BULLETINS_CREATE_TOPICS": "true",
            "BULLETINS_TOPIC_REPLICATION_FACTOR": "1",
            **env,
        }
        self.log_path = log_dir / f"{prefix}.log"
        self._process: subprocess.Popen[bytes] | None = None

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def start(self, timeout: float = 20.0) -> ServiceProcess:
        """Start the process and wait until `/healthz` answers."""
        with open(self.log_path, "ab") as log:
            self._process = subprocess.Popen(
                [sys.executable, "-m", "service.cli", "run"],
                env=self.env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=log,
            )
        wait_for("/healthz", self._healthy, timeout)
        return self

    def _healthy(self) -> bool:
        assert self._process is not None
        if self._process.poll() is not None:
            raise AssertionError(f"service exited {self._process.returncode}: {self.log_tail()}")
        try:
            return http_get(self.url("/healthz"), timeout=0.5)[0] == 200
        except OSError:
            return False

    def wait_ready(self, timeout: float = 20.0) -> None:
        wait_for("/readyz 200", lambda: http_get(self.url("/readyz"))[0] == 200, timeout)

    def scrape(self) -> Scrape:
        status, text = http_get(self.url("/metrics"))
        assert status == 200, text
        return Scrape.parse(text)

    def stop(self, timeout: float = 15.0) -> int:
        """SIGTERM (a graceful drain) and the exit status; SIGKILL only if it hangs."""
        process, self._process = self._process, None
        if process is None:
            return 0
        process.send_signal(signal.SIGTERM)
        try:
            return process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
            raise AssertionError(f"no exit within {timeout} s of SIGTERM") from None

    def log_tail(self, lines: int = 20) -> str:
        text = self.log_path.read_text(encoding="utf-8", errors="replace")
        return "\n".join(text.splitlines()[-lines:])


def bulletin(number: int, url: str | None = None) -> bytes:
    """A raw bulletin (`bulletin.raw/v1`) whose body is distinct per number."""
    text = (
        f"Council approves budget line {number}\n\n"
        f"CAIRO, March 4 (Test) - The city council approved budget line {number} on Monday "
        f"after a debate of {number % 7 + 2} hours, officials said.\n\n"
        f'"This line pays for {number} new classrooms," the council speaker told reporters.'
    )
    url = url or f"https://news.example.org/{number}"
    record = {"source": "test-agency", "url": url, "text": text}
    return json.dumps(record).encode()


def publish(bootstrap_servers: str, topic: str, values: Iterable[tuple[bytes, bytes]]) -> int:
    """Publish (key, value) pairs and wait for every acknowledgement; how many were sent."""
    producer = Producer({"bootstrap.servers": bootstrap_servers, "enable.idempotence": False})
    count = 0
    for key, value in values:
        producer.produce(topic, value=value, key=key)
        count += 1
    assert producer.flush(15) == 0, "unacknowledged records"
    return count
