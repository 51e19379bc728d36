"""Social handles and profile URLs → (platform, handle, stem, tokens)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from socialid._internal.normalize._text import CACHE_SIZE, coerce_text, fold, quoted, split_tokens
from socialid._internal.normalize.platforms import (
    BY_ALIAS,
    BY_NAME,
    MASTODON,
    PLATFORMS,
    Platform,
    platform_for_host,
)
from socialid._internal.normalize.url import Url, looks_like_url, parse_url

_GENERIC_HANDLE = re.compile(r"[\w.-]{1,100}")
_GENERIC_RULE = "use letters, digits, periods, hyphens or underscores, without spaces"
_FEDIVERSE = re.compile(r"^@?([^@\s]+)@([^@\s]+\.[^@\s]+)$")
_STEM_DROPPED = re.compile(r"[^a-z]")
_PLATFORM_NAMES = ", ".join(platform.name for platform in PLATFORMS)


@dataclass(frozen=True, slots=True)
class HandleResult:
    """A normalized handle; ``handle`` is None when the value is invalid or empty."""

    original: str | None
    platform: str | None
    handle: str | None
    stem: str | None
    tokens: tuple[str, ...]
    error: str | None


def canonical_platform(value: object) -> str | None:
    """Return the canonical platform name for a name, abbreviation or host; None if unknown.

    >>> [canonical_platform(v) for v in ("X", "x.com", "Twitter", "IG", "insta", "myspace")]
    ['twitter', 'twitter', 'twitter', 'instagram', 'instagram', None]
    """
    text, _ = coerce_text(value)
    platform = _platform(text) if text is not None else None
    return platform.name if platform else None


def normalize_handle(value: object, platform: object = None) -> HandleResult:
    """Normalize a handle given bare, as '@handle', as a profile URL or as '@user@instance'.

    ``platform`` (any spelling ``canonical_platform`` knows) selects the syntax rules; a
    profile URL or a Mastodon address names its own platform and wins over it. Bare
    'name.bsky.social' handles are recognized as Bluesky.

    >>> r = normalize_handle("@JohnSmith_85", "X")
    >>> r.platform, r.handle, r.stem, r.tokens
    ('twitter', 'johnsmith_85', 'johnsmith', ('john', 'smith', '85'))
    """
    text, error = coerce_text(value)
    platform_text, platform_error = coerce_text(platform)
    if text is None or platform_error:
        return _invalid(text, error or platform_error)
    return _normalize(text, platform_text)


def handle_from_url(url: object) -> HandleResult:
    """Extract the handle from a profile URL of any known platform (or a Mastodon instance).

    Site pages (``/home``, ``/search``, ``instagram.com/p/…``) and LinkedIn company or school
    pages are rejected with an error: they do not name a person.

    >>> handle_from_url("https://www.linkedin.com/in/Jane-Doe-8a1b2c3d/").handle
    'jane-doe-8a1b2c3d'
    """
    text, error = coerce_text(url)
    if text is None:
        return _invalid(None, error)
    return _from_url(text)


@lru_cache(maxsize=CACHE_SIZE)
def _normalize(text: str, platform_text: str | None) -> HandleResult:
    stripped = text.strip()
    if not stripped:
        return _invalid(text, None)
    platform = _platform(platform_text) if platform_text is not None else None
    if platform_text is not None and platform_text.strip() and platform is None:
        return _invalid(
            text,
            f"{quoted(text)} has an unknown platform {quoted(platform_text)}; "
            f"use one of {_PLATFORM_NAMES}.",
        )
    if looks_like_url(stripped):
        return _from_url(text)
    fediverse = _FEDIVERSE.match(stripped)
    if fediverse and (stripped.startswith("@") or platform is MASTODON):
        return _result(text, MASTODON, f"{fediverse.group(1)}@{fediverse.group(2)}")
    raw = stripped.removeprefix("@")
    if platform is None and raw.lower().endswith(".bsky.social"):
        platform = BY_NAME["bluesky"]
    return _result(text, platform, raw)


@lru_cache(maxsize=CACHE_SIZE)
def _from_url(text: str) -> HandleResult:
    url = parse_url(text)
    if url is None:
        return _invalid(text, f"{quoted(text)} is not a URL; pass a profile link or a handle.")
    found = platform_for_host(url.host)
    if found is None:
        if url.segments and url.segments[0].startswith("@"):  # any Mastodon-style instance
            return _result(text, MASTODON, f"{url.segments[0][1:]}@{url.host}")
        return _invalid(
            text,
            f"{quoted(text)} is not a profile link of a known platform; "
            f"use a link to one of {_PLATFORM_NAMES}.",
        )
    platform, host = found
    subdomain = url.host.removesuffix(host).rstrip(".")
    if platform.user_subdomains and subdomain and subdomain not in platform.reserved:
        return _result(text, platform, subdomain)
    raw = _match_layout(platform, url)
    if raw is not None:
        return _result(text, platform, f"{raw}@{url.host}" if platform is MASTODON else raw)
    first = url.segments[0].lower() if url.segments else ""
    if first in platform.reserved:
        problem = f"is the {platform.label} '{first}' page, not a person's profile"
    else:
        problem = f"is not a profile link on {platform.label}"
    return _invalid(text, f"{quoted(text)} {problem}; use a link like {platform.example}.")


def _match_layout(platform: Platform, url: Url) -> str | None:
    """The raw handle from the first of the platform's URL layouts that fits, else None."""
    for layout in platform.paths:
        path, _, query = layout.partition("?")
        parts = path.split("/")
        if len(url.segments) < len(parts):
            continue
        raw: str | None = None
        for part, segment in zip(parts, url.segments[: len(parts)], strict=True):
            # a reserved segment ('home', 'p') falls through to the literal test and fails it
            if part == "{h}" and segment.lower() not in platform.reserved:
                raw = segment
            elif part == "@{h}" and segment.startswith("@"):
                raw = segment[1:]
            elif part != segment.lower():
                break
        else:
            if query:
                name = query.partition("=")[0]
                raw = next((value for key, value in url.query if key == name), None)
            if raw:
                return raw
    return None


def _result(original: str, platform: Platform | None, raw: str) -> HandleResult:
    """Validate ``raw`` against the platform's rule and derive the stem and tokens."""
    handle = raw.lower()
    if platform is not None and platform.default_suffix and "." not in handle:
        handle += platform.default_suffix
    pattern = platform.pattern if platform else _GENERIC_HANDLE
    if not pattern.fullmatch(handle):
        label = f"{platform.label} handle" if platform else "handle"
        rule = platform.rule if platform else _GENERIC_RULE
        return _invalid(original, f"{quoted(original)} is not a valid {label}: {rule}.")
    if platform is not None and platform.stem_until:
        raw = raw.split(platform.stem_until, 1)[0]
    if platform is not None and platform.noise_suffix:
        raw = platform.noise_suffix.sub("", raw)
    return HandleResult(
        original=original,
        platform=platform.name if platform else None,
        handle=handle,
        stem=_STEM_DROPPED.sub("", fold(raw)) or None,
        tokens=split_tokens(raw),
        error=None,
    )


def _platform(text: str) -> Platform | None:
    key = fold(text)
    if key in BY_ALIAS:
        return BY_ALIAS[key]
    url = parse_url(text) if "." in key else None
    found = platform_for_host(url.host) if url else None
    return found[0] if found else None


def _invalid(original: str | None, error: str | None) -> HandleResult:
    return HandleResult(original, None, None, None, (), error)
