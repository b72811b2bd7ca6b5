"""In-document coreference: mentions -> one entity per real-world person, organization or place.

Full names found first anchor the clusters; short forms then join them: "al-Assad" and "Putin"
join the person whose name ends (or, for "Hamad", starts) with that word, "the Defense Minister"
joins the one person holding that role, "Daesh" and "ISIS" join through the alias lexicon, a
bracketed acronym joins the organization it follows. When a short form fits several people, it
joins the one mentioned last before it (and the entity list keeps both full names).
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Collection
from dataclasses import dataclass, field, replace
from functools import lru_cache

from service.enrich.folding import fold
from service.enrich.gazetteer import COUNTRY, Gazetteer, Place, is_major
from service.enrich.lexicon import Lexicons
from service.enrich.locations import choose_place, place_name
from service.enrich.mention import (
    DATELINE,
    LOCATION,
    NATIONALITY,
    ORGANIZATION,
    PERSON,
    ROLE,
    UNKNOWN,
    Mention,
)
from service.enrich.model import Entity
from service.enrich.tokens import POSSESSIVE

# "<Country>'s <Organization>" or "<Organization> of <Country>" (the country is checked later)
_COUNTRY_OWNED = re.compile(
    r"^(?:(?P<owner>[^'’]+)['’]s (?P<body>.+)|(?P<head>.+ (?:Ministry|Ministries|Embassy|Army|"
    r"Forces|Government|Parliament|Navy|Police)) of (?:the )?(?P<of>[^ ].*))$"
)
_ACRONYM_SHAPE = re.compile(r"^[A-Z][A-Z.&]{1,7}$")
# A ministry named without its country: "the Ministry of Health", "the Foreign Ministry".
_NATIONAL_MINISTRY = re.compile(r"^(?:Ministry (?:of|for) .+|(?:[A-Z][\w-]* ){1,2}Ministry)$")
_NAME_PREFIXES = ("al-", "el-", "as-", "ash-", "ad-", "an-", "ar-", "at-", "az-")


@dataclass(slots=True)
class Cluster:
    """The mentions of one entity."""

    type: str
    mentions: list[Mention] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    canonical: str | None = None
    place: Place | None = None
    name: str = ""
    surfaces: dict[str, None] = field(default_factory=dict)  # a set in order of first mention
    positions: list[tuple[int, int]] = field(default_factory=list)  # of `mentions`, sorted

    def add(self, mention: Mention) -> None:
        self.mentions.append(mention)
        self.surfaces[mention.surface] = None
        insort(self.positions, _position(mention))
        if mention.role and mention.role not in self.roles:
            self.roles.append(mention.role)

    def last_before(self, here: tuple[int, int]) -> tuple[int, int] | None:
        """Position of the last mention before `here`, if any."""
        index = bisect_left(self.positions, here)
        return self.positions[index - 1] if index else None


# not frozen: a frozen dataclass costs seven times as much to build, and one is built per mention
@dataclass(slots=True)
class Resolved:
    """A mention tied to its entity (what quote attribution reads)."""

    segment: int
    start: int
    end: int
    name: str
    type: str


@dataclass(slots=True)
class Resolution:
    """The entities of one article and where each is mentioned."""

    clusters: list[Cluster]
    resolved: list[Resolved]
    nationalities: list[str]


@lru_cache(maxsize=65536)
def _name_key(word: str) -> str:
    folded = fold(word)
    for prefix in _NAME_PREFIXES:
        if folded.startswith(prefix):
            return folded[len(prefix) :]
    return folded


@lru_cache(maxsize=65536)  # pure; a person's name comes back in every article about them
def _person_key(name: str) -> tuple[str, ...]:
    """The words of a person's name, folded and without "al-"-like prefixes."""
    return tuple(_name_key(word) for word in name.split())


def _position(mention: Mention) -> tuple[int, int]:
    return mention.segment, mention.start


class _Resolver:
    def __init__(self, gazetteer: Gazetteer, lexicons: Lexicons) -> None:
        self.gazetteer = gazetteer
        self.demonyms = lexicons.demonyms
        self.demonym_of = lexicons.demonym_of
        self.title_heads = lexicons.title_heads
        self.persons: dict[tuple[str, ...], Cluster] = {}
        self.orgs: dict[str, Cluster] = {}
        self.places: dict[str, Cluster] = {}
        self.resolved: list[tuple[Mention, Cluster, bool]] = []
        self.nationalities: list[str] = []
        self.counted: set[int] = set()  # ids of mentions already added to a cluster
        # the people by their last name and by each of their names, in the order of `persons`
        # (built when first needed after a person is added: most mentions look one up)
        self._names: tuple[dict[str, list[Cluster]], dict[str, list[Cluster]]] | None = None
        self._place_clusters: dict[str, Cluster] = {}  # the cluster of each place name printed

    # persons ----------------------------------------------------------------------------------

    def anchor_persons(self, mentions: list[Mention]) -> None:
        for m in mentions:
            if m.kind == PERSON and len(m.surface.split()) > 1:
                key = _person_key(m.surface)
                self._person(key).add(m)
                self.counted.add(id(m))
        # "Omar Khalid Nasser" absorbs a separately printed "Khalid Nasser"
        for key in sorted(self.persons, key=len):
            longer = [k for k in self.persons if len(k) > len(key) and _contains(k, key)]
            if len(longer) == 1:
                for m in self.persons.pop(key).mentions:
                    self.persons[longer[0]].add(m)
                self._names = None

    def _person(self, key: tuple[str, ...]) -> Cluster:
        """The person cluster under `key`, new if there is none (`setdefault` would build a
        cluster for every mention)."""
        cluster = self.persons.get(key)
        if cluster is None:
            cluster = self.persons[key] = Cluster(PERSON)
            self._names = None
        return cluster

    def person_candidates(self, word: str, *, surname_only: bool = False) -> list[Cluster]:
        """The people `word` may name: those whose last name it is, else (unless
        `surname_only`) those with it anywhere in their name."""
        last, anywhere = self._people_named(word)
        return last if last or surname_only else anywhere

    def _people_named(self, word: str) -> tuple[list[Cluster], list[Cluster]]:
        """The people whose last name `word` is, and those with it anywhere in their name."""
        by_last, by_name = self._name_index()
        key = _name_key(word)
        return by_last.get(key, []), by_name.get(key, [])

    def _name_index(self) -> tuple[dict[str, list[Cluster]], dict[str, list[Cluster]]]:
        """The people by their last name and by each of their names (no list is empty)."""
        if self._names is None:
            by_last: dict[str, list[Cluster]] = {}
            by_name: dict[str, list[Cluster]] = {}
            for names, cluster in self.persons.items():
                by_last.setdefault(names[-1], []).append(cluster)
                for name in dict.fromkeys(names):
                    by_name.setdefault(name, []).append(cluster)
            self._names = by_last, by_name
        return self._names

    # the rest ---------------------------------------------------------------------------------

    def resolve(self, m: Mention) -> None:
        if m.kind == NATIONALITY:
            low = m.surface.lower()
            code = self.demonyms.get(low) or self.demonyms.get(low[:-1])
            if code and code not in self.nationalities:
                self.nationalities.append(code)
            return
        if m.kind == ROLE:
            self._resolve_role(m)
            return
        single = len(m.surface.split()) == 1
        if m.kind == PERSON and not single:
            key = _person_key(m.surface)
            cluster = self.persons.get(key) or self._containing(key)
            if cluster is not None:
                self._link(m, cluster)
            return
        if single and self.persons and m.kind in (PERSON, UNKNOWN, LOCATION):
            people, anywhere = self._people_named(m.surface)
            # a known place joins a person only as a surname ("Jordan" after "Michael Jordan",
            # not after "Jordan Henderson"): the gazetteer is asked only when that decides
            if not people and anywhere:
                located = m.kind == LOCATION
                if not (located and any(map(is_major, self.gazetteer.lookup(m.surface)))):
                    people = anywhere
            if people:
                self._link(m, _most_recent(people, m), counts=True)
                return
        if m.kind == PERSON:
            self._link(m, self._person((_name_key(m.surface),)))
        elif m.kind == ORGANIZATION:
            self._resolve_org(m)
        elif m.kind == LOCATION or (m.kind == UNKNOWN and m.context_location):
            self._resolve_place(m)
        elif m.kind == UNKNOWN:
            known = self.orgs.get(fold(m.surface)) or self.places.get(fold(m.surface))
            if known is not None:
                self._link(m, known)

    def _containing(self, key: tuple[str, ...]) -> Cluster | None:
        matches = [c for k, c in self.persons.items() if _contains(k, key)]
        return matches[0] if len(matches) == 1 else None

    def _resolve_role(self, m: Mention) -> None:
        """ "The Defense Minister" joins whoever holds that role; failing that, "NDP Minister"
        joins the only person whose role has the same last word."""
        role = fold(m.role or m.surface)
        holders = self._holding(role)
        if not holders and len(role.split()) == 2:  # a qualifier and a title
            holders = self._holding(role.split()[-1])
            holders = holders if len(holders) == 1 else []
        if holders:
            self._link(m, _most_recent(holders, m), counts=len(holders) == 1)

    def _holding(self, role: str) -> list[Cluster]:
        """The people one of whose roles contains `role` (folded); most have no role at all,
        and are passed over before any role is folded."""
        people = self.persons.values()
        return [c for c in people if c.roles and any(role in fold(r) for r in c.roles)]

    def _national_form(self, name: str) -> str:
        """ "Chile's Foreign Ministry" and "Foreign Ministry of Chile" -> "Chilean Foreign
        Ministry": one name for a country's institution, however the text words it."""
        match = _COUNTRY_OWNED.match(name)
        if match is None:
            return name
        country = match.group("owner") or match.group("of")
        if country.split()[-1].lower() in self.title_heads:
            return name  # "the Prime Minister's Office", "Drew County Sheriff's Office": one name
        demonym = self.demonym_of.get(self.gazetteer.country_code(country) or "")
        body = match.group("body")
        if demonym is None and body and body[0].isupper():
            return body  # "the North's Central News Agency": the owner is no part of the name
        if demonym is None:
            return name
        return f"{demonym} {match.group('body') or match.group('head')}"

    def _resolve_org(self, m: Mention) -> None:
        defined = self.orgs.get(fold(m.surface))
        if m.canonical and defined is not None and defined.canonical is None:
            m = replace(m, canonical=None)  # the text spelt this acronym out as another name
        name = m.canonical or self._national_form(m.surface)
        target = (m.alias_of and self.orgs.get(fold(m.alias_of))) or self.orgs.get(fold(name))
        if not target and len(m.surface) <= 7 and m.surface.isupper():
            target = self._by_initials(m.surface)
        cluster = target or self.orgs.get(fold(name))
        if cluster is None:
            cluster = self.orgs[fold(name)] = Cluster(ORGANIZATION)
        if m.canonical or name != m.surface:
            cluster.canonical = name
        self.orgs[fold(m.surface)] = cluster
        self._link(m, cluster)

    def organizations(self) -> list[Cluster]:
        """Every organization cluster, including one whose names were all taken over by
        another cluster later ("NLC" before "the Nigeria Labour Congress (NLC)")."""
        linked = (c for _, c, _ in self.resolved if c.type == ORGANIZATION)
        return _unique([*self.orgs.values(), *linked])

    def _by_initials(self, acronym: str, exclude: Cluster | None = None) -> Cluster | None:
        """The organization whose capitalised words give `acronym`, with or without a leading
        nationality ("NNA" of "Lebanese National News Agency")."""
        letters = acronym.replace(".", "")
        for cluster in self.orgs.values():
            for surface in cluster.surfaces if cluster is not exclude else ():
                words = [w for w in surface.split() if w[0].isupper()]
                initials = "".join(w[0] for w in words)
                national = len(words) > 2 and words[0].lower() in self.demonyms
                if len(words) > 1 and letters in (initials, initials[1:] if national else ""):
                    return cluster
        return None

    def merge_short_orgs(self) -> None:
        """ "the Russian Academy" before or after "the Russian Academy of Sciences", "the Civil
        Aviation Authority" with "the Pakistani Civil Aviation Authority": one organization,
        when exactly one longer name is the short one and "of" something, or a country's."""
        clusters = self.organizations()
        merged: dict[int, Cluster] = {}
        for short in clusters:
            if short.canonical or any(" of " in s for s in short.surfaces):
                continue
            heads = tuple(f"{s} of " for s in short.surfaces)
            longer = [
                c
                for c in clusters
                if c is not short
                and (_starts(c.surfaces, heads) or self._national(c.surfaces, short.surfaces))
            ]
            if not longer and all(_ACRONYM_SHAPE.match(s) for s in short.surfaces):
                # "NNA" printed before "the Lebanese National News Agency" spells it out
                spelt = self._by_initials(min(short.surfaces), exclude=short)
                longer = [spelt] if spelt is not None else []
            if len(longer) == 1 and id(longer[0]) not in merged:
                for m in short.mentions:
                    longer[0].add(m)
                short.mentions.clear()
                merged[id(short)] = longer[0]
        if merged:
            self.resolved = [(m, merged.get(id(c), c), n) for m, c, n in self.resolved]
            self.orgs = {k: merged.get(id(c), c) for k, c in self.orgs.items()}

    def _national(self, longer: Collection[str], shorter: Collection[str]) -> bool:
        """ "Pakistani Civil Aviation Authority" for "Civil Aviation Authority": a nationality
        or a country's name before the shorter name."""
        for name in longer:
            possessive = name.endswith(POSSESSIVE)
            for short in shorter:
                if not possessive and not name.endswith(short):
                    continue  # nothing to take off: most pairs of names end differently
                owner = name.removesuffix(f" {short}").removesuffix("'s").removesuffix("’s")
                if owner != name and self._names_country(owner):
                    return True
        return False

    def _names_country(self, words: str) -> bool:
        """A nationality ("Pakistani") or a country's name ("Qatar", "UAE")."""
        return words.lower() in self.demonyms or self.gazetteer.country_code(words) is not None

    def with_country(self, name: str, adjective: str) -> str:
        """A national ministry named without its country gets the dateline country's
        adjective: "Kenyan Ministry of Health" (a wire datelined there means that country's
        ministry), so that the name says which government it belongs to. One named with a
        country already ("Qatar Foreign Ministry") keeps its name."""
        if _NATIONAL_MINISTRY.match(name) is None:
            return name
        words = name.split()
        if self._names_country(words[0]) or self._names_country(" ".join(words[:2])):
            return name
        return f"{adjective} {name}"

    def _resolve_place(self, m: Mention) -> None:
        cluster = self._place_clusters.get(m.surface)
        if cluster is None:
            candidates = self.gazetteer.lookup(m.surface)
            key = _place_key(candidates[0]) if candidates else fold(m.surface)
            cluster = self.places.get(key)
            if cluster is None:
                cluster = self.places[key] = Cluster(LOCATION)
            self._place_clusters[m.surface] = cluster
        self._link(m, cluster)

    def _link(self, m: Mention, cluster: Cluster, *, counts: bool = True) -> None:
        if counts and id(m) not in self.counted:
            self.counted.add(id(m))
            cluster.add(m)
        self.resolved.append((m, cluster, counts))


def resolve(
    body: list[Mention], headline: list[Mention], gazetteer: Gazetteer, lexicons: Lexicons
) -> Resolution:
    """Cluster the mentions of an article (body and dateline first, then the headline, whose
    short forms only join what the body established)."""
    body = _one_sense(body)
    # "the Ethiopian News Agency (ENA)": those capitals are the agency everywhere, never the
    # town the gazetteer knows by that name
    defined = {m.surface: m for m in body if m.kind == ORGANIZATION and m.alias_of}
    body, headline = _as_defined(body, defined), _as_defined(headline, defined)
    resolver = _Resolver(gazetteer, lexicons)
    resolver.anchor_persons(body)
    for mention in body:
        resolver.resolve(mention)
    body_kinds = {m.surface: m.kind for m in body}
    for mention in headline:
        mention = _within_body_name(mention, body_kinds)
        if mention.kind in (PERSON, UNKNOWN) and not resolver.person_candidates(
            mention.surface.split()[-1]
        ):
            # a headline alone does not introduce people (title case glues words into runs),
            # but the surnames of the body's people count: "Rutte Opens Record Bridge"
            for word in mention.surface.split():
                if resolver.person_candidates(word, surname_only=True):
                    resolver.resolve(replace(mention, surface=word, kind=PERSON, role=None))
            continue
        resolver.resolve(mention)
    resolver.merge_short_orgs()
    clusters = _unique(
        [*resolver.persons.values(), *resolver.organizations(), *resolver.places.values()]
    )
    clusters = [c for c in clusters if c.mentions]
    context = _context_countries(clusters, resolver.nationalities, gazetteer)
    home = lexicons.demonym_of.get(_dateline_country(clusters, gazetteer) or "")
    for cluster in clusters:
        cluster.name = _name(cluster, gazetteer, context, lexicons)
        if cluster.type == ORGANIZATION and home is not None:
            cluster.name = resolver.with_country(cluster.name, home)
    resolved = [
        Resolved(m.segment, m.start, m.end, cluster.name, cluster.type)
        for m, cluster, _ in resolver.resolved
        if cluster.mentions
    ]
    return Resolution(clusters, resolved, resolver.nationalities)


def _one_sense(mentions: list[Mention]) -> list[Mention]:
    """A name read as a person by its shape alone means what the same name means where the
    context decided ("at Velika Brda memorial ... the Velika Brda massacre")."""
    decided = {m.surface: m.kind for m in mentions if m.kind in (LOCATION, ORGANIZATION)}
    return [
        replace(m, kind=decided[m.surface], by_shape=False)
        if m.by_shape and m.kind == PERSON and m.surface in decided
        else m
        for m in mentions
    ]


def _as_defined(mentions: list[Mention], defined: dict[str, Mention]) -> list[Mention]:
    """Places spelt like an acronym the text defined as an organization, read as it."""
    if not defined:
        return mentions
    return [
        replace(m, kind=ORGANIZATION, alias_of=defined[m.surface].alias_of)
        if m.kind == LOCATION and m.surface in defined
        else m
        for m in mentions
    ]


def _within_body_name(mention: Mention, body_kinds: dict[str, str]) -> Mention:
    """Title case glues a headline's words into one run ("Quake Hits Coral Sea"): the longest
    name of the body inside it is what it names."""
    words = mention.surface.split()
    named = mention.kind in (ORGANIZATION, LOCATION)  # people have their own headline rule
    if not named or len(words) < 2 or mention.surface in body_kinds:
        return mention
    for size in range(len(words) - 1, 0, -1):
        for first in range(len(words) - size + 1):
            name = " ".join(words[first : first + size])
            if body_kinds.get(name) in (ORGANIZATION, LOCATION):
                start = mention.start + mention.surface.find(name)
                kind = body_kinds[name]
                return replace(mention, surface=name, kind=kind, start=start, end=start + len(name))
    return mention


def to_entities(clusters: list[Cluster]) -> list[Entity]:
    """Entities in order of first mention."""
    ordered = sorted(clusters, key=lambda c: c.positions[0])  # the first mention's position
    # positional arguments (name, type, mentions, surface forms, roles): keywords cost twice as
    # much to pass
    return [Entity(c.name, c.type, len(c.mentions), sorted(c.surfaces), c.roles) for c in ordered]


def _context_countries(
    clusters: list[Cluster], nationalities: list[str], gazetteer: Gazetteer
) -> set[str]:
    """Countries the article involves: nationalities, named countries, the dateline's country."""
    codes = set(nationalities)
    for cluster in clusters:
        for m in cluster.mentions if cluster.type == LOCATION else ():
            places = gazetteer.lookup(m.surface)
            if places and (places[0].kind == COUNTRY or m.segment == DATELINE):
                codes.add(places[0].country_code or "")
    return codes


def _name(cluster: Cluster, gazetteer: Gazetteer, context: set[str], lexicons: Lexicons) -> str:
    surfaces = list(cluster.surfaces)  # each form once: a repeat changes no choice below
    if cluster.type == LOCATION:
        candidates = [gazetteer.lookup(s) for s in surfaces]
        cluster.place = choose_place(candidates, context, cluster.mentions)
        return place_name(surfaces, cluster.place, gazetteer.native_names)
    if cluster.canonical:
        return cluster.canonical
    if len(surfaces) == 1:  # most entities are printed one way: that is their name
        name = surfaces[0]
    else:  # the fullest form printed outside a role
        names = [m.surface for m in cluster.mentions if m.kind != ROLE] or surfaces
        name = max(names, key=lambda s: (len(s.split()), len(s)))
    return lexicons.person_aliases.get(name.lower(), name) if cluster.type == PERSON else name


def _dateline_country(clusters: list[Cluster], gazetteer: Gazetteer) -> str | None:
    """The country of the dateline's place, if it has one the gazetteer knows."""
    for cluster in clusters:
        for m in cluster.mentions if cluster.type == LOCATION else ():
            places = gazetteer.lookup(m.surface) if m.segment == DATELINE else []
            if places and places[0].country_code:
                return places[0].country_code
    return None


def _place_key(place: Place) -> str:
    return f"{place.kind}:{place.country_code}:{fold(place.name)}"


def _starts(names: Collection[str], heads: tuple[str, ...]) -> bool:
    return any(name.startswith(heads) for name in names)


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    if shorter and shorter[0] not in longer:
        return False  # most pairs of names share no word: one membership test decides
    n = len(shorter)
    return any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))


def _most_recent(clusters: list[Cluster], mention: Mention) -> Cluster:
    """The cluster mentioned last before `mention` (else the first one)."""
    here = _position(mention)
    best, best_position = clusters[0], None
    for cluster in clusters:
        position = cluster.last_before(here)
        if position is not None and (best_position is None or position > best_position):
            best, best_position = cluster, position
    return best


def _unique(clusters: list[Cluster]) -> list[Cluster]:
    """`clusters` without repeats, in order (by identity: clusters are not hashable)."""
    return list({id(cluster): cluster for cluster in clusters}.values())
