"""Benchmark `toolkit clean` end to end (start-up, reading, cleaning, writing) on a generated archive of
issue folders of 6 pages, at ≥ 1,000,000 characters and at 4× that: characters/s, the 4×/1× time
ratio, peak memory (`/usr/bin/time -v`), and a re-run of the unchanged archive.

usage: python bench/clean.py [--runs 3] [--jobs N] [--scale 4] [--keep DIR]
The machine may be shared: each figure is the best of --runs fresh runs (wall time varies by tens of
percent from minute to minute on a virtual machine)."""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_db2b0fd91725fc59.txt"
PUBLIC = ROOT.parent / "shared" / "eval" / "pages" / "public"
PAGES_PER_ISSUE = 6
TIME = "/usr/bin/time"


def base_pages() -> list[tuple[str, bytes, int]]:
    """(name, bytes, characters) of the seed and the public labelled pages."""
    sys.path.insert(0, str(ROOT))
    from toolkit.ingest import read_source

    out = []
    for path in [SEED, *sorted(PUBLIC.glob("*.txt"))]:
        if path.exists():
            out.append((path.name, path.read_bytes(), sum(len(line) for line in read_source(path).lines)))
    return out


def make_archive(folder: Path, min_chars: int) -> tuple[int, int, int]:
    """archive/YYYY/MM-DD/pageNN.txt, the base pages in turn; (characters, pages, issues)."""
    pages = base_pages()
    total = n = 0
    while total < min_chars or n % PAGES_PER_ISSUE:
        issue = n // PAGES_PER_ISSUE
        day = folder / f"{2000 + issue // 336}" / f"{issue // 28 % 12 + 1:02d}-{issue % 28 + 1:02d}"
        day.mkdir(parents=True, exist_ok=True)
        _, data, chars = pages[n % len(pages)]
        (day / f"page{n % PAGES_PER_ISSUE + 1:02d}.txt").write_bytes(data)
        total += chars
        n += 1
    return total, n, n // PAGES_PER_ISSUE


def timed_clean(archive: Path, out: Path, jobs: int | None) -> tuple[float, int]:
    """Wall seconds and peak resident set (KiB) of one `toolkit clean` process, as /usr/bin/time -v sees
    it (the largest of the process and its worker processes, not their sum)."""
    command = [sys.executable, "-m", "toolkit", "clean", str(archive), "--out", str(out)]
    if jobs:
        command += ["--jobs", str(jobs)]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    if Path(TIME).exists():
        done = subprocess.run([TIME, "-v", *command], capture_output=True, text=True, env=env, cwd=ROOT)
        if done.returncode != 0:
            raise SystemExit(f"toolkit clean failed:\n{done.stderr[-2000:]}")
        wall = re.search(r"Elapsed \(wall clock\) time.*: (?:(\d+):)?(\d+):([\d.]+)", done.stderr)
        rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
        h, m, s = wall.groups()
        return int(h or 0) * 3600 + int(m) * 60 + float(s), int(rss[1])
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env=env, cwd=ROOT)
    return time.perf_counter() - start, 0


def measure(archive: Path, work: Path, runs: int, jobs: int | None) -> dict[str, float]:
    best = {"wall": float("inf"), "rss": float("inf"), "rerun": float("inf")}
    for run in range(runs):
        out = work / f"out{run}"
        shutil.rmtree(out, ignore_errors=True)
        wall, rss = timed_clean(archive, out, jobs)
        again, _ = timed_clean(archive, out, jobs)  # nothing changed: every issue is skipped
        best = {"wall": min(best["wall"], wall), "rss": min(best["rss"], rss), "rerun": min(best["rerun"], again)}
        print(f"    run {run + 1}: {wall:.2f} s, peak RSS {rss / 1024:.0f} MiB; re-run {again:.2f} s", flush=True)
        shutil.rmtree(out, ignore_errors=True)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=None, help="--jobs for toolkit clean (default: its own, the cores)")
    parser.add_argument("--scale", type=int, default=4)
    parser.add_argument("--keep", type=Path, help="build the archives here and keep them")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="toolkit-bench-"))
    try:
        results = {}
        for scale in (1, args.scale):
            archive = work / f"archive{scale}x"
            shutil.rmtree(archive, ignore_errors=True)
            chars, pages, issues = make_archive(archive, 1_000_000 * scale)
            print(f"{scale}×: {chars:,} characters, {pages} pages in {issues} issue folders", flush=True)
            best = measure(archive, work, args.runs, args.jobs)
            results[scale] = (chars, best)
            print(f"  best of {args.runs}: {best['wall']:.2f} s wall = {chars / best['wall']:,.0f} characters/s end to end; "
                  f"peak RSS {best['rss'] / 1024:.0f} MiB; unchanged re-run {best['rerun']:.2f} s "
                  f"({100 * best['rerun'] / best['wall']:.1f}% of the first run)", flush=True)
        (c1, b1), (c4, b4) = results[1], results[args.scale]
        print(f"{args.scale}×/1×: time {b4['wall'] / b1['wall']:.2f} for {c4 / c1:.2f}× the characters "
              f"(linear: {c4 / c1:.2f}); peak RSS {b4['rss'] / b1['rss']:.2f}")
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
