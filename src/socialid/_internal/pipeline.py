"""The resolution flow over one DuckDB connection:
ingest → normalize → block/compare/score (splink) → cluster → merge.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any

import duckdb

from socialid._internal.cluster import cluster_records
from socialid._internal.comparator_protocol import FEATURE_COLUMNS, LINK_COLUMNS
from socialid._internal.comparisons import Comparison
from socialid._internal.features import build_features
from socialid._internal.ingest import IngestedTable, InputData, ingest
from socialid._internal.merge import (
    assign_profile_ids,
    build_profiles,
    build_records,
    guard_clusters,
)
from socialid._internal.progress import Progress
from socialid._internal.schema import Source
from socialid._internal.shared import (
    LIST_KEYS,
    cap_block_keys,
    cap_scalar_keys,
    drop_keys_of_shared_emails,
    split_shared_values,
)
from socialid._internal.splink_adapter import (
    DuckDBEngine,
    Engine,
    Rule,
    SplinkModel,
    connected_components,
    prediction_rules,
)
from socialid._internal.sql import quote_ident, quote_literal, scalar
from socialid.errors import SettingsError, SourceError
from socialid.settings import LINK_TYPES, ResolverSettings


@dataclass
class Workspace:
    """A DuckDB connection holding the validated inputs, their features and the rejects."""

    con: duckdb.DuckDBPyConnection
    tables: dict[Source, IngestedTable]

    @property
    def sources(self) -> list[Source]:
        """The sources present, contacts first."""
        return [s for s in ("contact", "persona") if s in self.tables]

    @property
    def n_records(self) -> int:
        """Records across inputs."""
        return sum(t.n_rows for t in self.tables.values())


def load(
    inputs: Mapping[Source, InputData | None],
    mappings: Mapping[Source, Mapping[str, str] | None],
    settings: ResolverSettings,
    progress: Progress,
    con: duckdb.DuckDBPyConnection | None = None,
    tables: duckdb.DuckDBPyConnection | None = None,
) -> Workspace:
    """Ingest and normalize the inputs given; raise if none was given. ``tables`` is the
    user's DuckDB connection, for inputs given as table names."""
    given = {s: d for s, d in inputs.items() if d is not None}
    if not given:
        raise SourceError("nothing to resolve: pass contacts, personas, or both.")
    con = con or duckdb.connect()
    ingested: dict[Source, IngestedTable] = {}
    with progress.stage("ingest") as st:
        for source, data in given.items():
            ingested[source] = ingest(con, source, data, mappings.get(source), tables)
        st.note(", ".join(f"{t.n_rows:,} {s}s" for s, t in ingested.items()))
    with progress.stage("normalize") as st:
        normalized = build_features(con, ingested, settings.default_region)
        n_shared = sum(
            split_shared_values(con, column, f"shared_{column}") for column in ("emails", "phones")
        )
        drop_keys_of_shared_emails(con)
        for column in LIST_KEYS:
            cap_block_keys(con, column)
        cap_scalar_keys(con)
        st.note(
            f"{normalized.n_rejected:,} values rejected, {n_shared:,} shared contact points, "
            f"{normalized.sql_share:.0%} of distinct values normalized in SQL"
        )
    return Workspace(con, ingested)


@dataclass(frozen=True)
class Model:
    """What scoring needs, none of it Python code: the splink model (the comparisons with
    their levels' SQL, m, u and the prior), the prediction blocking rules, and per
    comparator the input columns outside the feature schema that it reads."""

    splink: dict[str, Any]
    rules: tuple[Rule, ...]
    extra_columns: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


def add_comparator_columns(
    con: duckdb.DuckDBPyConnection,
    tables: Mapping[Source, IngestedTable],
    reads: Mapping[str, Sequence[str]],
) -> dict[str, tuple[str, ...]]:
    """Add to ``features`` the input columns outside the feature schema that comparators
    read (``reads``: comparator name → columns), as text, NULL for a source without the
    column; return them by comparator. An input column matches regardless of case; a
    feature column of the same name wins. Columns already added stay as they are.

    Raises:
        SettingsError: a column is neither a feature nor an input column.
    """
    extras = {
        source: {c.casefold(): c for c in t.columns.extras} for source, t in tables.items()
    }
    outside = {
        name: tuple(c for c in columns if c not in FEATURE_COLUMNS)
        for name, columns in reads.items()
    }
    for name, columns in outside.items():
        for column in columns:
            if not any(column.casefold() in found for found in extras.values()):
                inputs = [c for t in tables.values() for c in t.columns.extras]
                raise SettingsError(
                    f"comparator {name!r} reads the column {column!r}, which is neither a "
                    "feature nor an input column outside the schema. Input columns outside "
                    f"the schema: {', '.join(map(repr, inputs)) or 'none'}; feature columns: "
                    f"{', '.join(sorted(FEATURE_COLUMNS))}. Add the column to your inputs, or "
                    "correct the comparator's columns."
                )
    present = {
        c.casefold()
        for (c,) in con.execute("SELECT name FROM pragma_table_info('features')").fetchall()
    }
    new = [c for c in dict.fromkeys(c for cs in outside.values() for c in cs)
           if c.casefold() not in present]
    if new:
        parts = []
        for source, t in tables.items():
            values = ", ".join(
                f"CAST({quote_ident(extras[source][c.casefold()])} AS VARCHAR) AS {quote_ident(c)}"
                if c.casefold() in extras[source] else f"NULL::VARCHAR AS {quote_ident(c)}"
                for c in new
            )
            parts.append(
                f"SELECT {quote_literal(source)} AS _source, record_id AS _record_id, "
                f"row_number AS _row, {values} FROM {t.table}"
            )
        con.execute(
            f"""
            CREATE OR REPLACE TABLE features AS
            SELECT f.*, {", ".join(f"x.{quote_ident(c)}" for c in new)}
            FROM features f
            JOIN ({" UNION ALL ".join(parts)}) x
                ON x._source = f.source AND x._record_id = f.record_id
            ORDER BY f.source, x._row
            """
        )
    return {name: columns for name, columns in outside.items() if columns}


def train(
    ws: Workspace,
    settings: ResolverSettings,
    comparisons: Sequence[Comparison],
    progress: Progress,
    labels: str | None = None,
) -> Model:
    """Train a model of ``comparisons`` on the workspace's features (m from the labelled
    pairs in table ``labels`` where they reach a level, see :mod:`~socialid._internal.labels`)."""
    extra = add_comparator_columns(ws.con, ws.tables, {c.name: c.columns for c in comparisons})
    return train_on(ws.con, "features", settings, comparisons, progress, extra, labels)


def train_on(
    engine: duckdb.DuckDBPyConnection | Engine,
    features: Any,
    settings: ResolverSettings,
    comparisons: Sequence[Comparison],
    progress: Progress,
    extra: Mapping[str, tuple[str, ...]],
    labels: str | None = None,
) -> Model:
    """Train a model of ``comparisons`` on ``features`` in ``engine``."""
    with progress.stage("train"):
        model = SplinkModel(engine, features, comparisons)
        model.train(
            settings.seed, settings.u_max_pairs, settings.em_max_pairs,
            settings.em_max_iterations, labels,
        )
    return Model(model.to_dict(), prediction_rules(comparisons), extra)


def link_type_sql(left: str = "source_l", right: str = "source_r") -> str:
    """SQL for the link type (``contact-persona``…) of a pair from its records' sources."""
    whens = " ".join(
        f"WHEN list_sort([{left}, {right}]) = {_list_literal(sorted(kind.split('-')))} "
        f"THEN {quote_literal(kind)}"
        for kind in LINK_TYPES
    )
    return f"CASE {whens} END"


def links_sql(
    predictions: str, labels: dict[str, dict[int, str]], settings: ResolverSettings
) -> str:
    """The accepted pairs among the scored ``predictions``: above their link type's
    threshold, neither record opted out, with each comparison's level as its label."""
    t = settings.thresholds
    threshold_case = " ".join(
        f"WHEN {quote_literal(kind)} THEN {t.for_type(kind)}" for kind in LINK_TYPES
    )
    label_cols = ", ".join(
        "CASE "
        + " ".join(
            f"WHEN gamma_{name} = {gamma} THEN {quote_literal(label)}"
            for gamma, label in sorted(levels.items())
        )
        + f" END AS {quote_ident(name)}"
        for name, levels in labels.items()
    )
    return f"""
        WITH typed AS (
            SELECT *, {link_type_sql()} AS link_type FROM {predictions}
        )
        SELECT {", ".join(LINK_COLUMNS)}, {label_cols}
        FROM typed
        WHERE match_probability >= CASE link_type {threshold_case} END
          AND NOT coalesce(do_not_link_l, false) AND NOT coalesce(do_not_link_r, false)
        ORDER BY unique_id_l, unique_id_r
    """


def _list_literal(items: list[str]) -> str:
    return "[" + ", ".join(quote_literal(i) for i in items) + "]"


@dataclass(frozen=True)
class ClusterCounts:
    """What scoring and clustering found: pairs scored, clusters split by the size guard
    and by the conflict guards."""

    n_pairs: int
    n_split_size: int
    n_split_conflicts: int


def score_and_cluster(
    ws: Workspace,
    trained: Model,
    settings: ResolverSettings,
    progress: Progress,
    previous: bool = False,
) -> ClusterCounts:
    """Predict, keep links above their type's threshold, then :func:`cluster_and_merge`."""
    con = ws.con
    add_comparator_columns(con, ws.tables, trained.extra_columns)
    model = SplinkModel(con, "features", (), model=trained.splink, rules=trained.rules)
    with progress.stage("predict") as st:
        predictions = model.predict(settings.thresholds.lowest)
        accepted = links_sql(predictions, model.level_labels(), settings)
        con.execute(f"CREATE OR REPLACE TABLE links AS {accepted}")
        n_pairs = model.n_pairs
        st.note(f"{n_pairs:,} pairs scored, {_count(con, 'links'):,} links")
    n_split, n_conflicts = cluster_and_merge(
        con, {s: t.columns.extras for s, t in ws.tables.items()}, settings, progress, previous
    )
    return ClusterCounts(n_pairs, n_split, n_conflicts)


def cluster_and_merge(
    con: duckdb.DuckDBPyConnection,
    extras: Mapping[Source, tuple[str, ...]],
    settings: ResolverSettings,
    progress: Progress,
    previous: bool = False,
) -> tuple[int, int]:
    """Cluster ``features`` over ``links``, guard the clusters, assign profile ids (keeping
    those of ``previous_membership`` when ``previous``) and merge the profiles; ``extras``
    are the input columns outside the schema, by source (tables ``records_<source>``).
    Return how many clusters the size guard and the conflict guards split.

    Every step works cluster by cluster, so any set of whole connected components can be
    run on its own (the Spark backend runs buckets of components in parallel).
    """
    components = partial(connected_components, DuckDBEngine(con))
    sources: list[Source] = [s for s in ("contact", "persona") if s in extras]
    with progress.stage("cluster") as st:
        _, n_split = cluster_records(con, components, settings.max_cluster_size)
        n_conflicts = guard_clusters(
            con, sources, components, settings.merge, settings.max_cluster_size
        )
        assign_profile_ids(con, settings.merge.keep_id_min_overlap, previous)
        st.note(
            f"{_count(con, 'membership', 'DISTINCT profile_id'):,} profiles, "
            f"{n_split:,} oversized clusters split, {n_conflicts:,} split on conflicts"
        )
    with progress.stage("merge"):
        build_profiles(con, sources, settings.merge)
        build_records(con, {s: extras[s] for s in sources})
    return n_split, n_conflicts


def _count(con: duckdb.DuckDBPyConnection, table: str, what: str = "*") -> int:
    return int(scalar(con, f"SELECT count({what}) FROM {table}"))
