"""The review loop: stable ids, decisions honoured by `clean`, the ledger replayed both ways."""

from __future__ import annotations

from pathlib import Path

from toolkit.export import cleaned_lines
from toolkit.ingest import read_source
from toolkit.pipeline import clean_sources
from toolkit.review import Decision, Decisions, dumps_decisions, load_decisions, record

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_db2b0fd91725fc59.txt"


def ids(cols) -> set[str]:
    return {c.id for col in cols for c in col.corrections}


def test_ids_are_stable_across_runs_and_edits_elsewhere(seed_collection) -> None:
    source = read_source(SEED)
    edited = source.lines[:-1] + (source.lines[-1] + "新增一句无关的话。",)
    (col,) = clean_sources([type(source)(source.path, source.sha256, source.encoding, edited)])
    edited_id = seed_collection.articles[-1].id
    # a splice whose home is the edited article is judged on it too (its missing end is evidence)
    before = {c.id for c in seed_collection.corrections if edited_id not in (c.article, c.home)}
    assert before <= {c.id for c in col.corrections}


def test_accepting_everything_replays_the_cleaned_text(seed_collection) -> None:
    decisions = Decisions({c.id: Decision("accept") for c in seed_collection.corrections})
    (col,) = clean_sources([read_source(SEED)], decisions)
    assert cleaned_lines(col) == cleaned_lines(seed_collection)
    assert all(c.status == "accepted" for c in col.corrections)


def test_rejecting_everything_gives_back_the_raw_paragraphs() -> None:
    source = read_source(SEED)
    decisions = Decisions()
    for _ in range(4):  # undoing one change can reveal another (a join after a restored repeat)
        cols = clean_sources([source], decisions)
        new = ids(cols) - set(decisions.by_id)
        if not new:
            break
        decisions = record(decisions, dict.fromkeys(new, "reject"))
    assert cleaned_lines(cols[0]) == list(source.lines)


def test_rejected_repeat_brings_the_copy_back(seed_collection) -> None:
    repeat = next(c for c in seed_collection.corrections if c.kind == "repeat")
    (col,) = clean_sources([read_source(SEED)], Decisions({repeat.id: Decision("reject")}))
    text = "\n".join(cleaned_lines(col))
    assert text.count(repeat.before.split("。")[0]) == 2


def test_decisions_file_round_trip(tmp_path) -> None:
    d = record(Decisions(), {"join-1234abcd": "reject", "splice-0000ffff": "apply"}, comment='说明 "引号"')
    path = tmp_path / "review.toml"
    path.write_text(dumps_decisions(d), encoding="utf-8")
    assert load_decisions(path).by_id == d.by_id


def test_ids_are_unique_within_a_run_across_files_and_untitled_articles(tmp_path) -> None:
    """Identical text in two files, and articles without a title, still give every correction its own id."""
    source = read_source(SEED)
    twin = type(source)("other/000_db2b0fd91725fc59.txt", source.sha256, source.encoding, source.lines)
    # the page cut before its first title: two untitled articles once it is given twice
    headless = type(source)("headless.txt", source.sha256, source.encoding, source.lines[3:])
    cols = clean_sources([source, twin, headless])
    all_ids = [c.id for col in cols for c in col.corrections]
    assert len(all_ids) == len(set(all_ids))
    assert ids(cols[:1]).isdisjoint(ids(cols[1:2]))
