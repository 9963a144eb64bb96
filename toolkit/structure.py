"""Structure: recover articles (kicker, title, subtitle, byline, subheads, paragraphs) from the roles the
line model reads for the page's flat lines."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from toolkit.hanzi import CLAUSE_END, JUMP_IN, JUMP_OUT, MARKS, bigrams, han_only
from toolkit.lines import (BOX_LABELS, COLUMN_TAG, HEAD_ROLES, LEAD, LONGEST, NOTE_LABELS, Reading, box_label, byline_names,
                           caption, caption_rest, caption_in_place, companion, opens_lead, place_line, rarity, read, signs_off,
                           subhead_style, wire_title)
from toolkit.model import Article, Block, Collection, Flag, Source, replace
from toolkit.similarity import Vocabulary, cosine

# A title standing alone (no kicker, subtitle or byline) that the line model was unsure of (below UNSURE), whose
# text goes on with the article before it (cosine MERGE or more), is a subhead of that article. Half of the 81
# labelled subheads' sections reach 0.25 with the article before them; the opening of no labelled article
# reaches 0.19 with another article (2,652 pairs, each on a page of four).
MERGE = 0.2
UNSURE = 0.9
# …or whose opening shares at least NEAR with the article before it and OWN times as much as with any other article
# on the page: a section goes on with its own article's words, a new article's opening with none in particular.
# Measured before building, on the titles read alone and unsure on the pages of the dev articles (11 sets): the 15
# that open articles reach 0.043 at most with the article before them; 4 of the 7 subheads below MERGE pass. Checked
# after, on 19 sets of held-out articles: the 84 that open articles reach 0.03 at most; 7 of the 13 subheads pass.
NEAR = 0.05
OWN = 3.0
# …and a subhead the line model was unsure of, between two stretches of at least LONG Han characters that share
# almost nothing (cosine below APART), is the title of a new article. On the pages of the dev articles (80
# pages, the truth's structure), of the stretches of LONG Han characters or more on both sides, the 355
# subheads' sections reach 0.12 or more with the article before them, and the 159 articles' openings reach
# 0.047 at most with the article before them (from 100 characters on, subheads reach 0.05: too close to tell);
# the line between sits low, for on damaged pages a subhead's section was seen at 0.038.
APART = 0.04
LONG = 150
# …unless all the text after it, its later sections too, shares RETURNS or more with the article above: a report's
# sections come back to the people and places its lead named (公司总经理邵建民 in the lead, 邵建民说 two sections on),
# though its first section after a subhead may share nothing with it. Measured on the generated pages of the read sets
# and of the held-out real sets (1,119 head lines weighed): the 18 titles and kickers the cosine rule rightly opens an
# article at reach 0.062 at most with all the text after them, the one article's subhead it wrongly opened (14 pages)
# 0.117 at least.
RETURNS = 0.1
# An editor's note introduces the article (a series, a special report) under it: set above its head, it is that
# article's first paragraph; printed under a head (no text of the head's article before it), it is that head's
# article's, whatever follows (a brief of only the note); anywhere else it stays where it stands. It
# opens on its label (编者按：…, `lines.NOTE_LABELS`), or the label stands alone on a line and the paragraphs under
# it, up to the head, are the note (开栏的话 / …).
NOTE_LENGTH = 3  # paragraphs under a note's label, at most (its own article's text follows a label under a head)


@dataclass
class _Draft:
    """An article while its lines are read (local to split_articles)."""

    fields: dict[str, str] = field(default_factory=dict)  # kicker, title, subtitle
    byline: str | None = None
    head_lines: list[int] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    sure: float = 1.0  # the line model's confidence in the article's first head line
    dateline: str = ""  # a wire story's, printed before 题： on its head line (`lines.wire_title`): its lead's opening

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
        if role == "head" and (wire := wire_title(text)) is not None:
            f["title"], self.dateline = wire["title"], wire["dateline"]
        elif role == "head":
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
    numbers = [no for no in range(len(source.lines)) if no not in skip]
    # a photo's caption stands where its picture did, often inside a paragraph a column break split: the lines are
    # read without it, and it is put back as a paragraph after the one it stood in; unless it stands in place (an
    # item's text under its head, a paragraph's end: `caption_in_place`)
    groups: list[list[int]] = []
    for no in (no for no in numbers if caption(source.lines[no])):
        if groups and no in groups[-1]:  # the rest of the caption before (…通讯员 郑 / 晓东摄), a credit's shape itself
            continue
        group, text = [no], source.lines[no]
        while no + 1 < len(source.lines) and no + 1 not in skip and caption_rest(text, source.lines[no + 1]):
            no += 1  # …with the rest of one a column break cut, which the paragraphs pass joins to it
            group.append(no)
            text += source.lines[no]
        groups.append(group)
    lifted = skip | {no for group in groups for no in group}

    def in_place(first: int) -> bool:
        return first > 0 and first - 1 not in lifted and caption_in_place(source.lines[first - 1], source.lines[first])

    captions = sorted(no for group in groups if not in_place(group[0]) for no in group)
    numbers = [no for no in numbers if no not in captions]
    texts = [source.lines[no] for no in numbers]
    readings = read(texts)
    drafts = _drafts(numbers, texts, readings, source.lines, captions)
    opens = _openings(drafts, dict(zip(numbers, (r.confidence for r in readings))))
    if opens:  # read again around the lines now known to open an article: which is kicker, title, subtitle
        readings = read(texts, frozenset(numbers.index(no) for no in opens))
        drafts = _drafts(numbers, texts, readings, source.lines, captions)
    articles = tuple(_article(f"{name}-{n + 1:02d}", d) for n, d in enumerate(_subheads_alone(drafts)))
    return Collection(source=source, articles=articles, name=name)


def _drafts(numbers: list[int], texts: list[str], readings: list[Reading], lines: Sequence[str] = (),
            captions: Sequence[int] = ()) -> list[_Draft]:
    """The articles the line roles make: a head line after body text opens a new one. The `captions` (line
    numbers in `lines`) are put back where they stood, each after the paragraph it stood in: before the next
    line that is no paragraph's rest."""
    drafts: list[_Draft] = []
    previous = None
    waiting = list(captions)
    note: list[Block] = []  # an editor's note waiting for the head under it (NOTE_LABELS)

    def place_note() -> None:  # no head under the note: it stays where it stood
        if not drafts:
            drafts.append(_Draft())
        drafts[-1].blocks.extend(note)
        note.clear()

    def put_back(before: int) -> None:
        while waiting and waiting[0] < before:
            if not drafts:
                drafts.append(_Draft())
            no = waiting.pop(0)
            drafts[-1].blocks.append(Block("paragraph", lines[no], lines=(no,)))

    for no, text, reading in zip(numbers, texts, readings):
        role = reading.role
        if role != "cont":
            put_back(no)
        # a label alone over the note: the paragraphs up to the head are the note (a few at most)
        labelled = bool(note) and note[0].type == "heading" and len(note) <= NOTE_LENGTH
        if note and role not in (*HEAD_ROLES, "cont") and not (labelled and role == "para"):
            place_note()
        opens = ((role == "para" and text.lstrip("【[").startswith(tuple(NOTE_LABELS))
                  or role == "heading" and box_label(text) in NOTE_LABELS) and (not drafts or drafts[-1].blocks))
        if opens or note and role in ("para", "cont"):  # the note, or its rest
            kind = "heading" if role == "heading" else "paragraph"
            note.append(Block(kind, text, lines=(no,), continues=round(reading.p_cont, 3) if note else 0.0))
            previous = role
            continue
        draft = drafts[-1] if drafts else None
        if role == "cont" and previous == "heading" and draft is not None and draft.blocks:
            last = draft.blocks[-1]  # a subhead broken over two lines
            draft.blocks[-1] = Block("heading", last.text + text, lines=last.lines + (no,))
        elif role in HEAD_ROLES:
            if draft is None or draft.blocks or role == "head" and draft.head_lines:
                drafts.append(draft := _Draft(sure=reading.confidence))
            draft.head(role, text, no)
        else:
            # a jump line ends its article (下转…) or takes up another's rest (上接…, under the title printed again or none)
            if draft is None or draft.blocks and (JUMP_IN.match(text) or JUMP_OUT.search(draft.blocks[-1].text)):
                drafts.append(draft := _Draft())
            kind = "heading" if role == "heading" else "paragraph"
            if note:  # the head the note stood above: its article opens with it
                draft.blocks.extend(note)
                note.clear()
            p = reading.p_cont if kind == "paragraph" and draft.blocks else 0.0
            draft.blocks.append(Block(kind, text, lines=(no,), continues=round(p, 3)))
        previous = role
    if note:
        place_note()
    put_back(len(lines))
    return drafts


def _weigher(drafts: list[_Draft]) -> Callable[[str], dict[str, float]]:
    """Text → its vector over the page's vocabulary: bigram IDF among the page's articles times the bigram's
    rarity in Chinese at large (as the line model weighs the words around a line)."""
    vocab = Vocabulary(bigrams(d.text()) for d in drafts)
    rare = rarity(vocab.idf)
    return lambda text: {t: w * rare.get(t, 1.0) for t, w in vocab.vector(text).items()}


def _subheads_alone(drafts: list[_Draft]) -> list[_Draft]:
    """Take back into the article before it each title read alone, unsure, whose opening goes on with that
    article (MERGE, or NEAR and OWN times any other article): `智能手环防摔倒` read as a new article's title inside
    one about care for the old."""
    if not any(d.alone() and d.sure < UNSURE for d in drafts[1:]):
        return drafts  # the page's vocabulary is weighed only when there is something to decide
    vector = _weigher(drafts)
    texts = [vector(d.text()) for d in drafts]
    out, members = [drafts[0]], [[0]]  # the articles kept, and which drafts each is made of
    for i, d in enumerate(drafts[1:], 1):
        # an article signed off in brackets (…（吕娜）) has ended, and a text opening on a dateline (本报讯…) is an
        # article's lead: no subhead's section either way (`lines.signs_off`, `lines.opens_lead`)
        if (d.alone() and d.sure < UNSURE and out[-1].blocks and d.blocks
                and not signs_off(out[-1].blocks[-1].text) and not opens_lead(d.blocks[0].text)
                and not _styled_apart(out[-1].blocks, d.fields["title"], d.blocks)):
            opening = vector(d.text(opening=True))
            own = cosine(opening, vector(out[-1].text()))
            elsewhere = max((cosine(opening, t) for j, t in enumerate(texts) if j != i and j not in members[-1]),
                            default=0.0)
            if own >= MERGE or own >= NEAR and own >= OWN * elsewhere:
                out[-1].blocks.append(Block("heading", d.fields["title"], lines=tuple(d.head_lines)))
                out[-1].blocks.extend(d.blocks)
                members[-1].append(i)
                continue
        out.append(d)
        members.append([i])
    return out


def _styled_apart(before: list[Block], head: str, after: list[Block]) -> bool:
    """The text under a head line (a title read alone, or a subhead the line model was unsure of) sets its subheads
    in a style none of the article before it uses (【案情回顾】 under plain ones), or, the article before having none,
    the line is a plain one over marked ones and no box's label: an article sets its subheads in one style (108 of
    the 119 labelled and dev blind articles with two or more; of the other 11, ten put one plain box label, 核心阅读 or
    记者观察, beside a marked set, the eleventh alternates bullets and plain lines), so the two are two articles, the
    line no subhead between them."""
    theirs = {subhead_style(b.text) for b in after if b.type == "heading"} - {"plain"}
    if not theirs:
        return False
    mine = {subhead_style(b.text) for b in before if b.type == "heading"}
    if mine:
        return not mine & theirs
    return subhead_style(head) == "plain" and box_label(head) not in BOX_LABELS


PAIRED = re.compile(r"[\u4e00-\u9fff“”‘’]{2,10}[ \u3000][\u4e00-\u9fff“”‘’]{2,10}")  # 险情突发 多方联动


def _styled_alike(before: list[Block], head: str) -> bool:
    """The line is set as a subhead of the article above it is, two phrases apart by a space (险情突发 多方联动 over
    转移群众 一户不落): a section of that article, however little its words share with the sections before it (on the
    generated pages, 237 such lines are subheads and 14 titles, most of those read as titles outright)."""
    return PAIRED.fullmatch(head) is not None and any(b.type == "heading" and PAIRED.fullmatch(b.text) for b in before)


def _between_styles(before: list[Block], head: str, after: list[Block]) -> bool:
    """A plain line, no box's label, with marked subheads above it and below it that share no style (（一） above,
    ■ below): the two sets are two articles' (`_styled_apart`), the line the second one's title."""
    mine = {subhead_style(b.text) for b in before if b.type == "heading"} - {"plain"}
    return (bool(mine) and subhead_style(head) == "plain" and box_label(head) not in BOX_LABELS
            and _styled_apart(before, head, after))


def _openings(drafts: list[_Draft], sure: dict[int, float]) -> set[int]:
    """The lines the first reading took for body text that open an article: the head lines right above a
    byline that opens an article of no title (a byline stands under its head), and plain subheads the
    line model was unsure of between two long stretches of text that share almost no words, nor does all the text
    after it (`RETURNS`: `田间地头机器忙` read as a subhead of an article on care for the old), that carry a column's tag
    (`…（走进乡村）`: a title's), that stand over a lead (`_lead_below`), or over text whose subheads are set in a style
    the article's before them are not (`_styled_apart`). Head lines in a row (a kicker and
    its title both read as subheads) are weighed together, by the text after the last of them, and the first
    opens the article."""
    opens = {line for before, d in zip(drafts, drafts[1:]) if not d.fields and d.byline is not None and d.blocks
             and (line := _head_above(before.blocks)) is not None}

    # (a plain line between two sets of marked subheads of no style in common is weighed however sure the line
    # model is of it: each set is an article's, `_styled_apart`)
    between = {b.lines[0] for d in drafts for i, b in enumerate(d.blocks)
               if b.type == "heading" and _between_styles(d.blocks[:i], b.text, d.blocks[i + 1 :])}

    def doubtful(b: Block) -> bool:
        return b.type == "heading" and (sure[b.lines[0]] < UNSURE and b.text[0] not in MARKS + "【（("
                                        or b.lines[0] in between)

    if not any(doubtful(b) for d in drafts for b in d.blocks):
        return opens
    vector = _weigher(drafts)
    for d in drafts:
        start = 0  # the article's text before a subhead starts after the last line found to open one
        for i, b in enumerate(d.blocks):
            if not doubtful(b) or i and d.blocks[i - 1].type == "heading":
                continue
            before = d.blocks[start:i]
            head = "" if start else "\n".join(d.fields.values())
            group = list(itertools.takewhile(lambda x: x.type == "heading", d.blocks[i:]))
            rest = d.blocks[i + len(group) :]
            # the section under the head lines, or all the text after them where that is too short to weigh (a short
            # introduction over the first of its own subheads: 三位…的故事 / 他们扎根基层… / 王秀兰：…)
            after = _section(rest) if len(han_only(_section(rest))) >= LONG else "\n".join(b.text for b in rest)
            body = sum(len(han_only(x.text)) for x in before if x.type == "paragraph")
            if body >= LONG and (any(_column_tag(x.text) for x in group) or _lead_below(group[0].text, after)
                                 or _styled_apart(before, group[0].text, rest) or len(han_only(after)) >= LONG
                                 and not _styled_alike(before, group[0].text)
                                 and _unrelated(vector, "\n".join([head, *(x.text for x in before)]), after, rest)):
                opens.add(b.lines[0])
                start = i
    return opens


def _unrelated(vector: Callable[[str], dict[str, float]], above: str, section: str, rest: list[Block]) -> bool:
    """The section under a head line shares almost nothing with the text above it (`APART`), nor does all the text
    after the line (`RETURNS`)."""
    weighed = vector(above)
    return (cosine(vector(section), weighed) < APART
            and cosine(vector("\n".join(b.text for b in rest)), weighed) < RETURNS)


def _lead_below(text: str, below: str) -> bool:
    """The line is a place's whole name (`lines.place_line`) that the text below names again: a kicker over its
    lead (6 of the 26 labelled kickers are places, each named in its lead; none of the 94 subheads is a place).
    An article opens there, however much its words share with the one before (two reports of rural
    cooperatives, one after the other)."""
    return place_line(text) and han_only(text) in han_only(below)[:LEAD]


def _column_tag(text: str) -> bool:
    """The line ends on a column's tag in brackets (`…（走进乡村）`): 17 of the 52 labelled titles do, 1 of the
    94 subheads, a box of a reporter's notes (`…（记者手记）`), which is printed inside the article it goes with."""
    return COLUMN_TAG.search(text) is not None and not companion(text)


def _head_above(blocks: list[Block]) -> int | None:
    """The first line of the head lines the blocks end on, read as subheads or as a short line of body text
    holding no mark of a clause or sentence (a title: `田间地头机器忙`), if they end on any."""
    heads = list(itertools.takewhile(lambda b: b.type == "heading", reversed(blocks)))
    if heads:
        return heads[-1].lines[0]
    last = blocks[-1] if blocks else None
    if (last is not None and len(last.lines) == 1 and len(han_only(last.text)) <= LONGEST["title"]
            and not any(c in CLAUSE_END for c in last.text)):
        return last.lines[0]
    return None


def _section(blocks: list[Block]) -> str:
    """The text of the blocks up to the first subhead among them."""
    return "\n".join(b.text for b in itertools.takewhile(lambda b: b.type != "heading", blocks))


def _article(article_id: str, draft: _Draft) -> Article:
    f = draft.fields
    flags = () if "title" in f else (Flag("untitled", note="text before the first title: the page starts mid-article"),)
    blocks = draft.blocks
    if draft.dateline:  # a wire story's dateline opens its lead, as a dateline printed there does (新华社…电 初冬的…)
        if blocks and blocks[0].type == "paragraph":
            blocks = [replace(blocks[0], text=f"{draft.dateline} {blocks[0].text}"), *blocks[1:]]
        else:
            blocks = [Block("paragraph", draft.dateline, lines=draft.head_lines[:1]), *blocks]
    return Article(
        id=article_id, title=f.get("title", ""), kicker=f.get("kicker"), subtitle=f.get("subtitle"),
        byline=byline_names(draft.byline) if draft.byline else (), blocks=tuple(blocks), flags=flags,
        head_lines=tuple(draft.head_lines),
    )
