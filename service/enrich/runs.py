"""Runs: the name-shaped word sequences of a capitalised region ("Russian Defense Minister Sergey
Shoygu", "Chief of Staff of the Syrian Arab Army"), with the tokens around them."""

from __future__ import annotations

from dataclasses import dataclass

from service.enrich.name_words import ACRONYM, ARTICLES, JOINERS, OF_FOR, NameWords
from service.enrich.regions import clean, is_initial
from service.enrich.tokens import Token


@dataclass(slots=True)
class Run:
    """The words of a run, their tokens and the tokens around it."""

    words: list[str]
    tokens: list[Token]
    before: Token | None
    after: Token | None
    next_word: Token | None
    earlier: Token | None  # the token before `before` ("city" of "the city of X")


def read_runs(vocab: NameWords, tokens: list[Token], lo: int, n: int) -> list[Run]:
    """Runs within tokens[lo:n] of a token window (the rest is context)."""
    runs: list[Run] = []
    i = lo
    while i < n:
        if not vocab.is_name_word(tokens[i]):
            i += 1
            continue
        start = i
        words: list[str] = []
        run_tokens: list[Token] = []
        while i < n:
            token = tokens[i]
            if vocab.is_name_word(token) or (words and _month_in_name(vocab, tokens, i)):
                word, closes = clean(token.text)
                i += 1
                org = closes and continues_as_org(vocab, tokens, i)
                words.append(token.text if org else word)  # "People's Harmony Party"
                run_tokens.append(token)
                if closes and not org:
                    break
            elif _joins(vocab, tokens, i, words):
                words.append(token.text)
                run_tokens.append(token)
                i += 1
            else:
                break
        while words and (words[-1].lower() in vocab.trailing_joiners or is_initial(words[-1])):
            words.pop()
            run_tokens.pop()
        # "by The National Fund": "The" is not part of a name ("The Hague" is)
        if len(words) > 1 and words[0] == "The" and not vocab.place(" ".join(words)):
            del words[0], run_tokens[0]
            start += 1
        if words:
            after = tokens[i] if i < len(tokens) else None
            next_word = next((t for t in tokens[i : i + 3] if t.is_word), None)
            before = tokens[start - 1] if start > 0 else None
            earlier = tokens[start - 2] if start > 1 else None
            runs.append(Run(words, run_tokens, before, after, next_word, earlier))
    return runs


def _month_in_name(vocab: NameWords, tokens: list[Token], i: int) -> bool:
    """A month's name inside a running name is a name ("Theresa May", "Minister Jan
    Novak"), unless a day number follows ("Monday, May 5")."""
    token = tokens[i]
    if not token.text[0].isupper() or token.text.lower() not in vocab.lex.months:
        return False
    return i + 1 >= len(tokens) or not tokens[i + 1].text[0].isdigit()


def _joins(vocab: NameWords, tokens: list[Token], i: int, words: list[str]) -> bool:
    """A lower-case joiner inside a run: "Chief of Staff", "Gazette de Valmont"; "and" and
    "in" only inside an organization name ("Parks and Wildlife Board")."""
    low = tokens[i].text.lower()
    if not words or i + 1 >= len(tokens) or tokens[i].sentence_start:
        return False
    follower = tokens[i + 1]
    if follower.text.lower() in ARTICLES.get(low, ()) and i + 2 < len(tokens):
        follower = tokens[i + 2]  # "of the", "de los"
    if not vocab.is_name_word(follower):
        return low in ARTICLES.get(tokens[i - 1].text.lower(), ())
    if low in JOINERS or low in vocab.context["particle"]:
        return True
    if low == "in":  # "Monitoring Mission in Chad", "Embassy in Lima"
        return words[-1].lower() in vocab.org_suffix and vocab.place(follower.text)
    if low == "and" and vocab.place(f"{words[-1]} and {follower.text}"):
        return True  # "Trinidad and Tobago", "Bosnia and Herzegovina"
    of = next((k for k in range(len(words) - 1, 0, -1) if words[k].lower() in OF_FOR), 0)
    if low == "and" and of and "and" not in words[of:]:
        # a portfolio of two: "Minister for Information and Broadcasting", "Minister of
        # Natural Resources and Environment"
        # "Minister of State for Public Works and Housing": a title, then its portfolio
        head = words[of - 1]
        if of > 2 and words[of - 2].lower() in OF_FOR and vocab.heads_role(words[of - 3]):
            head = words[of - 3]
        return vocab.heads_role(head) or head.lower() in vocab.org_suffix
    # "Red Army and Red Fleet": two organizations when the first is complete already
    complete = (
        words[-1].lower() in vocab.org_suffix
        or ACRONYM.match(words[-1]) is not None
        or " ".join(words) in vocab.lex.org_aliases
    )
    return low in ("and", "&") and not complete and continues_as_org(vocab, tokens, i + 1)


def continues_as_org(vocab: NameWords, tokens: list[Token], i: int) -> bool:
    """Whether the capitalised words from `i` reach an organization word before any title
    ("Chile's Foreign Ministry Spokesman ...", "Parks and Wildlife Board")."""
    while i < len(tokens) and vocab.is_name_word(tokens[i]):
        low = tokens[i].text.lower()
        if low in vocab.org_suffix:
            return True
        if low in vocab.lex.title_heads:
            return False
        i += 1
    return False
