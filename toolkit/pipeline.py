"""Pipeline: raw page → structured collection → the ordered repair passes → cleaned collection."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from toolkit.model import Collection, Correction, Source, correction_id, replace
from toolkit.passes.breaks import join_broken_paragraphs
from toolkit.passes.common import decided
from toolkit.passes.jumps import join_jumps
from toolkit.passes.repeats import drop_repeats
from toolkit.passes.splices import flag_splices
from toolkit.passes.stutters import fix_stutters
from toolkit.passes.truncation import flag_truncations
from toolkit.review import Decisions
from toolkit.ingest import furniture_lines
from toolkit.structure import split_articles

Pass = Callable[[tuple[Collection, ...], Decisions], tuple[tuple[Collection, ...], list[Correction]]]

# Order matters: an article jumped to another page is joined first, so that every pass reads it whole; repeats
# are judged on the page's own paragraph segmentation (to keep the finer one), and again after joins (a copy cut
# by a column break only matches once joined); splices on joined paragraphs; truncations once the spliced text
# is out of its host.
PASSES: tuple[Pass, ...] = (
    join_jumps,
    drop_repeats,
    join_broken_paragraphs,
    drop_repeats,
    fix_stutters,
    flag_splices,
    flag_truncations,
)


Progress = Callable[[str], None]


def clean_sources(
    sources: Sequence[Source],
    decisions: Decisions | None = None,
    progress: Progress | None = None,
    names: Sequence[str] | None = None,
) -> tuple[Collection, ...]:
    """Clean the pages of one run together (a splice's home may be on another page of the run).
    `names` name the collections (their place in the archive, e.g. `2024/06-01/page01`; default: the
    file stems). `progress`, if given, is told the name of each stage as it starts (the caller shows it)."""
    decisions = decisions or Decisions()
    if progress:
        progress("split_articles")
    names = list(names) if names is not None else _names(sources)
    left_out = [_furniture(s, name, decisions) for s, name in zip(sources, names)]
    collections = tuple(split_articles(s, name, frozenset(c.lines[0] for c in found if c.action == "applied"))
                        for s, name, found in zip(sources, names, left_out))
    collections = run_passes(collections, decisions, PASSES, progress)
    return tuple(_unprintable(_owned(col, found)) for col, found in zip(collections, left_out))


def run_passes(collections: tuple[Collection, ...], decisions: Decisions, passes: Sequence[Pass] = PASSES,
               progress: Progress | None = None) -> tuple[Collection, ...]:
    """The repair passes in order, each one's corrections attached to the collections it changed."""
    for repair in passes:
        if progress:
            progress(repair.__name__)
        collections, corrections = repair(collections, decisions)
        collections = _attach(collections, corrections)
    return collections


def _names(sources: Sequence[Source]) -> list[str]:
    """File stems, numbered from the second on when inputs from different folders share one
    (a/page01.txt, b/page01.txt → page01, page01-2), so article ids and output files stay apart."""
    names: list[str] = []
    taken: set[str] = set()
    for s in sources:
        stem = name = Path(s.path).stem
        n = 1
        while name in taken:
            n += 1
            name = f"{stem}-{n}"
        names.append(name)
        taken.add(name)
    return names


def _attach(collections: tuple[Collection, ...], corrections: list[Correction]) -> tuple[Collection, ...]:
    home = {a.id: i for i, col in enumerate(collections) for a in col.articles}
    mine: dict[int, list[Correction]] = {}
    for c in corrections:
        if c.article in home:
            mine.setdefault(home[c.article], []).append(c)
    return tuple(
        replace(col, corrections=col.corrections + tuple(mine[i])) if i in mine else col
        for i, col in enumerate(collections)
    )


def _furniture(source: Source, name: str, decisions: Decisions) -> list[Correction]:
    """A correction for each line of page furniture (a running head, a folio): left out of the articles,
    unless an editor rejected that (the line then stays where it stood, and is read as any other). A page
    of nothing else keeps its lines: there is no article to leave them out of."""
    found = {no: source.lines[no] for no in furniture_lines(source.lines)}
    if len(found) == len(source.lines):
        return []
    return [decided(Correction(
        id=correction_id("furniture", name, text, lines=(no,)),
        kind="furniture",
        action="applied",
        article="",
        before=text,
        after="",
        reason="a page's running head or folio (page number, date and weekday, or editor's credit), not article text",
        confidence=0.9,
        lines=(no,),
    ), decisions) for no, text in found.items()]


def _owner(col: Collection) -> Callable[[int], str]:
    """Line number → the article holding that line, or the nearest line before it (else the first article)."""
    owner = {ln: a.id for a in col.articles for ln in (*a.head_lines, *(x for b in a.blocks for x in b.lines))}
    first = col.articles[0].id
    return lambda line: next((owner[ln] for ln in range(line, -1, -1) if ln in owner), first)


def _owned(col: Collection, found: list[Correction]) -> Collection:
    """The furniture corrections, each given to the article of the nearest line before its own (or the first)."""
    if not found or not col.articles:
        return col
    owner = _owner(col)
    return replace(col, corrections=col.corrections + tuple(replace(c, article=owner(c.lines[0])) for c in found))


def _unprintable(col: Collection) -> Collection:
    """A correction for each line from which ingest dropped characters no XML can hold (a control
    character of the extraction, U+FFFF): the text never had them, the record says they were there."""
    if not col.source.removed or not col.articles:
        return col
    owner = _owner(col)
    found = []
    for line, chars in col.source.removed:
        article = owner(line)
        codes = ", ".join(dict.fromkeys(f"U+{ord(ch):04X}" for ch in chars))
        found.append(Correction(
            id=correction_id("control", article, chars, lines=(line,)),
            kind="control",
            action="applied",
            article=article,
            before="",
            after="",
            reason=f"{len(chars)} character(s) no text file should hold removed ({codes})",
            confidence=1.0,
            lines=(line,),
            status="accepted",
        ))
    return replace(col, corrections=col.corrections + tuple(found))
