"""Golden test: the seed's cleaned JSON against a committed copy (refresh with --update-golden)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from toolkit.model import dumps

GOLDEN = Path(__file__).parent / "golden" / "000_db2b0fd91725fc59.json"


def test_seed_matches_golden(seed_collection, request: pytest.FixtureRequest) -> None:
    current = json.loads(dumps(seed_collection))
    current["source"]["path"] = Path(current["source"]["path"]).name  # independent of the checkout
    text = json.dumps(current, ensure_ascii=False, indent=1) + "\n"
    if request.config.getoption("--update-golden") or not GOLDEN.exists():
        GOLDEN.write_text(text, encoding="utf-8")
        pytest.skip("golden file written")
    assert json.loads(GOLDEN.read_text(encoding="utf-8")) == current, "cleaning changed: review, then --update-golden"


def test_seed_meets_the_scorer(seed_collection) -> None:
    """The eval scorer's own figures on the seed (skipped when the shared eval folder is absent)."""
    import importlib.util
    import sys

    score_py = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"
    if not score_py.exists():
        pytest.skip("shared/eval not beside the checkout")
    spec = importlib.util.spec_from_file_location("score", score_py)
    score = importlib.util.module_from_spec(spec)
    sys.modules["score"] = score
    spec.loader.exec_module(score)
    truth = json.loads((score_py.parent / "seed" / "truth.json").read_text(encoding="utf-8"))
    raw = (Path(__file__).resolve().parent.parent / "seeds" / "000_db2b0fd91725fc59.txt").read_text(encoding="utf-8")
    r = score.score(truth, json.loads(dumps(seed_collection)), raw)
    assert r["titles"] == (7, 7, 7) and r["meta"] == (21, 21)
    assert r["blocks_exact"][0] >= 37 and r["breaks"] == (7, 7)
    assert r["dedup"] == (2, 2, 0) and r["sentences_kept"] == (108, 108)
    assert r["splices"] == (1, 1, 0, 1, 1) and r["truncation"] == (5, 5, 5)
    assert r["stutters"] == (1, 1) and r["keep_repeats"] == (6, 6)
