"""SQL for the URL shapes that :func:`~socialid._internal.normalize.url.parse_url` reads the
same way as ``urlsplit``: an optional http(s) scheme, a plain ASCII host, a plain path, query
and fragment (no port, no user info, no %-escape). Shared by the bio and website fast paths.
"""

from __future__ import annotations

from socialid._internal.normalize.url import (
    _IGNORED_HOST_PREFIXES,
    _MAX_HOST_LENGTH,
    PUBLIC_SUFFIXES,
)
from socialid._internal.sql import quote_list, quote_literal

_SEGMENT = r"[A-Za-z0-9._~@+!$&*,;=()\-]*"
_REST = r"[A-Za-z0-9._~@+!$&*,;=()/?%\-]*"
#: A simple URL: group 1 is the host, 2 the path, 3 the query.
SIMPLE_URL = (
    rf"^(?:[hH][tT][tT][pP][sS]?://)?([A-Za-z0-9.\-]+)((?:/{_SEGMENT})*)(\?{_REST})?"
    rf"(?:#{_REST})?$"
)


def path_layout_sql(path: str, segs: str, reserved: frozenset[str]) -> tuple[list[str], str]:
    """A platform's profile path layout ('in/{h}', '@{h}', '{h}') over the path segments list
    ``segs``: the SQL conditions that they follow it, and the SQL of the raw handle in them
    ('' when the layout holds none).

    >>> conditions, raw = path_layout_sql("in/{h}", "segs", frozenset())
    >>> raw, conditions[1]
    ('segs[2]', "lower(segs[1]) = 'in'")
    """
    parts = path.split("/")
    conditions, raw = [f"len({segs}) >= {len(parts)}"], ""
    for index, part in enumerate(parts, 1):
        segment = f"{segs}[{index}]"
        if part == "{h}":
            words = quote_list(sorted(reserved))
            conditions.append(f"NOT list_contains({words}, lower({segment}))")
            raw = segment
        elif part == "@{h}":
            conditions.append(f"starts_with({segment}, '@')")
            raw = f"{segment}[2:]"
        else:
            conditions.append(f"lower({segment}) = {quote_literal(part)}")
    return conditions, raw


def raw_host_sql(link: str) -> str:
    """The lower-case host of a simple URL ``link``, without the trailing dot."""
    return f"rtrim(lower(regexp_extract({link}, {quote_literal(SIMPLE_URL)}, 1)), '.')"


def host_is_plausible_sql(host: str) -> str:
    """Whether ``parse_url`` accepts the raw host: dotted labels ending in a letter-led TLD."""
    return (
        f"(length({host}) <= {_MAX_HOST_LENGTH} "
        f"AND regexp_full_match({host}, '(?:[a-z0-9\\-]+\\.)+[a-z][a-z0-9\\-]*'))"
    )


def bare_host_sql(host: str) -> str:
    """The raw host without the 'www.', 'm.' and 'mobile.' prefixes, as ``parse_url``."""
    for prefix in _IGNORED_HOST_PREFIXES:
        host = (
            f"CASE WHEN starts_with({host}, {quote_literal(prefix)}) "
            f"THEN {host}[{len(prefix) + 1}:] ELSE {host} END"
        )
    return host


def registrable_domain_sql(labels: str) -> str:
    """``registrable_domain`` of a host split into its ``labels`` (a list expression)."""
    return (
        f"array_to_string({labels}[CASE WHEN list_contains({quote_list(sorted(PUBLIC_SUFFIXES))}, "
        f"array_to_string({labels}[-2:], '.')) THEN -3 ELSE -2 END:], '.')"
    )


def website_domains_sql(table: str) -> str:
    """A fast path of :func:`~socialid._internal.normalize.bio.website_domain`: over the
    ``value`` column of ``table``, the rows holding a simple URL and their ``result``."""
    return f"""
        SELECT value, CASE WHEN {host_is_plausible_sql("host0")}
            THEN {registrable_domain_sql("labels")} END AS result
        FROM (SELECT *, string_split({bare_host_sql("host0")}, '.') AS labels
              FROM (SELECT value, {raw_host_sql("value")} AS host0 FROM {table}
                    WHERE regexp_matches(value, {quote_literal(SIMPLE_URL)})))
    """
