"""The company SQL fast path agrees with normalize_company on every input it answers."""

from __future__ import annotations

import duckdb
import pyarrow as pa
from fast_paths import fast_path_lookup
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from socialid._internal.normalize.company import LEGAL_FORMS, normalize_company
from socialid._internal.normalize.company_sql import companies_sql

BATCH_SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)

WORD = st.one_of(
    st.from_regex(r"[A-Za-z][a-z]{0,7}|[A-Z]{1,4}|[0-9]{1,3}", fullmatch=True),
    st.sampled_from(sorted(LEGAL_FORMS)).map(str.title),
    st.sampled_from(["&", "-", ".", "Inc.", "Co.", "S.A.", "A.B.", "'s", "`x", "^y", "x&y"]),
)
# CRM spellings of company names: printable ASCII, all answered in SQL.
NAME = st.builds(
    "{}{}{}".format,
    st.sampled_from(["", " ", "  "]),
    st.lists(WORD, max_size=5).map(" ".join),
    st.sampled_from(["", ",", " ", ".", " ,"]),
)
CASES = [
    "ACME, Inc.",
    "Müller GmbH & Co. KG",
    "Bigot & Gay",
    "Co",
    "Acme Co & Co",
    "O'Reilly Media",
    "`Quoted` ^Carets^",
    "a.b.c Ltd",
    "...",
    "",
    " ",
    "Ünïcode Ltd.",
    "株式会社 Acme",
]


def lookup(values: list[str]) -> dict[str, str | None]:
    return fast_path_lookup(values, normalize_company, companies_sql)


def test_known_cases_agree() -> None:
    assert lookup(CASES) == {c: normalize_company(c) for c in CASES}


@BATCH_SETTINGS
@given(st.lists(NAME | st.text(max_size=30), min_size=1, max_size=30))
def test_fast_path_agrees_with_the_scalar(values: list[str]) -> None:
    assert lookup(values) == {v: normalize_company(v) for v in values}


@BATCH_SETTINGS
@given(st.lists(NAME, min_size=1, max_size=30))
def test_fast_path_answers_ascii_names(values: list[str]) -> None:
    con = duckdb.connect()
    con.register("v", pa.table({"value": pa.array(values, pa.string())}))
    sql = companies_sql("(SELECT DISTINCT value FROM v)")
    assert {row[0] for row in con.execute(sql).fetchall()} == set(values)
