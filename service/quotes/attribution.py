"""Attribution passes: who said each quote, and with which cue.

The passes run in order, each only on the quotes still without a speaker:

1. `syntax`: a reporting verb around the quote, preferably one the parse links
   to the quote's words; its subject is the speaker.
2. `dash`: '"Q." ― Name'.
3. `colon`: the quote follows a colon ("X said: ..." or "X: ..."), or opens with a
   transcript's label ('"WALLACE: ...').
4. `governor`: a partial quote takes the verb that governs it and its subject.
5. `nearby`: a reporting verb in the sentence right before the quote.
6. `continuation`: a quote right after an attributed one, with no other person
   named in between, keeps that speaker.

The speaker's head token then becomes a `Speaker`: a named person resolved
through `People`, a pronoun resolved to the nearest fitting person, an
organisation, or an unnamed role ("a spokesman for the Pentagon").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from itertools import takewhile

from spacy.attrs import IDX
from spacy.tokens import Doc, Token

from .lexicon import Lexicon
from .marks import Candidate, find_quotes
from .people import NAME_WORD, SUBJECT_DEPS, People, affiliation_text, describe_noun, entity_of, spaced_dash
from .records import Quote, Span, Speaker

# The second word of a phrasal cue: 'went on', 'shot back', 'as X put it'.
_PHRASE_DEPS = frozenset({"prt", "advmod", "prep", "dobj"})
# Links a participle or conjoined verb climbs to find the subject it shares.
_SHARED_SUBJECT_DEPS = frozenset({"xcomp", "advcl", "conj", "acl", "relcl", "ccomp", "dobj", "pobj", "prep", "pcomp"})
# Determiners that point at one known thing: 'the ministry', 'this union'.
_DEFINITE = frozenset({"the", "this", "that"})
# Words that open a clause of time: 'when protesters stormed the hall, shouting ...'.
_TIME_CONJUNCTIONS = frozenset({"when", "as", "while", "after", "before", "until", "once"})
_ORGANISATION_ENTS = frozenset({"ORG", "GPE", "NORP", "FAC"})
# Tags of a finite verb: a quoted stretch with one is a clause, not a label.
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}
_POSSESSIVE_GENDER = {"his": "m", "her": "f"}
_BODY_PRONOUNS = frozenset({"it", "they"})
# The clitic of 'Lopez's' and of 'she's said'.
_CLITIC_S = frozenset({"'s", "’s"})
# Who may stand behind a document: 'a Homeland Security memo', 'a letter from Clinton'.
_AUTHOR_ENTS = frozenset({"ORG", "GPE", "NORP", "PERSON"})
_RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
# Nouns that carry someone's words: "X's statement said" speaks for X.
_CARRIER_DEPS = frozenset({"poss"})
# Unattributed partial quotes this long are kept: on PolNeAR's train split, 19 of the 21
# that long are gold quotes, against 21 of 45 shorter ones.
_UNSAID_MIN_WORDS = 8
_TAG_SENTENCE_TOKENS = 6
# The most words of a subject between a close mark and its tag verb: '" the Saudi government state'.
_TAG_WORDS = 7
# 'WALLACE: "..."': a name alone before a colon is a speaker label.
_LABEL_TOKENS = 4
_COORDINATION = re.compile(r",?\s+(?:and|or)\s+")
# How a clause hangs on the verb of what someone reports ('said he's certain ...'), and on
# a verb it gives the reason or time for ('because he had accepted ...').
_CONTENT_DEPS = frozenset({"ccomp"})
# ... and the complements that finish such a clause: 'said Baker was right to urge'.
_RELAYING_DEPS = _CONTENT_DEPS | {"xcomp", "acomp"}
_HOLDING_DEPS = frozenset({"ccomp", "advcl"})
_CLOSING = frozenset('"”»’')
_TRANSCRIPT_LABEL = re.compile(r"([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2}):\s")
# How a quote hangs on the noun after it when it only labels it.
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "nummod"})
# How far up the parse a partial quote looks for the verb that governs it.
_GOVERNOR_STEPS = 4
# Tokens between a speech noun and the quote it introduces: 'comment that, "'.
_NOUN_BEFORE_STEPS = 3
# How far back (tokens) 'the statement' may refer to one named before.
_DOCUMENT_REACH = 400
# The most characters of a tag between the halves of a split quote.
_SPLIT_TAG_CHARS = 100
# The writer's sentence going on after the close mark: '"blame workers" to drive up'.
_RUNS_ON = re.compile(r"[^\S\n]+[a-z]")
# Reported speech after 'that': 'wrote by email that, "Of course ..."'.
_AFTER_THAT = re.compile(r"\bthat,?[^\S\n]*$", re.IGNORECASE)
_THAT_CHARS = 8
# A dash after the close mark, or opening the next paragraph, then the speaker's name.
_DASH_TAG = re.compile(r"(\s*)([―—–-]+)[^\S\n]*(\w)")
# A dash that ends a paragraph with a name signs its quotes: '... evil’.” ― Christina Lastra.'
_SIGNATURE_END = re.compile(r"(\s*)([―—–]+)[^\S\n]*(\w[^―—–\n]*?)\W*$")
# A dash line under a quote is a signature: the name and little else ('- Hillary Clinton.').
_SIGNATURE_WORDS = 6


@dataclass
class Found:
    """A quote's attribution while the passes work on it."""

    candidate: Candidate
    speaker: Speaker | None = None
    cue: Span | None = None
    rule: str | None = None


class Article:
    """A parsed article with its quotes: which token lies in which quote."""

    def __init__(self, doc: Doc, candidates: list[Candidate], lexicon: Lexicon, text: str | None = None,
                 stretches: list[Candidate] | None = None) -> None:
        self.doc = doc
        self.text = doc.text if text is None else text
        self.lexicon = lexicon
        self.candidates = candidates
        self._starts = doc.to_array(IDX).tolist()  # character offsets, without making each Token
        self.quote_of = [-1] * len(doc)
        for index, c in enumerate(candidates):
            last = c.close_mark if c.close_mark is not None else c.end - 1
            for i in range(self._token_index(c.open_mark), self._token_index(last) + 1):
                self.quote_of[i] = index
        # Between any pair of marks, also those too short to be quotes ('"Nonsense," wrote a
        # voter'); quoted titles are left to _titled.
        self._marked = [False] * len(doc)
        for c in find_quotes(self.text) if stretches is None else stretches:
            if c.close_mark is not None:
                for i in range(self._token_index(c.start), self._token_index(c.end - 1) + 1):
                    self._marked[i] = True
        # Not self.in_quote: People holding the Article would make a cycle that keeps every
        # request's Doc alive until the garbage collector runs.
        quote_of = self.quote_of
        self.people = People(doc, lexicon, self.text, quoted=lambda i: quote_of[i] >= 0)
        self.people.link_pronouns()
        # (noun lemma, tag) -> {token index: the body the mentions before it name}; see _named_before
        self.bodies_named_by: dict[tuple[str, str], dict[int, str | None]] = {}

    def paragraph_tokens(self, char: int) -> tuple[int, int]:
        """Token range of the paragraph (line) holding character `char`."""
        start = self.text.rfind("\n", 0, char) + 1
        end = _line_end(self.text, char)
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

    def in_quote(self, i: int) -> bool:
        """Whether token `i` lies inside any quote (marks included)."""
        return self.quote_of[i] >= 0

    def marked(self, i: int) -> bool:
        """Whether token `i` lies between quotation marks, in a quote or in a shorter stretch."""
        return self._marked[i] or self.in_quote(i)

    def is_cue(self, token: Token) -> bool:
        """A reporting verb outside every quote, or 'according (to)'; not one inside a
        hyphenated adjective ('the self-described Islamic State', 'the so-called deal')."""
        if self.in_quote(token.i):
            return False
        if token.i > 0 and self.doc[token.i - 1].text == "-" and not self.doc[token.i - 1].whitespace_:
            return False
        if token.lower_ == "according":
            return token.i + 1 < len(self.doc) and self.doc[token.i + 1].lower_ == "to"
        if token.pos_ == "NOUN":
            return self._noun_in_tag(token)
        if token.pos_ != "VERB":
            return False
        lemma = token.lemma_.lower()
        # a particle, not a preposition with its object: 'went on' speaks, 'goes on recess' does not
        return lemma in self.lexicon.reporting_verbs or any(
            (lemma, c.lower_) in self.lexicon.reporting_phrases for c in token.children
            if c.dep_ in _PHRASE_DEPS and not any(g.dep_ == "pobj" for g in c.children))

    def _noun_in_tag(self, token: Token) -> bool:
        """A reporting verb the tagger took for a noun, ending a short tag right after a
        quote: '"...," the two write.', '"...," the email read.', '"...," a narrator in the video states.'."""
        if token.lemma_.lower() not in self.lexicon.reporting_verbs:
            return False
        i = token.i - 1
        while i >= 0 and token.i - i <= _TAG_WORDS and not self.in_quote(i) \
                and self.doc[i].pos_ in ("DET", "NUM", "ADJ", "NOUN", "PROPN", "ADP", "PUNCT"):
            i -= 1
        if i == token.i - 1 or i < 0 or not self.in_quote(i) or self.doc[i].text not in _CLOSING \
                or self.doc[i + 1].pos_ in ("ADP", "PUNCT"):
            return False  # the tag opens with its subject: not '" in a Facebook post.'
        after = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
        return after is None or after.is_punct or after.pos_ == "ADP"


def attribute(doc: Doc, candidates: list[Candidate], lexicon: Lexicon, text: str | None = None,
              stretches: list[Candidate] | None = None) -> list[Quote]:
    """Quotes with their speakers and cues, in order of appearance (`text` is doc.text, when
    the caller has it already: spaCy rebuilds it on every access; `stretches` every quoted
    stretch, the short ones too, when the caller has paired the marks already)."""
    article = Article(doc, candidates, lexicon, text, stretches)
    found = [Found(c) for c in candidates]
    for index, item in enumerate(found):
        before = found[index - 1] if index else None
        if before is not None and before.speaker is not None \
                and _coordinated(article.text, before.candidate, item.candidate):
            # 'went on about "how the budget is rigged" and "forgotten harbor towns"': one speaker
            item.speaker, item.cue, item.rule = before.speaker, before.cue, before.rule
            continue
        for rule in (by_syntax, by_dash, by_colon, by_governor, by_previous_sentence):
            if item.speaker is None:
                rule(article, index, item)
    by_continuation(article, found)
    # A short partial quote nobody said is a scare quote or a name: 'a "targeted employment
    # area"'. A long one is still somebody's words, though the article does not say whose.
    kinds = [_kind(article.text, candidates, index) for index in range(len(candidates))]
    return [_record(article.text, item, kind) for item, kind in zip(found, kinds)
            if item.speaker is not None or kind == "full" or item.candidate.words(article.text) >= _UNSAID_MIN_WORDS]


def _coordinated(text: str, earlier: Candidate, later: Candidate) -> bool:
    """Two partial quotes joined by 'and' or 'or': 'a "caricature" and "un-conservative"'."""
    if earlier.close_mark is None or not is_partial(text, later):
        return False
    return _COORDINATION.fullmatch(text, earlier.close_mark + 1, later.open_mark) is not None


def by_syntax(article: Article, index: int, item: Found) -> None:
    """'"Q," X said.' / 'X said, "Q."' / 'X ..., stating "Q"' / 'according to X'."""
    c = article.candidates[index]
    for cue in _cues_around(article, index):
        subject = _subject(article, cue)
        if item.cue is None:
            item.cue, item.rule = _cue_span(article, cue), "syntax"
        if subject is None and _passive(cue):  # its passive subject is not who spoke
            if cue.lemma_.lower() in article.lexicon.addressing_verbs:
                return  # 'Lopez was asked, "..."': someone asked, the article does not say who
            continue
        subject = subject or _beside(article, cue, c)
        if subject is not None and subject.lower_ in ("that", "which") and cue.dep_ == "relcl" \
                and cue.head.pos_ == "NOUN" and not _can_speak(article, cue.head):
            continue  # 'schools that reminded him of "a forgotten place"': schools say nothing
        if subject is not None:
            item.speaker = _speaker(article, subject)
            item.cue = _cue_span(article, cue)
            return
    if item.speaker is None and is_partial(article.text, c):
        # 'Baker, Lopez said, had run the port for "a thousand years" and then lost "millions of
        # dollars a year."': a tag set into the sentence reports all of it
        opening = article.token_at(c.open_mark)
        for cue in article.sentence(opening.i):
            if cue.dep_ == "parataxis" and cue.head.head.i == cue.head.i and article.is_cue(cue):
                subject = _subject(article, cue)
                if subject is not None:
                    item.speaker, item.cue, item.rule = _speaker(article, subject), _cue_span(article, cue), "syntax"
                    return


def by_previous_sentence(article: Article, index: int, item: Found) -> None:
    """'The summit did "too little," he added. "Europe risks a lot."': the tag stands in the
    sentence before; for a quote that is a paragraph of its own, in the last sentence of the
    paragraph before it, when that sentence quotes nobody and comes after the paragraph's quotes
    and their tags ('Carter said the U.S. would stay.\n\n"That's because this region ..."')."""
    c = item.candidate
    partial = is_partial(article.text, c)
    opening = article.token_at(c.open_mark)
    paragraph_start = article.paragraph_tokens(c.open_mark)[0]
    if opening.i == 0:
        return
    if partial:
        # 'This makes it harder, he said. Good information still wins, but only when "the truth
        # is sexier than the lie"': a quoted clause (a scare-quoted phrase is nobody's) in the
        # writer's sentence after the tag, within its paragraph
        own = article.sentence(opening.i)
        words = article.doc[opening.i + 1:article.token_at(_mark_end(c)).i]
        if own.start <= paragraph_start or not any(t.tag_ in _FINITE_TAGS for t in words) \
                or any(article.in_quote(t.i) for t in article.sentence(own.start - 1)):
            return  # after a quoted sentence, continuation decides
        opening = article.doc[own.start]
    if opening.i - 1 < paragraph_start:
        if not _stands_alone(article, c):
            return
        last = article.text.rfind("\n", 0, c.open_mark)
        while last > 0 and article.text[last - 1].isspace():
            last -= 1
        if last <= 0:
            return
        paragraph_start = article.paragraph_tokens(last - 1)[0]
        if not _sentence_after_quotes(article, paragraph_start, opening.i):
            return  # the paragraph before ends with a quote and its tag: continuation decides
    sentence = article.sentence(opening.i - 1)
    window = [t for t in sentence if paragraph_start <= t.i < opening.i]
    verbs = {t.i for t in window if article.is_cue(t)}
    tokens = [t for t in window if t.i in verbs
              or (t.tag_ == "NN" and t.lemma_.lower() in article.lexicon.speech_nouns)]
    # The main clause's cue first ('Carter said that critics had been predicting ...'), then the last.
    for cue in sorted(reversed(tokens), key=_depth):
        if cue.i not in verbs:
            source = _source(article, cue)  # 'The union issued a statement on Friday, which ...'
            if source is not None:
                item.speaker, item.cue, item.rule = source, _cue_span(article, cue), "nearby"
                return
            continue
        subject = _subject(article, cue)
        if subject is None and _after_close_mark(article, cue):
            subject = _named_after(article, cue)  # '"Nonsense," wrote a voter who runs a blog. "..."'
        if subject is not None:
            item.speaker, item.cue, item.rule = _speaker(article, subject), _cue_span(article, cue), "nearby"
            return
    if not any(article.in_quote(t.i) for t in sentence if t.i < opening.i):
        # A quote after a sentence about a named person, with no reporting verb: 'Ruiz named
        # tuition hikes as a reason. "Our students are tired of paying more ..."'.
        roots = [t for t in sentence if paragraph_start <= t.i < opening.i and t.head.i == t.i]
        subjects = [c for root in roots for c in root.children if c.dep_ == "nsubj"]
        if subjects and (article.people.at(subjects[0]) is not None or _resolved_pronoun(article, subjects[0])):
            item.speaker, item.rule = _speaker(article, subjects[0]), "nearby"


def _sentence_after_quotes(article: Article, start: int, end: int) -> bool:
    """Whether tokens `start` to `end` (a paragraph) end with a sentence that follows its
    quotes and their tags: '"We will build it," Baker added. Then Lopez put a question to him.'"""
    last_quoted = next((i for i in range(end - 1, start - 1, -1) if article.in_quote(i)), None)
    if last_quoted is None:
        return True
    after = next((i for i in range(last_quoted + 1, end) if article.doc[i].is_alpha), None)
    return after is not None and article.sentence(end - 1).start >= article.sentence(after).end


def _resolved_pronoun(article: Article, token: Token) -> bool:
    """'he' or 'she' standing for a person the article named: 'She then turned to the crowd.'"""
    return token.lower_ in ("he", "she") and _speaker(article, token).name is not None


def _depth(token: Token) -> int:
    """How far below its sentence's root a token hangs: a main clause's verb first."""
    return sum(1 for _ in token.ancestors)


def _line_end(text: str, index: int) -> int:
    """Where the line (paragraph) holding character `index` ends."""
    end = text.find("\n", index)
    return len(text) if end < 0 else end


def _stands_alone(article: Article, c: Candidate) -> bool:
    """A quote that is its paragraph: nothing but punctuation after its close mark."""
    if c.close_mark is None:
        return False
    rest = article.text[c.close_mark + 1:_line_end(article.text, c.close_mark)]
    return not any(ch.isalnum() for ch in rest)


def is_partial(text: str, c: Candidate) -> bool:
    """A quote embedded in the writer's sentence: 'called it "a disaster"' rather than 'said: "..."'."""
    i = c.open_mark - 1
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    return (i >= 0 and text[i].isalnum()) or text[c.start].islower()


def _kind(text: str, candidates: list[Candidate], index: int) -> str:
    """"partial" for a quote embedded in the writer's sentence, else "full".

    Embedded: reported after 'that', or followed by more of the writer's sentence
    ('"blame workers" to drive up ...'). A whole quoted sentence after a verb
    ('stating "We will win."') is speech on its own, and so is the second half of a
    split quote ('"A," she said, "b."'), though it starts in lower case after a comma.
    """
    c = candidates[index]
    words = text[c.start:c.end]
    runs_on = c.close_mark is not None and words.rstrip()[-1:].isalnum() \
        and _RUNS_ON.match(text, c.close_mark + 1)
    if runs_on or _AFTER_THAT.search(text, max(0, c.open_mark - _THAT_CHARS), c.open_mark):
        return "partial"
    if not is_partial(text, c) or _is_sentence(words):
        return "full"
    before = candidates[index - 1] if index else None
    if before is not None and before.close_mark is not None:
        tag = text[before.close_mark + 1:c.open_mark]
        if text[before.start:before.end].rstrip().endswith(",") and tag.rstrip().endswith(",") \
                and "\n" not in tag and len(tag) <= _SPLIT_TAG_CHARS:
            return "full"
    return "partial"


def _is_sentence(words: str) -> bool:
    """Quoted words that make a sentence: a capital first, a full stop (or ! ?) last."""
    words = words.rstrip()
    return words[:1].isupper() and words[-1:] in (".", "!", "?")


def by_governor(article: Article, index: int, item: Found) -> None:
    """A quote with no reporting verb: a speech noun that carries it, for its owner or
    issuer ('Her reply was "no"'); else, for a partial quote, the verb that governs it,
    and its subject ('Lopez dismissed the town as being in the "backyard of the capital"').
    """
    c = article.candidates[index]
    first = article.token_at(c.open_mark)
    last = article.token_at(_mark_end(c))
    paragraph = article.paragraph_tokens(c.open_mark)
    ancestors = _ancestors_outside(article, range(first.i + 1, last.i), paragraph)
    for noun in _noun_before(article, first, paragraph) + _carrying_nouns(article, ancestors):
        speaker = _source(article, noun)
        if speaker is not None:
            # "Trump's claim that there were "thousands of shootings"", 'Her reply was "no"',
            # 'The union issued a statement, "..."'
            item.speaker, item.cue, item.rule = speaker, _cue_span(article, noun), "governor"
            return
    if not is_partial(article.text, c):
        return
    attached = [article.doc[i] for i in range(first.i + 1, last.i) if article.quote_of[article.doc[i].head.i] != index]
    if attached and all(t.dep_ in _MODIFIER_DEPS and t.head.i > last.i for t in attached):
        return  # a label before a noun: 'sent its "national harbor reporter" Maria Lopez'
    for i in range(first.i + 1, last.i):
        node = article.doc[i].head
        for _ in range(_GOVERNOR_STEPS):
            if not paragraph[0] <= node.i < paragraph[1]:
                break
            # A copula or 'have' says nothing of speech: 'there is "a lot going on"'.
            if not article.in_quote(node.i) and node.pos_ == "VERB" and node.lemma_ not in ("be", "have"):
                subject = _subject(article, node)
                if subject is not None and _can_speak(article, subject):
                    node, subject = _outermost(article, node, subject, paragraph)
                    item.speaker, item.cue, item.rule = _speaker(article, subject), _cue_span(article, node), "governor"
                    return
            if node.head.i == node.i:
                break
            node = node.head


def _noun_before(article: Article, mark: Token, paragraph: tuple[int, int]) -> list[Token]:
    """The noun right before a quote's opening mark, past a comma, colon or 'that':
    'in Lopez's words, "..."', 'her comment that, "..."' (a parse may hang it inside the quote)."""
    i = mark.i - 1
    while i > paragraph[0] and mark.i - i <= _NOUN_BEFORE_STEPS and (
            article.doc[i].text in (",", ":") or article.doc[i].lower_ == "that"):
        i -= 1
    if i < paragraph[0]:
        return []  # the quote opens its paragraph
    token = article.doc[i]
    return [token] if token.pos_ == "NOUN" and not article.in_quote(i) else []


def _carrying_nouns(article: Article, ancestors: list[Token]) -> list[Token]:
    """Speech nouns above a quote in the parse, or the subject of a copula above it:
    'her claim that "..."', 'the union's statement, "..."', 'Her reply was: "..."'."""
    nouns = []
    for node in ancestors:
        if node.lemma_ == "be":
            nouns += [c for c in node.children if c.dep_ == "nsubj" and not article.in_quote(c.i)]
        elif node.pos_ == "NOUN":
            nouns.append(node)
    return [n for n in nouns if n.pos_ == "NOUN" and n.lemma_.lower() in article.lexicon.speech_nouns]


def _outermost(article: Article, verb: Token, subject: Token, paragraph: tuple[int, int]) -> tuple[Token, Token]:
    """The verb, and its subject, of the clause that holds a governing verb's clause as what
    someone says or why: 'Lopez tried to turn the tables, portraying Baker as greedy because
    he had accepted "about $90,000 in fees"' is Lopez's."""
    for node in _holders(verb, _HOLDING_DEPS, *paragraph):
        if node.pos_ == "VERB" and not article.in_quote(node.i):
            above = _subject(article, node)
            if above is not None and _can_speak(article, above):
                verb, subject = node, above
    return verb, subject


def _can_speak(article: Article, token: Token) -> bool:
    """A person, a body, a personal pronoun or a role: not 'the program' needing a 'targeted area'."""
    return (article.people.at(token) is not None or token.ent_type_ in _ORGANISATION_ENTS
            or token.ent_type_ == "PERSON" or token.lower_ in _PRONOUN_GENDER or token.lower_ in _BODY_PRONOUNS
            or token.lower_ in ("i", "we") or token.lemma_.lower() in article.lexicon.role_nouns
            or (token.pos_ == "NOUN" and (token.lemma_.lower() in article.lexicon.speech_nouns
                                          or token.lemma_.lower() in article.lexicon.body_nouns)))


def _ancestors_outside(article: Article, inside: range, paragraph: tuple[int, int]) -> list[Token]:
    """The words above a quote in the parse, outside every quote, nearest first."""
    found: list[Token] = []
    for i in inside:
        node = article.doc[i]
        for _ in range(_GOVERNOR_STEPS + 2):
            if node.head.i == node.i or not paragraph[0] <= node.head.i < paragraph[1]:
                break
            node = node.head
            if not article.in_quote(node.i) and node not in found:
                found.append(node)
    return found


def by_dash(article: Article, index: int, item: Found) -> None:
    """'"Q." ― Jorge Falcon': a name after a dash that follows the closing mark, that opens
    the next paragraph as a signature ('"Q."\n\n- Hillary Clinton.'), or that signs the
    end of the quote's paragraph ('"Q1" And "Q2." ― Christina Lastra.')."""
    c = item.candidate
    if c.close_mark is None:
        return
    text = article.text
    match = _DASH_TAG.match(text, c.close_mark + 1)
    if match is not None and "\n" in match.group(1):
        if len(text[match.start(3):_line_end(text, match.start(3))].split()) > _SIGNATURE_WORDS:
            return
    if match is None:
        match = _SIGNATURE_END.search(text, c.close_mark + 1, _line_end(text, c.close_mark))
        if match is None or len(match.group(3).split()) > _SIGNATURE_WORDS:
            return
        signature = range(article.token_at(match.start(2)).i, article.token_at(match.end(3)).i)
        if any(article.in_quote(i) for i in signature):
            return
    name = article.token_at(match.start(3))
    if name.pos_ == "PROPN" and not article.in_quote(name.i):
        while name.i + 1 < len(article.doc) and article.doc[name.i + 1].pos_ == "PROPN":
            name = article.doc[name.i + 1]
        dash = article.token_at(match.start(2))
        item.speaker, item.cue, item.rule = _speaker(article, name), _cue_span(article, dash), "dash"


def by_colon(article: Article, index: int, item: Found) -> None:
    """'X said: "Q"' or 'X: "Q"', the colon ending the text before the quote; or a
    transcript's label inside it: '"WALLACE: Let's start ..."'."""
    c = item.candidate
    label = _TRANSCRIPT_LABEL.match(article.text, c.start, c.end)
    person = article.people.find(label.group(1).title()) if label else None
    if person is not None:  # a label the article names nobody by ('VIDEO:') is not a speaker
        mention = Span(label.group(1), label.start(1), label.end(1))
        item.speaker, item.rule = Speaker(person.name, person.role, person.affiliation, mention), "colon"
        return
    i = item.candidate.open_mark - 1
    while i >= 0 and article.text[i].isspace():
        i -= 1
    if i < 0 or article.text[i] != ":":
        return
    colon = article.token_at(i)
    cues = [t for t in article.sentence(colon.i) if t.i < colon.i and article.is_cue(t)]
    for cue in reversed(cues):
        subject = _subject(article, cue)
        if subject is not None:
            item.speaker, item.cue, item.rule = _speaker(article, subject), _cue_span(article, cue), "colon"
            return
    start = max(article.sentence(colon.i).start, article.paragraph_tokens(colon.idx)[0])
    # 'DOCKERS WANT STABLE HOURS - Carlos Mendes and Ana Ruiz: "..."': a headline, a
    # dash set off by a space (not the hyphen of 'libertarian-style'), then who is quoted.
    dashes = [t.i for t in article.doc[start + 1:colon.i] if spaced_dash(t)]
    start = dashes[-1] + 1 if dashes else start
    label = [t for t in article.doc[start:colon.i] if not t.is_punct]
    if label and len(label) <= _LABEL_TOKENS and all(t.text[0].isupper() and t.is_alpha for t in label):
        speaker = _speaker(article, label[-1])  # 'WALLACE: "..."': a label names its speaker
        if speaker.name is None:
            words = article.doc[label[0].i:label[-1].i + 1]
            speaker = replace(speaker, name=words.text, mention=_span_of(words))
        item.speaker, item.rule = speaker, "colon"
        return
    verbs = [t for t in article.doc[start:colon.i] if t.pos_ in ("VERB", "AUX") and not article.in_quote(t.i)]
    named = [t for t in label if article.people.at(t) is not None]
    # 'Rep. Trey Gowdy (R-S.C.): "..."', 'From Bush's Facebook post: "..."', or a name the colon
    # follows, past a verb that does not report: 'The surge doesn't surprise pollster Dana Ortiz: "..."'
    introduced = bool(named) and named[-1].i == colon.i - 1 and _name_head(named[-1]).dep_ not in ("pobj", "poss")
    if named and (not verbs or introduced):
        item.speaker, item.rule = _speaker(article, named[-1]), "colon"
        return
    # 'Sanders made the following comment: "..."': the main clause's verb first.
    for verb in sorted(reversed(verbs), key=_depth):
        subject = _subject(article, verb)
        if subject is not None:
            item.speaker, item.cue, item.rule = _speaker(article, subject), _cue_span(article, verb), "colon"
            return


def by_continuation(article: Article, found: list[Found]) -> None:
    """A quote after an attributed one keeps its speaker, unless someone new is named between.

    A partial quote is the writer's sentence quoting someone: it continues only the
    sentence of the quote before it ('described Trump as "a caricature" and "un-conservative"'),
    or a sentence it makes up but for a connective ('..., he said. But "it helps."').
    """
    previous: Found | None = None
    for item in found:
        if item.speaker is not None:
            previous = item
            continue
        if _TRANSCRIPT_LABEL.match(article.text, item.candidate.start, item.candidate.end):
            previous = None  # 'HOST: ...': a new speaker, though the article names nobody by it
            continue
        if previous is not None and is_partial(article.text, item.candidate) \
                and not _same_sentence(article, previous.candidate, item.candidate) \
                and not _opens_sentence(article, item.candidate):
            continue
        if previous is not None and not _someone_between(article, previous, item.candidate):
            item.speaker, item.rule = previous.speaker, "continuation"
            previous = item


def _opens_sentence(article: Article, c: Candidate) -> bool:
    """A quote that is its sentence but for a connective before it: 'But "it helps."'."""
    opening = article.token_at(c.open_mark)
    before = article.doc[article.sentence(opening.i).start:opening.i]
    return len(before) <= 2 and all(t.pos_ in ("CCONJ", "ADV", "PUNCT") for t in before)


def _same_sentence(article: Article, earlier: Candidate, later: Candidate) -> bool:
    """Whether a quote starts in the sentence where the earlier one ends."""
    return article.sentence(article.token_at(_mark_end(earlier)).i).start \
        == article.sentence(article.token_at(later.open_mark).i).start


def _someone_between(article: Article, earlier: Found, later: Candidate) -> bool:
    """Whether a person or body other than `earlier`'s speaker acts between the quotes."""
    start = article.token_at(earlier.candidate.end).i
    end = article.token_at(later.open_mark).i
    speaker = earlier.speaker
    # Subjects in the sentence that attributed the earlier quote belong to its tag
    # ('..., Mr. Obama said at the dinner, where Mrs. Clinton also spoke').
    tag_sentences = {article.sentence(article.token_at(span.start).i).start for span in (earlier.cue, speaker.mention) if span}
    for i in range(start, end):
        token = article.doc[i]
        # A name parsed as the root stands where a subject should: 'Aaron Kall, the director ..., compared'.
        acting = token.dep_ in SUBJECT_DEPS or (token.dep_ == "ROOT" and token.pos_ == "PROPN")
        if article.in_quote(i) or not acting:
            continue
        if speaker.mention.start <= token.idx < speaker.mention.end or article.sentence(i).start in tag_sentences:
            continue
        mention = article.people.at(token)
        if mention is not None and mention.person.name != speaker.name:
            return True
        if mention is None and token.ent_type_ in _ORGANISATION_ENTS:
            return True
    return False


def _cues_around(article: Article, index: int) -> list[Token]:
    """Reporting verbs near the quote: those the parse links to it first (through its words,
    then through its punctuation), then nearest."""
    c = article.candidates[index]
    doc = article.doc
    first = article.token_at(c.open_mark)
    last = article.token_at(c.close_mark if c.close_mark is not None else c.end - 1)
    inside = range(first.i + 1, last.i)
    # The parse hangs a quote's punctuation on its sentence's root: a weaker link than its words'
    words = [i for i in inside if not doc[i].is_punct]
    punctuation = [i for i in inside if doc[i].is_punct]
    linked = [doc[i].head for i in words if not article.in_quote(doc[i].head.i)]
    linked_by_punctuation = [doc[i].head for i in punctuation if not article.in_quote(doc[i].head.i)]
    window_start, window_end = article.sentence(first.i).start, article.sentence(last.i).end
    if window_end < len(doc) and _is_tag_sentence(article, article.sentence(window_end)):
        window_end = article.sentence(window_end).end  # '"Q." Baerbock stated.' parsed apart
    paragraph_start, paragraph_end = article.paragraph_tokens(c.open_mark)
    window_start = max(window_start, paragraph_start)
    window_end = min(window_end, max(paragraph_end, article.paragraph_tokens(_mark_end(c))[1]))
    low = _previous_quote_end(article, index, window_start)
    high = _next_quote_start(article, index, window_end)
    nearby = [doc[i] for i in range(low, high) if not article.in_quote(doc[i].i)]
    linked += [t for t in nearby if t.head.i in inside]
    linked = [t for t in linked if article.is_cue(t) and low <= t.i < high]
    linked_by_punctuation = [t for t in linked_by_punctuation if article.is_cue(t) and low <= t.i < high]
    governing = _governing_cues(article, index, words, window_start, window_end)
    reporting = [t for t in governing if _reports(article, t, words)]
    governing_punctuation = _governing_cues(article, index, punctuation, window_start, window_end)
    after = [t for t in nearby if t.i > last.i and article.is_cue(t)]
    before = [t for t in reversed(nearby) if t.i < first.i and article.is_cue(t)]
    tag = _tag_after(article, c, last, high)
    # A tag after the quote is nobody's reported content, however the parse hangs it: in
    # 'Nothing the mayor said "will help," the chair said.' the chair speaks.
    ordered: list[Token] = list(tag)
    linked = sorted(linked, key=lambda t: _distance(t, first, last))
    for token in (linked + reporting + governing + linked_by_punctuation + governing_punctuation
                  + after + before):
        for outer in _reporting_above(article, token, low, high) + [token]:
            if outer not in ordered:
                ordered.append(outer)
    return ordered


def _tag_after(article: Article, c: Candidate, last: Token, high: int) -> list[Token]:
    """The tag right after a quote that ends on a comma, '?' or '!' ('"...," Lopez added.',
    '"...?" asked the senator,'): it is the quote's cue, whatever else the parse hangs the
    quote on ('"I never said that," Lopez said, after Baker said the mayor ...')."""
    if c.close_mark is None or article.text[c.start:c.end].rstrip()[-1:] not in (",", "?", "!"):
        return []
    doc = article.doc
    words = []
    for token in doc[last.i + 1:min(high, last.i + 1 + _TAG_WORDS)]:
        if token.is_punct or token.is_space or article.in_quote(token.i):
            break
        words.append(token)
    cues = [t for t in words if _tag_cue(article, t)]
    end = words[-1].i + 1 if words else last.i + 1
    if len(cues) != 1 or (end < len(doc) and not doc[end].is_punct) \
            or any(t.pos_ in ("CCONJ", "SCONJ") or t.tag_ in ("IN", "WRB") for t in words if t.i < cues[0].i):
        return []  # not a tag of its own: '"...," though she noted she has ...', '"...," after X said'
    if end + 1 < len(doc) and doc[end].text in (",", ":") and article.in_quote(end + 1):
        return []  # the next quote's: '"...?" He answered, "..."'
    subject = _subject(article, cues[0])
    return cues if subject is not None and last.i < subject.i < end else []


def _tag_cue(article: Article, token: Token) -> bool:
    """A cue that makes a tag of its own: not 'according to X', which ends many a writer's
    sentence and whose X only relays the words (see README)."""
    return article.is_cue(token) and token.lower_ != "according"


def _reporting_above(article: Article, cue: Token, low: int, high: int) -> list[Token]:
    """Reporting verbs whose reported content holds `cue`, outermost first: in 'Lopez said
    that Baker described the plan as "a failure"' or 'Lopez said Baker was right to urge
    them "..."', Lopez speaks, not Baker. One with no subject of its own is a misparse: 'He
    pledged to be "..." and cast doubt on the rate, suggested that ...'."""
    above = [node for node in _holders(cue, _RELAYING_DEPS, low, high)
             if article.is_cue(node) and _subject(article, node) is not None][::-1]
    top = above[0] if above else cue
    # a tag set into the sentence reports all of it: 'Nor, he said, did he ever tell anyone "..."'
    tags = [t for t in top.children if t.dep_ == "parataxis" and low <= t.i < high and article.is_cue(t)
            and t.i < top.i]
    return tags + above


def _holders(node: Token, deps: frozenset[str], low: int, high: int):
    """The words whose clause holds `node`'s, nearest first, climbing only through `deps`
    and within tokens [low, high)."""
    while node.dep_ in deps and node.head.i != node.i and low <= node.head.i < high:
        node = node.head
        yield node


def _governing_cues(article: Article, index: int, tokens: list[int], low: int, high: int) -> list[Token]:
    """Reporting verbs above some of the quote's tokens in the parse, nearest first.

    'It said that Baker supports "harbor-first budgeting"': 'said' governs 'supports',
    which governs the quote.
    """
    doc = article.doc
    reached: dict[int, int] = {}  # the fewest steps from the quote to each word above it
    for i in tokens:
        node, depth = doc[i], 0
        while node.head.i != node.i and low <= node.head.i < high:
            node = node.head
            if article.quote_of[node.i] == index:
                continue
            if article.in_quote(node.i):
                break
            depth += 1
            if reached.get(node.i, len(doc)) <= depth:
                break  # climbed from here before, as near: the rest of the way is known
            reached[node.i] = depth
    steps = {i: depth for i, depth in reached.items() if article.is_cue(doc[i])}
    return [doc[i] for i in sorted(steps, key=lambda i: (steps[i], abs(i - tokens[0])))]


def _reports(article: Article, cue: Token, words: list[int]) -> bool:
    """Whether the quote lies in what `cue` reports: the clause that holds its words hangs on
    the cue through content clauses only ('Baker, who said voters forget that there are "..."')."""
    doc = article.doc
    for i in words:
        node = doc[i]
        while node.head.i != node.i and article.in_quote(node.head.i):
            node = node.head
        node = node.head
        while node.i != cue.i and node.dep_ in _RELAYING_DEPS and node.head.i != node.i:
            node = node.head
        if node.i == cue.i:
            return True
    return False


def _is_tag_sentence(article: Article, sentence) -> bool:
    """The tag parsed as a sentence of its own: short ('she said.'), or after '?' or '!'
    with a reporting verb of its own ('according to' ends many a writer's sentence).

    '"What a night!" Baker's cousin, state Del. Ana Ruiz, shouted to the crowd.'
    """
    if "\n" in sentence.text.strip():
        return False
    if len(sentence) <= _TAG_SENTENCE_TOKENS:
        return True
    text = article.text
    end = sentence.start_char
    while end > 0 and text[end - 1].isspace():
        end -= 1
    mark = end
    while mark > 0 and text[mark - 1] in _CLOSING:
        mark -= 1
    # after '?' or '!', or after a comma: '"..., I want it,'" Rep. Jim Baker (D-Ohio) said.'
    return mark < end and text[mark - 1:mark] in ("?", "!", ",") and not article.in_quote(sentence.start) \
        and any(_tag_cue(article, t) for t in sentence)


def _previous_quote_end(article: Article, index: int, floor: int) -> int:
    if index == 0:
        return floor
    return max(floor, article.token_at(_mark_end(article.candidates[index - 1])).i + 1)


def _next_quote_start(article: Article, index: int, ceiling: int) -> int:
    if index + 1 >= len(article.candidates):
        return ceiling
    return min(ceiling, article.token_at(article.candidates[index + 1].open_mark).i)


def _mark_end(c: Candidate) -> int:
    return c.close_mark if c.close_mark is not None else c.end - 1


def _distance(token: Token, first: Token, last: Token) -> int:
    return first.i - token.i if token.i < first.i else token.i - last.i


def _subject(article: Article, verb: Token) -> Token | None:
    """The speaker's head word for a cue: its subject, or the subject it shares.

    The climb to a shared subject may pass through quoted words, but the subject itself
    lies outside quotes: 'After saying her foot was "so swollen," she was "whisked off"'.
    """
    if verb.lower_ == "according":
        to = article.doc[verb.i + 1]
        objects = [c for c in to.children if c.dep_ == "pobj"]
        return objects[0] if objects else None
    if _passive(verb):
        agent = _agent(verb)
        if agent is not None and not article.in_quote(agent.i):
            return _speaking_word(article, agent)
    named = article.doc[verb.i - 1] if verb.i > 0 else None
    mention = article.people.at(named) if named is not None else None
    if verb.tag_ == "VBG" and mention is not None and mention.end - mention.start > 1 \
            and not article.in_quote(named.i):
        return named  # 'footage of Hillary Clinton asking, "..."': the participle is the named person's
    node = verb
    for _ in range(4):
        # What a reporting verb reports is not who speaks: in 'Sanders said the process could be
        # "messy," adding, ...' the climb from 'adding' passes 'be' (said's content) to Sanders.
        reported = node.i != verb.i and node.dep_ in _CONTENT_DEPS and article.is_cue(node.head)
        subjects = [child for child in node.children if child.dep_ in SUBJECT_DEPS and not article.marked(child.i)
                    and not (child.dep_ == "nsubjpass" and node.i == verb.i)
                    and not _titled(child) and any(ch.isalnum() for ch in child.text)
                    and not _prepositional(child)] if not reported else []
        if subjects:  # of two, a name or pronoun first, then the nearest ('public ― Trump boasted')
            child = min(subjects, key=lambda child: (child.pos_ not in ("PROPN", "PRON"), abs(child.i - node.i)))
            if child.lower_ in _CLITIC_S:  # 'she’s said' parsed with the clitic as the subject
                child = next((c for c in child.children if c.dep_ in SUBJECT_DEPS), child)
            if "\n" in article.text[min(child.idx, verb.idx):max(child.idx, verb.idx)]:
                return None  # a parse that ran over a paragraph break
            subject = _speaking_word(article, _object_relative(article, _set_in_tag(article, child, verb), node))
            if verb.tag_ == "VBG" and node.i != verb.i and subject.pos_ == "NOUN" \
                    and not _can_speak(article, subject):
                if node.dep_ in _SHARED_SUBJECT_DEPS:
                    # 'Baker waved off the idea that a reshuffle is looming, explaining that ...'
                    node = node.head
                    continue
                # 'The trouble began when dock workers stormed the hall, shouting "..."': the
                # parse hung the participle on the clause whose subject cannot speak.
                before = _subject_of_clause_ending_at(article, verb)
                if before is not None:
                    return before
            if verb.tag_ == "VBG" and node.i != verb.i and _subordinate_clause(node):
                main = _subject(article, node.head)
                named = main is not None and main.pos_ in ("PROPN", "NOUN") and main.text[0].isupper()
                if main is not None and (named or _can_speak(article, main)) \
                        and _speaker(article, main).name != _speaker(article, subject).name:
                    # The parse hung the participle on a clause of time or reason with someone
                    # else in it: 'Mendes said ... after the senator won her runoff, noting that'.
                    return main
            return subject
        if node.dep_ not in _SHARED_SUBJECT_DEPS or node.head.i == node.i:
            return None
        node = node.head
    return None


def _passive(verb: Token) -> bool:
    """A cue in the passive ('Lopez was asked', not 'she's said')."""
    return any(c.dep_ == "nsubjpass" for c in verb.children) \
        and any(c.dep_ == "auxpass" and c.lower_ not in _CLITIC_S for c in verb.children)


def _agent(verb: Token) -> Token | None:
    """Who a passive cue says acted: 'was asked by host Tom Baker'."""
    by = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None


def _prepositional(token: Token) -> bool:
    """A phrase a misparse made a subject that names no one: 'Of Baker, Levine ... said',
    'Much of her ire was directed at'."""
    return (token.pos_ in ("ADP", "ADJ") or token.lower_ == "much") \
        and any(c.dep_ in ("pobj", "prep") for c in token.children)


def _object_relative(article: Article, subject: Token, verb: Token) -> Token:
    """In 'Baker, who Lopez on Wednesday called "..."' the name after the relative pronoun is
    the subject the parse missed ('who' is the object)."""
    if subject.lower_ not in _RELATIVE_PRONOUNS or subject.i > verb.i:
        return subject
    named = [t for t in article.doc[subject.i + 1:verb.i] if t.pos_ == "PROPN" and t.dep_ in ("dep", "nsubj")
             and not article.in_quote(t.i)]
    return named[0] if named else subject


def _subject_of_clause_ending_at(article: Article, participle: Token) -> Token | None:
    """The subject of the clause of time that ends at the comma before a participle, when it
    could speak: a person, a body, a pronoun or a group ('when dock workers stormed the hall,
    shouting'). Not any clause: in 'The surgeon gave no hint of how he would run, saying',
    the participle is the surgeon's."""
    comma = participle.i - 1
    if comma < 1 or article.doc[comma].text != ",":
        return None
    node = article.doc[comma - 1]
    while node.head.i != node.i and node.i < participle.i and not article.in_quote(node.i):
        subjects = [c for c in node.children if c.dep_ == "nsubj"] if node.pos_ == "VERB" else []
        if subjects:
            if not any(c.dep_ in ("advmod", "mark") and c.lower_ in _TIME_CONJUNCTIONS for c in node.children):
                return None
            subject = subjects[0]
            if _can_speak(article, subject) or subject.tag_ == "NNS":
                return _speaking_word(article, subject)
            return None
        if node.head.i > participle.i:
            return None
        node = node.head
    return None


def _set_in_tag(article: Article, subject: Token, verb: Token) -> Token:
    """In 'Lopez, a senior aide said, "is sure of the plan"' the aide speaks of Lopez: an
    appositive that runs up to a cue set off by commas before a quote that goes on with
    the sentence is the cue's subject, though the parse made it the appositive of the
    subject before it. Not in 'Lopez, chief of the board said, "It is ..."'."""
    doc = article.doc
    if verb.i + 3 >= len(doc) or doc[verb.i + 1].text != "," or not article.in_quote(verb.i + 2) \
            or not doc[verb.i + 3].is_lower:
        return subject
    described = next((c for c in subject.children if c.dep_ == "appos" and c.right_edge.i + 1 == verb.i), None)
    return described if described is not None and doc[described.left_edge.i - 1].text == "," else subject


def _subordinate_clause(verb: Token) -> bool:
    """A clause of time, reason or concession hung on another verb: 'after X won', 'as X began'."""
    return verb.dep_ == "advcl" and verb.head.i != verb.i \
        and any(c.dep_ == "mark" and c.lower_ != "that" for c in verb.children)


def _titled(token: Token) -> bool:
    """A subject after its verb that opens a quoted title, not a speaker: 'said on Harbor
    TV's "Morning at the Docks"' (a quote too short to be one of the article's quotes)."""
    first = token.left_edge
    return token.i > token.head.i and first.i > 0 and first.doc[first.i - 1].text in ('"', "“")


def _beside(article: Article, cue: Token, quote: Candidate) -> Token | None:
    """When the parse gives a cue no subject: the name between quote and cue, or right after the cue.

    '"Q," Dunmore police Chief Tom Baker said' (parsed as if 'said' were in the quote).
    """
    if cue.idx < quote.start and _after_close_mark(article, cue):
        # '"The trouble," said Tom Baker, an analyst, "is that ...": a quote too short to be one
        # of the article's quotes opens the sentence, and the name follows the cue
        return _named_after(article, cue)
    doc = article.doc
    if cue.idx > quote.end:
        between = range(article.token_at(_mark_end(quote)).i + 1, cue.i)
    else:
        between = range(max(article.sentence(cue.i).start, article.paragraph_tokens(cue.idx)[0]), cue.i)
    words = [doc[i] for i in between if not article.in_quote(i) and not doc[i].is_space]
    if words and len(words) <= _TAG_SENTENCE_TOKENS * 2:
        return _head_noun(article, words)
    if cue.idx > quote.end and words:
        # '"Q," Mendes, the front-runner statewide and ..., said when Ruiz asked', '"Q," Ohio
        # delegate Mark Feeney, wearing a hat covered in pins, said': a name before the first comma
        lead = list(takewhile(lambda t: not t.is_punct, words))
        named = next((t for t in reversed(lead) if article.people.at(t) is not None), None)
        if named is not None:
            return named
        if lead and lead[-1].pos_ in ("NOUN", "PROPN", "PRON") \
                and not any(t.pos_ in ("ADP", "VERB", "AUX") for t in lead):
            # '"Q," a police source, who asked that his name be kept out of the story, told Channel 9'
            return lead[-1]
    if cue.idx < quote.start:
        # 'Harbor Gazette columnist Tom Baker, in an effort to draw notice to the mayor's lack
        # of town halls, wrote, "..."': the nearest person named or role
        # outside a prepositional phrase, a possessive or a verb's object ('a White House
        # official who spoke anonymously ... said', 'to ban Mendes; one lawmaker called'); what
        # follows such a cue is what was said.
        named = _name_just_before(article, words)
        if named is not None:
            return named
        outside = [t for t in reversed(words) if not _object(_name_head(t), words[0].i)]
        found = next((t for t in outside if article.people.at(t) is not None
                      or (t.pos_ == "NOUN" and t.lemma_.lower() in article.lexicon.role_nouns)), None)
        return found or _subject_of_clause_before(article, cue)
    return _named_after(article, cue)


def _subject_of_clause_before(article: Article, cue: Token) -> Token | None:
    """The subject of a clause the parse made the content of a cue that comes after it, when
    what the cue reports follows it: in 'One attendee, who like others asked not to be named, said
    the verdict was that "..."' the parse hangs 'asked' on 'said'."""
    clause = next((c for c in cue.lefts if c.dep_ == "ccomp" and not article.marked(c.i)), None)
    if clause is None:
        return None
    return next((c for c in clause.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")
                 and not article.marked(c.i)), None)


def _name_just_before(article: Article, words: list[Token]) -> Token | None:
    """A name that ends the words before a cue, or ends them but for a party tag, is the
    cue's subject however the parse hangs it: 'Speaker of the House Rep. Tom Baker (R-Ohio) said'."""
    i = len(words) - 1
    if i >= 0 and words[i].text == ")":
        while i >= 0 and words[i].text != "(":
            i -= 1
        i -= 1
    return words[i] if i >= 0 and article.people.at(words[i]) is not None else None


def _named_after(article: Article, cue: Token) -> Token | None:
    """The name right after an inverted cue, up to the first punctuation or relative pronoun:
    'said Tom Baker,', 'wrote a voter who runs a blog'."""
    after = list(takewhile(lambda t: not t.is_punct and not article.in_quote(t.i) and t.tag_ not in ("WP", "WDT"),
                           article.doc[cue.i + 1:article.sentence(cue.i).end]))
    return _head_noun(article, after) if after else None


def _after_close_mark(article: Article, cue: Token) -> bool:
    """A cue right after a close mark: '"The trouble," said ...'."""
    return cue.i > 0 and article.doc[cue.i - 1].text in ('"', "”")


def _object(token: Token, start: int) -> bool:
    """A word in a prepositional phrase or possessive, or the object of a verb from token `start` on."""
    return token.dep_ in ("pobj", "poss") or (token.dep_ in ("dobj", "dative") and token.head.i >= start)


def _name_head(token: Token) -> Token:
    """The last word of the name a word belongs to: 'Trump' for 'Donald' in 'Donald Trump's'."""
    while token.dep_ == "compound" and token.head.i > token.i:
        token = token.head
    return token


def _head_noun(article: Article, words: list[Token]) -> Token | None:
    """The person named in some words, else their last proper noun, noun or pronoun; a
    body a person owns is the body ('Lopez’s campaign')."""
    for token in reversed(words):
        if article.people.at(token) is not None:
            owned = token.head
            if token.dep_ in ("compound", "amod", "nmod") and owned.pos_ == "NOUN" and owned in words:
                continue  # 'a Lopez supporter' is not Lopez
            if token.dep_ == "poss" and owned.lemma_.lower() in article.lexicon.body_nouns and owned in words:
                return owned
            return token
    for token in reversed(words):
        if token.pos_ in ("PROPN", "NOUN", "PRON"):
            return token
    for token in reversed(words):
        if token.lemma_.lower() in article.lexicon.speech_nouns:
            return token  # the tagger took the noun for an adjective: '"...," the editorial read.'
    return next((t for t in reversed(words) if t.pos_ == "NUM"), None)  # '"...," the two write.'


def _speaking_word(article: Article, subject: Token) -> Token:
    """Who a subject stands for: 'X's statement' is X ('Scott's relatives' are not Scott)."""
    if subject.pos_ == "NOUN" and subject.lemma_.lower() in article.lexicon.speech_nouns:
        owners = [c for c in subject.children if c.dep_ in _CARRIER_DEPS and not article.in_quote(c.i)
                  and "\n" not in article.text[c.idx:subject.idx]]
        if owners:
            return owners[-1]  # the nearest: a parse may hang a second one on from further back
    return subject


def _speaker(article: Article, head: Token) -> Speaker:
    """The speaker a head word names, resolved against the people of the article."""
    people = article.people
    before = article.doc[head.i - 1] if head.i > 0 else head
    if head.lower_ in _RELATIVE_PRONOUNS and head.head.head.i != head.i and (
            head.head.dep_ == "relcl" or (head.lower_ in ("who", "which") and before.pos_ in ("NOUN", "PROPN"))):
        # 'Baker, now the port director, who in 2010 said ...': the antecedent speaks,
        # and the attribution rests on 'who'.
        noun = head.head.head
        if noun.pos_ not in ("NOUN", "PROPN", "PRON") and before.pos_ in ("NOUN", "PROPN"):
            # the parse hung the clause on a verb: 'went to the Harbor Authority which reported'
            noun = _name_head(before)
        if noun.dep_ == "appos" and people.at(noun.head) is not None:
            noun = noun.head  # 'said Tom Baker, the group's strategist, who added'
        issuer = _issuer(article, noun) if noun.lemma_.lower() in article.lexicon.speech_nouns else None
        if issuer is not None:
            return _speaker(article, issuer)  # 'He released a letter that says': the attribution rests on 'He'
        return replace(_speaker(article, noun), mention=_span_of(article.doc[head.i:head.i + 1]))
    mention = people.at(head)
    if mention is not None:
        person = mention.person
        span = Span(article.text[mention.start_char:mention.end_char], mention.start_char, mention.end_char)
        return Speaker(person.name, person.role, person.affiliation, span)
    if head.pos_ == "PRON":
        return _pronoun_speaker(article, head)
    party = article.lexicon.parties.get(head.text) if len(head.text) > 1 else None
    if party is not None and not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        # 'said an Iowa Democrat': someone unnamed, of that party
        return Speaker(None, None, party, _span_of(_unquoted(article, _phrase(head), head)))
    entity = entity_of(head)
    if entity is not None and head.ent_type_ in _ORGANISATION_ENTS:
        words = entity[1:] if entity[0].lower_ == "the" else entity
        words = words[:-1] if len(words) > 1 and words[-1].text in _CLITIC_S else words
        person = people.find(words.text)  # a surname the recogniser took for a body
        if person is not None:
            return Speaker(person.name, person.role, person.affiliation, _span_of(words))
        return Speaker(people.body_name(words.text), None, None, _span_of(words))
    named = _name_in_apposition(article, head)
    if named is not None:
        speaker = _speaker(article, named)
        if speaker.role is None:  # what the phrase says of them: 'His former business partner at Lenox'
            described = describe_noun(head, article.lexicon)
            speaker = replace(speaker, role=described.role, affiliation=speaker.affiliation or described.affiliation)
        return speaker
    phrase = _unquoted(article, _phrase(head), head)
    if head.pos_ == "NOUN" and head.lemma_.lower() in article.lexicon.body_nouns:
        return Speaker(_body_name(article, head), None, None, _span_of(phrase))  # 'the ministry said'
    if head.pos_ == "NOUN" and head.lemma_.lower() in article.lexicon.speech_nouns:
        source = _source(article, head)  # 'a Homeland Security memo put it', 'the union issued a statement saying'
        if source is not None:
            return source
        if any(c.lower_ == "the" for c in head.lefts):
            earlier = _earlier_document(article, head)
            if earlier is not None:  # 'Lopez said in a statement ... The statement added'
                return replace(earlier, mention=_span_of(phrase))
    described = people.described.get(head.i)
    if described is not None:  # 'the Vermont senator said'
        return Speaker(described.name, described.role, described.affiliation, _span_of(phrase))
    descriptor = describe_noun(head, article.lexicon)
    if descriptor.role and head.tag_ == "NN" and any(c.lower_ == "the" for c in head.lefts):  # one person
        titled = people.with_role(head.lower_, head.i)
        if titled is not None:
            return Speaker(titled.name, titled.role, titled.affiliation, _span_of(phrase))
    if head.pos_ not in ("PROPN", "PRON") and head.is_title and head.i > 0:
        person = people.find(head.text)  # a surname the tagger took for another word: 'Lopez’s reply'
        if person is not None:
            return Speaker(person.name, person.role, person.affiliation, _span_of(article.doc[head.i:head.i + 1]))
        if _name_tagged_as_noun(article, head):
            start = head.i  # with its given names: 'M. Dane Waters'
            while start > 0 and article.doc[start - 1].dep_ == "compound" and article.doc[start - 1].head.i == head.i \
                    and article.doc[start - 1].text[:1].isupper():
                start -= 1
            name = article.doc[start:head.i + 1]
            return Speaker(name.text, None, None, _span_of(name))
    if head.pos_ == "PROPN" and head.text[:1].isupper():  # not 'mogul', which the tagger sometimes has as one
        # A name the entity recogniser missed: resolve it like any other mention.
        name = _proper_name(head, article.lexicon)
        bare = name[1:] if len(name) > 1 and name[0].text in article.lexicon.honorifics else name
        person = people.find(bare.text)  # 'Mr. King' is the King the article named
        if person is not None:
            return Speaker(person.name, person.role, person.affiliation, _span_of(name))
        body = people.body_name(name.text)
        if body != name.text:  # 'Brannock said', after 'the oil drilling giant Brannock Energy'
            return Speaker(body, None, None, _span_of(name))
        role = descriptor.role
        if role is not None and role.endswith(f" {name.text}"):  # 'Secretary-Treasurer Gary Lott'
            role = role.removesuffix(f" {name.text}")
        return Speaker(name.text, role, descriptor.affiliation, _span_of(name))
    return Speaker(None, descriptor.role, descriptor.affiliation, _span_of(phrase))


def _author(article: Article, document: Token) -> Speaker | None:
    """Who a document speaks for, as its own phrase names them: a person or body before it
    ('a Homeland Security memo') or after 'from', 'by' or 'of' ('a letter from the White House');
    the attribution rests on the document's phrase, or on the person's name."""
    named = [t for t in document.lefts if t.dep_ in ("compound", "nmod") and t.ent_type_ in _AUTHOR_ENTS]
    named += [obj for prep in document.rights if prep.dep_ == "prep" and prep.lower_ in ("from", "by", "of")
              for obj in prep.children if obj.dep_ == "pobj" and obj.ent_type_ in _AUTHOR_ENTS]
    if not named:
        return None
    if article.people.at(named[0]) is not None:
        return _speaker(article, named[0])
    name = article.people.body_name(affiliation_text(list(entity_of(named[0])), article.lexicon))
    return Speaker(name, None, None, _span_of(_unquoted(article, _phrase(document), document)))


def _earlier_document(article: Article, document: Token) -> Speaker | None:
    """Who put out the same kind of document, named shortly before: 'the statement' after
    'Lopez said in a statement', 'a statement issued by the union', 'her statement'."""
    for token in reversed(article.people.tokens[max(0, document.i - _DOCUMENT_REACH):document.i]):
        if token.lemma_ == document.lemma_ and token.pos_ == "NOUN" and not article.in_quote(token.i):
            return _source(article, token)
    return None


def _source(article: Article, document: Token) -> Speaker | None:
    """Who a document speaks for, as the article says: its owner ('Lopez's statement'), its
    author ('a Homeland Security memo', 'a letter from the union'), or who put it out ('the
    union issued a statement', 'a statement issued by the union', 'Lopez said in a statement')."""
    owner = _speaking_word(article, document)
    if owner is not document:
        return _speaker(article, owner)
    author = _author(article, document)
    if author is not None:
        return author
    issuing = (verb for verb in document.children
               if verb.dep_ == "acl" and verb.lemma_.lower() in article.lexicon.issuing_verbs)
    source = _issuer(article, document) or next(  # else 'a statement issued by the union'
        (obj for verb in issuing for agent in verb.children if agent.dep_ == "agent"
         for obj in agent.children if obj.dep_ == "pobj"), None)
    if source is None and document.dep_ == "pobj" and document.head.lower_ == "in" \
            and article.is_cue(document.head.head):
        source = _subject(article, document.head.head)  # 'Lopez said in a statement'
    return _speaker(article, source) if source is not None and _can_speak(article, source) else None


def _issuer(article: Article, document: Token) -> Token | None:
    """Who put out a document the sentence names as their verb's object: 'X issued a
    statement saying', 'X is releasing an ad that urges'."""
    if document.dep_ != "dobj":
        return None
    subjects = [c for c in document.head.children if c.dep_ == "nsubj" and not article.in_quote(c.i)]
    return subjects[0] if subjects and _can_speak(article, subjects[0]) else None


def _name_in_apposition(article: Article, head: Token) -> Token | None:
    """A person named in apposition to a common-noun speaker, or to the last noun of its
    prepositional phrases: 'His former shop partner at Dunmore, Peter J. Hollis,'."""
    for token in head.subtree:
        if token.dep_ == "appos" and article.people.at(token) is not None:
            node = token.head
            while node.i != head.i and node.dep_ in ("prep", "pobj"):
                node = node.head
            if node.i == head.i:
                return token
    return None


def _name_tagged_as_noun(article: Article, head: Token) -> bool:
    """A capitalised word the tagger took for a common noun that can only be a name:
    '"...?" Hannity pressed.' It does not open its sentence (past a close mark), has no
    determiner, is no word of the lexicons and is never written in lower case in the article."""
    doc = article.doc
    opens = head.i == article.sentence(head.i).start and doc[head.i - 1].text not in ('"', "”")
    if opens or any(c.dep_ == "det" for c in head.children) or not NAME_WORD.fullmatch(head.text):
        return False
    word = head.lower_
    lexicon = article.lexicon
    if any(word in words or head.lemma_.lower() in words
           for words in (lexicon.role_nouns, lexicon.body_nouns, lexicon.speech_nouns)):
        return False
    return re.search(rf"\b{re.escape(word)}\b", article.text) is None


def _proper_name(head: Token, lexicon: Lexicon):
    """The run of proper nouns ending at `head` ('Jean - Pierre', 'Maria Lopez'), without
    the end of a title before it ('Secretary-Treasurer Gary Lott' is Gary Lott)."""
    doc = head.doc
    start = head.i
    while start > 0 and (doc[start - 1].pos_ == "PROPN" or _joins(doc[start - 1])) \
            and doc[start - 1].head.i in (head.i, start):
        start -= 1
    while start < head.i and (doc[start].text == "-" or doc[start].lower_ in lexicon.role_nouns):
        start += 1
    return doc[start:head.i + 1]


def _joins(token: Token) -> bool:
    """A hyphen inside a name ('Jean-Pierre'), not a dash between words."""
    return token.text == "-" and not token.whitespace_ and token.i > 0 and not token.doc[token.i - 1].whitespace_


def _pronoun_speaker(article: Article, pronoun: Token) -> Speaker:
    """'he said' → the nearest earlier person who fits, named outside quotes."""
    span = _span_of(article.doc[pronoun.i:pronoun.i + 1])
    gender = _PRONOUN_GENDER.get(pronoun.lower_) or _POSSESSIVE_GENDER.get(pronoun.lower_)
    if pronoun.lower_ in _BODY_PRONOUNS:
        return Speaker(_body_antecedent(article, pronoun), None, None, span)
    if gender is None:
        return Speaker(None, None, None, span)
    mention = article.people.antecedent(pronoun.i, gender, skip=article.in_quote)
    if mention is None:
        return Speaker(None, None, None, span)
    person = mention.person
    return Speaker(person.name, person.role, person.affiliation, span)


def _body_antecedent(article: Article, pronoun: Token) -> str | None:
    """'it'/'they' → the name of the organisation that was the subject of this or the previous sentence."""
    doc = article.doc
    sentence = article.sentence(pronoun.i)
    start = article.sentence(sentence.start - 1).start if sentence.start > 0 else sentence.start
    for token in reversed(doc[start:pronoun.i]):
        if token.dep_ not in SUBJECT_DEPS or token.pos_ == "PRON" or article.in_quote(token.i):
            continue
        entity = entity_of(token)
        if entity is not None and token.ent_type_ in ("ORG", "NORP", "GPE"):
            return article.people.body_name((entity[1:] if entity[0].lower_ == "the" else entity).text)
        if token.pos_ == "NOUN" and token.lemma_.lower() in article.lexicon.body_nouns:
            return _body_name(article, token)  # "Clinton's campaign", "the ministry"
    return None


def _body_name(article: Article, head: Token) -> str | None:
    """A body named by a common noun: 'the ministry' is "ministry", 'Hillary Clinton's
    campaign' and 'her campaign' (Clinton's) are "Clinton campaign". 'A group of dock
    workers' and 'the unions' name no one body."""
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is None and (head.tag_ == "NNS" or any(
            c.dep_ in ("det", "nummod") and c.lower_ not in _DEFINITE for c in head.children)):
        return None
    if owner is not None:
        mention = article.people.at(owner)
        if mention is None and owner.lower_ in _POSSESSIVE_GENDER:
            mention = article.people.antecedent(owner.i, _POSSESSIVE_GENDER[owner.lower_], skip=article.in_quote)
        if mention is not None:
            return f"{mention.person.surname} {head.text}"
        if owner.pos_ == "PROPN":
            person = article.people.find(owner.text)
            return f"{person.surname if person else owner.text} {head.text}"  # 'Rubio’s campaign'
    phrase = _body_phrase(head)
    named = article.people.body_name(phrase.text)
    if owner is None and len(phrase) == 1 and named == phrase.text:
        return _named_before(article, head) or named
    return named


def _named_before(article: Article, head: Token) -> str | None:
    """The body that the nearest earlier mention of a bare body noun names, through any
    bare 'the campaign' between: 'Lopez’s campaign hit back. ... the campaign said' is
    the Lopez campaign, 'a New Hampshire ballot commission ... the commission' that one."""
    key = (head.lemma_, head.tag_)
    if key not in article.bodies_named_by:
        article.bodies_named_by[key] = _bodies_named_by(article, *key)
    return article.bodies_named_by[key].get(head.i)


def _bodies_named_by(article: Article, lemma: str, tag: str) -> dict[int, str | None]:
    """For each mention of a body noun, outside quotes, the body named by the mentions
    before it, in one pass (an article may say 'the campaign' a thousand times)."""
    named: dict[int, str | None] = {}
    current = None
    for token in article.doc:
        if token.lemma_ != lemma or token.tag_ != tag or article.in_quote(token.i):
            continue
        named[token.i] = current
        if any(c.dep_ == "poss" for c in token.children):
            current = _body_name(article, token)
        elif any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children):
            current = article.people.body_name(_body_phrase(token).text)
        elif len(_body_phrase(token)) > 1 or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            current = None  # 'a trade group', 'a group': no name to carry
    return named


def _body_phrase(head: Token):
    """The words naming a body, a leading 'the' left out: 'Clinton's campaign', 'ministry'."""
    start = head.left_edge.i
    while start < head.i and head.doc[start].dep_ == "det":
        start += 1
    return head.doc[start:head.i + 1]


def _phrase(head: Token):
    """The words of a speaker phrase: modifiers before the head, 'for X' after it."""
    end = head.i + 1
    for child in head.rights:
        if child.dep_ == "prep" and child.i == end:
            end = child.right_edge.i + 1
    while end - 1 > head.i and head.doc[end - 1].dep_ in ("cc", "punct"):
        end -= 1
    return head.doc[head.left_edge.i:end]


def _unquoted(article: Article, phrase, head: Token):
    """The words of a phrase around its head that lie outside every quote (a parse may hang
    a quote on the speaker's noun)."""
    start, end = phrase.start, phrase.end
    for i in range(phrase.start, head.i):
        if article.in_quote(i):
            start = i + 1
    for i in range(head.i + 1, phrase.end):
        if article.in_quote(i):
            end = i
            break
    return article.doc[start:end]


def _span_of(span) -> Span:
    return Span(span.text, span.start_char, span.end_char)


def _cue_span(article: Article, cue: Token) -> Span:
    tokens = [cue]
    if cue.lower_ == "according":
        tokens.append(article.doc[cue.i + 1])
    else:
        tokens += [c for c in cue.rights if c.i == cue.i + 1 and (c.dep_ == "prt" or (
            c.dep_ in _PHRASE_DEPS and (cue.lemma_.lower(), c.lower_) in article.lexicon.reporting_phrases))]
    span = article.doc[tokens[0].i:tokens[-1].i + 1]
    return _span_of(span)


def _record(text: str, item: Found, kind: str) -> Quote:
    c = item.candidate
    return Quote(text[c.start:c.end], c.start, c.end, item.speaker, item.cue, kind, item.rule)
