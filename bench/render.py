"""Bench: wall times of `toolkit pdf` and `toolkit epub` on the seed and on a generated 300+ page book,
and of Typst setting the same articles on the same page, when the `typst` package is importable.

    .venv/bin/python bench/render.py [--copies 22] [--runs 3]

Times are for the whole command in a fresh process, start-up and font subsetting included, as a user
waits for it; each is the best of --runs (the machine is shared: the best run is the one least
disturbed). Typst compiles in a fresh Python process too (`typst.compile`), so that both pay start-up.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from toolkit.edition import Book, Edition, collection_paths, load_book  # noqa: E402
from toolkit.model import dumps, load, replace  # noqa: E402
from toolkit.pdf import BODY_SIZE_PT, PageGeometry, geometry  # noqa: E402

# the toolkit of this checkout, whatever is installed
COMMAND = [sys.executable, "-m", "toolkit"]
ENVIRONMENT = {**os.environ, "PYTHONPATH": str(ROOT)}


def timed(command: list[str], runs: int) -> tuple[float, float, str]:
    """Best wall time of `runs`, the processor time (user + system) of that run, and what the command said.
    On a shared machine the wall time carries the waits for a core; the processor time does not."""
    best, cpu, said = float("inf"), 0.0, ""
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=ENVIRONMENT)
        elapsed = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if done.returncode != 0:
            sys.exit(f"{' '.join(command)} failed:\n{done.stdout}{done.stderr}")
        if elapsed < best:
            best = elapsed
            cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
            said = done.stdout.strip() or (done.stderr.strip().splitlines() or [""])[-1]
    return best, cpu, said


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


def _typst_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def typst_source(book: Book, page: PageGeometry) -> str:
    """The book's chapters as Typst markup, on the print edition's page, faces, size and leading."""
    out = [
        f"#set page(width: {page.width_mm}mm, height: {page.height_mm}mm, margin: (top: 20mm, bottom: 20mm, "
        f"inside: {page.inner_pt:.3f}pt, outside: {page.outer_pt:.3f}pt), numbering: \"1\")",
        f'#set text(font: "Noto Serif CJK SC", size: {BODY_SIZE_PT}pt, lang: "zh", region: "cn")',
        "#set par(justify: true, first-line-indent: (amount: 2em, all: true), leading: 0.75em, spacing: 0.75em)",
        '#show heading: set text(font: "Noto Sans CJK SC", weight: "bold")',
        "#show heading.where(level: 1): it => { pagebreak(weak: true); align(center, text(1.6em, it.body)) }",
        "#outline()",
    ]
    for chapter in book.chapters:
        out.append(f"= #{_typst_string(chapter.title)}")
        for passage in chapter.passages:
            if passage.kind == "heading":
                out.append(f"{'=' * (passage.level + 1)} #{_typst_string(passage.text)}")
            else:
                out.append(f"#{_typst_string(passage.text)}")
            out.append("")
    return "\n".join(out)


def typst_available() -> bool:
    try:
        import typst  # noqa: F401
    except ImportError:
        return False
    return True


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=22, help="copies of the seed's articles in the big book")
    parser.add_argument("--runs", type=int, default=3, help="runs of each command; the best is reported")
    options = parser.parse_args()
    runs = options.runs
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        timed([*COMMAND, "clean", "seeds", "--out", str(folder / "clean")], 1)
        seed = collection_paths([folder / "clean"])
        big = generated(seed[0], options.copies, folder)
        rows = [
            ("seed PDF", timed([*COMMAND, "pdf", *map(str, seed), "--out", str(folder / "seed.pdf")], runs)),
            ("seed EPUB", timed([*COMMAND, "epub", *map(str, seed), "--out", str(folder / "seed.epub")], runs)),
            ("generated PDF", timed([*COMMAND, "pdf", str(big), "--out", str(folder / "big.pdf")], runs)),
            ("generated EPUB", timed([*COMMAND, "epub", str(big), "--out", str(folder / "big.epub")], runs)),
        ]
        ratios = []
        if typst_available():
            page = geometry("A5")
            fonts = sorted({str(Path(p).parent) for p in _font_files()})
            for name, source in (("seed", seed), ("generated", [big])):
                book = load_book(list(source), Edition(date="2024-06-01"))
                typ = folder / f"{name}.typ"
                typ.write_text(typst_source(book, page), encoding="utf-8")
                script = f"import typst; typst.compile({str(typ)!r}, output={str(folder / name) + '-typst.pdf'!r}, font_paths={fonts!r})"
                seconds, cpu, _ = timed([sys.executable, "-c", script], runs)
                pages = _pages(folder / f"{name}-typst.pdf")
                rows.append((f"{name} Typst", (seconds, cpu, f"{pages} pages, same articles, page and faces")))
                ours = next(times for n, times in rows if n == f"{name} PDF")
                ratios.append((name, ours[0] / seconds, ours[1] / cpu))
    print(f"{'':15s} {'wall':>7s} {'cpu':>7s}   (best of {runs} runs; cpu: user + system of that run)")
    for name, (seconds, cpu, said) in rows:
        print(f"{name:15s} {seconds:6.2f}s {cpu:6.2f}s   {said}")
    for name, wall, cpu in ratios:
        print(f"{name} PDF / Typst: {wall:.1f}x wall, {cpu:.1f}x cpu")
    if not ratios:
        print("Typst: not importable (pip install typst) — no comparison")


def _font_files() -> list[str]:
    from toolkit import fonts

    return [face.path for face in fonts.faces()]


def _pages(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


if __name__ == "__main__":
    main()
