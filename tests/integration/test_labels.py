"""m from labels: known identities set each level's m to its share among the labelled pairs."""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

import socialid
from socialid._internal import pipeline
from socialid._internal.comparisons import BUILT_INS
from socialid._internal.progress import Progress


@pytest.fixture(scope="module")
def demo() -> tuple[Path, Path, pd.DataFrame]:
    contacts, personas = socialid.demo_paths()
    return contacts, personas, pd.read_csv(socialid.demo_truth_path(), dtype=str)


def _m(model_path: Path, comparison: str) -> dict[str, float]:
    """The m of each level of one comparison in a saved model, by label."""
    model = json.loads(model_path.read_text())["splink_model"]
    (found,) = [c for c in model["comparisons"] if c["output_column_name"] == comparison]
    return {
        lvl["label_for_charts"]: lvl.get("m_probability")
        for lvl in found["comparison_levels"] if not lvl.get("is_null_level")
    }


def _features(contacts: Path, personas: Path) -> dict[str, dict[str, Any]]:
    """The real feature rows of the inputs, by unique id."""
    ws = pipeline.load({"contact": contacts, "persona": personas}, {},
                       socialid.ResolverSettings(), Progress(False))
    rows = ws.con.sql("SELECT * FROM features").to_arrow_table().to_pylist()
    ws.con.close()
    return {r["unique_id"]: r for r in rows}


def _label_shares(features: dict[str, dict[str, Any]], labelled: pd.DataFrame, name: str
                  ) -> dict[str, float]:
    """Each non-null level's share among the pairs of the labelled people, by the
    comparison's Python path."""
    comparison = BUILT_INS[name]
    labels = [*(lvl.label for lvl in comparison.levels), "no match"]
    counts: dict[str, int] = {}
    for _, group in labelled.groupby("person_id"):
        ids = [f"{s[0]}:{r}" for s, r in zip(group.source, group.record_id, strict=True)]
        for a, b in itertools.combinations(ids, 2):
            level = comparison.level_of(features[a], features[b])
            if not (level < len(comparison.levels) and comparison.levels[level].is_null):
                counts[labels[level]] = counts.get(labels[level], 0) + 1
    total = sum(counts.values())
    return {label: n / total for label, n in counts.items()}


def test_m_is_each_levels_share_among_the_labelled_pairs(
    demo: tuple[Path, Path, pd.DataFrame], tmp_path: Path
) -> None:
    contacts, personas, truth = demo
    people = set(truth.person_id.drop_duplicates().sample(frac=0.3, random_state=1))
    labels = truth[truth.person_id.isin(people)]
    em = socialid.Resolver(progress=False).fit(contacts, personas).save(tmp_path / "em.json")
    fitted = socialid.Resolver(progress=False).fit(contacts, personas, labels=labels)
    path = fitted.save(tmp_path / "labels.json")
    features = _features(contacts, personas)
    for name in ("name", "handle", "location"):
        shares = _label_shares(features, labels, name)
        m, m_em = _m(path, name), _m(em, name)
        for label, share in shares.items():
            assert m[label] == pytest.approx(share, rel=1e-9), (name, label)
        # A level no labelled pair reaches keeps EM's estimate.
        for label in set(m) - set(shares):
            assert m[label] == pytest.approx(m_em[label]), (name, label)
    assert _m(path, "name") != _m(em, "name")
    truth_scores = socialid.evaluate(fitted.resolve(contacts, personas).membership, truth)
    assert truth_scores.set_index("link_type").loc["all", "f1"] > 0.75


def test_bad_labels_are_refused_with_every_problem_and_its_rows(
    demo: tuple[Path, Path, pd.DataFrame],
) -> None:
    contacts, personas, truth = demo
    good = truth.head(3)
    bad = pd.concat([
        good,
        pd.DataFrame({"source": ["crm", "contact", "contact"],
                      "record_id": ["C-000001", "C-999999", good.record_id.iloc[0]],
                      "person_id": ["x", "y", "z"]}),
    ], ignore_index=True)
    with pytest.raises(socialid.InputError) as err:
        socialid.Resolver(progress=False).fit(contacts, personas, labels=bad)
    text = str(err.value)
    assert "1 row(s) have a source other than 'contact' or 'persona' (rows 4)" in text
    assert "1 row(s) name a record that is not in the inputs (rows 5)" in text
    assert "2 row(s) label a record that another row labels too (rows 1, 6)" in text
    with pytest.raises(socialid.InputError, match="no 'person_id' column"):
        socialid.Resolver(progress=False).fit(
            contacts, personas, labels=truth.rename(columns={"person_id": "customer"}))
