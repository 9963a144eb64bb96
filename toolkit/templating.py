"""Templating: the one Jinja2 environment that renders the report and both editions."""

from __future__ import annotations

import functools
import re

from jinja2 import Environment, PackageLoader, select_autoescape

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def strip_control(text: str) -> str:
    """Control characters are invalid in XML/XHTML; input text may still carry them."""
    return _CONTROL.sub("", text)


@functools.cache
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("toolkit", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["clean_text"] = strip_control
    return env
