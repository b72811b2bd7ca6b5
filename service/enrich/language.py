"""Language detection (py3langid) for bulletins that come without a language hint."""

from __future__ import annotations

from py3langid.langid import MODEL_FILE, LanguageIdentifier

# Enough text to tell languages apart (a headline and a lead); longer samples only cost time.
SAMPLE_CHARS = 400


class LanguageDetector:
    """A py3langid identifier loaded once."""

    def __init__(self) -> None:
        self._identifier = LanguageIdentifier.from_model_file(MODEL_FILE)

    def detect(self, headline: str | None, body: list[str], hint: str | None) -> str | None:
        """The hint when given, else the detected ISO 639-1 code (None for no text)."""
        if hint:
            return hint
        sample = " ".join([headline or "", *body])[:SAMPLE_CHARS]
        if not sample.strip():
            return None
        language, _ = self._identifier.classify(sample)
        return str(language)
