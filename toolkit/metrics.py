"""Metrics: the advances a face gives characters and runs, and its half-width punctuation, read with HarfBuzz."""

from __future__ import annotations

import functools
import unicodedata

import uharfbuzz as hb

from toolkit import fonts

# What WeasyPrint asks HarfBuzz for under edition.css (`font-kerning: none`, ligatures left on), so
# that a run measured here is exactly as wide as the run WeasyPrint draws.
SHAPING_FEATURES = {"kern": False}
LANGUAGE = "zh-CN"


class Metrics:
    """Advances in em of one face; answers are cached, a book asks for the same few thousand."""

    def __init__(self, path: str, index: int = 0) -> None:
        face = hb.Face(hb.Blob.from_file_path(path), index)
        self._font = hb.Font(face)
        self._upem = face.upem
        self._advances: dict[str, float] = {}
        self._halves: dict[str, float] = {}
        self._clusters: dict[str, tuple[str, ...]] = {}

    def covers(self, char: str) -> bool:
        return self._font.get_nominal_glyph(ord(char)) is not None

    def advance(self, text: str) -> float:
        """The width of `text` shaped as one run (a Latin word keeps its ligatures), in em."""
        width = self._advances.get(text)
        if width is None:
            if all(map(self.covers, text)):
                width = self._shape(text, SHAPING_FEATURES)
            else:
                # WeasyPrint draws what the face lacks from a fallback face we do not know: a wide
                # character is an em there too, a narrow one about half
                width = sum(1.0 if unicodedata.east_asian_width(c) in "WF" else 0.5 for c in text)
            self._advances[text] = width
        return width

    def clusters(self, text: str) -> tuple[str, ...]:
        """`text` cut where the face draws separate glyphs: —— is one (a ligature), …… two. Letter-spacing
        goes between clusters, so a justified line has a gap inside …… and none inside ——."""
        found = self._clusters.get(text)
        if found is None:
            buffer = self._buffer(text)
            hb.shape(self._font, buffer, SHAPING_FEATURES)
            starts = sorted({info.cluster for info in buffer.glyph_infos}) + [len(text)]
            found = self._clusters[text] = tuple(text[a:b] for a, b in zip(starts, starts[1:]))
        return found

    def halved(self, char: str) -> float:
        """The em a mark gives up when set by the face's `halt` feature (0 when the face has no half form)."""
        saved = self._halves.get(char)
        if saved is None:
            saved = 0.0
            if self.covers(char):
                saved = self.advance(char) - self._shape(char, {**SHAPING_FEATURES, "halt": True})
            self._halves[char] = saved
        return saved

    def _shape(self, text: str, features: dict[str, bool]) -> float:
        buffer = self._buffer(text)
        hb.shape(self._font, buffer, features)
        return sum(p.x_advance for p in buffer.glyph_positions) / self._upem

    @staticmethod
    def _buffer(text: str) -> hb.Buffer:
        buffer = hb.Buffer()
        buffer.add_str(text)
        buffer.guess_segment_properties()
        if buffer.script in (None, "Zyyy", "Zinh", "Zzzz"):
            # Pango gives marks shared by scripts (— … “) the script of the text around them, Han
            # here, and the face then draws them full-width (its zh locl); alone they would be narrower
            buffer.script = "Hani"
        buffer.language = LANGUAGE
        return buffer


@functools.cache
def metrics(role: fonts.Role) -> Metrics:
    """The metrics of the face the editions set `role` text in, as fontconfig resolves it."""
    spec = next(s for s in fonts.FACES if s.role == role)
    face = fonts.locate(spec)
    return Metrics(face.path, face.index)
