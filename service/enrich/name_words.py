"""The words the mention rules read names by: the curated lexicons and the gazetteer, and what
they say about one word (a name's word, a title, a nationality, a place, an acronym)."""

from __future__ import annotations

import re

from service.enrich.gazetteer import Gazetteer
from service.enrich.lexicon import Lexicons
from service.enrich.tokens import Token

_PARTICLE_WORD = re.compile(
    r"^(?:(?i:al|el|as|ash|ad|an|ar|at|az|ul|bin|ibn|abu|bani)-\w|d['’][A-Z])"
)
JOINERS = frozenset(("of", "the", "for"))
OF_FOR = frozenset(("of", "for"))
# an article between "of" and a name ("Committee for the Peaceful Reunification")
ARTICLES = {"of": ("the",), "for": ("the",), "de": ("la", "los", "las")}
_ROMAN = re.compile(r"^(?:I{2,3}|IV|VI{0,3}|IX|XI{0,3})$")
ACRONYM = re.compile(r"^(?:[A-Z]\.){2,}$|^[A-Z][A-Z0-9&]{1,6}$")
_COMMON_WORD_LENGTH = 8  # shorter words with those endings may be names ("Clement")


class NameWords:
    """Read-only word sets built once from the lexicons, and tests of one word against them."""

    def __init__(self, lexicons: Lexicons, gazetteer: Gazetteer) -> None:
        self.lex = lexicons
        self.gazetteer = gazetteer
        words = lexicons.org_words
        self.org_suffix = words["suffix"]
        self.org_prefix = words["prefix"]
        self.facility = words["facility"]
        self.region = words["region"]
        self.landmark = words["landmark"]
        self.event = words["event"]
        self.generic = words["generic"] | lexicons.function_words
        # capitals spelling a function word ("FROM", "WHERE") are shouting or code, no acronym
        self.not_acronym = words["notacronym"] | lexicons.function_words
        self.context = lexicons.context_words
        self.compass = self.context["compass"]
        self.metropolitan = self.context["metropolitan"]
        self.unicase_org_heads = words["unicase"]
        self.lowercase_tailed = words["lowercasetail"]
        self.word_endings = tuple(self.context["word_ending"])
        self.inner_words = JOINERS | self.context["particle"]  # "of", "du", "al" in a name
        self.trailing_joiners = self.inner_words | {"and"}  # never end a run
        self.acronym_joiners = self.trailing_joiners | self.context["connective"]
        titles = lexicons.title_heads | lexicons.title_modifiers | lexicons.honorifics
        self.not_name = titles | set().union(*words.values())
        self.not_name_plural = frozenset(f"{word}s" for word in self.not_name)  # "Governors"

    def is_name_word(self, token: Token) -> bool:
        """A capitalised word that may be part of a name (no weekday, month or sentence-opening
        function word), or a name particle glued to a capital ("al-Assad", "d'Estaing")."""
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

    def inner_honorific(self, words: list[str], k: int) -> bool:
        """An honorific between two given names is part of the name ("Najwa Tun Rahman"):
        only a leading one is dropped."""
        low = words[k - 1].lower().rstrip(".")
        return (
            k > 1
            and k < len(words)
            and low in self.lex.honorifics
            and low not in self.lex.title_heads
            and self.plain_name(words[k - 2])
            and not self.place(words[k - 2])  # "High Commissioner to India Sir Hugh Lane"
        )

    def role_text(self, prefix: list[str]) -> str | None:
        """The role the words before a name spell ("Russian Defense Minister"), without
        honorifics; None when they hold no title."""
        words = [w for w in prefix if w.lower().rstrip(".") not in self.lex.honorifics]
        while words and words[0].lower() in JOINERS:
            words.pop(0)
        if not any(w.lower() in self.lex.title_heads for w in words):
            return None
        if words[-1].lower() == "presidents":
            words[-1] = words[-1][:-1]
        return " ".join(words)

    def splits_role(self, word: str) -> bool:
        """A joiner, title or honorific: the words between such words name what a role is of."""
        low = word.lower().rstrip(".")
        return low in JOINERS or low in self.lex.title_heads or low in self.lex.honorifics

    def heads_role(self, word: str) -> bool:
        """A title or an honorific ("Minister", "Dr.")."""
        low = word.lower().rstrip(".")
        return low in self.lex.title_heads or low in self.lex.honorifics

    def place(self, word: str) -> bool:
        """Whether the gazetteer knows the name as a place."""
        return bool(self.gazetteer.lookup(word))

    def plain_name(self, word: str) -> bool:
        """A word that may be part of a person's name: no title, organization word, acronym,
        nationality or common noun by its ending."""
        if _ROMAN.match(word):  # "Henry IV"
            return True
        low = word.lower().rstrip(".")
        if low in JOINERS or low == "and" or low in self.not_name or ACRONYM.match(word):
            return False
        if low in self.not_name_plural:
            return False
        return self.demonym(word) is None and not self.common_word(low)

    def heads_noun_phrase(self, word: str | None) -> bool:
        """An organization or facility word in lower case after a name: the name qualifies it
        ("the Urualla branch", "Shahporan police station") and is no person's."""
        return word is not None and (word in self.org_suffix or word in self.facility)

    def name_start(self, words: list[str]) -> int:
        """Where the words that may be a person's name end `words` ("Legal Affairs | Luhut
        Pandjaitan"): the index of the first of them (`len(words)` when none is)."""
        cut = len(words)
        while cut > 0 and self.plain_name(words[cut - 1]):
            cut -= 1
        return cut

    def demonym(self, word: str) -> str | None:
        """The country code of a nationality word or its plural ("" for "European"), else
        None."""
        low = word.lower()
        code = self.lex.demonyms.get(low)
        if code is None and low.endswith("s"):
            code = self.lex.demonyms.get(low[:-1])
        return code

    def common_word(self, low: str) -> bool:
        """A long lower-cased word with a common noun's ending ("-ation", "-ment")."""
        return len(low) >= _COMMON_WORD_LENGTH and low.endswith(self.word_endings)

    def acts(self, word: Token | None) -> bool:
        """A verb a government or a speaker is subject of ("said", "warned")."""
        low = word.text.lower() if word is not None else ""
        return low in self.lex.reporting_verbs or low in self.context["government_verb"]

    def acronym(self, word: str) -> bool:
        """Capitals that name an organization: three letters or more, not a time zone or unit."""
        letters = word.replace(".", "")
        return len(letters) >= 3 and letters.lower() not in self.not_acronym
