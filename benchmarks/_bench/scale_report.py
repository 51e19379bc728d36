"""The scale benchmark's tables (``benchmarks/scale.py``): cost and quality per size, the
ratio against plain splink, and where the time went, stage by stage, with its growth.

A size's result is ``run.bench_dataset``'s ``{"name", "generation", "runs"}`` plus
``people``; each run is a worker record, or ``{"system", "error"}`` when it failed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.console import Console

from benchmarks._bench import report

Result = dict[str, Any]

#: The F1 columns: link type and header.
F1_COLUMNS = (
    ("contact-persona", "F1 c-p"),
    ("persona-persona", "F1 p-p"),
    ("contact-contact", "F1 c-c"),
    ("all", "F1 all"),
)
HEADERS = (
    "size",
    "system",
    "people",
    "contacts",
    "personas",
    "records",
    "pairs scored",
    "pairs/record",
    "wall s",
    "peak MiB",
    *(header for _, header in F1_COLUMNS),
)
_RATIO_LABEL = "socialid / splink"
#: The ratio the issue sets at 100k people (socialid's wall over plain splink's).
RATIO_TARGET = 1.5
_MIB = 2**20


def size_label(people: int) -> str:
    """A short name for a number of people.

    >>> size_label(10_000), size_label(1_000_000), size_label(2_500)
    ('10k', '1m', '2500')
    """
    for factor, suffix in ((1_000_000, "m"), (1_000, "k")):
        if people >= factor and people % factor == 0:
            return f"{people // factor}{suffix}"
    return str(people)


def _ok(runs: Sequence[Result]) -> dict[str, Result]:
    return {run["system"]: run for run in runs if "error" not in run}


def f1_by_type(run: Result) -> dict[str, float]:
    """The run's F1 per link type (and ``all``)."""
    return {m["link_type"]: float(m["f1"]) for m in run["metrics"]}


def _run_row(label: str, people: int, run: Result) -> list[str]:
    if "error" in run:
        return [
            label,
            run["system"],
            f"{people:,}",
            "failed (see below)",
            *[""] * (len(HEADERS) - 4),
        ]
    f1 = f1_by_type(run)
    records = run["records"]
    return [
        label,
        run["system"],
        f"{people:,}",
        f"{run.get('contacts', 0):,}",
        f"{run.get('personas', 0):,}",
        f"{records:,}",
        f"{run['pairs_scored']:,}",
        f"{run['pairs_scored'] / records:.1f}" if records else "–",
        f"{run['wall_seconds']:.1f}",
        f"{run['peak_mib']:,.0f}",
        *(f"{f1[kind]:.3f}" if kind in f1 else "–" for kind, _ in F1_COLUMNS),
    ]


def _ratio(a: float, b: float) -> str:
    return f"×{a / b:.2f}" if b else "–"


def _ratio_row(label: str, ours: Result, theirs: Result) -> list[str]:
    """socialid over splink: ratios of cost, differences of F1."""
    a, b = f1_by_type(ours), f1_by_type(theirs)
    return [
        label,
        _RATIO_LABEL,
        "",
        "",
        "",
        "",
        _ratio(ours["pairs_scored"], theirs["pairs_scored"]),
        "",
        _ratio(ours["wall_seconds"], theirs["wall_seconds"]),
        _ratio(ours["peak_mib"], theirs["peak_mib"]),
        *(f"{a[k] - b[k]:+.3f}" if k in a and k in b else "–" for k, _ in F1_COLUMNS),
    ]


def rows(results: Sequence[Result]) -> list[list[str]]:
    """The main table: per size, socialid's row, splink's and their ratio when both ran."""
    out = []
    for result in results:
        group = [_run_row("", result["people"], run) for run in result["runs"]]
        ok = _ok(result["runs"])
        if {"socialid", "splink"} <= set(ok):
            group.append(_ratio_row("", ok["socialid"], ok["splink"]))
        if group:
            group[0][0] = size_label(result["people"])
        out += group
    return out


def ratio_lines(results: Sequence[Result]) -> list[str]:
    """One labelled line per size where both systems ran: socialid's wall time over plain
    splink's, against the target, and the F1 of both."""
    lines = []
    for result in results:
        ok = _ok(result["runs"])
        if not {"socialid", "splink"} <= set(ok):
            continue
        ours, theirs = ok["socialid"], ok["splink"]
        ratio = ours["wall_seconds"] / theirs["wall_seconds"]
        f1_ours, f1_theirs = f1_by_type(ours)["all"], f1_by_type(theirs)["all"]
        verdict = "met" if ratio <= RATIO_TARGET and f1_ours > f1_theirs else "NOT met"
        parquet = ours["stage_seconds"].get("parquet")
        written = f", of which writing Parquet {parquet:.1f} s" if parquet is not None else ""
        lines.append(
            f"RATIO at {size_label(result['people'])} people: socialid {ours['wall_seconds']:.1f} s"
            f"{written} / plain splink {theirs['wall_seconds']:.1f} s = ×{ratio:.2f} "
            f"(target ≤ {RATIO_TARGET} with a higher F1: {verdict}); F1 all {f1_ours:.3f} vs "
            f"{f1_theirs:.3f} ({f1_ours - f1_theirs:+.3f})"
        )
    return lines


def stage_names(results: Sequence[Result]) -> list[str]:
    """Every stage seen, in the order first seen."""
    names: dict[str, None] = {}
    for result in results:
        for run in _ok(result["runs"]).values():
            names.update(dict.fromkeys(run["stage_seconds"]))
    return list(names)


def stage_rows(results: Sequence[Result]) -> tuple[list[str], list[list[str]]]:
    """Headers and rows of the stage table: per system, each size's seconds per stage, their
    sum, the rest of the wall time (loading the inputs, building the membership frame) and
    the Parquet written; after each size but its first a ``growth`` row: each stage's seconds
    over those at the system's previous size (the people grew by the factor shown)."""
    names = stage_names(results)
    headers = ["system", "size", *names, "stages", "load & other", "Parquet MiB"]
    by_system: dict[str, list[tuple[int, Result]]] = {}
    for result in results:
        for system, run in _ok(result["runs"]).items():
            by_system.setdefault(system, []).append((result["people"], run))
    out: list[list[str]] = []
    for system, runs in by_system.items():
        for i, (people, run) in enumerate(runs):
            seconds = run["stage_seconds"]
            written = run.get("parquet_bytes")
            out.append(
                [
                    "" if i else system,
                    size_label(people),
                    *(f"{seconds[n]:.1f}" if n in seconds else "" for n in names),
                    f"{sum(seconds.values()):.1f}",
                    f"{run['wall_seconds'] - sum(seconds.values()):.1f}",
                    f"{written / _MIB:,.1f}" if written is not None else "",
                ]
            )
            if i:
                out.append(_growth_row(names, runs[i - 1], (people, run)))
    return headers, out


def _growth_row(
    names: Sequence[str], before: tuple[int, Result], after: tuple[int, Result]
) -> list[str]:
    old, new = before[1]["stage_seconds"], after[1]["stage_seconds"]
    return [
        "",
        f"growth ×{after[0] / before[0]:g} people",
        *(_ratio(new[n], old[n]) if n in old and n in new else "" for n in names),
        _ratio(sum(new.values()), sum(old.values())),
        "",
        "",
    ]


def failures(results: Sequence[Result]) -> list[str]:
    """One line per failed run."""
    return [
        f"{size_label(result['people'])}: {line}"
        for result in results
        for line in report.failures(result)
    ]


def over_merges(results: Sequence[Result]) -> list[str]:
    """``report.over_merges`` for each size."""
    lines = [(size_label(r["people"]), report.over_merges(r)) for r in results]
    return [f"{label}: {line}" for label, line in lines if line]


MAIN_TITLE = (
    "scale: socialid end to end (load, resolve, write Parquet) per size; plain splink at the "
    "baseline sizes"
)
STAGE_TITLE = "stage seconds (growth: seconds over the same system's at the previous size)"


def render(results: Sequence[Result], console: Console | None = None) -> None:
    """Print the tables and their notes to the terminal."""
    out = console or report.table_console()
    out.print(report.table(MAIN_TITLE, HEADERS, rows(results)))
    for line in failures(results):
        out.print(line, style="red", highlight=False)
    for line in ratio_lines(results):
        out.print(line, style="bold", highlight=False)
    for line in over_merges(results):
        out.print(line, highlight=False)
    headers, body = stage_rows(results)
    if body:
        out.print(report.table(STAGE_TITLE, headers, body))


def markdown(results: Sequence[Result]) -> str:
    """The tables and notes as GitHub markdown."""
    headers, body = stage_rows(results)
    parts = [
        f"**{MAIN_TITLE}**",
        report.markdown_table(HEADERS, rows(results)),
        *failures(results),
        *ratio_lines(results),
        *over_merges(results),
    ]
    if body:
        parts += [f"**{STAGE_TITLE}**", report.markdown_table(headers, body)]
    return "\n\n".join(parts)
