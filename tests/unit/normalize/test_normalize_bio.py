"""Table tests for socialid.normalize.extract_bio and website_domain."""

from __future__ import annotations

import pytest

from socialid.normalize import extract_bio, website_domain

BIOS = [
    # (bio, handles, emails, domains, companies)
    ("IG: @jane.d", (("instagram", "jane.d"),), (), (), ()),
    ("tw: janed", (("twitter", "janed"),), (), (), ()),
    (
        "Twitter @JaneD and insta: jane.doe",
        (("twitter", "janed"), ("instagram", "jane.doe")),
        (),
        (),
        (),
    ),
    ("code: github.com/janed", (("github", "janed"),), (), (), ()),
    ("GitHub: github.com/janed", (("github", "janed"),), (), (), ()),
    ("Follow me @jane!", (("", "jane"),), (), (), ()),
    ("eng @acme", (), (), (), ("acme",)),
    ("CEO of Acme", (), (), (), ("acme",)),
    ("Engineer at Acme Corp. Dad. Runner.", (), (), (), ("acme",)),
    ("Founder & CEO @ Globex Inc | prev @initech", (("", "initech"),), (), (), ("globex",)),
    ("Co-founder of Über 🚀 building things", (), (), (), ("uber",)),
    ("Mastodon: @jane@mastodon.social 🦣", (("mastodon", "jane@mastodon.social"),), (), (), ()),
    ("bsky: jane.bsky.social", (("bluesky", "jane.bsky.social"),), (), (), ()),
    ("📧 Jane.Doe+bio@GoogleMail.com", (), ("janedoe@gmail.com",), (), ()),
    (
        "contact: hello@acme.io · https://www.acme.io/about",
        (),
        ("hello@acme.io",),
        ("acme.io",),
        (),
    ),
    ("Portfolio → janedoe.design | blog.jane.dev", (), (), ("janedoe.design", "jane.dev"), ()),
    # a link-in-bio page names its owner's account there; a shortener names nobody
    ("Links: linktr.ee/janedoe · bit.ly/3abc", (("linktree", "janedoe"),), (), (), ()),
    ("my links ⤵ https://beacons.ai/jane_doe", (("beacons", "jane_doe"),), (), (), ()),
    ("Shop: https://jane.myshop.co.uk/sale!", (), (), ("myshop.co.uk",), ()),
    ("Site: https://janedoe.github.io", (), (), ("janedoe.github.io",), ()),
    (
        "linkedin.com/in/jane-doe-8a1b2c3d • medium.com/@jane • reddit.com/u/jane_d",
        (("linkedin", "jane-doe-8a1b2c3d"), ("medium", "jane"), ("reddit", "jane_d")),
        (),
        (),
        (),
    ),
    (
        "https://x.com/JaneDoe and https://twitter.com/janedoe",
        (("twitter", "janedoe"),),
        (),
        (),
        (),
    ),
    ("Node.js dev. e.g. things. U.S. based. 10x engineer", (), (), (), ()),
    (
        "Designer at Initech | 📍Berlin | ig: @jane.designs | jane@initech.de",
        (("instagram", "jane.designs"),),
        ("jane@initech.de",),
        (),
        ("initech",),
    ),
    ("✨ Ｊａｎｅ ✨ 𝓬𝓻𝓮𝓪𝓽𝓸𝓻 @ 𝓐𝓬𝓶𝓮", (), (), (), ("acme",)),
    ("", (), (), (), ()),
]


@pytest.mark.parametrize(("bio", "handles", "emails", "domains", "companies"), BIOS)
def test_extract_bio(
    bio: str,
    handles: tuple[tuple[str, str], ...],
    emails: tuple[str, ...],
    domains: tuple[str, ...],
    companies: tuple[str, ...],
) -> None:
    result = extract_bio(bio)
    assert result.error is None
    assert result.handles == handles
    assert result.emails == emails
    assert result.domains == domains
    assert result.companies == companies


def test_extract_bio_urls_are_listed_with_scheme() -> None:
    result = extract_bio("see github.com/janed, https://acme.io/x).")
    assert result.urls == ("https://github.com/janed", "https://acme.io/x")


@pytest.mark.parametrize("value", [None, float("nan")])
def test_extract_bio_missing(value: object) -> None:
    assert extract_bio(value) == extract_bio(None)
    assert extract_bio(value).error is None


def test_extract_bio_non_text() -> None:
    assert extract_bio(["bio"]).error is not None


@pytest.mark.parametrize(
    ("value", "domain"),
    [
        ("https://www.Acme.com/about", "acme.com"),
        ("acme.com", "acme.com"),
        ("http://blog.acme.com:8080/x?y=1", "acme.com"),
        ("https://shop.acme.co.uk", "acme.co.uk"),
        ("https://jane.github.io/", "jane.github.io"),
        ("https://www.münchen.de", "münchen.de"),
        ("https://127.0.0.1/", None),
        ("localhost", None),
        ("not a url", None),
        ("", None),
        (None, None),
    ],
)
def test_website_domain(value: object, domain: str | None) -> None:
    assert website_domain(value) == domain
