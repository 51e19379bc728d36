"""CRM contacts: one or more records per person, typed by different hands over the years."""

from __future__ import annotations

import random

from . import emails, jobs, phones
from .companies import COUNTRY_LANGUAGE, Company
from .knobs import (
    CRM_DUPLICATE_RATE,
    CRM_EMAIL_2_RATE,
    CRM_FIELD_MISSING,
    CRM_FOREIGN_KEYER_RATE,
    CRM_MIDDLE_INITIAL_RATE,
    CRM_NAME_ORDER_SWAP_RATE,
    CRM_NICKNAME_AS_FIRST_NAME_RATE,
    CRM_PERSONAL_WEBSITE_RATE,
    CRM_SECOND_SURNAME_RATE,
    CRM_SHOUTING_RATE,
    CRM_TRIPLICATE_SHARE,
    CRM_TYPO_RATE,
    CRM_UPDATED_RANGE,
    CRM_WORK_EMAIL_FIRST_RATE,
    DUPLICATE_EDITS,
    EMAIL_VARIANT_RATE,
    FORMER_NAME_RECORD_RATE,
    ROLE_EMAIL_CONTACT_RATE,
    STALE_DUPLICATE_RATE,
)
from .people import Person
from .rand import Sampler, chance, pick, timestamp
from .text import fold, typo

CONTACT_COLUMNS = (
    "id",
    "first_name",
    "last_name",
    "email",
    "email_2",
    "phone",
    "mobile",
    "company",
    "job_title",
    "city",
    "country",
    "website",
    "updated_at",
)
_DROPPABLE = (
    "email",
    "email_2",
    "phone",
    "mobile",
    "company",
    "job_title",
    "city",
    "country",
    "website",
)
_EDIT_WEIGHTS = {
    # In the order they are applied: field rewrites first, then character noise, then swap.
    "nickname": 0.12,
    "name_form": 0.05,
    "romanization": 0.03,
    "other_email": 0.12,
    "other_phone": 0.08,
    "legal_form": 0.06,
    "drop": 0.15,
    "fold": 0.06,
    "typo": 0.2,
    "case": 0.08,
    "swap": 0.05,
}
_EDITS = Sampler.of(_EDIT_WEIGHTS)
_EDIT_ORDER = list(_EDIT_WEIGHTS)
Contact = dict[str, str]


def contacts_for(person: Person, rng: random.Random) -> list[Contact]:
    """All CRM contacts of ``person`` (usually one; sometimes duplicates with variations)."""
    base = _render(person, rng, stale=False)
    if chance(rng, CRM_TYPO_RATE):
        _edit(base, "typo", person, rng)
    if chance(rng, CRM_SHOUTING_RATE):
        _edit(base, "case", person, rng)
    out = [base]
    if chance(rng, CRM_DUPLICATE_RATE):
        for _ in range(2 if chance(rng, CRM_TRIPLICATE_SHARE) else 1):
            stale = person.prev_company is not None and chance(rng, STALE_DUPLICATE_RATE)
            dup = _render(person, rng, stale=stale)
            edits = rng.randint(*DUPLICATE_EDITS) - (1 if stale else 0)
            chosen = {_EDITS.draw(rng) for _ in range(edits)}
            for edit in sorted(chosen, key=_EDIT_ORDER.index):
                _edit(dup, edit, person, rng)
            out.append(dup)
    return out


def _render(person: Person, rng: random.Random, *, stale: bool) -> Contact:
    name = person.name
    first = name.first
    if person.goes_by_nickname and chance(rng, CRM_NICKNAME_AS_FIRST_NAME_RATE):
        first = person.nickname
    elif person.middle_initial and chance(rng, CRM_MIDDLE_INITIAL_RATE):
        first = f"{first} {person.middle_initial}."
    last = name.last
    if person.former_last and (stale or chance(rng, FORMER_NAME_RECORD_RATE)):
        last = person.former_last
    if person.second_last and chance(rng, CRM_SECOND_SURNAME_RATE):
        last = f"{last} {person.second_last}"
    swap_rate = CRM_NAME_ORDER_SWAP_RATE.get(person.language, CRM_NAME_ORDER_SWAP_RATE["default"])
    if chance(rng, swap_rate):
        first, last = last, first
    company = person.prev_company if stale else person.company
    title = person.prev_title if stale else person.title
    work = person.prev_work if stale else person.work
    city = (person.prev_city or person.city) if stale else person.city
    email, email_2 = _emails(person, work, company, rng)
    phone, mobile = _phones(person, rng, stale=stale)
    language = COUNTRY_LANGUAGE[person.country.iso]
    website = ""
    if person.website and (company is None or chance(rng, CRM_PERSONAL_WEBSITE_RATE)):
        website = person.website
    elif company is not None:
        website = company.website(rng)
    contact: Contact = {
        "first_name": first,
        "last_name": last,
        "email": email,
        "email_2": email_2,
        "phone": phone,
        "mobile": mobile,
        "company": company.display(rng) if company else "",
        "job_title": jobs.render_title(title, language, rng) if title else "",
        "city": city.names[0] if chance(rng, 0.7) else pick(rng, city.names),
        "country": person.country.name_sampler.draw(rng),
        "website": website,
        "updated_at": timestamp(rng, *_stale_range(stale)),
    }
    for column, rate in CRM_FIELD_MISSING.items():
        if chance(rng, rate):
            contact[column] = ""
    if not contact["email"] and chance(rng, 0.8):
        contact["email"], contact["email_2"] = contact["email_2"], ""
    return contact


def _stale_range(stale: bool) -> tuple[str, str]:
    start, end = CRM_UPDATED_RANGE
    return (start, "2021-01-01") if stale else (start, end)


def _emails(
    person: Person, work: emails.Mailbox | None, company: Company | None, rng: random.Random
) -> tuple[str, str]:
    boxes = list(person.personal)
    if work is not None:
        boxes.insert(0 if chance(rng, CRM_WORK_EMAIL_FIRST_RATE) else len(boxes), work)
    if company is not None and company.uses_role_mailbox and chance(rng, ROLE_EMAIL_CONTACT_RATE):
        role = emails.Mailbox(pick(rng, company.role_mailboxes), company.domain)
        boxes.insert(0 if chance(rng, 0.5) else 1, role)
    first = emails.render(boxes[0], rng, variant_rate=EMAIL_VARIANT_RATE)
    second = ""
    if len(boxes) > 1 and chance(rng, CRM_EMAIL_2_RATE):
        second = emails.render(boxes[1], rng, variant_rate=EMAIL_VARIANT_RATE)
    return first, second


def _phones(person: Person, rng: random.Random, *, stale: bool) -> tuple[str, str]:
    abroad = chance(rng, CRM_FOREIGN_KEYER_RATE)
    options: list[tuple[phones.Phone, float]] = [(person.mobile, 0.35)]
    if person.work_phone is not None and not stale:
        options.append((person.work_phone, 0.55))
    if person.home_phone is not None:
        options.append((person.home_phone, 0.25))
    line = Sampler([p for p, _ in options], [w for _, w in options]).draw(rng)
    is_desk = line is person.work_phone
    phone = phones.render(line, rng, abroad=abroad, ext=is_desk)
    mobile = ""
    if line is not person.mobile or chance(rng, 0.4):
        mobile = phones.render(person.mobile, rng, abroad=abroad)
    return phone, mobile


def _edit(contact: Contact, edit: str, person: Person, rng: random.Random) -> None:
    """Apply one duplicate-style variation in place."""
    name = person.name
    if edit == "typo":
        field = pick(rng, ("first_name", "last_name", "last_name", "email"))
        if contact[field]:
            contact[field] = typo(contact[field], rng)
    elif edit == "nickname" and person.nickname:
        is_nick = contact["first_name"] == person.nickname
        contact["first_name"] = name.first if is_nick else person.nickname
    elif edit == "case":
        shout = str.upper if chance(rng, 0.6) else str.lower
        for field in ("first_name", "last_name"):
            contact[field] = shout(contact[field])
        if chance(rng, 0.3):
            contact["company"] = shout(contact["company"])
    elif edit == "swap":
        contact["first_name"], contact["last_name"] = contact["last_name"], contact["first_name"]
    elif edit == "drop":
        for field in rng.sample(_DROPPABLE, rng.randint(2, 4)):
            contact[field] = ""
    elif edit == "other_email":
        boxes = [box for box in (*person.personal, person.work) if box is not None]
        contact["email"] = emails.render(pick(rng, boxes), rng, variant_rate=0.5)
        contact["email_2"] = ""
    elif edit == "other_phone":
        lines = [p for p in (person.mobile, person.work_phone, person.home_phone) if p]
        contact["phone"] = phones.render(pick(rng, lines), rng)
        contact["mobile"] = "" if chance(rng, 0.5) else contact["mobile"]
    elif edit == "legal_form" and person.company is not None:
        company = person.company
        has_legal = company.legal in contact["company"]
        contact["company"] = company.name if has_legal else f"{company.name} {company.legal}"
    elif edit == "fold":
        german = person.language == "de"
        for field in ("first_name", "last_name", "city"):
            contact[field] = fold(contact[field], german=german and chance(rng, 0.5))
    elif edit == "name_form":
        if person.second_last:
            with_both = f"{name.last} {person.second_last}"
            contact["last_name"] = name.last if contact["last_name"] == with_both else with_both
        elif person.middle_initial:
            contact["first_name"] = f"{name.first} {person.middle_initial}."
    elif edit == "romanization" and (name.alt_first or name.alt_last):
        contact["first_name"] = name.alt_first or name.first
        contact["last_name"] = name.alt_last or name.last
