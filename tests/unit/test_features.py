"""The feature assembly on a few hand-made records: the columns derived per record agree with
their definitions, restated in Python."""

from __future__ import annotations

from typing import Any

import duckdb
import pandas as pd
import pytest

from socialid._internal.features import build_features
from socialid._internal.ingest import ingest
from socialid._internal.normalize.name import nickname_canonicals

CONTACTS = pd.DataFrame(
    {
        "id": ["c1", "c2", "c3", "c4", "c5"],
        "first_name": ["Bob", "Zoe", None, "Aaron", "Pat"],  # 'pat' has several canonicals
        "last_name": ["Adams", "Ängel Ruiz", "Kowalski", "Abbott", "Lee"],
        "email": [
            "bob.adams@example.com",
            "info@zoe.dev; Zoe <zoe.ruiz@gmail.com>, not-an-email",
            None,
            "a@b.co, aaron.abbott@acme.io",
            "pat@x.org",
        ],
    }
)
PERSONAS = pd.DataFrame(
    {
        "id": ["p1", "p2", "p3"],
        "display_name": ["Jane Doe | Acme Inc.", "Jim Obrien - CTO @ Hyperbyte", "Anna"],
        "handle": ["janedoe", "jimo", "anna"],
        "email": ["jane@acme.com", None, None],
    }
)


@pytest.fixture(scope="module")
def features() -> dict[str, dict[str, Any]]:
    con = duckdb.connect()
    tables = {
        "contact": ingest(con, "contact", CONTACTS),
        "persona": ingest(con, "persona", PERSONAS),
    }
    build_features(con, tables, None)
    rows = con.sql("SELECT * FROM features").to_arrow_table().to_pylist()
    return {row["unique_id"]: row for row in rows}


def test_sorted_name_key_sorts_the_name_parts(features: dict[str, dict[str, Any]]) -> None:
    for row in features.values():
        parts = sorted(p for p in (row["first_name"], row["last_name"]) if p is not None)
        assert row["sorted_name_key"] == (" ".join(parts) if parts else None)


def test_canon_keys_pair_each_canonical_form_with_the_first_surname_word(
    features: dict[str, dict[str, Any]],
) -> None:
    for row in features.values():
        if row["last_name"] is None:
            assert row["canon_keys"] is None
            continue
        surname = row["last_name"].split(" ")[0]
        expected = list(
            dict.fromkeys(f"{c} {surname}" for c in nickname_canonicals(row["first_name"]))
        )
        assert row["canon_keys"] == (expected or None)
        assert row["first_canon"] == (
            list(nickname_canonicals(row["first_name"])) if row["first_name"] else None
        )


def test_emails_keep_the_order_written(features: dict[str, dict[str, Any]]) -> None:
    assert features["c:c1"]["emails"] == ["bob.adams@example.com"]
    assert features["c:c2"]["emails"] == ["zoeruiz@gmail.com"]  # Gmail ignores dots
    assert features["c:c2"]["role_emails"] == ["info@zoe.dev"]
    assert features["c:c2"]["email_domains"] == ["zoe.dev"]
    assert features["c:c4"]["emails"] == ["a@b.co", "aaron.abbott@acme.io"]
    assert features["c:c3"]["emails"] is None


def test_company_tails_of_display_names(features: dict[str, dict[str, Any]]) -> None:
    assert (features["p:p1"]["first_name"], features["p:p1"]["last_name"]) == ("jane", "doe")
    assert features["p:p1"]["companies"] == ["acme"]
    assert features["p:p2"]["companies"] == ["hyperbyte"]
    assert features["p:p3"]["companies"] is None
