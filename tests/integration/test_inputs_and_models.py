"""Input variants and model persistence on the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import socialid


@pytest.fixture(scope="module")
def demo_frames() -> tuple[pd.DataFrame, pd.DataFrame]:
    contacts, personas = socialid.demo_paths()
    return pd.read_csv(contacts, dtype=str), pd.read_csv(personas, dtype=str)


def test_contacts_alone_dedupe_the_crm(demo_frames: tuple[pd.DataFrame, pd.DataFrame]) -> None:
    contacts, _ = demo_frames
    result = socialid.resolve(contacts=contacts, progress=False)
    assert set(result.membership.source) == {"contact"}
    assert len(result.membership) == len(contacts)
    assert set(result.links.link_type) <= {"contact-contact"}


def test_personas_alone_resolve_across_platforms(
    demo_frames: tuple[pd.DataFrame, pd.DataFrame],
) -> None:
    _, personas = demo_frames
    result = socialid.resolve(personas=personas, progress=False)
    assert len(result.membership) == len(personas)
    assert set(result.links.link_type) == {"persona-persona"}


def test_saved_model_reproduces_the_run(
    demo_frames: tuple[pd.DataFrame, pd.DataFrame], tmp_path: Path
) -> None:
    contacts, personas = demo_frames
    resolver = socialid.Resolver(progress=False).fit(contacts, personas)
    path = resolver.save(tmp_path / "model.json")
    first = resolver.resolve(contacts, personas)
    loaded = socialid.Resolver.load(path, progress=False)
    assert loaded.is_fitted
    second = loaded.resolve(contacts, personas)
    pd.testing.assert_frame_equal(first.membership, second.membership)


def test_bad_model_file_is_explained(tmp_path: Path) -> None:
    path = tmp_path / "model.json"
    path.write_text('{"hello": 1}')
    with pytest.raises(socialid.SettingsError, match="is not a socialid model file"):
        socialid.Resolver.load(path)
