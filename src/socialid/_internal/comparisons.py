"""Built-in comparisons over the feature table, as backend-neutral level definitions.

Each :class:`Comparison` lists its levels from most to least specific as SQL conditions on
``<column>_l`` / ``<column>_r`` (DuckDB dialect; splink translates them through sqlglot), plus
the blocking keys it is good for. The splink adapter turns them into splink comparisons; no
module here imports splink.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Level:
    """One comparison level: a SQL condition and the label shown in outputs and charts."""

    label: str
    sql: str
    is_null: bool = False
    tf_column: str | None = None


@dataclass(frozen=True)
class Comparison:
    """A named comparison: its levels (an ``else`` level is implied) and its blocking keys."""

    name: str
    description: str
    levels: tuple[Level, ...]
    blocking_keys: tuple[str, ...] = field(default=())


def _any(a: str, b: str) -> str:
    """Either record's list ``a`` shares a value with the other record's list ``b``."""
    if a == b:
        return f"list_has_any({a}_l, {a}_r)"
    return f"(list_has_any({a}_l, {b}_r) OR list_has_any({a}_r, {b}_l))"


def _either_null(*cols: str) -> str:
    return " OR ".join(f"{c}_l IS NULL OR {c}_r IS NULL" for c in cols)


def _cross_null(a: str, b: str) -> str:
    """No direction of a cross-field comparison has values on both sides."""
    return (
        f"NOT (({a}_l IS NOT NULL AND {b}_r IS NOT NULL) "
        f"OR ({a}_r IS NOT NULL AND {b}_l IS NOT NULL))"
    )


NAME = Comparison(
    name="name",
    description="Folded names: exact, swapped, nickname-canonical, fuzzy, initial + surname.",
    levels=(
        Level("name missing", _either_null("first_name"), is_null=True),
        Level("full name exact", "full_name_l = full_name_r", tf_column="full_name"),
        Level("first and last swapped", "first_name_l = last_name_r AND last_name_l = first_name_r"),
        Level(
            "surname exact, first names share a nickname canonical",
            "last_name_l = last_name_r AND " + _any("first_canon", "first_canon"),
        ),
        Level("full name Jaro-Winkler >= 0.92",
              "jaro_winkler_similarity(full_name_l, full_name_r) >= 0.92"),
        Level(
            "surname exact, same first initial",
            "last_name_l = last_name_r AND left(first_name_l, 1) = left(first_name_r, 1)",
        ),
        Level(
            "one side first name only, nickname-canonical equal",
            "(last_name_l IS NULL OR last_name_r IS NULL) AND "
            + _any("first_canon", "first_canon"),
        ),
        Level("full name Jaro-Winkler >= 0.80",
              "jaro_winkler_similarity(full_name_l, full_name_r) >= 0.80"),
    ),
    blocking_keys=("full_name", "last_name"),
)

EMAIL = Comparison(
    name="email",
    description="Canonical personal emails (provider rules applied; role accounts excluded).",
    levels=(
        Level("email missing", _either_null("emails"), is_null=True),
        Level("a canonical email in common", _any("emails", "emails")),
        Level("same local part on another domain", _any("email_locals", "email_locals")),
    ),
    blocking_keys=("emails",),
)

PHONE = Comparison(
    name="phone",
    description="E.164 phone numbers.",
    levels=(
        Level("phone missing", _either_null("phones"), is_null=True),
        Level("an E.164 number in common", _any("phones", "phones")),
    ),
    blocking_keys=("phones",),
)

HANDLE = Comparison(
    name="handle",
    description="Handles across platforms: exact, same stem, fuzzy.",
    levels=(
        Level("handle missing", _either_null("handle_names"), is_null=True),
        Level("a handle in common", _any("handle_names", "handle_names")),
        Level("same handle stem", _any("handle_stems", "handle_stems")),
        Level(
            "handles Jaro-Winkler >= 0.90",
            "jaro_winkler_similarity(handle_names_l[1], handle_names_r[1]) >= 0.90",
        ),
    ),
    blocking_keys=("handle_names", "handle_stems"),
)

HANDLE_NAME = Comparison(
    name="handle_name",
    description="A handle equals a handle derived from the other record's name (jsmith, ...).",
    levels=(
        Level("no handle against a name", _cross_null("handle_names", "name_candidates"),
              is_null=True),
        Level("handle is a name-derived candidate", _any("handle_names", "name_candidates")),
        Level("handle stem is a name-derived candidate", _any("handle_stems", "name_candidates")),
    ),
    blocking_keys=("xkeys",),
)

HANDLE_EMAIL = Comparison(
    name="handle_email",
    description="A handle equals the other record's email local part.",
    levels=(
        Level("no handle against an email", _cross_null("handle_stems", "email_locals"),
              is_null=True),
        Level(
            "handle equals an email local part",
            _any("handle_names", "email_locals") + " OR " + _any("handle_stems", "email_locals"),
        ),
    ),
    blocking_keys=("xkeys",),
)

BIO_LINK = Comparison(
    name="bio_link",
    description="One record's bio names the other record's handle.",
    levels=(
        Level("no bio handle against a handle", _cross_null("bio_handles", "handle_names"),
              is_null=True),
        Level("bio names the other handle", _any("bio_handles", "handle_names")),
    ),
    blocking_keys=("xkeys",),
)

COMPANY = Comparison(
    name="company",
    description="Company names (CRM company, display-name tails, bio mentions), folded.",
    levels=(
        Level("company missing", _either_null("companies"), is_null=True),
        Level("a company in common", _any("companies", "companies")),
    ),
)

LOCATION = Comparison(
    name="location",
    description="City, then country.",
    levels=(
        Level(
            "location missing",
            "(city_l IS NULL OR city_r IS NULL) AND (country_l IS NULL OR country_r IS NULL)",
            is_null=True,
        ),
        Level("same city", "city_l = city_r", tf_column="city"),
        Level("same country", "country_l = country_r"),
    ),
)

DOMAIN = Comparison(
    name="domain",
    description="Website domains and corporate email domains.",
    levels=(
        Level("domain missing", _either_null("domains"), is_null=True),
        Level("a domain in common", _any("domains", "domains")),
    ),
)

DEFAULT_COMPARISONS: tuple[Comparison, ...] = (
    NAME, EMAIL, PHONE, HANDLE, HANDLE_NAME, HANDLE_EMAIL, BIO_LINK, COMPANY, LOCATION, DOMAIN,
)
