"""The normalize stage: turn canonical records into one feature row each.

Every distinct raw value is normalized once (names, emails, phones, handles and bios repeat a
lot in real exports), then the rows are assembled column-wise and handed back to DuckDB as
Arrow. Values that cannot be used (an invalid email, an unparseable phone, a non-numeric
follower count) are dropped from the evidence and recorded in the ``rejects`` table with the
reason, so nothing the user gave is lost silently.

The feature schema is the same for contacts and personas, so splink can compare any pair:
list columns are ``NULL`` rather than empty when a record has no such evidence.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

import duckdb
import pyarrow as pa

from socialid._internal.ingest import IngestedTable
from socialid._internal.keys import MIN_KEY_LENGTH, NameKeys, alnum, name_keys, split_keys, stem
from socialid._internal.normalize.bio import extract_bio, website_domain
from socialid._internal.normalize.company import normalize_company
from socialid._internal.normalize.dates import DateResult, normalize_date
from socialid._internal.normalize.email import EmailResult, normalize_email
from socialid._internal.normalize.handle import HandleResult, canonical_platform, normalize_handle
from socialid._internal.normalize.name import (
    NameResult,
    fold_text,
    name_handle_candidates,
    nickname_canonicals,
    normalize_name,
    normalize_name_parts,
)
from socialid._internal.normalize.phone import normalize_phone, region_from_country

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

#: Link-in-bio hubs, shorteners and hosting roots: a shared one says nothing about identity.
SHARED_DOMAINS = frozenset(
    {
        "linktr.ee", "about.me", "bio.link", "beacons.ai", "carrd.co", "lnk.bio", "linkin.bio",
        "taplink.cc", "campsite.bio", "msha.ke", "solo.to", "allmylinks.com", "linkpop.com",
        "bit.ly", "t.co", "goo.gl", "tinyurl.com", "ow.ly", "buff.ly", "lnkd.in",
        "github.io", "wordpress.com", "blogspot.com", "wixsite.com", "substack.com",
        "medium.com", "notion.site", "squarespace.com", "google.com", "sites.google.com",
    }
)
#: One address in an email cell: "Name <address>" (Outlook-style) or a bare address; cells
#: hold several separated by ; , or spaces.
_EMAIL_ITEM = re.compile(r"[^;,<>]*<[^<>]*>|[^;,\s<>]+")
_SPLIT_PHONES = re.compile(r"[;,/|]+")
_SPLIT_LIST = re.compile(r"[;,|]+")
_NUMERIC_FIELDS = ("followers", "following", "posts")
#: Values of ``do_not_link`` that opt a record out of linking (case-insensitive).
TRUTHY = frozenset({"true", "t", "yes", "y", "1", "x"})

FEATURE_SCHEMA = pa.schema(
    [
        ("unique_id", pa.string()),
        ("source", pa.string()),
        ("record_id", pa.string()),
        ("platform", pa.string()),
        ("first_name", pa.string()),
        ("last_name", pa.string()),
        ("full_name", pa.string()),
        ("first_canon", pa.list_(pa.string())),
        ("name_candidates", pa.list_(pa.string())),
        ("emails", pa.list_(pa.string())),
        ("shared_emails", pa.list_(pa.string())),
        ("email_domains", pa.list_(pa.string())),
        ("role_emails", pa.list_(pa.string())),
        ("phones", pa.list_(pa.string())),
        ("shared_phones", pa.list_(pa.string())),
        ("handles", pa.list_(pa.string())),
        ("handle_names", pa.list_(pa.string())),
        ("dkeys", pa.list_(pa.string())),
        ("ukeys", pa.list_(pa.string())),
        ("ustems", pa.list_(pa.string())),
        ("bio_handles", pa.list_(pa.string())),
        ("companies", pa.list_(pa.string())),
        ("domains", pa.list_(pa.string())),
        ("city", pa.string()),
        ("country", pa.string()),
        ("birth_date", pa.string()),
        ("postcode", pa.string()),
        ("address", pa.string()),
        ("xkeys", pa.list_(pa.string())),
        ("do_not_link", pa.bool_()),
        ("followers", pa.int64()),
    ]
)


#: One rejected value: source, record id, input row, column, value, reason.
RejectRow = tuple[str, str, int, str, str, str]


@dataclass
class _Rejects:
    """Rejected values of one input, kept for the ``rejects`` table."""

    source: str
    rows: list[RejectRow] = field(default_factory=list)

    def add(self, record_id: str, row: int, column: str, value: str, reason: str) -> None:
        self.rows.append((self.source, record_id, row, column, value, reason))


def _memo(fn: Callable[[K], V], values: Iterable[K]) -> dict[K, V]:
    """Apply ``fn`` once per distinct value."""
    return {v: fn(v) for v in set(values)}


def _uniq(items: Iterable[str | None]) -> list[str] | None:
    out = list(dict.fromkeys(i for i in items if i))
    return out or None


def _split(raw: Sequence[str] | None, pattern: re.Pattern[str]) -> list[str]:
    return [p for value in raw or () for p in pattern.split(value) if p.strip()]


def _email_items(raw: Sequence[str] | None) -> list[str]:
    return [m.strip() for value in raw or () for m in _EMAIL_ITEM.findall(value) if m.strip()]


@dataclass
class _Builder:
    """Accumulates feature columns row by row from pre-normalized values."""

    cols: dict[str, list[Any]] = field(
        default_factory=lambda: {name: [] for name in FEATURE_SCHEMA.names}
    )

    def add(self, **values: Any) -> None:
        for name, column in self.cols.items():
            column.append(values.get(name))

    def table(self) -> pa.Table:
        return pa.table(self.cols, schema=FEATURE_SCHEMA)


def _email_evidence(
    record_id: str,
    row: int,
    raw: list[str],
    emails: dict[str, EmailResult],
    rejects: _Rejects,
) -> dict[str, list[str] | None]:
    personal: list[str] = []
    role: list[str] = []
    locals_: list[str] = []
    domains: list[str] = []
    for value in raw:
        res = emails[value]
        if res.normalized is None:
            rejects.add(record_id, row, "email", value, res.error or "not an email address")
            continue
        (role if res.is_role else personal).append(res.normalized)
        if not res.is_role and res.local:
            locals_.append(alnum(res.local))
        if not res.is_free and res.domain:
            domains.append(res.domain)
    return {
        "emails": _uniq(personal),
        "role_emails": _uniq(role),
        "_locals": _uniq(locals_),
        "email_domains": _uniq(domains),
    }


def _name_evidence(name: NameResult) -> tuple[dict[str, Any], NameKeys]:
    first, last = name.first, name.last
    canon = list(nickname_canonicals(first)) if first else None
    raw_candidates = name_handle_candidates(first, last) if first and last else ()
    keys = name_keys(first, last, raw_candidates)
    # A candidate without the surname ("mary", "polly") names half the data set, not a person.
    candidates = _uniq(
        c for c in keys.candidates if len(c) >= MIN_KEY_LENGTH and keys.last and keys.last in c
    )
    return {
        "first_name": first,
        "last_name": last,
        # One-token names carry no full name: "anna" = "anna" is first-name evidence only.
        "full_name": name.full if last else None,
        "first_canon": canon,
        "name_candidates": sorted(candidates) if candidates else None,
    }, keys


def _key_evidence(
    names: NameKeys,
    candidates: list[str] | None,
    handles: list[str] | None,
    locals_: list[str] | None,
) -> dict[str, list[str] | None]:
    """Handles and email local parts as keys, split by whether the record's name explains them;
    plus ``xkeys``, every cross-field key (and the name-derived candidates), for blocking."""
    explained, unexplained = split_keys([*(alnum(h) for h in handles or ()), *(locals_ or ())],
                                        names)
    stems = _uniq(stem(k) for k in unexplained if len(stem(k)) >= MIN_KEY_LENGTH)
    return {
        "dkeys": _uniq(explained),
        "ukeys": _uniq(unexplained),
        "ustems": stems,
        "xkeys": _uniq([*explained, *unexplained, *(stems or ()), *(candidates or ())]),
    }


def _handle_evidence(handles: Iterable[HandleResult]) -> dict[str, list[str] | None]:
    ok = [h for h in handles if h.handle]
    return {
        "handles": _uniq(f"{h.platform or ''}:{h.handle}" for h in ok),
        "handle_names": _uniq(h.handle for h in ok),
    }


def _phones(
    record_id: str,
    row: int,
    raw: list[str],
    region: str | None,
    default_region: str | None,
    rejects: _Rejects,
) -> list[str] | None:
    """E.164 numbers of one record. Without a country on the record, a number written with
    its country code tells the region of the record's other numbers."""
    values = _split(raw, _SPLIT_PHONES)
    results = {v: normalize_phone(v, region, default_region) for v in values}
    if region is None:
        known = next((r.region for r in results.values() if r.normalized and r.region), None)
        if known:
            results = {
                v: r if r.normalized else normalize_phone(v, known, default_region)
                for v, r in results.items()
            }
    for value, res in results.items():
        if res.normalized is None:
            rejects.add(record_id, row, "phone", value, res.error or "not a phone number")
    return _uniq(r.normalized for r in results.values())


def _records(con: duckdb.DuckDBPyConnection, table: IngestedTable, fields: Sequence[str]) -> dict[
    str, list[Any]
]:
    cols = ", ".join(["row_number", "record_id", *fields])
    arrow = con.sql(f"SELECT {cols} FROM {table.table} ORDER BY row_number").to_arrow_table()
    return {name: arrow.column(name).to_pylist() for name in arrow.column_names}


def build_contact_features(
    con: duckdb.DuckDBPyConnection, table: IngestedTable, default_region: str | None
) -> tuple[pa.Table, list[RejectRow]]:
    """Feature rows and rejected values for the contacts input."""
    r = _records(
        con,
        table,
        ["first_name", "last_name", "full_name", "email", "phone", "company", "city",
         "country", "website", "handles", "birth_date", "postcode", "address", "do_not_link"],
    )
    rejects = _Rejects("contact")
    raw_emails = [_email_items(v) for v in r["email"]]
    emails = _memo(normalize_email, (e for lst in raw_emails for e in lst))
    names = _memo(
        lambda k: normalize_name_parts(k[0], k[1]) if (k[0] or k[1]) else normalize_name(k[2]),
        zip(r["first_name"], r["last_name"], r["full_name"], strict=True),
    )
    countries = _memo(region_from_country, r["country"])
    dates = _memo(normalize_date, r["birth_date"])
    companies = _memo(normalize_company, r["company"])
    out = _Builder()
    for i, rid in enumerate(r["record_id"]):
        row = r["row_number"][i]
        name = names[(r["first_name"][i], r["last_name"][i], r["full_name"][i])]
        email_ev = _email_evidence(rid, row, raw_emails[i], emails, rejects)
        handle_ev = _handle_evidence(_contact_handles(rid, row, r["handles"][i], rejects))
        name_ev, name_k = _name_evidence(name)
        company = companies[r["company"][i]]
        country = countries[r["country"][i]]
        if r["country"][i] and country is None:
            rejects.add(rid, row, "country", r["country"][i],
                        "not a country socialid recognises: write its name or ISO code, e.g. DE")
        out.add(
            unique_id=f"c:{rid}",
            source="contact",
            record_id=rid,
            **name_ev,
            **email_ev,
            **handle_ev,
            **_key_evidence(name_k, name_ev["name_candidates"], handle_ev["handle_names"],
                            email_ev["_locals"]),
            phones=_phones(rid, row, r["phone"][i], country, default_region, rejects),
            companies=[company] if company else None,
            domains=_domains([_website(rid, row, r["website"][i], rejects)],
                             email_ev["email_domains"]),
            city=fold_text(r["city"][i]),
            country=country,
            birth_date=_birth_date(rid, row, dates[r["birth_date"][i]], rejects),
            postcode=_postcode(r["postcode"][i]),
            address=fold_text(r["address"][i]),
            do_not_link=_opted_out(r["do_not_link"][i]),
        )
    return out.table(), rejects.rows


def _birth_date(rid: str, row: int, res: DateResult, rejects: _Rejects) -> str | None:
    if res.original and res.normalized is None:
        rejects.add(rid, row, "birth_date", res.original, res.error or "not a date")
    return res.normalized


def _postcode(value: str | None) -> str | None:
    """Postcodes compare without case, spaces or punctuation."""
    return alnum(value).upper() or None if value else None


def _contact_handle(value: str) -> HandleResult:
    platform, sep, handle = value.partition(":")
    if sep and canonical_platform(platform) and not handle.startswith("//"):
        return normalize_handle(handle, platform)
    return normalize_handle(value)


def _contact_handles(
    rid: str, row: int, raw: str | None, rejects: _Rejects
) -> list[HandleResult]:
    """The contact's ``platform:handle`` / profile-URL values; unusable ones are rejected."""
    found = []
    for value in _split([raw] if raw else [], _SPLIT_LIST):
        res = _contact_handle(value.strip())
        if res.handle:
            found.append(res)
        else:
            rejects.add(rid, row, "handles", value, res.error or "not a handle or profile URL")
    return found


def _website(rid: str, row: int, value: str | None, rejects: _Rejects) -> str | None:
    domain = website_domain(value)
    if value and domain is None:
        rejects.add(rid, row, "website", value, "not a web address: write it as example.com")
    return domain


def build_persona_features(
    con: duckdb.DuckDBPyConnection, table: IngestedTable, default_region: str | None
) -> tuple[pa.Table, list[RejectRow]]:
    """Feature rows and rejected values for the personas input."""
    r = _records(
        con,
        table,
        ["platform", "handle", "display_name", "bio", "location", "website", "email", "phone",
         "profile_url", "do_not_link", *_NUMERIC_FIELDS],
    )
    rejects = _Rejects("persona")
    raw_emails = [_email_items(v) for v in r["email"]]
    emails = _memo(normalize_email, (e for lst in raw_emails for e in lst))
    names = _memo(normalize_name, r["display_name"])
    bios = _memo(extract_bio, r["bio"])
    out = _Builder()
    for i, rid in enumerate(r["record_id"]):
        row = r["row_number"][i]
        # A platform socialid does not know keeps its own (folded) name.
        platform = canonical_platform(r["platform"][i]) or fold_text(r["platform"][i])
        handle = _persona_handle(rid, row, r["handle"][i], r["profile_url"][i], platform, rejects)
        bio = bios[r["bio"][i]]
        for value in bio.emails:
            if value not in emails:
                emails[value] = normalize_email(value)
        email_ev = _email_evidence(rid, row, [*raw_emails[i], *bio.emails], emails, rejects)
        handle_ev = _handle_evidence([handle] if handle else [])
        name = names[r["display_name"][i]]
        name_ev, name_k = _name_evidence(name)
        city, country = _location(r["location"][i])
        counts = {}
        for fieldname in _NUMERIC_FIELDS:
            value = r[fieldname][i]
            counts[fieldname] = _to_int(value) if value is not None else None
            if value is not None and counts[fieldname] is None:
                rejects.add(rid, row, fieldname, value, f"{fieldname} must be a whole number")
        bio_handles = _uniq(h for _, h in bio.handles if h != (handle.handle if handle else None))
        keys = _key_evidence(name_k, name_ev["name_candidates"], handle_ev["handle_names"],
                             email_ev["_locals"])
        keys["xkeys"] = _uniq([*(keys["xkeys"] or ()), *(alnum(h) for h in bio_handles or ())])
        out.add(
            unique_id=f"p:{rid}",
            source="persona",
            record_id=rid,
            platform=platform or (handle.platform if handle else None),
            **name_ev,
            **email_ev,
            **handle_ev,
            **keys,
            phones=_phones(rid, row, r["phone"][i], country, default_region, rejects),
            bio_handles=bio_handles,
            companies=_uniq([name.company, *bio.companies]),
            domains=_domains([_website(rid, row, r["website"][i], rejects), *bio.domains],
                             email_ev["email_domains"]),
            city=city,
            country=country,
            do_not_link=_opted_out(r["do_not_link"][i]),
            followers=counts["followers"],
        )
    return out.table(), rejects.rows


def _opted_out(value: str | None) -> bool:
    return value is not None and value.strip().casefold() in TRUTHY


def _domains(websites: Iterable[str | None], email_domains: list[str] | None) -> list[str] | None:
    """Website and corporate email domains, without link hubs and shorteners shared by many."""
    found = [*websites, *(email_domains or ())]
    return _uniq(d for d in found if d and d not in SHARED_DOMAINS)


def _persona_handle(
    rid: str,
    row: int,
    handle: str | None,
    profile_url: str | None,
    platform: str | None,
    rejects: _Rejects,
) -> HandleResult | None:
    for column, value in (("handle", handle), ("profile_url", profile_url)):
        if not value:
            continue
        res = normalize_handle(value, platform)
        if res.handle:
            return res
        rejects.add(rid, row, column, value, res.error or "not a handle")
    return None


def _to_int(value: str) -> int | None:
    """A count written as '1,234', '1_234', '1234.0' or ' 12 '; None when it is not one."""
    try:
        number = float(value.replace(",", "").replace("_", ""))
    except ValueError:
        return None
    return round(number) if math.isfinite(number) and number >= 0 else None


def _location(value: str | None) -> tuple[str | None, str | None]:
    """Split a free-text location into a folded city and an ISO country, where it can."""
    if not value:
        return None, None
    parts = [p.strip() for p in value.split(",") if p.strip()]
    if not parts:
        return None, None
    country = region_from_country(parts[-1]) if len(parts) > 1 else region_from_country(parts[0])
    city = fold_text(parts[0]) if (len(parts) > 1 or country is None) else None
    return city, country
