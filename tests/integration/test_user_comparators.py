"""Users' comparators on real runs: by entry-point name, reading an input column of their own,
through a saved model; and blocking recall, whose candidate pairs are splink's."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from tests import comparator_plugin

import socialid
from socialid import Comparison, Level, SettingsError
from socialid._internal import pipeline
from socialid._internal.comparator_protocol import with_built_ins
from socialid._internal.progress import Progress
from socialid._internal.splink_adapter import SplinkModel, prediction_rules, rule_pairs_sql
from socialid.resolver import bundled_model_path

#: Reads an input column outside the schema, which only the contacts have.
SEGMENT = Comparison(
    "segment", "Same CRM segment.",
    (Level("segment missing", "segment_l IS NULL OR segment_r IS NULL", is_null=True),
     Level("same segment", "segment_l = segment_r")),
    blocking_keys=(("segment", "left(last_name, 1)"),),
)
#: Blocks on two list columns at once: splink pairs every combination of their values.
DOMAIN_AND_NAME = Comparison(
    "domain_and_name", "A corporate domain and a nickname canonical in common.",
    (Level("same domain", "list_has_any(email_domains_l, email_domains_r)"),),
    blocking_keys=(("email_domains", "first_canon"),),
    reads=("first_canon",),
)


@pytest.fixture(scope="module")
def segmented() -> pd.DataFrame:
    """The demo contacts with a column of the user's own, ``Segment``."""
    contacts = pd.read_csv(socialid.demo_paths()[0], dtype=str)
    contacts["Segment"] = ["key account" if i % 5 == 0 else "retail" for i in range(len(contacts))]
    return contacts


def test_a_registered_comparator_resolves_by_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    comparator_plugin.install(tmp_path, monkeypatch)
    contacts, personas = socialid.demo_paths()
    result = socialid.resolve(contacts, personas, comparators=["same_email_domain"],
                              progress=False)
    levels = result.links["same_email_domain"].value_counts()
    assert set(levels.index) <= {"no corporate email", "same corporate email domain", "no match"}
    assert levels["same corporate email domain"] > 0


def test_a_saved_model_scores_without_the_comparator_objects(
    segmented: pd.DataFrame, tmp_path: Path
) -> None:
    personas = socialid.demo_paths()[1]
    fitted = socialid.Resolver(comparators=[SEGMENT], progress=False).fit(segmented, personas)
    payload = json.loads(fitted.save(tmp_path / "model.json").read_text(encoding="utf-8"))
    assert payload["extra_columns"] == {"segment": ["segment"]}
    assert payload["blocking_rules"][-1] == ["segment", "left(last_name, 1)"]
    assert payload["settings"]["comparators"] == []

    loaded = socialid.Resolver.load(tmp_path / "model.json", progress=False)
    links = loaded.resolve(segmented, personas).links
    pd.testing.assert_frame_equal(links, fitted.resolve(segmented, personas).links)
    assert links.loc[links.link_type == "contact-persona", "segment"].eq("segment missing").all()
    assert (links["segment"] == "same segment").any()

    with pytest.raises(SettingsError) as err:
        loaded.resolve(socialid.demo_paths()[0], personas)
    assert str(err.value).startswith(
        "comparator 'segment' reads the column 'segment', which is neither a feature nor an "
        "input column outside the schema. Input columns outside the schema: none; feature "
        "columns: address, ")
    assert str(err.value).endswith(
        "Add the column to your inputs, or correct the comparator's columns.")


def test_an_unknown_column_is_named_before_training(segmented: pd.DataFrame) -> None:
    tier = Comparison("tier", "", (Level("same tier", "tier_l = tier_r"),))
    resolver = socialid.Resolver(comparators=[tier], progress=False)
    with pytest.raises(SettingsError, match=r"comparator 'tier' reads the column 'tier', which "
                       r"is neither a feature nor an input column outside the schema\. Input "
                       r"columns outside the schema: 'Segment'; feature columns: "):
        resolver.fit(segmented, socialid.demo_paths()[1])
    assert not resolver.is_fitted


def test_blocking_pairs_are_the_pairs_splink_scores() -> None:
    contacts, personas = socialid.demo_paths()
    comparators = [DOMAIN_AND_NAME]
    ws = pipeline.load({"contact": contacts, "persona": personas}, {},
                       socialid.ResolverSettings(), Progress(False), con=duckdb.connect())
    rules = prediction_rules(with_built_ins(comparators))
    assert ("email_domains", "first_canon") in rules
    ours = set(ws.con.sql(" UNION ".join(rule_pairs_sql(r, "features") for r in rules)).fetchall())
    model = socialid.Resolver.load(bundled_model_path())._model
    assert model is not None
    table = SplinkModel(ws.con, "features", (), model=model.splink, rules=rules).predict()
    scored = ws.con.sql(f"SELECT unique_id_l, unique_id_r FROM {table}").fetchall()
    assert len(scored) == len(set(scored)) == len(ours)
    assert set(scored) == ours

    report = socialid.blocking_report(contacts, personas, truth=socialid.demo_truth_path(),
                                      comparators=comparators)
    recall = report.recall.set_index("link_type")
    assert recall.loc["all", "candidate_pairs"] == len(ours)
    assert recall.loc["all", "found"] == recall.loc[list(socialid.LINK_TYPES), "found"].sum()
    assert (recall["found"] <= recall["true_pairs"]).all()
    assert report.rules["pairs"].sum() >= len(ours)
    assert len(report.rules) == 3 * len(rules)


def test_blocking_report_counts_true_pairs_once() -> None:
    contacts = pd.DataFrame({
        "id": ["c1", "c2", "c3"],
        "first_name": ["Ann", "Ann", "Bob"],
        "last_name": ["Lee", "Lee", "Stone"],
        "email": ["ann@lee.io", "ann@lee.io", "bob@stone.io"],
    })
    personas = pd.DataFrame({"id": ["p1", "p2"], "display_name": ["Ann Lee", "Bob Stone"],
                             "handle": ["annlee_x", "bobstone_y"], "platform": ["x", "x"]})
    truth = pd.DataFrame({"source": ["contact"] * 3 + ["persona"] * 2,
                          "record_id": ["c1", "c2", "c3", "p1", "p2"],
                          "person_id": ["ann", "ann", "bob", "ann", "carl"]})
    report = socialid.blocking_report(contacts, personas, truth=truth)
    recall = report.recall.set_index("link_type")
    # true pairs: c1-c2, c1-p1, c2-p1; c3-p2 share a name but are different people
    assert recall["true_pairs"].to_dict() == {
        "contact-persona": 2, "persona-persona": 0, "contact-contact": 1, "all": 3}
    assert recall["found"].to_dict() == recall["true_pairs"].to_dict()
    assert recall.loc["contact-persona", "candidate_pairs"] == 3
    emails = report.rules.query("rule == 'emails'").set_index("link_type")
    assert emails.loc["contact-contact", ["pairs", "true_pairs"]].tolist() == [1, 1]
    assert report.summary().startswith("blocking recall: contact-persona 1.000 (2 of 2), ")

    with pytest.raises(socialid.InputError, match=r"1 input record\(s\) have no row in the "
                       r"truth \(e\.g\. persona:p2\); the truth must give every input record "
                       "a person_id."):
        socialid.blocking_report(contacts, personas, truth=truth.head(4))
    with pytest.raises(socialid.InputError, match="column\\(s\\) 'person_id' are missing"):
        socialid.blocking_report(contacts, truth=truth.drop(columns="person_id"))

