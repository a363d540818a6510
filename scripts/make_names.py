#!/usr/bin/env python3
# Regenerates data/given-names.txt, data/given-name-genders.txt and data/surnames.txt from the Python packages
# `names` and `gender-guesser`.
# Usage (from the repository root): pip install names==0.3.0 gender-guesser==0.4.0 wordfreq==3.1.1 && python3 scripts/make_names.py
# Output is deterministic: the same package versions give byte-identical files.
"""Build the given-name and surname lists used to recognise people in news text."""

import wordfreq
import os
import re
import sys
import unicodedata
from importlib import metadata
from importlib.util import find_spec

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "data")
COMMAND = "pip install names==0.3.0 gender-guesser==0.4.0 wordfreq==3.1.1 && python3 scripts/make_names.py"
SURNAME_MAX_RANK = 40000

# A plain given name: letters, optionally joined by single hyphens or apostrophes
# ("Jean-Pierre", "Ken'ichi"). Entries with '+' (Arabic/Chinese/Korean compounds
# such as "Abdel+Aziz") are left out, as are single letters.
PLAIN_NAME = re.compile(r"^[^\W\d_]+(?:[-'][^\W\d_]+)*$")


def package_file(package, *parts):
    spec = find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        sys.exit(f"make_names.py: Python package '{package}' is not installed; run: {COMMAND}")
    return os.path.join(list(spec.submodule_search_locations)[0], *parts)


def census_rows(path):
    """Rows of a 1990 Census file: NAME FREQ CUMFREQ RANK (names in capitals)."""
    with open(path, encoding="ascii") as f:
        for line in f:
            fields = line.split()
            if not fields:
                continue
            name, freq, cum, rank = fields
            yield name, float(freq), float(cum), int(rank)


def census_case(name):
    """SMITH -> Smith, MCDONALD -> Mcdonald (capitals are all the Census gives)."""
    return name[:1] + name[1:].lower()


def nam_dict_entries(path):
    """(name, code) for each name of Jörg Michael's nam_dict.txt (UTF-8 in gender-guesser 0.4.0), code
    its first column ("M", "F", "?M", "1F", "?"…, "=" for a line pairing a short form with its full form,
    both names)."""
    with open(path, encoding="utf-8") as f:
        for raw in f:
            line = raw.rstrip("\r\n")
            if not line or line.startswith("#"):
                continue
            fields = line.split()
            candidates = fields[1:3] if fields[0] == "=" else fields[1:2]
            for name in candidates:
                yield unicodedata.normalize("NFC", name), fields[0]


def nam_dict_names(path):
    """Plain given names from nam_dict.txt."""
    for name, _ in nam_dict_entries(path):
        yield name


def folded(name):
    """The key Sayso compares names by (SaysoCore's nameKey): lower case, accents folded."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def nam_dict_shares(path):
    """{casefolded name: {"m": share, "f": share}} from nam_dict.txt's frequency columns: each country's
    frequency is a hexadecimal digit on a scale of doubling steps (1 rare, D extremely common), so a line's
    share is the sum of 2**digit over its countries. A line coded male ("M", "?M", "1M") or female ("F",
    "?F", "1F") adds its share to that gender, a unisex line ("?") to both."""
    shares = {}
    with open(path, encoding="utf-8") as f:
        for raw in f:
            if raw.startswith("#") or not raw.strip():
                continue
            code = raw.split()[0]
            if code == "=":
                continue
            name = unicodedata.normalize("NFC", raw[3:29].strip())
            # the countries' columns start at column 31 (Great Britain) and end before the "$"
            share = sum(2.0 ** int(c, 16) for c in raw[30:].split("$")[0] if c in "123456789ABCD")
            side = {"M": "m", "?M": "m", "1M": "m", "F": "f", "?F": "f", "1F": "f"}.get(code)
            entry = shares.setdefault(name.casefold(), {"m": 0.0, "f": 0.0})
            for gender in (side,) if side else ("m", "f"):
                entry[gender] += share
    return shares


def write_list(path, header, entries):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for line in header:
            f.write(("# " + line).rstrip() + "\n")
        for entry in entries:
            f.write(entry + "\n")


def main():
    names_version = metadata.version("names")
    gg_version = metadata.version("gender-guesser")

    # --- given names ---------------------------------------------------------
    census_first = set()
    for fname in ("dist.male.first", "dist.female.first"):
        for name, _, _, _ in census_rows(package_file("names", fname)):
            census_first.add(census_case(name))
    michael = set()
    skipped = set()
    # nam_dict's short Asian names include English words ("The", "He", "Due", "Can"); a nam_dict-only
    # name that is one of the 2,000 most frequent English words (wordfreq) is left out. The Census
    # lists are American given names and are kept whole ("Will", "Mark").
    census_keys = {n.casefold() for n in census_first}
    frequent = set(wordfreq.top_n_list("en", 2000))
    for name in nam_dict_names(package_file("gender_guesser", "data", "nam_dict.txt")):
        if name.casefold() in frequent and name.casefold() not in census_keys:
            skipped.add(name)
        elif PLAIN_NAME.match(name):
            michael.add(name)
        else:
            skipped.add(name)

    # One entry per name, compared case-insensitively; nam_dict's spelling wins over
    # the Census capitals (it keeps "DeAndre", "McKenzie"), else the smallest spelling.
    chosen = {}
    for source_rank, pool in ((0, michael), (1, census_first)):
        for name in pool:
            if len(name) < 2:
                continue
            key = name.casefold()
            cand = (source_rank, name)
            if key not in chosen or cand < chosen[key]:
                chosen[key] = cand
    given = sorted(name for _, name in chosen.values())

    given_header = [
        "given-names.txt: given (first) names, for recognising people in news text (Sayso).",
        "",
        "Provenance:",
        f"  - Python package `names` {names_version} (PyPI), files dist.male.first and dist.female.first:",
        "    the US Census Bureau's 1990 Census given-name lists (male and female).",
        f"  - Python package `gender-guesser` {gg_version} (PyPI), file gender_guesser/data/nam_dict.txt:",
        "    Jörg Michael's first-name dictionary (\"nam_dict.txt 1.2 2008-11-30\", the dictionary of his",
        "    program gender.c), as shipped, already converted to UTF-8, in that package.",
        "  Kept: every name of both sources that is a plain given name (letters, optionally joined by '-' or",
        "  \"'\"), NFC-normalised, accents kept. Dropped: nam_dict entries with '+' (compound Arabic, Chinese",
        f"  and Korean forms such as \"Abdel+Aziz\") and nam_dict-only names that are among the 2,000 most",
        f"  frequent English words of wordfreq 3.1.1 (\"The\", \"Due\"): {len(skipped)} distinct entries; and names of one letter.",
        "  Census names (capitals only) are written \"Mary\"; where both sources have a name that differs only",
        "  in case, nam_dict's spelling is kept (\"DeAndre\", not \"Deandre\").",
        "",
        "Licence:",
        "  - US Census 1990 name lists: public domain (a work of the US Government; the `names` package",
        "    states \"Data in the following files are public domain (derived from 1990 Census data)\").",
        "  - nam_dict.txt: Copyright (c) 2007-2008 Jörg Michael. Permission is granted to copy, distribute",
        "    and/or modify this document under the terms of the GNU Free Documentation License, Version 1.2",
        "    or any later version published by the Free Software Foundation; with no Invariant Sections,",
        "    no Front-Cover Texts, and no Back-Cover Texts. This file is a modified version (an extract) of",
        "    nam_dict.txt and is distributed under the same licence, GNU FDL 1.2 or later (full text e.g. in",
        "    /usr/share/common-licenses/GFDL-1.2 on Debian). (The gender-guesser package's code is GPLv3;",
        "    none of its code is in this file.)",
        "",
        f"Regenerate (from the repository root): {COMMAND}",
        "",
        "Format: after these '#' lines, one name per line, UTF-8, normal capitalisation (\"Mary\", \"José\"),",
        "sorted by Unicode code point, deduplicated case-insensitively, no blank lines. Ambiguous names",
        "(\"Will\", \"May\", \"Summer\") are included on purpose.",
    ]
    write_list(os.path.join(DATA, "given-names.txt"), given_header, given)

    # --- genders of given names ------------------------------------------------
    # A name is written with a gender only when no source says otherwise: nam_dict's lines of one gender
    # holding nine tenths of its share, the Census list that holds it 20 times as often as the other.
    signals = {}
    census_share = {}
    for fname, gender in (("dist.male.first", "m"), ("dist.female.first", "f")):
        for name, freq, _, _ in census_rows(package_file("names", fname)):
            census_share.setdefault(census_case(name).casefold(), {})[gender] = freq
    for key, share in census_share.items():
        male, female = share.get("m", 0.0), share.get("f", 0.0)
        # both lists hold rare entries of the other sex ("Donald" among women): 20 to 1 is one gender
        gender = "m" if male >= 20 * female else "f" if female >= 20 * male else "?"
        signals.setdefault(key, set()).add(gender)
    # nam_dict: the gender of nine tenths of a name's share or more ("Jane" is a woman's name in every
    # country but one, where it is a rare man's: a woman's; "Jean" is a man's in France and a woman's in
    # the Census: neither)
    for key, share in nam_dict_shares(package_file("gender_guesser", "data", "nam_dict.txt")).items():
        male, female = share["m"], share["f"]
        gender = "m" if male >= 9 * female else "f" if female >= 9 * male else "?"
        signals.setdefault(key, set()).add(gender)
    # Sayso looks names up with accents folded ("Zoë" is "zoe"): a name is written with its gender only when
    # every given name that folds to its key has that gender ("Genė", a Lithuanian woman's name, and "Gene",
    # of no one gender, share the key "gene": neither is written)
    by_key = {}
    for name in given:
        by_key.setdefault(folded(name), set()).update(signals.get(name.casefold(), set()) or {"?"})
    genders = []
    for name in given:
        found = by_key[folded(name)]
        if len(found) == 1 and "?" not in found:
            genders.append(f"{name}\t{next(iter(found))}")
    genders_header = [
        "given-name-genders.txt: given names that name men or women only, so that \"she said\" is not",
        "taken for a man's words nor \"he said\" for a woman's (Sayso).",
        "",
        "Provenance: the two sources of given-names.txt (see its header): the US Census Bureau's 1990",
        f"  male and female given-name lists (Python package `names` {names_version}) and Jörg Michael's",
        f"  nam_dict.txt (Python package `gender-guesser` {gg_version}).",
        "  Kept: the names of given-names.txt to which every source that has them gives one gender:",
        "  nam_dict, when the lines of one gender (\"M\", \"?M\", \"1M\" / \"F\", \"?F\", \"1F\") hold at least",
        "  nine tenths of the name's share, summed over countries as 2 to the power of each frequency digit",
        "  (a unisex \"?\" line counts for both), and the Census list (male or female) in which it is",
        "  at least 20 times as frequent as in the other; and every name that folds to the",
        "  same key (accents dropped, lower case: \"Gene\", \"Genė\") has the same gender. Other names are",
        "  left out.",
        "",
        "Licence: as given-names.txt: the Census lists are public domain; nam_dict.txt is Copyright (c)",
        "  2007-2008 Jörg Michael, under the GNU Free Documentation License, Version 1.2 or later",
        "  (data/licenses/GFDL-1.2.txt); this file is a modified version (an extract) of it under the",
        "  same licence.",
        "",
        f"Regenerate (from the repository root): {COMMAND}",
        "",
        "Format: after these '#' lines, one name per line: the name as in given-names.txt, a tab, and",
        "\"m\" or \"f\"; sorted as given-names.txt.",
    ]
    write_list(os.path.join(DATA, "given-name-genders.txt"), genders_header, genders)

    # --- surnames ------------------------------------------------------------
    surnames = {}
    total = 0
    cut_cum = None
    for name, _, cum, rank in census_rows(package_file("names", "dist.all.last")):
        total += 1
        if rank <= SURNAME_MAX_RANK:
            surnames.setdefault(census_case(name).casefold(), census_case(name))
            if rank == SURNAME_MAX_RANK:
                cut_cum = cum
    surname_list = sorted(surnames.values())
    surname_header = [
        "surnames.txt: family names (surnames), for recognising people in news text (Sayso).",
        "",
        "Provenance:",
        f"  Python package `names` {names_version} (PyPI), file dist.all.last: the US Census Bureau's 1990",
        f"  Census surname list ({total} surnames ranked by frequency).",
        f"  Cut: surnames with rank <= {SURNAME_MAX_RANK} (together {cut_cum:.3f}% cumulative frequency in the",
        "  Census sample). Note: the rarest ranks come in blocks of equal frequency listed in reverse",
        f"  alphabetical order, and rank {SURNAME_MAX_RANK} falls inside such a block (ranks 38739-41519), so",
        "  at the very end of the list the cut keeps that block's names from Z down to \"Maj\" only.",
        "  Capitals are written \"Smith\", \"Mcdonald\" (compare case-insensitively).",
        "",
        "Licence: public domain (a work of the US Government; the `names` package states \"Data in the",
        "  following files are public domain (derived from 1990 Census data)\").",
        "",
        f"Regenerate (from the repository root): {COMMAND}",
        "",
        "Format: after these '#' lines, one surname per line, ASCII/UTF-8, sorted, deduplicated, no blank lines.",
    ]
    write_list(os.path.join(DATA, "surnames.txt"), surname_header, surname_list)

    print(f"data/given-names.txt: {len(given)} names "
          f"({len(census_first)} from the Census, {len(michael)} plain names from nam_dict)")
    print(f"data/given-name-genders.txt: {len(genders)} names with one gender")
    print(f"data/surnames.txt: {len(surname_list)} surnames (rank <= {SURNAME_MAX_RANK} of {total})")


if __name__ == "__main__":
    main()
