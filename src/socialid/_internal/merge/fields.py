"""Where each profile field takes its candidate values from, per source, as SQL.

Every expression is a list over one record, with ``r`` its input row (``records_<source>``),
``f`` its feature row and ``w`` the canonical domain of its website: a single value is a
one-item list, so one unnest serves every field. Canonical values (emails, E.164 phones,
``platform:handle``, ISO countries) come from the features; names, companies and titles keep
the record's own spelling.
"""

from __future__ import annotations

from dataclasses import dataclass

from socialid._internal.schema import Source


@dataclass(frozen=True)
class FieldSource:
    """One field's candidates from one source: a list expression and, for fields keeping
    every value, the kind of each item (SQL over the item, named ``value``)."""

    values: str
    kind: str = "NULL::VARCHAR"


_FULL_NAME = "coalesce(r.full_name, nullif(concat_ws(' ', r.first_name, r.last_name), ''))"

#: Fields whose value a survivorship rule picks: field → source → candidates.
SINGLE: dict[str, dict[Source, FieldSource]] = {
    "first_name": {"contact": FieldSource("[r.first_name]")},
    "last_name": {"contact": FieldSource("[r.last_name]")},
    "full_name": {
        "contact": FieldSource(f"[{_FULL_NAME}]"),
        "persona": FieldSource("[r.display_name]"),
    },
    "company": {
        "contact": FieldSource("[coalesce(r.company, f.companies[1])]"),
        "persona": FieldSource("[f.companies[1]]"),
    },
    "job_title": {"contact": FieldSource("[r.job_title]")},
    "city": {
        "contact": FieldSource("[coalesce(r.city, f.city)]"),
        "persona": FieldSource("[f.city]"),
    },
    "country": {"contact": FieldSource("[f.country]"), "persona": FieldSource("[f.country]")},
    "birth_date": {"contact": FieldSource("[f.birth_date]")},
    "bio": {"persona": FieldSource("[r.bio]")},
    "primary_email": {"contact": FieldSource("f.emails"), "persona": FieldSource("f.emails")},
    "primary_phone": {"contact": FieldSource("f.phones"), "persona": FieldSource("f.phones")},
}

_EMAILS = (
    FieldSource("f.emails", "'personal'"),
    FieldSource("f.shared_emails", "'shared'"),
    FieldSource("f.role_emails", "'role'"),
)
_PHONES = (FieldSource("f.phones", "'personal'"), FieldSource("f.shared_phones", "'shared'"))
_HANDLES = (FieldSource("f.handles", "split_part(value, ':', 1)"),)
_WEBSITES = (FieldSource("[w.result]", "'website'"),)

#: Fields keeping every distinct value: field → the parts each source contributes. The kind
#: is personal/shared/role for emails, personal/shared for phones, the platform for handles.
LISTS: dict[str, dict[Source, tuple[FieldSource, ...]]] = {
    "emails": {"contact": _EMAILS, "persona": _EMAILS},
    "phones": {"contact": _PHONES, "persona": _PHONES},
    "handles": {"contact": _HANDLES, "persona": _HANDLES},
    "websites": {"contact": _WEBSITES, "persona": _WEBSITES},
}

#: Influence figures, computed from the personas (see influence.py).
INFLUENCE = ("followers_total", "followers_by_platform", "reach_max", "verified_any",
             "posts_total")
