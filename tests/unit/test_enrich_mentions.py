"""Mention finding shortcuts: the fast region scan and the memo of analysed regions change
nothing but speed."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from service.article import Article
from service.enrich import Enricher
from service.enrich.model import Enrichment
from service.enrich.regions import _REGION, opens_sentence, regions, token_before

# Pieces that exercise every branch of the region pattern: particles glued to capitals,
# honorifics, dotted acronyms, joiners, non-Latin capitals and signs that sit among them.
_PIECES = st.sampled_from(
    [
        "al-", "ash-", "bani-", "ibn-", "d'", "d’", "Mr.", "Mrs.", "M.", "Gen.", "U.S.",
        " of the ", " de los ", " and ", " in ", "Assad", "Élysée", "Ωmega", "×", "\u0375",
        "\u037e", "a", "A", "s", "’", "'", "-", " ", ".", ",", "0", "_", "Jan", "\n",
    ]
)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=16).map("".join))
def test_region_scan_matches_the_region_regex(text: str) -> None:
    assert [m.span() for m in regions(text)] == [m.span() for m in _REGION.finditer(text)]


def test_region_scan_on_a_sentence() -> None:
    text = "Mr. Hamad al-Nasser of the U.S. Embassy met d'Artois in Lyon."
    assert [m.group() for m in regions(text)] == [
        "Mr. Hamad al-Nasser of the U.S. Embassy",
        "d'Artois in Lyon",  # "in" joins a region; the run rules cut it later
    ]


def test_token_before_a_region() -> None:
    text = "Talks (with al-Nasser's envoy_x Lena Dahl) went on.  Oslo"
    assert token_before(text, text.index("al-Nasser")) == ("with", text.index("with"))
    assert token_before(text, text.index("with")) == ("(", text.index("("))
    # a word is read back over letters, digits, apostrophes and hyphens only
    assert token_before(text, text.index("envoy")) == ("al-Nasser's", text.index("al-Nasser"))
    assert token_before(text, text.index("Lena")) == ("x", text.index("_x") + 1)
    assert token_before(text, 0) is None
    assert token_before("   Oslo", 3) is None


def test_sentence_openings() -> None:
    text = "He left.  Oslo (“Lena Dahl) said Anna:  Berg, \n   Dag"

    def opens(word: str, lo: int = 0) -> bool:
        start = text.index(word)
        return opens_sentence(text[lo:start].rstrip(), lo, start)

    assert opens("He")
    assert opens("Oslo")
    assert opens("Oslo", lo=text.index("Oslo") - 1)  # read back from a later start
    assert opens("Lena")
    assert not opens("Anna")
    assert opens("Berg")
    assert opens("Dag")  # nothing but spaces in the three characters before it
    assert opens("Dag", lo=text.index("Dag") - 2)


def test_remembered_analyses_never_change_results(enricher: Enricher) -> None:
    texts = [
        ["Foreign Minister Jan Novak met Lena May in Oslo.", "Novak said: “We agree.”"],
        ["In Oslo, Novak met the Syrian envoy.", "The Oslo talks ended, Novak said."],
        ["Foreign Minister Jan Novak met Lena May in Oslo.", "May said: “We agree.”"],
    ]
    articles = [Article(headline=None, dateline=None, lead=None, body=b) for b in texts]

    def run(article: Article) -> Enrichment:
        return enricher.enrich(article, reference=None, language="en")

    enricher.forget()
    first = [run(a) for a in articles]  # the third reuses the first's analyses
    again = [run(a) for a in articles]  # every region remembered
    enricher.forget()
    assert again == first
    assert run(articles[2]) == first[2]  # from scratch
