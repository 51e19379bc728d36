"""Resolving on Spark: what :meth:`socialid.Resolver.resolve_spark` returns.

Install the extra (``pip install "socialid[spark]"``, which brings ``pyspark``; Spark needs
Java 17 or later); any session works, see docs/spark.md::

    from pyspark.sql import SparkSession
    import socialid

    spark = SparkSession.builder.getOrCreate()
    contacts = spark.read.parquet("s3://crm/contacts/")
    personas = spark.read.parquet("s3://crawl/personas/")
    result = socialid.Resolver.load("model.json").resolve_spark(contacts, personas)
    result.write_parquet("s3://identity/run-2026-11-22/")

Importing :mod:`socialid` never imports ``pyspark``; this module does.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from socialid.result import OUTPUT_TABLES, RunStats

if TYPE_CHECKING:
    from pyspark.sql import DataFrame

__all__ = ["SparkResolveResult"]


@dataclass(frozen=True)
class SparkResolveResult:
    """The output tables of a Spark run, as Spark DataFrames (nothing is collected to the
    driver), and the run's counts and timings.

    Attributes:
        tables: ``membership``, ``links``, ``profiles``, ``profile_attributes``, ``records``
            and ``rejects``, with the columns of a DuckDB run's tables.
        stats: counts and timings.
    """

    tables: dict[str, DataFrame]
    stats: RunStats

    @property
    def membership(self) -> DataFrame:
        """``source``, ``record_id``, ``profile_id``: every input record exactly once."""
        return self.tables["membership"]

    @property
    def links(self) -> DataFrame:
        """Accepted pairs, as :attr:`socialid.ResolveResult.links`."""
        return self.tables["links"]

    @property
    def profiles(self) -> DataFrame:
        """One row per profile, as :attr:`socialid.ResolveResult.profiles`."""
        return self.tables["profiles"]

    def write_parquet(self, out_dir: str, mode: str = "overwrite") -> list[str]:
        """Write every table as a Parquet folder ``<out_dir>/<table>.parquet`` (any path
        Spark can write: local, HDFS, S3…); return the paths."""
        paths = []
        for name in (n for n in OUTPUT_TABLES if n in self.tables):
            path = f"{out_dir.rstrip('/')}/{name}.parquet"
            self.tables[name].write.mode(mode).parquet(path)
            paths.append(path)
        return paths
