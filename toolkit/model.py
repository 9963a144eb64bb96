"""Document model: the typed, frozen collection that flows from `clean` to the report and editions."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import types
import typing
from dataclasses import dataclass
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


@dataclass(frozen=True)
class Correction:
    """One change (or proposed change) the cleaner made, with enough context to review it."""

    id: str
    kind: str  # join | repeat | splice | truncation | stutter | garble
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


@dataclass(frozen=True)
class Collection:
    source: Source
    articles: tuple[Article, ...] = ()
    corrections: tuple[Correction, ...] = ()
    name: str = ""  # the input's stem, numbered (page01-2) when two inputs of a run share one; names outputs and ids
    schema: int = SCHEMA_VERSION

    def article(self, article_id: str) -> Article:
        return next(a for a in self.articles if a.id == article_id)


def correction_id(kind: str, *parts: str) -> str:
    """A stable id from what changed and the text around it, never from a counter or an offset."""
    digest = hashlib.sha1("\x1f".join((kind, *parts)).encode("utf-8")).hexdigest()
    return f"{kind}-{digest[:8]}"


# --- JSON in and out -------------------------------------------------------------------------


def to_dict(obj: Any) -> Any:
    """Plain JSON data for a model object (every field, so readers can rely on the keys)."""
    if dataclasses.is_dataclass(obj):
        return {f.name: to_dict(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, (tuple, list)):
        return [to_dict(x) for x in obj]
    return obj


def _build(tp: Any, data: Any) -> Any:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        if data is None:
            return None
        (inner,) = [t for t in typing.get_args(tp) if t is not type(None)]
        return _build(inner, data)
    if origin is tuple:
        (inner, _) = typing.get_args(tp)
        return tuple(_build(inner, x) for x in data)
    if dataclasses.is_dataclass(tp):
        hints = typing.get_type_hints(tp)
        known = {f.name for f in dataclasses.fields(tp)}
        return tp(**{k: _build(hints[k], v) for k, v in data.items() if k in known})
    return data


def from_dict(data: dict) -> Collection:
    if data.get("schema") != SCHEMA_VERSION:
        from toolkit.errors import ToolkitError

        raise ToolkitError(f"unsupported collection schema {data.get('schema')!r} (expected {SCHEMA_VERSION})")
    return _build(Collection, data)


def dumps(collection: Collection) -> str:
    return json.dumps(to_dict(collection), ensure_ascii=False, indent=1) + "\n"


def load(path: Path) -> Collection:
    from toolkit.errors import ToolkitError

    try:
        return from_dict(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError, KeyError) as exc:
        raise ToolkitError(f"{path}: not a cleaned collection ({exc})") from exc


def replace(obj: Any, **changes: Any) -> Any:
    return dataclasses.replace(obj, **changes)


__all__ = [
    "SCHEMA_VERSION", "Flag", "Block", "Article", "Correction", "Source", "Collection",
    "to_dict", "from_dict", "dumps", "load", "replace",
]
