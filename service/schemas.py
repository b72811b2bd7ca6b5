"""Generate the JSON Schemas in `schemas/` from the pydantic contracts."""

from __future__ import annotations

from pathlib import Path

import orjson

from service.contracts import SCHEMA_MODELS


def render() -> dict[str, bytes]:
    """File name -> schema JSON, deterministic (sorted keys, trailing newline)."""
    return {
        name: orjson.dumps(
            model.model_json_schema(by_alias=True, mode="serialization"),
            option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS,
        )
        + b"\n"
        for name, model in SCHEMA_MODELS.items()
    }


def write(directory: Path) -> list[Path]:
    """Write every schema into `directory`; return the paths written."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, content in render().items():
        path = directory / name
        path.write_bytes(content)
        written.append(path)
    return written


def stale(directory: Path) -> list[str]:
    """Names of schema files that are missing or differ from the models."""
    return [
        name
        for name, content in render().items()
        if not (directory / name).is_file() or (directory / name).read_bytes() != content
    ]
