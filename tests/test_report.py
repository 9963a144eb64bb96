"""The HTML corrections report: diff helper, escaping, placement of corrections, and a headless browser check."""

from __future__ import annotations

import re
import subprocess
import tempfile
from pathlib import Path

import lxml.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.model import Article, Block, Collection, Correction, Flag, Source
from toolkit.ingest import read_source
from toolkit.pipeline import clean_sources
from toolkit.report import char_diff, render_report

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_db2b0fd91725fc59.txt"
CHROMIUM = Path("/usr/bin/chromium")
needs_chromium = pytest.mark.skipif(not CHROMIUM.exists(), reason="headless Chromium (/usr/bin/chromium) is not installed")


@pytest.fixture(scope="module")
def seed() -> tuple[Collection, ...]:
    return clean_sources([read_source(SEED)])


@pytest.fixture(scope="module")
def seed_html(seed: tuple[Collection, ...]) -> str:
    return render_report(seed)


# --- char_diff ------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("", "", []),
        ("社区治理", "社区治理", [("equal", "社区治理")]),
        ("流心得体会。", "", [("delete", "流心得体会。")]),
        ("", "流心得体会。", [("insert", "流心得体会。")]),
        ("热爱，\n必须", "热爱，必须", [("equal", "热爱，"), ("delete", "\n"), ("equal", "必须")]),
        ("服务队的的作用", "服务队的作用", [("equal", "服务队的"), ("delete", "的"), ("equal", "作用")]),
        ("参与与与相结合", "参与相结合", [("equal", "参与"), ("delete", "与与"), ("equal", "相结合")]),
        ("甲乙丙", "甲丁丙", [("equal", "甲"), ("delete", "乙"), ("insert", "丁"), ("equal", "丙")]),
        # by character, not by word: one changed character in a run of Han leaves the rest equal
        ("食品安全管理规范", "食品安金管理规范", [("equal", "食品安"), ("delete", "全"), ("insert", "金"), ("equal", "管理规范")]),
    ],
)
def test_char_diff(a: str, b: str, expected: list[tuple[str, str]]) -> None:
    diff = char_diff(a, b)
    assert diff == expected
    assert "".join(t for op, t in diff if op != "insert") == a
    assert "".join(t for op, t in diff if op != "delete") == b


SENTENCES = ["社区治理成效显著。", "群众满意度不断提升！", "的的", "\n", "他说：“好。”", "服务队的作用；", "A&B", "一二三四五六七八九十"]


@settings(max_examples=30, deadline=None)
@given(st.lists(st.sampled_from(SENTENCES), min_size=300, max_size=900), st.lists(st.tuples(st.integers(0, 10**6), st.sampled_from(["drop", "add", "double"])), max_size=12))
def test_long_texts_diff_by_sentence_and_rebuild_both_sides(parts: list[str], edits: list[tuple[int, str]]) -> None:
    """Past EXACT characters the diff aligns sentences first; it must still spell out both texts."""
    a = "".join(parts)
    b = list(parts)
    for at, edit in edits:
        i = at % len(b)
        if edit == "drop":
            del b[i]
        elif edit == "add":
            b.insert(i, "新增的一句。")
        else:
            b[i] = b[i][:1] + b[i]
    b = "".join(b)
    diff = char_diff(a, b)
    assert "".join(t for op, t in diff if op != "insert") == a
    assert "".join(t for op, t in diff if op != "delete") == b
    assert all(t for _, t in diff) and all(x[0] != y[0] for x, y in zip(diff, diff[1:]))  # merged, no empty pieces


# --- the seed's report ----------------------------------------------------------------------

def test_every_correction_appears_once(seed: tuple[Collection, ...], seed_html: str) -> None:
    ids = [c.id for col in seed for c in col.corrections]
    assert ids
    for cid in ids:
        assert seed_html.count(f'id="{cid}"') == 1, cid


def test_summary_counts_and_pending(seed: tuple[Collection, ...], seed_html: str) -> None:
    doc = lxml.html.fromstring(seed_html)
    pending = [c for col in seed for c in col.corrections if c.status == "pending" and (c.action == "flagged" or c.confidence < 0.8)]
    links = doc.xpath("//div[@class='pending']//li/a[1]/@href")
    assert links == [f"#{c.id}" for c in pending]
    total = doc.xpath("string(//table[@class='counts']/tfoot/tr/td[last()])")
    assert int(total) == sum(len(col.corrections) for col in seed)


def test_repeat_links_to_the_kept_copy(seed: tuple[Collection, ...], seed_html: str) -> None:
    doc = lxml.html.fromstring(seed_html)
    repeats = [c for col in seed for c in col.corrections if c.kind == "repeat"]
    assert repeats
    for c in repeats:
        (href,) = doc.get_element_by_id(c.id).xpath(".//a[starts-with(text(), $t)]/@href", t=c.kept[:10])
        target = doc.get_element_by_id(href[1:])
        assert c.kept.split("\n")[0] in target.text_content()


# --- splices (hand-built until the splice pass lands) ---------------------------------------

def _splice_collection() -> Collection:
    lines = ("甲文标题", "甲文第一段，讲社区治理。", "乙文的一段话误排在这里。", "乙文标题", "乙文正文，讲学习强企。", "丙文标题", "丙文正文。无家可归的片段。")
    source = Source("page.txt", "0" * 64, "utf-8", lines)
    moved = Correction("splice-11111111", "splice", "applied", "p-01", lines[2], "", "another article's vocabulary", 0.85, (2,), home="p-02")
    stray = Correction("splice-22222222", "splice", "flagged", "p-03", "无家可归的片段。", "", "no article fits", 0.6, (6,))
    host, home = "p-01", "p-02"
    articles = (
        Article(host, "甲文标题", blocks=(Block("paragraph", lines[1], lines=(1,)),), head_lines=(0,)),
        Article(home, "乙文标题", head_lines=(3,), blocks=(
            Block("paragraph", lines[4], lines=(4,)),
            Block("fragment", lines[2], (Flag("splice", moved.id, host=host, home=home), Flag("relocated", moved.id)), (2,)),
        )),
        Article("p-03", "丙文标题", head_lines=(5,), blocks=(
            Block("paragraph", "丙文正文。", lines=(6,)),
            Block("fragment", "无家可归的片段。", (Flag("splice", stray.id, host="p-03"),), (6,)),
        )),
    )
    return Collection(source, articles, (moved, stray))


def test_splice_shows_host_and_home() -> None:
    doc = lxml.html.fromstring(render_report([_splice_collection()]))
    moved = doc.get_element_by_id("splice-11111111")
    assert moved.xpath("ancestor::article/@id") == ["p-01"]  # beside the raw line it was cut from
    assert "found in 甲文标题 · belongs to 乙文标题" in moved.text_content()
    assert moved.xpath(".//a/@href") == ["#splice-11111111", "#p-01", "#p-02"]
    (row,) = doc.xpath("//article[@id='p-02']//tr[contains(@class, 'fragment')]")
    assert "fragment found in 甲文标题 · belongs to 乙文标题" in row.text_content()
    assert row.xpath(".//ins/text()") == ["乙文的一段话误排在这里。"]
    # set aside in place: the host paragraph and the fragment cut from the same raw line share a row
    stray = doc.get_element_by_id("splice-22222222")
    assert "belongs to unknown" in stray.text_content()
    (row,) = stray.xpath("ancestor::tr")
    assert row.get("class").split() == ["paragraph", "fragment"]
    assert [(el.tag, el.text) for el in row.xpath(".//td[@class='text']/*[self::ins or self::del]")] == [("ins", "↵")]


# --- escaping -------------------------------------------------------------------------------

EVIL = "<script>alert(1)</script>"


def _evil_collection() -> Collection:
    lines = (f"标题{EVIL}", f"正文&lt;b&gt;{EVIL}的的文字\x07")
    source = Source(f"evil{EVIL}.txt", "0" * 64, "utf-8", lines)
    fix = Correction("stutter-33333333", "stutter", "applied", "e-01", f"{EVIL}的的", f"{EVIL}的", f"doubled {EVIL}", 0.95, (1,))
    article = Article("e-01", lines[0], kicker=EVIL, head_lines=(0,), blocks=(Block("paragraph", f"正文&lt;b&gt;{EVIL}的文字", lines=(1,)),))
    return Collection(source, (article,), (fix,))


def test_raw_text_is_escaped() -> None:
    html = render_report([_evil_collection()])
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "alert(1)</script>" not in html
    assert "&amp;lt;b&amp;gt;" in html
    assert "\x07" not in html
    doc = lxml.html.fromstring(html)
    assert not [s for s in doc.iter("script") if "alert" in (s.text or "")]
    assert EVIL in doc.get_element_by_id("e-01").text_content()


# --- in a browser ---------------------------------------------------------------------------

def _chromium(*args: str) -> str:
    with tempfile.TemporaryDirectory() as profile:
        result = subprocess.run(
            [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={profile}", *args],
            capture_output=True, text=True, timeout=120, check=True,
        )
    return result.stdout


def _hidden(element: lxml.html.HtmlElement) -> bool:
    """Hidden by default: inside a hidden, display:none, template or closed details element."""
    for el in (element, *element.iterancestors()):
        style = re.sub(r"\s", "", el.get("style", ""))
        if el.get("hidden") is not None or "display:none" in style or el.tag == "template":
            return True
        if el.tag == "details" and el.get("open") is None and el is not element:
            return True
    return False


@needs_chromium
def test_browser_shows_every_correction(seed: tuple[Collection, ...], seed_html: str, tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text(seed_html, encoding="utf-8")
    dom = lxml.html.fromstring(_chromium("--dump-dom", page.as_uri()))
    assert not _hidden(dom.get_element_by_id("filters")), "the filter script did not run"
    static = lxml.html.fromstring(seed_html)
    for cid in (c.id for col in seed for c in col.corrections):
        assert not _hidden(dom.get_element_by_id(cid)), f"{cid} is hidden"
        assert not _hidden(static.get_element_by_id(cid)), f"{cid} is hidden with scripts off"

    artifacts = ROOT / "build" / "clean"
    artifacts.mkdir(parents=True, exist_ok=True)
    shot = artifacts / "report.png"
    shot.unlink(missing_ok=True)
    _chromium(f"--screenshot={shot}", "--window-size=1280,1600", "--run-all-compositor-stages-before-draw", page.as_uri())
    assert shot.stat().st_size > 10_000


@needs_chromium
def test_browser_runs_no_input_script(tmp_path: Path) -> None:
    page = tmp_path / "evil.html"
    page.write_text(render_report([_evil_collection()]), encoding="utf-8")
    dom = lxml.html.fromstring(_chromium("--dump-dom", page.as_uri()))
    assert not [s for s in dom.iter("script") if "alert" in (s.text or "")]
    assert EVIL in dom.get_element_by_id("e-01").text_content()
    assert "&lt;b&gt;" in dom.get_element_by_id("e-01").text_content()


# --- deciding in the page -------------------------------------------------------------------

def _note(doc: lxml.html.HtmlElement, cid: str) -> lxml.html.HtmlElement:
    return doc.get_element_by_id(cid)


def test_each_correction_offers_the_verdicts_the_cli_accepts(seed: tuple[Collection, ...], seed_html: str) -> None:
    doc = lxml.html.fromstring(seed_html)
    for c in (c for col in seed for c in col.corrections):
        note = _note(doc, c.id)
        buttons = note.xpath(".//div[@class='decide']/button/@data-verdict")
        expected = ["accept", "reject", "apply"] if c.action == "flagged" else ["accept", "reject"]
        assert buttons == [*expected, ""], c.id
        assert note.get("data-verdicts") == " ".join(expected)
        assert note.get("data-verdict") == "" and note.get("data-comment") == ""
        assert note.xpath(".//div[@class='decide']")[0].get("hidden") is not None  # the script shows it
        assert note.xpath(".//textarea[@class='comment']/@aria-label") == [f"comment on {c.id}"]


def test_the_outcome_of_each_verdict_is_in_the_page(seed: tuple[Collection, ...], seed_html: str) -> None:
    doc = lxml.html.fromstring(seed_html)
    corrections = [c for col in seed for c in col.corrections]
    repeat = next(c for c in corrections if c.kind == "repeat")
    (restore,) = _note(doc, repeat.id).xpath(".//div[@class='outcome'][@data-if='reject']")
    assert "brings the second copy back" in restore.text_content()
    assert "".join(restore.xpath(".//ins/text()")) == repeat.before  # all of the copy comes back
    garble = next(c for c in corrections if c.kind == "garble")
    (applied,) = _note(doc, garble.id).xpath(".//div[@class='outcome'][@data-if='apply']")
    assert applied.xpath(".//del/text()") == ["与与"] and not applied.xpath(".//ins")
    join = next(c for c in corrections if c.kind == "join")
    (kept,) = _note(doc, join.id).xpath(".//div[@class='outcome'][@data-if='reject']")
    assert kept.xpath(".//ins/@class") == ["nl"]  # the line break comes back
    assert not _note(doc, join.id).xpath(".//div[@class='outcome'][@data-if='']")  # pending is what is shown


def test_a_report_made_with_decisions_carries_them_and_their_comments(seed: tuple[Collection, ...]) -> None:
    from toolkit.ingest import read_source
    from toolkit.pipeline import clean_sources
    from toolkit.review import Decision, Decisions

    corrections = [c for col in seed for c in col.corrections]
    repeat = next(c for c in corrections if c.kind == "repeat")
    garble = next(c for c in corrections if c.kind == "garble")
    decisions = Decisions({repeat.id: Decision("reject", EVIL + ' "两份"'), garble.id: Decision("apply")})
    cols = clean_sources([read_source(SEED)], decisions)
    html = render_report(cols, comments={cid: d.comment for cid, d in decisions.by_id.items()})
    doc = lxml.html.fromstring(html)
    note = _note(doc, repeat.id)
    assert note.get("data-verdict") == "reject" and note.get("data-comment") == EVIL + ' "两份"'
    assert note.xpath(".//textarea/text()") == [EVIL + ' "两份"']
    assert "alert(1)</script>" not in html
    assert note.xpath(".//button[@aria-pressed='true']/@data-verdict") == ["reject"]
    # from the text shown (the copy restored), accepting or no decision takes it out again
    (undo,) = note.xpath(".//div[@class='outcome'][@data-if='']")
    assert "".join(undo.xpath(".//del/text()")) == repeat.before
    assert _note(doc, garble.id).get("data-verdict") == "apply"
    assert render_report(cols, comments={}) != html  # a comment is part of the page


def test_the_report_refers_to_nothing_outside_itself(seed_html: str) -> None:
    doc = lxml.html.fromstring(seed_html)
    assert not doc.xpath("//link | //iframe | //img | //object | //embed | //*[@src]")
    hrefs = doc.xpath("//@href")
    assert hrefs and all(h.startswith("#") for h in hrefs)
    styles = " ".join(doc.xpath("//style/text()"))
    assert "url(" not in styles and "@import" not in styles
    scripts = " ".join(doc.xpath("//script/text()"))
    # the only address the script calls is the serving toolkit's own, and only when served over HTTP
    assert re.findall(r"https?://|//[a-z]", scripts) == []
    assert set(re.findall(r"fetch\(([^,)]+)", scripts)) == {"API + \"decisions\"", "API + path"}


def _c(kind: str, action: str, status: str, before: str, after: str, suggestion: str | None = None) -> Correction:
    return Correction(f"{kind}-0", kind, action, "a-01", before, after, "why", 0.9, (1,), suggestion=suggestion, status=status)


@pytest.mark.parametrize(
    ("correction", "expected"),
    [
        # a change the cleaner made: rejecting it gives back the raw text; apply is not offered
        (_c("stutter", "applied", "pending", "队的的作用", "队的作用"),
         {"accept": "队的作用", "reject": "队的的作用"}),
        # … and once rejected, the text shown is the raw one: accepting (or no decision) makes it again
        (_c("stutter", "rejected", "rejected", "队的的作用", "队的作用"),
         {"accept": "队的作用", "": "队的作用"}),
        # a proposal: only apply changes the text
        (_c("garble", "flagged", "pending", "参与与与相结合", "参与与与相结合", "参与相结合"),
         {"accept": "参与与与相结合", "reject": "参与与与相结合", "apply": "参与相结合"}),
        (_c("garble", "applied", "applied", "参与与与相结合", "参与与与相结合", "参与相结合"),
         {"accept": "参与与与相结合", "reject": "参与与与相结合", "": "参与与与相结合"}),
        # a flagged splice, applied: the run leaves the article's text
        (_c("splice", "flagged", "pending", "外文一段。", ""), {"accept": "外文一段。", "reject": "外文一段。", "apply": ""}),
        # a rejected splice may have been moved or only flagged: no text is promised
        (_c("splice", "rejected", "rejected", "外文一段。", ""), {"accept": None, "apply": "", "": None}),
        (_c("splice", "applied", "applied", "外文一段。", ""), {"accept": None, "reject": "外文一段。", "": None}),
    ],
)
def test_outcomes(correction: Correction, expected: dict[str, str | None]) -> None:
    from toolkit.outcome import outcomes

    assert {o.verdict for o in outcomes(correction)} == set(expected)
    for o in outcomes(correction):
        if expected[o.verdict] is None:
            assert not o.changes and "proposal" in o.says
        else:
            assert o.becomes == expected[o.verdict], o
            assert o.changes == (o.becomes != o.shown)


def test_report_says_how_the_source_was_laid_out() -> None:
    lines = ("社区治理", "近年来，社区治理成效显著。")
    laid_out = render_report([Collection(Source("page.txt", "0" * 64, "utf-8", lines, columns=2, wrapped=(44,), letter_spaced=True))])
    assert all(note in laid_out for note in ("2 columns side by side", "wrapped at 44 columns", "space between every two characters"))
    plain = render_report([Collection(Source("page.txt", "0" * 64, "utf-8", lines))])
    assert not any(note in plain for note in ("side by side", "wrapped at", "every two characters"))


def test_page_furniture_left_out_is_shown_for_review() -> None:
    from test_passes import FURNITURE_PAGE

    cols = clean_sources([Source("p.txt", "0" * 64, "utf-8", FURNITURE_PAGE)])
    (c,) = [c for c in cols[0].corrections if c.kind == "furniture"]
    doc = lxml.html.fromstring(render_report(cols))
    assert FURNITURE_PAGE[4] in doc.get_element_by_id(c.id).text_content()
