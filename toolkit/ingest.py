"""Ingest: decode a raw extracted page (UTF-8, GB18030/GBK, UTF-16) into normalised paragraphs."""

from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from toolkit.errors import InputError
from toolkit.files import reason
from toolkit.hanzi import CLAUSE_END, CLAUSE_MARK, JUMP_IN, JUMP_OUT, MARKS, enclosed, end_mark, is_terminated
from toolkit.model import Source

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_SPACES = re.compile(r"[ \t\u00a0\u3000\u2002-\u200a\u202f\u205f]+")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))


def _gap(m: re.Match) -> str:
    """One space for a run of them; an ideographic one (U+3000) where the run holds one between characters that are not
    Latin: the full-width gap a Chinese head sets between its two parts (小芯片撑起大产业　集群加速成长), which an ASCII
    space would narrow."""
    text, start, end = m.string, m.start(), m.end()
    wide = "\u3000" in m[0] and 0 < start and end < len(text) and not text[start - 1].isascii() and not text[end].isascii()
    return "\u3000" if wide else " "


def decode(data: bytes, name: str) -> tuple[str, str]:
    """Text and the encoding it was read with; a clear error for empty, binary or undecodable data."""
    if not data.strip():
        raise InputError(f"{name}: the file is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise InputError(f"{name}: starts with a {encoding} byte-order mark but is not {encoding}: {exc}") from exc
    nuls = data.count(0)
    if nuls:
        stray = nuls * 100 <= len(data)
        # a stray NUL (a glitch of the extraction) in UTF-8 text: the page is still text
        text = _decoded(data.replace(b"\x00", b""), "utf-8") if stray else None
        if text is not None and _mostly_text(text):
            return text, "utf-8"
        if found := _utf16_without_bom(data):
            return found
        if not stray:
            raise InputError(f"{name}: looks like a binary file ({nuls} NUL bytes), not extracted text")
        data = data.replace(b"\x00", b"")
    for encoding in ("utf-8", "gb18030"):
        text = _decoded(data, encoding)
        if text is None:
            continue
        if _mostly_text(text):
            return text, encoding
        break
    raise InputError(f"{name}: cannot be read as UTF-8, UTF-16 or GB18030/GBK text")


def _decoded(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 saved without a byte-order mark (its NULs are the high bytes of ASCII characters): the
    byte order that reads as Chinese text. Bytes of another kind read as UTF-16 give code points
    spread over the whole plane, mostly neither Chinese nor ASCII."""
    if len(data) % 2:
        return None
    for encoding in ("utf-16-le", "utf-16-be"):
        text = _decoded(data, encoding)
        if text is not None and _plausible(text):
            return text, encoding
    return None


def _plausible(text: str) -> bool:
    common = sum(1 for ch in text if ch.isascii() or "\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef")
    return common >= len(text) * 0.95 and _mostly_text(text)


def _mostly_text(text: str) -> bool:
    control = sum(1 for ch in text if unicodedata.category(ch) in ("Cc", "Co", "Cn") and ch not in "\r\n\t\f")
    return control <= len(text) * 0.01


# Characters XML (so XHTML, EPUB and the PDF's text) cannot hold: control characters (C0 and C1), lone
# surrogates, U+FFFE and U+FFFF. Tabs and line breaks are whitespace, which XML keeps.
_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def printable(text: str) -> tuple[str, str]:
    """The text without the characters XML cannot hold, and those characters (in order)."""
    dropped = _UNPRINTABLE.findall(text)
    return (_UNPRINTABLE.sub("", text), "".join(dropped)) if dropped else (text, "")


class Layout(NamedTuple):
    """How the file set its text out, undone at ingest (see Source)."""

    columns: int = 0
    wrapped: tuple[int, ...] = ()
    letter_spaced: bool = False


def _lines(text: str) -> tuple[tuple[str, ...], tuple[tuple[int, str], ...], Layout]:
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n")).translate(_INVISIBLE)
    lines: list[str] = []
    removed: list[tuple[int, str]] = []
    spaced = letter_spaced(text)
    if spaced:
        text = _LETTER_SPACE.sub("", text)
    raws = text.split("\n")
    side_by_side = columns(raws)
    if side_by_side:
        raws = read_down(raws, side_by_side)
    wrapped = measures(raws)
    if wrapped:
        raws = rejoin(raws, wrapped)
    for raw in raws:
        # a form feed (pdftotext's page break) or vertical tab is layout, dropped without a record
        line, dropped = printable(raw.replace("\f", "").replace("\v", ""))
        line = _SPACES.sub(_gap, line).strip()
        if line:
            if dropped:
                removed.append((len(lines), dropped))
            lines.append(line)
    return tuple(lines), tuple(removed), Layout(len(side_by_side.starts) if side_by_side else 0, wrapped, spaced)


def normalise(text: str) -> tuple[str, ...]:
    """Non-empty lines with CR/LF unified, invisible and unprintable characters dropped, spaces collapsed,
    and a layout for print undone (letter-spacing, columns side by side, lines wrapped at a column's width)."""
    return _lines(text)[0]


# --- page furniture -----------------------------------------------------------------------------------
# Page furniture: the running head or folio a page carries, which extraction leaves among the text
# (人民日报 2021年8月1日 星期二 第4版, 第4版 要闻 责任编辑：王一), often inside a paragraph a page break cut.
# A line naming a page (第4版), a date with its weekday or an editor's credit, and closing no clause, is no
# article's text (none of the labelled articles' lines is so); nor is a folio alone, a section's name and the page's
# number apart by a space (要闻 4, 04 理论周刊), nor what the page says of itself (本版邮箱：…, 本版图片除署名外…: an article
# names no page it stands on), nor the line an online edition closes each article with, naming the paper, the day and
# the page (《 人民日报 》（ 2021年08月01日 04 版）).
FURNITURE = re.compile(r"第\s*[0-9０-９]{1,3}\s*版|[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日\s*星期[一二三四五六日天]"
                       r"|^《\s*[\u4e00-\u9fff]{2,12}\s*》\s*[（(]\s*[0-9]{4}年\s*[0-9]{1,2}月\s*[0-9]{1,2}日"
                       r"(?:\s*第?\s*[0-9]{1,3}\s*版)?\s*[）)]$"
                       r"|(?:责任编辑|本版编辑|本版责编|版式设计|美术编辑|图片编辑|版面设计|责编|版式|美编|校对|制图)\s*[:：]"
                       r"|^本版[\u4e00-\u9fff]{1,4}\s*[:：]|^本版图片除署名外"
                       r"|^[\u4e00-\u9fff]{2,6}\s+[0-9]{1,2}$|^[0-9]{1,2}\s+[\u4e00-\u9fff]{2,6}$")
FURNITURE_LONGEST = 60


SECTION_LONGEST = 6  # characters of a section's name in a running head (要闻, 国际, 理论周刊)
PAPER = re.compile(r"[\u4e00-\u9fff]{1,8}?(?:日报|晚报|早报|晨报|时报|商报|都市报)")  # a paper's name (人民日报, 槐川晚报)


def furniture(text: str) -> bool:
    """The line is a page's running head or folio, not text of an article. A jump line names a page too
    (（下转第3版）), but it is the article's: where its text breaks off, or where the rest takes it up."""
    return (len(text) <= FURNITURE_LONGEST and bool(FURNITURE.search(text)) and not CLAUSE_MARK.search(text)
            and not (JUMP_OUT.search(text) or JUMP_IN.match(text)))


def furniture_lines(lines: Sequence[str]) -> list[int]:
    """The numbers of the lines that are page furniture: those `furniture` knows, and a short line without a mark
    between two of them, the running head's section name set on a line of its own (2026年12月1日 星期二 / 要闻 /
    责任编辑：吴敏); beside one only, the line may as well be an article's kicker. A paper's name alone beside one is its
    masthead or running head (槐川日报 / 2026年3月6日 星期五): no article's head line is a paper's name."""
    known = [furniture(text) for text in lines]
    return [i for i, text in enumerate(lines)
            if known[i] or 0 < i < len(lines) - 1 and known[i - 1] and known[i + 1]
            and len(text) <= SECTION_LONGEST and not CLAUSE_MARK.search(text)
            or PAPER.fullmatch(text) and (i > 0 and known[i - 1] or i + 1 < len(lines) and known[i + 1])]


# --- letter-spaced sources -----------------------------------------------------------------------------
# Some extractions set a space between every two characters (a justified CJK line's spacing read as word
# spaces: 社 区 治 理, 5 G). Chinese sets no space inside a phrase, so where most neighbouring CJK characters
# stand one space apart, one space is layout and goes; a wider gap (two spaces or more: a space the text
# itself held, 标准化 大家) stays one space.
SPACED = 0.5  # share of neighbouring CJK characters set one space apart (the pages of a paragraph a line
# measured here: at most 0.004; letter-spaced, all but the pairs around a space of the text's own)
SAMPLE = 100_000  # characters read to tell: spacing is the extraction's habit, the same over a file
_WIDE = "\u1100-\U0010ffff"
_LETTER_SPACE = re.compile("(?<=[^ \n]) (?=[^ \n])")
_APART = re.compile(f"(?<=[{_WIDE}]) (?=[{_WIDE}])")
_TOGETHER = re.compile(f"(?<=[{_WIDE}])(?=[{_WIDE}])")


def letter_spaced(text: str) -> bool:
    """Most neighbouring CJK characters of the text stand one space apart."""
    text = text[:SAMPLE]
    apart = len(_APART.findall(text))
    return apart > SPACED * (apart + len(_TOGETHER.findall(text)))


# --- columns side by side ---------------------------------------------------------------------------
# pdftotext -layout keeps a page's columns side by side: each line holds a line of every column, set apart
# by a gutter of spaces. Read across, the columns' sentences interleave; they are read down instead, each
# column in turn, from one line spanning them (a headline) or page break to the next.
MIN_LINES = 12  # lines showing a layout (two columns, one width filled) before it is believed: a page's few
# equal titles or a byline's spaced names do not make one
GUTTER = 3  # spaces at least between two columns (a byline's names stand one or two apart)
SIDE_BY_SIDE = 0.3  # share of the text lines holding two columns or more, for a layout of columns
TOLERANCE = 2  # positions (characters or display columns) a column's line may start off its column's start
_SEGMENT = re.compile(r"[^ \f](?:[^ \f]| {1,%d}(?=[^ \f]))*" % (GUTTER - 1))
_TIGHT = re.compile(r"[^ \f](?:[^ \f]| (?=[^ \f]))*")  # where punctuation hung into the gutter: two spaces part columns


class Columns(NamedTuple):
    """Where a page's columns start, counted as the file aligns them: in display columns (`wide`: a CJK
    character two, as a terminal shows it) or in characters."""

    starts: tuple[int, ...]
    wide: bool

    def at(self, line: str, i: int) -> int:
        return width(line[:i]) if self.wide else i


def columns(raws: list[str]) -> Columns | None:
    """Where a -layout page's columns start, or None for text not set out in columns side by side: the
    commonest number of segments a line holds, when SIDE_BY_SIDE of the text lines hold two or more, and
    the median start of each, counted the way that lines them up best."""
    gutter = " " * GUTTER
    if sum(gutter in raw.strip() for raw in raws) < MIN_LINES:  # a quick no, before the lines are parsed
        return None
    rows = [(raw, [m.start() for m in _SEGMENT.finditer(raw)]) for raw in raws]
    text = [r for r in rows if r[1]]
    multi = [r for r in text if len(r[1]) > 1]
    if len(multi) < max(MIN_LINES, SIDE_BY_SIDE * len(text)):
        return None
    n = Counter(len(starts) for _, starts in multi).most_common(1)[0][0]
    full = [r for r in multi if len(r[1]) == n]

    def lined_up(wide: bool) -> tuple[float, Columns]:
        at = [[width(raw[:i]) if wide else i for i in starts] for raw, starts in full]
        medians = tuple(sorted(a[k] for a in at)[len(at) // 2] for k in range(n))
        return sum(abs(a[k] - medians[k]) for a in at for k in range(n)), Columns(medians, wide)

    return min((lined_up(False), lined_up(True)), key=lambda spread_columns: spread_columns[0])[1]


def read_down(raws: list[str], layout: Columns) -> list[str]:
    """The lines of a page of columns side by side, read column by column. A segment belongs to the last
    column starting at or before it; one running past the next column's start spans them and, like a page
    break (form feed) or a running head, closes the columns above it. Running heads are gathered before the
    text, so that a paragraph running from one page on to the next reads on."""
    starts = layout.starts
    heads: list[str] = []
    out: list[str] = []
    cols: list[list[str]] = [[] for _ in starts]

    def flush() -> None:
        for col in cols:
            out.extend(col)
            col.clear()

    def crosses(m: re.Match) -> bool:  # the segment runs across a column's start
        begin, end = layout.at(m.string, m.start()), layout.at(m.string, m.end())
        return any(begin < start - TOLERANCE and end > start + TOLERANCE for start in starts[1:])

    def place(line: str) -> None:
        if furniture(_SPACES.sub(" ", line).strip()):  # a running head across the page, its parts spaced out
            flush()
            heads.append(line)
            return
        segments = list(_SEGMENT.finditer(line))
        if any(crosses(m) for m in segments):  # a column's line ran into the gutter (。” hung at its end)
            segments = list(_TIGHT.finditer(line))
        if not segments:  # a blank line across the page: a blank in every column
            for col in cols:
                col.append("")
        for m in segments:
            begin, end = layout.at(line, m.start()), layout.at(line, m.end())
            k = max(i for i, start in enumerate(starts) if start <= begin + TOLERANCE or i == 0)
            if len(segments) == 1 and k + 1 < len(starts) and end > starts[k + 1] + TOLERANCE:
                flush()
                out.append(m.group())
            else:
                cols[k].append(m.group())

    for raw in raws:
        first, *after_breaks = raw.split("\f")
        if first or not after_breaks:
            place(first)
        for piece in after_breaks:
            flush()
            if piece:
                place(piece)
    flush()
    return heads + out


# --- hard-wrapped sources -----------------------------------------------------------------------------
# Text copied line by line off a printed page (pdftotext without -layout, a PDF viewer's copy) keeps the
# column's line ends: every line of a paragraph fills the column's measure and only its last stops short.
# Such a line end is layout, like a CR/LF or a run of spaces, not a break the extraction's damage made, so
# it is undone here, before any repair reads the page; the pages the cleaner is built for hold a paragraph
# a line, and read line by line it would take every line for a paragraph of its own (the intact real
# pages, wrapped every 22 characters: 22 sentences lost, 12 titles too many).
FULL_SHARE = 0.5  # of a source's lines of text, the share that fill a measure: a wrapped source (on the
# labelled, held-out and intact pages, which hold a paragraph a line, no measure holds more than 0.23; on
# the same pages wrapped, 0.84 or more)
CLOSED = 0.5  # of the lines filling a measure, the share at most that close a clause (wrapped at 24 to 44 columns,
# the intact and labelled real pages' full lines close one in 0.14 to 0.28; a paragraph a line, all but headings
# do, and a list's items too)
MIN_TEXT = 10  # display columns: shorter lines (a name, a dateline) say nothing of the measure
SHORT, HANG = 3, 4  # a full line may stop this many columns short of its measure (a wide character that did
# not fit) or run this many past it (closing marks hung in the margin, 。” two of them)
WIDEST = 200  # display columns: no column (nor a page set across) is wider
MEASURES = 3  # columns of different widths on one page (a lead story set wider than the others)
CUE = 0.8  # share of the certain paragraph ends followed by a blank line (or an indented line) for that
# to be the source's mark of a new paragraph


_NARROW = re.compile("[\x00-\u10ff]+")  # Latin letters, digits, ASCII marks (all before U+1100): half as wide


def width(text: str) -> int:
    """Display columns: a character from U+1100 on (CJK, full-width marks, and “”…— as CJK type sets
    them) takes two, anything before one."""
    return len(text) + len(_NARROW.sub("", text))


def measures(raws: list[str]) -> tuple[int, ...]:
    """The widths (display columns) a source's lines were wrapped at, or () for a source that holds its
    paragraphs a line each: the commonest widths, while the lines that fill each (SHORT columns less to
    HANG more) number MIN_LINES and a quarter of the text lines, when together they are FULL_SHARE of them."""
    rows = [(w, _closed(r)) for r in raws if (w := _filled(r)) >= MIN_TEXT]
    left = rows
    found: list[int] = []
    while left and len(found) < MEASURES:
        m = max(Counter(w for w, _ in left).items(), key=lambda kv: (kv[1], kv[0]))[0]
        filling = [closed for w, closed in left if m - SHORT <= w <= m + HANG]
        # a wrapped line stops where the measure falls, mostly inside a clause; a paragraph's line (or a list's
        # item, 一是…；) closes one
        if len(filling) < max(MIN_LINES, len(rows) / 4) or _share(filling) > CLOSED:
            break
        found.append(m)
        left = [(w, closed) for w, closed in left if not m - SHORT <= w <= m + HANG]
    return tuple(sorted(found)) if rows and 1 - len(left) / len(rows) >= FULL_SHARE else ()


def rejoin(raws: list[str], wrapped: tuple[int, ...]) -> list[str]:
    """The lines of a hard-wrapped source with each full line joined to the line after it, unless a blank
    line or an indent, where the source marks its paragraphs so, starts a new one. (The mark is read off
    the lines that surely end a paragraph: short, closing a sentence.)"""
    text = [_SPACES.sub(" ", r).strip() for r in raws] + [""]
    full = [any(m - SHORT <= _filled(r) <= m + HANG for m in wrapped) for r in raws] + [False]
    indented = [r.startswith(("\u3000", "  ", "\t")) for r in raws] + [False]  # one space is a wrapped word's
    ends = [i + 1 for i, t in enumerate(text[:-2]) if t and not full[i] and is_terminated(t)]
    blank = _share([not text[i] for i in ends]) >= CUE
    indent = _share([indented[i] for i in ends if full[i]]) >= CUE  # a paragraph's first line (a heading is no cue)

    widest = max(wrapped) + HANG

    def starts(i: int) -> bool:  # line i starts a paragraph, a byline (□…), a label or a dateline (【…】, （本报…电）),
        # or is no column's line at all: wider than the columns (a headline across them) or a running head
        return (not text[i] or indent and indented[i] or text[i][0] in MARKS or enclosed(text[i])
                or _filled(raws[i]) > widest or furniture(text[i]))

    def closes(i: int) -> bool:  # the lines from i on close a sentence before a new paragraph starts
        while not is_terminated(text[i]) and full[i] and not starts(i + 1):
            i += 1
        return is_terminated(text[i])

    def goes_on(j: int, inside: bool) -> bool:  # line j (`inside` a paragraph: joined to the one before) goes on into j + 1
        if not full[j] or starts(j + 1) or enclosed(text[j]) or text[j].endswith("——") and not inside:  # a kicker
            return False
        # a full line closing a sentence may close its paragraph too (one in twenty or so ends on the
        # measure): the lines after it go on with it if they close a sentence before a new paragraph; if
        # they stop open, short or before a new paragraph, they are a heading (a subhead, a title)
        return blank or not is_terminated(text[j]) or closes(j + 1)

    out: list[str] = []
    inside = False
    for i, raw in enumerate(raws):
        inside = bool(out) and goes_on(i - 1, inside)
        if inside:
            out[-1] += text[i]
        else:
            out.append(raw)
    return out


def _filled(raw: str) -> int:
    """The columns a line fills, an indent included (a paragraph's first line fills the measure too); a
    line of more than WIDEST characters is no wrapped line, whatever its exact width."""
    raw = raw.rstrip()
    return len(raw) if len(raw) > WIDEST else width(raw) if raw.strip() else 0


def _closed(raw: str) -> bool:
    """The line ends on a clause's or a sentence's mark (closing quotes and brackets passed over)."""
    return end_mark(raw) in tuple(CLAUSE_END)


def _share(flags: list[bool]) -> float:
    return sum(flags) / len(flags) if flags else 0.0


def read_source(path: Path) -> Source:
    """The page at `path`, decoded and normalised; `removed` lists the unprintable characters dropped
    from each line (the pipeline records them as corrections)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({reason(exc)})") from exc
    text, encoding = decode(data, str(path))
    lines, removed, layout = _lines(text)
    if not lines:
        raise InputError(f"{path}: holds no text")
    return Source(path=str(path), sha256=hashlib.sha256(data).hexdigest(), encoding=encoding, lines=lines,
                  columns=layout.columns, wrapped=layout.wrapped, letter_spaced=layout.letter_spaced, removed=removed)
