"""Review: the editor's decisions file (TOML), read by `clean` and written by `toolkit review`."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from toolkit.errors import ToolkitError

VERDICTS = ("accept", "reject", "apply")


@dataclass(frozen=True)
class Decision:
    verdict: str  # accept | reject | apply
    comment: str = ""


@dataclass(frozen=True)
class Decisions:
    """Verdicts by correction id. Passes ask it whether to make (or hold back) each change."""

    by_id: dict[str, Decision] = field(default_factory=dict)
    path: str | None = None

    def verdict(self, correction_id: str) -> str | None:
        d = self.by_id.get(correction_id)
        return d.verdict if d else None

    def status(self, correction_id: str) -> str:
        return {"accept": "accepted", "reject": "rejected", "apply": "applied"}.get(self.verdict(correction_id) or "", "pending")


def load_decisions(path: Path) -> Decisions:
    """Read `[decisions]` tables: `[decisions.<id>] verdict = "reject"  comment = "…"` (or `id = "reject"`)."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ToolkitError(f"{path}: cannot be read ({exc.strerror})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ToolkitError(f"{path}: not valid TOML ({exc})") from exc
    out: dict[str, Decision] = {}
    for cid, value in data.get("decisions", {}).items():
        verdict, comment = (value, "") if isinstance(value, str) else (value.get("verdict"), value.get("comment", ""))
        if verdict not in VERDICTS:
            raise ToolkitError(f"{path}: decision for {cid} must be one of {', '.join(VERDICTS)}, not {verdict!r}")
        out[cid] = Decision(verdict, comment)
    return Decisions(by_id=out, path=str(path))


def _toml_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def dumps_decisions(decisions: Decisions) -> str:
    """The decisions as TOML, one table per correction id, sorted for stable diffs."""
    lines = ["# Editor's decisions for `toolkit clean`: accept, reject, or (for a flagged item) apply.", ""]
    for cid in sorted(decisions.by_id):
        d = decisions.by_id[cid]
        lines.append(f"[decisions.{_toml_string(cid)}]")
        lines.append(f"verdict = {_toml_string(d.verdict)}")
        if d.comment:
            lines.append(f"comment = {_toml_string(d.comment)}")
        lines.append("")
    return "\n".join(lines)


def record(decisions: Decisions, verdicts: dict[str, str], comment: str = "") -> Decisions:
    """New decisions with the given verdicts (id → accept/reject/apply) recorded."""
    by_id = dict(decisions.by_id)
    for cid, verdict in verdicts.items():
        if verdict not in VERDICTS:
            raise ToolkitError(f"unknown verdict {verdict!r} for {cid}")
        by_id[cid] = Decision(verdict, comment)
    return Decisions(by_id=by_id, path=decisions.path)


def save_decisions(decisions: Decisions, path: Path) -> None:
    path.write_text(dumps_decisions(decisions), encoding="utf-8")


def listing(corrections: list, decisions: Decisions, kind: str | None = None, status: str | None = None) -> list:
    """The corrections with the status the decisions file gives them, filtered by kind and status."""
    from toolkit.model import replace

    out = []
    for c in corrections:
        c = replace(c, status=decisions.status(c.id))
        if (kind is None or c.kind == kind) and (status is None or c.status == status):
            out.append(c)
    return out
