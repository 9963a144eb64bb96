"""The command line: clean, review, help, bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from toolkit.cli import app

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_db2b0fd91725fc59.txt"
runner = CliRunner()


@pytest.fixture(scope="module")
def cleaned(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("clean")
    result = runner.invoke(app, ["clean", str(SEED), "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_clean_writes_json_markdown_diff_and_summary(cleaned: Path) -> None:
    for suffix in (".json", ".md", ".diff"):
        assert (cleaned / f"000_db2b0fd91725fc59{suffix}").exists()
    data = json.loads((cleaned / "000_db2b0fd91725fc59.json").read_text(encoding="utf-8"))
    assert data["schema"] == 1 and len(data["articles"]) == 7 and data["source"]["sha256"]
    assert "## 聚力打造自贸区特色法庭" in (cleaned / "000_db2b0fd91725fc59.md").read_text(encoding="utf-8")


def test_bad_file_is_reported_and_others_still_cleaned(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PNG")
    (tmp_path / "good.txt").write_bytes(SEED.read_bytes())
    result = runner.invoke(app, ["clean", str(tmp_path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert "empty.txt: the file is empty" in result.output and "binary.txt" in result.output
    assert (tmp_path / "out" / "good.json").exists()


def test_missing_input_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["clean", str(tmp_path / "nope.txt")])
    assert result.exit_code == 1 and "no such file or folder" in result.output


def test_review_lists_and_records(cleaned: Path, tmp_path: Path) -> None:
    review = tmp_path / "review.toml"
    listing = runner.invoke(app, ["review", "--dir", str(cleaned), "--review", str(review), "--kind", "repeat"])
    assert listing.exit_code == 0, listing.output
    assert "repeat" in listing.output and "1 correction(s)" in listing.output
    repeat_id = listing.output.splitlines()[1].split()[0]
    done = runner.invoke(app, ["review", "--dir", str(cleaned), "--review", str(review), "--reject", repeat_id])
    assert done.exit_code == 0, done.output
    status = runner.invoke(app, ["review", "--dir", str(cleaned), "--review", str(review), "--status", "rejected"])
    assert repeat_id in status.output
    bad = runner.invoke(app, ["review", "--dir", str(cleaned), "--review", str(review), "--accept", "join-00000000"])
    assert bad.exit_code == 1 and "no such correction" in bad.output


def test_review_records_where_the_next_clean_reads(tmp_path: Path, monkeypatch) -> None:
    """Without --review, `review` records in the decisions file the issues were cleaned with (review.toml
    beside their inputs), wherever it is run from, and the next clean applies the decision."""
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "p1.txt").write_bytes(SEED.read_bytes())
    out = tmp_path / "out"
    assert runner.invoke(app, ["clean", str(pages / "p1.txt"), "--out", str(out)]).exit_code == 0
    data = json.loads((out / "p1.json").read_text(encoding="utf-8"))
    repeat = next(c for c in data["corrections"] if c["kind"] == "repeat")
    monkeypatch.chdir(tmp_path / "out")  # somewhere else
    done = runner.invoke(app, ["review", "--dir", str(out), "--reject", repeat["id"]])
    assert done.exit_code == 0 and (pages / "review.toml").exists(), done.output
    assert runner.invoke(app, ["clean", str(pages / "p1.txt"), "--out", str(out)]).exit_code == 0
    again = json.loads((out / "p1.json").read_text(encoding="utf-8"))
    assert next(c for c in again["corrections"] if c["id"] == repeat["id"])["action"] == "rejected"
    # outputs that do not say which file they were cleaned with: ask for it
    nowhere = runner.invoke(app, ["review", "--dir", str(tmp_path / "pages")])
    assert nowhere.exit_code == 1 and "--review" in nowhere.output


def test_a_downloaded_decisions_file_is_merged_into_the_decisions_file(cleaned: Path, tmp_path: Path) -> None:
    from toolkit.review import Decision, load_decisions

    data = json.loads((cleaned / "000_db2b0fd91725fc59.json").read_text(encoding="utf-8"))
    repeat = next(c["id"] for c in data["corrections"] if c["kind"] == "repeat")
    garble = next(c["id"] for c in data["corrections"] if c["kind"] == "garble")
    join = next(c["id"] for c in data["corrections"] if c["kind"] == "join")
    review, downloaded = tmp_path / "review.toml", tmp_path / "downloaded.toml"
    review.write_text(f'[decisions]\n"{repeat}" = "reject"\n"{join}" = "reject"\n', encoding="utf-8")
    downloaded.write_text(f'[decisions]\n"{garble}" = {{ verdict = "apply", comment = "对" }}\n"{join}" = "accept"\n', encoding="utf-8")
    args = ["review", "--dir", str(cleaned), "--review", str(review), "--merge"]
    result = runner.invoke(app, [*args, str(downloaded)])
    assert result.exit_code == 0, result.output
    assert load_decisions(review).by_id == {repeat: Decision("reject"), garble: Decision("apply", "对"), join: Decision("accept")}
    before = review.read_bytes()
    downloaded.write_text(f'[decisions]\n"{join}" = "apply"\n', encoding="utf-8")
    result = runner.invoke(app, [*args, str(downloaded)])
    assert result.exit_code == 1 and "already applied" in result.output and review.read_bytes() == before


def test_rejections_in_a_decisions_file_are_honoured(cleaned: Path, tmp_path: Path) -> None:
    data = json.loads((cleaned / "000_db2b0fd91725fc59.json").read_text(encoding="utf-8"))
    repeat = next(c for c in data["corrections"] if c["kind"] == "repeat")
    join = next(c for c in data["corrections"] if c["kind"] == "join")
    review = tmp_path / "review.toml"
    review.write_text(f'[decisions]\n"{repeat["id"]}" = "reject"\n"{join["id"]}" = "reject"\n"typo-00000000" = "accept"\n', encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["clean", str(SEED), "--out", str(out), "--review", str(review)])
    assert result.exit_code == 0, result.output
    assert "typo-00000000" in result.output  # unknown ids are reported
    md = (out / "000_db2b0fd91725fc59.md").read_text(encoding="utf-8")
    first_sentence = repeat["before"].split("。")[0]
    assert md.count(first_sentence) == 2  # the repeated run is back
    tail, head = join["before"].split("\n")
    assert f"{tail}\n\n{head}" in md  # the break is restored
    assert result.output.rstrip().endswith("await an editor's decision (toolkit review)")


def test_every_command_has_help() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    commands = [name for name in ("clean", "review", "pdf", "epub", "doctor") if name in result.output]
    for name in commands:
        sub = runner.invoke(app, [name, "--help"])
        assert sub.exit_code == 0 and "Example" in sub.output, name


def test_python_m_toolkit_help() -> None:
    result = subprocess.run([sys.executable, "-m", "toolkit", "--help"], capture_output=True, text=True)
    assert result.returncode == 0 and "clean" in result.stdout


def test_inputs_sharing_a_name_keep_their_own_outputs_and_ids(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "page.txt").write_bytes(SEED.read_bytes())
    out = tmp_path / "out"
    result = runner.invoke(app, ["clean", str(tmp_path / "a"), str(tmp_path / "b"), str(tmp_path / "a" / "page.txt"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "cleaning 2 file(s)" in result.output  # a/page.txt named twice is read once
    # the outputs mirror the inputs under the folder they have in common
    first, second = (json.loads((out / folder / "page.json").read_text(encoding="utf-8")) for folder in ("a", "b"))
    assert first["source"]["path"].endswith("a/page.txt") and second["source"]["path"].endswith("b/page.txt")
    ids = [a["id"] for a in first["articles"]] + [a["id"] for a in second["articles"]]
    assert len(ids) == len(set(ids)) == 14
    # each page's corrections stay with its own articles
    for data in (first, second):
        mine = {a["id"] for a in data["articles"]}
        assert data["corrections"] and all(c["article"] in mine for c in data["corrections"])


def test_clean_says_which_files_it_read_back_from_a_layout_for_print(tmp_path: Path) -> None:
    """A page copied line by line off a printed column is rejoined at ingest, and the run says so."""
    from test_ingest import ARTICLE
    from train.layout import wrapped

    (tmp_path / "wrapped.txt").write_text(wrapped(ARTICLE, 32, "indent"), encoding="utf-8")
    (tmp_path / "plain.txt").write_text("\n\n".join(ARTICLE), encoding="utf-8")
    result = runner.invoke(app, ["clean", str(tmp_path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert "1 file(s) set out for print" in result.output
    saved = json.loads((tmp_path / "out" / "wrapped.json").read_text(encoding="utf-8"))
    assert saved["source"]["wrapped"] == [32]
