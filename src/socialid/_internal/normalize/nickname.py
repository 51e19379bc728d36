"""Nickname data (the ``nicknames`` package) reduced to canonical forms, cached per name."""

from __future__ import annotations

import re
from functools import lru_cache

from nicknames import NickNamer

from socialid._internal.normalize._text import CACHE_SIZE

_NOT_ALNUM = re.compile(r"[^a-z0-9]")


@lru_cache(maxsize=1)
def _namer() -> NickNamer:
    return NickNamer()


def _nickname_count(name: str) -> int:
    return len(_namer().nicknames_of(name))


def _is_canonical(name: str) -> bool:
    """A canonical name has more nicknames than names it is a nickname of.

    The nicknames data lists some relations both ways ('bob' has nickname 'robert'); this
    keeps 'robert' (11 nicknames, nickname of 3) and drops 'bob' (2 nicknames, nickname of 3).
    """
    return _nickname_count(name) > len(_namer().canonicals_of(name))


@lru_cache(maxsize=CACHE_SIZE)
def canonical_forms(name: str) -> tuple[str, ...]:
    """Sorted canonical forms of a folded first name; a canonical name keeps only itself and
    canonical names with more nicknames; a name without any maps to itself."""
    floor = _nickname_count(name) if _is_canonical(name) else -1
    parents = {c for c in _namer().canonicals_of(name) if _is_canonical(c)}
    found = {c for c in parents if _nickname_count(c) > floor}
    return tuple(sorted(found | ({name} if floor >= 0 else set()))) or (name,)


@lru_cache(maxsize=CACHE_SIZE)
def name_forms(name: str) -> frozenset[str]:
    """The folded name, its nicknames and its canonical forms, as lower-case ASCII words."""
    forms = {name, *_namer().nicknames_of(name), *canonical_forms(name)}
    return frozenset(filter(None, (_NOT_ALNUM.sub("", form) for form in forms)))
