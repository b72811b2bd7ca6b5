"""Integration fixtures: a Kafka-protocol broker (the one in the environment, else embedded) and
a running service on it."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from service.broker import EmbeddedBroker

from tests.integration.running_service import BATCH, ServiceProcess


@pytest.fixture(scope="session")
def bootstrap_servers() -> Iterator[str]:
    """`BULLETINS_KAFKA_BOOTSTRAP_SERVERS` when set, else an embedded broker for the session."""
    configured = os.environ.get("BULLETINS_KAFKA_BOOTSTRAP_SERVERS")
    if configured:
        yield configured
        return
    with EmbeddedBroker() as broker:
        yield broker.bootstrap_servers


@pytest.fixture
def service(
    bootstrap_servers: str, tmp_path: Path, request: pytest.FixtureRequest
) -> Iterator[ServiceProcess]:
    """A started `bulletins run` with topics and a group of its own, at most BATCH records at
    once; stopped gracefully afterwards."""
    prefix = re.sub(r"[^a-z0-9]+", "-", request.node.name.lower()).strip("-")
    process = ServiceProcess(
        bootstrap_servers, prefix, tmp_path, BULLETINS_BATCH_MAX_RECORDS=str(BATCH)
    )
    process.start()
    yield process
    assert process.stop() == 0
