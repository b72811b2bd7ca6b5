"""Furniture shortcuts: the first-character tests let through every line the patterns match."""

import re

import pytest

from service.text import furniture

END_OF_COPY = ["(end) hb", "ENDS", "enditem", "-0-", "/end/", "NNNN", "--- ends"]
SIGN_OFFS = ["(ANI)", "(hina) ha jn /mrb", "-- BERNAMA", "— WAM"]


@pytest.mark.parametrize(
    ("pattern", "initials", "lines"),
    [
        (furniture._END_OF_COPY, furniture._END_OF_COPY_INITIALS, END_OF_COPY),
        (furniture._AGENCY_SIGN_OFF, furniture._SIGN_OFF_INITIALS, SIGN_OFFS),
    ],
)
def test_lines_opening_otherwise_never_match(
    pattern: re.Pattern[str], initials: str, lines: list[str]
) -> None:
    for line in lines:
        assert pattern.match(line)
        others = (chr(code) for code in range(0x10000) if chr(code) not in initials)
        assert not any(pattern.match(first + line[1:]) for first in others), line


def test_end_of_copy_lines_end_the_copy() -> None:
    assert all(map(furniture.ends_copy, END_OF_COPY))
    assert furniture.closes_copy("The talks will resume on Monday. (end) hb")
    assert not furniture.ends_copy("Ending the talks was a relief.")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # A site disowning what it reposts, not a reported claim.
        ("The Daily Planet is not responsible for the content of external sites.", True),
        ("We are not responsible for the contents of linked websites.", True),
        ("Le Courrier du Sahel n'est pas responsable du contenu des liens externes.", True),
        ("The company said it is not responsible for the content of user posts.", False),
        ("Editors are not responsible for the content of these leaks, she said.", False),
        # An agency's photo credit after a dash closes a caption; a name before "photos" alone
        # does not.
        ("Health Minister visits a clinic on the first day of the drive. - KUNA photos", True),
        ("Delegates tour the old port at dawn. — Bernama pic", True),
        ("The show opens on Friday - Spring Photos", False),
        # A site announcing its channel, not a story about someone's.
        ("The Coastal Herald is now on WhatsApp. Click here to follow our channel.", True),
        ("We are now on Telegram", True),
        ("The governor is now on Telegram, where she posts daily updates.", False),
        ("The minister is now on leave.", False),
        # An empty comment thread and its form.
        ("No comments yet...", True),
        ("POST YOUR COMMENT", True),
        ("No comments yet from the ministry on the proposal.", False),
        # A listing page's number after its breadcrumb, not a page of a report.
        ("Home Blog Page 214", True),
        ("Inicio Noticias Página 87", True),
        ("Page 3 of 40", True),
        ("The report runs to page 40", False),
        ("Lawmakers read the bill line by line and stopped at page 212", False),
        # Navigation: a breadcrumb's label, a ticker of headlines run into one line.
        ("You are here: Home", True),
        ("Vous êtes ici : Accueil", True),
        ("Exports rise in March  • Talks resume in Geneva  • Storm hits the coast", True),
        (
            "Ministry warns of floods along the river  • Oil output climbs for a third month  "
            "• Flash: Parliament passes budget after long debate  • Envoy arrives for talks on "
            "the border dispute  • Central bank holds rates",
            True,
        ),
        ("Three items were on the agenda • trade • energy • and security.", False),
    ],
)
def test_standing_lines_are_furniture(line: str, expected: bool) -> None:
    assert furniture.is_furniture(line) is expected
