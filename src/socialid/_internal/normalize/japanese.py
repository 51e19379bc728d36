"""Japanese names written in kanji and kana, read as Japanese.

Transliterated character by character (anyascii), 中村 桃子 reads as Chinese, "Zhongcun
Taozi", and never meets the CRM's "Momoko Nakamura". With the ``ja`` extra installed
(``pip install 'socialid[ja]'``: fugashi with the UniDic-lite dictionary), a name that MeCab
reads as Japanese is read from the dictionary's pronunciation and romanized as passports
write it: Hepburn without long vowels (佐藤 → sato, 大野 雄一 → ono yuichi, 井上 → inoue).

A name is Japanese when it has kana, or when its first word is a family name of two or more
kanji, or one kanji followed by a given name of two or more (森 春香). Chinese family names
are mostly one character (王小明, 李明 keep anyascii's reading).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from anyascii import anyascii

from socialid._internal.normalize._text import CACHE_SIZE, LATIN

#: Han (kanji, hanzi) and kana.
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
KANA = "\u3040-\u30ff"
#: Han and kana: a name with any of them may be Japanese.
JAPANESE_SCRIPT = HAN + KANA
_SCRIPT = re.compile(f"[{JAPANESE_SCRIPT}]")
_KANA = re.compile(f"[{KANA}]")
_HAN = re.compile(f"[{HAN}]")
_KANA_LONG = "ー"
_NOT_LOWER = re.compile("[^a-z]")
_LONG_VOWEL = re.compile("(o)[ou](?![aeiou])|(?<=u)u(?![aeiou])")


@lru_cache(maxsize=1)
def _tagger() -> Any | None:
    """MeCab with UniDic-lite, or None without the ``ja`` extra."""
    try:
        import fugashi
        import unidic_lite  # noqa: F401  (the dictionary fugashi loads)
    except ImportError:
        return None
    return fugashi.Tagger()


def japanese_available() -> bool:
    """Whether Japanese names are read as Japanese (the ``ja`` extra is installed)."""
    return _tagger() is not None


def may_be_japanese(text: str) -> bool:
    """Whether ``text`` has kanji or kana and no Latin letters.

    >>> may_be_japanese("中村 桃子"), may_be_japanese("Anna 中村"), may_be_japanese("Анна")
    (True, False, False)
    """
    return bool(_SCRIPT.search(text)) and not LATIN.search(text)


@lru_cache(maxsize=CACHE_SIZE)
def japanese_reading(text: str) -> str | None:
    """The romanized reading of a Japanese name, words in the order written (family name
    first), or None when the text is not a Japanese name or the ``ja`` extra is missing.

    >>> japanese_reading("中村　桃子") in (None, "nakamura momoko")
    True
    """
    tagger = _tagger()
    if tagger is None or not may_be_japanese(text):
        return None
    if not _HAN.search(text):  # kana only: the words as written ('やまだ たろう')
        return " ".join(r for r in map(_kana_romaji, text.split()) if r) or None
    words = [w for w in tagger(text) if w.surface.strip()]
    if not words or not _is_japanese(text, words):
        return None
    return _read(words)


def read_part(text: str) -> str:
    """One part of a name already known to be Japanese (a CRM's family or given name
    column), romanized as one word; ``text`` itself without the ``ja`` extra.

    >>> read_part("桃子") in ("桃子", "momoko")
    True
    """
    tagger = _tagger()
    if tagger is None or not _SCRIPT.search(text):
        return text
    return (_read([w for w in tagger(text) if w.surface.strip()]) or "").replace(" ", "") or text


def _read(words: list[Any]) -> str | None:
    return " ".join(r for r in map(_romaji, words) if r) or None


def _is_japanese(text: str, words: list[Any]) -> bool:
    if _KANA.search(text):
        return True
    first, rest = words[0], words[1:]
    if _pos(first) != ("人名", "姓"):
        return False
    given = "".join(w.surface for w in rest if _pos(w) == ("人名", "名"))
    return len(first.surface) >= 2 or len(given) >= 2


def _pos(word: Any) -> tuple[str, str]:
    return (word.feature.pos3, word.feature.pos4)


def _kana_romaji(kana: str) -> str:
    """Passport Hepburn of kana as written: a long vowel written out ('たろう', 'ゆうた')
    dropped unless a vowel follows ('いのうえ' is inoue)."""
    import jaconv

    latin: str = jaconv.kata2alphabet(jaconv.hira2kata(kana).replace(_KANA_LONG, ""))
    return _LONG_VOWEL.sub(r"\1", _NOT_LOWER.sub("", latin.lower()))


def _romaji(word: Any) -> str:
    """Passport Hepburn of one word's pronunciation, long vowels dropped; anyascii's reading
    of a word the dictionary has no pronunciation for."""
    import jaconv

    pron = word.feature.pron
    if not pron or pron == "*":
        return str(anyascii(word.surface)).lower()
    latin: str = jaconv.kata2alphabet(pron.replace(_KANA_LONG, ""))
    return _NOT_LOWER.sub("", latin.lower())
