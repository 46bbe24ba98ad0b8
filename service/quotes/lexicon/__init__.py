"""Word lists the rules read, kept as data files beside this module (see README.md)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources

# Births a given name of name_genders.tsv needs before it may make a two-word body a
# person's name; rarer names are often places and firms too ('Cleveland Clinic').
NAME_BIRTHS = 20000


def _lines(name: str) -> list[str]:
    text = resources.files(__package__).joinpath(name).read_text(encoding="utf-8")
    return [line.rstrip("\n") for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _table(name: str) -> list[list[str]]:
    return [line.split("\t") for line in _lines(name)]


class Words(frozenset):
    """Words of a list, and any word of at least three letters more than one of the list's
    endings (its lines written '-ologist')."""

    endings: tuple[str, ...]

    def __new__(cls, lines: list[str]) -> Words:
        words = super().__new__(cls, (line for line in lines if not line.startswith("-")))
        words.endings = tuple(line[1:] for line in lines if line.startswith("-"))
        return words

    def __contains__(self, word: object) -> bool:
        return frozenset.__contains__(self, word) or (
            isinstance(word, str) and word.endswith(self.endings)
            and any(len(word) >= len(ending) + 3 for ending in self.endings if word.endswith(ending)))


class Names(dict):
    """Given names and their genders, found also when written with accents the table
    (made from US records, in plain letters) leaves out: 'Lucía' as Lucia, 'José' as Jose."""

    def __missing__(self, name: str) -> str:
        plain = _plain(name)
        if plain == name:
            raise KeyError(name)
        return dict.__getitem__(self, plain)

    def __contains__(self, name: object) -> bool:
        return dict.__contains__(self, name) or (isinstance(name, str) and dict.__contains__(self, _plain(name)))

    def get(self, name, default=None):
        return self[name] if name in self else default


def _plain(word: str) -> str:
    if word.isascii():
        return word
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


@dataclass(frozen=True)
class Honorific:
    """A word that can stand before a name: its role when written out, its gender, and
    whether the capitalised words after it are a name alone ('SP Toyin Afolabi')."""

    role: str | None
    gender: str | None
    opens_name: bool = False


@dataclass(frozen=True)
class Kin:
    """A relative's noun: the gender it implies, and the nouns for the other side of the
    tie ('daughter' → 'father', 'mother')."""

    gender: str
    converses: frozenset[str]


@dataclass(frozen=True)
class Lexicon:
    """Every list the attribution rules consult."""

    reporting_verbs: frozenset[str]
    reporting_phrases: frozenset[tuple[str, str]]
    role_nouns: Words
    honorifics: dict[str, Honorific]
    post_nominals: frozenset[str]
    demonyms: dict[str, str]
    name_demonyms: dict[str, str]  # 'Dane' of 'the Dane said', a given name too: a nationality after 'the' only
    parties: dict[str, str]
    given_names: dict[str, str | None]
    name_genders: dict[str, str | None]  # given_names and the common names of name_genders.tsv
    all_name_genders: dict[str, str | None]  # and its rarer names: for gender, and beside a person's name
    speech_nouns: frozenset[str]
    work_nouns: frozenset[str]
    event_words: frozenset[str]  # 'Cup' of 'Davis Cup': a name ending in one is an event's
    street_words: frozenset[str]  # 'Avenida' of 'Avenida Almirante Reis': a name opening with one is a street's
    place_words: dict[str, str]  # 'County' -> 'ends', 'Kibbutz' -> 'opens': a name so ended or opened is a place's
    body_nouns: frozenset[str]
    foreign_body_nouns: dict[str, str]  # 'Sindicato' -> 'union': what an English article calls such a body
    issuing_verbs: frozenset[str]
    receiving_verbs: frozenset[str]
    addressing_verbs: frozenset[str]
    person_nouns: dict[str, str | None]
    participant_nouns: frozenset[str]
    spokesperson_nouns: frozenset[str]
    family_nouns: frozenset[str]
    kin: dict[str, Kin]  # family_nouns: the gender each implies, the nouns of the tie's other side
    company_suffixes: frozenset[str]
    industry_words: frozenset[str]  # 'Mining' of 'Andean Ridge Mining', a company's name without 'of'
    company_offices: frozenset[str]
    head_offices: frozenset[str]  # 'governor', 'chief executive': what a headline's 'chief' stands for
    office_abbreviations: dict[str, str]  # 'CFO': 'chief financial officer'
    work_verbs: frozenset[str]
    trade_nouns: frozenset[str]
    portfolios: frozenset[str]
    chambers: frozenset[str]
    places: frozenset[str]
    judging_adjectives: frozenset[str]
    masthead_words: frozenset[str]  # 'herald', 'courier': the last word of a paper's name
    peerage_titles: dict[str, str]  # 'Baroness': 'f', kept in the name ('Baroness Whitcombe')
    countries: frozenset[str]  # the countries of demonyms.tsv and the places of places.txt
    nations: frozenset[str]  # the countries of demonyms.tsv alone

    def person_noun(self, lemma: str) -> bool:
        """Whether a noun's lemma names a person: a role noun or a person noun."""
        return lemma in self.role_nouns or lemma in self.person_nouns


@cache
def load() -> Lexicon:
    """The lexicon, read once per process."""
    rows = _table("honorifics.tsv")
    written = {row[0] for row in rows}
    honorifics = {}
    for row in rows:
        row += [""] * (4 - len(row))
        abbreviated = row[0].endswith(".") or f"{row[0]}." in written
        honorifics[row[0]] = Honorific(row[1] or None, row[2] or None, abbreviated or row[3] == "name")
    # ('mf': a short form news writes for both sexes, a given name of no gender)
    given_names = {name: sex if sex != "mf" else None for name, sex in _table("given_names.tsv")}
    births = {name: (sex, int(count)) for name, sex, count in _table("name_genders.tsv")}
    world = dict(_table("world_given_names.tsv"))  # (below both other tables)
    kin = _table("family_nouns.tsv")
    demonyms = dict(_table("demonyms.tsv"))
    places = frozenset(_lines("places.txt"))
    return Lexicon(
        reporting_verbs=frozenset(_lines("reporting_verbs.txt")),
        reporting_phrases=frozenset(tuple(line.split()) for line in _lines("reporting_phrases.txt")),
        role_nouns=Words(_lines("role_nouns.txt")),
        honorifics=honorifics,
        post_nominals=frozenset(_lines("post_nominals.txt")),
        demonyms=demonyms,
        name_demonyms=dict(_table("name_demonyms.tsv")),
        parties=dict(_table("parties.tsv")),
        given_names=Names(given_names),
        name_genders=Names({**world, **{n: sex for n, (sex, count) in births.items() if count >= NAME_BIRTHS},
                            **given_names}),
        all_name_genders=Names({**world, **{n: sex for n, (sex, _) in births.items()}, **given_names}),
        speech_nouns=frozenset(_lines("speech_nouns.txt")),
        work_nouns=frozenset(_lines("work_nouns.txt")),
        event_words=frozenset(_lines("event_words.txt")),
        street_words=frozenset(_lines("street_words.txt")),
        place_words=dict(_table("place_words.tsv")),
        body_nouns=frozenset(_lines("body_nouns.txt")),
        foreign_body_nouns=dict(_table("foreign_body_nouns.tsv")),
        issuing_verbs=frozenset(_lines("issuing_verbs.txt")),
        receiving_verbs=frozenset(_lines("receiving_verbs.txt")),
        addressing_verbs=frozenset(_lines("addressing_verbs.txt")),
        person_nouns={row[0]: row[1] if len(row) > 1 else None for row in _table("person_nouns.tsv")},
        participant_nouns=frozenset(_lines("participant_nouns.txt")),
        spokesperson_nouns=frozenset(_lines("spokesperson_nouns.txt")),
        family_nouns=frozenset(row[0] for row in kin),
        kin={row[0]: Kin(row[1], frozenset(row[2].split()) if len(row) > 2 else frozenset()) for row in kin},
        company_suffixes=frozenset(_lines("company_suffixes.txt")),
        industry_words=frozenset(_lines("industry_words.txt")),
        company_offices=frozenset(_lines("company_offices.txt")),
        head_offices=frozenset(_lines("head_offices.txt")),
        office_abbreviations=dict(_table("office_abbreviations.tsv")),
        work_verbs=frozenset(_lines("work_verbs.txt")),
        trade_nouns=frozenset(_lines("trade_nouns.txt")),
        portfolios=frozenset(_lines("portfolios.txt")),
        chambers=frozenset(_lines("chambers.txt")),
        places=places,
        judging_adjectives=frozenset(_lines("judging_adjectives.txt")),
        masthead_words=frozenset(_lines("masthead_words.txt")),
        peerage_titles=dict(_table("peerage_titles.tsv")),
        countries=frozenset(demonyms.values()) | places,
        nations=frozenset(demonyms.values()),
    )
