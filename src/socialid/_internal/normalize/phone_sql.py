"""The SQL fast path of :func:`normalize_phone`.

The fast path re-enacts ``phonenumbers.parse`` + ``is_valid_number`` in DuckDB from the
library's own metadata, read at run time: calling codes, international (IDD) and national
prefixes (with their carrier codes and transform rules), possible lengths, the per-type
number patterns ``is_valid_number`` tries and the leading digits that tell apart regions
sharing a calling code. It answers values made of ASCII digits and plain separators (spaces,
``-``, ``.``, ``/``, parentheses) with an optional leading ``+`` and an optional extension
written ``x``, ``#`` or ``ext`` (``ext.``, ``extn``), in every form parse reads them:
``+<code>``, the region's IDD, ``00`` retried as ``+``, a national number with or without its
national prefix, or one starting with its region's own calling code. Valid or not: an
invalid number gets the scalar function's error message. Blank and missing values too.

Everything else goes to Python: non-ASCII digits and separators, letters (vanity numbers,
``tel:``), other extension forms, values of more than 80 characters or fewer than three
digits, ``+`` followed by ``0`` or by an unknown calling code, and numbers with a calling code
the SQL was not prepared for: it covers the codes of the input's regions and of its ``+`` and
``00`` numbers, so a number after another IDD (``011``, ``810``…) may miss. So does any region
whose metadata regexes use syntax that RE2 might read differently from Python's ``re`` (no
region of phonenumbers 9.0 does).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache

import duckdb
from phonenumbers import (
    NumberParseException,
    PhoneMetadata,
    ValidationResult,
    country_code_for_region,
)
from phonenumbers.phonemetadata import PhoneNumberDesc
from phonenumbers.phonenumberutil import (
    COUNTRY_CODE_TO_REGION_CODE,
    SUPPORTED_REGIONS,
    _test_number_length,
)

from socialid._internal.normalize._batch import BatchNormalizer
from socialid._internal.normalize.phone import (
    _LENGTH_REASONS,
    _NON_GEOGRAPHIC,
    _NOT_ASSIGNED,
    _PARSE_REASONS,
    _message,
    normalize_phone,
    region_from_country,
)
from socialid._internal.sql import quote_literal

# The values answered: ASCII digits (three or more) and separators, '+' only in front; or
# such a number ending in a digit, then an extension label and at most 9 digits (parse's
# extension regex finds exactly that split). Groups of _EXTENDED: the number, the extension.
_NUMBER = r"[ (]*\+?(?:[ ().\-/]*[0-9]){3}"  # at least three digits
_PLAIN = _NUMBER + r"[0-9 ().\-/]*"
_LABEL = r" *(?:[xX#]|[eE][xX][tT][nN]?)[.:]? *"  # then the extension's digits
_EXTENDED = rf"({_NUMBER}(?:[0-9 ().\-/]*[0-9])?){_LABEL}([0-9]{{1,9}})"
_MAX_TEXT = 80  # error messages shorten longer values
_LENGTHS = _MAX_TEXT + 8  # _test_number_length is tabulated for the lengths below this
_MAX_NSN = 17  # phonenumbers' _MAX_LENGTH_FOR_NSN
_LEAD = 7  # digits of a '00…' number enough for an IDD of up to 4 digits and a calling code
# The metadata regexes must use only this syntax, which RE2 reads as Python does on digits.
_PORTABLE = re.compile(r"(?:[0-9()?:|\[\]{},$-]|\\d)*")
# National prefix transform rules: digits, then at most one group reference ('268\1', '\2').
_RULE = re.compile(r"[0-9]*(?:\\([1-9]))?")
_TYPES = (
    "premium_rate",
    "toll_free",
    "shared_cost",
    "voip",
    "personal_number",
    "pager",
    "uan",
    "voicemail",
    "fixed_line",
    "mobile",
)
# _test_number_length results for which parse keeps the national prefix it found.
_PREFIX_KEPT = (
    ValidationResult.TOO_SHORT,
    ValidationResult.IS_POSSIBLE_LOCAL_ONLY,
    ValidationResult.INVALID_LENGTH,
)
_PARSE_ERRORS = {
    "no_cc": NumberParseException.INVALID_COUNTRY_CODE,
    "short_idd": NumberParseException.TOO_SHORT_AFTER_IDD,
    "short_nsn": NumberParseException.TOO_SHORT_NSN,
    "too_long": NumberParseException.TOO_LONG,
}


@dataclass(frozen=True)
class _Plan:
    """What the SQL needs of one phonenumbers metadata (a region or a non-geographic code)."""

    cc: int
    general: str | None  # the general pattern, as _match_national_number reads it
    sized_general: str | None  # on '<2-digit length><number>', _is_number_matching_desc
    sized_types: str | None  # the same for any number type
    prefix: str | None  # national_prefix_for_parsing
    transform: str | None
    groups: int
    idd: str | None
    leading: str | None
    lengths: str  # _test_number_length for each length, one digit each

    def regexes(self) -> list[str]:
        """Every regex the SQL may compile for this metadata, as it is written there."""
        whole = [self.general, self.sized_general, self.sized_types]
        starts = [self.leading, self.idd, self.prefix]
        return [*(r for r in whole if r), *(_prefixed(r) for r in starts if r)]


def fast_path(con: duckdb.DuckDBPyConnection, table: str) -> str:
    """Register the phone tables and return the SELECT normalizing plain phone numbers.

    The SQL covers the calling codes the table's numbers and regions use, the most
    frequent first.
    """
    regions, callings = _register_countries(con, table)
    codes = {cc: keys for cc in callings if (keys := _usable(cc))}
    plans = {k: p for keys in codes.values() for k in keys if (p := _plan(k)) is not None}
    regions = [r for r in regions if r in plans]
    con.execute(
        "CREATE OR REPLACE TEMP TABLE _sid_phone_plans AS SELECT unnest($key)::VARCHAR AS key, "
        "unnest($cc)::VARCHAR AS cc, unnest($lengths)::VARCHAR AS lengths",
        {
            "key": list(plans),
            "cc": [str(p.cc) for p in plans.values()],
            "lengths": [p.lengths for p in plans.values()],
        },
    )
    con.execute(
        "CREATE OR REPLACE TEMP TABLE _sid_phone_codes AS SELECT unnest($cc)::VARCHAR AS cc, "
        "unnest($main)::VARCHAR AS main, unnest($lengths)::VARCHAR AS main_lengths, "
        "unnest($where)::VARCHAR AS main_where",
        {
            "cc": [str(cc) for cc in codes],
            "main": [keys[0] for keys in codes.values()],
            "lengths": [plans[keys[0]].lengths for keys in codes.values()],
            "where": [f"+{cc} ({COUNTRY_CODE_TO_REGION_CODE[cc][0]})" for cc in codes],
        },
    )
    keyed = _Keyed(
        general=_keyed({k: p.general for k, p in plans.items()}),
        prefix=_keyed({k: p.prefix for k, p in plans.items()}, start=True),
        idd=_keyed({k: plans[k].idd for k in regions}, start=True),
        transforms={k: p for k, p in plans.items() if p.transform},
    )
    if not _compiles(con, [r for r in (keyed.general, keyed.prefix, keyed.idd) if r]):
        return f"SELECT * FROM {table} WHERE false"  # too large for RE2: all to Python
    return _select(table, codes, plans, keyed)


@cache
def _plan(key: str) -> _Plan | None:
    """The plan of a region or non-geographic code, None when the fast path cannot follow
    its metadata exactly (regex syntax, transform rule)."""
    metadata = (
        PhoneMetadata.metadata_for_region(key)
        if key.isalpha()
        else PhoneMetadata.metadata_for_nongeo_region(int(key))
    )
    general = metadata.general_desc if metadata else None
    if metadata is None or metadata.country_code is None or not general:
        return None
    descs = [
        getattr(metadata, name)
        for name in _TYPES
        if not (name == "mobile" and metadata.same_mobile_and_fixed_line_pattern)
    ]
    prefix = metadata.national_prefix_for_parsing or None
    transform = metadata.national_prefix_transform_rule or None
    patterns = [
        general.national_number_pattern,
        *(d.national_number_pattern for d in descs if d is not None),
        prefix,
        metadata.international_prefix,
        metadata.leading_digits,
    ]
    if not general.possible_length or not all(
        p is None or (_PORTABLE.fullmatch(p) and "{," not in p) for p in patterns
    ):
        return None
    if metadata.international_prefix is not None and re.fullmatch(
        metadata.international_prefix, ""
    ):
        return None  # an IDD matching the empty string would still count as found
    rule = _RULE.fullmatch(transform or "")
    groups = re.compile(prefix).groups if prefix else 0
    if transform is not None and not (
        prefix and rule and int(rule.group(1) or 0) <= groups and _last_group_never_empty(prefix)
    ):
        return None
    return _Plan(
        cc=metadata.country_code,
        general=general.national_number_pattern or None,
        sized_general=_sized(general),
        sized_types="|".join(s for s in map(_sized, descs) if s) or None,
        prefix=prefix,
        transform=transform,
        groups=groups,
        idd=metadata.international_prefix,
        leading=metadata.leading_digits,
        lengths="".join(str(_test_number_length("0" * n, metadata)) for n in range(_LENGTHS)),
    )


@cache
def _usable(cc: int) -> tuple[str, ...]:
    """The keys of a calling code (main region first) if the fast path can follow all of
    them, else ()."""
    keys = tuple(
        str(cc) if region == _NON_GEOGRAPHIC else region
        for region in COUNTRY_CODE_TO_REGION_CODE.get(cc, ())
    )
    plans = [_plan(k) for k in keys]
    regexes = [r for p in plans if p is not None for r in p.regexes()]
    if not keys or None in plans:
        return ()
    with _scratch().cursor() as scratch:
        return keys if _compiles(scratch, regexes) else ()


@cache
def _scratch() -> duckdb.DuckDBPyConnection:
    """An empty database to check regexes in (a new one each time costs milliseconds)."""
    return duckdb.connect()


def _sized(desc: PhoneNumberDesc | None) -> str | None:
    """A regex on '<2-digit length><number>' doing what _is_number_matching_desc does."""
    if desc is None or not desc.national_number_pattern:
        return None
    lengths = desc.possible_length
    if not lengths:
        return rf"\d\d(?:{desc.national_number_pattern})"
    sizes = "|".join(f"{n:02d}" for n in lengths if 0 <= n <= _MAX_NSN)
    return f"(?:{sizes})(?:{desc.national_number_pattern})" if sizes else None


def _last_group_never_empty(pattern: str) -> bool:
    """Whether the last capturing group of a regex captures something whenever it takes
    part, so that RE2's '' for it means that it did not."""
    opens: list[int] = []
    spans: list[tuple[int, int]] = []
    in_class = False
    for i, char in enumerate(pattern):
        if char in "[]":
            in_class = char == "["
        elif char == "(" and not in_class:
            opens.append(i)
        elif char == ")" and not in_class and opens:
            start = opens.pop()
            if pattern[start + 1] != "?":
                spans.append((start, i))
    if not spans or opens:
        return False
    start, end = max(spans)
    return re.fullmatch(pattern[start + 1 : end], "") is None


def _compiles(con: duckdb.DuckDBPyConnection, regexes: list[str]) -> bool:
    """Whether DuckDB's RE2 compiles every regex."""
    try:
        con.execute("SELECT regexp_full_match('', p) FROM unnest($p) AS t(p)", {"p": regexes})
    except duckdb.Error:
        return False
    con.fetchall()
    return True


def _register_countries(con: duckdb.DuckDBPyConnection, table: str) -> tuple[list[str], list[int]]:
    """Create ``_sid_phone_countries`` (the table's region names → codes, and whether
    phonenumbers has metadata for them); return the regions and the calling codes the
    table's numbers seem to use, the most frequent first."""
    rows = con.execute(
        f"""
        SELECT region_hint, default_region,
            CASE WHEN regexp_matches(value, '^[^0-9]*[+]')
                    THEN left(regexp_replace(value, '[^0-9]', '', 'g'), 3)
                WHEN regexp_matches(value, '^[^0-9]*0[^0-9]*0')
                    THEN left(regexp_replace(value, '[^0-9]', '', 'g'), {_LEAD})
            END AS lead,
            count(*) AS n
        FROM {table} GROUP BY ALL
        """
    ).fetchall()
    names = sorted({name for row in rows for name in row[:2] if name is not None})
    found = {name: region_from_country(name) for name in names}
    con.execute(
        "CREATE OR REPLACE TEMP TABLE _sid_phone_countries AS SELECT unnest($name)::VARCHAR "
        "AS name, unnest($code)::VARCHAR AS code, unnest($supported)::BOOLEAN AS supported",
        {
            "name": names,
            "code": [found[name] for name in names],
            "supported": [found[name] in SUPPORTED_REGIONS for name in names],
        },
    )
    regions: Counter[str] = Counter()
    callings: Counter[int] = Counter()
    for hint, default, lead, n in rows:
        region = found.get(hint or "") or found.get(default or "")
        if region in SUPPORTED_REGIONS:
            regions[region] += n
            callings[country_code_for_region(region)] += n
        for cc in _leading_codes(lead or "", region if region in SUPPORTED_REGIONS else None):
            callings[cc] += n
    return [r for r, _ in regions.most_common()], [cc for cc, _ in callings.most_common()]


def _leading_codes(lead: str, region: str | None) -> set[int]:
    """The calling codes a number starting with the digits ``lead`` may have, written with
    '+', or '00' (read as the region's IDD, or retried as '+')."""
    if not lead.startswith("00"):
        return {cc} if (cc := _calling_code(lead[:3])) else set()
    codes = {cc} if (cc := _calling_code(lead[2:5])) else set()
    metadata = PhoneMetadata.metadata_for_region(region) if region else None
    idd = metadata.international_prefix if metadata else None
    found = re.match(idd, lead) if idd else None
    if found and (cc := _calling_code(lead[found.end() : found.end() + 3])):
        codes.add(cc)
    return codes


def _calling_code(digits: str) -> int | None:
    """The calling code at the start of ``digits``, as _extract_country_code finds it."""
    if digits.startswith("0"):
        return None
    codes = (int(digits[:n]) for n in range(1, min(len(digits), 3) + 1))
    return next((cc for cc in codes if cc in COUNTRY_CODE_TO_REGION_CODE), None)


@dataclass(frozen=True)
class _Keyed:
    """Regexes of all prepared metadata at once, on '<key>:<digits>', and the transforms."""

    general: str | None
    prefix: str | None
    idd: str | None
    transforms: Mapping[str, _Plan]

    def matches(self, key: str, column: str) -> str:
        """SQL for _match_national_number on the general pattern of metadata ``key``."""
        if self.general is None:
            return "false"
        return f"regexp_full_match({key} || ':' || {column}, {quote_literal(self.general)})"

    def strip(self, key: str, column: str, out: str) -> tuple[str, str, str]:
        """SQL for _maybe_strip_national_prefix_carrier_code in three steps, each using the
        columns the one before defines: ``{out}_m`` (the prefix found after '<key>:'),
        ``{out}_r`` (what follows it, or NULL) and ``{out}`` (the number parse keeps)."""
        if self.prefix is None:
            return "NULL", "NULL", column
        found = f"regexp_extract({key} || ':' || {column}, {quote_literal(self.prefix)})"
        rest = f"substr({column}, length({out}_m) - length({key}))"
        if self.transforms:
            rest = f"coalesce({self._transformed(key, column)}, {rest})"
        rest = f"CASE WHEN length({out}_m) > length({key}) + 1 THEN {rest} END"
        kept = f"{self.matches(key, column)} AND NOT {self.matches(key, f'{out}_r')}"
        return (
            found,
            rest,
            f"CASE WHEN {out}_r IS NOT NULL AND NOT ({kept}) THEN {out}_r ELSE {column} END",
        )

    def _transformed(self, key: str, column: str) -> str:
        """SQL: the number after the national prefix transform rule, when its last group
        took part; else NULL."""
        whens = []
        for k, plan in self.transforms.items():
            regex = quote_literal(_prefixed(str(plan.prefix)))
            took_part = f"regexp_extract({column}, {regex}, {plan.groups}) <> ''"
            replaced = f"regexp_replace({column}, {regex}, {quote_literal(str(plan.transform))})"
            whens.append(f"WHEN {key} = '{k}' AND {took_part} THEN {replaced}")
        return "CASE " + " ".join(whens) + " END"


def _keyed(regexes: Mapping[str, str | None], start: bool = False) -> str | None:
    """One regex for several metadata: '<key>:' then the key's own regex."""
    either = "|".join(f"{k}:(?:{r})" for k, r in regexes.items() if r)
    return None if not either else f"^(?:{either})" if start else f"(?:{either})"


def _prefixed(regex: str) -> str:
    return f"^(?:{regex})"


def _in(values: Iterable[str]) -> str:
    return ", ".join(quote_literal(v) for v in values)


def _select(
    table: str,
    codes: Mapping[int, tuple[str, ...]],
    plans: Mapping[str, _Plan],
    keyed: _Keyed,
) -> str:
    """The fast path's SELECT over the prepared calling codes."""
    plain, extended = quote_literal(_PLAIN), quote_literal(f"^{_EXTENDED}$")
    digits = "base"
    for separator in " ().-/+":
        digits = f"replace({digits}, '{separator}', '')"
    idd = quote_literal(keyed.idd or "^$")
    known = [str(cc) for cc in COUNTRY_CODE_TO_REGION_CODE]
    calling_code = " ".join(
        f"WHEN left(intl, {n}) IN ({_in(c for c in known if len(c) == n)}) THEN left(intl, {n})"
        for n in (1, 2, 3)
    )
    regions = " ".join(
        f"WHEN cc = '{cc}' THEN {_region_of(keys, plans)}" for cc, keys in codes.items()
    )
    found = f"CASE {regions} END" if regions else "NULL"
    parse_errors = " ".join(
        f"WHEN '{kind}' THEN {quote_literal(_PARSE_REASONS[error])}"
        for kind, error in _PARSE_ERRORS.items()
    )
    length_errors = " ".join(
        f"WHEN '{result}' THEN {quote_literal(reason)}"
        for result, reason in _LENGTH_REASONS.items()
    )
    head, middle, tail = _message_parts()
    pot = keyed.strip("r_meta", "after_cc", "pot")
    nsn = keyed.strip("m", "nnn", "s")
    return f"""
    -- region_from_country(region_hint) or region_from_country(default_region)
    WITH inputs AS (
        SELECT t.value, t.region_hint, t.default_region, coalesce(c1.code, c2.code) AS r_out,
            CASE WHEN c1.code IS NOT NULL THEN c1.supported ELSE c2.supported END AS supported
        FROM {table} t
        LEFT JOIN _sid_phone_countries c1 ON c1.name = t.region_hint
        LEFT JOIN _sid_phone_countries c2 ON c2.name = t.default_region
    ),
    -- the accepted shapes; the digits of the number, its extension, '00' for the retry
    digits AS (
        SELECT *, {digits} AS d, contains(base, '+') AS plus,
            regexp_matches(value, '^ *00') AS z,
            CASE WHEN supported THEN r_out END AS r_meta
        FROM (
            SELECT value, region_hint, default_region, r_out, supported,
                CASE WHEN plain THEN value ELSE regexp_extract(value, {extended}, 1) END AS base,
                CASE WHEN NOT plain THEN regexp_extract(value, {extended}, 2) END AS ext
            FROM (SELECT *, regexp_full_match(value, {plain}) AS plain FROM inputs)
            WHERE length(value) <= {_MAX_TEXT} AND (plain OR regexp_full_match(value, {extended}))
        )
    ),
    -- n = 1: parse(value, region); n = 2: parse('+' + value without its '00')
    attempts AS (
        SELECT a.* REPLACE (plus OR n = 2 AS plus, CASE n WHEN 1 THEN d ELSE substr(d, 3) END AS d),
            p.cc AS r_cc, p.lengths AS r_lengths
        FROM (SELECT *, unnest(CASE WHEN z THEN [1, 2] ELSE [1] END) AS n FROM digits) a
        LEFT JOIN _sid_phone_plans p ON p.key = a.r_meta
        WHERE a.r_meta IS NULL OR p.key IS NOT NULL
    ),
    -- _maybe_strip_i18n_prefix_and_normalize: the digits after '+' or the region's IDD
    intl AS (
        SELECT *,
            CASE WHEN plus THEN d
                WHEN idd_end > 0 AND (length(d) = idd_end OR substr(d, idd_end + 1, 1) <> '0')
                THEN substr(d, idd_end + 1)
            END AS intl
        FROM (
            SELECT *, CASE WHEN NOT plus THEN
                length(regexp_extract(r_meta || ':' || d, {idd})) - length(r_meta) - 1
            END AS idd_end
            FROM attempts
        )
    ),
    -- _extract_country_code; a national number starting with its region's calling code
    own AS (
        SELECT *, {pot[2]} AS pot
        FROM (
            SELECT *, {pot[1]} AS pot_r
            FROM (
                SELECT *, {pot[0]} AS pot_m
                FROM (
                    SELECT *,
                        CASE WHEN length(intl) > 2 THEN CASE {calling_code} END END AS icc,
                        CASE WHEN intl IS NULL AND starts_with(d, r_cc)
                            THEN substr(d, length(r_cc) + 1)
                        END AS after_cc
                    FROM intl
                )
            )
        )
    ),
    -- _maybe_extract_country_code's choice: calling code, national number, metadata (m)
    chosen AS (
        SELECT c.*, k.main, k.main_lengths, k.main_where,
            CASE WHEN intl IS NOT NULL OR dflt THEN k.main ELSE r_meta END AS m
        FROM (
            SELECT *,
                CASE WHEN intl IS NOT NULL THEN icc ELSE r_cc END AS cc,
                CASE WHEN intl IS NOT NULL THEN substr(intl, length(icc) + 1)
                    WHEN dflt THEN pot ELSE d
                END AS nnn
            FROM (
                SELECT *, coalesce(pot IS NOT NULL AND (
                    (NOT {keyed.matches("r_meta", "d")} AND {keyed.matches("r_meta", "pot")})
                    OR substr(r_lengths, length(d) + 1, 1) = '{ValidationResult.TOO_LONG}'
                ), false) AS dflt
                FROM own
            )
        ) c LEFT JOIN _sid_phone_codes k ON k.cc = c.cc
    ),
    -- parse's national prefix stripping, kept when the rest has a possible length
    stripped AS MATERIALIZED (
        SELECT *, {nsn[2]} AS s
        FROM (
            SELECT *, {nsn[1]} AS s_r
            FROM (SELECT *, CASE WHEN length(nnn) >= 2 THEN {nsn[0]} END AS s_m FROM chosen)
        )
    ),
    -- the national significant number, or the NumberParseException parse raises
    -- ('+' and under three digits is no number; with an extension, parse reads it along)
    parsed AS MATERIALIZED (
        SELECT *, lpad(length(nsn)::VARCHAR, 2, '0') || nsn AS sized,
            CASE WHEN n = 2 AND length(d) < 3 THEN CASE WHEN ext IS NULL THEN 'bad' ELSE 'skip' END
                WHEN NOT plus AND r_meta IS NULL THEN 'no_cc'
                WHEN intl IS NOT NULL AND length(intl) <= 2 THEN 'short_idd'
                WHEN intl IS NOT NULL AND icc IS NULL
                    THEN CASE WHEN plus THEN 'skip' ELSE 'no_cc' END
                WHEN main IS NULL THEN 'skip'
                WHEN length(nnn) < 2 OR length(nsn) < 2 THEN 'short_nsn'
                WHEN length(nsn) > {_MAX_NSN} THEN 'too_long'
                ELSE 'parsed'
            END AS kind
        FROM (
            SELECT s.*,
                CASE WHEN length(s) < {_LENGTHS} AND substr(p.lengths, length(s) + 1, 1)
                    NOT IN ({_in(str(r) for r in _PREFIX_KEPT)})
                THEN s ELSE nnn END AS nsn
            FROM stripped s LEFT JOIN _sid_phone_plans p ON p.key = s.m
        )
    ),
    -- is_valid_number and region_code_for_number; the scalar's reasons
    results AS (
        SELECT value, region_hint, default_region, r_out, ext, n, z,
            CASE WHEN kind = 'skip' THEN 'skip'
                WHEN coalesce(found, '') <> '' THEN 'ok' ELSE 'error'
            END AS status,
            CASE WHEN coalesce(found, '') <> '' THEN '+' || cc || nsn END AS normalized,
            nullif(found, '{_NON_GEOGRAPHIC}') AS found,
            CASE WHEN coalesce(found, '') <> '' THEN NULL
                WHEN kind = 'parsed' THEN replace(
                    CASE substr(main_lengths, length(nsn) + 1, 1) {length_errors}
                        ELSE {quote_literal(_NOT_ASSIGNED)} END,
                    '{{where}}', main_where)
                ELSE CASE kind {parse_errors} END
            END AS reason
        FROM (SELECT *, CASE WHEN kind = 'parsed' THEN {found} END AS found FROM parsed)
    ),
    retried AS (
        SELECT value, region_hint, default_region, status, normalized, found
        FROM results WHERE n = 2
    ),
    -- the retry's result when the first parse is invalid and the retry valid
    answered AS (
        SELECT r.*, t.status AS status2, t.normalized AS normalized2, t.found AS found2,
            CASE WHEN r.status = 'ok' THEN 1 WHEN r.status = 'skip' THEN NULL
                WHEN t.status IS NULL THEN 1 WHEN t.status = 'ok' THEN 2
                WHEN t.status = 'skip' THEN NULL ELSE 1
            END AS pick
        FROM results r LEFT JOIN retried t ON r.z AND t.value = r.value
            AND t.region_hint IS NOT DISTINCT FROM r.region_hint
            AND t.default_region IS NOT DISTINCT FROM r.default_region
        WHERE r.n = 1
    )
    SELECT value, region_hint, default_region, value AS original,
        CASE pick WHEN 1 THEN normalized ELSE normalized2 END AS normalized,
        CASE WHEN pick = 1 AND status = 'ok' THEN found
            WHEN pick = 2 THEN found2 ELSE r_out END AS region,
        CASE WHEN pick = 2 OR status = 'ok' THEN ext END AS extension,
        CASE WHEN pick = 1 AND status = 'error'
            THEN {quote_literal(head)} || value || {quote_literal(middle)} || reason
                || {quote_literal(tail)}
        END AS error
    FROM answered WHERE pick IS NOT NULL
    UNION ALL  -- missing and blank values
    SELECT t.value, t.region_hint, t.default_region, t.value AS original, NULL AS normalized,
        CASE WHEN t.value IS NOT NULL THEN coalesce(c1.code, c2.code) END AS region,
        NULL AS extension, NULL AS error
    FROM (SELECT * FROM {table} WHERE value IS NULL OR regexp_full_match(value, ' *')) t
    LEFT JOIN _sid_phone_countries c1 ON c1.name = t.region_hint
    LEFT JOIN _sid_phone_countries c2 ON c2.name = t.default_region
    """


def _region_of(keys: tuple[str, ...], plans: Mapping[str, _Plan]) -> str:
    """SQL for region_code_for_number where is_valid_number holds for ``nsn``: the region
    ('001' for non-geographic codes), '' when it is invalid for the region claiming it,
    NULL when no region claims it."""
    if len(keys) == 1:
        region = keys[0] if keys[0].isalpha() else _NON_GEOGRAPHIC
        return f"CASE WHEN {_typed(plans[keys[0]])} THEN '{region}' END"
    whens = []
    for key in keys:
        plan = plans[key]
        if plan.leading is not None:
            claims = f"regexp_matches(nsn, {quote_literal(_prefixed(plan.leading))})"
            whens.append(f"WHEN {claims} THEN CASE WHEN {_typed(plan)} THEN '{key}' ELSE '' END")
        else:
            whens.append(f"WHEN {_typed(plan)} THEN '{key}'")
    return "CASE " + " ".join(whens) + " END"


def _typed(plan: _Plan) -> str:
    """SQL for _number_type_helper(nsn, metadata) != UNKNOWN, on ``sized``."""
    if plan.sized_general is None or plan.sized_types is None:
        return "false"
    general, types = quote_literal(plan.sized_general), quote_literal(plan.sized_types)
    return f"(regexp_full_match(sized, {general}) AND regexp_full_match(sized, {types}))"


def _message_parts() -> tuple[str, str, str]:
    """The scalar's error message around the value and the reason (the values answered are
    short and plain ASCII, so their repr is the value in single quotes)."""
    text, reason = "\x01", "\x02"
    quoted = repr(text)
    head, rest = _message(text, reason).split(quoted)
    middle, tail = rest.split(reason)
    return head + quoted[0], quoted[-1] + middle, tail


PHONE_BATCH = BatchNormalizer(
    "phone", ("value", "region_hint", "default_region"), normalize_phone, fast_path
)
"""Phone numbers, plain ones normalized in SQL."""
