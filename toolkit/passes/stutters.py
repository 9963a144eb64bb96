"""Stutters: OCR prints a character twice or three times (`服务队的的作用`); drop the extra copies where
Chinese cannot have the repeat, keep the reduplications it can (`一条条`, `宣传部部长`, `久久为功`)."""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from dataclasses import dataclass
from itertools import accumulate

from toolkit.hanzi import ADMINISTRATIVE, ASPECT, CLAUSE_END, CLOSERS, HAN, NUMERALS, OPENERS, han_only
from toolkit.hanzi import clauses as clause_spans
from toolkit.lexicon import CAUSATIVES, LEVELS, SURNAMES, Lexicon, lexicon
from toolkit.model import Article, Block, Collection, Correction, correction_id, replace
from toolkit.passes.common import decided, each_article
from toolkit.review import Decisions

RUN = re.compile(r"([\u3400-\u9fff])\1+")  # a character printed twice or more
WINDOW = 8
# jieba tags the copula and the existential verb as plain verbs, but like function words they are
# never reduplicated (unlike 说说, 看看, 年年): 是是 and 有有 are always stutters.
COPULAS = "是有"
# Verbs of state or achievement (to resemble, to arrive, to undergo, to reach) take no tentative reduplication
# either: it asks for an action one can do a little of (看看, 说说). 到到, 受受, 像像, 达达 are stutters, and so is 无无
# (to lack: 无电梯住宅).
STATIVE = "像到受达无"
# Units of time or of a sequence that 上 and 下 step through (上周, 下个月, 下一届): said twice before one they count two
# steps (上上周, 下下个月), as the dictionary does not list
SEQUENCE_UNITS = tuple("周 星期 个 月 届 轮 期 次 回 季".split())
# jieba's tags for interjections (嗯), onomatopoeia (吱) and modal particles (呀); beside one of them, a sound it files
# as a word of state (啊: z) is a sound too
SOUNDS = frozenset(("e", "o", "y"))
PERIOD_PARTS = "初中底末终尾"  # a period's start, middle and end after its unit (年初, 月中, 年底, 月末, 年终, 年尾)
# A personal pronoun names its person once: Chinese reduplicates no pronoun (您您, 我我 are stutters; a speaker's
# faltering is printed with an ellipsis, 我……我). Only asked where both copies stand alone (其他|他人 is two words).
PRONOUNS = "我你您他她它咱俺"
# 过 is a verb (to spend, to pass) as well as the experiential aspect particle: after a word that is not
# a verb the first copy is the verb and the second its aspect (`他过过三个新年`).
ASPECTS = "过"
# 了 is a verb too (liǎo: to settle, to end; inside words, 了解, 不了), taking the aspect particle 了 after an adverb
SETTLE = "了"
SETTLE_AFTER = tuple("就才便也都")
EVERY_ASKED = "啥谁"  # question words that, said again after their verb, make "whatever", "whoever" (种啥啥不长)
IDIOMS = ("i", "l")  # jieba's tags for set phrases: idioms (人山人海), fixed expressions (人到中年)
FIVE = "五"
PLANS = ("规划", "时期", "期间")  # what a five-year plan's name stands before (“十五五”规划, 十四五时期)
ORGAN_WORDS = 3  # words of the clause after the unit that may close its organ's name (市场|监管局)
# …or a list of its bodies by their fields, closed by the word for departments (市|市场监管、商务等部门: the city's)
LISTED_BODIES = re.compile(r"[\u4e00-\u9fff]{2,8}(?:、[\u4e00-\u9fff]{2,8})+等?(?:部门|单位|机关)")
# jieba's tags for an activity named by a verb and its object as one word (做操, 散步 n; 聊天 nz)
ACTIVITIES = ("n", "nz")
# Second characters of the words that name an institution's head, committee, people, branch, government or owner
# (庭长, 市委, 村民, 队员, 村支书, 镇政府, 店主): an unknown institution name closing on the same character often comes
# before one (道德庭|庭长, 文创店|店主).
HEADS = "长委民员支政主"
LEVEL = "级"  # a level's adjective after its unit (县级, 市级)
UNIT_PEOPLE = ("长", "员")  # a unit's head and its members after the unit's name (中队|队长, 调查队|队员)
# The units of government a unit's name is given under (a village under its town or township, or its county where the
# town is left out, 临溪县杉木坪村; a town under its county)
UNITS_ABOVE = {"村": "镇乡县区", "镇": "县区市旗", "乡": "县区市旗", "县": "市州盟省", "区": "市", "市": "省"}
# …an owner's (店主) follows the name of what is owned, a noun (文创店|店主); after a verb or a preposition the first
# copy is stray, the word that opens on the second the verb's object (出资业|业主) or no owner at all (于民|民主)
OWNER = "主"
# 在 is a verb (to be at) as well as a preposition, and the words ending in it (现在, 实在, 存在) hold
# neither: a second 在 after one of them starts its own phrase (`他现在在北京`).
PREP_VERB = "在"
# …but not after the progressive adverb, which already holds it (正在|在修复: one aspect marker, printed
# twice), nor before the copula or 有, which no preposition takes as its object (现在|在是), nor before a mark
# (无处不在|在》): a second 在 starts a phrase only with its object.
PROGRESSIVE = ("正在",)
# …nor before a word opening on 在 that no preposition takes: 在于 (to lie in) is only ever a predicate, which modifies
# no noun (unlike 在建, 在线: 在|在建项目中), and 在内 closes a phrase (包括…在内), a particle: after one 在 a second
# is printed twice (关键在|在于落实, 政策在|在内)
PREDICATE_ONLY = ("在于",)
# A single copy that completes what comes before it may stand before a word it opens, both readings Chinese:
# the perfective 了 or the experiential 过 after a verb (讨论了|了解情况, 通过了|了结, 说过|过去), 的 making a verb
# phrase a noun (有的|的确, 说的|的确), a preposition after its subject before a noun it may take as its object
# (他们对|对方的意见; not 对|对此, 为|为了, nor 的|比|比例: a preposition follows no 的), 在 after its subject
# before any word (他们在|在线平台上). Such a double is put to the editor.
CLOSES_VERB = "了过的"
# prepositions that are nothing else, no verb a particle closes (据, 把, 被, 从: 在, 给, 到, 向, 对 are also verbs or their
# complements, 放在了, 交给了, 说对了, and so are 按, 依, 凭: 按了门铃, 依了他)
PREPOSITIONS_ONLY = frozenset("据 把 被 从 自 于".split())
# 把 brings the object before its verb (把种子种在地里): a clause holding it has a verb after the object, often with a
# complement of place or result (种在, 放到, 交给, 改成, 锁好)
DISPOSAL = "把"
RESULTS = frozenset("在 到 给 成 进 上 下 好 完".split())
# Verbs that take a topic, a question or a whole phrase for their object, and so may be said for a try before a phrase
# opening on a complement's character (谈谈在基层工作的体会, 看看在哪儿, 问问到了没有, 试试给他打电话): verbs of saying,
# asking, thinking, looking and trying
TOPICAL = frozenset("说 谈 讲 聊 问 想 看 瞧 听 查 找 试 议 猜 算".split())
# Characters that make the words after a verb a question it takes (看看在不在, 问问到没到, 找找在哪)
ASKING = "不没哪谁什怎几吗否"
TOWARDS = "对"  # the preposition of the matter a view or an attitude is of (对…的看法, 对…的意见)
# Demonstratives, which point at one thing (this, that, which)…
DEMONSTRATIVES = "这那哪"
# …and all the words that point at what a measure word after them counts (every, each, some too)
POINTING = frozenset(DEMONSTRATIVES + "每各某")
# Prepositions that open a time or place frame the clause closes with 时 or a localizer (在…时, 当…时,
# 在…中): the closer is a single character, so doubled at the clause's end it is printed twice (在搬运花盆时时，),
# though 时时 and 上上 are words elsewhere (an adverb, a lot) that never end a clause after the frame.
FRAMES = ("在", "当")
# Prepositions that bring in the partner of a reciprocal 相-verb (A与B相结合, A和B相适应).
COMITATIVE = "与和同跟"
# Verbs that introduce quoted speech without a colon (`都说好好好`).
SAYING = "说道喊问答"
# What may stand on either side of a word said again as a whole clause (not 、: list items are no speech).
UTTERANCE_EDGE = "。！？!?，；：…"
# Degree adverbs: a reduplicated adjective is already intensified and takes none (*最大大的). It modifies a
# noun through 的 (红红的脸, 新新的衣服), never directly (*新新产品); the ones that do are words of the
# dictionary (小小心意), judged as words.
DEGREE = "最很更太挺极越较"
# …nor negation: a reduplicated adjective that ends its clause describes a vivid state, which 不 cannot deny
# (*水平不高高，; 不高 and 不太高 are how a quality is denied). Before a verb it may be the verb's manner, and 不
# then denies the verb phrase (不苦苦哀求).
NEGATION = "不"
WHOLE = "全各"  # the whole of a place, each of its kind (全县, 各乡)
CONJOINED = "和与跟同及、"  # conjunctions and the list's comma, which join words of one kind
LANDMARKS = "江河湖海溪渠塘山岭峰峡谷岛湾港桥塔路街巷"  # what a place's name may end on, as a village's ends on 村
SIDES = "边畔岸上下头口脚顶面旁尾区首谷身"  # …and the words for a side, a part or its kind open on (山脚, 渠首, 峡谷, 塔身)
NAMELESS = frozenset("upcye")  # jieba's tags of characters no name holds: particles, prepositions, conjunctions
FRONTS = "前后内外"  # localizers a place's short name takes before a noun (站前广场, 校外辅导)
GOING = "上下"  # verbs of going (上夜校, 下地) that end times too (晚上, 早上)
PREDICATE = ("v", "p", "d")  # jieba's tags of a predicate's first word: a verb, a preposition, an adverb
# 多, 余 and 来 after a number make it approximate (20多名, 30余人): printed once, unlike a unit that ends
# a number and opens the next word (2012年|年初), a second copy is no word a reader could mean (20多|多名).
APPROXIMATE = "多余来"
COUNT_APPROXIMATE = "多余"  # …after the measure word too (两个多月, 三年余); 来 there is the verb (三趟来来回回)
# 来 after a number and a unit of time closes the span up to now (5年来, 三个月来, 多年来: over the past…), said once
# before the clause's end
SPAN_SINCE = re.compile(f"[{NUMERALS}多数]个?[年天月日周]$")
# 等等 closes a list (…、年画彩灯等等，, …等等都是): a list that goes on to the noun it names takes one 等
# (社区、商圈等地, 等领域; 地 "places" is a noun there, though jieba tags it the adverbial particle). 等等 is
# also the verb "wait a moment", but that heads no list.
ENUMERATION = "等"
PLACES = "地"
# Chinese digits: written one per place (`一九九九年`, `二〇二二年`), so inside a run of them a repeat is a number.
DIGITS = "0123456789０１２３４５６７８９零〇一二三四五六七八九"
# Auxiliary verbs and 没 stand before a verb and never reduplicate (*能能, *要要, *没没), unlike action
# verbs (说说, 看看). 会 is left out: as a verb (to meet) it reduplicates (会会老朋友), but then it
# takes a person, never a verb or a prepositional phrase: before one 会会 is the auxiliary printed twice
# (就会会发出, 会会由平台控制).
AUXILIARIES = "能要可应该敢肯愿没"
# The prepositions that open a phrase of place (在大学, 从车间, 于北京), the predicate after it.
PLACE_PREPOSITIONS = ("在", "从", "于")
MEET = "会"
# A reduplicated verb (看看, 试试: "a little, for a try") takes neither the durative 着 nor a complement of
# degree (得) or of possibility (不了): *吓吓得直哭, *待待不了; nor 个 before its object, which makes the action
# one casual go as the reduplication itself does (打个电话, *打打个电话). Before one, a doubled verb is printed twice.
UNREDUPLICATED = ("着", "得", "不了", "个")
# …nor a directional complement, nor the perfective 了 with more of the clause after it: the tentative form of
# a verb in the perfective is A了A (看了看), never AA了 (*喝喝了几十年, *办办下来).
DIRECTIONAL = frozenset("下来 下去 进来 进去 起来 出来 出去 上来 上去 过来 过去 回来 回去 起".split())
PAST = "过去"  # …one of which is also the past, the matter a verb of telling or thinking takes (讲讲过去的事, 聊聊过去)
# 天 is both the day a word like 今天 or 每天 ends on and the sky or weather, the subject of a clause an adverb
# opens (天不亮, 天很冷): after a day, before an adverb, a second 天 may be the sky (每天|天不亮就出门).
SKY = "天"
# …and so may a noun that stands alone as often as 人 does, after a topic ending on it, before a negation (病人|人不在:
# the patients, they are not there): the person the predicate denies
DENIED = "不没"
# Kinship words said twice (奶奶, 叔叔) after a Chinese numeral name a relative by birth order (三奶奶, 二叔叔, 五姐姐),
# not a count: no numeral counts a relative so (两个姐姐). After an Arabic digit the numeral counts.
KIN = "爷奶姥婆公爸妈哥姐弟妹叔伯舅姑姨婶嫂"
BIRTH_ORDER = "一二三四五六七八九十"
# 前, 后 and 头 before a number name the first or last so many (前三季度, 后两年, 头三个月): after a word that ends
# on the same character (目前|前三季度, 此后|后两年) the second copy opens that phrase.
RANKS = "前后头"
SERVES = "任"  # to serve as (任村级路长), the last character of posts too (主任)
_POST = r"(?:长|员|书记|主任)"  # the last word of a post's name
POST = re.compile(rf"[\u4e00-\u9fff]{{1,5}}{_POST}")  # a post named after it
HELD_POST = re.compile(rf"[\u4e00-\u9fff]{{0,5}}{_POST}")  # …and one before its holder's name (主任, 村主任)
ADDRESSED = ("老师", "师傅", "医生", "教授", "博士")  # titles a surname takes to address someone (顾老师), as it takes posts
RARE_GIVEN = 200  # counts in jieba's corpus: a given name it lists as a word is rarer (立新 51); adverbs after a post
# are common (率先 944, 一再 1,140, 随后 4,706)
MEANS = "以"  # the preposition of means and capacity (以个人身份), which also ends modals (可以, 难以, 得以)
ONCE = "一"  # before a verb: as soon as (一按, 一看)
AMOUNT = "些"  # some: an amount, not a unit (see `_measure_word`)
# the dimension a measurement gives, after its number and unit (3米高, 4.5米宽, 2公里长, 20厘米厚): said once, never
# reduplicated there (高高, 长长 describe, they do not measure); not 大 (两个大大的苹果: two big apples, counted)
DIMENSIONS = "高宽长厚深重远粗"
# A digit said in words, then a magnitude (一万, 三千): a number says each digit once before its magnitude; 一一 (one by
# one) and 三三 (三三两两) are words elsewhere, never before one (增加了一一万多亩)
DIGIT_WORDS = "一二三四五六七八九"
MAGNITUDES = "十百千万亿"
FEW = "几些"  # a few, these: before a unit of time they name a period (这几天, 这些年), in which a reduplication may recur
# …the units of time that, said twice, say "every" (天天, 年年, 月月, 日日, 夜夜): only they both close such a period and
# recur in it (那些|平平|常 names no period: 平 is no unit of time)
RECURRING = "天年月日夜"
# Nouns for the point at issue (the question, the key, the test) take the copula before a clause that may open on
# 是否 (关键是|是否…: whether); before such a clause a thing's own 是否 is as common (问题是否解决). Put to the editor.
AT_ISSUE = frozenset("问题 关键 重点 核心 难点 焦点 前提 标准 要害 考验 疑问 争议 区别".split())
BODY = "手脚腰腿眼肩嘴眉腕背"  # parts of the body a verb of movement takes for its object (举手, 弯腰; not 头, 身: 牵头, 起身)
COMPLEMENT = "得"  # the particle before a verb's complement (吃得饱, 擦得亮)
DURATIVE = "着"  # the aspect of an action going on, after its verb (带着, 看着)
# Reduplicated words of time and frequency (jieba's t and d: 天天, 常常, 连连) counted at least COMMON_DOUBLE times:
# said before a verb of one character counted alone at least FREE_ALONE times (下 108,294, 见 58,965; not 续 1,092, 显
# 4,574) they may be the writer's (天天|下地).
FREQUENCY = ("t", "d")
COMMON_DOUBLE = 500
FREE_ALONE = 10000
# Adverbs of recurrence, the few a noun takes for its predicate at a clause's end (好评连连, 事故频频: `_recurs_after`)
RECURRENCE = frozenset("连连 频频 纷纷".split())
# Modal verbs: an auxiliary never comes before another one (*要要是, *能能够).
MODALS = ("能够", "可能", "可以", "应该", "应当", "愿意", "敢于", "肯定", "没有", "要是")
# jieba lists many doubled characters it never saw in its corpus with its default count (对对, 了了):
# such entries are no evidence that the reduplication is a word.
UNSEEN = 3
# A word one copy of a dictionary reduplication makes with a stranded neighbour (`_outweighs`) counts as the
# reading when this many times as common as the reduplication. On the labelled articles no legitimate
# reduplication comes within half of it (the nearest: 日常|常常, 0.92 times); of the stutters generated on
# the dev articles that the other rules leave, 13 reach 1 and 8 reach 2.
OUTWEIGHS = 2.0
# Two words jieba could cut from the same characters (人次|年 or 人|次年) within this factor of each other's counts: its
# choice of one says little, the other reading as likely as not in context.
COMPARABLE = 10.0
# 的 closing a clause that names a thing by what was done to it, and the copula it is the subject of (学的是, 学的不是,
# 种的也是): what was studied is…
NOMINAL_SUBJECT = re.compile("的[不也都就还并却]?是")
# Odds against a character printed twice by the extraction: one stutter in a thousand characters or fewer
# (the labelled pages have one in 1,100 to 5,600 Han characters). A reading of the text with one copy must be
# likelier than the double by as much before it counts as the text meant (see `_likelier_once`).
ONCE_ODDS = 1000
# A character printed three times is a stutter whichever way it is read, one copy the text's or two (一座|座座 or 一座座|
# 座): the odds against a stutter do not weigh, only how much rarer a stutter of two copies is than one of one (6 of
# the 30 stutters of the labelled pages add two: 1 in 4). One copy is kept when the clause reads at least TRIPLE_ODDS
# times likelier so than with two: 4 × 10, one copy ten times the likelier reading.
TRIPLE_ODDS = 40
# Characters of context on either side (at most, each) that must match where the article prints a doubled
# character once; at least SPELLED in all, FREELY for verbs, adjectives and adverbs, which reduplicate
# anywhere (你看看我 beside 你看我: both are Chinese).
CONTEXT = 3
SPELLED = 3
FREELY = 5
# The evidence is looked for this many characters on either side of the double (the longest labelled
# article has under 3,000): an article's own spelling, at a cost that does not grow with the input.
NEAR = 5000
# Characters of a term printed beside a double (`_printed_once_beside`), the character included: at most TERM + 1 (a
# name of three, 郑晓东; a term of four or five, 直播带货, 超低能耗), at least 2 for a name the dictionary lacks (娄苇)
# and 3 otherwise
TERM = 4
# Times the article must print a term apart (`_term_used_apart`) before a double opening it is taken as the term's
USED_APART = 2
# Times the article must print a person's name elsewhere before a double whose first copy closes it, the second perhaps
# opening what follows (杜老|老太), is taken for a stutter of it (`_name_before`)
NAMED = 3
# …and a name holding the double, or closing on it before a character that opens no word with what follows (马守|守田,
# 梁启明|明介绍): a name is spelled one way, so one print elsewhere with one copy is the spelling. A short report (a
# brief, a profile of a few paragraphs) names its people once or twice: of the doubles kept on the generated pages of
# the invented dev articles, two were such names, printed once more each.
NAMED_ONCE = 1
# Times the article must print a double with the same neighbour before it is taken as a term that doubles the character
TERM_DOUBLED = 3
# a dateline's place: the paper or the agency, the place it reports from, then the date or 电 (本报槐川3月2日电, 本报云岭电)
DATELINE_PLACE = re.compile(r"(?:本报|新华社|中新社)([\u4e00-\u9fff]{2,8}?)(?=[\d０-９]|电|讯)")


@dataclass(frozen=True)
class Verdict:
    """What to do about one run: drop copies (`applied`) or ask the editor (`flagged`)."""

    action: str  # applied | flagged
    keep: int  # copies of the character the text should have
    fixed: str  # the text with the extra copies removed
    reason: str
    confidence: float


@dataclass(frozen=True)
class Reading:
    """What a doubled character is: a legitimate repeat or a stutter, and why."""

    legit: bool
    reason: str
    certain: bool = False  # legitimate, and the dictionary vouches for it (一个个, 一届|届)
    doubtful: bool = False  # a stutter on weak evidence: flagged for the editor, unless the article spells it once
    # a stutter only because jieba leaves one copy out of the other's word (宣传部|部长 read 宣传部|部|长…): the writer's
    # where the article prints it twice alike (`_spelled_so`)
    stranded: bool = False


Span = tuple[int, int, str]  # a token of a segmented window and where it lies


@functools.lru_cache(maxsize=256)
def _spans(window: str) -> tuple[Span, ...]:
    """The window's segmentation. Cached: a double's clause is read by several of the tests below."""
    out, pos = [], 0
    for token in lexicon().cut(window):
        out.append((pos, pos + len(token), token))
        pos += len(token)
    return tuple(out)


def _window(text: str, start: int, end: int) -> tuple[int, int]:
    lo = start
    while lo > 0 and start - lo < WINDOW and text[lo - 1] not in CLAUSE_END:
        lo -= 1
    hi = end
    while hi < len(text) and hi - end < WINDOW and text[hi] not in CLAUSE_END:
        hi += 1
    return lo, hi


def _count(lex: Lexicon, word: str) -> float:
    """The word's count in jieba's corpus (0: not a word)."""
    logp = lex.words.get(word)
    return 0.0 if logp is None else round(math.exp(logp - lex.floor), 3)


def _nominal(lex: Lexicon, word: str) -> bool:
    """jieba tags the word a noun, an abbreviation or a verb used as a noun (施工, construction; 运费, freight)."""
    return lex.tag(word) in ("n", "j") or lex.tags.get(word) == "vn"


def _is_word(lex: Lexicon, word: str) -> bool:
    return _count(lex, word) > UNSEEN


@functools.cache
def _tentative_verbs() -> frozenset[str]:
    """The verbs the dictionary lists said twice before an object, a noun (做做饭, 看看书, 谈谈心: a verb's tentative
    form, AAB, said of a verb and its object)."""
    lex = lexicon()
    return frozenset(w[0] for w, logp in lex.words.items() if logp is not None and len(w) == 3 and w[0] == w[1] != w[2]
                     and lex.tag(w[0]) == "v" and lex.tag(w[2]) == "n")


def _measure_word(lex: Lexicon, ch: str) -> bool:
    """The character is a measure word: with 一 before it, the dictionary has a numeral phrase (一条, 一届). Not 些: 一些
    (some) is an amount, no unit counted one by one (一条条, 一届届), so it is never said twice after 一."""
    return ch not in AMOUNT and lex.tag("一" + ch) == "m"


def _after_numeral(lex: Lexicon, text: str, start: int) -> bool:
    """A numeral right before the repeat, other than 一 before a measure word (`一条条` reduplicates), or before
    a character printed twice and 地: a noun borrowed as a measure is reduplicated into a manner adverbial
    (`一窑窑地烧`, `一船船地运`) that no single copy makes (*一窑地烧); nor before a character 一 makes no word with and a
    noun after the double, a noun borrowed as the measure of the next (`一垄垄薄田`, `一格格麦草方格`: 一格, an entry
    jieba never counted; 一起, 一定 are words)."""
    if start == 0 or text[start - 1] not in NUMERALS:
        return False
    return not (text[start - 1] == "一" and (_measure_word(lex, text[start]) or text[start + 2 : start + 3] == "地"
                                             or not _is_word(lex, "一" + text[start]) and _noun_after(lex, text, start + 2)))


def _borrowed_measure(lex: Lexicon, text: str, start: int) -> Reading | None:
    """The reading of 一 alone before a character said twice that it makes no word with (一单单, 一托托): a noun or a verb may be
    borrowed as a measure word the dictionary does not list (一单生意, 一托货物) and said twice after 一 means one after
    another (一单单算成本), as 一条条 does; or a stray copy of a count (一单算成本). Both are Chinese: for the editor.
    (Not after another numeral, 十一单单; nor the copula, which no count takes: 一是是 is a list's first item, 一是;
    a character 一 makes a word with is judged by that word: 一定定.)"""
    ch = text[start]
    if (text[start - 1] == "一" and (start < 2 or text[start - 2] not in NUMERALS) and HAN.match(ch) is not None
            and ch not in NUMERALS + COPULAS and not lex.is_function_word(ch) and not _is_word(lex, "一" + ch)):
        return Reading(False, f"「一{ch * 2}」 may say one {ch} after another", doubtful=True)
    return None


def _after_count(lex: Lexicon, text: str, start: int) -> bool:
    """A number and its measure word right before text[start] (4个, 三名), the character a unit of a place or a measure
    word itself: reduplicated it says "every one" (村村, 户户, 天天), which no number counts. Not after 一些 (some), nor a
    noun's reduplication that names one thing (两个妈妈, 三颗星星), nor a word counted as said (说一句谢谢)."""
    return (start > 1 and text[start - 2] in NUMERALS and lex.tag(text[start - 1]) == "q" and text[start - 1] != "些"
            and text[start - 1] != text[start] and (text[start] in ADMINISTRATIVE or lex.tag(text[start]) == "q"))


def _after_measure(lex: Lexicon, text: str, start: int) -> bool:
    """A number and a unit of measure (jieba's measure words: 米, 公里, 厘米) right before text[start]."""
    if not start:
        return False
    unit = lex.cut(text[max(0, start - 4) : start])[-1]
    return lex.tag(unit) == "q" and start > len(unit) and text[start - len(unit) - 1] in NUMERALS


def _after_number_and_measure(lex: Lexicon, text: str, start: int) -> bool:
    """A number and its measure word right before text[start] (10点, 两个, 三年), not an ordinal's (第一名): 多 or 余 after
    them makes the count approximate (10点多, 两个多月)."""
    return (start > 1 and text[start - 2] in NUMERALS and _measure_word(lex, text[start - 1])
            and not _ordinal(text, start - 1))


def _ordinal(text: str, start: int) -> bool:
    """An ordinal, 第 and its number, stands right before text[start] (第五, 第十二): the character after it is the
    thing counted, a measure or a noun borrowed as one (第五跳, the fifth jump)."""
    i = start
    while i > 0 and text[i - 1] in NUMERALS:
        i -= 1
    return i < start and text[i - 1 : i] == "第"


def _after_every(text: str, start: int) -> bool:
    """每 (or 每一) right before: a reduplicated measure word already means "every" (`每一个个角落`)."""
    return text[max(0, start - 2) : start].endswith(("每", "每一"))


def _after_demonstrative(lex: Lexicon, text: str, start: int) -> bool:
    """这, 那 or 哪 right before a measure word printed twice: a reduplicated measure word means "every one"
    (条条大路, 一张张笑脸), and a demonstrative points at one thing (*这套套系统, *那座座桥)."""
    return start > 0 and text[start - 1] in DEMONSTRATIVES and _measure_word(lex, text[start])


def _lists(text: str, start: int) -> bool:
    """The clause holds a list (items parted by 、) before text[start]."""
    lo = start
    while lo > 0 and (text[lo - 1] == "、" or text[lo - 1] not in CLAUSE_END):
        lo -= 1
    return "、" in text[lo:start]


def _word_after(text: str, end: int) -> str:
    """The word after the double ending at `end`, in the clause's segmentation ("" at the clause's end)."""
    lo, hi = _window(text, end - 2, end)
    return next((token for t0, _, token in _spans(text[lo:hi]) if t0 + lo == end), "")


def _noun_after(lex: Lexicon, text: str, end: int) -> bool:
    """The word after the double ending at `end` is a noun."""
    after = _word_after(text, end)
    return bool(after) and (lex.tag(after) == "n" or after == PLACES)


def _clause_ends(text: str, end: int) -> bool:
    return end >= len(text) or text[end] in CLAUSE_END or text[end] in CLOSERS


def _clause_end(text: str, at: int) -> int:
    """Where the clause holding text[at] ends: its mark, or the text's end."""
    return next((i for i in range(at, len(text)) if _clause_ends(text, i)), len(text))


def _likelier_once(lex: Lexicon, text: str, start: int, odds: float = ONCE_ODDS) -> bool:
    """The clause around the double text[start:start + 2] reads at least `odds` times likelier, in jieba's word
    model, with one copy than with both."""
    lo, hi = _window(text, start, start + 2)
    return lex.logp(text[lo : start + 1] + text[start + 2 : hi]) - lex.logp(text[lo:hi]) >= math.log(odds)


def _place_before(lex: Lexicon, spans: tuple[Span, ...], before: Span | None, word: str) -> bool:
    """The text before a unit's first copy names a place the unit ends, and `word`, which starts with the unit
    again, names something of that place (石桥村|村委会, 桐溪镇|镇长, 桐溪县|县城): both copies are the text's. A name
    the dictionary lacks, cut into single characters none of which is a function word (桐|溪), is a place's; of
    the dictionary's places only before a word for the unit's committee, head, people, branch or government
    (HEADS), since it tags some common words as places too (美丽|乡|乡村). A single character it tags as a place (汀)
    is as often a piece of a name it lacks (岚|汀|市). So is a character it tags a bound morpheme (青石|坳: 坳, a col,
    is no word alone), left single after any word."""
    if before is None:
        return False
    if lex.is_place(before[2]) and len(before[2]) > 1:
        return word[1] in HEADS
    prior = next((t for t in spans if t[1] == before[0]), None)
    return prior is not None and (_name_pieces(lex, prior, before) or _bound_piece(lex, prior, before))


def _bound_piece(lex: Lexicon, prior: Span, piece: Span) -> bool:
    """A character jieba tags a bound morpheme (g: 坳), no word alone, left single after a word of Han characters
    (青石|坳): the last piece of a name the dictionary lacks."""
    return len(piece[2]) == 1 and lex.tags.get(piece[2]) == "g" and all(HAN.match(c) for c in prior[2])


def _named_under(lex: Lexicon, text: str, start: int) -> bool:
    """The unit text[start] closes a name of two to four characters that follows a unit of the level above it (柳塘镇|
    石榴湾|村, 东山县|桃花|镇): a place named under its town or county, however common the words its name is made of
    (石榴, pomegranate), for nothing else stands between the two units. None of the name's characters is a unit
    or a function word."""
    above = UNITS_ABOVE.get(text[start], "")
    for k in range(2, 5):
        name = text[start - k : start]
        if (start - k >= 1 and text[start - k - 1] in above and han_only(name) == name
                and not any(c in ADMINISTRATIVE or lex.is_function_word(c) for c in name)):
            return True
    return False


def _name_pieces(lex: Lexicon, *tokens: Span) -> bool:
    """The tokens are single Han characters none of which is a function word: pieces of a name the dictionary
    lacks, cut up by jieba (桐|溪, 柳|湾)."""
    return all(len(t[2]) == 1 and HAN.match(t[2]) and not lex.is_function_word(t[2]) for t in tokens)


def _ends_place(lex: Lexicon, text: str, start: int) -> bool:
    """The unit text[start] ends the name of a place before it (柳湾|村, 东关|区, 上虞|县): a place of the dictionary's,
    or a name it lacks, cut into single characters (`_name_pieces`: 柳|湾, as in `_place_before`).
    The unit said twice names every unit of its kind (村村通, 县县有), which no single place before it can take; the
    second copy may open a word of its own (栗坪村|村口, 东关区|区委), which the caller asks."""
    lo, _ = _window(text, start, start + 2)
    spans = _spans(text[lo:start])
    if not spans:
        return False
    last = spans[-1][2]
    if len(last) > 1:
        return lex.tags.get(last) == "ns"
    return len(spans) > 1 and _name_pieces(lex, *spans[-2:])


LIST_ENDS = "，。；：！？!?“”‘’（）()《》"  # marks a list of items between 、 runs between


def _single_items(text: str, start: int, end: int) -> bool:
    """text[start:end] is a whole item of a list (between 、 marks; the first perhaps after the words before the list,
    作业人员|脏、苦、累) whose other items, two or more, are single characters each (经过折|、剪、刻、展: the first item
    holding more may be those words and a single character)."""
    lo, hi = start, end
    while lo > 0 and text[lo - 1] not in LIST_ENDS:
        lo -= 1
    while hi < len(text) and text[hi] not in LIST_ENDS:
        hi += 1
    if text[start - 1 : start] != "、" and text[end : end + 1] != "、":
        return False
    items = text[lo:hi].split("、")
    at = len(text[lo:start].split("、")) - 1
    # (the first item may hold the words before the list: it counts only if it is a single character)
    others = [x for k, x in enumerate(items) if k != at and (k > 0 or len(x) == 1)]
    return ((items[at] == text[start:end] or at == 0 and items[at].endswith(text[start:end])) and len(others) >= 2
            and all(len(x) == 1 and HAN.match(x) is not None for x in others))


def _parallel(text: str, start: int, end: int) -> bool:
    """The reduplication text[start:end] and another stand in parallel, each after the same character (大哥哥大姐姐,
    老爷爷老奶奶), or joined by a conjunction or a list's comma (欢欢和乐乐, 爸爸、妈妈: coordination pairs like with
    like): the pair of phrases vouches for each double, whatever longer word one copy would make (大哥大, 和乐)."""
    if start == 0:
        return False
    x, ch = text[start - 1], text[start]
    after, before, joined = text[end : end + 3], text[max(0, start - 4) : start - 1], text[max(0, start - 3) : start]
    return (len(after) == 3 and after[0] == x and after[1] == after[2] != x
            or len(before) == 3 and before[0] == x and before[1] == before[2] != x
            or len(after) == 3 and after[0] in CONJOINED and _doubled(after[1:]) and after[1] != ch
            or len(joined) == 3 and joined[2] in CONJOINED and _doubled(joined[:2]) and joined[0] != ch)


def _doubled(pair: str) -> bool:
    """Two Han characters, the same one twice."""
    return pair[0] == pair[1] and HAN.match(pair) is not None


# a phrase opening on a character said twice, apart from the next item of a list by 、 (摸摸琴、拨拨弦: touch the
# zither, pluck its strings, the tentative form of two verbs and their objects)
_REDUPLICATED_ITEM = re.compile(r"([\u4e00-\u9fff])\1[\u4e00-\u9fff]{1,2}")


def _listed_beside(lex: Lexicon, text: str, start: int, end: int) -> bool:
    """The double opens an item of a list whose item before or after it opens on another character said twice, in a
    phrase of the same length (摸摸琴、拨拨弦, 说说话、散散步, 出出力、流流汗), one of the two a verb's: the list vouches
    for each double, whatever part of speech jieba gives the other character alone (流, a noun to it: 流流汗 is the
    tentative form of 流汗 as 出出力 is of 出力). A stray copy falls at random, never into such a pair."""
    item = re.match(r"[\u4e00-\u9fff]{1,2}", text[end:])
    if item is None:
        return False
    n = len(item[0])  # the item's length after the double, and so the other item's: its double and n more
    after = text[end + n + 1 : end + 2 * n + 3] if text[end + n : end + n + 1] == "、" else ""
    before = text[max(0, start - 3 - n) : start - 1] if text[start - 1 : start] == "、" else ""
    return any(_REDUPLICATED_ITEM.fullmatch(other) is not None and other[0] != text[start]
               and (_verb_twice(lex, text[start]) or _verb_twice(lex, other[0])) for other in (after, before))


def _tentative_beside(lex: Lexicon, text: str, start: int) -> bool:
    """The double, a verb's before its object (来浇浇水), stands in the clause before or after another verb said twice
    before its object (…，和邻居们聊聊天): the tentative form of two actions side by side, the writer's rhythm, which a
    stray copy falling at random does not make. Not an AABB word's first pair (认认真真), nor the same verb's, nor a
    function word's (沿着着跑道…，看看…: 着 the particle, 了 likewise, though jieba tags them verbs too), nor the
    copula's, which has no tentative form (是是). Nor beside an adverb the dictionary lists said twice (缓缓升起: 缓 is
    a verb alone, 缓缓 says how, no action tried)."""
    ch = text[start]
    if not (_verb_twice(lex, ch) and not lex.is_function_word(ch) and ch not in COPULAS
            and HAN.match(text[start + 2 : start + 3])):
        return False
    spans = list(clause_spans(text))
    k = next((i for i, (lo, hi) in enumerate(spans) if lo <= start < hi), None)
    if k is None:
        return False
    near = [text[lo:hi] for lo, hi in spans[max(0, k - 1) : k + 2] if not lo <= start < hi]
    return any(m[1] != ch and _verb_twice(lex, m[1]) and lex.tags.get(m[1] * 2) not in ("d", "z")
               and m[2] != clause[m.end() : m.end() + 1]
               for clause in near for m in re.finditer(r"([\u4e00-\u9fff])\1([\u4e00-\u9fff])", clause))


def _verb_twice(lex: Lexicon, ch: str) -> bool:
    """A verb, or a character the dictionary lists said twice as one (传传: jieba tags 传 alone by its commonest use,
    a noun, 自传)."""
    return lex.tag(ch) == "v" or lex.tags.get(ch * 2) in ("v", "vn")


def _one_by_one_beside(text: str, start: int) -> bool:
    """Another 一 before a character said twice stands in the double's clause or in the clause before or after it
    (一次次调配，一窑窑试烧: time after time, kiln after kiln; 一针针绣…，一线线缝…): a noun borrowed as a measure word
    reduplicated after 一, as its neighbour is, in a parallel the writer built."""
    ch, spans = text[start], list(clause_spans(text))
    k = next(i for i, (lo, hi) in enumerate(spans) if lo <= start < hi)
    near = text[spans[max(0, k - 1)][0] : start - 1] + "|" + text[start + 2 : spans[min(len(spans) - 1, k + 1)][1]]
    return any(m[1] != ch for m in re.finditer(r"一([\u4e00-\u9fff])\1", near))


def _aabb(lex: Lexicon, text: str, start: int) -> bool:
    """text[start:start + 4] is AABB: a word of two characters with each said twice (热乎 → 热热乎乎, 来往 → 来来往往),
    as Chinese makes vivid adjectives and verbs; a noun only where no single stray copy leaves a word of the
    dictionary and the form closes as a vivid one does (`_vivid_noun`: 老太 → 老老太太 is 老太太 with a stray 老; jieba's
    noun 温润 said 温温润润的 is the adjective); or two actions by
    turns (`_actions_by_turns`); or two sounds (嗯嗯啊啊, 吱吱呀呀: interjections and onomatopoeia, `SOUNDS`, said so
    whether or not the two make a word)."""
    ch, b = text[start], text[start + 2 : start + 3]
    return (b not in ("", ch) and text[start + 1] == ch and text[start + 3 : start + 4] == b and ch not in NUMERALS
            and HAN.match(b) is not None
            and (_is_word(lex, ch + b) and (lex.tag(ch + b) in VIVID
                                            or lex.tag(ch + b) == "n" and _vivid_noun(lex, text, start))
                 or _actions_by_turns(lex, text, start)
                 or bool(SOUNDS & (tags := {lex.tag(ch), lex.tag(b)})) and tags <= SOUNDS | {"z"}))


def _vivid_noun(lex: Lexicon, text: str, start: int) -> bool:
    """A noun AB said AABB at text[start] as a vivid form: no single stray copy leaves a word (ABB, AAB), and the form
    closes as a vivid one does, before 的 or 地 or at its clause's end (温温润润的; not 剧剧团团长, where the second pair
    is a word's end and the next word's start)."""
    a, b, end = text[start], text[start + 2], start + 4
    return (lex.words.get(a + b + b) is None and lex.words.get(a + a + b) is None
            and (text[end : end + 1] in ("的", "地") or _clause_ends(text, end)))


def _actions_by_turns(lex: Lexicon, text: str, start: int) -> bool:
    """text[start:start + 4] is two verbs of one character each said twice, closing the clause or before 的, 地 or
    着 (吃吃停停, 走走停停, 说说笑笑地): two actions by turns, an AABB form of its own, whether or not the two make a
    word together."""
    a, b, after = text[start], text[start + 2], text[start + 4 : start + 5]
    return lex.tag(a) == "v" and lex.tag(b) == "v" and (after in ("的", "地", "着") or _clause_ends(text, start + 4))


def _second_pair(lex: Lexicon, text: str, start: int) -> bool:
    """The double is the second half of an AABB reduplication that jieba lists only as AAB (弯弯绕|绕: 弯弯绕绕; the
    ones it lists whole, 清清楚楚, hold their repeat): the character before it is printed twice too, the first pair
    and this character make a word of the dictionary, and the character is no function word (渐渐地|地 is a stutter:
    地 ends the adverb, it reduplicates nothing). That the two characters make a word is no sign of one: 镇|镇长|长 is
    a unit's head after its place, then a stutter."""
    if start < 2 or text[start - 2] != text[start - 1] or text[start - 1] == text[start]:
        return False
    a, b = text[start - 1], text[start]
    return not lex.is_function_word(b) and (lex.words.get(a + a + b) is not None or _aabb(lex, text, start - 2))


def _named_elsewhere(lex: Lexicon, text: str, at: int, article: str) -> str | None:
    """The name (a surname at text[at] and one or two characters a given name may hold, no word of the dictionary)
    that the article prints elsewhere opening a clause, after a mark (`。”任晓岚说`): a person it names again, whom the
    text here names after a title ending on the surname's character (副主任|任晓岚). Printed inside other words
    (远程问诊, 造林队) the characters are no name."""
    for k in (3, 2):
        name = text[at : at + k]
        if (len(name) == k and han_only(name) == name and all(map(lex.may_be_given, name[1:]))
                and lex.words.get(name) is None
                and any(m.start() == 0 or not han_only(article[m.start() - 1]) for m in re.finditer(name, article))):
            return name
    return None


# what follows a name in running text: a verb (说, 表示), a preposition (把, 在), an adverb (也, 还), a conjunction or a
# particle (的), jieba's tags; or a mark, or a verb of saying (`SAYING`: jieba tags 问 a noun)
AFTER_NAME = ("v", "p", "d", "c", "u")


def _rare_given(lex: Lexicon, given: str) -> bool:
    """Two characters the dictionary lists as a rare word of no verb (立新, 51 counts: it lists given names it met in
    text, under any tag), not as an adverb or a conjunction that stands after a post (一直, 随后, 同时: thousands)."""
    return 0 < _count(lex, given) < RARE_GIVEN and lex.tag(given) != "v"


def _post_holder(lex: Lexicon, text: str, at: int) -> str | None:
    """The name opening at text[at], a surname's character, when one or two characters a given name may hold follow
    it (or two the dictionary lists as a noun or as a rare word, as it lists many given names: 建平, 建国, 立新; not
    成功, 说明), that make no word of the dictionary with it (任务, 任期: 主任|任期内 is the post's term), and then a mark
    or a word of `AFTER_NAME` (`任晓东说`, `任光明把…`, `任建平收到…`)."""
    for k in (3, 2):
        name = text[at : at + k]
        given = name[1:]
        listed = (len(given) == 2 and not any(map(lex.is_function_word, given))
                  and (lex.tag(given) == "n" or _rare_given(lex, given)))
        if (len(name) < k or han_only(name) != name or not (all(map(lex.may_be_given, given)) or listed)
                or lex.words.get(name[:2]) is not None):
            continue
        rest = text[at + k : at + k + 6]
        if not rest or not HAN.match(rest) or (word := lex.cut(rest)[0]) in SAYING or lex.tag(word) in AFTER_NAME:
            return name
    return None


def _after_modal(lex: Lexicon, text: str, at: int, word: str) -> bool:
    """The word jieba read at text[at] (能量, ending on the double's first copy) opens on an auxiliary that makes a
    modal verb with the character before it (只|能量 → 只能): the auxiliary may take the doubled character as its
    verb, said twice (只能|量量|血压), jieba's word being a misreading of the boundary."""
    return (len(word) == 2 and word[0] in AUXILIARIES + MEET and at > 0
            and lex.tag(text[at - 1] + word[0]) == "v")


def _graded(lex: Lexicon, text: str, start: int) -> bool:
    """A degree adverb stands right before the double at text[start]: it grades the one word after it, and a
    reduplicated adjective is graded already (*很高高, *最大大的), so one copy is stray. Not before a noun's
    reduplication, which takes no degree adverb at all: 太 there is the prefix of a generation further back (太奶奶)."""
    return start > 0 and text[start - 1] in DEGREE and lex.tag(text[start] * 2) != "n"


def _one_by_one_manner(word: str, ch: str) -> bool:
    """`word` is a four-character phrase of the 一A一B form (一笔一画, 一字一句), ending on `ch`."""
    return len(word) == 4 and word[0] == word[2] == "一" and word[3] == ch


def _opens_own(lex: Lexicon, ch: str, word: str, after: str, amount: str = "") -> str | None:
    """Why a single copy after a word that ends on it may open a phrase of its own with what follows, both
    readings Chinese: the sky after a day (`SKY`: 每天|天不亮, 今天|天很冷), a verb with its directional complement
    (重点|点出来: 点出 is a verb, 出来 its complement), a word with its next character. `amount`: the text after
    `after`."""
    if ch == SKY and lex.tag(word) in ("t", "r") and (after[0] in NEGATION + DEGREE or lex.tag(after) == "d"):
        return f"「{ch}」 may be the sky, the subject of 「{after}…」, after 「{word}」"
    if (after[0] in DENIED and lex.tag(word) == "n" and lex.tag(ch) == "n" and _count(lex, ch) >= FREE_ALONE
            and ch not in PRONOUNS):
        return f"「{ch}」 may be the subject of 「{after}…」 after the topic 「{word}」"
    if after in DIRECTIONAL and lex.tag(ch + after[0]) == "v":
        return f"「{ch}」 may be a verb with its complement 「{after}」"
    if len(after) == 1 and not lex.is_function_word(after) and (
            _is_word(lex, ch + after) or lex.words.get(ch + after) is not None and amount[:1] in NUMERALS):
        # (before a number, any word jieba lists, though at its default count: 副局长|长|达六年, 长达 never counted; a
        # word of amount before the amount. Elsewhere its uncounted entries are as often junk: 负责|责|人, 责人)
        return f"「{ch}」 may open 「{ch + after}」, its next character left alone"  # 耕地|地|力保护: 地力
    return None


def _disposed(lex: Lexicon, text: str, start: int) -> bool:
    """The clause brings an object with 把 before text[start:], its verb still to come."""
    return DISPOSAL in lex.cut(text[_clause_start(text, start) : start])


def _disposal_object(lex: Lexicon, text: str, start: int, end: int) -> bool:
    """The clause brings an object with 把 before text[start:], and nothing from `end` to the clause's end is a verb."""
    rest = lex.cut(text[end : _clause_end(text, end)])
    return _disposed(lex, text, start) and not any(lex.tag(word) == "v" for word in rest)


def _restores_word(text: str, start: int, end: int, opening: bool = False) -> str | None:
    """The word of three or more characters that dropping the extra copies makes, spanning the character and
    text on both sides of it (`瞬息万万变` → 瞬息万变): the doubled text broke it. Only where the clause reads
    far better so (`_likelier_once`): two words that meet on the double may make such a word with one copy
    too (弟弟|妹妹们 beside 弟妹们, 大学|学生宿舍 beside 大学生). `opening`: or a word that opens on the copy
    (为慢慢性病患者 → 慢性病)."""
    one = text[: start + 1] + text[end:]
    lo, hi = _window(one, start, start + 1)
    for t0, t1, token in _spans(one[lo:hi]):
        if (t0 < start - lo or opening and t0 == start - lo) and t1 > start - lo + 1 and len(token) >= 3:
            return token if _likelier_once(lexicon(), text, start) else None
    return None


def _restores_set_phrase(lex: Lexicon, text: str, start: int, lo: int, hi: int) -> str | None:
    """The set phrase (an idiom or a fixed expression the dictionary lists) that one copy makes of the word holding the
    double and the words around it (一步|一个个|脚印 → 一步一个脚印): the reduplication (一个个, one after another) breaks
    the phrase the writer meant, longer than the word on either side."""
    one = text[: start + 1] + text[start + 2 :]
    w_lo, w_hi = _window(one, start, start + 1)
    for t0, t1, token in _spans(one[w_lo:w_hi]):
        t0, t1 = t0 + w_lo, t1 + w_lo
        if (t0 <= start < t1 and len(token) >= 4 and lex.tags.get(token) in IDIOMS
                and (t0 < lo or t1 > hi - 1)):
            return token
    return None


def _double(text: str, start: int, article: str = "") -> Reading:
    """Judge text[start:start + 2], one character printed twice, by where jieba's segmentation of the clause
    puts the copies: inside one word (a reduplication, kept unless Chinese rules it out there), each in its
    own word (kept), one stranded beside the word the other belongs to (a stutter unless the stranded copy
    can close or open something itself), or both single (kept unless the character never reduplicates).
    `article`: the whole text, where a compound the dictionary lacks may be seen used on its own."""
    lex = lexicon()
    ch, end = text[start], start + 2
    lo, hi = _window(text, start, end)
    a = start - lo
    spans = _spans(text[lo:hi])
    holder = next((t for t in spans if t[0] <= a and t[1] >= a + 2), None)
    if holder is not None and len(holder[2]) > 2:  # 干干净净, 一个个, 久久为功
        if _after_every(text, holder[0] + lo + holder[2].index(ch * 2)) and _measure_word(lex, ch):
            return Reading(False, "a reduplicated measure word after 每")
        if holder[0] == a and _graded(lex, text, start) and not _aabb(lex, text, start):
            # (not a word of two said AABB, 更认认真真: a stray copy makes one character twice, not both; the degree
            # adverb before it is the writer's)
            return Reading(False, f"「{holder[2]}」 takes no degree adverb")  # 最大大的
        if lex.tags.get(holder[2]) not in IDIOMS and (phrase := _restores_set_phrase(lex, text, start, holder[0] + lo,
                                                                                    holder[1] + lo)):
            # (not where the word holding the double is a set phrase itself, 日日夜夜|奋战: no copy of it is stray)
            return Reading(False, f"one 「{ch}」 restores the set phrase 「{phrase}」")  # 一步一个个脚印
        return Reading(True, f"the word 「{holder[2]}」 holds the repeat", certain=True)
    if text[end : end + 2] == "一" + ch and lex.tag(ch) == "v":
        # a verb said for a try takes one form, VV or V一V (找找, 找一找): both at once (找找一找) is a stray copy
        return Reading(False, f"「{ch}一{ch}」 says the try already")
    if _single_items(text, start, end) and not (lex.tag(ch * 2) == "n" and _is_word(lex, ch * 2)):
        # a whole item of a list whose other items are single characters (勾、刻、印、绘、裱: a craft's steps; 脏、苦、累):
        # said twice it breaks the list's measure, a stray copy. Not a noun the dictionary lists doubled (山、水、星星)
        return Reading(False, f"「{ch}」 is one item of a list of single characters")
    if ch in "上下" and text[end : end + 2].startswith(SEQUENCE_UNITS):
        # 上上周, 下下个月: said twice before a unit of time or of a sequence, 上 and 下 count two steps back or on (the
        # week before last, the month after next)
        return Reading(True, f"「{ch * 2}」 counts two {'back' if ch == '上' else 'on'} before 「{text[end]}」")
    if ch in APPROXIMATE and start > 0 and (text[start - 1] in NUMERALS and text[start - 1] != "一"
                                            or ch in COUNT_APPROXIMATE and _after_number_and_measure(lex, text, start)
                                            and not _aabb(lex, text, start)):
        # a number's approximation is said once (两百多公里, 三十余人, 十来个, 10点多, 两个多月): 多多, 余余, 来来 after a
        # numeral, 多多 and 余余 after its measure word, are a stutter, whatever words jieba makes of them (两百多|多公里;
        # not 多多少少, a word said pair by pair)
        return Reading(False, f"「{ch}」 approximates the number before it once")
    if ch == "来" and SPAN_SINCE.search(text, 0, start) and _clause_ends(text, end):
        # …and so is the 来 closing a span of time (5年来来，); before more words the second may be the verb (三年来|来书房当
        # 志愿者: for three years, coming to…)
        return Reading(False, "「来」 closes the span of time before it once")
    if holder is not None and holder[2] == ch * 2 and lex.tag(holder[2]) == "z" and not _is_word(lex, ch * 2):
        # a word of state the dictionary lists but seldom counted: an adjective's suffix said twice (紧张兮兮; one it
        # counts often, 短短, is judged as words are, below)
        return Reading(True, f"「{ch * 2}」 is a word of state")
    if _aabb(lex, text, start):
        # (certain: the article printing the word once elsewhere, 翻看 beside 翻翻看看, is the word reduplicated)
        return Reading(True, f"「{ch * 2}{text[end] * 2}」 says 「{ch}{text[end]}」 with each character twice", certain=True)
    if holder is not None and _is_word(lex, ch * 2):
        if start > 0 and text[start - 1] == "一" and _measure_word(lex, ch) and not _after_every(text, start - 1):
            # 一|团团|浓雾: jieba reads the reduplication as a word of its own, but after 一 it is the measure word's
            return Reading(True, "a measure word reduplicated after 一", certain=True)
        return _reduplicated_word(lex, text, start)
    if _listed_beside(lex, text, start, end):
        return Reading(True, "it stands in a list beside another phrase said so (摸摸琴、拨拨弦)")
    if _tentative_beside(lex, text, start):
        return Reading(True, "another verb said twice before its object stands in the clause beside it (浇浇水，聊聊天)")
    if _second_pair(lex, text, start):
        return Reading(True, f"「{text[start - 2 : end]}」 reduplicates a word pair by pair", certain=True)
    left = next(t for t in spans if t[0] <= a < t[1])
    right = next(t for t in spans if t[0] <= a + 1 < t[1])
    if left is right:  # a doubled entry jieba never counted (对对, 了了): two free copies
        left, right = (left[0], left[0] + 1, ch), (left[0] + 1, left[1], ch)
    before = next((t for t in spans if t[1] == left[0]), None)
    if len(left[2]) > 1 and len(right[2]) > 1:  # a pair jieba never counted does not hold its copy (宣传部|部副|部长)
        if len(left[2]) == 2 and not _is_word(lex, left[2]):
            # (the character it leaves is the word before the copy now: 免|洗|洗手液)
            before, left = (left[0], left[1] - 1, left[2][0]), (left[1] - 1, left[1], ch)
        elif len(right[2]) == 2 and not _is_word(lex, right[2]):
            right = (right[0], right[0] + 1, ch)
    if len(left[2]) > 1 and len(right[2]) > 1:
        # …unless one copy restores a three-character word of the dictionary across them (`_restores_word`):
        # two words that overlap on the doubled character are then a stutter of the one word (接下|下来 → 接下来,
        # 手把|把手 → 手把手). A longer word so restored is a contraction that both spellings hold (宣传部|部长
        # beside 宣传部长).
        if lex.tag(left[2]) == lex.tag(right[2]) == "t":  # a period, then a part of it: 本月|月底, 今年|年初
            return Reading(True, f"「{left[2]}」 names a period, 「{right[2]}」 a part of it")
        if len(word := _restores_word(text, start, end) or "") == 3 and right[2][1:] != "长":
            # (not a unit's head after the unit, 中队|队长, 小组|组长: 中队长 is their contraction, both the writer's)
            if _nominal(lex, left[2]) and _nominal(lex, right[2]):
                # two nouns, the second naming a part or a kind of the first (门诊|诊室, 中医|医师; a verb used as a
                # noun too, 施工|工期, the works' term): the writer's compound, or a stutter of their contraction (门诊室,
                # 中医师, 施工期), for the editor
                return Reading(False, f"one 「{ch}」 may restore 「{word}」", doubtful=True)
            return Reading(False, f"one 「{ch}」 restores 「{word}」")
        if _organ_after(lex, text, start):
            return Reading(True, f"「{left[2]}」 closes a place's name, 「{right[2]}」 opens its organ's", certain=True)
        # (a unit and its head or its members, 宣传部|部长, 调查队|队员: both spellings are the writer's, the contraction
        # printed elsewhere, 调查队员, no evidence of a stray copy)
        return Reading(True, "each copy belongs to its own word",  # 工作|作为
                       certain=right[2][1:] in UNIT_PEOPLE and lex.tag(left[2]) == "n")
    if len(left[2]) > 1:  # 成为|为
        if ch == FIVE and lex.tag(left[2]) == "m" and (text[end : end + 1] in CLOSERS or text[end : end + 2] in PLANS):
            # a five-year plan is named by its number and 五 (十四五, “十五五”规划): no stray copy
            return Reading(True, f"「{left[2]}{ch}」 names a five-year plan")
        if left[2] == "一" + ch and (_measure_word(lex, ch) or text[end : end + 1] == "地"):
            # (a noun jieba reads into a word with 一, borrowed as a measure and said twice into a manner adverbial
            # before 地, as after 一 alone: 一针|针地绣, stitch by stitch, see `_after_numeral`)
            if _after_every(text, start - 1):
                return Reading(False, "a reduplicated measure word after 每")
            return Reading(True, "a measure word reduplicated after 一", certain=True)  # 一届|届
        if text[start - 1 : start] == COMPLEMENT and lex.tag(ch) == "a" and text[end : end + 1] == "的":
            # an adjective of one character said twice with 的 after a verb's 得 is the vivid complement (吃得饱饱的,
            # 擦得亮亮的), jieba reading the first copy into the verb (吃得饱|饱)
            return Reading(True, f"「{ch * 2}的」 is the vivid complement after 「得」")
        if left[2] == "一" + ch and not _is_word(lex, left[2]) and (borrowed := _borrowed_measure(lex, text, start)):
            return borrowed  # 一缸|缸酱料: an entry jieba never counted holds no copy; a noun borrowed as a measure
        if left[2] == "一" + ch and _one_by_one_beside(text, start):  # 一针|针 (jieba's noun 一针), beside 一线线
            return Reading(True, f"「一{ch * 2}」 stands beside another 「一」 and a character said twice")
        if (_is_word(lex, ch * 2) and len(left[2]) > 2 and lex.tag(left[2][:-1]) != "?"
                and _count(lex, left[2]) < OUTWEIGHS * _count(lex, ch * 2)
                and not (ch in ADMINISTRATIVE and lex.tags.get(left[2]) == "ns")):
            # (not where the word the copy ends is far commoner than the reduplication: 互联网|网, 抚养费|费; nor where it
            # is a place named down to its unit, 沙河县|县: every county, 县县, follows no place, see `_ends_place`)
            if not _clause_ends(text, end):
                return Reading(True, f"「{left[2][:-1]}」 may end before 「{ch * 2}」")  # 国歌|声声|入耳
            if lex.tag(ch * 2) == "n":
                # at a clause's end a noun's reduplication may close a four-character phrase (锣鼓|声声，), or be a
                # stray copy after the word (机器人|人，: 人人, everyone, closes nothing there): for the editor
                return Reading(False, f"「{left[2][:-1]}」 may close on 「{ch * 2}」", doubtful=True)
        after = next((t for t in spans if t[0] == right[1]), None)
        if (ch in PREP_VERB and after is not None and lex.tag(after[2]) != "u" and left[2] not in PROGRESSIVE
                and after[2] not in tuple(COPULAS) and (HAN.match(after[2]) or after[2][0].isdigit())
                and not _takes_its_own(lex, left[2])):
            return Reading(True, f"「{ch}」 starts its own phrase after 「{left[2]}」")  # 现在|在北京, not 所在|在的
        if ch == MEANS and after is not None and lex.tag(after[2]) == "n" and len(left[2]) == 2:
            # 以 (as, by means of) may open its phrase after a word ending on it, a modal's (可以|以个人身份参保: may insure
            # as an individual), or be a stray copy (可以个人身份参保): both Chinese, for the editor. (Not other
            # prepositions: after 因为, 作为, 针对 a second copy is stray; 以 ends modals that take a verb after them)
            return Reading(False, f"「{ch}{after[2]}」 may open a phrase of its own after 「{left[2]}」", doubtful=True)
        if (lex.tag(left[2]) == "t" and text[end : end + 1] and text[end] in PERIOD_PARTS
                and not _starts_word(lex, text, end)):
            # a period, then a part of it the dictionary lacks (明年|年中: mid-year), as 今年|年初 beside it; not where
            # the character opens a word of its own (今年|年中国…, a stray copy before 中国)
            return Reading(True, f"「{left[2]}」 names a period, 「{ch}{text[end]}」 a part of it")
        if ch in RANKS and text[end : end + 1] and text[end] in NUMERALS:
            return Reading(True, f"「{ch}」 opens 「{ch}{text[end]}…」 after 「{left[2]}」")  # 目前|前三季度
        if _one_by_one_manner(left[2], ch) and not _clause_ends(text, end):
            # 一A一B says the manner, stroke by stroke, and goes on to its verb (一笔一画地写): where that verb is B again
            # (一笔一画|画在纸上, 一点一滴|滴进心里) the second copy is the verb the phrase leads to, both copies the text's
            return Reading(True, f"「{left[2]}」 says how, 「{ch}」 the verb it leads to")
        if (ch in SURNAMES or not lex.is_function_word(ch)) and (name := _named_elsewhere(lex, text, end - 1, article)):
            # 副主任|任|晓岚: the article names 任晓岚 elsewhere, so the second 任 is the surname opening the name; a
            # surname rarer than the common ones too (主席|席|永平 beside 席永平表示): the article's print stands for the list
            return Reading(True, f"「{name}」, a name the article gives again, opens on the second 「{ch}」")
        if ch in SURNAMES and HELD_POST.fullmatch(left[2]) and (name := _post_holder(lex, text, end - 1)):
            # a report names the holder after the post, in full (居委会主任|任国平说): a post ending on a surname's
            # character (主任, 任 among the commonest surnames) followed by that character and one or two a given name
            # may hold, then what the person says or does, is the post and the holder's name; one copy would leave
            # the post with a given name alone after it (主任国平说), which a report does not print. Where the rest opens
            # on a common surname itself (主任|任|吕娜说), one copy leaves a name in full too: for the editor
            if name[1] in SURNAMES:
                return Reading(False, f"「{name}」 may name the holder of the post 「{left[2]}」, or 「{name[1:]}」 may",
                               doubtful=True)
            return Reading(True, f"「{name}」 names the holder of the post 「{left[2]}」")
        if ch in SERVES and left[2].endswith(SERVES) and POST.match(text, end):
            # after a post ending on it (村主任), 任 may be the verb, serving as another post (村主任|任村级路长: the village
            # head serves as road chief), or a stray copy before the second post in apposition: for the editor
            return Reading(False, f"「{ch}」 may be the verb, serving as the post after it", doubtful=True)
        if _after_modal(lex, text, lo + left[0], left[2]):
            # 只|能量|量|血压: 只能 takes its verb, said twice for a try (能|量量血压), or once (能|量血压); both Chinese
            return Reading(False, f"「{text[lo + left[0] - 1]}{left[2][0]}」 may take 「{ch * 2}」, a verb said twice",
                           doubtful=True)
        if lex.tag(left[2]) == "n" and (copula := NOMINAL_SUBJECT.match(text, end)):
            # a noun seldom takes 的是 (*大学的是…): the copy may be a verb of its own, the subject clause's (大学|学的是
            # 工业设计, 大学|学的不是理科: what he studied at university); jieba tags some verbs as nouns (奏响), so for the
            # editor. After a word of other kinds one copy reads (更重要|要的是: 重要的是)
            return Reading(False, f"「{ch}{copula[0]}」 may open a clause of its own after the noun 「{left[2]}」",
                           doubtful=True)
        if len(left[2]) > 1 and lex.is_localizer(left[2]) and after is not None and after[2] in ASPECT:
            # a place word of two characters (周围, 旁边) takes no aspect marker: the copy after it is the verb of a
            # sentence of existence (书房周围|围了三四层孩子, children stood round the reading room three or four deep)
            return Reading(True, f"「{ch}{text[end]}」 is the verb, with its aspect, after 「{left[2]}」", certain=True)
        if lex.tag(left[2]) == "n" and after is not None and after[2] in ASPECT:
            # an aspect marker alone after the copy makes it a verb (jieba tags 记 a noun), after a noun ending on it
            # (笔记|记了满满三大本: the notes, he wrote down three volumes): the noun the topic, the copy the clause's
            # verb; or a stray copy (错误|误了): for the editor
            return Reading(False, f"「{ch}{text[end]}」 may be the verb, with its aspect, after the noun 「{left[2]}」",
                           doubtful=True)
        if after is not None and (why := _opens_own(lex, ch, left[2], after[2], text[lo + after[1] :])):
            return Reading(False, why, doubtful=True)
        if (len(left[2]) == 2 and _is_word(lex, ch * 2) and after is not None and len(after[2]) > 1
                and lex.tag(after[2]) == "n" and before is not None
                and lex.words.get(before[2] + left[2][0]) is not None):
            # a dictionary reduplication before a noun it may describe, where the word before the double and the
            # word before that regroup into an entry of the dictionary (亮|起点|点|灯火 or 亮起|点点|灯火: scattered
            # lights): both readings are Chinese, for the editor
            return Reading(False, f"「{ch * 2}」 may describe 「{after[2]}」", doubtful=True)
        if (len(left[2]) == 2 and (lex.tag(left[2][0]) == "d" or left[2][0] in AUXILIARIES + MEET)
                and _measure_word(lex, ch) and lex.tag(ch) not in ("p", "v", "d", "c") and after is not None
                and (lex.tag(after[2]) in ("v", "d") or after[2][0] in "有都")):
            # a measure word said twice says "every one" before its predicate (件件有着落, 个个都来了), after an adverb or
            # a modal jieba may read with the first copy (要|件件 or 要件|件): for the editor
            return Reading(False, f"「{ch * 2}」 may say every one, after 「{left[2][0]}」", doubtful=True)
        if (len(left[2]) > 2 and lex.tag(left[2]) == "n" and lex.tag(ch) == "n" and after is not None
                and len(after[2]) == 1 and lex.tag(after[2]) == "n"
                and not any(text.startswith(name, end) for name in lex.names(text[end : end + 4]))):
            # a noun ending on a noun's character, that character again before another noun's (纹枯病|病|株, 条锈病|病|叶):
            # the second copy may modify the next (病株, the diseased plant) as papers on crops write; for the editor
            # (not before a name: 指导老师|师|江少容, the teacher 江少容)
            return Reading(False, f"「{ch}{after[2]}」 may name a kind of 「{after[2]}」 after 「{left[2]}」", doubtful=True)
        if lex.tag(ch) == "n" and _closes_coinage(text, end):
            # a noun said twice closes a term the writer coins in quotation marks, as speech fondly does (“金果果”: the
            # fruit that brings money in); or a stray copy in it (“一号工程程”): for the editor. Not a verb's, a
            # preposition's (“单打独斗斗”, “青蓝结对对”): no fond speech doubles them
            return Reading(False, f"「{left[2]}{ch}」 may be a coinage in quotation marks, said fondly", doubtful=True)
        if lex.tag(left[2]) == "n" and (term := _term_used_apart(lex, article, text, end)):
            # the second copy opens a term the dictionary lacks that the article uses on its own (主场|场均观众 beside
            # 场均进球, average per game): two nouns meeting on the character, as 宣传部|部长 do. After a verb it is
            # a stray copy (饲养|养犬只 beside 养犬管理: one verb, said once)
            return Reading(True, f"the article uses 「{term}」 on its own, opened by the second 「{ch}」")
        if (before is not None and before[2] in PLACE_PREPOSITIONS and lex.tag(left[2]) == "n"
                and _count(lex, ch) >= FREE_ALONE and ch not in AUXILIARIES + MEET
                and after is not None and len(after[2]) > 1 and lex.tag(after[2]) in ("n", "v")
                and not lex.is_localizer(after[2])):
            # a preposition of place and the noun ending on the character close a phrase (在大学, 从车间), which the
            # predicate follows: the second copy, a word alone as often as not, may be that predicate's verb before
            # its object (在大学|学|设计: studied design at university), or a stray copy (在大学设计); both Chinese, for
            # the editor. (Not before a localizer, which closes the phrase itself, 在会议|议|上; nor a modal's copy, which
            # takes no noun: 在省会|会|城市)
            return Reading(False, f"「{ch}{after[2]}」 may be the predicate after 「{before[2]}{left[2]}」", doubtful=True)
        if (len(left[2]) == 2 and before is not None and _is_word(lex, regrouped := before[2] + left[2][0])
                and COMPARABLE * _count(lex, regrouped) >= _count(lex, left[2]) and _measure_word(lex, ch)
                and after is not None and lex.tag(after[2]) in ("v", "a")):
            # the word the first copy ends regroups with the one before it into a word about as common (`COMPARABLE`),
            # leaving that copy alone (人|次年|年|攀升 or 人次|年年|攀升): the double then a measure word reduplicated, every
            # one (year after year), before the predicate it qualifies (参训人次年年攀升); or a stray copy (人次年攀升): for
            # the editor. (Not 该|项目|目: 项目 is fifty times commoner than 该项)
            return Reading(False, f"「{ch * 2}」 may modify 「{after[2]}」 after 「{regrouped}」", doubtful=True)
        if (lex.tag(left[2]) == "n" and text[end : end + 1] and _nominal(lex, part := ch + text[end])
                and not _starts_word(lex, text, end) and not _restores_word(text, start, end)
                and text[end + 1 : end + 2] != DURATIVE):
            # a noun ending on the character, then a noun the dictionary lists opening on it, however seldom it counted
            # it, whose second character opens no word with the next (医院|院区|改扩建, 湖羊|羊舍|三十余栋: a thing and a
            # part of it, as 宣传部|部长 are): both copies may be the writer's, for the editor. Of 300 sentences holding
            # two words that meet on a character, written for the check, 6 were cut here; of 8,000 stutters simulated in
            # the intact articles, 1 is now flagged (白线|线框). Not before a word the next character opens (农民|民|田间),
            # nor before the durative 着, which follows a verb and no noun (家长|长带着: 带着, the verb, goes on; 了 also
            # closes a sentence after a noun, 都是大学生了)
            return Reading(False, f"「{part}」 may name a part of 「{left[2]}」", doubtful=True)
        if (lex.tag(left[2]) == "n" and after is not None and after[2] in RESULTS
                and _disposal_object(lex, text, lo + left[0], lo + right[1])):
            # 把 takes its object before the verb and its complement (把新品种|种在试验田里: sowed the new varieties in the
            # test field). Where the object ends on the character, its copy stands before a complement and nothing after
            # is a verb, one copy would leave 把 with none (*把新品种在试验田里): the copy is that verb, whatever jieba
            # tags it (种 m), and a spelling with one copy elsewhere in the article (这个品种在…) no evidence against it
            return Reading(True, f"「{ch}{after[2]}」 is the verb 「{DISPOSAL}」 brings 「{left[2]}」 to", certain=True)
        if (lex.tag(left[2]) == "n" and after is not None and after[2] == COMPLEMENT
                and _disposed(lex, text, start)):
            # …and before 得 and its complement (把青榆竹编|编得更好看: made the bamboo weaving finer), where one copy reads
            # as well, the object shorter and the verb its last character (把青榆竹|编得更好看): for the editor
            return Reading(False, f"「{ch}{COMPLEMENT}」 may be the verb 「{DISPOSAL}」 brings 「{left[2]}」 to",
                           doubtful=True)
        if (lex.tag(left[2]) == "n" and len(left[2]) > 2 and after is not None and len(after[2]) == 1
                and after[2] in FRONTS and HAN.match(text[lo + after[1] : lo + after[1] + 1])):
            # a place ending on the character, then that character and a localizer naming what lies by it, before the
            # noun (火车站|站前广场, the square in front of the station); or a stray copy (火车站前广场): for the editor
            return Reading(False, f"「{ch}{after[2]}」 may place what follows by 「{left[2]}」", doubtful=True)
        if (ch in ADMINISTRATIVE and _is_word(lex, ch * 2) and start > 1 and text[start - 1] in ADMINISTRATIVE
                and text[start - 2] in WHOLE):
            # the whole of a place, then every unit of a kind in it (全乡|村村|建起, every village of the township), read
            # by jieba into a word across them (乡村): the unit said twice counts them, as 村村通 does
            return Reading(True, f"「{ch * 2}」 counts every {ch} of 「{text[start - 2 : start]}」")
        if lex.tag(left[2]) in SOUNDS:
            return Reading(True, f"「{left[2]}{ch}」 draws out the exclamation 「{left[2]}」")  # “哎哟哟，
        if (lex.tags.get(left[2]) == "nr" and len(left[2]) <= 3 and left[2][0] in SURNAMES
                and lex.may_be_given(left[2][1])):  # (not 马拉松, which jieba tags a name too)
            # a person the dictionary names (李娜, 王志刚): a given name's last character said twice is a common name of
            # its own (李娜娜, 罗丹丹), or the copy opens the word after the name (王志刚|刚从); one copy is as Chinese,
            # for the editor, unless the article spells the name elsewhere
            return Reading(False, f"「{left[2]}{ch}」 may be a name, as 「{left[2]}」 is", doubtful=True)
        if lex.tag(left[2]) in ("c", "d") and lex.tag(ch) == "v" and after is not None and after[2] in ASPECT:
            # a conjunction or an adverb ending on a verb's character (只有, 还有), then that verb with its aspect (只有|有了
            # 好产业, only with a good industry): one copy leaves the aspect on the conjunction (只有了), which takes none
            return Reading(True, f"「{ch}{after[2]}」 is the verb, with its aspect, after 「{left[2]}」")
        if ch in GOING and lex.tag(left[2]) == "t" and after is not None and lex.tag(after[2]) in ("n", "v"):
            # a time ending on 上 (晚上, 早上), then 上 the verb (to go to: 晚上|上夜校): the time opens the clause, the verb
            # its predicate; or a stray copy (晚上夜校): for the editor
            return Reading(False, f"「{ch}」 may be the verb after the time 「{left[2]}」", doubtful=True)
        if (lex.tag(ch) == "d" and lex.tag(left[2]) in ("n", "t", "r") and after is not None
                and lex.tag(after[2]) in PREDICATE):
            # an adverb of one character opens the predicate after its subject or its time, a noun, a time or a pronoun
            # that may end on the same character (人才|才是, 成就|就在, 刚才|才知道): as Chinese as the word with no adverb
            # (人才是), for the editor
            return Reading(False, f"「{ch}」 may open the predicate after 「{left[2]}」", doubtful=True)
        return Reading(False, f"stray copy of 「{ch}」 after the word it ends", stranded=True)
    if len(right[2]) > 1:  # 工|工作
        if (before is not None and before[2] == ONCE and (start < 2 or text[start - 2] not in NUMERALS)
                and lex.tag(ch) in ("v", "p") and lex.tag(right[2]) == "n"):
            # 一 alone before a verb (jieba tags 按 a preposition too) says as soon as (一按, 一看), and the verb takes its
            # object, opening on the second copy (一按|按钮: at the press of the button); with one copy 一 would count a
            # noun with no measure word (not 统一|供|供种: 一 ends a word there)
            return Reading(True, f"「{ONCE}{ch}」 says as soon as, 「{right[2]}」 is what it acts on")
        if (start > 0 and text[start - 1] in NUMERALS and (lex.tag(ch) in ("m", "q") or _ordinal(text, start))
                and ch not in NUMERALS and ch not in APPROXIMATE):
            # (after an ordinal, 第 and its number, whatever jieba tags the character: 第五跳|跳出, the fifth jump)
            return Reading(True, f"the first 「{ch}」 ends a number")  # 2012年|年初
        word = _restores_word(text, start, end)
        if word:  # the dictionary's word across the single copy outweighs a compound it does not list
            return Reading(False, f"one 「{ch}」 restores 「{word}」")  # 长江流|流域 → 长江流域
        if (ch in AUXILIARIES + MEET and lex.tag(right[2]) == "v" and right[2] not in MODALS
                and (before is None or lex.tag(before[2]) not in ("v", "p"))):
            return Reading(True, f"auxiliary 「{ch}」 before the verb 「{right[2]}」")  # 我们要|要求, 没|没收
        if ch == COPULAS[0] and before is not None and before[2] in AT_ISSUE:
            return Reading(False, f"「{ch}」 may be the copula after 「{before[2]}」", doubtful=True)  # 问题是|是否
        if ch in ADMINISTRATIVE and (_place_before(lex, spans, before, right[2]) or _named_under(lex, text, start)):
            return Reading(True, f"「{ch}」 ends the place named before it, 「{right[2]}」 starts with it",  # 石桥村|村委会
                           certain=_organ_after(lex, text, start))
        if (ch in ADMINISTRATIVE and before is not None and len(before[2]) > 1 and lex.tag(before[2]) == "n"
                and right[2][1] in HEADS and right[2][1:] != "长"):
            # a place may be named by a common word (杨柳村, the willow village) before its committee or its people; or
            # the short form of their name (杨柳村委会) has a stray copy: both Chinese, for the editor (a unit's head is
            # judged below, both spellings the writer's); not where the article prints the place alone (…来到杨柳村。),
            # a name of its own there: its committee or people are named after it in full
            if _used_alone(article, before[2] + ch, right[2]):
                return Reading(True, f"the article names 「{before[2]}{ch}」 alone, 「{right[2]}」 opens on the copy")
            return Reading(False, f"「{before[2]}{ch}」 may name the place of 「{right[2]}」", doubtful=True)
        if (ch in ADMINISTRATIVE and before is not None and len(before[2]) > 1
                and _is_word(lex, level := before[2][-1] + ch)):
            # the word before ends on a character that makes levels of government with the first copy (全省各地|市 or
            # 全省各|地市, the prefecture-level cities), the second copy opening the next word: each copy its own word
            # before an organ's name (各地市|市场监管部门), else as likely a stray copy (各地|市场规模): for the editor
            if _organ_after(lex, text, start):
                return Reading(True, f"「{level}」 names the levels, 「{right[2]}…」 their organ")
            return Reading(False, f"「{level}」 may name the levels, before 「{right[2]}」", doubtful=True)
        if ((start == 0 or not HAN.match(text[start - 1]) or lex.tag(text[start - 1]) in ("p", "v", "u"))
                and _organ_after(lex, text, start)):
            # a unit alone opening a clause or the object of a preposition or a verb names that level of government, the
            # city's (市), before its organ's name, which may open on the same character (：市|市场监管局提醒, 从市|市场
            # 监督管理局, 采访了市|市场监管局):
            # as Chinese as the organ's name alone, and a stray copy of one character is rare beside it (one in a thousand
            # characters at most): on the generated pages of every set, 3 stutters made 市市场 and the articles printed it
            # 968 times. Its name printed elsewhere with one 市 is no evidence (国家市场监督管理总局): `certain` keeps the
            # article's spelling out of it. Not before the level's adjective (县|县级医院: no paper writes the county's
            # county-level hospital), where one copy or two is for the editor
            if right[2][1:] == LEVEL:
                return Reading(False, f"one 「{ch}」 or two before 「{right[2]}」", certain=True, doubtful=True)
            return Reading(True, f"「{ch}」 names the level whose organ 「{right[2]}…」 is", certain=True)
        if (ch in LANDMARKS and right[2][1] in SIDES and before is not None and HAN.match(before[2])
                and not lex.is_function_word(before[2])):
            # a river, a lake, a hill or a street named before its side or its top (白沙江|江边, 青龙山|山顶, 解放路|路口):
            # the first copy closes the name, the second opens the place by it; or a stray copy (白沙江边): for the editor
            return Reading(False, f"「{ch}」 may close a place's name, 「{right[2]}」 name what lies by it", doubtful=True)
        heads_unit = right[2][1:] == "长"
        if (before is not None and right[2][1] in HEADS and (lex.tag(right[2]) == "n" or heads_unit) and ch in lex.suffix_like
                and (right[2][1] != OWNER or lex.tag(before[2]) in ("n", "j"))):
            # (the head of a unit, 站长, 队长, whatever part of speech jieba gives it, in both spellings the writer's:
            # 造林队队长 beside 造林队长, so nothing the article prints elsewhere makes one of them a stutter; an owner
            # after a noun's name of the place, an abbreviation's too: 文创|店|店主)
            return Reading(True, f"an institution ending in 「{ch}」 before its 「{right[2]}」", certain=heads_unit)  # 道德庭|庭长
        if (before is not None and len(before[2]) > 1 and ch in lex.suffix_like
                and lex.tag(before[2]) == lex.tag(ch) == lex.tag(right[2]) == "n"):
            if _used_alone(article, before[2] + ch, right[2]):
                return Reading(True, f"the article uses 「{before[2]}{ch}」 on its own")  # 羊肚|菌|菌株
            return Reading(False, f"「{before[2]}{ch}」 may be a compound, but the article never uses it on its own",
                           doubtful=True)  # 家事案|案件
        if (lex.tag(ch) == "v" and len(obj := right[2][1:]) > 1 and _is_word(lex, obj)
                and (lex.tag(obj) == "n" or lex.tag(right[2]) in ("l", "i"))):
            # a verb said twice for a try (说说, the tentative form any action verb takes) before its object, a noun
            # the dictionary counts (说说|心里话): both readings are Chinese (not 采|采光, 住|住宅, with one character
            # left over, nor 负|负责人: 责人 is an entry jieba never counted); so before a set phrase of the verb and its
            # object, whatever part of speech jieba gives the object (享|享清福: 享享清福, enjoy a little leisure)
            return Reading(False, f"「{ch}{ch}」 may be the verb said twice before its object 「{obj}」", doubtful=True)
        if (len(right[2]) == 2 and lex.tags.get(right[2]) in ACTIVITIES
                and (ch in _tentative_verbs() or lex.tags.get(ch * 2) == lex.tag(ch) == "v" and lex.tag(right[2][1]) == "n")):
            # …and before the verb and its object as one word, an activity jieba lists as a noun (做|做操, 散|散步),
            # the AAB tentative form of a verb and its object, which the dictionary lists for this verb with other
            # objects (做做饭, 做做事), or said twice alone before a noun it takes (买买: 买|买菜, not 习|习惯), but not for
            # every object it takes (做做操, 买买菜): both readings are Chinese. (jieba
            # also lists many verb-and-object words as verbs, 打球, but with them as with proper nouns, 安阳, the same
            # test would flag twice the stutters: 加|加工, 脱|脱贫)
            return Reading(False, f"「{ch}{ch}{right[2][1]}」 may be the verb said twice before its object", doubtful=True)
        if (len(right[2]) == 2 and lex.tag(right[2][1]) == "n"
                and (lex.tag(ch * 2) == lex.tag(right[2]) == "v" and lex.words.get(ch * 2) is not None
                     or lex.tag(ch) == "v" and lex.tags.get(right[2]) in ACTIVITIES)
                and (_clause_ends(text, end + 1) or text[end + 1 : end + 2] in ("吧", "、"))
                and (before is not None and (len(before[2]) == 1 and lex.tag(before[2]) == "v" or before[2] in AUXILIARIES
                                             or before[2] in MODALS)
                     or _quoted_name(text, start, end))):
            # …or before a verb and its object jieba lists as a verb (躲|躲雨: 躲躲雨, shelter from the rain a while),
            # where the dictionary lists the verb said twice (躲躲, however rare), after a verb of wanting or going or a modal,
            # and the activity closes its clause, as a try at it does (只想躲躲雨，, 去散散心吧; not 开|开业一年来, 新挑|挑战，),
            # or in quotation marks of its own, the colloquial phrase quoted (下班后来“充充电”): the AAB tentative form too,
            # for the editor; so is a verb of one character before an activity jieba lists as a noun (去爬|爬山: 去爬爬山,
            # go and climb a little), whether or not the dictionary lists the verb said twice
            return Reading(False, f"「{ch}{ch}{right[2][1]}」 may be the verb said twice before its object", doubtful=True)
        if (lex.is_localizer(ch) and before is not None and len(before[2]) > 1 and lex.tag(before[2]) == "n"
                and not lex.is_localizer(right[2])):
            # a noun and a localizer close a phrase of place (参与者中, among the participants; 会上, at the meeting),
            # and the second copy opens the next word (参与者中|中老年人多, 会上|上级…): each copy its own word
            return Reading(True, f"「{before[2]}{ch}」 places what follows, 「{right[2]}」 opens on the second 「{ch}」")
        if before is not None and ch in CLOSES_VERB and lex.tag(before[2]) in ("v", "p"):
            if before[2] in PREPOSITIONS_ONLY:  # (据了|了解: no aspect closes 据, a preposition and nothing else)
                return Reading(False, f"stray copy of 「{ch}」 after the preposition 「{before[2]}」")
            return Reading(False, f"「{ch}」 may close 「{before[2]}{ch}」 before 「{right[2]}」", doubtful=True)
        if (before is not None and lex.tag(before[2]) in ("m", "d") and lex.tag(ch) == "n" and len(right[2]) == 4
                and lex.tag(right[2]) in IDIOMS):
            # an idiom is whole, so the second copy opens it; the first may be the noun a word of amount before it
            # takes (不少|人|人到中年: many people, reaching middle age), as likely as a stray copy: for the editor
            return Reading(False, f"「{before[2]}{ch}」 may close before the idiom 「{right[2]}」", doubtful=True)
        if before is not None and lex.tags.get(before[2]) == "mq" and lex.tag(ch) == "n":
            # a noun after a demonstrative or a number with its measure word (jieba's one token 这件, 三个) closes a
            # noun phrase (这件事|事关全局): the copy after it opens a word of its own (a bare measure word does
            # not say the noun closes anything: 32个|电|电商, 系列|支|支持 are stutters)
            return Reading(True, f"「{ch}」 closes 「{before[2]}{ch}」, the next copy opens 「{right[2]}」")
        if ch in PREP_VERB and (right[2] in PREDICATE_ONLY or lex.tag(right[2]) == "u"):
            return Reading(False, f"no preposition takes 「{right[2]}」")
        if ch in PREP_VERB and before is not None and len(before[2]) > 1 and lex.tag(before[2]) in ("v", "a"):
            # a verb takes 在 for the place it acts on (落实在, 用在), and a word opening on 在 may describe what is
            # there (落实在|在建项目上: the projects under construction); or the verb takes that word's phrase as its
            # object, a copy stray (落实在建项目): both Chinese, for the editor
            return Reading(False, f"「{before[2]}{ch}」 may place what follows, 「{right[2]}」 opening on its second copy",
                           doubtful=True)
        if (before is not None and lex.tag(ch) == "p"
                and (lex.tag(before[2]) in ("n", "r") and (ch in PREP_VERB or lex.tag(right[2]) == "n")
                     or ch == TOWARDS and lex.tag(before[2]) == "v" and lex.tag(right[2]) == "n"
                     and "的" in text[end : _clause_end(text, end)])):
            # (after a verb, 对's phrase may open the modifier of the verb's object that 的 closes, the matter a view is
            # of: 说说对|对方的意见, say what one thinks of the other side)
            return Reading(False, f"the preposition 「{ch}」 may take 「{right[2]}」 as its object", doubtful=True)
        if (before is not None and before[2] in POINTING and _measure_word(lex, ch)
                and lex.tag(right[2]) == "n" and _count(lex, right[2]) >= COMMON_DOUBLE):
            # every, each, this or that takes a measure before its noun (每条|条款, 这项|项目): the first copy is the
            # measure, the second opens the noun it counts, as 每条条款 is said; one copy leaves 每 on the bare noun.
            # Not a noun the dictionary seldom counts (这批|批货: 这批货, a stray copy)
            return Reading(True, f"「{before[2]}{ch}」 counts 「{right[2]}」, which the second copy opens")
        if (len(right[2]) > 2 and not _is_word(lex, right[2]) and lex.tag(right[2]) not in IDIOMS
                and lex.tag(ch * 2) == "d" and _count(lex, ch * 2) >= COMMON_DOUBLE and lex.tag(right[2][1]) == "v"):
            # a reduplicated adverb the dictionary counts often (紧紧, 慢慢) before a verb, read by jieba into an entry
            # it never counted (紧|紧握着): the adverb modifies the verb as it does anywhere (紧紧|握着). Not before a
            # set phrase, whole however seldom counted (紧|紧随其后)
            return Reading(True, f"「{ch * 2}」 modifies 「{right[2][1:]}」")
        if (lex.tag(ch * 2) in ("t", "d", "m") and len(right[2]) == 2 and lex.tag(right[2][1]) == "v"
                and _count(lex, right[2]) <= _count(lex, ch * 2)):
            # a reduplicated word of time or frequency the dictionary lists (夜夜, 天天), or of manner that it counts a
            # numeral (一一, one by one), may modify the verb the word left over holds (天天咳、夜夜|夜咳: coughing
            # every night; 一一|应下, not 一|一应: agreed to each): both readings are Chinese, for the editor; not
            # where the word the second copy opens is the commoner (连|连续, 明|明显: 续, 显 are no verbs alone)
            return Reading(False, f"「{ch * 2}」 may modify 「{right[2][1]}」", doubtful=True)
        if right[2][0] == ch and right[2][1:] in BODY and lex.tag(right[2]) == lex.tag(ch) == "v":
            # a movement of the body said twice for a try, before the part it moves (举举手, 跺跺脚, 弯弯腰): the
            # tentative form of a verb and its object, which the dictionary lists for some (点点头) but not all; or a
            # stray copy before a figurative compound (联|联手): for the editor
            return Reading(False, f"「{ch}{ch}{right[2][1]}」 may move the body for a try", doubtful=True)
        if (before is not None and len(before[2]) == 1 and before[2] not in NEGATION
                and lex.words.get(before[2] + ch) is not None):
            # the character left alone before the first copy makes a word with it, one the dictionary lists though
            # rarely (自|住|住房: 自住, self-occupied, 自住|住房): each copy may belong to its own word, for the editor.
            # Not a negation's (不出, 没走): it negates the word the second copy opens as well (走不出|出去 is 走不出去)
            return Reading(False, f"「{before[2]}{ch}」 may be a word of its own before 「{right[2]}」", doubtful=True)
        if (before is not None and len(before[2]) == 1 and lex.tag(before[2]) == "a" and lex.tag(ch) == "n"
                and len(right[2]) == 2 and lex.tag(right[2]) == "n"):
            # an adjective of one character and the first copy may make a noun the dictionary lacks (慢病, a chronic
            # illness, as 大病 is), the second copy opening a noun it names a kind of (慢病|病人, 老房|房主): two words
            # meeting, or a stray copy (慢病人): for the editor
            return Reading(False, f"「{before[2]}{ch}」 may name a kind of 「{right[2]}」", doubtful=True)
        if name := _name_before(lex, article, text, start):
            # 王强|强调: the first copy closes a name the article prints again and again, the second opens the verb
            return Reading(True, f"「{name}」, a name the article gives again, closes on the first 「{ch}」")
        runs_into = len(right[2]) == 2 and lex.tag(right[2]) in ("n", "t") and _count(lex, right[2]) < RARE_GIVEN
        addressed = HELD_POST.fullmatch(right[2]) is not None or right[2] in ADDRESSED
        if _may_close_name(lex, spans, before, ch) and not runs_into and not addressed:
            # 张敏|敏锐, 赵德发|发现, 王建|建议: a surname alone, or a surname and a character of a given name, may take
            # the first copy as the given name's last, the second opening the next word; one copy reads as well (张敏锐, a
            # name of three, or 赵德|发现): for the editor, unless the article prints the name again (above). Not before a
            # noun or a time of two characters the dictionary counts as seldom as a given name (李建|建文说, 邓国|国庆:
            # 李建文, 邓国庆), a stray copy inside a name of three; nor before a post or a title a surname takes to address
            # its holder (肖书|书记, 顾老|老师: 肖书记, 顾老师)
            return Reading(False, f"「{before[2]}{ch}」 may close a name, 「{right[2]}」 open on the second copy",
                           doubtful=True)
        if closed := _closes_own_term(lex, article, text, start, right[2]):
            return Reading(True, f"the article prints 「{closed}」 and 「{right[2]}」 each on its own: two words meet")
        every = lex.tag(ch * 2) == "n" and _count(lex, right[2]) < _count(lex, ch * 2)
        if (_count(lex, ch * 2) >= COMMON_DOUBLE and len(right[2]) == 2 and _count(lex, right[2][1]) >= FREE_ALONE
                and (lex.tag(ch * 2) in FREQUENCY or every)):
            # a reduplicated word of frequency or time the dictionary counts often (天天, 常常) says how often the verb
            # after it happens, and a verb of one character that stands alone often (下, 见) makes a word with the copy
            # before it that jieba prefers (天天|下地 read 天|天下|地): both readings are Chinese, for the editor; so does
            # a noun's that says everyone (人人|学 read 人|人学, a word rarer than 人人) before the verb. Not where the
            # character left over is seldom a word alone (连|连续, 明|明显: 续, 显 bind to their words)
            return Reading(False, f"「{ch * 2}」 may say {'who does' if every else 'how often'} what follows", doubtful=True)
        if (_measure_word(lex, ch) and ch not in NUMERALS and lex.tag(right[2]) == "n"
                and re.search(rf"[{DIGITS}][）)]?$", text[max(0, start - 2) : start])):
            # a number and its measure close on the first copy (高三（5）班|班主任, class 5's head teacher), the second
            # opening a word; or a stray copy (5班主任): for the editor
            return Reading(False, f"「{ch}」 may close the count before it, 「{right[2]}」 open on its second copy",
                           doubtful=True)
        return Reading(False, f"stray copy of 「{ch}」 before the word it starts", stranded=True)
    return _free_copies(lex, text, start, spans, before, right, article)


def meant_doubles(text: str, other: str) -> bool:
    """Every character `text` prints twice where `other` (as long) differs is a double the rules keep or only flag
    (人人都要, 天天下): it may be the writer's."""
    runs = [m for m in RUN.finditer(text)
            if m.end() - m.start() == 2 and text[m.start() : m.end()] != other[m.start() : m.end()]]
    return bool(runs) and all((v := judge(text, m.start(), m.end(), text)) is None or v.action == "flagged" for m in runs)


def _organ_after(lex: Lexicon, text: str, start: int) -> bool:
    """The double is a place's level (市, 县) and the second copy opens the name of an organ (槐川市|市场监管局), or the
    first of a list of its bodies (市|市场监管、商务等部门): papers name the level's organs after the place's whole name
    as after its name alone (槐川市场监管, an app's), so the article printing the latter elsewhere is no evidence of a
    stray copy."""
    return text[start] in LEVELS and (lex.names_organ(text[start + 1 :], ORGAN_WORDS)
                                      or LISTED_BODIES.match(text, start + 1) is not None)


def vouched_doubles(text: str) -> int:
    """How many characters printed twice in `text` a dictionary word holds (一串串, 干干净净): sure reduplications."""
    return sum(_double(text, m.start(), text).certain for m in RUN.finditer(text) if m.end() - m.start() == 2)


def _takes_its_own(lex: Lexicon, word: str) -> bool:
    """The word is a verb with the 在 that tells where it lands (坐在, 放在: the verb alone is the commoner word), not a
    word 在 is part of (现在, 存在: commoner than 现, 存): after it a second 在 has no place to go (坐在|在戏箱上)."""
    return (len(word) == 2 and word[1] == PREP_VERB and lex.tag(word[0]) == "v"
            and _count(lex, word[0]) > _count(lex, word))


def _used_alone(article: str, compound: str, word: str) -> bool:
    """The article prints the compound (a name the dictionary lacks: 羊肚菌) where neither the doubled character
    nor the rest of the word it opens follows (菌株 → neither 菌 nor 株): a word of its own there, not only the
    one-copy reading of a stutter (家事案件 is no evidence for 家事案 beside 家事案|案件). Nouns ending on a
    suffix-like character (菌, 案, 队) read as such compounds as easily as not (of the doubles so read, 1 on the
    labelled articles was legitimate, and 20 of the stutters generated on the dev articles); without this
    evidence the double is put to the editor, as the compound may be named only once."""
    end = len(compound)
    return any(article[m.start() + end : m.start() + end + 1] not in (word[0], word[1:2])
               for m in re.finditer(re.escape(compound), article))


def _reduplicated_word(lex: Lexicon, text: str, start: int) -> Reading:
    """A dictionary reduplication (天天, 常常, 声声) where a stutter also reads: impossible after a numeral
    or 每, after a degree adverb, before a clause end when adverb-like, before 着, or across a longer word."""
    ch, end = text[start], start + 2
    if ch in DIGIT_WORDS and text[end : end + 1] and text[end] in MAGNITUDES:
        return Reading(False, f"a number says 「{ch}」 once before 「{text[end]}」")  # 增加了一一万多亩
    if start > 0 and text[start - 1] in NUMERALS and text[end : end + 1] == "长" and _is_word(lex, ch + "长"):
        # a unit numbered, then its head (七连|连长, 三班|班长: the seventh company's commander), as after its name
        return Reading(True, f"「{text[start - 1]}{ch}」 names a unit, 「{ch}长」 its head", certain=True)
    if ch in KIN and start > 0 and text[start - 1] in BIRTH_ORDER:
        return Reading(True, f"「{text[start - 1]}{ch * 2}」 names a relative by birth order")  # 五奶奶
    if _after_numeral(lex, text, start):
        if borrowed := _borrowed_measure(lex, text, start):
            return borrowed  # 一单单算成本
        return Reading(False, f"「{ch * 2}」 cannot follow a numeral")  # 4天天内, 1.16万万亿
    if _after_count(lex, text, start) and not _starts_word(lex, text, start + 1):
        # (not where the second copy opens a word: 两个村|村民 are the villagers of two villages)
        return Reading(False, f"「{ch * 2}」 cannot follow a number and its measure word")  # 4个村村1146户
    if ch in DIMENSIONS and _after_measure(lex, text, start) and text[end : end + 1] not in ("的", "地"):
        return Reading(False, f"a measurement takes 「{ch}」 once")  # 3.8米高高、4.5米宽
    if _after_every(text, start):
        return Reading(False, f"「{ch * 2}」 cannot follow 每")  # 每组组
    if _after_demonstrative(lex, text, start):
        return Reading(False, f"「{ch * 2}」 cannot follow 「{text[start - 1]}」")  # 这套套系统
    if _graded(lex, text, start):
        return Reading(False, f"「{ch * 2}」 takes no degree adverb")  # 更大大
    if ch in ENUMERATION and _lists(text, start) and _noun_after(lex, text, end):
        return Reading(False, f"a list that goes on to its noun takes one 「{ch}」")  # 商圈等等地, not 等等都是
    if start > 0 and text[start - 1] in NEGATION and lex.tag(ch * 2) in ("a", "b") and _clause_ends(text, end):
        return Reading(False, f"reduplicated 「{ch * 2}」 takes no 「{text[start - 1]}」")  # 不高高
    if (_adverb(lex, ch) and (_clause_ends(text, end) or text[end : end + 1] == "了" and _clause_ends(text, end + 1))
            and not _recurs_after(lex, text, start)):
        return Reading(False, f"「{ch * 2}」 cannot end a clause")  # 事情渐渐，, 环境好好了，
    if frame := _closes_frame(lex, text, start, end):
        return Reading(False, f"the frame opened by 「{frame}」 closes with one 「{ch}」")  # 在搬运花盆时时，
    if verb := _time_clause(lex, text, start, end):
        return Reading(False, f"「{verb}{ch}」 closes a clause of time with one 「{ch}」")  # 采访结束时时，
    # (a dictionary's reduplication may also be a name, which takes 得 and 不了 as it likes: 笑笑得了第一名)
    if lex.tag(ch * 2) == "v" and (taken := _complemented(text, end)) not in (None, "得", "不了"):
        return Reading(False, f"reduplicated 「{ch * 2}」 takes no 「{taken}」")  # 想想着, 喝喝了几十年
    if lex.tag(ch * 2) == "v" and text[end + 1 : end + 2] == SETTLE and lex.tags.get(ch + text[end]) == "v":
        # a verb said twice for a try takes no result (*打打进, *看看完): where the second copy and the next character
        # make a verb of result before the perfective (打进了十六强, 看完了), one copy is stray
        return Reading(False, f"「{ch}{text[end]}{SETTLE}」 says the result, which a verb said for a try never takes")
    if _parallel(text, start, end):
        return Reading(True, f"「{text[start - 1]}{ch * 2}」 stands beside another reduplication after 「{text[start - 1]}」")
    if ch in ADMINISTRATIVE and _ends_place(lex, text, start) and not _starts_word(lex, text, start + 1):
        if (lex.tag(text[end : end + 1]) == "n" and not _starts_word(lex, text, end)
                and not any(c in ADMINISTRATIVE for c in text[end + 1 : end + 3])):
            # the second copy may open, with the noun after it, a word of the unit's own the dictionary lacks (石桥村|村医,
            # the village's doctor, as 村民 is its people), or be a stray copy (石桥村医): both Chinese, for the editor.
            # Not where the noun opens a word (石桥村村|公路) or a place's name (槐川县县|云渡镇) of its own
            return Reading(False, f"「{ch}{text[end]}」 may name the place's own 「{text[end]}」", doubtful=True)
        if lex.names_organ(text[start + 1 :], 2):
            # …and so may a body of the unit's, named by its level (平川县|县医院, the county's hospital, as 县政府 is its
            # government), or the place's whole name have a stray copy (平川县医院): for the editor
            return Reading(False, f"「{ch}」 may name the level of the body after it", doubtful=True)
        return Reading(False, f"「{ch * 2}」 (every {ch}) cannot follow the place the first 「{ch}」 ends")  # 柳湾村村的
    word = _restores_word(text, start, end, opening=True)
    if word and (lex.tag(ch * 2) != "d" or lex.tag(text[end : end + 1]) not in ("v", "a")):
        # (a reduplicated adverb before a verb or an adjective modifies it, however the dictionary lists the phrase it
        # breaks, 天刚刚亮 beside 天刚亮, 有话好好说 beside 有话好说; not before a noun: 年轻轻人)
        return Reading(False, f"one 「{ch}」 restores 「{word}」")  # 瞬息万万变
    if word := _outweighs(lex, text, start):
        return Reading(False, f"one 「{ch}」 makes 「{word}」, far commoner than 「{ch * 2}」")  # 我家家旁边, 一桶冷冷水
    if word := _orphaned(lex, text, start):
        return Reading(False, f"one 「{ch}」 makes 「{word}」 with a morpheme that is no word alone")  # 矛盾纠纷纷多元化解
    after = _word_after(text, end)
    noun_of_one = len(after) == 1 and lex.tag(after) == "n"  # (jieba files 记下 a noun too: a longer one says less)
    if lex.tag(ch) == "a" and noun_of_one and _clause_ends(text, end + 1):
        # an adjective said twice takes 的 before its noun (满满的一车, 红红的脸): before a noun of one character closing
        # its clause, one copy is stray (满满房，: 满房, fully booked)
        return Reading(False, f"reduplicated 「{ch * 2}」 takes 的 before a noun")
    if ch in ADMINISTRATIVE and text[end : end + 1] == LEVEL:
        # a level's adjective is its unit and 级 (村级, 县级): every village (村村) has no level
        return Reading(False, f"「{ch}{LEVEL}」 names a level with one 「{ch}」")  # 村村级服务点
    if ch == ONCE and noun_of_one:
        # 一一 (one by one) says how an action is done, before its verb (一一对应, 一一列举, 一一记下): never before a noun
        # of one character, which 一 counts (一人多高, 一课)
        return Reading(False, f"「{ch * 2}」 (one by one) takes a verb, not a noun")  # 长到一一人多高
    return Reading(True, f"「{ch * 2}」 is a word")


def _outweighs(lex: Lexicon, text: str, start: int) -> str | None:
    """The word that one copy makes with the character beside it, where that character stands alone in the
    reading with the reduplication (我|家家|旁边 → 我家, 冷冷|水 → 冷水) and the word is at least
    OUTWEIGHS times as common in Chinese as the reduplication: the double is then far likelier a stutter
    of the commoner word than a rare reduplication beside a stranded character. Not after a numeral
    (一种种: a measure word reduplicated)."""
    ch, end = text[start], start + 2
    stranded = _stranded(text, start)
    floor = OUTWEIGHS * _count(lex, ch * 2)
    if start - 1 in stranded and text[start - 1] not in NUMERALS and _count(lex, text[start - 1] + ch) >= floor:
        return text[start - 1] + ch
    if end in stranded and not lex.is_function_word(text[end]) and _count(lex, ch + text[end]) >= floor:
        return ch + text[end]  # (not before a function word, which the reduplication takes as it is: 早早|就订满了)
    return None


def _stranded(text: str, start: int) -> set[int]:
    """Where the segmentation of the clause around the double at `start` leaves a character alone, a word of one."""
    lo, hi = _window(text, start, start + 2)
    return {t[0] + lo for t in _spans(text[lo:hi]) if t[1] - t[0] == 1}


def _orphaned(lex: Lexicon, text: str, start: int) -> str | None:
    """The word one copy makes with the character before it, where the reduplication's reading leaves that character
    alone and the dictionary tags it a morpheme, which stands in no sentence as a word of its own (jieba's `ng`,
    `vg`, `ag`, `zg`…: 纠 of 纠纷, 矛盾纠|纷纷): only the stutter's reading gives it a word (纠纷). Not a surname's
    character, nor a name the dictionary lists (those open a given name said twice: 李|娜娜)."""
    ch = text[start]
    if start == 0 or not HAN.match(before := text[start - 1]) or before in SURNAMES:
        return None
    if start - 1 not in _stranded(text, start):
        return None
    tag, word = lex.tags.get(before, ""), before + ch
    if len(tag) == 2 and tag.endswith("g") and _is_word(lex, word) and not lex.tags.get(word, "").startswith("nr"):
        return word
    return None


def _free_copies(lex: Lexicon, text: str, start: int, spans: tuple[Span, ...], before: Span | None, right: Span,
                 article: str = "") -> Reading:
    """Two copies that jieba leaves as single characters."""
    ch, end = text[start], start + 2
    if _after_numeral(lex, text, start):
        if text[start - 1] == "一" and _one_by_one_beside(text, start):
            return Reading(True, f"「一{ch * 2}」 stands beside another 「一」 and a character said twice")
        if borrowed := _borrowed_measure(lex, text, start):
            return borrowed  # 一托托进口冻品
        return Reading(False, f"「{ch}」 doubled after a numeral")
    if _after_demonstrative(lex, text, start):
        return Reading(False, f"「{ch}」 doubled after 「{text[start - 1]}」")  # 这座座书房
    if ch == SETTLE and before is not None and before[2] in SETTLE_AFTER:
        # an adverb modifies a verb, and no aspect particle follows it alone: after one, 了 is the verb (liǎo, to settle,
        # 事情就了了: the matter is settled), the second its particle. Only adverbs that are nothing else (not 还, also
        # the verb to return, nor 异常, also abnormal: 收入异常了, a stray copy after it)
        return Reading(True, f"「{before[2]}」 takes the verb 「{ch}」, the second 「{ch}」 its aspect particle")
    if ch in ASPECTS:
        if before is not None and lex.tag(before[2]) == "v" and before[2] not in AUXILIARIES:
            return Reading(False, f"aspect particle 「{ch}」 doubled after a verb")
        return Reading(True, f"verb 「{ch}」 with its aspect particle")  # 他过过三个新年
    if (ch in EVERY_ASKED and before is not None and len(before[2]) == 1 and HAN.match(before[2])
            and not lex.is_function_word(before[2]) and not _clause_ends(text, end)):
        # a question word after a verb of one character and again before the predicate of the clause it opens: whatever
        # (whoever) the verb takes, the clause holds of it (种啥啥不长, 干啥啥行, 找谁谁不在; jieba tags 种 a measure word,
        # 香 a noun); at a clause's end one is stray (你想吃啥啥？)
        return Reading(True, f"the first 「{ch}」 is what 「{before[2]}」 takes, the second opens the clause after it")
    if lex.is_function_word(ch) or ch in COPULAS:
        # (在 opens no such verb: 在建, 在外, 在场 name a state, and nothing stands between their characters)
        if ch not in COPULAS + PREP_VERB and _split_verb(lex, ch, spans, right):
            return Reading(True, f"the second 「{ch}」 opens a verb split by its object")  # 把|把文字关
        return Reading(False, f"doubled function word 「{ch}」")
    if lex.is_localizer(ch):
        return Reading(False, f"localizer 「{ch}」 doubled")  # 实践中中，
    if lex.tag(ch) == "k":
        return Reading(False, f"suffix 「{ch}」 doubled")  # 工人们们
    if ch in DEGREE or ch in AUXILIARIES or ch in STATIVE or ch in PRONOUNS:
        return Reading(False, f"「{ch}」 does not reduplicate")  # 很很高, 能能建, 下沉到到基层, 您您怎么看
    if _graded(lex, text, start):
        # (with neither copy in a word of its neighbour's, one is stray; 很快|快乐 is two words, not asked here)
        return Reading(False, f"「{ch * 2}」 takes no degree adverb")  # 很难难把它…
    after = next((t for t in spans if t[0] == right[1]), None)
    if ch in "来去" and after is not None and lex.tag(after[2]) == "v":
        # 来 and 去 before a verb say what one comes or goes to do (去拍视频), and have no tentative form (*去去 a little);
        # before an adverb 去去 is the idiom's (去去就来)
        return Reading(False, f"「{ch}」 doubled before the verb it leads to")  # 划着救生艇去去拍视频
    if ch in MEET and after is not None and lex.tag(after[2]) in ("v", "p"):
        return Reading(False, f"auxiliary 「{ch}」 doubled before a verb or a preposition")  # 就会会发出, 会会由…控制, not 会会老朋友
    if ch in CAUSATIVES and (moved := _moved(lex, spans, right)):
        # a causative said twice is the tentative 让让 (make way a little), which moves no one: before whom it
        # moves and what they are moved to (让|让观众|记住, 让|让部分农户|收, 让|让群众|在家门口…) one copy is stray
        return Reading(False, f"causative 「{ch}」 doubled before 「{moved}」")  # 要让让观众记住
    if lex.tag(ch) == "a" and after is not None and lex.tag(after[2]) == "n" and len(after[2]) > 1:
        # (a shop's or a brand's name in quotation marks of its own coins what it likes, ‘巧巧裁缝铺’: for the editor)
        return Reading(False, f"reduplicated 「{ch * 2}」 takes 的 before a noun",
                       doubtful=_quoted_name(text, start, start + 2))  # 新新产品, not 红红的脸
    if lex.tag(ch) == "a" and text[end : end + 1] == SETTLE and not _starts_word(lex, text, end):
        # an adjective said twice describes a vivid state (甜甜的), which takes no perfective: 变甜了, never 变甜甜了 (a
        # verb said for a try may close a clause on it colloquially, 看看了，)
        return Reading(False, f"reduplicated 「{ch * 2}」 takes no 「{SETTLE}」")  # 水变甜甜了，
    if (taken := _complemented(text, end)) and (lex.tag(ch) == "v" or taken == "了" and not _is_word(lex, ch * 2)):
        # (nor does a double the dictionary lacks take the perfective, whatever jieba tags its character, 成 also a
        # noun: the perfective after a word said twice is the tentative verb's, 看了看, never a name's nor a noun's)
        return Reading(False, f"reduplicated 「{ch * 2}」 takes no 「{taken}」")  # 吓吓得直哭, 待待不了, 图案成成了
    if result := _resulting(lex, text, start, after, article):
        return Reading(False, f"a verb said for a try takes no complement: 「{ch}{result}」")  # 守守在地里, 卖卖给
    word = _restores_word(text, start, end)
    if word:
        return Reading(False, f"one 「{ch}」 restores 「{word}」")  # 私搭搭乱建
    following = text[end : end + 1]
    if ch in SAYING and (following in ("：", ":") or following in ("，", ",") and text[end + 1 : end + 2] in tuple(OPENERS)):
        return Reading(False, f"「{ch}」 doubled before the speech it introduces")  # 顾昌华说说：“…, not 大家都说说。
    if ch in SAYING and _clause_ends(text, end) and _attributes(text, start):
        return Reading(False, f"「{ch}」 doubled where it names the speaker of the quotation before it")  # …”吕娜说说。
    # a name doubles its given name (李雯雯, 田豆豆), never its surname: a surname printed twice and followed by
    # more of the name (肖肖曙光) is a stutter. A given name rarely opens with a verb or a function word, so a
    # doubled surname character followed by one (丁丁说) may be a whole nickname. After a surname standing alone
    # the double is the given name (王林林); a surname's character that ends a word is none (主任|吕吕娜: 任 of 主任).
    # Nor is it a surname where the first copy closes a term the article prints on its own and the second opens
    # another (青溪江|江澄段, a river and its reach, beside 青溪江畔 and 江澄市): two of the article's words meet.
    after_surname = text[start - 1 : start] in SURNAMES and (before is None or len(before[2]) == 1)
    if (ch in SURNAMES and not after_surname and HAN.match(following) and lex.may_be_given(following)
            and not _closes_own_term(lex, article, text, start, text[start + 1 : end + 1], least=3)):
        return Reading(False, f"surname 「{ch}」 doubled before a given name")  # 肖肖曙光, not 李雯雯, 丁丁说
    # …and a name of a surname and a doubled character has three (李雯雯): a surname's name with the double
    # and one more character besides (吕桐桐溪, 吕书茂茂) is four, longer than a Han name; only characters a
    # given name may hold count, each standing alone in the segmentation (吕书茂茂|说, not 吕娜娜|说), and
    # not where the article prints it so again (a stutter is not repeated: the name is spelt so).
    if lex.may_be_given(ch) and (name := _four_char_name(lex, text, start)) and article.count(name) <= 1:
        return Reading(False, f"「{name}」 is no name: one of its 「{ch}」 is a stray copy")
    return Reading(True, "a reduplication or a name the dictionary does not know")  # 丽丽, 说说


def _moved(lex: Lexicon, spans: tuple[Span, ...], right: Span) -> str | None:
    """Whom a causative after the double moves and how, or None: up to three nouns or a pronoun (农户, 部分|农户), then a
    verb, a preposition or a stative word opening what they are moved to do (记住, 在家门口…, 选得明白). Not a copula nor
    an adverb, which follow whom the tentative 让让 (give way to) takes as well (让让弟弟就是了, 让让老人是应该的)."""
    rest = [t for t in spans if t[0] >= right[1]]
    k = 0
    while k < min(3, len(rest)) and lex.tag(rest[k][2]) in ("n", "r"):
        k += 1
    if not 0 < k < len(rest) or rest[k][2] in COPULAS or lex.tag(rest[k][2]) not in ("v", "p", "z"):
        return None
    return "".join(t[2] for t in rest[: k + 1])


def _resulting(lex: Lexicon, text: str, start: int, after: Span | None, article: str) -> str | None:
    """The complement of result or place a verb said twice stands before (守守|在地里, 卖卖|给, 借借|到), or None. A verb
    said for a try does it a little and arrives nowhere: it takes no such complement (*放放在桌上, *跑跑完), so one copy
    is stray. Not a verb that takes a topic or a question (TOPICAL: 谈谈|在基层的体会), nor before a question or a
    phrase that closes on 的 (摆摆在哪儿好看, 尝尝在书房做的月饼), nor after a surname (武亮亮|在: a name), nor where
    the article prints the double again (a stray copy falls once)."""
    ch = text[start]
    if (after is None or after[2] not in RESULTS or lex.tag(ch) != "v" or ch in TOPICAL
            or text[start - 1 : start] in SURNAMES or article.count(ch * 2) > 1):
        return None
    rest = text[start + 3 : _clause_end(text, start + 3)]
    if any(c in ASKING for c in rest) or "的" in rest:
        return None
    return after[2]


def _four_char_name(lex: Lexicon, text: str, start: int) -> str | None:
    """The four characters around the double text[start:start + 2] that read as surname, given character and
    the double (吕书茂茂) or surname, double and given character (吕桐桐溪), each standing alone in the
    segmentation, the double's neighbours characters a given name may hold, no mark among them (“养老钱”年年 is none)."""
    alone = _stranded(text, start)
    for first in (start - 2, start - 1):
        name = text[first : first + 4] if first >= 0 else ""
        if (len(name) == 4 and han_only(name) == name and name[0] in SURNAMES and set(range(first, first + 4)) <= alone
                and all(lex.may_be_given(c) for c in name[1:]) and not (first == start - 1 and name[3] in NUMERALS)):
            # (not a numeral after the double, which counts what follows: 钟芳芳|一人撑起, the name has three)
            return name
    return None


VIVID = ("a", "z", "v", "ad")  # words said AABB: adjectives, words of state, verbs
COINAGE = 6  # Han characters: the longest term in quotation marks read as the writer's coinage (“金果果”, “致富果果”)


def _closes_coinage(text: str, end: int) -> bool:
    """The double ending at `end` closes a short term in quotation marks: the mark closes right after it, and
    opened at most COINAGE characters before."""
    if text[end : end + 1] not in "”’」":
        return False
    opened = max(text.rfind(mark, 0, end) for mark in "“‘「")
    return opened >= 0 and 0 < end - opened - 1 <= COINAGE


def _complemented(text: str, end: int) -> str | None:
    """The word after the double ending at `end`, in the clause's segmentation, when a reduplicated verb
    cannot take it (see UNREDUPLICATED), or None: the perfective with an object or an amount after it (喝喝了几十年,
    买买了5本书, 讲讲了《民法典》: an opening mark starts the object; 看看了， may close a clause colloquially)."""
    word, following = _word_after(text, end), text[end + 1 : end + 2]
    if (word in UNREDUPLICATED or word in DIRECTIONAL and not (word == PAST and text[end - 1] in TOPICAL)
            or word == "了" and (HAN.match(following) or following.isdigit() or following in OPENERS)):
        return word
    return None


def _attributes(text: str, start: int) -> bool:
    """text[start] follows a closing quotation mark and a few Han characters only (`…。”吕娜说`): the verb of
    saying there names who spoke the quotation, and says it once (*…”吕娜说说。; 大家都说说 is no
    attribution)."""
    lo = start
    while lo > 0 and start - lo <= 10 and HAN.match(text[lo - 1]):
        lo -= 1
    return lo > 0 and start - lo <= 10 and text[lo - 1] in "”」』"


def _closes_frame(lex: Lexicon, text: str, start: int, end: int) -> str | None:
    """The frame preposition (在, 当) that text[start:end], 时 or a localizer printed twice at a clause's end,
    closes: one standing as a word of its own earlier in the clause (not the 在 of 现在 or 正在), the frame not
    closed already and the double no item of a list (在工作中时时、处处: adverbs, not the frame's end)."""
    if (not _clause_closed(text, end) or not _frame_closer(lex, text[start])
            or start == 0 or _frame_closer(lex, text[start - 1])):
        return None
    return next((token for token in lex.cut(text[_clause_start(text, start) : start]) if token in FRAMES), None)


def _clause_closed(text: str, end: int) -> bool:
    """A clause ends at text[end], and not on an enumeration comma (时时、处处: a list's items, not a clause's end)."""
    return _clause_ends(text, end) and text[end : end + 1] != "、"


def _clause_start(text: str, i: int) -> int:
    """Where the clause holding text[i] opens: after the mark or the opening quote before it."""
    while i > 0 and text[i - 1] not in CLAUSE_END + OPENERS:
        i -= 1
    return i


def _time_clause(lex: Lexicon, text: str, start: int, end: int) -> str | None:
    """The verb of two characters or more that 时 printed twice at a clause's end follows (采访结束时时，): 时 after a
    verb closes a clause of time (when the interview ended), with or without 在 or 当 before it, and 时时 (always) is
    an adverb, which modifies what follows it, never a clause's last word. (Not after a modal, 要时时，处处: the
    adverb's, said before a list of its kind.)"""
    if text[start] != "时" or not _clause_closed(text, end):
        return None
    words = lex.cut(text[_clause_start(text, start) : start])
    return words[-1] if words and len(words[-1]) > 1 and lex.tag(words[-1]) == "v" else None


def _frame_closer(lex: Lexicon, ch: str) -> bool:
    return ch == "时" or lex.is_localizer(ch)


def _adverb(lex: Lexicon, ch: str) -> bool:
    """A reduplicated adverb (常常, 渐渐) modifies what follows it; before a clause end nothing does. Only
    jieba's adverbs count: its time words and nouns (明明, 天天, 妈妈) are also children's names."""
    return lex.tag(ch * 2) == "d"


def _recurs_after(lex: Lexicon, text: str, start: int) -> bool:
    """The double is an adverb of recurrence (连连, 频频, 纷纷) right after a word naming what recurs (a thing or an
    event, a word of two characters or more, no function word): its predicate, as Chinese sets one at a clause's end
    (好评连连, 事故频频, 议论纷纷), which no other adverb is."""
    before = lex.cut(text[max(0, start - 4) : start])[-1] if start else ""
    return (text[start : start + 2] in RECURRENCE and len(before) > 1 and han_only(before) == before
            and not lex.is_function_word(before))


def _split_verb(lex: Lexicon, ch: str, spans: tuple[Span, ...], right: Span) -> bool:
    """The second copy and the word after its object make a verb (把 … 关 → 把关): a separable verb."""
    after = [t for t in spans if t[0] >= right[1]]
    if len(after) < 2 or lex.tag(after[0][2]) not in ("n", "r"):
        return False
    return lex.tag(ch + after[1][2][0]) == "v" and _is_word(lex, ch + after[1][2][0])


def _speech(lex: Lexicon, text: str, start: int, end: int) -> bool:
    """A word repeated as a whole utterance, between a clause start (or a verb of saying) and a clause end:
    `“来来来，`, `都说好好好。`, `对对，`. A stutter seldom fills a clause; particles never do."""
    if lex.tag(text[start]) == "u" or not (end >= len(text) or text[end] in UTTERANCE_EDGE + CLOSERS):
        return False
    prev = text[start - 1] if start else ""
    if prev == "" or prev in UTTERANCE_EDGE + OPENERS:
        return True
    # a verb of saying (都说|好好好), not the first character of a noun the run's character ends (问题|题题)
    return prev in SAYING and lex.tag(prev + text[start]) != "n"


def _spelled(lex: Lexicon, article: str, text: str, start: int, end: int, keep: int = 1) -> str | None:
    """Where the article prints the character repeated in text[start:end] `keep` times between the same
    characters (a name, a place, a term: 林晓萍 beside 林晓晓萍, 桐溪现代 beside 桐溪溪现代; with keep 2, 胶州市市场
    beside 胶州市市市场) and never as here between them, that spelling: the article's own evidence that the run is
    a stutter of it. Both sides must match: a match on one side is no evidence (每天 beside 天天). A mark may be
    part of the match (`、碳中和` beside `、碳碳中和`: a clause's edge is context too), but only Han characters count
    towards the length asked."""
    ch = text[start]
    if start == 0 or text[start - 1 : start] + ch * keep + text[end : end + 1] not in article:
        return None  # every window below holds these characters: one search rules most runs out
    need = FREELY if lex.tag(ch) in ("v", "a", "d") else SPELLED
    for a in range(1, CONTEXT + 1):
        for b in range(1, CONTEXT + 1):
            if a + b + keep < need or start < a or end + b > len(text):
                continue
            spelled = text[start - a : start] + ch * keep + text[end : end + b]
            if (len(han_only(spelled)) >= need and article.count(text[start - a : end + b]) == 1
                    and _printed_alike(lex, article, spelled, text[start - a - 1 : start - a] if a == 1 else None,
                                       text[end + b : end + b + 1] if b == 1 else None)):
                return spelled
    return None


def _printed_alike(lex: Lexicon, article: str, spelled: str, before: str | None, after: str | None) -> bool:
    """The article prints `spelled` where neither of its edge characters next to the double makes a word with the
    character beyond it that it does not make here (between `before` and `after`; None: the edge is not next to the
    double): 县级博物馆长期… prints no 博物馆长 (a curator), for 长 opens 长期 there; a name or a term printed again
    (林晓萍说) is read alike."""
    at = article.find(spelled)
    while at >= 0:
        left, right = article[max(0, at - 1) : at], article[at + len(spelled) : at + len(spelled) + 1]
        if ((after is None or right in ("", after) or not _is_word(lex, spelled[-1] + right))
                and (before is None or left in ("", before) or not _is_word(lex, left + spelled[0]))):
            return True
        at = article.find(spelled, at + 1)
    return False


def _spelled_so(article: str, text: str, start: int) -> bool:
    """The article prints the double between the same characters again (耕地地力 in a policy's name, three times): a
    stray copy falls at random and is not printed twice alike, so a double both readings allow, or one read a stutter
    only because jieba leaves a copy stranded (产业链|链主, the chain's leading firm, a term it lacks) unless one copy
    restores a word (近年年来: 近年来), is the writer's there, nothing for the editor. (A passage printed twice, stray
    copy and all, is dropped by the repeats pass before this one reads it.)"""
    return 0 < start and start + 3 <= len(text) and article.count(text[start - 1 : start + 3]) > 1


def _term_doubled(article: str, text: str, start: int) -> bool:
    """The article prints the double with the same character after it TERM_DOUBLED times or more (原原种, pre-basic seed,
    beside 原种 in a seed grower's report), after more than one character elsewhere: a term of the trade that opens on
    the character doubled, whatever the dictionary makes of it. A stray copy falls at random, never thrice alike. (Not
    the character before: a term may end where a word opens on the character, 人民|民主, and a stray copy fall after it,
    人民|民|陪审员. Nor where the prints elsewhere all follow one character: the first copy there closes the word before,
    槐川市|市中区, and the double is no term.)"""
    if start + 3 > len(text):
        return False
    term = text[start : start + 3]
    before = Counter(article[max(0, m.start() - 1) : m.start()].strip() for m in re.finditer(re.escape(term), article))
    before[text[start - 1 : start]] -= 1  # this print (a paragraph's start: none)
    return sum(before.values()) + 1 >= TERM_DOUBLED and sum(n > 0 for n in before.values()) > 1


def _ends_word(lex: Lexicon, text: str, at: int) -> bool:
    """A dictionary word of two to four characters ends on text[at] (宣传部 on 部, 羊肚菌 on 菌)."""
    return any(_is_word(lex, text[at - j : at + 1]) for j in range(1, TERM) if at >= j)


def _starts_word(lex: Lexicon, text: str, at: int) -> bool:
    """A dictionary word of two to four characters starts on text[at] (部长 on 部, 菌株 on 菌)."""
    return any(_is_word(lex, text[at : at + j + 1]) for j in range(1, TERM) if at + j < len(text))


def _printed_once_beside(lex: Lexicon, article: str, text: str, start: int) -> str | None:
    """A name or term that the article prints elsewhere with the doubled character once, on one side of the double
    (郑晓东 beside 郑郑晓东, 直播带货 beside 直播带货货, the name 娄苇 beside 娄娄苇), the copy on the other side
    stranded: it makes no word with its neighbour (宣传部|部长: 部长 is a word, both copies the text's), and that
    neighbour is a word, a function word or a mark of its own (…带货|货|增收, not 平菇菌|菌棒: a compound the
    dictionary lacks may go on from the copy). One side is evidence here where `_spelled` asks for both, because the
    character is no reduplication the dictionary knows: a doubled 声 may be meant (国歌|声声|入耳, though the article
    prints 国歌声), a doubled 聪 or 货 is not. Elsewhere the character must open (close) the term, not end (open) a word
    before (after) it: 逐渐成为 is no evidence for 渐渐成为. On the labelled articles no legitimate double has such
    evidence; of the stutters generated on them that the readings above keep, 1 in 10 has."""
    ch, end = text[start], start + 2
    if _is_word(lex, ch * 2):
        return None
    # (a copy that makes a word of the dictionary's with the character beside it is not stranded: 自住|住房, 自住
    # self-occupied, beside the article's 住房的, may be two words meeting; nor one that closes a term the article
    # prints on its own, a name of three characters at least, `_closes_own_term`: 青溪江|江澄段 beside 青溪江畔 and
    # 江澄段水位; two characters, 的老 or 着绣, are printed anywhere)
    first_free = not (start and lex.words.get(text[start - 1] + ch))
    second_free = not (text[end : end + 1] and lex.words.get(ch + text[end]))
    for k in range(TERM, 0, -1):
        after, before = text[end : end + k], text[max(0, start - k) : start]
        if k == 1 and (_is_word(lex, ch + after) or _is_word(lex, before + ch)):
            continue  # two characters: only a name the dictionary lacks (娄苇); one of its words (现在) may meet another
            # on the character (现在|在北京), and is printed anywhere; nor when the other character opens (closes) a word
            # of its own beyond the pair (说说|一路上: 说一 is printed wherever a verb meets a numeral, and names nothing)
        if (len(after) == k and han_only(after) == after and first_free and not _ends_word(lex, text, start)
                and not _closes_own_term(lex, article, text, start, ch + after, least=3)
                and not (k == 1 and _starts_word(lex, text, end))
                and _stands_apart(lex, text, start - 1, before=True) and _opens_elsewhere(lex, article, ch + after)):
            return ch + after
        if (len(before) == k and han_only(before) == before and second_free and not _starts_word(lex, text, start + 1)
                and not (k == 1 and _ends_word(lex, text, start - 1))
                and _stands_apart(lex, text, end, before=False) and _opens_elsewhere(lex, article, before + ch, last=True)):
            return before + ch
    return None


def _term_used_apart(lex: Lexicon, article: str, text: str, end: int) -> str | None:
    """The copy text[end - 1] with the character after it (not a particle: 的, 了), a pair that the article prints
    elsewhere at least USED_APART times as a term of its own: a word of its own in the clause's segmentation or each
    character one, the first not doubled (`_opens_elsewhere`). A term of the writer's trade (场均, per game; 船东, a
    shipowner, which jieba reads here across the name after it: 货船|船|东周|建军), not a stray copy before a word that
    starts on the next character and that the article prints elsewhere too (标准化|化|公厕 beside 新建公厕); a word the
    next character merely could start, printed nowhere else (东周), is no evidence against the term."""
    term = text[end - 1 : end + 1]
    if (len(term) < 2 or not HAN.match(term[1]) or lex.tag(term[1]) == "u"
            or any(_is_word(lex, word := text[end : end + j + 1]) and article.count(word) > 1
                   for j in range(1, TERM) if end + j < len(text))):
        return None
    apart = 0
    for m in re.finditer(re.escape(term), article):
        lo, hi = _window(article, m.start(), m.end())
        cuts = {t[0] + lo for t in _spans(article[lo:hi])} | {hi}
        apart += {m.start(), m.end()} <= cuts and _opens_elsewhere(lex, article[max(0, m.start() - 1) : m.end()], term)
    return term if apart >= USED_APART else None


def _name_ending(lex: Lexicon, text: str, at: int) -> str | None:
    """A person's name closing on text[at] (a common surname and one or two characters, `Lexicon.names`)."""
    for k in (2, 1):
        name = text[max(0, at - k) : at + 1]
        if len(name) == k + 1 and lex.names(name) == [name]:
            return name
    return None


def _may_close_name(lex: Lexicon, spans: tuple[Span, ...], before: Span | None, ch: str) -> bool:
    """The copy, no particle, preposition, conjunction or interjection, may close a person's name: the character before
    it, a word alone, is a common surname (张|敏), or one a given name may hold after a surname, each alone (赵|德|发;
    names hold a verb's character too, 赵振强)."""
    if before is None or len(before[2]) != 1 or NAMELESS & {lex.tag(ch), lex.tag(before[2])}:
        return False  # (于|民|民主: 于 is a surname, and a preposition there)
    prior = next((t for t in spans if t[1] == before[0]), None)
    return before[2] in SURNAMES or prior is not None and len(prior[2]) == 1 and prior[2] in SURNAMES


def _name_before(lex: Lexicon, article: str, text: str, start: int) -> str | None:
    """A person's name closing on text[start] that the article prints at least NAMED times more, never with the text
    after the double right after it (杜老 beside 杜老太 is 杜老太 said with one 老): the name, whole."""
    name = _name_ending(lex, text, start)
    if name and article.count(name) > NAMED and name + text[start + 2 : start + 3] not in article:
        return name
    return None


def _name_closed(lex: Lexicon, article: str, text: str, start: int) -> str | None:
    """A person's name closing on the doubled character (方秀兰|兰，) that the article prints at least NAMED_ONCE times
    elsewhere, never with the character again after it, where the second copy opens no word with what follows (王强|
    强调 is the name and a verb): the article's own spelling of the name, though the dictionary lists the double as
    a word (兰兰) and the text after the name differs each time, so `_spelled` finds no match on both sides."""
    name = None if _starts_word(lex, text, start + 1) else _name_ending(lex, text, start)
    if name:
        after = [article[m.end() : m.end() + 1] for m in re.finditer(re.escape(name), article)]
        if after.count(text[start]) == 1 and len(after) - 1 >= NAMED_ONCE:  # (the one with the character again is here)
            return name
    return None


def _name_inside(lex: Lexicon, article: str, text: str, start: int) -> str | None:
    """A person's name opening on a common surname just before the double (顾|承承|志) or a place's closing on its unit
    just after it (岚山|山|县), that the article prints at least NAMED_ONCE times elsewhere with one copy and never with
    two: a name holds no reduplication inside it (a given name doubles whole, 张丽丽), so the copy is stray. Not where the
    surname's character and the copy make a word (由于|于是), nor for a double the dictionary lists (小小宇 may be a
    child's pet name beside 小宇)."""
    ch, end = text[start], start + 2
    if start == 0 or end >= len(text) or _is_word(lex, ch * 2):
        return None
    person = text[start - 1] in SURNAMES and not _is_word(lex, text[start - 1] + ch)
    place = text[end] in ADMINISTRATIVE and not _is_word(lex, ch + text[end])
    name = text[start - 1] + ch + text[end]
    if (person or place) and article.count(text[start - 1 : end + 1]) == 1 and article.count(name) >= NAMED_ONCE:
        return name
    return None


def _dateline_place(article: str, text: str, start: int) -> str | None:
    """The double (or a longer run) lies in a dateline's place (本报云云岭电, 本报江州州州电) that the article names
    elsewhere with one copy and never with two (云岭 in 云岭县): a place's name is spelled one way, so the copy is stray."""
    for m in DATELINE_PLACE.finditer(text):
        if m.start(1) <= start and start + 2 <= m.end(1):
            one = re.sub(f"{text[start]}{{2,}}", text[start], m[1], count=1)
            return one if len(one) > 1 and one in article.replace(m[1], "") else None
    return None


def _closes_own_term(lex: Lexicon, article: str, text: str, start: int, word: str, least: int = 2) -> str | None:
    """The first copy closes a term the dictionary lacks (a place's or a club's name: 槐溪|溪畔队) that the article
    prints elsewhere ending on the character (槐溪体育场), and the second opens `word`, which the article prints
    elsewhere without the copy before it (溪畔队): two of the article's own words meeting on the character, as 宣传部|
    部长 do, not a stray copy (a stutter's stranded copy makes no term the article prints). The term: the character
    and the one or two before it, `least` characters at least, printed elsewhere without the rest of `word` after it
    (能源消 is no term where the article prints only 能源消纳: 能源|消纳 there). A term of three ending on a noun
    (光伏板, the solar panel, printed alone elsewhere) vouches for a word of the dictionary's after it (板面, the
    panel's face) that the article prints only here."""
    for k in range(least - 1, 3):
        term = text[max(0, start - k) : start + 1]
        if (len(term) == k + 1 and han_only(term) == term and not _is_word(lex, term)
                and article.count(term) > 1
                and _opens_elsewhere(lex, article.replace(term + word[1:], ""), term, last=True)
                and (_opens_elsewhere(lex, article, word)
                     or k == 2 and lex.tag(term[-1]) == "n" and _is_word(lex, word))):
            return term
    return None


def _stands_apart(lex: Lexicon, text: str, at: int, before: bool) -> bool:
    """text[at], right `before` the double (or right after it), is no Han character (or outside the text), a
    function word, or the edge of a dictionary word: the last character of one before the double, the first after."""
    if not 0 <= at < len(text) or not HAN.match(text[at]) or lex.is_function_word(text[at]):
        return True
    return _ends_word(lex, text, at) if before else _starts_word(lex, text, at)


def _opens_elsewhere(lex: Lexicon, article: str, term: str, last: bool = False) -> bool:
    """The article prints `term` with its first character (`last`: its last) as the term's edge: not doubled there,
    nor ending (opening) a word with the character beside it, nor a number's unit after its numeral (第5年开展 is
    no 年开展 for 年年开展)."""
    ch = term[-1] if last else term[0]
    for m in re.finditer(re.escape(term), article):
        beside = article[m.end() : m.end() + 1] if last else article[max(0, m.start() - 1) : m.start()]
        if (beside != ch and not (beside and _is_word(lex, ch + beside if last else beside + ch))
                and (last or beside not in NUMERALS)):
            return True
    return False


def _year(text: str, end: int) -> bool:
    """The Chinese digits running on from text[end] close a year (一九九九年: 九 three times is the year's)."""
    while end < len(text) and text[end] in DIGITS:
        end += 1
    return text[end : end + 1] == "年"


def judge(text: str, start: int, end: int, article: str = "", runs_on: bool = False) -> Verdict | None:
    """Decide about the run text[start:end] of one repeated character; None: a legitimate repeat. `runs_on`: the
    text is a paragraph's, whose sentence goes on past its end where that has no mark (a heading's does not).
    Two copies are judged by `_double`, and where that finds no stutter, by how the `article` (its whole
    text) spells the word elsewhere; three or more are always a stutter (`改造造造` → `改造`), flagged when
    two copies would be a sure reduplication (`一层层层`) unless one copy reads TRIPLE_ODDS times likelier (`学学学习`:
    the dictionary lists 学学习, but 学习 is two thousand times as common; `一个个个`), cut to two where the article
    prints two there (`_spelled`)."""
    lex = lexicon()
    ch, copies = text[start], end - start
    one = text[: start + 1] + text[end:]
    if lex.tag(ch * 2) in SOUNDS or _speech(lex, text, start, end):
        return None  # onomatopoeia, interjections and words said again: 哈哈哈, “来来来，
    if (copies > 2 and (_is_word(lex, ch * copies) or lex.tag(ch * copies) in (*SOUNDS, *IDIOMS))
            and not (start and _is_word(lex, text[start - 1] + ch))):
        return None  # the whole run is a word: 六六六 (a pesticide), 来来来, a sound however seldom counted (突突突地开进);
        # not where the word before takes the first copy (价|格格格: 价格)
    if (ch in DIGITS and ((text[start - 1 : start] or "x") in DIGITS or (text[end : end + 1] or "x") in DIGITS)
            and (copies == 2 or _year(text, end))):
        return None  # a number written in Chinese digits: 一九九九年, 二〇二二年; three copies only in a year's (四四四五个)
    if ch in COMITATIVE and text[end : end + 1] == "相" and lex.tag(text[end + 1 : end + 3]) == "v":
        # neither one copy (参与|相结合) nor two (与|相结合, partner missing) gives the verb its partner
        return Verdict("flagged", 1, one, f"「{ch}」 repeated before a reciprocal 「相」 verb: its partner may be missing", 0.5)
    if copies == 2:
        reading = _double(text, start, article)
        if ((reading.legit or reading.doubtful) and not reading.certain
                and (once := _spelled(lex, article, text, start, start + 2)
                         or _printed_once_beside(lex, article, text, start) or _name_closed(lex, article, text, start)
                         or _name_inside(lex, article, text, start) or _dateline_place(article, text, start))):
            return Verdict("applied", 1, one, f"the article prints 「{once}」 elsewhere, with one 「{ch}」", 0.8)
        if (reading.legit or _term_doubled(article, text, start)
                or (reading.doubtful or reading.stranded and not _restores_word(text, start, start + 2))
                and _spelled_so(article, text, start)):
            return None
        if reading.doubtful:
            return Verdict("flagged", 1, one, f"perhaps a stutter: {reading.reason}", 0.5)
        if runs_on and end == len(text):
            # the paragraph breaks off on the double (a page's last line, its end lost): the words after it, which
            # tell a stray copy from a reduplication (好好|守护, 的的|确确), are not there to read
            return Verdict("flagged", 1, one, f"perhaps a stutter ({reading.reason}), but the text breaks off after it",
                           0.5)
        if _is_word(lex, ch * 2) and _quoted_name(text, start, end):
            # a name in quotation marks of its own coins what it likes (“小小河医生”: 小小|河医生, tiny river doctors,
            # where jieba reads 小|小河|医生): a double the dictionary lists is put to the editor there
            return Verdict("flagged", 1, one, f"perhaps a stutter: {reading.reason}; the quoted name may say 「{ch * 2}」", 0.5)
        return Verdict("applied", 1, one, reading.reason, 0.85 if lex.is_function_word(ch) else 0.9)
    two = text[: start + 2] + text[end:]
    if copies == 3 and start and text[start - 1] in FEW and ch in RECURRING:
        # a few days, then every day (这几天|天天下雨, 这些天|天天往田里跑): the first copy closes the period, the other two
        # say how often in it; or a stray copy (这几天下雨): both Chinese, for the editor
        period = text[max(0, start - 2) : start + 1].lstrip("，。、；：")
        return Verdict("flagged", 1, one, f"perhaps a stutter: 「{period}」 may name a period, 「{ch * 2}」 how often in it",
                       0.5)
    if place := _dateline_place(article, text, start):
        why = f"「{ch}」 {copies} times in a dateline's place, which the article prints 「{place}」"
        return Verdict("applied", 1, one, why, 0.8)
    reading = _double(two, start, article)
    if reading.certain and not _likelier_once(lex, two, start, TRIPLE_ODDS):  # 科学学|学容不得, 好干部部|部: once
        return Verdict("flagged", 2, two, f"「{ch}」 {copies} times: two copies ({reading.reason}) or one", 0.5)
    if (reading.legit or reading.doubtful) and (twice := _spelled(lex, article, text, start, end, keep=2)):
        return Verdict("applied", 2, two, f"「{ch}」 {copies} times: the article prints 「{twice}」 elsewhere, with two", 0.8)
    lo, hi = _window(text, start, end)
    glued = any(t0 < start - lo < t1 and t1 - t0 > 1 for t0, t1, _ in _spans(text[lo:hi]))
    if glued and lex.is_function_word(ch):
        return Verdict("applied", 1, one, f"「{ch}」 {copies} times after a word ending in it: text may be missing", 0.75)
    return Verdict("applied", 1, one, f"「{ch}」 printed {copies} times", 0.9)


QUOTED_NAME = 8  # Han characters at most of a name or a coinage in quotation marks of its own (“小小河医生”, “一站式”)


def _quoted_name(text: str, start: int, end: int) -> bool:
    """The run sits in a short phrase whole in quotation marks, double or single, with no mark inside them: a name, a
    coinage or a colloquial phrase quoted (“小小河医生”, “充充电”)."""
    opening = max(text.rfind("“", 0, start), text.rfind("‘", 0, start))
    closing = text.find("”" if text[opening : opening + 1] == "“" else "’", end) if opening >= 0 else -1
    if closing < 0:
        return False
    inside = text[opening + 1 : closing]
    return han_only(inside) == inside and len(inside) <= QUOTED_NAME


def _fix_block(article: Article, block: Block, decisions: Decisions, spelled: str, at: int,
               taken: dict[str, tuple[int, ...]]) -> tuple[Block, list[Correction]]:
    """Judge every run of the block; `spelled`: the article as printed, where the block starts at `at`; `taken`: the
    ids given so far in the article, with the lines of the block each was given in."""
    text, corrections, offset = block.text, [], 0
    for m in list(RUN.finditer(block.text)):
        s, e = m.start() + offset, m.end() + offset
        near = spelled[max(0, at + m.start() - NEAR) : at + m.end() + NEAR]
        verdict = judge(text, s, e, near, runs_on=block.type != "heading")
        if verdict is None:
            continue
        lo, hi = _window(text, s, e)
        before = text[lo:hi]
        fixed = text[lo : s + verdict.keep] + text[e:hi]
        kind = "stutter" if verdict.action == "applied" else "garble"
        cid = correction_id(kind, article.id, before, fixed)
        if taken.setdefault(cid, block.lines) != block.lines:  # the same words fixed in another paragraph (近年年来
            # twice): that paragraph's lines tell the two apart
            cid = correction_id(kind, article.id, before, fixed, lines=block.lines)
        c = decided(
            Correction(
                id=cid,
                kind=kind,
                action=verdict.action,
                article=article.id,
                before=before,
                after=fixed if verdict.action == "applied" else before,
                reason=verdict.reason,
                confidence=verdict.confidence,
                lines=block.lines,
                suggestion=fixed if verdict.action == "flagged" else None,
            ),
            decisions,
        )
        corrections.append(c)
        if c.action == "applied":
            text = text[:lo] + fixed + text[hi:]
            offset += len(fixed) - len(before)
    return (replace(block, text=text) if text != block.text else block), corrections


def fix_article(article: Article, decisions: Decisions) -> tuple[Article, list[Correction]]:
    """`服务队的的作用` → `服务队的作用`; `改造造造提升` → `改造提升`; `一条条`, `宣传部部长` untouched."""
    if not any(RUN.search(b.text) for b in article.blocks):
        return article, []
    blocks, corrections, taken = [], [], {}
    # the article as printed, before any fix (set-aside text of other articles is no evidence)
    head = "\n".join([article.kicker or "", article.title or "", article.subtitle or ""])
    texts = [b.text if b.type != "fragment" else "" for b in article.blocks]
    spelled = "\n".join([head, *texts])
    starts = accumulate((len(t) + 1 for t in texts), initial=len(head) + 1)  # where each block starts in it
    for block, at in zip(article.blocks, starts):
        if RUN.search(block.text):
            block, found = _fix_block(article, block, decisions, spelled, at, taken)
            corrections.extend(found)
            # a repeat is judged in the text around it, and a fix nearby changes that text: judge again
            # until nothing changes, so that a second run of the pass finds nothing to do
            while any(c.action == "applied" for c in found):
                block, again = _fix_block(article, block, decisions, spelled, at, taken)
                seen = {c.id for c in corrections}
                found = [c for c in again if c.action == "applied" or c.id not in seen]
                corrections.extend(found)
        blocks.append(block)
    if all(a is b for a, b in zip(blocks, article.blocks)):
        return article, corrections
    return replace(article, blocks=tuple(blocks)), corrections


def fix_stutters(cols: tuple[Collection, ...], decisions: Decisions) -> tuple[tuple[Collection, ...], list[Correction]]:
    """Remove OCR stutters, keep reduplications; flag a triple that may hide a legitimate double:
    `服务队的的作用` → `服务队的作用`; `一个个个问题` flagged (suggestion `一个个问题`)."""
    return each_article(fix_article, cols, decisions)
