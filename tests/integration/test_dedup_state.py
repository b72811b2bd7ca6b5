"""Duplicate state follows partition ownership: a restart or a rebalance keeps what was seen."""

from __future__ import annotations

import orjson
import pytest
from aiokafka.structs import ConsumerRecord

from service.config import Settings
from service.kafka.clients import TopicsMissing, create_topics, ensure_topics, make_producer
from service.kafka.publish import publish
from service.kafka.reader import TopicReader
from service.kafka.runtime import Service
from service.pipeline import Pipeline
from tests.integration.running_service import pages
from tests.integration.workload import (
    metric_total,
    output_topics,
    running_service,
    wait_until,
)

pytestmark = pytest.mark.integration

PAGES = range(24)


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    """One pipeline (read-only state) for the services of this module: it loads in a second."""
    return Pipeline()


def _by_url(records: list[ConsumerRecord[bytes, bytes]]) -> dict[str, tuple[str, dict[str, str]]]:
    """Each event's (topic, document) by its page URL."""
    events = {}
    for record in records:
        event = orjson.loads(record.value or b"")
        events[event["url"]] = (record.topic, event)
    return events


async def _publish_pages(settings: Settings, **fields: str) -> None:
    await publish(settings, settings.input_topic, pages(PAGES, **fields))


def _assert_copies_are_duplicates(
    settings: Settings,
    originals: list[ConsumerRecord[bytes, bytes]],
    copies: list[ConsumerRecord[bytes, bytes]],
) -> None:
    first, second = _by_url(originals), _by_url(copies)
    assert len(first) == len(second) == len(PAGES)
    assert {topic for topic, _ in first.values()} == {settings.output_topic}
    for url, (topic, event) in second.items():
        assert (topic, event["duplicate_of"]) == (
            settings.duplicates_topic,
            first[url][1]["event_id"],
        ), url


async def test_a_body_seen_before_a_restart_is_a_duplicate_after_it(
    settings: Settings, pipeline: Pipeline
) -> None:
    await create_topics(settings, sorted(settings.topics))
    await _publish_pages(settings)
    async with TopicReader(settings, output_topics(settings)) as reader:
        async with running_service(settings, pipeline):
            originals = await reader.read_until(len(PAGES), 30)
        # The same pages from another scraper: another event id, the same bodies and partitions.
        await _publish_pages(settings, source="syndication-feed")
        async with running_service(settings, pipeline):
            copies = await reader.read_until(len(PAGES), 30)
    _assert_copies_are_duplicates(settings, originals, copies)


async def test_the_new_owner_of_a_partition_knows_what_the_old_one_published(
    settings: Settings, pipeline: Pipeline
) -> None:
    settings = settings.model_copy(update={"topic_partitions": 4})
    await create_topics(settings, sorted(settings.topics))
    await _publish_pages(settings)
    async with (
        TopicReader(settings, output_topics(settings)) as reader,
        running_service(settings, pipeline) as first,
    ):
        originals = await reader.read_until(len(PAGES), 30)
        async with running_service(settings, pipeline) as second:
            await wait_until(
                lambda: (
                    metric_total(second, "bulletins_assigned_partitions") > 0
                    and metric_total(first, "bulletins_assigned_partitions") < 4
                ),
                30,
            )
            await _publish_pages(settings, source="syndication-feed")
            copies = await reader.read_until(len(PAGES), 30)
            # The partitions that moved carried copies: the new owner published some of them.
            assert metric_total(second, "bulletins_published_total") > 0
    _assert_copies_are_duplicates(settings, originals, copies)


async def _start_error(settings: Settings, pipeline: Pipeline) -> str:
    """The one-line reason why the service refuses to start."""
    with pytest.raises(TopicsMissing) as raised:
        await Service(settings, pipeline=pipeline).run()
    return str(raised.value)


async def test_a_missing_changelog_is_refused_or_created_like_the_input_topic(
    settings: Settings, pipeline: Pipeline
) -> None:
    await create_topics(settings, sorted(settings.topics - {settings.dedup_changelog_topic}))
    refused = settings.model_copy(update={"create_topics": False})
    assert await _start_error(refused, pipeline) == (
        f"topics missing: {settings.dedup_changelog_topic} "
        "(create them, or set BULLETINS_CREATE_TOPICS=true)"
    )
    producer = make_producer(settings)
    await producer.start()
    try:
        # The input topic's partition count wins over the one configured for new topics.
        await ensure_topics(settings.model_copy(update={"topic_partitions": 5}), producer.client)
        assert len(await producer.partitions_for(settings.dedup_changelog_topic)) == (
            settings.topic_partitions
        )
    finally:
        await producer.stop()


async def test_a_changelog_without_a_partition_per_input_partition_is_refused(
    settings: Settings, pipeline: Pipeline
) -> None:
    two = settings.model_copy(update={"topic_partitions": 2})
    await create_topics(two, [settings.dedup_changelog_topic])
    await create_topics(settings, sorted(settings.topics - {settings.dedup_changelog_topic}))
    assert await _start_error(settings, pipeline) == (
        f"topic {settings.dedup_changelog_topic} has 2 partitions but the input topic "
        f"{settings.input_topic} has {settings.topic_partitions}: the duplicate index changelog "
        "needs one partition per input partition"
    )


async def test_a_restore_past_its_time_bound_does_not_hold_up_processing(
    settings: Settings, pipeline: Pipeline, caplog: pytest.LogCaptureFixture
) -> None:
    await create_topics(settings, sorted(settings.topics))
    await _publish_pages(settings)
    hurried = settings.model_copy(update={"dedup_restore_timeout_s": 0.001})
    async with (
        TopicReader(settings, output_topics(settings)) as reader,
        running_service(hurried, pipeline),
    ):
        assert len(_by_url(await reader.read_until(len(PAGES), 30))) == len(PAGES)
    assert "duplicate index restore incomplete: continuing with what was replayed" in caplog.text
