"""The SANA seed page (tests/fixtures/sana-assad-putin-hmeimim.txt), asserted field by field.

The Article is built here from the page's own paragraphs so that these tests do not depend on
the text stage.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from service.article import Article, Dateline, RelatedItem
from service.enrich import Enricher
from service.enrich.model import Enrichment

SEED = Path(__file__).parents[1] / "fixtures" / "sana-assad-putin-hmeimim.txt"
DATELINE = "Damascus, SANA-"


def seed_article() -> Article:
    lines = [line for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
    headline, body = lines[0], lines[1:9]
    body[0] = body[0].removeprefix(DATELINE)
    teaser = RelatedItem(headline=lines[11], dateline=None, snippet=lines[12])
    return Article(
        headline=headline,
        dateline=Dateline(place="Damascus", agency="SANA", date=None, text=DATELINE),
        lead=body[0].split(" on Monday.")[0] + " on Monday.",
        body=body,
        related=[teaser],
        boilerplate=lines[9:11],
    )


@pytest.fixture(scope="module")
def seed(enricher: Enricher) -> Enrichment:
    reference = datetime(2017, 12, 11, 14, 0, tzinfo=UTC)
    return enricher.enrich(seed_article(), reference=reference, language=None)


def _entity(seed: Enrichment, name: str):
    matches = [e for e in seed.entities if e.name == name]
    assert len(matches) == 1, f"{name}: {[e.name for e in seed.entities]}"
    return matches[0]


def test_persons_with_roles(seed: Enrichment) -> None:
    persons = {e.name for e in seed.entities if e.type == "person"}
    assert persons == {"Bashar al-Assad", "Vladimir Putin", "Sergey Shoygu", "Ali Abdullah Ayoub"}
    assad = _entity(seed, "Bashar al-Assad")
    assert assad.roles == ["President"]
    assert set(assad.surface_forms) == {"Bashar al-Assad", "al-Assad"}
    assert assad.mentions == 6  # headline, lead and one "al-Assad" in four paragraphs
    putin = _entity(seed, "Vladimir Putin")
    assert "President" in putin.roles and "Russian President" in putin.roles
    assert set(putin.surface_forms) == {"Vladimir Putin", "Putin"}
    assert _entity(seed, "Sergey Shoygu").roles[0] == "Russian Defense Minister"
    assert _entity(seed, "Ali Abdullah Ayoub").roles == ["Chief of Staff of the Syrian Arab Army"]


def test_organizations_with_aliases(seed: Enrichment) -> None:
    organizations = {e.name for e in seed.entities if e.type == "organization"}
    assert organizations == {"Syrian Arab Army", "ISIS"}
    assert set(_entity(seed, "ISIS").surface_forms) == {"Daesh", "ISIS"}


def test_locations_and_countries(seed: Enrichment) -> None:
    by_name = {loc.name: loc for loc in seed.locations}
    assert set(by_name) == {"Damascus", "Hmeimim", "Syria", "Russia"}
    damascus = by_name["Damascus"]
    assert (damascus.country_code, damascus.kind) == ("SY", "city")
    assert damascus.latitude == pytest.approx(33.51, abs=0.01)
    assert damascus.longitude == pytest.approx(36.29, abs=0.01)
    hmeimim = by_name["Hmeimim"]
    assert hmeimim.latitude is None and hmeimim.kind == "facility"
    assert (by_name["Syria"].country_code, by_name["Syria"].kind) == ("SY", "country")
    assert by_name["Russia"].country_code == "RU"
    assert sorted(seed.countries) == ["RU", "SY"]


def test_nothing_from_the_boxer_teaser(seed: Enrichment) -> None:
    names = {e.name for e in seed.entities}
    assert not names & {"Ahmad Ghassoun", "Shabbos Negmatulloev", "Hangzhou", "Tajik"}
    assert "Military Base" not in names


def test_quotes_and_speakers(seed: Enrichment) -> None:
    quotes = [(q.speaker, q.text[:30], q.paragraph) for q in seed.quotes]
    assert quotes == [
        ("Vladimir Putin", "they’ve never seen.", 3),
        ("Bashar al-Assad", "the sacrifices of the heroes f", 6),
        ("Bashar al-Assad", "President Putin’s visit to Syr", 7),
    ]


def test_event_date_topics_language_fingerprint(seed: Enrichment) -> None:
    assert seed.event_date == date(2017, 12, 11)
    codes = [t.code for t in seed.topics]
    assert set(codes) == {"medtop:11000000", "medtop:16000000"}
    assert all(0 < t.score <= 1 for t in seed.topics)
    assert seed.language == "en"
    assert seed.simhash is not None and 0 <= seed.simhash < 2**64


def test_language_hint_is_kept(enricher: Enricher) -> None:
    assert enricher.enrich(seed_article(), reference=None, language="en-GB").language == "en-GB"
