"""Damage: break clean articles the way PDF/OCR extraction of a multi-column page does, at random, and
write page + truth pairs in the scorer's format, plus each line's role for training the line model.

usage: python -m train.damage OUT_DIR [--pages N] [--seed S] [--part dev|held-out|all] [--intact] [--mid-word P]
       [--vary] [--briefs SHARE] [--articles DIR]
then:  python ../shared/eval/run_set.py OUT_DIR

Every kind of damage seen on real extracted pages is placed at random: column breaks (mid-word, after a
comma, around quotes, before a parenthesis, after a dateline), titles broken over two lines, repeats
segmented differently and near-copies with OCR look-alikes, splices glued on after a comma or a full stop
(their home on the page, cut there, or not on the page), lost starts and ends, stutters (doubled and
tripled characters, also characters that form real words when doubled).
Articles are split by a hash of their title: `dev` trains and tunes, `held-out` is only measured.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
from dataclasses import dataclass, field, fields
from pathlib import Path

from toolkit.hanzi import ends_whole
from toolkit.lexicon import lexicon

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
END = "。！？"
HAN = re.compile(r"[\u4e00-\u9fff]")
FUNCTION = "的了在是和为与对于把被从也都就以及将其而"
DATELINE = re.compile(r"^[（(]?(?:本报|新华社|中新社)")
# characters OCR confuses (a near-copy of a repeated run carries one or two of them)
LOOK_ALIKE = dict(zip("人入今令问间己已未末土士日曰大太天夫千干", "入人令今间问已己末未士土曰日太大夫天干千"))


@dataclass(frozen=True)
class Rates:
    """How often each kind of damage is placed (per page, article or paragraph)."""

    splice: float = 0.6  # per page
    splice_home_on_page: float = 0.5
    splice_mid_word: float = 0.0  # a run that starts inside a word of its home (北关|区人民法院…); 0 keeps the default pages as they were
    # the host breaks off in a paragraph of its second half rather than in its last one (the rest of it printed
    # on a page not at hand); 0 keeps the default pages as they were
    splice_host_early: float = 0.0
    truncated_start: float = 0.06  # per article
    # a lost start cut anywhere in the lead, often inside a word (视|上看到…), not after a comma; 0 keeps the
    # default pages as they were
    start_anywhere: float = 0.0
    truncated_end: float = 0.15
    title_break: float = 0.12
    repeat: float = 0.3  # per article
    stutter: float = 0.06  # per paragraph
    paragraph_break: float = 0.09

    @classmethod
    def intact(cls) -> Rates:
        return cls(**{f.name: 0.0 for f in fields(cls)})


def _hash(article: dict) -> int:
    return int(hashlib.sha1(article["title"].encode("utf-8")).hexdigest()[:8], 16)


def held_out(article: dict) -> bool:
    """About a quarter of the articles, chosen by their title's hash: never trained or tuned on."""
    return _hash(article) % 4 == 0


FOLDS = 4


def fold(article: dict) -> int:
    """0 … FOLDS-1: the parts of the dev articles that tune the model's settings by cross-validation."""
    return _hash(article) // 4 % FOLDS


def pool(part: str = "dev") -> list[dict]:
    """Complete labelled articles of a part: `dev`, `held-out`, `all`, a dev fold `fold0`…, or all dev
    articles but one fold, `but0`…"""
    found: list[dict] = []
    for path in sorted((EVAL / "articles").glob("*/*.json")):
        found.append(json.loads(path.read_text(encoding="utf-8")))
    for a in json.loads((EVAL / "seed" / "truth.json").read_text(encoding="utf-8"))["articles"]:
        if not (a.get("truncated_start") or a.get("truncated_end")):
            found.append(a)
    out, seen = [], set()
    for a in found:
        if a["title"] in seen or sum(b["type"] == "paragraph" for b in a["blocks"]) < 2:
            continue
        seen.add(a["title"])
        if part == "all" or part == "held-out" and held_out(a) or part.startswith(("dev", "fold", "but")) and not held_out(a):
            if part.startswith("fold") and fold(a) != int(part[-1]) or part.startswith("but") and fold(a) == int(part[-1]):
                continue
            out.append(a)
    return out


def sentences(text: str) -> list[str]:
    return [s for s in re.findall(rf"[^{END}]*[{END}]+[”’」）]*|[^{END}]+$", text) if s]


def comma_cuts(text: str) -> list[int]:
    return [m.end() for m in re.finditer("[，；]", text) if 8 < m.end() < len(text) - 8]


def stop_cuts(text: str) -> list[int]:
    return [m.end() for m in re.finditer(rf"[{END}][”’」）]*", text) if 8 < m.end() < len(text) - 8]


def break_point(rng: random.Random, text: str) -> int | None:
    """Where a column break cuts a paragraph: after a comma, beside a quotation mark, before a
    parenthesis, or anywhere inside a word; never right after a sentence end."""
    n = len(text)
    kinds = {
        "comma": [m.end() for m in re.finditer("[，、；：]", text)],
        "open": [m.end() for m in re.finditer("[“‘《]", text)],
        "close": [m.start() for m in re.finditer("[”’》]", text)],
        "paren": [m.start() for m in re.finditer("（", text)],
        # a lead's dateline is set apart in the layout: extraction often cuts right after it
        "dateline": [m.end() for m in re.finditer(r"^(?:本报|新华社)[^，。（]{0,16}电 ?(?=（)", text)],
        "word": [i for i in range(1, n) if HAN.match(text[i - 1]) and HAN.match(text[i])],
    }
    kinds = {k: [i for i in v if 3 <= i <= n - 3 and text[i - 1] not in END and text[i - 2 : i] not in ("。”", "！”", "？”")] for k, v in kinds.items()}
    kinds = {k: v for k, v in kinds.items() if v}
    if not kinds:
        return None
    return rng.choice(kinds[rng.choice(sorted(kinds))])


def stutter_spot(rng: random.Random, text: str) -> int | None:
    spots = [i for i in range(3, len(text) - 3) if HAN.match(text[i]) and text[i - 1] != text[i] != text[i + 1]]
    favoured = [i for i in spots if text[i] in FUNCTION]
    pick = favoured if favoured and rng.random() < 0.5 else spots
    return rng.choice(pick) if pick else None


@dataclass
class Page:
    lines: list[tuple[str, str]] = field(default_factory=list)  # (text, role)
    truth: dict = field(default_factory=lambda: {
        "articles": [], "duplicates": [], "splices": [], "stutters": [], "keep_repeats": [], "breaks": []})

    def add(self, text: str, role: str) -> None:
        self.lines.append((text, role))

    def broken(self, text: str, role: str, at: int | None) -> None:
        """Add text as one line, or as two when a break point is given (the second a continuation)."""
        if at is None:
            self.add(text, role)
            return
        self.add(text[:at], role)
        self.add(text[at:], role + "+")  # `title+`: the rest of a broken title (not a paragraph's `cont`)
        self.truth["breaks"].append(f"{text[max(0, at - 6):at]}\n\n{text[at:at + 6]}")


def _copy(article: dict) -> dict:
    return dict(article, blocks=[dict(b) for b in article["blocks"]], truncated_start=False, truncated_end=False)


def _splice(rng: random.Random, chosen: list[dict], others: list[dict], rates: Rates, page: Page) -> None:
    """The tail of a home article glued onto a host's paragraph, cut after a comma or a full stop (the home's
    text cut there too, or, with `rates.splice_mid_word`, sometimes inside a word). The host breaks off
    there: in its last paragraph, or, with `rates.splice_host_early`, in any paragraph of its second half,
    as a page's column goes on with another article where the host's next column is not at hand."""
    host = rng.choice(chosen)
    on_page = rng.random() < rates.splice_home_on_page
    candidates = [a for a in chosen if a is not host] if on_page else others
    if not candidates:
        return
    home = rng.choice(candidates) if on_page else _copy(rng.choice(candidates))
    host_paras = [b for b in host["blocks"] if b["type"] == "paragraph"]
    home_paras = [b for b in home["blocks"] if b["type"] == "paragraph"]
    host_last = host_paras[-1]
    if rates.splice_host_early and rng.random() < rates.splice_host_early:  # drawn only when asked for
        host_last = rng.choice(host_paras[len(host_paras) // 2 :])
    cuts = comma_cuts(host_last["text"]) + stop_cuts(host_last["text"])
    src = home_paras[rng.choice([-3, -2, -1][-len(home_paras):])]
    src_cuts = comma_cuts(src["text"]) + stop_cuts(src["text"])
    if not cuts or not src_cuts:
        return
    cut, start = rng.choice(cuts), rng.choice(src_cuts)
    if rates.splice_mid_word and rng.random() < rates.splice_mid_word:  # drawn only when asked for: no other page changes
        inside = [i for i in range(9, len(src["text"]) - 8) if HAN.match(src["text"][i - 1]) and HAN.match(src["text"][i])]
        start = rng.choice(inside) if inside else start
    after = home["blocks"][home["blocks"].index(src) + 1 :]
    run = [src["text"][start:]] + [b["text"] for b in after if b["type"] == "paragraph"]
    host_last["text"] = host_last["text"][:cut]
    host["blocks"] = host["blocks"][: host["blocks"].index(host_last) + 1]
    host["splice_tail"] = run
    host["truncated_end"] = True
    if on_page:
        src["text"] = src["text"][:start]
        home["blocks"] = home["blocks"][: home["blocks"].index(src) + 1]
        home["truncated_end"] = True
    page.truth["splices"].append({"text": "\n\n".join(run), "host": host["title"], "home": home["title"] if on_page else None})


def _truncate(rng: random.Random, a: dict, rates: Rates) -> None:
    blocks = a["blocks"]
    if blocks and blocks[0]["type"] == "paragraph" and rng.random() < rates.truncated_start:
        lead = blocks[0]["text"]
        if rates.start_anywhere and rng.random() < rates.start_anywhere:  # drawn only when asked for
            cuts = [j for j in range(8, len(lead) - 8) if lead[j - 1] not in END and lead[j] not in END]
        else:
            cuts = comma_cuts(lead)
        if cuts:
            blocks[0]["text"] = blocks[0]["text"][rng.choice(cuts):]
            a["truncated_start"] = True
    if not a["truncated_end"] and rng.random() < rates.truncated_end:
        paras = [i for i, b in enumerate(blocks) if b["type"] == "paragraph"]
        i = paras[-1] if rng.random() < 0.6 else paras[max(len(paras) // 2, len(paras) - 3)]
        text = blocks[i]["text"]
        # a page ends where it ends: after a comma, or anywhere inside a word
        cuts = comma_cuts(text) if rng.random() < 0.5 else [j for j in range(8, len(text) - 8) if text[j - 1] not in END]
        if cuts and i > 0:
            blocks[i]["text"] = text[: rng.choice(cuts)]
            del blocks[i + 1 :]
            a["truncated_end"] = True


def _stutter(rng: random.Random, text: str, page: Page) -> tuple[str, int]:
    """The text with one character printed two or three times, and where the extra copies start."""
    i = stutter_spot(rng, text)
    if i is None:
        return text, len(text)
    times = 2 if rng.random() < 0.7 else 3
    raw = text[: i + 1] + text[i] * (times - 1) + text[i + 1 :]
    page.truth["stutters"].append({"raw": raw[max(0, i - 4) : i + 5 + times - 1], "fixed": text[max(0, i - 4) : i + 5]})
    return raw, i + 1


def _near_copy(rng: random.Random, run: str) -> str:
    """A second copy differing by a look-alike character or a punctuation mark."""
    spots = [i for i in range(2, len(run) - 2) if run[i] in LOOK_ALIKE]
    if spots and rng.random() < 0.7:
        for i in rng.sample(spots, min(len(spots), rng.choice([1, 1, 2]))):
            run = run[:i] + LOOK_ALIKE[run[i]] + run[i + 1 :]
        return run
    i = rng.randrange(2, len(run) - 2)
    return run[:i] + ("，" if run[i] in "。，、" else run[i + 1]) + run[i + 1 :]


def _render(rng: random.Random, a: dict, rates: Rates, page: Page, dup: int | None) -> None:
    for key in ("kicker", "title", "subtitle"):
        text = a.get(key)
        if not text:
            continue
        at = None
        if key == "title" and len(text) >= 6 and rng.random() < rates.title_break:
            at = rng.randrange(2, len(text) - 2)
        page.broken(text, key, at)
    if a.get("byline"):
        page.add("□" + " ".join(a["byline"]), "byline")
    paragraphs = [i for i, b in enumerate(a["blocks"]) if b["type"] == "paragraph"]
    for i, b in enumerate(a["blocks"]):
        text = b["text"]
        if b["type"] == "heading":
            page.add(text, "heading")
            continue
        clean, extra = text, len(text)
        if rng.random() < rates.stutter:
            text, extra = _stutter(rng, text, page)
        cuts: list[int] = []
        if len(clean) >= 12 and rng.random() < rates.paragraph_break:
            # a column break, and now and then a page break in the same paragraph
            cuts = sorted({c for c in (break_point(rng, clean), break_point(rng, clean) if rng.random() < 0.15 else None)
                           if c is not None})
        if len(cuts) == 2 and cuts[1] - cuts[0] < 6:
            cuts = cuts[:1]
        shift = len(text) - len(clean)  # the stutter's extra characters, before or after each cut
        raw = [c + (shift if c >= extra else 0) for c in cuts]
        for n, (start, end) in enumerate(zip([0] + raw, raw + [len(text)])):
            page.lines.append((text[start:end], "cont" if n else "para"))
        for at in cuts:
            page.truth["breaks"].append(f"{clean[max(0, at - 6):at]}\n\n{clean[at:at + 6]}")
        if i == dup:
            _repeat(rng, a, i, paragraphs, page)
    if a.get("splice_tail"):
        tail = a.pop("splice_tail")
        text, role = page.lines[-1]
        page.lines[-1] = (text + tail[0], role)
        for t in tail[1:]:
            page.add(t, "para")


def _repeat(rng: random.Random, a: dict, i: int, paragraphs: list[int], page: Page) -> None:
    """Print a run of one or two sentences (or a paragraph and the next one's start) a second time."""
    text = a["blocks"][i]["text"]
    ss = [s for s in sentences(text) if s.rstrip("”’」）")[-1:] in END]  # whole sentences only
    nxt = a["blocks"][i + 1]["text"] if i + 1 < len(a["blocks"]) and a["blocks"][i + 1]["type"] == "paragraph" else None
    if not ss:
        return
    if nxt and text.endswith(ss[-1]) and rng.random() < 0.2:
        run, parts = ss[-1] + "\n\n" + sentences(nxt)[0], [ss[-1], sentences(nxt)[0]]
    else:
        k = rng.randrange(len(ss))
        parts = ss[k : k + 2] if rng.random() < 0.5 else [ss[k]]
        run = "".join(parts)
    body = "\n".join(a["blocks"][j]["text"] for j in paragraphs)
    if len(run) < 14 or body.count(parts[0]) != 1:
        return
    copy = [_near_copy(rng, p) if rng.random() < 0.3 and len(p) > 8 else p for p in parts]
    style = rng.choice(["paragraph", "inline", "resegmented"])
    if style == "inline" and "\n\n" not in run:
        t, role = page.lines[-1]
        page.lines[-1] = (t + "".join(copy), role)
    elif style == "paragraph" and "\n\n" not in run:
        page.add("".join(copy), "para")
    else:
        for p in copy:
            page.add(p, "para")
    page.truth["duplicates"].append(run if copy == parts else "\n\n".join(copy) if "\n\n" in run else "".join(copy))


def make_page(rng: random.Random, articles: list[dict], others: list[dict], rates: Rates) -> Page:
    page = Page()
    chosen = [_copy(a) for a in articles]
    if len(chosen) >= 2 and rng.random() < rates.splice:
        _splice(rng, chosen, others, rates, page)
    for a in chosen:
        _truncate(rng, a, rates)
    for a in chosen:
        paragraphs = [i for i, b in enumerate(a["blocks"]) if b["type"] == "paragraph"]
        dup = rng.choice(paragraphs) if paragraphs and rng.random() < rates.repeat else None
        _render(rng, a, rates, page, dup)
        page.truth["articles"].append({k: a.get(k) for k in ("kicker", "title", "subtitle", "byline", "blocks", "truncated_start", "truncated_end")})
    body = "".join(b["text"] for a in chosen for b in a["blocks"])
    page.truth["keep_repeats"] = sorted({m.group(0) for m in re.finditer(r"([\u4e00-\u9fff])\1", body)})
    return page


MIN_BRIEF = 60  # Han characters: a brief still reports something (who, what, where)


def brief(rng: random.Random, article: dict) -> dict:
    """The article as a brief (简讯, a short report): its head and its first one to three paragraphs, ending on a
    whole sentence. Papers print many; the labelled articles are all long ones."""
    lead = []
    for b in article["blocks"]:
        if b["type"] != "paragraph":
            break
        lead.append(b)
    ends = [k for k in range(1, min(3, len(lead)) + 1)
            if ends_whole(lead[k - 1]["text"]) and sum(len(HAN.findall(b["text"])) for b in lead[:k]) >= MIN_BRIEF]
    if not ends:
        return article
    return dict(article, blocks=lead[: rng.choice(ends)])


def pages(n: int, seed: int, part: str = "dev", rates: Rates | None = None, vary: bool = False,
          briefs: float = 0.0, articles: list[dict] | None = None) -> list[Page]:
    """n damaged pages of 3–5 articles of the part (or of the `articles` given); with `vary`, articles come in
    the head and subhead styles of other papers too (see `variant`), for training; a share `briefs` of them cut
    to a brief."""
    rng = random.Random(seed)
    articles = pool(part) if articles is None else articles
    if vary:  # a paragraph that lost its final full stop in the crawl would teach that unfinished lines end paragraphs
        articles = [a for a in articles if all(ends_whole(b["text"]) for b in a["blocks"] if b["type"] == "paragraph")]
    rates = rates or Rates()
    out = []
    for _ in range(n):
        chosen = rng.sample(articles, min(len(articles), rng.randint(3, 5)))
        others = [a for a in articles if a not in chosen]
        if vary:
            chosen = [variant(rng, a, articles) for a in chosen]
        if briefs:  # no draw without it: the pages of a seed stay as they were
            chosen = [brief(rng, a) if rng.random() < briefs else a for a in chosen]
        out.append(make_page(rng, chosen, others, rates))
    return out


# --- variants: the same text in the conventions of other papers ------------------------------------

MARKERS = ("●", "■", "◆", "▲")
NUMERALS = "一二三四五六七八九十"


def _phrase(rng: random.Random, text: str, longest: int = 18) -> str | None:
    """A clause of the text without its punctuation, as a heading-like phrase (none from a dateline or
    an author's note)."""
    if len(text) < 20 or not ends_whole(text) or DATELINE.match(text):
        return None
    parts = [p.strip("“”‘’《》（）") for p in re.split(r"[，。！？；：、]", text)]
    parts = [p for p in parts if 4 <= len(p) <= longest and HAN.match(p[0])]
    return rng.choice(parts) if parts else None


def _label(phrase: str, longest: int) -> str | None:
    """A section's label of the phrase's first whole words of two characters or more, at most `longest` characters,
    none a function word (现场, 村里变化): a label cut inside a word (设施建) or on a particle (刚来的) is no label a
    paper sets, and would teach the line model that a line a column break leaves mid-phrase may be a subhead."""
    lex = lexicon()
    label = ""
    for word in lex.cut(phrase):
        if len(label) + len(word) > longest or len(word) < 2 or lex.is_function_word(word):
            break  # (a character alone is mostly a longer word's piece, 设施|建, 邵德胜's 邵)
        label += word
    return label or None


def _subhead(rng: random.Random, text: str) -> str | None:
    """A subhead made of a paragraph's words: one clause, or two or three joined as papers join them
    (`老街换新颜，小店生意旺`, `路面平、路灯亮、垃圾少，老旧小区换了新颜`, `桐溪 小巷新貌`)."""
    first = _phrase(rng, text, 16)
    roll = rng.random()
    if first is None or roll < 0.55:
        return first
    second = _phrase(rng, text, 14)
    if second is None or second == first:
        return first
    if roll < 0.85:
        return f"{first}，{second}"
    if roll < 0.93:
        return f"{first[:4]} {second[:6]}"
    third = _phrase(rng, text, 6) or second
    return f"{first[:5]}、{third[:5]}，{second}"


def _elsewhere(rng: random.Random, paragraphs: list[str], below: str) -> str:
    """A paragraph of the article other than the one `below` the subhead, to word the subhead from: a
    subhead names its section in words of its own, seldom in a clause the paragraph under it repeats (made
    of that paragraph's clauses, subheads teach the line model that a subhead's words come again right
    below it, and real subheads that do not are read as paragraphs)."""
    others = [p for p in paragraphs if p != below]
    return rng.choice(others) if others else below


def _place(lead: str) -> str | None:
    """The first place or institution the lead names (岳川县人民法院, 翠苑社区): regional papers set it
    above the title as the kicker."""
    from toolkit.lexicon import lexicon

    lex, run = lexicon(), ""
    for word in lex.cut(lead[:80]) + ["。"]:
        # place and organisation words, and the single characters of names the dictionary lacks (岳|川|县)
        if lex.is_place(word) or len(word) == 1 and HAN.match(word) and not lex.is_function_word(word):
            run += word
            continue
        if 3 <= len(run) <= 12 and (run[-1] in "区县镇乡村市省" or lex.is_place(run[-3:]) or lex.is_place(run[-2:])):
            return run
        run = ""
    return None


COLUMNS = ("记者调查", "蹲点调研", "百姓身边事", "基层治理新实践", "文化视点", "今日关注", "高质量发展调研行", "身边的榜样",
           "一线故事", "经济观察", "绿色发展实践", "民生实事", "城市更新进行时", "教育观察", "健康中国行动", "新时代新征程",
           "社会观察", "产业观察", "数字经济前沿", "寻访老手艺", "美丽乡村行", "行进中国", "视点", "我们的节日")


def variant(rng: random.Random, article: dict, others: list[dict]) -> dict:
    """The article with its head and subheads set as another paper might set them: kicker, subtitle or
    byline dropped or added, a column tag after the title, a descriptive kicker ending in ——, a 【column】
    kicker or a column's name alone (记者调查), a —— subtitle; a dateline opening the lead, a closing dateline or
    author's note; subheads added where there are none (or the article's own reworded, worded from another
    paragraph), bulleted (● ■) or numbered (一、 （一）), or a short section label set above a subhead; now and then
    a title alone, going straight into the lead. The sentences of the body are untouched."""
    a = dict(article, blocks=[dict(b) for b in article["blocks"]], byline=list(article.get("byline") or []))
    paragraphs = [b["text"] for b in a["blocks"] if b["type"] == "paragraph"]
    donor = rng.choice(others)
    r = rng.random
    if a.get("kicker") and r() < 0.15:
        a["kicker"] = None
    if a.get("subtitle") and r() < 0.15:
        a["subtitle"] = None
    # about half the heads on real pages have no byline: the title goes straight into the lead
    if a["byline"] and r() < 0.4:
        a["byline"] = []
    elif not a["byline"] and r() < 0.1:
        a["byline"] = list(donor.get("byline") or []) or [rng.choice(["王磊", "李晓东", "张格"])]
    if not a.get("kicker"):
        lead = _phrase(rng, paragraphs[0], 16)
        roll = r()
        if lead and roll < 0.1:
            a["kicker"] = lead + "——"
        elif lead and roll < 0.15:
            a["kicker"] = f"【{lead[:10]}】"
        elif roll < 0.3 and (place := _place(paragraphs[0])):
            a["kicker"] = place
    # a column's or series' name over the title (记者调查, 百姓身边事): a short whole phrase, no part of the title. Drawn
    # from a second generator seeded by the first's state, so the pages stay as they were for every other article
    side = random.Random(sum(rng.getstate()[1][:8]))
    if not a.get("kicker") and side.random() < 0.06:
        a["kicker"] = side.choice(COLUMNS)
    questions = [q for b in paragraphs for q in re.findall(r"[^。！？，；：“”]{6,22}？", b)]
    if questions and r() < 0.15:  # a question title (…如何应对？), often under a kicker leading into it
        a["title"] = rng.choice(questions)
        lead = _phrase(rng, paragraphs[0], 16)
        if lead and r() < 0.5:
            a["kicker"] = lead + "——"
    if not a.get("subtitle") and r() < 0.2:
        sub = _phrase(rng, rng.choice(paragraphs), 20)
        if sub:
            a["subtitle"] = ("——" if r() < 0.4 else "") + sub
    if "（" not in a["title"] and r() < 0.12:
        tag = _phrase(rng, rng.choice([b["text"] for b in donor["blocks"]]), 8)
        if tag:
            a["title"] += f"（{tag}）" if r() < 0.5 or len(tag) < 6 else f"（{tag[:3]}·{tag[3:]}）"
    first = next(i for i, b in enumerate(a["blocks"]) if b["type"] == "paragraph")
    if not DATELINE.match(a["blocks"][first]["text"]) and r() < 0.12:  # a news lead opens with its dateline
        place = rng.choice(["北京", "武汉", "上海", "广州", "成都", "伦敦", "华盛顿"])
        stamp = f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日电"
        line = rng.choice([f"本报{place}{stamp} ", f"新华社{place}{stamp} ", "新华社电 ", f"本报{place}{stamp} "])
        if r() < 0.5:
            line += f"（记者{rng.choice(['王磊', '李晓东、张格', '周宣辰'])}）"
        a["blocks"][first] = dict(a["blocks"][first], text=line + a["blocks"][first]["text"])
    if a["blocks"][-1]["type"] == "paragraph" and not a["blocks"][-1]["text"].startswith("（") and r() < 0.1:
        note = rng.choice([f"（本报{rng.choice(['北京', '曼谷', '伦敦'])}{rng.randint(1, 12)}月{rng.randint(1, 28)}日电）",
                           f"（作者为{_phrase(rng, rng.choice(paragraphs), 14) or '某大学'}教授）", "（本报记者 王磊）"])
        a["blocks"].append({"type": "paragraph", "text": note})  # a closing dateline or author's note
    headings = [i for i, b in enumerate(a["blocks"]) if b["type"] == "heading"]
    if not headings and len(paragraphs) >= 6 and r() < 0.35:
        spots = sorted(rng.sample(range(2, len(a["blocks"])), min(rng.randint(2, 4), len(a["blocks"]) - 2)))
        for i in reversed(spots):
            text = _subhead(rng, _elsewhere(rng, paragraphs, a["blocks"][i]["text"]))
            if text and a["blocks"][i - 1]["type"] == "paragraph":
                a["blocks"].insert(i, {"type": "heading", "text": text})
        headings = [i for i, b in enumerate(a["blocks"]) if b["type"] == "heading"]
    elif headings and r() < 0.3:
        # the article's subheads in another paper's words and length: a phrase, or two or three joined (most
        # labelled subheads are short; other papers' run to 20 characters and more)
        for i in headings:
            below = a["blocks"][i + 1]["text"] if i + 1 < len(a["blocks"]) else ""
            text = _subhead(rng, _elsewhere(rng, paragraphs, below))
            if text:
                a["blocks"][i] = dict(a["blocks"][i], text=text)
    if headings and r() < 0.25:
        style = rng.choice(["marker", "numeral", "paren", "label"])
        marker = rng.choice(MARKERS)
        for n, i in enumerate(headings[: len(NUMERALS)]):
            h = a["blocks"][i]
            h["text"] = {"marker": f"{marker}{h['text']}", "numeral": f"{NUMERALS[n]}、{h['text']}",
                         "paren": f"（{NUMERALS[n]}）{h['text']}", "label": h["text"]}[style]
        if style == "label":
            for i in reversed(headings):
                phrase = _phrase(rng, a["blocks"][i + 1]["text"], 8) if i + 1 < len(a["blocks"]) else None
                if phrase and (label := _label(phrase, rng.choice([2, 3, 4]))):
                    a["blocks"].insert(i, {"type": "heading", "text": label})
    # a quarter of real heads (10 of the 44 real articles) are a title alone, straight into the lead
    if r() < 0.1:
        a["kicker"], a["subtitle"], a["byline"] = None, None, []
    return a


def write(out: Path, made: list[Page], prefix: str = "stress") -> None:
    out.mkdir(parents=True, exist_ok=True)
    for n, page in enumerate(made):
        name = f"{prefix}{n:03d}"
        (out / f"{name}.txt").write_text("\n\n".join(t for t, _ in page.lines) + "\n", encoding="utf-8")
        truth = dict(page.truth, source=f"{name}.txt")
        (out / f"{name}.truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
        (out / f"{name}.roles.json").write_text(json.dumps([r for _, r in page.lines]), encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--pages", type=int, default=30)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--part", choices=("dev", "held-out", "all"), default="dev")
    ap.add_argument("--intact", action="store_true", help="no damage: the do-no-harm check")
    ap.add_argument("--host-early", type=float, default=0.0, help="share of spliced hosts that break off in their second half (see Rates)")
    ap.add_argument("--start-anywhere", type=float, default=0.0, help="share of lost starts cut anywhere in the lead, not after a comma")
    ap.add_argument("--mid-word", type=float, default=0.0, help="share of spliced runs that start inside a word of their home")
    ap.add_argument("--vary", action="store_true", help="articles in other papers' head and subhead styles too (see variant); "
                    "with --intact, the do-no-harm check on formats the labelled pages lack")
    ap.add_argument("--briefs", type=float, default=0.0, help="share of articles cut to a brief: the head and one to three "
                    "whole paragraphs")
    ap.add_argument("--articles", type=Path, help="a folder of articles (JSON, as in ../shared/eval/articles) to damage "
                    "instead of the labelled ones, e.g. train/invented/held-out")
    args = ap.parse_args()
    rates = Rates.intact() if args.intact else Rates(splice_host_early=args.host_early, start_anywhere=args.start_anywhere,
                                                     splice_mid_word=args.mid_word)
    given = None
    if args.articles:
        given = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(args.articles.glob("*.json"))]
        if len(given) < 3:
            ap.error(f"{args.articles}: a page holds 3 to 5 articles, found {len(given)} (*.json)")
    made = pages(args.pages, args.seed, args.part, rates, vary=args.vary, briefs=args.briefs, articles=given)
    write(args.out, made)
    print(f"wrote {len(made)} pages of {args.articles or args.part} articles to {args.out}")


if __name__ == "__main__":
    main()
