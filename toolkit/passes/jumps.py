"""Jumps: an article that breaks off on one page of an issue (（下转第3版）) and goes on on another (（上接第1版）)
is read as the one article it is."""

from __future__ import annotations

import re

from toolkit.hanzi import JUMP_IN, JUMP_OUT, PAGE_NUMBER, ends_whole, numeral
from toolkit.ingest import furniture_lines
from toolkit.model import Article, Block, Collection, Correction, correction_id, replace
from toolkit.passes.common import decided
from toolkit.review import Decisions

# The folio in a page's running head (人民日报 2026年12月1日 星期二 第3版) …
FOLIO = re.compile(rf"第\s*({PAGE_NUMBER})\s*版")
# … or, without one, the number a page's file name ends on (page03, A3, 03)
NAMED = re.compile(r"(?<![0-9])([0-9]{1,3})$")

Jump = tuple[int, Article]  # the collection an article is in, and the article


def page_number(col: Collection) -> int | None:
    """The page the collection prints: the folio of its running head, else the number its name ends on."""
    for no in furniture_lines(col.source.lines):
        if (m := FOLIO.search(col.source.lines[no])) and (n := numeral(m.group(1))) is not None:
            return n
    m = NAMED.search(col.name.rsplit("/", 1)[-1])
    return int(m.group(1)) if m else None


def _pairs(cols: tuple[Collection, ...]) -> list[tuple[Jump, Jump]]:
    """Each article that breaks off to a page of the run, with the one article there that says it takes up the
    text of the first's page. Where two could (two articles jump from page 1 to page 3), none is paired: the
    pages do not tell which goes on where."""
    out_to: list[tuple[int, Article, int]] = []  # (collection, article, the page it goes on on)
    in_from: list[tuple[int, Article, int]] = []  # (collection, article, the page it takes up)
    for i, col in enumerate(cols):
        for a in col.articles:
            body = a.paragraphs()
            if body and (m := JUMP_OUT.search(body[-1].text)) and (to := numeral(m.group("page"))) is not None:
                out_to.append((i, a, to))
            if body and (m := JUMP_IN.match(body[0].text)) and (since := numeral(m.group("page"))) is not None:
                in_from.append((i, a, since))
    if not (out_to and in_from):
        return []  # the pages' own numbers are read only where a jump asks for them
    pages = [page_number(col) for col in cols]
    pages = [n if pages.count(n) == 1 else None for n in pages]  # two pages of one number (A1, B1): neither is known
    outs: dict[tuple[int, int], list[Jump]] = {}
    ins: dict[tuple[int, int], list[Jump]] = {}
    for i, a, to in out_to:
        if pages[i] is not None:
            outs.setdefault((pages[i], to), []).append((i, a))
    for i, a, since in in_from:
        if pages[i] is not None:
            ins.setdefault((since, pages[i]), []).append((i, a))
    return [(found[0], ins[(page, to)][0]) for (page, to), found in outs.items()
            if page != to and len(found) == 1 and len(ins.get((page, to), ())) == 1]


def _joined(start: Article, rest: Article) -> tuple[Block, ...]:
    """The start's blocks, then the rest's, without the jump lines; a paragraph the jump cut mid-sentence is one
    again (…还能遇到 / 老朋友。…)."""
    head = list(start.blocks)
    k = max(i for i, b in enumerate(head) if b.type == "paragraph")
    cut = JUMP_OUT.sub("", head[k].text).rstrip()
    head[k : k + 1] = [replace(head[k], text=cut)] if cut else []
    tail = list(rest.blocks)
    j = min(i for i, b in enumerate(tail) if b.type == "paragraph")
    taken = JUMP_IN.sub("", tail[j].text).lstrip()
    tail[j : j + 1] = [replace(tail[j], text=taken)] if taken else []
    if head and tail and head[-1].type == tail[0].type == "paragraph" and not ends_whole(head[-1].text):
        head[-1] = replace(head[-1], text=head[-1].text + tail[0].text)
        tail = tail[1:]
    return tuple(head + tail)


def join_jumps(cols: tuple[Collection, ...], decisions: Decisions) -> tuple[tuple[Collection, ...], list[Correction]]:
    """`…还能遇到（下转第3版）` on page 1 and `（上接第1版）老朋友。…` on page 3 → one article on page 1 that reads
    `…还能遇到老朋友。…`, the rest's own head (a repeated title, if any) kept in the correction only. An article
    may go on over three pages: a part already joined to the one before it is looked for there."""
    where = {a.id: k for k, col in enumerate(cols) for a in col.articles}
    absorbed: dict[str, str] = {}  # a rest joined to its start: the article that holds it now
    corrections: list[Correction] = []
    for (_, first), (_, second) in _pairs(cols):
        start_id = first.id
        while start_id in absorbed:
            start_id = absorbed[start_id]
        i, j = where[start_id], where[second.id]
        start, rest = cols[i].article(start_id), cols[j].article(second.id)
        c = decided(_correction(start, rest), decisions)
        corrections.append(c)
        if c.action != "applied":
            continue
        absorbed[rest.id] = start.id
        cols = tuple(replace(col, articles=tuple(replace(a, blocks=_joined(start, rest)) if a.id == start.id else a
                                                 for a in col.articles if a.id != rest.id)) if k in (i, j) else col
                     for k, col in enumerate(cols))
    return cols, corrections


def _jumps(start: Article, rest: Article) -> tuple[str, str]:
    return (JUMP_OUT.search(start.paragraphs()[-1].text).group(),  # type: ignore[union-attr]
            JUMP_IN.match(rest.paragraphs()[0].text).group())  # type: ignore[union-attr]


def _correction(start: Article, rest: Article) -> Correction:
    out, taken_up = _jumps(start, rest)
    head = " / ".join(x for x in (rest.kicker, rest.title, rest.subtitle) if x)
    return Correction(
        id=correction_id("jump", start.id, rest.id, out, taken_up),
        kind="jump",
        action="applied",
        article=start.id,
        before=f"{out}\n{taken_up}",
        after="",
        reason=(f"breaks off at {out} and goes on in {rest.id} from {taken_up}"
                + (f" (under the head 「{head}」)" if head else "") + ": read as one article"),
        confidence=0.95,
        lines=start.paragraphs()[-1].lines[-1:],
    )
