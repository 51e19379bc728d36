"""The command line, run in-process through typer's runner on real files."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

import socialid
from socialid.cli import app

runner = CliRunner()


def test_resolve_writes_the_four_outputs(tmp_path: Path) -> None:
    contacts, personas = socialid.demo_paths()
    out = tmp_path / "out"
    res = runner.invoke(app, ["resolve", "--contacts", str(contacts), "--personas",
                              str(personas), "--out", str(out), "--quiet"])
    assert res.exit_code == 0, res.output
    assert "links found:" in res.output
    membership = pd.read_parquet(out / "membership.parquet")
    assert list(membership.columns) == ["source", "record_id", "profile_id"]
    n_in = len(pd.read_csv(contacts)) + len(pd.read_csv(personas))
    assert len(membership) == n_in
    assert not membership.duplicated(["source", "record_id"]).any()
    for name in ("links", "profiles", "rejects"):
        assert (out / f"{name}.parquet").exists()
    links = pd.read_parquet(out / "links.parquet")
    assert {"source_l", "record_id_l", "source_r", "record_id_r", "match_probability",
            "match_weight"} <= set(links.columns)


def test_resolve_with_column_mapping(tmp_path: Path) -> None:
    src = tmp_path / "crm.csv"
    pd.DataFrame({
        "Kundennummer": ["1", "2", "3"],
        "Vorname": ["Anna", "Anna", "Jonas"],
        "Nachname": ["Schmidt", "Schmidt", "Weber"],
        "E-Mail": ["anna.schmidt@gmx.de", "Anna.Schmidt@GMX.de", "jonas@weber.de"],
    }).to_csv(src, index=False)
    out = tmp_path / "out"
    res = runner.invoke(app, [
        "resolve", "--contacts", str(src), "--out", str(out), "--quiet",
        "--contacts-map", "Kundennummer=id", "--contacts-map", "Vorname=first_name",
        "--contacts-map", "Nachname=last_name",
    ])
    assert res.exit_code == 0, res.output
    membership = pd.read_parquet(out / "membership.parquet").set_index("record_id")
    assert membership.loc["1", "profile_id"] == membership.loc["2", "profile_id"]
    assert membership.loc["1", "profile_id"] != membership.loc["3", "profile_id"]


def test_duplicate_ids_fail_with_exit_code_2(tmp_path: Path) -> None:
    src = tmp_path / "c.csv"
    src.write_text("id,first_name\n1,Ann\n1,Bob\n")
    res = runner.invoke(app, ["resolve", "--contacts", str(src), "--out", str(tmp_path / "o")])
    assert res.exit_code == 2
    assert "column 'id' has 1 duplicated id(s): '1' (rows 1, 2)" in res.output


def test_unreadable_file_names_the_path(tmp_path: Path) -> None:
    res = runner.invoke(app, ["resolve", "--personas", str(tmp_path / "missing.csv"),
                              "--out", str(tmp_path / "o")])
    assert res.exit_code == 2
    assert "missing.csv" in res.output and "does not exist" in res.output


def test_resolve_needs_an_input(tmp_path: Path) -> None:
    res = runner.invoke(app, ["resolve", "--out", str(tmp_path / "o")])
    assert res.exit_code != 0
    assert "pass --contacts, --personas, or both" in res.output


def test_bad_mapping_syntax_is_rejected(tmp_path: Path) -> None:
    contacts, _ = socialid.demo_paths()
    res = runner.invoke(app, ["resolve", "--contacts", str(contacts), "--out",
                              str(tmp_path / "o"), "--contacts-map", "no-equals-sign"])
    assert res.exit_code != 0
    assert "expected 'Column Name=field'" in res.output


@pytest.mark.parametrize("args", [["demo", "--quiet"]])
def test_demo_prints_the_summary_and_accuracy(args: list[str]) -> None:
    res = runner.invoke(app, args)
    assert res.exit_code == 0, res.output
    for text in ("records in:", "links found:", "profiles out:", "time:", "contact-persona"):
        assert text in res.output


def test_train_on_labels_then_resolve_with_the_model(tmp_path: Path) -> None:
    contacts, personas = socialid.demo_paths()
    model = tmp_path / "model.json"
    res = runner.invoke(app, ["train", "--contacts", str(contacts), "--personas",
                              str(personas), "--model", str(model), "--quiet",
                              "--labels", str(socialid.demo_truth_path())])
    assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["resolve", "--contacts", str(contacts), "--personas",
                              str(personas), "--model", str(model), "--out",
                              str(tmp_path / "o"), "--quiet"])
    assert res.exit_code == 0, res.output


def test_parquet_schema_does_not_depend_on_the_data(tmp_path: Path) -> None:
    """A personas-only run has no contact names and maybe no links: the columns keep types."""
    import pyarrow.parquet as pq

    src = tmp_path / "p.csv"
    src.write_text("id,handle,display_name\np1,annlee,Ann\n")
    res = runner.invoke(app, ["resolve", "--personas", str(src), "--out", str(tmp_path / "o"),
                              "--quiet"])
    assert res.exit_code == 0, res.output
    profiles = pq.read_schema(tmp_path / "o" / "profiles.parquet")
    links = pq.read_schema(tmp_path / "o" / "links.parquet")
    assert str(profiles.field("last_name").type) == "string"
    assert str(links.field("record_id_l").type) == "string"
