"""Who speaks: the subject of a cue, and the `Speaker` the word it rests on makes.

The subject is read off the parse: a cue's own subject, the one a participle or a
conjoined verb shares, a passive's agent, or the name beside a tag the parse left
without one. Its word then becomes a `Speaker`: a named person resolved through
`People`, a pronoun resolved to the nearest fitting person, an organisation, a
document's author, or an unnamed role ("a spokesman for the Pentagon").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from itertools import takewhile

from spacy.tokens import Span as SpacySpan, Token

from .article import TAG_SENTENCE_TOKENS, Article, mark_end, span_of
from .descriptions import (DASHES, MEMBER_TITLES, POSSESSIVE, RANKS, TIME_ENTS, UNNAMED_DETERMINERS, Descriptor,
                           affiliation_text, after_determiner, appositions, bracket_opening, common_noun, dateline_end,
                           describe_noun, entity_of, hyphen_joins, is_role_title, left_edge, name_of_entity,
                           name_written, party_of, rank_without_stop, role_set_off_before, singular_common_noun,
                           spaced_dash, title_over_name, title_word, unnamed_description)
from .lexicon import Lexicon
from .marks import Candidate
from .names import COUNTRY_SHORT_FORMS, NAME_PARTICLES, NAME_WORD, named_as_body
from .organisations import COMPANY_NOUNS, described_by_seat_or_size
from .people import (POSSESSIVE_GENDERS, SUBJECT_DEPS, Mention, Person, age_taken_for_modifier,
                     body_of_someone_named, in_main_clause, name_given)
from .records import Span, Speaker

# A noun's tag written with a capital: what a body's name makes of the noun.
_CAPITALISED_TAGS = {"NN": "NNP", "NNS": "NNPS"}

# Links a participle or conjoined verb climbs to find the subject it shares.
_SHARED_SUBJECT_DEPS = frozenset({"xcomp", "advcl", "conj", "acl", "relcl", "ccomp", "dobj", "pobj", "prep", "pcomp"})
# Determiners that point at one known thing: 'the ministry', 'this union'.
_DEFINITE = frozenset({"the", "this", "that"})
# Adjectives that set a body against the one named before: 'the rival company'.
_CONTRASTING = frozenset({"other", "rival", "competing"})
# A minister's portfolio, as a role states it: 'Vice Minister of Water Resources and Irrigation'.
_MINISTER_OF = re.compile(r"\bMinister ((?:of|for) [A-Z].*)")
# Words that open a clause of time: 'when protesters stormed the hall, shouting ...'.
_TIME_CONJUNCTIONS = frozenset({"when", "as", "while", "after", "before", "until", "once"})
ORGANISATION_ENTS = frozenset({"ORG", "GPE", "NORP", "FAC"})
_PRONOUN_GENDER = {"he": "m", "him": "m", "she": "f", "her": "f"}
_BODY_PRONOUNS = frozenset({"it", "they", "its", "their"})  # (the owners of a statement too)
# Body nouns for any kind of body: 'the trade body', 'the rights group'.
_ANY_BODY_NOUNS = frozenset({"body", "group", "organisation", "organization"})
# Nouns for a body that oversees others, which news calls a commission, authority or office by.
_OVERSEER_NOUNS = frozenset({"regulator", "watchdog"})
# The clitic of 'Lopez's' and of 'she's said'.
_CLITIC_S = frozenset({"'s", "’s"})
# Prepositions of place the tagger may read as adjectives before a bare noun: 'Outside court,'.
_PREPOSITIONS_READ_AS_ADJECTIVES = frozenset({"outside", "inside"})
# Who may stand behind a document: 'a Homeland Security memo', 'a letter from Clinton'.
_AUTHOR_ENTS = frozenset({"ORG", "GPE", "NORP", "PERSON"})
# Where someone puts up what they write: 'a post on the observatory's social media accounts'.
_PAGE_NOUNS = frozenset({"account", "blog", "channel", "feed", "page", "profile", "site", "website"})
_RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})
# Nouns for a body of a government that its portfolio names: 'the agriculture ministry'.
_GOVERNMENT_BODY_NOUNS = frozenset({"ministry", "department"})
# Spans of time a role noun before them may be parsed as naming: 'a government auditor months before'.
_SPANS_OF_TIME = frozenset({"day", "week", "month", "year", "decade", "hour", "minute"})
# Words that take a share of a group ('one of the officials', 'some of them'), and the
# pronouns that stand for one.
_PARTITIVES = frozenset({"one", "some", "many", "several", "most", "few", "each", "both", "none", "all", "another"})
_GROUP_PRONOUNS = frozenset({"them", "us", "those", "these"})
# Nouns that carry someone's words: "X's statement said" speaks for X.
_CARRIER_DEPS = frozenset({"poss"})
# How a clause hangs on the verb of what someone reports ('said he's certain ...'), and on
# a verb it gives the reason or time for ('because he had accepted ...').
CONTENT_DEPS = frozenset({"ccomp"})
# How far on (tokens) the verb may stand from a document after 'in' whose preposition the parse
# hung on another: 'X, in a note to clients on Friday, said'.
_PREPOSITIONS_UP = 12
# How far back (tokens) 'the statement' may refer to one named before.
_DOCUMENT_REACH = 400
# How far back (tokens) it may refer to a document of another kind someone spoke in.
_OTHER_DOCUMENT_REACH = 80


def can_speak(article: Article, token: Token) -> bool:
    """A person, a body, a personal pronoun or a role: not 'the program' needing a 'targeted area'."""
    return (article.people.at(token) is not None or token.ent_type_ in ORGANISATION_ENTS
            or token.ent_type_ == "PERSON" or token.lower_ in _PRONOUN_GENDER or token.lower_ in _BODY_PRONOUNS
            or token.lower_ in ("i", "we") or token.lemma_.lower() in article.lexicon.role_nouns
            or (common_noun(token) and token.lemma_.lower() in article.lexicon.person_nouns)
            or (common_noun(token) and (token.lemma_.lower() in article.lexicon.speech_nouns
                                          or token.lemma_.lower() in article.lexicon.body_nouns)))


def _named_body(article: Article, token: Token) -> bool:
    """The last word of a body's name, whatever the recogniser took it for: 'the Mount
    Victoria Rural Fire Brigade' (a work of art to it)."""
    return token.pos_ == "PROPN" \
        and (token.ent_type_ in ORGANISATION_ENTS or token.lower_ in article.lexicon.body_nouns)


def _name_set_off_after_title(article: Article, subjects: list[Token]) -> list[Token]:
    """Of two subjects of one verb, the second a person's name set off by a comma right after
    the first's phrase, which names no one: the name alone, which the parse did not set beside
    the title ('said the Minister of Fisheries and Marine Resources, Hon. Dickson Maelasi')."""
    first, second = sorted(subjects, key=lambda t: t.i)
    comma = first.right_edge.i if article.doc[first.right_edge.i].text == "," else first.right_edge.i + 1
    if comma < second.left_edge.i and article.doc[comma].text == "," and second.left_edge.i == comma + 1 \
            and article.people.at(second) is not None and article.people.at(first) is None:
        return [second]
    return subjects


def subject_of(article: Article, verb: Token) -> Token | None:
    """The speaker's head word for a cue: its subject, or the subject it shares.

    The climb to a shared subject may pass through quoted words, but the subject itself
    lies outside quotes: 'After saying her foot was "so swollen," she was "whisked off"'.
    """
    if verb.lower_ == "in":  # 'in the words of X'
        return next((c for c in article.doc[verb.i + 3].children if c.dep_ == "pobj"), None)
    if verb.lower_ == "according":
        to = article.doc[verb.i + 1]
        objects = [c for c in to.children if c.dep_ == "pobj"]
        if objects:
            return objects[0]
        # (a name right after it that the parse made the sentence's subject: 'According to Kwame
        # Asante-Boateng, a researcher ..., as much as 40% ... is unsellable')
        mention = article.people.at(article.doc[to.i + 1]) if to.i + 1 < len(article.doc) else None
        return article.doc[mention.end - 1] if mention is not None and mention.start == to.i + 1 else None
    # (or a participle's with no subject of its own: 'recalled being told by a supervisor to "..."')
    agent = _agent(verb) if is_passive(verb) else passive_agent(verb)
    if agent is not None and not article.in_quote(agent.i):
        return _speaking_word(article, agent)
    author = author_of_document_in(article, verb) if agent is None and is_passive(verb) else None
    if author is not None:
        return author
    if _accused_as_headlines_write(verb) or _told_as_headlines_write(article, verb):
        return None  # (its subject is the accused: 'Drugmaker accused of ‘holding families to ransom’')
    quoted = _quoted_as_saying(article, verb)
    if quoted is not None:
        return quoted
    tagged = _noun_set_off_before(article, verb)
    if tagged is not None:
        return tagged
    if verb.tag_ == "VBG" and verb.i > 1 and article.doc[verb.i - 1].text == "," \
            and _noun_set_off_before(article, article.doc[verb.i - 2]) is not None:
        # '..., a spokeswoman for Transport for NSW said, adding that it would "..."': the tag's
        return subject_of(article, article.doc[verb.i - 2])
    age = article.doc[verb.i - 1] if verb.i > 0 else None
    if age is not None and age.head.i != verb.i and age_taken_for_modifier(age, article.lexicon.reporting_verbs) \
            and not article.in_quote(age.i):
        return age  # 'the 61-year-old told reporters', both hung on the object
    sender = _sender_of_speech(article, verb)
    if sender is not None:
        return sender
    above = _addressed_by(verb.head) if verb.tag_ == "VBG" and verb.dep_ == "acl" else None
    if above is not None:
        # 'His campaign sent a text message to supporters saying': the parse hung the
        # participle on those addressed, who do not speak; the sender does, or what was sent
        if above.pos_ in ("VERB", "AUX"):
            return subject_of(article, above)
        return _issuer(article, above) if above.lemma_.lower() in article.lexicon.speech_nouns else None
    named = article.doc[verb.i - 1] if verb.i > 0 else None
    mention = article.people.at(named) if named is not None else None
    if verb.tag_ == "VBG" and mention is not None and mention.end - mention.start > 1 \
            and not article.in_quote(named.i):
        return named  # 'footage of Hillary Clinton asking, "..."': the participle is the named person's
    controller = _object_controlling(article, verb)
    if controller is not None:
        return controller
    if verb.dep_ == "amod" and verb.tag_ in ("VBD", "VBN") and verb.head.i > verb.i and verb.i > 0 \
            and article.doc[verb.i - 1].text == ",":
        # 'The report, a redacted copy of which was obtained ..., described supervision as "..."':
        # the parse read the verb as an adjective on its object; the subject set off before
        # the aside speaks
        sentence = article.sentence(verb.i)
        opening = next((t for t in sentence if t.dep_ in SUBJECT_DEPS and not article.in_quote(t.i)), None)
        if opening is not None and opening.i < verb.i and opening.right_edge.i + 1 < verb.i \
                and article.doc[opening.right_edge.i + 1].text == "," and can_speak(article, opening):
            return opening
    if verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN") and verb.head.i < verb.i \
            and _opens_object_relative(verb.head) and can_speak(article, verb.head):
        # 'a dispute one delegate privately described as "..."': the parse read a clause on the
        # noun before, 'that' left out, as a participle on its subject
        return verb.head
    if verb.dep_ == "acl" and verb.tag_ in ("VBD", "VBN") and article.doc[verb.i - 1].text == "," \
            and (article.people.at(verb.head) is not None or _named_body(article, verb.head)) \
            and not article.in_quote(verb.head.i):
        # 'Paulina Echeverría, a 41-year-old senator for ..., posted on X: "..."': the parse
        # read the verb as a participle set after the name (or a body's: 'The Mount Victoria
        # Rural Fire Brigade, which lost a tanker to the fire on Friday, posted on Facebook')
        return verb.head
    node = verb
    steps = 0
    while steps < 4:
        if verb.tag_ == "VBG" and node.i != verb.i and node.head.i != node.i and _between_dashes(article, node, verb):
            # '... around the stadium - where the Panthers played the Vikings - while chanting,
            # "..."': the parse hung the participle on the clause set off by dashes, no step of the climb
            node = node.head
            continue
        steps += 1
        # What a reporting verb reports is not who speaks: in 'Sanders said the process could be
        # "messy," adding, ...' the climb from 'adding' passes 'be' (said's content) to Sanders.
        reported = node.i != verb.i and node.dep_ in CONTENT_DEPS and article.is_cue(node.head)
        # and what a noun's 'that' clause holds is no action of the participle's subject: 'The
        # minister dismissed suggestions that the government could drop the freeze, calling it
        # "..."' (the minister calls)
        reported = reported or (verb.tag_ == "VBG" and node.i != verb.i and node.dep_ == "acl"
                                and any(c.dep_ == "mark" and c.lower_ == "that" for c in node.children))
        subjects = []
        for child in node.children:
            if not (child.dep_ in SUBJECT_DEPS or age_taken_for_modifier(child, article.lexicon.reporting_verbs)) \
                    or article.marked(child.i) or (child.dep_ == "nsubjpass" and node.i == verb.i) \
                    or _titled(child) or not any(ch.isalnum() for ch in child.text):
                continue
            # (a dateline's word is no subject, but the name the parse hung on it may be)
            dateline = _dateline(article, child)
            after = _set_after_dateline(article, child) if dateline else None
            if after is not None or not dateline:
                subjects.append(_named_past_prepositional(article, child) or after or child)
        subjects = [child for child in subjects if not _prepositional(child)
                    and not _in_name_of_another(child, subjects, article.lexicon)] if not reported else []
        if not subjects and node.i == verb.i and not reported:
            subjects = _subject_hung_on_preposition(article, verb)
        if not reported:
            subjects = _name_read_as_an_object(article, node, subjects)
        after = [child for child in subjects if child.i > verb.i]
        if node.i == verb.i and after and len(after) < len(subjects) \
                and any(article.in_quote(i) for i in range(min(c.i for c in subjects), verb.i)):
            # 'HMP Ashcombe "among the worst I have seen", says chief inspector': in a tag turned
            # round after a quote the speaker follows the verb; what comes before is the news
            subjects = after
        if len(subjects) == 2:
            subjects = _name_set_off_after_title(article, subjects)
        if subjects:  # of two, a name or pronoun first, then the nearest ('public ― Trump boasted')
            # (a personal or relative pronoun: not 'Nothing' of 'Nothing the mayor said "..." the chair said')
            child = min(subjects, key=lambda child: (child.pos_ != "PROPN" and child.tag_ not in ("PRP", "WP"),
                                                     abs(child.i - node.i)))
            child = _past_place_phrase(article, child)
            child = _holder_in_of_phrase(article, child)
            if child.lower_ in _CLITIC_S:  # 'she’s said' parsed with the clitic as the subject
                child = next((c for c in child.children if c.dep_ in SUBJECT_DEPS), child)
            if child.tag_ == "VBG":
                # a participle set off after the subject, which the parse made the subject with
                # the name its own: 'Kenny Baird, writing in his column for the Daily Record, described';
                # or before it, with the subject its conjunct: 'Writing for the majority, the chief
                # justice, Harold Pemberton, said'
                child = next((c for c in child.children if c.dep_ == "nsubj" and c.i < child.i
                              and can_speak(article, c)), None) \
                    or next((c for c in child.children if c.dep_ == "conj" and c.i > child.i
                             and article.doc[c.left_edge.i - 1].text == "," and can_speak(article, c)), None) \
                    or _name_set_off_before(article, child, verb) or child
            if "\n" in article.text[min(child.idx, verb.idx):max(child.idx, verb.idx)]:
                return None  # a parse that ran over a paragraph break
            if node.i != verb.i and node.dep_ == "relcl" \
                    and (child.tag_ == "WDT" or child.lower_ in ("that", "which")) \
                    and (verb.tag_ == "VBG" or (verb.dep_ == "conj" and not can_speak(article, node.head))):
                # '... to strengthen a law that bars X, describing Y as "..."': the parse hung the
                # participle on a clause about a thing; the sentence's speaker speaks (and a verb
                # it joined to one: 'he called three times in the weeks that followed and
                # described the response as "..."')
                main = next((a for a in node.ancestors if in_main_clause(a) and a.pos_ == "VERB"), None)
                return subject_of(article, main) if main is not None else None
            subject = _speaking_word(article, _object_relative(article, _set_in_tag(article, child, verb), node))
            subject = _named_before_description(article, subject, verb)
            if verb.tag_ == "VBG" and node.i != verb.i and subject.pos_ == "NOUN" \
                    and not can_speak(article, subject):
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
                main = subject_of(article, node.head)
                named = main is not None and main.pos_ in ("PROPN", "NOUN") and main.text[0].isupper()
                if main is not None and (named or can_speak(article, main)) \
                        and speaker_of(article, main).name != speaker_of(article, subject).name:
                    # The parse hung the participle on a clause of time or reason with someone
                    # else in it: 'Mendes said ... after the senator won her runoff, noting that'.
                    return main
            return subject
        if node.dep_ not in _SHARED_SUBJECT_DEPS or node.head.i == node.i:
            return None
        if node.i == verb.i and _finite_joined_to_infinitive(node):
            # 'she expected Hanul to appeal and predicted the case "..."': a verb of a tense is
            # joined to 'expected', not to the infinitive whose subject is another's
            node = node.head
        node = node.head
    return None


# Verbs that move someone to speak, their object the one who does: 'prompted Marsh to
# interject', 'urged him to explain'.
_PROMPTING_VERBS = frozenset({"prompt", "ask", "urge", "invite", "lead", "force", "press", "push", "encourage",
                              "challenge", "cause", "spur", "move"})


def _object_controlling(article: Article, verb: Token) -> Token | None:
    """The object of the verb an infinitive cue completes, who is its subject: 'a charge
    that prompted Marsh to interject: "..."', 'asked the minister to explain'."""
    if verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in _PROMPTING_VERBS \
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    obj = next((c for c in verb.head.children if c.dep_ == "dobj" and c.i < verb.i), None)
    if obj is None or article.in_quote(obj.i) or obj.lower_ in _BODY_PRONOUNS or not can_speak(article, obj):
        return None
    return _speaking_word(article, obj)


def _finite_joined_to_infinitive(verb: Token) -> bool:
    """A verb of a tense the parse joined to an infinitive ('to appeal ... and predicted')
    that is the object clause of a verb."""
    infinitive = verb.head
    return verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ", "VBP") and infinitive.tag_ == "VB" \
        and infinitive.dep_ in ("ccomp", "xcomp") and infinitive.head.i != infinitive.i \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.children)


# Verbs that relay someone's words 'as saying': 'Xinhua quoted Wang as saying', 'Wang was
# cited as saying'.
_RELAYING_AS = frozenset({"quote", "cite"})


def _quoted_as_saying(article: Article, verb: Token) -> Token | None:
    """Who a relayer quoted: 'Interfax quoted Deputy Foreign Minister Sergei Ryabkov as
    saying', 'Wang was quoted by state media as saying'. The relayer passes the words on;
    the one quoted speaks them."""
    as_ = verb.head
    if not (verb.tag_ == "VBG" and verb.dep_ in ("pcomp", "pobj") and as_.lower_ == "as"
            and as_.head.lemma_.lower() in _RELAYING_AS):
        return None
    relaying = as_.head
    deps = ("nsubjpass",) if is_passive(relaying) else ("dobj",)
    quoted = next((c for c in relaying.children if c.dep_ in deps and not article.in_quote(c.i)), None)
    return _speaking_word(article, quoted) if quoted is not None and can_speak(article, quoted) else None


def _sender_of_speech(article: Article, verb: Token) -> Token | None:
    """The subject of a verb that issues a speech noun ('send', 'issue': issuing_verbs.txt),
    where a participle on that verb tells what the speech said: the sender speaks, whatever
    reports the sending ('He said the university had sent students an email in June stating
    that they would be "fully taught out"', the university's words, not his). None elsewhere."""
    head = verb.head
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or head.lemma_.lower() not in article.lexicon.issuing_verbs:
        return None
    sent = next((c for c in head.children if c.dep_ == "dobj" and c.lemma_.lower() in article.lexicon.speech_nouns),
                None)
    return _issuer(article, sent) if sent is not None else None


def _addressed_by(noun: Token) -> Token | None:
    """The verb or noun that `noun` is addressed by, as the object of 'to': 'sent' and
    'email' of 'sent a message to supporters', 'an email to supporters'."""
    to = noun.head
    if noun.dep_ == "pobj" and to.lower_ == "to" and to.dep_ in ("prep", "dative") and to.head.i != to.i:
        return to.head
    return None


def _between_dashes(article: Article, clause: Token, participle: Token) -> bool:
    """Whether a clause is set off by dashes, the participle after the second."""
    doc = article.doc
    start = clause.left_edge.i
    return start > 0 and doc[start - 1].text in DASHES \
        and any(t.text in DASHES for t in doc[clause.i + 1:participle.i])


def _set_after_dateline(article: Article, subject: Token) -> Token | None:
    """The subject set after a dateline that the parse made the subject, hanging the real one
    on it: 'observers' of 'FREETOWN, Sierra Leone (AP) — European Union election observers on
    Tuesday described'."""
    end = dateline_end(article.text, subject.idx)
    if subject.idx >= end:  # (no word of a dateline: see _dateline)
        return None
    dash = next((t.i for t in article.doc[subject.i:subject.right_edge.i + 1] if t.text in DASHES), None)
    return next((t for t in subject.subtree if t.dep_ == "appos" and dash is not None and t.i > dash
                 and t.head.idx < end and not article.in_quote(t.i)), None)


def _dateline(article: Article, token: Token) -> bool:
    """A word of a dateline, which the parse may make a subject: 'SAN FRANCISCO — Shares of
    Lumenta fell ..., citing "..."'."""
    return token.idx < dateline_end(article.text, token.idx)


# Verbs of blame that take an object in the active voice, and the preposition of the charge.
_BLAMING = {"accuse": "of", "blame": "for", "criticise": "for", "criticize": "for", "condemn": "for", "slam": "for"}


def _accused_as_headlines_write(verb: Token) -> bool:
    """A passive with its auxiliary left out, as headlines write it, which the parse reads as
    active: 'Drugmaker accused of ‘holding families to ransom’' (no object, as the active
    would have: 'Pennington accused the drugmaker of ...')."""
    preposition = _BLAMING.get(verb.lemma_.lower())
    return preposition is not None and verb.tag_ in ("VBD", "VBN") \
        and any(c.dep_ == "prep" and c.lower_ == preposition for c in verb.children) \
        and not any(c.dep_ in ("dobj", "dative", "ccomp") for c in verb.children)


def _told_as_headlines_write(article: Article, verb: Token) -> bool:
    """'told' ending a heading with no one told, a passive as headlines write it: 'Technician
    "signed off work he never did", Madrid court told' (the court was told; it says nothing)."""
    if verb.lower_ != "told" or any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return False
    end = verb.idx + len(verb.text)
    return any(start <= verb.idx < stop and not article.text[end:stop].strip(" .") for start, stop in article.headings)


def is_passive(verb: Token) -> bool:
    """A cue in the passive ('Lopez was asked', not 'she's said'; 'Drugmaker accused of', a
    headline's)."""
    return (any(c.dep_ == "nsubjpass" for c in verb.children)
            and any(c.dep_ == "auxpass" and c.lower_ not in _CLITIC_S for c in verb.children)) \
        or _accused_as_headlines_write(verb)


def passive_agent(verb: Token, with_subject: bool = False) -> Token | None:
    """Who a passive participle with no subject of its own says acted: 'being told by a
    supervisor' (of 'Lund recalled being told by a supervisor to "..."'); `with_subject`, one
    with a subject too ('workers had been told by managers')."""
    if verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in verb.children) \
            or (not with_subject and any(c.dep_ == "nsubjpass" for c in verb.children)):
        return None
    return _agent(verb)


def _agent(verb: Token) -> Token | None:
    """Who a passive cue says acted: 'was asked by host Tom Baker'."""
    by = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None


def _past_place_phrase(article: Article, subject: Token) -> Token:
    """The name set off after a bare place noun that the parse made the subject, reading the
    preposition before it as an adjective: 'Outside court, Detective Inspector Liam Boyd ...
    said' (Boyd a conjunct of 'court')."""
    if subject.pos_ != "NOUN" or not any(c.dep_ == "amod" and c.lower_ in _PREPOSITIONS_READ_AS_ADJECTIVES
                                           for c in subject.lefts) \
            or any(c.dep_ == "det" for c in subject.children):
        return subject
    return next((c for c in subject.rights if c.dep_ == "conj" and article.doc[c.left_edge.i - 1].text == ","
                 and article.people.at(c) is not None), subject)


def author_of_document_in(article: Article, verb: Token) -> Token | None:
    """The body or person whose document a passive cue with no agent was written in, named
    before the document's noun: 'the agency had been praised in a 2019 European Commission
    progress report as "..."' (not its subject, the thing praised)."""
    for document in (c for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "in"
                     for c in prep.children if c.dep_ == "pobj"):
        if common_noun(document) and document.lemma_.lower() in article.lexicon.speech_nouns:
            named = [t for t in document.subtree if t.i < document.i and t.ent_type_ in ("ORG", "PERSON")
                     and not article.marked(t.i)]
            return named[-1] if named else None
    return None


def _opens_object_relative(noun: Token) -> bool:
    """Whether the words the parse hung on a noun hold a noun phrase of their own before its
    determiner: 'a dispute one delegate', two phrases, the second the subject of a clause on
    the first."""
    inner = [c.i for c in noun.lefts if c.dep_ in ("nmod", "compound") and c.pos_ == "NOUN"]
    return bool(inner) and any(c.dep_ in ("det", "nummod") and c.i < inner[0] for c in noun.lefts) \
        and any(c.dep_ in ("det", "nummod") and c.i > inner[0] for c in noun.lefts)


def _name_read_as_an_object(article: Article, verb: Token, subjects: list[Token]) -> list[Token]:
    """The name right before the verb, a role noun right before it, where the parse read the
    long title as a clause whose object the name is, the clause the verb's subject or a
    participle on it: 'Brisbane 2032 organising committee chief executive Damien Kerslake
    declined' ('organising' the subject, or a participle on the subject 'Brisbane'). Else the
    subjects found."""
    mention = article.people.at(article.doc[verb.i - 1]) if verb.i > 0 else None
    if mention is None or mention.end != verb.i:
        return subjects
    name = article.doc[mention.start:mention.end].root
    clause = name.head
    # (a title right before the name: not 'White America embracing Obama announced')
    titled = mention.start > 0 and article.doc[mention.start - 1].lower_ in article.lexicon.role_nouns
    if name.dep_ != "dobj" or clause.pos_ != "VERB" or clause.i > name.i or not titled:
        return subjects
    if (clause.dep_ == "csubj" and clause.head.i == verb.i and not subjects) \
            or (clause.dep_ == "acl" and [t.i for t in subjects] == [clause.head.i]):
        return [name]
    return subjects


def _holder_in_of_phrase(article: Article, subject: Token) -> Token:
    """The name set off after a role that the parse made the object of the subject body's
    'of', the body's last word owning it: "The City of Parramatta's Lord Mayor, Sameer Haddad,
    said" (the subject 'City')."""
    of = next((c for c in subject.rights if c.dep_ == "prep" and c.lower_ == "of"), None) \
        if subject.pos_ == "PROPN" and subject.ent_type_ in ORGANISATION_ENTS else None
    role = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if role is None or role.lower_ not in article.lexicon.role_nouns \
            or not any(c.dep_ == "poss" and c.ent_iob_ == "I" for c in role.children):
        return subject
    return next((c for c in role.rights if c.dep_ == "appos" and article.doc[c.left_edge.i - 1].text == ","
                 and article.people.at(c) is not None), subject)


def _subject_hung_on_preposition(article: Article, verb: Token) -> list[Token]:
    """A subject before the verb that the parse hung on a preposition of the verb's, set off
    after it: 'Kestrel Commodities, in a note to clients on Friday, said' ('Commodities' the
    subject of 'to')."""
    return [c for prep in verb.lefts if prep.dep_ == "prep" for c in prep.subtree
            if c.dep_ == "nsubj" and c.head.pos_ == "ADP" and c.i < prep.i and not article.marked(c.i)
            and (c.pos_ == "PROPN" or can_speak(article, c))]


def _prepositional(token: Token) -> bool:
    """A phrase a misparse made a subject that names no one: 'Of Baker, Ortiz ... said'
    (with 'Ortiz' a conjunct; see `_named_past_prepositional` for it as the object),
    'Much of her ire was directed at'."""
    return (token.pos_ in ("ADP", "ADJ") or token.lower_ == "much") and token.lower_ != "old" \
        and any(c.dep_ in ("pobj", "prep") for c in token.children)  # (not an age: 'the 64-year-old from Crumlin')


def _named_past_prepositional(article: Article, subject: Token) -> Token | None:
    """'Of Baker, Ortiz, who has given money to Lopez, said': the parse made 'Of' the
    subject and hung 'Baker, Ortiz' under it as one noun phrase. The person named after
    the comma speaks."""
    if not _prepositional(subject):
        return None
    for obj in subject.children:
        mention = article.people.at(obj) if obj.dep_ == "pobj" else None
        if mention is not None and mention.start - 1 > subject.i and article.doc[mention.start - 1].text == ",":
            return obj
    return None


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
            if can_speak(article, subject) or subject.tag_ == "NNS":
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


def _noun_set_off_before(article: Article, verb: Token) -> Token | None:
    """A noun for someone set off by a comma right before a cue the parse gave no subject,
    joining the cue to the sentence's verb, or making it the root, and the noun to another
    noun: 'The Great Western Highway was closed between Katoomba and Lithgow, a spokeswoman
    for Transport for NSW said,', 'Outside a hardware shop on Commercial Street, the owner,
    who did not want to be named, said'."""
    # (a participle the parse made the subject is none: 'The network has backing from the
    # Fishing Communities Alliance, whose chief executive, Dougie McTavish, said')
    if verb.dep_ not in ("conj", "ROOT") or verb.pos_ != "VERB" or verb.i < 2 or not article.is_cue(verb) \
            or any(c.dep_ in SUBJECT_DEPS and c.pos_ != "VERB" for c in verb.children):
        return None
    end = verb.i - 2 if article.doc[verb.i - 1].text == "," else verb.i - 1
    last = article.doc[_before_brackets(article, end)]
    noun = next((t for t in [last, *last.ancestors] if t.dep_ == "appos" and t.right_edge.i in (last.i, end)), None)
    # (or a body's name, its short name in brackets allowed: '..., the Ethiopian Anti-Doping
    # Authority (ETH-NADO) said in a statement')
    if noun is None or not (noun.pos_ == "NOUN" or article.people.at(noun) is not None
                            or (noun.pos_ == "PROPN" and noun.ent_type_ == "ORG")) or noun.left_edge.i < 1 \
            or article.doc[noun.left_edge.i - 1].text != "," or article.in_quote(noun.i) or not can_speak(article, noun):
        return None
    named = article.people.at(noun.head)
    if named is not None and named.end - named.start > 1:
        return None  # (not a full name's description: 'Brent Bozell III, founder of the Media Research Center, tells')
    return noun


def _before_brackets(article: Article, end: int) -> int:
    """The token before a short bracketed stretch that ends at token `end`, else `end`."""
    opening = bracket_opening(article.doc, end, 5)
    return end if opening is None else opening - 1


def _name_set_off_before(article: Article, participle: Token, verb: Token) -> Token | None:
    """The name set off right before the verb that the parse hung deep in the participle
    clause opening the sentence: 'Writing for a two-judge bench that also included Justice
    Meenakshi Iyer, Justice Arvind Kumar Bhatnagar said' (the name an apposition of Iyer)."""
    mention = article.people.at(article.doc[verb.i - 1])
    if mention is None or mention.end != verb.i:
        return None
    name = article.doc[mention.start:mention.end].root
    if name.dep_ != "appos" or name.left_edge.i < 1 or article.doc[name.left_edge.i - 1].text != "," \
            or participle not in name.ancestors:
        return None
    return name


def _named_before_description(article: Article, subject: Token, cue: Token) -> Token:
    """The name set off right before a definite description that the parse made the subject,
    hanging the name elsewhere: 'Margaux Lefèvre, the France Unbowed deputy who presented the
    motion, told the chamber' (the name the appositive of a noun before it). Not a name that
    is a subject itself. And the name set beside a description that the cue lies in a clause
    of: 'Senator Tom Breckenridge, a Montana Democrat whose state has four stations, posted on
    X' (the parse hanging the cue in the clause on 'whose'); not 'Clinton, a top aide said,'."""
    doc = article.doc
    if subject.dep_ == "appos" and subject.head.i < subject.i and article.people.at(subject.head) is not None \
            and not article.in_quote(subject.head.i) and cue in subject.subtree:
        return subject.head
    if subject.pos_ != "NOUN" or subject.lemma_.lower() not in article.lexicon.role_nouns:
        return subject
    k = subject.left_edge.i - 1
    while k > subject.left_edge.i - 4 and k > 0 and doc[k].text != "," and doc[k].pos_ in ("PROPN", "DET", "ADJ"):
        k -= 1
    if k < 1 or doc[k].text != "," or doc[k + 1].lower_ != "the" or article.in_quote(k - 1):
        return subject
    mention = article.people.at(doc[k - 1])
    if mention is None or mention.end != k:
        return subject
    name = doc[mention.start:mention.end].root
    if name.dep_ in SUBJECT_DEPS or name.head.i == subject.i or name.sent.start != subject.sent.start:
        return subject
    return name


def _subordinate_clause(verb: Token) -> bool:
    """A clause of time, reason or concession hung on another verb: 'after X won', 'as X began'."""
    return verb.dep_ == "advcl" and verb.head.i != verb.i \
        and any(c.dep_ == "mark" and c.lower_ != "that" for c in verb.children)


def _titled(token: Token) -> bool:
    """A subject after its verb that opens a quoted title, not a speaker: 'said on Harbor
    TV's "Morning at the Docks"' (a quote too short to be one of the article's quotes)."""
    first = token.left_edge
    return token.i > token.head.i and first.i > 0 and first.doc[first.i - 1].text in ('"', "“")


def subject_beside(article: Article, cue: Token, quote: Candidate) -> Token | None:
    """When the parse gives a cue no subject: the name between quote and cue, or right after the cue.

    '"Q," Dunmore police Chief Tom Baker said' (parsed as if 'said' were in the quote).
    """
    if _told_as_headlines_write(article, cue):
        return None
    if cue.idx < quote.start and after_close_mark(article, cue):
        # '"The trouble," said Tom Baker, an analyst, "is that ...": a quote too short to be one
        # of the article's quotes opens the sentence, and the name follows the cue
        return named_after(article, cue)
    doc = article.doc
    if cue.idx > quote.end:
        between = range(article.token_at(mark_end(quote)).i + 1, cue.i)
    else:
        between = range(max(article.sentence(cue.i).start, article.paragraph_tokens(cue.idx)[0]), cue.i)
    words = [doc[i] for i in between if not article.in_quote(i) and not doc[i].is_space]
    if cue.idx > quote.end and words and words[0].dep_ == "prep" and words[0].pos_ == "ADP":
        # what a quote is about is no one: '"turn the clock back fifty years" on reproductive
        # rights, pointing to ...'
        about = {t.i for t in words[0].subtree}
        words = [t for t in words if t.i not in about]
    if words and len(words) <= TAG_SENTENCE_TOKENS * 2:
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
        outside = [t for t in reversed(words) if not _object(name_head(t), words[0].i)]
        found = next((t for t in outside if article.people.at(t) is not None
                      or (t.pos_ == "NOUN" and t.lemma_.lower() in article.lexicon.role_nouns)), None)
        described = article.people.at(found.head) if found is not None and found.dep_ == "appos" else None
        if described is not None and described.start > 0 and (
                article.doc[described.start - 1].text == "," or all(
                    t.text in article.lexicon.honorifics for t in article.doc[words[0].i:described.start])):
            # 'In the municipality of Periban, Lucia Medina, a candidate for Morena, announced
            # ..., citing "..."' (the parse hung the name, set off by commas, on the place), or
            # 'Dr Miriam Osei, a sports physician who ..., said' (the name opening the words, the
            # parse giving the cue no subject): the one it describes; not 'with hosts Joe
            # Scarborough and Mika Brzezinski, the Democratic presidential candidate stated'
            return found.head
        return found or _subject_of_clause_before(article, cue)
    return named_after(article, cue)


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


def _in_name_of_another(child: Token, subjects: list[Token], lexicon: Lexicon) -> bool:
    """Whether a subject lies inside a name that opens in another subject's phrase, or
    follows it (see _name_after_body_noun), the parse making two subjects of one: 'Media' of
    'A spokesperson for the Department for Culture, Media and Sport said'."""
    name = entity_of(child)
    if name is not None and name.start == child.i and any(_name_after_body_noun(other, name, lexicon)
                                                          for other in subjects):
        return True
    return name is not None and name.start < child.i and any(
        other.i != child.i and other.i < name.start <= other.right_edge.i for other in subjects)


def _name_after_body_noun(subject: Token, name: Span, lexicon: Lexicon) -> bool:
    """Whether a name follows, with nothing between, the body noun ending the phrase of a
    person's noun, the subject: 'ClearLink' of 'a spokesperson for settlement utility
    ClearLink said', the parse making it a subject of its own."""
    before = name.doc[name.start - 1] if name.start > 0 else None
    return before is not None and subject.i < before.i and subject.right_edge.i == before.i \
        and common_noun(subject) and lexicon.person_noun(subject.lemma_.lower()) \
        and common_noun(before) and before.dep_ == "pobj" and before.whitespace_ == " "


def named_after(article: Article, cue: Token) -> Token | None:
    """The name right after an inverted cue, up to the first punctuation or relative pronoun:
    'said Tom Baker,', 'wrote a voter who runs a blog'. Not the one 'told' speaks to: '"...,"
    the 47-year-old [parsed as a word of the quote] told Reuters'."""
    after = list(takewhile(lambda t: not t.is_punct and not article.in_quote(t.i) and t.tag_ not in ("WP", "WDT"),
                           article.doc[cue.i + 1:article.sentence(cue.i).end]))
    if cue.lemma_.lower() == "tell":
        told = {t.i for c in cue.children if c.dep_ in ("dobj", "dative") for t in c.subtree}
        after = [t for t in after if t.i not in told]
    return _head_noun(article, after) if after else None


def after_close_mark(article: Article, cue: Token) -> bool:
    """A cue right after a close mark: '"The trouble," said ...'."""
    return cue.i > 0 and article.doc[cue.i - 1].text in ('"', "”")


def _object(token: Token, start: int) -> bool:
    """A word in a prepositional phrase or possessive, or the object of a verb from token `start` on."""
    return token.dep_ in ("pobj", "poss") or (token.dep_ in ("dobj", "dative") and token.head.i >= start)


def name_head(token: Token) -> Token:
    """The last word of the name a word belongs to: 'Trump' for 'Donald' in 'Donald Trump's'."""
    while token.dep_ == "compound" and token.head.i > token.i:
        token = token.head
    return token


def _head_noun(article: Article, words: list[Token]) -> Token | None:
    """The person named in some words, else their last proper noun, noun or pronoun; a
    body a person owns is the body ('Lopez’s campaign'); one named outside a prepositional
    phrase before one inside it ('X, asked about the crowd at the Etihad, said')."""
    named = [t for t in reversed(words) if article.people.at(t) is not None]
    for token in sorted(named, key=lambda t: name_head(t).dep_ == "pobj"):
        owned = token.head
        if token.dep_ in ("compound", "amod", "nmod") and owned.pos_ == "NOUN" and owned in words:
            continue  # 'a Lopez supporter' is not Lopez
        if token.dep_ == "poss" and owned.lemma_.lower() in article.lexicon.body_nouns and owned in words:
            return owned
        return token
    # (not a word of a relative clause after the noun: 'In Brussels, a Nato official who spoke
    # on condition of anonymity said', the parse giving the cue no subject)
    clauses = {t.i for w in words if w.dep_ == "relcl" for t in w.subtree}
    # (a person's noun before a prepositional phrase on it first: 'one café owner on Rue du
    # Luxembourg said', the recogniser taking the street for a body; the phrase may end at the
    # cue, which the tagger took for its noun: 'A reader in Palmerston North emails:')
    person = next((t for t in reversed(words) if t.pos_ == "NOUN" and t.i not in clauses
                   and article.lexicon.person_noun(t.lemma_.lower())
                   and any(c.dep_ == "prep" and c in words for c in t.rights)
                   and t.right_edge.i <= words[-1].i + 1), None)
    if person is not None:
        return person
    for token in [*(t for t in reversed(words) if t.i not in clauses), *(t for t in reversed(words) if t.i in clauses)]:
        if token.pos_ in ("PROPN", "NOUN", "PRON") and token.ent_type_ not in TIME_ENTS:
            return token  # not 'Thursday' of 'The Marsh campaign on Thursday called it "..."'
    for token in reversed(words):
        if token.lemma_.lower() in article.lexicon.speech_nouns:
            return token  # the tagger took the noun for an adjective: '"...," the editorial read.'
    return next((t for t in reversed(words) if t.pos_ == "NUM"), None)  # '"...," the two write.'


def _speaking_word(article: Article, subject: Token) -> Token:
    """Who a subject stands for: 'X's statement' is X ('Scott's relatives' are not Scott)."""
    if subject.pos_ == "NOUN" and subject.lemma_.lower() in article.lexicon.speech_nouns:
        owners = [c for c in subject.children if c.dep_ in _CARRIER_DEPS and not article.in_quote(c.i)
                  and c.ent_type_ not in TIME_ENTS  # "Thursday's memo" is no one's
                  and "\n" not in article.text[c.idx:subject.idx]]
        if owners:
            return owners[-1]  # the nearest: a parse may hang a second one on from further back
    if subject.is_sent_start and subject.i + 1 < len(article.doc) and article.doc[subject.i + 1].text == "," \
            and not subject.ent_type_ and not can_speak(article, subject):
        # 'Reacting, the state Commissioner for Information, Mr Kayode Abolarin, said': the
        # parse made the word opening the sentence the subject, and who speaks its appositive
        beside = [c for c in subject.children if c.dep_ == "appos" and can_speak(article, c)]
        if beside:
            return beside[0]
    joined = [c for c in subject.conjuncts if c.i > subject.i]
    if subject.pos_ == "NOUN" and joined and joined[-1].pos_ == "PROPN" and not can_speak(article, subject) \
            and not any(t.is_punct for t in article.doc[subject.i:joined[-1].i]):
        # 'Waikaia sheep and beef farmer Colin McAuley told the meeting': the parse joined the
        # title's first noun to the name by the title's own 'and'
        mention = article.people.at(joined[-1])
        if mention is not None and mention.end == subject.head.i:
            return joined[-1]
    tagged = _name_before_party_tag(article, subject)
    if tagged is not None:
        return tagged
    clause = subject.head
    if clause.dep_ == "relcl" and any(c.dep_ == "poss" and c.tag_ == "WP$" for c in subject.children) \
            and can_speak(article, clause.head) and not (
                subject.lemma_.lower() in article.lexicon.role_nouns or any(
                    c.dep_ == "appos" and article.people.at(c) is not None for c in subject.children)):
        # 'X, whose district includes the site, called': the parse reached X's clause (but
        # 'Kiir Orbital, whose founder, Mart Kallas, wrote' is the founder's)
        return clause.head
    return subject


def _name_before_party_tag(article: Article, subject: Token) -> Token | None:
    """The name a party tag set off by commas follows, where the parse made the tag's place
    the subject: 'Rep. Ana Lucía Garza-Villarreal, D-McAllen, accused'."""
    doc = article.doc
    i = subject.i
    if i < 4 or subject.pos_ != "PROPN" or doc[i - 2].text not in ("D", "R", "I") or not hyphen_joins(doc[i - 1]) \
            or doc[i - 3].text != "," or i + 1 >= len(doc) or doc[i + 1].text != ",":
        return None
    mention = article.people.at(doc[i - 4])
    return doc[mention.end - 1] if mention is not None else None


def _name_ending_a_title(article: Article, subject: Token) -> tuple[Token, SpacySpan] | None:
    """The name that ends a title of capitalised words the parse took the subject from (the
    parse joining the name to a word of the title), and the title: 'Minister for Climate,
    Energy and Utilities Jens Dalsgaard told', 'Public Works and Transport Minister Walid Sfeir
    told'."""
    verb = subject.head
    if not (subject.i < verb.i and subject.text[:1].isupper()):
        return None
    doc = article.doc
    end = subject.right_edge.i + 1
    while end > subject.i and doc[end - 1].is_punct:
        end -= 1
    mention = article.people.at(doc[end - 1])
    if mention is None or mention.end != end or mention.start <= subject.i \
            or (any(t.is_punct for t in doc[end:verb.i]) and doc[end].text != ","):
        return None
    if doc[mention.start - 1].is_punct:
        return None  # set off, as the parse may have it: 'The Minister of State for Sport, Catherine Nolan,'
    title = doc[subject.left_edge.i:mention.start]
    roles = [t.i for t in title if t.lemma_.lower() in article.lexicon.role_nouns]
    if not roles or (roles[-1] != mention.start - 1
                     and not any(t.lower_ in ("for", "of") for t in doc[roles[-1]:mention.start])):
        return None  # ('Justice Nor Azlina': a word of the name left out of it is no title's)
    if not all(t.text[:1].isupper() or t.lower_ in ("for", "of", "and", "&", ",", "the") for t in title):
        return None
    return doc[mention.start:mention.end].root, title


def _holder_of_office_at(article: Article, body: Token) -> Token | None:
    """The person named with a role at the body a relative clause is hung on, as a body
    does not follow its member's 'who': 'Daniel Whitfield, senior economist at Capital
    Economics, who said'."""
    if body.ent_type_ != "ORG" or article.people.at(body) is not None:
        return None
    entity = entity_of(body)
    if entity is not None and entity.start <= entity.root.i < entity.end:
        body = entity.root  # (the clause on the name's last word: 'at the Society of Pension Actuaries, who')
    if not body_of_someone_named(body):
        return None
    role = body.head.head
    named = role.lemma_.lower() in article.lexicon.role_nouns and article.people.at(role.head) is not None
    return role.head if named else None


def _member_named_before(article: Article, body: Token) -> Token | None:
    """The person named right before the body a 'who' clause is hung on, as their body:
    'Congresswoman Milagros Chávez Paredes of the conservative Popular Renewal party, who told
    colleagues' is the congresswoman."""
    prep = body.head
    if body.dep_ != "pobj" or prep.lower_ not in ("of", "from") or article.people.at(body) is not None:
        return None
    named = prep.head
    return named if named.i < body.i and article.people.at(named) is not None else None


def _relative_clause(pronoun: Token) -> Token:
    """The clause a relative pronoun's verb belongs to: in 'X, who is running for Congress
    and who worked the crowd', the second verb is a conjunct of the relative clause."""
    clause = pronoun.head
    while clause.dep_ == "conj" and clause.head.i != clause.i and clause.pos_ in ("VERB", "AUX"):
        clause = clause.head
    if clause.dep_ != "relcl" and pronoun.i > 0 and pronoun.doc[pronoun.i - 1].lower_ in ("and", "but"):
        # 'X, who has said he will not vote for Y and who called ...': the parse may join the
        # second clause to a verb inside the first, whose own relative pronoun is the same
        clause = next((verb for verb in clause.ancestors if verb.dep_ == "relcl" and any(
            c.dep_ in SUBJECT_DEPS and c.lower_ == pronoun.lower_ for c in verb.children)), clause)
    return clause if clause.dep_ == "relcl" else pronoun.head


def speaker_of(article: Article, head: Token) -> Speaker:
    """The speaker a head word names, resolved against the people of the article."""
    head = _role_before_a_time(article, _last_of_split_word(head))
    if head.i in article.resolving:
        # words that name each other ('In a statement, it said': the statement is its
        # speaker's, 'it' the statement's): no one, rather than a climb without end
        return Speaker(None, None, None, span_of(article.doc[head.i:head.i + 1]))
    article.resolving.add(head.i)
    try:
        return _speaker_named(article, head)
    finally:
        article.resolving.discard(head.i)


def _role_before_a_time(article: Article, word: Token) -> Token:
    """The role noun the parse joined to a span of time after it, as if it named the time:
    'auditor' of 'told by a government auditor months before the outbreak'."""
    before = article.doc[word.i - 1] if word.i > 0 else None
    if word.ent_type_ == "DATE" and word.lemma_.lower() in _SPANS_OF_TIME and before is not None \
            and before.dep_ == "compound" and before.head.i == word.i and common_noun(before) \
            and article.lexicon.person_noun(before.lemma_.lower()):
        return before
    return word


def _last_of_split_word(word: Token) -> Token:
    """The last part of a hyphened word the parse split into subjects of one verb, each part
    its own: 'president' of "Halcyon’s co-president, Daniel Osei" (co, -, president)."""
    doc = word.doc
    while word.i + 2 < len(doc) and not word.whitespace_ and doc[word.i + 1].text == "-" \
            and not doc[word.i + 1].whitespace_ and doc[word.i + 2].dep_ == word.dep_ \
            and word.dep_ in SUBJECT_DEPS and doc[word.i + 2].head.i == word.head.i:
        word = doc[word.i + 2]
    return word


def _speaker_named(article: Article, head: Token) -> Speaker:
    people = article.people
    before = article.doc[head.i - 1] if head.i > 0 else head
    clause = _relative_clause(head)
    if head.lower_ in _RELATIVE_PRONOUNS and clause.head.i != head.i and (
            clause.dep_ == "relcl" or (head.lower_ in ("who", "which") and before.pos_ in ("NOUN", "PROPN"))):
        # 'Baker, now the port director, who in 2010 said ...': the antecedent speaks,
        # and the attribution rests on 'who'.
        noun = clause.head
        if noun.pos_ not in ("NOUN", "PROPN", "PRON") and before.pos_ in ("NOUN", "PROPN"):
            # the parse hung the clause on a verb: 'went to the Harbor Authority which reported'
            noun = name_head(before)
        while article.titled[noun.i] and noun.head.i != noun.i:
            noun = noun.head  # 'Prof Ian Drummond, the author of "Trace Amounts: Science, Sport ...", who told'
        if noun.dep_ == "appos" and people.at(noun.head) is not None:
            noun = noun.head  # 'said Tom Baker, the group's strategist, who added'
        noun = _holder_of_office_at(article, noun) or noun
        if head.lower_ == "who":
            noun = _member_named_before(article, noun) or noun
        addressed_by = _addressed_by(noun)
        if addressed_by is not None:
            # 'an email to supporters that said', 'sent an email to supporters that said': the email
            sent = [addressed_by] + [c for c in addressed_by.children if c.dep_ == "dobj"]
            noun = next((t for t in sent if t.lemma_.lower() in article.lexicon.speech_nouns), noun)
        issuer = _issuer(article, noun) if noun.lemma_.lower() in article.lexicon.speech_nouns else None
        if issuer is not None:
            return speaker_of(article, issuer)  # 'He released a letter that says': the attribution rests on 'He'
        return replace(speaker_of(article, noun), mention=span_of(article.doc[head.i:head.i + 1]))
    mention = people.at(head)
    if mention is not None:
        first = head.head if head.dep_ == "conj" and people.at(head.head) is not None else head
        group = _joined_people(article, first) if _joined_by_and(first) else []
        if group:  # 'Maria Lopez and Tom Baker wrote': both (not 'Of Baker, Ortiz said', misparsed)
            return _group_speaker(article, first, group)
        person = mention.person
        span = Span(article.text[mention.start_char:mention.end_char], mention.start_char, mention.end_char)
        return Speaker(person.name, person.role, person.affiliation, span)
    if head.pos_ == "PRON":
        return _pronoun_speaker(article, head)
    titled = _name_ending_a_title(article, head)
    if titled is not None:
        named, title = titled
        speaker = speaker_of(article, named)
        first = title[1] if title[0].dep_ == "det" else title[0]  # (the title is all capitalised words but that)
        role = article.text[first.idx:title[-1].idx + len(title[-1])]
        if any(t.ent_type_ in ("ORG", "GPE", "NORP") or (t.is_upper and t.lower_ not in article.lexicon.role_nouns)
               for t in title) or (
                speaker.role is not None and not role.endswith(speaker.role)
                and any(word.lower() in article.lexicon.role_nouns for word in speaker.role.split())):
            return speaker  # ('ERCOT President and CEO': the body's name is no word of the role)
        # the whole title, where the person has no role, or that as its end ('Transport Minister'
        # of 'Public Works and Transport Minister'), or only a party's ('Social Democrat')
        return replace(speaker, role=role)
    if head.is_title and not head.ent_type_:
        # 'Employment and Labour Minister Lwazi Ntuli appealed', parsed as two subjects: the
        # portfolio opens the title of the person named; so do words of several before a
        # title on the name ('Climate Crisis and Civil Protection Minister Thanos Vourdas told')
        named = next((c for c in head.children if c.dep_ == "conj" and people.at(c) is not None
                      and (head.lower_ in article.lexicon.portfolios
                           or any(is_role_title(t, article.lexicon) for t in c.lefts if t.dep_ == "compound"))),
                     None)
        if named is not None:
            return speaker_of(article, named)
    named = _name_opening_role(article, head)
    if named is not None:
        speaker = speaker_of(article, named)
        if speaker.role is not None:
            return speaker
        # what the words after the comma say of them: 'Yarrandoo's chair'
        owner = list(article.doc[article.people.at(named).end + 1:head.i])
        owned = bool(owner) and owner[-1].text in POSSESSIVE
        return replace(speaker, role=describe_noun(head, article.lexicon).role,
                       affiliation=speaker.affiliation or (affiliation_text(owner, article.lexicon) if owned else None))
    described = people.described.get(head.i)
    if described is not None:  # 'the Vermont senator said', 'the Spaniard said'
        return Speaker(described.name or None, described.role, described.affiliation,
                       span_of(_unquoted(article, _phrase(head), head)))
    party = party_of(head, article.lexicon)
    if party is not None and (head.ent_type_ == "NORP"
                              or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)):
        # 'said an Iowa Democrat': someone unnamed, of that party; so is 'The Texas Democrat'
        # that stands for no one named (not 'the GOP', the party itself), unless named beside
        # it: 'The committee's top Democrat, Rep. Andre Lewis of Maryland, ... said'
        named = _name_in_apposition(article, head)
        if named is not None:
            speaker = speaker_of(article, named)
            return replace(speaker, affiliation=speaker.affiliation or party)
        if head.ent_type_ == "NORP" and any(c.dep_ in ("compound", "appos") and c.lemma_.lower() == "party"
                                            for c in head.children):
            # 'Opposition party Sinn Fein accused the government': the party itself, as a body
            return Speaker(party, None, None, span_of(_unquoted(article, _phrase(head), head)))
        return Speaker(None, None, party, span_of(_unquoted(article, _phrase(head), head)))
    if _capitalised_office(head, article.lexicon):
        # 'Premier Glen Haverty ... the Premier said', 'the Taoiseach said': an office
        # written with a capital, which the tagger takes for a name and the recogniser for a body
        title = " ".join(t.text for t in [*(c for c in head.children if c.dep_ == "compound"), head])
        return _office_holder(article, head, head.lower_, title, title)
    if head.tag_ == "NNP" and head.is_title and head.lower_ in article.lexicon.role_nouns and not head.ent_type_ \
            and after_determiner(head, UNNAMED_DETERMINERS):
        # 'as one former Speaker put it': someone unnamed who holds or held an office written
        # with a capital, no name
        words = [t for t in head.lefts if t.dep_ in ("amod", "compound")] + [head]
        return Speaker(None, " ".join(t.text for t in words), None, span_of(_unquoted(article, _phrase(head), head)))
    office = article.lexicon.office_abbreviations.get(head.text)
    if office is not None and [c.lower_ for c in head.children if c.dep_ not in ("punct", "relcl", "acl")] == ["the"]:
        # 'Chief financial officer Raj Menon said ... "...," the CFO said'
        noun = office.split(" of ")[0].split()[-1]  # 'superintendent' of 'senior superintendent of police'
        return _office_holder(article, head, noun, office, head.text)
    entity = entity_of(head)
    # (a body noun in lower case the recogniser took for a name is a body noun: 'the health
    # department's letter', read below as 'the health department' after a body of that name)
    lower_case = entity is not None and common_noun(head) and head.lemma_.lower() in article.lexicon.body_nouns \
        and all(t.is_lower or not t.is_alpha for t in entity)
    # (so is one a press release capitalises for the company it defines, a body to the
    # recogniser, where no body has it for its short name: 'The Company said')
    lower_case = lower_case or (entity is not None and len(entity) == 1 and _defined_body_noun(head, article.lexicon)
                                and people.organisations.body_name(head.text) == head.text)
    if entity is not None and not lower_case and (
            head.ent_type_ in ORGANISATION_ENTS
            or (head.ent_type_ == "PERSON" and (named_as_body(entity, article.lexicon)
                                                or people.organisations.short_name(entity.text)))):
        titled = _titled_name_ending(article, head)
        if titled is not None:  # 'Democratic Party of Georgia chairwoman Nikema Williams called'
            return speaker_of(article, titled)
        spokesperson = _spokesperson_after(article, entity)
        if spokesperson is not None:
            # 'A Department of Health and Social Care spokesperson said', the noun parsed as the
            # object of the name's 'of'
            name, _, _ = _organisation(article, head, name_of_entity(entity))
            return Speaker(None, spokesperson.text, name, span_of(article.doc[entity.start:spokesperson.i + 1]))
        named = _name_in_apposition(article, head) if head.lower_ in article.lexicon.role_nouns else None
        if named is not None:  # 'said the Minister for Agriculture [a body], Ciarán Delaney'
            return speaker_of(article, named)
        words = name_of_entity(entity)
        words = words[:-1] if len(words) > 1 and words[-1].text in _CLITIC_S else words
        before = article.doc[words.start - 1] if words.start > 0 else None
        if before is not None and head.ent_type_ == "GPE" and _acronym_of(before, words):
            words = article.doc[words.start - 1:words.end]  # 'AARP Wisconsin said': its state chapter
        elif before is not None and head.ent_type_ == "GPE" and _body_of_chapter(before, words):
            # 'Amnesty International Indonesia said': the body's chapter in that country
            words = article.doc[entity_of(before).start:words.end]
        person = people.find(words.text)  # a surname the recogniser took for a body
        if person is not None:
            return Speaker(person.name, person.role, person.affiliation, span_of(words))
        name, words, owner = _organisation(article, head, words)
        return Speaker(name, None, owner, span_of(words))
    if _unrecognised_acronym(head, article.lexicon):  # 'ERCOT posted on X', a noun to the tagger
        return Speaker(people.organisations.body_name(head.text), None, None, span_of(article.doc[head.i:head.i + 1]))
    group = _joined_people(article, head) if head.tag_ in ("NNS", "NNPS") else []
    if group:  # 'said two lawmakers, Maria Lopez and Tom Baker': both
        return _group_speaker(article, head, group)
    named = _name_in_apposition(article, head)
    if named is not None:
        speaker = speaker_of(article, named)
        described = describe_noun(head, article.lexicon) if speaker.role is None else None
        if described is not None and described.role:
            # what the phrase says of them: 'His former business partner at Lenox' (not 'Baker's daughter')
            speaker = replace(speaker, role=described.role, affiliation=speaker.affiliation or described.affiliation)
        return speaker
    named = _name_after_joined_titles(article, head)
    if named is not None:  # 'Zippit chairman and Chief Executive Rohan Malhotra wrote': all one title
        speaker, described = speaker_of(article, named), describe_noun(head, article.lexicon)
        return replace(speaker, role=described.role or speaker.role,
                       affiliation=speaker.affiliation or described.affiliation)
    named = _name_after_title(article, head)
    if named is not None:
        speaker = speaker_of(article, named)
        honorific = article.lexicon.honorifics.get(head.text)
        return speaker if speaker.role else replace(speaker, role=honorific.role if honorific else head.text)
    phrase = _unquoted(article, _phrase(head), head)
    body = _body_set_beside(article, head) if common_noun(head) else None
    if body is not None and body.ent_type_ not in ("ORG", "GPE"):
        name = entity_of(body)  # (a body the recogniser took for a person: 'The liquidators, Bennett Hale,')
        return Speaker(people.organisations.body_name(name_written(name)), None, None, span_of(name))
    if body is not None:
        return speaker_of(article, body)  # 'The company, General Motors, said': the body named
    if (common_noun(head) and head.lemma_.lower() in article.lexicon.body_nouns) \
            or _defined_body_noun(head, article.lexicon):
        return Speaker(_body_name(article, head), None, None, span_of(phrase))  # 'the ministry said'
    written = _body_phrase(head) if head.is_title and head.lemma_.lower() in article.lexicon.body_nouns \
        and any(c.dep_ == "poss" for c in head.children) else None
    if written is not None and all(t.is_title or t.lower_ == "of" or t.text in POSSESSIVE for t in written):
        # a capitalised body noun after a possessive the recogniser left out of every name: the
        # name as written ("the Arizona Secretary of State's Office said", "The Prison Officers’
        # Association said")
        return Speaker(written.text, None, None, span_of(phrase))
    if common_noun(head) and head.lemma_.lower() in article.lexicon.speech_nouns:
        source = source_of(article, head)  # 'a Homeland Security memo put it', 'the union issued a statement saying'
        if source is not None:
            return source
        if any(c.lower_ == "the" for c in head.lefts):
            earlier = _earlier_document(article, head)
            if earlier is not None:  # 'Lopez said in a statement ... The statement added'
                return replace(earlier, mention=span_of(phrase))
    if singular_common_noun(head) and [c.lower_ for c in head.lefts] == ["the"] \
            and not article.lexicon.person_noun(head.lemma_.lower()):
        # a noun of no lexicon that heads a body's name given before: 'the fund said' after
        # the West Pennine Pension Fund
        headed = people.organisations.headed_by(head.i, head.lemma_.lower())
        if headed is not None:
            return Speaker(headed, None, None, span_of(phrase))
    described_as = next((c for c in head.children if c.dep_ == "appos" and singular_common_noun(c)
                         and c.lemma_.lower() in article.lexicon.role_nouns
                         and article.doc[c.left_edge.i - 1].text == ","), None)
    if described_as is not None and head.lemma_.lower() not in article.lexicon.role_nouns \
            and head.tag_ not in ("NNS", "NNPS", "NNP"):
        # 'One of the constituents, a retired nurse from Stockport,': what the apposition says
        described = describe_noun(described_as, article.lexicon)
        return Speaker(None, described.role, described.affiliation, span_of(phrase))
    group = _group_of(head)
    named = next((c for c in head.children if c.dep_ == "appos" and c.ent_type_ == "ORG" and people.at(c) is None
                  and article.doc[entity_of(c).start - 1].text == ","), None) if group is not None else None
    if named is not None:  # 'One of the largest operators, CoinPoint Australia, said': the body named
        return speaker_of(article, named)
    if group is not None:  # 'one of the officials said', 'one of them said': one of a group, its member's role
        if group.pos_ == "PRON" or [c.lower_ for c in group.lefts] in (["the"], ["those"], ["these"]):
            group = _plural_antecedent(article, group)
        member = people.owned(group, describe_noun(group, article.lexicon, one_person=True)) \
            if group is not None and common_noun(group) else Descriptor(None, None)
        return Speaker(None, member.role, member.affiliation, span_of(phrase))
    descriptor = describe_noun(head, article.lexicon)
    if descriptor.role and singular_common_noun(head) and any(c.lower_ == "the" for c in head.lefts) \
            and head.i not in people.described_unnamed:  # one person (not one met unnamed)
        titled = people.with_role(head.lower_, head.i, descriptor.role)
        if titled is not None:
            return Speaker(titled.name, titled.role, titled.affiliation, span_of(phrase))
    if descriptor.role and singular_common_noun(head):
        holder = _holder_for_owner(article, head, descriptor.role)
        if holder is not None:  # 'Robby Mook, Clinton's campaign manager, ... Clinton's campaign manager said'
            return Speaker(holder.name, holder.role, holder.affiliation, span_of(phrase))
    if head.pos_ not in ("PROPN", "PRON") and head.is_title and head.i > 0:
        person = people.find(head.text)  # a surname the tagger took for another word: 'Lopez’s reply'
        if person is not None:
            return Speaker(person.name, person.role, person.affiliation, span_of(article.doc[head.i:head.i + 1]))
        if _name_tagged_as_noun(article, head):
            start = head.i  # with its given names: 'M. Dane Waters'
            while start > 0 and article.doc[start - 1].dep_ == "compound" and article.doc[start - 1].head.i == head.i \
                    and article.doc[start - 1].text[:1].isupper():
                start -= 1
            name = article.doc[start:head.i + 1]
            return Speaker(name.text, None, None, span_of(name))
    # (a plural opening the sentence, no one's surname: 'Inspectors ... wrote', as 'inspectors wrote')
    plural = _plural_opening_sentence(head, article.lexicon) and people.find(head.text) is None
    honorific = article.lexicon.honorifics.get(head.text)
    if honorific is not None and honorific.role and [c.lower_ for c in head.lefts] == ["the"]:
        # a title also written before names, alone after 'the': 'the Ceann Comhairle told the
        # House' is who holds it
        titled = people.with_role(honorific.role.split()[-1], head.i, honorific.role)
        return Speaker(titled.name, titled.role, titled.affiliation, span_of(phrase)) if titled is not None \
            else Speaker(None, honorific.role, None, span_of(phrase))
    if head.pos_ == "PROPN" and head.text[:1].isupper() and head.text not in MEMBER_TITLES and not plural:
        # (not 'mogul', which the tagger sometimes has as one, nor 'one Labour MP')
        # A name the entity recogniser missed: resolve it like any other mention.
        name = _proper_name(head, article.lexicon)
        bare = name[1:] if len(name) > 1 and name[0].text in article.lexicon.honorifics else name
        person = people.find(bare.text)  # 'Mr. King' is the King the article named
        if person is None and len(name) == 2 and rank_without_stop(name[0], article.lexicon) is not None:
            person = people.find(name[1].text)  # 'Col Russo' after Colonel Davide Russo
        if person is not None:
            return Speaker(person.name, person.role, person.affiliation, span_of(name))
        body = people.organisations.body_name(name.text)
        if body != name.text:  # 'Brannock said', after 'the oil drilling giant Brannock Energy'
            return Speaker(body, None, None, span_of(name))
        if descriptor.role is None and described_as is not None:
            descriptor = describe_noun(described_as, article.lexicon)  # '― Ana Flores, president of X'
        role = descriptor.role
        if role is not None and role.endswith(f" {name.text}"):  # 'Secretary-Treasurer Gary Lott'
            role = role.removesuffix(f" {name.text}")
        if bare is not name:  # 'Alhaji Abdulhakeem Salawu said', 'Sen. Ana Ruiz said'
            role = role.removesuffix(f" {bare.text}") if role else article.lexicon.honorifics[name[0].text].role
        return Speaker(bare.text, role, descriptor.affiliation, span_of(name))
    if descriptor.role is None and plural:
        descriptor = replace(descriptor, role=head.lower_)
    if descriptor.role is None:
        descriptor = replace(descriptor, role=unnamed_description(head, article.lexicon))  # 'one resident said'
    descriptor = people.owned(head, descriptor)  # 'its spokesman said'
    if descriptor.role is None:  # 'his father said': a relative of someone named, named or not
        relative = people.relative_named(head)
        if relative is not None:
            return Speaker(relative.name, relative.role, relative.affiliation, span_of(phrase))
        relation = people.relation(head)  # whose relative they are is in the role, not a body's
        if relation is not None:
            descriptor = replace(descriptor, role=relation, affiliation=None)
    return Speaker(None, descriptor.role, descriptor.affiliation, span_of(phrase))


def _defined_body_noun(head: Token, lexicon: Lexicon) -> bool:
    """A body noun capitalised after 'the', alone, as a press release writes the term it
    defines for its company: 'Lumira Semiconductor Berhad ("Lumira" or the "Company") ...
    The Company said'."""
    return head.pos_ == "PROPN" and head.is_title and head.ent_type_ in ("", "ORG") \
        and head.lower_ in lexicon.body_nouns and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) \
        and not any(c.dep_ in ("compound", "amod", "poss") for c in head.children)


def _plural_opening_sentence(head: Token, lexicon: Lexicon) -> bool:
    """A role's or a person noun's plural that opens its sentence, which the tagger may take
    for a name there: 'Inspectors, who visited over two days in March, wrote'."""
    return head.is_sent_start and not head.ent_type_ and head.text.endswith("s") and head.text[1:].islower() \
        and (head.lower_[:-1] in lexicon.role_nouns or lexicon.person_noun(head.lower_[:-1]))


def _office_holder(article: Article, head: Token, noun: str, office: str, written: str) -> Speaker:
    """Who holds the office a description names alone (by `noun`, of the `office`); no one,
    the office as `written`, when the article named no holder."""
    phrase = _unquoted(article, _phrase(head), head)
    holder = article.people.with_role(noun, head.i, office)
    if holder is not None:
        return Speaker(holder.name, holder.role, holder.affiliation, span_of(phrase))
    return Speaker(None, written, None, span_of(phrase))


def _capitalised_office(head: Token, lexicon: Lexicon) -> bool:
    """A role noun written with a capital after 'the' alone, or after other such nouns, as
    British and Canadian news write an office: 'the Premier said', 'the Taoiseach said',
    'the Solicitor General said'; after a rank: 'the First Minister said'; after 'Prime' or
    its portfolio: 'the Prime Minister said', 'the Foreign Minister said'. Or with no 'the',
    opening a line or the words after its spaced dash, as a headline or a live blog's entry
    writes it: '3.40pm – Minister urges both sides to "get it done"'."""
    determiners = [c.lower_ for c in head.children if c.dep_ not in ("punct", "relcl", "acl", "compound")]
    opening = head.i == 0 or "\n" in head.doc[head.i - 1].text or spaced_dash(head.doc[head.i - 1])
    return head.tag_ == "NNP" and head.is_title and head.lower_ in lexicon.role_nouns \
        and (determiners == ["the"] or (not determiners and opening
                                        and not any(c.dep_ == "compound" for c in head.children))) \
        and all(c.is_title and (c.lower_ in lexicon.role_nouns or c.lower_ in RANKS or c.lower_ in lexicon.portfolios
                                or c.lower_ == "prime") and c.i < head.i
                for c in head.children if c.dep_ == "compound")


def _acronym_of(token: Token, place: Span) -> bool:
    """A body's initials the recogniser left out, opening the place its chapter is of:
    'AARP' of 'AARP Wisconsin'."""
    return token.dep_ == "compound" and token.head.i in range(place.start, place.end) and not token.ent_type_ \
        and token.is_alpha and token.is_upper and len(token) >= 3


def _body_of_chapter(token: Token, place: Span) -> bool:
    """A body's name right before the place its chapter is of, both hung on the place:
    'Amnesty International' of 'Amnesty International Indonesia'."""
    return token.ent_type_ == "ORG" and token.dep_ == "compound" and token.head.i in range(place.start, place.end) \
        and entity_of(token).end == place.start


def _group_of(head: Token) -> Token | None:
    """The group a speaker is one or some of: 'officials' of 'one of the officials', 'them'
    of 'two of them'; a plural noun or a pronoun."""
    if head.lower_ not in _PARTITIVES and head.tag_ != "CD":
        return None
    return next((obj for prep in head.rights if prep.dep_ == "prep" and prep.lower_ == "of"
                 for obj in prep.children if obj.dep_ == "pobj"
                 and (obj.tag_ in ("NNS", "NNPS") or obj.lower_ in _GROUP_PRONOUNS)), None)


def _plural_antecedent(article: Article, word: Token) -> Token | None:
    """The group 'them' or 'the officials' (or 'those officials') stands for in 'one of
    them said', 'one of the officials said', in its sentence or the one before. For
    'them', the plural noun that is the subject of the nearest main clause before it ('Two
    Republican aides said several senators were wavering': the aides, not the senators),
    None when that subject is no plural noun of people; for 'the officials', the nearest
    earlier 'officials' ('Three Pentagon officials'), else the word itself."""
    sentence = article.sentence(word.i)
    start = article.sentence(sentence.start - 1).start if sentence.start > 0 else sentence.start
    lexicon = article.lexicon
    for token in reversed(article.doc[start:word.i]):
        if article.in_quote(token.i) or token.is_ancestor(word):
            continue
        if word.pos_ != "PRON":
            if token.lemma_ == word.lemma_ and token.tag_ == word.tag_:
                return token
        elif token.dep_ in SUBJECT_DEPS and in_main_clause(token.head):
            lemma = token.lemma_.lower()
            people = token.tag_ == "NNS" and lexicon.person_noun(lemma)
            return token if people else None
    return None if word.pos_ == "PRON" else word


def _author(article: Article, document: Token) -> Speaker | None:
    """Who a document speaks for, as its own phrase names them: a person or body before it
    ('a Homeland Security memo') or after 'from', 'by' or 'of' ('a letter from the White House');
    the attribution rests on the document's phrase, or on the person's name."""
    named = [t for t in document.lefts if t.dep_ in ("compound", "nmod") and t.ent_type_ in _AUTHOR_ENTS]
    objects = [obj for prep in document.rights if prep.dep_ == "prep" and prep.lower_ in ("from", "by", "of")
               for obj in prep.children if obj.dep_ == "pobj"]
    # (and who did what it comes from: 'a report from a July inspection by the administration')
    objects += [by_whom for obj in objects if common_noun(obj) for prep in obj.rights
                if prep.dep_ == "prep" and prep.lower_ == "by" for by_whom in prep.children if by_whom.dep_ == "pobj"]
    named += [obj for obj in objects if obj.ent_type_ in _AUTHOR_ENTS]
    # (or a role's noun with the name set beside it, which the parse may hang on the document:
    # 'the words of the city's mayor, Park Gyeong-hwan,')
    named += [name for obj in objects if common_noun(obj) and obj.lemma_.lower() in article.lexicon.role_nouns
              for name in (*obj.children, *document.rights) if name.dep_ == "appos" and name.i > obj.i
              and article.people.at(name) is not None]
    if not named:
        # 'a post on the observatory's social media accounts': whose page it went up on
        owner = next((c for prep in document.rights if prep.dep_ == "prep" and prep.lower_ == "on"
                      for page in prep.children if page.dep_ == "pobj" and page.lemma_.lower() in _PAGE_NOUNS
                      for c in page.children if c.dep_ == "poss"), None)
        if owner is not None and can_speak(article, owner):
            speaker = speaker_of(article, owner)
            if speaker.name is not None:
                return speaker
        # 'a statement from the ministry', 'a statement from her office': the body the noun names
        bodies = [obj for obj in objects if common_noun(obj) and obj.lemma_.lower() in article.lexicon.body_nouns]
        body = speaker_of(article, bodies[0]) if bodies else None
        headed = next((found for obj in objects if singular_common_noun(obj) and [c.lower_ for c in obj.lefts] == ["the"]
                       and (found := article.people.organisations.headed_by(obj.i, obj.lemma_.lower())) is not None),
                      None) if body is None else None
        if headed is not None:
            # 'a statement from the executive' after the Dublin Region Homeless Executive: the
            # body its noun heads, of no list (a role's noun too)
            return Speaker(headed, None, None, span_of(_unquoted(article, _phrase(document), document)))
        if body is None or body.name is None:
            return None
        return replace(body, mention=span_of(_unquoted(article, _phrase(document), document)))
    if article.people.at(named[0]) is not None:
        return speaker_of(article, named[0])
    name = article.people.organisations.body_name(affiliation_text(list(entity_of(named[0])), article.lexicon))
    return Speaker(name, None, None, span_of(_unquoted(article, _phrase(document), document)))


def _earlier_document(article: Article, document: Token) -> Speaker | None:
    """Who put out the same kind of document, named shortly before: 'the statement' after
    'Lopez said in a statement', 'a statement issued by the union', 'her statement'; past
    another 'the statement' that says no more ('According to the statement' between
    'Lopez said in a statement' and '"...," the statement added'). Failing one, who spoke
    in another kind just before ('In a written response, Halden said ... the statement said')."""
    for token in reversed(article.people.tokens[max(0, document.i - _DOCUMENT_REACH):document.i]):
        if token.lemma_ == document.lemma_ and token.pos_ == "NOUN" and not article.in_quote(token.i):
            source = source_of(article, token)
            if source is not None or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
                return source
        # or the verb the noun names the act of, just before: 'Rijnmond Airport has just posted on X
        # that ... "...," the post says', 'X tweeted ... the tweet'
        if token.lemma_ == document.lemma_ and token.pos_ == "VERB" and article.is_cue(token):
            subject = subject_of(article, token)
            if subject is not None and can_speak(article, subject):
                return speaker_of(article, subject)
    # else another document someone spoke in shortly before: 'In a written response to
    # questions, Halden said ... "...," the statement said'
    for token in reversed(article.people.tokens[max(0, document.i - _OTHER_DOCUMENT_REACH):document.i]):
        if token.pos_ == "NOUN" and token.lemma_.lower() in article.lexicon.speech_nouns \
                and not article.in_quote(token.i) and _cue_spoken_in(article, token) is not None:
            return source_of(article, token)
    return None


def source_of(article: Article, document: Token) -> Speaker | None:
    """Who a document speaks for, as the article says: its owner ('Lopez's statement'), its
    author ('a Homeland Security memo', 'a letter from the union'), or who put it out ('the
    union issued a statement', 'a statement issued by the union', 'The report was written by
    X', 'Lopez said in a statement');
    failing those, the organisation a body noun before it stands for ('a company statement')."""
    owner = _speaking_word(article, document)
    if owner is not document:
        verb = _cue_spoken_in(article, document) if owner.tag_ == "PRP$" else None
        subject = subject_of(article, verb) if verb is not None else None
        if subject is not None and subject.i > document.i and can_speak(article, subject):
            return speaker_of(article, subject)  # 'In their report, the auditors wrote': the subject's
        return speaker_of(article, owner)
    author = _author(article, document)
    if author is not None:
        return author
    source = _issuer(article, document) or next(issued_by(article, document), None)
    if source is None:  # or who wrote it, a relative clause says: 'a letter that Dr. Saxena wrote to the council'
        source = next((c for verb in document.children if verb.dep_ == "relcl"
                       and verb.lemma_.lower() in article.lexicon.issuing_verbs for c in verb.children
                       if c.dep_ == "nsubj" and c.lower_ not in ("that", "which", "who") and not article.in_quote(c.i)),
                      None)
    if source is None:
        verb = _cue_spoken_in(article, document)
        if verb is not None:
            source = subject_of(article, verb)  # 'Lopez said in a statement'
    if source is not None and (can_speak(article, source) or (source.pos_ == "PROPN" and not source.ent_type_)
                               or (common_noun(source) and _body_set_beside(article, source) is not None)):
        # (also a name the recogniser missed: 'Kenai Coastal Air said in'; or one set beside a
        # noun of no list: 'The operator of Casa Paloma, Southern Arizona Mission Services, said in')
        return speaker_of(article, source)
    # 'according to a company statement': the organisation a body noun before it stands for
    body = next((t for t in document.lefts if t.dep_ == "compound" and common_noun(t)
                 and t.lemma_.lower() in article.lexicon.body_nouns), None)
    named = _body_name(article, body) if body is not None else None
    if named is None or named.lower() == body.lower_:
        return None
    return Speaker(named, None, None, span_of(_unquoted(article, _phrase(document), document)))


def _cue_spoken_in(article: Article, document: Token) -> Token | None:
    """The cue a document after 'in' tells where someone spoke: 'said' of 'Lopez said in a
    statement', also past a preposition the parse hung the 'in' on ('X, in a note to clients,
    said')."""
    if document.dep_ != "pobj" or document.head.lower_ != "in":
        return None
    verb = document.head.head
    while verb.pos_ == "ADP" and verb.dep_ == "prep" and verb.head.i < document.i + _PREPOSITIONS_UP:
        verb = verb.head
    if not article.is_cue(verb) and verb.tag_ in ("VBN", "VBG") and verb.head.i > verb.i \
            and not any(c.dep_ in SUBJECT_DEPS for c in verb.children) and article.is_cue(verb.head):
        # past a participle the parse hung 'in' on: 'In a report published ..., titled "...", the CMA said'
        verb = verb.head
    return verb if article.is_cue(verb) else None


def issued_by(article: Article, document: Token) -> Iterator[Token]:
    """Who a participle of issuing says put a document out, its agent's objects: 'a statement
    issued by the union', 'The message, posted by X,', 'The inspection report ... was written
    by Graham Tull'."""
    if document.dep_ == "nsubjpass" and document.head.lemma_.lower() in article.lexicon.issuing_verbs:
        issuing = [document.head]
    else:
        issuing = [verb for verb in document.children
                   if verb.dep_ == "acl" and verb.lemma_.lower() in article.lexicon.issuing_verbs]
    return (obj for verb in issuing for agent in verb.children if agent.dep_ == "agent"
            for obj in agent.children if obj.dep_ == "pobj")


def _issuer(article: Article, document: Token) -> Token | None:
    """Who put out a document the sentence names as their verb's object: 'X issued a
    statement saying', 'X is releasing an ad that urges'; or a new one after 'with' on
    their verb: 'X weighed in with a letter to all nine councillors' (not 'agreed with the
    statement')."""
    if document.dep_ == "pobj" and document.head.lower_ == "with" and document.head.head.pos_ == "VERB" \
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in document.children):
        verb = document.head.head
    elif document.dep_ != "dobj" or document.head.lemma_.lower() in article.lexicon.receiving_verbs:
        return None  # (not 'the department was reviewing the letter')
    else:
        verb = document.head
    subjects = [_set_after_dateline(article, c) or c for c in verb.children
                if c.dep_ == "nsubj" and not article.in_quote(c.i)]
    if not subjects and verb.dep_ == "conj":
        # (the subject of the verb it is joined to: 'He did not speak to reporters but later
        # issued a statement')
        subjects = [c for c in verb.head.children if c.dep_ == "nsubj" and not article.in_quote(c.i)]
    return subjects[0] if subjects and can_speak(article, subjects[0]) else None


def _name_after_title(article: Article, head: Token) -> Token | None:
    """The name a bare title the parse made the head stands before: 'said Pentagon
    spokesman Navy Capt. Tom Baker' with the name parsed apart, 'former Harbor Gov. and
    Dunmore Party Chairman Tom Baker' with the name a conjunct of 'Gov.'."""
    lexicon = article.lexicon
    after = article.doc[head.i + 1] if head.i + 1 < len(article.doc) else None
    if after is not None and head.is_lower and head.lemma_.lower() in lexicon.role_nouns \
            and (mention := article.people.at(after)) is not None and mention.start == after.i \
            and name_head(after).head.i == head.i:
        return name_head(after)  # 'said Chiefs quarterback Patrick Mahomes', the name the role's object
    if not title_word(head, lexicon) \
            or any(c.dep_ in ("det", "poss") for c in head.children):
        return None
    if after is not None and article.people.at(after) is not None:
        return name_head(after)
    return next((c for c in head.children if c.dep_ == "conj" and article.people.at(c) is not None), None)


def _name_opening_role(article: Article, head: Token) -> Token | None:
    """A person named before the comma that opens their role, which the parse made the
    role's modifier: '"...," Gillian Park, Yarrandoo's chair, said'."""
    if not (common_noun(head) and head.lemma_.lower() in article.lexicon.role_nouns):
        return None
    first = next(t for t in head.subtree if not t.is_punct)  # (the parse may hang the closing mark on it)
    mention = article.people.at(first)
    if mention is None or mention.start != first.i or mention.end >= head.i \
            or article.doc[mention.end].text != ",":
        return None
    named = name_head(first)
    return named if named.head.i == head.i or (named.head.dep_ == "appos" and named.head.head.i == head.i) else None


def _name_after_joined_titles(article: Article, head: Token) -> Token | None:
    """A person named after two titles joined by 'and', whose name the parse made a conjunct
    of the first: 'Zippit chairman and Chief Executive Rohan Malhotra wrote', 'Meridian founder
    and CEO Daniel Reyes said', 'Borealis president and chief executive Marc-André Tremblay
    said'. The first is bare, as a title before a name is ('The chairman and Senator Ruiz
    said' are two), or after 'the' with the second in lower case ('The food writer and
    broadcaster Nadia Petrakis said'); the second one person's ('president and members' are
    not)."""
    if not singular_common_noun(head) or head.lemma_.lower() not in article.lexicon.role_nouns \
            or any(c.dep_ == "poss" for c in head.children):
        return None
    the = any(c.dep_ == "det" for c in head.children)
    if the and not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    for conj in head.children:
        mention = article.people.at(conj) if conj.dep_ == "conj" else None
        if mention is None or mention.start <= head.i + 2:
            continue
        between = article.doc[head.i + 1:mention.start]
        if the and not all(t.is_lower for t in between):
            continue
        if between[0].lower_ == "and" and all(t.is_alpha for t in between[1:]) and between[-1].tag_ != "NNS" \
                and (between[-1].lower_ in article.lexicon.role_nouns
                     or between[-1].text in article.lexicon.office_abbreviations):
            return conj  # ('and Chief Operating Officer', 'and CEO')
    return None


def _name_in_apposition(article: Article, head: Token) -> Token | None:
    """A person named in apposition to a common-noun speaker, or to the last noun of its
    prepositional phrases: 'His former shop partner at Dunmore, Peter J. Hollis,'; named
    by a participle: 'a retired teacher named Tom Baker'; given by a relative clause: 'A
    retired engineer who gave only his first name, Dieter,' (see `name_given`); or written
    after a title the parse made the head (see `title_over_name`)."""
    # (or to a noun set beside it: 'asked one man, a retired bus driver who gave his name only as Mohamed')
    for noun in (head, *(c for c in head.children if c.dep_ == "appos" and c.pos_ == "NOUN")):
        given = name_given(noun)
        if given is not None and article.people.at(given) is not None and not article.in_quote(given.i):
            return given
    for clause in head.children:
        if clause.dep_ == "acl" and clause.lemma_ == "name" and clause.tag_ == "VBN" \
                and not any(article.in_quote(t.i) for t in clause.subtree):
            named = next((c for c in clause.children if c.dep_ in ("oprd", "attr", "dobj")
                          and article.people.at(c) is not None), None)
            if named is not None:
                return named
    word_end = head.i  # (the last token of the head's word: 'co-chair', three to the tokenizer)
    while word_end + 2 < len(article.doc) and hyphen_joins(article.doc[word_end + 1]):
        word_end += 2
    for token in head.subtree:
        if token.dep_ in ("pobj", "conj") and article.people.at(token) is not None \
                and getattr(title_over_name(token, article.lexicon), "i", None) == head.i:
            return token  # 'said Vice President for Communications Maria Lopez', misparsed
        if token.dep_ == "appos" or _set_off_as_conjunct(article, token):
            # 'niece, Del. Maria Lopez (D-Newport News),': the parse may make the name a
            # modifier of the apposition's last noun
            named = token if article.people.at(token) is not None else next(
                (c for c in token.lefts if c.dep_ in ("nmod", "compound") and article.people.at(c) is not None), None)
            node = token.head
            # (or to a place the parse joined to the role's: 'The MP for Skelbeck and the
            # Dales, Andrew Tolland,'; or to a title set beside the role: 'The inquiry chair,
            # former Supreme Court justice Helen Marchetti,'; or to the rest of a hyphened role
            # the parse broke up: 'Her fellow co-chair, Dr Tom Ellery,'; or to a second role
            # joined to it with no determiner of its own: 'the first minister and SNP leader,
            # Ailsa Drummond,', not 'the chairman and the treasurer, Ana Ruiz,')
            roles = article.lexicon.role_nouns
            while node.i != head.i and (node.dep_ in ("prep", "pobj") or head.i < node.i <= word_end or (
                    node.dep_ == "conj" and node.pos_ == "PROPN" and not is_role_title(node, article.lexicon)
                    and node.lemma_.lower() not in roles) or (
                    node.dep_ in ("appos", "conj") and node.pos_ == "NOUN" and node.lemma_.lower() in roles
                    and not (node.dep_ == "conj" and any(c.dep_ in ("det", "poss") for c in node.children))) or (
                    _said_to_be_in_who_clause(node, head))):
                node = node.head
            if named is not None and node.i == head.i:
                return named
    return _name_set_off_after(article, head)


def _said_to_be_in_who_clause(node: Token, head: Token) -> bool:
    """A step up from a name to the noun a 'who' clause on it says the person is: 'Her
    manager, who is also her mother, Teresa Valadares, said' (the name set beside 'mother')."""
    clause = node.head if node.dep_ == "attr" else node
    return clause.dep_ == "relcl" and clause.head.i == head.i and (node.i == clause.i or clause.lemma_ == "be") \
        and any(c.lower_ == "who" and c.dep_ == "nsubj" for c in clause.children)


def _set_off_as_conjunct(article: Article, token: Token) -> bool:
    """A name set off by a comma after the place of a role's phrase, or after the role, which
    the parse made a conjunct of it: 'Russia's envoy in Vienna, Pavel Goncharov, wrote',
    'said the party's spokesperson, Rep. Yeo Ji-min.', 'The Minister for Housing, Fine Gael's
    Darragh Finnerty,' (no 'and')."""
    head = token.head
    role = (common_noun(head) or head.is_title) and head.lemma_.lower() in article.lexicon.role_nouns
    return token.dep_ == "conj" and article.people.at(token) is not None and (head.dep_ == "pobj" or role) \
        and token.left_edge.i > 0 and article.doc[token.left_edge.i - 1].text == "," \
        and article.people.at(head) is None \
        and not any(c.dep_ in ("cc", "conj") and c.i != token.i for c in head.children)


def _titled_name_ending(article: Article, head: Token) -> Token | None:
    """A person's name, under a role noun, that ends the phrase of a body the parse made the
    head: 'Democratic Party of Georgia chairwoman Nikema Williams' hung on 'Party'."""
    last = head.right_edge
    mention = article.people.at(last)
    if mention is None or mention.end != last.i + 1 or mention.start <= head.i:
        return None
    title = article.doc[mention.start - 1]
    return last if title.lemma_.lower() in article.lexicon.role_nouns and common_noun(title) else None


def _name_set_off_after(article: Article, head: Token) -> Token | None:
    """A name set off by commas right after a singular role noun, which the parse hung
    elsewhere: 'According to the mayor, Tom Baker, the plan is ...', 'said the committee's
    chairwoman, Senator Evelyn Marsh, a Democrat' (an honorific before it)."""
    doc = article.doc
    start, lexicon = head.i + 2, article.lexicon
    while start < len(doc) and title_word(doc[start], lexicon) \
            and article.people.at(doc[start]) is None:
        start += 1
    mention = article.people.at(doc[start]) if start < len(doc) else None
    if mention is None or mention.start != start:
        return None
    noun = role_set_off_before(doc, mention.start, mention.end, article.lexicon)
    return doc[mention.start] if noun is not None and noun.i == head.i else None


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
    return not article.people.written_in_lower_case(word)


def _proper_name(head: Token, lexicon: Lexicon):
    """The run of proper nouns ending at `head` ('Jean - Pierre', 'Maria Lopez'), without
    the end of a title before it ('Secretary-Treasurer Gary Lott' is Gary Lott) or a title
    and what comes before it ('Tulsa Mayor G.T. Bynum' is G.T. Bynum)."""
    doc = head.doc
    start = head.i
    while start > 0 and (doc[start - 1].pos_ == "PROPN" or hyphen_joins(doc[start - 1])
                         or _particle_between(doc[start - 1])) \
            and doc[start - 1].head.i in (head.i, start):
        start -= 1
    while start < head.i and (doc[start].text == "-" or doc[start].lower_ in lexicon.role_nouns):
        start += 1
    titles = [t.i for t in doc[start:head.i] if t.is_title and t.lower_ in lexicon.role_nouns]
    return doc[(titles[-1] + 1 if titles else start):head.i + 1]


def _particle_between(word: Token) -> bool:
    """A name's particle between two of its capitalised words: 'de' of 'Metropolitano de Lisboa'."""
    return word.text in NAME_PARTICLES and 0 < word.i < len(word.doc) - 1 \
        and word.doc[word.i - 1].pos_ == "PROPN" and word.doc[word.i + 1].pos_ == "PROPN"


def _pronoun_speaker(article: Article, pronoun: Token) -> Speaker:
    """'he said' → the nearest earlier person who fits, named outside quotes."""
    span = span_of(article.doc[pronoun.i:pronoun.i + 1])
    gender = _PRONOUN_GENDER.get(pronoun.lower_) or POSSESSIVE_GENDERS.get(pronoun.lower_)
    if pronoun.lower_ in _BODY_PRONOUNS:
        return _collective_antecedent(article, pronoun, span)
    if gender is None:
        return Speaker(None, None, None, span)
    # (or, where no one before it fits, whom it was linked to after it: '"...," she says. ...
    # The speaker is Lin Yu-ting')
    mention = _described_by_who_clause(article, pronoun, gender) \
        or article.people.antecedent(pronoun.i, gender, skip=article.marked) or article.people.linked(pronoun)
    if mention is None:
        return Speaker(None, None, None, span)
    person = mention.person
    return Speaker(person.name or None, person.role, person.affiliation, span)


def _described_by_who_clause(article: Article, pronoun: Token, gender: str) -> Mention | None:
    """The person a clause on 'who' that holds the pronoun describes, of its gender: 'returning
    officer Bernadette Cunniffe, who thanked the staff for what she called "..."'."""
    clause = next((a for a in pronoun.ancestors if a.dep_ == "relcl"), None)
    if clause is None or not any(c.lower_ == "who" and c.dep_ in SUBJECT_DEPS for c in clause.children):
        return None
    mention = article.people.at(clause.head)
    return mention if mention is not None and mention.person.gender in (None, gender) else None


def _holder_for_owner(article: Article, head: Token, role: str) -> Person | None:
    """The person the article gave a role a person owns, when a description names it again
    by its owner: 'Clinton's campaign manager', 'her campaign manager' after 'Robby Mook,
    Clinton's campaign manager'."""
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    mention = article.people.possessor(owner) if owner is not None else None
    if mention is None:
        return None
    holder = article.people.with_role(head.lower_, head.i, role)
    owner_names = {mention.person.name.lower(), mention.person.surname.lower()}
    if holder is None or (holder.affiliation or "").lower() not in owner_names:
        return None
    return holder


def _collective_antecedent(article: Article, pronoun: Token, span: Span) -> Speaker:
    """'it'/'they' → the organisation that was the subject of this or the previous sentence
    (sentences wholly inside a quote passed over);
    'they' also the people it named jointly ('Lopez and Baker wrote ... they said') or a
    group it described ('The union's lawyers said ... they said': lawyers of the union)."""
    doc = article.doc
    first = article.sentence(pronoun.i).start
    start = article.people.organisations.writers_sentence_before(first)
    start = first if start is None else start
    plural = pronoun.lower_ in ("they", "their")
    if not plural:
        # 'X released a statement praising the vote. "...," it read': a document in the
        # singular, when it is the last noun that could speak before the pronoun, speaks
        # for whoever put it out
        # (not a relative pronoun: 'The inspection report, which has been seen by this newspaper,
        # was written by X. It describes')
        # (nor the subject of what was reported: 'The report found that the data centre lost
        # connectivity. It notes')
        # (past an 'it' that stands for the same, a quoted title's words and plural nouns, which
        # 'it' is not: 'The report, "Rising Tides, Falling Defences", draws on ... interviews
        # ... It calls on ministers ... to end what it calls "a postcode lottery"')
        last = next((t for t in reversed(doc[start:pronoun.i])
                     if not article.marked(t.i) and t.tag_ not in ("NNS", "NNPS") and (
                         (t.dep_ in SUBJECT_DEPS and t.tag_ not in ("WDT", "WP") and t.lower_ != "it"
                          and not _reported_subject(article, t))
                         or (common_noun(t) and t.lemma_.lower() in article.lexicon.speech_nouns))), None)
        # (not one someone took in: 'The Office of the President confirmed it had received the
        # Maoist Centre's letter. "...," it said' is the Office)
        if last is not None and last.tag_ == "NN" and last.lemma_.lower() in article.lexicon.speech_nouns \
                and not (last.dep_ == "dobj" and last.head.lemma_.lower() in article.lexicon.receiving_verbs):
            source = source_of(article, last)
            if source is None and any(c.dep_ == "det" and c.lower_ == "the" for c in last.children):
                # 'X published its final report. The report found ... It notes': the one named before
                source = _earlier_document(article, last)
            if source is not None and source.name:
                return replace(source, mention=span)
    person = _speaker_without_gender(article, pronoun) if pronoun.lower_ == "they" else None
    if person is not None:
        return Speaker(person.name, person.role, person.affiliation, span)
    nearest = True  # no other subject in between
    for token in reversed(doc[start:pronoun.i]):
        if token.dep_ not in SUBJECT_DEPS or article.in_quote(token.i):
            continue
        if _dateline(article, token):  # 'JOHANNESBURG, 4 March 2025 — The Office of ... published its'
            token = _set_after_dateline(article, token)
            if token is None:
                continue
        if _reported_subject(article, token):
            continue  # what was said: 'Police officials said the cuts would slow response times'
        if token.pos_ == "PRON":
            nearest = nearest and token.lower_ == "they"  # 'they' before is the same group
            continue
        if plural:
            group = _joined_people(article, token)
            if group:
                return _joint_speaker(group, span)
            lemma = token.lemma_.lower()
            if nearest and token.tag_ == "NNS" and article.lexicon.person_noun(lemma):
                # 'The union's lawyers ... they said', not past 'He and his partner came because they'
                return replace(speaker_of(article, token), mention=span)
        nearest = False
        if common_noun(token):  # 'The trade group, NetChoice, sued': the body by its name
            token = next((a for a in appositions(token) if a.ent_type_ in ("ORG", "NORP", "GPE")), token)
        entity = entity_of(token)
        if entity is not None and token.ent_type_ in ("ORG", "NORP", "GPE"):
            name, _, owner = _organisation(article, token, name_of_entity(entity))
            return Speaker(name, None, owner, span)
        if common_noun(token) and token.lemma_.lower() in article.lexicon.body_nouns:
            return Speaker(_body_name(article, token), None, None, span)  # "Clinton's campaign", "the ministry"
        if token.pos_ == "PROPN" and not token.ent_type_ and not plural and article.people.at(token) is None:
            # a body's name the recogniser missed: 'Kenai Coastal Air said ... "...," it said'
            named = speaker_of(article, token)
            if named.name is not None and named.role is None:
                return replace(named, mention=span)
    return Speaker(None, None, None, span)


def _reported_subject(article: Article, subject: Token) -> bool:
    """The subject of a clause a reporting verb reports: 'the cuts' of 'Police officials said the
    cuts would slow response times'."""
    return subject.head.dep_ == "ccomp" and subject.head.head.lemma_.lower() in article.lexicon.reporting_verbs


def _speaker_without_gender(article: Article, pronoun: Token) -> Person | None:
    """The person named in full whom the article gave no gender, as the last subject outside
    quotes in the pronoun's paragraph or the one before, of a reporting verb or a main
    clause: a 'they' then stands for them, as news writes of someone who goes by it ('Alex
    Renner, opera critic for The Spectator, said ... "...," they said'; 'Morton was cautious.
    "...," they said'). No one when that subject is anyone else ('Union officials disagreed')."""
    lexicon = article.lexicon
    paragraph = article.paragraph_tokens(pronoun.idx)[0]
    start = article.paragraph_tokens(article.doc[paragraph - 1].idx)[0] if paragraph > 0 else paragraph
    for token in reversed(article.doc[start:pronoun.i]):
        if token.dep_ not in SUBJECT_DEPS or article.in_quote(token.i) or token.tag_ in ("WP", "WDT") \
                or any(a.dep_ == "ccomp" and a.head.lemma_.lower() in lexicon.reporting_verbs for a in token.ancestors):
            # (what was said: 'Okoro said their group had received calls since details leaked';
            # the 'who' of a clause on the speaker: 'Reyes, who has worked there for six years, said')
            continue
        mention = article.people.at(token)
        person = mention.person if mention is not None and not _joined_people(article, token) else None
        return person if person is not None and person.gender is None and " " in person.name \
            and (token.head.lemma_.lower() in lexicon.reporting_verbs or in_main_clause(token.head)) else None
    return None


def _joined_people(article: Article, subject: Token) -> list[Person]:
    """The people a subject names jointly: 'Lopez and Baker', 'Sens. Lopez, Baker and Ruiz'
    (which the parse may make an apposition and a conjunct), 'Two lawmakers, Lopez and
    Baker,'; none when it joins someone to something else ('Lopez and the union')."""
    named: dict[int, Person] = {}  # by where the phrase names them
    if subject.tag_ in ("NNS", "NNPS") and article.people.at(subject) is None:
        # 'Two lawmakers, Lopez and Baker, wrote': the people in apposition to a plural noun
        subject = next((c for c in subject.children if c.dep_ == "appos" and article.people.at(c) is not None),
                       subject)
    nodes = [subject]
    while nodes:
        token = nodes.pop()
        mention = article.people.at(token)
        if mention is None and (token.i == subject.i or token.dep_ == "conj"):
            return []
        if mention is not None and all(person is not mention.person for person in named.values()):
            named[token.i] = mention.person
        nodes += [c for c in token.children if c.dep_ in ("conj", "appos")]
    return [named[i] for i in sorted(named)] if len(named) > 1 else []


def _joined_by_and(token: Token) -> bool:
    """Whether a word opens a list of conjuncts that 'and' joins: 'Lopez, Baker and Ruiz'."""
    conjuncts = [token]
    while (following := next((c for c in conjuncts[-1].children if c.dep_ == "conj"), None)) is not None:
        conjuncts.append(following)
    return len(conjuncts) > 1 \
        and any(c.dep_ == "cc" and c.lower_ in ("and", "&") for t in conjuncts for c in t.children)


def _group_speaker(article: Article, head: Token, group: list[Person]) -> Speaker:
    """The people a phrase names jointly as one speaker, the mention running from the
    first name to the last."""
    first: dict[int, Mention] = {}
    for token in head.subtree:
        mention = article.people.at(token)
        if mention is not None and any(mention.person is p for p in group):
            first.setdefault(id(mention.person), mention)
    start, end = min(m.start for m in first.values()), max(m.end for m in first.values())
    return _joint_speaker(group, span_of(article.doc[start:end]))


def _joint_speaker(people: list[Person], span: Span) -> Speaker:
    """Several people speaking as one: their names joined as the article would ('Maria Lopez
    and Tom Baker'), and a role or affiliation only when all of them share it."""
    names = [person.name for person in people]
    roles = {person.role for person in people}
    bodies = {person.affiliation for person in people}
    return Speaker(", ".join(names[:-1]) + " and " + names[-1],
                   roles.pop() if len(roles) == 1 else None, bodies.pop() if len(bodies) == 1 else None, span)


def _spokesperson_after(article: Article, entity) -> Token | None:
    """A spokesperson noun right after a body's name that the parse hung inside the name:
    'A Department of Health and Social Care spokesperson said'."""
    after = article.doc[entity.end] if entity.end < len(article.doc) else None
    if after is None or not after.is_lower or after.lemma_.lower() not in article.lexicon.spokesperson_nouns \
            or not entity.start <= after.head.i < entity.end:
        return None
    return after


def _unrecognised_acronym(head: Token, lexicon: Lexicon) -> bool:
    """A word of three to six capitals alone or after 'the', that the recogniser left
    unlabelled, nor an office, a title or a party: a body's short name ('ERCOT posted', 'The
    USTA described'; not 'the CFO said')."""
    return not head.ent_type_ and 3 <= len(head.text) <= 6 and head.text.isalpha() and head.text.isupper() \
        and not any(c.dep_ in ("compound", "poss", "amod") or (c.dep_ == "det" and c.lower_ != "the")
                    for c in head.children) \
        and head.text not in lexicon.office_abbreviations and head.text not in lexicon.honorifics \
        and head.text not in lexicon.parties and head.lower_ not in lexicon.role_nouns


def _body_set_beside(article: Article, head: Token) -> Token | None:
    """The name of a body that a common noun's phrase sets beside it: after a comma ('The
    company, General Motors, said'), also after the noun's 'of' ('The association of health
    insurers, Acemi, said'; 'The operator of Casa Paloma, Southern Arizona Mission Services,
    said'), or right after a body noun, 'the' aside ('The campaign group
    Reclaim Finance said', 'Industry body the Betting and Gaming Council said'). None when
    there is none, or it is someone's name."""
    objects = [p for prep in head.rights if prep.dep_ == "prep" and prep.lower_ == "of"
               for p in prep.children if p.dep_ == "pobj"]
    # (and a body's name set after another's, that of the noun's 'of': 'The operator of Casa
    # Paloma, Southern Arizona Mission Services, said', two bodies, the second the noun's)
    named_objects = [p for p in objects if p.ent_type_ in ("ORG", "FAC") and head.tag_ == "NN"
                     and [c.lower_ for c in head.lefts] == ["the"]]
    holders = [head] + [p for p in objects if common_noun(p)] + named_objects
    for holder in holders:
        for name in holder.children:
            if name.dep_ != "appos" or article.people.at(name) is not None or (
                    name.ent_type_ not in ("ORG", "GPE") and not _firm_beside_plural(article, holder, name)) \
                    or (holder in named_objects and (name.ent_type_ != "ORG" or entity_of(name) == entity_of(holder))):
                continue
            start = entity_of(name).start
            # (a comma before the words describing it too: 'The manufacturer, US-based Verity Pharmaceuticals,')
            right_after = start == head.i + 1 or (start == head.i + 2 and article.doc[head.i + 1].lower_ == "the")
            if article.doc[min(start, name.left_edge.i) - 1].text == "," or (
                    holder is head and right_after and head.lemma_.lower() in article.lexicon.body_nouns):
                return name
    return None


def _firm_beside_plural(article: Article, noun: Token, name: Token) -> bool:
    """A body the recogniser took for a person, set beside a plural noun: 'The liquidators,
    Bennett Hale,' (see people._firms_beside_plural_roles)."""
    return noun.tag_ == "NNS" and name.ent_type_ == "PERSON" \
        and name_written(entity_of(name)) in article.people.organisations.bodies


def _armed_forces(head: Token) -> bool:
    """'forces' after 'armed': a country's military, one body."""
    return head.lower_ == "forces" and any(c.dep_ == "amod" and c.lower_ == "armed" for c in head.children)


def _body_name(article: Article, head: Token) -> str | None:
    """A body named by a common noun: 'the ministry' is "ministry", 'Hillary Clinton's
    campaign' and 'her campaign' (Clinton's) are "Clinton campaign", 'Ukraine's air force'
    (a place's or a body's) is as written; a body's own ('the bank's board') is the body's
    name, where the article names it. 'A group of dock workers' and 'the unions' name no one
    body."""
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    # (a noun the same in both numbers is no plural: 'The national police said'; nor are a
    # country's armed forces, one body: 'the Lithuanian armed forces said')
    plural = head.tag_ == "NNS" and head.lower_ != head.lemma_.lower() and not _armed_forces(head)
    if owner is None and (plural or any(c.dep_ in ("det", "nummod") and c.lower_ not in _DEFINITE
                                        for c in head.children)):
        return None
    if owner is not None:
        mention = article.people.possessor(owner)
        if mention is not None:
            body = mention.person.affiliation
            if body is not None and article.people.organisations.described_as(body, head.lemma_.lower()):
                return body  # 'Brandvold's group' after Ethan Brandvold of X, a rights group
            if " " not in mention.person.name and owner.right_edge.i + 1 < head.i:
                # someone named by one word alone, with words before the noun: as written
                # ('Pravia's foreign ministry', a country the recogniser took for a person)
                return article.doc[owner.left_edge.i:head.i + 1].text
            portfolio = _MINISTER_OF.search(mention.person.role or "") if head.lemma_.lower() == "ministry" else None
            if portfolio is not None:
                return f"Ministry {portfolio[1]}"  # 'His ministry' of a Vice Minister of Water Resources
            return f"{mention.person.surname} {head.text}"
        if owner.pos_ == "PROPN":
            person = article.people.find(owner.text)
            owned = article.people.owned_by_body(owner, head.i + 1) if person is None else None
            if owned is not None:
                members = _members_after(head, article.lexicon)
                return owned.text if members is None else f"{owned.text} of {members}"
            office = _office_owning(article, owner) if person is None else None
            if office is not None:
                # 'the Ohio Attorney General’s office'
                return f"{office.text}{article.doc[office.end].text} {head.text}"
            return f"{person.surname if person else owner.text} {head.text}"  # 'Rubio’s campaign'
        if owner.lower_ in ("its", "their"):
            # so does the body's own body 'its' stands for: 'The Sámi Parliament has backed the
            # herders. In a statement, its council said'
            antecedent = _collective_antecedent(article, owner, span_of(article.doc[owner.i:owner.i + 1]))
            if antecedent.name is not None:
                return antecedent.name
        if common_noun(owner) and owner.lemma_.lower() in article.lexicon.body_nouns \
                and any(c.lower_ == "the" for c in owner.children):
            # a body's own body speaks for it: 'the bank’s board said' after the Reserve Bank of Australia
            body = _body_name(article, owner)
            if body is not None and body.lower() != owner.lower_:
                return body
    phrase = _body_phrase(head, article.in_quote)
    named = article.people.organisations.body_name(phrase.text)
    of_place = _owner_after(head, article.lexicon) or _members_after(head, article.lexicon)
    if owner is None and of_place is not None:
        return f"{phrase.text} of {of_place}"  # 'The foreign ministry of the United Arab Emirates'
    if owner is None and len(phrase) == 1 and named != phrase.text:
        # of two bodies with the noun, the one named last: 'Defence ministry spokesman X ... the
        # foreign ministry said. ... "...," the ministry said' is the foreign ministry
        named_before, _ = _named_before(article, head)
        if named_before is not None and named_before != named \
                and named_before.lower().endswith(f" {phrase.text.lower()}"):
            return named_before
    if owner is None and named == phrase.text:
        named_before, stood_for = _named_before(article, head)
        # (a body noun with only adjectives before it is as bare: 'the Danish company said';
        # not one set against the body named: 'the rival company')
        # (nor one described only by where it sits or its size: 'the Zurich-based body said';
        # but a party's word names another: 'the Socialist group')
        if len(phrase) == 1 or all(t.dep_ == "amod" and t.pos_ == "ADJ" and t.lower_ not in _CONTRASTING
                                   and t.ent_type_ != "ORG" and t.text not in article.lexicon.parties
                                   for t in phrase[:-1]) or described_by_seat_or_size(head):
            # 'the bureau said', after the Federal Bureau of Investigation; else what the same
            # noun stood for before: 'General Motors is recalling ..., the company said. ...
            # "...," the company said'
            before = named_before or article.people.organisations.before(head.i, head.lemma_.lower()) or stood_for \
                or _unlabelled_speaker_before(article, head)
            if before is None and head.idx < article.headline_end:
                before = article.people.organisations.named_after(head.i, head.lemma_.lower())
            portfolios = [t.lower_ for t in phrase[:-1] if t.lower_ in article.lexicon.portfolios]
            if before is not None and any(p not in before.lower().split() for p in portfolios):
                return named  # 'the foreign ministry' is not Russia's Defence Ministry named before
            if before is not None and not all(_fits_body(t, before, article.lexicon) for t in phrase[:-1]):
                return named  # 'The Russian embassy' is not the US embassy named before
            return before or named
        if _repeats(phrase, named_before):
            return named_before  # 'Ukraine's air force said ... the air force said'
        names = [t.text for t in phrase[:-1]]
        if names and all(t.pos_ == "PROPN" and t.is_title and not t.ent_type_ == "GPE" for t in phrase[:-1]):
            # the first words of a body's name before its noun: 'The Cumberland refuge said'
            # after the Cumberland Elephant Refuge
            opened = article.people.organisations.opened_by(head.i, names, head.lower_)
            if opened is not None:
                return opened
        nouns = [t for t in phrase[:-1] if t.dep_ == "compound" and common_noun(t)]
        if nouns and all(t.is_lower and t.lower_ not in _CONTRASTING for t in phrase[:-1]):
            # 'the hospital group said', after the Minnesota Hospital Employers Group; else the
            # body that is a subject there or in the sentence before, named so or the noun one for
            # any kind of body: 'Travel association Abta said ... the trade body posted' (not a
            # company for 'the consumer watchdog', nor a group of others for 'The nurses group')
            organisations, noun = article.people.organisations, head.lemma_.lower()
            named_with = organisations.named_with(head.i, nouns, noun)
            if named_with is not None:
                return named_with
            alone = organisations.before(head.i, spoke=True)
            if alone is not None and (noun in _ANY_BODY_NOUNS or organisations.described_as(alone, noun)):
                return alone
            return named
    return named


def _unlabelled_speaker_before(article: Article, head: Token) -> str | None:
    """The name of a body the recogniser missed that spoke as the subject of the writer's
    sentence before a bare body noun's: 'Clipwave, founded in 2019, said it would appeal.
    "...," the company said'; or the body another bare body noun that spoke so stood for,
    for a speaking noun other than a company's: 'the commission said: "..." ¶ The regulator
    said' after the Charity Commission. None where that subject is anything else."""
    start = article.people.organisations.writers_sentence_before(article.sentence(head.i).start)
    if start is None:
        return None
    previous = article.sentence(start)
    subject = next((t for t in previous if t.dep_ in SUBJECT_DEPS and t.head.dep_ == "ROOT"
                    and not article.in_quote(t.i)), None)
    if subject is not None and common_noun(subject) and subject.lemma_.lower() in article.lexicon.body_nouns \
            and subject.lemma_ != head.lemma_ and head.lemma_.lower() not in COMPANY_NOUNS \
            and head.lemma_.lower() not in article.lexicon.speech_nouns \
            and [c.lower_ for c in subject.children if c.dep_ in ("det", "amod", "compound", "poss")] == ["the"] \
            and head.dep_ in SUBJECT_DEPS and head.head.lemma_.lower() in article.lexicon.reporting_verbs \
            and subject.head.lemma_.lower() in article.lexicon.reporting_verbs:
        named = _body_name(article, subject)
        noun = head.lemma_.lower()
        # (a noun any body, or a regulating one, is called by, or one the article called it: not
        # 'the union' after 'the district')
        fits = noun in _ANY_BODY_NOUNS or noun in _OVERSEER_NOUNS \
            or (named is not None and article.people.organisations.described_as(named, noun))
        return named if fits and named is not None and named.lower() != subject.lower_ else None
    if subject is None or subject.pos_ != "PROPN" or not subject.is_title \
            or subject.head.lemma_.lower() not in article.lexicon.reporting_verbs:
        return None
    if subject.ent_type_ or article.people.at(subject) is not None:
        # (for 'the company', also a word alone the recogniser took for a person's name, no given
        # name nor anyone's surname: 'In a statement, Zipp said: "..." The company said')
        if head.lemma_.lower() not in COMPANY_NOUNS or not _one_word_taken_for_person(article, subject):
            return None
    return speaker_of(article, subject).name


def _one_word_taken_for_person(article: Article, word: Token) -> bool:
    """A capitalised word alone the recogniser labelled a person, which names no one else the
    article names: no given name of the tables, nor a surname of anyone named in full."""
    mention, entity = article.people.at(word), entity_of(word)
    return word.ent_type_ == "PERSON" and entity is not None and len(entity) == 1 \
        and mention is not None and mention.person.name == word.text \
        and word.text not in article.lexicon.all_name_genders \
        and not any(p.surname == word.text for p in article.people.persons if " " in p.name)


def _owner_after(head: Token, lexicon: Lexicon) -> str | None:
    """The place, body or office a body noun is 'of', as written: 'the United Arab Emirates'
    of 'The foreign ministry of the United Arab Emirates', 'the President' of 'The office of
    the President'."""
    prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    place = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if place is None or (place.ent_type_ not in ("GPE", "ORG", "NORP") and not is_role_title(place, lexicon)):
        return None
    return head.doc[place.left_edge.i:place.i + 1].text


def _members_after(head: Token, lexicon: Lexicon) -> str | None:
    """Whom a body noun is 'of', when they are people, or an office's holder, in lower case,
    as written: 'medical specialists' of 'Quebec's federation of medical specialists', 'the
    public safety minister' of 'The office of the public safety minister' (not 'the former
    senator' of a campaign, his own)."""
    prep = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    if prep is None or prep.lower_ != "of" or prep.head.i != head.i:
        return None
    whom = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if whom is None or not common_noun(whom) or not (
            whom.tag_ == "NNS" or (head.lemma_.lower() == "office" and whom.lemma_.lower() in lexicon.role_nouns)):
        return None
    words = head.doc[whom.left_edge.i:whom.i + 1]
    return words.text if all(t.is_lower or t.ent_type_ == "NORP" for t in words) else None


def _fits_body(word: Token, body: str, lexicon: Lexicon) -> bool:
    """Whether a word before a body noun fits the body named: a nationality unless the name
    holds another country's ('The Russian embassy' is not the US embassy, 'the Albanian
    government' not the European Union; 'the German ministry' may be the Foreign Ministry of
    Germany's); another group's word unless the name opens with capitalised words of its own
    ('The Conservative group' is not the ruling Labour group); any other word."""
    words = body.split()
    if word.ent_type_ != "NORP" or word.text in words:
        return True
    country = lexicon.demonyms.get(word.text)
    if country is not None:
        return country in body or not any(w in lexicon.demonyms or w in lexicon.countries
                                          or w in COUNTRY_SHORT_FORMS for w in words)
    return not any(w.istitle() for w in words[:-1])


def _repeats(phrase, name: str | None) -> bool:
    """Whether a body noun's phrase in lower case ends the name of a body named before, in
    any case: 'air force' of 'Ukraine's air force', 'health department' of the Pine County
    Public Health Department."""
    return name is not None and all(t.is_lower for t in phrase) and name.lower().endswith(f" {phrase.text}")


def _named_before(article: Article, head: Token) -> tuple[str | None, str | None]:
    """The body that the nearest earlier mention of a bare body noun names, through any
    bare 'the campaign' between: 'Lopez’s campaign hit back. ... the campaign said' is
    the Lopez campaign, 'a New Hampshire ballot commission ... the commission' that one;
    and the organisation the nearest earlier one that named none stood for."""
    key = (head.lemma_, head.tag_)
    if key not in article.bodies_named_by:
        article.bodies_named_by[key] = _bodies_named_by(article, *key)
    return article.bodies_named_by[key].get(head.i, (None, None))


def _bodies_named_by(article: Article, lemma: str, tag: str) -> dict[int, tuple[str | None, str | None]]:
    """For each mention of a body noun, outside quotes, the body named by the mentions
    before it and the organisation the last bare one stood for, in one pass (an article
    may say 'the campaign' a thousand times)."""
    named: dict[int, tuple[str | None, str | None]] = {}
    current = stood_for = None
    capitalised, lowered = _CAPITALISED_TAGS.get(tag), lemma.lower()
    for token in article.doc:
        # (a noun in small letters the tagger took for a proper one is the noun: "Colombia’s
        # health ministry said ... the ministry said")
        small = token.is_lower and token.tag_ == capitalised
        if token.tag_ == capitalised and not small and token.lemma_.lower() == lowered \
                and not article.in_quote(token.i):
            if _ends_a_body_name(token) or _opens_a_body_name(token):
                # a body's name that ends in the noun, as the recogniser has it: 'The Security
                # Ministry said ... the ministry said', not a person's named before ('his ministry');
                # or opens it: 'the Ministry of Fisheries and Maritime Economy said'
                current = article.people.organisations.body_name(_entity_name(token))
            continue
        if token.lemma_ != lemma or (token.tag_ != tag and not small) or article.in_quote(token.i):
            continue
        named[token.i] = (current, stood_for)
        called = next((c for c in token.children if c.dep_ == "appos" and c.ent_type_ == "ORG"), None)
        if token.dep_ == "appos" and token.head.ent_type_ == "ORG":
            # 'NetChoice, a trade group that sued, ... the group said': the body it describes
            current = article.people.organisations.body_name(_entity_name(token.head))
        elif called is not None:  # 'Monroe's label, Halcyon Records, ... the label said'
            current = article.people.organisations.body_name(_entity_name(called))
        elif any(c.dep_ == "poss" and c.tag_ == "WP$" for c in token.children):
            current = stood_for = None  # 'Solberg, whose team is fifth,': no name to carry
        elif any(c.dep_ == "poss" for c in token.children):
            current = _body_name(article, token)
        elif any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper() for c in token.children):
            # (a capitalised name: not 'the cloud software company', 'cloud' taken for one; nor a
            # headline's, whose words in title case the parse may run into it: 'Ransomware attack
            # forces Ohio hospital system to divert ambulances')
            if token.idx < article.headline_end:
                continue
            current = article.people.organisations.body_name(_body_phrase(token).text)
        elif _after_its_nationality(token):
            current = f"{article.doc[token.i - 1].text} {token.text}"  # 'a Malian army camp ... the army said'
        elif _repeats(phrase := _body_phrase(token), current) \
                and (any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
                     or _in_title_of(article, token)):
            pass  # 'the air force' after Ukraine's: the same body; so in a title: 'central bank Governor X'
        elif _portfolio_body(article, token, phrase):
            current, stood_for = phrase.text, None  # 'The agriculture ministry said ... the ministry'
        elif token.dep_ == "compound" and not any(token.children) \
                and not any(c.dep_ == "det" for c in token.head.children):
            pass  # the noun alone on another, itself bare: 'according to ministry figures', the same ministry
        elif len(phrase) > 1 or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            current = stood_for = None  # 'a trade group', 'a group': no name to carry
        else:
            stood_for = article.people.organisations.before(token.i, lemma.lower()) or stood_for
    return named


def _in_title_of(article: Article, noun: Token) -> bool:
    """Whether a body noun opens a title before someone's name: 'bank' of 'central bank
    Governor Mauricio Rengifo'."""
    head = noun.head
    while head.dep_ == "compound" and article.people.at(head) is None and head.i < head.head.i:
        head = head.head
    return noun.dep_ == "compound" and article.people.at(head) is not None


def _portfolio_body(article: Article, noun: Token, phrase) -> bool:
    """A ministry or department after 'the' and portfolios in lower case only (the noun's
    `phrase`, see _body_phrase), which name one body of the government the article is about:
    'the agriculture ministry', 'the foreign ministry' (not 'the trade group')."""
    return noun.lemma_.lower() in _GOVERNMENT_BODY_NOUNS and len(phrase) > 1 \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children) \
        and " ".join(t.text for t in phrase[:-1]) in article.lexicon.portfolios and all(t.is_lower for t in phrase)


def _after_its_nationality(noun: Token) -> bool:
    """A body noun inside a longer noun, right after a nationality the parse hung on that
    noun too: 'Malian army' of 'a Malian army camp', the country's army."""
    before = noun.doc[noun.i - 1] if noun.i > 0 else None
    return noun.dep_ == "compound" and before is not None and before.ent_type_ == "NORP" \
        and before.dep_ == "amod" and before.head.i == noun.head.i


def _ends_a_body_name(noun: Token) -> bool:
    """A capitalised body noun that ends the name the recogniser gave a body, or a place of
    several words (as it may take a court's: 'The Hague District Court'): 'Ministry' of 'The
    Security Ministry'; not 'Court' of 'the Supreme Court Bar Association', nor 'Party' of
    'the Republican Party of Wyoming', a name running on past it."""
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    entity = entity_of(noun)
    named = noun.ent_type_ == "ORG" or (noun.ent_type_ in ("GPE", "LOC", "FAC") and len(entity) > 1)
    return named and entity.end == noun.i + 1 and (after is None or after.lower_ != "of")


def _opens_a_body_name(noun: Token) -> bool:
    """A capitalised body noun that opens the name the recogniser gave a body, 'of' after it:
    'Ministry' of 'the Ministry of Fisheries and Maritime Economy'."""
    entity = entity_of(noun)
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return noun.ent_type_ == "ORG" and after is not None and after.lower_ == "of" and entity.end > after.i \
        and (entity.start == noun.i or (entity.start == noun.i - 1 and entity[0].lower_ == "the"))


def _organisation(article: Article, head: Token, words):
    """The name of the organisation an entity's words name, the words it rests on, and the
    place or body that owns it, where one is written before it: a name ending in a body noun,
    or headed by one, after its owner's possessive is as written ('Lebanon's health ministry';
    not 'the Washington Post's Ishaan Tharoor', a name the recogniser took for a body), unless
    it is a name of its own, of capitalised words: then the owner is its affiliation ('NASA's
    Planetary Defense Coordination Office', 'South Korea's Foreign Ministry', 'Greece’s
    Ministry of Migration and Asylum', 'Peru’s Ombudsman’s Office' in one entity). Else the
    fullest name the article gives the body."""
    nouns = article.lexicon.body_nouns
    if words[-1].lemma_.lower() in nouns or words.root.lemma_.lower() in nouns:
        owned = next((owned for c in head.children if c.dep_ == "poss" and c.i < words.start
                      and (owned := article.people.owned_by_body(c, words.end)) is not None), None)
        if owned is not None:
            own = article.doc[words.start:owned.end]
            if not _name_of_its_own(own):
                return owned.text, owned, None
            return article.people.organisations.body_name(own.text), owned, \
                affiliation_text(list(article.doc[owned.start:words.start - 1]), article.lexicon)
        place = next((t for t in words[:-2] if t.text in POSSESSIVE and t.i > words.start
                      and (article.doc[t.i - 1].text in article.people.organisations.places
                           or article.doc[t.i - 1].text in article.lexicon.places)), None)
        own = article.doc[place.i + 1:words.end] if place is not None else None
        if own is not None and _name_of_its_own(own):
            return article.people.organisations.body_name(own.text), words, article.doc[words.start:place.i].text
    return article.people.organisations.body_name(words.text), words, None


def _name_of_its_own(words) -> bool:
    """Two capitalised words or more: a body's name that stands without its owner
    ('Planetary Defense Coordination Office', 'National Police', 'Ombudsman’s Office')."""
    return len(words) >= 2 and words[0].is_title and words[-1].is_title \
        and all(t.is_title or t.lower_ in ("of", "and", "for", "the", ",") or t.text in POSSESSIVE for t in words)


def _entity_name(token: Token) -> str:
    """The name of the entity a token is in (see name_of_entity)."""
    return name_of_entity(entity_of(token)).text


def _office_owning(article: Article, owner: Token):
    """The capitalised title of an office that owns a body noun, with the place before it:
    'Ohio Attorney General' of 'the Ohio Attorney General’s office', and its 'of' phrase:
    'Arizona Secretary of State' of "the Arizona Secretary of State's Office". None when the
    owner is no such title or no possessive follows it."""
    words = _body_phrase(owner)
    doc = owner.doc
    end = owner.i + 1
    if end < len(doc) and doc[end].lower_ == "of" and doc[end].head.i == owner.i:
        end = doc[end].right_edge.i + 1  # ('Secretary of State', the possessive hung on 'Secretary')
    if end >= len(doc) or doc[end].text not in POSSESSIVE \
            or not all(t.is_title and t.pos_ == "PROPN" for t in words) \
            or not all(t.is_title or t.lower_ == "of" for t in doc[owner.i:end]) \
            or not any(is_role_title(t, article.lexicon) for t in words):
        return None
    return doc[words.start:end]


def _body_phrase(head: Token, in_quote: Callable[[int], bool] = lambda i: False):
    """The words naming a body, a leading 'the' left out: 'Clinton's campaign', 'ministry'; and
    a quote's close mark the parse hung on it ('...," Article 19's office for Mexico said'), and
    with `in_quote`, the words of a quote it hung there ('"This is a sad day," the trade body
    posted')."""
    start = left_edge(head)
    start = max([start, *(i + 1 for i in range(start, head.i) if in_quote(i))])
    while start < head.i and (head.doc[start].dep_ == "det" or head.doc[start].is_punct):
        start += 1
    return head.doc[start:head.i + 1]


def _phrase(head: Token):
    """The words of a speaker phrase: modifiers before the head, 'for X' after it."""
    end = head.i + 1
    for child in head.rights:
        if child.dep_ == "prep" and child.i == end and not _of_time(child):
            # not a relative clause on its object: 'one nurse at X in Nashville, who asked not to be named'
            clauses = [t.left_edge.i for t in child.subtree if t.dep_ == "relcl"]
            end = min([child.right_edge.i + 1, *clauses])
            # (to the end of a name the parse cut: 'for the Department for Culture, Media and Sport')
            cut = entity_of(head.doc[end - 1]) if end > child.i + 1 else None
            if cut is not None:
                end = max(end, cut.end)
    while end - 1 > head.i and head.doc[end - 1].dep_ in ("cc", "punct"):
        end -= 1
    return head.doc[left_edge(head):end]


def _of_time(preposition: Token) -> bool:
    """'on Thursday', 'in March': a time, not part of who speaks."""
    return any(c.dep_ == "pobj" and c.ent_type_ in TIME_ENTS for c in preposition.children)


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
