"""The extraction library: direct quotations and who said them.

Takes text (with a spaCy pipeline) or a parsed Doc and returns plain records;
no spaCy object leaves it, and it knows nothing of the web service.

    >>> extractor = QuoteExtractor(nlp)
    >>> [q.speaker.name for q in extractor('"We will win," Annalena Baerbock said.')]
    ['Annalena Baerbock']
"""

from __future__ import annotations

from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from . import lexicon
from .attribution import attribute
from .marks import Candidate, split_quotes
from .records import DETAILS, Quote, Span, Speaker, detail_names
from .wrapping import unwrap

__all__ = ["DETAILS", "MIN_WORDS", "Quote", "QuoteExtractor", "Span", "Speaker", "detail_names", "extract", "unwrap"]

# Quoted stretches shorter than this are scare quotes or titles, not speech.
MIN_WORDS = 3


def extract(doc: Doc, min_words: int = MIN_WORDS, text: str | None = None) -> list[Quote]:
    """Every direct quotation in a parsed article, attributed. Pass the article's `text`
    when you have it: spaCy rebuilds doc.text, token by token, on every access. Parse
    `unwrap(text)`, of the same length, for text hard-wrapped at a width."""
    text = doc.text if text is None else text
    flowing = unwrap(text)
    stretches, titles, candidates = _quoted(flowing, min_words)
    if not candidates:
        return []
    quotes = attribute(doc, candidates, lexicon.load(), flowing, stretches, titles)
    return quotes if flowing is text else _as_written(quotes, text)


def _quoted(text: str, min_words: int) -> tuple[list[Candidate], list[Candidate], list[Candidate]]:
    """Every quoted stretch (attribution reads the short ones too), the quoted titles, and
    the stretches long enough to be quotes."""
    stretches, titles = split_quotes(text)
    return stretches, titles, [c for c in stretches if c.words(text) >= min_words]


class QuoteExtractor:
    """Text in, quotes out, with one spaCy pipeline; each call's parse is freed after it."""

    def __init__(self, nlp: Language, min_words: int = MIN_WORDS) -> None:
        self.nlp = nlp
        self.min_words = min_words

    def __call__(self, text: str) -> list[Quote]:
        """Quotes of one article. Text without a quotation is not parsed at all; text
        hard-wrapped at a width is read with its paragraphs' lines joined."""
        flowing = unwrap(text)
        stretches, titles, candidates = _quoted(flowing, self.min_words)
        if not candidates:
            return []
        with self.nlp.memory_zone():
            quotes = attribute(self.nlp(flowing), candidates, lexicon.load(), flowing, stretches, titles)
        return quotes if flowing is text else _as_written(quotes, text)


def _as_written(quotes: list[Quote], text: str) -> list[Quote]:
    """The quotes with their texts as the article has them, line breaks and all, where
    they were read from its lines joined (same offsets, see wrapping.unwrap)."""
    def written(span: Span | None) -> Span | None:
        return span if span is None else replace(span, text=text[span.start:span.end])

    return [replace(q, text=text[q.start:q.end], cue=written(q.cue),
                    speaker=q.speaker and replace(q.speaker, mention=written(q.speaker.mention)))
            for q in quotes]
