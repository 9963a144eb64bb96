"""Chinese text shape: punctuation classes, sentences, clauses and character bigrams used by the passes."""

from __future__ import annotations

import operator
import re
from collections import Counter
from collections.abc import Iterator
from itertools import chain

SENTENCE_END = "。！？!?…"
CLOSERS = "”’」』）)》〉】"
OPENERS = "“‘「『（(《〈【"
CLAUSE_END = SENTENCE_END + "，、；：,;:"
# a mark that ends a clause or a sentence: not 、 nor ：, which stand inside a list or an entry (男子100米：…)
CLAUSE_MARK = re.compile("[，。！？；,;!?]")
MARKS = "□■◇◆○●▲△★☆◎※▶►▷▪•"  # bylines (□) and subhead bullets (● ■ ▶ …) open with one
BYLINE_MARK = "□"
BULLETS = MARKS.replace(BYLINE_MARK, "")  # the marks that set off a subhead or a list's item
# The administrative units a place's name ends on (聊城开发区北城街道, 莒南县大店镇, 临溪市东关区, 石桥村).
ADMINISTRATIVE = frozenset("省 市 县 区 镇 乡 村 旗 州 盟 街道 社区".split())
# The middle dot joins the parts of a foreign name or a column tag (约翰·史密斯, 走进城市书房·槐川篇): it neither opens
# nor ends a line.
MIDDLE_DOTS = "·・"
# An aside in round brackets: a gloss (（WADA）), a note (（以下简称…）), a photo's credit (（本报记者 王川摄）)
ASIDE = re.compile(r"[（(][^（()）]{1,30}[）)]")
# …opening a line with text after it, `（WADA）处以禁赛两年`, `（以下简称…）`, `（记者方问禹）天然清新…`: it explains the words
# before it, so it does not open a paragraph (a numbered one, `（一）加强…`, may)
ASIDE_ON = re.compile(ASIDE.pattern + r"\S")
# A line may not start with these; a sentence cut by a column break often does.
NO_LINE_START = "，。、；：？！）」』”’》〉】,.;:?!)…" + MIDDLE_DOTS
# …nor end with these: a mark that opens what the next line holds.
NO_LINE_END = OPENERS + MIDDLE_DOTS
PUNCT = set(CLAUSE_END + CLOSERS + OPENERS + "—·-～~ ")
NUMERALS = "0123456789０１２３４５６７８９零〇一二两三四五六七八九十百千万亿几"
ASPECT = "了着过"  # after a verb: it has happened, is going on, has been done

HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_HAN_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
_NOT_HAN = re.compile(r"[^\u3400-\u9fff\uf900-\ufaff]+")
_SENTENCE = re.compile(rf"[^{SENTENCE_END}]*(?:[{SENTENCE_END}]+[{CLOSERS}]*|$)")
_CLAUSE = re.compile(rf"[^{CLAUSE_END}]*(?:[{CLAUSE_END}]+[{CLOSERS}]*|$)")


def end_mark(text: str) -> str:
    """The text's last character, trailing spaces and closing quotes or brackets passed over ("" if none):
    the mark a sentence or clause ends on (`好。”` → 。)."""
    return text.rstrip().rstrip(CLOSERS)[-1:]


def is_terminated(text: str) -> bool:
    """True when text ends a sentence: 。！？…… optionally followed by closing quotes or brackets.
    A lone … is half an ellipsis that a column break cut in two; six dots typed for one (......) end too."""
    stripped = text.rstrip().rstrip(CLOSERS)
    if stripped.endswith("…") and not stripped.endswith("……"):
        return False
    if stripped.endswith("......"):
        return True
    return bool(stripped) and stripped[-1] in SENTENCE_END


def enclosed(text: str) -> bool:
    """A line wholly in brackets: a dateline or an author's note (（本报伦敦1月13日电）, （作者为…）)."""
    return bool(text) and text[0] in "（(【" and text[-1] in "）)】"


# Of the 731 paragraphs of the labelled articles, the four under this many Han characters are three datelines in
# brackets and a truncated lead (`流心得体会。`): shorter, a text that ends a sentence is the end of one cut off.
SHORTEST_PARAGRAPH = 10


def sentence_tail(text: str) -> bool:
    """A text too short to be a paragraph of its own that ends a sentence: the rest of one (`快车。`)."""
    return is_terminated(text) and len(han_only(text)) < SHORTEST_PARAGRAPH and not enclosed(text)


# What may follow a paragraph's last sentence on its line: a note in brackets (…。（完）, …。（记者 吕娜）), the way
# wire copy and many papers close an article.
_NOTE_AFTER = re.compile(rf"[{SENTENCE_END}][{CLOSERS}]*[（(][^（）()]{{1,30}}[）)]$")
# A photo's credit, closing its caption: a photographer named after a reporter's title (本报记者 吕娜摄, 通讯员 郑晓东
# 摄) or after the agency that sends the picture (新华社发 吕娜摄), or after the caption's last sentence, set apart by a
# space (…编织技艺。吕娜 摄), or a picture from the files or an agency (资料图片, 新华社发); or the credit alone, in
# brackets or not, under the picture (（吕娜摄）, 吕娜摄, 吕娜 吴敏摄; not …拍摄). No sentence of the labelled articles ends so.
_PHOTOGRAPHERS = r"[\u4e00-\u9fff]{2,4}(?:[\s、]+[\u4e00-\u9fff]{2,4})*"  # one name or more (吕娜, 吕娜 吴敏, 吕娜、吴敏)
PHOTO_CREDIT = re.compile(rf"(?:记者|通讯员|摄影|社发|报发)\s*{_PHOTOGRAPHERS}\s*摄[）)]?$"
                          rf"|[。！？]\s*{_PHOTOGRAPHERS}\s+摄$"
                          r"|(?:资料图片|新华社发|本报发)[）)]?$|^[（(][\u4e00-\u9fff]{2,4}\s*摄[）)]$"
                          rf"|^{_PHOTOGRAPHERS}\s*(?<!拍)摄$")


# Where to reach someone, closing a notice's paragraph without a mark after it: a telephone number after a colon
# (咨询电话：0571-12345678), a web or mail address (www.tongxi.gov.cn). No sentence of the labelled articles ends so.
CONTACT = re.compile(r"(?:[：:]\s*\+?\d[\d\-－ ]{5,}\d|(?:https?://|www\.)[\w./\-]+|[\w.\-]+@[\w\-]+(?:\.[\w\-]+)+)$", re.ASCII)


# A jump line: where an article breaks off to go on on another page (（下转第三版）, …。（转第5版）), and where the rest
# takes it up (（上接第一版）). The text around it is whole; the article is not.
PAGE_NUMBER = "[0-9０-９一二三四五六七八九十]{1,3}"  # as papers print it, read by `numeral`
JUMP_OUT = re.compile(rf"[（(](?:下转|转至|转到|转)第?(?P<page>{PAGE_NUMBER})版[）)]$")
JUMP_IN = re.compile(rf"^[（(](?:上接|紧接|接上|接)第?(?P<page>{PAGE_NUMBER})版[）)]")
_DIGITS = {ch: i % 10 for i, ch in enumerate("0123456789０１２３４５６７８９")}
_CHINESE_DIGITS = {ch: i for i, ch in enumerate("一二三四五六七八九", 1)}


def numeral(text: str) -> int | None:
    """A page's number or a count as papers print it, in digits or in Chinese (5, ０５, 五, 十二, 二十; 两 alone, the
    count's two: 两句): None if it is none."""
    if text and all(ch in _DIGITS for ch in text):
        return int("".join(str(_DIGITS[ch]) for ch in text))
    if text == "两":
        return 2
    tens, ten, ones = text.partition("十")
    if not ten:
        return _CHINESE_DIGITS.get(text)
    if len(tens) <= 1 and len(ones) <= 1 and all(ch in _CHINESE_DIGITS for ch in tens + ones):
        return _CHINESE_DIGITS.get(tens, 1) * 10 + _CHINESE_DIGITS.get(ones, 0)
    return None


# Notes on the article that close it (本文系…项目成果, 作者系…, 作者：吕娜), whatever their last mark (not 作者为, which also
# opens running text: 作者为此…), the source of its figures under a chart (数据来源：…), and who told an account and who
# wrote it down (口述人：…, 整理：本报记者 吕娜), printed over the text or under it; and where a reprint was first printed
# (来源：半月谈网, 原载《半月谈》2026年第23期, 摘自…), whose label opens no running text.
CREDIT_NOTES = tuple(label + colon for label in ("口述", "口述人", "整理", "整理人", "执笔", "采写", "撰文") for colon in "：:")
SOURCE_NOTES = ("来源：", "来源:", "原载《", "摘自《", "转载自")
NOTES = ("本文系", "本文为", "作者系", "作者单位", "作者：", "作者:", "数据来源", "资料来源", *CREDIT_NOTES, *SOURCE_NOTES)


# The date a notice or a letter was issued, on a line of its own under its text and its issuer (…特此通知。 / 槐川县
# 医疗保障局 / 2024年8月20日): the year, month and day and nothing else, in digits or in numerals (二〇二四年八月二十日);
# or where and when an essay was written, signed under its text (2024年3月于澄州, 2024年春写于槐川): a month or a
# season, then the place
_YEAR = r"(?:\d{4}|[〇零一二三四五六七八九]{4})年"
_MONTH = r"[\d一二三四五六七八九十]{1,3}月"
_WRITTEN = r"[写改草]?于[\u4e00-\u9fff]{2,8}"
SIGNED_DATE = re.compile(rf"^{_YEAR}(?:{_MONTH}[\d一二三四五六七八九十]{{1,3}}日(?:{_WRITTEN})?|(?:{_MONTH}|[春夏秋冬])(?:{_WRITTEN}))$")
# …and a date alone, the year perhaps left out, as a letter dates itself under its signature (5月6日): as the last
# paragraph of a text it closes it (as a line among lines it may also head a diary's day, `lines.DAY_HEAD`)
DATE_ALONE = re.compile(rf"^(?:{_YEAR})?{_MONTH}[\d一二三四五六七八九十]{{1,3}}日$")


# A quotation set apart with whom it is from after a dash (“…我随时都在。”——吴敏): a pull quote, whole in itself
ATTRIBUTED = re.compile(r"[”」]——[\u4e00-\u9fff·]{2,12}$")


def ends_whole(text: str) -> bool:
    """A paragraph that ends where a paragraph may: on a full sentence (a note in brackets may follow it), as a
    bracketed closing note, as a note on the article, on a photo's credit, on a contact (`CONTACT`), as the date
    it was issued (`SIGNED_DATE`) or on whom the quotation it sets apart is from (`ATTRIBUTED`)."""
    text = text.rstrip()
    return (is_terminated(text) or enclosed(text) or text.startswith(NOTES) or bool(SIGNED_DATE.match(text))
            or bool(_NOTE_AFTER.search(text) or PHOTO_CREDIT.search(text) or CONTACT.search(text)
                    or ATTRIBUTED.search(text)))


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """Spans of sentences; a closing quote after 。 stays with its sentence."""
    for m in _SENTENCE.finditer(text):
        if m.end() > m.start():
            yield m.start(), m.end()


def clauses(text: str) -> Iterator[tuple[int, int]]:
    """Spans of clauses, cut after every comma-like or sentence-final mark."""
    for m in _CLAUSE.finditer(text):
        if m.end() > m.start():
            yield m.start(), m.end()


def closes_unopened(text: str) -> bool:
    """A closing quote or bracket before any opening one: the text starts inside a quotation that
    began before it (`…人气还要慢慢攒。”` cut from its opening)."""
    depth = 0
    for ch in text:
        if ch in OPENERS:
            depth += 1
        elif ch in CLOSERS:
            depth -= 1
            if depth < 0:
                return True
    return False


def han_only(text: str) -> str:
    return _NOT_HAN.sub("", text)


def han_runs(text: str) -> list[str]:
    """The runs of Han characters, in order (what lies between is punctuation, digits, Latin)."""
    return _HAN_RUN.findall(text)


def bigrams(text: str) -> Counter[str]:
    """Character bigrams inside runs of Han characters (never across punctuation)."""
    return Counter(chain.from_iterable(map(operator.add, run, run[1:]) for run in _HAN_RUN.findall(text)))


_UNSIGNED = re.compile("[" + re.escape("".join(sorted(PUNCT)) + " \t\n\u3000") + "]+")


def signature(text: str) -> str:
    """Text without punctuation and spaces, for comparing copies that differ in punctuation."""
    return _UNSIGNED.sub("", text)  # a regex: str.translate is slow on non-ASCII text
