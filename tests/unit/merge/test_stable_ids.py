"""Profile ids: deterministic, kept across runs where membership mostly holds, and every
change between two runs accounted for in profile_changes."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd
import pytest
from tests.unit.merge.harness import merge, set_clusters, workspace

from socialid import InputError, MergeSettings
from socialid._internal.merge import load_previous

CONTACTS = pd.DataFrame({"id": [f"c{i}" for i in range(1, 9)], "first_name": list("ABCDEFGH")})


def _run(
    groups: list[list[str]],
    previous: pd.DataFrame | None = None,
    contacts: pd.DataFrame = CONTACTS,
    settings: MergeSettings | None = None,
) -> dict[str, pd.DataFrame]:
    ws = workspace(contacts)
    set_clusters(ws.con, groups)
    return merge(ws, settings, previous)


def _ids(out: dict[str, pd.DataFrame]) -> dict[str, str]:
    m = out["membership"]
    return dict(zip(m.record_id, m.profile_id, strict=True))


def _changes(out: dict[str, pd.DataFrame]) -> set[tuple[object, object, str]]:
    c = out["profile_changes"].astype(object).where(out["profile_changes"].notna(), None)
    return set(zip(c.profile_id, c.previous_profile_id, c.change, strict=True))


def test_ids_hash_the_smallest_record_key() -> None:
    ids = _ids(_run([["c:c2", "c:c3"]]))
    assert ids["c2"] == ids["c3"] == "sid_" + hashlib.md5(b"c:c2").hexdigest()[:16]


def test_the_same_membership_keeps_every_id() -> None:
    groups = [["c:c1", "c:c2"], ["c:c3", "c:c4", "c:c5"]]
    first = _run(groups)
    again = _run(groups, previous=first["membership"])
    assert _ids(again) == _ids(first)
    assert set(again["profile_changes"].change) == {"unchanged"}


def test_ids_of_the_user_s_own_scheme_are_kept_too() -> None:
    previous = pd.DataFrame({"source": ["contact"] * 3, "record_id": ["c1", "c2", "c3"],
                             "profile_id": ["crm-7", "crm-7", "crm-9"]})
    ids = _ids(_run([["c:c1", "c:c2"]], previous=previous))
    assert (ids["c1"], ids["c3"]) == ("crm-7", "crm-9")


def test_a_mostly_unchanged_profile_keeps_its_id_and_a_split_off_part_gets_a_fresh_one() -> None:
    first = _run([["c:c1", "c:c2", "c:c3", "c:c4"]])
    old = _ids(first)["c1"]
    out = _run([["c:c2", "c:c3", "c:c4"], ["c:c1"]], previous=first["membership"])
    ids = _ids(out)
    assert ids["c2"] == old
    assert ids["c1"] != old  # c1 is still the smallest key of its part: the id is not reused
    assert _changes(out) >= {(old, old, "split"), (ids["c1"], old, "split")}


def test_merged_profiles_keep_at_most_one_id_and_never_reuse_another() -> None:
    first = _run([["c:c1", "c:c2"], ["c:c3", "c:c4"], ["c:c5"]])
    before = _ids(first)
    out = _run([["c:c1", "c:c2", "c:c3", "c:c4"], ["c:c5", "c:c6", "c:c7", "c:c8"]],
               previous=first["membership"])
    ids = _ids(out)
    assert ids["c1"] == min(before["c1"], before["c3"])  # Jaccard 0.5 with both: a tie
    assert ids["c5"] not in set(before.values())  # Jaccard 0.25 with each
    assert _changes(out) == {
        *((ids["c1"], before[r], "merged") for r in ("c1", "c3")),
        *((ids["c5"], before[r], "merged") for r in ("c5", "c6", "c7", "c8")),
    }


def test_created_removed_updated_and_unchanged_profiles() -> None:
    first = _run([["c:c1", "c:c2", "c:c3"]], contacts=CONTACTS.head(5))
    before = _ids(first)
    contacts = CONTACTS[CONTACTS.id.isin(["c1", "c2", "c3", "c4", "c6", "c7"])]
    out = _run([["c:c1", "c:c2", "c:c3", "c:c6"]], previous=first["membership"],
               contacts=contacts)
    ids = _ids(out)
    assert _changes(out) == {(before["c1"], before["c1"], "updated"),
                             (before["c4"], before["c4"], "unchanged"),
                             (ids["c7"], None, "created"),
                             (None, before["c5"], "removed")}
    row = out["profile_changes"].set_index("change").loc["updated"]
    assert (row.n_shared, row.n_records, row.n_previous) == (3, 4, 3)


def test_the_overlap_needed_is_a_setting() -> None:
    first = _run([["c:c1", "c:c2", "c:c3"]])
    strict = MergeSettings(keep_id_min_overlap=0.9)
    out = _run([["c:c1", "c:c2"]], previous=first["membership"], settings=strict)
    assert _ids(out)["c1"] != _ids(first)["c1"]
    out = _run([["c:c1", "c:c2"]], previous=first["membership"])
    assert _ids(out)["c1"] == _ids(first)["c1"]


def test_a_previous_run_is_read_from_its_output_directory(tmp_path: Path) -> None:
    first = _run([["c:c1", "c:c2"]])
    first["membership"].to_parquet(tmp_path / "membership.parquet")
    ws = workspace(CONTACTS)
    set_clusters(ws.con, [["c:c1", "c:c2"]])
    load_previous(ws.con, tmp_path)
    rows = ws.con.execute("SELECT count(*) FROM previous_membership").fetchall()
    assert rows == [(len(CONTACTS),)]


@pytest.mark.parametrize(
    ("frame", "message"),
    [
        (pd.DataFrame({"record_id": ["c1"], "profile_id": ["x"]}), "no 'source' column"),
        (pd.DataFrame({"source": ["crm"], "record_id": ["c1"], "profile_id": ["x"]}),
         "1 row(s) have a source other than contact or persona."),
        (pd.DataFrame({"source": ["contact"] * 2, "record_id": ["c1"] * 2,
                       "profile_id": ["x", "y"]}),
         "1 row(s) repeat a (source, record_id) that another row has."),
    ],
)
def test_a_bad_previous_membership_says_what_is_wrong(frame: pd.DataFrame, message: str) -> None:
    with pytest.raises(InputError, match="previous") as err:
        _run([], previous=frame)
    assert message in str(err.value)
