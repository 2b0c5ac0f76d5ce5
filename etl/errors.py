"""Errors that stop a run: a broken contract, reported with what to fix."""


class UnusableInput(Exception):
    """An input or reference file cannot be used at all; the message names file, row and column."""
