"""Profiles on the demo data: provenance of every value, and ids that survive a re-run on
perturbed data with every change accounted for."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

import socialid
from socialid.cli import app
from socialid.resolver import bundled_model_path

PERTURBED_SHARE = 0.05
KEPT_FLOOR = 0.95


def test_every_profile_value_is_traced_to_a_member_record(
    demo_result: socialid.ResolveResult,
) -> None:
    m = demo_result.membership
    members = set(zip(m.profile_id, m.source, m.record_id, strict=True))
    attrs = demo_result.profile_attributes
    assert set(zip(attrs.profile_id, attrs.source, attrs.record_id, strict=True)) <= members
    traced = set(zip(attrs.profile_id, attrs.field, attrs.value, strict=True))
    profiles = demo_result.profiles
    single = ["first_name", "last_name", "full_name", "company", "city", "country",
              "primary_email", "primary_phone", "job_title"]
    for row in profiles.itertuples():
        for field in single:
            value = getattr(row, field)
            if value is not None:
                assert (row.profile_id, field, value) in traced, (field, value)
        for field in ("emails", "phones", "handles", "websites"):
            for item in getattr(row, field):
                assert (row.profile_id, field, item["value"]) in traced
                assert {(s["source"], s["record_id"]) for s in item["sources"]} <= {
                    (s, r) for p, s, r in members if p == row.profile_id}
    assert (profiles.followers_total >= profiles.reach_max.fillna(0)).all()


def _perturb(
    contacts: pd.DataFrame, personas: pd.DataFrame
) -> tuple[pd.DataFrame, pd.DataFrame, set[tuple[str, str]]]:
    """Remove, change and add 5 % of the records in equal parts (contacts added as
    re-imported copies, personas as new accounts: a copy of an account is the same account
    and joins it); return the new inputs and the keys of the records removed or changed."""
    frames = {"contact": contacts.copy(), "persona": personas.copy()}
    touched: set[tuple[str, str]] = set()
    for source, frame in frames.items():
        n = round(len(frame) * PERTURBED_SHARE / 3)
        removed, changed, copied = (frame.sample(n, random_state=seed).index
                                    for seed in (1, 2, 3))
        touched |= {(source, i) for i in frame.loc[removed.union(changed), "id"]}
        column = "email" if source == "contact" else "handle"
        frame.loc[changed, column] = [f"changed{i}@example.org" if source == "contact"
                                      else f"changed_{i}" for i in range(len(changed))]
        copies = frame.loc[copied].assign(id=[f"NEW-{i}" for i in range(len(copied))])
        if source == "persona":
            copies = copies.assign(handle=[f"newcomer_{i}" for i in range(len(copied))],
                                   display_name=None, profile_url=None, website=None)
        frames[source] = pd.concat([frame.drop(removed), copies], ignore_index=True)
    return frames["contact"], frames["persona"], touched


@pytest.fixture(scope="module")
def rerun() -> tuple[socialid.ResolveResult, socialid.ResolveResult, set[tuple[str, str]]]:
    contacts_path, personas_path = socialid.demo_paths()
    contacts = pd.read_csv(contacts_path, dtype=str)
    personas = pd.read_csv(personas_path, dtype=str)
    resolver = socialid.Resolver.pretrained(progress=False)
    first = resolver.resolve(contacts, personas)
    new_contacts, new_personas, touched = _perturb(contacts, personas)
    second = resolver.resolve(new_contacts, new_personas, previous=first.membership)
    return first, second, touched


def test_unaffected_profiles_keep_their_ids_after_perturbing_five_percent(
    rerun: tuple[socialid.ResolveResult, socialid.ResolveResult, set[tuple[str, str]]],
) -> None:
    first, second, touched = rerun
    before = first.membership
    affected = {p for p, s, r in zip(before.profile_id, before.source, before.record_id,
                                     strict=True) if (s, r) in touched}
    unaffected = set(before.profile_id) - affected
    kept = unaffected & set(second.membership.profile_id)
    assert len(kept) / len(unaffected) >= KEPT_FLOOR, (len(kept), len(unaffected))


def test_profile_changes_account_for_every_profile_of_both_runs(
    rerun: tuple[socialid.ResolveResult, socialid.ResolveResult, set[tuple[str, str]]],
) -> None:
    first, second, _ = rerun
    changes = second.profile_changes
    assert changes is not None
    old_ids, new_ids = set(first.membership.profile_id), set(second.membership.profile_id)
    assert set(changes.previous_profile_id.dropna()) == old_ids
    assert set(changes.profile_id.dropna()) == new_ids
    gone = old_ids - new_ids
    how = changes[changes.previous_profile_id.isin(gone)].change
    assert set(how) <= {"merged", "split", "removed", "updated"}
    fresh = new_ids - old_ids
    how = changes[changes.profile_id.isin(fresh)].change
    assert set(how) <= {"created", "merged", "split", "updated"}
    kept = changes[changes.profile_id == changes.previous_profile_id]
    assert set(kept.change) <= {"unchanged", "updated", "merged", "split"}
    assert {"unchanged", "removed", "created"} <= set(changes.change)


def test_the_cli_keeps_ids_from_a_previous_output_directory(tmp_path: Path) -> None:
    contacts, personas = socialid.demo_paths()
    out = tmp_path / "out"
    runner = CliRunner()
    args = ["resolve", "--contacts", str(contacts), "--personas", str(personas), "--quiet",
            "--model", str(bundled_model_path())]
    res = runner.invoke(app, [*args, "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert not (out / "profile_changes.parquet").exists()
    res = runner.invoke(app, [*args, "--out", str(out), "--previous", str(out)])
    assert res.exit_code == 0, res.output
    changes = pd.read_parquet(out / "profile_changes.parquet")
    assert set(changes.change) == {"unchanged"}
    assert (out / "profile_attributes.parquet").exists()
