"""Measure the cleaning on pages laid out for print, as extraction gives them, instead of a paragraph a line:
lines wrapped at a column's width (paragraphs marked by a blank line, an indent, or not at all), letter-spaced
text, columns side by side (pdftotext -layout) with and without a running head atop each page, and a running
head and folio among paragraph-a-line text.

usage: python bench/layouts.py [--set intact|real|both]
Each layout is made from the intact real articles (../shared/eval/make_clean_pages.py) and from the labelled
real pages, and scored with ../shared/eval/run_set.py (this checkout's toolkit): one line each, the overall
figure and the sentences lost. The layouts are `train/layout.py`'s.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.quality import EVAL, run_set  # noqa: E402
from train.layout import side_by_side, wrapped  # noqa: E402


def furnished(paragraphs: list[str]) -> str:
    """A running head first and a folio halfway, among paragraph-a-line text."""
    half = len(paragraphs) // 2
    return "\n\n".join(["青石日报 2024年7月2日 星期二 第3版", *paragraphs[:half], "第3版 要闻 责任编辑：周明", *paragraphs[half:]])


LAYOUTS: dict[str, Callable[[list[str]], str]] = {
    **{f"wrapped {c // 2} characters, {m}": (lambda ps, c=c, m=m: wrapped(ps, c, m))
       for c in (44, 32, 24) for m in ("blank", "indent", "plain")},
    "letter-spaced": lambda ps: "\n\n".join(" ".join(p) for p in ps),
    "letter-spaced, wrapped 22, indented": lambda ps: "\n".join(" ".join(r) for r in wrapped(ps, 44, "indent").split("\n")),
    "2 columns of 20 side by side": lambda ps: side_by_side(ps, 40, 40),
    "2 columns of 20, running heads": lambda ps: side_by_side(ps, 40, 40, running_head=True),
    "3 columns of 14 side by side": lambda ps: side_by_side(ps, 28, 40, n=3),
    "running head and folio, a paragraph a line": furnished,
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", choices=("intact", "real", "both"), default="both")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        sources = {}
        if args.set in ("intact", "both"):
            intact = Path(tmp) / "intact"
            subprocess.run([sys.executable, str(EVAL / "make_clean_pages.py"), "--articles", str(EVAL / "articles" / "real"),
                            "--out", str(intact)], check=True, capture_output=True)
            sources["intact real"] = intact
        if args.set in ("real", "both"):
            sources["labelled real"] = EVAL / "pages" / "real"
        for label, folder in sources.items():
            print(f"== {label} articles", flush=True)
            for name, lay_out in LAYOUTS.items():
                target = Path(tmp) / re.sub(r"\W+", "-", f"{label} {name}")
                target.mkdir()
                for page in sorted(folder.glob("*.txt")):
                    paragraphs = [p.strip() for p in page.read_text(encoding="utf-8").split("\n\n") if p.strip()]
                    (target / page.name).write_text(lay_out(paragraphs), encoding="utf-8")
                    shutil.copy(page.with_suffix(".truth.json"), target / f"{page.stem}.truth.json")
                overall = run_set(target).strip().splitlines()[-1]
                print(f"{name:45s} {overall.removeprefix('overall ')}", flush=True)


if __name__ == "__main__":
    main()
