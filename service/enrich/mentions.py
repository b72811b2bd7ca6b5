"""Candidate name mentions: capitalised runs split into persons, organizations and places.

`MentionFinder` is the entry point: it scans a text's capitalised regions (`regions.py`), cuts
them into runs (`runs.py`), classifies each run's pieces (`run_kinds.py`), then lets the text
around the names settle what one name alone cannot: roles waiting for their names (`roles.py`),
coordinated lists (`name_lists.py`), brackets (`bracketed.py`) and French lower-case
institutions (`french_institutions.py`). Scripts without capitals are read by `unicase.py`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice, pairwise

from service.enrich.bracketed import defined_acronyms, listed_companies, mark_bracketed_alias
from service.enrich.french_institutions import FRENCH_ARTICLE, lowercase_national_institutions
from service.enrich.gazetteer import Gazetteer
from service.enrich.lexicon import Lexicons
from service.enrich.mention import (
    DATELINE,
    LOCATION,
    NATIONALITY,
    ORGANIZATION,
    OTHER,
    PERSON,
    ROLE,
    UNKNOWN,
    Mention,
)
from service.enrich.name_lists import (
    coordinated_people,
    coordinated_places,
    listed_portfolios,
    lists,
)
from service.enrich.name_words import NameWords
from service.enrich.regions import (
    CONTEXT_AFTER,
    CONTEXT_BEFORE,
    is_initial,
    last_token,
    opens_sentence,
    regions,
    token_before,
)
from service.enrich.roles import (
    appositive_roles,
    lists_portfolio,
    lowercase_roles,
    name_after_portfolio,
)
from service.enrich.run_kinds import RunClassifier
from service.enrich.runs import Run, read_runs
from service.enrich.tokens import Token, tokenize
from service.enrich.unicase import UNICASE_SCRIPT, unicase_mentions

_NO_CONTEXT = (None, None, None, None)
_PORTFOLIO_OPENERS = frozenset((ORGANIZATION, UNKNOWN, OTHER))
_LATIN_CAPITAL = re.compile(r"[A-Z]")
_BRACKETED = re.compile(r"[(\[]([^)\]]*)[)\]]")
# A wire's byline or credit line.
_CREDIT = re.compile(
    r"\b(?:[Rr]eporting|[Ww]riting|[Ee]diting) by\b[^()\n]*"
    r"|\b(?:REUTERS|AFP|AP Photo|EPA|Getty Images)/[^\s()]*"
    r"|\ABy (?=[A-Z])[^().\n]*"  # a byline opening the text
)
_LABEL_MARKS = " :-–—|.0123456789"  # what a label line may hold besides its words
_SHOUT_WINDOW = 60  # characters read around a mention in capitals for the stretch holding it
# Three capitalised words or more in a row: a slug, a flash or a shouted headline
# ("FLASH: OFFICIAL SAYS ATTACKER ..."), where capitals mark no name.
_SHOUTED = re.compile(r"(?<!\w)[A-Z][A-Z'’-]+(?:[\s:;,\"“”]+[A-Z][A-Z'’-]*\b){2,}")
# Capitalised regions read per paragraph: prose has a few dozen; past this it is a list, a table
# or hostile input, and the cost must stay bounded.
MAX_REGIONS = 300
# Analysed regions remembered across texts: names and their contexts repeat across a news stream.
MEMO_REGIONS = 20_000
_NON_SPACE = re.compile(r"\S+")  # characters tokenised after a region (for "X base", "X said")


# A piece of an analysed region: the fields of its `Mention` but the segment, with offsets from
# the region's start (a tuple: a memo hit builds the mention in one constructor call).
_Template = tuple[str, str, int, int, str | None, str | None, str | None, bool, str | None, bool]
# A run of a region as the rules see it: the text of the token before it and that token's offset
# from the region's start, the text of the token after it, and its classified pieces.
_Analysed = tuple[str | None, int, str | None, list[_Template]]
# What the memo holds for a lone word whose analysis depends on its neighbours.
_IN_CONTEXT: list[_Analysed] = []


class MentionFinder:
    """Finds mentions in one text segment. Holds only the read-only lexicons (and a memo of the
    regions it analysed)."""

    def __init__(self, lexicons: Lexicons, gazetteer: Gazetteer) -> None:
        self.vocab = NameWords(lexicons, gazetteer)
        self.classifier = RunClassifier(self.vocab)
        self._memo: dict[tuple[object, ...], list[_Analysed]] = {}

    def forget(self) -> None:
        """Drop the analysed regions remembered from earlier texts."""
        self._memo.clear()

    def find(self, text: str, segment: int) -> list[Mention]:
        """Every mention in `text` (one headline, dateline place or body paragraph)."""
        # a Latin capital, when there is one, is found within a few characters: test it first
        if not text.isascii() and not _LATIN_CAPITAL.search(text) and UNICASE_SCRIPT.search(text):
            return self.find_unicase(text, segment)
        mentions: list[Mention] = []
        waiting: Mention | None = None  # a role alone, waiting for the name it introduces
        listed = False
        for before, before_start, after, pieces in self._region_pieces(text, segment):
            if before == "(":
                mark_bracketed_alias(before_start, pieces, mentions)
            if waiting is not None:
                if lists_portfolio(waiting, before, after, pieces):
                    # "Minister for Culture, Tourism and Civil Aviation, Ana Vale": the list is
                    # the portfolio, and the name still waits after it
                    waiting.role = text[waiting.start : pieces[-1].end]
                    continue
                a_name = bool(pieces) and pieces[0].kind in (PERSON, UNKNOWN)
                if before in (",", ")") and a_name and not self.vocab.heads_noun_phrase(after):
                    # "Russian President, Vladimir Putin", "Minister of State (...) Arjun Mehra"
                    mentions = [m for m in mentions if m is not waiting]
                    pieces[0].kind = PERSON
                    pieces[0].role = pieces[0].role or waiting.role
                    waiting = None
                elif named := name_after_portfolio(text, waiting, before, pieces, self.vocab):
                    mentions = [m for m in mentions if m is not waiting]
                    pieces, waiting = [named], None
                elif not (pieces and all(p.kind == OTHER for p in pieces)):
                    waiting = None  # only a bracketed aside may come between a role and its name
            if pieces and pieces[-1].kind == ROLE and after is not None:
                waiting = pieces[-1] if after in (",", "(") else None
            if after == "," and pieces and pieces[-1].kind in _PORTFOLIO_OPENERS:
                listed = True  # "Ministry of Trade," or "Foreign," may open a listed portfolio
            mentions.extend(pieces)
        if listed and " and " in text:
            mentions = listed_portfolios(text, mentions, self.vocab)
        # lists change only names still unknown or read by their shape alone
        if len(mentions) > 1 and any(m.kind == UNKNOWN or m.by_shape for m in mentions):
            found = lists(text, mentions)
            coordinated_places(text, found, self.vocab.context["locative"])
            coordinated_people(found)
        appositive_roles(text, mentions, self.vocab)
        lowercase_roles(text, mentions, self.vocab)
        if "(" in text:
            mentions = defined_acronyms(text, listed_companies(text, mentions), segment, self.vocab)
        if FRENCH_ARTICLE.search(text):
            mentions.extend(lowercase_national_institutions(text, segment, self.vocab))
        if "ing by " in text or "/" in text or text.startswith("By "):  # credit lines hold one
            mentions = _without_credits(text, mentions)
        if len(mentions) == 1 and mentions[0].by_shape and _is_label(text, mentions[0]):
            mentions[0].kind = OTHER
        if any(m.surface.isupper() for m in mentions):  # str tests first: prose has few
            mentions = [m for m in mentions if not _shouted(text, m)]
        return mentions

    def find_unicase(self, text: str, segment: int) -> list[Mention]:
        """Mentions in a script without capitals (Arabic): gazetteer places and organizations
        led by an organization word ("وزارة الدفاع"), each word also tried without a one-letter
        prefix (و "and", ب "in", ل "to")."""
        return unicase_mentions(text, segment, self.vocab)

    def find_dateline(self, place: str) -> list[Mention]:
        """The dateline place is a location whatever it looks like ("MAPLETON"); bracketed
        parts ("PORT AVERY (Norland)") are read as text, a place after a comma is a place of
        its own, and so is each of the cities a story was filed from ("SEOUL/WASHINGTON")."""
        main = _BRACKETED.sub("", place).strip(" ,-–")
        parts = [part.strip() for part in main.split(",")]
        if not all(self.vocab.place(part) for part in parts[1:]):
            parts = [main]  # "PORT AVERY, Norland" is two places, "Washington, D.C." one
        parts = [city.strip() for part in parts for city in part.split("/")]
        mentions = []
        for part in filter(None, parts):
            start = place.find(part)
            mentions.append(Mention(part, LOCATION, DATELINE, start, start + len(part)))
        for inner in _BRACKETED.finditer(place):
            mentions.extend(self.find(inner.group(1), DATELINE))
        return mentions

    def _region_pieces(
        self, text: str, segment: int
    ) -> Iterator[tuple[str | None, int, str | None, list[Mention]]]:
        """For each run of each capitalised region of `text`: the text of the token before the
        run and where it starts, the text of the token after it, and the run's classified
        pieces. Only the regions (and a few words of context around them) are tokenised: most
        of a paragraph is lower-case and skipped by one regex pass."""
        memo = self._memo
        for region in islice(regions(text), MAX_REGIONS):
            start = region.start()
            word = region.group()
            # the text before the region is read back once, for whether the region opens a
            # sentence and for the token before it
            lo = start - CONTEXT_BEFORE if start > CONTEXT_BEFORE else 0
            head = text[lo:start].rstrip()
            opens = opens_sentence(head, lo, start)
            analysed = memo.get((word, opens))
            if analysed is None and " " not in word:
                # a lone word's analysis, or the mark that it needs its context, is remembered
                # by the word alone: most regions are lone words
                in_context = not self._needs_no_context(word, opens)
                analysed = _IN_CONTEXT if in_context else self._analyse_lone_word(word)
                self._remember((word, opens), analysed)
            if analysed is None or analysed is _IN_CONTEXT:
                token = last_token(head, lo)
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
        if self.vocab.demonym(word) is None:
            return []
        run = Run([word], [Token(word, 0, len(word), True, False)], *_NO_CONTEXT)
        return [(None, 0, None, [_template(m, 0) for m in self.classifier.pieces(word, run, 0)])]

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
            earlier = token_before(text, token[1])
        key = (
            word,
            opens,
            token[0] if token is not None else None,
            earlier[0] if earlier is not None else None,
            start - token[1] if token is not None else 0,
            text[end : end + CONTEXT_AFTER],
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
        for previous, token in pairwise(tokens):
            # "Plan B. The minister": a sentence may end in what looks like an initial
            token.sentence_start = is_initial(previous.text)
        after = tokenize(text[end : end + CONTEXT_AFTER], end, limit=3)
        context = [Token(w, at, at + len(w), w[-1].isalnum(), False) for w, at in before]
        lo = len(before)
        analysed: list[_Analysed] = []
        exact = True
        for run in read_runs(self.vocab, [*context, *tokens, *after], lo, lo + len(tokens)):
            exact = exact and run.words[0].lower() not in self.vocab.lowercase_tailed
            pieces = [_template(m, start) for m in self.classifier.pieces(text, run, 0)]
            run_before = run.before.text if run.before is not None else None
            offset = run.before.start - start if run.before is not None else 0
            analysed.append((run_before, offset, run.after.text if run.after else None, pieces))
        return analysed, exact

    def _needs_no_context(self, word: str, opens: bool) -> bool:
        """A lone word whose analysis cannot depend on its neighbours: a nationality, a weekday
        or month, or a function word opening a sentence ("The", "He")."""
        low = word.lower()
        if (
            self.vocab.demonym(word) is not None
            or low in self.vocab.lex.weekdays
            or low in self.vocab.lex.months
        ):
            return True
        return low in self.vocab.lex.function_words and opens


def _without_credits(text: str, mentions: list[Mention]) -> list[Mention]:
    """`mentions` but the people named in a wire's byline or credit line ("By ... MUNICH",
    "(Reporting by ...; Editing by ...)", "REUTERS/Photographer"): the staff who made the
    story, not people in it."""
    spans = [match.span() for match in _CREDIT.finditer(text)]
    return [
        m
        for m in mentions
        if m.kind not in (PERSON, UNKNOWN) or not any(a <= m.start < b for a, b in spans)
    ]


def _is_label(text: str, mention: Mention) -> bool:
    """Whether a name read by its shape is all the text holds ("Save Story", "Source :-"): a
    line of page furniture or a section's name, not a sentence about someone."""
    return text.strip(_LABEL_MARKS) == mention.surface


def _shouted(text: str, mention: Mention) -> bool:
    """Whether a mention in capitals lies in an all-capital stretch of `text`, where only the
    places and nationalities the lexicons know and the names they know by an alias keep."""
    if not mention.surface.isupper() or mention.kind in (LOCATION, NATIONALITY):
        return False
    if mention.canonical is not None:
        return False
    lo = max(0, mention.start - _SHOUT_WINDOW)
    start, end = mention.start - lo, mention.end - lo
    window = text[lo : mention.end + _SHOUT_WINDOW]
    return any(m.start() <= start and end <= m.end() for m in _SHOUTED.finditer(window))


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
