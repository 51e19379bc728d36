"""Names written in Devanagari, romanized as Indians write them in Latin letters.

Transliterated character by character (anyascii), शर्मा reads "srma" and आदित्य "adity":
every consonant carries a vowel 'a' unless a sign replaces or cancels it, and Hindi drops
that vowel at the end of a word except after a cluster. Romanized with that rule and with
long vowels written short, राहुल शर्मा is "rahul sharma", आदित्य सिंह "aditya singh", प्रिया
पटेल "priya patel". No maintained package does this for names (Sanskrit schemes keep every
vowel: "raahula sharmaa"), so it is a table here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from socialid._internal.normalize._text import CACHE_SIZE

#: Devanagari: a text with any of it is romanized here before folding.
DEVANAGARI = "\u0900-\u097f"
_SCRIPT = re.compile(f"[{DEVANAGARI}]")


def _table(chars: str, latin: str) -> dict[str, str]:
    """Each character of ``chars`` with its word of ``latin``."""
    return dict(zip(chars, latin.split(), strict=True))


_CONSONANTS = _table(
    "कखगघङचछजझञटठडढणतथदधनपफबभमयरलवशषसहळ",
    "k kh g gh n ch chh j jh n t th d dh n t th d dh n p ph b bh m y r l v sh sh s h l",
)
# Nukta forms (qa, khha, ghha, za, dddha, rha, fa, yya), precomposed or with the nukta sign.
_NUKTA = _table("\u0958\u0959\u095a\u095b\u095c\u095d\u095e\u095f", "q kh g z r rh f y")
_NUKTA_BASE = {"क": "q", "ख": "kh", "ग": "g", "ज": "z", "ड": "r", "ढ": "rh", "फ": "f", "य": "y"}
_VOWELS = _table("अआइईउऊऋएऐओऔऑ", "a a i i u u ri e ai o au o")
_SIGNS = _table("ािीुूृेैोौॉ", "a i i u u ri e ai o au o")
_VIRAMA, _NUKTA_SIGN = "्", "़"
_ANUSVARA, _CHANDRABINDU, _VISARGA = "ं", "ँ", "ः"
_LABIALS = frozenset("पफबभम")


def has_devanagari(text: str) -> bool:
    """Whether ``text`` has any Devanagari.

    >>> has_devanagari("राहुल"), has_devanagari("Rahul")
    (True, False)
    """
    return bool(_SCRIPT.search(text))


@lru_cache(maxsize=CACHE_SIZE)
def romanize_devanagari(text: str) -> str:
    """``text`` with each Devanagari word romanized; other characters as they are.

    >>> romanize_devanagari("राहुल शर्मा"), romanize_devanagari("आदित्य सिंह (Delhi)")
    ('rahul sharma', 'aditya singh (Delhi)')
    """
    return re.sub(f"[{DEVANAGARI}]+", lambda m: _word(m.group()), text)


def _word(word: str) -> str:
    out: list[str] = []
    pending = False  # the last consonant still carries its inherent 'a'
    cluster = False  # ... and follows another consonant with no vowel between them
    previous_bare = False  # the consonant before ended in a virama
    chars = list(word)
    for i, char in enumerate(chars):
        following = chars[i + 1] if i + 1 < len(chars) else ""
        if char in _NUKTA or char in _CONSONANTS:
            if pending:
                out.append("a")
            latin = _NUKTA.get(char) or _CONSONANTS[char]
            if following == _NUKTA_SIGN:
                latin = _NUKTA_BASE.get(char, latin)
            out.append(latin)
            cluster, pending, previous_bare = previous_bare, True, False
        elif char in _SIGNS:
            out.append(_SIGNS[char])
            pending = previous_bare = False
        elif char == _VIRAMA:
            pending, previous_bare = False, True
        elif char in _VOWELS:
            if pending:
                out.append("a")
            out.append(_VOWELS[char])
            pending = previous_bare = False
        elif char in (_ANUSVARA, _CHANDRABINDU):
            if pending:
                out.append("a")
            pending = previous_bare = False
            if following == "ह" and i + 2 == len(chars):  # सिंह: Singh
                out.append("ng")
            else:
                out.append("m" if following in _LABIALS else "n")
        elif char == _VISARGA:
            if pending:
                out.append("a")
            out.append("h")
            pending = previous_bare = False
    if pending and cluster:  # मिश्र, आदित्य: a cluster keeps its final vowel
        out.append("a")
    return "".join(out)
