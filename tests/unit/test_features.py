"""The feature assembly on a few hand-made records: the columns derived per record agree with
their definitions, restated in Python."""

from __future__ import annotations

from typing import Any

import duckdb
import pandas as pd
import pytest

from socialid._internal.features import build_features
from socialid._internal.ingest import ingest
from socialid._internal.keys import alnum
from socialid._internal.normalize.name import (
    HANDLE_CUT,
    name_handle_candidates,
    nickname_canonicals,
)

CONTACTS = pd.DataFrame(
    {
        "id": ["c1", "c2", "c3", "c4", "c5", "c6", "c7"],
        # 'pat' has several canonicals; the last two names are longer than an X handle
        "first_name": ["Bob", "Zoe", None, "Aaron", "Pat", "Svyatopolk", "Antonia"],
        "last_name": ["Adams", "Ängel Ruiz", "Kowalski", "Abbott", "Lee", "Ryabov", "Gonzalez"],
        "email": [
            "bob.adams@example.com",
            "info@zoe.dev; Zoe <zoe.ruiz@gmail.com>, not-an-email",
            None,
            "a@b.co, aaron.abbott@acme.io",
            "pat@x.org",
            None,
            None,
        ],
    }
)
PERSONAS = pd.DataFrame(
    {
        "id": ["p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8"],
        "display_name": [
            "Jane Doe | Acme Inc.", "Jim Obrien - CTO @ Hyperbyte", "Anna", "Bruna Alves",
            "Bruna", "Hugues 🇫🇷", "wildbee", None,
        ],
        "platform": [None, None, None, None, None, "facebook", "instagram", "github"],
        "handle": [
            "janedoe", "jimo", "anna", "balves_eats", "pixelwitch.photo", None, "wildbee",
            "gunbritt-bostroem",
        ],
        "email": ["jane@acme.com", None, None, None, None, None, None, None],
        "website": [None, None, None, None, None, "https://linktr.ee/huguesb", None, None],
        "bio": [None, None, None, None, None, "tw: @huguesb", "links ⤵ beacons.ai/wild.bee", None],
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


def test_name_candidates_are_the_handle_candidates_with_the_surname_or_cut(
    features: dict[str, dict[str, Any]],
) -> None:
    # As normalize.name builds them, reduced to letters and digits: those holding the surname
    # and those cut at X's limit ('svyatopolk_ryab').
    for row in features.values():
        if row["first_name"] is None or row["last_name"] is None:
            continue
        surname = alnum(row["last_name"])
        expected = {
            alnum(c) for c in name_handle_candidates(row["first_name"], row["last_name"])
            if len(alnum(c)) >= 4 and (surname in alnum(c) or len(c) == HANDLE_CUT)
        }
        assert set(row["name_candidates"]) == expected
    assert {"svyatopolkryabo", "svyatopolkryab"} <= set(features["c:c6"]["name_candidates"])
    assert "antoniagonzale" in features["c:c7"]["name_candidates"]


def test_content_tags_come_off_handles(features: dict[str, dict[str, Any]]) -> None:
    # The name explains 'balves_eats' once the tag is off; a stem keeps its own.
    assert features["p:p4"]["dkeys"] == ["balveseats", "balves"]
    assert features["p:p5"]["ustems"] == ["pixelwitchphoto", "pixelwitchphot", "pixelwitch"]
    assert features["p:p4"]["ukeys"] is None


def test_a_one_word_display_name_that_is_the_handle_is_no_name(
    features: dict[str, dict[str, Any]],
) -> None:
    # 'Anna' on the account 'anna' says nothing of the owner's name, so the handle is no
    # longer explained by it; 'Bruna' on 'pixelwitch.photo' and 'Bruna Alves' stay names.
    assert (features["p:p3"]["first_name"], features["p:p3"]["full_name"]) == (None, None)
    assert features["p:p3"]["ukeys"] == ["anna"]
    assert features["p:p5"]["first_name"] == "bruna"
    assert features["p:p4"]["full_name"] == "bruna alves"


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


def test_a_link_in_bio_page_is_one_more_own_account(features: dict[str, dict[str, Any]]) -> None:
    # From the website or the bio, after the account's own handle; the platform stays the
    # persona's, and the page is no cross-link.
    assert features["p:p6"]["handles"] == ["linktree:huguesb"]
    assert features["p:p6"]["platform"] == "facebook"
    assert features["p:p6"]["bio_handles"] == ["twitter:huguesb"]
    assert features["p:p7"]["handles"] == ["instagram:wildbee", "beacons:wild.bee"]
    assert features["p:p7"]["platform"] == "instagram"
    assert features["p:p7"]["bio_handles"] is None


def test_a_handle_too_long_for_x_also_keys_as_x_cuts_it(
    features: dict[str, dict[str, Any]],
) -> None:
    # 'gunbritt-bostroem' elsewhere is 'gunbritt_bostro' on X (15 characters)
    assert features["p:p8"]["ukeys"] == ["gunbrittbostroem", "gunbrittbostro"]
