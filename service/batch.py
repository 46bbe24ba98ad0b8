"""Quotes of many texts at once, shared by POST /v1/quotes/batch and `quotes-extract`.

The texts are parsed with nlp.pipe a group at a time, each group inside its own
nlp.memory_zone(), and only plain dicts leave it, so a long-lived process does not grow.
A group holds at most `batch_size` texts and at most `max_chars` characters (a longer text
alone): the parse of a group is held in memory all at once, and ten texts of 95,000
characters parsed together take 2.9 GB where one takes 0.5 GB. A text
that breaks the pipeline costs only its own answer: the texts not yet answered are redone
one by one.
"""

from __future__ import annotations

from typing import Iterator

from spacy.language import Language

from .quotes import MIN_WORDS, extract, unwrap

# Texts per nlp.pipe batch: the fastest size on the dev articles (BENCHMARKS.md).
BATCH_SIZE = 16
# Characters per group parsed together. 16 dev articles (78,000 characters) parsed together
# peak at 472 MiB, in groups of 20,000 characters at 220 MiB (one at a time: 215 MiB),
# and batching gains no speed with this model (BENCHMARKS.md); a longer text is parsed alone.
GROUP_CHARS = 20_000


def pipe_quotes(nlp: Language, texts: list[str], batch_size: int = BATCH_SIZE,
                include: tuple[str, ...] = (), min_words: int = MIN_WORDS,
                max_chars: int | None = GROUP_CHARS) -> Iterator[list[dict] | Exception]:
    """Each text's quotes, in order, as dicts with the optional fields (DETAILS) named in
    `include`; a text the pipeline fails on gives its exception instead.

    Answers come as each group is done, so a caller stopped half-way (the time budget)
    keeps those it has. Close the generator when you stop early (contextlib.closing) so
    that its memory zone ends at once.
    """
    done = 0
    try:
        for group in _groups(texts, batch_size, max_chars):
            with nlp.memory_zone():
                for text, doc in zip(group, nlp.pipe(map(unwrap, group), batch_size=len(group))):
                    yield [q.to_dict(include) for q in extract(doc, min_words, text)]
                    done += 1
    except Exception:  # one text broke the batch: redo the rest one by one to find it
        for text in texts[done:]:
            yield _one(nlp, text, include, min_words)


def _groups(texts: list[str], size: int, max_chars: int | None) -> Iterator[list[str]]:
    """The texts in order, in groups of at most `size` texts and `max_chars` characters
    (no character bound when None; a longer text is a group of its own)."""
    group: list[str] = []
    chars = 0
    for text in texts:
        if group and (len(group) == size or (max_chars and chars + len(text) > max_chars)):
            yield group
            group, chars = [], 0
        group.append(text)
        chars += len(text)
    if group:
        yield group


def _one(nlp: Language, text: str, include: tuple[str, ...],
         min_words: int) -> list[dict] | Exception:
    """One text's quotes in a memory zone of its own, or the exception it raised."""
    try:
        with nlp.memory_zone():
            return [q.to_dict(include) for q in extract(nlp(unwrap(text)), min_words, text)]
    except Exception as exc:  # returned, not raised: the caller decides what to tell
        return exc
