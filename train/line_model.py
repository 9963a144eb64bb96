"""Line model: fit the CRF that reads each line's role, from pages damaged by `train.damage`, and report
its figures on pages of held-out articles.

usage: python -m train.line_model [--pages N] [--out toolkit/data/lines.crfsuite] [--check]
The build is reproducible: the same pages (fixed seeds) and the same L-BFGS run give the same weights.
`--check` only measures the shipped model on held-out pages.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

from toolkit.ingest import normalise
from toolkit.lines import MODEL, ROLES, _items, features
from train.damage import Page, Rates, pages

TRAIN_SEED, TEST_SEED = 11, 12
PARAMS = {
    "c1": 0.1,  # L1: most of the thousands of attribute/label pairs carry nothing
    "c2": 5.0,  # L2, strong: few articles, many lines each; chosen by `--tune`
    "max_iterations": 300,
    "feature.possible_transitions": True,  # transitions never seen (kicker → paragraph) learn a negative weight
}


def examples(made: list[Page]) -> list[tuple[list[str], list[str]]]:
    """(lines as the toolkit reads them, their roles) for each page."""
    out = []
    for page in made:
        lines = list(normalise("\n\n".join(t for t, _ in page.lines)))
        roles = [r for t, r in page.lines if t.strip()]
        assert len(lines) == len(roles), "a generated line vanished in normalisation"
        out.append((lines, roles))
    return out


def corpus(n: int, seed: int, part: str, vary: bool = False) -> list[tuple[list[str], list[str]]]:
    """Damaged pages, and a quarter as many intact ones (the model must leave intact text alone); with
    `vary`, the articles also come in other papers' head and subhead styles (training only)."""
    return examples(pages(n, seed, part, vary=vary) + pages(max(1, n // 4), seed + 1000, part, Rates.intact(), vary=vary))


def train(n: int, out: Path, part: str = "dev", params: dict | None = None) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for lines, roles in corpus(n, TRAIN_SEED, part, vary=True):
        trainer.append([_items(f) for f in features(lines)], roles)
    trainer.set_params(params or PARAMS)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp")
    trainer.train(str(tmp))
    tmp.replace(out)


def tune(n: int) -> None:
    """Two-fold cross-validation over the dev articles (train on one half, read the other) for a grid
    of regularisation strengths: the settings are chosen on articles the weights never saw."""
    import tempfile

    import pycrfsuite

    tests = {k: corpus(n // 4, TEST_SEED, f"fold{k}") for k in (0, 1)}
    for c1 in (0.0, 0.1, 0.5):
        for c2 in (0.01, 0.1, 1.0, 5.0):
            params = dict(PARAMS, c1=c1, c2=c2)
            wrong = total = 0
            for k in (0, 1):
                with tempfile.TemporaryDirectory() as tmp:
                    path = Path(tmp) / "m.crfsuite"
                    train(n, path, f"fold{1 - k}", params)
                    tagger = pycrfsuite.Tagger()
                    tagger.open(str(path))
                    for lines, roles in tests[k]:
                        found = tagger.tag([_items(f) for f in features(lines)])
                        wrong += sum(a != b for a, b in zip(found, roles))
                        total += len(roles)
            print(f"c1={c1:<4} c2={c2:<5} lines read wrong {wrong}/{total} ({100 * wrong / total:.2f}%)", flush=True)


def check(n: int, model: Path = MODEL) -> None:
    """Per-role precision and recall on pages of held-out articles, and whole pages read right."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    gold, got = Counter(), Counter()
    hit: Counter[str] = Counter()
    confused: Counter[tuple[str, str]] = Counter()
    pages_right = 0
    data = corpus(n, TEST_SEED, "held-out")
    for lines, roles in data:
        found = tagger.tag([_items(f) for f in features(lines)])
        pages_right += found == roles
        for g, f in zip(roles, found):
            gold[g] += 1
            got[f] += 1
            hit[g] += g == f
            if g != f:
                confused[(g, f)] += 1
    print(f"{'role':10s} {'precision':>9s} {'recall':>7s} {'lines':>6s}")
    for r in ROLES:
        p = hit[r] / got[r] if got[r] else 1.0
        q = hit[r] / gold[r] if gold[r] else 1.0
        print(f"{r:10s} {p:9.3f} {q:7.3f} {gold[r]:6d}")
    print(f"pages read entirely right: {pages_right}/{len(data)}")
    print("most confused (truth → read):", ", ".join(f"{g}→{f} {n}" for (g, f), n in confused.most_common(8)))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=800, help="damaged training pages (plus a quarter as many intact)")
    ap.add_argument("--out", type=Path, default=MODEL)
    ap.add_argument("--check", action="store_true", help="only measure the model on held-out pages")
    ap.add_argument("--tune", action="store_true", help="cross-validate regularisation settings on the dev articles")
    args = ap.parse_args()
    if args.tune:
        tune(args.pages)
        return
    if not args.check:
        t = time.perf_counter()
        train(args.pages, args.out)
        print(f"trained on {args.pages} damaged pages of dev articles in {time.perf_counter() - t:.0f} s → {args.out}")
    check(200, args.out)


if __name__ == "__main__":
    main()
