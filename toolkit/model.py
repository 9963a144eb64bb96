"""Document model: the typed, frozen collection that flows from `clean` to the report and editions."""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import types
import typing
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

SCHEMA_VERSION = 1

BlockType = Literal["heading", "paragraph", "fragment"]
# applied: the change is in the text; flagged: proposed, text unchanged; rejected: overruled by the editor
Action = Literal["applied", "flagged", "rejected"]


@dataclass(frozen=True)
class Flag:
    """Something an editor should know about an article or block (a missing start, a splice …)."""

    kind: str
    correction: str | None = None  # id of the correction that raised it
    host: str | None = None  # splice, and a splice host's truncated_end: the article the run was found in
    home: str | None = None  # splice: the article it most likely belongs to (None: unknown)
    note: str = ""


@dataclass(frozen=True)
class Block:
    type: BlockType
    text: str
    flags: tuple[Flag, ...] = ()
    lines: tuple[int, ...] = ()  # raw line numbers (0-based) the text came from
    continues: float = 0.0  # the line model's probability that this block continues the one before (a column break)


@dataclass(frozen=True)
class Article:
    id: str
    title: str
    kicker: str | None = None
    subtitle: str | None = None
    byline: tuple[str, ...] = ()
    blocks: tuple[Block, ...] = ()
    flags: tuple[Flag, ...] = ()
    head_lines: tuple[int, ...] = ()  # raw line numbers of kicker, title, subtitle and byline

    def body(self) -> tuple[Block, ...]:
        """Blocks that belong to the article's own text (no set-aside fragments)."""
        return tuple(b for b in self.blocks if b.type != "fragment")

    def paragraphs(self) -> tuple[Block, ...]:
        """The article's paragraphs (no subheads, no set-aside fragments)."""
        return tuple(b for b in self.blocks if b.type == "paragraph")


KINDS = ("join", "repeat", "splice", "truncation", "stutter", "garble", "control", "furniture", "jump")
VERDICTS = ("accept", "reject", "apply")  # what an editor may say of a correction


@dataclass(frozen=True)
class Correction:
    """One change (or proposed change) the cleaner made, with enough context to review it."""

    id: str
    kind: str  # one of KINDS
    action: Action
    article: str
    before: str
    after: str
    reason: str
    confidence: float
    lines: tuple[int, ...] = ()  # raw line numbers the change touches
    kept: str | None = None  # repeat: the copy that was kept
    home: str | None = None  # splice: the article the text most likely belongs to
    suggestion: str | None = None  # flagged stutter: what the editor may want instead
    status: str = "pending"  # the editor's decision: pending | accepted | rejected | applied


@dataclass(frozen=True)
class Source:
    path: str
    sha256: str
    encoding: str
    lines: tuple[str, ...]  # the raw text after decoding and whitespace normalisation, one line each
    # how the file set its text out, undone at ingest (toolkit/ingest.py): columns side by side (pdftotext
    # -layout), read down one after the other; the widths (display columns) of a hard-wrapped text's
    # lines, rejoined into paragraphs; a space between every two characters, dropped
    columns: int = 0
    wrapped: tuple[int, ...] = ()
    letter_spaced: bool = False
    # characters ingest dropped because no XML can hold them (line number, characters); the pipeline
    # records them as corrections, so they are not saved twice
    removed: tuple[tuple[int, str], ...] = field(default=(), compare=False, metadata={"json": False})

    @property
    def relaid(self) -> bool:
        """Ingest undid a layout for print (columns, wrapped lines, letter-spacing) to read the text."""
        return bool(self.columns or self.wrapped or self.letter_spaced)


@dataclass(frozen=True)
class Collection:
    source: Source
    articles: tuple[Article, ...] = ()
    corrections: tuple[Correction, ...] = ()
    name: str = ""  # the input's stem, numbered (page01-2) when two inputs of a run share one; names outputs and ids
    schema: int = SCHEMA_VERSION

    def article(self, article_id: str) -> Article:
        return next(a for a in self.articles if a.id == article_id)


def correction_id(kind: str, article: str, *parts: str, lines: Sequence[int] = ()) -> str:
    """An id unique within a run and stable across runs, never from a counter or a text offset.

    `article` names the file (the collection's name, its path in the archive) and the article's place
    in it; `lines`, where given, the raw lines the change sits on; `parts`, what changed and the text
    around it. Raw line numbers and article places come from the page, not from the cleaned text, so an
    editor's decision elsewhere (a join rejected, a repeat kept) does not move them."""
    where = ",".join(str(x) for x in lines)
    digest = hashlib.sha1("\x1f".join((kind, article, where, *parts)).encode("utf-8")).hexdigest()
    return f"{kind}-{digest[:12]}"  # 48 bits: no clash among the millions of corrections of an archive


# --- JSON in and out -------------------------------------------------------------------------


def to_dict(obj: Any) -> Any:
    """Plain JSON data for a model object (every field, so readers can rely on the keys)."""
    names = _json_fields(type(obj))
    if names is not None:
        return {name: to_dict(getattr(obj, name)) for name in names}
    if isinstance(obj, (tuple, list)):
        return [to_dict(x) for x in obj]
    return obj


@functools.cache
def _json_fields(cls: type) -> tuple[str, ...] | None:
    """The fields of a model class that go into JSON, in order; None for any other type."""
    if not dataclasses.is_dataclass(cls):
        return None
    return tuple(f.name for f in dataclasses.fields(cls) if f.metadata.get("json", True))


class ShapeError(ValueError):
    """JSON that is valid but not a collection: `where` is the key path (articles[2].blocks)."""

    def __init__(self, where: str, message: str) -> None:
        super().__init__(f"{where or 'the top level'}: {message}")


_JSON_TYPES = {dict: "an object", list: "a list", str: "a string", bool: "true or false", int: "a number",
               float: "a number", type(None): "null"}


def _kind(data: Any) -> str:
    return _JSON_TYPES.get(type(data), type(data).__name__)


@functools.cache
def _hints(tp: type) -> dict[str, Any]:
    return typing.get_type_hints(tp)


def _build(tp: Any, data: Any, where: str) -> Any:
    """`data` read as `tp`, checked on the way: a wrong type names its key path and what was expected."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        if data is None:
            return None
        (inner,) = [t for t in typing.get_args(tp) if t is not type(None)]
        return _build(inner, data, where)
    if origin is Literal:
        allowed = typing.get_args(tp)
        if data not in allowed:
            raise ShapeError(where, f"expected one of {', '.join(map(repr, allowed))}, not {data!r:.40}")
        return data
    if origin is tuple:
        if not isinstance(data, list):
            raise ShapeError(where, f"expected a list, not {_kind(data)}")
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_build(args[0], x, f"{where}[{i}]") for i, x in enumerate(data))
        if len(data) != len(args):
            raise ShapeError(where, f"expected a list of {len(args)}, not of {len(data)}")
        return tuple(_build(t, x, f"{where}[{i}]") for i, (t, x) in enumerate(zip(args, data)))
    if dataclasses.is_dataclass(tp):
        if not isinstance(data, dict):
            raise ShapeError(where, f"expected an object, not {_kind(data)}")
        hints = _hints(tp)
        values = {}
        for f in dataclasses.fields(tp):
            key = f"{where}.{f.name}" if where else f.name
            if f.name in data:
                values[f.name] = _build(hints[f.name], data[f.name], key)
            elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
                raise ShapeError(key, "missing")
        return tp(**values)
    if tp is float:
        if isinstance(data, bool) or not isinstance(data, (int, float)):
            raise ShapeError(where, f"expected a number, not {_kind(data)}")
        return float(data)
    if tp in (int, str, bool):
        if not isinstance(data, tp) or (tp is int and isinstance(data, bool)):
            raise ShapeError(where, f"expected {_JSON_TYPES[tp]}, not {_kind(data)}")
        return data
    return data


def from_dict(data: Any) -> Collection:
    """A collection from JSON data, or a ShapeError naming the first key that is not as expected."""
    if not isinstance(data, dict):
        raise ShapeError("", f"expected an object (a cleaned collection), not {_kind(data)}")
    if data.get("schema") != SCHEMA_VERSION:
        raise ShapeError("schema", f"unsupported collection schema {data.get('schema')!r:.40} (expected {SCHEMA_VERSION})")
    return _build(Collection, data, "")


def dumps(collection: Collection, *, check: bool = False) -> str:
    """The collection as JSON text; `check`: read the text back and compare, before it replaces a file."""
    data = to_dict(collection)
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    if check and json.loads(text) != data:
        raise ValueError("the JSON text does not read back as the collection")
    return text


def load(path: Path) -> Collection:
    """A cleaned collection read back, or an InputError naming the file and what is wrong with it."""
    from toolkit.errors import InputError

    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror})") from exc
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not a cleaned collection (not UTF-8 text: {exc.reason} at byte {exc.start})") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}: not a cleaned collection (invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg})") from exc
    except RecursionError as exc:
        raise InputError(f"{path}: not a cleaned collection (nested too deeply)") from exc
    try:
        return from_dict(data)
    except ShapeError as exc:
        raise InputError(f"{path}: not a cleaned collection ({exc})") from exc


def replace(obj: Any, **changes: Any) -> Any:
    return dataclasses.replace(obj, **changes)


__all__ = [
    "SCHEMA_VERSION", "KINDS", "Flag", "Block", "Article", "Correction", "Source", "Collection",
    "to_dict", "from_dict", "dumps", "load", "replace", "ShapeError", "correction_id",
]
