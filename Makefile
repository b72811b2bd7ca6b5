# Two entry points for a fresh machine: `make demo` (the main job) and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test lint schemas check-schemas quality bench clean

$(BIN)/bulletins: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

demo: $(BIN)/bulletins
	$(BIN)/bulletins demo --once

test: $(BIN)/bulletins
	$(BIN)/python -m pytest

lint: $(BIN)/bulletins
	$(BIN)/ruff check service tests
	$(BIN)/ruff format --check service tests
	$(BIN)/mypy

schemas: $(BIN)/bulletins
	$(BIN)/bulletins schemas --out schemas

check-schemas: $(BIN)/bulletins
	$(BIN)/bulletins schemas --out schemas --check

quality: $(BIN)/bulletins
	$(BIN)/python -m tests.quality --gold ../shared/fixtures/bulletins/dev.jsonl

bench: $(BIN)/bulletins
	$(BIN)/python -m tests.bench

clean:
	rm -rf $(VENV) build *.egg-info
