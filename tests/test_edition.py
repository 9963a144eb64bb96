"""Edition metadata, collection loading and the book both writers render."""

from __future__ import annotations


import pytest

from editions import tricky_collection
from toolkit.edition import (
    MISSING_END, MISSING_START, UNPLACED_TITLE, Edition, collection_paths, compose, load_edition,
)
from toolkit.errors import ToolkitError
from toolkit.model import Article, Block, replace
from toolkit.pdf import geometry


def test_defaults_without_edition_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    edition = load_edition()
    assert edition.language == "zh-CN"
    assert edition.title and edition.editor
    assert len(edition.date) == 10


def test_edition_file_then_overrides(tmp_path):
    toml = tmp_path / "edition.toml"
    toml.write_text('[edition]\ntitle = "书名"\neditor = "某编"\ndate = 2024-05-01\n', encoding="utf-8")
    edition = load_edition(toml, title="新书名", subtitle=None)
    assert (edition.title, edition.editor, edition.date, edition.subtitle) == ("新书名", "某编", "2024-05-01", None)


@pytest.mark.parametrize("text, message", [('titel = "x"', "unknown edition field"), ('date = "May"', "ISO date")])
def test_bad_edition_file(tmp_path, text, message):
    toml = tmp_path / "edition.toml"
    toml.write_text(text, encoding="utf-8")
    with pytest.raises(ToolkitError, match=message):
        load_edition(toml)


def test_missing_input_says_run_clean(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ToolkitError, match="toolkit clean"):
        collection_paths(None)


def test_compose_places_fragments_and_marks():
    book = compose([tricky_collection()], Edition(date="2024-01-01"))
    first, second, appendix = book.chapters
    kinds = [p.kind for p in first.passages]
    # the unplaced fragment is not printed inside the article it was found in
    assert "fragment" not in kinds and kinds[-1] == "missing" and first.passages[-1].text == MISSING_END
    assert second.passages[0].text == MISSING_START
    assert [p.kind for p in second.passages[1:]] == ["paragraph", "note", "fragment"]
    assert "《第一篇<script>alert(1)</script>》" in second.passages[2].text
    assert appendix.kind == "appendix" and appendix.title == UNPLACED_TITLE
    assert [p.kind for p in appendix.passages] == ["note", "fragment"]
    assert "第一篇" in appendix.passages[0].text


def test_identifier_is_stable_and_follows_content():
    a = compose([tricky_collection()], Edition(date="2024-01-01"))
    b = compose([tricky_collection()], Edition(date="2025-01-01"))
    assert a.identifier == b.identifier and a.identifier.startswith("urn:uuid:")
    assert compose([tricky_collection()], Edition(identifier="isbn:1")).identifier == "isbn:1"


def test_a_subhead_directly_under_a_subhead_is_a_level_lower():
    article = Article(id="x", title="题", blocks=(
        Block("heading", "守正创新探索工作路径"), Block("heading", "党建赋能构建新格局"), Block("paragraph", "正文。"),
        Block("heading", "创新服务内容"), Block("paragraph", "正文。"),
    ))
    collection = replace(tricky_collection(), articles=(article,))
    passages = compose([collection], Edition(date="2024-01-01")).chapters[0].passages
    assert [(p.kind, p.level) for p in passages] == [
        ("heading", 1), ("heading", 2), ("paragraph", 1), ("heading", 1), ("paragraph", 1),
    ]


def test_geometry_is_whole_characters():
    page = geometry("A5")
    assert page.chars_per_line == 31
    assert geometry("140x203mm").chars_per_line > 20
    with pytest.raises(ToolkitError, match="page size"):
        geometry("A0x")
