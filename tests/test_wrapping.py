"""Text hard-wrapped at a width: its paragraphs' lines joined before reading."""

import pytest

from service.batch import pipe_quotes
from service.quotes.wrapping import is_hard_wrapped, unwrap

WRAPPED = (
    "WASHINGTON (Reuters) - The Federal Reserve held interest rates steady on\n"
    "Wednesday but signaled it could cut them as soon as September, as inflation\n"
    "cools.\n"
    "\n"
    '"We are getting closer to the point at which it will be appropriate to\n'
    'reduce our policy rate," Fed Chair Jerome Powell told reporters after the\n'
    'two-day meeting. "But we are not quite there yet."\n'
    "\n"
    'Markets rallied on the news. "This is the green light investors have been\n'
    'waiting for," said Ellen Zentner, chief economist at Morgan Stanley.\n'
)


@pytest.mark.parametrize(
    ("text", "wrapped"),
    [
        (WRAPPED, True),
        (WRAPPED.replace("\n", "\r\n"), True),
        # a paragraph a line: its lines end in closing punctuation
        ('"We will win," she said.\nThe vote is on Friday.\n"It is close," he said.\nPolls open at 7.\n', False),
        # too few breaks inside paragraphs to tell
        ("Headline Without A Stop\n\nBy Maria Lopez\nHarbor Times\n\nThe vote is on Friday.", False),
        # a line longer than any wrapping width
        ("word " * 30 + "\nmore words here\nand more words\nand yet more\n", False),
    ],
)
def test_is_hard_wrapped(text, wrapped):
    assert is_hard_wrapped(text) is wrapped


def test_unwrap_joins_a_paragraphs_lines_and_keeps_every_offset():
    for text in (WRAPPED, WRAPPED.replace("\n", "\r\n")):
        flowing = unwrap(text)
        assert len(flowing) == len(text)
        paragraphs = [p for p in flowing.replace("\r", "").split("\n\n") if p.strip()]
        assert len(paragraphs) == 3 and all("\n" not in p.strip() for p in paragraphs)


def test_text_that_is_not_wrapped_is_returned_as_it_is():
    text = '"We will win," she said.\nThe vote is on Friday.\n'
    assert unwrap(text) is text


def test_a_quote_and_its_tag_over_line_breaks_are_read_as_one(extractor):
    quotes = extractor(WRAPPED)
    assert [(q.speaker.name, q.cue.text) for q in quotes] == [
        ("Jerome Powell", "told"), ("Jerome Powell", "told"), ("Ellen Zentner", "said")]
    # spans and texts are the article's own, line breaks and all
    for q in quotes:
        assert WRAPPED[q.start:q.end] == q.text
        assert WRAPPED[q.speaker.mention.start:q.speaker.mention.end] == q.speaker.mention.text
        assert WRAPPED[q.cue.start:q.cue.end] == q.cue.text
    assert quotes[2].text == "This is the green light investors have been\nwaiting for,"


def test_a_batch_reads_wrapped_text_as_one_text_does(nlp, extractor):
    one = [q.to_dict() for q in extractor(WRAPPED)]
    assert list(pipe_quotes(nlp, [WRAPPED, WRAPPED])) == [one, one]
