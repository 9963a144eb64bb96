"""The real articles in ../shared/eval are the newspapers' copyright: they measure and train the toolkit
locally, and none of their text may be committed. This checks every tracked text file for a run of their
words (skipped where the shared folder is absent, as in CI)."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT.parent / "shared" / "eval" / "articles" / "real"
# Han characters that two texts share by chance only as a set phrase or a name (有关负责人介绍, 世界卫生组织); ten in
# a row is a quotation. They are taken across marks, digits and line breaks: a quotation does not stop being one
# where its commas fall or where a comment wraps it
QUOTED = 10
HAN = re.compile(r"[\u4e00-\u9fff]")
# …but for the formulas every paper prints: a dateline, its place and date between 新华社 and 电 (the digits taken
# out, 新华社北京月日电记者), and a spokesman's (相关负责人表示，下一步)
FORMULAS = re.compile(r"月日电|负责人表示")


def _windows(text: str) -> set[str]:
    han = "".join(HAN.findall(text))
    return {w for i in range(len(han) - QUOTED + 1) if not FORMULAS.search(w := han[i : i + QUOTED])}


def _article_windows(path: Path) -> set[str]:
    """An article's windows, field by field and block by block (a quotation lies within one)."""
    a = json.loads(path.read_text(encoding="utf-8"))
    texts = [a.get("kicker") or "", a.get("title") or "", a.get("subtitle") or ""] + [b["text"] for b in a["blocks"]]
    return set().union(*map(_windows, texts))


@pytest.mark.skipif(not REAL.is_dir(), reason="the shared eval articles are not beside the checkout")
def test_no_real_article_text_is_committed() -> None:
    real = set().union(*map(_article_windows, REAL.glob("*.json")))
    seed = set().union(*(_windows(p.read_text(encoding="utf-8")) for p in (ROOT / "seeds").glob("*.txt")))
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    quoted = {}
    for name in tracked:
        path = ROOT / name
        if name.startswith("seeds/") or path.suffix not in (".py", ".md", ".json", ".txt", ".html", ".css", ".toml"):
            continue
        # the seed page is the project's own input; its text (and the golden output made of it) may be quoted
        found = (_windows(path.read_text(encoding="utf-8", errors="replace")) & real) - seed
        if found:
            quoted[name] = sorted(found)[:3]
    assert not quoted, f"text of the real articles committed: {quoted}"
