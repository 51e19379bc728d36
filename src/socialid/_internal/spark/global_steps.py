"""The normalize stage's global steps on Spark, as :mod:`socialid._internal.shared` does them
in DuckDB: contact points shared by different people move to ``shared_*``, their local parts
leave the handle keys, and keys held by too many records stop blocking.

Each needs counts over every record, so they run as Spark aggregates and joins after the
per-partition normalisation. The results equal the DuckDB steps' (lists sorted the same way,
empty lists NULL), which the Spark integration test checks on the demo data.
"""

from __future__ import annotations

from pyspark.sql import Column, DataFrame, Window
from pyspark.sql import functions as F

from socialid._internal.keys import MAX_KEY_RECORDS
from socialid._internal.shared import (
    KEY_LIMITS,
    LIST_KEYS,
    SCALAR_KEYS,
    SHARED_FIRST_AND_LAST,
    SHARED_FIRST_NAMES,
)


def _null_if_empty(column: Column) -> Column:
    return F.when(F.size(column) > 0, column)


def split_shared_values(features: DataFrame, column: str, shared: str) -> tuple[DataFrame, int]:
    """Move the shared values of list ``column`` into ``shared``; also return how many."""
    first = F.substring(F.coalesce(F.try_element_at("first_canon", F.lit(1)), "first_name"), 1, 1)
    values = features.select(
        "unique_id", F.explode(column).alias("v"), first.alias("fn"),
        F.substring("last_name", 1, 3).alias("ln"),
        F.substring("first_name", 1, 1).alias("a"), F.substring("last_name", 1, 1).alias("b"),
    )
    # A record whose names are another's swapped counts as that one (see shared.py).
    swaps = values.select(
        "v", F.col("b").alias("a"), F.col("a").alias("b"), F.lit(True).alias("swapped")
    ).distinct()
    counted = values.join(swaps, ["v", "a", "b"], "left").where(
        ~(F.coalesce("swapped", F.lit(False)) & (F.col("a") > F.col("b")))
    )
    n_first, n_last = F.countDistinct("fn"), F.countDistinct("ln")
    common = (
        counted.groupBy("v")
        .agg(n_first.alias("n_first"), n_last.alias("n_last"))
        .where(
            (F.col("n_first") >= SHARED_FIRST_NAMES)
            | ((F.col("n_first") >= SHARED_FIRST_AND_LAST)
               & (F.col("n_last") >= SHARED_FIRST_AND_LAST))
        )
        .select("v", F.lit(True).alias("is_shared"))
        .persist()
    )
    n_shared = common.count()
    if not n_shared:
        return features, 0
    is_shared = F.coalesce("is_shared", F.lit(False))

    def sorted_where(condition: Column) -> Column:
        return _null_if_empty(F.array_sort(F.collect_list(F.when(condition, F.col("v")))))

    regrouped = (
        values.select("unique_id", "v").join(common, "v", "left")
        .groupBy("unique_id")
        .agg(
            sorted_where(~is_shared).alias("_own"),
            sorted_where(is_shared).alias("_common"),
            F.lit(True).alias("_has"),
        )
    )
    out = (
        features.join(regrouped, "unique_id", "left")
        .withColumn(column, F.when(F.col("_has").isNull(), F.col(column)).otherwise(F.col("_own")))
        .withColumn(shared, F.col("_common"))
        .drop("_own", "_common", "_has")
    )
    return out.select(*features.columns), n_shared


def drop_keys_of_shared_emails(features: DataFrame) -> DataFrame:
    """Remove the local parts of shared emails from the handle/local-part keys."""
    locals_ = F.transform(
        F.coalesce("shared_emails", F.array().cast("array<string>")),
        lambda e: F.regexp_replace(F.split_part(e, F.lit("@"), F.lit(1)), "[^0-9a-z]", ""),
    )
    with_locals = features.withColumn("_shared_locals", locals_)
    for key in ("ukeys", "dkeys", "ustems", "xkeys"):
        kept = F.filter(key, lambda k: ~F.array_contains(F.col("_shared_locals"), k))
        with_locals = with_locals.withColumn(key, _null_if_empty(kept))
    return with_locals.select(*features.columns)


def cap_block_keys(features: DataFrame, column: str, limit: int = MAX_KEY_RECORDS) -> DataFrame:
    """Drop from list ``column`` the keys held by more than ``limit`` records."""
    keys = features.select("unique_id", F.explode(column).alias("k"))
    common = keys.groupBy("k").count().where(F.col("count") > limit).select("k").persist()
    if not common.count():
        return features
    kept = (
        keys.join(common, "k", "left_anti")
        .groupBy("unique_id")
        .agg(F.array_sort(F.collect_list("k")).alias("_kept"))
    )
    return (
        features.join(kept, "unique_id", "left")
        .withColumn(column, F.col("_kept"))
        .select(*features.columns)
    )


def cap_scalar_keys(features: DataFrame, limit: int = MAX_KEY_RECORDS) -> DataFrame:
    """Set to NULL each scalar key whose value more than ``limit`` records (its
    ``KEY_LIMITS`` if lower) hold."""
    for key in SCALAR_KEYS:
        held = F.count(key).over(Window.partitionBy(key))
        features = features.withColumn(
            key, F.when(held <= min(limit, KEY_LIMITS.get(key, limit)), F.col(key)))
    return features


def apply(features: DataFrame) -> tuple[DataFrame, int]:
    """Every global step, in the DuckDB run's order; also return how many contact points
    were shared."""
    features, n_emails = split_shared_values(features, "emails", "shared_emails")
    features, n_phones = split_shared_values(features, "phones", "shared_phones")
    features = drop_keys_of_shared_emails(features)
    for column in LIST_KEYS:
        features = cap_block_keys(features, column)
    return cap_scalar_keys(features), n_emails + n_phones
