"""The quality harness scores what it claims to: a gold record of the seed page, labelled by
hand, passes every article metric and entity match; a wrong label fails exactly its metric."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import orjson
import pytest

from tests.quality import __main__ as harness
from tests.quality import article, entities

SEED = Path(__file__).parents[1] / "fixtures" / "sana-assad-putin-hmeimim.txt"


@pytest.fixture(scope="module")
def seed_gold() -> dict[str, Any]:
    text = SEED.read_text(encoding="utf-8")
    return {
        "id": "seed",
        "raw_text": text,
        "gold": {
            "title": text.split("\n", 1)[0],
            "dateline": {"place": "Damascus", "agency": "SANA", "date": None},
            "body_first_words": "President Bashar al-Assad met with Russian President, Vladimir",
            "body_last_words": "the Syrians and restores security to the Homeland.”",
            "boilerplate": ["English Bulletin", "Check Also"],
            "persons": ["Bashar al-Assad", "Vladimir Putin"],
            "organizations": [],
            "locations": ["Damascus"],
            "quotes": [],
            "language": "en",
        },
    }


def test_a_right_gold_record_passes(seed_gold: dict[str, Any]) -> None:
    [(bulletin, metrics)] = harness.score_all([seed_gold], harness.SCORERS)
    assert bulletin == "seed"
    assert metrics == dict.fromkeys(metrics, True)
    assert set(metrics) == {"headline", "dateline", "first8", "last8", "no_furniture"}


def test_a_wrong_label_fails_its_metric_only(seed_gold: dict[str, Any]) -> None:
    wrong = copy.deepcopy(seed_gold)
    wrong["gold"]["dateline"]["place"] = "Hmeimim"
    [(_, metrics)] = harness.score_all([wrong], harness.SCORERS)
    assert [name for name, passed in metrics.items() if not passed] == ["dateline"]
    event = harness.enriched_event(harness.Pipeline(), wrong)
    assert article.misses(wrong, event) == [
        "dateline: got ('Damascus', 'SANA'), gold ('Hmeimim', 'SANA')"
    ]


def test_totals_only_keeps_the_bulletins_blind(seed_gold: dict[str, Any]) -> None:
    rows = harness.score_all([seed_gold], harness.SCORERS)
    assert "seed" in harness.render(rows)
    blind = harness.render(rows, per_bulletin=False)
    assert "seed" not in blind
    assert "headline         1/1    100.0%  (meets 95%)" in blind


def test_entity_scores_count_matches(seed_gold: dict[str, Any]) -> None:
    pipeline = harness.Pipeline()
    scores = entities.evaluate([seed_gold], lambda r: harness.enriched_event(pipeline, r))
    people = scores["enricher"].by_type["person"]
    assert (people.tp, people.gold, people.recall) == (2, 2, 1.0)
    assert people.predicted == 4  # Shoygu and Ayoub are not in this short gold list


def test_several_gold_sets_score_as_one(
    seed_gold: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    other = copy.deepcopy(seed_gold) | {"id": "seed-again"}
    first.write_bytes(orjson.dumps(seed_gold) + b"\n")
    second.write_bytes(orjson.dumps(other) + b"\n")
    assert harness.main(["--gold", str(first), "--gold", str(second), "--totals"]) == 0
    assert "headline         2/2    100.0%" in capsys.readouterr().out
    assert harness.main(["--gold", str(first), "--gold", str(tmp_path / "none.jsonl")]) == 2
