"""Candidate name mentions: capitalised runs split into persons, organizations and places.

A run is a maximal sequence of capitalised words (with name particles such as al-/bin/de/van and
"of the" inside). Each run is cut into a role ("Russian Defense Minister") and a name, and the name
is classified by the curated lexicons and the gazetteer: titles make persons, organization words
("Army", "Ministry of") make organizations, gazetteer hits and facility words make places. What no
rule decides stays `UNKNOWN` for coreference (`entities.py`) to settle.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from service.enrich.gazetteer import CITY, Gazetteer
from service.enrich.lexicon import Lexicons
from service.enrich.tokens import OPENING_MARKS, SENTENCE_END, Token, tokenize

PERSON, ORGANIZATION, LOCATION = "person", "organization", "location"
UNKNOWN, ROLE, NATIONALITY, OTHER = "unknown", "role", "nationality", "other"
HEADLINE, DATELINE = -2, -1  # segment numbers; body paragraphs are numbered from 0

_PARTICLE_WORD = re.compile(r"^(?:al|el|as|ash|ad|an|ar|at|az|ul|bin|ibn|abu|bani)-\w", re.I)
# Lower-case words allowed inside a run when a capitalised word follows.
_PARTICLES = frozenset(
    [
        "al",
        "el",
        "bin",
        "bint",
        "ibn",
        "abu",
        "de",
        "di",
        "da",
        "du",
        "des",
        "del",
        "della",
        "der",
        "den",
        "van",
        "von",
        "dos",
        "das",
        "la",
        "le",
        "y",
    ]
)
_JOINERS = frozenset(("of", "the", "for"))
_POSSESSIVE = ("'s", "’s")
_ADJECTIVE_SUFFIX = re.compile(
    r"-(?:based|led|backed|born|made|controlled|held|run|bound|era|style|owned|linked|affiliated|"
    r"sponsored|supported|funded|occupied)$"
)
_ACRONYM = re.compile(r"^(?:[A-Z]\.){2,}$|^[A-Z][A-Z0-9&]{1,6}$")
_LOCATIVE_NOUNS = frozenset(
    [
        "base",
        "airbase",
        "airport",
        "neighbourhood",
        "neighborhood",
        "area",
        "city",
        "town",
        "village",
        "province",
        "region",
        "district",
        "governorate",
        "countryside",
        "border",
        "camp",
        "port",
        "suburb",
        "state",
        "municipality",
    ]
)
# A capitalised region: capitalised words (or "al-Assad", "U.S.", "Mr.") with name particles and
# "of the" between them; a superset of the runs, cut exactly by the token rules below.
_CAPITALISED = (
    r"(?:[A-Z]\.){2,}|(?:Mr|Mrs|Ms|Dr|Prof|St|Jr|Gen|Col|Lt|Sgt|Capt|Maj|Sen|Gov)\."
    r"|(?:(?:al|el|as|ash|ad|an|ar|at|az|ul|bin|ibn|abu|bani)-)?"
    r"[A-Z\u00C0-\u00DE\u0100-\u024F\u0370-\u04FF]\w*(?:[-'’]\w+)*(?:['’](?!\w))?"
)
_JOINER_WORDS = (
    r"(?:of|the|for|and|&|de|di|da|du|des|del|della|der|den|van|von|dos|das|la|le|y|al|el|"
    r"bin|bint|ibn|abu)"
)
_REGION = re.compile(rf"\b(?:{_CAPITALISED})(?:\s+(?:{_JOINER_WORDS}\s+)*(?:{_CAPITALISED}))*")
_NONE3 = (None, None, None)
# Capitalised regions read per paragraph: prose has a few dozen; past this it is a list, a table
# or hostile input, and the cost must stay bounded.
MAX_REGIONS = 300
_CONTEXT_AFTER = 30  # characters tokenised after a region (for "X base", "X said")
_GOVERNMENT_VERBS = frozenset(
    ("accused", "warned", "imposed", "rejected", "condemned", "demanded", "responded", "vowed")
)
_LOCATIVE_PREPOSITIONS = frozenset(("in", "near", "at", "outside", "around"))


@dataclass(slots=True)
class Mention:
    """One name as printed, with where it is and what the rules made of it."""

    surface: str
    kind: str
    segment: int
    start: int
    end: int
    role: str | None = None
    canonical: str | None = None  # the lexicon's name for an alias ("Daesh" -> "ISIS")
    place_kind: str | None = None  # facility/region for places known by their shape only
    by_shape: bool = False  # classified by shape alone (weak evidence)
    alias_of: str | None = None  # "PKR" printed in brackets after "People's Justice Party"
    context_location: bool = False  # "in X", "X base": a place when nothing else decides


@dataclass(slots=True)
class _Run:
    words: list[str]
    tokens: list[Token]
    before: Token | None
    after: Token | None
    next_word: Token | None


class MentionFinder:
    """Finds mentions in one text segment. Holds only the read-only lexicons."""

    def __init__(self, lexicons: Lexicons, gazetteer: Gazetteer) -> None:
        self.lex = lexicons
        self.gazetteer = gazetteer
        words = lexicons.org_words
        self._org_suffix = words["suffix"]
        self._org_prefix = words["prefix"]
        self._facility = words["facility"]
        self._region = words["region"]
        self._event = words["event"]
        self._generic = words["generic"] | lexicons.function_words
        self._not_acronym = words["notacronym"]
        self._titles = lexicons.title_heads | lexicons.title_modifiers | lexicons.honorifics
        self._not_name = self._titles | set().union(*words.values())

    def find(self, text: str, segment: int) -> list[Mention]:
        """Every mention in `text` (one headline, dateline place or body paragraph)."""
        mentions: list[Mention] = []
        pending_role: str | None = None
        for run in self._all_runs(text):
            pieces = self._split(run, segment)
            appositive = run.before is not None and run.before.text == ","
            if pending_role and appositive and pieces and pieces[0].kind in (PERSON, UNKNOWN):
                mentions.pop()  # "Russian President, Vladimir Putin": the role is his
                pieces[0].kind = PERSON
                pieces[0].role = pieces[0].role or pending_role
            pending_role = None
            if pieces and pieces[-1].kind == ROLE and run.after is not None:
                pending_role = pieces[-1].role if run.after.text == "," else None
            self._mark_bracketed_alias(run, pieces, mentions)
            mentions.extend(pieces)
        return mentions

    # -- runs ---------------------------------------------------------------------------------

    def _is_name_word(self, token: Token) -> bool:
        text = token.text
        if not token.is_word:
            return False
        if text[0].isupper():
            low = text.lower()
            if token.sentence_start and low in self.lex.function_words:
                return False
            return low not in self.lex.weekdays and low not in self.lex.months
        return bool(_PARTICLE_WORD.match(text))

    def _all_runs(self, text: str) -> list[_Run]:
        """Runs of the capitalised regions of `text`. Only those regions (and a few words of
        context around them) are tokenised: most of a paragraph is lower-case and skipped by
        one regex pass."""
        runs: list[_Run] = []
        for count, region in enumerate(_REGION.finditer(text)):
            if count == MAX_REGIONS:
                break
            start, end = region.start(), region.end()
            word = region.group()
            if " " not in word and self._needs_no_context(text, word, start):
                if self._demonym(word) is not None:  # "Syrian": no context changes it
                    runs.append(_Run([word], [Token(word, start, end, True, False)], *_NONE3))
                continue
            tokens = tokenize(word, start)
            tokens[0].sentence_start = _opens_sentence(text, start)
            before = _token_before(text, start)
            after = tokenize(text[end : end + _CONTEXT_AFTER], end, limit=3)
            runs.extend(self._runs([*before, *tokens, *after], start, end))
        return runs

    def _needs_no_context(self, text: str, word: str, start: int) -> bool:
        """A lone word whose analysis cannot depend on its neighbours: a nationality, a weekday
        or month, or a function word opening a sentence ("The", "He")."""
        low = word.lower()
        if self._demonym(word) is not None or low in self.lex.weekdays or low in self.lex.months:
            return True
        return low in self.lex.function_words and _opens_sentence(text, start)

    def _runs(self, tokens: list[Token], lo: int, hi: int) -> list[_Run]:
        """Runs starting in [lo, hi) of a token window."""
        runs: list[_Run] = []
        i = 0
        while i < len(tokens) and tokens[i].start < lo:
            i += 1
        n = i
        while n < len(tokens) and tokens[n].start < hi:
            n += 1
        while i < n:
            if not self._is_name_word(tokens[i]):
                i += 1
                continue
            start = i
            words: list[str] = []
            run_tokens: list[Token] = []
            while i < n:
                token = tokens[i]
                if self._is_name_word(token):
                    word, closes = _clean(token.text)
                    words.append(word)
                    run_tokens.append(token)
                    i += 1
                    if closes and not self._continues_as_org(tokens, i):
                        break
                elif self._joins(tokens, i, words):
                    words.append(token.text)
                    run_tokens.append(token)
                    i += 1
                else:
                    break
            while words and words[-1].lower() in _JOINERS | _PARTICLES | {"and"}:
                words.pop()
                run_tokens.pop()
            if words:
                after = tokens[i] if i < len(tokens) else None
                next_word = next((t for t in tokens[i : i + 3] if t.is_word), None)
                before = tokens[start - 1] if start > 0 else None
                runs.append(_Run(words, run_tokens, before, after, next_word))
        return runs

    def _joins(self, tokens: list[Token], i: int, words: list[str]) -> bool:
        """A lower-case joiner inside a run: "Chief of Staff", "Tribune de Genève", and "and"
        only inside an organization name ("Liquor and Cannabis Board")."""
        low = tokens[i].text.lower()
        if not words or i + 1 >= len(tokens):
            return False
        follower = tokens[i + 1]
        if low == "of" and follower.text.lower() == "the" and i + 2 < len(tokens):
            follower = tokens[i + 2]
        if not self._is_name_word(follower):
            return low == "the" and tokens[i - 1].text.lower() == "of"
        if low in _JOINERS or low in _PARTICLES:
            return True
        return low in ("and", "&") and self._continues_as_org(tokens, i + 1)

    def _continues_as_org(self, tokens: list[Token], i: int) -> bool:
        """Whether the capitalised words from `i` end in an organization word."""
        last = None
        while i < len(tokens) and self._is_name_word(tokens[i]):
            last = tokens[i].text.lower()
            i += 1
        return last is not None and last in self._org_suffix

    # -- classification -------------------------------------------------------------------------

    def _split(self, run: _Run, segment: int) -> list[Mention]:
        """Cut a run into an optional role and a name, and classify each part."""
        words = run.words
        k = len(words)
        while k > 0 and self._plain_name(words[k - 1]):
            k -= 1
        prefix = words[:k]
        titled = any(self._is_title(w) for w in prefix)
        if not titled:
            return self._split_untitled(run, segment)
        pieces = self._role_parts(run, k, segment)
        role = self._role_text(prefix)
        if k < len(words):
            name = self._mention(run, k, len(words), PERSON, segment)
            name.role = role
            pieces.append(name)
        elif role is not None:
            pieces.append(self._mention(run, 0, k, ROLE, segment))
            pieces[-1].role = role
        return pieces

    def _split_untitled(self, run: _Run, segment: int) -> list[Mention]:
        """A run without a title: one name, unless it is a person-like name followed by "of
        (the) <organization or place>" ("Kim of the Democratic Party") or led by a place
        ("Geneva Sami Kanaan" after a dropped comma)."""
        words, n = run.words, len(run.words)
        whole = self._classify(run, 0, n, segment)
        if whole.kind not in (PERSON, UNKNOWN):
            return [whole]
        if "of" in words:
            cut = words.index("of")
            tail = cut + 2 if cut + 1 < n and words[cut + 1].lower() == "the" else cut + 1
            head = self._classify(run, 0, cut, segment) if cut else None
            rest = self._classify(run, tail, n, segment) if tail < n else None
            if head and rest and head.kind in (PERSON, UNKNOWN) and rest.kind != UNKNOWN:
                return [head, rest]
        if n > 2 and self.gazetteer.lookup(words[0]):
            rest = self._classify(run, 1, n, segment)
            if rest.kind == PERSON:
                return [self._classify(run, 0, 1, segment), rest]
        return [whole]

    def _role_parts(self, run: _Run, end: int, segment: int) -> list[Mention]:
        """Organizations and places named inside a role ("Chief of Staff of the Syrian Arab
        Army", "Iraqi Parliament Speaker")."""
        parts: list[Mention] = []
        i = 0
        while i < end:
            if self._splits_role(run.words[i]):
                i += 1
                continue
            j = i
            while j < end and not self._splits_role(run.words[j]):
                j += 1
            part = self._classify(run, i, j, segment)
            if part.kind in (ORGANIZATION, LOCATION, NATIONALITY):
                parts.append(part)
            i = j
        return parts

    def _role_text(self, prefix: list[str]) -> str | None:
        words = [w for w in prefix if w.lower().rstrip(".") not in self.lex.honorifics]
        while words and words[0].lower() in _JOINERS:
            words.pop(0)
        if not any(w.lower() in self.lex.title_heads for w in words):
            return None
        if words[-1].lower() == "presidents":
            words[-1] = words[-1][:-1]
        return " ".join(words)

    def _splits_role(self, word: str) -> bool:
        low = word.lower().rstrip(".")
        return low in _JOINERS or low in self.lex.title_heads or low in self.lex.honorifics

    def _is_title(self, word: str) -> bool:
        return word.lower().rstrip(".") in self._titles

    def _plain_name(self, word: str) -> bool:
        low = word.lower().rstrip(".")
        if low in _JOINERS or low in self._not_name or _ACRONYM.match(word):
            return False
        return self._demonym(word) is None

    def _demonym(self, word: str) -> str | None:
        low = word.lower()
        return self.lex.demonyms.get(low) or (
            self.lex.demonyms.get(low[:-1]) if low.endswith("s") else None
        )

    def _classify(self, run: _Run, i: int, j: int, segment: int) -> Mention:
        words = run.words[i:j]
        text = " ".join(words)
        low = [w.lower() for w in words]
        canonical = self.lex.org_aliases.get(text)
        if canonical is not None:
            mention = self._mention(run, i, j, ORGANIZATION, segment)
            mention.canonical = canonical
            return mention
        places = self.gazetteer.lookup(text)
        if text in self.lex.place_aliases or places:
            speaks = j == len(run.words) and self._acts(run.next_word)
            metonymy = speaks and places and places[0].kind == CITY
            # "Washington said" / "Moscow warned": the government seated there, not the city
            return self._mention(run, i, j, ORGANIZATION if metonymy else LOCATION, segment)
        kind, place_kind = self._kind_by_words(words, low)
        mention = self._mention(run, i, j, kind, segment)
        mention.place_kind = place_kind
        if kind == PERSON:
            mention.by_shape = True
        elif kind == UNKNOWN and j == len(run.words):
            mention.context_location = self._locative_context(run, i)
            after = run.next_word.text.lower() if run.next_word is not None else ""
            mention.place_kind = "facility" if after in self._facility else None
        return mention

    def _kind_by_words(self, words: list[str], low: list[str]) -> tuple[str, str | None]:
        proper = any(w not in self._generic and w not in self._not_name for w in low)
        if len(words) > 1 and low[-1] in self._facility:
            return (LOCATION, "facility") if proper else (OTHER, None)
        if len(words) > 1 and low[-1] in self._region:
            return (LOCATION, "region") if proper else (OTHER, None)
        if len(words) > 1 and (
            low[-1] in self._org_suffix or any(w in self._org_prefix for w in low[:-1])
        ):
            return ORGANIZATION, None
        if low[-1] in self._event or low[0] in self._event:
            return OTHER, None
        if len(words) == 1:
            if self._demonym(words[0]) is not None:
                return NATIONALITY, None
            if _ACRONYM.match(words[0]) and self._acronym(words[0]):
                return ORGANIZATION, None
            return UNKNOWN, None
        if all(self._plain_name(w) for w in words) and not any(w in self._generic for w in low):
            return PERSON, None
        return UNKNOWN, None

    def _acts(self, word: Token | None) -> bool:
        low = word.text.lower() if word is not None else ""
        return low in self.lex.reporting_verbs or low in _GOVERNMENT_VERBS

    def _acronym(self, word: str) -> bool:
        """Capitals that name an organization: three letters or more, not a time zone or unit."""
        letters = word.replace(".", "")
        return len(letters) >= 3 and letters.lower() not in self._not_acronym

    def _locative_context(self, run: _Run, i: int) -> bool:
        before = run.before.text.lower() if run.before is not None and i == 0 else ""
        after = run.next_word.text.lower() if run.next_word is not None else ""
        adjective = _ADJECTIVE_SUFFIX.search(run.tokens[-1].text) is not None
        return before in _LOCATIVE_PREPOSITIONS or after in _LOCATIVE_NOUNS or adjective

    def _mention(self, run: _Run, i: int, j: int, kind: str, segment: int) -> Mention:
        surface = " ".join(run.words[i:j])
        return Mention(surface, kind, segment, run.tokens[i].start, run.tokens[j - 1].end)

    def _mark_bracketed_alias(
        self, run: _Run, pieces: list[Mention], previous: list[Mention]
    ) -> None:
        """`People's Justice Party (PKR)`: the bracketed acronym is another name of the party."""
        if (
            len(pieces) == 1
            and pieces[0].kind == ORGANIZATION
            and _ACRONYM.match(pieces[0].surface)
            and run.before is not None
            and run.before.text == "("
            and previous
            and previous[-1].kind == ORGANIZATION
            and previous[-1].end + 3 >= run.before.start
        ):
            pieces[0].alias_of = previous[-1].canonical or previous[-1].surface


def _opens_sentence(text: str, start: int) -> bool:
    """Whether position `start` opens a sentence (or a quotation)."""
    head = text[max(0, start - 3) : start].rstrip()
    return not head or head[-1] in SENTENCE_END or head[-1] in OPENING_MARKS or head[-1] in ":;"


def _token_before(text: str, start: int) -> list[Token]:
    """The token just before `start` (punctuation or a word), as a one-item list or empty."""
    head = text[max(0, start - 40) : start]
    stripped = head.rstrip()
    if not stripped:
        return []
    end = start - (len(head) - len(stripped))
    if not stripped[-1].isalnum():
        return [Token(stripped[-1], end - 1, end, False, False)]
    first = len(stripped)
    while first > 0 and (stripped[first - 1].isalnum() or stripped[first - 1] in "'’-"):
        first -= 1
    word = stripped[first:]
    return [Token(word, end - len(word), end, True, False)]


def _clean(word: str) -> tuple[str, bool]:
    """The name part of a word, and whether the word must close its run ("Russia's",
    "Hmeimim-based")."""
    if word.endswith(_POSSESSIVE):
        return word[:-2], True
    match = _ADJECTIVE_SUFFIX.search(word)
    if match:
        return word[: match.start()], True
    return word, False
