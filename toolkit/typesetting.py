"""Typesetting: composed lines and balanced headings written as HTML that WeasyPrint sets as composed."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import Literal

from markupsafe import Markup

from toolkit.compose import CLOSING, STOPS, Line, Piece, balance, compose
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
    """One composed line as few boxes as it can be. Its stretch is the letter-spacing of a span around
    it, which CSS adds after every character: every gap grows by it. A compressed pair of marks is set
    solid (letter-spacing 0, .p); Latin too (.w), with margins that make its distance to the
    ideographs around it exactly the composed quarter em."""
    stretch = line.spacing if line.spacing > 5e-5 else 0.0
    out: list[str] = []
    spaced = False  # whether the character before carries the line's letter-spacing after it
    pieces = line.pieces
    for number, piece in enumerate(pieces):
        text = escape(piece.text, quote=False)
        # a closing mark that ends the line is drawn where it is drawn either way: its half-width form
        # only drops the blank half past the margin, so it needs no box of its own
        halved = set(piece.halved)
        if number == len(pieces) - 1 and piece.text[-1] in CLOSING + STOPS:
            halved.discard(len(piece.text) - 1)
            if piece.kind == "half":
                piece = Piece(piece.text, "text")
        if piece.kind == "text":
            out.append(text)
            spaced = True
        elif piece.kind == "half":
            out.append(f'<span class="h">{text}</span>')
            spaced = True
        elif piece.kind == "pair":
            marks = "".join(
                f'<span class="h">{escape(c, quote=False)}</span>' if i in halved else escape(c, quote=False)
                for i, c in enumerate(piece.text)
            )
            out.append(f'<span class="p">{marks}</span>' if stretch else marks)
            spaced = False
        else:
            # Latin: its word spaces take the stretch (word-spacing); a word cut to fit takes it
            # between its letters, and after its last one, which the right margin takes back
            letters = piece.kind == "letters"
            left = piece.before - (stretch if spaced else 0.0)
            right = piece.after - (stretch if letters else 0.0)
            styles = [f"margin-{side}:{value:.4f}em" for side, value in (("left", left), ("right", right)) if abs(value) > 5e-5]
            if stretch and letters:
                styles.append(f"letter-spacing:{stretch:.4f}em")
            elif stretch and " " in piece.text:
                styles.append(f"word-spacing:{stretch:.4f}em")
            style = ";".join(styles)
            out.append(f'<span class="w" style="{style}">{text}</span>' if style else f'<span class="w">{text}</span>')
            spaced = False
    body = "".join(out)
    if stretch:
        body = f'<span class="j" style="letter-spacing:{stretch:.4f}em">{body}</span>'
    return body


@dataclass(frozen=True)
class PrintSetter:
    """What the print template calls to set text: body paragraphs composed, headings balanced."""

    measure: float  # em of the body size: the text block is a whole number of characters wide

    def paragraph(self, text: str) -> Markup:
        lines = compose(text, metrics("body"), self.measure, INDENT)
        # lines end at newlines, kept by `white-space: pre` (pdf.css): a <br> would be a box each
        return Markup("\n".join(line_markup(line) for line in lines))

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
