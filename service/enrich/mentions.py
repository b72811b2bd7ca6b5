"""Candidate name mentions: capitalised runs split into persons, organizations and places.

A run is a maximal sequence of capitalised words (with name particles such as al-/bin/de/van and
"of the" inside). Each run is cut into a role ("Russian Defense Minister") and a name, and the name
is classified by the curated lexicons and the gazetteer: titles make persons, organization words
("Army", "Ministry of") make organizations, gazetteer hits and facility words make places. What no
rule decides stays `UNKNOWN` for coreference (`entities.py`) to settle.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice, pairwise

from service.alternation import trie_alternation
from service.enrich.acronyms import DEFINED, expansion
from service.enrich.gazetteer import CITY, Gazetteer, is_major
from service.enrich.lexicon import Lexicons
from service.enrich.tokens import OPENING_MARKS, POSSESSIVE, SENTENCE_END, Token, tokenize

PERSON, ORGANIZATION, LOCATION = "person", "organization", "location"
UNKNOWN, ROLE, NATIONALITY, OTHER = "unknown", "role", "nationality", "other"
HEADLINE, DATELINE = -2, -1  # segment numbers; body paragraphs are numbered from 0

_PARTICLE_WORD = re.compile(
    r"^(?:(?i:al|el|as|ash|ad|an|ar|at|az|ul|bin|ibn|abu|bani)-\w|d['’][A-Z])"
)
_JOINERS = frozenset(("of", "the", "for"))
_OF_FOR = frozenset(("of", "for"))
_PLACE_PREPOSITIONS = frozenset(("to", "in"))  # "Ambassador to Kuwait", "envoy in Oman"
_PLACE_OF = frozenset(("of", "de", "du", "di"))  # "the mayor of X", "le syndic de X"
_PORTFOLIO = re.compile(r" (?:of|for) (?!the )\w")  # "Minister for Culture"
# an article between "of" and a name ("Committee for the Peaceful Reunification")
_ARTICLES = {"of": ("the",), "for": ("the",), "de": ("la", "los", "las")}
# a stock ticker in brackets: "(GE.N)", "(7011.T)", "(SIEGn.DE)"
_TICKER = re.compile(r"\(\s*[A-Z0-9]{1,6}[a-z]?\.[A-Z]{1,3}\s*\)")
_OWNER = re.compile(r"^([^'’]+)['’]s ")  # "Lebanon's National News Agency"
_ADJECTIVE_SUFFIX = re.compile(
    r"-(?:based|led|backed|born|made|controlled|held|run|bound|era|style|owned|linked|affiliated|"
    r"sponsored|supported|funded|occupied)$"
)
_ROMAN = re.compile(r"^(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3})$")
_ACRONYM = re.compile(r"^(?:[A-Z]\.){2,}$|^[A-Z][A-Z0-9&]{1,6}$")
# "TurkStat", "CityUK": a capital inside a word is a brand's, not a person's ("McKay", "DeSoto")
_CAMEL_CASE = re.compile(r"^(?!Ma?c|De|Di|Da|Du|La|Le|Lo|Van|Von)[A-Z][a-z]{2,}[A-Z]\w*$")


def _letter_class(*spans: tuple[str, str]) -> str:
    """A regex character class of the word characters (letters) in the given ranges: "×" and
    the Greek numeral signs sit among capitals in Unicode but start no name."""
    letters = [
        chr(c) for lo, hi in spans for c in range(ord(lo), ord(hi) + 1) if re.match(r"\w", chr(c))
    ]
    ranges: list[list[str]] = []
    for letter in letters:
        if ranges and ord(letter) == ord(ranges[-1][1]) + 1:
            ranges[-1][1] = letter
        else:
            ranges.append([letter, letter])
    return "[" + "".join(lo if lo == hi else f"{lo}-{hi}" for lo, hi in ranges) + "]"


_CAPITAL_CLASS = _letter_class(
    ("A", "Z"), ("\u00c0", "\u00de"), ("\u0100", "\u024f"), ("\u0370", "\u04ff")
)
# A capitalised region: capitalised words (or "al-Assad", "U.S.", "Mr.") with name particles and
# "of the" between them; a superset of the runs, cut exactly by the token rules below. The word
# lists are prefix tries (`trie_alternation`): no two of their words match at one place, so the
# order they are tried in changes nothing but speed.
_HONORIFICS = (  # before a "."
    "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Gen", "Col", "Lt", "Sgt", "Capt", "Maj", "Sen",
    "Gov", "M",
)  # fmt: skip
_HYPHEN_PARTICLES = frozenset(
    ("al", "el", "as", "ash", "ad", "an", "ar", "at", "az", "ul", "bin", "ibn", "abu", "bani")
)
_CAPITALISED = (
    rf"(?:[A-Z]\.){{2,}}|{trie_alternation(_HONORIFICS)}\."
    rf"|(?:{trie_alternation(_HYPHEN_PARTICLES)}-|d['’])?"
    rf"{_CAPITAL_CLASS}\w*(?:[-'’]\w+)*(?:(?<=s)['’](?!\w))?"
)
_JOINER_WORDS = trie_alternation(
    (
        "of", "the", "for", "and", "in", "&", "de", "di", "da", "du", "des", "del", "della", "der",
        "den", "van", "von", "dos", "das", "la", "le", "los", "las", "y", "al", "el", "bin", "bint",
        "ibn", "abu",
    )
)  # fmt: skip
_REGION = re.compile(rf"\b(?:{_CAPITALISED})(?:\s+(?:{_JOINER_WORDS}\s+)*(?:{_CAPITALISED}))*")
# Every region starts at a capital letter or at the name particle glued to one ("al-Assad").
# `_REGION_AT_CAPITAL` is `_REGION` without that particle, written to start with a character class
# (the regex engine skips straight to candidates) and `\b` spelt out after it: searching with it,
# then trying `_REGION` at the particle only, is several times faster than `_REGION.finditer`.
# The honorifics' tails are tried only before a near full stop (most capitals start a longer
# word).
_HONORIFIC_TAILS = "|".join(f"(?<={h[0]}){h[1:]}\\." for h in _HONORIFICS)
_REGION_AT_CAPITAL = re.compile(
    rf"{_CAPITAL_CLASS}(?<!\w.)"
    rf"(?:(?<=[A-Z])\.(?:[A-Z]\.)+|(?=[a-z]{{0,3}}\.)(?:{_HONORIFIC_TAILS})"
    rf"|\w*(?:[-'’]\w+)*(?:(?<=s)['’](?!\w))?)"
    rf"(?:\s+(?:{_JOINER_WORDS}\s+)*(?:{_CAPITALISED}))*"
)
_PARTICLE_MARKS = frozenset("-'’")  # what glues a particle to a capital ("al-", "d'")
_NO_CONTEXT = (None, None, None, None)
_UNICASE_SCRIPT = re.compile(r"[\u0600-\u06FF]")
_UNICASE_WORD = re.compile(r"[\u0621-\u064A\u0671-\u06D3]+")
_LATIN_CAPITAL = re.compile(r"[A-Z]")
_ARABIC_PREFIXES = frozenset("وبلف")
_BRACKETED = re.compile(r"[(\[]([^)\]]*)[)\]]")
_LIST_GLUE = re.compile(r"\s*(?:,|,?\s+and|&)\s*")
_FRENCH_WORD = "[a-zàâçéèêëîïôûùüÿœ]+"  # a lower-case French word
# A French article as a whole word ("while " and "Israel's" hold none): one search with a
# literal start scans a paragraph in less than half the time of four substring tests.
_FRENCH_ARTICLE = re.compile(r" l(?:a |e |['’])")
_ARTICLE_NOUN = re.compile(r"\b(?:l['’]|la |le )([a-zéè]+)((?: [a-zàâçéèêëîïôûù]+){1,2})\b")
_INSTITUTION_OF = re.compile(
    rf"\b({_FRENCH_WORD}) (?:de l['’]|de la |du |des |de |d['’])[A-ZÀ-Ý][\w-]*"
)
# After a French institution word: optional "des"/"de la"/"du"/"d'" and one lower-case word.
_LOWERCASE_TAIL = re.compile(rf"(?:\s+(?:des|de la|du|de|d['’]))?\s*({_FRENCH_WORD})\b")
_CLOSING = {"(": ")", "[": "]", "‘": "’", "“": "”", '"': '"', "'": "'", "«": "»"}
# Capitalised regions read per paragraph: prose has a few dozen; past this it is a list, a table
# or hostile input, and the cost must stay bounded.
MAX_REGIONS = 300
# Analysed regions remembered across texts: names and their contexts repeat across a news stream.
MEMO_REGIONS = 20_000
_CONTEXT_AFTER = 30
_CONTEXT_BEFORE = 40  # characters read back for the token before a region
_OPENERS = SENTENCE_END | OPENING_MARKS | frozenset(":;")  # a sentence or quotation opens after
_NOT_IN_WORD = re.compile(r"[^\w'’-]|_")  # ends the word before a region, read backwards
# "counties of" before a list: searched in the text before it, from word starts only and with no
# backtracking into the word (the same match, several times faster)
_LAST_NOUN = re.compile(r"(?<!\w)(\w++)(?:\s+of(?:\s+the)?)?\s*[,:]?\s*$")
_FIRST_WORD = re.compile(r"\s*(\w+)")  # "districts" after a list
_COMMON_WORD_LENGTH = 8  # shorter words with those endings may be names ("Clement")
# ", head of the Water Bureau," after a name: a lower-case phrase closed by a comma or full stop
_APPOSITIVE = re.compile(r",\s+(?:(?:the|a|an)\s+)?([a-z][^,;:.()“”\"«»]{2,80}?)\s*(?=[,.;])")
# ", the North's evening paper," after a name: what the aside calls it is its last word
_DESCRIBED = re.compile(r",\s+(?:the|a|an)\s+[^,;:.()“”\"«»]{0,40}?\b(\w+)\s*(?=[,.;])")
_TWO_WORDS = re.compile(r"\s+(\w+)\s+(\w+)\b")  # "provincial government" after a name
_NON_SPACE = re.compile(r"\S+")  # characters tokenised after a region (for "X base", "X said")


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
    alias_of: str | None = None  # "PHP" printed in brackets after "People's Harmony Party"
    context_location: bool = False  # "in X", "X base": a place when nothing else decides


@dataclass(slots=True)
class _Run:
    words: list[str]
    tokens: list[Token]
    before: Token | None
    after: Token | None
    next_word: Token | None
    earlier: Token | None  # the token before `before` ("city" of "the city of X")


# A piece of an analysed region: the fields of its `Mention` but the segment, with offsets from
# the region's start (a tuple: a memo hit builds the mention in one constructor call).
_Template = tuple[str, str, int, int, str | None, str | None, str | None, bool, str | None, bool]
# A run of a region as the rules see it: the text of the token before it and that token's offset
# from the region's start, the text of the token after it, and its classified pieces.
_Analysed = tuple[str | None, int, str | None, list[_Template]]
# What the memo holds for a lone word whose analysis depends on its neighbours.
_IN_CONTEXT: list[_Analysed] = []


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
        self._landmark = words["landmark"]
        self._event = words["event"]
        self._generic = words["generic"] | lexicons.function_words
        # capitals spelling a function word ("FROM", "WHERE") are shouting or code, no acronym
        self._not_acronym = words["notacronym"] | lexicons.function_words
        self._context = lexicons.context_words
        self._unicase_org_heads = words["unicase"]
        self._lowercase_tailed = words["lowercasetail"]
        self._word_endings = tuple(self._context["word_ending"])
        self._inner_words = _JOINERS | self._context["particle"]  # "of", "du", "al" in a name
        self._trailing_joiners = self._inner_words | {"and"}  # never end a run
        self._acronym_joiners = self._trailing_joiners | self._context["connective"]
        titles = lexicons.title_heads | lexicons.title_modifiers | lexicons.honorifics
        self._not_name = titles | set().union(*words.values())
        self._not_name_plural = frozenset(f"{word}s" for word in self._not_name)  # "Governors"
        self._memo: dict[tuple[object, ...], list[_Analysed]] = {}

    def forget(self) -> None:
        """Drop the analysed regions remembered from earlier texts."""
        self._memo.clear()

    def find(self, text: str, segment: int) -> list[Mention]:
        """Every mention in `text` (one headline, dateline place or body paragraph)."""
        # a Latin capital, when there is one, is found within a few characters: test it first
        if not text.isascii() and not _LATIN_CAPITAL.search(text) and _UNICASE_SCRIPT.search(text):
            return self.find_unicase(text, segment)
        mentions: list[Mention] = []
        waiting: Mention | None = None  # a role alone, waiting for the name it introduces
        for before, before_start, after, pieces in self._region_pieces(text, segment):
            if before == "(":
                self._mark_bracketed_alias(before_start, pieces, mentions)
            if waiting is not None:
                if self._lists_portfolio(waiting, before, after, pieces):
                    # "Minister for Culture, Tourism and Civil Aviation, Ana Vale": the list is
                    # the portfolio, and the name still waits after it
                    waiting.role = text[waiting.start : pieces[-1].end]
                    continue
                if before in (",", ")") and pieces and pieces[0].kind in (PERSON, UNKNOWN):
                    # "Russian President, Vladimir Putin", "Minister of State (...) Arjun Mehra"
                    mentions = [m for m in mentions if m is not waiting]
                    pieces[0].kind = PERSON
                    pieces[0].role = pieces[0].role or waiting.role
                    waiting = None
                elif not (pieces and all(p.kind == OTHER for p in pieces)):
                    waiting = None  # only a bracketed aside may come between a role and its name
            if pieces and pieces[-1].kind == ROLE and after is not None:
                waiting = pieces[-1] if after in (",", "(") else None
            mentions.extend(pieces)
        # lists change only names still unknown or read by their shape alone
        if len(mentions) > 1 and any(m.kind == UNKNOWN or m.by_shape for m in mentions):
            lists = _lists(text, mentions)
            _coordinated_places(text, lists, self._context["locative"])
            _coordinated_people(lists)
        self._appositive_roles(text, mentions)
        if "(" in text:
            mentions = self._defined_acronyms(text, _listed_companies(text, mentions), segment)
        if _FRENCH_ARTICLE.search(text):
            mentions.extend(self._lowercase_national_institutions(text, segment))
        return mentions

    @staticmethod
    def _lists_portfolio(
        role: Mention, before: str | None, after: str | None, pieces: list[Mention]
    ) -> bool:
        """Whether a run goes on listing the portfolio of a role that waits for its name: the
        role ends in "for"/"of" and a field, and the run sits between list commas or closes
        the list with "and"."""
        if before is None or not pieces or not _PORTFOLIO.search(role.role or ""):
            return False
        if any(p.kind == PERSON for p in pieces):
            return False  # "Director of Bilateral Affairs, Ana Vale, said": the name itself
        inside = before == "," and after in (",", "and")
        return inside or (before.lower() == "and" and after == ",")

    def _owner_place(self, mention: Mention) -> Mention | None:
        """The country owning an organization ("Lebanon" of "Lebanon's National News
        Agency"): a place named in its own right."""
        owned = _OWNER.match(mention.surface) if mention.kind == ORGANIZATION else None
        if owned is None or not self._place(owned.group(1)):
            return None
        end = mention.start + len(owned.group(1))
        return Mention(owned.group(1), LOCATION, mention.segment, mention.start, end)

    def _defined_acronyms(self, text: str, mentions: list[Mention], segment: int) -> list[Mention]:
        """ "the Pacific Rim Fisheries Council (PRFC)": the words the bracketed acronym spells
        are one organization, whatever their shape made of them, and the acronym another of its
        names. A place ("United Arab Emirates (UAE)"), a role ("Chief Executive Officer (CEO)")
        or a no-entity label ("Annual Report (AR)") spelt out keeps its own reading."""
        for match in DEFINED.finditer(text):
            span = expansion(text, match.start(), match.group(1), self._acronym_joiners)
            if span is None:
                continue
            start, end = span
            if text.endswith(POSSESSIVE, start, end):  # "Nationalist Congress Party’s (NCP)"
                end -= 2
            inside = [m for m in mentions if m.start < end and m.end > start]
            covering = [m for m in inside if m.start <= start and m.end >= end]
            if any(m.kind in (LOCATION, ROLE, OTHER) for m in covering) or not inside:
                continue
            name = Mention(text[start:end], ORGANIZATION, segment, start, end)
            acronym = next((m for m in mentions if m.start == match.start(1)), None)
            acronym = acronym or Mention(match.group(1), ORGANIZATION, segment, *match.span(1))
            acronym.kind, acronym.alias_of, acronym.canonical = ORGANIZATION, name.surface, None
            lead = [self._leading_nationality(text, m, start) for m in inside if m.start < start]
            kept = [m for m in mentions if m not in inside and m is not acronym]
            mentions = sorted([*kept, *filter(None, lead), name, acronym], key=_start)
        return mentions

    def _leading_nationality(self, text: str, mention: Mention, start: int) -> Mention | None:
        """ "Lebanese" of "Lebanese National News Agency (NNA)", which spells only the rest."""
        word = text[mention.start : start].strip()
        if self._demonym(word) is None:
            return None
        return Mention(word, NATIONALITY, mention.segment, mention.start, mention.start + len(word))

    def _appositive_roles(self, text: str, mentions: list[Mention]) -> None:
        """A role set off by commas after a name: "Lin Tao, head of the Water Bureau, said";
        a name read as a person by its shape is a newspaper's or an agency's when the aside
        says so ("Kurier, the capital's evening paper, said")."""
        # both asides open with a comma: one string test passes over every other name
        for mention in [
            m
            for m in mentions
            if m.kind == PERSON and m.role is None and text.startswith(",", m.end)
        ]:
            described = _DESCRIBED.match(text, mention.end) if mention.by_shape else None
            if described and described.group(1).lower() in self._context["organization_cue"]:
                mention.kind, mention.by_shape = ORGANIZATION, False
                continue
            aside = _APPOSITIVE.match(text, mention.end)
            if aside is None:
                continue
            words = aside.group(1).split()
            if any(w in self.lex.title_heads for w in words[:3]):
                mention.role = aside.group(1)

    def _lowercase_national_institutions(self, text: str, segment: int) -> list[Mention]:
        """French copy writes national institutions in lower case: "l'armée nationale malienne",
        "le gouvernement suisse" (an institution word, then adjectives ending in a
        nationality), "ministère de la Culture" (an institution word and what it is of)."""
        found = [
            Mention(match.group(), ORGANIZATION, segment, match.start(), match.end())
            for match in _INSTITUTION_OF.finditer(text)
            if match.group(1) in self._lowercase_tailed
        ]
        for match in _ARTICLE_NOUN.finditer(text):
            noun, adjectives = match.group(1), match.group(2).split()
            if noun not in self._lowercase_tailed:
                continue
            for count in (2, 1):
                if adjectives[count - 1 :] and adjectives[count - 1] in self.lex.demonyms:
                    start = match.start(1)
                    end = match.start(2) + len(" ".join(["", *adjectives[:count]]))
                    found.append(Mention(text[start:end], ORGANIZATION, segment, start, end))
                    break
        return found

    def find_unicase(self, text: str, segment: int) -> list[Mention]:
        """Mentions in a script without capitals (Arabic): gazetteer places and organizations
        led by an organization word ("وزارة الدفاع"), each word also tried without a one-letter
        prefix (و "and", ب "in", ل "to")."""
        mentions: list[Mention] = []
        words = list(_UNICASE_WORD.finditer(text))
        for i, match in enumerate(words):
            word, start = match.group(), match.start()
            known = word in self._unicase_org_heads or self.gazetteer.lookup(word)
            if len(word) > 3 and word[0] in _ARABIC_PREFIXES and not known:
                bare, start = word[1:], start + 1
            else:
                bare = word
            if bare in self._unicase_org_heads and i + 1 < len(words):
                end = words[i + 1].end()
                mentions.append(Mention(text[start:end], ORGANIZATION, segment, start, end))
            elif self.gazetteer.lookup(bare):
                end = match.end()
                mentions.append(Mention(bare, LOCATION, segment, end - len(bare), end))
        return mentions

    def find_dateline(self, place: str) -> list[Mention]:
        """The dateline place is a location whatever it looks like ("MAPLETON"); bracketed
        parts ("PORT AVERY (Norland)") are read as text, and a place after a comma is a place
        of its own."""
        main = _BRACKETED.sub("", place).strip(" ,-–")
        parts = [part.strip() for part in main.split(",")]
        if not all(self._place(part) for part in parts[1:]):
            parts = [main]  # "PORT AVERY, Norland" is two places, "Washington, D.C." one
        mentions = []
        for part in filter(None, parts):
            start = place.find(part)
            mentions.append(Mention(part, LOCATION, DATELINE, start, start + len(part)))
        for inner in _BRACKETED.finditer(place):
            mentions.extend(self.find(inner.group(1), DATELINE))
        return mentions

    def _extend_lowercase_name(
        self, text: str, run: _Run, pieces: list[Mention], segment: int
    ) -> None:
        """Names that go on in lower case: "the Trump administration" (an organization, not
        the man), "the Tribuna newspaper" (a title, not a person) and French institutions ("Cour
        de cassation", "Conseil régional")."""
        if len(pieces) != 1 or len(run.words) != 1 or run.after is None:
            return
        piece, after = pieces[0], run.after
        named = piece.kind in (PERSON, UNKNOWN, LOCATION)
        nouns = self._context["government_noun"]
        levelled = _TWO_WORDS.match(text, piece.end, piece.end + _CONTEXT_AFTER)
        if named and after.text in nouns:
            start, end = piece.start, after.end
            pieces[0] = Mention(text[start:end], ORGANIZATION, segment, start, end)
        elif piece.kind in (PERSON, UNKNOWN) and after.text in self._context["organization_cue"]:
            piece.kind, piece.by_shape = ORGANIZATION, False  # "Granada Diario newspaper"
        elif (
            named
            and levelled is not None
            and levelled.group(1) in self._context["government_level"]
            and levelled.group(2) in nouns
        ):  # "the Norland provincial government"
            start, end = piece.start, levelled.end()
            pieces[0] = Mention(text[start:end], ORGANIZATION, segment, start, end)
        elif run.words[0].lower() in self._lowercase_tailed:
            tail = _LOWERCASE_TAIL.match(text, piece.end)
            if tail is not None and tail.group(1).lower() not in self.lex.function_words:
                end = tail.end()
                pieces[0] = Mention(
                    text[piece.start : end], ORGANIZATION, segment, piece.start, end
                )

    def _shape_context(self, run: _Run, pieces: list[Mention]) -> None:
        """A name known by its shape only is a place after "in"/"near" or "the city of" ("in
        Velika Brda") or before a facility word ("Velika Brda memorial"), and no one's name
        when quoted or bracketed alone ("(Blue Ribbon)")."""
        if len(pieces) != 1 or not pieces[0].by_shape or run.before is None:
            return
        before = run.before.text.lower()
        after = run.after.text if run.after is not None else ""
        earlier = run.earlier.text if run.earlier is not None and before == "of" else ""
        if (
            before in self._context["place_preposition"]
            or earlier in self._context["locative"]
            or after.lower() in self._facility  # "at Velika Brda memorial"
        ):
            pieces[0].kind = LOCATION
        elif before in _CLOSING and after == _CLOSING[before]:
            pieces[0].kind = OTHER

    # -- runs ---------------------------------------------------------------------------------

    def _is_name_word(self, token: Token) -> bool:
        text = token.text
        if not token.is_word:
            return False
        if text[0].isupper():
            low = text.lower()
            if token.sentence_start and low in self.lex.function_words:
                return False
            if token.sentence_start and low.endswith("ing") and low in self.lex.reporting_verbs:
                return False  # "Stressing Iran's role, ...": a participle opens the sentence
            return low not in self.lex.weekdays and low not in self.lex.months
        return bool(_PARTICLE_WORD.match(text))

    def _region_pieces(
        self, text: str, segment: int
    ) -> Iterator[tuple[str | None, int, str | None, list[Mention]]]:
        """For each run of each capitalised region of `text`: the text of the token before the
        run and where it starts, the text of the token after it, and the run's classified
        pieces. Only the regions (and a few words of context around them) are tokenised: most
        of a paragraph is lower-case and skipped by one regex pass."""
        memo = self._memo
        for region in islice(_regions(text), MAX_REGIONS):
            start = region.start()
            word = region.group()
            # the text before the region is read back once, for whether the region opens a
            # sentence and for the token before it
            lo = start - _CONTEXT_BEFORE if start > _CONTEXT_BEFORE else 0
            head = text[lo:start].rstrip()
            opens = _opens_sentence(head, lo, start)
            analysed = memo.get((word, opens))
            if analysed is None and " " not in word:
                # a lone word's analysis, or the mark that it needs its context, is remembered
                # by the word alone: most regions are lone words
                in_context = not self._needs_no_context(word, opens)
                analysed = _IN_CONTEXT if in_context else self._analyse_lone_word(word)
                self._remember((word, opens), analysed)
            if analysed is None or analysed is _IN_CONTEXT:
                token = _last_token(head, lo)
                analysed = self._analysed_in_context(text, start, word, opens, token)
            for before, offset, after, templates in analysed:
                # one constructor call per piece, in a plain loop (a comprehension is a call of
                # its own, and most runs hold one piece): this runs for every mention of every text
                pieces = []
                for s, kind, a, b, r, c, p, y, al, cl in templates:
                    pieces.append(
                        Mention(s, kind, segment, a + start, b + start, r, c, p, y, al, cl)
                    )
                yield before, start + offset, after, pieces

    def _remember(self, key: tuple[object, ...], analysed: list[_Analysed]) -> None:
        if len(self._memo) >= MEMO_REGIONS:
            self._memo.clear()
        self._memo[key] = analysed

    def _analyse_lone_word(self, word: str) -> list[_Analysed]:
        """A lone word no context changes: a nationality ("Syrian") is one, a weekday, a month
        or a sentence-opening function word ("The") none."""
        if self._demonym(word) is None:
            return []
        run = _Run([word], [Token(word, 0, len(word), True, False)], *_NO_CONTEXT)
        return [(None, 0, None, [_template(m, 0) for m in self._pieces(word, run, 0)])]

    def _analysed_in_context(
        self, text: str, start: int, word: str, opens: bool, token: tuple[str, int] | None
    ) -> list[_Analysed]:
        """The runs of the region `word` at `start` read with the tokens around it (`token` is
        the one before it), remembered by everything the analysis reads: the region's words,
        whether it opens a sentence, the tokens before it (one, or two after "of": "the city of
        X") and where the last of them starts, and the few characters after it that are
        tokenised as context."""
        end = start + len(word)
        earlier = None
        if token is not None and token[0].lower() == "of":  # "the city of X"
            earlier = _token_before(text, token[1])
        key = (
            word,
            opens,
            token[0] if token is not None else None,
            earlier[0] if earlier is not None else None,
            start - token[1] if token is not None else 0,
            text[end : end + _CONTEXT_AFTER],
        )
        analysed = self._memo.get(key)
        if analysed is None:
            before = [t for t in (earlier, token) if t is not None]
            analysed, exact = self._analyse_region(text, start, word, opens, before)
            if exact:
                self._remember(key, analysed)
        return analysed

    def _analyse_region(
        self, text: str, start: int, word: str, opens: bool, before: list[tuple[str, int]]
    ) -> tuple[list[_Analysed], bool]:
        """The runs of one region, with offsets relative to its start, and whether the result
        depends only on what the memo key holds (a French institution word reads on into the
        lower-case text after it)."""
        end = start + len(word)
        # a region is whitespace-separated words by construction: no tokeniser needed
        tokens = [
            Token(m.group(), start + m.start(), start + m.end(), m.group()[0].isalnum(), False)
            for m in _NON_SPACE.finditer(word)
        ]
        tokens[0].sentence_start = opens
        after = tokenize(text[end : end + _CONTEXT_AFTER], end, limit=3)
        context = [Token(w, at, at + len(w), w[-1].isalnum(), False) for w, at in before]
        lo = len(before)
        analysed: list[_Analysed] = []
        exact = True
        for run in self._runs([*context, *tokens, *after], lo, lo + len(tokens)):
            exact = exact and run.words[0].lower() not in self._lowercase_tailed
            pieces = [_template(m, start) for m in self._pieces(text, run, 0)]
            run_before = run.before.text if run.before is not None else None
            offset = run.before.start - start if run.before is not None else 0
            analysed.append((run_before, offset, run.after.text if run.after else None, pieces))
        return analysed, exact

    def _pieces(self, text: str, run: _Run, segment: int) -> list[Mention]:
        """A run cut into role and name pieces, classified with their context."""
        pieces = self._split(run, segment)
        self._shape_context(run, pieces)
        self._extend_lowercase_name(text, run, pieces, segment)
        owner = self._owner_place(pieces[-1]) if pieces else None
        return [*pieces[:-1], owner, pieces[-1]] if owner else pieces

    def _needs_no_context(self, word: str, opens: bool) -> bool:
        """A lone word whose analysis cannot depend on its neighbours: a nationality, a weekday
        or month, or a function word opening a sentence ("The", "He")."""
        low = word.lower()
        if self._demonym(word) is not None or low in self.lex.weekdays or low in self.lex.months:
            return True
        return low in self.lex.function_words and opens

    def _runs(self, tokens: list[Token], lo: int, n: int) -> list[_Run]:
        """Runs within tokens[lo:n] of a token window (the rest is context)."""
        runs: list[_Run] = []
        i = lo
        while i < n:
            if not self._is_name_word(tokens[i]):
                i += 1
                continue
            start = i
            words: list[str] = []
            run_tokens: list[Token] = []
            while i < n:
                token = tokens[i]
                if self._is_name_word(token) or (words and self._month_in_name(tokens, i)):
                    word, closes = _clean(token.text)
                    i += 1
                    org = closes and self._continues_as_org(tokens, i)
                    words.append(token.text if org else word)  # "People's Harmony Party"
                    run_tokens.append(token)
                    if closes and not org:
                        break
                elif self._joins(tokens, i, words):
                    words.append(token.text)
                    run_tokens.append(token)
                    i += 1
                else:
                    break
            while words and words[-1].lower() in self._trailing_joiners:
                words.pop()
                run_tokens.pop()
            # "by The National Fund": "The" is not part of a name ("The Hague" is)
            if len(words) > 1 and words[0] == "The" and not self._place(" ".join(words)):
                del words[0], run_tokens[0]
                start += 1
            if words:
                after = tokens[i] if i < len(tokens) else None
                next_word = next((t for t in tokens[i : i + 3] if t.is_word), None)
                before = tokens[start - 1] if start > 0 else None
                earlier = tokens[start - 2] if start > 1 else None
                runs.append(_Run(words, run_tokens, before, after, next_word, earlier))
        return runs

    def _month_in_name(self, tokens: list[Token], i: int) -> bool:
        """A month's name inside a running name is a name ("Theresa May", "Minister Jan
        Novak"), unless a day number follows ("Monday, May 5")."""
        token = tokens[i]
        if not token.text[0].isupper() or token.text.lower() not in self.lex.months:
            return False
        return i + 1 >= len(tokens) or not tokens[i + 1].text[0].isdigit()

    def _joins(self, tokens: list[Token], i: int, words: list[str]) -> bool:
        """A lower-case joiner inside a run: "Chief of Staff", "Gazette de Valmont"; "and" and
        "in" only inside an organization name ("Parks and Wildlife Board")."""
        low = tokens[i].text.lower()
        if not words or i + 1 >= len(tokens):
            return False
        follower = tokens[i + 1]
        if follower.text.lower() in _ARTICLES.get(low, ()) and i + 2 < len(tokens):
            follower = tokens[i + 2]  # "of the", "de los"
        if not self._is_name_word(follower):
            return low in _ARTICLES.get(tokens[i - 1].text.lower(), ())
        if low in _JOINERS or low in self._context["particle"]:
            return True
        if low == "in":  # "Monitoring Mission in Chad", "Embassy in Lima"
            return words[-1].lower() in self._org_suffix and self._place(follower.text)
        if low == "and" and self._place(f"{words[-1]} and {follower.text}"):
            return True  # "Trinidad and Tobago", "Bosnia and Herzegovina"
        of = next((k for k in range(len(words) - 1, 0, -1) if words[k].lower() in _OF_FOR), 0)
        if low == "and" and of and "and" not in words[of:]:
            # a portfolio of two: "Minister for Information and Broadcasting", "Minister of
            # Natural Resources and Environment"
            # "Minister of State for Public Works and Housing": a title, then its portfolio
            head = words[of - 1]
            if of > 2 and words[of - 2].lower() in _OF_FOR and self._heads_role(words[of - 3]):
                head = words[of - 3]
            return self._heads_role(head) or head.lower() in self._org_suffix
        # "Red Army and Red Fleet": two organizations when the first is complete already
        complete = (
            words[-1].lower() in self._org_suffix
            or _ACRONYM.match(words[-1]) is not None
            or " ".join(words) in self.lex.org_aliases
        )
        return low in ("and", "&") and not complete and self._continues_as_org(tokens, i + 1)

    def _continues_as_org(self, tokens: list[Token], i: int) -> bool:
        """Whether the capitalised words from `i` reach an organization word before any title
        ("Chile's Foreign Ministry Spokesman ...", "Parks and Wildlife Board")."""
        while i < len(tokens) and self._is_name_word(tokens[i]):
            low = tokens[i].text.lower()
            if low in self._org_suffix:
                return True
            if low in self.lex.title_heads:
                return False
            i += 1
        return False

    # -- classification -------------------------------------------------------------------------

    def _split(self, run: _Run, segment: int) -> list[Mention]:
        """Cut a run into an optional role and a name, and classify each part."""
        words = run.words
        if len(words) > 1 and self._place(" ".join(words)):
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
        while k > 0 and (self._plain_name(words[k - 1]) or self._inner_honorific(words, k)):
            k -= 1
        while 0 < k < len(words) and words[k - 1].lower() == "and":
            k += 1  # "Minister for Information and Broadcasting Lena Dahl": the portfolio's
        # "Special Envoy for Yemen Anna Brandt": the place after "for" is the role's
        while 0 < k < len(words) - 2 and words[k - 1].lower() in _JOINERS and self._place(words[k]):
            k += 1
        # "Mayor of Lima": a role and a place, no one's name
        if (
            0 < k < len(words)
            and words[k - 1].lower() in _JOINERS
            and self._place(" ".join(words[k:]))
        ):
            named = self._name_before_place(run, k, segment)
            if named:
                return named
            k = len(words)
        prefix = words[:k]
        titled = any(self._heads_role(w) for w in prefix)
        # "Royal Malaysia Police": an honorific (no title) before an organization is its name's
        honorific = k == len(words) and words[-1].lower() in self._org_suffix
        honorific = honorific and not any(w.lower() in self.lex.title_heads for w in prefix)
        if not titled or honorific:
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

    def _name_before_place(self, run: _Run, k: int, segment: int) -> list[Mention]:
        """ "President Anna Berg of the Republic of Norland": a role, a name, and the place
        after "of" (empty when no name comes between the title and "of")."""
        words = run.words
        head = max((i for i in range(k) if self._heads_role(words[i])), default=-1)
        of = next((i for i in range(head + 1, k) if words[i].lower() in _JOINERS), k)
        at = of + 2 if words[of + 1].lower() == "the" else of + 1
        names = words[head + 1 : of]
        if head < 0 or not names or not all(map(self._plain_name, names)):
            return []
        if not self._place(" ".join(words[at:])):
            return []
        name = self._mention(run, head + 1, of, PERSON, segment)
        name.role = self._role_text(words[: head + 1])
        place = self._classify(run, at, len(words), segment)
        return [*self._role_parts(run, head + 1, segment), name, place]

    def _country_then_name(self, run: _Run) -> bool:
        """A country's name right after "to"/"in" and before a name of two words or more."""
        words, before = run.words, run.before
        return (
            len(words) > 2
            and before is not None
            and before.text.lower() in _PLACE_PREPOSITIONS
            and self.gazetteer.country_code(words[0]) is not None
            and all(map(self._plain_name, words[1:]))
        )

    def _name_then_country(self, run: _Run) -> bool:
        """A name, then a country in the possessive closing the run."""
        words = run.words
        return (
            len(words) > 1
            and run.tokens[-1].text.endswith(POSSESSIVE)
            and self.gazetteer.country_code(words[-1]) is not None
            and self.gazetteer.country_code(" ".join(words)) is None
            and all(map(self._plain_name, words[:-1]))
        )

    def _split_untitled(self, run: _Run, segment: int) -> list[Mention]:
        """A run without a title: one name, unless it is a person-like name followed by "of
        (the) <organization or place>" ("Lee of the Unity Party") or led by a place
        ("Lyon Marc Dubois" after a dropped comma)."""
        words, n = run.words, len(run.words)
        whole = self._classify(run, 0, n, segment)
        if "of" in words:
            cut = words.index("of")
            tail = cut + 2 if cut + 1 < n and words[cut + 1].lower() == "the" else cut + 1
            head = self._classify(run, 0, cut, segment) if cut else None
            rest = self._classify(run, tail, n, segment) if tail < n else None
            person_of = head is not None and head.kind == PERSON
            unknown_of = head is not None and head.kind == UNKNOWN and whole.kind == UNKNOWN
            if head and rest and (person_of or unknown_of) and rest.kind != UNKNOWN:
                return [head, rest]
        if whole.kind not in (PERSON, UNKNOWN):
            return [whole]
        if n > 2 and _ACRONYM.match(words[0]) and all(map(self._plain_name, words[1:])):
            # "the head of the SRSMA Kanat Djumagaziev": an organization, then a person
            person = self._mention(run, 1, n, PERSON, segment)
            person.by_shape = True
            return [self._classify(run, 0, 1, segment), person]
        if n > 2 and _ACRONYM.match(words[-1]) and words[-2].lower() in self._org_suffix:
            # "the Norland News Agency NNA": the agency and its acronym, one organization
            agency = self._mention(run, 0, n - 1, ORGANIZATION, segment)
            acronym = self._mention(run, n - 1, n, ORGANIZATION, segment)
            acronym.alias_of = agency.surface
            return [agency, acronym]
        for j in range(n - 2, -1, -1):
            # "Ville de Lyon Marc Dubois"; "Kuala Terengganu Umno": a place of several words,
            # then a name of its own
            several = j > 0 and self._place(" ".join(words[: j + 1]))
            # a one-word place glued to a name only where a place is expected ("in Lyon Marc
            # Dubois", "the mayor of Lyon Marc Dubois"): "replacing Nancy Tolentino Gamarra" is
            # one woman
            lone = j < n - 2 and self._place(words[j])
            if several or (lone and (j > 0 or self._place_expected(run))):
                rest = self._classify(run, j + 1, n, segment)
                if rest.kind == PERSON or (several and rest.kind == UNKNOWN):
                    return [self._classify(run, 0, j + 1, segment), rest]
                break
        return [whole]

    def _role_parts(self, run: _Run, end: int, segment: int) -> list[Mention]:
        """Organizations and places named inside a role ("Chief of Staff of the Syrian Arab
        Army", "Peruvian Senate Speaker")."""
        parts: list[Mention] = []
        i = 0
        while i < end:
            if self._splits_role(run.words[i]):
                i += 1
                continue
            j = i
            while j < end and not self._splits_role(run.words[j]):
                j += 1
            # "President ... of the Republic of Norland": a place name may hold a joiner
            if j < end and run.words[j].lower() in _JOINERS:
                words = run.words
                j = next((k for k in range(end, j, -1) if self._place(" ".join(words[i:k]))), j)
            part = self._classify(run, i, j, segment)
            if part.kind in (ORGANIZATION, LOCATION, NATIONALITY):
                parts.append(part)
            i = j
        return parts

    def _inner_honorific(self, words: list[str], k: int) -> bool:
        """An honorific between two given names is part of the name ("Najwa Tun Rahman"):
        only a leading one is dropped."""
        low = words[k - 1].lower().rstrip(".")
        return (
            k > 1
            and k < len(words)
            and low in self.lex.honorifics
            and low not in self.lex.title_heads
            and self._plain_name(words[k - 2])
            and not self._place(words[k - 2])  # "High Commissioner to India Sir Hugh Lane"
        )

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

    def _heads_role(self, word: str) -> bool:
        low = word.lower().rstrip(".")
        return low in self.lex.title_heads or low in self.lex.honorifics

    def _place(self, word: str) -> bool:
        return bool(self.gazetteer.lookup(word))

    def _plain_name(self, word: str) -> bool:
        if _ROMAN.match(word):  # "Henry IV"
            return True
        low = word.lower().rstrip(".")
        if low in _JOINERS or low == "and" or low in self._not_name or _ACRONYM.match(word):
            return False
        if low in self._not_name_plural:
            return False
        return self._demonym(word) is None and not self._common_word(low)

    def _demonym(self, word: str) -> str | None:
        """The country code of a nationality word or its plural ("" for "European"), else
        None."""
        low = word.lower()
        code = self.lex.demonyms.get(low)
        if code is None and low.endswith("s"):
            code = self.lex.demonyms.get(low[:-1])
        return code

    def _classify(self, run: _Run, i: int, j: int, segment: int) -> Mention:
        words = run.words[i:j]
        text = " ".join(words)
        low = [w.lower() for w in words]
        canonical = self.lex.org_aliases.get(text)
        if canonical is None and j - i > 1 and self._demonym(words[0]) is not None:
            canonical = self.lex.org_aliases.get(" ".join(words[1:]))  # "Russian Interfax"
            i = i + 1 if canonical is not None else i
        if canonical is not None:
            mention = self._mention(run, i, j, ORGANIZATION, segment)
            mention.canonical = canonical
            return mention
        before = run.before.text.lower() if run.before is not None and i == 0 else ""
        if before in self._context["organization_cue"] and j == len(
            run.words
        ):  # "newspaper Kurier"
            return self._mention(run, i, j, ORGANIZATION, segment)
        places = self.gazetteer.lookup(text)
        if places and j - i == 1 and run.tokens[i].sentence_start and not is_major(places[0]):
            places = []  # "Police said ...": a small town's name opening a sentence is a word
        if text in self.lex.place_aliases or places:
            speaks = j == len(run.words) and self._acts(run.next_word)
            metonymy = speaks and places and places[0].kind == CITY and is_major(places[0])
            # "Washington said" / "Moscow warned": the government seated there, not the city
            return self._mention(run, i, j, ORGANIZATION if metonymy else LOCATION, segment)
        kind, place_kind = self._kind_by_words(words, low)
        if kind == UNKNOWN and len(words) > 1 and before in self.lex.title_heads:
            kind = PERSON  # "the party leader Lee Min Un": a title in lower case names a person
        elif kind == PERSON and before in _ARTICLES["of"]:
            kind = UNKNOWN  # "the Greater Homeland": an article before a name makes it no one's
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
        if len(words) > 2 and low[0] in self._region and low[1] in self._inner_words:
            return LOCATION, "region"  # "Gulf of Aden", "Provinces of the North"
        if len(words) > 1 and low[0] in self._landmark and self._plain_name(words[1]):
            return LOCATION, "region"  # "Mount Kenya", "Lake Chad"
        if len(words) > 1 and (
            low[-1] in self._org_suffix
            or any(w in self._org_prefix for w in low[:-1])
            or self._branch_of(words, low)
        ):  # "... Army", "Ministry of ...", "Regional Branch of the Red Cross"
            return ORGANIZATION, None
        if low[-1] in self._event or low[0] in self._event:
            return OTHER, None
        if len(words) > 1 and len(words[-1]) == 1 and words[-1].isupper():
            return OTHER, None  # a label ("Category C", "Annex B"), no one's name
        if len(words) == 1:
            if self._demonym(words[0]) is not None:
                return NATIONALITY, None
            if low[0].endswith("s") and low[0][:-1] in self.lex.title_heads:
                return OTHER, None  # "Governors": a title in the plural names no one
            acronym = _ACRONYM.match(words[0]) and self._acronym(words[0])
            if acronym or _CAMEL_CASE.match(words[0]):
                return ORGANIZATION, None
            return UNKNOWN, None
        if (
            all(self._plain_name(w) for w in words)
            and not any(w in self._generic for w in low)
            and not any(map(self._common_word, low))
        ):
            return PERSON, None
        return UNKNOWN, None

    def _common_word(self, low: str) -> bool:
        return len(low) >= _COMMON_WORD_LENGTH and low.endswith(self._word_endings)

    def _branch_of(self, words: list[str], low: list[str]) -> bool:
        """An organization word, "of" or "for", and a name that is not a place: "Regional
        Branch of the Red Cross" and "Committee for the Protection of Journalists" are one
        organization ("Government of Peru" is a government and a place)."""
        joiner = next((k for k in range(1, len(low) - 1) if low[k] in _OF_FOR), None)
        if joiner is None or low[joiner - 1] not in self._org_suffix:
            return False
        tail = words[joiner + 1 :]
        tail = tail[1:] if tail[0].lower() == "the" and len(tail) > 1 else tail
        return not self._place(" ".join(tail))

    def _acts(self, word: Token | None) -> bool:
        low = word.text.lower() if word is not None else ""
        return low in self.lex.reporting_verbs or low in self._context["government_verb"]

    def _acronym(self, word: str) -> bool:
        """Capitals that name an organization: three letters or more, not a time zone or unit."""
        letters = word.replace(".", "")
        return len(letters) >= 3 and letters.lower() not in self._not_acronym

    def _place_expected(self, run: _Run) -> bool:
        before = run.before.text.lower() if run.before is not None else ""
        return before in _PLACE_OF or self._locative_context(run, 0)

    def _locative_context(self, run: _Run, i: int) -> bool:
        before = run.before.text.lower() if run.before is not None and i == 0 else ""
        after = run.next_word.text.lower() if run.next_word is not None else ""
        adjective = _ADJECTIVE_SUFFIX.search(run.tokens[-1].text) is not None
        earlier = run.earlier.text if run.earlier is not None and before == "of" else ""
        return (
            before in self._context["locative_preposition"]
            or earlier in self._context["locative"]  # "the village of X"
            or after in self._context["locative"]
            or adjective
        )

    def _mention(self, run: _Run, i: int, j: int, kind: str, segment: int) -> Mention:
        surface = " ".join(run.words[i:j])
        return Mention(surface, kind, segment, run.tokens[i].start, run.tokens[j - 1].end)

    def _mark_bracketed_alias(
        self, bracket: int, pieces: list[Mention], previous: list[Mention]
    ) -> None:
        """`People's Harmony Party (PHP)`: the bracketed acronym (its bracket at `bracket`) is
        another name of what it follows (and names nothing when that is not an organization:
        "... Report (CFMR)")."""
        if (
            len(pieces) == 1
            and pieces[0].kind == ORGANIZATION
            and _ACRONYM.match(pieces[0].surface)
            and previous
            and previous[-1].end + 3 >= bracket
        ):
            if previous[-1].kind == ORGANIZATION:
                pieces[0].alias_of = previous[-1].canonical or previous[-1].surface
            elif previous[-1].kind == OTHER:
                pieces[0].kind = OTHER


def _lists(text: str, mentions: list[Mention]) -> list[list[Mention]]:
    """Runs of two or more mentions joined by commas and "and" ("A, B, C and D")."""
    lists = []
    group = mentions[:1]
    for previous, mention in pairwise(mentions):
        if _LIST_GLUE.fullmatch(text, previous.end, mention.start) is not None:
            group.append(mention)
            continue
        if len(group) >= 2:
            lists.append(group)
        group = [mention]
    if len(group) >= 2:
        lists.append(group)
    return lists


def _coordinated_people(lists: list[list[Mention]]) -> None:
    """In a list of three or more names of which one is a person ("Alvarez, Bruno Costa,
    Duarte and Ferreira"), lone unknown names are people too."""
    for group in lists:
        if len(group) > 2 and any(m.kind == PERSON for m in group):
            for member in group:
                if member.kind == UNKNOWN and " " not in member.surface:
                    member.kind = PERSON


def _coordinated_places(text: str, lists: list[list[Mention]], locatives: frozenset[str]) -> None:
    """A list of names led or followed by a kind of place ("the counties of A, B and C", "A,
    B and C districts"), or half of whose names are known places, lists places: its names
    read as people by their shape alone are places."""
    for group in lists:
        # the cheap tests first: the nouns around a list are read only when they decide
        if any(m.kind == PERSON and not m.by_shape for m in group):
            continue
        known = len(group) > 2 and sum(m.kind == LOCATION for m in group) * 2 >= len(group)
        if not known and not _named_as_places(text, group, locatives):
            continue
        for member in group:
            if member.kind == UNKNOWN or member.by_shape:
                member.kind, member.by_shape = LOCATION, False


def _named_as_places(text: str, group: list[Mention], locatives: frozenset[str]) -> bool:
    """Whether a kind of place leads or follows a list ("the counties of A, B and C", "A, B
    and C districts")."""
    before = _LAST_NOUN.search(text[max(0, group[0].start - _CONTEXT_AFTER) : group[0].start])
    after = _FIRST_WORD.match(text, group[-1].end, group[-1].end + _CONTEXT_AFTER)
    nouns = [match.group(1) for match in (before, after) if match]
    return any(_singular(noun.lower()) in locatives for noun in nouns)


def _listed_companies(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Norland Power (NPW.OL)": a name before a stock ticker in brackets is a company
    (whatever its words look like: "General Electric"), and the ticker names nothing."""
    for ticker in _TICKER.finditer(text):
        inside = range(ticker.start(), ticker.end())
        mentions = [m for m in mentions if m.start not in inside]
        name: list[Mention] = []  # the pieces the rules cut the name into ("General", ...)
        end = ticker.start()
        for m in reversed(mentions):
            if m.end > end:
                continue
            if text[m.end : end].strip(" '’s" if not name else " ") != "":
                break
            name.insert(0, m)
            end = m.start
        if name:
            surface, start = " ".join(m.surface for m in name), name[0].start
            lead = text[:start].rstrip()
            if name[0].role and lead.endswith(name[0].role):  # "General" of "General Electric"
                surface, start = f"{name[0].role} {surface}", len(lead) - len(name[0].role)
            company = Mention(surface, ORGANIZATION, name[0].segment, start, name[-1].end)
            mentions = sorted([*(m for m in mentions if m not in name), company], key=_start)
    return mentions


def _start(mention: Mention) -> int:
    return mention.start


def _singular(noun: str) -> str:
    if noun.endswith("ies"):
        return f"{noun[:-3]}y"
    return noun.removesuffix("s")


def _regions(text: str) -> Iterator[re.Match[str]]:
    """The matches of `_REGION` in `text`, exactly as `_REGION.finditer(text)` finds them.

    One `finditer` of `_REGION_AT_CAPITAL` (a C-level loop rather than a `search` call per
    region); a region starting at a name particle ("al-Assad") is re-matched there, and when that
    moves its end (never in prose), the scan restarts from the new end."""
    end = pos = 0
    while True:
        for region in _REGION_AT_CAPITAL.finditer(text, pos):
            at = region.start()
            glued = None
            if at and text[at - 1] in _PARTICLE_MARKS:
                start = _particle_start(text, at)
                if start is not None and start >= end:
                    glued = _REGION.match(text, start)
            if glued is not None and glued.end() != region.end():
                yield glued
                pos = end = glued.end()
                break
            yield glued or region
            end = region.end()
        else:
            return


def _particle_start(text: str, at: int) -> int | None:
    """Where the name particle glued to the capital at `at` starts ("al-" of "al-Assad", "d'"
    of "d'Estaing"), if there is one."""
    mark = text[at - 1] if at else ""
    if mark == "-":
        for length in (4, 3, 2):
            if text[max(0, at - 1 - length) : at - 1] in _HYPHEN_PARTICLES and at - 1 >= length:
                return at - 1 - length
    elif mark in ("'", "’") and at >= 2 and text[at - 2] == "d":
        return at - 2
    return None


def _template(mention: Mention, origin: int) -> _Template:
    """What a memo keeps of a mention found in a region starting at `origin`."""
    m = mention
    return (
        m.surface,
        m.kind,
        m.start - origin,
        m.end - origin,
        m.role,
        m.canonical,
        m.place_kind,
        m.by_shape,
        m.alias_of,
        m.context_location,
    )


def _opens_sentence(head: str, lo: int, start: int) -> bool:
    """Whether position `start` opens a sentence (or a quotation): nothing but spaces in the
    three characters before it, or a sentence end or opening mark last among them. `head` is
    the text from `lo` to `start`, right-stripped."""
    return not head or lo + len(head) <= start - 3 or head[-1] in _OPENERS


def _token_before(text: str, start: int) -> tuple[str, int] | None:
    """The token just before `start` (punctuation or a word) and where it starts, if any."""
    lo = start - _CONTEXT_BEFORE if start > _CONTEXT_BEFORE else 0
    return _last_token(text[lo:start].rstrip(), lo)


def _last_token(head: str, lo: int) -> tuple[str, int] | None:
    """The last token of `head` (right-stripped text read back from a region, starting at
    `lo`) and where it starts, if any."""
    if not head:
        return None
    end = lo + len(head)
    if not head[-1].isalnum():
        return head[-1], end - 1
    word = head.rsplit(None, 1)[-1]  # str methods first: most words are letters only
    if not word.isalnum():  # "(al-Assad": the letters, digits, apostrophes and hyphens at the end
        word = _NOT_IN_WORD.split(word)[-1]
    return word, end - len(word)


def _clean(word: str) -> tuple[str, bool]:
    """The name part of a word, and whether the word must close its run ("Russia's",
    "Hmeimim-based")."""
    if word.endswith(POSSESSIVE):
        return word[:-2], True
    match = _ADJECTIVE_SUFFIX.search(word)
    if match:
        return word[: match.start()], True
    return word, False
