"""Who the article mentions, and what it says they are.

Every PERSON entity becomes a mention of a `Person`: surnames and first names
resolve to the full name the article introduced, and the person's role and
affiliation are learned once, from whichever mention states them
("German Foreign Minister Annalena Baerbock", "Paul Martin, a detective",
"Sen. Tim Kaine (D-Va.)"; the phrases are read in `descriptions`), then carried to
every later mention.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from itertools import product

from spacy.attrs import DEP, ENT_TYPE, LEMMA, POS, TAG
from spacy.parts_of_speech import AUX as _AUX
from spacy.parts_of_speech import PROPN as _PROPN
from spacy.tokens import Doc, Span, Token

from .descriptions import (BODY_ENTS, DASHES, POSSESSIVE, UNNAMED_DETERMINERS, Descriptor, affiliation_text,
                           after_determiner, alone_in_entity, appositions, clause_bodies, common_noun, describe_noun,
                           ends_its_entity, entity_of, hyphen_joins, name_of_entity, name_written, noun_phrase, one_of,
                           party_of, plural_title, predicate_descriptions, reporting_form, role_set_off_before,
                           singular_common_noun, title_before, title_word, unnamed_description)
from .lexicon import Honorific, Lexicon
from .names import (COUNTY_ABBREVIATIONS, GIVEN_INITIALS, IRISH_SURNAME_PREFIXES, NAME_PARTICLES, NAME_SUFFIXES,
                    NAME_WORD, SAINT_ABBREVIATIONS, EntityNames, aged_as_a_person, an_age_after, clause_on_who,
                    company_form, first_half_hyphened, given_as_a_name, introduced_by_body_noun,
                    labelled_alone_as_body, name_word, named_as_body, owns_as_a_person, set_off_beside_owned,
                    speaking_given_name, speaks, title_ending_starts, titled_by_article, womans_surname,
                    written_as_name, written_in_lower_case)
from .organisations import COMPANY_NOUNS, Organisations

_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
# A preposition after a name, and the kinds of entity after it that name the person's body:
# 'X of Maine', 'X from the ACLU', 'X at the Brookings Institution' (not 'X for Y': whose side).
_BODY_AFTER_NAME = {"of": ("GPE", "ORG"), "from": ("GPE", "ORG"), "at": ("ORG",)}
# 'at' only after a name that is a subject or one of a list: 'a mentor to Mr. Obama at
# Harvard Law School' says where they met.
_AT_BODY_DEPS = frozenset({"nsubj", "nsubjpass", "appos", "conj"})
# Words that make another office of a role: a vice president is not the president.
# 'shadow': the opposition's spokesman for an office in Westminster systems ('the shadow chancellor').
_RANK_WORDS = frozenset({"vice", "deputy", "assistant", "associate", "lieutenant", "shadow", "former"})
# Those that an article does not leave out when it names the holder again by the office:
# 'the justice' may be an associate justice, 'the president' is not a vice president.
_OTHER_OFFICE_WORDS = frozenset({"vice", "deputy", "lieutenant", "shadow"})
# Nouns that describe whoever leads a body, whatever the office's title ('the union leader'),
# and the titles of the offices that lead one.
_LEADER_NOUNS = frozenset({"leader", "chief", "head", "boss"})
# The office a participle gives the one named after its 'by': 'a fund chaired by X'.
_OFFICES_BY_AGENT = {"chair": "chair", "head": "head", "lead": "leader", "found": "founder"}
# The nouns for one office, any of which names its holder: 'a fund chaired by X ... the chairman said'.
_CHAIR_NOUNS = frozenset({"chair", "chairman", "chairwoman", "chairperson"})
# So are these, of a court: 'Justice Obinna Ezeakor ... the judge said' (not a justice minister).
_JUDGE_NOUNS = frozenset({"judge", "justice"})
_TOP_OFFICES = frozenset({"president", "chairman", "chairwoman", "chair", "chairperson", "leader", "head", "chief",
                          "secretary"})
# The ranks 'general' closes as a noun of its own ('Brigadier General'); after any other
# office it is an adjective ('Attorney General').
_GENERAL_RANKS = frozenset({"brigadier", "brig.", "major", "maj.", "lieutenant", "lt."})
_LINE_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_HEADLINE_WORDS = 3
_LINE = re.compile(r"[^\n]*\n")  # a line with its end (not the last, unended)
# Verbs that give someone a nickname: 'known as', 'performs as' (a stage name), 'called',
# 'nicknamed', 'dubbed'.
_NICKNAMING_VERBS = frozenset({"know", "perform", "call", "nickname", "dub"})
_NICKNAMING_AS = frozenset({"know", "perform"})
# Family nouns of a marriage: of a couple named, 'her husband' is the other.
_SPOUSE_NOUNS = frozenset({"husband", "wife"})
# A middle initial between two words of a name: ' T. ' of 'Marian T. Holt'.
_MIDDLE_INITIAL = re.compile(r" (?:[A-Z]\. )+")
# Words that tell namesakes apart by age: 'the younger Carrington'.
_AGE_WORDS = frozenset({"younger", "elder", "older"})
# Generational suffixes in order of birth: the elder first.
_GENERATIONS = {"sr": 0, "sr.": 0, "jr": 1, "jr.": 1, "ii": 1, "iii": 2, "iv": 3}
_PARENT_NOUNS = frozenset({"father", "mother", "parent"})
_CHILD_NOUNS = frozenset({"son", "daughter", "child"})
# Siblings, and the words that tell the elder from the younger: 'His younger brother, X'.
_SIBLING_NOUNS = frozenset({"brother", "sister", "sibling"})
_ELDER_WORDS = frozenset({"elder", "older", "big"})
_YOUNGER_WORDS = frozenset({"younger", "little", "kid"})
# The verbs a defendant is the passive subject of, and the nouns of who prosecutes them.
_CHARGING_VERBS = frozenset({"charge", "accuse"})
_PROSECUTING_NOUNS = frozenset({"prosecutor"})
# Relatives who share a family name less often than those of family_nouns.tsv, and who, when
# they do, are named as someone's relative all the same: 'Her uncle, Ratu Josaia Tuivaga,'.
_WIDER_KIN = frozenset({"uncle", "aunt", "nephew", "niece", "cousin", "grandfather", "grandmother", "grandson",
                        "granddaughter"})
# Nouns that name an office by another word than its title: 'the congresswoman' after 'Rep.
# Theresa Dunleavy', a Representative.
_OFFICE_CALLED = {"congressman": "representative", "congresswoman": "representative",
                  "congressperson": "representative"}
# Possessive pronouns, which open no body's name.
_OWNING_PRONOUNS = frozenset({"my", "our", "your", "his", "her", "its", "their"})
# Verbs of answering, whose subject is not who asked the question before.
_ANSWERING_VERBS = frozenset({"reply", "respond", "answer", "retort"})
# Verbs that put a question to someone: 'X asked the officer whether ...'.
_ASKING_VERBS = frozenset({"ask", "question"})
# Person nouns that say no more than a gender: 'the man said' after someone met unnamed.
_PLAIN_PERSON_NOUNS = frozenset({"man", "woman"})
# How many paragraphs after a pronoun no one named before can be the sentence may stand that
# says who they are ('The speaker is Lin Yu-ting'), and the nouns it may say so by.
_INTRODUCTION_REACH = 4
_INTRODUCED_NOUNS = frozenset({"speaker", "woman", "man"})
# A Chinese or Korean given name romanised with a hyphen, after the surname: 'Kin-hei' of
# Hong Kong's 'Edmund Tsang Kin-hei', 'Jae-in' of 'Moon Jae-in'.
_HYPHENED_GIVEN_NAME = re.compile(r"[A-Z][a-z]+-[a-z]+")
# Ranks an honorific states that are no job: 'Professor Alan Firth, the trust's medical
# director' is the medical director (not 'Sen. X, the panel's top Democrat': a senator).
_ACADEMIC_RANKS = frozenset({"professor"})
# The Arabic article joined to a family name, which news may leave out when it writes the
# family name alone: 'al-Gamal', 'el-Sisi', 'Al-Jubeir'.
_ARABIC_ARTICLE = re.compile(r"(?:[Aa]l|[Ee]l)-(?=[A-Z])")
_PARTY_TAG = re.compile(r"\s*\(\s*([DRI])\s*[-–,]\s*[A-Z][\w.]*(?:\s[A-Z][\w.]*)?\s*\)"
                        # or set off by commas, as some papers write it: 'Sen. Tom Baker, R-Ohio, said'
                        r"|,[^\S\n]*([DRI])[-–][A-Z][\w.]*(?:[^\S\n][A-Z][\w.]*)?(?=[,;:)]|\.(?:\s|$))")
_NICKNAME = re.compile(r"(?<=[\w.])\s+[\"“][^\"“”\n]{1,40}[\"”](?=\s+\w)")
# Nouns for a family a surname before them names: 'the Jenkins family'.
_FAMILY_WORDS = frozenset({"family", "families", "clan", "household"})
# How a subject hangs on its verb (the speakers' rules read it too).
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# The gender a subject pronoun tells (the attribution rules read it too).
SUBJECT_PRONOUNS = {"he": "m", "she": "f"}
# Entities of places and bodies, which no 'who' describes.
_NO_ONE_ENTS = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP"})
# The speakers' rules read it too.
POSSESSIVE_GENDERS = {"his": "m", "her": "f"}
# Every form of the third-person pronouns that tells a gender.
_PRONOUN_GENDERS = {"he": "m", "him": "m", "his": "m", "himself": "m",
                    "she": "f", "her": "f", "hers": "f", "herself": "f"}
# What a witness tells or gives: 'told the court', 'gave evidence'.
_TESTIMONY_NOUNS = frozenset({"court", "jury", "tribunal", "inquiry", "inquest", "hearing", "evidence", "committee"})
# What someone unnamed withholds: 'who asked that her name not be used'.
_OWN_NAME_NOUNS = frozenset({"name", "surname", "identity"})
# Words of a clause saying someone spoke unnamed: 'asked not to be named', 'on condition of anonymity'.
_WITHHELD_NAME_WORDS = _OWN_NAME_NOUNS | {"anonymity", "anonymous", "anonymously", "identify"}
# How a name hangs on a verb as its object, directly or through a preposition.
_OBJECT_DEPS = frozenset({"dobj", "dative", "pobj", "prep"})
# The most words a line opening a section has ('2:45 p.m.'): the paragraph under it is a lead.
_SECTION_HEAD_WORDS = 4
# A byline: 'By Nomsa Khumalo, BBC News, Johannesburg', 'By JANE DOE and JOHN ROE'.
# (also a live blog's or a report's: 'Live updates by Ellen Brouwer and Sam Okafor, Netherlands
# desk. All times CET.', 'Additional reporting by Tom Baker'; and a name with the writer's post
# alone on its line: 'Rhiannon Pugh, Wales correspondent')
_BYLINE = re.compile(r"\s*(?:By [A-Z][^.!?\"“”]{0,80}"
                     r"|(?:Live updates|Live coverage|Reporting|Additional reporting|Compiled|Written) by "
                     r"[A-Z][^.!?\"“”]{0,80}(?:\. [^\"“”]{0,40})?"
                     r"|[A-Z][^\n,.!?\"“”]{1,40}, (?:[\w’'&-]+ ){0,4}"
                     r"(?:[Cc]orrespondent|[Rr]eporter|[Ee]ditor|[Cc]olumnist|[Ww]riter)\s*)$")
# How far ahead (in tokens) a reporting description looks for the person it introduces.
_LEAD_REACH = 80
# How far back (in tokens) a title before a name may start: 'the bureau's deputy assistant director'.
_TITLE_REACH = 6
# How far back (in tokens) a definite description looks for the person it describes.
_DESCRIPTION_REACH = 80


@dataclass
class Person:
    """One person the article names, with what it says about them."""

    name: str
    role: str | None = None
    affiliation: str | None = None
    gender: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)  # token (start, end), in order
    # What a relative clause says the person is or was ('X, who was Obama's chief strategist'):
    # learned only when nothing else the article says of them states a role, and then its
    # body only when nothing else states one.
    said_to_be: list[Descriptor] = field(default_factory=list)
    # What a headline in title case says of them: learned after what the text says.
    in_headline: list[Descriptor] = field(default_factory=list)
    # Roles a definite description gave them besides the one they hold ('Democratic
    # presidential candidate Marisol Quintero ... The New Mexico governor, 54,'): an office
    # a later 'the governor' may name them by.
    described_as: list[str] = field(default_factory=list)
    # The honorifics written before their name ('Dr Isobel Lockhart'): of namesakes, 'Dr
    # Lockhart' is the one so named.
    honorifics: list[Honorific] = field(default_factory=list)
    # Whether the gender is only what the tables say of the given name ('Andrea' is a woman's
    # in US births): a pronoun of the other gender in a clause joined to theirs tells better.
    gender_by_name: bool = False

    @property
    def surname(self) -> str:
        """The family name as news writes it alone: the written one, without an Arabic
        article joined to it ('Gamal' of Hisham Ramzi al-Gamal)."""
        return _surnames(self.name)[0]

    @property
    def written_surname(self) -> str:
        """The last word of the name, generational suffixes aside, or the word before a
        hyphened given name after it ('Tsang' of Edmund Tsang Kin-hei)."""
        return _surnames(self.name)[1]

    def has_surname(self, word: str) -> bool:
        """Whether a word alone is this person's family name: 'Gamal' or 'al-Gamal', and
        'Al-Gamal' opening a sentence."""
        surname, written = _surnames(self.name)
        return word == surname or word == written or word[:1].lower() + word[1:] == written

    @property
    def family_name(self) -> str:
        """The surname with the particles before it: 'de Luis' of Javier de Luis, 'von der
        Leyen', 'Al Mazrouei', 'St. Clair' of Deonte St. Clair Jr., 'Ó Súilleabháin' of Pádraig Ó
        Súilleabháin; the surname where there are none."""
        words = _without_suffixes(self.name)
        # (capitalised too: 'Al Mazrouei' of Rania Al Mazrouei)
        start = next((i for i, w in enumerate(words[1:-1], 1)
                      if w.lower() in NAME_PARTICLES or w in SAINT_ABBREVIATIONS or w in IRISH_SURNAME_PREFIXES), None)
        return " ".join(words[start:]) if start is not None else self.written_surname

    def learn(self, descriptor: Descriptor) -> None:
        """Keep the first role stated, and the first affiliation."""
        if self.role is None and descriptor.role:
            self.role = descriptor.role
            self.affiliation = self.affiliation or descriptor.affiliation
        elif self.affiliation is None and descriptor.affiliation:
            self.affiliation = descriptor.affiliation


@dataclass(frozen=True)
class Mention:
    """Where a person is named: token range and the character span of the name."""

    person: Person
    start: int
    end: int
    start_char: int
    end_char: int


class _Headlines:
    """Whether character i lies in a headline in title case (see _title_case_line), each
    line read once. Its own object, not a method of People: EntityNames holds it, and a
    bound method would tie the two in a reference cycle that keeps the parse alive."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.known: dict[int, bool] = {}  # line start -> whether that line is a headline

    def __call__(self, index: int) -> bool:
        start = self.text.rfind("\n", 0, index) + 1
        known = self.known.get(start)
        if known is None:
            known = self.known[start] = _title_case_line(self.text, start)
        return known


class People:
    """The people an article names, indexed by token and by name."""

    def __init__(self, doc: Doc, lexicon: Lexicon, text: str | None = None,
                 quoted: Callable[[int], bool] = lambda i: False,
                 titled: Callable[[int], bool] = lambda i: False) -> None:
        self.doc = doc
        # Whether token i lies inside a quote: a speaker's words describe no one for the article.
        self.quoted = quoted
        # Whether token i lies inside a quoted title ('on “The Late Show with Stephen Colbert”'):
        # a name there is no one a pronoun refers to.
        self.titled = titled
        # spaCy rebuilds doc.text on every access, and a Token object on every doc[i]:
        # read the text once, make each token once.
        self.text = doc.text if text is None else text
        # Where each non-blank line ends: how many come before a token is looked up often.
        self._line_ends = [line.end() - 1 for line in _LINE.finditer(self.text) if not line[0].isspace()]
        self.tokens: list[Token] = list(doc)
        # Words, proper nouns and those outside every entity, by index: read once for the
        # passes over every token.
        self._texts: list[str] = [t.text for t in self.tokens]
        self._lowers: list[str] = [text.lower() for text in self._texts]
        # Where each word stands, for the passes that look for every place a name is written.
        self._where: dict[str, list[int]] = {}
        for i, text in enumerate(self._texts):
            self._where.setdefault(text, []).append(i)
        self._epithets: dict[int, tuple[str, str] | None] = {}  # token -> its epithet (see _epithet)
        # (by column: a row per token would make a thousand small lists an article)
        pos, entity_types, tags, deps, lemmas = doc.to_array([POS, ENT_TYPE, TAG, DEP, LEMMA]).T.tolist()
        proper_tag = doc.vocab.strings["NNP"]
        # (a given name the tagger marked a proper noun and the parse an auxiliary, its part of
        # speech then AUX: 'Naveed Aslam, a cold drinks vendor,')
        self._proper: list[bool] = [p == _PROPN or (p == _AUX and tag == proper_tag and text in lexicon.name_genders)
                                    for p, tag, text in zip(pos, tags, self._texts)]
        self._bare_proper: list[bool] = [p and not e for p, e in zip(self._proper, entity_types)]
        for i in title_ending_starts(self._texts):  # ('President Pro Tempore Chuck Grassley': no name 'Pro Tempore')
            self._bare_proper[i] = self._bare_proper[i + 1] = False
        nouns = {doc.vocab.strings[tag] for tag in ("NN", "NNP")}  # (what an epithet may be, but 'old')
        self._singular_nouns: list[bool] = [tag in nouns for tag in tags]
        subject_deps = {doc.vocab.strings[dep] for dep in SUBJECT_DEPS}
        # The subjects, which several passes read alone.
        self._subjects: list[Token] = [self.tokens[i] for i, dep in enumerate(deps) if dep in subject_deps]
        self._lemmas = lemmas
        self.lexicon = lexicon
        self._kin = lexicon.family_nouns | _WIDER_KIN  # (the nouns that name someone as a relative)
        self._parties = frozenset(lexicon.parties.values())
        # token.sent scans for the sentence on every access: look the bounds up once.
        self.sentence_bounds: list[tuple[int, int]] = []
        for sentence in doc.sents:
            self.sentence_bounds.extend([(sentence.start, sentence.end)] * len(sentence))
        self.persons: list[Person] = []
        self.mentions: list[Mention] = []
        # Token of a definite description ('the Vermont senator') -> the person it stands for.
        self.described: dict[int, Person] = {}
        # Tokens of definite descriptions that stand for someone met unnamed, whatever office
        # someone named holds ('One member of the committee, who asked not to be named, said
        # ... "...," the senator said').
        self.described_unnamed: set[int] = set()
        # Mentions by name, and subject pronouns once linked: what a pronoun may refer back to.
        self._salient: list[Mention] = []
        self._by_token: dict[int, Mention] = {}
        self._in_headline = _Headlines(self.text)
        # where the text's first line, its headline in any case, ends (with more after it)
        end = self.text.find("\n", len(self.text) - len(self.text.lstrip()))
        self._headline_end = -1 if end == -1 or not self.text[end:].strip() else end
        self._entities = EntityNames(lexicon, self.text, self.tokens, self._in_headline)
        # Roles a person holds under 'his' or 'her' ('His spokesman, Raj Shah,'): the owner is
        # known only once every name and subject pronoun is (see link_pronouns).
        self._owned_by_someone: list[tuple[Person, Token, Descriptor]] = []
        entities = doc.ents  # built anew on every access
        # (not a place's the recogniser took for a person's: 'Borgo Varano is a village')
        surnames = {ent[-1].text for ent in entities if ent.label_ == "PERSON" and len(ent) > 1
                    and not _said_to_be_a_place(ent.root)}
        # one-word names the article shows to be a body's somewhere, whatever the recogniser took
        # them for: 'Pagora shares', 'the state power utility Eskom'
        proper = [t for t, proper in zip(self.tokens, self._proper) if proper]
        traded = _traded_names(proper) - surnames
        # (and 'state-run Petrobras'; and the first word of a company's name of two, written alone:
        # 'Lumora Labs ... Lumora downloaded books')
        which = _described_by_which(self.tokens, self._lowers, lexicon)
        bodies = traded | (_run_by_someone(proper) - surnames) | which | _opening_longer_bodies(entities, lexicon) | {
            ent.text for ent in entities if len(ent) == 1 and ent.label_ == "PERSON"
            and ent.text not in surnames and named_as_body(ent, lexicon)} | ({
                ent[0].text for ent in entities if ent[0].is_title and (
                    (len(ent) == 2 and company_form(ent[-1], lexicon))
                    # (or one word, the legal form left out after it: 'an offer from Hafvík [a body] hf.';
                    # not a word in small letters: 'Obama as president')
                    or (len(ent) == 1 and ent.end < len(doc) and self.tokens[ent.end].pos_ == "PROPN"
                        and company_form(self.tokens[ent.end], lexicon)))}
            - surnames) | {
            # (a name of several words a body noun introduces once, a body wherever it stands:
            # 'operated by the low-cost carrier Aerolinea Sol ... Aerolinea Sol [a person] said')
            name_written(ent) for ent in entities if len(ent) > 1 and ent.label_ != "PERSON"
            and introduced_by_body_noun(ent, lexicon)} | _firms_beside_plural_roles(entities, lexicon) \
            | (_ending_longer_names(entities, lexicon) - surnames)
        self._named_bodies = frozenset(bodies)
        self.organisations = Organisations(
            entities, self.tokens, lexicon, self.sentence_bounds, self._by_token,
            left_out=lambda ent: self._in_headline(ent.start_char) or self._entities.dateline(ent), quoted=quoted,
            named_bodies=self._named_bodies, companies=frozenset(traded), titled=titled)
        for ent in self._names_joined(entities):
            if self._entities.names_person(ent) and not self._nationality_as_noun(ent) \
                    and not self._party_taken_for_a_person(ent, surnames) \
                    and name_written(ent) not in bodies \
                    and not self.organisations.short_name(ent.text) \
                    and not (titled_by_article(ent) and not self._surname_of_someone(ent.text)) \
                    and not self._only_after_the(ent) and not self._family_named(ent) \
                    and not self._only_naming_a_thing(ent) and not self._only_naming_a_place(ent):
                # (nor a name in a byline: see _add)
                # ('(JAXA)', a body's short name; 'El País', a newspaper, but 'Lo Bianco' after Rosaria Lo Bianco)
                self._add(ent)
        self._merge_words_taken_into_names()
        self._merge_single_names()
        self._merge_name_variants()
        self._complete_single_names()
        self._add_names_missed_in_full()
        # proper nouns a clause on 'who' describes, as only a person is: 'Sabalenka, who will
        # rise'; not in the plural, as British news writes of a team: 'Villa, who are fourth'; the
        # tagger may take the name for a plural noun: 'Marques [marque], who says she has been offered'
        described = [clause.head for i, text in enumerate(self._texts) if text in ("who", "Who")
                     and (clause := self.tokens[i].head).dep_ == "relcl" and self.tokens[i].dep_ in SUBJECT_DEPS
                     and (clause.head.pos_ == "PROPN" or (clause.head.pos_ == "NOUN" and clause.head.is_title))
                     and not _plural_verb(clause) and not body_of_someone_named(clause.head)]
        who = {head.text for head in described}
        # (and those written alone so: 'Takeda, who went 14-4', not 'Harbor Moody, who finished')
        who_alone = {head.text for head in described if head.i == 0 or self.tokens[head.i - 1].pos_ != "PROPN"}
        speaking = {t.text: t.i for t in reversed(self._subjects) if t.is_title and speaks(t, self.lexicon)
                    and not self.quoted(t.i) and self._alone(t)}
        self._add_names_taken_for_bodies(entities, speaking, who)
        self._merge_single_names()  # 'The German chancellor, Olaf Scholz [a body],' then 'Mr. Scholz'
        self._merge_name_variants()  # 'Andrés Manuel López Obrador', then 'López Obrador' [a work of art]
        surnames_known = self._known_names()[1]
        early = {id(p) for p in self.persons}
        self._add_unrecognised_names(who_alone, entities)
        self._merge_single_names()  # 'Darnell Price [a body], 16, a junior' found only just now, then 'Darnell'
        if self._known_names()[1] != surnames_known:
            # 'Caleb Whitmore [no entity] was absent ... Whitmore [a body], 27, ... Whitmore [a body] threw'
            self._add_names_taken_for_bodies(entities, speaking, who)
        self._add_nicknames()
        self._surnames_met_before(early)
        self._surnames_read_in_order()
        self.mentions.sort(key=_start)
        self._salient = [m for m in self.mentions if not self._word_of_a_compound(m) and not self.titled(m.start)]
        self._learn_from_descriptions()
        self._learn_from_leads()
        self._add_unnamed_speakers()
        self._complete_relatives()
        self._complete_counterparts()
        for person in self.persons:
            if person.gender_by_name and person.name.split()[0] not in self.lexicon.given_names:
                # their own possessive tells more than US birth records: 'Leota Sione [a woman's
                # name there], 71, was watching television with his wife' (not more than the table
                # of names news gives one gender: 'Valerie X will not speculate about his options',
                # the president's)
                person.gender = next(filter(None, (_gender_own_possessive_gives(self.doc[start:end].root)
                                                   for start, end in person.mentions if not self.quoted(start))),
                                     person.gender)
            if person.gender is None and " " not in person.name:
                # a given name that is no one's surname, as news names someone it meets by
                # first name ('Melanie said'); the hand-written table's only
                person.gender = self.lexicon.given_names.get(person.name)
            first = person.name.split()[0]
            if person.gender is None and " " in person.name and "-" in first:
                # the first of a given name of two joined by a hyphen tells: 'Pieter-Jan Wouters'
                person.gender = self.lexicon.all_name_genders.get(first.partition("-")[0])
            if person.gender is None:
                # ('Niamh Kearney fronts the band with her brother', 'Rotich ... wrote on X that he was')
                person.gender = self._gender_told(person)
            for descriptor in person.in_headline:
                person.learn(descriptor)
            if person.role is not None:
                person.role = _without_given_names(person.role, person.name)
            if person.role is None:
                stated = next((d for d in person.said_to_be if d.role), None)
                if stated is not None and stated.affiliation and person.affiliation in lexicon.nations:
                    # the body of the office a clause states, not the nationality the name had
                    # ('Saudi businessman X' of 'a fund chaired by Saudi businessman X')
                    person.affiliation = None
                for descriptor in person.said_to_be:
                    person.learn(descriptor)
                if person.gender is None and person.role:
                    person.gender = _gender_of_role(person.role)
            elif person.affiliation is None:
                # 'X, a physicist who directs the Harbor Program at Y': the body the clause
                # names is theirs, though the role stated first is kept
                # (a body, not what a clause's 'of' took of someone's: 'the author of a memoir of her
                # years as a diplomat')
                person.affiliation = next((d.affiliation for d in person.said_to_be if d.affiliation
                                           and d.affiliation.split()[0] not in _OWNING_PRONOUNS), None)
            if person.affiliation is None and person.role and person.role.lower() in lexicon.company_offices:
                # 'Apple unveiled its latest iPhone. "...," Chief Executive Tim Cook said'
                # (from the sentence's start: the title's capitals are no other name between)
                start = self.sentence_bounds[person.mentions[0][0]][0]
                person.affiliation = self.organisations.before(start, spoke=True)
            if person.affiliation:
                person.affiliation = self._fullest_body(person)
            if person.affiliation is not None and f" {person.name}" in f" {person.affiliation}":
                # (a body whose name the recogniser ran on into theirs: 'in charge of Haryana P.V.
                # Raghavan' [a body] is of Haryana)
                person.affiliation = person.affiliation.split(person.name)[0].strip() or None

    def _add_names_taken_for_bodies(self, entities, speaking: dict[str, int], who: set[str]) -> None:
        """Names the recogniser did not take for a person's that are (see
        _surname_taken_for_body): a surname taken for a body, 'Trump, the nominee,'; those
        before one found that end as it does looked at again, as its name is now known ('Caleb
        Holloway [a body] was absent ... Holloway [a body], 27, is entering')."""
        known = self._known_names()
        passed: list[Span] = []
        for ent in entities:
            if ent.label_ == "PERSON":
                continue
            ent = _before_an_age(ent)  # or for a date with the age after it: 'Karikó, 68,'
            if len(ent) > 2 and ent[-1].text in POSSESSIVE:
                ent = ent[:-1]  # (the possessive the recogniser took in: "Catarina Moura's [a body] alarm")
            if ent[0].text in COUNTY_ABBREVIATIONS or any(t.i in self._by_token for t in ent):
                continue
            if not self._surname_taken_for_body(ent, known, speaking, who):
                passed.append(ent)
                continue
            self._add(ent)
            known = self._known_names()
            for earlier in passed:
                if earlier[-1].text == ent[-1].text and not any(t.i in self._by_token for t in earlier) \
                        and self._surname_taken_for_body(earlier, known, speaking, who):
                    self._add(earlier)
                    known = self._known_names()
            passed = []

    def _surname_taken_for_body(self, ent: Span, known, speaking: dict[str, int], who: set[str]) -> bool:
        """Whether a name the recogniser did not take for a person's is one: a name the article
        knows (`known`: see _known_names), one that speaks later alone, one described or
        aged as only a person is (see the People's set-up for `speaking` and `who`), one of
        several words the next sentence takes up as 'he' or 'she' (see _taken_up_by_pronoun); not one
        another language's body noun opens ('The contractor, Construtora Limpopo, Lda.,'),
        nor a company's legal form alone."""
        # (a known name the tagger took for another word, with an age after it: 'Yoon [an adverb], 44, told')
        # (or one the tagger took for a common noun, as the subject: 'Aalders [NNS] grew up',
        # 'Corbridge [NN] worked night shifts')
        named = (ent[0].pos_ == "PROPN" or _surname_speaking_as_noun(ent, known[1], self.lexicon)
                 or (len(ent) == 1 and ent[0].tag_ in ("NN", "NNS") and ent[0].is_title and ent[0].dep_ == "nsubj"
                     and ent.text in known[1])
                 or aged_as_a_person(ent, self.lexicon) or (len(ent) == 1 and ent[0].is_title and an_age_after(ent))) \
            and (_names_known(ent, known) or self._namesake_of_known(ent, known[1])
                 or self._titled_surname(ent, known[1])
                 or self._surname_speaking_later(ent, speaking) or self._long_surname_speaking_later(ent)
                 or self._entities.described_as_person(ent)
                 or owns_as_a_person(ent) or aged_as_a_person(ent, self.lexicon)
                 or speaking_given_name(ent, self.lexicon) or self._given_name_left_out(ent)
                 or self._given_name_of_one(ent) or (len(ent) > 2 and self._taken_up_by_pronoun(ent))
                 # (one name alone that a clause on 'who' describes: 'Sutrisno [a place], who like
                 # many Javanese uses only one name,'; not a party's member: 'the Wisconsin
                 # Republican, who had pledged', nor a place the clause is hung on: 'a teacher at
                 # a school in Paisley, who addressed the rally')
                 or (len(ent) == 1 and ent.text in who and clause_on_who(ent) and ent.label_ != "NORP"
                     and ent.root.dep_ != "pobj"
                     and ent.text not in self.lexicon.parties and ent.text not in self.lexicon.demonyms
                     and not any(c.dep_ == "det" for c in ent.root.children)))
        return (named or self._full_name_described_by_who(ent, who)) and not self._entities.dateline(ent) \
            and not self._entities.place_name(ent) \
            and not (len(ent) > 1 and name_written(ent) in self._named_bodies) \
            and not self._nationality_as_noun(ent) and not self.organisations.short_name(ent.text) \
            and not (len(ent) > 1 and ent[0].text in self.lexicon.foreign_body_nouns) \
            and not (len(ent) == 1 and company_form(ent[0], self.lexicon))

    def _given_name_of_one(self, ent: Span) -> bool:
        """One word of the name tables, the subject of its verb, that opens the name of one
        person the article names in full and of no other: that person called by their given
        name, as features and Icelandic news do, whatever the recogniser took it for
        ('Guðrún Jónsdóttir ... Guðrún [a body] has heard such promises before')."""
        return len(ent) == 1 and ent.root.dep_ in SUBJECT_DEPS and ent.text in self.lexicon.all_name_genders \
            and sum(p.name.split()[0] == ent.text for p in self.persons if " " in p.name) == 1

    def _titled_surname(self, ent: Span, surnames: set[str]) -> bool:
        """A capitalised title, then the surname of someone named in full: 'Councillor
        Mahmood' after Councillor Tariq Mahmood, taken for a body."""
        return len(ent) == 2 and ent[0].is_title and ent[0].lower_ in self.lexicon.role_nouns \
            and ent[1].text in surnames

    def _nationality_as_noun(self, ent: Span) -> bool:
        """A nationality after an article, which refers to someone and names no one: 'The
        Belgian, a former finance minister of her country, said' (see _epithet); or before
        the noun it describes: 'supplied by Bangladeshi [a person] authorities'."""
        return ent.text in self.lexicon.demonyms and (
            (ent.start > 0 and self.tokens[ent.start - 1].lower_ in ("the", "a", "an"))
            or (len(ent) == 1 and ent.root.dep_ in ("compound", "amod") and ent.root.head.i == ent.end
                and ent.root.head.tag_ in ("NN", "NNS")))

    def _party_taken_for_a_person(self, ent: Span, surnames: set[str]) -> bool:
        """A party's word the recogniser took for a person, which names no one ('Labour's Lord
        Bhandari', '"Labour promised ...," he said'), unless under an honorific or the surname
        of someone named in full (`surnames`: 'Ms. Green', 'Jane Green ... Green said')."""
        return len(ent) == 1 and ent.text in self.lexicon.parties and ent.text not in surnames \
            and not (ent.start > 0 and self.tokens[ent.start - 1].text in self.lexicon.honorifics)

    def _full_name_described_by_who(self, ent: Span, who: set[str]) -> bool:
        """Two capitalised words the recogniser took for a body, neither a place nor a
        nationality, whose last the article describes alone with a clause on 'who', as it
        would only a person: 'beat Aryna Sabalenka ... Sabalenka, who will rise to No. 1,'.
        Not 'Real Madrid ... Madrid, who lead the league', nor a party's member ('a Social
        Democrat ... a Christian Democrat who has')."""
        return len(ent) == 2 and all(t.is_title and t.is_alpha for t in ent) and ent[1].pos_ == "PROPN" \
            and not any(t.text in self.lexicon.places or t.text in self.lexicon.demonyms for t in ent) \
            and ent.text not in self.lexicon.parties \
            and ent[1].text in who

    def _names_joined(self, entities) -> list[Span]:
        """The entities, two names the recogniser broke one name into made one again: 'Sheikh
        Mohammed bin Abdulrahman' and 'Al Thani', one space apart, the first's last word a
        compound of the second, a role in neither ('Charlotte Mayor' and 'Jennifer Roberts' are
        two) nor an honorific in the second, nor in a title-case headline."""
        joined: list[Span] = []
        for ent in entities:
            last = joined[-1] if joined else None
            if last is not None and ent.label_ == last.label_ == "PERSON" and last.end == ent.start \
                    and last[-1].whitespace_ == " " and last[-1].dep_ == "compound" \
                    and ent.start <= last[-1].head.i < ent.end and not self._in_headline(last.start_char) \
                    and not any(t.lower_ in self.lexicon.role_nouns for t in (*last, *ent)) \
                    and not any(t.text in self.lexicon.honorifics for t in ent):
                joined[-1] = Span(self.doc, last.start, ent.end, label="PERSON")
            elif last is not None and last.label_ == "PERSON" and self._surname_labelled_apart(last, ent):
                joined[-1] = Span(self.doc, last.start, ent.end, label="PERSON")
            else:
                joined.append(ent)
        return joined

    def _surname_labelled_apart(self, name: Span, ent: Span) -> bool:
        """A word right after a person's name, one space apart, that the recogniser labelled
        alone as a body: a second surname ('Marcelo Tavares [a person] Bezerra [a body] said'),
        also with a particle joined by a hyphen ('Ahmed Fathy [a person] el-Sherbiny [a body]').
        Not a body's word nor a place's."""
        word = ent[-1]
        particled = len(ent) == 3 and ent[0].lower_ in NAME_PARTICLES and hyphen_joins(ent[1])
        return (len(ent) == 1 or particled) and name.end == ent.start and name[-1].whitespace_ == " " \
            and word.pos_ == "PROPN" \
            and word.is_title and ent.label_ == "ORG" and not self._in_headline(name.start_char) \
            and word.lower_ not in self.lexicon.body_nouns and not company_form(word, self.lexicon) \
            and word.text not in self.lexicon.places and word.text not in self.lexicon.demonyms \
            and not any(t.lower_ in self.lexicon.role_nouns for t in name)

    def _fullest_body(self, person: Person) -> str:
        """The fullest name the article gives the body a person is of; a party's is a state
        party's only where the title names the state ('Wyoming GOP chairman': the Wyoming
        Republican Party; 'Democratic front-runner' is not of the South Carolina Democratic
        Party the article names)."""
        noun = person.affiliation
        if noun.islower() and noun.isalpha() and noun in self.lexicon.body_nouns and person.mentions:
            # a body noun alone ('the church's worship director', 'a meteorologist with the bureau')
            # is the body the article named or described so before: not one only a subject near,
            # as the sheriff's office is not the hospital of 'the hospital's nurse'
            named = self.organisations.before(person.mentions[0][0], noun)
            if named is not None and "," not in named \
                    and (noun in named.lower().split() or self.organisations.described_as(named, noun)):
                return named
        if noun.islower() and " " in noun:
            # a body's name ending in the words, in lower case, the one named so: 'the food shelf's
            # executive director' of the Hillside Food Shelf
            named = {body for body in self.organisations.bodies_unquoted if body.lower().endswith(f" {noun}")}
            if len(named) == 1:
                return named.pop()
        fullest = self.organisations.body_name(self._owners_body(person.affiliation))
        if fullest != person.affiliation and any(p.name == fullest for p in self.persons):
            # a person's name the recogniser took for a body is no fuller name of a surname:
            # 'Vikram Sethi ... Sethi's lawyer ... His wife Anjali Sethi [a body] said' is his
            owner = self.find(person.affiliation)
            return owner.name if owner is not None else person.affiliation
        if person.affiliation in self._parties and fullest != person.affiliation:
            place = fullest.removesuffix(person.affiliation).strip()
            if place not in (person.role or "").split():
                return person.affiliation
        return fullest

    def _owners_body(self, affiliation: str) -> str:
        """A body a person owns, by surname, as a speaker's is: 'Hillary Clinton’s campaign' is
        the Clinton campaign (a body noun after someone the article names)."""
        owner, _, noun = affiliation.rpartition(" ")
        mark = next((m for m in POSSESSIVE if owner.endswith(m)), None)
        if mark is None or noun.lower() not in self.lexicon.body_nouns:
            return affiliation
        person = self.find(owner[:-len(mark)])
        return f"{person.surname} {noun}" if person is not None else affiliation

    def written_in_lower_case(self, word: str) -> bool:
        """Whether the article writes lower-case `word` anywhere, as a word of its own."""
        return written_in_lower_case(self.text, word)

    def _add_names_missed_in_full(self) -> None:
        """A full name the recogniser missed, given name and surname ('Jayson Tatum scored 38
        points'), where the article goes on to have the surname alone say something ('Tatum
        said', whatever the recogniser took it for), or under a title ('Economist Claudia
        Sahm spoke'; a given name the tables lack when the name speaks there: 'Mayor Zorbin
        Quell urged calm'), or beside a role when the tables know the given name ('Janice
        Johnston, one of the three board members,'): how news names a person it introduces.
        Alone: 'Edward Jones said' makes no person of the firm, but it does when the surname
        alone is later the subject of any verb ('Arne Slot insisted ... Slot declined'). A
        given name the tables lack is one where the full name speaks too ('Elon Musk said ...
        Musk wrote') or is joined to a name ('Katalin Karikó and Drew Weissman won ... Karikó
        told')."""
        tokens = self.tokens
        alone = [t for t in self._subjects if t.is_title and self._alone(t)]
        speaking = {t.text for t in alone if speaks(t, self.lexicon, passive=True)}
        texts, bare = self._texts, self._bare_proper
        for i in range(len(tokens) - 1):
            if not (bare[i] and bare[i + 1]):
                continue  # (two proper nouns outside every entity: checked first, on every token)
            given, surname = tokens[i], tokens[i + 1]
            known = texts[i] in self.lexicon.all_name_genders
            if (texts[i + 1] in speaking or self._titled(given)
                    or (known and self._entities.described_as_person(self.doc[i:i + 2])) or (
                    # the full name speaking, then the surname alone the subject of any verb:
                    # 'Arne Slot insisted ... Slot declined to criticise'
                    speaks(surname, self.lexicon) and any(t.text == texts[i + 1] and t.i > i + 1 for t in alone))) \
                    and given.whitespace_ == " " and not self.quoted(i) and not self._in_headline(given.idx) \
                    and all(self._proper[t.i] and t.is_title and not t.ent_type_ and t.i not in self._by_token
                            for t in (given, surname)) \
                    and (known or speaks(surname, self.lexicon, passive=True) or self._joined_to_a_name(surname)) \
                    and (known or texts[i + 1].lower() not in self.lexicon.role_nouns):
                # (not an office of words the tables do not give: 'the Deputy Prime Minister said')
                self._add(self.doc[i:self._hyphened_end(i + 2)])
        free = 0  # (the first token after the last name this pass added)
        for i in range(len(tokens) - 2):
            # a surname with a particle or an Irish prefix in it, after one or two given names,
            # of someone the article names by that surname alone: 'Pádraig Ó Súilleabháin has
            # been chief executive ... Ó Súilleabháin [a nationality], 52,'; 'RIO DE JANEIRO -
            # Ana Cristina Figueiredo de Mello has spent ... Figueiredo de Mello [a body], a
            # career civil servant,'
            if i >= free and texts[i] in self.lexicon.all_name_genders and bare[i] and tokens[i].is_title \
                    and not self.quoted(i) and not self._in_headline(tokens[i].idx):
                found = self._surname_with_particle_written_again(i)
                if found is not None:
                    start, end = found
                    free = self._hyphened_end(end)
                    self._add(self.doc[i:free])
                    person = self._by_token[i].person if i in self._by_token else None
                    size = end - start
                    for k in self._written_at(texts[start:end]):
                        # (the surname alone is theirs, whatever the recogniser took its words for:
                        # 'Figueiredo [a place] de Mello declined')
                        if person is not None and k >= end and not any(j in self._by_token for j in range(k, k + size)):
                            self._add(self.doc[k:k + size], person)

    def _surname_with_particle_written_again(self, i: int) -> tuple[int, int] | None:
        """Where the surname starts and ends of a name that opens at token `i` with one or two
        given names, bare proper nouns all, and goes on with a surname of up to four words
        outside every entity that a particle or an Irish prefix opens or joins ('Ó Súilleabháin',
        'Figueiredo de Mello'), where the article writes that surname again later."""
        tokens, texts, bare = self.tokens, self._texts, self._bare_proper
        for start in (i + 1, i + 2):
            if start - 1 > i and not (bare[start - 1] and texts[start - 1] in self.lexicon.all_name_genders
                                      and tokens[start - 1].is_title):
                return None
            end = start
            while end < min(start + 4, len(tokens)) and (
                    (bare[end] and tokens[end].is_title) or (not tokens[end].ent_type and (
                        texts[end] in NAME_PARTICLES or texts[end] in IRISH_SURNAME_PREFIXES))):
                end += 1
            while end > start and not tokens[end - 1].is_title:
                end -= 1
            surname = texts[start:end]
            if len(surname) < 2 or not any(w in NAME_PARTICLES or w in IRISH_SURNAME_PREFIXES for w in surname[:-1]):
                continue
            if any(k >= end for k in self._written_at(surname)):
                return start, end
        return None

    def _hyphened_end(self, end: int) -> int:
        """Where a name ending before token `end` ends with the rest of a hyphened surname the
        tokenizer split off: 'Chantal Bouchard-Reyes'."""
        tokens = self.tokens
        while end + 1 < len(tokens) and hyphen_joins(tokens[end]) and tokens[end + 1].is_title \
                and self._proper[end + 1]:
            end += 2
        return end

    def _joined_to_a_name(self, word: Token) -> bool:
        """Whether 'and' joins the word to a name the recogniser marked: 'Katalin Karikó and Drew
        Weissman'."""
        return (word.dep_ == "conj" and word.head.i in self._by_token) \
            or any(c.dep_ == "conj" and c.i in self._by_token for c in word.children)

    def _titled(self, given: Token) -> bool:
        """A word right after a role noun, both of which the parse hangs on the word after
        it: 'Economist Claudia Sahm spoke', 'Harvard economist Claudia Sahm', 'Mayor Zorbin
        Quell urged' (a given name the tables lack, the surname speaking), or after a title's
        portfolio ('Minister of State for Disability Gráinne Fitzpatrick')."""
        if given.i == 0 or given.i + 2 > len(self.tokens):
            return False
        title, surname = self.tokens[given.i - 1], self.tokens[given.i + 1]
        if title.lower_ in self.lexicon.role_nouns and title.dep_ == "compound" \
                and title.head.i == given.head.i == surname.i:
            return True
        # (or a title with its portfolio after 'of' or 'for', the parse hanging the title on the
        # surname: 'Minister of State for Disability Gráinne Fitzpatrick said')
        if title.dep_ != "pobj" or not title.is_title or given.head.i != surname.i:
            return False
        office = title.head.head
        return office.is_title and office.lower_ in self.lexicon.role_nouns and office.dep_ in ("compound", "nmod") \
            and office.head.i == surname.i and office.i < title.i and title.i in {t.i for t in office.subtree}

    def _alone(self, word: Token) -> bool:
        """A word with no proper noun next to it, nor 'the' before it."""
        before = self.tokens[word.i - 1] if word.i > 0 else None
        after = self.tokens[word.i + 1] if word.i + 1 < len(self.tokens) else None
        return not (before is not None and (before.pos_ == "PROPN" or before.lower_ == "the")) \
            and not (after is not None and after.pos_ == "PROPN")

    def _add_unrecognised_names(self, who_alone: set[str], entities) -> None:
        """A known person's name the recogniser missed: 'Ivanka Trump, the nominee's daughter,',
        and a given name before a known surname ('Ivanka Trump strode' after Donald Trump):
        a relative the recogniser did not see. `who_alone`: the proper nouns a clause on 'who'
        describes where no other proper noun stands before them (see _add_bare_names);
        `entities`: the doc's, read once."""
        surnames = {p.surname for p in self.persons if len(p.name.split()) > 1}
        # a family name written first ('Yoon apologized' after President Yoon Suk Yeol), a
        # word between ('Lula') or the last words ('López Obrador' of Andrés Manuel López
        # Obrador); one word only as a subject or possessor, and a first word only if no
        # given name ('Hope is fading' after Hope Hicks)
        parts = {part: p for p in reversed(self.persons) if len(p.name.split()) > 1 for part in _name_parts(p.name)
                 if part != p.name.split()[0] or part not in self.lexicon.all_name_genders}
        names = {p.name for p in self.persons} | surnames | {p.family_name for p in self.persons} \
            | ({self._paternal_surname(p.name) for p in self.persons} - {None})
        if self._add_bare_names(names, parts, surnames, who_alone):
            # a given name met first as a speaker is them where it stood before too: 'Dolores
            # spent her 71st birthday on a gurney. "...," said Dolores'
            self._add_bare_names(names, parts, surnames, who_alone)
        self._add_relatives_taken_for_things(entities, surnames)
        self._add_hyphened_surnames()
        self._add_aged_names_with_particles()
        proper = self._proper
        for i in [i for i, noun in enumerate(self._singular_nouns)
                  if proper[i] or (noun and i > 0 and proper[i - 1] and self._surname_tagged_as_noun(i))]:
            token = self.tokens[i]  # (the only words either test below takes for a name's head)
            name = self._name_described_as_person(token) or self._name_set_after_a_person_noun(token) \
                or self._given_name_set_after_a_speaker(token) or self._full_name_whose_surname_speaks(token) \
                or self._name_after_country(token) or self._name_under_person_noun(token)
            if name is not None:
                self._add(name)
        for token in [self.tokens[i] for i, noun in enumerate(self._singular_nouns) if noun and not self._proper[i]]:
            # 'a border guard who gave only his first name, Andriy [a body],': the name they gave
            # (the role theirs also where the recogniser saw the name: '..., Vasyl [a person].')
            lemma = token.lemma_.lower()
            # (or a noun of no lexicon an age shows to be a person's: 'a 26-year-old sewing
            # machine operator who asked to be identified only as Thuzar'; or one a 'who' clause
            # shows to be: 'A picker from Ukraine who gave her name only as Olena [a body], 34,')
            given = name_given(token) if self.lexicon.person_noun(lemma) or _aged_noun(token) \
                or any(c.dep_ == "relcl" for c in token.children) else None
            if given is not None and not self.quoted(given.i):
                if given.i not in self._by_token:
                    self._add(self.doc[given.i:given.i + 1])
                person = self._by_token[given.i].person if given.i in self._by_token else None
                if person is not None and person.role is None and lemma in self.lexicon.role_nouns:
                    person.learn(describe_noun(token, self.lexicon))
                if person is not None and person.gender is None:
                    # (the pronouns of the sentence that introduces them: 'who goes by the call
                    # sign Dekan, is blunter than his men')
                    person.gender = self._gender_in_sentence(token)

    def _full_name_whose_surname_speaks(self, token: Token) -> Span | None:
        """Two or three capitalised words the recogniser left unlabelled, the subject of their
        sentence outside quotes and headlines, whose last word speaks alone elsewhere, with an
        age after it unless a given name of the tables opens them: a person ('Dnyaneshwar Shinde
        spent Tuesday morning ... "...," said Shinde, 52')."""
        if token.dep_ != "nsubj" or not self._bare_proper[token.i] or token.i in self._by_token \
                or self.quoted(token.i) or self._in_headline(token.idx):
            return None
        start = token.i
        # (up to five words where a surname's particle joins them, a given name of the tables
        # first: 'Maria Helena Cavalcanti de Albuquerque does not like the word')
        while start > 0 and token.i - start < 4 and (self._bare_proper[start - 1]
                                                     or self._texts[start - 1] in NAME_PARTICLES) \
                and self.tokens[start - 1].dep_ == "compound" and self.tokens[start - 1].head.i == token.i:
            start -= 1
        while start < token.i and self._texts[start] in NAME_PARTICLES:
            start += 1
        words = self.tokens[start:token.i + 1]
        if start == token.i or not all((t.is_title or (t.text in NAME_PARTICLES and t.i > start)) and t.is_alpha
                                       and t.lower_ not in self.lexicon.role_nouns
                                       and t.text not in self.lexicon.honorifics for t in words):
            return None
        if len(words) > 3 and words[0].text not in self.lexicon.all_name_genders:
            return None
        # (with an age after it where the first word is no given name of the tables, or a 'he'
        # or 'she' after it in its sentence, which no other name stands in: not 'Lake Tatum
        # froze ... Tatum said'; 'Darnell Price has played the club since 1979, when he was')
        given = words[0].text in self.lexicon.all_name_genders or self._pronoun_after_alone(token)
        alone = [i for i in self._where[token.text] if i != token.i
                 and not self._proper[i - 1] and not self.quoted(i)]
        speaking = any(speaks(self.tokens[i], self.lexicon) and (given or an_age_after(self.doc[i:i + 1]))
                       for i in alone)
        return self.doc[start:token.i + 1] if speaking else None

    def _pronoun_after_alone(self, token: Token) -> bool:
        """Whether a gendered personal pronoun outside quotes follows `token` in its sentence,
        which names no person the recogniser marked."""
        start, end = self.sentence_bounds[token.i]
        return any(t.lower_ in _PRONOUN_GENDERS and not self.quoted(t.i) for t in self.doc[token.i + 1:end]) \
            and not any(t.ent_type_ == "PERSON" for t in self.doc[start:end])

    def _name_under_person_noun(self, token: Token) -> Span | None:
        """A given name of the tables and a surname right after a word for a person in small
        letters, which the recogniser missed or took the given name alone of for a date:
        'and singer-songwriter June [a date] Calloway', 'from Bryncethin mum Carys Pugh'."""
        i = token.i
        if i < 2 or token.ent_type_ or i in self._by_token or self.quoted(i) or not token.is_title \
                or not token.is_alpha or self._in_headline(token.idx):
            return None
        given, noun = self.tokens[i - 1], self.tokens[i - 2]
        # (the name may be set beside the noun: 'from Bryncethin mum Carys Pugh', a given name of
        # the longer table then)
        beside = token.dep_ == "appos" and token.head.i == noun.i
        if given.text not in (self.lexicon.all_name_genders if beside else self.lexicon.name_genders) \
                or given.ent_type_ not in ("", "DATE") \
                or (given.ent_type_ and not alone_in_entity(given)) or given.i in self._by_token \
                or given.head.i != i or not noun.is_lower or noun.pos_ != "NOUN" \
                or not self.lexicon.person_noun(noun.lemma_.lower()) or (noun.head.i != i and not beside):
            return None
        return self.doc[i - 1:i + 1]

    def _name_after_country(self, token: Token) -> Span | None:
        """A given name of the tables and a surname after a country's possessive, as sports
        news names a competitor, however the recogniser labelled the given name, leaving the
        surname out: 'won by Austria's Florian [a nationality] Kofler'."""
        i = token.i
        if i < 3 or token.ent_type_ or i in self._by_token or self.quoted(i) or not token.is_title \
                or self.tokens[i - 2].text not in POSSESSIVE or self.tokens[i - 3].text not in self.lexicon.countries:
            return None
        given = self.tokens[i - 1]
        if given.head.i != i or given.dep_ != "compound" or given.text not in self.lexicon.all_name_genders \
                or given.i in self._by_token or (given.ent_type_ and not alone_in_entity(given)):
            return None
        return self.doc[i - 1:i + 1]

    def _add_aged_names_with_particles(self) -> None:
        """Two capitalised words a surname's particle joins, an age set off after them, however
        the recogniser labelled them: a person, as news introduces one ('Lucimar [a place] dos
        Santos [a place], 52, said'); the first may be a given name of the tables the tagger took
        for a plural noun ('Marloes de Jong, 34,')."""
        tokens, texts = self.tokens, self._texts
        for i in range(1, len(tokens) - 1):
            if texts[i] in NAME_PARTICLES and tokens[i - 1].is_title and tokens[i + 1].is_title \
                    and (tokens[i - 1].pos_ == "PROPN" or texts[i - 1] in self.lexicon.all_name_genders) \
                    and tokens[i + 1].pos_ == "PROPN" and not self.quoted(i) \
                    and not any(k in self._by_token for k in range(i - 1, i + 2)) \
                    and an_age_after(self.doc[i - 1:i + 2]):
                self._add(self.doc[i - 1:i + 2])

    def _add_hyphened_surnames(self) -> None:
        """A hyphened surname of someone named in full, written alone where the recogniser
        saw none of it as a name or only a half ('Renata Coelho-Barnes ... Coelho [a
        nationality]-Barnes, the only woman on the stage,'); not one a given name opens
        ('Maria Coelho-Barnes', someone else)."""
        texts = self._texts
        for person in [p for p in self.persons if len(p.name.split()) > 1 and "-" in p.written_surname]:
            words = re.split(r"(-)", person.written_surname)
            size = len(words)
            if not all(words) or size < 3:
                continue
            for i in range(len(texts) - size + 1):
                if texts[i] != words[0] or texts[i:i + size] != words \
                        or any(k in self._by_token for k in range(i, i + size)):
                    continue
                before = self.tokens[i - 1] if i > 0 else None
                if before is not None and before.is_title and before.pos_ == "PROPN" and not before.is_sent_start \
                        and before.text not in self.lexicon.honorifics:
                    continue
                self._add(self.doc[i:i + size], person)

    def _add_bare_names(self, names: set[str], parts: dict[str, Person], surnames: set[str],
                        who_alone: set[str]) -> bool:
        """Names in runs of proper nouns outside every entity and name (see
        `_add_unrecognised_names`); whether a given name that speaks was among them, which
        joins `names`."""
        tokens, texts, bare = self.tokens, self._texts, self._bare_proper
        # (and the names of people met by a surname alone: 'Caleb Whitmore was absent ...
        # Whitmore [a body to the recogniser], 27, is entering')
        surnames = surnames | {p.name for p in self.persons if " " not in p.name
                               and p.name not in self.lexicon.all_name_genders and p.name not in self.lexicon.places}
        # (and the given names of the tables that open one full name only, as a speaker: 'Ffion
        # Bowen, 17, ... Ffion [a noun] said', which 'parts' leaves out: 'Hope is fading' after Hope Hicks)
        openings: dict[str, list[Person]] = {}
        for person in self.persons:
            if len(person.name.split()) > 1 and person.name.split()[0] in self.lexicon.all_name_genders:
                openings.setdefault(person.name.split()[0], []).append(person)
        speakers = parts | {first: persons[0] for first, persons in openings.items() if len(persons) == 1}
        spoke = False
        i = 0
        while i < len(tokens):
            if not bare[i] or i in self._by_token:
                if texts[i] in names and self._surname_mistagged(tokens[i], names):
                    self._add(self.doc[i:i + 1])
                elif texts[i] in speakers and tokens[i].dep_ in SUBJECT_DEPS and speaks(tokens[i], self.lexicon) \
                        and self._surname_mistagged(tokens[i], speakers.keys()):
                    # (a given name taken for a noun: 'Ffion Bowen, 17, ... Ffion said')
                    self._add(self.doc[i:i + 1], speakers[texts[i]])
                i += 1
                continue
            end = i + 1  # a run of proper nouns outside every entity and name
            while end < len(tokens) and bare[end] and end not in self._by_token:
                end += 1
            while end + 1 < len(tokens) and texts[end] in NAME_PARTICLES and texts[i] in self.lexicon.all_name_genders \
                    and bare[end + 1] and end + 1 not in self._by_token:
                # over a surname's particle, a given name first: 'Maria Helena Cavalcanti de
                # Albuquerque', not 'Albuquerque' alone, the surname of another named after
                end += 2
                while end < len(tokens) and bare[end] and end not in self._by_token:
                    end += 1
            words = self.doc[i:end]
            if words.text in names or (words.text in parts and (
                    len(words) > 1 or words.root.dep_ in (*SUBJECT_DEPS, "poss"))):
                self._add(words, parts.get(words.text) if len(words) > 1 else None)
            elif end - i == 2 and texts[i] in self.lexicon.name_genders and texts[i + 1] in surnames:
                self._add(self.doc[i:end])
            elif 2 <= end - i <= 5 and texts[i] in self.lexicon.all_name_genders and an_age_after(words) \
                    and not self.quoted(i) and words[-1].is_title \
                    and all(name_word(t, ("PROPN",)) or t.text in NAME_PARTICLES for t in words):
                # a name of several words the recogniser missed, an age after it: 'Vasco Teixeira
                # Albuquerque de Sá, 58, a civil engineer' (then 'Albuquerque de Sá said', taken)
                self._add(words)
                self._merge_name_variants()
            elif end - i == 2 and not self.quoted(i) and not any(title_word(t, self.lexicon) for t in words) \
                    and self._full_name_described_by_who(words, who_alone):
                # 'ace Ryota Takeda [no entity] will be posted ... Takeda, who went 14-4,' (not 'Harbor
                # Moody, who finished', which may be a thing's name)
                self._add(words)
                names.add(words[-1].text)  # (the surname alone after it)
            elif 2 <= end - i <= 5 and self._taken_up_by_pronoun(words):
                self._add(words)  # 'Filipe Antunes has worked on the railways for 27 years. He is also'
            elif end - i == 2 and GIVEN_INITIALS.fullmatch(texts[i]) and words[-1].is_title and not self.quoted(i) \
                    and self._entities.described_as_person(words):
                self._add(words)  # initials and a name set beside a role: 'K. Palanisamy, district secretary'
            elif end - i == 1 and not self.quoted(i) \
                    and (aged_as_a_person(words, self.lexicon) or self._entities.relative_by_given_name(words)):
                self._add(words)  # 'Daniil, 24, an Estonian citizen who ... said', 'Savchuk's wife, Liudmyla,'
            elif speaking_given_name(words, self.lexicon) and not self.quoted(i):
                self._add(words)
                names.add(words.text)
                spoke = True
            elif end - i == 1 and (person := self._called_by_given_name(i)) is not None:
                self._add(words, person)
            i = end
        return spoke

    def _add_relatives_taken_for_things(self, entities, surnames: set[str]) -> None:
        """A given name of the longer table and a known surname that the recogniser took together for
        anything but a person, whatever the tagger took the given name for: a relative
        ('Brandt, 63, and his wife, Anneliese, ... Anneliese [JJ] Brandt [a work] says')."""
        for ent in entities:
            first, last = ent[0], ent[-1]
            if len(ent) == 2 and ent.label_ != "PERSON" and first.is_title \
                    and first.text in self.lexicon.all_name_genders and last.text in surnames \
                    and ent.start not in self._by_token and ent.end - 1 not in self._by_token \
                    and not self.quoted(ent.start) and not self._in_headline(first.idx):
                self._add(ent)

    def _called_by_given_name(self, i: int) -> Person | None:
        """The one person named in full whose given name token `i` is, a subject outside
        quotes, whom the article called by it alone before: 'Helen Ashworth ... Helen says ...
        Helen [no entity] looks out at the empty sheds'."""
        token = self.tokens[i]
        if token.dep_ not in SUBJECT_DEPS or self.quoted(i) or self._in_headline(token.idx):
            return None
        persons = [p for p in self.persons if len(p.name.split()) > 1 and p.name.split()[0] == token.text]
        if len(persons) != 1 or not self._called_alone(persons[0], token.text, i):
            return None
        return persons[0]

    def _taken_up_by_pronoun(self, words: Span) -> bool:
        """Two capitalised words the recogniser left out of every entity (or up to five, a
        particle between), a given name of the tables first, the subject of their sentence
        outside quotes and headlines, that the next sentence of the paragraph takes up with a
        subject pronoun of the name's gender: a person ('Filipe Antunes has worked on the
        railways for 27 years. He is also one of the delegates'; 'María de Jesús Lozano Treviño
        ran a small restaurant ... She kept paying'); not a place named for someone ('Victoria
        Station has ... It')."""
        first, last = words[0], words[-1]
        gender = self.lexicon.name_genders.get(first.text)
        if len(words) > 2 and not any(t.text in NAME_PARTICLES for t in words[1:-1]):
            return False
        if gender is None or last.dep_ != "nsubj" or not all(
                (t.is_title and t.is_alpha) or (t.text in NAME_PARTICLES and 0 < t.i - first.i < len(words) - 1)
                for t in words) \
                or last.text in self.lexicon.places or self.quoted(first.i) or self._in_headline(first.idx):
            return False
        end = self.sentence_bounds[last.i][1]
        if end >= len(self.tokens) or "\n" in self.text[self.tokens[end - 1].idx:self.tokens[end].idx]:
            return False
        start, stop = self.sentence_bounds[end]
        return any(t.dep_ == "nsubj" and SUBJECT_PRONOUNS.get(t.lower_) == gender for t in self.tokens[start:stop])

    def _add_nicknames(self) -> None:
        """A nickname the article gives someone is them wherever it stands: 'Ibrahim Sule,
        known across the state as Baba Strike,', 'a fisherman whom everyone calls Skipper',
        'nicknamed Doc'; a person the recogniser made of the nickname is the one named."""
        for person, nickname in self._nicknames():
            words = [t.text for t in nickname]
            other = next((p for p in self.persons if p.name == nickname.text and p is not person), None)
            if other is not None:
                self._absorb(person, other)
            for i in self._written_at(words):
                if not any(j in self._by_token for j in range(i, i + len(words))) and not self.quoted(i):
                    # (as it stands: a nickname may be a title's word, 'Skipper', or a place's, 'Doc')
                    self._register(person, self.doc[i:i + len(words)])

    def _nicknames(self):
        """(person, nickname) for each nickname a clause on a name, or on a noun beside one,
        gives: 'known as X', 'who performs as X', 'nicknamed X', 'dubbed X', 'whom everyone
        calls X'."""
        for verb in self._with_lemma(_NICKNAMING_VERBS):
            if self.quoted(verb.i):
                continue
            if verb.lemma_.lower() in _NICKNAMING_AS:  # (the parse may hang the 'as' lower: 'known to everyone as')
                names = [o for prep in verb.subtree if prep.dep_ == "prep" and prep.lower_ == "as"
                         for o in prep.children if o.dep_ == "pobj"]
            else:  # 'whom everyone calls Skipper', 'a fisherman nicknamed Skipper'; not 'Smith, who
                # called Trump a liar': a verb's own object is a nickname only after 'whom'
                whom = any(c.lower_ == "whom" for c in verb.children)
                if not whom and verb.tag_ != "VBN" and any(c.dep_ == "dobj" for c in verb.children):
                    continue
                names = [c for c in verb.children if c.dep_ in ("oprd", "attr", "xcomp")
                         or (c.dep_ == "dobj" and (whom or verb.tag_ == "VBN"))]
            names = [n for n in names if n.pos_ == "PROPN" and n.left_edge.text[:1].isupper()]
            clause = verb
            while clause.dep_ == "conj" and clause.head.i != clause.i:
                clause = clause.head  # 'who has worked there for 31 years and whom everyone calls Chuy'
            if not names or clause.dep_ not in ("acl", "relcl"):
                continue
            anchor = clause.head
            while anchor.i not in self._by_token and anchor.dep_ == "pobj" and anchor.head.dep_ == "prep":
                anchor = anchor.head.head  # 'a veteran of the service known to colleagues as Bluey'
            mention = self._by_token.get(anchor.i)
            if mention is None and anchor.dep_ == "appos":
                mention = self._by_token.get(anchor.head.i)
            if mention is None:
                mention = next((self._by_token[c.i] for c in anchor.children
                                if c.dep_ == "appos" and c.i in self._by_token), None)
            nickname = self.doc[names[0].left_edge.i:names[0].i + 1]
            if mention is not None and all(t.pos_ == "PROPN" or hyphen_joins(t) for t in nickname) \
                    and nickname.text != mention.person.name:
                yield mention.person, nickname
        yield from self._nicknames_in_names()
        yield from self._nicknames_after_aka()
        yield from self._real_names()

    def _with_lemma(self, lemmas: frozenset[str]) -> list[Token]:
        """The tokens whose lemma, in lower case, is one of `lemmas` (each of the article's
        lemmas is read once, not once for each of its tokens)."""
        strings = self.doc.vocab.strings
        keys = {key for key in set(self._lemmas) if strings[key].lower() in lemmas}
        return [self.tokens[i] for i, key in enumerate(self._lemmas) if key in keys]

    def _with_lower(self, words: tuple[str, ...]) -> list[Token]:
        """The tokens that are one of `words` in lower case."""
        return [self.tokens[i] for i, lower in enumerate(self._lowers) if lower in words]

    def _nicknames_in_names(self):
        """A nickname in quotation marks inside a name: 'Margaret "Mags" Kelleher'."""
        for mention in self.mentions:
            for found in _NICKNAME.finditer(self.text, mention.start_char, mention.end_char):
                mark = found.end() - len(found.group().lstrip())  # the opening mark, after the space
                inner = self.doc.char_span(mark + 1, found.end() - 1, alignment_mode="contract")
                if inner is not None and len(inner) and all(t.text[:1].isupper() for t in inner):
                    yield mention.person, inner

    def _nicknames_after_aka(self):
        """A name set after 'aka' beside someone's name: 'Neil Sandbach, aka Spider'."""
        for token in self._with_lower(("aka", "a.k.a.")):
            if self.quoted(token.i):
                continue
            before = self.tokens[token.i - 1] if token.i > 0 else None
            mention = self._by_token.get(before.i - 1 if before is not None and before.text in ",(" else -1)
            end = token.i + 1
            while end < len(self.tokens) and end - token.i <= 3 and self.tokens[end].pos_ == "PROPN" \
                    and self.tokens[end].text[:1].isupper():
                end += 1
            if mention is not None and end > token.i + 1:
                yield mention.person, self.doc[token.i + 1:end]

    def _real_names(self):
        """A name the article says is someone's real one: 'the rapper Kilo Saint, whose real
        name is Kwabena Osei-Fordjour' is Kwabena Osei-Fordjour, known as Kilo Saint."""
        for token in self._with_lower(("name",)):
            if token.dep_ not in SUBJECT_DEPS or token.head.dep_ != "relcl" \
                    or not any(c.lower_ in ("real", "birth", "legal") for c in token.children) \
                    or not any(c.tag_ == "WP$" for c in token.children):
                continue
            called = self._by_token.get(token.head.head.i)
            real = next((self._by_token[c.i] for c in token.head.children
                         if c.dep_ == "attr" and c.i in self._by_token), None)
            if called is not None and real is not None and called.person is not real.person:
                yield real.person, self.doc[called.start:called.end]

    def _name_set_after_a_person_noun(self, root: Token) -> Span | None:
        """A given name and a surname the recogniser missed, set off by a comma after a word
        for a person: 'said one resident, 82-year-old Ana Ruiz', 'a nurse, Ana Ruiz,', 'a
        spokeswoman for the district, Ana Ruiz,' (which the parse sets beside the district)."""
        if root.dep_ != "appos" or root.pos_ != "PROPN":
            return None
        head = root.head
        if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.head.i < head.i:
            head = head.head.head
        lemma = head.lemma_.lower()
        if head.i > root.i or not singular_common_noun(head) \
                or not self.lexicon.person_noun(lemma) \
                or not any(t.text == "," for t in self.tokens[head.i + 1:root.i]):
            return None
        start = root.i
        while self.tokens[start - 1].dep_ == "compound" and self.tokens[start - 1].head.i == root.i:
            start -= 1
        words = self.doc[start:root.i + 1]
        if not 2 <= len(words) <= 3 or words[0].text not in self.lexicon.name_genders or self.quoted(root.i) \
                or any(not name_word(t, ("PROPN",)) or t.ent_type_ or t.i in self._by_token for t in words):
            return None
        return words

    def _given_name_set_after_a_speaker(self, root: Token) -> Span | None:
        """A given name of the tables alone, whatever the recogniser made of it, set off by
        commas after a word for a person who speaks, as news names someone by first name
        only: 'Another freed serviceman, Serhiy [a place], 41, ... said'."""
        head = root.head
        if root.dep_ not in ("appos", "npadvmod") or head.i > root.i or root.text not in self.lexicon.all_name_genders \
                or not root.is_title or root.i in self._by_token or self.quoted(root.i) \
                or self.tokens[root.i - 1].text != "," or root.i + 1 >= len(self.tokens) \
                or self.tokens[root.i + 1].text != "," or head.dep_ not in SUBJECT_DEPS \
                or not singular_common_noun(head) \
                or not speaks(head, self.lexicon) or not self.lexicon.person_noun(head.lemma_.lower()):
            return None
        return self.doc[root.i:root.i + 1]

    def _surname_tagged_as_noun(self, i: int) -> bool:
        """A capitalised word the tagger took for a noun, right after a proper noun that is a
        given name of the tables: 'Villarreal' of 'Tomás Villarreal, conservation director
        of the Sierra Club's Lone Star Chapter,'."""
        return i > 0 and self._proper[i - 1] and self._texts[i - 1] in self.lexicon.name_genders \
            and self._singular_nouns[i] and not self._proper[i] and self._texts[i][:1].isupper() \
            and self._texts[i].isalpha() and not self.tokens[i].is_sent_start

    def _name_described_as_person(self, root: Token) -> Span | None:
        """A name the recogniser missed altogether (the tagger took 'Rain' for a noun, or the
        surname: see _surname_tagged_as_noun) that a role in apposition describes as
        someone: 'Rain Newton-Smith, the director general of the CBI, said', or that an age
        follows. Two to four capitalised words ending in a proper noun (a surname's particle
        between them: 'Annelies de Wit-Bakker, chair of'), the subject of a
        verb, none of them in an entity (but a first word labelled alone as a body: 'Amrit
        [a body] Dhillon, the lawyer representing the victims,') or quote, nor a determiner,
        role or body noun ('The Dunmore Crew, the organizer of the race,', 'Team Leader, the
        spokesman,'); a given
        name and a surname that a clause on 'who' follows (see _who_after) wherever the parse
        hangs them ('On the Grote Markt, Mehmet Yildiz, who owns a bakery, said', set beside
        the square)."""
        if not root.is_title or root.ent_type_ or root.i in self._by_token or self.quoted(root.i) \
                or (root.dep_ not in SUBJECT_DEPS and root.dep_ != "appos"):
            return None
        start = root.left_edge.i
        if self._texts[start] in NAME_PARTICLES and start > 0 and self.tokens[start - 1].is_title \
                and self._texts[start - 1] in self.lexicon.all_name_genders:
            start -= 1  # (the given name the parse left out: 'Annelies de Wit-Bakker')
        words = self.doc[start:root.i + 1]
        parts = [t for t in words if t.text != "-"]
        # (five with a particle: 'Saúl Montes de Oca Rivera')
        most = 5 if any(t.text in NAME_PARTICLES for t in parts) else 4
        if not (root.pos_ == "PROPN" or self._surname_tagged_as_noun(root.i)) or not 2 <= len(parts) <= most \
                or any((not t.is_title and not (t.text in NAME_PARTICLES and words.start < t.i < root.i))
                       or not t.is_alpha or t.i in self._by_token or t.pos_ == "DET"
                       or (t.ent_type_ and not self._first_word_labelled_alone(t, words))
                       or t.lemma_.lower() in self.lexicon.role_nouns or t.lemma_.lower() in self.lexicon.body_nouns
                       for t in parts) \
                or any(t.text == "-" and (t.whitespace_ or words.doc[t.i - 1].whitespace_) for t in words):
            return None
        # (not a role with a name set beside it, the parse hanging it on a place: 'Outside Dublin
        # Castle, the Social Democrats TD for Dublin Fingal, Niamh Crowe, said')
        # (or by a noun with an age: 'Ebiere Tonye, a 39-year-old fish smoker and mother of five,')
        described = any(singular_common_noun(noun) and (noun.lemma_.lower() in self.lexicon.role_nouns
                                                         or _aged_noun(noun))
                        and noun.left_edge.i > 0 and self.tokens[noun.left_edge.i - 1].text == ","
                        and not any(t.ent_type_ == "PERSON" for t in noun.subtree)
                        for noun in appositions(root))
        # (an age only with a given name of the tables before the last word: 'Luz Marina Cárdenas, 58,')
        aged = an_age_after(words) and any(t.text in self.lexicon.name_genders for t in parts[:-1])
        if root.dep_ not in SUBJECT_DEPS:
            return words if self._who_after(words) or self._set_beside_role(words) else None
        return words if described or aged or self._who_after(words) else None

    def _set_beside_role(self, words: Span) -> bool:
        """Words opening with a given name of the tables, set after a comma beside a role noun
        before them: 'said the Attorney General of the State of Guanajuato, Saúl Montes de Oca
        Rivera'."""
        role = words.root.head
        return words.root.dep_ == "appos" and role.i < words.start and self._texts[words.start - 1] == "," \
            and role.lemma_.lower() in self.lexicon.role_nouns \
            and self._texts[words.start] in self.lexicon.all_name_genders

    def _first_word_labelled_alone(self, token: Token, words: Span) -> bool:
        """The first of a name's words, which the recogniser labelled alone as a body or a
        place: 'Amrit [a body] Dhillon, the lawyer representing the victims,'."""
        return token.i == words.start and labelled_alone_as_body(token)

    def _who_after(self, words: Span) -> bool:
        """A given name and a surname that a clause on 'who' or 'whose' follows, set off by a
        comma: 'Moses Moody, who finished with 14 points,', 'Jean-Pierre Ngono, whose daughter
        died in August,' (a given name of two joined by a hyphen)."""
        root, after = words.root, words.end + 1
        if after >= len(self.tokens) or self.tokens[words.end].text != "," \
                or not (len(words) == 2 or (len(words) == 4 and hyphen_joins(words[1]))):
            return False
        word = self.tokens[after]
        clause = word.head if word.lower_ == "who" else word.head.head if word.lower_ == "whose" else None
        # (of a given name of two, the second tells: 'Jean', a name of both sexes, and 'Pierre';
        # a given name no table has, where the name is the subject of a reporting verb: 'Mere
        # Hohaia, who runs a café a few hundred metres from the bridge, said')
        given = words[0].text in self.lexicon.name_genders if len(words) == 2 \
            else words[2].text in self.lexicon.all_name_genders
        given = given or (word.lower_ == "who" and root.dep_ == "nsubj"
                          and root.head.lemma_.lower() in self.lexicon.reporting_verbs)
        return given and clause is not None and clause.dep_ == "relcl" and clause.head.i == root.i

    def _surname_mistagged(self, token: Token, names) -> bool:
        """A known surname the tagger took for another word: 'Lopez, meanwhile, said',
        '"...," Will wrote' (no modal comes before a past tense; 'Will he run?' stays a
        modal; 'Prather said', taken for a pronoun), but not 'anti-Lopez' nor 'the Lopez
        campaign', nor a real pronoun ('He said' in an article that names He Lifeng)."""
        if token.pos_ in ("PROPN", "DET") or (token.pos_ == "PRON" and token.is_stop) or not token.is_title \
                or token.text not in names or token.i in self._by_token:
            return False
        if token.dep_ in ("compound", "amod", "nmod"):
            # only a word taken for an adjective or a noun on the verb after it, which the tagger
            # took for a plural noun, opening the sentence or its main clause after a comma,
            # whatever the recogniser took it for: 'Bannister [JJ] shrugs [NNS] at that.', 'Back at
            # the fence, Mitrovic [JJ, a body] points [NNS] at the piers', 'Engström [NN] shrugs'
            head = token.head
            return (token.tag_, token.dep_) in (("JJ", "amod"), ("NN", "compound")) and head.i == token.i + 1 \
                and head.tag_ == "NNS" \
                and (self.sentence_bounds[token.i][0] == token.i
                     or (self._texts[token.i - 1] == "," and head.dep_ == "ROOT")) \
                and (not token.ent_type_ or len(entity_of(token) or ()) == 1)
        if token.ent_type_:
            return False
        if token.i > 0 and self.tokens[token.i - 1].text in DASHES and not self.tokens[token.i - 1].whitespace_:
            return False
        following = self.tokens[token.i + 1] if token.i + 1 < len(self.tokens) else None
        return token.pos_ != "AUX" or (following is not None and following.tag_ in ("VBD", "VBN", "VBZ"))

    def _learn_from_descriptions(self) -> None:
        """'Donald Trump isn't saying much. ... The Republican presidential nominee has wondered ...':
        a singular definite description as a subject or possessor describes the person a pronoun there
        would stand for (but not one that c-commands it or whose phrase holds it: 'Ivanka
        Trump, the nominee's daughter') and not one named later in the description's own
        sentence ('The FBI director chastised Clinton'), nor one named only inside quotes; if
        someone already holds the role, it is them. The person learns the role if the article
        has not yet said what they are.

        A description by a person noun or an age ('the New York businessman', 'the
        46-year-old') is read the same way but states no role. A description stands for no
        one when the article met such a person unnamed shortly before ('greeted by an
        organizer ... the organizer told them', 'A businessman in the crowd ...'), nor, by a
        participant noun ('the witness', 'the victim'), for anyone named. No description
        stands for anyone here when a person is named before its noun ('the senior Lopez
        adviser', 'the Oscar-nominated actor') or hangs on its noun ('the aide, Tom Baker,'
        is named where it stands)."""
        introduced: dict[tuple[str, str], int] = {}  # kinds of people met unnamed ('a man'): where last
        verbs = self.lexicon.reporting_verbs
        parties = self._parties
        # one of a group, met unnamed as a subject: 'One of the officials said ... the official said'
        groups = [(t.i, kind) for t in self._subjects if (kind := self._one_of_group(t)) is not None]
        for i, noun in enumerate(self._singular_nouns):
            while groups and groups[0][0] < i:
                start, group = groups.pop(0)
                introduced[group] = start
            if not noun and self._lowers[i] != "old":
                continue  # (no epithet: see _epithet)
            token = self.tokens[i]
            kind = self._epithet(token)
            if kind is not None and (after_determiner(token, ("a", "an", "one")) or _withholds_name(token)) \
                    and not _said_of_someone(token) and not (token.dep_ == "appos" and token.head.i in self._by_token) \
                    and not self.quoted(token.i):
                # 'a 46-year-old man' is met as a man and as a 46-year-old; 'One man in the crowd' too,
                # and 'The EU diplomat, who spoke on condition of anonymity,' (not one set beside a
                # name: 'Olson, a 48-year-old insurance agent, ... the 48-year-old said'; nor one in
                # a speaker's words, whom the writer does not introduce)
                introduced.update((k, token.i) for k in [kind, *map(self._epithet, token.children)] if k is not None)
                if not after_determiner(token, ("a", "an", "one")):
                    continue
            if kind is None or token.i in self._by_token or self.quoted(token.i) \
                    or (token.dep_ not in ("nsubj", "nsubjpass", "poss") and not age_taken_for_modifier(token, verbs)
                        and not _tag_subject_hung_elsewhere(token, verbs)) \
                    or not (_definite(token, verbs) or self._owned_by_place(token)):
                continue
            if any(t.dep_ == "appos" and (t.i in self._by_token or (
                    t.head.i == token.i and t.ent_type_ == "ORG" and t.pos_ == "PROPN"
                    and not any(c.dep_ == "det" for c in t.children)))  # (not 'a former GP')
                   for t in token.subtree):
                # 'The shadow chancellor, Mel Stride, said', 'The author of the book, Mitchell
                # Zuckoff, said' (the name hung on the book): named where it stands; and a body
                # set beside it is what it names: 'The landowner, Harthill Aggregates Ltd, said'
                continue
            # (or set beside it: 'The final speaker from the public, a renter who gave her name
            # only as Mei, said')
            name, beside = name_given(token), None
            if name is None:
                beside, name = next(((a, n) for a in token.children
                                     if a.dep_ == "appos" and (n := name_given(a)) is not None), (None, None))
            given = self._by_token.get(name.i) if name is not None else None
            if given is not None:
                # 'The 44-year-old captain, identified only as Thomas H.,': the one so named
                # (what they are the noun beside says, if any: 'a renter')
                self.described[token.i] = given.person
                if given.person.role is None and kind[1] in self.lexicon.role_nouns and beside is None:
                    given.person.learn(describe_noun(token, self.lexicon))
                continue
            # (a spokesperson met unnamed is kept however far back, as no one else is called so:
            # 'A spokeswoman for the terminal added ... [twenty paragraphs] ... the spokeswoman said')
            kept = token.i - introduced.get(kind, -_DESCRIPTION_REACH) < _DESCRIPTION_REACH \
                or (kind in introduced and kind[1] in self.lexicon.spokesperson_nouns)
            if speaks(token, self.lexicon) and not kept and self._unnamed_speaker_before(token, introduced.values()):
                # 'One member of the committee, who asked not to be named, said ... "...," the
                # senator said': the one met unnamed, not a senator named before (one met as the
                # description's own kind is kept in reach below)
                self.described_unnamed.add(token.i)
                continue
            role = kind[1] in self.lexicon.role_nouns
            described = describe_noun(token, self.lexicon) if role else None
            own_gender = _gender_its_clause_gives(token, self.quoted)
            # (an office to come is held by whoever holds that role: 'the president-elect')
            noun = token.lemma_ if kind[1] == token.lemma_.lower() or described is None else described.role
            holder = self.with_role(noun, token.i, described.role) if role else None
            if role and holder is None and described.affiliation is not None and noun.lower() in _LEADER_NOUNS:
                # 'Sanjay Patil, the BJP's state unit president, ... the BJP state chief': who leads
                # the body the description states, whatever the office's title
                holder = self.with_role(noun, token.i, described.role, own_gender, described.affiliation)
            if holder and own_gender and holder.gender not in (own_gender, None):
                # 'Sen. Quintero ... Sen. Whitcomb ... The senator said she': the one of her
                # gender, if no place or body stated tells against them
                holder = self.with_role(noun, token.i, described.role, own_gender)
                if holder and not self._same_body(described.affiliation, holder.affiliation, unknown=False):
                    holder = None
            if holder and not self._same_body(described.affiliation, holder.affiliation):
                # 'Julien Martin, the RN candidate, ... Nadia Benali, the Socialist candidate, ...
                # the RN candidate smiled': the one of that body
                holder = self.with_role(noun, token.i, described.role, own_gender, described.affiliation)
            if holder and self._same_body(described.affiliation, holder.affiliation):
                self.described[token.i] = holder  # 'the president': someone already is
                continue
            if not _definite(token, verbs):
                continue  # 'Connecticut's tax commissioner says': the office's holder, or someone named later
            if kept:
                # 'greeted by an organizer ... the organizer told them': someone unnamed, whom
                # each such reference keeps in reach ('... the official said. ... the official said')
                introduced[kind] = token.i
                continue
            aged = self._of_age(kind[1], token.i) if kind[0] == "age" else None
            if aged is not None:
                # 'Gregory Lindqvist, 58, told the committee ... Pruitt told Lindqvist ... The
                # 58-year-old said': the one the article gave that age, whoever was named since
                self.described[token.i] = aged
                continue
            if kind[1] in self.lexicon.participant_nouns:
                # 'the witness said' is no one named, whoever the article named before, unless
                # someone was named beside that noun: 'the fourth prosecution witness, Musa
                # Garba Yakubu, ... the witness said'
                beside = self._named_beside(token)
                if beside is not None:
                    self.described[token.i] = beside
                continue
            if token.dep_ == "poss" and token.head.lemma_.lower() == "office" and speaks(token.head, self.lexicon):
                continue  # 'The prosecutor’s office said': a body speaks, whoever was named before
            # a person noun or an age ('the New York businessman said') states no role
            gender = (_gender_of_role(token.lower_) if role else self.lexicon.person_nouns.get(kind[1])) \
                or own_gender
            sentence = self.sentence_bounds[token.i]
            introducing = self._named_next(token, sentence[1])
            if introducing is not None and (introducing.role is None or kind[1] in _office_nouns(introducing.role)):
                self.described[token.i] = introducing
                if introducing.role is None and described is not None:
                    introducing.learn(described)
                continue
            roots = [(m.person, self._root_at(m.start)) for m in self.mentions if sentence[0] <= m.start < sentence[1]]
            if any(root.head.i == token.i or token.left_edge.i <= root.i < token.i for _, root in roots):
                continue  # 'the senior Lopez adviser', 'the Lincoln actor': someone else, whom we cannot name
            others = {id(person) for person, root in roots if _c_commands(root, token) or root in token.ancestors}
            # (an age or nationality, which only refers back, is not a name in the quote it says: '"... at
            # least one Lambert was going through," the Frenchwoman said'; an office may be someone
            # new, but one written with a capital, as British news writes the one person who
            # holds it, is no name in a quote: 'Catriona Baird acknowledged ... "If we had let
            # Ferguson's go to the wall," the First Minister said' is Baird)
            saying = not role and (speaks(token, self.lexicon) or age_taken_for_modifier(token, verbs))
            office = role and token.tag_ == "NNP" and token.is_title and after_determiner(token, ("the",))
            # (a party's member is no one of another party: 'Rep. Carla Ruiz, D-Texas, ... Rep.
            # Tomas Ruiz, R-Fla., ... The Texas Democrat responded')
            party = party_of(token, self.lexicon) if not role else None
            # (an age, which only refers back, passes over one named inside a quote for whom the
            # writer named: 'Ms Mannion was gracious. "Noel ran a superb campaign," she said. ...
            # the 45-year-old said')
            # (one who speaks passes over a name in the quote their words end, however many
            # sentences it runs to: '"I understand Craig's frustration. If it was my goal, ...,"
            # the Norwegian said')
            mention = self.antecedent(token.i, gender, skip=lambda start: id(self._by_token[start].person) in others
                                      or ((saying and (start >= sentence[0] or self._in_quote_before(start, token)))
                                          or kind[0] == "age") and self.quoted(start)
                                      or (office and self.quoted(start))
                                      or (kind[0] == "age" and self._aged_otherwise(start, kind[1]))
                                      or (party is not None and self._by_token[start].person.affiliation in parties
                                          and self._by_token[start].person.affiliation != party))
            if mention is None and role and speaks(token, self.lexicon) and after_determiner(token, ("the",)) \
                    and bisect_left(self.mentions, sentence[0], key=_start) \
                    == bisect_left(self.mentions, sentence[1], key=_start):
                # no one before holds it, as a news lead puts the office first: the one named with
                # it in the sentences after ('in what the presiding judge called "..." ... Senior
                # Parish Judge Claudette Walcott-Brown rejected'; not where its own sentence names
                # someone: 'said the Vice President for Communications Maria Lopez')
                later = self._holder_named_after(token, kind[1], sentence[1])
                if later is not None:
                    self.described[token.i] = later
                continue
            if mention is None and saying and gender and after_determiner(token, ("the",)):
                # no one before, as a feature opens: the one a sentence after says they are ('"...,"
                # the old man says. ... He is Moustapha Guèye, 67,')
                mention = self._introduced_after(token, gender)
                if mention is not None:
                    self.described[token.i] = mention.person
                continue
            if mention is None or self.quoted(mention.start) or self._bound_by_pronoun(token, mention.person):
                continue
            # (one who speaks passes over the quotes of whom they describe, too: 'Rep. Yoon Ji-hye
            # ... "...?" she asked ... "...," the two-term lawmaker added'; not past someone met
            # unnamed in between: 'A former member of the board, speaking on condition of
            # anonymity, told AFP ... "...," the former director said')
            over_quotes = kind[0] == "age" or (speaks(token, self.lexicon) and not any(
                mention.start < met < token.i for met in introduced.values()))
            if self._words_back(self.sentence_bounds[mention.start][0], sentence[0], over_quotes) > _DESCRIPTION_REACH:
                continue
            person = mention.person
            if any(token.i < start < sentence[1] for start, _ in person.mentions):
                continue
            if role and person.role is None and self._met_as_no_office(person, token.i):
                continue  # 'said Maria Lopez, a mother of three. ... the court clerk's office said'
            if role and person.role and kind[1] in _office_nouns(person.role) \
                    and not _same_office(person.role, described.role or ""):
                continue  # 'The chancellor, Rachel Reeves, ... the shadow chancellor said'
            if kind[1] in _JUDGE_NOUNS and person.role and not _office_nouns(person.role) & _JUDGE_NOUNS:
                # 'Gharbi, the second defence lawyer, ... The presiding judge cut him off': a judge is
                # no one whose role the article stated as another
                introduced[kind] = token.i
                continue
            if (office or kind[1] == "president") and person.role and kind[1] not in _office_nouns(person.role) \
                    and kind[1] not in person.described_as:
                # 'Premier Glen Haverty ... the Taoiseach said': the one office's holder, unnamed;
                # so is 'the president' after an economist ('Inês Cardoso, an economist at ...
                # The president, who has the power to dissolve parliament,')
                continue
            if role and described.affiliation and person.affiliation not in (None, described.affiliation) \
                    and described.affiliation not in parties and person.affiliation not in parties \
                    and not (person.role and "former" in _words(described.role or "")) \
                    and not (_nationality_of(token, described.affiliation, self.lexicon)
                             and person.affiliation not in self.lexicon.countries):
                # 'Germany's chancellor, Katrin Albrecht, ... The French president arrived': someone
                # else, met unnamed, whom 'the president said' then means (a party and a state
                # may both be one person's: 'the Vermont senator' is Sanders, of the Democrats;
                # and someone in office may have held another anywhere before: 'European Council
                # President Mikko Rautiainen ... the former Finnish prime minister said'; and
                # someone of a body no country's has a nationality too: 'Juraj Kováčik, the EU's
                # special representative, ... The Slovak diplomat said'; not an office of a
                # place: 'The Washington Post's Ed O'Keefe ... the former Florida governor')
                introduced[kind] = token.i
                continue
            self.described[token.i] = person
            if person.role is None and described is not None:
                person.learn(described)
            elif described is not None and described.role:
                person.described_as.append(described.role)

    def _holder_named_after(self, token: Token, noun: str, start: int) -> Person | None:
        """The first person named from token `start` on, up to four paragraphs after token
        `token` (anywhere after it in a live blog that puts its newest entry first, which
        introduces people in its earlier entries, further down) and outside quotes, whose role
        has the office `noun`."""
        paragraph = self._paragraph_of(token.i)
        for mention in self.mentions[bisect_left(self.mentions, start, key=_start):]:
            if self._paragraph_of(mention.start) - paragraph > _INTRODUCTION_REACH and not self._newest_first:
                return None
            role = mention.person.role
            if role and noun in _office_nouns(role) and not self.quoted(mention.start):
                return mention.person
        return None

    @cached_property
    def _characters(self) -> frozenset[int]:
        """The people a work is first said to be about, none speaking outside a quote: 'The
        novel follows Valli, a weaver's widow' is about someone the pronouns of the article's
        own reporting do not stand for ('"That is the whole plot," she says', the author)."""
        characters = set()
        for person in self.persons:
            start, end = person.mentions[0]
            root = self.doc[start:end].root
            if root.dep_ == "dobj" and any(c.dep_ == "nsubj" and c.lemma_.lower() in self.lexicon.work_nouns
                                           for c in root.head.children) \
                    and not any(speaks(self.tokens[s], self.lexicon) and not self.quoted(s) for s, _ in person.mentions):
                characters.add(id(person))
        return frozenset(characters)

    @cached_property
    def _newest_first(self) -> bool:
        """Whether the text is a live blog whose entries, each opening its line with a time
        ('18:42 —', '2.55pm -'), run from the newest down: three or more, each earlier."""
        times = [(int(m.group(1)) % 12 + (12 if (m.group(3) or "").lower().startswith("p") else 0)
                  if m.group(3) else int(m.group(1))) * 60 + int(m.group(2))
                 for m in _ENTRY_TIME.finditer(self.text)]
        return len(times) >= 3 and all(a > b for a, b in zip(times, times[1:]))

    def _bound_by_pronoun(self, description: Token, person: Person) -> bool:
        """Whether a 'he' or 'she' outside quotes that c-commands a description, which does not
        speak, stands for the person it would describe: then it describes someone else, whom
        we cannot name ('He also disputed the finding, insisting the employee had "washed his
        hands twice"'; but one who speaks may be them, the parse joining two clauses: 'She said
        fathers would not be eligible, and when pressed, the 34-year-old mother of three replied';
        nor a possessor, often of what is anyone's in the role: 'In it, he describes the
        spokesman's job as "a tightrope"')."""
        if description.dep_ == "poss" or speaks(description, self.lexicon):
            return False
        for pronoun in self.tokens[self.sentence_bounds[description.i][0]:description.i]:
            if pronoun.lower_ in ("he", "she") and not self.quoted(pronoun.i) and _c_commands(pronoun, description):
                bound = self.antecedent(pronoun.i, "m" if pronoun.lower_ == "he" else "f", skip=self.quoted)
                if bound is not None and bound.person is person:
                    return True
        return False

    def _aged_otherwise(self, start: int, age: str) -> bool:
        """Whether the name at token `start` has an age written before it other than `age`:
        'whose three-year-old son Osian' is not 'the 31-year-old'."""
        ages = [k[1] for i in (start - 1, start - 2) if i >= 0 and (k := self._epithet(self.tokens[i])) is not None
                and k[0] == "age" and (i == start - 1 or self.tokens[start - 1].pos_ == "NOUN")]
        return bool(ages) and ages[0] != age  # (also over the noun between: 'three-year-old son Osian')

    def _of_age(self, age: str, before: int) -> Person | None:
        """The one person named before token `before` with that age set off after their name
        outside quotes ('Gregory Lindqvist, 58,'); None if no one or several are."""
        aged = {id(m.person): m.person for m in self.mentions[:bisect_left(self.mentions, before, key=_start)]
                if m.end + 1 < len(self.tokens) and self.tokens[m.end + 1].text == age
                and an_age_after(self.doc[m.start:m.end]) and not self.quoted(m.start)}
        return next(iter(aged.values())) if len(aged) == 1 else None

    def _sentence_before(self, start: int) -> tuple[int, int]:
        """The bounds of the last sentence before token `start` (a sentence's first) with a
        word outside quotes: over the sentences of a quote before its cue's."""
        before, end = self.sentence_bounds[start - 1]
        while before and all(self.quoted(i) or self.tokens[i].is_punct for i in range(before, end)):
            before, end = self.sentence_bounds[before - 1]
        return before, end

    def _unnamed_speaker_before(self, token: Token, met: Iterable[int]) -> bool:
        """Whether someone met unnamed (token indices `met`) is the subject of the sentence
        before the description's, or of its own, with no one named outside quotes between."""
        start = self.sentence_bounds[token.i][0]
        before = self._sentence_before(start)[0] if start else start
        upto = bisect_left(self.mentions, token.i, key=_start)
        spokespeople = self.lexicon.spokesperson_nouns
        for i in met:
            if self.tokens[i].lemma_.lower() in spokespeople and token.lemma_.lower() not in spokespeople:
                continue  # ('A spokeswoman for the insurers said ... The judge stressed': someone else)
            if self.tokens[i].dep_ == "nsubjpass" and self.tokens[i].lemma_.lower() != token.lemma_.lower():
                continue  # ('A former treasurer was jailed ... for what the presiding judge called': someone else)
            # (a name in their own phrase aside: 'A classmate of Ouma who said he was standing nearby')
            after = bisect_left(self.mentions, self.tokens[i].right_edge.i + 1, key=_start)
            if before <= i < token.i and self.tokens[i].dep_ in SUBJECT_DEPS and not self.quoted(i) \
                    and not self._named_in(self.tokens[i]) \
                    and all(self.quoted(m.start) for m in self.mentions[after:upto]):
                return True
        return False

    def _in_quote_before(self, start: int, token: Token) -> bool:
        """Whether token `start` lies in the quote that ends right before the phrase of `token`:
        nothing but quoted words and punctuation between."""
        return all(self.quoted(k) or self.tokens[k].is_punct or self.tokens[k].is_space
                   for k in range(start, token.left_edge.i))

    def _words_back(self, start: int, end: int, over_quotes: bool) -> int:
        """How far back a description looks from token `end` to `start`: for an age, which only
        refers back ('The 61-year-old said'), and for one who speaks ('"...," the two-term
        lawmaker added'), the words of quotes in between do not count, as a long quote of the
        person's keeps them in reach."""
        return sum(not self.quoted(k) for k in range(start, end)) if over_quotes else end - start

    def _office_by_agent(self, root: Token) -> Descriptor | None:
        """The office a participle before 'by' and the name gives its holder over the body it
        describes: 'Najd Sovereign Holdings, a state-backed fund chaired by Saudi businessman
        Faisal Al-Otaibi,' → chair of Najd Sovereign Holdings ('the chairman said' is him)."""
        by, verb = root.head, root.head.head
        office = _OFFICES_BY_AGENT.get(verb.lemma_.lower())
        if root.dep_ != "pobj" or by.dep_ != "agent" or office is None or verb.dep_ != "acl" or verb.tag_ != "VBN" \
                or self.quoted(root.i):
            return None
        body = verb.head
        if body.dep_ == "appos" and body.head.pos_ == "PROPN":
            body = body.head  # ('a fund chaired by X' set beside the fund's name)
        if body.ent_type_ == "ORG":
            named = list(entity_of(body))
        elif body.pos_ == "PROPN" and not body.ent_type_:  # ('D66, led by Sacha Verbeek,')
            named = [t for t in body.subtree if t.i <= body.i and t.pos_ == "PROPN" and not t.ent_type_]
        else:
            named = []
        return Descriptor(office, affiliation_text(named, self.lexicon) if named else None)

    def _named_beside(self, noun: Token) -> Person | None:
        """The person last named before a noun in apposition to the same noun: 'Musa Garba
        Yakubu' of 'the fourth prosecution witness, Musa Garba Yakubu,' for a later 'the
        witness'; None when none was."""
        lemma = noun.lemma_.lower()
        for mention in reversed(self.mentions[:bisect_left(self.mentions, noun.i, key=_start)]):
            root = self._root_at(mention.start)
            if root.dep_ in ("appos", "conj") and root.head.lemma_.lower() == lemma and root.head.i < mention.start:
                return mention.person
            # or named as what the noun was: 'The prosecution's first witness was the company's
            # former head of accounting, Sabine Möller,'
            if root.dep_ == "appos" and root.head.dep_ == "attr":
                root = root.head
            # (or the other way round: 'Yotamu Chirwa, the commission's director of ICT, was the
            # first witness called')
            if (root.dep_ == "attr" and root.head.lemma_ == "be" and any(
                    c.dep_ == "nsubj" and c.lemma_.lower() == lemma and c.i < root.i for c in root.head.children)) \
                    or (root.dep_ == "nsubj" and root.head.lemma_ == "be" and any(
                        c.dep_ == "attr" and c.lemma_.lower() == lemma and c.i > root.i for c in root.head.children)):
                # (not once someone named since has testified: 'The first witness was Fiona MacLeod
                # ... A forensic accountant, Graham Souter, told the court ... the witness said')
                return None if self._testified_between(mention.end, noun.i) else mention.person
        return None

    def _testified_between(self, start: int, end: int) -> bool:
        """Whether someone first named between tokens `start` and `end`, outside quotes, is the
        subject of 'testify', or of 'tell' or 'give' with a court or evidence after it."""
        for mention in self.mentions:
            if not start <= mention.start < end or mention.person.mentions[0][0] != mention.start \
                    or self.quoted(mention.start):
                continue
            root = self._root_at(mention.start)
            if root.dep_ == "appos":
                root = root.head  # ('A forensic accountant, Graham Souter, told the court')
            verb = root.head
            if root.dep_ == "nsubj" and (verb.lemma_ == "testify" or (
                    verb.lemma_ in ("tell", "give") and any(c.lemma_.lower() in _TESTIMONY_NOUNS
                                                            for c in verb.children if c.dep_ == "dobj"))):
                return True
        return False

    def _owned_by_place(self, noun: Token) -> bool:
        """A description whose possessor is a country or body, which stands for its holder as
        'the' does: 'France's foreign minister said'."""
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        return owner is not None and owner.ent_type_ in ("GPE", "NORP", "ORG") and owner.i not in self._by_token \
            and not any(c.dep_ == "det" for c in noun.children) \
            and not any(t.i in self._by_token for t in _phrase_of(noun))  # 'Harbor Radio's Vice President X'

    def _met_as_no_office(self, person: Person, before: int) -> bool:
        """Whether the article, before token `before`, set beside the person's name a noun for
        someone met in the story or a relative ('Maria Lopez, a mother of three', 'X, a
        witness'): who they are is said, and it is no office."""
        ordinary = self.lexicon.participant_nouns | self.lexicon.family_nouns
        return any(noun.lemma_.lower() in ordinary for start, _ in person.mentions if start < before
                   for noun in appositions(self._root_at(start)))

    def _named_next(self, noun: Token, end: int) -> Person | None:
        """Someone a description introduces: named for the first time as the subject of a
        reporting verb in the sentence after it, in its paragraph, by a name with no word
        before it to say who they are ('The prime minister visited the city on Sunday. "...,"
        Keir Starmer said.', not '... his nephew Michery el Soheil added'), not whoever was
        named before it."""
        if end >= len(self.tokens) or self._paragraph_of(end) != self._paragraph_of(noun.i):
            return None
        following = self.sentence_bounds[end]
        for mention in self.mentions:
            if following[0] <= mention.start < following[1] and mention.person.mentions[0][0] == mention.start \
                    and not self.quoted(mention.start) and speaks(self._root_at(mention.start), self.lexicon) \
                    and self._word_before(mention.start).pos_ not in ("NOUN", "PROPN", "ADJ", "DET"):
                return mention.person
        return None

    def _word_before(self, index: int) -> Token:
        """The token before token `index`, white space passed over ('his nephew\xa0Michery')."""
        before = index - 1
        while before > 0 and self.tokens[before].is_space:
            before -= 1
        return self.tokens[before]

    def _one_of_group(self, token: Token) -> tuple[str, str] | None:
        """The kind of person 'one of' a group of them is, outside quotes: ('noun', 'official')
        of 'One of the officials'."""
        if token.lower_ != "one" or self.quoted(token.i):
            return None
        group = next((g for c in token.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj" and (g.tag_ == "NNS" or g.lower_ == "them")), None)
        if group is not None and group.lower_ == "them":
            return ("noun", "one")  # 'One of them, who asked not to be named,': one of a group just named
        lemma = group.lemma_.lower() if group is not None else ""
        return ("noun", lemma) if self.lexicon.person_noun(lemma) else None

    def _epithet(self, token: Token) -> tuple[str, str] | None:
        """What kind of person a word refers to someone as, if it does: a role noun, a
        person noun or a nationality ('senator', 'businessman', 'Spaniard': ('noun', lemma)),
        or an age ('the 46-year-old': ('age', '46'))."""
        if token.i not in self._epithets:
            self._epithets[token.i] = self._epithet_of(token)
        return self._epithets[token.i]

    def _epithet_of(self, token: Token) -> tuple[str, str] | None:
        if token.lower_ == "old":
            words = [t for t in self.tokens[max(token.i - 4, 0):token.i] if t.text not in DASHES]
            if len(words) >= 2 and words[-1].lower_ in ("year", "years") and words[-2].like_num:
                return ("age", words[-2].lower_)
        if token.lower_ == "elect" and token.i >= 2 and self.tokens[token.i - 1].text == "-" \
                and not self.tokens[token.i - 2].whitespace_ and not self.tokens[token.i - 1].whitespace_ \
                and self.tokens[token.i - 2].lower_ in self.lexicon.role_nouns:
            return ("noun", self.tokens[token.i - 2].lower_)  # 'the president-elect': the office to come
        lemma = token.lemma_.lower()
        if singular_common_noun(token) and self.lexicon.person_noun(lemma):
            return ("noun", lemma)
        if token.tag_ == "NNP" and token.is_title and lemma in self.lexicon.role_nouns \
                and lemma not in self.lexicon.masthead_words \
                and (not token.ent_type_ or self._office_taken_for_a_body(token)):
            # an office capitalised, as British papers write it: 'the Prime Minister' (not a
            # paper: 'which the Courier obtained')
            return ("noun", lemma)
        if (token.tag_ == "NNP" or (token.tag_ == "NN" and token.is_title)) and (token.ent_type_ == "NORP" or (
                token.text in self.lexicon.demonyms and token.ent_type_ != "PERSON" and token.dep_ != "compound")) \
                and token.ent_iob_ in ("B", "O", "") and ends_its_entity(token):
            # a nationality as a noun, alone: 'the Spaniard', 'a Norwegian' (the recogniser
            # may take 'Spaniard' for a body, the tagger for a common noun: 'the 24-year-old Spaniard')
            return ("noun", token.lower_)
        if token.text in self.lexicon.name_demonyms and (not token.ent_type_ or (
                token.ent_type_ != "PERSON" and alone_in_entity(token))) and after_determiner(token, ("the",)):
            return ("noun", token.lower_)  # one that is a given name too, after 'the': 'the Dane said'
        if token.tag_ == "NNP" and token.ent_type_ == "NORP" and token.ent_iob_ == "I" and ends_its_entity(token) \
                and token.text in self.lexicon.parties and token.i > 0 \
                and (self.tokens[token.i - 1].text in self.lexicon.places
                     or (self.tokens[token.i - 1].ent_iob_ == "B"
                         and f"{self.tokens[token.i - 1].text} {token.text}" in self.lexicon.parties)):
            # a party's member after their state, one entity: 'the Idaho Republican'; or by the
            # party's name of two words: 'the Social Democrat told this newspaper'
            return ("noun", token.lower_)
        if token.tag_ == "NNP" and token.ent_type_ in ("", "NORP") and token.text in self.lexicon.parties \
                and token.i > 1 and (place := self.tokens[token.i - 1]).dep_ == "compound" \
                and place.head.i == token.i and self.tokens[token.i - 2].lower_ == "the" \
                and (place.text in self.lexicon.places or place.text in self.organisations.places):
            # or after a town the article names, which the recogniser missed there: 'the Roswell
            # Republican said', after 'a Republican rancher from outside Roswell'
            return ("noun", token.lower_)
        return None

    def _office_taken_for_a_body(self, token: Token) -> bool:
        """A capitalised office the recogniser took alone for a body: 'the Taoiseach'."""
        return token.ent_type_ == "ORG" and alone_in_entity(token)

    def _learn_from_leads(self) -> None:
        """'Former port chief calls for plan.\n\nA former harbor board chairman says the city
        needs a plan.\n\n"Now is the time," said Tom Baker': in the
        lead, under the headline, a description that reports (not a definite one, naming no one)
        introduces the next person who reports, untitled or holding that office ('A federal
        judge sentenced X, calling it "..." [...] U.S. District Judge Ann Ruiz said'); a
        description reports by a participle too ('calling', 'saying')."""
        for token in self._subjects:
            # (not a word of a hyphened noun the parse took apart: 'The vice-chancellor of ...')
            definite = any(c.lower_ == "the" for c in token.children) \
                and not (token.i + 1 < len(self.tokens) and hyphen_joins(self.tokens[token.i + 1]))
            # (or a body's possessive with its article: 'The UN’s Middle East peace envoy')
            owned = not definite and any(c.dep_ == "poss" and any(d.lower_ == "the" for d in c.children)
                                         for c in token.children)
            if not singular_common_noun(token) or not self.lexicon.person_noun(token.lemma_.lower()) \
                    or token.i in self._by_token or token.i in self.described \
                    or (definite and not self._opens_the_lead(token)) \
                    or not (speaks(token, self.lexicon, passive=True) or any(
                        c.dep_ == "advcl" and c.tag_ == "VBG" and c.lemma_.lower() in self.lexicon.reporting_verbs
                        for c in token.head.children)) \
                    or not _in_lead(self.text, token.idx, self.tokens[self.sentence_bounds[token.i][0]].idx):
                continue  # only a lead's description, below the headline, introduces someone
            if any(t.i in self._by_token for t in token.subtree) or name_given(token) is not None:
                continue  # 'a former chairman, Tom Baker,' names him there, as a clause may ('who gave his name as X')
            if token.lemma_.lower() in self.lexicon.family_nouns and any(c.lower_ == "of" for c in token.children):
                continue  # 'The daughter of a 71-year-old grandfather who died ...': whose kin, not who is named next
            end = self.sentence_bounds[token.i][1]
            if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children):
                # 'its chief executive promised readers ... [two paragraphs] Van Houten's chief
                # executive, Jan-Willem van der Meulen, said': the next who speaks holding the office,
                # not whoever speaks next
                holder = self._holder_speaking_later(token, end, end)
                if holder is not None:
                    self.described[token.i] = holder.person
                continue
            # (not someone named before the description: 'Rebecca Holloway says ... A spokesperson for
            # X said: "..." ... Holloway said')
            # (nor one spoken to, nor, for a prosecutor, one charged: 'a prosecutor told the court
            # ... Mathias Ludvigsen, 34, is charged with killing the bear')
            speaking = next((m for m in self.mentions if end <= m.start < end + _LEAD_REACH
                             and speaks(last := self.tokens[m.end - 1], self.lexicon, passive=True)
                             and not (last.dep_ == "nsubjpass" and self._spoken_to_or_charged(last.head, token))
                             and m.person.mentions[0][0] > token.i), None)
            named = speaking or self._named_next_as_subject(end)
            if not definite and named is not speaking and (named is None or named.person.role is None):
                # (one who neither speaks nor holds an office is no one a description reports as)
                named = self._holder_speaking_later(token, end) or named
            if named is None:
                continue
            noun = token.lemma_.lower()
            if noun not in self.lexicon.role_nouns:
                self.described[token.i] = named.person  # 'A Bucks County man ... Richard Hale, 54,': no role
            elif definite:
                # 'The vice-chancellor of Swan River University has rejected calls ...\n\nProfessor
                # Alison Crewe appeared before ...': the office is hers, above an academic rank
                person = named.person
                ranked = person.affiliation is None and (person.role or "").lower() in _ACADEMIC_RANKS
                if (person.role is None or ranked) and self._gender_in_sentence(token) in (None, person.gender):
                    if person.role is not None:
                        person.described_as.append(person.role)
                    person.role = None
                    person.learn(describe_noun(token, self.lexicon))
                    self.described[token.i] = person
                elif (office := self._office_at_their_body(token, person)) is not None:
                    person.described_as.append(office)  # 'The head of FEMA said ...\n\nFEMA Administrator X'
                    self.described[token.i] = person
            elif owned and self._opens_the_lead(token) \
                    and (office := self._office_at_their_body(token, named.person)) is not None:
                # 'The UN’s Middle East peace envoy warned ...\n\nTorvald Einarsen, the UN special
                # coordinator for the Middle East peace process,'
                named.person.described_as.append(office)
                self.described[token.i] = named.person
            elif named.person.role is None and named is speaking:
                # (only one who speaks takes the role: not 'a prosecutor told jurors ... Tyler
                # Brandt, 26, has pleaded not guilty')
                named.person.learn(describe_noun(token, self.lexicon))
                self.described[token.i] = named.person
            elif named.person.role is not None and any(
                    noun in _office_nouns(role) for role in [named.person.role, *named.person.described_as]):
                # (the role set beside a title: 'a police investigator has told an inquest ...
                # Sergeant Owen Pryce, a forensic collision investigator,')
                self.described[token.i] = named.person

    def _spoken_to_or_charged(self, verb: Token, description: Token) -> bool:
        """Whether a passive reporting verb's subject is spoken to ('Ludvigsen had been warned'),
        or, where the description is a prosecutor's, charged ('X is charged with'), whom a
        prosecutor is not (an official who speaks in a lead may be: 'A former deputy minister
        told the court ... X is charged with')."""
        lemma = verb.lemma_.lower()
        return lemma in self.lexicon.addressing_verbs \
            or (lemma in _CHARGING_VERBS and description.lemma_.lower() in _PROSECUTING_NOUNS)

    def _holder_speaking_later(self, token: Token, end: int, since: int | None = None) -> Mention | None:
        """Further on than the next few sentences (or from token `since`), someone first named
        as the subject of a reporting verb, holding the office a lead's description names: 'with
        a judge describing his offending as "..." [two paragraphs] Judge Margaret Ellison said'; or
        set beside such a subject: "Van Houten's chief executive, Jan-Willem van der Meulen, said"."""
        noun = token.lemma_.lower()
        if noun not in self.lexicon.role_nouns:
            return None
        since = end + _LEAD_REACH if since is None else since
        return next((m for m in self.mentions if since <= m.start < end + _LEAD_REACH * 3
                     and any(speaks(t, self.lexicon) for t in _name_or_its_head(self.tokens[m.end - 1]))
                     and m.person.mentions[0][0] == m.start
                     and m.person.role is not None and noun in _office_nouns(m.person.role)), None)

    def _office_at_their_body(self, token: Token, person: Person) -> str | None:
        """The office a lead's description names, where someone holding another role is of the
        body it states: a title the description then names them by too. None where not."""
        described = describe_noun(token, self.lexicon)
        if person.role is None or described.affiliation is None or not described.role \
                or not self._same_body(described.affiliation, person.affiliation, unknown=False):
            return None
        return described.role

    def _gender_in_sentence(self, token: Token) -> str | None:
        """The gender the pronouns outside quotes in the token's sentence give, if one only."""
        start, end = self.sentence_bounds[token.i]
        return _one_pronoun_gender(t for t in self.tokens[start:end] if not self.quoted(t.i))

    def _opens_the_lead(self, token: Token) -> bool:
        """Whether a definite description is the subject of an article's first sentence, no
        one named before it: 'The vice-chancellor of Swan River University has rejected ...'."""
        start = self.tokens[self.sentence_bounds[token.i][0]].idx
        return token.head.dep_ == "ROOT" and len(_lines_before(self.text, start)) <= 1 \
            and not self.text[self.text.rfind("\n", 0, start) + 1:start].strip() \
            and not any(m.start < token.i and not self._in_headline(m.start_char) for m in self.mentions)

    def _named_next_as_subject(self, end: int) -> Mention | None:
        """Someone named for the first time as the subject of the sentence starting at token
        `end`, as a wire story names the person its lead described: 'A Bucks County man ... told
        jurors ...\n\nRichard Hale, 54, a former insurance adjuster, is charged with ...'."""
        if end >= len(self.tokens):
            return None
        following = self.sentence_bounds[end]
        return next((m for m in self.mentions if following[0] <= m.start < following[1]
                     and m.person.mentions[0][0] == m.start and m.end - m.start > 1
                     and self._root_at(m.start).dep_ in SUBJECT_DEPS and not self.quoted(m.start)), None)

    def _add_unnamed_speakers(self) -> None:
        """'A spokeswoman for the German government said Berlin welcomed it. "...," she said':
        someone the article introduces unnamed (a role or person noun after 'a', 'an',
        'one' or 'another', or in apposition to the subject: 'One of the constituents, a
        retired nurse,') as the subject of a reporting verb, with a body, a gender or an
        apposition ('a reporter for AFP', 'a woman'), or as the active subject of another
        main verb with a gender ('an 83-year-old widow wept'), is who a pronoun after it may
        refer to; not one asking or telling a person named there something (the reply is
        theirs). They join the antecedents only, as a person with no name."""
        # (and one met so elsewhere in the sentence who withholds a name, a source the article
        # goes on quoting: 'That was the experience of one leaseholder, a retired bus driver who
        # ... asked not to be named. "...," he said')
        # (or set beside a place by a misparse: 'Further along Market Street, one shopkeeper, who
        # declined to give his name, said')
        # (or one the parse made the root, the verb a word of the clause withholding the name: 'A
        # fisherman who joined the search and asked not to be named said')
        withholding = [t for i, noun in enumerate(self._singular_nouns)
                       if noun and (t := self.tokens[i]).dep_ in ("pobj", "appos", "ROOT") and singular_common_noun(t)
                       and after_determiner(t, UNNAMED_DETERMINERS)
                       and any(_withholds_name(n) for n in [t, *(c for c in t.children if c.dep_ == "appos")])]
        # (and one a report is told by: 'according to a seamstress who has worked there for 22 years')
        according = [t for i in range(1, len(self.tokens) - 1) if self._lowers[i] == "according"
                     and self._lowers[i + 1] == "to" for t in self.tokens[i + 1].children if t.dep_ == "pobj"]
        sources = {t.i for t in according}
        for token in [*self._subjects, *withholding, *according]:
            verb = token.head
            reporting = speaks(token, self.lexicon, passive=True) or token.i in sources
            if (not reporting and (token.dep_ != "nsubj" or not in_main_clause(verb))
                    and token.dep_ not in ("pobj", "appos", "ROOT")) \
                    or self.quoted(token.i) or self._named_in(token):
                continue  # 'a spokeswoman, Ana Ruiz,' is named
            # the subject, or a noun in apposition to it: 'One of the constituents, a retired nurse,';
            # one that tells a gender first: 'One victim, an 82-year-old widow,'
            described = [(n, k) for n in [token, *(c for c in token.children if c.dep_ == "appos")]
                         if (k := self._epithet(n)) is not None and k[0] == "noun"]
            noun, kind = next((d for d in described if self._gender_of_noun(*d) is not None),
                              described[0] if described else (token, self._one_of_group(token)))
            if kind is None and singular_common_noun(token) and _withholds_name(token):
                # a noun of no word list, which withholding a name shows to be a person's: 'One
                # crane operator, who asked not to be named, said'
                kind = ("noun", token.lemma_.lower())
            # (and a body's or office's spokesman, whom news leaves unnamed: 'the prime minister's
            # official spokesman told reporters')
            owned_spokesperson = reporting and noun.lemma_.lower() in self.lexicon.spokesperson_nouns \
                and any(c.dep_ == "poss" for c in noun.children) and noun.i not in self.described
            if kind is None or not (after_determiner(noun, UNNAMED_DETERMINERS) or _withholds_name(noun)
                                    or owned_spokesperson):
                continue  # (one of a group withholds a name: 'One of his employees, who asked not to be named,')
            if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
                continue  # 'whether it is right for a judge to criticize': no one in particular
            if any(c.dep_ in ("dobj", "dative") and c.i in self._by_token for c in verb.children):
                continue  # 'A reporter asked Lopez how she felt. She replied': the reply is Lopez's
            if kind[1] in self.lexicon.role_nouns and noun.lower_ == "one":
                person = Person("", kind[1], gender=self._gender_of_noun(noun, kind))  # ('One of the officials')
            elif kind[1] in self.lexicon.role_nouns:
                role = describe_noun(noun, self.lexicon)
                person = Person("", role.role, role.affiliation, self._gender_of_noun(noun, kind))
            elif (description := unnamed_description(noun, self.lexicon)) is not None:
                person = Person("", description, gender=self._gender_of_noun(noun, kind))  # 'one resident said'
            else:
                person = Person("", gender=self._gender_of_noun(noun, kind))
            # (or a gender its clause gives: 'One of the victims, a retired hawker, lost $540,000,
            # nearly all her life savings')
            person.gender = person.gender or _gender_in_relative_clause(noun) \
                or (None if reporting else _gender_its_clause_gives(token, self.quoted)) \
                or self._gender_told_of_self([d for d, _ in described] or [noun])
            if not reporting and person.gender is None and not _withholds_name(noun):
                # (one who withholds a name is a source quoted next: 'A resident, who asked not
                # to be named, disagreed')
                continue
            given = name_given(noun)
            if given is not None:
                # 'Another trader, who gave his name simply as Emeka, said': Emeka, a trader
                if given.i not in self._by_token:
                    self._add(self.doc[given.i:given.i + 1])
                    self.mentions.sort(key=_start)
                named = self._by_token.get(given.i)
                if named is not None:
                    named.person.learn(Descriptor(person.role, person.affiliation))
                    named.person.gender = named.person.gender or person.gender
                    self._mentioned_at(named.person, token)
                    continue
            if person.affiliation is None and person.gender is None and noun is token and not _withholds_name(noun) \
                    and not any(c.dep_ in ("prep", "relcl", "acl", "appos") for c in noun.children):
                # 'one questioner claimed': too little said of them to be whom 'he' means (not 'One
                # fan from Jakarta, who had flown to Seoul, said')
                continue
            self._mentioned_at(person, token)
            self._describe_later(noun, kind, person)

    def _gender_told_of_self(self, nouns: list[Token]) -> str | None:
        """The gender a 'who' clause on one of the nouns gives by what the person says of
        themselves: 'a retired schoolteacher from Mesa who said she had not yet decided'."""
        for clause in (c for noun in nouns for c in _who_clauses(noun)):
            if clause.lemma_.lower() in self.lexicon.reporting_verbs:
                said = [s for c in clause.children if c.dep_ == "ccomp" for s in c.children
                        if s.dep_ in SUBJECT_DEPS and s.lower_ in SUBJECT_PRONOUNS]
                if said:
                    return SUBJECT_PRONOUNS[said[0].lower_]
        return None

    def _gender_of_noun(self, noun: Token, kind: tuple[str, str]) -> str | None:
        """The gender a role or person noun tells: 'spokeswoman', 'widow'."""
        if kind[1] in self.lexicon.role_nouns:
            return _gender_of_role(noun.lower_)
        return self.lexicon.person_nouns.get(kind[1])

    def _named_in(self, noun: Token) -> bool:
        """Whether the noun's phrase names the person it describes: 'a spokeswoman, Ana Ruiz,'
        (and 'An attorney for Hill, Rebecca Sandoval,', which the parse sets beside Hill), not
        only someone they work for ('A spokesman for Chancellor Olaf Scholz') or with, in a
        clause on them ('A photographer who has worked alongside Vasseur'; but 'a man who gave
        his name as Kim', 'a teacher who gave only her surname, Leung,')."""
        owned = {t.i for prep in noun.children if prep.dep_ == "prep"
                 for pobj in prep.children if pobj.dep_ == "pobj"
                 for t in pobj.subtree if t.i <= pobj.i}
        owned |= {t.i for clause in noun.children if clause.dep_ == "relcl" for t in clause.subtree
                  if t.i in self._by_token and t.head.lower_ != "as" and t.dep_ not in ("attr", "oprd", "appos")
                  and t.head.lemma_.lower() not in ("name", "surname")}
        return any(t.i in self._by_token and t.i not in owned for t in noun.subtree)

    def _describe_later(self, noun: Token, kind: tuple[str, str], person: Person) -> None:
        """'A State Department spokesperson said ... "...," the spokesperson said': a definite
        description of the same kind soon after someone met unnamed is them, not whoever
        held the role before them, unless that holder is named again in between (not in the
        sentence that met them: 'Another resident, who declined to give his name, said
        Whitaker held a phone') or another such person is met. 'The man' or 'the woman' is
        someone met unnamed of that gender too."""
        sentence_end = self.sentence_bounds[noun.i][1]
        reach = noun.i + _DESCRIPTION_REACH  # (each reference to them keeps them in reach)
        for token in self.tokens[noun.i + 1:]:
            if token.i >= reach:
                break
            epithet = self._epithet(token)
            if epithet != kind and not (epithet is not None and epithet[1] in _PLAIN_PERSON_NOUNS
                                        and person.gender is not None
                                        and self.lexicon.person_nouns.get(epithet[1]) == person.gender):
                continue
            if after_determiner(token, UNNAMED_DETERMINERS):
                return
            if token.dep_ in SUBJECT_DEPS and not self.quoted(token.i) \
                    and after_determiner(token, ("the",)):
                named = next((self._by_token[c.i] for c in token.children
                              if c.dep_ == "appos" and c.i in self._by_token), None)
                if named is not None:
                    # '... the spokesman, Steffen Hebestreit, told reporters': named here, and of
                    # the body the unnamed one was of ('A spokesman for Chancellor Olaf Scholz'),
                    # when nothing tells them apart ('The chief spokesperson, Tom Baker,' may not be)
                    if named.person.affiliation is None and person.affiliation is not None \
                            and all(c.dep_ in ("det", "appos", "punct") for c in token.children):
                        named.person.affiliation = person.affiliation
                    return
                holder = self.described.get(token.i)
                if holder is None or not any(sentence_end <= start < token.i for start, _ in holder.mentions):
                    self.described[token.i] = person
                    reach = token.i + _DESCRIPTION_REACH

    def _complete_relatives(self) -> None:
        """'Bernie Sanders ... his wife, Jane, called for an open primary': a given name alone
        in apposition to a relative (`family_nouns.tsv`) of someone the article names in
        full takes their surname, Jane Sanders, unless the article names a Jane Sanders
        already. The owner is a name ('Sanders's wife, Jane,') or a pronoun resolved like
        any other, 'their' the last two people named outside quotes when they share a
        surname ('Tom and Linda Hanson ... Their son, Jake,'); or written before the name
        without commas: 'Her husband Liam said'. The surname alone under an
        honorific of the relative's gender is then them: 'Her husband, Jim, ... Mr. Rivera
        said' is Jim Rivera. Not a name of initials and one word, as South Indian news writes
        one, whose word is no family's: 'R. Senthilkumar ... His son, Arjun,' is Arjun."""
        names = {p.name for p in self.persons}
        for person in list(self.persons):
            # (a given name the tables lack when an age follows it, 'Manuel's daughter, Lucía, 29,',
            # or it is set off by commas: 'Mrs Parmar's husband, Rajesh, said')
            if person not in self.persons or len(person.name.split()) > 1 \
                    or (person.name not in self.lexicon.all_name_genders
                        and not any(an_age_after(self.doc[start:end]) or set_off_beside_owned(self.doc[start:end],
                                                                                              self.lexicon)
                                    for start, end in person.mentions)):
                continue
            for start, _ in person.mentions:
                word = self.tokens[start]
                if word.dep_ == "appos":
                    noun, owned = word.head, word.head
                elif start > 0 and self.tokens[start - 1].dep_ == "compound" and self.tokens[start - 1].head.i == start:
                    noun, owned = self.tokens[start - 1], word  # 'Her husband Liam said', the name the head
                else:
                    continue
                owner = next((c for c in owned.children if c.dep_ == "poss"), None)
                if owner is None or noun.lemma_.lower() not in self.lexicon.family_nouns:
                    continue
                relative = self._couple_before(owner) if owner.lower_ == "their" else None
                mention = self.possessor(owner)
                relative = relative or (mention.person if mention is not None else None)
                if relative is None or len(relative.name.split()) < 2 or _initials_and_a_name(relative.name):
                    continue
                full = f"{person.name} {relative.surname}"
                if full not in names:
                    person.gender = person.gender or self.lexicon.all_name_genders.get(person.name)
                    person.name = full
                    names.add(full)
                    # 'Her husband, Jim, ... Mr. Rivera said': the surname of his own gender is his
                    same = [p for p in self.persons if p.name == relative.surname and p.gender == person.gender]
                    if len(same) == 1:
                        self._absorb(person, same[0])
                break

    def _complete_counterparts(self) -> None:
        """'Polish Foreign Minister Tomasz Wróblewski ... his German counterpart, Katharina von
        Stade,': someone set beside the counterpart of a person the article names, with no role
        of their own, holds that person's role, for the country a demonym before the noun names
        (no body when none does: a counterpart serves another)."""
        for person in self.persons:
            if person.role is not None:
                continue
            for start, _ in person.mentions:
                noun = next((n for n in appositions(self._root_at(start)) if n.lemma_.lower() == "counterpart"
                             and singular_common_noun(n)), None)
                owner = next((c for c in noun.children if c.dep_ == "poss"), None) if noun is not None else None
                mention = self.possessor(owner) if owner is not None else None
                if mention is None or mention.person is person or mention.person.role is None:
                    continue
                modifiers = [c for c in noun.lefts if c.dep_ in ("amod", "compound")]
                place = self.doc[modifiers[0].i:noun.i].text if modifiers else None
                person.role = mention.person.role
                person.affiliation = (self.lexicon.demonyms.get(place) if place else None) or person.affiliation
                break

    def _couple_before(self, owner: Token) -> Person | None:
        """Whom 'their' stands for when the last two people named before it share a
        surname ('Tom and Linda Hanson ... Their son, Jake,'): one of them."""
        persons: list[Person] = []
        for mention in reversed(self.mentions):
            if mention.start < owner.i and not self.quoted(mention.start) \
                    and all(mention.person is not p for p in persons):
                persons.append(mention.person)
                if len(persons) == 2:
                    break
        if len(persons) < 2 or any(len(p.name.split()) < 2 for p in persons) \
                or persons[0].surname != persons[1].surname:
            return None
        return persons[0]

    def _root_at(self, start: int) -> Token:
        """The head word of the mention starting at token `start`."""
        mention = self._by_token[start]
        return self.doc[mention.start:mention.end].root

    def most_named_before(self, index: int):
        """The person named most often before token `index`, the first named on a tie, with
        their last mention there (a doc span); None when no one is."""
        counts = [(sum(1 for start, _ in p.mentions if start < index), -p.mentions[0][0], p)
                  for p in self.persons if p.name and p.mentions and p.mentions[0][0] < index]
        if not counts:
            return None
        _, _, person = max(counts, key=lambda row: row[:2])
        start, end = max((m for m in person.mentions if m[0] < index))
        return person, self.doc[start:end]

    def at(self, token: Token) -> Mention | None:
        """The person mention covering `token`, if any."""
        return self._by_token.get(token.i)

    def linked(self, pronoun: Token) -> Mention | None:
        """The person `link_pronouns` linked a subject pronoun to, if any."""
        k = bisect_left(self._salient, pronoun.i, key=_start)
        return self._salient[k] if k < len(self._salient) and self._salient[k].start == pronoun.i else None

    def antecedent(self, index: int, gender: str | None, skip=lambda i: False) -> Mention | None:
        """Who a pronoun at token `index` refers to.

        The nearest earlier sentence naming someone who may have the pronoun's gender
        (that gender, or one the article does not tell) wins, its subject first; a subject
        pronoun already resolved counts as naming its person again (see link_pronouns).
        """
        answering = self._asked_before(index, gender)
        if answering is not None:
            return answering
        found: list[Mention] = []
        sentence = None
        bound = self._named_as_objects(index)
        for k in range(bisect_left(self._salient, index, key=_start) - 1, -1, -1):
            mention = self._salient[k]
            if mention.end > index or skip(mention.start) or (gender and mention.person.gender not in (gender, None)) \
                    or id(mention.person) in bound or id(mention.person) in self._characters \
                    or (gender and SUBJECT_PRONOUNS.get(self._lowers[mention.start], gender) != gender):
                continue  # (nor 'he' linked to someone of no gender told, for 'she')
            here = self.sentence_bounds[mention.start][0]
            if sentence is not None and here != sentence:
                break
            sentence = here
            found.append(mention)
        if not found:
            return None
        # (a name in apposition to a subject noun is one: 'Her daughter, Grace Okafor-Bell, said')
        heads = {id(m): (t.head if t.dep_ == "appos" and t.head.pos_ == "NOUN" else t)
                 for m in found for t in [self.tokens[m.end - 1]]}
        subjects = [m for m in found if heads[id(m)].dep_ in SUBJECT_DEPS]
        # in a sentence before, a subject of its main clause or of an aside before a subject
        # of what is reported or of a clause beside ('Lankford shot back that Lee had misread
        # the text. "...," he told reporters': Lankford; 'Trump, Sexton said, has created
        # ...': Sexton; 'When Maddow pointed out ..., Clinton seized upon it': Clinton; but in
        # its own sentence 'Flynn said Trump was right when he said': Trump)
        if sentence != self.sentence_bounds[index][0]:
            subjects = [m for m in subjects if in_main_clause(heads[id(m)].head)
                        or heads[id(m)].head.dep_ == "parataxis"] or subjects
        pool = subjects or found
        # (of those, one the article gave the pronoun's gender before one whose it did not tell:
        # 'Anna Marchetti, whose son Tommaso was pulled alive, said ... "...," she said')
        return next((m for m in pool if gender and m.person.gender == gender), pool[0])

    def _named_as_objects(self, index: int) -> set[int]:
        """The people named as objects of the pronoun's own verb: in 'he told Lopez' or 'she
        spoke with Lopez', the pronoun is not Lopez (a name deeper down may be: 'He notes
        that Lopez’s microphone failed')."""
        verb = self.tokens[index].head
        end = self.sentence_bounds[index][1]
        bound = set()
        for mention in self.mentions[bisect_left(self.mentions, index, key=_start):]:
            if mention.start >= end:
                break
            node = self._root_at(mention.start)
            while node.dep_ in _OBJECT_DEPS and node.head.i != node.i and node.head.i != verb.i:
                node = node.head
            if node.dep_ in _OBJECT_DEPS and node.head.i == verb.i:
                bound.add(id(mention.person))
        # 'Baker, he said, had failed': the subject the aside interrupts is whom the pronoun's
        # words are about, not the pronoun
        if verb.dep_ == "parataxis" and index > 1 and self.tokens[index - 1].text == ",":
            subject = self.tokens[index - 2]
            interrupted = self.at(subject)  # (or described: 'The nominee, he said, watched')
            person = interrupted.person if interrupted is not None else self.described.get(subject.i)
            if person is not None and subject.dep_ in SUBJECT_DEPS:
                bound.add(id(person))
        bound |= self._called_by_office_in_quote(index)
        # 'Asked about Baker, he said': the clause's understood subject is the pronoun.
        for clause in _participle_clauses(verb):
            for mention in self.mentions[bisect_left(self.mentions, clause.left_edge.i, key=_start):]:
                if mention.start > clause.right_edge.i:
                    break
                bound.add(id(mention.person))
        # (not 'what', a question put to them the parse hung on their name: 'We asked political
        # scientist Rawiri Hohaia what he makes of the swing')
        if verb.dep_ == "relcl" and any(c.dep_ in _OBJECT_DEPS and c.tag_ in ("WP", "WDT") and c.lower_ != "what"
                                        for c in verb.children):
            antecedent = self.at(verb.head)  # 'Ruiz, whom he describes as': he is not Ruiz
            if antecedent is not None:
                bound.add(id(antecedent.person))
        return bound

    def _asked_before(self, index: int, gender: str | None) -> Mention | None:
        """For a pronoun that speaks after a quote, the one the sentence before says was asked
        whether, if or what (by someone else), who answers: 'Ms Otieno asked the officer whether the
        delay had affected the investigation. "Not at all," she said' is the officer; not where the
        pronoun asks in turn ('"...?" she pressed')."""
        token = self.tokens[index]
        start = self.sentence_bounds[index][0]
        if start == 0 or token.dep_ not in SUBJECT_DEPS or not speaks(token, self.lexicon) \
                or token.head.lemma_ in _ASKING_VERBS or not in_main_clause(token.head) \
                or not any(self.quoted(k) for k in range(start, index)):
            return None
        before, end = self._sentence_before(start)
        for verb in self.tokens[before:end]:
            if verb.lemma_ not in _ASKING_VERBS or self.quoted(verb.i) or not in_main_clause(verb) \
                    or not any(c.dep_ in SUBJECT_DEPS for c in verb.children) \
                    or not any(c.dep_ in ("ccomp", "advcl") and (c.left_edge.lower_ in ("whether", "if")
                                                                 or c.left_edge.tag_ in ("WP", "WRB", "WDT"))
                               for c in verb.children):
                continue
            asked = next((c for c in verb.children if c.dep_ in ("dobj", "dative")), None)
            if asked is None:
                return None
            mention = self.at(asked)
            if mention is not None:
                person = mention.person
            elif after_determiner(asked, ("the",)):
                # a description, as the one it last stood for: '"...," the officer replied ... asked
                # the officer whether'
                person = self.described.get(asked.i) or next(
                    (self.described[k] for k in sorted(self.described, reverse=True)
                     if k < asked.i and self._lowers[k] == asked.lower_), None)
            else:
                person = None
            if person is None or not person.name or (gender and person.gender not in (gender, None)):
                return None
            return mention or Mention(person, asked.i, asked.i + 1, asked.idx, asked.idx + len(asked))
        return None

    def _called_by_office_in_quote(self, index: int) -> set[int]:
        """The people that the quoted words of the pronoun's sentence make a subject by an
        office only they hold, after 'the': in '"The senator and I want the same thing," she
        says', she is not the article's one senator (but in '"I will not be the minister who
        ...," she said' she may be the minister)."""
        start, end = self.sentence_bounds[index]
        offices = {t.lower_ for t in self.tokens[start:end] if self.quoted(t.i) and t.pos_ == "NOUN"
                   and t.dep_ in SUBJECT_DEPS and t.lower_ in self.lexicon.role_nouns
                   and after_determiner(t, ("the",))}
        if not offices:
            return set()
        holders = (_sole_holder([p for p in self.persons if p.name], office) for office in offices)
        return {id(holder) for holder in holders if holder is not None}

    def link_pronouns(self) -> None:
        """Resolve every subject 'he'/'she' outside quotes, in order, each then standing as a
        mention of its person: 'Baker said ... The handover was smooth, he said, but it
        could lead to lobbying by friends of Ana Ruiz. That's why, he argued, ...' is Baker,
        the subject of the sentence before, not Ruiz. Then the body of a role held under
        'his' or 'her' is whom that pronoun refers to ('His spokesman, Raj Shah,')."""
        for index, person in self.described.items():
            token = self.tokens[index]
            if token.dep_ in SUBJECT_DEPS and not self.quoted(index):
                # 'The senator said she was prepared to negotiate. "...," she said': the
                # senator's, a subject that names her again
                self._mentioned_at(person, token)
        for token in self._subjects:
            gender = SUBJECT_PRONOUNS.get(token.lower_)
            if self.quoted(token.i):
                continue
            if gender is None:
                relative = self._relative_as_subject(token)
                if relative is not None:  # 'Her father is unconvinced. "...," he said'
                    self.described[token.i] = relative
                    self._mentioned_at(relative, token)
                continue
            # (not the agent of a passive set before it, whose subject the pronoun is: 'Cross-examined
            # by Mr Mooney, he accepted')
            agents = _agents_of_adjuncts(token)
            skip = (lambda i: i in agents or self.quoted(i)) if agents else self.quoted
            mention = self._subject_after_clause(token, gender) or self._subject_of_joined_clause(token, gender) \
                or self._reporter_of_clause(token, gender, correct=True) \
                or self._speaker_named_before(token, gender) or self.antecedent(token.i, gender, skip) \
                or self._introduced_after(token, gender)
            if mention is not None:
                if speaks(token, self.lexicon) and in_main_clause(token.head):
                    # (a person the article gave no gender has the gender of a pronoun that
                    # speaks as them: 'Per Solheim, a kayak guide, ... "...," he said. ... His
                    # aunt is less sure. "...," she said'; not one deeper down, 'asked Tom Baker
                    # whether he had any thoughts')
                    mention.person.gender = mention.person.gender or gender
                self._mentioned_at(mention.person, token)
        for person, noun, descriptor in self._owned_by_someone:
            # 'His spokesman, Raj Shah,': whom 'his' refers to, once names and pronouns are known
            body = self.owned(noun, descriptor).affiliation
            if person.affiliation is None and body and body != person.name:
                person.affiliation = body
        self._learn_kinship()

    def _mentioned_at(self, person: Person, token: Token) -> None:
        """A mention of the person by one word, for a later pronoun to refer back to: a
        pronoun, a description, someone unnamed met as a subject ('One victim said')."""
        insort(self._salient, Mention(person, token.i, token.i + 1, token.idx, token.idx + len(token)), key=_start)

    def _reporter_of_clause(self, pronoun: Token, gender: str, correct: bool = False) -> Mention | None:
        """The person named as the subject of a reporting verb whose reported clause the
        pronoun is the subject of, the only person named in the sentence, whose gender only
        their given name suggested otherwise, by US birth records alone (not the table of names
        news gives one gender): 'Karunaratne [Malinda, a woman's name in US records] said he was
        "humbled"'; the gender is then the pronoun's where `correct`."""
        clause = pronoun.head
        verb = clause.head
        if pronoun.dep_ not in SUBJECT_DEPS or clause.dep_ != "ccomp" \
                or verb.lemma_.lower() not in self.lexicon.reporting_verbs \
                or any(c.dep_ in ("dobj", "dative") for c in verb.children):
            return None  # (not one told something: 'Carville told him he had "betrayed the trust"')
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        mention = self._named_alone_of_other_gender(pronoun, subject, gender)
        if mention is None or mention.person.name.split()[0] in self.lexicon.given_names:
            return None  # (only a gender US birth records gave, not news's: 'Professor Adam Marsh said she')
        if correct:
            mention.person.gender, mention.person.gender_by_name = gender, False
        return mention

    def _subject_of_joined_clause(self, pronoun: Token, gender: str) -> Mention | None:
        """The person named as the subject of the clause the pronoun's clause is joined to,
        the only person named in the sentence, whose gender only their given name suggested
        otherwise: 'Gerber said the committee would meet, but he ruled out a new bid' (Andrea
        Gerber); the gender is then the pronoun's. None for anyone else, whom `antecedent`
        finds as it would."""
        verb = pronoun.head
        first = verb.head if verb.dep_ == "conj" else None
        subject = next((c for c in first.children if c.dep_ in SUBJECT_DEPS), None) if first is not None else None
        mention = self._named_alone_of_other_gender(pronoun, subject, gender)
        if mention is None:
            return None
        mention.person.gender, mention.person.gender_by_name = gender, False
        return mention

    def _named_alone_of_other_gender(self, pronoun: Token, subject: Token | None, gender: str) -> Mention | None:
        """The mention `subject` is, of the only person named outside quotes in the pronoun's
        sentence, where only their given name gave them another gender than `gender`."""
        mention = self.at(subject) if subject is not None else None
        if mention is None or mention.person.gender in (gender, None) or not mention.person.gender_by_name:
            return None
        start, end = self.sentence_bounds[pronoun.i]
        named = {id(m.person) for m in self.mentions if start <= m.start < end and not self.quoted(m.start)}
        return mention if named == {id(mention.person)} else None

    def _introduced_after(self, pronoun: Token, gender: str) -> Mention | None:
        """For a pronoun that no one named before it can be, as a feature opens: the person a
        sentence in the paragraphs after it says they are ('"...," she says. ... The speaker is
        Lin Yu-ting, 34,', 'Her name is X', 'She is X', 'The woman speaking is X')."""
        paragraph = self._paragraph_of(pronoun.i)
        for token in self.tokens[pronoun.i + 1:]:
            if self._paragraph_of(token.i) - paragraph > _INTRODUCTION_REACH:
                return None
            if token.lemma_ != "be" or self.quoted(token.i) or not in_main_clause(token):
                continue
            subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
            owner = next((c.lower_ for c in subject.children if c.dep_ == "poss"), None) if subject else None
            attr = next((c for c in token.children if c.dep_ == "attr"), None)
            if attr is not None and subject is not None and attr.i not in self._by_token and subject.lower_ == "name" \
                    and POSSESSIVE_GENDERS.get(owner or "") == gender and attr.pos_ == "PROPN":
                # 'Her name is Gráinne Mhic Giolla Phádraig' (a body to the recogniser): a person
                name = entity_of(attr) if attr.ent_type_ else self.doc[attr.left_edge.i:attr.i + 1]
                if all(t.is_title or t.text in NAME_PARTICLES for t in name):
                    self._add(name)
                    self.mentions.sort(key=_start)
            named = self._by_token.get(attr.i) if attr is not None else None
            if subject is None or named is None or named.person.gender not in (gender, None):
                continue
            if SUBJECT_PRONOUNS.get(subject.lower_) == gender \
                    or (subject.lower_ == "name" and POSSESSIVE_GENDERS.get(owner or "") == gender) \
                    or (after_determiner(subject, ("the",)) and subject.lemma_.lower() in _INTRODUCED_NOUNS):
                return named
        return None

    def _speaker_named_before(self, pronoun: Token, gender: str) -> Mention | None:
        """The person named as the speaking subject of the sentence before a speaking pronoun,
        the only person named there, whose gender only their given name suggested otherwise:
        'Chimombe [a woman's name in US records] said the unions would meet. "...," he said'
        (Tawanda Chimombe); the gender is then the pronoun's. None for anyone else."""
        start = self.sentence_bounds[pronoun.i][0]
        if start == 0 or not speaks(pronoun, self.lexicon) or not in_main_clause(pronoun.head):
            return None
        before, end = self._sentence_before(start)
        # (pronouns already linked count: 'she disclosed that Bill Clinton called her')
        named = [m for m in self._salient[bisect_left(self._salient, before, key=_start):
                                          bisect_left(self._salient, pronoun.i, key=_start)]
                 if not self.quoted(m.start)]
        if len({id(m.person) for m in named}) != 1 or named[0].start >= end or named[0].start not in self._by_token:
            return None
        if any(_PRONOUN_GENDERS.get(self._lowers[k]) == gender and not self.quoted(k)
               and self._reporter_of_clause(self.tokens[k], gender) is None for k in range(before, pronoun.i)):
            return None  # 'Jennings pressed her on why ... "...," she acknowledged': someone else of hers
        mention = self._by_token[named[0].start]
        person, root = mention.person, self._root_at(mention.start)
        if person.gender in (gender, None) or not person.gender_by_name \
                or not speaks(root, self.lexicon) or not in_main_clause(root.head):
            return None
        if root.head.lemma_ == "ask" and pronoun.head.lemma_ in _ANSWERING_VERBS:
            return None  # ('"...?" Justice Deshmukh-Rao asked. [¶] "...," he replied': another answers)
        person.gender, person.gender_by_name = gender, False
        return mention

    def _subject_after_clause(self, pronoun: Token, gender: str) -> Mention | None:
        """The person named as the subject of the main clause after a clause the pronoun is
        in, of its gender where known: 'Asked whether she would encourage her children to
        fish, Mr Benali's wife, Samira, laughs' (the tagger may read 'Asked' as a past tense,
        and the parse the clause as what the main verb reports)."""
        clause = pronoun
        while clause.dep_ != "ROOT" and clause.head.dep_ != "ROOT":
            clause = clause.head
        main = clause.head
        if clause.dep_ not in ("advcl", "ccomp") or clause.tag_ not in ("VBN", "VBG", "VBD") or clause.i > main.i:
            return None
        subject = next((c for c in main.children if c.dep_ == "nsubj" and c.i > pronoun.i), None)
        if subject is None:
            return None
        named = [subject, *(c for c in subject.children if c.dep_ == "appos")]
        mention = next((self._by_token[t.i] for t in named if t.i in self._by_token), None)
        return mention if mention is not None and mention.person.gender in (gender, None) else None

    def _relative_as_subject(self, noun: Token) -> Person | None:
        """The person a relative under 'his' or 'her', unnamed there, stands for: someone the
        article set in that tie to the one the possessive refers to ('Manuel's daughter,
        Lucía, ... His daughter laughed': Lucía), or the one it set them in the tie's other
        side to ('Her father is unconvinced', of Lucía named just before: Manuel); no one
        if that is not one person."""
        tie = self._family_tie(noun)
        if tie is None or tie[0].lower_ not in POSSESSIVE_GENDERS or noun.i in self._by_token \
                or noun.i in self.described or any(c.dep_ == "appos" for c in noun.children):
            return None
        mention = self.possessor(tie[0])
        if mention is None:
            return None
        owner, word = mention.person, noun.lemma_.lower()
        kin = self.lexicon.kin[word]
        found = {id(person): person for person in self.persons if person is not owner
                 and any(relative is owner and said == word for relative, said in self._ties(person, noun.i))}
        # (through a name, or a pronoun of the other gender than the relative's: a tie's other
        # side from a pronoun taken for the wrong one of two brothers would be the speaker
        # himself; 'His daughter, Lena, ... "...," her father said' is not)
        if mention.start in self._by_token or POSSESSIVE_GENDERS[tie[0].lower_] != kin.gender:
            found.update((id(relative), relative) for relative, said in self._ties(owner, noun.i)
                         if said in kin.converses and relative.gender in (kin.gender, None))
        if not found:  # 'Gerda and Peter Vogel ... Her husband was more philosophical'
            return self._spouse_named(noun, tie[0])
        return next(iter(found.values())) if len(found) == 1 else None

    def _ties(self, person: Person, before: int):
        """(relative, family noun) for each tie the article stated of the person before token
        `before` by a relative noun beside their name: 'Manuel's daughter, Lucía,' → (Manuel,
        'daughter')."""
        for start, _ in person.mentions:
            if start >= before or start not in self._by_token or self.quoted(start):
                continue
            for noun in appositions(self._root_at(start)):
                tie = self._family_tie(noun)
                mention = self.possessor(tie[0]) if tie is not None else None
                if mention is not None and mention.person is not person:
                    yield mention.person, noun.lemma_.lower()

    def _learn_kinship(self) -> None:
        """Someone the article states nothing of but a relation to someone it names ('Her
        daughter, Grace Okafor-Bell,', 'Ivanka Trump, Trump's eldest daughter,') holds it
        as a role, with whose relative they are resolved: "Ruth Okafor's daughter", "Donald
        Trump's eldest daughter". Not a relation to a description ('the nominee's
        daughter'): who that is rests on a guess."""
        for person in self.persons:
            if person.role is not None:
                continue
            for start, _ in person.mentions:
                if start not in self._by_token or self.quoted(start):
                    continue
                person.role = next(filter(None, (self.relation(noun, person)
                                                 for noun in appositions(self._root_at(start)))), None)
                if person.role is not None:
                    break

    def relation(self, noun: Token, person: Person | None = None) -> str | None:
        """A relative noun with an owner the article names (other than `person`), as a
        role: 'her eldest daughter' after Ruth Okafor is "Ruth Okafor's eldest daughter";
        None for any other noun, and for a relation to a description ('the nominee's
        daughter'), who that is resting on a guess."""
        tie = self._family_tie(noun)
        if tie is None:
            return None
        owner, words = tie
        mention = self.possessor(owner)  # a name or a pronoun, not a description
        if mention is None or mention.person is person:
            return None
        return f"{mention.person.name}'s {words}"

    def _family_tie(self, noun: Token) -> tuple[Token, str] | None:
        """A possessive family noun's owner and its words: 'her eldest daughter' → (her,
        'eldest daughter'); None for any other noun."""
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is None or not singular_common_noun(noun) or noun.lemma_.lower() not in self.lexicon.family_nouns:
            return None
        return owner, " ".join(t.text for t in [*(t for t in noun.lefts if t.dep_ in ("amod", "compound")), noun])

    def relative_named(self, noun: Token) -> Person | None:
        """The person named before as the relative a possessive family noun describes: 'her
        daughter said' after 'Her daughter, Ngozi Okafor,' is Ngozi Okafor, whichever woman
        'her' would otherwise be taken for, when the relation's owner may be who the
        possessive means (that name, or someone of the pronoun's gender)."""
        tie = self._family_tie(noun)
        if tie is None:
            return None
        owner, words = tie
        named = self.at(owner)
        gender = POSSESSIVE_GENDERS.get(owner.lower_)
        if named is None and gender is None:
            return None
        for mention in reversed(self.mentions):
            person = mention.person
            if mention.end > noun.i or not (person.role or "").endswith(f"'s {words}"):
                continue
            relative = self.find(person.role.removesuffix(f"'s {words}"))
            if relative is not None and relative is not person and (
                    relative is named.person if named is not None else relative.gender in (gender, None)):
                return person
        return self._spouse_named(noun, owner)

    def _spouse_named(self, noun: Token, owner: Token) -> Person | None:
        """The one person of the owner's surname, named in full before, that a possessive
        'husband' or 'wife' can be: 'Gerda and Peter Vogel, tourists from Munich, ... Her
        husband said' is Peter Vogel."""
        kin = self.lexicon.kin.get(noun.lemma_.lower())
        if kin is None or kin.converses - _SPOUSE_NOUNS or not kin.converses:
            return None
        mention = self.possessor(owner)
        if mention is None or len(mention.person.name.split()) < 2:
            return None
        spouses = [p for p in self.persons if p is not mention.person and len(p.name.split()) > 1
                   and p.surname == mention.person.surname and p.gender in (kin.gender, None)
                   and p.mentions and p.mentions[0][0] < noun.i]
        return spouses[0] if len(spouses) == 1 else None

    def with_role(self, noun: str, index: int, described: str | None = None,
                  gender: str | None = None, affiliation: str | None = None) -> Person | None:
        """The person most recently named before `index` whose role has the noun `noun`, and
        is the office the `described` role names (see _same_office), of the `gender` if
        known ('Sen. Quintero ... Sen. Whitcomb ... The senator said she': Quintero) and of
        the `affiliation` if given, who may then hold the body's top office where the noun
        is a leader's ('the BJP state chief' is its state unit president); no one when
        someone unnamed of that noun was met since ('a second officer')."""
        described = described or ""
        bodies = [w for w in described.lower().split()[:-1] if w in self.lexicon.body_nouns]
        words = _words(described)
        compound = noun.lower() in self.lexicon.role_nouns  # (may end a compound role: see _ends_compound_office)
        # 'the union leader' is first the one who leads a union, whatever their title: 'Park
        # Ji-won, president of the Korean Confederation of Trade Unions', not the floor leader;
        # and a description of several words first the one whose role has each of them: 'the
        # flight director' is 'Giulia Ferraro, the flight director', not a later 'director of
        # human and robotic exploration'
        fits: dict[int, bool] = {}  # id(person) -> of the gender and affiliation, once a call

        def fitting(person: Person) -> bool:
            if id(person) not in fits:
                fits[id(person)] = (gender is None or person.gender in (gender, None)) \
                    and (affiliation is None or self._same_body(affiliation, person.affiliation, unknown=False))
            return fits[id(person)]

        for owned, whole in product([True, False] if bodies else [False], [True, False] if len(words) > 1 else [False]):
            for mention in reversed(self.mentions):
                if mention.end > index:
                    continue
                person = mention.person
                if not fitting(person):
                    continue
                # 'Lopez is the mayor. ... the mayor said': what a clause says counts, after a title
                # ('Economist X was sworn in as chief adviser ... the chief adviser visited')
                roles = ([person.role] if person.role else []) + [d.role for d in person.said_to_be if d.role]
                for role in roles + person.described_as:
                    role = self._written_out(role)  # 'CFO' is the chief financial officer
                    if owned and not self._heads_body(role, person.affiliation, noun, bodies):
                        continue
                    if whole and not words <= _words(role) | _words(person.affiliation or ""):
                        continue
                    # (a leader's noun for a body's top office, where the body is stated)
                    leads = affiliation is not None and noun.lower() in _LEADER_NOUNS \
                        and bool(_office_nouns(role) & _TOP_OFFICES)
                    nouns = _office_nouns(role)
                    if (owned or noun.lower() in nouns or _OFFICE_CALLED.get(noun.lower()) in nouns or leads
                            or role.lower() == described.lower()
                            or (noun.lower() in _CHAIR_NOUNS and nouns & _CHAIR_NOUNS)
                            or (noun.lower() in _JUDGE_NOUNS and role.lower().split()[-1] in _JUDGE_NOUNS)
                            or (compound and _ends_compound_office(role, noun))) \
                            and _same_office(role, described) \
                            and self._same_portfolio(role, person.affiliation, described):
                        if self._met_unnamed(noun, person.mentions[0][0], index, described):
                            return None  # 'A second CIA officer backed Bob's account ... the officer said'
                        return person
        return None

    def _written_out(self, role: str) -> str:
        """The role with the abbreviated office it is or opens written out: 'CFO', 'MEC for
        roads and transport' (a member of the executive council)."""
        first, _, rest = role.partition(" ")
        office = self.lexicon.office_abbreviations.get(first)
        return role if office is None else f"{office} {rest}".rstrip()

    def _same_body(self, described: str | None, held: str | None, unknown: bool = True) -> bool:
        """Whether the body a description states is the one a person holds their role in, by
        the name the article spells out ('the BJP state chief' is of the Bharatiya Janata
        Party); a description stating none fits anyone, and one stating a body fits someone
        of no known body if `unknown`."""
        if described is None or described == held:
            return True
        if held is None:
            return unknown
        # (a body's name with the words in lower case the article wrapped it in: 'the CGT' of
        # 'the hard-left CGT union')
        return self.organisations.body_name(described) == held or self.organisations.body_name(held) == described \
            or [w for w in held.split() if not w.islower()] == described.split()

    @staticmethod
    def _heads_body(role: str, affiliation: str | None, noun: str, bodies: list[str]) -> bool:
        """Whether a role at a body fits a description by a body noun: the body's name has the
        noun ('the union leader': 'of the Korean Confederation of Trade Unions'), and the role is
        the description's noun, or the body's top office where that noun is a leader's."""
        named = _words(affiliation or "") | _words(role)
        if not all(b in named or f"{b}s" in named for b in bodies):
            return False
        held = _office_nouns(role)
        return noun.lower() in held or (noun.lower() in _LEADER_NOUNS and bool(held & _TOP_OFFICES))

    def _same_portfolio(self, held: str, affiliation: str | None, described: str) -> bool:
        """Whether the portfolio a description names is the role's or its body's: 'the
        justice minister' is not the 'Development Funds Minister' (Minister, of 'Development
        Funds' to the recogniser); 'the minister' may be either. The portfolio before
        'minister' is a cabinet minister's: 'the finance minister' is not the Minister of State
        for Finance, a junior one, though 'the minister' may be."""
        portfolio = {word for word in _words(described) if word in self.lexicon.portfolios}
        if portfolio and "minister of state" in held.lower() and "minister of state" not in described.lower():
            return False
        return portfolio <= _words(held) | _words(affiliation or "")

    def _met_unnamed(self, noun: str, since: int, index: int, described: str = "") -> bool:
        """Whether someone the noun describes was met unnamed as a subject after token
        `since` and shortly before `index` ('A second CIA officer backed Bob's account');
        not a person named so described ('Tom Baker, a police officer,'), nor one whose words
        lack those of the `described` role ('a district chief warned' is not 'the deputy
        chief')."""
        wanted = _words(described) - {noun.lower()}
        return any(t.lemma_.lower() == noun.lower() and common_noun(t) and after_determiner(t, ("a", "an"))
                   and t.dep_ in SUBJECT_DEPS and wanted <= {c.lower_ for c in t.lefts}
                   for t in self.tokens[max(index - _DESCRIPTION_REACH, since):index])

    def _add(self, ent: Span, person: Person | None = None) -> None:
        """A mention of the person a name stands for (`person`, when the caller knows); none in
        a byline, whichever pass found the name ('Rhiannon Pugh, Wales correspondent')."""
        name_span, honorific = self._entities.name_of(ent)
        if name_span is None or self._in_byline(ent):
            return
        # 'Newt\xa0Gingrich', a soft hyphen, a nickname ('Marcia "Cia" Price' is Marcia Price)
        name = " ".join(_NICKNAME.sub(" ", name_span.text.replace("\xad", "")).split())
        name = self._with_shared_surname(name_span) or self._okina_before(name_span) + name
        person = person or self.find(name, honorific.gender if honorific else None, ent.start, honorific) \
            or self._new(name)
        if honorific and honorific.gender:
            person.gender = person.gender or honorific.gender
            # (an honorific of the same gender tells it, not the given name alone: 'Clare
            # Whitmore KC ... Ms Whitmore asked. "...," he replied' is someone else)
            person.gender_by_name = person.gender_by_name and person.gender != honorific.gender
        if honorific and honorific not in person.honorifics:
            person.honorifics.append(honorific)
        # the letters after it are the mention's too, whose head the parse may make them: 'Sipho
        # Ndlovu SC said'
        end = name_span.end
        while end < ent.end and self.doc[end].text in self.lexicon.post_nominals:
            end += 1
        self._register(person, self.doc[name_span.start:end])
        headline = self._in_headline(ent.start_char)
        # 'Will Estrada, the county chairman,': the parse hangs the name on a given name it read as a modal
        modal = len(name_span) > 1 and name_span[0].tag_ == "MD" and name_span.root.i == name_span.start
        parsed = name_span[1:] if modal else name_span
        for descriptor in self._descriptors(ent, parsed, person, headline):
            if headline:
                person.in_headline.append(descriptor)
            else:
                person.learn(descriptor)
                rank = descriptor.role
                if rank and rank != person.role and rank not in person.described_as:
                    # every role stated beside the name names them, not only the one kept:
                    # 'Professor Matthias Kuehn, a planetary scientist, ... the professor said',
                    # 'The committee's chairman, Senator Ibrahim Danjuma, ... the chairman remarked'
                    person.described_as.append(rank)
        for noun in predicate_descriptions(parsed.root, self.quoted(name_span.start)):
            described = describe_noun(noun, self.lexicon, one_person=True)
            if described.role:
                person.said_to_be.append(described)
        led = self._office_by_agent(parsed.root)
        if led is not None:
            person.said_to_be.append(led)
        if not self.quoted(name_span.start):
            for body in clause_bodies(parsed.root, self.lexicon):
                person.said_to_be.append(Descriptor(None, affiliation_text(list(entity_of(body)), self.lexicon)))
        words = person.name.split()
        if person.gender is None and person.role and _gender_of_role(person.role) == "f":
            person.gender = "f"
        if person.gender is None and len(words) > 1 and not _HYPHENED_GIVEN_NAME.fullmatch(words[-1]):
            # a common given name tells before a title in '-man', which news gives women too
            # ('Trump spokesman Hope Hicks'); not a family name written first ('Kim Eui-kyeom')
            person.gender = self._given_names_gender(words, self.lexicon.name_genders)
            person.gender_by_name = person.gender is not None
        if person.gender is None and person.role:
            person.gender = _gender_of_role(person.role)
        if person.gender is None and len(words) > 1:
            # (a peer's title tells: 'Baroness Whitcombe')
            person.gender = self.lexicon.peerage_titles.get(words[0])
        if person.gender is None and len(words) > 1:
            person.gender = self._given_names_gender(words, self.lexicon.all_name_genders)
            person.gender_by_name = person.gender is not None
        if person.gender is None and womans_surname(words, self.lexicon.all_name_genders):
            person.gender = "f"  # 'Vlasta Kratochvílová', whatever her given name
        if headline or name_span.start_char < self._headline_end:
            return  # (a headline's list is no apposition: 'José Villarreal on Tijuana, his mother and ...')
        if person.gender is None:
            person.gender = self._gender_of_noun_beside(parsed.root)
        elif person.gender_by_name:
            # a relative's noun of someone's beside the name tells more than a name's table:
            # 'Josefa Tuivaga [a woman's name in US records], her 19-year-old nephew,' (not the
            # relative a 'whose' names: 'Dorothy Woods, whose husband, Ty Woods,')
            beside = self._gender_of_noun_beside(parsed.root, owned=True)
            if beside is not None:
                person.gender, person.gender_by_name = beside, False

    def _okina_before(self, name: Span) -> str:
        """The ʻokina that opens a Tongan or Hawaiian given name before a vowel, which the
        tokenizer sets apart and news may type as an apostrophe ("'Ofa Lolohea", "'Aisea
        Fonua"); '' where there is none, or where the mark opens a quotation that a mark after
        the name in its sentence closes."""
        start = name.start
        mark = self.tokens[start - 1] if start > 0 else None
        if mark is None or mark.text not in _OKINAS or mark.whitespace_ or name[0].text[:1] not in "AEIOU" \
                or (start > 1 and not self.tokens[start - 2].whitespace_ and not self.tokens[start - 2].is_space):
            return ""
        end = self.tokens[self.sentence_bounds[start][1] - 1].idx + 1
        closed = re.compile(rf"{re.escape(mark.text)}(?![^\W\d_])").search(self.text, name.end_char, end + 1)
        return "" if closed else mark.text

    def _given_names_gender(self, words: list[str], table) -> str | None:
        """The gender a name's first word gives by `table`, none where a given name of the other
        gender follows it before the surname: 'Rana [a woman's in US records] Tariq Mehmood',
        'Jean Paul Sartre'."""
        gender = table.get(words[0])
        # (not a surname's first word: 'Fionnuala Mac Giolla Phádraig')
        second = self.lexicon.all_name_genders.get(words[1]) \
            if len(words) > 2 and words[1] not in IRISH_SURNAME_PREFIXES else None
        return None if gender in ("m", "f") and second in ("m", "f") and second != gender else gender

    def _gender_of_noun_beside(self, root: Token, owned: bool = False) -> str | None:
        """The gender a person noun set beside a name implies: 'her 19-year-old nephew, Davi,';
        `owned`: only a noun that someone other than 'whose' owns."""
        nouns = [*appositions(root), *([root.head] if root.dep_ == "appos" else [])]
        return next((gender for noun in nouns if common_noun(noun)
                     and (gender := self.lexicon.person_nouns.get(noun.lemma_.lower()))
                     and (not owned or any(c.dep_ == "poss" and c.lower_ != "whose" for c in noun.children))),
                    None)

    def _register(self, person: Person, words: Span) -> Mention:
        """The mention of the person by the words, recorded where every rule looks it up."""
        mention = Mention(person, words.start, words.end, words.start_char, words.end_char)
        # (in the article's order, which the rules read them in, whichever pass found them)
        insort(person.mentions, (words.start, words.end))
        self.mentions.append(mention)
        for token in words:
            self._by_token[token.i] = mention
        return mention

    def _with_shared_surname(self, name: Span) -> str | None:
        """A given name joined to a full name shares its surname: 'David and Charles Koch'
        names David Koch; None for any other name."""
        tokens, given = self.tokens, self.lexicon.all_name_genders
        end = name.end
        if len(name) != 1 or name.text not in given or end + 1 >= len(tokens) or tokens[end].lower_ != "and":
            return None
        first = last = tokens[end + 1]
        if first.ent_iob_ != "B" or first.ent_type_ != "PERSON" or first.text not in given:
            return None
        while last.i + 1 < len(tokens) and tokens[last.i + 1].ent_iob_ == "I":
            last = tokens[last.i + 1]
        return f"{name.text} {last.text}" if last.i > first.i and name_word(last, ("PROPN",)) else None

    def _word_of_a_compound(self, mention: Mention) -> bool:
        """A one-word name that opens a hyphened word ('a Johnny-come-lately', 'the
        Oscar-nominated actor'): no pronoun refers back to it."""
        after = self.tokens[mention.end:mention.end + 2]
        return mention.end - mention.start == 1 and len(after) == 2 and after[0].text == "-" \
            and not self.tokens[mention.start].whitespace_ and not after[0].whitespace_ and after[1].is_lower

    def _given_name_left_out(self, ent: Span) -> bool:
        """One capitalised word right after a given name of the tables that the recogniser
        left out of every entity and the parse joins to it, the two written as a name, no
        place nor a body's or a company's word: a surname ('Eszter [no entity] Varga [a body]
        took 51.3%', 'Murat [no entity] Çelik [a body], whose daughter')."""
        before = ent.start - 1
        return len(ent) == 1 and before >= 0 and self._bare_proper[before] and before not in self._by_token \
            and self._texts[before] in self.lexicon.all_name_genders and self.tokens[before].head.i == ent.start \
            and ent.text not in self.lexicon.places and written_as_name(self.doc[before:ent.end], ("PROPN",)) \
            and ent[0].lower_ not in self.lexicon.body_nouns and not company_form(ent[0], self.lexicon)

    def _surname_speaking_later(self, ent: Span, speaking: dict[str, int]) -> bool:
        """Two capitalised words written as a name, whose last one speaks alone later (first
        at token `speaking[word]`), as a surname does: 'trained by Masaru Fujita [a product]
        ... "...," Fujita said'. Not a body's words ('Bank Mandiri ... Mandiri said')."""
        return len(ent) == 2 and ent[-1].text in speaking and speaking[ent[-1].text] > ent.end \
            and written_as_name(ent, ("PROPN",)) and not self.quoted(ent.start) \
            and not any(t.lower_ in self.lexicon.body_nouns or company_form(t, self.lexicon) for t in ent)

    def _long_surname_speaking_later(self, ent: Span) -> bool:
        """A given name of the tables and two or three capitalised words or particles after it,
        all written again later without the given name as the subject of a reporting verb, as
        news writes a surname of several words: 'Álvaro Sáenz de Ugarte [a body], the
        29-year-old Basque, ... "...," Sáenz de Ugarte [a body] says'."""
        words = [t.text for t in ent]
        if not 3 <= len(words) <= 4 or words[0] not in self.lexicon.all_name_genders or self.quoted(ent.start) \
                or not all(t.is_alpha and (t.is_title or (t.text in NAME_PARTICLES and t.i > ent.start)) for t in ent):
            return False
        rest = words[1:]
        return any(speaks(self.doc[i:i + len(rest)].root, self.lexicon) and self._texts[i - 1] != words[0]
                   and not self.quoted(i) for i in self._written_at(rest) if i > ent.end)

    def _only_after_the(self, ent: Span) -> bool:
        """A one-word name the article writes only with 'the' before it, as its determiner:
        a thing's or a title's ('the Moon', 'the Herald', 'the Bataclan'), not a person's. Not
        a family's in the plural ('the Clintons')."""
        word = ent.text
        if len(ent) != 1 or word.endswith("s"):
            return False
        return all(i > 0 and self._lowers[i - 1] == "the" and self.tokens[i - 1].dep_ == "det"
                   and self.tokens[i - 1].head.i == i for i in self._where.get(word, ()))

    def _in_byline(self, ent: Span) -> bool:
        """A name in a byline's line ('By Rachel Whitcombe, Consumer Affairs Correspondent'):
        the writer's, no one the article's descriptions and pronouns refer to."""
        start = self.text.rfind("\n", 0, ent.start_char) + 1
        # (the line it opens on: the recogniser may take the line breaks after it in, 'By Grace
        # Achieng Otieno\n\n')
        end = self.text.find("\n", ent.start_char)
        return bool(_BYLINE.match(self.text[start:end if end != -1 else len(self.text)]))

    def _written_at(self, words: list[str]) -> list[int]:
        """Where the words are written one after another, by their first word's index."""
        return [i for i in self._where.get(words[0], ()) if self._texts[i:i + len(words)] == words]

    def _only_naming_a_thing(self, ent: Span) -> bool:
        """A name of two words or more, no given name of the tables first, that the article
        writes only before a common noun that 'the' determines, naming no person nor body: an
        event's or a place's ('the 1949 Mann Gulch disaster'), not a person's ('the Trump
        campaign', 'the Mendez family', 'the Lopez adviser')."""
        words = [t.text for t in ent]
        if len(words) < 2 or words[0] in self.lexicon.all_name_genders:
            return False
        size = len(words)
        for i in self._written_at(words):
            last = self.tokens[i + size - 1]
            noun = last.head
            if last.dep_ != "compound" or noun.i != i + size or noun.pos_ != "NOUN" \
                    or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
                return False
            lemma = noun.lemma_.lower()
            if self.lexicon.person_noun(lemma) or lemma in self.lexicon.body_nouns or lemma in _FAMILY_WORDS:
                return False
        return True

    def _only_naming_a_place(self, ent: Span) -> bool:
        """A name, no given name of the tables first, that the article writes only after
        'near' or 'outside', after 'to' or 'from' on a way of travelling, after a place's noun
        and 'of', or after the 'of' of where someone named is from: a place's ('a plant near
        Concepcion del Uruguay', 'a train to Porto', 'the city of Concepcion del Uruguay',
        'Margaret Ellison, 78, of Low Helmsby', 'on the southern edge of Vatnajökull'), or as the
        subject a copula says is a place ('Borgo Varano is a village of 3,000 people'), whatever
        the recogniser took it for; in the headline too where the text after it writes none."""
        words = [t.text for t in ent]
        if words[0] in self.lexicon.all_name_genders:
            return False
        size = len(words)
        # (the headline's aside, where the body writes it: '... forty years of watching Vatnajökull')
        written = [i for i in self._written_at(words) if self.tokens[i].idx > self._headline_end] \
            or self._written_at(words)
        for i in written:
            if self.tokens[i].ent_type_ in _NO_ONE_ENTS and entity_of(self.tokens[i]) != self.doc[i:i + size]:
                continue  # (a word of a longer name of a body or place: 'Helmsby Parish Council')
            root = self.doc[i:i + size].root
            preposition = root.head
            if _said_to_be_a_place(root):
                continue
            if root.dep_ != "pobj" or not (
                    preposition.lower_ in ("near", "outside")
                    or (preposition.lower_ in ("to", "from") and _travelling(preposition.head))
                    or (preposition.lower_ == "of" and (preposition.head.lemma_.lower() in _PLACE_NOUNS
                                                        or preposition.head.lemma_.lower() in _PLACE_EDGES
                                                        or self._where_from(preposition)))):
                return False
        return True

    def _where_from(self, preposition: Token) -> bool:
        """An 'of' set off by a comma that the parse hangs on a person's name, their age between
        or not: where they are from ('Margaret Ellison, 78, of Low Helmsby,')."""
        return preposition.i > 0 and self._texts[preposition.i - 1] == "," \
            and preposition.head.pos_ == "PROPN" and preposition.head.ent_type_ == "PERSON"

    def _family_named(self, ent: Span) -> bool:
        """A surname naming a family, no one of it: 'the Jenkins family has sold Welsh lamb'
        ('Mr Jenkins' then is Huw Jenkins, named in full, not this)."""
        return len(ent) == 1 and ent.end < len(self.tokens) and self._lowers[ent.end] in _FAMILY_WORDS \
            and ent.start > 0 and self._lowers[ent.start - 1] == "the"

    def _surname_of_someone(self, words: str) -> bool:
        """Whether someone named so far has a full name ending in the words."""
        return any(f" {p.name}".endswith(f" {words}") and p.name != words for p in self.persons)

    def _namesake_of_known(self, ent: Span, surnames: set[str]) -> bool:
        """A given name of the tables, then the surname (and its particles) of someone named
        in full: a namesake the recogniser took for a body ('Joost de Vries ... Another
        supplier, Anneke de Vries [a body],')."""
        words = [t.text for t in ent]
        return len(words) > 1 and words[0] in self.lexicon.name_genders and words[-1] in surnames \
            and all(w in NAME_PARTICLES for w in words[1:-1]) and all(t.is_title for t in (ent[0], ent[-1]))

    def _known_names(self) -> tuple[set[str], set[str], set[str]]:
        """The full names, the surnames and the first words that are no given name nor
        place (a family name written first: 'Wang' of Wang Yi, not 'Jordan' of Jordan
        Peterson) of the people named in full so far; with the full names, the one-word names
        someone met with their age is named by alone ('Manuel's daughter, Lucía, 29, ...
        Lucía has run the numbers', 'Holloway, 27,'; not 'Meta' the recogniser once took for a
        person), and one-word names of a person who speaks, whom the article gives by that name alone
        ('Zarmina [a place to the recogniser] has not paid rent ... Zarmina said'; no place of
        the list) or whom a clause on 'who' describes ('Suparman, who like many Javanese uses
        only one name,')."""
        full = [p for p in self.persons if len(p.name.split()) > 1]
        first = {p.name.split()[0] for p in full}
        alone = {p.name for p in self.persons if " " not in p.name and p.name not in self.lexicon.places and (
                 any(an_age_after(self.doc[s:e]) for s, e in p.mentions)
                 or any(given_as_a_name(self.doc[s:e]) or speaks(self.tokens[s], self.lexicon)
                        or clause_on_who(self.doc[s:e]) for s, e in p.mentions))}
        paternal = {self._paternal_surname(p.name) for p in full} - {None}
        # (the surname as written too: 'Al-Kaabi' of Saeed Al-Kaabi, whose 'Kaabi' is the other)
        surnames = {p.surname for p in full} | {p.written_surname for p in full}
        return {p.name for p in full} | alone, surnames | paternal, {
            w for w in first if w not in self.lexicon.all_name_genders and w not in self.lexicon.places}

    def _paternal_surname(self, name: str) -> str | None:
        """The first of two surnames, which news writes alone: 'Zuluaga' of Andrés Felipe
        Zuluaga Restrepo, 'Tavares' of Marcelo Tavares Bezerra (no common given name: not
        'Maria' of Ana Maria Lopez; 'Tavares' is a rare one); or the surname before a second one
        its particles open ('Crespo' of Daniela Crespo de la Torre, 'Mamani' of Nilda Mamani de Colque)."""
        words = name.split()
        at = len(words) - 2
        while at > 1 and words[at] in NAME_PARTICLES:
            at -= 1  # (past the particles of the last surname)
        return words[at] if len(words) > 2 and words[at][:1].isupper() \
            and words[at] not in self.lexicon.name_genders else None

    def possessor(self, owner: Token) -> Mention | None:
        """The person a possessor names: 'Lopez's', or 'her' resolved to the nearest fitting
        person; None for someone the article does not name ('a spokeswoman ... her office')."""
        mention = self.at(owner)
        if mention is None and owner.lower_ in POSSESSIVE_GENDERS:
            mention = self.antecedent(owner.i, POSSESSIVE_GENDERS[owner.lower_], skip=self.quoted)
        return mention if mention is not None and mention.person.name else None

    def owned(self, noun: Token, descriptor: Descriptor) -> Descriptor:
        """A role's body where its possessor stands for one named before: 'its chief
        executive', 'the bureau's director', or a body noun after it does: 'a spokeswoman
        for the company', or one opening it, alone and of one person, does: 'a department
        spokesperson' after the Education Department (not 'a city council member' nor 'the
        committee chairmen', of another body or several); the descriptor as it is otherwise."""
        owner = next((c for c in noun.children if c.dep_ == "poss"), None) or _the_body_after(noun)
        if descriptor.role is None:
            return descriptor
        if owner is None and (inner := self._owner_of_the_body_after(noun)) is not None \
                and (descriptor.affiliation or "").startswith(inner.text) \
                and (body := self.organisations.before(inner.i, inner.lemma_.lower())) is not None:
            # 'the director of the group's litigation center' after NetChoice, a trade group
            return replace(descriptor, affiliation=body + descriptor.affiliation[len(inner.text):])
        if owner is None:
            opening = next((c for c in noun.lefts if c.dep_ == "compound"), None)
            alone = opening is not None and not any(opening.children) and noun.tag_ == "NN" \
                and self._opens_with_body_noun(opening)
            body = self._body_noun_opening(opening) if alone and descriptor.affiliation is None else None
            if body is not None:
                return Descriptor(_without_opening(descriptor.role, opening), body)
            if descriptor.affiliation is None and opening is None \
                    and noun.lower_ in self.lexicon.spokesperson_nouns \
                    and after_determiner(noun, UNNAMED_DETERMINERS):
                body = self.organisations.before(noun.i, spoke=True)  # 'Microsoft said ... A spokeswoman said'
            return replace(descriptor, affiliation=body) if body else descriptor
        if owner.lower_ == "its" and descriptor.affiliation is None:
            body = self.organisations.before(owner.i)
        elif owner.lower_ in POSSESSIVE_GENDERS and descriptor.affiliation is None:
            # 'her spokesman': the person 'her' refers to (no one before the names are known)
            mention = self.possessor(owner)
            body = mention.person.name if mention is not None else None
        elif descriptor.affiliation == owner.text and common_noun(owner) \
                and owner.lemma_.lower() in self.lexicon.body_nouns:
            body = self.organisations.before(owner.i, owner.lemma_.lower())
        elif descriptor.affiliation == owner.text and common_noun(owner) and owner.tag_ == "NN" \
                and owner.lemma_.lower() in self.lexicon.role_nouns and after_determiner(owner, ("the",)) \
                and (holder := self.with_role(owner.lemma_, owner.i)) is not None:
            body = holder.name  # 'the mayor's chief of staff': the mayor the article named
        elif _ends_in_word(descriptor.affiliation or "", owner.text) and (named := self.at(owner)) is not None:
            # 'Sen. Tom Baker's spokesman', 'Mr. Lopez-Baker's lawyer': Tom Baker's, the titles
            # before the owner no body ('Baker's spokesman' keeps Baker, as 'Clinton's
            # campaign manager' keeps Clinton)
            body = named.person.name or None
        else:
            body = None
        return replace(descriptor, affiliation=body) if body else descriptor

    def _owner_of_the_body_after(self, noun: Token) -> Token | None:
        """The body noun after 'the' that owns the noun after 'for', 'of' or 'at' the role
        `noun`: 'group' of 'the director of the group's litigation center'."""
        owners = (c for obj in _objects_after_role(noun) for c in obj.children if c.dep_ == "poss")
        return next((owner for owner in owners if common_noun(owner) and owner.lemma_.lower() in self.lexicon.body_nouns
                     and after_determiner(owner, ("the",))), None)

    def find(self, name: str, gender: str | None = None, at: int | None = None,
             honorific: Honorific | None = None) -> Person | None:
        """The person a full name, surname (with its particles: 'de Luis'), first name or
        a word between them ('Lula' of Luiz Inácio Lula da Silva) stands for; of `gender`
        where their gender is known ('Mr. Rivera' is not Ms. Rivera). Of people of one
        surname (or whose first of two surnames it is, or a surname with particles: 'van der
        Meulen'), the surname written at token `at` is
        the one named before under the `honorific` written with it, if only one was and it
        states more than a gender ('Alasdair Lockhart ... Dr Isobel Lockhart ... Dr Lockhart
        said'), else the one `_met_lately` finds."""
        words = name.split()
        persons = self.persons if gender is None else [p for p in self.persons if p.gender in (None, gender)]
        for person in persons:
            if person.name == name and not (len(words) == 1 and at is not None and any(
                    p is not person and len(p.name.split()) > 1 and p.has_surname(name) for p in persons)):
                # (a surname alone that someone named in full bears too is read as any surname is:
                # 'Jens Möller ... "Is it not true, Frau Möller [alone, in a quote], ..." ... Möller,
                # the prosecutor, said')
                return person
        if len(words) == 1:  # a surname first, then a first name, then a word between ('Lula')
            namesakes = [p for p in persons if p.has_surname(name)]
            if namesakes and at is not None and name not in self.lexicon.all_name_genders:
                # the first of two surnames is the one written alone: 'Restrepo said' after
                # Camilo Restrepo Urrego, though Andrés Felipe Zuluaga Restrepo was named before
                namesakes += [p for p in persons if len(p.name.split()) > 2 and p.name.split()[-2] == name
                              and p not in namesakes]
            kept = self._given_name_kept(name, namesakes, persons, at) if namesakes and at is not None \
                and honorific is None else None
            if kept is not None:
                return kept
            honoured = self._by_honorific(namesakes, honorific)
            if honoured is not None:
                return honoured
            if len(namesakes) > 1 and at is not None:
                return self._namesake_at(namesakes, name, at)
            opening = [p for p in persons if name == p.name.split()[0] and p.mentions and p.mentions[0][0] < at
                       and not any(self._named_as_relative(start) for start, _ in p.mentions)] \
                if at is not None and honorific is None else []
            if not namesakes and len(opening) > 1:
                # a family name written first, of two people, is the one met last as a subject, also
                # further back: 'Zhang Hui said ... Zhang Meiling, a teacher, paid ... [a paragraph] ...
                # Zhang said' (under an honorific, which tells too little, the one met first; not a
                # relative: 'Zhou's father, Zhou Jianguo,')
                return self._met_last(opening, at, near=False) or opening[0]
            return next(iter(namesakes), None) \
                or next((p for p in persons if name == p.name.split()[0]), None) \
                or next((p for p in persons if name in _inner_words(p.name)), None)
        if words[0] in self.lexicon.all_name_genders:
            # a given name and the first of two surnames: 'Karina Robles' of Karina Robles Osuna,
            # met since ('The elder Robles' then told from her aunt by the ages set after each)
            # (not one a title-case headline ran on into a verb: 'Elizabeth Warren Hammers Wells Fargo';
            # nor a son: 'Donald Trump Jr.')
            longer = [p for p in persons if p.name.startswith(f"{name} ") and len(p.name.split()) == len(words) + 1
                      and p.name.split()[-1].lower() not in NAME_SUFFIXES
                      and any(not self._in_headline(self.tokens[start].idx) for start, _ in p.mentions)]
            if len(longer) == 1:
                return longer[0]
        # 'de Luis said', 'De Luis' opening a sentence, and the first of two Spanish surnames
        # ('de la Cruz' of Isabel de la Cruz Ortega)
        written = _lowered_first(name)
        namesakes = [p for p in persons if written == _lowered_first(p.family_name)] \
            or [p for p in persons if written == _first_of_two_surnames(p.family_name)]
        if len(namesakes) > 1 and at is not None:
            # 'Bas van der Meulen ... Sanne van der Meulen'; 'Ramón de la Cruz, the player's father,
            # ... the elder de la Cruz said' (see _by_age); 'Joost de Wit ... Dr Anouk de Wit ...
            # Dr de Wit said'
            return self._by_honorific(namesakes, honorific) or self._namesake_at(namesakes, name, at)
        return next(iter(namesakes), None)

    def _by_honorific(self, namesakes: list[Person], honorific: Honorific | None) -> Person | None:
        """Of people of one surname, the only one that the honorific before it was written
        before ('Alasdair Lockhart ... Dr Isobel Lockhart ... Dr Lockhart said'); for one that
        tells only a gender, the only one whose own clause told that gender ('Keiko Sato, 71,
        ... said she had mixed feelings ... Ms. Sato said', though Daisuke Sato was named
        first; not two men named 'Mr Qureshi' in turn)."""
        if len(namesakes) < 2 or honorific is None:
            return None
        if honorific.gender:
            chosen = [p for p in namesakes if self._gender_told(p) == honorific.gender]
        else:
            chosen = [p for p in namesakes if honorific in p.honorifics]
        return chosen[0] if len(chosen) == 1 else None

    def _given_name_kept(self, word: str, namesakes: list[Person], persons: list[Person], at: int) -> Person | None:
        """Of a word that is the surname of some (`namesakes`) and the given name of one person
        met before token `at`, that person, where the namesakes were all met after it ('Ato
        Dawit Mekonnen Haile ... Dawit said ... Ato Tesfaye Dawit'), or where each was called
        by their own given name alone before it and the person by the word, as news writes
        Ethiopian names ('Tesfaye said ... Dawit, asked whether' is Dawit Mekonnen Haile)."""
        given = [p for p in persons if p.name.split()[0] == word and p not in namesakes and p.mentions
                 and p.mentions[0][0] < at]
        if len(given) != 1:
            return None
        if all(p.mentions[0][0] > at for p in namesakes if p.mentions):
            return given[0]
        if self._called_alone(given[0], word, at) \
                and all(self._called_alone(p, p.name.split()[0], at) for p in namesakes):
            return given[0]
        return None

    def _namesake_at(self, namesakes: list[Person], surname: str, at: int) -> Person:
        """Of people of one surname, the one that surname alone at token `at` stands for."""
        return self._by_age(namesakes, at) or self._of_own_gender(namesakes, at) \
            or self._of_owner(namesakes, at) or self._of_title(namesakes, surname, at) \
            or self._described_just_before(namesakes, at) or self._not_called_by_given_name(namesakes, at) \
            or self._called_by_surname(namesakes, surname, at) \
            or self._met_lately(namesakes, at)

    def _gender_told(self, person: Person) -> str | None:
        """A person's gender, or what the clauses of their mentions so far tell of it (see
        the genders set after all mentions are found)."""
        roots = [self.doc[start:end].root for start, end in person.mentions if not self.quoted(start)]
        # (and the subject of a 'who' clause on the name: 'Price, who was playing her first
        # tournament since knee surgery,')
        whos = [c for root in roots if root.pos_ == "PROPN" for clause in root.children if clause.dep_ == "relcl"
                for c in clause.children if c.dep_ == "nsubj" and c.lower_ == "who"]
        return person.gender or next(filter(None, map(_gender_own_possessive_gives, roots)), None) \
            or next(filter(None, (_gender_its_clause_gives(root, self.quoted)
                                  for root in [*(r for r in roots if r.pos_ == "PROPN"), *whos])), None)

    def _of_own_gender(self, namesakes: list[Person], at: int) -> Person | None:
        """Of people of one surname, the only one of the gender that the possessive in the
        surname's own clause gives, its verb's object or a phrase on it ('Jorge Restrepo, a
        taxi driver, ... Restrepo closed her speech' is Valentina Restrepo); not where
        someone else of that gender is named in the paragraph or the one before, whom the
        possessive may mean ('Trump mocked her stamina' of Clinton, with Ivanka Trump named).
        Or the only one of the gender a pronoun gives in a clause on 'asked' opening the
        surname's sentence (see _gender_asked_gives)."""
        subject = self.tokens[at]
        while subject.dep_ == "compound" and subject.head.i > subject.i:
            subject = subject.head  # (the last word of a surname of several: 'Le Goff')
        asked = _gender_asked_gives(subject)
        if asked is not None:  # (the clause's pronoun can mean no one else)
            # (the one not told to be of the other gender: 'Monique Le Goff ... she said' is not him)
            fitting = [p for p in namesakes if self._gender_told(p) in (asked, None)]
            return fitting[0] if len(fitting) == 1 else None
        gender = _gender_own_possessive_gives(subject) or _gender_own_object_gives(subject)
        fitting = [p for p in namesakes if p.gender == gender] if gender else []
        if len(fitting) != 1 or any(p.gender is None for p in namesakes):
            return None
        paragraph = self._paragraph_of(at)
        others = any(m.person.gender == gender and m.person not in namesakes and m.start < at
                     and paragraph - self._paragraph_of(m.start) <= 1 for m in self.mentions)
        # (or a pronoun of that gender there, whom it may mean: 'She went on: "..." [¶] Rao does not
        # dispute her account', Patil's)
        pronoun = any(SUBJECT_PRONOUNS.get(self._lowers[i]) == gender and not self.quoted(i)
                      and self.tokens[i].dep_ in SUBJECT_DEPS and paragraph - self._paragraph_of(i) <= 1
                      for i in range(max(0, at - 150), at))
        return None if others or pronoun else fitting[0]

    def _not_called_by_given_name(self, namesakes: list[Person], at: int) -> Person | None:
        """Of two people of one surname, the one met first, where the one met later is the
        only one the article has called by their given name alone (outside quotes and
        headlines) before token `at`, as news tells a family apart: 'Fatima Ouhammou ... Her
        younger son, Youssef Ouhammou, ... "...," Youssef said ... Ouhammou said' is Fatima;
        the one met later, where only the one met first has spoken so and was never called by
        the surname alone: 'Constable Gurmeet Singh ... Gurmeet said ... Inspector Rajveer Singh
        ... Singh denied' is Rajveer (not where the name only stood alone: 'Donald Trump ... The
        Donald ... Eric Trump ... Trump tweeted')."""
        if len(namesakes) != 2 or not all(p.mentions for p in namesakes):
            return None
        called = [p for p in namesakes if self._called_alone(p, p.name.split()[0], at)]
        first, later = sorted(namesakes, key=lambda p: p.mentions[0])
        if called == [later]:
            return first
        if called == [first] and self._called_alone(first, first.name.split()[0], at, speaking=True) \
                and not self._called_alone(first, self._texts[at], at):
            return later
        return None

    def _called_by_surname(self, namesakes: list[Person], surname: str, at: int) -> Person | None:
        """Of people of one surname, the only one the article has called by the surname alone
        before token `at` (outside quotes and headlines), where the others were introduced as
        relatives and are not named in the paragraph before it: 'Femke Aalders ... Aalders
        grew up ... Her mother, Anneke Aalders, ... Aalders takes a long breath' is Femke."""
        if self._age_word_before(at) is not None:
            return None  # ('the younger Harmon': the writer tells them apart so)
        called = [p for p in namesakes if self._called_alone(p, surname, at)]
        if len(called) != 1:
            return None
        # (those met only later stand for no surname here)
        others = [p for p in namesakes if p is not called[0] and p.mentions[0][0] < at]
        paragraph = self._paragraph_of(at)
        spoke = self._has_spoken(called[0], at)
        for other in others:
            first = other.mentions[0][0]
            here = [start for start, _ in other.mentions if start < at and self._paragraph_of(start) == paragraph]
            if (here and not (spoke and all(self._relative_of(start, called[0]) for start in here))) \
                    or (first < at and self._paragraph_of(first) == paragraph - 1 and not spoke):
                # (a relative named in the paragraph: 'Bill Clinton spoke ... Clinton said', but
                # not as the relative of one who has spoken: "Ilunga’s eldest son, Patrick Ilunga,
                # ... Ilunga said"; or met first in the one before, of one who has not: "Kristen
                # Sutter's older sister, Deborah Kay Sutter, said ... [¶] Sutter said")
                return None
        return called[0] if all(any(self._named_as_relative(start) for start, _ in other.mentions)
                                for other in others) else None

    def _has_spoken(self, person: Person, at: int) -> bool:
        """Whether a mention of someone before token `at`, outside quotes, is the active
        subject of a reporting verb ('says Losana Tuivaga', 'Ilunga said'; not 'Ilunga was told')."""
        return any(start < at and not self.quoted(start) and speaks(self.doc[start:end].root, self.lexicon)
                   for start, end in person.mentions)

    def _relative_of(self, start: int, person: Person) -> bool:
        """Whether the name at token `start` is set beside a relation whose owner is a mention
        of `person`: "Ilunga’s eldest son, Patrick Ilunga,"."""
        root = self._root_at(start) if start in self._by_token else None
        if root is None or root.dep_ != "appos" or root.head.lemma_.lower() not in self._kin:
            return False
        owner = next((c for c in root.head.children if c.dep_ == "poss"), None)
        return owner is not None and any(s <= owner.i < e for s, e in person.mentions)

    def _called_alone(self, person: Person, word: str, at: int, speaking: bool = False) -> bool:
        """Whether the article has called someone by `word` alone before token `at`, outside
        quotes and headlines (and as the subject of a reporting verb, if `speaking`)."""
        return any(end - start == 1 and start < at and self._texts[start] == word and not self.quoted(start)
                   and not self._in_headline(self.tokens[start].idx)
                   and (not speaking or speaks(self.tokens[start], self.lexicon)) for start, end in person.mentions)

    def _by_age(self, namesakes: list[Person], at: int) -> Person | None:
        """Of people of one surname, the younger or the elder that the words before the
        surname at token `at` name, by the ages the article gave them: 'Finn Carrington, 30,
        ... Sam, 25, ... the younger Carrington said' is Sam; else by their generational
        suffixes ('Jaylen Odom Sr. ... the younger Odom' is Jaylen Odom Jr.) or as one is named
        the other's parent ('Davide Rossetto ... His father, Luigi Rossetto, ... the elder
        Rossetto said' is Luigi)."""
        word = self._age_word_before(at)
        if word is None or word < 1 or self._lowers[word - 1] != "the":
            return None
        younger = self._lowers[word] == "younger"
        ages = {}
        for person in namesakes:
            age = next((int(self.tokens[end + 1].text) for start, end in person.mentions if start < at
                        and an_age_after(self.doc[start:end]) and self.tokens[end + 1].text.isdecimal()), None)
            if age is None:
                ages = {}
                break
            ages[id(person)] = age
        if len(set(ages.values())) == len(namesakes):
            return (min if younger else max)(namesakes, key=lambda p: ages[id(p)])
        # (an elder generation first: Sr. before Jr., II before III; of two mentions of one
        # person, 'Jaylen Odom Sr.' and 'Odom Sr.', the full name)
        generations = {id(p): _GENERATIONS.get(p.name.split()[-1].lower()) for p in namesakes}
        if None not in generations.values() and len(set(generations.values())) > 1:
            extreme = (max if younger else min)(generations.values())
            chosen = sorted((p for p in namesakes if generations[id(p)] == extreme), key=lambda p: -len(p.name))
            if all(_ends_in_word(chosen[0].name, p.name) for p in chosen[1:]):
                return chosen[0]
        # (one named as a parent, set beside 'father' or 'mother', or the other named as a child:
        # 'his son, Arjun Rao, ... The elder Mr Rao')
        if len(namesakes) != 2:
            return None
        parents = [p for p in namesakes if any(self._named_as_kin(start, _PARENT_NOUNS) for start, _ in p.mentions)]
        children = [p for p in namesakes if any(self._named_as_kin(start, _CHILD_NOUNS) for start, _ in p.mentions)]
        # (or one named the other's younger or elder sibling: 'His younger brother, Aqqalu
        # Kreutzmann, ... the elder Kreutzmann laughed' is the other)
        siblings = [(p, older) for p in namesakes for start, _ in p.mentions
                    if start < at and (older := self._sibling_age(start)) is not None]
        if len(parents) == 1:
            elder = parents[0]
        elif len(children) == 1:
            elder = next(p for p in namesakes if p is not children[0])
        elif len({id(p) for p, _ in siblings}) == 1 and len({older for _, older in siblings}) == 1:
            named, older = siblings[0]
            elder = named if older else next(p for p in namesakes if p is not named)
        else:
            return None
        return next(p for p in namesakes if p is not elder) if younger else elder

    def _sibling_age(self, start: int) -> bool | None:
        """Whether the name at token `start` is set beside an elder sibling's noun (True: 'her
        older sister, X'), a younger one's (False: 'His younger brother, X') or neither (None)."""
        for noun in self._set_beside(start):
            if noun.lemma_.lower() in _SIBLING_NOUNS:
                ages = {c.lower_ for c in noun.children if c.dep_ == "amod"}
                if ages & _ELDER_WORDS:
                    return True
                if ages & _YOUNGER_WORDS:
                    return False
        return None

    def _age_word_before(self, at: int) -> int | None:
        """The token of 'younger', 'elder' or 'older' just before the surname at token `at`,
        an honorific between or not ('the younger Carrington', 'The elder Mr Rao')."""
        before = at - 1
        if before > 0 and self._texts[before] in self.lexicon.honorifics:
            before -= 1
        return before if before >= 0 and self._lowers[before] in _AGE_WORDS else None

    def _named_as_kin(self, start: int, nouns: frozenset[str]) -> bool:
        """Whether the name at token `start` is set beside one of the kinship `nouns`: 'His
        father, Luigi Rossetto, 83,', 'Carmen Delgado-Méndez, Rosa’s daughter,'."""
        return any(noun.lemma_.lower() in nouns for noun in self._set_beside(start))

    def _set_beside(self, start: int) -> list[Token]:
        """The nouns the name at token `start` is set beside: the one it is in apposition to
        and those in apposition to it ('His father, Luigi Rossetto, 83,', 'Carmen
        Delgado-Méndez, Rosa’s daughter,')."""
        root = self._root_at(start) if start in self._by_token else None
        if root is None:
            return []
        return [*([root.head] if root.dep_ == "appos" else []), *appositions(root)]

    def _of_owner(self, namesakes: list[Person], at: int) -> Person | None:
        """Of people of one surname, the only one of the body whose possessive the surname at
        token `at` follows, as wire copy names an analyst by their firm: 'Daisuke Sato, an
        analyst at Mizuho Securities ... Keiko Sato ... Mizuho’s Sato said', 'the ministry’s Kim'."""
        if at < 2 or self.tokens[at - 1].lower_ not in ("'s", "’s"):
            return None
        owner = self.tokens[at - 2].text
        # (a body its own possessive names: 'the CSU’s Berger' of 'head of the CSU’s parliamentary group';
        # a body noun, by its noun: 'the ministry’s Kim' of the Ministry of Land's director-general)
        lowered = owner.islower()
        of_owner = [p for p in namesakes if owner in _words_of_name(
            (p.affiliation or "").lower() if lowered else (p.affiliation or ""))]
        return of_owner[0] if len(of_owner) == 1 else None

    def _of_title(self, namesakes: list[Person], surname: str, at: int) -> Person | None:
        """Of people of one surname, the only one whose role the title written before the
        surname, at token `at` (the recogniser's name may open with it) or just before it,
        names: 'Karen Mills, the NTSB's investigator ... Senator Robert Mills ... Senator
        Mills wrote'; or the role set beside it after 'the'."""
        title = self.tokens[at] if self.tokens[at].text != surname else self.tokens[at - 1] if at > 0 else None
        if title is None or not title.is_title or title.lower_ not in self.lexicon.role_nouns:
            # or a role set beside it after 'the': 'Jens Möller ... Sabine Möller ... Möller, the
            # prosecutor, said'
            title = next((a for a in appositions(self.tokens[at]) if a.lower_ in self.lexicon.role_nouns
                          and after_determiner(a, ("the",))), None)
            if title is None:
                return None
        return _sole_holder(namesakes, title.lower_)

    def _described_just_before(self, namesakes: list[Person], at: int) -> Person | None:
        """Of people of one surname, the only one whose role the last description outside
        quotes in the surname's sentence or the one before names, no one named between:
        'Declan Ó Súilleabháin, a councillor, ... Pádraig Ó Súilleabháin, the regional manager,
        ... Speaking after the vote, the regional manager said ... "...," Mr Ó Súilleabháin said'."""
        start = self.sentence_bounds[at][0]
        if start > 0 and self._paragraph_of(start - 1) == self._paragraph_of(at):
            start = self.sentence_bounds[start - 1][0]
        for token in reversed(self.tokens[start:at]):
            if token.i in self._by_token and not self.quoted(token.i):
                return None  # (someone named between)
            if token.pos_ == "NOUN" and token.lower_ in self.lexicon.role_nouns and not self.quoted(token.i) \
                    and after_determiner(token, ("the",)):
                return _sole_holder(namesakes, token.lower_)
        return None

    def _met_lately(self, namesakes: list[Person], at: int) -> Person:
        """Of people of one surname, the one named in full, outside quotes, most lately before
        token `at` in an earlier sentence of its paragraph or the one before, as a clause's
        subject or beside one ('Her son, Marcus Harmon, ... the younger Harmon said'; 'the
        pianist Harold Gaines and his son, the drummer Marcus Gaines, ... Marcus Gaines, 49,
        said afterward ... the younger Gaines said'), else the one met first: 'a photo of Heidi
        Cruz' brings in no one who speaks."""
        met = [p for p in namesakes if p.mentions and p.mentions[0][0] < at]
        if len(met) < 2:  # the only one met so far ('Ambrose told' before her mother is named)
            return met[0] if met else namesakes[0]
        return self._met_last(met, at) or namesakes[0]

    def _met_last(self, met: list[Person], at: int, near: bool = True) -> Person | None:
        """Of `met`, the one named in full most lately before token `at` as a clause's
        subject or beside one (see _met_as_speaker_before); None when none was."""
        lately = [(mention, p) for p in met if len(p.name.split()) > 1
                  for mention in p.mentions if self._met_as_speaker_before(mention, at, near)]
        if not lately:
            return None
        last, person = max(lately, key=lambda m: m[0])
        # (not a relative named in a clause on the other's name: 'Derek Amankwah, whose son,
        # Private Joseph Amankwah, 19, died there, founded the group ... said Amankwah')
        clause = next((t for t in self.doc[last[0]:last[1]].root.ancestors if t.dep_ == "relcl"), None)
        if clause is not None and self._named_as_relative(last[0]):
            return next((p for (start, end), p in lately if p is not person and start <= clause.head.i < end), person)
        return person

    def _met_as_speaker_before(self, mention: tuple[int, int], at: int, near: bool = True) -> bool:
        """Whether a mention names someone in full, outside quotes, in a sentence before token
        `at`'s in its paragraph or the one before (anywhere before it, not `near`), as a
        subject or beside one (or beside the root a misparse left without its verb: 'The
        Liberal Democrat group leader, Cllr Jenny Entwistle, who is not related ..., called');
        not 'Maria Baker, Baker's eldest daughter', in one sentence."""
        start, end = mention
        if end - start < 2 or start >= self.sentence_bounds[at][0] or self.quoted(start) \
                or (near and self._paragraph_of(at) - self._paragraph_of(start) > 1):
            return False
        root = self.doc[start:end].root
        if root.dep_ == "appos" and root.head.dep_ not in (*SUBJECT_DEPS, "ROOT"):
            # (hung on the place ending the subject's phrase: "Coastal Terminals’ managing
            # executive for Durban, Sipho Dlamini, who is no relation, said")
            node = root.head
            while node.dep_ in ("pobj", "prep") and node.head.i != node.i:
                node = node.head
            if node.i != root.head.i and node.dep_ in SUBJECT_DEPS and node.pos_ == "NOUN":
                return True
            # ('At Mile 12 market in Lagos, ..., Ronke Adeyemi, a tomato trader, said', which the
            # parse hung on the place): set off by commas just before a reporting verb
            after = root.right_edge.i + 1
            return after + 1 < len(self.doc) and self.doc[after].text == "," \
                and self.doc[after + 1].lemma_.lower() in self.lexicon.reporting_verbs
        # (or introduced by a description set beside it: 'the son of Takeshi Mori, a
        # 41-year-old office worker,')
        return root.dep_ in SUBJECT_DEPS or root.dep_ == "appos" \
            or any(c.dep_ == "appos" and c.pos_ == "NOUN" for c in root.children)

    def _new(self, name: str) -> Person:
        person = Person(name)
        self.persons.append(person)
        return person

    def _merge_words_taken_into_names(self) -> None:
        """A word the recogniser took into someone's name: 'Top Clinton aide sent ...',
        'mogul Donald Trump'. The word opens the name, is no given name, and is in lower
        case, or capitalised only where a sentence starts and written in lower case
        elsewhere; the rest names someone the article names on their own."""
        for person in list(self.persons):
            words = person.name.split()
            if len(words) < 2 or words[0] in self.lexicon.name_genders:  # both tables: it holds given_names too
                continue
            rest = " ".join(words[1:])
            other = next((p for p in self.persons if p is not person
                          and (p.name == rest or p.name.endswith(f" {rest}"))), None)
            if other is None:
                continue
            first = words[0]
            # Capitalised only where a sentence starts: 'Young Sanders' is not 'Rush Limbaugh'.
            opening = all(self.sentence_bounds[start][0] == start for start, _ in person.mentions
                          if self.tokens[start].text == first)
            if first.islower() or (opening and self.written_in_lower_case(first.lower())):
                self._absorb(other, person)

    def _merge_single_names(self) -> None:
        """A one-word name met before the full name ("Trump", then "Donald Trump"; "Xi", then
        "Xi Jinping")."""
        for single in [p for p in self.persons if len(p.name.split()) == 1]:
            # 'Mr. Obama' is not 'Michelle Obama': genders, where known, must agree.
            agree = [p for p in self.persons if p is not single and len(p.name.split()) > 1
                     and (p.gender is None or single.gender is None or p.gender == single.gender)]
            namesakes = [p for p in agree if p.has_surname(single.name)]
            full = next(iter(namesakes), None)
            if full is None and single.name not in self.lexicon.all_name_genders:
                # the first of two surnames, as Spanish news writes it alone: 'Rosado' of Camila
                # Rosado Fuentes
                paternal = [p for p in agree if len(p.name.split()) > 2 and p.name.split()[-2] == single.name]
                full = paternal[0] if len(paternal) == 1 else None
            if full is None and single.name not in self.lexicon.all_name_genders:
                # a family name written first ('Xi', then 'Chinese President Xi Jinping'), no
                # given name, when one full name alone opens with it and no word of the rest is
                # one the article writes in lower case ('Obama Speech', a caption's)
                opening = [p for p in agree if p.name.split()[0] == single.name
                           and not any(self.written_in_lower_case(w.lower()) for w in p.name.split()[1:])]
                full = opening[0] if len(opening) == 1 else None
            elif full is None:
                # a given name alone where one full name opens with it: 'Isaiah' of Isaiah
                # Grant, whom news tells from his brother Elijah Grant by first name; 'her older
                # brother Conor', then 'Conor Kearney'
                opening = [p for p in agree if p.name.split()[0] == single.name]
                full = opening[0] if len(opening) == 1 else None
            if full is not None:
                mentions = single.mentions
                self._absorb(full, single)
                if len(namesakes) > 1:
                    self._share_out(single.name, mentions, full, namesakes)

    def _share_out(self, surname: str, mentions: list[tuple[int, int]], person: Person,
                   namesakes: list[Person]) -> None:
        """A surname's mentions, met before the full names and given to `person`, each the
        namesake's its place tells (see find), or the one the surname alone stood for, since
        all were named in full, in its paragraph or the one before: 'Toledo's Kowalczyk's
        Bakery' [a headline] ... opened by Stanislaw Kowalczyk ... His grandson, Frank Kowalczyk
        Jr., ... ¶ Kowalczyk said ... ¶ "...," Kowalczyk said'."""
        named = max(min((m[0] for m in p.mentions if m[1] - m[0] > 1), default=len(self.tokens)) for p in namesakes)
        for start, end in mentions:
            paragraph = self._paragraph_of(start)
            lately = [(earlier, p) for p in namesakes for earlier, stop in p.mentions if stop - earlier == 1
                      and named < earlier < start and paragraph - self._paragraph_of(earlier) <= 1
                      and not self.quoted(earlier)]
            namesake = max(lately, key=lambda m: m[0])[1] if lately else self._namesake_at(namesakes, surname, start)
            self._move_mention(start, end, person, namesake)

    def _move_mention(self, start: int, end: int, person: Person, other: Person) -> None:
        """The mention of `person` at tokens start to end names `other` instead."""
        if other is person:
            return
        index = next((i for i, m in enumerate(self.mentions) if m.start == start and m.person is person), None)
        if index is None:
            return
        person.mentions.remove((start, end))
        other.mentions = sorted([*other.mentions, (start, end)])
        self._rehome(index, other)

    def _merge_name_variants(self) -> None:
        """Two names of one person, one ending the other: 'Debbie Wasserman Schultz' and
        'Wasserman Schultz' (a surname of two words: the full name stays), or a headline's
        'Rip Donald Trump' and 'Donald Trump' (a word taken into the name: it goes). The
        given-name lexicon tells which: the word that opens a name is a first name; else a
        longer name that comes first, outside a headline, is the full one. A name with a
        middle initial is the name without it, which news writes more often ('Marian T.
        Holt' is Marian Holt). A name with a
        hyphened given name after it is the full one of that name without it ('Edmund Tsang
        Kin-hei' and 'Edmund Tsang'), and so is one named before that the shorter opens (see
        _opening_words_of)."""
        for short in sorted(self.persons, key=lambda p: len(p.name)):
            if short not in self.persons or len(short.name.split()) < 2:
                continue
            given = next((p for p in self.persons if p.name.startswith(f"{short.name} ")
                          and _HYPHENED_GIVEN_NAME.fullmatch(p.name.split()[-1])
                          and len(p.name.split()) == len(short.name.split()) + 1), None)
            if given is not None:  # 'Edmund Tsang' of Edmund Tsang Kin-hei
                self._absorb(given, short)
                continue
            initialled = next((p for p in self.persons if p is not short
                               and _MIDDLE_INITIAL.sub(" ", p.name) == short.name), None)
            if initialled is not None:  # 'Marian T. Holt', then a headline's 'Marian Holt'
                self._absorb(short, initialled)
                continue
            opened = self._opening_words_of(short)
            if opened is not None:
                self._absorb(opened, short)
                continue
            fuller = self._with_middle_names_of(short) or self._given_name_shortened_in_headline(short)
            if fuller is not None:
                self._absorb(fuller, short)
                continue
            # (a particle opening the surname written alone may take a capital: 'Van Wyk' of Pieter van Wyk)
            first = short.name.split()[0]
            written = {short.name, first.lower() + short.name[len(first):]} if first.lower() in NAME_PARTICLES \
                else {short.name}
            for longer in [p for p in self.persons if any(p.name.endswith(f" {name}") for name in written)]:
                if longer.name.split()[0] in self.lexicon.given_names:
                    self._absorb(longer, short)
                    break
                # (a surname with its particle, no given name: 'Al Busaidi' of Hilal bin Hamad Al Busaidi;
                # not 'Elena Rivas' of Marta Elena Rivas, a rarer given name)
                if short.name.split()[0] in self.lexicon.given_names \
                        and short.name.split()[0].lower() not in NAME_PARTICLES \
                        and longer.name.split()[0] not in self.lexicon.all_name_genders:
                    self._absorb(short, longer)
                elif longer.mentions[0] < short.mentions[0] and (
                        self._paragraph_of(longer.mentions[0][0]) > 0
                        or not self._in_headline(self.tokens[longer.mentions[0][0]].idx)):
                    # 'Aung San Suu Kyi', introduced in full below the headline or in a first
                    # paragraph that is no headline ('Stacy Davis Gates'), then 'Suu Kyi'
                    self._absorb(longer, short)
                    break
                elif self._paragraph_of(short.mentions[0][0]) == 0 < self._paragraph_of(longer.mentions[0][0]):
                    # written short in the first line only: 'Selectors axe veteran opener Van
                    # Wyk', then 'dropped veteran opener Pieter van Wyk'
                    self._absorb(longer, short)
                    break

    def _with_middle_names_of(self, short: Person) -> Person | None:
        """The one person whose full name is, with middle names between, the given name and
        surname written in the article's first line, its headline: 'Zahid Marri named caretaker
        PM' over 'Former diplomat Zahid Hussain Marri was on Saturday named'."""
        words = short.name.split()
        first = short.mentions[0][0]
        if len(words) != 2 or self._paragraph_of(first) > 0 or self._texts[first:first + 2] != words:
            return None
        fuller = [p for p in self.persons if p is not short and len(p.name.split()) > 2
                  and p.name.split()[0] == words[0] and p.name.split()[-1] == words[1]]
        return fuller[0] if len(fuller) == 1 else None

    def _given_name_shortened_in_headline(self, short: Person) -> Person | None:
        """The one person named below whose given name the headline's given name shortens,
        the surname after it the same: 'The second act of Inma Vallejo' over 'Inmaculada
        Vallejo de la Fuente'."""
        words = short.name.split()
        first = short.mentions[0][0]
        if len(words) != 2 or self._paragraph_of(first) > 0 or len(words[0]) < 3:
            return None
        fuller = [p for p in self.persons if p is not short and len(full := p.name.split()) > 1
                  and full[0] != words[0] and full[0].startswith(words[0]) and full[1] == words[1]]
        return fuller[0] if len(fuller) == 1 else None

    def _opening_words_of(self, short: Person) -> Person | None:
        """The one person named before in full whose name `short`'s words open, as news
        names Malay and Spanish speakers again by their given names or first surname: 'Nur
        Aisyah Kamarudin ... Nur Aisyah said', 'Rosa María Quispe Salinas ... Rosa María
        Quispe'. Not a son's name, with 'Jr.' after it, nor a name of another gender, nor a
        relative's ('Aung San Suu Kyi ... the daughter of Aung San')."""
        first = short.mentions[0][0]
        if any(self._named_as_relative(start) for start, _ in short.mentions):
            return None
        opened = [p for p in self.persons if p is not short and p.name.startswith(f"{short.name} ")
                  and not NAME_SUFFIXES & {w.lower() for w in p.name.split()}
                  and p.mentions[0][0] < first and not self._in_headline(self.tokens[p.mentions[0][0]].idx)
                  and (p.gender is None or short.gender is None or p.gender == short.gender)]
        return opened[0] if len(opened) == 1 else None

    def _named_as_relative(self, start: int) -> bool:
        """Whether the name at token `start` is someone's relative's: 'the daughter of Aung
        San', 'Zhou's father, Zhou Jianguo,'."""
        before = self.tokens[start - 1] if start > 0 else None
        if before is not None and before.lower_ == "of" and before.head.lemma_.lower() in self._kin:
            return True
        root = self._root_at(start) if start in self._by_token else None
        return root is not None and root.dep_ == "appos" and root.head.lemma_.lower() in self._kin

    def _paragraph_of(self, token: int) -> int:
        """How many non-blank lines come before token `token`."""
        return bisect_left(self._line_ends, self.tokens[token].idx)

    def _surnames_met_before(self, early: set[int]) -> None:
        """A surname alone stands for the namesake the article has introduced by then, not
        one it introduces later: 'Tetsuo Kanno [a place to the recogniser], who heads the
        federation, said ... "...," Kanno said. ... Akiko Kanno, a wholesaler,'. A person
        the recogniser missed is added after the others, so the surname had gone to the
        only Kanno known then; where both were met by then, it goes to the one the namesakes'
        rules choose now that both are known ('Maria Helena Cavalcanti de Albuquerque [missed]
        ... Her father, Severino Cavalcanti de Albuquerque, ... Albuquerque said' is her).
        `early`: the persons known before the missed ones were added."""
        introduced = {id(p): min((s for s, e in p.mentions if self.doc[s:e].text == p.name), default=None)
                      for p in self.persons}
        for mention in list(self.mentions):
            person, word = mention.person, self._texts[mention.start]
            first = introduced[id(person)]
            if mention.end - mention.start != 1 or first is None or first < mention.start \
                    or not person.has_surname(word) or self._in_headline(mention.start_char):
                continue
            honorific = self.lexicon.honorifics.get(self._texts[mention.start - 1]) if mention.start else None
            gender = honorific.gender if honorific else None
            before = [(introduced[id(p)], p) for p in self.persons if p is not person and p.has_surname(word)
                      and introduced[id(p)] is not None and introduced[id(p)] < mention.start
                      and (gender is None or p.gender == gender)]
            if before:
                self._move(mention, max(before, key=lambda pair: pair[0])[1])
        for mention in list(self.mentions):
            person, word = mention.person, self._texts[mention.start]
            if mention.end - mention.start != 1 or id(person) not in early or not person.has_surname(word) \
                    or self.quoted(mention.start) or self._in_headline(mention.start_char):
                continue
            namesakes = [p for p in self.persons if p.has_surname(word) and introduced[id(p)] is not None
                         and introduced[id(p)] < mention.start]
            if person in namesakes and any(id(p) not in early for p in namesakes):
                chosen = self._namesake_at(namesakes, word, mention.start)
                if id(chosen) not in early:
                    self._move(mention, chosen)
        for mention in list(self.mentions):
            # 'His father, Luigi Rossetto, ... the elder Rossetto said': the namesake the words
            # before tell (see _by_age), once all are known
            word = self._texts[mention.start]
            if mention.end - mention.start == 1 and self._age_word_before(mention.start) is not None:
                namesakes = [p for p in self.persons if p.has_surname(word) and len(p.name.split()) > 1]
                chosen = self._by_age(namesakes, mention.start) if len(namesakes) > 1 else None
                if chosen is not None and chosen is not mention.person:
                    self._move(mention, chosen)

    def _surnames_read_in_order(self) -> None:
        """A surname alone, shared by people named before it, stands for the one the namesakes'
        rules choose from what the article has said up to it, though the recogniser's labels
        had it read before mentions that come earlier: 'Ingrid Tjalma ... Tjalma [a body]
        says ... Her father, Sjoerd Tjalma, ... Tjalma [a person] is best remembered' is her.
        Read again in the article's order, from the first such mention of each surname on."""
        stale: set[str] = set()
        bearers: dict[str, list[Person]] = {}  # a surname -> the people named in full by it
        order = sorted(range(len(self.mentions)), key=lambda k: self.mentions[k].start)
        for k in order:
            mention = self.mentions[k]
            if mention.end - mention.start != 1:
                continue
            word = self._texts[mention.start]
            if word not in bearers:
                bearers[word] = [p for p in self.persons if len(p.name.split()) > 1 and p.has_surname(word)]
            if len(bearers[word]) < 2 or mention.person not in bearers[word] \
                    or self.quoted(mention.start) or self._in_headline(mention.start_char) \
                    or self._age_word_before(mention.start) is not None:
                continue
            namesakes = [p for p in bearers[word] if p.mentions[0][0] < mention.start]
            if len(namesakes) < 2 or mention.person not in namesakes:
                continue
            # (or a namesake's full name the recogniser left to a later pass: 'Cllr Mahmood is no
            # relation of Imran Mahmood [a body], a trustee ... "...," Mr Mahmood said')
            if word not in stale and not any(
                    j > k and m.start < mention.start and m.person in namesakes
                    and (m.end - m.start == 1 or m.start == m.person.mentions[0][0])
                    and self._texts[m.end - 1] == word for j, m in enumerate(self.mentions)):
                continue
            stale.add(word)
            honorific = self.lexicon.honorifics.get(self._texts[mention.start - 1]) if mention.start else None
            chosen = self._namesake_at(namesakes, word, mention.start) if honorific is None \
                else self.find(word, honorific.gender, mention.start, honorific)
            if chosen in namesakes and chosen is not mention.person:
                self._move(mention, chosen)

    def _move(self, mention: Mention, person: Person) -> None:
        """One mention moves to another person."""
        mention.person.mentions.remove((mention.start, mention.end))
        person.mentions = sorted([*person.mentions, (mention.start, mention.end)])
        self._rehome(self.mentions.index(mention), person)

    def _rehome(self, index: int, person: Person) -> None:
        """Mention `index` names `person` now, and so do its tokens."""
        mention = self.mentions[index]
        moved = Mention(person, mention.start, mention.end, mention.start_char, mention.end_char)
        self.mentions[index] = moved
        for i in range(mention.start, mention.end):
            self._by_token[i] = moved

    def _absorb(self, person: Person, other: Person) -> None:
        """`other` is `person` under another name: its mentions, role and gender move over."""
        person.learn(Descriptor(other.role, other.affiliation))
        person.said_to_be += other.said_to_be
        person.in_headline += other.in_headline
        person.gender = person.gender or other.gender
        person.mentions = sorted(person.mentions + other.mentions)
        self.persons.remove(other)
        for index, mention in enumerate(self.mentions):
            if mention.person is other:
                self._rehome(index, person)
        self._salient = [replace(m, person=person) if m.person is other else m for m in self._salient]
        self.described = {i: person if p is other else p for i, p in self.described.items()}

    def _complete_single_names(self) -> None:
        """A one-word name the article writes in full elsewhere, where the recogniser did
        not see a person: 'Mehmet Oz — Ivy League-trained surgeon', a quoted 'Barack Obama
        Election Day'. Only one first name may fit, of the person's gender where known."""
        single = [p for p in self.persons if len(p.name.split()) == 1]
        if not single:
            return
        places: dict[str, list[int]] = {}
        wanted = {p.name for p in single}
        for i, text in enumerate(self._texts[1:], 1):
            if text in wanted:
                places.setdefault(text, []).append(i)
        genders = self.lexicon.all_name_genders
        tokens = self.tokens

        def opening(first: Token) -> int:
            """Where the given names that end at `first` open: with the half a hyphen joins
            before it ('Jean-Baptiste'), and a given name of the tables the parse joins to the
            same name before it ('Ana Beatriz' of 'Ana Beatriz [a body] Correia')."""
            start = first.i - 2 if first_half_hyphened(tokens, first.i) else first.i
            before = tokens[start - 1] if start > 0 else None
            if before is not None and before.pos_ == "PROPN" and before.is_title and before.dep_ == "compound" \
                    and before.head.i == first.head.i and before.text in self.lexicon.name_genders \
                    and before.ent_type_ in ("", "PERSON"):
                start -= 1
            return start

        def written(first: Token) -> str:
            return self.doc[opening(first):first.i + 1].text

        for person in single:
            fitting = [first for first in self._first_names_before(places.get(person.name, []))
                       if person.gender is None or genders.get(first.text) in (None, person.gender)]
            firsts = {written(first) for first in fitting}
            if len(firsts) == 1 and not any(p.name == f"{next(iter(firsts))} {person.name}" for p in self.persons):
                first = firsts.pop()
                person.name = f"{first} {person.name}"
                person.gender = person.gender or genders.get(first.split()[0].split("-")[-1])
                for given in fitting:
                    # where it is written in full as a subject with nothing set beside it, a
                    # mention a pronoun may refer back to ('Pieter-Jan Wouters, of the Flemish
                    # liberals, offered ... he argued'); described, it is left to the descriptions
                    start, surname = opening(given), tokens[given.i + 1]
                    if surname.dep_ in SUBJECT_DEPS and not any(c.dep_ == "appos" for c in surname.children) \
                            and not any(i in self._by_token for i in range(start, given.i + 2)):
                        self._register(person, self.doc[start:given.i + 2])
            elif not firsts:
                self._complete_with_particles(person, places.get(person.name, []))

    def _complete_with_particles(self, person: Person, places: list[int]) -> None:
        """A one-word name written in full elsewhere with particles before it, after a given
        name of the tables: 'Elke Van den Broeck' of 'Broeck' (the tagger took 'Elke' for an
        adverb). Only where one such name fits, and no one has it already."""
        genders = self.lexicon.all_name_genders
        found = set()
        for i in places:
            j = i - 1
            while j > 0 and i - j <= 2 and self.tokens[j].lower_ in NAME_PARTICLES:
                j -= 1
            given = self.tokens[j]
            if j < i - 1 and given.is_title and given.text in genders \
                    and (person.gender is None or genders.get(given.text) in (None, person.gender)):
                found.add(self.doc[j:i + 1].text)
        if len(found) == 1 and not any(p.name in found for p in self.persons):
            person.name = found.pop()
            person.gender = person.gender or genders.get(person.name.split()[0])

    def _first_names_before(self, places: list[int]):
        """The capitalised proper nouns written right before tokens `places` that can be a first name:
        not a body's word, unless a given name of the tables or the first of two words the
        recogniser took for a body ('Her son, Alistair Lennox [a body to it],')."""
        lexicon = self.lexicon
        for i in places:
            first = self.tokens[i - 1]
            if first.pos_ == "PROPN" and first.is_alpha and first.is_title and first.text not in lexicon.honorifics \
                    and first.lower_ not in lexicon.role_nouns and first.text not in lexicon.demonyms \
                    and first.text not in lexicon.parties and not reporting_form(first, lexicon) \
                    and (first.ent_type_ not in BODY_ENTS - {"PERSON"} or first.text in lexicon.name_genders
                         or self._two_word_entity_at(i - 1)):
                yield first

    def _two_word_entity_at(self, i: int) -> bool:
        """Whether an entity of two words opens at token `i`, a possessive the recogniser took
        in aside ("Lachlan Petrakis’s [a body] office")."""
        tokens = self.tokens
        end = i + 2
        if end < len(tokens) and tokens[end].text in POSSESSIVE and tokens[end].ent_iob_ == "I":
            end += 1
        return tokens[i].ent_iob_ == "B" and tokens[i + 1].ent_iob_ == "I" \
            and (end == len(tokens) or tokens[end].ent_iob_ != "I")

    def _role_set_off_before(self, name: Span) -> list[Token]:
        """A role noun right before a name set off by commas that the parse hung elsewhere: in
        'Parents met the superintendent, Laura Chen, on Monday' she is the superintendent.
        Not before a subject: 'After meeting the superintendent, Laura Chen said'; but
        where the parse made both the subjects of an inverted cue, the name ending its
        clause: 'said the study's lead author, Dr. Laura Chen.', or of the verb after them."""
        root = name.root
        if root.dep_ in ("npadvmod", "dep"):
            noun = role_set_off_before(self.doc, name.start, name.end, self.lexicon)
        elif root.dep_ == "nsubj" and root.head.i < root.i:
            end = max(name.end, root.right_edge.i + 1)  # past 'of the Harvard School of Public Health'
            noun = role_set_off_before(self.doc, name.start, end, self.lexicon, to_end=True)
            if noun is not None and (noun.dep_ != "nsubj" or noun.head.i != root.head.i):
                noun = None
        elif root.dep_ == "nsubj" and name.start > 1 and self._texts[name.start - 1] == "," \
                and name.end < len(self.doc) and self.tokens[name.end].text in (",", *DASHES):
            # (or a definite subject set off before the name, the parse making both the verb's
            # subjects: 'The city's alderman for housing, Annelies de Vries — no relation — sees it')
            noun = next((c for c in root.head.children if c.dep_ == "nsubj" and c.i < name.start
                         and c.right_edge.i in (name.start - 2, name.start - 1) and c.pos_ == "NOUN" and c.tag_ == "NN"
                         and c.lemma_.lower() in self.lexicon.role_nouns
                         and any(d.dep_ == "poss" or d.lower_ == "the" for d in c.children)), None)
        else:
            return []
        return [noun] if noun is not None else []

    def _owned_title(self, name: Span, title: Descriptor, person: Person) -> Descriptor:
        """A title's body where 'its' or 'the bureau's' opens it ('Its chief executive Jane
        Doe'; 'Her spokesman Brian Fallon' once pronouns are linked), or a body noun for an
        organisation named before with that head word ('board chairman John Fervier' after
        the State Election Board), the noun then no word of the role."""
        doc = name.doc
        for token in reversed(doc[max(name.start - _TITLE_REACH, 0):name.start]):
            if token.is_punct or token.pos_ in ("VERB", "AUX"):
                break
            if token.i < name.start - 1 and (token.head.i == name.root.i or name.root in token.head.ancestors):
                # a word of the title, not 'her weight behind President Obama's advice'
                if token.dep_ == "poss":
                    return self._owned_by(person, token.head, title)
                if token.dep_ == "compound" and title.affiliation is None and self._opens_with_body_noun(token):
                    body = self._body_noun_opening(token)
                    if body is None:
                        return title
                    return Descriptor(_without_opening(title.role, token), body)
        return title

    def _body_noun_opening(self, token: Token) -> str | None:
        """The organisation a lower-case body noun opening a title (see _opens_with_body_noun)
        stands for: one named before with that head word ('board chairman John Fervier'
        after the State Election Board), and a company noun the company nearby, as 'the
        company said' does ('company spokeswoman X' after 'Starbucks said')."""
        lemma = token.lemma_.lower()
        return self.organisations.before(token.i, lemma, nearby=lemma in COMPANY_NOUNS) \
            or self._owned_mention_before(token)

    def _owned_mention_before(self, token: Token) -> str | None:
        """The nearest earlier mention of a body noun outside quotes, as written, when a place
        or body owns it: 'China's foreign ministry' for 'ministry spokesperson Mao Ning' after
        it; None when that mention has no such owner."""
        lemma = token.lemma_.lower()
        for before in reversed(self.tokens[max(token.i - _DESCRIPTION_REACH, 0):token.i]):
            if before.lemma_.lower() != lemma or not common_noun(before) or self.quoted(before.i):
                continue
            owned = next((owned for c in before.children if c.dep_ == "poss"
                          and (owned := self.owned_by_body(c, before.i + 1)) is not None), None)
            return owned.text if owned is not None else None
        return None

    def owned_by_body(self, owner: Token, end: int) -> Span | None:
        """The words from the name of the place or body that owns a body noun to token `end`,
        as written ('Lebanon's health ministry'); None for an owner that is no place nor body,
        or whom the article names as a person."""
        if owner.ent_type_ not in ("GPE", "NORP", "ORG") or self.at(owner) is not None:
            return None
        return self.doc[name_of_entity(entity_of(owner)).start:end]

    def _opens_with_body_noun(self, token: Token) -> bool:
        """A body noun in lower case, or opening its sentence, before a role: 'company
        spokeswoman', 'Board chairman'."""
        return (token.is_lower or token.is_sent_start) and token.lemma_.lower() in self.lexicon.body_nouns

    def _owned_by(self, person: Person, noun: Token, descriptor: Descriptor) -> Descriptor:
        """`owned`, and a role under 'his' or 'her' kept for link_pronouns to give its body."""
        described = self.owned(noun, descriptor)
        if described.role and described.affiliation is None \
                and any(c.dep_ == "poss" and c.lower_ in POSSESSIVE_GENDERS for c in noun.children):
            self._owned_by_someone.append((person, noun, described))
        return described

    def _title_of_list(self, name: Span, headline: bool) -> Descriptor | None:
        """'Sens. Maria Lopez, Tom Baker and Ann Ruiz': a title in the plural before the first
        of the names listed is each one's."""
        node = name.root
        while node.dep_ in ("conj", "appos") and node.head.i < node.i and node.head.i in self._by_token:
            node = node.head
        first = self._by_token.get(node.i)
        if node.i == name.root.i or first is None or first.start == 0 \
                or not plural_title(name.doc[first.start - 1], self.lexicon):
            return None
        words = name.doc[first.start:first.end]
        return title_before(words, words, self.lexicon, headline)

    def _party_of_group(self, root: Token) -> Descriptor | None:
        """The party of a group a name is listed in: 'Some Republicans, including Senator
        Lamar Alexander of Tennessee', 'Democratic senators, including Tom Baker and Maria
        Lopez'."""
        while root.dep_ == "conj":
            root = root.head
        including = root.head
        if root.dep_ != "pobj" or including.lower_ != "including" or including.head.tag_ not in _PLURAL_TAGS:
            return None
        group = including.head
        party = self.lexicon.parties.get(group.text) or self.lexicon.parties.get(group.text.removesuffix("s")) \
            or describe_noun(group, self.lexicon, one_person=True).affiliation
        return Descriptor(None, party) if party in self._parties else None

    def _descriptors(self, ent: Span, name: Span, person: Person, headline: bool = False):
        """Every role/affiliation phrase this mention carries."""
        title = title_before(ent, name, self.lexicon, headline) or self._title_of_list(name, headline)
        bare = None  # an academic rank alone ('Prof Alan Firth, the trust's medical director'), after the job
        if title:
            title = self._owned_title(name, title, person)
            if title.affiliation is None and (title.role or "").lower() in _ACADEMIC_RANKS:
                bare = title
            else:
                yield title
        tag = _PARTY_TAG.match(self.text, ent.end_char)
        party = Descriptor(None, self.lexicon.parties.get(tag.group(1) or tag.group(2))) if tag else None
        if party and title and title.affiliation is None:
            yield party  # 'Sen. X (I-Vt.), the ranking member of the committee': the title's party first
        grouped = self._party_of_group(name.root)
        if grouped is not None and (title is None or title.affiliation is None):
            yield grouped  # 'Some Republicans, including Senator Lamar Alexander of Tennessee,': his party first
        anchor = name.root
        if (anchor.tag_ == "IN" or anchor.lower_ in NAME_PARTICLES) and len(name) > 1:
            # 'said Per Ivar Somby, 63, one of the fishermen': the parse's 'per' heads the name (or
            # a particle it took for a verb: 'said Kris Van den Bossche, the local secretary')
            anchor = name[-1]
        if anchor.head.i == name.end and name.end < ent.end and anchor.head.text in self.lexicon.post_nominals:
            anchor = anchor.head  # 'the Solicitor General, Martin Ellery KC,': the parse hangs the name on 'KC'
        for apposition in [*appositions(anchor), *self._role_set_off_before(name)]:
            owned = _title_of_body_named_before(apposition, self.lexicon)
            if owned is not None:
                yield owned
                continue
            apposition = _title_over_its_object(apposition, self.lexicon)
            if self.quoted(apposition.i) and not self.quoted(name.root.i):
                continue  # the words of a quote the parse set beside the name: 'X called Y "a champion"'
            group = one_of(apposition)
            if group is not None:  # 'X, one of several port commissioners': a commissioner
                described = describe_noun(group, self.lexicon, one_person=True)
            elif apposition.tag_ in _PLURAL_TAGS and not any(
                    c.dep_ == "conj" and c.tag_ not in _PLURAL_TAGS for c in apposition.children):
                continue  # 'superdelegates, the party leaders who': not one person's role
            else:
                described = self._owned_by(person, apposition, describe_noun(apposition, self.lexicon))
            if described.role:
                yield described
        if bare is not None:
            yield bare
        root = name.root
        for prep in root.rights:  # 'Sen. Maria Lopez of Maine', 'Tom Baker at the Brookings Institution'
            kinds = _BODY_AFTER_NAME.get(prep.lower_, ()) if prep.dep_ == "prep" else ()
            objects = [c for c in prep.children if c.dep_ == "pobj"]
            # 'Ruth Abernathy of the Portland firm Abernathy & Cole': the body noun's name
            objects += [a for c in objects if common_noun(c) and c.lemma_.lower() in self.lexicon.body_nouns
                        for a in c.children if a.dep_ == "appos"]
            # a place is an office holder's ('Sen. Maria Lopez of Maine'); anyone else's is a hometown
            places = [c for c in objects if c.ent_type_ in kinds and (c.ent_type_ != "GPE" or title)]
            unmarked = [c for c in prep.children if kinds and c.dep_ == "pobj" and not c.ent_type_
                        and c.pos_ == "PROPN" and c.is_title]
            if (places or unmarked) and (prep.lower_ != "at" or root.dep_ in _AT_BODY_DEPS):
                # a name the recogniser did not mark is its proper nouns only: 'of the anti-Trump National Review'
                words = _name_after_modifiers(places[0]) if places else _proper_noun_run(unmarked[0])
                yield Descriptor(None, affiliation_text(words, self.lexicon))
                break
        publication = _publication(root)
        if publication is not None:
            yield Descriptor(None, affiliation_text(noun_phrase(publication), self.lexicon))
        if party:
            yield party


def _title_of_body_named_before(word: Token, lexicon: Lexicon) -> Descriptor | None:
    """The title a body's name owns, where the parse set the body's first word beside the name
    and hung the title on its 'of': 'X, the Department of National Defence's assistant deputy
    minister for materiel,' (the assistant deputy minister for materiel of the Department of
    National Defence); None for any other word."""
    if word.pos_ != "PROPN" or word.lemma_.lower() not in lexicon.body_nouns:
        return None
    prep = next((c for c in word.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    title = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    owner = next((c for c in title.children if c.dep_ == "poss" and c.i > prep.i), None) \
        if title is not None and title.lower_ in lexicon.role_nouns else None
    if owner is None or not any(c.text in POSSESSIVE for c in owner.children):
        return None
    role = describe_noun(title, lexicon).role
    return Descriptor(role, affiliation_text(list(word.doc[word.i:owner.i + 1]), lexicon)) if role else None


def _title_over_its_object(word: Token, lexicon: Lexicon) -> Token:
    """The capitalised title whose 'for' or 'of' a word is the object of, where the parse set a
    name beside that object: 'The Minister for Further and Higher Education, Aoife Brannigan,'
    (the name hung on 'Education'); any other word as it is."""
    title = word
    while title.dep_ in ("pobj", "conj") and title.head.i != title.i:
        title = title.head
        if title.dep_ == "prep" and title.lower_ in ("for", "of"):
            title = title.head
            return title if title_word(title, lexicon) and title.i < word.i else word
    return word


def _without_given_names(role: str, name: str) -> str:
    """A role without the person's given names that end it, which the recogniser left out of
    the name after a title's object: 'Minister for Research and Space Etienne' of Etienne
    Garnier."""
    words, given = role.split(), name.split()[:-1]
    end = len(words)
    while end > 1 and words[end - 1] in given:
        end -= 1
    return role if end == len(words) else " ".join(words[:end])


def _before_an_age(ent: Span) -> Span:
    """The proper nouns that open a date the recogniser made of a name and the age after it
    ('Karikó, 68'), with a given name it left out before them; any other entity as it is."""
    if ent.label_ != "DATE" or not ent[0].is_title or ent[0].pos_ not in ("PROPN", "NOUN"):
        return ent  # (a name the tagger took for a noun too: 'Derek, 71')
    comma = next((t.i for t in ent if t.text == ","), None)
    if comma is None or not ent[-1].like_num \
            or not all(t.pos_ == "PROPN" or (t.i == ent.start and t.pos_ == "NOUN") for t in ent.doc[ent.start:comma]):
        return ent
    start, before = ent.start, ent.doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and before.is_title and before.pos_ == "PROPN" and not before.ent_type_ \
            and before.dep_ == "compound" and ent.start <= before.head.i < comma:
        start -= 1  # the given name the recogniser left out: 'Mathilde Orsini, 31' of which it took 'Orsini, 31'
    return Span(ent.doc, start, comma, label=ent.label_)


def _without_opening(role: str | None, noun: Token) -> str | None:
    """A role without the body noun opening it, once the noun has given the body: 'company
    spokesman' of Boeing is its spokesman."""
    first, _, rest = (role or "").partition(" ")
    return rest if first.lower() == noun.lower_ and rest else role


def _the_body_after(noun: Token) -> Token | None:
    """The noun after 'for', 'of' or 'at' the role `noun` if 'the' opens it: 'a spokeswoman
    for the company'."""
    return next((obj for obj in _objects_after_role(noun)
                 if any(c.dep_ == "det" and c.lower_ == "the" for c in obj.children)), None)


def _objects_after_role(noun: Token):
    """The nouns after 'for', 'of' or 'at' the role `noun`."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("for", "of", "at"):
            yield from (obj for obj in prep.children if obj.dep_ == "pobj")


def _first_of_two_surnames(family_name: str) -> str | None:
    """'de la Cruz' of 'de la Cruz Ortega': a family name with particles, without its last
    word, where a surname of its own comes before that word."""
    words = family_name.split()
    if len(words) < 3 or words[0] not in NAME_PARTICLES or words[-2] in NAME_PARTICLES:
        return None
    return " ".join(words[:-1])


def _inner_words(name: str) -> list[str]:
    """The words of a name between its first and last, particles aside: 'Inácio' and
    'Lula' of Luiz Inácio Lula da Silva."""
    return [w for w in name.split()[1:-1] if w not in NAME_PARTICLES]


def _name_parts(name: str) -> set[str]:
    """The parts of a full name that may stand for it alone: its first word, its words
    between, its last two or more words ('López Obrador') and its first two or more
    ('Kamal Ariffin' of Kamal Ariffin Sulaiman, a Malay name)."""
    words = name.split()
    return {words[0], *_inner_words(name), *(" ".join(words[i:]) for i in range(1, len(words) - 1)),
            *(" ".join(words[:i]) for i in range(2, len(words)))}


def _ends_compound_office(role: str, noun: str) -> bool:
    """Whether a noun ends the role's last word, a compound of a word of four letters or more
    and it: 'the teacher' may name a schoolteacher (the noun a role noun: see with_role)."""
    last, noun = role.lower().rsplit(" ", 1)[-1], noun.lower()
    return last.endswith(noun) and len(last) - len(noun) >= 4


def _words(role: str) -> set[str]:
    return set(role.lower().replace("-", " ").split())


def _ends_in_word(words: str, word: str) -> bool:
    """Whether a run of words ends in the word, after another or a hyphen: 'Sen. Tom Baker'
    and 'Mr. Lopez-Baker' end in 'Baker', 'Baker' alone does not."""
    return " " in words and words.endswith(word) and words[-len(word) - 1:-len(word)] in (" ", "-")


def _name_or_its_head(token: Token) -> tuple[Token, ...]:
    """A name's last word, and the noun it is set beside, if it is: 'executive' of "Van
    Houten's chief executive, Jan-Willem van der Meulen,"."""
    return (token, token.head) if token.dep_ == "appos" else (token,)


def _sole_holder(people: list[Person], office: str) -> Person | None:
    """The only one of `people` whose role a description by the office noun names, if one only."""
    holding = [p for p in people if office in _office_nouns(p.role or "")]
    return holding[0] if len(holding) == 1 else None


def _office_nouns(role: str) -> set[str]:
    """The words of a role a description may name its holder by: not 'general' after
    another office ('Secretary-General', 'Attorney General'), only as a rank of its own
    ('General', 'Brigadier General'): 'the general said' is no secretary-general; not
    'chief' before another office ('Chief Minister', 'chief executive')."""
    words = role.lower().replace("-", " ").split()
    return {word for i, word in enumerate(words)
            if (word != "general" or i == 0 or words[i - 1] in _GENERAL_RANKS)
            # ('the BJP state chief' is no Chief Minister, but is a chief of police)
            and (word != "chief" or i + 1 == len(words) or words[i + 1] == "of")}


def _nationality_of(noun: Token, body: str | None, lexicon: Lexicon) -> bool:
    """Whether a nationality before the noun gives its body: 'The Slovak diplomat' (not 'the
    former Florida governor', an office of a place)."""
    return body is not None and any(c.text in lexicon.demonyms and lexicon.demonyms[c.text] == body
                                    and c.text != body for c in noun.lefts)


# Nouns for what a company's investors hold, which no person has: 'Pagora shares jumped'.
_SHARE_NOUNS = frozenset({"share", "stock", "shareholder", "stockholder"})


# Participles of running a body, after who runs it and a hyphen: 'state-run', 'family-owned'.
_RUNNING_VERBS = frozenset({"run", "own", "control", "operate"})
# Ways of travelling and the verbs of it, whose 'to' or 'from' names a place: 'a train to Porto'.
_TRAVEL_WORDS = frozenset({"train", "flight", "bus", "ferry", "coach", "road", "route", "trip", "journey",
                           "travel", "fly", "drive", "sail", "commute", "move", "relocate", "flee", "evacuate"})


# The marks news types for the ʻokina of Tongan and Hawaiian names: an apostrophe, a left quote, the letter.
_OKINAS = frozenset({"'", "‘", "ʻ"})
# A live blog entry's time opening its line: '18:42 —', '2.55pm -'.
_ENTRY_TIME = re.compile(r"(?m)^(\d{1,2})[.:](\d{2})\s*([ap]\.?m\.?)?\s*[-–—]\s")
# Nouns of a place its name follows after 'of': 'the city of Concepcion del Uruguay'.
_PLACE_NOUNS = frozenset({"city", "town", "village", "port", "province", "region", "district", "island",
                          "municipality", "suburb", "neighbourhood", "neighborhood", "capital"})
# Where one stands by a place: 'the southern edge of Vatnajökull', 'the outskirts of Kyiv'.
_PLACE_EDGES = frozenset({"edge", "outskirts", "foot", "slope", "shore", "bank", "summit", "flank"})


def _said_to_be_a_place(root: Token) -> bool:
    """Whether a name is the subject of a copula whose complement is a place's noun: 'Borgo
    Varano is a village of 3,000 people' (not 'X is a village elder')."""
    return root.dep_ == "nsubj" and root.head.lemma_ == "be" \
        and any(c.dep_ == "attr" and c.lemma_.lower() in _PLACE_NOUNS for c in root.head.children)


def _travelling(word: Token) -> bool:
    """A way of travelling or a verb of it, or a verb with one for its object: 'catch a train'."""
    return word.lemma_.lower() in _TRAVEL_WORDS \
        or any(c.dep_ == "dobj" and c.lemma_.lower() in _TRAVEL_WORDS for c in word.children)


def _traded_names(proper: list[Token]) -> set[str]:
    """Of the proper nouns, those written right before a noun for a company's shares, or
    owning them, a kind of share aside: companies, whatever the recogniser took them for ('Veridan will pay 31.50
    euros per Pagora [a person] share')."""
    return {t.text for t in proper if t.pos_ == "PROPN" and t.dep_ in ("compound", "poss")
            and t.head.lemma_.lower() in _SHARE_NOUNS and t.head.i - t.i <= 3
            and all(w.dep_ == "case" or (w.dep_ in ("amod", "compound") and w.head.i == t.head.i)
                    for w in t.doc[t.i + 1:t.head.i])}  # ('Petrobras' preferred shares')


def _described_by_which(tokens: list[Token], lowers: list[str], lexicon: Lexicon) -> set[str]:
    """Proper names a 'which' clause describes somewhere, as only a thing's is, whatever the
    recogniser took them for elsewhere, no given name of the tables opening them: 'Meridian
    Crest, which has about 1.2 million members,' (a person's name to it further on)."""
    named = set()
    for which in [tokens[i] for i, lower in enumerate(lowers) if lower == "which"]:
        if which.dep_ not in SUBJECT_DEPS or which.head.dep_ != "relcl" or which.i < 2 \
                or tokens[which.i - 1].text != ",":
            continue
        noun = which.head.head
        if noun.i != which.i - 2 or noun.pos_ != "PROPN":
            continue
        start = noun.i
        while start > 0 and tokens[start - 1].pos_ == "PROPN" and tokens[start - 1].dep_ == "compound" \
                and tokens[start - 1].head.i == noun.i:
            start -= 1
        if tokens[start].text not in lexicon.all_name_genders:
            named.add(" ".join(t.text for t in tokens[start:noun.i + 1]))
    return named


def _opening_longer_bodies(entities: Iterable[Span], lexicon: Lexicon) -> set[str]:
    """The first two or three words of a longer name the recogniser took for a body's, all
    capitalised, no given name of the tables opening them: the body's short name, whatever
    the recogniser took it for where it stands alone ('Fu Ying Footwear Vietnam ... Fu Ying
    [a person] said'). Not a person's name opening a body named for them: 'Elton John AIDS
    Foundation', whose first word is a given name; but a given name may open a company's
    name, which its trade or legal form ends: 'Sierra Norte Capital ... Sierra Norte [a
    person] has invested'."""
    openings = set()
    for ent in entities:
        words = [t for t in ent if t.text not in POSSESSIVE][ent[0].lower_ == "the":]
        if ent.label_ != "ORG" or len(words) < 3 \
                or (words[0].text in lexicon.all_name_genders and not company_form(words[-1], lexicon)):
            continue
        for size in (2, 3):
            if size < len(words) and all(t.is_title and t.is_alpha for t in words[:size]):
                openings.add(" ".join(t.text for t in words[:size]))
    return openings


def _ending_longer_names(entities: Iterable[Span], lexicon: Lexicon) -> set[str]:
    """The last word of a body's or place's name of two or three capitalised words that a word
    of another language's body noun or of a place's opens ('Scuderia Varano', 'Kibbutz
    Manara'): written alone, the body's or place's short name, whatever the recogniser took
    it for ('Scuderia Varano finished last ... drove for Varano [a person]'), where no one is
    named in full by it (see the People's set-up)."""
    endings = set()
    for ent in entities:
        if ent.label_ == "PERSON" or len(ent) < 2:
            continue
        words = [t for t in ent if t.text not in POSSESSIVE][ent[0].lower_ == "the":]
        if 2 <= len(words) <= 3 and all(t.is_title and t.is_alpha for t in words) \
                and (words[0].text in lexicon.foreign_body_nouns or lexicon.place_words.get(words[0].text) == "opens"):
            endings.add(words[-1].text)
    return endings


def _firms_beside_plural_roles(entities: Iterable[Span], lexicon: Lexicon) -> set[str]:
    """Names set off alone beside a plural of a role noun that 'the' determines, as a firm's
    is beside its partners: 'the auditors, Fenwick Lisle,', 'The liquidators, Bennett Hale,'
    (people to the recogniser); not 'the lawyers, Ana Ruiz and Tom Baker,'."""
    firms = set()
    for ent in entities:
        root, start = ent.root, ent.start
        noun = root.head
        if root.dep_ == "appos" and noun.tag_ == "NNS" and noun.lemma_.lower() in lexicon.role_nouns \
                and start >= 2 and ent.doc[start - 1].text == "," and noun.i == start - 2 \
                and [c.lower_ for c in noun.lefts] == ["the"] \
                and not any(c.dep_ in ("conj", "cc") for c in (*root.children, *noun.children)):
            firms.add(name_written(ent))
    return firms


def _run_by_someone(proper: list[Token]) -> set[str]:
    """Of the proper nouns, those someone runs or owns, as only a body is: 'state-run
    Petrobras', 'family-owned Lidl', 'Kremlin-controlled Rosneft' (whatever the recogniser
    took them for)."""
    return {t.text for t in proper if t.i >= 3 and (verb := t.doc[t.i - 1]).lemma_.lower() in _RUNNING_VERBS
            and verb.tag_ == "VBN" and t.doc[t.i - 2].text == "-"
            and not t.doc[t.i - 3].whitespace_ and not t.doc[t.i - 2].whitespace_}


def _words_of_name(name: str) -> list[str]:
    """The words of a name as written, a possessive's ending aside: 'CSU', 'parliamentary',
    'group' of 'CSU’s parliamentary group'."""
    return [word.removesuffix("'s").removesuffix("’s") for word in name.split()]


def _same_office(held: str, described: str) -> bool:
    """Whether a description may name the holder of a role: it has every word of rank the
    role has that makes another office, and the role every one it has ('the vice
    presidential nominee' is not the presidential nominee, nor 'the president' the vice
    president; 'the justice' may be an associate justice; but a lieutenant colonel is 'the
    colonel', as a vice admiral is 'the admiral')."""
    held_words, described_ranks = _words(held), _words(described) & _RANK_WORDS
    if described.lower().split()[-1:] in (["colonel"], ["general"], ["admiral"]):
        held_words -= _OTHER_OFFICE_WORDS
    return described_ranks <= held_words and held_words & _OTHER_OFFICE_WORDS <= described_ranks


def _name_after_modifiers(head: Token) -> list[Token]:
    """The name a noun phrase holds, without the words that describe it before it: 'the
    Portland firm Abernathy & Cole', 'the digital consulting firm IMGE'; a place with its
    state stays whole ('Meridian, Ind.'), and so does a name the parse broke at a possessive
    ('of King's College London')."""
    words = noun_phrase(head)
    entity = entity_of(head)
    start = entity.start
    if entity.end > words[-1].i + 1:
        words = list(head.doc[words[0].i:entity.end])
    lower = [t.i for t in words if t.i < start and t.is_lower]
    return [t for t in words if t.i > lower[-1]] if lower else words


def _proper_noun_run(head: Token) -> Span:
    """The proper nouns that end at `head`: 'National Review' of 'the anti-Trump National Review'."""
    doc, start = head.doc, head.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].head.i == head.i \
            and NAME_WORD.fullmatch(doc[start - 1].text):
        start -= 1
    if start < head.i and doc[start - 1].text in DASHES and not doc[start - 1].whitespace_:
        start += 1  # 'anti-Trump' is no part of the name
    return doc[start:head.i + 1]


def _publication(root: Token) -> Token | None:
    """What a writer writes for, a name the recogniser may not know: 'Tom Baker, writing for
    HarborWatch', 'wrote Tom Baker for HarborWatch'; not what a piece was written for
    ('wrote in an op-ed for the Tribune': a guest's)."""
    verbs = [c for c in root.rights if c.dep_ == "acl"] + ([root.head] if root.dep_ == "nsubj" else [])
    return next((obj for verb in verbs if verb.lemma_ == "write"
                 for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "for"
                 and not any(c.dep_ == "prep" and c.lower_ == "in" and c.i < prep.i for c in verb.children)
                 for obj in prep.children if obj.dep_ == "pobj" and obj.text[:1].isupper()
                 and obj.ent_type_ in ("ORG", "")), None)


def _title_case_line(text: str, start: int) -> bool:
    """Whether the line starting at character `start` is a headline in title case: three or
    more words of four letters or more, all capitalised."""
    end = text.find("\n", start)
    long = 0
    for word in _LINE_WORD.finditer(text, start, end if end != -1 else len(text)):
        if word.end() - word.start() >= 4:
            if not text[word.start()].isupper():
                return False  # (most lines: read no further)
            long += 1
    return long >= _HEADLINE_WORDS


def _in_lead(text: str, index: int, sentence: int) -> bool:
    """Whether character `index`, in a sentence starting at character `sentence`, lies in a
    lead: the first paragraph under the headline (and its byline: 'By Nomsa Khumalo, BBC
    News'), or the first sentence under a line of a few words that opens a section ('2:45
    p.m.', 'THE DEBATE')."""
    lines = [line for line in _lines_before(text, index) if not _BYLINE.match(line)]
    if len(lines) <= 1:
        return True
    opens_paragraph = not text[text.rfind("\n", 0, index) + 1:sentence].strip()
    return opens_paragraph and len(lines[-1].split()) <= _SECTION_HEAD_WORDS


def _without_suffixes(name: str) -> list[str]:
    """A name's words without its generational suffixes ('Jr.', 'III'), unless it is nothing else."""
    return [w for w in name.split() if w.lower() not in NAME_SUFFIXES] or name.split()


@lru_cache(maxsize=4096)
def _surnames(name: str) -> tuple[str, str]:
    """A name's surname and written surname (see Person): every rule that looks a person up
    by surname asks for them of every person named before, so they are worked out once."""
    words = _without_suffixes(name)
    written = words[-2] if len(words) > 1 and _HYPHENED_GIVEN_NAME.fullmatch(words[-1]) else words[-1]
    return _ARABIC_ARTICLE.sub("", written, count=1), written


def _lines_before(text: str, index: int) -> list[str]:
    """The non-blank lines before the one holding character `index`."""
    return [line for line in text[:index].split("\n")[:-1] if line.strip()]


def body_of_someone_named(word: Token) -> bool:
    """Whether the word names the body of a role set beside a name before it, which a clause
    on 'who' after it describes, not the body: 'Daniel Whitfield, senior economist at
    Capital Economics, who said'."""
    prep = word.head
    role = prep.head
    return word.dep_ == "pobj" and prep.dep_ == "prep" and role.dep_ == "appos" and role.pos_ == "NOUN" \
        and role.head.pos_ == "PROPN" and role.head.i < role.i


def _surname_speaking_as_noun(ent: Span, surnames: set[str], lexicon: Lexicon) -> bool:
    """A known surname that the tagger took for a common noun or a pronoun and the recogniser
    for a body, as the subject of a reporting verb: 'Wauters [a plural noun] also said' after
    Didier Wauters, 'Ivanova [a pronoun] says' after Svetlana Ivanova; or for an adverb on a
    reporting verb with no subject: '"...," Tolliver [an adverb] said'."""
    word = ent[0]
    return len(ent) == 1 and ent.text in surnames and word.is_title and (
        ((word.pos_ == "NOUN" or (word.pos_ == "PRON" and not word.is_stop)) and speaks(word, lexicon))
        or (word.pos_ == "ADV" and word.dep_ == "advmod" and word.head.i == word.i + 1
            and word.head.lemma_.lower() in lexicon.reporting_verbs
            and not any(c.dep_ in SUBJECT_DEPS for c in word.head.children)))


def _names_known(ent: Span, known: tuple[set[str], set[str], set[str]]) -> bool:
    """The entity is a known person's full name ('Ivanka Trump' taken for a product), the
    last words of one ('López Obrador' taken for a work of art), a surname ('Okonjo-Reid'
    taken for a building; 'Van Doorn' and 'Al-Rashdi', opening a sentence, taken for a body), or a family
    name written first as a subject or before an age ('Wang told reporters', taken for a body,
    'Yoon, 44,'; not 'the wildlife on Midway' after a 'Midway Atoll' taken for a person), or
    the first words of one as a subject ('Kamal Ariffin said' of Kamal Ariffin Sulaiman, taken for a work), or
    a full name ending in a surname known only as a sentence opened it, its particle
    capitalised ('Henri de Valmont' taken for a body, 'De Valmont, 63,')."""
    # (by the words spaces part: 'Okonjo-Reid' is one)
    name = "".join(t.text_with_ws for t in ent if t.text not in POSSESSIVE).strip()
    words = name.split()
    full_names, surnames, firsts = known
    endings = (f" {name}", f" {_lowered_first(name)}")  # 'Van Doorn' opening a sentence
    return name in full_names or (len(words) == 1 and (words[0] in surnames or _lowered_first(name) in surnames)) \
        or (len(words) == 1 and words[0] in firsts and (ent.root.dep_ in SUBJECT_DEPS or an_age_after(ent))) \
        or (len(words) > 1 and any(full.endswith(endings) for full in full_names)) \
        or (len(words) > 2 and any(full.split()[0].lower() in NAME_PARTICLES
                                   and name.endswith(f" {_lowered_first(full)}") for full in full_names)) \
        or (len(words) > 1 and ent.root.dep_ in SUBJECT_DEPS
            and any(full.startswith(f"{name} ") for full in full_names))


def _agents_of_adjuncts(pronoun: Token) -> frozenset[int]:
    """The words of the agents of passive participles set before a subject pronoun on its
    verb, which the participle is said of: 'Mooney' of 'Cross-examined by Mr Mooney, he
    accepted'."""
    verb = pronoun.head
    return frozenset(t.i for adjunct in verb.children
                     if adjunct.dep_ == "advcl" and adjunct.right_edge.i < pronoun.i
                     for by in adjunct.subtree if by.dep_ == "agent" and by.head.tag_ == "VBN"
                     for t in by.subtree) if pronoun.dep_ == "nsubj" else frozenset()


def _start(mention: Mention) -> int:
    return mention.start


def _gender_its_clause_gives(subject: Token, quoted) -> str | None:
    """The gender a subject's own object gives it, or the subject of what it says outside
    quotes: 'the former Secretary of State cemented her status', 'lost $540,000, nearly all
    her life savings', 'The senator said she was prepared'."""
    if subject.dep_ != "nsubj":
        return None
    # (its object, or what is set beside it: 'lost $540,000, nearly all her life savings')
    objects = [n for o in subject.head.children if o.dep_ in ("dobj", "npadvmod")
               for n in (o, *(a for a in o.children if a.dep_ == "appos"))]
    owners = [c for o in objects for c in o.children if c.dep_ == "poss" and c.lower_ in POSSESSIVE_GENDERS]
    if not owners and not any(o.dep_ in ("dobj", "dative") for o in subject.head.children):
        # (a clause after the verb, which has no object the pronoun may be: not 'asked Eric
        # Holder whether he had thoughts', nor 'she issued a plan: President Obama adopted')
        owners = [c for o in subject.head.children if o.dep_ == "ccomp" and o.i > subject.head.i for c in o.children
                  if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in SUBJECT_PRONOUNS and not quoted(c.i)]
    if not owners:
        return None
    return POSSESSIVE_GENDERS.get(owners[0].lower_) or SUBJECT_PRONOUNS[owners[0].lower_]


def _gender_own_possessive_gives(subject: Token) -> str | None:
    """The gender a named subject's own possessive gives it, in a phrase hung on its verb
    with no other person or pronoun between: 'Niamh Kearney fronts the band with her older
    brother' (not 'Baker thanked Lopez for her work', whose 'her' is Lopez's)."""
    if subject.dep_ != "nsubj" or subject.pos_ != "PROPN":
        return None
    verb = subject.head
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i > subject.i):
        # (or the noun of an 'of' on it: 'Tam Rennie has carried a bag for most of his adult life')
        nouns = [n for c in prep.children if c.dep_ == "pobj"
                 for n in (c, *(o for of in c.children if of.dep_ == "prep" and of.lower_ == "of"
                                for o in of.children if o.dep_ == "pobj"))]
        for noun in nouns:
            owner = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in POSSESSIVE_GENDERS), None)
            between = subject.doc[subject.i + 1:owner.i] if owner is not None else ()
            # (a place's or a body's name between owns no 'his': 'around Kilcreggan Links for most of his')
            if owner is not None and not any(t.pos_ == "PRON" or (t.pos_ == "PROPN" and t.ent_type_ not in _NO_ONE_ENTS)
                                             for t in between):
                return POSSESSIVE_GENDERS[owner.lower_]
    return None


def _gender_own_object_gives(subject: Token) -> str | None:
    """The gender a named subject's own possessive on its verb's object gives it: 'Restrepo
    closed her speech' (no name between)."""
    if subject.dep_ != "nsubj" or subject.pos_ != "PROPN":
        return None
    for noun in (c for c in subject.head.children if c.dep_ == "dobj" and c.i > subject.i):
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.lower_ in POSSESSIVE_GENDERS), None)
        if owner is not None and not any(t.pos_ in ("PROPN", "PRON") for t in subject.doc[subject.i + 1:owner.i]):
            return POSSESSIVE_GENDERS[owner.lower_]
    return None


def _gender_asked_gives(subject: Token) -> str | None:
    """The gender a pronoun gives a named subject in the clause on 'asked' that opens its
    sentence, which can mean no one else: 'Asked whether he hoped to find another, Le Goff
    only shrugged' (no name in the clause)."""
    if subject.dep_ != "nsubj" or subject.pos_ != "PROPN":
        return None
    clause = next((c for c in subject.head.children if c.dep_ == "advcl" and c.i < subject.i and c.tag_ == "VBN"
                   and c.lemma_.lower() == "ask" and c.left_edge.is_sent_start), None)
    if clause is None or any(t.pos_ == "PROPN" for t in clause.subtree):
        return None
    return _one_pronoun_gender(clause.subtree)


def _one_pronoun_gender(tokens: Iterable[Token]) -> str | None:
    """The gender the subject and possessive pronouns among the tokens give, if one only."""
    genders = {g for t in tokens if (g := SUBJECT_PRONOUNS.get(t.lower_) or POSSESSIVE_GENDERS.get(t.lower_))}
    return genders.pop() if len(genders) == 1 else None


def _gender_in_relative_clause(noun: Token) -> str | None:
    """The gender a 'who' clause on the noun gives it by withholding their name: 'a nurse
    who asked that her name not be used', 'a worker who declined to give his name' (not
    'a nurse who treated his father', whose 'his' may be anyone's)."""
    for clause in _who_clauses(noun):
        genders = {POSSESSIVE_GENDERS[t.lower_] for t in clause.subtree
                   if t.lower_ in POSSESSIVE_GENDERS and t.head.lemma_.lower() in _OWN_NAME_NOUNS}
        if len(genders) == 1:
            return genders.pop()
    return None


def _phrase_of(noun: Token) -> list[Token]:
    """The words of a noun's own phrase: its modifiers and prepositional phrases, not a clause
    hung on it."""
    words, todo = [], [noun]
    while todo:
        word = todo.pop()
        words.append(word)
        todo += [c for c in word.children if c.dep_ in ("compound", "amod", "poss", "nmod", "appos", "prep", "pobj")]
    return words


def _withholds_name(noun: Token) -> bool:
    """Whether a 'who' clause on the noun says they spoke unnamed, a source the article goes
    on quoting: 'a teller who asked not to be named', 'an official who spoke on condition of
    anonymity', 'a guard who declined to be identified'; or a participle of speaking on it:
    'The mother of one of the girls, speaking on condition that neither she nor her daughter
    be identified,'."""
    speaking = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBG" and c.lemma_ in ("speak", "talk")]
    return any(t.lemma_.lower() in _WITHHELD_NAME_WORDS for clause in [*_who_clauses(noun), *speaking]
               for t in clause.subtree)


def _plural_verb(verb: Token) -> bool:
    """A verb, or its auxiliary, in the plural: 'who are fourth', 'who have won'."""
    return any(t.tag_ == "VBP" or t.lower_ in ("are", "were") for t in (verb, *verb.children)
               if t.i == verb.i or t.dep_ in ("aux", "auxpass"))


_REFLEXIVES = frozenset({"himself", "herself", "themselves", "themself"})


# Nouns for what someone goes by: 'the call sign Dekan', 'the nickname Fox'.
_NAME_NOUNS = frozenset({"name", "surname", "nickname", "sign", "callsign", "alias"})


def name_given(noun: Token) -> Token | None:
    """The name a 'who' clause on the noun says they gave: 'a trader, who gave his name
    simply as Emeka,', 'a nurse who gave only her first name, Ama,', 'The dead girl’s uncle,
    who identified himself only as Vannak,', 'a nurse who asked to be identified only by her
    first name, Maria,'; and a participle on the noun: 'The 44-year-old captain, identified
    only as Thomas H. in line with German privacy rules,', 'a woman named Liliana Voinea'."""
    for clause in noun.children:
        if clause.dep_ == "acl" and clause.lemma_ == "identify" and clause.tag_ == "VBN":
            # (or 'by' a name noun: 'a Seorak engineer identified in court documents only by his
            # surname, Bang,')
            name = _one_name([t for c in clause.children if c.dep_ == "prep" and c.lower_ == "as"
                              for t in c.children if t.dep_ == "pobj"]
                             or [n for c in clause.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
                                 for t in c.children if t.dep_ == "pobj" and t.lemma_.lower() in _NAME_NOUNS
                                 for n in t.children if n.dep_ == "appos"])
            if name is not None:
                return name
        if clause.dep_ == "acl" and clause.lemma_ == "name" and clause.tag_ == "VBN":
            # ('a woman in her fifties named Liliana Voinea'; not 'called', whose parse may be
            # the verb of someone calling: 'One lawmaker called Baker "the worst ..."')
            name = _one_name([c for c in clause.children if c.dep_ in ("oprd", "dobj", "attr")])
            if name is not None:
                return name
    for clause in _who_clauses(noun):
        for verb in (clause, *(c for c in clause.children if c.dep_ == "xcomp")):
            # (identified so themselves, not another: 'who identified the gunman as Tom Baker')
            own = verb.lemma_ == "identify" and any(
                c.dep_ == "auxpass" or (c.dep_ == "dobj" and c.lower_ in _REFLEXIVES) for c in verb.children)
            if verb.lemma_ == "go":  # 'who goes by the call sign Dekan'
                name = _one_name([n for c in verb.children if c.dep_ == "prep" and c.lower_ == "by"
                                  for t in c.children if t.dep_ == "pobj" and t.lemma_.lower() in _NAME_NOUNS
                                  for n in t.children if n.dep_ == "appos"])
                if name is not None:
                    return name
            named = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_ == "name"] \
                if verb.lemma_ == "give" else [] if not own else \
                [t for c in verb.children if c.dep_ in ("prep", "agent") and c.lower_ == "by"
                 for t in c.children if t.dep_ == "pobj" and t.lemma_ == "name"]
            if not named and not own:
                continue
            names = [t for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
                     for t in c.children if t.dep_ == "pobj"]
            # (or, after a comma, taken for an adjective: 'who gave only his first name, Vasyl.')
            names += [t for c in named for t in c.children if t.dep_ == "appos"
                      or (t.dep_ == "amod" and t.i > c.i + 1 and t.doc[t.i - 1].text == ",")]
            # (or hung on the verb after it: 'who gave his name only as Musa [its subject] said')
            names = names or [t for c in named for t in _as_name_after(c)]
            name = _one_name(names)
            if name is not None:
                return name
    return None


def _as_name_after(noun: Token) -> list[Token]:
    """The proper noun right after 'as' (and 'only', 'simply') after a noun: 'name only as Musa'."""
    words = [t for t in noun.doc[noun.i + 1:noun.i + 5] if t.lower_ not in ("only", "simply", "just")]
    return [words[1]] if len(words) > 1 and words[0].lower_ == "as" and words[1].pos_ == "PROPN" else []


def _one_name(words: list[Token]) -> Token | None:
    """The one capitalised proper noun given as a name, or None if there is none or more than one."""
    return words[0] if len(words) == 1 and words[0].pos_ == "PROPN" and words[0].is_title else None


def _aged_noun(noun: Token) -> bool:
    """A noun an age describes, as only a person's is in news: 'a 39-year-old fish smoker'."""
    return any(c.dep_ == "amod" and _hyphened_age(c) for c in noun.children)


def _hyphened_age(token: Token) -> bool:
    """Whether the token is the 'old' of an age written with hyphens: '61-year-old'."""
    doc, i = token.doc, token.i
    return token.lower_ == "old" and i >= 4 and doc[i - 4].like_num and doc[i - 2].lower_ in ("year", "years") \
        and doc[i - 3].text == doc[i - 1].text == "-" and not any(t.whitespace_ for t in doc[i - 4:i])


# How many prepositional phrases after a noun a 'who' clause on it may follow.
_PHRASES_TO_WHO = 3


def _who_clauses(noun: Token):
    """The relative clauses on a noun that 'who' opens as their subject, also where the parse
    hung one on the common noun, place or body that ends the noun's phrase: 'An engineer on
    the project, who spoke on condition of anonymity,', 'a retired schoolteacher from Mesa
    who said', also after a participle on the noun: 'One man waiting on platform 18, who gave
    only his first name, Joost,'."""
    # (and past an age set beside the noun: 'One of the men, a 23-year-old from Sylhet in
    # Bangladesh who gave his name only as Rahim,')
    heads = [noun, *(c for c in noun.children if (c.dep_ == "acl" and c.tag_ == "VBG")
                     or (c.lower_ == "old" and c.dep_ in ("amod", "appos") and c.i > noun.i))]
    objects: list[Token] = []
    # (down a chain of such phrases, and past 'one of': 'The mother of one of the girls, who
    # cannot be named', 'A waiter at one of the cafes on the Born, who asked not to be named')
    for _ in range(_PHRASES_TO_WHO):
        heads = [o for head in heads for prep in head.children if prep.dep_ == "prep"
                 for o in prep.children if o.dep_ == "pobj"]
        objects += heads
        heads = [o for o in heads if o.pos_ == "NOUN" or o.lower_ == "one"]
    # (a place the recogniser missed too: 'the Born', a promenade)
    holders = [noun, *(o for o in objects if o.pos_ == "NOUN" or o.ent_type_ in _NO_ONE_ENTS
                       or (o.pos_ == "PROPN" and not o.ent_type_))]
    # (a second clause joined by 'and' the parse may join to the noun: 'A co-worker who was on
    # the same shift, and who asked not to be named,')
    return (clause for holder in holders for clause in holder.children
            if (clause.dep_ == "relcl" or (clause.dep_ == "conj" and clause.pos_ in ("VERB", "AUX")))
            and any(c.lower_ == "who" and c.dep_ in SUBJECT_DEPS for c in clause.children))


def age_taken_for_modifier(token: Token, reporting_verbs: frozenset[str]) -> bool:
    """An age standing for a person that the parse made a modifier of the verb it is the
    subject of ('the 29-year-old said'), or hung elsewhere with that verb right after it
    ('the 61-year-old told reporters', the age and the verb both made modifiers of the
    object, or 'said' taken for a noun the age modifies, or the past of another of the
    `reporting_verbs` so taken: 'The 71-year-old recalled shouting'); the speakers' rules
    read it too."""
    if token.lower_ != "old":
        return False
    head = token.head
    if token.dep_ == "amod" and (head.pos_ == "VERB" or head.lower_ == "said" or _past_taken_for_noun(
            head, reporting_verbs)) and token.i < head.i \
            and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children if c.i < token.i):
        return True
    doc = token.doc
    return token.i >= 5 and token.i + 1 < len(doc) and doc[token.i + 1].tag_ in ("VBD", "VBN") \
        and doc[token.i - 5].lower_ == "the" and _hyphened_age(token)


def _tag_subject_hung_elsewhere(token: Token, reporting_verbs: frozenset[str]) -> bool:
    """A description opening a tag after a quote's close that the parse hung elsewhere, the
    reporting verb right after its phrase with no subject of its own but a word of the quote:
    '"...," the 46-year-old former mayor of Třebíč told Czech Television'."""
    doc = token.doc
    start, end = token.left_edge.i, token.right_edge.i + 1
    if start < 2 or end >= len(doc) or doc[start].lower_ != "the" or doc[start - 2].text != "," \
            or not doc[start - 1].is_quote:
        return False
    verb = doc[end]
    return verb.tag_ in ("VBD", "VBZ") and verb.lemma_.lower() in reporting_verbs \
        and not any(c.dep_ in SUBJECT_DEPS and c.i > start for c in verb.children)


def _past_taken_for_noun(word: Token, verbs: frozenset[str]) -> bool:
    """The past of a verb of `verbs` that the tagger took for a noun: 'recalled',
    'admitted', 'replied'."""
    text = word.lower_
    return word.pos_ == "NOUN" and text.endswith("ed") and any(
        stem in verbs for stem in (text[:-1], text[:-2], text[:-3], text[:-3] + "y"))


def _said_of_someone(noun: Token) -> bool:
    """A noun that says what someone is, no one new met: 'pitching herself as a governor',
    'she is a governor'."""
    return noun.dep_ == "attr" or (noun.dep_ == "pobj" and noun.head.lower_ == "as")


def _definite(noun: Token, reporting_verbs: frozenset[str]) -> bool:
    return after_determiner(noun, ("the",)) or age_taken_for_modifier(noun, reporting_verbs)


def in_main_clause(verb: Token) -> bool:
    """Whether a verb heads its sentence, or a clause joined to the head by 'and'."""
    return verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")


def _participle_clauses(verb: Token) -> list[Token]:
    """The participle clauses on `verb`, whose understood subject, or the one they describe,
    is the verb's: 'Asked about Baker,', 'After meeting Baker,' and 'With Baker watching,'
    in '..., he said' (unlike 'When Baker arrived,' or 'When Baker was asked,')."""
    heads = [c for c in verb.children if c.dep_ == "advcl"] \
        + [g for c in verb.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pcomp"]
    return [h for h in heads if h.tag_ in ("VBN", "VBG") and not any(
        c.dep_ in ("aux", "auxpass") and c.tag_ not in ("VBN", "VBG") for c in h.children)]


def _c_commands(a: Token, b: Token) -> bool:
    """Whether `a` c-commands `b` in the parse: its head governs `b` and `a` does not.

    A name that c-commands a description is not the one it describes: in 'Sanders
    offered advice to Clinton, as the Democratic nominee looks ...', not Sanders.
    """
    ancestors = {t.i for t in b.ancestors}
    return a.head.i != a.i and a.head.i in ancestors and a.i not in ancestors


def _lowered_first(name: str) -> str:
    return name[:1].lower() + name[1:]


# Titles ending in '-man' that news gives women as often as men: 'Ombudsman Beatriz Ospina'.
_UNGENDERED_MAN_TITLES = frozenset({"ombudsman"})


def _gender_of_role(role: str) -> str | None:
    last = role.lower().split()[-1]
    if last.endswith("woman"):
        return "f"
    if last.endswith("man") and not last.endswith("human") and last not in _UNGENDERED_MAN_TITLES:
        return "m"
    return None


def _initials_and_a_name(name: str) -> bool:
    """A name written as initials and one word: 'R. Senthilkumar', 'M.K. Stalin'."""
    words = name.split()
    return len(words) > 1 and all(GIVEN_INITIALS.fullmatch(word) for word in words[:-1])
