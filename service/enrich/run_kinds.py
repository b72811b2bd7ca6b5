"""What a run names: a run is cut into a role ("Russian Defense Minister") and a name, and each
part is classified by the curated lexicons and the gazetteer. Titles make persons, organization
words ("Army", "Ministry of") make organizations, gazetteer hits and facility words make places;
what no rule decides stays `UNKNOWN` for coreference (`entities.py`) to settle."""

from __future__ import annotations

import re

from service.enrich.french_institutions import LOWERCASE_TAIL
from service.enrich.gazetteer import CITY, is_major
from service.enrich.mention import (
    LOCATION,
    NATIONALITY,
    ORGANIZATION,
    OTHER,
    PERSON,
    ROLE,
    UNKNOWN,
    Mention,
)
from service.enrich.name_words import ACRONYM, ARTICLES, JOINERS, OF_FOR, NameWords
from service.enrich.regions import ADJECTIVE_SUFFIX, CONTEXT_AFTER
from service.enrich.runs import Run
from service.enrich.tokens import POSSESSIVE

_PLACE_PREPOSITIONS = frozenset(("to", "in"))  # "Ambassador to Kuwait", "envoy in Oman"
_PLACE_OF = frozenset(("of", "de", "du", "di"))  # "the mayor of X", "le syndic de X"
_OWNER = re.compile(r"^([^'’]+)['’]s ")  # "Lebanon's National News Agency"
# "TurkStat", "CityUK": a capital inside a word is a brand's, not a person's ("McKay", "DeSoto")
_CAMEL_CASE = re.compile(r"^(?!Ma?c|De|Di|Da|Du|La|Le|Lo|Van|Von)[A-Z][a-z]{2,}[A-Z]\w*$")
_CLOSING = {"(": ")", "[": "]", "‘": "’", "“": "”", '"': '"', "'": "'", "«": "»"}
_PATRONYMIC = frozenset(("bin", "ibn", "bint"))  # "son/daughter of", inside Arabic names
_TWO_WORDS = re.compile(r"\s+(\w+)\s+(\w+)\b")  # "provincial government" after a name
# "of" in the wires' Romance languages: right after a title it may open a portfolio
# ("Ministro de Relaciones Exteriores") or a surname ("de Gaulle")
_ROMANCE_OF = frozenset(("de", "del", "des", "du", "da", "di"))


class RunClassifier:
    """Cuts runs into classified pieces. Holds only the read-only word sets."""

    def __init__(self, vocab: NameWords) -> None:
        self.vocab = vocab

    def pieces(self, text: str, run: Run, segment: int) -> list[Mention]:
        """A run cut into role and name pieces, classified with their context."""
        pieces = self._split(run, segment)
        self._shape_context(run, pieces)
        self._extend_lowercase_name(text, run, pieces, segment)
        owner = self._owner_place(pieces[-1]) if pieces else None
        return [*pieces[:-1], owner, pieces[-1]] if owner else pieces

    def _owner_place(self, mention: Mention) -> Mention | None:
        """The country owning an organization ("Lebanon" of "Lebanon's National News
        Agency"): a place named in its own right."""
        owned = _OWNER.match(mention.surface) if mention.kind == ORGANIZATION else None
        if owned is None or not self.vocab.place(owned.group(1)):
            return None
        end = mention.start + len(owned.group(1))
        return Mention(owned.group(1), LOCATION, mention.segment, mention.start, end)

    def _extend_lowercase_name(
        self, text: str, run: Run, pieces: list[Mention], segment: int
    ) -> None:
        """Names that go on in lower case: "the Trump administration" (an organization, not
        the man), "the Tribuna newspaper" (a title, not a person) and French institutions ("Cour
        de cassation", "Conseil régional")."""
        if len(pieces) != 1 or len(run.words) != 1 or run.after is None:
            return
        piece, after = pieces[0], run.after
        named = piece.kind in (PERSON, UNKNOWN, LOCATION)
        nouns = self.vocab.context["government_noun"]
        levelled = _TWO_WORDS.match(text, piece.end, piece.end + CONTEXT_AFTER)
        if named and after.text in nouns:
            start, end = piece.start, after.end
            pieces[0] = Mention(text[start:end], ORGANIZATION, segment, start, end)
        elif (
            piece.kind in (PERSON, UNKNOWN) and after.text in self.vocab.context["organization_cue"]
        ):
            piece.kind, piece.by_shape = ORGANIZATION, False  # "Granada Diario newspaper"
        elif (
            named
            and levelled is not None
            and levelled.group(1) in self.vocab.context["government_level"]
            and levelled.group(2) in nouns
        ):  # "the Norland provincial government"
            start, end = piece.start, levelled.end()
            pieces[0] = Mention(text[start:end], ORGANIZATION, segment, start, end)
        elif run.words[0].lower() in self.vocab.lowercase_tailed:
            tail = LOWERCASE_TAIL.match(text, piece.end)
            word = tail.group(1).lower() if tail is not None else ""
            # "Union minister Puri" (Indian English): a title after it is no part of its name
            lex = self.vocab.lex
            if tail and word not in lex.function_words and word not in lex.title_heads:
                end = tail.end()
                pieces[0] = Mention(
                    text[piece.start : end], ORGANIZATION, segment, piece.start, end
                )

    def _shape_context(self, run: Run, pieces: list[Mention]) -> None:
        """A name known by its shape only is a place after "in"/"near" or "the city of" ("in
        Velika Brda") or before a facility word ("Velika Brda memorial"), and no one's name
        when quoted or bracketed alone ("(Blue Ribbon)") or before an organization word
        ("Shahporan police station")."""
        if len(pieces) != 1 or not pieces[0].by_shape or run.before is None:
            return
        before = run.before.text.lower()
        after = run.after.text if run.after is not None else ""
        earlier = run.earlier.text if run.earlier is not None and before == "of" else ""
        if (
            before in self.vocab.context["place_preposition"]
            or earlier in self.vocab.context["locative"]
            or after.lower() in self.vocab.facility  # "at Velika Brda memorial"
        ):
            pieces[0].kind = LOCATION
        elif before in _CLOSING and after == _CLOSING[before]:
            pieces[0].kind = OTHER
        elif self.vocab.heads_noun_phrase(after):
            pieces[0].kind, pieces[0].by_shape = UNKNOWN, False

    def _split(self, run: Run, segment: int) -> list[Mention]:
        """Cut a run into an optional role and a name, and classify each part."""
        words = run.words
        if len(words) > 1 and self.vocab.place(" ".join(words)):
            return [self._classify(run, 0, len(words), segment)]  # "Sri Lanka", no "Sri" title
        if self._name_then_country(run):
            # "convey to Biden Japan’s plan": a name, then the country whose plan it is
            return [
                self._classify(run, 0, len(words) - 1, segment),
                self._classify(run, len(words) - 1, len(words), segment),
            ]
        if self._country_then_name(run):
            # "Ambassador to Kuwait Mika Sato": the place ends the role, the name follows it
            return [self._classify(run, 0, 1, segment), self._classify(run, 1, len(words), segment)]
        k = len(words)
        while k > 0 and (
            self.vocab.plain_name(words[k - 1]) or self.vocab.inner_honorific(words, k)
        ):
            k -= 1
        if 0 < k < len(words) - 1 and words[k].lower() in _PATRONYMIC:
            k -= 1  # "Sheikh Sultan bin Mohammed": a title's word before "bin" is a given name
        while 0 < k < len(words) and words[k - 1].lower() == "and":
            k += 1  # "Minister for Information and Broadcasting Lena Dahl": the portfolio's
        k = self._past_portfolio(run, k)
        # "Special Envoy for Yemen Anna Brandt": the place after "for" is the role's
        while (
            0 < k < len(words) - 2
            and words[k - 1].lower() in JOINERS
            and self.vocab.place(words[k])
        ):
            k += 1
        k = self._before_place_of(words, k)
        # "Mayor of Lima": a role and a place, no one's name
        if (
            0 < k < len(words)
            and words[k - 1].lower() in JOINERS
            and self.vocab.place(" ".join(words[k:]))
        ):
            named = self._name_before_place(run, k, segment)
            if named:
                return named
            k = len(words)
        if k < len(words) - 2 and words[k] in _ROMANCE_OF and self._romance_portfolio(run, k):
            k = len(words)
        prefix = words[:k]
        titled = any(self.vocab.heads_role(w) for w in prefix)
        # "Royal Malaysia Police": an honorific (no title) before an organization is its name's
        honorific = k == len(words) and words[-1].lower() in self.vocab.org_suffix
        honorific = honorific and not any(w.lower() in self.vocab.lex.title_heads for w in prefix)
        if not titled or honorific:
            return self._split_untitled(run, segment)
        pieces = self._role_parts(run, k, segment)
        role = self.vocab.role_text(prefix)
        if k < len(words):
            name = self._mention(run, k, len(words), PERSON, segment)
            name.role = role
            pieces.append(name)
        elif role is not None:
            pieces.append(self._mention(run, 0, k, ROLE, segment))
            pieces[-1].role = role
        return pieces

    def _romance_portfolio(self, run: Run, k: int) -> bool:
        """Whether the words from `k` on, "de" and two words or more, go on a title's portfolio
        in a Romance language, its holder named after a comma ("Ministro de Relaciones
        Exteriores de Venezuela, Yvan Gil"): "de" follows the title and a comma the run."""
        return (
            k > 0
            and run.after is not None
            and run.after.text == ","
            and self.vocab.heads_role(run.words[k - 1])
        )

    def _past_portfolio(self, run: Run, k: int) -> int:
        """Where the name starts when the words before `k` open or list a portfolio: the word
        right after "of"/"for" is the portfolio's field or a place, never a name ("Minister for
        Planning Ana Vale"), and so is a lone word closing a portfolio before a comma ("Minister
        of Energy and Mineral Resources, Ana Vale": the full name follows the comma)."""
        words = run.words
        field = 0 < k < len(words) and words[k - 1].lower() in OF_FOR
        if field and not self.vocab.place(" ".join(words[k:])):  # "Mayor of Lima" is a place's
            k += 1
        lone = k == len(words) - 1 and k > 1 and words[k - 2].lower() == "and"
        if lone and run.after is not None and run.after.text == ",":
            k += 1
        return k

    def _before_place_of(self, words: list[str], k: int) -> int:
        """Where a place of several words after "of" starts when it ends the run ("King Salman
        of Saudi Arabia": the name scan stops at "Saudi"), else `k`."""
        if not 0 < k < len(words) or words[k - 1].lower() in JOINERS:
            return k
        for i in range(k - 1, 0, -1):
            if words[i - 1].lower() in JOINERS:
                return i if self.vocab.place(" ".join(words[i:])) else k
        return k

    def _name_before_place(self, run: Run, k: int, segment: int) -> list[Mention]:
        """ "President Anna Berg of the Republic of Norland": a role, a name, and the place
        after "of" (empty when no name comes between the title and "of")."""
        words = run.words
        head = max((i for i in range(k) if self.vocab.heads_role(words[i])), default=-1)
        of = next((i for i in range(head + 1, k) if words[i].lower() in JOINERS), k)
        at = of + 2 if words[of + 1].lower() == "the" else of + 1
        names = words[head + 1 : of]
        if head < 0 or not names or not all(map(self.vocab.plain_name, names)):
            return []
        if not self.vocab.place(" ".join(words[at:])):
            return []
        name = self._mention(run, head + 1, of, PERSON, segment)
        name.role = self.vocab.role_text(words[: head + 1])
        place = self._classify(run, at, len(words), segment)
        return [*self._role_parts(run, head + 1, segment), name, place]

    def _country_then_name(self, run: Run) -> bool:
        """A country's name right after "to"/"in" and before a name of two words or more."""
        words, before = run.words, run.before
        return (
            len(words) > 2
            and before is not None
            and before.text.lower() in _PLACE_PREPOSITIONS
            and self.vocab.gazetteer.country_code(words[0]) is not None
            and all(map(self.vocab.plain_name, words[1:]))
        )

    def _name_then_country(self, run: Run) -> bool:
        """A name, then a country in the possessive closing the run."""
        words = run.words
        return (
            len(words) > 1
            and run.tokens[-1].text.endswith(POSSESSIVE)
            and self.vocab.gazetteer.country_code(words[-1]) is not None
            and self.vocab.gazetteer.country_code(" ".join(words)) is None
            and all(map(self.vocab.plain_name, words[:-1]))
        )

    def _split_untitled(self, run: Run, segment: int) -> list[Mention]:
        """A run without a title: one name, unless it is a person-like name followed by "of
        (the) <organization or place>" ("Lee of the Unity Party") or led by a place
        ("Lyon Marc Dubois" after a dropped comma)."""
        words, n = run.words, len(run.words)
        if n > 1 and words[0].lower() in self.vocab.context["temporal"]:
            # "Former European Union commissioner ...": the word dates someone's role
            return [self._classify(run, 1, n, segment)]
        if n > 2 and words[1] == "of" and self._opening_plural(run):
            # "Members of the House ...": a plural noun opening the sentence names the group
            tail = 3 if words[2].lower() == "the" and n > 3 else 2
            return [self._classify(run, tail, n, segment)]
        whole = self._classify(run, 0, n, segment)
        if "of" in words:
            cut = words.index("of")
            tail = cut + 2 if cut + 1 < n and words[cut + 1].lower() == "the" else cut + 1
            head = self._classify(run, 0, cut, segment) if cut else None
            rest = self._classify(run, tail, n, segment) if tail < n else None
            person_of = head is not None and head.kind == PERSON
            unknown_of = head is not None and head.kind == UNKNOWN and whole.kind == UNKNOWN
            if head and rest and (person_of or unknown_of) and rest.kind not in (UNKNOWN, OTHER):
                return [head, rest]
        named_at = self._person_after_organization(words)
        if named_at is not None:
            person = self._mention(run, named_at, n, PERSON, segment)
            person.by_shape = True
            return [self._classify(run, 0, named_at, segment), person]
        if whole.kind == OTHER and "-" in whole.surface:
            return self._place_pair(run, 0, n, segment) or [whole]
        if whole.kind not in (PERSON, UNKNOWN):
            return [whole]
        if n > 2 and ACRONYM.match(words[-1]) and words[-2].lower() in self.vocab.org_suffix:
            # "the Norland News Agency NNA": the agency and its acronym, one organization
            agency = self._mention(run, 0, n - 1, ORGANIZATION, segment)
            acronym = self._mention(run, n - 1, n, ORGANIZATION, segment)
            acronym.alias_of = agency.surface
            return [agency, acronym]
        for j in range(n - 2, -1, -1):
            # "Ville de Lyon Marc Dubois"; "Kuala Terengganu Umno": a place of several words,
            # then a name of its own
            several = j > 0 and self.vocab.place(" ".join(words[: j + 1]))
            # a one-word place glued to a name only where a place is expected ("in Lyon Marc
            # Dubois", "the mayor of Lyon Marc Dubois"): "replacing Nancy Tolentino Gamarra" is
            # one woman
            lone = j < n - 2 and self.vocab.place(words[j])
            if several or (lone and (j > 0 or self._place_expected(run))):
                rest = self._classify(run, j + 1, n, segment)
                if rest.kind == PERSON or (several and rest.kind == UNKNOWN):
                    return [self._classify(run, 0, j + 1, segment), rest]
                break
        return [whole]

    def _opening_plural(self, run: Run) -> bool:
        """A plural common noun capitalised only because it opens the sentence ("Members",
        "Residents"), not a word that names an organization or a title ("Forces", "Ministers")."""
        word = run.words[0]
        low = word.lower()
        if not (run.tokens[0].sentence_start and low.endswith("s") and word[1:].islower()):
            return False
        return low not in self.vocab.not_name_plural and low[:-1] not in self.vocab.not_name

    def _person_after_organization(self, words: list[str]) -> int | None:
        """Where a person's name starts right after an organization's ("the head of the SRSMA
        Kanat Djumagaziev", "spokeswoman of the Foreign Ministry Maria Zakharova"): the
        organization ends in an acronym or an organization word, and two name words or more
        that name no place follow it."""
        if len(words) < 3:  # most runs: too short for an organization and a full name
            return None
        cut = self.vocab.name_start(words)
        if cut == 0 or len(words) - cut < 2:
            return None
        last = words[cut - 1]
        acronym = cut == 1 and ACRONYM.match(last) is not None
        if not (acronym or (cut > 1 and last.lower() in self.vocab.org_suffix)):
            return None
        named = words[cut:]
        placed = self.vocab.place(" ".join(named)) or any(map(self.vocab.place, named))
        return None if placed else cut

    def _role_parts(self, run: Run, end: int, segment: int) -> list[Mention]:
        """Organizations and places named inside a role ("Chief of Staff of the Syrian Arab
        Army", "Peruvian Senate Speaker")."""
        parts: list[Mention] = []
        i = 0
        while i < end:
            if self.vocab.splits_role(run.words[i]):
                i += 1
                continue
            j = i
            while j < end and not self.vocab.splits_role(run.words[j]):
                j += 1
            # "President ... of the Republic of Norland": a place name may hold a joiner
            if j < end and run.words[j].lower() in JOINERS:
                words = run.words
                j = next(
                    (k for k in range(end, j, -1) if self.vocab.place(" ".join(words[i:k]))), j
                )
            part = self._classify(run, i, j, segment)
            if part.kind in (ORGANIZATION, LOCATION, NATIONALITY):
                parts.append(part)
            i = j
        return parts

    def _classify(self, run: Run, i: int, j: int, segment: int) -> Mention:
        words = run.words[i:j]
        text = " ".join(words)
        low = [w.lower() for w in words]
        canonical = self.vocab.lex.org_aliases.get(text)
        if canonical is None and j - i > 1 and self.vocab.demonym(words[0]) is not None:
            canonical = self.vocab.lex.org_aliases.get(" ".join(words[1:]))  # "Russian Interfax"
            i = i + 1 if canonical is not None else i
        if canonical is not None:
            mention = self._mention(run, i, j, ORGANIZATION, segment)
            mention.canonical = canonical
            return mention
        before = run.before.text.lower() if run.before is not None and i == 0 else ""
        if before in self.vocab.context["organization_cue"] and j == len(
            run.words
        ):  # "newspaper Kurier"
            return self._mention(run, i, j, ORGANIZATION, segment)
        places = self.vocab.gazetteer.lookup(text)
        if places and j - i == 1 and run.tokens[i].sentence_start and not is_major(places[0]):
            places = []  # "Police said ...": a small town's name opening a sentence is a word
        if text in self.vocab.lex.place_aliases or places:
            # "Washington said" / "Moscow warned": the government seated there, not the city
            # ("sanctions on Moscow, said Ana Vale": a comma between ends the subject)
            speaks = i == 0 and j == len(run.words) and run.after is run.next_word
            speaks = speaks and self.vocab.acts(run.next_word)
            metonymy = speaks and places and places[0].kind == CITY and is_major(places[0])
            return self._mention(run, i, j, ORGANIZATION if metonymy else LOCATION, segment)
        if "-" in text and self._place_pair(run, i, j, segment):
            return self._mention(run, i, j, OTHER, segment)  # the pair itself names nothing
        kind, place_kind = self._kind_by_words(words, low)
        if kind == UNKNOWN and len(words) > 1 and before in self.vocab.lex.title_heads:
            kind = PERSON  # "the party leader Lee Min Un": a title in lower case names a person
        elif kind == PERSON and before in ARTICLES["of"]:
            kind = UNKNOWN  # "the Greater Homeland": an article before a name makes it no one's
        mention = self._mention(run, i, j, kind, segment)
        mention.place_kind = place_kind
        if kind == PERSON:
            mention.by_shape = True
        elif kind == UNKNOWN and j == len(run.words):
            mention.context_location = self._locative_context(run, i)
            after = run.next_word.text.lower() if run.next_word is not None else ""
            mention.place_kind = "facility" if after in self.vocab.facility else None
        return mention

    def _place_pair(self, run: Run, i: int, j: int, segment: int) -> list[Mention]:
        """The two places of words `i:j` joined by a hyphen ("South Korea-US coordination",
        "China-Japan talks"): an adjective of both, each a place mentioned, no name of its own;
        empty when they are not two places."""
        left, hyphen, right = " ".join(run.words[i:j]).rpartition("-")
        if not (hyphen and self.vocab.place(left) and self.vocab.place(right)):
            return []
        start, end = run.tokens[i].start, run.tokens[j - 1].end
        return [
            Mention(left, LOCATION, segment, start, end - len(right) - 1),
            Mention(right, LOCATION, segment, end - len(right), end),
        ]

    def _kind_by_words(self, words: list[str], low: list[str]) -> tuple[str, str | None]:
        proper = any(w not in self.vocab.generic and w not in self.vocab.not_name for w in low)
        if len(words) > 1 and low[-1] in self.vocab.facility:
            return (LOCATION, "facility") if proper else (OTHER, None)
        if len(words) > 1 and low[-1] in self.vocab.region:
            return (LOCATION, "region") if proper else (OTHER, None)
        if len(words) > 2 and low[0] in self.vocab.region and low[1] in self.vocab.inner_words:
            return LOCATION, "region"  # "Gulf of Aden", "Provinces of the North"
        if len(words) > 1 and low[0] in self.vocab.landmark and self.vocab.plain_name(words[1]):
            return LOCATION, "region"  # "Mount Kenya", "Lake Chad"
        if len(words) == 2 and low[0] in self.vocab.metropolitan and self.vocab.place(words[1]):
            return LOCATION, "region"  # "Metro Manila", "Greater Cairo": a city's whole area
        if len(words) > 1 and (
            low[-1] in self.vocab.org_suffix
            or any(w in self.vocab.org_prefix for w in low[:-1])
            or self._branch_of(words, low)
        ):  # "... Army", "Ministry of ...", "Regional Branch of the Red Cross"
            return ORGANIZATION, None
        if low[-1] in self.vocab.event or low[0] in self.vocab.event:
            return OTHER, None
        if len(words) > 1 and len(words[-1]) == 1 and words[-1].isupper():
            return OTHER, None  # a label ("Category C", "Annex B"), no one's name
        if len(words) == 1:
            if self.vocab.demonym(words[0]) is not None:
                return NATIONALITY, None
            if low[0].endswith("s") and low[0][:-1] in self.vocab.lex.title_heads:
                return OTHER, None  # "Governors": a title in the plural names no one
            if words[0].isupper() and low[0] in self.vocab.not_acronym:
                return OTHER, None  # "TV", "UTC", "PDF": capitals no one is named by
            acronym = ACRONYM.match(words[0]) and self.vocab.acronym(words[0])
            if acronym or _CAMEL_CASE.match(words[0]):
                return ORGANIZATION, None
            return UNKNOWN, None
        if (
            all(self.vocab.plain_name(w) for w in words)
            and not any(w in self.vocab.generic for w in low)
            and not any(map(self.vocab.common_word, low))
            and not self._names_country(words)
            and not self._part_of_the_world(low, words)
        ):
            return PERSON, None
        return UNKNOWN, None

    def _part_of_the_world(self, low: list[str], words: list[str]) -> bool:
        """A point of the compass and a place or its adjective ("South Asia", "West Africa",
        "West African", "Middle Eastern"): part of the world, never a person's name."""
        if len(words) != 2 or low[0] not in self.vocab.compass:
            return False
        adjective = low[1] in self.vocab.compass or self.vocab.demonym(words[1]) is not None
        return adjective or self.vocab.place(words[1])

    def _names_country(self, words: list[str]) -> bool:
        """Whether a country's name is one of the words ("Iran Press", "Media Indonesia",
        "Greater China"): no part of a person's name unless people are named so too ("Jordan
        Henderson", "Chad Smith", "Michael Jordan")."""
        personal = self.vocab.context["personal_place"]
        return any(
            w.lower() not in personal and self.vocab.gazetteer.country_code(w) is not None
            for w in words
        )

    def _branch_of(self, words: list[str], low: list[str]) -> bool:
        """An organization word, "of" or "for", and a name that is not a place: "Regional
        Branch of the Red Cross" and "Committee for the Protection of Journalists" are one
        organization ("Government of Peru" is a government and a place)."""
        joiner = next((k for k in range(1, len(low) - 1) if low[k] in OF_FOR), None)
        if joiner is None or low[joiner - 1] not in self.vocab.org_suffix:
            return False
        tail = words[joiner + 1 :]
        tail = tail[1:] if tail[0].lower() == "the" and len(tail) > 1 else tail
        return not self.vocab.place(" ".join(tail))

    def _place_expected(self, run: Run) -> bool:
        before = run.before.text.lower() if run.before is not None else ""
        return before in _PLACE_OF or self._locative_context(run, 0)

    def _locative_context(self, run: Run, i: int) -> bool:
        before = run.before.text.lower() if run.before is not None and i == 0 else ""
        after = run.next_word.text.lower() if run.next_word is not None else ""
        adjective = ADJECTIVE_SUFFIX.search(run.tokens[-1].text) is not None
        earlier = run.earlier.text if run.earlier is not None and before == "of" else ""
        return (
            before in self.vocab.context["locative_preposition"]
            or earlier in self.vocab.context["locative"]  # "the village of X"
            or after in self.vocab.context["locative"]
            or adjective
        )

    def _mention(self, run: Run, i: int, j: int, kind: str, segment: int) -> Mention:
        surface = " ".join(run.words[i:j])
        return Mention(surface, kind, segment, run.tokens[i].start, run.tokens[j - 1].end)
