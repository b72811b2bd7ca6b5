from pathlib import Path

from service import schemas

ROOT = Path(__file__).resolve().parents[2]


def test_checked_in_schemas_match_the_models() -> None:
    assert schemas.stale(ROOT / "schemas") == []


def test_enriched_schema_names_the_contract() -> None:
    rendered = schemas.render()["bulletin.enriched.v1.json"]
    assert b'"$id": "bulletin.enriched/v1"' in rendered
