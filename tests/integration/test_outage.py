"""Broker unreachable at start: not ready, a clear log line, retries; resumes by itself."""

from __future__ import annotations

import asyncio
import logging

import orjson
import pytest

from service.broker import EmbeddedBroker, free_port
from service.config import Settings
from service.records import InputRecord
from tests.integration.workload import Workload, publish_workload, read_outputs, running_service

pytestmark = pytest.mark.integration


async def test_service_waits_for_the_broker_then_works(
    settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    port = free_port()
    settings = settings.model_copy(update={"kafka_bootstrap_servers": f"127.0.0.1:{port}"})
    caplog.set_level(logging.WARNING, logger="service.kafka.runtime")
    async with running_service(settings) as service:
        await asyncio.sleep(1.5)
        assert not service.health.ready
        assert service.health.reason.startswith("broker unreachable")
        retries = [r for r in caplog.records if r.getMessage() == "broker unreachable: retrying"]
        assert len(retries) >= 2
        assert {getattr(r, "bootstrap_servers", None) for r in retries} == {
            settings.kafka_bootstrap_servers
        }
        with EmbeddedBroker(port=port):
            page = {"source": "ap-en", "text": "Back online\n\nNEW YORK (AP) — It works again."}
            await publish_workload(settings, Workload([InputRecord(orjson.dumps(page))]))
            outputs = await read_outputs(settings, 1, timeout_s=30)
            assert service.health.ready
            assert [orjson.loads(r.value or b"")["headline"] for r in outputs] == ["Back online"]
