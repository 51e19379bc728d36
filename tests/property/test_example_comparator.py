"""The user comparator of ``examples/employer_domain.py``: its SQL and Python paths agree."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import duckdb
from hypothesis import given
from hypothesis import strategies as st

from socialid.comparators import Comparison, check_comparator

_PATH = Path(__file__).resolve().parents[2] / "examples" / "employer_domain.py"
_spec = importlib.util.spec_from_file_location("employer_domain_example", _PATH)
assert _spec is not None and _spec.loader is not None
_example = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_example)
COMPARATOR: Comparison = check_comparator(_example.EMPLOYER_DOMAIN)

_DOMAINS = st.none() | st.lists(st.sampled_from(["acme.com", "acme.de", "initech.io"]),
                                min_size=1, max_size=2, unique=True)
_con = duckdb.connect()


def _sql_level(left: dict[str, Any], right: dict[str, Any]) -> int:
    cases = " ".join(f"WHEN {lvl.sql} THEN {i}" for i, lvl in enumerate(COMPARATOR.levels))
    columns = {f"{c}_{side}": record[c] for c in COMPARATOR.columns
               for side, record in (("l", left), ("r", right))}
    row = _con.execute(
        f"SELECT CASE {cases} ELSE {len(COMPARATOR.levels)} END FROM (SELECT "
        + ", ".join(f"${name}::VARCHAR[] AS {name}" for name in columns) + ")",
        columns,
    ).fetchall()
    return int(row[0][0])


@given(_DOMAINS, _DOMAINS)
def test_sql_and_python_paths_agree(left: list[str] | None, right: list[str] | None) -> None:
    a, b = {"email_domains": left}, {"email_domains": right}
    assert COMPARATOR.level_of(a, b) == _sql_level(a, b) == COMPARATOR.level_of(b, a)
