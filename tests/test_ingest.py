"""Ingest: encodings, normalisation and clear errors on bad input."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from toolkit.errors import ToolkitError
from toolkit.ingest import decode, normalise, read_source
from train.layout import side_by_side, wrapped

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
    assert normalise(text) == ("威海市环翠区", "□许三润\u3000牟雅莉 王颖", "近年来，社区治理成效显著。")


def test_a_full_width_gap_between_chinese_words_is_kept() -> None:
    """A head's two parts set apart by the ideographic space keep it (an ASCII space narrows the gap in print); runs of
    other spaces, a gap next to Latin or digits and the indent that opens a paragraph become one space or none."""
    assert normalise("书房点亮乡村\u3000阅读温暖人心\n\u3000\u3000本报讯 记者\u3000 王川 5\u3000月报道。\n") == (
        "书房点亮乡村\u3000阅读温暖人心", "本报讯 记者\u3000王川 5 月报道。")


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


# --- hard-wrapped sources ---------------------------------------------------------------------------------

ARTICLE = [  # a paragraph a line, as the cleaner reads pages
    "青石县城关镇",
    "老街巷里的“共享菜园”",
    "□刘晓 王川",
    "入夏以来，青石县城关镇南门社区的“共享菜园”里一片翠绿，西红柿、黄瓜、豆角挂满枝头，不少居民一早就来到菜园浇水除草。"
    "南门社区是一个老旧小区，过去院子里的几块空地长满杂草。",
    "去年春天，社区党支部召集居民开会，商量着把空地改造成菜园，居民们自己动手翻土、搭架、播种，菜园分成二十多个小块。",
    "空地变成小菜园以后",
    "“以前下楼没地方去，现在每天都来看看菜长得怎么样，还能和邻居聊聊天。”七十二岁的居民赵桂兰说，菜园里收获的蔬菜，"
    "居民们常常拿出来分享，社区还组织了“菜园开放日”。",
    "（本报青石7月2日电）",
    "南门社区党支部书记孙红梅表示，下一步将在其他小区推广这一做法，让更多闲置空地发挥作用，也让邻里之间走得更近。",
    "山区小学开设天文课——",
    "孩子们的星空课堂（走进乡村学校）",
    "夜幕降临，云岭山区的一所村小里，十几个孩子围着一台天文望远镜，轮流观察月亮表面的环形山，不时发出阵阵惊叹。",
    "这台望远镜是学校老师杨帆用自己的工资买来的。三年前，他从师范大学毕业后来到这里任教，发现孩子们对星空充满好奇，"
    "却从来没有见过望远镜，于是下决心要给孩子们上一堂真正的天文课。",
    "●从一台望远镜开始",
    "每到晴朗的夜晚，杨帆就带着孩子们来到操场上，教他们辨认北斗七星和猎户座。孩子们把观察到的星星画在本子上，"
    "写下自己的问题，第二天再到课堂上一起讨论。",
    "“我长大了想当航天员。”五年级学生李小雨说。如今，学校的天文兴趣小组已经有了三十多名成员，不少孩子还在县里的"
    "科技比赛中获了奖，家长们也常常跟着孩子一起来看星星。",
    "县教育局有关负责人介绍，全县今年将在二十所乡村学校建设科普角，配备望远镜、显微镜等器材，让更多山里娃走近科学。",
]


@pytest.mark.parametrize("columns", [24, 32, 44])
@pytest.mark.parametrize("mode", ["indent", "blank"])
def test_hard_wrapped_lines_are_rejoined_into_paragraphs(columns: int, mode: str) -> None:
    """Text copied off a printed column keeps its line ends: they are layout, undone at ingest. A short
    line closes its paragraph; heads, the byline and the bracketed dateline stay lines of their own."""
    from toolkit.ingest import _lines

    text = wrapped(ARTICLE, columns, mode)
    assert len(text.splitlines()) > 2 * len(ARTICLE)
    lines, _, layout = _lines(text)
    assert layout.wrapped and abs(layout.wrapped[0] - columns) <= 2
    assert list(lines) == ARTICLE


@pytest.mark.parametrize("columns", [24, 32, 44])
def test_unmarked_paragraphs_are_rejoined_whole(columns: int) -> None:
    """Without a blank line or an indent between paragraphs, one that ends on the measure cannot be told
    from one going on: lines are only ever joined whole and in order; a byline, a bulleted subhead, a
    bracketed dateline and a kicker ending on —— stay lines of their own."""
    from toolkit.ingest import _lines

    lines = list(_lines(wrapped(ARTICLE, columns, "plain"))[0])
    assert "".join(lines) == "".join(ARTICLE)
    assert all(any(line == "".join(ARTICLE[i:j]) for i in range(len(ARTICLE)) for j in range(i + 1, len(ARTICLE) + 1)) for line in lines)
    assert {"□刘晓 王川", "●从一台望远镜开始", "（本报青石7月2日电）", "山区小学开设天文课——"} <= set(lines)


def test_a_full_line_closing_a_sentence_goes_on_only_into_a_sentence() -> None:
    """After a full line ending on 。, a line that stops short and open before a new paragraph is a
    subhead, not the paragraph's rest; one that runs on to a sentence's end is the rest."""
    from toolkit.ingest import rejoin

    full = "南门社区是一个老旧小区，过去院子里的空地长满杂草。"  # 25 characters: 50 columns
    rest = "社区党支部召集居民开会，商量着把空地改造成菜园后，"
    raws = [full, "空地变菜园", "\u3000\u3000" + full[:23], full, "菜园分成了小块。"] * 4
    joined = rejoin(raws, (50,))
    assert joined[:3] == [full, "空地变菜园", "\u3000\u3000" + full[:23] + full + "菜园分成了小块。"]
    assert rejoin([full, rest, "由居民认领。"] * 6, (50,))[0] == full + rest + "由居民认领。"


def test_pages_of_a_paragraph_a_line_are_not_taken_forwrapped() -> None:
    from toolkit.ingest import _lines

    page = (Path(__file__).parent / "pages" / "invented.txt").read_text(encoding="utf-8")
    assert _lines(page)[2].wrapped == ()
    assert _lines("\n".join(ARTICLE * 20))[2].wrapped == ()  # equal lines of a paragraph each, none wrapped
    items = ["一是加强组织领导，压实工作责任；", "二是完善制度机制，健全长效管理；", "三是强化督促检查，确保落实到位；"]
    assert _lines("\n".join(items * 6))[2].wrapped == ()  # a list's items, one width, each closing a clause


def test_read_source_records_the_measure(tmp_path) -> None:
    page = tmp_path / "wrapped.txt"
    page.write_text(wrapped(ARTICLE, 32, "indent"), encoding="utf-8")
    source = read_source(page)
    assert source.wrapped == (32,) and list(source.lines) == ARTICLE


def test_letter_spaced_text_is_closed_up() -> None:
    """An extraction that set a space between every two characters (社 区 治 理, 5 G): one space is layout
    and goes, a wider gap was a space of the text's own and stays one. Text with a few spaces of its own
    (a title's two phrases, a byline's names) is not letter-spaced."""
    from toolkit.ingest import _lines

    spaced = "\n".join(" ".join(line) for line in ARTICLE + ["湖北 下好“5G+”先手棋"])
    lines, _, layout = _lines(spaced)
    assert layout.letter_spaced and list(lines) == ARTICLE + ["湖北 下好“5G+”先手棋"]
    assert _lines("\n".join(ARTICLE))[2] == (0, (), False)


def test_letter_spaced_andwrapped(tmp_path) -> None:
    page = tmp_path / "spaced.txt"
    page.write_text("\n".join(" ".join(line) for line in wrapped(ARTICLE, 32, "indent").split("\n")), encoding="utf-8")
    source = read_source(page)
    assert source.letter_spaced and source.wrapped == (32,) and list(source.lines) == ARTICLE


@pytest.mark.parametrize(("n", "wide"), [(2, True), (2, False), (3, True)])
def test_columns_side_by_side_are_read_down(n: int, wide: bool) -> None:
    """pdftotext -layout keeps a page's columns side by side: read across, their sentences interleave; read
    down, each column in turn, they give the text back (the headline across the columns first), however
    the file lines them up (a CJK character one cell or two)."""
    from toolkit.ingest import _lines

    headline = "山区孩子的星空课堂和城里老街的共享菜园同登一版"
    lines, _, layout = _lines(side_by_side(ARTICLE, 32, 12, n=n, wide=wide, headline=headline))
    assert layout.columns == n and layout.wrapped == (32,)
    assert list(lines) == [headline] + ARTICLE


def test_a_running_head_between_pages_of_columns_is_a_line_of_its_own() -> None:
    """A running head atop each page (its parts set apart like columns) closes the columns above it and
    stays one line, gathered before the text for the pipeline to leave out: the paragraph a page break
    cut reads on from one page to the next."""
    from toolkit.ingest import _lines, furniture

    headline = "山区孩子的星空课堂和城里老街的共享菜园同登一版"
    lines, _, layout = _lines(side_by_side(ARTICLE, 32, 8, running_head=True, headline=headline))
    heads = [line for line in lines if furniture(line)]
    assert layout.columns == 2 and heads and all(h.startswith("青石日报 2024年7月") for h in heads)
    assert list(lines) == heads + [headline] + ARTICLE


def test_a_byline_or_a_title_with_spaces_is_no_column() -> None:
    from toolkit.ingest import columns

    page = ["书房开到家门口   大家都说好", "□许三润   牟雅莉   王颖"] + ARTICLE
    assert columns(page) is None
