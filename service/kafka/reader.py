"""Reading topics from the beginning, without a consumer group (demo, replay, changelog, tests)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Collection, Iterable
from types import TracebackType

from aiokafka import AIOKafkaConsumer
from aiokafka.structs import ConsumerRecord, TopicPartition

from service.config import Settings

# How long the broker may hold a fetch of a partition with nothing new: the high watermark of an
# empty partition is only known from a fetch response, so this bounds reading one to its end.
_FETCH_MAX_WAIT_MS = 50


class TopicReader:
    """Reads partitions of some topics (all of them unless `partitions` names some) from
    offset 0; an async context manager."""

    def __init__(
        self,
        settings: Settings,
        topics: Iterable[str],
        *,
        partitions: Collection[int] | None = None,
    ) -> None:
        self._topics = list(topics)
        self._partitions = partitions
        self._consumer = AIOKafkaConsumer(
            **settings.client_options(),
            group_id=None,
            enable_auto_commit=False,
            auto_offset_reset="earliest",
            fetch_max_wait_ms=_FETCH_MAX_WAIT_MS,
        )

    async def __aenter__(self) -> TopicReader:
        await self._consumer.start()
        await self._consumer.topics()  # loads the metadata the partition lists come from
        partitions = [
            TopicPartition(topic, partition)
            for topic in self._topics
            for partition in sorted(
                self._partitions
                if self._partitions is not None
                else self._consumer.partitions_for_topic(topic) or ()
            )
        ]
        self._consumer.assign(partitions)
        await self._consumer.seek_to_beginning()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self._consumer.stop()

    async def read_available(self) -> list[ConsumerRecord[bytes, bytes]]:
        """Records up to each partition's high watermark as of now."""
        return [record async for batch in self.batches() for record in batch]

    async def batches(self) -> AsyncIterator[list[ConsumerRecord[bytes, bytes]]]:
        """Records up to each partition's high watermark as of now, a fetched batch of one
        partition at a time (in offset order within a partition).

        The fetch response's high watermark is used, as `end_offsets` is not reliable on every
        Kafka-compatible broker.
        """
        while True:
            fetched = await self._consumer.getmany(timeout_ms=_FETCH_MAX_WAIT_MS)
            for batch in fetched.values():
                yield batch
            if not fetched and await self._caught_up():
                return

    async def read_until(self, count: int, timeout_s: float) -> list[ConsumerRecord[bytes, bytes]]:
        """Read until `count` records have arrived or `timeout_s` passed; what arrived."""
        records: list[ConsumerRecord[bytes, bytes]] = []
        deadline = time.monotonic() + timeout_s
        while len(records) < count and time.monotonic() < deadline:
            batches = await self._consumer.getmany(timeout_ms=100)
            for batch in batches.values():
                records.extend(batch)
        return records

    async def _caught_up(self) -> bool:
        for tp in self._consumer.assignment():
            highwater = self._consumer.highwater(tp)
            if highwater is None:
                return False
            position = await asyncio.wait_for(self._consumer.position(tp), 5)
            if position < highwater:
                return False
        return True
