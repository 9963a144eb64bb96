"""Typesetting: composed lines and balanced headings written as HTML that WeasyPrint sets as composed."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Literal

from markupsafe import Markup

from toolkit.compose import Line, balance, compose
from toolkit.fonts import Role
from toolkit.metrics import metrics

HeadingRole = Literal["kicker", "title", "subtitle", "byline", "subhead", "subhead2"]

# Face, size and left margin (both in em of the body size) of each heading as edition.css sets it;
# a test holds the two together.
HEADINGS: dict[HeadingRole, tuple[Role, float, float]] = {
    "kicker": ("body", 0.95, 0.0),
    "title": ("heading", 1.6, 0.0),
    "subtitle": ("heading", 1.15, 0.0),
    "byline": ("body", 0.95, 0.0),
    "subhead": ("heading", 1.05, 0.0),
    "subhead2": ("heading", 1.0, 2.0),
}
INDENT = 2.0  # em: p.body's text-indent in edition.css


def line_markup(line: Line) -> str:
    """One composed line. Its stretch is the letter-spacing of the line, which CSS adds after every
    character: so each gap between two ideographs grows by it. Marks and Latin are set solid
    (letter-spacing 0) and a margin takes back the stretch the character before them carries, so
    that a comma stays against its word and Latin sits exactly the composed quarter em away."""
    stretch = line.spacing
    out: list[str] = []
    spaced = False  # whether the character before carries the line's letter-spacing after it
    for piece in line.pieces:
        text = escape(piece.text, quote=False)
        if piece.kind == "text":
            out.append(text)
            spaced = True
            continue
        left = piece.before - (stretch if spaced else 0.0)
        spaced = False
        style = ";".join(
            f"margin-{side}:{value:.4f}em" for side, value in (("left", left), ("right", piece.after)) if abs(value) > 5e-5
        )
        if piece.kind == "mark" and stretch <= 5e-5:
            out.append(text)  # an unstretched line: a full-width mark needs no box of its own
            continue
        css = {"mark": "p", "half": "h", "latin": "w"}[piece.kind]
        out.append(f'<span class="{css}" style="{style}">{text}</span>' if style else f'<span class="{css}">{text}</span>')
    body = "".join(out)
    if stretch > 5e-5:
        body = f'<span class="j" style="letter-spacing:{stretch:.4f}em">{body}</span>'
    return body


@dataclass(frozen=True)
class PrintSetter:
    """What the print template calls to set text: body paragraphs composed, headings balanced."""

    measure: float  # em of the body size: the text block is a whole number of characters wide

    def paragraph(self, text: str) -> Markup:
        lines = compose(text, metrics("body"), self.measure, INDENT)
        return Markup("<br>".join(line_markup(line) for line in lines))

    def heading(self, text: str, role: HeadingRole) -> Markup:
        face, size, margin = HEADINGS[role]
        lines = balance(text, metrics(face), (self.measure - margin) / size)
        return Markup("<br>".join(escape(line, quote=False) for line in lines))


class PlainSetter:
    """The ebook's setter: text as it is, for the reading system to compose."""

    @staticmethod
    def paragraph(text: str) -> str:
        return text

    @staticmethod
    def heading(text: str, role: HeadingRole) -> str:
        return text
