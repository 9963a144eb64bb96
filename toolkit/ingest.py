"""Ingest: decode a raw extracted page (UTF-8, GB18030/GBK, UTF-16) into normalised paragraphs."""

from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata
from pathlib import Path

from toolkit.errors import InputError
from toolkit.files import reason
from toolkit.model import Source

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_SPACES = re.compile(r"[ \t\u00a0\u3000\u2002-\u200a\u202f\u205f]+")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Text and the encoding it was read with; a clear error for empty, binary or undecodable data."""
    if not data.strip():
        raise InputError(f"{name}: the file is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise InputError(f"{name}: starts with a {encoding} byte-order mark but is not {encoding}: {exc}") from exc
    nuls = data.count(0)
    if nuls:
        stray = nuls * 100 <= len(data)
        # a stray NUL (a glitch of the extraction) in UTF-8 text: the page is still text
        text = _decoded(data.replace(b"\x00", b""), "utf-8") if stray else None
        if text is not None and _mostly_text(text):
            return text, "utf-8"
        if found := _utf16_without_bom(data):
            return found
        if not stray:
            raise InputError(f"{name}: looks like a binary file ({nuls} NUL bytes), not extracted text")
        data = data.replace(b"\x00", b"")
    for encoding in ("utf-8", "gb18030"):
        text = _decoded(data, encoding)
        if text is None:
            continue
        if _mostly_text(text):
            return text, encoding
        break
    raise InputError(f"{name}: cannot be read as UTF-8, UTF-16 or GB18030/GBK text")


def _decoded(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 saved without a byte-order mark (its NULs are the high bytes of ASCII characters): the
    byte order that reads as Chinese text. Bytes of another kind read as UTF-16 give code points
    spread over the whole plane, mostly neither Chinese nor ASCII."""
    if len(data) % 2:
        return None
    for encoding in ("utf-16-le", "utf-16-be"):
        text = _decoded(data, encoding)
        if text is not None and _plausible(text):
            return text, encoding
    return None


def _plausible(text: str) -> bool:
    common = sum(1 for ch in text if ch.isascii() or "\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef")
    return common >= len(text) * 0.95 and _mostly_text(text)


def _mostly_text(text: str) -> bool:
    control = sum(1 for ch in text if unicodedata.category(ch) in ("Cc", "Co", "Cn") and ch not in "\r\n\t\f")
    return control <= len(text) * 0.01


# Characters XML (so XHTML, EPUB and the PDF's text) cannot hold: control characters (C0 and C1), lone
# surrogates, U+FFFE and U+FFFF. Tabs and line breaks are whitespace, which XML keeps.
_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def printable(text: str) -> tuple[str, str]:
    """The text without the characters XML cannot hold, and those characters (in order)."""
    dropped = _UNPRINTABLE.findall(text)
    return (_UNPRINTABLE.sub("", text), "".join(dropped)) if dropped else (text, "")


def _lines(text: str) -> tuple[tuple[str, ...], tuple[tuple[int, str], ...]]:
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n")).translate(_INVISIBLE)
    lines: list[str] = []
    removed: list[tuple[int, str]] = []
    for raw in text.split("\n"):
        # a form feed (pdftotext's page break) or vertical tab is layout, dropped without a record
        line, dropped = printable(raw.replace("\f", "").replace("\v", ""))
        line = _SPACES.sub(" ", line).strip()
        if line:
            if dropped:
                removed.append((len(lines), dropped))
            lines.append(line)
    return tuple(lines), tuple(removed)


def normalise(text: str) -> tuple[str, ...]:
    """Non-empty lines with CR/LF unified, invisible and unprintable characters dropped, spaces collapsed."""
    return _lines(text)[0]


def read_source(path: Path) -> Source:
    """The page at `path`, decoded and normalised; `removed` lists the unprintable characters dropped
    from each line (the pipeline records them as corrections)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({reason(exc)})") from exc
    text, encoding = decode(data, str(path))
    lines, removed = _lines(text)
    if not lines:
        raise InputError(f"{path}: holds no text")
    return Source(path=str(path), sha256=hashlib.sha256(data).hexdigest(), encoding=encoding, lines=lines, removed=removed)
