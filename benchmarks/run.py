"""Benchmark socialid against a plain splink 5 baseline: quality, pairs scored, time, memory.

    python benchmarks/run.py --quick
    python benchmarks/run.py --datasets febrl3,historical_50k --repeat 3 --markdown --out r.json

Every (data set, system) runs in a fresh subprocess, so its peak memory is its own; see
benchmarks/README.md for what is measured and how the baseline is set up.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
from collections.abc import Mapping, Sequence
from dataclasses import asdict
from importlib.metadata import version
from pathlib import Path
from typing import Any

# Run as a script, this file's folder is on sys.path, not the repository root.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rich.console import Console

from benchmarks._bench import datasets, report
from benchmarks._bench.runner import run_median
from benchmarks._bench.systems import SYSTEMS
from socialid import ResolverSettings, __version__


def _names(text: str) -> list[str]:
    try:
        return datasets.check_names([n.strip() for n in text.split(",") if n.strip()])
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from err


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    which = parser.add_mutually_exclusive_group()
    which.add_argument(
        "--datasets",
        type=_names,
        default=list(datasets.DEFAULT),
        help=f"comma-separated, from: {', '.join(datasets.LOADERS)} "
        f"(default: all but {', '.join(datasets.LARGE)})",
    )
    which.add_argument(
        "--quick",
        action="store_const",
        dest="datasets",
        const=list(datasets.QUICK),
        help=f"only {', '.join(datasets.QUICK)}",
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="runs per system; the median wall time is reported (default: 1)",
    )
    parser.add_argument(
        "--markdown", action="store_true", help="also print the tables as GitHub markdown"
    )
    parser.add_argument("--out", type=Path, help="write every measurement to this JSON file")
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    return args


def bench_dataset(
    name: str,
    settings: dict[str, Any],
    repeat: int,
    log: Console,
    systems: Mapping[str, Sequence[str]] | None = None,
    timeout: float | None = None,
) -> dict[str, Any]:
    """Prepare one data set, then run the systems on it back to back.

    ``systems`` maps each system to run to its extra worker flags (default: every system,
    none); ``timeout`` kills a run after that many seconds (``runner.run_once``).
    """
    chosen = {s: () for s in SYSTEMS} if systems is None else systems
    try:
        generation = datasets.prepare(name)
    except (ImportError, OSError, ValueError) as err:
        message = f"{type(err).__name__}: {err}"
        return {
            "name": name,
            "generation": None,
            "runs": [{"dataset": name, "system": s, "error": message} for s in chosen],
        }
    runs = []
    for system, options in chosen.items():
        log.print(f"[dim]{name}: running {system} ({repeat}×)…[/dim]")
        runs.append(run_median(name, system, settings, repeat, options, timeout))
    return {"name": name, "generation": asdict(generation) if generation else None, "runs": runs}


def environment() -> dict[str, Any]:
    """What the numbers were measured on."""
    return {
        "python": platform.python_version(),
        "machine": platform.machine(),
        "cpus": os.cpu_count(),
        "socialid": __version__,
        "splink": version("splink"),
        "duckdb": version("duckdb"),
    }


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; exit status 1 if any run failed."""
    args = parse_args(argv)
    out, log = report.table_console(), Console(stderr=True)
    settings = ResolverSettings().to_dict()
    results = []
    for name in args.datasets:
        result = bench_dataset(name, settings, args.repeat, log)
        report.render(result, out)
        results.append(result)
    if args.markdown:
        print("\n\n".join(report.markdown(r) for r in results))
    if args.out:
        payload = {
            "environment": environment(),
            "settings": settings,
            "repeat": args.repeat,
            "datasets": results,
        }
        args.out.write_text(json.dumps(payload, indent=2), encoding="utf-8")
    failed = any("error" in run for r in results for run in r["runs"])
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
