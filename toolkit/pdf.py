"""Print edition: the book rendered through the shared templates and WeasyPrint into a PDF."""

from __future__ import annotations

import contextlib
import ctypes.util
import math
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from toolkit import files, fonts
from toolkit.edition import Book
from toolkit.errors import OutputError, ToolkitError
from toolkit.templating import PACKAGE_STYLES, environment, stylesheet
from toolkit.typesetting import PrintSetter

PRINT_STYLESHEETS = ("edition.css", "pdf.css")

BODY_SIZE_PT = 10.5  # 五号
MM = 72 / 25.4

# Trimmed page sizes in mm (width, height).
PAGE_SIZES: dict[str, tuple[float, float]] = {
    "A4": (210, 297), "A5": (148, 210), "A6": (105, 148),
    "B5": (176, 250), "B6": (125, 176),
    "16K": (185, 260), "32K": (130, 184),
    "letter": (215.9, 279.4),
}

@dataclass(frozen=True)
class PageGeometry:
    width_mm: float
    height_mm: float
    chars_per_line: int
    inner_pt: float
    outer_pt: float

    @property
    def measure_pt(self) -> float:
        return self.chars_per_line * BODY_SIZE_PT


@dataclass(frozen=True)
class PdfResult:
    path: Path
    pages: int
    geometry: PageGeometry


def geometry(page_size: str) -> PageGeometry:
    """Margins chosen so that the text block is a whole number of characters wide (版心 = N 字)."""
    if page_size in PAGE_SIZES:
        width, height = PAGE_SIZES[page_size]
    elif match := re.fullmatch(r"(\d+(?:\.\d+)?)x(\d+(?:\.\d+)?)mm", page_size):
        width, height = float(match[1]), float(match[2])
    else:
        known = ", ".join(PAGE_SIZES)
        raise ToolkitError(f"unknown page size {page_size!r}: use one of {known}, or WIDTHxHEIGHTmm such as 140x203mm")
    inner, outer = 18 * MM, 14 * MM  # smallest margins; the gutter needs more than the fore-edge
    chars = math.floor((width * MM - inner - outer) / BODY_SIZE_PT)
    if chars < 10:
        raise ToolkitError(f"page size {page_size} is too narrow for a {BODY_SIZE_PT} pt text block")
    slack = width * MM - inner - outer - chars * BODY_SIZE_PT
    return PageGeometry(width, height, chars, inner + slack / 2, outer + slack / 2)


def page_css(page: PageGeometry, *, bleed_mm: float = 0, crop_marks: bool = False) -> str:
    """The generated part of the print stylesheet: page size, margins, bleed and marks."""
    marks = "crop cross" if crop_marks else "none"
    return f"""
html {{ font-size: {BODY_SIZE_PT}pt; }}
@page {{
  size: {page.width_mm}mm {page.height_mm}mm;
  margin-top: 20mm; margin-bottom: 20mm;
  bleed: {bleed_mm}mm;
  marks: {marks};
}}
@page :right {{ margin-left: {page.inner_pt:.3f}pt; margin-right: {page.outer_pt:.3f}pt; }}
@page :left {{ margin-left: {page.outer_pt:.3f}pt; margin-right: {page.inner_pt:.3f}pt; }}
"""


def preflight() -> None:
    """Fail early and clearly rather than print empty boxes or subset fonts ten times slower."""
    fonts.faces()
    fonts.require_harfbuzz()


def _import_weasyprint() -> None:
    """Import WeasyPrint (most of a second: only when a PDF is made), without a third of a second lost.

    Its library loader tries Windows and macOS names before the Linux sonames, and cffi hands each
    miss to ctypes.util.find_library, which runs ldconfig and gcc in subprocesses. On Linux the sonames
    it tries next load directly, so the search is switched off while WeasyPrint loads its libraries.
    """
    if "weasyprint" in sys.modules or not sys.platform.startswith("linux"):
        import weasyprint  # noqa: F401
        return
    find_library = ctypes.util.find_library
    ctypes.util.find_library = lambda name: None
    try:
        import weasyprint  # noqa: F401
    finally:
        ctypes.util.find_library = find_library


@contextlib.contextmanager
def _page_references_cached() -> Iterator[None]:
    """Tag a long book in linear time. WeasyPrint's tagging asks pydyf for one page's reference per
    structure element, and pydyf rebuilds the tuple of all of them each time: quadratic in pages (5 of
    the 8 seconds a 300-page book took to write). The pages are all in place by then, so the tuple is
    built once per page count while the PDF is written."""
    import pydyf

    original = pydyf.PDF.page_references
    cache: dict[tuple[int, int], tuple[bytes, ...]] = {}

    def page_references(pdf: pydyf.PDF) -> tuple[bytes, ...]:
        key = (id(pdf), len(pdf.pages["Kids"]))
        if key not in cache:
            cache[key] = original.fget(pdf)
        return cache[key]

    pydyf.PDF.page_references = property(page_references)
    try:
        yield
    finally:
        pydyf.PDF.page_references = original


def render_html(book: Book, page: PageGeometry, *, flow: bool = False) -> str:
    template = environment().get_template("edition/pdf.html")
    return template.render(book=book, chapters=book.chapters, typeset=PrintSetter(page.chars_per_line), flow=flow)


def render_pdf(
    book: Book,
    out: Path,
    *,
    page_size: str = "A5",
    flow: bool = False,
    bleed_mm: float = 0,
    crop_marks: bool = False,
) -> PdfResult:
    page = geometry(page_size)
    preflight()
    _import_weasyprint()
    from weasyprint import CSS, HTML

    paths = [stylesheet(name) for name in PRINT_STYLESHEETS]
    missing = [str(path) for path in paths if not path.exists()]
    if missing:
        raise ToolkitError(f"stylesheet(s) {', '.join(missing)} missing: reinstall toolkit")
    stylesheets = [CSS(filename=str(path)) for path in paths]
    stylesheets.append(CSS(string=page_css(page, bleed_mm=bleed_mm, crop_marks=crop_marks)))
    document = HTML(string=render_html(book, page, flow=flow), base_url=str(PACKAGE_STYLES)).render(stylesheets=stylesheets)
    # a kill while writing keeps the previous PDF
    with _page_references_cached(), files.replacing(out, check=_check_pdf) as temp:
        document.write_pdf(temp, pdf_tags=True)  # tagged, with the edition's language: read aloud, reflowed
    return PdfResult(path=out, pages=len(document.pages), geometry=page)


def _check_pdf(path: Path) -> None:
    with path.open("rb") as f:
        head = f.read(5)
        f.seek(max(0, path.stat().st_size - 1024))
        tail = f.read()
    if head != b"%PDF-" or b"%%EOF" not in tail:
        raise OutputError(f"{path}: WeasyPrint wrote an incomplete PDF; the previous file is kept")
