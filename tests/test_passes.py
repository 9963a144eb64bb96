"""Table tests for each repair pass: (raw, expected, corrections)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from toolkit.model import Article, Block, Source, replace
from toolkit.passes.breaks import join_article
from toolkit.passes.repeats import remove_repeats
from toolkit.passes.stutters import fix_article, judge
from toolkit.passes.truncation import end_missing, start_missing
from toolkit.review import Decision, Decisions

NONE = Decisions()


def article(*texts: str, title: str = "社区治理", kicker: str | None = None) -> Article:
    """`##` opens a subhead; `>>` a line the line model read as the rest of the one before (p 0.95)."""
    blocks = []
    for i, t in enumerate(texts):
        if t.startswith("##"):
            blocks.append(Block("heading", t[2:]))
        else:
            cont = t.startswith(">>")
            blocks.append(Block("paragraph", t[2:] if cont else t, lines=(i,), continues=0.95 if cont else 0.0))
    return Article(id="a-01", title=title, kicker=kicker, blocks=tuple(blocks))


def texts(a: Article) -> list[str]:
    return [b.text for b in a.blocks]


@pytest.mark.parametrize(
    ("raw", "expected", "kinds"),
    [
        (["对人民群众的热爱，", ">>必须见诸实际行动。"], ["对人民群众的热爱，必须见诸实际行动。"], ["join"]),
        (["被评为省级食品安", ">>全管理规范化市场。"], ["被评为省级食品安全管理规范化市场。"], ["join"]),
        (["新时代文明实践中心", ">>（站、所）等党建阵地。"], ["新时代文明实践中心（站、所）等党建阵地。"], ["join"]),
        (["本报昆明1月20日电", ">>（记者陈明）夜幕降临。"], ["本报昆明1月20日电（记者陈明）夜幕降临。"], ["join"]),
        # the model did not read a break: the paragraphs stay apart whatever their punctuation
        (["第一段完了。", "第二段开始。"], ["第一段完了。", "第二段开始。"], []),
        (["夜间消费活力显著", "市商务局今天发布数据。"], ["夜间消费活力显著", "市商务局今天发布数据。"], []),
        # never across a subhead
        (["把问题解决", "##小标题", ">>正文。"], ["把问题解决", "小标题", "正文。"], []),
    ],
)
def test_join_broken_paragraphs(raw, expected, kinds) -> None:
    new, corrections = join_article(article(*raw), NONE)
    assert texts(new) == expected
    assert [c.kind for c in corrections] == kinds
    assert all(c.confidence == 0.95 for c in corrections)


@pytest.mark.parametrize(
    ("raw", "joined"),
    [
        # the next paragraph is only a sentence's last words: the rest, whatever the line model read
        (["书房让更多群众搭上阅读快", "车。"], True),
        (["全县把书房建到了乡镇和", "村级服务中心。"], True),
        # a paragraph that ends whole, a bracketed dateline, and a short paragraph that is no sentence's end
        (["书房让更多群众读上了书。", "这是好事。"], False),
        (["书房让更多群众读上了书，", "（本报槐川电）"], False),
        (["书房让更多群众读上了书，", "书房开了"], False),
        # a closing signature a column break cut inside its brackets: a bracket never spans two paragraphs
        (["（本报记者 王", "川 通讯员 吴敏）"], True),
        (["书房开了（见下图", "）。"], True),
        # …but brackets closed on either side are no such cut
        (["书房让更多群众读上了书。", "（本报记者 王川）"], False),
    ],
)
def test_a_sentence_end_standing_alone_is_joined(raw, joined) -> None:
    new, corrections = join_article(article(*raw), NONE)
    assert texts(new) == (["".join(raw)] if joined else raw)
    assert [c.action for c in corrections] == (["applied"] if joined else [])


@pytest.mark.parametrize(
    ("raw", "action"),
    [
        # a short line ending on no mark, nothing binding it to the next: a subhead with a comma, or a
        # paragraph's first piece: flagged, the break kept
        (["产量高、品质好，果园越种越有劲", ">>全村今年卖出苹果三百吨。"], "flagged"),
        # the same shape, bound at the break: a word across it, a particle that cannot end a line, an
        # aside explaining its last words, a comma left at its end
        (["果园的技术员来自省农业科学", ">>院的专家团队。"], "applied"),
        (["果园的苹果今年销往北京和", ">>上海等地。"], "applied"),
        (["国际标准化组织", ">>（ISO）作出决定。"], "applied"),
        (["果园越种越有劲，", ">>全村卖出苹果三百吨。"], "applied"),
        (["“果园越种越有劲", ">>，全村卖出苹果三百吨。”"], "applied"),  # a quotation it opens goes on
        (["“果园越种越有劲", ">>全村卖出苹果三百吨。”"], "applied"),
        # a dateline is no subhead: the reporter's bracket on the next line goes with it
        (["本报槐川3月2日电", ">>（记者吕娜）"], "applied"),
        # a numbered subhead opens its own paragraph
        (["果园越种越有劲", ">>（一）全村卖出苹果三百吨。"], "flagged"),
        # … and a numbered line may be one, whatever jieba tags its last word (阅读|欲: an adverb); a word
        # across the break still binds it
        (["（二）培养孩子的阅读欲", ">>其次是开好读书会，请作家来村里讲讲书。"], "flagged"),
        (["（一）书房开到了村", ">>口，村民借书方便。"], "applied"),
        # a 的 closing a 是…的 statement leaves nothing waiting at the break, unlike a modifier's
        (["书房的好日子是读出来的", ">>全县今年新建书房八家，借阅量翻了一番。"], "flagged"),
        (["全县今年新建的", ">>书房有八家，借阅量翻了一番。"], "applied"),
        # a sentence's end inside the first piece (a subhead is one phrase), or a localizer opening the
        # second (it follows the noun it places): a paragraph cut short
        (["苹果熟了。果园里的技术员", ">>正忙着分拣装箱。"], "applied"),
        (["技术员在苹果分拣", ">>上花了不少心思。"], "applied"),
        (["果园的第一道工序", ">>是分拣。"], "applied"),  # the copula's subject is the line before
        (["苹果分拣后，直接", ">>装箱发往北京。"], "applied"),  # a clause too short for a subhead's
        (["果园的第一道工序是", ">>分拣装箱。"], "applied"),  # the copula still waits for its complement
        (["全县书房的开放时间今年要", ">>延长到晚上十点，让群众读书更方便。"], "applied"),  # a modal waits for its verb
        (["产量高、品质好，果园越种越有劲", ">>下一步，全村要办苹果节。"], "flagged"),  # 下一步: an ordinal
        # a line that reports speech is running text, no subhead (none of the labelled ones does)
        (["桐溪县文化和旅游局负责人介绍，全县的农家书屋", ">>已经与县图书馆实现通借通还，村民借书更方便了。"], "applied"),
        (["据了解，桐溪县的农家书屋", ">>已经与县图书馆实现通借通还。"], "applied"),
        # a colon announcing a list, its first item numbered on the next line: a list set as paragraphs, or one run on
        (["全县出台了三项措施：", ">>1.延长城市书房的开放时间。"], "flagged"),
        (["全县出台了三项措施：", ">>一、延长城市书房的开放时间。"], "flagged"),
        (["全县出台了三项措施，", ">>延长城市书房的开放时间。"], "applied"),
        # …or counted as official writing counts its points, one to a paragraph
        (["一是延长城市书房的开放时间；", ">>二是增加新书。"], "flagged"),
        (["——延长城市书房的开放时间；", ">>——增加新书。"], "flagged"),
        # a colon bringing in a quotation set in paragraphs of its own (only the last closes it) or in one, or a
        # column break
        (["王川在信中写道：", ">>“亲爱的读者朋友们，书房开放三年了。"], "flagged"),
        (["王川在开幕致辞中说：", ">>“书房开放三年了。”"], "flagged"),
        (["王川说：书房", ">>开放三年了。"], "applied"),
        # a place's name and a colon before a head's words, a title's or a subhead's form; not a speaker's turn
        (["槐川：老街夜市焕新颜", ">>夜幕降临，老街上的灯笼次第亮起，小吃摊前排起了长队。"], "flagged"),
        (["记者：作为团队", ">>负责人，你怎么带年轻人？"], "applied"),
        # an aspect particle closing its verb closes a head's predicate too (书房的灯一直亮着)
        (["书房的灯一直亮着", ">>夜幕降临，老街上的灯笼次第亮起，小吃摊前排起了长队。"], "flagged"),
        # a letter's salutation alone on its line, or a column break right after the colon
        (["编辑同志：", ">>我家住在槐川县城关镇幸福小区，小区里没有停车位。"], "flagged"),
        (["各位读者：", ">>书房从下月起延长开放时间。"], "flagged"),
        # a word across the break that reads no likelier than the line ending on its own words binds nothing (念想 is
        # what the subhead says; 想来 only crosses it), unlike a word cut in two (…食品安 / 全…)
        (["守的是店，也是念想", ">>来找吕娜配钥匙的，多是老街坊。"], "flagged"),
        (["书房的食品安", ">>全由吕娜负责。"], "applied"),
        # a signed date is no subhead: only where it was written goes on from it
        (["2024年5月6日", ">>于槐川"], "applied"),
        # a character alone before a mark ends a word the line began: no paragraph under a subhead opens so
        (["石桥村考古工地出土了耳杯、奁", ">>盒、漆案等文物。这批文物出土于一座古墓，保存完好。"], "applied"),
    ],
)
def test_a_join_only_the_model_asks_for_is_flagged(raw, action) -> None:
    new, (c,) = join_article(article(*raw), NONE)
    assert c.action == action
    assert len(new.blocks) == (1 if action == "applied" else 2)
    if action == "flagged":  # the editor's apply joins them
        joined, (again,) = join_article(article(*raw), Decisions({c.id: Decision("apply")}))
        assert again.action == "applied" and texts(joined) == ["".join(b[2:] if b.startswith(">>") else b for b in raw)]


def test_a_list_of_names_without_its_closing_mark_is_joined_only_on_the_models_sure_reading() -> None:
    """A list as papers print one (a prize's winners: 甲、乙、丙) may end without its mark: the paragraph under it is
    joined only where the line model is sure of a break (JOIN), not where it only leans that way."""
    from dataclasses import replace

    listed = article("槐川县实验小学、石桥村小学、桐溪县第一中学、岳川县第二中学、槐川县城关小学", "获奖作品将在本报副刊陆续刊登。")
    leaning = replace(listed, blocks=(listed.blocks[0], replace(listed.blocks[1], continues=0.6)))
    assert join_article(leaning, NONE) == (leaning, [])
    sure = replace(listed, blocks=(listed.blocks[0], replace(listed.blocks[1], continues=0.95)))
    assert [c.action for c in join_article(sure, NONE)[1]] == ["applied"]
    cut = replace(leaning, blocks=(replace(leaning.blocks[0], text="书房的管理员吴敏每天最早来，最晚走，节假日也不休息，村里的孩子们放学以后都"), leaning.blocks[1]))
    assert [c.action for c in join_article(cut, NONE)[1]] == ["applied"]


def test_a_line_printed_twice_is_not_joined_to_its_copy() -> None:
    """A line the extraction printed twice (`在郑晓东的带动下，` / `在郑晓东的带动下，`) is no rest of itself, however
    likely the model finds a continuation: glued, the text would hold the words twice in one sentence."""
    new, corrections = join_article(article("在郑晓东的带动下，", ">>在郑晓东的带动下，"), NONE)
    assert texts(new) == ["在郑晓东的带动下，", "在郑晓东的带动下，"] and corrections == []


def test_a_join_the_pages_own_words_bind_is_applied() -> None:
    """`…管理员郑晓` / `东。…`, shaped like a subhead over its paragraph and bound by no dictionary word: only the model
    asks for the join, flagged; where the page prints 郑晓东 whole elsewhere, twice, the words across the break bind
    the lines and the join is applied (once may be chance)."""
    raw = ["记者见到了管理员郑晓", ">>东。他说，孩子们放学后都爱来这里。"]
    said = ["郑晓东告诉记者，书房还将开设周末读书会。", "郑晓东说，读书会每月办两次。"]
    actions = [join_article(article(*raw), NONE, page="\n".join([*raw, *said[:n]]))[1][0].action for n in range(3)]
    assert actions == ["flagged", "flagged", "applied"]
    new, _ = join_article(article(*raw), NONE, page="\n".join([*raw, *said]))
    assert texts(new) == [raw[0] + raw[1][2:]]


def test_a_speakers_label_cut_from_its_turn_is_joined() -> None:
    """`王川：` / `我们打算…` in an interview whose other turns open on the same label: a turn cut after its label by a
    column break, not a salutation; joined as the line model reads it."""
    raw = ("记者：书房几点关门？", "王川：晚上九点。", "记者：下一步有什么打算？", "王川：", ">>我们打算把开放时间延长到晚上十点。")
    new, (c,) = join_article(article(*raw), NONE)
    assert c.action == "applied" and texts(new)[-1] == "王川：我们打算把开放时间延长到晚上十点。"


@pytest.mark.parametrize(
    ("first", "p", "joined"),
    [
        # a paragraph too long for a subhead stops mid-sentence: the next, more likely its rest than not, is
        ("槐川县今年在城区和乡镇新建了十二座城市书房，每座藏书五千册以上，其中", 0.6, True),
        ("槐川县今年在城区和乡镇新建了十二座城市书房，每座藏书五千册以上，", 0.6, True),
        # …not where the model leans the other way, where the paragraph ends whole, or on a line a subhead may be
        ("槐川县今年在城区和乡镇新建了十二座城市书房，每座藏书五千册以上，其中", 0.4, False),
        ("槐川县今年在城区和乡镇新建了十二座城市书房，每座藏书五千册以上。", 0.6, False),
        ("城市书房开到家门口", 0.6, False),
        # …which a line of a subhead's length is not when it holds a sentence's end with more after it
        ("吕娜每天都在书房里整理新书。“", 0.6, True),
        ("书房开了。吕娜每天都在", 0.6, True),
        # …and one left waiting for a preposition's object takes the next as its rest, whatever the model reads
        # (no paragraph ends so), a line of a subhead's length too
        ("暑假临近，不少学生开始在", 0.3, True),
    ],
)
def test_a_paragraph_cut_short_takes_its_likely_rest(first, p, joined) -> None:
    a = article(first, "乡镇书房有三座设在村里。")
    a = replace(a, blocks=(a.blocks[0], replace(a.blocks[1], continues=p)))
    new, corrections = join_article(a, NONE)
    assert len(new.blocks) == (1 if joined else 2)
    assert [c.action for c in corrections] == (["applied"] if joined else [])


@pytest.mark.parametrize(("rest", "action"), [("桐溪县开展“书香家庭”评选", "flagged"), ("庭”评选活动启动", "applied")])
def test_a_head_shaped_rest_over_a_dateline_is_flagged(rest: str, action: str) -> None:
    """`…积分制实施一年` / `桐溪县开展“书香家庭”评选` / `本报讯（记者…）`: over a dateline a head-shaped line may be the
    next article's title, the paragraph above an article's end cut short; a word across the break still binds."""
    a = article("“过去喊破嗓子也没人来，现在大家抢着干。”村干部吕娜说。积分制实施一年" if action == "flagged"
                else "“过去喊破嗓子也没人来，现在大家抢着干。”村干部吕娜说。桐溪县“书香家", rest,
                "本报讯（记者 郑晓东）近日，桐溪县启动第三届评选活动，鼓励家庭成员共同阅读。")
    a = replace(a, blocks=(a.blocks[0], replace(a.blocks[1], continues=0.9), a.blocks[2]))
    _, (c,) = join_article(a, NONE)
    assert c.action == action


DECK = "槐川县二十家茶企抱团闯出新路子，茶园连片、品牌叫响，去年全县茶产业产值突破5亿元"


@pytest.mark.parametrize(("first", "p", "byline", "action"), [
    (DECK, 0.6, (), "flagged"),  # a deck the line model did not read as one
    (DECK, 0.6, ("吕娜",), "applied"),  # under a byline: the lead's first line
    (DECK, 0.8, (), "applied"),  # the model sure of the break
    (DECK[:-4], 0.6, (), "applied"),  # a word runs across the break (突 / 破)
])
def test_a_deck_shaped_first_line_is_joined_to_the_lead_only_when_sure(first, p, byline, action) -> None:
    """An article's first paragraph of one line ending on no mark, without a byline over it, may be the deck under its
    title: the line model's weaker reading of a break leaves the join to the editor."""
    a = article(first, DECK[len(first):] + "走进石桥村，茶园连片，采茶工正忙着采摘春茶。")
    a = replace(a, byline=byline, blocks=(a.blocks[0], replace(a.blocks[1], continues=p)))
    new, (c,) = join_article(a, NONE)
    assert c.action == action and len(new.blocks) == (2 if action == "flagged" else 1)


def test_rejected_join_keeps_the_break() -> None:
    _, (c,) = join_article(article("热爱，", ">>必须行动。"), NONE)
    new, (again,) = join_article(article("热爱，", ">>必须行动。"), Decisions({c.id: Decision("reject")}))
    assert texts(new) == ["热爱，", "必须行动。"] and again.action == "rejected"


# 2,140 sentences the project wrote as a newspaper prints them, each holding a character said twice or more as Chinese
# has it (渐渐, 一排排, 宣传部|部长, 李娜娜, 哎哟哟); the few the rules still cut, both readings being Chinese to them,
# are listed with the reason. (600 more, which no rule was written against, are measured by bench/quality.py.)
REDUPLICATIONS = json.loads((Path(__file__).parent / "pages" / "reduplications.json").read_text(encoding="utf-8"))
STILL_CUT = {
    "算算账": "a verb said for a try before its object, one word to jieba (算账); so are 加|加工, 脱|脱贫 stutters",
    "路灯灯杆": "a noun, then a part of it the dictionary lacks (灯杆) before a measure word",
    "广场舞舞队": "a noun, then a unit the dictionary lacks (舞队) opening on a verb's character",
    "教师师德": "a noun, then a noun the dictionary lacks (师德): loosened, the test cuts 45 of 8,400 simulated stutters",
    "唠唠嗑": "a verb said for a try before its object, one word to jieba (唠嗑), as 算算账",
    "公交车车身": "a noun, then a part of it (车身) opening a word with the next (身上), as 农民|民|田间 does",
    "李想想出": "a name of two (李想), then a verb and its result (想出), read as a verb said for a try (想想)",
    "下周周一": "a week, then its day (周一), which jieba cuts apart (周|一起)",
    "鱼塘塘主": "a place, then its owner (塘主) the dictionary lacks",
    "小区里遛遛弯": "a verb said for a try before its object, one word to jieba (遛弯), as 算算账",
    "张晓天天天": "three copies, the first closing a name (张晓天), two a reduplication (天天): cut to one, as stutters are",
    "高明远远道": "a name jieba reads as a word (高明), then a set phrase (远道而来) opening on its last character",
    "王宁宁可": "a name of two, then a word (宁可) far commoner than the given name said twice (宁宁)",
    "韩冬冬泳": "a name of two, then a noun (冬泳) the name may run on into, as 邓国|国庆 does",
    **dict.fromkeys(("穆清清点", "孟春春耕", "王立秋秋收"), "a name, then a word the dictionary counts as seldom as a given name "
                    "(清点, 春耕, 秋收), which the name may run on into"),
    "庞博博士": "a name of two, then a title a surname takes (博士: 庞博士)",
    "易凡凡事": "a surname jieba reads as an adjective (易), then a word opening on the given name (凡事)",
    **dict.fromkeys(("西藏藏医药", "卫健委委托", "影片片尾", "冬天天冷"), "two words meeting on a character, the first a "
                    "name or a noun, the second one no rule yet asks about (藏医药, 委托, 片尾, 天冷)"),
    **dict.fromkeys(("孙笑笑笑", "王欢欢欢迎"), "three copies, a given name said twice and a word opening on it (欢欢|欢迎): cut "
                    "to one, as stutters are"),
    **dict.fromkeys(("宋文文笔", "柳成成功"), "a name of two, then a word opening on its last character (文笔 counted as "
                    "seldom as a given name; 柳, no common surname)"),
    **dict.fromkeys(("古镇镇区", "冬泳泳友", "制成成品"), "two words meeting on a character, the second one no rule yet asks "
                    "about (镇区, 泳友) or one that a single copy also makes (制成品)"),
    **dict.fromkeys(("挠挠头", "抿抿嘴"), "a verb said for a try before a part of the body, one word to jieba (挠头, 抿嘴), as "
                    "算算账"),
    "赵琳琳每周末": "a name of three before 每, which a given name may hold: read as a name of four",
    "回回来": "回回 (every time) before 来, read as a stray copy of 回来",
}


@pytest.mark.parametrize("text", [
    pytest.param(t, marks=[pytest.mark.xfail(strict=True, reason=why) for key, why in STILL_CUT.items() if key in t])
    for t in REDUPLICATIONS
])
def test_legitimate_repeats_in_newspaper_sentences_are_never_cut(text: str) -> None:
    """The stutter pass may put a double to the editor, but changes none of them."""
    _, corrections = fix_article(article(text), NONE)
    assert [c.before for c in corrections if c.action == "applied"] == []


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
        # two whole-paragraph copies, the first misread (壮太): the one that reads as words stays
        (["今年要发展壮太特色产业，让果农增收。", "今年要发展壮大特色产业，让果农增收。"], ["今年要发展壮大特色产业，让果农增收。"]),
        # … and when the later one is misread, it goes as before
        (["今年要发展壮大特色产业，让果农增收。", "今年要发展壮太特色产业，让果农增收。"], ["今年要发展壮大特色产业，让果农增收。"]),
        # the whole-paragraph copy goes, but it printed the sentence right: the kept copy takes its reading
        (["今年要发展壮太特色产业，让果农增收。后面还有话。", "今年要发展壮大特色产业，让果农增收。"],
         ["今年要发展壮大特色产业，让果农增收。后面还有话。"]),
        # …but not where the characters the copies differ in stand alone in both (太 / 大): the commoner character
        # reads likelier only by being common, no evidence of which one the page printed
        (["吕娜说，书房要是关了，就太可惜了，也太对不住孩子们了。后面还有话。", "吕娜说，书房要是关了，就大可惜了，也大对不住孩子们了。"],
         ["吕娜说，书房要是关了，就太可惜了，也太对不住孩子们了。后面还有话。"]),
        # …nor where the copy kept prints a double the stutter rules keep (人人都要): the other's look-alike (人入) is
        # the misread
        (["吕娜说，这件事人人都要记牢。后面还有话。", "吕娜说，这件事人入都要记牢。"], ["吕娜说，这件事人人都要记牢。后面还有话。"]),
        # a copy that prints a mark for a character (产业，，): the other copy's reading stays, whichever is kept
        (["在社区治理上，我们如何做好服务？", "在社区治理，，我们如何做好服务？"], ["在社区治理上，我们如何做好服务？"]),
        (["在社区治理，，我们如何做好服务？", "在社区治理上，我们如何做好服务？"], ["在社区治理上，我们如何做好服务？"]),
        # copies differing by a stutter in one of them (a character printed three times) are still copies
        (["老人出门散步，他的的的手机还在响。", "老人出门散步，他的手机还在响。再说别的。"], ["老人出门散步，他的手机还在响。再说别的。"]),
        # a copy glued onto a paragraph that broke off at a comma: the clause it follows stays
        (["守护队成立之初只有六名队员。后来，守护队成立之初只有六名队员。"], ["守护队成立之初只有六名队员。后来，"]),
        (["果农们通常靠果商上门收购。心里不是滋味。", "“以前是果商定价，果农们通常靠果商上门收购。"],
         ["果农们通常靠果商上门收购。心里不是滋味。", "“以前是果商定价，"]),
        # … but not the second part of a sentence a column break cut in two, when the copy prints it whole
        (["去年冬天一场大雪封了山路，", "学校推迟开学，课程改在网上。老师调整安排，去年冬天一场大雪封了山路，学校推迟开学，课程改在网上。"],
         ["去年冬天一场大雪封了山路，", "学校推迟开学，课程改在网上。老师调整安排，去年冬天一场大雪封了山路，学校推迟开学，课程改在网上。"]),
        # a copy printing a neighbour twice in place of a character (穿上 → 上上, 域内 → 内内) is the misread,
        # though the double makes a dictionary word: whichever copy is kept, it reads 穿上 / 域内
        (["办法之一是给老房子穿上外衣，冬天更暖和。", "办法之一是给老房子上上外衣，冬天更暖和。"], ["办法之一是给老房子穿上外衣，冬天更暖和。"]),
        (["办法之一是给老房子上上外衣，冬天更暖和。", "办法之一是给老房子穿上外衣，冬天更暖和。"], ["办法之一是给老房子穿上外衣，冬天更暖和。"]),
        (["同样的做法，也在槐川县域内多点推开。同样的做法，也在槐川县内内多点推开。"], ["同样的做法，也在槐川县域内多点推开。"]),
        # …but a character beside its like across a mark prints nothing twice (余人，人均): the look-alike (入) is the misread
        (["书房去年接待读者300余人，人均借书20本。", "书房去年接待读者300余入，人均借书20本。"],
         ["书房去年接待读者300余人，人均借书20本。"]),
        # one double shifted a character (一排排红 / 一排红红): the copy whose double a word holds (一排排) is right
        (["石桥村的书房外停着一排排红色的自行车。", "石桥村的书房外停着一排红红色的自行车。"], ["石桥村的书房外停着一排排红色的自行车。"]),
        (["石桥村的书房外停着一排红红色的自行车。", "石桥村的书房外停着一排排红色的自行车。"], ["石桥村的书房外停着一排排红色的自行车。"]),
        # the end of a paragraph printed again atop the next line, which goes on: the rest is that paragraph's
        (["向民众传递美。书房里坐满了看书的年轻人。", "书房里坐满了看书的年轻人。旁边几个孩子在读绘本。"],
         ["向民众传递美。书房里坐满了看书的年轻人。旁边几个孩子在读绘本。"]),
        # … not when the copy kept is no paragraph's end
        (["书房里坐满了看书的年轻人。向民众传递美。", "书房里坐满了看书的年轻人。旁边几个孩子在读绘本。"],
         ["书房里坐满了看书的年轻人。向民众传递美。", "旁边几个孩子在读绘本。"]),
        # a copy glued on before the quotation it opens, where the paragraph broke off inside a clause
        (["“过去借书要跑到县城，来回一整天。今后，书房还将开设周末读书会，吕娜“过去借书要跑到县城，来回一整天。"],
         ["“过去借书要跑到县城，来回一整天。今后，书房还将开设周末读书会，吕娜"]),
        # …but words quoted again after a verb that brings them in are the writer's, with a mark or without
        (["“书房是村里最亮的一盏灯。”吕娜常说。", "孩子们也跟着说，“书房是村里最亮的一盏灯。”这句话大家都记住了。"],
         ["“书房是村里最亮的一盏灯。”吕娜常说。", "孩子们也跟着说，“书房是村里最亮的一盏灯。”这句话大家都记住了。"]),
        (["“书房是村里最亮的一盏灯。”吕娜常说。", "孩子们也跟着说“书房是村里最亮的一盏灯。”这句话大家都记住了。"],
         ["“书房是村里最亮的一盏灯。”吕娜常说。", "孩子们也跟着说“书房是村里最亮的一盏灯。”这句话大家都记住了。"]),
        # a copy misread at both ends of the sentence (得/出 at its start, a stutter at its end)
        (["“读得懂”只是书房的第一步，接下来要让村民“读得得进”。", "“读出懂”只是书房的第一步，接下来要让村民“读得进”。"],
         ["“读得懂”只是书房的第一步，接下来要让村民“读得得进”。"]),
        # a copy goes on past the sentence it is found by: a short sentence in it misread (one character doubled)
        (["“书房办得好不好？大家都说说。”村支书吕娜抛出话题。", "大家都说说。”", "村支书吕娜抛抛出话题。", "村民王川第一个发言。"],
         ["“书房办得好不好？大家都说说。”村支书吕娜抛出话题。", "村民王川第一个发言。"]),
        # a caption printed again after its photo's credit: the credit in brackets ends the sentence before it
        (["图为石桥村村民在农家书房里读书。（本报记者 王川摄）图为石桥村村民在农家书房里读书。"],
         ["图为石桥村村民在农家书房里读书。（本报记者 王川摄）"]),
        # short legitimate repeats stay
        (["好。", "好。"], ["好。", "好。"]),
        # …but a line stopping mid-sentence, printed again as the next paragraph word for word, is a copy however short
        (["在郑晓东的带动下，", "在郑晓东的带动下，"], ["在郑晓东的带动下，"]),
        (["在郑晓东的带动下，", "第二段。", "在郑晓东的带动下，"], ["在郑晓东的带动下，", "第二段。", "在郑晓东的带动下，"]),
        # a saying quoted again paragraphs later is the writer's, not a copy the extraction made
        (["她常说：书要读进心里，路要走在脚下。", "第二段。", "第三段。", "第四段。", "她常说：书要读进心里，路要走在脚下。"],
         ["她常说：书要读进心里，路要走在脚下。", "第二段。", "第三段。", "第四段。", "她常说：书要读进心里，路要走在脚下。"]),
        # nor is a sentence said again in other words (the extraction misreads, it does not rephrase)
        (["槐川县图书馆的书房管理员说。", "槐川县图书馆的书房管理员吴敏说。"],
         ["槐川县图书馆的书房管理员说。", "槐川县图书馆的书房管理员吴敏说。"]),
        # nor two speakers' parallel words: the places they differ stand side by side, no misread glyphs
        (["“新馆开放了，我们有了更好的读书去处。”市民吴敏说。", "“新馆开放了，孩子们有了更好的读书去处。”家长王川说。"],
         ["“新馆开放了，我们有了更好的读书去处。”市民吴敏说。", "“新馆开放了，孩子们有了更好的读书去处。”家长王川说。"]),
        # nor a commentary's parallel sentences, a short one differing in three characters of thirteen
        (["书房建设，还体现在“持久”二字上。", "书房建设，更体现在“共情”二字上。"],
         ["书房建设，还体现在“持久”二字上。", "书房建设，更体现在“共情”二字上。"]),
        # …while a long sentence may take three misread glyphs
        (["傍晚时分，石桥村的农家书房里灯火通明，孩子们围坐在一起读书。", "傍晚时分，石桥村的农家书房里灯火通明，孩子门围坐在一起渎书。"],
         ["傍晚时分，石桥村的农家书房里灯火通明，孩子们围坐在一起读书。"]),
    ],
)
def test_drop_repeats(raw, expected) -> None:
    new, corrections = remove_repeats(article(*raw), NONE)
    assert texts(new) == expected
    for c in corrections:  # a copy removed, or the copy kept taking the removed one's reading of a sentence
        assert c.kind == "repeat" and (c.kept and c.after == "" or not c.kept and c.before != c.after)


def test_a_reading_the_kept_copy_takes_is_a_correction_of_its_own() -> None:
    """The copy kept doubles a mark where the copy removed prints a character (`孩子，，` / `孩子们，`): it takes that
    reading, and the change is on record (before, after), so that every character the pass drops is in a correction
    and an editor may reject it alone."""
    lead = "傍晚时分，石桥村的农家书房里灯火通明。"
    raw = (lead + "书房里坐满了放学的孩子们，大家都在安静地看书。", lead, "书房里坐满了放学的孩子，，大家都在安静地看书。")
    new, corrections = remove_repeats(article(*raw), NONE)
    assert texts(new) == [lead, "书房里坐满了放学的孩子们，大家都在安静地看书。"]
    removed, reading = corrections
    assert removed.after == "" and reading.before == raw[2] and reading.after == raw[0][len(lead):]
    rejected = Decisions({reading.id: Decision("reject")})
    assert texts(remove_repeats(article(*raw), rejected)[0]) == [lead, raw[2]]


@pytest.mark.parametrize(
    ("text", "fixed", "action"),
    [
        ("服务队的的作用", "服务队的作用", "applied"),
        ("成为为村里唯一", "成为村里唯一", "applied"),
        ("改造造造提升工程", "改造提升工程", "applied"),
        ("直播培培训", "直播培训", "applied"),
        ("成立于于2017年", "成立于2017年", "applied"),
        ("这个架子是是我们搭的", "这个架子是我们搭的", "applied"),
        # three copies are always a stutter, even of a character that reduplicates (表表)
        ("这些问题表表表现得很突出", "这些问题表现得很突出", "applied"),
        # …of a Chinese digit too, but in a year's number (一九九九年)
        ("他一天要跑四四四五个村", "他一天要跑四五个村", "applied"),
        # a measure word said twice says "every one" before its predicate, after a modal jieba may read with it
        ("群众的事要件件有着落", "群众的事要件有着落", "flagged"),
        # a verb of movement said twice for a try before the part of the body it moves, or a stray copy before a
        # figurative compound (联|联手)
        ("议程早定好了，居民只能举举手", "议程早定好了，居民只能举手", "flagged"),
        # a character left alone before the double that makes a rare word with the first copy (自住, self-occupied)
        ("家庭购买自住住房可以贷款", "家庭购买自住房可以贷款", "flagged"),
        # …and so where jieba cuts it whole but it is too rare to count as a word (免洗, no-rinse)
        ("书房门口放着免洗洗手液", "书房门口放着免洗手液", "flagged"),
        # a noun's last syllable said twice, closing a short term coined in quotation marks (said fondly), or a stray
        # copy in it: for the editor; outside quotation marks the stray copy goes
        ("油茶果成了群众致富的“金果果”", "油茶果成了群众致富的“金果”", "flagged"),
        ("油茶果成了群众致富的金果果，", "油茶果成了群众致富的金果，", "applied"),
        # a verb said twice for a try before the rest of a set phrase of it and its object (享|享清福)
        ("儿子劝她辞职回家享享清福", "儿子劝她辞职回家享清福", "flagged"),
        # …or before the verb and its object jieba lists as one verb, a try closing its clause after a verb of wanting
        # (只想躲|躲雨，: 躲躲雨); not after a modifier (新挑|挑战，)
        ("我本来只想躲躲雨，就走进了书房", "我本来只想躲雨，就走进了书房", "flagged"),
        ("书房的管理又遇到了新挑挑战，", "书房的管理又遇到了新挑战，", "applied"),
        # …or quoted as the colloquial phrase it is (来“充充电”)
        ("周末来书房“充充电”", "周末来书房“充电”", "flagged"),
        # an owner (店主) named after a verb is its object: the first copy is stray (出资业|业主), as before a word that
        # names no owner (民|民主)
        ("书房的产权归出资业业主所有", "书房的产权归出资业主所有", "applied"),
        ("它形成于民民主运动时期", "它形成于民主运动时期", "applied"),
        # two nouns overlapping on the double, one copy restoring their contraction (门诊|诊室, 门诊室)
        ("他在门诊诊室里坐诊", "他在门诊室里坐诊", "flagged"),
        # …whose three copies the dictionary lists as a word of its own (格格格), where the word before takes the first
        ("书价格格格回落", "书价格回落", "applied"),
        # a reduplicated word where its reading is impossible: after a numeral, before a clause end
        # (an adverb), after a degree adverb or 每, before 着, or breaking a longer word
        ("这项工程用了4天天就完工了", "这项工程用了4天就完工了", "applied"),
        ("送书车每天要跑两百多多公里", "送书车每天要跑两百多公里", "applied"),  # a number's approximation, said once
        ("送书车晚上10点多多才回到县城", "送书车晚上10点多才回到县城", "applied"),  # …after its measure word too
        ("书房建成已经两个多多月", "书房建成已经两个多月", "applied"),
        # 在 takes no predicate (在于) nor the particle closing 包括…在内 for its object
        ("书房办得好不好，关键在在于管理", "书房办得好不好，关键在于管理", "applied"),
        ("包括村小学在在内的六所学校", "包括村小学在内的六所学校", "applied"),
        ("东西都准备好好，就出发", "东西都准备好，就出发", "applied"),
        ("书房的环境好好了，读者也多了", "书房的环境好了，读者也多了", "applied"),  # 了 is no predicate for 好好
        ("这是最大大的收获", "这是最大的收获", "applied"),
        ("每一个个班级都参加", "每一个班级都参加", "applied"),
        ("他每天都想想着回家", "他每天都想着回家", "applied"),
        ("石桥村的人家陆续亮亮起了灯", "石桥村的人家陆续亮起了灯", "applied"),  # nor a directional complement
        ("对无无电梯的老楼加装电梯", "对无电梯的老楼加装电梯", "applied"),  # 无 (to lack) is a verb of state
        # a noun ending on a noun's character, the character again before another noun's (条锈病|病叶): for the editor
        ("发现条锈病病叶要及时喷药", "发现条锈病叶要及时喷药", "flagged"),
        ("吕娜在前，读者们紧紧随其后", "吕娜在前，读者们紧随其后", "applied"),  # an idiom opens on the second copy
        ("局势瞬息万万变", "局势瞬息万变", "applied"),
        # two words that overlap on the doubled character, where one copy makes a three-character word
        ("书房里的老大大难问题解决了", "书房里的老大难问题解决了", "applied"),
        # a copy that may complete the word before it: both readings are Chinese, the editor decides
        ("他们讨论了了解情况的办法", "他们讨论了解情况的办法", "flagged"),
        ("他们在在线平台上借书", "他们在线平台上借书", "flagged"),
        ("他们对对方的意见表示尊重", "他们对方的意见表示尊重", "flagged"),
        ("接下下来，书房还要延长开放时间", "接下来，书房还要延长开放时间", "applied"),
        # a word that may end before a dictionary's reduplication, unless it is far commoner than the reduplication
        ("他每月按时把抚养费费一次交清", "他每月按时把抚养费一次交清", "applied"),
        # 不 denies no reduplicated adjective; a list going on to its noun takes one 等
        ("“我的嗓门不高高，但大家都听得见", "“我的嗓门不高，但大家都听得见", "applied"),
        ("在公园、社区等等地建设书房", "在公园、社区等地建设书房", "applied"),
        # a frame opened by 在/当 closes with one 时 at the clause's end (时时 the adverb never stands there)
        ("大家在搬运花盆时时，都很小心", "大家在搬运花盆时，都很小心", "applied"),
        # …and so does 时 after a verb without one, a clause of time (when the reading ended)
        ("读书会结束时时，天已经黑了", "读书会结束时，天已经黑了", "applied"),
        # a reduplicated verb takes no complement; an approximate number's 多 is printed once
        ("孩子被雷声吓吓得直哭", "孩子被雷声吓得直哭", "applied"),
        ("这里冬天冷，外地人待待不了几天", "这里冬天冷，外地人待不了几天", "applied"),
        ("灯坏了，给物业打打个电话就有人来修", "灯坏了，给物业打个电话就有人来修", "applied"),
        ("来了30多多名志愿者", "来了30多名志愿者", "applied"),
        # …nor the perfective, whatever jieba tags the character (成 is also a noun); a causative said twice (让让,
        # make way) moves no one before a verb
        ("村口的旧仓库成成了书房", "村口的旧仓库成了书房", "applied"),
        ("书房要让让村民满意", "书房要让村民满意", "applied"),
        # …nor before whom it moves and a preposition or more nouns opening what they are moved to
        ("办证窗口搬进书房，让让村民在家门口办事", "办证窗口搬进书房，让村民在家门口办事", "applied"),
        ("一场秋雨，让让部分果农收不上苹果", "一场秋雨，让部分果农收不上苹果", "applied"),
        # a verb said for a try arrives nowhere: it takes no complement of result or place
        ("党员们轮流守守在书房里", "党员们轮流守在书房里", "applied"),
        ("以前山货只能卖卖给贩子，价钱压得很低", "以前山货只能卖给贩子，价钱压得很低", "applied"),
        # a shop's name in quotation marks of its own coins an adjective said twice before a noun (“巧巧书屋”)
        ("石桥村开了一家“巧巧书屋”", "石桥村开了一家“巧书屋”", "flagged"),
        ("书房新到一批新新图书", "书房新到一批新图书", "applied"),
        # 这批|批货: a noun the dictionary seldom counts after a measure copied
        ("这批批书今天运到书房", "这批书今天运到书房", "applied"),
        # after a verb, 对's phrase may open the modifier of its object (谈对|对方的意见), or a stray copy
        ("请村民谈对对方的意见", "请村民谈对方的意见", "flagged"),
        # an adjective and the first copy may name a kind of what the second copy opens (慢病|病人), or a stray copy
        ("石桥村的慢病病人每月到卫生室取药", "石桥村的慢病人每月到卫生室取药", "flagged"),
        # a verb said twice takes no directional complement (搬搬过去), though 过去 is also the past it may tell of
        ("志愿者把新书搬搬过去", "志愿者把新书搬过去", "applied"),
        # 把 brings an object ending on the character to the verb its copy is, before 得 and its complement (把竹编|编得…),
        # or a stray copy (把竹|编得…): for the editor; not a verb the object does not end on (书房|建建得)
        ("吕娜想把石桥竹编编得更好看", "吕娜想把石桥竹编得更好看", "flagged"),
        ("村里要把书房建建得更好", "村里要把书房建得更好", "applied"),
        # 一一 (one by one) before a verb: 一|一应 is Chinese too
        ("乡亲们托他办的事，他都一一应下", "乡亲们托他办的事，他都一应下", "flagged"),
        # a verb the dictionary lists said twice, before a noun it takes as one word (买买: 买|买菜); a double the
        # dictionary lists inside a name in quotation marks of its own (“小小河医生”, jieba: 小|小河|医生)
        ("吕娜周末帮着老人买买菜", "吕娜周末帮着老人买菜", "flagged"),
        ("石桥村成立了“小小河医生”志愿队", "石桥村成立了“小河医生”志愿队", "flagged"),
        ("预计2.5万万亿元", "预计2.5万亿元", "applied"),
        # characters that never reduplicate: localizers, suffixes, degree adverbs, auxiliaries
        ("在实践中中，我们学会了", "在实践中，我们学会了", "applied"),
        ("同学们们都来了", "同学们都来了", "applied"),
        ("天气很很冷", "天气很冷", "applied"),
        ("我们能能做到", "我们能做到", "applied"),
        # a stray copy beside the word it belongs to
        ("我们希望通通过努力", "我们希望通过努力", "applied"),
        ("他看过过这本书", "他看过这本书", "applied"),
        ("大家都累了了，就休息", "大家都累了，就休息", "applied"),
        ("学校所在在的街道", "学校所在的街道", "applied"),  # 在 before 的 starts no phrase
        ("志愿者正在在清扫楼道", "志愿者正在清扫楼道", "applied"),  # the progressive 正在 holds its 在
        ("现在在是我们自己定价", "现在是我们自己定价", "applied"),  # no 在 takes the copula
        # a unit said twice (村村, every village) after the place its first copy ends: no place is every village
        ("在桐溪县柳湾村村的稻田边", "在桐溪县柳湾村的稻田边", "applied"),
        ("九点，槐川县县人民公园里", "九点，槐川县人民公园里", "applied"),
        # the copula has no tentative form, and an adverb said twice beside it (缓缓升起) is no verb tried
        ("书房门前是是一片竹林，炊烟缓缓升起", "书房门前是一片竹林，炊烟缓缓升起", "applied"),
        ("周末来浇浇花，炊烟缓缓升起", "周末来浇花，炊烟缓缓升起", "applied"),
        # …but the second copy may open, with a noun, a word of the place's own the dictionary lacks (村医, the village's
        # doctor), or be stray (石桥村医): for the editor; not before a word (村|公路) or a place's name (县|云渡镇)
        ("石桥村村医吕娜说，书房常有人来", "石桥村医吕娜说，书房常有人来", "flagged"),
        ("乡里修通石桥村村公路", "乡里修通石桥村公路", "applied"),
        ("走进槐川县县云渡镇", "走进槐川县云渡镇", "applied"),
        ("书房是是全县从事阅读推广的阵地", "书房是全县从事阅读推广的阵地", "applied"),  # 是是 even where 是从 reads as a verb
        # a name doubles its given name, never its surname; a verb of saying is said once before its speech
        ("社区书记张张晓红介绍", "社区书记张晓红介绍", "applied"),
        ("村委会主任吕吕娜说", "村委会主任吕娜说", "applied"),  # 任 ends 主任: no surname before the double
        ("居民王大爷说说：“这下方便了。”", "居民王大爷说：“这下方便了。”", "applied"),
        # 问 of 问题 is no verb of saying: 题题题 is no utterance (都说好好好 is, below)
        ("要解决群众关心的问题题题，不搞形式", "要解决群众关心的问题，不搞形式", "applied"),
        ("沿着长江流流域的城市", "沿着长江流域的城市", "applied"),  # one 流 restores the dictionary's 长江流域
        ("他们也会会参加比赛", "他们也会参加比赛", "applied"),  # 会会 (to meet) takes a person, not a verb
        ("书房的灯会会由手机控制", "书房的灯会由手机控制", "applied"),  # … nor a prepositional phrase
        ("这座书房无处不在在》一文里", "这座书房无处不在》一文里", "applied"),  # a second 在 needs its object
        # 在 opens no verb its object splits (在…建 is no 在建 split open), unlike 把 (把…关)
        ("我们在在全县建设书房。", "我们在全县建设书房。", "applied"),
        ("学问在在书本外。", "学问在书本外。", "applied"),
        ("县里开发了新新产品", "县里开发了新产品", "applied"),  # a reduplicated adjective takes 的 before a noun
        ("这样能能够做到", "这样能够做到", "applied"),  # no auxiliary before a modal
        # a reduplicated verb takes no directional complement and no perfective 了 with more after it
        ("这件事他一直办办下来了", "这件事他一直办下来了", "applied"),
        ("老人喝喝了几十年井水", "老人喝了几十年井水", "applied"),
        # …nor the perfective with an amount after it; a personal pronoun never reduplicates
        ("吕娜一口气借借了3本书", "吕娜一口气借了3本书", "applied"),
        # no aspect particle closes a preposition that is nothing else (据|了解)
        ("据了了解，书房今年新增图书三千册", "据了解，书房今年新增图书三千册", "applied"),
        # every village has no level: the level's adjective takes one unit; 一一 (one by one) takes no noun
        ("全县建成村村级书房22个", "全县建成村级书房22个", "applied"),
        ("书架已经有一一人多高", "书架已经有一人多高", "applied"),
        # a reduplication that breaks the set phrase one copy makes (一步一个脚印) is a stray copy there
        ("书房一步一个个脚印办了起来", "书房一步一个脚印办了起来", "applied"),
        # …but one at its clause's end is a stray copy
        ("你想在书房看啥啥？", "你想在书房看啥？", "applied"),
        # every county (县县) follows no place named down to its unit, whatever the dictionary lists it as
        ("在东城区区的一家书房里", "在东城区的一家书房里", "applied"),
        # an adjective said twice takes 的 before its noun: before one character closing the clause, one copy is stray
        ("周末石桥村的民宿基本满满房，不少游客来书房看书", "周末石桥村的民宿基本满房，不少游客来书房看书", "applied"),
        # …or with its object after it opening on a mark (a book's title, a quotation)
        ("吕娜给孩子们讲起起了《西游记》", "吕娜给孩子们讲起了《西游记》", "applied"),
        # no number counts a noun reduplicated (every village); no degree adverb grades two free copies
        ("全镇4个村村1146户用上了自来水", "全镇4个村1146户用上了自来水", "applied"),
        ("管理员住在书房内内的小屋里", "管理员住在书房内的小屋里", "applied"),  # 内 is a localizer, whatever jieba tags it
        ("吕娜划着小船去去拍照", "吕娜划着小船去拍照", "applied"),  # 去 leads to the verb after it
        ("没有书房，很难难把读书会办起来", "没有书房，很难把读书会办起来", "applied"),
        ("记者：您您怎么看书房的变化？", "记者：您怎么看书房的变化？", "applied"),
        ("大家找找一找，书房里哪本书最旧？", "大家找一找，书房里哪本书最旧？", "applied"),  # VV and V一V at once
        ("书房开了，我我每天都来", "书房开了，我每天都来", "applied"),
        # one copy makes a word far commoner than the reduplication, beside a character the double strands
        ("书房就建在我家家旁边", "书房就建在我家旁边", "applied"),
        ("他提来一桶冷冷水", "他提来一桶冷水", "applied"),
        # verbs of state or achievement never reduplicate; the attribution after a quotation says 说 once
        ("书房的志愿者下沉到到社区", "书房的志愿者下沉到社区", "applied"),
        ("书房的温度受受天气影响", "书房的温度受天气影响", "applied"),
        ("“书房就是我们的家。”吕娜说说。", "“书房就是我们的家。”吕娜说。", "applied"),
        # a reduplicated measure word means "every one": no demonstrative points at it
        ("这套套系统上线了", "这套系统上线了", "applied"),
        ("这座座书房很热闹", "这座书房很热闹", "applied"),
        # a surname, a given character and a double make four characters: no Han name
        ("馆长吕桐桐溪介绍", "馆长吕桐溪介绍", "applied"),
        ("站长吕书茂茂说", "站长吕书茂说", "applied"),
        # a compound the dictionary lacks, never used on its own in the article: for the editor
        ("平菇菌菌棒", "平菇菌棒", "flagged"),
        # three copies where two would be a sure reduplication the dictionary reads about as likely: for the editor
        ("山坡上是一层层层梯田", "山坡上是一层层梯田", "flagged"),
        # …unless one copy reads far likelier: a stutter of two copies is four times rarer than one of one, so at forty
        # times the odds one copy is ten times the likelier text (一个问题 against 一个个问题; the dictionary lists 学学习
        # and 好干部部, but 学习 and 干部 are far commoner)
        ("一个个个问题", "一个问题", "applied"),
        ("书房是孩子们学学学习的地方", "书房是孩子们学习的地方", "applied"),
        ("选好政策、好干部部部", "选好政策、好干部", "applied"),
        # the point at issue before the copula may take a clause opening on 是否, or be a thing asked about
        ("关键是是否坚持下去", "关键是否坚持下去", "flagged"),
        ("村里的书房是是否开放", "村里的书房是否开放", "applied"),
        # the aspect 过 or a 的 phrase after a verb, before a word opening with it: both readings are Chinese
        ("他说过过去的事不提了", "他说过去的事不提了", "flagged"),
        ("书房里有的的确很安静", "书房里有的确很安静", "flagged"),
        ("他的的确很忙", "他的确很忙", "applied"),
        # the sky after a day, before an adverb; a verb before its directional complement after a word ending on it
        ("老郑每天天不亮就出门", "老郑每天不亮就出门", "flagged"),
        ("今天天很冷", "今天很冷", "flagged"),
        ("他把重点点出来", "他把重点出来", "flagged"),
        # a copy stranded after the word it ends that opens a word with a character left alone (耕地|地|力: 地力)
        ("槐川县发放耕地地力保护补贴", "槐川县发放耕地力保护补贴", "flagged"),
        # …a word of amount before its amount, though jieba never counted it (长达); not its junk elsewhere (责人)
        ("吕娜担任馆长长达六年", "吕娜担任馆长达六年", "flagged"),
        ("书房的负责责人吕娜说", "书房的负责人吕娜说", "applied"),
        # a noun seldom takes 的是: the copy may be a verb opening the subject clause; after an adjective one copy reads
        ("吕娜大学学的是图书馆学", "吕娜大学的是图书馆学", "flagged"),
        ("更重要要的是坚持下去", "更重要的是坚持下去", "applied"),
        ("吕娜大学学的不是图书馆学", "吕娜大学的不是图书馆学", "flagged"),  # the copula negated
        # levels of government named by a word jieba splits (全省各地|市 or 各|地市), before a word opening on the unit
        ("全省各地市市场规模扩大", "全省各地市场规模扩大", "flagged"),
        # 一 before a character said twice it makes no word with: a borrowed measure (one order after another); a
        # character it makes a word with is judged by that word
        ("吕娜帮书房一单单算成本", "吕娜帮书房一单算成本", "flagged"),
        ("仓库里码着一托托进口新书", "仓库里码着一托进口新书", "flagged"),
        ("仓库里码着一缸缸酱菜", "仓库里码着一缸酱菜", "flagged"),  # 一缸, an entry jieba never counted, holds no copy
        # a noun ending on the character, then a part of the thing opening on it (医院|院区); not before a word the next
        # character opens (农民|民|田间)
        ("槐川县人民医院院区改扩建", "槐川县人民医院区改扩建", "flagged"),
        ("书房开放日，许多家长长带着孩子来借书", "书房开放日，许多家长带着孩子来借书", "applied"),  # 长带: no noun takes 着
        ("石桥村新建湖羊羊舍三十余栋", "石桥村新建湖羊舍三十余栋", "flagged"),
        ("种子种在农民民田间", "种子种在农民田间", "applied"),
        # 一些 is an amount, no unit counted one by one; a number says a digit once before its magnitude; a verb said
        # for a try takes no result
        ("吕娜给读者一些些信任、一些耐心", "吕娜给读者一些信任、一些耐心", "applied"),
        ("书房藏书比去年增加了一一万多册", "书房藏书比去年增加了一万多册", "applied"),
        ("石桥村足球队打打进了全县十六强", "石桥村足球队打进了全县十六强", "applied"),
        # a measurement gives its dimension once after the number and unit; a thing counted may be big, said twice
        ("书房的书架有2.4米高高、6米宽", "书房的书架有2.4米高、6米宽", "applied"),
        # two nouns meeting on the character, one a verb used as a noun (施工|工期), or their contraction said with a
        # stray copy (施工期): for the editor
        ("书房扩建项目施工工期为八个月", "书房扩建项目施工期为八个月", "flagged"),
        # a number and its measure closing on the first copy, a noun opening on the second (（5）班|班主任); not a
        # numeral's own unit (12万|万元: no count closes on 万 before 万元)
        ("高三（5）班班主任吕娜说", "高三（5）班主任吕娜说", "flagged"),
        ("书房投入12万万元", "书房投入12万元", "applied"),
        ("吕娜一定定会来书房", "吕娜一定会来书房", "applied"),
        # a reduplicated adverb modifies no noun: one copy restores the word the second opens (慢|慢性病), far likelier
        ("卫生院为慢慢性病患者建立健康档案", "卫生院为慢性病患者建立健康档案", "applied"),
        # the word the first copy ends regroups with the one before it (人|次年 or 人次|年年), the double before a verb
        ("书房的读者人次年年攀升", "书房的读者人次年攀升", "flagged"),
        # after a phrase of place the copy may be the predicate's verb before its object; not a localizer's, a modal's
        ("吕娜在大学学设计", "吕娜在大学设计", "flagged"),
        ("书房建在省会会城市周边", "书房建在省会城市周边", "applied"),
        # a verb of one character said twice for a try before an activity jieba lists as a noun, after going (爬山)
        ("周末一家人一起去爬爬山。", "周末一家人一起去爬山。", "flagged"),
        # a negation makes no word with the first copy: it negates the complement the second opens (走不出去)
        ("孩子们一进书房就走不出出去", "孩子们一进书房就走不出去", "applied"),
        # a modal (只能) jieba read as another word (只|能量) may take the verb said twice for a try
        ("石桥村卫生室过去只能量量血压", "石桥村卫生室过去只能量血压", "flagged"),
        # a verb said twice for a try before its object; a copy before a word whose rest the dictionary never counted
        ("吕娜让他说说心里话", "吕娜让他说心里话", "flagged"),
        # …or before the verb and its object as one word, the tentative form the dictionary lists with other objects
        # (做做饭); not before a place's name
        ("吕娜每天在书房门口做做操", "吕娜每天在书房门口做操", "flagged"),
        # a noun's reduplication at a clause's end, after a word ending on its character: a four-character phrase
        # (锣鼓声声) or a stray copy
        ("元宵夜，锣鼓声声，彩灯高悬", "元宵夜，锣鼓声，彩灯高悬", "flagged"),
        # a reduplication before a noun it may describe, the word before it regrouping too (亮|起点 or 亮起|点点)
        ("夜幕降临，古镇亮起点点灯火", "夜幕降临，古镇亮起点灯火", "flagged"),
        ("书房设在安安阳路口", "书房设在安阳路口", "applied"),
        # an idiom opening on a noun a word of amount before it may take (不少人|人到中年)
        ("槐川县不少人人到中年才开始读书", "槐川县不少人到中年才开始读书", "flagged"),
        # a level of government before its level's adjective (县|县级): one copy or two, for the editor; no organ's name
        # after it, a stray copy (see `test_legitimate_repeats_untouched` for the level before its organ's name)
        ("围绕县县级医院建设，书房开进了病房", "围绕县级医院建设，书房开进了病房", "flagged"),
        ("今年，市市场规模扩大了", "今年，市场规模扩大了", "applied"),
        # a particle doubled beside a verb said twice in the next clause: no tentative pair (see `_tentative_beside`)
        ("吕娜沿着着小路走去，看看书房的灯", "吕娜沿着小路走去，看看书房的灯", "applied"),
        # an aspect marker after a copy stranded after a noun makes the copy the clause's verb; after a verb, a stray
        ("吕娜的笔记记了满满三大本", "吕娜的笔记了满满三大本", "flagged"),
        ("书房开设设了读书课", "书房开设了读书课", "applied"),
        # a reduplicated word of frequency before the verb left over; not where the word opened is the commoner
        ("吕娜夜夜咳，吃了药也不见好", "吕娜夜咳，吃了药也不见好", "flagged"),
        ("书房的水质连连续三年达标", "书房的水质连续三年达标", "applied"),
        # …and one counted often before a verb of one character that makes a commoner word with the copy (天|天下)
        ("这场雨不是天天下，而是一阵一阵的", "这场雨不是天下，而是一阵一阵的", "flagged"),
        ("书房负负责人吕娜说", "书房负责人吕娜说", "applied"),
        # a verb that took its 在 already (坐在, 放在) leaves a second 在 no place to go
        ("她把新书放在在书架上", "她把新书放在书架上", "applied"),
        ("吕娜坐在在门口看书", "吕娜坐在门口看书", "applied"),
        # a unit copy after words that name no place
        ("书记、镇镇长都来了", "书记、镇长都来了", "applied"),
        ("群众对村村干部很满意", "群众对村干部很满意", "applied"),
        # a reciprocal 相-verb needs a partner after 与/和: neither one copy nor two gives it one
        # …unless the word opening on the second copy may describe what the verb acts on (在建, under construction)
        ("书房资金落实在在建项目上", "书房资金落实在建项目上", "flagged"),
        # a kinship word said twice after an Arabic digit: the digit counts, so one copy is stray
        ("书房来了5奶奶", "书房来了5奶", "applied"),
        # a noun's pair said AABB only where the form closes: 团团长 is the troupe's head after a stray 剧
        ("由剧剧团团长吴敏主持", "由剧团团长吴敏主持", "applied"),
        # a place named by a common word (杨柳, willows) before its committee, or a stray copy in the short form
        ("杨柳村村委会主任吕娜说", "杨柳村委会主任吕娜说", "flagged"),
        # the verb 了 after a word that is an adjective too (异常, abnormal) is a stray copy of the aspect particle
        ("书房的用电量异常了了", "书房的用电量异常了", "applied"),
        # a noun said alone as often as 人, after a topic ending on it, may be the subject a negation denies
        ("有的病人人不在，费用照样在产生", "有的病人不在，费用照样在产生", "flagged"),
        # …and a noun's saying everyone, before the verb left over when the second copy opens a rarer word (人|人学)
        ("书房要让人人学有榜样", "书房要让人学有榜样", "flagged"),
        # 任 serving as a post after a post ending on it, or a stray copy before the second post
        ("石桥村由村主任任书房管理员", "石桥村由村主任书房管理员", "flagged"),
        # before a name in full either way (任吕娜, or 吕娜 after the post): for the editor
        ("村委会主任任吕娜说，书房很热闹", "村委会主任吕娜说，书房很热闹", "flagged"),
        # 以 opening its phrase after a modal ending on it, or a stray copy; after 因为 a second 为 is stray
        ("吕娜可以以志愿者身份管理书房", "吕娜可以志愿者身份管理书房", "flagged"),
        ("书房因为为读者着想，延长了开放时间", "书房因为读者着想，延长了开放时间", "applied"),
        # 一 ending a word before a verb counts nothing: a stray copy before the word it starts
        ("今年统一供供种面积达三万亩", "今年统一供种面积达三万亩", "applied"),
        # a period of a few days, then every day in it; after 每天 the double says nothing more
        ("这几天天天下雨，书房的读者少了", "这几天下雨，书房的读者少了", "flagged"),
        ("每天天天下雨，书房的读者少了", "每天下雨，书房的读者少了", "applied"),
        # an adjective said twice (a vivid state) takes no perfective, which a verb said for a try may close on
        ("石桥村的井水变甜甜了，吕娜说", "石桥村的井水变甜了，吕娜说", "applied"),
        # 来 closing a span of time up to now is said once before the clause's end
        ("5年来来，石桥村的书房越办越好", "5年来，石桥村的书房越办越好", "applied"),
        # …but no period is named where the character is no unit of time (那些|平平: 平平 is a word, 些平 none)
        ("那些平平平常不来书房的孩子", "那些平常不来书房的孩子", "applied"),
        # a reduplication (纷纷) that leaves a morpheme no word alone (纠) before it: one copy makes its word (纠纷)
        ("书房成了化解矛盾纠纷纷的好地方", "书房成了化解矛盾纠纷的好地方", "applied"),
        ("石桥村的日子有奔头头", "石桥村的日子有奔头", "applied"),
        # a copy before a word of the news the dictionary of 2012 lacks (线上, 非遗: `data/words.txt`)
        ("书房开通了线线上借阅服务", "书房开通了线上借阅服务", "applied"),
        ("槐川县推进非非遗进校园", "槐川县推进非遗进校园", "applied"),
        ("使群众广泛参与与与相结合", "使群众广泛参与相结合", "flagged"),
        ("让课堂教学和和相衔接", "让课堂教学和相衔接", "flagged"),
        # an item said twice in a list of single characters breaks its measure (a craft's steps; what a job is)
        ("剪纸要经过折、剪剪、刻、展，哪一步都不能马虎", "剪纸要经过折、剪、刻、展，哪一步都不能马虎", "applied"),
        ("护林员的活儿累累、苦、险，却没人叫苦", "护林员的活儿累、苦、险，却没人叫苦", "applied"),
        # a name of the dictionary's, its given name's last character again: a name doubled so (李娜娜), or the copy
        # opens the next word (王志刚|刚从); one copy reads as well
        ("李娜娜是书房的管理员", "李娜是书房的管理员", "flagged"),
        ("王志刚刚从书房回来", "王志刚从书房回来", "flagged"),
        # a surname and a character alone, the first copy perhaps a name's last (吕德发|发现, 吕振强|强调, 张敏|敏锐)
        ("村医吕德发发现书房漏水", "村医吕德发现书房漏水", "flagged"),
        ("村医吕振强强调要多读书", "村医吕振强调要多读书", "flagged"),
        ("张敏敏锐地发现书房漏水", "张敏锐地发现书房漏水", "flagged"),
        # …not before a noun the name runs on into (吕建|建文说: 吕建文 said), but before a common one (吕建|建议)
        ("校长吕建建文说", "校长吕建文说", "applied"),
        ("村民代表吕建建议多办几间书房", "村民代表吕建议多办几间书房", "flagged"),
        # …nor before a post or a title a surname takes to address its holder (吕书记, 顾老师)
        ("吕书书记常来书房看书", "吕书记常来书房看书", "applied"),
        ("顾老老师常来书房", "顾老师常来书房", "applied"),
        # a time ending on 上, then 上 the verb (晚上|上夜校)
        ("吕娜晚上上夜校学电脑", "吕娜晚上夜校学电脑", "flagged"),
        # a port's, a hill's, a canal's, a gorge's name and its area, its foot, its head, the gorge (槐川港|港区)
        ("槐川港港区新建了书房", "槐川港区新建了书房", "flagged"),
        ("槐川山山脚下新建了书房", "槐川山脚下新建了书房", "flagged"),
        ("槐川渠渠首的闸门换新了", "槐川渠首的闸门换新了", "flagged"),
        ("白鹭峡峡谷里的栈道修好了", "白鹭峡谷里的栈道修好了", "flagged"),
        ("槐川塔塔身出现了裂缝", "槐川塔身出现了裂缝", "flagged"),
        # an adverb after a time ending on it (刚才|才知道)
        ("吕娜刚才才知道书房开门了", "吕娜刚才知道书房开门了", "flagged"),
        # the back a verb moves for a try (捶捶背)
        ("吕娜给老人捶捶背", "吕娜给老人捶背", "flagged"),
        # a place, then what lies in front of it (火车站|站前广场); a county's body after its name (槐川县|县医院)
        ("火车站站前广场新建了书房", "火车站前广场新建了书房", "flagged"),
        ("槐川县县医院旁边新建了书房", "槐川县医院旁边新建了书房", "flagged"),
        # an adverb opening the predicate after a noun ending on it (人才|才是, 成就|就在)
        ("人才才是书房最缺的", "人才是书房最缺的", "flagged"),
        ("这份成就就在书房里", "这份成就在书房里", "flagged"),
        # a river's name and the place by it (白沙江|江边)
        ("白沙江江边新建了书房", "白沙江边新建了书房", "flagged"),
        # …not a noun jieba calls a name (马拉松) nor the noun before an adjective (小将|将全…: no predicate opens)
        ("马拉松松的热度不减", "马拉松的热度不减", "applied"),
    ],
)
def test_stutters(text: str, fixed: str, action: str) -> None:
    start = next(i for i in range(len(text) - 1) if text[i] == text[i + 1])
    end = start + 1
    while end < len(text) and text[end] == text[start]:
        end += 1
    verdict = judge(text, start, end)
    assert verdict is not None and verdict.fixed == fixed and verdict.action == action


def test_a_surname_after_a_title_ending_on_it_opens_a_name_the_article_gives_again() -> None:
    """`副主任|任|雪梅`: where the article names 任雪梅 again on its own (`。”任雪梅说`), the second 任 is the surname."""
    text = "石桥村委会副主任任雪梅介绍，书房今年新增图书三千册。"
    start = text.index("任任")
    assert judge(text, start, start + 2, text + "“孩子们最爱周末来。”任雪梅说。") is None


@pytest.mark.parametrize(("text", "name"), [
    ("书房管理员吴福福来算了一笔账。", "吴福来"),  # a copy inside the name
    ("槐川县文旅局副局长郑晓东东介绍，书房全年开放。", "郑晓东"),  # closing it
])
def test_a_name_the_article_prints_once_more_with_one_copy_is_spelled_so(text: str, name: str) -> None:
    """A name is spelled one way: a short report that prints it once more with one copy (`。”吴福来说`) vouches for that
    spelling against a double inside it or closing it, however the dictionary reads the double (东东)."""
    start = next(i for i in range(len(text) - 1) if text[i] == text[i + 1] and text[i] in name)
    verdict = judge(text, start, start + 2, text + f"“书房是大家的。”{name}说。")
    assert verdict is not None and verdict.action == "applied" and verdict.fixed == text[:start] + text[start + 1 :]
    # …but not where the second copy opens a word of its own after the name (郑晓东|东奔西走): for the editor at most
    other = "郑晓东东奔西走，为书房募来新书。"
    verdict = judge(other, 2, 4, other + "“书房是大家的。”郑晓东说。")
    assert verdict is None or verdict.action == "flagged"


@pytest.mark.parametrize("text", ["石桥村委会副主任任雪梅介绍，书房今年新增图书三千册。", "居委会主任任国平说。",
                                  "村委会主任任光明把大家的难处记在心上。", "办公室主任任浩说明了情况。",
                                  "他在主任任期内修好了水渠。", "机电系主任任建平收到一封来信。", "管委会主任任立新说。",
                                  # a verb of saying jieba tags a noun (问)
                                  "村委会主任任春兰问大家还缺什么书。"])
def test_a_post_ending_on_a_surname_before_its_holders_name_in_full_keeps_both(text: str) -> None:
    """A report names a post's holder in full after the post: `主任|任国平说`, whether or not the article names 任国平
    again (one copy would leave a given name alone after the post, `主任国平说`), a given name the dictionary lists as a
    noun or as a rare word of another kind (建平, 立新); and a word opening on the copy, not a name, meets the post on it
    (主任|任期). A verb or a common adverb after the copy names no one (`主任任说明了情况`, `主任任一直强调`: a stray
    copy)."""
    start = text.index("任任")
    assert judge(text, start, start + 2, text + "她曾担任雪梅书社的管理员。") is None


@pytest.mark.parametrize("text", ["办公室主任任说明了情况。", "办公室主任任一直强调要把书房办好。"])
def test_a_verb_after_a_post_names_no_holder(text: str) -> None:
    verdict = judge(text, 4, 6)
    assert verdict is not None and verdict.action == "applied"


def test_triple_after_a_word_ending_in_it_awaits_review() -> None:
    """`应对对对突发情况`: the extra copies go, but text may be missing there, so an editor sees it."""
    verdict = judge("学会应对对对突发情况", 3, 6)
    assert verdict is not None and verdict.action == "applied" and verdict.confidence < 0.8


@pytest.mark.parametrize("text", ["书房的墙上画着山、水、星星", "久久为功", "涓涓细流", "宣传部部长", "县委宣传部部长", "工作作为", "胶州市市场", "一个一个",
                                  "干干净净", "临溪市市委书记", "张丽丽说", "谢谢阿姨", "家家户户",
                                  "年年有余", "说说看",
                                  # measure words reduplicate after 一
                                  "一条条小路", "一层层梯田", "一届届毕业生", "一根根竹竿", "一张张笑脸",
                                  # a reduplicated adverb before its verb, read by jieba into an entry it never
                                  # counted (紧|紧握着)
                                  "吕娜紧紧握着王川的手",
                                  # a place word of two takes no aspect marker: the copy is the verb of a sentence of
                                  # existence (周围|围了)
                                  "小小的书房周围围了三四层孩子",
                                  # a place named by a word and a bound morpheme (青石|坳), then its unit's committee
                                  "送书车停在青石坳村村委会门口",
                                  # a noun borrowed as a measure, reduplicated into a manner adverbial
                                  "工人一窑窑地试烧", "渔民一船船地运回鱼货",
                                  # an AABB reduplication that jieba lists only as AAB (弯弯绕)
                                  "山路弯弯绕绕，车开得很慢",
                                  # 来来 after a count is the verb said twice (来来回回), 多多少少 a word said pair by pair
                                  "送书车三趟来来回回", "书房这三年多多少少有了变化",
                                  # each copy in its own word, or the first closing a number or a compound
                                  "问题实在在于管理", "2020年年底", "2019年年末", "平菇菌菌棒。平菇菌长得好",
                                  "道德庭庭长说", "一家文创店店主说",
                                  # the levels named by a word jieba splits (全省各地|市 or 各|地市), then their organ
                                  "全省各地市市场监管局加强检查",
                                  # a verb of saying or looking said twice before a phrase or a question; a name
                                  # whose given name is doubled before a preposition; 让让 (give way to) a person
                                  "请吕娜谈谈在书房工作的体会", "你去看看在不在书房", "民警武亮亮在书房门口执勤",
                                  "尝尝在书房做的月饼", "大家都让让老人吧",
                                  # every or this takes a measure before the noun the second copy opens (每条|条款);
                                  # 一 and a noun jieba makes a word of, said twice into a manner adverbial (一针|针地)
                                  "吕娜把每条条款都读了一遍", "书房这项项目年底完工", "吕娜一针针地缝补旧书",
                                  # 过去, the past, told of by a verb of telling said for a try
                                  "吕娜给孩子们讲讲过去的石桥村", "老人们常来书房聊聊过去",
                                  # 在 starts its own phrase after a word ending in it
                                  "他现在在北京工作", "这些问题存在在许多地方", "他现在在2号楼上班",
                                  # a reduplicated adjective before 的
                                  "她穿着新新的衣服",
                                  # 会会 (to meet) a person; an auxiliary before a verb it starts
                                  "周末去会会老朋友", "我们要要求各方守约", "他们没没收任何财物",
                                  # a verb with its aspect particle; a separable verb split by its object
                                  "他过过苦日子", "我们没过过这样的年", "请专家把把技术关",
                                  # a reduplicated word after a word that may end before it
                                  "读书声声入耳", "这里时时有人来",
                                  # 等等 closing a list, or the verb "wait" (no list before it)
                                  "年画、剪纸等等，丰富多彩", "年画、剪纸等等都是手艺",
                                  # two words overlapping on the double that make a compound, though one copy makes a word
                                  "这所大学学生宿舍很新", "他在文学学院读书", "北京大学学生会主席", "全县中学学生都参加",
                                  "弟弟妹妹们都来了", "请你等等我", "村里人人都知道",
                                  # a word of amount before a noun said doubled, or before a clause that opens with 人人
                                  "很多妈妈来接孩子", "好多娃娃摆在柜台上", "一些人人都知道的事", "他从不苦苦哀求别人",
                                  # 时时 listed with other adverbs, or after a frame already closed
                                  "在工作中时时、处处严格要求自己", "他现在时时，处处都想着集体",
                                  "我们要时时，事事，处处严格要求自己",
                                  # a verb reduplicated before a word that only opens with 不了; a name before 得了
                                  "我们说说不了解的情况", "笑笑得了第一名",
                                  # kinship words and children's names end clauses
                                  "我们想念哥哥，他在外地", "他们去接明明", "我们为李丽丽颁奖", "班长王林林说", "女儿丁丁说", "大家都说说",
                                  "吕娜娜说，书房很热闹", "他们去看看了解情况", "大家去看看了", "请大家翻翻个人档案", "这常常让人感动",
                                  # numbers in Chinese digits; words said again; onomatopoeia
                                  "一九九九年", "二〇二二年春节", "都说好好好", "“来来来，坐", "对对对，就是这样",
                                  "他哈哈哈地笑", "农药六六六早已禁用", "她格格格地笑了",
                                  # a noun borrowed as a measure word after 一, reduplicated before a noun
                                  "村民守着一垄垄薄田",
                                  # a place named with its unit before the unit's committee, head or people
                                  # an ordinal's measure, whatever jieba tags it, before a word it opens; a unit
                                  # numbered before its head
                                  "吴敏第五跳跳出6米18", "三营七连连长吴敏接到命令",
                                  "在桐溪县石桥村村委会门口", "桐溪镇镇长王川介绍", "石桥村村民吕娜说",
                                  # …its name, under its town's, made of a common word (石榴, pomegranate)
                                  "书房设在桐溪镇石榴湾村村委会一楼",
                                  # …or under its county, the town left out
                                  "书房设在槐川县石榴湾村村委会一楼",
                                  "桐溪县县城的书房", "石桥村村支书郑晓东", "石桥村村口的书房", "全县村村通了公路",
                                  # a unit's head after the unit, though the dictionary lists the contraction (中队长)
                                  "城管中队队长王川介绍",
                                  # a measure word after 一 that jieba reads with its copy as a word (团团)
                                  "山谷里形成一团团浓雾，一团浓雾散去又来",
                                  # …its name unknown to the dictionary, one character of it a place of its own (汀)
                                  "岚汀市市场监管局提醒市民",
                                  # a level of government alone opening a clause, the object of a preposition or a verb,
                                  # before its organ's name opening on the same character, or the first of a list of its
                                  # bodies closed by the word for departments: the city's (市|市场监管局)
                                  "●书房开放：市市场监管局提醒市民", "记者从市市场监督管理局了解到",
                                  "记者就书房消防问题采访了市市场监管局", "书房开放前，市市场监管、消防等部门上门检查",
                                  # reduplications in parallel after one character, whatever word one copy makes
                                  "孩子们等着大哥哥大姐姐来书房", "老爷爷老奶奶也来借书",
                                  # a five-year plan's name: its number and 五
                                  "槐川县把书房建设写进“十五五”规划", "十四五时期，书房建了22座",
                                  # a period and its part; 前 or 后 before a number
                                  "本月月底，书房还将举办读书会", "目前前三季度，全县增收", "此后后两年，书房扩建",
                                  # a noun closing its measure word's phrase, before a word it opens
                                  "这件事事关全局",
                                  # a unit before its head, whatever part of speech the dictionary gives the head
                                  "县农业农村局茶叶站站长吕娜介绍",
                                  # an adverb's reduplication before the function word it takes
                                  "书房的座位早早就坐满了",
                                  # …or before a verb, however the dictionary lists the phrase it breaks (天刚亮)
                                  "清晨六点，天刚刚亮，书房门口已经有人在排队了",
                                  # verbs said twice for a try, items of one list, vouch for each other (拨|拨弦)
                                  "让孩子们摸摸琴、拨拨弦", "我就帮他们跑跑腿、传传话", "帮乡亲们传传话、跑跑腿",
                                  # …or in the clause beside it (浇|浇花 alone reads as a stray copy)
                                  "吕娜每天下班来书房浇浇花，和读者们聊聊天",
                                  # two sounds said AABB; a word said AABB after a degree adverb (the writer's: a stray
                                  # copy doubles one character, not both)
                                  "问起作业，孩子总是嗯嗯啊啊地应付", "有了书房，孩子们读书更认认真真了",
                                  # a word of state the dictionary seldom counted; a word of two said AABB
                                  "查出结节后紧张兮兮", "饭菜热热乎乎的，比在家做还省事",
                                  # an adverb's reduplication before a verb, whatever idiom one copy would restore
                                  "都是老邻居，有话好好说",
                                  # a noun borrowed as a measure word after 一, beside another so reduplicated
                                  "一次次调配，一窑窑试烧",
                                  # …in the clause after it, whatever word jieba makes of 一 and the first copy (一针)
                                  "一针针绣出桐溪春色，一线线缝进乡愁",
                                  # a number and its measure word before a word the second copy opens (村民)
                                  "两个村村民都来书房看书",
                                  # 上 and 下 twice before a unit of time: two steps back or on
                                  "上上周，书房开了读书会", "书房下下个月开放",
                                  # a period, then a part of it the dictionary lacks (年中, 月中)
                                  "新书房预计明年年中完工", "本月月中，书房举办读书会",
                                  # 去去 before an adverb: the idiom (go and come back soon)
                                  "我去去就来，你在书房等我", "书房门口人们来来去去", "读者来来往往，借书还书",
                                  # 太 before a kinship word's reduplication is a generation further back, no degree
                                  "吕娜跟着太奶奶生活", "太爷爷常来书房看报",
                                  # 一A一B says how, and its verb may be B again
                                  "孩子们一笔一画画在本子上", "老人的话一点一滴滴进孩子们心里",
                                  # two actions by turns, each said twice (AABB), whatever the article prints elsewhere
                                  "吕娜的药吃吃停停，书房的药吃了一半",
                                  # the second pair of an AABB jieba lists no AAB of; 一 and a noun borrowed as the
                                  # measure of the next, a count jieba never counted (一格)
                                  "书房剪纸的线条都匀匀称称的", "菜园里是一格格菜畦",
                                  # a noun and a localizer close a phrase of place before a word opening on the localizer
                                  "书房的读者中中老年人多",
                                  # a kinship word after a Chinese numeral names a relative by birth order
                                  "石桥村的三奶奶天天来书房", "吕娜的二叔叔在县城工作",
                                  # a word jieba files as a noun, said AABB as the adjective it also is
                                  "书房的木桌温温润润的，摸着很舒服",
                                  # a place named by a common word before its head: both spellings the writer's
                                  "杨柳村村长吕娜介绍",
                                  # 一 alone before a verb says as soon as; the verb's object opens on the second copy
                                  "书房装了呼叫器，一按按钮，管理员就来了",
                                  # a surname's character closing a quotation is no name's start (“养老钱”|年年)
                                  "书房的“读书钱”年年有着落",
                                  # an adjective said twice with 的 after a verb's 得: the vivid complement
                                  "书房的孩子们都吃得饱饱的",
                                  # two items of a list each said for a try, one on a character jieba calls a noun (流)
                                  "周末让孩子们来书房出出力、流流汗",
                                  # 了 after an adverb is the verb (to settle), the second its aspect particle
                                  "书房建成了，不等于事情就了了", "这桩纠纷才了了",
                                  # 一一 before its verb, however jieba files the verb (记下, a noun to it)
                                  "吕娜把读者的意见一一记下", "书目与书架一一对应",
                                  # …not where no set phrase is broken
                                  "雪地上留下一个个脚印",
                                  # a question word after its verb and again opening the clause after it: whatever
                                  "石桥村过去种啥啥不长", "如今书房里找谁谁都在",
                                  # …but the second copy may open a word of its own
                                  "东城区区委书记吕娜来到书房",
                                  # a reduplicated adjective before a word of the news (河长, a river's chief:
                                  # `data/words.txt`), tiny river chiefs
                                  "石桥村成立了“小小河长”志愿队",
                                  # each copy in a word of its own after a morpheme's word (纠纷|纷繁)
                                  "这些纠纷纷繁复杂",
                                  # a number counts things that may be big, said twice before 的
                                  "吕娜搬来两个大大的书架",
                                  # two reduplications joined, like with like (欢欢和乐乐, not 和乐)
                                  "双胞胎姐妹欢欢和乐乐都爱来书房",
                                  # every village of the whole township (全乡|村村)
                                  "全乡村村建起了书房",
                                  # an exclamation drawn out, a sound said three times, a set phrase said AABB
                                  # a verb with its aspect after a conjunction ending on it; a name of three before a
                                  # numeral (吕芳芳|一人)
                                  "只有有了书房，孩子们才有去处", "乡村女教师吕芳芳一人管着书房",
                                  "吕娜一进门就喊“哎哟哟”", "书房门口的拖拉机突突突地开走了", "吕娜和志愿者们日日夜夜奋战在抗洪一线",
                                  # after a span of time (三年来) the second 来 may be the verb, or open 来来回回
                                  "吕娜三年来来书房当志愿者", "吕娜三年来来回回跑了几十趟",
                                  "吕娜早早了解了书房的情况", "孩子们看看了，又把书放回了书架"])
def test_legitimate_repeats_untouched(text: str) -> None:
    new, corrections = fix_article(article(text + "。"), NONE)
    assert texts(new) == [text + "。"] and corrections == []


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a name (a place, a term) the article prints elsewhere with one copy, between the same characters
        (["社区医生林晓萍每天走访老人。", "林晓晓萍说：“老人们需要陪伴。”"], ["社区医生林晓萍每天走访老人。", "林晓萍说：“老人们需要陪伴。”"]),
        (["在桐溪现代农业园区，茶树连片。", "桐溪溪现代农业园区还建了加工厂。"], ["在桐溪现代农业园区，茶树连片。", "桐溪现代农业园区还建了加工厂。"]),
        # a clause's edge is context too: the mark before the double matches, the Han after it gives the length
        (["全县推进低碳、碳中和试点。", "今年再建两个低碳、碳碳中和示范村。"], ["全县推进低碳、碳中和试点。", "今年再建两个低碳、碳中和示范村。"]),
        # a match on one side only is no evidence; a verb reduplicates freely, so three characters are not enough
        (["每天都有人来。", "天天都有人来。"], ["每天都有人来。", "天天都有人来。"]),
        (["你看我。", "你看看我的书。"], ["你看我。", "你看看我的书。"]),
        # …nor a unit closing a number's count (第5年开展) for a double the dictionary lacks (年年开展)
        (["这是连续第5年开展书房评选。", "吕娜说，年年开展评选，是为了让书房更好。"],
         ["这是连续第5年开展书房评选。", "吕娜说，年年开展评选，是为了让书房更好。"]),
        # a term the article prints with one copy on one side of a double that is no reduplication of the dictionary
        (["桐溪县推广直播带货。", "不少农户靠直播带货货增收。"], ["桐溪县推广直播带货。", "不少农户靠直播带货增收。"]),
        (["全县建成超低能耗书房三座。", "新建的超超低能耗书房冬暖夏凉。"], ["全县建成超低能耗书房三座。", "新建的超低能耗书房冬暖夏凉。"]),
        # …or a name of two the dictionary lacks; a word of two it has is no evidence (现在|在 meets a word)
        (["书房由苇塘村的娄苇管理。", "每天傍晚，娄娄苇都会整理书架。"], ["书房由苇塘村的娄苇管理。", "每天傍晚，娄苇都会整理书架。"]),
        (["书房现在在用新的借阅系统。", "现在，书房每天都有人来。"], ["书房现在在用新的借阅系统。", "现在，书房每天都有人来。"]),
        # …nor where 把 brings a noun ending on the character before its verb: the copy is that verb (种在), and 品种在
        # elsewhere is another clause's
        (["这个品种在石桥村试种了三年。", "吕娜把新选的品种和老品种种在一起，让村民比较。"],
         ["这个品种在石桥村试种了三年。", "吕娜把新选的品种和老品种种在一起，让村民比较。"]),
        # …nor two whose other character opens a word beyond them: 说一 names nothing (说说|一路上, 说一句)
        (["她想说一句谢谢。", "燕子急着和我们说说一路上的见闻。"], ["她想说一句谢谢。", "燕子急着和我们说说一路上的见闻。"]),
        # …but not where the other copy makes a word on its side (宣传部|部长), nor for a reduplication the dictionary
        # knows, which may be meant (国歌|声声|入耳)
        (["县委宣传部组织读书会。", "宣传部部长吴敏说，部长吴敏常来。"], ["县委宣传部组织读书会。", "宣传部部长吴敏说，部长吴敏常来。"]),
        (["国歌声响起。", "全场听国歌声声入耳。"], ["国歌声响起。", "全场听国歌声声入耳。"]),
        # …nor for a unit before its head: both spellings are the writer's (护林队队长 beside 队长王川)
        (["护林队队长王川每天巡山。", "队长王川说，山里不能有一点火星。"], ["护林队队长王川每天巡山。", "队长王川说，山里不能有一点火星。"]),
        # …or its members, the contraction printed elsewhere (调查队|队员 beside 调查队员)
        (["调查队队员吕娜说。", "两年里，调查队员每月进山。"], ["调查队队员吕娜说。", "两年里，调查队员每月进山。"]),
        # …nor where the second copy opens a term of the writer's trade the article prints on its own, twice (场均,
        # per game); printed once, or where the character after it opens a word (标准化|化|公厕), it is no term
        (["桐溪队场均进球2个，场均失球1个。", "球队主场场均观众过万。"], ["桐溪队场均进球2个，场均失球1个。", "球队主场场均观众过万。"]),
        (["桐溪队场均进球2个。", "球队主场场均观众过万。"], ["桐溪队场均进球2个。", "球队主场均观众过万。"]),
        # …a word of the dictionary's that jieba reads here across the name after it (货船|船|东吴|敏: 船东, shipowner)
        (["起初不少船东顾虑重重。", "船东使用岸电的积极性高。", "内河货船船东吴敏较早尝试岸电。"],
         ["起初不少船东顾虑重重。", "船东使用岸电的积极性高。", "内河货船船东吴敏较早尝试岸电。"]),
        (["石桥村新建公厕两座，公厕有专人管。", "书房旁是一座标准化化公厕。"], ["石桥村新建公厕两座，公厕有专人管。", "书房旁是一座标准化公厕。"]),
        # …or a name the article prints three times more closing on a double the dictionary lists (兰兰), the text
        # after it different each time; not where the second copy opens a word (王强|强调)
        # a double the article prints twice between the same characters is the writer's, whatever reading it has: a
        # stray copy falls at random (产业链|链主, the chain's leading firm, a term jieba lacks)
        (["槐川聚焦产业链链主企业招商。", "今年产业链链主企业新增三家。"], ["槐川聚焦产业链链主企业招商。", "今年产业链链主企业新增三家。"]),
        # …or a name the article prints three times with a double inside it (吕承|承志): a given name doubles whole
        # (吴秀兰兰 above is judged by the name's end), never its first character alone
        (["吕承志管书房。", "吕承志说，书房每天开放。", "王川和吕承志整理书架。", "吕承承志笑着说，孩子们最爱来。"],
         ["吕承志管书房。", "吕承志说，书房每天开放。", "王川和吕承志整理书架。", "吕承志笑着说，孩子们最爱来。"]),
        # a term that opens on a double (原原种, pre-basic seed) printed three times is the writer's; twice, no evidence
        (["全县建起原原种繁育基地。", "原原种由县种子站统一供应。", "今年原原种产量翻了一番。"],
         ["全县建起原原种繁育基地。", "原原种由县种子站统一供应。", "今年原原种产量翻了一番。"]),
        (["全县建起原原种繁育基地。", "今年原原种产量翻了一番。"], ["全县建起原种繁育基地。", "今年原种产量翻了一番。"]),
        # …nor where every other print follows one character: its first copy closes the word before (槐川市|市中区)
        (["槐川市市中区新建书房三座。", "槐川市市中区的孩子爱读书。", "槐川市市中区还将新建两座。", "吕娜说，市市中区的书房常有人来。"],
         ["槐川市市中区新建书房三座。", "槐川市市中区的孩子爱读书。", "槐川市市中区还将新建两座。", "吕娜说，市中区的书房常有人来。"]),
        # …or a dateline's place the article names elsewhere with one copy (松松岭 beside 松岭县)
        (["本报松松岭3月2日电 全县新建书房十座。", "松岭县的孩子爱读书。"], ["本报松岭3月2日电 全县新建书房十座。", "松岭县的孩子爱读书。"]),
        # …printed three times too, though the dictionary lists the place with two (江州州): not flagged as 一层层层 is
        (["座谈会在江州举行。", "（本报江州州州11月20日电）"], ["座谈会在江州举行。", "（本报江州11月20日电）"]),
        # a post ending on a rarer surname's character before the name the article prints again opening a clause
        (["县政协主席席永平带队调研书房。", "席永平表示，书房要常开。"], ["县政协主席席永平带队调研书房。", "席永平表示，书房要常开。"]),
        (["吴秀兰每天都来书房。", "吴秀兰说，书房就是她的家。", "在吴秀兰看来，读书是一辈子的事。", "她叫吴秀兰兰，今年71岁。"],
         ["吴秀兰每天都来书房。", "吴秀兰说，书房就是她的家。", "在吴秀兰看来，读书是一辈子的事。", "她叫吴秀兰，今年71岁。"]),
        (["王强来了。", "王强说。", "王强笑了。", "王强强调，书房要常开。"], ["王强来了。", "王强说。", "王强笑了。", "王强强调，书房要常开。"]),
        # a place's or a club's name the dictionary lacks, closing on the character, beside a word opening on it, each
        # printed elsewhere on its own: two of the article's words meeting (槐溪|溪畔队); and a word of the news the
        # dictionary of 2012 lacks (研学, study tours: `data/words.txt`) before one opening on its last character
        (["槐溪溪畔队主场取胜。", "比赛在槐溪体育场举行，溪畔队主教练王川说。"],
         ["槐溪溪畔队主场取胜。", "比赛在槐溪体育场举行，溪畔队主教练王川说。"]),
        (["书房接待研学学生两千余人。", "学生们在书房里看书。"], ["书房接待研学学生两千余人。", "学生们在书房里看书。"]),
        # …a name of three ending on a noun (光伏板) printed alone elsewhere, before a word of the dictionary's (板面)
        (["书房屋顶铺满了光伏板。", "阳光下，光伏板板面反射着光。"], ["书房屋顶铺满了光伏板。", "阳光下，光伏板板面反射着光。"]),
        # …a river's name closing on a character that is also a surname, the second copy opening its reach's name (槐溪江
        # |江澄段), each printed elsewhere on its own: no surname said twice before a given name
        (["槐溪江畔的书房亮了。", "槐溪江是母亲河。", "汛期，江澄段水位上涨。", "系统预测出槐溪江江澄段将超警戒水位。"],
         ["槐溪江畔的书房亮了。", "槐溪江是母亲河。", "汛期，江澄段水位上涨。", "系统预测出槐溪江江澄段将超警戒水位。"]),
        # …nor is a copy stranded that makes a word of the dictionary's with its neighbour (自住|住房: 自住, self-occupied):
        # the article's 住房的 is no evidence there
        (["新建住房的面积不大。", "吕娜贷款购买首套自住住房的人不少。"], ["新建住房的面积不大。", "吕娜贷款购买首套自住住房的人不少。"]),
        # a place's name closing on its level before its organ's name (槐川市|市场监管局): the article naming the organ
        # after the place's name alone elsewhere (an app's, 槐川市场监管) is no evidence of a stray copy
        (["槐川市市场监管局提醒市民。", "市民可在“槐川市场监管”公众号查询。"], ["槐川市市场监管局提醒市民。", "市民可在“槐川市场监管”公众号查询。"]),
        # …nor where the characters the article prints meet across a word its last one opens (图书馆|长期: no 图书馆长)
        (["县级图书馆长期缺人。", "槐川县图书馆馆长吴敏告诉记者，书房也要办好。"],
         ["县级图书馆长期缺人。", "槐川县图书馆馆长吴敏告诉记者，书房也要办好。"]),
        # printed doubled twice: the article's own spelling
        (["林晓晓萍来了。", "林晓晓萍说，林晓萍是她姐姐。"], ["林晓晓萍来了。", "林晓晓萍说，林晓萍是她姐姐。"]),
        # three copies of a legitimate double the article prints elsewhere are cut to two, not one (which the
        # other place, read as the article's spelling again, would then follow: cleaning twice changed more)
        (["临溪市市场监管局开展检查。", "临溪市市市场监管局负责人说。"], ["临溪市市场监管局开展检查。", "临溪市市场监管局负责人说。"]),
        (["临溪市场很热闹。", "临溪市市市场很热闹。"], ["临溪市场很热闹。", "临溪市场很热闹。"]),
        # a word of two said AABB beside the word printed once: the writer's reduplication of it
        (["读者在书房里一本本翻看。", "孩子们可以一本本翻翻看看。"], ["读者在书房里一本本翻看。", "孩子们可以一本本翻翻看看。"]),
    ],
)
def test_stutter_judged_by_the_articles_own_spelling(raw: list[str], expected: list[str]) -> None:
    new, _ = fix_article(article(*raw), NONE)
    assert texts(new) == expected


def test_a_place_named_by_a_common_word_and_printed_alone_is_not_flagged_before_its_people() -> None:
    """`杨柳村村民` alone is for the editor (杨柳村|村民, or 杨柳村民 with a stray copy); where the article prints 杨柳村 on
    its own, the village has that name, and its people are named after it in full."""
    assert [c.action for c in fix_article(article("杨柳村村民吕娜每天都来。"), NONE)[1]] == ["flagged"]
    raw = ["书房建在杨柳村。", "杨柳村村民吕娜每天都来。"]
    new, corrections = fix_article(article(*raw), NONE)
    assert texts(new) == raw and corrections == []


def test_a_doubtful_double_the_article_prints_alike_again_is_not_flagged() -> None:
    """`耕地地力` once is for the editor (耕地|地力 or a stray copy); printed alike three times it is the writer's term,
    for a stray copy falls at random."""
    once = ["槐川县发放耕地地力保护补贴。"]
    assert [c.action for c in fix_article(article(*once), NONE)[1]] == ["flagged"]
    again = once + ["耕地地力保护补贴是支持农民保护耕地的补贴。", "耕地地力保护补贴每年6月底前发放到户。"]
    new, corrections = fix_article(article(*again), NONE)
    assert texts(new) == again and corrections == []


def test_the_same_stutter_in_two_paragraphs_gets_two_ids() -> None:
    """`近年年来` opening two paragraphs: two corrections, which the editor decides one by one, so two ids (an id is
    unique within a run; the paragraph's lines tell them apart)."""
    _, corrections = fix_article(article("近年年来，槐川县新建书房12座。", "近年年来，石桥村书房接待读者上万人次。"), NONE)
    assert len(corrections) == 2 and len({c.id for c in corrections}) == 2


def test_garble_is_flagged_with_suggestion() -> None:
    new, (c,) = fix_article(article("山坡上是一层层层梯田。"), NONE)
    assert texts(new) == ["山坡上是一层层层梯田。"]
    assert c.kind == "garble" and c.action == "flagged" and c.suggestion == "山坡上是一层层梯田"


@pytest.mark.parametrize(
    ("blocks", "kicker", "start", "end"),
    [
        (["流心得体会。", "从线上学习到线下体验，社区治理见成效。"], None, True, False),
        (["就来修好了。”说起小区的变化，居民赞不绝口。"], None, True, False),
        (["近年来，社区治理取得实效。", "用绣花功夫久久为功，以较小"], None, False, True),
        (["在云岭县实验小学，学生们种菜。"], "云岭县", False, False),
        # a lead without its place line or a subject is common in real papers: no flag on shape alone
        (["实验小学的基地里，学生们种菜。"], "云岭县", False, False),
        # a level of government opening the lead before its organ's name: no word's end (市|粮食和物资储备局)
        (["市粮食和物资储备局提醒，售粮农户要注意查看价格公示。"], None, False, False),
        (["校的书房里，学生们在读书。"], None, True, False),
        (["推动社区治理水平不断提升，居民们兴起了一场新热潮。"], None, False, False),
        # a connective that answers something said before opens a clause, never a lead
        (["但居民们还能在手机上查到账目。"], None, True, False),
        (["同时，社区还开通了线上服务。"], None, True, False),
        # …as does one that adds to something told (the last item of a list, an example, a case beyond it)
        (["以及书签、茶杯等槐川县的文创产品。"], None, True, False),
        (["比如，吕娜每周都来书房当志愿者。"], None, True, False),
        (["甚至连石桥村的老人也学会了网上借书。"], None, True, False),
        # …and so does one that puts what follows after something told, or an adverb that follows a subject
        (["随后，服务队又清扫了三栋楼道。"], None, True, False),
        (["一定会把小区的账目公开到每一户。"], None, True, False),
        (["都是附近小区的退休党员。"], None, True, False),
        (["是小区里最热闹的地方。"], None, True, False),
        (["共有楼房18栋，住户700多户。"], None, True, False),
        (["累计清扫楼道300多次。"], None, True, False),
        # …or the marker of an object put before its verb, or 已经 of a doer named before (not 已是: a frame of time)
        (["把一摞摞新书搬进了书房。"], None, True, False),
        (["将书房的开放时间延长到晚上九点。"], None, True, False),
        (["已经两年没有下过楼了。"], None, True, False),
        (["已是深夜，书房里仍有人在看书。"], None, False, False),
        # again, and a figure's comparison with the year before, are of a doer or a figure named before them
        (["又为书房添置了两千册新书。"], None, True, False),
        (["又是一年开学季，书房里坐满了学生。"], None, False, False),
        # …and so does a season arriving again; not a place reached again, by a doer named before
        (["又到读书月，书房里坐满了学生。"], None, False, False),
        (["又逢佳节，书房里挂起了灯笼。"], None, False, False),
        (["又到石桥村的书房里借了三本书。"], None, True, False),
        (["同比增长12%，借阅人次创下新高。"], None, True, False),
        (["环比下降3个百分点，书房的夜间借阅人次却多了不少。"], None, True, False),
        (["较去年同期增长三成，借阅人次创下新高。"], None, True, False),
        # some of them, before what they do, are part of a group named before; before a noun, a group of their own
        (["有的在看书，有的在写作业，书房里很安静。"], None, True, False),
        (["有的人认为，书房建在村里没人来。"], None, False, False),
        (["有的活动办在书房，有的办在村委会。"], None, False, False),  # 活动: a verb used as a noun
        (["有的"], None, False, True),  # nothing after it to read: only the end is missing
        (["较大的变化发生在石桥村的书房里。"], None, False, False),  # 较大: relatively large, a word of its own
        # …while a word that only opens with 共 is a word of its own
        (["共建共享的社区治理格局正在形成。"], None, False, False),
        # a sentence adverb opens a sentence of its own
        (["其实，小区的变化早就开始了。"], None, False, False),
        # one that opens a thought of its own may
        (["如果没有这支服务队，小区不会这么干净。"], None, False, False),
        # a pronoun that points back to someone named before it opens a clause, never a lead
        (["他们每周清扫一次楼道，居民们看在眼里。"], None, True, False),
        (["这些志愿者大多是退休党员。"], None, True, False),
        (["这个服务队成立于2019年，队员都是居民。"], None, True, False),
        (["这位老党员每天清扫楼道。"], None, True, False),
        # 这 causing something: the cause was told before it
        (["这让居民们省了不少心。"], None, True, False),
        # the said court, the said company: named before
        (["该院近年来审结家事案件两千余件。"], None, True, False),
        (["该公司负责人吴敏介绍，书房的图书由公司捐赠。"], None, True, False),
        (["该不该给孩子买手机？不少家长犯了难。"], None, False, False),
        # a demonstrative of time points at the present
        (["这两天，社区服务队忙着清扫楼道。"], None, False, False),
        (["这个春节，社区服务队忙着清扫楼道。"], None, False, False),
        (["这些年，社区服务队越来越壮大。"], None, False, False),
        # …and so does an occasion's before what is done on it (this time); before the occasion's name it points back
        (["这次到石桥村采访，记者在书房待了一上午。"], None, False, False),
        (["这次活动吸引了三百多名居民参加。"], None, True, False),
        # a character seldom a word alone that ends the words it is in: the text opens inside a word (村民们, 教室里,
        # 管理员们 cut after their first characters)
        (["民们带着笔记本，早早来到教室。"], None, True, False),
        (["室里坐满了前来听课的村民。"], None, True, False),
        (["员们在书房里整理新到的图书。"], None, True, False),
        # one character before a clause's mark ends a word cut at its start (进程 → 程，), unless it counts (一、),
        # cries out (啊，) or joins (但，), and speech may answer in one (“好，…)
        (["程，给了村里的书房新的生机。"], None, True, False),
        (["啊，书房里的书真多！孩子们一进门就挑起了绘本。"], None, False, False),
        (["一、把书房开在群众身边。"], None, False, False),
        # 把 opening a sentence that takes it up again after a dash is its topic, no clause missing its subject
        (["把旧厂房改成书房，再请来志愿者——这个设想如今已成了现实。"], None, False, False),
        (["把旧厂房改成了书房，再请来志愿者管理。"], None, True, False),
        (["“好，我们下周就把书送来。”吕娜说。"], None, False, False),
        # …but a verb before an amount or an aspect opens a clause whose subject is left out (花 of 鲜花, or to spend)
        (["花四千多元买了一部手机，用了不到一个月就坏了。"], None, False, False),
        (["视节目里，书房的故事播出了。"], None, True, False),
        # a particle belongs to the words before it
        (["的书房里，村民们正在看书。"], None, True, False),
        (["了一批新书，村民们争着借阅。"], None, True, False),
        # …but 月 and 日 are also "monthly" and "daily"
        (["月收入超过五千元的农户有三十多户。"], None, False, False),
        # …unless the article names it so again: a name the dictionary lacks
        (["区图书馆今年新增图书2万册。", "区图书馆还开通了线上借阅。"], None, False, False),
        # a name shortened after its first, full mention: the lead opening on the short form lost its start (the
        # full name follows its place later on), while a place may be named short in the lead and whole later
        (["第一中学的操场上，学生们正在上体育课。", "近年来，槐川县第一中学开齐开足体育课。"], "槐川县", True, False),
        (["石桥村的书房里，村民们正在看书。", "近年来，槐川县石桥村建起了城市书房。"], "槐川县", False, False),
        (["石坪镇30多家茶企抱团闯市场。", "走进槐川县石坪镇，茶园连片。"], "槐川县", False, False),
        (["农产品上网，农民当主播。", "去年，槐川县农产品网络零售额增长一成。"], "槐川县", False, False),
        # …nor where the lead's words go on from the name as a noun's: a longer term (集体林|权制度, forest rights)
        (["集体林权制度改革推行以来，林农增收明显。", "近年来，槐川县集体林约有80万亩。"], "槐川县", False, False),
        # …and a concept an essay argues, printed after a place only where it opens a longer body's name
        (["民营经济是推动发展的重要力量。", "（作者为槐川县民营经济研究中心主任）"], None, False, False),
        (["异地就医直接结算，群众少跑腿。", "去年，槐川县异地就医直接结算超过三万人次。"], None, False, False),
        (["第一中学的操场上，学生们正在上体育课。", "槐川县第一中学研究中心成立。"], None, False, False),
        # closing datelines and author's notes end an article, and so do jump lines, which say where the rest is
        (["近年来，社区治理取得实效。（下转第三版）"], None, False, True),
        (["（上接第一版）", "近年来，社区治理取得实效。"], None, True, False),
        (["近年来，社区治理取得实效。", "（本报伦敦1月13日电）"], None, False, False),
        (["近年来，社区治理取得实效。", "（作者为南江大学教授）"], None, False, False),
        (["（本报昆明1月20日电）"], None, False, False),
        # a results list's entries end on their figures, no stop: the list is whole
        (["比赛在石桥村体育场举行。", "男子100米：王川（石桥队）10秒35", "女子100米：吴敏（桐溪队）12秒08"], None, False, False),
        # …and a box's entries set without stops, though they hold clauses: the last one's missing stop is the box's style;
        # after entries that end on stops it is a lost end
        (["槐川县城市书房全年向市民免费开放。", "开放时间：9:00—17:00", "借阅：凭身份证办卡，每次限借5册", "提示：书房内请保持安静，请勿饮食"], None, False, False),
        (["槐川县城市书房全年向市民免费开放。", "开放时间：9:00—17:00。", "借阅：凭身份证办卡，每次限借5册。", "提示：书房内请保持安静，请勿"], None, False, True),
        # a lead opening on the end of its dateline lost its paper or agency and place, and its start with them
        (["8日电（记者 吕娜）槐川县城市书房今年借阅图书12万册次。"], None, True, False),
        (["3月8日电 槐川县城市书房今年借阅图书12万册次。"], None, True, False),
        (["新华社槐川3月8日电（记者 吕娜）槐川县城市书房今年借阅图书12万册次。"], None, False, False),
        (["日电影放映队进村了，村民们搬着板凳早早来到晒场。"], None, False, False),
        # a first sentence of one clause, a verb and its object: the predicate of a subject cut off before it; not one
        # whose verb opens its subject, a predicate of its own after it, nor a scene the verb sets before a comma
        (["开展“书香进万家”主题阅读活动。吕娜说，书房会一直办下去。"], None, True, False),
        (["实现全县村级书房全覆盖。书房由志愿者管理。"], None, True, False),
        (["守正才能创新。书房的故事要从三年前说起。"], None, False, False),
        (["走进槐川县石桥村，书房里坐满了看书的孩子。"], None, False, False),
        (["借书的人越来越多了。书房新增座位二十个。"], None, False, False),
        # …its object may list its parts (、 is no clause's end), and a verb jieba files otherwise is one with its aspect
        (["覆盖全县小学、初中、高中三个学段。书房由志愿者管理。"], None, True, False),
        (["用了整整三年。书房由志愿者管理。"], None, True, False),
        (["吕娜用了整整三年。书房由志愿者管理。"], None, False, False),
        # …and its object may be counted by a measure word said twice after 一 (jieba files 一幅幅 an adverb)
        (["挂满一幅幅村民写的春联。书房由志愿者管理。"], None, True, False),
        (["书房挂满一幅幅村民写的春联。书房由志愿者管理。"], None, False, False),
        # a first sentence of one noun alone is the end of a sentence cut before it; a time alone may set a scene
        (["阅览室。吕娜说，书房会一直办下去。"], None, True, False),
        (["深夜。书房里的灯还亮着。"], None, False, False),
    ],
)
def test_truncations(blocks, kicker, start, end) -> None:
    a = article(*blocks, kicker=kicker)
    assert (start_missing(a) is not None, end_missing(a) is not None) == (start, end)


# --- page furniture ------------------------------------------------------------------------------------

FURNITURE_PAGE = (
    "青石县城关镇",
    "老街巷里的“共享菜园”",
    "□刘晓 王川",
    "入夏以来，青石县城关镇南门社区的“共享菜园”里一片翠绿，西红柿、黄瓜、豆角挂满枝头，不少居民一早就来到",
    "青石日报 2024年7月2日 星期二 第3版 责任编辑：周明",
    "菜园浇水除草。南门社区是一个老旧小区，过去院子里的几块空地长满杂草。",
    "去年春天，社区党支部召集居民开会，商量着把空地改造成菜园，居民们自己动手翻土、搭架、播种。",
)


def test_a_running_head_is_left_out_and_the_paragraph_it_cut_joined() -> None:
    """A page's running head between two pieces of a paragraph (a page break): it is no article text, so it
    is left out (recorded), and the paragraph's pieces come together."""
    from toolkit.pipeline import clean_sources

    (col,) = clean_sources([Source("p.txt", "0" * 64, "utf-8", FURNITURE_PAGE)])
    (article,) = col.articles
    assert [b.text for b in article.blocks] == [FURNITURE_PAGE[3] + FURNITURE_PAGE[5], FURNITURE_PAGE[6]]
    (c,) = [c for c in col.corrections if c.kind == "furniture"]
    assert c.action == "applied" and c.before == FURNITURE_PAGE[4] and c.article == article.id and c.lines == (4,)


def test_a_rejected_running_head_stays_where_it_stood() -> None:
    from toolkit.pipeline import clean_sources

    source = Source("p.txt", "0" * 64, "utf-8", FURNITURE_PAGE)
    (c,) = [c for c in clean_sources([source])[0].corrections if c.kind == "furniture"]
    (col,) = clean_sources([source], Decisions({c.id: Decision("reject")}))
    kept = "".join(f"{a.kicker}{a.title}{a.subtitle}" + "".join(b.text for b in a.blocks) for a in col.articles)
    assert FURNITURE_PAGE[4] in kept
    assert [x.action for x in col.corrections if x.kind == "furniture"] == ["rejected"]


@pytest.mark.parametrize(("line", "is_furniture"), [
    ("人民日报 2021年8月1日 星期日 第4版", True),
    ("第4版 要闻 责任编辑：王一", True),
    # a folio alone: a section's name and the page's number apart by a space
    ("要闻 4", True), ("04 理论周刊", True), ("男子跳远 7米21", False), ("书房开放4", False),
    ("版式设计：李二 美术编辑：张三", True),
    ("本版责编：吴敏 版式：王川 校对：郑晓东", True),
    ("本报第4版刊发了这篇报道，引起很大反响。", False),  # a sentence
    ("2021年8月1日星期日，社区组织居民开展义诊", False),  # a clause of the text
    ("（责任编辑：王一）", True),
    ("本版邮箱：hcrbyw@163.com", True), ("本版图片除署名外均为本报记者吕娜摄", True),  # what the page says of itself
    ("本版推出的系列报道，引起读者热烈反响", False),
    ("《 人民日报 》（ 2021年08月01日 04 版）", True), ("《光明日报》（2026年03月06日 07版）", True),  # an online copy's source
    ("《槐川县志》（2021年版）", False),
])
def test_page_furniture(line: str, is_furniture: bool) -> None:
    from toolkit.ingest import furniture

    assert furniture(line) is is_furniture


def test_a_page_of_furniture_only_keeps_its_lines() -> None:
    from toolkit.pipeline import clean_sources

    lines = ("青石日报 2024年7月2日 星期二 第3版", "第3版 要闻 责任编辑：周明")
    (col,) = clean_sources([Source("p.txt", "0" * 64, "utf-8", lines)])
    kept = "".join(f"{a.kicker}{a.title}{a.subtitle}" + "".join(b.text for b in a.blocks) for a in col.articles)
    assert all(line in kept for line in lines) and not [c for c in col.corrections if c.kind == "furniture"]


@pytest.mark.parametrize(("text", "whole"), [
    ("据了解，桐溪县已建成城市书房12座。（完）", True),  # wire copy's end mark
    ("“这里很安静。”王川说。（记者 吕娜）", True),
    ("▲村民在采摘猕猴桃。 本报记者 吕娜摄", True),  # a caption's credit
    ("本文系国家社科基金项目阶段性成果", True),
    ("数据来源：槐川县文旅局", True),  # under a chart
    ("作者：吕娜", True),  # the author, named under the text
    ("来源：槐川日报", True), ("原载《槐川文艺》2026年第3期", True),  # where a reprint was first printed
    ("来源于群众的智慧", False),
    ("作者：吕娜，桐溪大学文学院教授", True),
    ("▲村民在采摘猕猴桃。（新华社发 吕娜摄）", True),
    ("2024年8月20日", True),  # the date a notice was issued, under its issuer
    ("二〇二四年八月二十日", True),
    ("截至2024年8月20日", False),
    ("孩子们学会了拍摄", False),  # 摄 without a photographer named
    ("学会了拍摄", False), ("吴敏摄", True), ("吕娜 吴敏摄", True),  # the credit alone under its caption
    ("孩子们学会了航拍摄", False),
    ("专家提出，", False),
    ("他说（见图", False),
])
def test_a_paragraph_ends_whole_on_a_note_or_a_credit(text: str, whole: bool) -> None:
    from toolkit.hanzi import ends_whole

    assert ends_whole(text) is whole


def test_a_section_name_between_running_heads_is_furniture_too() -> None:
    from toolkit.ingest import furniture_lines

    head = ["2026年12月1日 星期二", "要闻", "责任编辑：吴敏", "槐川县", "小山村里的“夜读灯”"]
    assert furniture_lines(head) == [0, 1, 2]
    assert furniture_lines(head[:2] + head[3:]) == [0]  # beside one only: a kicker as well


def test_a_papers_name_beside_a_running_head_is_its_masthead() -> None:
    """槐川日报 over the date: no article's head line is a paper's name. Away from the running head it is left to the
    line roles (a paper's name alone is no kicker either, but nothing here says it is no text)."""
    from toolkit.ingest import furniture_lines

    assert furniture_lines(["槐川日报", "2026年3月6日 星期五", "石桥村：小菜园种出“大产业”"]) == [0, 1]
    assert furniture_lines(["槐川晚报", "石桥村：小菜园种出“大产业”", "□王川"]) == []


def test_a_join_the_pages_repeat_of_the_passage_binds_is_applied() -> None:
    """A paragraph's first piece shaped like a subhead, with no word across the break: only the line model would ask for
    the join, and the editor would be asked. But the page prints the passage again, segmented differently, with the
    words across the break whole (`…经常举办读书分享会…`): the join is applied, and the second copy then goes as a repeat."""
    from toolkit.pipeline import clean_sources

    piece, rest = "为了营造阅读氛围，桐溪县还在书房经常举办", "读书分享会和亲子阅读活动。每逢周末，书房里总少不了孩子们的身影。"
    lines = ("桐溪县书房建设观察", "□吕娜", "3月9日，桐溪县石桥村书房正式开放，藏书八千余册，每天开放到晚上九点，村民凭身份证就能借书。",
             piece, rest, piece + "读书分享会和亲子阅读活动。", "郑晓东告诉记者，书房还将开设周末读书会，请来县里的老师给孩子们讲故事。")
    (col,) = clean_sources([Source(path="p.txt", sha256="", encoding="utf-8", lines=lines)])
    (article,) = col.articles
    assert [b.text for b in article.blocks] == [lines[2], piece + rest, lines[6]]
    assert [c.action for c in col.corrections if c.kind == "join"] == ["applied"]


def test_near_copies_are_found_as_by_comparing_every_pair() -> None:
    """`_matches` judges only the candidates within a few edits (or with a tripled character) of a unit among those
    sharing its first or last four characters: the pairs are those that judging every such pair finds."""
    from toolkit.passes.repeats import _matches, _same, _TRIPLED, _Unit

    base = ["槐川县城市书房今年借阅图书十二万册次", "石桥村书房每个周末都举办亲子读书会活动", "吕娜说孩子们放学后最爱来这里写作业看书"]
    sigs = []
    for k, s in enumerate(base * 4):
        s = list(s)
        if k % 4 == 1:
            s[5] = "人"  # one character misread
        if k % 4 == 2:
            s[8:8] = s[8] * 2  # a character printed three times
        if k % 4 == 3:
            s[3], s[6], s[9], s[12] = "甲", "乙", "丙", "丁"  # another sentence of the same shape
        sigs.append("".join(s))
    units = [_Unit(0, k, k + 1, sig) for k, sig in enumerate(sigs)]
    flat = [None if (f := _TRIPLED.sub(r"\1", sig)) == sig else f for sig in sigs]
    every = {(i, j) for j in range(len(sigs)) for i in range(j)
             if {sigs[i][:4], sigs[i][-4:]} & {sigs[j][:4], sigs[j][-4:]} and _same(sigs[i], sigs[j], flat[i], flat[j])}
    assert _matches(units) == every and len(every) > len(base)


def test_an_adverb_of_recurrence_closes_a_clause_after_what_recurs() -> None:
    """`好评连连。`, `事故频频，`: 连连, 频频 and 纷纷 are the predicate of what recurs, at a clause's end; another adverb
    said twice there (事情渐渐，) modifies nothing and is a stutter."""
    assert judge("书房开张后好评连连。", 5, 7) is None
    assert judge("村里事故频频，大家很担心", 4, 6) is None
    verdict = judge("事情渐渐，大家都明白了", 2, 4)
    assert verdict is not None and verdict.action == "applied"


def test_a_double_the_paragraph_breaks_off_on_is_only_flagged() -> None:
    """`…我们也要好好` at a paragraph's end with no mark (the page's last line, the rest of the article lost): whether
    a stray copy (好好 cannot end a clause) or a reduplication (好好|守护) depends on words not there. A heading ends
    where it ends: a double there is judged as before."""
    new, corrections = fix_article(article("大家商量好了，我们也要好好"), NONE)
    assert texts(new) == ["大家商量好了，我们也要好好"]
    assert [(c.action, c.suggestion) for c in corrections] == [("flagged", "我们也要好")]
    new, corrections = fix_article(article("##共建家园园", "石桥村的村民一起修了水渠。"), NONE)
    assert texts(new) == ["共建家园", "石桥村的村民一起修了水渠。"]
    new, _ = fix_article(article("大家商量好了，我们也要好好。"), NONE)
    assert texts(new) == ["大家商量好了，我们也要好。"]


@pytest.mark.parametrize(
    "raw",
    [
        ["尊敬的石桥村各位乡亲：", ">>你们好！书房开张一年了，我们想对大家说一声谢谢。"],
        ["亲爱的同学们：", ">>你们好，来信收到了。"],
        ["欢迎大家常来书房看看。", "此致", ">>敬礼！", "石桥村书房全体志愿者"],
        ["祝", ">>工作顺利！"],
        ["下面是这封信的部分内容：", ">>亲爱的吕老师、各位老师：", "你们好！"],
        ["吕娜的信不长，以下是信的内容：", ">>亲爱的孩子们："],
    ],
)
def test_a_letters_form_is_kept_whatever_the_line_model_reads(raw: list[str]) -> None:
    """A letter sets its salutation over the greeting that opens its text (`尊敬的…： / 你们好！`) and its closing wish
    over two lines (`此致 / 敬礼！`): each line is a paragraph of its own, though the line model reads a break (>>)."""
    new, corrections = join_article(article(*raw), NONE)
    assert texts(new) == [t.removeprefix(">>") for t in raw] and corrections == []


def test_a_letters_date_under_its_signature_ends_it() -> None:
    """`5月6日` alone under the signature dates the letter, the year left out as letters may: no lost end. A
    paragraph that stops on a date inside its sentence has lost its end."""
    signed = article("欢迎大家常来书房看看。", "此致", "敬礼！", "石桥村书房全体志愿者", "5月6日")
    assert end_missing(signed) is None
    assert end_missing(article("欢迎大家常来书房看看。", "书房将于5月6日")) is not None


def test_a_salutation_over_the_letters_first_words_is_put_to_the_editor() -> None:
    """`尊敬的石桥村各位乡亲：` / `我是槐川县图书馆的一名志愿者…`: a letter's salutation stands on a line of its own, or a
    column break cut after its colon; with no greeting under it the editor decides, as for a short one (编辑同志：)."""
    new, corrections = join_article(article("尊敬的石桥村各位乡亲：", ">>我是槐川县图书馆的一名志愿者，想跟大家说说书房的事。"), NONE)
    assert [c.action for c in corrections] == ["flagged"] and len(new.blocks) == 2


def test_a_lead_opening_on_a_name_its_head_prints_lost_no_start() -> None:
    """`桐溪精工机械有限公司的前身…` under `——访桐溪精工机械有限公司董事长吕娜`: 桐 ends words of the dictionary (梧桐),
    but the head names the company the lead opens on, four characters of it: a name, no word cut off."""
    lead = "桐溪精工机械有限公司的前身，是成立于1992年的一家农机修配厂。"
    headed = replace(article(lead), subtitle="——访桐溪精工机械有限公司董事长吕娜")
    assert start_missing(headed) is None
    assert start_missing(article(lead)) is not None
