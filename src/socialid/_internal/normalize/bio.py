"""Profile bios → handles, emails, URLs, website domains and companies they mention."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

from socialid._internal.normalize._text import CACHE_SIZE, coerce_text, strip_decoration
from socialid._internal.normalize.company import company_mentions
from socialid._internal.normalize.email import normalize_email
from socialid._internal.normalize.handle import HandleResult, handle_from_url, normalize_handle
from socialid._internal.normalize.platforms import BY_ALIAS, LINK_HOSTS, platform_for_host
from socialid._internal.normalize.url import parse_url, registrable_domain

_T = TypeVar("_T")

_TLDS = (
    "com net org io dev co me ai app xyz info biz tech design studio blog page site online "
    "store shop gg tv fm ly sh cc us eu de uk fr es it nl pl ru jp cn in br ca au ch at se "
    "no dk fi be tr ee social link art cloud"
)
_URL = re.compile(
    r"(?<![\w@.\-/])(?:https?://|www\.|(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+"
    rf"(?:{'|'.join(_TLDS.split())})(?![\w-])(?=[/\s.,;:!?)|]|$))[^\s<>\"'|]*",
    re.IGNORECASE,
)
_URL_TRAILING = ".,;:!?)]}'\""
_FEDIVERSE = re.compile(r"(?<![\w@])@[\w.-]+@(?:[\w-]+\.)+[a-z]{2,}", re.IGNORECASE)
_EMAIL = re.compile(r"(?<![\w@.+'-])[\w.+'-]+@(?:[\w-]+\.)+[a-z]{2,}", re.IGNORECASE)
_ALIASES = "|".join(re.escape(alias) for alias in sorted(BY_ALIAS, key=len, reverse=True))
_LABELLED = re.compile(
    rf"(?<![\w.])(?P<label>{_ALIASES})\s*(?::\s*|\s+(?=@))@?"
    r"(?P<handle>\w(?:[\w.-]*\w)?)(?![\w.:/@-])",  # not the start of a URL or an email
    re.IGNORECASE,
)
_BARE_HANDLE = re.compile(r"(?<![\w@.])@(?P<handle>\w(?:[\w.]*\w)?)")


@dataclass(frozen=True, slots=True)
class BioResult:
    """What a bio mentions, each kind in order of appearance without duplicates."""

    original: str | None
    handles: tuple[tuple[str, str], ...]  # (platform, handle); platform '' when not stated
    emails: tuple[str, ...]
    urls: tuple[str, ...]  # as written, 'https://' added when the scheme was left out
    domains: tuple[str, ...]
    companies: tuple[str, ...]
    error: str | None = None  # set only when the value is not text


def extract_bio(value: object) -> BioResult:
    """Extract handles, emails, URLs, website domains and companies from a profile bio.

    >>> r = extract_bio("CEO of Acme | IG: @jane.d | github.com/janed | jane@acme.com | acme.com")
    >>> r.handles, r.emails, r.domains, r.companies
    ((('instagram', 'jane.d'), ('github', 'janed')), ('jane@acme.com',), ('acme.com',), ('acme',))
    """
    text, error = coerce_text(value)
    if text is None:
        return BioResult(None, (), (), (), (), (), error)
    return _extract(text)


class _Mentions:
    """Collects what a bio mentions, keyed by position, masking each mention once found."""

    def __init__(self, text: str) -> None:
        self.work = strip_decoration(text, "|")
        self.handles: list[tuple[int, tuple[str, str]]] = []
        self.emails: list[tuple[int, str]] = []
        self.urls: list[tuple[int, str]] = []
        self.domains: list[tuple[int, str]] = []

    def take(self, pattern: re.Pattern[str]) -> list[re.Match[str]]:
        """Find ``pattern`` and mask what it matched, keeping every offset in place."""
        found = list(pattern.finditer(self.work))
        self.work = pattern.sub(lambda match: "|" + " " * (len(match.group()) - 1), self.work)
        return found

    def add_handle(self, at: int, result: HandleResult, platform: str | None = None) -> None:
        """Record a valid handle under ``platform``, or the platform it was recognized as."""
        if result.handle is not None:
            name = platform if platform is not None else result.platform or ""
            self.handles.append((at, (name, result.handle)))


@lru_cache(maxsize=CACHE_SIZE)
def _extract(text: str) -> BioResult:
    mentions = _Mentions(text)
    for match in mentions.take(_LABELLED):
        labelled = normalize_handle(match.group("handle"), match.group("label"))
        mentions.add_handle(match.start(), labelled)
    for match in mentions.take(_URL):
        link = match.group().rstrip(_URL_TRAILING)
        link = link if "://" in link else "https://" + link
        mentions.urls.append((match.start(), link))
        profile, parsed = handle_from_url(link), parse_url(link)
        if profile.handle is not None:
            mentions.add_handle(match.start(), profile)
        elif parsed is not None and not _is_platform_host(parsed.host):
            mentions.domains.append((match.start(), registrable_domain(parsed.host)))
    for match in mentions.take(_FEDIVERSE):
        mentions.add_handle(match.start(), normalize_handle(match.group(), "mastodon"))
    for match in mentions.take(_EMAIL):
        normalized = normalize_email(match.group()).normalized
        if normalized is not None:
            mentions.emails.append((match.start(), normalized))
    companies, taken = company_mentions(mentions.work)  # '@acme' in 'eng @acme' is a company
    for match in mentions.take(_BARE_HANDLE):
        if match.start() + 1 not in taken:
            mentions.add_handle(match.start(), normalize_handle(match.group("handle")), "")
    return BioResult(
        original=text,
        handles=_in_order(mentions.handles),
        emails=_in_order(mentions.emails),
        urls=_in_order(mentions.urls),
        domains=_in_order(mentions.domains),
        companies=companies,
    )


def website_domain(value: object) -> str | None:
    """Return the registrable, lower-case domain of a website URL, without 'www.'.

    >>> website_domain("https://www.Acme.com/about")
    'acme.com'
    """
    text, _ = coerce_text(value)
    url = parse_url(text) if text else None
    return registrable_domain(url.host) if url else None


def _is_platform_host(host: str) -> bool:
    return platform_for_host(host) is not None or registrable_domain(host) in LINK_HOSTS


def _in_order(found: list[tuple[int, _T]]) -> tuple[_T, ...]:
    return tuple(dict.fromkeys(item for _, item in sorted(found, key=lambda pair: pair[0])))
