"""Shared fixtures: one Kafka-protocol broker per session, fresh topics and group per test.

`BULLETINS_KAFKA_BOOTSTRAP_SERVERS` selects an existing broker (e.g. Apache Kafka in CI);
without it the embedded broker is started for the session.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator

import pytest

from service.broker import EmbeddedBroker
from service.config import Settings

# Short group timeouts: the embedded broker holds each join for about half the session timeout.
FAST_GROUP = {"session_timeout_ms": 2000, "heartbeat_interval_ms": 500}


@pytest.fixture(scope="session")
def bootstrap_servers() -> Iterator[str]:
    external = os.environ.get("BULLETINS_KAFKA_BOOTSTRAP_SERVERS")
    if external:
        yield external
        return
    with EmbeddedBroker() as broker:
        yield broker.bootstrap_servers


@pytest.fixture
def settings(bootstrap_servers: str) -> Settings:
    """Settings for one test: its own topics and group, fast joins, any free metrics port."""
    prefix = f"t{uuid.uuid4().hex[:10]}"
    return Settings(
        kafka_bootstrap_servers=bootstrap_servers,
        group_id=f"{prefix}-group",
        input_topic=f"{prefix}.raw",
        output_topic=f"{prefix}.enriched",
        dlq_topic=f"{prefix}.dlq",
        duplicates_topic=f"{prefix}.duplicates",
        dedup_changelog_topic=f"{prefix}.dedup-changelog",
        metrics_port=0,
        metrics_host="127.0.0.1",
        create_topics=True,
        topic_partitions=3,
        topic_replication_factor=1,
        max_input_bytes=64 * 1024,
        backoff_initial_s=0.2,
        backoff_max_s=2.0,
        **FAST_GROUP,
    )
