"""Plain, frozen records that leave the extraction library (no spaCy objects)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass

# Fields a quote carries that answers leave out unless asked for: the seed answer
# (seeds/*.expected.json) predates them and stays exactly as it was.
DETAILS = ("kind", "rule")


def detail_names(values: Iterable[str]) -> tuple[tuple[str, ...], list[str]]:
    """Comma-separated field names ('kind,rule'), as (every name given, the unknown ones
    sorted); blanks are skipped."""
    names = tuple(name.strip() for value in values for name in value.split(",") if name.strip())
    return names, sorted(set(names) - set(DETAILS))


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
    """One direct quotation: the words between the marks, its speaker and cue.

    `kind` is "full" for a quote that stands as speech on its own and "partial" for one
    embedded in the writer's sentence ('called it "a disaster"'); `rule` names the
    attribution pass that found the speaker ("syntax", "continuation", ...), None when
    none did.
    """

    text: str
    start: int
    end: int
    speaker: Speaker | None
    cue: Span | None
    kind: str = "full"
    rule: str | None = None

    def to_dict(self, include: Iterable[str] = ()) -> dict:
        """The quote as JSON-ready data, with those of DETAILS named in `include`."""
        data = asdict(self)
        for name in DETAILS:
            if name not in include:
                del data[name]
        return data
