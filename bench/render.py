"""Bench: wall times of `toolkit pdf` and `toolkit epub` on the seed and on a generated 300+ page book.

    .venv/bin/python bench/render.py [--copies 22]

Times are for the whole command, start-up and font subsetting included, as a user waits for it.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from toolkit.model import dumps, load, replace  # noqa: E402

TOOLKIT = str(Path(sys.executable).parent / "toolkit")


def timed(*args: str) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run([TOOLKIT, *args], capture_output=True, text=True, cwd=ROOT)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"toolkit {' '.join(args)} failed:\n{done.stdout}{done.stderr}")
    return elapsed, done.stdout.strip()


def generated(seed: Path, copies: int, folder: Path) -> Path:
    """The seed's articles repeated, each copy with its own ids and a numbered title."""
    collection = load(seed)
    articles = tuple(
        replace(a, id=f"{a.id}-{n}", title=f"{a.title}（{n}）")
        for n in range(1, copies + 1) for a in collection.articles
    )
    path = folder / "generated.json"
    path.write_text(dumps(replace(collection, articles=articles)), encoding="utf-8")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=22, help="copies of the seed's articles in the big book")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        timed("clean", "seeds", "--out", str(folder / "clean"))
        seed = sorted((folder / "clean").glob("*.json"))
        rows = [
            ("seed PDF", timed("pdf", *map(str, seed), "--out", str(folder / "seed.pdf"))),
            ("seed EPUB", timed("epub", *map(str, seed), "--out", str(folder / "seed.epub"))),
        ]
        big = generated(seed[0], options.copies, folder)
        rows.append(("generated PDF", timed("pdf", str(big), "--out", str(folder / "big.pdf"))))
        rows.append(("generated EPUB", timed("epub", str(big), "--out", str(folder / "big.epub"))))
    for name, (seconds, said) in rows:
        print(f"{name:15s} {seconds:6.2f} s   {said}")


if __name__ == "__main__":
    main()
