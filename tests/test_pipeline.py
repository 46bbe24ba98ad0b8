"""The configured pipeline: what load_pipeline changes in the packaged model."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # a headline with no full stop, and a line with none before a blank line
        ("Harbor Talks Collapse\nTom Baker said the yard would close.",
         ["Harbor Talks Collapse\n", "Tom Baker said the yard would close."]),
        ("The mayor spoke on Monday\n\nTom Baker said the yard would close.",
         ["The mayor spoke on Monday\n\n", "Tom Baker said the yard would close."]),
        # a line break inside no sentence changes nothing else
        ("Tom Baker said the yard would close. It did.", ["Tom Baker said the yard would close.", "It did."]),
        # an abbreviated title ends no sentence before its name, a state's abbreviation may
        ('"It moved fast," Ventura County Fire Capt. Trevor Nakamura said.',
         ['"It moved fast," Ventura County Fire Capt. Trevor Nakamura said.']),
        ("The bill passed, said Sen. Tom Carper, D-Del. The vote was close.",
         ["The bill passed, said Sen. Tom Carper, D-Del.", "The vote was close."]),
    ],
)
def test_a_line_break_ends_a_sentence(nlp, text, sentences):
    assert [s.text for s in nlp(text).sents] == sentences


def test_quotation_marks_are_tokens_of_their_own(nlp):
    assert [t.text for t in nlp("affable,”Clinton said")] == ["affable", ",", "”", "Clinton", "said"]


def test_a_dash_against_a_capitalised_word_is_a_token_of_its_own(nlp):
    assert [t.text for t in nlp("-Maria Lopez, Dunmore.")][:3] == ["-", "Maria", "Lopez"]
    assert [t.text for t in nlp("a well-known pilot")] == ["a", "well", "-", "known", "pilot"]  # as before


def test_a_possessive_typed_with_an_opening_mark_is_split_off(nlp):
    assert [t.text for t in nlp("Tom Baker‘s comments")] == ["Tom", "Baker", "‘s", "comments"]


@pytest.mark.parametrize(("text", "norm"), [
    ("said WHO chief Tedros Adhanom Ghebreyesus.", "W.H.O."),  # an acronym: read as a name
    ("WHO IS TO BLAME?", "who"),  # in a run of capitals, the word it spells
])
def test_an_acronym_that_spells_a_word_reads_as_a_name_in_mixed_case(nlp, text, norm):
    assert next(t for t in nlp(text) if t.text == "WHO").norm_ == norm


@pytest.mark.parametrize(("text", "words"), [
    # the Korean surname, which spaCy's exceptions split as 'I' 'm'
    ("Mr. Im said the leaders had ignored the victims.", ["Mr.", "Im", "said"]),
    ("Im Jae-won told reporters.", ["Im", "Jae", "-"]),
])
def test_a_surname_spelled_as_a_contraction_is_one_word(nlp, text, words):
    assert [t.text for t in nlp(text)][:len(words)] == words


@pytest.mark.parametrize(("text", "words"), [
    ("the CPI(M)'s state committee", ["the", "CPI(M)", "'s", "state"]),
    ("said CPI(M) leader Ravi Menon.", ["said", "CPI(M)", "leader"]),
    ("a (rare) case", ["a", "(", "rare", ")", "case"]),  # as before
])
def test_a_partys_initials_with_a_bracketed_letter_are_one_word(nlp, text, words):
    assert [t.text for t in nlp(text)][:len(words)] == words


def test_title_abbreviations_stay_whole(nlp):
    assert "Capt." in [t.text for t in nlp("said Army Capt. Rosa Delgado.")]


@pytest.mark.parametrize(("text", "words"), [
    ("said Lt Col Vikram Sharma.", ["said", "Lt Col", "Vikram", "Sharma", "."]),
    ("Tan Sri Mokhtar Jamaluddin said.", ["Tan Sri", "Mokhtar", "Jamaluddin", "said", "."]),
    ("analyst Assoc Prof Dr Benedict Sipaun said.", ["analyst", "Assoc Prof", "Dr", "Benedict", "Sipaun", "said", "."]),
    ("said Det Ch Insp Ruth Kerr.", ["said", "Det", "Ch Insp", "Ruth", "Kerr", "."]),
    ("Defense Minister Gen Nakatani said.", ["Defense", "Minister", "Gen", "Nakatani", "said", "."]),
    ("said Amy Tan. Sri Lanka", ["said", "Amy", "Tan", ".", "Sri", "Lanka"]),
])
def test_an_honorific_of_two_words_is_one_word(nlp, text, words):
    doc = nlp(text)
    assert [t.text for t in doc] == words
    assert doc.text == text


@pytest.mark.parametrize(
    ("text", "entity", "label", "after"),
    [
        # a dateline taken into a name: the name stays
        ("ROME - Bernie Sanders met Pope Francis.", "ROME - Bernie Sanders", "ORG", ["ROME", "Bernie Sanders"]),
        # a side with no proper noun goes
        ("They attacked Donald Trump - and won.", "Donald Trump - and", "PERSON", ["Donald Trump"]),
        # a hyphen inside a name is no spaced dash
        ("Karine Jean-Pierre spoke.", "Karine Jean-Pierre", "PERSON", ["Karine Jean-Pierre"]),
    ],
)
def test_an_entity_is_cut_at_a_spaced_dash(nlp, text, entity, label, after):
    doc = _repaired(nlp, "entities_split_at_dashes", text, [(entity, label)])
    assert [e.text for e in doc.ents] == after
    assert {e.label_ for e in doc.ents} == {label}


@pytest.mark.parametrize(
    ("text", "entity", "after"),
    [
        ("beating Aryna Sabalenka 2-6, 6-3 in the final.", "Aryna Sabalenka 2-6", "Aryna Sabalenka"),
        ("Ted Cruz 1, John Kasich 2 and others.", "Ted Cruz 1", "Ted Cruz"),
        ("A tally of Donald Trump 384 to 12.", "Donald Trump 384", "Donald Trump"),
        # a number with a point is a name's
        ("Guccifer 2.0 said so.", "Guccifer 2.0", "Guccifer 2.0"),
        # a number alone stays what it is
        ("The 2016 race.", "2016", "2016"),
    ],
)
def test_a_name_ends_before_a_number_run_on_to_it(nlp, text, entity, after):
    doc = _repaired(nlp, "names_end_before_numbers", text, [(entity, "PERSON")])
    assert [e.text for e in doc.ents] == [after]


def test_a_number_run_on_to_the_start_of_a_name_counts_what_a_body_makes(nlp):
    text = "They get 0.35 Halvorsen shares each."
    doc = _repaired(nlp, "names_end_before_numbers", text, [("0.35 Halvorsen", "PERSON")])
    assert [(e.text, e.label_) for e in doc.ents] == [("Halvorsen", "ORG")]


@pytest.mark.parametrize(
    ("text", "entity", "after"),
    [
        ("Prime Minister Han Duck-soo pledged to keep the government running.", "Han Duck", "Han Duck-soo"),
        ('"We won," Speaker Woo Won-shik said.', "Woo Won", "Woo Won-shik"),
        # a word the name modifies
        ("the Donald Trump-appointed judge ruled.", "Donald Trump", "Donald Trump"),
        ("She backed the Joe Biden-era policy.", "Joe Biden", "Joe Biden"),
        # a hyphen set off by spaces
        ("It was Han Duck - soo said.", "Han Duck", "Han Duck"),
    ],
)
def test_a_name_runs_on_over_a_hyphen_to_its_last_syllable(nlp, text, entity, after):
    doc = _repaired(nlp, "names_keep_hyphened_endings", text, [(entity, "PERSON")])
    assert [e.text for e in doc.ents] == [after]


@pytest.mark.parametrize(
    ("text", "entities", "after"),
    [
        ("Luz Ortega-Bain won. Ortega-Bain, a principal, spoke.",
         [("Luz Ortega-Bain", "PERSON"), ("Ortega", "PERSON", "last")], ["Luz Ortega-Bain", "Ortega-Bain"]),
        # ... or alone, whatever the label ('Delgado-Finch' a work to the recogniser)
        ("Rep. Maria Delgado-Finch spoke. Delgado-Finch said so.",
         [("Maria Delgado", "PERSON"), ("Delgado-Finch", "WORK_OF_ART", "last")],
         ["Maria Delgado-Finch", "Delgado-Finch"]),
        # ... or one the parse makes the head of a name of two words
        ("Interior Minister Dorcas Amponsah-Bekoe toured the blocks.", [("Dorcas Amponsah", "PERSON")],
         ["Dorcas Amponsah-Bekoe"]),
        # no one named so in full
        ("Al-Shabaab, a militant group, spoke.", [("Al", "PERSON")], ["Al"]),
        ("Luz Ortega-Bain won. Ortega-Smith, a principal, spoke.",
         [("Luz Ortega-Bain", "PERSON"), ("Ortega", "PERSON", "last")], ["Luz Ortega-Bain", "Ortega"]),
    ],
)
def test_a_name_runs_on_over_a_hyphen_to_a_second_surname_the_article_names_in_full(nlp, text, entities, after):
    assert [e.text for e in _repaired(nlp, "names_keep_hyphened_endings", text, entities).ents] == after


@pytest.mark.parametrize(
    ("text", "label", "after"),
    [
        ("Choi Young-mi, the labor minister, said so.", "ORG", "PERSON"),
        ("It was Lee Dong-hyun who spoke.", "WORK_OF_ART", "PERSON"),
        # not an English word after the hyphen, nor a place
        ("They backed an Elizabeth Warren-style plan.", "ORG", "ORG"),
        ("Choi Young-mi, the labor minister, said so.", "GPE", "GPE"),
    ],
)
def test_a_korean_name_taken_for_a_body_or_a_work_is_a_persons(nlp, text, label, after):
    entity = next(words for words in ("Choi Young-mi", "Lee Dong-hyun", "Elizabeth Warren-style") if words in text)
    doc = _repaired(nlp, "names_keep_hyphened_endings", text, [(entity, label)])
    assert [(e.text, e.label_) for e in doc.ents] == [(entity, after)]


@pytest.mark.parametrize(
    ("text", "entities", "after"),
    [
        # missed, or read in part: an interjection, a nationality before the given name
        ("Choi Mi-kyung, an analyst, said so.", [], [("Choi Mi-kyung", "PERSON")]),
        # a last syllable that ends in 'h': 'ah' of 'Min-ah'
        ("Yoon Min-ah, a commentator, said so.", [], [("Yoon Min-ah", "PERSON")]),
        ("Oh Dong-hyun, 17, said so.", [("Dong-hyun", "PERSON")], [("Oh Dong-hyun", "PERSON")]),
        ("Ironmoon chief executive Han Jae-won said so.", [("Han", "NORP")], [("Han Jae-won", "PERSON")]),
        # not a word the name modifies, nor an English word after the hyphen
        ("The Hong Kong-run firm said so.", [], []),
        ("They backed an Elizabeth Warren-style plan.", [], []),
    ],
)
def test_a_korean_name_the_recogniser_missed_is_a_persons(nlp, text, entities, after):
    doc = _repaired(nlp, "names_keep_hyphened_endings", text, entities)
    assert [(e.text, e.label_) for e in doc.ents] == after


@pytest.mark.parametrize(
    ("text", "entity", "after"),
    [
        ('"We won," National Assembly Speaker Woo Won-shik said.', "National Assembly Speaker Woo Won-shik",
         [("National Assembly", "ORG"), ("Woo Won-shik", "PERSON")]),
        ('"We won," Harbor Authority Chairman Maria Lopez said.', "Harbor Authority Chairman Maria Lopez",
         [("Harbor Authority", "ORG"), ("Maria Lopez", "PERSON")]),
        # a given name the tables lack, no hyphen
        ('"We won," Harbor Authority Chairman Zorbin Quell said.', "Harbor Authority Chairman Zorbin Quell",
         [("Harbor Authority Chairman Zorbin Quell", "ORG")]),
        # ... unless its surname speaks elsewhere
        ('Harbor Authority Chairman Zorbin Quell spoke. "We won," Quell said.', "Harbor Authority Chairman Zorbin Quell",
         [("Harbor Authority", "ORG"), ("Zorbin Quell", "PERSON")]),
        # a body's name after the title
        ("He visited the Senator John Heinz Center.", "the Senator John Heinz Center",
         [("the Senator John Heinz Center", "ORG")]),
        # any given name after an abbreviated honorific, the rank before it no word of the body
        ('"We won," said Royal Navy Rear Adm. Zorbin Quell.', "Royal Navy Rear Adm. Zorbin Quell",
         [("Royal Navy", "ORG"), ("Zorbin Quell", "PERSON")]),
        # a title ending in a body after 'of the', whose last words the entity holds
        ("Leader of the Opposition Maria Fernandes moved the motion.", "the Opposition Maria Fernandes",
         [("Maria Fernandes", "PERSON")]),
    ],
)
def test_a_person_named_after_a_title_in_a_body_is_a_person(nlp, text, entity, after):
    doc = _repaired(nlp, "names_after_titles_in_bodies", text, [(entity, "ORG")])
    assert [(e.text, e.label_) for e in doc.ents] == after


@pytest.mark.parametrize(
    ("text", "entities", "after"),
    [
        ("Harbour Kitchen Foods said so.", [("Harbour Kitchen Foods", "WORK_OF_ART")],
         [("Harbour Kitchen Foods", "ORG")]),
        ("Vestfjord Fiskeri AS said so.", [("Vestfjord Fiskeri AS", "PRODUCT")], [("Vestfjord Fiskeri AS", "ORG")]),
        # or in a body noun, speaking
        ("The Dunmore Brewers’ Association said so.", [("The Dunmore Brewers’ Association", "WORK_OF_ART")],
         [("The Dunmore Brewers’ Association", "ORG")]),
        ("She read The Dunmore Brewers’ Association.", [("The Dunmore Brewers’ Association", "WORK_OF_ART")],
         [("The Dunmore Brewers’ Association", "WORK_OF_ART")]),
        # or after 'the'
        ("The Editors Guild of Dunmore said so.", [("The Editors Guild of Dunmore", "WORK_OF_ART")],
         [("The Editors Guild of Dunmore", "ORG")]),
        ("Dunmore Editors Guild said so.", [("Dunmore Editors Guild", "WORK_OF_ART")],
         [("Dunmore Editors Guild", "WORK_OF_ART")]),
        # not a public body's name, nor a work's of one word
        ("She visited The Ministry of Mines and Energy.", [("The Ministry of Mines and Energy", "FAC")],
         [("The Ministry of Mines and Energy", "FAC")]),
        ("She read Pharma.", [("Pharma", "WORK_OF_ART")], [("Pharma", "WORK_OF_ART")]),
    ],
)
def test_a_company_taken_for_a_thing_is_a_body(nlp, text, entities, after):
    doc = _repaired(nlp, "companies_taken_for_things", text, entities)
    assert [(e.text, e.label_) for e in doc.ents] == after


@pytest.mark.parametrize(
    ("text", "entities", "after"),
    [
        # wherever it stands
        ("Dunvale, which supplies office software, was fined. Dunvale said it would appeal.",
         [("Dunvale", "PERSON"), ("Dunvale", "PERSON", "last")], [("Dunvale", "ORG"), ("Dunvale", "ORG")]),
        # not a clause on 'who', nor a name a given name of the tables opens
        ("Dunvale, who supplies office software, was fined.", [("Dunvale", "PERSON")], [("Dunvale", "PERSON")]),
        ("Mary Dunvale, which is odd, was fined.", [("Mary Dunvale", "PERSON")], [("Mary Dunvale", "PERSON")]),
    ],
)
def test_a_person_described_by_a_clause_on_which_is_a_body(nlp, text, entities, after):
    doc = _repaired(nlp, "people_described_by_which", text, entities)
    assert [(e.text, e.label_) for e in doc.ents] == after


@pytest.mark.parametrize(
    ("text", "entities", "after"),
    [
        ("The gang, which calls itself RedTide, posted the files.", [("RedTide", "PERSON")], [("RedTide", "ORG")]),
        ("A group calling itself Nightjar claimed the attack.", [], [("Nightjar", "ORG")]),
        # not a person who calls himself so, nor a body noun the name is not set after
        ("The singer, who calls himself Rook, spoke.", [("Rook", "PERSON")], [("Rook", "PERSON")]),
        ("A man calling himself Nightjar claimed the attack.", [], []),
    ],
)
def test_the_name_a_body_calls_itself_is_a_body(nlp, text, entities, after):
    doc = _repaired(nlp, "bodies_calling_themselves", text, entities)
    assert [(e.text, e.label_) for e in doc.ents] == after


@pytest.mark.parametrize(
    ("text", "entity", "after"),
    [
        # a building's entity: the body's words make a body
        ('"It burned," Baltimore City Fire Chief Curtis Vandermeer said.',
         ("Baltimore City Fire Chief Curtis Vandermeer", "FAC"),
         [("Baltimore City Fire", "ORG"), ("Curtis Vandermeer", "PERSON")]),
        # a party's title, though the tables lack the given name
        ("Labour TD Aoife Nolan dismissed it.", ("Labour TD Aoife Nolan", "ORG"),
         [("Labour", "ORG"), ("Aoife Nolan", "PERSON")]),
        # a work's entity, and a place's, which keeps its label
        ('"It burned," Harbor City Fire Chief Maria Lopez said.', ("Harbor City Fire Chief Maria Lopez", "WORK_OF_ART"),
         [("Harbor City Fire", "ORG"), ("Maria Lopez", "PERSON")]),
        ('"It burned," Harbor City Mayor Maria Lopez said.', ("Harbor City Mayor Maria Lopez", "GPE"),
         [("Harbor City", "GPE"), ("Maria Lopez", "PERSON")]),
        # not a building's without a given name of the tables
        ('"It burned," Harbor City Fire Chief Zorbin Quell said.', ("Harbor City Fire Chief Zorbin Quell", "FAC"),
         [("Harbor City Fire Chief Zorbin Quell", "FAC")]),
        # after a bishop's style, with nothing of a body before it
        ("The Bishop of Lichfield, the Right Rev Martin Fordyce, said so.",
         ("the Right Rev Martin Fordyce", "ORG"), [("Martin Fordyce", "PERSON")]),
        # after an abbreviated honorific, which is in neither
        ('"Slow down," State Patrol Lt. Gina Albrecht told reporters.',
         ("State Patrol Lt. Gina Albrecht", "WORK_OF_ART"), [("State Patrol", "ORG"), ("Gina Albrecht", "PERSON")]),
        # not after an honorific written out that opens no name by itself
        ('"It burned," Harbor City Madame Maria Lopez said.', ("Harbor City Madame Maria Lopez", "WORK_OF_ART"),
         [("Harbor City Madame Maria Lopez", "WORK_OF_ART")]),
    ],
)
def test_a_person_named_after_a_title_in_a_building_a_place_or_after_a_party_is_a_person(nlp, text, entity, after):
    doc = _repaired(nlp, "names_after_titles_in_bodies", text, [entity])
    assert [(e.text, e.label_) for e in doc.ents] == after


@pytest.mark.parametrize(
    ("text", "entities", "after"),
    [
        # the short name run into the body's name
        ("It went to the Independent Office for Police Conduct (IOPC), which agreed.",
         [("the Independent Office for Police Conduct (IOPC", "ORG")],
         [("the Independent Office for Police Conduct", "ORG"), ("IOPC", "ORG")]),
        # the body's name run into the bracket alone
        ("It directed the Election Commission of Pakistan (ECP) to act.",
         [("the Election Commission of Pakistan (", "ORG"), ("ECP", "ORG")],
         [("the Election Commission of Pakistan", "ORG"), ("ECP", "ORG")]),
        # a body's name cut short, run back until its initials spell the short name
        ("The Universities and Colleges Employers Association (UCEA) said no.",
         [("Colleges Employers Association", "ORG"), ("UCEA", "ORG")],
         [("Universities and Colleges Employers Association", "ORG"), ("UCEA", "ORG")]),
        # not where the words before spell no more of it, nor a bracket with words in it
        ("Staff at Colleges Employers Association (UCEA) said no.",
         [("Colleges Employers Association", "ORG"), ("UCEA", "ORG")],
         [("Colleges Employers Association", "ORG"), ("UCEA", "ORG")]),
        ("It ran in the Vox Populi (Voice of the People) column.", [("Vox Populi (Voice of the People", "ORG")],
         [("Vox Populi (Voice of the People", "ORG")]),
    ],
)
def test_a_short_name_in_brackets_is_a_body_of_its_own_and_the_name_before_it_whole(nlp, text, entities, after):
    doc = _repaired(nlp, "short_names_in_brackets", text, entities)
    assert [(e.text, e.label_) for e in doc.ents] == after


@pytest.mark.parametrize(
    ("text", "entities", "after"),
    [
        ("The case was referred by the Solicitor General, Martin Ellery.",
         [("the Solicitor General", "ORG"), ("Martin Ellery", "PERSON")], [("Martin Ellery", "PERSON")]),
        ("The Chief Constable spoke.", [("The Chief Constable", "ORG")], []),
        # not one word, which may be a body's, nor a name, nor words of a body
        ("The Guard said so.", [("Guard", "ORG")], [("Guard", "ORG")]),
        ("General Motors said so.", [("General Motors", "ORG")], [("General Motors", "ORG")]),
        ("Chief Keef said so.", [("Chief Keef", "PERSON")], [("Chief Keef", "PERSON")]),
        # a person to the recogniser: an office of the place it serves, or a role noun after 'the'
        ("The Dean of Windsor, Jonathan Ashdown, spoke.",
         [("The Dean of Windsor", "PERSON"), ("Jonathan Ashdown", "PERSON")], [("Jonathan Ashdown", "PERSON")]),
        ('"It was kind," the Dean said.', [("Dean", "PERSON")], []),
        # not a peer's title, nor a name after 'the' that is no role noun
        ("The Duke of Wexcombe spoke.", [("The Duke of Wexcombe", "PERSON")], [("The Duke of Wexcombe", "PERSON")]),
        ('"It was kind," the Dean Martin said.', [("Dean Martin", "PERSON")], [("Dean Martin", "PERSON")]),
        # a role noun written in capitals alone, as South African news writes a province's minister
        ("Gauteng’s MEC for roads, Sizwe Maseko, spoke.", [("MEC", "PERSON"), ("Sizwe Maseko", "PERSON")],
         [("Sizwe Maseko", "PERSON")]),
        # not a name in capitals, nor capitals that are no role noun
        ("MASEKO spoke.", [("MASEKO", "PERSON")], [("MASEKO", "PERSON")]),
    ],
)
def test_an_office_title_of_capitalised_role_nouns_is_no_entity(nlp, text, entities, after):
    doc = _repaired(nlp, "titles_read_as_titles", text, entities)
    assert [(e.text, e.label_) for e in doc.ents] == after


@pytest.mark.parametrize(
    ("text", "entities", "after"),
    [
        ("The U.S. Attorney's Office said so.", [("U.S.", "GPE")], [("U.S. Attorney's Office", "ORG")]),
        ("The Manhattan District Attorney's Office said so.", [("Manhattan", "GPE")],
         [("Manhattan District Attorney's Office", "ORG")]),
        ("A spokeswoman for the Cook County State's Attorney's Office said so.", [("Cook County", "GPE")],
         [("Cook County State's Attorney's Office", "ORG")]),
        ("The Sheriff's Office said so.", [], [("Sheriff's Office", "ORG")]),
        ("It went to the Cook County Sheriff's Office.", [("the Cook County Sheriff's Office", "WORK_OF_ART")],
         [("Cook County Sheriff's Office", "ORG")]),
        # the rest of a body's name the recogniser began at the office runs on with it
        ("The U.S. Attorney's Office for the Northern District of Illinois said so.",
         [("U.S.", "GPE"), ("Office for the Northern District of Illinois", "ORG")],
         [("U.S. Attorney's Office for the Northern District of Illinois", "ORG")]),
        # not an office of someone who is no title, nor one an entity runs past
        ("The Clinton's Office said so.", [], []),
        ("Governor's Office Building is shut.", [("Governor's Office Building", "FAC")],
         [("Governor's Office Building", "FAC")]),
    ],
)
def test_an_office_named_for_its_holder_is_one_body(nlp, text, entities, after):
    doc = _repaired(nlp, "offices_named_for_holders", text, entities)
    assert [(e.text, e.label_) for e in doc.ents] == after


@pytest.mark.parametrize(
    ("text", "entities", "after"),
    [
        ("Labour TD Aoife Nolan dismissed the measures.", [], [("Aoife Nolan", "PERSON")]),
        ("Minister Darragh Keane said so.", [], [("Darragh Keane", "PERSON")]),
        # words a hyphen joins are one word of the name
        ("County Executive Simone Adeyemi-Ross defended it.", [], [("Simone Adeyemi-Ross", "PERSON")]),
        ("Minister Darragh Keane-led talks ended.", [], [("Darragh Keane", "PERSON")]),
        # after a title of the form role of body, and a district in brackets after a title
        ("Minister of Finance Kwabena Mensah said so.", [], [("Kwabena Mensah", "PERSON")]),
        ("Superintendent of Police (Rural) Gurpreet Sandhu said so.", [], [("Gurpreet Sandhu", "PERSON")]),
        ("DSP (Ajnala) Kuldeep Kaur said so.", [], [("Kuldeep Kaur", "PERSON")]),
        ("Bank of England Governor Ana Ruiz said so.", [("Bank of England", "ORG")],
         [("Bank of England", "ORG"), ("Ana Ruiz", "PERSON")]),
        ("Friends of Lakeview Ana Ruiz said so.", [], []),
        # not words a capital goes on after, nor a body's, nor a headline's, nor a name already marked
        ("Senator Garazi Nolan Memorial Fund opens.", [], []),  # (a given name the tables lack)
        ("Mayor Aoife Council said so.", [], []),
        ("Mayor Blasts City Hall\n\nIt went on.", [], []),
        ("Senator Aoife Nolan said so.", [("Aoife", "PERSON")], [("Aoife", "PERSON")]),
        # after a title of the form role for body
        ("Minister for Finance Kwabena Mensah said so.", [], [("Kwabena Mensah", "PERSON")]),
        # four words after a given name of the tables: two given names and two surnames
        ("High Commissioner for Peace Andrés Felipe Zuluaga Restrepo said so.", [],
         [("Andrés Felipe Zuluaga Restrepo", "PERSON")]),
        ("Minister for Finance Kwabena Mensah Ofori Atta Jr said so.", [], []),
        # a given name left out of the name after it, taken from the entity it was put in
        ("Secretary for Housing Agnes Leung Wai-man said so.", [("Housing Agnes", "ORG"), ("Leung Wai-man", "PERSON")],
         [("Housing", "ORG"), ("Agnes Leung Wai-man", "PERSON")]),
        ("BMKG head Dwi Kartika Sari said so.", [("BMKG", "ORG"), ("Dwi", "ORG"), ("Kartika Sari", "PERSON")],
         [("BMKG", "ORG"), ("Dwi Kartika Sari", "PERSON")]),
        # ... or from a one-word entity of another kind after it, which is the surname
        ("Assistant Special Prosecutor Maricel Dumlao said so.", [("Dumlao", "ORG")], [("Maricel Dumlao", "PERSON")]),
        # not a place, nor a word a capital goes on after
        ("Minister Maria Chicago said so.", [("Chicago", "GPE")], [("Chicago", "GPE")]),
        ("Minister Maria Dumlao Foundation said so.", [("Dumlao", "ORG")], [("Dumlao", "ORG")]),
        # not after a word that is no title, nor a body noun
        ("They met Agnes Leung Wai-man.", [("Leung Wai-man", "PERSON")], [("Leung Wai-man", "PERSON")]),
        ("Housing Secretary Council Maria Lopez said so.", [("Maria Lopez", "PERSON")], [("Maria Lopez", "PERSON")]),
        # after a title of two portfolios, and the lower-case syllable ending a Korean given name
        ("Minister of Employment and Labor Choi Hye-won urged calm.", [], [("Choi Hye-won", "PERSON")]),
        # a nationality after the title is no word of the name, nor a given name left out of it
        ("Fellow Argentine Federico Cabral posted a photograph.", [], [("Federico Cabral", "PERSON")]),
        ("Fellow Argentine Federico Cabral posted a photograph.", [("Federico Cabral", "PERSON")],
         [("Federico Cabral", "PERSON")]),
        # a hyphened surname taken for a body
        ("Reserve Bank Governor Tendai Mukoko-Banda said so.", [("Reserve Bank", "ORG"), ("Mukoko-Banda", "ORG")],
         [("Reserve Bank", "ORG"), ("Tendai Mukoko-Banda", "PERSON")]),
        # after a minister of state for a portfolio
        ("Minister of State for Transport Farid Hamzah wrote so.", [], [("Farid Hamzah", "PERSON")]),
        # two given names left out of a surname the recogniser marked alone
        ("Skipper Tor Arne Solberg said so.", [("Solberg", "PERSON")], [("Tor Arne Solberg", "PERSON")]),
        ("Skipper Tor Arne Solberg said so.", [("Arne Solberg", "PERSON")], [("Tor Arne Solberg", "PERSON")]),
    ],
)
def test_capitalised_words_after_a_title_that_the_recogniser_missed_are_a_name(nlp, text, entities, after):
    doc = _repaired(nlp, "names_after_titles", text, entities)
    assert [(e.text, e.label_) for e in doc.ents] == after


@pytest.mark.parametrize(
    ("text", "after"),
    [
        ("The Minister for Housing, Darragh Keane, defended the plan.", [("Darragh Keane", "PERSON")]),
        ("The spokesperson, Aoife Nolan, said no.", [("Aoife Nolan", "PERSON")]),
        ("The spokesperson, Aoife Nolan-Byrne, said no.", [("Aoife Nolan-Byrne", "PERSON")]),
        # not beside a noun that is no role's
        ("The building, Aoife Nolan, stands.", []),
        # the name first, opening a sentence or after a verb, a role after it
        ("Masaru Okabe, a former party secretary-general, took to social media.", [("Masaru Okabe", "PERSON")]),
        ("He met Masaru Okabe, a former party secretary-general, in Tokyo.", [("Masaru Okabe", "PERSON")]),
        # a role with no article but what it is of after it; a surname the recogniser took for a body
        ("Kemi Akinwale, director of the Manufacturers Association, said so.", [("Kemi Akinwale", "PERSON")]),
        # a participant noun, and a name the parse made its conjunct
        ("They heard the fourth prosecution witness, Musa Garba Yakubu, an EFCC investigator, on Monday.",
         [("Musa Garba Yakubu", "PERSON")]),
        # one word opening a sentence, with a noun for a person after it
        ("Mak, a 41-year-old mother of two, said so.", [("Mak", "PERSON")]),
        # not a place, nor before a noun that is no role's, nor after a word that is no verb
        ("New Hampshire, a state of farmers, votes first.", []),
        ("Masaru Okabe, a small town, votes first.", []),
        ("A note for Masaru Okabe, a former party secretary-general, came.", []),
        ("He met Mak, a 41-year-old mother of two.", []),
        ("Acme, a retailer of shoes, said so.", []),
        # a surname's particle between the words of the name
        ("Its former treasurer, Jan de Vries, said so.", [("Jan de Vries", "PERSON")]),
        # a name that ends the sentence
        ('"This is a very serious situation," said the Minister for Agriculture, Ciarán Delaney.',
         [("Ciarán Delaney", "PERSON")]),
        # not a company named by its trade
        ("The main contractor, Gulf Peninsula Contracting, said so.", []),
        # not a particle that no capitalised word follows
        ("Its former treasurer, Jan de la, said so.", []),
    ],
)
def test_capitalised_words_set_off_beside_a_role_that_the_recogniser_missed_are_a_name(nlp, text, after):
    doc = _repaired(nlp, "names_set_beside_roles", text, [])
    assert [(e.text, e.label_) for e in doc.ents] == after


@pytest.mark.parametrize(
    ("text", "entities", "after"),
    [
        ("Kemi Akinwale, director of the Manufacturers Association, said so.", [("Akinwale", "ORG")],
         [("Kemi Akinwale", "PERSON")]),
        # set beside the role before it, the surname taken for a place
        ('"These are not errors," the Auditor-General, Olumide Adesanya, told the committee.', [("Adesanya", "GPE")],
         [("Olumide Adesanya", "PERSON")]),
        # a name beside a role after a party's possessive
        ("The Minister for Housing, Fine Gael’s Darragh Keane, defended the plan.", [("Fine Gael", "NORP")],
         [("Fine Gael", "NORP"), ("Darragh Keane", "PERSON")]),
        # not a place
        ("Maria Chicago, director of the Manufacturers Association, said so.", [("Chicago", "GPE")],
         [("Chicago", "GPE")]),
        # a whole name taken for a work, after the quote it speaks
        ('"It was hard," Rhian Pugh, the festival\'s director, said.', [("Rhian Pugh", "WORK_OF_ART")],
         [("Rhian Pugh", "PERSON")]),
        # a name right after the role it is set beside, without commas
        ("Reviewing the show, the reviewer Anneliese Park wrote that it was long.", [("Anneliese Park", "LOC")],
         [("Anneliese Park", "PERSON")]),
        ("His wife Anjali Sethi wrote so.", [("Anjali Sethi", "ORG")], [("Anjali Sethi", "ORG")]),
        ("The company Acme Holdings wrote so.", [("Acme Holdings", "ORG")], [("Acme Holdings", "ORG")]),
    ],
)
def test_a_surname_the_recogniser_took_for_a_body_ends_a_name_set_beside_a_role(nlp, text, entities, after):
    doc = _repaired(nlp, "names_set_beside_roles", text, entities)
    assert [(e.text, e.label_) for e in doc.ents] == after


@pytest.mark.parametrize(
    ("text", "entities", "after"),
    [
        ("Sindh Energy Minister Ali Jafri said so.", [("Sindh Energy", "ORG")], [("Sindh", "ORG")]),
        ("Queensland Emergency Services Minister Luke Varga said so.", [("Queensland Emergency Services", "GPE")],
         [("Queensland", "GPE")]),
        # not before another title, nor a portfolio alone
        ("Sindh Energy spokesman Ali Jafri said so.", [("Sindh Energy", "ORG")], [("Sindh Energy", "ORG")]),
        ("Energy Minister Ali Jafri said so.", [("Energy", "ORG")], [("Energy", "ORG")]),
    ],
)
def test_a_ministers_portfolio_is_no_word_of_the_body_before_it(nlp, text, entities, after):
    doc = _repaired(nlp, "portfolios_cut_from_bodies", text, entities)
    assert [(e.text, e.label_) for e in doc.ents] == after


@pytest.mark.parametrize(
    ("text", "entities", "after"),
    [
        ("President S.R. Venkatesh Murthy said so.", [("S.R.", "GPE"), ("Venkatesh Murthy", "PERSON")],
         [("S.R. Venkatesh Murthy", "PERSON")]),
        # not a place's initials, nor initials set apart
        ("The U.S. Joe Biden said so.", [("U.S.", "GPE"), ("Joe Biden", "PERSON")],
         [("U.S.", "GPE"), ("Joe Biden", "PERSON")]),
        ("Ask S.R., Venkatesh Murthy said.", [("S.R.", "GPE"), ("Venkatesh Murthy", "PERSON")],
         [("S.R.", "GPE"), ("Venkatesh Murthy", "PERSON")]),
    ],
)
def test_initials_right_before_a_name_are_its_first(nlp, text, entities, after):
    doc = _repaired(nlp, "names_keep_their_initials", text, entities)
    assert [(e.text, e.label_) for e in doc.ents] == after


@pytest.mark.parametrize(
    ("text", "entities", "after"),
    [
        ("Liberal Democrat MP Sarah Olney said no.", [("Democrat", "NORP"), ("Sarah Olney", "PERSON")],
         [("Liberal Democrat", "NORP"), ("Sarah Olney", "PERSON")]),
        # a person's entity opening with the party keeps the name after the party's title
        ("Sinn Féin TD Mary Lou McDonald said no.", [("Sinn Féin TD Mary Lou McDonald", "PERSON")],
         [("Sinn Féin", "NORP"), ("Mary Lou McDonald", "PERSON")]),
        ("Reform UK deputy leader Richard Tice said no.", [("UK", "GPE"), ("Richard Tice", "PERSON")],
         [("Reform UK", "NORP"), ("Richard Tice", "PERSON")]),
        # not one word of the party alone
        ("The Liberal senator said no.", [("Liberal", "NORP")], [("Liberal", "NORP")]),
    ],
)
def test_a_party_of_two_words_is_one_group(nlp, text, entities, after):
    doc = _repaired(nlp, "parties_named_whole", text, entities)
    assert [(e.text, e.label_) for e in doc.ents] == after


@pytest.mark.parametrize(
    ("text", "entity", "after"),
    [
        ("Facebook parent Meta said it would cut jobs.", "Meta", [("Meta", "ORG")]),
        ("The video site's parent Alphabet said so.", "Alphabet", [("Alphabet", "ORG")]),
        # a person's parent
        ("The student's parent Meta Lopez said so.", "Meta Lopez", [("Meta Lopez", "PERSON")]),
        ("Her parent Meta said so.", "Meta", [("Meta", "PERSON")]),
        # a given name of the tables
        ("Lincoln Elementary parent Amelia Ruiz said so.", "Amelia Ruiz", [("Amelia Ruiz", "PERSON")]),
    ],
)
def test_a_name_after_a_companys_parent_is_a_company(nlp, text, entity, after):
    doc = _repaired(nlp, "companies_after_parent", text, [(entity, "PERSON")])
    assert [(e.text, e.label_) for e in doc.ents] == after


@pytest.mark.parametrize(
    ("text", "entities", "after"),
    [
        # inside the entity, with no stop, whatever its label
        ('"We will appeal," Ms Mistry said.', [("Ms Mistry", "ORG")], [("Mistry", "PERSON")]),
        ("Prof Tariq Hussain said so.", [("Prof Tariq Hussain", "PERSON")], [("Tariq Hussain", "PERSON")]),
        # before the entity, which holds part of the name or none of it
        ("Dr Emeka Nwachukwu, a GP, said so.", [("Nwachukwu", "ORG")], [("Emeka Nwachukwu", "PERSON")]),
        ("Dr. Jaden Okonkwo-Reid said so.", [], [("Jaden Okonkwo-Reid", "PERSON")]),
        ("Ms Lopez said so.", [], [("Lopez", "PERSON")]),
        # an honorific the table marks as opening a name, written out or without a stop
        ("SP Toyin Afolabi said so.", [], [("Toyin Afolabi", "PERSON")]),
        ("Police spokesperson Sr. Comr. Dedi Kurniawan said so.", [], [("Dedi Kurniawan", "PERSON")]),
        # a chain the recogniser took for one work with the name
        ('"No," Det Gda Niamh Coffey told the court.', [("Det Gda Niamh Coffey", "WORK_OF_ART")],
         [("Niamh Coffey", "PERSON")]),
        ("Fr Dermot Cassidy said so.", [], [("Dermot Cassidy", "PERSON")]),
        ("Collector Shri Debasis Pradhan said so.", [("Pradhan", "ORG")], [("Debasis Pradhan", "PERSON")]),
        ("Minister Khunying Patcharee Rattanakosol said so.", [("Khunying Patcharee Rattanakosol", "PERSON")],
         [("Patcharee Rattanakosol", "PERSON")]),
        ("says Datuk Seri Panglima Salleh Tambunan.", [("Seri Panglima Salleh Tambunan", "PERSON")],
         [("Salleh Tambunan", "PERSON")]),
        # a title written out, which the name keeps
        ("Prince Harry said so.", [("Prince Harry", "PERSON")], [("Prince Harry", "PERSON")]),
        ("Madam Speaker said so.", [], []),
        # a person's name already, in part
        ("Dr Emeka Nwachukwu said so.", [("Emeka", "PERSON")], [("Emeka", "PERSON")]),
        # ... which is run back to the honorific when it ends the name
        ("Shri Ramesh Chandra Jena said so.", [("Chandra Jena", "PERSON")], [("Ramesh Chandra Jena", "PERSON")]),
        # ... also over a word of it the recogniser labelled otherwise, or made a person apart
        ("Dr Anupama Goswami said so.", [("Anupama", "GPE"), ("Goswami", "PERSON")],
         [("Anupama Goswami", "PERSON")]),
        ("Collector Sri Ramesh Jena said so.", [("Sri Ramesh", "PERSON"), ("Jena", "PERSON")],
         [("Ramesh Jena", "PERSON")]),
        # no honorific where it opens a place's name
        ("Sri Lanka Cricket said so.", [("Sri Lanka Cricket", "ORG")], [("Sri Lanka Cricket", "ORG")]),
        # a rank before the honorific, in one entity with the name
        ("Rear Adm. Giorgos Kallergis said so.", [("Rear Adm. Giorgos Kallergis", "ORG")],
         [("Giorgos Kallergis", "PERSON")]),
        # no name after it
        ("Dr. said so.", [], []),
        # a knight's or a dame's honour, before a name the recogniser missed
        ("The Lord-Lieutenant, Dame Rosalind Pickersgill, who met him, said so.", [],
         [("Rosalind Pickersgill", "PERSON")]),
        ('"No," Dame Rosalind said.', [("Dame Rosalind", "WORK_OF_ART")], [("Rosalind", "PERSON")]),
        # not after a capitalised word of a name
        ("Notre Dame Fighting Irish won.", [("Notre Dame Fighting Irish", "ORG")],
         [("Notre Dame Fighting Irish", "ORG")]),
    ],
)
def test_a_name_after_an_honorific_is_a_persons_alone(nlp, text, entities, after):
    doc = _repaired(nlp, "names_after_honorifics", text, entities)
    assert [(e.text, e.label_) for e in doc.ents] == after


@pytest.mark.parametrize(
    ("text", "entity", "after"),
    [
        ("Her first book, Go-Slow, won the prize.", "Go-Slow", [("Go-Slow", "WORK_OF_ART")]),
        ("She loved the film Oppenheimer.", "Oppenheimer", [("Oppenheimer", "WORK_OF_ART")]),
        # the work's author
        ("She loved the novel Elena Ferrante wrote.", "Elena Ferrante", [("Elena Ferrante", "PERSON")]),
        # a person beside someone
        ("Her friend, Elena Ferrante, won the prize.", "Elena Ferrante", [("Elena Ferrante", "PERSON")]),
    ],
)
def test_a_name_set_after_a_noun_for_a_work_is_the_works_title(nlp, text, entity, after):
    doc = _repaired(nlp, "works_named_after_work_nouns", text, [(entity, "PERSON")])
    assert [(e.text, e.label_) for e in doc.ents] == after


@pytest.mark.parametrize(
    ("text", "entity", "after"),
    [
        ("She heads the youth charity Headway Youth Ireland, which opened in May.", "Headway Youth Ireland",
         [("Headway Youth Ireland", "ORG")]),
        # a role noun before it
        ("She thanked the spokeswoman Maria Lopez, who spoke first.", "Maria Lopez", [("Maria Lopez", "PERSON")]),
        # 'daily' or 'weekly' before it, tagged an adjective of the name
        ("He wrote for the now-closed daily Yeni Gundem, which a court shut.", "Yeni Gundem",
         [("Yeni Gundem", "ORG")]),
        ("He wrote daily Maria Lopez letters.", "Maria Lopez", [("Maria Lopez", "PERSON")]),
    ],
)
def test_a_name_set_beside_a_body_noun_before_it_is_the_bodys(nlp, text, entity, after):
    doc = _repaired(nlp, "bodies_named_after_body_nouns", text, [(entity, "PERSON")])
    assert [(e.text, e.label_) for e in doc.ents] == after


@pytest.mark.parametrize(
    ("text", "entities", "after"),
    [
        # an age after the name
        ("A resident of Kharkiv, Olena Kovalenko, 62, said so.", [("Kharkiv, Olena Kovalenko", "ORG")],
         [("Kharkiv", "ORG"), ("Olena Kovalenko", "PERSON")]),
        # a given name of the tables
        ("said his best friend at Lehigh, Bruce Turry, who was there.", [("Lehigh, Bruce Turry", "ORG")],
         [("Lehigh", "ORG"), ("Bruce Turry", "PERSON")]),
        # neither: a place's place
        ("a professor at the University of California, Santa Cruz, said so.",
         [("the University of California, Santa Cruz", "ORG")], [("the University of California, Santa Cruz", "ORG")]),
        # a number that is no age
        ("Prices in Salt Lake City, Utah County, 2024, rose.", [("Salt Lake City, Utah County", "GPE")],
         [("Salt Lake City, Utah County", "GPE")]),
        # one word after the comma
        ("a professor at the University of California, Berkeley, 50, said so.",
         [("the University of California, Berkeley", "ORG")], [("the University of California, Berkeley", "ORG")]),
        # no comma after the entity: not set off as a name is
        ("Homes near Lehigh, Bruce Street flooded.", [("Lehigh, Bruce Street", "ORG")],
         [("Lehigh, Bruce Street", "ORG")]),
    ],
)
def test_a_person_named_after_a_place_in_one_entity_is_a_person(nlp, text, entities, after):
    doc = _repaired(nlp, "names_set_after_places", text, entities)
    assert [(e.text, e.label_) for e in doc.ents] == after


@pytest.mark.parametrize(
    ("text", "entities", "after"),
    [
        # the particles ending the person, then the surname as another entity
        ("Ursula von der Leyen spoke.", [("Ursula von der", "PERSON"), ("Leyen", "GPE")], ["Ursula von der Leyen"]),
        # the particles outside both entities
        ("Ursula von der Leyen spoke.", [("Ursula", "PERSON"), ("Leyen", "ORG")], ["Ursula von der Leyen"]),
        # the particles opening the next entity: the two join (no overlap)
        ("Ursula von der Leyen spoke.", [("Ursula", "PERSON"), ("von der Leyen", "ORG")], ["Ursula von der Leyen"]),
        # the surname in no entity: the run of proper nouns after the particle
        ("Pedro de Souza Lima spoke.", [("Pedro", "PERSON")], ["Pedro de Souza Lima"]),
        ("Imran ul Haq Siddiqui spoke.", [("Imran", "PERSON")], ["Imran ul Haq Siddiqui"]),
        # no particle, or no person before it: left alone
        ("Maria Lopez Harbor Authority spoke.", [("Maria Lopez", "PERSON"), ("Harbor Authority", "ORG")],
         ["Maria Lopez", "Harbor Authority"]),
        ("Paris van Harbor spoke.", [("Paris", "GPE"), ("Harbor", "ORG")], ["Paris", "Harbor"]),
        # a particle followed by no capitalised name
        ("Maria de la casa spoke.", [("Maria", "PERSON")], ["Maria"]),
        # a particle the recogniser read as a number
        ("Erik ten Hag spoke.", [("Erik", "PERSON"), ("ten", "CARDINAL")], ["Erik ten Hag"]),
        # a given name in no entity, then a particle: a person; with no name after it, nothing
        ("MANCHESTER - Erik ten Hag spoke.", [("ten", "CARDINAL")], ["Erik ten Hag"]),
        ("Maria de la casa spoke.", [], []),
        ("Maria ten times spoke.", [("ten", "CARDINAL")], ["ten"]),
        # a proper noun the recogniser left out before a person that opens with a particle
        ("Dilani de Vries, 41, spoke.", [("de Vries", "PERSON")], ["Dilani de Vries"]),
        # not a role noun or a place
        ("Minister de Vries spoke.", [("de Vries", "PERSON")], ["de Vries"]),
        ("In Utrecht de Vries spoke.", [("Utrecht", "GPE"), ("de Vries", "PERSON")], ["Utrecht", "de Vries"]),
    ],
)
def test_a_person_runs_on_over_a_name_particle(nlp, text, entities, after):
    assert [e.text for e in _repaired(nlp, "names_joined_over_particles", text, entities).ents] == after


@pytest.mark.parametrize(
    ("text", "entities", "after"),
    [
        # a given name, a nickname, a surname: the recogniser's pieces become one person
        ('Marcia "Cia" Price spoke.', [('Marcia "', "PERSON"), ('Cia" Price', "WORK_OF_ART")], ['Marcia "Cia" Price']),
        ("John “Tig” Tiegen spoke.", [("John “Tig", "PERSON"), ("Tiegen", "ORG")], ["John “Tig” Tiegen"]),
        # a surname's particles after the nickname; a given name of the world table, no entity at all
        ('Mayor Ramon "Boying" dela Rosa spoke.', [("Ramon", "PERSON")], ['Ramon "Boying" dela Rosa']),
        ('Rogelio "Toto" Manalo, a driver, spoke.', [], ['Rogelio "Toto" Manalo']),
        # a given name the tables lack, the recogniser's person ending before the mark
        ('Sen. Teodoro "Teddy" Villareal filed it.', [("Teodoro", "PERSON"), ('Teddy" Villareal', "WORK_OF_ART")],
         ['Teodoro "Teddy" Villareal']),
        # not a given name, and the recogniser did not run a person into the mark
        ('Trump Calls Clinton "Crooked" Again', [("Trump Calls Clinton", "PERSON")], ["Trump Calls Clinton"]),
        ('The Harbor "Gate" Authority met.', [("Harbor", "ORG")], ["Harbor"]),
        # a day after the nickname is no surname
        ('He met John "Fixer" Monday.', [("John", "PERSON"), ("Monday", "DATE")], ["John", "Monday"]),
        # the name ends before what follows it
        ('Juan "Chico" Manriquez of Oakland spoke.', [('Juan "Chico" Manriquez of', "PERSON"), ("Oakland", "GPE")],
         ['Juan "Chico" Manriquez', "Oakland"]),
        # a surname with a capital inside it, and a generational suffix after it
        ('Athletic director Samuel "Sonny" DeLuca Jr. said so.', [('Samuel "Sonny', "PERSON")],
         ['Samuel "Sonny" DeLuca Jr.']),
        # a hyphened nickname
        ('Defensive end Terrence "T-Rex" Robinson Jr. said so.', [("Terrence", "PERSON"), ("Robinson Jr.", "PERSON")],
         ['Terrence "T-Rex" Robinson Jr.']),
        # one quote's end and the next's start hold no nickname, the names side by side two people's
        ("“It’s everything but ‘Hillary Clinton’,” Le Pen said.", [("Hillary Clinton", "PERSON"), ("Le Pen", "PERSON")],
         ["Hillary Clinton", "Le Pen"]),
    ],
)
def test_a_nickname_in_quotation_marks_is_part_of_the_name(nlp, text, entities, after):
    assert [e.text for e in _repaired(nlp, "names_joined_over_nicknames", text, entities).ents] == after


@pytest.mark.parametrize(
    ("text", "entities", "after"),
    [
        # a capital the recogniser took for a person, or left unlabelled
        ('"We will hold," Kyiv said.', [("Kyiv", "PERSON")], [("Kyiv", "GPE")]),
        ("Officials said Kyiv would not cede land.", [], [("Kyiv", "GPE")]),
        # a given name, a name after an honorific, a word of a longer name: left alone
        ("Chad said the plan works.", [("Chad", "PERSON")], [("Chad", "PERSON")]),
        ("Mr. Jordan said the plan works.", [("Jordan", "PERSON")], [("Jordan", "PERSON")]),
        ("The Kyiv Independent said it.", [], []),
        # a surname of someone the article names in full
        ("Rep. Jim Jordan spoke. Jordan said the plan works.", [("Jim Jordan", "PERSON"), ("Jordan", "PERSON", "last")],
         [("Jim Jordan", "PERSON"), ("Jordan", "PERSON")]),
        # a word the recogniser took for a place elsewhere in the article, or listed with a place
        ("Floods hit Turbat. Towns including Turbat were cut off.", [("Turbat", "GPE"), ("Turbat", "PERSON", "last")],
         [("Turbat", "GPE"), ("Turbat", "GPE")]),
        ("They heard residents of Turbat, Kharan and Rajanpur.", [("Kharan", "GPE"), ("Rajanpur", "PERSON")],
         [("Kharan", "GPE"), ("Rajanpur", "GPE")]),
        # ... not people listed together, nor a given name
        ("They heard residents of Turbat, Kharan and Tariq.", [("Kharan", "GPE"), ("Tariq", "PERSON")],
         [("Kharan", "GPE"), ("Tariq", "PERSON")]),
        ("Lopez and Baker complained.", [("Lopez", "PERSON"), ("Baker", "PERSON")],
         [("Lopez", "PERSON"), ("Baker", "PERSON")]),
        # a rare given name that is a place is the place, unless a name opens before it
        ("Players value Valencia's ranking points.", [("Valencia", "PERSON")], [("Valencia", "GPE")]),
        ("Dahlys Hamilton is listed as the chairman.", [("Hamilton", "PERSON")], [("Hamilton", "PERSON")]),
    ],
)
def test_a_place_the_recogniser_took_for_a_person_is_a_place(nlp, text, entities, after):
    doc = _repaired(nlp, "places_read_as_places", text, entities)
    assert [(e.text, e.label_) for e in doc.ents] == after


@pytest.mark.parametrize(
    ("text", "entities", "after"),
    [
        # a plural the article writes after 'the' somewhere: a team, wherever it stands
        ("Okafor lifts Breakers past Columbus. The Breakers said he was fine.",
         [("Breakers", "PERSON"), ("Breakers", "PERSON", "last")], [("Breakers", "ORG"), ("Breakers", "ORG")]),
        # never after 'the', or a word of someone's full name: left alone
        ("Okafor lifts Breakers past Columbus.", [("Breakers", "PERSON")], [("Breakers", "PERSON")]),
        ("Hillary Clinton spoke. The Clintons said so.", [("Hillary Clinton", "PERSON"), ("Clintons", "PERSON")],
         [("Hillary Clinton", "PERSON"), ("Clintons", "PERSON")]),
    ],
)
def test_a_plural_the_article_writes_after_the_is_a_team(nlp, text, entities, after):
    doc = _repaired(nlp, "teams_read_as_bodies", text, entities)
    assert [(e.text, e.label_) for e in doc.ents] == after


@pytest.mark.parametrize(
    ("text", "entities", "after"),
    [
        # the words the recogniser labelled an organisation once, standing unlabelled elsewhere
        ("OpenAI released a model. An OpenAI spokeswoman spoke.", [("OpenAI", "ORG", "last")],
         [("OpenAI", "ORG"), ("OpenAI", "ORG")]),
        ("The IMF chief economist spoke. The IMF said growth slowed.", [("IMF", "ORG", "last")],
         [("IMF", "ORG"), ("IMF", "ORG")]),
        # with an ampersand inside
        ("Solent & Downs Water spilled sewage. Solent & Downs Water said it was sorry.",
         [("Solent & Downs Water", "ORG")], [("Solent & Downs Water", "ORG"), ("Solent & Downs Water", "ORG")]),
        # not a name's word modifying a noun, but for an acronym
        ("The Harbor director spoke. Harbor said it would appeal.", [("Harbor", "ORG", "last")],
         [("Harbor", "ORG")]),
        # nor inside a longer run of proper nouns
        ("The ACME Harbor Authority spoke. ACME said it would appeal.", [("ACME", "ORG", "last")],
         [("ACME", "ORG")]),
        ("Tom Acme spoke. Acme said it would appeal.", [("Acme", "ORG", "last")], [("Acme", "ORG")]),
        # nor a word of someone's full name
        ("Ford cut jobs. Gerald Ford was president. Ford said it would appeal.",
         [("Gerald Ford", "PERSON"), ("Ford", "ORG", "last")], [("Gerald Ford", "PERSON"), ("Ford", "ORG")]),
    ],
)
def test_an_organisation_is_named_alike_throughout(nlp, text, entities, after):
    doc = _repaired(nlp, "organisations_named_alike", text, entities)
    assert [(e.text, e.label_) for e in doc.ents] == after


@pytest.mark.parametrize(
    ("text", "entities", "after"),
    [
        ("It employs Tokai Shoji Corp. staff. Tokai Shoji said it was told.",
         [("Tokai Shoji Corp.", "ORG"), ("Tokai Shoji", "PERSON", "last")],
         [("Tokai Shoji Corp.", "ORG"), ("Tokai Shoji", "ORG")]),
        # a trade ends the name as a legal form does
        ("Talks with Andean Ridge Mining failed. Andean Ridge said it would wait.",
         [("Andean Ridge Mining", "ORG"), ("Andean Ridge", "PERSON", "last")],
         [("Andean Ridge Mining", "ORG"), ("Andean Ridge", "ORG")]),
        # beside a company's name the recogniser ran on over its possessive
        ("Two firms build them, Huntington Ingalls Industries' yard among them. Huntington Ingalls said so.",
         [("Huntington Ingalls Industries'", "ORG"), ("Huntington Ingalls", "PERSON", "last")],
         [("Huntington Ingalls Industries'", "ORG"), ("Huntington Ingalls", "ORG")]),
        # its first word alone, a place no list knows to the recogniser
        ("Taihe Semiconductor Manufacturing grew. Taihe said so.",
         [("Taihe Semiconductor Manufacturing", "ORG"), ("Taihe", "GPE", "last")],
         [("Taihe Semiconductor Manufacturing", "ORG"), ("Taihe", "ORG")]),
        # not a place of the list
        ("Delaware Steel grew. Delaware said so.", [("Delaware Steel", "ORG"), ("Delaware", "GPE", "last")],
         [("Delaware Steel", "ORG"), ("Delaware", "GPE")]),
        # not words of someone else's full name
        ("Staff of Ford Motors met Gerald Ford. Ford said so.",
         [("Ford Motors", "ORG"), ("Gerald Ford", "PERSON"), ("Ford", "PERSON", "last")],
         [("Ford Motors", "ORG"), ("Gerald Ford", "PERSON"), ("Ford", "PERSON")]),
    ],
)
def test_a_company_named_without_its_legal_form_or_trade_is_the_company(nlp, text, entities, after):
    doc = _repaired(nlp, "companies_named_without_their_form", text, entities)
    assert [(e.text, e.label_) for e in doc.ents] == after


@pytest.mark.parametrize(
    ("text", "entities", "after"),
    [
        # a given name of the tables labelled apart, right before the person
        ("Its coordinator, Fernanda Lima Teixeira, agreed.", [("Fernanda", "ORG"), ("Lima Teixeira", "PERSON")],
         [("Fernanda Lima Teixeira", "PERSON")]),
        # not a place of the list, nor a word that is no given name
        ("It met in Houston, Paris Lima Teixeira agreed.", [("Paris", "GPE"), ("Lima Teixeira", "PERSON")],
         [("Paris", "GPE"), ("Lima Teixeira", "PERSON")]),
        ("The Acme Lima Teixeira award went.", [("Acme", "ORG"), ("Lima Teixeira", "PERSON")],
         [("Acme", "ORG"), ("Lima Teixeira", "PERSON")]),
        # the surname labelled apart too, as the given name was
        ("Luana Teles, a researcher at the institute, said lenders needed oversight.",
         [("Luana", "GPE"), ("Teles", "GPE")], [("Luana Teles", "PERSON")]),
        # or left unmarked, the subject, object or apposition the given name hangs on
        ("In Recife, Fernanda Lobo, a fruit vendor, said she used the app.", [("Recife", "GPE"), ("Fernanda", "ORG")],
         [("Recife", "GPE"), ("Fernanda Lobo", "PERSON")]),
        # a given name left unmarked before a surname labelled alone, an age after it
        ("Dolores Arriola, 78, said the contractors had called twice.", [("Arriola", "ORG")],
         [("Dolores Arriola", "PERSON")]),
        # or a clause on 'who'
        ("Ramesh Thapa, who heads the permit office, said the rules were ignored.", [("Thapa", "ORG")],
         [("Ramesh Thapa", "PERSON")]),
        # a surname labelled apart under another label than the given name's, an age after it
        ("Yekaterina Orlova, 29, a principal dancer, said she had not been told.",
         [("Yekaterina", "GPE"), ("Orlova", "ORG")], [("Yekaterina Orlova", "PERSON")]),
        ("Yekaterina Orlova won the prize.", [("Yekaterina", "GPE"), ("Orlova", "ORG")],
         [("Yekaterina", "GPE"), ("Orlova", "ORG")]),
        # not a body's name, nor dates and times, nor places of the list
        ("Dolores Arriola Ranch sold its cattle.", [("Arriola Ranch", "ORG")], [("Arriola Ranch", "ORG")]),
        ("It opened Tuesday morning, a clerk said.", [("Tuesday", "DATE"), ("morning", "TIME")],
         [("Tuesday", "DATE"), ("morning", "TIME")]),
        ("Flights left Paris Orly late.", [("Paris", "GPE"), ("Orly", "GPE")], [("Paris", "GPE"), ("Orly", "GPE")]),
        # a capitalised word the tagger took for a preposition, set off by a comma before it
        ("The orchestra’s chief executive, Per Lindgren, said so.", [("Lindgren", "PERSON")],
         [("Per Lindgren", "PERSON")]),
        ("Sales rose 4 per Lindgren.", [("Lindgren", "PERSON")], [("Lindgren", "PERSON")]),
        # also before a surname left unmarked that the recogniser marks as a person's elsewhere
        ("Lindgren’s uncle and coach, Per Lindgren, defended him.", [("Lindgren", "PERSON")],
         [("Lindgren", "PERSON"), ("Per Lindgren", "PERSON")]),
        ("Lindgren spoke. Sales rose 4 per Lindgren.", [("Lindgren", "PERSON")], [("Lindgren", "PERSON")]),
        # or after 'said'
        ('"We fished here first," said Per Ivar Somby, 63.', [("Ivar Somby", "PERSON"), ("63", "DATE")],
         [("Per Ivar Somby", "PERSON"), ("63", "DATE")]),
        # a Wolof given name labelled apart
        ("The director general, Aissatou Ndiaye Sow, said so.", [("Aissatou", "GPE"), ("Ndiaye Sow", "PERSON")],
         [("Aissatou Ndiaye Sow", "PERSON")]),
        # given names alone, the two surnames the parse hangs them on left unmarked
        ("It is the first accord under President Andrés Felipe Caicedo Rengifo, who took office in May.",
         [("Andrés Felipe", "PERSON"), ("May", "DATE")],
         [("Andrés Felipe Caicedo Rengifo", "PERSON"), ("May", "DATE")]),
        # a given name marked as a person of its own, an unmarked word of the name between
        ("Mines Minister Augustin Mbuyi Kalala said so.", [("Augustin", "PERSON"), ("Kalala", "PERSON")],
         [("Augustin Mbuyi Kalala", "PERSON")]),
        # not two people with a word between them
        ("Tom Baker met Mary Jones, and Robert Smith said so.",
         [("Tom Baker", "PERSON"), ("Mary Jones", "PERSON"), ("Robert Smith", "PERSON")],
         [("Tom Baker", "PERSON"), ("Mary Jones", "PERSON"), ("Robert Smith", "PERSON")]),
    ],
)
def test_a_given_name_labelled_apart_opens_the_name_after_it(nlp, text, entities, after):
    doc = _repaired(nlp, "given_names_joined_to_names", text, entities)
    assert [(e.text, e.label_) for e in doc.ents] == after


@pytest.mark.parametrize(
    ("text", "entities", "after"),
    [
        # parts that each hang on a word outside the entity
        ("In an interview with Variety, Ambrose described it.", [("Variety, Ambrose", "ORG")],
         [("Variety", "ORG"), ("Ambrose", "ORG")]),
        # not a name whose parts hang on one another, nor a date
        ("Davis, Polk & Wardwell said so.", [("Davis, Polk & Wardwell", "ORG")], [("Davis, Polk & Wardwell", "ORG")]),
        ("It was posted February 6, 2016 at night.", [("February 6, 2016", "DATE")], [("February 6, 2016", "DATE")]),
        # nor one with a part that holds no proper noun
        ("After the loss to Obama, party Chairman Reince Priebus spoke.", [("Obama, party", "ORG")],
         [("Obama, party", "ORG")]),
    ],
)
def test_an_entity_whose_parts_are_apart_is_cut_at_its_commas(nlp, text, entities, after):
    doc = _repaired(nlp, "entities_split_at_commas", text, entities)
    assert [(e.text, e.label_) for e in doc.ents] == after


@pytest.mark.parametrize(
    ("text", "entities", "after"),
    [
        # the word the parse makes the name's head, left out of the person
        ("Council President Nikki Fortunato Bas disagreed.", [("Nikki Fortunato", "PERSON")],
         ["Nikki Fortunato Bas"]),
        # with an apostrophe between its letters
        ("Society President Faith Wambui Ndung’u disagreed.", [("Faith Wambui", "PERSON")],
         ["Faith Wambui Ndung’u"]),
        # word by word, each the head of the words before it
        ('"These pieces did not leave the country by accident," Culture Minister Rosa Maria Quispe Salinas said.',
         [("Rosa Maria", "PERSON")], ["Rosa Maria Quispe Salinas"]),
        # or up to a head two words on, the word between hung on it too
        ("Agriculture Minister Luz Marina Becerra Gaitán said on Monday that she was ready to meet them.",
         [("Luz Marina", "PERSON")], ["Luz Marina Becerra Gaitán"]),
        # a word the recogniser labelled alone, as no person
        ('"It spread fast," said Dr. Simran Kaur Gill, a plant scientist.',
         [("Simran Kaur", "PERSON"), ("Gill", "ORG")], ["Simran Kaur Gill"]),
        # not a body of more words
        ('"It spread fast," said Dr. Simran Kaur Gill Foundation, a charity.',
         [("Simran Kaur", "PERSON"), ("Gill Foundation", "ORG")], ["Simran Kaur", "Gill Foundation"]),
        # not a body's or a role's word, nor a label before its colon
        ("Maria Lopez Foundation grants rose.", [("Maria Lopez", "PERSON")], ["Maria Lopez"]),
        ("Name: Maria Lopez Age: 27", [("Maria Lopez", "PERSON")], ["Maria Lopez"]),
    ],
)
def test_a_person_runs_on_to_the_word_the_parse_makes_its_head(nlp, text, entities, after):
    assert [e.text for e in _repaired(nlp, "names_run_on_to_their_head", text, entities).ents] == after


@pytest.mark.parametrize(
    ("text", "entities", "after"),
    [
        # the number after 'Local', an entity of its own or none
        ("AFSCME Local 12 said it would strike.", [("AFSCME Local", "ORG"), ("12", "CARDINAL")],
         [("AFSCME Local 12", "ORG")]),
        ("Members of UAW Local 600 voted.", [("UAW Local", "ORG")], [("UAW Local 600", "ORG")]),
        # not a number that opens a longer entity, nor after another word
        ("UAW Local 600 members voted.", [("UAW Local", "ORG"), ("600 members", "CARDINAL")],
         [("UAW Local", "ORG"), ("600 members", "CARDINAL")]),
        ("UAW Region 1 voted.", [("UAW Region", "ORG")], [("UAW Region", "ORG")]),
    ],
)
def test_a_union_local_keeps_its_number(nlp, text, entities, after):
    doc = _repaired(nlp, "union_locals_keep_their_numbers", text, entities)
    assert [(e.text, e.label_) for e in doc.ents] == after


@pytest.mark.parametrize(
    ("text", "after"),
    [
        # capitalised words left unlabelled that end in a company's trade
        ("Southern Delta Petroleum said it had closed the valve.", [("Southern Delta Petroleum", "ORG")]),
        # not with a role's word, nor a given name first, nor a public body's name with 'of'
        ("Principal Deputy Assistant AG Nora Field spoke.", []),
        ("Grace Mining spoke at the rally.", []),
        ("The Ministry of Mines and Petroleum said so.", []),
    ],
)
def test_a_company_the_recogniser_left_unlabelled_is_a_body(nlp, text, after):
    doc = _repaired(nlp, "companies_left_unmarked", text, [])
    assert [(e.text, e.label_) for e in doc.ents] == after


@pytest.mark.parametrize(
    ("text", "entities", "after"),
    [
        # a body ending in 'of', then a place or a body right after it
        ("The Office for the Eastern District of Virginia said so.",
         [("Office for the Eastern District of", "ORG"), ("Virginia", "GPE")],
         [("Office for the Eastern District of Virginia", "ORG")]),
        ("The Bank of England said so.", [("Bank of", "ORG"), ("England", "GPE")], [("Bank of England", "ORG")]),
        # or capitalised words no entity holds
        ("The Joint Rescue Centre of Northern Dunmore wrote on X that it was busy.",
         [("The Joint Rescue Centre of", "ORG")], [("The Joint Rescue Centre of Northern Dunmore", "ORG")]),
        ("The Joint Rescue Centre of the north wrote on X that it was busy.",
         [("The Joint Rescue Centre of", "ORG")], [("The Joint Rescue Centre of", "ORG")]),
        # a body ending in 'and', then a body right after it
        ("The Australian Competition and Consumer Commission said so.",
         [("The Australian Competition and", "ORG"), ("Consumer Commission", "ORG")],
         [("The Australian Competition and Consumer Commission", "ORG")]),
        # a body, 'and', then a body it modifies
        ("The Arizona Hospital and Healthcare Association said so.",
         [("The Arizona Hospital", "ORG"), ("Healthcare Association", "ORG")],
         [("The Arizona Hospital and Healthcare Association", "ORG")]),
        ("Morgan Stanley and Goldman Sachs said so.", [("Morgan Stanley", "ORG"), ("Goldman Sachs", "ORG")],
         [("Morgan Stanley", "ORG"), ("Goldman Sachs", "ORG")]),
        # a body, 'and', then a body joined to the object of its 'of', no body noun of its own
        ("The Saxon Association of Towns and Municipalities said so.",
         [("The Saxon Association of Towns", "ORG"), ("Municipalities", "ORG")],
         [("The Saxon Association of Towns and Municipalities", "ORG")]),
        ("The Ministry of Health and Ministry of Finance said so.",
         [("The Ministry of Health", "ORG"), ("Ministry of Finance", "ORG")],
         [("The Ministry of Health", "ORG"), ("Ministry of Finance", "ORG")]),
        # not a body that ends otherwise, nor a person, nor a place after 'and'
        ("The Office in Virginia said so.", [("Office", "ORG"), ("Virginia", "GPE")],
         [("Office", "ORG"), ("Virginia", "GPE")]),
        ("The Duke of York said so.", [("Duke of", "PERSON"), ("York", "GPE")],
         [("Duke of", "PERSON"), ("York", "GPE")]),
        ("Shell Canada and Alberta said so.", [("Shell Canada and", "ORG"), ("Alberta", "GPE")],
         [("Shell Canada and", "ORG"), ("Alberta", "GPE")]),
    ],
)
def test_a_body_runs_on_over_of_to_the_name_after_it(nlp, text, entities, after):
    doc = _repaired(nlp, "bodies_run_on_over_of", text, entities)
    assert [(e.text, e.label_) for e in doc.ents] == after


@pytest.mark.parametrize(
    ("text", "entities", "after"),
    [
        # capitalised words before the body's 'and' that hang on the body
        ("He is an analyst at the Peace and Reconciliation Foundation.", [("Reconciliation Foundation", "ORG")],
         [("Peace and Reconciliation Foundation", "ORG")]),
        # or on the word the body is a conjunct of, a body noun ending the body and none them
        ("The Harwich Harbour and Ferry Company said so.", [("Ferry Company", "ORG")],
         [("Harwich Harbour and Ferry Company", "ORG")]),
        ("The Acme Group and Ferry Company said so.", [("Ferry Company", "ORG")], [("Ferry Company", "ORG")]),
        # a list of such words after the body's 'the'
        ("The Retail, Wholesale and Department Store Union, which represents workers, said so.",
         [("Department Store Union", "ORG")], [("Retail, Wholesale and Department Store Union", "ORG")]),
        ("Goldman Sachs, Morgan Stanley and Citigroup Global Markets said so.",
         [("Citigroup Global Markets", "ORG")], [("Citigroup Global Markets", "ORG")]),
        # not a subject joined to the body, nor words that hang on a word after it
        ("Smith and Acme Corp said so.", [("Acme Corp", "ORG")], [("Acme Corp", "ORG")]),
        ("He thanked Peace and Reconciliation Foundation staff.", [("Reconciliation Foundation", "ORG")],
         [("Reconciliation Foundation", "ORG")]),
    ],
)
def test_a_body_runs_back_over_its_and(nlp, text, entities, after):
    doc = _repaired(nlp, "bodies_run_back_over_and", text, entities)
    assert [(e.text, e.label_) for e in doc.ents] == after


@pytest.mark.parametrize(("first", "head_dep", "before", "after"), [
    ("Felling", "nsubj", ["O", "O"], [("Felling Dock and Railway Company", "ORG")]),
    # not where the word before 'and' modifies a noun after the body ('... Company staff')
    ("Felling", "compound", ["O", "O"], [("Railway Company", "ORG")]),
    # the words before 'and' taken for a person, no given name first
    ("Felling", "nsubj", ["B-PERSON", "I-PERSON"], [("Felling Dock and Railway Company", "ORG")]),
    ("John", "nsubj", ["B-PERSON", "I-PERSON"], [("John Dock", "PERSON"), ("Railway Company", "ORG")]),
])
def test_a_body_the_parse_made_a_conjunct_runs_back_over_its_and(nlp, first, head_dep, before, after):
    # the parse of a longer article, as the model may give it: 'Dock' heads the phrase and
    # 'Company' is its conjunct (the model parses the sentence alone otherwise)
    words = ["The", first, "Dock", "and", "Railway", "Company", "said", "so", "."]
    heads = [2, 2, 6, 2, 5, 2, 6, 6, 6]
    deps = ["det", "compound", head_dep, "cc", "compound", "conj", "ROOT", "advmod", "punct"]
    pos = ["DET", "PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "VERB", "ADV", "PUNCT"]
    ents = ["O", *before, "O", "B-ORG", "I-ORG", "O", "O", "O"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)
    doc = nlp.get_pipe("bodies_run_back_over_and")(doc)
    assert [(e.text, e.label_) for e in doc.ents] == after


@pytest.mark.parametrize(
    ("text", "entities", "after"),
    [
        ("Senate President Pro Tem Roberto Maez said so.", [("Senate", "ORG"), ("Pro Tem Roberto Maez", "PERSON")],
         [("Senate", "ORG"), ("Roberto Maez", "PERSON")]),
        ("President Pro Tempore said so.", [("Pro Tempore", "PERSON")], []),
        # not a name that merely holds the words
        ("Tem Pro said so.", [("Tem Pro", "PERSON")], [("Tem Pro", "PERSON")]),
    ],
)
def test_the_latin_that_ends_a_title_is_no_part_of_the_name_after_it(nlp, text, entities, after):
    doc = _repaired(nlp, "title_endings_kept_out_of_names", text, entities)
    assert [(e.text, e.label_) for e in doc.ents] == after


@pytest.mark.parametrize(
    ("text", "entities", "after"),
    [
        # a capitalised body noun and 'for' or 'of' the recogniser left out, and words before the noun
        ("It said the Alliance for Fair Courts countered.", [("Fair Courts", "ORG")],
         [("Alliance for Fair Courts", "ORG")]),
        ("It said the National Alliance for Fair Courts countered.", [("Fair Courts", "ORG")],
         [("National Alliance for Fair Courts", "ORG")]),
        # not a noun in lower case, nor one another entity holds, nor a word that opens the sentence
        ("It said the alliance for Fair Courts countered.", [("Fair Courts", "ORG")], [("Fair Courts", "ORG")]),
        ("It said the Pew Center for Fair Courts countered.", [("Pew Center", "ORG"), ("Fair Courts", "ORG")],
         [("Pew Center", "ORG"), ("Fair Courts", "ORG")]),
        ("Alliance for Fair Courts countered.", [("Fair Courts", "ORG")], [("Fair Courts", "ORG")]),
    ],
)
def test_a_body_runs_back_over_its_noun_before_for_or_of(nlp, text, entities, after):
    doc = _repaired(nlp, "bodies_run_back_over_their_noun", text, entities)
    assert [(e.text, e.label_) for e in doc.ents] == after


@pytest.mark.parametrize(
    ("text", "entities", "after"),
    [
        ("Council member Rosa Delgado voted no.", [("Council", "ORG"), ("Rosa Delgado", "PERSON")],
         [("Rosa Delgado", "PERSON")]),
        ("The plan failed. Department spokesman Raj Shah said so.", [("Department", "ORG"), ("Raj Shah", "PERSON")],
         [("Raj Shah", "PERSON")]),
        # not a body noun in mid-sentence, nor one alone, nor a name of more words, nor one the noun after names
        ("Members of the Council met.", [("Council", "ORG")], [("Council", "ORG")]),
        ("The vote went to Council member Rosa Delgado.", [("Council", "ORG"), ("Rosa Delgado", "PERSON")],
         [("Council", "ORG"), ("Rosa Delgado", "PERSON")]),
        ("Parliament voted on Monday.", [("Parliament", "ORG")], [("Parliament", "ORG")]),
        ("Council Bluffs voted.", [("Council Bluffs", "GPE")], [("Council Bluffs", "GPE")]),
        ("Council Tax bills rose.", [("Council", "ORG")], [("Council", "ORG")]),
    ],
)
def test_a_body_noun_opening_a_sentence_before_its_noun_names_no_organisation(nlp, text, entities, after):
    doc = _repaired(nlp, "body_nouns_opening_sentences", text, entities)
    assert [(e.text, e.label_) for e in doc.ents] == after


@pytest.mark.parametrize(
    ("text", "entities", "after"),
    [
        # a name the recogniser left unlabelled, set beside a body noun
        ("HarborWatch, a trade group, said no.", [], [("HarborWatch", "ORG")]),
        ("The plan failed. Harbor Watch, the charity that sued, said so.", [], [("Harbor Watch", "ORG")]),
        # set beside two body nouns, named once (it had raised: an entity set twice)
        ('"A, the ministry" the ministry', [], [("A", "ORG")]),
        # with words joined by 'and' before it
        ("The Fire and Police Commission, the civilian body that oversees it, said no.", [],
         [("Fire and Police Commission", "ORG")]),
        # not beside a noun that names no body, nor a name labelled in part or whole
        ("Maria Lopez, a harbor pilot, said no.", [], []),
        ("Muslim Harbor, a legal group, said no.", [("Muslim", "NORP")], [("Muslim", "NORP")]),
        ("Harbor Watch, a trade group, said no.", [("Harbor Watch", "PERSON")], [("Harbor Watch", "PERSON")]),
    ],
)
def test_a_name_set_beside_a_body_noun_names_an_organisation(nlp, text, entities, after):
    doc = _repaired(nlp, "names_described_as_bodies", text, entities)
    assert [(e.text, e.label_) for e in doc.ents] == after


@pytest.mark.parametrize(
    ("text", "entities", "after"),
    [
        # capitalised words joined by small words, opening a sentence, set beside a body noun
        ("Floridians for Alternatives to the Death Penalty, an advocacy group, said no.",
         [("Floridians", "NORP"), ("the Death Penalty", "LAW")],
         [("Floridians for Alternatives to the Death Penalty", "ORG")]),
        # not a name the recogniser holds in part as a body or a person, nor one without small words
        ("Citizens for Responsibility and Ethics in Washington, a watchdog group, said no.",
         [("Citizens for Responsibility and Ethics", "ORG"), ("Washington", "GPE")],
         [("Citizens for Responsibility and Ethics", "ORG"), ("Washington", "GPE")]),
        ("Maria Lopez of the Fire Department, a harbor body, said no.",
         [("Maria Lopez", "PERSON"), ("the Fire Department", "ORG")],
         [("Maria Lopez", "PERSON"), ("the Fire Department", "ORG")]),
        ("Harbor Watch, a trade group, said no.", [], []),
    ],
)
def test_a_long_name_set_beside_a_body_noun_names_an_organisation(nlp, text, entities, after):
    doc = _repaired(nlp, "long_names_described_as_bodies", text, entities)
    assert [(e.text, e.label_) for e in doc.ents] == after


@pytest.mark.parametrize(
    ("text", "entities", "after"),
    [
        # capitalised proper nouns the recogniser left unlabelled, ending in a body noun
        ("The Dunmore City Council voted on Tuesday.", [], [("Dunmore City Council", "ORG")]),
        # words joined by a hyphen
        ("The Thompson-Nicola Regional District widened the order.", [],
         [("Thompson-Nicola Regional District", "ORG")]),
        ("Members of the Harbor Pilots Association voted.", [], [("Harbor Pilots Association", "ORG")]),
        # not one word, nor a run with more of a name before or after it, nor one a hyphen joins on
        ("Council voted on Tuesday.", [], []),
        ("The Broward County GOP Executive Committee met.", [("Broward County", "GPE")], [("Broward County", "GPE")]),
        ("She is an Ivy League-trained surgeon.", [], []),
        ("The Harbor Council President spoke.", [], []),
    ],
)
def test_a_run_of_names_ending_in_a_body_noun_names_an_organisation(nlp, text, entities, after):
    doc = _repaired(nlp, "names_ending_in_body_nouns", text, entities)
    assert [(e.text, e.label_) for e in doc.ents] == after


@pytest.mark.parametrize(
    ("text", "mark", "possessive"),
    [
        ("Sanders’ campaign manager, Jeff Weaver, spoke.", "’", True),
        ("The summit was held there because, in Forbes’ words, it was the best.", "’", True),
        ("Sanders' campaign manager spoke.", "'", True),
        # a mark that closes a single-quoted stretch opened on its line, or touches no word after it
        ("‘We will win the votes’ she said after the count.", "’", False),
        ("He said the word was ‘yes’.", "’", False),
    ],
)
def test_an_apostrophe_after_a_word_ending_in_s_is_a_possessive(nlp, text, mark, possessive):
    token = next(t for t in nlp(text) if t.text == mark)
    assert (token.norm_ == "'s") is possessive


@pytest.mark.parametrize(
    ("text", "entities", "after"),
    [
        # missed, or given another label, where the particle opens a sentence
        ("Tomasz Wrona met Katharina von Stade.\n\nVon Stade said so.", [("Katharina von Stade", "PERSON")],
         [("Katharina von Stade", "PERSON"), ("Von Stade", "PERSON")]),
        ("Bas van der Meulen led it.\n\nVan der Meulen said so.",
         [("Bas van der Meulen", "PERSON"), ("Van der Meulen", "ORG", "last")],
         [("Bas van der Meulen", "PERSON"), ("Van der Meulen", "PERSON")]),
        # the particle capitalised in the full name too, as Belgian names write it
        ("Kris Van den Bossche led it.\n\nVan den Bossche said so.",
         [("Kris Van den Bossche", "PERSON"), ("Bossche", "ORG", "last")],
         [("Kris Van den Bossche", "PERSON"), ("Van den Bossche", "PERSON")]),
        # a surname the article names no one by in full, after a given name of the tables: the full
        # name (not the end of the surname, after its own particle: 'La Rochère')
        ("Anne-Sophie de La Rochère spoke.\n\nDe La Rochère said so.",
         [("Anne-Sophie de La Rochère", "ORG"), ("De La Rochère", "PERSON", "last")],
         [("Anne-Sophie de La Rochère", "PERSON"), ("De La Rochère", "PERSON")]),
        ("Maximiliano de la Garza has been the monitor for 23 days.\n\nLater, de la Garza said so.",
         [("de la Garza", "PERSON", "last")],
         [("Maximiliano de la Garza", "PERSON"), ("de la Garza", "PERSON")]),
        # nor the words of a longer name of anything else
        ("Al-Waha Construction and Engineering won it.\n\nAl-Waha said so.",
         [("Al-Waha Construction and Engineering", "ORG"), ("Al-Waha", "PERSON", "last")],
         [("Al-Waha Construction and Engineering", "ORG"), ("Al-Waha", "PERSON")]),
        # not after another capitalised word: someone else's full name
        ("Katharina von Stade met Anna von Stade.", [("Katharina von Stade", "PERSON")],
         [("Katharina von Stade", "PERSON")]),
        # two particles, the surname also written as an entity from its second: the longest found
        # ('de la Garza' and 'la Garza' at one place made the doc's entities overlap, an error)
        ("Rubén de la Garza spoke.\n\nDe la Garza said so, and de la Garza left.",
         [("Rubén de la Garza", "PERSON"), ("de la Garza", "PERSON", "last")],
         [("Rubén de la Garza", "PERSON"), ("De la Garza", "PERSON"), ("de la Garza", "PERSON")]),
    ],
)
def test_a_surname_with_a_particle_met_again_is_the_persons(nlp, text, entities, after):
    doc = _repaired(nlp, "particle_surnames_met_again", text, entities)
    assert [(e.text, e.label_) for e in doc.ents] == after


@pytest.mark.parametrize(
    ("text", "entities", "after"),
    [
        ("Baroness Whitcombe urged colleagues to act.", [("Baroness Whitcombe", "ORG")],
         [("Baroness Whitcombe", "PERSON")]),
        ("Labour's Lord Bhandari said so.", [("Labour", "ORG"), ("Bhandari", "ORG")],
         [("Labour", "ORG"), ("Lord Bhandari", "PERSON")]),
        # not before a title, a chamber or nothing named
        ("The Lord Mayor of London said so.", [("London", "GPE")], [("London", "GPE")]),
        ("The Lords voted.", [("Lords", "ORG")], [("Lords", "ORG")]),
        ("He became a lord last year.", [], []),
    ],
)
def test_a_peers_title_is_part_of_the_name(nlp, text, entities, after):
    doc = _repaired(nlp, "peers_named_with_their_title", text, entities)
    assert [(e.text, e.label_) for e in doc.ents] == after


@pytest.mark.parametrize(
    ("text", "entities", "after"),
    [
        ("Matteo Ferri of Castellan Pro Cycling moved up.", [("Matteo Ferri of Castellan Pro Cycling", "ORG")],
         [("Matteo Ferri", "PERSON"), ("Castellan Pro Cycling", "ORG")]),
        # no given name first, or one word before 'of'
        ("Bank of America said so.", [("Bank of America", "ORG")], [("Bank of America", "ORG")]),
        ("Virginia of the Vale said so.", [("Virginia of the Vale", "ORG")], [("Virginia of the Vale", "ORG")]),
        # after a title, of any given name, in a work too, and no body of words in lower case
        ("Rabbi Elie Benhamou of the Or Torah synagogue spoke.", [("Rabbi Elie Benhamou of the Or", "WORK_OF_ART")],
         [("Elie Benhamou", "PERSON")]),
        ("Minister of Finance said so.", [("Minister of Finance", "ORG")], [("Minister of Finance", "ORG")]),
        ("Sri Lanka Board of Control said so.", [("Sri Lanka Board of Control", "ORG")],
         [("Sri Lanka Board of Control", "ORG")]),
        # where the recogniser stopped at 'of', the person alone
        ("Anjali Deshpande of Tilak Road Pictures said so.", [("Anjali Deshpande of", "ORG")],
         [("Anjali Deshpande", "PERSON")]),
        # of any given name where the surname speaks alone elsewhere, a body in lower case after it
        ('Emi Tanabe of the citizens\' group objected. "It is too late," Tanabe said.',
         [("Emi Tanabe of the citizens", "ORG")], [("Emi Tanabe", "PERSON")]),
        ('Emi Tanabe of the citizens\' group objected. "It is too late," the group said.',
         [("Emi Tanabe of the citizens", "ORG")], [("Emi Tanabe of the citizens", "ORG")]),
    ],
)
def test_a_name_and_the_body_it_is_of_taken_for_one_body_are_a_person_and_a_body(nlp, text, entities, after):
    doc = _repaired(nlp, "names_cut_before_of", text, entities)
    assert [(e.text, e.label_) for e in doc.ents] == after


@pytest.mark.parametrize(
    ("text", "entities", "after"),
    [
        # a nationality
        ("Ethiopian Abebe Tadesse, a pacemaker, said so.", [("Ethiopian Abebe Tadesse", "PERSON")],
         [("Abebe Tadesse", "PERSON")]),
        # a role or person noun capitalised only where a sentence or a headline opens
        ("It was mixed. Hotelier Sabine Crettaz said so.", [("Hotelier Sabine Crettaz", "PERSON")],
         [("Sabine Crettaz", "PERSON")]),
        # a role noun by its ending, as role_nouns.txt reads them
        ("It was mixed. Neuroscientist Sabine Crettaz said so.", [("Neuroscientist Sabine Crettaz", "PERSON")],
         [("Sabine Crettaz", "PERSON")]),
        ("Qualifier Havlova stuns top seed\n\nTereza Havlova won.",
         [("Qualifier Havlova", "PERSON"), ("Tereza Havlova", "PERSON")],
         [("Havlova", "PERSON"), ("Tereza Havlova", "PERSON")]),
        # not inside a sentence, nor before one word alone, nor a word that is no such noun
        ("They met hotelier Sabine Crettaz there.", [("hotelier Sabine Crettaz", "PERSON")],
         [("hotelier Sabine Crettaz", "PERSON")]),
        ("Ethiopian Tadesse said so.", [("Ethiopian Tadesse", "PERSON")], [("Ethiopian Tadesse", "PERSON")]),
        ("Young Kim said so.", [("Young Kim", "PERSON")], [("Young Kim", "PERSON")]),
        # a nationality and a name taken for a body or a work: a person's, with a given name of
        # the tables first, a nationality's noun for one of its people, or its last word a
        # subject elsewhere
        ("The Chilean Rodrigo Vial said so.", [("The Chilean Rodrigo Vial", "ORG")], [("Rodrigo Vial", "PERSON")]),
        ("Her coach, Dutchman Pieter Hoogland, said so.", [("Dutchman Pieter Hoogland", "ORG")],
         [("Pieter Hoogland", "PERSON")]),
        ("She beat American Jordan Price. Price was upbeat.", [("American Jordan Price", "WORK_OF_ART")],
         [("Jordan Price", "PERSON")]),
        ("Fellow Kenyan Daniel Kiprono wrote so.", [("Fellow Kenyan Daniel Kiprono", "ORG")],
         [("Daniel Kiprono", "PERSON")]),
        # not a body's name, nor a name with no sign of a person
        ("The German Marshall Fund said so.", [("The German Marshall Fund", "ORG")],
         [("The German Marshall Fund", "ORG")]),
        ("They watched the Japanese Grand Prix.", [("the Japanese Grand Prix", "EVENT")],
         [("the Japanese Grand Prix", "EVENT")]),
        # an honorific written out and a name taken for a body
        ('"I am the baby," said Sister Philomena Rooney.', [("Sister Philomena Rooney", "ORG")],
         [("Philomena Rooney", "PERSON")]),
        ("Sister Cities International said so.", [("Sister Cities International", "ORG")],
         [("Sister Cities International", "ORG")]),
        ("A Sri Lanka Cricket official said so.", [("Sri Lanka Cricket", "ORG")], [("Sri Lanka Cricket", "ORG")]),
    ],
)
def test_a_word_describing_a_person_is_cut_from_the_start_of_their_name(nlp, text, entities, after):
    doc = _repaired(nlp, "descriptions_cut_from_names", text, entities)
    assert [(e.text, e.label_) for e in doc.ents] == after


@pytest.mark.parametrize(
    ("text", "entities", "after"),
    [
        ("Mizuho Securities agreed. Mizuho’s Sato said so.",
         [("Mizuho Securities", "ORG"), ("Mizuho’s Sato", "PERSON")],
         [("Mizuho Securities", "ORG"), ("Mizuho", "ORG"), ("Sato", "PERSON")]),
        # the possessor is no body where the article names none it opens
        ("Mizuho’s Sato said so.", [("Mizuho’s Sato", "PERSON")], [("Sato", "PERSON")]),
        # a name begun at the possessive before it
        ("The defence ministry’s Kim said so.", [("’s Kim", "PERSON")], [("Kim", "PERSON")]),
    ],
)
def test_a_name_after_a_bodys_possessive_is_cut_there(nlp, text, entities, after):
    doc = _repaired(nlp, "names_cut_after_possessives", text, entities)
    assert [(e.text, e.label_) for e in doc.ents] == after


@pytest.mark.parametrize(
    ("text", "entities", "after"),
    [
        ("It was Luz Marina Zapata, 52, who spoke.", [("Luz Marina Zapata", "LOC")],
         [("Luz Marina Zapata", "PERSON")]),
        # no age: a number out of range, a digit of another script, or none
        ("It was Luz Marina Zapata, 520, who spoke.", [("Luz Marina Zapata", "LOC")],
         [("Luz Marina Zapata", "LOC")]),
        ("It was Luz Marina Zapata, ², who spoke.", [("Luz Marina Zapata", "LOC")],
         [("Luz Marina Zapata", "LOC")]),
        ("It was Luz Marina Zapata, who spoke.", [("Luz Marina Zapata", "LOC")], [("Luz Marina Zapata", "LOC")]),
    ],
)
def test_a_name_with_an_age_set_off_after_it_is_a_person(nlp, text, entities, after):
    doc = _repaired(nlp, "names_before_ages", text, entities)
    assert [(e.text, e.label_) for e in doc.ents] == after


@pytest.mark.parametrize(
    ("text", "entities", "after"),
    [
        ("Hurricane Delphine grew. Bell said Delphine would weaken.",
         [("Hurricane Delphine", "PERSON"), ("Bell", "PERSON"), ("Delphine", "PERSON", "last")],
         [("Hurricane Delphine", "EVENT"), ("Bell", "PERSON"), ("Delphine", "EVENT")]),
        # a name no storm has is left as it was
        ("Hurricane Delphine grew. Bell said Marie would go.",
         [("Hurricane Delphine", "EVENT"), ("Bell", "PERSON"), ("Marie", "PERSON")],
         [("Hurricane Delphine", "EVENT"), ("Bell", "PERSON"), ("Marie", "PERSON")]),
    ],
)
def test_a_storm_taken_for_a_person_is_an_event(nlp, text, entities, after):
    doc = _repaired(nlp, "storms_read_as_storms", text, entities)
    assert [(e.text, e.label_) for e in doc.ents] == after


@pytest.mark.parametrize(
    ("text", "entities", "after"),
    [
        ("A boat sank south of Crete. The minister flew to Crete on Monday.",
         [("Crete", "ORG"), ("Crete", "PERSON", "last")], [("Crete", "ORG"), ("Crete", "GPE")]),
        # nowhere where a person stands; not with a given name first, nor after 'faith in'
        ("A boat sank south of Crete. Crete said it was sad.",
         [("Crete", "ORG"), ("Crete", "PERSON", "last")], [("Crete", "ORG"), ("Crete", "PERSON")]),
        ("They met in Michael Pelletier on Monday.", [("Michael Pelletier", "PERSON")],
         [("Michael Pelletier", "PERSON")]),
        ("Voters lost faith in Tomasz Rybak.", [("Tomasz Rybak", "PERSON")], [("Tomasz Rybak", "PERSON")]),
    ],
)
def test_a_name_where_only_a_place_stands_is_a_place(nlp, text, entities, after):
    doc = _repaired(nlp, "places_read_as_places", text, entities)
    assert [(e.text, e.label_) for e in doc.ents] == after


@pytest.mark.parametrize(
    ("label", "after"),
    [
        ("PERSON", [("Co Offaly", "GPE")]),
        ("ORG", [("Co Offaly", "GPE")]),
    ],
)
def test_an_irish_county_is_a_place(nlp, label, after):
    text = "A former foster child from Co Offaly, who is now 22, said the report came as no surprise."
    doc = _repaired(nlp, "places_read_as_places", text, [("Co Offaly", label)])
    assert [(e.text, e.label_) for e in doc.ents] == after


def test_a_company_form_ending_a_name_is_no_county(nlp):
    doc = _repaired(nlp, "places_read_as_places", "Shares of Tokai Shoji Co rose.", [("Tokai Shoji Co", "ORG")])
    assert [(e.text, e.label_) for e in doc.ents] == [("Tokai Shoji Co", "ORG")]


@pytest.mark.parametrize(
    ("text", "entities", "after"),
    [
        ("Her barrister, Fiona Lambe KC, said so.", [("Fiona Lambe", "PERSON"), ("KC", "ORG")],
         [("Fiona Lambe KC", "PERSON")]),
        # not letters after another entity, nor other letters
        ("The BBC KC said so.", [("BBC", "ORG"), ("KC", "ORG")], [("BBC", "ORG"), ("KC", "ORG")]),
        ("Fiona Lambe BBC said so.", [("Fiona Lambe", "PERSON"), ("BBC", "ORG")],
         [("Fiona Lambe", "PERSON"), ("BBC", "ORG")]),
    ],
)
def test_letters_after_a_name_taken_for_a_body_are_the_names(nlp, text, entities, after):
    doc = _repaired(nlp, "names_keep_their_post_nominals", text, entities)
    assert [(e.text, e.label_) for e in doc.ents] == after


@pytest.mark.parametrize(
    ("text", "entities", "after"),
    [
        ("The Dutch Ministry of Justice and Security said so.", [("The Dutch Ministry of Justice", "ORG")],
         [("The Dutch Ministry of Justice and Security", "ORG")]),
        ("A spokesperson for the Department for Energy Security and Net Zero said so.",
         [("the Department for Energy Security", "ORG")],
         [("the Department for Energy Security and Net Zero", "ORG")]),
        # not a title and a name, nor another body, nor after a body of no portfolio
        ("The Ministry of Defence and Foreign Secretary David Lammy said so.",
         [("The Ministry of Defence", "ORG"), ("David Lammy", "PERSON")],
         [("The Ministry of Defence", "ORG"), ("David Lammy", "PERSON")]),
        ("The Department of Justice and Congress were told.",
         [("The Department of Justice", "ORG"), ("Congress", "ORG")],
         [("The Department of Justice", "ORG"), ("Congress", "ORG")]),
        ("Acme Holdings and Security said so.", [("Acme Holdings", "ORG")], [("Acme Holdings", "ORG")]),
    ],
)
def test_a_ministry_of_two_portfolios_joined_by_and_is_one_body(nlp, text, entities, after):
    doc = _repaired(nlp, "portfolios_joined_by_and", text, entities)
    assert [(e.text, e.label_) for e in doc.ents] == after


def _repaired(nlp, repair, text, entities):
    """`text` through every component but `repair`, with the recogniser's `entities`
    (text, label), or (text, label, "last") for the last occurrence, set by hand, then
    through `repair`."""
    doc = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        if name != repair:
            doc = component(doc)
    spans = []
    for entity, label, *last in entities:
        start = text.rindex(entity) if last else text.index(entity)
        spans.append(doc.char_span(start, start + len(entity), label=label))
    doc.ents = spans
    return nlp.get_pipe(repair)(doc)


NAME_PIECES = ["Ursula", "von", "der", "de", "la", "Leyen", "John", "Marcia", '"', "“", "”", "Cia", "Tig", "Price",
               "-", "—", "ROME", "Monday", "Germany", "General", "Motors", "said", ",", ".", "\n\n", "the", "nurse",
               "Kyiv", "Jordan", "Mr.", "Acme", "IMF", "Bas", "Name", ":", "AFSCME", "Local", "12", "a", "group",
               "City", "Council", "Duck-soo", "soo", "Speaker", "Chairman", "Attorney", "'s", "Office", "Solicitor",
               "Chief", "Constable", "Hurricane", "Storm", "Mizuho", "’s", "52", "²", "daughter", "in", "of",
               "south", "Crete", "KC", "Fellow", "Chilean", "Dutchman", "Ministry", "Justice", "and", "Security",
               "Company", "Association", "Choi", "Hye", "won", "Minister", "Employment", "Dame", "Notre", "Dean",
               "Windsor", "Opposition", "State", "for", "Major", "First", "Class", "calls", "itself", "Foods", "AS",
               "Oh", "Mi", "kyung", "(", ")", "AFP"]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(NAME_PIECES), max_size=30))
def test_the_entity_repairs_never_break_a_document(nlp, words):
    """Whatever the names, particles, nicknames and dashes, the pipeline's entity repairs
    leave entities that spaCy accepts (no overlap) and every entity holds a word."""
    doc = nlp(" ".join(words))
    assert all(any(not t.is_space for t in ent) for ent in doc.ents)


@pytest.mark.parametrize(
    ("text", "word", "dep"),
    [
        # a possessive ending after a word the parse read as an adjective: its owner
        ("says Rafael Castillo Ortega, the cooperative’s manager.", "cooperative", "poss"),
        # no possessive ending: the modifier stays one
        ("says Rafael Castillo Ortega, the cooperative manager.", "cooperative", "amod"),
    ],
)
def test_an_owner_the_parse_read_as_a_modifier_is_an_owner(nlp, text, word, dep):
    assert next(t for t in nlp(text) if t.text == word).dep_ == dep


@pytest.mark.parametrize(
    ("text", "entities", "after"),
    [
        # a given name (of the rarer names too) and a surname the recogniser took for a group
        ("Renata Oyelaran does as she is told.", [("Renata Oyelaran", "NORP")], [("Renata Oyelaran", "PERSON")]),
        ("Karim Osmani said no.", [("Karim Osmani", "NORP")], [("Karim Osmani", "PERSON")]),
        # not a faith, a group's plural or a nationality that a given name opens
        ("Roman Catholic bishops said no.", [("Roman Catholic", "NORP")], [("Roman Catholic", "NORP")]),
        ("Sunni Muslims said no.", [("Sunni Muslims", "NORP")], [("Sunni Muslims", "NORP")]),
        ("Christian Democrats said no.", [("Christian Democrats", "NORP")], [("Christian Democrats", "NORP")]),
        ("Jordan Israeli talks went on.", [("Jordan Israeli", "NORP")], [("Jordan Israeli", "NORP")]),
    ],
)
def test_a_name_taken_for_a_nationality_is_a_person(nlp, text, entities, after):
    doc = _repaired(nlp, "names_taken_for_nationalities", text, entities)
    assert [(e.text, e.label_) for e in doc.ents] == after


@pytest.mark.parametrize(
    ("text", "entities", "after"),
    [
        ('"It moved fast," Mrs Doughty said.', [('" Mrs Doughty', "PERSON")], [("Mrs Doughty", "PERSON")]),
        ("• Kuwait’s foreign minister spoke.", [("• Kuwait", "GPE")], [("Kuwait", "GPE")]),  # a list's bullet
        ("Kuwait’s foreign minister spoke.", [("Kuwait", "GPE")], [("Kuwait", "GPE")]),  # as it was
    ],
)
def test_an_entity_opens_with_no_quotation_mark_or_bullet(nlp, text, entities, after):
    doc = _repaired(nlp, "entities_without_quote_marks", text, entities)
    assert [(e.text, e.label_) for e in doc.ents] == after


@pytest.mark.parametrize(
    ("text", "entities", "after"),
    [
        ("Ieva Stankevičienė spoke last.", [("Ieva Stankevičienė", "FAC")], [("Ieva Stankevičienė", "PERSON")]),
        ("Vlasta Kratochvílová ruled.", [("Vlasta Kratochvílová", "ORG")], [("Vlasta Kratochvílová", "PERSON")]),
        # a Polish woman's form only after a given name of the tables: not a place of that ending
        ("Anna Kowalska spoke last.", [("Anna Kowalska", "ORG")], [("Anna Kowalska", "PERSON")]),
        ("Western Nebraska voted last.", [("Western Nebraska", "LOC")], [("Western Nebraska", "LOC")]),
        # words in no entity, an Icelandic woman's patronymic last: not one such word alone
        ("Ragnheiður Ósk Magnúsdóttir was eleven.", [], [("Ragnheiður Ósk Magnúsdóttir", "PERSON")]),
        ("Magnúsdóttir was eleven.", [], []),
    ],
)
def test_a_womans_own_form_of_surname_names_a_person(nlp, text, entities, after):
    doc = _repaired(nlp, "women_named_by_their_surnames", text, entities)
    assert [(e.text, e.label_) for e in doc.ents] == after


@pytest.mark.parametrize(
    ("text", "noun", "head"),
    [
        # each piece a subject to the parse, 'the' hung on the first: one noun, the subject
        ('"It was wrong," the vice-president told reporters.', "president", "told"),
        ('"He was given food," the sub-inspector told this newspaper.', "inspector", "told"),
        ('"It was wrong," the co-founder said.', "founder", "said"),
    ],
)
def test_a_role_noun_opened_over_a_hyphen_is_one_noun(nlp, text, noun, head):
    doc = nlp(text)
    word = next(t for t in doc if t.text == noun)
    assert (word.head.text, word.dep_) == (head, "nsubj")
    assert [t.head.i for t in doc[word.i - 3:word.i]] == [word.i] * 3


def test_a_verb_opened_over_a_hyphen_keeps_its_parse(nlp):
    text = "Dr Nia Roberts, a lecturer who co-authored the report, spoke."
    with nlp.select_pipes(disable=["hyphened_roles_read_whole"]):
        before = [(t.dep_, t.head.i) for t in nlp(text)]
    assert [(t.dep_, t.head.i) for t in nlp(text)] == before


@pytest.mark.parametrize(
    ("repair", "entities", "after"),
    [
        # left unmarked, or taken with the title for a body
        ("names_after_titles", [("Sheriff Morag MacIver", "PERSON")],
         [("Sheriff Morag MacIver", "PERSON"), ("MacIver", "PERSON")]),
        ("names_after_titles_in_bodies", [("Sheriff Morag MacIver", "PERSON"), ("Sheriff MacIver", "ORG", "last")],
         [("Sheriff Morag MacIver", "PERSON"), ("MacIver", "PERSON")]),
    ],
)
def test_a_title_and_the_surname_of_someone_named_in_full_is_that_surname(nlp, repair, entities, after):
    text = "Sheriff Morag MacIver ruled on it.\n\nLater Sheriff MacIver found that it was reasonable."
    doc = _repaired(nlp, repair, text, entities)
    assert [(e.text, e.label_) for e in doc.ents] == after


def test_a_title_and_a_surname_no_one_carries_is_left_as_it_was(nlp):
    text = "Sheriff Morag MacIver ruled on it.\n\nLater Sheriff Dunbar found that it was reasonable."
    doc = _repaired(nlp, "names_after_titles", text, [("Sheriff Morag MacIver", "PERSON")])
    assert [(e.text, e.label_) for e in doc.ents] == [("Sheriff Morag MacIver", "PERSON")]


@pytest.mark.parametrize(
    ("text", "entities", "after"),
    [
        ("At the rally, Pieter-Jan Vanhaecke, chairman of the union, spoke.", [("Pieter-Jan Vanhaecke", "DATE")],
         [("Pieter-Jan Vanhaecke", "PERSON")]),
        # a day's or month's name in it: a date
        ("May Day marches were held.", [("May Day", "DATE")], [("May Day", "DATE")]),
        ("Anna Monday was busy.", [("Anna Monday", "DATE")], [("Anna Monday", "DATE")]),
    ],
)
def test_a_given_name_and_capitalised_words_taken_for_a_date_are_a_persons_name(nlp, text, entities, after):
    doc = _repaired(nlp, "names_taken_for_dates", text, entities)
    assert [(e.text, e.label_) for e in doc.ents] == after


@pytest.mark.parametrize(
    ("text", "entities", "after"),
    [
        # a given name alone taken for a place, then a hyphened surname in no entity
        ("Poland’s Marta Wiśniewska-Kowal, who finished fourth, is in line.", [("Poland", "GPE"), ("Marta", "GPE")],
         [("Poland", "GPE"), ("Marta Wiśniewska-Kowal", "PERSON")]),
        # not a date's words
        ("Poland’s Marta Wiśniewska-Kowal, who finished fourth, is in line.", [("Marta", "DATE")],
         [("Marta", "DATE")]),
    ],
)
def test_a_given_name_before_a_hyphened_surname_left_out_opens_a_name(nlp, text, entities, after):
    doc = _repaired(nlp, "names_keep_hyphened_endings", text, entities)
    assert [(e.text, e.label_) for e in doc.ents] == after


@pytest.mark.parametrize(
    ("text", "entities", "after"),
    [
        # one word after a noun in small letters, an age set off after it
        ("Indonesian chief cook Sutrisno, 52, said supplies were short.", [("Sutrisno", "GPE")],
         [("Sutrisno", "PERSON")]),
        # not after any other word
        ("The crew reached Surabaya, 52, on Monday.", [("Surabaya", "GPE")], [("Surabaya", "GPE")]),
    ],
)
def test_one_word_after_a_noun_in_small_letters_with_an_age_is_a_name(nlp, text, entities, after):
    doc = _repaired(nlp, "names_before_ages", text, entities)
    assert [(e.text, e.label_) for e in doc.ents] == after


@pytest.mark.parametrize(
    ("text", "entities", "after"),
    [
        # the last portfolio of a list after an 'and' right after the body's name
        ("A spokeswoman for the Ministry of Ecology, Environmental Protection and Climate Change spoke.",
         [("the Ministry of Ecology, Environmental Protection", "ORG")],
         [("the Ministry of Ecology, Environmental Protection and Climate Change", "ORG")]),
        ("The Ministry of Agriculture, Forestry and Fisheries said it would act.",
         [("The Ministry of Agriculture, Forestry", "ORG")],
         [("The Ministry of Agriculture, Forestry and Fisheries", "ORG")]),
    ],
)
def test_a_ministrys_portfolios_listed_with_commas_are_one_body(nlp, text, entities, after):
    doc = _repaired(nlp, "entities_split_at_commas", text, entities)
    doc = nlp.get_pipe("portfolios_joined_by_and")(doc)
    assert [(e.text, e.label_) for e in doc.ents] == after


def test_a_who_clause_hung_on_a_place_after_a_persons_noun_is_the_persons(nlp):
    doc = nlp("A senior police official in Toulouse, who asked not to be named, was blunt.")
    asked = next(t for t in doc if t.text == "asked")
    assert (asked.head.text, asked.dep_) == ("official", "relcl")


@pytest.mark.parametrize(
    ("text", "entities", "after"),
    [
        # the capitalised words before a patronymic, whatever the recogniser made of them
        ("Aizada Bolotbek kyzy has learned to cook.", [("Aizada", "ORG"), ("Bolotbek", "PRODUCT")],
         [("Aizada Bolotbek kyzy", "PERSON")]),
        ("said Nurlan Almazbek uulu, who runs a bakery.", [("Nurlan Almazbek", "PERSON")],
         [("Nurlan Almazbek uulu", "PERSON")]),
        # not after a word in small letters
        ("the old uulu said.", [], []),
    ],
)
def test_a_patronymic_word_ends_the_name_before_it(nlp, text, entities, after):
    doc = _repaired(nlp, "patronymics_kept_in_names", text, entities)
    assert [(e.text, e.label_) for e in doc.ents] == after
