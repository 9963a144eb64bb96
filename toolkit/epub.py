"""Ebook edition: the book rendered through the shared templates into an EPUB 3 package with ebooklib."""

from __future__ import annotations

import datetime
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from ebooklib import epub

from toolkit import files, fonts
from toolkit.edition import Book, Chapter
from toolkit.errors import OutputError, ToolkitError
from toolkit.templating import environment, stylesheet
from toolkit.typesetting import PlainSetter

EBOOK_STYLESHEETS = ("edition.css", "epub.css")
STYLESHEET = "style/book.css"
FONT_FILES = {"body": "fonts/body.otf", "heading": "fonts/heading.otf"}


@dataclass(frozen=True)
class EpubResult:
    path: Path
    documents: int
    fonts: dict[str, int]  # file name in the package -> bytes


def font_texts(book: Book) -> dict[str, str]:
    """The characters each face has to draw, by the stylesheet's rule: headings in Hei, the rest in Song."""
    edition = book.edition
    # the navigation document's headings (目录, 导览) and its landmark links come from ebooklib
    heading = [edition.title, edition.subtitle or "", "目录导览"]
    body = [edition.editor, edition.publisher or "", edition.date, "编　封面目录"]
    for chapter in book.chapters:
        heading += [chapter.title, chapter.subtitle or ""]
        body += [chapter.kicker or "", "　".join(chapter.byline), chapter.title]  # title again: the nav
        for passage in chapter.passages:
            (heading if passage.kind == "heading" else body).append(passage.text)
    return {"heading": "".join(heading), "body": "".join(body)}


def font_css(embedded: dict[str, str]) -> str:
    rules = []
    for face in fonts.faces():
        if face.spec.role in embedded:
            rules.append(
                "@font-face {\n"
                f'  font-family: "{face.spec.family}";\n'
                f"  font-weight: {face.spec.weight};\n"
                "  font-style: normal;\n"
                f'  src: url("../{embedded[face.spec.role]}");\n'
                "}\n"
            )
    return "".join(rules)


def _document(template: str, book: Book, chapters: tuple[Chapter, ...]) -> bytes:
    page = environment().get_template(template).render(
        book=book, chapters=chapters, typeset=PlainSetter(), stylesheet=f"../{STYLESHEET}"
    )
    return ('<?xml version="1.0" encoding="utf-8"?>\n' + page).encode("utf-8")


def _accessibility(book: epub.EpubBook) -> None:
    for prop, value in (
        ("schema:accessMode", "textual"),
        ("schema:accessModeSufficient", "textual"),
        ("schema:accessibilityFeature", "structuralNavigation"),
        ("schema:accessibilityFeature", "tableOfContents"),
        ("schema:accessibilityFeature", "readingOrder"),
        ("schema:accessibilityHazard", "none"),
        ("schema:accessibilitySummary", "纯文字书籍，含目录与结构化标题，阅读顺序与原版面一致。"),
    ):
        book.add_metadata(None, "meta", value, {"property": prop})


def render_epub(book: Book, out: Path, *, embed_fonts: bool = True) -> EpubResult:
    paths = [stylesheet(name) for name in EBOOK_STYLESHEETS]
    missing = [str(path) for path in paths if not path.exists()]
    if missing:
        raise ToolkitError(f"stylesheet(s) {', '.join(missing)} missing: reinstall toolkit")
    edition = book.edition
    package = epub.EpubBook()
    package.set_identifier(book.identifier)
    package.set_title(edition.title)
    package.set_language(edition.language)
    package.add_author(edition.editor, role="edt", uid="editor")
    if edition.publisher:
        package.add_metadata("DC", "publisher", edition.publisher)
    if edition.subtitle:
        package.add_metadata("DC", "description", edition.subtitle)
    package.add_metadata("DC", "date", edition.date)
    _accessibility(package)

    sizes: dict[str, int] = {}
    css = ""
    if embed_fonts:
        texts = font_texts(book)
        for face in fonts.faces():
            data = fonts.subset(face, texts[face.spec.role])
            name = FONT_FILES[face.spec.role]
            package.add_item(epub.EpubItem(uid=f"font-{face.spec.role}", file_name=name,
                                           media_type="font/otf", content=data))
            sizes[name] = len(data)
        css = font_css({role: name for role, name in FONT_FILES.items()})
    css += "".join(path.read_text(encoding="utf-8") for path in paths)
    package.add_item(epub.EpubItem(uid="style", file_name=STYLESHEET, media_type="text/css", content=css.encode("utf-8")))

    title_page = epub.EpubItem(uid="title-page", file_name="text/title.xhtml", media_type="application/xhtml+xml",
                               content=_document("edition/epub_title.xhtml", book, ()))
    package.add_item(title_page)
    documents = []
    for chapter in book.chapters:
        item = epub.EpubItem(uid=chapter.anchor, file_name=f"text/{chapter.anchor}.xhtml",
                             media_type="application/xhtml+xml",
                             content=_document("edition/epub_article.xhtml", book, (chapter,)))
        package.add_item(item)
        documents.append(item)

    nav = epub.EpubNav(uid="nav", file_name="nav.xhtml", title="目录")
    nav.add_link(href=STYLESHEET, rel="stylesheet", type="text/css")
    package.add_item(nav)
    package.add_item(epub.EpubNcx())
    package.toc = [epub.Link(item.file_name, chapter.title, item.id) for item, chapter in zip(documents, book.chapters)]
    package.guide = [
        {"type": "cover", "href": title_page.file_name, "title": "封面"},
        {"type": "toc", "href": nav.file_name, "title": "目录"},
        {"type": "text", "href": documents[0].file_name, "title": book.chapters[0].title},
    ]
    package.spine = [title_page, nav, *documents]
    modified = datetime.datetime.fromisoformat(edition.date)
    built = io.BytesIO()
    # raise_exceptions: by default ebooklib only warns when it cannot write, and the CLI said "wrote"
    epub.write_epub(built, package, {"mtime": modified, "landmark_title": "导览", "epub3_pages": False,
                                     "raise_exceptions": True})
    files.write_bytes(out, _stamped(built.getvalue(), modified), check=_check_epub)
    return EpubResult(path=out, documents=len(documents) + 2, fonts=sizes)


def _stamped(data: bytes, when: datetime.datetime) -> bytes:
    """The package with every zip entry dated `when` (the edition date): ebooklib dates them with the
    wall clock, so two builds of one book differed in their bytes."""
    stamp = (max(when.year, 1980), when.month, when.day, 0, 0, 0)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=stamp)
            entry.compress_type = info.compress_type  # mimetype stays first and stored, as EPUB requires
            entry.external_attr = 0o644 << 16
            dst.writestr(entry, src.read(info.filename))
    return out.getvalue()


def _check_epub(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as package:
            names = package.namelist()
            damaged = package.testzip()
            mimetype = package.read("mimetype") if names and names[0] == "mimetype" else b""
    except (zipfile.BadZipFile, OSError) as exc:
        raise OutputError(f"{path}: the EPUB came out unreadable ({exc}); the previous file is kept") from exc
    if damaged or mimetype != b"application/epub+zip" or "EPUB/content.opf" not in names:
        raise OutputError(f"{path}: the EPUB came out incomplete; the previous file is kept")
