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
    """Repair extracted pages and write, per input, the cleaned JSON, Markdown and a diff.

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
        run = clean_paths(files, decisions)
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
    corrections = [c for col in run.collections for c in col.corrections]
    articles = sum(len(col.articles) for col in run.collections)
    kinds = Counter(f"{c.kind} {c.action}" for c in corrections)
    typer.echo(f"{articles} articles in {len(run.collections)} file(s)")
    for kind, n in sorted(kinds.items()):
        typer.echo(f"  {kind:22s} {n}")
    pending = [c for c in corrections if c.status == "pending" and (c.action == "flagged" or c.confidence < 0.8)]
    typer.echo(f"{len(pending)} item(s) need an editor's review")
    for c in pending:
        typer.echo(f"  {c.id}  {c.kind:10s} {c.article}  {c.reason}")
    if written:
        typer.echo(f"wrote {len(written)} file(s) to {written[0].parent}")
