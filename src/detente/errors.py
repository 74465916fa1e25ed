"""The one exception hierarchy of detente.

    DetenteError
    ├── InputError            a file, line or value the user gave cannot be used
    │   ├── UnreadableInput   missing, a directory, binary, empty, undecodable
    │   └── MalformedLine     one line of a JSONL corpus is not a usable document
    ├── OptionError           a command-line option has a bad value
    └── ResourceError         packaged data or the language model cannot be loaded

Every error carries a message that says what went wrong, where, and what to do.
The CLI prints ``str(error)`` on one line and exits with code 2.
"""

from __future__ import annotations


class DetenteError(Exception):
    """Base class of every error detente raises on purpose."""


class InputError(DetenteError):
    """An input the user gave cannot be used."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.message = message  # without the place
        where = ""
        if path is not None:
            where = f"{path}:{line}: " if line is not None else f"{path}: "
        super().__init__(where + message)


class UnreadableInput(InputError):
    """The file is missing, a directory, binary, empty or not text."""


class MalformedLine(InputError):
    """One line of a JSONL corpus is not a usable document."""


class OptionError(DetenteError):
    """A command-line option has a value detente cannot use."""

    def __init__(self, option: str, message: str) -> None:
        self.option = option
        super().__init__(f"{option}: {message}")


class ResourceError(DetenteError):
    """Packaged data or the language model cannot be loaded."""
