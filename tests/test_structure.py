"""Structure: the line model's features, and articles read from a page the project wrote (tests/pages)."""

from __future__ import annotations

from pathlib import Path

import pytest

from toolkit.ingest import read_source
from toolkit.hanzi import bigrams, han_only
from toolkit.model import Block, Source
from toolkit.lines import (HEAD_ROLES, ROLES, SPAN, WINDOW, _allowed, _cohesion, _names, features, letter_signed,
                           parallel_items, place_line, portrait, read, reports, shape, signs_off, words_meet)
from toolkit.similarity import cosine
from toolkit.pipeline import clean_sources
from toolkit.structure import _Draft, _subheads_alone, _openings, split_articles

PAGE = Path(__file__).parent / "pages" / "invented.txt"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("本报昆明1月20日电", {"dateline": 1.0}),
        ("新华社北京2月24日电 （记者陈明）夜幕降临。", {"dateline": 1.0}),
        ("槐川晚报讯（记者 吕娜）夜幕降临。", {"dateline": 1.0}),
        ("警报讯号响起，村民们有序撤离。", {"dateline": None}),
        ("（本报伦敦1月13日电）", {"dateline": 1.0, "in_parens": 1.0}),
        ("（作者为南江大学城市规划学院教授）", {"in_parens": 1.0}),
        ("孩子们的星空课堂（走进乡村学校）", {"column_tag": 1.0}),
        ("【走近文艺家】", {"in_brackets": 1.0}),
        ("●空地变菜园", {"mark": "●"}),
        ("一、因地制宜建设口袋公园", {"numbered": 1.0}),
        ("（二）让居民参与规划管理", {"numbered": 1.0}),
        ("山区小学开设天文课——", {"end": "dash"}),
        ("——关注社区老人健身活动", {"dash_start": 1.0}),
        ("老街巷里的“共享", {"opens": 1.0}),
        # a question or an exclamation may close a title, a full stop closes none
        ("城市绿地如何更好惠及居民？", {"end": "ask"}),
        ("家门口的书房开张啦！", {"end": "exclaim"}),
        ("书房里坐满了看书的孩子。", {"end": "stop"}),
        ("“这里真方便。”", {"end": "stop+close"}),
    ],
)
def test_line_shapes(line: str, expected: dict) -> None:
    f = shape(line)
    assert {k: f.get(k) for k in expected} == expected


def test_break_features() -> None:
    """What the line before says about a break: a word across it, a line that cannot start a phrase."""
    lines = ["被评为省级食品安", "全管理规范化市场。", "孩子们的", "的星空", "成立于2", "017年，发起人是村医。"]
    f = features(lines)
    assert "word_across" in f[1]  # 安|全
    assert "cannot_start" in f[3] and "cannot_end" in f[3]  # 的|的
    assert "digits_across" in f[5]


def test_a_word_across_proves_a_cut_only_where_it_reads_far_likelier_than_the_break() -> None:
    """安|全 left single on each side prove the word cut in two; a line that may as well stop on its own words (念想,
    which the dictionary lacks, where 想来 crosses the break) proves nothing."""
    from toolkit.lines import cut_inside

    assert cut_inside("被评为省级食品安", "全管理规范化市场。")
    assert not cut_inside("守的是店，也是念想", "来找吕娜配钥匙的，多是老街坊。")


def _window(sizes: list[int], start: int, step: int) -> list[int]:
    out, got = [], 0
    while 0 <= start < len(sizes) and got < WINDOW and len(out) < SPAN:
        out.append(start)
        got += sizes[start]
        start += step
    return out


@pytest.mark.parametrize("filler", [0, 60])
def test_cohesion_is_the_cosine_of_summed_windows(filler: int) -> None:
    """The running sums give what summing each window's vectors and taking cosines gives; lines of no Han
    (a run of `filler` of them) stretch a window to SPAN lines, no further."""
    lines = read_source(PAGE).lines
    lines = [*lines[:20], *["Table 3"] * filler, *lines[20:]]
    vectors = [{t: float(c) for t, c in bigrams(t).items()} for t in lines]
    sizes = [len(han_only(t)) for t in lines]

    def summed(window: list[int]) -> dict[str, float]:
        out: dict[str, float] = {}
        for i in window:
            for t, w in vectors[i].items():
                out[t] = out.get(t, 0.0) + w
        return out

    def cos(a: dict[str, float], b: dict[str, float]) -> float:
        return cosine(a, b) if a and b else 0.0

    got = _cohesion(vectors, sizes)
    for i in range(len(lines)):
        back, here, ahead = _window(sizes, i - 1, -1), _window(sizes, i, 1), _window(sizes, i + 1, 1)
        expected = (cos(vectors[i], summed(back)), cos(vectors[i], summed(ahead)), cos(summed(back), summed(here)))
        assert got[i] == pytest.approx(expected, abs=1e-9), i


def test_roles_are_read_for_every_line() -> None:
    src = read_source(PAGE)
    readings = read(src.lines)
    assert len(readings) == len(src.lines) and all(r.role in ROLES for r in readings)
    assert all(0.0 <= r.p_cont <= 1.0 and 0.0 < r.confidence <= 1.0 for r in readings)


@pytest.fixture(scope="module")
def page():
    (col,) = clean_sources([read_source(PAGE)])
    return col


def heads(col) -> list[tuple]:
    return [(a.kicker, a.title, a.subtitle, a.byline) for a in col.articles]


def test_heads_of_four_papers(page) -> None:
    """A place kicker, title, subtitle and byline; a kicker ending in —— over a title broken in two and
    carrying its column tag; a question title with a byline and no kicker; a question title under a
    kicker that leads into it."""
    assert heads(page) == [
        ("青石县", "老街巷里的“共享菜园”", "社区居民把闲置空地变成了小菜园", ("刘晓", "王川")),
        ("山区小学开设天文课——", "孩子们的星空课堂（走进乡村学校）", None, ()),
        (None, "城市绿地如何更好惠及居民？", None, ("周岚",)),
        ("农产品上网销售渐成风气——", "山货如何走出大山？", None, ()),
    ]
    assert page.articles[1].head_lines == (12, 13, 14)


def test_a_kicker_leading_into_its_title_after_an_article_without_a_byline() -> None:
    """A kicker ending on —— over a title, no byline under them, after an article whose last section opened with a
    subhead: the two lines open the next article (a line ending on a dash is no subhead), not two subheads of the
    article above with the next one's text run on under them."""
    lines = ("石桥村书房的新变化", "□吕娜", "今年以来，石桥村书房每月举办读书会，村民参与热情很高。", "下一步怎么走",
             "郑晓东说，村里打算把书房开到晚上九点，让上班的年轻人也能来。", "槐川县推进全民阅读——",
             "书香浸润城乡", "3月8日，槐川县全民阅读活动正式启动，全县计划新建城市书房十座。")
    first, second = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=lines), "p").articles
    assert [b.text for b in first.blocks] == list(lines[2:5])
    assert (second.kicker, second.title) == (lines[5], lines[6]) and [b.text for b in second.blocks] == [lines[7]]
    allowed = dict(zip(ROLES, _allowed(lines)[5]))
    assert allowed["head"] and not any(allowed[r] for r in ("heading", "title", "subtitle", "byline"))


def test_a_term_alone_in_quotation_marks_is_a_broken_titles_start() -> None:
    """`槐川县 / “书香驿站” / 点亮乡村夜生活 / □吕娜`: a term of a few characters alone in quotation marks is the subject
    of a title broken after it (every labelled title wholly in quotation marks quotes words said, 7 characters or
    more), so the line under it is the title's rest, not a subtitle."""
    lines = ("石桥村书房今年新增图书三千册，借阅量比去年翻了一番。", "槐川县", "“书香驿站”", "点亮乡村夜生活", "□吕娜",
             "夜幕降临，槐川县石桥村的书香驿站里灯火通明，村民们三三两两来这里看书。")
    articles = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=lines), "p").articles
    assert (articles[-1].kicker, articles[-1].title, articles[-1].subtitle) == ("槐川县", "“书香驿站”点亮乡村夜生活", None)


def test_a_title_closed_by_its_series_tag_takes_no_rest() -> None:
    """`槐川县 / 书房里的新年味（新春走基层·书香槐川） / 同比增长12% / 本报讯…`: the series' tag closes its title, so the
    piece of running text under it is no rest of the title."""
    lines = ("石桥村书房今年新增图书三千册，借阅量比去年翻了一番。", "槐川县", "书房里的新年味（新春走基层·书香槐川）", "同比增长12%",
             "本报讯（记者 吕娜）春节将至，槐川县的城市书房里热闹起来，不少市民带着孩子来看书、写春联。")
    assert not dict(zip(ROLES, _allowed(lines)[3]))["title+"]
    head = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=lines), "p").articles[-1]
    assert (head.kicker, head.title) == ("槐川县", "书房里的新年味（新春走基层·书香槐川）")


def test_a_line_opening_on_the_dash_is_no_subhead() -> None:
    """`——槐川县推进农家书屋提档升级见闻` under a head line after an article with subheads of its own: the dash leads from
    a title into its subtitle (none of the 348 labelled and invented subheads opens on one), so the two lines open the
    next article, never two subheads of the article above."""
    lines = ("石桥村书房的新变化", "□吕娜", "今年以来，石桥村书房每月举办读书会，村民参与热情很高，书房的借阅量比去年翻了一番。",
             "建好更要管好", "书房建起来后，如何管好用好？石桥村探索建立“村委会+志愿者”的管理模式，每天有专人值守。",
             "“书房不是建完就完事了，要让村民用得上、用得好、愿意用。”郑晓东说。", "山村老人爱上了“读起来”",
             "——槐川县推进农家书屋提档升级见闻", "初秋时节，走进槐川县石桥村，一间明亮的农家书屋里坐满了读者，有的看报，有的翻书。")
    allowed = dict(zip(ROLES, _allowed(lines)[7]))
    assert allowed["subtitle"] and not any(allowed[r] for r in ("heading", "head", "title", "byline"))
    first, second = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=lines), "p").articles
    assert (second.title, second.subtitle) == lines[6:8] and [b.text for b in second.blocks] == [lines[8]]


@pytest.mark.parametrize("head", [("书房", "开到了村民家门口"), ("简讯", "石桥村书房开放"), ("“书房”", "十年，点亮一座小城")])
@pytest.mark.parametrize("top", [(), ("桐溪县推进全民阅读", "□王川", "截至目前，全县已有22座书房实现通借通还。")])
def test_a_head_line_of_two_characters_is_no_title_over_a_subtitle(top: tuple, head: tuple) -> None:
    """`书房` / `开到了村民家门口` / □吕娜: a head's first line of a few characters is no whole title (none of the
    labelled titles has fewer than four): a broken title's start or a column's label, never a title with the next
    line its subtitle; nor is one in quotation marks (`“书房”` / `十年，点亮一座小城`)."""
    lines = (*top, *head, "□吕娜", "3月9日，桐溪县石桥村城市书房正式开放，藏书八千余册。")
    *_, article = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=lines), "p").articles
    assert article.subtitle is None and head[1] in article.title and article.byline == ("吕娜",)


@pytest.mark.parametrize(("rest", "subtitle"), [("“网红打卡地”", None), ("村民的书房", None), ("——访吕娜", "——访吕娜"),
                                              ("桐溪县推进全民阅读纪实", "桐溪县推进全民阅读纪实")])
def test_a_few_characters_under_a_title_are_its_rest_unless_a_dash_leads_them(rest: str, subtitle: str | None) -> None:
    """`石桥村书房成了` / `“网红打卡地”` / □吕娜: a subtitle says more than its title in a phrase of its own (each labelled
    one has 8 Han characters or more), so a line of a few under a title is the title's rest, broken off by the layout;
    a line the dash leads is a subtitle by its form, however short, and a phrase of its own stays one."""
    lines = ("桐溪县", "石桥村书房成了", rest, "□吕娜", "3月9日，桐溪县石桥村城市书房正式开放，藏书八千余册。")
    (article,) = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=lines), "p").articles
    assert (article.kicker, article.subtitle) == ("桐溪县", subtitle)
    assert article.title == lines[1] + ("" if subtitle else rest)


@pytest.mark.parametrize(("head", "kicker"), [(("果园", "里的新课堂"), None), (("书香", "浸润石桥村"), None),
                                            (("书房", "开到了村民家门口"), None), (("石桥村", "书房开到了村民家门口"), "石桥村")])
def test_two_characters_named_again_in_the_lead_are_no_kicker(head: tuple, kicker: str | None) -> None:
    """`果园` / `里的新课堂`, the lead naming a 果园: two characters turn up in any lead by chance, and no kicker has
    fewer than three (a place or a person); a broken title's first piece often has two. A place line of three that
    the lead names again stays a kicker."""
    lines = (*head, f"3月9日，{head[0]}城市书房正式开放，藏书八千余册，村民吕娜每周都来。")
    (article,) = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=lines), "p").articles
    assert article.kicker == kicker and article.title == "".join(head[kicker is not None:])
    assert ("in_lead" in features(lines)[0]) is (kicker is not None)


def test_briefs_each_signed_in_brackets_are_articles_of_their_own() -> None:
    """A column of briefs, each a title over one paragraph signed in brackets (（吕娜）): the signature ends its
    article, so the next title is no subhead of it, and the signed paragraph is no head line."""
    lines = ("石桥村书房开放", "3月9日，桐溪县石桥村城市书房正式开放，藏书八千余册，每天开放到晚上九点。（吕娜）",
             "桐溪县举办读书节", "3月8日，桐溪县第五届读书节开幕。读书节为期一个月，将举办讲座、展览等活动。（王川）",
             "槐川县图书馆延长开放时间", "从3月起，槐川县图书馆周末开放时间延长至晚上八点，方便上班族借阅。（吴敏）")
    articles = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=lines), "p").articles
    assert [(a.title, [b.text for b in a.blocks]) for a in articles] == [(t, [p]) for t, p in zip(lines[::2], lines[1::2])]


@pytest.mark.parametrize("before", [(), ("桐溪县推进全民阅读", "□吕娜", "截至目前，全县已有22座书房实现通借通还。")])
def test_an_editors_note_above_a_head_opens_the_article_under_it(before: tuple) -> None:
    """An editor's note introduces the article under it (a series' first part): above the head, at the page's top or
    after another article, it is that article's first paragraph; between a head and its lead it stays there."""
    note = "编者按：城市书房是各地推进全民阅读的新探索。从今天起，本版推出系列报道，敬请关注。"
    report = ("城市书房开到村口", "□王川", "3月9日，桐溪县石桥村城市书房正式开放，藏书八千余册。")
    lines = (*before, note, *report)
    *_, article = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=lines), "p").articles
    assert article.title == report[0] and [b.text for b in article.blocks] == [note, report[2]]
    under = report[:2] + (note, report[2])
    (article,) = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=under), "p").articles
    assert [b.text for b in article.blocks] == [note, report[2]]


def test_an_editors_note_under_a_title_stays_with_it_when_another_head_follows() -> None:
    """`城市书房开到村口` / `编者按：…` / the next article's head: the note printed under a title is that title's
    article (a brief of only the note), not the opening of the article below."""
    note = "编者按：城市书房是各地推进全民阅读的新探索。从今天起，本版推出系列报道，敬请关注。"
    report = ("桐溪县举办读书节", "□王川", "3月8日，桐溪县第五届读书节开幕。读书节为期一个月，将举办讲座、展览等活动。")
    lines = ("城市书房开到村口", note, *report)
    first, second = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=lines), "p").articles
    assert (first.title, [b.text for b in first.blocks]) == (lines[0], [note])
    assert (second.title, [b.text for b in second.blocks]) == (report[0], [report[2]])


@pytest.mark.parametrize("before", [(), ("桐溪县推进全民阅读", "□吕娜", "截至目前，全县已有22座书房实现通借通还。")])
def test_an_editors_note_under_its_label_goes_with_the_article_below(before: tuple) -> None:
    """The label alone over the note (编者按, 开栏的话 / the note): the label and the note open the article under them;
    under an article's own head the label opens a section of that article, whatever follows."""
    label, note = "开栏的话", "城市书房是各地推进全民阅读的新探索。从今天起，本版推出系列报道，敬请关注。"
    report = ("城市书房开到村口", "□王川", "3月9日，桐溪县石桥村城市书房正式开放，藏书八千余册。")
    *_, article = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=(*before, label, note, *report)),
                                 "p").articles
    assert article.title == report[0] and [b.text for b in article.blocks] == [label, note, report[2]]
    under = (*report[:2], label, note, report[2], *before)
    first, *_ = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=under), "p").articles
    assert first.title == report[0] and [b.text for b in first.blocks] == [label, note, report[2]]


def test_a_byline_marked_with_its_box_is_one_whatever_word_runs_across() -> None:
    """`□王秋实` / `在石桥村书房…`: 实在 is a word across the break, but a line of names under the byline's mark is the
    byline, not a paragraph's first piece."""
    lines = ("书房里的老读者", "□王秋实", "在石桥村书房里，郑晓东每天都来看两个小时的书。", "“这里安静，书也多。”他说。")
    (article,) = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=lines), "p").articles
    assert article.byline == ("王秋实",) and [b.text for b in article.blocks] == list(lines[2:])


def test_a_name_opening_on_a_surname_of_two_characters_is_a_byline() -> None:
    """`□欧阳晓岚 王川`: 欧阳 is a surname of two characters, so its name has three or four; the line is the byline, not a
    paragraph, and the article keeps both names."""
    lines = ("石桥村书房开放", "□欧阳晓岚 王川", "3月9日，桐溪县石桥村城市书房正式开放，藏书八千余册。",
             "“书房就在家门口，孩子放学就能来看书。”村民郑晓东说。")
    (article,) = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=lines), "p").articles
    assert article.byline == ("欧阳晓岚", "王川") and [b.text for b in article.blocks] == list(lines[2:])


def test_an_adverb_of_time_as_a_verbs_object_ends_a_whole_subhead() -> None:
    """`三、延链补链谋长远`: 长远 after the verb 谋 is what is planned for, nothing is still to come, so the numbered line
    is the section's subhead; after 的 it still waits for its noun (村里的长远 / 发展)."""
    from toolkit.lines import left_dangling

    assert not left_dangling("三、书房建设谋长远") and not left_dangling("办书房要看长远")
    assert left_dangling("这关系到村里的长远")


def test_a_line_over_text_that_goes_on_naming_the_people_above_is_a_subhead() -> None:
    """`“书房就是我的家”` between two paragraphs naming 郑晓东: the text under it goes on about the person the text above
    introduced, so the line is a subhead of that profile, not the title of an article of its own (which introduces
    its people); a line over text naming someone new may still head one."""
    lines = ("书房里的老管理员", "□吕娜", "石桥村书房的管理员郑晓东今年六十八岁，退休前是村小的语文老师。",
             "每天早上七点，郑晓东就来开门，把前一天还回来的书一本本放回书架。",
             "“书房就是我的家”",
             "这些年，县里几次请郑晓东去县图书馆帮忙，他都谢绝了。“村里的孩子离不开这间书房。”")
    (article,) = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=lines), "p").articles
    assert [(b.type, b.text) for b in article.blocks][2] == ("heading", lines[4])
    assert not dict(zip(ROLES, _allowed(lines)[4]))["head"]
    other = lines[:4] + ("桐溪县开展读书月活动", "今年，县文化馆馆长吴晓敏介绍，全县将举办读书分享会三十场。")
    assert dict(zip(ROLES, _allowed(other)[4]))["head"]


def test_a_title_over_a_lead_and_its_first_numbered_section_opens_an_article() -> None:
    """A commentary's title without byline after a report's last paragraph, its lead, then its first section
    numbered 一、: sections are numbered from one, so the title is no subhead of the report above (an unnumbered
    section before the first), but the head of the article whose lead and sections follow it. A subhead before a
    later number (二、) stays one."""
    report = ("石桥村书房开放", "□吕娜", "3月9日，桐溪县石桥村城市书房正式开放，藏书八千余册。",
              "“书房就在家门口，孩子放学就能来看书。”村民郑晓东说。")
    comment = ("让书房成为乡村的文化客厅", "城市书房建起来不难，难的是让它长久地热闹下去。各地的经验值得总结。",
               "一、把书房开在群众身边", "书房选址要方便群众，开放时间要跟着群众的作息走。",
               "二、让群众参与书房管理", "书房的书目和活动，可以请读者一起商量，书房才有人气。")
    first, second = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=report + comment), "p").articles
    assert [b.text for b in first.blocks] == list(report[2:])
    assert second.title == comment[0] and [b.text for b in second.blocks] == list(comment[1:])
    assert [b.type for b in second.blocks] == ["paragraph", "heading", "paragraph", "heading", "paragraph"]
    later = report + comment[:1] + comment[3:4] + comment[4:]  # a subhead, then a section numbered 二: no head
    (article,) = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=later), "p").articles
    assert [b.type for b in article.blocks] == ["paragraph", "paragraph", "heading", "paragraph", "heading", "paragraph"]


def test_a_quoted_question_above_a_first_section_is_said_not_a_title() -> None:
    """A line of dialogue (`“要多少钱？”`) a few paragraphs above a section numbered 一、 is short and ends on no
    full stop, like a commentary's title; but a sentence said in quotation marks is running text, never the head of
    the article whose sections follow."""
    from toolkit.lines import above_first_section, left_dangling, _count

    lines = ["书房里，吕娜正帮一位老人修台灯，她说：“开关坏了，一会儿就好。”", "“要多少钱？”", "“不要钱，免费的。”",
             "一、书房的好日子是读出来的", "书房的书目和活动，可以请读者一起商量，书房才有人气。"]
    found = above_first_section(lines, [left_dangling(t) for t in lines], [_count(t) for t in lines])
    assert found.get(1) is False


def test_a_line_left_on_a_comma_above_a_first_section_is_no_head() -> None:
    """`城市书房是方便群众读书、` broken by a column after a comma or a pause mark is a paragraph's first line, not the
    head of an article whose first section follows (a head line may ask, `…吗？`, but never pauses)."""
    from toolkit.lines import above_first_section, left_dangling, _count

    lines = ["书房的灯亮到晚上九点。", "城市书房是方便群众读书、", "借书还书的公共空间，遍布城乡。",
             "一、书房建在哪里", "书房建在公园旁、社区里，群众步行十分钟就能到。"]
    found = above_first_section(lines, [left_dangling(t) for t in lines], [_count(t) for t in lines])
    assert found.get(1) is False


def test_the_line_over_a_summary_box_is_a_head_line() -> None:
    """`核心阅读` opens an article's body right under its head: the line over it is a head line, a title here, even
    after an article cut short (no subhead of the article above, whose last line ends on no mark)."""
    lines = ["书房里的灯亮到晚上九点。", "晚上九点，槐川县人民公园旁的城市书房里依然灯火通明，不少市民在这里安静地看书，也有家长带着孩子来"
             "借绘本，书房管理员吕娜说，每到周末", "城市书房点亮阅读生活", "核心阅读", "槐川县建成城市书房12家，群众在家门口就能借书读书。"]
    assert {r for r, ok in zip(ROLES, _allowed(lines)[2]) if ok} <= set(HEAD_ROLES)
    assert [r.role for r in read(lines)][2:4] == ["head", "heading"]


def test_a_list_a_colon_announces_is_no_first_section() -> None:
    """`…主要体现在三个方面：` / `（1）…；`: an item of a list the text announces, counted from one, is no numbered
    section, so the subhead a few lines above it (`让书房活起来`) stays a subhead, not the head of an article."""
    lines = ("书香", "城市书房点亮市民生活", "□吕娜", "晚上九点，桐溪县人民公园旁的城市书房里依然灯火通明。",
             "让书房活起来", "书房建起来容易，管好用好难。县图书馆馆长王川说，关键是让群众愿意来。",
             "他介绍，书房的服务主要体现在三个方面：", "（1）延长开放时间，方便上班族下班后借阅；",
             "（2）增加新书，每季度更换一次；", "（3）举办读书会，吸引更多群众参与。")
    (article,) = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=lines), "p").articles
    assert [b.text for b in article.blocks if b.type == "heading"] == ["让书房活起来"]


def test_a_line_ending_a_statement_with_more_after_it_is_no_head_line() -> None:
    """`时不我待，只争朝夕。新`: a paragraph cut by a column break after a full stop and a character is running text, not
    the head of the next article; a long kicker may hold a statement, leading into its title with a dash."""
    lines = ["郑晓东说，书房明年还要再添一千册书。", "时不我待，只争朝夕。新", "书香", "城市书房点亮市民生活", "□吕娜",
             "晚上九点，桐溪县人民公园旁的城市书房里依然灯火通明。"]
    cut = _allowed(lines)[1]
    assert not any(cut[ROLES.index(r)] for r in HEAD_ROLES) and cut[ROLES.index("para")]
    kicker = ["郑晓东说，书房明年还要再添一千册书。", "村里没有书房。为了建书房，村干部跑了十几趟县城，终于——", "书房开到家门口",
              "□吕娜", "晚上九点，石桥村的农家书房里依然灯火通明。"]
    assert _allowed(kicker)[1][ROLES.index("head")]


def test_a_letters_signature_is_a_paragraph_of_its_own() -> None:
    """`桐溪县读者 吴敏` under a reader's letter signs it: a paragraph whole in itself, and the subhead after it (`记者调查`)
    no rest of it. A title broken after a space, its words running across the break (一辆书车 跑遍四 / 十二个村), is none."""
    lines = ("读者来信", "小区书房为何总是关门", "□吕娜", "编辑同志：我家小区去年建了一座书房，可一年里大半时间都关着门。",
             "我想问问：书房建了，为什么不能好好用起来？", "桐溪县读者 吴敏", "记者调查",
             "接到来信后，记者来到这个小区。物业经理王川告诉记者，书房缺少管理人员，只能周末开放。")
    (col,) = clean_sources([Source(path="p.txt", sha256="", encoding="utf-8", lines=lines)])
    (article,) = col.articles
    assert [(b.type, b.text) for b in article.blocks] == [("paragraph", lines[3]), ("paragraph", lines[4]),
                                                          ("paragraph", lines[5]), ("heading", lines[6]),
                                                          ("paragraph", lines[7])]
    broken = ["郑晓东说，书房明年还要再添一千册书。", "一辆书车 跑遍四", "十二个村", "□吴敏", "书车每周进村两次，村民借书更方便了。"]
    assert not _allowed(broken)[2][ROLES.index("cont")] or _allowed(broken)[1][ROLES.index("head")]


def test_a_subhead_lifted_from_the_quotation_under_it_is_a_subhead() -> None:
    """`“书房就是她的家”` over `“书房就是她的第二个家，…”王川说。`: words in quotation marks that the paragraph under them
    opens on are its section's head, lifted from the quotation as papers do; never the head of an article."""
    lines = ["吕娜在石桥村书房当了六年管理员，每天最早来，最晚走，村里的孩子都爱来书房看书。", "“书房就是她的家”",
             "“书房就是她的第二个家，节假日也不休息。”村支书王川说。", "去年，吕娜自费买了两百多本绘本，摆在书房最显眼的地方。"]
    lifted = _allowed(lines)[1]
    assert lifted[ROLES.index("heading")] and not any(lifted[ROLES.index(r)] for r in HEAD_ROLES)
    other = lines[:2] + ["“孩子们爱看书，我就高兴。”吕娜说。"] + lines[3:]
    assert _allowed(other)[1][ROLES.index("head")]


@pytest.mark.parametrize(("label", "title", "kicker"), [("读书", "书房里的守望者", "读书"), ("今日谈", "让书房真正热闹起来", "今日谈"),
                                                     ("寒夜里", "守护书房的人", None), ("汇聚", "全民阅读的力量", None),
                                                     ("全民阅读在行动", "书房里的夜读课", "全民阅读在行动")])
def test_a_columns_label_over_a_bylined_title_is_its_kicker(label: str, title: str, kicker: str | None) -> None:
    """A column's label (a few Han characters, a name) over a title whose byline follows it or its dash-led subtitle
    is the kicker, the title whole under it; a title's first words broken off (ending on a localizer or a verb of two
    characters: 寒夜里, 汇聚) are the title's start."""
    lines = ("郑晓东说，书房明年还要再添一千册书。", label, title, "——记槐川县石桥村书房管理员吕娜", "□吴敏",
             "傍晚时分，石桥村的农家书房里灯火通明，十几个孩子围坐在长桌旁看书。")
    article = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=lines), "p").articles[-1]
    assert (article.kicker, article.title) == ((kicker, title) if kicker else (None, label + title))


def test_a_label_over_a_statement_at_the_page_top() -> None:
    """`全民阅读在行动` / `桐溪县书房年接待读者12万人次 借阅量翻番` / lead: the first line has a label's shape (a topic and
    how it stands, after 在), the second a subtitle's (figures in clauses); the rules that say so contradict each other,
    so neither binds and the model reads the pair: a kicker over its title."""
    lines = ("全民阅读在行动", "桐溪县书房年接待读者12万人次 借阅量翻番",
             "3月9日，桐溪县石桥村城市书房正式开放，藏书八千余册，年接待读者12万人次。", "书房晚上也开门，下班后来看书的年轻人越来越多。")
    (article,) = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=lines), "p").articles
    assert (article.kicker, article.title, article.subtitle) == (lines[0], lines[1], None)


def test_subheads_bulleted_numbered_and_two_in_a_row(page) -> None:
    garden, _, green, market = page.articles
    assert [b.text for b in garden.blocks if b.type == "heading"] == ["●空地变菜园", "●菜园连起邻里情"]
    assert [b.text for b in green.blocks if b.type == "heading"] == ["一、因地制宜建设口袋公园", "二、让居民参与规划管理"]
    assert [b.type for b in market.blocks] == ["heading", "heading", "paragraph", "paragraph", "heading", "heading",
                                               "paragraph", "paragraph"]


def test_datelines_and_notes_belong_to_their_article(page) -> None:
    """A lead's dateline cut from its paragraph is joined back; a closing author's note is a paragraph."""
    _, sky, green, market = page.articles
    assert sky.blocks[0].text.startswith("本报昆明1月20日电（记者陈明）夜幕降临")
    assert green.blocks[-1] == green.body()[-1] and green.blocks[-1].text == "（作者为南江大学城市规划学院教授）"
    assert market.blocks[-1].text == "（本报福州3月2日电）"
    assert green.blocks[-2].text.endswith("满足不同年龄人群的需求。")  # 需|求 joined across the break
    assert not any(f.kind.startswith("truncated") for a in page.articles for f in a.flags)


def test_intact_page_is_left_alone() -> None:
    """The same articles unbroken: nothing to repair, so nothing is changed or flagged."""
    text = PAGE.read_text(encoding="utf-8")
    text = text.replace("孩子们的星空\n\n课堂", "孩子们的星空课堂").replace("本报昆明1月20日电\n\n", "本报昆明1月20日电 ")
    text = text.replace("人群的需\n求。", "人群的需求。")
    path = PAGE.with_name("intact.txt")
    try:
        path.write_text(text, encoding="utf-8")
        (col,) = clean_sources([read_source(path)])
    finally:
        path.unlink()
    assert col.corrections == ()
    assert [len(a.blocks) for a in col.articles] == [8, 4, 6, 8]


def test_split_articles_keeps_every_line() -> None:
    src = read_source(PAGE)
    col = split_articles(src)
    used = sorted(n for a in col.articles for n in a.head_lines + tuple(x for b in a.blocks for x in b.lines))
    assert used == list(range(len(src.lines)))


def test_a_bracketed_abbreviation_goes_on_from_the_line_before() -> None:
    """`（GACC）…` glosses the name just before it: whatever the short line before looks like (here a
    third head-like line), the glossed line is its rest, with certainty; a bracket of other text is not."""
    lines = ["街坊们说，这样的改造办到了心坎上。", "出口保持增长", "外贸韧性增强", "海关总署",
             "（GACC）日前发布的数据显示，前三季度货物贸易进出口总值同比增长。", "从贸易方式看，一般贸易进出口占比提升。"]
    readings = read(lines)
    assert readings[4].role == "cont" and readings[4].p_cont == pytest.approx(1.0)
    assert readings[3].role in ("para", "cont")
    lines[4] = "（本报记者 王磊）日前发布的数据显示，前三季度货物贸易进出口总值同比增长。"
    assert read(lines)[4].p_cont < 0.999


def test_a_line_stopping_on_a_preposition_is_no_subhead() -> None:
    """`志愿者们还在` ends on a preposition waiting for its object: a short line, but the first of a
    paragraph that goes on in the next line, never a whole subhead."""
    lines = ["晚上九点，槐川县人民公园旁的城市书房里依然灯火通明，不少市民在这里安静地看书。",
             "城市书房开放以来，读者越来越多，成为市民家门口的“充电站”。", "志愿者们还在",
             "每个周末组织亲子阅读活动，把图书送到社区的每一个角落，受到居民欢迎。",
             "“一座城市书房，就是一盏点亮心灵的灯。”槐川县文化和旅游局负责人表示。"]
    assert [r.role for r in read(lines)][2:4] == ["para", "cont"]


@pytest.mark.parametrize("piece, rest", [
    ("开放第一天，记者在书房见到了管理员郑晓", "东。郑晓东说，村里的孩子放学后都爱来这里写作业、读绘本。"),  # a name
    ("放学后，孩子们", "三五成群来书房写作业。孩子们三五成群地来，书房热闹起来；孩子们三五成群地走，书房又安静了。"),  # a phrase
])
def test_a_paragraph_cut_where_the_page_prints_the_words_whole_is_joined(piece: str, rest: str) -> None:
    """A paragraph's first piece, short and with no mark at its end, reads like a subhead; but the characters across
    the break are printed together elsewhere on the page, twice (郑晓 / 东 and 郑晓东; 孩子们 / 三五成群 and 孩子们三五成群):
    the next line is its rest, joined (no dictionary word runs across: the page's own words are the evidence)."""
    lines = ("石桥村书房开放", "□吕娜", "3月9日，桐溪县石桥村城市书房正式开放，藏书八千余册，每天开放到晚上九点。", piece, rest,
             "郑晓东告诉记者，书房还将开设周末读书会。")
    (col,) = clean_sources([Source(path="p.txt", sha256="", encoding="utf-8", lines=lines)])
    (article,) = col.articles
    assert [b.text for b in article.blocks] == [lines[2], piece + rest, lines[5]]
    assert [c.action for c in col.corrections if c.kind == "join"] == ["applied"]


@pytest.mark.parametrize("last", ["管理员郑晓东说，今年还要在石桥村建一座分馆。", "管理员郑晓东说，今年还要在石桥村建一座分馆，让村民在家门口"])
def test_a_signature_on_a_line_of_its_own_goes_on_from_no_line(last: str) -> None:
    """An author's note in brackets (long: an institute and a post) under the last paragraph, whole or not, is a
    paragraph of its own: not the rest of that paragraph, nor the next article's kicker."""
    note = "（作者为槐川县图书馆研究馆员、桐溪县全民阅读促进会常务副会长兼秘书长）"
    lines = ("书房里的新年", "□吕娜", "新年第一天，槐川县城市书房里坐满了读者。", last, note,
             "桐溪县办起农民读书节", "□王川", "9月23日，桐溪县第三届农民读书节开幕，全县十二个乡镇的读书会带来了节目。")
    (col,) = clean_sources([Source(path="p.txt", sha256="", encoding="utf-8", lines=lines)])
    new_year, festival = col.articles
    assert [b.text for b in new_year.blocks] == [lines[2], last, note] and festival.kicker is None


def test_the_line_model_reads_the_pages_own_words_across_a_break() -> None:
    """The tie of the page's own words across a break (`phrase_across`) is one of the line model's features, as the
    dictionary's is: weighed with the rest of the line's shape, not only a rule forbidding a paragraph of its own."""
    lines = ["石桥村书房开放", "□吕娜", "3月9日，记者在石桥村书房见到了郑晓东。", "记者见到了郑晓", "东，他正在整理书架。",
             "郑晓东告诉记者，书房还将开设周末读书会。"]
    assert features(lines)[4].get("phrase_across") == 1.0
    assert "phrase_across" not in features(lines)[5]


@pytest.mark.parametrize("rest", ["的两个难题。设计师反复调整了三次方案，才让读者满意。", "，志愿者们每周都要整理一次书架。"])
def test_a_line_opening_on_a_particle_or_a_closing_mark_goes_on_from_the_line_before(rest: str) -> None:
    """`的两个难题…` and `，…` attach to the words before them: the line is the rest of the one before,
    with certainty, however much the line before looks like a subhead."""
    lines = ["晚上九点，槐川县人民公园旁的城市书房里依然灯火通明，不少市民在这里安静地看书。",
             "城市书房开放以来，读者越来越多，成为市民家门口的“充电站”。", "读者服务和图书管理", rest,
             "“一座城市书房，就是一盏点亮心灵的灯。”槐川县文化和旅游局负责人表示。"]
    reading = read(lines)[3]
    assert reading.role == "cont" and reading.p_cont == pytest.approx(1.0, abs=1e-3)


@pytest.mark.parametrize("opening", ["得了奖，书房的名气也大了起来。", "过了半年，书房的借书量翻了一番。"])
def test_a_paragraph_opening_on_a_verb_with_its_aspect_is_its_own(opening: str) -> None:
    """`…获得全省最美书房称号。` / `得了奖，…`: 得 and 过 are particles that attach to the word before, but with an aspect
    marker after them they are verbs (got a prize, half a year passed) opening a clause: after a full sentence the
    line is a paragraph of its own, not the rest of the one before."""
    lines = ["石桥村书房开放", "□吕娜", "去年，石桥村书房在全省评选中获得“最美乡村书房”称号。", opening,
             "“一座书房，就是一盏点亮心灵的灯。”郑晓东说。"]
    assert read(lines)[3].role == "para"
    assert "cannot_start" not in features(lines)[3]


@pytest.mark.parametrize("head", [("走进城市书房", "·槐川篇", "书香飘进“15分钟生活圈”"), ("走进城市书房·", "槐川篇", "书香飘进“15分钟生活圈”")])
def test_a_title_broken_at_its_middle_dot_is_one_title(head: tuple) -> None:
    """`走进城市书房` / `·槐川篇`: the middle dot joins the parts of a name or a column tag and opens no line, so
    the line is the title's rest, not a title under a kicker."""
    lines = (*head, "□吕娜", "晚上九点，槐川县人民公园旁的城市书房里依然灯火通明，不少市民在这里安静地看书。")
    (article,) = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=lines), "p").articles
    assert (article.kicker, article.title, article.subtitle) == (None, "走进城市书房·槐川篇", head[2])


@pytest.mark.parametrize("bullet", ["▶", "►", "•", "●"])
def test_a_subhead_behind_any_bullet_stays_in_its_article(bullet: str) -> None:
    """`▶ 城里人来“认领”`: papers set their subheads behind bullets of their own (● ■ ◆, ▶ ►, •); whichever, the
    line is a subhead of the article it stands in, not the title of a new one."""
    lines = ("石桥村的“共享菜园”", "□王川",
             "清晨六点，石桥村东头的共享菜园里已经有人在忙活。村民吕娜蹲在地头，仔细地给刚冒芽的青菜浇水。",
             "这片菜园原本是一块闲置地，去年村里把它平整出来，分成三十块，租给想种菜的村民和城里人，每块每年收费两百元。",
             f"{bullet} 城里人来“认领”",
             "“周末带孩子来种菜，孩子知道了菜是怎么长出来的。”从县城来的郑晓东说，他认领了一块地，种上了辣椒和茄子。")
    (article,) = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=lines), "p").articles
    assert [b.type for b in article.blocks] == ["paragraph", "paragraph", "heading", "paragraph"]


def test_a_column_label_on_the_front_line_is_a_kicker() -> None:
    """`阅读一线` names a column (the front line of reading), no count waiting for its noun: the line under it may be
    the title."""
    lines = ["目前，全县已建成城市书房12家，让更多群众搭上阅读快车。", "阅读一线", "一座书房，让石桥村热闹起来", "□吕娜",
             "晚上九点，石桥村的书房里依然灯火通明，不少村民在这里安静地看书。"]
    assert dict(zip(ROLES, _allowed(lines)[2]))["title"]


def test_a_label_in_square_brackets_is_a_kicker_or_a_subhead() -> None:
    """`【走近书房】` sets off a column's or a section's label: the decoder reads it as a head line or a
    subhead, never as body text, however the text around it reads."""
    lines = ["目前，全县已建成城市书房12家，让更多群众搭上阅读快车。", "【走近书房】", "城市书房点亮阅读生活"]
    allowed = dict(zip(ROLES, _allowed(lines)[1]))
    assert {r for r, ok in allowed.items() if ok} == {"head", "title", "heading"}


@pytest.mark.parametrize("above", [None, "该县商务局负责人表示，将加强物流体系建设，打通农产品上行“最后一公里”。"])
@pytest.mark.parametrize("byline", [True, False])
def test_a_label_in_square_brackets_over_a_title_that_asks_and_answers_is_its_kicker(above, byline) -> None:
    """`【书香槐川】` over `城市书房为何冷清？仅靠建房子是不够的`: a title may ask and then answer, so the question ended
    inside the line under the label says no running text (a full stop would). The label is the title's kicker, not a
    subhead over a paragraph, and the title is no paragraph joined to the lead."""
    lines = ([above] if above else []) + ["【书香槐川】", "城市书房为何冷清？仅靠建房子是不够的"] + (["□吕娜"] if byline else []) + [
        "石桥村的城市书房建成两年了，来看书的人却不多。记者走访发现，书房开放时间短、图书更新慢。",
        "槐川县文化馆负责人郑晓东说，下一步将延长开放时间，每月更新图书。"]
    k = 1 if above else 0
    assert dict(zip(ROLES, _allowed(lines)[k]))["head"]
    (col,) = clean_sources([Source(path="p.txt", sha256="", encoding="utf-8", lines=tuple(lines))])
    article = col.articles[-1]
    assert (article.kicker, article.title) == ("【书香槐川】", "城市书房为何冷清？仅靠建房子是不够的")
    assert article.blocks[0].text.startswith("石桥村")


def test_a_box_label_under_a_title_is_a_subhead() -> None:
    """`核心阅读` labels a box of the article's own text: under a title with no byline it is the body's first
    subhead, not the title's subtitle."""
    lines = ["城市书房点亮阅读生活", "核心阅读", "槐川县建成城市书房12家，群众在家门口就能借书读书。",
             "晚上九点，槐川县人民公园旁的城市书房里依然灯火通明，不少市民在这里安静地看书。"]
    allowed = dict(zip(ROLES, _allowed(lines)[1]))
    assert {r for r, ok in allowed.items() if ok} == {"heading"}
    assert [r.role for r in read(lines)][:2] == ["head", "heading"]


@pytest.mark.parametrize(("above", "under", "signed", "roles"), [
    # a box of the article's text
    ("目前，全县已建成城市书房12家。", "采访中，记者的一个深刻感受是：书房要办好，关键看能不能留住读者。", False, {"heading"}),
    # a title under it: the reporter's notes may be a piece of their own; with a byline under the title, they are,
    # whatever the text above ends on, and the title may ask
    ("目前，全县已建成城市书房12家。", "书房的灯，亮到深夜", False, {"heading", "head"}),
    ("目前，全县已建成城市书房12家。", "书房的灯，亮到深夜", True, {"head"}),
    ("目前，全县已建成城市书房12家，让更", "书房的灯为何亮到深夜？", True, {"head"}),
])
def test_a_reporters_box_label_is_a_subhead_or_the_kicker_of_a_piece_of_its_own(above, under, signed, roles) -> None:
    for label in ("记者观察", "记者手记"):
        lines = [above, label, under] + (["□吕娜"] if signed else []) + ["晚上九点，城市书房里依然灯火通明。"]
        assert {r for r, ok in zip(ROLES, _allowed(lines)[1]) if ok} == roles


def test_a_box_label_in_square_brackets_is_a_subhead() -> None:
    """`【延伸阅读】` is a box label in a column's brackets: a subhead of the article, never a kicker of a new one."""
    assert {r for r, ok in zip(ROLES, _allowed(["书房建设蓬勃发展。", "【延伸阅读】", "近年来，各地书房发展很快。"])[1]) if ok} == {"heading"}


@pytest.mark.parametrize("announce", ["会议明确了今年书房建设的三个重点：", "近日，桐溪县出台措施，重点做好以下工作："])
def test_the_items_of_an_announced_list_stay_in_their_article(announce: str) -> None:
    """Items a colon announced, one to a line without a mark (`延长开放时间`), are the article's text: never the
    head of an article of their own, the announcing paragraph flagged as cut short."""
    lines = ("桐溪县推进全民阅读", "□吕娜", "11月28日，桐溪县召开全民阅读推进会。" + announce,
             "延长书房开放时间", "增加新书数量", "办好读书分享会", "县文旅局局长王川说，这些措施明年起实施。")
    (article,) = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=lines), "p").articles
    assert [b.text for b in article.blocks] == list(lines[2:])


@pytest.mark.parametrize("count", [("一是", "二是"), ("——", "——"), ("1.", "2.")])
def test_a_counted_item_cut_by_a_column_break_takes_its_rest(count: tuple) -> None:
    """`——继续扩大覆盖面，` / `今年再建设城市书房10座；`: in a list whose items are counted, a line without the count
    is no item of its own but the rest of the item before it, cut by a column break, and joined to it."""
    lines = ("桐溪县推进全民阅读", "□吕娜", "县文旅局局长王川说，明年将重点做好两件事：", f"{count[0]}继续扩大覆盖面，",
             "今年再建设城市书房10座；", f"{count[1]}丰富阅读活动，每月举办一场读书会。")
    (col,) = clean_sources([Source(path="p.txt", sha256="", encoding="utf-8", lines=lines)])
    (article,) = col.articles
    assert [b.text for b in article.blocks] == [lines[2], lines[3] + lines[4], lines[5]]


@pytest.mark.parametrize("count", [("一是", "二是", "三是"), ("——", "——", "——")])
def test_the_item_closing_its_sentence_ends_the_list(count: tuple) -> None:
    """`——…；` / `——…；` / `——…。`: the item that closes the sentence ends the list, so the short line after it is
    no item of it but the next article's title (over its dateline here), not a subhead of the article above."""
    lines = ("桐溪县推进全民阅读", "□吕娜", "县文旅局局长王川说，明年将重点做好三件事：",
             f"{count[0]}继续扩大覆盖面，再建设城市书房10座；", f"{count[1]}丰富阅读活动，每月举办读书会；",
             f"{count[2]}推进数字化，实现图书通借通还。", "槐川县开展“书香家庭”评选",
             "本报讯（记者 郑晓东）近日，槐川县启动第三届“书香家庭”评选活动，鼓励家庭成员共同阅读。")
    first, second = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=lines), "p").articles
    assert [b.text for b in first.blocks] == list(lines[2:6])
    assert second.title == lines[6] and [b.text for b in second.blocks] == [lines[7]]


@pytest.mark.parametrize("count", [("一是", "二是", "三是"), ("——", "——", "——")])
def test_counted_items_on_lines_of_their_own_are_not_run_together(count: tuple) -> None:
    """`一是…；` / `二是…；` / `三是…。` (or items the dash sets off) under a colon: papers set such items as paragraphs
    as often as they run them on; none is joined to the line before it (the last, short enough to be a sentence's
    end, is put to the editor)."""
    lines = ("桐溪县推进全民阅读", "□吕娜", "县文旅局局长王川介绍，关键在于打通部门之间的数据壁垒：", count[0] + "建设统一的数据共享平台；",
             count[1] + "梳理城市书房的服务清单；", count[2] + "推行电子借书证。", "截至目前，全县已有22座书房实现通借通还。")
    (col,) = clean_sources([Source(path="p.txt", sha256="", encoding="utf-8", lines=lines)])
    assert [b.text for b in col.articles[0].blocks] == list(lines[2:])
    assert not [c for c in col.corrections if c.kind == "join" and c.action == "applied"]


def test_a_colon_that_announces_nothing_makes_no_list() -> None:
    """A head line may end on a colon (专访…：) and a page may be cut after one: with no announcing words and no
    numbered line after it, the lines after a colon are read as the page gives them."""
    from toolkit.lines import list_items

    assert list_items(["专访桐溪县县长王川：", "让书房开到家门口"]) == set()
    assert list_items(["桐溪县召开会议，吴敏说：", "书房里的新年", "□吕娜"]) == set()
    assert list_items(["会议提出：", "1.延长开放时间", "2.增加新书", "县长王川说，明年起实施。"]) == {1, 2}


@pytest.mark.parametrize("line", ["书房的好日子是读出来的", "书房开到家门口是群众盼着的", "一、书房从零起步",
                                  "二、让群众看到真相"])
def test_a_line_closing_a_copula_statement_may_be_a_subhead(line: str) -> None:
    """The 的 that closes a 是…的 statement waits for nothing: the line is a whole sentence, and may be a subhead."""
    lines = ["目前，全县已建成城市书房12家，让更多群众搭上阅读快车。", line, "进驻之初，不少居民不理解。"]
    assert dict(zip(ROLES, _allowed(lines)[1]))["heading"]


@pytest.mark.parametrize("line", ["据了解，以", "日本《", "“社区物业", "如今78岁的", "随着书房越来越", "书房的第一步是",
                                  "书房的借阅量要", "石桥村的书房今后会", "石桥村的雾还没", "书房建设：让",
                                  "今年，书房里又添了一台", "石桥村引进一批", "城市书房开到家门口，这些",
                                  # 多 (many) counts as a numeral does before its measure
                                  "槐川县城市书房推出多项",
                                  # a verb's 一 alone: its measure and noun are to come
                                  "吕娜十年磨一"])
def test_a_line_left_dangling_is_no_subhead(line: str) -> None:
    """A line that stops on a preposition, an opening mark, a particle whose head word is to come or an
    adverb whose verb is, on the copula, a modal verb, a causative or 没, on a count or a demonstrative whose noun is
    to come (一台, 一批, 这些),
    or leaves a quotation open, goes on in the next line: the decoder never reads it as a whole subhead."""
    lines = ["目前，全县已建成城市书房12家，让更多群众搭上阅读快车。", line, "进驻之初，不少居民不理解。"]
    assert not dict(zip(ROLES, _allowed(lines)[1]))["heading"]


@pytest.mark.parametrize("line", ["扎根石桥村三十年", "书房就在这里", "借阅量一年翻了两番", "从十只羊到五百只", "书房新增座位200个", "迈出第一个", "村民一个个",
                                  "扎根阅读一线", "书房造福一方", "争当全县第一", "全省十大书房之一", "城乡书房合二为一",
                                  # a little after an adjective says how much more (更近一些), counting no noun
                                  "让书房离群众更近一些", "借书再快一点",
                                  # …and after its noun it closes the phrase as a numeral does (好事一件)
                                  "书房的好事多件",
                                  # the meeting 开 holds (开会, 开短会) is no modal 会 waiting for its verb
                                  "中午：书房门口开短会", "志愿者开了个碰头会"])
def test_a_count_that_closes_its_phrase_leaves_nothing_dangling(line: str) -> None:
    """A count after its noun, after the same measure with its noun, of time, ordinal or said twice, or 一 with a
    measure naming a place or a whole (一线, the front line), or 一些 after an adjective waits for nothing."""
    from toolkit.lines import left_dangling

    assert not left_dangling(line)


@pytest.mark.parametrize("line", ["全县建成城市书房12家。其中乡镇书房", "书房里坐满了人！有人在", "谁来管？社区"])
def test_a_line_that_ends_a_sentence_and_goes_on_is_no_subhead(line: str) -> None:
    """A subhead is one phrase: a line holding a sentence's end with words after it is running text, read as a
    paragraph (or its rest), never as a subhead, however short."""
    lines = ["目前，全县已建成城市书房12家，让更多群众搭上阅读快车。", line, "进驻之初，不少居民不理解。"]
    assert not dict(zip(ROLES, _allowed(lines)[1]))["heading"]


@pytest.mark.parametrize("line", ["所幸，这些", "住在书房旁的老人，一次", "县文旅局表示，要"])
def test_a_clause_too_short_for_a_subhead_beside_a_comma_is_no_subhead(line: str) -> None:
    """A subhead that runs over a comma pairs phrases of some weight; two or three characters beside the comma
    are a paragraph's first words broken off by a column break."""
    lines = ["目前，全县已建成城市书房12家，让更多群众搭上阅读快车。", line, "都没有难倒社区的志愿者们。"]
    assert not dict(zip(ROLES, _allowed(lines)[1]))["heading"]


def test_a_line_whose_next_opens_on_the_copula_is_no_subhead() -> None:
    """`是` opening a line takes its subject from the line before: that line is no subhead (a section's first
    sentence has a subject of its own), and the copula's line may still open a paragraph (a lost start)."""
    lines = ["目前，全县已建成城市书房12家，让更多群众搭上阅读快车。", "书房的第一道工序", "是选址。选址要方便群众。"]
    allowed = _allowed(lines)
    assert not dict(zip(ROLES, allowed[1]))["heading"] and dict(zip(ROLES, allowed[2]))["para"]
    replies = ["目前，全县已建成城市书房12家，让更多群众搭上阅读快车。", "把书房建在家门口", "是啊，群众都说好。"]
    assert dict(zip(ROLES, _allowed(replies)[1]))["heading"]


@pytest.mark.parametrize("rest", ["表示，书房明年再添三千册新书。", "下车，吕娜一眼就看见了书房的招牌。",
                                  "撤离，石桥村的书房照常开放。", "认为，“书房要办到群众心坎上”。"])
def test_a_line_whose_next_opens_on_a_verb_alone_is_no_subhead(rest: str) -> None:
    """A verb alone before a comma opening a line (`表示，`) has its subject on the line before (…县文旅局负责人 /
    表示，): that line is a paragraph's first words a column break cut off, no subhead, and the verb's line no head."""
    lines = ["目前，全县已建成城市书房12家，让更多群众搭上阅读快车。", "槐川县文旅局负责人", rest]
    allowed = _allowed(lines)
    assert not dict(zip(ROLES, allowed[1]))["heading"] and not dict(zip(ROLES, allowed[2]))["heading"]


@pytest.mark.parametrize("rest", ["记得，那年冬天书房刚开张。", "据统计，书房一年借出图书三万册。", "读书，让石桥村的日子更有滋味。",
                                  "创新，是书房办下去的底气。", "坚持，永远是书房最好的答案。", "签约，只是书房的第一步。"])
def test_a_verb_that_takes_the_clause_after_it_or_is_its_topic_leaves_a_subhead_alone(rest: str) -> None:
    """A verb that takes the clause after it as its object (记得, 据统计) opens a paragraph of its own, and so does one
    that is the topic of the clause after it (读书，让…; 创新，是…; 坚持，永远…; 签约，只是…): the line over it may be a
    subhead."""
    lines = ["目前，全县已建成城市书房12家，让更多群众搭上阅读快车。", "书房里的新年", rest]
    assert dict(zip(ROLES, _allowed(lines)[1]))["heading"]


def test_a_paragraph_cut_before_its_verb_is_joined_not_read_as_a_subhead() -> None:
    """End to end: the first words of a paragraph, cut by a column before its verb (`…管理员孟庆华` / `表示，…`), under
    an article with subheads, are joined to their rest, not made a subhead."""
    lines = ("石桥村有了城市书房", "□ 本报记者 吕娜", "槐川县石桥村的城市书房开放一年来，每天都有村民来这里看书。", "书房里的新年",
             "“以前想看书得跑到县城，现在家门口就能借。”村民王秀兰说。书房的图书由县图书馆统一配送。", "书房的管理员孟庆华",
             "表示，书房明年还要再添三千册新书，让村民借到更多好书。", "孩子们的课外课堂",
             "放学后，孩子们常来书房写作业，志愿者也会来给他们讲故事。书房的灯每天亮到晚上九点。",
             "五年级学生吕小禾说，她最喜欢书房里讲太空的那几本书，已经借了好几遍。")
    (col,) = clean_sources([Source(path="p.txt", sha256="", encoding="utf-8", lines=lines)])
    (article,) = col.articles
    paragraphs = [b.text for b in article.blocks if b.type == "paragraph"]
    assert "书房的管理员孟庆华表示，书房明年还要再添三千册新书，让村民借到更多好书。" in paragraphs
    assert [b.text for b in article.blocks if b.type == "heading"] == ["书房里的新年", "孩子们的课外课堂"]


def test_the_line_above_a_byline_is_a_head_line() -> None:
    """The byline marked with □ sits right under its article's head: a title broken in two and shaped like a
    paragraph's end and start (`…，全` / `民阅读…`) is read as the head it is, never as body text."""
    lines = ("槐川县", "城市书房点亮阅读生活", "□吕娜", "目前，全县已建成城市书房12家，让更多群众搭上阅读快车。",
             "书香浸润城乡，全", "民阅读蔚然成风", "□郑晓东", "进驻之初，不少居民不理解。")
    roles = [r.role for r in read(lines)]
    assert roles[4] in ("head", "title") and roles[5] in ("title", "title+") and roles[6] == "byline"
    col = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=lines), "p")
    assert [a.title for a in col.articles] == ["城市书房点亮阅读生活", "书香浸润城乡，全民阅读蔚然成风"]
    # a paragraph's end run together with the title (a layout without paragraph marks) is no head line
    merged = ("槐川县", "城市书房点亮阅读生活", "□吕娜", "目前，全县已建成城市书房12家。书香浸润城乡，全民阅读蔚然成风",
              "□郑晓东", "进驻之初，不少居民不理解。")
    assert dict(zip(ROLES, _allowed(merged)[3]))["para"]
    # …nor when the title run in asks, under the article's byline: a deck stands under its title, not a byline
    asked = merged[:3] + ("目前，全县已建成城市书房12家。书房为何受欢迎？", *merged[4:])
    allowed = dict(zip(ROLES, _allowed(asked)[3]))
    assert allowed["para"] and not any(allowed[r] for r in HEAD_ROLES)


def test_a_deck_of_sentences_between_its_title_and_the_byline_is_the_subtitle() -> None:
    """Some papers set a deck of two sentences under the title, over the □ byline: it holds a full stop with more after
    it, as a paragraph's end run together with a title does, but it ends on a sentence's mark under a line shaped like
    a title, where the run-together line ends on the title's words (the test above)."""
    deck = "从社区角落到县城广场，槐川县的城市书房已有12家。怎样让书房“建得好”也“用得好”？"
    lines = ("郑晓东说，书房明年还要再添一千册书。", "“把书房办成居民的第二个客厅”", deck, "□吕娜",
             "近年来，城市书房在槐川县越来越多，读者也从老人扩大到年轻人。")
    col = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=lines), "p")
    article = col.articles[-1]
    assert (article.title, article.subtitle, article.byline) == ("“把书房办成居民的第二个客厅”", deck, ("吕娜",))
    assert [b.text for b in article.blocks] == [lines[4]]


def test_rules_that_contradict_each_other_across_lines_leave_the_page_its_reading() -> None:
    """An article cut inside a word (…注入了创) above the next one's title (新书房…, a word across the break: the line
    may only be a paragraph's or a title's rest) with its □ byline under it (a head line, no paragraph's rest): no
    role is left that a paragraph may step to. That one line is then weighed by the model; the rest of the page
    keeps its reading (with no path left every line had probability 0, and the page fell into one article)."""
    lines = ["书房开到家门口", "□吕娜",
             "槐川县在县城建起一批小书房，全县的书房已有三十多家。图书馆还把书房开进了石桥村，为村民读书提供了方便。"
             "书房里的图书每月更新一次，村民在家门口就能借到新书，孩子们放学后也有了读书的地方，也为乡村文化建设注入了创",
             "新书房点亮石桥村", "□郑晓东", "桐溪县的乡村书房建设走在了全省前列。今年以来，全县新建书房二十家。",
             "“书房让村里的孩子有了好去处。”王川说。"]
    assert not any(_allowed(lines)[3][ROLES.index(r)] for r in ("head", "para"))  # the contradiction, as the rules read it
    readings = read(lines)
    assert all(r.confidence > 0.9 for r in readings)
    assert [r.role for r in readings[4:]] == ["byline", "para", "para"]


@pytest.mark.parametrize(("byline", "names"), [("本报记者 吕娜 郑晓东", ("吕娜", "郑晓东")),
                                              ("本报记者吕娜 本报通讯员郑晓东", ("吕娜", "郑晓东")), ("记者 吕娜", ("吕娜",)),
                                              ("本报记者 吕娜 实习生 郑晓东", ("吕娜", "郑晓东")), ("特约撰稿 吕娜", ("吕娜",)),
                                              ("■ 本报记者 吕娜", ("吕娜",)), ("◎本报记者 吕娜 郑晓东", ("吕娜", "郑晓东")),
                                              # provincial papers' reporters for all their media
                                              ("槐川日报全媒体记者 吕娜", ("吕娜",)), ("融媒体记者 吕娜 通讯员 郑晓东", ("吕娜", "郑晓东")),
                                              ("本报驻巴黎记者 吕娜 郑晓东", ("吕娜", "郑晓东"))])  # correspondents
def test_a_reporters_title_before_names_is_a_byline_without_its_mark(byline: str, names: tuple) -> None:
    """Papers print the byline as `本报记者 王川` as often as with □, some after a bullet of their own (`■ 本报记者
    王川`): it is the byline, its names without the title, and under a whole article it opens the next one."""
    head = ("槐川县", "城市书房点亮阅读生活", byline, "走进槐川县石桥镇，村道干净整洁，城市书房就在村委会旁边。")
    before = ("石桥村书房的新变化", "□郑晓东", "今年以来，石桥村书房每月举办读书会，村民参与热情很高。",
              "◆ 下一步怎么走", "村里打算把书房开到晚上九点，让上班的年轻人也能来。")
    assert {r for r, ok in zip(ROLES, _allowed(head)[2]) if ok} == {"byline"}  # in brackets, also a closing paragraph
    for lines in (head, before + head[1:]):
        assert [r.role for r in read(lines)][len(lines) - 2] == "byline"
        *_, article = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=lines), "p").articles
        assert article.title == head[1] and article.byline == names and article.subtitle is None


def test_the_line_above_a_dateline_is_no_subhead() -> None:
    """A dateline opens an article's lead, never a section: the line above it is a head line (a title alone going
    straight into its lead), and a closing dateline in brackets says nothing of the line above it."""
    lines = ["目前，全县已建成城市书房12家，让更多群众搭上阅读快车。", "书香浸润城乡", "本报槐川3月2日电  全县又建成城市书房8家。"]
    assert not dict(zip(ROLES, _allowed(lines)[1]))["heading"]
    closing = lines[:2] + ["（本报槐川3月2日电）"]
    assert dict(zip(ROLES, _allowed(closing)[1]))["heading"]


def test_a_subtitle_is_one_phrase_too() -> None:
    lines = ["城市书房点亮阅读生活", "全县建成城市书房12家。其中乡镇书房8家", "进驻之初，不少居民不理解。"]
    allowed = dict(zip(ROLES, _allowed(lines)[1]))
    assert not allowed["subtitle"] and not allowed["heading"] and allowed["para"]


@pytest.mark.parametrize("line", ["一、书房开到家门口", "（一）书房开到家门口", "①书房开到家门口"])
def test_a_numbered_line_under_a_title_is_none_of_its_head(line: str) -> None:
    """A section number opens a subhead or a list item of the text: under a title it is neither the title's rest,
    a subtitle nor a byline, whatever else it looks like."""
    lines = ["城市书房点亮阅读生活", line, "目前，全县已建成城市书房12家，让更多群众搭上阅读快车。"]
    allowed = dict(zip(ROLES, _allowed(lines)[1]))
    assert not any(allowed[r] for r in ("title", "title+", "subtitle", "byline")) and allowed["heading"]
    assert dict(zip(ROLES, _allowed(["城市书房点亮阅读生活", "书房开到家门口", lines[2]])[1]))["subtitle"]


@pytest.mark.parametrize("line", ["县文旅局相关负责人表示，下一步将在", "据介绍，书房由社区志愿者", "馆长告诉记者，书房", "吕娜坦言：",
                                  "据了解，全县有书房12家", "据报道，书房"])
def test_a_line_that_reports_speech_is_running_text(line: str) -> None:
    """A reporting verb before a comma or a colon attributes what follows to a speaker: body text, never a head
    line nor a subhead, however short the line; a □ byline under it still makes it a head."""
    lines = ["目前，全县已建成城市书房12家，让更多群众搭上阅读快车。", line, "书香浸润城乡", "□吕娜"]
    allowed = dict(zip(ROLES, _allowed(lines)[1]))
    assert allowed["para"] and not any(allowed[r] for r in HEAD_ROLES + ("heading",))
    assert dict(zip(ROLES, _allowed(lines[:2] + ["□吕娜"])[1]))["title"]
    assert not reports("一部小说，一座城") and not reports("槐川县：城市书房") and not reports("依据了解，书房")


def test_a_line_of_three_clauses_stopping_on_no_mark_opens_no_head() -> None:
    """`看完书后，72岁的吕娜拿着借书卡，脸上`: running text cut short over the next article's title, not the kicker over
    it; a kicker of clauses ends on the dash or a question mark, and one of two clauses still opens a head."""
    lines = ["目前，全县已建成城市书房12家，让更多群众搭上阅读快车。", "看完书后，72岁的吕娜拿着借书卡，脸上", "书香浸润城乡", "□王川",
             "槐川县石桥村的农家书房里坐满了放学的孩子。"]
    assert not dict(zip(ROLES, _allowed(lines)[1]))["head"]
    assert [r.role for r in read(lines)][1:4] == ["para", "head", "byline"]
    assert dict(zip(ROLES, _allowed([lines[0], "千年古镇石桥，连办26届读书节", *lines[2:]])[1]))["head"]


def test_a_line_opening_on_the_copula_goes_on_from_the_line_before() -> None:
    """`是…` has its subject on the line before: under a title it is the title's rest (…仅靠建书房 / 是不够的), no
    subtitle, and it opens no head line nor subhead anywhere."""
    lines = ["全民阅读仅靠建书房", "是不够的", "□吕娜", "进驻之初，不少居民不理解。"]
    allowed = {r for r, ok in zip(ROLES, _allowed(lines)[1]) if ok}
    assert "title+" in allowed and not allowed & {"head", "title", "subtitle", "byline", "heading"}


@pytest.mark.parametrize("line", ["本报槐川3月2日电  （记者吕娜）全县又建成", "新华社电  全县又建成城市书房12家。", "（本报槐川3月2日电）",
                                  "人民网槐川3月2日电  全县又建成城市书房12家。", "槐川日报槐川3月2日讯（记者 吕娜）全县又建成",
                                  "槐川晚报讯（记者 吕娜）全县又建成城市书房12家。", "槐川网消息：全县又建成城市书房12家。"])
def test_a_dateline_opens_a_paragraph_never_goes_on_with_the_line_before(line: str) -> None:
    """A lead box that ends on no mark (`…群众读书更方便`) is followed by the dateline that opens the article's
    text: the decoder never reads the dateline as the rest of the line before."""
    lines = ["城市书房点亮阅读生活", "全县建成城市书房12家，群众读书更方便", line]
    assert {r for r, ok in zip(ROLES, _allowed(lines)[2]) if ok} == {"para", "byline"}


def test_a_sections_number_alone_over_its_subhead_is_its_head() -> None:
    """`2` / `管理难题待破解` between paragraphs: a section's number set alone over its subhead, as some papers print it; both
    are the section's head lines, whatever the model makes of a digit. A number alone opening the page is its folio."""
    lines = ["乡村书房如何“建得起、管得好”", "□王川", "近年来，各地乡村书房建设蓬勃发展，为农民群众提供了家门口的阅读空间。", "1",
             "书房里的新变化", "走进石桥村书房，书架上的新书摆得整整齐齐，几名小学生正趴在桌上写作业。", "2", "管理难题待破解",
             "不少村干部坦言，书房建起来容易，管起来难。有的书房常年锁门，有的图书多年未更新。"]
    assert [r.role for r in read(lines)][3:] == ["heading", "heading", "para", "heading", "heading", "para"]
    assert read(["4", "书房里的新变化", "走进石桥村书房，书架上的新书摆得整整齐齐。"])[0].role != "heading"


def test_a_report_kind_label_over_numbered_sections_heads_them() -> None:
    """`一线见闻` / `（一）…` after a paragraph's end: the label names a part of the article above, its sections numbered
    under it. No title is numbered, so the label is no kicker of a new article. Over a title it still is one."""
    lines = ["石桥村的变化", "□吕娜", "槐川县石桥村近年来大力推进人居环境整治，村里的道路变宽了，路灯也亮了起来。",
             "不到一年，村里就建起了两座文化广场。村民王川说：“现在晚上出来散步的人多了。”", "一线见闻", "（一）网格员多了一重身份",
             "槐川县共划分了300多个网格，每个网格都有专职网格员。他们走街串巷，了解社情民意。", "（二）线上流转 线下联动",
             "网格员发现问题后，通过手机上报，相关部门在两天内就能到现场处理。"]
    assert [r.role for r in read(lines)][4:] == ["heading", "heading", "para", "heading", "para"]
    lines[5] = "网格员多了一重身份"
    assert read(lines)[4].role == "head"


def test_a_wire_storys_title_after_its_dateline_heads_it() -> None:
    """新华社…电 题：… / 新华社记者 王川 吴敏 / lead: the title is what follows 题：, and the dateline opens the lead, as one
    printed there does; a second story after the first one's end is read the same way. Nothing of the line is lost."""
    lines = ("新华社槐川12月1日电 题：石桥村的“幸福密码”", "新华社记者 王川 吴敏",
             "初冬的石桥村，阳光洒在整洁的村道上。村口的文化广场上，几位老人正在下棋。",
             "“这几年村里变化太大了。”村民郑晓东说，如今水泥路通到了家门口，路灯也亮了起来。",
             "新华社槐川12月2日电题：槐川县新建乡村书房86个", "截至11月底，槐川县已建成乡村书房86个，实现行政村全覆盖。")
    col = split_articles(Source("wire.txt", "0" * 64, "utf-8", lines))
    assert [(a.title, a.byline) for a in col.articles] == [("石桥村的“幸福密码”", ("王川", "吴敏")),
                                                           ("槐川县新建乡村书房86个", ())]
    assert [b.text for b in col.articles[0].blocks] == ["新华社槐川12月1日电 " + lines[2], lines[3]]
    assert col.articles[1].blocks[0].text == "新华社槐川12月2日电 " + lines[5]


@pytest.mark.parametrize(("opening", "rest"), [
    ("让老手艺", "焕发新生，剪纸、面塑、糖画摊前围满了人。连办十年的灯会，如今成了石桥村的新年俗。"),  # a causative and its causee
    ("为了让游客看得尽兴，吴福来把", "灯会的开放时间延长到了晚上十点，还在村口加设了停车场。"),  # 把 waits for its object
    ("石桥村文化站站长郑晓东", "说，下一步将把灯会办得更有特色，让更多游客来石桥村过元宵。"),  # 说 under its speaker
])
def test_a_paragraphs_opening_cut_short_is_no_subhead(opening: str, rest: str) -> None:
    """A column break right after a paragraph's first words leaves a short line that ends on no mark: not a subhead where
    it cannot stand alone, the rest on the next line joined to it."""
    from toolkit.pipeline import clean_sources

    lines = ("石桥村的新变化", "□吕娜", "元宵前后，石桥村又热闹了起来。灯会、庙会轮番登场，吸引了不少游客。", opening, rest)
    (col,) = clean_sources([Source("p.txt", "0" * 64, "utf-8", lines)])
    (article,) = col.articles
    assert [(b.type, b.text) for b in article.blocks][1:] == [("paragraph", opening + rest)]


def test_a_line_an_aside_explains_is_running_text() -> None:
    """`明确“三清一改”` / `（清理垃圾、疏通沟渠…）标准，…`: the aside explains the term right above it, so that line is a
    sentence's words, no subhead nor a new article's title, and the aside's line goes on from it."""
    lines = ["石桥村人居环境整治见成效", "□吕娜", "今年以来，石桥村大力开展人居环境整治，村容村貌焕然一新。村里还成立了保洁队，每天清扫村道。",
             "明确“三清一改”", "（清理垃圾、疏通沟渠、清除杂物，改变陋习）标准，村民人人参与。"]
    assert [r.role for r in read(lines)][3:] == ["para", "cont"]


def test_the_pages_first_line_is_no_subhead() -> None:
    """A subhead needs text of its article above it: a short line opening the page is a title over its lead."""
    lines = ["书香石桥", "石桥村的书房开在村委会旁边，每天开放十个小时。", "今年以来，书房每月举办读书会，村民参与热情很高。"]
    assert not dict(zip(ROLES, _allowed(lines)[0]))["heading"]
    assert [r.role for r in read(lines)] == ["head", "para", "para"]


@pytest.mark.parametrize("line", ["把书房建在家门口", "开栏的话", "长久", "春天来了", "实事求是", "书房开了，人来了", "谁来管书房？"])
def test_a_subhead_may_end_on_a_noun_a_verb_or_stand_as_one_adverb(line: str) -> None:
    lines = ["目前，全县已建成城市书房12家，让更多群众搭上阅读快车。", line, "进驻之初，不少居民不理解。"]
    assert dict(zip(ROLES, _allowed(lines)[1]))["heading"]


@pytest.mark.parametrize("head", ["槐川县：", "槐川县：城市书房"])
def test_a_head_line_holding_a_colon_is_no_kicker(head: str) -> None:
    """A title may hold a colon (5 of the labelled 52 do), a kicker never does (none of 26): after a head line
    holding one comes the rest of its title, broken over two lines, never a title under a kicker."""
    lines = ["目前，全县已建成城市书房12家，让更多群众搭上阅读快车。", head, "点亮阅读生活"]
    allowed = dict(zip(ROLES, _allowed(lines)[2]))
    assert not allowed["title"] and allowed["title+"]


@pytest.mark.parametrize(("head", "rest", "broken"), [("城市书房点亮阅读生", "活", True), ("城市书房建在社区门", "口", True),
                                              ("描绘美丽乡", "村新画卷", True), ("农机进田间", "合作社播种忙", False)])
def test_a_word_across_two_head_lines_makes_the_second_the_rest_of_a_title(head: str, rest: str, broken: bool) -> None:
    """A kicker and its title, a title and its subtitle, a title and its byline never share a word across the
    break: the line after one that ends inside a word is the rest of a title broken in two, even where the
    first piece ends on a place's unit (描绘美丽乡 / 村新画卷: 乡村)."""
    lines = ["目前，全县已建成城市书房12家，让更多群众搭上阅读快车。", head, rest, "□吕娜"]
    allowed = dict(zip(ROLES, _allowed(lines)[2]))
    assert allowed["title"] is allowed["subtitle"] is allowed["head"] is allowed["byline"] is not broken
    assert allowed["title+"]


@pytest.mark.parametrize(("head", "rest"), [("让非", "遗走进槐川县城市书房"), ("推进碳达", "峰要算好槐川账"),
                                          ("一季度槐川县小", "微企业贷款增长较快")])
def test_a_title_broken_inside_a_word_of_the_news_is_one_title(head: str, rest: str) -> None:
    """`让非` / `遗走进…`: jieba's dictionary (2012) lacks 非遗, 碳达峰, 小微, and read each piece as whole words (a
    kicker over its title); with the words of the news it lacks (`data/words.txt`) the word runs across the break."""
    lines = ["目前，全县已建成城市书房12家，让更多群众搭上阅读快车。", head, rest, "□吕娜",
             "槐川县城市书房里，传承人吕娜正在教孩子们剪纸。"]
    assert not dict(zip(ROLES, _allowed(lines)[2]))["title"]
    assert [r.role for r in read(lines)][1:4] == ["head", "title+", "byline"]


def test_a_name_shaped_line_over_a_unit_of_government_is_a_place_not_a_byline() -> None:
    """`吕川` / `县城市书房开放到几点？`: a surname and a character look like a bare name, but the line under opens on
    县, which makes them a place's name (吕川县): a title broken after the place, not its author."""
    lines = ["目前，全县已建成城市书房12家，让更多群众搭上阅读快车。", "书房观察", "吕川", "县城市书房开放到几点？", "□吴敏",
             "晚上九点，吕川县人民公园旁的城市书房里依然灯火通明，不少市民在这里安静地看书。"]
    assert [r.role for r in read(lines)][1:5] == ["head", "title", "title+", "byline"]


def test_a_character_and_its_copy_across_the_break_are_no_word_across_it() -> None:
    """`槐川市桐溪县` / `县医院开到家门口`: jieba reads 县县 (every county) across the break, but the place closes on its
    unit and the title opens on the next: a kicker over its title."""
    lines = ["目前，全县已建成城市书房12家，让更多群众搭上阅读快车。", "槐川市桐溪县", "县医院开到家门口", "□吕娜"]
    assert dict(zip(ROLES, _allowed(lines)[2]))["title"]
    assert [r.role for r in read(lines)][1:4] == ["head", "title", "byline"]


@pytest.mark.parametrize(("before", "rest"), [("今年冬天，槐川县城关镇新建的城市书", "房正式开放。居民们说，书房离家近。"),
                                           ("石桥村的书房，吕娜和郑晓东把它建在了村文化广", "场旁边。书房开放时间长，借书也方便。")])
def test_a_line_a_word_runs_into_is_the_rest_of_the_line_before(before: str, rest: str) -> None:
    """`…新建的城市书` / `房正式开放。…`: a word runs across the break, so the line is the rest of the one before
    (a paragraph's or a title's), never a paragraph of its own under a subhead, whatever the line before looks like."""
    lines = ["目前，全县已建成城市书房12家，让更多群众搭上阅读快车。", before, rest]
    assert {r for r, ok in zip(ROLES, _allowed(lines)[2]) if ok} <= {"cont", "title+"}
    assert [r.role for r in read(lines)][1:] == ["para", "cont"]


@pytest.mark.parametrize("before", ["城市书房点亮“", "目前，全县书房成了居民的“"])
def test_a_line_closing_the_quotation_the_line_before_opened_is_its_rest(before: str) -> None:
    """`…“` / `书香槐川”…`: the line closes a quotation the line before left open, so it goes on from it (a
    paragraph's rest or a title's), never opens a head line of its own, whatever its shape (over a □ byline, which
    stands under a head line, a title's rest)."""
    lines = ["目前，全县已建成城市书房12家，让更多群众搭上阅读快车。", before, "书香槐川”，全民阅读蔚然成风", "□吕娜"]
    assert {r for r, ok in zip(ROLES, _allowed(lines)[2]) if ok} == {"title+"}
    assert {r for r, ok in zip(ROLES, _allowed(lines[:3])[2]) if ok} == {"cont", "title+"}
    closed = lines[:1] + ["城市书房点亮“书香槐川”"] + lines[2:]
    assert dict(zip(ROLES, _allowed(closed)[2]))["head"]


@pytest.mark.parametrize(("head", "place"), [("临溪市东关区", True), ("莒南县大店镇", True), ("桐溪县城关街道", True),
                                             ("打造宜居城市", False), ("城市书房里", False), ("槐川县的书房", False)])
def test_a_place_line_is_no_broken_title(head: str, place: bool) -> None:
    """A line that is a place's whole name, down to an administrative unit, is complete in itself (a kicker):
    the line under it is a title, never the rest of a title broken after the place."""
    lines = ["目前，全县已建成城市书房12家，让更多群众搭上阅读快车。", head, "点亮阅读生活", "□吕娜"]
    allowed = dict(zip(ROLES, _allowed(lines)[2]))
    assert allowed["title+"] is not place and allowed["title"]


@pytest.mark.parametrize("label", ["理论·实践", "镜头·秋收", "二十四节气·白露"])
def test_a_column_label_with_the_middle_dot_is_no_broken_title(label: str) -> None:
    """`镜头·秋收` over a title: a column's label of two names joined by the middle dot is complete, a kicker; the
    line under it is its title, never the rest of a title broken after it."""
    from toolkit.lines import column_label

    lines = ["目前，全县已建成城市书房12家，让更多群众搭上阅读快车。", label, "稻浪金黄收割忙", "桐溪县中稻进入收获期", "□吕娜"]
    assert not dict(zip(ROLES, _allowed(lines)[2]))["title+"]
    assert [r.role for r in read(lines)][1:5] == ["head", "title", "subtitle", "byline"]
    assert not column_label("约翰·史密斯的中国缘") and not column_label("镜头·")


@pytest.mark.parametrize(("line", "place"), [("槐川县石坪镇", True), ("枫渡县", True), ("小蘑菇撑起山乡", False),
                                             ("墨香浸润石桥村", False)])
def test_a_place_line_holds_no_verb(line: str, place: bool) -> None:
    """A place's name holds no verb of two characters or more (a title ending on a place does: 撑起, 浸润); the lone
    characters of a name the dictionary lacks may read as one (枫渡县)."""
    from toolkit.lines import place_line

    assert place_line(line) is place


def test_a_short_title_start_under_a_place_kicker_goes_on() -> None:
    """`槐川县石坪镇` / `小蘑菇` / `撑起山乡增收“大伞”` / `□吕娜`: no title is three characters long, so under the
    kicker the short line is the title's start and the next its rest, not a subtitle."""
    lines = ["目前，全县已建成城市书房12家，让更多群众搭上阅读快车。", "槐川县石坪镇", "小蘑菇", "撑起山乡增收“大伞”", "□吕娜",
             "本报讯 深秋时节，走进槐川县石坪镇，一排排大棚里，香菇长势喜人。"]
    assert [r.role for r in read(lines)][1:5] == ["head", "title", "title+", "byline"]


def test_the_head_line_under_a_place_kicker_is_the_title() -> None:
    """`老挝万象省班塔仑村` / `湄公河畔稻花香` / its lead: a place's whole name is the kicker, no title (a title says what
    happened there), so the line under it is the title, not a subtitle; a line opening on the dash under a title that
    ends on a unit's character (`书声飘满石桥村`, a place's name by its last word) is a subtitle by its form."""
    def head(*lines: str) -> tuple[str | None, str, str | None]:
        page = ("“书房就是她的第二个家。”村支书王川说。", *lines)
        a = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=page), "p").articles[-1]
        return a.kicker, a.title, a.subtitle

    lead = ("清晨，班塔仑村的稻田里，村民们正弯腰插秧。", "今年，村里的水稻亩产比去年提高了两成。")
    assert head("老挝万象省班塔仑村", "湄公河畔稻花香", *lead) == ("老挝万象省班塔仑村", "湄公河畔稻花香", None)
    lead = ("晚上九点，石桥村的书房里依然灯火通明。", "管理员吕娜说，书房每天开到十点。")
    assert place_line("书声飘满石桥村")
    assert head("槐川县石桥村", "书声飘满石桥村", "——槐川县农家书房建设见闻", "□吴敏", *lead) == (
        "槐川县石桥村", "书声飘满石桥村", "——槐川县农家书房建设见闻")
    assert not _allowed(("槐川县石桥村", "书房点亮乡村夜", "□吴敏"))[1][ROLES.index("subtitle")]


def test_a_byline_quotes_nothing() -> None:
    """A title's rest over the □ byline (`增收“大伞”`) is no byline: a byline lists names and quotes nothing."""
    lines = ["目前，全县已建成城市书房12家，让更多群众搭上阅读快车。", "槐川县石坪镇", "小蘑菇撑起山乡", "增收“大伞”", "□吕娜",
             "本报讯 深秋时节，走进槐川县石坪镇，一排排大棚里，香菇长势喜人。"]
    assert not dict(zip(ROLES, _allowed(lines)[3]))["byline"]
    assert [r.role for r in read(lines)][1:5] == ["head", "title", "title+", "byline"]


def test_no_head_stands_right_under_another() -> None:
    """An article's last paragraph cut short at the column's foot (`离开时，我` / `轻轻掩上木门，没`) right above the next
    article's kicker is that article's text: a paper prints no head without text under it, so a head never follows
    a head line."""
    from toolkit.lines import HEAD_LINES, _may_follow

    assert not any(_may_follow(line, "head") for line in HEAD_LINES)
    lines = ["今年清明回乡，推开老屋斑驳的木门，屋里落满了灰尘，院子里长出了半人高的野草。",
             "那一刻，我的眼眶湿润了。人会老去，房子会老去，可燕子依然记得回家的路。", "离开时，我", "轻轻掩上木门，没",
             "数说经济", "前三季度槐川市经济运行稳中向好", "地区生产总值同比增长5.8%，高于全省平均水平",
             "本报讯 10月24日，槐川市统计局发布前三季度全市经济运行数据。初步核算，全市实现地区生产总值2846.3亿元。"]
    assert [r.role for r in read(lines)][2:] == ["para", "cont", "head", "title", "subtitle", "para"]


def test_an_idiom_ending_on_a_verb_of_motion_is_a_whole_subhead() -> None:
    """`■“老朋友”如约而至`: 而 joins the manner to 至 (arrives), which ends the line's predicate; jieba's preposition
    至 would leave it dangling, as `…对于` does."""
    from toolkit.lines import left_dangling

    assert not left_dangling("■“老朋友”如约而至") and left_dangling("村民们对于")
    # 根 alone is the noun (jieba tags it a preposition for 根据): the line ends on its object, whole
    assert not left_dangling("杂交水稻在石桥村扎下根") and left_dangling("书房建设要根据")


def test_rules_that_leave_a_line_no_role_give_way_to_the_model() -> None:
    """A title broken after its place name, its rest opening on the copula, a byline under it: the place line
    forbids a title's rest, the copula a title, the byline anything but a head line. The line keeps the roles
    its length allows, and the page its reading (not every line a paragraph's piece at confidence 0)."""
    lines = ["槐川县", "是怎样成为书香之城的", "□吕娜", "晚上九点，槐川县人民公园旁的城市书房里依然灯火通明。",
             "近年来，槐川县在县城公园、社区、商圈等地建设了12座城市书房。"]
    assert any(_allowed(lines)[1])
    readings = read(lines)
    assert [r.role for r in readings][2:4] == ["byline", "para"]
    assert readings[0].role == "head" and readings[1].role in HEAD_ROLES and min(r.confidence for r in readings) > 0.5


def test_a_dangling_head_line_goes_on_in_the_next() -> None:
    """A head line that stops on a conjunction is no whole kicker or title: the next line is its rest."""
    lines = ["目前，全县已建成城市书房12家，让更多群众搭上阅读快车。", "城市书房和", "农家书屋怎样连成网", "□吕娜"]
    allowed = dict(zip(ROLES, _allowed(lines)[2]))
    assert not allowed["title"] and not allowed["subtitle"] and allowed["title+"]


@pytest.mark.parametrize(("line", "subtitle"), [("连成网", False), ("书屋连成网", False), ("全县书屋连成网", True)])
def test_a_subtitle_is_a_phrase_of_its_own(line: str, subtitle: bool) -> None:
    """A few characters under a title are its rest, not a subtitle (the labelled ones have eight or more)."""
    lines = ["目前，全县已建成城市书房12家，让更多群众搭上阅读快车。", "城市书房点亮阅读生活", line, "□吕娜"]
    assert dict(zip(ROLES, _allowed(lines)[2]))["subtitle"] is subtitle


@pytest.mark.parametrize(("head", "rest", "split"), [
    ("城市书房点亮阅读生活（走基", "层）", True),
    ("城市书房点亮阅读生活（新春走基层·", "书房里的这一年）", True),
    ("全县已建成城市书房12家（2021", "—2025年）", True),  # no sentence closed: it could be a title
    ("全县已建成城市书房12家。新建的书房（2021", "—2025年）", False),  # a sentence closed: body text
    ("城市书房点亮阅读生活（走基", "层）的做法值得推广", False),  # the bracket closes inside the line
])
def test_a_column_tag_broken_over_two_lines_is_a_head(head: str, rest: str, split: bool) -> None:
    """A title's column tag broken over two lines (the line opens the bracket, the next closes it and ends
    there, no sentence closed): the first line is a head line, the next the title's rest."""
    lines = ["目前，全县已建成城市书房12家，让更多群众搭上阅读快车。", head, rest, "进驻之初，不少居民不理解。"]
    allowed = _allowed(lines)
    assert (not dict(zip(ROLES, allowed[1]))["para"] and dict(zip(ROLES, allowed[2]))["title+"]
            and not dict(zip(ROLES, allowed[2]))["cont"]) is split


def _draft(title: str, *paragraphs: str, sure: float = 1.0, kicker: str | None = None) -> _Draft:
    d = _Draft(fields={"title": title, **({"kicker": kicker} if kicker else {})}, sure=sure)
    d.blocks = [Block("paragraph", p) for p in paragraphs]
    return d


CARE = _draft("智慧养老走进社区", "社区养老服务中心为独居老人安装了智能手环和烟感报警器，老人在家摔倒，手环会自动报警。",
              "社区养老服务中心还组织志愿者每周上门，陪独居老人聊天，帮老人检查智能手环和报警器。")
GOES_ON = ("独居老人最怕摔倒后没人知道。有了智能手环，老人摔倒时报警器会通知社区养老服务中心，志愿者十分钟内就能上门。",)
ELSEWHERE = ("春耕时节，合作社的农机手驾驶无人播种机在田间作业，一天能播种三百多亩玉米，比人工快了十几倍。",)


@pytest.mark.parametrize(("alone", "merged"), [
    (_draft("智能手环防摔倒", *GOES_ON, sure=0.6), True),  # goes on with the article before: its subhead
    (_draft("智能手环防摔倒", *GOES_ON, sure=0.97), False),  # the line model was sure of a new article
    (_draft("智能手环防摔倒", *GOES_ON, sure=0.6, kicker="桐溪县"), False),  # a kicker: a new article
    (_draft("无人机播种忙", *ELSEWHERE, sure=0.6), False),  # about something else: a new article
])
def test_a_title_alone_that_goes_on_with_the_article_before_is_its_subhead(alone: _Draft, merged: bool) -> None:
    first = _draft(CARE.fields["title"], *(b.text for b in CARE.blocks))
    out = _subheads_alone([first, alone])
    assert (len(out) == 1) is merged
    if merged:
        assert [b.type for b in out[0].blocks] == ["paragraph", "paragraph", "heading", "paragraph"]


CARE_TEXT = ("社区养老服务中心为独居老人安装了智能手环和烟感报警器，老人在家摔倒，手环会自动报警，志愿者十分钟内就能上门。"
             "中心还请来康复医生，每周为老人测量血压、讲解用药，陪老人做康复操，帮子女在手机上查看父母的健康记录。") * 4
FARM_TEXT = ("春耕时节，合作社的农机手驾驶无人播种机在田间作业，一天能播种三百多亩玉米，比人工快了十几倍。"
             "今年合作社又流转了两千亩耕地，统一购买种子化肥，统一测土配方，亩产比去年提高一成，社员年底分红翻了一番。") * 4


def _opens(section: str, sure: float, heading: str = "田间地头机器忙") -> set[int]:
    first = _draft("智慧养老走进社区")
    first.blocks = [Block("paragraph", CARE_TEXT, lines=(1,)), Block("heading", heading, lines=(2,)),
                    Block("paragraph", section, lines=(3,))]
    return _openings([first], {0: 1.0, 1: 1.0, 2: sure, 3: 1.0})


@pytest.mark.parametrize(("section", "sure", "heading", "split"), [
    (FARM_TEXT, 0.8, "田间地头机器忙", True),  # nothing shared on either side: a new article's title
    (FARM_TEXT, 0.95, "田间地头机器忙", False),  # the line model was sure of a subhead
    (FARM_TEXT, 0.8, "●田间地头机器忙", False),  # a marked subhead
    (CARE_TEXT, 0.8, "田间地头机器忙", False),  # the section goes on with the article
    (FARM_TEXT[:60], 0.8, "田间地头机器忙", False),  # too short to tell
    (CARE_TEXT, 0.8, "智能手环进家门（新春走基层）", True),  # a column's tag: a title's, whatever follows
    (CARE_TEXT, 0.8, "智能手环进家门（记者手记）", False),  # a reporter's notes, boxed inside the article
    # a place the section below names again: a kicker over its lead, however close the two articles' words
    ("桐溪县东山镇" + CARE_TEXT, 0.8, "桐溪县东山镇", True),
    (CARE_TEXT, 0.8, "桐溪县东山镇", False),  # a place its section never names
    ("桐溪县东山镇" + CARE_TEXT, 0.95, "桐溪县东山镇", False),  # the line model was sure of a subhead
])
def test_a_subhead_between_unrelated_texts_is_a_new_title(section: str, sure: float, heading: str, split: bool) -> None:
    assert (_opens(section, sure, heading) == {2}) is split


@pytest.mark.parametrize(("later", "split"), [
    (CARE_TEXT, False),  # a later section comes back to the article's own people and things: one report
    (FARM_TEXT, True),  # …or goes on with the new one's
])
def test_a_subhead_whose_later_sections_return_to_the_article_above_opens_none(later: str, split: bool) -> None:
    first = _draft("智慧养老走进社区")
    first.blocks = [Block("paragraph", CARE_TEXT, lines=(1,)), Block("heading", "田间地头机器忙", lines=(2,)),
                    Block("paragraph", FARM_TEXT, lines=(3,)), Block("heading", "志愿者常上门", lines=(4,)),
                    Block("paragraph", later, lines=(5,))]
    assert (_openings([first], {0: 1.0, 1: 1.0, 2: 0.8, 3: 1.0, 4: 1.0, 5: 1.0}) == {2}) is split


def test_subheads_in_a_row_between_unrelated_texts_open_an_article_at_the_first() -> None:
    first = _draft("智慧养老走进社区")
    first.blocks = [Block("paragraph", CARE_TEXT, lines=(1,)), Block("heading", "桐溪县东山镇", lines=(2,)),
                    Block("heading", "田间地头机器忙", lines=(3,)), Block("paragraph", FARM_TEXT, lines=(4,))]
    assert _openings([first], {0: 1.0, 1: 1.0, 2: 0.6, 3: 0.6, 4: 1.0}) == {2}


@pytest.mark.parametrize(("above", "line", "boxes", "split"), [
    # the text under it sets its subheads in brackets, the article before plainly
    ("智能手环防摔倒", "老人签下“赡养协议”后反悔，法院判了", ("【案情回顾】", "【法官说法】"), True),
    # plainly too: subheads of the article, whatever the line model's doubt
    ("智能手环防摔倒", "老人签下“赡养协议”后反悔，法院判了", ("书房就是法庭", "法官说法"), False),
    # the article before has none: a plain line over bracketed ones opens an article, unless a box's label (核心阅读)
    (None, "老人签下“赡养协议”后反悔，法院判了", ("【案情回顾】", "【法官说法】"), True),
    (None, "核心阅读", ("【案情回顾】", "【法官说法】"), False),
])
def test_a_subhead_over_subheads_set_in_another_style_opens_an_article(above: str | None, line: str, boxes: tuple[str, str],
                                                                       split: bool) -> None:
    """`老人签下“赡养协议”后反悔，法院判了` under an article with plain subheads, over `【案情回顾】`…`【法官说法】`: an
    article sets its subheads in one style, so the text under the line is another article's (the two, both on a court's
    work, share their words), and the line, read as a subhead the line model was unsure of, is its title. Taken back as
    a subhead when read alone as a title, likewise not."""
    first = _draft("智慧养老走进社区")
    first.blocks = [Block("paragraph", CARE_TEXT, lines=(1,)), Block("heading" if above else "paragraph", above or CARE_TEXT,
                                                                        lines=(2,)),
                    Block("paragraph", CARE_TEXT, lines=(3,)), Block("heading", line, lines=(4,)),
                    Block("paragraph", CARE_TEXT[:80], lines=(5,)), Block("heading", boxes[0], lines=(6,)),
                    Block("paragraph", CARE_TEXT[80:160], lines=(7,)), Block("heading", boxes[1], lines=(8,)),
                    Block("paragraph", CARE_TEXT[160:240], lines=(9,))]
    assert (_openings([first], {**dict.fromkeys(range(10), 1.0), 4: 0.5}) == {4}) is split
    alone = _draft(line, *GOES_ON, sure=0.6)
    alone.blocks += [Block("heading", boxes[0]), Block("paragraph", GOES_ON[0]), Block("heading", boxes[1])]
    before = _draft(CARE.fields["title"], *(b.text for b in CARE.blocks))
    if above:
        before.blocks.insert(1, Block("heading", above))
    assert (len(_subheads_alone([before, alone])) == 2) is split


@pytest.mark.parametrize(("above", "boxes", "split"), [
    ("（一）智能手环防摔倒", ("■书房就是法庭", "■法官说法"), True),  # numbered above, bulleted below
    ("（一）智能手环防摔倒", ("（二）书房就是法庭", "（三）法官说法"), False),  # one article's numbered sections
    ("智能手环防摔倒", ("■书房就是法庭", "■法官说法"), False),  # nothing marked above: the line model's word stands
])
def test_a_plain_line_between_subheads_of_two_styles_opens_an_article_however_sure_the_model(
        above: str, boxes: tuple[str, str], split: bool) -> None:
    """`慢下来的日子` under an article whose sections are numbered (（一）…（三）), over bulleted ones (■…): the line model
    was sure of a subhead (a plain short line among subheads), but each set of subheads is an article's."""
    first = _draft("智慧养老走进社区")
    first.blocks = [Block("paragraph", CARE_TEXT, lines=(1,)), Block("heading", above, lines=(2,)),
                    Block("paragraph", CARE_TEXT, lines=(3,)), Block("heading", "老人签下“赡养协议”后反悔", lines=(4,)),
                    Block("paragraph", CARE_TEXT[:80], lines=(5,)), Block("heading", boxes[0], lines=(6,)),
                    Block("paragraph", CARE_TEXT[80:160], lines=(7,)), Block("heading", boxes[1], lines=(8,)),
                    Block("paragraph", CARE_TEXT[160:240], lines=(9,))]
    assert (_openings([first], {**dict.fromkeys(range(10), 1.0), 4: 0.98}) == {4}) is split


@pytest.mark.parametrize(("above", "line", "split"), [
    ("书房开门 村民进门", "田间地头 机器轰鸣", False),  # set as the subhead above it is: a section of the article
    ("书房开门", "田间地头 机器轰鸣", True),  # no subhead above set so: the words decide
])
def test_a_subhead_set_as_the_one_above_it_stays_in_its_article(above: str, line: str, split: bool) -> None:
    """`转移群众 一户不落` under `险情突发 多方联动`: two phrases apart by a space, as the article's subhead above, a
    section of it, though its words (the evacuation) share little with the section before (the breach)."""
    first = _draft("智慧养老走进社区")
    first.blocks = [Block("paragraph", CARE_TEXT, lines=(1,)), Block("heading", above, lines=(2,)),
                    Block("paragraph", CARE_TEXT, lines=(3,)), Block("heading", line, lines=(4,)),
                    Block("paragraph", FARM_TEXT, lines=(5,))]
    assert (_openings([first], {**dict.fromkeys(range(6), 1.0), 4: 0.6}) == {4}) is split


def test_a_bulleted_phrase_among_the_page_s_bulleted_subheads_is_one_whatever_opens_it() -> None:
    """`■等一场花开`: set after the bullet three more subheads on the page are, alone on its line, it is a subhead
    (the line model, weighing 等, took it for a paragraph's first words), and the line under it opens its section."""
    lines = ["慢下来的日子", CARE_TEXT, "■煮一锅粥", CARE_TEXT, "■走一段路", CARE_TEXT, "■写一封信", CARE_TEXT,
             "■等一场花开", "阳台上有一盆君子兰，是几年前朋友送的，一直没开过花。"]
    roles = [r.role for r in read(lines)]
    assert roles[8] == "heading" and roles[9] == "para"


def test_a_counted_phrase_among_the_page_s_counted_subheads_is_one_whatever_opens_it() -> None:
    """`（三）观念要变，择业之路不止一条`: the third of an article's subheads counted in one shape, alone on its line, is a
    subhead, and the line under it opens its section, whatever its first word (也 answers what was said before)."""
    lines = ["书房的路怎么走", "（一）选址要方便群众", CARE_TEXT, "（二）书要选得对路", CARE_TEXT, "（三）管理要变，开放时间不止一种",
             "也要看到，一些书房晚上八点就关门，上班族下班后赶不上借书，吕娜说这件事还要再想办法。"]
    roles = [r.role for r in read(lines)]
    assert roles[5] == "heading" and roles[6] == "para"


def test_counted_items_in_a_row_or_announcing_what_follows_are_no_set_subheads() -> None:
    """Counted lines next to each other are a list's items, and one ending on a colon announces what follows it (一、管制
    时间：): neither is an article's subheads set in one form."""
    from toolkit.lines import _count, set_subheads

    rows = ["书房有三项规定", "（一）按时开放", "（二）安静阅读", "（三）爱护图书", CARE_TEXT]
    assert set_subheads(rows, [_count(t) for t in rows]) == set()
    colons = ["书房通知", "一、开放时间：", CARE_TEXT, "二、借阅规则：", CARE_TEXT, "三、联系方式：", CARE_TEXT]
    assert set_subheads(colons, [_count(t) for t in colons]) == set()


def test_a_word_across_a_column_label_and_its_title_that_reads_no_likelier_than_the_break_binds_nothing() -> None:
    """`一线调查` / `表显读数不准，书房的电表谁来管？`: 调查表 runs across the break, but reads no likelier than the label
    ending on its own word, as a column's label does: the label is the kicker, the line under it the title."""
    lines = ["书房开到家门口，群众读书更方便了。", "一线调查", "表显读数不准，书房的电表谁来管？", "□吕娜", CARE_TEXT]
    roles = [r.role for r in read(lines)]
    assert roles[1:3] == ["head", "title"]


@pytest.mark.parametrize("text, lone", [("行、看病斑。", "行"), ("盒、漆案等文物。", "盒"), ("程，给了她很多帮助。", "程"),
                                        ("啊，书房真好。", None), ("问：书房几点开门？", None), ("答：早上八点。", None),
                                        ("肉、蛋、禽等副食品供应充足。", None), ("市、区两级财政各出一半。", None),
                                        ("但，书房还要再办下去。", None), ("一、延长开放时间", None)])
def test_a_character_alone_before_a_mark_ends_a_word_whose_start_was_cut(text: str, lone: str | None) -> None:
    """No clause is one character but a count's, an interjection's (jieba tags 啊 as it tags 行, a word of state's
    morpheme: the tag tells nothing), a conjunction's, a list item's of one character each, or a dialogue's turn label:
    any other such character ends a word whose start was cut."""
    from toolkit.lines import lone_character

    assert lone_character(text) == lone


def test_head_lines_over_a_short_introduction_are_weighed_by_all_the_text_after_them() -> None:
    """`身边的榜样` / `三位农机手的故事` / a short introduction / `吴敏：…` / …: where the section under the head lines is
    too short to weigh, the text after them, subheads and all, is what they are weighed by."""
    first = _draft("智慧养老走进社区")
    first.blocks = [Block("paragraph", CARE_TEXT, lines=(1,)), Block("heading", "身边的榜样", lines=(2,)),
                    Block("heading", "三位农机手的故事", lines=(3,)), Block("paragraph", "他们扎根田间，默默奉献。", lines=(4,)),
                    Block("heading", "吴敏：田间地头机器忙", lines=(5,)), Block("paragraph", FARM_TEXT, lines=(6,))]
    assert _openings([first], {0: 1.0, 1: 1.0, 2: 0.6, 3: 0.6, 4: 1.0, 5: 1.0, 6: 1.0}) == {2}


def test_a_line_known_to_open_an_article_is_read_as_its_head() -> None:
    lines = ["智慧养老走进社区", CARE_TEXT, "桐溪县东山镇", "田间地头机器忙", FARM_TEXT]
    assert read(lines, frozenset({2}))[2].role == "head"
    assert read(lines, frozenset({3}))[3].role == "head"


def test_a_line_is_not_made_a_head_the_page_cannot_have() -> None:
    """A kicker ending in —— needs a title under it: over a line too long for one it is not made a head."""
    lines = ["智慧养老走进社区", CARE_TEXT, "农机进田间，播种更省力——", FARM_TEXT]
    assert read(lines, frozenset({2}))[2].role != "head"


@pytest.mark.parametrize(("tail", "opens"), [
    ([Block("heading", "桐溪县东山镇", lines=(2,)), Block("heading", "田间地头机器忙", lines=(3,))], {2}),  # kicker and title
    ([Block("paragraph", "田间地头机器忙", lines=(3,))], {3}),  # a title read as a line of body text
    ([Block("paragraph", "春耕时节，合作社的农机手", lines=(3,))], set()),  # a paragraph cut short: no head line
])
def test_the_head_lines_above_a_byline_without_a_title_open_its_article(tail: list[Block], opens: set[int]) -> None:
    first = _draft("智慧养老走进社区")
    first.blocks = [Block("paragraph", CARE_TEXT, lines=(1,)), *tail]
    signed = _Draft(byline="□王磊")
    signed.blocks = [Block("paragraph", FARM_TEXT, lines=(5,))]
    assert _openings([first, signed], dict.fromkeys(range(6), 1.0)) == opens


@pytest.mark.parametrize(("byline", "names"), [("光明日报记者 吕娜 郑晓东", ("吕娜", "郑晓东")),
                                              ("新华社记者吕娜、郑晓东", ("吕娜", "郑晓东")), ("吕娜", ("吕娜",)),
                                              ("本报记者 吕娜 报道", ("吕娜",)), ("文/图 郑晓东", ("郑晓东",)),
                                              ("本报评论员", ("本报评论员",)), ("文 | 半月谈记者 吕娜", ("吕娜",)),
                                              ("本报记者 吕娜 整理", ("吕娜",)), ("记者 郑晓东 编译", ("郑晓东",))])
def test_other_papers_bylines_and_an_authors_bare_name(byline: str, names: tuple) -> None:
    """A paper or an agency names itself before the reporter's title (光明日报记者), a byline may credit words and
    pictures (文/图) or close on 报道, a commentary prints its author's name alone under the title, an editorial its
    commentator: each is the byline, never the title's rest nor a subtitle."""
    lines = ("让城市书房成为文化客厅", byline, "近年来，各地城市书房建设蓬勃发展，成为群众身边的“文化客厅”。")
    (article,) = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=lines), "p").articles
    assert article.title == "让城市书房成为文化客厅" and article.byline == names


@pytest.mark.parametrize("label", [(), ("短评",)])
def test_a_commentary_signed_with_a_bare_name_opens_its_own_article(label: tuple) -> None:
    """Under a report, a short line and a name alone over running text are the next article's title and author (a
    commentary, its column's label above it as the kicker), not the report's paragraphs cut by two column breaks."""
    report = ("“书香槐川”建设启动", "本报讯（记者郑晓东）3月8日，槐川县全民阅读活动正式启动。",
              "据介绍，书房选址优先考虑人口集中、交通便利的地方。")
    comment = ("让城市书房真正“活”起来", "吕娜", "书房建起来不难，难在用起来。开放时间跟着村民作息走，书房才有人气。")
    lines = report + label + comment
    first, second = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=lines), "p").articles
    assert [b.text for b in first.body()] == list(report[1:])
    assert (second.kicker, second.title, second.byline) == ((label or (None,))[0], comment[0], ("吕娜",))
    assert [b.text for b in second.body()] == [comment[2]]


@pytest.mark.parametrize(("label", "cut"), [("社论", True), ("书评", True), ("社论", False), ("书房访谈", False),
                                            ("对话", True), ("书房漫笔", False)])
def test_an_opinion_pieces_label_is_its_kicker_after_any_text(label: str, cut: bool) -> None:
    """A label naming the kind of piece (社论, 书评, an interview's 对话) stands over its title, even where the article
    above it breaks off mid-sentence (…让新 / 社论 is no sentence going on); a topic and an interview (书房访谈) or a kind
    of essay (书房漫笔) names a column likewise. The piece may have no byline."""
    report = ("“书香槐川”建设启动", "□郑晓东", "3月8日，槐川县全民阅读活动正式启动。" + ("下一步，县里将加快建设，让新" if cut else
                                                                         "下一步，县里将继续建设书房。"))
    piece = ("让阅读成为一种生活方式", "全民阅读是一项久久为功的事业。近年来，各地建起了一批书房，群众读书有了好去处。",
             "书房建起来不难，难在用起来。只有把服务做细做实，书房才能走进群众的生活。")
    first, second = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=report + (label,) + piece), "p").articles
    assert [b.text for b in first.body()] == [report[2]]
    assert (second.kicker, second.title, second.subtitle) == (label, piece[0], None)
    assert [b.text for b in second.body()] == list(piece[1:])


def test_a_title_broken_after_its_colon_goes_on_in_its_rest() -> None:
    """`书房故事：` / `让阅读走进乡村`: a line ending on a colon announces what follows, its rest, never a subhead under
    it (no labelled block ends on a colon); a numbered section after a paragraph ending so (做法如下：) still is one."""
    lines = ("书房故事：", "让阅读走进乡村", "近年来，槐川县在每个村建起书房，村民在家门口就能借书、看书。",
             "书房建起来不难，难在用起来。县里的做法如下：", "一、开放时间跟着村民作息走", "书房每天开到晚上九点，农忙时节还送书到田间。")
    (article,) = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=lines), "p").articles
    assert (article.kicker, article.title) == (None, "书房故事：让阅读走进乡村")
    assert [(b.type, b.text) for b in article.body()] == [("paragraph", lines[2]), ("paragraph", lines[3]),
                                                           ("heading", lines[4]), ("paragraph", lines[5])]


@pytest.mark.parametrize("rest", ["连成网", "张家港"])
def test_a_titles_short_rest_is_no_bare_name(rest: str) -> None:
    from toolkit.lines import lone_name

    assert not lone_name(rest) and lone_name("吕娜")


@pytest.mark.parametrize("under", ["□吕娜", "——记石桥村书房管理员吕娜"])
def test_a_title_broken_before_its_last_few_characters_is_one_title(under: str) -> None:
    """`乡村书房要解决` / `“真问题”` / `□吕娜`: a line of fewer Han characters than any title, over a byline or a subtitle,
    is the rest of the title above it, not a title under a kicker."""
    lines = ("槐川县打造“一村一品”特色产业", "□郑晓东", CARE_TEXT, "乡村书房要解决", "“真问题”", under, FARM_TEXT)
    first, second = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=lines), "p").articles
    assert (second.kicker, second.title) == (None, "乡村书房要解决“真问题”")
    assert [b.text for b in second.body()] == [FARM_TEXT]


@pytest.mark.parametrize("caption", ["▲石桥村村民在采摘猕猴桃。  本报记者 吕娜摄", "图②：猕猴桃加工车间一角。",
                                     "图为读者在书房里阅读", "村民在直播间销售农产品  通讯员 郑晓东摄",
                                     "（新华社发 吕娜摄）", "（郑晓东摄）", "上图为石桥村书房内景。", "（图片由受访者提供）"])
def test_a_photos_caption_stays_a_paragraph_of_its_article(caption: str) -> None:
    """A caption between paragraphs (extraction leaves it where the picture stood) is neither a new article's
    title nor a subhead; inside a paragraph a column break split, it goes after the paragraph, joined again."""
    lines = ("槐川县打造“一村一品”特色产业", "□吕娜", "近日，全县已有28个村形成了主导产业。", caption,
             "石桥村是槐川县发展特色产业的一个缩影。", "2020年，村里引进猕猴桃种植，", caption, "如今种植面积已达到800亩。",
             "“我们还建起了加工厂。”石桥村党支部书记王川说。")
    (col,) = clean_sources([Source(path="p.txt", sha256="", encoding="utf-8", lines=lines)])
    (article,) = col.articles
    assert [b.text for b in article.blocks] == [lines[2], caption, lines[4], lines[5] + lines[7], caption, lines[8]]
    assert not article.flags


def test_a_caption_broken_by_column_breaks_is_joined_whole() -> None:
    """A caption cut like any paragraph (`图为…孩子们在书` / `房里读书。通讯员 郑` / `晓东摄`): its rest goes with it, not
    read as a new article's head; the joins are on record, each for the editor."""
    lines = ("槐川县打造“一村一品”特色产业", "□吕娜", "近日，全县已有28个村形成了主导产业。", "图为石桥村的孩子们在书",
             "房里读书。通讯员 郑", "晓东摄", "石桥村是槐川县发展特色产业的一个缩影。")
    (col,) = clean_sources([Source(path="p.txt", sha256="", encoding="utf-8", lines=lines)])
    (article,) = col.articles
    assert [b.text for b in article.blocks] == [lines[2], "".join(lines[3:6]), lines[6]]
    joins = [c for c in col.corrections if c.kind == "join"]
    assert len(joins) == 2 and all(c.action == "applied" and "caption" in c.reason and c.confidence == 1.0 for c in joins)


def test_a_captions_rest_that_is_a_credit_is_read_once() -> None:
    """`图为…（本报` / `记者 吕娜摄）`: the rest has a credit's shape of its own, yet it is the caption's rest, taken with
    it once. Before, it was also put back as a caption of its own, the credit printed twice."""
    lines = ("槐川县打造“一村一品”特色产业", "□王川", "近日，全县已有28个村形成了主导产业。", "图为石桥村的猕猴桃基地。（本报",
             "记者 吕娜摄）", "石桥村是槐川县发展特色产业的一个缩影。")
    (col,) = clean_sources([Source(path="p.txt", sha256="", encoding="utf-8", lines=lines)])
    (article,) = col.articles
    assert [b.text for b in article.blocks] == [lines[2], lines[3] + lines[4], lines[5]]


def test_a_caption_ended_takes_no_rest() -> None:
    from toolkit.lines import caption_rest

    assert caption_rest("图为石桥村的孩子们在书", "房里读书。") and caption_rest("图为孩子们在读书。通讯员 郑", "晓东摄")
    assert not caption_rest("图为石桥村的孩子们在书房里读书。", "房里读书。")  # ended: the next line is the text's
    assert not caption_rest("图为石桥村书房内景", "近日，全县已有28个村形成了主导产业。")  # no word runs across
    # the rest may end on the photo's credit; another caption opens as one
    assert caption_rest("图为石桥村村民在检查光", "伏玻璃质量。（本报记者 吕娜摄）")
    assert not caption_rest("图为石桥村的孩子们在书", "图为孩子们在书房里读书。（本报记者 吕娜摄）")


def test_a_bulleted_subhead_is_no_caption() -> None:
    from toolkit.lines import caption

    assert not caption("▲ 书房走进乡村") and caption("▲ 书房走进乡村。")


def test_a_note_on_the_article_closes_it() -> None:
    """`本文系…成果` after the author's note belongs to the article above as its last paragraph: it is no kicker of
    the next article, and the article's end is not missing."""
    lines = ("让城市书房成为文化客厅", "吕娜", "城市书房的生命力在于服务，要定期更新图书。", "（作者：吕娜，系桐溪大学文学院教授）",
             "本文系国家社科基金项目“城市公共文化空间研究”阶段性成果", "乡村书屋的“书香”越来越浓", "光明日报记者 王川",
             "本报桐溪12月1日电 走进槐川县石桥村的农家书屋，书架上摆满了各类图书。")
    (col,) = clean_sources([Source(path="p.txt", sha256="", encoding="utf-8", lines=lines)])
    first, second = col.articles
    assert first.blocks[-1].text == lines[4] and not first.flags
    assert (second.kicker, second.title, second.byline) == (None, "乡村书屋的“书香”越来越浓", ("王川",))


def test_the_author_named_under_the_text_closes_the_article() -> None:
    """`作者：吕娜` under the last paragraph names the author: the article's last paragraph, its end not missing."""
    lines = ("让城市书房成为文化客厅", "□王川", "城市书房的生命力在于服务，要定期更新图书。", "作者：吕娜",
             "乡村书屋的“书香”越来越浓", "□郑晓东", "走进槐川县石桥村的农家书屋，书架上摆满了各类图书。")
    (col,) = clean_sources([Source(path="p.txt", sha256="", encoding="utf-8", lines=lines)])
    first, second = col.articles
    assert first.blocks[-1].text == lines[3] and not first.flags and second.title == lines[4]


@pytest.mark.parametrize("lines", [("【走近文艺家】", "王晓", "棠：银幕上几秒钟", "□吕娜"),  # a title broken inside a name
                                   ("理论“播火者”", "王晓棠", "□吕娜", "近年来，各地城市书房建设蓬勃发展。")])  # its last words
def test_a_name_in_a_broken_title_stays_in_the_title(lines: tuple) -> None:
    assert [r.role for r in read(lines)][1] != "byline"


def test_jump_lines_end_an_article_and_take_up_anothers_rest() -> None:
    """`（下转第三版）` ends its article, which goes on on another page; `（上接第一版）` opens the rest of one whose
    head is on another page: each is flagged, the text around kept as it is, the jump lines too."""
    lines = ("槐川县", "乡村夜校开课了", "□吕娜", "晚上七点，槐川县石桥村的夜校准时开课。", "（下转第三版）", "（上接第一版）",
             "据统计，今年以来，桐溪县城市书房接待读者30万人次。", "书房里的新年", "□郑晓东",
             "新年第一天，桐溪县城市书房里坐满了读者。（转第5版）")
    (col,) = clean_sources([Source(path="p.txt", sha256="", encoding="utf-8", lines=lines)])
    first, rest, last = col.articles
    flags = [sorted(f.kind for f in a.flags) for a in col.articles]
    assert flags == [["truncated_end"], ["truncated_start", "untitled"], ["truncated_end"]]
    assert [b.text for b in first.blocks][-1] == "（下转第三版）" and rest.blocks[0].text == "（上接第一版）"
    assert last.title == "书房里的新年"


def test_an_untitled_brief_that_opens_on_its_dateline_has_its_start() -> None:
    """`槐川晚报讯（记者 吕娜）近日，…` opening the page: the article's title is missing (`untitled`), its text is not;
    a page that opens inside a paragraph is missing both."""
    brief = ("槐川晚报讯（记者 吕娜）近日，槐川县启动第三届“书香家庭”评选活动，鼓励家庭成员共同阅读。",
             "据介绍，评选活动面向全县家庭，重点考察家庭藏书和阅读习惯。")
    for lines, flags in ((brief, ["untitled"]), (("评选活动面向全县家庭，重点考察家庭藏书和阅读习惯。",) + brief[1:],
                                                 ["truncated_start", "untitled"])):
        (col,) = clean_sources([Source(path="p.txt", sha256="", encoding="utf-8", lines=lines)])
        assert [sorted(f.kind for f in a.flags) for a in col.articles] == [flags]


def test_a_byline_in_brackets_under_the_title_or_closing_the_article() -> None:
    """`（记者 吕娜 通讯员 郑晓东）` under the title is its byline (never the title, the real one pushed up to a
    kicker); the same line closing the article is a paragraph of it."""
    lines = ("槐川县召开冬季农田水利建设推进会", "（记者 吕娜 通讯员 郑晓东）", "11月28日，槐川县召开冬季农田水利建设推进会。",
             "会议要求，各乡镇要加快工程进度。", "桐溪县首届读书节开幕", "11月30日，桐溪县首届读书节在县城市书房开幕。",
             "（本报记者 王川）")
    first, second = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=lines), "p").articles
    assert (first.kicker, first.title, first.byline) == (None, lines[0], ("吕娜", "郑晓东"))
    assert second.blocks[-1].text == "（本报记者 王川）" and second.byline == ()


@pytest.mark.parametrize("turns", [
    ("问答", "记者：书房是怎么运作的？", "王川：书房实行统一管理、统一采购，读者凭证借阅。", "记者：下一步有什么打算？",
     "王川：我们想再建两座书房，让村民多一个读书的去处。"),
    ("问：书房是怎么运作的？", "答：书房实行统一管理、统一采购，读者凭证借阅。", "问：书房为什么要开到深夜？",
     "答：很多年轻人下班晚，我们想给他们留一盏灯。"),
])
def test_an_interviews_turns_are_paragraphs_even_a_question_short_enough_for_a_title(turns: tuple) -> None:
    """`记者：…？` / `王川：…`, `问：…？` / `答：…`: a speaker's label opening lines close together (or a question's or
    an answer's own) marks an interview's turns, running text of the article; a short question is no question title
    of a new article."""
    lines = ("城市书房的夜晚", "□吕娜", "槐川县城市书房开放一年来，夜间读者越来越多。", *turns)
    (col,) = clean_sources([Source(path="p.txt", sha256="", encoding="utf-8", lines=lines)])
    (article,) = col.articles
    turned = [t for t in turns if "：" in t]
    assert [(b.type, b.text) for b in article.blocks][-len(turned):] == [("paragraph", t) for t in turned]


def test_an_interviews_title_labelled_with_whom_it_interviews_is_no_turn() -> None:
    """`吴敏：读书让我…` over the byline, the turns under it opening on the same name: the title, not a turn."""
    lines = ("面对面", "吴敏：读书让我学会和自己对话", "专访槐川县城市书房管理员吴敏", "□吕娜",
             "槐川县城市书房开放一年来，管理员吴敏几乎每晚都守在书房里。", "记者：书房为什么要开到深夜？",
             "吴敏：很多年轻人下班晚，我们想给他们留一盏灯。", "记者：最难忘的读者是谁？", "吴敏：一位七十多岁的老人，每天都来。")
    (col,) = clean_sources([Source(path="p.txt", sha256="", encoding="utf-8", lines=lines)])
    (article,) = col.articles
    assert (article.kicker, article.title, article.subtitle, article.byline) == (lines[0], lines[1], lines[2], ("吕娜",))
    assert [b.text for b in article.blocks] == list(lines[4:])


def test_the_line_under_a_box_of_entries_without_stops_goes_on_from_none() -> None:
    """时间：… / 地点：… / 票价：免费，限额120人 / 以上活动…: entries set without stops are the box's style, not lines a
    column break cut; the note under them is a paragraph of its own."""
    lines = ("周末书房活动", "槐川县城市书房本周末推出两场活动。", "时间：3月22日14:00", "地点：槐川县城市书房二楼",
             "票价：免费，限额120人，先到先得", "以上活动信息如有变动，以书房公告为准。")
    (col,) = clean_sources([Source(path="p.txt", sha256="", encoding="utf-8", lines=lines)])
    (article,) = col.articles
    assert [b.text for b in article.blocks] == list(lines[1:]) and not col.corrections
    # …while a clock's time under an entry cut on its comma is the entry's rest, no entry of its own (每晚19:00)
    broken = lines[:2] + ("时间：3月24日至30日，", "每晚19:00", "地点：槐川县文化馆一楼", "票价：免费")
    (col,) = clean_sources([Source(path="p.txt", sha256="", encoding="utf-8", lines=broken)])
    assert [b.text for b in col.articles[0].blocks] == [broken[1], broken[2] + broken[3], broken[4], broken[5]]


def test_a_label_and_a_colon_once_is_no_turn() -> None:
    """A title may open on a name and a colon, and an editor's note above it on its label: neither is a turn of a
    dialogue, which needs its label again close by (or 问：/答：), or lines in a row each labelled (a box's entries)."""
    from toolkit.lines import dialogue_turns

    assert dialogue_turns(["编者按：本版今起推出系列报道。", "返乡青年吴敏：把山货卖出大山", "□王川", "大学毕业后，吴敏回到了家乡。"]) == set()
    assert dialogue_turns(["问：书房几点关门？", "答：晚上九点。"]) == {0, 1}
    assert dialogue_turns(["时间：3月10日", "地点：槐川县图书馆", "时间：3月11日"]) == {0, 1, 2}
    assert dialogue_turns(["时间：3月10日", "书房今天开放。", "地点：槐川县图书馆", "时间：3月11日"]) == {0, 3}
    # the interviewer's label is a turn of its own (a question and its answer spliced into another article), but not
    # over names: a byline printed so
    assert dialogue_turns(["书房每天都有人来。", "记者：下一步有什么打算？", "吴敏：把书房开到每个村。", "书香槐川"]) == {1}
    assert dialogue_turns(["让书香浸润乡村", "记者：吕娜 王川", "近日，书房开放。"]) == set()


def test_a_bulleted_list_above_the_next_title_stays_in_its_article() -> None:
    """`● 全县建成城市书房22座` / `● …` / `● 借阅图书40余万册`, then the next article's title: items set one to a line
    under the same bullet stay in their article, the last no kicker of the next; and an item set without a stop
    is no sign of a lost end."""
    lines = ("槐川县城市书房开到村民家门口", "□吕娜", "3月9日，槐川县石桥村城市书房正式开放，村民凭身份证即可免费借阅。",
             "数说", "●全县建成城市书房22座", "●去年接待读者60多万人次", "●借阅图书40余万册",
             "桐溪县推行“家门口”就业", "本报讯（记者 吴敏）近日，桐溪县在全县村（社区）设立就业服务站56个。")
    (col,) = clean_sources([Source(path="p.txt", sha256="", encoding="utf-8", lines=lines)])
    first, second = col.articles
    assert [b.text for b in first.blocks][-3:] == list(lines[4:7]) and first.blocks[-1].type == "paragraph"
    assert not first.flags
    assert (second.kicker, second.title) == (None, lines[7])


def test_two_lines_under_one_bullet_may_be_subheads_in_a_row_but_no_head() -> None:
    """`■管理` / `■书房借阅每月公示`: two bulleted lines in a row may be a section's subhead over its first subsection's, so
    both may still be subheads; neither opens the head of an article."""
    lines = ["书房管理制度逐步完善。", "■管理", "■书房借阅每月公示", "石桥村的书房每月公示一次借阅情况，接受村民监督。"]
    for row in _allowed(lines)[1:3]:
        assert {r for r, ok in zip(ROLES, row) if ok} == {"heading", "para"}


@pytest.mark.parametrize("note", ["（作者单位：槐川县委党校）", "（作者：吴敏）"])
def test_an_authors_note_in_brackets_closes_its_article(note: str) -> None:
    """`（作者单位：…）` under a commentary's last paragraph is its note, a paragraph that ends it: never the title of
    the next article, whose own title would then be read as its subtitle."""
    lines = ("为什么要建“口袋公园”？", "□吴敏", "小空间承载大民生。期待更多城市把口袋公园建好、管好，让市民推窗见绿。", note,
             "5G网络覆盖全县行政村", "本报通讯员 郑晓东 本报记者 吕娜", "本报槐川3月12日电 走进槐川县石桥村，村民王川正用手机直播卖蘑菇。")
    first, second = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=lines), "p").articles
    assert [b.text for b in first.blocks] == list(lines[2:4])
    assert (second.title, second.subtitle) == (lines[4], None)


def test_a_line_ending_on_a_comma_is_no_whole_title_over_the_next_head() -> None:
    """`【数字赋能】` / `下一步，槐川县将继续推进数字乡村建设，` / `返乡青年吴敏：把山货卖出大山` / `□王川`: an article cut
    short after a comma, then the next article's head. A head line ends on no comma (a broken title's first piece
    may, its rest under it), so the comma's line is the cut paragraph and the title under it opens the next
    article, not the subtitle of a title made of that paragraph."""
    lines = ("5G网络覆盖全县行政村", "□吕娜", "截至目前，槐川县已建成5G基站860个，实现全县行政村5G网络全覆盖。", "【数字赋能】",
             "下一步，槐川县将继续推进数字乡村建设，", "返乡青年吴敏：把山货卖出大山", "□王川",
             "大学毕业后，吴敏没有留在城市，而是回到了老家槐川县石桥村。")
    first, second = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=lines), "p").articles
    assert [b.text for b in first.blocks] == list(lines[2:5])
    assert (second.kicker, second.title, second.subtitle) == (None, lines[5], None)


@pytest.mark.parametrize(("last", "merged"), [
    ("眼下正值春耕时节，石桥镇各地农机手抢抓农时，开展春耕作业。一台台拖拉机来回穿梭，翻耕土地。", True),
    ("桐溪县石桥村城市书房由志愿者管理，村民借阅图书很方便，退休教师每周都来整理图书。", False),
])
def test_a_title_alone_whose_section_goes_on_with_the_article_before_it_more_than_with_any_other(last: str, merged: bool) -> None:
    """A title read alone and unsure whose section shares a little with the article before it (below MERGE) but three
    times as much as with any other on the page is that article's subhead; when another article shares as much (two
    reports on reading rooms), nothing tells, and it stays an article of its own."""
    first = _draft("槐川县城市书房开到村民家门口",
                   "3月9日，槐川县石桥村城市书房正式开放。书房藏书八千余册，配有电子借阅机和儿童阅读区，村民凭身份证即可免费借阅。",
                   "据介绍，槐川县已建成城市书房22座，全部接入县图书馆系统，实现通借通还。去年，全县书房接待读者60多万人次。")
    alone = _draft("志愿者撑起日常管理",
                   "石桥村城市书房的日常管理由志愿者承担。退休教师王川每周来三次，帮忙整理图书、辅导孩子写作业，村民借阅图书更方便了。",
                   sure=0.5)
    other = _draft("桐溪县推行“家门口”就业", "近日，桐溪县在全县村（社区）设立就业服务站56个，为群众提供岗位推荐、技能培训等服务。")
    first.byline, other.byline = "吕娜", "郑晓东"
    drafts = _subheads_alone([first, alone, other, _draft("桐溪县见闻", last)])
    assert (alone not in drafts) == merged


@pytest.mark.parametrize("end", ["——推进数字化，实现全县图书通借通还。", "作者：吴敏"])
def test_a_title_between_an_articles_end_and_a_dateline_opens_the_next_article(end: str) -> None:
    """`…通借通还。` (or a closing note) / `桐溪县开展“书香家庭”评选` / `本报讯（记者…）…`: a head-shaped line between
    an article's end and a lead's dateline is the next article's title, even with no byline under it; not a
    paragraph of the article above."""
    lines = ("让书香浸润乡村", "□吕娜", "记者：下一步有什么打算？", "王川：我们将重点做好三件事：",
             "——继续扩大覆盖面，今年再建设城市书房10座；", "——丰富阅读活动，每月在每座书房至少举办一场读书会；", end,
             "桐溪县开展“书香家庭”评选", "本报讯（记者 郑晓东）近日，桐溪县启动第三届“书香家庭”评选活动，鼓励家庭成员共同阅读。",
             "据介绍，评选活动面向全县家庭，重点考察家庭藏书、阅读习惯和参与公益阅读活动等情况。",
             "活动负责人吴敏说，希望通过评选，带动更多家庭养成阅读习惯。",
             "走进城市书房·槐川篇", "书香飘进“15分钟生活圈”", "□吕娜", "编者按：城市书房是公共文化服务的重要阵地。本报今起推出系列报道。")
    first, second, _ = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=lines), "p").articles
    assert [b.text for b in first.blocks][-1] == end
    assert (second.title, [b.text for b in second.blocks]) == (lines[7], list(lines[8:11]))


@pytest.mark.parametrize("title", ["桐溪县开展“书香家庭”评选", "乡村书房如何“建得起、管得好”？"])
def test_a_title_under_an_article_cut_short_opens_the_next_article_over_its_dateline(title: str) -> None:
    """`…全县书房全部达到省定办` (cut short) / `桐溪县开展…评选` / `本报讯…`: the line over a dateline opens the next
    article, a question title too; the text above stopped short of its end, and no paragraph runs on over a lead."""
    lines = ("让书香浸润乡村", "□吕娜", "记者：下一步有什么打算？",
             "王川：我们将把书房建设作为推进文化强县建设的重要抓手，继续扩大覆盖面、丰富阅读活动，力争到2027年，全县书房全部达到省定办",
             title, "本报讯（记者 郑晓东）近日，桐溪县启动第三届“书香家庭”评选活动，鼓励家庭成员共同阅读。",
             "据介绍，评选活动面向全县家庭，重点考察家庭藏书、阅读习惯和参与公益阅读活动等情况。")
    first, second = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=lines), "p").articles
    assert [b.text for b in first.blocks][-1] == lines[3]
    assert (second.title, [b.text for b in second.blocks]) == (title, list(lines[5:]))


@pytest.mark.parametrize("lines", [
    ("让书香浸润乡村", "□吕娜", "吴敏说，书房今年将再建10座，丰富阅读活动。", "槐川县文旅局局长吴敏表示，", "桐溪县开展“书香家庭”评选",
     "本报讯（记者 郑晓东）近日，桐溪县启动第三届“书香家庭”评选活动，鼓励家庭成员共同阅读。",
     "据介绍，评选活动面向全县家庭，重点考察家庭藏书、阅读习惯和参与公益阅读活动等情况。"),
    ("让书香浸润乡村", "□吕娜", "记者：下一步有什么打算？", "王川：我们将继续扩大覆盖面，今年再建设城市书房10座，每月在每座书房至少举办一场读书会，",
     "石桥村：“村晚”唱出文明新风", "新华社槐川1月20日电（记者 郑晓东）腊月里，石桥村的文化礼堂里锣鼓喧天，村民自编自演的节目轮番上台。",
     "据介绍，石桥村的“村晚”已连续办了八年，节目全部由村民自编自演。"),
])
def test_a_title_under_a_clause_cut_off_opens_the_next_article_over_its_dateline(lines: tuple[str, ...]) -> None:
    """`槐川县文旅局局长吴敏表示，` (an article cut off after a clause, on a short line) / `桐溪县开展…评选` / `本报讯…`: the
    line over the dateline is the next article's title, not the rest of the clause above; nor, labelled with its place
    and a colon under an interview's turns (记者：… / 王川：…，), a third turn of the interview."""
    first, second = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=lines), "p").articles
    assert [b.text for b in first.blocks][-1] == lines[3]
    assert (second.title, [b.text for b in second.blocks]) == (lines[4], list(lines[5:]))


def test_a_line_ending_on_a_colon_is_no_subtitle() -> None:
    """`小区停车难何时能解决？` / `编辑同志：` / `我家住在…`: a line ending on a colon brings in what follows (a letter's
    salutation here), so it is no subtitle, which is whole; it stays the letter's first paragraph, unjoined."""
    lines = ("百姓来信", "小区停车难何时能解决？", "编辑同志：",
             "我家住在槐川县城关镇幸福小区。小区建于上世纪九十年代，没有规划停车位，居民的车只能停在楼道口和消防通道上。",
             "希望有关部门能重视这个问题，帮助老旧小区解决停车难。")
    (col,) = clean_sources([Source(path="p.txt", sha256="", encoding="utf-8", lines=lines)])
    (article,) = col.articles
    assert (article.kicker, article.title, article.subtitle) == ("百姓来信", lines[1], None)
    assert [b.text for b in article.blocks] == list(lines[2:])


def test_a_title_tagged_as_a_reporters_notes_is_a_subhead_of_the_report_above() -> None:
    """`石桥村的夜校（记者手记）`: a reporter's notes go with the report above them, under a title of their own whose tag
    says so; a section of that report, never the head of an article of its own, as a column's tag would make it."""
    lines = ["槐川县石桥村办起乡村夜校", "□吕娜", CARE_TEXT, "石桥村的夜校（记者手记）", FARM_TEXT]
    assert {r for r, ok in zip(ROLES, _allowed(lines)[3]) if ok} == {"heading"}
    assert [r.role for r in read(lines)][3] == "heading"
    assert {r for r, ok in zip(ROLES, _allowed([*lines[:3], "石桥村的夜校（走进乡村）", FARM_TEXT])[3]) if ok} >= {"head", "title"}
    # …but with a □ byline under it, or under its dash-led subtitle, the notes are a piece of their own (a box inside a
    # report carries no byline)
    assert [r.role for r in read([*lines[:3], "石桥村的夜校（记者手记）", "□王川", FARM_TEXT])][3:5] == ["head", "byline"]
    assert [r.role for r in read([*lines[:3], "石桥村的夜校（记者手记）", "——夜校里的农民学员", "□王川", FARM_TEXT])][3:6] == [
        "head", "subtitle", "byline"]


def test_a_place_under_a_kicker_leading_on_the_dash_opens_the_title() -> None:
    """`多措并举应对高温少雨—— / 槐川县 / 抗旱保供水见成效 / □吕娜`: a kicker ending on the dash leads into its title, so the
    place's name under it is the title's first piece (no title is that short), the line after it the title's rest,
    not a title under a second kicker nor a subtitle."""
    lines = ["槐川县石桥村办起乡村夜校", "□王川", CARE_TEXT, "多措并举应对高温少雨——", "槐川县", "抗旱保供水见成效", "□吕娜", FARM_TEXT]
    assert [r.role for r in read(lines)][3:7] == ["head", "title", "title+", "byline"]


def test_a_quotation_closed_over_a_byline_is_the_rest_of_a_title() -> None:
    """`把书房作为检验服务的“试` / `金石”` / `□吕娜`: the line closing the quotation the line before opened is that line's
    rest, and over a □ byline, which stands under a head line, the rest of a title: the head of a new article."""
    lines = ["槐川县石桥村办起乡村夜校", "□王川", CARE_TEXT, "把书房作为检验服务的“试", "金石”", "□吕娜", FARM_TEXT]
    assert [r.role for r in read(lines)][3:6] == ["head", "title+", "byline"]


def test_a_closing_dateline_broken_after_its_paper_closes_the_article_above() -> None:
    """`（本报` / `槐川3月2日电）`: a closing dateline broken by a column right after the paper's name, its first piece
    naming no one yet, is the article's last paragraph and its rest; not the head of the next article."""
    lines = ["槐川县石桥村办起乡村夜校", "□吕娜", CARE_TEXT, "（本报", "槐川3月2日电）", "石桥村的书房亮到深夜", "本报讯 " + FARM_TEXT]
    assert [r.role for r in read(lines)][3:6] == ["para", "cont", "head"]


def test_a_line_over_the_interviewers_turn_heads_a_section_not_an_article() -> None:
    """`“书房要办到村民心坎上”` / `记者：下一步…？`: an interview opens on a lead introducing whom it asks, so a line right over
    the interviewer's turn is a subhead of the interview, never a new article's head."""
    lines = ["书房里的“大学问”", "——访槐川县图书馆馆长吕娜", "□王川", "槐川县图书馆今年新建乡村书房12座，记者日前采访了馆长吕娜。",
             "记者：乡村书房建起来了，怎样让村民常来？", "吕娜：我们每月办两场读书会，请村里的老人讲村史，孩子们最爱听。",
             "“书房要办到村民心坎上”", "记者：下一步书房还有哪些打算？", "吕娜：明年我们要把书房开到每个自然村。"]
    assert not {r for r, ok in zip(ROLES, _allowed(lines)[6]) if ok} & set(HEAD_ROLES)
    assert [r.role for r in read(lines)][6] == "heading"


def test_a_bulleted_subhead_is_no_letters_signature() -> None:
    """`■ 保饮水`: a bullet before a phrase says no one, so the line signs no letter though 保饮水 has a name's shape; it
    is a subhead, and a second one may follow it (`送水车开进石桥村`) before the section's text. An adverb opens no name
    (更清新, a title's rest)."""
    lines = ["槐川县多措并举抗旱保供水", "□吕娜", CARE_TEXT, "■ 保灌溉", FARM_TEXT, "■ 保饮水", "送水车开进石桥村", CARE_TEXT]
    assert not letter_signed("■ 保饮水") and letter_signed("读者 鲁志刚（柳湾区）")
    assert [r.role for r in read(lines)][3:] == ["heading", "para", "heading", "heading", "para"]
    assert not _names("更清新") and _names("管若琳")


def test_a_reprints_source_closes_its_article() -> None:
    """（原载《槐川文艺》2026年第3期） / 来源：槐川日报 under the last paragraph: where the text was first printed, closing
    it as a signature does, a paragraph of the article (no subhead), and no sign of a lost end."""
    from toolkit.pipeline import clean_sources

    assert signs_off("（原载《槐川文艺》2026年第3期）") and signs_off("村里的书房越办越红火。（摘自《槐川日报》）")
    lines = ("智能手环进了独居老人家", "□吕娜", CARE_TEXT, "“有事一按就有人来”", CARE_TEXT, "（原载《槐川文艺》2026年第3期）",
             "来源：槐川日报")
    (col,) = clean_sources([Source("p.txt", "0" * 64, "utf-8", lines)])
    (article,) = col.articles
    assert [b.type for b in article.blocks][-2:] == ["paragraph", "paragraph"] and not article.flags


def test_a_title_with_a_name_shaped_column_tag_is_no_signature() -> None:
    """`渔嫂们的“网”事（走基层）`: 走基层 has a name's shape, but a signature closes a text, standing alone or after a
    sentence's end; a title's column tag is none, and the line may head an article of its own."""
    assert not signs_off("石桥村的夜校（走基层）")
    assert signs_off("村里的书房越办越红火。（吕娜）") and signs_off("（本报记者 吕娜）")
    lines = ["槐川县石桥村办起乡村夜校", "□吕娜", CARE_TEXT, "石桥村的夜校（走基层）", FARM_TEXT, CARE_TEXT]
    assert [r.role for r in read(lines)][3] == "head"


def test_a_column_label_over_a_dated_brief_is_its_kicker_not_part_of_its_title() -> None:
    """`简讯` over a brief's title, the brief opening on its dateline: the column's label, the head's kicker; not the
    first piece of a title broken in two (the title stays `桐溪县举办农民丰收节`). A title broken after its first
    characters, its words running across the break, may still be read as one title."""
    brief = "本报讯 9月23日，桐溪县在石桥村举办农民丰收节，200多户农民展示了今年的丰收成果。（吕娜）"
    assert [r.role for r in read(["简讯", "桐溪县举办农民丰收节", brief])][:2] == ["head", "title"]
    broken = ["城市", "书房点亮书香槐川", "本报讯 槐川县新建城市书房12座，城市书房藏书5000册以上，城市书房全天开放。"]
    assert {r for r, ok in zip(ROLES, _allowed(broken)[1]) if ok} >= {"title", "title+"}


def test_a_line_opening_on_the_count_after_one_above_goes_on_with_its_text() -> None:
    """`一是…` / `二是…` / `三是…。来自` / `…`: a line opening on the count after one a line above opened on (in the
    same shape) is the next item of the text that counts them, never the head line of an article of its own."""
    lines = ("桐溪县书房建设提速", "□吕娜", "今年以来，桐溪县城市书房建设明显加快了步伐，群众阅读更方便了。",
             "一是加强书房选址。县里把书房开在社区、村口和车站旁，让群众走几步就能借到书。",
             "二是丰富书房活动。各个书房每月开展读书会，吕娜说，孩子们最喜欢周末的绘本课。",
             "三是进一步加大书房建设力度，促进城乡阅读资源共享。来自",
             "桐溪县文化馆的消息说，全县今年将再建城市书房10座，覆盖所有乡镇。")
    (article,) = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=lines), "p").articles
    assert article.title == lines[0] and [b.text for b in article.blocks] == list(lines[2:])
    allowed = _allowed(lines)
    assert not any(ok for r, ok in zip(ROLES, allowed[5]) if r in HEAD_ROLES)
    head_like = "三是加大书房建设力度"  # (a line holding a full stop with more after it is no head line anyway)
    assert not any(ok for r, ok in zip(ROLES, _allowed(lines[:5] + (head_like,) + lines[6:])[5]) if r in HEAD_ROLES)
    assert [r for r, ok in zip(ROLES, _allowed(lines[:3] + (head_like,) + lines[6:])[3]) if ok and r in HEAD_ROLES]


def test_words_that_meet_at_a_break_by_chance_bind_no_lines() -> None:
    """`二、凝聚多方力量` / `基层治理…`, on a page that prints 高质量基层 twice: three characters across the break (量基层)
    are printed elsewhere, but as two words that meet there (力量|基层 is never printed), no term of the page's own:
    the line under the numbered subhead may open a paragraph. A name the page prints whole still binds its pieces."""
    lines = ("以高质量基层治理推动书房建设", "□吕娜", "高质量基层治理，离不开群众的参与。桐溪县这几年建起了22座书房。",
             "一、找准书房的位置", "书房开在哪里，要听群众的意见。县里把书房开在社区和村口。",
             "二、凝聚多方力量", "基层治理不是政府一家的事。高质量基层治理要靠社会各方共同出力。",
             "吕娜说，书房的志愿者已有300多人。")
    assert words_meet(lines[5], lines[6], "\n".join(lines))
    assert dict(zip(ROLES, _allowed(lines)[6]))["para"]
    named = ("记者见到了管理员郑晓", "东。他说，孩子们放学后都爱来这里。", "郑晓东告诉记者，书房还将开设周末读书会。", "郑晓东说，读书会每月办两次。")
    assert {r for r, ok in zip(ROLES, _allowed(named)[1]) if ok} == {"cont"}


def test_a_roundups_item_heads_are_subheads_of_one_article() -> None:
    """`石桥村：…` / its paragraph / `书房镇：…` / … three or more parallel item heads under one head and byline: each a
    subhead of that article, the last one too (not the title of an article of its own) and the first one too (not a
    paragraph's first line with its item's text for its rest). Two briefs whose titles share the shape, or items over
    their own byline, are no roundup."""
    items = [("石桥村：“书房”开进村委会", "连日来，槐川县石桥村的农家书房里人来人往，藏书三千余册，村民借书不出村。"),
             ("桐溪县：读书会办到田间", "为推动全民阅读，桐溪县组织志愿者把读书会办到田间地头，今年已办了40多场。"),
             ("岳川县：流动书车进山区", "“以前孩子们想看书，要走十几里山路。”岳川县购置了两辆流动书车，每周进山区两次。"),
             ("槐川县：书房借阅创新高", "截至目前，槐川县22座城市书房实现通借通还，全年借阅图书12万册次，比上年增长三成。")]
    lines = ("一线快报", "多地推进全民阅读", "□吕娜 郑晓东 王川 吴敏", *(line for item in items for line in item),
             "槐川县", "城市书房点亮“书香槐川”", "□吴敏", "晚上九点，槐川县人民公园旁的城市书房里依然灯火通明。")
    roundup, after = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=lines), "p").articles
    assert roundup.title == "多地推进全民阅读" and after.title == "城市书房点亮“书香槐川”"
    assert [(b.type, b.text) for b in roundup.blocks] == [(t, x) for item in items for t, x in zip(("heading", "paragraph"), item)]
    assert parallel_items(lines[3:7]) == set()  # two in a row
    signed = [line for head, text in items for line in (head, "□吕娜", text)]
    assert parallel_items(signed) == set()
    # an item's text short and closing on its quotation, cut by a column inside one or after a clause too short for
    # a head's, is text between the heads
    quoted = [line for head, text in items for line in (head, "“书房就在家门口。”", "村民都说“书", "房里，村民们正")]
    assert parallel_items(quoted) == {0, 4, 8, 12}


def test_an_explainers_questions_are_subheads_of_one_article() -> None:
    """An explainer parted by the questions a reader asks (`城市书房能借哪些书？` / its answer / …), three or more in a row
    under one head: each a subhead of that article, not the title of an article of its own. A question a speaker puts
    in an interview (`记者：…？`) is a turn of the dialogue, no such head."""
    parts = [("城市书房能借哪些书？", "槐川县的城市书房藏有文学、历史、少儿读物等图书，每座书房三千册以上，每月更新两百册。"),
             ("借书要办什么手续？", "市民只需带上身份证，在自助机上刷一下就能办好借书证，不收押金，也不收办证费用。"),
             ("书房晚上几点关门？", "多数城市书房每天开放到晚上十点，节假日照常开放，部分书房实行二十四小时无人值守。"),
             ("借的书能在别处还吗？", "全县22座城市书房实现通借通还，在任何一座书房借的书，都能就近归还。")]
    lines = ("城市书房怎么用？", "□吴敏", "槐川县的城市书房越建越多，不少市民却不清楚该怎么用。记者就此采访了县图书馆馆长吕娜。",
             *(line for part in parts for line in part), "槐川县", "城市书房点亮“书香槐川”", "□王川",
             "晚上九点，槐川县人民公园旁的城市书房里依然灯火通明。")
    explainer, after = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=lines), "p").articles
    assert explainer.title == "城市书房怎么用？" and after.title == "城市书房点亮“书香槐川”"
    assert [(b.type, b.text) for b in explainer.blocks[1:]] == [(t, x) for part in parts for t, x in zip(("heading", "paragraph"), part)]
    turns = [line for question, answer in parts for line in ("记者：" + question, "吕娜：" + answer)]
    assert parallel_items(turns) == set() and len(parallel_items([line for part in parts for line in part])) == 4


def test_a_line_opening_on_a_dash_is_no_kicker_nor_title() -> None:
    """`——在…会议上的讲话（摘要）` under its title: a subtitle by its dash, though its end is shaped like a column tag
    (a title's): never a title under the line above read as a kicker."""
    lines = ("桐溪县推进全民阅读", "□吴敏", "截至目前，桐溪县已建成城市书房22座，全年借阅图书12万册次。",
             "让书香浸润城乡每一个角落", "——在槐川县全民阅读工作会议上的讲话（摘要）", "□王川", "同志们：",
             "今天召开全县全民阅读工作会议，主要任务是总结去年工作，部署今年任务。")
    assert not any(ok for r, ok in zip(ROLES, _allowed(lines)[4]) if r in ("head", "title"))
    article = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=lines), "p").articles[-1]
    assert (article.kicker, article.title, article.subtitle) == (None, "让书香浸润城乡每一个角落", lines[4])


@pytest.mark.parametrize("signature", [("（本报", "记者 吕娜 通讯员 王川）"), ("（本报记者 吕娜 通", "讯员 王川）")])
def test_a_signature_broken_in_its_brackets_is_one_paragraph(signature: tuple[str, str]) -> None:
    """`（本报` / `记者 吕娜 通讯员 王川）`: the line closing the bracket the line before opened is its rest, though
    shaped as a reporter's byline; `（本报记者 吕娜 通` opens the paragraph, no head line of the next article. The
    article's closing signature, not the byline or the head of an article after it."""
    lines = ("桐溪县", "书房开进村委会", "□吴敏", "傍晚时分，槐川县石桥村的农家书房里坐满了放学的孩子。",
             "吕娜说，书房明年还要再添一千册书。", *signature,
             "槐川县", "城市书房点亮“书香槐川”", "□王川", "晚上九点，槐川县人民公园旁的城市书房里依然灯火通明。")
    assert [r.role for r in read(list(lines))][5:7] == ["para", "cont"]
    if "记者" in signature[0]:  # a bracket opening on a reporter's credit: only the paragraph it opens
        assert [r for r, ok in zip(ROLES, _allowed(lines)[5]) if ok] == ["para"]
    first, after = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=lines), "p").articles
    assert [b.text for b in first.blocks[-2:]] == list(lines[5:7]) and first.byline == ("吴敏",)
    assert after.title == "城市书房点亮“书香槐川”" and after.byline == ("王川",)


def test_a_diarys_days_are_subheads_of_one_article() -> None:
    """A reporter's diary parted by its days (`3月12日 晴` / that day's paragraphs / `3月15日 小雨` / …): each day a
    subhead of the one article, however many paragraphs a day holds, never the title of an article of its own. A
    paragraph opening on a date (`3月15日，…`) is running text, no day's head."""
    days = [("3月12日 晴", ["清早从槐川县城出发，车子在山路上绕了两个多小时，才到石桥村。",
                            "村书房就在村委会二楼，管理员吕娜正在给新到的图书贴标签。"]),
            ("3月15日 小雨", ["雨下了一整天，书房里反倒比平时热闹，放学的孩子们挤在长桌边写作业。"]),
            ("3月19日 多云", [f"今天跟着吕娜去{place}送书，一路上她说起村里孩子们爱看的书，{book}最抢手。"
                              for place, book in (("村东头", "连环画"), ("半山腰", "科普书"), ("河对岸", "童话"),
                                                  ("老祠堂", "历史故事"), ("新村部", "绘本"), ("小学", "作文选"))]),
            ("3月23日 晴", ["蹲点的最后一天，吕娜说，书房明年还要再添一千册书。"])]
    lines = ("蹲点日记", "石桥村的书房", "□吴敏", *(line for head, text in days for line in (head, *text)),
             "桐溪县", "城市书房点亮“书香桐溪”", "□王川", "晚上九点，桐溪县人民公园旁的城市书房里依然灯火通明。")
    diary, after = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=lines), "p").articles
    assert diary.title == "石桥村的书房" and after.title == "城市书房点亮“书香桐溪”"
    assert [b.text for b in diary.blocks if b.type == "heading"] == [head for head, _ in days]
    dated = [line for head, text in days for line in (head.replace(" ", "，") + "记者来到石桥村。", *text)]
    assert parallel_items(dated) == set()


def test_a_roundups_dateline_under_its_first_item_head_opens_the_roundup() -> None:
    """`多地推进全民阅读` / `石桥村：…` / `本报讯（记者 吕娜）…` / `桐溪县：…` / …: a roundup prints its dateline once, under
    its first item's head. That head is the roundup's first subhead, not its subtitle nor an article's title, and the
    phrase over it is the roundup's title, even under an article that broke off mid-sentence. Briefs each over a
    dateline of their own are articles of their own, and so is the first head under a text's end, no head line."""
    items = [("石桥村：“书房”开进村委会", "本报讯（记者 吕娜）连日来，槐川县石桥村的农家书房里人来人往，藏书三千余册。"),
             ("桐溪县：读书会办到田间", "为推动全民阅读，桐溪县组织志愿者把读书会办到田间地头，今年已办了40多场。"),
             ("岳川县：流动书车进山区", "“以前孩子们想看书，要走十几里山路。”岳川县购置了两辆流动书车，每周进山区两次。"),
             ("槐川县：书房借阅创新高", "截至目前，槐川县22座城市书房实现通借通还，全年借阅图书12万册次，比上年增长三成。")]
    before = ("槐川县", "城市书房点亮“书香槐川”", "□吴敏", "晚上九点，槐川县人民公园旁的城市书房里依然灯火通明，",
              "不少市民趁着周末带着孩子来")
    lines = (*before, "多地推进全民阅读", *(line for item in items for line in item))
    first, roundup = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=lines), "p").articles
    assert first.title == "城市书房点亮“书香槐川”" and roundup.title == "多地推进全民阅读" and roundup.subtitle is None
    kinds = ("heading", "paragraph")
    assert [(b.type, b.text) for b in roundup.blocks] == [(t, x) for item in items for t, x in zip(kinds, item)]
    dated = [line for head, text in items for line in (head, "本报讯（记者 王川）" + text.split("）")[-1])]
    assert parallel_items(dated) == set()
    assert 1 not in parallel_items(("晚上九点，城市书房里依然灯火通明。", *(line for item in items for line in item)))


def test_parallel_item_heads_with_a_short_name_are_subheads() -> None:
    """`▲古镇：枕水人家烟火长` / its paragraphs / `▲茶乡：…`: the two characters before the colon name the item, no clause
    too short for a subhead's; the heads stay subheads, never the rest of the paragraph above them."""
    parts = [("▲古镇：枕水人家烟火长", "走进古镇，青石板路被岁月磨得光亮，两旁的老屋依水而建。"),
             ("▲螺峰：云海深处听松涛", "螺峰山海拔一千二百多米，山顶常年云雾缭绕，游客天不亮就上山等日出。"),
             ("▲茶乡：一盏清茶品时光", "山脚下的茶园连成一片，采茶姑娘的歌声在山谷里回荡。")]
    lines = ("文旅", "鹤汀古镇：一川烟雨入画来", "□吴敏", "春雨初歇，桐溪县的山水仿佛被洗过一般，清新明丽。",
             *(line for part in parts for line in part))
    (article,) = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=lines), "p").articles
    assert [b.text for b in article.blocks if b.type == "heading"] == [head for head, _ in parts]


def test_a_profiles_quoted_subheads_are_subheads_of_one_article() -> None:
    """A profile parted by its subject's words (`“书房就是我的家”` / its paragraphs / …), three in a row: subheads of
    the one article, never the head of an article of its own. A quotation printed as a paragraph ends its sentence
    inside the marks (`“书房就是我的家。”`): no such head."""
    parts = [("“书房就是我的家”", ["吕娜在石桥村书房当了六年管理员，每天最早来，最晚走。",
                                 "村里的孩子放学后都爱来书房，她就一本一本地给他们挑书。"]),
             ("“孩子们爱看书，我就高兴”", ["去年，吕娜自费买了两百多本绘本，摆在书房最显眼的地方。"]),
             ("“只要还干得动，我就一直干下去”", ["有人劝她去县城工作，她都婉言谢绝了。", "她说，书房明年还要再添一千册书。"])]
    lines = ("书房里的守望者", "——记槐川县石桥村书房管理员吕娜", "□吴敏", "傍晚时分，石桥村的农家书房里灯火通明。",
             *(line for head, text in parts for line in (head, *text)),
             "桐溪县", "城市书房点亮“书香桐溪”", "□王川", "晚上九点，桐溪县人民公园旁的城市书房里依然灯火通明。")
    profile, after = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=lines), "p").articles
    assert profile.title == "书房里的守望者" and after.title == "城市书房点亮“书香桐溪”"
    assert [b.text for b in profile.blocks if b.type == "heading"] == [head for head, _ in parts]
    assert {lines.index(head) for head, _ in parts} <= parallel_items(lines)
    said = [line for head, text in parts for line in (head[:-1] + "。”", *text)]
    assert parallel_items(said) == set()


def test_bracketed_parts_in_a_row_are_subheads_and_a_bracketed_kicker_stays_a_kicker() -> None:
    """A case report parted by labels in 【】 (`【案情】` / its paragraphs / `【审理】` / …), three in a row: subheads of
    the one article, never the head of an article of its own. A label with its article's head under it (`【书香速递】`
    / its title / ——记… / □…) is the next article's kicker, however alike."""
    parts = [("【案情】", ["2023年5月，石桥村村民吕某在桐溪县一家书店购买了一套丛书，回家后发现缺页。",
                          "吕某多次与书店协商，书店以“已拆封”为由拒绝退换。"]),
             ("【审理】", ["法院审理认为，书店出售的图书存在质量问题，应当承担更换或者退货的责任。"]),
             ("【说法】", ["承办法官郑晓东表示，消费者购买的商品存在质量问题，经营者不得以“已拆封”为由拒绝退换。",
                          "他提醒，经营者应当把好进货关，确保所售商品质量合格。"])]
    lines = ("以案说法", "丛书缺页书店拒换 法院判决退货退款", "□王川", "买回的丛书缺了几十页，书店却以“已拆封”为由拒绝退换。",
             *(line for head, text in parts for line in (head, *text)),
             "【书香速递】", "从田间地头走上领奖台", "——记槐川县石桥村农家书房管理员吕娜", "□吴敏",
             "吕娜在石桥村书房当了六年管理员，每天最早来，最晚走，村里的孩子都爱来书房看书。")
    case, profile = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=lines), "p").articles
    assert [b.text for b in case.blocks if b.type == "heading"] == [head for head, _ in parts]
    assert profile.kicker == "【书香速递】" and profile.title == "从田间地头走上领奖台"
    assert {lines.index(head) for head, _ in parts} <= parallel_items(lines)
    assert lines.index("【书香速递】") not in parallel_items(lines)


def test_counted_questions_are_subheads_of_one_column() -> None:
    """A column asking its questions in turn (`一问：…？` / its answer / `二问：…？` / …): the count before the colon is no
    speaker's label nor a clause, and the second question, counted on from the first, heads no article of its own
    (a subhead, or a paragraph as the model reads it)."""
    parts = [("一问：书房建在哪里？", ["桐溪县把书房建在群众家门口，有的在公园旁，有的在社区服务中心里，步行十分钟就能到。"]),
             ("二问：书从哪里来？", ["书房的图书由县图书馆统一配送，每季度更换一次，群众还可以在网上点单。",
                                 "去年，全县书房新增图书两万多册。"])]
    lines = ("民生观察", "城市书房如何“活”起来", "□吕娜", "城市书房建起来容易，管好用好难。记者就此进行了采访。",
             *(line for head, text in parts for line in (head, *text)))
    (article,) = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=lines), "p").articles
    assert [b.text for b in article.blocks] == list(lines[3:])
    second = _allowed(lines)[lines.index(parts[1][0])]
    assert second[ROLES.index("heading")] and not any(second[ROLES.index(r)] for r in HEAD_ROLES)


@pytest.mark.parametrize("cue", ["在《夜读》一诗中，她写道：", "在《夜读》中，她只写了两句："])
def test_quoted_verse_lines_are_paragraphs_of_the_text(cue: str) -> None:
    """A review quoting a poem a line to a line (`…她写道：` / `书房的灯亮到很晚` / `翻书声比雨声轻` / the text again):
    the lines are the article's paragraphs, never the head of an article of its own nor a subhead, and no break
    joins them. Where nothing but short lines follows a colon that counts none, it is a page cut after it."""
    from toolkit.lines import verse_lines

    verse = ["书房的灯亮到很晚", "翻书声比雨声轻"]
    lines = ("书评", "灯下书声——读吕娜诗集《石桥夜读》", "□吴敏", "吕娜的诗写的多是乡村书房里的寻常光景。" + cue, *verse,
             "短短两行，没有一个“爱”字，却把村里人对书的珍惜写得入木三分。", "诗集中这样的句子还有很多，读来亲切自然。")
    (article,) = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=lines), "p").articles
    assert [b.text for b in article.blocks] == list(lines[3:]) and {b.type for b in article.blocks} == {"paragraph"}
    (col,) = clean_sources([Source(path="p.txt", sha256="", encoding="utf-8", lines=lines)])
    assert [b.text for b in col.articles[0].blocks] == list(lines[3:])
    assert verse_lines(["桐溪县召开会议，吴敏说：", "书房里的新年", "□吕娜"]) == {}


@pytest.mark.parametrize("subtitle", ["记槐川县石桥村书房管理员吕娜", "——记槐川县石桥村书房管理员吕娜", "访槐川县图书馆馆长吴敏"])
def test_a_line_opening_on_ji_or_fang_is_a_subtitle(subtitle: str) -> None:
    """`书房里的读书声` / `记槐川县…管理员吕娜`: a line opening on 记 or 访 alone names whom a profile portrays or an
    interview talks to, the subtitle under its title (with its dash or without): never a title under a kicker, nor
    a title's rest. 记者, 访问 are words of their own."""
    lines = ("桐溪县推进全民阅读", "□吴敏", "截至目前，桐溪县已建成城市书房22座，全年借阅图书12万册次。",
             "书房里的读书声", subtitle, "□王川", "傍晚时分，槐川县石桥村的农家书房里坐满了放学的孩子。",
             "吕娜在这里当了六年管理员，书房的每一本书她都熟悉。")
    assert not any(ok for r, ok in zip(ROLES, _allowed(lines)[4]) if r in ("head", "title", "title+"))
    article = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=lines), "p").articles[-1]
    assert (article.kicker, article.title, article.subtitle) == (None, "书房里的读书声", subtitle)
    assert not portrait("记者手记") and not portrait("访问石桥村书房")
    # a line ending on the dash leads on into the title under it: a kicker, whatever it opens on
    assert not portrait("访书房管理员吕娜——")
    assert [r.role for r in read([*lines[:3], "访书房管理员吕娜——", "书房里的读书声", "□王川", *lines[6:]])][3:6] == [
        "head", "title", "byline"]
    # …and a line led by the dash is never a byline, whatever names it holds after an enumeration comma
    dashed = [*lines[:3], "书房里的读书声", "——访槐川县图书馆党支部书记、馆长吴敏", "□王川", *lines[6:]]
    assert not dict(zip(ROLES, _allowed(dashed)[4]))["byline"]
    assert [r.role for r in read(dashed)][3:6] == ["head", "subtitle", "byline"]
    # …and the line it leads into is the title, a portrait too: not the text of the article above, nor a byline
    assert [r.role for r in read([*lines[:3], "用心守护书房里的读书声——", "访槐川县图书馆馆长吴敏", "□王川", *lines[6:]])][3:6] == [
        "head", "title", "byline"]


def test_parts_a_noun_numbers_are_subheads_of_one_article() -> None:
    """`数字一：12万` / its paragraph / `数字二：3.5亿元` / …: a noun numbering the parts before a colon counts them, so
    neither count heads an article of its own, and the short clause after the colon does not make them running text;
    a noun that makes a word with the numeral (统一：) counts nothing."""
    from toolkit.lines import _count

    parts = [("数字一：12万", "全年新增就业1.2万人，比上年增长5%。桐溪县书房全年接待读者12万人次。"),
             ("数字二：3.5亿元", "全县文化产业增加值达到3.5亿元，比上年增长8.1%。")]
    lines = ("数说", "桐溪县这一年", "□吕娜", "2024年，桐溪县经济运行持续向好。透过一组组数字，可以看到这座县城的变化。",
             *(line for part in parts for line in part))
    (article,) = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=lines), "p").articles
    assert article.title == "桐溪县这一年"
    assert [b.text for b in article.blocks] == list(lines[3:])
    for head, _ in parts:
        allowed = _allowed(lines)[lines.index(head)]
        assert allowed[ROLES.index("heading")] and not any(allowed[ROLES.index(r)] for r in HEAD_ROLES)
    assert _count("误区二：越贵越好") == ("误区#：", 2) and _count("统一：思想") is None


def test_a_commentator_over_the_title_is_the_kicker() -> None:
    """`本报评论员` printed over an editorial's title, no byline under it: the commentator is read as the kicker and
    the line under it as the title, not an untitled article whose title is a paragraph."""
    lines = ("本报评论员", "让城市书房真正活起来", "城市书房建起来容易，管好用好难。桐溪县的做法值得借鉴。",
             "书房要有好书，更要有人气。")
    (article,) = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=lines), "p").articles
    assert (article.kicker, article.title) == ("本报评论员", lines[1])
    assert [b.text for b in article.blocks] == list(lines[2:])


def test_a_photo_storys_items_are_headed_captions() -> None:
    """A photo story: a lead, then short heads each over a caption that ends on the photo's credit (`稻田飘香` /
    `10月12日，…（本报记者 吕娜 摄）`). A caption under a head of its own is the item's text, read where it stands: the
    heads are subheads of one article, not titles of articles of their own."""
    items = [("稻田飘香", "10月12日，槐川县石桥村的种粮大户在稻田里驾驶收割机抢收水稻。（本报记者 吕娜 摄）"),
             ("橘子红了", "10月15日，桐溪县的果农在果园里采摘柑橘，柑橘成了当地群众增收的“致富果”。（本报通讯员 王川 摄）"),
             ("开湖捕鱼", "10月20日，桐溪县东湖渔场举行开湖捕鱼活动，渔民们合力拉网起鱼。（本报记者 吴敏 摄）")]
    lines = ("图片新闻", "金秋时节丰收忙", "金秋十月，各地农民抢抓晴好天气收获秋粮。本报记者用镜头记录下一个个丰收瞬间。",
             *(line for item in items for line in item))
    (article,) = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=lines), "p").articles
    assert (article.kicker, article.title) == ("图片新闻", "金秋时节丰收忙")
    assert [(b.type, b.text) for b in article.blocks] == [("paragraph", lines[2])] + [
        (kind, text) for head, caption in items for kind, text in (("heading", head), ("paragraph", caption))]
    from toolkit.lines import caption_in_place

    # a quotation's end over a caption is no head: the caption stands inside running text, lifted out as before
    assert not caption_in_place("“书房让孩子们有了去处。”", items[0][1]) and caption_in_place(items[0][0], items[0][1])


def test_a_reporters_title_is_no_dateline() -> None:
    """`本报通讯员` names a reporter: a photo credit under it (（本报通讯员 王川 摄）) signs no article off."""
    from toolkit.lines import opens_lead

    assert not opens_lead("本报通讯员 王川") and opens_lead("本报讯（记者 吕娜 通讯员 王川）近日，…")
    assert not signs_off("渔民们合力拉网起鱼。（本报通讯员 王川 摄）")


def test_a_number_broken_across_lines_goes_on_from_the_line_before() -> None:
    """`关于做好20` / `25年度…的通知`: digits on both sides of the break are one number, the line its rest."""
    lines = ("便民服务", "关于做好20", "25年度城乡居民医疗保险参保缴费工作的通知",
             "为进一步做好参保缴费工作，现将有关事项通知如下：")
    allowed = _allowed(lines)[2]
    assert [r for r, ok in zip(ROLES, allowed) if ok] == ["title+", "cont"]


def test_a_line_opening_on_a_sentence_too_short_to_open_a_paragraph_finishes_the_one_before() -> None:
    """`第二天一早，我又要` / `出发了。母亲往…`: no paragraph opens on a sentence of four characters with more after it
    (in quotation marks or after a speaker's label some do), so the line is the rest of the one before, and that one
    is no head of an article; under a line that may be a title the line may be its lead, cut mid-sentence. A question
    so short may open a paragraph (如何破解？…), and so may any after a line ending a sentence."""
    lines = ("夜深了，我躺在老屋的床上，听着窗外的蛙声，久久不能入睡。", "第二天一早，我又要",
             "出发了。母亲往我的包里塞满了自家种的蔬菜。")
    (col,) = clean_sources([Source(path="p.txt", sha256="", encoding="utf-8", lines=lines)])
    (article,) = col.articles
    assert not article.title and [b.text for b in article.blocks] == [lines[0], lines[1] + lines[2]]
    assert [r for r, ok in zip(ROLES, _allowed(lines)[2]) if ok] == ["cont"]
    assert _allowed(lines[:1] + ("如何破解？桐溪县把书房开到了村口。",))[1][ROLES.index("para")]  # a question may
    assert _allowed(lines[:1] + ("9月1日，晴。今天是书房开门的第一天。",))[1][ROLES.index("para")]  # clauses are whole
    assert [r for r, ok in zip(ROLES, _allowed(("桐溪县书房建设提速", "所开放。全县今年新建书房12所。"))[1]) if ok] == [
        "para", "cont"]
    assert _allowed(lines[:1] + ("“好。”他说完就走了。",))[1][ROLES.index("para")]
    # …and after a full stop nothing is left to finish: an essay's paragraph may open on a short statement
    assert _allowed(lines[:1] + (lines[2],))[1][ROLES.index("para")]


@pytest.mark.parametrize("label", ["乡村书房观察", "文化企业探访", "城乡书房述评", "城事速递", "县域简讯", "槐川时评", "今日评论",
                                   "书房笔记", "政策解读"])
def test_a_label_naming_a_topic_and_a_kind_of_report_is_a_kicker(label: str) -> None:
    """`乡村书房观察` / `一间“小书房”的十年` / □byline: a topic and the kind of report on it (观察, 探访, 调查: the kind a
    noun here, the column's name) is a series' label over the title, not a title broken after a verb."""
    lines = ("郑晓东说，书房明年还要再添一千册书。", label, "一间“小书房”的十年", "□吴敏",
             "傍晚时分，石桥村的农家书房里灯火通明，十几个孩子围坐在长桌旁看书。")
    article = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=lines), "p").articles[-1]
    assert (article.kicker, article.title, article.subtitle) == (label, lines[2], None)
    # …complete in itself, so with no byline under the title, after an author's note, the title is still no rest of it
    unsigned = ("书房明年还要再添一千册书。", "（作者为槐川县文化馆馆员）", label, lines[2], lines[4])
    article = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=unsigned), "p").articles[-1]
    assert (article.kicker, article.title, article.subtitle) == (label, lines[2], None)


def test_a_label_naming_a_kind_of_report_after_an_article_with_plain_subheads_heads_the_next_article() -> None:
    """An article whose subheads are plain phrases, then `文化企业探访` / a title / a lead whose start is lost (no byline,
    no dateline): the label names a series over the next article's title, no subhead of the article above, and the
    title under it no second subhead."""
    lines = ("石桥村书房开到家门口", "□吴敏", "傍晚时分，石桥村的农家书房里灯火通明，十几个孩子围坐在长桌旁看书。",
             "书房里的新变化", "今年，县图书馆给书房添了两千册新书，还装上了自助借还机。",
             "孩子们的好去处", "放学后，孩子们三五成群来到书房写作业、读绘本，管理员郑晓东说，书房成了村里最热闹的地方。",
             "文化企业探访", "一本“小书”的十年", "总经理王",
             "川拿起一本刚印好的绘本，小心地翻开。这是公司今年出版的第十二本乡土绘本。")
    articles = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=lines), "p").articles
    assert [(a.kicker, a.title) for a in articles] == [(None, lines[0]), ("文化企业探访", lines[8])]
    assert [b.text for b in articles[0].blocks if b.type == "heading"] == [lines[3], lines[5]]


@pytest.mark.parametrize(("label", "title", "kicker"), [("科普", "书房里为什么这么安静？", "科普"),
                                                     ("全民阅读进行时", "书房里为什么这么安静？", "全民阅读进行时"),
                                                     ("山坳里飘", "出的读书声", None),
                                                     ("书房借阅迟迟不", "见起色怎么办", None)])
def test_a_columns_label_over_a_title_its_subtitle_and_byline_is_its_kicker(label: str, title: str,
                                                                           kicker: str | None) -> None:
    """The label over a title (a question too) whose subtitle, dash-led or not, stands over the byline is the kicker, a
    series' longer name too (全民阅读进行时); a title's first words holding a localizer (山坳里飘 / 出的读书声) or saying
    something (书房借阅迟迟不) are none."""
    lines = ("郑晓东说，书房明年还要再添一千册书。", label, title, "专家解读城市书房的声学设计", "□吴敏",
             "傍晚时分，石桥村的农家书房里灯火通明，十几个孩子围坐在长桌旁看书。")
    article = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=lines), "p").articles[-1]
    assert (article.kicker, article.title) == ((kicker, title) if kicker else (None, label + title))
    assert article.subtitle == lines[3]
    from toolkit.lines import _label

    assert not _label("让好书在乡村") and _label("书香在身边")  # a causative opens no label; a preposition may be in one
    unsigned = lines[:3] + ("——记槐川县城市书房建设", lines[5])  # a dash-led subtitle says a head is above it
    article = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=unsigned), "p").articles[-1]
    assert (article.kicker, article.title) == ((kicker, title) if kicker else (None, label + title))


def test_quoted_subheads_over_long_sections_are_parallel() -> None:
    """A profile's sections named in its subject's words (“书房就是家” / … / “孩子爱看就值” / …) run to many lines
    when columns break their paragraphs: the heads are parallel across SECTION_SPAN lines, not only ITEM_SPAN."""
    from toolkit.lines import ITEM_SPAN

    body = ["吕娜每天最早来到书房，把桌椅擦得干干净净，", "再把新到的图书一本本摆上书架。"] * 5
    lines = ["“书房就是家”", *body, "“孩子爱看就值”", *body, "“书要有人读”", *body]
    assert len(body) > ITEM_SPAN
    assert {0, len(body) + 1, 2 * len(body) + 2} <= parallel_items(lines)


def test_a_column_counting_its_briefs_holds_them_as_subheads() -> None:
    """`本省简讯` / `简讯三则` / a brief's head / `本报讯…` / …: the title counts the briefs (则 is a news item's measure
    word), so their heads are subheads of the column, though each brief opens on a dateline; without the count each
    brief is an article of its own."""
    briefs = [("桐溪县书房借阅创新高", "本报讯（记者 吕娜）截至10月底，桐溪县22座城市书房今年借阅图书12万册次。"),
              ("槐川县开办乡村读书会", "10月20日，槐川县首期乡村读书会在石桥村开讲，村民王川等30余人参加。"),
              ("岳川县流动书车进山区", "本报讯（通讯员 郑晓东）岳川县两辆流动书车近日开进山区，每周进村两次。")]
    lines = ("“书房就是她的第二个家。”村支书王川说。", "本省简讯", "简讯三则", *(line for brief in briefs for line in brief))
    column = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=lines), "p").articles[-1]
    assert (column.kicker, column.title) == ("本省简讯", "简讯三则")
    assert [(b.type, b.text) for b in column.blocks] == [
        (kind, text) for head, lead in briefs for kind, text in (("heading", head), ("paragraph", lead))]
    uncounted = lines[:2] + lines[3:]
    first = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=uncounted), "p").articles[1]
    assert (first.kicker, first.title) == ("本省简讯", briefs[0][0])
    from toolkit.lines import BRIEFS

    assert BRIEFS.search("简讯三则（本周要闻）") and not BRIEFS.search("简讯三则说明")


def test_a_named_roundup_prints_its_dateline_once() -> None:
    """`书香动态` / a brief's head / `本报讯…` / a head / its text / …: a column named a roundup (动态, 速览…) may print
    its dateline once, under its first head; the later heads over a brief's running text are its subheads too. The
    next article's title over its subtitle of clauses, or a head after two dated briefs, is no brief of it."""
    briefs = [("槐川县书房借阅创新高", "本报讯（记者 吕娜）截至10月底，槐川县22座城市书房今年借阅图书12万册次。"),
              ("桐溪县开办乡村读书会", "10月20日，桐溪县首期乡村读书会在石桥村开讲，村民王川等30余人参加。"),
              ("岳川县流动书车进山区", "近日，岳川县两辆流动书车开进山区，每周进村两次，深受孩子们欢迎。")]
    after = ("书房里的灯光", "——记石桥村农家书房，藏书三千余册", "□吴敏", "晚上九点，石桥村的书房里依然灯火通明。", "管理员吕娜说，书房每天开到十点。",
             "村民王川是书房的常客。", "他说，书房让村里的夜晚热闹了起来。", "今年，书房还办起了读书会。", "每月一期，每期一个主题。",
             "孩子们最喜欢的是绘本课。")
    lines = ("“书房就是她的第二个家。”村支书王川说。", "书香动态", *(line for brief in briefs for line in brief), *after)
    column, article = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=lines), "p").articles[-2:]
    assert column.title == "书香动态" and article.title == "书房里的灯光"
    assert [(b.type, b.text) for b in column.blocks] == [
        (kind, text) for head, lead in briefs for kind, text in (("heading", head), ("paragraph", lead))]
    from toolkit.lines import _named_briefs

    assert _named_briefs(lines, 1) == [2, 4, 6]
    dated = ("书香动态", *briefs[0], briefs[1][0], "本报讯（记者 王川）" + briefs[1][1], *briefs[2])
    assert _named_briefs(dated, 0) == [1, 3]


def test_the_head_line_under_a_dotted_column_label_is_the_title() -> None:
    """`理论·实践` / a title / its lead, no byline: the label is the kicker, complete in itself, so the line under it is
    the title, not a subtitle under a label read as the title."""
    from toolkit.lines import column_label

    lines = ("理论·实践", "以城市书房建设推动全民阅读", "城市书房是公共文化服务体系的重要组成部分，桐溪县的探索值得关注。")
    allowed = _allowed(lines)[1]
    assert column_label(lines[0]) and allowed[ROLES.index("title")] and not allowed[ROLES.index("subtitle")]


def test_what_as_follows_announces_is_set_out_as_a_paragraph() -> None:
    """`…调查，结果如下：` / `鸟类：183种；兽类：29种。`: `as follows` sets out what follows as a paragraph of its own,
    never the rest of the announcing one; a count's colon (…主要有三条：) may go on in its paragraph."""
    lines = ("去年，桐溪县开展了第二次书房读者调查，结果如下：", "读者：12万人次（比上年增加3万）；借阅：8万册次（增加2万）。")
    assert not _allowed(lines)[1][ROLES.index("cont")]
    assert _allowed(("看一座书房办得好不好，主要看两个指标：", "一个是借阅量，一个是到馆人次。"))[1][ROLES.index("cont")]
    diary = ("记者摘录了其中两段：", "9月1日，晴。今天是书房开门的第一天，孩子们来得比我还早。")
    assert not _allowed(diary)[1][ROLES.index("cont")]
    assert _allowed(("她在日记里写下这样一段话：", "“书房的灯，要一直亮着。”"))[1][ROLES.index("cont")]


def test_a_line_opening_on_a_localizer_and_de_goes_on_from_the_line_before() -> None:
    """`竹丝扇面` / `上的“毫厘功夫”`: a localizer with 的 closes the noun on the line before (扇面上的), so the line is
    that line's rest, a title's too, never a subtitle nor a paragraph of its own."""
    lines = ("寻访非遗传承人", "竹丝扇面", "上的“毫厘功夫”", "□吴敏", "在槐川县石桥村，吕娜的竹丝扇已经做了三十年。")
    assert [r for r, ok in zip(ROLES, _allowed(lines)[2]) if ok] == ["title+", "cont"]


def test_a_line_opening_on_a_localizer_and_a_mark_goes_on_from_the_line_before() -> None:
    """`书房的微信公众号` / `里，最受欢迎的一篇…`: the localizer and its comma close the noun on the line before (公众号里), so
    the line goes on from it; and the short line above, left dangling by its copula (书房的第一步是), heads no article
    over the running text under it."""
    lines = ("石桥村书房开放", "□吴敏", "书房开放一年，借阅量翻了一番。", "书房的微信公众号",
             "里，最受欢迎的一篇是孩子们写的读书笔记。", "书房的第一步是", "搭好书架，买齐新书，这是村里商量了很久才定下的。")
    allowed = _allowed(lines)
    assert [r for r, ok in zip(ROLES, allowed[4]) if ok] == ["title+", "cont"]
    assert not allowed[5][ROLES.index("head")]


def test_a_label_after_a_speech_closing_on_an_exclamation_is_a_kicker() -> None:
    """An article may end on an exclamation (a speech: …作出新的贡献！); the label after it, over a bylined title,
    is the next article's kicker as after a full stop."""
    lines = ("同志们，让我们携手努力，为建设书香槐川作出新的更大贡献！", "国际论坛", "开放合作才是人间正道", "□吴敏",
             "近来，个别国家频频设置贸易壁垒，这种做法违背经济规律。")
    article = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=lines), "p").articles[-1]
    assert (article.kicker, article.title) == ("国际论坛", lines[2])
    assert [r for r, ok in zip(ROLES, _allowed(lines)[1]) if ok] == ["head"]


@pytest.mark.parametrize("signature", [("读者 吴敏（桐溪县石桥村）",), ("读者 吴敏", "（桐溪县石桥村）")])
def test_a_letters_signature_may_say_where_its_writer_lives(signature: tuple[str, ...]) -> None:
    """`读者 吴敏（桐溪县石桥村）`: a letter's signature with the writer's place in brackets signs it as the bare one does,
    a paragraph of its own, also when the place is on the next line; the subhead after it (`记者回访`) stays a subhead of
    the same article, not a new one's head."""
    lines = ("读者来信", "村里的书房为何总是关门", "编辑同志：", "我家住在桐溪县石桥村，村里去年建了一座农家书房，可一年里大半时间都关着门。",
             *signature, "记者回访", "接到来信后，记者来到石桥村。村支书王川告诉记者，书房缺少管理人员，只能周末开放。")
    (col,) = clean_sources([Source(path="p.txt", sha256="", encoding="utf-8", lines=lines)])
    (article,) = col.articles
    assert (article.kicker, article.title) == lines[:2]
    assert [(b.type, b.text) for b in article.blocks] == [("paragraph", lines[2]), ("paragraph", lines[3]),
                                                          ("paragraph", "".join(signature)), ("heading", lines[-2]),
                                                          ("paragraph", lines[-1])]


def test_who_attended_a_meeting_is_its_reports_subtitle() -> None:
    """`槐川县召开…推进会` / `王川出席并讲话` / `□吕娜`: the line naming who attended and spoke is the meeting report's
    subtitle, not its title under the title read as a kicker; and 会 closing the verb phrase 召开 opens (the meeting,
    also when the title is broken before it) leaves nothing dangling, as the modal 会 would."""
    from toolkit.lines import attendance, left_dangling

    lines = ("槐川县召开全县农村公路建设推进会", "王川出席并讲话", "□吕娜", "本报讯 3月2日，槐川县召开全县农村公路建设推进会，总结去年工作，部署今年任务。",
             "会议指出，过去一年全县新建和改造农村公路120公里，群众出行更方便了。")
    (article,) = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=lines), "p").articles
    assert (article.kicker, article.title, article.subtitle) == (None, lines[0], lines[1])
    assert attendance("王川、吴敏出席") and attendance("郑晓东出席会议并致辞") and not attendance("石桥村召开村民大会")
    assert left_dangling("书房的建成会") and not left_dangling("推进会", "槐川县召开全县农村公路建设")


@pytest.mark.parametrize("subtitle", ["王川主持", "吕娜出席并见证签约 王川致辞", "吕娜 吴敏陪同"])
def test_who_chaired_signed_or_went_along_is_the_subtitle_under_a_kicker_and_title(subtitle: str) -> None:
    """`县委常委会召开会议` / `研究部署…` / `王川主持` (a subtitle of a few characters by its form), `…签约仪式举行` /
    `12个项目集中签约 总投资36亿元` / `吕娜出席并见证签约 王川致辞` (parts apart by spaces): the line naming who chaired,
    attended, spoke or went along is the subtitle, so the line over it is the title under its kicker, figures or not."""
    from toolkit.lines import attendance

    heads = {"王川主持": ("县委常委会召开会议", "研究部署城市书房建设工作"),
             "吕娜出席并见证签约 王川致辞": ("全县文化旅游项目集中签约仪式举行", "12个项目集中签约 总投资36亿元"),
             "吕娜 吴敏陪同": ("王川在石桥村调研时强调", "让农家书房真正用起来")}[subtitle]
    lines = ("书房明年还要再添一千册书。", *heads, subtitle, "□郑晓东",
             "本报讯 3月2日，槐川县召开会议，研究部署城市书房建设工作，全县今年将再建书房12座。")
    article = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=lines), "p").articles[-1]
    assert (article.kicker, article.title, article.subtitle) == (*heads, subtitle)
    assert attendance(subtitle) and not attendance("坚定信心 优化服务")


@pytest.mark.parametrize(("name", "tag"), [("县内简讯", "{}"), ("文体短波", "{}"), ("文体短波", "【{}】")])
def test_a_column_named_for_briefs_holds_the_briefs_under_it(name: str, tag: str) -> None:
    """`县内简讯` / `石桥村书房开放` / `本报讯…` / `桐溪中学读书节开幕` / `本报讯…`: a title naming a roundup of briefs, with no
    count, holds the briefs that follow it, each head over a lead opening on its dateline: one article, their heads its
    subheads (in lenticular brackets or not)."""
    lines = ("书房明年还要再添一千册书。", name, tag.format("石桥村农家书房开放"), "本报讯 3月1日，石桥村农家书房正式开放，首批藏书3000册。",
             tag.format("桐溪中学读书节开幕"), "本报讯 3月2日，桐溪中学第五届读书节开幕，全校学生将参加读书分享会。",
             tag.format("县图书馆推出送书上门"), "本报讯 近日，县图书馆推出送书上门服务，老人和残疾人读者可电话预约。")
    article = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=lines), "p").articles[-1]
    assert (article.kicker, article.title) == (None, name)
    assert [b.text for b in article.blocks if b.type == "heading"] == [lines[2], lines[4], lines[6]]
    # …also where a column broke a lead after its dateline (本报讯 / 3月1日，…): the dateline alone is no brief's head
    broken = lines[:3] + ("本报讯", lines[3].removeprefix("本报讯 ")) + lines[4:]
    article = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=broken), "p").articles[-1]
    assert [b.text for b in article.blocks if b.type == "heading"] == [lines[2], lines[4], lines[6]]


def test_a_reporter_finding_something_out_is_no_byline() -> None:
    """`记者了解到，`: 了解 is a word of the dictionary and 了 no common surname, so 了解到 names no one; the line is a
    paragraph's words (cut by a column break), not a byline."""

    lines = ["“书房就是她的第二个家。”村支书王川说。", "记者了解到，", "桐溪县今年将再建城市书房10座，每座藏书5000册以上。"]
    assert [r.role for r in read(lines)] == ["para", "para", "cont"]
    assert not _names("记者了解到") and _names("本报记者 王国强") and _names("□靳东方")


@pytest.mark.parametrize("marks", [("■ ", "■ "), ("▶", "▶"), ("【缘起】", "【做法】")])
@pytest.mark.parametrize("head", [("桐溪县书房年借阅量突破12万册次",), ("书香", "石桥村的孩子们有了自己的“夜读课”")])
def test_a_plain_head_after_an_articles_bulleted_subheads_opens_the_next_article(head: tuple, marks: tuple) -> None:
    """`■ 书房开到家门口` / … / `■ 志愿者来值守` / … then, after a text's end, a line set plainly (no byline under it): a
    paper sets all of an article's subheads in one form (after a bullet, or a section's tag: 【现场】…), so the plain
    line heads the next article, kicker or not."""
    lines = ["□吕娜", "槐川县今年新建城市书房12座，全部实行免费开放，市民刷身份证就能借书。",
             f"{marks[0]}书房开到家门口", "家住城东社区的吴敏说，以前借书要跑到县图书馆，现在下楼走几步就到了，周末还能带孩子来看绘本。",
             f"{marks[1]}志愿者来值守", "书房的日常管理由社区志愿者轮流负责，每天开放到晚上九点，节假日照常开放。",
             "郑晓东告诉记者，明年全县还将再建8座书房，让更多居民在家门口享受阅读。", *head,
             "记者3月2日从桐溪县文化馆获悉，今年以来，全县22座城市书房共借出图书12万册次，同比增长30%。",
             "书房还推出了线上预约和图书配送服务，读者在手机上下单，第二天就能在家门口取书。"]
    articles = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=tuple(lines)), "p").articles
    assert [b.text for b in articles[0].blocks if b.type == "heading"] == [lines[2], lines[4]]
    assert (articles[-1].kicker, articles[-1].title) == ((None, *head) if len(head) == 1 else head)
    # …but a list's items in a row say nothing of the subheads' form: the plain line under them stays a subhead
    listed = lines[:2] + ["■ 书房开到家门口", "■ 志愿者来值守", "书房的日常管理由社区志愿者轮流负责，每天开放到晚上九点。",
                          "读者越来越多", "郑晓东告诉记者，明年全县还将再建8座书房，让更多居民在家门口享受阅读。"]
    from toolkit.lines import _page, _unlike_bullets

    assert _unlike_bullets(listed, _page(tuple(listed))) == {}


def test_a_line_left_dangling_after_bulleted_subheads_goes_on() -> None:
    """`村口有一处` after an article's tagged subheads (【第一天】… / … / 【第二天】…): a plain line, but its last word
    waits for the next line's (有一处 / 老祠堂改建的书房…), so it may be a paragraph's first words, not only a head."""
    from toolkit.lines import _page, _unlike_bullets

    lines = ["□吕娜", "槐川古道全长约40公里，沿途保留着驿站、石桥和古渡口，适合三天走完。",
             "【第一天】石桥村—槐川古渡，约12公里", "第一天的路平缓好走，沿途是大片茶园，中午可在槐川古渡吃农家饭。",
             "【第二天】槐川古渡—桐溪镇，约15公里", "第二天要翻过一座山，建议早上七点前出发，带足饮用水和干粮。",
             "到了桐溪镇，天色已晚。", "村口有一处", "老祠堂改建的书房，晚上常有村民在这里读书，游客也可以进去坐坐。"]
    assert _unlike_bullets(lines, _page(tuple(lines))) == {7: True}
    assert [r.role for r in read(lines)][7:] == ["para", "cont"]


def test_a_travel_guides_tagged_days_and_its_tips_label_are_one_articles_subheads() -> None:
    """`【第一天】…` / … / `【第二天】…` / … / `【出行贴士】` / `交通：…`: a section's tag before its words and a label whole
    in brackets are one family of part heads (`_bracketed_head`), so the tips' label is the guide's last subhead, not
    the kicker of an article whose title the next line's entry would be."""
    lines = ("槐川古道三日行", "□吕娜", "槐川古道全长约40公里，沿途保留着驿站、石桥和古渡口，适合三天走完。",
             "【第一天】石桥村—槐川古渡，约12公里", "第一天的路平缓好走，沿途是大片茶园，中午可在槐川古渡吃农家饭。",
             "【第二天】槐川古渡—桐溪镇，约15公里", "第二天要翻过一座山，建议早上七点前出发，带足饮用水和干粮。",
             "【出行贴士】", "交通：自驾游客可将车辆停放在石桥村", "停车场，再乘接驳车回到起点。")
    (guide,) = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=lines), "p").articles
    assert [b.text for b in guide.blocks if b.type == "heading"] == [lines[3], lines[5], lines[7]]


def test_a_label_after_a_texts_end_over_a_title_is_no_paragraph() -> None:
    """`书房走基层` after an article's end, over a line shaped like a title and then running text: a paragraph of a few
    characters ending on no mark is no paragraph at all; the label is the next article's kicker (no byline needed)."""
    lines = ["郑晓东说，书房明年还要再添一千册书。", "书房走基层", "石桥村的“夜读课”",
             "晚上七点，石桥村书房里坐满了人。村民吕娜带着两个孩子来上“夜读课”，每周两次，风雨无阻。"]
    assert not _allowed(lines)[1][ROLES.index("para")]
    assert [r.role for r in read(lines)][1:3] == ["head", "title"]


def test_a_label_in_brackets_right_over_running_text_is_a_subhead() -> None:
    """`【议事会：大家的事大家商量】` right over a paragraph: a kicker has its title under it and no title is wholly in
    brackets, so the label is a section's, even where its like stands too far off to make a row of part heads."""
    lines = ["□吕娜", "石桥村的书房是怎么办起来的？村支书王川说，说到底，就是把村里的事交给村民商量。",
             "【议事会：大家的事大家商量】", "2019年，石桥村成立村民议事会，书房建在哪里、买什么书，都由议事会商量决定。"]
    assert {r for r, ok in zip(ROLES, _allowed(lines)[2]) if ok} == {"heading"}


def test_a_subhead_after_a_section_tag_is_no_subtitle() -> None:
    """`【现场】书架前排起了长队` under a title: a section's tag before a subhead's words is a subhead's form, never a
    subtitle, a title under a kicker or the rest of a head line."""
    lines = ["民生追踪", "城市书房夜间开放　读者排队借书", "【现场】书架前排起了长队",
             "前天晚上8点，记者来到槐川县城东社区书房，借书的读者已经排到了门口。", "【回应】开放时间还将延长",
             "文化馆馆长郑晓东表示，下个月起书房将开放到晚上十点。"]
    article = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=tuple(lines)), "p").articles[-1]
    assert (article.kicker, article.title, article.subtitle) == (lines[0], lines[1], None)
    assert [b.text for b in article.blocks if b.type == "heading"] == [lines[2], lines[4]]


def test_a_head_line_opening_on_a_clause_of_two_characters_is_the_titles_rest() -> None:
    """`…新规下月` / `实施，这些变化要知道`: no labelled subtitle opens on a clause of two characters; the line is the rest of
    a title broken inside its clause (下月实施), not a subtitle."""
    lines = ["书房明年还要再添一千册书。", "记者帮你问", "槐川县城市书房借阅新规下月", "实施，这些变化要知道", "□吴敏",
             "槐川县文化和旅游局日前发布通知，自12月1日起，全县城市书房将实行新的借阅规则。"]
    article = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=tuple(lines)), "p").articles[-1]
    assert (article.kicker, article.title, article.subtitle) == (lines[1], lines[2] + lines[3], None)


def test_a_title_broken_a_few_characters_after_its_colon_goes_on_below() -> None:
    """`槐川：书房` / `点亮一座小城的夜晚`: what a title says after its colon is a phrase of its own (6 or more Han
    characters in the labelled titles); a line ending on a few after it is the title's first piece, not a whole title
    over its subtitle."""
    lines = ["书房明年还要再添一千册书。", "文化观察", "槐川：书房", "点亮一座小城的夜晚", "□吴敏",
             "傍晚时分，石桥村的农家书房里灯火通明，十几个孩子围坐在长桌旁看书。"]
    article = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=tuple(lines)), "p").articles[-1]
    assert (article.kicker, article.title, article.subtitle) == (lines[1], lines[2] + lines[3], None)


def test_a_column_named_for_a_reporter_asking_for_you_is_no_byline() -> None:
    """`记者帮你问` over a title and its byline: a reporter's title before words holding a personal pronoun names a
    column (reporters ask for you), no reporter: no given name holds 你, 我, 他. The line is the column's label."""

    lines = ["书房明年还要再添一千册书。", "记者帮你问", "城市书房新规下月实施，这些变化要知道", "□吴敏",
             "槐川县文化和旅游局日前发布通知，自12月1日起，全县城市书房将实行新的开放时间。"]
    article = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=tuple(lines)), "p").articles[-1]
    assert (article.kicker, article.title, article.byline) == (lines[1], lines[2], ("吴敏",))
    assert not _names("记者帮你问") and not _names("记者替我看") and _names("记者 何静")


@pytest.mark.parametrize("title, items", [
    ("今日快评三则", [("一、让书房的灯亮得更久", "本报槐川3月2日电 槐川县城市书房开放时间延长到晚上十点。这件事办得好，办到了读者心坎上。"),
                ("二、流动书车要常来常往", "本报桐溪3月2日电 桐溪县两辆流动书车每周进村两次。好事要办实，更要办长久。"),
                ("三、读书会贵在坚持", "本报岳川3月2日电 岳川县首期乡村读书会在石桥村开讲。读书会办起来不难，难的是坚持。")]),
    ("国内简讯", [("● 桐溪县书房借阅创新高", "本报桐溪10月30日电 （记者 吕娜）截至10月底，桐溪县22座城市书房今年借阅图书12万册次。"),
              ("● 槐川县开办乡村读书会", "本报槐川10月21日电 （记者 王川）槐川县首期乡村读书会日前在石桥村开讲，30余位村民参加。"),
              ("● 岳川县流动书车进山区", "本报岳川10月28日电 （通讯员 郑晓东）岳川县两辆流动书车近日开进山区，每周进村两次。")]),
])
def test_a_column_holds_its_items_over_their_datelines_as_subheads(title: str, items: list[tuple[str, str]]) -> None:
    """`今日快评三则` / `一、…` / `本报槐川3月2日电 …`, or `国内简讯` / `● …` / `本报…电 …`: a column of items, each head
    numbered (the title counts them) or set off by a bullet (no title opens on one), each item opening on its own
    dateline: the column's title holds them and each item's head is its subhead; no kicker is read above a title that is
    not there. Without the count or the bullets, the title naming a roundup (简讯) holds them too; under a title naming
    none, a head line over a dateline opens an article of its own."""
    lines = ("“书房就是她的第二个家。”村支书王川说。", title, *(line for item in items for line in item))
    column = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=lines), "p").articles[-1]
    assert column.title == title
    assert [(b.type, b.text) for b in column.blocks] == [
        (kind, text) for head, lead in items for kind, text in (("heading", head), ("paragraph", lead))]
    if items[0][0].startswith("●"):
        plain = lines[:2] + tuple(line.removeprefix("● ") for line in lines[2:])
        column = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=plain), "p").articles[-1]
        assert column.title == title and [b.text for b in column.blocks if b.type == "heading"] == list(plain[2::2])
        unnamed = lines[:1] + tuple(line.removeprefix("● ") for line in lines[2:])
        assert len(split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=unnamed), "p").articles) > 2


def test_a_line_ending_on_a_full_stop_is_no_head_line() -> None:
    """`翻书声、说笑声此起彼伏。` under a title: no head line nor subhead ends on a full stop (a title may ask or exclaim),
    so this is the end of a lead whose start was lost, the article's first paragraph, not the title's rest."""
    lines = ["槐川县", "石桥村书房迎来读书季", "翻书声、说笑声此起彼伏。", "在石桥村农家书房，村民们有的挑选图书，有的围坐在一起听志愿者讲故事。"]
    allowed = _allowed(lines)[2]
    assert not any(allowed[ROLES.index(r)] for r in (*HEAD_ROLES, "heading")) and allowed[ROLES.index("para")]
    assert [r.role for r in read(lines)] == ["head", "title", "para", "para"]


def test_a_question_cut_at_its_comma_goes_on_on_the_next_line() -> None:
    """`问：您在石桥村书房当了六年管理员，` / `最大的收获是什么？`: after a line left on a comma, a line asking is the rest
    of the question, not a kicker (a head line ending on a question mark is a title, which never follows a comma)."""
    lines = ["吕娜在石桥村书房当了六年管理员，每天最早来，最晚走。", "问：您在石桥村书房当了六年管理员，", "最大的收获是什么？",
             "答：最大的收获是看到村里的孩子们爱上了读书。每到周末，书房里总是坐满了人。"]
    assert not _allowed(lines)[2][ROLES.index("head")]
    assert [r.role for r in read(lines)] == ["para", "para", "cont", "para"]


def test_a_bullet_opens_an_item_and_a_colon_announces_its_rest() -> None:
    """A service guide's items: `●书房服务热线：` / `12345（工作日9:00—17:00）`. The line after a colon is what it
    announces, never an article's head (no article ends on a colon); a line opening on a bullet opens an item, never a
    head line nor the rest of the line before, even when it gives a number to call."""
    lines = ["石桥村农家书房每天开放到晚上九点，节假日照常开放，村民可以随时来借书。", "咨询电话", "●书房服务热线：",
             "12345（工作日9:00—17:00）", "●石桥村农家书房：石桥村村委会一楼，电话0571-8765433"]
    allowed = _allowed(lines)
    assert not any(allowed[3][ROLES.index(r)] for r in ("head", "title", "subtitle", "byline"))
    assert not any(allowed[4][ROLES.index(r)] for r in ("head", "title", "title+", "subtitle", "cont"))
    assert not any(allowed[2][ROLES.index(r)] for r in ("head", "title", "title+", "subtitle", "cont"))


def test_heads_counted_one_must_two_must_are_the_texts_sections() -> None:
    """`一要…` / `二要…` count as `一是…` does (the first thing to do, the second…): lines so counted in a row are items or
    sections of the text counting them, never the head of another article."""
    lines = ["眼下正是春耕时节，石桥村的农民都忙着下地。", "一要抓好适期播种", "早稻育秧要根据天气变化适时播种，不要抢早。",
             "二要科学合理施肥", "每亩施足底肥，追肥要少量多次。"]
    for i in (1, 3):
        assert not any(_allowed(lines)[i][ROLES.index(r)] for r in HEAD_ROLES)


def test_an_editorial_writers_note_in_brackets_closes_the_article() -> None:
    """`（作者为槐川日报评论员）`: a note on the author closing the article, a paragraph of it; not the commentator's
    byline (本报评论员), which stands under or over an editorial's title."""
    lines = ["办好小事，更需要久久为功，一件一件办，一年一年干。", "（作者为槐川日报评论员）"]
    assert [r for r, ok in zip(ROLES, _allowed(lines)[1]) if ok] == ["para"]


def test_a_caption_left_inside_a_quotation_goes_on_on_the_next_line() -> None:
    """`▲…开启“` / `屏幕共享”功能…`: the line closing the quotation a pointed caption (or a list's item read as one) left
    open is its rest, cut by a column break, and stays with it wherever the caption is set."""
    from toolkit.lines import caption_rest

    assert caption_rest("▲3月5日，村民吴敏接到一个自称客服的电话。对方让她下载一款软件，开启“", "屏幕共享”功能，结果卡里的两万元被转走。")
    assert not caption_rest("▲3月5日，村民吴敏接到一个电话，对方让她下载一款软件。", "屏幕共享功能要慎用。")


def test_parts_numbered_in_capital_numerals_are_sections() -> None:
    """`壹：…` / `贰：…`: some papers number an article's parts in the capital numerals of accounts; each is a section's
    number as 一、 is (no title, subtitle nor byline), and the parts counted in a row are the text's, never the head of
    another article."""
    lines = ["石桥村农家书房开办三年来，借阅量年年攀升。", "壹：把书房建在村民家门口", "书房设在村委会一楼，每天开放到晚上九点。",
             "贰：让志愿者守好书房", "村里的大学生吴敏每到假期就来书房帮忙。"]
    for i in (1, 3):
        assert not any(_allowed(lines)[i][ROLES.index(r)] for r in HEAD_ROLES)


def test_an_essays_place_and_date_signature_closes_it() -> None:
    """`2024年3月于槐川` under an essay's last paragraph says where and when it was written: a paragraph of the essay,
    as the date a notice was issued is, never the head of another article; the author's note after it closes it."""
    from toolkit.hanzi import SIGNED_DATE

    lines = ["老街的声音一年年变了，可我知道，它还在那里，等着我们慢慢去听。", "2024年3月于槐川", "（作者为桐溪师范学院教授）"]
    assert [r for r, ok in zip(ROLES, _allowed(lines)[1]) if ok] == ["para"]
    assert all(SIGNED_DATE.match(t) for t in ("2024年8月20日", "2024年春写于石桥村", "2024年3月8日于槐川"))
    assert not any(SIGNED_DATE.match(t) for t in ("2024年", "2024年3月", "2024年春天于是"))


def test_a_verb_the_dictionary_lacks_leaves_nothing_dangling() -> None:
    """`…书房建成投用`: 投用 (put into use) is no entry of jieba's, which leaves 用 alone, a preposition by its tag; after
    a one-character verb it is that verb's second half, and the line ends whole. After a modal verb it still waits."""
    from toolkit.lines import left_dangling

    assert not left_dangling("槐川县首座城市书房建成投用") and left_dangling("我们要用")


def test_a_dash_led_line_is_no_titles_rest() -> None:
    """`——新建城市书房12座` under a title leads from it into what it adds: a subtitle, never the title's rest."""
    lines = ["槐川县城市书房建设提速", "——新建城市书房12座", "□吕娜", "本报讯 今年以来，槐川县新建城市书房12座，藏书6万册。"]
    allowed = _allowed(lines)[1]
    assert not allowed[ROLES.index("title+")] and allowed[ROLES.index("subtitle")]


def test_a_pull_quote_ends_on_whom_it_is_from() -> None:
    """`“…我随时都在。”——吴敏`: a quotation set apart with its speaker after a dash is a paragraph whole in itself; the
    paragraph under it is no rest of it."""
    from toolkit.hanzi import ends_whole

    assert ends_whole("“只要孩子们愿意来，书房的灯我就一直亮着，我随时都在。”——吴敏")
    assert not ends_whole("村支书王川说，书房的灯——")


def test_lines_in_a_row_each_opening_on_a_label_are_a_notices_entries() -> None:
    """`联系人：吴敏（女士）` / `联系电话：…` / `地址：…`: lines in a row each opening on a label and a colon are a box of
    entries, running text; none of them is the head of an article, however short."""
    from toolkit.lines import dialogue_turns

    lines = ["如有好心人拾到，恳请与本人联系，必有重谢。", "联系人：吴敏（女士）", "联系电话：13900001111", "地址：石桥村村委会"]
    assert dialogue_turns(lines) == {1, 2, 3}
    assert dialogue_turns(lines[:3]) == set()
    # an entry's value on the line under its label, a column break after the colon, is still one of the box's entries
    broken = ["联系人：", "吴敏（女士）", "联系电话：13900001111", "地址：石桥村村委会"]
    assert dialogue_turns(broken) == {0, 2, 3}
    assert dialogue_turns(["联系人：", "吴敏（女士）", "联系电话：13900001111"]) == set()



def test_a_bylines_name_keeps_the_unit_in_brackets_after_it() -> None:
    """`□吕娜（槐川大学文学院教授）`: the brackets after the name hold the author's unit, kept whole; only a byline wholly in
    brackets (（记者 吕娜）) loses them."""
    from toolkit.lines import byline_names

    assert byline_names("□吕娜（槐川大学文学院教授）") == ("吕娜（槐川大学文学院教授）",)
    assert byline_names("（本报记者 王川 吴敏）") == ("王川", "吴敏")


def test_a_roundups_items_each_signed_are_its_subheads() -> None:
    """`乡镇传真` / `石岭村：…` / its text `…（吴敏）` / `桐溪村：…` / …: each item of a roundup closes on its writer's
    signature, and the next item's head is still a subhead of the roundup; and a place ending on a localizer (果园边)
    is whole, not left dangling."""
    from toolkit.lines import left_dangling

    items = [("石桥村：产业路修到果园边", "近日，石桥村3公里产业路全线硬化，运果车直接开到了果园边。（吴敏）"),
             ("桐溪村：书房开到家门口", "桐溪村农家书房日前开放，村民在家门口就能借到书。（王川）"),
             ("岳川村：巡河队守护一河清水", "岳川村组建巡河志愿服务队，每周巡河两次。（郑晓东）")]
    lines = ["书房明年还要再添一千册书。", "乡镇传真", *(line for item in items for line in item)]
    allowed = _allowed(lines)
    for i in (2, 4, 6):
        assert allowed[i][ROLES.index("heading")] and not any(allowed[i][ROLES.index(r)] for r in HEAD_ROLES)
    assert not left_dangling("石桥村：产业路修到果园边") and left_dangling("村民们一边")


def test_a_question_under_a_columns_label_is_its_title_not_one_of_its_parts() -> None:
    """`健康问答` / `查出结节，要紧吗？` / lead / `结节都要手术吗？` / answer / …: the questions after the lead are the column's
    parts, but the one right under its label is the title, however alike."""
    from toolkit.lines import parallel_items

    lines = ["书房明年还要再添一千册书。", "健康问答", "体检查出结节，要紧吗？", "近年来，不少人在体检中查出结节，心里很紧张。",
             "结节都需要手术吗？", "吕娜：不是的。大多数结节是良性的，定期复查就可以。", "结节会变成癌吗？", "吕娜：极少数会，所以要按时复查。",
             "平时要注意什么？", "吕娜：保持心情舒畅，作息规律。"]
    assert parallel_items(lines) >= {4, 6, 8} and 2 not in parallel_items(lines)


def test_a_results_list_is_a_box_of_entries() -> None:
    """`男子100米：王川（石桥队）10秒35` / `女子100米：…` / …: labels holding digits open a list's entries as words do."""
    from toolkit.lines import dialogue_turns

    lines = ["比赛成绩", "男子100米：王川（石桥队）10秒35", "女子100米：吴敏（桐溪队）12秒08", "男子跳远：郑晓东（岳川队）7米21"]
    assert dialogue_turns(lines) == {1, 2, 3}


def test_a_captions_credit_after_its_last_sentence_ends_it() -> None:
    """`图为…编织技艺。吴敏 摄`: the photographer's name and 摄, set apart after the caption's last sentence, close it."""
    from toolkit.hanzi import ends_whole

    assert ends_whole("图为村民在书房里练习编织技艺。吴敏 摄") and not ends_whole("后来。他又拍摄")


def test_a_series_name_with_its_instalment_is_a_head_line() -> None:
    """`乡村振兴观察④` after an article's end: a series' name and its instalment's number, the next article's kicker;
    no sentence nor subhead ends on a circled number. A photo report's credit is no name (本报记者 吴敏 摄影报道)."""
    from toolkit.lines import byline_names

    lines = ["书房明年还要再添一千册书。", "乡村振兴观察④", "一颗猕猴桃串起一条产业链", "——槐川县石桥村发展特色产业见闻", "□吕娜",
             "走进石桥村，漫山遍野的猕猴桃树挂满了果子。"]
    allowed = _allowed(lines)[1]
    assert allowed[ROLES.index("head")] and not any(allowed[ROLES.index(r)] for r in ("para", "heading", "byline"))
    assert byline_names("本报记者 吴敏 摄影报道") == ("吴敏",)


def test_who_told_an_account_and_who_wrote_it_down_open_its_text() -> None:
    """`口述人：…` / `整理人：本报记者 吕娜` under an oral history's head lines: notes on who told and who wrote down the
    account, paragraphs of it, not the head of an article of its own; the text is still to come, so the line under
    them (`进厂那年`, a subhead or the first words of a paragraph) heads no new article."""
    lines = ("口述历史", "书房里的四十年", "——一位乡村图书管理员的回忆", "口述人：王川（68岁，槐川县石桥村农家书房原管理员）",
             "整理人：本报记者 吕娜", "进厂那年", "我是1978年到书房工作的，那年刚满二十岁。书房只有一间屋，两个书架。",
             "后来书越来越多，村里又腾出了一间屋。")
    (col,) = clean_sources([Source(path="p.txt", sha256="", encoding="utf-8", lines=lines)])
    (article,) = col.articles
    assert (article.kicker, article.title, article.subtitle) == lines[:3]
    assert [(b.type, b.text) for b in article.blocks[:2]] == [("paragraph", lines[3]), ("paragraph", lines[4])]
    assert "".join(b.text for b in article.blocks[2:]) == "".join(lines[5:])


def test_two_topic_labels_over_the_parts_they_name_are_subheads() -> None:
    """`桐溪：…` / its text / `槐川：…` / its text: two heads naming a part's topic before a colon, over the parts of a
    preview weighing two sides, are subheads though the label is a clause of two characters; one alone after an
    article's end (`胶州：…` in the seed) may head an article. A degree word closing what it intensifies (后劲十足)
    leaves nothing dangling."""
    from toolkit.lines import left_dangling

    lines = ["槐川县乡村篮球联赛决赛前瞻", "桐溪队迎战槐川队 冠军之争今晚打响", "□吴敏",
             "本周六晚，槐川县乡村篮球联赛决赛将在县体育馆举行，积分榜前两名的桐溪队和槐川队争夺冠军。",
             "桐溪：内线强势 防守稳健", "桐溪队本赛季10战9胜，场均得分86分，是联赛唯一一支场均失分不足70分的球队。",
             "槐川：外线火热 后劲十足", "槐川队近5场全胜，三分球命中率高达41%，主力后卫郑晓东场均得到24分。",
             "比赛时间：5月23日19:30"]
    roles = [r.role for r in read(lines)]
    assert roles[4] == roles[6] == "heading"
    assert not left_dangling("槐川：外线火热 后劲十足") and left_dangling("书房越来越")


@pytest.mark.parametrize("credit", [("整理人：", "本报记者 吕娜"), ("整理人：本报", "记者 吕娜")])
def test_a_credit_broken_before_its_names_goes_on_to_them(credit: tuple[str, str]) -> None:
    """`整理人：` / `本报记者 吕娜`: a credit's label broken from the names it announces by a column break; the line of
    names goes on from it (one paragraph), not the byline of an untitled article."""
    lines = ("口述历史", "书房里的四十年", "口述人：王川（68岁，槐川县石桥村农家书房原管理员）", *credit,
             "我是1978年到书房工作的，那年刚满二十岁。书房只有一间屋，两个书架。")
    roles = [r.role for r in read(list(lines))]
    assert roles[2:5] == ["para", "para", "cont"]


def test_a_columns_briefs_each_signed_are_its_subheads() -> None:
    """`校园快讯` / `石桥小学` / its brief `…（吴敏）` / `桐溪中学` / …: under a column's label, short heads each over a brief
    its writer signs (a name in brackets after the last sentence, also one the dictionary reads as words) are the
    column's subheads, the label its title: not a kicker over the first brief and an article for each of the others."""
    from toolkit.lines import signed_briefs

    briefs = [("石桥村小学", "近日，石桥村小学举办科技节，学生们展示了自己制作的水火箭。（甘露宁）"),
              ("桐溪中学", "桐溪中学开辟了两亩劳动实践基地，按班级划分责任田。（王川）"),
              ("槐川职业学校", "日前，槐川职业学校与8家企业签订校企合作协议。（吴敏）")]
    lines = ["书房明年还要再添一千册书。", "校园快讯", *(line for brief in briefs for line in brief)]
    assert signed_briefs(lines) == {2, 4, 6}
    assert signed_briefs(lines[:-2]) == set()
    # …under a kicker too: the line over the briefs is then the title
    assert signed_briefs(["书房明年还要再添一千册书。", "图片新闻", *lines[1:]]) == {3, 5, 7}
    (col,) = clean_sources([Source(path="p.txt", sha256="", encoding="utf-8", lines=tuple(lines[1:]))])
    (article,) = col.articles
    assert (article.kicker, article.title) == (None, "校园快讯")
    assert [b.type for b in article.blocks] == ["heading", "paragraph"] * 3


def test_no_article_opens_right_under_a_subhead() -> None:
    """`【出行信息】` / `开放时间：8:00—17:30` (the article's end lost after it): a subhead has its section's text under
    it, so the line under it is that text, never the head of the next article (or the bracketed line is the head)."""
    lines = ["书房的故事还在继续。", "石桥村农家书房", "一间书房点亮一个村", "□吕娜", "石桥村农家书房去年建成，藏书三千册。",
             "【出行信息】", "开放时间：8:00—17:30（17:00停止入园）", "书房明年还要再添一千册书，村里的孩子们都盼着。"]
    from toolkit.lines import NEG, _transitions

    into, _, _ = _transitions(False)
    assert into[ROLES.index("head")][ROLES.index("heading")] == NEG
    roles = [r.role for r in read(lines)]
    assert not any(a == "heading" and b == "head" for a, b in zip(roles, roles[1:]))


def test_a_group_of_photo_news_under_one_title_is_one_article() -> None:
    """`初夏时节 处处新景` / `古桥修缮迎游客` / `…。（吴敏 摄）` / …: photo news each signed by its photographer under one
    title, after another article's end, are one article whose items are subheads; the title heads it."""
    items = [("古桥修缮迎游客", "5月20日，在桐溪县石桥村，工人们正在修缮一座清代石拱桥。（吴敏 摄）"),
             ("书房开进车库", "5月22日，槐川县一处闲置车库改造成了社区书房。（王川 摄）"),
             ("茶园采收忙", "5月25日，茶农在岳川县的茶园里采摘夏茶。（郑晓东 摄）")]
    lines = ("出席会议的有：王川、吴敏。", "初夏时节 处处新景", *(line for item in items for line in item))
    (col,) = clean_sources([Source(path="p.txt", sha256="", encoding="utf-8", lines=lines)])
    *_, article = col.articles
    assert (article.kicker, article.title) == (None, "初夏时节 处处新景")
    assert [b.type for b in article.blocks] == ["heading", "paragraph"] * 3


def test_a_name_alone_after_a_texts_end_signs_it() -> None:
    """`…翻着时光。` / `吕晓岚` / the next article's title over its dateline: the name alone signs the essay above (no
    kicker of the labelled articles is a person's name alone); the essay so signed ends whole."""
    from toolkit.passes.truncation import end_missing

    lines = ("书房旧事", "我常在傍晚走进那间小书房，挑一本旧书，慢慢地翻着时光。", "吕晓岚", "槐川县召开全县农村公路建设推进会",
             "本报讯（记者 吴敏）3月2日，槐川县召开全县农村公路建设推进会。", "会议指出，过去一年全县新建农村公路120公里。")
    (col,) = clean_sources([Source(path="p.txt", sha256="", encoding="utf-8", lines=lines)])
    essay, report = col.articles
    assert [b.text for b in essay.blocks] == list(lines[1:3]) and end_missing(essay) is None
    assert (report.kicker, report.title) == (None, lines[3])


def test_a_line_naming_its_subject_and_the_kind_of_report_is_a_subtitle() -> None:
    """`老巷子“焕新” 烟火气还在` / `槐川县石桥村老街改造见闻` / `□吕娜 王川`: a line naming what the report covers and its kind
    (见闻, 侧记, 调查) is the title's subtitle, not its rest nor a byline; a kicker so ending is a column's label of a few
    characters (记者调查)."""
    from toolkit.lines import reports_on

    lines = ["书房明年还要再添一千册书。", "老巷子“焕新” 烟火气还在", "槐川县石桥村老街改造见闻", "□吕娜 王川",
             "青石板路重新铺过，斑驳的墙面刷成了素净的灰白色，巷口那口老井还在。"]
    assert [r.role for r in read(lines)][1:4] == ["head", "subtitle", "byline"]
    assert reports_on("槐川县石桥村老街改造见闻") and not reports_on("记者调查") and not reports_on("石桥村，老街改造见闻")
    # …also under a title that seems left dangling (烟火气还在: 在 may be the preposition, as in 志愿者们还在 / 每个周末…)
    lines[1] = "老巷子“焕新” 烟火气还在"
    assert [r.role for r in read(lines)][1:4] == ["head", "subtitle", "byline"]


def test_a_head_line_saying_what_a_place_did_makes_the_pair_a_title_and_its_subtitle() -> None:
    """`槐川县调整住房公积金贷款政策` / `首套房最高可贷额度提高至80万元 多子女家庭再上浮20%`, `购房贷款不用再排队` / `槐川县住房
    公积金管理中心推出“一站办结”服务`: where one of two head lines says what a place or a body of it did, the pair is a
    title and its subtitle, not a kicker over a title. A kicker that is a place or a column's label, leads in by a verb,
    or stands over a title carrying its column's tag is read as before."""
    from toolkit.lines import gives_figures, names_doer, title_over_subtitle

    before = ["槐川县城市书房", "□吕娜", "走进槐川县石桥村的城市书房，二十多位村民正在安静地看书，孩子们在角落里翻着绘本。",
              "书房管理员王川介绍，书房去年接待读者一万多人次，借出图书三千多册，周末的时候座位常常不够用。",
              "书房明年还要再添一千册书。"]
    body = ["本报讯 近日，槐川县住房公积金管理中心印发通知，调整住房公积金贷款政策，首套住房最高贷款额度由60万元提高至80万元。",
            "通知明确，多子女家庭购买首套住房的，贷款额度可在此基础上再上浮20%。新政策自7月1日起施行。",
            "中心负责人吴敏介绍，调整后预计每年可为两千多户家庭减轻购房负担。"]
    for above, below in (("槐川县调整住房公积金贷款政策", "首套房最高可贷额度提高至80万元 多子女家庭再上浮20%"),
                         ("购房贷款不用再排队", "槐川县住房公积金管理中心推出“一站办结”服务")):
        roles = [r.role for r in read([*before, above, below, "□郑晓东", *body])]
        assert roles[5:8] == ["head", "subtitle", "byline"], above
    assert names_doer("槐川县住房公积金管理中心推出“一站办结”服务") and names_doer("槐川县调整住房公积金贷款政策")
    assert not names_doer("全县推出“一站办结”服务") and not names_doer("槐川县石桥村") and not names_doer("城市书房点亮阅读生活")
    assert not names_doer("三项县纪录被改写")  # a count, no place's name
    assert gives_figures("书房每晚延长至22时，周末不闭馆") and gives_figures("书房每晚延长至22时 周末不闭馆")
    assert not gives_figures("书房每晚延长至22时") and not gives_figures("书房延时 周末不闭馆")
    assert title_over_subtitle("槐川县城市书房焕新开放", "首批上架图书8000余册，市民可在线预约座位")
    assert not title_over_subtitle("书香槐川", "槐川县图书馆推出“一键借阅”服务")  # a column's label over the title
    assert not title_over_subtitle("迎接读书月到来", "槐川县图书馆推出“一键借阅”服务")  # a kicker leading in by a verb
    assert not title_over_subtitle("槐川县探索设立城市书房", "书香满城（走基层）")  # the title carries its column's tag


def test_the_line_under_a_head_line_shaped_as_a_label_is_the_title() -> None:
    """`志愿服务在身边` / `石桥村的“护河小分队”`: under an article's first head line shaped as a column's or a series' label
    the line is the title, not a subtitle, byline or not; under a label-shaped line with another head line above it (a
    place's name over the title, a title's first piece over its rest) a subtitle may follow."""
    from toolkit.lines import _allowed

    before = ["槐川县城市书房", "□吕娜", "走进槐川县石桥村的城市书房，二十多位村民正在安静地看书，孩子们在角落里翻着绘本。",
              "书房管理员王川介绍，书房去年接待读者一万多人次，借出图书三千多册，周末的时候座位常常不够用。", "（作者为槐川县图书馆馆员）"]
    after = ["清晨6点，天刚蒙蒙亮，桐溪县石桥村的河岸边已经有了忙碌的身影，几位穿着红马甲的志愿者正弯腰捡拾垃圾。",
             "这支名为“河道守护者”的志愿服务队成立于2019年，最初只有5名队员，如今已发展到80多人。"]
    for label in ("志愿服务在身边", "全民阅读进行时"):
        assert [r.role for r in read([*before, label, "石桥村的“护河小分队”", *after])][5:7] == ["head", "title"]
    subtitle = ROLES.index("subtitle")
    assert _allowed(["桐溪县石桥村", "书房领航", "村里的读书会越办越红火", *after])[2][subtitle]
    assert _allowed([*before, "借书不用", "再排队", "槐川县图书馆推出“一键借阅”服务", *after])[7][subtitle]


@pytest.mark.parametrize("opening", ["最后，", "此外，", "目前，"])
def test_a_line_opening_on_a_word_that_ties_it_to_the_text_above_is_no_head_line(opening: str) -> None:
    """An article's last paragraph cut short over the next article's title, no byline under it (`最后，书房还要…贴好标`
    / `槐溪夜市开张了` / its lead): a line opening on a connective, a localizer or a time told from the text's own (此外，,
    最后，, 目前，) ties on to the text above, running text, no kicker over the title under it."""
    lines = ("石桥村书房开到家门口", "□吴敏", "傍晚时分，石桥村的农家书房里灯火通明，十几个孩子围坐在长桌旁看书。",
             f"{opening}书房还要把新书一本本登记上架，贴好标", "槐溪夜市开张了",
             "入夜，槐溪河畔的夜市亮起了一串串灯笼，摊主们忙着招呼客人。")
    articles = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=lines), "p").articles
    assert [(a.kicker, a.title) for a in articles] == [(None, lines[0]), (None, lines[4])]
    assert articles[0].blocks[-1].text.startswith(opening)


def test_a_contact_under_a_box_of_entries_ending_on_no_mark_is_an_entry_of_its_own() -> None:
    """时间：… / 地点：… / 条件：… / 电话：0571-…: the box's entries end on no mark, as its style; the number under them is
    the box's next entry, not the rest of the entry above."""
    lines = ("石桥村书房开设周末读书会", "□吴敏", "今年春天，石桥村书房开设了周末读书会，已有一百多名村民报名参加。",
             "报名时间：3月1日至3月15日，工作日9:00—17:00", "报名地点：石桥村书房一楼服务台",
             "报名条件：年满十六周岁、在石桥村居住的村民，需自带身份证", "咨询电话：0571-88886312")
    allowed = _allowed(lines)[6]
    assert [r for r, ok in zip(ROLES, allowed) if ok] == ["para"]


def test_subheads_numbered_before_a_comma_are_subheads() -> None:
    """`第一，把书送到家门口` / its section's text: the number before the comma is the section's, no clause too short for
    a subhead, so the line is a subhead, not a paragraph's first line the section's text goes on from."""
    lines = ("让农家书房真正用起来", "□吴敏", "农家书房建起来不难，难的是让村民愿意来、经常来。",
             "第一，把书送到家门口", "石桥村的书房设在村委会旁边，吕娜每周还推着小车把新书送到各组。",
             "第二，让读书成为习惯", "书房每月办一次读书会，孩子们读绘本，老人们听评书。")
    article = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=lines), "p").articles[0]
    assert [(b.type, b.text) for b in article.blocks] == [
        ("paragraph", lines[2]), ("heading", lines[3]), ("paragraph", lines[4]), ("heading", lines[5]), ("paragraph", lines[6])]


def test_a_numbered_subhead_naming_its_part_before_a_colon_is_a_subhead() -> None:
    """`一、借阅：从“没人来”到“坐不下”` / its section's text: the word before the colon names the numbered part, no clause
    too short for a subhead, so the line is a subhead, not a paragraph the section's text goes on from."""
    lines = ("让农家书房真正用起来", "□吴敏", "农家书房建起来不难，难的是让村民愿意来、经常来。",
             "一、借阅：从“没人来”到“坐不下”", "石桥村的书房设在村委会旁边，吕娜每周还推着小车把新书送到各组。",
             "二、活动：让读书成为习惯", "书房每月办一次读书会，孩子们读绘本，老人们听评书。")
    article = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=lines), "p").articles[0]
    kinds = ("paragraph", "heading", "paragraph", "heading", "paragraph")
    assert [(b.type, b.text) for b in article.blocks] == list(zip(kinds, lines[2:]))
    assert _allowed(lines)[3][ROLES.index("heading")]


@pytest.mark.parametrize("label", ["医讯", "警讯"])
def test_a_column_of_a_fields_news_after_a_texts_end_heads_the_next_article(label: str) -> None:
    """`医讯` / a title / its subtitle / a lead with no byline: a column named for the news of a field (讯, tidings) is
    a kicker, complete in itself, after the article above has ended, not that article's last line nor a subhead."""
    lines = ("石桥村书房开到家门口", "□吴敏", "傍晚时分，石桥村的农家书房里灯火通明，十几个孩子围坐在长桌旁看书。",
             "郑晓东说，书房明年还要再添一千册书。", label, "槐川县人民医院开设夜间门诊", "上班族下班后也能看专家",
             "“以前看病得专门请半天假，现在下了班直接就能来。”市民吴敏说。")
    articles = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=lines), "p").articles
    assert [(a.kicker, a.title, a.subtitle) for a in articles] == [(None, lines[0], None), (label, lines[5], lines[6])]


@pytest.mark.parametrize("title", ["乡村书房建起来了，为何有人不愿来？", "乡村书房开到家门口，这些问题您需要了解"])
def test_a_line_under_a_label_naming_a_kind_of_report_is_its_title_not_a_subhead(title: str) -> None:
    """`书房调查` / a title in two clauses / a lead with no byline: the label is the kicker of the piece under it, and the
    line under it its title, never the first subhead of an article the label would head with no title."""
    lines = ("郑晓东说，书房明年还要再添一千册书。", "书房调查", title,
             "傍晚时分，石桥村的农家书房里灯火通明，十几个孩子围坐在长桌旁看书，管理员吕娜在一旁整理新到的绘本。",
             "今年，县图书馆给书房添了两千册新书，还装上了自助借还机，村民借书不用再跑县城。")
    assert not _allowed(lines)[2][ROLES.index("heading")]
    article = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=lines), "p").articles[-1]
    assert (article.kicker, article.title) == ("书房调查", title)
    assert [b.type for b in article.blocks] == ["paragraph", "paragraph"]
    # …while a reporter's notes boxed inside a report open on their first paragraph under the label
    boxed = ("郑晓东说，书房明年还要再添一千册书。", "记者观察", "采访中，记者的一个深刻感受是：书房办得好不好，关键在人。")
    assert _allowed(boxed)[2][ROLES.index("para")]


def test_a_line_giving_figures_under_a_head_line_is_its_subtitle_not_a_second_subhead() -> None:
    """`科普大篷车开进石桥村` / `槐川县科技馆流动科普服务5年行程12万公里，惠及中小学生近20万人次` after a text's end: the
    second line says what a body did in figures, a subtitle under its title; no article sets two subheads so."""
    lines = ("郑晓东说，书房明年还要再添一千册书。", "科普大篷车开进石桥村", "槐川县科技馆流动科普服务5年行程12万公里，惠及中小学生近20万人次",
             "5月的一个上午，石桥村小学的操场上停着一辆蓝白相间的大巴车，车门一开，孩子们就围了上去。",
             "这是槐川县科技馆的“科普大篷车”，每学期都要跑遍全县的乡村学校，车上装着三十多件互动展品。")
    assert not _allowed(lines)[2][ROLES.index("heading")]
    article = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=lines), "p").articles[-1]
    assert (article.title, article.subtitle) == lines[1:3]
    # …under a head line only: not under a subhead set as one (a bullet, a section's number) over its section's first
    # words cut by a column, nor a numbered subhead under a paragraph's piece naming a body at work
    from toolkit.lines import title_over_subtitle

    assert not title_over_subtitle("● 把书房“搬”进村委会", "去年冬天，槐川县石桥村71岁的吕娜")
    assert not title_over_subtitle("槐川县文化馆今年上半年为全县乡村学校送去科学实验器材三千多套，覆盖", "（一）器材有了，却“躺”在柜子里")


def test_a_line_waiting_for_a_prepositions_object_is_no_subtitle() -> None:
    """`借书遇纠纷，法官来支招` / `暑假临近，不少学生开始在` / `书房里找座位。…`: a line stopping on a preposition waits for
    its object, which no subtitle does; under a title with no byline it is the lead's first line, cut by a column."""
    lines = ("书房的灯亮着，孩子们的笑声也就有了去处。", "借书遇纠纷，法官来支招", "暑假临近，不少学生开始在",
             "书房里找座位。石桥村书房的管理员吕娜说，这个暑假来借书的孩子比去年多了一倍，书也比往年损坏得多。",
             "问：孩子借书时把书弄破了，书房要求按原价的三倍赔偿，合理吗？")
    assert not _allowed(lines)[2][ROLES.index("subtitle")]
    assert read(lines)[2].role != "subtitle"


@pytest.mark.parametrize("label", ["以案说法", "法官说法", "热线追踪"])
def test_a_label_naming_the_law_explained_or_a_follow_up_is_a_kicker(label: str) -> None:
    """`以案说法` / `借书遇纠纷，法官来支招` after a closing note: a column explaining the law through a case or by a judge
    (说法), or following up a complaint (热线追踪), names a kind of report, so the label is the kicker over the title,
    not a title with the title under it read as its subtitle."""
    lines = ("书房的灯亮着，孩子们的笑声也就有了去处。", "（作者为槐川县书房研究会会长）", label, "借书遇纠纷，法官来支招",
             "暑假临近，不少家长带着孩子到石桥村的农家书房借书，有的孩子不小心把书弄破了，书房要求赔偿，家长觉得不合理，双方为此起了争执。",
             "问：孩子借书时把书弄破了，书房要求按原价的三倍赔偿，合理吗？",
             "答：槐川县人民法院法官吴敏表示，书房可以要求赔偿，但赔偿应当与实际损失相当。")
    article = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=lines), "p").articles[-1]
    assert (article.kicker, article.title, article.subtitle) == (label, lines[3], None)


@pytest.mark.parametrize("label", ["乡村书房调研行", "山乡纪行"])
def test_a_label_naming_a_reporters_journey_is_a_kicker(label: str) -> None:
    """`乡村书房调研行` / `小书房撑起大文化` / a lead with no byline: a journey's reports told in instalments (纪行, 调研行)
    are a kind of report, and the label naming one is a series' kicker over its title, not the first of two subheads
    of the article above."""
    lines = ("郑晓东说，书房明年还要再添一千册书。", label, "小书房撑起大文化",
             "走进槐川县石桥村，村委会旁的农家书房里坐满了看书的村民，管理员吕娜正忙着登记新到的图书。")
    article = split_articles(Source(path="p.txt", sha256="", encoding="utf-8", lines=lines), "p").articles[-1]
    assert (article.kicker, article.title) == (label, lines[2])


def test_a_letter_signed_and_dated_under_its_text_is_no_head() -> None:
    """`…天天开心！` / `石桥村书房志愿服务队` / `吕晓岚` / `9月26日`: a name (or who writes and the name) over a date alone,
    the year left out as letters may, signs and dates a letter, with the body it writes for over the name; paragraphs of
    its own, not the next article's kicker, title and title's rest."""
    lines = ["给石桥村孩子们的回信", "□王川", CARE_TEXT, "祝你们学习进步，天天开心！", "石桥村书房志愿服务队", "吕晓岚", "9月26日",
             "槐川县石桥村办起乡村夜校", "□吕娜", FARM_TEXT]
    assert [r.role for r in read(lines)][3:8] == ["para", "para", "para", "para", "head"]
    lines[4:6] = ["石桥村书房志愿服务队队长 吕晓岚"]
    assert [r.role for r in read(lines)][3:7] == ["para", "para", "para", "head"]


def test_a_letter_signed_by_a_foreign_name_is_no_head() -> None:
    """`你们的学生 宋·维萨娜` / `2024年5月6日`: a foreign name is transliterated, its parts apart by the middle dot; who
    writes and that name sign the letter as a Chinese name does, a paragraph of its own, no next article's title."""
    assert letter_signed("你们的学生 宋·维萨娜") and not letter_signed("乡村振兴 一线·见闻")
    lines = ["给石桥村老师们的一封信", "□王川", CARE_TEXT, "祝老师们身体健康，工作顺利！", "你们的学生 宋·维萨娜", "2024年5月6日",
             "槐川县石桥村办起乡村夜校", "□吕娜", FARM_TEXT]
    assert [r.role for r in read(lines)][3:7] == ["para", "para", "para", "head"]


def test_parallel_phrases_of_a_title_sign_no_letter() -> None:
    """`敢借书 会借书 乐借书`: who writes a letter is named by a noun (读者, 老校长); phrases that end on a verb are a
    title's parallel phrases, though the last has a name's shape (乐, a surname)."""
    assert not letter_signed("敢借书 会借书 乐借书") and letter_signed("你们的老校长 程德明")
    lines = ["槐川县石桥村办起乡村夜校", "□吕娜", CARE_TEXT, "敢借书 会借书 乐借书", "——关于办好乡村书房的几点思考", "□王川", FARM_TEXT]
    assert [r.role for r in read(lines)][3:6] == ["head", "subtitle", "byline"]


def test_a_readers_letter_label_heads_the_letter() -> None:
    """`【读者来信】` over a title and a salutation: the label names the piece's kind, as 社论 and 访谈 do, so it is the
    letter's kicker and the line under it its title, not two subheads of the article above."""
    lines = ["槐川县石桥村办起乡村夜校", "□吕娜", CARE_TEXT, "【读者来信】", "一位老读者的感谢信", "编辑同志：",
             "我是槐川县石桥村的一名村民，今天写信是想感谢书房的志愿者。", FARM_TEXT]
    assert {r for r, ok in zip(ROLES, _allowed(lines)[3]) if ok} == {"head"}
    assert [r.role for r in read(lines)][3:5] == ["head", "title"]


def test_a_line_over_running_text_opening_on_the_copula_is_its_subject() -> None:
    """`五年级学生吕小禾的梦想` / `是将来当一名科学家。…`: no lead opens on the copula, so the line over it is no head line
    but the copula's subject, cut off by a column break; under bulleted subheads, not a plain subhead either (a paper
    sets all of an article's subheads alike) but the paragraph the copula goes on."""
    rest = "是将来当一名科学家。她说，书房里的科普书她都读过了，最爱看讲太空的那几本。"
    lines = ["槐川县石桥村办起乡村夜校", "□吕娜", CARE_TEXT, "五年级学生吕小禾的梦想", rest, FARM_TEXT]
    assert not {r for r, ok in zip(ROLES, _allowed(lines)[3]) if ok} & set(HEAD_ROLES)
    lines = ["槐川县石桥村办起乡村夜校", "□吕娜", CARE_TEXT, "■书房亮起来", FARM_TEXT, "■孩子们爱上了科学", CARE_TEXT,
             "五年级学生吕小禾的梦想", rest, FARM_TEXT]
    assert [r.role for r in read(lines)][7:9] == ["para", "cont"]


def test_a_colon_in_running_text_heads_nothing() -> None:
    """A head line holding a colon is a title, the line under it its rest (槐川县：城市书房 / 点亮阅读生活); a paragraph's
    colon, bringing in a quotation (…吕娜说：“…。”), heads nothing: the line under that paragraph may be a title."""
    lines = ["槐川县石桥村办起乡村夜校", "□吕娜", "夜校开课那天，老支书王川说：“这下村里人晚上有地方学本事了。”",
             "石桥村的书房亮到深夜", "□吴敏", FARM_TEXT]
    assert _allowed(lines)[3][ROLES.index("title")]
    lines = ["槐川县：城市书房", "点亮阅读生活", "□吴敏", FARM_TEXT]
    assert not _allowed(lines)[1][ROLES.index("title")]


def test_a_lead_cut_after_its_dateline_goes_on_though_a_quotation_is_left_open() -> None:
    """`本报槐川3月2日电` / `（记者 吕娜）…王川说：“书房` / `让我们…”`: the lead under a dateline cut from it opens on the
    reporter's name in brackets it closes, its text then leaving a quotation open for the next line; it goes on from the
    dateline, no signature broken in its brackets (`（本报记者 吕娜 通` / `讯员 王川）`), which closes none."""
    lines = ["石桥村的书房亮到深夜", "本报槐川3月2日电", "（记者 吕娜）傍晚时分，石桥村的书房里坐满了村民。村民王川说：“书房",
             "让我们离书更近了。”全县已建成乡村书房12座，每座都有专人管理，村民借书还书都很方便。", CARE_TEXT]
    assert [r.role for r in read(lines)][1:4] == ["para", "cont", "cont"]


def test_where_a_signed_date_was_written_is_its_rest() -> None:
    """`2024年5月6日` / `于槐川`: a letter's date and where it was written, cut by a column break, are one line that closes
    the letter; the text after it does not go on from it."""
    lines = ["石桥村的书房亮到深夜", "□吕娜", CARE_TEXT, "祝老师们身体健康！", "你们的学生 王川", "2024年5月6日", "于槐川",
             "读完这封信，吕娜很感慨：“", "书房要一直办下去。”"]
    assert [r.role for r in read(lines)][5:8] == ["para", "cont", "para"]


def test_a_title_tagged_with_its_series_is_no_subhead() -> None:
    """`…（书香槐川·评论）`: a column and its series in brackets after a head's words tag a title; under a line shaped like
    a subhead (夕阳西下，吕娜和同事收, a paragraph's first line cut short) it is read in a head, not a section's."""
    lines = ["石桥村的书房亮到深夜", "□吕娜", CARE_TEXT, "夕阳西下，吕娜和同事收", "让书房的灯亮得更久（书香槐川·评论）", FARM_TEXT,
             "书房开得久，读者才会来得勤。"]
    assert not {r for r, ok in zip(ROLES, _allowed(lines)[4]) if ok} & {"heading", "para", "cont"}
    assert [r.role for r in read(lines)][4] in HEAD_ROLES
