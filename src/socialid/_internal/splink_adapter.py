"""The only module that drives splink: settings, training, prediction and clustering.

Keeping splink behind this one adapter means a splink upgrade touches one file (the Spark
backend adds only splink's ``SparkAPI``). It runs on an :class:`Engine`: the DuckDB
connection socialid owns, or a Spark session (``socialid._internal.spark``). Comparison SQL
is written in DuckDB's dialect and translated by the engine.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, Protocol

import duckdb
import numpy as np
import pyarrow as pa
from splink import DuckDBAPI, Linker, SettingsCreator, block_on
from splink.clustering import cluster_pairwise_predictions_at_threshold
from splink.internals.database_api import DatabaseAPI

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
#: Match weights are binned to this many decimals for the prior's EM: a small aggregate
#: whatever the number of candidate pairs, and exact to well under 1 %.
_WEIGHT_DECIMALS = 2


class Engine(Protocol):
    """Where splink runs: its database API, its dialect, and small query results."""

    @property
    def api(self) -> DatabaseAPI[Any]:
        """splink's database API over the engine."""

    @property
    def dialect(self) -> str:
        """splink's name of the SQL dialect: ``duckdb`` or ``spark``."""

    def rows(self, sql: str) -> list[tuple[Any, ...]]:
        """The rows of a query whose result is small (an aggregate)."""

    def translate(self, sql: str) -> str:
        """DuckDB SQL (comparison levels, blocking keys) in the engine's dialect."""

    def frame(self, sql: str) -> Any:
        """The result of a query (DuckDB SQL) as the engine's own frame, for splink's
        ``register``."""

    @property
    def u_chunks(self) -> int:
        """Chunks u sampling runs in: each may stop it early, each costs a query."""


@dataclass
class DuckDBEngine:
    """The DuckDB connection socialid owns."""

    con: duckdb.DuckDBPyConnection

    def __post_init__(self) -> None:
        self.api = DuckDBAPI(connection=self.con)
        self.dialect = "duckdb"
        self.u_chunks = 10

    def rows(self, sql: str) -> list[tuple[Any, ...]]:
        """The rows of ``sql``."""
        return self.con.execute(sql).fetchall()

    def translate(self, sql: str) -> str:
        """``sql`` unchanged: it is DuckDB's already."""
        return sql

    def frame(self, sql: str) -> duckdb.DuckDBPyRelation:
        """``sql`` as a DuckDB relation."""
        return self.con.sql(sql)


#: Where EM starts before the prior is estimated from the candidate pairs.
_INITIAL_PRIOR = 1e-4


def _rule(cols: Sequence[str], translate: Any = str) -> Any:
    arrays = [c for c in cols if c in _ARRAY_COLUMNS]
    return block_on(*(translate(c) for c in cols), arrays_to_explode=arrays or None)


def comparison_dict(comparison: Comparison, translate: Any = str) -> dict[str, Any]:
    """A socialid comparison as a splink comparison dict (levels plus an ``else`` level),
    its SQL passed through ``translate``."""
    levels: list[dict[str, Any]] = []
    for level in comparison.levels:
        entry: dict[str, Any] = {
            "sql_condition": translate(level.sql), "label_for_charts": level.label,
        }
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


def _settings(
    comparisons: Sequence[Comparison], rules: Sequence[Rule], engine: Engine
) -> SettingsCreator:
    """splink settings: the comparisons, the prediction blocking rules and how a run uses
    the model."""
    return SettingsCreator(
        comparisons=[comparison_dict(c, engine.translate) for c in comparisons],
        blocking_rules_to_generate_predictions=[_rule(r, engine.translate) for r in rules],
        **_RUN_SETTINGS,
    )


def _with_run_settings(
    model: dict[str, Any], rules: Sequence[Rule], engine: Engine
) -> dict[str, Any]:
    """A saved model (DuckDB SQL) with the run settings, in the engine's dialect."""
    rendered = _settings((), rules, engine).create_settings_dict(engine.dialect)[
        "blocking_rules_to_generate_predictions"
    ]
    comparisons = [
        {**comp, "comparison_levels": [
            {**level, "sql_condition": engine.translate(level["sql_condition"])}
            if level["sql_condition"] != "ELSE" else level
            for level in comp["comparison_levels"]
        ]}
        for comp in model["comparisons"]
    ]
    return {
        **model, **_RUN_SETTINGS, "comparisons": comparisons, "sql_dialect": engine.dialect,
        "blocking_rules_to_generate_predictions": rendered,
    }


#: A value seen only on the compared person's records counts as this many other records:
#: rare, but not impossible for someone else (measured flat for 0.02 to 0.2, docs/model.md).
_TF_UNSEEN = 0.1


def term_frequencies_sql(table: str, column: str) -> str:
    """The term frequencies of ``column`` that splink's u for an exact match should use: the
    share of the records *of other people than the pair's* that hold the value.

    splink counts every record, the pair's own included. When one person holds a value on
    several records (a rare name on a contact and two personas), their own copies then make
    the value look as common as one that strangers share, and exact matches on rare values
    weigh too little. So the count leaves out the records the pair's person may hold: the
    pair itself, and one per platform (a person has at most one contact and one account per
    platform, mostly) — ``count - greatest(2, platforms)``, where the CRM counts as a
    platform, never below ``_TF_UNSEEN``, over the non-null records.

    >>> print(term_frequencies_sql("features", "city"))  # doctest: +NORMALIZE_WHITESPACE
    SELECT city, greatest(count(*) - greatest(2, count(DISTINCT coalesce(platform, source))),
    0.1) / (SELECT count(city) FROM features) AS tf_city FROM features WHERE city IS NOT NULL
    GROUP BY city
    """
    own = "greatest(2, count(DISTINCT coalesce(platform, source)))"
    return (
        f"SELECT {column}, greatest(count(*) - {own}, {_TF_UNSEEN}) / "
        f"(SELECT count({column}) FROM {table}) AS tf_{column} "
        f"FROM {table} WHERE {column} IS NOT NULL GROUP BY {column}"
    )


def connected_components(engine: Engine, nodes: Any, edges: Any) -> str:
    """Connected components of ``nodes`` (``unique_id``) over ``edges`` (``unique_id_l``,
    ``unique_id_r``): the name of a table of ``unique_id``, ``cluster_id``."""
    df = cluster_pairwise_predictions_at_threshold(
        nodes, edges, engine.api, node_id_column_name="unique_id"
    )
    return str(df.physical_name)


class SplinkModel:
    """A splink linker over one feature table: untrained on ``comparisons``, or a trained
    ``model`` (whose comparisons are its own). ``rules`` are the prediction blocking rules,
    by default the comparisons' blocking keys. ``engine`` is a DuckDB connection (the
    table is named) or an :class:`Engine` (the table is whatever its API registers)."""

    def __init__(
        self,
        engine: duckdb.DuckDBPyConnection | Engine,
        features: Any,
        comparisons: Sequence[Comparison],
        model: dict[str, Any] | None = None,
        rules: Sequence[Rule] | None = None,
    ) -> None:
        self._engine: Engine = (
            DuckDBEngine(engine) if isinstance(engine, duckdb.DuckDBPyConnection) else engine
        )
        self._db = self._engine.api
        self._features = self._db.register(features)
        rules = prediction_rules(comparisons) if rules is None else rules
        written = model["comparisons"] if model else [comparison_dict(c) for c in comparisons]
        #: Each comparison's level conditions as written (DuckDB SQL), by comparison name.
        self._source_sql: dict[str, list[str]] = {
            comp["output_column_name"]: [lvl["sql_condition"] for lvl in comp["comparison_levels"]]
            for comp in written
        }
        settings: SettingsCreator | dict[str, Any] = (
            _with_run_settings(model, rules, self._engine) if model
            else _settings(comparisons, rules, self._engine)
        )
        self._linker = Linker(self._features, settings, log_level=None)
        tf_columns = {
            lvl["tf_adjustment_column"]
            for comp in written
            for lvl in comp["comparison_levels"]
            if lvl.get("tf_adjustment_column")
        }
        for column in sorted(tf_columns):
            self._linker.table_management.register_term_frequency_lookup(
                self._db.register(self._engine.frame(
                    term_frequencies_sql(self._features.physical_name, column)
                )),
                column,
            )
        #: Pairs the last :meth:`predict` scored.
        self.n_pairs = 0

    def train(
        self,
        seed: int,
        u_max_pairs: float,
        em_max_pairs: float | None,
        em_max_iterations: int = 25,
        labels: str | None = None,
    ) -> None:
        """u by random sampling, m by EM over several passes of at most
        ``em_max_iterations`` (then from the pairs of the ``labels`` table, if given: see
        :meth:`_m_from_labels`), then the prior from the candidate pairs (see
        :meth:`_estimate_prior`)."""
        training = self._linker.training
        settings = self._linker._settings_obj
        settings.training_settings = replace(
            settings.training_settings, max_iterations=em_max_iterations
        )
        self._set_prior(_INITIAL_PRIOR)
        training.estimate_u_using_random_sampling(
            max_pairs=u_max_pairs, seed=seed, num_chunks=self._engine.u_chunks
        )
        trained = 0
        for rule in _TRAINING_RULES:
            # A pass removes the comparisons its rule fixes from the model while it runs and
            # puts them back only when it succeeds: a failed pass must not lose them.
            before = settings.core_model_settings.copy()  # type: ignore[no-untyped-call]
            try:
                training.estimate_parameters_using_expectation_maximisation(
                    _rule(rule, self._engine.translate),
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
        if trained == 0 and labels is None:
            raise ModelError(
                "the model could not be trained: no EM pass found candidate pairs "
                "(the inputs share no email, name or handle); pass more data or a saved model."
            )
        if labels is not None:
            self._m_from_labels(labels)
        self._set_prior(self._estimate_prior())

    def _m_from_labels(self, labels: str) -> None:
        """Set m of every level that the labelled pairs (table ``labels``: ``unique_id_l``,
        ``unique_id_r``, ``source_dataset_l``/``_r``) reach to its share among them.

        splink keeps the median of every estimate a level had; here the labels replace
        EM's estimates, which stay only for levels no labelled pair reaches.
        """
        self._linker.training.estimate_m_from_pairwise_labels(labels)  # type: ignore[no-untyped-call]
        for comparison in self._linker._settings_obj.comparisons:
            for level in comparison._comparison_levels_excluding_null:
                estimate = level._trained_m_probabilities[-1]["probability"]
                if isinstance(estimate, (int, float)):
                    level.m_probability = float(estimate)

    def _estimate_prior(self) -> float:
        """The prior match probability, by EM on the match share of the candidate pairs.

        With m and u trained, each candidate pair's Bayes factor is known; iterating
        ``share = mean(posterior(share))`` to its fixed point gives the expected number of
        matches among the candidates. Blocking finds nearly every match, so that number over
        all possible pairs estimates the prior without assuming the recall of any rule. The
        iteration runs on a histogram of the weights, so only an aggregate leaves the engine.
        """
        settings = self._linker._settings_obj
        prior = settings._probability_two_random_records_match
        # Only the weights are read: the pairs' own columns stay behind, which halves what
        # this scoring pass writes.
        kept = settings._retain_matching_columns, settings._additional_col_names_to_retain
        settings._retain_matching_columns, settings._additional_col_names_to_retain = False, []
        try:
            table = self._linker.inference.predict().physical_name
        finally:
            settings._retain_matching_columns, settings._additional_col_names_to_retain = kept
        histogram = self._engine.rows(
            f"SELECT round(match_weight, {_WEIGHT_DECIMALS}) AS w, count(*) AS n "
            f"FROM {table} GROUP BY round(match_weight, {_WEIGHT_DECIMALS})"
        )
        self._db.delete_tables_created_by_splink_from_db()  # type: ignore[no-untyped-call]
        n_records = int(self._engine.rows(
            f"SELECT count(*) FROM {self._features.physical_name}")[0][0])
        all_pairs = n_records * (n_records - 1) / 2
        if not histogram or all_pairs <= 0:
            return float(prior)
        weights = np.asarray([float(w) for w, _ in histogram])
        counts = np.asarray([float(n) for _, n in histogram])
        n_pairs = float(counts.sum())
        log2_bf = weights - math.log2(prior / (1.0 - prior))
        share = 0.5
        for _ in range(_PRIOR_EM_ITERATIONS):
            log2_odds = np.clip(math.log2(share / (1.0 - share)) + log2_bf, -60.0, 60.0)
            posterior = 1.0 / (1.0 + np.exp2(-log2_odds))
            new_share = float(np.dot(posterior, counts) / n_pairs)
            if abs(new_share - share) < 1e-9:
                break
            share = min(max(new_share, 1e-12), 1.0 - 1e-12)
        return min(max(share * n_pairs / all_pairs, 1e-12), 0.5)

    def _set_prior(self, prior: float) -> None:
        self._linker._settings_obj._probability_two_random_records_match = prior

    def predict(self, threshold: float | None = None) -> str:
        """Score every blocked pair; return the name of the table of the scored pairs (only
        those with a match probability of at least ``threshold``, when given: the others
        are scored but not stored). :attr:`n_pairs` is then the number of pairs scored."""
        inference = self._linker.inference
        blocked = inference.compute_blocked_pairs_for_predict()  # cached: predict reuses it
        try:
            self.n_pairs = int(self._engine.rows(
                f"SELECT count(*) FROM {blocked.physical_name}")[0][0])
            scored = inference.predict(threshold_match_probability=threshold)
        finally:
            blocked.drop_table_from_database_and_remove_from_cache()
        return str(scored.physical_name)

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
        return connected_components(self._engine, nodes_table, edges_table)

    def to_dict(self) -> dict[str, Any]:
        """The trained model (settings with m and u) as a JSON-ready dict, its SQL in
        DuckDB's dialect whatever the engine, so a model trained on Spark scores in DuckDB."""
        model: dict[str, Any] = self._linker.misc.save_model_to_json()
        for comp in model["comparisons"]:
            written = self._source_sql[comp["output_column_name"]]
            for level, sql in zip(comp["comparison_levels"], written, strict=True):
                level["sql_condition"] = sql
        model["sql_dialect"] = "duckdb"
        return model
