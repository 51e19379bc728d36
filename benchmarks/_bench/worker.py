"""Run one system on one data set and report what it found, how long it took and its memory.

Run as ``python -m benchmarks._bench.worker --dataset X --system Y --json``: one fresh process
per run, so the peak resident memory is that run's own. Only the system's own module (and so
its library) is imported before the run. The wall time covers loading the data set and
resolving it; generating a data set is done (and cached) before the clock starts, and scoring
against the truth after the peak memory has been read. ``--parquet`` (benchmarks/scale.py)
also times writing the output tables as Parquet.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import Any

import pandas as pd

from benchmarks._bench import datasets
from benchmarks._bench.systems import SYSTEMS, Settings, load_system, stage


def default_settings() -> Settings:
    """socialid's default settings (importing socialid: run.py passes them instead)."""
    from socialid import ResolverSettings

    settings: Settings = ResolverSettings().to_dict()
    return settings


def peak_mib() -> float:
    """This process's peak resident memory, in MiB.

    On Linux it is ``VmHWM``, the high-water mark of this process's own memory:
    ``ru_maxrss`` survives ``exec`` and so would include run.py's memory at the fork.
    Elsewhere it is ``ru_maxrss`` (bytes on macOS, KiB on other systems).
    """
    status = Path("/proc/self/status")
    if status.is_file():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    unit = 1 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * unit / 2**20


def over_merge(membership: pd.DataFrame, truth: pd.DataFrame) -> dict[str, int]:
    """Profiles that mix records of several true people, and true people whose records are
    spread over several profiles (of the people with more than one record).

    >>> m = pd.DataFrame({"source": ["contact"] * 3, "record_id": ["1", "2", "3"],
    ...                   "profile_id": ["a", "a", "b"]})
    >>> t = pd.DataFrame({"source": ["contact"] * 3, "record_id": ["1", "2", "3"],
    ...                   "person_id": ["x", "y", "y"]})
    >>> over_merge(m, t)
    {'profiles': 2, 'mixed_profiles': 1, 'people_with_several_records': 1, 'split_people': 1}
    """
    joined = membership.astype({"record_id": str}).merge(truth, on=["source", "record_id"])
    people_per_profile = joined.groupby("profile_id")["person_id"].nunique()
    profiles_per_person = joined.groupby("person_id")["profile_id"].nunique()
    return {
        "profiles": len(people_per_profile),
        "mixed_profiles": int((people_per_profile > 1).sum()),
        "people_with_several_records": int((joined.groupby("person_id").size() > 1).sum()),
        "split_people": int((profiles_per_person > 1).sum()),
    }


def measure(
    dataset: str,
    system: str,
    settings: Settings,
    *,
    parquet: bool = False,
    blocking: bool = True,
) -> dict[str, Any]:
    """Load, resolve and score one (data set, system); return a JSON-ready record.

    With ``parquet`` the system also writes its output tables as Parquet files into a
    temporary folder inside the timed region (stage ``parquet``; the files' total size is
    ``parquet_bytes``); ``blocking`` adds socialid's blocking report after the clock.
    """
    run = load_system(system)
    datasets.prepare(dataset)
    with tempfile.TemporaryDirectory(prefix="socialid-bench-") as out_dir:
        start = time.perf_counter()
        data = datasets.load(dataset)
        output = run(data, settings)
        if parquet:
            if output.save is None:
                raise ValueError(f"{system} cannot write its output as Parquet")
            with stage(output.stage_seconds, "parquet"):
                output.save(Path(out_dir))
        wall = time.perf_counter() - start
        peak = peak_mib()
        written = sum(f.stat().st_size for f in Path(out_dir).iterdir()) if parquet else None

    from socialid.evaluation import evaluate  # after the peak: scoring is no system's cost

    metrics = evaluate(output.membership, data.truth)
    if data.link_types is not None:
        metrics = metrics[metrics["link_type"].isin(data.link_types)]
    extra: dict[str, Any] = {} if written is None else {"parquet_bytes": written}
    if blocking and system == "socialid":  # after the peak and the clock, as scoring is
        from benchmarks._bench.socialid_system import blocking as blocking_recall

        extra["blocking"] = blocking_recall(data, settings)
    return {
        "dataset": dataset,
        "system": system,
        "records": data.n_records,
        "contacts": 0 if data.contacts is None else len(data.contacts),
        "personas": 0 if data.personas is None else len(data.personas),
        "pairs_scored": output.pairs_scored,
        "wall_seconds": wall,
        "stage_seconds": output.stage_seconds,
        "peak_mib": peak,
        "metrics": metrics.to_dict(orient="records"),
        "over_merge": over_merge(output.membership, data.truth),
        **extra,
    }


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; with ``--json`` a failure is a JSON record too (exit 1)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dataset", required=True, choices=list(datasets.LOADERS))
    parser.add_argument("--system", required=True, choices=list(SYSTEMS))
    parser.add_argument("--settings", type=json.loads,
                        help="ResolverSettings as JSON (default: socialid's defaults)")
    parser.add_argument("--json", action="store_true", help="print one JSON line")
    parser.add_argument("--parquet", action="store_true",
                        help="write the output tables as Parquet (timed, into a temp folder)")
    parser.add_argument("--no-blocking", dest="blocking", action="store_false",
                        help="skip socialid's blocking report (run after the clock)")
    args = parser.parse_args(argv)
    settings = args.settings or default_settings()
    options = {"parquet": args.parquet, "blocking": args.blocking}
    if not args.json:
        from benchmarks._bench.report import render

        render({"name": args.dataset, "generation": None,
                "runs": [measure(args.dataset, args.system, settings, **options)]})
        return 0
    try:
        record = measure(args.dataset, args.system, settings, **options)
    except Exception as err:
        traceback.print_exc(file=sys.stderr)
        message = str(err).strip().splitlines()[0] if str(err).strip() else ""
        error = f"{type(err).__name__}: {message}"
        print(json.dumps({"dataset": args.dataset, "system": args.system, "error": error}))
        return 1
    print(json.dumps(record))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
