"""Jobs: an archive cleaned unit by unit (an issue, usually) in worker processes, each unit written as soon as it is done."""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path

from toolkit import files, manifest
from toolkit.archive import Scope, Unit, find_issues, units
from toolkit.archive import INDEX, issue_folder
from toolkit.errors import InputError, ToolkitError
from toolkit.report import IssueEntry, needs_decision
from toolkit.review import Decisions

# Items awaiting a decision that a unit reports back in full (the rest are counted): the CLI lists a
# few, the index and the reports hold them all.
AWAITING_SHOWN = 20


@dataclass(frozen=True)
class Awaiting:
    id: str
    kind: str
    article: str
    reason: str


@dataclass(frozen=True)
class UnitResult:
    """What a unit's worker sends back: small, whatever the size of the unit's pages."""

    issues: tuple[str, ...]
    pages: int
    chars: int  # characters of the raw pages (after decoding)
    skipped: bool = False  # unchanged since the last run: nothing cleaned or written
    errors: tuple[str, ...] = ()
    entries: tuple[IssueEntry, ...] = ()
    decided: tuple[str, ...] = ()  # ids of the decisions file that this unit's corrections have
    awaiting: tuple[Awaiting, ...] = ()
    written: int = 0
    relaid: int = 0  # pages whose layout for print ingest undid (columns, wrapped lines, letter-spacing)


@dataclass
class ArchiveResult:
    """The run, summed up as units finish (the parent keeps no page text, so memory does not grow with the archive)."""

    cleaned: int = 0
    skipped: int = 0
    pages: int = 0
    written: int = 0
    relaid: int = 0
    errors: list[str] = field(default_factory=list)
    entries: list[IssueEntry] = field(default_factory=list)
    decided: set[str] = field(default_factory=set)
    awaiting: list[Awaiting] = field(default_factory=list)
    index: Path | None = None

    def add(self, r: UnitResult) -> None:
        self.cleaned += bool(r.entries) and not r.skipped
        self.skipped += r.skipped
        self.pages += r.pages
        self.written += r.written
        self.relaid += r.relaid
        self.errors.extend(r.errors)
        self.entries.extend(r.entries)
        self.decided.update(r.decided)
        self.awaiting.extend(r.awaiting[: max(0, AWAITING_SHOWN - len(self.awaiting))])

    @property
    def articles(self) -> int:
        return sum(e.articles for e in self.entries)

    @property
    def counts(self) -> Counter[tuple[str, str]]:
        out: Counter[tuple[str, str]] = Counter()
        for e in self.entries:
            for kind, by in e.counts.items():
                for action, n in by.items():
                    out[kind, action] += n
        return out

    @property
    def pending(self) -> int:
        return sum(e.awaiting for e in self.entries)

    def unknown_decisions(self, decisions: Decisions) -> list[str]:
        """Ids in the decisions file that no correction of this run has (a typo, or text that changed)."""
        return sorted(set(decisions.by_id) - self.decided)


Progress = Callable[[UnitResult], None]


def plan(inputs: Sequence[Path], out: Path, scope: Scope = "issue") -> tuple[Unit, ...]:
    """The units of work for these inputs (the output folder, if inside them, is not read)."""
    return units(find_issues(inputs, exclude=[out]), scope)


def clean_archive(
    work: Sequence[Unit],
    out: Path,
    decisions: Decisions | None = None,
    *,
    jobs: int = 1,
    force: bool = False,
    progress: Progress | None = None,
    debug: bool = False,
) -> ArchiveResult:
    """Clean every unit whose outputs are out of date and write them; then the index of all issues.

    Units are independent (each is cleaned as its own run), so the outputs are the same bytes whatever
    `jobs` is and in whatever order workers finish. A unit is skipped when its manifest records say its
    outputs came from the same inputs, verdicts, scope and toolkit (unless `force`). An unexpected
    error in a unit is that unit's error (a bug, said to be one) and the others go on; with `debug`
    it stops the run, traceback and all."""
    decisions = decisions or Decisions()
    tell = progress or (lambda _: None)
    result = ArchiveResult()
    todo: list[Unit] = []
    for unit in work:
        done = None if force else _unchanged(unit, out, decisions)
        if done is not None:
            result.add(done)
            tell(done)
        else:
            todo.append(unit)
    for r in _run(todo, out, decisions, jobs, debug):
        result.add(r)
        tell(r)
    result.index = _write_index(out, result.entries)
    return result


def _hashes(unit: Unit) -> dict[str, list[str]]:
    """Page name → [path, sha256 of its bytes]; an unreadable page gets no hash (its unit is cleaned, and fails there)."""
    out: dict[str, list[str]] = {}
    for page in unit.pages:
        try:
            out[page.name] = [str(page.path), manifest.page_hash(page.path.read_bytes())]
        except OSError:
            out[page.name] = [str(page.path), ""]
    return out


def _unchanged(unit: Unit, out: Path, decisions: Decisions) -> UnitResult | None:
    inputs = _hashes(unit)
    if any(not digest for _, digest in inputs.values()):
        return None
    verdicts = {cid: d.verdict for cid, d in decisions.by_id.items()}
    comments = _comments(decisions)
    entries, decided, awaiting = [], [], []
    for issue in unit.issues:
        folder = issue_folder(out, issue.key)
        files.sweep(folder)  # a killed run may have left a temporary file beside outputs that stand
        record = manifest.read(folder)
        if not manifest.current(record, folder, scope=unit.scope, inputs=inputs, verdicts=verdicts, comments=comments,
                                decisions=_decisions_file(decisions)):
            return None
        entries.append(IssueEntry(**record.entry))
        decided.extend(cid for cid in record.ids if cid in verdicts)
        awaiting.extend(Awaiting(*item) for item in record.awaiting)
    return UnitResult(
        issues=tuple(i.key for i in unit.issues), pages=len(unit.pages), chars=0, skipped=True,
        entries=tuple(entries), decided=tuple(decided), awaiting=tuple(awaiting[:AWAITING_SHOWN]),
    )


def _run(todo: list[Unit], out: Path, decisions: Decisions, jobs: int, debug: bool) -> Iterator[UnitResult]:
    if not todo:
        return
    jobs = max(1, min(jobs, len(todo)))
    if jobs == 1:
        for unit in todo:
            yield clean_unit(unit, out, decisions, debug)
        return
    _warm_up()  # load the lexicon and line model once, before the workers fork and share them
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    pending = iter(todo)
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_worker_started, initargs=(os.getpid(),)) as pool:
        inflight: set[Future[UnitResult]] = set()

        def refill() -> None:
            # a few units queued per worker, not the whole archive: memory stays that of a few issues
            for unit in pending:
                inflight.add(pool.submit(clean_unit, unit, out, decisions, debug))
                if len(inflight) >= 2 * jobs:
                    break

        try:
            refill()
            while inflight:
                finished, _ = wait(inflight, return_when=FIRST_COMPLETED)
                for future in finished:
                    inflight.discard(future)
                    yield future.result()
                refill()
        except BaseException:
            # Ctrl-C or a failed unit: queued units are dropped; those being written finish (workers
            # ignore SIGINT), so no output is left half-written and the next run resumes from here
            for future in inflight:
                future.cancel()
            raise


def _warm_up() -> None:
    """Load what every unit needs (lexicon, models, the report's template) in the parent, before it forks."""
    from toolkit.model import Source
    from toolkit.pipeline import clean_sources
    from toolkit.templating import environment

    clean_sources([Source(path="warm-up.txt", sha256="", encoding="utf-8", lines=("社区治理", "近年来，社区治理成效显著。"))])
    environment().get_template("report.html")


def _worker_started(parent: int) -> None:
    # The parent decides what an interrupt means (finish the units in hand, then stop).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with(parent)


def _die_with(parent: int) -> None:
    """Linux: a worker is killed when the run that started it is (kill -9 leaves no orphan working on)."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)


def clean_unit(unit: Unit, out: Path, decisions: Decisions, debug: bool = False) -> UnitResult:
    """Read, clean and write one unit; the manifest records go last, once every output is in place."""
    try:
        return _clean_unit(unit, out, decisions)
    except ToolkitError:
        raise  # an output that cannot be written: the same for every unit, the run stops
    except Exception as exc:
        if debug:
            raise
        where = ", ".join(i.key or "." for i in unit.issues)
        problem = " ".join(f"{type(exc).__name__}: {exc}".split())[:300]
        return UnitResult(issues=tuple(i.key for i in unit.issues), pages=len(unit.pages), chars=0,
                          errors=(f"{where}: internal error while cleaning this issue ({problem}); a bug in toolkit, "
                                  "please report it (`toolkit --debug clean …` shows the traceback)",))


def _clean_unit(unit: Unit, out: Path, decisions: Decisions) -> UnitResult:
    from toolkit.ingest import read_source
    from toolkit.pipeline import clean_sources
    from toolkit.writeout import render_issue, write_issue

    keys = tuple(i.key for i in unit.issues)
    comments = _comments(decisions)
    sources, errors, inputs = {}, [], {}
    for page in unit.pages:
        try:
            source = read_source(page.path)
        except InputError as exc:
            errors.append(str(exc))
            inputs[page.name] = [str(page.path), ""]
            continue
        sources[page.name] = source
        inputs[page.name] = [str(page.path), source.sha256]
    chars = sum(len(line) for s in sources.values() for line in s.lines)
    if not sources:  # nothing readable: the previous outputs stay as they were
        return UnitResult(issues=keys, pages=len(unit.pages), chars=0, errors=tuple(errors))
    collections = []
    for group in unit.groups:
        present = [p for p in group if p.name in sources]
        if present:
            collections.extend(clean_sources([sources[p.name] for p in present], decisions, names=[p.name for p in present]))
    by_issue = {key: [c for c in collections if _issue_of(c.name) == key] for key in keys}
    entries, written, decided, awaiting = [], 0, [], []
    records = []
    for issue in unit.issues:
        cols = by_issue[issue.key]
        if not cols:
            continue
        rendered, entry = render_issue(cols, out, issue.key, comments)
        folder = issue_folder(out, issue.key)
        previous = manifest.read(folder)
        written += len(write_issue(rendered))
        if issue.whole:  # files named one by one leave the outputs of the folder's other pages alone
            _remove_stale(folder, previous, rendered)
        entries.append(entry)
        corrections = [c for col in cols for c in col.corrections]
        decided.extend(c.id for c in corrections if c.id in decisions.by_id)
        mine = [Awaiting(c.id, c.kind, c.article, c.reason) for c in corrections if needs_decision(c)][:AWAITING_SHOWN]
        awaiting.extend(mine)
        records.append((folder, manifest.Record(
            toolkit=manifest.fingerprint(), scope=unit.scope, inputs=inputs,
            verdicts={c.id: decisions.by_id[c.id].verdict for c in corrections if c.id in decisions.by_id},
            comments={c.id: comments[c.id] for c in corrections if c.id in comments},
            decisions=_decisions_file(decisions),
            ids=sorted(c.id for c in corrections),
            outputs=sorted(p.relative_to(folder).as_posix() for p in rendered),
            entry=_entry_json(entry),
            awaiting=[[a.id, a.kind, a.article, a.reason] for a in mine],
        )))
    if not errors:  # a page that failed is tried again next run (and its error shown again)
        for folder, record in records:
            manifest.write(folder, record)
            written += 1
    return UnitResult(
        issues=keys, pages=len(unit.pages), chars=chars, errors=tuple(errors), entries=tuple(entries),
        decided=tuple(decided), awaiting=tuple(awaiting[:AWAITING_SHOWN]), written=written,
        relaid=sum(s.relaid for s in sources.values()),
    )


def _decisions_file(decisions: Decisions) -> str:
    return os.path.abspath(decisions.path) if decisions.path else ""


def _comments(decisions: Decisions) -> dict[str, str]:
    """The editor's comments by id: the reports show them beside the decisions, so a changed one is a change."""
    return {cid: d.comment for cid, d in decisions.by_id.items() if d.comment}


def _issue_of(name: str) -> str:
    return name.rpartition("/")[0]


def _entry_json(entry: IssueEntry) -> dict:
    return {"key": entry.key, "report": entry.report, "pages": entry.pages, "articles": entry.articles,
            "counts": entry.counts, "awaiting": entry.awaiting}


def _remove_stale(folder: Path, previous: manifest.Record | None, rendered: dict[Path, bytes]) -> None:
    """Outputs of pages that are no longer in the issue (renamed or removed since the last run)."""
    if previous is None:
        return
    now = {p.relative_to(folder).as_posix() for p in rendered}
    for name in set(previous.outputs) - now:
        path = folder / name
        if path.resolve().is_relative_to(folder.resolve()):
            path.unlink(missing_ok=True)


def _write_index(out: Path, entries: Sequence[IssueEntry]) -> Path | None:
    """The index of every issue of the run, rewritten only when a line of it changed (a re-run of an
    unchanged archive then writes nothing at all)."""
    if not entries:
        return None
    files.sweep(out)  # what a killed run left beside the index
    path = out / INDEX
    # second line, after the doctype (a comment before it would put browsers in quirks mode)
    stamp = f"<!-- toolkit index {manifest.fingerprint()} {_entries_digest(entries)} -->\n"
    try:
        with path.open(encoding="utf-8") as old:
            if old.readline() and old.readline() == stamp:
                return path
    except (OSError, UnicodeDecodeError):
        pass
    from toolkit.report import render_index

    doctype, _, rest = render_index(entries).partition("\n")
    files.write_text(path, f"{doctype}\n{stamp}{rest}", durable=False)
    return path


def _entries_digest(entries: Sequence[IssueEntry]) -> str:
    import hashlib
    import json

    data = json.dumps(sorted((_entry_json(e) for e in entries), key=lambda e: e["key"]), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(data.encode()).hexdigest()[:16]

