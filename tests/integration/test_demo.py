"""`bulletins demo --once`: the README's main job, end to end on the embedded broker."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

pytestmark = pytest.mark.integration


def test_demo_once_accounts_for_every_sample() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("BULLETINS_")}
    env["BULLETINS_METRICS_PORT"] = "0"
    done = subprocess.run(
        [sys.executable, "-m", "service.cli", "demo", "--once"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    out = done.stdout
    assert done.returncode == 0, done.stderr
    assert "published 12 sample bulletins to bulletins.raw" in out
    assert re.search(r"bulletins\.enriched +6 +e\.g\. \"\w", out)
    assert re.search(r'bulletins\.duplicates +1 +e\.g\. "Oil edges higher', out)
    codes = "empty_body, invalid_encoding, invalid_json, schema_violation, unsupported_content"
    assert re.search(rf"bulletins\.dlq +5 +codes: {codes}", out)
    assert "accounted for 12 of 12" in out
    assert re.search(r"metrics: http://127\.0\.0\.1:\d+/metrics", out)
    assert "Traceback" not in done.stderr
