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

from toolkit.errors import ToolkitError
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
        raise ToolkitError(f"{path}: no such edition file")
    if source is not None:
        try:
            data = tomllib.loads(source.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise ToolkitError(f"{source}: not a valid edition file ({exc})") from exc
        table = data.get("edition", data)
        unknown = sorted(set(table) - set(EDITION_FIELDS))
        if unknown:
            raise ToolkitError(f"{source}: unknown edition field(s) {', '.join(unknown)}; known: {', '.join(EDITION_FIELDS)}")
        values.update({k: str(v) for k, v in table.items()})
    values.update({k: v for k, v in overrides.items() if v is not None})
    unknown = sorted(set(values) - set(EDITION_FIELDS))
    if unknown:
        raise ToolkitError(f"unknown edition field(s) {', '.join(unknown)}")
    edition = Edition(**values)
    try:
        datetime.date.fromisoformat(edition.date)
    except ValueError as exc:
        raise ToolkitError(f"edition date {edition.date!r} is not an ISO date (YYYY-MM-DD)") from exc
    return edition


def collection_paths(inputs: list[Path] | None) -> list[Path]:
    """Cleaned collection files: the given files, or every *.json in the given folders, in name order."""
    paths: list[Path] = []
    for given in inputs or [DEFAULT_INPUT]:
        if given.is_dir():
            found = sorted(given.glob("*.json"))
            if not found:
                raise ToolkitError(f"{given}: no cleaned collection (*.json); run `toolkit clean` first")
            paths.extend(found)
        elif given.exists():
            paths.append(given)
        else:
            hint = "; run `toolkit clean` first" if given == DEFAULT_INPUT else ""
            raise ToolkitError(f"{given}: no such file or folder{hint}")
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
    """The articles of every collection in order, with editorial marks, and the unplaced fragments last."""
    articles = tuple(a for c in collections for a in c.articles)
    if not articles:
        raise ToolkitError("the cleaned collections hold no article")
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
    return Book(edition=edition, chapters=tuple(chapters))


def load_book(inputs: list[Path] | None, edition: Edition) -> Book:
    return compose(load_collections(inputs), edition)
