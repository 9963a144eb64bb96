"""Shared plumbing for passes that repair one article at a time."""

from __future__ import annotations

from collections.abc import Callable

from toolkit.model import Article, Collection, Correction, replace
from toolkit.review import Decisions

ArticleRepair = Callable[[Article, Decisions], tuple[Article, list[Correction]]]


def each_article(repair: ArticleRepair, cols: tuple[Collection, ...], decisions: Decisions) -> tuple[tuple[Collection, ...], list[Correction]]:
    """Run an article-level repair over every article of the run."""
    out, corrections = [], []
    for col in cols:
        articles = []
        for art in col.articles:
            new, found = repair(art, decisions)
            articles.append(new)
            corrections.extend(found)
        changed = any(a is not b for a, b in zip(articles, col.articles))
        out.append(replace(col, articles=tuple(articles)) if changed else col)
    return tuple(out), corrections


def decided(correction: Correction, decisions: Decisions) -> Correction:
    """The correction with the editor's status; a rejected change is recorded as such, not made."""
    status = decisions.status(correction.id)
    action = correction.action
    if status == "rejected":
        action = "rejected"
    elif status == "applied" and action == "flagged":
        action = "applied"
    return replace(correction, status=status, action=action)
