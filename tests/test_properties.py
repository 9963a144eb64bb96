"""Properties: nothing lost, passes idempotent, JSON round-trips (hypothesis over damaged pages)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from toolkit.export import head_lines
from toolkit.model import Collection, Source, dumps, from_dict
from toolkit.pipeline import PASSES, clean_sources
from toolkit.review import Decisions

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_db2b0fd91725fc59.txt"
LINES = [line.strip() for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]


@st.composite
def damaged_pages(draw) -> Source:
    """Seed lines, some split at a random place (a column break), some repeated, some with a doubled character."""
    start = draw(st.integers(0, len(LINES) - 8))
    lines = LINES[start : start + draw(st.integers(4, 12))]
    out = []
    for line in lines:
        action = draw(st.sampled_from(["keep", "keep", "split", "repeat", "stutter"]))
        if action == "split" and len(line) > 20:
            cut = draw(st.integers(5, len(line) - 5))
            out += [line[:cut], line[cut:]]
        elif action == "repeat":
            out += [line, line]
        elif action == "stutter" and len(line) > 10:
            i = draw(st.integers(1, len(line) - 2))
            out.append(line[:i] + line[i] + line[i:])
        else:
            out.append(line)
    return Source(path="gen.txt", sha256="0" * 64, encoding="utf-8", lines=tuple(out))


def output_chars(col: Collection) -> Counter[str]:
    text = "".join(line for a in col.articles for line in head_lines(a)) + "".join(b.text for a in col.articles for b in a.blocks)
    return Counter(text.replace(" ", ""))


def removed_chars(col: Collection) -> Counter[str]:
    out: Counter[str] = Counter()
    for c in col.corrections:
        if c.action == "applied" and c.kind != "splice":  # a splice moves text, it removes none
            out.update(Counter(c.before.replace("\n", "")) - Counter(c.after.replace("\n", "")))
    return out


FAST = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(damaged_pages())
def test_nothing_lost(source: Source) -> None:
    (col,) = clean_sources([source])
    # a byline's □ is layout: two byline lines make one list of names, printed after one □
    raw = Counter("".join(line.lstrip("□") for line in source.lines).replace(" ", ""))
    missing = raw - output_chars(col)
    assert not missing - removed_chars(col), "characters vanished without a correction"


@FAST
@given(damaged_pages())
def test_passes_are_idempotent(source: Source) -> None:
    cols = clean_sources([source])
    again = cols
    for repair in PASSES:
        again, corrections = repair(again, Decisions())
        assert not [c for c in corrections if c.action == "applied"], f"{repair.__name__} changed cleaned text"
    assert [a.blocks for a in again[0].articles] == [a.blocks for a in cols[0].articles]


@FAST
@given(damaged_pages(), damaged_pages())
def test_ids_are_unique_within_a_run(first: Source, second: Source) -> None:
    """Two pages of a run (even the same text twice): every correction its own id."""
    ids = [c.id for col in clean_sources([first, second], names=["a/page", "b/page"]) for c in col.corrections]
    assert len(ids) == len(set(ids))


@FAST
@given(damaged_pages())
def test_json_round_trip(source: Source) -> None:
    (col,) = clean_sources([source])
    assert from_dict(json.loads(dumps(col))) == col


# --- hostile text through clean → pdf → epub -------------------------------------------------------

HOSTILE = ["\x00", "\x01", "\x08", "\x1b", "\x7f", "\x85", "\x9f", "\ud800", "\udfff", "\ufffe", "\uffff", "\u2028",
           "\u200b", "\ufeff", "\t", "\r", "\f", "\v", "<", "&", "]]>", "\U0001f600", "\u0301", "\u202e"]


@st.composite
def hostile_pages(draw) -> bytes:
    """Seed lines with any Unicode spliced in: control characters, lone surrogates, U+FFFF, markup."""
    start = draw(st.integers(0, len(LINES) - 12))
    lines = list(LINES[start : start + draw(st.integers(4, 12))])
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(lines) - 1))
        piece = draw(st.one_of(st.sampled_from(HOSTILE), st.text(st.characters(exclude_categories=()), max_size=12)))
        cut = draw(st.integers(0, len(lines[at])))
        lines[at] = lines[at][:cut] + piece + lines[at][cut:]
    text = "\n".join(lines)
    # a lone surrogate cannot be in UTF-8; written anyway (as some broken converters do) the bytes are
    # not UTF-8 at all, and the page is read another way or refused
    return text.encode("utf-8", draw(st.sampled_from(["surrogatepass", "replace"])))


def _refused_in_one_line(result) -> None:
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output and [line for line in result.output.splitlines() if line.startswith("error:")]


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(page=hostile_pages())
def test_hostile_text_goes_through_clean_pdf_and_epub_or_is_refused_in_one_line(page: bytes, tmp_path_factory) -> None:
    import re
    import subprocess
    import xml.etree.ElementTree as ET
    import zipfile

    from typer.testing import CliRunner

    from toolkit.cli import app

    run = CliRunner().invoke
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "page.txt").write_bytes(page)
    cleaned = run(app, ["clean", str(folder / "page.txt"), "--out", str(folder / "clean"), "--jobs", "1"])
    event("clean refused" if cleaned.exit_code else "cleaned")
    if cleaned.exit_code != 0:
        _refused_in_one_line(cleaned)
        return
    data = json.loads((folder / "clean" / "page.json").read_text(encoding="utf-8"))
    kept = "".join(x for a in data["articles"] for x in (a["kicker"] or "", a["title"], a["subtitle"] or "", *a["byline"]))
    kept += "".join(b["text"] for a in data["articles"] for b in a["blocks"])

    pdf = run(app, ["pdf", str(folder / "clean"), "--out", str(folder / "book.pdf"), "--date", "2024-01-01"])
    event("pdf refused" if pdf.exit_code else "pdf written")
    if pdf.exit_code != 0:
        _refused_in_one_line(pdf)
    else:
        text = subprocess.run(["pdftotext", str(folder / "book.pdf"), "-"], capture_output=True, text=True, check=True).stdout
        han = re.compile(r"[\u4e00-\u9fff0-9A-Za-z]")
        assert not Counter(han.findall(kept)) - Counter(han.findall(text)), "text clean kept is missing from the PDF"

    book = run(app, ["epub", str(folder / "clean"), "--out", str(folder / "book.epub"), "--no-embed-fonts", "--date", "2024-01-01"])
    if book.exit_code != 0:
        _refused_in_one_line(book)
        return
    with zipfile.ZipFile(folder / "book.epub") as package:
        assert package.testzip() is None
        documents = [ET.fromstring(package.read(n)) for n in package.namelist() if n.endswith(".xhtml")]
    text = "".join("".join(doc.itertext()) for doc in documents)
    assert not Counter(kept.replace(" ", "")) - Counter(text.replace(" ", "")), "text clean kept is missing from the EPUB"
