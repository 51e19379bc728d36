"""A package that registers comparators under the ``socialid.comparators`` entry-point group,
made on the fly: a module and a ``*.dist-info`` folder on ``sys.path``, as ``pip install``
would leave them, without installing anything."""

from __future__ import annotations

from pathlib import Path

import pytest

MODULE = "socialid_test_plugin"

_SOURCE = '''
from socialid.comparators import Comparison, Level

SAME_EMAIL_DOMAIN = Comparison(
    "same_email_domain",
    "Same corporate email domain.",
    (
        Level("no corporate email", "email_domains_l IS NULL OR email_domains_r IS NULL",
              is_null=True),
        Level("same corporate email domain", "list_has_any(email_domains_l, email_domains_r)"),
    ),
)


class Tier:
    """A comparator of another shape: a class, which the loader instantiates."""

    name = "tier"
    columns = ("tier",)
    levels = (Level("same tier", "tier_l = tier_r"),)
    blocking_keys = ()
'''

ENTRY_POINTS = {
    "same_email_domain": f"{MODULE}:SAME_EMAIL_DOMAIN",
    "tier": f"{MODULE}:Tier",
    "misnamed": f"{MODULE}:SAME_EMAIL_DOMAIN",
    "broken": "socialid_no_such_module:THING",
}


def install(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Put the plugin package under ``root`` and ``root`` on ``sys.path`` for one test."""
    root.mkdir(parents=True, exist_ok=True)
    (root / f"{MODULE}.py").write_text(_SOURCE, encoding="utf-8")
    dist = root / "socialid_test_plugin-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: socialid-test-plugin\nVersion: 1.0\n", encoding="utf-8"
    )
    lines = [f"{name} = {target}" for name, target in ENTRY_POINTS.items()]
    (dist / "entry_points.txt").write_text(
        "[socialid.comparators]\n" + "\n".join(lines) + "\n", encoding="utf-8"
    )
    monkeypatch.syspath_prepend(str(root))
