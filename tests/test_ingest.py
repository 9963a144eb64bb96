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
