"""Splices: the seam features (plain functions, table tests), the model's reading and decision, and the
pass on invented articles."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from toolkit import seams
from toolkit.hanzi import bigrams
from toolkit.model import Article, Block, Collection, Source
from toolkit.passes.splices import HARM, SHORT_HOMELESS, SHORT_RUN, decide, flag_splices
from toolkit.review import Decisions
from toolkit.similarity import Vocabulary, cosine

NONE = Decisions()


def article(aid: str, title: str, *texts: str) -> Article:
    blocks = tuple(Block("heading", t[2:]) if t.startswith("##") else Block("paragraph", t, lines=(i,)) for i, t in enumerate(texts))
    return Article(id=aid, title=title, blocks=blocks)


def collection(*articles: Article, name: str = "p") -> Collection:
    return Collection(source=Source(f"{name}.txt", "0" * 64, "utf-8", ()), articles=articles, name=name)


def vocab_of(*articles: Article) -> Vocabulary:
    return Vocabulary(bigrams("\n".join(b.text for b in a.blocks if b.type == "paragraph")) for a in articles)


# invented articles: irrigation in a mountain village, and a county's reading rooms
WATER = article(
    "p-01", "引水上山",
    "青石村地处山腰，过去村民吃水要到三里外的河沟去挑。村里的老人说，一担水来回要走一个钟头。",
    "去年春天，驻村工作队请来水利技术员，沿着山沟勘测水源，最后选定在后山修建蓄水池。",
    "##管道进了农家院",
    "蓄水池修好后，工作队带着村民挖沟埋管，把水管一直铺到每户人家的院子里。",
    "拧开水龙头，清水哗哗流出来，村民王大伯笑着说，再也不用起早挑水了。村里还成立了管水小组，定期检查管道和水池。",
)
BOOKS = article(
    "p-02", "书房开到家门口",
    "县里在街道和社区建起一批小书房，每间书房都有几千册图书，市民刷卡就能借阅。",
    "书房晚上也开门，下班后来看书的年轻人越来越多。管理员说，周末带着孩子来读绘本的家长最多。",
    "今年，县图书馆还把流动借书车开进乡镇，定期更换图书，让农村孩子也能读到新书。",
)


def test_seams_only_after_a_comma_or_full_stop_inside_a_paragraph() -> None:
    vocab = vocab_of(WATER, BOOKS)
    clauses, before, han_before = seams.tail(WATER, vocab)
    sc = seams.scan(clauses, before, han_before)
    assert sc.seams, "the last section has room for a run"
    assert {c.block for c in clauses} == {3, 4}  # the paragraphs after the last subhead
    for k in sc.seams:
        c, prev = clauses[k], clauses[k - 1]
        assert prev.block == c.block, "never at a paragraph's start: a run is glued onto a host paragraph"
        assert prev.mark in seams.CUT_AFTER
        assert sum(x.han for x in clauses[k:]) >= seams.MIN_RUN


def test_look_back_is_limited_to_the_last_paragraphs() -> None:
    paras = [f"第{i}段讲了村里的一件事情，大家都很关心这件事情。" for i in range(1, 9)]
    long = article("p-09", "长文", *paras)
    clauses, _, _ = seams.tail(long, vocab_of(long))
    assert {c.block for c in clauses} == set(range(8 - seams.LOOK_BACK, 8))


def test_scan_cosines_are_the_cosines_of_the_two_sides() -> None:
    vocab = vocab_of(WATER, BOOKS)
    clauses, before, han_before = seams.tail(WATER, vocab)
    sc = seams.scan(clauses, before, han_before)
    head = "\n".join([WATER.title] + [b.text for b in WATER.blocks[:3]])
    text = [WATER.blocks[c.block].text[c.start : c.end] for c in clauses]
    for k in sc.seams:
        prefix, suffix = head + "\n" + "\n".join(text[:k]), "\n".join(text[k:])
        assert sc.cos[k] == pytest.approx(cosine(vocab.vector(prefix), vocab.vector(suffix)), abs=1e-9)


@pytest.mark.parametrize(
    ("text", "cut", "unpaired"),
    [
        ("他说：“我们，一起去。”", 6, False),  # a quotation open at the cut closes later on
        ("他说：“我们，天气晴。", 6, True),  # … never closes: the run came from elsewhere
        ("天气晴，我们一起去。”", 4, True),  # a quotation closed after the cut was never opened
        ("天气晴，我们一起去。", 4, False),
    ],
)
def test_pairing(text: str, cut: int, unpaired: bool) -> None:
    assert seams.pairing(text)(cut) is unpaired


@pytest.mark.parametrize(
    ("text", "closes", "han"),
    [
        ("但毕竟开馆时间不长，人气还要慢慢攒。”后来又说。", 1.0, 16),
        ("区人民法院陪审员。他说。", 0.0, 8),
        ("大家一起去，", 0.0, 5),  # the paragraph's end ends the sentence
    ],
)
def test_opening(text: str, closes: float, han: int) -> None:
    a = article("p-03", "题", text)
    clauses, _, _ = seams.tail(a, vocab_of(a))
    assert seams.opening(clauses, text)[:2] == (closes, math.log1p(han))


def _seam(han: int) -> seams.Seam:
    return seams.Seam(0, 0, han, (), None, ())


@pytest.mark.parametrize(("text", "names"), [
    ("村医郑晓东每天出诊。郑晓东说，山里老人多。", ["郑晓东", "郑晓东"]),
    ("记者吕娜在槐川县采访。", ["吕娜"]),
    ("高质量发展，黄说不好。", []),  # a word, and a surname's character before a verb
    ("王成说，张伟的书房开了，刘建军来了。", ["王成", "张伟"]),  # no verb or particle is part of a name
])
def test_names_the_dictionary_does_not_list(text: str, names: list[str]) -> None:
    from toolkit.lexicon import lexicon

    assert lexicon().names(text) == names


def test_a_person_named_in_the_run_and_never_before_it() -> None:
    """From each clause on: the names given twice or more there and nowhere before. A host that introduced the
    person itself (村医郑晓东 in its opening) has none."""
    run = "郑晓东没有简单地一走了之，而是多次上门。“老人离不开我。”郑晓东说。"
    host = article("p-03", "书房开到家门口", BOOKS.blocks[0].text, BOOKS.blocks[1].text + run)
    clauses, _, _ = seams.tail(host, vocab_of(host))
    named = seams.new_names(host, clauses)
    at = next(k for k, c in enumerate(clauses) if host.blocks[c.block].text[c.start:].startswith("郑晓东没有"))
    assert named[at] == 1 and named[at + 1] == 0 and named[0] == 1
    introduced = article("p-04", "山村医生", "村医郑晓东在山里行医三十年。", *(b.text for b in host.blocks))
    clauses, _, _ = seams.tail(introduced, vocab_of(introduced))
    assert not any(seams.new_names(introduced, clauses)[1:])  # named from the first clause on: introduced there


@pytest.mark.parametrize(("text", "places"), [
    ("据统计，岳川县人民法院今年审结案件两千件。", {"岳川"}),  # a name the dictionary lacks, cut into characters
    ("家住槐川县城东社区的吴敏说。", {"槐川"}),  # …before the county's seat
    ("记者从胶州市市场监管局获悉。", {"胶州"}),  # a place the dictionary lists
    ("今年县里修了路，会向市里汇报。", set()),  # words of time, a preposition: no name before the unit
    ("这个山区县迎来了新机遇，全市、该县、城区都动起来。", set()),  # a kind of county, pronouns, words of the unit
])
def test_places_the_text_names(text: str, places: set[str]) -> None:
    from toolkit.lexicon import lexicon

    assert lexicon().places(text) == places


def test_a_place_named_in_the_run_and_never_before_it() -> None:
    """The last clause from which on the tail names a county or city the article never named before: a host that names
    the place in its head has none."""
    run = "据统计，岳川县人民法院审结家事案件2600余件。“家和万事兴。”吴敏说。"
    host = article("p-03", "书房开到家门口", BOOKS.blocks[0].text, BOOKS.blocks[1].text + run)
    clauses, _, _ = seams.tail(host, vocab_of(host))
    at = next(k for k, c in enumerate(clauses) if host.blocks[c.block].text[c.start:].startswith("岳川县"))
    assert seams.new_places(host, clauses) == at
    named = article("p-04", "岳川县书房开到家门口", *(b.text for b in host.blocks))
    clauses, _, _ = seams.tail(named, vocab_of(named))
    assert seams.new_places(named, clauses) == -1


def test_a_run_that_opens_inside_a_word() -> None:
    """A run glued on where its home was cut inside a word opens on the word's last character (学|校的老师): no
    clause opens so. The seam there says it; one at a clause that opens on a word of its own does not."""
    host = article("p-05", "书房开到家门口", BOOKS.blocks[0].text, BOOKS.blocks[1].text + "校的老师也常带学生来，大家都说好。")
    clauses, before, han_before = seams.tail(host, vocab_of(host))
    sc = seams.scan(clauses, before, han_before)
    found = seams.seams(host, sc, han_before, {}, 0)
    inside = seams.SEAM_FEATURES.index("opens_inside")
    at = {host.blocks[s.block].text[s.start : s.start + 3]: s.features[inside] for s in found}
    assert at["校的老"] == 1.0 and at["管理员"] == 0.0


def test_no_run_starts_between_parallel_clauses() -> None:
    """`…，是村里的老支书，是书房的管理员，是孩子们的“故事奶奶”，…`: clauses opening on the same word are parts of one
    sentence, so no candidate seam stands between them; before the first and after the last one does."""
    host = article("p-03", "书房里的老支书", *WATER.blocks[0].text.split("\n"),
                   "郑晓东今年七十岁，是村里的老支书，是书房的管理员，是孩子们的“故事奶奶”，每天下午都来书房陪孩子们读书。")
    clauses, before, han_before = seams.tail(host, vocab_of(host, BOOKS))
    sc = seams.scan(clauses, before, han_before)
    found = {host.blocks[s.block].text[s.start:][:3] for s in seams.seams(host, sc, han_before, {}, 0)}
    assert "是书房" not in found and "是孩子" not in found and {"是村里", "每天下"} <= found


def test_no_run_starts_between_the_halves_of_a_set_saying() -> None:
    """`…吕娜常说，水有源，树有根。读书…`: two short clauses of one length matching character for character (有 in
    both), the second closing the sentence, are one saying, so no seam stands between them; before it one does."""
    host = article("p-03", "书房里的老支书", *WATER.blocks[0].text.split("\n"),
                   "每天傍晚，石桥村的孩子们都来书房写作业。吕娜常说，水有源，树有根。读书这件事，要从小抓起。")
    clauses, before, han_before = seams.tail(host, vocab_of(host, BOOKS))
    sc = seams.scan(clauses, before, han_before)
    found = {host.blocks[s.block].text[s.start:][:3] for s in seams.seams(host, sc, han_before, {}, 0)}
    assert "树有根" not in found and {"水有源", "读书这"} <= found


def test_no_run_starts_between_a_quotation_and_its_speaker() -> None:
    """`…“书房成了大家的客厅。”吴敏说。`: the speaker named after a closing quotation belongs to it, so no seam stands
    between them; one that brings in words of its own (`”管理员认为，…`) may open a run, and so may any clause
    after a quotation that names no speaker."""
    host = article("p-03", "书房开到家门口", *BOOKS.blocks[0].text.split("\n"),
                   "晚上的书房坐满了人。“书房成了大家的客厅。”吴敏说。“孩子们最爱来。”管理员认为，书房还要再大些。"
                   "“下班就来。”随后大家一起坐下来读书看报。")
    clauses, before, han_before = seams.tail(host, vocab_of(host, BOOKS))
    sc = seams.scan(clauses, before, han_before)
    found = {host.blocks[s.block].text[s.start:][:3] for s in seams.seams(host, sc, han_before, {}, 0)}
    assert "吴敏说" not in found and {"“孩子", "管理员", "随后大"} <= found


def test_expected_harm_prefers_a_later_seam_when_unsure() -> None:
    """Half the mass on a seam 30 characters earlier: cutting there risks 30 characters of the host's own
    (counted HARM times), cutting later leaves 30 foreign ones (counted once)."""
    found = [_seam(130), _seam(100)]
    reading = seams.Reading(0.0, (0.5, 0.5), (0.0, 0.0))
    harm, keep = seams.expected_harm(reading, found, HARM)
    assert harm == pytest.approx([HARM * 0.5 * 30, 0.5 * 30])
    assert keep == pytest.approx(0.5 * 130 + 0.5 * 100)
    assert decide(found, reading).start == 0 and decide(found, reading).sure


def test_a_run_starts_later_where_the_model_hesitates_over_a_short_clause() -> None:
    """A run from seam 0 (p 0.8) or from seam 1, five characters later (p 0.2). By characters alone, cutting
    at 0 risks five of the host's own (HARM × 5 × 0.2 = 3) against five foreign ones left in at 1 (5 × 0.8 =
    4); but cutting at 0 when the run starts at 1 also cuts a sentence of the host and opens the fragment
    with its words (CUT × 0.2 more): the run is set aside from 1."""
    found = [seams.Seam(0, 10, 105, (), None, ()), seams.Seam(0, 15, 100, (), None, ())]
    reading = seams.Reading(0.0, (0.8, 0.2), (0.0, 0.0))
    harm, _ = seams.expected_harm(reading, found, HARM)
    assert harm == pytest.approx([3.0, 4.0])
    assert seams.takes_own(reading) == pytest.approx([0.2, 0.0])
    c = decide(found, reading)
    assert c is not None and c.sure and c.start == 15
    assert seams.takes_own(seams.Reading(0.2, (0.5, 0.3), (0.0, 0.0))) == pytest.approx([0.5, 0.2])


def test_decide_flags_without_applying_when_a_run_is_likely_but_costly() -> None:
    found = [_seam(100)]
    reading = seams.Reading(0.4, (0.6,), (0.0,))  # 3 × 0.4 × 100 > 0.6 × 100
    c = decide(found, reading)
    assert c is not None and not c.sure and not c.likely
    assert decide(found, seams.Reading(0.9, (0.1,), (0.0,))) is None


def test_a_flag_points_at_the_likeliest_start() -> None:
    """Below the odds that set a run aside, the expected harm only falls towards the article's end: the flag
    shows the editor the seam the model finds likeliest, not the last one."""
    found = [seams.Seam(0, 10, 130, (), None, ()), seams.Seam(0, 40, 100, (), None, ()), seams.Seam(0, 90, 50, (), None, ())]
    c = decide(found, seams.Reading(0.35, (0.05, 0.6, 0.0), (0.0, 0.0, 0.0)))
    assert c is not None and not c.sure and c.start == 40


def test_reading_is_a_distribution() -> None:
    vocab_of(WATER, BOOKS)
    found = seams.find([WATER, BOOKS])
    for f in found.values():
        r = seams.read(seams.weights(), f)
        assert r.none + sum(r.seams) == pytest.approx(1.0)
        assert all(0.0 <= p <= 1.0 for p in r.homes)
        assert all(len(s.features) == len(seams.SEAM_FEATURES) and len(s.home_features) == len(seams.HOME_FEATURES) for s in f)


def test_the_shipped_weights_match_the_features() -> None:
    w = seams.weights()
    assert w.features == seams.SEAM_FEATURES and w.home_features == seams.HOME_FEATURES
    assert len(w.w) == len(w.mean) == len(w.scale) == len(seams.SEAM_FEATURES)
    assert len(w.v) == len(seams.HOME_FEATURES)


def test_intact_articles_are_left_alone() -> None:
    out, corrections = flag_splices((collection(WATER, BOOKS),), NONE)
    assert corrections == [] and out[0].articles == (WATER, BOOKS)


COURT = [
    "近年来，桐溪区法院推进诉源治理，在各镇设立法官工作站，审判团队专业化程度不断提高。"
    "法院顺势而为，在调解中心筹建自贸区法庭，探索建立涉外、商事、合同、破产等专业化审判机制。",
    "法庭坚持党建引领，成立法庭党支部，三名法官均为党员。法庭依托一镇街一法官机制，主动与镇党委对接，"
    "深入推进法庭加普法宣传、法庭加纠纷调处等工作，帮助镇政府妥善解决矛盾纠纷。",
    "法庭强化对外协调联动，开通涉韩案件解纷新渠道，建立长期工作机制，打通涉韩案件送达、调解、审判难点。"
    "法官深入韩资企业，讲解合同履行、知识产权、劳动争议等方面的法律规定，帮助企业依法维权。",
    "法庭对涉企案件重点标注、快速流转，讲好红十字故事，传播好红十字声音。济南市红十字会广泛开展志愿服务活动，"
    "目前全市注册红十字志愿服务队三十八支，红十字志愿者遍布全城，服务社会各界群众。",
]
CROSS = [
    "近年来，济南市红十字会以改革创新精神加强红十字会基层组织建设，推动人道服务向基层延伸。",
    "社区红十字会承担着发展会员、志愿者，宣传普及红十字知识，开展人道主义救助等主要职责。",
    "备灾救灾、应急救援，红十字志愿者冲在前面；生命接力、人道救助、健康教育、创",
]


@pytest.mark.parametrize(
    ("host", "home", "relocated"),
    [
        (COURT, CROSS, True),  # the home article's end is missing: the run moves there
        (COURT, CROSS[:2], False),  # the home article is complete: the run is set aside in its host
    ],
)
def test_splice_is_set_aside_with_its_home(host, home, relocated) -> None:
    court = article("p-01", "聚力打造自贸区特色法庭", *host)
    cross = article("p-02", "泉城红十字助力社区治理", *home)
    ((out,), (c,)) = flag_splices((collection(court, cross),), NONE)
    assert c.kind == "splice" and c.action == "applied" and c.home == "p-02"
    assert c.before.startswith("讲好红十字故事"), "the seam after the host's last clause, not before it"
    court, cross = out.articles
    # the same when the home article is on another page of the run
    pages = (collection(article("p-01", "聚力打造自贸区特色法庭", *host)), collection(article("q-01", "泉城红十字助力社区治理", *home), name="q"))
    _, (other,) = flag_splices(pages, NONE)
    assert other.home == "q-01" and other.before == c.before
    assert court.body()[-1].text.endswith("快速流转，") and "truncated_end" in {f.kind for f in court.flags}
    where = cross if relocated else court
    assert where.blocks[-1].type == "fragment" and where.blocks[-1].text.startswith("讲好红十字故事")
    # a home that ends on a full sentence is still cut: its text goes on in the court article (a home
    # that stops mid-sentence is left to the truncation pass)
    assert [f.kind for f in cross.flags] == ([] if relocated else ["truncated_end"])


def test_the_pass_keeps_every_character_and_changes_nothing_the_second_time() -> None:
    court, cross = article("p-01", "聚力打造自贸区特色法庭", *COURT), article("p-02", "泉城红十字助力社区治理", *CROSS[:2])
    cols, corrections = flag_splices((collection(court, cross),), NONE)
    texts = "".join(b.text for a in cols[0].articles for b in a.blocks)
    assert sorted(texts) == sorted("".join(COURT + CROSS[:2]))
    again, more = flag_splices(cols, NONE)
    assert more == [] and again == cols


def test_a_rejected_splice_stays_in_its_host() -> None:
    from toolkit.review import Decision

    court, cross = article("p-01", "聚力打造自贸区特色法庭", *COURT), article("p-02", "泉城红十字助力社区治理", *CROSS[:2])
    _, (c,) = flag_splices((collection(court, cross),), NONE)
    (out,), (again,) = flag_splices((collection(court, cross),), Decisions({c.id: Decision("reject")}))
    assert again.action == "rejected" and out.articles == (court, cross)


def test_fit_learns_which_seam_starts_the_run_and_is_reproducible() -> None:
    """Synthetic articles: the run starts where the cosine across the seam is lowest; intact articles
    have no such seam."""
    from train.splice_model import Example, fit

    def seam(cos: float) -> seams.Seam:
        f = [0.0] * len(seams.SEAM_FEATURES)
        f[seams.SEAM_FEATURES.index("cos_host")] = math.log(cos + seams.EPS)
        return seams.Seam(0, 0, 50, tuple(f), None, (0.0,) * len(seams.HOME_FEATURES))

    data = [Example([seam(0.3), seam(0.001), seam(0.3)], 1, False) for _ in range(20)]
    data += [Example([seam(0.3), seam(0.25), seam(0.3)], None, False) for _ in range(60)]
    w = fit(data, 0.01)
    assert w == fit(data, 0.01)
    assert w.w[seams.SEAM_FEATURES.index("cos_host")] < 0
    r = seams.read(w, data[0].seams)
    assert max(range(3), key=r.seams.__getitem__) == 1 and r.none < 0.5
    assert seams.read(w, data[-1].seams).none > 0.5


def test_an_editor_applies_a_flagged_splice(monkeypatch) -> None:
    """Weights that give every seam the same score (the pass's mechanics, not the fitted model): a run is
    likely but its start unsure, so it is only flagged; the editor's `apply` sets it aside there."""
    from toolkit.review import Decision

    n_features, n_home = len(seams.SEAM_FEATURES), len(seams.HOME_FEATURES)
    flat = seams.Weights(seams.SEAM_FEATURES, seams.HOME_FEATURES, (0.0,) * n_features, (1.0,) * n_features,
                         (0.0,) * n_features, -1.0, (0.0,) * n_home, (1.0,) * n_home, (0.0,) * n_home, -10.0)
    monkeypatch.setattr(seams, "weights", lambda: flat)
    (out,), found = flag_splices((collection(WATER, BOOKS),), NONE)
    assert {c.action for c in found} == {"flagged"} and out.articles == (WATER, BOOKS)
    c = next(c for c in found if c.article == "p-01")
    (out,), again = flag_splices((collection(WATER, BOOKS),), Decisions({c.id: Decision("apply")}))
    assert next(x for x in again if x.id == c.id).action == "applied"
    assert [b.text for b in out.articles[0].blocks if b.type == "fragment"] == c.before.split("\n")
    assert out.articles[1] == BOOKS


def test_shares_and_windows_are_what_they_say() -> None:
    """Against direct computations: the share of the run's first clause found before the seam, and the
    cosine of about a sentence after the seam with the text before it."""
    vocab = vocab_of(WATER, BOOKS)
    clauses, before, han_before = seams.tail(WATER, vocab)
    sc = seams.scan(clauses, before, han_before)
    head = "\n".join([WATER.title] + [b.text for b in WATER.blocks[:3]])
    text = [WATER.blocks[c.block].text[c.start : c.end] for c in clauses]
    names = seams.SEAM_FEATURES
    shares = names[names.index("first_host") : names.index("window_before_host") + 1]
    for k in sc.seams:
        got = dict(zip(shares, sc.shares[k]))
        prefix = vocab.vector(head + "\n" + "\n".join(text[:k]))
        first = clauses[k].vec
        assert got["first_host"] == pytest.approx(sum(w for t, w in first.items() if t in prefix) / sum(first.values()))
        window, han = [], 0
        for c in clauses[k:]:
            if han >= seams.WINDOW:
                break
            window.append(c)
            han += c.han
        joined = vocab.vector("\n".join(WATER.blocks[c.block].text[c.start : c.end] for c in window))
        assert got["window_after_host"] == pytest.approx(cosine(joined, prefix), rel=0.05)  # clause vectors taken as disjoint


@given(st.text(alphabet="我们“”（）《》，。", max_size=30))
def test_pairing_at_every_cut(text: str) -> None:
    """The same answer at every position as walking the text character by character."""
    unpaired = seams.pairing(text)
    for cut in range(len(text) + 1):
        before, after = text[:cut], text[cut:]
        depth = 0
        for ch in before:
            depth = max(0, depth + (ch in "“（《") - (ch in "”）》"))  # open before the cut, never closed
        level = lowest = 0
        for ch in after:
            level += (ch in "“（《") - (ch in "”）》")
            lowest = min(lowest, level)  # closed after the cut, never opened after it
        assert unpaired(cut) == ((depth > 0) != (lowest < 0)), (text, cut)


def test_beyond_the_fitted_run_size_a_run_without_a_home_is_only_flagged() -> None:
    """Read among more pages than the model was fitted on, certainty without a home is not enough to
    set text aside; with its home found among them it is."""
    sure = seams.Reading(0.0, (1.0,), (0.0,))
    assert decide([_seam(100)], sure).sure
    c = decide([_seam(100)], sure, fitted=False)
    assert c is not None and not c.sure and c.home is None and not c.likely  # the model's odds are no evidence there
    housed = seams.Seam(0, 0, 100, (), "p-09", ())
    c = decide([housed], seams.Reading(0.0, (1.0,), (0.9,)), fitted=False)
    assert c is not None and c.sure and c.home == "p-09"


def test_a_short_run_without_a_home_is_set_aside_only_when_the_model_is_sure_of_it() -> None:
    """A sentence or two of closing appeal shares no word with its article's text above it as often as a run from
    another article: without a home among the pages to prove it foreign, a run shorter than SHORT_HOMELESS is set
    aside only at MOVE; with its home named at MOVE, or longer, at the usual odds; with a home named less surely, from
    SHORT_RUN."""
    likely = seams.Reading(0.2, (0.8,), (0.0,))
    short = decide([_seam(SHORT_HOMELESS - 1)], likely)
    assert short is not None and not short.sure and short.likely  # the guard held it back, not the model
    assert decide([_seam(SHORT_HOMELESS)], likely).sure
    assert decide([_seam(SHORT_HOMELESS - 1)], seams.Reading(0.05, (0.95,), (0.0,))).sure
    housed = seams.Seam(0, 0, SHORT_RUN - 1, (), "p-09", ())
    assert decide([housed], seams.Reading(0.2, (0.8,), (0.9,))).sure
    assert decide([seams.Seam(0, 0, SHORT_RUN, (), "p-09", ())], seams.Reading(0.2, (0.8,), (0.6,))).sure
    # …a home the model names surely: on a page of commentaries on one theme a closing appeal finds a home as readily
    unsure = decide([housed], seams.Reading(0.2, (0.8,), (0.6,)))
    assert unsure is not None and not unsure.sure and unsure.home == "p-09"


@pytest.mark.parametrize(("likely", "moved"), [(0.95, True), (0.7, False)])
def test_a_run_moves_to_its_home_only_when_the_model_is_sure_of_it(monkeypatch, likely: float, moved: bool) -> None:
    """A run moved to an article it was not cut from puts another report's text into it: below MOVE the run is set
    aside in its host, its likely home named for the editor; the home's open end is left to the truncation pass."""
    from toolkit.passes import splices

    court, cross = article("p-01", "聚力打造自贸区特色法庭", *COURT), article("p-02", "泉城红十字助力社区治理", *CROSS)
    start = COURT[3].index("讲好红十字故事")
    monkeypatch.setattr(splices, "find_candidates",
                        lambda cols, fitted=True: [splices.Candidate("p-01", 3, start, 1.0, 1.0, "p-02", likely, True)])
    ((out,), (c,)) = flag_splices((collection(court, cross),), NONE)
    assert c.action == "applied" and c.home == "p-02" and ("moved to the end" in c.reason) is moved
    court, cross = out.articles
    assert court.blocks[-1].type == ("paragraph" if moved else "fragment")
    assert cross.blocks[-1].type == ("fragment" if moved else "paragraph") and cross.flags == ()


def test_a_run_moves_to_no_home_that_closes_on_its_note(monkeypatch) -> None:
    """A home closing on its note (（实习生 吴敏 参与采访）) ends there: a run the model gives it, however surely, is set aside
    in its host, its home named, never put after the note."""
    from toolkit.passes import splices

    court, cross = article("p-01", "聚力打造自贸区特色法庭", *COURT), article("p-02", "泉城红十字助力社区治理", *CROSS, "（实习生 吴敏 参与采访）")
    start = COURT[3].index("讲好红十字故事")
    monkeypatch.setattr(splices, "find_candidates",
                        lambda cols, fitted=True: [splices.Candidate("p-01", 3, start, 1.0, 1.0, "p-02", 0.95, True)])
    ((out,), (c,)) = flag_splices((collection(court, cross),), NONE)
    assert c.action == "applied" and c.home == "p-02" and "moved to the end" not in c.reason
    court, cross = out.articles
    assert court.blocks[-1].type == "fragment" and cross.blocks[-1].text == "（实习生 吴敏 参与采访）"


def test_a_run_after_an_attribution_that_opens_its_words_is_only_flagged_without_a_home(monkeypatch) -> None:
    """`…负责人表示，` / `下一步将…`: the host's last clause opens the words it reports, and a run found there may be
    them. Without a home on the pages to prove it another article's, it is put to the editor, however sure the
    model is of the seam; after any other clause it is set aside."""
    plan = "下一步，县里将把蓄水池的经验推广到周边三个村，让更多山里人家喝上放心水。"

    def sure_after(article: Article, clause: str) -> None:
        def read(weights, found):
            at = [int(article.blocks[s.block].text[: s.start].endswith(clause)) for s in found]
            return seams.Reading(1.0 - sum(at), tuple(float(x) for x in at), (0.0,) * len(found))
        monkeypatch.setattr(seams, "read", read)

    for clause, action in (("县水利局负责人表示，", "flagged"), ("水管也换成了新的，", "applied")):
        last = Block("paragraph", "村里的蓄水池已经用了三年，" + clause + plan, lines=(9,))
        host = Article(id="p-01", title="引水上山", blocks=WATER.blocks[:2] + (last,))
        sure_after(host, clause)
        _, found = flag_splices((collection(host, BOOKS),), NONE)
        assert [(c.article, c.action, c.before) for c in found] == [("p-01", action, plan)]


def test_a_run_naming_the_person_its_subhead_is_labelled_with_is_that_sections_own() -> None:
    """`吴敏：书房里的守望者` / …吴敏…: a profile's section names whom its head is labelled with; however little its
    words share with the sections before it (another person, another village), it is no run spliced in."""
    from toolkit.passes.splices import Candidate, _named_by_head

    blocks = (Block("paragraph", "王川在石桥村当了十年村医，村里老人的病情他都记在心里。"), Block("heading", "吴敏：书房里的守望者"),
              Block("paragraph", "2020年，大学毕业的吴敏回到桐溪县，在农家书房当起了管理员。"),
              Block("paragraph", "如今书房的借阅量翻了一番。“看着孩子们爱上读书，再累也值了。”吴敏说。"))
    article = Article(id="p-01", title="三位乡村带头人的故事", blocks=blocks)
    seam = Candidate("p-01", 2, 6, 0.9, 0.9, None, 0.0, True)
    assert _named_by_head(article, seam)
    other = Article(id="p-01", title="三位乡村带头人的故事", blocks=(*blocks[:1], Block("heading", "书房里的守望者"), *blocks[2:]))
    assert not _named_by_head(other, seam)


def test_a_run_holding_a_turn_of_the_hosts_interview_is_the_interviews_own() -> None:
    """`记者：…` / `答：…` before the seam and again after it: an interview goes on in the run, whose answers each turn
    to a subject of their own; a run spliced in where the host breaks off holds none of the host's turns."""
    from toolkit.passes.splices import Candidate, _host_turns

    blocks = (Block("paragraph", "记者：书房今年有什么新变化？"), Block("paragraph", "答：新添了两千册书，还装上了自助借还机。"),
              Block("paragraph", "记者：冬天怎么防潮？"), Block("paragraph", "答：书架离墙十厘米，每天开窗通风两次，雨天开除湿机。"),
              Block("paragraph", "记者：读者怎样知道新书到了？"), Block("paragraph", "答：关注书房的公众号，新书一到就推送。"))
    article = Article(id="p-01", title="书房管理员答记者问", blocks=blocks)
    assert _host_turns(article, Candidate("p-01", 3, 8, 0.7, 0.6, None, 0.0, False))
    assert not _host_turns(article, Candidate("p-01", 5, 8, 0.7, 0.6, None, 0.0, False))  # no turn after the run's start
    spliced = Article(id="p-01", title="书房管理员答记者问", blocks=blocks[:4] + (Block("paragraph", "石桥村的夜市开张了。"),))
    assert not _host_turns(spliced, Candidate("p-01", 3, 8, 0.7, 0.6, None, 0.0, False))


def test_a_run_speaking_of_the_reporter_is_no_end_of_a_piece_without_one() -> None:
    """A reporter's notes (…记者看到… / …记者觉得…) whose closing turns to the theme a commentary beside them argues: a run
    that speaks of the reporter, as the host does before it, is no end of a piece that never does and ends whole."""
    from toolkit.passes.splices import Candidate, _reporters_voice

    blocks = (Block("paragraph", "走进石桥村书房，记者看到十几个孩子围坐在长桌旁看书，管理员吕娜正在整理新到的绘本。"),
              Block("paragraph", "办好一座书房，往往需要几年甚至更长时间，既要有人坐得住，也要让坐得住的人不吃亏。"),
              Block("paragraph", "离开书房时，已是晚上8点多，吕娜还在灯下登记图书。那一刻，记者觉得，书房的灯就是村里的灯。"))
    notes = Article(id="p-01", title="书房的灯", blocks=blocks)
    commentary = Article(id="p-02", title="让坐得住的人不吃亏", blocks=(
        Block("paragraph", "乡村书房要办好，关键在人。让坐得住的人不吃亏，书房才能长久。"),))
    report = Article(id="p-03", title="槐川县书房建设调查", blocks=(
        Block("paragraph", "记者在槐川县走访了12座乡村书房，发现不少书房缺少管理员。"),))
    seam = Candidate("p-01", 1, 0, 0.89, 0.11, "p-02", 0.99, True)
    assert _reporters_voice(notes, seam, commentary)
    assert not _reporters_voice(notes, seam, report)  # a report of its own speaks of its reporter too
    cut = Article(id="p-02", title="让坐得住的人不吃亏", blocks=(Block("paragraph", "乡村书房要办好，关键在人，"),))
    assert not _reporters_voice(notes, seam, cut)  # a home cut off mid-sentence may have lost its reporter's paragraphs
    unsigned = Article(id="p-01", title="书房的灯", blocks=(Block("paragraph", blocks[0].text.replace("记者", "我们")), *blocks[1:]))
    assert not _reporters_voice(unsigned, seam, commentary)  # a host that never spoke of its reporter before the run


def test_a_run_signing_the_letter_its_host_opens_is_the_letters_close() -> None:
    """A reader's letter (编辑同志：…) whose close and signature (槐川县石桥村　吕娜) share their words with the report
    beside it on what the letter asked for: the run that signs the letter is its own, not the report's end."""
    from toolkit.passes.splices import Candidate, _letters_close

    blocks = (Block("paragraph", "编辑同志：我是石桥村的一名村民，想反映村里书房冬天太冷、没人管的事。"),
              Block("paragraph", "我们的要求不高，就是希望冬天孩子们能在书房里安安心心看书。"),
              Block("paragraph", "槐川县石桥村　吕娜"))
    letter = Article(id="p-01", title="村里的书房冬天谁来管？", blocks=blocks)
    report = Article(id="p-02", title="石桥村书房装上了暖气", blocks=(
        Block("paragraph", "本报报道石桥村书房冬天没人管的问题后，槐川县文旅局当即派人上门，孩子们能安心看书了。"),))
    seam = Candidate("p-01", 1, 0, 0.98, 0.5, "p-02", 0.97, True)
    assert _letters_close(letter, seam, report)
    assert _letters_close(letter, seam, None)  # no home on the page: the signature is still the letter's
    assert not _letters_close(letter, seam, letter)  # a home that is a letter too: the signature may be its
    unsigned = Article(id="p-01", title="村里的书房冬天谁来管？", blocks=blocks[:2])
    assert not _letters_close(unsigned, seam, report)  # nothing in the run signs it
    report_host = Article(id="p-01", title="书房的冬天", blocks=(Block("paragraph", blocks[0].text[6:]), *blocks[1:]))
    assert not _letters_close(report_host, seam, report)  # a host that opens on no address
    # a letter may address many at length, past a short address's eight characters: a letter all the same
    thanks = Article(id="p-01", title="一封感谢信", blocks=(
        Block("paragraph", "尊敬的石桥村书房各位志愿者：你们好！冬天书房装上了暖气，孩子们能安心看书了。"), *blocks[1:]))
    assert _letters_close(thanks, seam, report)


@pytest.mark.parametrize(("likely", "clause", "cut"), [(True, "水管也换成了新的，", True),
                                                       (False, "水管也换成了新的，", False),
                                                       (True, "水管也换成了新的。", False)])
def test_a_run_held_back_by_a_guard_marks_where_its_host_may_have_lost_its_end(monkeypatch, likely: bool, clause: str,
                                                                             cut: bool) -> None:
    """A run the model would set aside but a guard for the text keeps in place (short, homeless, after words that
    open a report) is only flagged; where the host's own text stops mid-sentence before it, the host is flagged as
    perhaps cut off there, the same correction deciding both. Nothing moves, and a rejected run takes the flag with
    it."""
    from toolkit.passes import splices
    from toolkit.review import Decision

    plan = "下一步，县里将把蓄水池的经验推广到周边三个村，让更多山里人家喝上放心水。"
    last = Block("paragraph", "村里的蓄水池已经用了三年，" + clause + plan, lines=(9,))
    host = Article(id="p-01", title="引水上山", blocks=WATER.blocks[:2] + (last,))
    start = last.text.index(plan)
    monkeypatch.setattr(splices, "find_candidates",
                        lambda cols, fitted=True: [splices.Candidate("p-01", 2, start, 0.8, 0.8, None, 0.0, False, likely)])
    (out,), (c,) = flag_splices((collection(host, BOOKS),), NONE)
    assert c.action == "flagged" and out.articles[0].blocks == host.blocks
    assert [f.kind for f in out.articles[0].flags] == (["truncated_end"] if cut else [])
    (out,), _ = flag_splices((collection(host, BOOKS),), Decisions({c.id: Decision("reject")}))
    assert out.articles[0] == host
