"""Print edition: the seed rendered once, then read back with poppler (text, fonts, outline, line boxes)."""

from __future__ import annotations

import re
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

import pdfcheck
from editions import cleaned_seed, write_tricky
from toolkit import fonts
from toolkit.cli import app
from toolkit.edition import Edition, compose, load_book, load_collections
from toolkit.errors import ToolkitError
from toolkit.compose import CLOSING, OPENING
from toolkit.compose import compose as compose_lines
from toolkit.metrics import metrics
from toolkit.pdf import BODY_SIZE_PT, MM, render_pdf
from toolkit.typesetting import HEADINGS, INDENT

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


def test_text_layer_is_the_composed_text(seed):
    # every body line in the PDF is the line the composer made, in order, glyph for glyph: nothing
    # inserted to justify it, so copying a paragraph gives the cleaned text back
    book, result = seed
    face = metrics("body")
    expected = [
        line.text.rstrip(" ")
        for chapter in book.chapters for passage in chapter.passages if passage.kind in ("paragraph", "fragment")
        for line in compose_lines(passage.text, face, result.geometry.chars_per_line, INDENT)
    ]
    body = [
        row.text.rstrip(" ") for row in pdfcheck.rows(result.path)
        if row.page > 2 and all(g.size == BODY_SIZE_PT and "Serif" in g.font for g in row.glyphs)
    ]
    assert body == expected


def test_no_space_between_han_characters_when_copied(seed):
    _, result = seed
    text = subprocess.run(["pdftotext", str(result.path), "-"], capture_output=True, text=True, check=True).stdout
    assert not re.findall(r"[\u4e00-\u9fff] +[\u4e00-\u9fff]", text)


def test_typography_measured_from_glyph_positions(seed):
    # clreq: slack spread thin, adjacent marks compressed to 1.5 em, one quarter em next to Latin
    _, result = seed
    em = BODY_SIZE_PT
    body = [r for r in pdfcheck.rows(result.path) if r.page > 2 and r.glyphs[0].size == em and len(r.glyphs) > 8]
    han = re.compile(r"[\u4e00-\u9fff]")
    han_gaps, pairs, quarters = [], [], []
    for row in body:
        for a, b, c in zip(row.glyphs, row.glyphs[1:], row.glyphs[2:] + (None,)):
            if han.match(a.text) and han.match(b.text):
                han_gaps.append((b.x0 - a.x1) / em)
            if a.text in CLOSING + OPENING and b.text in CLOSING + OPENING and a.text != b.text and c:
                pairs.append((c.x0 - a.x0) / em)
            if (han.match(a.text) and b.text.isalnum() and b.text.isascii()) or (
                a.text.isascii() and a.text.isalnum() and han.match(b.text)
            ):
                quarters.append((b.x0 - a.x1) / em)
    assert max(han_gaps) <= 0.1
    assert pairs and max(pairs) <= 1.5 + 0.01
    # WeasyPrint draws letter-spacing in whole thousandths of an em, cut down: a stretched run of
    # ideographs ends up to ~0.03 em short, and the gap to the box after it (Latin) that much wider
    assert quarters and min(quarters) >= 0.24 and max(quarters) <= 0.28


def test_tagged_in_the_edition_language(seed):
    _, result = seed
    info = subprocess.run(["pdfinfo", str(result.path)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Tagged:\s+yes$", info, re.M)
    assert pdfcheck.catalog_language(result.path) == "zh-CN"


def test_no_running_head_on_a_chapter_opening_page(seed):
    book, result = seed
    xml = subprocess.run(["pdftohtml", "-xml", "-i", "-q", "-stdout", str(result.path)],
                         capture_output=True, text=True, check=True).stdout
    openings = {int(page) for page in re.findall(r'<item page="(\d+)">', xml)}
    above = {ln.page for ln in pdfcheck.lines(result.path) if ln.y1 < 20 * MM - 1}  # over the text block
    assert openings and not openings & above
    assert above >= set(range(3, len(pdfcheck.page_texts(result.path)) + 1)) - openings


def test_heading_sizes_are_the_stylesheets():
    # headings are balanced in the face, size and indent edition.css sets them in
    css = (Path(__file__).resolve().parent.parent / "styles" / "edition.css").read_text(encoding="utf-8")
    selectors = {"kicker": ".kicker", "title": "h1.title", "subtitle": ".subtitle", "byline": ".byline",
                 "subhead": "h2.subhead", "subhead2": "h3.subhead"}
    sans = re.search(r"([^{}]*)\{\s*font-family: \"Noto Sans CJK SC\"", css)[1]
    in_sans = {s.strip() for s in sans.split(",")}
    for role, (face, size, margin) in HEADINGS.items():
        selector = selectors[role]
        rule = re.search(re.escape(selector) + r"\s*\{([^}]*)\}", css)[1]
        assert re.search(rf"font-size: {size:g}em", rule), role
        left = re.search(r"margin: ([^;]*);", rule)
        assert float((left[1].split() + ["0"] * 4)[3].rstrip("em") if left else 0) == margin, role
        tag = selector.split(".")[0] or "." + selector.split(".")[1]
        assert (tag in in_sans) == (face == "heading"), role


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
