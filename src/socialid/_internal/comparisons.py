"""Built-in comparisons over the feature table, as backend-neutral level definitions.

Each :class:`Comparison` lists its levels from most to least specific as SQL conditions on
``<column>_l`` / ``<column>_r`` (DuckDB dialect; splink translates them through sqlglot), the
blocking keys it is good for, and the same levels in Python (``python``), which property
tests hold equal to the SQL. The splink adapter turns them into splink comparisons and
blocking rules; no module here imports splink.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import jellyfish

#: A column of the left or right record in a level's SQL: ``emails_l``.
_PAIR_COLUMN = re.compile(r"\b([a-z_][a-z0-9_]*)_[lr]\b")
#: A record's feature values by column name (``None`` for NULL; lists for list columns).
Record = Mapping[str, Any]


@dataclass(frozen=True)
class Level:
    """One comparison level: a SQL condition and the label shown in outputs and charts.

    ``is_null`` marks the level meaning "no evidence" (it weighs nothing); ``tf_column``
    asks for term-frequency adjustment on that column (rarer values weigh more).
    """

    label: str
    sql: str
    is_null: bool = False
    tf_column: str | None = None


@dataclass(frozen=True)
class Comparison:
    """A named comparison: its levels, most specific first (an ``else`` level is implied).

    Args:
        name: identifier; the links output has a column of this name.
        description: one sentence for charts and docs.
        levels: the levels, most specific first.
        blocking_keys: blocking rules it is good for, each a tuple of column names or SQL
            expressions over one record (``"left(first_name, 2)"``) that must be equal.
        python: ``(left, right) -> level index`` (``len(levels)`` for ``else``), the same
            levels in Python, for tests.
        reads: the columns read, when they are not only the ``<column>_l`` names of the SQL.

    >>> same_domain = Comparison(
    ...     "employer_domain", "Same corporate email domain.",
    ...     (Level("same domain", "list_has_any(email_domains_l, email_domains_r)"),),
    ...     blocking_keys=(("email_domains",),),
    ... )
    >>> same_domain.columns
    ('email_domains',)
    """

    name: str
    description: str
    levels: tuple[Level, ...]
    blocking_keys: tuple[tuple[str, ...], ...] = ()
    python: Callable[[Record, Record], int] | None = field(default=None, compare=False)
    reads: tuple[str, ...] = ()

    @property
    def columns(self) -> tuple[str, ...]:
        """Columns the levels read, in first-use order."""
        found = (c for level in self.levels for c in _PAIR_COLUMN.findall(level.sql))
        return tuple(dict.fromkeys([*self.reads, *found]))

    def level_of(self, left: Record, right: Record) -> int:
        """The index of the level a pair reaches, by the Python path."""
        if self.python is None:
            raise NotImplementedError(f"comparison {self.name!r} has no Python path")
        return self.python(left, right)


def _first(*conditions: bool) -> int:
    """The index of the first true condition (``len(conditions)`` when none is)."""
    return next((i for i, c in enumerate(conditions) if c), len(conditions))


def _has_any(a: Sequence[str] | None, b: Sequence[str] | None) -> bool:
    """Python's ``list_has_any``: both present and sharing a value."""
    return a is not None and b is not None and bool(set(a) & set(b))


def _jw(a: str | None, b: str | None) -> float:
    """DuckDB's ``jaro_winkler_similarity`` (jellyfish computes the same); 0 for NULL."""
    return 0.0 if a is None or b is None else float(jellyfish.jaro_winkler_similarity(a, b))


def _eq(a: object, b: object) -> bool:
    """SQL ``=``: false when either side is NULL."""
    return a is not None and b is not None and a == b


def _any(a: str, b: str) -> str:
    """Either record's list ``a`` shares a value with the other record's list ``b``."""
    if a == b:
        return f"list_has_any({a}_l, {a}_r)"
    return f"(list_has_any({a}_l, {b}_r) OR list_has_any({a}_r, {b}_l))"


def _py_any(left: Record, right: Record, a: str, b: str) -> bool:
    """Python's :func:`_any`."""
    return _has_any(left[a], right[b]) or _has_any(right[a], left[b])


def _either_null(*cols: str) -> str:
    return " OR ".join(f"{c}_l IS NULL OR {c}_r IS NULL" for c in cols)


def _py_either_null(left: Record, right: Record, col: str) -> bool:
    return left[col] is None or right[col] is None


def _cross_null(a: str, b: str) -> str:
    """No direction of a cross-field comparison has values on both sides."""
    return (
        f"NOT (({a}_l IS NOT NULL AND {b}_r IS NOT NULL) "
        f"OR ({a}_r IS NOT NULL AND {b}_l IS NOT NULL))"
    )


def _py_cross_null(left: Record, right: Record, a: str, b: str) -> bool:
    return not (
        (left[a] is not None and right[b] is not None)
        or (right[a] is not None and left[b] is not None)
    )


#: First names this close (Jaro-Winkler) are one name mistyped, not two names.
_CLOSE_FIRST = 0.9


def _starts_or_near(a: str, b: str) -> bool:
    """One first name is an initial or the start of the other, or the two are close."""
    return a.startswith(b) or b.startswith(a) or _jw(a, b) >= _CLOSE_FIRST


def spelling_skeleton_sql(name: str) -> str:
    """SQL of :func:`spelling_skeleton`."""
    folded = name
    for a, b in _SPELLING_VARIANTS:
        folded = f"replace({folded}, '{a}', '{b}')"
    return f"regexp_replace({folded}, '[{_SPELLING_DROPPED}]', '', 'g')"


def spelling_skeleton(name: str | None) -> str | None:
    """A folded name without what romanizations spell differently: Андрей is andrey,
    andrei or andrej, Лаврентьев lavrentev or lavrentyev, Алексей aleksey or alexey, पूजा
    pooja or puja, 充 mitsuru or mituru.

    >>> spelling_skeleton("andrey lavrentyev") == spelling_skeleton("andrei lavrentev")
    True
    """
    if name is None:
        return None
    for a, b in _SPELLING_VARIANTS:
        name = name.replace(a, b)
    return re.sub(f"[{_SPELLING_DROPPED}]", "", name)


#: Romanization variants, replaced in order, and the letters dropped after them.
_SPELLING_VARIANTS = (
    ("x", "ks"), ("shch", "sh"), ("sch", "sh"), ("kh", "h"),  # Cyrillic
    ("oo", "u"), ("ee", "i"),  # Hindi: Pooja, Puja; Deepika, Dipika
    ("uu", "u"), ("tsu", "tu"),  # Japanese: Yuuta, Yuta; Mitsuru, Mituru
)
_SPELLING_DROPPED = "yij"


def _py_name(l: Record, r: Record) -> int:  # noqa: E741 - l/r as in the SQL
    if l["first_name"] is None or r["first_name"] is None:
        if l["last_name"] is None or r["last_name"] is None:
            return 0
        return 1 if l["last_name"] == r["last_name"] else 2
    full_jw = _jw(l["full_name"], r["full_name"])
    same_full = _eq(l["full_name"], r["full_name"])
    same_last = _eq(l["last_name"], r["last_name"])
    same_canon = _has_any(l["first_canon"], r["first_canon"])
    return _first(
        False, False, False,  # missing, and the surname-only levels: decided above
        same_full and _has_any(l["dkeys"], r["dkeys"]),
        same_full,
        full_jw >= 0.92 and _has_any(l["dkeys"], r["dkeys"]),
        _eq(spelling_skeleton(l["full_name"]), spelling_skeleton(r["full_name"])),
        _eq(l["first_name"], r["last_name"]) and _eq(l["last_name"], r["first_name"]),
        same_last and same_canon,
        full_jw >= 0.92,
        same_last and _starts_or_near(l["first_name"], r["first_name"]),
        same_last,
        (l["last_name"] is None or r["last_name"] is None) and same_canon,
        full_jw >= 0.80,
        l["source"] == "contact" and r["source"] == "contact",
    )


NAME = Comparison(
    name="name",
    description="Folded names: exact, swapped, nickname-canonical, fuzzy, initial + surname.",
    levels=(
        Level(
            "name missing",
            f"({_either_null('first_name')}) AND ({_either_null('last_name')})",
            is_null=True,
        ),
        # A CRM contact with its surname alone ('Dean' beside 'Evie Dean'): the first names
        # cannot be compared, the surnames can.
        Level(
            "one side surname only, surname exact",
            f"({_either_null('first_name')}) AND last_name_l = last_name_r",
        ),
        Level("one side surname only, surnames differ", _either_null("first_name")),
        Level(
            "full name exact, and a handle or email built from it in common",
            "full_name_l = full_name_r AND " + _any("dkeys", "dkeys"),
        ),
        Level("full name exact", "full_name_l = full_name_r", tf_column="full_name"),
        # A typo on one side ('Amlelia Morgan') with the same name-derived email or handle
        # (amelia.morgan92@…) on both: the key confirms what the names nearly say.
        Level(
            "full name Jaro-Winkler >= 0.92, and a handle or email built from it in common",
            "jaro_winkler_similarity(full_name_l, full_name_r) >= 0.92 AND "
            + _any("dkeys", "dkeys"),
        ),
        Level(
            "full name exact but for romanization (andrey/andrei, lavrentev/lavrentyev)",
            f"{spelling_skeleton_sql('full_name_l')} = {spelling_skeleton_sql('full_name_r')}",
        ),
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
            "surname exact, one first name an initial or the start of the other, or close",
            "last_name_l = last_name_r AND (starts_with(first_name_l, first_name_r) "
            "OR starts_with(first_name_r, first_name_l) "
            f"OR jaro_winkler_similarity(first_name_l, first_name_r) >= {_CLOSE_FIRST})",
        ),
        # 'John' and 'James Smith' share an initial, yet are two first names: 3 of 83 such
        # links were one person (generated-10k), against 205 of 213 for 'J' or 'Chris'.
        Level("surname exact, first names differ", "last_name_l = last_name_r"),
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
    # Capped name keys (see shared.SCALAR_KEYS): full name, nickname-canonical first name
    # with the first surname word, the names sorted (swapped names), the full name's
    # spelling skeleton, and a CRM contact's rare surname (keys.MAX_SURNAME_RECORDS).
    blocking_keys=(
        ("name_key",), ("canon_keys",), ("sorted_name_key",), ("skeleton_key",), ("surname_key",)
    ),
    python=_py_name,
)


def _shared_list(name: str, noun: str, plural: str) -> Comparison:
    """Evidence from a list of contact points, personal ones apart from shared ones."""
    own, shared = f"{plural}", f"shared_{plural}"

    def python(l: Record, r: Record) -> int:  # noqa: E741
        return _first(
            (l[own] is None and l[shared] is None) or (r[own] is None and r[shared] is None),
            _has_any(l[own], r[own]),
            _has_any(l[shared], r[shared]),
        )

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
        blocking_keys=((own,),),
        python=python,
    )


EMAIL = _shared_list("email", "email", "emails")
PHONE = _shared_list("phone", "phone number", "phones")

#: Both records hold one ``platform:handle`` (a contact's handle of unknown platform is
#: ``:handle`` and names no account).
_SAME_ACCOUNT = (
    "list_has_any(list_filter(handles_l, lambda h: NOT starts_with(h, ':')), handles_r)"
)


def _py_same_account(left: Record, right: Record) -> bool:
    """Python's ``_SAME_ACCOUNT``."""
    mine = [h for h in left["handles"] or () if not h.startswith(":")]
    return _has_any(mine, right["handles"])


IDENT = Comparison(
    name="handle",
    description=(
        "Handles and email local parts that the record's own name does not explain "
        "(pixelwitch, bobt85): the same one on both records, exactly or by stem; or the same "
        "one that only one of the two names explains ('anna1990' under 'Anna 🌸' and under "
        "'Anna Muller')."
    ),
    levels=(
        Level(
            "no distinctive handle or local part",
            f"({_either_null('ukeys')}) AND NOT coalesce({_any('dkeys', 'ukeys')}, false) "
            f"AND NOT coalesce({_SAME_ACCOUNT}, false)",
            is_null=True,
        ),
        # A platform gives a handle to one account: the same one on both records is one
        # owner, however common the name that explains it ('jsmith' for John Smith).
        Level("the same account on one platform", _SAME_ACCOUNT),
        Level("a distinctive handle or local part in common", _any("ukeys", "ukeys")),
        Level("same stem of a distinctive handle", _any("ustems", "ustems")),
        Level("the same handle, which one record's name explains", _any("dkeys", "ukeys")),
    ),
    blocking_keys=(("xkeys",),),
    python=lambda l, r: _first(  # noqa: E741
        _py_either_null(l, r, "ukeys") and not _py_any(l, r, "dkeys", "ukeys")
        and not _py_same_account(l, r),
        _py_same_account(l, r),
        _has_any(l["ukeys"], r["ukeys"]),
        _has_any(l["ustems"], r["ustems"]),
        _py_any(l, r, "dkeys", "ukeys"),
    ),
)

HANDLE_NAME = Comparison(
    name="handle_name",
    description=(
        "A handle or local part that its own record's name does not explain, built from the "
        "other record's name (rtaylor for Robert Taylor, under the display name 'Bobby T'). "
        "When the two names already agree, the handle repeats the name and counts for "
        "nothing; so does a handle the two records share, which the handle comparison weighs."
    ),
    levels=(
        # Without the last condition, the same handle on both records ('jsmith' for 'John
        # Smith' and for 'Jackie') counted twice: as the same handle and as built from the
        # other's name. Counted once: generated-10k F1 0.8385 -> 0.8411 and mixed profiles
        # 339 -> 318 (seed 2); 0.8366 -> 0.8404 and 297 -> 283 (seed 5).
        Level(
            "no handle against a name, the names already agree, or the same handle",
            _cross_null("ukeys", "name_candidates")
            + " OR jaro_winkler_similarity(full_name_l, full_name_r) >= 0.8"
            + f" OR coalesce({_any('dkeys', 'ukeys')}, false)",
            is_null=True,
        ),
        Level("handle built from the other's name", _any("ukeys", "name_candidates")),
        Level("handle stem built from the other's name", _any("ustems", "name_candidates")),
    ),
    blocking_keys=(("xkeys",),),
    python=lambda l, r: _first(  # noqa: E741
        _py_cross_null(l, r, "ukeys", "name_candidates")
        or _jw(l["full_name"], r["full_name"]) >= 0.8
        or _py_any(l, r, "dkeys", "ukeys"),
        _py_any(l, r, "ukeys", "name_candidates"),
        _py_any(l, r, "ustems", "name_candidates"),
    ),
)

BIO_LINK = Comparison(
    name="bio_link",
    description=(
        "One record's bio or website names the other's account: on its platform ('IG: @jane', "
        "github.com/jane, a website linking to a profile), or as a bare @mention."
    ),
    levels=(
        Level(
            "no bio account against an account",
            _cross_null("bio_handles", "handles")
            + " AND "
            + _cross_null("bio_mentions", "handle_names"),
            is_null=True,
        ),
        Level("bio or website names the other's account", _any("bio_handles", "handles")),
        Level("bio @mentions the other's handle", _any("bio_mentions", "handle_names")),
    ),
    blocking_keys=(("xkeys",),),
    python=lambda l, r: _first(  # noqa: E741
        _py_cross_null(l, r, "bio_handles", "handles")
        and _py_cross_null(l, r, "bio_mentions", "handle_names"),
        _py_any(l, r, "bio_handles", "handles"),
        _py_any(l, r, "bio_mentions", "handle_names"),
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
        Level("company or domain names share a word", _any("company_keys", "company_keys")),
    ),
    python=lambda l, r: _first(  # noqa: E741
        (l["companies"] is None and l["domains"] is None)
        or (r["companies"] is None and r["domains"] is None),
        _has_any(l["companies"], r["companies"]) and _has_any(l["domains"], r["domains"]),
        _has_any(l["companies"], r["companies"]),
        _has_any(l["domains"], r["domains"]),
        _has_any(l["company_keys"], r["company_keys"]),
    ),
)

PLATFORM = Comparison(
    name="platform",
    description=(
        "Two personas on the same platform: people rarely keep two accounts on one, so this "
        "weighs against a link."
    ),
    levels=(
        Level("not two personas", "platform_l IS NULL OR platform_r IS NULL", is_null=True),
        Level("same platform", "platform_l = platform_r"),
    ),
    python=lambda l, r: _first(  # noqa: E741
        _py_either_null(l, r, "platform"), _eq(l["platform"], r["platform"])
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
    python=lambda l, r: _first(  # noqa: E741
        _py_either_null(l, r, "city") and _py_either_null(l, r, "country"),
        _eq(l["city"], r["city"]),
        _eq(l["country"], r["country"]),
    ),
)


def _py_birth_date(l: Record, r: Record) -> int:  # noqa: E741
    a, b = l["birth_date"], r["birth_date"]
    if a is None or b is None:
        return 0
    return _first(
        False,
        a == b,
        jellyfish.levenshtein_distance(a, b) <= 1,
        a[:4] == b[:4] and a[5:7] == b[8:10] and a[8:10] == b[5:7],
        a[:7] == b[:7],
        a[:4] == b[:4],
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
    blocking_keys=(("birth_date_key",), ("birth_date", "left(last_name, 2)")),
    python=_py_birth_date,
)


def _py_postcode(l: Record, r: Record) -> int:  # noqa: E741
    a, b = l["postcode"], r["postcode"]
    if a is None or b is None:
        return 0
    return _first(False, a == b, jellyfish.levenshtein_distance(a, b) <= 1, a[:3] == b[:3])


POSTCODE = Comparison(
    name="postcode",
    description="Postcodes without spaces: exact, one typo, same district.",
    levels=(
        Level("postcode missing", _either_null("postcode"), is_null=True),
        Level("postcode exact", "postcode_l = postcode_r", tf_column="postcode"),
        Level("one character differs", "levenshtein(postcode_l, postcode_r) <= 1"),
        Level("same first three characters", "left(postcode_l, 3) = left(postcode_r, 3)"),
    ),
    blocking_keys=(("postcode_key",), ("postcode", "left(first_name, 2)")),
    python=_py_postcode,
)


def _py_address(l: Record, r: Record) -> int:  # noqa: E741
    a, b = l["address"], r["address"]
    if a is None or b is None:
        return 0
    similarity = _jw(a, b)
    return _first(False, a == b, similarity >= 0.9, similarity >= 0.7)


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
    blocking_keys=(("address_key",),),
    python=_py_address,
)

DEFAULT_COMPARISONS: tuple[Comparison, ...] = (
    NAME, EMAIL, PHONE, IDENT, HANDLE_NAME, BIO_LINK, EMPLOYER, PLATFORM, LOCATION,
    BIRTH_DATE, POSTCODE, ADDRESS,
)
#: The built-in comparisons by name.
BUILT_INS: dict[str, Comparison] = {c.name: c for c in DEFAULT_COMPARISONS}
