"""The demo data shipped inside the package: about 1,000 generated people.

>>> contacts, personas = demo_paths()
>>> contacts.name, personas.name
('contacts.csv', 'personas.csv')
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

__all__ = ["demo_paths", "demo_truth_path", "package_file"]


def package_file(*parts: str) -> Path:
    """A data file shipped inside the package, e.g. ``package_file("demo", "truth.csv")``."""
    resource = files("socialid").joinpath("data")
    for part in parts:
        resource = resource.joinpath(part)
    return Path(str(resource))


def demo_paths() -> tuple[Path, Path]:
    """Paths of the bundled demo contacts and personas CSV files."""
    return package_file("demo", "contacts.csv"), package_file("demo", "personas.csv")


def demo_truth_path() -> Path:
    """Path of the demo ground truth: ``source``, ``record_id``, ``person_id``."""
    return package_file("demo", "truth.csv")
