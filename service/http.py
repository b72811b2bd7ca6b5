"""The HTTP server: `/metrics` (Prometheus), `/healthz` (alive) and `/readyz` (ready to work).

A WSGI app served by wsgiref in a daemon thread, so scrapes never wait on the event loop and a
busy event loop never delays a scrape.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from socketserver import ThreadingMixIn
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import prometheus_client
from prometheus_client import make_wsgi_app

from service.metrics import Metrics

# `_created` samples are timestamps, not measurements; they double the series for nothing.
prometheus_client.disable_created_metrics()

StartResponse = Callable[..., Any]


class HttpServerError(Exception):
    """The HTTP server cannot listen (port taken, address not local...)."""


@dataclass
class Health:
    """What `/readyz` reports; written by the runtime, read by the HTTP thread."""

    ready: bool = False
    reason: str = "starting"

    def set(self, ready: bool, reason: str) -> None:
        self.ready, self.reason = ready, reason


class _Server(ThreadingMixIn, WSGIServer):
    daemon_threads = True


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        """Scrapes every few seconds must not flood the logs."""


class HttpServer:
    """Serves one `Metrics` registry and one `Health` on host:port in a background thread."""

    def __init__(self, metrics: Metrics, health: Health, host: str, port: int) -> None:
        self._metrics_app = make_wsgi_app(metrics.registry)
        self._health = health
        try:
            self._server = make_server(
                host, port, self._app, server_class=_Server, handler_class=_QuietHandler
            )
        except OSError as exc:
            raise HttpServerError(
                f"cannot serve metrics on {host}:{port}: {exc.strerror}"
            ) from None
        self._thread = threading.Thread(target=self._server.serve_forever, name="http", daemon=True)

    @property
    def port(self) -> int:
        return int(self._server.server_port)

    def start(self) -> HttpServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _app(self, environ: dict[str, Any], start_response: StartResponse) -> Iterable[bytes]:
        path = environ.get("PATH_INFO", "/")
        if path == "/metrics":
            return self._metrics_app(environ, start_response)  # type: ignore[no-any-return]
        if path == "/healthz":
            return _text(start_response, "200 OK", "ok")
        if path == "/readyz":
            status = "200 OK" if self._health.ready else "503 Service Unavailable"
            return _text(start_response, status, self._health.reason)
        return _text(start_response, "404 Not Found", "not found: try /metrics, /healthz, /readyz")


def _text(start_response: StartResponse, status: str, body: str) -> list[bytes]:
    data = (body + "\n").encode()
    start_response(status, [("Content-Type", "text/plain; charset=utf-8")])
    return [data]
