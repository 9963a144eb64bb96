"""Layout: set clean paragraphs out for print, as text copied off a printed page gives them back: lines wrapped
at a column's width (paragraphs told apart by a blank line, an indent or nothing), or columns side by side
as pdftotext -layout keeps them. Used by `bench/layouts.py` and the tests of `toolkit/ingest.py`.

The layouts are simple: every line of a paragraph fills the measure, heads are wrapped like the text, closing
marks hang past the measure; a real page is kinder to heads than this.
"""

from __future__ import annotations

from toolkit.hanzi import NO_LINE_START
from toolkit.ingest import width

BODY_ENDS = "。！？”…）"  # a paragraph (not a head) ends on one of these: it is indented where paragraphs are
INDENT = "\u3000\u3000"


def wrap(paragraph: str, columns: int) -> list[str]:
    """The paragraph's lines in a column `columns` display columns wide (closing marks hang past it)."""
    rows, row = [], ""
    for ch in paragraph:
        if width(row + ch) > columns and ch not in NO_LINE_START:
            rows.append(row)
            row = ""
        row += ch
    return rows + [row] if row else rows


def _rows(paragraphs: list[str], columns: int, indent: bool) -> list[list[str]]:
    return [wrap((INDENT if indent and p[-1] in BODY_ENDS else "") + p, columns) for p in paragraphs]


def wrapped(paragraphs: list[str], columns: int, mode: str) -> str:
    """`mode`: blank (a blank line between paragraphs), indent (two ideographic spaces open each), plain."""
    out = ["\n".join(rows) for rows in _rows(paragraphs, columns, mode == "indent")]
    return ("\n\n" if mode == "blank" else "\n").join(out) + "\n"


def side_by_side(paragraphs: list[str], columns: int, height: int, n: int = 2, running_head: bool = False,
                 wide: bool = True, headline: str | None = None) -> str:
    """Indented paragraphs in `n` columns side by side, `height` lines each, a form feed between pages; a
    headline across the columns first, a running head atop each page (its parts spaced out) if asked. The
    columns line up in display columns (`wide`: a CJK character two) or in characters."""
    rows = [r for p in _rows(paragraphs, columns, True) for r in p]
    out = [" " * 10 + headline] if headline else []
    for page, top in enumerate(range(0, len(rows), n * height)):
        if running_head:
            out.append(f"  青石日报   2024年7月{page + 1}日 星期二   第{page + 1}版   要闻")
        for i in range(height):
            line = ""
            for k in range(n):
                row = top + k * height + i
                part = rows[row] if row < len(rows) and row < top + n * height else ""
                at = k * (columns + 8) if wide else k * (columns // 2 + 8)
                line += " " * max(at - (width(line) if wide else len(line)), 4 if line.strip() else 0) + part
            if line.strip():
                out.append(line.rstrip())
        out.append("\f")
    return "\n".join(out)
