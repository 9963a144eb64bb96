"""The damage generator that the models are trained on: what each rate leaves alone."""

from __future__ import annotations

import random
from dataclasses import fields

from train.damage import Rates, make_page


def invented(title: str, *paragraphs: str) -> dict:
    return {"kicker": None, "title": title, "subtitle": None, "byline": ["林青"],
            "blocks": [{"type": "paragraph", "text": p} for p in paragraphs]}


def test_intact_rates_damage_nothing() -> None:
    """Every rate is zero, whatever rates are added later (a positional constructor once left the newest
    one at its default, and intact training pages carried column breaks)."""
    assert all(getattr(Rates.intact(), f.name) == 0 for f in fields(Rates))
    articles = [invented(f"书房故事之{n}", *(f"第{n}篇的第{k}段写城市书房的变化，居民说这里很方便。" * 3 for k in range(6)))
                for n in range(4)]
    page = make_page(random.Random(3), articles, [], Rates.intact())
    paragraphs = [b["text"] for a in articles for b in a["blocks"]]
    assert [t for t, role in page.lines if role == "para"] == paragraphs
    assert not any(role == "cont" for _, role in page.lines)
    assert not any(page.truth[k] for k in ("breaks", "duplicates", "splices", "stutters"))
