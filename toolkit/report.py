"""Report: one self-contained HTML page showing every correction of a run beside a raw → cleaned diff."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path
from typing import Literal

from toolkit.errors import ToolkitError
from toolkit.export import head_lines
from toolkit.model import Article, Block, Collection, Correction, Flag, replace
from toolkit.templating import environment

Op = Literal["equal", "delete", "insert"]
ACTIONS = ("applied", "flagged", "rejected")
LOW_CONFIDENCE = 0.8


def char_diff(a: str, b: str) -> list[tuple[Op, str]]:
    """Raw → cleaned, character by character (Chinese has no spaces to diff words by)."""
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
    """Row anchor (or article id, or "" for the file) → the corrections shown there, each exactly once."""
    placed: dict[str, list[Correction]] = {}
    for c in col.corrections:
        own = rows.get(c.article, [])
        others = [r for aid, rs in rows.items() if aid != c.article for r in rs]
        row = next((r for r in own + others if set(r.lines) & set(c.lines)), None)
        key = row.anchor if row else (c.article if c.article in rows else "")
        placed.setdefault(key, []).append(c)
    return placed


def _kept_anchor(kept: str | None, rows: list[Row]) -> str | None:
    first = (kept or "").strip().split("\n")[0]
    return next((r.anchor for r in rows if first in r.cleaned), None) if first else None


def _file_view(col: Collection, rows: dict[str, list[Row]], all_rows: list[Row]) -> FileView:
    placed = _place(col, rows)

    def notes(key: str, near: list[Row]) -> tuple[Note, ...]:
        return tuple(
            Note(c, needs_decision(c), _kept_anchor(c.kept, near + all_rows) if c.kind == "repeat" else None)
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


def render_report(collections: Sequence[Collection]) -> str:
    """The whole run as one HTML page: summary and decisions first, then each article's diff."""
    moved_out = _moved_out(collections)
    rows = [{a.id: _rows(col, a, moved_out.get(a.id, set())) for a in col.articles} for col in collections]
    every = [r for by_article in rows for rs in by_article.values() for r in rs]
    files = [_file_view(col, by_article, every) for col, by_article in zip(collections, rows)]
    corrections = [c for col in collections for c in col.corrections]
    titles = {a.id: a.title or a.id for col in collections for a in col.articles}
    return environment().get_template("report.html").render(
        files=files,
        titles=titles,
        articles=sum(len(col.articles) for col in collections),
        kinds=sorted({c.kind for c in corrections}),
        change=lambda a, b: _pieces(char_diff(a, b)),
        actions=ACTIONS,
        total=len(corrections),
    )


def write_report(collections: Sequence[Collection], path: Path) -> Path:
    try:
        path.write_text(render_report(collections), encoding="utf-8")
    except OSError as exc:
        raise ToolkitError(f"{path}: cannot write the report ({exc.strerror})") from exc
    return path
