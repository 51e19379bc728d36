"""The benchmark data set loaders: truth construction, sizes, unique ids, no truth leak."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
from benchmarks._bench import datasets
from benchmarks._bench.datasets import BenchData, febrl_person_ids


def _check(data: BenchData, n_records: int, n_people: int, truth_column: str | None) -> None:
    assert data.n_records == n_records
    assert list(data.truth.columns) == ["source", "record_id", "person_id"]
    assert data.truth["record_id"].is_unique
    assert data.truth["person_id"].nunique() == n_people
    assert data.personas is None and data.link_types == ("contact-contact",)
    assert data.contacts is not None and len(data.contacts) == n_records
    assert truth_column is None or truth_column not in data.contacts.columns
    assert set(data.contacts_mapping) <= set(data.contacts.columns)


def test_febrl_person_ids_parse_the_rec_number() -> None:
    ids = pd.Series(["rec-1070-org", "rec-1070-dup-0", "rec-7-dup-12"])
    assert febrl_person_ids(ids).tolist() == ["1070", "1070", "7"]


@pytest.mark.parametrize("bad", ["rec-12", "rec-x-org", "rec-12-dup", "id-12-org"])
def test_febrl_person_ids_reject_other_ids(bad: str) -> None:
    with pytest.raises(ValueError, match=bad):
        febrl_person_ids(pd.Series(["rec-1-org", bad]))


def test_febrl3() -> None:
    data = datasets.load("febrl3")
    _check(data, 5000, 2000, None)
    assert data.contacts is not None
    assert not data.contacts["given_name"].str.startswith(" ").any()


def test_febrl4_stacks_both_tables() -> None:
    data = datasets.load("febrl4")
    _check(data, 10_000, 5000, None)
    assert data.truth.groupby("person_id").size().eq(2).all()


def test_fake_1000() -> None:
    _check(datasets.load("fake_1000"), 1000, 251, "cluster")


def test_historical_50k() -> None:
    _check(datasets.load("historical_50k"), 50_578, 5156, "cluster")


def test_missing_file_names_the_path(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(datasets, "DATA_DIR", tmp_path)
    with pytest.raises(FileNotFoundError, match=str(tmp_path / "fake_1000.csv")):
        datasets.load("fake_1000")


def test_unknown_name_lists_the_known_ones() -> None:
    with pytest.raises(ValueError, match="known: generated-1k"):
        datasets.check_names(["febrl3", "nope"])


def test_generated_cache_round_trip(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setitem(datasets.GENERATED, "generated-tiny", (30, 7))
    first = datasets.ensure_generated(30, 7, tmp_path)
    again = datasets.ensure_generated(30, 7, tmp_path)
    assert not first.cached and again.cached and again.seconds == pytest.approx(first.seconds)
    data = datasets.load_generated("generated-tiny", tmp_path)
    assert data.contacts is not None and data.personas is not None
    assert data.link_types is None
    expected = {("contact", str(i)) for i in data.contacts["id"]}
    expected |= {("persona", str(i)) for i in data.personas["id"]}
    keys = list(zip(data.truth["source"], data.truth["record_id"], strict=True))
    assert len(keys) == len(expected) and set(keys) == expected
