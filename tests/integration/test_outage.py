"""Broker unreachable at start: not ready, a clear log line, retries; resumes by itself."""

from __future__ import annotations

import asyncio
import logging

import orjson
import pytest

from service.broker import EmbeddedBroker, free_port
from service.config import Settings
from service.kafka.reader import TopicReader
from service.records import InputRecord
from tests.integration.proxy import Proxy
from tests.integration.workload import (
    Workload,
    account,
    make_workload,
    output_topics,
    publish_workload,
    read_accounted,
    read_outputs,
    running_service,
    wait_until,
)

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


async def test_outage_mid_run_loses_nothing_and_resumes(
    settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    proxy_port = free_port()
    settings = settings.model_copy(
        update={
            "kafka_bootstrap_servers": f"127.0.0.1:{proxy_port}",
            "batch_max_records": 10,
            "request_timeout_ms": 3000,
        }
    )
    caplog.set_level(logging.WARNING, logger="service.kafka.runtime")
    with EmbeddedBroker(advertised_port=proxy_port) as broker:
        proxy = Proxy(proxy_port, broker.port)
        await proxy.restore()
        work = make_workload(1000, settings.max_input_bytes)
        inputs = await publish_workload(settings, work)
        async with running_service(settings) as service:
            async with TopicReader(settings, output_topics(settings)) as reader:
                assert await reader.read_until(1, 30)
            await proxy.cut()
            # The service's own probe notices within seconds even when the client retries
            # quietly; readiness may drop earlier (the group coordinator is lost first).
            await wait_until(lambda: _retry_logged(caplog), 30)
            assert not service.health.ready
            assert service.health.reason.startswith("broker unreachable")
            await proxy.restore()
            await wait_until(lambda: service.health.ready, 30)
            async with TopicReader(settings, output_topics(settings)) as reader:
                outputs = await read_accounted(settings, reader, inputs)
        await proxy.cut()

    seen = account(settings, outputs)
    assert seen.missing(inputs) == []
    assert seen.conflicting_ids() == []
    print(f"\nmid-run outage: re-delivered {seen.redelivered()}")


def _retry_logged(caplog: pytest.LogCaptureFixture) -> bool:
    return any(r.getMessage() == "broker unreachable: retrying" for r in caplog.records)
