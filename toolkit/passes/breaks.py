"""Breaks: join paragraphs that a column or page break split mid-sentence or mid-word."""

from __future__ import annotations

import re
from functools import partial

from toolkit.hanzi import (ASIDE_ON, ASPECT, CLAUSE_END, HAN, NUMERALS, SIGNED_DATE, end_mark, ends_whole, han_only,
                           sentence_tail)
from toolkit.lexicon import lexicon
from toolkit.lines import (BOX_LABELS, DATELINE, ENUMERATED, LONGEST, NUMBERED, PAREN_LEFT_OPEN, SALUTATION,
                           SENTENCE_INSIDE, TURN, caption, caption_rest, closes_copula, cut_inside, dialogue_turns,
                           left_dangling, letter_signed, lone_character, opens_lead, printed_whole, reports,
                           short_clause, subject_above, ties, waits_for_more)
from toolkit.model import Article, Block, Collection, Correction, correction_id, replace
from toolkit.passes.common import decided, each_article
from toolkit.review import Decisions

CONTEXT = 12
JOIN = 0.7  # the line model's probability of a column break above which the paragraphs are joined (precision 0.99 on generated pages)
LIKELIER = 0.5  # …and above which a paragraph that cannot end where it stops takes the next as its rest (see _cut_short)
SUBHEAD = 30  # Han characters: a line no longer than this, ending on no mark, may be a subhead
DECK = LONGEST["subtitle"]  # …and right under a title, a line of a subtitle's length its deck (`join_article`)
LIST_ITEMS = 3  # items apart by 、 that make a paragraph's last clause a list (`_list_of_names`)
PAREN_CLOSED_FIRST = re.compile(r"^[^（()）]*[）)]")  # a round bracket closed before any is opened
# the first words of a letter's closing wish, on a line of their own over the wish (此致 / 敬礼！, 祝 / 工作顺利！)
CLOSING_WISHES = frozenset("此致 祝 敬祝 顺祝 谨祝 恭祝 顺颂 即颂".split())
# the greeting after a letter's salutation, the first words of its text (你们好！, 您好：)
GREETING = re.compile(r"^(?:[你您](?:们)?|大家|各位)好[！!，,。：:]")
# what runs across the break, word or number, and binds the line to the line before (see `lines.ties`)
ACROSS = frozenset({"word_across", "digits_across", "phrase_across", "printed_whole"})


def _broken(first: Block, second: Block) -> bool:
    """The next paragraph is the rest of this one: the line model reads it so (JOIN), or the paragraph cannot end where
    it stops and the next goes on (below), or it stops waiting for more (`lines.waits_for_more`: …开始在), which no
    paragraph does, whatever the model reads in the next."""
    if first.type != "paragraph" or second.type != "paragraph":
        return False  # never join a subhead to its paragraph, nor a set-aside fragment
    if (first.text.strip() in CLOSING_WISHES or end_mark(first.text) in "：:" and GREETING.match(second.text)
            or SALUTATION.fullmatch(second.text.strip())):
        return False  # a letter as letters are set: its closing wish over two lines (此致 / 敬礼！), its salutation over
        # the greeting that opens its text (尊敬的各位乡亲： / 你们好！…) and under the words that bring the letter in
        # (…摘录这封信的部分内容： / 亲爱的任老师：), each line a paragraph of its own
    if second.text.startswith(first.text):
        return False  # the line printed again (`在石桥村的带动下，` / `在石桥村的带动下，…`), not its rest: the repeats pass
        # drops an exact copy; one that goes on is left as printed
    return (second.continues >= JOIN or _rest_alone(first, second) or _cut_short(first, second)
            or waits_for_more(first.text) or _bracket_across(first, second) or caption_rest(first.text, second.text))


def _bracket_across(first: Block, second: Block) -> bool:
    """The paragraph opens a bracket it leaves open and the next closes one before opening any (`（本报记者 王` /
    `川 通讯员 吴敏）`): a bracket never spans two paragraphs, so the column break cut one."""
    return PAREN_LEFT_OPEN.search(first.text) is not None and PAREN_CLOSED_FIRST.match(second.text) is not None


def _rest_alone(first: Block, second: Block) -> bool:
    """The paragraph stops mid-sentence and the next is only a sentence's last words (`让群众搭上阅读快` / `车。`):
    too short to be a paragraph of its own, it is the rest (see hanzi.SHORTEST_PARAGRAPH)."""
    return not ends_whole(first.text) and sentence_tail(second.text)


def _cut_short(first: Block, second: Block) -> bool:
    """The paragraph stops mid-sentence and is no subhead (the only line that may end on no mark), and the line
    model reads the next as more likely its continuation than not: inside an article, nothing but the rest
    of the sentence can follow a sentence cut off (on generated pages, 10 of 10 such pairs were breaks; the
    model's bar, JOIN, is for lines that may be subheads)."""
    return (second.continues >= LIKELIER and not ends_whole(first.text) and not _subhead_shaped(first)
            and not _list_of_names(first.text))


def _list_of_names(text: str) -> bool:
    """The paragraph's last clause lists three or more items apart by 、 and ends on the last (…城关小学、实验学校): a
    list as papers print one (a prize's winners, the units taking part), often without a closing mark; it ends whole
    as likely as it stops mid-sentence, so only the line model's surer reading (JOIN) joins it."""
    last = re.split(r"[，。；：！？,;:!?]", text)[-1]
    return last.count("、") >= LIST_ITEMS - 1 and HAN.match(last[-1:]) is not None


def _only_the_model(first: Block, second: Block, bound: list[str], longest: int = SUBHEAD, turn: bool = False) -> bool:
    """Only the line model asks for this join, of a paragraph shaped like a subhead (or a deck, `longest`): one short
    line that ends on no mark, bound to the next by nothing at the break (`bound`, from `lines.ties`: no word or
    digits across it, no mark or particle that cannot end or start a line; nor an aside in brackets
    explaining its last words; nor a quotation it opens and leaves open or a last word still waiting for what it
    takes (`…的第一步是`, see `lines.left_dangling`), nor a clause too short for a subhead's beside a comma: a
    subhead never has them; nor a copula opening the next, whose subject it would be: `首道工序` / `是雕塑头模`; nor a
    character alone before a mark opening the next, the end of a word the line began: `出土了耳杯、奁` / `盒、漆案…`,
    see `lines.lone_character`: a paragraph under a subhead opens on no such piece). Some
    papers' subheads are phrases with commas (`路面平、路灯亮、垃圾少，老旧小区换了新颜`) and read like a
    paragraph's first piece; where the model alone says "broken", the editor decides."""
    text, after = first.text, second.text
    if DATELINE.match(text):
        return False  # a dateline is no subhead: what follows it is its lead (`本报槐川3月2日电` / `（记者…）`)
    if caption(text):
        return False  # nor a photo's caption (`图为…`), cut like any paragraph (see `lines.caption_rest`)
    if letter_signed(text) or SIGNED_DATE.match(text):
        # nor a letter's signature: the model reads only its writer's place as its rest (`lines._allowed`); nor a signed
        # date, whose only rest is where it was written (2024年5月6日 / 于槐川)
        return False
    # (a place's or a column's name and a colon before a head's words, 槐川：老街夜市焕新颜, is the form of many titles
    # and subheads, no clause too short for one; a speaker's name opening a dialogue's `turn` is running text's)
    labelled = text if turn else TURN.sub("", text, count=1)
    if not _subhead_shaped(first, longest) or short_clause(labelled) or _rest_alone(first, second) or reports(text):
        return False  # …nor a line reporting speech (`…指出，要推进`, `据了解，…`): running text (see `lines.reports`)
    if NUMBERED.match(text):
        # numbered (`（一）书香进乡村`, `二、…`) as papers number their subheads: unless a word or a number runs
        # across the break, only the last word's part of speech (jieba's tags: 猎奇|欲 an adverb) would say
        # the line cannot end there, too little to merge what may be a subhead into the paragraph below it
        return not ACROSS & set(bound)
    if closes_copula(text) or _aspect_closed(text):
        # its 的 closes a 是…的 statement (`…是读出来的`), or an aspect particle closes its verb (书房的灯一直亮着): no
        # particle left waiting at the break
        bound = [t for t in bound if t != "cannot_end"]
    aside = ASIDE_ON.match(after) is not None and not NUMBERED.match(after)
    return (not aside and not bound and not left_dangling(text)
            and not _opens_on_localizer(after) and not subject_above(after) and not lone_character(after))


def _aspect_closed(text: str) -> bool:
    """The line ends on an aspect particle right after its verb (亮着, 开张了, 来过): the predicate closes there, as a
    head's may (书房的灯一直亮着); running text may go on to the verb's object (拿着 / 书), so only the line model says the
    line is cut, and the editor decides."""
    lex = lexicon()
    *before, word = lex.cut(text[-4:])
    return word in ASPECT and bool(before) and lex.tag(before[-1]) == "v"


def _list_item(first: Block, second: Block) -> bool:
    """The paragraph ends on a colon or on an item's semicolon and the next opens on an item's count (`提出以下措施：`
    / `1.延长…`, `①`, `一、`; `一是…；` / `二是…`): a list, whose items papers set as paragraphs of their own as often as
    they run them on (主要有三点：第一，…；第二，…). Either reading is the text's; the editor decides."""
    return end_mark(first.text) in "：:；;" and ENUMERATED.match(second.text) is not None


def _quoted_block(first: Block, second: Block) -> bool:
    """The paragraph ends on a colon and the next opens a quotation (`王川在信中写道：` / `“亲爱的读者朋友们，…`): a letter
    or a speech quoted in paragraphs of their own, each opening on “ and only the last closing it, as Chinese sets a
    quotation of several paragraphs, or a speech's words set out in a paragraph of their own (…在开幕致辞中说： /
    “…。”); or a column break after the colon. The editor decides."""
    return end_mark(first.text) in "：:" and second.text[:1] in "“「"


def _addressed(first: Block, blocks: tuple[Block, ...]) -> bool:
    """The paragraph is only a salutation and its colon (`编辑同志：`, `各位读者：`): a letter sets it on a line of its
    own; or a column break cut right after the colon. The editor decides. A speech brought in (`王川说：`) goes on to
    the words it reports, and a speaker's label that opens other turns of the article (`王川：…`) is a turn cut
    after its label: those are joined as the model reads them. Only Han characters before the colon (`lines.TURN`):
    `15：` / `40` is a time cut in two, `（作者单位：` / `…）` a note cut inside its brackets."""
    text = first.text.strip()
    if TURN.fullmatch(text) is None and not SALUTATION.fullmatch(text) or reports(text) or text[:-1] in BOX_LABELS:
        return False  # …nor is a box's label, whose text follows on (编者按：…)
    return not any(b.text.startswith(text) and b is not first for b in blocks)


def _over_a_lead(second: Block, after: Block | None, bound: list[str]) -> bool:
    """The rest the line model sees is one head-shaped line right above a dateline (`…积分制实施一年` / `桐溪县开展
    “书香家庭”评选` / `本报讯（记者…）…`), and no word or number runs across the break: it may be the rest of a lead
    box cut by a column break, or the next article's title over its lead, the paragraph above then the end of an
    article cut short. The editor decides."""
    return (after is not None and _subhead_shaped(second) and opens_lead(after.text)
            and not ACROSS & set(bound))


def _subhead_shaped(block: Block, longest: int = SUBHEAD) -> bool:
    """One short line that ends on no mark and holds no sentence's end with more after it (`…钻研新技法。“` is
    running text: a subhead is one phrase)."""
    text = block.text
    return (len(block.lines) == 1 and len(han_only(text)) <= longest and text[-1] not in CLAUSE_END
            and not SENTENCE_INSIDE.search(text))


def _opens_on_localizer(text: str) -> bool:
    """The text opens with a localizer standing alone (`上花了不少心思`, `里装上了扶手`): 上, 里, 中 follow the
    noun they place, so a sentence never opens with one (上午, 里面 are words of their own, and before a
    number one is an ordinal: 下一步, 前三季度)."""
    lex = lexicon()
    words = lex.cut(text[:6])
    return (len(words) > 1 and len(words[0]) == 1 and lex.is_localizer(words[0])
            and lex.tag(words[1]) not in ("m", "q") and words[1][0] not in NUMERALS)


def join_article(article: Article, decisions: Decisions, page: str = "") -> tuple[Article, list[Correction]]:
    """`…对人民群众的热爱，` + `必须见诸实际行动…` → `…对人民群众的热爱，必须见诸实际行动…`. `page`: the lines of the page
    the article is printed on, joined by line ends (the words it prints whole, see `lines.phrase_across`)."""
    blocks: list[Block] = []
    opened: list[int] = []  # the index in article.blocks each block of `blocks` opens on
    turns = dialogue_turns([b.text for b in article.blocks])
    corrections: list[Correction] = []
    for i, block in enumerate(article.blocks):
        prev = blocks[-1] if blocks else None
        if prev is None or not _broken(prev, block):
            blocks.append(block)
            opened.append(i)
            continue
        tail, head = prev.text[-CONTEXT:], block.text[:CONTEXT]
        # …and the passage across the break printed whole in the page's other copy of it (`lines.printed_whole`; not one
        # of `ties`, which are also the line model's features: the model was not fitted with it)
        bound = ties(prev.text, block.text, page) + ["printed_whole"] * printed_whole(prev.text, block.text, page)
        if "word_across" in bound and not cut_inside(prev.text, block.text):
            bound.remove("word_across")  # a word across that reads no likelier than the break binds nothing for sure
        listed = _list_item(prev, block)
        quoted = _quoted_block(prev, block)
        # …or the salutation is the paragraph after one that brings the letter in (`…以下是信的内容：` / `亲爱的孩子们：`)
        addressed = _addressed(prev, article.blocks) or end_mark(prev.text) in "：:" and _addressed(block, article.blocks)
        headed = _over_a_lead(block, article.blocks[i + 1] if i + 1 < len(article.blocks) else None, bound)
        # …or the article's first paragraph, under its title and no byline, is a line of a deck's length the model
        # is unsure of (below JOIN): a deck of clauses it did not read as the subtitle (…二十家茶企抱团闯市场，去年产值
        # 突破5亿元, no mark at its end, as a head line has none) stands there as readily as a lead's first line cut
        # by a column; under a byline the text is the lead's, a deck being printed above it
        # (a subhead's bound is within a deck's: one reading of the model's join answers both)
        under_title = i == 1 and bool(article.title) and not article.byline and block.continues < JOIN
        model_only = _only_the_model(prev, block, bound, DECK if under_title else SUBHEAD, opened[-1] in turns)
        decked = under_title and model_only
        unsure = listed or quoted or addressed or headed or model_only
        captioned = not unsure and caption_rest(prev.text, block.text)
        c = decided(
            Correction(
                id=correction_id("join", article.id, tail, head, lines=prev.lines[-1:] + block.lines[:1]),
                kind="join",
                action="flagged" if unsure else "applied",
                article=article.id,
                before=f"{tail}\n{head}",
                after=f"{tail}{head}",
                reason=("a photo's caption cut by a column break" if captioned else _reason(
                    prev, block, bound, listed, quoted, addressed, headed, decked, unsure)),
                confidence=1.0 if captioned else block.continues,
                lines=prev.lines[-1:] + block.lines[:1],
            ),
            decisions,
        )
        corrections.append(c)
        if c.action == "applied":
            blocks[-1] = replace(prev, text=prev.text + block.text, lines=prev.lines + block.lines, flags=prev.flags + block.flags)
        else:
            blocks.append(block)
            opened.append(i)
    if len(blocks) == len(article.blocks):
        return article, corrections
    return replace(article, blocks=tuple(blocks)), corrections


def _reason(prev: Block, block: Block, bound: list[str], listed: bool, quoted: bool, addressed: bool, headed: bool,
            decked: bool, unsure: bool) -> str:
    """Why the join is applied or put to the editor, with the line model's reading of the break."""
    return ("perhaps a list's item on a line of its own, perhaps a paragraph cut short by a column break;"
            " `apply` joins" if listed
            else "perhaps a quotation in paragraphs of its own under the colon that brings it in, perhaps a paragraph"
            " cut short by a column break; `apply` joins" if quoted
            else "perhaps a salutation on a line of its own, perhaps a paragraph cut short by a column break;"
            " `apply` joins" if addressed
            else "perhaps the next article's title over its dateline, perhaps a paragraph cut short by a column"
            " break; `apply` joins" if headed
            else "perhaps the subtitle under the title, perhaps the lead's first line cut by a column break; `apply` joins"
            if decked
            else "perhaps a subhead, perhaps a paragraph cut short by a column break; `apply` joins" if unsure
            else "the paragraph ends mid-word, cut by a column break" if "word_across" in bound
            else "the paragraph ends inside words the page prints whole elsewhere, cut by a column break"
            if "phrase_across" in bound
            else "the page prints the passage across the break whole elsewhere (a repeat of it), cut by a"
            " column break here" if "printed_whole" in bound
            else "the paragraph ends mid-sentence and the next holds only the sentence's last words"
            if _rest_alone(prev, block)
            else "the paragraph ends mid-sentence, cut by a column break") + f" (line model {block.continues:.2f})"


def join_broken_paragraphs(cols: tuple[Collection, ...], decisions: Decisions) -> tuple[tuple[Collection, ...], list[Correction]]:
    """Join lines split by column/page breaks, including continuations that start with `（` or `，`:
    `…新时代文明实践中心` + `（站、所）等党建阵地…` → `…新时代文明实践中心（站、所）等党建阵地…`."""
    out, corrections = [], []
    for col in cols:
        (joined,), found = each_article(partial(join_article, page="\n".join(col.source.lines)), (col,), decisions)
        out.append(joined)
        corrections.extend(found)
    return tuple(out), corrections
