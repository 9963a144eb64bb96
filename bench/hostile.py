"""Benchmark the inputs that used to take minutes (issue 9): a 5 MB page on one line through `toolkit clean`
(with its report), the report of a 400,000-character paragraph, and a 3,000-character title typeset.

usage: python bench/hostile.py [--runs 1]
Each figure is the best of --runs (the machine may be shared); targets: the 5 MB page under 60 s with its
report, the title under 10 s."""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_db2b0fd91725fc59.txt"
PUBLIC = ROOT.parent / "shared" / "eval" / "pages" / "public"
sys.path.insert(0, str(ROOT))


def corpus_sentences() -> list[str]:
    text = "".join(p.read_text(encoding="utf-8").replace("\n", "") for p in [SEED, *sorted(PUBLIC.glob("*.txt"))])
    return [s for s in re.findall(r"[^。！？]*[。！？]", text) if len(s) > 12]


def one_line_page(size: int) -> str:
    """`size` bytes of sentences on one line, each with a few characters changed (so that few are repeats)."""
    rng = random.Random(7)
    sentences = corpus_sentences()
    pool = "".join(sorted(set("".join(sentences)) - set("。！？，、")))
    out, total = [], 0
    while total < size:
        s = list(rng.choice(sentences))
        for _ in range(6):
            i = rng.randrange(len(s) - 1)
            if "\u4e00" <= s[i] <= "\u9fff":
                s[i] = rng.choice(pool)
        piece = "".join(s)
        out.append(piece)
        total += len(piece.encode())
    return "".join(out).encode()[:size].decode("utf-8", "ignore")


def run(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env={**os.environ, "PYTHONPATH": str(ROOT)}, cwd=ROOT)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    toolkit = [sys.executable, "-m", "toolkit"]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        page = work / "big" / "page.txt"
        page.parent.mkdir()
        page.write_text(one_line_page(5_000_000), encoding="utf-8")
        best = min(run([*toolkit, "clean", str(page), "--out", str(work / f"out{n}"), "--force"]) for n in range(args.runs))
        print(f"5 MB on one line: {best:.1f} s for `toolkit clean` with its report (target < 60 s)", flush=True)

        from toolkit.model import Article, Block, Collection, Source
        from toolkit.report import render_report

        paragraph = one_line_page(1_200_000)[:400_000]
        sentences = re.findall(r"[^。！？]*[。！？]?", paragraph)
        cleaned = "".join(s for i, s in enumerate(sentences) if i % 50 != 7).replace("的的", "的")  # repeats and stutters gone
        col = Collection(source=Source("p.txt", "", "utf-8", (paragraph,)),
                         articles=(Article(id="p-01", title="", blocks=(Block("paragraph", cleaned, lines=(0,)),)),))
        start = time.perf_counter()
        render_report([col])
        print(f"report of a 400,000-character paragraph: {time.perf_counter() - start:.2f} s", flush=True)

        seed_out = work / "seed"
        subprocess.run([*toolkit, "clean", str(SEED), "--out", str(seed_out)], check=True, capture_output=True,
                       env={**os.environ, "PYTHONPATH": str(ROOT)}, cwd=ROOT)
        data = json.loads((seed_out / f"{SEED.stem}.json").read_text(encoding="utf-8"))
        text = "".join(b["text"] for a in data["articles"] for b in a["blocks"])
        data["articles"][0]["title"] = (text * 2)[:3000]
        titled = work / "titled"
        titled.mkdir()
        (titled / "t.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        best = min(run([*toolkit, "pdf", str(titled), "--out", str(work / "t.pdf")]) for _ in range(args.runs))
        print(f"3,000-character title: {best:.1f} s for `toolkit pdf` (target < 10 s)", flush=True)


if __name__ == "__main__":
    main()
