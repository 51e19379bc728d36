"""Identity keys from handles and email local parts, split by what explains them.

A handle or local part that a record's own name explains (``john.smith`` for John Smith,
``itsjohnsmith``, ``jsmith85``) repeats the name: agreeing on it says little once the names
agree, so it only refines the name comparison. One that the name does not explain
(``pixelwitch``, ``bobt85``, ``annamuller`` under the display name "Anna 🌸") is evidence of
its own. Counting both kinds as independent evidence double-counts the name, which is the
commonest way a Fellegi–Sunter model over-merges namesakes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

#: Shortest key that may serve as evidence or a blocking key.
MIN_KEY_LENGTH = 4
#: A blocking key held by more records than this stops generating pairs: like a stop word,
#: it would pair everyone with everyone (``jsmith`` in a large CRM). Other rules and the
#: remaining keys still reach the true pairs among them.
MAX_KEY_RECORDS = 50
#: A CRM contact's surname alone blocks only while this few contacts hold it: a rare surname
#: finds duplicates whose first name is missing or garbled ('Dean' / 'Evie Dean', 'rarHry
#: Andrews'), a common one would pair strangers.
MAX_SURNAME_RECORDS = 10
#: Shortest surname that explains a key containing it.
_MIN_SURNAME = 3
_NOT_ALNUM = re.compile(r"[^0-9a-z]")
_DIGITS = re.compile(r"[0-9]")


def alnum(text: str) -> str:
    """Lower-case letters and digits only.

    >>> alnum("John_Smith.85")
    'johnsmith85'
    """
    return _NOT_ALNUM.sub("", text.casefold())


def stem(text: str) -> str:
    """:func:`alnum` without digits.

    >>> stem("j.smith85")
    'jsmith'
    """
    return _DIGITS.sub("", alnum(text))


@dataclass(frozen=True)
class NameKeys:
    """The name side of a record: its name-derived handle candidates and name parts."""

    first: str
    last: str
    candidates: frozenset[str]

    def explains(self, key: str) -> bool:
        """Whether the record's own name accounts for ``key`` (an alnum handle or local part).

        >>> nk = NameKeys("john", "smith", frozenset({"johnsmith", "jsmith"}))
        >>> [nk.explains(k) for k in ("jsmith85", "itsjohnsmith", "pixelwitch", "john")]
        [True, True, False, True]
        """
        bare = _DIGITS.sub("", key)
        if key in self.candidates or bare in self.candidates or bare in (self.first, self.last):
            return True
        if len(self.last) >= _MIN_SURNAME and self.last in bare:
            rest = bare.replace(self.last, "", 1)
            return not self.first or self.first[0] in rest
        return False


def name_keys(first: str | None, last: str | None, candidates: Iterable[str]) -> NameKeys:
    """The :class:`NameKeys` of folded name parts and their handle candidates."""
    return NameKeys(alnum(first or ""), alnum(last or ""), frozenset(alnum(c) for c in candidates))


def split_keys(
    keys: Iterable[str], names: NameKeys
) -> tuple[list[str], list[str]]:
    """Split alnum keys into (explained by the name, not explained), dropping short ones."""
    explained: list[str] = []
    unexplained: list[str] = []
    for key in dict.fromkeys(keys):
        if len(key) < MIN_KEY_LENGTH:
            continue
        (explained if names.explains(key) else unexplained).append(key)
    return explained, unexplained
