"""Writeout: put a cleaning run on disk (JSON, Markdown and diff per input file)."""

from __future__ import annotations

from pathlib import Path

from toolkit.errors import ToolkitError
from toolkit.export import to_diff, to_markdown
from toolkit.model import dumps
from toolkit.pipeline import Run
from toolkit.report import write_report


def write_run(run: Run, out: Path) -> list[Path]:
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ToolkitError(f"{out}: cannot create the output folder ({exc.strerror})") from exc
    written = []
    for col in run.collections:
        stem = col.name or Path(col.source.path).stem
        for suffix, text in ((".json", dumps(col)), (".md", to_markdown(col)), (".diff", to_diff(col))):
            path = out / f"{stem}{suffix}"
            path.write_text(text, encoding="utf-8")
            written.append(path)
    written.append(write_report(run.collections, out / "report.html"))
    return written
