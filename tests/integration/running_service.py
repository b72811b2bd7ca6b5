"""A real `bulletins run` process for tests that scrape its HTTP endpoint, and a parsed scrape."""

from __future__ import annotations

import asyncio
import random
import signal
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import orjson
from prometheus_client.parser import text_string_to_metric_families

from service.config import Settings
from service.kafka.publish import publish
from service.records import InputRecord
from tests.integration.workload import bulletin, service_env, start_service

T = TypeVar("T")

# Records the test services process at once: "within one batch" in the lag assertions.
BATCH = 10


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
    """`bulletins run` as a child process configured like `settings` (a fixed metrics port)."""

    def __init__(self, settings: Settings, log: Path) -> None:
        assert settings.metrics_port, "the test must know the port to scrape"
        self.settings = settings
        self.log = log
        self._process: subprocess.Popen[bytes] | None = None

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.settings.metrics_port}{path}"

    def start(self, timeout: float = 20.0) -> ServiceProcess:
        """Start the process and wait until `/healthz` answers."""
        self._process = start_service(service_env(self.settings), self.log)
        wait_for("/healthz", self._healthy, timeout)
        return self

    def _healthy(self) -> bool:
        assert self._process is not None
        if self._process.poll() is not None:
            tail = self.log.read_text(errors="replace").splitlines()[-20:]
            raise AssertionError(f"service exited {self._process.returncode}: {tail}")
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

    def publish(self, records: list[InputRecord]) -> None:
        """Publish to the input topic (acks=all) from this synchronous test."""
        asyncio.run(publish(self.settings, self.settings.input_topic, records))

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


def pages(numbers: range, key: bytes | None = None, **fields: str) -> list[InputRecord]:
    """Bulletins unique by number (the same number, the same page), keyed by their URL (or all
    by `key`), with `fields` overridden."""
    records = []
    for number in numbers:
        page = bulletin(number, random.Random(number)) | fields
        records.append(InputRecord(value=orjson.dumps(page), key=key or page["url"].encode()))
    return records
