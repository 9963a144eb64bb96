"""Simulate OCR stutters in intact articles and count what the stutter pass does with them, and with every double the
articles print as written: the pass's reach and its harm to correct text, on whole articles.

usage: python bench/stutters.py [--part dev|held-out|all] [--every N] [--seed S]
A stutter is one Han character printed twice, tried at one in N of each paragraph's Han characters, each alone, and
judged in the article as printed with it: the stutter is part of the text the pass reads for the article's own
spelling, as on a page (judged against the article without it, the article would vouch for every fix at the very
place it was made). The articles are the labelled ones of the part (train/damage.py's split) and the project's
invented ones (train/invented/PART). The simulation's rate is far above a page's (the labelled pages have one stutter
in 1,100 to 5,600 Han characters): weigh the stutters a rule fixes here against the correct doubles it cuts at a
page's rate, not this one's.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from toolkit.hanzi import HAN  # noqa: E402
from toolkit.passes.stutters import RUN, judge  # noqa: E402
from train.damage import EVAL, pool  # noqa: E402


def articles(part: str) -> list[dict]:
    """The labelled articles of the part and the invented ones."""
    parts = ("dev", "held-out") if part == "all" else (part,)
    invented = [p for name in parts for p in sorted((ROOT / "train" / "invented" / name).glob("*.json"))]
    return pool(part) + [json.loads(p.read_text(encoding="utf-8")) for p in invented]


def simulate(arts: list[dict], every: int, seed: int) -> tuple[Counter, Counter]:
    """What the pass does with the doubles printed as written, and with the stutters simulated (applied, flagged,
    kept)."""
    rng = random.Random(seed)
    written, stutters = Counter(), Counter()
    for a in arts:
        printed = "\n".join(b["text"] for b in a["blocks"])
        for b in a["blocks"]:
            text, runs_on = b["text"], b["type"] != "heading"
            for m in RUN.finditer(text):
                verdict = judge(text, m.start(), m.end(), printed, runs_on)
                written[verdict.action if verdict else "kept"] += 1
            hans = [k for k, ch in enumerate(text) if HAN.match(ch)]
            for k in rng.sample(hans, len(hans) // every):
                if text[k] in (text[k - 1 : k], text[k + 1 : k + 2]):
                    continue  # (a double as written, counted above)
                stuttered = text[: k + 1] + text[k:]
                verdict = judge(stuttered, k, k + 2, printed.replace(text, stuttered, 1), runs_on)
                stutters[verdict.action if verdict else "kept"] += 1
    return written, stutters


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--part", choices=("dev", "held-out", "all"), default="all")
    ap.add_argument("--every", type=int, default=10, help="a stutter tried at one in N Han characters")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    if not EVAL.is_dir():
        ap.error(f"the labelled articles are read from {EVAL}, which is not there: "
                 "run from a checkout beside ../shared")
    arts = articles(args.part)
    written, stutters = simulate(arts, args.every, args.seed)
    print(f"{len(arts)} {args.part} articles")
    for name, counts in (("doubles as written", written), ("stutters simulated", stutters)):
        total = sum(counts.values()) or 1
        print(f"{name:20s} {total:6d}: " + ", ".join(f"{k} {counts[k]} ({100 * counts[k] / total:.1f}%)"
                                                        for k in ("applied", "flagged", "kept")))


if __name__ == "__main__":
    main()
