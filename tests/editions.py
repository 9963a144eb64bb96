"""Test fixtures shared by the edition tests: a hand-made collection with every editorial case."""

from __future__ import annotations

import functools
import tempfile
from pathlib import Path

from toolkit.model import Article, Block, Collection, Flag, Source, dumps

def tricky_collection() -> Collection:
    """A relocated fragment, an unplaced one, truncations, and text that tries to inject markup."""
    return Collection(
        source=Source(path="tricky.txt", sha256="0" * 64, encoding="utf-8", lines=()),
        articles=(
            Article(
                id="t-01", title="第一篇<script>alert(1)</script>", kicker="引题&amp;", subtitle="副题",
                byline=("张三", "李四"),
                blocks=(
                    Block("paragraph", "正文第一段，含有 <b>粗体</b> 与 A&B 以及控制字符\x07和\x1b。"),
                    Block("fragment", "这是一段无处可归的误排文字。", flags=(Flag("splice", host="t-01", home=None),)),
                    Block("heading", "小标题"),
                    Block("paragraph", "正文第二段，Hello world 2024年。"),
                ),
                flags=(Flag("truncated_end"),),
            ),
            Article(
                id="t-02", title="第二篇",
                blocks=(
                    Block("paragraph", "第二篇的正文。"),
                    Block("fragment", "这段文字原属第二篇。",
                          flags=(Flag("splice", host="t-01", home="t-02"), Flag("relocated"))),
                ),
                flags=(Flag("truncated_start"),),
            ),
        ),
    )


def write_tricky(folder: Path) -> Path:
    path = folder / "tricky.json"
    path.write_text(dumps(tricky_collection()), encoding="utf-8")
    return path


@functools.cache
def cleaned_seed() -> Path:
    """The seed page cleaned once per test session, as the README's first command does it."""
    from typer.testing import CliRunner

    from toolkit.cli import app

    out = Path(tempfile.mkdtemp(prefix="toolkit-seed-")) / "clean"
    result = CliRunner().invoke(app, ["clean", "seeds", "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out
