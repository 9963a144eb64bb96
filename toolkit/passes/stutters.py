"""Stutters: OCR doubles a character (`服务队的的作用`); remove the extra copy only when segmentation shows it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from toolkit.hanzi import CLAUSE_END
from toolkit.lexicon import lexicon
from toolkit.model import Article, Block, Collection, Correction, correction_id, replace
from toolkit.passes.common import decided, each_article
from toolkit.review import Decisions

_RUN = re.compile(r"([\u3400-\u9fff])\1+")
WINDOW = 8
# jieba tags the copula and the existential verb as plain verbs, but like function words they are
# never reduplicated (unlike 说说, 看看, 年年): 是是 and 有有 are always stutters.
COPULAS = "是有"


@dataclass(frozen=True)
class Verdict:
    action: str  # applied | flagged
    fixed: str  # the window with the extra copies removed
    reason: str
    confidence: float


def judge(window: str, start: int, end: int) -> Verdict | None:
    """Decide about the run window[start:end] of one repeated character; None: a legitimate repeat."""
    ch = window[start]
    lex = lexicon()
    pos = 0
    singles: list[int] = []
    left_glued = right_glued = False
    for token in lex.cut(window):
        t0, t1 = pos, pos + len(token)
        pos = t1
        inside = range(max(t0, start), min(t1, end))
        if not inside:
            continue
        if len(inside) >= 2:
            return None  # a dictionary word holds the repeat: 久久, 干干净净, 一件件
        if len(token) == 1:
            singles.append(t0)
        elif t0 < start:
            left_glued = True  # the first copy ends the word before: 成为|为
        else:
            right_glued = True  # the last copy starts the word after: 工|工作
    if not singles:
        return None  # each copy belongs to its own word: 宣传部|部长, 工作|作为
    keep_one = not (left_glued or right_glued)  # two free copies: one of them stays
    drop = singles[1:] if keep_one else singles
    fixed = "".join(c for i, c in enumerate(window) if i not in set(drop))
    if keep_one:
        if not (lex.is_function_word(ch) or ch in COPULAS):
            return None  # a name or a reduplication the dictionary does not know (丽丽, 嘻嘻): leave it
        return Verdict("applied", fixed, f"doubled function word 「{ch}」", 0.95)
    if right_glued and not left_glued and ch in lex.name_suffixes:
        return None  # 临溪市|市委: the first 市 ends a name the dictionary does not know
    if lex.is_function_word(ch) and len(singles) >= 2:
        return Verdict("flagged", fixed, f"「{ch}」 three times after a word ending in it: text may be missing", 0.5)
    return Verdict("applied", fixed, f"stray copy of 「{ch}」 beside the word it belongs to", 0.85 if lex.is_function_word(ch) else 0.9)


def _window(text: str, start: int, end: int) -> tuple[int, int]:
    lo = start
    while lo > 0 and start - lo < WINDOW and text[lo - 1] not in CLAUSE_END:
        lo -= 1
    hi = end
    while hi < len(text) and hi - end < WINDOW and text[hi] not in CLAUSE_END:
        hi += 1
    return lo, hi


def _fix_block(article: Article, block: Block, decisions: Decisions) -> tuple[Block, list[Correction]]:
    text, corrections, offset = block.text, [], 0
    for m in list(_RUN.finditer(block.text)):
        s, e = m.start() + offset, m.end() + offset
        lo, hi = _window(text, s, e)
        verdict = judge(text[lo:hi], s - lo, e - lo)
        if verdict is None:
            continue
        before = text[lo:hi]
        kind = "stutter" if verdict.action == "applied" else "garble"
        c = decided(
            Correction(
                id=correction_id(kind, before, verdict.fixed),
                kind=kind,
                action=verdict.action,
                article=article.id,
                before=before,
                after=verdict.fixed if verdict.action == "applied" else before,
                reason=verdict.reason,
                confidence=verdict.confidence,
                lines=block.lines,
                suggestion=verdict.fixed if verdict.action == "flagged" else None,
            ),
            decisions,
        )
        corrections.append(c)
        if c.action == "applied":
            text = text[:lo] + verdict.fixed + text[hi:]
            offset += len(verdict.fixed) - len(before)
    return (replace(block, text=text) if text != block.text else block), corrections


def fix_article(article: Article, decisions: Decisions) -> tuple[Article, list[Correction]]:
    """`服务队的的作用` → `服务队的作用`; `参与与与相结合` flagged; `久久为功`, `宣传部部长` untouched."""
    blocks, corrections = [], []
    for block in article.blocks:
        if _RUN.search(block.text):
            block, found = _fix_block(article, block, decisions)
            corrections.extend(found)
        blocks.append(block)
    if all(a is b for a, b in zip(blocks, article.blocks)):
        return article, corrections
    return replace(article, blocks=tuple(blocks)), corrections


def fix_stutters(cols: tuple[Collection, ...], decisions: Decisions) -> tuple[tuple[Collection, ...], list[Correction]]:
    """Remove OCR stutters shown by segmentation; flag garbles for review with a suggestion:
    `服务队的的作用` → `服务队的作用`; `参与与与相结合` flagged (suggestion `参与相结合`)."""
    return each_article(fix_article, cols, decisions)
