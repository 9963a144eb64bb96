"""Report: a self-contained HTML page per issue showing every correction beside a raw → cleaned diff, and an index."""

from __future__ import annotations

import bisect
import hashlib
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

from toolkit.export import head_lines
from toolkit.model import Article, Block, Collection, Correction, Flag, replace
from toolkit.outcome import Outcome, offered, outcomes, shown_verdict
from toolkit.templating import environment

Op = Literal["equal", "delete", "insert"]
ACTIONS = ("applied", "flagged", "rejected")
LOW_CONFIDENCE = 0.8


# Up to this many characters (both sides together) a diff is exact, character by character; longer
# texts are first aligned by sentence, and only the sentences that differ are diffed by character.
# difflib's matcher is quadratic in the worst case: 2,000 characters cost milliseconds, 400,000 minutes.
EXACT = 2000
MAX_DEPTH = 24
_SENTENCE = re.compile(r"[^。！？；!?;\n]*(?:[。！？；!?;\n]+[”’」』）)]*|$)")


def char_diff(a: str, b: str) -> list[tuple[Op, str]]:
    """Raw → cleaned, character by character (Chinese has no spaces to diff words by), in time linear
    in the length of the text: the common start and end first (a join changes one line break in a
    paragraph), then the rest exactly when short, by sentence first when long."""
    if a == b:
        return [("equal", a)] if a else []
    head = _common_prefix(a, b)
    tail = _common_prefix(a[head:][::-1], b[head:][::-1])
    middle_a, middle_b = a[head : len(a) - tail], b[head : len(b) - tail]
    out: list[tuple[Op, str]] = [("equal", a[:head])]
    out += _exact(middle_a, middle_b) if len(middle_a) + len(middle_b) <= EXACT else _by_sentence(middle_a, middle_b)
    out.append(("equal", a[len(a) - tail :]))
    return _merged(out)


def _exact(a: str, b: str) -> list[tuple[Op, str]]:
    out: list[tuple[Op, str]] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            out.append(("equal", a[i1:i2]))
            continue
        if i2 > i1:
            out.append(("delete", a[i1:i2]))
        if j2 > j1:
            out.append(("insert", b[j1:j2]))
    return out


def _common_prefix(a: str, b: str) -> int:
    n = min(len(a), len(b))
    if a[:n] == b[:n]:
        return n
    lo, hi = 0, n  # a[:lo] == b[:lo], a[:hi] != b[:hi]: halve in C-speed slices, not a loop per character
    while hi - lo > 1:
        mid = (lo + hi) // 2
        lo, hi = (mid, hi) if a[lo:mid] == b[lo:mid] else (lo, mid)
    return lo


def _sentences(text: str) -> list[str]:
    return [m for m in _SENTENCE.findall(text) if m]


def _by_sentence(a: str, b: str) -> list[tuple[Op, str]]:
    sa, sb = _sentences(a), _sentences(b)
    out: list[tuple[Op, str]] = []
    for tag, i1, i2, j1, j2 in _align(sa, sb):
        x, y = "".join(sa[i1:i2]), "".join(sb[j1:j2])
        if tag == "equal":
            out.append(("equal", x))
        elif len(x) + len(y) <= EXACT:
            out += _exact(x, y)
        else:  # a long stretch rewritten whole (no sentence in common): shown as removed, then added
            out += ([("delete", x)] if x else []) + ([("insert", y)] if y else [])
    return out


def _align(a: list[str], b: list[str], alo: int = 0, ahi: int | None = None, blo: int = 0,
           bhi: int | None = None, depth: int = 0) -> list[tuple[str, int, int, int, int]]:
    """Opcodes (equal/replace) aligning two lists of sentences on the sentences that occur once in
    each (patience diff). Each level of the recursion is linear and it stops at a fixed depth, so the
    whole is linear; a cleaned text keeps nearly all its sentences, so one or two levels suffice."""
    ahi = len(a) if ahi is None else ahi
    bhi = len(b) if bhi is None else bhi
    out: list[tuple[str, int, int, int, int]] = []
    start_a = alo
    while alo < ahi and blo < bhi and a[alo] == b[blo]:
        alo, blo = alo + 1, blo + 1
    if alo > start_a:
        out.append(("equal", start_a, alo, blo - (alo - start_a), blo))
    end_a, end_b = ahi, bhi
    while alo < ahi and blo < bhi and a[ahi - 1] == b[bhi - 1]:
        ahi, bhi = ahi - 1, bhi - 1
    if alo < ahi or blo < bhi:
        anchors = _anchors(a, alo, ahi, b, blo, bhi) if alo < ahi and blo < bhi and depth < MAX_DEPTH else []
        if not anchors:
            out.append(("replace", alo, ahi, blo, bhi))
        else:
            i, j = alo, blo
            for ai, bj in anchors:
                out += _align(a, b, i, ai, j, bj, depth + 1)
                out.append(("equal", ai, ai + 1, bj, bj + 1))
                i, j = ai + 1, bj + 1
            out += _align(a, b, i, ahi, j, bhi, depth + 1)
    if ahi < end_a:
        out.append(("equal", ahi, end_a, bhi, end_b))
    return out


def _anchors(a: list[str], alo: int, ahi: int, b: list[str], blo: int, bhi: int) -> list[tuple[int, int]]:
    """Sentences found exactly once on each side, in the longest run that keeps their order on both."""
    count_a = Counter(a[alo:ahi])
    count_b = Counter(b[blo:bhi])
    where_b = {b[j]: j for j in range(blo, bhi) if count_b[b[j]] == 1}
    pairs = [(i, where_b[a[i]]) for i in range(alo, ahi) if count_a[a[i]] == 1 and a[i] in where_b]
    # longest increasing subsequence of the b positions (patience sorting), O(k log k)
    tails: list[int] = []
    tail_at: list[int] = []
    back: list[int] = []
    for k, (_, j) in enumerate(pairs):
        pos = bisect.bisect_left(tails, j)
        if pos == len(tails):
            tails.append(j)
            tail_at.append(k)
        else:
            tails[pos] = j
            tail_at[pos] = k
        back.append(tail_at[pos - 1] if pos else -1)
    chain: list[tuple[int, int]] = []
    k = tail_at[-1] if tail_at else -1
    while k >= 0:
        chain.append(pairs[k])
        k = back[k]
    return chain[::-1]


def _merged(diff: list[tuple[Op, str]]) -> list[tuple[Op, str]]:
    out: list[tuple[Op, str]] = []
    for op, text in diff:
        if not text:
            continue
        if out and out[-1][0] == op:
            out[-1] = (op, out[-1][1] + text)
        else:
            out.append((op, text))
    return out


def _pieces(diff: list[tuple[Op, str]]) -> tuple[tuple[Op, str], ...]:
    """The diff with every line break a piece of its own, so the template can show a removed break."""
    out = []
    for op, text in diff:
        for i, part in enumerate(text.split("\n")):
            if i:
                out.append((op, "\n"))
            if part:
                out.append((op, part))
    return tuple(out)


def needs_decision(c: Correction) -> bool:
    return c.status == "pending" and (c.action == "flagged" or c.confidence < LOW_CONFIDENCE)


@dataclass(frozen=True)
class Note:
    correction: Correction
    urgent: bool
    kept: str | None = None  # repeat: anchor of the paragraph holding the copy that was kept
    comment: str = ""  # the editor's comment on the decision the report was made with

    @property
    def verdict(self) -> str:
        return shown_verdict(self.correction)

    @property
    def offered(self) -> tuple[str, ...]:
        return offered(self.correction)

    @property
    def outcomes(self) -> tuple[Outcome, ...]:
        return outcomes(self.correction)


@dataclass(frozen=True)
class Row:
    """Raw lines and the cleaned text made of them; blocks that share a raw line share a row."""

    anchor: str
    types: tuple[str, ...]  # head, heading, paragraph, fragment; dropped: raw lines no block kept
    lines: tuple[int, ...]
    cleaned: str
    diff: tuple[tuple[Op, str], ...] = ()
    flags: tuple[Flag, ...] = ()
    notes: tuple[Note, ...] = ()

    @property
    def span(self) -> str:
        """Raw line numbers as runs: 21–24, 27."""
        runs: list[list[int]] = []
        for x in self.lines:
            if runs and x == runs[-1][-1] + 1:
                runs[-1].append(x)
            else:
                runs.append([x])
        return ", ".join(f"{r[0]}–{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs)

    @property
    def changed(self) -> bool:
        return bool(self.notes) or any(op != "equal" for op, _ in self.diff)


@dataclass(frozen=True)
class ArticleView:
    article: Article
    rows: tuple[Row, ...]
    notes: tuple[Note, ...]  # corrections that touch no row of the article


@dataclass(frozen=True)
class FileView:
    collection: Collection
    counts: dict[str, dict[str, int]]  # kind → action → number
    pending: tuple[Correction, ...]
    articles: tuple[ArticleView, ...]
    notes: tuple[Note, ...]  # corrections of no known article


def _relocated(block: Block) -> bool:
    return any(f.kind == "relocated" for f in block.flags)


def _groups(blocks: tuple[Block, ...]) -> list[list[Block]]:
    """Consecutive blocks that share a raw line (a paragraph and the fragment split off it) go together."""
    groups: list[list[Block]] = []
    for b in blocks:
        prev = groups[-1] if groups else []
        shared = set(b.lines) & {x for p in prev for x in p.lines}
        if shared and not _relocated(b) and not _relocated(prev[0]):
            prev.append(b)
        else:
            groups.append([b])
    return groups


def _moved_out(collections: Sequence[Collection]) -> dict[str, set[int]]:
    """Host article id → raw lines of the fragments moved out of it (they show in the host as dropped)."""
    out: dict[str, set[int]] = {}
    for col in collections:
        for a in col.articles:
            for b in a.blocks:
                for f in b.flags if _relocated(b) else ():
                    if f.kind == "splice" and f.host:
                        out.setdefault(f.host, set()).update(b.lines)
    return out


def _rows(col: Collection, article: Article, moved_out: set[int]) -> list[Row]:
    """Head, blocks and dropped raw lines in page order; a row's raw text is its raw lines."""
    raw = col.source.lines

    def row(types: tuple[str, ...], lines: set[int], cleaned: str, flags: tuple[Flag, ...], moved: bool = False) -> Row:
        # a fragment moved in from another article has no raw text here: it shows as all inserted
        before = "" if moved else "\n".join(raw[x] for x in sorted(lines) if x < len(raw))
        anchor = f"{article.id}-p{len(rows)}"
        return Row(anchor, types, tuple(sorted(lines)), cleaned, _pieces(char_diff(before, cleaned)), flags)

    groups = _groups(article.blocks)
    own = set(article.head_lines) | {x for g in groups if not _relocated(g[0]) for b in g for x in b.lines}
    span = own | moved_out
    dropped = [x for x in range(min(span, default=0), max(span, default=-1) + 1) if x not in own and x < len(raw)]
    rows: list[Row] = []
    if article.head_lines:
        rows.append(row(("head",), set(article.head_lines), "\n".join(head_lines(article)), article.flags))
    for g in groups:
        lines = {x for b in g for x in b.lines}
        moved = _relocated(g[0])
        while dropped and not moved and dropped[0] < min(lines, default=0):
            rows.append(row(("dropped",), {dropped.pop(0)}, "", ()))
        flags = tuple(f for b in g for f in b.flags)
        rows.append(row(tuple(b.type for b in g), lines, "\n".join(b.text for b in g), flags, moved))
    for x in dropped:
        rows.append(row(("dropped",), {x}, "", ()))
    return rows


def _place(col: Collection, rows: dict[str, list[Row]]) -> dict[str, list[Correction]]:
    """Row anchor (or article id, or "" for the file) → the corrections shown there, each exactly once:
    on the first row of its own article that shares a raw line with it, else on the first such row of
    another article (a splice shown where it was found)."""
    order = [(aid, r) for aid, rs in rows.items() for r in rs]
    by_line: dict[int, list[int]] = {}
    for k, (_, r) in enumerate(order):
        for x in r.lines:
            by_line.setdefault(x, []).append(k)
    placed: dict[str, list[Correction]] = {}
    for c in col.corrections:
        touching = {k for x in set(c.lines) for k in by_line.get(x, ())}
        if touching:
            key = order[min(touching, key=lambda k: (order[k][0] != c.article, k))][1].anchor
        else:
            key = c.article if c.article in rows else ""
        placed.setdefault(key, []).append(c)
    return placed


def _kept_anchor(kept: str | None, rows: list[Row]) -> str | None:
    first = (kept or "").strip().split("\n")[0]
    return next((r.anchor for r in rows if first in r.cleaned), None) if first else None


def _file_view(col: Collection, rows: dict[str, list[Row]], all_rows: list[Row], comments: Mapping[str, str]) -> FileView:
    placed = _place(col, rows)

    def notes(key: str, near: list[Row]) -> tuple[Note, ...]:
        return tuple(
            Note(c, needs_decision(c), _kept_anchor(c.kept, near + all_rows) if c.kind == "repeat" else None,
                 comments.get(c.id, "") if c.status != "pending" else "")
            for c in placed.get(key, [])
        )

    articles = []
    for a in col.articles:
        rs = tuple(replace(r, notes=notes(r.anchor, rows[a.id])) for r in rows[a.id])
        articles.append(ArticleView(a, rs, notes(a.id, rows[a.id])))
    counts: dict[str, dict[str, int]] = {}
    for (kind, action), n in sorted(Counter((c.kind, c.action) for c in col.corrections).items()):
        counts.setdefault(kind, {})[action] = n
    pending = tuple(c for c in col.corrections if needs_decision(c))
    return FileView(col, counts, pending, tuple(articles), notes("", []))


def run_key(collections: Sequence[Collection], title: str = "") -> str:
    """What the page keeps an editor's unsaved decisions under: the issue and the raw pages it was
    cleaned from, so a re-clean with decisions keeps the key and another issue or a changed page does not."""
    digest = hashlib.sha256(title.encode("utf-8"))
    for col in collections:
        digest.update(b"\0" + (col.name or col.source.path).encode("utf-8") + b"\0" + col.source.sha256.encode())
    return digest.hexdigest()[:16]


def render_report(collections: Sequence[Collection], title: str = "", comments: Mapping[str, str] | None = None) -> str:
    """One issue (or run) as one HTML page: summary and decisions first, then each article's diff.
    `comments` are the editor's comments on the decisions the collections were cleaned with."""
    moved_out = _moved_out(collections)
    rows = [{a.id: _rows(col, a, moved_out.get(a.id, set())) for a in col.articles} for col in collections]
    every = [r for by_article in rows for rs in by_article.values() for r in rs]
    files = [_file_view(col, by_article, every, comments or {}) for col, by_article in zip(collections, rows)]
    corrections = [c for col in collections for c in col.corrections]
    titles = {a.id: a.title or a.id for col in collections for a in col.articles}
    return environment().get_template("report.html").render(
        files=files,
        title=title,
        titles=titles,
        articles=sum(len(col.articles) for col in collections),
        kinds=sorted({c.kind for c in corrections}),
        change=lambda a, b: _pieces(char_diff(a, b)),
        actions=ACTIONS,
        total=len(corrections),
        run=run_key(collections, title),
        pending=sum(1 for c in corrections if c.status == "pending"),
        urgent=sum(1 for c in corrections if needs_decision(c)),
    )


@dataclass(frozen=True)
class IssueEntry:
    """One line of an archive's index: an issue, what its cleaning found, and where its report is."""

    key: str  # the issue's folder in the archive ("" for the top folder)
    report: str  # its report, relative to the index
    pages: int
    articles: int
    counts: dict[str, dict[str, int]]  # kind → action → number
    awaiting: int  # flagged or low-confidence items nobody has decided


def issue_entry(key: str, report: str, collections: Sequence[Collection]) -> IssueEntry:
    counts: dict[str, dict[str, int]] = {}
    corrections = [c for col in collections for c in col.corrections]
    for (kind, action), n in sorted(Counter((c.kind, c.action) for c in corrections).items()):
        counts.setdefault(kind, {})[action] = n
    return IssueEntry(key, report, len(collections), sum(len(col.articles) for col in collections), counts,
                      sum(1 for c in corrections if needs_decision(c)))


def render_index(entries: Sequence[IssueEntry]) -> str:
    """The archive's front page: each issue with its counts, linking to its report."""
    entries = sorted(entries, key=lambda e: e.key)
    kinds = sorted({k for e in entries for k in e.counts})
    totals = {k: sum(sum(e.counts.get(k, {}).values()) for e in entries) for k in kinds}
    return environment().get_template("index.html").render(
        entries=entries, kinds=kinds, totals=totals, actions=ACTIONS,
        pages=sum(e.pages for e in entries), articles=sum(e.articles for e in entries),
        awaiting=sum(e.awaiting for e in entries),
    )
