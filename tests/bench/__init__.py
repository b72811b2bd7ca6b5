"""Benchmarks, run on demand (`python -m tests.bench`), never part of CI's pass/fail."""
