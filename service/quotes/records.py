"""Plain, frozen records that leave the extraction library (no spaCy objects)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

# Fields a quote carries that answers leave out unless asked for: the seed answer
# (seeds/*.expected.json) predates them and stays exactly as it was.
DETAILS = ("kind", "rule")


def detail_names(values: Iterable[str]) -> tuple[tuple[str, ...], list[str]]:
    """Comma-separated field names ('kind,rule'), as (every name given, the unknown ones
    sorted); empty names are skipped. A name is exact, as openapi.yaml's enum has it: ' kind'
    is unknown (so is '\f', which would be blank to str.strip)."""
    names = tuple(name for value in values for name in value.split(",") if name)
    return names, sorted(set(names) - set(DETAILS))


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of the article: its text and Python string offsets."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who said a quote, as the article names and describes them."""

    name: str | None
    role: str | None
    affiliation: str | None
    mention: Span

    def to_dict(self) -> dict:
        return {"name": self.name, "role": self.role, "affiliation": self.affiliation,
                "mention": None if self.mention is None else self.mention.to_dict()}


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
        # (written out: dataclasses.asdict copies every field recursively, and was slower
        # than this by more than a tenth of a millisecond an article)
        data = {"text": self.text, "start": self.start, "end": self.end,
                "speaker": None if self.speaker is None else self.speaker.to_dict(),
                "cue": None if self.cue is None else self.cue.to_dict()}
        for name in DETAILS:
            if name in include:
                data[name] = getattr(self, name)
        return data
