"""One real run of the whole pipeline on the bundled demo data, shared by the tests."""

from __future__ import annotations

import pandas as pd
import pytest

import socialid


@pytest.fixture(scope="session")
def demo_result() -> socialid.ResolveResult:
    contacts, personas = socialid.demo_paths()
    return socialid.resolve(contacts=contacts, personas=personas, progress=False)


@pytest.fixture(scope="session")
def demo_truth() -> pd.DataFrame:
    return pd.read_csv(socialid.demo_truth_path(), dtype=str)
