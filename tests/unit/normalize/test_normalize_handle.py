"""Table tests for socialid.normalize handle functions."""

from __future__ import annotations

import pytest

from socialid.normalize import canonical_platform, handle_from_url, normalize_handle

VALID = [
    # (value, platform argument, platform, handle, stem, tokens)
    ("@JohnSmith_85", "X", "twitter", "johnsmith_85", "johnsmith", ("john", "smith", "85")),
    ("JohnSmith_85", "twitter", "twitter", "johnsmith_85", "johnsmith", ("john", "smith", "85")),
    ("jane.doe", "IG", "instagram", "jane.doe", "janedoe", ("jane", "doe")),
    ("@Jane.Doe_", "insta", "instagram", "jane.doe_", "janedoe", ("jane", "doe")),
    ("janedoe", "GitHub", "github", "janedoe", "janedoe", ("janedoe",)),
    ("jane-doe-42", "gh", "github", "jane-doe-42", "janedoe", ("jane", "doe", "42")),
    ("@jane.doe", "TikTok", "tiktok", "jane.doe", "janedoe", ("jane", "doe")),
    ("jane", "bluesky", "bluesky", "jane.bsky.social", "jane", ("jane",)),
    ("jane.bsky.social", None, "bluesky", "jane.bsky.social", "jane", ("jane",)),
    ("@JaneDoe.dev", "bsky", "bluesky", "janedoe.dev", "janedoe", ("jane", "doe")),
    ("@jane@mastodon.social", None, "mastodon", "jane@mastodon.social", "jane", ("jane",)),
    ("jane@fosstodon.org", "mastodon", "mastodon", "jane@fosstodon.org", "jane", ("jane",)),
    ("jane", None, None, "jane", "jane", ("jane",)),
    ("@MaxMüller", None, None, "maxmüller", "maxmuller", ("max", "muller")),
    ("https://twitter.com/JaneDoe", None, "twitter", "janedoe", "janedoe", ("jane", "doe")),
    ("https://x.com/JaneDoe/status/1234", None, "twitter", "janedoe", "janedoe", ("jane", "doe")),
    ("mobile.twitter.com/jane_d", None, "twitter", "jane_d", "janed", ("jane", "d")),
    (
        "https://www.instagram.com/jane.doe/",
        "github",
        "instagram",
        "jane.doe",
        "janedoe",
        ("jane", "doe"),
    ),
    (
        "https://www.linkedin.com/in/Jane-Doe-8a1b2c3d/",
        None,
        "linkedin",
        "jane-doe-8a1b2c3d",
        "janedoe",
        ("jane", "doe"),
    ),
    (
        "https://de.linkedin.com/in/józef-nowak",
        None,
        "linkedin",
        "józef-nowak",
        "jozefnowak",
        ("jozef", "nowak"),
    ),
    (
        "https://www.linkedin.com/in/jos%C3%A9-garc%C3%ADa",
        None,
        "linkedin",
        "josé-garcía",
        "josegarcia",
        ("jose", "garcia"),
    ),
    ("github.com/JaneDoe/dotfiles", None, "github", "janedoe", "janedoe", ("jane", "doe")),
    (
        "https://www.tiktok.com/@jane.doe?lang=en",
        None,
        "tiktok",
        "jane.doe",
        "janedoe",
        ("jane", "doe"),
    ),
    (
        "https://www.facebook.com/jane.doe.77",
        None,
        "facebook",
        "jane.doe.77",
        "janedoe",
        ("jane", "doe", "77"),
    ),
    (
        "https://facebook.com/profile.php?id=100004123456",
        None,
        "facebook",
        "100004123456",
        None,
        ("100004123456",),
    ),
    (
        "https://youtube.com/@JaneCooks",
        None,
        "youtube",
        "janecooks",
        "janecooks",
        ("jane", "cooks"),
    ),
    (
        "https://www.youtube.com/c/JaneCooks",
        None,
        "youtube",
        "janecooks",
        "janecooks",
        ("jane", "cooks"),
    ),
    ("https://www.threads.net/@jane.doe", None, "threads", "jane.doe", "janedoe", ("jane", "doe")),
    (
        "https://bsky.app/profile/jane.bsky.social",
        None,
        "bluesky",
        "jane.bsky.social",
        "jane",
        ("jane",),
    ),
    ("https://mastodon.social/@Jane", None, "mastodon", "jane@mastodon.social", "jane", ("jane",)),
    ("https://hachyderm.io/@jane/109876", None, "mastodon", "jane@hachyderm.io", "jane", ("jane",)),
    (
        "https://social.example.org/@jane",
        None,
        "mastodon",
        "jane@social.example.org",
        "jane",
        ("jane",),
    ),
    (
        "https://www.reddit.com/user/Jane_Doe/",
        None,
        "reddit",
        "jane_doe",
        "janedoe",
        ("jane", "doe"),
    ),
    ("https://old.reddit.com/u/jane-d", None, "reddit", "jane-d", "janed", ("jane", "d")),
    ("https://medium.com/@jane.doe", None, "medium", "jane.doe", "janedoe", ("jane", "doe")),
    ("https://janedoe.medium.com/my-post-1a2b", None, "medium", "janedoe", "janedoe", ("janedoe",)),
    (
        "https://pinterest.co.uk/janedoe/boards",
        None,
        "pinterest",
        "janedoe",
        "janedoe",
        ("janedoe",),
    ),
]


@pytest.mark.parametrize(("value", "given", "platform", "handle", "stem", "tokens"), VALID)
def test_valid_handles(
    value: str,
    given: str | None,
    platform: str | None,
    handle: str,
    stem: str | None,
    tokens: tuple[str, ...],
) -> None:
    result = normalize_handle(value, given)
    assert result.error is None
    assert (result.platform, result.handle, result.stem, result.tokens) == (
        platform,
        handle,
        stem,
        tokens,
    )


INVALID = [
    # (value, platform argument, words the error must contain)
    ("https://twitter.com/home", None, "'home' page"),
    ("https://x.com/intent/tweet?text=hi", None, "'intent' page"),
    ("https://twitter.com/search?q=jane", None, "'search' page"),
    ("https://www.instagram.com/p/Cx1abc/", None, "'p' page"),
    ("https://www.instagram.com/explore/tags/cats/", None, "'explore' page"),
    ("https://www.linkedin.com/company/acme", None, "not a person's profile"),
    ("https://www.linkedin.com/school/mit", None, "not a person's profile"),
    ("https://github.com/orgs/acme", None, "'orgs' page"),
    ("https://www.youtube.com/watch?v=dQw4w9WgXcQ", None, "'watch' page"),
    ("https://www.reddit.com/r/python", None, "'r' page"),
    ("https://x.com", None, "not a profile link on X/Twitter"),
    ("https://www.linkedin.com/feed/", None, "https://linkedin.com/in/<name>"),
    ("https://acme.com/about", None, "not a profile link of a known platform"),
    ("http://[::1", None, "not a URL"),
    ("john smith", None, "not a valid handle"),
    ("@john smith", "twitter", "not a valid X/Twitter handle"),
    ("thisistoolongforx", "twitter", "1-15 letters"),
    ("jane..doe", "instagram", "not a valid Instagram handle"),
    ("-jane", "github", "not a valid GitHub handle"),
    ("jane", "mastodon", "user@instance"),
    ("jane", "myspace", "unknown platform 'myspace'"),
]


@pytest.mark.parametrize(("value", "given", "fragment"), INVALID)
def test_invalid_handles_explain_why(value: str, given: str | None, fragment: str) -> None:
    result = normalize_handle(value, given)
    assert result.handle is None and result.platform is None
    assert result.error is not None
    assert result.error.startswith(repr(value))
    assert fragment in result.error


@pytest.mark.parametrize("value", [None, "", "   ", float("nan")])
def test_missing_values_have_no_error(value: object) -> None:
    result = normalize_handle(value)
    assert result.handle is None and result.error is None


def test_handle_from_url_matches_normalize_handle() -> None:
    url = "https://www.linkedin.com/in/Jane-Doe-8a1b2c3d/"
    assert handle_from_url(url) == normalize_handle(url)
    assert handle_from_url(None).error is None
    assert handle_from_url(["x"]).error is not None


@pytest.mark.parametrize(
    ("value", "platform"),
    [
        ("X", "twitter"),
        ("x.com", "twitter"),
        ("Twitter", "twitter"),
        ("https://twitter.com", "twitter"),
        ("IG", "instagram"),
        ("insta", "instagram"),
        ("LinkedIn", "linkedin"),
        ("de.linkedin.com", "linkedin"),
        ("gh", "github"),
        ("TikTok", "tiktok"),
        ("FB", "facebook"),
        ("YT", "youtube"),
        ("Threads", "threads"),
        ("bsky", "bluesky"),
        ("Mastodon", "mastodon"),
        ("reddit", "reddit"),
        ("Medium", "medium"),
        ("Pinterest", "pinterest"),
        ("myspace", None),
        ("", None),
        (None, None),
        (3, None),
    ],
)
def test_canonical_platform(value: object, platform: str | None) -> None:
    assert canonical_platform(value) == platform
