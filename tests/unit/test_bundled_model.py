"""The model bundled in the package must match the comparisons the code defines."""

from __future__ import annotations

import json
from typing import Any

from socialid._internal.comparisons import DEFAULT_COMPARISONS
from socialid._internal.splink_adapter import comparison_dict
from socialid.resolver import bundled_model_path


def _shape(comparisons: list[dict[str, Any]]) -> dict[str, list[str]]:
    return {
        c["output_column_name"]: [lvl["sql_condition"] for lvl in c["comparison_levels"]]
        for c in comparisons
    }


def test_bundled_model_matches_the_comparisons() -> None:
    model = json.loads(bundled_model_path().read_text(encoding="utf-8"))["splink_model"]
    expected = [comparison_dict(c) for c in DEFAULT_COMPARISONS]
    assert _shape(model["comparisons"]) == _shape(expected), (
        "the bundled model is stale: retrain it with `python -m benchmarks.train_default_model`"
    )


def test_bundled_model_is_trained() -> None:
    """Every comparison's strongest level and its else level carry estimates (rare middle
    levels, such as a day/month swap, may not occur in the random sample for u)."""
    model = json.loads(bundled_model_path().read_text(encoding="utf-8"))["splink_model"]
    assert 0 < model["probability_two_random_records_match"] < 0.5
    for comparison in model["comparisons"]:
        levels = [lvl for lvl in comparison["comparison_levels"] if not lvl.get("is_null_level")]
        for level in (levels[0], levels[-1]):
            assert {"m_probability", "u_probability"} <= set(level), (
                comparison["output_column_name"], level["label_for_charts"])
