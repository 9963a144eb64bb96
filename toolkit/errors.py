"""Errors: the toolkit's own exceptions, turned into one clear message by the CLI."""


class ToolkitError(Exception):
    """A problem the user can act on (bad input, missing font …); the message says what to do."""


class InputError(ToolkitError):
    """A file the toolkit reads is missing, unreadable or not what it should be (the message names it)."""


class OutputError(ToolkitError):
    """An output cannot be written where it was asked for; the previous file, if any, is kept."""
