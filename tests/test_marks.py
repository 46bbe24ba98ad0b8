"""Quotation-mark pairing over raw text, and whether a quote is full or partial."""

import pytest

from service.quotes.marks import find_quotes, quote_kind


def quoted(text, min_words=1):
    return [text[c.start:c.end] for c in find_quotes(text, min_words)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We will win," she said.', ["We will win,"]),
        ("“We will win,” she said.", ["We will win,"]),
        ("«Nous gagnerons», a-t-il dit.", ["Nous gagnerons"]),
        ("‘We will win,’ she said.", ["We will win,"]),
        ('He said: "One. Two. Three."', ["One. Two. Three."]),
        ('"A," she said, "B."', ["A,", "B."]),
        # apostrophes are not closing single quotes
        ("She said ‘they don’t know the players’ union at all’ today.", ["they don’t know the players’ union at all"]),
        ("It’s Trump’s view, he said.", []),
        # single quotes inside double quotes are not quotes of their own
        ('"He told me ‘go home now’ twice," she said.', ["He told me ‘go home now’ twice,"]),
        # mixed marks pair by direction
        ('“We will win," she said.', ["We will win,"]),
        # a quote inside a quote belongs to it, in either style
        ('"I will read the question: “Do you know it rained?” Forty, yes."', ["I will read the question: “Do you know it rained?” Forty, yes."]),
        ("“I’d rather sail in what he calls “chaos” than stay,” she said.", ["I’d rather sail in what he calls “chaos” than stay,"]),
        # straight single quotes where they are the only marks, as typed or stripped to ASCII;
        # apostrophes ('Starmer's', 'MPs' pay', ''90s') are no marks
        ("'We will win,' Starmer's aide said. 'MPs' pay in the '90s was low.'",
         ["We will win,", "MPs' pay in the '90s was low."]),
        ("She accused him of 'hiding the truth' today.", ["hiding the truth"]),
        # beside double marks, or two of them standing for one, they are quotes inside quotes
        ('"He told me \'go home now\' twice," she said.', ["He told me 'go home now' twice,"]),
        ("''He told me 'go home now' twice,'' she said.", []),
        # ... unless speech is set in them, its tag after a comma, twice outside the doubles:
        # British style, the doubles inside or beside them
        ("'We have tried everything,' he said. 'They will not move.'\n\nShe called it \"very serious\". "
         "'This was predictable,' she told the BBC.",
         ["We have tried everything,", "They will not move.", "very serious", "This was predictable,"]),
        ("'He told me \"never\",' she said. 'I left,' she added.", ['He told me "never",', "I left,"]),
        ("She called it \"very serious\". 'This was predictable,' she told the BBC. 'Lessons' were learned.",
         ["very serious"]),
        ('"She told me, \'do it now,\' and left. She said, \'go home,\' then wept," he said.',
         ["She told me, 'do it now,' and left. She said, 'go home,' then wept,"]),
        # inner white space trimmed; empty quotes dropped
        ('" We will win " she said. "" ok', ["We will win"]),
        ("No quotes at all.", []),
    ],
)
def test_pairs(text, expected):
    assert quoted(text) == expected


def test_quote_running_over_paragraphs():
    text = '"First paragraph of the quote.\n"Second paragraph," he said.'
    assert quoted(text) == ["First paragraph of the quote.", "Second paragraph,"]
    first = find_quotes(text)[0]
    assert first.close_mark is None


@pytest.mark.parametrize(
    "text",
    [
        'Then "a stray opener, "a closed one here," she said.',
        'A stray closer” then "a closed one here," she said.',
        '"Opened, "a closed one here," she said.',
    ],
)
def test_unbalanced_mark_costs_only_its_quote(text):
    assert quoted(text) == ["a closed one here,"]


def test_quote_running_over_paragraphs_holds_its_inner_quotes():
    text = '"First paragraph with “inner words here” in it.\n"Second paragraph."'
    assert quoted(text) == ["First paragraph with “inner words here” in it.", "Second paragraph."]


def test_quote_whose_close_mark_was_left_out_runs_to_its_paragraph_end():
    text = 'Ruiz spoke. “The budget has doubled since the storm\nShe went on, "We will cut it by half."'
    assert quoted(text) == ["The budget has doubled since the storm", "We will cut it by half."]
    assert find_quotes(text)[0].close_mark is None


def test_stray_mark_of_left_over_markup_opens_no_quote():
    assert quoted('<tweet tweet-date="May 2, 2019\n">Harbor rally tonight. Half the seats are empty.') == []


def test_offsets_are_python_string_offsets():
    text = "Ünïcödé 🙂 “We will win,” she said."
    (candidate,) = find_quotes(text)
    assert text[candidate.start:candidate.end] == "We will win,"
    assert text[candidate.open_mark] == "“" and text[candidate.close_mark] == "”"


@pytest.mark.parametrize(("min_words", "expected"), [(1, ["scare", "two words", "now three words"]), (3, ["now three words"])])
def test_min_words(min_words, expected):
    assert quoted('a "scare" and "two words" and "now three words"', min_words) == expected


def test_thousands_of_marks_do_not_blow_up():
    text = '"' * 5000 + " word " * 10
    assert isinstance(find_quotes(text), list)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said on Channel 9\'s "Good Morning Harbor" that "we will not back down."', ["we will not back down."]),
        ("the “War On Drugs” began, and “this is a war we lose” he said", ["this is a war we lose"]),
        # speech in title case still counts when it exclaims or asks
        ('The crowd chanted "Lock Her Up!" and "Who Is Next?"', ["Lock Her Up!", "Who Is Next?"]),
        # attribute values in left-over markup
        ('<tweet pic="pic dot twitter dot com" author="someone">', []),
        # a headline with its byline, in a newsletter's list of reads
        ('READS—"Port board weighs a backup plan for the harbor," by the Gazette\'s Ann Ruiz: "The board met."',
         ["The board met."]),
        # but not a partial quote with its agent, nor a possessive that names no writer
        ('It was "unprompted and undeserved," by Baker\'s own account.', ["unprompted and undeserved,"]),
        ('They were "nauseated and terrified" by the Gazette\'s reporting.', ["nauseated and terrified"]),
        # words in title case that open their sentence and end in a comma before a tag are said
        ('Baker said the fix fell short.\n\n"It\'s a Band-Aid," Baker said.', ["It's a Band-Aid,"]),
        ('"Anybody but Lopez," was another.', ["Anybody but Lopez,"]),
        # not a title inside a sentence, nor one a clause describes
        ('He appeared on "Face the Nation," the CBS program, on Sunday.', []),
        ('"Meet the Press," which airs on Sundays, drew 3 million viewers.', []),
        ('"Meet the Press." It drew 3 million viewers.', []),
        # a longer title, or one that asks, where a work's noun, 'entitled' or a publication introduces it
        ('The report, "Odds Against: Young Men and Online Gambling in Ireland", found one in five at risk.', []),
        ('One sermon, entitled "The Duties of the Believer in a Land of Disbelief", urged them to leave.', []),
        ('The vote follows the publication last year of "Safe in Our Hands?", an independent review.', []),
        ('The council published its "Plan for the Harbor and the Old Town Through the Year 2040" on Monday.', []),
        # a title in its own language, its small words in French, Spanish or Portuguese, or elided
        ('His memoir, "Le Prix du Cobalt", sold well. She directed "Energia para o Futuro" and "Corazón de Arena".',
         []),
        ('The jury gave the film the "Mimosa d\'Or." It was a surprise.', []),
        # in sentence case, as other languages write titles, right after a work's noun; and its
        # translation in brackets after it
        ('Her 2023 book “Hafen ohne Hände” (“Port without Hands”) sold well.', []),
        ('The council\'s annual report, “El Cava en xifres”, came out on Monday.', []),
        # but not a short answer whose English words are all capitalised or small ('do' is no small word)
        ('Graham shook his head. "Neither do I."', ["Neither do I."]),
        # but not words in sentence case after a work's noun, nor a long stretch in title case with no noun before it
        ('She wrote in the report, "We found no evidence of any wrongdoing at the port."',
         ["We found no evidence of any wrongdoing at the port."]),
        ('The banner read "Save Our Harbor From the Developers and Their Friends on the Council" all week.',
         ["Save Our Harbor From the Developers and Their Friends on the Council"]),
    ],
)
def test_titles_and_markup_are_not_quotes(text, expected):
    assert quoted(text) == expected


def test_words_are_counted_as_the_gold_data_counts_them():
    assert quoted("“It’s finished,” she said.", 3) == ["It’s finished,"]


KINDS = {
    "quoted sentence after a colon": ('Maria Lopez said: "We will not back down."', ["full"]),
    "words embedded in paraphrase": ('Maria Lopez called the plan "a complete and total failure" on Monday.', ["partial"]),
    "reported after that": ('Maria Lopez said that, "Of course we will not back down" today.', ["partial"]),
    "writer's sentence runs on after the quote": (
        '"We will not back down," Maria Lopez said. "You squeezed the workers hard" to cut costs, she added.',
        ["full", "partial"]),
    "second half of a split quote": ('"We will not back down," Maria Lopez said, "not this time, not ever."', ["full", "full"]),
    "lower-case tail with no tag before it": ('Maria Lopez said it was "a complete and total failure."', ["partial"]),
}


@pytest.mark.parametrize(("text", "kinds"), KINDS.values(), ids=KINDS.keys())
def test_kind(text, kinds):
    stretches = find_quotes(text)
    assert [quote_kind(text, stretches, c) for c in find_quotes(text, 3)] == kinds
