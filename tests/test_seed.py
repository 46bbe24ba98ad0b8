"""The seed article: the answer the project started from, exactly."""

import json

from tests.conftest import SEED


def test_seed_answer_is_exact(extractor):
    text = SEED.with_suffix(".txt").read_text(encoding="utf-8")
    expected = json.loads(SEED.with_suffix(".expected.json").read_text(encoding="utf-8"))
    assert {"quotes": [q.to_dict() for q in extractor(text)]} == expected


def test_seed_speakers(extractor):
    text = SEED.with_suffix(".txt").read_text(encoding="utf-8")
    speakers = [(q.speaker.name, q.speaker.role, q.speaker.affiliation) for q in extractor(text)]
    assert speakers == [
        ("Annalena Baerbock", "Foreign Minister", "Germany"),
        ("Karine Jean-Pierre", "Press Secretary", "White House"),
    ]
