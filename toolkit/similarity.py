"""Similarity: TF-IDF weighted character-bigram vectors for comparing the vocabulary of text spans."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping

from toolkit.hanzi import bigrams

Vector = Mapping[str, float]


def idf_table(documents: Iterable[str]) -> dict[str, float]:
    """Smoothed inverse document frequency of each bigram over the given documents."""
    df: Counter[str] = Counter()
    n = 0
    for doc in documents:
        n += 1
        df.update(bigrams(doc).keys())
    return {term: math.log((1 + n) / (1 + count)) + 1.0 for term, count in df.items()}


class Vocabulary:
    """IDF weights for one run of pages; turns text into weighted bigram vectors."""

    def __init__(self, documents: Iterable[str]) -> None:
        self.idf = idf_table(documents)
        self.default = max(self.idf.values(), default=1.0)

    def vector(self, text: str | Counter[str]) -> dict[str, float]:
        counts = bigrams(text) if isinstance(text, str) else text
        return {t: c * self.idf.get(t, self.default) for t, c in counts.items()}


def cosine(a: Vector, b: Vector) -> float:
    if len(a) > len(b):
        a, b = b, a
    dot = sum(w * b.get(t, 0.0) for t, w in a.items())
    if not dot:
        return 0.0
    na = math.sqrt(sum(w * w for w in a.values()))
    nb = math.sqrt(sum(w * w for w in b.values()))
    return dot / (na * nb)


def coverage(part: Vector, whole: Vector) -> float:
    """Share of part's weight whose bigrams also occur in whole (how much of part whole explains)."""
    total = sum(part.values())
    return sum(w for t, w in part.items() if t in whole) / total if total else 0.0
