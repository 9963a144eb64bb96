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

    def rejected(self, correction_id: str) -> bool:
        return self.verdict(correction_id) == "reject"

    def applied(self, correction_id: str) -> bool:
        return self.verdict(correction_id) == "apply"

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
