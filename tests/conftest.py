"""Shared test fixtures; puts the repository root on sys.path so ``benchmarks`` imports."""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@pytest.fixture
def tiny_contacts() -> pd.DataFrame:
    """Four CRM contacts, two of them the same person."""
    return pd.DataFrame(
        {
            "Contact ID": ["c1", "c2", "c3", "c4"],
            "First Name": ["Robert", "Bob", "Maria", "Chen"],
            "Last Name": ["Taylor", "Taylor", "García", "Wei"],
            "Email Address": ["rob.taylor@gmail.com", "robtaylor+crm@gmail.com",
                              "maria@garcia.es", None],
            "Mobile Phone": ["+1 415 555 0134", None, "+34 612 345 678", "not a phone"],
            "Country": ["US", "USA", "Spain", "China"],
        }
    )
