"""Changelog records of the duplicate index: what is written is what is read back."""

from __future__ import annotations

import hashlib

import orjson
import pytest

from service.config import Settings
from service.enrich.duplicates import IndexEntry
from service.kafka.changelog import decode, encode, topic_configs

SHA = hashlib.sha256(b"Port authority approves new budget").hexdigest()
EVENT = "6f1b2c1e-4a0b-5d7e-9c31-2f8d4e5a6b7c"


@pytest.mark.parametrize("simhash", [0x0123_4567_89AB_CDEF, 0, 2**64 - 1, None])
def test_an_entry_survives_the_round_trip(simhash: int | None) -> None:
    entry = IndexEntry(SHA, EVENT, simhash, 1_772_614_800.25)
    key, value = encode(entry)
    assert key == SHA.encode()
    assert len(value) < 120  # one small record per remembered body
    assert decode(key, value) == entry


@pytest.mark.parametrize(
    ("key", "value"),
    [
        (None, orjson.dumps({"event_id": EVENT, "simhash": None, "seen_at": 1.0})),
        (SHA.encode(), None),  # a tombstone
        (b"short", orjson.dumps({"event_id": EVENT, "simhash": None, "seen_at": 1.0})),
        (SHA.encode(), b"not json"),
        (SHA.encode(), orjson.dumps({"event_id": EVENT, "simhash": "xyz", "seen_at": 1.0})),
        (SHA.encode(), orjson.dumps({"event_id": "", "simhash": None, "seen_at": 1.0})),
        (SHA.encode(), orjson.dumps({"event_id": "event-1", "simhash": None, "seen_at": 1.0})),
        (b"z" * 64, orjson.dumps({"event_id": EVENT, "simhash": None, "seen_at": 1.0})),
        (SHA.encode(), orjson.dumps({"event_id": EVENT, "simhash": None})),
    ],
)
def test_records_that_are_not_entries_are_skipped(key: bytes | None, value: bytes | None) -> None:
    assert decode(key, value) is None


def test_the_topic_is_compacted_with_the_window_as_retention() -> None:
    settings = Settings(kafka_bootstrap_servers="kafka:9092", dedup_window_s=3600)
    assert topic_configs(settings) == {
        "cleanup.policy": "compact,delete",
        "retention.ms": "3600000",
    }
