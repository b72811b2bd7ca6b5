"""Topics and language on texts written for these tests."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from service.enrich.language import detect_language
from service.enrich.lexicon import Lexicons
from service.enrich.topics import TopicClassifier


def test_topics_pick_the_strong_ones() -> None:
    topics = TopicClassifier(Lexicons.load().topics)
    sport = topics.classify(
        "Home side wins the cup final",
        ["The striker scored two goals as the team beat the champions in the league match."],
    )
    assert sport[0].label == "sport"
    several = topics.classify(
        "Parliament approves army budget",
        [
            "The government and the parliament agreed to fund the army as troops fought the "
            "militants; the minister said the war budget passed the vote."
        ],
    )
    codes = {t.code for t in several}
    assert {"medtop:11000000", "medtop:16000000"} <= codes
    assert topics.classify(None, ["Nothing to see."]) == []


def test_language_detection_and_hint() -> None:
    assert detect_language("Talks resume", ["The minister said talks would resume."], None) == "en"
    assert (
        detect_language(None, ["قال وزير الخارجية إن المحادثات ستستأنف الأسبوع المقبل"], None)
        == "ar"
    )
    assert (
        detect_language(None, ["Le ministre a déclaré que les discussions reprendront."], None)
        == "fr"
    )
    assert detect_language(None, ["anything"], "de") == "de"
    assert detect_language(None, [], None) is None


@given(st.text(alphabet=st.characters(codec=None, exclude_categories=())))
def test_language_detection_never_raises(text: str) -> None:
    """Control characters, noncharacters and lone surrogates do not reach the detector."""
    detected = detect_language(text, [text], None)
    assert detected is None or detected.isascii()


def test_language_of_text_with_unreadable_characters() -> None:
    text = "The minister said talks would resume next week in the capital.\x00\ufffe\ud800"
    assert detect_language(None, [text], None) == "en"


def test_language_of_text_with_markup_and_entities() -> None:
    text = "Les &eacute;lecteurs sont appel&eacute;s aux urnes dimanche <b>pour choisir</b>."
    assert detect_language(None, [text], None) == "fr"
