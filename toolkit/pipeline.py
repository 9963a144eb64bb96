"""Pipeline: raw page → structured collection → the ordered repair passes → cleaned collection."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from toolkit.errors import ToolkitError
from toolkit.ingest import read_source
from toolkit.model import Collection, Correction, Source, replace
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
    sources: Sequence[Source], decisions: Decisions | None = None, progress: Progress | None = None
) -> tuple[Collection, ...]:
    """Clean the pages of one run together (a splice's home may be on another page of the run).
    `progress`, if given, is told the name of each stage as it starts (the caller shows it)."""
    decisions = decisions or Decisions()
    tell = progress or (lambda _: None)
    tell("split_articles")
    collections = tuple(split_articles(s, name) for s, name in zip(sources, _names(sources)))
    for repair in PASSES:
        tell(repair.__name__)
        collections, corrections = repair(collections, decisions)
        collections = _attach(collections, corrections)
    return collections


def _names(sources: Sequence[Source]) -> list[str]:
    """File stems, numbered from the second on when inputs from different folders share one
    (a/page01.txt, b/page01.txt → page01, page01-2), so article ids and output files stay apart."""
    names: list[str] = []
    for s in sources:
        stem = name = Path(s.path).stem
        n = 1
        while name in names:
            n += 1
            name = f"{stem}-{n}"
        names.append(name)
    return names


def _attach(collections: tuple[Collection, ...], corrections: list[Correction]) -> tuple[Collection, ...]:
    out = []
    for col in collections:
        ids = {a.id for a in col.articles}
        mine = tuple(c for c in corrections if c.article in ids)
        out.append(replace(col, corrections=col.corrections + mine) if mine else col)
    return tuple(out)


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


def input_files(inputs: Sequence[Path]) -> list[Path]:
    """Files named on the command line, and the text files inside named folders, in order."""
    files: list[Path] = []
    for item in inputs:
        if item.is_dir():
            files.extend(sorted(p for p in item.iterdir() if p.is_file() and p.suffix.lower() in (".txt", ".text")))
        elif item.exists():
            files.append(item)
        else:
            raise ToolkitError(f"{item}: no such file or folder")
    if not files:
        raise ToolkitError("no input files (expected .txt files or folders holding them)")
    seen: set[Path] = set()
    unique = []
    for f in files:  # a file named twice (a folder and a file in it) is read once
        if f.resolve() not in seen:
            seen.add(f.resolve())
            unique.append(f)
    return unique

