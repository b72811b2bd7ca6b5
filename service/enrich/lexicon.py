"""The curated word lists in `enrich/data/`, loaded once into plain lookup tables."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from importlib.resources import files


def _rows(name: str) -> Iterator[list[str]]:
    """Tab-separated rows of one data file, comments and blank lines skipped."""
    text = (files("service.enrich") / "data" / name).read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


def _grouped(name: str) -> dict[str, frozenset[str]]:
    """A `word<TAB>kind` file as kind -> words."""
    groups: dict[str, set[str]] = {}
    for word, kind in _rows(name):
        groups.setdefault(kind, set()).add(word)
    return {kind: frozenset(words) for kind, words in groups.items()}


@dataclass(frozen=True, slots=True)
class Lexicons:
    """Every curated list, keyed for O(1) lookups (keys are lower-case unless said otherwise)."""

    title_heads: frozenset[str]
    title_modifiers: frozenset[str]
    honorifics: frozenset[str]
    demonyms: dict[str, str]  # "russian" -> "RU", "european" -> "" (no country)
    demonym_of: dict[str, str]  # "IR" -> "Iranian" (the first listed)
    org_words: dict[str, frozenset[str]]  # kind ("suffix", "prefix", "facility", ...) -> words
    org_aliases: dict[str, str]  # alias as printed (case-sensitive) -> canonical name
    person_aliases: dict[str, str]  # alias, lower-cased -> standard English name
    place_aliases: dict[str, str]  # alias as printed (case-sensitive) -> ISO alpha-2
    native_place_names: frozenset[str]  # aliases in another language than English ("Brasil")
    subdivision_aliases: dict[str, str]  # "Md." -> "US-MD" (ISO 3166-2)
    city_aliases: dict[str, tuple[str, str]]  # "Kiev" -> ("Kyiv", "UA")
    regions: list[tuple[str, str | None, float, float]]
    reporting_verbs: frozenset[str]
    function_words: frozenset[str]
    context_words: dict[str, frozenset[str]]  # kind ("particle", "locative", ...) -> words
    weekdays: dict[str, int]
    months: dict[str, int]
    topics: list[tuple[str, str, tuple[str, ...]]]  # (code, label, keyword stems)

    @classmethod
    def load(cls) -> Lexicons:
        """Read every data file of the package."""
        titles: dict[str, set[str]] = {"head": set(), "modifier": set(), "honorific": set()}
        for word, kind in _rows("titles.tsv"):
            titles[kind].add(word)
        aliases = {}
        for canonical, names in _rows("org_aliases.tsv"):
            aliases[canonical] = canonical
            aliases.update(dict.fromkeys(names.split("|"), canonical))
        calendar: dict[str, dict[str, int]] = {"weekday": {}, "month": {}}
        for word, kind, number in _rows("calendar.tsv"):
            calendar[kind][word] = int(number)
        demonyms = {
            word.lower(): "" if code == "-" else code for word, code in _rows("demonyms.tsv")
        }
        demonym_of: dict[str, str] = {}
        for word, code in demonyms.items():
            if code:
                demonym_of.setdefault(code, word.title())
        return cls(
            title_heads=frozenset(titles["head"]),
            title_modifiers=frozenset(titles["modifier"]),
            honorifics=frozenset(titles["honorific"]),
            demonyms=demonyms,
            demonym_of=demonym_of,
            org_words=_grouped("organizations.tsv"),
            org_aliases=aliases,
            person_aliases={
                alias.lower(): canonical
                for canonical, names in _rows("person_aliases.tsv")
                for alias in (canonical, *names.split("|"))
            },
            place_aliases={row[0]: row[1] for row in _rows("place_aliases.tsv")},
            native_place_names=frozenset(row[0] for row in _rows("place_aliases.tsv") if row[2:]),
            subdivision_aliases={alias: code for alias, code in _rows("subdivision_aliases.tsv")},
            city_aliases={alias: (name, code) for alias, name, code in _rows("city_aliases.tsv")},
            regions=[
                (name, None if code == "-" else code, float(lat), float(lon))
                for name, code, lat, lon in _rows("regions.tsv")
            ],
            reporting_verbs=frozenset(row[0] for row in _rows("reporting_verbs.txt")),
            function_words=frozenset(row[0] for row in _rows("function_words.txt")),
            context_words=_grouped("context_words.tsv"),
            weekdays=calendar["weekday"],
            months=calendar["month"],
            topics=[
                (code, label, tuple(keywords.split(",")))
                for code, label, keywords in _rows("iptc_topics.tsv")
            ],
        )
