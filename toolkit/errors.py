"""Errors: the toolkit's own exceptions, turned into one clear message by the CLI."""


class ToolkitError(Exception):
    """A problem the user can act on (bad input, missing font …); the message says what to do."""
