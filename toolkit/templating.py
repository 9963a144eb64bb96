"""Templating: the one Jinja2 environment that renders the report and both editions, and their stylesheets."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING

from toolkit.ingest import printable

if TYPE_CHECKING:
    from jinja2 import Environment

# The stylesheets live in the repository's styles/; toolkit/styles is a symlink to it, so they also
# ship as package data (found wherever toolkit is installed). A styles/ folder in the current
# directory overrides them file by file, so an editor can restyle an edition without touching the
# installed package.
PACKAGE_STYLES = Path(__file__).resolve().parent / "styles"
LOCAL_STYLES = Path("styles")


def strip_control(text: str) -> str:
    """Text without the characters XML/XHTML cannot hold (the one test: ingest.printable)."""
    return printable(text)[0]


@functools.cache
def environment() -> Environment:
    # imported here: a re-run that finds nothing to do writes no page and need not load Jinja2
    from jinja2 import Environment, PackageLoader, select_autoescape

    env = Environment(
        loader=PackageLoader("toolkit", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["clean_text"] = strip_control
    return env


def stylesheet(name: str) -> Path:
    """`styles/<name>` in the current directory if there is one, else the packaged stylesheet."""
    local = LOCAL_STYLES / name
    return local if local.is_file() else PACKAGE_STYLES / name
