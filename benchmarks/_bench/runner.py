"""Run the worker in fresh subprocesses, one per (data set, system, repeat)."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from collections.abc import Sequence
from typing import Any

from benchmarks._bench.datasets import REPO_ROOT

_MAX_ERROR_CHARS = 300


def _env() -> dict[str, str]:
    """This environment, with the repository root importable (for ``benchmarks``)."""
    env = dict(os.environ)
    paths = [str(REPO_ROOT), *filter(None, env.get("PYTHONPATH", "").split(os.pathsep))]
    env["PYTHONPATH"] = os.pathsep.join(paths)
    return env


def _record(proc: subprocess.CompletedProcess[str], dataset: str, system: str) -> dict[str, Any]:
    """The worker's JSON line (a measurement or an error), or an error from its stderr when
    it died without writing one."""
    lines = proc.stdout.strip().splitlines()
    if lines and lines[-1].startswith("{"):
        record: dict[str, Any] = json.loads(lines[-1])
        return record
    errors = [line.strip() for line in proc.stderr.splitlines() if line.strip()]
    error = errors[-1] if errors else f"the worker exited with status {proc.returncode}"
    return {"dataset": dataset, "system": system, "error": error}


def run_once(
    dataset: str,
    system: str,
    settings: dict[str, Any],
    options: Sequence[str] = (),
    timeout: float | None = None,
) -> dict[str, Any]:
    """One worker run: its record, with ``error`` (one line, short) if it failed.

    ``options`` are more worker flags (``--parquet``, ``--no-blocking``); a run still going
    after ``timeout`` seconds is killed and reported as an error.
    """
    command = [sys.executable, "-m", "benchmarks._bench.worker", "--dataset", dataset,
               "--system", system, "--settings", json.dumps(settings), "--json", *options]
    try:
        proc = subprocess.run(
            command, cwd=REPO_ROOT, env=_env(), capture_output=True, text=True, check=False,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return {"dataset": dataset, "system": system,
                "error": f"timed out after {timeout:g} s (killed)"}
    record = _record(proc, dataset, system)
    if "error" in record:
        record["error"] = record["error"].replace("|", "/")[:_MAX_ERROR_CHARS]
    return record


def run_median(
    dataset: str,
    system: str,
    settings: dict[str, Any],
    repeat: int,
    options: Sequence[str] = (),
    timeout: float | None = None,
) -> dict[str, Any]:
    """``repeat`` runs: the first run's record with the median wall time and the largest peak
    memory; stops at the first failure. ``options`` and ``timeout`` as in ``run_once``."""
    runs = []
    for _ in range(repeat):
        run = run_once(dataset, system, settings, options, timeout)
        if "error" in run:
            return run
        runs.append(run)
    walls = [r["wall_seconds"] for r in runs]
    return {
        **runs[0],
        "wall_seconds": statistics.median(walls),
        "wall_seconds_runs": walls,
        "peak_mib": max(r["peak_mib"] for r in runs),
    }
