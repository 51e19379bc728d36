"""The SQL fast path of :func:`extract_bio`.

SQL answers the bios written in *plain* characters: ASCII, and the letters, digits,
punctuation, emoji and invisible format characters that NFKC leaves alone and composes with
nothing, that are no unusual space, and whose lower case is no ASCII letter unless Python's
IGNORECASE reads them as one ('ı', 'İ'). On those, ``strip_decoration`` maps single
characters, and the fast path runs the scalar's passes in order, each one on the text the
ones before masked: labelled handles (``IG: @jane``), URLs (profile links of every platform,
website domains), fediverse addresses, emails, company connectors (``CEO of Acme``, ``at
Acme``, ``eng @acme``, any script, anyascii'd by a table join) and bare ``@mentions``. Bios
without '@', ':', '.', 'at ' or 'of ' are answered empty at once.

The passes run on a projection of the text in which each non-ASCII word character is
``\\x07`` ('ı' and 'İ' are 'i'), so RE2's classes stay ASCII. RE2 has no lookaround: a
pattern consumes the character before a match instead of looking behind it; a character
after it that matters is marked beforehand (the connectors' '@' and the spaces after 'at'
and 'of') or checked on the match, and a failed candidate is checked for a match Python
finds inside it.

Left to Python: other characters (full-width forms, ™, ligatures, combining marks, code
points above U+1FFFF); handles with non-ASCII characters or starting with 'www.'; URLs but
scheme, plain host, plain path, query and fragment (ports, user info, %-escapes, non-ASCII,
a query on Facebook); emails but ASCII dot-atoms at plain host names (Punycode, R-LDH labels,
bad lengths, special-use names); 'ı' or 'İ' in a match; and the rare texts where RE2's matches
could part from Python's: a failed label or URL candidate hiding another, a counting
``role @`` right after another.
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import duckdb
import email_validator
import pyarrow as pa
from anyascii import anyascii

from socialid._internal.normalize._batch import BatchNormalizer
from socialid._internal.normalize._text import _DROPPED_CATEGORIES, _VARIATION_SELECTORS
from socialid._internal.normalize.bio import _TLDS, _URL_TRAILING, extract_bio
from socialid._internal.normalize.company import (
    _END,
    _WINDOW,
    LEADER_WORDS,
    MAX_WORDS,
    ROLE_WORDS,
)
from socialid._internal.normalize.company_sql import normalized_company_sql
from socialid._internal.normalize.email_rules import RULE_BY_DOMAIN
from socialid._internal.normalize.handle import _GENERIC_HANDLE
from socialid._internal.normalize.platforms import (
    BY_ALIAS,
    BY_NAME,
    LINK_HOSTS,
    MASTODON,
    PLATFORMS,
    Platform,
    re2_full_match,
)
from socialid._internal.normalize.url_sql import (
    SIMPLE_URL,
    bare_host_sql,
    host_is_plausible_sql,
    path_layout_sql,
    raw_host_sql,
    registrable_domain_sql,
)
from socialid._internal.sql import quote_list, quote_literal

_SCANNED = (range(0x20000), range(0xE0000, 0xE0080), range(0xE0100, 0xE01F0))
_HANGUL_JAMO = range(0x1100, 0x1200)  # conjoining jamo compose algorithmically under NFC
_EMAIL_MAX_LENGTH = 254  # email-validator's limits for the whole address and the domain
_DOMAIN_MAX_LENGTH = 253
# The projected text: control characters never survive strip_decoration, so \x07 stands for
# any non-ASCII word character, and the connector pass marks '@' before a word character
# (\x01) or a space (\x05), the 't' of 'at ' (\x02, \x03 for 'T') and the 'f' of 'of '
# (\x04, \x06 for 'F').
_WORD = r"0-9A-Za-z_\x07"  # Python's \w
_MARKS = {"@ ": 5, "at ": 2, "At ": 2, "aT ": 3, "AT ": 3, "of ": 4, "Of ": 4, "oF ": 6, "OF ": 6}
_MARKED_WORD = _WORD + r"\x02\x03\x04\x06"
_MARKED_AT = r"@\x01\x05"
_UNMARK = "chr(2) || chr(3) || chr(4) || chr(6), 'tTfF'"  # SQL translate() arguments
_PRINTABLE = "'^[ -~]*$'"  # SQL: printable ASCII, so nothing projected


@dataclass(frozen=True)
class _Chars:
    """RE2 class bodies from Python's Unicode database, and anyascii's table."""

    safe: str  # the characters the fast path handles
    dropped: str  # strip_decoration deletes them (format characters, variation selectors)
    decoration: str  # it makes them '|' (emoji and other symbols, unassigned code points)
    control: str  # it makes them a space
    kept_ascii: str  # the ASCII characters it keeps
    foreign_word: str  # the other non-ASCII characters of Python's \w
    cased: str  # the characters Python's IGNORECASE reads as ASCII letters
    cased_letters: str  # those letters, in the same order
    capital: str  # the non-ASCII ones str.isupper() or str.isdigit() holds for, in a row
    ascii: pa.Table  # (ch, ascii): anyascii of the non-ASCII characters a bio keeps


@lru_cache(maxsize=1)
def _chars() -> _Chars:
    """The character classes of the scanned code points (once per process: about a second)."""
    points = [p for r in _SCANNED for p in r if not 0xD800 <= p < 0xE000]
    text = "".join(map(chr, points))
    seconds = set()  # characters that canonically compose with the one before them
    for point in points:
        parts = unicodedata.decomposition(chr(point)).split()
        if len(parts) == 2 and not parts[0].startswith("<"):
            seconds.add(int(parts[1], 16))
    plain = {p for p in points if p < 0x80 or _is_plain(chr(p), seconds)}
    cased = {
        letter: {ord(c) for c in re.findall(f"(?i){letter}", text) if ord(c) in plain}
        - {ord(letter), ord(letter.upper())}
        for letter in string.ascii_lowercase
    }
    any_cased = set().union(*cased.values())
    safe = [  # ASCII, the cased, and the other plain ones whose str.lower() has no ASCII
        p
        for p in points
        if p < 0x80
        or (p in plain and (p in any_cased or not any(c.isascii() for c in chr(p).lower())))
    ]
    kinds = {p: _decoration_kind(chr(p)) for p in safe}
    kept = [p for p in safe if p >= 0x80 and not kinds[p]]
    words = {ord(c) for c in re.findall(r"\w", text) if ord(c) >= 0x80}

    def of_kind(kind: str, universe: Sequence[int] = safe) -> str:
        return _re_class({p for p in universe if kinds[p] == kind}, universe)

    return _Chars(
        safe=_re_class(set(safe), points),
        dropped=of_kind("dropped"),
        decoration=of_kind("decoration"),
        control=of_kind("control"),
        kept_ascii=of_kind("", range(0x80)),
        foreign_word=_re_class(words - any_cased, safe),
        cased="".join(chr(p) for members in cased.values() for p in sorted(members)),
        cased_letters="".join(letter * len(members) for letter, members in cased.items()),
        capital="".join(chr(p) for p in kept if _capital(chr(p))),
        ascii=pa.table(
            {
                "ch": pa.array([chr(p) for p in kept], pa.string()),
                "ascii": pa.array([anyascii(chr(p)) for p in kept], pa.string()),
            }
        ),
    )


def _is_plain(char: str, seconds: set[int]) -> bool:
    """A non-ASCII character on which strip_decoration works alone, as a map of characters:
    NFKC keeps it and composes nothing with it, and it is no space but a control."""
    if _VARIATION_SELECTORS.fullmatch(char):
        return True
    return (
        unicodedata.is_normalized("NFKC", char)
        and unicodedata.combining(char) == 0
        and ord(char) not in seconds
        and ord(char) not in _HANGUL_JAMO
        and (not char.isspace() or unicodedata.category(char) == "Cc")
    )


def _decoration_kind(char: str) -> str:
    """What strip_decoration(text, '|') makes of a safe character: '' when it keeps it."""
    category = unicodedata.category(char)
    if category == "Cf" or _VARIATION_SELECTORS.fullmatch(char):
        return "dropped"
    if category == "Cc":
        return "control"
    return "decoration" if category in _DROPPED_CATEGORIES else ""


def _capital(char: str) -> bool:
    """company._starts_capitalized of a word starting with ``char`` (but '&')."""
    return char.isupper() or char.isdigit()


def _re_class(members: set[int], universe: Sequence[int]) -> str:
    """An RE2 class body of ``members``, its ranges spanning code points outside the
    (sorted) ``universe``, which never reach the pattern."""
    runs: list[tuple[int, int]] = []
    inside = False  # whether the point before in the universe is a member
    for point in universe:
        if point not in members:
            inside = False
        elif inside:
            runs[-1] = (runs[-1][0], point)
        else:
            runs.append((point, point))
            inside = True
    return "".join(f"\\x{{{a:x}}}" if a == b else f"\\x{{{a:x}}}-\\x{{{b:x}}}" for a, b in runs)


_lit = quote_literal


def _list(items: Iterable[str]) -> str:
    """A SQL list literal of strings, sorted."""
    return quote_list(sorted(items))


def _escape(text: str) -> str:
    """``text`` as an RE2 literal."""
    return re.sub(r"([.^$*+?()\[\]{}|\\-])", r"\\\1", text)


def _when(pairs: Iterable[tuple[str, str]]) -> str:
    """``WHEN key THEN value`` clauses for a CASE over string literals."""
    return " ".join(f"WHEN {_lit(key)} THEN {_lit(value)}" for key, value in sorted(pairs))


def _is_ascii(column: str) -> str:
    return f"regexp_matches({column}, '^[\\x00-\\x7f]*$')"


def _any(items: str, condition: str) -> str:
    """Whether ``condition`` holds for an item ``x`` of the list ``items``."""
    return f"len(list_filter({items}, lambda x: {condition})) > 0"


def _distinct(items: str) -> str:
    """The list without repeated items, in order of first appearance: _in_order."""
    return f"list_filter({items}, lambda x, k: NOT list_contains({items}[1:k - 1], x))"


_DNS_LABEL = r"[a-zA-Z0-9](?:[a-zA-Z0-9\-]*[a-zA-Z0-9])?\."  # _URL's host labels
_TLD = "(?i:" + "|".join(_escape(tld) for tld in _TLDS.split()) + ")"
_ALIAS = "(?i:" + "|".join(_escape(a) for a in sorted(BY_ALIAS, key=len, reverse=True)) + ")"
# The scalar's patterns without their lookarounds, and the start of a match, lookarounds
# consumed: the character before, then enough to tell that the pattern matches there.
_LABELLED = f"[^{_WORD}.]({_ALIAS})(?: *(?:: *@?| +@))([{_WORD}][{_WORD}.\\-]*)"
_LABELLED_START = (
    f"[^{_WORD}.]{_ALIAS} *(?:: *@?| +@)[{_WORD}](?:[{_WORD}.\\-]*[{_WORD}])?"
    f"(?:[^{_WORD}.:/@\\-]|$)"
)
_URL = f"[^{_WORD}@./\\-]((?i:https?://|www\\.)|((?:{_DNS_LABEL})+{_TLD}))([^ <>\"'|]*)"
_URL_START = f"[^{_WORD}@./\\-](?:(?i:https?://|www\\.)|(?:{_DNS_LABEL})+{_TLD}(?:[/.,;:!?) |]|$))"
_FEDIVERSE = f"[^{_WORD}@]@[{_WORD}.\\-]+@(?:[{_WORD}\\-]+\\.)+[a-zA-Z]{{2,}}"
_EMAIL = f"[^{_WORD}@.+'\\-][{_WORD}.+'\\-]+@(?:[{_WORD}\\-]+\\.)+[a-zA-Z]{{2,}}"
_CONNECTOR = "|".join(  # on the marked text; the spaces after 'of', 'at' and '@' not taken
    (
        f"[^{_MARKED_WORD}{_MARKED_AT}.\\-][{_MARKED_WORD}\\-]+ +[oO][\\x04\\x06]",  # CEO of
        f"[^{_MARKED_WORD}{_MARKED_AT}.][aA][\\x02\\x03]",  # at
        f"[^{_MARKED_WORD}{_MARKED_AT}]\\x05",  # @
        f"[^{_MARKED_WORD}&\\-][{_MARKED_WORD}&\\-]+ *\\x01",  # eng @, Engineer@
    )
)
_BARE_HANDLE = f"[^{_WORD}@.]@[{_WORD}](?:[{_WORD}.]*[{_WORD}])?"
# The lookaheads, checked on a candidate ``x``: the handle ends in a word character and no
# ':', '/' or '@' follows; some split of the host ends in a TLD followed by one of these.
_LABELLED_OK = f"(regexp_matches(x.g.h, '[{_WORD}]$') AND x.nxt NOT IN (':', '/', '@'))"
_URL_OK = (
    "(x.g.domain = '' OR regexp_matches(x.m[2:] || x.nxt, "
    f"{_lit(f'^(?:{_DNS_LABEL})+{_TLD}(?:[/.,;:!?) |]|$)')}))"
)


def _scan(name: str, previous: str, source: str, guard: str, pattern: str, groups: str = "") -> str:
    """CTEs adding to CTE ``previous``, where ``guard`` holds, the matches of ``pattern`` in
    ``source`` (``{name}_m``), the pieces between them (``{name}_p``) and the matches as
    structs (``{name}_c``, in CTE ``_sid_bio_{name}``): ``m`` (with the character before
    the match, consumed instead of looked behind), ``i`` (its number), ``pos`` (offset of the
    match proper), ``nxt`` (the character after it) and ``g`` (the named ``groups``, a SQL
    list, if any)."""
    cte, regex = f"_sid_bio_{name}", _lit(pattern)
    named = f",\n        'g': regexp_extract({name}_m[i], {_lit(f'^(?:{pattern})')}, {groups})"
    return f"""
{cte}_m AS (
    SELECT *, CASE WHEN {guard} THEN regexp_extract_all({source}, {regex})
        ELSE []::VARCHAR[] END AS {name}_m
    FROM {previous}
),
{cte}_p AS (
    SELECT *, CASE WHEN len({name}_m) > 0 THEN string_split_regex({source}, {regex})
        END AS {name}_p
    FROM {cte}_m
),
{cte} AS (
    SELECT *, CASE WHEN len({name}_m) = 0 THEN [] ELSE
    list_transform(range(1, len({name}_m) + 1), lambda i: {{
        'i': i,
        'm': {name}_m[i],
        'pos': length(array_to_string({name}_p[1:i] || {name}_m[1:i - 1], '')) + 1,
        'nxt': left({name}_p[i + 1] || coalesce({name}_m[i + 1], ''), 1){named if groups else ""}
    }}) END AS {name}_c
    FROM {cte}_p
),"""


def _mask(name: str, source: str, ok: str = "true") -> str:
    """``source`` with the matches ``x`` of ``_scan(name)`` for which ``ok`` holds replaced
    by '|' and spaces, as ``_Mentions.take`` does."""
    return (
        f"CASE WHEN len({name}_m) = 0 THEN {source} ELSE {name}_p[1] || array_to_string("
        f"list_transform({name}_c, lambda x: CASE WHEN {ok} THEN left(x.m, 1) || '|' || "
        f"repeat(' ', length(x.m) - 2) ELSE x.m END || {name}_p[x.i + 1]), '') END"
    )


def _hidden(name: str, source: str, ok: str, start: str) -> str:
    """Whether a match of ``_scan(name)`` failing ``ok`` hides one Python finds: Python goes
    on from its second character, RE2 went on from its end. ``start`` is the pattern's start,
    lookarounds consumed."""
    first = _lit(f"(?s)^(.*?){start}")  # the text before the first start
    rest = f"{source}[x.pos + 2:]"
    return _any(
        f"{name}_c",
        f"NOT {ok} AND regexp_matches({rest}, {first}) "
        f"AND length(regexp_extract({rest}, {first}, 1)) < length(x.m) - 3",
    )


def _on_cased(chars: _Chars) -> str:
    """Whether the match ``x`` covers a cased character: Python reads it as its ASCII letter,
    as the projected text does, but keeps it in what it extracts and lower-cases."""
    cased = _lit(f"[{chars.cased}]")  # CASE, not AND: the regex only where needed
    return (
        f"CASE WHEN cased THEN regexp_matches(w0[x.pos:x.pos + length(x.m) - 1], {cased}) "
        "ELSE false END"
    )


def _stages(items: str, *stages: dict[str, str]) -> str:
    """The list of structs ``items`` with the fields of each stage added in turn; a stage's
    expressions see the item as ``x``, with the fields of the stages before."""
    for stage in stages:
        fields = ", ".join(f"{name} := {expression}" for name, expression in stage.items())
        items = f"list_transform({items}, lambda x: struct_insert(x, {fields}))"
    return items


def _unnested(name: str, items: str, stages: Sequence[dict[str, str]]) -> str:
    """CTEs ``_sid_bio_{name}0`` to ``N``: a row ``x`` for each item of the list ``items`` of
    ``_sid_bio_found``, with the fields of each stage added in turn. As ``_stages``, but RE2
    compiles the patterns once, not for each chunk of lists: for the rarer matches."""
    ctes = [
        f"_sid_bio_{name}0 AS (SELECT value, unnest({items}) AS x FROM _sid_bio_found "
        f"WHERE len({items}) > 0)"
    ]
    for index, stage in enumerate(stages, 1):
        fields = ", ".join(f"{field} := {expression}" for field, expression in stage.items())
        ctes.append(
            f"_sid_bio_{name}{index} AS (SELECT value, struct_insert(x, {fields}) AS x "
            f"FROM _sid_bio_{name}{index - 1})"
        )
    return ",\n".join(ctes) + ","


def _handle(platform: str, raw: str) -> str:
    """normalize_handle's handle for the lower-case ASCII ``raw`` on ``platform`` (a
    platform name, '' for none), or NULL when the platform's rule rejects it."""
    whens = []
    for p in PLATFORMS:
        handle = raw
        if p.default_suffix:
            handle = (
                f"(CASE WHEN contains({raw}, '.') THEN {raw} "
                f"ELSE {raw} || {_lit(p.default_suffix)} END)"
            )
        checks = " AND ".join(
            f"regexp_full_match({handle}, {_lit(pattern)})"
            for pattern in re2_full_match(p.pattern)
        )
        whens.append(f"WHEN {_lit(p.name)} THEN CASE WHEN {checks} THEN {handle} END")
    generic = f"regexp_full_match({raw}, {_lit(_GENERIC_HANDLE.pattern)})"
    return f"CASE {platform} {' '.join(whens)} ELSE CASE WHEN {generic} THEN {raw} END END"


def _layout(platform: Platform) -> str:
    """_match_layout on the path segments ``x.segs`` of a URL with no query."""
    whens = []
    for layout in platform.paths:
        path, _, query = layout.partition("?")
        if query:  # looks the handle up in the query: only for URLs left to Python
            continue
        conditions, raw = path_layout_sql(path, "x.segs", platform.reserved)
        if raw:
            whens.append(f"WHEN {' AND '.join(conditions)} AND {raw} <> '' THEN {raw}")
    handle = f"CASE {' '.join(whens)} END" if whens else "NULL"
    return f"{handle} || '@' || x.host" if platform is MASTODON else handle


def _links() -> tuple[dict[str, str], ...]:
    """Stages over the URLs: as recorded, and the handle (``raw`` on ``handle_platform``) or
    website (``site``) they name; ``odd`` for the shapes left to Python."""
    simple = _lit(SIMPLE_URL)
    query_layouts = _list(p.name for p in PLATFORMS if any("?" in path for path in p.paths))
    hosts = sorted(((h, p.name) for p in PLATFORMS for h in p.hosts), key=lambda h: -len(h[0]))
    platform_host = " ".join(  # platform_for_host: the longest platform host it ends with
        f"WHEN x.host = {_lit(h)} OR ends_with(x.host, {_lit('.' + h)}) THEN {_lit(h)}"
        for h, _ in hosts
    )
    named = " ".join(
        [
            f"WHEN x.platform = {_lit(p.name)} AND x.sub <> '' "
            f"AND NOT list_contains({_list(p.reserved)}, x.sub) THEN x.sub"
            for p in PLATFORMS
            if p.user_subdomains
        ]
        + [f"WHEN x.platform = {_lit(p.name)} THEN {_layout(p)}" for p in PLATFORMS]
    )
    return (
        {"link": f"rtrim(x.m[2:], {_lit(_URL_TRAILING)})"},
        {
            "url": "CASE WHEN contains(x.link, '://') THEN x.link ELSE 'https://' || x.link END",
            "simple": f"regexp_matches(x.link, {simple})",
            "query": f"regexp_extract(x.link, {simple}, 3) <> ''",
            "host0": raw_host_sql("x.link"),
            "segs": f"list_filter(string_split(regexp_extract(x.link, {simple}, 2), '/'), "
            "lambda s: s <> '')",
        },
        {
            "parsed": host_is_plausible_sql("x.host0"),
            "host": bare_host_sql("x.host0"),
        },
        {"phost": f"CASE {platform_host} END", "labels": "string_split(x.host, '.')"},
        {
            "platform": f"CASE x.phost {_when(hosts)} END",
            "sub": "CASE WHEN x.host = x.phost THEN '' "
            "ELSE rtrim(x.host[:length(x.host) - length(x.phost)], '.') END",
            "domain": registrable_domain_sql("x.labels"),
        },
        {
            "named": "CASE WHEN NOT x.parsed THEN NULL WHEN x.phost IS NULL THEN CASE WHEN "
            "starts_with(x.segs[1], '@') THEN x.segs[1][2:] || '@' || x.host END "
            f"{named} END",
            "handle_platform": f"coalesce(x.platform, {_lit(MASTODON.name)})",
        },
        {
            "raw": "lower(x.named)",
            "site": "x.parsed AND x.phost IS NULL "
            f"AND NOT list_contains({_list(LINK_HOSTS)}, x.domain)",
            "odd": "NOT x.simple "
            f"OR x.query AND list_contains({query_layouts}, coalesce(x.platform, ''))",
        },
    )


def _emails() -> tuple[dict[str, str], ...]:
    """Stages over the emails: ``plain`` when SQL knows email-validator takes them, and
    normalize_email's ``normalized``."""
    label = r"[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?"
    rejected = (  # a label over 63 characters, an R-LDH or Punycode label, a special-use name
        r"[^.]{64}|(?:^|\.)[^.]{2}--|(?:^|\.)(?:"
        + "|".join(_escape(name) for name in email_validator.SPECIAL_USE_DOMAIN_NAMES)
        + ")$"
    )
    rules = RULE_BY_DOMAIN.items()
    separators = _when((d, r.tag_separator) for d, r in rules if r.tag_separator)
    canonical = _when((d, r.canonical_domain) for d, r in rules if r.canonical_domain)
    dotless = _list(d for d, r in rules if r.drop_dots)
    local = _lit(r"[A-Za-z0-9_+'\-]+(?:\.[A-Za-z0-9_+'\-]+)*")  # ASCII dot-atoms of [\w.+'-]
    return (
        {"address": "x.m[2:]"},
        {
            "local": "split_part(x.address, '@', 1)",
            "domain": "lower(split_part(x.address, '@', 2))",
        },
        {
            "plain": f"length(x.address) <= {_EMAIL_MAX_LENGTH} "
            f"AND regexp_full_match(x.local, {local}) "
            f"AND regexp_full_match(x.domain, {_lit(f'(?:{label}[.])+{label}')}) "
            f"AND length(x.domain) <= {_DOMAIN_MAX_LENGTH} "
            f"AND NOT regexp_matches(x.domain, {_lit(rejected)})",
            "separator": f"CASE x.domain {separators} END",
        },
        {
            "mailbox": "CASE WHEN strpos(x.local, x.separator) > 1 "
            "THEN x.local[:strpos(x.local, x.separator) - 1] ELSE x.local END"
        },
        {
            "normalized": f"CASE WHEN list_contains({dotless}, x.domain) "
            "THEN replace(lower(x.mailbox), '.', '') ELSE lower(x.mailbox) END || '@' "
            f"|| coalesce(CASE x.domain {canonical} END, x.domain)"
        },
    )


def _connectors(chars: _Chars) -> str:
    """The connectors, as company_mentions judges them: ``valid``, and where they end
    (``stop``, as the scalar's match); ``chained`` for the ones hiding a counting one."""
    # A match ends in its marker, after 'o' for 'of'. Python lower-cases a cased character
    # to no ASCII letter, so no role word has one.
    leader = f"list_contains({_list(LEADER_WORDS)}, lower(translate(rtrim(x.m[2:-3]), {_UNMARK})))"
    role = f"list_contains({_list(ROLE_WORDS)}, lower(translate(rtrim(x.m[2:-2]), {_UNMARK})))"
    # After 'role @', Python matches another 'role @' that RE2 missed (its first character
    # went as the one before): the bio goes to Python if that role counts.
    chained = _lit(f"^([{_MARKED_WORD}&\\-]+) *\\x01")
    spaces = "length(v4[x.after + 1:]) - length(ltrim(v4[x.after + 1:], ' '))"
    return _stages(
        "con_c",
        {
            "kind": "CASE ascii(x.m[-1:]) WHEN 4 THEN 'of' WHEN 6 THEN 'of' WHEN 2 THEN 'at' "
            "WHEN 3 THEN 'at' WHEN 1 THEN 'role' ELSE '@' END",
            "after": "x.pos - 1 + length(x.m)",
        },
        {
            "valid": f"CASE x.kind WHEN 'of' THEN {leader} WHEN 'role' THEN {role} ELSE true END "
            f"AND NOT ({_on_cased(chars)})",
            "chained": f"CASE WHEN x.kind = 'role' THEN list_contains({_list(ROLE_WORDS)}, "
            f"lower(translate(regexp_extract(vm[x.after + 1:], {chained}, 1), {_UNMARK}))) "
            "ELSE false END",
            "stop": f"x.after + CASE WHEN x.kind = 'role' THEN 0 ELSE {spaces} END",
        },
    )


def _phrases(chars: _Chars) -> str:
    """What the valid connectors introduce: _company_phrase before normalize_company."""
    # A search of the capitals, not a regex: in a lambda, the regex of that large class
    # would be compiled again for each chunk of lists.
    capital = _lit(chars.capital)

    def starts_capitalized(word: str) -> str:
        return (
            f"(ascii({word}) BETWEEN 65 AND 90 OR ascii({word}) BETWEEN 48 AND 57 "
            f"OR {word} = '&' OR ascii({word}) > 127 AND contains({capital}, left({word}, 1)))"
        )

    # The words before the first _END in the window, read in w0 (same offsets as v4).
    before_end = f"string_split_regex(v4[x.stop + 1:x.stop + {_WINDOW}], {_lit(_END.pattern)})"
    words = (
        f"list_filter(string_split(w0[x.stop + 1:x.stop + length({before_end}[1])], ' '), "
        f"lambda w: w <> '')[1:{MAX_WORDS}]"
    )
    kept = (  # the first word, and the capitalized ones after it
        "list_position(list_transform(x.words[2:], "
        f"lambda word: {starts_capitalized('word')}) || [false], false)"
    )
    phrases = _stages(
        "list_filter(connectors, lambda x: x.valid)",
        {"words": words},
        {
            "phrase": "CASE WHEN len(x.words) > 0 AND (x.kind NOT IN ('of', 'at') OR "
            f"{starts_capitalized('x.words[1]')}) THEN array_to_string(x.words[1:{kept}], ' ') "
            "END"
        },
    )
    return f"list_filter(list_transform({phrases}, lambda x: x.phrase), lambda x: x IS NOT NULL)"


def _candidates(source: str, *, odd: str, **fields: str) -> str:
    """A SELECT of ``source``'s items as what they add to the result, in the fields of
    ``_sid_bio_items``: a handle (``raw`` checked on ``platform``, listed under ``shown``), a
    URL, a website domain (``site``, unless a handle), an email; or ``odd``: left to Python."""
    values = {name: "NULL" for name in ("platform", "raw", "url", "site", "email")} | fields
    values.setdefault("shown", values["platform"])
    items = ", ".join(f"'{name}': {value}::VARCHAR" for name, value in values.items())
    return f"SELECT value, {{'pos': x.pos, {items}, 'odd': {odd}}} AS item FROM {source}"


def _passes(chars: _Chars) -> str:
    """CTEs up to ``_sid_bio_checked``: each bio that needs more than an empty answer,
    decorated (``w0``) and projected (``v0``), and the matches of each pass over it."""
    mark = f"regexp_replace(v4, '@([{_WORD}])', chr(1) || '\\1', 'g')"
    for text, code in _MARKS.items():
        mark = f"replace({mark}, {_lit(text)}, {_lit(text[:-2])} || chr({code}) || ' ')"
    # Unsafe characters, or what a pass needs: '@', ':', '.', 'at ' or 'of ' (before
    # strip_decoration drops format characters and makes controls spaces).
    gap, space = f"[{chars.dropped}]*", f"[ {chars.control}]"
    busy = f"[^{chars.safe}]|[@:.]|[aA]{gap}[tT]{gap}{space}|[oO]{gap}[fF]{gap}{space}"
    # translate() is slow: only on the texts with a cased character.
    lettered = (
        f"CASE WHEN cased THEN translate(w0, {_lit(chars.cased)}, {_lit(chars.cased_letters)}) "
        "ELSE w0 END"
    )
    project = f"regexp_replace({lettered}, {_lit(f'[{chars.foreign_word}]')}, chr(7), 'g')"
    decorate = (
        f"regexp_replace(regexp_replace(regexp_replace(value, {_lit(f'[{chars.dropped}]')}, "
        f"'', 'g'), {_lit(f'[{chars.decoration}]')}, '|', 'g'), "
        f"{_lit(f'[{chars.control}]')}, ' ', 'g')"
    )
    on_cased = " OR ".join(
        _any(matches, _on_cased(chars)) for matches in ("labelled", "urls", "fed_c", "eml_c")
    )
    guard = "contains(v0, ':') OR contains(v0, '@')"
    labels = _scan("lab", "_sid_bio_text", "v0", guard, _LABELLED, "['label', 'h']")
    guard = "contains(v1, '.') OR contains(v1, ':')"
    urls = _scan("url", "_sid_bio_masked1", "v1", guard, _URL, "['start', 'domain', 'tail']")
    return f"""
_sid_bio_in AS (
    SELECT value, regexp_matches(value, {_lit(busy)}) AS busy FROM {{table}}
    WHERE value IS NOT NULL
),
_sid_bio_text AS (
    SELECT value, w0, cased, CASE WHEN plain THEN w0 ELSE {project} END AS v0
    FROM (
        SELECT *, NOT plain AND regexp_matches(w0, {_lit(f"[{chars.cased}]")}) AS cased
        FROM (
            SELECT value, plain, ' ' || CASE WHEN plain THEN value ELSE {decorate} END AS w0
            FROM (
                SELECT value, regexp_matches(value, {_lit(f"^[{chars.kept_ascii}]*$")}) AS plain
                FROM _sid_bio_in WHERE busy
            )
            WHERE plain OR NOT regexp_matches(value, {_lit(f"[^{chars.safe}]")})
        )
    )
),
{labels}
_sid_bio_masked1 AS (
    SELECT *, {_mask("lab", "v0", _LABELLED_OK)} AS v1,
        {_hidden("lab", "v0", _LABELLED_OK, _LABELLED_START)} AS lab_hidden
    FROM _sid_bio_lab
),
{urls}
_sid_bio_masked2 AS (
    SELECT *, {_mask("url", "v1", _URL_OK)} AS v2,
        {_hidden("url", "v1", _URL_OK, _URL_START)} AS url_hidden
    FROM _sid_bio_url
),
{_scan("fed", "_sid_bio_masked2", "v2", "v2 LIKE '%@%@%'", _FEDIVERSE)}
_sid_bio_masked3 AS (SELECT *, {_mask("fed", "v2")} AS v3 FROM _sid_bio_fed),
{_scan("eml", "_sid_bio_masked3", "v3", "contains(v3, '@')", _EMAIL)}
_sid_bio_masked4 AS (SELECT *, {_mask("eml", "v3")} AS v4 FROM _sid_bio_eml),
_sid_bio_marked AS (
    SELECT *, CASE WHEN contains(v4, '@') OR regexp_matches(v4, '[aA][tT] |[oO][fF] ')
        THEN {mark} ELSE '' END AS vm
    FROM _sid_bio_masked4
),
{_scan("con", "_sid_bio_marked", "vm", "vm <> ''", _CONNECTOR)}
{_scan("bar", "_sid_bio_con", "v4", "contains(v4, '@')", _BARE_HANDLE)}
_sid_bio_matches AS (
    SELECT value, w0, cased, v4, vm, fed_c, eml_c, con_c, bar_c,
        lab_hidden OR url_hidden AS hidden,
        list_filter(lab_c, lambda x: {_LABELLED_OK}) AS labelled,
        list_filter(url_c, lambda x: {_URL_OK}) AS urls
    FROM _sid_bio_bar
),
_sid_bio_checked AS (
    SELECT * REPLACE (hidden OR {on_cased} AS hidden) FROM _sid_bio_matches
),"""


def _results(chars: _Chars) -> str:
    """The CTEs after the passes and the final SELECT: a row for each bio SQL is sure of."""
    bluesky = BY_NAME["bluesky"]  # what normalize_handle makes of a bare 'name.bsky.social'
    odd = f"NOT regexp_matches(x.raw, {_PRINTABLE}) OR starts_with(x.raw, 'www.')"
    aliases = _when((alias, platform.name) for alias, platform in BY_ALIAS.items())
    labelled = {"platform": f"CASE lower(x.g.label) {aliases} END", "raw": "lower(x.g.h)"}
    mention_platform = (
        f"CASE WHEN ends_with(x.raw, {_lit(bluesky.default_suffix)}) "
        f"THEN {_lit(bluesky.name)} ELSE '' END"
    )
    links, emails = _links(), _emails()
    candidates = " UNION ALL ".join(
        (
            _candidates("_sid_bio_lab1", platform="x.platform", raw="x.raw", odd=odd),
            _candidates(
                f"_sid_bio_link{len(links)}",
                platform="x.handle_platform",
                raw="x.raw",
                url="x.url",
                site="CASE WHEN x.site THEN x.domain END",
                odd="x.odd",
            ),
            _candidates("_sid_bio_fed1", platform="x.platform", raw="x.raw", odd=odd),
            _candidates(f"_sid_bio_mail{len(emails)}", email="x.normalized", odd="NOT x.plain"),
            # a bare @mention names no platform, even a Bluesky one
            _candidates("_sid_bio_men2", shown="''", platform="x.platform", raw="x.raw", odd=odd),
        )
    )
    taken = "list_transform(list_filter(connectors, lambda c: c.valid), lambda c: c.stop)"
    ascii_phrase = "coalesce(list_filter(transliterated, lambda t: t.phrase = x)[1].ascii, x)"
    lists = {
        "handles": ("x.handle", "{'f0': x.shown, 'f1': x.handle}"),
        "emails": ("x.email", "x.email"),
        "urls": ("x.url", "x.url"),
        "domains": ("x.domain", "x.domain"),
    }
    listed = ", ".join(
        f"list_transform(list_filter(items, lambda x: {item} IS NOT NULL), lambda x: {value}) "
        f"AS {name}"
        for name, (item, value) in lists.items()
    )
    distinct = ", ".join(f"{_distinct(name)} AS {name}" for name in [*lists, "companies"])
    return f"""
_sid_bio_found AS MATERIALIZED (
    SELECT value, hidden OR {_any("mentions", _on_cased(chars))}
            OR {_any("connectors", "x.chained")} AS hidden,
        list_transform(labelled, lambda x: {{'pos': x.pos, 'g': x.g}}) AS labelled,
        list_transform(urls, lambda x: {{'pos': x.pos, 'm': x.m}}) AS urls,
        list_transform(fed_c, lambda x: {{'pos': x.pos, 'm': x.m}}) AS fed_c,
        list_transform(eml_c, lambda x: {{'pos': x.pos, 'm': x.m}}) AS eml_c,
        list_transform(mentions, lambda x: {{'pos': x.pos, 'm': x.m}}) AS mentions,
        {_phrases(chars)} AS phrases
    FROM (
        SELECT *, list_filter(bar_c, lambda x: NOT list_contains({taken}, x.pos + 1))
            AS mentions
        FROM (SELECT *, {_connectors(chars)} AS connectors FROM _sid_bio_checked)
    )
),
{_unnested("lab", "labelled", [labelled])}
{_unnested("link", "urls", links)}
{_unnested("fed", "fed_c", [{"platform": _lit(MASTODON.name), "raw": "lower(x.m[3:])"}])}
{_unnested("mail", "eml_c", emails)}
{_unnested("men", "mentions", [{"raw": "lower(x.m[3:])"}, {"platform": mention_platform}])}
_sid_bio_items AS (
    SELECT value, list({{'pos': pos, 'shown': shown, 'handle': handle, 'url': url,
        'domain': CASE WHEN handle IS NULL THEN site END, 'email': email, 'odd': odd}}) AS items
    FROM (
        SELECT value, item.*, {_handle("item.platform", "item.raw")} AS handle
        FROM ({candidates})
    )
    GROUP BY value
),
_sid_bio_foreign AS (  -- anyascii of the phrases in other scripts, character by character
    SELECT phrase, string_agg(coalesce(a.ascii, ch), '' ORDER BY n) AS ascii
    FROM (
        SELECT phrase, n, phrase[n] AS ch FROM (
            SELECT phrase, unnest(range(1, length(phrase) + 1)) AS n FROM (
                SELECT DISTINCT unnest(phrases) AS phrase FROM _sid_bio_found
            ) WHERE NOT {_is_ascii("phrase")}
        )
    ) LEFT JOIN _sid_bio_ascii a USING (ch)
    GROUP BY phrase
),
_sid_bio_transliterated AS (
    SELECT value, list({{'phrase': phrase, 'ascii': f.ascii}}) AS transliterated
    FROM (SELECT value, unnest(phrases) AS phrase FROM _sid_bio_found)
    JOIN _sid_bio_foreign f USING (phrase)
    GROUP BY value
),
_sid_bio_sorted AS (
    SELECT value, list_sort(coalesce(items, [])) AS items,
        list_filter(list_transform(phrases, lambda x: {normalized_company_sql(ascii_phrase)}),
            lambda x: x IS NOT NULL) AS companies
    FROM _sid_bio_found LEFT JOIN _sid_bio_items USING (value)
    LEFT JOIN _sid_bio_transliterated USING (value)
    WHERE NOT hidden
),
_sid_bio_lists AS (
    SELECT value, {listed}, companies FROM _sid_bio_sorted WHERE NOT {_any("items", "x.odd")}
)
SELECT value, value AS original, {distinct}, NULL::VARCHAR AS error FROM _sid_bio_lists
UNION ALL
SELECT value, value, [], [], [], [], [], NULL FROM _sid_bio_in WHERE NOT busy"""


@lru_cache(maxsize=1)
def _select() -> str:
    """The fast path's SELECT, with ``{table}`` for the table of distinct bios."""
    chars = _chars()
    return f"WITH {_passes(chars)}{_results(chars)}"


def fast_path(con: duckdb.DuckDBPyConnection, table: str) -> str:
    """Register anyascii's table and return the SELECT extracting what plain bios mention."""
    con.register("_sid_bio_ascii_arrow", _chars().ascii)
    con.execute("CREATE OR REPLACE TEMP TABLE _sid_bio_ascii AS SELECT * FROM _sid_bio_ascii_arrow")
    con.unregister("_sid_bio_ascii_arrow")
    return _select().replace("{table}", table)


BIO_BATCH = BatchNormalizer("bio", ("value",), extract_bio, fast_path)
