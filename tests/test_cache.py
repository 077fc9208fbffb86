"""The content-keyed cache: hits are identical, edits are never served stale, it can be turned off."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import OVERLAY_CONTROL, write_tree

from soc2cli import cache
from soc2cli.catalogue import load_catalogue


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SOC2_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("SOC2_NO_CACHE", raising=False)
    return tmp_path / "cache"


def test_second_load_is_a_hit_and_equal(cache_dir: Path) -> None:
    first = load_catalogue()
    assert len(list(cache_dir.glob("catalogue-*.pickle"))) == 1
    second = load_catalogue()
    assert second.catalogue == first.catalogue


def test_an_edited_overlay_is_not_served_stale(cache_dir: Path, tmp_path: Path) -> None:
    overlay = write_tree(
        tmp_path / "o",
        {"x.yaml": OVERLAY_CONTROL.format(id="AC-99", criterion="CC6.1", title="First title")},
    )
    assert load_catalogue(overlay).catalogue.control("AC-99").title == "First title"  # type: ignore[union-attr]
    (overlay / "x.yaml").write_text(
        OVERLAY_CONTROL.format(id="AC-99", criterion="CC6.1", title="Second title")
    )
    assert load_catalogue(overlay).catalogue.control("AC-99").title == "Second title"  # type: ignore[union-attr]


def test_a_corrupt_entry_is_a_miss(cache_dir: Path) -> None:
    load_catalogue()
    for entry in cache_dir.glob("catalogue-*.pickle"):
        entry.write_bytes(b"not a pickle")
    assert len(load_catalogue().catalogue.criteria) == 61


def test_cache_can_be_turned_off(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOC2_NO_CACHE", "1")
    assert cache.cache_dir() is None
    load_catalogue()
    assert not cache_dir.exists() or not list(cache_dir.glob("catalogue-*"))
    assert os.environ["SOC2_NO_CACHE"] == "1"
