"""Archive: the issues (folders of pages) found under the inputs, their pages' names, and how they are grouped."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Literal

from toolkit.errors import InputError

PAGE_SUFFIXES = (".txt", ".text")
REPORT = "report.html"  # in each issue's output folder
INDEX = "index.html"  # at the top of the output folder
Scope = Literal["issue", "page", "run"]
SCOPES: tuple[Scope, ...] = ("issue", "page", "run")


@dataclass(frozen=True)
class Page:
    path: Path  # where it was found (under the input as given)
    name: str  # its place in the archive without suffix, e.g. 2024/06-01/page01: names its outputs and ids


@dataclass(frozen=True)
class Issue:
    """The pages of one folder: one day's paper, cleaned together (a splice's home is on the same issue)."""

    key: str  # the folder in the archive, e.g. 2024/06-01 ("" for the top folder)
    pages: tuple[Page, ...]
    whole: bool = True  # every page of the folder is here (it was walked), not only files named one by one


@dataclass(frozen=True)
class Unit:
    """What one worker cleans and writes: its issues, and the groups of pages cleaned as one run."""

    issues: tuple[Issue, ...]
    groups: tuple[tuple[Page, ...], ...]
    scope: Scope = "issue"  # how the groups were made (recorded in the manifest: another scope, other outputs)

    @property
    def pages(self) -> tuple[Page, ...]:
        return tuple(p for issue in self.issues for p in issue.pages)


def find_issues(inputs: Sequence[Path], exclude: Sequence[Path] = ()) -> tuple[Issue, ...]:
    """Every page under the inputs (folders walked recursively, hidden ones skipped), grouped by folder.

    A page's name is its path relative to the folder the inputs have in common, so the outputs mirror
    the input tree: `toolkit clean archive/` names archive/2024/06-01/page01.txt `2024/06-01/page01`,
    and a single file is named by its stem. A file named twice (a folder and a file in it) is read once."""
    skip = {os.path.abspath(p) for p in exclude}
    found: list[Path] = []
    walked: set[Path] = set()
    anchors: list[str] = []
    for item in inputs:
        if item.is_dir():
            anchors.append(os.path.abspath(item))
            pages_in = _walk(item, skip)
            found.extend(pages_in)
            walked.update(p.parent for p in pages_in)
        elif item.is_file():
            anchors.append(os.path.dirname(os.path.abspath(item)))
            found.append(item)
        elif item.exists():
            raise InputError(f"{item}: neither a file nor a folder")
        else:
            raise InputError(f"{item}: no such file or folder")
    if not found:
        where = ", ".join(str(p) for p in inputs)
        raise InputError(f"{where}: no page files ({' or '.join(PAGE_SUFFIXES)}) found there or in its subfolders")
    base = os.path.commonpath(anchors)
    pages: list[Page] = []
    seen: set[Path] = set()
    taken: set[str] = set()
    for path in found:
        if len(inputs) > 1:  # one folder walked cannot name a file twice: spare the resolving
            real = path.resolve()
            if real in seen:
                continue
            seen.add(real)
        rel = PurePosixPath(Path(os.path.relpath(os.path.abspath(path), base)).as_posix())
        stem = name = str(rel.with_suffix(""))
        n = 1
        while name in taken:  # page01.txt beside page01.text
            n += 1
            name = f"{stem}-{n}"
        taken.add(name)
        pages.append(Page(path, name))
    by_folder: dict[str, list[Page]] = {}
    whole: dict[str, bool] = {}
    for page in pages:
        folder = str(PurePosixPath(page.name).parent)
        key = "" if folder == "." else folder
        by_folder.setdefault(key, []).append(page)
        whole[key] = whole.get(key, False) or page.path.parent in walked
    return tuple(Issue(key, tuple(group), whole[key]) for key, group in by_folder.items())


def _walk(folder: Path, skip: set[str]) -> list[Path]:
    out: list[Path] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and os.path.abspath(os.path.join(root, d)) not in skip)
        out.extend(Path(root) / f for f in sorted(files) if not f.startswith(".") and f.lower().endswith(PAGE_SUFFIXES))
    return out


def issue_folder(out: Path, key: str) -> Path:
    """Where an issue's outputs go: its place in the archive, under the output folder."""
    return out / key if key else out


def units(issues: Sequence[Issue], scope: Scope = "issue") -> tuple[Unit, ...]:
    """The work: an issue at a time, its pages cleaned together (`issue`) or one by one (`page`); or the
    whole run as one (`run`: the old behaviour for a handful of pages that belong together)."""
    if scope == "run":
        return (Unit(tuple(issues), (tuple(p for i in issues for p in i.pages),), scope),) if issues else ()
    if scope == "page":
        return tuple(Unit((i,), tuple((p,) for p in i.pages), scope) for i in issues)
    check_scope(scope)
    return tuple(Unit((i,), (i.pages,), scope) for i in issues)


def check_scope(scope: str) -> None:
    if scope not in SCOPES:
        raise InputError(f"unknown scope {scope!r}: use one of {', '.join(SCOPES)}")
