"""Prometheus metrics of the service (DESIGN.md section 4), on a registry of its own."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, Info

from service import __version__

# Processing of one bulletin takes ~0.1-10 ms; a slow outlier may take a second.
STAGE_BUCKETS = (0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0)
# End-to-end latency spans milliseconds (caught up) to minutes (a backlog draining).
LATENCY_BUCKETS = (
    0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0, 600.0,
)  # fmt: skip


class Metrics:
    """All metrics of one service instance; a fresh registry per instance keeps tests isolated."""

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = registry or CollectorRegistry()
        r = self.registry
        self.consumed = Counter(
            "bulletins_consumed", "Input records consumed.", ["topic"], registry=r
        )
        self.published = Counter(
            "bulletins_published",
            "Outcome records acknowledged by the broker.",
            ["topic", "outcome"],
            registry=r,
        )
        self.dead_letters = Counter(
            "bulletins_dead_letters", "Inputs dead-lettered, by error code.", ["code"], registry=r
        )
        self.processing_seconds = Histogram(
            "bulletins_processing_seconds",
            "Time spent per pipeline stage for one bulletin.",
            ["stage"],
            buckets=STAGE_BUCKETS,
            registry=r,
        )
        self.end_to_end_latency = Histogram(
            "bulletins_end_to_end_latency_seconds",
            "Outcome publish time minus input record timestamp.",
            buckets=LATENCY_BUCKETS,
            registry=r,
        )
        self.lag_records = Gauge(
            "bulletins_consumer_lag_records",
            "High watermark minus the next offset to process.",
            ["topic", "partition"],
            registry=r,
        )
        self.lag_seconds = Gauge(
            "bulletins_consumer_lag_seconds",
            "Age of the oldest record not yet processed (0 when caught up).",
            ["topic", "partition"],
            registry=r,
        )
        self.dedup_bodies = Gauge(
            "bulletins_dedup_index_bodies",
            "Bodies the duplicate index of an owned input partition remembers.",
            ["topic", "partition"],
            registry=r,
        )
        self.assigned_partitions = Gauge(
            "bulletins_assigned_partitions",
            "Input partitions assigned to this instance.",
            registry=r,
        )
        self.rebalances = Counter(
            "bulletins_rebalances", "Consumer group rebalances seen.", registry=r
        )
        self.build_info = Info("bulletins_build", "Build of the running service.", registry=r)
        self.build_info.info({"version": __version__})
