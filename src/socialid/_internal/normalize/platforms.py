"""The platform table shared by handle and bio normalization: names, hosts, URL layouts, rules."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

from socialid._internal.normalize._text import words

_DOMAIN = r"(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]"


@dataclass(frozen=True, slots=True)
class Platform:
    """One social platform; every platform in the table has case-insensitive handles."""

    name: str  # canonical name returned by ``canonical_platform``
    label: str  # how error messages name it
    aliases: tuple[str, ...]  # folded names people write for it ('x', 'tw', 'ig', ...)
    hosts: tuple[str, ...]  # web hosts; subdomains (www., de., old.) match too
    paths: tuple[str, ...]  # profile URL layouts: '{h}', '@{h}', 'in/{h}', 'profile.php?id={h}'
    pattern: re.Pattern[str]  # a valid lower-cased handle, matched in full
    rule: str  # ``pattern`` in words, for error messages
    reserved: frozenset[str] = frozenset()  # first path segments that are site pages, not people
    user_subdomains: bool = False  # '<handle>.medium.com' is a profile (unless reserved)
    stem_until: str | None = None  # stem/tokens come from the part before this ('.' or '@')
    noise_suffix: re.Pattern[str] | None = None  # generated id at the end, not part of the name
    default_suffix: str = ""  # appended to a bare handle without a '.' ('.bsky.social')
    #: A link-in-bio page (linktr.ee/jane): one of the owner's own accounts, wherever a
    #: record links to it, never a persona of its own.
    link_page: bool = False

    @property
    def example(self) -> str:
        """A profile URL template for error messages."""
        return f"https://{self.hosts[0]}/" + self.paths[0].replace("{h}", "<name>")


_INSTAGRAM_HANDLE = re.compile(r"(?!.*\.\.)[a-z0-9._]{1,30}")
_INSTAGRAM_RULE = "use 1-30 letters, digits, underscores or single periods"

PLATFORMS: tuple[Platform, ...] = (
    Platform(
        name="twitter",
        label="X/Twitter",
        aliases=("twitter", "x", "tw", "twtr", "x twitter", "twitter x"),
        hosts=("x.com", "twitter.com"),
        paths=("{h}",),
        pattern=re.compile(r"[a-z0-9_]{1,15}"),
        rule="use 1-15 letters, digits or underscores",
        reserved=words(
            "home explore search intent i settings notifications messages hashtag share login "
            "signup logout tos privacy compose download about account"
        ),
    ),
    Platform(
        name="instagram",
        label="Instagram",
        aliases=("instagram", "ig", "insta"),
        hosts=("instagram.com", "instagr.am"),
        paths=("{h}",),
        pattern=_INSTAGRAM_HANDLE,
        rule=_INSTAGRAM_RULE,
        reserved=words(
            "p reel reels explore stories accounts direct tv about developer legal web emails "
            "challenge"
        ),
    ),
    Platform(
        name="linkedin",
        label="LinkedIn",
        aliases=("linkedin", "li", "linked in"),
        hosts=("linkedin.com",),
        paths=("in/{h}", "pub/{h}"),
        pattern=re.compile(r"[\w%-]{3,100}"),
        rule="use 3-100 letters, digits or hyphens",
        reserved=words(
            "company school showcase groups feed jobs posts pulse learning events mynetwork "
            "messaging search"
        ),
        noise_suffix=re.compile(
            r"-(?=[a-z]*[0-9])[0-9a-z]{5,}$", re.IGNORECASE
        ),  # 'jane-doe-8a1b2c3d'
    ),
    Platform(
        name="github",
        label="GitHub",
        aliases=("github", "gh", "git hub"),
        hosts=("github.com",),
        paths=("{h}",),
        pattern=re.compile(r"[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){0,38}"),
        rule="use 1-39 letters, digits or single hyphens, not starting with a hyphen",
        reserved=words(
            "about apps collections contact customer-stories enterprise events explore features "
            "issues login join marketplace new notifications orgs organizations pricing pulls "
            "search settings sponsors topics trending security site codespaces readme"
        ),
    ),
    Platform(
        name="tiktok",
        label="TikTok",
        aliases=("tiktok", "tik tok", "tt"),
        hosts=("tiktok.com",),
        paths=("@{h}",),
        pattern=re.compile(r"[a-z0-9_.]{2,24}"),
        rule="use 2-24 letters, digits, underscores or periods",
        reserved=words("tag music discover foryou explore live t"),
    ),
    Platform(
        name="facebook",
        label="Facebook",
        aliases=("facebook", "fb"),
        hosts=("facebook.com", "fb.com"),
        paths=("{h}", "profile.php?id={h}"),
        pattern=re.compile(r"[a-z0-9.]{5,50}"),
        rule="use 5-50 letters, digits or periods",
        reserved=words(
            "pages groups events watch marketplace gaming help login share sharer sharer.php "
            "profile.php photo.php story.php permalink.php hashtag policies privacy legal people"
        ),
    ),
    Platform(
        name="youtube",
        label="YouTube",
        aliases=("youtube", "yt", "you tube"),
        hosts=("youtube.com",),
        paths=("@{h}", "c/{h}", "user/{h}"),
        pattern=re.compile(r"[\w.-]{3,100}"),
        rule="use 3-100 letters, digits, periods, hyphens or underscores",
        reserved=words(
            "watch results playlist channel feed shorts embed live redirect about premium gaming"
        ),
    ),
    Platform(
        name="threads",
        label="Threads",
        aliases=("threads",),
        hosts=("threads.net", "threads.com"),
        paths=("@{h}",),
        pattern=_INSTAGRAM_HANDLE,
        rule=_INSTAGRAM_RULE,
        reserved=words("search activity"),
    ),
    Platform(
        name="bluesky",
        label="Bluesky",
        aliases=("bluesky", "bsky", "blue sky"),
        hosts=("bsky.app", "bsky.social"),
        paths=("profile/{h}",),
        pattern=re.compile(_DOMAIN),
        rule="use a domain handle such as 'name.bsky.social'",
        reserved=words("search feeds notifications settings hashtag www"),
        user_subdomains=True,
        stem_until=".",
        default_suffix=".bsky.social",
    ),
    Platform(
        name="mastodon",
        label="Mastodon",
        aliases=("mastodon", "masto", "fediverse", "fedi"),
        hosts=(
            "mastodon.social",
            "mastodon.online",
            "mstdn.social",
            "mas.to",
            "fosstodon.org",
            "hachyderm.io",
            "infosec.exchange",
            "mastodon.world",
            "techhub.social",
        ),
        paths=("@{h}",),
        pattern=re.compile(r"[a-z0-9_](?:[a-z0-9_.-]{0,62}[a-z0-9_])?@" + _DOMAIN),
        rule="write it as 'user@instance', e.g. 'jane@mastodon.social'",
        stem_until="@",
    ),
    Platform(
        name="reddit",
        label="Reddit",
        aliases=("reddit",),
        hosts=("reddit.com",),
        paths=("u/{h}", "user/{h}"),
        pattern=re.compile(r"[a-z0-9_-]{3,20}"),
        rule="use 3-20 letters, digits, hyphens or underscores",
        reserved=words("r comments search submit settings message"),
    ),
    Platform(
        name="medium",
        label="Medium",
        aliases=("medium",),
        hosts=("medium.com",),
        paths=("@{h}",),
        pattern=re.compile(r"[a-z0-9._-]{1,50}"),
        rule="use letters, digits, periods, hyphens or underscores",
        reserved=words("www m help policy tag topic search me p plans membership creators"),
        user_subdomains=True,
    ),
    Platform(
        name="pinterest",
        label="Pinterest",
        aliases=("pinterest",),
        hosts=(
            "pinterest.com",
            "pinterest.co.uk",
            "pinterest.de",
            "pinterest.fr",
            "pinterest.es",
            "pinterest.ca",
            "pinterest.com.au",
        ),
        paths=("{h}",),
        pattern=re.compile(r"[a-z0-9_]{3,30}"),
        rule="use 3-30 letters, digits or underscores",
        reserved=words("pin search ideas today explore business settings categories _ login"),
    ),
)

_LINK_PAGE_HANDLE = re.compile(r"[a-z0-9._-]{2,50}")
_LINK_PAGE_RULE = "use 2-50 letters, digits, periods, hyphens or underscores"
_LINK_PAGE_RESERVED = words(
    "s admin login signin register signup join blog help support privacy terms legal "
    "marketplace features pricing templates discover about contact careers press www"
)
#: Link-in-bio services, one page per user: (name, label, hosts, user subdomains).
_LINK_PAGES = (
    ("linktree", "Linktree", ("linktr.ee",), False),
    ("beacons", "Beacons", ("beacons.ai",), False),
    ("biolink", "bio.link", ("bio.link",), False),
    ("lnkbio", "Lnk.Bio", ("lnk.bio",), False),
    ("linkinbio", "Linkin.bio", ("linkin.bio",), False),
    ("campsite", "Campsite", ("campsite.bio",), False),
    ("solo", "solo.to", ("solo.to",), False),
    ("taplink", "Taplink", ("taplink.cc",), False),
    ("aboutme", "About.me", ("about.me",), False),
    ("carrd", "Carrd", ("carrd.co",), True),
)
PLATFORMS += tuple(
    Platform(
        name=name,
        label=label,
        aliases=(name, label.lower()),
        hosts=hosts,
        paths=("{h}",),
        pattern=_LINK_PAGE_HANDLE,
        rule=_LINK_PAGE_RULE,
        reserved=_LINK_PAGE_RESERVED,
        user_subdomains=subdomains,
        link_page=True,
    )
    for name, label, hosts, subdomains in _LINK_PAGES
)
#: Names of the link-in-bio platforms.
LINK_PAGES: frozenset[str] = frozenset(p.name for p in PLATFORMS if p.link_page)

MASTODON = next(platform for platform in PLATFORMS if platform.name == "mastodon")
BY_NAME: MappingProxyType[str, Platform] = MappingProxyType({p.name: p for p in PLATFORMS})
BY_ALIAS: MappingProxyType[str, Platform] = MappingProxyType(
    {alias: p for p in PLATFORMS for alias in (p.name, *p.aliases, *p.hosts)}
)
_BY_HOST: MappingProxyType[str, Platform] = MappingProxyType(
    {host: p for p in PLATFORMS for host in p.hosts}
)

# Hosts that carry links but name no person and no company website.
LINK_HOSTS: frozenset[str] = words(
    "t.co bit.ly buff.ly ow.ly lnkd.in tinyurl.com goo.gl youtu.be fb.me pin.it msha.ke "
    "flow.page"
)


@lru_cache(maxsize=4096)
def platform_for_host(host: str) -> tuple[Platform, str] | None:
    """Return ``(platform, matched host)`` for a lower-case host or any subdomain of one."""
    labels = host.split(".")
    for start in range(len(labels) - 1):
        candidate = ".".join(labels[start:])
        if candidate in _BY_HOST:
            return _BY_HOST[candidate], candidate
    return None


#: RE2 (DuckDB's regex engine) has no lookaround: the platform patterns that use it, as RE2
#: patterns that must all match in full. Keyed by the pattern's text, so a changed pattern
#: reaches RE2 as written and fails loudly instead of drifting.
_RE2_FULL_MATCHES: dict[str, tuple[str, ...]] = {
    r"(?!.*\.\.)[a-z0-9._]{1,30}": (r"[a-z0-9._]{1,30}", r"[^.]*(?:\.[^.]+)*\.?"),
    r"[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){0,38}": (r"[a-z0-9-]{1,39}", r"[a-z0-9]+(?:-[a-z0-9]+)*"),
}


def re2_full_match(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """RE2 patterns that together full-match exactly what ``pattern`` full-matches.

    >>> re2_full_match(BY_NAME["github"].pattern)
    ('[a-z0-9-]{1,39}', '[a-z0-9]+(?:-[a-z0-9]+)*')
    """
    return _RE2_FULL_MATCHES.get(pattern.pattern, (pattern.pattern,))
