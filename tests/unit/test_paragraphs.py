"""Paragraph splitting: the per-page shortcuts keep the blocks and lines of the plain rule."""

import re

from hypothesis import given
from hypothesis import strategies as st

from service.text.paragraphs import _clean, _join_spaced_wrap, _unwrap, split_paragraphs

PIECES = st.sampled_from(
    [
        *("The minister said.", "visits Homs", "DAMASCUS", "x =", "\x0b"),
        *(" ", "  ", "\t", "\n", "\n\n", "\n \n", "\n\t\n"),
        "A line of wire copy that is wrapped at sixty-odd columns",
    ]
)


def _by_blank_lines(text: str) -> list[str]:
    """The rule as stated: blocks between blank lines, each line cleaned, empty lines dropped;
    then lines wrapped with blank lines between them joined again."""
    paragraphs: list[str] = []
    for block in re.split(r"\n[ \t]*\n", text):
        lines = [line for line in map(_clean, block.split("\n")) if line]
        if lines:
            paragraphs.extend(_unwrap(lines))
    return _join_spaced_wrap(paragraphs)


@given(st.lists(PIECES, max_size=30))
def test_split_follows_the_blank_line_rule(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert split_paragraphs(text) == _by_blank_lines(text)


def test_blank_line_of_spaces_separates_paragraphs() -> None:
    assert split_paragraphs("Rain fell.\n \t \nRivers rose.") == ["Rain fell.", "Rivers rose."]


def test_line_of_other_whitespace_is_dropped_inside_a_block() -> None:
    text = "DAMASCUS\n \x0b\nvisits Homs"
    assert split_paragraphs(text) == _by_blank_lines(text) == ["DAMASCUS visits Homs"]


def test_wire_copy_wrapped_with_blank_lines_is_joined_again() -> None:
    text = (
        "UNB : Finance Minister Abul Kashem will place the budget\n\n"
        "before parliament on Thursday afternoon, officials said on\n\n"
        "the eve of the session.\n\n"
        "\u201cThe budget will focus on growth and jobs,\u201d a ministry official told\n\n"
        "reporters after a meeting of the cabinet held on June 2,\n\n"
        "2025.\n"
    )
    assert split_paragraphs(text) == [
        "UNB : Finance Minister Abul Kashem will place the budget before parliament on "
        "Thursday afternoon, officials said on the eve of the session.",
        "\u201cThe budget will focus on growth and jobs,\u201d a ministry official told reporters "
        "after a meeting of the cabinet held on June 2, 2025.",
    ]


def test_one_line_going_on_after_a_blank_line_stays_apart() -> None:
    text = "Minister opens the new terminal at the river port\n\nposted on 04/03/2024\n"
    assert split_paragraphs(text) == [
        "Minister opens the new terminal at the river port",
        "posted on 04/03/2024",
    ]
