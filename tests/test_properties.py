"""Properties: nothing lost, passes idempotent, JSON round-trips (hypothesis over damaged pages)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from toolkit.export import head_lines
from toolkit.model import Collection, Source, dumps, from_dict
from toolkit.pipeline import PASSES, clean_sources
from toolkit.review import Decisions

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_db2b0fd91725fc59.txt"
LINES = [line.strip() for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]


@st.composite
def damaged_pages(draw) -> Source:
    """Seed lines, some split at a random place (a column break), some repeated, some with a doubled character."""
    start = draw(st.integers(0, len(LINES) - 8))
    lines = LINES[start : start + draw(st.integers(4, 12))]
    out = []
    for line in lines:
        action = draw(st.sampled_from(["keep", "keep", "split", "repeat", "stutter"]))
        if action == "split" and len(line) > 20:
            cut = draw(st.integers(5, len(line) - 5))
            out += [line[:cut], line[cut:]]
        elif action == "repeat":
            out += [line, line]
        elif action == "stutter" and len(line) > 10:
            i = draw(st.integers(1, len(line) - 2))
            out.append(line[:i] + line[i] + line[i:])
        else:
            out.append(line)
    return Source(path="gen.txt", sha256="0" * 64, encoding="utf-8", lines=tuple(out))


def output_chars(col: Collection) -> Counter[str]:
    text = "".join(line for a in col.articles for line in head_lines(a)) + "".join(b.text for a in col.articles for b in a.blocks)
    return Counter(text.replace(" ", ""))


def removed_chars(col: Collection) -> Counter[str]:
    out: Counter[str] = Counter()
    for c in col.corrections:
        if c.action == "applied" and c.kind != "splice":  # a splice moves text, it removes none
            out.update(Counter(c.before.replace("\n", "")) - Counter(c.after.replace("\n", "")))
    return out


FAST = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(damaged_pages())
def test_nothing_lost(source: Source) -> None:
    (col,) = clean_sources([source])
    # a byline's □ is layout: two byline lines make one list of names, printed after one □
    raw = Counter("".join(line.lstrip("□") for line in source.lines).replace(" ", ""))
    missing = raw - output_chars(col)
    assert not missing - removed_chars(col), "characters vanished without a correction"


@FAST
@given(damaged_pages())
def test_passes_are_idempotent(source: Source) -> None:
    cols = clean_sources([source])
    again = cols
    for repair in PASSES:
        again, corrections = repair(again, Decisions())
        assert not [c for c in corrections if c.action == "applied"], f"{repair.__name__} changed cleaned text"
    assert [a.blocks for a in again[0].articles] == [a.blocks for a in cols[0].articles]


@FAST
@given(damaged_pages())
def test_json_round_trip(source: Source) -> None:
    (col,) = clean_sources([source])
    assert from_dict(json.loads(dumps(col))) == col
