"""Benchmark the cleaning: the seed's wall time (a fresh `toolkit clean` process, start-up included)
and the throughput of the pipeline on a generated collection of at least 1,000,000 characters."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from toolkit.ingest import read_source
from toolkit.model import replace
from toolkit.pipeline import clean_sources

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_db2b0fd91725fc59.txt"
PUBLIC = ROOT.parent / "shared" / "eval" / "pages" / "public"
RUNS = 5  # CPU time of a virtual machine varies by tens of percent from minute to minute: report the best


def seed_wall(runs: int = 3) -> float:
    toolkit = Path(sys.executable).parent / "toolkit"
    best = float("inf")
    with tempfile.TemporaryDirectory() as out:
        for _ in range(runs):
            t = time.perf_counter()
            subprocess.run([str(toolkit), "clean", str(SEED), "--out", out], check=True, capture_output=True)
            best = min(best, time.perf_counter() - t)
    return best


def generated(min_chars: int = 1_000_000):
    """Pages made from the seed and the public pages, each copy renamed so pages stay distinct."""
    pages = [SEED] + sorted(PUBLIC.glob("*.txt"))
    base = [read_source(p) for p in pages if p.exists()]
    sources, total, n = [], 0, 0
    while total < min_chars:
        src = base[n % len(base)]
        sources.append(replace(src, path=f"gen/{n:04d}_{Path(src.path).name}"))
        total += sum(len(line) for line in src.lines)
        n += 1
    return sources, total


def main() -> None:
    print(f"seed: {seed_wall():.2f} s wall for `toolkit clean` (start-up included, best of 3)")
    sources, total = generated()
    print(f"generated: {total:,} characters in {len(sources)} pages, cleaned in runs of 10 pages")
    cpus = []
    for _ in range(RUNS):
        wall, cpu = time.perf_counter(), time.process_time()
        for i in range(0, len(sources), 10):  # runs of 10 pages, as an editor would clean an issue
            clean_sources(sources[i : i + 10])
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        cpus.append(cpu)
        print(f"  {cpu:.2f} s CPU on one core ({total / cpu:,.0f} characters/s), {wall:.2f} s wall")
    print(f"best of {RUNS}: {total / min(cpus):,.0f} characters/s (this machine's speed varies between runs)")


if __name__ == "__main__":
    main()
