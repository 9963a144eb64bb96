"""Lines: each raw line's role (kicker, title, the rest of a title broken over two lines, subtitle, byline,
subhead, paragraph, or the rest of the paragraph line before it, cut by a column break), read by a linear-chain CRF over layout and vocabulary features (as GROBID
reads the structure of papers).

The features are plain functions of the page's lines; `train/line_model.py` fits the weights from pages
damaged the way extraction damages them and writes `toolkit/data/lines.crfsuite`.
"""

from __future__ import annotations

import functools
import math
import operator
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from itertools import groupby, repeat
from pathlib import Path
from typing import NamedTuple

from toolkit.hanzi import (ADMINISTRATIVE, ASIDE_ON, BULLETS, BYLINE_MARK, CLAUSE_END, CLOSERS, CONTACT, CREDIT_NOTES,
                           DATE_ALONE, HAN, JUMP_IN, JUMP_OUT, MARKS, MIDDLE_DOTS, NOTES, NO_LINE_END, NO_LINE_START,
                           NUMERALS, OPENERS, PHOTO_CREDIT, SENTENCE_END, SIGNED_DATE, SOURCE_NOTES, bigrams,
                           closes_unopened, enclosed, end_mark, ends_whole, han_only, is_terminated, numeral)
from toolkit.lexicon import BOUND, CAUSATIVES, COMPOUND_SURNAMES, NOT_IN_NAMES, SURNAMES, Lexicon, lexicon
from toolkit.similarity import Vocabulary

# `head`: the first line of an article's head, kicker or title, which the line after it tells: a `title`
# after it makes it the kicker; `title+` is the rest of a title broken in two
ROLES = ("head", "title", "title+", "subtitle", "byline", "heading", "para", "cont")
HEAD_ROLES = ("head", "title", "title+", "subtitle", "byline")
HEAD_LINES = HEAD_ROLES[:4]  # the head's lines above its byline
MODEL = Path(__file__).parent / "data" / "lines.crfsuite"
LEVELS = (0.005, 0.01, 0.02, 0.04, 0.07, 0.12, 0.2)  # cosine levels, log-spaced: 0.01 against 0.03 matters
LEAD = 400  # Han characters after a short line searched for its words (a kicker is named in the lead)
WINDOW = 240  # Han characters of text compared on each side of a line (a lead, the end of a section)
SPAN = 40  # …in at most this many lines (lines of no Han, a list of names, would otherwise stretch it over the page)
PAIRS = ("“”", "‘’", "（）", "《》", "【】", "「」", "()")
COMMAS = "，、；,;"  # the marks between a sentence's clauses
# a dateline opens a lead (本报北京2月15日电, 新华社电, 新华社北京2月24日电; a paper's website or app with the date, 电 or 讯:
# 人民网北京12月1日电, 经济日报北京3月1日讯, without it the name may be a company's, 国网青海电力…; a paper's or a site's
# own news by its name before a bracket, a space or a colon: 槐川晚报讯（记者…）, 槐川网消息：…) or closes an article in
# brackets; 通讯员 (本报通讯员 吕娜) is a reporter's title, no dateline
DATELINE = re.compile(r"^[（(]?(?:(?:本报|新华社|中新社|[\u4e00-\u9fff]{1,4}社)[\u4e00-\u9fff\d月日]{0,12}?[电讯](?!员)"
                      r"|[\u4e00-\u9fff]{1,8}?(?:日报|晚报|网|客户端)[\u4e00-\u9fff]{0,6}[0-9０-９]{1,2}月[0-9０-９]{1,2}日[电讯]"
                      r"|[\u4e00-\u9fff]{1,6}(?:报讯|网消息)(?=[（(\s：:]))")
# a wire story's head line: its dateline, then 题： and its title (新华社北京12月1日电 题：石桥村的“幸福密码”), the reporters'
# byline under it and the lead under that (the dateline's own, `structure` puts it back at the lead's start)
WIRE_TITLE = re.compile(r"(?P<dateline>[^（(题]{2,30}?电)\s*题\s*[:：]\s*(?P<title>\S.*)")
# a section's number (一、, （一）, 1., 第一，, ①)
NUMBERED = re.compile(r"^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[、.．](?!\d)|第[一二三四五六七八九十]+[，、]"
                      r"|[①-⑳]|[壹贰叁肆伍陆柒捌玖拾]+[、.．：:])")
# A section's number set alone on a line over its subhead (半月谈: 1 / 书房里的新变化), two digits or three Chinese numerals
# at most or a circled number (see `section_numerals`)
SECTION_NUMERAL = re.compile(r"^(?:[0-9]{1,2}|[０-９]{1,2}|[一二三四五六七八九十]{1,3}|[①-⑳])$")
SERIES_NUMBER = re.compile(r"[\u4e00-\u9fff][①-⑳]$")  # a series' name and its instalment's number (乡村振兴观察④)
# …in the capital numerals of accounts (壹：, 贰、), which some papers number their parts with, read as the common ones
CAPITAL_COUNT = re.compile(r"^([壹贰叁肆伍陆柒捌玖拾]+)[、.．：:]")
COMMON_NUMERALS = str.maketrans("壹贰叁肆伍陆柒捌玖拾", "一二三四五六七八九十")
# A reporter's title, the paper, agency or magazine named before it if any (本报记者, 新华社记者, 光明日报记者,
# 半月谈记者, 特约记者, 通讯员, a provincial paper's 全媒体记者 or 融媒体记者 for all its media, a correspondent's 本报驻法国
# 记者, an intern's 实习生, a contributor's 特约撰稿): a line that opens with one and holds only names (`本报记者 王川 实习生
# 吴敏`) is a byline, the form papers print it in without the □ mark.
REPORTER = re.compile(r"(?:本报|本刊|新华社|中新社|半月谈|[\u4e00-\u9fff]{1,6}?(?:日报|晚报|报社|通讯社|电视台|电台|网|杂志|周刊))?"
                      r"(?:驻[\u4e00-\u9fff]{1,8}?(?:记者站)?)?"
                      r"(?:(?:特约|首席|见习|实习|摄影)?(?:全媒体|融媒体|融媒|新媒体)?(?:记者|通讯员)|实习生|(?:特约)?撰稿人?)")
# …or with its credit for words and pictures (文/图 吕娜, 文/本报记者 吕娜, a magazine's 文 | 半月谈记者 吕娜), and what
# the named did after the names (本报记者 吕娜 报道, …整理 for a round-up compiled, …编译 for one translated): words of
# the byline, not names (…摄 credits a photo: `hanzi.PHOTO_CREDIT` closes its caption).
CREDIT = re.compile(r"^(?:文|图|文图|文、图)\s*[/／|｜]")
CREDITS = frozenset("文 图 文图 报道 摄影报道 整理 编译".split())
# An editorial's byline names no one: the paper's commentator (本报评论员, 人民日报评论员, 新华社特约评论员).
COMMENTATOR = re.compile(r"^(?:本报|新华社|[\u4e00-\u9fff]{1,6}?(?:日报|晚报|报))?(?:特约)?评论员$")
# A photo's caption, a paragraph of its article (never a head line nor a subhead; see `structure.split_articles`): it opens
# by pointing at the picture (图为…, 上图为…, 图①：…, ▲ with a sentence or a credit after it; ▲ alone may bullet a
# subhead), closes on the photo's credit (hanzi.PHOTO_CREDIT) or says who gave it (（图片由受访者提供）).
CAPTION = re.compile(r"^(?:[上下左右]?图为|[上下左右]?图[①-⑳0-9一二三四五六七八九十]*[：:]|[（(]?图片由[^，。]{1,20}提供[）)]?$)")
POINTER = "▲△"
WRITTEN_AT = re.compile(r"^[写改草]?于")  # where a signed date says it was written (2024年5月6日于槐川)
PAREN_LEFT_OPEN = re.compile(r"[（(][^（()）]*$")  # a round bracket opened and not closed by the text's end
# an abbreviation in brackets glosses the name printed right before it (国际标准化组织（ISO）…, 世界卫生组织
# （WHO）…): a line that opens with one, text following, goes on from the line before
GLOSS = re.compile(r"[（(][A-Z]{2,10}[）)]\S")
TAG_REST = 12  # characters: the rest of a column tag broken over two lines (观察）) is short
COLUMN_TAG = re.compile(r"[（(][^（）()。！？，]{2,24}[）)]$")  # 标题（新春走基层·书房里的这一年）
# two words set apart by a space, Latin or ideographic: the gap a head sets between its parts or its clauses
SPACED = re.compile(r"\S[ \u3000]\S")


NEIGHBOUR_KEYS = ("len", "end", "start", "mark", "in_parens", "in_brackets", "column_tag", "in_lead", "name_end", "dash_start",
                  "dateline")


class Reading(NamedTuple):
    role: str
    p_cont: float  # the model's probability that this line continues the one before it
    confidence: float  # the model's probability of the role it chose


def _bucket(n: int, edges: Sequence[int]) -> str:
    for e in edges:
        if n <= e:
            return str(e)
    return f">{edges[-1]}"


def _char_class(ch: str) -> str:
    if "\u3400" <= ch <= "\u9fff":
        return "han"
    if ch.isdigit():
        return "digit"
    if ch.isascii() and ch.isalpha():
        return "latin"
    if ch in SENTENCE_END:
        return "stop"
    if ch in COMMAS:
        return "comma"
    if ch in "：:":
        return "colon"
    if ch in OPENERS:
        return "open" + ("paren" if ch in "（(【《" else "quote")
    if ch in CLOSERS:
        return "close" + ("paren" if ch in "）)】》" else "quote")
    if ch in "—-":
        return "dash"
    if ch in MARKS:
        return "mark"
    return "other"


def _end_class(text: str) -> str:
    if text.endswith("——"):
        return "dash"
    if is_terminated(text):
        # a question or an exclamation may end a title (…如何应对？); a full stop ends no head line
        mark = end_mark(text)
        kind = "ask" if mark in "？?" else "exclaim" if mark in "！!" else "stop"
        return kind + ("+close" if text[-1] in CLOSERS else "")
    if text.endswith("…"):
        return "halfellipsis"
    return _char_class(text[-1])


def _unbalanced(text: str) -> tuple[bool, bool]:
    """(opens more than it closes, closes more than it opens), over every kind of bracket and quote."""
    opens = closes = False
    for o, c in PAIRS:
        a, b = text.count(o), text.count(c)
        opens |= a > b
        closes |= b > a
    return opens, closes


def opens_unclosed(text: str) -> bool:
    """The text opens a quotation or bracket it does not close (`“物业`): it goes on somewhere after it."""
    return _unbalanced(text)[0]


def _pos(word: str) -> str:
    return lexicon().tag(word) if "\u3400" <= word[0] <= "\u9fff" else "-"


def shape(text: str) -> dict[str, str | float]:
    """What a single line looks like: length, how it starts and ends (down to the part of speech of its
    first and last word), punctuation inside it, brackets left open or closed."""
    han = len(han_only(text))
    opens, closes = _unbalanced(text)
    inner = text[:-1]
    lex = lexicon()
    f: dict[str, str | float] = {
        # two characters a band of their own: a broken title's first piece often has two, a kicker never
        "len": _bucket(han, (2, 3, 6, 10, 16, 25, 40, 80)),
        "end": _end_class(text),
        "start": _char_class(text[0]),
        "stops": _bucket(sum(inner.count(ch) for ch in "。！？"), (0, 1)),
        "commas": _bucket(sum(text.count(ch) for ch in COMMAS), (0, 1)),
        "first_pos": _pos(lex.cut(text[:6])[0]),
        "last_pos": _pos(lex.cut(text[-6:])[-1]),
    }
    if opens:
        f["opens"] = 1.0
    if closes:
        f["closes"] = 1.0
    if text[0] in "（(" and text[-1] in "）)":
        f["in_parens"] = 1.0
    if text[0] == "【" and text[-1] == "】":
        f["in_brackets"] = 1.0
    if text[0] == "“" and text[-1] == "”":
        f["in_quotes"] = 1.0
    if text[0] not in "（(" and COLUMN_TAG.search(text):
        f["column_tag"] = 1.0
    if SPACED.search(text):
        f["space"] = 1.0
    if text.startswith("——"):
        f["dash_start"] = 1.0
    if "：" in inner or ":" in inner:
        f["colon"] = 1.0
    if DATELINE.match(text):
        f["dateline"] = 1.0
    if NUMBERED.match(text):
        f["numbered"] = 1.0
    if text[0] in MARKS:
        f["mark"] = text[0]
    if text[-1] in lex.name_suffixes:
        f["name_end"] = 1.0
    if han <= 40 and _name_shaped(text):
        f["names"] = 1.0
    return f


def byline_names(text: str) -> tuple[str, ...]:
    """The names a byline lists, without its mark and the reporters' titles before them (`□刘晓 王川`,
    `本报记者 王川` → 王川)."""
    text = text.strip(MARKS + " ")
    if enclosed(text):  # （记者 吕娜）: not a name's own brackets, 吕娜（槐川大学教授）
        text = text[1:-1].strip()
    if COMMENTATOR.match(text):
        return (text,)
    tokens = re.split(r"[\s、，,／/|｜]+", text)
    names = (REPORTER.sub("", t, count=1) if REPORTER.match(t) else t for t in tokens)
    return tuple(t for t in names if t and t not in CREDITS)


def caption(text: str) -> bool:
    """The line is a photo's caption (`CAPTION`)."""
    return bool(CAPTION.match(text) or PHOTO_CREDIT.search(text)
                or text[:1] in POINTER and (SENTENCE_INSIDE.search(text) or is_terminated(text)))


def caption_in_place(before: str, text: str) -> bool:
    """The caption `text` is read where it stands, not as a picture's caption set inside a paragraph: a photo story's
    item under its own head (稻谷飘香 / 10月12日，…抢收水稻。（本报记者 吕娜 摄）: the line before is a phrase of its
    own, `_phrase`, its last character a Han one or a closing quote), or the end of a paragraph whose start a column break cut mid-word
    (…村里借势发 / 展乡村旅游，…（本报通讯员 王川 摄）: a word runs across, and no picture stands inside a word)."""
    if caption(before):
        return False
    return _word_across(before, text) or (bool(han_only(before)) and _phrase(before)
                                          and (HAN.match(before[-1]) is not None or before[-1] in CLOSERS))


def _phrase(text: str) -> bool:
    """A phrase of its own, short enough for a subhead: no clause inside it, no sentence ended in it, ending on no
    mark, closing quotes aside (稻谷飘香, a brief's head; not …很有意义。”). Running text cut by a column break holds
    its clauses."""
    return (len(han_only(text)) <= LONGEST["heading"] and not _CLAUSES.search(text)
            and not SENTENCE_INSIDE.search(text) and end_mark(text) not in CLAUSE_END)


def caption_rest(text: str, after: str) -> bool:
    """`after` is the rest of the photo's caption `text`, cut by a column break as any paragraph may be: the caption
    stops before its full stop or its credit, and a dictionary word runs across the break (…孩子们在稻 / 田边…) or the
    two end on the photo's credit (…通讯员 方 / 启明摄) or `after` closes the quotation the caption leaves open (…开启“
    / 屏幕共享”功能…); `after` opens no caption of its own (图为…, ▲…), though it may end on the credit (…检查光 / 伏玻璃
    质量。（本报记者 吕娜摄）)."""
    return (caption(text) and not ends_whole(text) and not CAPTION.match(after) and after[:1] not in POINTER
            and (_word_across(text, after) or PHOTO_CREDIT.search(text + after) is not None
                 or opens_unclosed(text) and closes_unopened(after)))


def jump(text: str) -> bool:
    """The line is a jump line of its own (（下转第三版）, （上接第一版）): see `hanzi.JUMP_OUT`."""
    return enclosed(text) and bool(JUMP_OUT.search(text) or JUMP_IN.match(text))


def lone_name(text: str) -> bool:
    """The line is one person's name and nothing else (`吕娜`): an author's byline, printed bare under a
    commentary's title. Only a common surname before one or two characters that make no dictionary word
    (`Lexicon.names`), so a title's rest (连成网, 张家港) is none."""
    text = text.strip()
    return 2 <= len(text) <= 3 and lexicon().names(text) == [text]


def bare_name(text: str) -> bool:
    """The line is a person's name and nothing else (`lone_name`: a common surname, no dictionary word after it): under
    a text's end, its author's signature (吕晓岚). Not a place's name of that shape (岳川县). A byline's looser shape
    (`_names`) takes column labels and places for names here (走基层, 栖峰县, 简讯)."""
    return lone_name(text) and text[-1] not in ADMINISTRATIVE and not place_line(text)


# no given name holds a personal pronoun: a reporter's title before one is a column's name (记者帮你问), no byline
PERSONAL_PRONOUNS = frozenset("你您我他她咱")
# jieba's tags no surname bears: those of characters no given name holds (`lexicon.NOT_IN_NAMES`) but the verb's, which
# some surnames are (管, 游)
NO_SURNAME = tuple(tag for tag in NOT_IN_NAMES if tag != "v")


def _names(text: str) -> bool:
    """A byline's shape: people's names (two or three characters each, not words of the dictionary, or
    names it knows), apart by spaces or 、, after a reporter's title if any (`□刘晓 王川`, `本报记者 陈明`). A name
    opens on its surname, a word of one character: unless that is a common one (王|国强), its first two characters
    make no word of the dictionary (记者了解到: 了解 is a verb, no surname and given name) and it is no adverb nor a
    function word (更清新, a title's rest: none of the 249 bylined names of the labelled, invented and blind articles
    opens so); a surname of two characters opens a name of three or four (欧阳晓岚)."""
    lex = lexicon()
    tokens = byline_names(text)
    return bool(tokens) and all(
        han_only(t) == t and not any(ch in PERSONAL_PRONOUNS for ch in t[1:]) and (
            _name_shaped_token(lex, t)
            and (t[0] in SURNAMES or len(t) < 3 or t[:2] not in lex.tags and lex.tag(t[0]) not in NO_SURNAME)
            or 3 <= len(t) <= 4 and t[:2] in COMPOUND_SURNAMES)
        for t in tokens
    )


def _name_shaped(text: str) -> bool:
    """The line model's `names`: the line's tokens are shaped as names alone (`_name_shaped_token`), whatever they
    open on. A byline holds such tokens, and so do short head lines and a broken title's pieces (云岭县, 山村医); the
    model weighs the shape beside the others, and `_names` asks the surname where a line is read as a byline."""
    lex = lexicon()
    tokens = byline_names(text)
    return bool(tokens) and all(han_only(t) == t and _name_shaped_token(lex, t) for t in tokens)


def _name_shaped_token(lex: Lexicon, token: str) -> bool:
    """Two or three characters the dictionary lacks as a word, or a name it lists (jieba's nr)."""
    return 2 <= len(token) <= 3 and token not in lex.tags or lex.tags.get(token, "").startswith("nr")


def ties(before: str, after: str, page: str = "") -> list[str]:
    """What binds a line to the line before, whatever their shapes: a dictionary word across the break
    (`食品安` / `全管理`), digits across it (`成立于2` / `017年`), the page's own words across it (see
    `phrase_across`; only asked with the `page`), a line that cannot start so (`，…`, `”姜延军`, `的读书声`: the
    line before goes on here), a line that cannot end so (on an opening mark or a function word: `…对于`)."""
    out = []
    if _word_across(before, after):
        out.append("word_across")
    if page and phrase_across(before, after, page):
        out.append("phrase_across")
    if before[-1].isdigit() and after[0].isdigit():
        out.append("digits_across")
    if after[0] in NO_LINE_START or after[0] in BOUND and not _verb_with_aspect(after):
        out.append("cannot_start")
    if before[-1] in NO_LINE_END or _function_end(before):
        out.append("cannot_end")
    return out


# Verbs of motion, written alone where jieba reads a preposition (至) or a particle: after 而, which joins a manner to
# the verb after it (如约而至, X而来), one ends the predicate.
MOTION = frozenset("至来去")
# Characters jieba tags as prepositions for the two-character ones they open (根据, 针对, 鉴于): alone they are nouns
# (扎下根, 绣花针) and end a phrase like any noun.
NOUN_ALONE = frozenset("根针鉴靶")
# Degree words jieba counts as function words that come after what they intensify and close it (后劲十足, 激动不已,
# 好极了, 热闹非凡, 荣幸之至): nothing is still to come.
CLOSING_DEGREE = frozenset("十足 不已 极了 非凡 之至".split())
# Adverbs of time jieba tags so that also stand as a verb's object (谋|长远, 看|长远: plan for the long run; 守护|永远):
# after a verb nothing is still to come (a subhead 延链补链谋长远 is whole); after 的 they modify a noun to come.
LASTING = frozenset("长远 永远".split())


def waits_for_more(text: str) -> bool:
    """The line stops on a preposition waiting for its object or a conjunction waiting for its second part (…开始在,
    …以及): of the 4,657 blocks of the labelled, invented and blind articles no paragraph ends so, and one subhead
    (…一起用, where 用 is the verb), nor does any kicker, title or subtitle."""
    return (word := _last_function_word(text)) is not None and lexicon().tag(word) in TAKES_MORE


OBJECT_MARKERS = frozenset("把 被")  # 把 puts the object, 被 the doer, before the verb: both wait for the verb


@functools.lru_cache(maxsize=4096)  # asked of a line for its own features, its tie to the next, its roles
def _last_function_word(text: str) -> str | None:
    """The line's last word when it is a function word (`…对于`, `…以`), else None."""
    lex = lexicon()
    # the last word is one of the last four characters' suffixes: when none is a function word, no cut
    if not any(text[-k:] in lex.function_words for k in range(1, 5)):
        return None
    *before, word = lex.cut(text[-4:])
    if word in NOUN_ALONE or word in CLOSING_DEGREE or word in MOTION and text[-2:-1] == "而":
        return None
    if word in LASTING and before and lex.tag(before[-1]) == "v":
        return None
    if (lex.tag(word) == "p" and len(word) == 1 and before and len(before[-1]) == 1 and lex.tag(before[-1]) == "v"
            and before[-1] not in _WAITING and word not in OBJECT_MARKERS):
        # a verb the dictionary lacks, left in single characters with its second, a preposition's by its tag (建成投|用:
        # put into use); not after a modal or a causative verb, which waits for the verb it opens (我们要|用…), nor a
        # marker of the object or the doer put before the verb (吴福来|把: a name jieba cut short), which is no verb's
        return None
    return word if lex.is_function_word(word) else None


def _function_end(text: str) -> bool:
    """The line's last word is a function word (`…对于`, `…以及`)."""
    return _last_function_word(text) is not None


# how often the page prints the characters across a break elsewhere before they bind the lines (see `phrase_across`)
TWICE = 2


def phrase_across(before: str, after: str, page: str) -> bool:
    """The characters on each side of the break are printed together elsewhere on the page, at least TWICE (`page`:
    its lines joined by line ends): a name cut in two (`…记者见到了郑晓` / `东，他…`, where the page names 郑晓东 again
    and again), a term the dictionary lacks, a phrase the article keeps saying. Three characters, one and two either
    side of the break: the page's own vocabulary, where the dictionary's (`word_across`) has no word. On generated
    pages of the dev articles, the three characters across a break between two Han characters are printed elsewhere
    for 30% of the breaks (335 of 1,105) and for 3 of 3,015 lines that open a paragraph of their own under a subhead,
    a head or a paragraph: once is a coincidence of common words (…的 / 肖…, 事实 / 人民…); twice, 15% of the breaks
    (167) and none of those lines. A kicker is named together with its title in the lead (槐川县 / 城市书房…), so a
    head line may still follow."""
    grams = (before[-2:] + after[:1], before[-1:] + after[:2])
    counts = _trigrams(page)
    return any(len(han_only(gram)) == 3 and counts[gram] >= TWICE for gram in grams)


def words_meet(before: str, after: str, page: str) -> bool:
    """The break falls between two words of the dictionary (`…协同力量` / `基层治理…`) that the page never prints
    together: three characters across it printed elsewhere are then one of the words beside a character that happens
    to end or open another there (高质量|基层), weak evidence of the page's own term across the break: it binds no
    lines, and the line model weighs it with the rest. On generated pages of 17 sets, of the lines whose three
    characters across are printed twice, it holds for 18 of the 19 that open a paragraph of their own (one subhead
    of one article, printed on 18 pages) and for 10 of 151 that go on from the line before or a title's first piece."""
    words = lexicon().words
    pair = before[-2:] + after[:2]
    return (han_only(pair) == pair and words.get(pair[:2]) is not None and words.get(pair[2:]) is not None
            and pair not in page)  # (an entry, not only a longer word's start)


@functools.lru_cache(maxsize=2)  # the same text object for the features and the grammar, so that `_trigrams` finds it
def _page(lines: tuple[str, ...]) -> str:
    """The page's lines joined by line ends: the text `phrase_across` and `printed_whole` search."""
    return "\n".join(lines)


@functools.lru_cache(maxsize=2)  # one page is asked about at each of its breaks, by the features and by the grammar
def _trigrams(page: str) -> Counter[str]:
    """How often each three characters stand together on the page: counted once, where searching the page at every
    break would cost the page's length times its lines."""
    return Counter(page[i : i + 3] for i in range(len(page) - 2))


SPAN_ACROSS = 4  # characters on each side of a break (see `printed_whole`)


def printed_whole(before: str, after: str, page: str) -> bool:
    """The SPAN_ACROSS characters on each side of the break are printed together elsewhere on the page, the line before
    ending no sentence: a passage the page prints twice (a repeat, segmented differently) carries the words across the
    break whole in its other copy (`…经常举办` / `读书分享会…`, and later `…经常举办读书分享会…`). On generated pages of the
    dev articles, 45 breaks and 10 broken titles have it, and no other line (after a full stop the other copy may be a
    resegmentation that runs two paragraphs together: 24 such openings, left out)."""
    span = before[-SPAN_ACROSS:] + after[:SPAN_ACROSS]
    return (len(before) >= SPAN_ACROSS <= len(after) and len(han_only(span)) >= 2 * SPAN_ACROSS - 2
            and not is_terminated(before) and _trigrams(page)[before[-1:] + after[:2]] > 0 and span in page)


@functools.lru_cache(maxsize=4096)  # asked of each pair of lines for the features and again for the roles allowed
def _word_across(before: str, after: str) -> bool:
    """A dictionary word spans the break: `…食品安` / `全管理…` (安全). Not a character and its copy alone, each of
    which may close and open a word of its own (梧川市岚溪县 / 县医院改革…: jieba's 县县, every county)."""
    tail, head = before[-4:], after[:4]
    if not any(tail[k:] + head[0] in lexicon().words for k in range(len(tail))):
        return False  # a word across would start with one of these, a word or a word's prefix: no cut needed
    pos = 0
    for token in lexicon().cut(tail + head):
        if pos < len(tail) < pos + len(token) and len(token) > 1 and token != tail[-1] * 2:
            return True
        pos += len(token)
    return False


# How much likelier (natural log) the characters across a break must read with a word across it than cut there, each
# side read alone, for the word to prove the break falls inside it.
CUT_ODDS = math.log(10)


def cut_inside(before: str, after: str) -> bool:
    """A word runs across the break (`_word_across`) and reads far likelier than the two sides alone (…食品安 / 全管理…,
    安 and 全 left single; …城市书房点亮阅读生 / 活). Not where the line may as well stop on its own words (…守的是店，也是
    念想 / 来找…: 想来 crosses the break, but 念想, a word the dictionary lacks, is what the line says; （一）一代接着一代干 /
    红柳湾…: 干红). Over 56 sets of generated pages, the joins of a subhead-shaped line that only a word so weak bound:
    4 joined a subhead of an intact page to its paragraph, 2 a paragraph cut where a word reads about as well as the
    break (轻轻旋 / 开, 坐 / 不住), which the editor now joins."""
    if not _word_across(before, after):
        return False
    tail, head = before[-4:], after[:4]
    lex = lexicon()
    return lex.logp(tail + head) - lex.logp(tail) - lex.logp(head) >= CUT_ODDS


def _cohesion(vectors: list[dict[str, float]], sizes: list[int]) -> list[tuple[float, float, float]]:
    """For every line: the cosine of its vector with the text before it and with the text after it, and
    of the text before it with the text from it on; each side is whole lines up to WINDOW Han characters
    (and SPAN lines: the cost grows with the page, not with its square).

    The windows' sums are never built: each cosine is a sum of dot products of pairs of nearby lines,
    each pair multiplied once, and running sums along each line's row of them make any run of a row
    one subtraction."""
    n = len(vectors)
    # here[i]: the last line of the window from line i on; back[i]: the first line of the window before i
    here, back = [0] * n, [0] * n
    last, got = -1, 0
    for i in range(n):
        if i:
            got -= sizes[i - 1]
        while last < i or (last + 1 < n and got < WINDOW and last - i + 1 < SPAN):
            last += 1
            got += sizes[last]
        here[i] = last
    first, got = 0, 0
    for i in range(1, n):
        got += sizes[i - 1]
        while first < i - 1 and (got - sizes[first] >= WINDOW or i - first > SPAN):
            got -= sizes[first]
            first += 1
        back[i] = first
    reach = list(range(n))  # the farthest line each line is paired with
    for i in range(n):
        reach[i] = max(reach[i], here[i + 1] if i + 1 < n else i)  # here[i + 1] ≥ here[i]
        for a in range(back[i], i):
            reach[a] = max(reach[a], here[i])
    rows = []  # rows[a][k]: Σ of a's dot products with lines a … a+k-1
    for a in range(n):
        x, row, total = vectors[a], [0.0], 0.0
        for b in range(a, reach[a] + 1):
            y = vectors[b]
            small, large = (x, y) if len(x) <= len(y) else (y, x)
            total += sum(map(operator.mul, small.values(), map(large.get, small, repeat(0.0))))
            row.append(total)
        rows.append(row)

    def run(a: int, b: int, c: int) -> float:
        """Σ of line a's dot products with lines b … c (a ≤ b)."""
        return rows[a][c - a + 1] - rows[a][b - a]

    def norm(lo: int, hi: int) -> float:
        square = sum(rows[a][1] + 2 * run(a, a + 1, hi) if a < hi else rows[a][1] for a in range(lo, hi + 1))
        return math.sqrt(max(0.0, square))

    here_norms = [norm(i, here[i]) for i in range(n)] + [0.0]
    out = []
    for i in range(n):
        own = math.sqrt(rows[i][1])
        if i:
            lo = back[i]
            behind = norm(lo, i - 1)
            to_back = sum(run(a, i, i) for a in range(lo, i))
            across = sum(run(a, i, here[i]) for a in range(lo, i))
        else:
            behind = to_back = across = 0.0
        out.append((
            _ratio(to_back, own, behind),
            _ratio(run(i, i + 1, here[i + 1]) if i + 1 < n else 0.0, own, here_norms[i + 1]),
            _ratio(across, behind, here_norms[i]),
        ))
    return out


def _ratio(dot: float, a: float, b: float) -> float:
    return dot / (a * b) if a and b else 0.0


def rarity(terms: Iterable[str]) -> dict[str, float]:
    """How rare each bigram is in Chinese at large (0 common … 1 unknown), from jieba's word frequencies:
    two articles of one paper share 发展 and 建设, not the names of their places and people."""
    words, total = lexicon().words, -lexicon().floor
    return {t: 1.0 if (logp := words.get(t)) is None else -logp / total for t in terms}


def features(lines: Sequence[str]) -> list[dict[str, str | float]]:
    """One feature dict per line: its shape, its neighbours' shapes, the break before it, and how its
    words and the text on each side of it cohere (a new article's words differ from the last one's)."""
    shapes = [shape(t) for t in lines]
    counts = [bigrams(t) for t in lines]
    idf = Vocabulary(counts).idf  # every bigram of the page is in it
    rare = rarity(idf)
    vectors = [{t: c * idf[t] * rare[t] for t, c in line.items()} for line in counts]
    sizes = [len(han_only(t)) for t in lines]
    cohesion = _cohesion(vectors, sizes)
    page = _page(tuple(lines))
    for i, text in enumerate(lines):
        if sizes[i] <= 20 and not is_terminated(text):
            # a place or person line (kicker) is named again, whole, in the lead; a piece of a broken
            # title seldom is. Not one of two characters: those turn up in any lead by chance (老人, 果园),
            # and no kicker is that short
            lead = "".join(han_only(t) for t in lines[i + 1 : i + 6])[:LEAD]
            if sizes[i] >= 3 and han_only(text) in lead:
                shapes[i]["in_lead"] = 1.0
    out = []
    for i, text in enumerate(lines):
        f = dict(shapes[i])
        if sizes[i] <= 40 and not is_terminated(text):
            # a heading-shaped line: only the shapes that generalise across papers (its words' parts of
            # speech and punctuation counts let a model memorise the few titles it was trained on)
            for k in ("first_pos", "last_pos", "commas", "stops"):
                f.pop(k, None)
            if _function_end(text):
                f["function_end"] = 1.0
        for k in NEIGHBOUR_KEYS:
            for off in (-1, 1):
                if 0 <= i + off < len(lines) and k in shapes[i + off]:
                    f[f"{off:+d}:{k}"] = shapes[i + off][k]
        if i == 0:
            f["first"] = 1.0
        if i == len(lines) - 1:
            f["last"] = 1.0
        if i > 0:
            before = lines[i - 1]
            f["after"] = f"{shapes[i - 1]['end']}|{f['start']}"
            if "last_pos" in shapes[i - 1] and "first_pos" in f:
                f["pos_across"] = f"{shapes[i - 1]['last_pos']}|{f['first_pos']}"
            if opens_unclosed(before):
                f["after_open"] = 1.0
            if sizes[i - 1] > 40 and not ends_whole(before):
                f["after_unfinished"] = 1.0  # a paragraph left mid-sentence: what follows is its rest, or a new article
            f.update(dict.fromkeys(ties(before, text, page), 1.0))
        for name, value in zip(("back", "ahead", "gap"), cohesion[i]):
            for edge in LEVELS:  # thermometer: every level the cosine stays below fires, so lower means more
                if value < edge:
                    f[f"{name}<{edge}"] = 1.0
        out.append(f)
    return out


@functools.cache
def _weights() -> tuple[dict[str, list[float]], list[list[float]]]:
    """The fitted model: attribute → its weight for each role, and the role → role transition weights."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(MODEL))
    info = tagger.info()
    index = {r: k for k, r in enumerate(ROLES)}
    state: dict[str, list[float]] = {}
    for (attr, role), w in info.state_features.items():
        state.setdefault(attr, [0.0] * len(ROLES))[index[role]] = w
    trans = [[0.0] * len(ROLES) for _ in ROLES]
    for (a, b), w in info.transitions.items():
        trans[index[a]][index[b]] = w
    return state, trans


# the marks a head line may close on, asking or exclaiming (城市为何更热？): never a full stop nor a pause (，、；：)
HEAD_MARKS = "？！?!"
# Han characters a line of each role may have: a head or a subhead is short (the longest seen: a kicker
# of 70, a title of 29, a subhead of 31); paragraphs and their pieces have no bound
LONGEST = {"head": 90, "title": 50, "title+": 50, "subtitle": 50, "byline": 50, "heading": 50}
# A subtitle says more than its title in a phrase of its own (the 8 labelled have 8 Han characters or more): a
# line of a few (连成网, “网红打卡地”, 老人饭碗) under a title is the title's rest, broken off by the layout; one led
# by a dash is a subtitle by its form, however short (——访吕娜), as is one naming who chaired (王川主持, `attendance`).
SHORTEST = {"subtitle": 6}
# the grammar of a page: which role may follow which (a title+ or a subtitle only after its title; a
# kicker is followed by its title; a byline by the text; an article's head by its text, so a new head comes after
# text, never right under another head: a paper prints no head without text, and the line read as such is the last
# article's text, cut short at the column's foot, `离开时，我` / `轻轻掩上木门，没`; nor under a subhead, which has its
# section's text under it: 0 of 51,011 lines after a subhead on the generated pages of the labelled and blind articles
# is a head line, `【出行信息】` / `开放时间：…` is the section's first entry)
FOLLOWS = {
    "head": ("para", "cont"),
    "cont": ("para", "cont", "heading"),  # the rest of a head line is title+, never a paragraph's cont
    "title": ("head",),
    "title+": ("head", "title", "title+"),
    "subtitle": ("head", "title", "title+"),
}
AFTER_BYLINE = ("byline", "heading", "para")


def _end_inside(marks: str) -> re.Pattern[str]:
    """One of `marks` (closing quotes and brackets passed over) with more text after it on the line."""
    return re.compile(rf"[{marks}][{CLOSERS}]*[^{SENTENCE_END}{CLOSERS}]")


# a sentence's end with more text after it on the same line: a subhead or a subtitle is one phrase (none of the
# 103 labelled subheads and 10 subtitles holds one; a title or a kicker may), a paragraph's first piece often
# does (`苹果熟了。果园里的技术员`)
SENTENCE_INSIDE = _end_inside(SENTENCE_END)
FULL_STOP_INSIDE = _end_inside("。")  # a statement's end, not a question's or an exclamation's
# A subhead that runs over a comma pairs phrases of some weight (`书房开到家门口，读书有了好去处`, `村医上门，以服务
# 赢得信任`, and in headline style three characters each: `天更蓝，水更清`): none of the 94 labelled subheads has a
# clause under 4 Han characters beside a comma (20 hold one). A clause of one or two (`所幸，这些`, `…的老人，一次`)
# is a paragraph's first words, broken off by a column break.
SHORT_CLAUSE = 3
_CLAUSES = re.compile(r"[，,；;：:]")


# A paragraph's first statement, when more follows it on the paragraph, holds this many Han characters or more: none
# of the 1,833 paragraphs of the labelled, invented and blind articles opens on a shorter one but in quotation marks or
# after a speaker's label (“好。”, 答：并不是。); five open on one of five (还有一件事。). A question may be shorter (如何
# 破解？一些地方…): a commentary asks one to open a paragraph.
SHORTEST_SENTENCE = 5
_FIRST_STATEMENT = re.compile(rf"^[\u4e00-\u9fff\d][^{SENTENCE_END}]*。")


def _finishes(text: str) -> bool:
    """The line opens on a statement too short to open a paragraph (`SHORTEST_SENTENCE`), more text after it
    (`出发了。母亲往我的包里…`): it finishes a sentence the line before began, cut by a column break. A statement of
    clauses is whole however short (a diary's day and weather: 9月1日，晴。今天…). Asked only after a line that ends
    no sentence: after a full stop a short statement may open a paragraph, as essays do (…凝固了的时间。 / 船开了。…)."""
    m = _FIRST_STATEMENT.match(text)
    return (m is not None and m.end() < len(text.rstrip()) and len(han_only(m[0])) < SHORTEST_SENTENCE
            and not any(ch in m[0] for ch in "“”‘’") and not _CLAUSES.search(m[0]))


def short_clause(text: str) -> bool:
    """A clause of fewer than SHORT_CLAUSE Han characters beside a comma, a semicolon or a colon."""
    parts = _CLAUSES.split(text)
    return len(parts) > 1 and any(len(han_only(part)) < SHORT_CLAUSE for part in parts)


# Verbs that report what someone said (and 据…, `according to`), before the comma or colon that opens the words
# reported: running text's attribution (`…负责人表示，下一步…`, `据介绍，…`), in the first 24 characters of 48 of
# the 701 labelled paragraphs and in none of the 180 labelled kickers, titles, subtitles and subheads, which name
# a speaker before a bare colon (`吕娜：…`).
STRESSES = ("强调", "指出")  # the verbs an official's words are reported with in a kicker leading into its title
REPORTING = frozenset("说 说道 写道 表示 指出 介绍 认为 强调 坦言 直言 透露 称 据介绍 据了解 据悉 据说 据统计".split())
_OPENS_WORDS = frozenset("，：:,")  # the marks after which the reported words follow


# One character and a clause's mark (程，给了她…): outside speech no clause is a character long but a count's (一、,
# 二，), an interjection's (啊，) or a conjunction's (但，); the character ends a word whose start was cut. Nor is an
# item of a list (肉、蛋、禽等…, 市、区两级…: one character, then another item or its count), nor a dialogue's turn
# (问：…, 答：…, `TURN_LABELS`). Of the 6,932 paragraphs of the labelled, invented and blind articles none opens so,
# nor does any of their 18,761 sentences.
LONE_CHARACTER = re.compile(r"^[（(]?([\u3400-\u9fff])([，、；：,;:])")
LISTED_ONES = re.compile(r"^[（(]?[\u3400-\u9fff]、[\u3400-\u9fff](?:[、和与及等两三四五各]|$)")
# jieba's tags of interjections (嗯 呀 哇), and those it tags otherwise: 啊 哦 唉 哟 欸 as the morphemes of words of state
# (zg, the tag of thousands of characters, 行 among them), 哈 as a name, 哼 喂 咳 as verbs
INTERJECTIONS = ("e", "y", "o", "z")
SPOKEN = "啊哦唉哟欸哈哼喂咳"


def lone_character(text: str) -> str | None:
    """The character the text opens on alone before a clause's mark (`盒、漆案…`, `程，给了她…`) when it is the end of a
    word whose start was cut (see LONE_CHARACTER), else None."""
    lex = lexicon()
    lone = LONE_CHARACTER.match(text)
    if (lone is None or lone[1] in NUMERALS or lex.is_function_word(lone[1]) or lone[1] in SPOKEN
            or lex.tags.get(lone[1]) in INTERJECTIONS or LISTED_ONES.match(text)
            or lone[1] in TURN_LABELS and lone[2] in "：:"):
        return None
    return lone[1]


def reports(text: str) -> bool:
    """The line reports speech: a reporting verb right before a comma or a colon (`告诉记者，` too), or a clause
    of `according to` opening on 据 (`据了解，`, `据报道，`: jieba cuts these 据|了解, 据|报道)."""
    words = lexicon().cut(text)
    return any(_attribution(words, k) for k in range(1, len(words)))


def awaits_words(text: str) -> bool:
    """The text ends on an attribution that opens the words it reports (`…负责人表示，`, `据介绍，`): they come next."""
    words = lexicon().cut(text[-12:])
    return len(words) > 1 and _attribution(words, len(words) - 1)


def reports_speech(words: Sequence[str]) -> bool:
    """The words end on a verb that reports speech (`REPORTING`, or 告诉记者)."""
    return bool(words) and (words[-1] in REPORTING or list(words[-2:]) == ["告诉", "记者"])


def _attribution(words: Sequence[str], k: int) -> bool:
    """words[k] is the comma or colon after a reporting verb (or 告诉记者, or a clause opening on 据)."""
    if words[k] not in _OPENS_WORDS:
        return False
    return reports_speech(words[:k]) or k > 1 and words[k - 2] == "据" and not (k > 2 and HAN.match(words[k - 3]))


def _allowed(lines: Sequence[str]) -> list[list[bool]]:
    out = []
    dangles = [left_dangling(text, lines[i - 1] if i else "") for i, text in enumerate(lines)]
    items = list_items(lines)
    verse = verse_lines(lines)
    counts = [_count(text) for text in lines]
    heads_sections = above_first_section(lines, dangles, counts)
    counted = counted_on(counts)
    briefs = signed_briefs(lines)
    parts = parallel_items(lines)
    roundup = parts | counted_briefs(lines) | briefs
    # …and the phrase over a roundup's first item head whose lead opens on the dateline (小城消费添新意 / 柳溪：… /
    # 本报讯（记者…）…) is a head line of the roundup, its title: the dateline opens an article, the item's head a part of it
    roundup_head = {i - 1 for i in parts if i > 0 and i + 1 < len(lines) and opens_lead(lines[i + 1])
                    and _phrase(lines[i - 1]) and i - 1 not in roundup}
    # …the line over the first of a column's signed briefs is the column's head line, its label or its title: its first,
    # after a text's end (under another head line, a kicker, it may be the title)
    briefs_head = {i - 1 for i in briefs if _phrase(lines[i - 1]) and (i == 1 or ended(lines[i - 2]))}
    paired = parallel_items(lines, least=2, forms=(_item_head,))
    turns, bulleted, alike = dialogue_turns(lines), bullet_runs(lines), set_subheads(lines, counts)
    numerals = section_numerals(lines)
    # a box's entry ending on no mark at all after another so (时间：3月22日 / 地点：市图书馆 / 票价：免费，限额120人): the
    # box's style, as in the labelled notices and listings, no column break, so the line under it goes on from none of
    # them (a question's or an answer's turn, or an entry ending on a comma, is running text a break may cut)
    stopless = [i in turns and (m := ENTRY.match(text)) is not None and m.group()[:-1] not in TURN_LABELS
                and end_mark(text) not in CLAUSE_END + SENTENCE_END and not ends_whole(text)
                for i, text in enumerate(lines)]
    box_styled = {i for i, s in enumerate(stopless) if s and any(stopless[max(0, i - ENTRIES + 1) : i])}
    tag_split = [i + 1 < len(lines) and _tag_split(text, lines[i + 1]) for i, text in enumerate(lines)]
    name_lines = [_name_line(lines, i) for i in range(len(lines))]
    signed = _signed(lines, dangles, name_lines)
    # …and a notice's or a letter's date under its issuer (`hanzi.SIGNED_DATE`) ends it as a signature does
    date_rest = [_date_rest(lines, i) for i in range(len(lines))]
    signs = [signs_off(text) or SIGNED_DATE.match(text) is not None or rest for text, rest in zip(lines, date_rest)]
    # a letter's signature after its text, its name running into no word on the next line (跑遍四 / 十二个村: a title)
    letters = [i > 0 and is_terminated(lines[i - 1]) and letter_signed(text)
               and not (i + 1 < len(lines) and _word_across(text, lines[i + 1])) for i, text in enumerate(lines)]
    # a kicker complete in itself: a place's whole name or a column's label (see `place_line`, `column_label`)
    whole_kicker = [place_line(text) or column_label(text) or report_column(text) for text in lines]
    leads_on = [text.endswith("——") for text in lines]  # a kicker leading on into its title (王川——)
    series_tags = [_series_tag(text) for text in lines]  # a title's column and series tag at its end (see below)
    # a short line above a signed title is its column's label, the kicker (短评 / 让书房“活”起来 / 吕娜)
    labels = {i - 2 for i in signed
              if i >= 2 and len(han_only(lines[i - 2])) <= COLUMN_LABEL and HAN.match(lines[i - 2][-1])}
    page = _page(tuple(lines))
    # …and so is one above a title over its lead's dateline (简讯 / 桐溪县举办丰收节 / 本报讯…), or one with a label's
    # shape (`_label`) above a title whose byline (□…) follows it or its subtitle (体育 / 在冰面上一次次爬起来 / ——记… /
    # □严立夏, 今日谈 / 让议事厅真正议起事来 / □屈文澜, 科普 / 城市为何更热？ / 专家解读热岛效应 / □…), after an article's
    # end (a full stop, or a sentence of clauses closing on a question or an exclamation: …作出新的更大贡献！) or at the
    # page's top, unless words run across the two lines: a title broken after its first characters; not over the head of
    # a brief its column's title counts (快评三则 / 一、… / 本报…电: the count is the title). Over a bulleted head (国际简讯 /
    # ● … / 本报…电) the label is a roundup's title and the item's head its first subhead: no title opens on a bullet
    def bylined(i: int) -> bool:  # (a dash-led subtitle says an article's head is above it, byline or not)
        whole = (len(han_only(lines[i])) <= LONGEST["subtitle"] and not ended(lines[i])
                 and end_mark(lines[i]) not in CLAUSE_END and not SENTENCE_INSIDE.search(lines[i]))
        return lines[i].startswith(BYLINE_MARK) or lines[i].startswith("——") and whole or (
            i + 1 < len(lines) and lines[i + 1].startswith(BYLINE_MARK) and (lines[i].startswith("——") or whole))

    # a name alone after a text's end signs it (an essay's author, 吕晓岚, under its last paragraph): no kicker of the
    # next article nor its column's label, as none of the 288 labelled and blind kickers is a person's name alone
    signing = {i for i in range(1, len(lines)) if ended(lines[i - 1]) and bare_name(lines[i])}
    # …and a name (or who writes and the name) over a date alone, the year perhaps left out, signs and dates a letter
    # (甘若琳 / 9月26日), with the body it writes for over the name after the text's last sentence (…天天开心！ /
    # …志愿服务队 / 甘若琳 / 9月26日)
    letter_dated = set()
    for i in range(1, len(lines)):
        if DATE_ALONE.match(lines[i]) and (_names(lines[i - 1]) or letter_signed(lines[i - 1])):
            letter_dated |= {i - 1, i}
            if i >= 3 and HAN.match(lines[i - 2][-1]) and is_terminated(lines[i - 3]):
                letter_dated.add(i - 2)
    dated = {i - 2 for i in range(2, len(lines))
             if i - 2 not in signing
             and (opens_lead(lines[i]) and len(han_only(lines[i - 2])) <= COLUMN_LABEL and HAN.match(lines[i - 2][-1])
                 and not ended(lines[i - 1])
                 or bylined(i) and _label(lines[i - 2]) and len(han_only(lines[i - 1])) <= LONGEST["title"])
             and (i == 2 or ended(lines[i - 3]) or is_terminated(lines[i - 3]) and _CLAUSES.search(lines[i - 3]))
             and end_mark(lines[i - 1]) not in TITLE_FREE and i - 1 not in roundup
             and not _word_across(lines[i - 2], lines[i - 1]) and not phrase_across(lines[i - 2], lines[i - 1], page)}
    labels |= dated
    # the text under a line goes on naming a person the text above named (覃素芬 in the section above, “村里人信得过我” /
    # 这些年，…聘请覃素芬…): the line is a subhead or a paragraph of that text, never the head of an article of its
    # own, which introduces its people (`people_go_on`)
    unlike_bullets = _unlike_bullets(lines, page)
    subjects_above = [subject_above(text) for text in lines]
    people_on = {i for i in range(1, len(lines) - 1)
                 if len(han_only(lines[i])) <= LONGEST["head"] and end_mark(lines[i]) not in CLAUSE_END
                 and not SENTENCE_INSIDE.search(lines[i]) and people_go_on(lines, i)}
    # who told an account and who wrote it down, over its text right under its head lines (——一位老纺织工人的回忆 /
    # 口述人：… / 整理人：…): the text is still to come, so the line after them heads no article of its own
    credited = {i for i in range(1, len(lines)) if lines[i - 1].startswith(CREDIT_NOTES)
                and (k := next((j for j in range(i - 1, -1, -1) if not lines[j].startswith(CREDIT_NOTES)), None)) is not None
                and not ended(lines[k])}
    for i, text in enumerate(lines):
        han = len(han_only(text))
        following = lines[i + 1] if i + 1 < len(lines) else ""
        if i and GLOSS.match(text):  # `（ONS）1月13日发布…`: the rest of the line before, whatever its shape
            out.append([r == "cont" for r in ROLES])
            continue
        if date_rest[i]:  # `2024年5月6日` / `于槐川`: where the date was written, the date line's rest
            out.append([r == "cont" for r in ROLES])
            continue
        if SIGNED_DATE.match(text) or i in letter_dated or (i + 1 < len(lines) and SIGNED_DATE.match(lines[i + 1]) and i
                                                            and ended(lines[i - 1])):
            # `2024年8月20日`, the date a notice was issued, and the issuer over it after the text's end (…特此通知。 /
            # 槐川县医疗保障局 / 2024年8月20日): paragraphs of their own
            out.append([r == "para" for r in ROLES])
            continue
        if wire_title(text) is not None:
            out.append([r == "head" for r in ROLES])
            continue
        if DATELINE.match(text):  # `本报槐川3月2日电…` opens an article's text, never goes on with the line before
            out.append([r in ("para", "byline") for r in ROLES])
            continue
        inside = enclosed(text)
        bare = text.strip("（）() ") if inside else text.lstrip(MARKS + " ").rstrip()
        if text.startswith(BYLINE_MARK) and _names(bare):
            # `□梁秋实`: the mark papers print a byline with, over names only, whatever word the last name and the next
            # line's first character make (秋实|在霁川市…: 实在); each labelled □ line is a byline
            out.append([r == "byline" for r in ROLES])
            continue
        if i and opens_unclosed(lines[i - 1]) and closes_unopened(text) and not tag_split[i - 1]:
            # `书房成了“` / `第二客厅”…`: the quotation the line before opened closes here, so this is its rest (no
            # paragraph or head line of the labelled articles leaves a quotation open for the next to close; a
            # column tag broken in its brackets is read below), a reporter's signature too (`（本报` / `记者 吕娜）`); over a
            # □ byline, the rest of a title (…检验作风的“试 / 金石” / □吕娜), as a byline stands under a head line
            out.append([r == "title+" or r == "cont" and not following.startswith(BYLINE_MARK) for r in ROLES])
            continue
        if COMMENTATOR.match(bare) and not inside:
            # `本报评论员`: an editorial's byline, which papers print under its title or over it, as its kicker (in brackets,
            # （作者为桐溪日报评论员）, a note on the author closing the article: a signature, below)
            out.append([r in ("byline", "head") for r in ROLES])
            continue
        announces_names = (i > 0 and lines[i - 1].startswith(CREDIT_NOTES + AUTHOR_NOTES)
                           and not _names(re.split("[：:]", lines[i - 1], maxsplit=1)[1].strip()))
        if (REPORTER.match(bare) or CREDIT.match(bare)) and _names(bare):
            # `本报记者 王川 吴敏`: a byline without its □ (or after another bullet, ■ 本报记者 王川); in brackets (（记者 吕娜）)
            # it may also close the article, a paragraph of it
            # …unless the line before opens on a credit's label and names no one yet (整理人： / 本报记者 吕娜, 整理人：本报 /
            # 记者 吕娜): the names it announces
            out.append([r == "byline" and not announces_names or r == "para" and inside or r == "cont" and announces_names
                        for r in ROLES])
            continue
        if PAREN_LEFT_OPEN.match(text) and (REPORTER.match(text[1:]) or text[1:].startswith(AUTHOR_NOTES)
                                            or signs_off(text + following)):
            # `（本报记者 吕娜 通` / `讯员 王川）`: an article's closing signature broken by a column, the paragraph it
            # opens (no head line of the labelled articles opens on a bracket); a closing dateline too (`（本报` /
            # `槐川3月2日电）`), though its first piece names no one yet
            out.append([r == "para" for r in ROLES])
            continue
        if text.startswith(NOTES) or jump(text):  # a note on the article, a jump line: a paragraph where it stands
            out.append([r == "para" for r in ROLES])
            continue
        if CONTACT.search(text):  # a number or an address to reach: running text, no head line nor subhead (nor the
            # rest of the line before when a bullet opens it as a list's item, ●…服务中心：0578-…, or under a box's
            # entries ending on no mark, `box_styled`: 地点：… / 电话：…)
            out.append([r == "para" or r == "cont" and text[:1] not in BULLETS and i - 1 not in box_styled for r in ROLES])
            continue
        if i and _attached(text):  # `的两个难题。…`: the rest of the line before (of a title, `的“逆袭”`, too)
            out.append([r in ("cont", "title+") for r in ROLES])
            continue
        if i in items:  # `三个重点：` / `提高兵员质量` / `严格体检政审`: items of the article's list, never a head; one
            # ending on a mark (一是…；) is running text, no subhead either
            out.append([r == "para" or r == "heading" and end_mark(text) not in CLAUSE_END for r in ROLES])
            continue
        if i in verse:  # a poem's lines, quoted by running text: a paragraph each, or the rest of the line before
            # where a word runs across a column break (顶针上的凹痕是三 / 十年的月光); the text after them a paragraph
            rest = verse[i] and verse.get(i - 1, False) and _word_across(lines[i - 1], text)
            out.append([r == "para" or r == "cont" and rest for r in ROLES])
            continue
        if i in turns:  # 记者：… / 王川：…: a turn in a dialogue, a paragraph of its own opening on its label
            out.append([r == "para" for r in ROLES])
            continue
        if i in numerals or i - 1 in numerals:  # a section's number alone (2) and the subhead under it: its head
            out.append([r == "heading" for r in ROLES])
            continue
        if i in alike:  # one of the subheads an article sets after one bullet or count, whatever words open it (■等一场花开)
            out.append([r == "heading" for r in ROLES])
            continue
        if i in bulleted:  # lines under one bullet in a row: never a head line (none of the labelled heads opens
            # on a bullet, so the last of them above the next article's title is no kicker of it); subheads in a row
            # (■管理 / ■书房借阅每月公示…) if running text follows them, for a subhead has its section's text under it,
            # else a list's items (● 全县农村网店超过1200家 / ● …), paragraphs
            out.append([r == "para" or r == "heading" and bulleted[i] for r in ROLES])
            continue
        label = box_label(text)
        if label in BOX_LABELS or companion(text):  # `核心阅读`, `【延伸阅读】`: a box's label, a subhead
            # a reporter's notes over a title-shaped line after a text's end may be a piece of their own (`REPORTER_BOXES`),
            # and with a □ byline under the title they are, whatever the line above ends on (an article cut short): a box
            # inside a report carries no byline of its own
            titled = label in REPORTER_BOXES and i + 1 < len(lines) and _head_shaped(lines[i + 1])
            signed_piece = (titled and i + 2 < len(lines) and lines[i + 2].startswith(BYLINE_MARK)
                            # …as is a title tagged so with a □ byline right under it or under its dash-led subtitle
                            # (…集市里的“中国货”（驻外记者手记） / □吕娜): notes printed as a piece of their own, the tag
                            # the kind of report
                            or companion(text) and (following.startswith(BYLINE_MARK) or following.startswith("——")
                                                    and i + 2 < len(lines) and lines[i + 2].startswith(BYLINE_MARK)))
            own_piece = titled and (i == 0 or ended(lines[i - 1]))
            out.append([r == "head" if signed_piece else r == "heading" or r == "head" and own_piece for r in ROLES])
            continue
        if label in PIECE_LABELS:  # `社论`: an opinion piece's kicker
            out.append([r == "head" for r in ROLES])
            continue
        if text[0] == "【" and text[-1] == "】":  # a label: a kicker (【走近文艺家】) or a section's (【绝活看点】), the
            # latter where labels alike stand in a row over running text (`parallel_items`: 【案情】 / … / 【审理】 / …),
            # or right over running text, a line too long for a title or stating a sentence (a kicker has its title
            # under it, which may be broken after a comma; no labelled title is wholly in brackets). A title may ask
            # and then answer (…为何冷清？仅靠建房子是不够的, as a real one does), so only a full stop says running text
            over_text = (len(han_only(following)) > LONGEST["title"] or FULL_STOP_INSIDE.search(following) is not None
                         or end_mark(following) == "。")
            out.append([r in LABEL_ROLES and not (i == 0 and r == "title")
                        and not ((i in roundup or over_text) and r != "heading") for r in ROLES])
            continue
        dangling = dangles[i]
        # …and a line left waiting for more (`waits_for_more`: 不少毕业生开始在) is no whole subtitle (none of the 96
        # labelled and blind subtitles ends so; the generator, like a page, breaks titles in two, not subtitles): a lead's
        # first line cut by a column under a title with no byline
        takes_more = waits_for_more(text)
        # …and a line left dangling by its last word opens no article's head over running text (书房的第一步是 / 搭好书架，
        # 买齐新书。): a head line left so goes on in its rest, which holds no sentence and ends on no mark
        dangles_over_text = (dangling and not opens_unclosed(text) and text[-1] not in NO_LINE_END and i + 1 < len(lines)
                             and (SENTENCE_INSIDE.search(lines[i + 1]) is not None or end_mark(lines[i + 1]) in CLAUSE_END))
        goes_on = SENTENCE_INSIDE.search(text) is not None  # running text, not a subhead nor a subtitle
        # a bullet (●, ■) sets off a subhead or a list's item, which it opens: none of the 326 labelled and blind heads
        # opens on one, no byline (□ or names alone), and no text goes on across it
        bulleted_line = text[:1] in BULLETS
        # …and so does a section's tag in lenticular brackets before the subhead's words (【现场】天花板鼓起一个大包): a
        # head's first line at most (a column's tag before a title), never a title under a kicker, the rest of a head
        # line, a subtitle or a byline
        tagged_line = SECTION_TAG.match(text) is not None
        # a subtitle opens a phrase of its own: none of the 255 labelled titles and subtitles opens on a clause of two
        # characters or fewer before a comma but three titles (假期，…); a line that does (实施，这些变化要知道) is the rest
        # of the title above it, broken inside a clause (…新规下月 / 实施，…)
        phrase = text.lstrip("—")
        first_clause = FIRST_CLAUSE.match(phrase).group()
        opens_short = len(first_clause) < len(phrase) and len(han_only(first_clause)) <= 2
        # a subhead is no running text: it ends no sentence with more after it, holds no clause too short for a
        # subhead's, and is not the subject of a copula opening the next line (首道工序 / 是雕塑头模: a section's
        # first sentence has a subject of its own); nor is it right above a dateline, which opens an article's lead
        # (after its head, or a lead box at most), never a section (none of the labelled subheads has one under it),
        # but for a bulleted item's (● …): a roundup of briefs under its column's title (国际简讯 / ● … / 本报…电 / ● …),
        # each item a brief with its own dateline, as no title opens on a bullet (see `bulleted_line`)
        # Of parallel item heads (`parallel_items`) the words before the colon name the item (▲古镇：…), and of a
        # counted question (`COUNTED_ASK`) or a noun numbering its part (数字二：…, `LABELLED_COUNT`) count it, no clause
        labelled = counts[i] is not None and counts[i][0].endswith("：")
        # …and a section's number opening the line before a comma (第一，在一线摸清实情) is its number, no clause: the
        # clause too short for a subhead's is looked for in the words after it
        worded = text[number.end() :] if (number := NUMBERED.match(text)) else text
        # …and of a numbered head the words before the colon name its part (三、期待：让改革红利惠及更多青年), as an item
        # head's do
        labelled = labelled or number is not None and ITEM_HEAD.match(worded) is not None
        # …nor a topic's label before its colon, of two characters or more, where another such head stands over the
        # next part or the one before (海风：攻守均衡 客场稳健 / … / 雄鹰：主场强势 锋线火热: the sides a preview weighs)
        topic = i in paired
        no_subhead = (dangling or goes_on
                      or short_clause(worded) and i not in roundup and not COUNTED_ASK.match(text) and not labelled
                      and not topic
                      or i + 1 < len(lines) and subjects_above[i + 1]
                      or opens_lead(following) and i not in roundup and not bulleted_line)
        # a head-shaped line (short, no clause inside, ending on no mark, not left dangling) between an article's
        # end (a full stop, a signature or a closing note) and a lead's dateline is the next article's title: no
        # subhead stands over a dateline (above), a paragraph ends on a mark, and a lead box sits under its head, not
        # after a text's end (the one labelled over its dateline comes right after its title); a bulleted one is a
        # roundup's item head (see `no_subhead`). So is one under running text longer than any title that stops short
        # of its end (…力争到2027年，全省县中全部达到省定办), or one on a clause's comma however short (…局长吴敏表示，: no
        # head line ends on one), the article above cut short there: a dateline opens a lead, never a paragraph of the
        # text above, and its head stands over it. A question title (…好老师？) ends on its mark
        cut_above = i > 0 and not ended(lines[i - 1]) and (len(han_only(lines[i - 1])) > LONGEST["title"]
                                                          or end_mark(lines[i - 1]) in COMMAS)
        titles_lead = (i > 0 and i not in roundup and not bulleted_line and opens_lead(following)
                       and (ended(lines[i - 1]) or cut_above)
                       and han <= LONGEST["title"] and not dangles[i] and not _CLAUSES.search(text)
                       and not SENTENCE_INSIDE.search(text)
                       and (end_mark(text) not in CLAUSE_END + SENTENCE_END or text[-1:] in QUESTIONS))
        # the summary box that opens an article's body (核心阅读: the first block of each of the 5 real labelled articles
        # and the 10 blind ones that carry it) sits right under its head, never under a section's text: the line over
        # it is a head line, the title or its rest, a subtitle or a byline, whatever the line above it ends on (an
        # article cut short above the title)
        over_lead_box = box_label(following) == LEAD_BOX
        # a label's shape (`_label`: 走基层, 非遗人物) after a text's end, over a line shaped like a title: a kicker, or a
        # subhead, never a paragraph of its own, which would end on no mark with a few characters said (a name alone
        # there signs the text above, `signing`)
        labels_head = (0 < i and ended(lines[i - 1]) and han <= COLUMN_LABEL and _label(text) and i not in signing
                       and _head_shaped(following) and i + 2 < len(lines) and not _head_shaped(lines[i + 2]))
        # the byline marked with □ sits right under its article's head: in every labelled page (44 of 44) the line
        # above it is a title, a subtitle or a kicker, so that line is one (a title broken in two and read as a
        # paragraph, `书香浸润城乡，全` / `民阅读蔚然成风` / `□吕娜`, is a title), unless it holds a full stop with more
        # after it: a paragraph's end run together with the title by a layout without paragraph marks
        # A deck of sentences between a line shaped like a title (no byline) and the byline (从社区角落到县城广场，…已有12家。怎样让…？ /
        # □吕娜) ends on a sentence's mark after its full stop; a paragraph's end run together with a title ends on the
        # title's words: the deck is a subtitle (1 of the 42 subtitles of the blind articles)
        deck = (following.startswith(BYLINE_MARK) and i > 0 and _head_shaped(lines[i - 1])
                and not lines[i - 1].startswith(BYLINE_MARK) and end_mark(text) in SENTENCE_END
                and han <= LONGEST["subtitle"])
        above_byline = following.startswith(BYLINE_MARK) and (not FULL_STOP_INSIDE.search(text) or deck)
        # a head line holding a colon is a title (5 of the 52 labelled titles hold one), never a kicker (none
        # of the 26 labelled has one): the line after it is the title's rest, not a title under it
        # (槐川县：城市书房 / 点亮阅读生活); a colon in running text above (…说：“…。”, a paragraph's) heads nothing
        after_colon = (i > 0 and ("：" in lines[i - 1] or ":" in lines[i - 1]) and not is_terminated(lines[i - 1])
                       and len(han_only(lines[i - 1])) <= LONGEST["title"])
        # …and what a title says after its colon is a phrase of its own (6 Han characters or more in the 17 labelled
        # titles that hold one): a line ending on a few after it (麓安：消费) is a title broken inside that phrase, the
        # line under it is the rest (新场景点燃冬日市场), not a subtitle
        colon_cut = after_colon and 0 < len(han_only(re.split("[：:]", lines[i - 1])[-1])) < SHORTEST_TITLE
        # a line ending on a colon announces what follows (编辑同志：, 王川说：): no subtitle nor a title's rest, which
        # are whole (none of the 156 labelled head lines ends on one); a title's first piece may (返乡青年吴敏： / 把山货…)
        announces = end_mark(text) in "：:"
        # …so the line after one is what it announces (its rest, or a paragraph of it: 服务热线： / 12333…), no head line
        # of an article of its own: none of the labelled articles ends on a colon; nor a subhead, unless numbered or
        # bulleted (做法如下： / 一、…): none of the labelled blocks ends on a colon, and a title broken after its colon
        # (书房故事： / 让阅读走进乡村) goes on in its rest
        announced = i > 0 and end_mark(lines[i - 1]) in "：:"
        announced_section = announced and not _sectioned(text)
        under_piece = i > 0 and box_label(lines[i - 1]) in PIECE_LABELS  # 社论 / its title (`PIECE_LABELS`)
        # a name closing on a circled number is a series' with its instalment (乡村振兴观察④): a head line, no sentence
        # of running text ends so, nor a subhead's (which a section's number opens: ①…)
        instalment = SERIES_NUMBER.search(text) is not None
        # a head line left dangling (城市书房和) or on a comma (…推进数字乡村建设，) is no whole kicker or title (none
        # of the 30 labelled kickers dangles, none of the 156 labelled head lines ends on a comma): the line after it
        # is its rest, not a title or a subtitle under it (unless it names its subject and the kind of report, a
        # subtitle by its form, `reports_on`: 老巷子“焕新” 烟火气还在 / …改造见闻, where 在 is the verb)
        after_dangling = i > 0 and (dangles[i - 1] or lines[i - 1][-1] in "，、,")
        # …and a line asking after a dialogue's turn left on a comma (问：您…， / 最深的体会是什么？) is the rest of the
        # question the turn began, no head of an article (a question may head one after an article cut short)
        asks_on = after_dangling and i - 1 in turns and end_mark(text) in "？?"
        # a dictionary word across the break (…城市书房点亮阅读生 / 活) is a title broken in two: the line is its
        # rest, not a title under a kicker, a subtitle, a byline, nor the first head line of an article of its own (no
        # kicker and title of the 52 labelled articles share one, and 1 of 1,201 head-line pairs on generated pages;
        # 52 of 179 broken titles do); nor a paragraph or a subhead of its own (on generated pages of the dev articles,
        # 225 of 225 lines a word runs into go on from the line before): a line left mid-word is no whole subhead and
        # no paragraph's end. A character doubled across the break (…石桥村 / 村里…) may be two words, 村村 is no proof.
        # Nor is a word across after a line complete as a kicker (`whole_kicker`) that reads no likelier than the break
        # (`cut_inside`: 一线调查 / 表显3万公里…, 调查表): the label ends on its own word (the one such pair on the
        # generated pages is a kicker over its title; every pair a word binds strongly, 经济观察 / 员…, goes on)
        after_word = i > 0 and _word_across(lines[i - 1], text) and not (whole_kicker[i - 1]
                                                                           and not cut_inside(lines[i - 1], text))
        # …as is a number broken across it (关于做好20 / 25年度…的通知): the line is the rest of the one before
        mid_word = (after_word and text[0] != lines[i - 1][-1]
                    or i > 0 and lines[i - 1][-1].isdigit() and text[0].isdigit())
        # the page's own words run across the break (see `phrase_across`, `printed_whole`): the line goes on from the
        # one before (or is a title under a kicker named with it), no paragraph of its own
        joined = i > 0 and ((phrase_across(lines[i - 1], text, page) and not words_meet(lines[i - 1], text, page))
                            or printed_whole(lines[i - 1], text, page))
        # …and the word outweighs a place's unit read at the end of the line before (描绘美丽乡 / 村新画卷: 乡村). A
        # place's whole name is a kicker, no title (a title says what happened there), and so is a column's label of two
        # names joined by the middle dot (理论·实践, 镜头·秋收) or of a topic and a kind of report (经济观察,
        # `report_column`): the head line under it is the title, not a subtitle (槐川县石桥村 / 书房点亮乡村夜 / 本报讯…),
        # but for one opening on the dash, a subtitle by its form (a title may end on a unit's character: …一方山乡 /
        # ——…见闻). Not a place's name under a kicker that leads on into its title on the dash (高温少雨—— / 槐川县 /
        # 抗旱保供水见成效): there the place opens the title, broken after it
        after_place = i > 0 and whole_kicker[i - 1] and not after_word and not (i > 1 and leads_on[i - 2])
        # a section number (一、, （一）) opens a subhead or a list item of the text, never a title's rest, a subtitle
        # or a byline (none of the 52 labelled heads holds one): a numbered line under a title is the text's first subhead
        numbered = NUMBERED.match(text) is not None
        # a line opening on 记 or 访 alone, with its dash or without (——记…, 访…), names whom the article portrays or
        # interviews: a subtitle by its form (as the labelled ——记… are), never a head line above it nor a title's rest;
        # so is one naming who attended the event the title reports (`attendance`: 王川出席并讲话) or the kind of report
        # after its subject (`reports_on`: …改造见闻)
        kind_named = reports_on(text)  # (…and names no one: no byline)
        # …and a line under a head line where one of the two says what a place or its body did, or the line gives figures
        # in clauses: the subtitle of that title, not a title under a kicker (`title_over_subtitle`), nor the second of two
        # subheads in a row (none of the 13 labelled pairs of subheads is such a pair; 21 of the 56 titles over a
        # subtitle); a roundup's item head is a subhead by its form (多地推进全民阅读 / 石桥村：… / 本报讯…)
        under_statement = i > 0 and i not in roundup and title_over_subtitle(lines[i - 1], text, following)
        attends = attendance(text)  # (no subhead nor byline either: a section is not who attended, a byline no verb)
        portrayed = portrait(text)
        portrays = portrayed or attends or kind_named
        # …unless a line ending on the dash stands over it, leading into it: the portrait is then the title the kicker
        # leads into (用心用情守护…—— / 访…检察长吕娜), a head line still, never a byline
        led_into = portrayed and i > 0 and leads_on[i - 1]
        # …and a line opening on the dash leads from its title into what it adds (——记…, ——在…上的讲话（摘要）): a
        # subtitle or a list's item, never a kicker nor a title (6 of the 18 labelled subtitles open so, none of the
        # 52 kickers and 61 titles over or under one), whatever its end looks like (a column tag's brackets), nor a
        # byline, whatever names it holds (——访…协会党组书记、主席韩文涛: whom the article interviews), nor a subhead
        # (none of the 348 subheads of the labelled and invented articles opens on the dash; 38 of their 68 subtitles do)
        dash_led = text.startswith("——")
        # …while under an article's first head line (at the page's top or under running text: a text's end, a sentence
        # inside the line, a line longer than any head line) with a column's or a series' label's shape (`_label`:
        # 志愿服务在身边, 乡村振兴进行时) the line is the title, not a subtitle: 173 of the 299 labelled and blind kickers
        # have that shape, and of the 49 titles without a kicker over a subtitle one, its subtitle led by the dash
        # (黄沙深处种绿洲 / ——记…), a subtitle by its form still. A label-shaped line under another head line may be a
        # title under its kicker (桐溪县石桥村 / 书房领航 / 村里的读书会越办越红火) or a title's rest (…支持中小微 / 企业发展).
        # Where a label-shaped line stands over one the line above makes a subtitle (`under_statement`: 全民阅读在行动 /
        # 桐溪县书房年接待读者12万人次 借阅量翻番), the two rules contradict each other and neither holds: the model reads them
        first_above = i == 1 or i > 1 and (ended(lines[i - 2]) or FULL_STOP_INSIDE.search(lines[i - 2]) is not None
                                           or len(han_only(lines[i - 2])) > LONGEST["head"])
        under_label = i > 0 and first_above and _label(lines[i - 1]) and not (dash_led or portrays)
        if under_statement and under_label:  # the two contradict each other: neither holds (above)
            under_statement = under_label = False
        # a line that reports speech is running text, no head line nor subhead, unless the □ byline under it makes
        # it a head (only a line short enough for one is asked)
        running = han <= LONGEST["head"] and not above_byline and reports(text)
        # …as does a line opening on a word that ties it on to the text above (此外，, 最后，, 目前，: `opens_linked`), the
        # last line of an article cut short over the next one's title (…最后，吕娜把新书 / 书房上新 阅读变“热”) included
        linked = opens_linked(text)
        # …and a line of three clauses or more that stops on a character, no mark after its last (…，48岁的村民…，脸上):
        # running text cut short, never an article's first head line; of the 319 labelled and blind kickers, titles and
        # subtitles, those holding two commas end on the dash or a question mark (…，如何应对？) or are subtitles
        clauses_on = text.count("，") >= 2 and HAN.match(text[-1:]) is not None
        # …while a phrase ending on a verb that stresses or points out (`STRESSES`), no mark after it, over a phrase of its
        # own, after a text's end or at the page's top, leads into the words it reports, set as the title under it
        # (王川在石桥村调研时强调 / 让农家书房真正用起来): a kicker; running text goes on after the verb with a colon or a
        # comma (a bare 说 may run straight into what was said, 他说这是…)
        speaks_over = ((i == 0 or is_terminated(lines[i - 1])) and _phrase(text) and text.endswith(STRESSES)
                       and _phrase(following) and HAN.match(following[:1]) is not None)
        # a line opening on the copula or on a verb alone goes on from the line before, where its subject is (…仅靠建书房
        # / 是不够的, …教育局负责人 / 表示，…): it opens no head line, no subhead and no byline (see `subject_above`)
        subject_rest = subjects_above[i]
        # …so over running text opening on the copula (五年级学生的梦想 / 是将来当一名科学家。…) the line is the copula's
        # subject, cut off by a column break: no head line, as no lead opens on the copula (a title's rest may: 槐川县 /
        # 是怎样…的, head-shaped itself)
        subject_below = (i + 1 < len(lines) and subjects_above[i + 1]
                        and (len(han_only(following)) > LONGEST["title"] or SENTENCE_INSIDE.search(following) is not None))
        # a byline lists names: it quotes nothing (no labelled byline holds a quotation mark nor a title's 《》; a
        # title's rest does, …增收“大伞” over the □ byline)
        quotes = any(ch in text for ch in "“”‘’《》「」")
        # words whole in quotation marks that the paragraph under them opens on (“她身上有股韧劲” / “她身上有一股韧劲，…”)
        # are its section's head, lifted from the quotation as papers do: a subhead, not an article's head
        lifted = (_quoted_head(text) and following[:1] == "“" and len(han_only(text)) >= LIFTED
                  and han_only(following)[:LIFTED] == han_only(text)[:LIFTED])
        # a person's name alone on a line between a head line and running text is a byline (a commentary's author
        # under its title), or a paragraph's words cut off by column breaks on both sides; not the head's rest (see
        # `lone_name`), unless a word runs across. Above anything else it may be a title's part: 王晓 / 棠：…, a
        # title's last words over its □ byline
        byline_only = name_lines[i]
        if tag_split[i] or i and tag_split[i - 1]:  # 书房上新 阅读变“热”（文化 / 观察）: a title and its rest
            out.append([r in HEAD_ROLES if tag_split[i] else r in ("title+", "subtitle") for r in ROLES])
            continue
        # the page's first line goes on from no line: no rest of one, no title under a kicker; nor a subhead, which
        # needs text of its article above it (a page opens on an article's head, as the seed and the 15 labelled pages
        # do, or on a paragraph or a jump line of one carried over from the page before)
        fits = [(SHORTEST.get(r, 0) <= han or r == "subtitle" and (text.startswith("——") or attends))
                and han <= LONGEST.get(r, han)
                and not (i == 0 and r in ("cont", "title+", "title", "subtitle", "heading")) for r in ROLES]
        # a statement ended inside the line, with more after it (时不我待，只争朝夕。新), is running text: no head line
        # of the labelled articles holds one but a kicker leading into its title (…。为了…，终于——)
        stated = FULL_STOP_INSIDE.search(text) is not None and not text.endswith("——")
        # …and so is a line ending on a full stop: none of the 1,228 head lines and subheads of the labelled and blind
        # articles does (a title may ask or exclaim), so it is a paragraph or a paragraph's rest (过秤声、说笑声此起彼伏。
        # under a title: the end of a lead whose start is lost, not the title's rest)
        stated = (stated or end_mark(text) == "。") and not deck
        # a line opening on a statement too short to open a paragraph (`_finishes`: 出发了。母亲往…) ends the sentence the
        # line before began (no title's: none ends on a full stop). Under a line that may be a head (no clause inside
        # it) it may also be a lead cut mid-sentence (…步伐 / 郡采访。…), a paragraph
        finish = i > 0 and _finishes(text) and not is_terminated(lines[i - 1])
        head_above = i > 0 and not _CLAUSES.search(lines[i - 1]) and not SENTENCE_INSIDE.search(lines[i - 1])
        finishes = ("cont", "para") if head_above else ("cont",)
        # a briefs column's title counting or naming them (`ROUNDUP_NAME`) over its first brief's head; a line after
        # `as follows` (`SETS_OUT`)
        counts_briefs = (BRIEFS.search(text) or ROUNDUP_NAME.search(text)) is not None and i + 1 in roundup
        set_out = i > 0 and SETS_OUT.search(lines[i - 1]) is not None
        # a line ending on a dash leads into what follows: a kicker into its title (全国人大代表王川——, 4 of the 30
        # labelled kickers), or running text a column break cut after the dash; no subhead, title, subtitle nor
        # byline of the labelled articles ends on one
        leads_into = leads_on[i]
        # an article signed off in brackets (（吕娜）, （本报伦敦1月13日电）, （作者为…）: each of the labelled ones ends
        # its article) is followed by no subhead of it and no rest of its sentence (a column of briefs, each signed),
        # unless the subhead is one of a roundup's item heads (`parallel_items`), each item signed: 石岭镇：… / …（王川）
        after_end = i > 0 and signs[i - 1]
        # …and a letter's signature after its text (`letter_signed`) is a paragraph of its own, which nothing goes on
        after_letter = i > 0 and letters[i - 1]
        # …but for where its writer lives, in brackets on the next line (读者 吴敏 / （桐溪县石桥村）): the signature's rest
        writer_from = after_letter and WRITER_FROM.fullmatch(text) is not None
        # a topic and a kind of report after a text's end (经济观察, 企业探访, `report_column`) names a column or a series
        # over its article's title: no section of the article above (none of the 280 labelled and blind subheads reads
        # so; 8 of the 101 kickers do), nor a paragraph (a label, no clause). Not over a numbered line, which no title
        # is (`numbered`): there the label heads a part of the article above, its sections numbered under it (一线见闻 /
        # （一）…)
        numbered_below = NUMBERED.match(following) is not None
        # …and a line the next glosses (`glosses`: 推行“三清一改” / （清理垃圾、疏通沟渠…）工作法…) is running text, no subhead
        # nor head line
        glossed = glosses(following)
        column_over = i > 0 and ended(lines[i - 1]) and report_column(text) and not numbered_below
        # …and under a label naming a kind of report stands its piece's title (the labelled kickers) or, inside an article,
        # its box's first paragraph (记者观察 / 采访中，…): never a subhead, which would leave the label a head with no title
        # (none of the 25 labelled such lines has one under it; a column of briefs, 县内简讯, holds their heads as
        # subheads), but for a numbered one, the label's first section
        under_column = (i > 0 and report_column(lines[i - 1]) and REPORT_KIND.search(lines[i - 1]) is not None
                        and not numbered)
        # a title tags its column and series in brackets after it (…用在“真问题”上（科创观察·评论）): a subhead names its
        # section alone (none of the labelled and invented dev subheads ends on such a tag; 12 of their titles do); nor
        # does running text close a line on one with no sentence ended before it
        series_tagged = series_tags[i]
        # …where it closes the title: the line under a head line ending on one is no rest of it (小城消费添新意（消费观察·
        # 县域篇） / 同比增长57.3%: a paragraph's piece)
        after_series_tag = i > 0 and series_tags[i - 1]
        # a head's first line of a few characters (after running text) is no whole title (the labelled titles have 4
        # or more), in quotation marks or not (“书房” / 十年，点亮一座小城): a column's label (简讯, 快评) or a broken
        # title's start, the line under it is the title or its rest, not a subtitle; so is the line of a few under a
        # kicker that is a place's whole name or a column's label (槐川县石坪镇 / 小蘑菇 / 撑起山乡增收“大伞”: the title's start),
        # or one that leads into its title on the dash (多措并举应对高温少雨—— / 槐川县 / 抗旱保供水见成效); and so is a
        # term alone in quotation marks (`_quoted_term`: 槐川县 / “书香驿站” / 点亮乡村夜生活)
        under_short = (i > 0 and (len(han_only(lines[i - 1])) < SHORTEST_TITLE or _quoted_term(lines[i - 1]))
                       and HAN.match(lines[i - 1].rstrip(CLOSERS)[-1:]) is not None
                       and (i == 1 or is_terminated(lines[i - 2]) or whole_kicker[i - 2]
                            or leads_on[i - 2]))
        # …nor is a line of so few a whole title under a kicker where a byline or a dash-led subtitle follows it, no rest
        # of it to come: it is the rest of the title above (乡村书房要解决 / “真问题” / □吕娜)
        short_rest = han < SHORTEST_TITLE and following.startswith((BYLINE_MARK, "——"))
        # …and a line right over the interviewer's turn (记者：…) heads a section of the interview, never an article: an
        # interview opens on a lead that introduces whom it asks (none of the 12 labelled, invented and blind articles
        # holding turns opens on one; a subhead stands right over the interviewer in each)
        over_question = (i + 1 in turns and (m := TURN.match(following)) is not None and m[1] == INTERVIEWER)
        row = [fit
               and not (no_subhead and r == "heading") and not ((goes_on and not deck or takes_more) and r == "subtitle")
               and not (short_rest and r == "title") and not (over_question and r in HEAD_ROLES)
               and not (numbered and r in ("title", "title+", "subtitle", "byline"))
               and not (after_colon and r == "title") and not (announced and r in ("head", "title", "subtitle", "byline"))
               and not (bulleted_line and r in ("head", "title", "title+", "subtitle", "byline", "cont"))
               and not (tagged_line and r in ("title", "title+", "subtitle", "byline"))
               and not ((opens_short or colon_cut) and r == "subtitle")
               and not (instalment and r in ("para", "heading", "byline"))
               and not (above_byline and r not in HEAD_ROLES)
               and not (after_place and (r == "title+" or r == "subtitle" and not dash_led))
               and not (after_dangling and r in ("title", "subtitle") and not kind_named) and not (asks_on and r == "head")
               and not (after_word and r in ("head", "title", "subtitle", "byline"))
               and not (mid_word and r not in ("cont", "title+"))
               and not (joined and r == "para")
               and not ((running or linked) and r in HEAD_ROLES + ("heading",)) and not (clauses_on and r == "head")
               and not (i in unlike_bullets and (r == "heading" or r in ("para", "cont") and not unlike_bullets[i]))
               and not (subject_rest and r in ("head", "title", "subtitle", "byline", "heading"))
               and not (byline_only and r not in ("byline", "cont"))
               # …only a byline under a whole head line of its own (`_signed`), and that line a head line, the title
               # under its column's label
               and not (i in signed and r != "byline")
               and not (i + 1 in signed and r not in (("title",) if i - 1 in labels else HEAD_LINES))
               and not (i in labels and r != "head") and not (i - 1 in dated and r != ("heading" if bulleted_line else "title"))
               and not ((leads_into or speaks_over) and r in ("heading", "title", "subtitle", "byline"))
               and not (speaks_over and r in ("para", "cont"))
               and not (after_end and r in ("heading", "cont") and i not in roundup)
               and not (i in heads_sections and (r == "heading" or heads_sections[i] and r != "head"))
               and not (i in counted and r in HEAD_ROLES)
               and not (i in roundup and r in HEAD_ROLES + ("para",))
               and not ((counts_briefs or i in roundup_head) and r not in ("head", "title"))
               and not (i in credited and r in HEAD_ROLES) and not (i in briefs_head and r != "head")
               and not (i in signing and r == "head") and not ((i in people_on or dangles_over_text) and r == "head")
               and not (portrays and r in ("head", "title", "title+") and not (led_into and r == "title"))
               and not ((kind_named or led_into) and r == "byline")
               and not (attends and r in ("heading", "byline"))
               and not (dash_led and r in ("head", "title", "title+", "byline", "heading"))
               and not (after_series_tag and r == "title+")
               # a signature ends its line's paragraph; on a line of its own (（作者为…）, （吕娜）) it is one, going on from no
               # line (each of the labelled ones stands alone; none is printed after its article's last sentence)
               and not (signs[i] and r not in (("para",) if inside else ("para", "cont")))
               and not (under_short and r == "subtitle")
               and not (under_statement and r in ("title", "heading")) and not (under_label and r == "subtitle")
               and not (quotes and r == "byline")
               and not (titles_lead and r != "head") and not (over_lead_box and r not in HEAD_ROLES)
               and not (labels_head and r == "para")
               and not (column_over and r in ("heading", "para", "cont")) and not (under_column and r == "heading")
               and not (series_tagged and r in ("heading", "para", "cont"))
               and not (i - 1 in box_styled and not after_word and r == "cont")
               and not (announces and r in ("subtitle", "title+"))
               and not (stated and r in HEAD_ROLES + ("heading",)) and not (lifted and r in HEAD_ROLES)
               and not (letters[i] and r != "para") and not (after_letter and (r == "cont") != writer_from)
               and not (finish and r not in finishes)
               and not (set_out and r == "cont") and not (announced_section and r == "heading")
               and not (i - 1 in alike and r == "cont")  # (a subhead is whole: its section opens under it)
               and not (glossed and r in HEAD_ROLES + ("heading",))
               and not (under_piece and r != "title") and not (subject_below and r in HEAD_ROLES)
               for r, fit in zip(ROLES, fits)]
        # rules that leave a line no role contradict each other, one of them misreading it (槐川县 / 是怎样…的 /
        # □吕娜: a title broken after its place name, its rest opening on the copula): the model weighs the line
        # within its length bounds, rather than the page losing every reading
        out.append(row if any(row) else fits)
    return out


AUTHOR_NOTES = ("作者为", "作者系", "作者单位", "作者：", "作者:")
SIGNATURE = re.compile(r"[（(]([^（）()]{2,60})[）)]$")  # an author's note may name a long institute and post


PLACE_NAME = 8  # characters of a place's name down to its unit at a line's start (槿原县荇坪镇, 昭岭市)
PORTRAYS = ("记", "访")  # (——)记某某, (——)访某某: a profile's or an interview's subtitle
# who attended the event the title reports, chaired it, went along or spoke at it (韩立明出席并讲话, 王川主持, 吕娜陪同): a
# meeting's, a visit's or a ceremony's subtitle
ATTENDS = re.compile(r"(?P<who>[\u4e00-\u9fff、]{2,24}?)(?:出席|主持|参加|会见|陪同|致辞|讲话)(?:会议|大会|仪式|活动)?"
                     r"(?:并(?:讲话|致辞|发表(?:重要)?讲话|作报告|见证签约))?")


# the kind of report a subtitle names after what it covers (…桂井巷片区改造见闻, …产业集群发展调查, …博览会侧记): 18 of the
# 152 labelled and blind subtitles close so, no title, and only kickers of a few characters (记者调查, 乡村振兴·一线见闻);
# an interview (访谈, 专访) is such a kind too (法治访谈: a column's label), and so are the notes a writer keeps (笔记,
# 手记, 札记, 随笔, 漫笔: 行旅笔记, 白衣手记, 文化漫笔, a column of essays), and an explainer's (解读: 政策解读, 新规解读, what a
# rule means; 说法: 以案说法, 法官说法, the law explained through a case or by a judge), a follow-up's (追踪: 热线追踪,
# 新闻追踪, what came of a complaint or a story), and a reporter's journey through a region or a theme told in
# instalments (纪行, 调研行, 蹲点行: 边疆纪行, 高质量发展调研行)
REPORT_KIND = re.compile(r"(?:见闻|侧记|纪实|素描|综述|述评|调查|探访|扫描|观察|访谈|专访|笔记|手记|札记|随笔|漫笔|解读|说法|追踪|纪行|调研行|蹲点行)$")
# …and the kinds of commentary a paper names its opinion columns after, its name, a topic or a time before (槐川时评,
# 书房快评, 今日评论), or the news of a field a column gathers (医讯, 警讯, 校园资讯: 讯, tidings)
COLUMN_KIND = re.compile(r"(?:时评|快评|短评|锐评|漫评|评论|讯)$")
REPORT_KIND_SUBJECT = 10  # Han characters: a subtitle naming its subject before the kind, longer than a kicker's label


def _head_shaped(text: str) -> bool:
    """The line may be a title: a title's length at most, no sentence inside, ending on no mark a title never ends on
    (`TITLE_FREE`: a title may ask, 城市为何更热？; unlike `_phrase`, a clause inside it is a title's: 书房的灯，亮到深夜)."""
    return (len(han_only(text)) <= LONGEST["title"] and SENTENCE_INSIDE.search(text) is None
            and end_mark(text) not in TITLE_FREE)


def report_column(text: str) -> bool:
    """The line names a topic and the kind of report on it in a few Han characters (经济观察, 企业探访, 一线调查), the
    briefs or news it gathers (城事速递, 医讯: `ROUNDUP_NAME`, `COLUMN_KIND`) or the commentary it runs (槐川时评): a
    column's or a series' label, the kind a noun here, complete in itself (no title's first words: a title says
    something, and a title of a kind alone would be a subtitle's, `reports_on`)."""
    kind = REPORT_KIND.search(text) or ROUNDUP_NAME.search(text) or COLUMN_KIND.search(text)
    return (kind is not None and kind.start() > 0 and len(text) <= KICKER_LABEL and han_only(text) == text
            and "的" not in text)


def reports_on(text: str) -> bool:
    """The line names a subject and the kind of report on it, a subtitle's form (渠宁市兰畔区桂井巷片区改造见闻): not a
    kicker nor a title nor a title's rest."""
    return REPORT_KIND.search(text) is not None and len(han_only(text)) >= REPORT_KIND_SUBJECT and not _CLAUSES.search(text)


def attendance(text: str) -> bool:
    """The line names people and says they attended, chaired or spoke, and nothing else: the subtitle under a meeting
    report's title (韩立明出席并讲话), never the title itself, which says what was held (…召开…推进会); in parts apart by
    spaces, each names and says so or only names (吕娜出席并见证签约 王川致辞, 吕娜 王川陪同)."""
    parts = text.lstrip("—").split()
    attended = [m for m in map(ATTENDS.fullmatch, parts) if m is not None]
    return (bool(attended) and all(_names(name) for m in attended for name in m["who"].split("、"))
            and all(ATTENDS.fullmatch(part) or _names(part) for part in parts))


def names_doer(text: str) -> bool:
    """The line opens on a place's name down to its unit, two characters or more before it (汀澜市, 昭岭市, 桐南省: not
    全市), and goes on to a verb of two characters or more: a statement of what that place or a body of it did
    (汀澜市调整住房公积金贷款政策, 昭岭市第二人民医院推出…服务)."""
    if numeral(text[0]) is not None:  # a count opens no place's name (三项省纪录被改写)
        return False
    lex = lexicon()
    words = lex.cut(text)
    name = ""
    for k, w in enumerate(words):
        if han_only(w) != w or len(name) + len(w) > PLACE_NAME:
            return False
        name += w
        if w in ADMINISTRATIVE or len(w) > 1 and w[-1] in ADMINISTRATIVE and lex.is_place(w):
            return len(name) > 2 and any(len(x) > 1 and lex.tag(x) == "v" for x in words[k + 1:])
        if len(w) > 1 and lex.tag(w) == "v":
            return False
    return False


def gives_figures(text: str) -> bool:
    """The line gives figures in clauses, apart by a comma or by the space heads set between clauses (首批展出文物800余件，
    市民可在线预约免费参观; 全年公益投入超1.2亿元 带动三千余户群众增收): a sentence of detail, a subtitle's, which a title
    set in large type leaves out."""
    return re.search(r"\d", text) is not None and (re.search(r"[，；,;]", text) is not None or SPACED.search(text) is not None)


def title_over_subtitle(above: str, text: str, after: str = "") -> bool:
    """Under a head line, the line is the subtitle, not the title under a kicker, where either of the two says what a
    place or a body of it did (`names_doer`: 汀澜市调整住房公积金贷款政策 / 首套房…, 出院结算不用再排队 / 昭岭市第二人民医院
    推出…服务), a subtitle naming who acted as a kicker seldom does, or the line gives figures in clauses
    (`gives_figures`). Read as before: a kicker that is a place's name or a column's label, leads in by a dash or a verb
    (奋战四季度　冲刺全年目标 / 沣岚市…集中开工) or sits in brackets; a line ending a text, longer than a title, a byline
    or a subhead by its form (`_sectioned`: no head line; running text says what a body did as often, and under a
    subhead stands its section); a title carrying its column's tag, perhaps on the line `after` where the title is
    broken in two (槐川县探索设立城市书房 / 书香满城 / 人人受益（…）) or inside the tag (…人人受益（走 / 基层）); a line over
    a subtitle by its form (`subtitled`: …集中签约仪式举行 / 86个项目集中签约 / 吕娜出席并致辞), which is the title's. Of
    the labelled and blind heads, the pair holds in 19 of 31 titles over a subtitle without a dash and in none of 299
    kickers over their titles; on the generated pages of their articles, over 2,633 subtitles and no title under a
    kicker."""
    if (len(han_only(text)) > LONGEST["subtitle"] or len(han_only(above)) > LONGEST["title"] or ended(above)
            or above.endswith("——") or above[:1] in "【（(" + BYLINE_MARK or any(_sectioned(x) for x in (above, text))
            or len(han_only(above)) <= COLUMN_LABEL or COLUMN_TAG.search(text) or COLUMN_TAG.search(after)
            or opens_unclosed(text) or place_line(above) or column_label(above) or subtitled(after)):
        return False  # (a line longer than a subtitle is neither a subtitle nor a title)
    first = lexicon().cut(above)[0]
    if len(first) > 1 and lexicon().tag(first) == "v":
        return False
    return names_doer(above) or names_doer(text) or gives_figures(text)


def _sectioned(text: str) -> bool:
    """The line is set as a subhead or a list's item by its form: a bullet or a section's number opens it (● …, 一、…,
    （一）…), which no head line nor subtitle does."""
    return subhead_style(text) in ("bullet", "number")


def subhead_style(text: str) -> str:
    """How a subhead is set off: by a bracket (【案情回顾】), a bullet (● …), a section's number (一、, （一）) or nothing."""
    if text[:1] in "【[〖":
        return "bracket"
    if text[:1] in BULLETS:
        return "bullet"
    return "number" if NUMBERED.match(text) else "plain"


def subtitled(after: str) -> bool:
    """The line is a subtitle by its form: led by the dash, naming whom a profile portrays (`portrait`), who attended
    (`attendance`) or the kind of report (`reports_on`)."""
    return bool(after) and (after.startswith("——") or portrait(after) or attendance(after) or reports_on(after))


def portrait(text: str) -> bool:
    """The line opens on 记 or 访 as a word of its own (not 记者, 访问), after a dash or not, and ends no sentence: the
    subtitle of a profile or an interview (记槐川县图书馆馆长吕娜). Not a line ending on the dash, which leads on into
    the title under it (访书房管理员吕娜——): a kicker's form, a subtitle opens on the dash."""
    body = text.lstrip("—")
    words = lexicon().cut(body[:6])
    return (len(words) > 1 and words[0] in PORTRAYS and not is_terminated(text) and not text.endswith("——")
            and len(han_only(text)) <= LONGEST["subtitle"])


def _series_tag(text: str) -> bool:
    """The line ends on a column's tag naming a series and its part, apart by a middle dot (（种业振兴·走基层）), after a
    head's words: no sentence ends in it."""
    tag = COLUMN_TAG.search(text)
    return (tag is not None and any(dot in tag[0] for dot in MIDDLE_DOTS) and tag.start() > 0 and text[0] not in "（("
            and not any(ch in SENTENCE_END for ch in text[: tag.start()]))


def _date_rest(lines: Sequence[str], i: int) -> bool:
    """Line i is where the date over it was written (`2024年5月6日` / `于金边`), cut from it by a column break: the rest of
    a signed date (`hanzi.SIGNED_DATE`), which closes its text as the date does."""
    return i > 0 and WRITTEN_AT.match(lines[i]) is not None and SIGNED_DATE.match(lines[i - 1] + lines[i]) is not None


def glosses(text: str) -> bool:
    """The line opens on an aside in brackets, text after it (`hanzi.ASIDE_ON`: an abbreviation, 国际标准化组织 / （ISO）…;
    what a term stands for, 推行“三清一改” / （清理垃圾、疏通沟渠…）工作法…): it explains words printed before it. Each of
    the 36 such lines on the pages of the dev and blind read sets goes on from the line before, a paragraph's; the line
    model weighs whether it goes on from the line right above (a column break may stand between). Not a section's
    number (（一）…) nor a jump line (（上接第一版）…), which open text."""
    return ASIDE_ON.match(text) is not None and not NUMBERED.match(text) and not JUMP_IN.match(text)


def wire_title(text: str) -> re.Match[str] | None:
    """The line is a wire story's head (`WIRE_TITLE`): its dateline (`DATELINE`) and its title after 题：."""
    m = WIRE_TITLE.fullmatch(text)
    return m if m is not None and DATELINE.match(m["dateline"]) is not None else None


def opens_lead(text: str) -> bool:
    """The line opens an article's lead on its dateline (本报讯…, 本报北京3月9日电…), not one in brackets, which closes
    an article (（本报伦敦1月13日电）)."""
    return DATELINE.match(text) is not None and not enclosed(text)


def ended(text: str) -> bool:
    """The line ends its article's text or a paragraph of it: on a full stop, a signature in brackets, a closing
    note (作者：吕娜) or as the date it was issued. A question or an exclamation may end a kicker (…如何应对？), so they
    do not count."""
    return end_mark(text) == "。" or signs_off(text) or text.startswith(NOTES) or SIGNED_DATE.match(text) is not None


def signs_off(text: str) -> bool:
    """The line ends on its article's signature in brackets: the author's names (（吕娜）, （本报记者 王川）), a closing
    dateline (（本报伦敦1月13日电）), a note on the author (（作者为…）, （作者单位：…）) or on where the text was first
    printed (（原载《半月谈》2026年第23期）, `hanzi.SOURCE_NOTES`). A signature closes the text:
    it stands alone or after a sentence's end, never after words that end none (a title's column tag: 渔嫂们的“网”事
    （走基层）, where 走基层 has a name's shape; all 31 signatures of the labelled, invented and blind articles follow
    a sentence's end or stand alone)."""
    inside = SIGNATURE.search(text)
    return inside is not None and (inside.start() == 0 or is_terminated(text[: inside.start()])) and (
        _names(inside[1]) or DATELINE.match(inside[1]) is not None or inside[1].startswith(AUTHOR_NOTES + SOURCE_NOTES))


# a letter's salutation: whom it addresses, dearly or respectfully, up to its colon (亲爱的任老师、各位老师：, 尊敬的吕局长：),
# on a line of its own or opening the letter's first paragraph
SALUTATION = re.compile(r"(?:亲爱的|尊敬的)[^。！？，：:]{1,24}[：:]")
WRITER_FROM = re.compile(r"[（(][\u4e00-\u9fff]{2,20}[）)]$")  # where a letter's writer lives or works: （云岭省青岚县）


# a foreign name transliterated, its parts apart by the middle dot (宋·维萨娜, 坎平·西苏克)
FOREIGN_NAME = re.compile(rf"[\u4e00-\u9fff]{{1,6}}(?:[{MIDDLE_DOTS}][\u4e00-\u9fff]{{1,6}})+")


def letter_signed(text: str) -> bool:
    """The line signs a letter quoted in the text: who writes, then their name apart by a space, and no mark
    (`柳湾区读者 鲁志刚`, `你们的老校长 程德明`; a foreign name transliterated, `你们的学生 宋·维萨娜`); papers may add in
    brackets where the writer lives or works, in words alone (`读者 鲁志刚（柳湾区）`): a paragraph whole in itself, which
    the text after it never goes on. Who writes is said in words, naming a person, a body or a place (读者, 老校长,
    槐川县石桥村): a bullet before a phrase (■ 保饮水, a subhead) says no one, nor does a phrase ending on a verb or a
    function word; and a name repeats none of it (敢转化 会转化 乐转化, a title's parallel phrases, the last of a name's
    shape: 乐 is a surname)."""
    signed = WRITER_FROM.sub("", text)
    *who, name = signed.split() or [""]
    lex = lexicon()
    return (any(han_only(w) for w in who) and lex.tag(lex.cut(who[-1])[-1])[:1] not in NOT_IN_NAMES
            and name[1:] not in "".join(who) and (_names(name) or FOREIGN_NAME.fullmatch(name) is not None)
            and DAY_HEAD.match(signed) is None
            and not any(ch.isdigit() or ch in CLAUSE_END + OPENERS + CLOSERS for ch in signed))


SHORTEST_TITLE = 4  # Han characters: none of the labelled titles is shorter
COLUMN_LABEL = 6  # Han characters: a commentary column's name (短评, 今日谈, 人民时评, 评论员观察)


# A title wholly in quotation marks quotes words said (“把村里的事当成自家的事”): none of the 12 labelled and
# invented such titles, nor of the 3 such subheads, has fewer than 7
SHORTEST_QUOTED = 7


def _quoted_term(text: str) -> bool:
    """The line is a term alone in quotation marks (“红色物业”, “书香驿站”), too short for words said: the subject of a
    title broken after it, no whole title."""
    return _quoted_head(text) and len(han_only(text)) < SHORTEST_QUOTED


TITLE_FREE = "。，、；：,;:…"  # marks no title ends on (a question or an exclamation may end one)
KICKER_LABEL = 8  # Han characters: a label over a title, a column's or a series' (乡村振兴进行时, 高质量发展调研行)


FIRST_CLAUSE = re.compile(r"[^，,；;]*")  # a line's text up to its first comma or semicolon
SECTION_TAG = re.compile(r"^【[^】]{1,6}】[^】]")  # a section's tag before its subhead's words (【现场】天花板鼓起一个大包)
BULLETED_SPAN = 48  # lines back over an article's sections (two of SECTION_SPAN) to the subheads it set after bullets


def _unlike_bullets(lines: Sequence[str], page: str) -> dict[int, bool]:
    """The phrases alone on a line (no clause inside, no bracket around) after a text's end, set plainly, where the
    article's subheads so far (two or more since its byline or its lead's dateline) were each set after a bullet or a
    section's tag (■ 荒滩变了样 / … / ■ 储能稳住电网 / … / 桐溪港吞吐量创新高; 【现场】…): a paper sets all of an
    article's subheads in one form (the 16 labelled and blind articles with two or more bulleted subheads set all so),
    so the plain line is no subhead of that article, but the head of the next or running text. Not a section's number
    (一、…: a level of its own) nor a box's label (延伸阅读, 【相关链接】). Each is mapped to whether the next line goes
    on from it (`ties`, a reporting verb after a speaker's name: 北湾区副区长吕娜 / 表示，…, or the copula after its
    subject: 五年级学生的梦想 / 是当一名科学家。…): then it may also be a paragraph's first words, broken by a column,
    as is a line its last word leaves dangling (村里有一处 / 老祠堂…); else it is whole, a head line."""
    short = [_heading_sized(t) for t in lines]
    plain = [s and t[0] not in BULLETS for s, t in zip(short, lines)]  # a head line's shape, set after no bullet
    opens_bullet = _opens_bullet(lines)
    out: dict[int, bool] = {}
    bulleted: list[int] = []
    for i, text in enumerate(lines):
        if (text.startswith(BYLINE_MARK) or opens_lead(text) or box_label(text) in BOX_LABELS
                or i > 0 and plain[i] and plain[i - 1]):
            bulleted = []  # the next article's head (its byline, its lead's dateline, two head lines in a row) or a box
            continue
        if short[i] and (text[0] in BULLETS or SECTION_TAG.match(text)):
            if not _beside(opens_bullet, i):
                bulleted.append(i)  # (a list's items come in a row; sections' heads have text between)
            continue
        if not (short[i] and i > 0 and is_terminated(lines[i - 1]) and _phrase(text)):
            continue  # (a paragraph's first words, broken by a column)
        if sum(i - j <= BULLETED_SPAN for j in bulleted) >= 2 and not NUMBERED.match(text) and text[0] not in "【（(":
            out[i] = i + 1 < len(lines) and (left_dangling(text) or bool(ties(text, lines[i + 1], page))
                                             or lexicon().cut(lines[i + 1][:4])[0] in REPORTING
                                             or subject_above(lines[i + 1]))
        bulleted = []
    return out


def _label(text: str) -> bool:
    """A column's label by its shape: a few Han characters and nothing else, naming (no 的), not left dangling, no
    localizer or conjunction in it (a preposition may be: 法治在身边), not opening on a causative (让好 / 政策在基层落地
    生根), its first and last words no verb of two or more (里, 后, 汇聚, 打造: a title's first words, 寒夜里 / 守护钢轨的
    人, 山坳里飘 / 出的歌声, 汇聚 / 书香槐川的阅读力量, 打造宜居城市 / 点亮阅读生活; a column may name itself by a verb
    alone: 今日谈). A label longer than a column's (a series': 乡村振兴进行时) holds no adverb and ends on no verb,
    adjective or set phrase, unless 在 stands before it: a topic and where or how it stands, as a label names it (法治在身边,
    全民阅读在行动)."""
    if not (0 < len(text) <= KICKER_LABEL and han_only(text) == text and "的" not in text and not left_dangling(text)):
        return False
    if report_column(text):
        return True
    lex = lexicon()
    words = lex.cut(text)
    if len(text) > COLUMN_LABEL and (any(lex.tag(w) == "d" for w in words)
                                     or lex.tag(words[-1]) in "vail" and not (len(words) > 2 and words[-2] == "在")):
        return False  # a series' longer name ends on a name (进行时, 调研行); 稻浪金黄收割忙, 押金迟迟不退 say something
    return (lex.tag(text[-1]) != "f" and not any(lex.tags.get(w) in ("f", "c") for w in words)
            and words[0] not in CAUSATIVES
            and not any(len(w) > 1 and lex.tags.get(w) == "v" for w in (words[0], words[-1])))


def _signed(lines: Sequence[str], dangles: Sequence[bool], name_lines: Sequence[bool]) -> set[int]:
    """The lines that are a person's name alone (`lone_name`) under a whole head line of its own: short, ending on
    a character, left dangling by nothing, opening after a full sentence, a short line (a column's label, 短评) or
    the page's top, with running text under the name. That is a commentary's title and its author; read as running
    text instead, the name would be a paragraph's words cut off by two column breaks a dozen characters apart."""
    out = set()
    for i in range(1, len(lines)):
        above = lines[i - 1]
        if (name_lines[i] and len(han_only(above)) <= LONGEST["title"] and HAN.match(above[-1])
                and not dangles[i - 1]
                and (i == 1 or is_terminated(lines[i - 2]) or len(han_only(lines[i - 2])) <= LONGEST["title"])):
            out.add(i)
    return out


def _name_line(lines: Sequence[str], i: int) -> bool:
    """A person's name alone on a line (`lone_name`), no word running across from the line above, running text
    under it: a commentary's author under its title, or a paragraph's words cut off by column breaks on both sides.
    Not over a line opening on a unit of government, which makes the two characters a place's name (江沅 / 市居民…:
    江沅市, a title broken after the place)."""
    following = lines[i + 1] if i + 1 < len(lines) else ""
    return (i > 0 and lone_name(lines[i]) and not _word_across(lines[i - 1], lines[i])
            and following[:1] not in NO_LINE_START and following[:1] not in ADMINISTRATIVE
            and (is_terminated(following) or SENTENCE_INSIDE.search(following) is not None))


# A colon that says a list follows (以下, 如下, 下列, or a count of what it lists: 三个重点：, 四项措施：)
ANNOUNCES = re.compile(r"(?:以下|如下|下列|[一二三四五六七八九十两几\d]+(?:个|项|点|条|类|种|件|方面))[\u4e00-\u9fff]{0,6}[：:]$")
# …of which `as follows` sets what follows out as paragraphs of their own (通知如下： / 一、…, 结果如下： / 鸟类：183种…):
# the two labelled and blind paragraphs so ending are followed by one, and none goes on after the colon (a count's
# colon does: 主要有三条：一是…, 19 paragraphs against 3); so do passages counted (摘录了其中两段： / 9月1日，…), not one
# quoted in its paragraph (读到这样一段话：“…”)
SETS_OUT = re.compile(r"(?:(?:以下|如下|下列)[\u4e00-\u9fff]{0,6}|[二三四五六七八九十两几]段)[：:]$")
# …and an item that counts itself: a section's number, or 一是, 二是 as official writing counts its points, or
# an item the dash sets off (——开放时间跟着群众作息走；), as papers print the points of a speech or a plan
ENUMERATED = re.compile(NUMBERED.pattern + r"|^[一二三四五六七八九十]是|^——(?!—)")


def list_items(lines: Sequence[str]) -> set[int]:
    """The lines that are items of a list running text announced (`ANNOUNCES`, or a colon before a counted first
    item): each counted (一是…；), or short and without a sentence's end, set one to a line as papers print
    them (提高兵员质量 / 严格体检政审). An article ends on no such colon, so they are its text: never the head of the
    next article, nor the rest of the line before (none of the 52 labelled articles prints a list so; a page cut
    after a colon leaves an unannounced one). In a counted list a line without the count, after an item left open,
    is that item's rest."""
    out: set[int] = set()
    for i, text in enumerate(lines[:-1]):
        if not (ANNOUNCES.search(text) or text.endswith(("：", ":")) and ENUMERATED.match(lines[i + 1])):
            continue  # any other colon may end a head line (专访…：) or a page cut after it
        marked = ENUMERATED.match(lines[i + 1]) is not None
        for j in range(i + 1, len(lines)):
            before, closed = lines[j - 1], is_terminated(lines[j - 1])
            if ENUMERATED.match(lines[j]):
                out.add(j)
            elif marked and not closed and end_mark(before) not in "；;":
                continue  # counted items count every one: a line without the count is the rest of the item before,
                # which a column break cut (——继续扩大覆盖面， / 今年再建设城市书房10座；), not an item
            elif not marked and not closed and _short_item(lines[j]):
                # an unmarked item goes on the list only while no item has closed its sentence (…；/ …；/ …。: the
                # last item ends the list, and a short line after it is the next head, 桐溪县开展“书香家庭”评选)
                out.add(j)
            else:
                break
    return out


# A colon after a count of the lines it quotes (只写了两句：, 这三行：): verse follows
VERSE_COUNT = re.compile(r"([一二三四五六七八九十两\d]+)[句行][\u4e00-\u9fff]{0,4}[：:]$")
VERSE_FREE = CLAUSE_END + OPENERS + CLOSERS + MARKS + BYLINE_MARK  # marks no line of a poem printed bare holds
VERSE_SPAN = 12  # lines a quoted poem may take (a stanza or two, its lines broken by columns)


def verse_lines(lines: Sequence[str]) -> dict[int, bool]:
    """The lines of verse running text quotes, and the line where the running text resumes: after a colon that says
    words follow (`awaits_words`: 他写道：) or counts the lines it quotes (`VERSE_COUNT`: 只写了两句：), short lines
    holding no mark, as a poem is printed a line to a line (顶针上的凹痕是三十年的月光 / 线团滚到哪里), then running text
    again (a line longer than a subhead, or ending a sentence). Line → whether it is verse (else the running text's
    first line). Verse is the article's text, a paragraph to a line, never a head nor a subhead; nor is its end cut
    short: the text after a poem opens a paragraph of its own. Where the colon counts no lines and no running text
    follows, the colon is a page's cut, and the short lines under it the next article's kicker and title; the
    lines it counts are the poem's whatever follows them (a line a column break cut counts once)."""
    out: dict[int, bool] = {}
    for i, text in enumerate(lines[:-1]):
        count = VERSE_COUNT.search(text)
        if not (count or text.endswith(("：", ":")) and awaits_words(text)):
            continue
        run: list[int] = []
        wanted, counted = numeral(count[1]) if count else None, 0
        for j in range(i + 1, min(len(lines), i + 1 + VERSE_SPAN)):
            short = len(han_only(lines[j])) <= LONGEST["heading"] and not any(ch in VERSE_FREE for ch in lines[j])
            whole = not (run and _word_across(lines[j - 1], lines[j]))
            if short and (wanted is None or not whole or counted < wanted):
                run.append(j)
                counted += whole
                continue
            if run and (len(han_only(lines[j])) > LONGEST["heading"] or is_terminated(lines[j])):
                out[j] = False
            if run and (wanted is not None or j in out):
                out.update(dict.fromkeys(run, True))
            break
    return out


NUMBERED_SPAN = 8  # lines: an article's opening before its first numbered section (a lead of a few paragraphs, broken)
# A count opening a line: 三是, 三、, 3., 第三，, （三）, ③, 三问： (its number in Chinese or in digits)
COUNT = re.compile(r"^(?:(第?)([一二三四五六七八九十]+|\d{1,2})(是|要|问(?=[：:])|[、.．，])(?!\d)|[（(]([一二三四五六七八九十]+|\d{1,2})[）)]|([①-⑳]))")
COUNT_SPAN = 24  # lines: how far back the count before may stand (an item of a few paragraphs, broken by columns)


# a noun numbering the parts it names, before a colon (数字一：126万, 误区二：…, 建议三：…): the count of a text's parts
LABELLED_COUNT = re.compile(r"^([\u4e00-\u9fff]{2,4}?)([一二三四五六七八九十]+)[：:]")


def _count(text: str) -> tuple[str, int] | None:
    """The shape and the number of the count opening the line (三是 → ("#是", 3), （2） → ("（#）d", 2), 数字二： →
    ("数字#：", 2): a noun that makes no word with the numeral, 统一： is none), or None."""
    lex = lexicon()
    text = CAPITAL_COUNT.sub(lambda m: m[1].translate(COMMON_NUMERALS) + "、", text, count=1)
    if (m := LABELLED_COUNT.match(text)) and lex.tag(m[1]) == "n" and m[1] + m[2][0] not in lex.words:
        return f"{m[1]}#：", numeral(m[2])
    m = COUNT.match(text)
    if m is None:
        return None
    if m[5]:
        return "①", ord(m[5]) - ord("①") + 1
    digits = m[2] or m[4]
    n = numeral(digits)
    if (n is None or m[3] in ("是", "要") and (m[1] or digits.isdigit()) or m[3] == "问" and digits.isdigit()
            or m[3] == "，" and not m[1]):
        return None  # 第三是, 3要, 3问, 三，: no count (一是, 一要: the first, the first must)
    return (f"{m[1]}#{m[3].replace('．', '.')}" if m[2] else "（#）") + ("d" if digits.isdigit() else ""), n


def counted_on(counts: Sequence[tuple[str, int] | None]) -> set[int]:
    """The lines that open on the count after one a line above opened on, or before one a line below opens on, in the
    same shape (一是… / 二是…, （一） / （二）, 数字一： / 数字二：; `counts`: each line's `_count`): an item or a section
    of the text counting them, never a head line of another article (a count goes on within its text; none of the
    labelled heads opens on one)."""
    out = set()
    for i, c in enumerate(counts):
        if c is not None and (c[1] > 1 and (c[0], c[1] - 1) in counts[max(0, i - COUNT_SPAN):i]
                              or (c[0], c[1] + 1) in counts[i + 1 : i + 1 + COUNT_SPAN]):
            out.add(i)
    return out


# a roundup's item head: a place or a topic of a few characters and a colon, then what happened there, on a short
# line of its own (青梧市：飞手上岗忙播种)
ITEM_HEAD = re.compile(rf"^[{BULLETS}]?\s*[\u4e00-\u9fff]{{2,6}}[：:]")
QUESTIONS = "？?"  # a question's own mark: an explainer's parts are the questions a reader asks (口罩是不是越厚越好？)
# a diary's or a chronicle's day (3月15日 小雨, 三月十五日): the date alone, or with the day's weather or place
DAY_HEAD = re.compile(r"^(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日")
ITEM_SPAN = 8  # lines of running text between two items' heads (an item's paragraph or two, broken by columns)
# …and between two heads that name a feature's sections, in its subject's words or in 【】 (a section of several
# paragraphs, each broken by columns)
SECTION_SPAN = 24
# items in a row that make a roundup: two briefs whose titles happen to share the shape (4 of the 44 labelled real
# titles have it) are no proof of one
ROUNDUP = 3
LIFTED = 4  # Han characters a subhead lifted from the quotation under it shares with its opening
HEAD_SPAN = 3  # lines of an article's head under its first line: a title, perhaps broken in two, and a subtitle


def _item_head(text: str) -> bool:
    """A roundup's item head (`ITEM_HEAD`), ending no sentence."""
    return ITEM_HEAD.match(text) is not None and not is_terminated(text)


def _day_head(text: str) -> bool:
    """A diary's day (`DAY_HEAD`) holding no mark: a clause after the date is running text opening on it
    (3月15日，记者来到…)."""
    return DAY_HEAD.match(text) is not None and not any(ch in CLAUSE_END for ch in text)


# a question's count before its colon (一问：…？, 第二问：…？): a column asking its questions in turn, no speaker
COUNTED_ASK = re.compile(r"^第?[一二三四五六七八九十]+问[：:]")


def _question_head(text: str) -> bool:
    """A question, not put by a speaker: 记者：…？ is a turn of a dialogue, its answer under it, no head of a part;
    a question counted (二问：钱从哪里来？) is the part's head."""
    return end_mark(text) in QUESTIONS and (TURN.match(text) is None or COUNTED_ASK.match(text) is not None)


def _quoted_head(text: str) -> bool:
    """Words of the portrayed person's, whole in quotation marks and ending no sentence (“病人的事就是我的事”): a
    profile's part named by what its subject says; a quotation printed as a paragraph ends on its mark (…。”)."""
    return text[:1] == "“" and text[-1:] == "”" and text.count("“") == 1 and not is_terminated(text)


def _bracketed_head(text: str) -> bool:
    """A phrase whole in lenticular brackets (【交易规模稳步扩大】, 【法院审理】), or a section's tag before its words
    (【第一天】石桥村—槐川古渡，约12公里): the form papers give the parts of a report, a case or a travel guide, both at
    once in one article (【第三天】… / … / 【出行贴士】); alone above a title it is a column's label, but no label comes
    three times with only running text between."""
    return text[:1] == "【" and text.count("【") == 1 and (text[-1:] == "】" or SECTION_TAG.match(text) is not None)


def parallel_items(lines: Sequence[str], least: int = ROUNDUP,
                   forms: tuple[Callable[[str], bool], ...] = (_item_head, _question_head, _day_head, _quoted_head,
                                                               _bracketed_head)) -> set[int]:
    """The lines shaped alike (`forms`) as the heads of an article's parts, `least` or more in a row with only running text
    between: a roundup's item heads (`ITEM_HEAD`: 青梧市：… / its paragraph / 澄溪县：… / its paragraph), an
    explainer's questions (PM2.5是什么？ / its answer / 口罩是不是越厚越好？ / …), a diary's days (`DAY_HEAD`: 3月12日 晴
    / that day's paragraphs / 3月15日 小雨 / …), a profile's quotations (“病人的事就是我的事” / …) or a report's
    bracketed parts (【基本案情】 / … / 【法院审理】 / …). They are subheads of one article (a reader takes parallel heads
    for parts of one whole), never the head of an article of its own nor a paragraph's first line; unless a byline, a
    dash-led subtitle or a lead's dateline under it (within `HEAD_SPAN` lines) makes it an article's first head line
    (a brief's title, a kicker: 【赛场速递】 / its title / ——记…). A dateline under the first head of a run, right under
    a head line, is the roundup's own, printed once (小城消费添新意 / 柳溪：… / 本报讯（记者…）… / 桐湾：… / …). A head
    is one short phrase, so a line ending a sentence with more after it is no such head (a paragraph's short question
    is: none of the labelled paragraphs is one, as none of their subheads)."""
    def text_line(t: str) -> bool:  # an item's text (a line a column break cut mid-sentence is, if longer than a
        # head, if a sentence ends inside it, if it leaves a quotation open, 为了让梯田“活, or holds a clause too short
        # for a head's, 田里，村民们正弯着腰), not a head line
        return _running(t) or opens_unclosed(t) or short_clause(t)

    def heads_article(i: int, dated: bool = True) -> bool:  # a byline, a dash-led subtitle or (`dated`) a lead's
        # dateline under the line, before any text: it is the first of an article's head lines (【赛场速递】 / its
        # title / ——记… / □…), no part's head
        for after in lines[i + 1 : i + 1 + HEAD_SPAN]:
            if after.startswith((BYLINE_MARK, "——")) or dated and opens_lead(after):
                return True
            if text_line(after):
                return False
        return False

    def under_phrase(i: int) -> bool:  # a head line over the line (a roundup's title over its first item's head)
        return i > 0 and _phrase(lines[i - 1])

    def labelled(i: int) -> bool:  # a question right under a column's label at the page's top or after a text's end
        # (健康问答 / 体检查出结节，要紧吗？): the title under its kicker, asking what the column's parts answer
        above = lines[i - 1] if i > 0 else ""
        return (0 < len(han_only(above)) <= COLUMN_LABEL and han_only(above) == above and not left_dangling(above)
                and (i == 1 or ended(lines[i - 2])))

    def shaped(i: int, form: Callable[[str], bool]) -> bool:  # (and not a copy of running text beside it, printed
        # twice by the layout: a head's words are not its text's)
        return (form(lines[i]) and len(han_only(lines[i])) <= LONGEST["heading"]
                and not SENTENCE_INSIDE.search(lines[i]) and not heads_article(i, dated=not under_phrase(i))
                and not (form is _question_head and labelled(i))
                and not any(lines[i] in lines[j] for j in (i - 1, i + 1) if 0 <= j < len(lines)))

    def running(a: int, b: int, span: int) -> bool:  # only an item's text between two heads
        between = lines[a + 1 : b]
        return 0 < len(between) <= span and all(map(text_line, between))

    out = set()
    for form in forms:
        heads = [i for i in range(len(lines)) if shaped(i, form)]
        span = SECTION_SPAN if form in (_quoted_head, _bracketed_head) else ITEM_SPAN
        runs: list[list[int]] = []
        for a, b in zip([None, *heads], heads):
            if a is not None and running(a, b, span) and not heads_article(b):
                runs[-1].append(b)
            else:  # a head over a lead's dateline opens a run at most, under a head line: a roundup prints its dateline
                # once, under its first item's head (小城消费添新意 / 柳溪：… / 本报讯（记者…）… / 桐湾：… / …), and briefs
                # each dated are articles of their own
                runs.append([b])
        out |= {i for run in runs if len(run) >= least for i in run}
    return out


# a column of briefs named so, not counted (动态: the news of a field, 海外动态, 工作动态)
ROUNDUP_NAME = re.compile(r"(?:简讯|快讯|短讯|短波|简报|速递|速览|集锦|动态)$")
# a column's title counting its briefs (简讯四则, 要闻两则: 则 is the measure word of news items), its column tag after it
BRIEFS = re.compile(r"([两二三四五六七八九十])则(?:[（(][^（）()]{1,12}[）)])?$")


BRIEF_SIGNED = re.compile(r"[。！？!?”][（(][\u4e00-\u9fff]{2,4}(?:\s*摄)?[）)]$")


def signed_briefs(lines: Sequence[str]) -> set[int]:
    """The heads of a column's briefs each signed by its writer (校园快讯 / 石桥小学 / …开学了。（吴敏） / 桐溪中学 / …（王川） /
    …), or of a group of photo news each signed by its photographer (…（吴敏 摄）): under a head line (the column's
    label, the group's title), ROUNDUP or more short phrases in a row, each over running text whose last line signs
    it off, the next head right after that signature (`signs_off`, or two to four characters in brackets after the
    last sentence: a name the dictionary reads as words, （甘露宁）, among briefs signed alike). Each is a subhead of
    the column, the line over them its title: a column's briefs are signed one by one, an article once."""
    def signed(text: str) -> bool:
        return signs_off(text) or BRIEF_SIGNED.search(text) is not None

    out: set[int] = set()
    for i, label in enumerate(lines):
        if not (_phrase(label) and not ended(label)):
            continue
        heads, h = [], i + 1
        while h < len(lines) and _phrase(lines[h]) and not ended(lines[h]):
            end = next((k for k in range(h + 1, min(len(lines), h + 1 + ITEM_SPAN))
                        if _phrase(lines[k]) or signed(lines[k])), None)
            if end is None or not signed(lines[end]):
                break
            heads.append(h)
            h = end + 1
        if len(heads) >= ROUNDUP:
            out.update(heads)
    return out


def counted_briefs(lines: Sequence[str]) -> set[int]:
    """The heads of the briefs a column's title counts (`BRIEFS`: 本省简讯 / 简讯四则 / 柘阳冬小麦播种基本结束 / 本报讯…
    / …): the next so many short lines, each ending on no mark, with no clause inside, over a brief's text. Each is a
    subhead of the column, though a brief's lead opens on its dateline: the title has said the column holds them. A
    title naming a roundup without a count (`ROUNDUP_NAME`: 省内简讯) holds the briefs that follow it, two or more, each
    a head over a lead opening on its dateline or the first only (`_named_briefs`)."""
    out = set()
    for i, text in enumerate(lines):
        if ROUNDUP_NAME.search(text) and han_only(text) == text and len(text) <= KICKER_LABEL:
            if len(heads := _named_briefs(lines, i)) >= 2:
                out.update(heads)
            continue
        if not (m := BRIEFS.search(text)) or len(han_only(text)) > LONGEST["title"]:
            continue
        wanted = numeral(m[1]) or 0
        heads = [j for j in range(i + 1, min(len(lines) - 1, i + 1 + wanted * ITEM_SPAN))
                 if _phrase(lines[j]) and (is_terminated(lines[j + 1]) or _CLAUSES.search(lines[j + 1]) is not None)]
        out.update(heads[:wanted])
    return out


def _running(text: str) -> bool:
    """The line is running text by its form, no head line's: longer than any, or ending on a mark, or a sentence ending
    inside it (a subtitle of clauses ends on none: 外贸企业从12家增至87家，产品销往60多个国家)."""
    return (len(han_only(text)) > LONGEST["subtitle"] or end_mark(text) in CLAUSE_END
            or SENTENCE_INSIDE.search(text) is not None)


def _brief(lines: Sequence[str], head: int) -> bool:
    """The text under the head is a brief's: the next head line (a phrase) or the page's end comes within ITEM_SPAN
    lines. A report's text runs on longer, its sections under subheads of their own."""
    return any(k == len(lines) or _phrase(lines[k]) for k in range(head + 2, min(len(lines), head + ITEM_SPAN) + 1))


def _named_briefs(lines: Sequence[str], title: int) -> list[int]:
    """The heads of the briefs under a roundup's name at `title`: short phrases each over a lead opening on its dateline
    (one a column left alone on its line, or printed twice, too), each within ITEM_SPAN lines of the one before; or the
    roundup's dateline printed once, under its first head, and the later heads each over running text as short as a
    brief's (海外动态 / 蓝峰集团… / 本报讯…… / 桐岭企业… / 记者从…获悉，…). A head over no brief, a brief under no head,
    a dated head after an undated one or an undated one after two dated (the next article's) ends the roundup. Heads
    under one dateline are ROUNDUP or more, as parallel items are: two may be a brief and the next article's title."""
    heads, last, undated = [], title, False
    for j in range(title + 1, len(lines) - 1):
        if j - last > ITEM_SPAN:
            break
        if opens_lead(lines[j]):
            if j - 1 not in heads and not opens_lead(lines[j - 1]):
                break
        elif _phrase(lines[j]):
            if opens_lead(lines[j + 1]):
                if undated:
                    break
            elif (len(heads) == 1 or undated) and _running(lines[j + 1]) and _brief(lines, j):
                undated = True
            else:
                break
            heads.append(last := j)
    return heads if not undated or len(heads) >= ROUNDUP else heads[:1]


def above_first_section(lines: Sequence[str], dangles: Sequence[bool],
                        counts: Sequence[tuple[str, int] | None]) -> dict[int, bool]:
    """The unnumbered lines above an article's opening text that its first numbered section (一、…, （一）…) follows,
    with whether each is the article's head. Sections are numbered from one, so the running text between such a line
    and the section's number is no section of its own (an unnumbered subhead over it would stand before the first):
    the line is no subhead. When it may open an article (short, no clause inside it, not left dangling, no sentence
    said in quotation marks, “要多少钱？”, after a paragraph's end), it is the head of the article whose lead and
    sections follow: a commentary's title after the article before it (…。 / 用好…新考卷 / 社区是… / 一、…), not a
    paragraph of that article (ending on no full stop nor a clause's mark: a head line may ask or exclaim, but a line
    left on a comma, …方便群众读书、, is a paragraph's, broken by a column). Only running text may stand between (lines
    ending on a sentence's or a clause's mark, or longer than a subhead); any other line, another section's number or
    a short line that may be a subhead or a head, ends the search. `counts`: each line's `_count`, a section's first
    number being one not of an item counted in running text (一是…), of a part a noun numbers (看点一：…, which a lead
    announces) nor of a list a colon announces (…三个方面： / （1）…)."""
    first = [c is not None and c[1] == 1 and c[0] not in ("#是", "#要") and not c[0].endswith("：")
             and not (j and end_mark(lines[j - 1]) in "：:")
             for j, c in enumerate(counts)]
    out = {}
    for i, text in enumerate(lines):
        if NUMBERED.match(text):
            continue
        for j in range(i + 1, min(len(lines), i + 1 + NUMBERED_SPAN)):
            if first[j]:
                if j > i + 1:
                    before = lines[i - 1] if i else "。"  # the page's top: after an end
                    out[i] = (not _CLAUSES.search(text) and not SENTENCE_INSIDE.search(text) and not dangles[i]
                              and (end_mark(text) not in CLAUSE_END or end_mark(text) in HEAD_MARKS)
                              and not (text[:1] in OPENERS and is_terminated(text))
                              and len(han_only(text)) <= LONGEST["title"]
                              and (ended(before) or is_terminated(before) and len(han_only(before)) > LONGEST["head"]))
                break
            if not (end_mark(lines[j]) in CLAUSE_END or len(han_only(lines[j])) > LONGEST["heading"]):
                break
    return out


# A speaker's label and a colon opening a line (记者：… / 王川：… / 问：…), up to a name's length with a title before it
TURN = re.compile(r"^([\u4e00-\u9fff]{1,6})[：:]")
TURN_SPAN = 6  # lines: an interview's turns by one speaker stand this close
TURN_LABELS = frozenset("问 答".split())
# …and the interviewer's, 记者： (a question), unless names follow it: a byline printed so (记者：吕娜 王川)
INTERVIEWER = "记者"
ENTRIES = 3  # lines in a row, each opening on a label and a colon, that make a box of entries
# an entry's label and its colon: a few characters (联系电话：…), or a few with a number among them (男子100米：…); not a
# clock's time (每晚19:00, an ASCII colon between digits), the rest of an entry a column broke
ENTRY = re.compile(r"^(?:[\u4e00-\u9fff]{1,6}|[\u4e00-\u9fff]{1,4}(?:\d{1,4}[×xX])?\d{1,5}[\u4e00-\u9fff]{0,4}"
                   r"|\d{1,5}[\u4e00-\u9fff]{1,4})(?:：|:(?!\d)|(?<!\d):)")


def labelled_person(text: str) -> str | None:
    """The person a line is labelled with, by a name and a colon opening it (王川：书房里的守望者, a profile's section
    head or a speaker's turn), or None."""
    m = TURN.match(text)
    return m[1] if m is not None and _names(m[1]) else None


def section_numerals(lines: Sequence[str]) -> set[int]:
    """The lines that are a section's number set alone over its subhead (`SECTION_NUMERAL`: 2 / 管理难题待破解), as some
    papers print it: between running text and a head-shaped line. Not on the page's first or last line, where a number
    alone is the page's (a folio), nor over another number."""
    return {i for i in range(1, len(lines) - 1)
            if SECTION_NUMERAL.match(lines[i]) and not SECTION_NUMERAL.match(lines[i + 1])
            and _head_shaped(lines[i + 1]) and not _head_shaped(lines[i - 1])}


def dialogue_turns(lines: Sequence[str]) -> set[int]:
    """The lines that open on a speaker's turn in an interview (记者：… / 王川：…, 问：… / 答：…) or on a box's
    entry (时间：… / 地点：…): a label and a colon that opens another line close by, or a question's or an answer's
    own label, or the interviewer's (`INTERVIEWER`: a question left alone where a run of an interview was spliced
    into another article), or lines in a row each opening on a label (a notice's contacts). A title may open on a
    name and a colon (返乡青年吴敏：…), but no page prints two heads so within a few lines: the turns are running text,
    even a question short enough for a title (记者：下一步有什么打算？). None of the labelled articles prints a dialogue."""
    labels = [m[1] if (m := TURN.match(text)) else None for text in lines]
    asks = [label == INTERVIEWER and not _names(text[len(label) + 1 :]) for label, text in zip(labels, lines)]
    entry = [ENTRY.match(text) is not None for text in lines]
    # …or one of ENTRIES lines in a row each opening on a label of its own (联系人：… / 联系电话：… / 地址：…, 男子100米：…
    # / 女子100米：…), an entry's value perhaps on the line under its label, a column break after the colon (比赛时间： /
    # 5月23日19:30 / 比赛地点：…)
    boxed = [entry[i] or i > 0 and entry[i - 1] and end_mark(lines[i - 1]) in "：:" for i in range(len(lines))]
    box = set()
    for inside, group in groupby(range(len(lines)), key=boxed.__getitem__):
        run = [i for i in group if entry[i]]
        if inside and len(run) >= ENTRIES:
            box.update(run)
    out = set()
    for i, label in enumerate(labels):
        near = labels[max(0, i - TURN_SPAN):i] + labels[i + 1:i + 1 + TURN_SPAN]
        if ((label in TURN_LABELS or asks[i] or label and label in near or i in box)
                and not _over_byline(lines, i) and not _over_dateline(lines, i)):
            out.add(i)
    return out


def _over_dateline(lines: Sequence[str], i: int) -> bool:
    """The line stops on no mark right over a lead's dateline (石桥村：“村晚”唱出文明新风 / 新华社…电): the next article's
    title, labelled with its place, not a speaker's turn or a box's entry. A dateline opens an article's text, under its
    head; a turn is running text, which goes on to its mark before another article's head can follow it."""
    return i + 1 < len(lines) and opens_lead(lines[i + 1]) and end_mark(lines[i]) not in CLAUSE_END


def _over_byline(lines: Sequence[str], i: int) -> bool:
    """The line stands over a byline (□…), right above it or above a line of no turn's over it: an interview's title
    labelled with whom it interviews (吴敏：读书让我… / 专访… / □吕娜), a head line, though the turns under it open on
    the same name. A byline sits right under its article's head lines (44 of 44 labelled pages, see `above_byline`)."""
    below = lines[i + 1 : i + 3]
    return any(text.startswith(BYLINE_MARK) for text in below) and not (
        len(below) == 2 and below[1].startswith(BYLINE_MARK) and TURN.match(below[0]) is not None)


NAMED_ABOVE = 30  # lines above a head line whose people the text under it may go on naming
NAME_LENGTH = 3  # characters of a name counted: two-character ones are too often a place's or a word's pieces (胡村)


def people_go_on(lines: Sequence[str], i: int) -> bool:
    """The running text after line i names a person (`Lexicon.names`, NAME_LENGTH characters or more) one of the NAMED_ABOVE
    lines above it named, and line i does not: the text goes on across line i, which heads no article of its own.
    On 990 generated pages of the labelled and invented articles (all parts), 310 of 6,825 subheads are so, and none
    of 2,992 articles' first head lines (a new article introduces its people; a name in its own head is left out)."""
    if not (SENTENCE_INSIDE.search(lines[i + 1]) or end_mark(lines[i + 1]) in CLAUSE_END + SENTENCE_END):
        return False  # a title or a subtitle under the line may name whom it likes: only running text goes on
    text, above = lines[i + 1], "\n".join(lines[max(0, i - NAMED_ABOVE) : i])
    if not any(text[k : k + NAME_LENGTH] in above for k, ch in enumerate(text) if ch in SURNAMES):
        return False  # (no surname's characters above at all: nothing to segment)
    return any(len(n) >= NAME_LENGTH and n not in lines[i] and n in above for n in lexicon().names(text))


def bullet_runs(lines: Sequence[str]) -> dict[int, bool]:
    """The lines in a run of two or more that open on the same bullet (● 全县农村网店超过1200家 / ● 带动就业5000余人),
    each with whether running text follows the run (a line that ends a sentence or holds a sentence's end).
    Bylines (□ 吕娜, ■ 本报记者 王川) are read as bylines before this."""
    marks = [text[:1] if text[:1] in BULLETS else None for text in lines]
    out: dict[int, bool] = {}
    for mark, group in groupby(range(len(lines)), key=marks.__getitem__):
        run = list(group)
        if mark and len(run) > 1:
            after = lines[run[-1] + 1] if run[-1] + 1 < len(lines) else ""
            out.update(dict.fromkeys(run, is_terminated(after) or SENTENCE_INSIDE.search(after) is not None))
    return out


def set_subheads(lines: Sequence[str], counts: Sequence[tuple[str, int] | None]) -> set[int]:
    """The phrases alone on a line after a bullet (■ 煮一锅粥), or after a count ((三)观念要变，择业之路不止一条; `counts`:
    each line's `_count`), none beside another line so opened, where two more on the page open on the same bullet or the
    count of the same shape: an article's subheads, set in one form (`_unlike_bullets`). Each of the 3,672 bulleted such
    lines on the generated pages of the labelled and blind articles is a subhead; the line model read 114 of 3,079 on
    the dev sets' pages as paragraphs, by the words that open them (■等…). Of the 6,085 counted ones every one is (but
    two items announcing what follows them, 一、管制时间：, which a colon ends), and the line model read 48 of 1,167 on
    the dev sets' pages as paragraphs."""
    bullet, counted = _opens_bullet(lines), [c is not None for c in counts]
    forms = [text[0] if bullet[i] and not _beside(bullet, i)
             else counts[i][0] if counted[i] and not _beside(counted, i) and end_mark(text) not in "：:"
             else None
             for i, text in enumerate(lines)]
    alone = [form is not None and _heading_sized(text) for form, text in zip(forms, lines)]
    seen = Counter(form for form, a in zip(forms, alone) if a)
    return {i for i, form in enumerate(forms) if alone[i] and seen[form] >= 3}


def _heading_sized(text: str) -> bool:
    """The line is a phrase no longer than a subhead that ends no sentence."""
    return 0 < len(han_only(text)) <= LONGEST["heading"] and not is_terminated(text)


def _opens_bullet(lines: Sequence[str]) -> list[bool]:
    return [text[:1] in BULLETS for text in lines]


def _beside(opened: Sequence[bool], i: int) -> bool:
    """A line next to line i is `opened` as line i is (on a bullet, on a count: one flag per line): list items come in
    a row, sections' subheads have text between them."""
    return any(opened[j] for j in (i - 1, i + 1) if 0 <= j < len(opened))


def _short_item(text: str) -> bool:
    return (len(han_only(text)) <= LONGEST["heading"] and not is_terminated(text.rstrip("；;"))
            and not SENTENCE_INSIDE.search(text) and text[0] not in OPENERS + BYLINE_MARK)


def _tag_split(text: str, after: str) -> bool:
    """A column tag (（产经观察）, （新春走基层·…）) broken over two lines: the line opens the bracket, the next
    closes it and ends there, and together they close no sentence and fit a head line. A tag closes a
    title, never a paragraph, and body text broken inside brackets goes on after them."""
    joined = text + after
    return (opens_unclosed(text) and len(after) <= TAG_REST and len(joined) <= LONGEST["title"]
            and text[0] not in "（(" and bool(COLUMN_TAG.search(joined)) and not any(c in SENTENCE_END for c in joined))


def place_line(text: str) -> bool:
    """The line is a place's whole name, down to an administrative unit: a kicker, complete in itself, not the
    first piece of a title broken over two lines (the line after it is the title, not the title's rest). A
    name of the dictionary's ending in a unit counts if short (莒南县, not 宜居城市). A name holds no verb of two
    characters or more (小蘑菇撑起山乡, 墨香浸润檀岗村: a title, its 撑起, 浸润; an unknown name's lone characters may
    read as one, 枫渡县)."""
    han = han_only(text) if len(text) <= 24 else ""
    if not 3 <= len(han) <= 20 or han != text.strip():
        return False
    lex = lexicon()
    words = lex.cut(han)
    if any(len(w) > 1 and lex.tags.get(w, "").startswith("v") for w in words):
        return False
    last = words[-1]
    return last in ADMINISTRATIVE or len(last) <= 3 and last[-1] in ADMINISTRATIVE and lex.tags.get(last) == "ns"


# A column's label printed bare over its article's head (光明日报's 理论·实践, a photo page's 镜头·秋收): two names
# joined by the middle dot and nothing else. In brackets a label is a kicker or a title's tag (【走进…·…】,
# （新春走基层·…）: the dot is in 8 of the 44 real labelled heads, always so); no labelled head prints one bare, so
# this is the form's reading, not the data's. A series' name before the dot may be longer (二十四节气·惊蛰, 新春走基层·…).
COLUMN_LABEL_DOT = re.compile(r"^[\u4e00-\u9fff]{2,6}[·・][\u4e00-\u9fff]{2,4}$")


def column_label(text: str) -> bool:
    """The line is a column's label of two names joined by the middle dot (镜头·秋收): a kicker, complete in itself,
    not the first piece of a title broken over two lines."""
    return COLUMN_LABEL_DOT.match(text.strip()) is not None


# 【】 set off a label, a column's or a section's: a line wholly inside them is a kicker or a subhead, never
# body text (the labelled articles have 7: 6 kickers and 1 subhead)
LABEL_ROLES = ("head", "title", "heading")
# The labels papers print over a box of an article's own text: 人民日报's summary (核心阅读, on 5 of the 44 real
# labelled articles, every time a subhead), a series' opening note (开栏的话), the editor's note (编者按, 编后), a
# sidebar (延伸阅读, 相关链接), a reporter's notes (记者手记). Such a line opens a section of the body: a subhead,
# never a head line (with no byline under the title, the label was read as its subtitle).
BOX_LABELS = frozenset("核心阅读 开栏的话 编者按 编者的话 编后 延伸阅读 相关链接 记者手记 采访手记 记者观察".split())
LEAD_BOX = "核心阅读"  # …of which the summary opens the body, right under the head
# …but a reporter's notes or observations may also be a piece of their own, the label its kicker: over a line shaped
# like a title (no sentence inside, ending on no mark) after a text's end, the label may open that piece's head
REPORTER_BOXES = frozenset("记者手记 采访手记 记者观察".split())
# …of which these open the note that introduces an article (a series, a special report): see `structure._drafts`
NOTE_LABELS = frozenset("开栏的话 编者按 编者的话".split())
# The labels a paper prints alone over an opinion piece, naming its kind: the editorial (社论), the commentator's
# article (评论员文章), a commentary (时评, 短评, 快评) or a review of a play, a book, a film or music (剧评, 书评, 影评, 乐评);
# or over an interview (对话, 访谈, 专访: 4 of the labelled and blind kickers, none of their subheads), or over a reader's
# letter the paper prints as a piece (读者来信; not 来信 alone, which may head the letter's section over the reply's, 回复).
# Such a line is the piece's kicker, the line under it its title: never a paragraph's last word (…让新 / 社论 is no
# sentence going on), a subhead or a title, however the line above ends.
PIECE_LABELS = frozenset("社论 评论员文章 本报评论员文章 时评 短评 快评 剧评 书评 影评 乐评 对话 访谈 专访 读者来信".split())


# A reporter's notes (记者手记, 采访手记) go with the report above them: under a title of their own the label stands as
# the title's bracketed tag (石桥村的夜校（记者手记）), and the notes are still a section of that report, printed
# inside its box (1 of the 94 labelled subheads; no labelled title carries the tag)
OWN_NOTES = "手记"


def companion(text: str) -> bool:
    """The line is a title tagged as a reporter's notes on the report above it: `石桥村的夜校（记者手记）`."""
    tag = COLUMN_TAG.search(text)
    return tag is not None and text[0] not in "（(" and tag.group()[:-1].endswith(OWN_NOTES)


def box_label(text: str) -> str:
    """The line without the brackets a label may stand in (`【延伸阅读】` → 延伸阅读)."""
    return text.strip("【】[] ")


def _attached(text: str) -> bool:
    """The line opens with a mark that cannot start one, with one of the BOUND particles as a word of its own
    (`的两个难题`, not `地方政府`) or with a localizer and 的 or a mark (`上的“毫厘功夫”`: 扇面上的, `里，最受欢迎的…`: 公众号里,
    the localizer closing the noun before): it goes on from the line before (none of the 3,574 paragraphs and heads
    of the labelled, invented and blind articles opens so; of 1,848 later ones, none opens on a localizer and a mark)."""
    return text[0] in NO_LINE_START or (
        (text[0] in BOUND and not _verb_with_aspect(text)
         or text[1:2] and text[1] in "的" + CLAUSE_END and lexicon().is_localizer(text[0]))
        and lexicon().cut(text[:4])[0] == text[0])


def _verb_with_aspect(text: str) -> bool:
    """The line opens on a verb that is also one of the BOUND particles, with its aspect marker (得了奖: having won a
    prize; 过了几天: some days passed; 着了火): the particle never takes one, the verb opens a clause of its own."""
    return text[0] in "得过着" and text[1:2] in ("了", "过", "着")


# parts of speech that take something after them: a preposition its object, a conjunction its second part
TAKES_MORE = ("p", "c")
# particles that tie a modifier to the word it modifies, which comes after them (…全县面积最大的 / 城市书房)
MODIFIES = ("的", "地")
# the copula takes its complement after it (书房的第一步是 / 搭好书架): no head of the 180 labelled ends on it
COPULA = "是"
# a modal verb takes the verb it governs after it (…节能水平要 / 降低50%): no head line nor subhead of the 282 labelled
# ends on one (能 alone is left out: 赋能, 光能 are nouns the dictionary cuts 赋|能; the stutter pass's MODALS are another
# list, of two-character words that open on an auxiliary)
MODAL_VERBS = frozenset("要 会 可 可以 应 应该 应当 能够 不能 只能 就要 还要 将要 得以".split())
NOT_YET = "没"  # not (yet): 雾还没 / 散, waiting for its verb or object (没有, a verb of its own, may close a clause)
# (a causative, `lexicon.CAUSATIVES`, waits for the one it moves: 基层代表建言乡村振兴：让 / 乡亲们的日子越过越红火)
_WAITING = MODAL_VERBS | CAUSATIVES | {COPULA, NOT_YET}  # last words that wait for what they take
_WAITING_ENDS = frozenset(w[-1] for w in _WAITING)  # …and their last characters (the line is cut only if it ends on one)
# …but 会 is also the meeting a verb convenes (召开…工作推进会, 举行…座谈会), or that 开 holds (开会, 开短会, 开了个碰头会):
# the object its verb phrase ends on, no modal
CONVENED = re.compile(r"(?:(?:召开|举行|举办|开好|出席|参加|主持)[^，。；：！？、,;:!?]*|开(?:了|个|了个|一个)?[短大小例早晚周碰头]{0,2})会$")


def opens_on_copula(text: str) -> bool:
    """The line opens with the copula as a word of its own (`是雕塑头模`, not `是否`, nor a reply: `是啊，`, `是的。`):
    the copula's subject is on the line before (none of the 708 labelled paragraphs and 256 head lines opens so),
    or was lost with an article's start."""
    words = lexicon().cut(text[:6])
    reply = len(words) > 2 and len(words[1]) == 1 and HAN.match(words[2]) is None
    return len(words) > 1 and words[0] == COPULA and HAN.match(words[1]) is not None and not reply


# Verbs that take a whole clause after them, said by the writer to the reader (记得，那年冬天…; 比如，…; 看来，…; 据统计，…):
# a paragraph may open on one alone before its comma
CLAUSE_TAKING = frozenset("记得 听说 据说 看来 可见 比如 例如 譬如 试想 谁知 回想 说来 想想 看看 试问 看得出 注意".split())
SOURCE = "据"  # 据统计, 据悉, 据了解: where what follows comes from


SAYS = frozenset(w for w in REPORTING if len(w) == 1)  # 说, 称: alone before a comma in `opens_on_predicate`


def opens_on_predicate(text: str) -> bool:
    """The line opens on a verb alone before a comma, with a clause of its own after it (`表示，要…`, `撤离，美国…`,
    `下车，永胜…`): the verb's subject is on the line before (…教育局负责人 / 表示，), the line the rest of a paragraph a
    column break cut. Not a verb that takes the clause after it as its object (`CLAUSE_TAKING`, 据统计), nor one that
    is the topic of what follows (创新，是…; 读书，让…; 奋斗，永远在路上; 签约，只是第一步: the copula, a causative, an
    adverb or a conjunction opens the clause after it). Of the 1,646 paragraphs of the labelled and invented dev
    articles none opens so (5 open on a 据 word); of the 1,225 lines on generated pages of the dev articles that go on
    from the line before, 13 do. So does a reporting verb of one character (`说，过去…`: …副所长王川 / 说，), which no
    paragraph opens on either."""
    first = _word_alone(text) or (text[0] if text[:1] in SAYS and text[1:2] in "，," else None)
    if first is None or text[len(first)] not in "，," or first in CLAUSE_TAKING or first.startswith(SOURCE):
        return False
    lex = lexicon()
    rest = lex.cut(text[len(first) + 1 :].lstrip("“‘「")[:6])  # (the clause after may be quoted, or on the next line)
    return (lex.tag(first) == "v"
            and not (rest and (rest[0] == COPULA or rest[0] in CAUSATIVES or lex.tag(rest[0]) in ("d", "c"))))


def _word_alone(text: str) -> str | None:
    """The line's first clause when it is one word of the dictionary, two to four Han characters alone before a comma
    or a semicolon (`此外，`, `表示，`), else None."""
    first = FIRST_CLAUSE.match(text).group()
    if first == text or not 2 <= len(first) <= 4 or han_only(first) != first:
        return None
    return first if lexicon().cut(first) == [first] else None


def subject_above(text: str) -> bool:
    """The line opens on the copula or on a verb alone before a comma (`opens_on_copula`, `opens_on_predicate`): its
    subject is on the line before."""
    return opens_on_copula(text) or opens_on_predicate(text)


# Words of time that point from the text's own time (目前, 如今, 当时, 此前): a clause opening on one tells when against
# what the text has told, as the connectives (此外, 同时), adverbs (随后, 首先) and localizers (最后, 之后) do
DEICTIC_TIME = frozenset("目前 如今 当前 眼下 此前 后来 当时 现在 近日 日前 其次 为此".split())
LINKING_TAGS = ("c", "d", "f")


def opens_linked(text: str) -> bool:
    """The line opens on a connective, an adverb, a localizer or a word of time pointing from the text's own time,
    alone before a comma (`此外，`, `最后，`, `目前，`): it ties on to the text above it, running text and no head line
    nor subhead. None of the 109 labelled articles' kickers, titles, subtitles and subheads opens so (two open on
    another word before a comma: 假期，…, a period, not a time told from the text's), 38 of their paragraphs do."""
    first = _word_alone(text)
    return first is not None and (first in DEICTIC_TIME or lexicon().tag(first) in LINKING_TAGS)


def closes_copula(text: str) -> bool:
    """The line ends on a 的 that closes a 是…的 statement begun in its last clause (`书房的好日子是读出来的`): a
    whole sentence, not a modifier waiting for its noun (one labelled title ends so; of the 2,306 breaks on
    generated pages, 2 fall right after one as far as their six characters of context show)."""
    if not text.endswith("的"):
        return False
    clause = _CLAUSES.split(re.split(f"[{SENTENCE_END}]", text[:-1])[-1])[-1]
    return COPULA in lexicon().cut(clause)[:-1]


CAUSEES = ("n", "r", "j")  # jieba's tags of a causative's causee: a noun, a pronoun or an abbreviation (让我们, 让非遗)
MODIFIERS = ("a", "b")  # …and of the adjectives before it (让老手艺, 让优质资源)
CAUSEE_LONGEST = 12  # characters of a line read as a causative and its causee (a line of running text is not cut)


def _causee_only(text: str) -> bool:
    """The line is a causative and whom it moves, nothing after (让老手艺, 使群众): the verb it moves them to is still to come
    (让老手艺 / 焕发新生), as no head line or paragraph ends so."""
    if len(text) > CAUSEE_LONGEST or not text.startswith(tuple(CAUSATIVES)):
        return False
    lex = lexicon()
    words = lex.cut(text)
    tags = [lex.tag(w) for w in words[1:]]
    return (len(words) > 1 and words[0] in CAUSATIVES and tags[-1] in CAUSEES and len(words[-1]) > 1
            and all(t in CAUSEES + MODIFIERS for t in tags))  # (a character alone may be an adjective: 让乡村美)


def left_dangling(text: str, before: str = "") -> bool:
    """The line stops on an opening mark or a middle dot, a preposition or a conjunction (`据介绍，以`, `日本《`), on a
    particle whose head word is still to come (`如今78岁的`), on an adverb after other words (`随着书房
    越来越`: its verb is still to come; a one-word subhead `长久` stands alone), on the copula (`书房的第一步是`),
    on a modal verb (`节能水平要`; not the meeting a verb convenes, `召开…推进会`, the verb perhaps on the line `before`
    it: a title broken in two), a causative (`…：让`) or on 没 (`村里的雾还没`), or leaves a quotation open (`“物业`):
    it cannot be a whole subhead (none of the 94 labelled ones does; a title can, its next line going on with it)."""
    if text[-1] in NO_LINE_END or opens_unclosed(text):
        return True
    if text[-1] in _WAITING_ENDS and lexicon().cut(text[-4:])[-1] in _WAITING and not CONVENED.search(before + text):
        return True
    if _waits_for_noun(text):
        return True
    if waits_for_more(text) or _causee_only(text):
        return True
    word = _last_function_word(text)
    if word is None:
        return False
    return (word in MODIFIES and not closes_copula(text)
            or lexicon().tag(word) == "d" and word not in NOT_ADVERBS and len(word) < len(text.strip())
            and not _placed(text, word))


# words jieba's dictionary tags as adverbs that are verbs, nouns or predicative adjectives, which close a phrase
# (从零起步, 取得进步, 还原真相): a line ending on one waits for nothing (一、从一个“冷门”问题起步 is a whole subhead).
# Not the adjectives that only modify a noun (日常, 特定, 全新: 除了日常 / 巡查 waits for its noun)
NOT_ADVERBS = frozenset("起步 进步 反对 同意 立法 更新 较量 到来 赶来 向往 忽略 迟疑 相处 相连 通往 重复 始于 赶上 历经 高举 "
                        "相同 真实 深刻 整齐 恰当 必要 正常 一致 "
                        "首都 差别 好处 正门 果实 比分 首相 难度 真相 满脸 进深".split())


# measure words of time, of times or actions and of money, which close a phrase with their numeral (扎根山村三十年,
# 来了三次, 翻了两番, 看了一眼, 补贴五百元): no noun follows
SPAN_MEASURES = frozenset("年天日月周次遍回趟岁代届期轮季晚夜倍番成半下顿阵眼声元块角")
# …and measure words that with 一 name a place, a side or a whole, closing the phrase after a noun or a verb
# (生产一线, 创新一线: the front line; 造福一方, 奉献一生, 集于一身, 绳子的一端)
WHOLE_ONES = frozenset("线方端隅生身")
ONE = "一"
DEGREE_COUNTS = ("一些", "一点")  # a little, after an adjective: how much more (近一些, 快一点)
DEMONSTRATIVES = "这那每某各"  # this, that, every, some, each: before a measure they point at a noun to come
MANY = "多"  # many, an approximate count before its measure (多项, 多名): the noun it counts is still to come, as after 三


def _waits_for_noun(text: str) -> bool:
    """The line stops on a numeral (or 多, many) and a measure word of things (…一台, 引进一批, 多项) after no noun, or on a
    demonstrative with its measure (…这些, 推广这种, 每个): what is counted or pointed at is still to come (一台 / 起重能力
    达1200吨的浮吊, 这些 / 问题要弄清楚). After its noun the count closes the phrase (好事一件, 新增岗位500个), and so
    after the same measure given its noun earlier in the line (从十只羊到五百只); an ordinal (第一个), a measure said
    twice (一个个), measures of time or of times (三十年, 翻了两番, 这次, `SPAN_MEASURES`) and 一 with a measure naming a
    place or a whole (生产一线, `WHOLE_ONES`) close it too, and so does a little after an adjective (`DEGREE_COUNTS`:
    让服务更近一些, 快一点): it says how much more, a complement, and counts no noun (a count of things comes before its
    adjective, 一些新设备). So does a verb's 一 standing alone, its measure and noun still to come (十年磨一 / “剑”; not 第一,
    唯一, 之一, words of their own, nor 合二为一, whose 为 is no verb)."""
    if not text[-2:-1] or text[-2] not in NUMERALS + DEMONSTRATIVES + MANY and not text.endswith(ONE):
        return False  # (the count's or the demonstrative's own character stands right before its measure)
    lex = lexicon()
    *before, word = lex.cut(text[-6:])
    if word == ONE:
        return bool(before) and lex.tag(before[-1]) == "v"
    if len(word) == 2 and word[0] in DEMONSTRATIVES and lex.tag(word) == "r":
        return word[1] not in SPAN_MEASURES and (word[1] in "些种类项" or lex.tag(word[1]) == "q")
    return (lex.tag(word) == "m" and 2 <= len(word) <= 3 and word[0] in NUMERALS + MANY and word[0] != "第"
            and not text[: -len(word)][-1:].isdigit()
            and word[-1] not in SPAN_MEASURES and word[-1] != word[-2] and word[-1] not in NUMERALS
            and not (word[0] == "一" and word[-1] in WHOLE_ONES)
            and not (before and lex.tag(before[-1]) in ("n", "r")) and word[-1] not in text[: -len(word)]
            and not (word in DEGREE_COUNTS and before and lex.tag(before[-1]) == "a"))


def _placed(text: str, word: str) -> bool:
    """The line's last word, an adverb by jieba's tag, is a localizer after the noun it places (果园|边: beside the
    orchard, not 边…边…, while): the phrase is whole."""
    words = lexicon().cut(text[-6:])
    return word in LOCALIZING and len(words) > 1 and lexicon().tag(words[-2]) == "n"


LOCALIZING = frozenset("边 旁".split())  # adverbs of jieba's that are also localizers (路边, 河旁)


def _may_follow(a: str, b: str) -> bool:
    if b in FOLLOWS and a not in FOLLOWS[b]:
        return False
    return a != "byline" or b in AFTER_BYLINE


NEG = float("-inf")


@functools.cache
def _transitions(leads_on: bool) -> tuple[list[list[float]], list[list[float]], list[list[float]]]:
    """Transition weights into each role (`[b][a]` is the step a → b), with the grammar's forbidden steps
    at −∞; their exponentials, the same way round and out of each role (`[a][b]`). After a head line that
    `leads_on` (a kicker ending in ——, 全国人大代表陈海生——), only its title may follow."""
    _, trans = _weights()
    k, head, title = len(ROLES), ROLES.index("head"), ROLES.index("title")
    t = [[trans[a][b] if _may_follow(ROLES[a], ROLES[b]) and not (leads_on and a == head and b != title) else NEG
          for a in range(k)] for b in range(k)]
    e = [[math.exp(x) for x in row] for row in t]
    return t, e, [list(row) for row in zip(*e)]


def _decode(scores: list[list[float]], allowed: list[list[bool]], leads_on: list[bool]) -> tuple[list[int], list[list[float]]]:
    """Viterbi path and marginal probabilities of the linear-chain CRF, with the page's grammar as hard
    constraints (a role a line may not have, a transition the grammar forbids, score −∞). The marginals
    come from forward-backward in probability space, each step rescaled to sum to one."""
    k, n = len(ROLES), len(scores)
    step = [_transitions(leads_on[i]) for i in range(n)]  # the step from line i to line i + 1
    s = [[sc if al else NEG for sc, al in zip(row, allow)] for row, allow in zip(scores, allowed)]
    roles = range(k)
    best, back = s[0][:], []
    for i in range(1, n):
        froms, came = [], []
        for into in step[i - 1][0]:
            v = list(map(operator.add, best, into))
            top = max(v)
            froms.append(top)
            came.append(k - 1 - v[::-1].index(top))  # the last of equals, as max over (score, role) would
        back.append(came)
        best = list(map(operator.add, froms, s[i]))
    path = [max(roles, key=best.__getitem__)]
    for row in reversed(back):
        path.append(row[path[-1]])
    path.reverse()
    es = []
    for row in s:  # exp of scores relative to the row's best: the rescaling keeps them in range
        top = max(row)
        es.append([math.exp(x - top) if x != NEG else 0.0 for x in row])
    alpha = [es[0]]
    for i in range(1, n):
        prev, et = alpha[-1], step[i - 1][1]
        row = [e * sum(map(operator.mul, prev, into)) for e, into in zip(es[i], et)]
        total = sum(row) or 1.0
        alpha.append([x / total for x in row])
    beta = [[1.0] * k for _ in range(n)]
    for i in range(n - 2, -1, -1):
        nxt = list(map(operator.mul, beta[i + 1], es[i + 1]))
        row = [sum(map(operator.mul, out_of, nxt)) for out_of in step[i][2]]
        total = sum(row) or 1.0
        beta[i] = [x / total for x in row]
    marginals = []
    for a, b in zip(alpha, beta):
        row = [x * y for x, y in zip(a, b)]
        total = sum(row) or 1.0
        marginals.append([x / total for x in row])
    return path, marginals


def read(lines: Sequence[str], opens: frozenset[int] = frozenset()) -> list[Reading]:
    """The most likely role of every line, with the probability that it continues the line before. The lines
    at the indices in `opens` are known to open an article's head (a `head` line): the rest is read around them."""
    if not lines:
        return []
    scores = _scores(tuple(lines))
    allowed = _allowed(lines)
    leads_on = [line.endswith("——") for line in lines]
    head, title = ROLES.index("head"), ROLES.index("title")
    for i in opens:
        # only where the page's grammar lets a head stand (a kicker ending in —— needs a title line under it)
        if allowed[i][head] and not (leads_on[i] and not (i + 1 < len(lines) and allowed[i + 1][title])):
            allowed[i] = [r == head for r in range(len(ROLES))]
    path, marginals = _decode(scores, _reachable(allowed, leads_on), leads_on)
    cont = ROLES.index("cont")
    return [Reading(ROLES[y], m[cont], m[y]) for y, m in zip(path, marginals)]


def _reachable(allowed: list[list[bool]], leads_on: list[bool]) -> list[list[bool]]:
    """The roles `allowed`, opened up on a line that none of the roles left to the line before may step to. Each
    rule holds on its own, but two on neighbouring lines may contradict each other through the grammar (a line a
    word runs into from a paragraph is that paragraph's rest or a title's, the □ byline under it makes it a head
    line: no role is left that a paragraph may step to, when the article before was cut inside a word and a title
    follows). There the line may take any role the grammar allows after the line before, for the model to weigh,
    rather than the page losing every path (read with none, each line would be running text)."""
    out = [allowed[0]]
    for i in range(1, len(allowed)):
        into = _transitions(leads_on[i - 1])[0]
        steps = [any(w > NEG for w, ok in zip(into[b], out[-1]) if ok) for b in range(len(ROLES))]
        reach = [ok and step for ok, step in zip(allowed[i], steps)]
        out.append(reach if any(reach) else steps)
    return out


@functools.lru_cache(maxsize=1)  # a page read again with lines known to open articles is scored once
def _scores(lines: tuple[str, ...]) -> list[list[float]]:
    """Each line's score for each role: the weights of its features summed."""
    state, _ = _weights()
    scores = []
    for f in features(lines):
        rows = [w if value == 1.0 else [x * value for x in w]
                for attr, value in _items(f).items() if (w := state.get(attr)) is not None]
        scores.append([sum(col) for col in zip(*rows)] if rows else [0.0] * len(ROLES))
    return scores


def _items(f: dict[str, str | float]) -> dict[str, float]:
    """crfsuite attributes: a string value becomes its own attribute `name=value` of weight 1."""
    return {(f"{k}={v}" if isinstance(v, str) else k): (1.0 if isinstance(v, str) else float(v)) for k, v in f.items()}

