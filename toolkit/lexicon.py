"""Lexicon: jieba's dictionary as plain lookups (word frequencies, tags) and a small segmenter over it.

jieba itself needs 1–2 s here to build its prefix dictionary; the passes only segment short windows,
so they read jieba's `dict.txt` once into a compact table (cached on disk) and segment with the same
maximum-probability route jieba uses without its HMM.

jieba's dictionary was compiled around 2012: a decade of news vocabulary is missing from it (线上, 非遗, 碳达峰,
小微, 研学), and segmenting such a word into its characters misleads every reading built on words (a stutter
`线线上` looks like a reduplication 线线 the dictionary does not know; a title broken inside 碳达|峰 looks whole).
`data/words.txt` supplements it, each word added the way `jieba.add_word` adds one without a count: at the
smallest count that keeps it whole (`jieba.suggest_freq`), so it wins over its own characters and nothing else.
"""

from __future__ import annotations

import functools
import hashlib
import marshal
import math
import os
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from toolkit.hanzi import CLAUSE_END

NAME_TAGS = ("nr", "ns", "nt", "nz")
ORGANS = "局委办院厅处所站"  # the last character of an organ of government's name (监管局, 县委, 信访办, 法院)
LEVELS = "省市县区"  # the levels of government whose organs a paper names after the unit alone (市教育局)
ORGAN_NAME = 6  # words of a clause opening on a level that may close its organ's name (市|粮食|和|物资|储备|局)
FUNCTION_TAGS = ("p", "c", "u", "d", "y", "r", "e")
UNTAGGED_LOCALIZERS = frozenset("内")  # localizers the dictionary tags otherwise (内, a noun there; 外 is `f`)
# The common surnames (a closed class: these hundred name most of the population), and the parts of speech a
# given name rarely opens with (verbs and function words: 黄|说 is a surname's character before a verb).
SURNAMES = frozenset("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
                     "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
# Surnames of two characters (欧阳晓岚, 司马川): a name of three or four characters opens on one.
COMPOUND_SURNAMES = frozenset("欧阳 司马 上官 诸葛 东方 皇甫 令狐 慕容 端木 公孙 夏侯 尉迟 长孙 宇文 司徒 申屠 澹台 西门 南宫 独孤 "
                              "轩辕 呼延 闻人 赫连 钟离 宗政 濮阳 太史 公冶 万俟".split())
NOT_IN_NAMES = ("v", "p", "c", "u", "d")
# The units a county-level place's name closes on, the words for its seat, committee and government that open on
# them (岳川县城, 岳川县委), and the tags in jieba's dictionary of a place's name of two characters: as one word, a
# name (a place's, a person's, another's) or an abbreviation, not a common noun (山区|县, a mountain county); as two
# characters, names' or nouns' or bound morphemes, or none (岳|川, 槐|川: a character it lacks)
PLACE_UNITS = "县市区"
SEATS = frozenset("县城 县委 县里 县政府 市委 市里 市政府 区委 区政府".split())
NAMES_OF_TWO = frozenset("ns nr nrt nz j ?".split())
NAME_PIECES = frozenset("ns nr nrt nz j n ng g ?".split())
BOUND = "的了着地得们过"  # characters that never open a phrase: they attach to the word before
# …of which these open no sentence as its first word either (地 is also the land, 过 also to pass: 地是…, 过了几天，…):
# a text opening on one alone opens inside its phrase. None of the 708 labelled paragraphs opens so; of the cuts inside
# their leads the truncation rules miss otherwise, about 5% do (dev 45 of 912, held-out 10 of 283).
ENCLITICS = frozenset(BOUND) - frozenset("地过")
# Causatives (let, make): each takes the one it moves and that one's verb after it (让|群众|少跑腿, 这|使|…)
CAUSATIVES = frozenset("让 使 令 使得".split())
FORMAT = 10  # bump when the cached table changes shape
SUPPLEMENT = Path(__file__).parent / "data" / "words.txt"  # words the dictionary lacks: `word tag` per line
_HAN_RUN = re.compile(r"[\u3400-\u9fff]+")
MAX_WORD = 8  # longer dictionary entries (idioms, long names) never matter in the windows segmented here
# Word-final characters (`Lexicon.word_final`): a word alone in under ALONE of the times it is met, and the end of
# more than FINAL of the words it is part of (by count in jieba's dictionary): 视 (电视), 校 (学校). A text opening
# on one alone opens inside a word (`passes.truncation`). Set on the paragraphs of the dev articles, each read as
# a lead, and on every cut inside a word of theirs: none of the 505 paragraphs is flagged so, 26% of the cuts are
# (the other rules catch 19%; with this one, 46%). FINAL 0.5 flagged no dev paragraph either, 0.6 keeps a margin:
# on the held-out articles 0.5 let one paragraph in (首道工序…), 0.6 none of 203, and catches 25% of the cuts.
ALONE = 0.2
FINAL = 0.6


@dataclass(frozen=True)
class Lexicon:
    words: dict[str, float | None]  # word → log probability; a prefix of longer words only → None
    floor: float  # log probability of a character no word covers (jieba counts it once)
    function_words: frozenset[str]  # prepositions, conjunctions, particles, adverbs, pronouns: 的 与 已经 …
    name_suffixes: frozenset[str]  # characters that end many place/organisation names: 市 县 部 …
    suffix_like: frozenset[str]  # characters that end more words of 2–4 characters than they start (菌 院 庭 年 …)
    word_final: frozenset[str]  # characters seldom a word alone that mostly end the words they are in (视 校 …)
    tags: dict[str, str]  # word → its part-of-speech tag in jieba's dictionary (n, ns place, nt organisation, v …)

    def is_function_word(self, word: str) -> bool:
        return word in self.function_words

    def tag(self, word: str) -> str:
        """The word's part of speech, coarse (n noun, v verb, p preposition, u particle …); `?` unknown."""
        return self.tags.get(word, "?")[0]

    def opens_inside(self, text: str) -> str | None:
        """The word `text` opens on, when no sentence opens so: a particle (ENCLITICS) or a character seldom a word
        alone that mostly ends the words it is in (`word_final`: 视 of 电视, 校 of 学校; not a surname, nor a level of
        government before its organ's name, 市|粮食和物资储备局), the text then opening inside a word or a phrase whose
        start is missing. None otherwise."""
        opening = self.cut(text[:8])[0] if text else ""
        if opening in LEVELS and self.names_organ(text, ORGAN_NAME):
            return None
        if opening in ENCLITICS or (opening in self.word_final and not self.is_function_word(opening)
                                    and opening not in SURNAMES):
            return opening
        return None

    def names_organ(self, text: str, words: int) -> bool:
        """The clause `text` opens on names an organ of government within its first `words` words (市场|监管局,
        市|粮食|和|物资|储备|局): a noun among them, after the first, ends on a character that closes such a name
        (`ORGANS`; not the verb 领办), or is the bare 局 of a name jieba cuts before it."""
        clause = re.split(f"[{CLAUSE_END}]", text[:16], maxsplit=1)[0]
        return any(w[-1] in ORGANS and (len(w) > 1 and self.tag(w) in ("n", "j") or w == "局")
                   for w in self.cut(clause)[1:words])

    def is_place(self, word: str) -> bool:
        """A place or organisation name (jieba's ns and nt): 岳川县, 人民法院."""
        return self.tags.get(word) in ("ns", "nt")

    def cut(self, text: str) -> list[str]:
        """Segment like `jieba.cut(text, HMM=False)`: the most probable route through dictionary words
        (candidates grow from each character while they are still a prefix of some word)."""
        route = self._route(text)
        out, i = [], 0
        while i < len(text):
            j = route[i][1] + 1
            out.append(text[i:j])
            i = j
        return out

    def logp(self, text: str) -> float:
        """Log probability of the text's most probable segmentation: how well it reads as words
        (`发展壮大` reads far better than its misread `发展壮太`)."""
        return self._route(text)[0][0]

    def names(self, text: str) -> list[str]:
        """The personal names the dictionary does not list, in order: a common surname followed by one or two
        characters the segmentation leaves single, none of them a verb or a function word (`杨晓梅说` → 杨晓梅,
        `王成说` → 王成; 高质量, a word, and 黄|说 are none). The common names it lists (刘建军) are left out:
        any article may name one, a reporter's or an official's."""
        out = []
        for run in _HAN_RUN.findall(text):
            tokens = self.cut(run)
            i = 0
            while i < len(tokens):
                token, j = tokens[i], i + 1
                if token in SURNAMES:
                    while j < len(tokens) and j - i <= 2 and len(tokens[j]) == 1 and self.may_be_given(tokens[j]):
                        j += 1
                    if j > i + 1:
                        out.append("".join(tokens[i:j]))
                i = j
        return out

    def places(self, text: str) -> set[str]:
        """The counties, cities and districts the text names, by their names without the unit (`岳川县人民法院` →
        岳川, `胶州市` → 胶州): a place word of the dictionary's ending on the unit, or the unit alone (or opening the
        county's or city's seat, committee or government: 县城, 县委) after a name of two characters, one word of the
        dictionary's names or two characters none of which is a function word, a verb or a word of time or number
        (岳|川|县; not 今年|县里, 会|向|市里)."""
        out = set()
        for run in _HAN_RUN.findall(text):
            if not any(unit in run for unit in PLACE_UNITS):
                continue
            tokens = self.cut(run)
            for j, token in enumerate(tokens):
                if len(token) > 2 and token[-1] in PLACE_UNITS and self.tags.get(token) == "ns":
                    out.add(token[:-1])
                elif (token in PLACE_UNITS or token in SEATS) and j:
                    if len(tokens[j - 1]) == 2 and self.tags.get(tokens[j - 1], "?") in NAMES_OF_TWO:
                        out.add(tokens[j - 1])
                    elif j > 1 and all(len(w) == 1 and self.tags.get(w, "?") in NAME_PIECES for w in tokens[j - 2 : j]):
                        out.add(tokens[j - 2] + tokens[j - 1])
        return out

    def is_localizer(self, word: str) -> bool:
        """The word places the noun before it (上, 里, 中, 外: jieba's `f`), 内 among them, which jieba tags a noun."""
        return self.tag(word) == "f" or word in UNTAGGED_LOCALIZERS

    def may_be_given(self, ch: str) -> bool:
        """The character may be part of a given name: it is no verb and no function word."""
        return not self.is_function_word(ch) and self.tag(ch) not in NOT_IN_NAMES

    def _route(self, text: str) -> list[tuple[float, int]]:
        """From each position, the best log probability of the rest and where its first word ends."""
        n, words, floor = len(text), self.words, self.floor
        route: list[tuple[float, int]] = [(0.0, 0)] * (n + 1)
        for i in range(n - 1, -1, -1):
            single = words.get(text[i])
            best = ((floor if single is None else single) + route[i + 1][0], i)
            for j in range(i + 2, min(n, i + MAX_WORD) + 1):
                frag = text[i:j]
                if frag not in words:
                    break
                logp = words[frag]
                if logp is not None:
                    score = logp + route[j][0]
                    if score > best[0] or (score == best[0] and j - 1 > best[1]):
                        best = (score, j - 1)
            route[i] = best
        return route


def _dictionary() -> Path:
    import importlib.util

    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:
        raise RuntimeError("jieba is not installed")
    return Path(spec.origin).parent / "dict.txt"


def _entries(path: Path, supplement: Path) -> list[tuple[str, int, str]]:
    """jieba's dictionary, `word count tag` per line, and the supplement's words it lacks, each at the smallest
    count that keeps it whole (`jieba.suggest_freq`: the probability of its best split times the total, plus one)."""
    with path.open(encoding="utf-8") as f:
        entries = [(word, int(count), tag) for word, count, tag in (line.split()[:3] for line in f)]
    known = {word: count for word, count, _ in entries if len(word) <= MAX_WORD}
    total = sum(known.values())
    base = Lexicon(*_table(known), function_words=frozenset(), name_suffixes=frozenset(),
                   suffix_like=frozenset(), word_final=frozenset(), tags={})
    for line in supplement.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        word, tag = line.split()[:2]
        if word not in known:
            share = math.prod(known.get(piece, 1) / total for piece in base.cut(word))
            entries.append((word, int(share * total) + 1, tag))
            known[word] = entries[-1][1]
    return entries


def _build(path: Path, supplement: Path) -> tuple:
    freq: dict[str, int] = {}
    function_words: list[str] = []
    tags: dict[str, str] = {}
    ending: Counter[str] = Counter()
    named: Counter[str] = Counter()
    ends_in: Counter[str] = Counter()  # how often (by count) words end on the character, and start on it
    starts_in: Counter[str] = Counter()
    for word, count, tag in _entries(path, supplement):
        if tag.startswith(FUNCTION_TAGS) and len(word) <= 4:
            function_words.append(word)
        if len(word) > 1:
            ending[word[-1]] += 1
            named[word[-1]] += tag in NAME_TAGS
            ends_in[word[-1]] += count
            starts_in[word[0]] += count
        if len(word) <= MAX_WORD:
            freq[word] = count
            tags[word] = tag
    suffixes = sorted(ch for ch, n in ending.items() if n >= 100 and named[ch] >= 0.25 * n)
    words, floor = _table(freq)
    counted = [w for w, logp in words.items() if logp is not None and 2 <= len(w) <= 4]
    ends: Counter[str] = Counter(w[-1] for w in counted)
    starts: Counter[str] = Counter(w[0] for w in counted)
    suffix_like = sorted(ch for ch, n in ends.items() if n > starts[ch])
    word_final = sorted(ch for ch, n in ends_in.items()
                        if freq.get(ch, 0) < ALONE * (freq.get(ch, 0) + n + starts_in[ch] + 1) and n > FINAL * (n + starts_in[ch] + 1))
    return words, floor, function_words, suffixes, tags, suffix_like, word_final


def _table(freq: dict[str, int]) -> tuple[dict[str, float | None], float]:
    """Each counted word's log probability (None for a prefix of longer words only) and the floor, the log
    probability of a character counted once."""
    log_total = math.log(sum(freq.values()))
    words: dict[str, float | None] = {w: math.log(f) - log_total for w, f in freq.items() if f}
    for w in list(words):
        for k in range(1, len(w)):
            words.setdefault(w[:k], None)
    return words, -log_total


def _cache_dir() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "toolkit"


@functools.cache
def lexicon() -> Lexicon:
    """The lexicon, read from the on-disk cache when jieba's dictionary has not changed since."""
    source = _dictionary()
    stat = source.stat()
    words = hashlib.blake2b(SUPPLEMENT.read_bytes(), digest_size=6).hexdigest()
    cache = _cache_dir() / f"lexicon{FORMAT}-{stat.st_size}-{int(stat.st_mtime)}-{words}.marshal"
    try:
        data = marshal.loads(cache.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        data = _build(source, SUPPLEMENT)
        try:
            cache.parent.mkdir(parents=True, exist_ok=True)
            tmp = cache.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_bytes(marshal.dumps(data))
            tmp.replace(cache)
            for stale in cache.parent.glob("lexicon*.marshal"):  # older formats, other installs of jieba
                if stale != cache:
                    stale.unlink(missing_ok=True)
        except OSError:
            pass  # a read-only home: build again next time
    words, floor, function_words, suffixes, tags, suffix_like, word_final = data
    return Lexicon(
        words=words, floor=floor, function_words=frozenset(function_words),
        name_suffixes=frozenset(suffixes), tags=tags,
        suffix_like=frozenset(suffix_like), word_final=frozenset(word_final),
    )
