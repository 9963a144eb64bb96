"""Manifest: what each issue's outputs were made from (content hashes), so a re-run skips what has not changed."""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

import toolkit
from toolkit import files

# One record per issue, in the output folder: a re-run reads only the records of the issues it
# is given (no archive-wide file rewritten after every issue, which would cost the square of the archive).
# Hidden, so that `toolkit pdf OUT/` does not take it for a cleaned collection.
RECORD = ".manifest.json"
FORMAT = 1


@dataclass(frozen=True)
class Record:
    """An issue's outputs and everything they depend on. A re-run with the same toolkit, scope, inputs
    and verdicts on the issue's corrections would write the same bytes, so it skips the issue."""

    toolkit: str  # fingerprint of the code, templates and model that made the outputs
    scope: str
    inputs: dict[str, list[str]]  # page name → [path as given, sha256 of its bytes], for every page of the unit
    verdicts: dict[str, str]  # correction id → the editor's verdict, for this corrections that have one
    ids: list[str]  # every correction id of the issue (a verdict given later on one of them re-cleans it)
    outputs: list[str]  # files written, relative to the output folder
    entry: dict  # the index line (report.IssueEntry as JSON)
    awaiting: list[list[str]]  # the first items awaiting a decision: [id, kind, article, reason]
    format: int = FORMAT
    comments: dict[str, str] = field(default_factory=dict)  # id → the editor's comment (the report shows it)
    decisions: str = ""  # the decisions file this issue was cleaned with (or would have been): `toolkit review` records there


@functools.cache
def fingerprint() -> str:
    """The toolkit's version and a hash of every file it ships (code, templates, styles, line model):
    any change to how pages are cleaned or written makes earlier outputs stale."""
    root = Path(toolkit.__file__).resolve().parent
    digest = hashlib.sha256(toolkit.__version__.encode())
    for path in sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return f"{toolkit.__version__}+{digest.hexdigest()[:16]}"


def page_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read(folder: Path) -> Record | None:
    """The record in an issue's output folder, or None (none yet, unreadable, or of another format)."""
    try:
        data = json.loads((folder / RECORD).read_text(encoding="utf-8"))
        record = Record(**data)
    except (OSError, ValueError, TypeError):
        return None
    return record if record.format == FORMAT else None


def decisions_files(folders: Sequence[Path]) -> set[str]:
    """The decisions files the issues in these output folders were cleaned with."""
    return {r.decisions for r in map(read, folders) if r is not None and r.decisions}


def write(folder: Path, record: Record) -> None:
    text = json.dumps(asdict(record), ensure_ascii=False, sort_keys=True, indent=1) + "\n"
    files.write_text(folder / RECORD, text, durable=False)


def current(record: Record | None, folder: Path, *, scope: str, inputs: Mapping[str, Sequence[str]],
            verdicts: Mapping[str, str], comments: Mapping[str, str] | None = None, decisions: str = "") -> bool:
    """Whether the outputs in `folder` are what this run would write (so the issue can be skipped)."""
    if record is None or record.toolkit != fingerprint() or record.scope != scope or record.decisions != decisions:
        return False
    # the pages by their bytes: the same archive named another way (`arc`, `/data/arc`) is the same input
    if {name: digest for name, (_, digest) in record.inputs.items()} != {name: digest for name, (_, digest) in inputs.items()}:
        return False
    if {cid: verdicts[cid] for cid in record.ids if cid in verdicts} != record.verdicts:
        return False
    if {cid: comments[cid] for cid in record.ids if cid in (comments or {})} != record.comments:
        return False
    return all((folder / name).is_file() for name in record.outputs)
