"""Seams: the places in an article's tail where a spliced run may begin, the features of each, and the
fitted model that weighs them (`train/splice_model.py` writes its weights to `toolkit/data/splices.json`).

A splice glues the end of one article (its home) onto another (the host) where the host's own text was
cut, after a comma or a full stop; the run goes on to the host's end. So every clause boundary inside a
paragraph of the host's last paragraphs is a candidate seam, and the text from it to the end a candidate
run. Each seam is described by plain numbers (how much vocabulary the two sides share, how the run's
first sentence reads, the marks at the seam, lengths, and how well the run fits the likeliest other
article of the run); the model turns them into the probability that the article has a spliced run
starting exactly there, that it has none, and that the likeliest other article is the run's home.
"""

from __future__ import annotations

import bisect
import functools
import json
import math
import operator
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from itertools import accumulate, chain, repeat
from pathlib import Path
from typing import NamedTuple

from toolkit.hanzi import CLOSERS, HAN, OPENERS, SENTENCE_END, bigrams, closes_unopened, end_mark, han_only, is_terminated
from toolkit.hanzi import clauses as clause_spans
from toolkit.lexicon import SURNAMES, lexicon
from toolkit.lines import reports_speech
from toolkit.model import Article
from toolkit.similarity import Vocabulary, norm

MODEL = Path(__file__).parent / "data" / "splices.json"

# Where a run may start. A run is the end of another article (the real pages show one to three
# paragraphs of it, the first glued onto the host's last): seams are looked for in the last LOOK_BACK
# paragraphs after the last subhead, after a comma, semicolon or full stop (where the host was cut; an
# enumeration comma or a colon is inside a clause).
LOOK_BACK = 4
CUT_AFTER = "，；;,。！？!?…"
MIN_HOST = 40  # Han characters of its own body a host keeps: below that there is no vocabulary to compare
MIN_RUN = 10  # Han characters: a shorter run is not even a clause of another article
HOMES = 2  # likeliest other articles kept per query when looking for a run's home (two queries per article)
EPS = 0.01  # keeps logarithms of cosines finite; below it, vocabulary overlap is noise
WINDOW = 40  # Han characters on either side of a seam compared with the other side (about a sentence)
COUPLET = 7  # Han characters at most in each half of a set saying (`_couplet`)
SPEAKER = 10  # Han characters of a clause that names a speaker and a reporting verb (吴敏说, 村支书王川告诉记者)
RUN_BINS = (20, 40, 80, 160, 320, 640)  # run lengths (Han characters) told apart as bands, not a slope
COS_BINS = (0.005, 0.01, 0.02, 0.04, 0.07, 0.12)  # cosines likewise (log-spaced: 0.01 and 0.03 differ)

SEAM_FEATURES = (
    "cos_host",  # log cosine of the run with the host's text before it
    "cos_rise_before",  # how much the cosine rises when the seam moves one clause earlier …
    "cos_rise_after",  # … or one clause later (a seam at the right clause is a local minimum)
    "cos_above_min",  # how far above the article's weakest seam this one is
    # shares of vocabulary (IDF-weighted bigrams):
    "first_host",  # of the run's first clause, found in the host before the seam
    "first_run",  # … found in the rest of the run
    "last_host",  # of the host's last clause before the seam, found earlier in the host
    "last_run",  # … found in the run (a host clause taken with the run fits the run)
    "window_after_host",  # cosine of the run's first WINDOW characters with the host before the seam …
    "window_after_run",  # … and with the rest of the run
    "window_before_run",  # cosine of the host's last WINDOW characters with the run …
    "window_before_host",  # … and with the rest of the host (inside a run, the text before a seam is foreign too)
    "after_stop",  # the host's text breaks off after a full stop (else after a comma or semicolon)
    "closes_unopened",  # the run's first sentence closes a quotation it never opened
    "first_sentence",  # log length of the run's first sentence (a word cut in two leaves a short one)
    "opens_inside",  # the run opens on a word's last character or a particle (`Lexicon.opens_inside`: 学|校的…;
    # not 对|方迟迟…: 方 is a surname and opens more words than it ends)
    "unpaired",  # a quotation (bracket) left open by the host's last sentence is never closed in the run's
    # paragraph, or the run's first sentence closes one its paragraph never opened: marks that pair
    # before the host's last sentence or after the run's first (a quotation over several paragraphs,
    # a mark lost in the source) are no sign of a seam
    "run_length",  # log Han characters of the run
    *(f"run_up_to_{n}" for n in RUN_BINS),  # the run's length band
    *(f"cos_host_below_{c}" for c in COS_BINS),  # the cosine's band
    "run_share",  # the run's share of the article's body
    "run_paragraphs",  # paragraphs the run covers
    "clauses_before",  # log clauses of the seam's paragraph the host keeps
    "ends_open",  # the article's last paragraph stops mid-sentence (a run ends where its home ends)
    "names_new",  # a person named at least twice in the run and never before it (see `new_names`)
    "places_new",  # a county, city or district named in the run and never before it (see `new_places`)
)
HOME_FEATURES = (
    "home_cos",  # log cosine of the run with its likeliest home
    "home_over_host",  # that, minus the log cosine with the host
    "home_margin",  # over the next likeliest article (a clear home is far ahead)
    "home_open",  # the home's last paragraph stops mid-sentence: its end is missing
    "home_first",  # share of the run's first clause's vocabulary found in the home …
    "home_end_first",  # … in the home's last paragraph (where it was cut)
    "home_last",  # share of the host's last clause before the seam found in the home …
    "home_end_last",  # … in the home's last paragraph
    "home_rise_before",  # how much the cosine with the home rises when the seam moves one clause earlier …
    "home_rise_after",  # … or one clause later
    "candidates",  # log the number of other articles in the run (among many, one resembles a short run by chance)
)


class Clause(NamedTuple):  # a tuple: thousands are made per run of pages
    block: int
    start: int
    end: int
    han: int
    vec: dict[str, float]
    mark: str  # the mark it ends on (closing quotes and brackets passed over), or ""


class Seam(NamedTuple):
    """A candidate seam: the run starts in `article.blocks[block]` at `start`."""

    block: int
    start: int
    han: int  # Han characters from the seam to the article's end
    features: tuple[float, ...]  # SEAM_FEATURES
    home: str | None  # the likeliest home article for this run (None: no other article shares vocabulary)
    home_features: tuple[float, ...]  # HOME_FEATURES (zeros without a home)


class Scan(NamedTuple):
    """The seam scan of one article's tail."""

    clauses: list[Clause]
    seams: list[int]  # indices of clauses a run may start at
    cos: dict[int, float]  # cosine of the text before clause k with the text from k on, every inner k
    norms: dict[int, float]  # norm of the text from clause k on
    shares: dict[int, tuple[float, ...]]  # per allowed seam: first_host … window_before_run (SEAM_FEATURES)


def tail(article: Article, vocab: Vocabulary) -> tuple[list[Clause], dict[str, float], int]:
    """The clauses of the article's last paragraphs (at most LOOK_BACK, after the last subhead), the
    vector of everything before them (head lines included), and its body length in Han characters."""
    blocks = article.blocks
    last_heading = max((i for i, b in enumerate(blocks) if b.type == "heading"), default=-1)
    paras = [i for i, b in enumerate(blocks) if b.type == "paragraph" and i > last_heading][-LOOK_BACK:]
    first = paras[0] if paras else len(blocks)
    head, body = _before(article, first)
    clauses = [
        Clause(i, s, e, len(han_only(blocks[i].text[s:e])), vocab.vector(blocks[i].text[s:e]),
               end_mark(blocks[i].text[s:e]))
        for i in paras
        for s, e in clause_spans(blocks[i].text)
    ]
    return clauses, vocab.vector(head + "\n" + body), len(han_only(body))


def _before(article: Article, first: int) -> tuple[str, str]:
    """The article's head lines, and its text before block `first` (set-aside fragments left out)."""
    return ("\n".join([article.kicker or "", article.title, article.subtitle or ""]),
            "\n".join(b.text for b in article.blocks[:first] if b.type != "fragment"))


def scan(clauses: list[Clause], before: dict[str, float], han_before: int) -> Scan:
    """Cosines across every clause boundary of the tail, in one pass; for every clause the share of its
    vocabulary found before it and after it; and, at each allowed seam, the cosines of about a sentence
    on either side with the other side.

    Moving clause k's weight w of a term from the suffix (weight s) to the prefix (weight p) changes the
    dot product by w(s-p-w), |P|² by w(2p+w) and |S|² by w(w-2s); for a term no other clause and no text
    before has (most of them), that is just ±w² on the norms.
    """
    suffix = _sum([c.vec for c in clauses])
    clauses_with = Counter(chain.from_iterable(c.vec for c in clauses))
    after = Counter(clauses_with)  # clauses from k on holding each term
    # a term of a single clause and not before the tail (most of them) adds nothing to any dot product
    # below (its prefix weight is 0, its suffix weight its own): only the shared terms are walked, and
    # the lone ones move as one sum of squares
    shared = [{t: w for t, w in c.vec.items() if clauses_with[t] > 1 or t in before} for c in clauses]
    lone2 = [sum(w * w for t, w in c.vec.items() if clauses_with[t] == 1 and t not in before) for c in clauses]
    prefix = dict(before)
    dot = sum(p * suffix.get(t, 0.0) for t, p in before.items())
    n_p = sum(p * p for p in before.values())
    n_s = sum(s * s for s in suffix.values())
    han_after = sum(c.han for c in clauses)
    cos: dict[int, float] = {}
    norms: dict[int, float] = {}
    found: list[tuple[float, float]] = []
    windows: dict[int, tuple[float, ...]] = {}  # dot products and squared norms, divided out at the end
    n_p_at, n_s_at = [], []  # |P|², |S|² before each clause moves
    seams: list[int] = []
    for k, c in enumerate(clauses):
        n_p_at.append(n_p)
        n_s_at.append(n_s)
        vec = shared[k]
        total = sum(c.vec.values()) or 1.0
        found.append((sum(w for t, w in vec.items() if t in prefix) / total,
                      sum(w for t, w in vec.items() if after[t] > 1) / total))
        if n_p > 0 and n_s > 0:
            cos[k] = max(dot, 0.0) / math.sqrt(n_p * n_s)  # max: the running sums may dip a rounding error below zero
            norms[k] = math.sqrt(n_s)
        inner = k > 0 and clauses[k - 1].block == c.block and clauses[k - 1].mark in CUT_AFTER
        if inner and han_before >= MIN_HOST and han_after >= MIN_RUN and k in cos:
            seams.append(k)
            # about a sentence after the seam (a) and before it (b), each against both sides; the
            # window's own weight is left out of the side it is on. Only shared terms take part in
            # the dot products (a lone term is in no other clause); suffix weights of lone terms of
            # clauses already moved are stale, so b's are left out
            a, b = _window(clauses, range(k, len(clauses))), _window(clauses, range(k - 1, -1, -1))
            wa, wb = _sum([shared[i] for i in a]), _sum([shared[i] for i in b])
            a_host = sum(w * prefix.get(t, 0.0) for t, w in wa.items())
            a_run = sum(w * (suffix[t] - w) for t, w in wa.items())
            b_run = sum(w * suffix.get(t, 0.0) for t, w in wb.items() if clauses_with[t] > 1)
            b_host = sum(w * (prefix[t] - w) for t, w in wb.items() if t in prefix)
            a_n = sum(w * w for w in wa.values()) + sum(lone2[i] for i in a)
            b_n = sum(w * w for w in wb.values()) + sum(lone2[i] for i in b)
            windows[k] = (a_host, a_run, a[-1] + 1, b_run, b_host, b[-1], a_n, b_n)
        for t, w in vec.items():
            after[t] -= 1
            p, s = prefix.get(t, 0.0), suffix[t]
            dot += w * (s - p - w)
            n_p += w * (2 * p + w)
            n_s += w * (w - 2 * s)
            prefix[t], suffix[t] = p + w, s - w
        n_p += lone2[k]
        n_s -= lone2[k]
        han_before += c.han
        han_after -= c.han
    n_p_at.append(n_p)
    n_s_at.append(n_s)
    shares = {}
    for k in seams:
        a_host, a_run, a_end, b_run, b_host, b_start, a_n, b_n = windows[k]
        shares[k] = (
            *found[k], *found[k - 1],
            # a window that reaches the article's end leaves no rest of the run to compare with (|S|² is
            # then a rounding residue, and the cosine would blow up)
            _cos(a_host, a_n, n_p_at[k]), _cos(a_run, a_n, n_s_at[a_end]) if a_end < len(clauses) else 0.0,
            _cos(b_run, b_n, n_s_at[k]), _cos(b_host, b_n, n_p_at[b_start]),
        )
    return Scan(clauses, seams, cos, norms, shares)


def _cos(dot: float, n2_a: float, n2_b: float) -> float:
    # at most 1: running sums carry rounding residues, which a near-empty side would blow up
    return min(1.0, max(dot, 0.0) / math.sqrt(n2_a * n2_b)) if n2_a > 1e-12 and n2_b > 1e-12 else 0.0


def _window(clauses: list[Clause], order: range) -> list[int]:
    """The clauses, taken in `order` from a seam, that make about WINDOW Han characters."""
    out, han = [], 0
    for i in order:
        if han >= WINDOW:
            break
        out.append(i)
        han += clauses[i].han
    return out


def _sum(vectors: Sequence[dict[str, float]]) -> dict[str, float]:
    out: dict[str, float] = {}
    for v in vectors:
        for t, w in v.items():
            out[t] = out.get(t, 0.0) + w
    return out


def towards(sc: Scan, home: dict[str, float]) -> dict[int, float]:
    """For each clause k with a known suffix norm, the cosine of the text from k on with the home article
    (the dot product is a sum over clauses, taken from the end)."""
    n_home = norm(home) or 1.0
    out, dot = {}, 0.0
    weight = home.get
    for k in range(len(sc.clauses) - 1, -1, -1):
        vec = sc.clauses[k].vec
        dot += sum(map(operator.mul, vec.values(), map(weight, vec, repeat(0.0))))
        if k in sc.norms:
            out[k] = dot / (sc.norms[k] * n_home)
    return out


# --- the run's first clause ------------------------------------------------------------------------


def opening(clauses: Sequence[Clause], text: str) -> tuple[float, float, int]:
    """How the run's first sentence (its clauses, in the paragraph `text`) reads: (it closes a quotation
    it never opened, log its length in Han characters, where it ends).

    `但毕竟开馆时间不长，人气还要慢慢攒。”` → closes one; `区人民法院审判庭。` → a short first
    sentence (its start cut off inside a word)."""
    han, end = 0, clauses[0].end
    for c in clauses:  # a sentence of more clauses than given is cut short
        if c.block != clauses[0].block:
            break
        han, end = han + c.han, c.end
        if c.mark in SENTENCE_END:
            break
    return float(closes_unopened(text[clauses[0].start : end])), math.log1p(han), end


def pairing(text: str) -> Callable[[int], bool]:
    """Whether cutting the text at a position leaves the marks unpaired: a quotation or bracket open
    before the cut and never closed after it, or closed after it and never opened before (in an intact
    paragraph a quotation open at a clause boundary closes later on).

    `他说：“我们，|一起去。”` → paired at |; `他说：“我们，|天气晴。` → unpaired."""
    at = [m.start() for m in _MARK.finditer(text)]  # the depth changes only at a mark
    depth, clamped = [0], [0]  # before each mark (and after the last): running depth, and depth never below 0
    for i in at:
        step = 1 if text[i] in OPENERS else -1
        depth.append(depth[-1] + step)
        clamped.append(max(clamped[-1] + step, 0))
    lowest = depth[:]  # lowest depth from each mark on
    for j in range(len(at) - 1, -1, -1):
        lowest[j] = min(depth[j], lowest[j + 1])

    def unpaired(position: int) -> bool:
        j = bisect.bisect_left(at, position)  # marks before the cut
        return (clamped[j] > 0) != (lowest[j] < depth[j])

    return unpaired


_MARK = re.compile(f"[{re.escape(OPENERS + CLOSERS)}]")


# --- homes ----------------------------------------------------------------------------------------


class Homes:
    """The run's articles as term → (article, weight) postings, for finding the article a run is most like."""

    def __init__(self, totals: dict[str, Counter[str]], vocab: Vocabulary, terms: set[str]) -> None:
        self.postings: dict[str, list[tuple[str, float]]] = defaultdict(list)
        self.norms: dict[str, float] = {}
        idf = vocab.idf
        for aid, counts in totals.items():
            weights = list(map(operator.mul, counts.values(), map(idf.__getitem__, counts)))
            self.norms[aid] = math.sqrt(sum(map(operator.mul, weights, weights)))
            for t in counts.keys() & terms:  # each term's list is in article order whatever the set's order
                self.postings[t].append((aid, counts[t] * idf[t]))

    def likely(self, run: dict[str, float], host: str, n: int = HOMES) -> list[str]:
        """The n other articles most like `run` (cosine), best first."""
        dots: dict[str, float] = defaultdict(float)
        for t, w in run.items():
            for aid, v in self.postings.get(t, ()):
                dots[aid] += w * v
        ranked = sorted(((d / self.norms[aid], aid) for aid, d in dots.items() if aid != host and self.norms[aid]), reverse=True)
        return [aid for _, aid in ranked[:n]]


def queries(sc: Scan) -> list[dict[str, float]]:
    """What the home search asks about an article: the text from its weakest seam on, and its last
    clauses (every run ends with them), about MIN_HOST Han characters of them."""
    if not sc.seams:
        return []
    weakest = min(sc.seams, key=lambda k: sc.cos[k])
    last, han = [], 0
    for c in reversed(sc.clauses):
        last.append(c.vec)
        han += c.han
        if han >= MIN_HOST:
            break
    return [_sum([c.vec for c in sc.clauses[weakest:]]), _sum(last)]


# --- features of every seam -------------------------------------------------------------------------


def seams(article: Article, sc: Scan, han_before: int,
          homes: dict[str, tuple[dict[str, float], bool, dict[str, float]]], others: int) -> list[Seam]:
    """The candidate seams of one article with their features. `homes`: the candidate home articles
    (their vectors, whether their end is missing, and their last paragraph's vector), chosen among
    `others` articles."""
    cl = sc.clauses
    if not sc.seams:
        return []
    lex = lexicon()
    blocks = article.blocks
    toward = {aid: towards(sc, vec) for aid, (vec, *_) in homes.items()}
    low = min(sc.cos[k] for k in sc.seams)
    han_total = han_before + sum(c.han for c in cl)
    ends_open = open_end(article)
    last_block = cl[-1].block
    paragraphs = [i for i, b in enumerate(blocks) if b.type == "paragraph"]
    named = new_names(article, cl)
    placed = new_places(article, cl)
    out = []
    han_run = sum(c.han for c in cl)
    in_paragraph = 0  # clauses of the seam's paragraph before it
    sentence_start = 0  # where the sentence holding the clause before the seam starts
    pairings = functools.cache(lambda i: pairing(blocks[i].text))

    @functools.cache
    def in_home(home: str, i: int) -> tuple[float, float]:
        """The share of clause i's vocabulary found in the home, and in the home's last paragraph."""
        vec, _, end = homes[home]
        own = cl[i].vec
        total = sum(own.values()) or 1.0
        return sum(w for t, w in own.items() if t in vec) / total, sum(w for t, w in own.items() if t in end) / total

    for k in range(len(cl)):
        c = cl[k]
        in_paragraph = in_paragraph + 1 if k and cl[k - 1].block == c.block else 0
        # clause k-1 starts a sentence unless it goes on one started in its paragraph before it
        if k >= 1 and not (k >= 2 and cl[k - 2].block == cl[k - 1].block and cl[k - 2].mark not in SENTENCE_END):
            sentence_start = cl[k - 1].start
        if k in sc.shares and not _parallel(blocks[c.block].text, cl[k - 1], c) and not _speaker(blocks[c.block].text, c):
            text = blocks[c.block].text
            closes, first_sentence, sentence_end = opening(cl[k : k + 8], text)
            unpaired = pairings(c.block)
            cos = sc.cos[k]
            f = (
                math.log(cos + EPS),
                sc.cos.get(k - 1, cos) - cos,
                sc.cos.get(k + 1, cos) - cos,
                cos - low,
                *sc.shares[k],
                float(cl[k - 1].mark in SENTENCE_END),
                closes,
                first_sentence,
                float(lex.opens_inside(text[c.start : c.start + 16]) is not None),
                float(unpaired(c.start) and not (unpaired(sentence_start) and unpaired(sentence_end))),
                math.log1p(han_run),
                *_bands(han_run, RUN_BINS),
                *_bands(cos, COS_BINS),
                han_run / max(han_total, 1),
                float(paragraphs.index(last_block) - paragraphs.index(c.block) + 1),
                math.log1p(in_paragraph),
                float(ends_open),
                float(named[k] > 0),
                float(k <= placed),
            )
            ranked = sorted(((toward[aid].get(k, 0.0), aid) for aid in toward), reverse=True)
            if ranked and ranked[0][0] > 0:
                (best, home), second = ranked[0], (ranked[1][0] if len(ranked) > 1 else 0.0)
                t_home = toward[home]
                hf = (
                    math.log(best + EPS),
                    math.log(best + EPS) - math.log(cos + EPS),
                    math.log(best + EPS) - math.log(second + EPS),
                    float(homes[home][1]),
                    *in_home(home, k),
                    *in_home(home, k - 1),
                    t_home.get(k - 1, best) - best,
                    t_home.get(k + 1, best) - best,
                    math.log(max(others, 1)),
                )
            else:
                home, hf = None, (0.0,) * len(HOME_FEATURES)
            out.append(Seam(c.block, c.start, han_run, f, home, hf))
        han_run -= cl[k].han
    return out


def _parallel(text: str, before: Clause, clause: Clause) -> bool:
    """The clause opens on the word the clause before it in its sentence opens on (是…，是…; 有的…，有的…), or the two
    are a set saying's halves (`_couplet`): parallel parts of one sentence, which a splice does not start between. Of
    531 spliced runs on generated pages, none opens on the Han word the host's clause before it opens on."""
    if before.mark not in "，；;,":
        return False
    if _couplet(han_only(text[before.start : before.end]), han_only(text[clause.start : clause.end]), clause.mark):
        return True
    if text[clause.start] != text[before.start]:
        return False
    lex = lexicon()
    first = lex.cut(text[clause.start : clause.start + 6])[0]
    return HAN.match(first) is not None and lex.cut(text[before.start : before.start + 6])[0] == first


def _couplet(first: str, second: str, mark: str) -> bool:
    """Two short clauses of one length, the second closing the sentence, with a character other than their last at the
    same place in both (功崇惟志，业广惟勤。; 水有源，树有根。): the two halves of a set saying, which Chinese matches
    character for character, a splice starting between them by chance at most."""
    return (mark in SENTENCE_END and len(first) == len(second) and 3 <= len(first) <= COUPLET
            and any(a == b for a, b in zip(first[:-1], second[:-1])))


def _speaker(text: str, clause: Clause) -> bool:
    """The clause names who spoke the quotation that closes right before it (`…成了大家的客厅。”|吴敏说。`,
    `…”|王川笑道。`): the speaker belongs to the words, and a run does not start between them. One that goes on
    (`…”|受访干部认为，…`) brings in words of its own. No run spliced on 600 generated pages (dev and held-out
    articles) starts so; on the held-out pages the shipped model sets aside 59 runs at the right seam, not 57."""
    if not 1 < clause.han <= SPEAKER or clause.mark not in SENTENCE_END or text[: clause.start].rstrip()[-1:] not in ("”", "」"):
        return False
    words = [w for w in lexicon().cut(text[clause.start : clause.end]) if HAN.match(w)]
    return reports_speech(words) or words[-1] == "道"  # (笑道, 问道: jieba cuts the verb off 道)


def new_names(article: Article, cl: list[Clause]) -> list[int]:
    """For each clause k of the tail, how many personal names the text from k on gives at least twice and the
    article never before k. A news report introduces a person, with a role or a title, where it first names
    them (村医郑晓东), and names them bare afterwards: a name the host never gave, named again and again in
    the run, belongs to the article the run was cut from (on the labelled articles, a person so named in
    the last two paragraphs: 1 of 52 intact tails, 16 of 150 tails put after another article's text)."""
    lex = lexicon()
    blocks = article.blocks
    before = "\n".join(_before(article, cl[0].block if cl else len(blocks)))
    texts = [blocks[c.block].text[c.start : c.end] for c in cl]
    starts = list(accumulate((len(t) + 1 for t in texts[:-1]), initial=0))
    tail = "\n".join(texts)
    # a name is a surname and one or two characters: only the clauses holding such a pair or triple printed
    # twice in the tail and never before it are segmented, not the whole tail (one pass each way, however long)
    given = set(_surname_starts(before))
    maybe = {m for m, n in Counter(_surname_starts(tail)).items() if n >= 2 and m not in given}
    found = lex.names("\n".join(t for t in texts if not maybe.isdisjoint(_surname_starts(t)))) if maybe else []
    firsts = sorted(bisect.bisect_right(starts, tail.find(n)) - 1 for n in set(found) if n in maybe)
    return [len(firsts) - bisect.bisect_left(firsts, k) for k in range(len(cl))]


def new_places(article: Article, cl: list[Clause]) -> int:
    """The last clause k of the tail whose text from k on names a county, city or district (`Lexicon.places`) that the
    article never names before k, its head lines included (-1: none). A report keeps to its place and names it early
    (in its head or lead); a run cut from another article brings that article's place along (of the labelled and
    invented articles and the read blind sets', a place first named in the last two paragraphs: 6 of 142 tails,
    against 233 of 707 other articles' tails put after them)."""
    blocks = article.blocks
    head, body = _before(article, cl[0].block if cl else len(blocks))
    before = head + "\n" + body
    texts = [blocks[c.block].text[c.start : c.end] for c in cl]
    last = -1
    for place in lexicon().places("\n".join(texts)):
        if place not in before:
            last = max(last, next(k for k, t in enumerate(texts) if place in t))
    return last


def _surname_starts(text: str) -> Iterator[str]:
    """Every two and three characters of the text that open on a common surname."""
    for i, ch in enumerate(text):
        if ch in SURNAMES:
            yield from (text[i : i + n] for n in (2, 3) if i + n <= len(text))


def _bands(x: float, edges: Sequence[float]) -> tuple[float, ...]:
    """One-hot: the first edge x does not exceed (all zeros above the last)."""
    return _one_hot(len(edges))[bisect.bisect_left(edges, x)]


@functools.cache
def _one_hot(n: int) -> tuple[tuple[float, ...], ...]:
    return tuple(tuple(float(i == band) for i in range(n)) for band in range(n + 1))


def open_end(article: Article) -> bool:
    """The article's last paragraph does not end on a full sentence. Unlike the truncation pass, a closing
    note in brackets counts as open here: taking it as a whole end (hanzi.ends_whole) and refitting cut
    11 intact held-out articles instead of 1 (characters misplaced per article 1.33 → 6.14)."""
    body = article.paragraphs()
    return bool(body) and not is_terminated(body[-1].text)


# --- the model --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Weights:
    """A log-linear model over an article's candidate seams (and the choice of none): a seam scores
    b + w·z(seam) (z: the features standardised), and, when its likeliest home is claimed,
    b_home + v·z(home features) more. Probabilities are the softmax over every seam, with and without
    its home, and `none` scoring 0."""

    features: tuple[str, ...]
    home_features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    w: tuple[float, ...]
    bias: float
    home_mean: tuple[float, ...]
    home_scale: tuple[float, ...]
    v: tuple[float, ...]
    home_bias: float

    def scores(self, seam: Seam) -> tuple[float, float]:
        """(score of the seam without its home, extra score when its home is claimed)."""
        s = self.bias + sum((x - m) / d * w for x, m, d, w in zip(seam.features, self.mean, self.scale, self.w))
        if seam.home is None:
            return s, -math.inf
        h = self.home_bias + sum((x - m) / d * v for x, m, d, v in zip(seam.home_features, self.home_mean, self.home_scale, self.v))
        return s, h

    def to_json(self) -> dict:
        return {k: list(v) if isinstance(v, tuple) else v for k, v in self.__dict__.items()}


@dataclass(frozen=True)
class Reading:
    """What the model reads in one article's seams."""

    none: float  # probability that the article has no spliced run
    seams: tuple[float, ...]  # probability that the run starts exactly at each seam
    homes: tuple[float, ...]  # probability, if it starts there, that the seam's likeliest home is its home

    def splice(self) -> float:
        return 1.0 - self.none


def read(weights: Weights, found: Sequence[Seam]) -> Reading:
    """The model's reading of one article's candidate seams (in the article's order)."""
    if not found:
        return Reading(1.0, (), ())
    scored = [weights.scores(s) for s in found]
    top = max(0.0, max(max(s, s + h) for s, h in scored))  # every exponent below is at most 0
    mass = [math.exp(s - top) + (math.exp(s + h - top) if h > -math.inf else 0.0) for s, h in scored]
    z = math.exp(-top) + sum(mass)
    return Reading(math.exp(-top) / z, tuple(m / z for m in mass), tuple(_sigmoid(h) for _, h in scored))


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    return math.exp(x) / (1.0 + math.exp(x))  # exp(-inf) is 0: no home, no claim


def expected_harm(reading: Reading, found: Sequence[Seam], harm: float) -> tuple[list[float], float]:
    """The expected Han characters put in the wrong place by setting the run aside at each seam, and by
    leaving the article as it is: text of the article's own set aside counts `harm` times, foreign text
    left in it once. Sums over the model's distribution of where the run starts (or that there is none),
    in one pass each way."""
    p, r = reading.seams, [s.han for s in found]
    n = len(found)
    later = [0.0] * (n + 1)  # Σ p_j, Σ p_j·r_j over seams j after k
    later_r = [0.0] * (n + 1)
    for k in range(n - 1, -1, -1):
        later[k], later_r[k] = later[k + 1] + p[k], later_r[k + 1] + p[k] * r[k]
    out, earlier, earlier_r = [], 0.0, 0.0
    for k in range(n):
        # none: all of a run from k is the article's own; a run from j > k: the text between is too;
        # a run from j < k: the text between k and j stays in the host
        own = harm * (r[k] * (reading.none + later[k + 1]) - later_r[k + 1])
        foreign = earlier_r - r[k] * earlier
        out.append(own + foreign)
        earlier, earlier_r = earlier + p[k], earlier_r + p[k] * r[k]
    return out, sum(pk * rk for pk, rk in zip(p, r))


def takes_own(reading: Reading) -> list[float]:
    """For each seam, the probability that setting the run aside there takes some of the article's own
    text: that it has no run, or one that starts at a later seam."""
    out, later = [], reading.none
    for p in reversed(reading.seams):
        out.append(later)
        later += p
    return out[::-1]


@functools.cache
def weights(path: Path = MODEL) -> Weights:
    data = json.loads(path.read_text(encoding="utf-8"))
    if tuple(data["features"]) != SEAM_FEATURES or tuple(data["home_features"]) != HOME_FEATURES:
        raise RuntimeError(f"{path} was trained on other features: rebuild it with `python -m train.splice_model`")
    return Weights(**{k: tuple(v) if isinstance(v, list) else v for k, v in data.items() if k in Weights.__dataclass_fields__})


def find(articles: Sequence[Article]) -> dict[str, list[Seam]]:
    """The candidate seams of every article of a run, with their features (an article that already
    carries a spliced run's cut, or has no room for one, has none)."""
    totals = {a.id: bigrams("\n".join(b.text for b in a.blocks if b.type == "paragraph")) for a in articles}
    vocab = Vocabulary(totals.values())
    scans = {}
    for a in articles:
        if any(f.kind == "truncated_end" and f.host == a.id for f in a.flags):
            continue  # one spliced run per host: its own text already broke off there
        clauses, before, han_before = tail(a, vocab)
        sc = scan(clauses, before, han_before)
        if sc.seams:
            scans[a.id] = (sc, han_before)
    if not scans:
        return {}
    asked = {aid: queries(sc) for aid, (sc, *_) in scans.items()}
    index = Homes(totals, vocab, set().union(*(q for qs in asked.values() for q in qs)))
    by_id = {a.id: a for a in articles}
    vectors: dict[str, tuple[dict[str, float], bool, dict[str, float]]] = {}
    out = {}
    for aid, (sc, han_before) in scans.items():
        likely = dict.fromkeys(h for q in asked[aid] for h in index.likely(q, aid))
        for h in likely:
            if h not in vectors:
                home = by_id[h]
                last = next((b.text for b in reversed(home.blocks) if b.type == "paragraph"), "")
                vectors[h] = (vocab.vector(totals[h]), open_end(home), vocab.vector(last))
        out[aid] = seams(by_id[aid], sc, han_before, {h: vectors[h] for h in likely}, len(articles) - 1)
    return out
