"""Curated word lists shipped in `service/text/data/` (agency names, furniture phrases)."""

from __future__ import annotations

from functools import cache
from importlib.resources import files


@cache
def load(name: str) -> tuple[str, ...]:
    """The entries of `data/<name>.txt`, in file order, comments and blank lines skipped."""
    text = files("service.text").joinpath("data", f"{name}.txt").read_text(encoding="utf-8")
    entries = (line.strip() for line in text.splitlines())
    return tuple(entry for entry in entries if entry and not entry.startswith("#"))


@cache
def folded(name: str) -> frozenset[str]:
    """The entries of `data/<name>.txt`, case-folded, for membership tests."""
    return frozenset(entry.casefold() for entry in load(name))
