"""Print edition: the seed rendered once, then read back with poppler (text, fonts, outline, line boxes)."""

from __future__ import annotations

import re
import subprocess
from collections import Counter

import pytest
from typer.testing import CliRunner

import pdfcheck
from editions import cleaned_seed, write_tricky
from toolkit import fonts
from toolkit.cli import app
from toolkit.edition import Edition, compose, load_book, load_collections
from toolkit.errors import ToolkitError
from toolkit.pdf import BODY_SIZE_PT, MM, render_pdf

HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@pytest.fixture(scope="module")
def seed(tmp_path_factory):
    book = load_book([cleaned_seed()], Edition(title="测试文选", editor="测试编者", date="2024-01-01"))
    result = render_pdf(book, tmp_path_factory.mktemp("pdf") / "seed.pdf")
    return book, result


def test_every_font_embedded_and_subset(seed):
    _, result = seed
    found = pdfcheck.fonts(result.path)
    assert {f["name"].split("+")[1] for f in found} == {"Noto-Serif-CJK-SC", "Noto-Sans-CJK-SC-Bold"}
    assert all(f["emb"] == "yes" and f["sub"] == "yes" and f["uni"] == "yes" for f in found)


def test_every_han_character_is_in_the_text(seed):
    book, result = seed
    cleaned = Counter(HAN.findall("".join(
        "".join(filter(None, (c.kicker, c.title, c.subtitle, *c.byline))) + "".join(p.text for p in c.passages)
        for c in book.chapters
    )))
    extracted = Counter(HAN.findall("".join(pdfcheck.page_texts(result.path))))
    # running heads and the contents repeat titles: at least as often, never fewer
    assert not cleaned - extracted


def test_paragraphs_read_back_whole(seed):
    book, result = seed
    text = re.sub(r"\s+", "", "".join(pdfcheck.page_texts(result.path)[2:]))
    # running heads and page numbers interrupt a paragraph at page breaks: compare a page-sized sample
    for chapter in book.chapters:
        for passage in chapter.passages:
            if passage.kind == "paragraph":
                assert re.sub(r"\s+", "", passage.text)[:40] in text


def test_outline_and_contents_match_article_pages(seed):
    book, result = seed
    xml = subprocess.run(["pdftohtml", "-xml", "-i", "-q", "-stdout", str(result.path)],
                         capture_output=True, text=True, check=True).stdout
    outline = re.findall(r'<item page="(\d+)">([^<]*)</item>', xml)
    assert [title for _, title in outline] == [c.title for c in book.chapters]
    pages = pdfcheck.page_texts(result.path)
    contents = pages[1]
    for page, title in outline:
        # the title starts its page, and the contents line for it ends with that page's number
        assert title in re.sub(r"\s+", "", pages[int(page) - 1])
        assert re.search(re.escape(title) + r"[\s.]*" + page + r"\s*$", contents, re.M), (title, page)


def test_lines_are_flush_on_both_margins(seed):
    _, result = seed
    page = result.geometry
    found = pdfcheck.lines(result.path)
    measured = pdfcheck.justification(
        found, left={1: page.inner_pt, 0: page.outer_pt}, measure=page.measure_pt, em=BODY_SIZE_PT,
        pitch=1.75 * BODY_SIZE_PT, top=20 * MM - 1, bottom=(page.height_mm - 20) * MM + 1,
    )
    assert measured.measured > 100
    assert measured.ratio >= 0.95, [ln.text for ln in measured.ragged]


def test_no_line_starts_with_closing_punctuation(seed):
    _, result = seed
    assert pdfcheck.bad_breaks(pdfcheck.lines(result.path)) == []


def test_metadata(seed):
    _, result = seed
    info = subprocess.run(["pdfinfo", str(result.path)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Title:\s+测试文选$", info, re.M) and re.search(r"^Author:\s+测试编者$", info, re.M)
    assert re.search(r"^Page size:\s+419.5\d* x 595.2\d* pts", info, re.M)


def test_tricky_text_is_escaped_and_fragments_placed(tmp_path):
    book = compose(load_collections([write_tricky(tmp_path)]), Edition(date="2024-01-01"))
    result = render_pdf(book, tmp_path / "tricky.pdf", flow=True)
    text = "".join(pdfcheck.page_texts(result.path))
    assert "<script>alert(1)</script>" in text and "<b>粗体</b>" in text and "A&B" in text
    assert "未归属的片段" in text and "原误排于《第一篇" in text
    flat = re.sub(r"\s+", "", text)
    # the unplaced fragment comes after every article, the relocated one after its home's text
    assert flat.index("这是一段无处可归") > flat.index("这段文字原属第二篇") > flat.index("第二篇的正文")


def test_bleed_and_crop_marks(tmp_path):
    book = compose(load_collections([write_tricky(tmp_path)]), Edition(date="2024-01-01"))
    result = render_pdf(book, tmp_path / "bleed.pdf", page_size="A4", bleed_mm=3, crop_marks=True)
    info = subprocess.run(["pdfinfo", "-box", str(result.path)], capture_output=True, text=True, check=True).stdout
    trim = re.search(r"TrimBox:\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)", info)
    media = re.search(r"MediaBox:\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)", info)
    assert float(trim[3]) - float(trim[1]) == pytest.approx(210 * MM, abs=0.5)
    assert float(media[3]) > float(trim[3])


def test_missing_font_names_the_package(monkeypatch):
    spec = fonts.FaceSpec("body", "No Such Font CJK", "Regular", 400)
    with pytest.raises(ToolkitError, match="fonts-noto-cjk"):
        fonts.locate(spec)


def test_missing_subset_library_names_the_package(monkeypatch, tmp_path):
    monkeypatch.setattr(fonts, "harfbuzz", lambda: None)
    book = compose(load_collections([write_tricky(tmp_path)]), Edition(date="2024-01-01"))
    with pytest.raises(ToolkitError, match="libharfbuzz-subset0"):
        render_pdf(book, tmp_path / "x.pdf")


def test_cli_pdf(tmp_path):
    out = tmp_path / "book.pdf"
    result = CliRunner().invoke(app, ["pdf", str(write_tricky(tmp_path)), "--out", str(out), "--title", "书"])
    assert result.exit_code == 0, result.output
    assert out.exists() and "pages" in result.output


def test_cli_pdf_reports_errors(tmp_path):
    result = CliRunner().invoke(app, ["pdf", str(tmp_path / "nothing.json")])
    assert result.exit_code == 1 and "no such file" in result.output


def test_cli_doctor():
    result = CliRunner().invoke(app, ["doctor"])
    assert result.exit_code == 0, result.output
    assert "Noto Serif CJK SC" in result.output and "HarfBuzz" in result.output and "weasyprint" in result.output


@pytest.mark.parametrize("command", ["pdf", "epub", "doctor"])
def test_help(command):
    result = CliRunner().invoke(app, [command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example" in result.output
