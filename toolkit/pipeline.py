"""Pipeline: raw page → structured collection → the ordered repair passes → cleaned collection."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from toolkit.errors import ToolkitError
from toolkit.ingest import read_source
from toolkit.model import Collection, Correction, Source, correction_id, replace
from toolkit.passes.breaks import join_broken_paragraphs
from toolkit.passes.repeats import drop_repeats
from toolkit.passes.splices import flag_splices
from toolkit.passes.stutters import fix_stutters
from toolkit.passes.truncation import flag_truncations
from toolkit.review import Decisions
from toolkit.structure import split_articles

Pass = Callable[[tuple[Collection, ...], Decisions], tuple[tuple[Collection, ...], list[Correction]]]

# Order matters: repeats are judged first on the page's own paragraph segmentation (to keep the finer
# one), and again after joins (a copy cut by a column break only matches once joined); splices on joined
# paragraphs; truncations once the spliced text is out of its host.
PASSES: tuple[Pass, ...] = (
    drop_repeats,
    join_broken_paragraphs,
    drop_repeats,
    fix_stutters,
    flag_splices,
    flag_truncations,
)


@dataclass(frozen=True)
class Run:
    """The cleaned collections of one `clean` invocation and the inputs that could not be read."""

    collections: tuple[Collection, ...] = ()
    errors: tuple[str, ...] = ()
    decisions: Decisions = field(default_factory=Decisions)

    def corrections(self) -> list[Correction]:
        return [c for col in self.collections for c in col.corrections]

    def unknown_decisions(self) -> list[str]:
        """Ids in the decisions file that no correction of this run has (a typo, or text that changed)."""
        known = {c.id for c in self.corrections()}
        return sorted(set(self.decisions.by_id) - known)

    def awaiting(self) -> list[Correction]:
        """Items an editor should decide: flags and low-confidence fixes nobody has decided yet."""
        return [c for c in self.corrections() if c.status == "pending" and (c.action == "flagged" or c.confidence < 0.8)]


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
    tell = progress or (lambda _: None)
    tell("split_articles")
    names = list(names) if names is not None else _names(sources)
    collections = tuple(split_articles(s, name) for s, name in zip(sources, names))
    for repair in PASSES:
        tell(repair.__name__)
        collections, corrections = repair(collections, decisions)
        collections = _attach(collections, corrections)
    return tuple(_unprintable(col) for col in collections)


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


def _unprintable(col: Collection) -> Collection:
    """A correction for each line from which ingest dropped characters no XML can hold (a control
    character of the extraction, U+FFFF): the text never had them, the record says they were there."""
    if not col.source.removed or not col.articles:
        return col
    owner = {ln: a.id for a in col.articles for ln in (*a.head_lines, *(x for b in a.blocks for x in b.lines))}
    found = []
    for line, chars in col.source.removed:
        article = owner.get(line, col.articles[0].id)
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


def clean_paths(paths: Sequence[Path], decisions: Decisions | None = None, progress: Progress | None = None) -> Run:
    sources, errors = [], []
    if progress:
        progress(f"reading {len(paths)} file(s)")
    for path in paths:
        try:
            sources.append(read_source(path))
        except ToolkitError as exc:
            errors.append(str(exc))
    collections = clean_sources(sources, decisions, progress)
    return Run(collections=collections, errors=tuple(errors), decisions=decisions or Decisions())
