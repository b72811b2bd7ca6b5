"""Line endings: the `str` tests agree with the rule written as a regular expression."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from service.text.endings import ends_clause, ends_sentence

# The rule: a mark, closing quotes or brackets, the end (`$`: or a final line break), the mark
# among the last eight characters.
SENTENCE = re.compile(r"[.!?…][\"'”’»)\]]*$")
CLAUSE = re.compile(r"[.!?…:;,][\"'”’»)\]]*$")
ENDINGS = st.text(alphabet=st.sampled_from(list(".!?…:;,\"'”’»)]a \n")), max_size=14)


def _by_rule(pattern: re.Pattern[str], line: str) -> bool:
    return pattern.search(line, max(0, len(line) - 8)) is not None


@given(st.sampled_from(["", "The minister said", "x"]), ENDINGS)
def test_endings_follow_the_rule(start: str, end: str) -> None:
    line = start + end
    assert ends_sentence(line) == _by_rule(SENTENCE, line)
    assert ends_clause(line) == _by_rule(CLAUSE, line)


@pytest.mark.parametrize(
    ("line", "sentence", "clause"),
    [
        ("He left.", True, True),
        ("He said: “We will stay.”", True, True),
        ("He said,", False, True),
        ("Oil edges higher", False, False),
        ("Wait.\n", True, True),
        ("Wait.)”’»)]\"'", False, False),
    ],
)
def test_endings(line: str, sentence: bool, clause: bool) -> None:
    assert (ends_sentence(line), ends_clause(line)) == (sentence, clause)
