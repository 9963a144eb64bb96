"""Splices: find text from another article pasted into a host, and set it aside (or move it home)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from toolkit import seams
from toolkit.hanzi import closes_unopened, ends_whole, han_only, signature
from toolkit.lines import SALUTATION, TURN, awaits_words, labelled_person, letter_signed
from toolkit.model import Article, Block, Collection, Correction, Flag, correction_id, replace
from toolkit.passes.common import decided
from toolkit.review import Decisions

# Setting a run aside at the wrong place takes text of the article's own out of it; we count each such
# character three times as costly as a foreign one left in. A run is set aside where that costs least in
# expectation over the model's reading, when that is less than leaving the article alone (for a seam the
# model is sure of: when it gives a run at least 3/4); it is only flagged for the editor from even odds.
HARM = 3.0
FLAG = 0.5
# Where the model hesitates between seams, setting aside any of the article's own text also cuts one of its
# sentences and opens the fragment with the host's words, however few they are: a fixed cost of CUT
# characters beside the per-character one, which moves the run's start later. It decides where, not whether
# (cross-validated over the dev folds, runs set aside in the right place less false fragments: net 117 of
# 185 at 0, 124 at 10, 129 at 30, 130 at 50, 129 at 75).
CUT = 30.0
# Its likeliest home is named when more likely than not; the run is moved to it (when the home's end is missing) only
# when the model is sure of it. A run moved to the wrong article puts another report's text into it; one set aside
# names its home for the editor. On pages of the dev articles, of the runs moved at a home probability below 0.9, 6
# went home and 6 to an article they were not from (a home not on the page, or another); above it, 59 and 3.
CLAIM = 0.5
MOVE = 0.9
# The model was fitted on runs of at most this many pages (train/splice_model.py). Read in more, a page's
# common words weigh less and any host's tail looks more foreign (an intact real article, alone P 0.39, read
# in an issue of 11 pages P 0.78): there a run whose home is on none of the pages is only flagged.
FITTED_PAGES = 4
# A run whose home is on none of the pages is judged only by how foreign its words are to its host's, and a sentence
# or two holds few words for that: an article's closing often turns from its particulars to a general appeal
# (…让更多人受益。) that shares no word with the text above it. A homeless run shorter than SHORT_HOMELESS Han
# characters is set aside only when the model is as sure of it as of a move (MOVE), else flagged. Of the homeless runs
# under 30 set aside at 0.75 on generated pages of 61 sets, 17 were spliced and 49 their host's own closing (three
# articles'), every one of those below 0.9. From 30 to 45, on the pages of 16 blind sets of one paper's section each and
# 12 of held-out real articles, those set aside below 0.9 were 6 spliced runs (5 runs of 5 articles) and on 26 pages a
# host's own closing (5 articles': `…测评，并联合县妇联…组建12支志愿服务队…`), where one section's articles share their
# words; on the 61 earlier sets 26 and 3. A short run whose home the model names less surely than a move asks is
# flagged below SHORT_RUN: on a page of commentaries on one theme every article shares the appeal's words (久久为功,
# 实实在在), and a closing of a sentence or two finds a home among them as readily as the run spliced in does.
SHORT_RUN = 30
SHORT_HOMELESS = 45
ADDRESS = re.compile(r"[\u4e00-\u9fff]{2,8}[：:]")  # a letter's opening address (编辑同志：; longer, `lines.SALUTATION`)
REPORTER = "记者"  # the reporter, as a report names its writer (`_reporters_voice`)


@dataclass(frozen=True)
class Candidate:
    article: str
    block: int  # first block of the run, split at `start`
    start: int
    probability: float  # that the article holds a spliced run
    near: float  # that it starts here or a clause away
    home: str | None
    home_probability: float
    sure: bool  # False: only likely; flagged for the editor, the text stays in its host
    likely: bool = False  # the model's reading sets it aside: `sure`, unless a guard for the text keeps it (`decide`)


def decide(found: list[seams.Seam], reading: seams.Reading, fitted: bool = True) -> Candidate | None:
    """Where to set a run aside (or flag one), or None. The seam is the one whose expected harm is least.
    Not `fitted` (a run of more pages than the model saw), a run without a home is flagged at most; a short one
    (`SHORT_RUN`, without a home `SHORT_HOMELESS`) unless the model is sure of it or of its home."""
    if not found:
        return None
    harm, keep = seams.expected_harm(reading, found, HARM)
    sure = min(harm) < keep
    if not sure and reading.splice() < FLAG:
        return None
    if sure:
        own = seams.takes_own(reading)
        k = min(range(len(found)), key=lambda j: harm[j] + CUT * own[j])
    else:  # only flagged: where a run is likelier absent than HARM allows, the expected harm falls towards the
        # article's end and points at no seam; the editor is shown where the run most likely starts
        k = max(range(len(found)), key=reading.seams.__getitem__)
    s = found[k]
    home = s.home if reading.homes[k] >= CLAIM else None
    short = SHORT_RUN if home is not None else SHORT_HOMELESS
    weak = s.han < short and reading.splice() < MOVE and not (home is not None and reading.homes[k] >= MOVE)
    # read among more pages than it was fitted on, the model overrates a run without a home: no evidence then
    likely = sure and (home is not None or fitted)
    sure = likely and not weak
    near = sum(reading.seams[max(0, k - 1) : k + 2])
    return Candidate("", s.block, s.start, reading.splice(), near, home, reading.homes[k] if home else 0.0, sure, likely)


def find_candidates(cols: tuple[Collection, ...], fitted: bool = True) -> list[Candidate]:
    """Per article, the likeliest spliced run (where it starts, and the article it belongs to) when the
    model finds one likely enough to flag (`fitted`: see `decide`)."""
    weights = seams.weights()
    out = []
    articles = {a.id: a for col in cols for a in col.articles}
    for aid, found in seams.find(list(articles.values())).items():
        cand = decide(found, seams.read(weights, found), fitted)
        host = articles[aid]
        if (cand is None or _named_by_head(host, cand) or _host_turns(host, cand)
                or cand.home is not None and _reporters_voice(host, cand, articles[cand.home])
                or _letters_close(host, cand, articles.get(cand.home))):
            continue
        if (cand.sure and cand.home is None and awaits_words(_before(host, cand))
                and not closes_unopened(host.blocks[cand.block].text[cand.start :])):
            # `…负责人表示，` / `下一步将…`: the host's last clause opens the words it reports, and the run may be them,
            # in words of their own (a plan: the commonest close of a news report); with no home to prove it another
            # article's, the editor decides. Not a run that closes a quotation it never opened (`…翻了一番。”曾德旺说。`):
            # words reported after the comma open their quotation there, or have none.
            cand = replace(cand, sure=False)
        out.append(replace(cand, article=aid))
    return out


def _named_by_head(article: Article, cand: Candidate) -> bool:
    """The run names again the person the subhead over it is labelled with (刘海涛：大山里的“数字村官” / …刘海涛…): a
    profile's section, its own text, however little it shares with the sections before it (another person, another
    place). No run spliced in from another article did so on the generated pages of 177 sets (0 of 1,392 runs set
    aside or flagged)."""
    head = next((b.text for b in reversed(article.blocks[: cand.block]) if b.type == "heading"), "")
    person = labelled_person(head)
    return person is not None and person in _run(article, cand)


def _host_turns(article: Article, cand: Candidate) -> bool:
    """The run holds a turn of the host's own dialogue: a paragraph opening on a speaker's label the host's turns
    before the run open on (记者：… / 答：…), an interview going on. A run is spliced in where the host's text breaks
    off, so none of the host's turns follow it; an interview's answers each turn to a new subject, which reads foreign
    to the ones before."""
    labels = {m.group(1) for b in article.blocks[: cand.block + (cand.start > 0)] if (m := TURN.match(b.text))}
    return any((m := TURN.match(b.text)) and m.group(1) in labels for b in article.blocks[cand.block + 1 :])


def _reporters_voice(host: Article, cand: Candidate, home: Article) -> bool:
    """The run speaks of the reporter (记者: 记者觉得, 告诉记者), as the host does before it, and the home it is claimed
    for never does and ends whole: a commentary, an essay or a scholar's piece has no reporter in it, so the run is no
    end of it but the host's own, a reporter's notes turning to the theme the commentary beside them argues and back
    to their scene (记者手记 beside 科技观察 on one page). A home cut off mid-sentence may have lost the very paragraphs
    that speak of its reporter: the run (a measure-only set's spliced run was so). No other run set aside or flagged
    with a home on the generated pages of the dev sets and four held-out sets (44 sets) is so."""
    before = "".join(b.text for b in host.blocks[: cand.block]) + host.blocks[cand.block].text[: cand.start]
    body = home.paragraphs()
    return (REPORTER in _run(host, cand) and REPORTER in before and bool(body) and ends_whole(body[-1].text)
            and not any(REPORTER in b.text for b in home.blocks))


def _letters_close(host: Article, cand: Candidate, home: Article | None) -> bool:
    """The run holds a letter's signature (`letter_signed`: 翠渠区　孟庆华), and the host opens as a letter does, on
    whom it addresses (编辑同志：), the home not: the run is the letter's own close, however much a report on what the
    letter asked for, beside it on a readers' page, shares its words. A run spliced in from a letter would carry that
    letter's signature, and its home would open on an address."""
    body, home_body = host.paragraphs(), home.paragraphs() if home is not None else ()
    return (bool(body) and _addressed(body[0].text) and not (home_body and _addressed(home_body[0].text))
            and any(letter_signed(b.text) for b in host.blocks[cand.block :]))


def _addressed(text: str) -> bool:
    """The paragraph opens as a letter does, on whom it addresses (编辑同志：, 尊敬的车溪供电所各位师傅：)."""
    return ADDRESS.match(text) is not None or SALUTATION.match(text) is not None


def _run(article: Article, cand: Candidate) -> str:
    """The run's text, from its start to the article's end."""
    return "".join(b.text for b in article.blocks[cand.block :])[cand.start :]


def _before(article: Article, cand: Candidate) -> str:
    """The host's text right before the run's start."""
    head = article.blocks[cand.block].text[: cand.start]
    return head or (article.blocks[cand.block - 1].text if cand.block else "")


def _holds(article: Article, run: list[str]) -> bool:
    """True when the article already prints the run's end: the run is a second copy of its text (its
    start may carry a clause of the host), not the text the article breaks off before."""
    return signature("".join(run))[-20:] in signature("".join(b.text for b in article.blocks))


def flag_splices(cols: tuple[Collection, ...], decisions: Decisions) -> tuple[tuple[Collection, ...], list[Correction]]:
    """`…快速流转，讲好红十字故事…` in a court article → the Red Cross run set aside as a `fragment`
    (moved to the end of its home article when that article's own end is missing)."""
    by_id = {a.id: a for col in cols for a in col.articles}
    # whether a home's end is missing is read on the articles as they came: a host whose end this pass
    # cuts off is no home waiting for its continuation
    open_ends = {aid: seams.open_end(a) for aid, a in by_id.items()}
    # …and a run is moved only to a home that breaks off mid-sentence: one closing on its note (（作者为…）, （实习生…参与
    # 采访）) ends there, whatever the model reads in it, and a run put after the note would be read as the home's text
    cut_off = {aid: not ends_whole(body[-1].text)
               for aid, a in by_id.items() if (body := a.paragraphs())}
    moved: dict[str, list[Block]] = {}
    corrections = []
    fitted = len(cols) <= FITTED_PAGES
    for cand in find_candidates(cols, fitted):
        host = by_id[cand.article]
        head, tail = host.blocks[cand.block].text[: cand.start], host.blocks[cand.block].text[cand.start :]
        run = [tail] + [b.text for b in host.blocks[cand.block + 1 :]]
        relocate = cand.home is not None and cut_off.get(cand.home, False) and cand.home_probability >= MOVE
        c = decided(
            Correction(
                id=correction_id("splice", host.id, run[0][:20], run[-1][-20:]),
                kind="splice",
                action="applied" if cand.sure else "flagged",
                article=host.id,
                before="\n".join(run),
                after="",
                reason=(("" if cand.sure else "perhaps spliced: ")
                        + f"a run foreign to this article (probability {cand.probability:.2f}; starting here or a clause"
                        + f" away {cand.near:.2f})"
                        + (f", from {cand.home} (probability {cand.home_probability:.2f})" if cand.home else ", home not on these pages")
                        + ("" if cand.sure or cand.home
                           else f"; read among {len(cols)} pages, more than the model was fitted on" if not fitted
                           else "; short, and its home on none of these pages"
                           if len(han_only("".join(run))) < SHORT_HOMELESS
                           else "")
                        + ("; moved to the end of its home article, whose end is missing" if relocate
                           else "; set aside as a fragment" if cand.sure else "; `apply` sets it aside")),
                confidence=round(cand.near, 2),
                lines=tuple(ln for b in host.blocks[cand.block :] for ln in b.lines),
                home=cand.home,
            ),
            decisions,
        )
        corrections.append(c)
        if c.action == "flagged" and cand.likely and not ends_whole(_before(host, cand)):
            # a run only flagged, where the host's own text stops mid-sentence: were it spliced, that is where the
            # host's end was lost; the editor is told both, and nothing is moved
            perhaps = Flag("truncated_end", correction=c.id, note="perhaps: its text breaks off where a run that may be"
                           " spliced in begins")
            by_id[host.id] = replace(host, flags=host.flags + (perhaps,))
        if c.action != "applied":
            continue
        flags = (Flag("splice", correction=c.id, host=host.id, home=cand.home),)
        if relocate:
            flags += (Flag("relocated", correction=c.id, note=f"found in {host.id}"),)
        lines = [host.blocks[cand.block].lines] + [b.lines for b in host.blocks[cand.block + 1 :]]
        fragments = [Block("fragment", t, flags, ln) for t, ln in zip(run, lines)]
        kept = list(host.blocks[: cand.block]) + ([replace(host.blocks[cand.block], text=head)] if head else [])
        # the run was glued on where the host's own text broke off: the host's end is missing
        cut = Flag("truncated_end", correction=c.id, host=host.id, note="its own text breaks off where the spliced run begins")
        by_id[host.id] = replace(
            host, blocks=tuple(kept) + (() if relocate else tuple(fragments)), flags=host.flags + (cut,)
        )
        if relocate:
            moved.setdefault(cand.home, []).extend(fragments)
        elif cand.home is not None and not open_ends[cand.home] and not _holds(by_id[cand.home], run):
            # the home ends on a full sentence, but its text goes on in the host: its end is missing here (an open end
            # the run was not moved to is flagged by the truncation pass as it reads)
            home = by_id[cand.home]
            gone = Flag("truncated_end", correction=c.id, note=f"its text goes on in {host.id}, where a run of it was spliced")
            if not any(f.kind == "truncated_end" for f in home.flags):
                by_id[home.id] = replace(home, flags=home.flags + (gone,))
    for home_id, blocks in moved.items():
        home = by_id[home_id]
        by_id[home_id] = replace(home, blocks=home.blocks + tuple(blocks))
    out = tuple(replace(col, articles=tuple(by_id[a.id] for a in col.articles)) for col in cols)
    return out, corrections
