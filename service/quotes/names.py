"""Which of the recogniser's entities name a person, and where the name lies in one.

The recogniser's mistakes, as the article's own words show them: a full name labelled a
body ('Karen Lindqvist' as ORG), a title taken into a name ('Secretary of Defense Ozelle
Marchant' with 'Defense Ozelle Marchant' one entity), a given name read as a modal verb
('Will Estrada'), a dateline's place. `People` asks; nothing here knows a person.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from spacy.tokens import Span, Token

from .descriptions import (POSSESSIVE, RANKS, alone_in_entity, appositions, charge_of_title, courtesy_title,
                           dateline_end, hyphen_joins, is_role_title, one_of, parent_company, rank_without_stop,
                           reporting_form, spaced_dash, title_over_name)
from .lexicon import Lexicon
from .marks import DOUBLE_MARKS

# Lower-case words inside names: 'Bill de Blasio', 'Ludwig van Beethoven', 'Anwar al-Awlaki'.
# (and 'ul', 'ud', 'ur' of South Asian names from Arabic: 'Imran ul Haq Siddiqui'; 'Ben' of
# Maghrebi ones, written with a capital inside a name: 'Samia Ben Amor ... Ben Amor said'; Portuguese
# 'do', an English verb too: see pipeline._past_particles; Filipino 'dela' and 'delos', Spanish
# 'las' and 'los': 'Ramon dela Cruz', 'Ana de los Santos'; and the Malay 'binti' (daughter of,
# beside 'bin') and the Iban 'anak' (child of) of Malaysian names: 'Ngumbang anak Jugah'; the
# Arabic 'bint', daughter of, of Gulf names: 'Reem bint Abdulaziz Al-Dosari'; the Dutch article
# ''t' after 'van' or 'in', one word: 'Sanne van ’t Hof'; the Welsh 'ap' and 'ab', son of:
# 'Huw ap Iorwerth', 'Rhys ab Owen', from a set of news on hospital strikes)
NAME_PARTICLES = frozenset("ab al anak ap ben bin bint binti da das de del dela della delos den der di do dos du el ibn "
                           "la las le los ten ter ud ul ur van von 't ’t".split())
# What a retired holder's title may end with, before the name: 'Bishop Emeritus Konrad von
# Wettersheim', 'Professor Emerita Ann Lowe'.
_EMERITUS = frozenset({"Emeritus", "Emerita"})
# What a surname named for a saint opens with: 'Deonte St. Clair', 'Marie Ste. Croix'.
SAINT_ABBREVIATIONS = frozenset({"St.", "Ste."})
# The words Irish surnames open with, written apart and capitalised: 'Mac Giolla Phádraig',
# 'Ní Bhriain', 'Ó Dálaigh', 'Nic Giolla' ('Mac' is a given name's word in the tables too).
IRISH_SURNAME_PREFIXES = frozenset({"Mac", "Mc", "Nic", "Ní", "Ó", "Ua", "Uí"})
# Countries written short before a body's name or noun: 'UK Anti-Doping', 'the US embassy'.
COUNTRY_SHORT_FORMS = frozenset({"US", "U.S.", "UK", "U.K.", "EU", "UAE"})
# How Irish news writes 'County' before a county's name: 'Co Offaly', 'Co. Kerry' (a place).
COUNTY_ABBREVIATIONS = frozenset({"Co", "Co."})
# Titles of the honorifics table that are given names too, as they are after another
# honorific: 'Nana' of 'the Omanhene, Nana Kwabena Asante-Boateng II', a chief's title, but
# of 'Mr Nana Kwesi Amoako-Danso' a given name.
_TITLES_GIVEN_TOO = frozenset({"Nana"})
NAME_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")  # 'Lindqvist', 'O’Donnell', 'Smith-Jones'
_TWO_CAPITALS = re.compile(r"[A-Z]{2}")
# A surname opened by an elided particle in small letters: 'd’Entremont', 'dell’Utri'.
_ELIDED_PARTICLE = re.compile(r"(?:d|l|dell|dall)['’][^\W\d_a-z]")
# Words that finish an office's title or a rank, which the recogniser reads as the start of
# the name after them: 'Senate President Pro Tem Roberto Maez', 'Petty Officer First Class'.
TITLE_ENDINGS = frozenset({("pro", "tem"), ("pro", "tempore"),
                           # the class that ends an enlisted rank: 'Petty Officer First Class'
                           ("first", "class"), ("second", "class"), ("third", "class")})
_TITLE_ENDING_OPENERS = frozenset(w for first, _ in TITLE_ENDINGS for w in (first, first.capitalize()))
# Entity labels a person's name may wrongly carry, or a body's name rightly does.
NAME_AS_BODY_ENTS = frozenset({"ORG", "GPE", "NORP"})
# Prepositions of place that open a sentence before a place the recogniser may take into a
# person's name with them: 'Inside Gaza, aid groups say' ('Per', a given name too, is none).
_PLACE_PREPOSITIONS = frozenset({"inside", "outside", "in", "at", "near", "across", "within", "throughout", "beyond",
                                 "along", "around", "behind", "beside", "opposite", "past", "through"})
# Articles of other languages that open the title of a newspaper or magazine, as no given
# name does: 'El País', 'Le Monde', 'Die Zeit' (a surname may open with one: 'Le Pen').
_FOREIGN_ARTICLES = frozenset({"El", "La", "Le", "Les", "Los", "Las", "Il", "Lo", "Die", "Der", "Das"})
# What tells where a body sits, after a hyphen: 'Dubai-based', 'Zurich-headquartered'.
_SEAT_WORDS = frozenset({"base", "based", "headquarter", "headquartered"})
# Generational suffixes, the last word of a name that tells a father from a son.
NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
# How women's surnames end where the language gives them a form of their own, which no
# place's or body's name shares: Czech and Slovak ('Kratochvílová'), Lithuanian, married and
# not ('Stankevičienė', 'Petraitytė'), Icelandic ('Jónsdóttir'). Written for this project
# from the naming rules of those languages; added where sets of news on Central Europe and
# the Baltics met women the recogniser took for buildings and the pronoun rules for men.
# Polish women's forms ('Kowalska', 'Nowacka') end as place names may ('Nebraska'), so they
# count only after a given name of the tables (see womans_surname).
_WOMENS_SURNAME_ENDINGS = ("ová", "ienė", "aitė", "ytė", "iūtė", "utė", "dóttir")
_POLISH_WOMENS_ENDINGS = ("ska", "cka", "dzka")


class EntityNames:
    """Judgments on one article's entities, from its words, its lexicon and where its
    headlines are."""

    def __init__(self, lexicon: Lexicon, text: str, tokens: list[Token], in_headline: Callable[[int], bool]) -> None:
        self.lexicon = lexicon
        self.text = text
        self.tokens = tokens
        self._in_headline = in_headline  # whether character i lies in a headline in title case
        # The names after a street word, which are the street's wherever they stand alone:
        # 'Avenida Almirante Reis ... Back on Almirante Reis'
        # (read over the tokens only where the text holds such a word: most articles hold none)
        self._streets: set[str] = set()
        streets = [word for word in lexicon.street_words if word in text]
        for i, token in enumerate(tokens[:-1] if streets else ()):
            if token.text in streets and tokens[i + 1].is_title:
                end = i + 1
                while end < len(tokens) and (tokens[end].is_title or tokens[end].text in NAME_PARTICLES):
                    end += 1
                self._streets.add(" ".join(t.text for t in tokens[i + 1:end]))

    def names_person(self, ent: Span) -> bool:
        """A person's entity, or a name the recogniser gave another label (a full name, a name
        under a title, a given name read as a modal, a relative's given name, a word set
        beside 'name'); none a body noun names as a body (see named_as_body), nor an event's
        name ('Davis Cup'), nor a place's ('Kibbutz Manara'), nor a dateline's place
        ('Kitengela (Kenya) (AFP) -', a person to the recogniser), nor a place after a
        preposition the recogniser took into the name ('Inside Gaza, aid groups'), nor where
        someone is from (see _where_someone_is_from) or a post went up (_where_a_post_went_up),
        nor a saint's place ('St Jude’s'), nor words all in small letters ('black bin [a person]
        bags', 'boda boda [a person] riders'), nor one word alone between quote marks, a word
        set off, not a name given ('between the pragmatic "Realos" and the radical "Fundis"'),
        nor a title going on after it (see _title_going_on), nor a nationality alone that is no
        given name ('translated from Estonian, Slovene [a person] or Icelandic')."""
        return (ent.label_ == "PERSON" or self._full_name_taken_for_a_body(ent) or self._titled_as_person(ent)
                or self._given_name_taken_for_a_modal(ent) or self.relative_by_given_name(ent)
                or given_as_a_name(ent) or self._initialled_name_at(ent) is not None) \
            and not named_as_body(ent, self.lexicon) and not self.dateline(ent) \
            and not (len(ent) > 1 and ent[-1].text in self.lexicon.event_words) \
            and not (len(ent) > 1 and ent[0].text in self.lexicon.street_words) and ent.text not in self._streets \
            and not self.place_name(ent) \
            and not all(t.is_lower for t in ent) and not self._set_off_in_quote_marks(ent) \
            and not (ent[0].dep_ == "prep" and ent[0].lower_ in _PLACE_PREPOSITIONS) \
            and not self._where_someone_is_from(ent) and not self._where_a_post_went_up(ent) \
            and not self._saints_place(ent) and not self._title_going_on(ent) \
            and not (len(ent) == 1 and ent.text in self.lexicon.demonyms
                     and ent.text not in self.lexicon.all_name_genders)

    def _title_going_on(self, ent: Span) -> bool:
        """Words ending in a capitalised role title that goes on after them with 'of', no given
        name of the tables first: 'Bhilwara Superintendent [a person] of Police Nandini Rao'
        (not 'John Major of the Conservatives')."""
        return len(ent) > 1 and ent.end < len(self.tokens) and self.tokens[ent.end].lower_ == "of" \
            and ent[-1].is_title and is_role_title(ent[-1], self.lexicon) \
            and ent[0].text not in self.lexicon.all_name_genders

    def _saints_place(self, ent: Span) -> bool:
        """A saint's name with a possessive, the place named for them: 'slept at St Jude’s on
        and off for six winters' (a church, a school, a shelter)."""
        tokens = self.tokens
        after = ent.end < len(tokens) and tokens[ent.end].text in POSSESSIVE
        return len(ent) > 1 and ent[0].text in ("St", "St.", "Saint") and (ent[-1].text in POSSESSIVE or after)

    def _where_someone_is_from(self, ent: Span) -> bool:
        """One word after 'from' on a person's noun: where they are from, no person ('a
        retired teacher from Wollongong [a person], who cannot be named,')."""
        noun = _noun_before(ent, "from")
        return noun is not None and self.lexicon.person_noun(noun.lemma_.lower())

    def _where_a_post_went_up(self, ent: Span) -> bool:
        """One word after 'on' on a post or other speech noun: where it went up, no person ('In
        a post on Instagram [a person], the Swede wrote')."""
        noun = _noun_before(ent, "on")
        return noun is not None and noun.lemma_.lower() in self.lexicon.speech_nouns

    def _set_off_in_quote_marks(self, ent: Span) -> bool:
        """A one-word name with a quote mark right before it and right after it; or a name of up
        to four words that quote marks hold whole, one capitalised word before it inside them
        allowed: a song's or a book's title ('was playing “Mi Reynosa Querida” on a loop')."""
        start, end = ent.start_char, ent.end_char
        if start == 0 or end >= len(self.text):
            return False
        if len(ent) == 1:
            return self.text[start - 1] in DOUBLE_MARKS and self.text[end] in DOUBLE_MARKS
        before = self.tokens[ent.start - 1] if ent.start > 0 else None
        opened = self.text[start - 1] in DOUBLE_MARKS or (
            before is not None and before.is_title and before.whitespace_ and before.idx > 0
            and self.text[before.idx - 1] in DOUBLE_MARKS)
        closed = self.text[end] in DOUBLE_MARKS or (
            self.text[end] in ",.!?" and end + 1 < len(self.text) and self.text[end + 1] in DOUBLE_MARKS)
        return len(ent) <= 4 and opened and closed

    def name_of(self, ent: Span):
        """The name inside an entity: honorifics, titles and a possessive stripped."""
        start, end = ent.start, ent.end
        tokens = self.tokens  # (ent.doc[i] makes a new Token each time)
        honorific = None
        # (an honorific left alone is a surname: 'Deacon said' after Colleen Deacon; so is one a
        # hyphen joins to the last word: 'Chief Cardinal-Auger')
        while start < end and not (start + 3 == end and hyphen_joins(tokens[start + 1])) \
                and ((tokens[start].text in self.lexicon.honorifics and start < end - 1
                      and not (tokens[start].text in _TITLES_GIVEN_TOO and start > 0
                               and tokens[start - 1].text in self.lexicon.honorifics))
                     or (start < end - 2 and courtesy_title(tokens[start], self.lexicon))
                     or self._title_in_name(tokens[start], end - start)
                     or self._rank_without_stop(tokens, start, end)
                     or self._party_before_name(tokens, start, end)
                     or self._nationality_before_name(tokens, start, end)
                     or self._common_noun_before_name(tokens, start, end)
                     or tokens[start].is_punct or tokens[start].is_space  # '― Christina Lastra'
                     or charge_of_title(tokens[start])  # 'Inspector in Charge Danielle Roark'
                     or (tokens[start].lower_ == "the" and start < end - 2
                         and tokens[start + 1].text in self.lexicon.honorifics)  # 'The Rt Rev X'
                     or (start < end - 1 and tokens[start].text in _EMERITUS and start > 0
                         and is_role_title(tokens[start - 1], self.lexicon))):  # 'Bishop Emeritus X'
            honorific = self.lexicon.honorifics.get(tokens[start].text) \
                or self.lexicon.honorifics.get(f"{tokens[start].text}.") or honorific
            start += 1
        while start < end - 1 and tokens[start].is_lower and tokens[start].is_alpha \
                and tokens[start].text not in NAME_PARTICLES and tokens[start + 1].is_title:
            start += 1  # 'mogul Donald Trump' taken as one entity ('Bill de Blasio' keeps its 'de')
        while start < end - 1 and self._end_of_title(tokens[start], ent):
            start += 1  # 'Secretary of Defense Ozelle Marchant' with 'Defense Ozelle Marchant' one entity
            if start < end - 1 and self.lexicon.place_words.get(tokens[start].text) == "ends":
                start += 1  # (the place's word that ends the object: 'Prime Minister of Tuzla Canton Edin Ramić')
        initialled = self._initialled_name_at(ent)
        if initialled is not None and initialled > 0:
            start = ent.start + initialled  # 'in charge of Haryana P.V. Raghavan' taken as one body
        while start < end - 2 and tokens[start].dep_ == "pobj" and tokens[start].head.i < ent.start \
                and tokens[start].head.lower_ in ("of", "in") \
                and tokens[start + 1].text in self.lexicon.all_name_genders:
            start += 1  # the object of a title's 'of' or 'in': 'Leader of the Opposition Ramesh Chandra Baghel'
        inner = next((k for k in range(end - 3, start, -1) if ((tokens[k].text in self.lexicon.honorifics
                      and self.lexicon.honorifics[tokens[k].text].role) or is_role_title(tokens[k], self.lexicon))
                      and not hyphen_joins(tokens[k + 1])), None)  # (not 'Harold Cardinal-Auger')
        if inner is not None and all(((t.is_title or t.text in NAME_PARTICLES) and t.pos_ == "PROPN") or hyphen_joins(t)
                                     for t in tokens[start:end] if t.i != inner):
            # a member's title after the place they serve: 'Junnar MLA Prakash Wagh', 'Sulu
            # Governor Rashid Amilhamja', 'Stikine-Nass MLA Nadine Crosby-Haldane', one person
            honorific = self.lexicon.honorifics.get(tokens[inner].text, honorific)
            start = inner + 1
        if start == ent.start:  # 'Ozelle Marchant' where the recogniser took only 'Marchant', and
            # 'Margarita Solís Beltrán' where it took only 'Beltrán' (a given name of the tables)
            while start > max(ent.start - 2, 0) and self._first_name_left_out(tokens[start - 1], ent.doc[start:end]) \
                    and (start == ent.start or tokens[start - 1].text in self.lexicon.name_genders
                         or (tokens[start - 1].is_sent_start
                             and tokens[start - 1].text in self.lexicon.all_name_genders)):
                start -= 1  # (a rarer given name opening the sentence: 'Rodrigo Tavares Lima [a place],')
            if start > 0 and self._given_name_labelled_alone(tokens[start - 1], ent.doc[start:end]):
                # 'Esteban [a body] Ulate Mora [a person]', a given name before two surnames;
                # 'Aileen [a number] Stewart [a person]'
                start -= 1
        if first_half_hyphened(tokens, start) and (tokens[start].text in self.lexicon.all_name_genders
                                                   or tokens[start - 2].text in self.lexicon.all_name_genders):
            # a given name of two joined by a hyphen, the first left out: 'Per-Olof Nilsson',
            # 'Gerrit-Jan Hulshof' (a half the tables know)
            start -= 2
        for i in range(start, end):  # a headline's 'Trump Says He Never': the name stops at a verb
            token = tokens[i]
            if i == start and end - start > 1 and reporting_form(token, self.lexicon):
                start += 1  # 'Stated Lopez: "..."', the verb before the name
                continue
            # (a verb in title case, which the tagger reads as a name and lemmatises as itself,
            # after a word of the name: 'Hillary Clinton Slams Donald Trump'; not a name's word
            # after a hyphen, 'Tarek El-Sayed')
            # (not a surname that is a verb's plain form, which the tagger leaves as written: 'Nicholas
            # Brand'; nor a syllable after a hyphen, 'Yoon Jae-sung', 'sung' read as a form of 'sing')
            after_hyphen = i > start and hyphen_joins(tokens[i - 1])
            if (token.pos_ == "PRON" and token.is_stop) \
                    or (token.lemma_.lower() in self.lexicon.reporting_verbs and not after_hyphen
                        and not (token.pos_ == "PROPN" and token.lemma_ == token.text)) \
                    or (i > start and reporting_form(token, self.lexicon) and not after_hyphen):
                end = i
                break
        for i in range(start + 2, end):  # 'Ana Ruiz of Human Rights Watch': the name ends before 'of'
            if tokens[i].lower_ == "of":
                end = i
                break
        while end > start and (tokens[end - 1].text in POSSESSIVE or tokens[end - 1].is_punct
                               or tokens[end - 1].text in ("and", "or")
                               or (end - start > 2 and tokens[end - 1].text in self.lexicon.post_nominals)) \
                and not _suffix_stop(tokens, end - 1):
            end -= 1  # ('Sipho Ndlovu SC'; 'Julio C. and' taken as one name before 'Andres M.')
        if end == ent.end and end - start > 1:
            # a generational suffix the recogniser left out: 'Gerald “Gerry” Hutchins Jr.'
            while end < len(tokens) and tokens[end].lower_ in NAME_SUFFIXES and not tokens[end].is_lower:
                end += 1
            if end < len(tokens) and _suffix_stop(tokens, end):
                end += 1
        owner = next((i for i in range(start + 1, end - 1) if tokens[i].text in POSSESSIVE), None)
        if owner is not None and end - owner > 2:
            start = owner + 1  # 'the Harbor Gazette’s Tom Baker' taken as one person: the paper is his body
        elif owner is not None and self._named_elsewhere(ent, ent.doc[start:owner].text):
            end = owner  # 'Lopez’s Ohio director': Lopez, whom the article names, not 'Ohio'
        if honorific is None and ent.start > 0:
            honorific = self.lexicon.honorifics.get(tokens[ent.start - 1].text)
        if end <= start or not any(NAME_WORD.fullmatch(t.text) for t in ent.doc[start:end]):
            return None, None
        return ent.doc[start:end], honorific

    @staticmethod
    def _named_elsewhere(ent: Span, name: str) -> bool:
        """Another person entity of the article is `name` or ends with it."""
        return any(other.label_ == "PERSON" and other.start != ent.start
                   and (other.text == name or other.text.endswith(f" {name}")) for other in ent.doc.ents)

    def _title_in_name(self, token: Token, left: int) -> bool:
        """A role title opening a name, unless it is a given name before a lone surname or
        alone ('Dean Baker' and 'Howard Dean' are names, 'Dean Tom Baker' is a dean) or
        before a surname with a particle after a title ('leader Marine Le Pen')."""
        return is_role_title(token, self.lexicon) and not (left <= 2 and token.text in self.lexicon.given_names) \
            and not self._given_name_after_title(token)

    def _rank_without_stop(self, tokens, start: int, end: int) -> bool:
        """An abbreviated rank written without its stop, which the table leaves out as a given
        name it may be, before two or more capitalised words: 'Security Minister Col Aboubacar
        Sawadogo' ('Col Hennessy' is a name)."""
        return end - start > 2 and rank_without_stop(tokens[start], self.lexicon) is not None \
            and all(t.is_title for t in tokens[start + 1:end])

    def _party_before_name(self, tokens, start: int, end: int) -> bool:
        """A party's word written before a full name the recogniser took into it: 'Republican
        Tom Baker' (a party of the table)."""
        return end - start > 2 and tokens[start].text in self.lexicon.parties \
            and tokens[start + 1].text in self.lexicon.all_name_genders

    def _nationality_before_name(self, tokens, start: int, end: int) -> bool:
        """A nationality written before a name the recogniser took into it, as a headline
        does: 'Belgian Wouters, 21, storms Puy de Dome'; not a given name ('German Ortega')."""
        return end - start > 1 and tokens[start].text in self.lexicon.demonyms \
            and tokens[start].text not in self.lexicon.all_name_genders and tokens[start + 1].is_title

    def _common_noun_before_name(self, tokens, start: int, end: int) -> bool:
        """A calling written in small letters elsewhere (see _calling_written_small) before a
        given name of the tables and a surname, which the recogniser took into the name."""
        return end - start >= 3 and tokens[start + 1].text in self.lexicon.all_name_genders \
            and self._calling_written_small(tokens[start])

    def _calling_written_small(self, word: Token) -> bool:
        """A word opening its sentence that the article writes elsewhere in small letters,
        itself or its plural, as a calling set before a name is: 'Franchisee Bernadette
        Kowalczyk, who owns all five stores,' with 'expects every franchisee to comply';
        'Promoter Kerry Whitlam' with 'promoters'. Not a given name of the tables, nor a place."""
        if not word.is_sent_start or not word.is_title or not word.is_alpha \
                or word.text in self.lexicon.all_name_genders or word.text in self.lexicon.places:
            return False
        return written_in_lower_case(self.text, word.lower_, plural=True)

    def _end_of_title(self, token: Token, ent: Span) -> bool:
        """A word of an entity that ends the object of a title's 'of' or 'for' before it (or a
        word joined to that object), with no later word of the entity hung on the object:
        'Defense' in 'Secretary of Defense Ozelle Marchant'; the last of several objects joined
        by 'and' too: 'Tourism' in 'Minister of Culture, Sports and Tourism Kim Jae-sung'."""
        node = token
        while node.dep_ == "compound" and node.i < node.head.i < ent.end:
            node = node.head
        last = node  # (the object's last word in the entity, on which nothing later hangs)
        if self._given_name_as_object(last, ent):
            # 'Commissioner for Data Protection Niamh Gallagher', the parse hanging 'Data
            # Protection' on 'Niamh': the object ends before the given name (which is not a
            # first given name hung on a second: 'Samuel Kiprotich Langat')
            return token.i < last.i and token.text not in self.lexicon.all_name_genders
        # (not a given name the parse joined to a portfolio the pipeline made one word: 'Minister
        # for [Asylum and Migration] Marjolein van der Linden-Bos')
        while last.i == ent.start and node.dep_ == "conj" and node.head.i < node.i \
                and not (token.text in self.lexicon.all_name_genders and " " in node.head.text):
            node = node.head
        prep = node.head
        # (the object of a title's 'of' or 'for' before the entity)
        titled = node.dep_ == "pobj" and prep.i < ent.start and prep.lower_ in ("of", "for") \
            and is_role_title(prep.head, self.lexicon)
        if titled and last.i == ent.end - 1 and token.text not in self.lexicon.all_name_genders:
            # the parse hanging the object's words and the given name on the surname: 'Deputy
            # Secretary for Naval Sustainment Rebecca Tolhurst', the entity from 'Sustainment';
            # 'Minister for Transport Ros Tennant', a portfolio, before a name of two words
            return any(t.text in self.lexicon.name_genders for t in ent.doc[token.i + 1:ent.end - 1]) \
                or (token.lower_ in self.lexicon.portfolios and ent.end - token.i > 2)
        return titled and last.i < ent.end - 1 and not any(last.i < c.i < ent.end for c in last.children)

    def _given_name_as_object(self, word: Token, ent: Span) -> bool:
        """A given name of the tables that the parse made the object of a title's 'of' or
        'for', with words before it hung on it and a surname after it: 'Niamh' in 'Commissioner
        for Data Protection Niamh Gallagher'; 'Carolina' in 'Vice Minister of Mines Carolina
        Vásconez Proaño', the portfolio left out of the entity. Not a portfolio's word."""
        return max(ent.start, 1) <= word.i < ent.end - 1 and word.text in self.lexicon.all_name_genders \
            and word.lower_ not in self.lexicon.portfolios and word.doc[word.i - 1].head.i == word.i \
            and word.doc[word.i + 1].is_title

    def _given_name_labelled_alone(self, token: Token, name: Span) -> bool:
        """A given name of the tables the recogniser labelled alone as a body, a place or a
        number, joined to the name after it by the parse: 'Esteban' of 'Esteban [a body] Ulate
        Mora', 'Aileen' of 'Aileen [a number] Stewart'."""
        return token.text in self.lexicon.all_name_genders and token.is_title \
            and (labelled_alone_as_body(token) or (token.ent_type_ == "CARDINAL" and alone_in_entity(token))) \
            and token.dep_ in ("compound", "nummod") and name.start <= token.head.i < name.end

    def _initialled_name_at(self, ent: Span) -> int | None:
        """Where initials open a surname that ends the entity, after words no given name
        that the recogniser took into it: 1 of 'Haryana P.V. Raghavan' [a body]; None if none
        do (nor in 'J.P. Morgan', a bank, nor after a given name: 'Robert T. Halvorsen')."""
        if len(ent) < 3 or not _INITIALS.fullmatch(ent[-2].text) or not ent[-1].is_title \
                or ent[-1].pos_ != "PROPN" or len(ent[-1]) < 3 or ent[-3].text in self.lexicon.all_name_genders \
                or ent.label_ not in (*NAME_AS_BODY_ENTS, "PERSON"):
            return None
        return len(ent) - 2

    def _first_name_left_out(self, token: Token, ent: Span) -> bool:
        """A proper noun right before a name that the parse joins to it, outside any entity,
        and not a title nor the end of one ('Vice President for Communications Maria Lopez',
        'Minister of State for National Development Faizal Osman') unless it is a given
        name, nor a title in the plural ('Justices Meera Raghavan and Arvind Kulkarni'), nor a
        word for a person ('Passenger Keisha Brown'), a party's member ('Ranking
        Democrat Dianne Feinstein') or a nationality ('Ethiopian Abebe Tadesse'; a given name
        may be both: 'German Ortega'), nor a rank before a full name ('Major Espen Dahl') or its
        grade ('Petty Officer 2nd Class Dana Whitfield'), nor a student's year ('Senior Marcus
        Lee'). In
        a headline in title case, where every word is capitalised, only a known given name; nor
        the object of a title's 'of the' ('Leader of the Opposition Ramesh Chandra Baghel').
        And a given name the tagger read as a preposition: 'minister, Per Arne Dahl, said', and
        opening a sentence before another given name: 'Per Arne Haugland, Norway's women's head
        coach, said' (not 'Per Reuters'); and one of the longer tables the tagger read as an
        adjective, a noun or a verb before a surname opening with a particle: 'Ilse van der
        Berg', 'Annelies [VBZ] de Vries said'."""
        if token.pos_ in ("ADJ", "NOUN", "VERB") and token.is_title and not token.ent_type_ and token.dep_ == "compound" \
                and ent[0].text in NAME_PARTICLES and token.i + 1 == ent.start \
                and ent.start <= token.head.i < ent.end:
            return token.text in self.lexicon.all_name_genders
        if token.pos_ == "ADP" and token.is_title and token.text in self.lexicon.given_names \
                and (not token.is_sent_start or ent[0].text in self.lexicon.all_name_genders):
            return token.i + 1 == ent.start and any(t.head.i == token.i for t in ent)
        return token.pos_ == "PROPN" and token.dep_ == "compound" and ent.start <= token.head.i < ent.end \
            and not token.ent_type_ and token.is_alpha and not token.is_lower \
            and not (token.i > 1 and token.doc[token.i - 1].lower_ == "the"
                     and token.doc[token.i - 2].lower_ in ("of", "in")) \
            and not (token.lower_ in RANKS and len(ent) > 1) and not _grade_of_rank(token) \
            and token.lower_ not in _SCHOOL_YEARS \
            and token.text not in self.lexicon.honorifics and token.lower_ not in self.lexicon.person_nouns \
            and token.text not in self.lexicon.parties \
            and (token.text not in self.lexicon.demonyms or token.text in self.lexicon.all_name_genders) \
            and not in_title_ending(token) and not self._calling_written_small(token) \
            and (not is_role_title(token, self.lexicon) or self._given_name_after_title(token)) \
            and not (token.lower_.endswith("s") and token.lower_[:-1] in self.lexicon.role_nouns) \
            and title_over_name(token.head, self.lexicon) is None \
            and (token.text in self.lexicon.name_genders or not self._ends_title_object(token)) \
            and (token.text in self.lexicon.given_names or not self._in_headline(token.idx))

    def _ends_title_object(self, token: Token) -> bool:
        """The word ends a run of proper nouns after a title's 'of' or 'for', which the parse
        may join to the name after it: 'Development' of 'Minister of State for National
        Development Faizal Osman', 'Commerce' of 'Minister for Small Businesses and Commerce
        Nathalie Cordier' (over the portfolios joined by 'and', the first of which the parse
        may make the object: 'Minister of Sports and Youth Hamad Al-Kuwari')."""
        k = token.i - 1
        while k >= max(token.i - 8, 0) and (self.tokens[k].lower_ in ("and", "&", ",") or (
                self.tokens[k].pos_ == "PROPN" and self.tokens[k].dep_ in ("compound", "conj", "nmod", "pobj"))):
            k -= 1
        return k >= 0 and self.tokens[k].lower_ in ("of", "for") and is_role_title(self.tokens[k].head, self.lexicon)

    def _given_name_after_title(self, token: Token) -> bool:
        """A word that could be a title but stands between a title written in lower case and
        a surname that opens with a particle: the given name ('Opposition leader Marine Le
        Pen', 'party leader, Marine Le Pen,'; 'Judge Van Buren' is a judge)."""
        start = token.i - 1 if token.i > 0 and self.tokens[token.i - 1].text != "," else token.i - 2
        before = self.tokens[start] if start >= 0 else None  # 'party leader, Marine Le Pen,'
        after = self.tokens[token.i + 1] if token.i + 1 < len(self.tokens) else None
        return after is not None and after.lower_ in NAME_PARTICLES and before is not None and before.is_lower \
            and before.lemma_.lower() in self.lexicon.role_nouns

    def place_name(self, ent: Span) -> bool:
        """A name of more than one word that a place's word opens or ends: 'Westchester
        County', 'Kibbutz Manara'; or a name a possessive and such a word end: "Clark's Harbour"."""
        tokens = self.tokens
        # (the word after the possessive, which the entity may hold or not)
        after = ent.end if ent[-1].text in POSSESSIVE \
            else ent.end + 1 if ent.end < len(tokens) and tokens[ent.end].text in POSSESSIVE else len(tokens)
        return (len(ent) > 1 and (self.lexicon.place_words.get(ent[-1].text) == "ends"
                                  or self.lexicon.place_words.get(ent[0].text) == "opens")) \
            or (after < len(tokens) and self.lexicon.place_words.get(tokens[after].text) == "ends")

    def _full_name_taken_for_a_body(self, ent: Span) -> bool:
        """A given name and a surname the recogniser labelled a body: 'Karen Lindqvist' as ORG,
        or labelled anything where a clause on 'who' describes it. A name of the longer
        gender table counts only for an organisation with no article before it and no plural
        word in it ('the Carolina Panthers' is a team); a place named for someone stays a place.
        A post-nominal or a generational suffix after the name is no part of it, and tells a
        person as the rarer given name does not: 'Conor Halligan SC', 'Harlan Dufresne Sr.'; nor
        is a possessive the recogniser took in ('Elin Rhys-Davies's [a body] campaign stall')."""
        if len(ent) > 2 and ent[-1].text in POSSESSIVE:
            ent = Span(ent.doc, ent.start, ent.end - 1, label=ent.label)
        if len(ent) > 2 and charge_of_title(ent[0]):
            ent = Span(ent.doc, ent.start + 1, ent.end, label=ent.label)  # 'Inspector in Charge Danielle Roark'
        post_nominal = len(ent) > 2 and ent[-1].text in self.lexicon.post_nominals
        if post_nominal:
            ent = Span(ent.doc, ent.start, ent.end - 1, label=ent.label)
        end = ent.end - 1 if _suffix_stop(ent.doc, ent.end - 1) else ent.end
        if end - ent.start > 2 and ent.doc[end - 1].lower_ in NAME_SUFFIXES:
            # a generational suffix, which tells a person too: 'Harlan Dufresne Sr.'
            ent, post_nominal = Span(ent.doc, ent.start, end - 1, label=ent.label), True
        first = ent[0].text
        hyphened = ent[:3].text if len(ent) > 3 and hyphen_joins(ent[1]) else first  # ('Jean-Baptiste')
        if (first in self.lexicon.all_name_genders or hyphened in self.lexicon.all_name_genders) \
                and _particle_inside(ent) and (
                clause_on_who(ent) or speaks(ent.root, self.lexicon) or _person_pronoun_in_clause(ent)
                or (ent.root.dep_ == "appos" and self.lexicon.person_noun(ent.root.head.lemma_.lower()))):
            # a particle inside it: 'Anneke de Vries [a body], who has lived beside the motorway,', 'The
            # airport's director, Marie-Hélène de Castelnau [a body],', 'Nilda Mamani de Colque [a
            # body] was 19 when she first crossed the salt flat'
            return True
        if not written_as_name(ent, ("PROPN", "NOUN")):
            return False
        if first in self.lexicon.name_genders and clause_on_who(ent):
            return True  # whatever the label: 'For Leanne Cooper [a building], whose son ran up debts,'
        if ent.root.dep_ == "appos" and (ent.root.head.lemma_.lower() in self.lexicon.family_nouns or (
                ent.root.head.lemma_.lower() in self.lexicon.person_nouns and ent.start > 0
                and ent.doc[ent.start - 1].text == ",")):
            # and set beside a relative: "Nickerson's sister, Courtney d'Entremont [a body],", or
            # another noun for a person after its comma: 'His niece, Lucía Castillo Moreno [a
            # nationality],' (person_nouns.tsv: no role's noun; not "Scott's niece, state Del.
            # Marcia Price (D-Newport News [a body])")
            return True
        if ent.label_ == "WORK_OF_ART" and first in self.lexicon.all_name_genders and speaks(ent.root, self.lexicon):
            return True  # a work's to the recogniser, but speaking: '"...," Catriona Dunbar-Rennie said'
        if ent.label_ not in NAME_AS_BODY_ENTS:
            return False
        root = ent.root
        if root.dep_ in ("compound", "nmod") and root.head.i >= ent.end and root.head.pos_ == "NOUN" \
                and any(c.dep_ == "det" and c.lower_ == "the" and c.i < ent.start
                        for c in (*root.children, *root.head.children)):
            return False  # a place or thing named for someone, the noun after it: 'the nearby Kerem Shalom crossing'
        if self._portfolio_joined(ent):
            return False  # 'the Minister of Fisheries and Marine [a given name] Resources'
        if first in self.lexicon.given_names or (post_nominal and first in self.lexicon.all_name_genders):
            return True
        article = ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the"
        if ent.label_ != "ORG" or article or any(t.tag_ == "NNPS" for t in ent):
            return False
        # a rarer given name only as who speaks: '"...," Olaf Scholz said'
        return first in self.lexicon.name_genders \
            or (first in self.lexicon.all_name_genders and speaks(ent.root, self.lexicon))

    def _portfolio_joined(self, ent: Span) -> bool:
        """Whether the words follow an 'and' after the object of a title's or a body's 'of' or
        'for': a portfolio joined to it ('the Minister of Fisheries and Marine Resources', 'the
        Ministry of Fisheries and Marine Resources')."""
        if ent.start < 2 or self.tokens[ent.start - 1].lower_ not in ("and", "&"):
            return False
        before = self.tokens[ent.start - 2]
        while before.dep_ == "compound" and before.head.i > before.i:
            before = before.head
        owner = before.head.head
        return before.dep_ == "pobj" and before.head.lower_ in ("of", "for") \
            and (is_role_title(owner, self.lexicon) or owner.lemma_.lower() in self.lexicon.body_nouns)

    def relative_by_given_name(self, ent: Span) -> bool:
        """A given name alone in apposition to a relative, whatever the recogniser labelled
        it: 'Okafor's mother, Grace,' (a body to it) is a person, Grace Okafor; so is 'Mr.
        Thompson's wife, Paulette,', a name of the longer table, and one the tables lack
        with an age after it, 'Manuel's daughter, Lucía, 29,', or set off by commas after the
        relative of someone: 'His wife, Margareta, said'."""
        word = ent[0]
        return len(ent) == 1 and word.dep_ == "appos" and word.head.lemma_.lower() in self.lexicon.family_nouns \
            and (word.text in self.lexicon.name_genders or an_age_after(ent) or set_off_beside_owned(ent, self.lexicon))

    def _given_name_taken_for_a_modal(self, ent: Span) -> bool:
        """'"...," Will Estrada, the county chairman, said': a given name the tagger read as a
        modal verb, before a surname, in an entity the recogniser gave any label."""
        if not 2 <= len(ent) <= 3:  # (first: ent[1:] of a last word would join the whole text)
            return False
        first = ent[0]
        return first.tag_ == "MD" and first.is_title and first.text in self.lexicon.name_genders \
            and all(name_word(t, ("PROPN",)) for t in ent[1:])

    def _titled_as_person(self, ent: Span) -> bool:
        """A name the recogniser took for a body, under a person's title: 'Spokeswoman Haley
        Morris', 'Secretary of Defense Ozelle Marchant' as 'Defense Ozelle Marchant' (the title, or
        its end, inside the entity), 'former tech executive Carly Fiorina', 'German Chancellor
        Olaf Scholz' (before it); or for a work, a title and a given name inside it ('Nurse
        Rosa Alvarez'), or a title and a name that speaks ('Mayor Nikola Peric told')."""
        if ent.label_ not in NAME_AS_BODY_ENTS and ent.label_ != "WORK_OF_ART":
            return False
        # (the body the title is of may open the entity: 'Veridan Chief Executive Maarten de Vries')
        lead = 1 if len(ent) > 3 and ent[0].pos_ == "PROPN" and is_role_title(ent[1], self.lexicon) else 0
        while lead < len(ent) and (is_role_title(ent[lead], self.lexicon) or self._end_of_title(ent[lead], ent)):
            lead += 1
        rest = ent[lead:]
        # (or, under a title, a given name of the tables and up to three words: 'Tánaiste Conall
        # Mac Giolla Rua'; or initials and up to two: 'District Collector S. Vasanthi Priya')
        if not written_as_name(rest, ("PROPN",)) and not (
                lead and 2 <= len(rest) <= 4 and rest[0].text in self.lexicon.name_genders
                and all(name_word(t, ("PROPN",)) or t.text in NAME_PARTICLES for t in rest)
                and not self._in_headline(ent.start_char)) and not (
                lead and 2 <= len(rest) <= 3 and GIVEN_INITIALS.fullmatch(rest[0].text) is not None
                and all(name_word(t, ("PROPN",)) for t in rest[1:])):
            return False
        if ent.label_ == "WORK_OF_ART":
            return 0 < lead < len(ent) - 1 and (ent[lead].text in self.lexicon.all_name_genders
                                                or speaks(ent.root, self.lexicon))
        if lead:
            return True
        before = self.tokens[ent.start - 1] if ent.start > 0 else None
        if before is None or before.dep_ != "compound" or before.head.i not in range(ent.start, ent.end):
            return False
        if is_role_title(before, self.lexicon):
            return True  # 'German Chancellor Olaf Scholz' with 'Olaf Scholz' a body
        return before.pos_ == "NOUN" and before.is_lower and before.lemma_.lower() in self.lexicon.role_nouns

    def dateline(self, ent: Span) -> bool:
        """A name in the dateline opening a line ('MANCHESTER, England —'), or a place opening
        a line before its agency or a spaced dash ('New York (AFP) –')."""
        if ent.start_char < dateline_end(self.text, ent.start_char):
            return True
        after = self.tokens[ent.end] if ent.end < len(self.tokens) else None
        return ent.label_ == "GPE" and (ent.start_char == 0 or self.text[ent.start_char - 1] == "\n") \
            and after is not None and (after.text == "(" or spaced_dash(after))

    def described_as_person(self, ent: Span) -> bool:
        """A name the recogniser took for a body, or missed, in apposition to a person's role
        or to one of a group of them: 'Pierre-Louis Garnier, the foreign minister of
        Belgium,', 'Janice Johnston, one of the three board members,', 'HRT's director-general,
        Nikola Vukovic,' (with 'general' tagged an adjective); not one ending in a
        body noun ('At Regions Hospital, a nurse who ...', which the parse may set in
        apposition) or a company's legal form or trade ('The vessel's owner, Visayan Star
        Shipping Corp.,'), nor a country ('Estonia, a member of NATO,'), nor a body the
        recogniser saw told by its seat ('The ship's manager, Dubai-based Sea Haven
        Shipmanagement,'), nor a place after its preposition ('In Brussels, a Nato official who
        spoke on condition of anonymity said', the official set beside the city; 'Outside a
        shop on Commercial Street, the owner, ... said', a street)."""
        root = ent.root
        return root.pos_ == "PROPN" and ent[-1].lemma_.lower() not in self.lexicon.body_nouns \
            and not (ent.label_ == "GPE" and ent.text in self.lexicon.nations) \
            and not (len(ent) > 1 and company_form(ent[-1], self.lexicon)) \
            and not (ent.label_ == "ORG" and any(c.dep_ == "amod" and seat_word(c) for c in root.children)) \
            and not (ent.label_ in ("GPE", "FAC", "LOC") and root.dep_ == "pobj"
                     and (root.head.lower_ in _PLACE_PREPOSITIONS
                          or (ent.label_ != "GPE" and root.head.lower_ == "on"))) \
            and all(t.pos_ in ("PROPN", "PUNCT") for t in ent) and any(
            (noun.pos_ == "NOUN" or (noun.pos_ == "PROPN" and not noun.ent_type_)  # 'the former HP CEO'
             or (noun.pos_ == "ADJ" and noun.i > 1 and hyphen_joins(noun.doc[noun.i - 1])))  # 'director-general'
            and noun.lemma_.lower() in self.lexicon.role_nouns and not parent_company(noun, self.lexicon)
            for noun in (one_of(beside) or beside for beside in appositions(root)))


def seat_word(token: Token) -> bool:
    """A word after a hyphen telling where a body sits: 'based' of 'Dubai-based'."""
    return token.lemma_.lower() in _SEAT_WORDS and token.i > 0 and token.doc[token.i - 1].text == "-"


# Initials written together before a surname, as Indian news names people: 'P.V.', 'K.R.'.
_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")
# A given name's initials, one or more: 'K.' of 'K. Palanisamy', 'M.K.' of 'M.K. Stalin'.
GIVEN_INITIALS = re.compile(r"(?:[A-Z]\.)+")


def titled_by_article(ent: Span) -> bool:
    """Two words opening with an article of another language, as a newspaper's title does
    ('El País', 'Der Spiegel') and only a surname of a person does ('Le Pen', 'Lo Bianco')."""
    return len(ent) == 2 and ent[0].text in _FOREIGN_ARTICLES


def labelled_alone_as_body(token: Token) -> bool:
    """Whether the recogniser labelled the word alone as a body or a place: 'Amrit' of 'Amrit
    [a body] Dhillon'."""
    return token.ent_type_ in NAME_AS_BODY_ENTS and alone_in_entity(token)


def in_title_ending(token: Token) -> bool:
    """A word of the Latin that ends an office's title: 'Pro' or 'Tem' of 'President Pro Tem'."""
    doc = token.doc
    before = doc[token.i - 1].lower_ if token.i > 0 else ""
    after = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
    return (before, token.lower_) in TITLE_ENDINGS or (token.lower_, after) in TITLE_ENDINGS


def title_ending_starts(texts: list[str]) -> list[int]:
    """Where the Latin that ends an office's title begins in a run of words, its first word
    written 'Pro' or 'pro' ('President Pro Tem'); `in_title_ending` asks it of one token."""
    return [i for i, text in enumerate(texts[:-1])
            if text in _TITLE_ENDING_OPENERS and (text.lower(), texts[i + 1].lower()) in TITLE_ENDINGS]


def named_as_body(ent: Span, lexicon: Lexicon) -> bool:
    """A name that a body noun ends ('the John Adams Society'), or a company's legal form or
    trade ('Auralis Bio', a person to the recogniser), or that a body noun stands right
    before ('Housing charity Shelter', whatever the recogniser labelled it; not a title and a
    name: 'Phoenix police Detective Ray Salcedo', nor a person's noun before a given name:
    'said publisher Gordon Fairweather'), or one word that owns its verb's object as
    'its' ('Pfizer raised its forecast'), or one joined to a body's word (see
    _joined_to_a_body_word); a possessive's apostrophe after it aside ("Pioneer Wireless' $9 billion")."""
    last = ent[-2] if len(ent) > 2 and ent[-1].text in POSSESSIVE else ent[-1]
    return ent[-1].lemma_.lower() in lexicon.body_nouns or (len(ent) > 1 and company_form(last, lexicon)) \
        or _set_beside_body_noun(ent, lexicon) or introduced_by_body_noun(ent, lexicon) \
        or (len(ent) == 1 and ent.root.dep_ == "nsubj" and any(
            o.dep_ == "dobj" and any(c.dep_ == "poss" and c.lower_ == "its" for c in o.children)
            for o in ent.root.head.children)) \
        or _joined_to_a_body_word(ent, lexicon)


def introduced_by_body_noun(ent: Span, lexicon: Lexicon) -> bool:
    """A name that a body noun in small letters stands right before, on it or set beside it:
    'Housing charity Shelter', 'the low-cost carrier Aerolinea Sol'; not a title and a name
    ('Phoenix police Detective Ray Salcedo'), nor a person's noun before a given name ('said
    publisher Gordon Fairweather')."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return before is not None and before.pos_ == "NOUN" and before.is_lower \
        and before.lemma_.lower() in lexicon.body_nouns \
        and ((before.dep_ == "compound" and ent.start <= before.head.i < ent.end)
             or (ent.root.dep_ == "appos" and ent.root.head.i == before.i)) \
        and not (len(ent) > 2 and is_role_title(ent[0], lexicon)) \
        and not (before.lemma_.lower() in lexicon.role_nouns and ent[0].text in lexicon.all_name_genders)


def _noun_before(ent: Span, preposition: str) -> Token | None:
    """The noun that a one-word entity hangs on through `preposition`: 'teacher' of 'a retired
    teacher from Wollongong'. None where it hangs on none so."""
    root = ent.root
    if len(ent) != 1 or root.dep_ != "pobj" or root.head.lower_ != preposition or root.head.head.pos_ != "NOUN":
        return None
    return root.head.head


def _joined_to_a_body_word(ent: Span, lexicon: Lexicon) -> bool:
    """One word, no given name, that 'and' joins to a capitalised word the recogniser took for
    a body: the name of one body ('Law and Justice, now in opposition,', a party)."""
    doc, after = ent.doc, ent.end + 1
    return len(ent) == 1 and after < len(doc) and doc[ent.end].lower_ == "and" and doc[after].is_title \
        and doc[after].ent_type_ == "ORG" and alone_in_entity(doc[after]) and ent.text not in lexicon.all_name_genders


def _suffix_stop(tokens, i: int) -> bool:
    """Whether token `i` is the stop of a generational suffix the tokenizer split from it:
    'Sr' '.' of 'Jaylen Odom Sr.,'."""
    return i > 0 and tokens[i].text == "." and not tokens[i - 1].whitespace_ and tokens[i - 1].lower_ in ("jr", "sr")


def first_half_hyphened(tokens, i: int) -> bool:
    """Whether a capitalised word that a hard hyphen joins to token `i` stands before it, the
    first half of a given name of two: 'Per' of 'Per-Olof', 'Jean' of 'Jean-Baptiste'."""
    return i >= 2 and hyphen_joins(tokens[i - 1]) and tokens[i - 2].is_title and tokens[i - 2].is_alpha


def given_as_a_name(ent: Span) -> bool:
    """One proper noun set beside the noun 'name', as news gives the one name of someone
    it may not name in full: 'One sewer at a factory in Kandal, who asked to be identified
    only by her first name, Sreymom,', the parse hanging the clause on the place. (On the
    noun it describes, the clause gives the name its role: see people.name_given.)"""
    word = ent.root
    if len(ent) != 1 or word.pos_ != "PROPN" or word.dep_ != "appos" or word.head.text not in ("name", "names"):
        return False
    clause = next((a for a in word.head.ancestors if a.dep_ == "relcl"), None)
    return clause is None or clause.head.pos_ != "NOUN"


def _particle_inside(ent: Span) -> bool:
    """Words written as a person's name with particles between a given name and a surname:
    'Anneke de Vries', 'Marie-Hélène de Castelnau' (a given name hyphened), 'Jan van der Berg',
    and a Spanish married name, the husband's after 'de' ('Nilda Mamani de Colque')."""
    pieces = [t for t in ent if not (hyphen_joins(t) and ent.start < t.i < ent.end - 1)]
    given = 2 if len(ent) > 2 and hyphen_joins(ent[1]) else 1  # (a hyphened one's halves: 'Marie', 'Hélène')
    if len(pieces) == given + 3 and pieces[given + 1].lower_ == "de" and name_word(pieces[given], ("PROPN",)):
        given += 1
    particles = pieces[given:-1]
    # (a particle written with a capital too: 'Jean-Baptiste Le Goff')
    return 3 <= len(pieces) <= given + 3 and bool(particles) and all(t.lower_ in NAME_PARTICLES for t in particles) \
        and all(name_word(t, ("PROPN",)) for t in (*pieces[:given], pieces[-1]))


def _person_pronoun_in_clause(ent: Span) -> bool:
    """A name, the subject of its clause, that a clause joined to it goes on about as 'he' or
    'she': 'Nilda Mamani de Colque was 19 when she first crossed the salt flat'."""
    root = ent.root
    return root.dep_ == "nsubj" and any(
        c.dep_ in ("advcl", "conj") and c.i > root.i
        and any(s.dep_ == "nsubj" and s.lower_ in ("he", "she") for s in c.children) for c in root.head.children)


def clause_on_who(ent: Span) -> bool:
    """A name a relative clause on 'who' or 'whose' describes, right after its comma."""
    after = ent.end + 1
    if after >= len(ent.doc) or ent.doc[ent.end].text != "," or ent.doc[after].lower_ not in ("who", "whose"):
        return False
    verb = ent.doc[after].head
    verb = verb if verb.dep_ == "relcl" else verb.head  # ('whose' hangs on its noun: 'whose son ran')
    return verb.dep_ == "relcl" and ent.start <= verb.head.i < ent.end


def _set_beside_body_noun(ent: Span, lexicon: Lexicon) -> bool:
    """A name with a body noun set beside it after a comma: 'Visit Skåne, the regional
    tourism agency,' (a person to the recogniser), or a word that makes it one of some
    bodies ('Ribeira Sempre, the largest of the club's supporters' groups,'); not 'Ana Ruiz,
    the agency's director', nor a noun for a person too ('Miriam Holt, the broadcaster who
    chaired the panel'), nor a name of one word ('Draganic, the Serbian center,') or that a
    given name of the tables opens."""
    if len(ent) < 2 or ent.end >= len(ent.doc) or ent.doc[ent.end].text != "," or ent[0].text in lexicon.name_genders:
        return False
    return any(c.dep_ == "appos" and c.left_edge.i == ent.end + 1 and ((
        c.pos_ == "NOUN" and (noun := c.lemma_.lower()) in lexicon.body_nouns and noun not in lexicon.role_nouns
        and any(d.dep_ == "det" for d in c.children)) or _one_of_bodies(c, lexicon)) for c in ent.root.children)


def _one_of_bodies(word: Token, lexicon: Lexicon) -> bool:
    """A word set beside a name that makes it one 'of' some bodies: 'the largest of the
    club's supporters' groups', 'one of the country's biggest unions'."""
    return any(p.dep_ == "prep" and p.lower_ == "of" and o.dep_ == "pobj" and o.tag_ == "NNS"
               and o.lemma_.lower() in lexicon.body_nouns and o.lemma_.lower() not in lexicon.role_nouns
               for p in word.children for o in p.children)


def written_in_lower_case(text: str, word: str, plural: bool = False) -> bool:
    """Whether the text writes lower-case `word` anywhere as a word of its own (or, with
    `plural`, its plural in 's')."""
    return re.search(rf"\b{re.escape(word)}{'s?' if plural else ''}\b", text) is not None


def self_named_body(name: Token, body_nouns) -> Token | None:
    """The body noun whose clause says the body calls itself `name`: 'group' of 'A group
    calling itself ShadowLoom', 'gang' of 'The gang, which calls itself RedTide,'; or is
    called so: 'committee' of 'A committee called Ashby Families for Accountability'. None
    when there is none."""
    verb = name.head
    if name.pos_ != "PROPN" or name.dep_ not in ("oprd", "xcomp", "attr") or verb.lemma_ != "call" \
            or verb.dep_ not in ("acl", "relcl") \
            or not (any(c.dep_ == "dobj" and c.lower_ in ("itself", "themselves") for c in verb.children)
                    or (verb.dep_ == "acl" and verb.tag_ == "VBN")):
        return None
    noun = verb.head
    return noun if noun.pos_ == "NOUN" and noun.lemma_.lower() in body_nouns else None


def company_name(words: Span, lexicon: Lexicon) -> bool:
    """Words that name a company by its legal form or trade at their end, with no 'of' of a
    public body's name among them: 'Harbour Kitchen Foods', not 'the Ministry of Mines and
    Energy'."""
    return len(words) > 1 and company_form(words[-1], lexicon) and not any(t.lower_ == "of" for t in words)


def company_form(token: Token, lexicon: Lexicon) -> bool:
    """Whether a word is a company's legal form or trade, as ends its name: 'Corp.', 'Mining'
    (`company_suffixes.txt`, `industry_words.txt`)."""
    word = form_word(token)
    return word in lexicon.company_suffixes or word in lexicon.industry_words


def form_word(token: Token) -> str:
    """A word as the lexicons of legal forms and trades list it: lower case, without its
    stops ('S.A.' as 'sa', 'Corp.' as 'corp')."""
    word = token.lower_.rstrip(".")
    return word.replace(".", "") if "." in word and len(word) <= 5 else word


def owns_as_a_person(ent: Span) -> bool:
    """Two or three capitalised words, the subject of a verb whose object, or its
    preposition's, they own as 'his' or 'her', as only a person does: 'Novak Djokovic [a body
    to the recogniser] won his 24th title', 'Funmilayo Adeyemi [a place] arrived at her bank'
    (as 'its' makes a body: named_as_body)."""
    root = ent.root
    objects = [o for o in root.head.children if o.dep_ == "dobj"] \
        + [o for p in root.head.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    return 2 <= len(ent) <= 3 and all(t.is_title and t.pos_ == "PROPN" for t in ent) and root.dep_ == "nsubj" \
        and any(any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in o.children) for o in objects)


def aged_as_a_person(ent: Span, lexicon: Lexicon) -> bool:
    """Two or three capitalised words opening with a given name of the tables and set off
    before an age, as news introduces a person: 'Leo Park [a place to the recogniser], 15,
    from Melbourne'; or one capitalised word alone as a subject, as news names someone by
    surname or by first name only: 'Salma [a place], 27, had brought her twin boys', 'Derek [a
    noun], 71, from Croydon, had his hip replacement cancelled', 'Daniil, 24, an Estonian
    citizen, said' (a given name the tables lack), no place of the list."""
    word = ent[0]
    alone = len(ent) == 1 and word.is_title and word.pos_ in ("PROPN", "NOUN") and word.dep_ in ("nsubj", "nsubjpass") \
        and word.text not in lexicon.places
    return ((alone or (written_as_name(ent, ("PROPN",)) and word.text in lexicon.name_genders)) and an_age_after(ent)) \
        or (2 <= len(ent) <= 4 and written_as_name(ent, ("PROPN",)) and word.text not in lexicon.places
            and _age_written_before(ent))


def _age_written_before(ent: Span) -> bool:
    """Whether an age opens the words, with no article before it, as news introduces a person:
    'One of its first graduates, 24-year-old Yessica Huamán Condori [a body],' (not 'the
    100-year-old Grand Hotel')."""
    doc, k = ent.doc, ent.start
    return k >= 5 and doc[k - 1].lower_ == "old" and doc[k - 2].text == "-" and doc[k - 3].lower_ == "year" \
        and doc[k - 4].text == "-" and doc[k - 5].like_num \
        and (k == 5 or doc[k - 6].lower_ not in ("a", "an", "the", "this", "that"))


def speaking_given_name(ent: Span, lexicon: Lexicon) -> bool:
    """A given name of the tables alone, no place's, as the subject of a reporting verb:
    someone news names by first name only ('HOUSTON — Yesenia had 11 days ... "...,"
    Yesenia said', Yesenia a place to the recogniser); not a title after 'the' ('the Dean
    said')."""
    return len(ent) == 1 and ent[0].is_title and ent[0].pos_ == "PROPN" and ent[0].text in lexicon.name_genders \
        and ent[0].text not in lexicon.places and speaks(ent[0], lexicon) \
        and not (ent.start > 0 and ent.doc[ent.start - 1].lower_ == "the")


def set_off_beside_owned(ent: Span, lexicon: Lexicon) -> bool:
    """Whether one capitalised proper noun, no place, stands between commas in apposition to
    a noun someone owns: 'Margareta' of 'His wife, Margareta, said'."""
    doc, word = ent.doc, ent[0]
    return len(ent) == 1 and word.pos_ == "PROPN" and word.is_title and word.text not in lexicon.places \
        and word.dep_ == "appos" and any(c.dep_ == "poss" for c in word.head.children) \
        and ent.start > 0 and doc[ent.start - 1].text == "," and ent.end < len(doc) and doc[ent.end].text == ","


def an_age_after(ent: Span) -> bool:
    """Whether an age is set off after the words: ', 15,' in 'Leo Park, 15, from Melbourne'."""
    doc, end = ent.doc, ent.end
    return end + 2 < len(doc) and doc[end].text == "," and an_age_at(doc, end + 1)


def an_age_at(doc, i: int) -> bool:
    """Whether token `i` is an age set off after a name: '62,' in 'Olena Kovalenko, 62,'."""
    return doc[i].like_num and doc[i].text.isdecimal() and 0 < int(doc[i].text) < 120 \
        and (i + 1 == len(doc) or doc[i + 1].text in (",", ")", "."))


def speaks(token: Token, lexicon: Lexicon, passive: bool = False) -> bool:
    """Whether the word is the subject of a reporting verb; an active one unless `passive`
    (the passive subject of 'tell' is the one spoken to); not a plea in court ('Tyler
    Brandt, 26, has pleaded not guilty')."""
    if not (token.dep_ == "nsubj" or (passive and token.dep_ == "nsubjpass")):
        return False
    verb = token.head
    lemma = verb.lemma_.lower()
    return lemma in lexicon.reporting_verbs \
        and not (lemma == "plead" and any(c.lower_ in ("guilty", "innocent") for c in verb.children))


def written_as_name(words: Span, tags: tuple[str, ...]) -> bool:
    """Two or three capitalised words, each of the parts of speech `tags`, written as a name's
    words are: 'Karen Lindqvist', 'Frank O’Dwyer', 'Anne-Marie Cormier' (a hyphen set hard
    between two of them making one; not one word so made, 'Al-Shabaab')."""
    pieces = [t for t in words if not (hyphen_joins(t) and words.start < t.i < words.end - 1)]
    # (the second syllable of a Korean given name so joined is written small: 'Park Min-seo')
    return 2 <= len(pieces) <= 3 and 2 <= len(words.text.split()) and all(
        name_word(t, tags) or (t.i > words.start + 1 and hyphen_joins(t.doc[t.i - 1]) and t.is_lower and t.is_alpha
                               and t.pos_ in tags and name_word(t.doc[t.i - 2], tags)) for t in pieces)


def name_word(token: Token, tags: tuple[str, ...]) -> bool:
    """A capitalised word of the parts of speech `tags`, written as a name's words are, a
    capital inside it or a small letter after its apostrophe allowed ('McDonough', 'Ndung’u';
    not two capitals together, 'NASA', 'PMBuddies'); or opened by an elided particle in small
    letters ('Courtney d'Entremont')."""
    text = token.text
    return token.pos_ in tags and (text[:1].isupper() or _ELIDED_PARTICLE.match(text) is not None) \
        and _TWO_CAPITALS.search(text) is None \
        and NAME_WORD.fullmatch(text) is not None


# A student's year, as American news writes it before a name: 'Senior Marcus Lee said'.
_SCHOOL_YEARS = frozenset({"freshman", "sophomore", "junior", "senior"})
# Ordinals that grade a rank: 'Petty Officer 2nd Class', 'Private First Class'.
_GRADES = frozenset({"1st", "2nd", "3rd", "first", "second", "third"})


def _grade_of_rank(token: Token) -> bool:
    """'Class' after an ordinal, a rank's grade: 'Petty Officer 2nd Class', 'Airman First Class'."""
    return token.lower_ == "class" and token.i > 0 and token.doc[token.i - 1].lower_ in _GRADES


def womans_surname(words: list[str], given_names: Mapping[str, object]) -> bool:
    """Whether a name of two or three words ends in a surname of a woman's own form (see
    _WOMENS_SURNAME_ENDINGS): 'Vlasta Kratochvílová', 'Ieva Stankevičienė', 'Anna Kowalska'."""
    if not 2 <= len(words) <= 3 or len(words[-1]) < 5:
        return False
    last = words[-1]
    return last.endswith(_WOMENS_SURNAME_ENDINGS) or (last.endswith(_POLISH_WOMENS_ENDINGS) and words[0] in given_names)
