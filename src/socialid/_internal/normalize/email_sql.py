"""The SQL fast path of :func:`normalize_email`.

The fast path answers plain ASCII addresses, optionally surrounded by whitespace: a dot-atom
local part of at most 64 characters, ``@``, and a host name whose labels are letters, digits
and inner hyphens, with at least one dot and a last label ending in a letter. Within that
shape it reproduces what email-validator accepts (total length, label length, R-LDH labels,
special-use names) and what :func:`normalize_email` does after it: RFC 2142 mailbox names
lower-cased before tokenizing, provider rules, role and free-mail flags, camelCase tokens.

Everything else goes to Python: ``mailto:`` links, ``Name <address>`` forms, quoted local
parts, IP literals, Punycode (``xn--``) and other internationalized addresses, and invalid
or empty values (their error messages come from email-validator).
"""

from __future__ import annotations

import re

import duckdb
import email_validator
from email_validator.rfc_constants import (
    ATEXT,
    CASE_INSENSITIVE_MAILBOX_NAMES,
    EMAIL_MAX_LENGTH,
    HOSTNAME_LABEL,
    LOCAL_PART_MAX_LENGTH,
)

from socialid._internal.normalize._batch import BatchNormalizer
from socialid._internal.normalize.email import _ROLE_SEPARATORS, normalize_email
from socialid._internal.normalize.email_rules import FREE_DOMAINS, ROLE_LOCALS, RULE_BY_DOMAIN

# email-validator's own character classes (RE2 reads their escapes as Python does).
_ATOM = f"[{ATEXT}]+"
_LAST_LABEL = r"(?:[A-Za-z0-9][A-Za-z0-9-]*)?[A-Za-z]"  # every TLD ends with a letter
_SPACES = "".join(chr(i) for i in range(128) if chr(i).isspace())  # what str.strip strips
_SPACE = "[" + "".join(f"\\x{ord(c):02x}" for c in _SPACES) + "]*"
# The address, one '@' between a local part and a domain (none holds '@' or a space): a full
# match without groups runs faster than extracting them.
_ADDRESS = f"{_SPACE}{_ATOM}(?:\\.{_ATOM})*@(?:{HOSTNAME_LABEL}\\.)+{_LAST_LABEL}{_SPACE}"
# On the lower-cased domain: a label over 63 characters, an R-LDH or Punycode label (email-
# validator decodes any 'xn--'), or a special-use name (arpa, local, test…).
_REJECTED_DOMAIN = (
    r"[^.]{64}|(?:^|\.)[^.]{2}--|xn--|(?:^|\.)(?:"
    + "|".join(re.escape(name) for name in email_validator.SPECIAL_USE_DOMAIN_NAMES)
    + ")$"
)
# split_tokens without its lookahead: a space before the last capital of a run of capitals
# followed by a lower-case letter ('HTMLParser' → 'HTML Parser') makes the other branches of
# its regex find the same tokens.
_CAMEL_BOUNDARY = "([A-Z])([A-Z][a-z])"
_TOKEN = "[A-Z]?[a-z]+|[A-Z]+|[0-9]+"


def fast_path(con: duckdb.DuckDBPyConnection, table: str) -> str:
    """Register the email data tables and return the SELECT normalizing plain addresses."""
    _register_data(con)
    return f"""
        WITH parsed AS MATERIALIZED (  -- else the checks below run on every value
            SELECT value, {{'local': split_part(address, '@', 1),
                            'domain': split_part(address, '@', 2)}} AS part
            FROM (SELECT value, trim(value, {_sql(_SPACES)}) AS address FROM {table}
                  WHERE regexp_full_match(value, {_sql(_ADDRESS)}))
        ),
        valid AS (
            SELECT
                value,
                CASE WHEN lower(part.local) IN (SELECT name FROM _sid_email_caseless_locals)
                    THEN lower(part.local) ELSE part.local END AS local,
                lower(part.domain) AS domain
            FROM parsed
            WHERE length(part.local) <= {LOCAL_PART_MAX_LENGTH}
                AND length(part.local) + 1 + length(part.domain) <= {EMAIL_MAX_LENGTH}
                AND NOT regexp_matches(lower(part.domain), {_sql(_REJECTED_DOMAIN)})
        ),
        ruled AS (
            SELECT
                v.value,
                CASE WHEN strpos(v.local, r.tag_separator) > 1
                    THEN left(v.local, strpos(v.local, r.tag_separator) - 1)
                    ELSE v.local END AS local,
                coalesce(r.canonical_domain, v.domain) AS domain,
                coalesce(r.drop_dots, false) AS drop_dots,
                coalesce(r.is_free, false) AS is_free
            FROM valid v LEFT JOIN _sid_email_domains r ON r.domain = v.domain
        ),
        keyed AS (
            SELECT
                value,
                CASE WHEN drop_dots THEN replace(lower(local), '.', '') ELSE lower(local) END
                    AS key,
                domain,
                is_free,
                list_transform(
                    regexp_extract_all(
                        regexp_replace(local, {_sql(_CAMEL_BOUNDARY)}, '\\1 \\2', 'g'),
                        {_sql(_TOKEN)}
                    ),
                    lambda token: lower(token)
                ) AS local_tokens
            FROM ruled
        )
        SELECT
            value,
            value AS original,
            key || '@' || domain AS normalized,
            key AS local,
            domain,
            regexp_replace(key, {_sql(_ROLE_SEPARATORS.pattern)}, '', 'g')
                IN (SELECT name FROM _sid_email_role_locals) AS is_role,
            is_free,
            local_tokens,
            NULL::VARCHAR AS error
        FROM keyed
    """


def _register_data(con: duckdb.DuckDBPyConnection) -> None:
    """(Re)create the ``_sid_email_*`` tables from the Python rule data."""
    domains = sorted(RULE_BY_DOMAIN.keys() | FREE_DOMAINS)
    rules = [RULE_BY_DOMAIN.get(domain) for domain in domains]
    canonical = [
        rule.canonical_domain if rule and rule.canonical_domain else domain
        for domain, rule in zip(domains, rules, strict=True)
    ]
    con.execute(
        "CREATE OR REPLACE TEMP TABLE _sid_email_domains AS SELECT unnest($domain) AS domain, "
        "unnest($canonical)::VARCHAR AS canonical_domain, unnest($dots)::BOOLEAN AS drop_dots, "
        "unnest($tag)::VARCHAR AS tag_separator, unnest($free)::BOOLEAN AS is_free",
        {
            "domain": domains,
            "canonical": canonical,
            "dots": [bool(rule and rule.drop_dots) for rule in rules],
            "tag": [rule.tag_separator if rule else None for rule in rules],
            "free": [domain in FREE_DOMAINS for domain in canonical],
        },
    )
    for table, names in (
        ("_sid_email_role_locals", ROLE_LOCALS),
        ("_sid_email_caseless_locals", CASE_INSENSITIVE_MAILBOX_NAMES),
    ):
        con.execute(
            f"CREATE OR REPLACE TEMP TABLE {table} AS SELECT unnest($names)::VARCHAR AS name",
            {"names": sorted(names)},
        )


def _sql(text: str) -> str:
    """A SQL string literal (DuckDB keeps backslashes as they are)."""
    return "'" + text.replace("'", "''") + "'"


EMAIL_BATCH = BatchNormalizer("email", ("value",), normalize_email, fast_path)
"""Email addresses, plain ones normalized in SQL."""
