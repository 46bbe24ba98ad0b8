"""The records' JSON-ready form: every field, nested records as dicts, details only when asked."""

import pytest

from service.quotes import DETAILS, Quote, Span, Speaker

SAID = Span("said", 30, 34)
BAKER = Speaker("Tom Baker", "Mayor", "Harbor City", Span("Baker", 24, 29))


@pytest.mark.parametrize("quote, include, expected", [
    (Quote("We will win", 1, 12, BAKER, SAID, "full", "syntax"), (),
     {"text": "We will win", "start": 1, "end": 12,
      "speaker": {"name": "Tom Baker", "role": "Mayor", "affiliation": "Harbor City",
                  "mention": {"text": "Baker", "start": 24, "end": 29}},
      "cue": {"text": "said", "start": 30, "end": 34}}),
    (Quote("We will win", 1, 12, None, None, "partial", None), DETAILS,
     {"text": "We will win", "start": 1, "end": 12, "speaker": None, "cue": None, "kind": "partial", "rule": None}),
    (Quote("We will win", 1, 12, Speaker(None, "spokesman", None, None), SAID, "full", "nearby"), ("rule",),
     {"text": "We will win", "start": 1, "end": 12,
      "speaker": {"name": None, "role": "spokesman", "affiliation": None, "mention": None},
      "cue": {"text": "said", "start": 30, "end": 34}, "rule": "nearby"}),
])
def test_to_dict(quote, include, expected):
    data = quote.to_dict(include)
    assert data == expected
    assert list(data) == list(expected)  # in the order of the fields, as the answers print them
