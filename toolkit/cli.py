"""Command line: thin wrappers that parse arguments, call the library and format its results."""

from __future__ import annotations

import functools
import os
import signal
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, NoReturn, Optional

import typer

import toolkit
from toolkit import files
from toolkit.errors import InputError, ToolkitError
from toolkit.files import reason
from toolkit.model import KINDS
from toolkit.review import Decisions, check_verdicts, load_decisions

app = typer.Typer(
    help="Repair text extracted from Chinese newspaper pages and publish it as a print PDF and an EPUB.\n\n"
    "Example:  toolkit clean seeds/ && toolkit pdf && toolkit epub",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_show_locals=False,  # --debug tracebacks: a page's text in every frame is unreadable
)

BUG_REPORTS = "the toolkit's issue tracker"
_debug = False  # set by --debug (or TOOLKIT_DEBUG=1) for the command being run


@app.callback()
def main(
    debug: Annotated[bool, typer.Option("--debug", help="On an unexpected error, show the full traceback.")] = False,
) -> None:
    """Repair text extracted from Chinese newspaper pages and publish it as a print PDF and an EPUB.

    Example:  toolkit clean seeds/ && toolkit pdf && toolkit epub
    """
    global _debug
    _debug = debug or os.environ.get("TOOLKIT_DEBUG", "") not in ("", "0")


def fail(message: str, code: int = 1) -> NoReturn:
    typer.secho(f"error: {message}", err=True, fg=typer.colors.RED)
    raise typer.Exit(code)


def warn(message: str) -> None:
    typer.secho(f"warning: {message}", err=True, fg=typer.colors.YELLOW)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def guarded(command: Callable[..., None]) -> Callable[..., None]:
    """The one place where failures become messages: a toolkit error or an OS error is one line naming
    the file and the problem (exit 1); anything else is a bug, said to be one (the traceback with --debug)."""

    @functools.wraps(command)
    def run(*args: Any, **kwargs: Any) -> None:
        try:
            command(*args, **kwargs)
        except (typer.Exit, typer.Abort):
            raise
        except KeyboardInterrupt:
            fail("interrupted; every output is either the previous file or the new one (run again to finish)", 130)
        except ToolkitError as exc:
            fail(_one_line(str(exc)))
        except OSError as exc:
            where = exc.filename if exc.filename is not None else "an input or output"
            fail(f"{where}: {reason(exc)}")
        except Exception as exc:
            if _debug:
                raise
            fail(f"internal error ({type(exc).__name__}: {_one_line(str(exc))[:300]}). This is a bug in toolkit "
                 f"{toolkit.__version__}: please report it, with the command you ran, on {BUG_REPORTS} "
                 "(run again with `toolkit --debug ...` for the traceback)")

    return run


def command(fn: Callable[..., None]) -> Callable[..., None]:
    return app.command()(guarded(fn))


def _review_file(inputs: list[Path], given: Path | None) -> Path:
    """--review, or review.toml beside the inputs: read when it exists, and where `toolkit review`
    records the editor's decisions on this run (each issue's manifest names it)."""
    if given is not None:
        if not given.exists():
            raise InputError(f"{given}: no such decisions file")
        return given
    first = inputs[0]
    return (first if first.is_dir() else first.parent) / "review.toml"


def _recorded_review_file(clean_dir: Path) -> Path:
    """The decisions file the issues under `clean_dir` were cleaned with (their manifests name it)."""
    from toolkit.manifest import RECORD, decisions_files

    found = decisions_files([p.parent for p in clean_dir.rglob(RECORD)]) if clean_dir.is_dir() else set()
    if len(found) == 1:
        return Path(found.pop())
    if not found:
        raise InputError(f"{clean_dir}: no cleaned issue says which decisions file it was cleaned with; "
                         "run `toolkit clean` first, or give --review FILE")
    raise InputError(f"{clean_dir}: its issues were cleaned with different decisions files "
                     f"({', '.join(sorted(found))}); give --review FILE")


def _default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


@command
def clean(
    inputs: Annotated[Optional[list[Path]], typer.Argument(help="Text files, or folders walked for them (an archive of issue folders).")] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for the cleaned files; it mirrors the input tree.")] = Path("build/clean"),
    review: Annotated[Optional[Path], typer.Option(help="Decisions file (TOML); default: review.toml beside the inputs.")] = None,
    scope: Annotated[str, typer.Option(help="What is cleaned together: issue (the pages of a folder), page, or run (all inputs at once).")] = "issue",
    jobs: Annotated[Optional[int], typer.Option("--jobs", "-j", min=1, help="Worker processes (default: the machine's cores).")] = None,
    force: Annotated[bool, typer.Option("--force", help="Clean every issue again, even those unchanged since the last run.")] = False,
) -> None:
    """Repair extracted pages: per page the cleaned JSON, Markdown and a diff, per issue a report.html.

    Folders are walked recursively; a folder holding pages is an issue (one
    day's paper), cleaned as one run. The outputs mirror the input tree under
    --out, with an index.html of the issues. A re-run skips the issues whose
    pages, decisions and toolkit are unchanged (a manifest in --out); an
    interrupted run resumes. Decisions in review.toml are honoured.

    Example:  toolkit clean archive/ --out build/clean --jobs 2
    """
    from toolkit.archive import check_scope
    from toolkit.jobs import clean_archive, plan

    check_scope(scope)  # before any input is read
    inputs = inputs or [Path("seeds")]
    work = plan(inputs, out, scope)  # type: ignore[arg-type]
    review_path = _review_file(inputs, review)
    decisions = load_decisions(review_path, missing_ok=True)
    files.ensure_folder(out)
    files.sweep(out)
    files.writable(out / "index.html")
    pages = sum(len(u.pages) for u in work)
    issues = sum(len(u.issues) for u in work)
    typer.echo(f"cleaning {pages} file(s) in {issues} issue(s)" + (f" with decisions from {review_path}" if review_path.exists() else ""), err=True)
    with _ProgressBar(issues, pages) as bar:
        result = clean_archive(work, out, decisions, jobs=jobs or _default_jobs(), force=force, progress=bar.advance, debug=_debug)
    for error in result.errors:
        typer.secho(f"error: {_one_line(error)}", err=True, fg=typer.colors.RED)
    _summary(result, decisions, out)
    if result.errors:
        raise typer.Exit(1)


class _ProgressBar:
    """Issues and pages done, characters/s and time left, on stderr; nothing when it is not a terminal."""

    def __init__(self, issues: int, pages: int) -> None:
        self.issues, self.pages, self.done = issues, pages, 0
        self.bar: Any = None
        self.task: Any = None

    def __enter__(self) -> _ProgressBar:
        if sys.stderr.isatty() and self.issues > 1:
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            self.bar = Progress(
                TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TextColumn("pages"),
                TextColumn("{task.fields[issues]}"), TextColumn("{task.fields[rate]}"), TimeRemainingColumn(),
                console=Console(stderr=True), transient=True,
            )
            self.bar.start()
            self.task = self.bar.add_task("cleaning", total=self.pages, issues="", rate="")
            self.started = time.perf_counter()
            self.chars = 0
        return self

    def advance(self, unit: Any) -> None:
        self.done += len(unit.issues)
        if self.bar is None:
            return
        self.chars += unit.chars
        rate = self.chars / max(1e-9, time.perf_counter() - self.started)
        self.bar.update(self.task, advance=unit.pages, issues=f"{self.done}/{self.issues} issues",
                        rate=f"{rate / 1000:,.0f}k chars/s" if self.chars else "")

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()


def _summary(result: Any, decisions: Decisions, out: Path) -> None:
    typer.echo(f"{result.articles} articles in {result.pages} file(s) of {len(result.entries)} issue(s)"
               + (f"; {result.skipped} unchanged since the last run, skipped" if result.skipped else ""))
    if result.relaid:
        typer.echo(f"{result.relaid} file(s) set out for print (columns side by side, wrapped lines or letter-spacing): "
                   "read back into paragraphs first (each report's head says how)")
    for (kind, action), n in sorted(result.counts.items()):
        typer.echo(f"  {kind + ' ' + action:22s} {n}")
    for cid in result.unknown_decisions(decisions):
        warn(f"the decisions file names {cid}, which no correction of this run has")
    if result.written:
        typer.echo(f"wrote {result.written} file(s) to {out}")
    if result.index is not None:
        typer.echo(f"index of the issues: {result.index}")
    for c in result.awaiting:
        typer.echo(f"  {c.id}  {c.kind:10s} {c.article}  {c.reason}")
    if result.pending > len(result.awaiting):
        typer.echo(f"  … and {result.pending - len(result.awaiting)} more (see the reports, or toolkit review --status pending)")
    typer.echo(f"{result.pending} item(s) await an editor's decision (toolkit review)")


# --- editions ------------------------------------------------------------------------------------

EditionInputs = Annotated[
    Optional[list[Path]], typer.Argument(help="Cleaned collection JSON files or folders (default: build/clean/*.json).")
]
EditionFile = Annotated[Optional[Path], typer.Option("--edition", help="Edition metadata (TOML); default: ./edition.toml if present.")]
TitleOption = Annotated[Optional[str], typer.Option(help="Book title (overrides edition.toml).")]
SubtitleOption = Annotated[Optional[str], typer.Option(help="Subtitle.")]
EditorOption = Annotated[Optional[str], typer.Option(help="Editor or author.")]
PublisherOption = Annotated[Optional[str], typer.Option(help="Publisher.")]
DateOption = Annotated[Optional[str], typer.Option(help="Edition date, YYYY-MM-DD (default: today).")]
IdentifierOption = Annotated[Optional[str], typer.Option(help="Book identifier (default: a urn:uuid derived from the text).")]


def _book(inputs: list[Path] | None, edition_file: Path | None, **overrides: str | None) -> Any:
    from toolkit.edition import load_book, load_edition

    book = load_book(inputs, load_edition(edition_file, **overrides))
    for note in book.notes:
        warn(note)
    return book


@command
def pdf(
    inputs: EditionInputs = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="PDF file to write.")] = Path("build/edition.pdf"),
    page_size: Annotated[str, typer.Option("--page-size", help="A5, A4, A6, B5, B6, 16K, 32K, letter or WIDTHxHEIGHTmm.")] = "A5",
    flow: Annotated[bool, typer.Option("--flow/--new-page", help="Articles flow on, or each starts a new page.")] = False,
    bleed: Annotated[float, typer.Option(help="Bleed in mm for a print shop, e.g. 3.")] = 0.0,
    crop_marks: Annotated[bool, typer.Option("--crop-marks", help="Print crop and registration marks.")] = False,
    edition: EditionFile = None,
    title: TitleOption = None,
    subtitle: SubtitleOption = None,
    editor: EditorOption = None,
    publisher: PublisherOption = None,
    date: DateOption = None,
) -> None:
    """Render the cleaned collections as a print edition (PDF, A5 by default).

    Example:  toolkit pdf build/clean --out build/edition.pdf --page-size A5 --bleed 3 --crop-marks
    """
    from toolkit.pdf import render_pdf

    files.writable(out)
    book = _book(inputs, edition, title=title, subtitle=subtitle, editor=editor, publisher=publisher, date=date)
    typer.echo(f"typesetting {len(book.chapters)} chapter(s) of 《{book.edition.title}》", err=True)
    result = render_pdf(book, out, page_size=page_size, flow=flow, bleed_mm=bleed, crop_marks=crop_marks)
    typer.echo(f"wrote {result.path}: {result.pages} pages, {page_size}, {result.geometry.chars_per_line} characters a line")


@command
def epub(
    inputs: EditionInputs = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="EPUB file to write.")] = Path("build/edition.epub"),
    embed_fonts: Annotated[bool, typer.Option("--embed-fonts/--no-embed-fonts", help="Embed Noto CJK subsets of the characters used.")] = True,
    edition: EditionFile = None,
    title: TitleOption = None,
    subtitle: SubtitleOption = None,
    editor: EditorOption = None,
    publisher: PublisherOption = None,
    date: DateOption = None,
    identifier: IdentifierOption = None,
) -> None:
    """Render the cleaned collections as an ebook (EPUB 3).

    Example:  toolkit epub build/clean --out build/edition.epub --title 基层治理报摘
    """
    from toolkit.epub import render_epub

    files.writable(out)
    book = _book(inputs, edition, title=title, subtitle=subtitle, editor=editor, publisher=publisher,
                 date=date, identifier=identifier)
    typer.echo(f"packaging {len(book.chapters)} chapter(s) of 《{book.edition.title}》", err=True)
    result = render_epub(book, out, embed_fonts=embed_fonts)
    fonts = ", ".join(f"{name} {size // 1024} KiB" for name, size in result.fonts.items()) or "no fonts embedded"
    typer.echo(f"wrote {result.path}: {result.documents} documents; {fonts}")


@command
def doctor() -> None:
    """Report the fonts, HarfBuzz subsetting, library versions and Java that the editions use.

    Example:  toolkit doctor
    """
    from toolkit.doctor import diagnose

    checks = diagnose()
    for check in checks:
        mark = "ok " if check.ok else ("MISSING" if check.required else "absent (tests only)")
        typer.echo(f"{mark:8s} {check.name}: {check.detail}")
    if any(not c.ok and c.required for c in checks):
        raise typer.Exit(1)


def _short(text: str, width: int = 18) -> str:
    text = text.replace("\n", "⏎")
    return text if len(text) <= width else text[: width - 1] + "…"


@command
def review(
    clean_dir: Annotated[Path, typer.Option("--dir", help="Folder holding the cleaned JSON files (an archive's issue folders too).")] = Path("build/clean"),
    review_file: Annotated[Optional[Path], typer.Option("--review", help="Decisions file to read and write (default: the one the cleaned issues were cleaned with, review.toml beside their inputs).")] = None,
    issue: Annotated[Optional[list[str]], typer.Option(help="Only these issues (folders under --dir, e.g. 2024/06-01, or a pattern: '2024/06-*').")] = None,
    kind: Annotated[Optional[str], typer.Option(help=f"Only this kind: {', '.join(KINDS)}.")] = None,
    status: Annotated[Optional[str], typer.Option(help="Only this status: pending, accepted, rejected, applied.")] = None,
    accept: Annotated[Optional[list[str]], typer.Option(help="Accept these correction ids.")] = None,
    reject: Annotated[Optional[list[str]], typer.Option(help="Reject these ids: the next `clean` undoes them.")] = None,
    apply: Annotated[Optional[list[str]], typer.Option("--apply", help="Apply these flagged items.")] = None,
    comment: Annotated[str, typer.Option(help="Comment stored with the decisions recorded now.")] = "",
    merge: Annotated[Optional[list[Path]], typer.Option("--merge", help="Record the decisions of this file too (a review.toml downloaded from an issue's report).")] = None,
    serve: Annotated[bool, typer.Option("--serve", help="Serve the reports to decide in the browser: each decision is saved in --review, and a re-clean button cleans again.")] = False,
    port: Annotated[int, typer.Option(min=0, max=65535, help="--serve: the port (0: any free one).")] = 8765,
    bind: Annotated[str, typer.Option(help="--serve: the address to listen on; only loopback unless --allow-remote.")] = "127.0.0.1",
    allow_remote: Annotated[bool, typer.Option("--allow-remote", help="--serve: allow an address other machines reach (they could change the decisions and run the cleaner).")] = False,
    inputs: Annotated[Optional[list[Path]], typer.Option("--input", help="--serve: what a re-clean cleans (default: the folder of --review).")] = None,
    scope: Annotated[str, typer.Option(help="--serve: the scope a re-clean cleans with, as for `toolkit clean`.")] = "issue",
) -> None:
    """List the cleaner's corrections (across an archive's issues), or record decisions on them in the decisions file.

    Example:  toolkit review --kind repeat --issue 2024/06-01
              toolkit review --reject repeat-1a2b3c4d5e6f --accept join-5e6f7a8b9c0d   (then: toolkit clean)
              toolkit review --merge ~/Downloads/review.toml   (decisions made in a report opened as a file)
              toolkit review --serve   (then open http://127.0.0.1:8765/ and decide in the reports)
    """
    from toolkit.review import cleaned_corrections, decide, listing, record, save_decisions, verdicts

    review_file = review_file or _recorded_review_file(clean_dir)
    if serve:
        if accept or reject or apply or merge or issue or kind or status:
            raise ToolkitError("--serve shows every issue and records decisions made in the browser: "
                               "give it no --accept/--reject/--apply or filters")
        _serve(clean_dir, review_file, inputs or [], scope, bind, port, allow_remote)
        return
    corrections = cleaned_corrections(clean_dir, issue or ())
    decisions = load_decisions(review_file, missing_ok=True)
    given = verdicts(accept or (), reject or (), apply or ())
    merged = 0
    for path in merge or ():
        # an issue's download holds that issue's decisions: recorded beside the other issues' ones
        incoming = load_decisions(path)
        check_verdicts({cid: d.verdict for cid, d in incoming.by_id.items()}, listing(corrections, decisions))
        decisions = decide(decisions, incoming.by_id)
        merged += len(incoming.by_id)
    if given or merge:
        check_verdicts(given, listing(corrections, decisions))
        save_decisions(record(decisions, given, comment), review_file)
        typer.echo(f"recorded {len(given) + merged} decision(s) in {review_file}; run `toolkit clean` to apply them")
        return
    rows = listing(corrections, decisions, kind, status)
    typer.echo(f"{'id':24s} {'kind':10s} {'action':8s} {'status':8s} {'article':26s} {'conf':>4s}  before → after")
    for c in rows:
        typer.echo(f"{c.id:24s} {c.kind:10s} {c.action:8s} {c.status:8s} {c.article:26s} {c.confidence:4.2f}  "
                   f"{_short(c.before)} → {_short(c.after) or '∅'}")
    typer.echo(f"{len(rows)} correction(s)")


def _serve(clean_dir: Path, review_file: Path, inputs: list[Path], scope: str, bind: str, port: int, allow_remote: bool) -> None:
    from toolkit.archive import check_scope
    from toolkit.serve import Desk, inputs_for, make_server

    check_scope(scope)  # before serving: a re-clean would fail on it
    desk = Desk(clean_dir, review_file, inputs_for(review_file, inputs), scope)  # type: ignore[arg-type]
    server = make_server(desk, bind, port, allow_remote)
    cleans = " ".join(str(p) for p in desk.inputs)
    typer.echo(f"serving the reports of {clean_dir} on {server.url}\n"
               f"decisions are saved in {review_file}; a re-clean cleans {cleans} into {clean_dir}\n"
               "press Ctrl-C to stop")
    # Ctrl-C (and a plain `kill`) stop it between requests; a shell starts a background job with
    # Ctrl-C ignored, which would leave it only `kill -9`
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    typer.echo("stopped")
