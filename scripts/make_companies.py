#!/usr/bin/env python3
# Writes data/companies.txt: the names of listed companies that read like a person's name or like
# several capitalised words ("Goldman Sachs", "Morgan Stanley", "Marks and Spencer"), which are
# organisations, never people.
# Usage (from the repository root): pip install pytickersymbols==1.17.10 && python3 scripts/make_companies.py
import re

import pytickersymbols

VERSION = "1.17.10"
OUT = "data/companies.txt"

HEADER = f"""# companies.txt: names of listed companies of two words or more, which are organisations, never people (Sayso).
#
# Provenance: Python package `pytickersymbols` {VERSION} (PyPI, https://github.com/portfolioplus/pytickersymbols),
#   the companies of the stock indices it ships (AEX, BEL 20, CAC 40, CAC Mid 60, DAX, Dow Jones, EURO
#   STOXX 50, FTSE 100, IBEX 35, MDAX, NASDAQ 100, NIKKEI 225, OMX Helsinki 25, OMX Stockholm 30, SDAX,
#   S&P 100, S&P 500, S&P 600, Switzerland 20, TecDAX). Each name loses its legal form ("Inc.", "plc",
#   "Corporation", "Group", "Holdings", "and Company"…) and a leading "The"; "&" and "+" are written "and";
#   only names of two words or more are kept (one word is no person's name, and many are surnames too).
# Licence: pytickersymbols is MIT-licensed, Copyright (c) 2023 portfolio+; its licence text is in
#   data/licenses/pytickersymbols-MIT.txt.
#
# Regenerate (from the repository root): pip install pytickersymbols=={VERSION} && python3 scripts/make_companies.py
#
# Format: after these '#' lines, one name per line as it is written, sorted ignoring case.
"""

# Legal forms and group words dropped from the end of a name, repeatedly.
LEGAL = {
    "inc", "inc.", "incorporated", "corp", "corp.", "corporation", "co", "co.", "company", "plc", "ltd",
    "ltd.", "limited", "llc", "lp", "l.p.", "sa", "s.a.", "se", "ag", "nv", "n.v.", "asa", "ab", "oyj",
    "spa", "s.p.a.", "group", "holding", "holdings", "companies", "the", "class", "a", "b", "c", "and",
}


def clean(name):
    name = re.sub(r"\s*\([^)]*\)", "", name)
    name = name.replace("&", " and ").replace("+", " and ")
    words = [w.strip(",") for w in name.split() if w.strip(",")]
    while words and words[-1].lower() in LEGAL:
        words.pop()
    while words and words[0].lower() == "the":
        words.pop(0)
    return " ".join(words)


def main():
    data = pytickersymbols.PyTickerSymbols()
    names = set()
    for stock in data.get_all_stocks():
        name = clean(stock["name"])
        # two words or more, each opening with a letter, and no word of digits only
        if len(name.split()) >= 2 and all(w[0].isalpha() for w in name.split()):
            names.add(name)
    lines = sorted(names, key=str.casefold)
    with open(OUT, "w", encoding="utf-8") as out:
        out.write(HEADER)
        for line in lines:
            out.write(line + "\n")
    print(f"{OUT}: {len(lines)} entries")


if __name__ == "__main__":
    main()
