"""The public entry points: :func:`resolve` and the reusable :class:`Resolver`.

>>> import socialid
>>> contacts, personas = socialid.demo_paths()
>>> result = socialid.resolve(contacts=contacts, personas=personas, progress=False)
>>> set(result.membership.columns) == {"source", "record_id", "profile_id"}
True
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb
import pyarrow as pa

from socialid._internal import pipeline
from socialid._internal.comparator_protocol import Comparator, with_built_ins
from socialid._internal.comparisons import BUILT_INS, DEFAULT_COMPARISONS, Comparison
from socialid._internal.ingest import InputData
from socialid._internal.labels import LABELLED_PAIRS, load_labels
from socialid._internal.merge import load_previous
from socialid._internal.progress import Progress
from socialid._internal.splink_adapter import prediction_rules
from socialid._internal.sql import quote_ident, scalar
from socialid._version import __version__
from socialid.demo import package_file
from socialid.errors import ModelError, SettingsError, SourceError
from socialid.result import OUTPUT_TABLES, ResolveResult, RunStats
from socialid.settings import ResolverSettings

if TYPE_CHECKING:
    from pyspark.sql import DataFrame as SparkFrame
    from pyspark.sql import SparkSession

    from socialid._internal.spark.run import SparkWorkspace
    from socialid.spark import SparkResolveResult

__all__ = ["Resolver", "resolve"]

_MODEL_FORMAT = "socialid-model/1"
#: Below this many records, an unfitted resolver uses the bundled model instead of training:
#: EM and u sampling need enough pairs to estimate anything.
MIN_RECORDS_TO_TRAIN = 500


class Resolver:
    """Links contacts and personas with a trained probabilistic model.

    Use :meth:`fit` to train on a data set (or :meth:`load` a saved model), then
    :meth:`resolve`. Calling :meth:`resolve` on an unfitted resolver trains on the data given.

    Args:
        settings: thresholds, phone region, sampling sizes; defaults are documented in
            :class:`~socialid.ResolverSettings`.
        comparators: comparators to train with besides the built-ins (after those named in
            ``settings.comparators``): objects of the :class:`~socialid.Comparator` shape, or
            names of built-in or registered ones. One named like a built-in replaces it. A
            saved model keeps what scoring needs, so :meth:`load` takes no comparators.
        progress: show stage progress on stderr; ``None`` shows it only on a terminal.
        connection: your DuckDB connection, when inputs are given as names of its tables.
            socialid reads them and works in a connection of its own.
        memory_limit: most memory socialid's DuckDB connection may hold (``"6GB"``);
            beyond it, DuckDB spills to ``temp_directory``. ``None``: DuckDB's default, 80 %
            of the machine's memory.
        temp_directory: where DuckDB spills (``None``: DuckDB's default, ``.tmp`` beside an
            on-disk database, a system temporary folder for socialid's in-memory one).

    Raises:
        SettingsError: a comparator has the wrong shape, or no comparator has a name given.
    """

    def __init__(
        self,
        settings: ResolverSettings | None = None,
        *,
        comparators: Sequence[Comparator | str] = (),
        progress: bool | None = None,
        connection: duckdb.DuckDBPyConnection | None = None,
        memory_limit: str | None = None,
        temp_directory: str | os.PathLike[str] | None = None,
    ) -> None:
        self.settings = settings or ResolverSettings()
        #: DuckDB settings of socialid's connection (``memory_limit``, ``temp_directory``).
        self.duckdb_config = duckdb_config(memory_limit, temp_directory)
        self.progress = progress
        self.connection = connection
        self._comparators = tuple(comparators)
        self._model: pipeline.Model | None = None
        self.comparisons  # noqa: B018 - checks the comparators now, not at the first fit

    @property
    def comparisons(self) -> tuple[Comparison, ...]:
        """The comparators a fit trains: the built-ins, those named in the settings, those
        passed."""
        return with_built_ins([*self.settings.comparators, *self._comparators])

    @property
    def is_fitted(self) -> bool:
        """Whether the resolver holds a trained model."""
        return self._model is not None

    def _load(
        self,
        contacts: InputData | None,
        personas: InputData | None,
        contacts_mapping: Mapping[str, str] | None,
        personas_mapping: Mapping[str, str] | None,
        progress: Progress,
    ) -> pipeline.Workspace:
        return pipeline.load(
            {"contact": contacts, "persona": personas},
            {"contact": contacts_mapping, "persona": personas_mapping},
            self.settings,
            progress,
            con=self._connect(),
            tables=self.connection,
        )

    def _connect(self) -> duckdb.DuckDBPyConnection:
        try:
            return duckdb.connect(config=dict(self.duckdb_config.items()))
        except duckdb.Error as err:
            raise SettingsError(
                f"DuckDB refused memory_limit/temp_directory {self.duckdb_config}: "
                f"{str(err).strip().splitlines()[0]} (write memory as '6GB')."
            ) from err

    def fit(
        self,
        contacts: InputData | None = None,
        personas: InputData | None = None,
        *,
        contacts_mapping: Mapping[str, str] | None = None,
        personas_mapping: Mapping[str, str] | None = None,
        labels: InputData | None = None,
    ) -> Resolver:
        """Train the model (u by random sampling, m by EM) on the inputs; return ``self``.

        ``labels`` are identities you already know: one row per labelled record with
        ``source`` (``contact``/``persona``), ``record_id`` and ``person_id``. Every two
        labelled records with one ``person_id`` are a match, and each comparison level's m
        is its share among those pairs instead of EM's estimate (docs/model.md, "m from
        labels"); label whole people, not only the pairs that are easy to find.
        """
        progress = Progress(self.progress)
        ws = self._load(contacts, personas, contacts_mapping, personas_mapping, progress)
        try:
            self._check_trainable(ws.n_records)
            pairs = None
            if labels is not None:
                load_labels(ws.con, labels, self.connection)
                pairs = LABELLED_PAIRS
            self._model = pipeline.train(ws, self.settings, self.comparisons, progress, pairs)
        finally:
            ws.con.close()
        return self

    def resolve(
        self,
        contacts: InputData | None = None,
        personas: InputData | None = None,
        *,
        contacts_mapping: Mapping[str, str] | None = None,
        personas_mapping: Mapping[str, str] | None = None,
        previous: InputData | None = None,
    ) -> ResolveResult:
        """Link the inputs and merge them into profiles (training first if not fitted).

        Inputs are pandas DataFrames, pyarrow Tables, CSV/Parquet/JSON paths or DuckDB
        relations. Either may be omitted: personas alone resolve across platforms, contacts
        alone deduplicate a CRM. ``*_mapping`` maps input column names to canonical fields
        for headers that the built-in aliases do not recognise. ``previous`` is the
        membership of an earlier run (a table, a file, or its output directory): profiles
        whose records mostly stayed together keep their ids, and the result has
        ``profile_changes`` (see docs/merge.md).
        """
        progress = Progress(self.progress)
        ws = self._load(contacts, personas, contacts_mapping, personas_mapping, progress)
        try:
            if previous is not None:
                load_previous(ws.con, previous, self.connection)
            return self._resolve(ws, progress, previous is not None)
        finally:
            ws.con.close()

    def _resolve(
        self, ws: pipeline.Workspace, progress: Progress, previous: bool
    ) -> ResolveResult:
        if self._model is None and ws.n_records >= MIN_RECORDS_TO_TRAIN:
            self._model = pipeline.train(ws, self.settings, self.comparisons, progress)
        # Too small to train: the bundled model serves this call only, so a later, larger
        # input still trains a model of its own.
        model = self._model if self._model is not None else self._bundled_model(ws.n_records)
        counts = pipeline.score_and_cluster(ws, model, self.settings, progress, previous)
        con = ws.con
        n_flagged = int(scalar(con, "SELECT count(*) FROM profiles WHERE len(guard_flags) > 0"))
        tables = _export(con, [n for n in OUTPUT_TABLES if previous or n != "profile_changes"])
        n_records = {s: t.n_rows for s, t in ws.tables.items()}
        stats = RunStats(
            n_contacts=n_records.get("contact", 0),
            n_personas=n_records.get("persona", 0),
            n_pairs_scored=counts.n_pairs,
            n_links=tables["links"].num_rows,
            n_profiles=tables["profiles"].num_rows,
            n_rejected_values=tables["rejects"].num_rows,
            stage_seconds={st.name: st.seconds for st in progress.stages},
            n_split_oversized=counts.n_split_size,
            n_split_conflicts=counts.n_split_conflicts,
            n_flagged_profiles=n_flagged,
        )
        return ResolveResult(tables=tables, stats=stats)

    def _load_spark(
        self,
        contacts: SparkFrame | None,
        personas: SparkFrame | None,
        contacts_mapping: Mapping[str, str] | None,
        personas_mapping: Mapping[str, str] | None,
        progress: Progress,
    ) -> SparkWorkspace:
        from socialid._internal.spark import run as spark_run

        return spark_run.load(
            _session_of(contacts, personas),
            {"contact": contacts, "persona": personas},
            {"contact": contacts_mapping, "persona": personas_mapping},
            self.settings,
            progress,
        )

    def fit_spark(
        self,
        contacts: SparkFrame | None = None,
        personas: SparkFrame | None = None,
        *,
        contacts_mapping: Mapping[str, str] | None = None,
        personas_mapping: Mapping[str, str] | None = None,
    ) -> Resolver:
        """:meth:`fit` on Spark DataFrames, with splink's Spark backend; return ``self``.

        The model is the same kind as a DuckDB fit's: save it, and score with either.
        """
        from socialid._internal.spark import run as spark_run

        progress = Progress(self.progress)
        ws = self._load_spark(contacts, personas, contacts_mapping, personas_mapping, progress)
        self._check_trainable(sum(ws.n_records.values()))
        self._model = spark_run.train(ws, self.settings, self.comparisons, progress)
        return self

    def resolve_spark(
        self,
        contacts: SparkFrame | None = None,
        personas: SparkFrame | None = None,
        *,
        contacts_mapping: Mapping[str, str] | None = None,
        personas_mapping: Mapping[str, str] | None = None,
    ) -> SparkResolveResult:
        """:meth:`resolve` on Spark DataFrames, through splink's Spark backend (training
        first if not fitted). Normalisation, scoring, clustering and merging run on the
        executors; the result's tables are Spark DataFrames (see docs/spark.md). A
        ``previous`` membership is not supported on Spark yet.
        """
        from socialid._internal.spark import run as spark_run
        from socialid.spark import SparkResolveResult

        progress = Progress(self.progress)
        ws = self._load_spark(contacts, personas, contacts_mapping, personas_mapping, progress)
        n_records = sum(ws.n_records.values())
        if self._model is None and n_records >= MIN_RECORDS_TO_TRAIN:
            self._model = spark_run.train(ws, self.settings, self.comparisons, progress)
        model = self._model if self._model is not None else self._bundled_model(n_records)
        out = spark_run.score_and_cluster(ws, model, self.settings, progress)
        stats = RunStats(
            n_contacts=ws.n_records.get("contact", 0),
            n_personas=ws.n_records.get("persona", 0),
            n_pairs_scored=out.n_pairs,
            n_links=out.tables["links"].count(),
            n_profiles=out.tables["profiles"].count(),
            n_rejected_values=out.tables["rejects"].count(),
            stage_seconds={st.name: st.seconds for st in progress.stages},
            n_split_oversized=out.n_split_size,
            n_split_conflicts=out.n_split_conflicts,
            n_flagged_profiles=out.tables["profiles"].where("size(guard_flags) > 0").count(),
        )
        return SparkResolveResult(out.tables, stats)

    def _check_trainable(self, n_records: int) -> None:
        if n_records < MIN_RECORDS_TO_TRAIN:
            raise ModelError(
                f"too few records to train a model ({n_records:,}; at least "
                f"{MIN_RECORDS_TO_TRAIN:,} are needed): resolve with "
                "Resolver.pretrained(), or train on more data."
            )

    def save(self, path: str | os.PathLike[str]) -> Path:
        """Write the settings and the trained model to a JSON file."""
        if self._model is None:
            raise SettingsError("nothing to save: call fit() or resolve() first.")
        out = Path(path)
        payload = {
            "format": _MODEL_FORMAT,
            "socialid_version": __version__,
            "settings": self.settings.to_dict(),
            "splink_model": self._model.splink,
            "blocking_rules": [list(rule) for rule in self._model.rules],
            "extra_columns": {k: list(v) for k, v in self._model.extra_columns.items()},
        }
        out.write_text(json.dumps(payload, indent=2, sort_keys=True), encoding="utf-8")
        return out

    @classmethod
    def pretrained(
        cls, settings: ResolverSettings | None = None, *, progress: bool | None = None
    ) -> Resolver:
        """A resolver with the model bundled in the package, trained on generated data.

        Useful for inputs too small to train on; larger inputs resolve better with a model
        trained on themselves.
        """
        resolver = cls(settings, progress=progress)
        resolver._model = resolver._bundled_model(None)
        return resolver

    def _bundled_model(self, n_records: int | None) -> pipeline.Model:
        """The bundled model, which knows the built-in comparators only."""
        own = [c.name for c in self.comparisons if BUILT_INS.get(c.name) != c]
        if own:
            why = (
                "" if n_records is None else
                f"too few records to train a model ({n_records:,}; at least "
                f"{MIN_RECORDS_TO_TRAIN:,} are needed), and "
            )
            raise ModelError(
                f"{why}the bundled model knows only the built-in comparators, not "
                f"{', '.join(map(repr, own))}: train on more data, or resolve without them."
            )
        path = bundled_model_path()
        return _model_of(_read_model_file(path), path)

    @classmethod
    def load(cls, path: str | os.PathLike[str], *, progress: bool | None = None) -> Resolver:
        """A fitted resolver from a file written by :meth:`save`: it scores with the saved
        model, whose comparators need not be importable."""
        payload = _read_model_file(path)
        resolver = cls(progress=progress)
        # Set after construction: the comparators the settings name serve a new fit only.
        resolver.settings = ResolverSettings.from_dict(payload["settings"])
        resolver._model = _model_of(payload, path)
        return resolver


def duckdb_config(
    memory_limit: str | None, temp_directory: str | os.PathLike[str] | None
) -> dict[str, str]:
    """The DuckDB settings for the limits given (see :class:`Resolver`).

    >>> duckdb_config("6GB", None)
    {'memory_limit': '6GB'}
    """
    config = {"memory_limit": memory_limit, "temp_directory": temp_directory}
    return {k: os.fspath(v) for k, v in config.items() if v is not None}


def _read_model_file(path: str | os.PathLike[str]) -> dict[str, Any]:
    try:
        payload = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        raise SettingsError(f"cannot read the model file {str(path)!r}: {err}.") from err
    if not isinstance(payload, dict) or payload.get("format") != _MODEL_FORMAT:
        raise SettingsError(
            f"{str(path)!r} is not a socialid model file (expected format "
            f"{_MODEL_FORMAT!r}); write one with Resolver.save()."
        )
    return payload


def _model_of(payload: dict[str, Any], path: str | os.PathLike[str]) -> pipeline.Model:
    """The model in a model file; files written before comparators were pluggable hold the
    built-ins' blocking rules and no extra columns."""
    rules = payload.get("blocking_rules", prediction_rules(DEFAULT_COMPARISONS))
    extra = payload.get("extra_columns", {})
    if not (
        isinstance(rules, (list, tuple))
        and all(isinstance(r, (list, tuple)) and all(isinstance(k, str) for k in r) for r in rules)
        and isinstance(extra, dict)
    ):
        raise SettingsError(
            f"the model file {str(path)!r} is damaged: blocking_rules must be lists of column "
            "names and extra_columns a mapping of comparator to columns; save it again."
        )
    return pipeline.Model(
        payload["splink_model"],
        tuple(tuple(r) for r in rules),
        {name: tuple(columns) for name, columns in extra.items()},
    )


def _export(con: duckdb.DuckDBPyConnection, names: Sequence[str]) -> dict[str, pa.Table]:
    """The output tables ``names`` as Arrow. Every other table is dropped first and each
    output once copied, so DuckDB's memory shrinks as the copies grow: at a million people
    the copies otherwise came on top of everything the run had built."""
    keep = set(names)
    for schema, table, temporary in con.execute(
        "SELECT schema_name, table_name, temporary FROM duckdb_tables()"
    ).fetchall():
        if table not in keep or temporary:
            con.execute(f"DROP TABLE {quote_ident(schema)}.{quote_ident(table)}")
    out = {}
    for name in names:
        columns = "* EXCLUDE (unique_id_l, unique_id_r)" if name == "links" else "*"
        out[name] = con.sql(f"SELECT {columns} FROM {name}").to_arrow_table()
        con.execute(f"DROP TABLE {name}")
    return out


def _session_of(*frames: SparkFrame | None) -> SparkSession:
    """The Spark session of the first DataFrame given."""
    for frame in frames:
        if frame is not None:
            return frame.sparkSession
    raise SourceError(
        "nothing to resolve on Spark: pass contacts, personas, or both, as Spark DataFrames."
    )


def bundled_model_path() -> Path:
    """Path of the model file shipped in the package."""
    return package_file("default_model.json")


def resolve(
    contacts: InputData | None = None,
    personas: InputData | None = None,
    *,
    settings: ResolverSettings | None = None,
    comparators: Sequence[Comparator | str] = (),
    threshold: float | None = None,
    contacts_mapping: Mapping[str, str] | None = None,
    personas_mapping: Mapping[str, str] | None = None,
    progress: bool | None = None,
    connection: duckdb.DuckDBPyConnection | None = None,
    previous: InputData | None = None,
) -> ResolveResult:
    """Train a model on the inputs and resolve them in one call.

    ``comparators`` are added to the built-ins (one named like a built-in replaces it; see
    :class:`Resolver`); ``threshold`` sets one match-probability threshold for every link
    type, overriding ``settings.thresholds``; ``connection`` is the DuckDB connection
    holding inputs given as table names; ``previous`` is an earlier run's membership, whose
    profile ids are kept where membership mostly holds (see :meth:`Resolver.resolve`).
    """
    settings = settings or ResolverSettings()
    if threshold is not None:
        settings = settings.with_threshold(threshold)
    resolver = Resolver(
        settings, comparators=comparators, progress=progress, connection=connection
    )
    return resolver.resolve(
        contacts,
        personas,
        contacts_mapping=contacts_mapping,
        personas_mapping=personas_mapping,
        previous=previous,
    )
