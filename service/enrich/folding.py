"""Case- and diacritic-folded forms, to compare names however they are printed."""

from __future__ import annotations

import unicodedata
from functools import lru_cache


@lru_cache(maxsize=65536)  # pure; the same names come back in every bulletin
def fold(text: str) -> str:
    """Case- and diacritic-folded form used to compare names ("Tétouan" -> "tetouan")."""
    if text.isascii():  # most names: nothing to decompose
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("’", "'")
