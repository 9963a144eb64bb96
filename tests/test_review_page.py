"""Deciding in the report, in a real headless Chromium: the keyboard, the outcome shown, the downloaded
review.toml read by `toolkit clean --review`, and the same through `toolkit review --serve`."""

from __future__ import annotations

import json
import os
import re
import select
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from selenium.webdriver.common.keys import Keys
from typer.testing import CliRunner

from browser import chromium, current, downloaded, go_to, press, ready, script, state, wait
from toolkit.cli import app
from toolkit.review import Decision, Decisions, decide, dumps_decisions, load_decisions

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_db2b0fd91725fc59.txt"
PAGE = SEED.stem
runner = CliRunner()


def clean(pages: Path, out: Path, *extra: str) -> None:
    result = runner.invoke(app, ["clean", str(pages), "--out", str(out), "--jobs", "1", *extra])
    assert result.exit_code == 0, result.output


def corrections(out: Path) -> dict[str, dict]:
    return {c["id"]: c for c in json.loads((out / f"{PAGE}.json").read_text(encoding="utf-8"))["corrections"]}


def text(out: Path) -> str:
    return (out / f"{PAGE}.md").read_text(encoding="utf-8")


@pytest.fixture()
def desk(tmp_path: Path) -> tuple[Path, Path]:
    """The seed page in a folder of its own (where review.toml goes), cleaned into out/."""
    pages = tmp_path / "pages"
    pages.mkdir()
    shutil.copy(SEED, pages)
    out = tmp_path / "out"
    clean(pages, out)
    return pages, out


def the_two(out: Path) -> tuple[dict, dict]:
    """The seed's repeat (printed twice, the second copy removed) and its flagged garble (参与与与相结合)."""
    found = corrections(out).values()
    (repeat,) = [c for c in found if c["kind"] == "repeat"]
    (garble,) = [c for c in found if c["kind"] == "garble"]
    assert "参与与与相结合" in garble["before"] and garble["suggestion"].endswith("参与相结合")
    return repeat, garble


def first_sentence(repeat: dict) -> str:
    return repeat["before"].split("。")[0]


def test_decide_with_the_keyboard_download_and_clean(desk: tuple[Path, Path], tmp_path: Path) -> None:
    pages, out = desk
    repeat, garble = the_two(out)
    assert text(out).count(first_sentence(repeat)) == 1 and "参与与与相结合" in text(out)
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    comment = "两份都印了 “要留” \\ 第二份"
    with chromium(downloads) as driver:
        driver.get((out / "report.html").as_uri())
        ready(driver, "file")
        pending = int(driver.find_element("id", "pending-count").text)
        assert pending == sum(c["status"] == "pending" for c in corrections(out).values())

        go_to(driver, repeat["id"])
        press(driver, "r")
        shown = state(driver, repeat["id"])
        assert shown["verdict"] == "reject"
        assert "brings the second copy back" in shown["outcome"]
        assert shown["inserted"].startswith(first_sentence(repeat))  # the restored copy, shown as added
        press(driver, "c")
        press(driver, comment)
        press(driver, Keys.ESCAPE)  # the comment is kept, the keys are the page's again
        assert state(driver, repeat["id"])["comment"] == comment
        screenshot(driver, repeat["id"])

        go_to(driver, garble["id"])
        press(driver, "p")
        shown = state(driver, garble["id"])
        assert shown["verdict"] == "apply" and "suggested change" in shown["outcome"]
        assert shown["deleted"] == "与与"
        assert driver.find_element("id", "pending-count").text == str(pending - 2)
        assert "2 decision(s) not in the decisions file yet" in driver.find_element("id", "review-status").text

        # j passes over what is decided; `only pending` hides it
        go_to(driver, repeat["id"], key="K")
        press(driver, "j")
        assert current(driver) not in (repeat["id"], garble["id"])
        driver.find_element("css selector", "input[name=pending]").click()
        assert state(driver, repeat["id"])["hidden"] and state(driver, garble["id"])["hidden"]
        driver.find_element("css selector", "input[name=pending]").click()

        press(driver, "d")
        got = downloaded(downloads, "review.toml")
        expected = {repeat["id"]: Decision("reject", comment), garble["id"]: Decision("apply")}
        assert load_decisions(got).by_id == expected
        assert got.read_text(encoding="utf-8") == dumps_decisions(Decisions(expected))  # the toolkit's own format, byte for byte

        # kept in the page: a reload (the browser closed and opened again) shows the same decisions
        driver.refresh()
        ready(driver, "file")
        assert state(driver, repeat["id"])["verdict"] == "reject" and state(driver, garble["id"])["comment"] == ""
        assert state(driver, repeat["id"])["comment"] == comment

        cleaned = tmp_path / "again"
        clean(pages, cleaned, "--review", str(got))
        assert text(cleaned).count(first_sentence(repeat)) == 2  # the copy is back
        assert "参与与与相结合" not in text(cleaned) and "参与相结合" in text(cleaned)
        after = corrections(cleaned)
        assert (after[repeat["id"]]["status"], after[garble["id"]]["status"]) == ("rejected", "applied")

        # the report of that clean follows the file: nothing is left unsaved in the page
        driver.get((cleaned / "report.html").as_uri())
        ready(driver, "file")
        assert driver.find_element("id", "review-status").text == ""
        assert state(driver, repeat["id"])["outcome"] is None and state(driver, repeat["id"])["status"] == "rejected"
        assert script(driver, "return localStorage.length") == 0


def screenshot(driver, cid: str) -> None:
    """The report with a decision made, kept beside the report's own screenshot for a person to look at."""
    artifacts = ROOT / "build" / "clean"
    artifacts.mkdir(parents=True, exist_ok=True)
    shot = artifacts / "review.png"
    script(driver, "document.getElementById(arguments[0]).scrollIntoView({block: 'center'})", cid)
    driver.save_screenshot(str(shot))
    assert shot.stat().st_size > 10_000


def test_the_download_is_valid_toml_whatever_the_comment(desk: tuple[Path, Path], tmp_path: Path) -> None:
    pages, out = desk
    repeat, garble = the_two(out)
    hostile = 'a "quote" \\ back\\slash\nnew line\ttab \x07 bell \x7f 表情😀 lone \ud800 end [decisions] = "x"'
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    with chromium(downloads) as driver:
        driver.get((out / "report.html").as_uri())
        ready(driver, "file")
        for cid, key in ((repeat["id"], "r"), (garble["id"], "a")):
            go_to(driver, cid, key="J")
            press(driver, key)
        script(driver, """
            const box = document.getElementById(arguments[0]).querySelector('.decide .comment');
            box.value = arguments[1].replace("<LONE>", "\\ud800");  // a lone surrogate cannot cross WebDriver's JSON
            box.dispatchEvent(new Event('input'));
            box.dispatchEvent(new Event('change'));
        """, repeat["id"], hostile.replace("\ud800", "<LONE>"))
        driver.find_element("id", "download").click()
        got = downloaded(downloads, "review.toml")
    expected = decide(Decisions(), {repeat["id"]: Decision("reject", hostile), garble["id"]: Decision("accept")})
    assert load_decisions(got).by_id == expected.by_id
    assert load_decisions(got).by_id[repeat["id"]].comment.endswith('lone \ufffd end [decisions] = "x"')
    assert got.read_text(encoding="utf-8") == dumps_decisions(expected)
    clean(pages, tmp_path / "again", "--review", str(got))


# --- toolkit review --serve -----------------------------------------------------------------------

class Served:
    """`toolkit review --serve` in a process of its own, as an editor starts it."""

    def __init__(self, cwd: Path, *args: str) -> None:
        env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONUNBUFFERED": "1"}
        self.proc = subprocess.Popen([sys.executable, "-m", "toolkit", "review", "--serve", "--port", "0", *args],
                                     cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        # the first line says where; the process is then serving
        ready, _, _ = select.select([self.proc.stdout], [], [], 120)
        first = self.proc.stdout.readline() if ready else ""
        match = re.search(r"on (http://127\.0\.0\.1:(\d+)/)", first)
        if not match:
            self.proc.kill()
            _, err = self.proc.communicate()
            raise AssertionError(f"the server did not start: {first}{err}")
        self.url, self.port = match[1], int(match[2])

    def stop(self) -> tuple[int, str, str]:
        """Ctrl-C, as in a terminal."""
        self.proc.send_signal(signal.SIGINT)
        out, err = self.proc.communicate(timeout=60)
        return self.proc.returncode, out, err

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.communicate()


def test_decide_through_the_server_and_reclean(desk: tuple[Path, Path], tmp_path: Path) -> None:
    pages, out = desk
    repeat, garble = the_two(out)
    review_file = pages / "review.toml"
    served = Served(tmp_path, "--dir", "out", "--review", "pages/review.toml")
    try:
        with chromium(tmp_path) as driver:
            driver.get(served.url)  # the index of the issues, then the report
            driver.find_element("css selector", "td.issue a").click()
            ready(driver, "served")
            assert "pages/review.toml" in driver.find_element("id", "review-status").text

            go_to(driver, repeat["id"])
            press(driver, "r")
            go_to(driver, garble["id"])
            press(driver, "p")
            wait(driver, lambda d: "saved in" in d.find_element("id", "review-status").text)
            expected = {repeat["id"]: Decision("reject"), garble["id"]: Decision("apply")}
            deadline = time.monotonic() + 60
            while not (review_file.exists() and load_decisions(review_file).by_id == expected):
                assert time.monotonic() < deadline, review_file.read_text(encoding="utf-8") if review_file.exists() else "no file"
                time.sleep(0.1)
            assert not [p for p in pages.iterdir() if p.name.endswith(".tmp")]  # written through a temporary file
            assert state(driver, repeat["id"])["inserted"].startswith(first_sentence(repeat))

            script(driver, "window.beforeReclean = true")
            driver.find_element("id", "reclean").click()
            wait(driver, lambda d: script(d, "return window.beforeReclean === undefined && document.readyState === 'complete'"),
                 "the report did not reload after the re-clean")
            ready(driver, "served")
            assert current(driver) == garble["id"]  # back where the editor was
            assert state(driver, repeat["id"])["status"] == "rejected" and state(driver, garble["id"])["status"] == "applied"
            assert state(driver, repeat["id"])["outcome"] is None  # the text shown is now the decided one
            removed = script(driver, "return Array.from(document.getElementById(arguments[0]).closest('tr')"
                                     ".querySelectorAll('td.text del'), (e) => e.textContent)", garble["id"])
            assert "与与" in removed  # the raw → cleaned diff now makes the suggested change
        assert text(out).count(first_sentence(repeat)) == 2 and "参与与与相结合" not in text(out)
        code, stdout, stderr = served.stop()
        assert code == 0, stderr
        assert stdout.rstrip().endswith("stopped") and "Traceback" not in stderr
        with pytest.raises(OSError):
            socket.create_connection(("127.0.0.1", served.port), timeout=5).close()
    finally:
        served.kill()
