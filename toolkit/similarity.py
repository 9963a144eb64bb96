"""Similarity: TF-IDF weighted character-bigram vectors for comparing the vocabulary of text spans."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping

from toolkit.hanzi import bigrams

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
        counts = bigrams(text) if isinstance(text, str) else text
        return {t: c * self.idf.get(t, self.default) for t, c in counts.items()}


def norm(v: Vector) -> float:
    return math.sqrt(sum(w * w for w in v.values()))


def cosine(a: Vector, b: Vector, norm_a: float | None = None, norm_b: float | None = None) -> float:
    """Cosine of two sparse vectors; pass norms already known to save recomputing them."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    dot = sum(w * large.get(t, 0.0) for t, w in small.items())
    if not dot:
        return 0.0
    return dot / ((norm_a if norm_a is not None else norm(a)) * (norm_b if norm_b is not None else norm(b)))
