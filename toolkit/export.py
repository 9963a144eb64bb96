"""Export: the cleaned collection as Markdown, as paragraph lines, and as a diff against the raw page."""

from __future__ import annotations

import difflib

from toolkit.hanzi import BYLINE_MARK
from toolkit.model import Article, Collection

MARKS = {"truncated_start": "（上缺）", "truncated_end": "（下缺）"}


def head_lines(article: Article) -> list[str]:
    lines = [x for x in (article.kicker, article.title, article.subtitle) if x]
    if article.byline:
        lines.append(BYLINE_MARK + " ".join(article.byline))
    return lines


def cleaned_lines(collection: Collection) -> list[str]:
    """The cleaned text, one paragraph a line, in the page's order (set-aside fragments included)."""
    return [line for a in collection.articles for line in head_lines(a) + [b.text for b in a.blocks]]


def to_diff(collection: Collection) -> str:
    name = collection.source.path
    diff = difflib.unified_diff(
        list(collection.source.lines), cleaned_lines(collection), fromfile=f"{name} (raw)", tofile=f"{name} (cleaned)", lineterm=""
    )
    return "\n".join(diff) + "\n"


def _article_markdown(article: Article) -> list[str]:
    kinds = {f.kind for f in article.flags}
    out = []
    if article.kicker:
        out.append(f"*{article.kicker}*\n")
    out.append(f"## {article.title or '（无题）'}\n")
    if article.subtitle:
        out.append(f"### {article.subtitle}\n")
    if article.byline:
        out.append(BYLINE_MARK + " ".join(article.byline) + "\n")
    if "truncated_start" in kinds:
        out.append(MARKS["truncated_start"] + "\n")
    for b in article.body():
        out.append(f"#### {b.text}\n" if b.type == "heading" else b.text + "\n")
    if "truncated_end" in kinds:
        out.append(MARKS["truncated_end"] + "\n")  # the gap comes before any text set aside after it
    run = None
    for b in article.blocks:
        if b.type == "fragment":
            where = next((f for f in b.flags if f.kind == "splice"), None)
            if where != run:  # one note for each run of paragraphs set aside
                moved = where and where.home == article.id
                out.append("> 编者注：以下文字误排在他文之中\n" if moved else "> 编者注：以下文字疑为他文误入，暂置于此\n")
                run = where
            out.append(f"> {b.text}\n")
    return out


def to_markdown(collection: Collection) -> str:
    out = [f"# {collection.source.path}\n"]
    for a in collection.articles:
        out.extend(_article_markdown(a))
    return "\n".join(out)
