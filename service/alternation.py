"""Regex alternations of many literal words, built as a prefix trie.

Python's `re` tries every branch of `a|b|c...` in turn at each position; factoring the words by
common prefixes ("ma(?:r(?:ch)?|y)") lets a mismatch fail on the first letter instead of after
one attempt per word, which made the date scan three times faster.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TypeAlias

_Trie: TypeAlias = dict[str, "_Trie"]
_END = ""


def trie_alternation(words: Iterable[str]) -> str:
    """A non-capturing regex matching exactly `words` (longest first at each branch point)."""
    root: _Trie = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    return _emit(root)


def first_letters(words: Iterable[str]) -> str:
    """A character class of the letters `words` start with, to skip hopeless positions fast."""
    return "[" + "".join(sorted({re.escape(word[0]) for word in words if word})) + "]"


def _emit(node: _Trie) -> str:
    branches = [re.escape(char) + _emit(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # a word that ends here is optional continuation: greedy `?` still prefers the longer word
    return f"(?:{body})?" if _END in node else body
