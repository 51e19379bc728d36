"""How socialid's cost grows with the input: 10k, 100k and 1M people, end to end.

    python -m benchmarks.scale                              # 10k, 100k, 1m; splink at 10k, 100k
    python -m benchmarks.scale --sizes 10k,100k --markdown --out scale.json
    python -m benchmarks.scale --sizes 1m --baseline-sizes '' --timeout 2400

Each size is a generated data set (``datasets.GENERATED``); socialid runs in a fresh worker
process, timed from loading the inputs to writing its output tables as Parquet. At the
baseline sizes plain splink runs right after it, and the ratio of their wall times is printed.
See benchmarks/README.md ("Scale").
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

# Run as a script, this file's folder is on sys.path, not the repository root.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rich.console import Console

from benchmarks._bench import datasets, report, scale_report
from benchmarks._bench.systems import MEMORY_LIMIT_ENV, TEMP_DIR_ENV

DEFAULT_SIZES = "10k,100k,1m"
DEFAULT_BASELINE_SIZES = "10k,100k"
#: Worker flags per system: socialid writes its output as Parquet inside the timed region
#: and skips the blocking report (a second ingest and blocking pass, after the clock).
SOCIALID_OPTIONS = ("--parquet", "--no-blocking")
SPLINK_OPTIONS = ("--no-blocking",)
_SUFFIXES = {"k": 1_000, "m": 1_000_000}


def parse_people(text: str) -> int:
    """A number of people written as ``10k``, ``1m`` or ``2500``.

    >>> parse_people("10k"), parse_people("1M"), parse_people("2500")
    (10000, 1000000, 2500)
    """
    text = text.strip().lower()
    factor = _SUFFIXES.get(text[-1:], 1)
    digits = text[:-1] if text[-1:] in _SUFFIXES else text
    if not digits.isdigit() or int(digits) == 0:
        raise ValueError(f"not a size: {text!r} (write it like 10k, 100k or 1m)")
    return int(digits) * factor


def dataset_for(people: int) -> str:
    """The generated data set with that many people.

    >>> dataset_for(100_000)
    'generated-100k'
    """
    names = [name for name, (n, _) in datasets.GENERATED.items() if n == people]
    if not names:
        known = ", ".join(scale_report.size_label(n) for n, _ in datasets.GENERATED.values())
        raise ValueError(f"no generated data set of {people:,} people; known sizes: {known}")
    return names[0]


def parse_sizes(text: str) -> list[int]:
    """Comma-separated sizes, each a generated data set's, in increasing order, once each;
    an empty text is no size.

    >>> parse_sizes("100k,10k,10k")
    [10000, 100000]
    """
    sizes = sorted({parse_people(part) for part in text.split(",") if part.strip()})
    for people in sizes:
        dataset_for(people)
    return sizes


def _sizes(text: str) -> list[int]:
    try:
        return parse_sizes(text)
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from err


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes",
        type=_sizes,
        default=parse_sizes(DEFAULT_SIZES),
        help=f"people per run, comma-separated (default: {DEFAULT_SIZES})",
    )
    parser.add_argument(
        "--baseline-sizes",
        type=_sizes,
        default=parse_sizes(DEFAULT_BASELINE_SIZES),
        help="of those sizes, where plain splink also runs, right after socialid "
        f"(default: {DEFAULT_BASELINE_SIZES}; '' for none)",
    )
    parser.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="runs per system and size; the median wall time is reported (default: 1)",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        help="kill a run still going after this many seconds and report it as failed",
    )
    parser.add_argument(
        "--markdown", action="store_true", help="also print the tables as GitHub markdown"
    )
    parser.add_argument("--out", type=Path, help="write every measurement to this JSON file")
    parser.add_argument(
        "--memory-limit",
        help="socialid's DuckDB memory limit, e.g. 6GB (it spills beyond it; default: "
        "DuckDB's, 80%% of the machine's memory)",
    )
    parser.add_argument("--temp-dir", help="where socialid's DuckDB spills")
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    if args.timeout is not None and args.timeout <= 0:
        parser.error("--timeout must be positive")
    return args


def systems_at(people: int, baseline_sizes: list[int]) -> dict[str, tuple[str, ...]]:
    """The systems to run at a size, in order, with their worker flags.

    >>> list(systems_at(10_000, [10_000])), list(systems_at(10_000, []))
    (['socialid', 'splink'], ['socialid'])
    """
    systems: dict[str, tuple[str, ...]] = {"socialid": SOCIALID_OPTIONS}
    if people in baseline_sizes:
        systems["splink"] = SPLINK_OPTIONS
    return systems


def main(argv: list[str] | None = None) -> int:
    """Run the sizes; exit status 1 if any run failed."""
    from benchmarks.run import bench_dataset, environment
    from socialid import ResolverSettings

    args = parse_args(argv)
    for variable, value in ((MEMORY_LIMIT_ENV, args.memory_limit), (TEMP_DIR_ENV, args.temp_dir)):
        if value:
            os.environ[variable] = value  # the workers inherit it
    log = Console(stderr=True)
    settings = ResolverSettings().to_dict()
    results: list[dict[str, Any]] = []
    payload = {
        "environment": environment(),
        "settings": settings,
        "repeat": args.repeat,
        "timeout": args.timeout,
        "memory_limit": args.memory_limit,
        "sizes": results,
    }
    for people in args.sizes:
        name = dataset_for(people)
        if not (datasets.generated_dir(*datasets.GENERATED[name]) / "meta.json").is_file():
            log.print(f"[dim]{name}: generating it first (cached; not timed)…[/dim]")
        systems = systems_at(people, args.baseline_sizes)
        result = bench_dataset(name, settings, args.repeat, log, systems, args.timeout)
        results.append({**result, "people": people})
        for run in result["runs"]:
            done = run.get("error") or f"{run['wall_seconds']:.1f} s, {run['peak_mib']:,.0f} MiB"
            log.print(f"[dim]{name}: {run['system']}: {done}[/dim]", highlight=False)
        if args.out:  # after every size, so a long run interrupted keeps what it measured
            args.out.write_text(json.dumps(payload, indent=2), encoding="utf-8")
    scale_report.render(results, report.table_console())
    if args.markdown:
        print(scale_report.markdown(results))
    failed = any("error" in run for r in results for run in r["runs"])
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
