"""Quotation-mark pairing over raw text: where the direct quotations are.

A pure string scan, run before (and without) any parse. Paragraphs are lines;
a quote never spans a paragraph break, except the newspaper convention where a
paragraph opens a quote without closing it and the next paragraph opens again:
the first paragraph's part is then a quote of its own. A mark that cannot be
paired costs only its own quote. Whether a quote is full speech or a partial one
embedded in the writer's sentence is read off the same text (`quote_kind`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Double marks and guillemets form one family; each char's nominal direction is
# used only when the surrounding characters do not say which way it faces.
DOUBLE_OPENERS = frozenset("“„«")
DOUBLE_CLOSERS = frozenset("”»")
DOUBLE_EITHER = frozenset('"‟')
DOUBLE_MARKS = DOUBLE_OPENERS | DOUBLE_CLOSERS | DOUBLE_EITHER
_DOUBLE_MARK = re.compile("[" + re.escape("".join(sorted(DOUBLE_MARKS))) + "]")

# Characters that may stand right before an opening mark / right after a closing one.
_BEFORE_OPEN = frozenset("([{—–-/\u00a0")
_AFTER_CLOSE = frozenset(".,;:!?)]}—–-…'’\u00a0")

_WORD = re.compile(r"\w+")
# A straight single quote that opens (after a line's start, a space, an opening bracket
# or dash, or a double mark; before a letter), else any other: an apostrophe or a closer.
_STRAIGHT_SINGLE = re.compile(r"""(?:(?<=^)|(?<=[\s(\[{—–"“]))'(?=[^\W\d_])()|'""", re.MULTILINE)
# A straight single-quoted stretch ending in a comma, the writer's words going on after it
# on its line: speech with its tag after ('We have tried everything,' he said). Beside
# double marks, two of these outside them make straight singles an article's quotation marks.
_TAGGED_STRAIGHT_SINGLE = re.compile(r"""(?:^|(?<=[\s(\[{—–]))(')[^\W\d_][^\n]*?,'[^\S\n]+[^\W\d_]""", re.MULTILINE)
_TAGGED_SINGLES_FOR_STYLE = 2

OPEN, CLOSE, EITHER = "open", "close", "either"

_TITLE_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_TITLE_MAX_WORDS = 8
# Exclamations, questions and sentence breaks inside mark speech, not a title.
_SPEECH_PUNCTUATION = re.compile(r"[!?]|[.;]\s")
# What introduces a work's title right before its open mark ('a report entitled "...",' 'The
# report, "...",' 'the publication of "..."', 'published their "..."', 'the author of "..."'):
# such a title may be longer and hold a question ('"Safe in Our Hands?"').
_TITLE_INTRODUCED = re.compile(
    r"(?:\b(?:titled|entitled|publication(?:\s+\w+){0,3}\s+of|published(?:\s+(?:its|their|his|her|a|the))?"
    r"|(?:author|co-author|writer|editor)\s+of)"
    r"|\b(?:report|review|paper|assessment|study|book|decree|album|film|novel|documentary|painting|exhibition"
    r"|memoir|essay|play|series|song|poem|law),?)\s*\Z", re.IGNORECASE)
_INTRODUCED_TITLE_MAX_WORDS = 16
# A title in sentence case, as other languages write them, that a work's noun introduces: a
# few words, the first capitalised, no punctuation but a colon or a dash ('the 2023 book “Hafen
# ohne Hände”', 'the council’s annual report, “El Cava en xifres”,').
_SENTENCE_CASE_TITLE = re.compile(r"[^\W\d_][\w’'-]*(?:(?: |: | - )[\w’'-]+){0,5}")
# What stands between a quoted title and its translation in brackets after it: '“Hafen ohne Hände”
# (“Port without Hands”)'.
_TRANSLATION_AFTER = re.compile(r"[^\S\n]*\([^\S\n]*")
# Verbs that give the words after them as a title, whatever their case: a British paper's
# headline is in sentence case ('The review, headlined "Ferment, Manchester: all foam and no
# feast",').
_TITLING_VERB = re.compile(r"\b(?:titled|entitled|headlined)\s*\Z", re.IGNORECASE)
_INTRODUCED_SPEECH_PUNCTUATION = re.compile(r"!|[.;]\s")
# Words a title leaves in lower case (English headline style), and the articles, prepositions
# and conjunctions French, Spanish, Portuguese, Italian, Dutch and German titles leave so
# ('Le Prix du Cobalt', 'Energia para o Futuro', 'Les Nuits de Collioure'), as news quotes a
# work's title in its own language (not 'do', an English verb: '"Neither do I."'); and an elided
# article or preposition before a capital ("Mimosa d'Or").
_TITLE_SMALL_WORDS = frozenset(
    "a an and as at but by for from in into nor of on or over per the to up via vs with".split()
    + "de del della di da dos das du des la le les el los las y e et o para pour en van von der den het und"
    .split())
_ELIDED_SMALL_WORD = re.compile(r"[dlDL]['’][A-ZÀ-Þ]")

# A byline after a quoted headline names the piece's writer and outlet: '"Met accused of
# whitewashing baby Jesus," by Post's Kathianne Boniello:' (a newsletter's list of reads).
_BYLINE = re.compile(r",?[^\S\n]+by[^\S\n]+(?:the[^\S\n]+)?(?:[A-Z][\w.&-]*[^\S\n]+){0,5}"
                     r"[A-Z][\w.&-]*(?:'s|’s|'|’)[^\S\n]+[A-Z]")

# Words going on after a close mark on the same line: a tag ('," Koopman said'), not a
# clause on the title ('"Meet the Press," which airs on Sundays').
_SENTENCE_GOES_ON = re.compile(r"[^\S\n]+(?!(?:which|who|that|where|when)\b)\w")
# The most characters of a tag between the halves of a split quote.
_SPLIT_TAG_CHARS = 100
# The writer's sentence going on after the close mark: '"blame workers" to drive up'.
_RUNS_ON = re.compile(r"[^\S\n]+[a-z]")
# What may stand between a reporting verb and the words it reports: a few words of its
# object or its time, then a comma ('told reporters, "', 'said last month on Twitter, "').
_AFTER_TAG = re.compile(r"(?:[^\S\n]+[\w’'.@-]+){0,4},[^\S\n]*")
# Reported speech after 'that': 'wrote by email that, "Of course ..."'.
_AFTER_THAT = re.compile(r"\bthat,?[^\S\n]*$", re.IGNORECASE)
_THAT_CHARS = 8


@dataclass(frozen=True, slots=True)
class Candidate:
    """A quoted stretch: `start`/`end` bound the words between the marks."""

    start: int
    end: int
    open_mark: int
    close_mark: int | None  # None when the quote runs on into the next paragraph

    def words(self, text: str) -> int:
        """How many words the quote holds."""
        return len(_WORD.findall(text, self.start, self.end))


def find_quotes(text: str, min_words: int = 1) -> list[Candidate]:
    """Every paired quotation in `text`, in order of appearance."""
    quotes, _ = split_quotes(text)
    return [c for c in quotes if c.words(text) >= min_words]


def split_quotes(text: str) -> tuple[list[Candidate], list[Candidate]]:
    """Every paired quotation in `text` with a word in it, in order of appearance, and apart
    from them the quoted titles (`“Face the Nation,”`): no quotes, but a name in one is no
    one the article goes on to talk about."""
    found: list[Candidate] = []
    paragraphs = list(_paragraphs(text))
    doubles: list[list[Candidate]] = []  # each paragraph's
    for index, (start, end) in enumerate(paragraphs):
        next_para = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        runs_on = next_para is not None and _opens_with_mark(text, next_para[0])
        doubles.append(_pair_doubles(text, start, end, runs_on))
    singles = _curled_singles(text, [c for paragraph in doubles for c in paragraph])
    for (start, end), paired in zip(paragraphs, doubles):
        outer = _pair_singles(singles, start, end, paired)
        # a double inside singles is a quote inside a quote: 'He told me "never",' she said
        found.extend(c for c in paired if not any(
            s.open_mark < c.open_mark and s.close_mark is not None and c.close_mark is not None
            and c.close_mark < s.close_mark for s in outer))
        found.extend(outer)
    found.sort(key=lambda c: c.start)
    quotes: list[Candidate] = []
    titles: list[Candidate] = []
    for c in found:
        if c.words(text) and not _is_markup(text, c):
            headline = c.close_mark is not None and _BYLINE.match(text, c.close_mark + 1)
            introduced = _TITLE_INTRODUCED.search(text, max(c.open_mark - 40, 0), c.open_mark) is not None
            title = (is_title(text[c.start:c.end]) and not _opens_a_tagged_sentence(text, c)) \
                or (introduced and (is_title(text[c.start:c.end], _INTRODUCED_TITLE_MAX_WORDS,
                                             _INTRODUCED_SPEECH_PUNCTUATION)
                                    or (text[c.start].isupper()
                                        and _SENTENCE_CASE_TITLE.fullmatch(text, c.start, c.end) is not None))) \
                or (titles and titles[-1].close_mark is not None
                    and _TRANSLATION_AFTER.fullmatch(text, titles[-1].close_mark + 1, c.open_mark) is not None) \
                or (_TITLING_VERB.search(text, max(c.open_mark - 20, 0), c.open_mark) is not None
                    and _titled_words(text[c.start:c.end]))
            (titles if headline or title else quotes).append(c)
    return quotes, titles


def is_title(quoted: str, max_words: int = _TITLE_MAX_WORDS, speech: re.Pattern = _SPEECH_PUNCTUATION) -> bool:
    """A short quoted stretch in title case names a work or a slogan: “Face the Nation,”
    (one a work's noun introduces may be longer: see split_quotes)."""
    words = _TITLE_WORD.findall(quoted)
    if not words or len(words) > max_words or speech.search(quoted.rstrip()):
        return False
    return all(word[0].isupper() or word.lower() in _TITLE_SMALL_WORDS or _ELIDED_SMALL_WORD.match(word)
               for word in words) \
        and sum(word[0].isupper() or bool(_ELIDED_SMALL_WORD.match(word)) for word in words) >= 2


def _titled_words(quoted: str) -> bool:
    """Whether words a titling verb introduces can be a title, in any case: few enough, and
    no speech's punctuation inside."""
    words = _TITLE_WORD.findall(quoted)
    return 0 < len(words) <= _INTRODUCED_TITLE_MAX_WORDS \
        and not _INTRODUCED_SPEECH_PUNCTUATION.search(quoted.rstrip())


def _opens_a_tagged_sentence(text: str, c: Candidate) -> bool:
    """Words that open their sentence and end in a comma before the words after the close
    mark are said, however title-like ('"It's a Band-Aid," Koopman said'); a title opens no
    sentence that way."""
    if c.close_mark is None or not text[c.start:c.end].rstrip().endswith(","):
        return False
    before = text[:c.open_mark].rstrip(" \t")
    return (not before or before[-1] in "\n.!?\"”") and _SENTENCE_GOES_ON.match(text, c.close_mark + 1) is not None


def _is_markup(text: str, c: Candidate) -> bool:
    """An attribute value in left-over markup: pic="…"."""
    return c.open_mark > 0 and text[c.open_mark - 1] == "="


def _in_markup(text: str, mark: int) -> bool:
    """A mark that opens or closes an attribute value: pic="…", date="…">."""
    return text[mark - 1:mark] == "=" or text[mark + 1:mark + 2] == ">"


def _paragraphs(text: str):
    """(start, end) of each non-blank line, whitespace trimmed."""
    for match in re.finditer(r"[^\n]+", text):
        line = match.group()
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            yield match.start() + lead, match.start() + lead + len(stripped)


def _opens_with_mark(text: str, position: int) -> bool:
    return text[position] in DOUBLE_MARKS and _direction(text, position) != CLOSE


def _direction(text: str, i: int) -> str:
    """Which way the mark at `i` faces, from its neighbours first, then its shape."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    left_open = before.isspace() or before in _BEFORE_OPEN
    right_open = after.isspace() or after in _AFTER_CLOSE or after in DOUBLE_MARKS
    if left_open and not right_open:
        return OPEN
    if right_open and not left_open:
        return CLOSE
    char = text[i]
    if char in DOUBLE_OPENERS or char == "‘":
        return OPEN
    if char in DOUBLE_CLOSERS or char == "’":
        return CLOSE
    return EITHER


def _pair_doubles(text: str, start: int, end: int, runs_on: bool) -> list[Candidate]:
    """Pair double marks within one paragraph, left to right, nested quotes inside the
    quote that holds them: '"... Let me read you the question: “As you may recall ...”
    Twelve, yes."' is one quote. An opener never closed, with nothing quoted inside it,
    opens a quote whose close mark was left out: it runs to the paragraph's end. One with
    quotes inside it is a stray, and those stand on their own, unless the paragraph runs on
    into the next one."""
    pairs: list[Candidate] = []
    # Open marks, outermost first, each with the quotes closed inside it so far.
    stack: list[tuple[int, list[Candidate]]] = []
    for match in _DOUBLE_MARK.finditer(text, start, end):
        i = match.start()
        direction = _direction(text, i)
        if stack and direction != OPEN:
            opened, _ = stack.pop()
            _append(stack[-1][1] if stack else pairs, text, opened, i)
        elif direction != CLOSE:  # a stray closer is skipped
            stack.append((i, []))
    unclosed = len(stack) == 1 and not stack[0][1] and not _in_markup(text, stack[0][0])
    if stack and (runs_on or unclosed):  # '..., Ruiz said. “The budget has doubled' ends a paragraph
        _append(pairs, text, stack[0][0], None, end)
    else:
        for _, inside in stack:
            pairs.extend(inside)
    return pairs


def _pair_singles(text: str, start: int, end: int, doubles: list[Candidate]) -> list[Candidate]:
    """Curly single quotes used as outer marks, outside any double-quoted stretch.

    ’ is also the apostrophe: only a ’ that faces outward and is not followed
    by a letter (don’t, ’90s) can close.
    """
    inside = [(c.open_mark, c.close_mark if c.close_mark is not None else end) for c in doubles]
    pairs: list[Candidate] = []
    i = text.find("‘", start, end)
    while i != -1:
        if _direction(text, i) == OPEN and not _within(i, inside):
            close = _single_closer(text, i + 1, end)
            if close is not None and not _within(close, inside):
                _append(pairs, text, i, close)
                i = close
        i = text.find("‘", i + 1, end)
    return pairs


def _curled_singles(text: str, doubles: list[Candidate]) -> str:
    """`text` with its straight single quotes curled the way they face (an opener after a
    space or a dash, before a letter: 'We made a promise,' Starmer said), where they are
    its quotation marks: no curly single quote, nor two straight ones standing for a
    double (''...'', as some archives write them), and either no double mark at all or
    speech in straight singles outside the `doubles` (British style, a double inside:
    'He told me "never",' she said). In American style a straight single quote is a quote
    inside a quote, or a headline's (see _curled_headline). One character for one, so every
    offset holds."""
    if "'" not in text or "‘" in text or "''" in text:
        return text
    if any(mark in text for mark in DOUBLE_MARKS):
        inside = [(c.open_mark, c.close_mark if c.close_mark is not None else c.end) for c in doubles]
        tagged = [m for m in _TAGGED_STRAIGHT_SINGLE.finditer(text) if not _within(m.start(1), inside)]
        if len(tagged) < _TAGGED_SINGLES_FOR_STYLE:
            return _curled_headline(text)
    return _curled(text)


def _curled(text: str) -> str:
    """`text` with each straight single quote curled the way it faces (see _STRAIGHT_SINGLE)."""
    return _STRAIGHT_SINGLE.sub(lambda m: "‘" if m.group(1) is not None else "’", text)


def _curled_headline(text: str) -> str:
    """`text` with the straight single quotes of its headline curled, as headlines quote in
    single marks whatever the body does ('Galveston orders evacuation; 'This is not a drill,'
    mayor says'): the first line, with more after it, holding no double mark."""
    end = text.find("\n")
    line = text[:end]
    if end < 0 or "'" not in line or any(mark in line for mark in DOUBLE_MARKS) or not text[end:].strip():
        return text
    return _curled(line) + text[end:]


def _single_closer(text: str, start: int, end: int) -> int | None:
    """The ’ that closes a single quote; a plural possessive (players’ union) is passed over when a later ’ can close."""
    possessive = None
    for j in range(start, end):
        if text[j] == "‘":
            break
        if text[j] == "’" and _direction(text, j) == CLOSE:
            after = text[j + 1] if j + 1 < len(text) else " "
            if after.isalnum():
                continue
            if text[j - 1] == "s" and text[j + 2:j + 3].islower():
                possessive = possessive if possessive is not None else j
                continue
            return j
    return possessive


def _within(i: int, ranges: list[tuple[int, int]]) -> bool:
    return any(lo <= i <= hi for lo, hi in ranges)


def _append(pairs: list[Candidate], text: str, opened: int, closed: int | None, end: int | None = None) -> None:
    """Add the stretch between the marks, inner white space trimmed, if not empty."""
    stop = closed if closed is not None else end
    start = opened + 1
    while start < stop and text[start].isspace():
        start += 1
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    if stop > start:
        pairs.append(Candidate(start, stop, opened, closed))


def is_partial(text: str, c: Candidate) -> bool:
    """A quote embedded in the writer's sentence: 'called it "a disaster"' rather than 'said: "..."'."""
    return after_a_word(text, c) or text[c.start].islower()


def after_a_word(text: str, c: Candidate) -> bool:
    """Whether the opening mark follows a word of the writer's, spaces aside, not punctuation."""
    i = c.open_mark - 1
    while i >= 0 and text[i] in " \t\u00a0":
        i -= 1
    return i >= 0 and text[i].isalnum()


def quote_kind(text: str, stretches: list[Candidate], c: Candidate, cue_end: int | None = None) -> str:
    """"partial" for a quote embedded in the writer's sentence, else "full".

    Embedded: reported after 'that', or followed by more of the writer's sentence
    ('"blame workers" to drive up ...'). A whole quoted sentence after a verb
    ('stating "We will win."') is speech on its own, and so are the second half of a
    split quote ('"A," she said, "b."', `stretches` being every quoted stretch, however
    short the first half) and words set right after their reporting clause and a comma
    ('He added, "actually, ..."', 'told reporters, "it starts to pay off."': `cue_end`,
    where the quote's cue ends before it), though they start in lower case.
    """
    words = text[c.start:c.end]
    runs_on = c.close_mark is not None and words.rstrip()[-1:].isalnum() \
        and _RUNS_ON.match(text, c.close_mark + 1)
    if runs_on or _AFTER_THAT.search(text, max(0, c.open_mark - _THAT_CHARS), c.open_mark):
        return "partial"
    if not is_partial(text, c) or _is_sentence(words):
        return "full"
    if cue_end is not None and cue_end <= c.open_mark and _AFTER_TAG.fullmatch(text, cue_end, c.open_mark):
        return "full"
    before = max((s for s in stretches if s.close_mark is not None and s.close_mark < c.open_mark),
                 key=lambda s: s.close_mark, default=None)
    if before is not None:
        tag = text[before.close_mark + 1:c.open_mark]
        if text[before.start:before.end].rstrip().endswith(",") and tag.rstrip().endswith(",") \
                and "\n" not in tag and len(tag) <= _SPLIT_TAG_CHARS:
            return "full"
    return "partial"


def _is_sentence(words: str) -> bool:
    """Quoted words that make a sentence: a capital first, a full stop (or ! ?) last."""
    words = words.rstrip()
    return words[:1].isupper() and words[-1:] in (".", "!", "?")
