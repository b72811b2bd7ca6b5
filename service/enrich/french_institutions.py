"""French copy writes national institutions in lower case: "l'armée nationale malienne", "le
gouvernement suisse", "ministère de la Culture"."""

from __future__ import annotations

import re

from service.enrich.mention import ORGANIZATION, Mention
from service.enrich.name_words import NameWords

_FRENCH_WORD = "[a-zàâçéèêëîïôûùüÿœ]+(?:-[a-zàâçéèêëîïôûùüÿœ]+)*"  # a lower-case French word
# A French article as a whole word ("while " and "Israel's" hold none): one search with a
# literal start scans a paragraph in less than half the time of four substring tests.
FRENCH_ARTICLE = re.compile(r" l(?:a |e |['’])")
_ARTICLE_NOUN = re.compile(r"\b(?:l['’]|la |le )([a-zéè]+)((?: [a-zàâçéèêëîïôûù]+){1,2})\b")
_INSTITUTION_OF = re.compile(
    rf"\b({_FRENCH_WORD}) (?:de l['’]|de la |du |des |de |d['’])[A-ZÀ-Ý][\w-]*"
)
# After a French institution word: optional "des"/"de la"/"du"/"d'" and one lower-case word,
# then what it is "of" in lower case too ("Banque africaine de développement").
_OF = r"(?:\s+(?:des|de la|du|de|d['’]))"
LOWERCASE_TAIL = re.compile(rf"{_OF}?\s*({_FRENCH_WORD})\b(?:{_OF}\s*{_FRENCH_WORD}\b)?")


def lowercase_national_institutions(text: str, segment: int, vocab: NameWords) -> list[Mention]:
    """The lower-case institutions of a French text: "l'armée nationale malienne", "le
    gouvernement suisse" (an institution word, then adjectives ending in a nationality),
    "ministère de la Culture" (an institution word and what it is of)."""
    institutions = vocab.lowercase_tailed
    found = [
        Mention(match.group(), ORGANIZATION, segment, match.start(), match.end())
        for match in _INSTITUTION_OF.finditer(text)
        if match.group(1) in institutions
    ]
    for match in _ARTICLE_NOUN.finditer(text):
        noun, adjectives = match.group(1), match.group(2).split()
        if noun not in institutions:
            continue
        for count in (2, 1):
            if adjectives[count - 1 :] and adjectives[count - 1] in vocab.lex.demonyms:
                start = match.start(1)
                end = match.start(2) + len(" ".join(["", *adjectives[:count]]))
                found.append(Mention(text[start:end], ORGANIZATION, segment, start, end))
                break
    return found
