"""Entity and quote-speaker quality against hand-labelled bulletins, with a spaCy baseline.

Scoring (per entity type person / organization / location, micro-averaged over bulletins):
names are folded for case and diacritics; a gold name matches a predicted entity whose name or
one of whose surface forms equals it, or whose name is the gold name's last word alone when no
other gold name of that type ends with that word; matching is one-to-one. Quote speaker accuracy
is the share of gold quotes for which a predicted quote starts with the gold `text_start` words
and has the gold speaker (same name rule).

    python -m tests.quality.entities --gold PATH [--no-baseline]
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from service.pipeline import Pipeline
from tests.bench.offline import load_spacy_ner

TYPES = ("person", "organization", "location")
GOLD_FIELDS = {"person": "persons", "organization": "organizations", "location": "locations"}
SPACY_TYPES = {"PERSON": "person", "ORG": "organization", "GPE": "location", "LOC": "location"}
SPACY_TYPES["FAC"] = "location"
_PUNCT = re.compile(r"[^\w\s]")

Predicted = dict[str, list[tuple[str, list[str]]]]  # type -> [(name, surface forms)]


def fold(text: str) -> str:
    """Lower case, no diacritics, curly apostrophes straightened, spaces collapsed."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("’", "'"))
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


@dataclass(slots=True)
class Counts:
    """True positives, predictions and gold items of one entity type."""

    tp: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(slots=True)
class Scores:
    """Entity P/R/F1 per type and quote speaker accuracy over a set of bulletins."""

    by_type: dict[str, Counts] = field(default_factory=lambda: {t: Counts() for t in TYPES})
    quotes_correct: int = 0
    quotes_gold: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def quote_accuracy(self) -> float:
        return self.quotes_correct / self.quotes_gold if self.quotes_gold else 0.0

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            t: {"precision": c.precision, "recall": c.recall, "f1": c.f1, "tp": c.tp}
            | {"predicted": c.predicted, "gold": c.gold}
            for t, c in self.by_type.items()
        }
        out["quote_speaker_accuracy"] = self.quote_accuracy
        out["quotes_gold"] = self.quotes_gold
        return out


def _surname_ok(gold: str, golds: Sequence[str], predicted: str) -> bool:
    """`predicted` is `gold`'s last word and no other gold name ends with that word."""
    last = gold.split()[-1] if gold.split() else ""
    if len(gold.split()) < 2 or predicted != last:
        return False
    return sum(1 for g in golds if g.split() and g.split()[-1] == last) == 1


def match_names(golds: Sequence[str], predicted: Sequence[tuple[str, list[str]]]) -> int:
    """Number of one-to-one matches between gold names and predicted entities: exact names
    first, then surface forms and surname-only names."""
    gold_f = [fold(g) for g in golds]
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    for strict in (True, False):
        for gi, gold in enumerate(gold_f):
            for pi, (name, forms) in enumerate(predicted):
                if gi in used_gold or pi in used_pred:
                    continue
                names = {fold(name)} if strict else {fold(name), *(fold(f) for f in forms)}
                if gold in names or (not strict and _surname_ok(gold, gold_f, fold(name))):
                    used_gold.add(gi)
                    used_pred.add(pi)
    return len(used_gold)


def _same_speaker(gold: str, predicted: str | None) -> bool:
    if predicted is None:
        return False
    g, p = fold(gold), fold(predicted)
    return g == p or (len(g.split()) > 1 and g.split()[-1] == p)


def _words(text: str) -> list[str]:
    return _PUNCT.sub(" ", fold(text)).split()


def score_record(scores: Scores, gold: dict[str, Any], predicted: Predicted, quotes: list) -> None:
    """Add one bulletin's figures. `quotes` are (speaker, text) pairs."""
    for t in TYPES:
        golds = list(gold.get(GOLD_FIELDS[t]) or [])
        preds = predicted.get(t, [])
        counts = scores.by_type[t]
        tp = match_names(golds, preds)
        counts.tp += tp
        counts.predicted += len(preds)
        counts.gold += len(golds)
        if tp < max(len(golds), len(preds)):
            scores.misses.append(f"{t}: gold={golds} predicted={[p[0] for p in preds]}")
    for q in gold.get("quotes") or []:
        scores.quotes_gold += 1
        start = _words(q["text_start"])
        found = [s for s, text in quotes if _words(text)[: len(start)] == start]
        if found and _same_speaker(q["speaker"], found[0]):
            scores.quotes_correct += 1
        else:
            scores.misses.append(f"quote {q} -> {found}")


def predicted_from_event(event: dict[str, Any]) -> tuple[Predicted, list[tuple[str | None, str]]]:
    """Entities and quotes of one enriched event, in scoring shape."""
    predicted: Predicted = {t: [] for t in TYPES}
    for entity in event.get("entities") or []:
        if entity["type"] in predicted:
            predicted[entity["type"]].append((entity["name"], entity["surface_forms"]))
    quotes = [(q["speaker"], q["text"]) for q in event.get("quotes") or []]
    return predicted, quotes


def spacy_predictor() -> Callable[[dict[str, Any]], Predicted] | None:
    """spaCy `en_core_web_sm` NER (other pipes off) over the same headline and body, or None
    when spaCy or the model is not installed."""
    pipe = load_spacy_ner()
    if pipe is None:
        return None

    def predict(event: dict[str, Any]) -> Predicted:
        text = "\n\n".join([event.get("headline") or "", *(event.get("body") or [])])
        seen: dict[str, dict[str, tuple[str, list[str]]]] = {t: {} for t in TYPES}
        for doc in pipe([text]):
            for ent in doc.ents:
                kind = SPACY_TYPES.get(ent.label_)
                name = ent.text.strip()
                if kind and name:
                    seen[kind].setdefault(fold(name), (name, [name]))
        return {t: list(v.values()) for t, v in seen.items()}

    return predict


def evaluate(
    records: Iterable[dict[str, Any]],
    event_of: Callable[[dict[str, Any]], dict[str, Any] | None],
    *,
    baseline: bool = True,
) -> dict[str, Scores]:
    """Scores of the enricher (and of spaCy when available) over gold records; `event_of`
    runs the pipeline on one record (the quality runner's `enriched_event`)."""
    ours, theirs = Scores(), Scores()
    spacy_predict = spacy_predictor() if baseline else None
    for record in records:
        event = event_of(record) or {}
        predicted, quotes = predicted_from_event(event)
        ours.misses.append(f"-- {record['id']}")
        score_record(ours, record["gold"], predicted, quotes)
        if spacy_predict is not None:
            score_record(theirs, record["gold"], spacy_predict(event), [])
    results = {"enricher": ours}
    if spacy_predict is not None:
        results["spacy_en_core_web_sm"] = theirs
    return results


def load_gold(path: Path) -> list[dict[str, Any]]:
    """Gold records, one JSON object per line."""
    return [orjson.loads(line) for line in path.read_bytes().splitlines() if line.strip()]


def report(results: dict[str, Scores]) -> str:
    """A plain-text table of the figures."""
    lines = [f"{'system':24} {'type':13} {'P':>6} {'R':>6} {'F1':>6}"]
    for system, scores in results.items():
        for t, c in scores.by_type.items():
            lines.append(f"{system:24} {t:13} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f}")
        accuracy = f"{scores.quote_accuracy:.3f}" if system == "enricher" else "n/a"
        lines.append(f"{system:24} quote speaker accuracy {accuracy} of {scores.quotes_gold}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.quality.entities")
    parser.add_argument("--gold", type=Path, required=True, help="gold JSONL path")
    parser.add_argument("--no-baseline", action="store_true", help="skip spaCy")
    parser.add_argument("--misses", action="store_true", help="print every disagreement")
    parser.add_argument("--json", action="store_true", help="print figures as JSON")
    args = parser.parse_args(argv)
    if not args.gold.is_file():
        print(f"error: no such gold file: {args.gold}", file=sys.stderr)
        return 2
    from tests.quality.__main__ import enriched_event

    pipeline = Pipeline()
    results = evaluate(
        load_gold(args.gold),
        lambda record: enriched_event(pipeline, record),
        baseline=not args.no_baseline,
    )
    if args.misses:
        print("\n".join(results["enricher"].misses))
    if args.json:
        print(orjson.dumps({k: v.as_dict() for k, v in results.items()}).decode())
    else:
        print(report(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
