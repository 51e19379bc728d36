"""Mailboxes and the many equivalent spellings of one address.

A mailbox belongs to one person (role mailboxes and family mailboxes excepted). Gmail
ignores dots and both Gmail and several others ignore ``+tags``, so one mailbox can be
written many ways across records; the registry keeps canonical mailboxes unique so two
different people never share one by accident.
"""

from __future__ import annotations

import itertools
import random
from dataclasses import dataclass

from .rand import Sampler, chance, pick

_DOTLESS = frozenset({"gmail.com", "googlemail.com"})
_PLUS_TAGS = frozenset(
    {
        "gmail.com",
        "googlemail.com",
        "outlook.com",
        "hotmail.com",
        "icloud.com",
        "proton.me",
        "me.com",
        "outlook.de",
        "hotmail.co.uk",
        "posteo.de",
    }
)
_TAGS = (
    "crm",
    "newsletter",
    "work",
    "linkedin",
    "shop",
    "spam",
    "news",
    "2019",
    "github",
    "social",
    "promo",
    "lists",
)

PERSONAL_STYLES = Sampler.of(
    {
        "{f}.{l}": 0.22,
        "{f}{l}": 0.15,
        "{fi}{l}": 0.08,
        "{f}_{l}": 0.05,
        "{f}{l}{yy}": 0.1,
        "{f}.{l}{n}": 0.05,
        "{f}{l}{n}": 0.06,
        "{l}{f}": 0.03,
        "{l}.{f}": 0.03,
        "{f}{yyyy}": 0.04,
        "{f}{li}": 0.03,
        "{nick}{l}": 0.04,
        "{handle}": 0.12,
    }
)


@dataclass(frozen=True)
class Mailbox:
    """One deliverable mailbox."""

    local: str
    domain: str


def canonical(local: str, domain: str) -> str:
    """Provider-aware canonical mailbox key (case, Gmail dots, ``+tags``)."""
    local, domain = local.lower(), domain.lower()
    if domain in _PLUS_TAGS:
        local = local.split("+", 1)[0]
    if domain in _DOTLESS:
        return local.replace(".", "") + "@gmail.com"
    return f"{local}@{domain}"


#: Random numbers below 1000 tried for a taken mailbox before longer ones.
_SHORT_NUMBER_TRIES = 200


class MailboxRegistry:
    """Hands out mailboxes, never the same canonical mailbox to two owners."""

    def __init__(self) -> None:
        self._taken: set[str] = set()

    def claim(self, local: str, domain: str, rng: random.Random, *, year: int = 0) -> Mailbox:
        """The mailbox ``local@domain`` or, if taken, a numbered variant of it."""
        candidates = [local]
        if year:
            candidates += [f"{local}{year % 100:02d}", f"{local}{year}"]
        for candidate in candidates:
            if canonical(candidate, domain) not in self._taken:
                return self._take(candidate, domain)
        # Numbers below 1000 first, as people pick them; when a very common name has used
        # them up (mary.smith@gmail.com in a million people), longer ones.
        for attempt in itertools.count():
            top = 1000 if attempt < _SHORT_NUMBER_TRIES else 10 ** (4 + attempt // 100)
            candidate = f"{local}{rng.randrange(1, top)}"
            if canonical(candidate, domain) not in self._taken:
                return self._take(candidate, domain)
        raise AssertionError("unreachable")

    def _take(self, local: str, domain: str) -> Mailbox:
        self._taken.add(canonical(local, domain))
        return Mailbox(local, domain)


def render(box: Mailbox, rng: random.Random, *, variant_rate: float) -> str:
    """The address as written in one record; sometimes an equivalent variant of it."""
    local, domain = box.local, box.domain
    if chance(rng, variant_rate):
        roll = rng.random()
        if domain in _DOTLESS and roll < 0.45:
            local = _redot(local, rng)
        elif domain in _PLUS_TAGS and roll < 0.8:
            local = f"{local}+{pick(rng, _TAGS)}"
        elif domain == "gmail.com" and roll < 0.9:
            domain = "googlemail.com"
        else:
            local = local.capitalize() if chance(rng, 0.5) else local.upper()
            domain = domain.capitalize() if chance(rng, 0.3) else domain
    elif chance(rng, 0.04):
        local = ".".join(part.capitalize() for part in local.split("."))
    return f"{local}@{domain}"


def _redot(local: str, rng: random.Random) -> str:
    bare = local.replace(".", "")
    if "." in local and chance(rng, 0.6):
        return bare
    out = bare[0]
    for ch in bare[1:]:
        out += ("." if chance(rng, 0.2) else "") + ch
    return out
