from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa
import pytest

from socialid._internal.ingest import ingest
from socialid.errors import InputError, SourceError


@pytest.fixture
def con() -> duckdb.DuckDBPyConnection:
    return duckdb.connect()


def _rows(con: duckdb.DuckDBPyConnection, table: str) -> list[tuple[object, ...]]:
    return con.sql(f"SELECT record_id, first_name, email, phone FROM {table} "
                   "ORDER BY row_number").fetchall()


def test_dataframe_is_mapped_to_the_canonical_schema(
    con: duckdb.DuckDBPyConnection, tiny_contacts: pd.DataFrame
) -> None:
    t = ingest(con, "contact", tiny_contacts)
    assert t.n_rows == 4
    assert _rows(con, t.table)[0] == ("c1", "Robert", ["rob.taylor@gmail.com"],
                                      ["+1 415 555 0134"])
    assert _rows(con, t.table)[3][2] == []


def test_csv_keeps_leading_zeros_and_multi_valued_columns(
    con: duckdb.DuckDBPyConnection, tmp_path: Path
) -> None:
    path = tmp_path / "contacts.csv"
    path.write_text("id,Email,Email 2,Phone\n007,a@x.com,b@y.com,0207 946 0000\n")
    t = ingest(con, "contact", path)
    assert _rows(con, t.table) == [("007", None, ["a@x.com", "b@y.com"], ["0207 946 0000"])]


def test_arrow_parquet_and_duckdb_relation_inputs(
    con: duckdb.DuckDBPyConnection, tmp_path: Path
) -> None:
    table = pa.table({"persona_id": ["p1"], "username": ["@Jane"]})
    assert ingest(con, "persona", table).n_rows == 1
    pq = tmp_path / "p.parquet"
    pd.DataFrame({"id": [1, 2], "handle": ["a", "b"]}).to_parquet(pq)
    assert ingest(con, "persona", pq).n_rows == 2
    rel = con.sql("SELECT 'p9' AS id, 'bob' AS handle")
    assert ingest(con, "persona", rel).n_rows == 1
    user = duckdb.connect()
    user.execute("CREATE TABLE my_personas AS SELECT 'p7' AS id")
    assert ingest(con, "persona", "my_personas", tables=user).n_rows == 1
    with pytest.raises(SourceError, match="pass connection=<your duckdb connection>"):
        ingest(con, "persona", "my_personas")
    with pytest.raises(SourceError, match="cannot read the table 'nope' from the connection"):
        ingest(con, "persona", "nope", tables=user)


def test_list_valued_email_column(con: duckdb.DuckDBPyConnection) -> None:
    df = pd.DataFrame({"id": ["c1"], "emails": [["a@x.com", "b@y.com"]]})
    t = ingest(con, "contact", df)
    assert _rows(con, t.table)[0][2] == ["a@x.com;b@y.com"]


def test_missing_id_column_raises_with_the_columns_found(con: duckdb.DuckDBPyConnection) -> None:
    with pytest.raises(InputError) as err:
        ingest(con, "contact", pd.DataFrame({"First Name": ["A"], "Email": ["a@x.com"]}))
    assert str(err.value) == (
        "contacts: 1 problem found in the input:\n"
        "  - no id column was found (columns: 'First Name', 'Email'); name one 'id' or pass "
        "mapping={'<your id column>': 'id'}."
    )


def test_duplicate_and_null_ids_are_listed_together(con: duckdb.DuckDBPyConnection) -> None:
    df = pd.DataFrame({"id": ["a", None, "a", "b", "b", ""]})
    with pytest.raises(InputError) as err:
        ingest(con, "persona", df)
    assert err.value.problems == (
        "column 'id' is empty in 2 row(s) (rows 2, 6); every record needs an id: fill them in "
        "or drop those rows.",
        "column 'id' has 2 duplicated id(s): 'a' (rows 1, 3), 'b' (rows 4, 5); ids must be "
        "unique within an input: de-duplicate them or use another id column.",
    )
    assert str(err.value).startswith("personas: 2 problems found in the input:\n")


def test_unreadable_and_missing_files_name_the_path(
    con: duckdb.DuckDBPyConnection, tmp_path: Path
) -> None:
    missing = tmp_path / "nope.csv"
    with pytest.raises(SourceError, match=r"contacts: cannot read '.*nope\.csv': the file does "
                       r"not exist"):
        ingest(con, "contact", missing)
    dupes = tmp_path / "dupes.csv"
    dupes.write_text("id,name\n1,a\n1,b\n")
    with pytest.raises(InputError, match=r"^contacts \(.*dupes\.csv\): 1 problem found"):
        ingest(con, "contact", dupes)
    bad = tmp_path / "bad.parquet"
    bad.write_bytes(b"this is not parquet")
    with pytest.raises(SourceError, match=r"personas: cannot read '.*bad\.parquet': .*(is it a "
                       r"valid CSV, Parquet or JSON file\?)"):
        ingest(con, "persona", bad)
    with pytest.raises(SourceError, match="it is a directory"):
        ingest(con, "contact", tmp_path)
    with pytest.raises(SourceError, match="cannot read an object of type int"):
        ingest(con, "contact", 42)  # type: ignore[arg-type]


def test_extra_column_clashing_with_an_internal_name(con: duckdb.DuckDBPyConnection) -> None:
    with pytest.raises(InputError, match="'Row_Number' is outside the schema but clashes"):
        ingest(con, "contact", pd.DataFrame({"id": ["a"], "Row_Number": [1]}))


def test_mixed_type_object_column_is_kept_as_text(con: duckdb.DuckDBPyConnection) -> None:
    df = pd.DataFrame({"id": ["a", "b"], "phone": [4155550134, "+44 20 7946 0000"]})
    t = ingest(con, "contact", df)
    assert [r[3] for r in _rows(con, t.table)] == [["4155550134"], ["+44 20 7946 0000"]]


def test_missing_id_hints_at_the_dataframe_index(con: duckdb.DuckDBPyConnection) -> None:
    df = pd.DataFrame({"name": ["Ann"]}, index=pd.Index(["c1"], name="customer"))
    with pytest.raises(InputError, match=r"call df\.reset_index\(\) first"):
        ingest(con, "contact", df)


def test_a_ragged_csv_keeps_every_row_and_field(
    con: duckdb.DuckDBPyConnection, tmp_path: Path
) -> None:
    path = tmp_path / "ragged.csv"
    path.write_text("id;first_name;email\n1;Ann;a@x.com\n2;Bob\n3;Cy;c@x.com;extra;more\n")
    t = ingest(con, "contact", path)
    assert t.n_rows == 3
    assert _rows(con, t.table) == [("1", "Ann", ["a@x.com"], []), ("2", "Bob", [], []),
                                   ("3", "Cy", ["c@x.com"], [])]
    assert len(t.columns.extras) == 2
    surplus = con.execute(
        f"SELECT {', '.join(t.columns.extras)} FROM {t.table} ORDER BY row_number").fetchall()
    assert surplus[2] == ("extra", "more")
