"""Merge settings: validated with errors that teach the fix, and saved with the model."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pytest

import socialid
from socialid import MergeSettings, ResolverSettings, SettingsError
from socialid._internal.merge.fields import INFLUENCE, LISTS, SINGLE
from socialid.resolver import bundled_model_path
from socialid.settings import DEFAULT_RULES


def test_the_field_catalog_matches_the_sql_behind_it() -> None:
    assert set(socialid.PROFILE_FIELDS) == {*SINGLE, *LISTS, *INFLUENCE}
    assert set(DEFAULT_RULES) == set(SINGLE)
    assert set(socialid.DEFAULT_PROFILE_FIELDS) <= set(socialid.PROFILE_FIELDS)


def test_merge_settings_round_trip_through_json() -> None:
    merge = MergeSettings(
        fields=("full_name", "emails", "city", "followers_total"),
        rules={"full_name": "most_complete", "city": ("most_frequent", "most_recent")},
        source_priority=("persona", "contact"), conflicts="flag", strong_link=0.999,
        one_account_per_platform=True, keep_id_min_overlap=0.6,
    )
    settings = ResolverSettings(merge=merge)
    assert ResolverSettings.from_dict(json.loads(settings.to_json())) == settings
    assert settings.merge.rule_for("full_name") == ("most_complete",)
    assert settings.merge.rule_for("company") == ("source_priority", "most_recent")


def test_settings_saved_before_merge_settings_existed_still_load(tmp_path: Path) -> None:
    old = ResolverSettings().to_dict()
    del old["merge"]
    assert ResolverSettings.from_dict(old) == ResolverSettings()
    payload = json.loads(bundled_model_path().read_text(encoding="utf-8"))
    payload["settings"] = old
    path = tmp_path / "old_model.json"
    path.write_text(json.dumps(payload), encoding="utf-8")
    assert socialid.Resolver.load(path).settings.merge == MergeSettings()


def _first_name(candidates: pa.Table) -> int | None:
    return 0


def test_a_function_rule_cannot_be_saved_and_says_so(tmp_path: Path) -> None:
    settings = ResolverSettings(merge=MergeSettings(rules={"full_name": _first_name}))
    resolver = socialid.Resolver.pretrained(settings)
    with pytest.raises(SettingsError, match=r"merge.rules\['full_name'\] is a Python function, "
                       "which cannot be saved as JSON: save with a named rule and set the "
                       "function again after loading."):
        resolver.save(tmp_path / "model.json")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"fields": ("emails", "emails")}, "merge.fields: a field is listed twice"),
        ({"rules": {"emails": "most_recent"}},
         "merge.rules: 'emails' is not a field chosen by a rule; rules apply to: first_name"),
        ({"fields": ("emails",), "rules": {"city": "most_recent"}},
         "merge.rules sets a rule for 'city', which is not in merge.fields: add the field or "
         "drop the rule."),
        ({"rules": {"city": "newest"}},
         "merge.rules['city'] must be one of source_priority, most_recent, most_frequent, "
         "most_complete, verified_first, a tuple of distinct ones"),
        ({"rules": {"city": ("most_recent", "most_recent")}}, "a tuple of distinct ones"),
        ({"source_priority": ("contact",)},
         "merge.source_priority must order both sources, e.g. ('contact', 'persona')"),
        ({"conflicts": "drop"}, "merge.conflicts must be 'split', 'flag' or 'off', got 'drop'."),
        ({"strong_link": 1.5}, "merge.strong_link must be in (0, 1], got 1.5."),
        ({"keep_id_min_overlap": 0}, "merge.keep_id_min_overlap must be in (0, 1], got 0."),
    ],
)
def test_bad_merge_settings_name_the_field_and_the_fix(
    kwargs: dict[str, object], message: str
) -> None:
    with pytest.raises(SettingsError) as err:
        MergeSettings(**kwargs)  # type: ignore[arg-type]
    assert message in str(err.value)


def test_unknown_merge_keys_are_an_error() -> None:
    with pytest.raises(SettingsError, match="unknown merge settings key\\(s\\) 'feilds'"):
        ResolverSettings.from_dict({"merge": {"feilds": ["emails"]}})
    with pytest.raises(SettingsError, match="merge must be a MergeSettings object"):
        ResolverSettings(merge={"fields": ["emails"]})  # type: ignore[arg-type]
