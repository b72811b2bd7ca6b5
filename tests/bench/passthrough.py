"""The baseline loop: bare aiokafka consume -> orjson round trip -> produce -> commit.

It is what the broker and client can do at best on this machine, measured in the same run as the
service. Run as its own process, like the service: `python -m tests.bench.passthrough`.
"""

from __future__ import annotations

import argparse
import asyncio
import signal

import orjson
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

MAX_RECORDS = 500


async def passthrough(bootstrap: str, source: str, target: str, group: str) -> None:
    """Copy `source` to `target` until SIGTERM; the input timestamp travels in a header."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    consumer = AIOKafkaConsumer(
        source,
        bootstrap_servers=bootstrap,
        group_id=group,
        enable_auto_commit=False,
        auto_offset_reset="earliest",
        session_timeout_ms=2000,
        heartbeat_interval_ms=500,
        max_partition_fetch_bytes=8 << 20,
    )
    producer = AIOKafkaProducer(
        bootstrap_servers=bootstrap, acks="all", linger_ms=5, max_request_size=8 << 20
    )
    await consumer.start()
    await producer.start()
    try:
        while not stop.is_set():
            batches = await consumer.getmany(timeout_ms=100, max_records=MAX_RECORDS)
            futures = []
            for records in batches.values():
                for record in records:
                    value = orjson.dumps(orjson.loads(record.value or b"{}"))
                    headers = [("source.timestamp", str(record.timestamp).encode())]
                    futures.append(await producer.send(target, value, headers=headers))
            if futures:
                await asyncio.gather(*futures)
                await consumer.commit()
    finally:
        await consumer.stop()
        await producer.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    for name in ("bootstrap", "source", "target", "group"):
        parser.add_argument(f"--{name}", required=True)
    args = parser.parse_args()
    asyncio.run(passthrough(args.bootstrap, args.source, args.target, args.group))


if __name__ == "__main__":
    main()
