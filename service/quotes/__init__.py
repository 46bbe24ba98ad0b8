"""The extraction library: direct quotations and who said them.

Takes text (with a spaCy pipeline) or a parsed Doc and returns plain records;
no spaCy object leaves it, and it knows nothing of the web service.

    >>> extractor = QuoteExtractor(nlp)
    >>> [q.speaker.name for q in extractor('"We will win," Annalena Baerbock said.')]
    ['Annalena Baerbock']
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from . import lexicon
from .attribution import attribute
from .marks import Candidate, split_quotes
from .records import DETAILS, Quote, Span, Speaker, detail_names

__all__ = ["DETAILS", "MIN_WORDS", "Quote", "QuoteExtractor", "Span", "Speaker", "detail_names", "extract"]

# Quoted stretches shorter than this are scare quotes or titles, not speech.
MIN_WORDS = 3


def extract(doc: Doc, min_words: int = MIN_WORDS, text: str | None = None) -> list[Quote]:
    """Every direct quotation in a parsed article, attributed. Pass the article's `text`
    when you have it: spaCy rebuilds doc.text, token by token, on every access."""
    text = doc.text if text is None else text
    stretches, titles, candidates = _quoted(text, min_words)
    if not candidates:
        return []
    return attribute(doc, candidates, lexicon.load(), text, stretches, titles)


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
        """Quotes of one article. Text without a quotation is not parsed at all."""
        stretches, titles, candidates = _quoted(text, self.min_words)
        if not candidates:
            return []
        with self.nlp.memory_zone():
            return attribute(self.nlp(text), candidates, lexicon.load(), text, stretches, titles)
