"""Every profile value names the records it came from; influence follows its formulas;
only the chosen fields are copied."""

from __future__ import annotations

import pandas as pd
from tests.unit.merge.harness import run_merge

from socialid import PROFILE_FIELDS, MergeSettings

CONTACTS = pd.DataFrame({
    "id": ["c1", "c2"],
    "first_name": ["Ann", "Ann"], "last_name": ["Lee", "Lee"],
    "email": ["ann.lee@gmail.com", "ann@lee.dev; annlee@gmail.com"],
    "phone": ["+44 20 7946 0123", None], "company": ["Acme", None], "city": ["Leeds", None],
    "country": ["GB", "GB"], "website": ["https://www.lee.dev/about", None],
    "job_title": ["CTO", None], "birth_date": ["1980-02-03", None],
    "updated_at": ["2021-05-01T00:00:00Z", "2023-07-01T00:00:00Z"],
})
PERSONAS = pd.DataFrame({
    "id": ["p1", "p2", "p3"], "platform": ["x", "instagram", "x"],
    "handle": ["annlee", "ann.lee", "ann_lee_old"], "display_name": ["Ann Lee", "ann", None],
    "bio": ["CTO at Acme", None, None], "location": ["Leeds, UK", None, None],
    "website": ["lee.dev", None, None], "followers": ["1,200", "300", "50"],
    "posts": ["10", None, "5"], "verified": ["true", "false", None],
    "observed_at": ["2024-01-01", "2025-02-01", "2019-01-01"],
})
EVERYTHING = MergeSettings(fields=PROFILE_FIELDS)
ALL_KEYS = ["c:c1", "c:c2", "p:p1", "p:p2", "p:p3"]


def _merged(settings: MergeSettings = EVERYTHING) -> dict[str, pd.DataFrame]:
    return run_merge(CONTACTS, PERSONAS, [ALL_KEYS], settings)


def _record_values(source: str, record_id: str) -> set[str]:
    """Every value a record holds as text, and a contact's name parts joined."""
    frame = CONTACTS if source == "contact" else PERSONAS
    row = frame.set_index("id").loc[record_id]
    joined = {f"{row.first_name} {row.last_name}"} if source == "contact" else set()
    return {str(v) for v in row.dropna()} | joined


def test_every_chosen_value_names_a_member_record_that_holds_it() -> None:
    out = _merged()
    profile = out["profiles"].iloc[0]
    attrs = out["profile_attributes"]
    members = set(zip(out["membership"].source, out["membership"].record_id, strict=True))
    for field in ("first_name", "last_name", "full_name", "company", "job_title", "city",
                  "birth_date", "bio"):
        (row,) = attrs[attrs.field == field].itertuples()
        assert row.value == profile[field]
        assert (row.source, row.record_id) in members
        assert row.value in _record_values(row.source, row.record_id), field
    chosen = attrs[attrs.rule != "all"].set_index("field")
    assert chosen.loc["full_name", "rule"] == "source_priority"
    assert chosen.loc["job_title", "rule"] == "most_recent"


def test_multi_valued_fields_keep_each_value_once_with_all_its_sources() -> None:
    out = _merged()
    profile = out["profiles"].iloc[0]
    emails = {e["value"]: e for e in profile.emails}
    assert set(emails) == {"annlee@gmail.com", "ann@lee.dev"}
    gmail = emails["annlee@gmail.com"]
    assert [(s["source"], s["record_id"]) for s in gmail["sources"]] == [
        ("contact", "c1"), ("contact", "c2")]
    assert (gmail["source"], gmail["record_id"]) == ("contact", "c2")  # the most recent
    assert gmail["first_seen"] == pd.Timestamp("2021-05-01", tz="UTC")
    assert gmail["last_seen"] == pd.Timestamp("2023-07-01", tz="UTC")
    handles = {h["value"]: h["kind"] for h in profile.handles}
    assert handles == {"twitter:annlee": "twitter", "instagram:ann.lee": "instagram",
                       "twitter:ann_lee_old": "twitter"}
    websites = {w["value"]: (w["source"], len(w["sources"])) for w in profile.websites}
    assert websites == {"lee.dev": ("contact", 2)}
    rows = out["profile_attributes"].query("field == 'emails'")
    assert sorted(zip(rows.value, rows.record_id, strict=True)) == [
        ("ann@lee.dev", "c2"), ("annlee@gmail.com", "c1"), ("annlee@gmail.com", "c2")]
    assert set(rows.rule) == {"all"}


def test_influence_follows_its_formulas_and_names_its_inputs() -> None:
    out = _merged()
    profile = out["profiles"].iloc[0]
    assert profile.followers_total == 1550
    assert profile.reach_max == 1200
    assert profile.verified_any
    assert profile.posts_total == 15
    assert [(p["platform"], p["followers"], p["accounts"])
            for p in profile.followers_by_platform] == [("twitter", 1250, 2), ("instagram", 300, 1)]
    attrs = out["profile_attributes"]
    reach = attrs[attrs.field == "reach_max"]
    assert list(zip(reach.value, reach.record_id, reach.rule, strict=True)) == [
        ("1200", "p1", "max")]
    total = attrs[attrs.field == "followers_total"]
    assert sum(int(v) for v in total.value) == profile.followers_total
    assert list(attrs[attrs.field == "verified_any"].record_id) == ["p1"]


def test_a_profile_without_personas_has_no_audience() -> None:
    out = run_merge(CONTACTS, groups=[["c:c1", "c:c2"]], merge_settings=EVERYTHING)
    profile = out["profiles"].iloc[0]
    assert (profile.followers_total, profile.posts_total, profile.verified_any) == (0, 0, False)
    assert pd.isna(profile.reach_max)
    assert len(profile.followers_by_platform) == 0


def test_only_the_chosen_fields_are_copied() -> None:
    out = _merged(MergeSettings(fields=("emails", "full_name")))
    assert list(out["profiles"].columns) == [
        "profile_id", "full_name", "emails", "n_contacts", "n_personas", "guard_flags"]
    assert set(out["profile_attributes"].field) == {"emails", "full_name"}


def test_default_columns_keep_the_contract_order() -> None:
    columns = list(_merged(MergeSettings())["profiles"].columns)
    assert columns[:13] == [
        "profile_id", "first_name", "last_name", "full_name", "emails", "phones", "handles",
        "company", "city", "country", "followers_total", "n_contacts", "n_personas"]
    assert "birth_date" not in columns and "bio" not in columns


def test_unreadable_times_are_rejected_and_the_record_kept() -> None:
    contacts = CONTACTS.assign(updated_at=["last tuesday", "2023-07-01"])
    out = run_merge(contacts, groups=[["c:c1", "c:c2"]])
    rejects = out["rejects"]
    assert list(zip(rejects.column, rejects.value, strict=True)) == [
        ("updated_at", "last tuesday")]
    assert rejects.reason.iloc[0].startswith("not a date and time socialid can read")
    assert out["profiles"].n_contacts.iloc[0] == 2
