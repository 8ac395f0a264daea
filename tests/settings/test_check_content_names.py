"""`infopoint check` on a network's own content: a folder named after no office is named (its
topics would never be shown), and a category mistyped in one language's file is blamed on
that file alone, with the categories there are."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import ROOT, copy_content
from tests.support.check import run_check
from tests.support.network import write_network_config


@pytest.fixture
def content(tmp_path, monkeypatch) -> Path:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    return copy_content(tmp_path)


def test_a_content_folder_named_after_no_office_is_named_with_the_office_meant(
    tmp_path, content, capsys
):
    shutil.copytree(content / "offices" / "south", content / "offices" / "South")
    (content / "offices" / "gdansk").mkdir()
    code, out = run_check(write_network_config(tmp_path, content__dir=str(content)), capsys)
    assert code == 0, out
    assert (
        f"{content / 'offices' / 'South'}: warning: no office 'South' in config.yaml, so its "
        "topics are never shown — did you mean 'south'? Name the folder exactly as the office's id"
    ) in out, out
    assert (
        f"{content / 'offices' / 'gdansk'}: warning: no office 'gdansk' in config.yaml, so its "
        "topics are never shown (the offices: north, south, east)"
    ) in out
    assert f"{content / 'offices' / 'south'}:" not in out


def test_the_example_networks_folder_left_in_the_checkout_is_not_warned(tmp_path, content, capsys):
    """Tester 41, F12: every run warned about content/offices/opole, the shipped example
    network's folder, to a deployer who never wrote it; a copy of it renamed is theirs."""
    shutil.copytree(ROOT / "content" / "offices" / "opole", content / "offices" / "opole")
    shutil.copytree(content / "offices" / "south", content / "offices" / "sopot")
    code, out = run_check(write_network_config(tmp_path, content__dir=str(content)), capsys)
    assert code == 0, out
    assert "'opole'" not in out, out
    assert f"{content / 'offices' / 'sopot'}: warning: no office 'sopot'" in out, out


def _category(content: Path, lang: str, category: str) -> int:
    """Give South's own topic another category in one language's file; the line."""
    path = content / "offices" / "south" / f"faq_{lang}.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("category: housing", f"category: {category}"), "utf-8")
    return text.split("category: housing")[0].count("\n") + 1


def test_an_unknown_category_in_one_language_is_blamed_there_with_the_known_ones(
    tmp_path, content, capsys
):
    line = _category(content, "uk", "transport")
    code, out = run_check(write_network_config(tmp_path, content__dir=str(content)), capsys)
    assert code == 2
    assert (
        f"south/faq_uk.yaml:{line}: [topics.city_bikes.category] error: no category "
        "'transport' in 'categories' (known: documents, health, work, housing, education, safety)"
    ) in out, out
    assert "differs" not in out and "1 error" in out


def test_another_known_category_in_one_language_is_blamed_on_that_file_not_the_others(
    tmp_path, content, capsys
):
    line = _category(content, "uk", "work")
    code, out = run_check(write_network_config(tmp_path, content__dir=str(content)), capsys)
    assert code == 2
    assert (
        f"south/faq_uk.yaml:{line}: [topics.city_bikes.category] error: category 'work' "
        "differs from the other languages ('housing' in ru, en, pl)"
    ) in out, out
    assert "1 error" in out
