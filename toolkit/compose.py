"""Composition: Chinese text broken into lines and justified by clreq rules, before WeasyPrint lays out pages.

A paragraph is cut into atoms (an ideograph, a punctuation mark, a Latin word or number, a dash or an
ellipsis), each as wide as the face draws it. Between two atoms on one line sits a gap: a quarter em
between an ideograph and Latin, half a mark less where two marks meet (标点挤压), nothing otherwise.
A paragraph's breaks are chosen together (as TeX chooses them): every line but the last is filled to
the measure by spreading what is left evenly over its gaps (all but those inside a compressed pair and
next to Latin, which keep their set widths), or squeezed by setting marks half-width; the breaks with
the least visible stretch and squeeze, and no last line of one or two characters, win. Nothing is
inserted: the lines, put back together, are the text.
"""

from __future__ import annotations

import bisect
import math
import re
import unicodedata
from dataclasses import dataclass
from typing import Literal, Protocol

Kind = Literal["han", "open", "close", "latin", "letter", "space", "mark"]  # letter: of a word cut to fit

OPENING = "（〔［｛《〈「『【〖〘〝“‘"
CLOSING = "）〕］｝》〉」』】〗〙〞”’"
STOPS = "、。，．；：？！"  # 点号: set in the left half of their em, like closing marks
# GB/T 15834 and clreq: these never start a line (closing marks, stops, what qualifies the text before)
NO_START = frozenset(CLOSING + STOPS + "·・々〻ー～〜‰％℃°" + ")]}!%,.:;?")
# … and these never end one (opening marks; a middle dot binds the two halves of a name)
NO_END = frozenset(OPENING + "·・([{")
RUNS = "—…⋯"  # a dash (——) or an ellipsis (……) is two of these, never split
DOTS = "·・"
LATIN = ("latin", "letter", "space")

QUARTER = 0.25  # em between an ideograph and a Latin letter or a digit (clreq: at most a quarter em)

# Costs of a line, in one currency. Stretch is Knuth's cubic badness, scaled so that gaps of
# TOLERANCE em cost 100: about where a reader starts to see holes between ideographs.
TOLERANCE = 0.1
END_HALF = 1.0  # a closing mark set half-width at the line's end: its blank half was at the margin, unseen
INNER_HALF = 10.0  # a lone mark set half-width inside a line: a tight comma is seen, a 0.03 em stretch is not
LINE = 10.0  # every line costs something: with all else equal, fewer lines
SHORT_LAST = 1000.0  # a last line of one or two characters (孤字), what compositors avoid before anything
RAGGED = 5000.0  # a line with no gap to stretch (a lone long Latin word) stays short
WINDOW = 4.0  # em of slack beyond which a line is not considered (its stretch would cost some 300)
MAX_SQUEEZE = 1.5  # em a line may be squeezed by setting marks half-width: three marks at most
HALF = 0.5  # em a mark gives up set half-width, for counting them (the composed line uses the face's own)
# A heading broken inside a phrase costs as much as two lines 1.5 em off even: a title reads better
# cut at its comma (一二三四五，/ 六七八九十一二三四) unless that leaves one line far longer.
PHRASE = 5.0
EPSILON = 1e-6
INFINITY = float("inf")


class Advances(Protocol):
    def advance(self, text: str) -> float: ...

    def halved(self, char: str) -> float: ...

    def clusters(self, text: str) -> tuple[str, ...]: ...


@dataclass(frozen=True, slots=True)
class Atom:
    """What a line may begin or end with and is never split: a character, a Latin word, a glyph of a dash."""

    text: str
    kind: Kind
    width: float  # em
    half: float = 0.0  # em the face's half-width form saves (opening and closing marks)


@dataclass(frozen=True, slots=True)
class Piece:
    """A stretch of one line set one way. `text`: characters with the line's stretch after each;
    `half`: one mark set half-width (the face's halt), stretch after it; `pair`: marks that meet,
    compressed and set solid, with `halved` the positions in it set half-width; `latin`: Latin set
    solid but for the stretch at its word spaces, `before` and `after` it the fixed quarter em next to
    an ideograph (else 0); `letters`: a word too long for a line, the stretch between its letters."""

    text: str
    kind: Literal["text", "half", "pair", "latin", "letters"]
    before: float = 0.0
    after: float = 0.0
    halved: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Line:
    pieces: tuple[Piece, ...]
    spacing: float  # em added at each gap that stretches: after text and half characters
    width: float  # em, as set: with compression and quarter spaces, before the stretch

    @property
    def text(self) -> str:
        return "".join(p.text for p in self.pieces)


# spaces | a run of one dash or ellipsis character | ASCII letters, digits and signs | one other character
_TOKEN = re.compile(r"( +)|([—…⋯])\2*|([!-~]+)|(.)", re.S)
_SINGLES: dict[tuple[Advances, str], Atom] = {}


def atoms(text: str, face: Advances) -> list[Atom]:
    """The text cut where a line could begin, each piece as wide as the face draws it: 中，“GDP” → 中 ， “ GDP ”."""
    out: list[Atom] = []
    for match in _TOKEN.finditer(text):
        piece = match[0]
        if match.start(2) >= 0:  # a dash or an ellipsis: one atom per glyph the face draws (never split)
            out.extend(Atom(cluster, "mark", face.advance(cluster)) for cluster in face.clusters(piece))
            continue
        if match.start(4) < 0:  # a run of spaces, or of ASCII
            kind = "space" if match.start(1) >= 0 else "latin"
        else:
            atom = _SINGLES.get((face, piece))
            if atom is None:
                atom = _SINGLES[(face, piece)] = _single(piece, face)
            if atom.kind != "latin":
                out.append(atom)
                continue
            kind = "latin"
        if kind == "latin" and out and out[-1].kind == "latin" and _narrow(out[-1].text[-1], face):
            piece = out.pop().text + piece  # café: ASCII and the accented letter are one word
        out.append(Atom(piece, kind, face.advance(piece)))
    return out


def _single(char: str, face: Advances) -> Atom:
    if char in OPENING:
        return Atom(char, "open", face.advance(char), face.halved(char))
    if char in CLOSING or char in STOPS:
        return Atom(char, "close", face.advance(char), face.halved(char))
    if char in DOTS:
        return Atom(char, "mark", face.advance(char))
    if _narrow(char, face):
        return Atom(char, "latin", face.advance(char))
    return Atom(char, "han", face.advance(char))


def _narrow(char: str, face: Advances) -> bool:
    """Latin letters, digits and the signs set among them (50%, 1+5): ASCII, or narrower than an ideograph."""
    if "!" <= char <= "~":
        return True
    if unicodedata.east_asian_width(char) in "WF" or not char.isprintable() or char.isspace():
        return False
    return face.advance(char) < 0.75


def _ideograph(char: str) -> bool:
    """Han, kana and hangul (CJK scripts), not the symbols a CJK face draws full-width (№ ①)."""
    point = ord(char)
    return 0x2E80 <= point <= 0x9FFF or 0xAC00 <= point <= 0xD7AF or 0xF900 <= point <= 0xFAFF or point >= 0x20000


@dataclass(frozen=True)
class _Junctions:
    """What lies between atom k-1 and atom k, for k = 1 … n-1 (index 0 unused)."""

    extra: list[float]  # em added (quarter space) or taken (a mark of the pair set half-width)
    halves: list[int]  # the atom set half-width by the pair, or -1
    stretch: list[int]  # 1 where the justification stretch goes
    # 1 where it does not only because a compressed pair ends just before: a line starting here
    # (the pair left on the line before) stretches it after all
    resumes: list[int]
    breakable: list[bool]


def _junctions(items: list[Atom], inside_runs: bool = False, anywhere: bool = False) -> _Junctions:
    """The gaps of a paragraph: quarter spaces, compressed pairs, where stretch goes, where lines may break
    (`inside_runs`: inside a dash or an ellipsis too, for a run too long to set whole; `anywhere`:
    everywhere, for text no line breaking rule can set)."""
    n = len(items)
    extra, halves, stretch, resumes, breakable = [0.0] * n, [-1] * n, [0] * n, [0] * n, [False] * n
    for k in range(1, n):
        a, b = items[k - 1], items[k]
        if a.kind in LATIN or b.kind in LATIN:
            # Latin is set solid, with a fixed quarter em from the ideographs around it
            if (a.kind == "han" and _ideograph(a.text) and b.kind in LATIN and b.text[0].isalnum()) or (
                a.kind in LATIN and a.text[-1].isalnum() and b.kind == "han" and _ideograph(b.text)
            ):
                extra[k] = QUARTER  # between ideographs and letters or digits only: 网格化+吹哨, 50%的 stay close
            elif a.kind == "space" or (a.kind == b.kind == "letter"):
                stretch[k] = 1  # but a word space stretches, as do the letters of a word cut to fit
        else:
            # slack goes into every gap between characters, but a compressed pair of marks is set
            # solid, it and the gap after it: stretching them would undo the compression
            stretch[k] = 0 if k > 1 and halves[k - 1] >= 0 else 1
            resumes[k] = 1 - stretch[k]
            if a.kind == "close" and a.half and b.kind in ("open", "close"):
                extra[k], halves[k] = -a.half, k - 1  # 。” ”“ ，“: the first mark's blank half goes
            elif b.kind == "open" and b.half and a.kind in ("open", "close"):
                extra[k], halves[k] = -b.half, k  # “‘ （《: the second mark's blank half goes
            if halves[k] >= 0:
                stretch[k] = resumes[k] = 0
        if anywhere:
            breakable[k] = True
        elif a.kind == b.kind == "letter":  # a word too long for a line, still not before its % or ,
            breakable[k] = b.text not in NO_START and a.text not in NO_END
        else:
            breakable[k] = (
                b.kind != "space" and b.text[0] not in NO_START and a.text[-1] not in NO_END
                and (inside_runs or not (a.text[-1] in RUNS and b.text[0] == a.text[-1]))  # inside …… (two glyphs)
            )
    return _Junctions(extra, halves, stretch, resumes, breakable)


def _split_long_words(items: list[Atom], limit: float, face: Advances) -> list[Atom]:
    """A Latin word wider than a line (a URL) is cut into letters, each of which may end a line."""
    out: list[Atom] = []
    for atom in items:
        if atom.kind == "latin" and atom.width > limit:
            out.extend(Atom(c, "letter", face.advance(c)) for c in atom.text)
        else:
            out.append(atom)
    return out


def compose(text: str, face: Advances, measure: float, indent: float = 0.0) -> tuple[Line, ...]:
    """Lines of a justified paragraph `measure` em wide, the first `indent` em in.

    一二三四五，六七八 at 5 em → 一二三四 / 五，六七八 (no line starts with ，; the first line is
    stretched by a third of an em at each of its three gaps).
    """
    if not text:
        return ()
    whole = atoms(text, face)
    items = _split_long_words(whole, measure - indent, face)
    junctions = _junctions(items)
    breaks = _best_breaks(items, junctions, measure, indent)
    if breaks is None:  # a long word with the marks it holds on to (“20222022”) is cut into letters
        items = _split_long_words(whole, measure / 2, face)
        junctions = _junctions(items)
        breaks = _best_breaks(items, junctions, measure, indent)
    if breaks is None:  # a run of dashes or ellipses too long to set whole, with the marks around it: cut inside it
        junctions = _junctions(items, inside_runs=True)
        breaks = _best_breaks(items, junctions, measure, indent)
    if breaks is None:  # a run of marks longer than a line: break it anywhere rather than overflow
        junctions = _junctions(items, anywhere=True)
        breaks = _best_breaks(items, junctions, measure, indent)
        assert breaks is not None
    lines = []
    for start, end in zip(breaks, breaks[1:]):
        avail = measure - (indent if start == 0 else 0.0)
        lines.append(_set_line(items, junctions, start, end, avail, last=end == len(items)))
    return tuple(lines)


def _visible_end(items: list[Atom], start: int, end: int) -> int:
    """A space at the end of a line hangs past the margin (the break is taken there)."""
    return end - 1 if end - 1 > start and items[end - 1].kind == "space" else end


def _best_breaks(items: list[Atom], junctions: _Junctions, measure: float, indent: float) -> list[int] | None:
    """Total-fit line breaking over the allowed breaks: the cheapest sequence of lines, or None.

    Every line from every reachable break is priced, so this loop is the composer's running time:
    its common case (a line that fits, stretched) is priced inline."""
    n = len(items)
    extra, stretch = junctions.extra, junctions.stretch
    # reach[k]: width of atoms 0..k-1 with the junctions between them. It never decreases (a mark is
    # wider than the half it may lose), so a line's width is a difference and its ends are bisected.
    reach, gaps, chars, loose = [0.0] * (n + 1), [0] * (n + 1), [0] * (n + 1), [0.0] * (n + 1)
    halves = junctions.halves
    for k, atom in enumerate(items):
        reach[k + 1] = reach[k] + atom.width + extra[k]
        gaps[k + 1] = gaps[k] + stretch[k]
        chars[k + 1] = chars[k] + (0 if atom.kind == "space" else len(atom.text))
        # what lone marks (met by no other) could give if set half-width
        paired = halves[k] >= 0 or (k + 1 < n and halves[k + 1] >= 0)
        loose[k + 1] = loose[k] + (0.0 if paired else atom.half)
    ends = [k for k in range(1, n) if junctions.breakable[k]] + [n]
    # a space before a break hangs past the margin
    visible_of = {e: e - 1 if items[e - 1].kind == "space" else e for e in ends}
    at_ends = [reach[e] for e in ends]
    best: list[float] = [INFINITY] * (n + 1)
    best[0] = 0.0
    previous = [0] * (n + 1)
    for start in [0, *ends[:-1]]:
        so_far = best[start]
        if so_far == INFINITY:
            continue
        avail = measure - (indent if start == 0 else 0.0)
        base = reach[start] + extra[start]  # the line starts without its junction to the atom before
        first = bisect.bisect_right(ends, start)
        # lines looser than WINDOW em are not worth a look; the loosest one before it is kept as a way out
        looser = bisect.bisect_left(at_ends, base + avail - WINDOW, lo=first)
        line_gaps_from = gaps[start + 1]
        resume = junctions.resumes[start + 1] if start + 1 < n else 0
        for index in range(max(first, looser - 1), len(ends)):
            end = ends[index]
            visible = visible_of[end]
            if visible <= start:
                visible = start + 1
            over = reach[visible] - base - avail
            cost = LINE
            if over > EPSILON:
                # squeezed: the closing mark that ends the line first (unseen), then lone marks inside
                if over > MAX_SQUEEZE:
                    break  # longer lines only get wider
                tail = items[visible - 1]
                if tail.kind == "close" and tail.half and visible - 1 > start:
                    over -= tail.half
                    cost += END_HALF
                if over > EPSILON:
                    inner = loose[visible - 1] - loose[start + 1]
                    if over > inner + EPSILON:
                        continue
                    count = math.ceil(over / HALF - EPSILON)
                    cost += INNER_HALF * count
                    over -= count * HALF
            if end == n:
                if start > 0 and chars[n] - chars[start] <= 2:
                    cost += SHORT_LAST
            elif over < -EPSILON:
                line_gaps = gaps[visible] - line_gaps_from + (resume if visible > start + 1 else 0)
                cost += 100.0 * (-over / line_gaps / TOLERANCE) ** 3 if line_gaps else RAGGED
            total = so_far + cost
            if total < best[end]:
                best[end], previous[end] = total, start
    if best[n] == INFINITY:
        return None
    breaks = [n]
    while breaks[-1]:
        breaks.append(previous[breaks[-1]])
    return breaks[::-1]


def _squeeze(items: list[Atom], junctions: _Junctions, start: int, visible: int, over: float) -> tuple[list[int], float]:
    """Marks to set half-width so that a line `over` em too wide fits: the closing mark that ends it
    first (unseen), then lone marks inside it from its end (the squeeze stays near the break that caused
    it), closing marks before opening ones (a full stop losing the blank after it reads as set tight; an
    opening quote losing the blank before it touches the word before). Returns them and what is still
    over (> 0: it cannot fit)."""
    halved: list[int] = []
    tail = visible - 1
    if over > EPSILON and items[tail].kind == "close" and items[tail].half and tail > start:
        halved.append(tail)
        over -= items[tail].half
    for kind in ("close", "open"):
        for k in range(visible - 2, start, -1):
            if over <= EPSILON:
                return halved, over
            if items[k].kind == kind and items[k].half and not _in_pair(junctions, k, start, visible):
                halved.append(k)
                over -= items[k].half
    return halved, over


def _in_pair(junctions: _Junctions, k: int, start: int, visible: int) -> bool:
    """Whether mark k meets another on this line (the pair is compressed already)."""
    return (start < k and junctions.halves[k] >= 0) or (k + 1 < visible and junctions.halves[k + 1] >= 0)


def _set_line(items: list[Atom], junctions: _Junctions, start: int, end: int, avail: float, last: bool) -> Line:
    """One line as pieces: which marks are halved, where the quarter spaces go, the stretch per gap."""
    visible = _visible_end(items, start, end)
    width = sum(items[k].width for k in range(start, visible)) + sum(junctions.extra[k] for k in range(start + 1, visible))
    halved = {junctions.halves[k] for k in range(start + 1, visible) if junctions.halves[k] >= 0}
    squeezed, over = _squeeze(items, junctions, start, visible, width - avail)
    halved.update(squeezed)
    gaps = sum(junctions.stretch[k] for k in range(start + 1, visible))
    if start + 1 < visible:
        gaps += junctions.resumes[start + 1]
    spacing = 0.0 if last or not gaps or over >= -EPSILON else -over / gaps
    pieces: list[Piece] = []
    k = start
    while k < end:
        atom = items[k]
        if atom.kind in LATIN:
            kind = "letters" if atom.kind == "letter" else "latin"
            before = junctions.extra[k] if k > start else 0.0
            after = junctions.extra[k + 1] if k + 1 < visible else 0.0
            if pieces and pieces[-1].kind == kind:
                pieces[-1] = Piece(pieces[-1].text + atom.text, kind, pieces[-1].before, after)
            else:
                pieces.append(Piece(atom.text, kind, before, after))
        elif k + 1 < visible and junctions.halves[k + 1] >= 0:
            final = k + 1  # the pair runs on while marks keep meeting (。“‘)
            while final + 1 < visible and junctions.halves[final + 1] >= 0:
                final += 1
            run = range(k, final + 1)
            text = "".join(items[m].text for m in run)
            pieces.append(Piece(text, "pair", halved=tuple(m - k for m in run if m in halved)))
            k = final + 1
            continue
        elif k in halved:
            pieces.append(Piece(atom.text, "half"))
        elif pieces and pieces[-1].kind == "text":
            pieces[-1] = Piece(pieces[-1].text + atom.text, "text")
        else:
            pieces.append(Piece(atom.text, "text"))
        k += 1
    return Line(tuple(pieces), spacing, avail + over)


# Balancing prices every break for every count of lines: past a few lines (a 3,000-character title
# took minutes) it is left to the renderer, which breaks a paragraph-long heading well enough.
BALANCED_LINES = 8


def balance(text: str, face: Advances, measure: float) -> tuple[str, ...]:
    """A heading's lines, as even as its breaks allow, and no last line of one or two characters.

    胶州：打造国内一流的高品质农贸（集贸）市场 at 19 em → 胶州：打造国内一流的 / 高品质农贸（集贸）市场
    (not 19 characters and 2). Headings are centred or short, so they are not justified.
    """
    items = atoms(text, face)
    widths = [0.0]
    for atom in items:
        widths.append(widths[-1] + atom.width)
    if widths[-1] <= measure + EPSILON or len(items) < 2:
        return (text,)
    fewest = max(2, math.ceil(widths[-1] / (measure + EPSILON)))  # fewer lines cannot hold it
    if fewest > BALANCED_LINES:
        return (text,)  # not a heading but a paragraph in a heading's place: the renderer breaks it
    junctions = _junctions(items)
    n = len(items)
    ends = [k for k in range(1, n) if junctions.breakable[k]] + [n]
    chars = [0]
    for atom in items:
        chars.append(chars[-1] + (0 if atom.kind == "space" else len(atom.text)))
    for count in range(fewest, n + 1):
        breaks = _even_breaks(items, widths, chars, ends, measure, count)
        if breaks:
            return tuple("".join(a.text for a in items[s:e]) for s, e in zip(breaks, breaks[1:]))
    return (text,)


def _even_breaks(
    items: list[Atom], widths: list[float], chars: list[int], ends: list[int], measure: float, count: int,
) -> list[int] | None:
    """Breaks into exactly `count` lines no wider than `measure`, minimising the squared differences
    from an even split, plus PHRASE for a break that is not after a mark or a space."""
    n = len(items)
    target = widths[n] / count
    # best[(end, lines)] = (cost, previous end)
    best: dict[tuple[int, int], tuple[float, int]] = {(0, 0): (0.0, 0)}
    for lines in range(1, count + 1):
        for start in [0, *ends]:
            if (start, lines - 1) not in best:
                continue
            so_far = best[(start, lines - 1)][0]
            for end in ends:
                if end <= start:
                    continue
                visible = _visible_end(items, start, end)
                width = widths[visible] - widths[start]
                if width > measure + EPSILON:
                    break
                if (end == n) != (lines == count):
                    continue
                cost = (width - target) ** 2
                if end < n and items[end - 1].kind not in ("close", "space"):
                    cost += PHRASE
                if end == n and chars[n] - chars[start] <= 2:
                    cost += SHORT_LAST
                if (end, lines) not in best or so_far + cost < best[(end, lines)][0]:
                    best[(end, lines)] = (so_far + cost, start)
    if (n, count) not in best:
        return None
    breaks, lines = [n], count
    while lines:
        breaks.append(best[(breaks[-1], lines)][1])
        lines -= 1
    return breaks[::-1]
