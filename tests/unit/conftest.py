"""Shared fixtures: one Enricher for the whole session (its indexes take a second to build)."""

from __future__ import annotations

import pytest

from service.enrich import Enricher


@pytest.fixture(scope="session")
def enricher() -> Enricher:
    return Enricher()
