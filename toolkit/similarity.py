"""Similarity: TF-IDF weighted character-bigram vectors for comparing the vocabulary of text spans."""

from __future__ import annotations

import math
import operator
from collections import Counter
from collections.abc import Iterable, Mapping

from toolkit.hanzi import han_runs

Vector = Mapping[str, float]


class Vocabulary:
    """IDF weights for one run of pages; turns text (or its bigram counts) into weighted vectors."""

    def __init__(self, documents: Iterable[Counter[str]]) -> None:
        df: Counter[str] = Counter()  # in how many documents each bigram occurs
        n = 0
        for counts in documents:
            n += 1
            df.update(counts.keys())
        weight = {count: math.log((1 + n) / (1 + count)) + 1.0 for count in set(df.values())}
        self.idf = dict(zip(df, map(weight.__getitem__, df.values())))  # smoothed inverse document frequency
        self.default = max(self.idf.values(), default=1.0)

    def vector(self, text: str | Counter[str]) -> dict[str, float]:
        idf, default = self.idf, self.default
        if not isinstance(text, str):
            return {t: c * idf.get(t, default) for t, c in text.items()}
        out: dict[str, float] = {}  # weighed as it is read: no Counter in between (most texts are clauses)
        for run in han_runs(text):
            for t in map(operator.add, run, run[1:]):
                out[t] = out.get(t, 0.0) + idf.get(t, default)
        return out


def norm(v: Vector) -> float:
    return math.sqrt(sum(w * w for w in v.values()))


def cosine(a: Vector, b: Vector, norm_a: float | None = None, norm_b: float | None = None) -> float:
    """Cosine of two sparse vectors; pass norms already known to save recomputing them."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    dot = sum(w * large.get(t, 0.0) for t, w in small.items())
    if not dot:
        return 0.0
    return dot / ((norm_a if norm_a is not None else norm(a)) * (norm_b if norm_b is not None else norm(b)))
