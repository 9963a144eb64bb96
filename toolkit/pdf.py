"""Print edition: the book rendered through the shared templates and WeasyPrint into a PDF."""

from __future__ import annotations

import html
import math
import re
from dataclasses import dataclass
from pathlib import Path

from markupsafe import Markup

from toolkit import fonts
from toolkit.edition import Book
from toolkit.errors import ToolkitError
from toolkit.templating import environment

STYLES = Path(__file__).resolve().parent.parent / "styles"
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
# A run of printable ASCII, with the spaces between its words: never split, spaced as Latin.
_TOKEN = re.compile(r"[!-~]+(?: +[!-~]+)*| +|.", re.S)


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
    """Escaped paragraph text with a space at every point a Chinese line may break.

    pdf.css cancels the spaces' advance with a negative word-spacing; WeasyPrint, which justifies
    by stretching spaces only, then spreads each line's slack over every gap between characters.
    Runs of Latin letters and digits stay whole, in a span that keeps their own spaces.
    """
    out: list[str] = []
    previous = ""
    for token in _TOKEN.findall(text):
        if token.isspace():
            out.append(token)
            previous = token
            continue
        first = token[0]
        if previous and not previous.isspace() and not (
            first in NO_BREAK_BEFORE or previous[-1] in NO_BREAK_AFTER or (first == previous[-1] and first in "…—")
        ):
            out.append(" ")
        escaped = html.escape(token, quote=False)
        out.append(f'<span class="latin">{escaped}</span>' if " " in token else escaped)
        previous = token
    return Markup("".join(out))


def preflight() -> None:
    """Fail early and clearly rather than print empty boxes or subset fonts ten times slower."""
    fonts.faces()
    fonts.require_harfbuzz()


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
    from weasyprint import CSS, HTML  # slow import: only when a PDF is made

    missing = [name for name in PRINT_STYLESHEETS if not (STYLES / name).exists()]
    if missing:
        raise ToolkitError(f"stylesheet(s) {', '.join(missing)} missing from {STYLES}")
    stylesheets = [CSS(filename=str(STYLES / name)) for name in PRINT_STYLESHEETS]
    stylesheets.append(CSS(string=page_css(page, bleed_mm=bleed_mm, crop_marks=crop_marks)))
    document = HTML(string=render_html(book, flow=flow), base_url=str(STYLES)).render(stylesheets=stylesheets)
    out.parent.mkdir(parents=True, exist_ok=True)
    document.write_pdf(out)
    return PdfResult(path=out, pages=len(document.pages), geometry=page)
