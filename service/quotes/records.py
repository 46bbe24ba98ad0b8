"""Plain, frozen records that leave the extraction library (no spaCy objects)."""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the article: its text and Python string offsets."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who said a quote, as the article names and describes them."""

    name: str | None
    role: str | None
    affiliation: str | None
    mention: Span


@dataclass(frozen=True, slots=True)
class Quote:
    """One direct quotation: the words between the marks, its speaker and cue."""

    text: str
    start: int
    end: int
    speaker: Speaker | None
    cue: Span | None

    def to_dict(self) -> dict:
        """The quote as JSON-ready data; absent speaker or cue stay as None."""
        return asdict(self)
