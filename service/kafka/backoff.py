"""Capped exponential backoff with full jitter, for retries against an unreachable broker."""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass
class Backoff:
    """Delays initial, 2*initial, 4*initial... capped at `maximum`, jittered; `reset` on success.

    Hand-written: the retried operations are long-lived loops (connect, publish a batch) whose
    state must survive between calls, which retry decorators do not model.
    """

    initial: float
    maximum: float
    attempts: int = 0

    def next_delay(self) -> float:
        """Seconds to wait before the next attempt."""
        ceiling = min(self.maximum, self.initial * 2**self.attempts)
        self.attempts += 1
        return random.uniform(ceiling / 2, ceiling)

    def reset(self) -> None:
        self.attempts = 0
