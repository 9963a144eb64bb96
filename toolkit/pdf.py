"""Print edition: the book rendered through the shared templates and WeasyPrint into a PDF."""

from __future__ import annotations

import ctypes.util
import html
import math
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from markupsafe import Markup

from toolkit import files, fonts
from toolkit.edition import Book
from toolkit.errors import OutputError, ToolkitError
from toolkit.templating import PACKAGE_STYLES, environment, stylesheet

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

# Chinese line-breaking rules (GB/T 15834, JIS X 4051 kinsoku): no line starts with closing
# punctuation and none ends with opening punctuation.
NO_BREAK_BEFORE = frozenset("，。、；：？！）」』”’》〉】〕〗〙｝］％‰℃·・々ー…—～!%),.:;?]}")
NO_BREAK_AFTER = frozenset("（「『“‘《〈【〔〖〘｛［·・([{")
_PUNCTUATION = re.escape("".join(sorted(NO_BREAK_BEFORE | NO_BREAK_AFTER)))
_LATIN = r"!-~\u00c0-\u024f"
# A Latin run with the spaces between its words (never split, spaced as Latin) | spaces |
# one punctuation mark | a run of ideographs, between any two of which a line may break.
_PIECE = re.compile(
    rf"(?P<latin>[{_LATIN}]+(?: +[{_LATIN}]+)*)|(?P<space> +)|(?P<mark>[{_PUNCTUATION}])|(?P<han>[^{_PUNCTUATION}{_LATIN} ]+)",
    re.S,
)
# Ideographs between two stretchable spaces at most, in a run without punctuation.
STRETCH_EVERY = 8


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


def typeset(text: str) -> Markup:
    """Escaped paragraph text with a stretchable space at some of the points a Chinese line may break.

    pdf.css cancels the spaces' advance with a negative word-spacing; WeasyPrint, which justifies
    by stretching spaces only, then spreads a line's slack over them. The text block is a whole
    number of characters wide, so a line of ideographs fills it exactly: slack comes from kinsoku
    (a character pushed to the next line with the closing mark it may not be parted from) and from
    Latin and digit runs. Chinese typesetting absorbs it at punctuation first (标点挤压), so the
    spaces go around every punctuation mark and Latin run, and every STRETCH_EVERY ideographs
    between them, so that no gap grows past half a character. Each space costs layout time (a
    space at every break doubled it): 北城街道以发展新电商零售，积极 → 北城街道以发展新 电商零售， 积极
    """
    out: list[str] = []
    previous = ""
    for match in _PIECE.finditer(text):
        piece, kind = match[0], match.lastgroup
        if kind != "space" and previous and not previous.isspace() and (
            piece[0] not in NO_BREAK_BEFORE and previous[-1] not in NO_BREAK_AFTER
        ):
            out.append(" ")
        if kind == "han":
            out.append(" ".join(piece[i:i + STRETCH_EVERY] for i in range(0, len(piece), STRETCH_EVERY)))
        elif kind == "latin" and " " in piece:
            out.append(f'<span class="latin">{html.escape(piece, quote=False)}</span>')
        else:
            out.append(html.escape(piece, quote=False))
        previous = piece
    return Markup("".join(out))


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


def render_html(book: Book, *, flow: bool = False) -> str:
    template = environment().get_template("edition/pdf.html")
    return template.render(book=book, chapters=book.chapters, typeset=typeset, flow=flow)


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
    document = HTML(string=render_html(book, flow=flow), base_url=str(PACKAGE_STYLES)).render(stylesheets=stylesheets)
    with files.replacing(out, check=_check_pdf) as temp:  # a kill while writing keeps the previous PDF
        document.write_pdf(temp)
    return PdfResult(path=out, pages=len(document.pages), geometry=page)


def _check_pdf(path: Path) -> None:
    with path.open("rb") as f:
        head = f.read(5)
        f.seek(max(0, path.stat().st_size - 1024))
        tail = f.read()
    if head != b"%PDF-" or b"%%EOF" not in tail:
        raise OutputError(f"{path}: WeasyPrint wrote an incomplete PDF; the previous file is kept")
