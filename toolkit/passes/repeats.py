"""Repeats: a run of sentences printed twice (often segmented differently) is kept once."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from difflib import SequenceMatcher
from typing import NamedTuple

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein
from rapidfuzz.fuzz import ratio

from toolkit.hanzi import ASIDE, ends_whole, is_terminated, sentences, signature
from toolkit.lexicon import lexicon
from toolkit.lines import reports
from toolkit.model import Article, Block, Collection, Correction, Flag, correction_id, replace
from toolkit.passes.common import decided, each_article
from toolkit.passes.stutters import meant_doubles, vouched_doubles
from toolkit.review import Decisions

MIN_RUN = 10  # characters (without punctuation) a repeated run needs before it is removed
# Extraction prints a copy where two text boxes overlap: right after the first copy, in its paragraph or
# the next ones (a column break may sit between). A sentence said again paragraphs later is the writer's.
NEAR_BLOCKS = 2
KEPT_BY_EDITOR = "repeat_kept"  # block flag: both copies stay, as the editor decided
NEAR_MIN = 12  # characters a sentence needs before a near copy of it counts as a repeat…
RUN_MIN = 6  # …and one that goes on a run of copies (`_same_in_run`)
NEAR_EDITS = 3  # characters a near copy may differ by: OCR misreads a few look-alikes (人/入, 今/令)…
# …and at most one in NEAR_SHARE of a sentence's: a short sentence differing in more is another sentence, one of a
# parallel series (绣花功夫，还体现在“持久”二字上。/ 绣花功夫，更体现在“共情”二字上。: 3 of 13). Of the near copies
# removed on generated pages of 96 sets, 70 were under 80% alike and 66 of those the writer's parallel sentences;
# none of the 1,130 at 80% or more was.
NEAR_SHARE = 5
# Of two near copies, the misread one reads worse as words: a look-alike swapped in costs it a dictionary
# word (壮大 → 壮太: e^8 less likely). The kept copy takes the other's reading of a sentence only when
# that reads better by more than e^3.
READS_BETTER = 3.0
DOUBLED_MARK = re.compile(r"([，、；：。,;:])\1")
_CLAUSE_MARK = re.compile(r"[，；,;]|(?=[“「])")  # a clause's end, or right before a quotation opens
_TRIPLED = re.compile(r"(.)\1\1+")


class _Unit(NamedTuple):  # a tuple: one per sentence, made afresh each round
    block: int  # index into article.blocks
    start: int
    end: int
    sig: str


def _units(blocks: tuple[Block, ...]) -> list[_Unit]:
    """The paragraphs' sentences; a sentence whose last clauses are another sentence of the article, word
    for word, is two units (see `_glued`)."""
    spans = [_Unit(i, s, e, signature(b.text[s:e])) for i, b in enumerate(blocks)
             if b.type == "paragraph" and not any(f.kind == KEPT_BY_EDITOR for f in b.flags)  # an editor kept both
             for s, e in _sentences(b.text)]
    whole = {u.sig for u in spans if len(u.sig) >= MIN_RUN}
    # a sentence a column break cut in two is whole too: a copy glued on may print it, not its second part
    whole.update(u.sig + v.sig for u, v in zip(spans, spans[1:])
                 if v.block == u.block + 1 and not is_terminated(blocks[u.block].text))
    lengths = set(map(len, whole))
    out = []
    for u in spans:
        if not u.sig:
            continue
        cut = _glued(blocks[u.block].text, u, whole, lengths)
        if cut is None:
            out.append(u)
        else:
            at, k = cut
            out += [_Unit(u.block, u.start, at, u.sig[:k]), _Unit(u.block, at, u.end, u.sig[k:])]
    return out


def _sentences(text: str) -> Iterator[tuple[int, int]]:
    """`hanzi.sentences`, with an aside in round brackets after a sentence's end a unit of its own (…在取水点接水。（本报
    记者 王川摄）): what follows it is a sentence of its own, a copy of the one before the aside too."""
    for s, e in sentences(text):
        aside = ASIDE.match(text, s)
        if s and aside and aside.end() < e:
            yield s, aside.end()
            s = aside.end()
        yield s, e


def _glued(text: str, sentence: _Unit, whole: set[str], lengths: set[int]) -> tuple[int, int] | None:
    """Where to cut the sentence before its last clauses, when they print another sentence of the article
    (the most of them that do): a copy printed after a paragraph that broke off at a comma, or anywhere before the
    quotation the copy opens, is glued onto its last clause (`…现在是我们自己定价，` + `在孙晓红的带动下，…手机。`,
    `…通过平台，纪委` + `“过去…查账。`). The position, and the characters of the signature before it; None: no cut.
    One pass: only a run of clauses as long as some sentence of the article (`lengths`) is looked up."""
    kept, at = 0, sentence.start
    for m in _CLAUSE_MARK.finditer(text, sentence.start, sentence.end - 1):
        clause = text[at : m.end()]
        kept, at = kept + len(signature(clause)), m.end()
        if kept and len(sentence.sig) - kept in lengths and sentence.sig[kept:] in whole:
            # …unless the clause before it brings in speech (`孩子们也跟着说，“…”`): the words are quoted again
            return None if reports(clause.rstrip("，,：:") + "，") else (at, kept)
    return None


def _same(a: str, b: str, flat_a: str | None, flat_b: str | None) -> bool:
    """The same sentence, or a copy the extraction misread: it swaps look-alike characters or loses one,
    but does not add or drop words, so a near copy keeps its length within a character and differs in
    few places. A sentence said twice in other words (`…书房管理员说。` / `…书房管理员吴敏说。`) is the writer's.
    `flat_a`, `flat_b`: the two with every character printed three times or more printed once, None where
    none is (such a character is a stutter, fixed later, not a difference of wording: `他的的的书包`)."""
    if a == b:
        return True
    if min(len(a), len(b)) < NEAR_MIN or abs(len(a) - len(b)) > 1:
        if flat_a is flat_b is None:
            return False
        a, b = flat_a or a, flat_b or b
        if min(len(a), len(b)) < NEAR_MIN or abs(len(a) - len(b)) > 1:
            return False
    edits = min(NEAR_EDITS, min(len(a), len(b)) // NEAR_SHARE)
    if Levenshtein.distance(a, b, score_cutoff=edits + 1) > edits:
        return False
    # OCR misreads glyph for glyph (本土干部 / 本士千部), or loses or doubles one: where the copies differ, one
    # prints as many characters as the other or none; other words in place of a word are the writer's (我们有了… /
    # 孩子们有了…: a parallel sentence, not a misread copy)
    return all(i2 - i1 == j2 - j1 for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
               if tag == "replace")


def _same_in_run(a: str, b: str) -> bool:
    """Two sentences, each right after a pair of copies, that differ by one misread character (村支书吕娜抛出话题 /
    村支书吕娜抛抛出话题): a copy goes on past the sentence it was found by, and a short sentence in it is misread as a
    long one is (`_same`), too short to be found on its own (NEAR_MIN)."""
    return (min(len(a), len(b)) >= RUN_MIN and abs(len(a) - len(b)) <= 1
            and Levenshtein.distance(a, b, score_cutoff=2) <= 1)


def _middle(sig: str) -> tuple[str, ...]:
    """Four characters at the middle of a signature, from its middle and from one before: misreads at both ends of a
    long sentence (搬得出…稳得得住 / 搬出出…稳得住) leave them, and a copy a character shorter shares one of the two."""
    mid = len(sig) // 2
    return (sig[mid - 2 : mid + 2], sig[mid - 3 : mid + 1]) if len(sig) >= NEAR_MIN else ()


def _matches(units: list[_Unit]) -> set[tuple[int, int]]:
    """Pairs (i, j), i < j, of units whose text is the same or nearly so. The units that share a unit's first, middle
    or last four characters are its candidates; of those, only the ones within NEAR_EDITS edits of it (found in one
    batch: a page of thousands of alike sentences makes buckets of hundreds) or with a tripled character (compared
    flat, see `_same`) are judged one by one."""
    buckets: dict[str, list[int]] = defaultdict(list)
    texts: dict[str, list[str]] = defaultdict(list)  # each bucket's signatures, in its order
    tripled: dict[str, list[int]] = defaultdict(list)  # each bucket's units with a tripled character
    pairs: set[tuple[int, int]] = set()
    flat = [None if (f := _TRIPLED.sub(r"\1", u.sig)) == u.sig else f for u in units]
    for j, u in enumerate(units):
        candidates: set[int] = set()
        for key in {u.sig[:4], u.sig[-4:], *_middle(u.sig)}:
            if flat[j] is not None:
                candidates.update(buckets[key])
            elif key in texts:  # (not an empty bucket: most keys are new, and asking costs more than the match)
                near = process.extract(u.sig, texts[key], scorer=Levenshtein.distance, score_cutoff=NEAR_EDITS, limit=None)
                candidates.update(buckets[key][k] for _, _, k in near)
                candidates.update(tripled[key])
            buckets[key].append(j)
            texts[key].append(u.sig)
            if flat[j] is not None:
                tripled[key].append(j)
        pairs.update((i, j) for i in candidates if _same(units[i].sig, u.sig, flat[i], flat[j]))
    return pairs


def _line_again(units: list[_Unit], i: int, j: int, k: int, blocks: tuple[Block, ...]) -> bool:
    """The match is a whole paragraph printed again as the next one, word for word, and it stops mid-sentence
    (`在石桥村的带动下，` / `在石桥村的带动下，`): a line the extraction printed twice where a column ends, however short.
    A writer may say a short sentence twice (`“好！”` / `“好！”`), never leave the same one unfinished twice."""
    a, b = units[i].block, units[j].block
    return k == 1 and b == a + 1 and blocks[a].text == blocks[b].text and not ends_whole(blocks[a].text)


def _runs(units: list[_Unit], blocks: tuple[Block, ...]) -> list[tuple[range, range]]:
    """Maximal runs of consecutive matching units, longest first, copies not overlapping."""
    pairs = _matches(units)
    runs = []
    for i, j in pairs:
        if (i - 1, j - 1) in pairs:
            continue  # not the start of a run
        k = 1
        while i + k < j and ((i + k, j + k) in pairs
                             or j + k < len(units) and _same_in_run(units[i + k].sig, units[j + k].sig)):
            k += 1
        near = units[j].block - units[i + k - 1].block <= NEAR_BLOCKS
        if near and (sum(len(units[x].sig) for x in range(i, i + k)) >= MIN_RUN or _line_again(units, i, j, k, blocks)):
            runs.append((range(i, i + k), range(j, j + k)))
    runs.sort(key=lambda r: (-len(r[0]), r[0].start))
    taken: set[int] = set()
    out = []
    for a, b in runs:
        if taken.isdisjoint(a) and taken.isdisjoint(b):
            taken.update(a, b)
            out.append((a, b))
    return out


def _whole(units: list[_Unit], run: range, blocks: tuple[Block, ...]) -> bool:
    """True when the copy is made of whole paragraphs."""
    first, last = units[run.start], units[run[-1]]
    return first.start == 0 and last.end == len(blocks[last.block].text.rstrip())


def _overlap(units: list[_Unit], removed: range, kept: range, blocks: tuple[Block, ...]) -> bool:
    """The copy removed opens a paragraph and goes on in it, and the copy kept ends the paragraph right before:
    extraction printed the end of a column again atop the next, so the text after the copy is the rest of
    the paragraph before (`…书房里坐满了人。` / `书房里坐满了人。孩子们…`; a writer never opens a paragraph
    with the sentence that ended the last one)."""
    first, last, kept_last = units[removed.start], units[removed[-1]], units[kept[-1]]
    j = first.block
    return (first.start == 0 and last.block == j and last.end < len(blocks[j].text.rstrip())
            and kept_last.block == j - 1 and kept_last.end == len(blocks[j - 1].text.rstrip())
            and blocks[j - 1].type == blocks[j].type == "paragraph")


def _paragraphs(units: list[_Unit], run: range) -> int:
    return len({units[x].block for x in run})


def _choose(units: list[_Unit], a: range, b: range, blocks: tuple[Block, ...]) -> tuple[range, range, str]:
    """(removed, kept, why): drop the copy made of whole paragraphs; of two such, keep the finer
    segmentation; otherwise the later copy goes."""
    wa, wb = _whole(units, a, blocks), _whole(units, b, blocks)
    if wa != wb:
        removed, kept = (a, b) if wa else (b, a)
        return removed, kept, "the copy standing as paragraphs of its own goes"
    pa, pb = _paragraphs(units, a), _paragraphs(units, b)
    if wa and pa != pb:
        removed, kept = (a, b) if pa < pb else (b, a)
        return removed, kept, "the copy with the finer paragraph segmentation stays"
    return b, a, "the later copy goes"


def _readings(units: list[_Unit], removed: range, kept: range, blocks: tuple[Block, ...]) -> list[tuple[int, int, int, str]]:
    """Where the kept copy misreads a sentence the removed one prints right (`访间` / `访问`, `产业，，` /
    `产业上，`): the kept sentence's (block, start, end) and the removed one's text, for sentences of the
    same length, when the removed one reads better as words, or prints a character where the kept one
    doubles a mark."""
    read = lexicon().logp
    out = []
    for x, y in zip(removed, kept):
        good, bad = units[x], units[y]
        text, misread = blocks[good.block].text[good.start : good.end], blocks[bad.block].text[bad.start : bad.end]
        if text == misread or len(text) != len(misread):
            continue
        if len(good.sig) == len(bad.sig):  # characters for characters: the better reading as words, but
            # a copy printing a neighbour twice in place of a character (老房子上上外衣 / 老房子穿上外衣) is the misread
            # unless the other reads far worse: the double may make a dictionary word (上上, 内内) that the
            # right reading lacks, so the dictionary alone would choose the misread
            gain = read(good.sig) - read(bad.sig)
            # (as printed, marks included: 余人，人均 prints no 人 twice, though its signature 余人人均 does)
            good_copies, bad_copies = _copies_a_neighbour(text, misread), _copies_a_neighbour(misread, text)
            if good_copies and bad_copies:  # one double, shifted (一串串红 / 一串红红): the copy a word vouches for
                better = vouched_doubles(text) > vouched_doubles(misread)
            elif good_copies:
                better = False
            elif bad_copies:  # …unless its double may be the writer's (人人都要, 天天下: one the stutter rules keep or
                # only flag), the other copy's character then a look-alike misread in its place (人入, 天夫)
                better = gain > (READS_BETTER if meant_doubles(misread, text) else -2 * READS_BETTER)
            else:
                better = gain > READS_BETTER and _in_words(good.sig, bad.sig)
        else:  # a mark for a character: a shorter text always reads likelier, but no sentence prints ，，
            better = len(good.sig) > len(bad.sig) and bool(DOUBLED_MARK.search(misread)) and not DOUBLED_MARK.search(text)
        if better:
            out.append((bad.block, bad.start, bad.end, text))
    return out


def _in_words(text: str, misread: str) -> bool:
    """Every character where `text` differs from `misread` (of the same length) lies inside a word of two characters
    or more of its segmentation: the dictionary vouches for the reading. A character standing alone in both (太亏待 /
    大亏待) reads better only by being the commoner one, no evidence of which the page printed."""
    inside, at = set(), 0
    for token in lexicon().cut(text):
        if len(token) > 1:
            inside.update(range(at, at + len(token)))
        at += len(token)
    return all(i in inside for i, (a, b) in enumerate(zip(text, misread)) if a != b)


def _copies_a_neighbour(misread: str, text: str) -> bool:
    """Every character where `misread` differs from `text` (of the same length) repeats the character
    beside it in `text`: extraction printed a glyph twice over its neighbour."""
    diffs = [i for i, (a, b) in enumerate(zip(misread, text)) if a != b]
    return bool(diffs) and all(misread[i] in text[max(0, i - 1) : i] + text[i + 1 : i + 2] for i in diffs)


def _text(units: list[_Unit], run: range, blocks: tuple[Block, ...]) -> str:
    parts: list[str] = []
    last_block = None
    for x in run:
        u = units[x]
        if last_block is not None and u.block != last_block:
            parts.append("\n")
        parts.append(blocks[u.block].text[u.start : u.end])
        last_block = u.block
    return "".join(parts)


def remove_repeats(article: Article, decisions: Decisions) -> tuple[Article, list[Correction]]:
    """`甲。乙。` + `甲。` / `乙。` (the same run, printed again in two paragraphs) → `甲。` / `乙。`

    Repeated until nothing more goes: a run printed three times needs two rounds."""
    corrections: list[Correction] = []
    for round_no in range(8):
        article, found = _remove_once(article, decisions, round_no)
        new = [c for c in found if c.id not in {x.id for x in corrections}]
        corrections.extend(new)
        if not any(c.action == "applied" for c in new):
            break
    return article, corrections


def _remove_once(article: Article, decisions: Decisions, round_no: int) -> tuple[Article, list[Correction]]:
    units = _units(article.blocks)
    edits: dict[int, list[tuple[int, int, str]]] = defaultdict(list)  # per block: spans replaced (by "": cut)
    kept_by_editor: set[int] = set()
    marks: dict[str, Flag] = {}
    corrections = []
    goes_on: set[int] = set()  # blocks whose rest continues the paragraph before them
    for a, b in _runs(units, article.blocks):
        removed, kept, why = _choose(units, a, b, article.blocks)
        overlap = _overlap(units, removed, kept, article.blocks)
        if overlap:
            why += "; the rest of its paragraph goes on with the paragraph the copy kept ends"
        before, kept_text = _text(units, removed, article.blocks), _text(units, kept, article.blocks)
        # The id names the repeated run, not which copy went: the same repeat found again after joins
        # (where the other copy may be chosen) keeps its id, so an editor's rejection holds.
        run_sig = min(signature(before), signature(kept_text))
        similarity = ratio(signature(before), signature(kept_text)) / 100
        readings = _readings(units, removed, kept, article.blocks) if similarity < 1 else []
        if readings:
            misread = [(article.blocks[b].text[s:e], new) for b, s, e, new in readings]
            swapped = "、".join(f"{o}→{n}" for old, new in misread for o, n in zip(old, new) if o != n)
            why += f"; the copy kept takes the other's reading, which reads as words ({swapped})"
        c = decided(
            Correction(
                id=correction_id("repeat", article.id, run_sig, str(round_no)),
                kind="repeat",
                action="applied",
                article=article.id,
                before=before,
                after="",
                reason="printed twice" + ("" if similarity == 1 else f" (copies {similarity:.0%} alike)") + f"; {why}",
                confidence=round(min(0.99, 0.5 + similarity / 2), 2),
                lines=tuple(sorted({ln for x in removed for ln in article.blocks[units[x].block].lines})),
                kept=kept_text,
            ),
            decisions,
        )
        corrections.append(c)
        if c.action == "applied":
            for x in removed:
                edits[units[x].block].append((units[x].start, units[x].end, ""))
            if overlap:
                goes_on.add(units[removed.start].block)
            for block, start, end, text in readings:
                # the kept copy's own text changes too: a correction of its own, so that what it printed is on record
                # and an editor may keep it
                misread = article.blocks[block].text[start:end]
                r = decided(
                    Correction(
                        id=correction_id("repeat", article.id, signature(misread), str(round_no), "reading"),
                        kind="repeat",
                        action="applied",
                        article=article.id,
                        before=misread,
                        after=text,
                        reason="of a sentence printed twice, the copy kept misreads what the copy removed prints right;"
                               " it takes that reading",
                        confidence=c.confidence,
                        lines=article.blocks[block].lines,
                    ),
                    decisions,
                )
                corrections.append(r)
                if r.action == "applied":
                    edits[block].append((start, end, text))
        else:
            kept_by_editor.update(units[x].block for x in (*removed, *kept))
            marks[c.id] = Flag(KEPT_BY_EDITOR, correction=c.id)
    if not edits and not kept_by_editor:
        return article, corrections
    blocks: list[Block] = []
    # a removed copy that continued a broken paragraph: its other copy, printed right after it, continues
    # that paragraph now (`…项目` / `现场等场所…说。` / `现场等场所…引擎。` / `“…说。`)
    carried, start = 0.0, ""
    for i, block in enumerate(article.blocks):
        if i in kept_by_editor:
            block = replace(block, flags=block.flags + tuple(marks.values()))
        if i in edits:
            text = block.text
            for s, e, new in sorted(edits[i], reverse=True):
                text = text[:s] + new + text[e:]
            if not text.strip():
                if not carried:
                    carried, start = block.continues, signature(block.text)[:10]
                continue
            block = replace(block, text=text.strip())
        if carried > block.continues and signature(block.text).startswith(start):
            block = replace(block, continues=carried)
        carried = 0.0
        if i in goes_on:
            prev = blocks[-1]
            blocks[-1] = replace(prev, text=prev.text + block.text, lines=prev.lines + block.lines, flags=prev.flags + block.flags)
            continue
        blocks.append(block)
    return replace(article, blocks=tuple(blocks)), corrections


def drop_repeats(cols: tuple[Collection, ...], decisions: Decisions) -> tuple[tuple[Collection, ...], list[Correction]]:
    """Keep one copy of every run of sentences printed twice within an article:
    `…绿色引擎。“‘学习强国’…说。` + `…绿色引擎。` / `“‘学习强国’…说。` → the two finer paragraphs only."""
    return each_article(remove_repeats, cols, decisions)
