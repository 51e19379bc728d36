"""The bio SQL fast path agrees with extract_bio on every input, and answers most bios."""

from __future__ import annotations

import duckdb
import pandas as pd
import pyarrow as pa
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import socialid
from socialid._internal.normalize._batch import BatchStats, batch_results, run_batch
from socialid._internal.normalize.bio import BioResult
from socialid._internal.normalize.bio_sql import BIO_BATCH
from socialid._internal.normalize.company import LEADER_WORDS, ROLE_WORDS
from socialid._internal.normalize.email_rules import RULE_BY_DOMAIN
from socialid._internal.normalize.platforms import BY_ALIAS, LINK_HOSTS

# Each example is one DuckDB query over a list of bios: planning it dominates (~0.4 s).
BATCH_SETTINGS = settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
# Share of the demo data's distinct bios answered in SQL: measured 1.000 (1228 of 1228).
DEMO_SQL_SHARE_FLOOR = 0.98


def assert_agrees(values: list[str | None]) -> None:
    assert batch_results(BIO_BATCH, [(v,) for v in values]) == [BIO_BATCH.scalar(v) for v in values]


def assert_answered_in_sql(values: list[str]) -> BatchStats:
    """Check that the batch path agrees with the scalar on ``values`` and return how it split
    them between SQL and Python (batch_results' work, in the same query as the stats)."""
    con = duckdb.connect()
    con.register("bios", pa.table({"value": pa.array(values, pa.string())}))
    stats = run_batch(con, BIO_BATCH, "bios", "bios_out")
    rows = con.sql("SELECT * FROM bios_out").to_arrow_table().to_pylist()
    found = {row["value"]: BIO_BATCH.from_row(row) for row in rows}
    assert [found[v] for v in values] == [BIO_BATCH.scalar(v) for v in values]
    return stats


# Realistic bios, in the forms the fast path answers: ASCII handles (none an alias, so that
# 'IG: jane.' never hides a label), profile and website links, plain addresses, companies
# of any script, emoji, hashtags and the usual separators.
HANDLE = st.from_regex(r"[a-z]{3,8}[0-9_]{0,3}(\.[a-z]{2,5})?", fullmatch=True).filter(
    lambda h: h not in BY_ALIAS
)
ALIAS = st.sampled_from(sorted(BY_ALIAS)).map(lambda a: a.upper() if len(a) == 2 else a.title())
LABELLED = st.builds(
    "{}{}{}".format,
    ALIAS,
    st.sampled_from([": ", ": @", " @"]),
    HANDLE,
) | st.builds(  # 'x.com:jane' would be a URL with a port
    "{}{}{}".format,
    ALIAS.filter(lambda a: "." not in a),
    st.sampled_from([":", " : ", ":@"]),
    HANDLE,
)
PROFILE = st.builds(
    "{}{}{}".format,
    st.sampled_from(["", "https://", "http://www.", "www."]),
    st.sampled_from(
        [
            "github.com/",
            "x.com/",
            "twitter.com/",
            "instagram.com/",
            "linkedin.com/in/",
            "youtube.com/@",
            "tiktok.com/@",
            "medium.com/@",
            "reddit.com/u/",
            "bsky.app/profile/",
            "mastodon.social/@",
            "facebook.com/",
            "pinterest.com/",
            "threads.net/@",
            "x.com/home/",
            "instagram.com/p/",
        ]
    ),
    HANDLE,
)
SITE = st.builds(
    "{}{}.{}{}".format,
    st.sampled_from(["", "https://", "www.", "blog."]),
    st.from_regex(r"[a-z]{3,10}(-[a-z]{2,5})?", fullmatch=True),
    st.sampled_from(["com", "io", "dev", "co.uk", "github.io", "de", "app", *LINK_HOSTS]),
    st.sampled_from(["", "/", "/about", "/shop?ref=bio", "/#top"]),
)
EMAIL = st.builds(
    "{}{}@{}".format,
    st.sampled_from(["", "📩 ", "Contact: ", "business: "]),
    st.from_regex(r"[a-z]{2,8}([._+-][a-z0-9]{1,6})?", fullmatch=True),
    st.sampled_from([*sorted(RULE_BY_DOMAIN), "acme.io", "Studio-Nord.DE", "mail.co.uk"]),
)
COMPANY = st.sampled_from(
    [
        "Acme",
        "Acme Corp.",
        "Globex Inc",
        "Müller & Söhne GmbH",
        "Yılmaz Danışmanlık",
        "Łódź Labs",
        "Облако Софт",
        "東京ラボ",
        "O'Reilly Media",
        "3M",
        "the Acme Group",
    ]
)
ROLE = st.sampled_from(sorted(w for w in ROLE_WORDS | LEADER_WORDS if w.isalpha()))
CONNECTOR = st.builds(
    "{} {}{}".format,
    ROLE.map(lambda r: r.title()),
    st.sampled_from(["at ", "@ ", "@", "of ", "AT ", "w "]),
    COMPANY,
)
FILLER = st.sampled_from(
    ["dog mom", "☕🐶📚", "✈️", "👨\u200d👩\u200d👧", "#foodie #travel", "📍 Berlin", "Läufer"]
)
SEGMENT = st.one_of(
    LABELLED, PROFILE, SITE, EMAIL, CONNECTOR, HANDLE.map("@{}".format), FILLER, COMPANY
)
PLAIN_BIO = st.builds(
    lambda separator, segments: separator.join(segments),
    st.sampled_from([" | ", " · ", ". ", " • ", " / ", " ", " ✦ ", ", "]),
    st.lists(SEGMENT, min_size=1, max_size=5),
)
# Near misses: the same bios with odd characters and pieces inserted anywhere.
NOISE = st.sampled_from(
    [
        *"@:./-_&'`^|·–,;!?()<>#%\t\n\u200b\ufe0f\xa0İıßéж中😀™Ｋ\u0301",
        *("IG:", " at ", " of ", "www.", ".com", "://", "?x=1", ":8080", "%20", "xn--", ".."),
        *("@acme.io", "linktr.ee/", "tw: @x.", "CEO @ "),
    ]
)


@st.composite
def noisy_bios(draw: st.DrawFn) -> str:
    text = draw(PLAIN_BIO)
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(NOISE) + text[at:]
    return text


@BATCH_SETTINGS
@given(st.lists(st.one_of(st.none(), st.text()), max_size=60))
def test_batch_equals_scalar_on_any_text(values: list[str | None]) -> None:
    assert_agrees(values)


@BATCH_SETTINGS
@given(st.lists(PLAIN_BIO, min_size=1, max_size=60))
def test_realistic_bios_are_answered_in_sql(values: list[str]) -> None:
    stats = assert_answered_in_sql(values)
    assert stats.python_rows == 0
    assert stats.sql_rows == len(set(values))


@BATCH_SETTINGS
@given(st.lists(noisy_bios(), min_size=1, max_size=60))
def test_batch_equals_scalar_on_near_misses(values: list[str]) -> None:
    assert_agrees(values)


REAL_WORLD = [
    # (bio, handles, emails, urls, domains, companies)
    (
        "IG: @jane.d | github.com/janed | jane@acme.com",
        (("instagram", "jane.d"), ("github", "janed")),
        ("jane@acme.com",),
        ("https://github.com/janed",),
        (),
        (),
    ),
    ("CEO of Acme Corp. Dad. Runner.", (), (), (), (), ("acme",)),
    ("Engineer @ Globex Inc | prev @initech", (("", "initech"),), (), (), (), ("globex",)),
    ("Software Engineer at Stripe ✨ she/her", (), (), (), (), ("stripe",)),
    ("📍 Berlin | Gründer von Müller & Söhne GmbH", (), (), (), (), ()),
    ("Co-founder of Über 🚀 building things", (), (), (), (), ("uber",)),
    (
        "Product Designer @ Doctolib · 🇫🇷 · dribbble.com/jdoe",
        (),
        (),
        ("https://dribbble.com/jdoe",),
        ("dribbble.com",),
        ("doctolib",),
    ),
    (
        "Fundadora de Café Olé · IG: @cafe.ole · hola@cafeole.es",
        (("instagram", "cafe.ole"),),
        ("hola@cafeole.es",),
        (),
        (),
        (),
    ),
    (
        "Разработчик @ Яндекс · tg: ivanov · ivan@yandex.ru",
        (),
        ("ivan@yandex.ru",),
        (),
        (),
        ("yandeks",),
    ),
    (
        "CTO @ 東京ラボ | x.com/taro_dev",
        (("twitter", "taro_dev"),),
        (),
        ("https://x.com/taro_dev",),
        (),
        ("dongjingrabo",),
    ),
    (
        "Yılmaz Consulting'de Yazılım Mühendisi | github.com/yilmaz",
        (("github", "yilmaz"),),
        (),
        ("https://github.com/yilmaz",),
        (),
        (),
    ),
    (
        "İstanbul · tw: @ahmet_k · ahmet@gmail.com",
        (("twitter", "ahmet_k"),),
        ("ahmet@gmail.com",),
        (),
        (),
        (),
    ),
    (
        "ML @ DeepMind • ex-Google • https://jane.dev/blog",
        (),
        (),
        ("https://jane.dev/blog",),
        ("jane.dev",),
        ("deepmind",),
    ),
    ("Contact: J.Doe+press@GoogleMail.com", (), ("jdoe@gmail.com",), (), (), ()),
    (
        "Mastodon: @jane@mastodon.social 🦣 | bsky: jane.bsky.social",
        (("mastodon", "jane@mastodon.social"), ("bluesky", "jane.bsky.social")),
        (),
        (),
        (),
        (),
    ),
    (
        "🐘 @jane@hachyderm.io / 🦋 jane.bsky.social",
        (("mastodon", "jane@hachyderm.io"), ("bluesky", "jane.bsky.social")),
        (),
        ("https://jane.bsky.social",),
        (),
        (),
    ),
    (
        "linkedin.com/in/jane-doe-8a1b2c3d • medium.com/@jane • reddit.com/u/jane_d",
        (("linkedin", "jane-doe-8a1b2c3d"), ("medium", "jane"), ("reddit", "jane_d")),
        (),
        (
            "https://linkedin.com/in/jane-doe-8a1b2c3d",
            "https://medium.com/@jane",
            "https://reddit.com/u/jane_d",
        ),
        (),
        (),
    ),
    (
        "▶️ youtube.com/@JaneCooks | TikTok: @janecooks",
        (("youtube", "janecooks"), ("tiktok", "janecooks")),
        (),
        ("https://youtube.com/@JaneCooks",),
        (),
        (),
    ),
    (
        "Links: linktr.ee/janedoe · bit.ly/3abc",
        (("linktree", "janedoe"),),
        (),
        ("https://linktr.ee/janedoe", "https://bit.ly/3abc"),
        (),
        (),
    ),
    (
        "Shop: https://jane.myshop.co.uk/sale!",
        (),
        (),
        ("https://jane.myshop.co.uk/sale",),
        ("myshop.co.uk",),
        (),
    ),
    (
        "Portfolio → janedoe.design | blog.jane.dev",
        (),
        (),
        ("https://janedoe.design", "https://blog.jane.dev"),
        ("janedoe.design", "jane.dev"),
        (),
    ),
    ("https://www.instagram.com/p/Cx1/ 📸", (), (), ("https://www.instagram.com/p/Cx1/",), (), ()),
    (
        "facebook.com/profile.php?id=100004",
        (("facebook", "100004"),),
        (),
        ("https://facebook.com/profile.php?id=100004",),
        (),
        (),
    ),
    ("VP of Sales at Siemens AG, Munich", (), (), (), (), ("siemens",)),
    ("Head of Growth @notion (we're hiring!)", (("", "notion"),), (), (), (), ()),
    ("Professor at University of Oxford", (), (), (), (), ("university",)),
    ("Journalist at Le Monde — opinions mine", (), (), (), (), ("le monde",)),
    ("Ｊａｎｅ ✨ 𝓬𝓻𝓮𝓪𝓽𝓸𝓻 @ 𝓐𝓬𝓶𝓮", (), (), (), (), ("acme",)),
    ("Dad of 2 ™ Runner", (), (), (), (), ()),
    ("", (), (), (), (), ()),
    ("she/her · 🌱 plant parent · ☕", (), (), (), (), ()),
    ("Founder & CEO, Acme Robotics", (), (), (), (), ()),
    ("Sr. Engineer@Spotify 🎧 | Stockholm", (), (), (), (), ("spotify",)),
    ("email me: ΖΩΗ@παράδειγμα.ελ", (), (), (), (), ()),
]


@pytest.fixture(scope="module")
def real_world_results() -> dict[str, BioResult]:
    bios = [bio for bio, *_ in REAL_WORLD]
    return dict(zip(bios, batch_results(BIO_BATCH, [(bio,) for bio in bios]), strict=True))


@pytest.mark.parametrize(("bio", "handles", "emails", "urls", "domains", "companies"), REAL_WORLD)
def test_real_world_bios(
    real_world_results: dict[str, BioResult],
    bio: str,
    handles: tuple[tuple[str, str], ...],
    emails: tuple[str, ...],
    urls: tuple[str, ...],
    domains: tuple[str, ...],
    companies: tuple[str, ...],
) -> None:
    result = real_world_results[bio]
    assert result == BIO_BATCH.scalar(bio)
    assert (result.handles, result.emails, result.urls, result.domains) == (
        handles,
        emails,
        urls,
        domains,
    )
    assert result.companies == companies


def test_demo_data_is_answered_in_sql() -> None:
    bios = pd.read_csv(socialid.demo_paths()[1], dtype=str).bio.dropna().unique().tolist()
    stats = assert_answered_in_sql(bios)
    assert stats.sql_rows + stats.python_rows == len(bios) > 1000
    assert stats.sql_rows / len(bios) >= DEMO_SQL_SHARE_FLOOR
