"""Text coercion, folding and tokenizing shared by every normalizer."""

from __future__ import annotations

import math
import numbers
import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

CACHE_SIZE = 1 << 17
"""Entries kept by each normalizer's ``lru_cache``: large enough for repeated CRM values."""

_MISSING_TYPE_NAMES = frozenset({"NAType", "NaTType"})  # pandas.NA / pandas.NaT, without pandas
_DROPPED_CATEGORIES = frozenset({"So", "Sk", "Cs", "Co", "Cn", "Me"})  # emoji, decoration
_VARIATION_SELECTORS = re.compile("[\ufe00-\ufe0f\U000e0100-\U000e01ef]")
_NOT_FOLDED = re.compile(r"[^a-z0-9&.\-]+")
_APOSTROPHES = re.compile(r"['`]")
#: A Latin letter, accented or not: a name with one is not read as written in another script.
LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_EDGE_PUNCTUATION = ".-&"
_TOKEN = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+")


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of a data-table literal."""
    return frozenset(text.split())


def coerce_text(value: object) -> tuple[str | None, str | None]:
    """Return ``(text, error)`` for any input: text for str/bytes/numbers, both None if missing.

    Integral floats lose their ``.0`` (``4930123456.0`` → ``'4930123456'``) because spreadsheet
    exports store phone numbers that way.
    """
    if value is None or type(value).__name__ in _MISSING_TYPE_NAMES:
        return None, None
    if isinstance(value, str):
        return value, None
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace"), None
    if isinstance(value, bool):
        return None, f"{value!r} is a bool, not text; pass the value as a string."
    if isinstance(value, numbers.Integral):
        return str(int(value)), None
    if isinstance(value, numbers.Real):
        number = float(value)
        if math.isnan(number):
            return None, None
        if number.is_integer():
            return str(int(number)), None
        return repr(number), None
    shown = repr(value)[:60]
    return None, f"{shown} is a {type(value).__name__}, not text; pass the value as a string."


class _DecorationTable(dict[int, str]):
    """A ``str.translate`` table that classifies each character the first time it is seen."""

    def __init__(self, replacement: str) -> None:
        super().__init__()
        self.replacement = replacement

    def __missing__(self, code: int) -> str:
        category = unicodedata.category(chr(code))
        if category == "Cf":  # zero-width joiners, soft hyphens, bidi marks
            value = ""
        elif category == "Cc":  # tabs, newlines, other controls
            value = " "
        elif category in _DROPPED_CATEGORIES:
            value = self.replacement
        else:
            value = chr(code)
        self[code] = value
        return value


_DECORATION_TABLES = {" ": _DecorationTable(" "), "|": _DecorationTable("|")}


def strip_decoration(text: str, replacement: str = " ") -> str:
    """NFKC-normalize, drop invisible format characters and replace emoji/symbols.

    ``replacement`` is ``" "`` (names, folding) or ``"|"`` (free text, where emoji separate).
    """
    text = _VARIATION_SELECTORS.sub("", unicodedata.normalize("NFKC", text))
    return text.translate(_DECORATION_TABLES[replacement])


@lru_cache(maxsize=CACHE_SIZE)
def fold(text: str) -> str:
    """Fold text to lower-case ASCII words (the cached core of ``name.fold_text``)."""
    ascii_text = _APOSTROPHES.sub("", anyascii(strip_decoration(text)).casefold())
    parts = (part.strip(_EDGE_PUNCTUATION) for part in _NOT_FOLDED.sub(" ", ascii_text).split())
    return " ".join(part for part in parts if part)


def split_tokens(text: str) -> tuple[str, ...]:
    """Split on separators, digit runs and camelCase into lower-case ASCII tokens.

    >>> split_tokens("JohnSmith_85")
    ('john', 'smith', '85')
    """
    return tuple(token.lower() for token in _TOKEN.findall(anyascii(text)))


def quoted(text: str, limit: int = 80) -> str:
    """Repr of ``text`` for error messages, shortened to ``limit`` characters."""
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")
