"""String helpers: ASCII folding, slugs and human typing noise."""

from __future__ import annotations

import random

from anyascii import anyascii

from .rand import pick

_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_NEIGHBOURS: dict[str, str] = {}
for _r, _row in enumerate(_ROWS):
    for _i, _ch in enumerate(_row):
        near = _row[max(0, _i - 1) : _i] + _row[_i + 1 : _i + 2]
        for _other in (_r - 1, _r + 1):
            if 0 <= _other < len(_ROWS):
                near += _ROWS[_other][max(0, _i - 1) : _i + 1]
        _NEIGHBOURS[_ch] = near


def fold(text: str, *, german: bool = False) -> str:
    """Drop accents (``Müller`` → ``Muller``; with ``german``: ``Mueller``)."""
    if german:
        text = text.translate(_GERMAN)
    return text if text.isascii() else anyascii(text)


def slug(text: str, *, german: bool = False) -> str:
    """Lower-case ASCII letters and digits only (``van der Berg`` → ``vanderberg``)."""
    return "".join(ch for ch in fold(text, german=german).lower() if ch.isalnum())


def typo(text: str, rng: random.Random) -> str:
    """Apply one realistic keyboard edit (substitute, drop, double or swap a letter)."""
    positions = [i for i, ch in enumerate(text) if ch.isalpha()][1:]
    if len(positions) < 2:
        return text
    i = pick(rng, positions)
    op = rng.randrange(4)
    ch = text[i]
    if op == 0:
        near = _NEIGHBOURS.get(ch.lower(), "")
        if not near:
            return text[:i] + text[i + 1 :]
        sub = pick(rng, near)
        return text[:i] + (sub.upper() if ch.isupper() else sub) + text[i + 1 :]
    if op == 1:
        return text[:i] + text[i + 1 :]
    if op == 2:
        return text[:i] + ch + text[i:]
    if i + 1 < len(text) and text[i + 1].isalpha():
        return text[:i] + text[i + 1] + ch + text[i + 2 :]
    return text[: i - 1] + ch + text[i - 1] + text[i + 1 :]


def mixed_case(text: str, words: tuple[str, ...]) -> str:
    """Capitalize the name words inside a handle (``johnsmith`` → ``JohnSmith``)."""
    chars = list(text)
    low = text.lower()
    starts = {0} | {i + 1 for i, ch in enumerate(text) if not ch.isalpha()}
    for word in words:
        at = low.find(word) if len(word) > 1 else -1
        if at >= 0:
            starts.add(at)
    for i in starts:
        if i < len(chars):
            chars[i] = chars[i].upper()
    return "".join(chars)
