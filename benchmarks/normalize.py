"""How fast the normalize stage is, alone and as a share of a whole run.

Normalizes generated contacts + personas (about 1,000,000 records by default) with the
pipeline's own ingest and normalize stages, in a fresh process so the peak memory is this
stage's own, and prints records per second, peak memory, how many distinct values each
normalizer answered in SQL and in Python, and the normalize stage's share of a whole
``socialid.resolve`` run on a smaller generated data set.

    python -m benchmarks.normalize                    # ~1M records (430,000 people)
    python -m benchmarks.normalize --people 20000     # a quick look
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from typing import Any

from benchmarks._bench.datasets import REPO_ROOT, ensure_generated, generated_dir
from benchmarks._bench.worker import peak_mib

#: People drawn for the default run: about 2.3 records each, so about 1,000,000 records.
DEFAULT_PEOPLE = 430_000


def measure(people: int, seed: int) -> dict[str, Any]:
    """Ingest and normalize one generated data set in this process; return the figures."""
    import duckdb

    from socialid._internal.features import build_features
    from socialid._internal.ingest import ingest
    from socialid._internal.schema import Source
    from socialid.settings import ResolverSettings

    folder = generated_dir(people, seed)
    con = duckdb.connect()
    start = time.perf_counter()
    sources: tuple[Source, ...] = ("contact", "persona")
    tables = {s: ingest(con, s, str(folder / f"{s}s.parquet")) for s in sources}
    ingested = time.perf_counter()
    stats = build_features(con, tables, ResolverSettings().default_region)
    done = time.perf_counter()
    return {
        "records": sum(t.n_rows for t in tables.values()),
        "ingest_s": ingested - start,
        "normalize_s": done - ingested,
        "peak_mib": peak_mib(),
        "rejected": stats.n_rejected,
        "batches": [
            {"name": b.table.removeprefix("_f_"), "sql": b.sql_rows, "python": b.python_rows}
            for b in stats.batches
        ],
    }


def end_to_end_share(people: int, seed: int) -> dict[str, Any]:
    """Stage timings of a whole resolve run on a generated data set."""
    import socialid

    folder = generated_dir(people, seed)
    result = socialid.resolve(
        contacts=str(folder / "contacts.parquet"), personas=str(folder / "personas.parquet")
    )
    stages = result.stats.stage_seconds
    return {"records": result.stats.n_contacts + result.stats.n_personas, "stages": stages}


def _in_subprocess(kind: str, people: int, seed: int) -> dict[str, Any]:
    cmd = [sys.executable, "-m", "benchmarks.normalize", "--worker", kind,
           "--people", str(people), "--seed", str(seed)]
    proc = subprocess.run(cmd, cwd=REPO_ROOT, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"{kind} run failed:\n{proc.stderr[-2000:]}")
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=DEFAULT_PEOPLE)
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--e2e-people", type=int, default=10_000,
                        help="people in the whole-run data set for the stage share")
    parser.add_argument("--e2e-seed", type=int, default=2)
    parser.add_argument("--worker", choices=["normalize", "e2e"], help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker == "normalize":
        print(json.dumps(measure(args.people, args.seed)))
        return 0
    if args.worker == "e2e":
        print(json.dumps(end_to_end_share(args.people, args.seed)))
        return 0

    for people, seed in ((args.people, args.seed), (args.e2e_people, args.e2e_seed)):
        gen = ensure_generated(people, seed)
        print(f"generated {people:,} people (seed {seed}): "
              f"{'cached' if gen.cached else f'{gen.seconds:.0f} s'}")
    norm = _in_subprocess("normalize", args.people, args.seed)
    e2e = _in_subprocess("e2e", args.e2e_people, args.e2e_seed)

    rate = norm["records"] / norm["normalize_s"]
    print(f"\nnormalize stage, {norm['records']:,} records ({args.people:,} people)")
    print(f"{'ingest':<28}{norm['ingest_s']:>9.1f} s")
    print(f"{'normalize':<28}{norm['normalize_s']:>9.1f} s  {rate:>10,.0f} records/s")
    print(f"{'peak memory':<28}{norm['peak_mib']:>9,.0f} MiB")
    print(f"{'values rejected':<28}{norm['rejected']:>9,}")
    print(f"\n{'lookup':<16}{'distinct':>10}{'in SQL':>10}{'in Python':>11}")
    for b in norm["batches"]:
        total = b["sql"] + b["python"]
        share = b["sql"] / total if total else 1.0
        print(f"{b['name']:<16}{total:>10,}{share:>10.0%}{b['python']:>11,}")
    stages = e2e["stages"]
    total_s = sum(stages.values())
    print(f"\nwhole run on {e2e['records']:,} records ({args.e2e_people:,} people): "
          f"{total_s:.1f} s")
    for name, seconds in stages.items():
        print(f"  {name:<12}{seconds:>7.1f} s  {seconds / total_s:>5.0%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
