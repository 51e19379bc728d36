"""splink's Spark API as a socialid :class:`~socialid._internal.splink_adapter.Engine`."""

from __future__ import annotations

from typing import Any

import jellyfish
import pandas as pd
from pyspark.sql import DataFrame, SparkSession
from pyspark.sql.pandas.functions import pandas_udf
from splink.backends.spark import SparkAPI

from socialid._internal.spark.dialect import JARO_WINKLER, to_spark


def _jaro_winkler(left: pd.Series, right: pd.Series) -> pd.Series:
    """Jaro-Winkler similarity as DuckDB's ``jaro_winkler_similarity`` computes it (NULL
    when either side is). splink's jar implements a Jaro variant that differs on strings
    with repeated letters ('alice fuller' / 'l fuller': 0.785 there, 0.806 here)."""
    return pd.Series(
        [
            jellyfish.jaro_winkler_similarity(a, b)
            if isinstance(a, str) and isinstance(b, str) else None
            for a, b in zip(left, right, strict=True)
        ],
        dtype="float64",
    )


class _SparkAPI(SparkAPI):
    """splink's Spark API, cutting lineage by local checkpoints where splink would persist.

    A persisted frame keeps its whole plan: connected components, which iterate over its own
    output, then carry every earlier iteration's plan, and the driver runs out of memory
    printing it (a 2 GiB driver on the 3,000-record demo). A local checkpoint keeps the rows
    on the executors and only a scan in the plan.
    """

    def _break_lineage_and_repartition(
        self, spark_df: DataFrame, templated_name: str, physical_name: str
    ) -> DataFrame:
        out: DataFrame = super()._break_lineage_and_repartition(  # type: ignore[no-untyped-call]
            spark_df, templated_name, physical_name
        )
        if self.break_lineage_method != "persist" or not out.is_cached:
            return out
        checkpointed = out.localCheckpoint()
        out.unpersist()
        return checkpointed


class SparkEngine:
    """A Spark session with socialid's similarity function registered."""

    dialect = "spark"
    #: u sampling in one query per comparison: a Spark job costs more than the pairs
    #: an early stop would save.
    u_chunks = 1

    def __init__(self, spark: SparkSession) -> None:
        self.spark = spark
        # splink breaks long lineages by writing Parquet under the checkpoint directory;
        # a session without one checkpoints them locally instead.
        checkpoints = spark.sparkContext.getCheckpointDir()
        self.api = _SparkAPI(  # type: ignore[no-untyped-call]
            spark_session=spark,
            register_udfs_automatically=False,
            break_lineage_method=None if checkpoints else "persist",
        )
        spark.udf.register(JARO_WINKLER, pandas_udf(_jaro_winkler, "double"))  # type: ignore[call-overload]

    def rows(self, sql: str) -> list[tuple[Any, ...]]:
        """The rows of ``sql`` (a small aggregate) on the driver."""
        return [tuple(row) for row in self.spark.sql(to_spark(sql)).collect()]

    def translate(self, sql: str) -> str:
        """DuckDB SQL in Spark's dialect."""
        return to_spark(sql)

    def frame(self, sql: str) -> DataFrame:
        """DuckDB SQL run by Spark, as a DataFrame."""
        return self.spark.sql(to_spark(sql))
