"""The public comparator API: shapes checked with errors that teach, names resolved among the
built-ins and entry points, the set a run uses, and what a model file records."""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from tests import comparator_plugin

import socialid
from socialid import ResolverSettings, SettingsError
from socialid._internal.comparator_protocol import with_built_ins
from socialid._internal.comparisons import DEFAULT_COMPARISONS
from socialid._internal.splink_adapter import prediction_rules
from socialid.comparators import (
    BUILT_INS,
    Comparator,
    Comparison,
    Level,
    Record,
    check_comparator,
    load_comparator,
)
from socialid.resolver import bundled_model_path

SAME_TIER = Comparison(
    "tier", "Same loyalty tier.",
    (Level("tier missing", "tier_l IS NULL OR tier_r IS NULL", is_null=True),
     Level("same tier", "tier_l = tier_r")),
)


class DuckTyped:
    """A comparator that is no Comparison: any object of the right shape will do."""

    name = "initials"
    description = "Same initials."
    columns = ("first_name", "last_name")
    levels = (Level("same initials", "left(first_name_l, 1) = left(first_name_r, 1) AND "
                                     "left(last_name_l, 1) = left(last_name_r, 1)"),)
    blocking_keys = (("left(first_name, 1)", "left(last_name, 1)"),)

    def level_of(self, left: Record, right: Record) -> int:
        same = all((left[c] or "")[:1] == (right[c] or "")[:1] for c in self.columns)
        return 0 if same else 1


def test_public_modules_export_the_api() -> None:
    public = importlib.import_module("socialid.comparators")
    # isort-style, as ruff's RUF022 keeps it: constants, then classes, then functions
    assert public.__all__ == sorted(
        public.__all__, key=lambda n: (not n.isupper(), not n[:1].isupper(), n))
    assert all(hasattr(public, name) for name in public.__all__)
    assert socialid.Comparison is Comparison and socialid.Level is Level
    assert isinstance(SAME_TIER, socialid.Comparator)
    assert list(BUILT_INS) == [c.name for c in DEFAULT_COMPARISONS]


def test_a_duck_typed_comparator_becomes_a_comparison() -> None:
    checked = check_comparator(DuckTyped())
    assert isinstance(DuckTyped(), Comparator)
    assert (checked.name, checked.columns, checked.description) == (
        "initials", ("first_name", "last_name"), "Same initials.")
    assert checked.level_of({"first_name": "ann", "last_name": "lee"},
                            {"first_name": "anne", "last_name": "li"}) == 0


def _shape(**changes: Any) -> object:
    """A DuckTyped comparator with some attributes changed (None: removed)."""
    attributes = {k: getattr(DuckTyped, k) for k in ("name", "columns", "levels",
                                                       "blocking_keys")}
    attributes.update(changes)
    return type("Custom", (), {k: v for k, v in attributes.items() if v is not None})()


@pytest.mark.parametrize(
    ("obj", "message"),
    [
        (_shape(levels=None, blocking_keys=None),
         "is not a comparator: it has no levels, blocking_keys.\nA comparator is an object "
         "with:\n  name           a lower-case identifier"),
        (_shape(levels=[("same", "a_l = a_r")]),
         "comparator 'initials': levels must be Level objects; ('same', 'a_l = a_r') is not a "
         "Level with a SQL condition.\nA comparator is an object with:"),
        (_shape(levels=()), "comparator 'initials': levels must be Level objects; it has none."),
        (_shape(levels="first_name_l = first_name_r"),
         "comparator 'initials': levels must be a tuple or list, got 'first_name_l = "
         "first_name_r'."),
        (_shape(columns=("first_name",)),
         "comparator 'initials': its levels or blocking keys read last_name, which columns does "
         "not list; add them to columns (now ('first_name',); reads= for a Comparison)."),
        (_shape(columns=("first_name", "last_name"), blocking_keys=(("tier",),)),
         "comparator 'initials': its levels or blocking keys read tier, which columns does not "
         "list"),
        (Comparison("tier", "", (Level("same", "tier_l = tier_r", tf_column="grade"),)),
         "comparator 'tier': its levels or blocking keys read grade, which columns does not "
         "list"),
        (_shape(name="source_l"),
         "comparator name 'source_l' is taken by a column of the links output (unique_id_l, "
         "unique_id_r, source_l, record_id_l, source_r, record_id_r, link_type, "
         "match_probability, match_weight); give the comparator another name."),
        (_shape(name="match_probability"), "comparator name 'match_probability' is taken"),
        (_shape(name="link_type"), "comparator name 'link_type' is taken"),
        (_shape(name="Employer Domain"),
         "comparator name 'Employer Domain' must be a lower-case identifier."),
        (_shape(columns=("Loyalty Tier",), levels=(Level("x", "1 = 1"),), blocking_keys=()),
         "comparator 'initials': column 'Loyalty Tier' is not a lower-case identifier, which "
         "the SQL needs (Loyalty Tier_l cannot be written); rename the input column, e.g. to "
         "'loyalty_tier'."),
        (_shape(blocking_keys=("first_name",)),
         "comparator 'initials': each blocking key must be a tuple or list, got 'first_name'."),
        (_shape(levels=(Level("same initials", "left(first_name_l, 1 = left(first_name_r, 1)"),)),
         "comparator 'initials', level 'same initials': its SQL does not parse (Expecting )):\n"
         "  left(first_name_l, 1 = left(first_name_r, 1)\nWrite one DuckDB condition on "
         "<column>_l and <column>_r"),
    ],
    ids=["missing", "not-levels", "no-levels", "levels-str", "unlisted-column",
         "unlisted-key-column", "unlisted-tf-column", "clash-source_l", "clash-probability",
         "clash-link_type", "bad-name", "bad-column", "key-not-tuple", "bad-sql"],
)
def test_wrong_shapes_say_what_is_wrong(obj: object, message: str) -> None:
    with pytest.raises(SettingsError) as err:
        check_comparator(obj)
    assert message in str(err.value)


def test_comparators_are_added_and_replace_built_ins_of_their_name() -> None:
    names = [c.name for c in DEFAULT_COMPARISONS]
    assert [c.name for c in with_built_ins([SAME_TIER])] == [*names, "tier"]
    email = Comparison("email", "Emails, exactly.", (Level("same", "emails_l = emails_r"),))
    replaced = with_built_ins([email, "phone"])
    assert [c.name for c in replaced] == names
    assert replaced[names.index("email")] is email
    assert with_built_ins([]) == DEFAULT_COMPARISONS
    with pytest.raises(SettingsError, match=r"two different comparators are named 'email'; "
                                            r"give each its own name\."):
        with_built_ins([email, "email"])


def test_an_unknown_name_lists_the_known_ones() -> None:
    with pytest.raises(SettingsError) as err:
        socialid.Resolver(comparators=["emial"])
    assert str(err.value).startswith(
        "no comparator named 'emial'; known: " + ", ".join(BUILT_INS) + ". Pass your "
        "comparator object itself, or register it under the entry-point group "
        "'socialid.comparators' of your package.")
    with pytest.raises(SettingsError, match="no comparator named 'emial'"):
        socialid.Resolver(ResolverSettings(comparators=("emial",)))


def test_registered_comparators_load_by_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    comparator_plugin.install(tmp_path, monkeypatch)
    assert load_comparator("same_email_domain").columns == ("email_domains",)
    assert load_comparator("tier").columns == ("tier",)  # a class, instantiated
    resolver = socialid.Resolver(ResolverSettings(comparators=("same_email_domain",)),
                                 comparators=["tier"])
    assert [c.name for c in resolver.comparisons][-2:] == ["same_email_domain", "tier"]
    with pytest.raises(SettingsError, match=r"known: name, .*, broken, misnamed, "
                                            r"same_email_domain, tier\."):
        load_comparator("nope")
    with pytest.raises(SettingsError, match="the entry point 'misnamed' "
                       r"\(socialid_test_plugin:SAME_EMAIL_DOMAIN\) gives a comparator named "
                       "'same_email_domain'; register it under its own name."):
        load_comparator("misnamed")
    with pytest.raises(SettingsError, match="comparator 'broken': its entry point "
                       "'socialid_no_such_module:THING' cannot be loaded: "
                       "ModuleNotFoundError"):
        load_comparator("broken")


def test_settings_name_comparators_in_json() -> None:
    settings = ResolverSettings(comparators=["same_email_domain", "tier"])
    assert settings.comparators == ("same_email_domain", "tier")
    assert ResolverSettings.from_dict(json.loads(settings.to_json())) == settings
    with pytest.raises(SettingsError, match="comparators must be a tuple of comparator names, "
                       "got 'tier'; pass comparator objects to Resolver"):
        ResolverSettings(comparators="tier")  # type: ignore[arg-type]


def test_model_files_without_rules_block_with_the_built_ins(tmp_path: Path) -> None:
    """Files written before comparators were pluggable have no rules or columns of their own."""
    payload = json.loads(bundled_model_path().read_text(encoding="utf-8"))
    old = {k: v for k, v in payload.items() if k not in {"blocking_rules", "extra_columns"}}
    (tmp_path / "old.json").write_text(json.dumps(old), encoding="utf-8")
    for path in (tmp_path / "old.json", bundled_model_path()):
        model = socialid.Resolver.load(path)._model
        assert model is not None
        assert model.rules == prediction_rules(DEFAULT_COMPARISONS), (
            "the bundled model is stale: retrain it with "
            "`python -m benchmarks.train_default_model`")
        assert model.extra_columns == {}


def test_a_damaged_model_file_is_explained(tmp_path: Path) -> None:
    payload = json.loads(bundled_model_path().read_text(encoding="utf-8"))
    path = tmp_path / "model.json"
    path.write_text(json.dumps({**payload, "blocking_rules": "emails"}), encoding="utf-8")
    with pytest.raises(SettingsError, match=r"is damaged: blocking_rules must be lists of "
                       r"column names and extra_columns a mapping of comparator to columns; "
                       r"save it again\."):
        socialid.Resolver.load(path)


def test_small_inputs_cannot_use_comparators_the_bundled_model_lacks(
    tiny_contacts: pd.DataFrame, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(socialid.ModelError, match=(
        r"too few records to train a model \(4; at least 500 are needed\), and the bundled "
        "model knows only the built-in comparators, not 'tier': train on more data, or resolve "
        "without them.")):
        socialid.Resolver(comparators=[SAME_TIER], progress=False).resolve(tiny_contacts)
    comparator_plugin.install(tmp_path, monkeypatch)
    with pytest.raises(socialid.ModelError, match=r"^the bundled model knows only"):
        socialid.Resolver.pretrained(ResolverSettings(comparators=("tier",)))
