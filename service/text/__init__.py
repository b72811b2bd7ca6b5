"""The text stage: a scraped page (plain text or HTML) to a normalised `Article`."""

from service.text.article import extract_article

__all__ = ["extract_article"]
