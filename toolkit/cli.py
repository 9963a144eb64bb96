"""Command line: thin wrappers that parse arguments, call the library and format its results."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Annotated, Optional

import typer

from toolkit.errors import ToolkitError
from toolkit.review import Decisions, load_decisions

app = typer.Typer(
    help="Repair text extracted from Chinese newspaper pages and publish it as a print PDF and an EPUB.\n\n"
    "Example:  toolkit clean seeds/ && toolkit pdf && toolkit epub",
    no_args_is_help=True,
    add_completion=False,
)


@app.callback()
def main() -> None:
    """Repair text extracted from Chinese newspaper pages and publish it as a print PDF and an EPUB.

    Example:  toolkit clean seeds/ && toolkit pdf && toolkit epub
    """


def fail(message: str) -> None:
    typer.secho(f"error: {message}", err=True, fg=typer.colors.RED)
    raise typer.Exit(1)


def _review_file(inputs: list[Path], given: Path | None) -> Path | None:
    """--review, or a review.toml beside the inputs when there is one."""
    if given is not None:
        if not given.exists():
            fail(f"{given}: no such decisions file")
        return given
    first = inputs[0]
    candidate = (first if first.is_dir() else first.parent) / "review.toml"
    return candidate if candidate.exists() else None


@app.command()
def clean(
    inputs: Annotated[Optional[list[Path]], typer.Argument(help="Text files or folders of .txt files.")] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for the cleaned files.")] = Path("build/clean"),
    review: Annotated[Optional[Path], typer.Option(help="Decisions file (TOML); default: review.toml beside the inputs.")] = None,
) -> None:
    """Repair extracted pages and write, per input, the cleaned JSON, Markdown and a diff, plus one
    report.html of every correction for the run. Decisions in review.toml are honoured.

    Example:  toolkit clean seeds/ --out build/clean
    """
    from toolkit.pipeline import clean_paths, input_files
    from toolkit.writeout import write_run

    inputs = inputs or [Path("seeds")]
    try:
        files = input_files(inputs)
        review_path = _review_file(inputs, review)
        decisions = load_decisions(review_path) if review_path else Decisions()
        typer.echo(f"cleaning {len(files)} file(s)" + (f" with decisions from {review_path}" if review_path else ""), err=True)
        run = clean_paths(files, decisions, progress=lambda step: typer.echo(f"  {step}", err=True))
        written = write_run(run, out)
    except ToolkitError as exc:
        fail(str(exc))
        return
    for error in run.errors:
        typer.secho(f"error: {error}", err=True, fg=typer.colors.RED)
    _summary(run, written)
    if run.errors:
        raise typer.Exit(1)


def _summary(run, written: list[Path]) -> None:
    articles = sum(len(col.articles) for col in run.collections)
    kinds = Counter(f"{c.kind} {c.action}" for c in run.corrections())
    typer.echo(f"{articles} articles in {len(run.collections)} file(s)")
    for kind, n in sorted(kinds.items()):
        typer.echo(f"  {kind:22s} {n}")
    for cid in run.unknown_decisions():
        typer.secho(f"warning: the decisions file names {cid}, which no correction of this run has", err=True, fg=typer.colors.YELLOW)
    if written:
        typer.echo(f"wrote {len(written)} file(s) to {written[0].parent}")
    awaiting = run.awaiting()
    for c in awaiting:
        typer.echo(f"  {c.id}  {c.kind:10s} {c.article}  {c.reason}")
    typer.echo(f"{len(awaiting)} item(s) await an editor's decision (toolkit review)")


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


def _book(inputs, edition_file, **overrides):
    from toolkit.edition import load_book, load_edition

    return load_book(inputs, load_edition(edition_file, **overrides))


@app.command()
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

    try:
        book = _book(inputs, edition, title=title, subtitle=subtitle, editor=editor, publisher=publisher, date=date)
        typer.echo(f"typesetting {len(book.chapters)} chapter(s) of 《{book.edition.title}》", err=True)
        result = render_pdf(book, out, page_size=page_size, flow=flow, bleed_mm=bleed, crop_marks=crop_marks)
    except ToolkitError as exc:
        fail(str(exc))
        return
    typer.echo(f"wrote {result.path}: {result.pages} pages, {page_size}, {result.geometry.chars_per_line} characters a line")


@app.command()
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

    try:
        book = _book(inputs, edition, title=title, subtitle=subtitle, editor=editor, publisher=publisher,
                     date=date, identifier=identifier)
        typer.echo(f"packaging {len(book.chapters)} chapter(s) of 《{book.edition.title}》", err=True)
        result = render_epub(book, out, embed_fonts=embed_fonts)
    except ToolkitError as exc:
        fail(str(exc))
        return
    fonts = ", ".join(f"{name} {size // 1024} KiB" for name, size in result.fonts.items()) or "no fonts embedded"
    typer.echo(f"wrote {result.path}: {result.documents} documents; {fonts}")


@app.command()
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


@app.command()
def review(
    clean_dir: Annotated[Path, typer.Option("--dir", help="Folder holding the cleaned JSON files.")] = Path("build/clean"),
    review_file: Annotated[Path, typer.Option("--review", help="Decisions file to read and write.")] = Path("seeds/review.toml"),
    kind: Annotated[Optional[str], typer.Option(help="Only this kind: join, repeat, splice, truncation, stutter, garble.")] = None,
    status: Annotated[Optional[str], typer.Option(help="Only this status: pending, accepted, rejected, applied.")] = None,
    accept: Annotated[Optional[list[str]], typer.Option(help="Accept these correction ids.")] = None,
    reject: Annotated[Optional[list[str]], typer.Option(help="Reject these ids: the next `clean` undoes them.")] = None,
    apply: Annotated[Optional[list[str]], typer.Option("--apply", help="Apply these flagged items.")] = None,
    comment: Annotated[str, typer.Option(help="Comment stored with the decisions recorded now.")] = "",
) -> None:
    """List the cleaner's corrections, or record decisions on them in the decisions file.

    Example:  toolkit review --kind repeat
              toolkit review --reject repeat-1a2b3c4d --accept join-5e6f7a8b   (then: toolkit clean)
    """
    from toolkit.model import load
    from toolkit.review import listing, record, save_decisions

    try:
        files = sorted(clean_dir.glob("*.json"))
        if not files:
            raise ToolkitError(f"{clean_dir}: no cleaned collections; run `toolkit clean` first")
        corrections = [c for f in files for c in load(f).corrections]
        decisions = load_decisions(review_file) if review_file.exists() else Decisions()
        verdicts = {cid: v for ids, v in ((accept, "accept"), (reject, "reject"), (apply, "apply")) for cid in ids or []}
        if verdicts:
            known = {c.id for c in corrections}
            unknown = sorted(set(verdicts) - known)
            if unknown:
                raise ToolkitError(f"no such correction: {', '.join(unknown)}")
            save_decisions(record(decisions, verdicts, comment), review_file)
            typer.echo(f"recorded {len(verdicts)} decision(s) in {review_file}; run `toolkit clean` to apply them")
            return
        rows = listing(corrections, decisions, kind, status)
    except ToolkitError as exc:
        fail(str(exc))
        return
    typer.echo(f"{'id':20s} {'kind':10s} {'action':8s} {'status':8s} {'article':26s} {'conf':>4s}  before → after")
    for c in rows:
        typer.echo(f"{c.id:20s} {c.kind:10s} {c.action:8s} {c.status:8s} {c.article:26s} {c.confidence:4.2f}  "
                   f"{_short(c.before)} → {_short(c.after) or '∅'}")
    typer.echo(f"{len(rows)} correction(s)")
