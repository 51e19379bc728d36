"""The website-domain SQL fast path agrees with website_domain on every input."""

from __future__ import annotations

import duckdb
import pyarrow as pa
from fast_paths import fast_path_lookup
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from socialid._internal.normalize.bio import website_domain
from socialid._internal.normalize.url import PUBLIC_SUFFIXES
from socialid._internal.normalize.url_sql import website_domains_sql

BATCH_SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)

LABEL = st.from_regex(r"[a-zA-Z0-9][a-zA-Z0-9\-]{0,8}", fullmatch=True)
HOST = st.builds(
    "{}{}.{}".format,
    st.sampled_from(["", "www.", "m.", "mobile.", "WWW.", "blog.", "www.m.", "x."]),
    LABEL,
    st.sampled_from([*sorted(PUBLIC_SUFFIXES), "com", "io", "de", "COM", "1x", "x-y", "co"]),
)
URL = st.builds(
    "{}{}{}{}{}".format,
    st.sampled_from(["", "http://", "https://", "HTTPS://", "ftp://", "//", " "]),
    HOST,
    st.sampled_from(["", ".", ":8080", "@x.com"]),
    st.sampled_from(["", "/", "/about", "/a/b?x=1", "?q", "#top", "/%20", "/ü"]),
    st.sampled_from(["", " ", "/"]),
)
PLAIN_URL = st.builds(  # the shapes of real website columns, all answered in SQL
    "{}{}{}".format,
    st.sampled_from(["", "http://", "https://", "HTTPS://"]),
    HOST,
    st.sampled_from(["", "/", "/about", "/a/b?x=1", "?q", "#top"]),
)
CASES = [
    "https://www.Acme.com/about",
    "acme.co.uk",
    "blog.acme.co.uk/post/1",
    "http://jane.github.io",
    "www.example.com.",
    "mobile.twitter.com/jane",
    "https://linktr.ee/jane",
    "https://user@acme.com",
    "acme.com:8443/x",
    "not a url",
    "",
    "localhost",
    "https://",
    "münchen.de",
    "https://例え.jp",
    "xn--mnchen-3ya.de",
    "acme_corp.com",
    "a" * 260 + ".com",
    "http://192.168.0.1/",
    "https://acme.com?ref=bio",
]


def lookup(values: list[str]) -> dict[str, str | None]:
    return fast_path_lookup(values, website_domain, website_domains_sql)


def test_known_cases_agree() -> None:
    assert lookup(CASES) == {c: website_domain(c) for c in CASES}


@BATCH_SETTINGS
@given(st.lists(URL | st.text(max_size=30), min_size=1, max_size=30))
def test_fast_path_agrees_with_the_scalar(values: list[str]) -> None:
    assert lookup(values) == {v: website_domain(v) for v in values}


@BATCH_SETTINGS
@given(st.lists(PLAIN_URL, min_size=1, max_size=30))
def test_fast_path_answers_plain_websites(values: list[str]) -> None:
    con = duckdb.connect()
    con.register("v", pa.table({"value": pa.array(values, pa.string())}))
    sql = website_domains_sql("(SELECT DISTINCT value FROM v)")
    assert {row[0] for row in con.execute(sql).fetchall()} == set(values)
