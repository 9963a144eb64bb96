"""Entry point for `python -m toolkit`."""

from toolkit.cli import app

app(prog_name="toolkit")
