"""The document model at the boundary: JSON of the wrong shape is refused with the key that is wrong."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from toolkit.errors import InputError
from toolkit.model import Article, Block, Collection, Source, correction_id, dumps, load

COLLECTION = Collection(
    source=Source(path="p.txt", sha256="0" * 64, encoding="utf-8", lines=("甲",)),
    articles=(Article(id="p-01", title="题", blocks=(Block("paragraph", "正文。"),)),),
)


def _write(tmp_path: Path, data) -> Path:
    path = tmp_path / "c.json"
    path.write_text(data if isinstance(data, str) else json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _good() -> dict:
    return json.loads(dumps(COLLECTION))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: [d], "the top level: expected an object"),
        (lambda d: {**d, "schema": None}, "schema: unsupported collection schema None"),
        (lambda d: {**d, "articles": "abc"}, "articles: expected a list, not a string"),
        (lambda d: d["articles"][0].update(blocks="abc") or d, r"articles\[0\].blocks: expected a list, not a string"),
        (lambda d: d["articles"][0]["blocks"][0].update(text=12345) or d, r"articles\[0\].blocks\[0\].text: expected a string, not a number"),
        (lambda d: d["articles"][0]["blocks"][0].update(type="poem") or d, r"blocks\[0\].type: expected one of"),
        (lambda d: d["articles"][0].pop("id") and d, r"articles\[0\].id: missing"),
        (lambda d: d["source"].update(lines=[1]) or d, r"source.lines\[0\]: expected a string"),
    ],
)
def test_wrong_shape_names_the_file_and_the_key(tmp_path: Path, change, message: str) -> None:
    path = _write(tmp_path, change(_good()))
    with pytest.raises(InputError, match=rf"c.json: not a cleaned collection \(.*{message}"):
        load(path)


@pytest.mark.parametrize(("text", "message"), [("{", "invalid JSON at line 1"), ("[" * 100000, "nested too deeply|invalid JSON")])
def test_broken_json_names_the_file(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(InputError, match=f"c.json: not a cleaned collection \\(({message})"):
        load(_write(tmp_path, text))


def test_not_utf8_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "c.json"
    path.write_bytes(b"\xff\xfe{}")
    with pytest.raises(InputError, match="c.json: not a cleaned collection .not UTF-8"):
        load(path)


def test_round_trip(tmp_path: Path) -> None:
    assert load(_write(tmp_path, dumps(COLLECTION))) == COLLECTION


def test_ids_name_the_article_and_the_lines() -> None:
    same = correction_id("join", "a/p-01", "甲", lines=(3, 4))
    assert same == correction_id("join", "a/p-01", "甲", lines=(3, 4))
    others = {correction_id("join", "b/p-01", "甲", lines=(3, 4)), correction_id("join", "a/p-02", "甲", lines=(3, 4)),
              correction_id("join", "a/p-01", "甲", lines=(5, 6)), correction_id("join", "a/p-01", "乙", lines=(3, 4))}
    assert same not in others and len(others) == 4
