from __future__ import annotations

import pytest

from socialid._internal.schema import header_key, map_columns


@pytest.mark.parametrize(
    ("headers", "field", "expected"),
    [
        (["Contact ID", "First Name"], "first_name", ("First Name",)),
        (["id", "Email Address", "Secondary Email", "Work Email"], "email",
         ("Email Address", "Secondary Email", "Work Email")),
        (["id", "Mobile Phone", "Phone", "work_phone"], "phone",
         ("Mobile Phone", "Phone", "work_phone")),
        (["contact_id", "SURNAME"], "last_name", ("SURNAME",)),
        (["id", "Zip Code"], "postcode", ("Zip Code",)),
    ],
)
def test_crm_export_headers_map_without_help(
    headers: list[str], field: str, expected: tuple[str, ...]
) -> None:
    cm, problems = map_columns("contact", headers)
    assert problems == []
    assert cm.fields[field] == expected


def test_persona_aliases() -> None:
    cm, problems = map_columns(
        "persona", ["persona_id", "screen_name", "description", "followers_count", "url"]
    )
    assert problems == []
    assert cm.fields["handle"] == ("screen_name",)
    assert cm.fields["bio"] == ("description",)
    assert cm.fields["followers"] == ("followers_count",)
    assert cm.fields["website"] == ("url",)


def test_unknown_columns_are_carried_as_extras() -> None:
    cm, _ = map_columns("contact", ["id", "Lifetime Value", "segment"])
    assert cm.extras == ("Lifetime Value", "segment")


def test_single_valued_field_with_two_columns_keeps_the_exact_name() -> None:
    cm, problems = map_columns("persona", ["id", "name", "display_name"])
    assert problems == []
    assert cm.fields["display_name"] == ("display_name",)
    assert cm.extras == ("name",)


def test_explicit_mapping_wins_and_is_checked() -> None:
    cm, problems = map_columns("contact", ["Kundennummer", "Vorname"], {
        "Kundennummer": "id", "Vorname": "first_name"})
    assert problems == []
    assert cm.fields["id"] == ("Kundennummer",)
    _, problems = map_columns("contact", ["id"], {"Nope": "first_name", "id": "idd"})
    assert problems == [
        "the mapping names column 'Nope', which is not in the input (columns: 'id').",
        "the mapping sends 'id' to 'idd', which is not a contact field; use one of: address, "
        "birth_date, city, company, country, do_not_link, email, first_name, full_name, handles, "
        "id, job_title, last_name, phone, postcode, region, updated_at, website.",
        "no id column was found (columns: 'id'); name one 'id' or pass "
        "mapping={'<your id column>': 'id'}.",
    ]


def test_missing_id_column_is_reported() -> None:
    _, problems = map_columns("contact", ["First Name", "Email"])
    assert problems == [
        "no id column was found (columns: 'First Name', 'Email'); name one 'id' or pass "
        "mapping={'<your id column>': 'id'}."
    ]


def test_header_key_ignores_case_space_and_punctuation() -> None:
    assert header_key("E-Mail Address") == header_key("email_address") == "emailaddress"


def test_non_ascii_headers_keep_their_letters() -> None:
    assert header_key("Émail") == "email"
    cm, problems = map_columns("contact", ["会社ID", "顧客ID", "Prénom"], {"顧客ID": "id"})
    assert problems == []
    assert cm.fields["id"] == ("顧客ID",)
    assert "会社ID" in cm.extras
