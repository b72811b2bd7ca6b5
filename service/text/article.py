"""Split a page into headline, dateline, body, related teasers and furniture."""

from __future__ import annotations

import unicodedata

from service.article import Article


def extract_article(text: str) -> Article:
    """Turn the plain text of one page into an `Article`."""
    paragraphs = [
        " ".join(unicodedata.normalize("NFC", line).split())
        for line in text.splitlines()
        if line.strip()
    ]
    if not paragraphs:
        return Article(headline=None, dateline=None, lead=None, body=[])
    headline, body = paragraphs[0], paragraphs[1:]
    return Article(headline=headline, dateline=None, lead=body[0] if body else None, body=body)
