"""Event dates resolved against the reference time, on sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from service.enrich.dates import DateFinder
from service.enrich.lexicon import Lexicons

MONDAY = date(2017, 12, 11)


@pytest.fixture(scope="module")
def finder() -> DateFinder:
    lexicons = Lexicons.load()
    return DateFinder(lexicons.months, lexicons.weekdays)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister arrived on Monday.", MONDAY),
        ("The talks ended on Thursday.", date(2017, 12, 7)),
        ("The decree was signed today.", MONDAY),
        ("Fighting resumed yesterday.", date(2017, 12, 10)),
        ("The envoy visited last week.", date(2017, 12, 4)),
        ("The vote took place on 11 December 2017.", MONDAY),
        ("The vote took place on December 9, 2016.", date(2016, 12, 9)),
        ("The ceasefire began Dec. 8.", date(2017, 12, 8)),
        ("The ceasefire began Dec. 30.", date(2016, 12, 30)),  # not in the future
        ("No date here, only 19 dead.", None),
    ],
)
def test_dates(finder: DateFinder, text: str, expected: date | None) -> None:
    assert finder.event_date([text], MONDAY) == expected


def test_first_text_wins_and_relative_dates_need_a_reference(finder: DateFinder) -> None:
    assert finder.event_date(["Talks resumed on Tuesday.", "March 3, 2017"], None) == date(
        2017, 3, 3
    )
    assert finder.event_date(["Talks resumed on Tuesday.", "March 3"], MONDAY) == date(2017, 12, 5)


def test_a_dated_dateline_anchors_relative_days(finder: DateFinder) -> None:
    # filed on Friday 3 March, fetched two months later: "on Friday" is the dateline's day
    fetched = date(2017, 5, 2)
    assert finder.event_date(["Prices rose on Friday."], fetched, "March 3") == date(2017, 3, 3)
    assert finder.event_date(["No day is named."], fetched, "March 3") == date(2017, 3, 3)
    assert finder.event_date(["No day is named."], fetched, None) is None


@pytest.mark.parametrize(
    "text",
    [
        "The accord was signed on 3 March 2017 in Geneva.",
        "L’accord a été signé le 3 mars 2017 à Genève.",  # not ASCII
        "The accord was signed on 3 March ٢٠١٧ in Geneva.",  # Arabic-Indic digits
    ],
)
def test_a_year_is_found_without_a_reference(finder: DateFinder, text: str) -> None:
    assert finder.event_date(["No date in the lead.", text], None) == date(2017, 3, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("THE VOTE TOOK PLACE ON 9 DECEMBER 2016.", date(2016, 12, 9)),
        ("İstanbul talks ended on Thursday.", date(2017, 12, 7)),  # "İ" lower-cases to two
        ("Kılıçdaroğlu spoke on Thursday.", date(2017, 12, 7)),  # an "ı" elsewhere
    ],
)
def test_names_in_any_case(finder: DateFinder, text: str, expected: date) -> None:
    assert finder.event_date([text], MONDAY) == expected


@pytest.mark.parametrize("text", ["Talks resumed on ſunday.", "Talks resumed on frıday."])
def test_a_name_spelt_with_a_look_alike_letter_is_no_date(finder: DateFinder, text: str) -> None:
    assert finder.event_date([text], MONDAY) is None
