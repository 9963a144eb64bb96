"""Writeout: an issue's cleaned pages on disk (JSON, Markdown, diff per page, one report), checked, then renamed in."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path, PurePosixPath

from toolkit import files
from toolkit.archive import REPORT, issue_folder
from toolkit.errors import OutputError
from toolkit.export import to_diff, to_markdown
from toolkit.model import Collection, dumps
from toolkit.report import IssueEntry, issue_entry, render_report

def render_issue(collections: Sequence[Collection], out: Path, key: str,
                 comments: Mapping[str, str] | None = None) -> tuple[dict[Path, bytes], IssueEntry]:
    """Every output of one issue, rendered and checked, by path; and the issue's line in the index
    (`comments`: the editor's, on the decisions the collections were cleaned with)."""
    folder = issue_folder(out, key)
    rendered: dict[Path, bytes] = {}
    for col in collections:
        base = out / PurePosixPath(col.name)
        try:
            text = dumps(col, check=True)
        except ValueError as exc:
            raise OutputError(f"{_suffixed(base, '.json')}: {exc}; the previous file is kept (a bug)") from exc
        rendered[_suffixed(base, ".json")] = text.encode("utf-8")
        rendered[_suffixed(base, ".md")] = to_markdown(col).encode("utf-8")
        rendered[_suffixed(base, ".diff")] = to_diff(col).encode("utf-8")
    report = render_report(collections, title=key, comments=comments)
    if not report.rstrip().endswith("</html>"):
        raise OutputError(f"{folder / REPORT}: the report came out incomplete; the previous one is kept")
    rendered[folder / REPORT] = report.encode("utf-8")
    entry = issue_entry(key, f"{key}/{REPORT}" if key else REPORT, collections)
    return rendered, entry


def _suffixed(base: Path, suffix: str) -> Path:
    return base.parent / (base.name + suffix)  # not with_suffix: a page may be named 06.01


def write_issue(rendered: dict[Path, bytes]) -> list[Path]:
    """Write an issue's outputs together: all or none replace the previous ones (see files.write_together)."""
    for folder in {p.parent for p in rendered}:
        files.ensure_folder(folder)
        files.sweep(folder)
    return files.write_together(rendered)
