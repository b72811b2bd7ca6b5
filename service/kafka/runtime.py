"""The consumer service: fetch a batch, run the pure pipeline, publish outcomes, commit.

At-least-once, in order: one batch at a time is processed, published (acks=all), acknowledged
and only then committed, so a committed offset always has all its outcomes on the broker and the
outcomes of one input partition are published in input order. The batch size bounds the work in
flight (backpressure: nothing more is fetched until the batch is acknowledged).

Duplicate state follows partition ownership: the entries a batch adds to a partition's duplicate
index are published to the changelog with the batch's outcomes (so before its commit), and a
newly assigned partition's index is replayed from the changelog before its first record.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import gc
import logging
import signal
import time
from collections.abc import Sequence
from dataclasses import dataclass

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, ConsumerRebalanceListener
from aiokafka.errors import (
    CommitFailedError,
    IllegalStateError,
    KafkaError,
    MessageSizeTooLargeError,
)
from aiokafka.structs import ConsumerRecord, TopicPartition

from service import __version__
from service.config import Settings
from service.enrich.duplicates import DuplicateIndex
from service.errors import BulletinError, ErrorCode, Stage
from service.heap import HeapTrimmer
from service.http import Health, HttpServer
from service.kafka import changelog
from service.kafka.backoff import Backoff
from service.kafka.clients import ensure_topics, make_consumer, make_producer
from service.kafka.records import input_record
from service.metrics import Metrics
from service.pipeline import Outcome, Pipeline, Result, dead_letter

log = logging.getLogger(__name__)

Batches = dict[TopicPartition, list[ConsumerRecord[bytes, bytes]]]

# Processing runs on the event loop (CPU-bound Python gains nothing from a thread); it hands the
# loop back this often so that heartbeats and the rebalance protocol are never starved.
_YIELD_EVERY_S = 0.02
# Without records for this long, ask the broker for metadata to notice an outage.
_PROBE_IDLE_S = 5.0
_FETCH_TIMEOUT_MS = 200
# Freed record buffers go back to the OS this often (see service/heap.py): a few milliseconds.
_HEAP_TRIM_EVERY_S = 5.0


@dataclass
class _Partition:
    """State owned with an assigned input partition: its duplicate index (restored from the
    changelog before the partition's first batch) and lag bookkeeping."""

    dedup: DuplicateIndex
    restored: bool = False
    next_offset: int | None = None
    oldest_pending_ms: int | None = None


@dataclass(slots=True)
class _Outcome:
    tp: TopicPartition
    record: ConsumerRecord[bytes, bytes]
    result: Result


@dataclass(frozen=True, slots=True)
class _Change:
    """A changelog record: an entry added to the duplicate index of input partition `partition`."""

    partition: int
    key: bytes
    value: bytes


_Message = _Outcome | _Change


class Service:
    """One instance of the consumer service. `run()` until `stop()`; see `run_until_stopped`."""

    def __init__(
        self,
        settings: Settings,
        *,
        pipeline: Pipeline | None = None,
        metrics: Metrics | None = None,
        health: Health | None = None,
    ) -> None:
        self.settings = settings
        self._pipeline = pipeline
        self.metrics = metrics or Metrics()
        self.health = health or Health()
        self._topic_of = {
            Outcome.ENRICHED: settings.output_topic,
            Outcome.DUPLICATE: settings.duplicates_topic,
            Outcome.DEAD_LETTER: settings.dlq_topic,
        }
        self._stopping = asyncio.Event()
        self._idle = asyncio.Event()
        self._idle.set()
        self._partitions: dict[TopicPartition, _Partition] = {}
        self._consumer: AIOKafkaConsumer | None = None
        self._producer: AIOKafkaProducer | None = None
        self._joined = False
        self._broker_error: str | None = "connecting"
        self._heap = HeapTrimmer(_HEAP_TRIM_EVERY_S)

    def stop(self) -> None:
        """Ask the service to drain and stop (safe to call from a signal handler)."""
        if not self._stopping.is_set():
            log.info("stop requested: draining")
            self._stopping.set()
            self.health.set(False, "stopping")

    async def run_until_stopped(self) -> int:
        """Run until `stop()`, then drain within the deadline. Exit status: 0 drained, 1 not."""
        task = asyncio.create_task(self.run())
        stopping = asyncio.create_task(self._stopping.wait())
        await asyncio.wait({task, stopping}, return_when=asyncio.FIRST_COMPLETED)
        if task.done():
            stopping.cancel()
            task.result()  # re-raises a fatal start-up error (e.g. topics missing)
            return 0
        started = time.monotonic()
        try:
            await asyncio.wait_for(task, self.settings.drain_deadline_s)
        except TimeoutError:
            log.error(
                "drain deadline exceeded: unfinished work stays uncommitted (re-delivered later)",
                extra={"deadline_s": self.settings.drain_deadline_s},
            )
            return 1
        log.info("stopped", extra={"drain_s": round(time.monotonic() - started, 3)})
        return 0

    @property
    def pipeline(self) -> Pipeline:
        """The pipeline in use (built in `run()` unless one was given)."""
        assert self._pipeline is not None, "the pipeline is built when the service runs"
        return self._pipeline

    async def run(self) -> None:
        """Connect (with backoff), consume until stopped, then leave the group cleanly."""
        # The pipeline's lexicons take about a second to load: load them in a thread while
        # the consumer connects and joins its group, not before.
        loading = None
        if self._pipeline is None:
            loading = asyncio.create_task(
                asyncio.to_thread(Pipeline, max_input_bytes=self.settings.max_input_bytes)
            )
        try:
            if not await self._connect():
                return
            assert self._consumer is not None
            self._consumer.subscribe([self.settings.input_topic], listener=_Rebalance(self))
            if loading is not None:
                self._pipeline = await loading
            # The lexicons and indexes live as long as the process: out of the collector's
            # reach, a full collection no longer walks their ~150,000 objects (~100 ms, a
            # latency spike, every few thousand bulletins).
            gc.freeze()
            await self._consume()
        finally:
            await self._close()

    # -- connection and health -------------------------------------------------------------

    async def _connect(self) -> bool:
        """Start the clients and check the topics, retrying while the broker is unreachable."""
        backoff = Backoff(self.settings.backoff_initial_s, self.settings.backoff_max_s)
        while not self._stopping.is_set():
            consumer, producer = make_consumer(self.settings), make_producer(self.settings)
            try:
                await producer.start()
                await consumer.start()
                await ensure_topics(self.settings, producer.client)
            except KafkaError as exc:
                await _stop_clients(consumer, producer)
                self._broker_down(exc, backoff)
                await self._sleep(backoff.next_delay())
                continue
            except BaseException:
                await _stop_clients(consumer, producer)
                raise
            self._consumer, self._producer = consumer, producer
            self._broker_up()
            return True
        return False

    def _broker_down(self, exc: BaseException, backoff: Backoff) -> None:
        self._broker_error = f"{type(exc).__name__}: {exc or 'no answer in time'}"
        log.warning(
            "broker unreachable: retrying",
            extra={
                "bootstrap_servers": self.settings.kafka_bootstrap_servers,
                "error": self._broker_error,
                "attempt": backoff.attempts + 1,
            },
        )
        self._update_health()

    def _broker_up(self) -> None:
        if self._broker_error is not None:
            log.info(
                "broker reachable",
                extra={"bootstrap_servers": self.settings.kafka_bootstrap_servers},
            )
        self._broker_error = None
        self._update_health()

    def _update_health(self) -> None:
        if self._stopping.is_set():
            self.health.set(False, "stopping")
        elif self._broker_error is not None:
            self.health.set(False, f"broker unreachable: {self._broker_error}")
        elif not self._joined:
            self.health.set(False, "joining the consumer group")
        else:
            self.health.set(True, f"ready: {len(self._partitions)} partitions assigned")

    async def _sleep(self, seconds: float) -> None:
        """Sleep, but wake up at once when stopping."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._stopping.wait(), seconds)

    async def _probe(self, backoff: Backoff) -> None:
        """Metadata round trip: notices an outage while no records flow."""
        assert self._consumer is not None
        try:
            await asyncio.wait_for(self._consumer.topics(), self.settings.request_timeout_ms / 1000)
        except (KafkaError, TimeoutError) as exc:
            self._broker_down(exc, backoff)
            return
        backoff.reset()
        self._broker_up()

    async def _close(self) -> None:
        self._update_health()
        consumer, producer = self._consumer, self._producer
        self._consumer = self._producer = None
        # The consumer leaves the group (nothing is auto-committed); the producer flushes
        # (every batch was already acknowledged).
        await _stop_clients(consumer, producer)
        self._joined = False
        self.metrics.assigned_partitions.set(0)

    # -- the loop ------------------------------------------------------------------------

    async def _consume(self) -> None:
        assert self._consumer is not None
        probe_backoff = Backoff(self.settings.backoff_initial_s * 4, self.settings.backoff_max_s)
        next_probe = time.monotonic() + _PROBE_IDLE_S
        while not self._stopping.is_set():
            batches: Batches = await self._consumer.getmany(
                timeout_ms=_FETCH_TIMEOUT_MS, max_records=self.settings.batch_max_records
            )
            if batches or self._unrestored():
                await self._process(batches)
                next_probe = time.monotonic() + _PROBE_IDLE_S
            elif time.monotonic() >= next_probe:
                await self._probe(probe_backoff)
                delay = _PROBE_IDLE_S if self._broker_error is None else probe_backoff.next_delay()
                next_probe = time.monotonic() + delay
            await self._update_lag()

    async def _process(self, batches: Batches) -> None:
        """One batch: restore, pipeline, publish with acks, commit. Rebalances wait until it is
        done."""
        self._idle.clear()
        try:
            for tp in batches:
                self._partition(tp)
            await self._restore()
            if batches:
                await self._publish(await self._run_pipeline(batches))
                await self._commit(batches)
                self._heap.tick()
        finally:
            self._idle.set()

    async def _run_pipeline(self, batches: Batches) -> list[_Message]:
        """Outcomes in input order, then the changelog records of the entries they added."""
        outcomes: list[_Message] = []
        changes: list[_Message] = []
        slice_started = time.perf_counter()
        for tp, records in batches.items():
            state = self._partition(tp)
            state.oldest_pending_ms = records[0].timestamp
            self.metrics.consumed.labels(tp.topic).inc(len(records))
            for record in records:
                result = self.pipeline.process(input_record(record), state.dedup)
                outcomes.append(_Outcome(tp, record, result))
                for stage, seconds in result.stage_seconds.items():
                    self.metrics.processing_seconds.labels(stage).observe(seconds)
                if time.perf_counter() - slice_started > _YIELD_EVERY_S:
                    await asyncio.sleep(0)
                    slice_started = time.perf_counter()
            changes.extend(
                _Change(tp.partition, *changelog.encode(entry))
                for entry in state.dedup.drain_added()
            )
            self._report_index(tp.partition, state.dedup)
        return outcomes + changes

    def _report_index(self, partition: int, index: DuplicateIndex) -> None:
        labels = (self.settings.input_topic, str(partition))
        self.metrics.dedup_bodies.labels(*labels).set(len(index))

    def _partition(self, tp: TopicPartition) -> _Partition:
        state = self._partitions.get(tp)
        if state is None:  # records arrive only for assigned partitions; be safe anyway
            state = self._partitions[tp] = _Partition(self._new_index())
        return state

    def _new_index(self) -> DuplicateIndex:
        return DuplicateIndex(
            self.settings.dedup_capacity, self.settings.dedup_window_s, track_added=True
        )

    def _unrestored(self) -> dict[int, _Partition]:
        return {tp.partition: s for tp, s in self._partitions.items() if not s.restored}

    async def _restore(self) -> None:
        """Replay the changelog into the indexes of the partitions assigned since the last
        batch, before any of their records is processed. Bounded in time: past the bound, or
        when the broker fails, an index keeps what was replayed (earlier bodies may then be
        published again rather than flagged: the promise is best effort, the outcome is not
        lost)."""
        pending = self._unrestored()
        if not pending:
            return
        started = time.monotonic()
        indexes = {partition: state.dedup for partition, state in pending.items()}
        replayed: changelog.Replayed | None = None
        try:
            replayed = await asyncio.wait_for(
                changelog.restore(self.settings, indexes), self.settings.dedup_restore_timeout_s
            )
        except (KafkaError, TimeoutError) as exc:
            log.warning(
                "duplicate index restore incomplete: continuing with what was replayed",
                extra={"error": f"{type(exc).__name__}: {exc or 'timed out'}"},
            )
        for partition, state in pending.items():
            state.restored = True
            self._report_index(partition, state.dedup)
        log.info(
            "duplicate index restored",
            extra={
                "partitions": sorted(pending),
                "entries": sum(len(index) for index in indexes.values()),
                "changelog_records": None if replayed is None else replayed.records,
                "skipped": None if replayed is None else replayed.skipped,
                "seconds": round(time.monotonic() - started, 3),
            },
        )

    # -- publishing ----------------------------------------------------------------------

    async def _publish(self, messages: Sequence[_Message]) -> None:
        """Publish all messages and wait for their acks, re-sending from the first failure."""
        backoff = Backoff(self.settings.backoff_initial_s, self.settings.backoff_max_s)
        pending = list(messages)
        while pending:
            acked, error = await self._send_all(pending)
            self._count_published(pending[:acked])
            if error is None:
                if backoff.attempts:
                    self._broker_up()
                return
            # Re-send from the first unacknowledged message on: order is kept, and whatever was
            # acknowledged after it is published again (same event ids) rather than lost.
            pending = pending[acked:]
            self._broker_down(error, backoff)
            await asyncio.sleep(backoff.next_delay())

    async def _send_all(self, pending: list[_Message]) -> tuple[int, BaseException | None]:
        """Send in order; (how many were acknowledged before the first failure, that failure)."""
        futures: list[asyncio.Future[object]] = []
        send_error: BaseException | None = None
        for message in pending:
            try:
                futures.append(await self._send(message))
            except KafkaError as exc:
                send_error = exc
                break
        acks = await asyncio.gather(*futures, return_exceptions=True)
        for index, ack in enumerate(acks):
            if isinstance(ack, BaseException):
                return index, ack
        return len(acks), send_error

    async def _send(self, message: _Message) -> asyncio.Future[object]:
        """Send one message. An outcome the producer can never send would block its partition
        forever: it is dead-lettered (too_large), and without the value if even the original is
        too big. (Changelog records are a few hundred bytes.)
        """
        assert self._producer is not None
        if isinstance(message, _Change):
            return await self._producer.send(
                self.settings.dedup_changelog_topic,
                key=message.key,
                value=message.value,
                partition=message.partition,
            )
        outcome = message
        try:
            return await self._producer.send(**self._message(outcome))
        except MessageSizeTooLargeError as exc:
            if outcome.result.outcome is not Outcome.DEAD_LETTER:
                outcome.result = self._unpublishable(outcome, exc)
                with contextlib.suppress(MessageSizeTooLargeError):
                    return await self._producer.send(**self._message(outcome))
        outcome.result = dataclasses.replace(outcome.result, value=None)
        return await self._producer.send(**self._message(outcome))

    def _message(self, outcome: _Outcome) -> dict[str, object]:
        result = outcome.result
        return {
            "topic": self._topic_of[result.outcome],
            "value": result.value,
            "key": result.key,
            "headers": list(result.headers),
        }

    def _unpublishable(self, outcome: _Outcome, exc: KafkaError) -> Result:
        error = BulletinError(
            ErrorCode.TOO_LARGE,
            f"{outcome.result.outcome.value} outcome not publishable: {exc}",
            Stage.SERIALIZE,
        )
        return dead_letter(input_record(outcome.record), error, self.pipeline.service_version)

    def _count_published(self, acked: Sequence[_Message]) -> None:
        now_ms = time.time() * 1000
        for outcome in acked:
            if isinstance(outcome, _Change):
                continue
            result = outcome.result
            topic = self._topic_of[result.outcome]
            self.metrics.published.labels(topic, result.outcome.value).inc()
            if result.error is not None:
                self.metrics.dead_letters.labels(result.error.code.value).inc()
            if outcome.record.timestamp >= 0:
                latency = max(0.0, (now_ms - outcome.record.timestamp) / 1000)
                self.metrics.end_to_end_latency.observe(latency)

    # -- offsets, lag, rebalances ------------------------------------------------------------

    async def _commit(self, batches: Batches) -> None:
        assert self._consumer is not None
        offsets = {tp: records[-1].offset + 1 for tp, records in batches.items()}
        backoff = Backoff(self.settings.backoff_initial_s, self.settings.backoff_max_s)
        while True:
            try:
                # The client waits silently for a lost coordinator; bound each attempt so that
                # an outage is logged and readiness drops.
                await asyncio.wait_for(
                    self._consumer.commit(offsets), self.settings.request_timeout_ms / 1000
                )
            except (CommitFailedError, IllegalStateError) as exc:
                log.warning(
                    "commit refused: partitions were reassigned; the new owner re-delivers",
                    extra={"error": str(exc), "partitions": _names(offsets)},
                )
                return
            except (KafkaError, TimeoutError) as exc:
                self._broker_down(exc, backoff)
                await asyncio.sleep(backoff.next_delay())
                continue
            break
        if backoff.attempts:
            self._broker_up()
        for tp, records in batches.items():
            state = self._partition(tp)
            state.next_offset = records[-1].offset + 1
            state.oldest_pending_ms = records[-1].timestamp

    async def _update_lag(self) -> None:
        """lag = highwater - next offset to process; age = oldest unprocessed record (estimate).

        The age of the next record is known only once fetched: after a batch, the timestamp of
        its last record stands in (an upper bound, as the next record is newer); before any
        record of a backlog was fetched, the age has no sample.
        """
        assert self._consumer is not None
        now_ms = time.time() * 1000
        assigned = self._consumer.assignment()  # empty while a rebalance is in progress
        for tp, state in self._partitions.items():
            if tp not in assigned:
                continue
            highwater = self._consumer.highwater(tp)
            if state.next_offset is None:
                state.next_offset = await self._known_position(tp)
            if highwater is None or state.next_offset is None:
                continue
            lag = max(0, highwater - state.next_offset)
            labels = (tp.topic, str(tp.partition))
            self.metrics.lag_records.labels(*labels).set(lag)
            if not lag:
                self.metrics.lag_seconds.labels(*labels).set(0)
            elif state.oldest_pending_ms is not None:
                age = max(0.0, (now_ms - state.oldest_pending_ms) / 1000)
                self.metrics.lag_seconds.labels(*labels).set(age)
            # else: no record of the backlog seen yet, so its age is unknown (no sample).

    async def _known_position(self, tp: TopicPartition) -> int | None:
        assert self._consumer is not None
        try:
            return await asyncio.wait_for(self._consumer.position(tp), 0.05)
        except (KafkaError, TimeoutError):
            return None

    async def on_revoked(self, revoked: set[TopicPartition]) -> None:
        """Rebalance starts: let the batch in progress finish and commit before giving up."""
        await self._idle.wait()
        self._joined = False
        self._update_health()
        if revoked:
            log.info("partitions revoked", extra={"partitions": _names(revoked)})

    def on_assigned(self, assigned: set[TopicPartition]) -> None:
        """Rebalance done: a fresh duplicate index for every assigned partition, to be replayed
        from the changelog before its next batch (by the consume loop, not here: the client
        sends no heartbeats while this callback runs). Partitions kept through the rebalance
        are replayed too: had this instance dropped out of the group meanwhile, another one
        may have owned them and added entries."""
        for tp in set(self._partitions) - assigned:
            del self._partitions[tp]
            labels = (tp.topic, str(tp.partition))
            gauges = (self.metrics.lag_records, self.metrics.lag_seconds, self.metrics.dedup_bodies)
            for gauge in gauges:
                with contextlib.suppress(KeyError):
                    gauge.remove(*labels)
        for tp in assigned:
            state = self._partition(tp)
            state.dedup, state.restored = self._new_index(), False
        self._joined = True
        self.metrics.assigned_partitions.set(len(assigned))
        self.metrics.rebalances.inc()
        self._update_health()
        log.info("partitions assigned", extra={"partitions": _names(assigned)})


class _Rebalance(ConsumerRebalanceListener):  # type: ignore[misc]
    def __init__(self, service: Service) -> None:
        self._service = service

    async def on_partitions_revoked(self, revoked: set[TopicPartition]) -> None:
        await self._service.on_revoked(revoked)

    async def on_partitions_assigned(self, assigned: set[TopicPartition]) -> None:
        self._service.on_assigned(assigned)


async def _stop_clients(*clients: AIOKafkaConsumer | AIOKafkaProducer | None) -> None:
    """Stop clients even while the broker is unreachable.

    aiokafka's fetcher lets the CancelledError of its own cancelled requests escape `stop()`
    when the broker is down; only a cancellation of this task itself is passed on.
    """
    for client in clients:
        if client is None:
            continue
        try:
            await client.stop()
        except asyncio.CancelledError:
            task = asyncio.current_task()
            if task is not None and task.cancelling():
                raise
            log.warning("client stopped uncleanly: broker unreachable")
        except KafkaError as exc:
            log.warning("client stopped uncleanly", extra={"error": str(exc)})


def _names(partitions: object) -> list[str]:
    return sorted(f"{tp.topic}[{tp.partition}]" for tp in partitions)  # type: ignore[attr-defined]


async def serve(settings: Settings, *, pipeline: Pipeline | None = None) -> int:
    """`bulletins run`: the HTTP server plus the service until SIGTERM/SIGINT; exit status."""
    metrics, health = Metrics(), Health()
    http = HttpServer(metrics, health, settings.metrics_host, settings.metrics_port).start()
    service = Service(settings, pipeline=pipeline, metrics=metrics, health=health)
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, service.stop)
    log.info(
        "service started",
        extra={
            "version": __version__,
            "bootstrap_servers": settings.kafka_bootstrap_servers,
            "group_id": settings.group_id,
            "input_topic": settings.input_topic,
            "metrics_port": http.port,
        },
    )
    try:
        return await service.run_until_stopped()
    finally:
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.remove_signal_handler(signum)
        http.stop()
