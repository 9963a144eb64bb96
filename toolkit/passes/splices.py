"""Splices: find text from another article pasted into a host, and set it aside (or move it home)."""

from __future__ import annotations

import math
import operator
from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import chain
from typing import NamedTuple

from toolkit.hanzi import bigrams, clauses, han_only, is_terminated, signature
from toolkit.lexicon import lexicon
from toolkit.model import Article, Block, Collection, Correction, Flag, correction_id, replace
from toolkit.passes.common import decided
from toolkit.review import Decisions
from toolkit.similarity import Vocabulary, norm

MIN_HOST = 40  # Han characters the host must keep before a splice
MIN_SPLICE = 40  # Han characters a spliced run needs before it can be told apart
FOREIGN = 0.06  # at most this cosine between the run and the rest of its host
FOREIGN_WITH_HOME = 0.10  # … or this, when another article of the run clearly claims the run
HOME = 0.06  # at least this cosine between the run and its likely home article …
CLAIM = 2.5  # … and this many times its cosine with the host
ALIEN = 0.01  # below this cosine with its host, a run needs no other evidence
TIE = 0.0015  # seams this close to the weakest count as ties
HOST_KEEPS = 2  # clauses of its own the host keeps in the paragraph where the run is glued on


class _Clause(NamedTuple):  # a tuple: tens of thousands are made per run
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
    sure: bool  # False: only foreign-looking; flagged for the editor, the text stays in its host


def _clauses(article: Article, first_block: int, vocab: Vocabulary) -> list[_Clause]:
    """The clauses of the article's paragraphs from first_block on, with their bigram vectors."""
    return [
        _Clause(i, s, e, len(han_only(b.text[s:e])), vocab.vector(b.text[s:e]))
        for i, b in enumerate(article.blocks[first_block:], start=first_block)
        if b.type == "paragraph"
        for s, e in clauses(b.text)
    ]


def _seams(cl: list[_Clause], before: dict[str, float], han_before: int) -> list[tuple[int, float, float]]:
    """(k, cosine of the text before clause k with the text from k on, norm of the text from k on),
    for every k inside a paragraph of the tail `cl`; `before` is the vector of the article's text
    before the tail (its subheaded sections, which no splice reaches).

    A spliced run is glued into a host paragraph where the host's sentence was cut, so seams at a
    paragraph start are not tried. One pass: moving clause k's weight w of a term from the suffix
    (weight s) to the prefix (weight p) changes dot by w(s-p-w), |P|² by w(2p+w), |S|² by w(w-2s);
    for a term no other clause and no text before has (most of them), that is just ±w² on the norms.
    """
    suffix = _sum([c.vec for c in cl])
    clauses_with = Counter(chain.from_iterable(c.vec for c in cl))
    prefix = dict(before)
    dot = sum(p * suffix.get(t, 0.0) for t, p in before.items())
    n_p = sum(p * p for p in before.values())
    n_s = sum(s * s for s in suffix.values())
    han_total = han_before + sum(c.han for c in cl)
    out = []
    block_start = 0  # index of the first clause of the current paragraph
    for k, c in enumerate(cl):
        if k and cl[k - 1].block != c.block:
            block_start = k
        if k - block_start >= HOST_KEEPS and han_before >= MIN_HOST and han_total - han_before >= MIN_SPLICE and n_p and n_s > 0:
            # max(…, 0): the running sums may dip a rounding error below zero
            out.append((k, max(dot, 0.0) / math.sqrt(n_p * n_s), math.sqrt(n_s)))
        lone = 0.0
        for t, w in c.vec.items():
            if clauses_with[t] == 1 and t not in prefix:
                lone += w * w
                continue
            p, s = prefix.get(t, 0.0), suffix[t]
            dot += w * (s - p - w)
            n_p += w * (2 * p + w)
            n_s += w * (w - 2 * s)
            prefix[t], suffix[t] = p + w, s - w
        n_p += lone
        n_s -= lone
        han_before += c.han
    return out


def _towards(cl: list[_Clause], seams: list[tuple[int, float, float]], home: dict[str, float]) -> dict[int, float]:
    """For each seam k, the cosine of the text from clause k on with the home article (the dot product
    is a sum over clauses, taken from the end; the suffix norms come from the seam scan)."""
    at = {k: size for k, _, size in seams}
    n_home = norm(home) or 1.0
    out, dot = {}, 0.0
    for k in range(len(cl) - 1, -1, -1):
        dot += sum(w * home.get(t, 0.0) for t, w in cl[k].vec.items())
        if k in at:
            out[k] = dot / (at[k] * n_home)
    return out


def _weakest_seam(seams: list[tuple[int, float]], latest: bool) -> tuple[int, float]:
    """The seam where the two sides share least vocabulary; with `latest`, the last of near ties
    (clauses that fit neither side stay with the host, whose sentence was cut after them)."""
    low = min(score for _, score in seams)
    return max((k, score) for k, score in seams if score <= low + TIE) if latest else min(seams, key=lambda x: x[1])


def _sum(vectors: list[dict[str, float]]) -> dict[str, float]:
    out: dict[str, float] = {}
    for v in vectors:
        for t, w in v.items():
            out[t] = out.get(t, 0.0) + w
    return out


def _refine(cl: list[_Clause], before: dict[str, float], seams: list[int], k: int, home: dict[str, float]) -> int:
    """Place the seam clause by clause from the paragraph before k's on: each clause scores the weight
    of its vocabulary found in the home article minus the weight found elsewhere in the host (before
    k's paragraph); the seam starts the best-scoring tail. Absolute weights, not shares, so a short
    clause of common words (社区、) decides little. Ties go to the later seam: clauses that fit neither
    side stay with the host, whose text was cut after them."""
    block = cl[k].block
    start = next(i for i, c in enumerate(cl) if c.block >= block - 1)
    own = next(i for i, c in enumerate(cl) if c.block >= block)
    host = _sum([before] + [c.vec for c in cl[:own]])

    def gain(i: int) -> float:
        mine = i < own
        found_home = sum(w for t, w in cl[i].vec.items() if t in home)
        found_host = sum(w for t, w in cl[i].vec.items() if host.get(t, 0.0) - (w if mine else 0.0) > 1e-9)
        return found_home - found_host

    allowed = set(seams)
    best, best_score, tail = k, float("-inf"), 0.0
    for i in range(len(cl) - 1, start - 1, -1):
        tail += gain(i)
        if i in allowed and tail > best_score + 1e-9:
            best, best_score = i, tail
    return best


class _Suspect(NamedTuple):
    """An article whose tail has a seam where the text after shares little with the text before."""

    article: Article
    clauses: list[_Clause]  # of the tail after the last subhead
    before: dict[str, float]  # the vector of the text before the tail (headings, subheaded sections)
    scan: list[tuple[int, float, float]]  # (seam, cosine across it, norm of the text after it)
    seam: int  # the weakest seam
    run: dict[str, float]  # the vector of the text from the weakest seam on


def _suspect(art: Article, vocab: Vocabulary) -> _Suspect | None:
    if any(f.kind == "truncated_end" and f.host == art.id for f in art.flags):
        return None  # one spliced run per host: its own text already broke off there
    last_heading = max((i for i, b in enumerate(art.blocks) if b.type == "heading"), default=-1)
    # the host's own words before the tail: its headings and the paragraphs before the last subhead
    head = "\n".join([art.kicker or "", art.title, art.subtitle or ""] + [b.text for b in art.blocks[: last_heading + 1]])
    before = vocab.vector(head)
    cl = _clauses(art, last_heading + 1, vocab)  # a spliced run fills the tail after the last subhead
    scan = _seams(cl, before, len(han_only(head)))
    if not scan:
        return None
    k, host_sim = _weakest_seam([(k, score) for k, score, _ in scan], latest=False)
    if host_sim >= FOREIGN_WITH_HOME:
        return None  # the tail belongs with the rest of the article
    return _Suspect(art, cl, before, scan, k, _sum([c.vec for c in cl[k:]]))


class _Homes:
    """The run's articles as term → (article, weight) postings, for the terms the suspect runs use."""

    def __init__(self, totals: dict[str, Counter[str]], vocab: Vocabulary, terms: set[str]) -> None:
        self.postings: dict[str, list[tuple[str, float]]] = defaultdict(list)
        self.norms: dict[str, float] = {}
        idf = vocab.idf
        for aid, counts in totals.items():
            weights = list(map(operator.mul, counts.values(), map(idf.__getitem__, counts)))
            self.norms[aid] = math.sqrt(sum(map(operator.mul, weights, weights)))
            for t in counts.keys() & terms:  # each term's list is in article order whatever the set's order
                self.postings[t].append((aid, counts[t] * idf[t]))

    def likely(self, run: dict[str, float], host: str) -> tuple[float, str | None]:
        """The other article most like `run` (cosine)."""
        dots: dict[str, float] = defaultdict(float)
        for t, w in run.items():
            for aid, v in self.postings.get(t, ()):
                dots[aid] += w * v
        run_norm = norm(run)
        return max(((d / (run_norm * self.norms[aid]), aid) for aid, d in dots.items() if aid != host), default=(0.0, None))


def find_candidates(cols: tuple[Collection, ...]) -> list[Candidate]:
    """Per article, the most likely spliced run (its start and the article it resembles), if any."""
    articles = [a for col in cols for a in col.articles]
    totals = {a.id: bigrams("\n".join(b.text for b in a.blocks if b.type == "paragraph")) for a in articles}
    vocab = Vocabulary(totals.values())
    suspects = [s for s in (_suspect(a, vocab) for a in articles) if s is not None]
    if not suspects:
        return []
    homes = _Homes(totals, vocab, set().union(*(s.run for s in suspects)))
    out = []
    for art, cl, before, scan, k, run in suspects:
        seams = [(k, score) for k, score, _ in scan]
        home_sim, home = homes.likely(run, art.id)
        if home is not None and home_sim >= HOME:
            home_vec = vocab.vector(totals[home])
            towards = _towards(cl, scan, home_vec)
            k = _refine(cl, before, list(towards), k, home_vec)
            host_sim, home_sim = dict(seams)[k], towards[k]
            if host_sim < FOREIGN_WITH_HOME and home_sim >= HOME and home_sim > CLAIM * host_sim:
                out.append(Candidate(art.id, cl[k].block, cl[k].start, host_sim, home, home_sim, sure=True))
            continue
        # no other article claims it: it is taken out when very foreign, or when it names a person or
        # place the host never does, early on (a name at the far end belongs to a later, shorter
        # splice); otherwise, if foreign-looking, it is only flagged
        k, host_sim = _weakest_seam(seams, latest=True)
        if host_sim >= FOREIGN:
            continue
        block = cl[k].block
        host_text = "".join(b.text for b in art.blocks[:block]) + art.blocks[block].text[: cl[k].start]
        run_text = art.blocks[block].text[cl[k].start :] + "".join(b.text for b in art.blocks[block + 1 :])
        early = run_text[: len(run_text) // 2 + 1]
        names = any(n not in host_text for n in lexicon().unknown_names(early))
        out.append(Candidate(art.id, block, cl[k].start, host_sim, None, 0.0, sure=names or host_sim < ALIEN))
    return out


def _holds(article: Article, run: list[str]) -> bool:
    """True when the article already prints the run's end: the run is a second copy of its text (its
    start may carry a clause of the host), not the text the article breaks off before."""
    return signature("".join(run))[-20:] in signature("".join(b.text for b in article.blocks))


def _truncated_end(article: Article) -> bool:
    body = [b for b in article.blocks if b.type == "paragraph"]
    return bool(body) and not is_terminated(body[-1].text)


def flag_splices(cols: tuple[Collection, ...], decisions: Decisions) -> tuple[tuple[Collection, ...], list[Correction]]:
    """`…快速流转，讲好红十字故事…` in a court article → the Red Cross run set aside as a `fragment`
    (moved to the end of its home article when that article's own end is missing)."""
    by_id = {a.id: a for col in cols for a in col.articles}
    moved: dict[str, list[Block]] = {}
    corrections = []
    for cand in find_candidates(cols):
        host = by_id[cand.article]
        head, tail = host.blocks[cand.block].text[: cand.start], host.blocks[cand.block].text[cand.start :]
        run = [tail] + [b.text for b in host.blocks[cand.block + 1 :]]
        relocate = cand.home is not None and _truncated_end(by_id[cand.home])
        c = decided(
            Correction(
                id=correction_id("splice", host.id, run[0][:20], run[-1][-20:]),
                kind="splice",
                action="applied" if cand.sure else "flagged",
                article=host.id,
                before="\n".join(run),
                after="",
                reason=(("" if cand.sure else "perhaps spliced: ")
                        + f"vocabulary foreign to this article (cosine {cand.host_similarity:.2f})"
                        + (f", close to {cand.home} (cosine {cand.home_similarity:.2f})" if cand.home else ", home not on these pages")
                        + ("; moved to the end of its home article, whose end is missing" if relocate
                           else "; set aside as a fragment" if cand.sure else "; `apply` sets it aside")),
                confidence=0.9 if cand.home else 0.7 if cand.sure else 0.4,
                lines=tuple(ln for b in host.blocks[cand.block :] for ln in b.lines),
                home=cand.home,
            ),
            decisions,
        )
        corrections.append(c)
        if c.action != "applied":
            continue
        flags = (Flag("splice", correction=c.id, host=host.id, home=cand.home),)
        if relocate:
            flags += (Flag("relocated", correction=c.id, note=f"found in {host.id}"),)
        lines = [host.blocks[cand.block].lines] + [b.lines for b in host.blocks[cand.block + 1 :]]
        fragments = [Block("fragment", t, flags, ln) for t, ln in zip(run, lines)]
        kept = list(host.blocks[: cand.block]) + ([replace(host.blocks[cand.block], text=head)] if head else [])
        # the run was glued on where the host's own text broke off: the host's end is missing
        cut = Flag("truncated_end", correction=c.id, host=host.id, note="its own text breaks off where the spliced run begins")
        by_id[host.id] = replace(
            host, blocks=tuple(kept) + (() if relocate else tuple(fragments)), flags=host.flags + (cut,)
        )
        if relocate:
            moved.setdefault(cand.home, []).extend(fragments)
        elif cand.home is not None and not _holds(by_id[cand.home], run):
            # the home ends on a full sentence, but its text goes on in the host: its end is missing here
            home = by_id[cand.home]
            gone = Flag("truncated_end", correction=c.id, note=f"its text goes on in {host.id}, where a run of it was spliced")
            if not any(f.kind == "truncated_end" for f in home.flags):
                by_id[home.id] = replace(home, flags=home.flags + (gone,))
    for home_id, blocks in moved.items():
        home = by_id[home_id]
        by_id[home_id] = replace(home, blocks=home.blocks + tuple(blocks))
    out = tuple(replace(col, articles=tuple(by_id[a.id] for a in col.articles)) for col in cols)
    return out, corrections
