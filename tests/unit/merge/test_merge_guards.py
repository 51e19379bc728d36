"""The over-merge guards on real DuckDB with splink's connected components: conflicting
records are split apart (or flagged), everything else stays linked."""

from __future__ import annotations

import pandas as pd
from tests.unit.merge.harness import groups_of, run_guards

from socialid import MergeSettings

WEAK, MID, STRONG = 0.92, 0.97, 0.9995


def _contacts(**columns: list[object]) -> pd.DataFrame:
    n = len(next(iter(columns.values())))
    names = {"first_name": ["Ann"] * n, "last_name": ["Lee"] * n}
    frame: pd.DataFrame = pd.DataFrame(
        {"id": [f"c{i}" for i in range(1, n + 1)], **names, **columns})
    return frame


def _flags(out: dict[str, pd.DataFrame]) -> set[tuple[str, str]]:
    return {(f["check"], f["action"]) for fs in out["profiles"].guard_flags for f in fs}


def test_far_apart_birth_dates_joined_through_a_persona_are_split() -> None:
    contacts = _contacts(birth_date=["1980-02-03", "1980-02-03", "1975-11-30"])
    personas = pd.DataFrame({"id": ["p1"], "handle": ["annlee"]})
    links = [("c:c1", "c:c2", STRONG), ("c:c2", "p:p1", MID), ("c:c3", "p:p1", MID)]
    n_split, out = run_guards(contacts, personas, links)
    assert n_split == 1
    assert groups_of(out["membership"]) == {frozenset({"c:c1", "c:c2", "p:p1"}),
                                            frozenset({"c:c3"})}
    assert _flags(out) == {("birth_date", "split"), ("chain", "split")}
    details = {f["detail"] for fs in out["profiles"].guard_flags for f in fs
               if f["check"] == "birth_date"}
    assert details == {"contact c1 (1980-02-03) vs contact c3 (1975-11-30)",
                       "contact c2 (1980-02-03) vs contact c3 (1975-11-30)"}


def test_crm_duplicates_with_different_birth_dates_are_flagged_not_split() -> None:
    contacts = _contacts(birth_date=["1980-02-03", "1980-02-03", "1975-11-30"])
    n_split, out = run_guards(contacts, None, [("c:c1", "c:c2", STRONG), ("c:c2", "c:c3", MID)])
    assert (n_split, out["membership"].profile_id.nunique()) == (0, 1)
    assert _flags(out) == {("birth_date", "flagged")}


def test_a_birth_date_typo_or_day_month_swap_is_no_conflict() -> None:
    for other in ("1980-02-04", "1981-02-03", "1980-03-02"):
        contacts = _contacts(birth_date=["1980-02-03", other])
        n_split, out = run_guards(contacts, None, [("c:c1", "c:c2", MID)])
        assert n_split == 0, other
        assert out["membership"].profile_id.nunique() == 1


def test_verified_accounts_with_different_phones_are_split() -> None:
    personas = pd.DataFrame({
        "id": ["p1", "p2", "p3"], "platform": ["x", "instagram", "github"],
        "handle": ["annlee", "annlee", "annlee"], "verified": ["true", "true", "false"],
        "phone": ["+44 20 7946 0123", "+1 415 555 0134", "+44 20 7946 0999"],
    })
    n_split, out = run_guards(None, personas, [("p:p3", "p:p1", STRONG), ("p:p3", "p:p2", MID)])
    assert n_split == 1
    assert groups_of(out["membership"]) == {frozenset({"p:p1", "p:p3"}), frozenset({"p:p2"})}
    assert _flags(out) == {("verified_phone", "split")}


PERSONA = pd.DataFrame({"id": ["p1"], "handle": ["annlee"]})
THROUGH_PERSONA = [("c:c1", "p:p1", STRONG), ("p:p1", "c:c2", STRONG)]


def test_contacts_with_different_personal_emails_share_a_profile_only_through_crm_links() -> None:
    contacts = _contacts(email=["ann.lee@gmail.com", "ann@lee.dev"])
    n_split, out = run_guards(contacts, PERSONA, THROUGH_PERSONA)
    assert n_split == 1
    assert _flags(out) == {("personal_emails", "split")}
    n_split, out = run_guards(contacts, PERSONA, [*THROUGH_PERSONA, ("c:c1", "c:c2", WEAK)])
    assert (n_split, _flags(out)) == (0, set())


def test_an_email_mistyped_is_not_a_different_email() -> None:
    contacts = _contacts(email=["ann.lee@outlook.com", "ann.lee@outlok.com"])
    n_split, out = run_guards(contacts, PERSONA, THROUGH_PERSONA)
    assert (n_split, _flags(out)) == (0, set())


def test_a_hard_conflict_on_a_path_of_strong_links_is_flagged() -> None:
    contacts = _contacts(birth_date=["1980-02-03", "1975-11-30"])
    personas = pd.DataFrame({"id": ["p1"], "handle": ["annlee"]})
    links = [("c:c1", "p:p1", STRONG), ("p:p1", "c:c2", STRONG)]
    n_split, out = run_guards(contacts, personas, links)
    assert (n_split, out["membership"].profile_id.nunique()) == (0, 1)
    assert _flags(out) == {("birth_date", "flagged")}


def test_crm_duplicates_may_chain_through_each_other() -> None:
    contacts = _contacts(city=["Leeds"] * 3)
    links = [("c:c1", "c:c2", WEAK), ("c:c2", "c:c3", WEAK)]
    n_split, out = run_guards(contacts, None, links)
    assert (n_split, out["membership"].profile_id.nunique()) == (0, 1)


def test_two_contacts_chained_through_a_persona_are_split_and_it_joins_the_closer() -> None:
    contacts = _contacts(city=["Leeds", "Leeds"])
    personas = pd.DataFrame({"id": ["p1"], "handle": ["annlee"]})
    n_split, out = run_guards(contacts, personas, [("c:c1", "p:p1", MID), ("c:c2", "p:p1", WEAK)])
    assert n_split == 1
    assert groups_of(out["membership"]) == {frozenset({"c:c1", "p:p1"}), frozenset({"c:c2"})}
    assert _flags(out) == {("chain", "split")}


def test_contacts_joined_by_a_path_of_strong_links_stay_together() -> None:
    contacts = _contacts(city=["Leeds", "Leeds"])
    personas = pd.DataFrame({"id": ["p1"], "handle": ["annlee"]})
    n_split, out = run_guards(contacts, personas,
                              [("c:c1", "p:p1", STRONG), ("c:c2", "p:p1", STRONG)])
    assert n_split == 0
    assert out["membership"].profile_id.nunique() == 1


def test_a_split_keeps_every_link_that_joins_no_conflict() -> None:
    contacts = _contacts(birth_date=["1980-02-03", "1975-11-30"])
    personas = pd.DataFrame({"id": ["p1", "p2", "p3"], "handle": ["a", "b", "c"]})
    links = [("c:c1", "p:p1", STRONG), ("p:p1", "c:c2", MID), ("c:c2", "p:p2", STRONG),
             ("p:p1", "p:p3", WEAK)]
    n_split, out = run_guards(contacts, personas, links)
    assert n_split == 1
    assert groups_of(out["membership"]) == {frozenset({"c:c1", "p:p1", "p:p3"}),
                                            frozenset({"c:c2", "p:p2"})}


def test_one_account_per_platform_is_asked_for() -> None:
    personas = pd.DataFrame({"id": ["p1", "p2", "p3"], "platform": ["x", "x", "github"],
                             "handle": ["annlee", "ann_lee_old", "annlee"]})
    links = [("p:p1", "p:p3", MID), ("p:p2", "p:p3", MID)]
    n_split, _ = run_guards(None, personas, links)
    assert n_split == 0
    settings = MergeSettings(one_account_per_platform=True)
    n_split, out = run_guards(None, personas, links, settings)
    assert n_split == 1
    assert _flags(out) == {("same_platform", "split")}
    strong = [("p:p1", "p:p2", STRONG), *links]
    n_split, out = run_guards(None, personas, strong, settings)
    assert (n_split, _flags(out)) == (0, set())


def test_flag_mode_keeps_the_cluster_and_off_mode_checks_nothing() -> None:
    contacts = _contacts(email=["ann.lee@gmail.com", "ann@lee.dev"])
    links = THROUGH_PERSONA
    n_split, out = run_guards(contacts, PERSONA, links, MergeSettings(conflicts="flag"))
    assert (n_split, out["membership"].profile_id.nunique()) == (0, 1)
    assert _flags(out) == {("personal_emails", "flagged")}
    n_split, out = run_guards(contacts, PERSONA, links, MergeSettings(conflicts="off"))
    assert (n_split, _flags(out)) == (0, set())


def test_clusters_split_for_their_size_or_still_too_large_are_flagged() -> None:
    personas = pd.DataFrame({"id": [f"p{i}" for i in range(4)], "handle": list("abcd")})
    unbreakable = 0.999999
    links = [("p:p0", "p:p1", unbreakable), ("p:p1", "p:p2", unbreakable),
             ("p:p2", "p:p3", unbreakable)]
    _, out = run_guards(None, personas, links, max_size=3)
    (flags,) = out["profiles"].guard_flags
    assert [(f["check"], f["action"], f["detail"]) for f in flags] == [
        ("size", "flagged", "4 records, more than max_cluster_size 3")]
    links[1] = ("p:p1", "p:p2", STRONG)
    _, out = run_guards(None, personas, links, max_size=3)
    assert groups_of(out["membership"]) == {frozenset({"p:p0", "p:p1"}),
                                            frozenset({"p:p2", "p:p3"})}
    details = {f["detail"] for fs in out["profiles"].guard_flags for f in fs}
    assert details == {"split from 4 linked records, more than max_cluster_size 3"}
    _, out = run_guards(None, personas, links, max_size=None)
    assert _flags(out) == set()
