"""Structure: recover articles (kicker, title, subtitle, byline, subheads, paragraphs) from flat lines."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import Path

from toolkit.hanzi import CLAUSE_END, NO_LINE_START, SENTENCE_END, bigrams, han_only, han_runs, is_terminated, sentences
from toolkit.lexicon import lexicon
from toolkit.model import Article, Block, Collection, Flag, Source, replace
from toolkit.similarity import Vocabulary, cosine

BYLINE_MARKS = "□■◇◆○●"
MAX_HEADING = 36  # longest line still read as a title or subhead
MAX_KICKER = 12
COHESION = 0.04  # below this cosine with the article so far, text after a heading opens a new article
HEAD_COHESION = 0.15  # … or at least this cosine between the heading lines and the article so far
HEAD_CONTINUES = 0.05  # a short line after an unfinished sentence needs less to be read as its rest
LEAD = 80  # Han characters of the text after a heading compared with the article so far
INNER_MARKS = "，、；,;"  # marks inside a sentence; subheads of one article either all have them or mostly not


@dataclass(frozen=True)
class _Line:
    no: int
    text: str
    kind: str  # heading | byline | body


def classify(text: str) -> str:
    """Read a line's role from its shape: a `□` byline, a short unpunctuated heading, or body text."""
    if text[0] in BYLINE_MARKS:
        return "byline"
    if (
        len(text) <= MAX_HEADING
        and not is_terminated(text)
        and text[-1] not in CLAUSE_END
        and text[0] not in NO_LINE_START
        and sum(text.count(ch) for ch in CLAUSE_END) <= 1
        and not any(ch in text[:-1] for ch in SENTENCE_END)
        and _balanced(text)
        and not _ends_in_function_word(text)
    ):
        return "heading"
    return "body"


BOUND = "了的着地得们过"  # characters that never open a sentence: they attach to the word before


def _continues(line: str, following: str) -> bool:
    """True when the following line finishes the sentence or word that `line` breaks off:
    `…为了不影响周边居` / `民买菜…` (居民 spans the break), `…纳入` / `了研学课程…`, `…` / `，…`."""
    if following[0] in NO_LINE_START or following[0] in BOUND:
        return True
    lex = lexicon()
    tail, head = line[-4:], following[:4]
    pos = 0
    for token in lex.cut(tail + head):
        if pos < len(tail) < pos + len(token) and len(token) > 1:
            return True
        pos += len(token)
    return False


def _spans_elsewhere(line: str, following: str, page: str) -> bool:
    """True when the text across the break is printed elsewhere on the page, so it is one phrase the
    break cut: `…从卫校毕业的郑` / `福来回到了家乡…` where 郑福来 is named again; `…成立于2` / `017年…`."""
    if line[-1].isdigit() and following[0].isdigit():
        return True
    tail, head = han_runs(line[-3:]), han_runs(following[:3])
    if not (tail and head and line.endswith(tail[-1]) and following.startswith(head[0])):
        return False  # punctuation, digits or Latin at the break
    tail, head = tail[-1], head[0]
    return any(tail[-i:] + head[:j] in page for i in range(1, len(tail) + 1) for j in range(1, len(head) + 1) if i + j >= 3)


def _ends_in_function_word(text: str) -> bool:
    """Headings end in a noun or verb; a line ending in 已经, 的, 和 … was cut off mid-sentence."""
    lex = lexicon()
    return lex.is_function_word(lex.cut(text[-6:])[-1])


def _balanced(text: str) -> bool:
    """Headings close what they open; a line cut inside a quotation is body text."""
    return all(text.count(o) == text.count(c) for o, c in ("“”", "‘’", "（）", "《》", "「」"))


def byline_names(text: str) -> tuple[str, ...]:
    return tuple(n for n in re.split(r"[\s、，,／/]+", text.lstrip(BYLINE_MARKS).strip()) if n)


def _shares_words(short: str, text: str, n: int = 3) -> bool:
    """True when short and text share a run of n Han characters (a place line repeated in a lead)."""
    s = han_only(short)
    return any(s[i : i + n] in text for i in range(len(s) - n + 1))


def _is_kicker(first: str, second: str, body: str) -> bool:
    """A kicker (place line) is short and plain, and is named again in the text or ends like a place
    or institution name does (县, 区, 镇, 院 … by jieba's dictionary)."""
    return (
        len(first) <= MAX_KICKER
        and len(first) < len(second)
        and " " not in first
        and not any(ch in first for ch in CLAUSE_END + "“”")
        and (_shares_words(first, body) or first[-1] in lexicon().name_suffixes)
    )


def _groups(lines: list[_Line]) -> list[list[_Line]]:
    """Runs of heading lines (with a following byline) and single body lines, in order."""
    out: list[list[_Line]] = []
    for line in lines:
        prev = out[-1] if out else None
        if line.kind == "heading" and prev and prev[-1].kind == "heading":
            prev.append(line)
        elif line.kind == "byline" and prev and prev[-1].kind == "heading":
            prev.append(line)
        else:
            out.append([line])
    return out


def _section_after(groups: list[list[_Line]], i: int) -> str:
    """The first sentences (about LEAD Han characters) of the body text after group i."""
    text, han = "", 0
    for g in groups[i + 1 :]:
        if g[0].kind != "body":
            break
        for s, e in sentences(g[0].text):
            text += g[0].text[s:e]
            han += len(han_only(g[0].text[s:e]))
            if han >= LEAD:
                return text
    return text


def _role(group: list[_Line], draft: _Draft, after: str, vocab: Vocabulary) -> str:
    """What a run of heading-shaped lines is: a new article's head, subheads, or a paragraph's
    continuation that a column break left short (`坚持“多支点”发力，发挥专业特长` / `优势，…`)."""
    heads = [line for line in group if line.kind == "heading"]
    body = draft.body()
    if any(line.kind == "byline" for line in group) or len(heads) >= 3:
        return "article"
    if not body:
        # after a complete head (byline, or kicker and title) comes the lead, not a subhead: a short
        # line here is the lead's first piece, cut by a column break
        complete = draft.byline is not None or len(draft.heads) >= 2
        return "continuation" if complete and len(heads) == 1 and after else "article"
    article, size = draft.vector(vocab)
    after_cos = cosine(vocab.vector(after), article, norm_b=size) if after else 0.0
    head_cos = cosine(vocab.vector("".join(h.text for h in heads)), article, norm_b=size)
    if not is_terminated(body[-1].text):
        # a subhead never follows an unfinished sentence: either the article before was cut off, or
        # this short line is the rest of that sentence (it then shares the article's words)
        continues = after_cos >= COHESION or head_cos >= HEAD_CONTINUES
        return "continuation" if continues and len(heads) == 1 else "article"
    # A subhead's section goes on with its article's people and places; a new article's lead does not.
    # The subhead itself may name the article's subject even when a splice follows it.
    if after_cos >= COHESION or head_cos >= HEAD_COHESION or not after:
        return "subhead"
    # a single line with a comma that still shares some of the article's words is more likely a
    # sentence's first piece (`除了看病，郑福来还承担着…`) than the title of an unrelated article
    sentence_like = len(heads) == 1 and "，" in heads[0].text and head_cos >= HEAD_CONTINUES
    return "subhead" if sentence_like else "article"


@dataclass
class _Draft:
    """An article while its lines are being read (local to split_articles)."""

    heads: list[_Line]
    byline: _Line | None
    blocks: list[Block] = field(default_factory=list)
    grams: list = field(default_factory=list)  # bigram counts of body lines not yet in _vector
    _vector: dict[str, float] = field(default_factory=dict)
    _square: float = 0.0

    def body(self) -> list[Block]:
        return [b for b in self.blocks if b.type == "paragraph"]

    def vector(self, vocab: Vocabulary) -> tuple[dict[str, float], float]:
        """The body's bigram vector and its norm, brought up to date only when a cohesion test needs
        them (|A+v|² = |A|² + 2A·v + |v|², term by term, so the norm follows the sum without a full pass)."""
        vector, idf, default = self._vector, vocab.idf, vocab.default
        for counts in self.grams:
            for t, n in counts.items():
                w, a = n * idf.get(t, default), vector.get(t, 0.0)
                self._square += w * (2 * a + w)
                vector[t] = a + w
        self.grams.clear()
        return self._vector, math.sqrt(self._square)


def split_articles(source: Source, name: str | None = None) -> Collection:
    """Group lines into articles.

    `莒南县大店镇 / 整治人居环境 / 提升镇村“颜值” / □彭娜 / 莒南县大店镇将…` →
    Article(kicker='莒南县大店镇', title='整治人居环境', subtitle='提升镇村“颜值”', byline=('彭娜',))
    """
    name = name or Path(source.path).stem
    lines = [_Line(i, t, classify(t)) for i, t in enumerate(source.lines)]
    page = "\n".join(source.lines)
    for i, (line, following) in enumerate(zip(lines, lines[1:])):  # heading-shaped pieces of broken sentences
        if line.kind == "heading" and (
            _continues(line.text, following.text)
            or (following.kind == "body" and _spans_elsewhere(line.text, following.text, page))
        ):
            lines[i] = _Line(line.no, line.text, "body")
    groups = _groups(lines)
    grams = [bigrams(t) for t in source.lines]
    vocab = Vocabulary(grams)
    drafts: list[_Draft] = []
    for i, group in enumerate(groups):
        first = group[0]
        if first.kind == "body":
            if not drafts:
                drafts.append(_Draft([], None))
            drafts[-1].blocks.append(Block("paragraph", first.text, lines=(first.no,)))
            drafts[-1].grams.append(grams[first.no])
            continue
        heads = [line for line in group if line.kind == "heading"]
        byline = next((line for line in group if line.kind == "byline"), None)
        current = drafts[-1] if drafts else None
        if not heads:  # a byline on its own: it belongs to the article being read
            if current is not None and current.byline is None and not current.blocks:
                current.byline = byline
            else:
                drafts.append(_Draft([], byline))
            continue
        role = "article" if current is None else _role(group, current, _section_after(groups, i), vocab)
        if role == "article":
            drafts.append(_Draft(heads, byline, grams=[grams[h.no] for h in heads]))
        else:
            kind = "heading" if role == "subhead" else "paragraph"
            current.blocks.extend(Block(kind, h.text, lines=(h.no,)) for h in heads)
            if kind == "paragraph":
                current.grams.extend(grams[h.no] for h in heads)
    articles = tuple(_article(f"{name}-{n + 1:02d}", d) for n, d in enumerate(drafts))
    return Collection(source=source, articles=articles, name=name)


def _article(article_id: str, draft: _Draft) -> Article:
    heads = draft.heads
    body = "".join(b.text for b in draft.blocks)
    kicker = subtitle = None
    texts = [h.text for h in heads]
    if len(texts) >= 3:
        kicker, title, subtitle = texts[0], texts[1], " ".join(texts[2:])
    elif len(texts) == 2 and _is_kicker(texts[0], texts[1], body):
        kicker, title = texts
    elif len(texts) == 2:
        title, subtitle = texts
    else:
        title = texts[0] if texts else ""
    byline = draft.byline
    head_lines = tuple(h.no for h in heads) + ((byline.no,) if byline else ())
    flags = () if texts else (Flag("untitled", note="text before the first title: the page starts mid-article"),)
    return Article(
        id=article_id, title=title, kicker=kicker, subtitle=subtitle,
        byline=byline_names(byline.text) if byline else (), blocks=_parallel_subheads(draft.blocks),
        flags=flags, head_lines=head_lines,
    )


def _parallel_subheads(blocks: list[Block]) -> tuple[Block, ...]:
    """An article's subheads are set in parallel: where at least two are plain phrases, a heading-shaped
    line with a comma before a paragraph is that paragraph's first piece, cut short by a column break
    (`在孙晓红的带动下，村里` / `不少果农也拿起了手机。`)."""
    plain = sum(b.type == "heading" and not any(m in b.text for m in INNER_MARKS) for b in blocks)
    if plain < 2:
        return tuple(blocks)
    return tuple(
        replace(b, type="paragraph")
        if b.type == "heading" and any(m in b.text for m in INNER_MARKS) and i + 1 < len(blocks) and blocks[i + 1].type == "paragraph"
        else b
        for i, b in enumerate(blocks)
    )
