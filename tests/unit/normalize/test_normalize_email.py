"""Table tests for socialid.normalize.normalize_email."""

from __future__ import annotations

import pytest

from socialid.normalize import normalize_email

VALID = [
    # (input, normalized, is_role, is_free)
    ("john.smith@example.com", "john.smith@example.com", False, False),
    ("John.Smith@Example.COM", "john.smith@example.com", False, False),
    ("  jane@acme.io  ", "jane@acme.io", False, False),
    ("mailto:Jane@Acme.io", "jane@acme.io", False, False),
    ("MAILTO:jane@acme.io?subject=Hello", "jane@acme.io", False, False),
    ("John Smith <John.Smith@Acme.com>", "john.smith@acme.com", False, False),
    ('"Smith, John" <jsmith@acme.com>', "jsmith@acme.com", False, False),
    ("<jane@acme.io>", "jane@acme.io", False, False),
    ("J.O.H.N.Smith@gmail.com", "johnsmith@gmail.com", False, True),
    ("john.smith+newsletter@gmail.com", "johnsmith@gmail.com", False, True),
    ("John.Smith@GoogleMail.com", "johnsmith@gmail.com", False, True),
    ("john.smith+x@company.com", "john.smith+x@company.com", False, False),  # Workspace: no rule
    ("jane.doe+shop@outlook.com", "jane.doe@outlook.com", False, True),
    ("jane.doe+shop@hotmail.co.uk", "jane.doe@hotmail.co.uk", False, True),
    ("Jane.Doe+promo@live.com", "jane.doe@live.com", False, True),
    ("jane.doe-amazon@yahoo.com", "jane.doe@yahoo.com", False, True),
    ("jane.doe+tag@yahoo.com", "jane.doe+tag@yahoo.com", False, True),  # yahoo uses '-'
    ("jane+spam@proton.me", "jane@proton.me", False, True),
    ("jane+spam@pm.me", "jane@pm.me", False, True),
    ("jane+x@icloud.com", "jane@icloud.com", False, True),
    ("Jane+X@me.com", "jane@me.com", False, True),
    ("jane+list@fastmail.com", "jane@fastmail.com", False, True),
    ("j.doe@gmx.de", "j.doe@gmx.de", False, True),
    ("hans.mueller@web.de", "hans.mueller@web.de", False, True),
    ("ivan.petrov@yandex.ru", "ivan.petrov@yandex.ru", False, True),
    ("info@acme.com", "info@acme.com", True, False),
    ("Sales@Acme.com", "sales@acme.com", True, False),
    ("no-reply@acme.com", "no-reply@acme.com", True, False),
    ("do_not_reply@acme.com", "do_not_reply@acme.com", True, False),
    ("support@gmail.com", "support@gmail.com", True, True),
    ("hr@acme.de", "hr@acme.de", True, False),
    ("józef.nowak@firma.pl", "józef.nowak@firma.pl", False, False),
    ("müller@münchen.de", "müller@münchen.de", False, False),
    ("x@xn--mnchen-3ya.de", "x@münchen.de", False, False),
    ("用户@例子.广告", "用户@例子.广告", False, False),
]


@pytest.mark.parametrize(("value", "normalized", "is_role", "is_free"), VALID)
def test_valid_emails(value: str, normalized: str, is_role: bool, is_free: bool) -> None:
    result = normalize_email(value)
    assert result.error is None
    assert result.normalized == normalized
    assert (result.local, result.domain) == tuple(normalized.rsplit("@", 1))
    assert (result.is_role, result.is_free) == (is_role, is_free)


@pytest.mark.parametrize(
    ("value", "tokens"),
    [
        ("john.smith85@acme.com", ("john", "smith", "85")),
        ("JohnSmith@acme.com", ("john", "smith")),
        ("j.o.h.n.smith+tag@gmail.com", ("j", "o", "h", "n", "smith")),
        ("jane_doe-99@acme.com", ("jane", "doe", "99")),
        ("józef.nowak@firma.pl", ("jozef", "nowak")),
    ],
)
def test_local_tokens(value: str, tokens: tuple[str, ...]) -> None:
    assert normalize_email(value).local_tokens == tokens


INVALID = [
    "john@@x.com",
    "john",
    "john@",
    "@acme.com",
    "john@acme",
    "john..smith@acme.com",
    "john smith@acme.com",
    "john@acme..com",
    "john@localhost",
    "john@[127.0.0.1]",
    "mailto:",
    "<>",
]


@pytest.mark.parametrize("value", INVALID)
def test_invalid_emails_explain_why(value: str) -> None:
    result = normalize_email(value)
    assert result.normalized is None
    assert result.local is None and result.domain is None
    assert result.error is not None
    assert result.error.startswith(f"{value!r} is not a valid email address: ")


@pytest.mark.parametrize("value", [None, "", "   ", float("nan")])
def test_missing_values_have_no_error(value: object) -> None:
    result = normalize_email(value)
    assert result.normalized is None
    assert result.error is None


@pytest.mark.parametrize("value", [["a@b.com"], {"a": 1}, True, object()])
def test_non_text_is_reported(value: object) -> None:
    result = normalize_email(value)
    assert result.normalized is None
    assert result.error is not None and "not text" in result.error


def test_idempotent_on_provider_rules() -> None:
    first = normalize_email("J.Smith+x@GoogleMail.com").normalized
    assert first == "jsmith@gmail.com"
    assert normalize_email(first).normalized == first
