"""Built-in comparisons over the feature table, as backend-neutral level definitions.

Each :class:`Comparison` lists its levels from most to least specific as SQL conditions on
``<column>_l`` / ``<column>_r`` (DuckDB dialect; splink translates them through sqlglot). The
splink adapter turns them into splink comparisons; no module here imports splink. Blocking
rules live in the adapter (``_PREDICTION_RULES``).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Level:
    """One comparison level: a SQL condition and the label shown in outputs and charts."""

    label: str
    sql: str
    is_null: bool = False
    tf_column: str | None = None


@dataclass(frozen=True)
class Comparison:
    """A named comparison: its levels, most specific first (an ``else`` level is implied)."""

    name: str
    description: str
    levels: tuple[Level, ...]


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
        Level(
            "full name exact, and a handle or email built from it in common",
            "full_name_l = full_name_r AND " + _any("dkeys", "dkeys"),
        ),
        Level("full name exact", "full_name_l = full_name_r", tf_column="full_name"),
        Level(
            "first and last swapped",
            "first_name_l = last_name_r AND last_name_l = first_name_r",
        ),
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
        # A CRM holds people's real names; a persona's display name often is not one.
        Level("names differ, both CRM contacts",
              "source_l = 'contact' AND source_r = 'contact'"),
    ),
)

def _shared_list(name: str, noun: str, plural: str) -> Comparison:
    """Evidence from a list of contact points, personal ones apart from shared ones."""
    own, shared = f"{plural}", f"shared_{plural}"
    return Comparison(
        name=name,
        description=f"{noun.capitalize()}s; one shared by different people weighs apart.",
        levels=(
            Level(
                f"{noun} missing",
                f"({own}_l IS NULL AND {shared}_l IS NULL) "
                f"OR ({own}_r IS NULL AND {shared}_r IS NULL)",
                is_null=True,
            ),
            Level(f"a personal {noun} in common", _any(own, own)),
            Level(f"a {noun} shared by several people in common", _any(shared, shared)),
        ),
    )


EMAIL = _shared_list("email", "email", "emails")
PHONE = _shared_list("phone", "phone number", "phones")

IDENT = Comparison(
    name="handle",
    description=(
        "Handles and email local parts that the record's own name does not explain "
        "(pixelwitch, bobt85): the same one on both records, exactly or by stem."
    ),
    levels=(
        Level("no distinctive handle or local part", _either_null("ukeys"), is_null=True),
        Level("a distinctive handle or local part in common", _any("ukeys", "ukeys")),
        Level("same stem of a distinctive handle", _any("ustems", "ustems")),
    ),
)

HANDLE_NAME = Comparison(
    name="handle_name",
    description=(
        "A handle or local part that its own record's name does not explain, built from the "
        "other record's name (rtaylor for Robert Taylor, under the display name 'Bobby T'). "
        "When the two names already agree, the handle repeats the name and counts for nothing."
    ),
    levels=(
        Level(
            "no handle against a name, or the names already agree",
            _cross_null("ukeys", "name_candidates")
            + " OR jaro_winkler_similarity(full_name_l, full_name_r) >= 0.8",
            is_null=True,
        ),
        Level("handle built from the other's name", _any("ukeys", "name_candidates")),
        Level("handle stem built from the other's name", _any("ustems", "name_candidates")),
    ),
)

BIO_LINK = Comparison(
    name="bio_link",
    description="One record's bio names the other record's handle.",
    levels=(
        Level("no bio handle against a handle", _cross_null("bio_handles", "handle_names"),
              is_null=True),
        Level("bio names the other handle", _any("bio_handles", "handle_names")),
    ),
)

EMPLOYER = Comparison(
    name="employer",
    description=(
        "Company names (CRM company, display-name tails, bio mentions) and website / corporate "
        "email domains, in one comparison because they go together."
    ),
    levels=(
        Level(
            "employer missing",
            "(companies_l IS NULL AND domains_l IS NULL) "
            "OR (companies_r IS NULL AND domains_r IS NULL)",
            is_null=True,
        ),
        Level("same company and domain",
              _any("companies", "companies") + " AND " + _any("domains", "domains")),
        Level("same company", _any("companies", "companies")),
        Level("same domain", _any("domains", "domains")),
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

BIRTH_DATE = Comparison(
    name="birth_date",
    description="Birth dates (ISO): exact, one typo, day and month swapped, same month, year.",
    levels=(
        Level("birth date missing", _either_null("birth_date"), is_null=True),
        Level("birth date exact", "birth_date_l = birth_date_r", tf_column="birth_date"),
        Level("one character differs", "levenshtein(birth_date_l, birth_date_r) <= 1"),
        Level(
            "day and month swapped",
            "left(birth_date_l, 4) = left(birth_date_r, 4) "
            "AND substr(birth_date_l, 6, 2) = substr(birth_date_r, 9, 2) "
            "AND substr(birth_date_l, 9, 2) = substr(birth_date_r, 6, 2)",
        ),
        Level("same year and month", "left(birth_date_l, 7) = left(birth_date_r, 7)"),
        Level("same year", "left(birth_date_l, 4) = left(birth_date_r, 4)"),
    ),
)

POSTCODE = Comparison(
    name="postcode",
    description="Postcodes without spaces: exact, one typo, same district.",
    levels=(
        Level("postcode missing", _either_null("postcode"), is_null=True),
        Level("postcode exact", "postcode_l = postcode_r", tf_column="postcode"),
        Level("one character differs", "levenshtein(postcode_l, postcode_r) <= 1"),
        Level("same first three characters", "left(postcode_l, 3) = left(postcode_r, 3)"),
    ),
)

ADDRESS = Comparison(
    name="address",
    description="Street addresses, folded: exact, then Jaro-Winkler bands.",
    levels=(
        Level("address missing", _either_null("address"), is_null=True),
        Level("address exact", "address_l = address_r", tf_column="address"),
        Level("address Jaro-Winkler >= 0.9",
              "jaro_winkler_similarity(address_l, address_r) >= 0.9"),
        Level("address Jaro-Winkler >= 0.7",
              "jaro_winkler_similarity(address_l, address_r) >= 0.7"),
    ),
)

DEFAULT_COMPARISONS: tuple[Comparison, ...] = (
    NAME, EMAIL, PHONE, IDENT, HANDLE_NAME, BIO_LINK, EMPLOYER, LOCATION, BIRTH_DATE,
    POSTCODE, ADDRESS,
)
