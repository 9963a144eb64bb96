"""Edition: metadata from edition.toml and the cleaned collections arranged as a book for both writers."""

from __future__ import annotations

import dataclasses
import datetime
import hashlib
import tomllib
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from toolkit.errors import InputError
from toolkit.files import reason
from toolkit.ingest import printable
from toolkit.model import Article, Block, Collection, load

DEFAULT_INPUT = Path("build/clean")
DEFAULT_EDITION_FILE = Path("edition.toml")

# Marks where the extraction lost text; discreet, the same in both editions.
MISSING_START = "（上缺）"
MISSING_END = "（下缺）"
UNPLACED_TITLE = "未归属的片段"


@dataclass(frozen=True)
class Edition:
    """What the title page, the PDF metadata and the EPUB package say about the book."""

    title: str = "报刊文选"
    subtitle: str | None = None
    editor: str = "编者"
    publisher: str | None = None
    language: str = "zh-CN"
    date: str = dataclasses.field(default_factory=lambda: datetime.date.today().isoformat())
    identifier: str | None = None  # empty: derived from the content

    @property
    def modified(self) -> str:
        """dcterms:modified, from the edition date so that a rebuild gives the same package."""
        return f"{self.date}T00:00:00Z"


EDITION_FIELDS = tuple(f.name for f in dataclasses.fields(Edition))


def load_edition(path: Path | None = None, **overrides: str | None) -> Edition:
    """Defaults, then `edition.toml` (the given file, or one in the current folder), then CLI overrides."""
    values: dict[str, str] = {}
    source = path if path is not None else (DEFAULT_EDITION_FILE if DEFAULT_EDITION_FILE.exists() else None)
    if path is not None and not path.exists():
        raise InputError(f"{path}: no such edition file")
    if source is not None:
        try:
            data = tomllib.loads(source.read_text(encoding="utf-8"))
        except OSError as exc:
            raise InputError(f"{source}: cannot be read ({reason(exc)})") from exc
        except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise InputError(f"{source}: not a valid edition file ({exc})") from exc
        table = data.get("edition", data)
        if not isinstance(table, dict):
            raise InputError(f"{source}: `edition` must be a table of fields, not {type(table).__name__}")
        unknown = sorted(set(table) - set(EDITION_FIELDS))
        if unknown:
            raise InputError(f"{source}: unknown edition field(s) {', '.join(unknown)}; known: {', '.join(EDITION_FIELDS)}")
        for key, value in table.items():
            if isinstance(value, datetime.date) and key == "date":
                value = value.isoformat()[:10]
            if not isinstance(value, str):
                raise InputError(f"{source}: edition.{key}: expected a string, not {type(value).__name__} ({value!r:.40})")
            values[key] = value
    values.update({k: v for k, v in overrides.items() if v is not None})
    unknown = sorted(set(values) - set(EDITION_FIELDS))
    if unknown:
        raise InputError(f"unknown edition field(s) {', '.join(unknown)}")
    edition = Edition(**values)
    try:
        datetime.date.fromisoformat(edition.date)
    except ValueError as exc:
        raise InputError(f"edition date {edition.date!r} is not an ISO date (YYYY-MM-DD)") from exc
    return edition


def collection_paths(inputs: list[Path] | None) -> list[Path]:
    """Cleaned collection files: the given files, or every *.json under the given folders (an archive's
    issue folders too), in path order; hidden files (the manifest) are not collections."""
    paths: list[Path] = []
    for given in inputs or [DEFAULT_INPUT]:
        if given.is_dir():
            found = sorted(
                p for p in given.rglob("*.json")
                if p.is_file() and not any(part.startswith(".") for part in p.relative_to(given).parts)
            )
            if not found:
                raise InputError(f"{given}: no cleaned collection (*.json) there or in its subfolders; run `toolkit clean` first")
            paths.extend(found)
        elif given.exists():
            paths.append(given)
        else:
            hint = "; run `toolkit clean` first" if given == DEFAULT_INPUT else ""
            raise InputError(f"{given}: no such file or folder{hint}")
    return paths


def load_collections(inputs: list[Path] | None = None) -> list[Collection]:
    return [load(p) for p in collection_paths(inputs)]


# --- the book: what both writers render --------------------------------------------------------

PassageKind = Literal["heading", "paragraph", "note", "fragment", "missing"]


@dataclass(frozen=True)
class Passage:
    """One printed block of a chapter: the article's own text, or an editor's addition."""

    kind: PassageKind
    text: str
    level: int = 1  # headings: 2 for a subhead set directly under another one (a section's second line)


@dataclass(frozen=True)
class Chapter:
    """An article (or the appendix of unplaced fragments) as it is printed."""

    anchor: str  # XML id, unique in the book
    title: str
    kicker: str | None = None
    subtitle: str | None = None
    byline: tuple[str, ...] = ()
    passages: tuple[Passage, ...] = ()
    kind: Literal["article", "appendix"] = "article"


@dataclass(frozen=True)
class Book:
    edition: Edition
    chapters: tuple[Chapter, ...]
    notes: tuple[str, ...] = ()  # what composing had to change: characters no XML can hold, removed

    @property
    def identifier(self) -> str:
        return self.edition.identifier or content_identifier(self.chapters)


def content_identifier(chapters: tuple[Chapter, ...]) -> str:
    """A stable urn:uuid from the printed text: the same content gives the same identifier."""
    digest = hashlib.sha256()
    for chapter in chapters:
        for part in (chapter.kicker or "", chapter.title, chapter.subtitle or "", *chapter.byline):
            digest.update(part.encode("utf-8") + b"\x1f")
        for passage in chapter.passages:
            digest.update(passage.kind.encode() + b"\x1f" + passage.text.encode("utf-8") + b"\x1e")
    return f"urn:uuid:{uuid.UUID(bytes=digest.digest()[:16], version=5)}"


def _splice(block: Block):
    return next((f for f in block.flags if f.kind == "splice"), None)


def _is_relocated(block: Block) -> bool:
    return any(f.kind == "relocated" for f in block.flags)


def _article_passages(article: Article, titles: dict[str, str]) -> tuple[Passage, ...]:
    kinds = {f.kind for f in article.flags}
    passages: list[Passage] = []
    if "truncated_start" in kinds:
        passages.append(Passage("missing", MISSING_START))
    for block in article.body():
        under_heading = block.type == "heading" and bool(passages) and passages[-1].kind == "heading"
        passages.append(Passage(block.type, block.text, level=2 if under_heading else 1))
    if "truncated_end" in kinds:
        passages.append(Passage("missing", MISSING_END))  # the gap comes before text moved in after it
    run = None
    for block in article.blocks:
        if block.type != "fragment" or not _is_relocated(block):
            continue  # a fragment still inside the article it was found in is printed in the appendix
        splice = _splice(block)
        if splice != run:  # one note for each run of paragraphs moved here
            host = titles.get(splice.host, "") if splice and splice.host else ""
            note = f"编者注：以下文字原误排于《{host}》中。" if host else "编者注：以下文字原误排于他文之中。"
            passages.append(Passage("note", note))
            run = splice
        passages.append(Passage("fragment", block.text))
    return tuple(passages)


def _unplaced(articles: tuple[Article, ...], titles: dict[str, str]) -> tuple[Passage, ...]:
    """Fragments whose home is unknown, each run after a note naming the article it was found in."""
    passages: list[Passage] = []
    for article in articles:
        run = None
        for block in article.blocks:
            if block.type == "fragment" and not _is_relocated(block):
                splice = _splice(block)
                if splice != run:
                    host = titles.get(splice.host, article.title) if splice and splice.host else article.title
                    passages.append(Passage("note", f"编者注：以下文字见于《{host}》中，疑为他文误入，出处待考。"))
                    run = splice
                passages.append(Passage("fragment", block.text))
    return tuple(passages)


def compose(collections: list[Collection], edition: Edition) -> Book:
    """The articles of every collection in order, with editorial marks, and the unplaced fragments last.
    Text no XML can hold (a control character, a lone surrogate from a hand-edited file or a terminal)
    is removed here, once for both editions, and each removal is noted in `Book.notes`."""
    articles = tuple(a for c in collections for a in c.articles)
    if not articles:
        raise InputError("the cleaned collections hold no article")
    titles = {a.id: a.title or "无题" for a in articles}
    chapters = [
        Chapter(
            anchor=f"a{n:03d}",
            title=article.title or "无题",
            kicker=article.kicker,
            subtitle=article.subtitle,
            byline=article.byline,
            passages=_article_passages(article, titles),
        )
        for n, article in enumerate(articles, start=1)
    ]
    unplaced = _unplaced(articles, titles)
    if unplaced:
        chapters.append(Chapter(anchor="unplaced", title=UNPLACED_TITLE, passages=unplaced, kind="appendix"))
    notes: list[str] = []
    edition = _printable(edition, "edition", notes)
    chapters = [_printable(c, f"《{_short(printable(c.title)[0])}》", notes) for c in chapters]
    return Book(edition=edition, chapters=tuple(chapters), notes=tuple(notes))


def _short(text: str) -> str:
    return text if len(text) <= 20 else text[:19] + "…"


def _printable(obj, where: str, notes: list[str]):
    """`obj` (an Edition, a Chapter, a Passage) with every string printable; a note for each field changed."""
    changes = {}
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        if isinstance(value, str):
            text, dropped = printable(value)
        elif isinstance(value, tuple) and value and all(isinstance(v, str) for v in value):
            cleaned = [printable(v) for v in value]
            text, dropped = tuple(t for t, _ in cleaned), "".join(d for _, d in cleaned)
        elif isinstance(value, tuple) and value and dataclasses.is_dataclass(value[0]):
            text = tuple(_printable(v, f"{where} {f.name}", notes) for v in value)
            dropped = ""
            if text != value:
                changes[f.name] = text
            continue
        else:
            continue
        if dropped:
            changes[f.name] = text
            codes = ", ".join(dict.fromkeys(f"U+{ord(ch):04X}" for ch in dropped))
            notes.append(f"{where} {f.name}: removed {len(dropped)} character(s) that cannot be printed ({codes})")
    return dataclasses.replace(obj, **changes) if changes else obj


def load_book(inputs: list[Path] | None, edition: Edition) -> Book:
    return compose(load_collections(inputs), edition)
