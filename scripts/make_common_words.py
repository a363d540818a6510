#!/usr/bin/env python3
# Writes data/common-words.txt: the most frequent English words, most frequent first.
# Usage (from the repository root): pip install wordfreq==3.1.1 && python3 scripts/make_common_words.py
import re
import wordfreq

COUNT = 20000
OUT = "data/common-words.txt"

HEADER = f"""# common-words.txt: the {COUNT} most frequent English words, most frequent first, for telling sentence
# words ("Meanwhile", "Calling", "Nobody") from names (Sayso).
#
# Provenance: Python package `wordfreq` {wordfreq.__version__ if hasattr(wordfreq, '__version__') else '3.1.1'} (PyPI) by Robyn Speer,
#   wordfreq.top_n_list("en", N): its word lists combine Wikipedia, subtitles, news, books, web
#   text, Twitter and Reddit frequencies. Kept: lower-case words of letters (with inner ' or -).
# Licence: wordfreq's data is licensed under CC BY-SA 4.0 (its code under Apache 2.0); this extract
#   is distributed under CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/).
#   Credit: Robyn Speer, wordfreq, https://doi.org/10.5281/zenodo.1443582
#
# Regenerate (from the repository root): pip install wordfreq==3.1.1 && python3 scripts/make_common_words.py
#
# Format: after these '#' lines, one lower-case word per line, in order of frequency (the line's
# position is the word's rank), no duplicates, no blank lines.
"""

def main():
    words, seen = [], set()
    for w in wordfreq.top_n_list("en", COUNT * 2):
        if not re.fullmatch(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", w) or w in seen:
            continue
        seen.add(w)
        words.append(w)
        if len(words) == COUNT:
            break
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(HEADER)
        for w in words:
            f.write(w + "\n")
    print(f"{OUT}: {len(words)} words")

if __name__ == "__main__":
    main()
