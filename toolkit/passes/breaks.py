"""Breaks: join paragraphs that a column or page break split mid-sentence or mid-word."""

from __future__ import annotations

from toolkit.hanzi import CLAUSE_END
from toolkit.model import Article, Block, Collection, Correction, correction_id, replace
from toolkit.passes.common import decided, each_article
from toolkit.review import Decisions

CONTEXT = 12
JOIN = 0.7  # the line model's probability of a column break above which the paragraphs are joined (precision 0.99 on generated pages)


def _broken(first: Block, second: Block) -> bool:
    if first.type != "paragraph" or second.type != "paragraph":
        return False  # never join a subhead to its paragraph, nor a set-aside fragment
    return second.continues >= JOIN


def join_article(article: Article, decisions: Decisions) -> tuple[Article, list[Correction]]:
    """`…对人民群众的热爱，` + `必须见诸实际行动…` → `…对人民群众的热爱，必须见诸实际行动…`"""
    blocks: list[Block] = []
    corrections: list[Correction] = []
    for block in article.blocks:
        prev = blocks[-1] if blocks else None
        if prev is None or not _broken(prev, block):
            blocks.append(block)
            continue
        tail, head = prev.text[-CONTEXT:], block.text[:CONTEXT]
        mid_word = prev.text[-1] not in CLAUSE_END
        c = decided(
            Correction(
                id=correction_id("join", article.id, tail, head, lines=prev.lines[-1:] + block.lines[:1]),
                kind="join",
                action="applied",
                article=article.id,
                before=f"{tail}\n{head}",
                after=f"{tail}{head}",
                reason=("the paragraph ends mid-word, cut by a column break" if mid_word
                        else "the paragraph ends mid-sentence, cut by a column break") + f" (line model {block.continues:.2f})",
                confidence=block.continues,
                lines=prev.lines[-1:] + block.lines[:1],
            ),
            decisions,
        )
        corrections.append(c)
        if c.action == "applied":
            blocks[-1] = replace(prev, text=prev.text + block.text, lines=prev.lines + block.lines, flags=prev.flags + block.flags)
        else:
            blocks.append(block)
    if len(blocks) == len(article.blocks):
        return article, corrections
    return replace(article, blocks=tuple(blocks)), corrections


def join_broken_paragraphs(cols: tuple[Collection, ...], decisions: Decisions) -> tuple[tuple[Collection, ...], list[Correction]]:
    """Join lines split by column/page breaks, including continuations that start with `（` or `，`:
    `…新时代文明实践中心` + `（站、所）等党建阵地…` → `…新时代文明实践中心（站、所）等党建阵地…`."""
    return each_article(join_article, cols, decisions)
