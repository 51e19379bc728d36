"""The ``socialid`` command line: a thin layer over the public Python API."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Annotated

import pandas as pd
import typer
from rich.console import Console
from rich.table import Table

from socialid.demo import demo_paths, demo_truth_path
from socialid.errors import SocialIdError
from socialid.evaluation import blocking_report, evaluate
from socialid.resolver import Resolver, duckdb_config
from socialid.result import ResolveResult
from socialid.settings import ResolverSettings

app = typer.Typer(
    name="socialid",
    help="Resolve which social personas and CRM contacts belong to the same person.",
    no_args_is_help=True,
    add_completion=False,
)
_out = Console()
# Errors are not wrapped: a path or a column name in them must stay whole to copy.
_err = Console(stderr=True, soft_wrap=True)

ThresholdOpt = Annotated[
    float | None,
    typer.Option(help="Match probability at or above which two records link (all link types)."),
]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress display.")]
MemoryOpt = Annotated[
    str | None,
    typer.Option(help="Most memory DuckDB may hold, e.g. 6GB; beyond it, it spills to disk."),
]
TempDirOpt = Annotated[
    Path | None, typer.Option(help="Where DuckDB spills when memory runs short.")
]
MapOpt = Annotated[
    list[str] | None,
    typer.Option(help="Map an input column to a field, as 'Column Name=field'. Repeatable."),
]
ComparatorOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--comparator",
        help="Add a comparator by name: a built-in, or one a package registers under the "
        "'socialid.comparators' entry-point group (one named like a built-in replaces it). "
        "Repeatable.",
    ),
]


def _mapping(pairs: list[str] | None, option: str) -> dict[str, str] | None:
    if not pairs:
        return None
    out: dict[str, str] = {}
    for pair in pairs:
        column, sep, field = pair.rpartition("=")
        if not sep or not column or not field:
            raise typer.BadParameter(
                f"expected 'Column Name=field', got {pair!r}", param_hint=option
            )
        out[column] = field.strip()
    return out


def _settings(
    threshold: float | None, region: str | None, comparators: list[str] | None = None
) -> ResolverSettings:
    settings = ResolverSettings(default_region=region, comparators=tuple(comparators or ()))
    return settings.with_threshold(threshold) if threshold is not None else settings


def _fail(err: SocialIdError) -> typer.Exit:
    _err.print(f"[bold red]error:[/] {err}", highlight=False)
    return typer.Exit(code=2)


def _print_summary(result: ResolveResult) -> None:
    _out.print(result.summary(), highlight=False)


@app.command()
def demo(
    out: Annotated[Path | None, typer.Option(help="Also write the outputs here.")] = None,
    threshold: ThresholdOpt = None,
    comparator: ComparatorOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Resolve the demo data bundled in the package and print what was found."""
    contacts, personas = demo_paths()
    resolver = Resolver(
        _settings(threshold, None, comparator), progress=False if quiet else None
    )
    try:
        result = resolver.resolve(contacts, personas)
    except SocialIdError as err:
        raise _fail(err) from err
    _print_summary(result)
    metrics = evaluate(result.membership, pd.read_csv(demo_truth_path(), dtype=str))
    _out.print(_table(
        "accuracy against the demo's ground truth (pairwise)",
        {"link type": "link_type", "true pairs": "true_pairs", "found": "predicted_pairs",
         "precision": "precision", "recall": "recall", "F1": "f1"},
        metrics,
    ))
    if out is not None:
        result.to_parquet(out)
        _out.print(f"outputs written to {out}")


@app.command("resolve")
def resolve_cmd(
    out: Annotated[Path, typer.Option(help="Directory for the Parquet outputs.")],
    contacts: Annotated[Path | None, typer.Option(help="Contacts: CSV, Parquet or JSON.")] = None,
    personas: Annotated[Path | None, typer.Option(help="Personas: CSV, Parquet or JSON.")] = None,
    threshold: ThresholdOpt = None,
    model: Annotated[
        Path | None,
        typer.Option(help="A model saved by 'socialid train'; without it, train on the inputs."),
    ] = None,
    region: Annotated[
        str | None,
        typer.Option(help="ISO region for phone numbers without a country code, e.g. GB."),
    ] = None,
    contacts_map: MapOpt = None,
    personas_map: MapOpt = None,
    comparator: ComparatorOpt = None,
    previous: Annotated[
        Path | None,
        typer.Option(
            help="The --out directory (or membership file) of an earlier run: keep its profile "
            "ids where membership mostly holds, and write profile_changes."
        ),
    ] = None,
    memory_limit: MemoryOpt = None,
    temp_dir: TempDirOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Link contacts and personas; write membership, links, profiles, profile attributes,
    rejects and records (and profile changes with --previous) as Parquet."""
    if contacts is None and personas is None:
        raise typer.BadParameter("pass --contacts, --personas, or both.")
    if model is not None and comparator:
        raise typer.BadParameter(
            "a saved model holds its own comparators; pass --comparator to 'socialid train' "
            "(or to resolve without --model).",
            param_hint="--comparator",
        )
    progress = False if quiet else None
    try:
        if model is not None:
            resolver = Resolver.load(model, progress=progress)
            if threshold is not None:
                resolver.settings = resolver.settings.with_threshold(threshold)
            if region is not None:
                resolver.settings = replace(resolver.settings, default_region=region)
        else:
            resolver = Resolver(_settings(threshold, region, comparator), progress=progress)
        resolver.duckdb_config = duckdb_config(memory_limit, temp_dir)
        result = resolver.resolve(
            contacts,
            personas,
            contacts_mapping=_mapping(contacts_map, "--contacts-map"),
            personas_mapping=_mapping(personas_map, "--personas-map"),
            previous=previous,
        )
    except SocialIdError as err:
        raise _fail(err) from err
    paths = result.to_parquet(out)
    _print_summary(result)
    _out.print("wrote " + ", ".join(str(p) for p in paths), highlight=False)


@app.command()
def train(
    model: Annotated[Path, typer.Option(help="Where to write the trained model (JSON).")],
    contacts: Annotated[Path | None, typer.Option(help="Contacts file.")] = None,
    personas: Annotated[Path | None, typer.Option(help="Personas file.")] = None,
    region: Annotated[str | None, typer.Option(help="Default phone region.")] = None,
    labels: Annotated[
        Path | None,
        typer.Option(help="Known identities (source, record_id, person_id): m from their pairs."),
    ] = None,
    comparator: ComparatorOpt = None,
    memory_limit: MemoryOpt = None,
    temp_dir: TempDirOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Train a model on the inputs and save it for later 'resolve --model' runs."""
    if contacts is None and personas is None:
        raise typer.BadParameter("pass --contacts, --personas, or both.")
    try:
        resolver = Resolver(
            _settings(None, region, comparator), progress=False if quiet else None,
            memory_limit=memory_limit, temp_directory=temp_dir,
        )
        resolver.fit(contacts, personas, labels=labels).save(model)
    except SocialIdError as err:
        raise _fail(err) from err
    _out.print(f"model written to {model}", highlight=False)


@app.command()
def blocking(
    truth: Annotated[
        Path, typer.Option(help="Known identities: source, record_id, person_id per record.")
    ],
    contacts: Annotated[Path | None, typer.Option(help="Contacts file.")] = None,
    personas: Annotated[Path | None, typer.Option(help="Personas file.")] = None,
    contacts_map: MapOpt = None,
    personas_map: MapOpt = None,
    comparator: ComparatorOpt = None,
) -> None:
    """How many candidate pairs each blocking rule makes, and how many true pairs blocking
    finds per link type: a pair blocking misses can never be linked."""
    if contacts is None and personas is None:
        raise typer.BadParameter("pass --contacts, --personas, or both.")
    try:
        report = blocking_report(
            contacts, personas, truth=truth, comparators=tuple(comparator or ()),
            contacts_mapping=_mapping(contacts_map, "--contacts-map"),
            personas_mapping=_mapping(personas_map, "--personas-map"),
        )
    except SocialIdError as err:
        raise _fail(err) from err
    _out.print(_table(
        "candidate pairs per blocking rule",
        {"rule": "rule", "link type": "link_type", "pairs": "pairs", "true pairs": "true_pairs"},
        report.rules[report.rules.pairs > 0],
    ))
    _out.print(_table(
        "blocking recall",
        {"link type": "link_type", "true pairs": "true_pairs", "found": "found",
         "recall": "recall", "candidate pairs": "candidate_pairs",
         "pairs per record": "pairs_per_record"},
        report.recall,
    ))
    _out.print(report.summary(), highlight=False)


def _table(title: str, columns: dict[str, str], frame: pd.DataFrame) -> Table:
    """A rich table of ``frame``'s columns (header → column): counts with thousands
    separators, other numbers to three decimals, numbers right-aligned."""
    table = Table(title=title)
    formats = {}
    for header, column in columns.items():
        dtype = frame[column].dtype
        numeric = pd.api.types.is_numeric_dtype(dtype)
        formats[column] = (
            "{:,}" if pd.api.types.is_integer_dtype(dtype) else "{:.3f}" if numeric else "{}"
        )
        table.add_column(header, justify="right" if numeric else "left", no_wrap=not numeric)
    for row in frame[list(columns.values())].itertuples(index=False):
        table.add_row(*(formats[c].format(v) for c, v in zip(columns.values(), row, strict=True)))
    return table


def main() -> None:
    """Console-script entry point."""
    app()
