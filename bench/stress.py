"""Stress pages: damage clean articles the way extraction does, at random, and write page + truth pairs
in the scorer's format, to measure the cleaning on pages it was never tuned on.

usage: python bench/stress.py OUT_DIR [--pages N] [--seed S]
then:  python ../shared/eval/run_set.py OUT_DIR
Articles come from the labelled truths in ../shared/eval (their clean text); every defect is placed
at random: column breaks (mid-word too), repeats segmented differently, splices with and without their
home on the page, lost starts and ends, OCR stutters.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
END = "。！？"
FUNCTION = "的了在是和为与对于把被从也都就"


def pool() -> list[dict]:
    seen, out = set(), []
    for path in [EVAL / "seed" / "truth.json", *sorted((EVAL / "pages" / "public").glob("*.truth.json"))]:
        for a in json.loads(path.read_text(encoding="utf-8"))["articles"]:
            paragraphs = [b for b in a["blocks"] if b["type"] == "paragraph"]
            if a["title"] in seen or a.get("truncated_start") or a.get("truncated_end") or len(paragraphs) < 3:
                continue
            seen.add(a["title"])
            out.append(a)
    return out


def sentences(text: str) -> list[str]:
    return [s for s in re.findall(rf"[^{END}]*[{END}]+[”’」）]*|[^{END}]+$", text) if s]


def comma_cuts(text: str) -> list[int]:
    return [m.end() for m in re.finditer("，", text) if 8 < m.end() < len(text) - 8]


def page(rng: random.Random, articles: list[dict], others: list[dict]) -> tuple[list[str], dict]:
    truth = {"articles": [], "duplicates": [], "splices": [], "stutters": [], "keep_repeats": [], "breaks": []}
    chosen = [dict(a, blocks=[dict(b) for b in a["blocks"]]) for a in articles]
    for a in chosen:
        a["truncated_start"] = a["truncated_end"] = False
    # a splice: the tail of a home article (on the page, its own end then lost; or from another page)
    if rng.random() < 0.6 and len(chosen) >= 2:
        host = chosen[rng.randrange(len(chosen))]
        on_page = rng.random() < 0.5
        home = rng.choice([a for a in chosen if a is not host]) if on_page else dict(rng.choice(others))
        host_last = next(b for b in reversed(host["blocks"]) if b["type"] == "paragraph")
        cuts = comma_cuts(host_last["text"])
        home_paras = [b for b in home["blocks"] if b["type"] == "paragraph"]
        src = home_paras[rng.choice([-2, -1])]
        src_cuts = comma_cuts(src["text"]) + [m.end() for m in re.finditer("。", src["text"]) if m.end() < len(src["text"]) - 20]
        if cuts and src_cuts:
            cut = rng.choice(cuts)
            start = rng.choice(src_cuts)
            after = home["blocks"][home["blocks"].index(src) + 1 :]
            fragment = "\n\n".join([src["text"][start:]] + [b["text"] for b in after if b["type"] == "paragraph"])
            host_last["text"] = host_last["text"][:cut]
            host["blocks"] = host["blocks"][: host["blocks"].index(host_last) + 1]
            host["splice_tail"] = fragment
            host["truncated_end"] = True
            if on_page:
                src["text"] = src["text"][:start]
                home["blocks"] = home["blocks"][: home["blocks"].index(src) + 1]
                home["truncated_end"] = True
            truth["splices"].append({"text": fragment, "host": host["title"], "home": home["title"] if on_page else None})
    lines: list[str] = []
    for a in chosen:
        lines += [x for x in (a.get("kicker"), a["title"], a.get("subtitle")) if x]
        if a.get("byline"):
            lines.append("□" + " ".join(a["byline"]))
        blocks = a["blocks"]
        if rng.random() < 0.2:  # the start is lost: the first paragraph begins mid-sentence
            first = next(b for b in blocks if b["type"] == "paragraph")
            cuts = comma_cuts(first["text"])
            if cuts and blocks.index(first) == 0:
                first["text"] = first["text"][rng.choice(cuts):]
                a["truncated_start"] = True
        if not a["truncated_end"] and rng.random() < 0.2:  # the end is lost
            last = blocks[-1]
            cuts = comma_cuts(last["text"]) if last["type"] == "paragraph" else []
            if cuts:
                last["text"] = last["text"][: rng.choice(cuts)]
                a["truncated_end"] = True
        paragraphs = [b for b in blocks if b["type"] == "paragraph"]
        dup = rng.choice(paragraphs) if rng.random() < 0.4 else None
        for b in blocks:
            text = clean = b["text"]
            if b["type"] == "heading":
                lines.append(text)
                continue
            extra = len(text)  # where a stutter's extra character sits, if any
            if rng.random() < 0.25:  # an OCR stutter
                spots = [i for i, ch in enumerate(text) if ch in FUNCTION and 3 < i < len(text) - 3 and text[i - 1] != ch and text[i + 1] != ch]
                if spots:
                    i = rng.choice(spots)
                    raw = text[: i + 1] + text[i] + text[i + 1 :]
                    truth["stutters"].append({"raw": raw[max(0, i - 4) : i + 6], "fixed": text[max(0, i - 4) : i + 5]})
                    text, extra = raw, i + 1
            out = [text]
            if rng.random() < 0.35 and len(text) > 30:  # a column break, anywhere but after a sentence end
                cut = rng.randrange(10, len(text) - 10)
                if text[cut - 1] not in END + "”":
                    out = [text[:cut], text[cut:]]
                    at = cut - (cut > extra)  # the break in the clean text, which the scorer looks for
                    truth["breaks"].append(f"{clean[at - 6:at]}\n\n{clean[at:at + 6]}")
            if b is dup and len(sentences(b["text"])) >= 2:
                ss = sentences(b["text"])
                k = rng.randrange(1, len(ss))
                run = "".join(ss[k - 1 : k + 1]) if rng.random() < 0.5 else ss[k - 1]
                if len(run) >= 12 and sum(run in bb["text"] for bb in paragraphs) == 1:
                    style = rng.choice(["paragraph", "inline", "resegmented"])
                    copy = run
                    if rng.random() < 0.3:  # the second copy differs by one character or mark
                        i = rng.randrange(2, len(run) - 2)
                        copy = run[:i] + ("，" if run[i] in "。，、" else run[i + 1]) + run[i + 1 :]
                    if style == "paragraph":
                        out.append(copy)
                    elif style == "inline":
                        out[-1] = out[-1] + copy
                    else:
                        out += sentences(copy)
                    truth["duplicates"].append(run)
            lines += out
        if a.get("splice_tail"):
            tail = a.pop("splice_tail").split("\n\n")
            lines[-1] += tail[0]
            lines += tail[1:]
        truth["articles"].append({k: a.get(k) for k in ("kicker", "title", "subtitle", "byline", "blocks", "truncated_start", "truncated_end")})
    body = "".join(b["text"] for a in chosen for b in a["blocks"])
    truth["keep_repeats"] = sorted({m.group(0) for m in re.finditer(r"([\u4e00-\u9fff])\1", body)})
    return lines, truth


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out", type=Path)
    ap.add_argument("--pages", type=int, default=30)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    articles = pool()
    args.out.mkdir(parents=True, exist_ok=True)
    for n in range(args.pages):
        chosen = rng.sample(articles, rng.randint(3, 5))
        others = [a for a in articles if a not in chosen]
        lines, truth = page(rng, chosen, others)
        name = f"stress{n:03d}"
        (args.out / f"{name}.txt").write_text("\n\n".join(lines) + "\n", encoding="utf-8")
        truth["source"] = f"{name}.txt"
        (args.out / f"{name}.truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"wrote {args.pages} pages to {args.out}")


if __name__ == "__main__":
    main()
