"""The benchmark tables: one per data set, as a rich table or GitHub markdown.

A data set's result is ``{"name", "generation", "runs"}``: ``generation`` is ``None`` or
``{"seconds", "cached"}``; each run is a worker record, or ``{"system", "error"}`` when the
run failed. Rows are system × link type, then one ``socialid / splink`` row comparing the two
systems on the headline link type (``all``, or ``contact-contact`` for contacts alone).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.console import Console
from rich.table import Table

HEADERS = (
    "system",
    "link type",
    "records",
    "pairs scored",
    "true pairs",
    "predicted pairs",
    "precision",
    "recall",
    "F1",
    "wall s",
    "peak MiB",
)
_RATIO_LABEL = "socialid / splink"

Result = dict[str, Any]
_PIPE_WIDTH = 160


def _run_rows(run: Result) -> list[list[str]]:
    if "error" in run:
        return [[run["system"], "failed (see below)", *[""] * (len(HEADERS) - 2)]]
    rows = []
    for i, m in enumerate(run["metrics"]):
        first = i == 0
        rows.append(
            [
                run["system"] if first else "",
                m["link_type"],
                f"{run['records']:,}" if first else "",
                f"{run['pairs_scored']:,}" if first else "",
                f"{m['true_pairs']:,}",
                f"{m['predicted_pairs']:,}",
                f"{m['precision']:.3f}",
                f"{m['recall']:.3f}",
                f"{m['f1']:.3f}",
                f"{run['wall_seconds']:.1f}" if first else "",
                f"{run['peak_mib']:,.0f}" if first else "",
            ]
        )
    return rows


def _ratio_row(ours: Result, theirs: Result) -> list[str]:
    """socialid against splink: ratios of cost, differences of quality, on the headline type."""
    a, b = ours["metrics"][-1], theirs["metrics"][-1]

    def ratio(key: str) -> str:
        return f"×{ours[key] / theirs[key]:.2f}" if theirs[key] else "–"

    def delta(key: str) -> str:
        return f"{a[key] - b[key]:+.3f}"

    return [
        _RATIO_LABEL,
        a["link_type"],
        "",
        ratio("pairs_scored"),
        "",
        "",
        delta("precision"),
        delta("recall"),
        delta("f1"),
        ratio("wall_seconds"),
        ratio("peak_mib"),
    ]


def rows(result: Result) -> list[list[str]]:
    """The table's rows, as text."""
    out = [row for run in result["runs"] for row in _run_rows(run)]
    by_system = {run["system"]: run for run in result["runs"] if "error" not in run}
    if {"socialid", "splink"} <= set(by_system):
        out.append(_ratio_row(by_system["socialid"], by_system["splink"]))
    return out


def caption(result: Result) -> str:
    """What the table is about: the data set, its size and how long generating it took."""
    sizes = {run["records"] for run in result["runs"] if "records" in run}
    text = str(result["name"]) + (f": {sizes.pop():,} records" if len(sizes) == 1 else "")
    generation = result.get("generation")
    if generation:
        state = "cached" if generation["cached"] else "fresh"
        text += f" (generated in {generation['seconds']:.1f} s, {state}; not in wall s)"
    return text


def failures(result: Result) -> list[str]:
    """One line per failed run: the system and its error."""
    return [f"{run['system']} failed: {run['error']}" for run in result["runs"] if "error" in run]


#: The share of profiles mixing two true people the merge aims to stay under.
MIXED_TARGET = 0.005


def _share(part: int, whole: int) -> str:
    return f"{part / whole:.2%}" if whole else "–"


def over_merges(result: Result) -> str:
    """Per system, on one line: profiles mixing true people and people split over profiles."""
    parts = []
    for run in result["runs"]:
        counts = run.get("over_merge")
        if counts is None:
            continue
        mixed, profiles = counts["mixed_profiles"], counts["profiles"]
        split, several = counts["split_people"], counts["people_with_several_records"]
        parts.append(
            f"{run['system']}: {mixed:,} of {profiles:,} profiles mix true people "
            f"({_share(mixed, profiles)}), {split:,} of {several:,} people with several "
            f"records split over profiles ({_share(split, several)})"
        )
    if not parts:
        return ""
    return f"over-merge (target ≤ {MIXED_TARGET:.1%} mixed) — " + "; ".join(parts)


def blocking(result: Result) -> str:
    """socialid's blocking recall against the truth (``socialid.blocking_report``)."""
    return "; ".join(
        f"{run['system']} {run['blocking']['summary']}"
        for run in result["runs"]
        if "blocking" in run
    )


def timings(result: Result) -> str:
    """Where each system's time went, stage by stage, on one line."""
    parts = [
        f"{run['system']}: "
        + ", ".join(f"{name} {sec:.1f}" for name, sec in run["stage_seconds"].items())
        for run in result["runs"]
        if "error" not in run
    ]
    return "stage seconds — " + "; ".join(parts) if parts else ""


def table_console() -> Console:
    """A console for the tables: the terminal's width, or wide enough when piped."""
    terminal = Console()
    return terminal if terminal.is_terminal else Console(width=_PIPE_WIDTH)


def table(title: str, headers: Sequence[str], body: Sequence[Sequence[str]]) -> Table:
    """A rich table: the first two columns left-aligned, the rest right-aligned; a row whose
    first cell is not empty starts a new section."""
    out = Table(title=title, title_justify="left")
    for i, header in enumerate(headers):
        out.add_column(header, justify="left" if i < 2 else "right")
    for row, following in zip(body, [*body[1:], None], strict=True):
        out.add_row(*row, end_section=following is not None and following[0] != "")
    return out


def markdown_table(headers: Sequence[str], body: Sequence[Sequence[str]]) -> str:
    """The same table as GitHub markdown."""
    lines = [
        "| " + " | ".join(headers) + " |",
        "|" + "|".join(":--" if i < 2 else "--:" for i in range(len(headers))) + "|",
    ]
    return "\n".join(lines + ["| " + " | ".join(row) + " |" for row in body])


def render(result: Result, console: Console | None = None) -> None:
    """Print one data set's table to the terminal."""
    out = console or table_console()
    out.print(table(caption(result), HEADERS, rows(result)))
    for line in failures(result):
        out.print(line, style="red", highlight=False)
    out.print(over_merges(result), highlight=False)
    out.print(blocking(result), highlight=False)
    out.print(timings(result), style="dim", highlight=False)


def markdown(result: Result) -> str:
    """One data set's table as GitHub markdown, under a heading."""
    return "\n\n".join(
        [f"**{caption(result)}**", markdown_table(HEADERS, rows(result)), *failures(result),
         over_merges(result), blocking(result), timings(result)]
    )
