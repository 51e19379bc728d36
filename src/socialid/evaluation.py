"""Pairwise precision, recall and F1 of a membership against a ground truth, per link type.

A pair of records is predicted linked when both share a ``profile_id`` and truly linked when
both share a ``person_id``; counts come from group sizes, so no pair is materialised.

>>> import pandas as pd
>>> membership = pd.DataFrame({"source": ["contact", "persona", "persona"],
...                            "record_id": ["c1", "p1", "p2"], "profile_id": ["a", "a", "b"]})
>>> truth = pd.DataFrame({"source": ["contact", "persona", "persona"],
...                       "record_id": ["c1", "p1", "p2"], "person_id": ["x", "x", "x"]})
>>> m = evaluate(membership, truth).set_index("link_type")
>>> float(m.loc["contact-persona", "recall"]), float(m.loc["persona-persona", "recall"])
(0.5, 0.0)
"""

from __future__ import annotations

import pandas as pd

from socialid.errors import InputError
from socialid.settings import LINK_TYPES

__all__ = ["evaluate"]

_KEYS = ["source", "record_id"]


def _pairs_by_type(groups: pd.DataFrame) -> dict[str, int]:
    """Pairs within groups given per-group contact and persona counts."""
    c, p = groups["contact"], groups["persona"]
    return {
        "contact-persona": int((c * p).sum()),
        "persona-persona": int((p * (p - 1) // 2).sum()),
        "contact-contact": int((c * (c - 1) // 2).sum()),
    }


def _group_counts(frame: pd.DataFrame, by: list[str]) -> pd.DataFrame:
    counts = frame.groupby([*by, "source"]).size().unstack("source", fill_value=0)
    for source in ("contact", "persona"):
        if source not in counts:
            counts[source] = 0
    return counts


def evaluate(membership: pd.DataFrame, truth: pd.DataFrame) -> pd.DataFrame:
    """Pairwise metrics per link type and overall.

    Args:
        membership: ``source``, ``record_id``, ``profile_id`` (a result's membership).
        truth: ``source``, ``record_id``, ``person_id`` for the same records.

    Returns:
        One row per link type plus ``all``: ``true_pairs``, ``predicted_pairs``,
        ``true_positives``, ``precision``, ``recall``, ``f1``.
    """
    merged = membership.astype({"record_id": str}).merge(
        truth.astype({"record_id": str}), on=_KEYS, how="outer", indicator=True
    )
    missing = merged[merged["_merge"] != "both"]
    if len(missing):
        sample = ", ".join(f"{s}:{r}" for s, r in missing[_KEYS].head(5).itertuples(index=False))
        raise InputError(
            "truth",
            [f"{len(missing)} record(s) are in only one of membership and truth (e.g. {sample});"
             " both must list the same records."],
        )
    true = _pairs_by_type(_group_counts(merged, ["person_id"]))
    pred = _pairs_by_type(_group_counts(merged, ["profile_id"]))
    tp = _pairs_by_type(_group_counts(merged, ["profile_id", "person_id"]))
    rows = []
    for kind in (*LINK_TYPES, "all"):
        t, p, hit = (
            (sum(d.values()) for d in (true, pred, tp)) if kind == "all"
            else (true[kind], pred[kind], tp[kind])
        )
        precision = hit / p if p else 1.0
        recall = hit / t if t else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        rows.append((kind, t, p, hit, precision, recall, f1))
    metrics: pd.DataFrame = pd.DataFrame.from_records(
        rows,
        columns=["link_type", "true_pairs", "predicted_pairs", "true_positives",
                 "precision", "recall", "f1"],
    )
    return metrics
