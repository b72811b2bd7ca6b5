"""An independent client (confluent-kafka / librdkafka) produces and reads back."""

from __future__ import annotations

import asyncio

import orjson
import pytest
from confluent_kafka import OFFSET_BEGINNING, Consumer, Producer, TopicPartition

from service.config import Settings
from service.kafka.clients import create_topics
from tests.integration.workload import running_service

pytestmark = pytest.mark.integration


def _produce(settings: Settings, value: bytes) -> None:
    producer = Producer({"bootstrap.servers": settings.kafka_bootstrap_servers, "acks": "all"})
    producer.produce(settings.input_topic, value=value, key=b"https://www.kuna.net.kw/a/1")
    assert producer.flush(10) == 0


def _read_one(settings: Settings) -> bytes:
    consumer = Consumer(
        {
            "bootstrap.servers": settings.kafka_bootstrap_servers,
            "group.id": f"{settings.group_id}-reader",
            "auto.offset.reset": "earliest",
        }
    )
    # Assigned, not subscribed: a group join would only add the broker's join delay.
    consumer.assign(
        [
            TopicPartition(settings.output_topic, partition, OFFSET_BEGINNING)
            for partition in range(settings.topic_partitions)
        ]
    )
    try:
        for _ in range(60):
            message = consumer.poll(1.0)
            if message is not None and message.error() is None:
                return bytes(message.value())
        raise AssertionError("no enriched event read back")
    finally:
        consumer.close()


async def test_confluent_kafka_produces_and_reads_back(settings: Settings) -> None:
    await create_topics(settings, sorted(settings.topics))
    text = (
        "Kuwait opens new desalination plant\n\n"
        "KUWAIT, March 7 (KUNA) -- Kuwait opened a desalination plant on Saturday."
    )
    bulletin = {"source": "kuna-en", "url": "https://www.kuna.net.kw/a/1", "text": text}
    await asyncio.to_thread(_produce, settings, orjson.dumps(bulletin))
    async with running_service(settings):
        value = await asyncio.to_thread(_read_one, settings)
    event = orjson.loads(value)
    assert event["headline"] == "Kuwait opens new desalination plant"
    assert event["source"] == "kuna-en"
    assert event["trace"]["topic"] == settings.input_topic
