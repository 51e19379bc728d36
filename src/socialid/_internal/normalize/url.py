"""Loose URL parsing for profile links and website domains."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import parse_qsl, unquote, urlsplit

from socialid._internal.normalize._text import words

_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)
_BARE_URL = re.compile(r"^(?:www\.|[\w-]+(?:\.[\w-]+)+/)", re.IGNORECASE)
_HOST = re.compile(r"(?:[\w-]+\.)+[^\W\d_][\w-]*")
_IGNORED_HOST_PREFIXES = ("www.", "m.", "mobile.")
_MAX_HOST_LENGTH = 253  # DNS limit

# Suffixes under which every next label belongs to a different owner ('jane.github.io').
PUBLIC_SUFFIXES: frozenset[str] = words(
    """
    co.uk org.uk ac.uk gov.uk me.uk ltd.uk plc.uk com.au net.au org.au edu.au co.nz org.nz
    co.jp ne.jp or.jp ac.jp co.in org.in com.br com.cn com.mx com.ar com.tr com.sg com.hk
    co.za co.il co.kr com.tw com.my com.ph com.pl co.id com.ua
    github.io gitlab.io netlify.app vercel.app herokuapp.com pages.dev blogspot.com
    wordpress.com substack.com wixsite.com squarespace.com webflow.io notion.site tumblr.com
    """
)


@dataclass(frozen=True, slots=True)
class Url:
    """The parts of a URL that identify a profile or a website."""

    host: str  # lower-case, without 'www.', 'm.' or 'mobile.'
    segments: tuple[str, ...]  # non-empty, percent-decoded path segments
    query: tuple[tuple[str, str], ...]  # (name, value) pairs


def looks_like_url(text: str) -> bool:
    """True for 'https://…', 'www.…' and 'host.tld/path' (a bare 'jane.doe' is a handle)."""
    return bool(_SCHEME.match(text) or _BARE_URL.match(text))


@lru_cache(maxsize=1 << 16)
def parse_url(text: str) -> Url | None:
    """Split a URL with or without scheme; None when it has no plausible host."""
    text = text.strip()
    try:
        parts = urlsplit(text if _SCHEME.match(text) else "https://" + text)
        host = (parts.hostname or "").rstrip(".")
    except ValueError:
        return None
    if len(host) > _MAX_HOST_LENGTH or not _HOST.fullmatch(host):
        return None
    for prefix in _IGNORED_HOST_PREFIXES:
        host = host.removeprefix(prefix)
    segments = tuple(unquote(segment) for segment in parts.path.split("/") if segment)
    return Url(host, segments, tuple(parse_qsl(parts.query)))


def registrable_domain(host: str) -> str:
    """Reduce a host to its registrable part: 'blog.acme.co.uk' → 'acme.co.uk'."""
    labels = host.split(".")
    keep = 3 if ".".join(labels[-2:]) in PUBLIC_SUFFIXES else 2
    return ".".join(labels[-keep:])
