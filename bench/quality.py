"""Measure the cleaning on every labelled set at once: the seed and invented pages, the real pages, pages of
intact articles (the do-no-harm check) and pages damaged from held-out articles by train/damage.py.

usage: python bench/quality.py [--pages N] [--seed S]
Runs ../shared/eval/run_set.py (this checkout's toolkit) on each set and prints its component table.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"


def run_set(*targets: Path) -> str:
    out = subprocess.run([sys.executable, str(EVAL / "run_set.py"), *map(str, targets),
                          "--toolkit", f"{sys.executable} -m toolkit"], capture_output=True, text=True, cwd=ROOT)
    return out.stdout + out.stderr


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=40, help="pages damaged from held-out articles")
    ap.add_argument("--seed", type=int, default=2)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        for part in ("real", "public"):
            subprocess.run([sys.executable, str(EVAL / "make_clean_pages.py"), "--articles", str(EVAL / "articles" / part),
                            "--out", str(tmp / f"intact-{part}")], check=True, capture_output=True)
        subprocess.run([sys.executable, "-m", "train.damage", str(tmp / "held-out"), "--pages", str(args.pages),
                        "--seed", str(args.seed), "--part", "held-out"], check=True, capture_output=True, cwd=ROOT)
        sets = {
            "seed + public (invented)": [EVAL / "seed" / "truth.json", EVAL / "pages" / "public"],
            "real": [EVAL / "pages" / "real"],
            "intact real articles": [tmp / "intact-real"],
            "intact invented articles": [tmp / "intact-public"],
            f"held-out articles, {args.pages} damaged pages (seed {args.seed})": [tmp / "held-out"],
        }
        for name, targets in sets.items():
            print(f"== {name}")
            print(run_set(*targets).rstrip(), flush=True)


if __name__ == "__main__":
    main()
