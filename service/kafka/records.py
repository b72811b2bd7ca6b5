"""Conversion between aiokafka records and the pure core's `InputRecord`."""

from __future__ import annotations

from aiokafka.structs import ConsumerRecord

from service.records import InputRecord


def input_record(record: ConsumerRecord[bytes, bytes]) -> InputRecord:
    """The core's view of a consumed record (headers as a tuple of (str, bytes))."""
    return InputRecord(
        value=record.value,
        headers=tuple((name, value or b"") for name, value in record.headers),
        key=record.key,
        topic=record.topic,
        partition=record.partition,
        offset=record.offset,
        timestamp_ms=record.timestamp,
    )
