"""The SQL fast path of :func:`normalize_handle`.

It answers every value that is missing, blank, or printable ASCII (optionally surrounded by
the Latin-1 whitespace that ``str.strip`` removes: tabs, newlines, no-break spaces), whatever
the platform text (whose few distinct values are resolved once by :func:`canonical_platform`):

* plain handles and ``@handle`` on every platform of platforms.py and on none, ``@user@host``
  addresses, bare ``name.bsky.social`` handles;
* profile URLs, with or without scheme, whose host is a plain domain name (no port, user info
  or trailing dot) and whose path has no ``%`` escape: every platform's URL layouts and user
  subdomains (except a query layout with ``%`` or ``+`` in the query, which parse_qsl decodes),
  and ``/@user`` links on other hosts;
* the errors of these: unknown platforms, broken platform rules, site pages, unknown hosts.

Left to Python: values with any other character (Unicode handles and hosts, inner control
characters, other Unicode spaces) and URLs of other shapes (``%`` escapes, ports, user info,
IPv6 hosts, trailing dots).
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Iterable

import duckdb

from socialid._internal.normalize._batch import BatchNormalizer
from socialid._internal.normalize._text import quoted
from socialid._internal.normalize.handle import (
    _FEDIVERSE,
    _GENERIC_HANDLE,
    _GENERIC_RULE,
    _PLATFORM_NAMES,
    canonical_platform,
    normalize_handle,
)
from socialid._internal.normalize.platforms import (
    BY_NAME,
    MASTODON,
    PLATFORMS,
    Platform,
    re2_full_match,
)
from socialid._internal.normalize.url import (
    _BARE_URL,
    _HOST,
    _IGNORED_HOST_PREFIXES,
    _MAX_HOST_LENGTH,
    _SCHEME,
)
from socialid._internal.normalize.url_sql import path_layout_sql
from socialid._internal.sql import quote_literal

#: The input columns: the value and the record's platform text (``platform`` names a result).
INPUTS = ("value", "platform_hint")
_sql = quote_literal

# Printable ASCII, optionally surrounded by whitespace that str.strip removes (Latin-1 ones).
_WHITESPACE = "".join(c for c in map(chr, range(256)) if c.isspace())
_SPACE_CLASS = "[" + "".join(f"\\x{{{ord(c):x}}}" for c in _WHITESPACE) + "]*"
_SHAPE = f"{_SPACE_CLASS}[ -~]*{_SPACE_CLASS}"
_IS_URL = f"(?i){_SCHEME.pattern}|{_BARE_URL.pattern}"  # looks_like_url
# A URL that urlsplit and parse_url read as scheme, host (matching parse_url's host rule, so
# without port, user info or trailing dot), path, query and fragment, with nothing to decode.
_URL = (
    f"^(?:(?i:{_SCHEME.pattern.removeprefix('^')}))?({_HOST.pattern})"
    r"(/[^?#%]*)?(?:\?([^#]*))?(?:#.*)?$"
)
_QUOTE_LIMIT: int = inspect.signature(quoted).parameters["limit"].default
_BLUESKY = BY_NAME["bluesky"]  # what a bare 'name.bsky.social' is
_UNKNOWN_HOST = (
    f" is not a profile link of a known platform; use a link to one of {_PLATFORM_NAMES}."
)
# The noise suffixes (a lookahead too): the suffix and what it must contain to be noise.
_NOISE: dict[str, tuple[str, str]] = {
    r"-(?=[a-z]*[0-9])[0-9a-z]{5,}$": (r"(?i)-[0-9a-z]{5,}$", "[0-9]"),
}
# split_tokens without its lookahead: a space before the last capital of a run of capitals
# followed by a lower-case letter ('HTMLParser' → 'HTML Parser') makes the other branches of
# its regex find the same tokens.
_CAMEL_BOUNDARY = "([A-Z])([A-Z][a-z])"
_TOKEN = "[A-Z]?[a-z]+|[A-Z]+|[0-9]+"


def fast_path(con: duckdb.DuckDBPyConnection, table: str) -> str:
    """Register the handle data tables and return the SELECT normalizing ASCII handles/URLs."""
    _register_hosts(con)
    _register_hints(con, table)
    value, hint = INPUTS
    mastodon = _sql(MASTODON.name)
    # platform_for_host: the longest known host that the host ends with, label-wise.
    host_labels = sorted({host.count(".") + 1 for p in PLATFORMS for host in p.hosts}, reverse=True)
    host_joins = " ".join(
        f"LEFT JOIN _sid_handle_hosts k{n} "
        f"ON k{n}.host = regexp_extract(url_host, {_last_labels(n)})"
        for n in host_labels
    )
    found = ", ".join(f"k{n}.platform" for n in host_labels)
    matched = ", ".join(f"k{n}.host" for n in host_labels)
    ignored_prefixes = "^" + "".join(f"(?:{re.escape(p)})?" for p in _IGNORED_HOST_PREFIXES)
    # The platforms whose layouts read the query.
    by_query = frozenset(p.name for p in PLATFORMS if any("?" in x for x in p.paths))
    url_raw = _cases(f"WHEN found = {_sql(p.name)} THEN {_url_raw(p)}" for p in PLATFORMS)
    url_error = _cases(f"WHEN found = {_sql(p.name)} THEN {_url_error(p)}" for p in PLATFORMS)
    invalid = _cases(f"WHEN {_sql(p.name)} THEN {_sql(_invalid(p))}" for p in PLATFORMS)
    return f"""
        WITH inputs AS MATERIALIZED (
            SELECT *, regexp_matches(s, {_sql(_IS_URL)}) AS is_url
            FROM (
                SELECT t.{value} AS value, t.{hint} AS hint,
                       CASE WHEN regexp_full_match(t.{value}, '[ -~]*') THEN trim(t.{value})
                            ELSE trim(t.{value}, {_sql(_WHITESPACE)}) END AS s,
                       p.name, p.unknown
                FROM {table} t
                LEFT JOIN _sid_handle_hints p ON p.hint = t.{hint}
                WHERE t.{value} IS NULL OR regexp_full_match(t.{value}, {_sql(_SHAPE)})
            )
        ),
        -- Each answered row: its platform (rp) and raw handle, or the problem, i.e. the error
        -- after quoted(value) (NULL for a missing or blank value).
        early AS (  -- missing or blank values, unknown platforms
            SELECT value, hint, NULL::VARCHAR AS rp, NULL::VARCHAR AS raw,
                   CASE WHEN s <> '' THEN unknown END AS problem
            FROM inputs WHERE value IS NULL OR s = '' OR unknown IS NOT NULL
        ),
        plain AS (  -- handles, '@handle', '@user@instance'
            SELECT value, hint,
                CASE WHEN regexp_matches(s, {_sql(_FEDIVERSE.pattern)})
                          AND (starts_with(s, '@') OR name = {mastodon}) THEN {mastodon}
                     WHEN name IS NULL AND ends_with(lower(raw), {_sql(_BLUESKY.default_suffix)})
                          THEN {_sql(_BLUESKY.name)}
                     ELSE name END AS rp,
                raw, NULL AS problem
            FROM (
                SELECT *, CASE WHEN starts_with(s, '@') THEN substr(s, 2) ELSE s END AS raw
                FROM inputs WHERE s <> '' AND unknown IS NULL AND NOT is_url
            )
        ),
        urls AS MATERIALIZED (
            SELECT value, hint,
                   regexp_extract(s, {_sql(_URL)}, ['host', 'path', 'query']) AS u
            FROM inputs WHERE s <> '' AND unknown IS NULL AND is_url
        ),
        located AS (  -- profile URLs of the covered shape, on their platform's host
            SELECT r.*, coalesce({found}) AS found,
                   rtrim(left(url_host, length(url_host) - length(coalesce({matched}, ''))), '.')
                       AS sub
            FROM (
                SELECT value, hint, u.query,
                       list_filter(string_split(u.path, '/'), lambda x: x <> '') AS segs,
                       regexp_replace(lower(u.host), {_sql(ignored_prefixes)}, '') AS url_host
                FROM urls WHERE u.host <> '' AND length(u.host) <= {_MAX_HOST_LENGTH}
            ) r {host_joins}
        ),
        linked AS (
            SELECT value, hint, found, segs,
                CASE WHEN found IS NOT NULL THEN found
                     WHEN starts_with(segs[1], '@') THEN {mastodon} END AS rp,
                CASE {url_raw}
                     WHEN found IS NULL AND starts_with(segs[1], '@')
                         THEN substr(segs[1], 2) || '@' || url_host END AS raw
            FROM located
            WHERE NOT coalesce(  -- parse_qsl would decode the query: left to Python
                {_is_in("found", by_query)} AND (contains(query, '%') OR contains(query, '+')),
                false
            )
        ),
        answered AS MATERIALIZED (  -- raw recurs in the checks: inlined, it is slow to plan
            SELECT * FROM early
            UNION ALL SELECT * FROM plain
            UNION ALL
            SELECT value, hint, rp, raw,
                CASE WHEN raw IS NULL THEN CASE {url_error} ELSE {_sql(_UNKNOWN_HOST)} END END
                    AS problem
            FROM linked
        ),
        checked AS MATERIALIZED (
            SELECT *, {_valid("handle", "rp")} AS valid
            FROM (SELECT *, {_handle("raw", "rp")} AS handle FROM answered)
        ),
        named AS (
            SELECT *, {_tokens("part")} AS tokens
            FROM (SELECT *, {_name_part("raw", "rp")} AS part FROM checked WHERE valid)
        )
        SELECT value AS {value}, hint AS {hint}, value AS original,
               rp AS platform, handle,
               -- the letters of the name part: its letter tokens (digit tokens sort before 'a')
               nullif(array_to_string(list_filter(tokens, lambda token: token >= 'a'), ''), '')
                   AS stem,
               tokens, NULL::VARCHAR AS error
        FROM named
        UNION ALL
        SELECT value, hint, value, NULL, NULL, NULL, []::VARCHAR[],
               {_quoted("value")} || CASE WHEN raw IS NULL THEN problem
                   ELSE CASE rp {invalid} ELSE {_sql(_invalid(None))} END END
        FROM checked WHERE NOT valid
    """


def may_name_platform_sql(value: str) -> str:
    """SQL: whether ``normalize_handle`` of ``value`` without a platform may name one. Of
    printable ASCII values only those can that hold a known platform's host, an '@' (a
    Mastodon address or '/@user' link) or Bluesky's suffix; the others are kept."""
    hosts = sorted({host for p in PLATFORMS for host in p.hosts} | {_BLUESKY.default_suffix})
    known = "|".join(re.escape(host) for host in hosts)
    return (
        f"(NOT regexp_full_match({value}, '[ -~]*') OR contains({value}, '@') "
        f"OR regexp_matches(lower({value}), {_sql(known)}))"
    )


def _invalid(platform: Platform | None) -> str:
    """The error after ``quoted(value)`` for a handle that breaks the platform's rule."""
    label = f"{platform.label} handle" if platform else "handle"
    return f" is not a valid {label}: {platform.rule if platform else _GENERIC_RULE}."


def _url_error(platform: Platform) -> str:
    """SQL for the error after ``quoted(value)`` for a link to no profile on the platform."""
    first = "coalesce(lower(segs[1]), '')"
    example = f"; use a link like {platform.example}."
    before = _sql(f" is the {platform.label} '")
    after = _sql("' page, not a person's profile" + example)
    page = f"{before} || {first} || {after}"
    other = _sql(f" is not a profile link on {platform.label}{example}")
    return f"CASE WHEN {_is_in(first, platform.reserved)} THEN {page} ELSE {other} END"


def _url_raw(platform: Platform) -> str:
    """SQL for the raw handle of a link to the platform (``_from_url``), else NULL."""
    branches = []
    if platform.user_subdomains:
        branches.append(f"WHEN sub <> '' AND NOT {_is_in('sub', platform.reserved)} THEN sub")
    for layout in platform.paths:
        path, _, query = layout.partition("?")
        conditions, raw = path_layout_sql(path, "segs", platform.reserved)
        if query:
            key = re.escape(query.partition("=")[0])
            raw = f"regexp_extract(query, {_sql(f'(?:^|&){key}=([^&]+)')}, 1)"
        conditions.append(f"{raw} <> ''")
        if platform is MASTODON:
            raw = f"{raw} || '@' || url_host"
        branches.append(f"WHEN {' AND '.join(conditions)} THEN {raw}")
    return f"CASE {_cases(branches)} END"


def _handle(raw: str, platform: str) -> str:
    """SQL for the lower-cased handle with its platform's default suffix (``_result``)."""
    suffixes = _cases(
        f"WHEN {platform} = {_sql(p.name)} AND NOT contains({raw}, '.') "
        f"THEN lower({raw}) || {_sql(p.default_suffix)}"
        for p in PLATFORMS
        if p.default_suffix
    )
    return f"CASE {suffixes} ELSE lower({raw}) END"


def _valid(handle: str, platform: str) -> str:
    """SQL: does the handle match its platform's pattern (the generic one if none)?"""
    patterns = _cases(
        f"WHEN {_sql(p.name)} THEN {_full_match(handle, p.pattern)}" for p in PLATFORMS
    )
    generic = _full_match(handle, _GENERIC_HANDLE)
    return f"coalesce(CASE {platform} {patterns} ELSE {generic} END, false)"


def _full_match(text: str, pattern: re.Pattern[str]) -> str:
    """SQL for ``pattern.fullmatch(text)`` on ASCII text."""
    return " AND ".join(
        f"regexp_full_match({text}, {_sql(p)})"
        for p in re2_full_match(pattern)
    )


def _name_part(raw: str, platform: str) -> str:
    """SQL for the part of the raw handle that the stem and tokens come from."""
    branches = []
    for p in PLATFORMS:
        part = raw
        if p.stem_until:
            part = f"split_part({part}, {_sql(p.stem_until)}, 1)"
        if p.noise_suffix:
            suffix, inside = (_sql(x) for x in _NOISE[p.noise_suffix.pattern])
            part = (
                f"CASE WHEN regexp_matches(regexp_extract({part}, {suffix}), {inside}) "
                f"THEN regexp_replace({part}, {suffix}, '') ELSE {part} END"
            )
        if part != raw:
            branches.append(f"WHEN {_sql(p.name)} THEN {part}")
    return f"CASE {platform} {_cases(branches)} ELSE {raw} END"


def _tokens(text: str) -> str:
    """SQL for ``split_tokens`` of ASCII text (directly when it is lower-case)."""
    spaced = f"regexp_replace({text}, {_sql(_CAMEL_BOUNDARY)}, '\\1 \\2', 'g')"
    return (
        f"CASE WHEN {text} = lower({text}) THEN regexp_extract_all({text}, '[a-z]+|[0-9]+') "
        f"ELSE list_transform(regexp_extract_all({spaced}, {_sql(_TOKEN)}), "
        "lambda token: lower(token)) END"
    )


def _quoted(text: str) -> str:
    """SQL for :func:`quoted` of the values the fast path takes: their shortened repr."""
    short = (
        f"(CASE WHEN length({text}) <= {_QUOTE_LIMIT} THEN {text} "
        f"ELSE left({text}, {_QUOTE_LIMIT - 1}) || '…' END)"
    )
    escaped = f"replace({short}, '\\', '\\\\')"  # one backslash → two
    for space in _WHITESPACE.replace(" ", ""):  # '\t', '\xa0'…
        escaped = f"replace({escaped}, chr({ord(space)}), {_sql(repr(space)[1:-1])})"
    double = f"""'"' || {escaped} || '"'"""
    single = f"'''' || replace({escaped}, '''', '\\''') || ''''"
    return (
        f"CASE WHEN contains({short}, '''') AND NOT contains({short}, '\"') "
        f"THEN {double} ELSE {single} END"
    )


def _register_hosts(con: duckdb.DuckDBPyConnection) -> None:
    """(Re)create ``_sid_handle_hosts(host, platform)`` from the platform table."""
    hosts = [(host, p.name) for p in PLATFORMS for host in p.hosts]
    con.execute(
        "CREATE OR REPLACE TEMP TABLE _sid_handle_hosts AS "
        "SELECT unnest($host)::VARCHAR AS host, unnest($platform)::VARCHAR AS platform",
        {"host": [h for h, _ in hosts], "platform": [p for _, p in hosts]},
    )


def _register_hints(con: duckdb.DuckDBPyConnection, table: str) -> None:
    """(Re)create ``_sid_handle_hints``: each distinct platform text of ``table``
    with its canonical platform or, when unknown, the error after ``quoted(value)``."""
    texts = [
        row[0]
        for row in con.execute(
            f"SELECT DISTINCT {INPUTS[1]} FROM {table} WHERE {INPUTS[1]} IS NOT NULL"
        ).fetchall()
    ]
    names = [canonical_platform(text) for text in texts]
    con.execute(
        "CREATE OR REPLACE TEMP TABLE _sid_handle_hints AS "
        "SELECT unnest($text)::VARCHAR AS hint, unnest($name)::VARCHAR AS name, "
        "unnest($unknown)::VARCHAR AS unknown",
        {
            "text": texts,
            "name": names,
            "unknown": [
                f" has an unknown platform {quoted(text)}; use one of {_PLATFORM_NAMES}."
                if name is None and text.strip()
                else None
                for text, name in zip(texts, names, strict=True)
            ],
        },
    )


def _last_labels(n: int) -> str:
    """A SQL regex for the last ``n`` dot-separated labels of a host name."""
    return _sql("[^.]+" + r"(?:\.[^.]+)" * (n - 1) + "$")


def _is_in(text: str, words: frozenset[str]) -> str:
    """SQL: is the text one of the words?"""
    if not words:
        return "false"
    return f"regexp_full_match({text}, {_sql('|'.join(re.escape(w) for w in sorted(words)))})"


def _cases(branches: Iterable[str]) -> str:
    """The WHEN branches of a CASE, one after the other."""
    return " ".join(branches)


HANDLE_BATCH = BatchNormalizer("handle", INPUTS, normalize_handle, fast_path)
"""Handles and profile URLs with their platform text, ASCII ones normalized in SQL."""
