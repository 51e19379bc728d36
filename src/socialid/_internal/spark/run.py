"""The resolution flow on Spark: the same stages and SQL as the DuckDB flow, spread over
executors.

- **ingest / normalize**: columns are checked on the driver and ids by Spark aggregates;
  each partition is normalized by the DuckDB code in a task (:mod:`.tasks`); the global
  steps (shared contact points, capped keys) are Spark joins and aggregates (:mod:`.global_steps`).
- **train / predict**: splink's Spark API with socialid's comparisons translated to Spark SQL.
- **cluster / merge**: splink's connected components on Spark put whole components in
  buckets; each bucket is clustered, guarded and merged by the DuckDB code in a task.

Nothing but aggregates and schemas reaches the driver.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import partial

import duckdb
import pyarrow as pa
from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F
from pyspark.sql.pandas.types import to_arrow_schema

from socialid._internal.comparator_protocol import FEATURE_COLUMNS
from socialid._internal.comparisons import Comparison
from socialid._internal.features import FEATURE_SCHEMA, build_features
from socialid._internal.ingest import (
    DATASET,
    MAX_LISTED,
    ROW_COLUMN,
    IngestedTable,
    check_columns,
    id_problems,
    load_records,
)
from socialid._internal.pipeline import Model, cluster_and_merge, links_sql, train_on
from socialid._internal.progress import Progress
from socialid._internal.schema import ColumnMap, Source
from socialid._internal.spark import global_steps
from socialid._internal.spark.dialect import to_spark
from socialid._internal.spark.engine import SparkEngine
from socialid._internal.spark.tasks import (
    as_blobs,
    run_on_buckets,
    run_on_partitions,
    schema_of,
    table_of,
)
from socialid._internal.splink_adapter import SplinkModel, connected_components
from socialid.errors import InputError, SettingsError, SourceError
from socialid.settings import ResolverSettings

#: The tables the merge tasks return, as in a DuckDB run.
MERGED_TABLES = ("membership", "profiles", "profile_attributes", "records", "rejects")


@dataclass
class SparkWorkspace:
    """Normalized inputs on Spark: features, rejects and the canonical records by source."""

    engine: SparkEngine
    features: DataFrame
    rejects: DataFrame
    records: dict[Source, DataFrame]
    schemas: dict[str, pa.Schema]
    columns: dict[Source, ColumnMap]
    n_records: dict[Source, int]


def _check_ids(df: DataFrame, id_col: str, dataset: str) -> None:
    """Raise one :class:`InputError` for empty or duplicated ids (Spark aggregates)."""
    ids = df.select(F.nullif(F.trim(F.col(f"`{id_col}`").cast("string")), F.lit("")).alias("id"),
                    F.col(ROW_COLUMN).alias("row"))
    null_rows = ids.where(F.col("id").isNull()).orderBy("row")
    n_null = null_rows.count()
    shown_null = [r["row"] for r in null_rows.limit(MAX_LISTED).collect()]
    dupes = (
        ids.where(F.col("id").isNotNull()).groupBy("id")
        .agg(F.count("*").alias("n"), F.array_sort(F.collect_list("row")).alias("rows"))
        .where(F.col("n") > 1)
    )
    n_dupes = dupes.count()
    shown_dupes = [
        (r["id"], r["rows"]) for r in dupes.orderBy(F.col("rows")[0]).limit(MAX_LISTED)
        .collect()
    ]
    problems = id_problems(id_col, shown_null, shown_dupes, n_null, n_dupes)
    if problems:
        raise InputError(dataset, problems)


def _normalize_slice(
    source: Source, colmap: ColumnMap, region: str | None, tables: Mapping[str, pa.Table]
) -> dict[str, pa.Table]:
    """Features, rejects and canonical records of one slice of one input (a Spark task)."""
    arrow = tables["input"]
    con = duckdb.connect()
    try:
        table = load_records(con, source, arrow, colmap)
        build_features(con, {source: IngestedTable(source, table, arrow.num_rows, colmap)}, region)
        return {
            name: con.table(name).to_arrow_table()
            for name in ("features", "rejects", f"records_{source}")
        }
    finally:
        con.close()


def load(
    spark: SparkSession,
    inputs: Mapping[Source, DataFrame | None],
    mappings: Mapping[Source, Mapping[str, str] | None],
    settings: ResolverSettings,
    progress: Progress,
) -> SparkWorkspace:
    """Check and normalize the inputs given on Spark."""
    given = {s: d for s, d in inputs.items() if d is not None}
    if not given:
        raise SourceError("nothing to resolve: pass contacts, personas, or both.")
    engine = SparkEngine(spark)
    blobs: dict[Source, DataFrame] = {}
    columns: dict[Source, ColumnMap] = {}
    n_records: dict[Source, int] = {}
    with progress.stage("ingest") as st:
        for source, df in given.items():
            if not isinstance(df, DataFrame):
                raise SourceError(
                    f"{DATASET[source]}: on Spark, inputs are Spark DataFrames, not "
                    f"{type(df).__name__}; read files with spark.read first."
                )
            colmap = check_columns(source, list(df.columns), mappings.get(source), DATASET[source])
            numbered = df.withColumn(ROW_COLUMN, F.monotonically_increasing_id() + 1)
            _check_ids(numbered, colmap.fields["id"][0], DATASET[source])
            columns[source], n_records[source] = colmap, numbered.count()
            task = partial(_normalize_slice, source, colmap, settings.default_region)
            blobs[source] = run_on_partitions(numbered, "input", task).persist()
        st.note(", ".join(f"{n:,} {s}s" for s, n in n_records.items()))
    with progress.stage("normalize") as st:
        features, rejects = [], []
        records: dict[Source, DataFrame] = {}
        schemas: dict[str, pa.Schema] = {"features": FEATURE_SCHEMA}
        for source, b in blobs.items():
            features.append(table_of(b, "features", FEATURE_SCHEMA))
            reject_schema = schema_of(b, "rejects")
            record_schema = schema_of(b, f"records_{source}")
            if reject_schema is None or record_schema is None:
                raise SourceError(f"{DATASET[source]}: the input has no rows.")
            rejects.append(table_of(b, "rejects", reject_schema))
            records[source] = table_of(b, f"records_{source}", record_schema).localCheckpoint()
            schemas[f"records_{source}"] = record_schema
            schemas["rejects"] = reject_schema
        merged = _union(features)
        merged, n_shared = global_steps.apply(merged)
        # Checkpoints cut the lineage: the plans of every later stage (splink's iterations
        # above all) start from these tables, not from the tasks that made them.
        merged = merged.localCheckpoint()
        rejected = _union(rejects).localCheckpoint()
        st.note(
            f"{merged.count():,} records, {rejected.count():,} values rejected, "
            f"{n_shared:,} shared contact points"
        )
    return SparkWorkspace(engine, merged, rejected, records, schemas, columns, n_records)


def _union(frames: list[DataFrame]) -> DataFrame:
    out = frames[0]
    for frame in frames[1:]:
        out = out.unionByName(frame)
    return out


def _feature_columns_only(reads: Mapping[str, tuple[str, ...]]) -> None:
    outside = {name: cols for name, cols in reads.items() if cols}
    if outside:
        raise SettingsError(
            "on Spark, comparators read feature columns only; "
            + ", ".join(f"{name!r} reads {', '.join(cols)}" for name, cols in outside.items())
            + ". Resolve with DuckDB (Resolver.resolve), or compute the value into a feature."
        )


def train(
    ws: SparkWorkspace,
    settings: ResolverSettings,
    comparisons: Sequence[Comparison],
    progress: Progress,
) -> Model:
    """Train a model of ``comparisons`` on Spark (splink's training on its Spark API)."""
    _feature_columns_only(
        {c.name: tuple(x for x in c.columns if x not in FEATURE_COLUMNS) for c in comparisons}
    )
    return train_on(ws.engine, ws.features, settings, comparisons, progress, {})


@dataclass(frozen=True)
class SparkOutput:
    """The output tables on Spark and the counts of the run."""

    tables: dict[str, DataFrame]
    n_pairs: int
    n_split_size: int
    n_split_conflicts: int


def _merge_bucket(
    extras: Mapping[Source, tuple[str, ...]],
    settings: ResolverSettings,
    tables: Mapping[str, pa.Table],
) -> dict[str, pa.Table]:
    """Cluster, guard and merge one bucket of whole components (a Spark task)."""
    con = duckdb.connect()
    try:
        for name, table in tables.items():
            con.register("_input", table)
            con.execute(f"CREATE TABLE {name} AS SELECT * FROM _input")
            con.unregister("_input")
        n_split, n_conflicts = cluster_and_merge(con, extras, settings, Progress(False))
        out = {name: con.table(name).to_arrow_table() for name in MERGED_TABLES}
        out["counts"] = pa.table({
            "n_split_size": pa.array([n_split], pa.int64()),
            "n_split_conflicts": pa.array([n_conflicts], pa.int64()),
        })
        return out
    finally:
        con.close()


def score_and_cluster(
    ws: SparkWorkspace, trained: Model, settings: ResolverSettings, progress: Progress
) -> SparkOutput:
    """Predict and keep the links on Spark; cluster, guard and merge bucket by bucket."""
    _feature_columns_only(dict(trained.extra_columns))
    spark = ws.engine.spark
    model = SplinkModel(ws.engine, ws.features, (), model=trained.splink, rules=trained.rules)
    with progress.stage("predict") as st:
        # Scored pairs are checkpointed before the links query reads their gamma columns:
        # otherwise Spark's optimizer inlines every level's CASE into every label.
        scored = spark.table(model.predict(settings.thresholds.lowest)).localCheckpoint()
        view = f"__socialid_scored_{uuid.uuid4().hex}"
        scored.createOrReplaceTempView(view)
        links = spark.sql(to_spark(links_sql(view, model.level_labels(), settings)))
        links = links.localCheckpoint()
        spark.catalog.dropTempView(view)
        n_pairs = model.n_pairs
        st.note(f"{n_pairs:,} pairs scored, {links.count():,} links")
    with progress.stage("cluster and merge") as st:
        components = spark.table(connected_components(
            ws.engine, ws.features.select("unique_id"),
            links.select("unique_id_l", "unique_id_r", "match_probability"),
        ))
        n_buckets = int(spark.conf.get("spark.sql.shuffle.partitions") or 200)
        # Checkpointed: every later join reads the buckets, and the components' own plan
        # (splink's iterations, each with its broadcasts) must not be replanned under them.
        buckets = components.select(
            "unique_id", F.pmod(F.xxhash64("cluster_id"), F.lit(n_buckets)).alias("bucket")
        ).localCheckpoint()
        features = ws.features.join(buckets, "unique_id")
        placed = features.select("source", "record_id", "bucket")
        parts = [
            as_blobs(features, "features"),
            as_blobs(links.join(buckets.withColumnRenamed("unique_id", "unique_id_l"),
                                "unique_id_l"), "links"),
            as_blobs(ws.rejects.join(placed, ["source", "record_id"]), "rejects"),
        ]
        schemas = {**ws.schemas, "links": to_arrow_schema(links.schema)}
        for source, records in ws.records.items():
            mine = placed.where(F.col("source") == source).drop("source")
            parts.append(as_blobs(records.join(mine, "record_id"), f"records_{source}"))
        extras = {s: c.extras for s, c in ws.columns.items()}
        merged = run_on_buckets(
            _union(parts), schemas, partial(_merge_bucket, extras, settings)
        ).persist()
        tables = {"links": links.drop("unique_id_l", "unique_id_r")}
        for name in MERGED_TABLES:
            schema = schema_of(merged, name)
            if schema is None:
                raise SourceError("no records reached the merge stage.")
            tables[name] = table_of(merged, name, schema)
        counts = table_of(merged, "counts", _COUNTS_SCHEMA).agg(
            F.sum("n_split_size"), F.sum("n_split_conflicts")
        ).collect()[0]
        st.note(f"{tables['profiles'].count():,} profiles")
    return SparkOutput(tables, n_pairs, int(counts[0] or 0), int(counts[1] or 0))


_COUNTS_SCHEMA = pa.schema([("n_split_size", pa.int64()), ("n_split_conflicts", pa.int64())])
