"""Ingest: encodings, normalisation and clear errors on bad input."""

from __future__ import annotations

import codecs

import pytest

from toolkit.errors import ToolkitError
from toolkit.ingest import decode, normalise, read_source

TEXT = "威海市环翠区\r\n\r\n□许三润　牟雅莉  王颖\r\n近年来，社区治理成效显著。\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("gb18030"), "gb18030"),
        (TEXT.encode("gbk"), "gb18030"),
        (TEXT.encode("utf-16"), "utf-16"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
    ],
)
def test_decode_encodings(data: bytes, encoding: str) -> None:
    text, used = decode(data, "page.txt")
    assert used == encoding
    assert normalise(text) == ("威海市环翠区", "□许三润 牟雅莉 王颖", "近年来，社区治理成效显著。")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"  \n\n ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (bytes(range(128, 256)) * 4, "cannot be read"),
    ],
)
def test_bad_input_names_the_file(data: bytes, message: str) -> None:
    with pytest.raises(ToolkitError, match=f"bad.txt: .*{message}"):
        decode(data, "bad.txt")


def test_read_source_records_encoding_and_hash(tmp_path) -> None:
    path = tmp_path / "p.txt"
    path.write_bytes(TEXT.encode("gbk"))
    src = read_source(path)
    assert src.encoding == "gb18030" and len(src.sha256) == 64 and src.lines[0] == "威海市环翠区"


def test_control_and_invisible_characters_dropped() -> None:
    assert normalise("甲\u200b乙\x07丙\ufeff") == ("甲乙丙",)


def test_one_stray_nul_does_not_make_a_page_binary() -> None:
    data = ("近年来，社区治理成效显著。" * 20).encode("utf-8")
    text, used = decode(data[:60] + b"\x00" + data[60:], "page.txt")
    assert used == "utf-8" and normalise(text) == (("近年来，社区治理成效显著。" * 20),)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_read(encoding: str) -> None:
    text, used = decode(TEXT.encode(encoding), "page.txt")
    assert used == encoding and normalise(text)[0] == "威海市环翠区"


def test_unprintable_characters_are_dropped_and_listed(tmp_path) -> None:
    path = tmp_path / "p.txt"
    body = "近年来，社区治理成效显著，群众满意度不断提升。" * 10
    path.write_text(f"标题\n正文\x01{body}\uffff\n", encoding="utf-8")
    src = read_source(path)
    assert src.lines == ("标题", f"正文{body}") and src.removed == ((1, "\x01\uffff"),)


def test_unprintable_characters_removed_are_recorded_as_corrections(tmp_path) -> None:
    from toolkit.pipeline import clean_sources

    path = tmp_path / "p.txt"
    body = "近年来，社区治理成效显著，群众满意度不断提升。" * 10
    path.write_text(f"社区治理的探索\n{body}\x07{body}\n", encoding="utf-8")
    (col,) = clean_sources([read_source(path)])
    (c,) = [c for c in col.corrections if c.kind == "control"]
    assert c.lines == (1,) and "U+0007" in c.reason and c.article in {a.id for a in col.articles}
