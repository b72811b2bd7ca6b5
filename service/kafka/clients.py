"""aiokafka clients built from `Settings`, and the topic check/creation at start-up."""

from __future__ import annotations

import logging

from aiokafka import AIOKafkaClient, AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import TopicAlreadyExistsError

from service.config import Settings
from service.kafka import changelog

log = logging.getLogger(__name__)


class TopicsMissing(Exception):
    """Topics the service needs do not exist and may not be created, or lack partitions."""


def make_consumer(settings: Settings) -> AIOKafkaConsumer:
    """The group consumer: manual commits, a new group starts at the earliest offset."""
    return AIOKafkaConsumer(
        **settings.client_options(),
        group_id=settings.group_id,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        session_timeout_ms=settings.session_timeout_ms,
        heartbeat_interval_ms=settings.heartbeat_interval_ms,
        max_poll_interval_ms=settings.max_poll_interval_ms,
        fetch_max_bytes=settings.fetch_max_bytes,
        max_partition_fetch_bytes=min(settings.fetch_max_bytes, settings.max_request_size),
    )


def make_producer(settings: Settings) -> AIOKafkaProducer:
    """acks=all without idempotence (not every Kafka-compatible broker supports it).

    Output order per input partition is kept by the runtime (a batch is acknowledged before the
    next is published, and a failed batch is re-sent from its first unacknowledged outcome).
    """
    return AIOKafkaProducer(
        **settings.client_options(),
        acks="all",
        enable_idempotence=False,
        linger_ms=settings.linger_ms,
        compression_type=None if settings.compression == "none" else settings.compression,
        max_request_size=settings.max_request_size,
        max_batch_size=min(1024 * 1024, settings.max_request_size),
    )


async def ensure_topics(settings: Settings, client: AIOKafkaClient) -> None:
    """Create the service's missing topics if allowed, else raise `TopicsMissing`; also raise
    it when the changelog's partitions do not match the input topic's one for one."""
    cluster = await client.fetch_all_metadata()
    input_partitions = len(cluster.partitions_for_topic(settings.input_topic) or ()) or None
    changelog_partitions = len(cluster.partitions_for_topic(settings.dedup_changelog_topic) or ())
    missing = sorted(settings.topics - cluster.topics())
    if missing:
        if not settings.create_topics:
            raise TopicsMissing(
                f"topics missing: {', '.join(missing)} "
                "(create them, or set BULLETINS_CREATE_TOPICS=true)"
            )
        await create_topics(settings, missing, input_partitions=input_partitions)
    # A changelog created here matches by construction; one that existed must match too.
    expected = input_partitions or settings.topic_partitions
    if changelog_partitions and changelog_partitions != expected:
        raise TopicsMissing(
            f"topic {settings.dedup_changelog_topic} has {changelog_partitions} partitions but "
            f"the input topic {settings.input_topic} has {expected}: the duplicate index "
            "changelog needs one partition per input partition"
        )


async def create_topics(
    settings: Settings, names: list[str], *, input_partitions: int | None = None
) -> None:
    """Create topics with the configured partitions and replication; existing ones are fine.

    The changelog gets as many partitions as the input topic (`input_partitions` when that
    exists already) and its compaction and retention configs.
    """
    replication = settings.topic_replication_factor
    partitions = settings.topic_partitions
    topics = [
        NewTopic(
            name,
            input_partitions or partitions,
            replication,
            topic_configs=changelog.topic_configs(settings),
        )
        if name == settings.dedup_changelog_topic
        else NewTopic(name, partitions, replication)
        for name in names
    ]
    admin = AIOKafkaAdminClient(**settings.client_options())
    await admin.start()
    try:
        response = await admin.create_topics(topics)
    finally:
        await admin.close()
    for topic, code, message in response.topic_errors:
        if code not in (0, TopicAlreadyExistsError.errno):
            raise TopicsMissing(f"cannot create topic {topic}: error {code} {message or ''}")
    log.info("topics created", extra={"topics": names, "partitions": partitions})
