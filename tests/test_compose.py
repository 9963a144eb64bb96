"""Composition: paragraphs broken and justified by clreq rules, headings balanced (tables and properties)."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from toolkit.compose import CLOSING, NO_END, NO_START, OPENING, QUARTER, STOPS, Line, Piece, balance, compose
from toolkit.typesetting import line_markup


class Grid:
    """A face on a grid: ideographs and marks an em, marks halved by halt, Latin ½ em, a space ¼ em."""

    def advance(self, text: str) -> float:
        return sum(0.25 if c == " " else 0.5 if c.isascii() else 1.0 for c in text)

    def halved(self, char: str) -> float:
        return 0.5 if char in OPENING + CLOSING + STOPS else 0.0

    def clusters(self, text: str) -> tuple[str, ...]:
        return tuple(text)


GRID = Grid()
HAN = "".join(chr(0x4E00 + i) for i in range(200))  # 一丁丂七… distinct ideographs


def texts(lines: tuple[Line, ...]) -> list[str]:
    return [line.text for line in lines]


def gaps_of(line: Line) -> int:
    """Gaps that take the stretch: between characters, but not next to Latin, inside a compressed
    pair or after it."""
    count = sum(len(p.text) - 1 for p in line.pieces if p.kind in ("text", "half", "letters"))
    for left, right in zip(line.pieces, line.pieces[1:]):
        count += left.kind in ("text", "half") and right.kind in ("text", "half", "pair")
    return count


# --- breaking: inputs → lines --------------------------------------------------------------------

@pytest.mark.parametrize("text, measure, indent, expected", [
    # ideographs fill a whole-character measure exactly
    ("一二三四五六七八九十", 5, 0, ["一二三四五", "六七八九十"]),
    # the first line is indented
    ("一二三四五六七八", 5, 2, ["一二三", "四五六七八"]),
    # ， may not start a line: 九 goes down with it (推出), the first line stretched
    ("一二三四五六七八九十，甲乙丙丁", 10, 0, ["一二三四五六七八九", "十，甲乙丙丁"]),
    # an opening mark may not end a line
    ("一二三四“五六”", 5, 0, ["一二三四", "“五六”"]),
    # a dash is never split, and may start a line
    ("一二三四——五六", 5, 0, ["一二三四", "——五六"]),
    # nor an ellipsis
    ("一二三四五六七八九……十", 10, 0, ["一二三四五六七八九", "……十"]),
    # a number is never split
    ("一二三四五六七八2022年", 10, 0, ["一二三四五六七八", "2022年"]),
    # 。” fits by compression (推入): the pair is 1.5 em, the closing ” at the margin half-width
    ("甲乙丙丁戊己庚辛壬。”子丑寅", 10, 0, ["甲乙丙丁戊己庚辛壬。”", "子丑寅"]),
])
def test_lines(text, measure, indent, expected):
    assert texts(compose(text, GRID, measure, indent)) == expected


def test_push_out_stretches_the_gaps_evenly():
    first, _ = compose("一二三四五六七八九十，甲乙丙丁", GRID, 10)
    # 1 em left over, 8 gaps between 9 ideographs
    assert first.spacing == pytest.approx(1 / 8) and first.width == pytest.approx(9)


def test_push_in_halves_the_pair_and_the_mark_at_the_margin():
    first, _ = compose("甲乙丙丁戊己庚辛壬。”子丑寅", GRID, 10)
    assert first.pieces == (Piece("甲乙丙丁戊己庚辛壬", "text"), Piece("。”", "pair", halved=(0, 1)))
    assert first.width == pytest.approx(10) and first.spacing == 0


def test_no_last_line_of_one_or_two_characters():
    lines = compose(HAN[:64], GRID, 31)
    # greedy would leave 31, 31, 2: one character goes over from a line before, stretched by 1/29 em
    assert sorted(len(line.text) for line in lines) == [3, 30, 31] and len(lines[-1].text) == 3
    assert sorted(line.spacing for line in lines) == pytest.approx([0, 0, 1 / 29])


def test_a_short_paragraph_is_one_short_line():
    assert texts(compose("流心得体会。", GRID, 31, 2)) == ["流心得体会。"]


# --- what a line is made of: compression, quarter spaces ---------------------------------------

@pytest.mark.parametrize("text, pieces, width", [
    # a quarter em between ideographs and digits, on both sides
    ("共有2022名", [Piece("共有", "text"), Piece("2022", "latin", QUARTER, QUARTER), Piece("名", "text")], 5.5),
    # none next to signs that are not letters or digits
    ("网格化+吹哨", [Piece("网格化", "text"), Piece("+", "latin"), Piece("吹哨", "text")], 5.5),
    # none between a mark and Latin
    ("“1+5”模式", [Piece("“", "text"), Piece("1+5", "latin"), Piece("”模式", "text")], 5.5),
    # two marks that meet are compressed to 1.5 em: the first's blank half goes (：“ 。”)
    ("他说：“好。”", [Piece("他说", "text"), Piece("：“", "pair", halved=(0,)), Piece("好", "text"),
                 Piece("。”", "pair", halved=(0,))], 6),
    # two opening marks: the second's (“‘ （《); three marks: each pair
    ("（《书》）", [Piece("（《", "pair", halved=(1,)), Piece("书", "text"), Piece("》）", "pair", halved=(0,))], 4),
    ("道。“‘学", [Piece("道", "text"), Piece("。“‘", "pair", halved=(0, 2)), Piece("学", "text")], 4),
    # an empty quote keeps both marks whole (no blank halves meet)
    ("说“”了", [Piece("说", "text"), Piece("“”", "text"), Piece("了", "text")][:1] + [Piece("“”了", "text")], 4),
])
def test_pieces(text, pieces, width):
    (line,) = compose(text, GRID, 31)
    merged = []
    for piece in pieces:  # adjacent text pieces read as one
        if merged and piece.kind == merged[-1].kind == "text":
            merged[-1] = Piece(merged[-1].text + piece.text, "text")
        else:
            merged.append(piece)
    assert list(line.pieces) == merged and line.width == pytest.approx(width)


def test_stretch_skips_a_compressed_pair_and_the_gap_after_it():
    (first, _) = compose("甲乙丙丁戊。”己庚辛壬癸子丑寅卯辰巳午未", GRID, 10)
    # 甲乙丙丁戊。”己庚辛 is 9.5 em: 0.5 em over 7 gaps (none inside 。” nor after it)
    assert first.text == "甲乙丙丁戊。”己庚辛" and first.spacing == pytest.approx(0.5 / 7)


# --- properties over many paragraphs -------------------------------------------------------------

WORDS = st.one_of(
    st.text(alphabet=HAN[:40], min_size=1, max_size=6),
    st.sampled_from(["2022", "GDP", "1+5", "——", "……", "50%"]),
)
CLAUSE = st.builds(
    lambda opening, words, closing: opening + "".join(words) + closing,
    st.sampled_from(["", "", "“", "（", "《"]), st.lists(WORDS, min_size=1, max_size=4),
    st.sampled_from(["", "，", "。", "、", "”", "）", "》", "。”", "：“"]),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(CLAUSE, min_size=1, max_size=30).map("".join), st.integers(8, 40), st.sampled_from([0, 2]))
@example("——————，", 8, 2)  # a dash run too wide to keep whole: cut inside it, not before the comma
def test_composition_properties(text, measure, indent):
    lines = compose(text, GRID, measure, indent)
    # nothing inserted, nothing lost
    assert "".join(texts(lines)) == text
    for number, line in enumerate(lines):
        avail = measure - (indent if number == 0 else 0)
        if number:
            assert line.text[0] not in NO_START, texts(lines)
        if number < len(lines) - 1:
            assert line.text[-1] not in NO_END, texts(lines)
            # justified: filled to the measure exactly, or squeezed into it
            if gaps_of(line):
                assert line.width + line.spacing * gaps_of(line) == pytest.approx(avail, abs=1e-6)
        assert line.width <= avail + 1e-6
    # dashes, ellipses and Latin words are never split, unless too wide to be set whole (over half a line)
    for left, right in zip(lines, lines[1:]):
        for pattern in (r"[0-9A-Za-z%+]", "—", "…"):
            head, tail = re.search(f"{pattern}*$", left.text)[0], re.match(f"{pattern}*", right.text)[0]
            assert not (head and tail) or GRID.advance(head + tail) > measure / 2, texts(lines)


# --- headings -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, measure, expected", [
    ("守正创新，泉城“红十字”助力社区治理", 19.375, ["守正创新，泉城“红十字”助力社区治理"]),
    # as even as the breaks allow, not 19 characters and 2
    ("胶州：打造国内一流的高品质农贸（集贸）市场", 19.375, ["胶州：打造国内一流的", "高品质农贸（集贸）市场"]),
    ("以人民为中心，把精准关怀贯穿居民工作生活的每个细节", 19.375, ["以人民为中心，把精准关怀", "贯穿居民工作生活的每个细节"]),
    # a break after a mark (a phrase ends there) is worth an em of unevenness
    ("一二三四五，六七八九十一二三四", 10, ["一二三四五，", "六七八九十一二三四"]),
])
def test_balanced_headings(text, measure, expected):
    assert list(balance(text, GRID, measure)) == expected


# --- markup: what WeasyPrint is given --------------------------------------------------------------

def test_unstretched_line_is_bare_text_and_half_marks():
    line = Line((Piece("他说", "text"), Piece("：“", "pair", halved=(0,)), Piece("好", "text")), 0.0, 4.5)
    assert line_markup(line) == '他说<span class="h">：</span>“好'


def test_stretched_line_is_letter_spaced_with_pairs_and_latin_solid():
    line = Line((Piece("共有", "text"), Piece("2022", "latin", QUARTER, QUARTER), Piece("名", "text"),
                 Piece("。”", "pair", halved=(0,)), Piece("子", "text")), 0.02, 7)
    assert line_markup(line) == (
        '<span class="j" style="letter-spacing:0.0200em">共有'
        # the quarter em less the stretch 有 already carries after it
        '<span class="w" style="margin-left:0.2300em;margin-right:0.2500em">2022</span>'
        '名<span class="p"><span class="h">。</span>”</span>子</span>'
    )


def test_a_closing_mark_at_the_margin_needs_no_box():
    line = Line((Piece("一二三", "text"), Piece("，", "half")), 0.0, 3.5)
    assert line_markup(line) == "一二三，"


def test_markup_escapes():
    (line,) = compose("<b>&中", GRID, 31)
    assert "&lt;b&gt;&amp;" in line_markup(line)
