"""Profile bios in the person's language: work, hobbies, emojis, hashtags, cross-links."""

from __future__ import annotations

import functools
import random

from .companies import Company
from .knobs import BIO_CROSSLINK_RATE, BIO_EMPTY_RATE, BIO_ENGLISH_RATE
from .rand import chance, pick
from .text import slug

_WORK: dict[str, tuple[str, ...]] = {
    "en": (
        "{title} at {co}",
        "{title} @ {co}",
        "{title} @{tag}",
        "{short} @{tag}",
        "{title}, {co}",
        "{short} at {co}",
    ),
    "de": ("{title} bei {co}", "{title} @ {co}", "{title} | {co}"),
    "fr": ("{title} chez {co}", "{title} @ {co}"),
    "es": ("{title} en {co}", "{title} @ {co}"),
    "it": ("{title} presso {co}", "{title} @ {co}", "{title} in {co}"),
    "pt": ("{title} na {co}", "{title} @ {co}", "{title} | {co}"),
    "nl": ("{title} bij {co}", "{title} @ {co}"),
    "pl": ("{title} w {co}", "{title} @ {co}"),
    "tr": ("{co}'de {title}", "{title} @ {co}"),
    "ja": ("{co}で{title}", "{co} {title}", "{title} @{tag}"),
    "ru": ("{title} в {co}", "{title} @ {co}"),
    "sv": ("{title} på {co}", "{title} @ {co}"),
}
_FOUNDER: dict[str, tuple[str, ...]] = {
    "en": (
        "Founder of {co}",
        "Co-founder @{tag}",
        "CEO of {co}",
        "Building {co}",
        "Founder & CEO, {co}",
    ),
    "de": ("Gründer von {co}", "Gründerin @ {co}", "Geschäftsführer {co}"),
    "fr": ("Fondateur de {co}", "CEO @ {co}"),
    "es": ("Fundador de {co}", "CEO @ {co}"),
    "it": ("Fondatore di {co}", "CEO @ {co}"),
    "pt": ("Fundador da {co}", "CEO @ {co}"),
    "nl": ("Oprichter van {co}", "CEO @ {co}"),
    "pl": ("Założyciel {co}", "CEO @ {co}"),
    "tr": ("{co} kurucusu", "CEO @ {co}"),
    "ja": ("{co} 代表", "{co} CEO"),
    "ru": ("Основатель {co}", "CEO @ {co}"),
    "sv": ("Grundare av {co}", "VD på {co}"),
}
_PAST = {
    "en": "ex-{co}",
    "de": "ehemals {co}",
    "fr": "ex-{co}",
    "es": "antes en {co}",
    "pt": "ex-{co}",
    "it": "ex {co}",
    "nl": "ex-{co}",
    "pl": "ex-{co}",
    "tr": "eski {co}",
    "ja": "元{co}",
    "ru": "ex-{co}",
    "sv": "tidigare {co}",
}
_SHORT = {
    "tech": ("eng", "dev", "SWE", "engineer", "building things"),
    "sales": ("sales",),
    "marketing": ("marketing", "growth"),
    "design": ("designer", "design"),
    "exec": ("founder",),
    "ops": ("ops", "people"),
    "creative": ("creator",),
    "other": ("work",),
}
_LIFE: dict[str, tuple[str, ...]] = {
    # "m:" / "f:" mark phrases only someone of that gender would write about themselves.
    "en": (
        "coffee addict",
        "f:dog mom",
        "m:dad of 2",
        "runner",
        "opinions are my own",
        "m:he/him",
        "f:she/her",
        "traveler",
        "bookworm",
        "plant parent",
        "lifelong learner",
        "views my own",
        "cat person",
        "foodie",
        "amateur photographer",
        "m:husband & father",
        "f:wife, mom, friend",
        "music lover",
        "just here for the memes",
        "they/them",
    ),
    "de": (
        "m:Kaffeeliebhaber",
        "f:Kaffeeliebhaberin",
        "m:Papa von 2",
        "m:Läufer",
        "f:Läuferin",
        "f:Hundemama",
        "Meinungen sind meine eigenen",
        "Familienmensch",
        "Bücherwurm",
        "Reisen & Fotografie",
        "m:er/ihm",
        "f:sie/ihr",
    ),
    "fr": (
        "m:Passionné de café",
        "f:Passionnée de café",
        "m:Papa de deux enfants",
        "f:Maman",
        "Avis personnels",
        "m:Lecteur",
        "f:Lectrice",
        "Photographe amateur",
        "m:il/lui",
        "f:elle",
    ),
    "es": (
        "Amante del café",
        "m:Papá de dos",
        "f:Mamá",
        "m:Viajero",
        "f:Viajera",
        "Opiniones propias",
        "m:Futbolero",
        "Foodie",
        "m:Corredor",
        "f:Lectora empedernida",
    ),
    "it": (
        "Amante del caffè",
        "m:Papà di due",
        "f:Mamma",
        "m:Viaggiatore",
        "f:Viaggiatrice",
        "Opinioni personali",
        "m:Tifoso",
        "f:Tifosa",
        "Fotografia amatoriale",
        "Runner",
    ),
    "pt": (
        "m:Apaixonado por café",
        "f:Apaixonada por café",
        "m:Pai de dois",
        "f:Mãe",
        "Viajante",
        "Opiniões próprias",
        "Flamenguista",
        "m:Corinthiano",
        "m:Corredor",
        "f:Leitora",
    ),
    "nl": (
        "Koffieliefhebber",
        "m:Vader van 2",
        "f:Moeder",
        "Reiziger",
        "Meningen zijn van mij",
        "Hardloper",
        "Boekenwurm",
    ),
    "pl": (
        "Kawoholik",
        "m:Tata dwójki dzieci",
        "f:Mama",
        "m:Podróżnik",
        "f:Podróżniczka",
        "m:Biegacz",
        "f:Biegaczka",
        "Opinie są moje własne",
    ),
    "tr": (
        "Kahve bağımlısı",
        "m:İki çocuk babası",
        "f:Anne",
        "Gezgin",
        "Koşucu",
        "Fikirler bana aittir",
    ),
    "ja": (
        "コーヒー好き",
        "m:二児の父",
        "f:二児の母",
        "旅行好き",
        "猫好き",
        "写真が趣味",
        "ランナー",
        "読書家",
        "意見は個人のものです",
    ),
    "ru": (
        "Люблю кофе",
        "m:Папа двоих детей",
        "f:Мама",
        "m:Путешественник",
        "f:Путешественница",
        "Бегаю",
        "Мнение — моё личное",
    ),
    "sv": (
        "Kaffeälskare",
        "m:Pappa till två",
        "f:Mamma",
        "Resenär",
        "Löpare",
        "Åsikterna är mina egna",
    ),
}


@functools.cache
def _life(language: str, gender: str) -> tuple[str, ...]:
    """Lifestyle phrases fitting ``gender`` (markers stripped)."""
    other = "f:" if gender == "m" else "m:"
    return tuple(p.split(":", 1)[-1] for p in _LIFE[language] if not p.startswith(other))


_INTEREST_EMOJI = {
    "coding": "💻",
    "coffee": "☕",
    "photography": "📷",
    "travel": "✈️",
    "music": "🎧",
    "running": "🏃",
    "fitness": "💪",
    "dogs": "🐶",
    "cats": "🐱",
    "books": "📚",
    "football": "⚽",
    "art": "🎨",
    "design": "🎨",
    "food": "🍜",
    "hiking": "🏔️",
    "gaming": "🎮",
    "yoga": "🧘",
    "film": "🎬",
    "wine": "🍷",
    "golf": "⛳",
    "family": "👨‍👩‍👧",
    "ai": "🤖",
    "cooking": "🍳",
    "sports": "🏀",
}
_HASHTAGS = {
    "coding": ("#python", "#javascript", "#rustlang", "#devops", "#webdev"),
    "opensource": ("#opensource", "#foss"),
    "ai": ("#AI", "#MachineLearning", "#LLM"),
    "marketing": ("#marketing", "#growth", "#SEO"),
    "startups": ("#startups", "#SaaS"),
    "design": ("#UX", "#design", "#figma"),
    "photography": ("#photography", "#35mm"),
    "travel": ("#travel", "#wanderlust"),
    "fitness": ("#fitness", "#gym"),
    "running": ("#running", "#marathon"),
    "leadership": ("#leadership",),
    "food": ("#foodie",),
    "music": ("#music",),
    "books": ("#amreading",),
}
_CROSSLINKS = {
    "instagram": ("IG: @{h}", "📷 @{h}", "insta: {h}", "instagram.com/{h}"),
    "twitter": ("tw: {h}", "🐦 @{h}", "X: @{h}", "twitter.com/{h}"),
    "github": ("github.com/{h}", "gh: {h}", "code: github.com/{h}"),
    "tiktok": ("TikTok: @{h}", "tiktok.com/@{h}"),
    "youtube": ("YT: {h}", "▶️ youtube.com/@{h}"),
    "mastodon": ("🐘 @{h}", "mastodon: {h}"),
    "bluesky": ("🦋 {h}", "bsky: {h}"),
}
_SEPARATORS = (" | ", " · ", ". ", " • ", " / ", " ", " ✦ ")


def person_bio(
    *,
    language: str,
    gender: str,
    sector: str,
    title: str,
    company: Company | None,
    company_tag: str,
    prev_company: Company | None,
    interests: tuple[str, ...],
    location: str,
    crosslinks: dict[str, str],
    contact_email: str,
    rng: random.Random,
) -> str:
    """Assemble a bio from a few segments; empty for a good share of profiles."""
    if chance(rng, BIO_EMPTY_RATE):
        return ""
    lang = "en" if language not in _LIFE or chance(rng, BIO_ENGLISH_RATE) else language
    segments: list[str] = []
    if company is not None and title and chance(rng, 0.6):
        co = company.name if chance(rng, 0.7) else company.core
        tag = company_tag or slug(company.core)
        templates = _FOUNDER[lang] if sector == "exec" and chance(rng, 0.6) else _WORK[lang]
        segments.append(
            pick(rng, templates).format(
                title=title, co=co, tag=tag, short=pick(rng, _SHORT[sector])
            )
        )
    if prev_company is not None and chance(rng, 0.25):
        segments.append(_PAST[lang].format(co=prev_company.core))
    for _ in range(rng.randint(0, 2)):
        segments.append(pick(rng, _life(lang, gender)))
    emoji = "".join(_INTEREST_EMOJI[i] for i in interests if i in _INTEREST_EMOJI)
    if emoji and chance(rng, 0.45):
        segments.append(emoji)
    tags = [tag for i in interests for tag in _HASHTAGS.get(i, ())]
    if tags and chance(rng, 0.3):
        segments.append(" ".join(rng.sample(tags, min(len(tags), rng.randint(1, 3)))))
    if location and chance(rng, 0.15):
        segments.append(location if location.startswith("📍") else f"📍 {location}")
    linkable = sorted(p for p in crosslinks if p in _CROSSLINKS)
    if linkable and chance(rng, BIO_CROSSLINK_RATE):
        platform = pick(rng, linkable)
        segments.append(pick(rng, _CROSSLINKS[platform]).format(h=crosslinks[platform]))
    if contact_email:
        segments.append(pick(rng, ("📩 ", "business: ", "Contact: ", "✉️ ")) + contact_email)
    if not segments:
        return ""
    rng.shuffle(segments)
    return pick(rng, _SEPARATORS).join(segments)


_BRAND_BIO = (
    "Official account of {name}",
    "The official {name} account",
    "{name} — {what}",
    "We build {what_l} for teams everywhere",
    "{what} since {year}",
    "Welcome to {name}! {what}",
    "News and updates from {name}",
    "Support: @{tag}_help",
    "{what}. HQ in {city}.",
)


def brand_bio(company: Company, tag: str, city: str, rng: random.Random) -> str:
    """A company account's bio."""
    if chance(rng, 0.1):
        return ""
    what = company.name.replace(company.core, "").strip() or "Products"
    return pick(rng, _BRAND_BIO).format(
        name=company.name,
        what=what,
        what_l=what.lower(),
        year=rng.randint(1985, 2022),
        tag=tag,
        city=city,
    )
