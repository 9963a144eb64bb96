"""Line model: fit the CRF that reads each line's role from pages damaged by `train.damage`, and report
its figures on pages of held-out articles.

usage: python -m train.line_model [--pages N] [--check] [--tune]
The build is reproducible: the same pages (fixed seeds) and the same L-BFGS run give the same weights.
`--check` only measures the shipped model on pages of held-out articles; `--tune` cross-validates the
regularisation on the dev articles (train on three folds, read the fourth).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections import Counter
from pathlib import Path

from toolkit.ingest import normalise
from toolkit.lines import MODEL, ROLES, _items, features
from train.damage import FOLDS, Page, Rates, pages

TRAIN_SEED, TEST_SEED = 11, 12
PARAMS = {
    "c1": 0.1,  # L1: most of the thousands of attribute/label pairs carry nothing
    "c2": 5.0,  # L2, strong: few articles, many lines each; chosen by `--tune`
    "max_iterations": 300,
    "feature.possible_transitions": True,  # transitions never seen (kicker → paragraph) learn a negative weight
}

Example = tuple[list[str], list[str]]  # a page's lines as the toolkit reads them, and their roles


def roles(generated: list[str]) -> list[str]:
    """The generator's roles as the model reads them: the first line of each head is `head` (kicker or
    title alike), and a title after a kicker is `title`."""
    out: list[str] = []
    for r in generated:
        if r in ("kicker", "title"):
            r = "title" if out and out[-1] == "head" and r == "title" else "head"
        out.append(r)
    return out


def examples(made: list[Page]) -> list[Example]:
    out = []
    for page in made:
        lines = list(normalise("\n\n".join(t for t, _ in page.lines)))
        assert len(lines) == sum(1 for t, _ in page.lines if t.strip()), "a generated line vanished in normalisation"
        out.append((lines, roles([r for t, r in page.lines if t.strip()])))
    return out


def corpus(n: int, seed: int, part: str, vary: bool = False) -> list[Example]:
    """Damaged pages, and a quarter as many intact ones (the models must leave intact text alone); with
    `vary` (training), the articles also come in other papers' head and subhead styles, and titles are
    broken more often than on real pages, so that the head model sees enough broken titles."""
    rates = Rates()
    return examples(pages(n, seed, part, rates, vary=vary) + pages(max(1, n // 4), seed + 1000, part, Rates.intact(), vary=vary))


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


def measure(data: list[Example], model: Path) -> tuple[Counter, Counter, Counter, Counter]:
    """(gold, read, right) counts per role, and the confusions."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    gold, got, hit, confused = Counter(), Counter(), Counter(), Counter()
    for lines, roles in data:
        for g, f in zip(roles, tagger.tag([_items(f) for f in features(lines)])):
            gold[g] += 1
            got[f] += 1
            hit[g] += g == f
            if g != f:
                confused[(g, f)] += 1
    return gold, got, hit, confused


def tune(n: int) -> None:
    """Cross-validation over the dev articles for a grid of regularisation strengths: the settings are
    chosen on articles the weights never saw."""
    for c1, c2 in ((0.1, 1.0), (0.1, 5.0), (0.5, 5.0), (0.1, 20.0)):
        wrong: Counter = Counter()
        total = 0
        for k in range(FOLDS):
            with tempfile.TemporaryDirectory() as tmp:
                path = Path(tmp) / "m.crfsuite"
                train(n, path, f"but{k}", dict(PARAMS, c1=c1, c2=c2))
                gold, _, _, confused = measure(corpus(max(8, n // 10), TEST_SEED, f"fold{k}"), path)
                wrong += confused
                total += sum(gold.values())
        print(f"c1={c1:<4} c2={c2:<5} roles read wrong {sum(wrong.values())}/{total}:",
              ", ".join(f"{g}→{f} {m}" for (g, f), m in wrong.most_common(6)), flush=True)


def check(n: int) -> None:
    """Per-role precision and recall of the shipped model on pages of held-out articles."""
    gold, got, hit, confused = measure(corpus(n, TEST_SEED, "held-out"), MODEL)
    print(f"{'role':10s} {'precision':>9s} {'recall':>7s} {'lines':>6s}")
    for r in ROLES:
        p = hit[r] / got[r] if got[r] else 1.0
        q = hit[r] / gold[r] if gold[r] else 1.0
        print(f"{r:10s} {p:9.3f} {q:7.3f} {gold[r]:6d}")
    print("most confused (truth → read):", ", ".join(f"{g}→{f} {n}" for (g, f), n in confused.most_common(10)))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=5000, help="damaged training pages (plus a quarter as many intact)")
    ap.add_argument("--check", action="store_true", help="only measure the shipped model on held-out pages")
    ap.add_argument("--tune", action="store_true", help="cross-validate regularisation settings on the dev articles")
    args = ap.parse_args()
    if args.tune:
        tune(args.pages)
        return
    if not args.check:
        t = time.perf_counter()
        train(args.pages, MODEL)
        print(f"trained on {args.pages} damaged pages of dev articles in {time.perf_counter() - t:.0f} s")
    check(200)


if __name__ == "__main__":
    main()
