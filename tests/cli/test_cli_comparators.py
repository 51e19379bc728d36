"""``--comparator``: comparators named on the command line, from entry points."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest
from tests import comparator_plugin
from typer.testing import CliRunner

import socialid
from socialid.cli import app

runner = CliRunner()


def test_train_with_a_registered_comparator_then_resolve_with_the_model(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    comparator_plugin.install(tmp_path / "plugin", monkeypatch)
    contacts, personas = socialid.demo_paths()
    model = tmp_path / "model.json"
    res = runner.invoke(app, ["train", "--contacts", str(contacts), "--personas",
                              str(personas), "--model", str(model), "--comparator",
                              "same_email_domain", "--quiet"])
    assert res.exit_code == 0, res.output
    payload = json.loads(model.read_text(encoding="utf-8"))
    assert payload["settings"]["comparators"] == ["same_email_domain"]
    assert payload["splink_model"]["comparisons"][-1]["output_column_name"] == "same_email_domain"

    monkeypatch.undo()  # scoring needs no plugin: the model holds the comparator's SQL
    out = tmp_path / "out"
    res = runner.invoke(app, ["resolve", "--contacts", str(contacts), "--personas",
                              str(personas), "--model", str(model), "--out", str(out), "--quiet"])
    assert res.exit_code == 0, res.output
    assert "same_email_domain" in pd.read_parquet(out / "links.parquet").columns


def test_an_unknown_comparator_exits_2_with_the_known_ones(tmp_path: Path) -> None:
    contacts = socialid.demo_paths()[0]
    res = runner.invoke(app, ["resolve", "--contacts", str(contacts), "--out",
                              str(tmp_path / "o"), "--comparator", "emial", "--quiet"])
    assert res.exit_code == 2
    assert "no comparator named 'emial'; known: name, email, phone" in res.output


def test_a_saved_model_takes_no_comparator(tmp_path: Path) -> None:
    contacts = socialid.demo_paths()[0]
    res = runner.invoke(app, ["resolve", "--contacts", str(contacts), "--out",
                              str(tmp_path / "o"), "--model", "model.json", "--comparator",
                              "email"])
    assert res.exit_code == 2
    assert "a saved model holds its own comparators" in res.output


def test_demo_and_blocking_take_a_registered_comparator(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    comparator_plugin.install(tmp_path / "plugin", monkeypatch)
    out = tmp_path / "out"
    res = runner.invoke(app, ["demo", "--comparator", "same_email_domain", "--out", str(out),
                              "--quiet"])
    assert res.exit_code == 0, res.output
    assert "same_email_domain" in pd.read_parquet(out / "links.parquet").columns
    contacts, personas = socialid.demo_paths()
    res = runner.invoke(app, ["blocking", "--truth", str(socialid.demo_truth_path()),
                              "--contacts", str(contacts), "--personas", str(personas),
                              "--comparator", "same_email_domain"], terminal_width=200)
    assert res.exit_code == 0, res.output
    # Every rule is listed with the pairs it makes; the plugin blocks on none of its own.
    assert "│ xkeys           │ contact-persona │ 1,067 │        960 │" in res.output
    assert "blocking recall: contact-persona 0.919 (971 of 1,057)" in res.output
