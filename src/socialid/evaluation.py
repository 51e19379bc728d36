"""Accuracy against a ground truth, per link type: pairwise precision, recall and F1 of a
membership (:func:`evaluate`), and the recall of blocking (:func:`blocking_report`).

A pair of records is predicted linked when both share a ``profile_id`` and truly linked when
both share a ``person_id``; :func:`evaluate` counts from group sizes, so no pair is
materialised.

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

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import duckdb
import pandas as pd

from socialid._internal import pipeline
from socialid._internal.comparator_protocol import Comparator, with_built_ins
from socialid._internal.ingest import InputData, to_arrow
from socialid._internal.progress import Progress
from socialid._internal.splink_adapter import prediction_rules, rule_pairs_sql
from socialid.errors import InputError
from socialid.settings import LINK_TYPES, ResolverSettings

__all__ = ["BlockingReport", "blocking_report", "evaluate"]

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
        raise InputError(
            "truth",
            [f"{len(missing)} record(s) are in only one of membership and truth (e.g. "
             f"{_examples(missing)}); both must list the same records."],
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


@dataclass(frozen=True)
class BlockingReport:
    """How well blocking finds the true pairs: what :func:`blocking_report` returns.

    Attributes:
        rules: one row per blocking rule and link type: ``rule`` (its keys joined by
            `` + ``), ``link_type``, ``pairs`` (candidate pairs the rule makes) and
            ``true_pairs`` (how many of them truly match).
        recall: one row per link type plus ``all``: ``true_pairs`` (in the truth),
            ``candidate_pairs`` (of every rule, each pair once: what the model scores),
            ``found`` (true pairs among them), ``recall`` and ``pairs_per_record``
            (candidate pairs over input records).
    """

    rules: pd.DataFrame
    recall: pd.DataFrame

    def summary(self) -> str:
        """Recall per link type (those with true or candidate pairs) and candidate pairs per
        record, on one line."""
        rows = list(self.recall.itertuples(index=False))
        parts = [
            f"{row.link_type} {row.recall:.3f} ({row.found:,} of {row.true_pairs:,})"
            for row in rows[:-1]
            if row.true_pairs or row.candidate_pairs
        ]
        return (
            f"blocking recall: {', '.join(parts)}; "
            f"{rows[-1].pairs_per_record:.1f} candidate pairs per record"
        )


def blocking_report(
    contacts: InputData | None = None,
    personas: InputData | None = None,
    *,
    truth: InputData,
    settings: ResolverSettings | None = None,
    comparators: Sequence[Comparator | str] = (),
    contacts_mapping: Mapping[str, str] | None = None,
    personas_mapping: Mapping[str, str] | None = None,
    connection: duckdb.DuckDBPyConnection | None = None,
) -> BlockingReport:
    """Candidate pairs and blocking recall, per blocking rule and link type, against labels.

    The rules are the blocking keys of the comparators a run would use (the built-ins plus
    ``comparators`` and ``settings.comparators``, as in :func:`~socialid.resolve`); a rule
    on a list column pairs records sharing any of its values, as splink does. A true pair
    found by several rules counts once in ``recall``. Inputs as for
    :func:`~socialid.resolve`.

    Args:
        truth: ``source``, ``record_id``, ``person_id`` for every input record (a table, a
            DataFrame, a file path or a table name in ``connection``), as the benchmark's
            ``truth.parquet``; rows for records not in the inputs are ignored.

    >>> import pandas as pd
    >>> contacts = pd.DataFrame({"id": ["1", "2", "3"], "full_name": ["Ann Lee"] * 3,
    ...                          "email": ["ann@lee.io", "ann@lee.io", None]})
    >>> truth = pd.DataFrame({"source": "contact", "record_id": ["1", "2", "3"],
    ...                       "person_id": ["a", "a", "b"]})
    >>> report = blocking_report(contacts, truth=truth)
    >>> report.summary()
    'blocking recall: contact-contact 1.000 (1 of 1); 1.0 candidate pairs per record'
    >>> report.rules.query("rule == 'emails' and pairs > 0").to_dict("records")
    [{'rule': 'emails', 'link_type': 'contact-contact', 'pairs': 1, 'true_pairs': 1}]
    """
    settings = settings or ResolverSettings()
    comparisons = with_built_ins([*settings.comparators, *comparators])
    ws = pipeline.load(
        {"contact": contacts, "persona": personas},
        {"contact": contacts_mapping, "persona": personas_mapping},
        settings,
        Progress(False),
        con=duckdb.connect(),
        tables=connection,
    )
    con = ws.con
    try:
        pipeline.add_comparator_columns(con, ws.tables, {c.name: c.columns for c in comparisons})
        people = _people(con, truth, connection)
        rules = prediction_rules(comparisons)
        blocked = " UNION ALL ".join(
            f"SELECT {i} AS rule, * FROM ({rule_pairs_sql(rule, 'features')})"
            for i, rule in enumerate(rules)
        )
        con.register("_people", people)
        pairs = con.sql(
            f"""
            SELECT b.rule, b.unique_id_l, b.unique_id_r,
                   {pipeline.link_type_sql("l.source", "r.source")} AS link_type,
                   l.person_id = r.person_id AS is_true
            FROM ({blocked}) b
            JOIN _people l ON l.unique_id = b.unique_id_l
            JOIN _people r ON r.unique_id = b.unique_id_r
            """
        ).to_df()
    finally:
        con.close()
    names = [" + ".join(rule) for rule in rules]
    return BlockingReport(
        rules=_per_rule(pairs, names), recall=_recall(pairs, people, len(people))
    )


def _people(
    con: duckdb.DuckDBPyConnection, truth: InputData, tables: duckdb.DuckDBPyConnection | None
) -> pd.DataFrame:
    """Each input record's ``unique_id``, ``source`` and true ``person_id``."""
    con.register("_truth", to_arrow(truth, "truth", con, tables))
    columns = {c for (c,) in con.execute("SELECT name FROM pragma_table_info('_truth')").fetchall()}
    missing = [c for c in ("source", "record_id", "person_id") if c not in columns]
    if missing:
        raise InputError("truth", [f"column(s) {', '.join(map(repr, missing))} are missing; "
                                   "the truth needs source, record_id and person_id."])
    people: pd.DataFrame = con.sql(
        """
        SELECT f.unique_id, f.source, f.record_id, t.person_id
        FROM features f LEFT JOIN (
            SELECT CAST(source AS VARCHAR) AS source, CAST(record_id AS VARCHAR) AS record_id,
                   CAST(person_id AS VARCHAR) AS person_id
            FROM _truth
        ) t ON t.source = f.source AND t.record_id = f.record_id
        """
    ).to_df()
    problems = [
        f"{len(bad)} input record(s) {what} (e.g. {_examples(bad)}); {fix}."
        for bad, what, fix in [
            (people[people.person_id.isna()], "have no row in the truth",
             "the truth must give every input record a person_id"),
            (people[people.duplicated("unique_id")], "have several rows in the truth",
             "give each record one row"),
        ]
        if len(bad)
    ]
    if problems:
        raise InputError("truth", problems)
    return people


def _examples(records: pd.DataFrame) -> str:
    """Up to five records as ``source:record_id``."""
    head = records[_KEYS].head(5).itertuples(index=False)
    return ", ".join(f"{source}:{record_id}" for source, record_id in head)


def _per_rule(pairs: pd.DataFrame, names: list[str]) -> pd.DataFrame:
    counts = pairs.groupby(["rule", "link_type"]).agg(
        pairs=("is_true", "size"), true_pairs=("is_true", "sum")
    )
    grid = pd.MultiIndex.from_product([range(len(names)), LINK_TYPES], names=["rule", "link_type"])
    out: pd.DataFrame = counts.reindex(grid, fill_value=0).astype(int).reset_index()
    out["rule"] = [names[i] for i in out["rule"]]
    return out


def _recall(pairs: pd.DataFrame, people: pd.DataFrame, n_records: int) -> pd.DataFrame:
    unique = pairs.drop_duplicates(["unique_id_l", "unique_id_r"])
    true = _pairs_by_type(_group_counts(people, ["person_id"]))
    rows = []
    for kind in (*LINK_TYPES, "all"):
        of_kind = unique if kind == "all" else unique[unique.link_type == kind]
        n_true = sum(true.values()) if kind == "all" else true[kind]
        found = int(of_kind.is_true.sum())
        rows.append((kind, n_true, len(of_kind), found, found / n_true if n_true else 1.0,
                     len(of_kind) / n_records if n_records else 0.0))
    recall: pd.DataFrame = pd.DataFrame.from_records(
        rows, columns=["link_type", "true_pairs", "candidate_pairs", "found", "recall",
                       "pairs_per_record"],
    )
    return recall
