"""Each survivorship rule picks the value it promises, and ties never depend on row order."""

from __future__ import annotations

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pytest
from tests.unit.merge.harness import run_merge

from socialid import MergeSettings, SettingsError


def _profile(out: dict[str, pd.DataFrame]) -> pd.Series:
    profiles = out["profiles"]
    assert len(profiles) == 1
    return profiles.iloc[0]


def _contacts(**columns: list[object]) -> pd.DataFrame:
    n = len(next(iter(columns.values())))
    frame: pd.DataFrame = pd.DataFrame({"id": [f"c{i}" for i in range(1, n + 1)], **columns})
    return frame


def _all(contacts: pd.DataFrame | None = None, personas: pd.DataFrame | None = None) -> list[str]:
    keys = [f"c:{i}" for i in ([] if contacts is None else contacts.id)]
    return keys + [f"p:{i}" for i in ([] if personas is None else personas.id)]


def test_source_priority_prefers_the_crm_and_can_be_reversed() -> None:
    contacts = _contacts(full_name=["Robert Taylor"], updated_at=["2019-01-01"])
    personas = pd.DataFrame({"id": ["p1"], "display_name": ["Bobby T"],
                             "observed_at": ["2025-01-01"]})
    groups = [_all(contacts, personas)]
    assert _profile(run_merge(contacts, personas, groups)).full_name == "Robert Taylor"
    social_first = MergeSettings(source_priority=("persona", "contact"))
    assert _profile(run_merge(contacts, personas, groups, social_first)).full_name == "Bobby T"


def test_most_recent_takes_the_latest_record_and_ignores_unknown_times() -> None:
    contacts = _contacts(city=["Leeds", "London", "York"],
                         updated_at=["2021-03-01T10:00:00Z", "2024-06-01 08:00:00+02:00", None])
    settings = MergeSettings(rules={"city": "most_recent"})
    out = run_merge(contacts, groups=[_all(contacts)], merge_settings=settings)
    assert _profile(out).city == "London"
    attr = out["profile_attributes"].set_index("field").loc["city"]
    assert (attr.record_id, attr.rule) == ("c2", "most_recent")


def test_most_frequent_outvotes_the_latest() -> None:
    contacts = _contacts(company=["Acme", "Acme", "Globex"],
                         updated_at=["2020-01-01", "2021-01-01", "2024-01-01"])
    settings = MergeSettings(rules={"company": "most_frequent"})
    assert _profile(run_merge(contacts, groups=[_all(contacts)],
                              merge_settings=settings)).company == "Acme"
    assert _profile(run_merge(contacts, groups=[_all(contacts)])).company == "Globex"


def test_most_complete_takes_the_longest() -> None:
    contacts = _contacts(full_name=["Ann Lee", "Ann Marie Lee"],
                         updated_at=["2024-01-01", "2020-01-01"])
    settings = MergeSettings(rules={"full_name": "most_complete"})
    out = run_merge(contacts, groups=[_all(contacts)], merge_settings=settings)
    assert _profile(out).full_name == "Ann Marie Lee"


def test_verified_first_prefers_the_verified_account_over_a_newer_one() -> None:
    personas = pd.DataFrame({
        "id": ["p1", "p2"], "platform": ["x", "instagram"], "handle": ["annlee", "ann.lee"],
        "bio": ["Official account of Ann Lee", "ann's stuff"], "verified": ["yes", "false"],
        "observed_at": ["2020-01-01", "2025-01-01"],
    })
    settings = MergeSettings(fields=("bio",), rules={"bio": "verified_first"})
    out = run_merge(personas=personas, groups=[_all(None, personas)], merge_settings=settings)
    assert _profile(out).bio == "Official account of Ann Lee"
    newest = MergeSettings(fields=("bio",), rules={"bio": "most_recent"})
    out = run_merge(personas=personas, groups=[_all(None, personas)], merge_settings=newest)
    assert _profile(out).bio == "ann's stuff"


def test_later_rules_break_ties_of_earlier_ones() -> None:
    contacts = _contacts(job_title=["Chief Technology Officer", "CTO"],
                         updated_at=["2020-01-01", "2023-01-01"])
    groups = [_all(contacts)]
    chained = MergeSettings(rules={"job_title": ("source_priority", "most_complete")})
    assert _profile(run_merge(contacts, None, groups, chained)).job_title == (
        "Chief Technology Officer")
    assert _profile(run_merge(contacts, None, groups)).job_title == "CTO"


def test_full_ties_are_broken_by_value_whatever_the_input_order() -> None:
    contacts = _contacts(company=["Zeta", "Alpha"])
    reversed_ = contacts.iloc[::-1].reset_index(drop=True)
    for frame in (contacts, reversed_):
        assert _profile(run_merge(frame, groups=[_all(frame)])).company == "Alpha"


def test_primary_contact_points_come_from_personal_values_only() -> None:
    contacts = _contacts(email=["info@acme.com; ann.lee@gmail.com", "ann@lee.dev"],
                         phone=["+44 20 7946 0000", None],
                         updated_at=["2020-01-01", "2024-01-01"])
    out = run_merge(contacts, groups=[_all(contacts)])
    profile = _profile(out)
    assert profile.primary_email == "ann@lee.dev"
    assert profile.primary_phone == "+442079460000"
    kinds = {e["value"]: e["kind"] for e in profile.emails}
    assert kinds == {"info@acme.com": "role", "annlee@gmail.com": "personal",
                     "ann@lee.dev": "personal"}


def shortest(candidates: pa.Table) -> int | None:
    """A user rule: the shortest full name."""
    lengths = pc.utf8_length(candidates["value"])
    return int(pc.index(lengths, pc.min(lengths)).as_py())


def test_a_user_function_chooses_from_each_profiles_candidates() -> None:
    contacts = _contacts(full_name=["Robert Taylor", "Bob Taylor", "Ann Lee", "Annie Lee"])
    groups = [["c:c1", "c:c2"], ["c:c3", "c:c4"]]
    settings = MergeSettings(rules={"full_name": shortest})
    out = run_merge(contacts, groups=groups, merge_settings=settings)
    assert set(out["profiles"].full_name) == {"Bob Taylor", "Ann Lee"}
    rules = out["profile_attributes"].query("field == 'full_name'").rule
    assert set(rules) == {"custom"}


def test_a_user_function_sees_the_candidate_columns_and_may_keep_nothing() -> None:
    seen: list[list[str]] = []

    def nothing(candidates: pa.Table) -> int | None:
        seen.append(candidates.column_names)
        return None

    contacts = _contacts(full_name=["Ann Lee", "Ann Lee"])
    out = run_merge(contacts, groups=[_all(contacts)],
                    merge_settings=MergeSettings(rules={"full_name": nothing}))
    assert seen == [["value", "source", "record_id", "seen_at", "verified", "frequency"]]
    assert _profile(out).full_name is None


def test_a_user_function_returning_a_bad_position_is_an_error() -> None:
    contacts = _contacts(full_name=["Ann Lee"])
    settings = MergeSettings(rules={"full_name": lambda _: 3})
    with pytest.raises(SettingsError, match=r"merge.rules\['full_name'\] returned 3 for profile"):
        run_merge(contacts, groups=[_all(contacts)], merge_settings=settings)
