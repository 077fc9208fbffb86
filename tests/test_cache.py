"""The content-keyed cache: hits are identical, edits are never served stale, entries are data
(JSON validated through the models, never code), old entries are evicted, it can be turned off."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pydantic
import pytest
from conftest import OVERLAY_CONTROL, write_tree

from soc2cli import cache, catalogue
from soc2cli.catalogue import LoadResult, load_catalogue


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SOC2_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("SOC2_NO_CACHE", raising=False)
    return tmp_path / "cache"


def _no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*args: object) -> LoadResult:
        raise AssertionError("the catalogue was parsed, not served from the cache")

    monkeypatch.setattr(catalogue, "_load_uncached", fail)


def test_second_load_is_a_hit_and_equal(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = load_catalogue()
    assert len(list(cache_dir.glob("catalogue-*.json"))) == 1
    _no_parsing(monkeypatch)
    second = load_catalogue()
    assert second == first


def test_a_whole_catalogue_directory_is_a_hit_the_second_time(
    cache_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # It parses none of the built-in files, yet they are part of the key it is looked up by.
    whole = tmp_path / "whole"
    shutil.copytree(catalogue.builtin_catalogue_dir(), whole)
    first = load_catalogue(whole)
    _no_parsing(monkeypatch)
    assert load_catalogue(whole) == first


def test_the_folder_is_private(cache_dir: Path) -> None:
    load_catalogue()
    assert cache_dir.stat().st_mode & 0o777 == 0o700


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


def test_the_key_covers_the_pydantic_version(monkeypatch: pytest.MonkeyPatch) -> None:
    files = list(catalogue.SHAPING_CODE)
    before = cache.key_for("catalogue", files)
    monkeypatch.setattr(pydantic, "VERSION", "0.0.0")
    assert cache.key_for("catalogue", files) != before


def test_a_corrupt_or_invalid_entry_is_a_miss(cache_dir: Path) -> None:
    first = load_catalogue()
    for entry in cache_dir.glob("catalogue-*.json"):
        entry.write_bytes(b"not json")
    assert load_catalogue() == first
    for entry in cache_dir.glob("catalogue-*.json"):
        entry.write_text('{"catalogue": {"catalogue": "not a catalogue"}, "warnings": []}')
    assert load_catalogue() == first


def test_a_planted_pickle_is_never_loaded(cache_dir: Path, tmp_path: Path) -> None:
    load_catalogue()
    marker = tmp_path / "ran"
    payload = f"cos\nsystem\n(S'touch {marker}'\ntR.".encode()
    for entry in cache_dir.glob("catalogue-*.json"):
        entry.with_suffix(".pickle").write_bytes(payload)
        entry.unlink()
    load_catalogue()
    assert not marker.exists()


def test_old_entries_are_evicted(cache_dir: Path, tmp_path: Path) -> None:
    for number in range(cache.KEEP + 3):
        overlay = write_tree(
            tmp_path / f"o{number}",
            {"x.yaml": OVERLAY_CONTROL.format(id="AC-99", criterion="CC6.1", title=f"T{number}")},
        )
        load_catalogue(overlay)
    assert len(list(cache_dir.glob("catalogue-*.json"))) == cache.KEEP


def test_a_folder_others_may_write_is_not_used(
    cache_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache_dir.mkdir(mode=0o777)
    os.chmod(cache_dir, 0o777)
    load_catalogue()
    assert not list(cache_dir.iterdir())


def test_cache_can_be_turned_off(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOC2_NO_CACHE", "1")
    assert cache.cache_dir() is None
    assert load_catalogue().catalogue.criteria
    assert not cache_dir.exists()
