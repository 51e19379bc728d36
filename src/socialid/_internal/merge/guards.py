"""Over-merge guards: records that one cluster holds but one person cannot.

Connected components trust every accepted link, so one weak link can join two people. After
clustering, each cluster is checked for pairs of records that contradict each other. Two
records may be joined directly (a link between them), through CRM links (a path of
contact-contact links) or through strong links (a path of links at ``strong_link`` or more):

- ``birth_date``: two birth dates beyond a typo (they differ in two or more of year, month
  and day, and are not a day/month swap);
- ``verified_phone``: two verified accounts whose phone numbers have none in common;
- ``personal_emails``: two contacts with personal emails, none in common nor within a typo,
  not joined through CRM links;
- ``chain``: two contacts joined neither through CRM links nor through strong links;
- ``same_platform``, when asked for: two accounts on one platform with no handle in common,
  not joined through strong links.

The first two are hard facts: only flagged when the model linked the two records directly
(it weighed the fact) or CRM or strong links join them; split otherwise. The others are
split. A cluster to split is re-clustered by constrained agglomeration, all in SQL: starting
from single records, each round joins every pair of groups that are each other's strongest
link and whose union holds no pair to split, until no such pair is left. Strong links join
first, conflicting records never, and every link that joins no conflict is kept.

Each finding is recorded in ``guard_flags`` (unique_id, check, action, detail), as are the
parts of a component the size guard split and clusters still above the size limit; the
merge gathers them in the ``guard_flags`` column of the profile the record ends up in.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import duckdb

from socialid._internal.merge.values import verified_sql
from socialid._internal.schema import Source
from socialid._internal.sql import scalar
from socialid.settings import MergeSettings

#: Connected components of (nodes table, edges table) → table of unique_id, cluster_id.
Components = Callable[[str, str], str]

_DATE_PARTS = ("year", "month", "day")
#: Checks on hard facts: flagged, not split, when the records are strongly joined.
_HARD = "('birth_date', 'verified_phone')"
#: Edits within which two emails may be one address mistyped.
_TYPO_EDITS = 2


def _facts_sql(sources: Iterable[Source]) -> str:
    """SQL: the facts the checks compare, per record of a cluster of two or more."""
    has_personas = "persona" in sources
    verified = verified_sql("r.verified") if has_personas else "false"
    join = (
        "LEFT JOIN records_persona r ON f.source = 'persona' AND r.record_id = f.record_id"
        if has_personas
        else ""
    )
    return f"""
        SELECT c.unique_id, c.cluster_id, f.source, f.record_id, f.emails, f.phones,
               f.platform, f.handles, TRY_CAST(f.birth_date AS DATE) AS birth_date,
               {verified} AS verified
        FROM clusters c JOIN features f USING (unique_id) {join}
        WHERE c.cluster_id IN (
            SELECT cluster_id FROM clusters GROUP BY cluster_id HAVING count(*) > 1)
    """


def _label(side: str, fact: str) -> str:
    return f"{side}.source || ' ' || {side}.record_id || ' (' || {fact} || ')'"


def _pairs_sql(check: str, where: str, fact: str) -> str:
    """SQL: the pairs of one cluster failing one check, with a detail naming both."""
    detail = f"{_label('x', fact.format(s='x'))} || ' vs ' || {_label('y', fact.format(s='y'))}"
    return f"""
        SELECT x.cluster_id, x.unique_id AS a, y.unique_id AS b, '{check}' AS "check",
               {detail} AS detail
        FROM _g_facts x JOIN _g_facts y
          ON x.cluster_id = y.cluster_id AND x.unique_id < y.unique_id
        WHERE {where}
    """


def _date_conflict(x: str, y: str) -> str:
    """SQL: two birth dates that no single typo explains."""
    same = " + ".join(f"({p}({x}.birth_date) = {p}({y}.birth_date))::INT" for p in _DATE_PARTS)
    swapped = (
        f"(year({x}.birth_date) = year({y}.birth_date) "
        f"AND month({x}.birth_date) = day({y}.birth_date) "
        f"AND day({x}.birth_date) = month({y}.birth_date))"
    )
    return f"({same}) < 2 AND NOT {swapped}"


def _disjoint(column: str) -> str:
    return (
        f"len(coalesce(x.{column}, [])) > 0 AND len(coalesce(y.{column}, [])) > 0 "
        f"AND NOT list_has_any(x.{column}, y.{column})"
    )


def _far_apart(column: str) -> str:
    """SQL: no value of ``x`` is within a typo (two edits) of a value of ``y``."""
    near = (
        f"list_bool_or(list_transform(x.{column}, lambda a: list_bool_or(list_transform("
        f"y.{column}, lambda b: damerau_levenshtein(a, b) <= {_TYPO_EDITS}))))"
    )
    return f"{_disjoint(column)} AND NOT {near}"


def _joined(
    con: duckdb.DuckDBPyConnection, components: Components, name: str, edges: str
) -> None:
    """Add column ``name`` to ``_g_facts``: the component of each record over the links of
    its cluster that satisfy ``edges``."""
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE _g_joined_edges AS
        SELECT l.* FROM links l
        JOIN _g_facts a ON a.unique_id = l.unique_id_l
        JOIN _g_facts b ON b.unique_id = l.unique_id_r
        WHERE a.cluster_id = b.cluster_id AND ({edges})
        """
    )
    table = components("_g_facts", "_g_joined_edges")
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE _g_facts AS
        SELECT f.*, j.cluster_id::VARCHAR AS {name}
        FROM _g_facts f LEFT JOIN {table} j USING (unique_id)
        """
    )


def _find_conflicts(
    con: duckdb.DuckDBPyConnection, sources: Iterable[Source], components: Components,
    merge: MergeSettings,
) -> None:
    """Create ``_g_pairs`` (cluster_id, a, b, check, detail, action): every conflicting pair
    and whether it is split apart or only flagged."""
    con.execute(f"CREATE OR REPLACE TEMP TABLE _g_facts AS {_facts_sql(sources)}")
    if not scalar(con, "SELECT count(*) FROM _g_facts"):
        con.execute(
            'CREATE OR REPLACE TEMP TABLE _g_pairs (cluster_id VARCHAR, a VARCHAR, b VARCHAR, '
            '"check" VARCHAR, detail VARCHAR, action VARCHAR)'
        )
        return
    strong = f"l.match_probability >= {merge.strong_link}"
    crm = "a.source = 'contact' AND b.source = 'contact'"
    _joined(con, components, "strong_id", strong)
    _joined(con, components, "crm_id", crm)
    _joined(con, components, "joined_id", f"({crm}) OR {strong}")
    contacts = "x.source = 'contact' AND y.source = 'contact'"
    checks = [
        _pairs_sql(
            "birth_date",
            f"x.birth_date IS NOT NULL AND y.birth_date IS NOT NULL AND {_date_conflict('x', 'y')}",
            "{s}.birth_date::VARCHAR",
        ),
        _pairs_sql(
            "verified_phone",
            f"x.verified AND y.verified AND {_disjoint('phones')}",
            "array_to_string({s}.phones, ', ')",
        ),
        _pairs_sql(
            "personal_emails",
            f"{contacts} AND x.crm_id <> y.crm_id AND {_far_apart('emails')}",
            "array_to_string({s}.emails, ', ')",
        ),
        _pairs_sql(
            "chain",
            f"{contacts} AND x.joined_id <> y.joined_id",
            "'joined only through personas and weak links'",
        ),
    ]
    if merge.one_account_per_platform:
        checks.append(_pairs_sql(
            "same_platform",
            "x.source = 'persona' AND y.source = 'persona' AND x.platform = y.platform "
            f"AND {_disjoint('handles')}",
            "array_to_string({s}.handles, ', ')",
        ))
    # Two accounts on one platform are no conflict when strong links join them. A hard
    # conflict is only flagged when the model linked the two records directly (it weighed
    # the fact itself) or CRM links or strong links join them.
    trusted = "x.joined_id = y.joined_id OR l.a IS NOT NULL"
    action = "'flagged'" if merge.conflicts == "flag" else f"""
        CASE WHEN p."check" IN {_HARD} AND ({trusted}) THEN 'flagged' ELSE 'split' END"""
    con.execute(
        f"""
        CREATE OR REPLACE TEMP TABLE _g_pairs AS
        SELECT p.cluster_id, p.a, p.b, p."check", p.detail, {action} AS action
        FROM ({" UNION ALL ".join(checks)}) p
        JOIN _g_facts x ON x.unique_id = p.a JOIN _g_facts y ON y.unique_id = p.b
        LEFT JOIN (
            SELECT DISTINCT least(unique_id_l, unique_id_r) AS a,
                   greatest(unique_id_l, unique_id_r) AS b
            FROM links
        ) l USING (a, b)
        WHERE p."check" <> 'same_platform' OR x.strong_id <> y.strong_id
        """
    )


def _split(con: duckdb.DuckDBPyConnection) -> int:
    """Re-cluster every cluster holding a pair to split; return how many were split."""
    if not scalar(con, "SELECT count(*) FROM _g_pairs WHERE action = 'split'"):
        return 0
    con.execute(
        """
        CREATE OR REPLACE TEMP TABLE _g_nodes AS
        SELECT unique_id, cluster_id, unique_id AS gid FROM clusters
        WHERE cluster_id IN (SELECT cluster_id FROM _g_pairs WHERE action = 'split')
        """
    )
    con.execute(
        """
        CREATE OR REPLACE TEMP TABLE _g_edges AS
        SELECT least(l.unique_id_l, l.unique_id_r) AS a,
               greatest(l.unique_id_l, l.unique_id_r) AS b, max(l.match_probability) AS p
        FROM links l
        JOIN _g_nodes x ON x.unique_id = l.unique_id_l
        JOIN _g_nodes y ON y.unique_id = l.unique_id_r
        WHERE x.cluster_id = y.cluster_id
        GROUP BY ALL
        """
    )
    while True:
        con.execute(
            """
            CREATE OR REPLACE TEMP TABLE _g_join AS
            WITH e AS (
                SELECT least(x.gid, y.gid) AS g1, greatest(x.gid, y.gid) AS g2, max(e.p) AS p
                FROM _g_edges e
                JOIN _g_nodes x ON x.unique_id = e.a JOIN _g_nodes y ON y.unique_id = e.b
                WHERE x.gid <> y.gid GROUP BY ALL
            ),
            blocked AS (
                SELECT DISTINCT least(x.gid, y.gid) AS g1, greatest(x.gid, y.gid) AS g2
                FROM _g_pairs s
                JOIN _g_nodes x ON x.unique_id = s.a JOIN _g_nodes y ON y.unique_id = s.b
                WHERE s.action = 'split'
            ),
            allowed AS (SELECT * FROM e ANTI JOIN blocked USING (g1, g2)),
            ends AS (
                SELECT g1 AS g, g2 AS other, p FROM allowed
                UNION ALL SELECT g2, g1, p FROM allowed
            ),
            best AS (SELECT g, first(other ORDER BY p DESC, other) AS other FROM ends GROUP BY g)
            SELECT b.other AS gid, b.g AS into_gid
            FROM best b JOIN best c ON c.g = b.other AND c.other = b.g
            WHERE b.g < b.other
            """
        )
        if not scalar(con, "SELECT count(*) FROM _g_join"):
            break
        con.execute(
            "UPDATE _g_nodes SET gid = j.into_gid FROM _g_join j WHERE _g_nodes.gid = j.gid"
        )
    con.execute(
        """
        CREATE OR REPLACE TABLE clusters AS
        SELECT c.* REPLACE (coalesce('g:' || n.gid, c.cluster_id) AS cluster_id)
        FROM clusters c LEFT JOIN _g_nodes n USING (unique_id)
        """
    )
    return int(scalar(
        con,
        "SELECT count(*) FROM (SELECT cluster_id FROM _g_nodes GROUP BY cluster_id "
        "HAVING count(DISTINCT gid) > 1)",
    ))


def guard_clusters(
    con: duckdb.DuckDBPyConnection,
    sources: Iterable[Source],
    components: Components,
    merge: MergeSettings,
    max_size: int | None,
) -> int:
    """Check ``clusters`` for conflicting records, split or flag them as ``merge.conflicts``
    says, flag clusters still larger than ``max_size``, and write ``guard_flags``; return
    how many clusters were split."""
    con.execute(
        'CREATE OR REPLACE TABLE guard_flags (unique_id VARCHAR, "check" VARCHAR, '
        "action VARCHAR, detail VARCHAR)"
    )
    n_split = 0
    if merge.conflicts != "off":
        _find_conflicts(con, sources, components, merge)
        n_split = _split(con)
        # A split pair flags both sides; a flagged pair flags its profile if still together.
        con.execute(
            """
            INSERT INTO guard_flags
            SELECT u.unique_id, p."check", p.action, p.detail
            FROM _g_pairs p, unnest([p.a, p.b]) AS u(unique_id)
            WHERE p.action = 'split'
            UNION ALL
            SELECT p.a, p."check", p.action, p.detail
            FROM _g_pairs p
            JOIN clusters x ON x.unique_id = p.a JOIN clusters y ON y.unique_id = p.b
            WHERE p.action = 'flagged' AND x.cluster_id = y.cluster_id
            """
        )
    if max_size is not None:
        # Parts of a component split for its size, and clusters still too large.
        con.execute(
            f"""
            INSERT INTO guard_flags
            WITH sized AS (
                SELECT *, count(*) OVER (PARTITION BY component_id) AS n_component,
                       count(*) OVER (PARTITION BY cluster_id) AS n_cluster
                FROM clusters
            )
            SELECT min(unique_id), 'size', 'split',
                   'split from ' || any_value(n_component) || ' linked records, more than '
                   || 'max_cluster_size ' || {max_size}
            FROM sized WHERE n_component > {max_size} AND n_cluster <= {max_size}
            GROUP BY cluster_id
            UNION ALL
            SELECT min(unique_id), 'size', 'flagged',
                   any_value(n_cluster) || ' records, more than max_cluster_size ' || {max_size}
            FROM sized WHERE n_cluster > {max_size}
            GROUP BY cluster_id
            """
        )
    for table in ("_g_facts", "_g_joined_edges", "_g_pairs", "_g_nodes", "_g_edges", "_g_join"):
        con.execute(f"DROP TABLE IF EXISTS {table}")
    return n_split
