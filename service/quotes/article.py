"""A parsed article with its quotes: which token lies in which quote, which words are
cues, and the spans the records give."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cached_property

from spacy.attrs import HEAD, IDX
from spacy.tokens import Doc, Token

from .lexicon import Lexicon
from .marks import Candidate, split_quotes
from .people import People
from .records import Span

# The second word of a phrasal cue: 'went on', 'shot back', 'as X put it'.
_PHRASE_DEPS = frozenset({"prt", "advmod", "prep", "dobj"})
# Reporting verbs that report nothing with an infinitive after them: '"...," he continued',
# 'continued his remarks', not 'would continue to monitor the discharge'.
_REPORTING_ALONE = frozenset({"continue"})
# A sentence this short right after a quote is its tag, parsed apart: 'she said.'
TAG_SENTENCE_TOKENS = 6
# The most words of a subject between a close mark and its tag verb: '" the Saudi government state'.
TAG_WORDS = 7
# Marks that close a quote, the single one too.
CLOSING = frozenset('"”»’')
# Marks that open one.
OPENING = frozenset('"“«‘')


# The paragraph after a headline, ended as a headline is, with no stop (a byline aside).
_STANDFIRST = re.compile(r"\n+[ \t]*((?!By )[^\n]{20,300}?[^.!?:\s\"”’'\n][\"”’']?)[ \t]*(?:\n|$)")
# A live blog entry's heading: a time, a dash, then a line of words ('13:45 - "...," says skipper').
_ENTRY_HEADING = re.compile(r"(?m)^\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?\s*[-–—]\s+\S[^\n]{0,200}$")


class Article:
    """A parsed article with its quotes: which token lies in which quote, who it names."""

    def __init__(self, doc: Doc, candidates: list[Candidate], lexicon: Lexicon, text: str | None = None,
                 stretches: list[Candidate] | None = None, titles: list[Candidate] | None = None) -> None:
        self.doc = doc
        self.text = doc.text if text is None else text
        self.lexicon = lexicon
        self.candidates = candidates
        self._starts = doc.to_array(IDX).tolist()  # character offsets, without making each Token
        # each token's head, by index: the climbs up the parse read it without making a Token a step
        self.heads = [i + offset for i, offset in enumerate(doc.to_array(HEAD).astype("int64").tolist())]
        self.quote_of = [-1] * len(doc)
        self.resolving: set[int] = set()  # the heads speakers.speaker_of is resolving now
        self._cues: dict[int, bool] = {}  # token index -> whether it is a cue (see is_cue)
        for index, c in enumerate(candidates):
            last = c.close_mark if c.close_mark is not None else c.end - 1
            for i in range(self._token_index(c.open_mark), self._token_index(last) + 1):
                self.quote_of[i] = index
        if stretches is None or titles is None:
            stretches, titles = split_quotes(self.text)
        # Between any pair of marks, also those too short to be quotes ('"Nonsense," wrote a
        # voter'); quoted titles are left to speakers._titled, and to People as no one's name.
        self.stretches = stretches
        self._marked = self._within(stretches)
        self.titled = titled = self._within(titles)
        # Not self.in_quote: People holding the Article would make a cycle that keeps every
        # request's Doc alive until the garbage collector runs.
        quote_of = self.quote_of
        self.people = People(doc, lexicon, self.text, quoted=lambda i: quote_of[i] >= 0,
                             titled=titled.__getitem__)
        self.people.link_pronouns()
        # (noun lemma, tag) -> {token index: the body the mentions before it name}; see speakers._named_before
        self.bodies_named_by: dict[tuple[str, str], dict[int, tuple[str | None, str | None]]] = {}

    def _within(self, stretches: list[Candidate]) -> list[bool]:
        """For each token, whether it lies between the marks of one of `stretches` (closed ones)."""
        inside = [False] * len(self.doc)
        for c in stretches:
            if c.close_mark is not None:
                for i in range(self._token_index(c.start), self._token_index(c.end - 1) + 1):
                    inside[i] = True
        return inside

    def paragraph_tokens(self, char: int) -> tuple[int, int]:
        """Token range of the paragraph (line) holding character `char`."""
        start = line_start(self.text, char)
        end = line_end(self.text, char)
        return self.token_at(start).i, self.token_at(max(start, end - 1)).i + 1

    def sentence(self, i: int):
        """The sentence holding token `i` (looked up, not scanned for)."""
        start, end = self.people.sentence_bounds[i]
        return self.doc[start:end]

    def token_at(self, char: int) -> Token:
        """The token covering character offset `char` (or the one before it)."""
        return self.people.tokens[self._token_index(char)]

    def _token_index(self, char: int) -> int:
        return max(0, bisect_right(self._starts, char) - 1)

    @cached_property
    def headline_end(self) -> int:
        """Where the headline ends: the text's first line, with more after it; -1 when the
        text is one line."""
        text = self.text
        end = text.find("\n", len(text) - len(text.lstrip()))
        return -1 if end == -1 or not text[end:].strip() else end

    @cached_property
    def headings(self) -> list[tuple[int, int]]:
        """Where the headline, a standfirst after it, and each live blog entry's heading (a line
        opening with a time and a dash: '2.55pm - "Third cancellation this year"') start and
        end. A standfirst is the paragraph right after the headline when, as a headline, it
        ends with no stop: 'Chair of independent inquiry into 23 deaths says unsafe staffing
        had become "the normal state of affairs"'."""
        found = [(0, self.headline_end)] if self.headline_end != -1 else []
        standfirst = _STANDFIRST.match(self.text, self.headline_end + 1) if found else None
        if standfirst is not None:
            found.append(standfirst.span(1))
        found += [(m.start(), m.end()) for m in _ENTRY_HEADING.finditer(self.text) if m.start() > self.headline_end]
        return found

    def in_quote(self, i: int) -> bool:
        """Whether token `i` lies inside any quote (marks included)."""
        return self.quote_of[i] >= 0

    def marked(self, i: int) -> bool:
        """Whether token `i` lies between quotation marks, in a quote or in a shorter stretch."""
        return self._marked[i] or self.in_quote(i)

    def is_cue(self, token: Token) -> bool:
        """A reporting verb outside every quote, or 'according (to)' or 'in (the words of)';
        not one inside a hyphenated adjective ('the self-described Islamic State', 'the
        so-called deal')."""
        # (asked of the same words again and again, for every quote near them)
        known = self._cues.get(token.i)
        if known is None:
            known = self._cues[token.i] = self._is_cue(token)
        return known

    def _is_cue(self, token: Token) -> bool:
        if self.in_quote(token.i) or self.titled[token.i]:
            return False  # nor a verb of a quoted headline: '"Met accused of ...," by Post's X:'
        tokens = self.people.tokens
        if token.i > 0 and tokens[token.i - 1].text == "-" and not tokens[token.i - 1].whitespace_:
            return False
        if token.lower_ == "according":
            return token.i + 1 < len(tokens) and tokens[token.i + 1].lower_ == "to"
        if token.lower_ == "in":
            return in_the_words_of(token)
        if token.pos_ == "NOUN":
            return self._noun_in_tag(token)
        if token.pos_ != "VERB":
            return False
        if any(c.dep_ == "nsubj" and c.pos_ == "SCONJ" and c.i == token.i - 1 for c in token.children):
            return False  # a noun after a determiner the parse took for 'that' and its verb: 'echoed that call'
        lemma = token.lemma_.lower()
        if lemma in _REPORTING_ALONE and any(c.dep_ == "xcomp" and not self.in_quote(c.i) for c in token.children):
            return False
        if token.dep_ == "xcomp" and token.head.lower_ in ("able", "unable") \
                and not any(c.dep_ in ("dobj", "ccomp") for c in token.children):
            return False  # what someone can or cannot do, no report: 'leaves EVs unable to charge'
        if lemma == "read" and any(c.dep_ == "prep" and c.lower_ == "as" for c in token.children):
            return False  # words taken to mean something, no report: 'a phrase diplomats read as a reminder'
        if lemma == "swear" and any(c.dep_ in ("prt", "advmod") and c.lower_ == "in" for c in token.children):
            return False  # an oath given, no report: 'the late Judge Ida Mae Combs, who swore him in'
        # a particle, not a preposition with its object: 'went on' speaks, 'goes on recess' does not
        return lemma in self.lexicon.reporting_verbs or any(
            (lemma, c.lower_) in self.lexicon.reporting_phrases for c in token.children
            if c.dep_ in _PHRASE_DEPS and not any(g.dep_ == "pobj" for g in c.children))

    def _noun_in_tag(self, token: Token) -> bool:
        """A reporting verb the tagger took for a noun, ending a short tag right after a
        quote: '"...," the two write.', '"...," the email read.', '"...," a narrator in the video states.';
        or ending one before a colon and the quote. ('said' is no noun's lemma: '"...," the
        63-year-old said, smiling', the age taken for its modifier.)"""
        if token.lemma_.lower() not in self.lexicon.reporting_verbs and token.lower_ != "said":
            return False
        if token.i + 2 < len(self.doc) and self.doc[token.i + 1].text == ":" and self.doc[token.i + 2].text in OPENING:
            # or a tag before a colon and the quote: 'The statement from Google read: "..."', not
            # a noun of its own ('responded with a smile: "..."', 'Obama's message: "..."')
            return not any(c.dep_ in ("det", "poss", "amod", "nummod") for c in token.children)
        i = token.i - 1
        while i >= 0 and token.i - i <= TAG_WORDS and not self.in_quote(i) \
                and self.doc[i].pos_ in ("DET", "NUM", "ADJ", "NOUN", "PROPN", "ADP", "PUNCT"):
            i -= 1
        if i == token.i - 1 or i < 0 or not self.in_quote(i) or self.doc[i].text not in CLOSING \
                or self.doc[i + 1].pos_ in ("ADP", "PUNCT"):
            return False  # the tag opens with its subject: not '" in a Facebook post.'
        after = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
        return after is None or after.is_punct or after.pos_ == "ADP"


def line_start(text: str, index: int) -> int:
    """Where the line (paragraph) holding character `index` starts."""
    return text.rfind("\n", 0, index) + 1


def line_end(text: str, index: int) -> int:
    """Where the line (paragraph) holding character `index` ends."""
    end = text.find("\n", index)
    return len(text) if end < 0 else end


def mark_end(c: Candidate) -> int:
    """The quote's close mark, or its last character when it runs on unclosed."""
    return c.close_mark if c.close_mark is not None else c.end - 1


def span_of(span) -> Span:
    """The record of a spaCy span: its text and character offsets."""
    return Span(span.text, span.start_char, span.end_char)


def relaying(token: Token) -> bool:
    """The first word of a phrase by which the writer relays whose words they are, whose
    object is the source: 'according (to X)', 'in (the words of X)'."""
    return token.lower_ == "according" or in_the_words_of(token)


def in_the_words_of(token: Token) -> bool:
    """'in' of 'in the words of' followed by its object: 'to "frighten members", in the words of
    its head of bargaining, Steven Achterberg'."""
    doc = token.doc
    return token.lower_ == "in" and token.i + 4 < len(doc) and doc[token.i + 1].lower_ == "the" \
        and doc[token.i + 2].lower_ == "words" and doc[token.i + 3].lower_ == "of"


def cue_span(article: Article, cue: Token) -> Span:
    """The cue's words: 'said', 'according to', 'in the words of', or a phrasal cue with its
    second word ('shot back')."""
    tokens = [cue]
    if cue.lower_ == "according":
        tokens.append(article.doc[cue.i + 1])
    elif cue.lower_ == "in":
        tokens.append(article.doc[cue.i + 3])
    else:
        tokens += [c for c in cue.rights if c.i == cue.i + 1 and (c.dep_ == "prt" or (
            c.dep_ in _PHRASE_DEPS and (cue.lemma_.lower(), c.lower_) in article.lexicon.reporting_phrases))]
    span = article.doc[tokens[0].i:tokens[-1].i + 1]
    return span_of(span)
