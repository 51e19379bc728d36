"""Social personas of people and of companies (brand accounts)."""

from __future__ import annotations

import math
import random
from dataclasses import dataclass

from . import bios, emails, handles, phones
from .companies import Company
from .geo import VAGUE_LOCATIONS, City, Country
from .knobs import (
    BLUESKY_CUSTOM_DOMAIN_RATE,
    BRAND_EMAIL_RATE,
    BRAND_PERSONA_SHARE,
    BRAND_WEBSITE_RATE,
    DISPLAY_ALT_ROMANIZATION_RATE,
    DISPLAY_NICKNAME_RATE,
    FACEBOOK_NUMERIC_ID_RATE,
    FORMER_NAME_RECORD_RATE,
    GITHUB_NO_NAME_RATE,
    HANDLE_AT_PREFIX_RATE,
    HANDLE_EXACT_REUSE_RATE,
    HANDLE_MIXED_CASE_RATE,
    HANDLE_PLATFORM_UNRELATED_RATE,
    INFLUENCER_BIO_EMAIL_RATE,
    LINKEDIN_VERIFIED_RATE,
    LOCATION_EMPTY_RATE,
    NATIVE_SCRIPT_DISPLAY_RATE,
    NO_HANDLE_RATE,
    NO_PROFILE_URL_RATE,
    PERSONA_EMAIL_RATE,
    PERSONA_OBSERVED_RANGE,
    PERSONA_OLD_CITY_RATE,
    PERSONA_PHONE_RATE,
    PERSONA_WEBSITE_RATE,
    SECOND_ACCOUNT_SAME_PLATFORM_RATE,
    VERIFIED_BASE_RATE,
    YOUTUBE_CHANNEL_ID_RATE,
)
from .people import Person
from .rand import Sampler, chance, pick, timestamp
from .text import fold, mixed_case, slug

PERSONA_COLUMNS = (
    "id",
    "platform",
    "handle",
    "display_name",
    "bio",
    "location",
    "website",
    "email",
    "phone",
    "followers",
    "following",
    "posts",
    "verified",
    "profile_url",
    "observed_at",
)
PLATFORMS = {
    "instagram": 0.22,
    "linkedin": 0.2,
    "twitter": 0.17,
    "facebook": 0.14,
    "tiktok": 0.08,
    "github": 0.06,
    "youtube": 0.06,
    "mastodon": 0.03,
    "bluesky": 0.04,
}
_BRAND_PLATFORMS = Sampler.of(
    {
        "linkedin": 0.3,
        "twitter": 0.22,
        "instagram": 0.2,
        "facebook": 0.15,
        "youtube": 0.06,
        "tiktok": 0.05,
        "github": 0.02,
    }
)
_BRAND_ACCOUNT_COUNTS = (1, 1, 2, 2, 3, 4)
_TWITTER_NAMES = Sampler.of({"twitter": 0.45, "x": 0.35, "X": 0.2})
_FOLLOWER_MEDIAN = {
    "twitter": 180,
    "instagram": 320,
    "linkedin": 450,
    "github": 9,
    "tiktok": 120,
    "facebook": 280,
    "youtube": 40,
    "mastodon": 90,
    "bluesky": 70,
}
_POSTS_MEDIAN = {"github": 14, "linkedin": 25, "youtube": 30}
_BIG_AUDIENCE = ("instagram", "tiktok", "youtube", "twitter")
_BADGED = frozenset({"twitter", "instagram", "tiktok", "facebook", "youtube"})
_MASTODON = {
    "tech": ("hachyderm.io", "fosstodon.org", "infosec.exchange"),
    "de": ("chaos.social", "det.social"),
    "fr": ("piaille.fr", "mamot.fr"),
    "nl": ("mastodon.nl",),
    "ja": ("mstdn.jp", "pawoo.net"),
    "default": ("mastodon.social", "mastodon.social", "mas.to", "mastodon.online", "mstdn.social"),
}
_URLS = {
    "twitter": (
        "https://twitter.com/{h}",
        "https://x.com/{h}",
        "twitter.com/{h}",
        "https://mobile.twitter.com/{h}",
        "http://www.twitter.com/{h}",
        "https://x.com/{h}?lang=en",
    ),
    "instagram": (
        "https://www.instagram.com/{h}/",
        "https://instagram.com/{h}",
        "instagram.com/{h}",
        "https://www.instagram.com/{h}?hl=en",
    ),
    "github": ("https://github.com/{h}", "github.com/{h}", "http://github.com/{h}/"),
    "tiktok": (
        "https://www.tiktok.com/@{h}",
        "tiktok.com/@{h}",
        "https://www.tiktok.com/@{h}?lang=en",
    ),
    "linkedin": (
        "https://www.linkedin.com/in/{h}/",
        "https://linkedin.com/in/{h}",
        "linkedin.com/in/{h}",
        "https://{cc}.linkedin.com/in/{h}",
    ),
    "facebook": (
        "https://www.facebook.com/{h}",
        "https://facebook.com/{h}",
        "https://m.facebook.com/{h}",
    ),
    "youtube": (
        "https://www.youtube.com/@{h}",
        "youtube.com/@{h}",
        "https://www.youtube.com/c/{h}",
    ),
    "bluesky": ("https://bsky.app/profile/{h}",),
}
_BRAND_URLS = {"linkedin": ("https://www.linkedin.com/company/{h}/", "linkedin.com/company/{h}")}
_CREDENTIALS = (", MBA", ", PhD", ", CPA", ", PMP", " MSc", ", CFA", " 🎓")
_DECOR = ("✨", "🌸", "🌿", "⚡", "🔥", "🌙", "🦋", "☀️", "🎧", "🚀", "💫")
_TAILS = (" | {co}", " @ {co}", " ({co})", " — {title}", " | {title}", " - {title} @ {co}")
_PRONOUNS = (" (he/him)", " (she/her)", " (they/them)")
_ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"


@dataclass(eq=False)
class _Brand:
    bid: str
    company: Company
    core: str


@dataclass(eq=False)
class _Slot:
    owner: Person | _Brand
    platform: str
    handle: str = ""


Persona = dict[str, object]


def build_personas(
    people: list[Person], companies: list[Company], rng: random.Random
) -> list[tuple[str, Persona]]:
    """Every persona as ``(person_id, row)``; brand accounts have ``brand-`` person ids."""
    slots = [_Slot(person, platform) for person in people for platform in _platforms(person, rng)]
    brands = _brands(companies, len(slots), rng)
    slots += [
        _Slot(brand, platform) for brand in brands.values() for platform in _brand_platforms(rng)
    ]
    claim_order = list(slots)
    rng.shuffle(claim_order)
    registry = handles.HandleRegistry()
    owned: dict[int, dict[str, str]] = {}
    for slot in claim_order:
        slot.handle = _claim(slot, registry, rng)
        owned.setdefault(id(slot.owner), {}).setdefault(slot.platform, slot.handle)
    rows: list[tuple[str, Persona]] = []
    for slot in slots:
        if isinstance(slot.owner, _Brand):
            rows.append((slot.owner.bid, _brand_row(slot, slot.owner, rng)))
            continue
        person = slot.owner
        others = {p: h for p, h in owned[id(person)].items() if p != slot.platform}
        brand = brands.get(id(person.company)) if person.company else None
        tag = owned.get(id(brand), {}).get(slot.platform, "") if brand else ""
        rows.append((person.pid, _person_row(slot, person, others, tag, rng)))
    return rows


# --- which accounts exist ------------------------------------------------------------------


def _platforms(person: Person, rng: random.Random) -> list[str]:
    weights = dict(PLATFORMS)
    if person.sector == "tech":
        weights["github"] *= 6
        weights["mastodon"] *= 3
        weights["bluesky"] *= 2
    if person.sector in ("sales", "exec", "marketing", "ops") or person.in_crm:
        weights["linkedin"] *= 1.8
    if person.sector in ("creative", "design"):
        weights["instagram"] *= 1.6
        weights["youtube"] *= 2
    if person.birth_year >= 1995:
        weights["tiktok"] *= 2.5
        weights["instagram"] *= 1.4
        weights["facebook"] *= 0.5
    elif person.birth_year < 1975:
        weights["facebook"] *= 1.8
        weights["tiktok"] *= 0.3
    if person.country.iso == "JP":
        weights["twitter"] *= 2.5
    if person.country.iso == "BR":
        weights["instagram"] *= 1.5
    chosen: list[str] = []
    for _ in range(person.persona_count):
        if chosen and chance(rng, SECOND_ACCOUNT_SAME_PLATFORM_RATE):
            chosen.append(pick(rng, chosen))
            continue
        left = {p: w for p, w in weights.items() if p not in chosen}
        chosen.append(Sampler.of(left).draw(rng))
    return chosen


def _brands(companies: list[Company], n_person_slots: int, rng: random.Random) -> dict[int, _Brand]:
    """Companies with social accounts; bigger ones are likelier to have them."""
    mean_accounts = sum(_BRAND_ACCOUNT_COUNTS) / len(_BRAND_ACCOUNT_COUNTS)
    share = BRAND_PERSONA_SHARE / (1 - BRAND_PERSONA_SHARE)
    target = round(share * n_person_slots / mean_accounts)
    candidates = [c for c in companies if not c.solo]
    rng.shuffle(candidates)
    candidates.sort(key=lambda c: -c.size * rng.random())
    brands: dict[int, _Brand] = {}
    for company in candidates[:target]:
        core = slug(company.core)
        core = pick(
            rng,
            (
                core,
                core,
                core + "hq",
                "get" + core,
                core + "app",
                slug(company.name),
                core + "_" + company.country.iso.lower(),
            ),
        )
        brands[id(company)] = _Brand(f"brand-{len(brands):06d}", company, core)
    return brands


def _brand_platforms(rng: random.Random) -> list[str]:
    count = pick(rng, _BRAND_ACCOUNT_COUNTS)
    out: list[str] = []
    while len(out) < count:
        platform = _BRAND_PLATFORMS.draw(rng)
        if platform not in out:
            out.append(platform)
    return out


# --- handles -------------------------------------------------------------------------------


def _claim(slot: _Slot, registry: handles.HandleRegistry, rng: random.Random) -> str:
    platform = slot.platform
    owner = slot.owner
    if isinstance(owner, _Brand):
        wanted, year = owner.core, owner.company.size
    else:
        wanted, year = _wanted_handle(owner, platform, rng), owner.birth_year
    handle = registry.claim(handles.conform(wanted, platform, rng), platform, year, rng)
    if platform == "mastodon" and isinstance(owner, Person):
        key = "tech" if owner.sector == "tech" else owner.language
        return f"{handle}@{pick(rng, _MASTODON.get(key, _MASTODON['default']))}"
    if platform == "bluesky":
        site = owner.website if isinstance(owner, Person) else owner.company.domain
        if site and "/" not in site and chance(rng, BLUESKY_CUSTOM_DOMAIN_RATE):
            return site
        return f"{handle}.bsky.social"
    return handle


def _wanted_handle(person: Person, platform: str, rng: random.Random) -> str:
    tokens = person.tokens
    if platform == "linkedin":
        style = pick(rng, ("{f}-{l}", "{f}-{l}", "{f}{l}", "{fi}{l}", "{f}-{l}-{hex}"))
        return style.format(
            f=tokens.first,
            l=tokens.last,
            fi=tokens.first[:1],
            hex="".join(pick(rng, _ALNUM) for _ in range(rng.randint(6, 9))),
        )
    if platform == "facebook" and chance(rng, 0.6):
        return f"{tokens.first}.{tokens.last}" + (
            f".{rng.randrange(1, 100)}" if chance(rng, 0.4) else ""
        )
    if chance(rng, HANDLE_PLATFORM_UNRELATED_RATE):
        return handles.unrelated_handle(rng)
    if chance(rng, HANDLE_EXACT_REUSE_RATE):
        return person.core_handle
    return handles.variant(person.core_handle, tokens if person.handle_related else None, rng)


def _shown_handle(handle: str, platform: str, words: tuple[str, ...], rng: random.Random) -> str:
    if platform not in ("linkedin", "facebook", "bluesky") and chance(rng, HANDLE_MIXED_CASE_RATE):
        handle = mixed_case(handle, words)
    if platform not in ("linkedin", "facebook", "bluesky") and chance(rng, HANDLE_AT_PREFIX_RATE):
        handle = "@" + handle
    return handle


def _profile_url(
    platform: str, handle: str, country: Country, brand: bool, rng: random.Random
) -> tuple[str, bool]:
    """URL of the profile and whether the handle can be read from it."""
    if platform == "mastodon":
        user, _, instance = handle.partition("@")
        return f"https://{instance}/@{user}", True
    if platform == "facebook" and not brand and chance(rng, FACEBOOK_NUMERIC_ID_RATE):
        return f"https://www.facebook.com/profile.php?id=1000{rng.randrange(10**11, 10**12)}", False
    if platform == "youtube" and chance(rng, YOUTUBE_CHANNEL_ID_RATE):
        return "https://www.youtube.com/channel/UC" + "".join(
            pick(rng, _ALNUM + "ABCDEFGHIJKLMNOPQRSTUVWXYZ-_") for _ in range(22)
        ), False
    forms = _BRAND_URLS.get(platform) if brand else None
    form = pick(rng, forms or _URLS[platform])
    return form.format(h=handle, cc=country.iso.lower()), True


# --- rows ----------------------------------------------------------------------------------


def _person_row(
    slot: _Slot, person: Person, others: dict[str, str], company_tag: str, rng: random.Random
) -> Persona:
    platform = slot.platform
    url, readable = _profile_url(platform, slot.handle, person.country, False, rng)
    no_handle = NO_HANDLE_RATE.get(platform, NO_HANDLE_RATE["default"])
    handle = ""
    if readable and not chance(rng, no_handle):
        handle = _shown_handle(slot.handle, platform, person.tokens.words, rng)
    if handle and chance(rng, NO_PROFILE_URL_RATE):
        url = ""
    location = _location(person, rng)
    main = person.influencer and platform == next(
        (p for p in _BIG_AUDIENCE if p in others or p == platform), platform
    )
    followers = _followers(platform, rng, boost=main)
    title = person.title if person.company else ""
    business_email = ""
    if main and person.personal and chance(rng, INFLUENCER_BIO_EMAIL_RATE):
        business_email = emails.render(person.personal[0], rng, variant_rate=0.1)
    return {
        "platform": _TWITTER_NAMES.draw(rng) if platform == "twitter" else platform,
        "handle": handle,
        "display_name": _display_name(person, platform, slot.handle, rng),
        "bio": bios.person_bio(
            language=person.language,
            gender=person.name.gender,
            sector=person.sector,
            title=title,
            company=person.company,
            company_tag=company_tag,
            prev_company=person.prev_company,
            interests=person.interests,
            location=location,
            crosslinks=others,
            contact_email=business_email,
            rng=rng,
        ),
        "location": "" if chance(rng, LOCATION_EMPTY_RATE) else location,
        "website": _website(person, others, rng),
        "email": _persona_email(person, platform, rng),
        "phone": (
            phones.render(person.mobile, rng, abroad=True)
            if chance(rng, PERSONA_PHONE_RATE)
            else ""
        ),
        "followers": followers,
        "following": _lognormal(rng, 8 if platform == "github" else 250, 1.0),
        "posts": _lognormal(rng, _POSTS_MEDIAN.get(platform, 300), 1.4),
        "verified": _verified(platform, followers, rng),
        "profile_url": url,
        "observed_at": timestamp(rng, *PERSONA_OBSERVED_RANGE),
    }


def _brand_row(slot: _Slot, brand: _Brand, rng: random.Random) -> Persona:
    company = brand.company
    platform = slot.platform
    url, _ = _profile_url(platform, slot.handle, company.country, True, rng)
    handle = _shown_handle(slot.handle, platform, (brand.core,), rng)
    followers = _lognormal(rng, 1500, 1.8)
    city = pick(rng, company.city.social)
    display = pick(
        rng,
        (
            company.name,
            company.core,
            f"{company.name} {company.legal}",
            company.core.upper(),
            f"{company.core} {pick(rng, _DECOR)}",
        ),
    )
    return {
        "platform": _TWITTER_NAMES.draw(rng) if platform == "twitter" else platform,
        "handle": handle if not chance(rng, 0.1) else "",
        "display_name": display,
        "bio": bios.brand_bio(company, slot.handle, city, rng),
        "location": city if chance(rng, 0.7) else pick(rng, ("Worldwide", "Global", "")),
        "website": company.website(rng) if chance(rng, BRAND_WEBSITE_RATE) else "",
        "email": (
            f"{pick(rng, company.role_mailboxes)}@{company.domain}"
            if chance(rng, BRAND_EMAIL_RATE)
            else ""
        ),
        "phone": (phones.render(company.main_line, rng) if chance(rng, 0.1) else ""),
        "followers": followers,
        "following": _lognormal(rng, 120, 1.2),
        "posts": _lognormal(rng, 600, 1.2),
        "verified": _verified(platform, followers, rng),
        "profile_url": url,
        "observed_at": timestamp(rng, *PERSONA_OBSERVED_RANGE),
    }


def _display_name(person: Person, platform: str, handle: str, rng: random.Random) -> str:
    name = person.name
    nick = person.goes_by_nickname and chance(rng, DISPLAY_NICKNAME_RATE)
    first = person.nickname if nick else name.first
    last = name.last
    native_rate = NATIVE_SCRIPT_DISPLAY_RATE.get(person.locale.native, 0.0)
    if name.native_first and chance(rng, native_rate):
        if person.locale.native == "ja":
            return name.native_last + pick(rng, ("", " ", "　")) + name.native_first
        return f"{name.native_first} {name.native_last}"
    if name.alt_first and chance(rng, DISPLAY_ALT_ROMANIZATION_RATE):
        first, last = name.alt_first, name.alt_last or last
    if person.former_last and chance(rng, FORMER_NAME_RECORD_RATE):
        former = person.former_last
        last = pick(rng, (former, f"{former} {last}", f"{last} (née {former})"))
    full = f"{first} {last}"
    if platform == "linkedin":
        if person.second_last and chance(rng, 0.4):
            full = f"{full} {person.second_last}"
        return full + (pick(rng, _CREDENTIALS) if chance(rng, 0.1) else "")
    if platform == "github" and chance(rng, GITHUB_NO_NAME_RATE):
        return ""
    roll = rng.random()
    company = person.company
    if roll < 0.36:
        out = full
    elif roll < 0.44:
        out = first
    elif roll < 0.5:
        out = full.lower()
    elif roll < 0.56:
        out = f"{first[:1]}. {last}" if chance(rng, 0.5) else f"{first} {last[:1]}."
    elif roll < 0.64:
        out = f"{pick(rng, (first, full))} {pick(rng, _DECOR)}"
    elif roll < 0.67:
        deco = pick(rng, _DECOR)
        out = f"{deco} {first} {last[:1]} {deco}"
    elif roll < 0.73 and company is not None:
        tail = pick(rng, _TAILS).format(co=company.core, title=person.title or "Founder")
        out = full + tail
    elif roll < 0.77:
        out = handle.split("@")[0].split(".bsky")[0]
    elif roll < 0.8:
        out = full + (
            _PRONOUNS[2]
            if chance(rng, 0.1)
            else _PRONOUNS[0]
            if name.gender == "m"
            else _PRONOUNS[1]
        )
    elif roll < 0.84 and person.middle_initial:
        out = f"{first} {person.middle_initial}. {last}"
    elif roll < 0.88 and person.second_last:
        out = f"{full} {person.second_last}"
    elif roll < 0.92 and not full.isascii():
        out = fold(full)
    elif roll < 0.94:
        out = f"{first} {person.country.flag}"
    else:
        out = full
    return out


def _location(person: Person, rng: random.Random) -> str:
    city: City = person.city
    if person.prev_city is not None and chance(rng, PERSONA_OLD_CITY_RATE):
        city = person.prev_city
    social = pick(rng, city.social)
    roll = rng.random()
    country = person.country
    if roll < 0.6:
        return social
    if roll < 0.72:
        return f"{social}, {pick(rng, list(country.names))}"
    if roll < 0.8:
        return social if country.flag in social else f"{social} {country.flag}"
    if roll < 0.86:
        return pick(rng, list(country.names)[:3]) if chance(rng, 0.7) else country.flag
    if roll < 0.94:
        return pick(rng, VAGUE_LOCATIONS)
    if person.prev_city is not None:
        return f"{pick(rng, person.prev_city.social)} → {pick(rng, person.city.social)}"
    return f"📍 {social}"


def _website(person: Person, others: dict[str, str], rng: random.Random) -> str:
    if not chance(rng, PERSONA_WEBSITE_RATE):
        return ""
    options: list[str] = []
    if person.website:
        options += [person.website] * 3
    if person.company is not None and (person.company.solo or person.sector == "exec"):
        options += [person.company.website(rng)] * 2
    elif person.company is not None and chance(rng, 0.2):
        options.append(person.company.website(rng))
    if person.sector == "tech" and "github" in others:
        options.append(f"https://{others['github'].lower()}.github.io")
    options.append(f"linktr.ee/{person.core_handle}")
    for platform in ("instagram", "youtube", "github"):
        if platform in others:
            options.append(_URLS[platform][0].format(h=others[platform], cc=""))
    site = pick(rng, options)
    if "://" not in site and chance(rng, 0.6):
        site = "https://" + site
    return site


def _persona_email(person: Person, platform: str, rng: random.Random) -> str:
    rate = PERSONA_EMAIL_RATE.get(platform, PERSONA_EMAIL_RATE["default"])
    boxes = [*person.personal, *([person.work] if person.work else [])]
    if not boxes or not chance(rng, rate):
        return ""
    return emails.render(pick(rng, boxes), rng, variant_rate=0.2)


def _lognormal(rng: random.Random, median: float, sigma: float) -> int:
    return int(median * math.exp(rng.gauss(0.0, sigma)))


def _followers(platform: str, rng: random.Random, *, boost: bool) -> int:
    followers = _lognormal(rng, _FOLLOWER_MEDIAN[platform], 1.5)
    if boost:
        followers = int(max(followers, 50) * 10 ** rng.uniform(2.5, 4.0))
    if platform == "facebook" and not boost:
        followers = min(followers, 5000)
    return followers


def _verified(platform: str, followers: int, rng: random.Random) -> bool:
    if platform == "linkedin":
        return chance(rng, LINKEDIN_VERIFIED_RATE)
    if platform not in _BADGED:
        return False
    rate = VERIFIED_BASE_RATE
    if followers >= 100_000:
        rate = 0.65
    elif followers >= 20_000:
        rate = 0.15
    return chance(rng, rate)
