"""SQL for :func:`~socialid._internal.normalize.company.normalize_company` of ASCII text.

Shared by the fast path of the company column and by the bio fast path, whose company
phrases come transliterated.
"""

from __future__ import annotations

from socialid._internal.normalize.company import LEGAL_FORMS, ROLE_WORDS
from socialid._internal.sql import quote_list


def normalized_company_sql(text: str) -> str:
    """``normalize_company`` of the ASCII ``text`` as ``strip_decoration`` leaves it: fold
    (lower-case, drop apostrophes, keep words of letters, digits, '&', '.' and '-' trimmed
    of '.', '-' and '&', then drop the dots), then drop trailing legal forms."""
    tokens = (
        f"CASE WHEN regexp_matches({text}, '^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$') "  # plain words
        f"THEN string_split(lower({text}), ' ') "
        "ELSE list_transform(list_filter(list_transform(regexp_extract_all(regexp_replace("
        f"regexp_replace(lower({text}), '[''`]', '', 'g'), '[^a-z0-9&.\\-]+', ' ', 'g'), "
        "'[^ ]+'), lambda t: trim(t, '.-&')), lambda t: t <> ''), lambda t: replace(t, '.', '')) "
        "END"
    )
    legal = f"list_contains({quote_list(sorted(LEGAL_FORMS))}, t[k])"
    end = f"coalesce(list_max(list_filter(range(2, len(t) + 1), lambda k: NOT {legal})), 1)"
    return (
        f"list_transform([{tokens}], lambda t: CASE WHEN len(t) > 0 "
        f"THEN array_to_string(t[1:{end}], ' ') END)[1]"
    )


def printable_decorated_sql(text: str) -> str:
    """``strip_decoration`` of the printable ASCII ``text``: it only makes the modifier
    symbols '^' and '`' spaces."""
    return f"regexp_replace({text}, '[\\^`]', ' ', 'g')"


def role_only_sql(company: str) -> str:
    """``is_role_only`` of a normalized company name (words separated by single spaces)."""
    return (
        f"list_bool_and(list_transform(string_split({company}, ' '), "
        f"lambda w: list_contains({quote_list(sorted(ROLE_WORDS))}, w)))"
    )


def companies_sql(table: str) -> str:
    """A fast path of ``normalize_company``: over the ``value`` column of ``table``, the
    printable ASCII values and their ``result``."""
    return f"""
        SELECT value, {normalized_company_sql("decorated")} AS result
        FROM (SELECT value, {printable_decorated_sql("value")} AS decorated FROM {table}
              WHERE regexp_full_match(value, '[ -~]*'))
    """
