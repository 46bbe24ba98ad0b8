"""Attribution passes: who said each quote, and with which cue.

The passes run in order, each only on the quotes still without a speaker:

1. `syntax`: a reporting verb around the quote, preferably one the parse links
   to the quote's words; its subject is the speaker.
2. `dash`: '"Q." ― Name'.
3. `colon`: the quote follows a colon ("X said: ..." or "X: ..."), or opens with a
   transcript's label ('"WALLACE: ...').
4. `governor`: a partial quote takes the verb that governs it and its subject.
5. `nearby`: a reporting verb in the sentence right after the quote when that
   sentence points back at it ('That was how X put it'), else in the sentence right
   before the quote.
6. `signed`: a press release's quotes, each a paragraph of its own, then a line that
   names who said them and nothing more ('The Honourable X, Minister of Y').
7. `interview`: in a question-and-answer set, an answer (a quote under 'A:', or one
   opening the paragraph after a question under 'Q:') is the interviewee's: the person
   the introduction names most often.
8. `continuation`: a quote right after an attributed one, with no other person
   named in between, keeps that speaker; in the same pass, `introduced`: a full quote
   opening the paragraph right after one of the writer's own that introduces one person
   only (named in full for the first time, a role set beside the name) is theirs.
9. `repeated`: a headline's quote (or a live blog entry heading's) that a quote
   further on repeats word for word is that quote's speaker's, where the headline
   names no one.
10. `headline`: such a quote said by a role alone ('..., reservoir manager warns') is
   the one person the article names who holds that role.

The cues around a quote come from `cues`; a cue's subject, and the `Speaker` its
word makes (a named person resolved through `People`, a pronoun resolved to the
nearest fitting person, an organisation, or an unnamed role: "a spokesman for the
Pentagon"), from `speakers`. Whether a quote is full or partial is read off the
text, in `marks`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from .article import Article, cue_span, line_end, line_start, mark_end, relaying, span_of
from .cues import cues_around, holders
from .descriptions import CAPITALS, POSSESSIVE, dateline_end, spaced_dash
from .lexicon import Lexicon
from .marks import DOUBLE_MARKS, Candidate, after_a_word, is_partial, quote_kind
from .people import POSSESSIVE_GENDERS, SUBJECT_DEPS, SUBJECT_PRONOUNS, Person
from .records import Quote, Span, Speaker
from .speakers import (ORGANISATION_ENTS, after_close_mark, can_speak, is_passive, issued_by, name_head,
                       named_after, source_of, speaker_of, subject_beside, subject_of)

# Tags of a finite verb: a quoted stretch with one is a clause, not a label.
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
# Unattributed partial quotes this long are kept: on PolNeAR's train split, 19 of the 21
# that long are gold quotes, against 21 of 45 shorter ones.
_UNSAID_MIN_WORDS = 8
# 'WALLACE: "..."': a name alone before a colon is a speaker label.
_LABEL_TOKENS = 4
_COORDINATION = re.compile(r",?\s+(?:and|or)\s+")
_HOLDING_DEPS = frozenset({"ccomp", "advcl"})
# A label naming nobody the article introduced is a speaker when it opens this many turns.
_LABEL_TURNS = 2
_TRANSCRIPT_LABEL = re.compile(rf"([{CAPITALS}][{CAPITALS}'’.-]+(?: [{CAPITALS}][{CAPITALS}'’.-]+){{0,2}}):\s")
# How a quote hangs on the noun after it when it only labels it.
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "nummod"})
# A headline's words for whoever heads a body ('Fed chief', 'BoE boss'): an office of head_offices.txt.
_HEADS = frozenset({"chief", "boss", "head"})
# How far up the parse a partial quote looks for the verb that governs it.
_GOVERNOR_STEPS = 4
# Tokens between a speech noun and the quote it introduces: 'comment that, "'.
_NOUN_BEFORE_STEPS = 3
# Words opening a sentence that point back at the quote before it: 'That was how Lopez put it.'
_BACK_POINTERS = frozenset({"that", "this", "those", "these", "so"})
# Nouns for what was just quoted, which 'the' points back at: 'The words of Imran Chaudhry ...
# drew the loudest cheer of the night.'
_QUOTED_NOUNS = frozenset({"word", "remark", "comment"})
# A dash after the close mark, or opening the next paragraph, then the speaker's name.
_DASH_TAG = re.compile(r"(\s*)([―—–-]+)[^\S\n]*(\w)")
# A dash that ends a paragraph with a name signs its quotes: '... evil’.” ― Christina Lastra.'
_SIGNATURE_END = re.compile(r"(\s*)([―—–]+)[^\S\n]*(\w[^―—–\n]*?)\W*$")
# A dash line under a quote is a signature: the name and little else ('- Hillary Clinton.').
_SIGNATURE_WORDS = 6
# The labels of an interview's questions and answers at a line's start: 'Q:', 'A.'; no names.
_QUESTION_LABEL = re.compile(r"^(?:Q|Question)\s*[:.]\s", re.MULTILINE)
# Cues of an exchange of questions and answers: '"...?" X asked. "...," Y replied.'
_ASKING = frozenset({"ask", "press", "question"})
_REPLYING = frozenset({"reply", "answer", "respond", "retort", "say"})
_INTERVIEW_LABEL = re.compile(r"(Q|A|Question|Answer)\s*[:.]\s*$")
# The words of a quote, for finding it again: case, apostrophes and punctuation aside.
_QUOTE_WORD = re.compile(r"\w+(?:['’]\w+)*")


@dataclass
class Found:
    """A quote's attribution while the passes work on it."""

    candidate: Candidate
    speaker: Speaker | None = None
    cue: Span | None = None
    rule: str | None = None


def attribute(doc: Doc, candidates: list[Candidate], lexicon: Lexicon, text: str | None = None,
              stretches: list[Candidate] | None = None, titles: list[Candidate] | None = None) -> list[Quote]:
    """Quotes with their speakers and cues, in order of appearance (`text` is doc.text, when
    the caller has it already: spaCy rebuilds it on every access; `stretches` every quoted
    stretch, the short ones too, and `titles` the quoted titles, when the caller has paired
    the marks already)."""
    article = Article(doc, candidates, lexicon, text, stretches, titles)
    found = [Found(c) for c in candidates]
    for index, item in enumerate(found):
        before = found[index - 1] if index else None
        if before is not None and before.speaker is not None \
                and _coordinated(article.text, before.candidate, item.candidate):
            # 'went on about "how the budget is rigged" and "forgotten harbor towns"': one speaker
            item.speaker, item.cue, item.rule = before.speaker, before.cue, before.rule
            continue
        for rule in (by_syntax, by_dash, by_colon, by_governor, by_next_sentence, by_previous_sentence, by_signature):
            if item.speaker is None:
                rule(article, index, item)
    by_interview(article, found)
    by_continuation(article, found)
    by_run_on_tag(article, found)
    by_repetition(article, found)
    by_headline_role(article, found)
    # A short partial quote nobody said is a scare quote or a name: 'a "targeted employment
    # area"'. A long one is still somebody's words, though the article does not say whose.
    kinds = [_phrase_in_sentence(article, item.candidate)
             or quote_kind(article.text, article.stretches, item.candidate, _tag_end(article, item)) for item in found]
    return [_record(article.text, item, kind) for item, kind in zip(found, kinds)
            if item.speaker is not None or kind == "full" or item.candidate.words(article.text) >= _UNSAID_MIN_WORDS]


def _phrase_in_sentence(article: Article, c: Candidate) -> str | None:
    """"partial" for words with no verb set in the writer's sentence right after a word of
    it ('the move showed "Tesla's contempt for American workers."'): a phrase, though it
    opens in capitals and ends with a stop; an exclamation or a question is speech ('She
    declared "What a Super Tuesday!"'). None where the words before the quote decide."""
    if not after_a_word(article.text, c) or article.text[c.start:c.end].rstrip()[-1:] in ("!", "?"):
        return None
    words = article.doc[article.token_at(c.start).i:article.token_at(max(c.start, c.end - 1)).i + 1]
    return None if any(t.pos_ in ("VERB", "AUX") for t in words) else "partial"


def _tag_end(article: Article, item: Found) -> int | None:
    """Where the quote's reporting clause ends, when nothing but its object or its time
    stands between it and the quote ('told reporters, "...', not 'said the plan was, "...'
    nor 'said that for young workers, "...') and the quote does not open with a verb
    whose subject is the writer's ('Lopez, an aide said, "is very sure ..."')."""
    cue, c = item.cue, item.candidate
    if cue is None or cue.end > c.open_mark or article.token_at(c.start).pos_ in ("VERB", "AUX"):
        return None
    between = article.people.tokens[article.token_at(cue.end - 1).i + 1:article.token_at(c.open_mark).i]
    return None if any(t.pos_ in ("VERB", "AUX") or t.lower_ == "that" for t in between) else cue.end


def _coordinated(text: str, earlier: Candidate, later: Candidate) -> bool:
    """Two partial quotes joined by 'and' or 'or': 'a "caricature" and "un-conservative"'."""
    if earlier.close_mark is None or not is_partial(text, later):
        return False
    return _COORDINATION.fullmatch(text, earlier.close_mark + 1, later.open_mark) is not None


def by_syntax(article: Article, index: int, item: Found) -> None:
    """'"Q," X said.' / 'X said, "Q."' / 'X ..., stating "Q"' / 'according to X'."""
    c = article.candidates[index]
    cues = cues_around(article, index)
    for k, cue in enumerate(cues):
        subject = subject_of(article, cue)
        if item.cue is None:
            item.cue, item.rule = cue_span(article, cue), "syntax"
        if subject is None and is_passive(cue):  # its passive subject is not who spoke
            if cue.lemma_.lower() in article.lexicon.addressing_verbs:
                return  # 'Lopez was asked, "..."': someone asked, the article does not say who
            continue
        subject = subject or subject_beside(article, cue, c)
        if subject is not None and subject.lower_ in ("that", "which") and cue.dep_ == "relcl" \
                and cue.head.pos_ == "NOUN" and not can_speak(article, cue.head):
            continue  # 'schools that reminded him of "a forgotten place"': schools say nothing
        if subject is not None and cue.dep_ == "conj" and subject.head.i != cue.i and article.in_quote(cue.head.i) \
                and subject.pos_ == "NOUN" and subject.lemma_.lower() not in article.lexicon.role_nouns \
                and subject.lemma_.lower() not in article.lexicon.person_nouns:
            # 'X said that the ruling "creates confusion" and urged Congress to act': the parse
            # joined the cue to the quoted verb, whose subject is what X reported on
            continue
        if subject is not None and subject.pos_ == "NOUN" and not can_speak(article, subject) \
                and any(relaying(later) for later in cues[k + 1:]):
            continue  # 'According to Whitaker, the new rates could add "..."': rates say nothing
        if subject is not None:
            speaker = speaker_of(article, _owner_of_words_recalled(article, cue, subject, c) or subject)
            mention = speaker.mention
            if mention is not None and mention.start < cue.idx < mention.end:
                # the cue the tagger took for a noun of the phrase: 'A reader in Dunedin emails:'
                words = article.text[mention.start:cue.idx].rstrip()
                speaker = replace(speaker, mention=Span(words, mention.start, mention.start + len(words)))
            item.speaker, item.cue = speaker, cue_span(article, cue)
            return
    if item.speaker is None and is_partial(article.text, c):
        # 'Baker, Lopez said, had run the port for "a thousand years" and then lost "millions of
        # dollars a year."': a tag set into the sentence reports all of it
        opening = article.token_at(c.open_mark)
        for cue in article.sentence(opening.i):
            if cue.dep_ == "parataxis" and cue.head.head.i == cue.head.i and article.is_cue(cue):
                subject = subject_of(article, cue)
                if subject is not None:
                    item.speaker, item.cue, item.rule = speaker_of(article, subject), cue_span(article, cue), "syntax"
                    return


# Verbs of keeping another's words, whose object names whose they are: 'She still remembers
# his advice on her first day: "..."'.
_RECALLING_VERBS = frozenset({"recall", "remember", "repeat"})


def _owner_of_words_recalled(article: Article, cue: Token, subject: Token, c: Candidate) -> Token | None:
    """The owner of the words a verb of recalling takes as its object, before the quote a
    colon opens, where that is someone else than its subject: 'She recalls her father’s
    favourite line, one he repeated to every new trainee: "..."' (her father's), 'She still
    remembers his advice on her first day: "..."' (his)."""
    if cue.lemma_.lower() not in _RECALLING_VERBS or not article.text[:c.open_mark].rstrip().endswith(":"):
        return None
    opening = article.token_at(c.open_mark)
    words = next((t for t in cue.children if t.dep_ == "dobj" and t.pos_ == "NOUN" and t.i < opening.i
                  and (t.lemma_.lower() in article.lexicon.speech_nouns or not can_speak(article, t))), None)
    owner = next((t for t in words.children if t.dep_ == "poss"), None) if words is not None else None
    if owner is None or owner.lower_ in ("my", "our", "its", "their") or owner.lower_ == subject.lower_:
        return None
    mention, own = article.people.at(owner), article.people.at(subject)
    if owner.lower_ in POSSESSIVE_GENDERS:
        # ('She recalls her own words': hers, a pronoun of the subject's gender)
        gender = SUBJECT_PRONOUNS.get(subject.lower_) or (own.person.gender if own is not None else None)
        return None if gender in (None, POSSESSIVE_GENDERS[owner.lower_]) else owner
    return None if mention is not None and own is not None and mention.person is own.person else owner


_TIME_MARKS = frozenset({"when", "whenever", "while", "until", "till", "once"})


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
        words = article.doc[opening.i + 1:article.token_at(mark_end(c)).i]
        if own.start <= paragraph_start or not any(t.tag_ in _FINITE_TAGS for t in words) \
                or any(article.in_quote(t.i) for t in article.sentence(own.start - 1)):
            return  # after a quoted sentence, continuation decides
        opening = article.doc[own.start]
    own_paragraph = opening.i - 1 < paragraph_start
    if own_paragraph:
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
    # a reply, in a paragraph of its own, is the one asked's: 'So I asked him how many more
    # seasons he has in him. ¶ "I'll know when I know."'
    reply = own_paragraph and not _is_question(article.text, c)
    # The main clause's cue first ('Carter said that critics had been predicting ...'), then the
    # last; none in a clause of time, which tells when, not who speaks next ('Dahl has thought
    # often about the bag of berries still in her freezer when investigators called in March.')
    tokens = [t for t in tokens if not _in_clause_of_time(t)]
    for cue in sorted(reversed(tokens), key=_depth):
        if cue.i not in verbs:
            source = source_of(article, cue)  # 'The union issued a statement on Friday, which ...'
            if source is not None:
                item.speaker, item.cue, item.rule = source, cue_span(article, cue), "nearby"
                return
            continue
        asked = _asked(cue) if reply else None
        if asked is not None:
            item.speaker, item.rule = speaker_of(article, asked), "nearby"
            return
        subject = subject_of(article, cue)
        if subject is None and after_close_mark(article, cue):
            subject = named_after(article, cue)  # '"Nonsense," wrote a voter who runs a blog. "..."'
        if subject is None:
            subject = _name_set_off_before(article, cue)
        if subject is not None:
            item.speaker, item.cue, item.rule = speaker_of(article, subject), cue_span(article, cue), "nearby"
            return
    if not any(article.in_quote(t.i) for t in sentence if t.i < opening.i):
        # A quote after a sentence about a named person, with no reporting verb: 'Ruiz named
        # tuition hikes as a reason. "Our students are tired of paying more ..."'.
        roots = [t for t in sentence if paragraph_start <= t.i < opening.i and t.head.i == t.i]
        subjects = [c for root in roots for c in root.children if c.dep_ == "nsubj"]
        if subjects and (article.people.at(subjects[0]) is not None or _resolved_pronoun(article, subjects[0])):
            item.speaker, item.rule = speaker_of(article, subjects[0]), "nearby"


def _in_clause_of_time(cue: Token) -> bool:
    """Whether a verb heads a clause of time hung on another: 'when investigators called'."""
    return cue.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in _TIME_MARKS for c in cue.children)


def _asked(cue: Token) -> Token | None:
    """The person an active verb of asking asks: 'him' of 'I asked him how many seasons'."""
    if cue.lemma_.lower() not in _ASKING or any(c.dep_ in ("nsubjpass", "auxpass") for c in cue.children):
        return None
    return next((c for c in cue.children if c.dep_ in ("dobj", "dative")
                 and (c.ent_type_ == "PERSON" or c.lower_ in ("him", "her"))), None)


def by_next_sentence(article: Article, index: int, item: Found) -> None:
    """'"We will not back down." That was how Lopez put it.', 'That quote from Lopez ran on
    the front page.', 'Those were the words of Lopez.': the tag in the sentence after a
    quote that is its own sentence, when that sentence opens by pointing back at it."""
    c = item.candidate
    if c.close_mark is None or is_partial(article.text, c):
        return
    close = article.token_at(c.close_mark)
    paragraph_end = article.paragraph_tokens(c.close_mark)[1]
    if close.i + 1 >= paragraph_end:
        _owned_in_next_paragraph(article, item)
        return
    window = [t for t in article.sentence(close.i + 1) if close.i < t.i < paragraph_end]
    words = [t for t in window if not t.is_punct and not t.is_space]
    if words and words[0].lower_ == "the" and _words_of(article, item, words[0].head):
        return
    if words and words[0].lower_ == "the" and words[0].dep_ == "det" and words[0].head.dep_ == "nsubj" \
            and words[0].head.lemma_.lower() in article.lexicon.speech_nouns \
            and _given_to_issuer(article, item, words[0].head):
        return  # ('"..." The message, posted by municipal spokesman Sipho Ndlovu on Wednesday night, drew')
    if words and _with_those_words(article, item, words):
        return
    if not words or words[0].lower_ not in _BACK_POINTERS:
        return
    if words[0].dep_ == "det":  # 'That quote from Lopez', not 'That night a statement from Lopez'
        noun = words[0].head
        source = source_of(article, noun) if noun.lemma_.lower() in article.lexicon.speech_nouns else None
        if source is not None:
            item.speaker, item.cue, item.rule = source, cue_span(article, noun), "nearby"
        elif noun.lemma_.lower() in article.lexicon.speech_nouns and noun.dep_ == "nsubj" \
                and noun.head.lemma_ == "come":
            _given_to_object(article, item, noun.head, noun, ("from",))  # 'That plea came later from X'
        return
    if words[0].dep_ == "nsubj" and words[0].head.lemma_ == "be" and _pointed_back_at(article, item, words[0]):
        return
    for cue in sorted((t for t in window if article.is_cue(t)), key=_depth):
        subject = subject_of(article, cue)  # not the pointer itself: 'That said, ...'
        if subject is not None and subject.lower_ not in _BACK_POINTERS:
            item.speaker, item.cue, item.rule = speaker_of(article, subject), cue_span(article, cue), "nearby"
            return


def _words_of(article: Article, item: Found, noun: Token) -> bool:
    """Give the quote to whom the sentence after it, opening on the words quoted, says they
    are from: '"..." The words of Imran Chaudhry, chairman of the tenants' association, drew
    the loudest cheer'. Whether it did."""
    if noun.lemma_.lower() not in _QUOTED_NOUNS or noun.tag_ != "NNS" or noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return _given_to_object(article, item, noun, noun, ("of", "from"))


def _owned_in_next_paragraph(article: Article, item: Found) -> None:
    """A quote that is a paragraph by itself, then a paragraph that opens by giving its words
    to someone: 'The words belong to Lee Garside, 34, a quality inspector', 'Those words came
    from X', 'The words are those of X'."""
    text, c = article.text, item.candidate
    dateline = dateline_end(text, c.open_mark)  # ('SAN ANTONIO — “...”')
    after_dateline = dateline >= 0 and not text[dateline:c.open_mark].strip().strip("—–-").strip()
    start = _line_after(text, c.close_mark) if _whole_line(text, c) or after_dateline else None
    if start is None:
        return
    opening = article.token_at(start)
    words = [t for t in article.sentence(opening.i) if not t.is_punct and not t.is_space]
    if words and _with_those_words(article, item, words):
        return
    first = words[0] if words else None
    if first is not None and first.lower_ in _BACK_POINTERS and first.dep_ == "nsubj" and first.head.lemma_ == "be":
        _pointed_back_at(article, item, first)  # ('Those were the first words of a tearful Okafor')
        return
    noun = first.head if first is not None and first.lower_ in ("the", "those", "these", "that", "this") \
        and first.dep_ == "det" else None
    if noun is None or noun.lemma_.lower() not in article.lexicon.speech_nouns or noun.dep_ != "nsubj":
        return
    if noun.head.lemma_ not in ("belong", "come", "be"):
        # ('"..." The message, posted by municipal spokesman Sipho Ndlovu on Wednesday night, drew
        # thousands of replies': who put it out)
        _given_to_issuer(article, item, noun)
        return
    verb = noun.head
    owner = next((t for t in verb.children if t.dep_ == "attr" and t.lower_ == "those"), verb)
    preposition = "to" if verb.lemma_ == "belong" else "from" if verb.lemma_ == "come" else "of"
    _given_to_object(article, item, owner, noun, (preposition,))


def _given_to_issuer(article: Article, item: Found, noun: Token) -> bool:
    """Give the quote, by the document noun a sentence after it opens on, to whom a participle
    on the noun says put it out: 'The message, posted by X,' (the name right after a role noun
    the parse made the object: 'posted by municipal spokesman Sipho Ndlovu on Wednesday
    night'). Whether it did."""
    source = next((o for o in issued_by(article, noun) if o.head.head.tag_ == "VBN" and can_speak(article, o)), None)
    if source is None:
        return False
    if source.i + 1 < len(article.doc) and source.lower_ in article.lexicon.role_nouns:
        mention = article.people.at(article.doc[source.i + 1])
        if mention is not None and mention.start == source.i + 1:
            source = article.doc[mention.end - 1]
    item.speaker, item.cue, item.rule = speaker_of(article, source), cue_span(article, noun), "nearby"
    return True


def _with_those_words(article: Article, item: Found, words: list[Token]) -> bool:
    """Give the quote to the subject of a sentence that opens by pointing back at its words:
    '"..." With those words, Judge Nomvula Mahlangu-Dube, writing for a unanimous bench,
    ordered ...' (the parse may make a participle the subject: the first who can speak after
    the comma then). Whether it did."""
    if len(words) < 3 or words[0].lower_ != "with" or words[1].lower_ not in _BACK_POINTERS \
            or words[2].lemma_.lower() not in _QUOTED_NOUNS or words[2].head.i != words[0].i:
        return False
    verb = words[0].head
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and can_speak(article, c)), None)
    if subject is None:
        sentence = article.sentence(words[0].i)
        after = [t for t in sentence if t.i > words[2].i and t.i < verb.i and not article.in_quote(t.i)]
        subject = next((t for t in after if article.people.at(t) is not None), None)
    if subject is None:
        return False
    item.speaker, item.cue, item.rule = speaker_of(article, subject), cue_span(article, words[2]), "nearby"
    return True


def _pointed_back_at(article: Article, item: Found, pointer: Token) -> bool:
    """Give the quote to whom a sentence opening on a word pointing back at it says it came
    from: 'Those were the words of Lopez', 'That was the message from Lopez' (a speech noun),
    'That was Lopez, describing ...' (a person named). Whether it did."""
    noun = next((c for c in pointer.head.children if c.dep_ == "attr"), None)
    source = source_of(article, noun) \
        if noun is not None and noun.lemma_.lower() in article.lexicon.speech_nouns else None
    if source is not None:
        item.speaker, item.cue, item.rule = source, cue_span(article, noun), "nearby"
    elif pointer.lower_ in ("that", "this"):
        _named_as_the_voice(article, item, pointer.head)
    return item.speaker is not None


def _named_as_the_voice(article: Article, item: Found, verb: Token) -> None:
    """'"..." [¶] That was Graciela Montoya-Ruiz, a school cafeteria manager, describing the
    advertising blitz': the person the sentence says the quote was, named, speaks; the cue is
    the participle that tells what they did, or the verb."""
    person = next((t for t in verb.children if t.dep_ == "attr" and t.pos_ == "PROPN"), None)
    if person is None or article.people.at(person) is None:
        return
    participle = next((t for t in person.subtree if t.dep_ == "acl" and t.tag_ == "VBG"
                       and (t.head.i == person.i or t.head.dep_ == "appos")), None)
    item.speaker, item.cue, item.rule = speaker_of(article, person), cue_span(article, participle or verb), "nearby"


def _given_to_object(article: Article, item: Found, head: Token, noun: Token, prepositions: tuple[str, ...]) -> bool:
    """Give the quote, by the speech noun `noun`, to the object of a preposition on `head`
    that can speak ('of X', 'from X', 'to X'; past one denied: 'came not from the secretary
    but from X'). Whether it did."""
    source = next((o for p in head.children if p.dep_ == "prep" and p.lower_ in prepositions
                   for kept in _but_for_denied(p) for o in kept.children if o.dep_ == "pobj"), None)
    if source is None or not can_speak(article, source):
        return False
    item.speaker, item.cue, item.rule = speaker_of(article, source), cue_span(article, noun), "nearby"
    return True


def _but_for_denied(preposition: Token) -> list[Token]:
    """A preposition, or where 'not' denies it, the one 'but' joins to it: 'not from the
    secretary but from X'."""
    if not any(c.dep_ == "neg" for c in preposition.children):
        return [preposition]
    return [c for c in preposition.children if c.dep_ == "conj" and c.lower_ == preposition.lower_]


def by_signature(article: Article, index: int, item: Found) -> None:
    """A press release's quotes, each a paragraph of its own, then a line that names who
    said them and nothing more: '"..."' / '"..."' / 'The Honourable Marguerite Doyle-Nakamura,
    Minister of Crown-Indigenous Relations'. The line holds no verb, no quote and no stop at
    its end, and opens with the person, in its first words."""
    text, candidates = article.text, article.candidates
    if not _whole_line(text, candidates[index]):
        return
    last = index
    start = _line_after(text, candidates[last].start)
    while last + 1 < len(candidates) and _whole_line(text, candidates[last + 1]) \
            and start == line_start(text, candidates[last + 1].open_mark):
        last += 1
        start = _line_after(text, candidates[last].start)
    if start is None:
        return
    end = line_end(text, start)
    line = text[start:end].rstrip()
    if not line or line[-1] in ".!?:;" or any(mark in line for mark in DOUBLE_MARKS) \
            or len(line.split()) > _SIGNED_LINE_WORDS:
        return
    tokens = [t for t in article.doc[article.token_at(start).i:article.token_at(end - 1).i + 1] if not t.is_space]
    if any(t.pos_ in ("VERB", "AUX") for t in tokens):
        return
    person = next((t for t in tokens[:_SIGNED_LINE_OPENING] if article.people.at(t) is not None), None)
    if person is not None:
        item.speaker, item.rule = speaker_of(article, person), "signed"


# How long a line naming who said the quotes above it may be, in words, and within how many
# of its first words the person stands ('The Honourable Marguerite Doyle-Nakamura').
_SIGNED_LINE_WORDS = 16
_SIGNED_LINE_OPENING = 5


def _whole_line(text: str, c: Candidate) -> bool:
    """Whether a quote is a paragraph by itself: nothing before its mark on its line, and
    nothing after its closing mark (or it runs on into the next paragraph)."""
    return _opens_paragraph(text, c) and (
        c.close_mark is None or not text[c.close_mark + 1:line_end(text, c.close_mark)].strip())


def _line_after(text: str, index: int) -> int | None:
    """Where the first line with words after the line holding character `index` starts, past
    blank lines."""
    k = line_end(text, index)
    while k < len(text) and text[k].isspace():
        k += 1
    return k if k < len(text) else None


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
    return token.lower_ in ("he", "she") and speaker_of(article, token).name is not None


def _depth(token: Token) -> int:
    """How far below its sentence's root a token hangs, a clause joined by 'and' as high as
    the one before it: a main clause's verb first ('Lopez said, and her husband cut in')."""
    return sum(1 for node in (token, *token.ancestors) if node.dep_ not in ("conj", "ROOT"))


def _stands_alone(article: Article, c: Candidate) -> bool:
    """A quote that is its paragraph: nothing but punctuation after its close mark, or no
    close mark, the quote running on into the next paragraph (not a transcript's turn)."""
    if c.close_mark is None:
        return not _TRANSCRIPT_LABEL.match(article.text, c.start, c.end)
    rest = article.text[c.close_mark + 1:line_end(article.text, c.close_mark)]
    return not any(ch.isalnum() for ch in rest)


def by_governor(article: Article, index: int, item: Found) -> None:
    """A quote with no reporting verb: a speech noun that carries it, for its owner or
    issuer ('Her reply was "no"'); else, for a partial quote, the verb that governs it,
    and its subject ('Lopez dismissed the town as being in the "backyard of the capital"').
    """
    c = article.candidates[index]
    first = article.token_at(c.open_mark)
    last = article.token_at(mark_end(c))
    paragraph = article.paragraph_tokens(c.open_mark)
    ancestors = _ancestors_outside(article, range(first.i + 1, last.i), paragraph)
    partial = is_partial(article.text, c)
    for noun in _noun_before(article, first, paragraph) + _carrying_nouns(article, ancestors, partial):
        speaker = source_of(article, noun)
        if speaker is not None:
            # "Trump's claim that there were "thousands of shootings"", 'Her reply was "no"',
            # 'The union issued a statement, "..."'
            item.speaker, item.cue, item.rule = speaker, cue_span(article, noun), "governor"
            return
    if not partial:
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
                subject = subject_of(article, node) or _name_set_off_before(article, node)
                if subject is not None and can_speak(article, subject):
                    node, subject = _outermost(article, node, subject, paragraph)
                    item.speaker, item.cue, item.rule = speaker_of(article, subject), cue_span(article, node), "governor"
                    return
            if node.head.i == node.i:
                break
            node = node.head


def _name_set_off_before(article: Article, verb: Token) -> Token | None:
    """A person named right before a main verb the parse gave no subject, after a comma:
    'In a statement issued by his press secretary, Mr Olamide Akintola, Fasanmi dedicated',
    with the name made a conjunct of the secretary's; also with a noun set beside the name
    between them: 'At a camp in Pokhara, Bishnu Gurung, a 41-year-old hotel cook, described'."""
    if verb.dep_ != "ROOT" or verb.i < 2 or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    name = article.doc[verb.i - 1]
    end = verb.i
    if name.text == "," and name.i > 0 and (beside := article.doc[name.i - 1]).dep_ == "appos" \
            and article.doc[beside.left_edge.i - 1].text == ",":
        name, end = beside.head, beside.left_edge.i - 1
    mention = article.people.at(name)
    if mention is None or mention.end != end or mention.start < 1 or article.doc[mention.start - 1].text != ",":
        return None
    return name


def _noun_before(article: Article, mark: Token, paragraph: tuple[int, int]) -> list[Token]:
    """The noun right before a quote's opening mark, past a comma, colon or 'that':
    'in Lopez's words, "..."', 'her comment that, "..."' (a parse may hang it inside the
    quote), or the noun the phrase there is 'of': 'In the words of Governor Jane Roe, "..."'."""
    i = mark.i - 1
    while i > paragraph[0] and mark.i - i <= _NOUN_BEFORE_STEPS and (
            article.doc[i].text in (",", ":") or article.doc[i].lower_ == "that"):
        i -= 1
    if i < paragraph[0]:
        return []  # the quote opens its paragraph
    token = article.doc[i]
    if article.in_quote(i):
        return []
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ == "NOUN" \
            and token.head.head.lemma_.lower() in article.lexicon.speech_nouns:
        return [token.head.head]  # 'In the words of Governor Jane Roe, "..."'
    return [token] if token.pos_ == "NOUN" else []


def _carrying_nouns(article: Article, ancestors: list[Token], partial: bool) -> list[Token]:
    """Speech nouns above a quote in the parse, or the subject of a copula above it, or of
    any verb above a full quote: 'her claim that "..."', 'the union's statement, "..."',
    'Her reply was: "..."', '"...," came the reply from Maria Lopez' (a partial quote's
    verb is its cue: 'The union's ad attacks a "broken pension system"')."""
    nouns = []
    for node in ancestors:
        if node.lemma_ == "be" or (node.pos_ == "VERB" and not partial):
            nouns += [c for c in node.children if c.dep_ == "nsubj" and not article.in_quote(c.i)]
        elif node.pos_ == "NOUN":
            nouns.append(node)
    return [n for n in nouns if n.pos_ == "NOUN" and n.lemma_.lower() in article.lexicon.speech_nouns]


def _outermost(article: Article, verb: Token, subject: Token, paragraph: tuple[int, int]) -> tuple[Token, Token]:
    """The verb, and its subject, of the clause that holds a governing verb's clause as what
    someone says or why: 'Lopez tried to turn the tables, portraying Baker as greedy because
    he had accepted "about $90,000 in fees"' is Lopez's. And a verb of what a noun's 'that'
    clause holds, where the parse hung the quote's 'as' on it, is the verb's whose object the
    noun is: 'Tanabe dismissed suggestions that Kaneshiro was falling behind as "a very
    European way of looking at things"' is Tanabe's."""
    if verb.dep_ == "acl" and verb.head.dep_ == "dobj" and paragraph[0] <= verb.head.head.i < paragraph[1] \
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children) \
            and any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
        above = subject_of(article, verb.head.head)
        if above is not None and can_speak(article, above) and not article.in_quote(verb.head.head.i):
            verb, subject = verb.head.head, above
    for node in holders(verb, _HOLDING_DEPS, *paragraph):
        if node.pos_ == "VERB" and not article.in_quote(node.i):
            above = subject_of(article, node)
            if above is not None and can_speak(article, above):
                verb, subject = node, above
    return verb, subject


def _ancestors_outside(article: Article, inside: range, paragraph: tuple[int, int]) -> list[Token]:
    """The words above a quote in the parse, outside every quote, nearest first."""
    found: list[int] = []
    heads = article.heads
    for i in inside:
        node = i
        for _ in range(_GOVERNOR_STEPS + 2):
            if heads[node] == node or not paragraph[0] <= heads[node] < paragraph[1]:
                break
            node = heads[node]
            if not article.in_quote(node) and node not in found:
                found.append(node)
    return [article.people.tokens[i] for i in found]


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
        if len(text[match.start(3):line_end(text, match.start(3))].split()) > _SIGNATURE_WORDS:
            return
    if match is None:
        match = _SIGNATURE_END.search(text, c.close_mark + 1, line_end(text, c.close_mark))
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
        item.speaker, item.cue, item.rule = speaker_of(article, name), cue_span(article, dash), "dash"


def _names_unknown_speaker(article: Article, label: str) -> bool:
    """Whether a transcript label the article names nobody by is still someone's name.

    A transcript labels each turn, so a speaker's label comes back ('WALLACE:' when the
    article never gives Wallace's full name); 'VIDEO:' or 'HOST:' labels what is no name:
    a word the article also writes in lower case, or a role noun.
    """
    words = [w.lower() for w in re.split(r"[\s.]+", label) if w]
    return article.text.count(label + ":") >= _LABEL_TURNS and not any(
        w in article.lexicon.role_nouns or article.people.written_in_lower_case(w) for w in words)


def by_colon(article: Article, index: int, item: Found) -> None:
    """'X said: "Q"' or 'X: "Q"', the colon ending the text before the quote; or a
    transcript's label inside it: '"WALLACE: Let's start ..."'."""
    c = item.candidate
    label = _TRANSCRIPT_LABEL.match(article.text, c.start, c.end)
    if label:
        mention = Span(label.group(1), label.start(1), label.end(1))
        person = article.people.find(label.group(1).title())
        if person is not None:
            item.speaker, item.rule = Speaker(person.name, person.role, person.affiliation, mention), "colon"
            return
        if _names_unknown_speaker(article, label.group(1)):
            item.speaker, item.rule = Speaker(label.group(1), None, None, mention), "colon"
            return
    if _named_after_colon(article, item):
        return
    i = item.candidate.open_mark - 1
    while i >= 0 and article.text[i].isspace():
        i -= 1
    if i < 0 or article.text[i] != ":":
        return
    colon = article.token_at(i)
    before = list(article.doc[article.sentence(colon.i).start:colon.i])
    spoke = _speaking_clause_to(article, before, colon)
    if spoke is not None:
        item.speaker, item.cue, item.rule = speaker_of(article, spoke.head), cue_span(article, spoke), "colon"
        return
    cues = [t for t in before if article.is_cue(t)]
    for cue in reversed(cues):
        subject = subject_of(article, cue)
        if subject is not None:
            speaker = _document_read(article, subject, cue) \
                or speaker_of(article, _possessor_speaking(article, subject) or subject)
            item.speaker, item.cue, item.rule = speaker, cue_span(article, cue), "colon"
            return
    start = max(article.sentence(colon.i).start, article.paragraph_tokens(colon.idx)[0])
    # 'DOCKERS WANT STABLE HOURS - Carlos Mendes and Ana Ruiz: "..."': a headline, a
    # dash set off by a space (not the hyphen of 'libertarian-style'), then who is quoted.
    dashes = [t.i for t in article.doc[start + 1:colon.i] if spaced_dash(t)]
    start = dashes[-1] + 1 if dashes else start
    label = [t for t in article.doc[start:colon.i] if not t.is_punct]
    if _interview_label(article, c):
        return  # 'Q: "..."', 'A: "..."': the interview's labels name no one (see by_interview)
    if label and len(label) <= _LABEL_TOKENS and all(t.text[0].isupper() and t.is_alpha for t in label):
        speaker = speaker_of(article, label[-1])  # 'WALLACE: "..."': a label names its speaker
        if speaker.name is None and speaker.role is None:  # (an office is no name: '2.10pm - Premier: "..."')
            words = article.doc[label[0].i:label[-1].i + 1]
            speaker = replace(speaker, name=words.text, mention=span_of(words))
        item.speaker, item.rule = speaker, "colon"
        return
    # (not a relative clause's: 'From the charity that runs the ship, SOS Mediterranee: "..."')
    verbs = [t for t in article.doc[start:colon.i] if t.pos_ in ("VERB", "AUX") and not article.in_quote(t.i)
             and not article.titled[t.i] and not any(a.dep_ == "relcl" for a in (t, *t.ancestors))]
    named = [t for t in label if article.people.at(t) is not None]
    # 'Rep. Trey Gowdy (R-S.C.): "..."', 'From Bush's Facebook post: "..."', or a name the colon
    # follows, past a verb that does not report: 'The surge doesn't surprise pollster Dana Ortiz: "..."'
    introduced = bool(named) and named[-1].i == colon.i - 1 and name_head(named[-1]).dep_ not in ("pobj", "poss")
    if named and (not verbs or introduced):
        item.speaker, item.rule = speaker_of(article, named[-1]), "colon"
        return
    # 'From the White House: "..."', 'From the mayor's office: "..."': who the words come from,
    # past a verb that only sets the words there ('From X there was only a statement:',
    # 'From the White House came a statement:')
    sources = [obj for t in label[:1] if t.lower_ == "from" and all(v.lemma_ in ("be", "come") for v in verbs)
               for obj in t.children if obj.dep_ == "pobj" and can_speak(article, obj)]
    if sources:
        speaker = speaker_of(article, sources[0])
        if speaker.name or speaker.role:
            item.speaker, item.rule = speaker, "colon"
            return
    owned = _words_owned_before_colon(article, label, colon)
    if owned is not None:
        item.speaker, item.rule = speaker_of(article, owned), "colon"
        return
    # 'Sanders made the following comment: "..."': the main clause's verb first.
    for verb in sorted(reversed(verbs), key=_depth):
        subject = subject_of(article, verb)
        if subject is not None and (subject.lower_ in ("we", "i") or (subject.pos_ == "NOUN"
                                                                      and not can_speak(article, subject))):
            # a live blog's writers, who pass on a document, or a thing (then only the document
            # it is, or is from): the document's source speaks ('We have a statement from
            # Arclight Esports, which organizes the Finals:', 'Here is an excerpt from his speech:')
            documents = [t for t in label if t.pos_ == "NOUN" and t.lemma_.lower() in article.lexicon.speech_nouns
                         and (subject.lower_ in ("we", "i") or subject.is_ancestor(t) or t == subject)]
            sources = [s for d in reversed(documents) if (s := source_of(article, d)) is not None and s.name]
            if sources:
                item.speaker, item.rule = sources[0], "colon"
                return
        if subject is not None:
            # (a thing of someone's, who speaks: 'Halloran's closing line was blunt: "..."')
            subject = _possessor_speaking(article, subject) or subject
            item.speaker, item.cue, item.rule = speaker_of(article, subject), cue_span(article, verb), "colon"
            return


def _named_after_colon(article: Article, item: Found) -> bool:
    """A headline's quote that opens its line, then a colon and the name of who said it,
    maybe after their body's possessive: '“We lend to people the banks pretend not to
    see”: KoinWarung’s Ayu Kartika Sari on building a micro-lender'. Whether it gave it."""
    text, c = article.text, item.candidate
    if c.close_mark is None or not _opens_paragraph(text, c):
        return False
    after = c.close_mark + 1
    while after < len(text) and text[after] in " \t":
        after += 1
    if after >= len(text) or text[after] != ":":
        return False
    colon = article.token_at(after)
    for token in article.doc[colon.i + 1:colon.i + 8]:
        mention = article.people.at(token)
        if mention is not None and mention.person.name:
            item.speaker, item.rule = speaker_of(article, token), "colon"
            return True
        if token.is_space or not (token.text[:1].isupper() or token.text in POSSESSIVE):
            return False
    return False


def _words_owned_before_colon(article: Article, label: list[Token], colon: Token) -> Token | None:
    """The owner of a noun for words that the text before a colon is, with no verb of its
    own, the parse hanging it on the quote: 'The governor’s parting line, in response to a
    question about when households can expect relief: “...”'."""
    noun = next((t for t in label if t.pos_ == "NOUN" and t.head.i > colon.i and not can_speak(article, t)), None)
    owner = next((c for c in noun.children if c.dep_ == "poss"), None) if noun is not None else None
    if owner is None or not (owner.lower_ in ("his", "her") or article.people.at(owner) is not None
                             or owner.lemma_.lower() in article.lexicon.role_nouns):
        return None
    return owner


def _possessor_speaking(article: Article, noun: Token) -> Token | None:
    """The possessor of a common noun that cannot speak, where the possessor is a person
    the article names, or 'his' or 'her' ('His account, told over coffee, is worth hearing in
    full:')."""
    if noun.pos_ != "NOUN" or can_speak(article, noun):
        return None
    return next((c for c in noun.children if c.dep_ == "poss" and (c.lower_ in ("his", "her") or (
        c.text[:1].isupper() and (article.people.at(c) is not None
                                  or article.people.find(c.text, at=c.i) is not None)))), None)


def _document_read(article: Article, subject: Token, verb: Token) -> Speaker | None:
    """Who put out the document 'it reads' stands for, named in the writer's sentence before:
    'Maison Auberac has issued a statement. It reads in part:'. None for any other subject."""
    if subject.lower_ != "it" or verb.lemma_.lower() != "read":
        return None
    start = article.people.organisations.writers_sentence_before(article.sentence(subject.i).start)
    if start is None:
        return None
    documents = [t for t in article.sentence(start) if t.pos_ == "NOUN" and not article.in_quote(t.i)
                 and t.lemma_.lower() in article.lexicon.speech_nouns]
    source = source_of(article, documents[-1]) if documents else None
    return source if source is not None and source.name else None


def _speaking_clause_to(article: Article, words: list[Token], colon: Token) -> Token | None:
    """The verb of a clause on someone, running up to the colon, that tells they spoke: a
    'who' clause ('The final word goes to manager Ian Castellan, who spoke to reporters a few
    minutes ago:') or a participle ('One season-ticket holder, speaking outside the ground:')."""
    return next((c for c in words if c.right_edge.i == colon.i - 1 and c.head.i < c.i
                 and (c.lemma_.lower() in article.lexicon.reporting_verbs or c.lemma_.lower() in ("speak", "talk"))
                 and ((c.dep_ == "relcl" and any(s.lower_ == "who" and s.dep_ == "nsubj" for s in c.children))
                      or (c.dep_ == "acl" and c.tag_ == "VBG"))
                 and not article.in_quote(c.head.i) and c.head.pos_ in ("NOUN", "PROPN")), None)


def _interview_label(article: Article, c: Candidate) -> str | None:
    """'Q' or 'A' (or 'Question', 'Answer') where the quote's line opens with that label."""
    line = line_start(article.text, c.open_mark)
    label = _INTERVIEW_LABEL.fullmatch(article.text, line, c.open_mark)
    return label.group(1)[0] if label else None


def _after_a_question(article: Article, c: Candidate) -> bool:
    """Whether the quote opens its paragraph and the paragraph before opens with 'Q:'."""
    text = article.text
    line = line_start(text, c.open_mark)
    if text[line:c.open_mark].strip():
        return False
    before = text[:line].rstrip()
    return bool(before) and _QUESTION_LABEL.match(text, before.rfind("\n") + 1) is not None


def by_interview(article: Article, found: list[Found]) -> None:
    """An interview's answers are the interviewee's: a quote under 'A:' or opening the
    paragraph after a question under 'Q:'. The interviewee is the person the text before
    the first question names most often (the first of them on a tie); none when it names no
    one. A question is no one's the article names ('Q:' is the interviewer)."""
    first = _QUESTION_LABEL.search(article.text)
    if first is None:
        return
    answers = [item for item in found if item.speaker is None and (
        _interview_label(article, item.candidate) == "A" or _after_a_question(article, item.candidate))]
    interviewee = article.people.most_named_before(article.token_at(first.start()).i) if answers else None
    if interviewee is None:
        return
    person, mention = interviewee
    for item in answers:
        item.speaker = Speaker(person.name, person.role, person.affiliation, span_of(mention))
        item.rule = "interview"


def by_continuation(article: Article, found: list[Found]) -> None:
    """A quote after an attributed one keeps its speaker, unless someone new is named between.

    A partial quote is the writer's sentence quoting someone: it continues only the
    sentence of the quote before it ('described Trump as "a caricature" and "un-conservative"'),
    a sentence it makes up but for a connective ('..., he said. But "it helps."'), or the
    next one when it is about what was just said ('That makes her "..."').
    """
    previous: Found | None = None
    exchange: tuple[Found, Found] | None = None  # who asked and who replied, the quote before a reply
    for item in found:
        if item.speaker is not None:
            exchange = (previous, item) if _replies(article, item, previous) else None
            previous = item
            continue
        if _TRANSCRIPT_LABEL.match(article.text, item.candidate.start, item.candidate.end) \
                or _interview_label(article, item.candidate) == "Q":
            previous = None  # 'HOST: ...', 'Q: ...': a new speaker, though the article names nobody by it
            continue
        turn = _turn(article, exchange, previous, item) if exchange is not None and previous is not None else None
        if turn is not None and not _someone_between(article, previous, item.candidate):
            # '"...?" Lindqvist asked. ¶ "...," Dunleavy replied. ¶ "Would you release yours?" ¶
            # "..."': the exchange goes on, a question the asker's, the paragraph after it the replier's
            item.speaker, item.rule = turn.speaker, "continuation"
            previous = item
            continue
        if previous is not None and is_partial(article.text, item.candidate) \
                and not _same_sentence(article, previous.candidate, item.candidate) \
                and not _next_sentence(article, previous.candidate, item.candidate) \
                and not _opens_sentence(article, item.candidate):
            continue
        if previous is not None and not _someone_between(article, previous, item.candidate):
            item.speaker, item.rule = previous.speaker, "continuation"
            previous = item
            continue
        introduced = _introduced_before(article, item.candidate) if item.cue is None else None
        if introduced is not None:
            item.speaker, item.rule = introduced, "introduced"
            previous = item


def _replies(article: Article, item: Found, before: Found | None) -> bool:
    """Whether a quote is someone's reply to the question the quote before asked: '"...?"
    Lindqvist asked. "...," Dunleavy replied.'"""
    return before is not None and item.cue is not None and before.cue is not None \
        and article.token_at(item.cue.start).lemma_ in _REPLYING \
        and article.token_at(before.cue.start).lemma_ in _ASKING \
        and before.speaker is not None and item.speaker is not None \
        and before.speaker.name is not None and before.speaker.name != item.speaker.name


def _turn(article: Article, exchange: tuple[Found, Found], previous: Found, item: Found) -> Found | None:
    """Whose turn a paragraph that is only a quote is in an exchange: a question after the
    replier's words is the asker's, and the paragraph after the asker's question the
    replier's; None when the paragraph does not take its turn."""
    asker, replier = exchange
    c = item.candidate
    if not _opens_paragraph(article.text, c) or not _stands_alone(article, c):
        return None
    question = _is_question(article.text, c)
    if question and previous.speaker == replier.speaker:
        return asker
    if not question and previous.speaker == asker.speaker and previous is not asker:
        return replier
    return None


def by_run_on_tag(article: Article, found: list[Found]) -> None:
    """A quote running over paragraphs, each opened with a mark and none closed but the
    last, is one quotation: the tag in its last paragraph names the speaker of the
    paragraphs before it ('"A ... ¶ "B ... ¶ "C," she said'), over a speaker carried on
    from an earlier quote or, for a quote opening its paragraph, named in the sentence
    before it. The paragraphs open with the same mark: a block of another
    paper's article set in straight marks, with curly ones for the quotes inside it, is
    the paper's, not whoever its last paragraph quotes; and a transcript's turns ('"RAMOS:
    ...') are each their own."""
    text = article.text
    for index in range(len(found) - 2, -1, -1):
        item, after = found[index], found[index + 1]
        c, d = item.candidate, after.candidate
        if c.close_mark is None and after.speaker is not None \
                and (item.rule in (None, "continuation") or (item.rule == "nearby" and _run_tagged(found, index)
                                                             and _opens_paragraph(text, c))) \
                and text[c.open_mark] == text[d.open_mark] and not text[c.end:d.open_mark].strip() \
                and not any(_TRANSCRIPT_LABEL.match(text, q.start, q.end) for q in (c, d)):
            item.speaker, item.cue, item.rule = after.speaker, None, "continuation"


def by_repetition(article: Article, found: list[Found]) -> None:
    """A quote in the headline that a quote further on repeats, word for word, is that
    quote's speaker's: 'Collector "preyed on the kindness" of public, judge says' and
    'Judge Catherine Brennan said Furlong had "preyed on the kindness of ordinary people"'.
    Only where the headline names no one: it gives no speaker, someone by no name nor
    role ('Cork man urges ...'), or a role alone that the later speaker holds (the judge; a
    head's, 'chief' or 'boss', any office that heads a body: 'Chile central bank chief says
    "not yet time"' and Governor X's 'it is not yet time to declare victory'), or a body
    the later speaker speaks for ('Italy warns it "not to overdo it"' and Italy's finance
    minister's 'Now it must be careful not to overdo it'); and where a verb only governs the
    headline's quote or a colon follows news ('Man jailed for life ...: "He took everything
    from us"'), whoever repeats it. The headline is the text's first line, with more after
    it; a standfirst after it that ends with no stop is one too, and a live blog's entry
    heading, for the quotes after it ('2.55pm - "Third cancellation this year"')."""
    text = article.text
    named = None  # the quotes given a name, with their words: read once, for the first heading that needs them
    for start, end in article.headings:
        # (a heading carries no speaker on from the quote before it)
        heading = [item for item in found if _in_heading(item, start, end)
                   and (item.speaker is None or item.speaker.name is None
                        or item.rule in ("continuation", "governor", "colon")
                        or _body_speaking(article, item.speaker) or _office_as_name(article, item.speaker))]
        if not heading:
            continue
        if named is None:
            named = [(item, _quote_words(text, item.candidate)) for item in found
                     if item.speaker is not None and item.speaker.name is not None]
        later = [(item, words) for item, words in named if item.candidate.start > end]
        for item in heading:
            words = _quote_words(text, item.candidate)
            speaker = item.speaker
            # (a headline's verb that governs words someone else said, 'Sanders: Clinton needs to
            # 'get away from all of this personality stuff'' and Sanders's words later; or news
            # before its colon, 'Man jailed for life ...: "He took everything from us"'; or a body
            # or a place by its name alone)
            governed = speaker is not None and item.rule in ("governor", "colon")
            body = speaker is not None and speaker.name is not None and item.rule != "continuation" \
                and not governed and not _office_as_name(article, speaker)
            for other, other_words in later:
                if not _contains(other_words, words):
                    continue
                if governed:
                    if item.rule == "colon" and item.cue is not None \
                            and not article.is_cue(article.token_at(item.cue.start)):
                        item.cue = None  # (the news verb before a colon is no cue)
                    item.speaker, item.rule = other.speaker, "repeated"
                    break
                if body:
                    if other.speaker.affiliation == speaker.name:
                        item.speaker, item.rule = other.speaker, "repeated"  # who spoke for the body
                        break
                    continue
                if speaker is None or speaker.role is None or item.rule == "continuation" \
                        or _same_role(article, speaker, other.speaker):
                    item.speaker, item.rule = other.speaker, "repeated"
                    break
                if _head_of_a_body(article, speaker, other.speaker):
                    # (the headline's words for them stay the mention: 'Chile central bank chief')
                    item.speaker, item.rule = replace(other.speaker, mention=speaker.mention), "repeated"
                    break


def by_headline_role(article: Article, found: list[Found]) -> None:
    """A quote in the headline (or a live blog's entry heading) said by a role alone ('"One
    dry summer from real trouble," reservoir manager warns'; 'says Eastmere Water chief'; a
    title taken for a name, 'Premier says') is the one person the article names who holds
    that role (the headline's word is a word of theirs: 'chief' of 'Chief Executive'; an
    abbreviated office written out: 'CEO' of Chief Executive), and of the body the headline
    gives, if it gives one and they have one. None where two hold it."""
    for start, end in article.headings:
        for item in found:
            speaker = item.speaker
            if not _in_heading(item, start, end) or speaker is None \
                    or (speaker.name is not None and not _office_as_name(article, speaker)):
                continue
            role = speaker.role or speaker.name
            if role is None:
                continue
            word = _role_word(role)
            written = article.lexicon.office_abbreviations.get(role)
            holders = {(p.name, p.role, p.affiliation) for p in article.people.persons
                       if p.name and p.name != speaker.name and p.role and (word in p.role.casefold().split() or (
                           written is not None and written.removesuffix(" officer") in p.role.casefold()))
                       and (speaker.affiliation is None or p.affiliation in (None, speaker.affiliation))}
            if len(holders) == 1:
                name, role, affiliation = holders.pop()
                item.speaker, item.rule = Speaker(name, role, affiliation, speaker.mention), "headline"


def _in_heading(item: Found, start: int, end: int) -> bool:
    return start <= item.candidate.start and item.candidate.end <= end


def _quote_words(text: str, c: Candidate) -> list[str]:
    return [word.replace("’", "'") for word in _QUOTE_WORD.findall(text[c.start:c.end].casefold())]


def _contains(words: list[str], part: list[str]) -> bool:
    """Whether `part` runs, word for word, somewhere in `words`."""
    size = len(part)
    return size > 0 and any(words[i:i + size] == part for i in range(len(words) - size + 1))


def _same_role(article: Article, headline: Speaker, later: Speaker) -> bool:
    """Whether a role alone in a headline ('judge says') is the later speaker's ('Judge'), or
    the later speaker is a person the article names with no role stated ('..., says Boulogne
    skipper' and 'Yannick Leroux told'), nothing to set against it."""
    if later.role is None:
        return article.people.find(later.name) is not None
    return _role_word(headline.role) in _role_words(later.role)


def _body_speaking(article: Article, speaker: Speaker) -> bool:
    """Whether a speaker is a body or a place by its name alone, no person of the article's."""
    return speaker.role is None and speaker.affiliation is None and article.people.find(speaker.name) is None


def _office_as_name(article: Article, speaker: Speaker) -> bool:
    """Whether a speaker is an office by its title alone, taken for a name: a headline's
    'Transport Secretary warns', 'Chair of independent inquiry into 23 deaths says' (the
    role's noun for a name), 'Premier says' (a role noun, no one's surname)."""
    if speaker.name is None:
        return False
    if speaker.role is None:
        # a role noun alone, the surname of no one the article names: 'Premier says'
        return speaker.name.lower() in article.lexicon.role_nouns and not any(
            person.has_surname(speaker.name) for person in article.people.persons if " " in person.name)
    return speaker.name == speaker.role or (speaker.name.lower() in article.lexicon.role_nouns
                                            and speaker.role.lower().startswith(speaker.name.lower()))


def _head_of_a_body(article: Article, headline: Speaker, later: Speaker) -> bool:
    """Whether a headline's word for whoever heads a body ('chief', 'boss': 'Chile central
    bank chief says') fits the later speaker's office ('Governor'; not 'chief economist')."""
    return _role_word(headline.role) in _HEADS and later.role is not None \
        and _role_word(later.role) in article.lexicon.head_offices


def _role_word(role: str) -> str:
    """A role's head word, in any case: what a headline's role and a person's are compared by;
    its last word, or the last before the role's 'of', 'for' or 'at' ('chair' of 'Chair of
    independent inquiry')."""
    return _role_words(role)[0]


def _role_words(role: str) -> list[str]:
    """The head words of a role, or of each joined by 'and' ('chair and former medical director')."""
    heads = []
    for part in role.casefold().split(" and "):
        words = part.split()
        cut = next((k for k, w in enumerate(words) if w in ("of", "for", "at") and k > 0), len(words))
        if cut:
            heads.append(words[cut - 1])
    return heads or [role.split()[-1].casefold()]


def _is_question(text: str, c: Candidate) -> bool:
    return text[c.start:c.end].rstrip().endswith("?")


def _opens_paragraph(text: str, c: Candidate) -> bool:
    """Whether nothing but spaces comes before the quote's open mark on its line."""
    return not text[line_start(text, c.open_mark):c.open_mark].strip()


def _run_tagged(found: list[Found], index: int) -> bool:
    """Whether the last paragraph of the quote running on from `found[index]` has a tag
    of its own."""
    for item in found[index + 1:]:
        if item.candidate.close_mark is not None:
            return item.cue is not None and item.rule != "continuation"
    return False


def _opens_sentence(article: Article, c: Candidate) -> bool:
    """A quote that is its sentence but for a connective before it: 'But "it helps."'."""
    opening = article.token_at(c.open_mark)
    before = article.doc[article.sentence(opening.i).start:opening.i]
    return len(before) <= 2 and all(t.pos_ in ("CCONJ", "ADV", "PUNCT") for t in before)


# Subjects of a sentence about what was just said: 'That makes her "..."', 'It's "..."'.
_DEICTIC_SUBJECTS = frozenset({"it", "that", "this"})


def _same_sentence(article: Article, earlier: Candidate, later: Candidate) -> bool:
    """Whether a quote starts in the sentence where the earlier one ends."""
    return article.sentence(article.token_at(mark_end(earlier)).i).start \
        == article.sentence(article.token_at(later.open_mark).i).start


def _next_sentence(article: Article, earlier: Candidate, later: Candidate) -> bool:
    """Whether a quote is set in the sentence right after the one where the earlier one ends,
    in its paragraph, a sentence about what was just said: its subject 'it', 'that' or
    'this' ('"...," Bill Clinton has said. That makes her "by definition a trustworthy
    ..."'), not someone or something else ('The cable indicated ... "..."')."""
    end = article.sentence(article.token_at(mark_end(earlier)).i).end
    opening = article.token_at(later.open_mark)
    sentence = article.sentence(opening.i)
    if sentence.start != end or "\n" in article.text[article.doc[end - 1].idx:opening.idx]:
        return False
    subjects = [t for t in sentence.root.children if t.dep_ in SUBJECT_DEPS]
    return bool(subjects) and all(t.lower_ in _DEICTIC_SUBJECTS for t in subjects)


def _someone_between(article: Article, earlier: Found, later: Candidate) -> bool:
    """Whether a person or body other than `earlier`'s speaker acts between the quotes."""
    start = article.token_at(earlier.candidate.end).i
    end = article.token_at(later.open_mark).i
    speaker = earlier.speaker
    # Subjects in the sentence that attributed the earlier quote belong to its tag
    # ('..., Mr. Obama said at the dinner, where Mrs. Clinton also spoke').
    tag_sentences = {article.sentence(article.token_at(span.start).i).start
                     for span in (earlier.cue, speaker.mention) if span}
    for i in range(start, end):
        token = article.doc[i]
        # A name parsed as the root stands where a subject should: 'Aaron Kall, the director ..., compared'.
        acting = token.dep_ in SUBJECT_DEPS or (token.dep_ == "ROOT" and token.pos_ == "PROPN")
        introduced = _introduced_at(article, token) if not acting and not article.in_quote(i) else None
        if introduced is not None and introduced.name != speaker.name:
            return True  # someone named in full for the first time: 'visible to Sheena Cartwright, the organiser'
        if article.in_quote(i) or not acting:
            continue
        if speaker.mention.start <= token.idx < speaker.mention.end or article.sentence(i).start in tag_sentences:
            continue
        mention = article.people.at(token)
        if mention is not None and mention.person.name != speaker.name:
            return True
        if mention is None and token.ent_type_ in ORGANISATION_ENTS:
            return True
    return False


def _introduced_at(article: Article, token: Token) -> Person | None:
    """The person named in full for the first time at `token`, the last word of their name, a
    role set beside it after a comma ('Sheena Cartwright, the organiser of ...'); else None."""
    mention = article.people.at(token)
    if mention is None or " " not in mention.person.name:
        return None
    start, end = mention.person.mentions[0]
    if end - 1 != token.i or article.doc[start:end].text != mention.person.name \
            or end >= len(article.doc) or article.doc[end].text != "," \
            or not any(c.dep_ == "appos" for c in token.children):
        return None
    return mention.person


def _introduced_before(article: Article, quote: Candidate) -> Speaker | None:
    """The speaker of a full quote that opens its paragraph, unattributed, after a paragraph
    of the writer's own that introduces one person only, as features do: 'Further down the
    glen, the gaps are already visible to Sheena Cartwright, the organiser of the Kyleford
    Community Car Scheme. ¶ "We are already stretched. ..."'."""
    text = article.text
    start = line_start(text, quote.open_mark)
    before = text[:start].rstrip()
    if text[start:quote.open_mark].strip() or not before.endswith(".") or is_partial(text, quote):
        return None  # (a sentence of the writer's before, not a credit line: '[Lee Moran, HuffPost]')
    first = before.rfind("\n") + 1
    tokens = list(article.doc[article.token_at(first).i:article.token_at(len(before) - 1).i + 1])
    if any(article.in_quote(t.i) or t.text in DOUBLE_MARKS for t in tokens):
        return None
    introduced = [(t, person) for t in tokens if (person := _introduced_at(article, t)) is not None]
    named = {m.person.name for t in tokens if (m := article.people.at(t)) is not None and " " in m.person.name}
    if len(introduced) != 1 or len(named) != 1:
        return None
    _, person = introduced[0]
    mention = person.mentions[0]
    return Speaker(person.name, person.role, person.affiliation, span_of(article.doc[mention[0]:mention[1]]))


def _record(text: str, item: Found, kind: str) -> Quote:
    c = item.candidate
    return Quote(text[c.start:c.end], c.start, c.end, item.speaker, item.cue, kind, item.rule)
