"""Serve: the reports over HTTP on loopback, each decision written to the decisions file as it is made, and re-cleans."""

from __future__ import annotations

import ipaddress
import json
import mimetypes
import socket
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from toolkit import files, manifest
from toolkit.archive import INDEX, REPORT, Scope, issue_folder
from toolkit.errors import InputError, ToolkitError
from toolkit.model import Correction
from toolkit.review import (Decision, Decisions, check_verdicts, cleaned_corrections, decide, listing,
                            load_decisions, save_decisions)

LOOPBACK = "127.0.0.1"
# The page sends it with every call; a page of another site cannot without the browser asking this
# server first (a CORS preflight it never grants), so no other site can decide or clean through it.
MARK = "X-Toolkit-Review"
MAX_BODY = 1 << 20


@dataclass(frozen=True)
class Desk:
    """What a review server works on: the cleaned folder it shows, the decisions file it writes, and
    the inputs and scope a re-clean cleans them from."""

    clean_dir: Path
    review_file: Path
    inputs: tuple[Path, ...]
    scope: Scope = "issue"


def check_address(host: str, allow_remote: bool = False) -> str:
    """The address to bind: a loopback one, or any other only when asked for explicitly (the server
    writes files and runs the cleaner for whoever reaches it)."""
    name = "127.0.0.1" if host == "localhost" else host
    try:
        address = ipaddress.ip_address(name)
    except ValueError as exc:
        raise ToolkitError(f"{host!r} is not an IP address (use 127.0.0.1, ::1 or, with --allow-remote, another)") from exc
    if not address.is_loopback and not allow_remote:
        raise ToolkitError(f"{host} is not a loopback address: anyone who reaches it could change the decisions "
                           "and run the cleaner; add --allow-remote if that is what you want")
    return str(address)


def check_desk(desk: Desk) -> None:
    """Refuse to serve what a re-clean would not rebuild: a cleaned folder the inputs were never cleaned into."""
    from toolkit.jobs import plan

    if not desk.clean_dir.is_dir():
        raise InputError(f"{desk.clean_dir}: no such folder; run `toolkit clean` first (or give --dir)")
    work = plan(desk.inputs, desk.clean_dir, desk.scope)
    if not any(_cleaned_from(issue_folder(desk.clean_dir, i.key), {p.name for p in i.pages}) for u in work for i in u.issues):
        inputs = ", ".join(str(p) for p in desk.inputs)
        raise InputError(f"{desk.clean_dir}: holds no issue cleaned from {inputs}; run `toolkit clean {inputs} --out "
                         f"{desk.clean_dir}` first, or give the inputs it was cleaned from with --input")


def _cleaned_from(folder: Path, pages: set[str]) -> bool:
    record = manifest.read(folder)
    return record is not None and not pages.isdisjoint(record.inputs)


class ReviewServer(ThreadingHTTPServer):
    """Requests in threads (a browser keeps idle connections open, which would hold up a server of one
    thread), one change at a time: writing decisions and re-cleaning are serialised by a lock."""

    # idle connections must not keep the process alive; `stop` waits for the work that writes files
    daemon_threads = True
    block_on_close = False

    def __init__(self, desk: Desk, address: tuple[str, int], allow_remote: bool = False) -> None:
        self.desk = desk
        self.allow_remote = allow_remote
        self.lock = threading.Lock()
        self._corrections: list[Correction] | None = None
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        super().__init__(address, Handler)

    def stop(self) -> None:
        """Close the socket once no decision is being written and no re-clean is running (their files
        are written whole either way, but a re-clean stopped half-way would leave issues to clean again)."""
        with self.lock:
            self.server_close()

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{f'[{host}]' if ':' in host else host}:{port}/"

    def hosts(self) -> set[str]:
        """Host headers a request may carry (anything else is a DNS-rebinding page of another site)."""
        host, port = self.server_address[:2]
        names = {f"[{host}]" if ":" in host else host}
        if ipaddress.ip_address(host).is_loopback:
            names |= {"localhost", "127.0.0.1", "[::1]"}
        return {f"{n}:{port}" for n in names}

    # --- what the page asks for -----------------------------------------------------------------

    def decisions(self) -> Decisions:
        path = self.desk.review_file
        return load_decisions(path, missing_ok=True)

    def corrections(self) -> list[Correction]:
        if self._corrections is None:  # read once per clean: an archive's collections take a while
            self._corrections = cleaned_corrections(self.desk.clean_dir)
        return self._corrections

    def record(self, changes: dict[str, Decision | None]) -> Decisions:
        with self.lock:
            decisions = self.decisions()
            given = {cid: d.verdict for cid, d in changes.items() if d is not None}
            try:
                check_verdicts(given, listing(self.corrections(), decisions))
            except ToolkitError:
                self._corrections = None  # cleaned again from the shell since they were read?
                check_verdicts(given, listing(self.corrections(), decisions))
            decisions = decide(decisions, changes)
            save_decisions(decisions, self.desk.review_file)
            return decisions

    def clean(self) -> dict[str, Any]:
        """Clean again with the decisions file (only the issues it changed, as `toolkit clean` would)."""
        from toolkit.jobs import clean_archive, plan

        with self.lock:
            decisions = self.decisions()
            out = self.desk.clean_dir
            work = plan(self.desk.inputs, out, self.desk.scope)
            files.ensure_folder(out)
            files.sweep(out)
            # in this process, not in workers: forking a server's threads is unsafe, and a decision
            # concerns an issue or two
            result = clean_archive(work, out, decisions, jobs=1)
            self._corrections = None
            return {"cleaned": result.cleaned, "skipped": result.skipped, "errors": result.errors,
                    "pending": result.pending, "unknown": result.unknown_decisions(decisions)}


def decisions_json(decisions: Decisions, path: Path) -> dict[str, Any]:
    return {"file": str(path), "decisions": {cid: {"verdict": d.verdict, "comment": d.comment}
                                             for cid, d in sorted(decisions.by_id.items())}}


def changes_from(body: Any) -> dict[str, Decision | None]:
    """`{"decisions": {id: {"verdict": …, "comment": …} | null}}`, checked (a page of ours sends nothing else)."""
    table = body.get("decisions") if isinstance(body, dict) else None
    if not isinstance(table, dict):
        raise InputError("expected {\"decisions\": {id: {\"verdict\": …, \"comment\": …} or null}}")
    out: dict[str, Decision | None] = {}
    for cid, value in table.items():
        if value is None:
            out[cid] = None
        elif isinstance(value, dict) and isinstance(value.get("verdict"), str) and isinstance(value.get("comment", ""), str):
            out[cid] = Decision(value["verdict"], value.get("comment", ""))
        else:
            raise InputError(f"{cid}: expected {{\"verdict\": …, \"comment\": …}} or null")
    return out


class Handler(BaseHTTPRequestHandler):
    server: ReviewServer
    server_version = "toolkit-review"

    def log_message(self, format: str, *args: Any) -> None:
        pass  # the CLI says where it serves; a line per request would bury it

    # --- answers ---------------------------------------------------------------------------------

    def _send(self, status: HTTPStatus, body: bytes, kind: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _json(self, data: Any, status: HTTPStatus = HTTPStatus.OK) -> None:
        self._send(status, json.dumps(data, ensure_ascii=False).encode("utf-8"), "application/json; charset=utf-8")

    def _error(self, status: HTTPStatus, message: str) -> None:
        self._json({"error": message}, status)

    def _allowed(self, api: bool) -> bool:
        if not self.server.allow_remote and self.headers.get("Host", "") not in self.server.hosts():
            self._error(HTTPStatus.MISDIRECTED_REQUEST, "this server answers only to its own address")
            return False
        origin = self.headers.get("Origin")
        if api and (self.headers.get(MARK) != "1" or (origin is not None and origin.rstrip("/") + "/" != self._origin())):
            self._error(HTTPStatus.FORBIDDEN, "only the report's own page may call this")
            return False
        return True

    def _origin(self) -> str:
        return f"http://{self.headers.get('Host', '')}/"

    # --- requests --------------------------------------------------------------------------------

    def do_GET(self) -> None:
        path = unquote(urlsplit(self.path).path)
        if not self._allowed(api=path.startswith("/api/")):
            return
        if path == "/api/decisions":
            self._guarded(lambda: self._json(decisions_json(self.server.decisions(), self.server.desk.review_file)))
            return
        if path == "/favicon.ico":  # asked for by every browser; the reports have none
            self._send(HTTPStatus.NO_CONTENT, b"", "image/x-icon")
            return
        file = self._file(path)
        if file is None:
            self._error(HTTPStatus.NOT_FOUND, f"{path}: no such report")
            return
        kind = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
        self._guarded(lambda: self._send(HTTPStatus.OK, file.read_bytes(), f"{kind}; charset=utf-8" if kind.startswith("text/") else kind))

    do_HEAD = do_GET

    def do_POST(self) -> None:
        path = urlsplit(self.path).path
        if not self._allowed(api=True):
            return
        try:
            length = int(self.headers.get("Content-Length", "0"))
        except ValueError:
            length = -1
        if not 0 <= length <= MAX_BODY:
            self._error(HTTPStatus.BAD_REQUEST, "a body of a known length, under 1 MiB, is expected")
            return
        try:
            body = json.loads(self.rfile.read(length) or b"{}")
        except ValueError:
            self._error(HTTPStatus.BAD_REQUEST, "the body is not JSON")
            return
        if path == "/api/decisions":
            self._guarded(lambda: self._json(decisions_json(self.server.record(changes_from(body)), self.server.desk.review_file)))
        elif path == "/api/clean":
            self._guarded(lambda: self._json(self.server.clean()))
        else:
            self._error(HTTPStatus.NOT_FOUND, f"{path}: no such call")

    def _guarded(self, answer: Any) -> None:
        try:
            answer()
        except ToolkitError as exc:
            self._error(HTTPStatus.BAD_REQUEST, " ".join(str(exc).split()))
        except OSError as exc:
            self._error(HTTPStatus.INTERNAL_SERVER_ERROR, f"{exc.filename or 'a file'}: {files.reason(exc)}")

    def _file(self, path: str) -> Path | None:
        """A report, the index or another output under the cleaned folder; nothing hidden, nothing outside it."""
        parts = [p for p in path.split("/") if p]
        if any(p.startswith(".") or "\0" in p for p in parts):
            return None
        try:
            root = self.server.desk.clean_dir.resolve()
            target = root.joinpath(*parts).resolve()
            if not target.is_relative_to(root):
                return None
            if target.is_dir():
                target = next((target / n for n in (INDEX, REPORT) if (target / n).is_file()), target)
            return target if target.is_file() else None
        except OSError:
            return None


def make_server(desk: Desk, host: str = LOOPBACK, port: int = 0, allow_remote: bool = False) -> ReviewServer:
    """A review server bound (not yet serving) on `host`:`port` (0: a free port)."""
    host = check_address(host, allow_remote)
    check_desk(desk)
    try:
        return ReviewServer(desk, (host, port), allow_remote)
    except OSError as exc:
        raise ToolkitError(f"cannot serve on {host}:{port} ({files.reason(exc)}); try another --port") from exc


def inputs_for(review_file: Path, given: Sequence[Path]) -> tuple[Path, ...]:
    """The inputs a re-clean cleans: as given, else the folder of the decisions file (where `toolkit
    clean` finds review.toml beside its inputs)."""
    return tuple(given) or (review_file.parent,)
