"""The normalize stage, in DuckDB: canonical records → one feature row each.

Every distinct raw value is normalized once (see :mod:`socialid._internal.lookups`), then the
feature rows are assembled in SQL: split multi-valued cells, join each item to its lookup
row, and aggregate back per record, keeping first-seen order. Values that cannot be used (an
invalid email, an unparseable phone, a non-numeric follower count) are left out of the
evidence and written to the ``rejects`` table with the reason, so nothing the user gave is
lost silently.

The feature schema is the same for contacts and personas, so splink can compare any pair:
list columns are ``NULL`` rather than empty when a record has no such evidence.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass

import duckdb
import pyarrow as pa

from socialid._internal.comparisons import spelling_skeleton_sql
from socialid._internal.ingest import IngestedTable
from socialid._internal.keys import MIN_KEY_LENGTH
from socialid._internal.lookups import DATE, LOCATION, batch_lookup, python_lookup
from socialid._internal.normalize._batch import BatchNormalizer, BatchStats
from socialid._internal.normalize._text import words
from socialid._internal.normalize.bio import website_domain
from socialid._internal.normalize.bio_sql import BIO_BATCH
from socialid._internal.normalize.company import normalize_company
from socialid._internal.normalize.company_sql import companies_sql
from socialid._internal.normalize.email_sql import EMAIL_BATCH
from socialid._internal.normalize.handle import canonical_platform
from socialid._internal.normalize.handle_sql import HANDLE_BATCH, may_name_platform_sql
from socialid._internal.normalize.name import HANDLE_CUT, fold_text, nickname_canonicals
from socialid._internal.normalize.name_sql import NAME_BATCH, NAME_PARTS_BATCH
from socialid._internal.normalize.nickname import name_forms
from socialid._internal.normalize.nickname_sql import canonicals_sql, forms_sql, register_nicknames
from socialid._internal.normalize.phone import region_from_country
from socialid._internal.normalize.phone_sql import PHONE_BATCH
from socialid._internal.normalize.platforms import LINK_HOSTS, LINK_PAGES, PLATFORMS
from socialid._internal.normalize.url_sql import website_domains_sql
from socialid._internal.schema import Source
from socialid._internal.sql import quote_list, quote_literal, scalar

#: Link-in-bio hubs, shorteners and hosting roots: a shared one says nothing about identity.
SHARED_DOMAINS = frozenset(
    {
        "linktr.ee",
        "about.me",
        "bio.link",
        "beacons.ai",
        "carrd.co",
        "lnk.bio",
        "linkin.bio",
        "taplink.cc",
        "campsite.bio",
        "msha.ke",
        "solo.to",
        "allmylinks.com",
        "linkpop.com",
        "bit.ly",
        "t.co",
        "goo.gl",
        "tinyurl.com",
        "ow.ly",
        "buff.ly",
        "lnkd.in",
        "github.io",
        "wordpress.com",
        "blogspot.com",
        "wixsite.com",
        "substack.com",
        "medium.com",
        "notion.site",
        "squarespace.com",
        "google.com",
        "sites.google.com",
    }
)
#: First words of company names too common to identify one ('Global Solutions').
GENERIC_COMPANY_WORDS = words(
    "global first united international national general american royal new digital group "
    "smart data tech creative green blue open bright"
)
#: Domains that say nothing about an employer: the shared ones, link hubs and the social
#: platforms themselves (a website on instagram.com is a profile, not a company site).
NOT_EMPLOYER_DOMAINS = (
    SHARED_DOMAINS | LINK_HOSTS | {host for p in PLATFORMS for host in p.hosts}
)
#: One address in an email cell: "Name <address>" (Outlook-style) or a bare address; cells
#: hold several separated by ; , or spaces.
_EMAIL_ITEM = r"[^;,<>]*<[^<>]*>|[^;,\s<>]+"
_SPLIT_PHONES = r"[;,/|]+"
_SPLIT_LIST = r"[;,|]+"
_NUMERIC_FIELDS = ("followers", "following", "posts")
#: Values of ``do_not_link`` that opt a record out of linking (case-insensitive).
TRUTHY = frozenset({"true", "t", "yes", "y", "1", "x"})

FEATURE_SCHEMA = pa.schema(
    [
        ("unique_id", pa.string()),
        ("source", pa.string()),
        ("record_id", pa.string()),
        ("platform", pa.string()),
        ("first_name", pa.string()),
        ("last_name", pa.string()),
        ("full_name", pa.string()),
        ("first_canon", pa.list_(pa.string())),
        ("name_candidates", pa.list_(pa.string())),
        ("emails", pa.list_(pa.string())),
        ("shared_emails", pa.list_(pa.string())),
        ("email_domains", pa.list_(pa.string())),
        ("role_emails", pa.list_(pa.string())),
        ("phones", pa.list_(pa.string())),
        ("shared_phones", pa.list_(pa.string())),
        ("handles", pa.list_(pa.string())),
        ("handle_names", pa.list_(pa.string())),
        ("dkeys", pa.list_(pa.string())),
        ("ukeys", pa.list_(pa.string())),
        ("ustems", pa.list_(pa.string())),
        ("bio_handles", pa.list_(pa.string())),
        ("bio_mentions", pa.list_(pa.string())),
        ("companies", pa.list_(pa.string())),
        ("domains", pa.list_(pa.string())),
        ("company_keys", pa.list_(pa.string())),
        ("city", pa.string()),
        ("country", pa.string()),
        ("birth_date", pa.string()),
        ("postcode", pa.string()),
        ("address", pa.string()),
        ("xkeys", pa.list_(pa.string())),
        ("birth_date_key", pa.string()),
        ("postcode_key", pa.string()),
        ("address_key", pa.string()),
        ("name_key", pa.string()),
        ("skeleton_key", pa.string()),
        ("surname_key", pa.string()),
        ("sorted_name_key", pa.string()),
        ("canon_keys", pa.list_(pa.string())),
        ("do_not_link", pa.bool_()),
        ("followers", pa.int64()),
    ]
)

_STRINGS = pa.list_(pa.string())

# Decoration around a name in a handle: 'itsjanedoe', 'janedoe_official', and the content
# tags of creators' handles ('balves_eats', 'wkoster-music', 'nanamig.photo'). The stem left
# must be this long, so that 'lennart' keeps its 'art'.
_PREFIXES = "its|the|real|iam|im|hey"
_SUFFIXES = "|".join((
    "official", "real", "hq", "tv", "photo", "photos", "photography", "pics", "films",
    "video", "videos", "vlogs", "music", "beats", "art", "arts", "draws", "design", "designs",
    "studio", "dev", "codes", "tech", "eats", "cooks", "kitchen", "food", "bakes", "fit",
    "fitness", "runs", "runner", "lifts", "yoga", "reads", "writes", "books", "travels",
    "travel", "explores", "games", "gaming", "plays", "makes", "creates", "media", "blog",
    "podcast", "daily", "life",
))
_MIN_TAGGED = 5

# Keys: a handle or local part is "explained" when the record's own name accounts for it
# (see keys.NameKeys.explains, which this mirrors): one of the name's handle candidates,
# with or without digits, the first or last name, or the surname plus the first initial.
# A macro repeats its arguments: _sid_uniq binds its list once, as it is often an expression,
# and calls nullif outside the lambda, where its repeated argument is computed once.
_MACROS = f"""
CREATE OR REPLACE TEMP MACRO _sid_uniq(l) AS nullif(list_transform([l], lambda y:
    list_filter(y, lambda x, i: x <> '' AND list_position(y, x) = i))[1], []);
CREATE OR REPLACE TEMP MACRO _sid_alnum(s) AS regexp_replace(lower(s), '[^0-9a-z]+', '', 'g');
CREATE OR REPLACE TEMP MACRO _sid_bare(s) AS regexp_replace(s, '[0-9]+', '', 'g');
CREATE OR REPLACE TEMP MACRO _sid_explains(k, b, c, f, l) AS
    list_contains(c, k) OR list_contains(c, b) OR b IN (f, l)
    OR (length(l) >= 3 AND contains(b, l) AND (f = '' OR contains(
        b[:strpos(b, l) - 1] || b[strpos(b, l) + length(l):], f[1])));
CREATE OR REPLACE TEMP MACRO _sid_keys(l) AS
    list_filter(_sid_uniq(l), lambda k: length(k) >= {MIN_KEY_LENGTH});
CREATE OR REPLACE TEMP MACRO _sid_account_name(a) AS CASE
    WHEN starts_with(a, 'mastodon:') THEN split_part(substr(a, 10), '@', 1)
    WHEN starts_with(a, 'bluesky:') THEN split_part(substr(a, 9), '.', 1)
    ELSE substr(a, strpos(a, ':') + 1) END;
CREATE OR REPLACE TEMP MACRO _sid_account_key(a) AS _sid_alnum(_sid_account_name(a));
CREATE OR REPLACE TEMP MACRO _sid_undecorated(k) AS CASE  -- the capturing regexes are slow
    WHEN regexp_matches(k, '^(?:{_PREFIXES})|(?:{_SUFFIXES})$')
    THEN regexp_replace(regexp_replace(k,
        '^(?:{_PREFIXES})([a-z0-9]{{{MIN_KEY_LENGTH},}})$', '\\1'),
        '^([a-z0-9]{{{_MIN_TAGGED},}}?)(?:{_SUFFIXES})$', '\\1')
    ELSE k END;
CREATE OR REPLACE TEMP MACRO _sid_blank(s) AS NOT regexp_matches(coalesce(s, ''), '\\S');
CREATE OR REPLACE TEMP MACRO _sid_split(s, pattern) AS
    list_filter(regexp_split_to_array(s, pattern), lambda p: NOT _sid_blank(p));
CREATE OR REPLACE TEMP MACRO _sid_strip(s) AS regexp_replace(s, '^\\s+|\\s+$', '', 'g');
"""


@dataclass(frozen=True)
class NormalizeStats:
    """What the normalize stage did: values rejected, and how each lookup was computed."""

    n_rejected: int
    batches: tuple[BatchStats, ...]

    @property
    def sql_share(self) -> float:
        """Share of the distinct values that SQL fast paths normalized (1.0 when none)."""
        total = sum(b.sql_rows + b.python_rows for b in self.batches)
        return sum(b.sql_rows for b in self.batches) / total if total else 1.0


def build_features(
    con: duckdb.DuckDBPyConnection,
    tables: Mapping[Source, IngestedTable],
    default_region: str | None,
) -> NormalizeStats:
    """Create the ``features`` and ``rejects`` tables."""
    con.execute(_MACROS)
    sources = _Sources(tables)
    with _any_insertion_order(con):
        _lookups(con, sources)
        _name_evidence(con)
        _email_evidence(con, sources)
        _handle_evidence(con, sources)
        _phone_evidence(con, sources, default_region)
    parts = []
    if "contact" in tables:
        parts.append(_contact_features(tables["contact"].table))
    if "persona" in tables:
        parts.append(_persona_features(tables["persona"].table))
    con.execute(
        "CREATE OR REPLACE TABLE features AS "
        + _features_sql(" UNION ALL BY NAME ".join(parts))
    )
    con.execute(
        f"""
        CREATE OR REPLACE TABLE rejects AS
        SELECT source::VARCHAR AS source, record_id::VARCHAR AS record_id,
               row_number::BIGINT AS row_number, "column"::VARCHAR AS "column",
               value::VARCHAR AS value, reason::VARCHAR AS reason
        FROM ({_rejects_sql(sources)}) AS t(source, record_id, row_number, "column", value, reason)
        ORDER BY source, row_number, "column", value
        """
    )
    for (name,) in con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE starts_with(table_name, '_f_')"
    ).fetchall():
        con.execute(f"DROP TABLE {name}")
    n_rejected = int(con.execute("SELECT count(*) FROM rejects").fetchall()[0][0])
    return NormalizeStats(n_rejected, tuple(sources.batches))


@contextmanager
def _any_insertion_order(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """Let DuckDB store rows in any order. The lookup and evidence tables are only joined
    and aggregated, never read in order (items carry their positions), and preserving the
    order makes DuckDB insert the result of a join or aggregate on one thread."""
    preserve = bool(scalar(con, "SELECT current_setting('preserve_insertion_order')"))
    con.execute("SET preserve_insertion_order = false")
    try:
        yield
    finally:
        con.execute(f"SET preserve_insertion_order = {str(preserve).lower()}")


class _Sources:
    """SQL fragments over whichever inputs are present, and the batch lookups made."""

    def __init__(self, tables: Mapping[Source, IngestedTable]) -> None:
        self.contact = tables["contact"].table if "contact" in tables else None
        self.persona = tables["persona"].table if "persona" in tables else None
        self.batches: list[BatchStats] = []

    def lookup(
        self, con: duckdb.DuckDBPyConnection, normalizer: BatchNormalizer, sql: str, out: str
    ) -> None:
        """A batch lookup table (see :func:`~socialid._internal.lookups.batch_lookup`)."""
        self.batches.append(batch_lookup(con, normalizer, sql, out))

    def union(self, contact_sql: str | None, persona_sql: str | None, empty: str) -> str:
        """``contact_sql`` over the contacts, ``persona_sql`` over the personas (``{t}`` is
        the records table), or ``empty`` (a query with the right columns and no rows)."""
        parts = [
            sql.format(t=table)
            for sql, table in ((contact_sql, self.contact), (persona_sql, self.persona))
            if sql is not None and table is not None
        ]
        return " UNION ALL ".join(parts) if parts else empty


def _lookups(con: duckdb.DuckDBPyConnection, s: _Sources) -> None:
    """Every per-value lookup table the assembly joins to."""
    nothing = "SELECT NULL::VARCHAR AS value WHERE false"
    s.lookup(con, BIO_BATCH, s.union(None, "SELECT bio AS value FROM {t}", nothing), "_f_bio")
    s.lookup(
        con,
        NAME_PARTS_BATCH,
        s.union(
            "SELECT first_name, last_name FROM {t} "
            "WHERE coalesce(first_name, '') <> '' OR coalesce(last_name, '') <> ''",
            None,
            "SELECT NULL::VARCHAR AS first_name, NULL::VARCHAR AS last_name WHERE false",
        ),
        "_f_name_parts",
    )
    s.lookup(
        con,
        NAME_BATCH,
        s.union(
            "SELECT full_name AS value FROM {t} "
            "WHERE coalesce(first_name, '') = '' AND coalesce(last_name, '') = ''",
            "SELECT display_name AS value FROM {t}",
            nothing,
        ),
        "_f_name",
    )
    if s.contact is not None:
        python_lookup(con, f"SELECT country FROM {s.contact}", region_from_country, "_f_country")
        python_lookup(
            con,
            f"SELECT company FROM {s.contact}",
            normalize_company,
            "_f_company",
            fast_path=companies_sql,
        )
        s.lookup(con, DATE, f"SELECT birth_date AS value FROM {s.contact}", "_f_date")
        # A CRM city reads best beside its country ('Cambridge, UK'); one the gazetteer does
        # not know is kept as written, folded.
        s.lookup(
            con,
            LOCATION,
            f"SELECT concat_ws(', ', city, country) AS value FROM {s.contact} "
            "WHERE city IS NOT NULL",
            "_f_contact_location",
        )
        python_lookup(
            con,
            f"SELECT city FROM {s.contact} UNION ALL SELECT address FROM {s.contact}",
            fold_text,
            "_f_fold",
        )
    if s.persona is not None:
        s.lookup(con, LOCATION, f"SELECT location AS value FROM {s.persona}", "_f_location")
        python_lookup(
            con,
            f"SELECT platform FROM {s.persona}",
            lambda p: canonical_platform(p) or fold_text(p),
            "_f_platform",
        )
    python_lookup(
        con,
        s.union("SELECT website FROM {t}", "SELECT website FROM {t}", nothing),
        website_domain,
        "_f_website",
        fast_path=website_domains_sql,
    )
    # Contact handle cells say "platform:handle" with a platform socialid knows.
    python_lookup(
        con,
        s.union(
            f"SELECT split_part(x, ':', 1) FROM (SELECT _sid_strip(unnest(_sid_split("
            f"handles, '{_SPLIT_LIST}'))) AS x FROM {{t}}) WHERE contains(x, ':')",
            None,
            nothing,
        ),
        canonical_platform,
        "_f_prefix",
    )


def _name_evidence(con: duckdb.DuckDBPyConnection) -> None:
    """The nickname lookups ``_f_canon`` and ``_f_forms`` of the first names, and ``_f_pairs``:
    the handle candidates of each first and last name, and the names reduced to letters and
    digits (see :func:`_names_sql` for the names of the records, read from the same lookup
    tables)."""
    names = "SELECT first, last FROM _f_name_parts UNION ALL SELECT first, last FROM _f_name"
    register_nicknames(con)
    python_lookup(
        con,
        f"SELECT first FROM ({names})",
        lambda f: list(nickname_canonicals(f)),
        "_f_canon",
        _STRINGS,
        fast_path=canonicals_sql,
    )
    python_lookup(
        con,
        f"SELECT first FROM ({names}) WHERE last IS NOT NULL",
        lambda f: sorted(name_forms(f)),
        "_f_forms",
        _STRINGS,
        fast_path=forms_sql,
    )
    # The handle candidates of keys.NameKeys: each first-name form with the surname, as
    # normalize.name.name_handle_candidates builds them, reduced to letters and digits.
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE _f_pairs AS
        WITH pairs AS (
            SELECT p.first, p.last, coalesce(fo.result, []) AS forms,
                   _sid_alnum(p.first) AS fa, _sid_alnum(p.last) AS la
            FROM (SELECT DISTINCT first, last FROM ({names}) WHERE last IS NOT NULL) p
            JOIN _f_forms fo ON fo.value = p.first
        ), full_forms AS (  -- unordered, with repeats: only searched (see _sid_explains)
            SELECT *, flatten(list_transform(forms, lambda f: CASE
                WHEN la = '' THEN [f] ELSE [f || la, f[1] || la, la || f[1], la || f, f] END
            )) AS full_cand
            FROM pairs
        ), candidates AS (  -- and as X cuts the long ones, 'first_last' too
            SELECT *, full_cand || cuts AS cand
            FROM (SELECT *, CASE WHEN la = '' THEN [] ELSE
                      list_transform(list_filter(full_cand, lambda c: length(c) > {HANDLE_CUT}),
                                     lambda c: left(c, {HANDLE_CUT}))
                      || list_transform(list_filter(forms, lambda f:
                                                    length(f) + length(la) >= {HANDLE_CUT}),
                                        lambda f: left(f || la, {HANDLE_CUT - 1})) END AS cuts
                  FROM full_forms)
        ), sorted AS (
            SELECT *, list_sort(list_filter(full_cand, lambda c: length(c) >= {MIN_KEY_LENGTH}
                                            AND la <> '' AND contains(c, la)) || cuts) AS sorted
            FROM candidates
        )
        SELECT first, last, fa, la, cand,  -- without repeats (list_distinct is slower)
               nullif(list_filter(sorted, lambda c, i: i = 1 OR sorted[i - 1] <> c), [])
                   AS name_candidates
        FROM sorted
        """
    )


def _email_evidence(con: duckdb.DuckDBPyConnection, s: _Sources) -> None:
    """``_f_email_items`` (one row per address written, with how many the record wrote) and
    ``_f_emails`` (per record)."""
    items = f"""
        list_filter(list_transform(flatten(list_transform(coalesce(r.email, []),
            lambda c: regexp_extract_all(c, '{_EMAIL_ITEM}'))), lambda m: _sid_strip(m)),
            lambda m: m <> '')
    """
    contact = f"""
        SELECT 'contact' AS source, r.record_id, r.row_number, {items} AS items FROM {{t}} r
    """
    persona = f"""
        SELECT 'persona' AS source, r.record_id, r.row_number,
               {items} || coalesce(b.emails, []) AS items
        FROM {{t}} r LEFT JOIN _f_bio b ON b.value = r.bio
    """
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE _f_email_items AS
        SELECT source, record_id, row_number, unnest(items) AS item,
               unnest(range(1, len(items) + 1)) AS pos, len(items) AS written
        FROM ({s.union(contact, persona, "")})
        """
    )
    s.lookup(con, EMAIL_BATCH, "SELECT item AS value FROM _f_email_items", "_f_email")
    item = (
        "{'pos': i.pos, 'normalized': e.normalized, 'local': e.local, 'domain': e.domain, "
        "'is_role': e.is_role, 'is_free': e.is_free}"
    )
    usable = "_f_email_items i JOIN _f_email e ON e.value = i.item WHERE e.normalized IS NOT NULL"
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE _f_emails AS
        SELECT source, record_id,
            _sid_uniq(list_transform(list_filter(items, lambda x: NOT x.is_role),
                                     lambda x: x.normalized)) AS emails,
            _sid_uniq(list_transform(list_filter(items, lambda x: x.is_role),
                                     lambda x: x.normalized)) AS role_emails,
            _sid_uniq(list_transform(list_filter(items, lambda x: NOT x.is_role),
                                     lambda x: _sid_alnum(x.local))) AS locals,
            _sid_uniq(list_transform(list_filter(items, lambda x: NOT x.is_free),
                                     lambda x: x.domain)) AS email_domains
        FROM (  -- in the order written (sorting structs by pos, a list ORDER BY is slow); a
                -- record that wrote one address needs no aggregate, which is slow on structs
            SELECT i.source, i.record_id, [{item}] AS items FROM {usable} AND i.written = 1
            UNION ALL
            SELECT i.source, i.record_id, list_sort(list({item})) AS items
            FROM {usable} AND i.written > 1
            GROUP BY i.source, i.record_id
        )
        """
    )


#: Where a handle that a record links to (its website, a link page) sorts among its own.
_LINKED = 1_000_000_000


def _handle_evidence(con: duckdb.DuckDBPyConnection, s: _Sources) -> None:
    """``_f_handle_items`` (every handle tried) and ``_f_handles`` (the usable ones).

    A persona has one handle: its handle column, else the handle in its profile URL, so a
    profile URL is only tried when the handle column gives none.
    """
    contact = f"""
        SELECT 'contact' AS source, record_id, row_number, 'handles' AS "column", item AS raw,
               CASE WHEN p.result IS NOT NULL AND NOT starts_with(rest, '//') THEN rest
                    ELSE item END AS value,
               CASE WHEN p.result IS NOT NULL AND NOT starts_with(rest, '//') THEN prefix
                    END AS platform,
               pos
        FROM (
            SELECT record_id, row_number, item, pos,
                   CASE WHEN contains(item, ':') THEN split_part(item, ':', 1) END AS prefix,
                   substr(item, strpos(item, ':') + 1) AS rest
            FROM (
                SELECT record_id, row_number, _sid_strip(unnest(parts)) AS item,
                       unnest(range(1, len(parts) + 1)) AS pos
                FROM (SELECT record_id, row_number, _sid_split(handles, '{_SPLIT_LIST}') AS parts
                      FROM {{t}})
            )
        ) LEFT JOIN _f_prefix p ON p.value = prefix
    """
    empty = (
        "SELECT NULL::VARCHAR AS source, NULL::VARCHAR AS record_id, "
        'NULL::BIGINT AS row_number, NULL::VARCHAR AS "column", NULL::VARCHAR AS raw, '
        "NULL::VARCHAR AS value, NULL::VARCHAR AS platform, NULL::BIGINT AS pos WHERE false"
    )
    con.execute(
        "CREATE OR REPLACE TEMP TABLE _f_handle_items AS SELECT *, NULL::VARCHAR AS "
        f"found_platform, NULL::VARCHAR AS handle, NULL::VARCHAR AS error FROM ({empty})"
    )
    _try_handles(con, s, s.union(contact, _persona_tries("handle", 1), empty), "_f_handle")
    urls = _persona_tries("profile_url", 2) + """
        AND r.record_id NOT IN (SELECT record_id FROM _f_handle_items
                                WHERE source = 'persona' AND handle IS NOT NULL)
    """
    _try_handles(con, s, s.union(None, urls, empty), "_f_profile_url")
    # A website that is a profile link: the contact's own account, or for a persona a
    # cross-link to another account of its owner (see _persona_features).
    site = (
        "SELECT website AS value, NULL::VARCHAR AS platform_hint FROM {t} "
        f"WHERE contains(website, '/') AND {may_name_platform_sql('website')}"
    )
    no_site = "SELECT NULL::VARCHAR AS value, NULL::VARCHAR AS platform_hint WHERE false"
    s.lookup(con, HANDLE_BATCH, s.union(site, site, no_site), "_f_site_handle")
    # A contact's handles in the order written, then the profile its website links to; a
    # persona's one handle as it is.
    contact_handles = f"""
        SELECT source, record_id, list_sort(list({{{{'pos': pos, 'platform': found_platform,
                                                   'handle': handle}}}})) AS items
        FROM (
            SELECT source, record_id, found_platform, handle, pos
            FROM _f_handle_items WHERE source = 'contact' AND handle IS NOT NULL
            UNION ALL
            SELECT 'contact', r.record_id, w.platform, w.handle, {_LINKED}
            FROM {{t}} r
            JOIN _f_site_handle w ON w.value = r.website AND w.platform_hint IS NULL
            WHERE w.handle IS NOT NULL AND w.platform IS NOT NULL
        )
        GROUP BY source, record_id
    """
    no_handles = (
        "SELECT NULL::VARCHAR AS source, NULL::VARCHAR AS record_id, "
        "NULL::STRUCT(pos BIGINT, platform VARCHAR, handle VARCHAR)[] AS items WHERE false"
    )
    persona_handles = """
        SELECT source, record_id,
               [{{'pos': pos, 'platform': found_platform, 'handle': handle}}] AS items
        FROM _f_handle_items WHERE source = 'persona' AND handle IS NOT NULL
    """
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE _f_handles AS
        SELECT source, record_id,
            _sid_uniq(list_transform(items, lambda x: coalesce(x.platform, '') || ':' || x.handle))
                AS handles,
            _sid_uniq(list_transform(items, lambda x: x.handle)) AS handle_names,
            items[1].platform AS handle_platform
        FROM ({s.union(contact_handles, persona_handles, no_handles)})
        """
    )


def _persona_tries(column: str, pos: int) -> str:
    """The personas' ``column`` (handle or profile URL) as handles to try, ``pos`` in order
    (``{t}`` is the records table)."""
    return f"""
        SELECT 'persona' AS source, r.record_id, r.row_number, '{column}' AS "column",
               r.{column} AS raw, r.{column} AS value, pl.result AS platform, {pos} AS pos
        FROM {{t}} r LEFT JOIN _f_platform pl ON pl.value = r.platform
        WHERE coalesce(r.{column}, '') <> ''
    """


def _try_handles(con: duckdb.DuckDBPyConnection, s: _Sources, tries: str, out: str) -> None:
    """Normalize the handles of the query ``tries`` into the lookup table ``out`` and add
    the tries with their results to ``_f_handle_items``."""
    con.execute(f"CREATE OR REPLACE TEMP TABLE _f_handle_tries AS {tries}")
    s.lookup(con, HANDLE_BATCH, "SELECT value, platform AS platform_hint FROM _f_handle_tries", out)
    con.execute(
        f"""
        INSERT INTO _f_handle_items
        SELECT t.*, h.platform AS found_platform, h.handle, h.error
        FROM _f_handle_tries t
        JOIN {out} h ON h.value = t.value AND h.platform_hint IS NOT DISTINCT FROM t.platform
        """
    )


def _phone_evidence(
    con: duckdb.DuckDBPyConnection, s: _Sources, default_region: str | None
) -> None:
    """``_f_phone_items`` and ``_f_phones``. Without a country on the record, a number written
    with its country code tells the region of the record's other numbers."""
    region = "NULL::VARCHAR" if default_region is None else quote_literal(default_region)
    contact = (
        "SELECT 'contact' AS source, r.record_id, r.row_number, r.phone, c.result AS region "
        "FROM {t} r LEFT JOIN _f_country c ON c.value = r.country"
    )
    persona = (
        "SELECT 'persona' AS source, r.record_id, r.row_number, r.phone, "
        "l.country AS region FROM {t} r LEFT JOIN _f_location l ON l.value = r.location"
    )
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE _f_phone_raw AS
        SELECT source, record_id, row_number, region, {region} AS default_region,
               unnest(parts) AS value, unnest(range(1, len(parts) + 1)) AS pos
        FROM (SELECT *, flatten(list_transform(coalesce(phone, []),
                  lambda c: _sid_split(c, '{_SPLIT_PHONES}'))) AS parts
              FROM ({s.union(contact, persona, "")}))
        """
    )
    s.lookup(
        con,
        PHONE_BATCH,
        "SELECT value, region AS region_hint, default_region FROM _f_phone_raw",
        "_f_phone1",
    )
    con.execute(
        """
        CREATE OR REPLACE TEMP TABLE _f_phone_first AS
        WITH tried AS (
            SELECT r.*, p.normalized, p.region AS found_region, p.error
            FROM _f_phone_raw r JOIN _f_phone1 p ON p.value = r.value
                AND p.region_hint IS NOT DISTINCT FROM r.region
                AND p.default_region IS NOT DISTINCT FROM r.default_region
        ), known AS (
            SELECT source, record_id, arg_min(found_region, pos) AS known
            FROM tried WHERE region IS NULL AND normalized IS NOT NULL
                AND found_region IS NOT NULL
            GROUP BY source, record_id
        )
        SELECT t.*, k.known FROM tried t LEFT JOIN known k USING (source, record_id)
        """
    )
    s.lookup(
        con,
        PHONE_BATCH,
        "SELECT value, known AS region_hint, default_region FROM _f_phone_first "
        "WHERE normalized IS NULL AND known IS NOT NULL",
        "_f_phone2",
    )
    con.execute(
        """
        CREATE OR REPLACE TEMP TABLE _f_phone_items AS
        SELECT f.source, f.record_id, f.row_number, f.value, f.pos,
               coalesce(f.normalized, p.normalized) AS normalized,
               CASE WHEN p.value IS NOT NULL THEN p.error ELSE f.error END AS error
        FROM _f_phone_first f LEFT JOIN _f_phone2 p ON f.normalized IS NULL
            AND p.value = f.value AND p.region_hint = f.known
            AND p.default_region IS NOT DISTINCT FROM f.default_region
        """
    )
    con.execute(
        """
        CREATE OR REPLACE TEMP TABLE _f_phones AS
        SELECT source, record_id,
               _sid_uniq(list_transform(list_sort(list({'pos': pos, 'phone': normalized})),
                                        lambda x: x.phone)) AS phones
        FROM _f_phone_items WHERE normalized IS NOT NULL GROUP BY source, record_id
        """
    )


def _keys_sql(records: str) -> str:
    """The rows of ``records`` (see :func:`_record_sql`) with their keys: handles and email
    local parts, split by whether the record's own name explains them (``dkeys``, ``ukeys``
    and the stems ``ustems``; see :mod:`socialid._internal.keys`), and ``bio_keys``, the
    handles a bio names, for ``xkeys`` (see :func:`_xkeys_sql`). Drops the columns the keys
    are made of.

    Each list is computed in its own step, as a column: a step nesting list functions over
    expressions computes them again for each use.
    """
    return f"""
        WITH raw AS (
            SELECT *,
                   list_transform(coalesce(handles, []), lambda x: _sid_account_key(x))
                       -- a name too long for X is cut there: 'gunbrittbostroem' elsewhere is
                       -- 'gunbrittbostroe' on X
                       || list_transform(list_filter(coalesce(handles, []),
                              lambda x: length(x) - strpos(x, ':') > {HANDLE_CUT}
                                        AND length(_sid_account_name(x)) > {HANDLE_CUT}),
                              lambda x: _sid_alnum(left(_sid_account_name(x), {HANDLE_CUT})))
                       || coalesce(locals, []) AS raw_keys,
                   list_transform(coalesce(bio_handles, []), lambda x: _sid_account_key(x))
                       || list_transform(coalesce(bio_mentions, []), lambda x: _sid_alnum(x))
                       AS bio_keys
            FROM ({records})
        ), keyed AS (
            SELECT *, coalesce(_sid_keys(raw_keys), []) AS keys FROM raw
        ), bared AS (
            SELECT *, list_transform(keys, lambda k: _sid_bare(k)) AS bares FROM keyed
        ), flagged AS (
            SELECT *,
                list_transform(keys, lambda k, i: _sid_explains(k, bares[i], cand, fa, la))
                    AS explains
            FROM bared
        ), split AS (
            SELECT *, list_filter(keys, lambda k, i: explains[i]) AS explained,
                list_filter(keys, lambda k, i: NOT explains[i]) AS unexplained,
                list_filter(bares, lambda k, i: NOT explains[i]) AS unexplained_bares
            FROM flagged
        ), stems AS (  -- explained keys and stems also without decoration ('itsjanedoe')
            SELECT *, nullif(unexplained, []) AS ukeys,
                explained || list_transform(explained, lambda k: _sid_undecorated(k))
                    AS raw_dkeys,
                unexplained_bares || list_transform(unexplained_bares,
                                                    lambda k: _sid_undecorated(k)) AS raw_stems
            FROM split
        ), stemmed AS (
            SELECT *, _sid_keys(raw_dkeys) AS dkeys, _sid_keys(raw_stems) AS ustems FROM stems
        )
        SELECT * EXCLUDE (cand, fa, la, locals, raw_keys, keys, bares, explains, explained,
                          unexplained, unexplained_bares, raw_dkeys, raw_stems)
        FROM stemmed
    """


def _xkeys_sql(rows: str) -> str:
    """The rows of ``rows`` (see :func:`_keys_sql`) with ``xkeys`` for ``bio_keys``: every
    cross-field key, for blocking. As ``_sid_uniq`` of the keys, the name's handle
    candidates and the bio's keys, in fewer steps."""
    return f"""
        WITH own AS (
            SELECT *, coalesce(_sid_uniq(coalesce(dkeys, []) || coalesce(ukeys, [])
                                         || coalesce(ustems, [])), []) AS own_keys
            FROM ({rows})
        ), named AS (  -- then the name candidates (distinct, and never '') not among them
            SELECT *, own_keys || list_filter(coalesce(name_candidates, []),
                                              lambda c: NOT list_contains(own_keys, c))
                AS named_keys
            FROM own
        ), every AS (  -- then the bio's
            SELECT *, named_keys || list_filter(bio_keys, lambda b, i: b <> ''
                AND list_position(bio_keys, b) = i AND NOT list_contains(named_keys, b))
                AS all_keys
            FROM named
        )
        SELECT * EXCLUDE (bio_keys, own_keys, named_keys, all_keys),
               nullif(all_keys, []) AS xkeys
        FROM every
    """


def _names_sql(records: str) -> str:
    """The rows of ``records`` (see :func:`_record_sql`) with the columns derived from their
    name: ``full_name`` (when there is a last name), nickname canonicals and the name's
    handle candidates, and what :func:`_keys_sql` needs to tell which keys it explains."""
    return f"""
        SELECT r.* EXCLUDE ("full"),
               CASE WHEN r.last_name IS NOT NULL THEN r."full" END AS full_name,
               c.result AS first_canon, coalesce(p.cand, []) AS cand, p.name_candidates,
               coalesce(p.fa, _sid_alnum(coalesce(r.first_name, ''))) AS fa,
               coalesce(p.la, _sid_alnum(coalesce(r.last_name, ''))) AS la
        FROM ({records}) r
        LEFT JOIN _f_canon c ON c.value = r.first_name
        LEFT JOIN _f_pairs p ON p.first = r.first_name AND p.last = r.last_name
    """


_SHARED_COLUMNS = """
    e.emails, e.role_emails, e.email_domains, e.locals, ph.phones,
    NULL AS shared_emails, NULL AS shared_phones, w.result AS _website
"""


def _record_sql(source: str, table: str, columns: str, joins: str) -> str:
    """One row per record of ``table`` with the evidence of the feature columns that are not
    derived from others (see :func:`_features_sql`), ``_domains_raw``, and the name parts
    (``first_name``, ``last_name``, ``"full"``) and the other columns :func:`_names_sql`
    and :func:`_keys_sql` read."""
    return f"""
        SELECT r.row_number AS _row, '{source}' AS source, r.record_id, {_SHARED_COLUMNS},
               {columns}, {_opted_out("r.do_not_link")}
        FROM {table} r
        LEFT JOIN _f_emails e ON e.source = '{source}' AND e.record_id = r.record_id
        LEFT JOIN _f_handles h ON h.source = '{source}' AND h.record_id = r.record_id
        LEFT JOIN _f_phones ph ON ph.source = '{source}' AND ph.record_id = r.record_id
        LEFT JOIN _f_website w ON w.value = r.website
        {joins}
    """


def _features_sql(records: str) -> str:
    """The feature rows of the query ``records`` (see :func:`_record_sql`) in input order:
    ``_domains_raw`` becomes ``domains``, with the keys derived from the other columns. The
    rows are sorted before the columns derived from others are added (``xkeys`` too), so
    that the sort moves less."""
    # list_contains of a list literal, not IN: in a lambda, IN compares with each item.
    shared = quote_list(sorted(NOT_EMPLOYER_DOMAINS))
    generic = quote_list(sorted(GENERIC_COMPANY_WORDS))
    cols = ", ".join(f"CAST({f.name} AS {_duck_type(f.type)}) AS {f.name}" for f in FEATURE_SCHEMA)
    return f"""
        SELECT {cols} FROM (
        SELECT *, left(source, 1) || ':' || record_id AS unique_id,
            -- Name blocking keys, capped later like the other keys. The first surname word:
            -- a CRM's 'García López' is often 'García' on social media; sorted names meet
            -- swapped ones.
            full_name AS name_key, {spelling_skeleton_sql("full_name")} AS skeleton_key,
            CASE WHEN source = 'contact' THEN last_name END AS surname_key,
            CASE WHEN first_name IS NULL OR last_name IS NULL THEN coalesce(first_name, last_name)
                WHEN first_name <= last_name THEN first_name || ' ' || last_name
                ELSE last_name || ' ' || first_name END AS sorted_name_key,
            CASE WHEN last_name IS NULL THEN NULL
                WHEN len(first_canon) = 1  -- most first names: no repeats to drop
                THEN [first_canon[1] || ' ' || split_part(last_name, ' ', 1)]
                ELSE _sid_uniq(list_transform(
                    first_canon, lambda c: c || ' ' || split_part(last_name, ' ', 1))) END
                AS canon_keys,
            -- 'Bigot & Gay', bigotgay.fr and 'Bigot Gay Avocats' meet on 'bigotgay' / 'bigot'
            _sid_keys(list_transform(coalesce(companies, []), lambda c: _sid_alnum(c))
                      || list_filter(list_transform(coalesce(companies, []),
                                                    lambda c: split_part(c, ' ', 1)),
                                     lambda w: NOT list_contains({generic}, w))
                      || list_transform(coalesce(domains, []),
                                        lambda d: _sid_alnum(split_part(d, '.', 1))))
                AS company_keys,
            birth_date AS birth_date_key, postcode AS postcode_key, address AS address_key
        FROM (
        SELECT * EXCLUDE (_domains_raw),
            _sid_uniq(list_filter(_domains_raw, lambda d: NOT list_contains({shared}, d)))
                AS domains
        FROM ({_xkeys_sql(f"{_keys_sql(_names_sql(records))} ORDER BY source, _row")})
        ))
    """


def _opted_out(column: str) -> str:
    truthy = ", ".join(quote_literal(v) for v in sorted(TRUTHY))
    return f"coalesce(lower(_sid_strip({column})) IN ({truthy}), false) AS do_not_link"


def _contact_features(table: str) -> str:
    columns = """
        coalesce(p.first, n.first) AS first_name, coalesce(p.last, n.last) AS last_name,
        coalesce(p."full", n."full") AS "full",
        h.handles, h.handle_names, NULL AS platform, NULL AS bio_handles, NULL AS bio_mentions,
        CASE WHEN co.result IS NOT NULL THEN [co.result] END AS companies,
        [w.result] || coalesce(e.email_domains, []) AS _domains_raw,
        coalesce(cl.city, ci.result) AS city, c.result AS country, d.normalized AS birth_date,
        nullif(upper(_sid_alnum(r.postcode)), '') AS postcode, ad.result AS address,
        NULL::BIGINT AS followers
    """
    # Every join is an equality of one key per side, a condition on the record alone folded
    # into its key: DuckDB 1.x plans a join whose condition also tests one side alone as a
    # nested loop, quadratic in the records (80 s instead of 2 s at 230,000 records).
    # _f_name_parts only holds names with a first or a last name.
    joins = """
        LEFT JOIN _f_name_parts p ON p.first_name IS NOT DISTINCT FROM r.first_name
            AND p.last_name IS NOT DISTINCT FROM r.last_name
        LEFT JOIN _f_name n ON n.value = CASE
            WHEN coalesce(r.first_name, '') = '' AND coalesce(r.last_name, '') = ''
            THEN r.full_name END
        LEFT JOIN _f_company co ON co.value = r.company
        LEFT JOIN _f_fold ci ON ci.value = r.city
        LEFT JOIN _f_contact_location cl
            ON cl.value = CASE WHEN r.city IS NOT NULL THEN concat_ws(', ', r.city, r.country) END
        LEFT JOIN _f_fold ad ON ad.value = r.address
        LEFT JOIN _f_country c ON c.value = r.country
        LEFT JOIN _f_date d ON d.value = r.birth_date
    """
    return _record_sql("contact", table, columns, joins)


def _persona_features(table: str) -> str:
    handle_like = (
        "CASE WHEN n.last IS NULL AND h.handles IS NOT NULL THEN coalesce(list_contains("
        "list_transform(h.handles, lambda x: _sid_account_key(x)), _sid_alnum(n.first)), "
        "false) ELSE false END"
    )
    pages = quote_list(sorted(LINK_PAGES))
    site_page = f"list_contains({pages}, sh.platform)"
    bio_pages = f"list_filter(coalesce(b.handles, []), lambda x: list_contains({pages}, x.f0))"
    with_pages = (  # the persona's own handle, then the link-in-bio pages it links to
        f"CASE WHEN {site_page} OR len({bio_pages}) > 0 THEN _sid_uniq(coalesce(h.{{c}}, []) "
        f"|| CASE WHEN {site_page} THEN [{{site}}] ELSE [] END "
        f"|| list_transform({bio_pages}, lambda x: {{bio}})) ELSE h.{{c}} END AS {{c}}"
    )
    # What a persona's bio and website name: accounts on a known platform ('IG: @jane',
    # github.com/jane, a website linking to a profile) and bare @mentions; its own not.
    # A link-in-bio page (linktr.ee/jane) it links to is one more account of its own.
    columns = f"""
        {with_pages.format(c="handles", site="sh.platform || ':' || sh.handle",
                           bio="x.f0 || ':' || x.f1")},
        {with_pages.format(c="handle_names", site="sh.handle", bio="x.f1")},
        -- A one-word display name that is the account's own handle ('sbrady' on
        -- instagram.com/sbrady) is no name: read as one, it disagrees with the owner's.
        CASE WHEN NOT {handle_like} THEN n.first END AS first_name, n.last AS last_name,
        CASE WHEN NOT {handle_like} THEN n."full" END AS "full",
        coalesce(pl.result, h.handle_platform) AS platform,
        _sid_uniq(list_filter(
            list_transform(list_filter(coalesce(b.handles, []),
                                       lambda x: x.f0 <> '' AND NOT list_contains({pages}, x.f0)),
                           lambda x: x.f0 || ':' || x.f1)
            || CASE WHEN sh.handle IS NOT NULL AND sh.platform IS NOT NULL AND NOT {site_page}
                    THEN [sh.platform || ':' || sh.handle] ELSE [] END,
            lambda x: NOT list_contains(coalesce(h.handles, []), x))) AS bio_handles,
        _sid_uniq(list_filter(
            list_transform(list_filter(coalesce(b.handles, []), lambda x: x.f0 = ''),
                           lambda x: x.f1),
            lambda x: x IS DISTINCT FROM h.handle_names[1])) AS bio_mentions,
        _sid_uniq([n.company] || coalesce(b.companies, [])) AS companies,
        [w.result] || coalesce(b.domains, []) || coalesce(e.email_domains, []) AS _domains_raw,
        l.city, l.country, NULL AS birth_date, NULL AS postcode, NULL AS address,
        {_count_sql("r.followers")} AS followers
    """
    joins = """
        LEFT JOIN _f_name n ON n.value = r.display_name
        LEFT JOIN _f_bio b ON b.value = r.bio
        LEFT JOIN _f_site_handle sh ON sh.value = r.website AND sh.platform_hint IS NULL
        LEFT JOIN _f_platform pl ON pl.value = r.platform
        LEFT JOIN _f_location l ON l.value = r.location
    """
    return _record_sql("persona", table, columns, joins)


def _count_sql(column: str) -> str:
    """A count written as '1,234', '1_234', '1234.0' or ' 12 '; NULL when it is not one."""
    number = f"TRY_CAST(replace(replace({column}, ',', ''), '_', '') AS DOUBLE)"
    return (
        f"CASE WHEN isfinite({number}) AND {number} >= 0 "
        f"THEN CAST(round_even({number}, 0) AS BIGINT) END"
    )


def _rejects_sql(s: _Sources) -> str:
    """Every value left out of the evidence, with the reason."""
    parts = [
        """SELECT i.source, i.record_id, i.row_number, 'email' AS "column", i.item AS value,
                  coalesce(e.error, 'not an email address') AS reason
           FROM _f_email_items i JOIN _f_email e ON e.value = i.item
           WHERE e.normalized IS NULL""",
        """SELECT DISTINCT source, record_id, row_number, 'phone', value,
                  coalesce(error, 'not a phone number')
           FROM _f_phone_items WHERE normalized IS NULL""",
        """SELECT source, record_id, row_number, "column", raw,
                  coalesce(error, CASE "column" WHEN 'handles'
                      THEN 'not a handle or profile URL' ELSE 'not a handle' END)
           FROM _f_handle_items WHERE handle IS NULL""",
        _website_rejects("contact", s.contact),
        _website_rejects("persona", s.persona),
    ]
    if s.contact is not None:
        parts += [
            f"""SELECT 'contact', r.record_id, r.row_number, 'country', r.country,
                   'not a country socialid recognises: write its name or ISO code, e.g. DE'
                FROM {s.contact} r JOIN _f_country c ON c.value = r.country
                WHERE c.result IS NULL AND r.country <> ''""",
            f"""SELECT 'contact', r.record_id, r.row_number, 'birth_date', d.original,
                   coalesce(d.error, 'not a date')
                FROM {s.contact} r JOIN _f_date d ON d.value = r.birth_date
                WHERE d.normalized IS NULL AND d.original <> ''""",
        ]
    if s.persona is not None:
        parts += [
            f"""SELECT 'persona', record_id, row_number, {quote_literal(name)}, {name},
                   {quote_literal(f"{name} must be a whole number")}
                FROM {s.persona} WHERE {name} IS NOT NULL AND ({_count_sql(name)}) IS NULL"""
            for name in _NUMERIC_FIELDS
        ]
    return " UNION ALL ".join(p for p in parts if p)


def _website_rejects(source: str, table: str | None) -> str:
    if table is None:
        return ""
    return f"""SELECT '{source}', r.record_id, r.row_number, 'website', r.website,
                   'not a web address: write it as example.com'
               FROM {table} r JOIN _f_website w ON w.value = r.website
               WHERE w.result IS NULL AND r.website <> ''"""


def _duck_type(arrow_type: pa.DataType) -> str:
    if pa.types.is_list(arrow_type):
        return "VARCHAR[]"
    return {pa.string(): "VARCHAR", pa.bool_(): "BOOLEAN", pa.int64(): "BIGINT"}[arrow_type]
