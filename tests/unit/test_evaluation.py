from __future__ import annotations

import pandas as pd
import pytest

from socialid import InputError
from socialid.evaluation import evaluate


def _frame(rows: list[tuple[str, str, str]], last: str) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["source", "record_id", last])


def test_counts_pairs_per_link_type() -> None:
    truth = _frame([("contact", "c1", "x"), ("contact", "c2", "x"), ("persona", "p1", "x"),
                    ("persona", "p2", "y")], "person_id")
    membership = _frame([("contact", "c1", "a"), ("contact", "c2", "b"), ("persona", "p1", "a"),
                         ("persona", "p2", "a")], "profile_id")
    m = evaluate(membership, truth).set_index("link_type")
    # true: c1-c2, c1-p1, c2-p1; predicted: c1-p1, c1-p2, p1-p2
    assert m.loc["contact-persona", ["true_pairs", "predicted_pairs", "true_positives"]].tolist() \
        == [2, 2, 1]
    assert m.loc["contact-contact", "recall"] == 0.0
    assert m.loc["persona-persona", "precision"] == 0.0
    assert m.loc["all", "f1"] == pytest.approx(2 * (1 / 3) * (1 / 3) / (2 / 3))


def test_mismatched_records_are_an_error() -> None:
    truth = _frame([("contact", "c1", "x")], "person_id")
    membership = _frame([("contact", "c2", "a")], "profile_id")
    with pytest.raises(InputError, match="2 record\\(s\\) are in only one of membership and truth"):
        evaluate(membership, truth)
