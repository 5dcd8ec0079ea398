"""The one exception type the spec tools raise: it prints as a single clear line."""

from __future__ import annotations


class SpecError(Exception):
    """A problem with an input spec, located as precisely as we can."""

    def __init__(self, file: str, what: str, where: str = "") -> None:
        self.file = file
        self.what = what
        self.where = where
        super().__init__(self.line())

    def line(self) -> str:
        location = f"{self.file}:{self.where}" if self.where else self.file
        return f"{location}: {self.what}"
