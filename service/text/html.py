"""Main-text extraction from raw HTML pages."""

from __future__ import annotations

import trafilatura


def html_to_text(html: str) -> str:
    """The page's main text with one paragraph per line (empty when nothing was found).

    trafilatura is the strongest published main-content extractor; we keep its output and run
    it through the same text path as plain-text bulletins.
    """
    text = trafilatura.extract(
        html, include_comments=False, include_tables=False, favor_recall=True, with_metadata=False
    )
    return text or ""
