"""Who speaks for a cue, on parses bent the way the parser sometimes has them: a cue's
subject, the word beside a cue with none, and the Speaker a word makes."""

import pytest

from service.quotes import lexicon
from service.quotes.article import Article
from service.quotes.marks import find_quotes
from service.quotes.speakers import _prepositional, is_passive, named_after, speaker_of, subject_beside
from tests.test_people import with_entities


def beside(doc, cue):
    """The Article over `doc`, and the word `subject_beside` takes as the speaker of its first quote
    for the reporting verb written `cue` (called whatever the parse gave that verb)."""
    candidates = find_quotes(doc.text, 3)
    article = Article(doc, candidates, lexicon.load(), doc.text)
    verb = next(t for t in doc if t.text == cue)
    return article, subject_beside(article, verb, candidates[0])


def test_a_cue_with_no_subject_passes_over_a_whole_name_in_a_possessive(nlp):
    doc = nlp('Harbor Gazette columnist Tom Baker, in an effort to draw notice to Maria Lopez’s lack of town halls, '
              'wrote, “The mayor, famously guarded, took a grand total of six questions in May.”')
    _, head = beside(doc, "wrote")
    assert head.text == "Baker"  # not "Maria" of "Maria Lopez's"


def test_a_cue_with_no_subject_takes_a_body_over_the_person_who_owns_it(nlp):
    doc = nlp("Maria Lopez lost the count. Lopez’s campaign on Friday called the tally “a rush to judgment,” again.")
    owner, campaign = doc[6], doc[8]
    owner.pos_, owner.tag_, owner.head, owner.dep_ = "PROPN", "NNP", campaign, "poss"  # as the parser often has it
    article, head = beside(doc, "called")
    assert (head.text, speaker_of(article, head).name) == ("campaign", "Lopez campaign")  # not Lopez


def test_a_name_the_recogniser_missed_leaves_out_the_end_of_a_hyphenated_title(nlp):
    doc = nlp('"We have a real problem with the new contract," said United Dock Workers Secretary-Treasurer Gary Lott.')
    doc.ents = [e for e in doc.ents if e.label_ != "PERSON"]  # as the recogniser sometimes has it
    article, _ = beside(doc, "said")
    speaker = speaker_of(article, next(t for t in doc if t.text == "Lott"))
    assert (speaker.name, speaker.role, speaker.mention.text) == ("Gary Lott", "Secretary-Treasurer", "Gary Lott")


def test_a_lower_case_word_the_tagger_took_for_a_proper_noun_is_no_name(nlp):
    # no one named before it: a person noun would refer back to them ('the businessman said')
    doc = nlp("The port changed hands last year.\n\n“The harbor was my whole life,” the retired shipping mogul "
              "told reporters.")
    mogul = next(t for t in doc if t.text == "mogul")
    mogul.pos_, mogul.tag_ = "PROPN", "NNP"  # as the tagger sometimes has it
    article, _ = beside(doc, "told")
    speaker = speaker_of(article, mogul)
    assert (speaker.name, speaker.mention.text) == (None, "the retired shipping mogul")


def test_a_cue_with_no_subject_after_a_short_quote_takes_the_name_after_it(nlp):
    doc = nlp('"The trouble," said Tom Baker, an analyst at the port, "is that the harbor keeps losing money."')
    said, baker, is_ = (next(t for t in doc if t.text == word) for word in ("said", "Baker", "is"))
    baker.head, said.head, said.dep_ = is_, is_, "parataxis"  # as the parser sometimes has it: no subject for 'said'
    _, head = beside(doc, "said")
    assert head.text == "Baker"  # not 'trouble', a word of the quote too short to be one of the article's


def test_a_cue_with_no_subject_after_a_quote_takes_the_phrase_before_a_long_aside(nlp):
    doc = nlp('“The officers feel enormous strain and are working around the clock,” a police source, who asked '
              'that his name be kept out of the story, told Channel 9 News.')
    source, are = next(t for t in doc if t.text == "source"), next(t for t in doc if t.text == "are")
    source.head, source.dep_ = are, "attr"  # as the parser sometimes has it: the subject inside the quote
    _, head = beside(doc, "told")
    assert head.text == "source"  # not 'News', whom the source told


def test_a_person_named_to_describe_someone_else_is_not_the_speaker(nlp):
    doc = with_entities(nlp('Maria Lopez spoke. "Nonsense," wrote a Lopez supporter who runs a blog. "What do '
                            'they know about ships?"'), [("Maria Lopez", "PERSON"), ("Lopez", "PERSON", "last")])
    article, _ = beside(doc, "wrote")
    wrote = next(t for t in doc if t.text == "wrote")
    assert named_after(article, wrote).text == "supporter"  # not Lopez


def test_a_contracted_has_is_not_a_passive(nlp):
    doc = nlp("She’s said it before. She was asked it before.")
    for sentence in doc.sents:
        subject, aux, verb = sentence[0], sentence[1], sentence[2]
        subject.head, subject.dep_, aux.head, aux.dep_ = verb, "nsubjpass", verb, "auxpass"  # as the parser may have it
    assert [is_passive(sentence[2]) for sentence in doc.sents] == [False, True]


def test_a_mass_quantifier_with_its_phrase_is_no_subject(nlp):
    much, *_ = nlp("Much of her ire was directed at Baker.")
    assert _prepositional(much)


NAMES_ENDING_A_TITLE = {
    "a list of portfolios after the office": (
        '"We will cut emissions," Minister for Climate, Energy and Utilities Jens Dalsgaard told the Folketing.',
        ("Jens Dalsgaard", "Minister for Climate, Energy and Utilities")),
    "two portfolios before the office": (
        '"We are turning the page," Public Works and Transport Minister Walid Sfeir told reporters.',
        ("Walid Sfeir", "Public Works and Transport Minister")),
}


@pytest.mark.parametrize(("text", "speaker"), NAMES_ENDING_A_TITLE.values(), ids=NAMES_ENDING_A_TITLE.keys())
def test_the_name_ending_a_title_the_parse_took_the_subject_from_speaks_with_the_title_as_role(extractor, text,
                                                                                               speaker):
    # The parse may hang the name on a word of the title as its conjunct: the title's word is
    # no one's name.
    (quote,) = extractor(text)
    assert (quote.speaker.name, quote.speaker.role) == speaker


def test_a_name_set_off_after_a_title_keeps_the_title_as_its_role(extractor):
    (quote,) = extractor('The Minister of State for Sport, Catherine Nolan, posted that the contracts were "a landmark '
                         'for women\'s sport in Ireland" on Monday.')
    assert (quote.speaker.name, quote.speaker.role) == ("Catherine Nolan", "Minister of State")


def test_a_word_of_the_name_the_recogniser_left_out_is_no_title(extractor):
    (quote,) = extractor('High Court judge Datuk Nor Azlina Mohd Yusof ruled on Friday. "The prosecution has proven '
                         'its case beyond reasonable doubt," Justice Nor Azlina said.')
    assert quote.speaker.role is None  # not 'Justice Nor' (the name itself is still cut to 'Azlina')
