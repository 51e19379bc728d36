"""Whatever the records and however they are clustered, every record lands in exactly one
profile, and every value a profile shows traces to a record of that profile holding it."""

from __future__ import annotations

import math
from typing import Any

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.unit.merge.harness import merge, set_clusters, workspace

from socialid import PROFILE_FIELDS, MergeSettings
from socialid._internal.features import TRUTHY

MERGE_SETTINGS = settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
TIMES = [None, "2021-01-01", "2024-06-01T10:00:00Z", "2019-12-31 23:00:00+02:00", "yesterday"]
EMAILS = [None, "ann@x.com", "Ann.Lee+crm@gmail.com", "info@acme.com", "bad@", "a@x.com; b@y.org"]
PHONES = [None, "+44 20 7946 0123", "+1 415 555 0134", "12"]
CONTACT_POOLS: dict[str, list[Any]] = {
    "first_name": [None, "Ann", "Bob", "Émile"], "last_name": [None, "Lee", "O'Brien"],
    "full_name": [None, "Dr Ann Lee"], "email": EMAILS, "phone": PHONES,
    "company": [None, "Acme", "Globex Ltd"], "job_title": [None, "CTO"],
    "city": [None, "Leeds", "München"], "country": [None, "GB", "Germany", "Narnia"],
    "website": [None, "acme.com", "https://www.lee.dev/x", "not a url"],
    "birth_date": [None, "1980-02-03", "03/02/1981"], "updated_at": TIMES,
}
PERSONA_POOLS: dict[str, list[Any]] = {
    "platform": [None, "x", "instagram", "github"], "handle": [None, "annlee", "@ann.lee"],
    "display_name": [None, "Ann Lee", "Bobby"], "bio": [None, "IG: @annlee · lee.dev"],
    "location": [None, "Leeds, UK"], "website": [None, "lee.dev"], "email": EMAILS,
    "phone": PHONES, "followers": [None, "1,200", "30", "lots"], "posts": [None, "5", "70"],
    "verified": [None, "true", "no"], "observed_at": TIMES,
}


def _frame(prefix: str, pools: dict[str, list[Any]], n: int) -> st.SearchStrategy[pd.DataFrame]:
    rows = st.fixed_dictionaries({k: st.sampled_from(v) for k, v in pools.items()})
    return st.lists(rows, min_size=n, max_size=n).map(
        lambda r: pd.DataFrame(r, columns=list(pools)).assign(
            id=[f"{prefix}{i}" for i in range(len(r))]))


@st.composite
def clustered_inputs(draw: st.DrawFn) -> tuple[pd.DataFrame, pd.DataFrame, list[list[str]]]:
    n_contacts = draw(st.integers(0, 5))
    n_personas = draw(st.integers(0 if n_contacts else 1, 5))
    contacts = draw(_frame("c", CONTACT_POOLS, n_contacts))
    personas = draw(_frame("p", PERSONA_POOLS, n_personas))
    keys = [f"c:{i}" for i in contacts.id] + [f"p:{i}" for i in personas.id]
    labels = draw(st.lists(st.integers(0, 3), min_size=len(keys), max_size=len(keys)))
    groups: dict[int, list[str]] = {}
    for key, label in zip(keys, labels, strict=True):
        groups.setdefault(label, []).append(key)
    return contacts, personas, list(groups.values())


def _texts(value: Any) -> set[str]:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return set()
    if hasattr(value, "__len__") and not isinstance(value, str):
        return {t for v in value for t in _texts(v)}
    return {str(value)}


def _record_values(row: dict[str, Any]) -> set[str]:
    """What one row of a record (its input row or its feature row) holds: its values, its
    name parts joined and whether it says it is verified."""
    values = {t for v in row.values() for t in _texts(v)}
    first, last = row.get("first_name"), row.get("last_name")
    if first and last:
        values.add(f"{first} {last}")
    if str(row.get("verified") or "").strip().lower() in TRUTHY:
        values.add("true")
    return values


@MERGE_SETTINGS
@given(clustered_inputs())
def test_every_record_in_one_profile_and_every_value_traced(
    case: tuple[pd.DataFrame, pd.DataFrame, list[list[str]]],
) -> None:
    contacts, personas, groups = case
    ws = workspace(contacts if len(contacts) else None, personas if len(personas) else None)
    set_clusters(ws.con, groups)
    out = merge(ws, MergeSettings(fields=PROFILE_FIELDS))

    m = out["membership"]
    keys = list(zip(m.source, m.record_id, strict=True))
    expected = [("contact", i) for i in contacts.id] + [("persona", i) for i in personas.id]
    assert sorted(keys) == sorted(expected)
    assert set(out["profiles"].profile_id) == set(m.profile_id)
    assert len(out["profiles"]) == m.profile_id.nunique()

    profile_of = dict(zip(keys, m.profile_id, strict=True))
    holds: dict[tuple[str, str], set[str]] = {}
    for source in ws.sources:
        for sql in (f"SELECT * FROM features WHERE source = '{source}'",
                    f"SELECT '{source}' AS source, * FROM records_{source}"):
            for row in ws.con.sql(sql).df().to_dict("records"):
                key = (row["source"], row["record_id"])
                holds[key] = holds.get(key, set()) | _record_values(row)
    attrs = out["profile_attributes"]
    for a in attrs.to_dict("records"):
        key = (a["source"], a["record_id"])
        assert profile_of[key] == a["profile_id"]
        assert a["value"] in holds[key], (a["field"], a["value"])

    traced = set(zip(attrs.profile_id, attrs.field, attrs.value, strict=True))
    for profile in out["profiles"].to_dict("records"):
        pid = profile["profile_id"]
        for field in PROFILE_FIELDS:
            value = profile[field]
            if field in ("emails", "phones", "handles", "websites"):
                for item in value:
                    assert (pid, field, item["value"]) in traced
                    for s in item["sources"]:
                        assert profile_of[(s["source"], s["record_id"])] == pid
            elif isinstance(value, str):
                assert (pid, field, value) in traced, (field, value)
