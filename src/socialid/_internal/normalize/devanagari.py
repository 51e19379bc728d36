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
import unicodedata
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
# A consonant with a nukta (ज़ za, फ़ fa…), by its base; words are decomposed first (NFD), so
# the precomposed letters come as base and sign too.
_NUKTA = _table("कखगजडढफय", "q kh g z r rh f y")
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
    word = unicodedata.normalize("NFD", word)  # precomposed nukta letters: base and sign
    out: list[str] = []
    pending = False  # the last consonant still carries its inherent 'a'
    cluster = False  # ... and follows another consonant with no vowel between them
    previous_bare = False  # the consonant before ended in a virama

    def vowel(latin: str, sign: bool = False) -> None:
        """A vowel, or a mark after one: a vowel sign replaces the pending consonant's
        inherent 'a', anything else comes after it."""
        nonlocal pending, previous_bare
        if pending and not sign:
            out.append("a")
        out.append(latin)
        pending = previous_bare = False

    for i, char in enumerate(word):
        following = word[i + 1 : i + 2]
        if char in _CONSONANTS:
            if pending:
                out.append("a")
            nukta = following == _NUKTA_SIGN
            out.append(_NUKTA.get(char, _CONSONANTS[char]) if nukta else _CONSONANTS[char])
            cluster, pending, previous_bare = previous_bare, True, False
        elif char == _VIRAMA:
            pending, previous_bare = False, True
        elif char in _SIGNS:
            vowel(_SIGNS[char], sign=True)
        elif char in _VOWELS:
            vowel(_VOWELS[char])
        elif char in (_ANUSVARA, _CHANDRABINDU):
            if following == "ह" and i + 2 == len(word):  # सिंह: Singh
                vowel("ng")
            else:
                vowel("m" if following in _LABIALS else "n")
        elif char == _VISARGA:
            vowel("h")
    if pending and cluster:  # मिश्र, आदित्य: a cluster keeps its final vowel
        out.append("a")
    return "".join(out)
