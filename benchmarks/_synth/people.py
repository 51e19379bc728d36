"""The latent truth: real people with names, homes, jobs, mailboxes, phones and handles.

Records (CRM contacts, social personas) are later *rendered* from these people with
noise; nothing here is written to the output directly.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from . import emails, handles, jobs, names, phones
from .companies import Company, CompanyRegistry
from .geo import COUNTRIES, City, Country
from .knobs import (
    CRM_RATE,
    DIRECT_LINE_RATE,
    EMPLOYED_RATE,
    GERMAN_TRANSLITERATION_RATE,
    GOES_BY_NICKNAME_RATE,
    HANDLE_UNRELATED_RATE,
    HOME_LANDLINE_RATE,
    HOME_PROVIDER_RATE,
    INFLUENCER_RATE,
    JOB_CHANGE_RATE,
    MIDDLE_INITIAL_RATE,
    MIGRANT_RATE,
    MOVED_RATE,
    NAME_CHANGE_RATE,
    PERSONA_COUNT_WEIGHTS,
    PERSONAL_MAILBOX_COUNT_WEIGHTS,
    PERSONAL_WEBSITE_RATE,
    RELATIVE_RATE,
    SECOND_SURNAME_RATE,
    SELF_EMPLOYED_RATE,
    SHARED_HOME_LINE_RATE,
    SHARED_HOUSEHOLD_EMAIL_RATE,
)
from .names import LOCALES, Locale, Name
from .rand import Sampler, chance, pick
from .text import slug

_LOCALE_SAMPLER = Sampler(LOCALES, [loc.weight for loc in LOCALES])
_MIGRATION_TARGETS = Sampler.of(
    {"US": 0.35, "GB": 0.2, "DE": 0.18, "NL": 0.08, "SE": 0.05, "ES": 0.07, "FR": 0.07}
)
_PERSONA_COUNTS = Sampler.of(PERSONA_COUNT_WEIGHTS)
_MAILBOX_COUNTS = Sampler.of(PERSONAL_MAILBOX_COUNT_WEIGHTS)
_GERMANIC_FOLD = frozenset({"de", "sv"})
_SITE_FORMS = (
    "{h}.com",
    "{h}.dev",
    "{h}.me",
    "{h}.github.io",
    "about.me/{h}",
    "{h}.net",
    "{h}.substack.com",
    "medium.com/@{h}",
    "{h}.co",
    "{h}.io",
)


@dataclass(eq=False)
class Person:
    """A real human being (the unit the truth table links records to)."""

    pid: str
    locale: Locale
    country: Country
    city: City
    prev_city: City | None
    name: Name
    second_last: str
    middle_initial: str
    nickname: str
    goes_by_nickname: bool
    birth_year: int
    sector: str
    interests: tuple[str, ...]
    tokens: handles.NameTokens
    core_handle: str
    handle_related: bool
    influencer: bool
    in_crm: bool
    persona_count: int
    mobile: phones.Phone
    former_last: str = ""
    """Surname before a marriage, or ``""``."""
    company: Company | None = None
    title: str = ""
    prev_company: Company | None = None
    prev_title: str = ""
    personal: list[emails.Mailbox] = field(default_factory=list)
    work: emails.Mailbox | None = None
    prev_work: emails.Mailbox | None = None
    work_phone: phones.Phone | None = None
    home_phone: phones.Phone | None = None
    website: str = ""

    @property
    def language(self) -> str:
        """Language the person writes in socially."""
        return self.locale.language


class _Builder:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.companies = CompanyRegistry(rng)
        self.mailboxes = emails.MailboxRegistry()
        self.people: list[Person] = []

    def person(self, index: int) -> Person:
        rng = self.rng
        relative = pick(rng, self.people) if self.people and chance(rng, RELATIVE_RATE) else None
        if relative is not None:
            locale, country, city = relative.locale, relative.country, relative.city
            name = names.draw_name(locale, rng)
            if name.gender == relative.name.gender or not locale.last_f:
                name = _with_surname(name, relative.name)
        else:
            locale = _LOCALE_SAMPLER.draw(rng)
            home = COUNTRIES[locale.country]
            country = home
            if chance(rng, MIGRANT_RATE):
                target = _MIGRATION_TARGETS.draw(rng)
                country = COUNTRIES[target] if target != home.iso else home
            city = country.city_sampler.draw(rng)
            name = names.draw_name(locale, rng)
        prev_city = country.city_sampler.draw(rng) if chance(rng, MOVED_RATE) else None
        if prev_city is city:
            prev_city = None
        birth_year = 2005 - int(rng.triangular(0, 50, 17))
        nicks = names.nicknames_of(name.native_first or name.first, locale.language)
        nickname = pick(rng, nicks) if nicks else ""
        if locale.native == "ru" and nickname:
            nickname = names.translit(nickname, names.POPULAR)
        sector = jobs.SECTORS.draw(rng)
        interests = tuple(
            dict.fromkeys(
                (
                    pick(rng, jobs.INTERESTS[sector]),
                    pick(rng, jobs.GENERAL_INTERESTS),
                    pick(rng, jobs.INTERESTS[sector]),
                )
            )
        )
        german = locale.language in _GERMANIC_FOLD and chance(rng, GERMAN_TRANSLITERATION_RATE)
        tokens = handles.NameTokens(
            slug(name.first, german=german),
            slug(name.last, german=german),
            slug(nickname),
            birth_year,
            handles.tags_for(interests),
        )
        related = not chance(rng, HANDLE_UNRELATED_RATE)
        core = handles.name_handle(tokens, rng) if related else handles.unrelated_handle(rng)
        person = Person(
            pid=f"person-{index:06d}",
            locale=locale,
            country=country,
            city=city,
            prev_city=prev_city,
            name=name,
            second_last=(
                names.draw_last_name(locale, name.gender, rng)
                if locale.language in ("es", "pt") and chance(rng, SECOND_SURNAME_RATE)
                else ""
            ),
            middle_initial=(
                pick(rng, "ABCDEFGHJKLMNPRSTW")
                if locale.language == "en" and chance(rng, MIDDLE_INITIAL_RATE)
                else ""
            ),
            nickname=nickname,
            goes_by_nickname=bool(nickname) and chance(rng, GOES_BY_NICKNAME_RATE),
            birth_year=birth_year,
            sector=sector,
            interests=interests,
            tokens=tokens,
            core_handle=core,
            handle_related=related,
            influencer=chance(rng, INFLUENCER_RATE),
            in_crm=chance(rng, CRM_RATE),
            persona_count=_PERSONA_COUNTS.draw(rng),
            mobile=phones.mobile(country, prev_city or city, rng),
        )
        if name.gender == "f" and not locale.native and chance(rng, NAME_CHANGE_RATE):
            former = names.draw_last_name(locale, name.gender, rng)
            person.former_last = former if former != name.last else ""
        self._employ(person, relative)
        self._mail(person, relative)
        self.people.append(person)
        return person

    def _employ(self, person: Person, relative: Person | None) -> None:
        rng = self.rng
        name, country, city = person.name, person.country, person.city
        roll = rng.random()
        other_last = names.draw_name(person.locale, rng).last
        if roll < SELF_EMPLOYED_RATE:
            person.company = self.companies.solo(
                country, city, name.first, name.last, person.sector
            )
        elif roll < EMPLOYED_RATE:
            person.company = self.companies.join(country, city, (name.last, other_last))
        if person.company is None:
            person.sector = "other"
            person.title = pick(rng, ("Student", "Retired", "")) if chance(rng, 0.5) else ""
            return
        person.title = jobs.draw_title(person.sector, rng)
        if chance(rng, JOB_CHANGE_RATE):
            person.prev_company = self.companies.join(
                country, person.prev_city or city, (other_last, name.last)
            )
            person.prev_title = jobs.draw_title(person.sector, rng)
        direct = phones.landline(country, city, rng)
        person.work_phone = direct if chance(rng, DIRECT_LINE_RATE) else person.company.main_line
        shared_line = relative.home_phone if relative is not None else None
        if shared_line is not None and chance(rng, SHARED_HOME_LINE_RATE):
            person.home_phone = shared_line
        elif chance(rng, HOME_LANDLINE_RATE):
            person.home_phone = phones.landline(country, city, rng)
        if relative is not None and relative.home_phone is None and person.home_phone:
            relative.home_phone = person.home_phone

    def _mail(self, person: Person, relative: Person | None) -> None:
        rng = self.rng
        tokens = person.tokens
        providers = Sampler.of(
            COUNTRIES[person.locale.country].email_providers
            if chance(rng, HOME_PROVIDER_RATE)
            else person.country.email_providers
        )
        for _ in range(_MAILBOX_COUNTS.draw(rng)):
            style = emails.PERSONAL_STYLES.draw(rng)
            local = (
                person.core_handle.replace("_", ".")
                if style == "{handle}"
                else tokens.fill(style, rng)
            )
            person.personal.append(
                self.mailboxes.claim(local, providers.draw(rng), rng, year=person.birth_year)
            )
        if relative is not None and chance(rng, SHARED_HOUSEHOLD_EMAIL_RATE):
            family = next((box for box in relative.personal if box.local.startswith("the")), None)
            if family is None:
                family = self.mailboxes.claim(f"the{tokens.last}s", providers.draw(rng), rng)
                relative.personal.append(family)
            person.personal.append(family)
        if person.company is not None:
            person.work = self._work_mailbox(person, person.company)
        if person.prev_company is not None:
            person.prev_work = self._work_mailbox(person, person.prev_company)
        site_rate = PERSONAL_WEBSITE_RATE * (
            2.5 if person.sector in ("creative", "design") else 1.0
        )
        if chance(rng, site_rate):
            stem = (
                tokens.first + tokens.last
                if person.handle_related or chance(rng, 0.6)
                else person.core_handle.replace("_", "").replace(".", "")
            )
            person.website = pick(rng, _SITE_FORMS).format(h=stem)

    def _work_mailbox(self, person: Person, company: Company) -> emails.Mailbox:
        tokens = person.tokens
        pattern = company.email_pattern
        local = {
            "first.last": f"{tokens.first}.{tokens.last}",
            "flast": tokens.first[:1] + tokens.last,
            "first": tokens.first,
            "firstl": tokens.first + tokens.last[:1],
            "first_last": f"{tokens.first}_{tokens.last}",
            "f.last": f"{tokens.first[:1]}.{tokens.last}",
            "lastf": tokens.last + tokens.first[:1],
        }[pattern]
        base, n = local, 2
        while local in company.work_locals:
            local, n = f"{base}{n}", n + 1
        company.work_locals.add(local)
        return emails.Mailbox(local, company.domain)


def _with_surname(name: Name, relative: Name) -> Name:
    return Name(
        name.first,
        relative.last,
        name.gender,
        name.native_first,
        relative.native_last,
        name.alt_first,
        relative.alt_last,
    )


def build_people(n_people: int, rng: random.Random) -> tuple[list[Person], list[Company]]:
    """Draw ``n_people`` people and the employers they work for."""
    builder = _Builder(rng)
    for index in range(n_people):
        builder.person(index)
    return builder.people, builder.companies.companies
