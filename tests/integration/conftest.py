"""A running service for the tests that scrape its endpoint (the broker and the per-test
settings come from tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from service.broker import free_port
from service.config import Settings
from tests.integration.running_service import BATCH, ServiceProcess


@pytest.fixture
def service(settings: Settings, tmp_path: Path) -> Iterator[ServiceProcess]:
    """A started `bulletins run` with topics and a group of its own, processing at most BATCH
    records at once; stopped gracefully (exit status 0) afterwards."""
    settings = settings.model_copy(update={"batch_max_records": BATCH, "metrics_port": free_port()})
    process = ServiceProcess(settings, tmp_path / "service.log").start()
    yield process
    assert process.stop() == 0
