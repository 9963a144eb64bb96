"""Test helpers: read a PDF back with poppler (pdftotext, pdffonts) and measure its typesetting."""

from __future__ import annotations

import subprocess
from collections import Counter
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

CLOSING = "，。、；：？！）」”》"
OPENING = "（「“《"
_NS = "{http://www.w3.org/1999/xhtml}"


@dataclass(frozen=True)
class Line:
    page: int  # 1-based
    x0: float
    y0: float
    x1: float
    y1: float
    text: str


def lines(pdf: Path) -> list[Line]:
    """Every text line on the pages, top to bottom, with its bounding box in pt.

    Poppler's lines are merged where they share a baseline: a mark set half-width overlaps the box of
    the character before it (boxes are full glyph advances), and poppler then starts a new line there.
    """
    xml = subprocess.run(["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, check=True).stdout
    root = ET.fromstring(xml)
    found: list[Line] = []
    for number, page in enumerate(root.iter(f"{_NS}page"), start=1):
        pieces = []
        for line in page.iter(f"{_NS}line"):
            words = [w.text or "" for w in line.iter(f"{_NS}word")]
            box = [float(line.get(k)) for k in ("xMin", "yMin", "xMax", "yMax")]
            pieces.append(Line(number, *box, text="".join(words)))
        pieces.sort(key=lambda ln: (round(ln.y1, 1), ln.x0))
        for piece in pieces:
            last = found[-1] if found else None
            if last and last.page == number and abs(last.y1 - piece.y1) < 0.5 and abs(last.y0 - piece.y0) < 0.5:
                found[-1] = Line(number, last.x0, last.y0, max(last.x1, piece.x1), last.y1, last.text + piece.text)
            else:
                found.append(piece)
    return found


def page_texts(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, check=True, text=True).stdout
    return text.split("\f")[:-1]


def fonts(pdf: Path) -> list[dict[str, str]]:
    out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, check=True, text=True).stdout.splitlines()
    header, rule, rows = out[0], out[1], out[2:]
    # pdffonts aligns columns under dashes: cut every row where the header's dashes are cut
    spans, start = [], 0
    for chunk in rule.split(" "):
        spans.append((start, start + len(chunk)))
        start += len(chunk) + 1
    names = [header[a:b].strip() or header[a:].split()[0] for a, b in spans]
    return [{name: row[a:b].strip() for name, (a, b) in zip(names, spans)} for row in rows]


@dataclass(frozen=True)
class Justification:
    measured: int  # body lines that are not a paragraph's last line
    flush: int  # … of which end within the tolerance of the right margin
    ragged: tuple[Line, ...]

    @property
    def ratio(self) -> float:
        return self.flush / self.measured if self.measured else 0.0


def justification(
    found: list[Line], *, left: dict[int, float], measure: float, em: float, pitch: float,
    top: float, bottom: float, first_page: int = 3, tolerance: float = 1.0,
) -> Justification:
    """How many non-final body lines end flush with the right margin.

    left: the text block's left edge by page parity (1: odd pages, 0: even pages). A body line starts
    at the left edge (or 2 em in, a first line); it is not its paragraph's last line when the next
    body line follows at the normal line pitch (or opens the next page) and is not indented.
    """
    in_block = [ln for ln in found if ln.page >= first_page and top <= ln.y0 and ln.y1 <= bottom]
    # body lines share one box height (set by the body font); headings and notes have their own
    height = Counter(round(ln.y1 - ln.y0, 1) for ln in in_block).most_common(1)[0][0]
    body = [
        ln for ln in in_block
        if abs(ln.y1 - ln.y0 - height) < 0.2
        and (abs(ln.x0 - left[ln.page % 2]) < 1 or abs(ln.x0 - left[ln.page % 2] - 2 * em) < 1)
    ]
    measured, flush, ragged = 0, 0, []
    for line, following in zip(body, body[1:]):
        edge = left[following.page % 2]
        continues = abs(following.x0 - edge) < 1 and (
            abs(following.y0 - line.y0 - pitch) < 1 if following.page == line.page else following.page == line.page + 1
        )
        if not continues:
            continue
        measured += 1
        over = line.x1 - (left[line.page % 2] + measure)
        # a closing mark set half-width at the end of a line: its ink is flush, its box half an em out
        if abs(over) <= tolerance or (line.text[-1] in CLOSING and 0 < over <= em / 2 + tolerance):
            flush += 1
        else:
            ragged.append(line)
    return Justification(measured, flush, tuple(ragged))


def bad_breaks(found: list[Line]) -> list[Line]:
    """Lines that start with closing punctuation or end with opening punctuation."""
    return [ln for ln in found if ln.text and (ln.text[0] in CLOSING or ln.text[-1] in OPENING)]


@dataclass(frozen=True)
class Glyph:
    text: str
    x0: float
    x1: float
    size: float
    font: str


@dataclass(frozen=True)
class Row:
    """The glyphs drawn on one baseline of a page, left to right, as the content stream has them:
    no space is guessed from the gaps between them (pdftotext and viewers do guess)."""

    page: int
    top: float
    glyphs: tuple[Glyph, ...]

    @property
    def text(self) -> str:
        return "".join(g.text for g in self.glyphs)


def rows(pdf: Path) -> list[Row]:
    import pdfplumber

    found = []
    with pdfplumber.open(pdf) as document:
        for number, page in enumerate(document.pages, start=1):
            by_top: dict[float, list[Glyph]] = {}
            for c in page.chars:
                by_top.setdefault(round(c["top"], 1), []).append(
                    Glyph(c["text"], c["x0"], c["x1"], round(c["size"], 2), c["fontname"])
                )
            for top in sorted(by_top):
                found.append(Row(number, top, tuple(sorted(by_top[top], key=lambda g: g.x0))))
    return found


def catalog_language(pdf: Path) -> str:
    import pdfplumber

    with pdfplumber.open(pdf) as document:
        value = document.doc.catalog.get("Lang")
    return value.decode() if isinstance(value, bytes) else str(value)
