"""The scripts that write lexicon files from public data."""

import json

from scripts import places
from service.quotes import lexicon


def test_places_lists_countries_capitals_states_and_great_cities(tmp_path, capsys):
    (tmp_path / "countries.json").write_text(json.dumps({
        "UA": {"name": "Ukraine", "capital": "Kyiv"},
        "AQ": {"name": "Antarctica", "capital": ""},
    }))
    (tmp_path / "us_states.json").write_text(json.dumps({"OH": {"name": "Ohio"}}))
    (tmp_path / "cities15000.json").write_text(json.dumps({
        "1": {"name": "Kharkiv", "population": 1_430_000},
        "2": {"name": "Dunmore", "population": 13_000},
    }))
    assert places.main([str(tmp_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    names = [line for line in lines if not line.startswith("#")]
    assert names == ["Antarctica", "Kharkiv", "Kyiv", "Ohio", "Ukraine"]  # sorted; no empty capital
    assert any("1,000,000" in line for line in lines if line.startswith("#"))


def test_the_places_lexicon_holds_what_the_script_writes():
    # the file as committed: a header of comments, then names one a line
    assert {"Kyiv", "Ukraine", "Ohio", "Beijing"} <= lexicon.load().places
