"""An article broken off on one page of an issue and taken up on another is joined into one."""

from __future__ import annotations

import pytest

from toolkit.hanzi import numeral
from toolkit.ingest import furniture
from toolkit.model import Source
from toolkit.passes.jumps import page_number
from toolkit.pipeline import clean_sources
from toolkit.review import Decision, Decisions

START = ("书香浸润城乡", "□吕娜", "近年来，桐溪县把全民阅读作为文化惠民的重要内容，全县已建成城市书房12座、农家书屋236家。",
         "退休教师王川每天都来书房看报，已经坚持了三年。他说，在家里看书没有氛围，这里安静，还能遇到")
OTHER = ("槐川县冬季农田水利建设全面展开", "□郑晓东", "入冬以来，槐川县抓住农闲时机，组织群众开展农田水利建设，已完成渠道清淤120公里。")
REST = ("老朋友。书房管理员吴敏介绍，书房每年新增图书5000册，还定期举办读书分享会。", "下一步，桐溪县将继续推进城市书房建设，让书香飘满城乡。")


def page(no: int, *lines: str) -> Source:
    return Source(path=f"page{no:02d}.txt", sha256="", encoding="utf-8", lines=(f"人民日报 2026年12月1日 星期二 第{no}版", *lines))


def titles_and_text(cols) -> list[tuple[str, list[str]]]:
    return [(a.title, [b.text for b in a.blocks]) for col in cols for a in col.articles]


@pytest.mark.parametrize(("out", "taken_up"), [("（下转第3版）", "（上接第1版）"), ("（下转第三版）", "（上接第一版）")])
def test_an_article_that_jumps_to_another_page_is_read_whole(out: str, taken_up: str) -> None:
    """The page it breaks off on names the page it goes on on, and that page names it back: the rest joins the
    start, the sentence the jump cut is one again, and the jump lines go (kept in the correction)."""
    cols = clean_sources([page(1, *START, out, *OTHER), page(3, *OTHER[:2], "入冬以来，桐溪县各地新建书房。", taken_up, *REST)])
    (start, _), = [(a, c) for c in cols for a in c.articles if a.title == START[0]]
    assert [b.text for b in start.blocks] == [START[2], START[3] + REST[0], REST[1]]
    assert not start.flags and len(cols[1].articles) == 1
    (jump,) = [c for c in cols[0].corrections if c.kind == "jump"]
    assert jump.action == "applied" and jump.before == f"{out}\n{taken_up}"


def test_a_rejected_jump_leaves_both_parts_flagged_where_they_stand() -> None:
    pages = [page(1, *START, "（下转第3版）"), page(3, "（上接第1版）", *REST)]
    (jump,) = [c for col in clean_sources(pages) for c in col.corrections if c.kind == "jump"]
    cols = clean_sources(pages, Decisions({jump.id: Decision("reject")}))
    assert [c.action for col in cols for c in col.corrections if c.kind == "jump"] == ["rejected"]
    assert [[f.kind for f in a.flags if f.kind.startswith("truncated")] for col in cols for a in col.articles] == [
        ["truncated_end"], ["truncated_start"]]


def test_an_article_may_go_on_over_three_pages() -> None:
    cols = clean_sources([page(1, *START, "（下转第3版）"), page(3, "（上接第1版）", REST[0], "（下转第5版）"),
                          page(5, "（上接第3版）", REST[1])])
    assert titles_and_text(cols) == [(START[0], [START[2], START[3] + REST[0], REST[1]])]


def test_jumps_the_pages_do_not_pair_stay_apart() -> None:
    """Two articles breaking off to the same page, a rest that names another page, two pages of one number (two
    sections' first pages): nothing tells which goes where, each part stays with its flag."""
    two = clean_sources([page(1, *START, "（下转第3版）", *OTHER, "（下转第3版）"), page(3, "（上接第1版）", *REST)])
    elsewhere = clean_sources([page(1, *START, "（下转第3版）"), page(3, "（上接第2版）", *REST)])
    sections = clean_sources([page(1, *START, "（下转第3版）"), page(3, "（上接第1版）", *REST), page(1, *OTHER)])
    for cols in (two, elsewhere, sections):
        assert not [c for col in cols for c in col.corrections if c.kind == "jump"] and len(cols[1].articles) == 1


def test_a_page_is_numbered_by_its_folio_or_else_its_files_name() -> None:
    assert [numeral(t) for t in ("5", "０５", "五", "十二", "二十", "一二")] == [5, 5, 5, 12, 20, None]
    assert page_number(clean_sources([page(4, *OTHER)])[0]) == 4
    named = clean_sources([Source(path="A07.txt", sha256="", encoding="utf-8", lines=OTHER)])[0]
    assert page_number(named) == 7


def test_a_jump_line_is_no_page_furniture() -> None:
    assert furniture("人民日报 2026年12月1日 星期二 第3版") and not furniture("（下转第3版）") and not furniture("（上接第1版）")
