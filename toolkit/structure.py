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

    heads: list[tuple[str, str, tuple[int, ...]]] = field(default_factory=list)  # (role, text, lines) of head lines
    blocks: list[Block] = field(default_factory=list)

    def has(self, role: str) -> bool:
        return any(r == role for r, _, _ in self.heads)


def _starts_article(draft: _Draft | None, role: str) -> bool:
    """A head line opens a new article unless it completes the head being read (kicker → title →
    subtitle → byline, in that order)."""
    if draft is None or draft.blocks:
        return True
    order = HEAD_ROLES.index(role)  # title+ never opens an article: it is read with its title
    return any(HEAD_ROLES.index(r) >= order for r, _, _ in draft.heads)


def split_articles(source: Source, name: str | None = None) -> Collection:
    """Group lines into articles by their roles.

    `莒南县大店镇 / 整治人居环境 / 提升镇村“颜值” / □彭娜 / 莒南县大店镇将…` →
    Article(kicker='莒南县大店镇', title='整治人居环境', subtitle='提升镇村“颜值”', byline=('彭娜',))
    """
    name = name or Path(source.path).stem
    drafts: list[_Draft] = []
    readings = read(source.lines)
    previous = None
    for no, (text, reading) in enumerate(zip(source.lines, readings)):
        role = reading.role
        draft = drafts[-1] if drafts else None
        if role == "title+" and draft is not None and not draft.blocks and draft.has("title"):
            i = max(i for i, (r, _, _) in enumerate(draft.heads) if r == "title")  # a title broken over two lines
            r, t, nos = draft.heads[i]
            draft.heads[i] = (r, t + text, nos + (no,))
            previous = role
            continue
        role = "title" if role == "title+" else role
        if role == "cont" and previous == "heading" and draft is not None and draft.blocks:
            last = draft.blocks[-1]
            draft.blocks[-1] = Block("heading", last.text + text, lines=last.lines + (no,))
            continue
        if role in HEAD_ROLES:
            if _starts_article(draft, role):
                drafts.append(_Draft())
            drafts[-1].heads.append((role, text, (no,)))
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
    fields: dict[str, str] = {}
    byline: tuple[str, ...] = ()
    for role, text, _ in draft.heads:
        if role == "byline":
            byline = byline_names(text)
        elif role in fields:  # a second line of the same role: the subtitle, or more of it
            fields["subtitle"] = f"{fields['subtitle']} {text}" if "subtitle" in fields else text
        else:
            fields[role] = text
    if "title" not in fields:  # a head the model left without a title: its last line is the title
        last = "subtitle" if "subtitle" in fields else "kicker" if "kicker" in fields else None
        if last:
            fields["title"] = fields.pop(last)
    flags = () if "title" in fields else (Flag("untitled", note="text before the first title: the page starts mid-article"),)
    return Article(
        id=article_id, title=fields.get("title", ""), kicker=fields.get("kicker"), subtitle=fields.get("subtitle"),
        byline=byline, blocks=tuple(draft.blocks), flags=flags, head_lines=tuple(no for _, _, nos in draft.heads for no in nos),
    )
