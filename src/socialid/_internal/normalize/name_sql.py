"""SQL fast paths for the name normalizers: :data:`NAME_BATCH` and :data:`NAME_PARTS_BATCH`.

The SQL folds text exactly like ``_text.fold`` by folding it character by character: each
non-ASCII character of a batch is folded once in Python (``strip_decoration``, ``anyascii``,
``casefold``) into the table ``_sid_name_chars``. Texts made of ASCII, accents that DuckDB's
``strip_accents`` folds the same way, and characters folding to nothing or to a space
(emoji, variation selectors, zero-width joiners, odd spaces) are folded with a few string
functions; texts with other characters (Cyrillic, Han, kana, Hangul, 'ß', 'ø'…) through a
join with the table. On the folded words the SQL drops titles and suffixes, keeps particles
in the last name and swaps 'Surname, Given'; it removes bracketed text ('(she/her)') and
reads names written in Han/Hangul/kana without Latin letters family name first, splitting
unspaced ones like '王小明'. After a tail separator ('|', '@', '·', '•', '–', '—', ' - ') it
reads a company written in printable ASCII without a connector ('Jane Doe | Acme Inc').

Left to Python: display names with a '/' (pronouns like 'she/her' are separated by one), or
whose tail holds non-ASCII text, '@' or the word 'of' or 'at' (a connector may name the
company: 'CEO @ Acme'), or follows an East Asian name; East Asian names with a comma; texts with a
character NFKC could merge into the one before it (combining marks, Hangul jamo) or that
folds to a comma; a missing first name next to a blank last name; values with no name left
that have brackets or a tail, or whose error message repr() would escape or shorten; names
in Devanagari or Hangul, romanized word by word; and, with the ``ja`` extra, names in kanji or kana,
which may read as Japanese.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

import duckdb
import pyarrow as pa
from anyascii import anyascii

from socialid._internal.normalize._batch import BatchNormalizer
from socialid._internal.normalize._text import (
    _APOSTROPHES,
    _NOT_FOLDED,
    _VARIATION_SELECTORS,
    CACHE_SIZE,
    LATIN,
    quoted,
    strip_decoration,
)
from socialid._internal.normalize.company_sql import (
    normalized_company_sql,
    printable_decorated_sql,
    role_only_sql,
)
from socialid._internal.normalize.devanagari import DEVANAGARI
from socialid._internal.normalize.japanese import JAPANESE_SCRIPT, japanese_available
from socialid._internal.normalize.korean import HANGUL
from socialid._internal.normalize.name import (
    _BRACKETED,
    _EAST_ASIAN,
    _LETTER,
    _TAIL,
    _UNSPACED_NAME,
    PARTICLES,
    SUFFIXES,
    TITLES,
    _build,
    normalize_name,
    normalize_name_parts,
)
from socialid._internal.sql import quote_literal

_HANGUL_JAMO = range(0x1100, 0x1200)
# SQL of what the scalar's error message says after the value when no name is left in it.
_NO_NAME = quote_literal("'" + str(_build("", (), None).error).removeprefix(quoted("")))


def _folded(char: str) -> str:
    """``fold`` of one character, before it splits words (so ' ' and '' are kept)."""
    return str(anyascii(strip_decoration(char))).casefold()


def _char_class(chars: Iterable[str]) -> str:
    """The inside of an RE2 character class matching exactly ``chars``."""
    ranges: list[list[int]] = []
    for code in sorted({ord(c) for c in chars}):
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return "".join(f"\\x{{{lo:x}}}" + (f"-\\x{{{hi:x}}}" if hi > lo else "") for lo, hi in ranges)


_ASCII = [chr(code) for code in range(0x80)]
# Printable ASCII that folds to its lower case; the rest of ASCII goes in the table.
_PLAIN_CHARS = frozenset(c for c in _ASCII if c.isprintable() and _folded(c) == c.lower())
_PLAIN = _char_class(_PLAIN_CHARS)
# What a folded word is made of: what fold keeps, less the '.' and '&' _name_tokens splits on.
_WORD = _char_class(c for c in _ASCII if not _NOT_FOLDED.fullmatch(c) and c not in ".&")
_LETTERS = _char_class(c for c in _ASCII if _LETTER.fullmatch(c))
# Folded names most rows have: words of letters, each maybe followed by a dot, single-spaced,
# without title, suffix or particle: the tokens are the words without dots.
_SIMPLE = f"[{_LETTERS}]+\\.?(?: [{_LETTERS}]+\\.?)*"
_KEYWORDS = "(?:^| )(?:" + "|".join(sorted(TITLES | SUFFIXES | PARTICLES)) + ")(?:[ .]|$)"


@lru_cache(maxsize=CACHE_SIZE)
def _char_row(char: str) -> tuple[str, str] | None:
    """``(char, folded)`` for a character the SQL can fold on its own, else None.

    Folding character by character equals folding the whole text unless NFKC merges a
    character into the one before it (combining marks, Hangul jamo); a character folding to
    a comma would pass for the comma of 'Surname, Given'.
    """
    start = unicodedata.normalize("NFKC", char)[0]
    mark = unicodedata.category(start).startswith("M") and not _VARIATION_SELECTORS.match(start)
    folded = _folded(char)
    if mark or ord(start) in _HANGUL_JAMO or "," in folded:
        return None
    return char, folded


@dataclass(frozen=True)
class _Chars:
    """RE2 classes (without brackets) of the characters of one batch, by how SQL folds them."""

    space: str  # what Python's \s matches and str.strip() removes
    dropped: str  # folded to nothing: format characters, variation selectors
    blank: str  # folded to a space: emoji, symbols, controls, other spaces
    accented: str  # folded like lower(strip_accents(c))
    unprintable: str  # escaped by repr()


def _register(con: duckdb.DuckDBPyConnection, texts: str) -> _Chars:
    """Create ``_sid_name_chars`` for the characters of ``texts`` (a SELECT of ``text``)."""
    found = con.sql(
        f"SELECT DISTINCT unnest(string_split(text, '')) FROM ({texts}) "
        "WHERE strlen(text) <> length(text)"
    ).fetchall()
    chars = {c for (c,) in found} | set(_ASCII)
    rows = dict(row for char in chars - _PLAIN_CHARS if (row := _char_row(char)) is not None)
    table = pa.table(
        {
            "ch": pa.array(list(rows), pa.string()),
            "folded": pa.array(list(rows.values()), pa.string()),
        }
    )
    con.register("_sid_name_chars_arrow", table)
    con.execute("CREATE OR REPLACE TEMP TABLE _sid_name_chars AS FROM _sid_name_chars_arrow")
    con.unregister("_sid_name_chars_arrow")
    stripped = con.sql(
        "SELECT ch FROM _sid_name_chars WHERE lower(strip_accents(ch)) = folded"
    ).fetchall()
    return _Chars(
        space=_char_class(c for c in chars if c.isspace()),
        dropped=_char_class(c for c, f in rows.items() if not f),
        blank=_char_class(c for c, f in rows.items() if f == " "),
        accented=_char_class(c for (c,) in stripped if rows[c] not in ("", " ")),
        unprintable=_char_class(c for c in chars if not c.isprintable()),
    )


def _words(words: frozenset[str]) -> str:
    """The words as the SQL list of an ``IN (...)``."""
    return "(" + ", ".join(quote_literal(w) for w in sorted(words)) + ")"


def _python_re(pattern: str, space: str = "") -> str:
    """A scalar-module regex as an RE2 literal: ``\\uXXXX`` and Unicode ``\\s`` spelled out."""
    return quote_literal(
        re.sub(r"\\u([0-9a-fA-F]{4})", r"\\x{\1}", pattern).replace(r"\s", f"[{space}]")
    )


def _replace(column: str, pattern: str, by: str) -> str:
    """regexp_replace of every match of ``pattern``, skipped on the many values without one."""
    return (
        f"CASE WHEN regexp_matches({column}, {pattern}) "
        f"THEN regexp_replace({column}, {pattern}, {quote_literal(by)}, 'g') ELSE {column} END"
    )


def _foldable(chars: _Chars, text: str) -> str:
    """Whether column ``text`` is folded by string functions, in :func:`_with_folded`."""
    return f"regexp_full_match({text}, '[{_PLAIN}{chars.dropped}{chars.blank}{chars.accented}]*')"


def _with_folded(chars: _Chars, rows: str, text: str) -> str:
    """SELECT the columns of CTE ``rows`` and ``folded``, its column ``text`` folded.

    ``rows`` has a column ``foldable`` (:func:`_foldable`); the other rows are folded through
    ``_sid_name_chars``, and left out when a character is missing from it.
    """
    simple = text
    for cls, by in ((chars.dropped, ""), (chars.blank, " ")):
        simple = f"regexp_replace({simple}, '[{cls}]', {quote_literal(by)}, 'g')" if cls else simple
    return f"""
        SELECT *, CASE WHEN regexp_full_match({text}, '[{_PLAIN}]*') THEN lower({text})
            ELSE lower(strip_accents({simple})) END AS folded
        FROM {rows} WHERE foldable
        UNION ALL
        SELECT r.*, f.folded FROM {rows} r JOIN (
            SELECT text, string_agg(coalesce(c.folded, lower(s.ch)), '' ORDER BY i) AS folded
            FROM (
                SELECT text, unnest(chars) AS ch, generate_subscripts(chars, 1) AS i
                FROM (SELECT DISTINCT {text} AS text, string_split({text}, '') AS chars
                    FROM {rows} WHERE NOT foldable)
            ) s LEFT JOIN _sid_name_chars c ON c.ch = s.ch
            GROUP BY text
            HAVING bool_and(c.ch IS NOT NULL OR strlen(s.ch) = 1)
        ) f ON f.text = r.{text}
        WHERE NOT r.foldable"""


def _tokens(folded: str) -> str:
    """``_name_tokens`` of a folded text column: its words with a letter, '-' trimmed."""
    text = _replace(folded, _python_re(_APOSTROPHES.pattern), "")
    word = f"'[{_WORD}]*' || {_python_re(_LETTER.pattern)} || '[{_WORD}]*'"
    return f"""CASE WHEN regexp_full_match({folded}, '[{_LETTERS} ]*')
        THEN list_filter(string_split({folded}, ' '), lambda w: w <> '')
        ELSE list_transform(regexp_extract_all({text}, {word}), lambda w: trim(w, '-')) END"""


def _strip_affixes(tokens: str) -> str:
    """``_strip_affixes`` of a token list column."""
    n = f"len({tokens})"
    titles = f"list_transform({tokens}, lambda t: t IN {_words(TITLES)})"
    suffixes = f"list_reverse(list_transform({tokens}, lambda t: t IN {_words(SUFFIXES)}))"
    start = f"coalesce(list_position({titles}, false), {n} + 1)"
    end = f"{n} + 1 - coalesce(list_position({suffixes}, false), {n} + 1)"
    affixed = f"{tokens}[1] IN {_words(TITLES)} OR {tokens}[{n}] IN {_words(SUFFIXES)}"
    return f"CASE WHEN {affixed} THEN {tokens}[{start}:{end}] ELSE {tokens} END"


def _last_name(tokens: str) -> str:
    """``_last_name`` of a non-empty token list column."""
    n = f"len({tokens})"
    middle = f"{tokens}[2:{n} - 1]"
    particles = f"list_reverse(list_transform({middle}, lambda t: t IN {_words(PARTICLES)}))"
    kept = f"coalesce(list_position({particles}, false) - 1, len({middle}))"
    return (
        f"CASE WHEN {n} > 2 AND {tokens}[{n} - 1] IN {_words(PARTICLES)} "
        f"THEN array_to_string({tokens}[{n} - {kept}:], ' ') ELSE {tokens}[{n}] END"
    )


def _result(
    original: str,
    first: str,
    last: str,
    no_name: str,
    full: str = "array_to_string(tokens, ' ')",
    company: str = "NULL::VARCHAR",
) -> str:
    """The NameResult columns, from column ``tokens``; ``no_name``: when to set the error."""
    error = f"'''' || {original} || {_NO_NAME}"
    return f"""{original} AS original, nullif({full}, '') AS "full",
        {first} AS "first", {last} AS "last", tokens, {company} AS company,
        CASE WHEN {no_name} THEN {error} END AS error"""


def _quotable(chars: _Chars, original: str) -> str:
    """Whether quoted(original) is the text between single quotes."""
    return (
        f"length({original}) <= 80 AND NOT regexp_matches({original}, "
        f"'[''\\\\{chars.unprintable}]')"
    )


def _tail_company(tail: str) -> str:
    """``_tail_company`` of a printable ASCII ``tail`` in which ``companies_in`` finds no
    connector: ``normalize_company``, unless that is only role words."""
    company = normalized_company_sql(printable_decorated_sql(tail))
    return f"""list_transform([{company}], lambda c:
        CASE WHEN c IS NOT NULL AND NOT {role_only_sql("c")} THEN c END)[1]"""


def _read_in_python(text: str) -> str:
    """SQL: ``text`` has a script Python reads word by word rather than character by
    character: Devanagari (see ``devanagari``), Hangul (family names, see ``korean``) and,
    with the ``ja`` extra, kanji and kana (see ``japanese``)."""
    scripts = DEVANAGARI + HANGUL + (JAPANESE_SCRIPT if japanese_available() else "")
    return f"regexp_matches({text}, '[{scripts}]')"


def _names(chars: _Chars, values: str) -> str:
    """SELECT value and the result columns for the display names of ``values`` it can read."""
    east_asian = _python_re(_EAST_ASIAN.pattern)
    unspaced = _python_re(f"^(?:{_UNSPACED_NAME.pattern})$", chars.space)
    split = _python_re(f"(?s)^(.*?)(?:{_TAIL.pattern})(.*)$", chars.space)
    significant = f"lambda t: t NOT IN {_words(TITLES | SUFFIXES)}"
    blank = f"regexp_full_match(value, '[{chars.space}]*')"
    last = f"CASE WHEN len(tokens) > 1 THEN {_last_name('tokens')} END"
    # A tail SQL reads: printable ASCII without '@' or a word 'of' or 'at' before a space, so
    # without connectors, after a name that is not East Asian and holds no pronouns (they
    # need a '/').
    plain_tail = (
        "NOT east_asian AND NOT contains(cleaned, '/') AND regexp_full_match(tail, '[ -~]*') "
        "AND NOT contains(tail, '@') AND NOT regexp_matches(tail, '(?i)(?:^|[^0-9a-z_])(?:of|at) ')"
    )
    return f"""
        WITH _sid_name_clean AS (
            SELECT value, cleaned, regexp_matches(cleaned, {east_asian}) AS east_asian,
                regexp_matches(cleaned, {_python_re(_TAIL.pattern, chars.space)}) AS tailed
            FROM (
                SELECT value, {_replace("value", _python_re(_BRACKETED.pattern), " ")} AS cleaned
                FROM ({values})
            )
        ), _sid_name_tail AS (  -- the text before the first tail separator, and the tail
            SELECT *,
                CASE WHEN tailed THEN regexp_extract(cleaned, {split}, 1) ELSE cleaned END AS head,
                CASE WHEN tailed THEN regexp_extract(cleaned, {split}, 2) END AS tail
            FROM _sid_name_clean
        ), _sid_name_read AS MATERIALIZED (
            SELECT *, {_foldable(chars, "name")} AS foldable FROM (SELECT value,
                CASE WHEN east_asian THEN NOT regexp_matches(head, {_python_re(LATIN.pattern)})
                    ELSE false END AS family_first,
                CASE WHEN east_asian THEN regexp_replace(head, {unspaced}, '\\1 \\2')
                    ELSE head END AS name,
                CASE WHEN tailed THEN {_tail_company("tail")} END AS company
            FROM _sid_name_tail
            WHERE (NOT tailed OR {plain_tail}) AND NOT (east_asian AND contains(head, ','))
                AND NOT {_read_in_python("head")})
        ), _sid_name_folded AS MATERIALIZED (
            SELECT *, NOT family_first AND regexp_full_match(trimmed, '{_SIMPLE}')
                AND NOT regexp_matches(trimmed, '{_KEYWORDS}') AS simple
            FROM (SELECT *, trim(folded) AS trimmed
                FROM ({_with_folded(chars, "_sid_name_read", "name")}))
        ), _sid_name_split AS (
            SELECT *, CASE WHEN contains(folded, ',') THEN list_filter(string_split(folded, ','),
                    lambda p: len(list_filter({_tokens("p")}, {significant})) > 0) END AS kept
            FROM _sid_name_folded WHERE NOT simple
        ), _sid_name_swapped AS (
            SELECT *, CASE WHEN len(kept) >= 2 THEN kept[2] || ' ' || kept[1] ELSE folded END
                AS swapped
            FROM _sid_name_split
        ), _sid_name_stripped AS (
            SELECT *, {_strip_affixes("raw")} AS stripped
            FROM (SELECT *, {_tokens("swapped")} AS raw FROM _sid_name_swapped)
        ), _sid_name_tokens AS (
            SELECT *, CASE WHEN family_first AND len(stripped) > 1
                THEN stripped[2:] || stripped[1:1] ELSE stripped END AS tokens
            FROM _sid_name_stripped
        )
        SELECT value, value AS original, words AS "full", tokens[1] AS "first",
            CASE WHEN len(tokens) > 1 THEN tokens[len(tokens)] END AS "last", tokens,
            company, NULL::VARCHAR AS error
        FROM (SELECT value, words, string_split(words, ' ') AS tokens, company
            FROM (SELECT value, replace(trimmed, '.', '') AS words, company
                FROM _sid_name_folded WHERE simple))
        UNION ALL
        SELECT value, {_result("value", "tokens[1]", last, f"len(tokens) = 0 AND NOT {blank}",
                               company="company")}
        FROM _sid_name_tokens
        WHERE len(tokens) > 0 OR {blank} OR (name = value AND {_quotable(chars, "value")})"""


def name_fast_path(con: duckdb.DuckDBPyConnection, table: str) -> str:
    """The fast path of :data:`NAME_BATCH` over a table with a ``value`` column."""
    chars = _register(con, f"SELECT value AS text FROM {table}")
    return _names(chars, f"SELECT value FROM {table} WHERE value IS NOT NULL")


def name_parts_fast_path(con: duckdb.DuckDBPyConnection, table: str) -> str:
    """The fast path of :data:`NAME_PARTS_BATCH` over ``first_name`` / ``last_name`` columns."""
    chars = _register(
        con, f"SELECT first_name AS text FROM {table} UNION ALL SELECT last_name FROM {table}"
    )
    whole = f"(last_name IS NULL OR regexp_full_match(last_name, '[{chars.space}]*'))"
    names = _names(chars, f"SELECT DISTINCT first_name AS value FROM {table} WHERE {whole}")
    edges = quote_literal(f"^[{chars.space}]+|[{chars.space}]+$")
    folded = _with_folded(chars, "_sid_parts_texts", "text")
    last = f"""CASE WHEN len(given) = 0 AND len(family) > 0 THEN {_last_name("family")}
        WHEN len(given) > 0 AND len(family) > 0 THEN array_to_string(family, ' ')
        WHEN len(tokens) > 1 THEN {_last_name("tokens")} END"""
    return f"""
        SELECT t.first_name, t.last_name, n.* EXCLUDE (value)
        FROM {table} t JOIN ({names}) n ON n.value = t.first_name
        WHERE {whole}
        UNION ALL BY NAME (
        WITH _sid_parts_split AS MATERIALIZED (
            SELECT first_name, last_name, given_text, {_replace("joined", edges, "")} AS original
            FROM (SELECT first_name, last_name, coalesce(first_name, '') AS given_text,
                coalesce(first_name, '') || ' ' || last_name AS joined
                FROM {table} WHERE NOT {whole}
                    AND NOT {_read_in_python("coalesce(first_name, '') || last_name")})
        ), _sid_parts_texts AS MATERIALIZED (
            SELECT text, {_foldable(chars, "text")} AS foldable FROM (
                SELECT given_text AS text FROM _sid_parts_split
                UNION SELECT last_name FROM _sid_parts_split)
        ), _sid_parts_words AS MATERIALIZED (
            SELECT text, words, array_to_string(words, ' ') AS joined
            FROM (SELECT text, {_strip_affixes("raw")} AS words
                FROM (SELECT text, {_tokens("folded")} AS raw FROM ({folded})))
        ), _sid_parts_tokens AS (
            SELECT s.*, g.words AS given, f.words AS family, g.words || f.words AS tokens,
                concat_ws(' ', nullif(g.joined, ''), nullif(f.joined, '')) AS joined
            FROM _sid_parts_split s
            JOIN _sid_parts_words g ON g.text = s.given_text
            JOIN _sid_parts_words f ON f.text = s.last_name
        )
        SELECT first_name, last_name,
            {_result("original", "given[1]", last, "len(tokens) = 0", "nullif(joined, '')")}
        FROM _sid_parts_tokens
        WHERE len(tokens) > 0 OR {_quotable(chars, "original")})"""


NAME_BATCH = BatchNormalizer("name", ("value",), normalize_name, name_fast_path)
# The input columns are not called first/last: run_batch puts inputs and results side by side.
NAME_PARTS_BATCH = BatchNormalizer(
    "name_parts", ("first_name", "last_name"), normalize_name_parts, name_parts_fast_path
)
