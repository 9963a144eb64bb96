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
# Han characters in a row that two texts share by chance only as a set phrase or a name (有关负责人介绍,
# 世界卫生组织); ten in a row is a quotation
QUOTED = 10
RUN = re.compile(r"[\u4e00-\u9fff]{%d,}" % QUOTED)


def _windows(text: str) -> set[str]:
    return {m[i : i + QUOTED] for m in RUN.findall(text) for i in range(len(m) - QUOTED + 1)}


@pytest.mark.skipif(not REAL.is_dir(), reason="the shared eval articles are not beside the checkout")
def test_no_real_article_text_is_committed() -> None:
    real = set().union(*(_windows(json.dumps(json.loads(p.read_text(encoding="utf-8")), ensure_ascii=False))
                         for p in REAL.glob("*.json")))
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
