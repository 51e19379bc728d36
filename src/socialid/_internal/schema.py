"""Canonical input schema and header aliases (the input-columns contract of DESIGN.md §3).

Header matching ignores case, spaces and punctuation, so ``"First Name"``, ``first-name`` and
``FIRSTNAME`` all map to ``first_name``. Multi-valued fields (emails, phones) gather every
column that maps to them, in the order the columns appear in the input.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Literal

Source = Literal["contact", "persona"]
SOURCES: tuple[Source, ...] = ("contact", "persona")

#: Fields that may take several values; every column mapped to one of them is kept.
MULTI_VALUED = frozenset({"email", "phone"})

_CONTACT_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "contact_id", "contactid", "record_id", "crm_id", "customer_id"),
    "first_name": ("first_name", "firstname", "given_name", "forename", "first"),
    "last_name": ("last_name", "lastname", "surname", "family_name", "last"),
    "full_name": ("full_name", "name", "fullname", "contact_name", "display_name"),
    "email": (
        "email", "emails", "email_address", "e_mail", "mail", "email_2", "email2",
        "secondary_email", "work_email", "personal_email", "other_email", "email_address_2",
    ),
    "phone": (
        "phone", "phones", "phone_number", "telephone", "tel", "phone_2", "phone2", "mobile",
        "mobile_phone", "mobile_number", "cell", "cell_phone", "work_phone", "home_phone",
        "business_phone", "other_phone",
    ),
    "company": ("company", "company_name", "organization", "organisation", "account_name",
                "employer"),
    "job_title": ("job_title", "title", "jobtitle", "position", "role"),
    "city": ("city", "town", "mailing_city", "locality"),
    "region": ("region", "state", "province", "county", "mailing_state"),
    "country": ("country", "country_code", "mailing_country", "nation"),
    "website": ("website", "url", "web", "homepage", "web_site"),
    "handles": ("handles", "social_handles", "social_profiles"),
    "birth_date": ("birth_date", "date_of_birth", "dob", "birthday", "birthdate"),
    "address": ("address", "street", "street_address", "mailing_street", "address_line_1"),
    "postcode": ("postcode", "postal_code", "zip", "zip_code", "zipcode", "post_code"),
    "updated_at": ("updated_at", "last_modified", "modified_at", "last_updated", "updated"),
    "do_not_link": ("do_not_link",),
}

_PERSONA_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "persona_id", "personaid", "record_id", "account_id", "profile_id"),
    "platform": ("platform", "network", "site", "service", "social_network"),
    "handle": ("handle", "username", "screen_name", "user_name", "login", "account"),
    "display_name": ("display_name", "name", "full_name", "displayname"),
    "bio": ("bio", "description", "about", "summary", "headline"),
    "location": ("location", "place", "city"),
    "website": ("website", "url", "link", "homepage"),
    "email": ("email", "emails", "email_address", "public_email"),
    "phone": ("phone", "phones", "phone_number"),
    "followers": ("followers", "followers_count", "follower_count", "subscribers"),
    "following": ("following", "following_count", "friends_count"),
    "posts": ("posts", "posts_count", "statuses_count", "media_count", "tweet_count"),
    "verified": ("verified", "is_verified"),
    "profile_url": ("profile_url", "profile", "profile_link"),
    "observed_at": ("observed_at", "scraped_at", "collected_at", "updated_at", "crawled_at"),
    "do_not_link": ("do_not_link",),
}

ALIASES: dict[Source, dict[str, tuple[str, ...]]] = {
    "contact": _CONTACT_ALIASES,
    "persona": _PERSONA_ALIASES,
}


def header_key(header: str) -> str:
    """The matching key of a column header: its letters and digits, case and accents folded.

    >>> header_key("Email Address 2"), header_key("Émail"), header_key("顧客ID")
    ('emailaddress2', 'email', '顧客id')
    """
    decomposed = unicodedata.normalize("NFKD", header.casefold())
    return "".join(c for c in decomposed if c.isalnum())


def _alias_index(source: Source) -> dict[str, str]:
    return {header_key(a): field for field, aliases in ALIASES[source].items() for a in aliases}


_ALIAS_INDEX: dict[Source, dict[str, str]] = {s: _alias_index(s) for s in SOURCES}


def canonical_fields(source: Source) -> tuple[str, ...]:
    """The canonical field names of one source, in contract order."""
    return tuple(ALIASES[source])


@dataclass(frozen=True)
class ColumnMap:
    """How the columns of one input map onto the canonical schema.

    ``fields`` maps each canonical field to the input columns that feed it (one, or several
    for multi-valued fields); ``extras`` are the input columns outside the schema, carried
    through untouched.
    """

    fields: dict[str, tuple[str, ...]]
    extras: tuple[str, ...]


def map_columns(
    source: Source, columns: list[str], mapping: dict[str, str] | None = None
) -> tuple[ColumnMap, list[str]]:
    """Map input column names to canonical fields; return the map and the problems found.

    An explicit ``mapping`` (input column → canonical field) wins over aliases.

    >>> cm, problems = map_columns("contact", ["Contact ID", "First Name", "Email", "Email 2"])
    >>> cm.fields["id"], cm.fields["email"], problems
    (('Contact ID',), ('Email', 'Email 2'), [])
    """
    mapping = dict(mapping or {})
    problems: list[str] = []
    valid = set(canonical_fields(source))
    for col, field in mapping.items():
        if col not in columns:
            problems.append(
                f"the mapping names column {col!r}, which is not in the input "
                f"(columns: {', '.join(map(repr, columns))})."
            )
        if field not in valid:
            problems.append(
                f"the mapping sends {col!r} to {field!r}, which is not a {source} field; "
                f"use one of: {', '.join(sorted(valid))}."
            )
    gathered: dict[str, list[str]] = {}
    extras: list[str] = []
    for col in columns:
        target = mapping.get(col) or _ALIAS_INDEX[source].get(header_key(col))
        if target is None or target not in valid:
            extras.append(col)
            continue
        gathered.setdefault(target, []).append(col)
    for field, cols in gathered.items():
        if len(cols) > 1 and field not in MULTI_VALUED:
            # Explicit mapping first, then the column named exactly like the field, then the
            # first column; the others stay in the output as extras, never dropped.
            ranked = sorted(
                cols, key=lambda c: (c not in mapping, header_key(c) != header_key(field))
            )
            extras.extend(ranked[1:])
            gathered[field] = ranked[:1]
    if "id" not in gathered:
        problems.append(
            "no id column was found "
            f"(columns: {', '.join(map(repr, columns))}); name one 'id' or pass "
            "mapping={'<your id column>': 'id'}."
        )
    return ColumnMap({f: tuple(c) for f, c in gathered.items()}, tuple(extras)), problems
