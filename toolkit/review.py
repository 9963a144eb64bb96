"""Review: the editor's decisions file (TOML), read by `clean` and written by `toolkit review`."""

from __future__ import annotations

import fnmatch
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from toolkit import files
from toolkit.errors import InputError, OutputError, ToolkitError
from toolkit.files import reason
from toolkit.model import KINDS, VERDICTS, Correction, replace
from toolkit.outcome import offered

STATUSES = ("pending", "accepted", "rejected", "applied")


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


def load_decisions(path: Path, missing_ok: bool = False) -> Decisions:
    """Read `[decisions]` tables: `[decisions.<id>] verdict = "reject"  comment = "…"` (or `id = "reject"`);
    a value of the wrong type is refused with the file, the key and what was expected. `missing_ok`: a
    file not written yet holds no decisions (they will be saved there)."""
    if missing_ok and not path.exists():
        return Decisions(path=str(path))
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({reason(exc)})") from exc
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not a decisions file (not UTF-8 text: {exc.reason} at byte {exc.start})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{path}: not valid TOML ({exc})") from exc
    table = data.get("decisions", {})
    if not isinstance(table, dict):
        raise InputError(f"{path}: `decisions` must be a table of id = verdict, not {_toml_kind(table)}")
    expected = f"one of {', '.join(map(repr, VERDICTS))}, or a table {{ verdict = …, comment = … }}"
    out: dict[str, Decision] = {}
    for cid, value in table.items():
        where = f"{path}: decisions.{_toml_key(cid)}"
        if isinstance(value, dict):
            unknown = sorted(set(value) - {"verdict", "comment"})
            if unknown:
                raise InputError(f"{where}: unknown key(s) {', '.join(unknown)} (expected verdict and comment)")
            verdict, comment = value.get("verdict"), value.get("comment", "")
            if not isinstance(comment, str):
                raise InputError(f"{where}.comment: expected a string, not {_toml_kind(comment)}")
        elif isinstance(value, str):
            verdict, comment = value, ""
        else:
            raise InputError(f"{where}: expected {expected}, not {_toml_kind(value)}")
        if verdict not in VERDICTS:
            shown = repr(verdict) if isinstance(verdict, str) else _toml_kind(verdict)
            raise InputError(f"{where}: the verdict must be {', '.join(VERDICTS[:-1])} or {VERDICTS[-1]}, not {shown}")
        out[cid] = Decision(verdict, comment)
    return Decisions(by_id=out, path=str(path))


_TOML_KINDS = {str: "a string", int: "an integer", float: "a number", bool: "a boolean", list: "an array", dict: "a table"}


def _toml_kind(value: object) -> str:
    return _TOML_KINDS.get(type(value), "a date" if hasattr(value, "isoformat") else type(value).__name__)


def _toml_key(cid: str) -> str:
    return cid if cid.replace("-", "").replace("_", "").isalnum() and cid.isascii() else _toml_string(cid)


def _toml_string(text: str) -> str:
    """A TOML basic string: control characters as escapes (TOML forbids them raw), and no lone
    surrogate (a terminal's undecodable bytes), which no UTF-8 file can hold: U+FFFD stands in."""
    out = ['"']
    for ch in text:
        code = ord(ch)
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif code < 0x20 or code == 0x7F:
            out.append(f"\\u{code:04x}")
        elif 0xD800 <= code <= 0xDFFF:
            out.append("\ufffd")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


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


def _storable(text: str) -> str:
    # a terminal's undecodable bytes arrive as lone surrogates, which no UTF-8 file can hold
    return "".join("\ufffd" if "\ud800" <= ch <= "\udfff" else ch for ch in text)


def record(decisions: Decisions, verdicts: dict[str, str], comment: str = "") -> Decisions:
    """New decisions with the given verdicts (id → accept/reject/apply) recorded."""
    return decide(decisions, {cid: Decision(verdict, comment) for cid, verdict in verdicts.items()})


def decide(decisions: Decisions, changes: Mapping[str, Decision | None]) -> Decisions:
    """New decisions with each id's decision replaced, or removed (None: the item is pending again)."""
    by_id = dict(decisions.by_id)
    for cid, d in changes.items():
        if d is None:
            by_id.pop(cid, None)
            continue
        if d.verdict not in VERDICTS:
            raise ToolkitError(f"unknown verdict {d.verdict!r} for {cid}")
        by_id[cid] = Decision(d.verdict, _storable(d.comment))
    return Decisions(by_id=by_id, path=decisions.path)


def verdicts(accept: Sequence[str] = (), reject: Sequence[str] = (), apply: Sequence[str] = ()) -> dict[str, str]:
    """Id → verdict from the three lists given on the command line; an id given two verdicts is refused."""
    out: dict[str, str] = {}
    for ids, verdict in ((accept, "accept"), (reject, "reject"), (apply, "apply")):
        for cid in ids:
            if out.get(cid, verdict) != verdict:
                raise ToolkitError(f"{cid} is given two verdicts ({out[cid]} and {verdict}): choose one")
            out[cid] = verdict
    return out


def check_verdicts(given: dict[str, str], corrections: Sequence[Correction]) -> None:
    """Refuse ids no correction has, and `apply` on a change the cleaner already made (the verdicts the
    report offers: `outcome.offered`)."""
    by_id = {c.id: c for c in corrections}
    unknown = sorted(set(given) - set(by_id))
    if unknown:
        raise ToolkitError(f"no such correction: {', '.join(unknown)}")
    for cid, verdict in given.items():
        if verdict == "apply" and "apply" not in offered(by_id[cid]):
            raise ToolkitError(f"{cid} is already applied by the cleaner: `apply` is for flagged items "
                               "(accept it to confirm, reject it to undo it)")


def save_decisions(decisions: Decisions, path: Path) -> None:
    """Write the decisions file in one piece: a temporary file, read back, then renamed over the old one."""

    def check(temp: Path) -> None:
        if load_decisions(temp).by_id != decisions.by_id:
            raise OutputError(f"{path}: the decisions did not read back as written; the previous file is kept")

    files.write_text(path, dumps_decisions(decisions), check=check)


def listing(corrections: Sequence[Correction], decisions: Decisions, kind: str | None = None,
            status: str | None = None) -> list[Correction]:
    """The corrections with the status the decisions file gives them, filtered by kind and status."""
    if kind is not None and kind not in KINDS:
        raise ToolkitError(f"unknown kind {kind!r}: use one of {', '.join(KINDS)}")
    if status is not None and status not in STATUSES:
        raise ToolkitError(f"unknown status {status!r}: use one of {', '.join(STATUSES)}")
    out = []
    for c in corrections:
        c = replace(c, status=decisions.status(c.id))
        if (kind is None or c.kind == kind) and (status is None or c.status == status):
            out.append(c)
    return out


def cleaned_corrections(folder: Path, issues: Sequence[str] = ()) -> list[Correction]:
    """Every correction in the cleaned collections under `folder` (an archive's issue folders too),
    or only in the issues named (a folder relative to `folder`, or a shell pattern)."""
    from toolkit.edition import collection_paths
    from toolkit.model import load

    if not folder.is_dir():
        raise InputError(f"{folder}: no such folder; run `toolkit clean` first (or give --dir)")
    paths = collection_paths([folder])
    if issues:
        paths = [p for p in paths if any(_in_issue(p.parent.relative_to(folder).as_posix(), i) for i in issues)]
        if not paths:
            raise InputError(f"{folder}: no cleaned collection in issue(s) {', '.join(issues)}")
    return [c for p in paths for c in load(p).corrections]


def _in_issue(key: str, wanted: str) -> bool:
    key = "" if key == "." else key
    wanted = wanted.strip("/")
    return key == wanted or key.startswith(wanted + "/") or fnmatch.fnmatchcase(key, wanted)
