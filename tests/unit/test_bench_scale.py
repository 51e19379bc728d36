"""The scale benchmark's pure helpers: sizes, the systems per size and the tables."""

from __future__ import annotations

from typing import Any

import pytest
from benchmarks import scale
from benchmarks._bench import datasets, report, scale_report


def _run(system: str, wall: float, f1: float, pairs: int = 300, **stages: float) -> dict[str, Any]:
    metrics = [
        {"link_type": kind, "f1": f1}
        for kind in ("contact-persona", "persona-persona", "contact-contact", "all")
    ]
    return {
        "system": system,
        "records": 100,
        "contacts": 40,
        "personas": 60,
        "pairs_scored": pairs,
        "wall_seconds": wall,
        "peak_mib": 500.0,
        "metrics": metrics,
        "stage_seconds": stages or {"predict": wall},
    }


def _size(people: int, *runs: dict[str, Any]) -> dict[str, Any]:
    return {"name": f"generated-{people}", "generation": None, "runs": list(runs), "people": people}


@pytest.mark.parametrize(
    ("text", "people"), [("10k", 10_000), ("100K", 100_000), ("1m", 1_000_000), (" 2500 ", 2500)]
)
def test_parse_people(text: str, people: int) -> None:
    assert scale.parse_people(text) == people


@pytest.mark.parametrize("bad", ["", "k", "1.5m", "0k", "ten"])
def test_parse_people_rejects(bad: str) -> None:
    with pytest.raises(ValueError, match="not a size"):
        scale.parse_people(bad)


def test_parse_sizes_sorts_dedupes_and_allows_none() -> None:
    assert scale.parse_sizes("1m,10k,100k,10k") == [10_000, 100_000, 1_000_000]
    assert scale.parse_sizes("") == []


def test_unknown_size_names_the_known_ones() -> None:
    with pytest.raises(ValueError, match="known sizes: 1k, 10k, 100k, 1m"):
        scale.parse_sizes("10k,50k")


def test_dataset_for_and_size_label_round_trip() -> None:
    for name, (people, _) in datasets.GENERATED.items():
        assert scale.dataset_for(people) == name
        assert name == f"generated-{scale_report.size_label(people)}"


def test_large_sets_stay_out_of_run_py_default() -> None:
    assert set(datasets.LARGE) <= set(datasets.LOADERS)
    assert not set(datasets.LARGE) & set(datasets.DEFAULT)
    assert {"generated-1k", "generated-10k", "febrl3"} <= set(datasets.DEFAULT)


def test_systems_at_adds_splink_at_baseline_sizes_only() -> None:
    assert scale.systems_at(10_000, [10_000]) == {
        "socialid": scale.SOCIALID_OPTIONS,
        "splink": scale.SPLINK_OPTIONS,
    }
    assert list(scale.systems_at(1_000_000, [10_000])) == ["socialid"]
    assert "--parquet" in scale.SOCIALID_OPTIONS


def test_parse_args_defaults() -> None:
    args = scale.parse_args([])
    assert args.sizes == [10_000, 100_000, 1_000_000]
    assert args.baseline_sizes == [10_000, 100_000]
    assert scale.parse_args(["--baseline-sizes", ""]).baseline_sizes == []


def test_rows_ratio_and_failure() -> None:
    results = [
        _size(10_000, _run("socialid", 3.0, 0.9), _run("splink", 2.0, 0.5, pairs=200)),
        _size(100_000, {"system": "socialid", "error": "boom"}),
    ]
    body = scale_report.rows(results)
    assert [row[:2] for row in body] == [
        ["10k", "socialid"],
        ["", "splink"],
        ["", "socialid / splink"],
        ["100k", "socialid"],
    ]
    header = dict(zip(scale_report.HEADERS, body[0], strict=True))
    assert header["pairs/record"] == "3.0" and header["F1 all"] == "0.900"
    ratio = dict(zip(scale_report.HEADERS, body[2], strict=True))
    assert ratio["wall s"] == "×1.50" and ratio["pairs scored"] == "×1.50"
    assert ratio["F1 all"] == "+0.400"
    assert "failed" in body[3][3]
    assert scale_report.failures(results) == ["100k: socialid failed: boom"]


def test_ratio_line_states_the_verdict() -> None:
    met = scale_report.ratio_lines(
        [_size(100_000, _run("socialid", 3.0, 0.9), _run("splink", 2.0, 0.5))]
    )
    assert len(met) == 1 and met[0].startswith("RATIO at 100k people")
    assert "×1.50" in met[0] and ": met" in met[0]
    slow = scale_report.ratio_lines(
        [_size(100_000, _run("socialid", 4.0, 0.9), _run("splink", 2.0, 0.5))]
    )
    assert "NOT met" in slow[0]
    assert scale_report.ratio_lines([_size(100_000, _run("socialid", 4.0, 0.9))]) == []


def test_stage_rows_show_growth_per_system() -> None:
    results = [
        _size(10_000, _run("socialid", 3.0, 0.9, train=1.0, predict=1.0)),
        _size(100_000, _run("socialid", 13.0, 0.9, train=2.0, predict=10.0)),
    ]
    headers, body = scale_report.stage_rows(results)
    assert headers[2:4] == ["train", "predict"]
    assert [row[:2] for row in body] == [
        ["socialid", "10k"],
        ["", "100k"],
        ["", "growth ×10 people"],
    ]
    assert body[2][2:5] == ["×2.00", "×10.00", "×6.00"]
    assert body[0][headers.index("load & other")] == "1.0"


def test_markdown_table() -> None:
    text = report.markdown_table(["a", "b", "c"], [["x", "", "1"]])
    assert text.splitlines() == ["| a | b | c |", "|:--|:--|--:|", "| x |  | 1 |"]
