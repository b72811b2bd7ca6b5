"""Topics and language on texts written for these tests."""

from __future__ import annotations

from service.enrich.language import LanguageDetector
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
    detector = LanguageDetector()
    assert detector.detect("Talks resume", ["The minister said talks would resume."], None) == "en"
    assert (
        detector.detect(None, ["قال وزير الخارجية إن المحادثات ستستأنف الأسبوع المقبل"], None)
        == "ar"
    )
    assert (
        detector.detect(None, ["Le ministre a déclaré que les discussions reprendront."], None)
        == "fr"
    )
    assert detector.detect(None, ["anything"], "de") == "de"
    assert detector.detect(None, [], None) is None
