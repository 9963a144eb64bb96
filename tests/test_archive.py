"""Archives: issue folders cleaned each as its own run, in parallel, incrementally, and safe to kill."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from toolkit.archive import find_issues, units
from toolkit.cli import app
from toolkit.jobs import clean_archive, plan
from toolkit.review import Decision, Decisions

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_db2b0fd91725fc59.txt"
PUBLIC = ROOT.parent / "shared" / "eval" / "pages" / "public"
runner = CliRunner()


def _pages() -> list[bytes]:
    return [SEED.read_bytes(), *(p.read_bytes() for p in sorted(PUBLIC.glob("*.txt")))] if PUBLIC.is_dir() else [SEED.read_bytes()]


def make_archive(folder: Path, issues: tuple[str, ...] = ("2024/06-01", "2024/06-02", "2024/06-03"), per_issue: int = 2) -> Path:
    pages = _pages()
    n = 0
    for key in issues:
        (folder / key).mkdir(parents=True, exist_ok=True)
        for i in range(per_issue):
            (folder / key / f"page{i + 1:02d}.txt").write_bytes(pages[n % len(pages)])
            n += 1
    return folder


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` (hidden ones too), by relative path."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def clean(*args: str) -> None:
    result = runner.invoke(app, ["clean", *args])
    assert result.exit_code == 0, result.output


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    return make_archive(tmp_path_factory.mktemp("archive") / "archive")


@pytest.fixture(scope="module")
def cleaned(archive: Path, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("out") / "clean"
    clean(str(archive), "--out", str(out), "--jobs", "1")
    return out


def test_outputs_mirror_the_issue_folders(cleaned: Path) -> None:
    for key in ("2024/06-01", "2024/06-02", "2024/06-03"):
        for stem in ("page01", "page02"):
            for suffix in (".json", ".md", ".diff"):
                assert (cleaned / key / f"{stem}{suffix}").is_file()
        assert (cleaned / key / "report.html").is_file() and (cleaned / key / ".manifest.json").is_file()
    data = json.loads((cleaned / "2024/06-02/page01.json").read_text(encoding="utf-8"))
    assert data["name"] == "2024/06-02/page01" and data["articles"][0]["id"].startswith("2024/06-02/page01-")


def test_index_lists_each_issue_with_its_counts_and_links(cleaned: Path) -> None:
    import lxml.html

    doc = lxml.html.fromstring((cleaned / "index.html").read_bytes())
    rows = doc.xpath("//tr[@data-issue]")
    assert [r.get("data-issue") for r in rows] == ["2024/06-01", "2024/06-02", "2024/06-03"]
    assert [r.xpath(".//a/@href")[0] for r in rows] == [f"2024/06-0{i}/report.html" for i in (1, 2, 3)]
    data = json.loads((cleaned / "2024/06-01/page01.json").read_text(encoding="utf-8"))
    data2 = json.loads((cleaned / "2024/06-01/page02.json").read_text(encoding="utf-8"))
    pending = sum(1 for d in (data, data2) for c in d["corrections"]
                  if c["status"] == "pending" and (c["action"] == "flagged" or c["confidence"] < 0.8))
    assert rows[0].get("data-awaiting") == str(pending)


def test_each_issue_report_holds_only_its_own_pages(cleaned: Path) -> None:
    report = (cleaned / "2024/06-02/report.html").read_text(encoding="utf-8")
    assert "2024/06-02/page01" in report and "2024/06-01/page01" not in report


def test_a_page_reads_the_same_alone_with_its_issue_as_inside_the_archive(archive: Path, cleaned: Path, tmp_path: Path, monkeypatch) -> None:
    """Only the issue matters: the same issue folder alone (same layout) gives the same bytes."""
    alone = make_archive(tmp_path / "archive", issues=("2024/06-02",))
    for name in ("page01.txt", "page02.txt"):
        (alone / "2024/06-02" / name).write_bytes((archive / "2024/06-02" / name).read_bytes())
    monkeypatch.chdir(tmp_path)
    clean("archive", "--out", "out", "--jobs", "1")
    monkeypatch.chdir(archive.parent)
    clean("archive", "--out", "whole", "--jobs", "1")
    for name in ("page01.json", "page02.json"):
        assert (tmp_path / "out/2024/06-02" / name).read_bytes() == (archive.parent / "whole/2024/06-02" / name).read_bytes()


def test_outputs_are_the_same_bytes_whatever_the_number_of_jobs(archive: Path, cleaned: Path, tmp_path: Path) -> None:
    clean(str(archive), "--out", str(tmp_path / "two"), "--jobs", "2")
    assert tree(tmp_path / "two") == tree(cleaned)


def test_rerun_on_an_unchanged_archive_cleans_and_writes_nothing(archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    work = plan([archive], out)
    first = clean_archive(work, out)
    assert first.cleaned == 3 and first.skipped == 0
    before = {p: p.stat().st_mtime_ns for p in out.rglob("*")}
    again = clean_archive(work, out)
    assert again.cleaned == 0 and again.skipped == 3 and again.written == 0
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*")} == before
    assert again.articles == first.articles and again.counts == first.counts and again.pending == first.pending


def test_the_same_archive_named_another_way_is_not_cleaned_again(archive: Path, tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "out"
    clean_archive(plan([archive], out), out)
    monkeypatch.chdir(archive.parent)
    assert clean_archive(plan([Path(archive.name)], out), out).cleaned == 0


def test_touching_one_page_cleans_only_its_issue(archive: Path, tmp_path: Path) -> None:
    work_archive = make_archive(tmp_path / "a")
    out = tmp_path / "out"
    clean_archive(plan([work_archive], out), out)
    untouched = {p: p.stat().st_mtime_ns for p in (out / "2024/06-01").iterdir()}
    page = work_archive / "2024/06-03/page02.txt"
    page.write_bytes(page.read_bytes() + "\n新增的一段文字。\n".encode())
    seen = []
    result = clean_archive(plan([work_archive], out), out, progress=seen.append)
    assert result.cleaned == 1 and result.skipped == 2
    assert [r.issues for r in seen if not r.skipped] == [("2024/06-03",)]
    assert {p: p.stat().st_mtime_ns for p in (out / "2024/06-01").iterdir()} == untouched
    assert "新增的一段文字" in (out / "2024/06-03/page02.md").read_text(encoding="utf-8")


def test_a_new_decision_cleans_again_only_the_issue_it_concerns(archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    clean_archive(plan([archive], out), out)
    data = json.loads((out / "2024/06-02/page01.json").read_text(encoding="utf-8"))
    cid = next(c["id"] for c in data["corrections"] if c["kind"] == "join")
    result = clean_archive(plan([archive], out), out, Decisions({cid: Decision("reject")}))
    assert result.cleaned == 1 and result.skipped == 2 and not result.unknown_decisions(Decisions({cid: Decision("reject")}))
    data = json.loads((out / "2024/06-02/page01.json").read_text(encoding="utf-8"))
    assert next(c for c in data["corrections"] if c["id"] == cid)["action"] == "rejected"


def test_a_changed_comment_cleans_again_only_its_issue_whose_report_shows_it(archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    clean_archive(plan([archive], out), out)
    data = json.loads((out / "2024/06-02/page01.json").read_text(encoding="utf-8"))
    cid = next(c["id"] for c in data["corrections"] if c["kind"] == "join")
    clean_archive(plan([archive], out), out, Decisions({cid: Decision("reject", "两段")}))
    result = clean_archive(plan([archive], out), out, Decisions({cid: Decision("reject", "确是两段")}))
    assert result.cleaned == 1 and result.skipped == 2
    assert 'data-verdict="reject" data-comment="确是两段"' in (out / "2024/06-02/report.html").read_text(encoding="utf-8")


def test_force_cleans_everything_again(archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    clean_archive(plan([archive], out), out)
    assert clean_archive(plan([archive], out), out, force=True).cleaned == 3


def test_a_page_removed_from_an_issue_takes_its_outputs_along(tmp_path: Path) -> None:
    archive = make_archive(tmp_path / "a")
    out = tmp_path / "out"
    clean_archive(plan([archive], out), out)
    (archive / "2024/06-01/page02.txt").unlink()
    clean_archive(plan([archive], out), out)
    assert not (out / "2024/06-01/page02.json").exists() and (out / "2024/06-01/page01.json").exists()


def test_pages_named_one_by_one_leave_the_other_pages_outputs_alone(tmp_path: Path) -> None:
    """Cleaning page01 and then page02 of a folder into one --out keeps both: only a folder read whole says
    which of its pages are gone."""
    archive = make_archive(tmp_path / "a", issues=("x",))
    out = tmp_path / "out"
    clean(str(archive / "x" / "page01.txt"), "--out", str(out), "--jobs", "1")
    clean(str(archive / "x" / "page02.txt"), "--out", str(out), "--jobs", "1")
    assert (out / "page01.json").exists() and (out / "page02.json").exists()
    assert [i.whole for i in find_issues([archive / "x" / "page01.txt"])] == [False]
    assert [i.whole for i in find_issues([archive, archive / "x" / "page01.txt"])] == [True]


def test_scopes(tmp_path: Path) -> None:
    issues = find_issues([make_archive(tmp_path / "a")])
    assert [len(u.groups) for u in units(issues, "issue")] == [1, 1, 1]
    assert [len(u.groups) for u in units(issues, "page")] == [2, 2, 2]
    (run,) = units(issues, "run")
    assert len(run.issues) == 3 and len(run.groups) == 1 and len(run.groups[0]) == 6


def test_scope_page_cleans_each_page_alone(tmp_path: Path, monkeypatch) -> None:
    archive = make_archive(tmp_path / "a", issues=("x",))
    monkeypatch.chdir(tmp_path)
    clean("a", "--out", "by-page", "--scope", "page", "--jobs", "1")
    (tmp_path / "single").mkdir()
    (tmp_path / "single" / "x").mkdir()
    (tmp_path / "single" / "x" / "page01.txt").write_bytes((archive / "x" / "page01.txt").read_bytes())
    clean(str(Path("a") / "x" / "page01.txt"), "--out", "alone", "--jobs", "1")
    a = json.loads((tmp_path / "by-page/x/page01.json").read_text(encoding="utf-8"))
    b = json.loads((tmp_path / "alone/page01.json").read_text(encoding="utf-8"))
    assert [x["text"] for art in a["articles"] for x in art["blocks"]] == [x["text"] for art in b["articles"] for x in art["blocks"]]


def test_review_across_the_archive_and_by_issue(cleaned: Path, tmp_path: Path) -> None:
    review = tmp_path / "review.toml"
    everything = runner.invoke(app, ["review", "--dir", str(cleaned), "--review", str(review)])
    one = runner.invoke(app, ["review", "--dir", str(cleaned), "--review", str(review), "--issue", "2024/06-02"])
    pattern = runner.invoke(app, ["review", "--dir", str(cleaned), "--review", str(review), "--issue", "2024/06-0[12]"])
    assert everything.exit_code == one.exit_code == pattern.exit_code == 0, everything.output + one.output
    count = lambda r: int(r.output.strip().splitlines()[-1].split()[0])  # noqa: E731
    per_issue = [count(runner.invoke(app, ["review", "--dir", str(cleaned), "--review", str(review), "--issue", f"2024/06-0{i}"]))
                 for i in (1, 2, 3)]
    assert count(everything) == sum(per_issue) and count(one) == per_issue[1] and count(pattern) == per_issue[0] + per_issue[1]
    assert "2024/06-01/" not in one.output
    missing = runner.invoke(app, ["review", "--dir", str(cleaned), "--review", str(review), "--issue", "1999"])
    assert missing.exit_code == 1 and "no cleaned collection in issue(s) 1999" in missing.output


def test_editions_read_an_archive(cleaned: Path) -> None:
    from toolkit.edition import collection_paths

    paths = collection_paths([cleaned])
    assert len(paths) == 6 and all(p.suffix == ".json" and not p.name.startswith(".") for p in paths)


# --- killed runs ----------------------------------------------------------------------------------


def _complete(out: Path) -> None:
    """No output path holds a partial file: every JSON parses, every page of HTML is whole."""
    for path in out.rglob("*"):
        if path.suffix == ".json":
            json.loads(path.read_text(encoding="utf-8"))
        elif path.suffix == ".html":
            assert path.read_text(encoding="utf-8").rstrip().endswith("</html>"), path
        elif path.suffix == ".tmp":
            assert path.name.startswith("."), path  # a killed writer's temporary file, never at an output path


def _gone(group: int) -> None:
    """Wait until every process of the killed group has died (workers die a moment after the run)."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        alive = []
        for stat in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat.read_bytes().rpartition(b")")[2].split()
            except OSError:
                continue
            if int(fields[2]) == group and fields[0] != b"Z":
                alive.append(stat)
        if not alive:
            return
        time.sleep(0.01)


def test_killing_a_run_midway_leaves_no_partial_file_and_the_next_run_completes(tmp_path: Path) -> None:
    archive = make_archive(tmp_path / "a", issues=tuple(f"2024/06-{d:02d}" for d in range(1, 9)), per_issue=3)
    reference = tmp_path / "reference"
    clean(str(archive), "--out", str(reference), "--jobs", "1")
    out = tmp_path / "out"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for pause in (0.0, 0.005, 0.02, 0.05):
        # --force: every issue is written again over the files of the run before, so the kill lands
        # while outputs are being replaced (between issues, between renames, inside a write)
        started = time.time()
        proc = subprocess.Popen([sys.executable, "-m", "toolkit", "clean", str(archive), "--out", str(out), "--jobs", "2", "--force"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, start_new_session=True)
        deadline = time.monotonic() + 60
        while proc.poll() is None and time.monotonic() < deadline and not any(
            p.stat().st_mtime > started for p in out.rglob(".manifest.json")
        ):
            time.sleep(0.005)
        time.sleep(pause)
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        _gone(proc.pid)
        _complete(out)
    result = runner.invoke(app, ["clean", str(archive), "--out", str(out), "--jobs", "2"])
    assert result.exit_code == 0, result.output
    _complete(out)
    assert not list(out.rglob("*.tmp"))  # the finished run swept what the killed ones left
    assert tree(out) == tree(reference)
    again = runner.invoke(app, ["clean", str(archive), "--out", str(out), "--jobs", "2"])
    assert "8 unchanged since the last run, skipped" in again.output


def test_a_bug_on_one_issue_is_reported_and_the_others_are_cleaned(archive: Path, tmp_path: Path, monkeypatch) -> None:
    import toolkit.pipeline

    real = toolkit.pipeline.clean_sources

    def buggy(sources, decisions=None, progress=None, names=None):
        if any("06-02" in n for n in names or ()):
            raise KeyError("a page nobody foresaw")
        return real(sources, decisions, progress, names)

    monkeypatch.setattr(toolkit.pipeline, "clean_sources", buggy)
    out = tmp_path / "out"
    result = runner.invoke(app, ["clean", str(archive), "--out", str(out), "--jobs", "1"])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "2024/06-02: internal error while cleaning this issue (KeyError" in result.output and "a bug" in result.output
    assert (out / "2024/06-01/page01.json").exists() and (out / "2024/06-03/page01.json").exists()
    assert not (out / "2024/06-02").exists()
