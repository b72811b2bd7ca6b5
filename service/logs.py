"""Structured logs: one JSON object per line on stderr, fields passed as `extra={...}`."""

from __future__ import annotations

import logging
import sys

from pythonjsonlogger.json import JsonFormatter


def configure(level: str = "INFO") -> None:
    """Send every logger's records to stderr as JSON lines (idempotent)."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(
        JsonFormatter(
            ["levelname", "name", "message"],
            rename_fields={"levelname": "level", "name": "logger"},
            timestamp="time",
        )
    )
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # The Kafka client logs every retry of a broken connection at ERROR; our own lines say it once.
    logging.getLogger("aiokafka").setLevel(max(logging.WARNING, root.level))
    # Extraction libraries warn about every odd page; the outcome (a dead letter) says it once.
    logging.getLogger("trafilatura").setLevel(logging.ERROR)
