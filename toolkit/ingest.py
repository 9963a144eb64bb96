"""Ingest: decode a raw extracted page (UTF-8, GB18030/GBK, UTF-16) into normalised paragraphs."""

from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata
from pathlib import Path

from toolkit.errors import ToolkitError
from toolkit.model import Source

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_SPACES = re.compile(r"[ \t\u00a0\u3000\u2002-\u200a\u202f\u205f]+")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Text and the encoding it was read with; a clear error for empty, binary or undecodable data."""
    if not data.strip():
        raise ToolkitError(f"{name}: the file is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise ToolkitError(f"{name}: starts with a {encoding} byte-order mark but is not {encoding}: {exc}") from exc
    if b"\x00" in data:
        raise ToolkitError(f"{name}: looks like a binary file (it contains NUL bytes), not extracted text")
    for encoding in ("utf-8", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _mostly_text(text):
            return text, encoding
        break
    raise ToolkitError(f"{name}: cannot be read as UTF-8, UTF-16 or GB18030/GBK text")


def _mostly_text(text: str) -> bool:
    control = sum(1 for ch in text if unicodedata.category(ch) in ("Cc", "Co", "Cn") and ch not in "\r\n\t\f")
    return control <= len(text) * 0.01


def normalise(text: str) -> tuple[str, ...]:
    """Non-empty lines with CR/LF unified, invisible characters dropped and spaces collapsed."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n")).translate(_INVISIBLE)
    lines = []
    for raw in text.split("\n"):
        line = "".join(ch for ch in raw if unicodedata.category(ch) != "Cc" or ch == "\t")
        line = _SPACES.sub(" ", line).strip()
        if line:
            lines.append(line)
    return tuple(lines)


def read_source(path: Path) -> Source:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ToolkitError(f"{path}: cannot be read ({exc.strerror})") from exc
    text, encoding = decode(data, str(path))
    lines = normalise(text)
    if not lines:
        raise ToolkitError(f"{path}: holds no text")
    return Source(path=str(path), sha256=hashlib.sha256(data).hexdigest(), encoding=encoding, lines=lines)
