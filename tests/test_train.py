"""The damage generator that the models are trained on: what each rate leaves alone."""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
from dataclasses import fields
from pathlib import Path

from toolkit.hanzi import CLAUSE_MARK, ends_whole, han_only
from train.damage import COLUMNS, Rates, brief, make_page, variant


def invented(title: str, *paragraphs: str) -> dict:
    return {"kicker": None, "title": title, "subtitle": None, "byline": ["林青"],
            "blocks": [{"type": "paragraph", "text": p} for p in paragraphs]}


# the sections of an invented article on an old street (老街新貌), for the subhead variants
SECTIONS = ("春天的桐溪，老街两旁开满了桃花，游客络绎不绝。", "街口的早点铺排起长队，老板忙着招呼客人。",
            "县里修缮了沿街的老屋，保留了原来的青砖灰瓦。", "夜里的灯光秀吸引了附近的居民，广场上热闹非凡。",
            "村民开起了民宿，一年收入增加了两三万元。", "学校组织学生走进老街，听老人讲过去的故事。")


def test_intact_rates_damage_nothing() -> None:
    """Every rate is zero, whatever rates are added later (a positional constructor once left the newest
    one at its default, and intact training pages carried column breaks)."""
    assert all(getattr(Rates.intact(), f.name) == 0 for f in fields(Rates))
    articles = [invented(f"书房故事之{n}", *(f"第{n}篇的第{k}段写城市书房的变化，居民说这里很方便。" * 3 for k in range(6)))
                for n in range(4)]
    page = make_page(random.Random(3), articles, [], Rates.intact())
    paragraphs = [b["text"] for a in articles for b in a["blocks"]]
    assert [t for t, role in page.lines if role == "para"] == paragraphs
    assert not any(role == "cont" for _, role in page.lines)
    assert not any(page.truth[k] for k in ("breaks", "duplicates", "splices", "stutters"))


def test_variant_subheads_are_not_worded_from_the_paragraph_under_them() -> None:
    """A subhead names its section in words of its own: one the generator adds or rewords is made of
    another paragraph's phrases, never of the one it heads (else the line model learns that a subhead's
    words come again right below it, and reads real subheads as paragraphs)."""
    article = invented("老街新貌", *SECTIONS)
    sectioned = invented("老街新貌", *SECTIONS)  # its own subheads, which the generator may reword
    for at, heading in ((4, "夜色里的老街"), (2, "修旧如旧")):
        sectioned["blocks"].insert(at, {"type": "heading", "text": heading})
    headed = reworded = 0
    for seed in range(300):
        a = variant(random.Random(seed), article if seed % 2 else sectioned, [article])
        blocks = a["blocks"]
        reworded += not seed % 2 and all("修旧如旧" not in b["text"] for b in blocks if b["type"] == "heading")
        for i, b in enumerate(blocks[:-1]):
            if b["type"] == "heading" and blocks[i + 1]["type"] == "paragraph":
                headed += 1
                phrases = [p for p in re.split(r"[，、\s]", b["text"].lstrip("●■◆▲（）一二三四五六七八九十、")) if len(p) >= 4]
                assert not any(p in blocks[i + 1]["text"] for p in phrases), (b["text"], blocks[i + 1]["text"])
    assert headed > 50 and reworded > 20  # the draws add and reword subheads often enough for the check to mean something


def test_variant_section_labels_are_whole_words() -> None:
    """A short section label set over a subhead (现场 / 老街换新颜) is a word or two, never a phrase cut inside a word
    or on a particle (春天的, 老屋保): pieces cut so would teach the line model that a line a column break leaves
    mid-phrase may be a subhead, and it would stop joining them."""
    from toolkit.lexicon import lexicon

    article = invented("老街新貌", *SECTIONS)
    for at, heading in ((4, "夜色里的老街"), (2, "修旧如旧")):
        article["blocks"].insert(at, {"type": "heading", "text": heading})
    lex, labels = lexicon(), []
    for seed in range(600):
        blocks = variant(random.Random(seed), article, [article])["blocks"]
        labels += [b["text"] for b, below in zip(blocks, blocks[1:]) if b["type"] == below["type"] == "heading"]
    assert len(labels) > 5  # the draws set labels often enough for the check to mean something
    for label in labels:
        assert all(len(w) > 1 and not lex.is_function_word(w) for w in lex.cut(label)), label


def test_variant_sets_a_columns_name_over_a_few_titles_that_had_no_kicker() -> None:
    """A column's name (记者调查) stands over some titles that had no kicker: a few in a hundred, as most papers print
    none, and the short line over a title must still read as a broken title's first piece where no name is there."""
    article = invented("老街新貌", *(f"第{k}段写桐溪老街的变化，居民说这里越来越热闹。" * 3 for k in range(6)))
    kickers = [variant(random.Random(seed), article, [article])["kicker"] for seed in range(300)]
    assert 3 < sum(k in COLUMNS for k in kickers) < 40


def test_a_brief_is_the_articles_head_and_whole_paragraphs_from_its_start() -> None:
    """A brief keeps the head and the first one to three paragraphs, ending on a whole sentence and long enough to
    report something; an article opening on a subhead, or too short for one, stays as it is."""
    lead = ["3月9日，槐川县石桥村城市书房正式开放，藏书八千余册，配有电子借阅机和儿童阅读区，"
            "周末还有志愿者为孩子们讲故事，村民凭身份证即可免费借阅图书。",
            "村民吕娜说，现在书房就在村委会旁边，晚饭后带孩子过来看书成了她家的习惯，孩子们都很喜欢",
            "据介绍，槐川县已建成城市书房22座，全部接入县图书馆系统，实现通借通还，方便了群众。",
            "下一步，县里还将在各乡镇建设更多书房。"]
    article = invented("书房开到村民家门口", *lead)
    kept = {len(brief(random.Random(seed), article)["blocks"]) for seed in range(40)}
    assert kept == {1, 3}  # the second paragraph does not end whole; the fourth is past three
    for seed in range(10):
        short = brief(random.Random(seed), article)
        assert short["title"] == article["title"] and short["blocks"] == article["blocks"][: len(short["blocks"])]
    headed = dict(article, blocks=[{"type": "heading", "text": "核心阅读"}, *article["blocks"]])
    assert brief(random.Random(1), headed) is headed
    tiny = invented("短讯", "书房开放。", "借阅免费。")
    assert brief(random.Random(1), tiny) is tiny


def test_the_invented_articles_are_whole_and_damaged_on_request(tmp_path) -> None:
    """train/invented holds articles the project wrote, in the labelled articles' form (a title, blocks of paragraphs
    and subheads, every paragraph a whole sentence's end, or a line that ends so in print: a colon bringing in what the
    next paragraph says, a list item's semicolon, a short line of no clause, as a letter signs off: 此致, a signature,
    a date); `--articles` damages them instead of the labelled ones."""
    root = Path(__file__).resolve().parent.parent
    for part in ("dev", "held-out"):
        found = sorted((root / "train" / "invented" / part).glob("*.json"))
        assert len(found) >= 8
        for path in found:
            a = json.loads(path.read_text(encoding="utf-8"))
            assert set(a) == {"kicker", "title", "subtitle", "byline", "blocks"} and a["title"], path.name
            assert {b["type"] for b in a["blocks"]} <= {"paragraph", "heading"}, path.name
            assert all(ends_whole(t) or t.startswith("（") or t[-1] in "：；"
                       or len(han_only(t)) <= 30 and not CLAUSE_MARK.search(t)
                       for t in (b["text"] for b in a["blocks"] if b["type"] == "paragraph")), path.name
    out = tmp_path / "pages"
    subprocess.run([sys.executable, "-m", "train.damage", str(out), "--pages", "2", "--articles",
                    str(root / "train" / "invented" / "held-out")], cwd=root, check=True, capture_output=True)
    titles = {json.loads(p.read_text(encoding="utf-8"))["title"] for p in (root / "train" / "invented" / "held-out").glob("*.json")}
    for truth in out.glob("*.truth.json"):
        assert {a["title"] for a in json.loads(truth.read_text(encoding="utf-8"))["articles"]} <= titles
