"""Structure: recover articles (kicker, title, subtitle, byline, subheads, paragraphs) from the roles the
line model reads for the page's flat lines."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from toolkit.hanzi import MARKS, bigrams, han_only
from toolkit.lines import HEAD_ROLES, rarity, read
from toolkit.model import Article, Block, Collection, Flag, Source
from toolkit.similarity import Vocabulary, cosine

# A title standing alone (no kicker, subtitle or byline) that the line model was unsure of (below UNSURE), whose
# text goes on with the article before it (cosine MERGE or more), is a subhead of that article. Half of the 81
# labelled subheads' sections reach 0.25 with the article before them; the opening of no labelled article
# reaches 0.19 with another article (2,652 pairs, each on a page of four).
MERGE = 0.2
UNSURE = 0.9
# …and a subhead the line model was unsure of, between two stretches of at least LONG Han characters that share
# almost nothing (cosine below APART), is the title of a new article with no kicker or byline. The labelled
# subheads' sections reach 0.06 or more with the article before them, but for labels right under the title
# (【绝活看点】, 核心阅读: nothing before them); on damaged pages one reached 0.038.
APART = 0.02
LONG = 300


def byline_names(text: str) -> tuple[str, ...]:
    return tuple(n for n in re.split(r"[\s、，,／/]+", text.lstrip(MARKS).strip()) if n)


@dataclass
class _Draft:
    """An article while its lines are read (local to split_articles)."""

    fields: dict[str, str] = field(default_factory=dict)  # kicker, title, subtitle
    byline: str | None = None
    head_lines: list[int] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    sure: float = 1.0  # the line model's confidence in the article's first head line

    def text(self, opening: bool = False) -> str:
        """Its head lines and body, or (`opening`) its paragraphs up to the first subhead."""
        if opening:
            return _section(self.blocks)
        return "\n".join([*self.fields.values(), *(b.text for b in self.blocks)])

    def alone(self) -> bool:
        return set(self.fields) == {"title"} and self.byline is None

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


def split_articles(source: Source, name: str | None = None, skip: frozenset[int] = frozenset()) -> Collection:
    """Group lines into articles by their roles; the lines in `skip` (page furniture) are left out.

    `莒南县大店镇 / 整治人居环境 / 提升镇村“颜值” / □彭娜 / 莒南县大店镇将…` →
    Article(kicker='莒南县大店镇', title='整治人居环境', subtitle='提升镇村“颜值”', byline=('彭娜',))
    """
    name = name or Path(source.path).stem
    drafts: list[_Draft] = []
    previous = None
    numbers = [no for no in range(len(source.lines)) if no not in skip]
    readings = read([source.lines[no] for no in numbers])
    for no, reading in zip(numbers, readings):
        text = source.lines[no]
        role = reading.role
        draft = drafts[-1] if drafts else None
        if role == "cont" and previous == "heading" and draft is not None and draft.blocks:
            last = draft.blocks[-1]  # a subhead broken over two lines
            draft.blocks[-1] = Block("heading", last.text + text, lines=last.lines + (no,))
        elif role in HEAD_ROLES:
            if draft is None or draft.blocks or role == "head" and draft.head_lines:
                drafts.append(draft := _Draft(sure=reading.confidence))
            draft.head(role, text, no)
        else:
            if draft is None:
                drafts.append(draft := _Draft())
            kind = "heading" if role == "heading" else "paragraph"
            p = reading.p_cont if kind == "paragraph" and draft.blocks else 0.0
            draft.blocks.append(Block(kind, text, lines=(no,), continues=round(p, 3)))
        previous = role
    sure = dict(zip(numbers, (r.confidence for r in readings)))
    drafts = _subheads_alone(_titles_under_articles(drafts, sure))
    articles = tuple(_article(f"{name}-{n + 1:02d}", d) for n, d in enumerate(drafts))
    return Collection(source=source, articles=articles, name=name)


def _weigher(drafts: list[_Draft]) -> Callable[[str], dict[str, float]]:
    """Text → its vector over the page's vocabulary: bigram IDF among the page's articles times the bigram's
    rarity in Chinese at large (as the line model weighs the words around a line)."""
    vocab = Vocabulary(bigrams(d.text()) for d in drafts)
    rare = rarity(vocab.idf)
    return lambda text: {t: w * rare.get(t, 1.0) for t, w in vocab.vector(text).items()}


def _subheads_alone(drafts: list[_Draft]) -> list[_Draft]:
    """Take back into the article before it each title read alone, unsure, whose opening goes on with that
    article: `智能手环防摔倒` read as a new article's title inside one about care for the old."""
    if not any(d.alone() and d.sure < UNSURE for d in drafts[1:]):
        return drafts  # the page's vocabulary is weighed only when there is something to decide
    vector = _weigher(drafts)
    out = [drafts[0]]
    for d in drafts[1:]:
        before = out[-1]
        if (d.alone() and d.sure < UNSURE and before.blocks and d.blocks
                and cosine(vector(d.text(opening=True)), vector(before.text())) >= MERGE):
            before.blocks.append(Block("heading", d.fields["title"], lines=tuple(d.head_lines)))
            before.blocks.extend(d.blocks)
        else:
            out.append(d)
    return out


def _titles_under_articles(drafts: list[_Draft], sure: dict[int, float]) -> list[_Draft]:
    """Start a new article at each plain subhead the line model was unsure of, between two long stretches
    of text that share almost no words: `田间地头机器忙` read as a subhead of an article on care for the old."""
    def doubtful(b: Block) -> bool:
        return b.type == "heading" and sure[b.lines[0]] < UNSURE and b.text[0] not in MARKS + "【（("

    if not any(doubtful(b) for d in drafts for b in d.blocks):
        return drafts
    vector = _weigher(drafts)
    out = []
    for d in drafts:
        out.append(d)
        blocks, d.blocks = d.blocks, []
        for i, b in enumerate(blocks):
            if doubtful(b):
                before, after = out[-1].text(), _section(blocks[i + 1 :])
                body = sum(len(han_only(x.text)) for x in out[-1].blocks if x.type == "paragraph")
                if (body >= LONG and len(han_only(after)) >= LONG
                        and cosine(vector(after), vector(before)) < APART):
                    out.append(_Draft(fields={"title": b.text}, head_lines=list(b.lines), sure=sure[b.lines[0]]))
                    continue
            out[-1].blocks.append(b)
    return out


def _section(blocks: list[Block]) -> str:
    """The text of the blocks up to the first subhead among them."""
    return "\n".join(b.text for b in itertools.takewhile(lambda b: b.type != "heading", blocks))


def _article(article_id: str, draft: _Draft) -> Article:
    f = draft.fields
    flags = () if "title" in f else (Flag("untitled", note="text before the first title: the page starts mid-article"),)
    return Article(
        id=article_id, title=f.get("title", ""), kicker=f.get("kicker"), subtitle=f.get("subtitle"),
        byline=byline_names(draft.byline) if draft.byline else (), blocks=tuple(draft.blocks), flags=flags,
        head_lines=tuple(draft.head_lines),
    )
