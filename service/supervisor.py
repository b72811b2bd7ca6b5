"""`bulletins run --workers N`: N service processes in one consumer group under one supervisor.

Python runs one core per process, so a container uses all its cores by running several ordinary
group members; Kafka shares the partitions among them (no home-made clustering). The supervisor
only starts, watches and stops them. Worker `i` serves its metrics on `BULLETINS_METRICS_PORT + i`
(port 0: each picks a free port), so Prometheus scrapes one target per worker.
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import time
from types import FrameType

log = logging.getLogger(__name__)

# A worker that dies is restarted after a growing pause, so a broken setup cannot spin.
RESTART_DELAYS_S = (0.5, 1.0, 2.0, 5.0, 10.0)
_POLL_S = 0.2


def worker_environment(base: dict[str, str], index: int, metrics_port: int) -> dict[str, str]:
    """Worker `index`'s environment: the same settings, its own metrics port."""
    port = metrics_port + index if metrics_port else 0
    return base | {"BULLETINS_METRICS_PORT": str(port)}


class Supervisor:
    """Starts the workers, restarts one that dies, forwards SIGTERM/SIGINT, waits for the drain."""

    def __init__(self, workers: int, metrics_port: int) -> None:
        self.workers = workers
        self.metrics_port = metrics_port
        self._children: dict[int, subprocess.Popen[bytes]] = {}
        self._restarts: dict[int, int] = {}
        self._due: dict[int, float] = {}
        self._stopping = False

    def run(self) -> int:
        """Run until a signal, then until every worker has drained; the worst exit status."""
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, self._forward)
        for index in range(self.workers):
            self._spawn(index)
        log.info("workers started", extra={"workers": self.workers})
        while not (self._stopping and self._all_exited()):
            self._watch()
            time.sleep(_POLL_S)
        return max(child.returncode or 0 for child in self._children.values())

    def _spawn(self, index: int) -> None:
        env = worker_environment(dict(os.environ), index, self.metrics_port)
        command = [sys.executable, "-m", "service.cli", "run"]
        self._children[index] = subprocess.Popen(command, env=env)

    def _forward(self, signum: int, _frame: FrameType | None) -> None:
        self._stopping = True
        for child in self._children.values():
            if child.poll() is None:
                child.send_signal(signum)

    def _all_exited(self) -> bool:
        return all(child.poll() is not None for child in self._children.values())

    def _watch(self) -> None:
        if self._stopping:
            return
        now = time.monotonic()
        for index, child in self._children.items():
            if child.poll() is None:
                continue
            if index not in self._due:
                count = self._restarts.get(index, 0)
                self._due[index] = now + RESTART_DELAYS_S[min(count, len(RESTART_DELAYS_S) - 1)]
                log.warning(
                    "worker exited: restarting",
                    extra={"worker": index, "status": child.returncode, "restarts": count},
                )
            elif now >= self._due[index]:
                del self._due[index]
                self._restarts[index] = self._restarts.get(index, 0) + 1
                self._spawn(index)
