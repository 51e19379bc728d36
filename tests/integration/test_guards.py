"""Behaviours that keep socialid from merging people it must not merge, or losing input."""

from __future__ import annotations

import pandas as pd

import socialid


def _contacts(**columns: list[object]) -> pd.DataFrame:
    return pd.DataFrame({"id": [str(i) for i in range(1, len(next(iter(columns.values()))) + 1)],
                         **columns})


def test_do_not_link_keeps_a_record_out_of_every_link() -> None:
    df = _contacts(first_name=["Ann"] * 3, last_name=["Lee"] * 3, email=["ann.lee@x.com"] * 3,
                   do_not_link=[None, "yes", "FALSE"])
    m = socialid.resolve(contacts=df, progress=False).membership.set_index("record_id")
    assert m.loc["1", "profile_id"] == m.loc["3", "profile_id"]
    assert m.loc["2", "profile_id"] not in {m.loc["1", "profile_id"]}


def test_a_family_mailbox_does_not_merge_the_family() -> None:
    df = _contacts(first_name=["Ann", "Bob", "Cid"], last_name=["Lee"] * 3,
                   email=["thelees@gmail.com"] * 3)
    result = socialid.resolve(contacts=df, progress=False)
    assert result.membership.profile_id.nunique() == 3
    kinds = {e["kind"] for emails in result.profiles.emails for e in emails}
    assert kinds == {"shared"}


def test_unusable_values_are_rejected_with_reasons_not_dropped() -> None:
    df = _contacts(first_name=["Ann", "Bo"], last_name=["Lee", "Kim"],
                   handles=["x:@@@; github:annlee", None], country=["Narnia", "DE"],
                   website=["not a url at all", "kim.de"])
    result = socialid.resolve(contacts=df, progress=False)
    rejected = set(zip(result.rejects.column, result.rejects.value, strict=True))
    assert rejected == {("handles", "x:@@@"), ("country", "Narnia"),
                        ("website", "not a url at all")}
    handles = result.profiles.set_index("full_name").loc["Ann Lee", "handles"]
    assert [h["value"] for h in handles] == ["github:annlee"]


def test_the_bundled_model_does_not_stick_to_a_resolver() -> None:
    resolver = socialid.Resolver(progress=False)
    resolver.resolve(contacts=_contacts(first_name=["Ann"], last_name=["Lee"]))
    assert not resolver.is_fitted


def test_columns_outside_the_schema_reach_the_records_output() -> None:
    contacts = _contacts(first_name=["Ann", "Bo"], last_name=["Lee", "Kim"],
                         **{"Lifetime Value": [100, 200]})
    personas = pd.DataFrame({"id": ["p1"], "handle": ["annlee"], "segment": ["vip"]})
    result = socialid.resolve(contacts=contacts, personas=personas, progress=False)
    records = result.tables["records"]
    assert records.column_names == ["source", "record_id", "profile_id", "Lifetime Value",
                                    "segment"]
    assert records.column("Lifetime Value").to_pylist() == [100, 200, None]
    assert records.column("segment").to_pylist() == [None, None, "vip"]
    assert records.num_rows == len(result.membership)


def test_email_cells_with_display_names_and_several_addresses() -> None:
    df = _contacts(first_name=["Ann", "Ann"], last_name=["Lee", "Lee"],
                   email=["Ann Lee <Ann.Lee@x.com>; a.lee@y.org  b@z.org", "ann.lee@x.com"])
    result = socialid.resolve(contacts=df, progress=False)
    assert result.rejects.empty
    emails = {e["value"] for e in result.profiles.emails.iloc[0]}
    assert emails == {"ann.lee@x.com", "a.lee@y.org", "b@z.org"}
    assert result.membership.profile_id.nunique() == 1
