"""Truncation: flag articles whose start or end is missing from the page."""

from __future__ import annotations

import re
from itertools import accumulate, takewhile

from toolkit.hanzi import (ADMINISTRATIVE, ASPECT, BULLETS, CLAUSE_MARK, DATE_ALONE, HAN, JUMP_IN, JUMP_OUT,
                           NO_LINE_START, NUMERALS, closes_unopened, ends_whole, han_only, sentence_tail, sentences)
from toolkit.lexicon import CAUSATIVES, ENCLITICS, Lexicon, lexicon
from toolkit.lines import ENTRIES, ENTRY, bare_name, lone_character, opens_lead
from toolkit.model import Article, Block, Collection, Correction, Flag, correction_id, replace
from toolkit.passes.common import decided, each_article
from toolkit.review import Decisions

# Connectives that answer something said before (but, and so, besides, meanwhile, also): a clause may
# open with one, a news lead never does (none of the 52 labelled leads; 3% of later paragraphs). Those
# that open a thought of their own (如果, 因为, 虽然) are not among them.
ANSWERING = frozenset("但 但是 可是 而 而且 并且 并 然而 不过 只是 却 所以 因此 因而 从而 进而 于是 此外 另外 同时 另一方面 也 还".split())
# …and those that put what follows after something told (then, afterwards, after that).
SEQUEL = frozenset("随后 随即 此后 之后 然后 接着".split())
# …and those that add to something told: the last item of a list (以及), an example of it (比如, 例如), a case beyond it
# or above it (甚至, 尤其), what it amounts to (即). None of the 1,832 paragraphs of the labelled and invented articles
# opens with one, 35 of their 11,892 clauses after a mark do.
ADDING = frozenset("以及 比如 例如 甚至 尤其 即".split())
# Words that need a subject before them: the copula 是, and adverbs that stand between a subject and its
# verb (certainly, all, only then, once, must…); a sentence opening on one has lost its subject. Adverbs
# that open a sentence themselves (其实, 最终, 渐渐地) are not among them, nor those that also open a frame
# of time or amount (就在…时, 又是一年, 仅今年, 正在建设的). Words of total (in all, altogether,
# cumulatively: 共有18栋, 累计完成) sum up what the subject before them holds or did (a bare 共 is left out:
# it is also "jointly", 共话发展, a headline's verb). None of the 708 paragraphs of the labelled articles
# opens with one; 2.7% of their clauses after a comma do. The markers of an object put before its verb (把, 将: 把
# 黄精苗栽进土里, whose doer is named before) and 已经, 已 (already, of a doer named before) are among them too:
# none of 1,089 paragraphs (the labelled articles and the 50 of train/invented) opens with one, 73 of 5,378 clauses
# after a comma do; not before 是 (已是深夜, 已经是第三年: a frame of time). So are 又 (again: of a doer and a deed
# told before; not 又是一年, a frame of time) and the comparisons of a figure with the year's or the month's before
# (同比, 环比: 产值|同比|增长, of a figure named before it): none of 1,620 paragraphs (the labelled, invented and
# blind articles) opens with one, 61 of 12,819 clauses after a mark do. So is the comparison's preposition alone (较
# 去年同期增长…, 较上年: jieba makes a word of the adverb, 较大, 较好): none of the 1,405 paragraphs of the labelled and
# invented dev articles opens with it, 4 clauses after a mark do.
MID_CLAUSE = frozenset("是 一定 很 都 才 便 均 皆 亦 曾 必须 越来越 更是 共有 共计 一共 总共 累计 把 将 已经 已 又 同比 环比 较"
                       .split())
FRAMES_TIME = frozenset("已经 已 又".split())
# …nor before a verb of a time arriving (又到旅游旺季, 又逢佳节, 已值深夜) with the time it names in the clause: the season
# is the clause's whole matter, a frame as 又是一年 is
ARRIVES = frozenset("到 逢 值".split())
SEASON_ENDS = "季节期月夜"  # a season, a festival, a period, a month, the night (旺季, 佳节, 汛期, 读书月, 深夜)
# …unless the sentence takes what it opens on up again with a demonstrative after a dash (把二氧化碳“吃”进去，再“吐”出
# 燃料——这个听起来颇具科幻色彩的设想，…): the opening is the sentence's topic, its subject to come
RESUMED = re.compile(r"——这")
# 这 as the subject of a causative (`lexicon.CAUSATIVES`: this made…, this let…): what caused it is what was just told.
# Pronouns that point back to someone or something already named (he, she, they, its, among them): a lead
# names before it refers (none of the 52 labelled leads opens with one). So does the determiner 该 (the said: 该院,
# 该公司), alone or in the word jieba makes of it: none of the 1,620 paragraphs above opens with it, 33 clauses do.
ANAPHORIC = frozenset("他 她 它 他们 她们 它们 其 其中".split())
SAID = "该"
# Demonstratives with a measure word (this, these): before a thing or a person they point back to it too
# (这个服务队, 这位老人), before a time or a number they point at the present (这个春节, 这些年, 这两天:
# the one labelled lead opening with 这).
DEMONSTRATIVES = frozenset("这个 这些 这位 这种 这项 这次 这座 这支 这家 这所 这条 这件 这场 这批".split())
# 有的 (some of them) before what they do (有的快走，有的慢跑; 有的在看书) is a part of a group named before: none of the
# 1,405 paragraphs of the labelled and invented dev articles opens with it, 30 clauses after a mark do. Before a noun
# it is a group of its own (有的人认为…, some people; 有的活动…, a verb used as a noun), which a commentary may open on.
SOME = "有的"
PRESENT = ("t", "m")
# …and one with the measure word of an occasion before a verb, an adverb or a preposition is the time of the clause it
# opens, this time, not a thing named before (这次到梧江采访, 这回又来了; 这次活动 points back)
OCCASIONS = ("这次", "这回", "这趟")
ACTING = ("v", "d", "p")  # jieba's tags (not vn, a verb used as a noun: 这次活动, 这次培训)
ACTS = (*ACTING, "a")  # …and an adjective's, a predicate's first word after 有的 (有的快走)
NAME_SPAN = 3  # characters of a lead's opening looked for again in its article (`_named_again`)
# The end of a dateline (…8日电（记者…）, 电 本报记者…): a dateline names its paper or agency and place first (新华社杭州
# 3月8日电, 本报讯), so a lead opening on the day and 电 has lost them, and the article's start with them
DATELINE_REST = re.compile(r"^(?:\d{1,2}月)?\d{0,2}日?电[（(\s\u3000]")


def start_missing(article: Article) -> str | None:
    """Why the article's opening looks lost, or None. Only the shapes a lead never has count: an
    opening inside a sentence, a quotation closed before it opens, a first paragraph that is a
    sentence's last words, no title at all. A lead without a subject or without the place name is
    common in real papers (据了解，… / 推动…), so those are left alone."""
    body = article.paragraphs()
    if not body:
        return None
    lead = body[0].text
    if jump := JUMP_IN.match(lead):
        return f"the text goes on from another page ({jump.group().strip('（()）')})"
    first_sentence = lead[slice(*next(sentences(lead)))]
    if lead[0] in NO_LINE_START:
        return f"the text opens with 「{lead[0]}」, the middle of a sentence"
    if DATELINE_REST.match(lead):
        return f"the text opens with 「{lead[:lead.index('电') + 1]}」, the end of a dateline whose start is missing"
    if closes_unopened(first_sentence):
        return "the first sentence closes a quotation it never opened"
    lex = lexicon()
    words = lex.cut(lead[:8])
    opening = words[0]
    if (inside := lex.opens_inside(lead)) in ENCLITICS:
        return f"the text opens with 「{opening}」, which belongs to the words before it"
    if lone := lone_character(lead):
        return f"the text opens with 「{lone}」 alone before a mark, the end of a word whose start is missing"
    if inside and not _named_again(article, lead) and not _verb_before_amount(lex, lead):
        return f"the text opens with 「{opening}」, the end of a word whose start is missing"
    if opening in ANSWERING or opening in SEQUEL:
        return f"the text opens with 「{opening}」, which answers something said before it"
    if opening in ADDING:
        return f"the text opens with 「{opening}」, which adds to something said before it"
    if (opening in MID_CLAUSE and not (opening in FRAMES_TIME and _frames_time(lex, words))
            and not RESUMED.search(first_sentence)):
        return f"the text opens with 「{opening}」, which needs a subject before it"
    if (opening in ANAPHORIC or opening == "这" and len(words) > 1 and words[1] in CAUSATIVES
            or opening.startswith(SAID) and lex.tag(opening) == "r"):
        return f"the text opens with 「{opening}」, which refers to something named before it"
    if lead.startswith(SOME) and (after := lex.cut(lead[len(SOME) : len(SOME) + 6])) and lex.tags.get(after[0]) in ACTS:
        return f"the text opens with 「{SOME}」 before what they do, a part of a group named before it"
    if (opening in DEMONSTRATIVES and len(words) > 1 and lex.tag(words[1]) not in PRESENT
            and not (opening in OCCASIONS and lex.tags.get(words[1]) in ACTING)):
        return f"the text opens with 「{opening}」, which points back to something named before it"
    if _predicate_only(lex, first_sentence):
        return f"the first sentence 「{first_sentence}」 is a predicate whose subject is missing"
    if _noun_alone(lex, first_sentence):
        return f"the first sentence 「{first_sentence}」 is a noun alone, the end of a sentence whose start is missing"
    if sentence_tail(lead):
        return f"the first paragraph 「{lead}」 is only the end of a sentence"
    if name := _shortened_name(article, lead):
        return f"the text opens with 「{name}」, a name the article gives in full after its place later on"
    if not article.title and not opens_lead(lead):
        # (an untitled lead that opens on its dateline, 本报讯…, has its start: only the title is missing, `untitled`)
        return "the page begins inside an article whose title is on another page"
    return None


# A sentence of one clause that opens on a verb and goes on to its object with no predicate of its own after it (开展
# “法治进校园”主题宣讲活动。, 走出了一条新路子。) has lost its subject to the words cut before it: none of the 222 labelled
# and blind leads is one, 6 of their 2,047 later paragraphs (a subject opening on a verb, 家住…的居民…, 调解的生命力在于…,
# read so for the later predicate's missing words), 562 of the 10,684 clauses after a comma. Short: a long clause opening
# on a verb is a lead's as often (a scene the lead sets, 走进…).
PREDICATE_ONLY = 20  # Han characters at most
CLAUSE_INSIDE = re.compile(r"[，；：,;:]")  # (an enumeration comma lists the object's parts: 覆盖小学、初中、高中三个学段)
ONE_BY_ONE = re.compile(r"一(.)\1")
PREDICATE_WORDS = frozenset("是 才 不 要 能 会 就 都 也 还 已 在".split())  # a predicate's own words after a subject


def _predicate_only(lex: Lexicon, sentence: str) -> bool:
    """The sentence is one clause of a verb and its object, ending on a full stop (see PREDICATE_ONLY)."""
    if (not sentence.endswith(("。", "！")) or CLAUSE_INSIDE.search(sentence)
            or len(han_only(sentence)) > PREDICATE_ONLY):
        return False
    words = [w for w in lex.cut(sentence[:-1]) if HAN.match(w)]
    second = words[1] if len(words) > 1 else ""
    if not words or lex.tag(words[0]) != "v" and not (second and second in ASPECT):  # (with its aspect, a verb: 用|了)
        return False
    # (a measure word said twice after 一 counts the object, 一幅幅春联, however jieba files it: 一块块 and 一幅幅 as adverbs)
    quantity = ONE_BY_ONE.fullmatch(second) is not None
    return (not (lex.tag(second) in ("v", "d", "p", "c") and second not in ASPECT and not quantity)
            and not any(w in PREDICATE_WORDS for w in words[1:]))


# A first sentence of one noun alone, a few characters long (集训队。), is the last words of a sentence cut before them: no
# sentence of the 1,405 paragraphs of the labelled and invented dev articles opens their paragraph so. Not a time (深夜。,
# 凌晨三点。), which a feature's lead may set alone.
LONE_NOUN = 4  # Han characters at most


def _noun_alone(lex: Lexicon, sentence: str) -> bool:
    """The sentence is one noun alone, LONE_NOUN Han characters at most, ending on a full stop."""
    body = sentence[:-1]
    return sentence.endswith("。") and 0 < len(body) <= LONE_NOUN and lex.cut(body) == [body] and lex.tag(body) == "n"


def _frames_time(lex: Lexicon, words: list[str]) -> bool:
    """The words after 又, 已 or 已经 frame a time: the copula (又是一年, 已是深夜), or a time arriving, named in the clause
    (`ARRIVES`: 又到旅游旺季, 又逢佳节)."""
    if len(words) < 2:
        return False
    if words[1] == "是":
        return True
    clause = takewhile(lambda w: not CLAUSE_MARK.match(w), words[2:])
    return words[1] in ARRIVES and any(lex.tag(w) == "t" or w[-1] in SEASON_ENDS for w in clause)


def _verb_before_amount(lex: Lexicon, lead: str) -> bool:
    """The lead opens on a verb that takes an amount or an aspect (花四千多元买了…, 育了三年苗): a clause whose subject is
    left out, as leads of case reports and features often are, not the end of a word cut at its start."""
    return lex.tag(lead[0]) == "v" and len(lead) > 1 and lead[1] in NUMERALS + ASPECT


LONGEST_NAME = 8  # characters of a lead's opening tried as a name
UNITS = tuple(ADMINISTRATIVE)
AFTER_UNIT = f"(?:{'|'.join(ADMINISTRATIVE)})"  # a name printed after a place's unit (…县|实验小学)


def _shortened_name(article: Article, lead: str) -> str | None:
    """The lead opens on a name that the article prints again after the place it belongs to (`实验小学的…`, later
    `近年来，云岭县实验小学…`): news names a body in full where it first mentions it and shortens it after, so a lead
    opening on the short form has lost the words before it. A place of its own (石桥村, later 槐川县石桥村, however jieba
    cuts it: 石|坪|镇) is left alone: a lead may name the village and the text its county; so is a single word of the
    dictionary (农产品, later 青禾省农产品…): it names a kind of thing wherever it is, no body's name compounded of words
    (实验|小学); nor a name that closes on no character that names close on (`Lexicon.name_suffixes`: 学, 院, 局; not
    异地就医, medical care away from home, a practice, later 某省异地就医…); nor where the lead's own words go on
    from it as a noun's (集体林|权制度…: the name read there is a longer term's start, as `_name_ends` reads it after
    the place)."""
    lex = lexicon()
    first = lex.cut(lead[:LONGEST_NAME])[0]
    if lex.tags.get(first) == "ns" or first.endswith(UNITS):
        return None
    rest = "".join(b.text for b in article.body()[1:] if b.type == "paragraph")
    ends = set(accumulate(len(w) for w in lex.cut(lead[: LONGEST_NAME + 4])))  # (a name ends on a word's end)
    for k in (k for k in range(LONGEST_NAME, 2, -1) if k in ends):
        name = lead[:k]
        if (han_only(name) == name and len(lex.cut(name)) > 1 and not name.endswith(UNITS)
                and name[-1] in lex.name_suffixes and _name_ends(lex, lead[k:])
                and any(_name_ends(lex, m.string[m.end() :]) for m in re.finditer(AFTER_UNIT + name, lead[k:] + rest))):
            return name
    return None


def _name_ends(lex: Lexicon, after: str) -> bool:
    """The name printed after a place ends where `after` begins, no noun going on from it: the place's body is the one
    named (云岭县实验小学的…), not a longer one the name only opens (槐川县民营经济研究中心, a theory essay's author's note,
    where 民营经济 is the concept the essay argues)."""
    word = lex.cut(after[:6])[0] if after else ""
    return not (HAN.match(word) and lex.tag(word) == "n" or lex.tags.get(word) == "vn")


def _named_again(article: Article, lead: str) -> bool:
    """The article prints the lead's first characters again, in its text, or one more of them in its head, which
    restates the lead's words more often (——访桐湾精工…董事长 over a lead opening 桐湾精工…): a name the dictionary
    lacks (国网青海电力, an abbreviation its single first character stands for), not a word cut off."""
    head = (article.kicker or "", article.title, article.subtitle or "")
    return (sum(b.text.count(lead[:NAME_SPAN]) for b in article.blocks) > 1
            or any(lead[:NAME_SPAN + 1] in h for h in head))


def end_missing(article: Article) -> str | None:
    body = article.body()
    if not body:
        return None
    last = body[-1]
    if jump := JUMP_OUT.search(last.text):
        return f"the text goes on on another page ({jump.group().strip('（()）')})"
    if last.type == "heading":
        return "the article ends with a subhead"
    if (not ends_whole(last.text) and not _list_item(body) and not DATE_ALONE.match(last.text.strip())
            and not (len(body) > 1 and bare_name(last.text) and ends_whole(body[-2].text))):
        # (a name alone under the last sentence signs the text: an essay's author; a date alone dates a letter)
        tail = re.sub(r"\s+", "", last.text)[-6:]
        return f"the last paragraph stops mid-sentence (…{tail})"
    return None


def _list_item(body: tuple[Block, ...]) -> bool:
    """The last paragraph is the last item of a bulleted list (● 全县农村网店超过1200家 / ● 带动就业5000余人) or of
    entries each opening on a label and holding no clause (男子100米：王川（石桥队）10秒35 / 女子100米：…): papers set
    such items without a stop, so its missing stop says nothing of a lost end (a turn of an interview is a sentence).
    So is the last of a box's ENTRIES or more entries whose others all end on no stop, though they hold clauses
    (门票：成人票60元；学生半价 / 交通：…，停车场免费 / 温馨提示：…，请穿防滑鞋): the box's style, not a lost end."""
    mark = body[-1].text[:1]
    box = body[-ENTRIES:]
    return len(body) > 1 and (mark in BULLETS and body[-2].text[:1] == mark
                              or all(ENTRY.match(b.text) is not None and not CLAUSE_MARK.search(b.text) for b in body[-2:])
                              or len(box) == ENTRIES and all(ENTRY.match(b.text) is not None for b in box)
                              and not any(ends_whole(b.text) for b in box[:-1]))


def flag_article(article: Article, decisions: Decisions) -> tuple[Article, list[Correction]]:
    """`…用绣花功夫久久为功，以较小` (then the next title) → flag truncated_end on the article."""
    flags, corrections = list(article.flags), []
    for kind, why in (("truncated_start", start_missing(article)), ("truncated_end", end_missing(article))):
        if why is None or any(f.kind == kind for f in flags):
            continue
        c = decided(
            Correction(
                id=correction_id("truncation", article.id, kind),
                kind="truncation",
                action="flagged",
                article=article.id,
                before="",
                after="",
                reason=why,
                confidence=0.9,
                lines=article.body()[0 if kind == "truncated_start" else -1].lines[:1],
            ),
            decisions,
        )
        corrections.append(c)
        if c.action != "rejected":
            flags.append(Flag(kind, correction=c.id, note=why))
    if len(flags) == len(article.flags):
        return article, corrections
    return replace(article, flags=tuple(flags)), corrections


def flag_truncations(cols: tuple[Collection, ...], decisions: Decisions) -> tuple[tuple[Collection, ...], list[Correction]]:
    """Flag articles whose start or end is missing (the editions mark the gap; nothing is invented):
    an article opening `流心得体会。` → truncated_start; one ending `…以较小` → truncated_end."""
    return each_article(flag_article, cols, decisions)
