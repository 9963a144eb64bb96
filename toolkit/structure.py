"""Structure: recover articles (kicker, title, subtitle, byline, subheads, paragraphs) from the roles the
line model reads for the page's flat lines."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from toolkit.lines import HEAD_ROLES, MARKS, read
from toolkit.model import Article, Block, Collection, Flag, Source


def byline_names(text: str) -> tuple[str, ...]:
    return tuple(n for n in re.split(r"[\s、，,／/]+", text.lstrip(MARKS).strip()) if n)


@dataclass
class _Draft:
    """An article while its lines are read (local to split_articles)."""

    fields: dict[str, str] = field(default_factory=dict)  # kicker, title, subtitle
    byline: str | None = None
    head_lines: list[int] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)

    def head(self, role: str, text: str, no: int) -> None:
        """Take a head line: `head` is the title until a `title` line after it makes it the kicker."""
        f = self.fields
        if role == "head":
            f["title"] = text
        elif role == "title":
            if "title" in f:
                f["kicker"] = f.pop("title")
            f["title"] = text
        elif role == "title+":
            f["title"] = f.get("title", "") + text
        elif role == "subtitle":
            f["subtitle"] = f"{f['subtitle']} {text}" if "subtitle" in f else text
        else:  # a second byline line lists more names
            self.byline = text if self.byline is None else f"{self.byline} {text.lstrip(MARKS)}"
        self.head_lines.append(no)


def split_articles(source: Source, name: str | None = None) -> Collection:
    """Group lines into articles by their roles.

    `莒南县大店镇 / 整治人居环境 / 提升镇村“颜值” / □彭娜 / 莒南县大店镇将…` →
    Article(kicker='莒南县大店镇', title='整治人居环境', subtitle='提升镇村“颜值”', byline=('彭娜',))
    """
    name = name or Path(source.path).stem
    drafts: list[_Draft] = []
    previous = None
    for no, (text, reading) in enumerate(zip(source.lines, read(source.lines))):
        role = reading.role
        draft = drafts[-1] if drafts else None
        if role == "cont" and previous == "heading" and draft is not None and draft.blocks:
            last = draft.blocks[-1]  # a subhead broken over two lines
            draft.blocks[-1] = Block("heading", last.text + text, lines=last.lines + (no,))
        elif role in HEAD_ROLES:
            if draft is None or draft.blocks or role == "head" and draft.head_lines:
                drafts.append(draft := _Draft())
            draft.head(role, text, no)
        else:
            if draft is None:
                drafts.append(draft := _Draft())
            kind = "heading" if role == "heading" else "paragraph"
            p = reading.p_cont if kind == "paragraph" and draft.blocks else 0.0
            draft.blocks.append(Block(kind, text, lines=(no,), continues=round(p, 3)))
        previous = role
    articles = tuple(_article(f"{name}-{n + 1:02d}", d) for n, d in enumerate(drafts))
    return Collection(source=source, articles=articles, name=name)


def _article(article_id: str, draft: _Draft) -> Article:
    f = draft.fields
    flags = () if "title" in f else (Flag("untitled", note="text before the first title: the page starts mid-article"),)
    return Article(
        id=article_id, title=f.get("title", ""), kicker=f.get("kicker"), subtitle=f.get("subtitle"),
        byline=byline_names(draft.byline) if draft.byline else (), blocks=tuple(draft.blocks), flags=flags,
        head_lines=tuple(draft.head_lines),
    )
