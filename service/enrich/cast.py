"""The cast of an article: the people and organizations who may speak, by paragraph, with
the most named one and the holders of each role word."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from service.enrich.entities import Resolved
from service.enrich.mention import DATELINE, ORGANIZATION, PERSON


@dataclass(slots=True)
class Cast:
    """Who may speak in an article. Who is most named and who holds which role are worked
    out when a quote first asks: most quotes have their speaker named by the verb."""

    by_paragraph: dict[int, list[Resolved]]  # people and organizations by segment
    people: frozenset[str]
    named: list[str]  # the names of all mentions of people
    organizations: list[str]  # and of organizations
    roles: dict[str, list[str]]  # people's roles
    _protagonist: str | None = ""  # "" until worked out: no name is empty
    _holders: dict[str, list[str]] | None = None  # None until worked out

    @classmethod
    def of(cls, resolved: list[Resolved], roles: dict[str, list[str]]) -> Cast:
        """The cast of an article's resolved mentions; `roles` maps people to their roles."""
        by_paragraph: dict[int, list[Resolved]] = {}
        people, organizations = [], []
        for r in resolved:  # one pass, not one per question asked of the mentions
            if r.type == PERSON:
                people.append(r.name)
            elif r.type == ORGANIZATION:
                organizations.append(r.name)
            else:
                continue
            if r.segment != DATELINE:
                by_paragraph.setdefault(r.segment, []).append(r)
        return cls(by_paragraph, frozenset(people), people, organizations, roles)

    def protagonist(self) -> str | None:
        """Who a quote with no attribution at all is most likely from: the most named
        person, else the most named organization (a newspaper or a ministry quoted all
        along)."""
        if self._protagonist == "":
            named = Counter(self.named or self.organizations)
            self._protagonist = max(sorted(named), key=named.__getitem__) if named else None
        return self._protagonist

    def holders(self) -> dict[str, list[str]]:
        """Who holds a role word: "minister" -> the people with it in a role, most named
        first; "ministry" -> the one organization whose name ends with that word."""
        if self._holders is not None:
            return self._holders
        holders: dict[str, list[str]] = {}
        mentioned = Counter(self.named)
        for name in sorted(mentioned, key=lambda n: -mentioned[n]):
            if name in self.roles:  # the words of all of a person's roles, split in C
                for word in set(" ".join(self.roles[name]).lower().split()):
                    holders.setdefault(word, []).append(name)
        heads: dict[str, list[str]] = {}
        for name in dict.fromkeys(self.organizations):
            heads.setdefault(name.split()[-1].lower(), []).append(name)
        for word, names in heads.items():
            if len(names) == 1:
                holders.setdefault(word, names)
        self._holders = holders
        return holders
