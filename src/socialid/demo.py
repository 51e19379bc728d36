"""The demo data shipped inside the package: about 1,000 generated people.

>>> contacts, personas = demo_paths()
>>> contacts.name, personas.name
('contacts.csv', 'personas.csv')
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

__all__ = ["demo_paths", "demo_truth_path"]


def _demo_file(name: str) -> Path:
    return Path(str(files("socialid").joinpath("data").joinpath("demo").joinpath(name)))


def demo_paths() -> tuple[Path, Path]:
    """Paths of the bundled demo contacts and personas CSV files."""
    return _demo_file("contacts.csv"), _demo_file("personas.csv")


def demo_truth_path() -> Path:
    """Path of the demo ground truth: ``source``, ``record_id``, ``person_id``."""
    return _demo_file("truth.csv")
