"""Table tests for each repair pass: (raw, expected, corrections)."""

from __future__ import annotations

import pytest

from toolkit.model import Article, Block, Source
from toolkit.passes.breaks import join_article
from toolkit.passes.repeats import remove_repeats
from toolkit.passes.stutters import fix_article, judge
from toolkit.passes.truncation import end_missing, start_missing
from toolkit.review import Decision, Decisions
from toolkit.structure import classify, split_articles

NONE = Decisions()


def article(*texts: str, title: str = "社区治理", kicker: str | None = None) -> Article:
    blocks = tuple(Block("heading", t[2:]) if t.startswith("##") else Block("paragraph", t, lines=(i,)) for i, t in enumerate(texts))
    return Article(id="a-01", title=title, kicker=kicker, blocks=blocks)


def texts(a: Article) -> list[str]:
    return [b.text for b in a.blocks]


@pytest.mark.parametrize(
    ("raw", "expected", "kinds"),
    [
        (["对人民群众的热爱，", "必须见诸实际行动。"], ["对人民群众的热爱，必须见诸实际行动。"], ["join"]),
        (["被评为省级食品安", "全管理规范化市场。"], ["被评为省级食品安全管理规范化市场。"], ["join"]),
        (["新时代文明实践中心", "（站、所）等党建阵地。"], ["新时代文明实践中心（站、所）等党建阵地。"], ["join"]),
        (["第一段完了。", "第二段开始。"], ["第一段完了。", "第二段开始。"], []),
        (["把问题解决", "##小标题", "正文。"], ["把问题解决", "小标题", "正文。"], []),
    ],
)
def test_join_broken_paragraphs(raw, expected, kinds) -> None:
    new, corrections = join_article(article(*raw), NONE)
    assert texts(new) == expected
    assert [c.kind for c in corrections] == kinds


def test_rejected_join_keeps_the_break() -> None:
    _, (c,) = join_article(article("热爱，", "必须行动。"), NONE)
    new, (again,) = join_article(article("热爱，", "必须行动。"), Decisions({c.id: Decision("reject")}))
    assert texts(new) == ["热爱，", "必须行动。"] and again.action == "rejected"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # the second copy segmented differently: keep the finer segmentation
        (["甲事情说完了。乙事情也说完了。", "甲事情说完了。", "乙事情也说完了。"], ["甲事情说完了。", "乙事情也说完了。"]),
        # a whole paragraph repeated at the start of the next one
        (["守护队成立之初只有六名队员。", "守护队成立之初只有六名队员。后来人越来越多。"], ["守护队成立之初只有六名队员。后来人越来越多。"]),
        # repeated inside one paragraph
        (["果农们通常靠果商上门收购。果农们通常靠果商上门收购。心里不是滋味。"], ["果农们通常靠果商上门收购。心里不是滋味。"]),
        # copies differing by one character
        (["栖峰县是全国有名的苹果产区，种植面积很大。", "栖峰县是全国有名的苹果产区，种植面积巨大。再说别的。"], ["栖峰县是全国有名的苹果产区，种植面积巨大。再说别的。"]),
        # short legitimate repeats stay
        (["好。", "好。"], ["好。", "好。"]),
    ],
)
def test_drop_repeats(raw, expected) -> None:
    new, corrections = remove_repeats(article(*raw), NONE)
    assert texts(new) == expected
    for c in corrections:
        assert c.kind == "repeat" and c.kept and c.after == ""


@pytest.mark.parametrize(
    ("text", "fixed", "action"),
    [
        ("服务队的的作用", "服务队的作用", "applied"),
        ("成为为村里唯一", "成为村里唯一", "applied"),
        ("改造造造提升工程", "改造提升工程", "applied"),
        ("直播培培训", "直播培训", "applied"),
        ("成立于于2017年", "成立于2017年", "applied"),
        ("参与与与相结合", "参与相结合", "flagged"),
        ("这个架子是是我们搭的", "这个架子是我们搭的", "applied"),
    ],
)
def test_stutters(text: str, fixed: str, action: str) -> None:
    start = next(i for i in range(len(text) - 1) if text[i] == text[i + 1])
    end = start + 1
    while end < len(text) and text[end] == text[start]:
        end += 1
    verdict = judge(text, start, end)
    assert verdict is not None and verdict.fixed == fixed and verdict.action == action


@pytest.mark.parametrize("text", ["久久为功", "涓涓细流", "宣传部部长", "工作作为", "胶州市市场", "一个一个",
                                  "干干净净", "临溪市市委书记", "张丽丽说", "谢谢阿姨", "家家户户",
                                  "年年有余", "说说看"])
def test_legitimate_repeats_untouched(text: str) -> None:
    new, corrections = fix_article(article(text + "。"), NONE)
    assert texts(new) == [text + "。"] and corrections == []


def test_garble_is_flagged_with_suggestion() -> None:
    new, (c,) = fix_article(article("使群众广泛参与与与相结合。"), NONE)
    assert texts(new) == ["使群众广泛参与与与相结合。"]
    assert c.kind == "garble" and c.action == "flagged" and c.suggestion


@pytest.mark.parametrize(
    ("blocks", "kicker", "start", "end"),
    [
        (["流心得体会。", "从线上学习到线下体验，社区治理见成效。"], None, True, False),
        (["就来修好了。”说起小区的变化，居民赞不绝口。"], None, True, False),
        (["近年来，社区治理取得实效。", "用绣花功夫久久为功，以较小"], None, False, True),
        (["在云岭县实验小学，学生们种菜。"], "云岭县", False, False),
        (["实验小学的基地里，学生们种菜。"], "云岭县", True, False),
        # the lead names the title's words but not the place line: its opening (莒南县大店镇将…) is lost
        (["高标准、严要求，提升社区治理水平，兴起了一场新热潮。"], "莒南县大店镇", True, False),
        (["莒南县大店镇高标准、严要求，提升社区治理水平。"], "莒南县大店镇", False, False),
        (["社区治理水平不断提升，居民们兴起了一场新热潮。"], "民生视点", False, False),  # a rubric, not a place
    ],
)
def test_truncations(blocks, kicker, start, end) -> None:
    a = article(*blocks, kicker=kicker)
    assert (start_missing(a) is not None, end_missing(a) is not None) == (start, end)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("□许三润 牟雅莉 王颖", "byline"),
        ("胶州：打造国内一流的高品质农贸（集贸）市场", "heading"),
        ("党建引领 物业进驻", "heading"),
        ("“以前孩子在家什么都不干，现", "body"),
        ("地面干净整洁、摊位整齐划一、", "body"),
        ("流心得体会。", "body"),
    ],
)
def test_line_shapes(line: str, kind: str) -> None:
    assert classify(line) == kind


def test_subhead_shaped_break_piece_is_read_as_body() -> None:
    """A paragraph start cut short by a column break looks like a subhead; the phrase across the
    break (郑|福来, 成立于2|017年) printed elsewhere on the page shows what it is."""
    lines = (
        "乡村医生郑福来",
        "□王颖",
        "郑福来是高岭村唯一的医生，村民有个头疼脑热，都会第一个想到他。",
        "守护乡亲的健康",
        "1993年，从卫校毕业的郑",
        "福来回到了家乡高岭村，成为村里唯一的医生。",
        "这支队伍名叫守护队，成立于2",
        "017年，发起人是当地的村医。",
    )
    col = split_articles(Source("p.txt", "0" * 64, "utf-8", lines))
    (art,) = col.articles
    assert [(b.type, b.text) for b in art.blocks][1:4] == [
        ("heading", "守护乡亲的健康"),
        ("paragraph", "1993年，从卫校毕业的郑"),
        ("paragraph", "福来回到了家乡高岭村，成为村里唯一的医生。"),
    ]
    assert art.blocks[4].type == "paragraph"


def test_subheads_are_parallel() -> None:
    """Among plain-phrase subheads, a heading-shaped line with a comma is a paragraph's first piece;
    where every subhead has a comma, they all stay."""
    def blocks_of(*lines: str) -> list[tuple[str, str]]:
        col = split_articles(Source("p.txt", "0" * 64, "utf-8", ("手机成了新农具", "□王颖", *lines)))
        return [(b.type, b.text) for b in col.articles[0].blocks]

    section = "栖峰县的果农们开始在网上卖苹果，销量逐年上升。"
    plain = blocks_of(section, "产业链条越拉越长", section, "在孙晓红的带动下，村里", "不少果农也拿起了手机。", "直播带货成了新农活", section)
    assert [t for t, _ in plain] == ["paragraph", "heading", "paragraph", "paragraph", "paragraph", "heading", "paragraph"]
    commas = blocks_of(section, "党建引领，让组织力贯穿治理", section, "实事求是，使奋斗贯穿工作", section)
    assert [t for t, _ in commas] == ["paragraph", "heading", "paragraph", "heading", "paragraph"]
