"""Hostile use (issue 9): no success without the promised file, no good file destroyed, no traceback."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from editions import cleaned_seed, tricky_collection
from toolkit.cli import app
from toolkit.model import dumps

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_db2b0fd91725fc59.txt"
runner = CliRunner()


def invoke(*args: str):
    return runner.invoke(app, [str(a) for a in args])


def one_line_error(result, *words: str) -> str:
    """Exit 1, one `error:` line naming the problem, and no traceback."""
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output and result.exception is None or isinstance(result.exception, SystemExit)
    errors = [line for line in result.output.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, result.output
    for word in words:
        assert word in errors[0], errors[0]
    return errors[0]


@pytest.fixture
def read_only(tmp_path: Path):
    """A folder nobody may write into (as root, whom permissions do not stop: the immutable attribute)."""
    folder = tmp_path / "read-only"
    folder.mkdir()
    if os.geteuid() == 0:
        if not shutil.which("chattr") or subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode:
            pytest.skip("running as root without chattr +i: no folder is read-only")
        yield folder
        subprocess.run(["chattr", "-i", str(folder)], check=True)
    else:
        folder.chmod(0o555)
        yield folder
        folder.chmod(0o755)


@pytest.fixture(scope="module")
def tricky(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("tricky")
    (folder / "tricky.json").write_text(dumps(tricky_collection()), encoding="utf-8")
    return folder


# --- 1–4: no exit 0 without the file, no good file destroyed ------------------------------------


@pytest.mark.parametrize("command", ["epub", "pdf"])
def test_an_edition_into_an_existing_folder_fails_and_says_so(command: str, tricky: Path, tmp_path: Path) -> None:
    target = tmp_path / "already-a-folder"
    target.mkdir()
    result = invoke(command, tricky, "--out", target)
    one_line_error(result, str(target), "folder")
    assert "wrote" not in result.output and list(target.iterdir()) == []


@pytest.mark.parametrize("command", ["epub", "pdf"])
def test_an_edition_into_a_read_only_folder_fails_and_says_so(command: str, tricky: Path, read_only: Path) -> None:
    result = invoke(command, tricky, "--out", read_only / f"book.{command}")
    one_line_error(result, "permission denied")
    assert "wrote" not in result.output


@pytest.mark.parametrize("command", ["epub", "pdf"])
def test_an_edition_under_a_file_fails_and_says_so(command: str, tricky: Path, tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("x")
    one_line_error(invoke(command, tricky, "--out", tmp_path / "a-file" / f"x.{command}"), "a-file", "is a file, not a folder")


def test_a_killed_writer_leaves_the_previous_file_whole(tmp_path: Path) -> None:
    """The mechanism every output goes through, killed (SIGKILL) in the middle of writing."""
    target = tmp_path / "edition.pdf"
    target.write_bytes(b"%PDF- the good one %%EOF")
    script = (
        "import sys, time; from pathlib import Path; from toolkit import files\n"
        f"with files.replacing(Path({str(target)!r})) as temp:\n"
        "    temp.write_bytes(b'%PDF- half of a new one'); print('writing', flush=True); time.sleep(60)\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.stdout.readline().strip() == b"writing"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert target.read_bytes() == b"%PDF- the good one %%EOF"
    leftovers = [p for p in tmp_path.iterdir() if p != target]
    assert all(p.name.startswith(".edition.pdf.") and p.suffix == ".tmp" for p in leftovers) and leftovers
    from toolkit import files

    assert files.sweep(tmp_path) == len(leftovers) and list(tmp_path.iterdir()) == [target]


def test_killing_pdf_while_it_writes_never_destroys_the_previous_pdf(tmp_path: Path) -> None:
    """SIGKILL the moment `toolkit pdf` starts writing: at its temporary file or, as it used to, at the
    output path itself (which it truncated first)."""
    out = tmp_path / "pdf" / "edition.pdf"
    out.parent.mkdir()
    assert invoke("pdf", cleaned_seed(), "--out", out).exit_code == 0
    good = out.read_bytes()
    before = out.stat()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-m", "toolkit", "pdf", str(cleaned_seed()), "--out", str(out), "--title", "新版"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    deadline = time.monotonic() + 120
    while proc.poll() is None and time.monotonic() < deadline:
        now = out.stat()
        if len(os.listdir(out.parent)) > 1 or (now.st_mtime_ns, now.st_size) != (before.st_mtime_ns, before.st_size):
            break  # writing has begun
        time.sleep(0.0005)
    proc.kill()
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the kill came too late: the writer had finished"
    assert out.read_bytes() == good


def test_epub_failing_mid_write_keeps_the_good_epub(tricky: Path, tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "book.epub"
    assert invoke("epub", tricky, "--out", out, "--no-embed-fonts").exit_code == 0
    good = out.read_bytes()
    import ebooklib.epub

    def broken(name, book, options=None):  # a writer that dies half-way, as a bad title once made it
        (open(name, "wb") if isinstance(name, str) else name).write(b"PK\x03\x04 half a zip")
        raise ValueError("All strings must be XML compatible")

    monkeypatch.setattr(ebooklib.epub, "write_epub", broken)
    result = invoke("epub", tricky, "--out", out, "--no-embed-fonts")
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert out.read_bytes() == good


def test_a_clean_run_where_every_input_fails_keeps_the_previous_outputs(tmp_path: Path) -> None:
    inputs, out = tmp_path / "in", tmp_path / "out"
    inputs.mkdir()
    (inputs / "page.txt").write_bytes(SEED.read_bytes())
    assert invoke("clean", inputs, "--out", out).exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    (inputs / "page.txt").write_bytes(b"")
    result = invoke("clean", inputs, "--out", out)
    assert result.exit_code == 1 and "page.txt: the file is empty" in result.output
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_a_report_that_cannot_be_written_leaves_no_half_run(tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / "report.html").mkdir(parents=True)  # something in the way of the report
    result = invoke("clean", SEED, "--out", out)
    one_line_error(result, "report.html")
    assert not list(out.glob("*.json")) and not list(out.glob("*.md")) and not list(out.glob("*.diff"))


# --- 5, 15: long runs in the PDF -------------------------------------------------------------------


def test_long_unbroken_latin_runs_wrap_inside_the_page(tmp_path: Path) -> None:
    import re

    from toolkit.edition import Edition, compose
    from toolkit.model import Block, replace
    from toolkit.pdf import render_pdf

    url = "https://example.com/" + "path/segment-" * 13 + "end"
    token = "A" * 10_000
    col = tricky_collection()
    first = col.articles[0]
    blocks = (Block("paragraph", f"访问{url}了解详情。"), Block("paragraph", f"令牌{token}结束。"), *first.blocks)
    col = replace(col, articles=(replace(first, blocks=blocks), *col.articles[1:]))
    result = render_pdf(compose([col], Edition(date="2024-01-01")), tmp_path / "long.pdf")
    bbox = subprocess.run(["pdftotext", "-bbox", str(result.path), "-"], capture_output=True, text=True, check=True).stdout
    width = float(re.search(r'<page width="([\d.]+)"', bbox)[1])
    assert max(float(x) for x in re.findall(r'xMax="([\d.]+)"', bbox)) <= width
    assert min(float(x) for x in re.findall(r'xMin="(-?[\d.]+)"', bbox)) >= 0
    text = re.sub(r"\s+", "", subprocess.run(["pdftotext", "-raw", str(result.path), "-"], capture_output=True, text=True).stdout)
    # all of it, wrapped: nothing past the edge (pdftotext drops a hyphen that ends a line)
    # (the token runs over pages, between which come the running head and the page number)
    assert url.replace("-", "") in text.replace("-", "") and text.count("A") >= len(token)


def test_a_very_long_title_makes_a_short_running_head(tmp_path: Path) -> None:
    from toolkit.edition import Edition, compose
    from toolkit.model import replace
    from toolkit.pdf import geometry, render_html

    col = tricky_collection()
    long = "很长的标题" * 600
    col = replace(col, articles=(replace(col.articles[0], title=long), *col.articles[1:]))
    html = render_html(compose([col], Edition(date="2024-01-01")), geometry("A5"))
    assert f'data-running="{long[:29]}…"' in html


# --- 6–11, 17: one clear line instead of a traceback -------------------------------------------


def test_clean_into_a_read_only_folder(read_only: Path) -> None:
    one_line_error(invoke("clean", SEED, "--out", read_only), "permission denied")


def test_clean_out_an_existing_file(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    one_line_error(invoke("clean", SEED, "--out", tmp_path / "file"), "is a file, not a folder")


@pytest.mark.parametrize("where", ["title", "kicker", "byline", "text"])
@pytest.mark.parametrize("bad", ["\x01", "\x1b", "\ud800", "\uffff"])
def test_unprintable_characters_in_a_cleaned_collection(where: str, bad: str, tmp_path: Path) -> None:
    data = json.loads(dumps(tricky_collection()))
    article = data["articles"][1]
    if where == "text":
        article["blocks"][0]["text"] = f"第二篇{bad}的正文。"
    elif where == "byline":
        article["byline"] = [f"王{bad}五"]
    else:
        article[where] = f"题{bad}目"
    path = tmp_path / "c.json"
    path.write_text(json.dumps(data, ensure_ascii=True), encoding="utf-8")  # \\ud800 as an escape, as a hand-edit would
    for command, suffix in (("epub", "epub"), ("pdf", "pdf")):
        out = tmp_path / f"book.{suffix}"
        extra = ["--no-embed-fonts"] if command == "epub" else []
        result = invoke(command, path, "--out", out, *extra)
        assert result.exit_code == 0, result.output
        assert "cannot be printed" in result.output and out.stat().st_size > 0
    with zipfile.ZipFile(tmp_path / "book.epub") as book:
        text = book.read("EPUB/text/a002.xhtml").decode("utf-8")
    assert bad not in text and ("王五" in text or "题目" in text or "第二篇的正文" in text)


@pytest.mark.parametrize("option", ["--title", "--subtitle", "--editor", "--publisher"])
def test_unprintable_characters_in_edition_metadata(option: str, tricky: Path, tmp_path: Path) -> None:
    out = tmp_path / "book.epub"
    result = invoke("epub", tricky, "--out", out, "--no-embed-fonts", option, "坏\x01标\x7f题")
    assert result.exit_code == 0, result.output
    assert "cannot be printed" in result.output
    assert "坏标题" in zipfile.ZipFile(out).read("EPUB/content.opf").decode() or option == "--subtitle" or option == "--publisher"


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("[1, 2, 3]", ["c.json", "expected an object"]),
        ('{"schema": 1, "source": {"path": "p", "sha256": "", "encoding": "utf-8", "lines": []}, "articles": [{"id": "a", "title": "t", "blocks": "abc"}]}',
         ["c.json", "articles[0].blocks", "expected a list"]),
        ('{"schema": 1, "source": {"path": "p", "sha256": "", "encoding": "utf-8", "lines": []}, "articles": [{"id": "a", "title": "t", "blocks": [{"type": "paragraph", "text": 12345}]}]}',
         ["c.json", "text", "expected a string"]),
        ('{"some": "json"}', ["c.json", "unsupported collection schema None"]),
        ("not json", ["c.json", "invalid JSON"]),
    ],
)
@pytest.mark.parametrize("command", ["pdf", "epub", "review"])
def test_json_of_the_wrong_shape_names_the_file_and_the_key(command: str, content: str, words: list[str], tmp_path: Path) -> None:
    folder = tmp_path / "clean"
    folder.mkdir()
    (folder / "c.json").write_text(content, encoding="utf-8")
    if command == "review":
        result = invoke("review", "--dir", folder, "--review", tmp_path / "review.toml")
    else:
        result = invoke(command, folder, "--out", tmp_path / f"x.{command}")
    one_line_error(result, *words)


@pytest.mark.parametrize(
    ("toml", "words"),
    [
        ('[decisions]\n"join-1" = 5\n', ["review.toml", "decisions.join-1", "an integer"]),
        ('[decisions]\n"join-1" = ["reject"]\n', ["review.toml", "decisions.join-1", "an array"]),
        ('decisions = "reject"\n', ["review.toml", "`decisions` must be a table", "a string"]),
        ('[decisions]\n"join-1" = "maybe"\n', ["review.toml", "not 'maybe'"]),
        ('[decisions."join-1"]\nverdict = 1\n', ["review.toml", "not an integer"]),
        ('[decisions."join-1"]\nverdict = "reject"\ncomment = 3\n', ["review.toml", "comment", "expected a string"]),
        ('[decisions."join-1"]\nverdict = "reject"\nnote = "x"\n', ["review.toml", "unknown key(s) note"]),
        ("[decisions\n", ["review.toml", "not valid TOML"]),
    ],
)
@pytest.mark.parametrize("command", ["clean", "review"])
def test_a_decisions_file_with_wrong_types(command: str, toml: str, words: list[str], tmp_path: Path) -> None:
    review = tmp_path / "review.toml"
    review.write_text(toml, encoding="utf-8")
    if command == "clean":
        result = invoke("clean", SEED, "--out", tmp_path / "out", "--review", review)
    else:
        result = invoke("review", "--dir", cleaned_seed(), "--review", review)
    one_line_error(result, *words)


def test_an_edition_file_with_wrong_types(tricky: Path, tmp_path: Path) -> None:
    edition = tmp_path / "edition.toml"
    edition.write_text('[edition]\ntitle = ["a", "b"]\n', encoding="utf-8")
    one_line_error(invoke("epub", tricky, "--out", tmp_path / "x.epub", "--edition", edition), "edition.toml", "edition.title", "expected a string")


def test_an_empty_folder_is_named(tmp_path: Path) -> None:
    one_line_error(invoke("clean", tmp_path, "--out", tmp_path / "out"), str(tmp_path), "no page files")


def test_utf16_without_bom_and_a_stray_nul_are_read(tmp_path: Path) -> None:
    text = SEED.read_text(encoding="utf-8")
    (tmp_path / "utf16.txt").write_bytes(text.encode("utf-16-le"))
    (tmp_path / "nul.txt").write_bytes(text[:300].encode() + b"\x00" + text[300:].encode())
    result = invoke("clean", tmp_path, "--out", tmp_path / "out")
    assert result.exit_code == 0, result.output
    for name in ("utf16", "nul"):
        data = json.loads((tmp_path / "out" / f"{name}.json").read_text(encoding="utf-8"))
        assert len(data["articles"]) == 7


def test_an_unexpected_error_is_called_a_bug_without_a_traceback(monkeypatch, tmp_path: Path) -> None:
    import toolkit.jobs

    def boom(*args, **kwargs):
        raise RuntimeError("something nobody expected")

    monkeypatch.setattr(toolkit.jobs, "clean_archive", boom)
    result = invoke("clean", SEED, "--out", tmp_path / "out")
    line = one_line_error(result, "internal error (RuntimeError: something nobody expected)", "bug", "--debug")
    assert "report" in line
    debug = invoke("--debug", "clean", SEED, "--out", tmp_path / "out")
    assert isinstance(debug.exception, RuntimeError)  # --debug: the exception itself, for its traceback


# --- 12, 18: the review loop ---------------------------------------------------------------------


def test_a_comment_with_a_control_character_keeps_the_decisions_file_valid(tmp_path: Path) -> None:
    data = json.loads((cleaned_seed() / "000_db2b0fd91725fc59.json").read_text(encoding="utf-8"))
    cid = next(c["id"] for c in data["corrections"] if c["kind"] == "join")
    review = tmp_path / "review.toml"
    done = invoke("review", "--dir", cleaned_seed(), "--review", review, "--reject", cid, "--comment", "bad\x01char\ud800")
    assert done.exit_code == 0, done.output
    again = invoke("review", "--dir", cleaned_seed(), "--review", review, "--status", "rejected")
    assert again.exit_code == 0 and cid in again.output
    import tomllib

    assert tomllib.loads(review.read_text(encoding="utf-8"))["decisions"][cid]["comment"] == "bad\x01char\ufffd"
    assert invoke("clean", SEED, "--out", tmp_path / "out", "--review", review).exit_code == 0


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--kind", "nonsense"], ["unknown kind 'nonsense'", "join"]),
        (["--status", "nonsense"], ["unknown status 'nonsense'", "pending"]),
    ],
)
def test_review_refuses_unknown_kinds_and_statuses(args: list[str], words: list[str], tmp_path: Path) -> None:
    one_line_error(invoke("review", "--dir", cleaned_seed(), "--review", tmp_path / "r.toml", *args), *words)


def test_review_refuses_two_verdicts_for_one_id_and_apply_on_an_applied_change(tmp_path: Path) -> None:
    data = json.loads((cleaned_seed() / "000_db2b0fd91725fc59.json").read_text(encoding="utf-8"))
    join = next(c["id"] for c in data["corrections"] if c["kind"] == "join" and c["action"] == "applied")
    flagged = next(c["id"] for c in data["corrections"] if c["action"] == "flagged")
    review = tmp_path / "r.toml"
    one_line_error(invoke("review", "--dir", cleaned_seed(), "--review", review, "--reject", join, "--accept", join), join, "two verdicts")
    one_line_error(invoke("review", "--dir", cleaned_seed(), "--review", review, "--apply", join), join, "already applied")
    assert not review.exists()  # nothing recorded by a refused command
    assert invoke("review", "--dir", cleaned_seed(), "--review", review, "--apply", flagged).exit_code == 0


# --- 16: reproducible EPUB -----------------------------------------------------------------------


def test_epub_bytes_are_reproducible(tricky: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "1.epub", tmp_path / "2.epub"
    assert invoke("epub", tricky, "--out", first, "--date", "2024-05-01").exit_code == 0
    time.sleep(2.1)  # zip timestamps have a two-second resolution: a wall-clock stamp would now differ
    assert invoke("epub", tricky, "--out", second, "--date", "2024-05-01").exit_code == 0
    assert first.read_bytes() == second.read_bytes()
    with zipfile.ZipFile(first) as book:
        assert book.namelist()[0] == "mimetype" and book.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
        assert {info.date_time for info in book.infolist()} == {(2024, 5, 1, 0, 0, 0)}


# --- 13: ids -------------------------------------------------------------------------------------


def test_one_rejection_rejects_one_correction_even_for_identical_pages(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / "in" / folder).mkdir(parents=True)
        (tmp_path / "in" / folder / "page.txt").write_bytes(SEED.read_bytes())
    out = tmp_path / "out"
    assert invoke("clean", tmp_path / "in", "--out", out).exit_code == 0
    first, second = (json.loads((out / f / "page.json").read_text(encoding="utf-8"))["corrections"] for f in ("a", "b"))
    ids = [c["id"] for c in first + second]
    assert len(ids) == len(set(ids))  # identical text, untitled or not: every correction its own id
    review = tmp_path / "in" / "review.toml"
    truncation = next(c["id"] for c in first if c["kind"] == "truncation")
    assert invoke("review", "--dir", out, "--review", review, "--reject", truncation).exit_code == 0
    assert invoke("clean", tmp_path / "in", "--out", out).exit_code == 0
    statuses = [c["status"] for f in ("a", "b") for c in json.loads((out / f / "page.json").read_text(encoding="utf-8"))["corrections"]]
    assert statuses.count("rejected") == 1
