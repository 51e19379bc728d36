"""Social handles: derived from names in the many ways people do, or not at all.

Handles are unique per platform, claimed first-come in a random order, so two people
named John Smith end up as ``jsmith`` and ``jsmith2`` — and not on the same platforms.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from .rand import Sampler, pick

NAME_STYLES = Sampler.of(
    {
        "{f}{l}": 0.16,
        "{f}.{l}": 0.08,
        "{f}_{l}": 0.08,
        "{fi}{l}": 0.12,
        "{l}{fi}": 0.04,
        "{f}{l}{yy}": 0.08,
        "{fi}{l}_{tag}": 0.04,
        "its{f}{l}": 0.03,
        "the{f}{l}": 0.03,
        "real{f}{l}": 0.02,
        "{nick}.{l}": 0.04,
        "{nick}{l}": 0.05,
        "{f}{li}": 0.04,
        "{f}_{yyyy}": 0.02,
        "{f}{l}{tag}": 0.03,
        "{l}{f}": 0.03,
        "{f}.{l}{n}": 0.03,
        "{nick}{yy}": 0.02,
        "{l}.{f}": 0.02,
        "{f}": 0.02,
    }
)
_TAGS: dict[str, tuple[str, ...]] = {
    "coding": ("dev", "codes", "tech", "io", "hq"),
    "design": ("design", "designs", "ux"),
    "photography": ("photo", "photos", "shoots", "pics"),
    "art": ("art", "draws", "makes"),
    "music": ("music", "beats", "plays"),
    "travel": ("travels", "abroad", "explores"),
    "food": ("eats", "cooks", "kitchen"),
    "fitness": ("fit", "runs", "lifts"),
    "running": ("runs", "runner"),
    "books": ("reads", "writes"),
    "film": ("films", "video"),
}
_ADJECTIVES = (
    "cool",
    "lazy",
    "pixel",
    "night",
    "moon",
    "sunny",
    "cosmic",
    "little",
    "happy",
    "silent",
    "wild",
    "electric",
    "purple",
    "neon",
    "lucky",
    "urban",
    "quiet",
    "dark",
    "golden",
    "crazy",
    "sleepy",
    "tiny",
    "retro",
    "mighty",
    "salty",
    "fuzzy",
    "grumpy",
    "velvet",
    "lost",
    "stray",
)
_NOUNS = (
    "cat",
    "witch",
    "owl",
    "child",
    "fox",
    "panda",
    "wolf",
    "coder",
    "ninja",
    "rider",
    "dreamer",
    "wanderer",
    "bird",
    "bear",
    "ghost",
    "dragon",
    "monkey",
    "potato",
    "taco",
    "bee",
    "nomad",
    "pilot",
    "wave",
    "rebel",
    "otter",
    "badger",
    "toast",
    "pickle",
    "comet",
    "sparrow",
)


@dataclass(frozen=True)
class NameTokens:
    """ASCII pieces of a name used to build handles and email local parts."""

    first: str
    last: str
    nick: str
    birth_year: int
    tags: tuple[str, ...]

    def fill(self, style: str, rng: random.Random) -> str:
        """Instantiate a style such as ``{fi}{l}{yy}``."""
        return style.format(
            f=self.first,
            l=self.last,
            fi=self.first[:1],
            li=self.last[:1],
            nick=self.nick or self.first,
            yy=f"{self.birth_year % 100:02d}",
            yyyy=self.birth_year,
            n=rng.randrange(1, 100),
            tag=pick(rng, self.tags),
        )

    @property
    def words(self) -> tuple[str, ...]:
        """Name words, for capitalizing handles (``JohnSmith``)."""
        return tuple(w for w in (self.first, self.last, self.nick) if w)


def tags_for(interests: tuple[str, ...]) -> tuple[str, ...]:
    """Handle suffixes that fit someone's interests (``_dev``, ``photo``)."""
    out: list[str] = []
    for interest in interests:
        out.extend(_TAGS.get(interest, ()))
    return tuple(out) or ("official", "x", "hq", "online")


def name_handle(tokens: NameTokens, rng: random.Random, avoid: str = "") -> str:
    """A handle built from the name, different from ``avoid`` when possible."""
    for _ in range(4):
        handle = tokens.fill(NAME_STYLES.draw(rng), rng)
        if handle != avoid:
            return handle
    return handle + str(rng.randrange(1, 10))


def unrelated_handle(rng: random.Random) -> str:
    """A handle with no link to the person's name (``pixelwitch``, ``lazyfox_93``)."""
    adjective, noun = pick(rng, _ADJECTIVES), pick(rng, _NOUNS)
    roll = rng.random()
    if roll < 0.35:
        return adjective + noun
    if roll < 0.55:
        return f"{adjective}{noun}{rng.randrange(1, 100)}"
    if roll < 0.7:
        return f"{adjective}_{noun}"
    if roll < 0.85:
        return f"{noun}{rng.randrange(1, 1000)}"
    return f"the{adjective}{noun}"


def variant(handle: str, tokens: NameTokens | None, rng: random.Random) -> str:
    """A near variant of ``handle`` (separator, digits, prefix) or another name style."""
    roll = rng.random()
    if tokens is not None and roll < 0.35:
        return name_handle(tokens, rng, avoid=handle)
    if roll < 0.55:
        return handle + pick(rng, ("1", "_", str(rng.randrange(2, 100)), "x", "_official"))
    if roll < 0.75 and any(sep in handle for sep in "._"):
        return handle.replace(".", "_") if "." in handle else handle.replace("_", "")
    if roll < 0.85:
        return pick(rng, ("the", "its", "im", "hey")) + handle
    return handle + pick(rng, ("_", ".")) + pick(rng, tokens.tags if tokens else ("hq", "xo"))


@dataclass(frozen=True)
class Rules:
    """What a platform allows in a handle."""

    allowed: str
    max_len: int
    lower: bool
    sep: str
    """Replacement for separators the platform rejects (``""`` drops them)."""


_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
RULES = {
    "twitter": Rules(_ALNUM + "_", 15, False, "_"),
    "instagram": Rules(_ALNUM + "._", 30, True, "."),
    "tiktok": Rules(_ALNUM + "._", 24, True, "_"),
    "github": Rules(_ALNUM + "-", 39, False, "-"),
    "linkedin": Rules(_ALNUM + "-", 100, True, "-"),
    "facebook": Rules(_ALNUM + ".", 50, True, "."),
    "youtube": Rules(_ALNUM + "._-", 30, False, ""),
    "mastodon": Rules(_ALNUM + "_", 30, True, "_"),
    "bluesky": Rules(_ALNUM + "-", 18, True, "-"),
}


def conform(handle: str, platform: str, rng: random.Random) -> str:
    """Make ``handle`` legal on ``platform`` (replace rejected separators, truncate)."""
    rules = RULES[platform]
    out = []
    for ch in handle:
        if ch.lower() in rules.allowed:
            out.append(ch.lower() if rules.lower else ch)
        elif not ch.isalnum():
            out.append(rules.sep)
    text = "".join(out).strip("._-")[: rules.max_len].strip("._-")
    return text or "user" + str(rng.randrange(100, 10_000))


class HandleRegistry:
    """First-come handle ownership per platform."""

    def __init__(self) -> None:
        self._taken: dict[str, set[str]] = {}

    def claim(self, handle: str, platform: str, year: int, rng: random.Random) -> str:
        """``handle`` if free on ``platform``, else the next free numbered variant."""
        taken = self._taken.setdefault(platform, set())
        rules = RULES[platform]
        suffixes = ["", f"{year % 100:02d}", "2", "3", "4", "5"]
        suffixes.append("_" if "_" in rules.allowed else "0")
        while True:
            for suffix in suffixes:
                candidate = handle[: rules.max_len - len(suffix)] + suffix
                if candidate.lower() not in taken:
                    taken.add(candidate.lower())
                    return candidate
            suffixes = [str(rng.randrange(10, 10_000))]
