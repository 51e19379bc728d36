"""The Spark backend on a local Spark session (``local[2]``): a model trained on Spark scores
in DuckDB and gives the same memberships on Spark as in DuckDB, and bad input fails as it
does in DuckDB.

Needs ``pyspark`` (the ``spark`` extra) and Java 17+. Without them the tests are skipped,
unless ``SOCIALID_REQUIRE_SPARK=1`` (set by CI), which makes a missing Spark a failure.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

import socialid
from socialid import InputError, Resolver, ResolverSettings

_REQUIRED = os.environ.get("SOCIALID_REQUIRE_SPARK") == "1"


def _skip_or_fail(why: str) -> None:
    if _REQUIRED:
        pytest.fail(f"SOCIALID_REQUIRE_SPARK=1 but {why}")
    pytest.skip(why)


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        _skip_or_fail("pyspark is not installed (pip install 'socialid[spark]')")
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        _skip_or_fail("no Java runtime (Spark needs Java 17 or later)")
    session = (
        SparkSession.builder.master("local[2]")
        .appName("socialid-tests")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.memory", "2g")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def demo(spark: Any) -> tuple[Any, Any]:
    contacts, personas = socialid.demo_paths()
    return (
        spark.read.csv(str(contacts), header=True),
        spark.read.csv(str(personas), header=True),
    )


def _sorted(frame: pd.DataFrame, by: list[str]) -> pd.DataFrame:
    return frame.sort_values(by).reset_index(drop=True)


def test_a_model_trained_on_spark_gives_the_same_memberships_in_both_engines(
    demo: tuple[Any, Any], tmp_path: Path
) -> None:
    # One Spark training run (the slowest step here, so short: one EM iteration per pass)
    # serves both checks: the model saves in DuckDB's dialect, and it resolves the demo to
    # the same memberships, pairs, links and profiles on Spark as in DuckDB.
    settings = ResolverSettings(u_max_pairs=20_000, em_max_pairs=20_000, em_max_iterations=1)
    path = Resolver(settings, progress=False).fit_spark(*demo).save(tmp_path / "model.json")
    assert '"sql_dialect": "duckdb"' in path.read_text(encoding="utf-8")
    duck = Resolver.load(path, progress=False).resolve(*socialid.demo_paths())
    assert duck.stats.n_links > 500
    assert duck.stats.n_profiles < duck.stats.n_contacts + duck.stats.n_personas
    result = Resolver.load(path, progress=False).resolve_spark(*demo)

    keys = ["source", "record_id"]
    spark_membership = _sorted(result.membership.toPandas(), keys)
    assert len(spark_membership) == result.stats.n_contacts + result.stats.n_personas == 2397
    pd.testing.assert_frame_equal(spark_membership, _sorted(duck.membership, keys))
    assert result.stats.n_pairs_scored == duck.stats.n_pairs_scored
    assert result.stats.n_links == duck.stats.n_links
    assert result.stats.n_profiles == duck.stats.n_profiles
    assert result.stats.n_split_conflicts == duck.stats.n_split_conflicts
    assert result.stats.n_rejected_values == duck.stats.n_rejected_values
    spark_profiles = _sorted(result.profiles.toPandas(), ["profile_id"])
    duck_profiles = _sorted(duck.profiles, ["profile_id"])
    assert list(spark_profiles.columns) == list(duck_profiles.columns)
    for column in ("profile_id", "n_contacts", "n_personas"):
        assert spark_profiles[column].tolist() == duck_profiles[column].tolist()

    written = result.write_parquet(str(tmp_path / "out"))
    assert {Path(p).name for p in written} >= {"membership.parquet", "profiles.parquet"}
    assert len(pd.read_parquet(tmp_path / "out" / "membership.parquet")) == 2397


def test_duplicate_ids_fail_naming_the_column_and_rows(spark: Any) -> None:
    contacts = spark.createDataFrame(
        [("c1", "Ann", "Lee"), ("c1", "Bo", "Kim"), (None, "Cy", "Park")],
        "id string, first_name string, last_name string",
    ).coalesce(1)
    with pytest.raises(InputError) as err:
        Resolver.pretrained(progress=False).resolve_spark(contacts)
    message = str(err.value)
    assert "column 'id' is empty in 1 row(s)" in message
    assert "column 'id' has 1 duplicated id(s): 'c1' (rows 1, 2)" in message


def test_inputs_must_be_spark_dataframes(demo: tuple[Any, Any]) -> None:
    contacts, _ = socialid.demo_paths()
    with pytest.raises(socialid.SourceError, match="Spark DataFrames"):
        Resolver.pretrained(progress=False).resolve_spark(demo[0], contacts)  # type: ignore[arg-type]


def test_shared_values_agree_with_duckdb_on_swapped_names(spark: Any) -> None:
    import duckdb

    from socialid._internal.shared import split_shared_values
    from socialid._internal.spark.global_steps import split_shared_values as spark_split

    rows = [  # a swapped duplicate, and a family mailbox of three people
        ("a", "imogen", "wilkinson", ["imogen"], ["iw@x.com", "fam@x.com"]),
        ("b", "wilkinson", "imogen", ["wilkinson"], ["iw@x.com", "fam@x.com"]),
        ("c", "ann", "lee", ["ann"], ["fam@x.com"]),
        ("d", "zoe", None, ["zoe"], ["fam@x.com", "iw@x.com"]),
    ]
    frame = pd.DataFrame(rows, columns=["unique_id", "first_name", "last_name", "first_canon",
                                        "emails"])
    con = duckdb.connect()
    con.execute("CREATE TABLE features AS SELECT *, NULL::VARCHAR[] AS shared_emails FROM frame")
    n = split_shared_values(con, "emails", "shared_emails")
    expected = con.execute("SELECT unique_id, emails, shared_emails FROM features").df()
    features = spark.createDataFrame(frame).selectExpr("*", "CAST(NULL AS ARRAY<STRING>) "
                                                       "AS shared_emails")
    out, n_spark = spark_split(features, "emails", "shared_emails")
    got = out.select("unique_id", "emails", "shared_emails").toPandas()
    assert (n_spark, n) == (1, 1)

    def as_dict(f: pd.DataFrame) -> dict[str, tuple[object, ...]]:
        return {r.unique_id: tuple(None if v is None or v is pd.NA else list(v)
                                   for v in (r.emails, r.shared_emails))
                for r in f.astype(object).itertuples()}

    assert as_dict(got) == as_dict(expected)
