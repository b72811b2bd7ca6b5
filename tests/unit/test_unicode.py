"""Unicode clean-up: NFC, odd spaces, invisible characters, mojibake, typography kept."""

import unicodedata

from service.text import extract_article
from service.text.unicode import _NOT_NFC_SAFE, clean_line, clean_text


def test_decomposed_text_is_composed() -> None:
    decomposed = unicodedata.normalize("NFD", "Genève, Zürich et Besançon")
    assert clean_text(decomposed) == "Genève, Zürich et Besançon"


def test_characters_taken_for_nfc_are_nfc_whatever_surrounds_them() -> None:
    """The characters `clean_text` does not check the page for: unchanged by NFC, no combining
    class, and never composed with the character before them."""
    seconds = set()
    for code in range(0x110000):
        parts = unicodedata.decomposition(chr(code)).split()
        if len(parts) == 2 and not parts[0].startswith("<"):
            seconds.add(chr(int(parts[1], 16)))
    safe = [chr(code) for code in range(0x10000) if not _NOT_NFC_SAFE.match(chr(code))]
    assert len(safe) > 800
    for char in safe:
        assert unicodedata.normalize("NFC", char) == char, hex(ord(char))
        assert unicodedata.combining(char) == 0, hex(ord(char))
        assert char not in seconds, hex(ord(char))


def test_decomposed_text_next_to_safe_characters_is_composed() -> None:
    decomposed = unicodedata.normalize("NFD", "“Genève” – 5 €")
    assert clean_text(decomposed) == "“Genève” – 5 €"


def test_odd_spaces_become_plain_spaces() -> None:
    text = "Damascus,\u00a0SANA\u2009said\u202fon\u3000Monday\u2007it"
    assert clean_line(clean_text(text)) == "Damascus, SANA said on Monday it"


def test_control_and_invisible_characters_go() -> None:
    text = "The\x00min\u00adister\u200b said\x07on\ufeff\x1bMonday."
    assert clean_line(clean_text(text)) == "The minister said on Monday."


def test_line_endings_are_unified() -> None:
    assert clean_text("one\r\ntwo\rthree\n") == "one\ntwo\nthree\n"


def test_whitespace_runs_collapse() -> None:
    assert clean_line("  The   minister \t said  ") == "The minister said"


def test_mojibake_is_repaired() -> None:
    broken = "The Presidentâ€™s visit to the cafÃ© â€œwent wellâ€\x9d."
    assert clean_text(broken) == "The President’s visit to the café “went well”."


def test_typographic_quotes_dashes_and_ellipses_are_kept() -> None:
    text = "He said: “It’s over” — and left… «Fin» ‘ok’"
    assert clean_text(text) == text


def test_joiners_needed_by_persian_script_are_kept() -> None:
    persian = "می\u200cخواهم"
    assert clean_text(persian) == persian


def test_article_paragraphs_are_clean() -> None:
    page = (
        "Minister\u00a0visits  Aleppo\n\nAleppo, SANA-\u00a0The Minister\u2009of Health visited.\n"
    )
    article = extract_article(page)
    assert article.headline == "Minister visits Aleppo"
    assert article.body == ["The Minister of Health visited."]
