"""The only module that imports splink: settings, training, prediction and clustering.

Keeping splink behind this one adapter means a splink upgrade touches one file. Everything
runs in the DuckDB connection socialid owns; tables are exchanged by name.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence
from typing import Any

import duckdb
import numpy as np
import pyarrow as pa
from splink import DuckDBAPI, Linker, SettingsCreator, block_on
from splink.clustering import cluster_pairwise_predictions_at_threshold

from socialid._internal.comparisons import Comparison
from socialid._internal.features import FEATURE_SCHEMA
from socialid.errors import ModelError

# splink's training warnings (untrained levels, EM progress) reach the user only through their
# own logging configuration, never Python's last-resort handler on stderr.
logging.getLogger("splink").addHandler(logging.NullHandler())
_log = logging.getLogger(__name__)

#: List columns of the features: a blocking rule on one matches pairs sharing any value.
_ARRAY_COLUMNS = frozenset(f.name for f in FEATURE_SCHEMA if pa.types.is_list(f.type))
#: EM passes: each fixes the comparisons its rule uses and trains the others. splink's EM
#: cannot explode arrays, so list columns block on their first value.
_TRAINING_RULES: tuple[tuple[str, ...], ...] = (
    ("emails[1]",),
    ("full_name",),
    ("ukeys[1]",),
    ("birth_date",),
    ("postcode",),
)
_PRIOR_EM_ITERATIONS = 200
#: Where EM starts before the prior is estimated from the candidate pairs.
_INITIAL_PRIOR = 1e-4


def _rule(cols: Sequence[str]) -> Any:
    arrays = [c for c in cols if c in _ARRAY_COLUMNS]
    return block_on(*cols, arrays_to_explode=arrays or None)


def comparison_dict(comparison: Comparison) -> dict[str, Any]:
    """A socialid comparison as a splink comparison dict (levels plus an ``else`` level)."""
    levels: list[dict[str, Any]] = []
    for level in comparison.levels:
        entry: dict[str, Any] = {"sql_condition": level.sql, "label_for_charts": level.label}
        if level.is_null:
            entry["is_null_level"] = True
        if level.tf_column:
            entry["tf_adjustment_column"] = level.tf_column
            entry["tf_adjustment_weight"] = 1.0
        levels.append(entry)
    levels.append({"sql_condition": "ELSE", "label_for_charts": "no match"})
    return {
        "output_column_name": comparison.name,
        "comparison_description": comparison.description,
        "comparison_levels": levels,
    }


#: How a run uses the model, as opposed to the model itself (comparisons, m, u, prior):
#: applied over saved models too, so a model keeps working as the pipeline evolves.
_RUN_SETTINGS: dict[str, Any] = {
    "link_type": "dedupe_only",
    "unique_id_column_name": "unique_id",
    # gamma columns (the level each pair reached) are only kept with the matching columns.
    "retain_matching_columns": True,
    "retain_intermediate_calculation_columns": False,
    "additional_columns_to_retain": ["source", "record_id", "do_not_link"],
}


#: A blocking rule: equality of every column or one-record SQL expression listed.
Rule = tuple[str, ...]


def prediction_rules(comparisons: Sequence[Comparison]) -> tuple[Rule, ...]:
    """The blocking rules generating candidate pairs: every comparison's blocking keys, once
    each, in the comparisons' order. Every one is a cheap equi-join."""
    return tuple(dict.fromkeys(tuple(key) for c in comparisons for key in c.blocking_keys))


def rule_pairs_sql(rule: Sequence[str], table: str) -> str:
    """The distinct pairs (``unique_id_l < unique_id_r``) one rule blocks together, as splink
    finds them: a list column is exploded, so records sharing any of its values pair.

    >>> con = duckdb.connect()
    >>> _ = con.execute("CREATE TABLE t AS FROM (VALUES ('a', ['x', 'y']), ('b', ['y']),"
    ...                 " ('c', NULL)) v(unique_id, emails)")
    >>> con.sql(rule_pairs_sql(("emails",), "t")).fetchall()
    [('a', 'b')]
    """
    keys = ", ".join(f"{expr} AS k{i}" for i, expr in enumerate(rule))
    side = f"SELECT unique_id, {keys} FROM {table}"
    for i, expr in enumerate(rule):
        if expr in _ARRAY_COLUMNS:  # one row per value; several lists make every combination
            side = f"SELECT * REPLACE (unnest(k{i}) AS k{i}) FROM ({side})"
    on = " AND ".join(f"l.k{i} = r.k{i}" for i in range(len(rule)))
    return (
        "SELECT DISTINCT l.unique_id AS unique_id_l, r.unique_id AS unique_id_r "
        f"FROM ({side}) l JOIN ({side}) r ON {on} AND l.unique_id < r.unique_id"
    )


def _settings(comparisons: Sequence[Comparison], rules: Sequence[Rule]) -> SettingsCreator:
    """splink settings: the comparisons, the prediction blocking rules and how a run uses
    the model."""
    return SettingsCreator(
        comparisons=[comparison_dict(c) for c in comparisons],
        blocking_rules_to_generate_predictions=[_rule(r) for r in rules],
        **_RUN_SETTINGS,
    )


def _with_run_settings(model: dict[str, Any], rules: Sequence[Rule]) -> dict[str, Any]:
    rendered = _settings((), rules).create_settings_dict("duckdb")[
        "blocking_rules_to_generate_predictions"
    ]
    return {**model, **_RUN_SETTINGS, "blocking_rules_to_generate_predictions": rendered}


class SplinkModel:
    """A splink linker over one feature table in a DuckDB connection: untrained on
    ``comparisons``, or a trained ``model`` (whose comparisons are its own). ``rules`` are the
    prediction blocking rules, by default the comparisons' blocking keys."""

    def __init__(
        self,
        con: duckdb.DuckDBPyConnection,
        features_table: str,
        comparisons: Sequence[Comparison],
        model: dict[str, Any] | None = None,
        rules: Sequence[Rule] | None = None,
    ) -> None:
        self._con = con
        self._db = DuckDBAPI(connection=con)
        self._features = self._db.register(features_table)
        rules = prediction_rules(comparisons) if rules is None else rules
        settings: SettingsCreator | dict[str, Any] = (
            _with_run_settings(model, rules) if model else _settings(comparisons, rules)
        )
        self._linker = Linker(self._features, settings, log_level=None)

    def train(self, seed: int, u_max_pairs: float, em_max_pairs: float | None) -> None:
        """u by random sampling, m by EM over several passes, then the prior from the
        candidate pairs (see :meth:`_estimate_prior`)."""
        training = self._linker.training
        self._set_prior(_INITIAL_PRIOR)
        training.estimate_u_using_random_sampling(max_pairs=u_max_pairs, seed=seed)
        trained = 0
        settings = self._linker._settings_obj
        for rule in _TRAINING_RULES:
            # A pass removes the comparisons its rule fixes from the model while it runs and
            # puts them back only when it succeeds: a failed pass must not lose them.
            before = settings.core_model_settings.copy()  # type: ignore[no-untyped-call]
            try:
                training.estimate_parameters_using_expectation_maximisation(
                    _rule(rule),
                    max_pairs=em_max_pairs,
                    record_sample_proportion=1.0,
                )
                trained += 1
            except Exception as err:  # splink raises bare Exceptions / ValueErrors here
                settings.core_model_settings = before
                message = str(err)
                if "resulted in no record pairs" in message:
                    _log.debug("EM pass on %s skipped: no pairs", rule)
                elif "below the minimum allowed value" in message:
                    # A level never seen among the block's matches underflows to m = 0.
                    _log.warning("EM pass on %s skipped: %s", rule, message.splitlines()[0])
                else:
                    raise
        if trained == 0:
            raise ModelError(
                "the model could not be trained: no EM pass found candidate pairs "
                "(the inputs share no email, name or handle); pass more data or a saved model."
            )
        self._set_prior(self._estimate_prior())

    def _estimate_prior(self) -> float:
        """The prior match probability, by EM on the match share of the candidate pairs.

        With m and u trained, each candidate pair's Bayes factor is known; iterating
        ``share = mean(posterior(share))`` to its fixed point gives the expected number of
        matches among the candidates. Blocking finds nearly every match, so that number over
        all possible pairs estimates the prior without assuming the recall of any rule.
        """
        prior = self._linker._settings_obj._probability_two_random_records_match
        table = self._linker.inference.predict().physical_name
        weights = np.asarray(
            self._con.execute(f"SELECT match_weight FROM {table}").fetchnumpy()["match_weight"],
            dtype=float,
        )
        log2_bf = weights - math.log2(prior / (1.0 - prior))
        n_records = int(self._con.execute(
            f"SELECT count(*) FROM {self._features.physical_name}").fetchall()[0][0])
        all_pairs = n_records * (n_records - 1) / 2
        if not len(weights) or all_pairs <= 0:
            return float(prior)
        share = 0.5
        for _ in range(_PRIOR_EM_ITERATIONS):
            log2_odds = np.clip(math.log2(share / (1.0 - share)) + log2_bf, -60.0, 60.0)
            new_share = float(np.mean(1.0 / (1.0 + np.exp2(-log2_odds))))
            if abs(new_share - share) < 1e-9:
                break
            share = min(max(new_share, 1e-12), 1.0 - 1e-12)
        return min(max(share * len(weights) / all_pairs, 1e-12), 0.5)

    def _set_prior(self, prior: float) -> None:
        self._linker._settings_obj._probability_two_random_records_match = prior

    def predict(self) -> str:
        """Score every blocked pair; return the name of the table of scored pairs."""
        df = self._linker.inference.predict()
        return str(df.physical_name)

    def level_labels(self) -> dict[str, dict[int, str]]:
        """For each comparison, its gamma values mapped to level labels."""
        out: dict[str, dict[int, str]] = {}
        for comp in self._linker._settings_obj.comparisons:
            out[comp.output_column_name] = {
                lvl.comparison_vector_value: lvl.label_for_charts
                for lvl in comp.comparison_levels
            }
        return out

    def cluster(self, nodes_table: str, edges_table: str) -> str:
        """Connected components over accepted edges; returns a table of unique_id, cluster_id."""
        df = cluster_pairwise_predictions_at_threshold(
            nodes_table, edges_table, self._db, node_id_column_name="unique_id"
        )
        return str(df.physical_name)

    def to_dict(self) -> dict[str, Any]:
        """The trained model (settings with m and u) as a JSON-ready dict."""
        model: dict[str, Any] = self._linker.misc.save_model_to_json()
        return model
