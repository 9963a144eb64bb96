"""`toolkit review --serve` without a browser: loopback only, what it serves, the calls the page makes."""

from __future__ import annotations

import http.client
import json
import re
import shutil
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from toolkit.cli import app
from toolkit.errors import ToolkitError
from toolkit.review import Decision, load_decisions
from toolkit.serve import Desk, check_address, make_server

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_db2b0fd91725fc59.txt"
PAGE = SEED.stem
runner = CliRunner()
MARK = {"X-Toolkit-Review": "1"}


@pytest.fixture()
def desk(tmp_path: Path) -> Desk:
    pages = tmp_path / "pages"
    pages.mkdir()
    shutil.copy(SEED, pages)
    result = runner.invoke(app, ["clean", str(pages), "--out", str(tmp_path / "out"), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    return Desk(tmp_path / "out", pages / "review.toml", (pages,))


@pytest.fixture()
def server(desk: Desk) -> Iterator:
    server = make_server(desk)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.stop()
        thread.join(timeout=30)


def ask(server, method: str, path: str, body: object = None, headers: dict[str, str] | None = None,
        host: str | None = None) -> tuple[int, bytes]:
    connection = http.client.HTTPConnection(*server.server_address[:2], timeout=60)
    try:
        data = json.dumps(body).encode() if body is not None else None
        connection.putrequest(method, path, skip_host=host is not None)
        if host is not None:
            connection.putheader("Host", host)
        for k, v in {**({"Content-Length": str(len(data))} if data is not None else {}), **(headers or {})}.items():
            connection.putheader(k, v)
        connection.endheaders(data)
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def kinds(desk: Desk) -> dict[str, str]:
    data = json.loads((desk.clean_dir / f"{PAGE}.json").read_text(encoding="utf-8"))
    return {c["kind"] if c["kind"] in ("repeat", "garble") else c["id"]: c["id"] for c in data["corrections"]}


# --- loopback only --------------------------------------------------------------------------------

@pytest.mark.parametrize("address", ["127.0.0.1", "127.0.0.2", "::1", "localhost"])
def test_loopback_addresses_are_allowed(address: str) -> None:
    assert check_address(address)


@pytest.mark.parametrize("address", ["0.0.0.0", "::", "192.168.1.10", "10.0.0.1", "example.com", ""])
def test_other_addresses_are_refused_unless_asked_for(address: str) -> None:
    with pytest.raises(ToolkitError):
        check_address(address)
    if address not in ("example.com", ""):
        assert check_address(address, allow_remote=True)


def test_the_command_refuses_a_remote_address(desk: Desk) -> None:
    result = runner.invoke(app, ["review", "--serve", "--bind", "0.0.0.0", "--dir", str(desk.clean_dir),
                                 "--review", str(desk.review_file)])
    assert result.exit_code == 1
    assert "0.0.0.0 is not a loopback address" in result.output and "--allow-remote" in result.output
    assert len(result.output.strip().splitlines()) == 1


def _outward_address() -> str | None:
    """An address of this machine that is not loopback (the one it would reach the network from)."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("192.0.2.1", 9))  # a documentation address: a UDP connect sends nothing
            address = probe.getsockname()[0]
        except OSError:
            return None
    return None if address.startswith("127.") or address == "0.0.0.0" else address


def test_it_answers_on_loopback_and_nowhere_else(server) -> None:
    host, port = server.server_address[:2]
    assert host == "127.0.0.1"
    assert ask(server, "GET", "/report.html")[0] == 200
    outward = _outward_address()
    if outward is None:
        pytest.skip("this machine has no address but loopback to try")
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection((outward, port), timeout=10).close()


def test_a_page_of_another_site_cannot_use_it(server, desk: Desk) -> None:
    cid = kinds(desk)["repeat"]
    change = {"decisions": {cid: {"verdict": "reject", "comment": ""}}}
    # no mark: what a form or a simple request from any page would send
    assert ask(server, "POST", "/api/decisions", change)[0] == 403
    assert ask(server, "GET", "/api/decisions")[0] == 403
    # the mark, but from another origin (the browser would have asked first; this server never grants it)
    assert ask(server, "POST", "/api/decisions", change, {**MARK, "Origin": "http://evil.example"})[0] == 403
    # DNS rebinding: a name of another site pointed at 127.0.0.1
    port = server.server_address[1]
    assert ask(server, "GET", "/report.html", host=f"evil.example:{port}")[0] == 421
    assert ask(server, "POST", "/api/decisions", change, MARK, host=f"evil.example:{port}")[0] == 421
    assert not desk.review_file.exists()
    assert ask(server, "GET", "/report.html", host=f"localhost:{port}")[0] == 200


# --- what it serves -------------------------------------------------------------------------------

def test_it_serves_the_index_and_reports_and_nothing_else(server, desk: Desk) -> None:
    status, index = ask(server, "GET", "/")
    assert status == 200 and b'href="report.html"' in index
    status, report = ask(server, "GET", "/report.html")
    assert status == 200 and report == (desk.clean_dir / "report.html").read_bytes()
    (desk.clean_dir.parent / "secret.txt").write_text("not for the browser")
    for path in ("/../secret.txt", "/%2e%2e/secret.txt", "/.manifest.json", "/nothing.html", "/a%00b"):
        status, body = ask(server, "GET", path)
        assert status == 404 and b"not for the browser" not in body and b"toolkit" not in body, path


def test_decisions_are_checked_then_written_atomically(server, desk: Desk) -> None:
    ids = kinds(desk)
    status, body = ask(server, "GET", "/api/decisions", headers=MARK)
    assert status == 200 and json.loads(body) == {"file": str(desk.review_file), "decisions": {}}
    change = {"decisions": {ids["repeat"]: {"verdict": "reject", "comment": "两份 \"都\" 留"}, ids["garble"]: {"verdict": "apply"}}}
    status, body = ask(server, "POST", "/api/decisions", change, MARK)
    assert status == 200, body
    assert load_decisions(desk.review_file).by_id == {ids["repeat"]: Decision("reject", '两份 "都" 留'), ids["garble"]: Decision("apply")}
    assert json.loads(body)["decisions"][ids["garble"]] == {"verdict": "apply", "comment": ""}
    assert [p.name for p in desk.review_file.parent.iterdir() if p.name.startswith(".")] == []

    before = desk.review_file.read_bytes()
    join = next(cid for key, cid in ids.items() if key.startswith("join-"))
    for bad, why in (
        ({"decisions": {join: {"verdict": "apply"}}}, b"already applied"),
        ({"decisions": {"join-000000000000": {"verdict": "reject"}}}, b"no such correction"),
        ({"decisions": {ids["repeat"]: {"verdict": "maybe"}}}, b"unknown verdict"),
        ({"decisions": {ids["repeat"]: "reject"}}, b"expected"),
        ({"decisions": []}, b"expected"),
    ):
        status, body = ask(server, "POST", "/api/decisions", bad, MARK)
        assert status == 400 and why in body, (bad, body)
    status, _ = ask(server, "POST", "/api/nothing", {}, MARK)
    assert status == 404
    assert desk.review_file.read_bytes() == before  # nothing refused was written

    # null: back to pending
    status, body = ask(server, "POST", "/api/decisions", {"decisions": {ids["garble"]: None}}, MARK)
    assert status == 200 and set(load_decisions(desk.review_file).by_id) == {ids["repeat"]}


def test_reclean_applies_the_decisions(server, desk: Desk) -> None:
    ids = kinds(desk)
    report = desk.clean_dir / "report.html"
    assert 'data-verdict=""' in report.read_text(encoding="utf-8")
    ask(server, "POST", "/api/decisions", {"decisions": {ids["garble"]: {"verdict": "apply", "comment": "对"}}}, MARK)
    status, body = ask(server, "POST", "/api/clean", {}, MARK)
    assert status == 200, body
    answer = json.loads(body)
    assert answer["cleaned"] == 1 and answer["errors"] == [] and answer["unknown"] == []
    assert "参与相结合" in (desk.clean_dir / f"{PAGE}.md").read_text(encoding="utf-8")
    html = report.read_text(encoding="utf-8")
    assert 'data-verdict="apply" data-comment="对"' in html
    # nothing changed since: the next re-clean skips the issue
    assert json.loads(ask(server, "POST", "/api/clean", {}, MARK)[1])["skipped"] == 1


def test_serving_needs_a_cleaned_folder_from_the_inputs(desk: Desk, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    shutil.copy(SEED, elsewhere / "other.txt")
    with pytest.raises(ToolkitError, match="holds no issue cleaned from"):
        make_server(Desk(desk.clean_dir, desk.review_file, (elsewhere,)))
    with pytest.raises(ToolkitError, match="no such folder"):
        make_server(Desk(tmp_path / "missing", desk.review_file, desk.inputs))


def test_serve_takes_no_decisions_on_the_command_line(desk: Desk) -> None:
    result = runner.invoke(app, ["review", "--serve", "--reject", "x", "--dir", str(desk.clean_dir)])
    assert result.exit_code == 1 and "--serve" in result.output


def test_an_archive_is_served_from_its_index_into_one_decisions_file(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    for key in ("2024/06-01", "2024/06-02"):
        (archive / key).mkdir(parents=True)
        shutil.copy(SEED, archive / key / "page01.txt")
    out = tmp_path / "out"
    result = runner.invoke(app, ["clean", str(archive), "--out", str(out), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    server = make_server(Desk(out, archive / "review.toml", (archive,)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        index = ask(server, "GET", "/")[1].decode()
        links = re.findall(r'href="([^"]+/report.html)"', index)
        assert links == ["2024/06-01/report.html", "2024/06-02/report.html"]
        chosen = {}
        for link in links:
            status, report = ask(server, "GET", "/" + link)
            assert status == 200
            chosen[link] = re.search(r'id="(garble-[0-9a-f]+)"', report.decode())[1]
        assert chosen[links[0]] != chosen[links[1]]  # the same page in two issues: two corrections
        first = {chosen[links[0]]: {"verdict": "apply", "comment": ""}}
        assert ask(server, "POST", "/api/decisions", {"decisions": first}, MARK)[0] == 200
        answer = json.loads(ask(server, "POST", "/api/clean", {}, MARK)[1])
        assert (answer["cleaned"], answer["skipped"]) == (1, 1)  # only the issue the decision concerns
        assert "参与相结合" in (out / "2024/06-01/page01.md").read_text(encoding="utf-8")
        assert "参与与与相结合" in (out / "2024/06-02/page01.md").read_text(encoding="utf-8")
        second = {chosen[links[1]]: {"verdict": "reject", "comment": ""}}
        assert ask(server, "POST", "/api/decisions", {"decisions": second}, MARK)[0] == 200
        assert set(load_decisions(archive / "review.toml").by_id) == set(chosen.values())
    finally:
        server.shutdown()
        server.stop()
        thread.join(timeout=30)
