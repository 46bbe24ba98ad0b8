"""The lexicon's tables as the rules read them."""

import pytest

from service.quotes import lexicon


@pytest.mark.parametrize("name, gender", [("José", "m"), ("Lucía", "f"), ("Tomás", "m"), ("Zoë", "f")])
def test_a_given_name_with_accents_has_the_gender_of_its_plain_letters(name, gender):
    names = lexicon.load().all_name_genders
    assert name in names
    assert names[name] == names.get(name) == gender


@pytest.mark.parametrize("name", ["Sam", "Charlie", "Jess"])
def test_a_short_form_news_writes_for_both_sexes_is_a_given_name_of_no_gender(name):
    lex = lexicon.load()
    assert name in lex.given_names and name in lex.all_name_genders
    assert lex.all_name_genders.get(name) is None and lex.given_names.get(name) is None
    assert lex.all_name_genders.get("Samuel") == "m" and lex.all_name_genders.get("Samantha") == "f"


def test_a_word_the_table_lacks_is_no_given_name_with_or_without_accents():
    names = lexicon.load().name_genders
    assert "Jaén" not in names and names.get("Jaén") is None
    with pytest.raises(KeyError):
        names["Jaén"]


def test_each_relative_has_a_gender_and_the_other_side_of_its_tie_is_a_relative_too():
    lex = lexicon.load()
    assert set(lex.kin) == lex.family_nouns
    for noun, kin in lex.kin.items():
        assert kin.gender in ("m", "f"), noun
        assert kin.converses <= lex.family_nouns, noun
    assert lex.kin["father"].converses == {"daughter", "son"}


@pytest.mark.parametrize("word, opens", [
    ("Ms.", True), ("Prof", True),  # abbreviated, with a stop or without the one the table has
    ("SP", True), ("Shri", True), ("Cr", True), ("Comrade", True),  # marked so in the table
    ("PC", True), ("Datuk", True), ("Puan", True), ("Hajj", True), ("Ratu", True),
    ("Brig", True), ("Coun.", True),  # without the stop the table has, and with one
    ("Frau", True), ("Señora", True), ("Dona", True), ("Seri", True), ("Ustad", True),  # marked so in the table
    ("Prince", False), ("Madam", False), ("Madame", False), ("MP", False),  # written out, or set after a name too
])
def test_an_abbreviated_honorific_or_one_the_table_marks_opens_a_name(word, opens):
    assert lexicon.load().honorifics[word].opens_name is opens


def test_an_office_abbreviation_is_written_in_capitals_and_expands_to_lower_case_words():
    offices = lexicon.load().office_abbreviations
    assert offices["CFO"] == "chief financial officer"
    for abbreviation, office in offices.items():
        # (of several words, a hyphen parting two: 'vice-chancellor')
        assert abbreviation.isupper() and office.islower() and len(office.replace("-", " ").split()) >= 2, abbreviation


def test_a_foreign_word_opening_a_body_name_stands_for_a_body_noun():
    lex = lexicon.load()
    assert lex.foreign_body_nouns["Sindicato"] == "union"
    for word, noun in lex.foreign_body_nouns.items():
        assert word[:1].isupper() and noun in lex.body_nouns, word


def test_a_masthead_word_is_lower_case_and_no_given_name():
    lex = lexicon.load()
    assert {"herald", "courier"} <= lex.masthead_words
    for word in lex.masthead_words:
        # (a paper's word that is also someone's name would turn people into papers)
        assert word.islower() and word.title() not in lex.all_name_genders, word
