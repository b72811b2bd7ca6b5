"""The lower-cased body topics and simhash read."""

from __future__ import annotations

import pytest

from service.enrich.lowered import lowered


@pytest.mark.parametrize(
    "paragraphs",
    [
        [],
        ["Plain ASCII.", "Ünïcode “Marks” İstanbul", "ASCII again."],
        ["ΟΔΟΣ", "Σοφία ΣΟΦΟΣ.", "ΑΣ'", "'Σ"],  # final sigma at the edges of paragraphs
    ],
)
def test_one_paragraph_at_a_time_is_the_whole_text_lower_cased(paragraphs: list[str]) -> None:
    assert lowered(paragraphs) == " ".join(paragraphs).lower()
