#!/usr/bin/env python3
"""Scores Sayso's article-text extraction on real pages, the way the public article-extraction
benchmark scores article bodies, and beside it the baseline of a page's whole text.

What runs: the real `sayso` binary. Each page is imported alone with `sayso import --data-dir TMP
PAGE.html`; the body of the Markdown file it writes (after the front matter and the `# title` line)
is the extracted text. A page sayso refuses ("no article text") scores as an empty extraction.

Body-text score (the article-extraction benchmark's definition, as its evaluation code and tests
describe it):
  - tokens: every run of word characters, Python's `re.findall(r"\\w+", text)` (Unicode, case kept;
    punctuation and markup characters such as `#`, `-`, `*` are no tokens);
  - shingles: the 4-grams of consecutive tokens, as a multiset; a text of fewer than 4 tokens (but at
    least one) is one shingle of all its tokens; a text with no token has none;
  - per page: tp = size of the multiset intersection of true and extracted shingles, fp = extracted
    shingles not matched, fn = true shingles not matched; the three are divided by tp+fp+fn so that
    each page weighs the same (an empty truth and empty extraction count 0, 0, 0);
  - the set's precision = sum tp / (sum tp + sum fp), recall = sum tp / (sum tp + sum fn), F1 their
    harmonic mean (the benchmark's headline numbers); the mean of the per-page F1 is printed too.
The truth is the text of the expected article (Readability's expected.html), block elements and
`<br>` read as white space. The whole-text baseline is the text of the source page's `<body>` without
scripts, styles, templates and `<noscript>` (what html-text / BeautifulSoup give the benchmark).

Usage:
  scripts/extraction_score.py --mirror /work/.mirror/mozilla+readability/repo --path test/test-pages
  scripts/extraction_score.py --dir DIR            # DIR/<page>/source.html and expected.html
  scripts/extraction_score.py --trafilatura /work/.mirror/adbar+trafilatura/repo
Options: --sayso BIN (default .build/debug/sayso), --only NAME (repeatable), --worst N, --jobs N.

--trafilatura scores trafilatura's own evaluation set, whose truth is not a whole body but snippets
per page that must appear ("with") or must not ("without"); as its tests/eval_common.py does: a
snippet counts when its white-space-normalised text is a substring of the normalised extraction;
tp = "with" found, fn = "with" missing, fp = "without" found; precision, recall and F1 from the sums.
Pages are read from the mirror with `git show` into a temporary folder that is deleted afterwards.
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from html.parser import HTMLParser

NGRAM = 4
TOKEN = re.compile(r"\w+")


def tokenise(text):
    return TOKEN.findall(text or "")


def shingles(text, n=NGRAM):
    tokens = tokenise(text)
    if not tokens:
        return Counter()
    if len(tokens) < n:
        return Counter([" ".join(tokens)])
    return Counter(" ".join(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def match(true, pred):
    """(tp, fp, fn) of one page, divided by their sum (0, 0, 0 when both are empty)."""
    t, p = shingles(true), shingles(pred)
    tp = sum((t & p).values())
    fp = sum((p - t).values())
    fn = sum((t - p).values())
    total = tp + fp + fn
    return (0.0, 0.0, 0.0) if total == 0 else (tp / total, fp / total, fn / total)


def prf(tp, fp, fn):
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "br", "dd", "details", "div", "dl", "dt", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav",
    "ol", "p", "pre", "section", "summary", "table", "td", "th", "tr", "ul", "title", "caption",
}
SKIPPED_TAGS = {"script", "style", "noscript", "template", "head", "svg"}


class _TextParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIPPED_TAGS:
            self.skipping += 1
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in SKIPPED_TAGS:
            self.skipping = max(0, self.skipping - 1)
        elif tag in BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def html_text(html):
    """The visible text of an HTML document or fragment (see the header)."""
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    return re.sub(r"[ \t\r\f\v]+", " ", "".join(parser.parts))


def decode(data):
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            pass
    return data.decode("latin-1")


def markdown_body(markdown):
    """The article text of a library file: without front matter and the `# title` line."""
    lines = markdown.split("\n")
    if lines and lines[0] == "---":
        end = lines.index("---", 1) if "---" in lines[1:] else 0
        lines = lines[end + 1 :]
    while lines and not lines[0].strip():
        lines.pop(0)
    if lines and lines[0].startswith("# "):
        lines.pop(0)
    return "\n".join(lines).strip()


def extract(sayso, html_path):
    """The body text sayso extracts from the page at html_path ('' when it finds none)."""
    with tempfile.TemporaryDirectory(prefix="sayso-score-") as data:
        run = subprocess.run(
            [sayso, "import", "--data-dir", data, html_path], capture_output=True, text=True, timeout=120
        )
        library = os.path.join(data, "data", "library")
        for folder, _, files in os.walk(library):
            for name in sorted(files):
                if name.endswith(".md"):
                    with open(os.path.join(folder, name), encoding="utf-8") as f:
                        return markdown_body(f.read())
        if run.returncode != 0 and "no article text" not in run.stderr:
            print(f"  sayso failed on {html_path}: {run.stderr.strip()[:200]}", file=sys.stderr)
        return ""


def git_show(repo, path):
    return subprocess.run(["git", "-C", repo, "show", "HEAD:" + path], capture_output=True, check=True).stdout


def readability_pages(args, scratch):
    """[(name, source path, expected html)] from --dir or --mirror/--path."""
    pages = []
    if args.dir:
        for name in sorted(os.listdir(args.dir)):
            source = os.path.join(args.dir, name, "source.html")
            expected = os.path.join(args.dir, name, "expected.html")
            if os.path.isfile(source) and os.path.isfile(expected):
                with open(expected, "rb") as f:
                    pages.append((name, source, decode(f.read())))
        return pages
    listing = subprocess.run(
        ["git", "-C", args.mirror, "ls-tree", "--name-only", "HEAD", args.path.rstrip("/") + "/"],
        capture_output=True, text=True, check=True,
    ).stdout.split()
    for folder in listing:
        name = os.path.basename(folder)
        try:
            source = git_show(args.mirror, folder + "/source.html")
            expected = git_show(args.mirror, folder + "/expected.html")
        except subprocess.CalledProcessError:
            continue
        path = os.path.join(scratch, name + ".html")
        with open(path, "wb") as f:
            f.write(source)
        pages.append((name, path, decode(expected)))
    return pages


def score_bodies(args, scratch):
    pages = [p for p in readability_pages(args, scratch) if not args.only or p[0] in args.only]
    if not pages:
        sys.exit("no (source.html, expected.html) pairs found")

    def one(page):
        name, source, expected = page
        truth = html_text(expected)
        with open(source, "rb") as f:
            whole = html_text(decode(f.read()))
        return name, match(truth, extract(args.sayso, source)), match(truth, whole)

    with ThreadPoolExecutor(args.jobs) as pool:
        results = list(pool.map(one, pages))
    print(f"{'page':40} {'P':>6} {'R':>6} {'F1':>6}   whole-text F1")
    for name, counts, whole in sorted(results, key=lambda r: prf(*r[1])[2])[: args.worst or None]:
        p, r, f = prf(*counts)
        print(f"{name[:40]:40} {p:6.3f} {r:6.3f} {f:6.3f}   {prf(*whole)[2]:6.3f}")
    for label, index in (("sayso", 1), ("whole text", 2)):
        sums = [sum(r[index][k] for r in results) for k in range(3)]
        p, r, f = prf(*sums)
        mean_f1 = sum(prf(*r[index])[2] for r in results) / len(results)
        print(f"{label:11} pages {len(results)}  precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}"
              f"  (mean per-page F1 {mean_f1:.3f})")


def norm(text):
    return re.sub(r"\s+", " ", text).strip()


def score_snippets(args, scratch):
    repo = args.trafilatura
    evaldata = json.loads(git_show(repo, "tests/evaldata.json"))
    names = set(
        subprocess.run(["git", "-C", repo, "ls-tree", "-r", "--name-only", "HEAD", "tests/cache", "tests/eval"],
                       capture_output=True, text=True, check=True).stdout.split("\n")
    )
    jobs = []
    for url in sorted(evaldata):
        item = evaldata[url]
        if args.only and item["file"] not in args.only:
            continue
        found = next((f"tests/{d}/{item['file']}" for d in ("cache", "eval") if f"tests/{d}/{item['file']}" in names),
                     None)
        if found is None:
            continue
        path = os.path.join(scratch, f"{len(jobs)}.html")
        with open(path, "wb") as f:
            f.write(git_show(repo, found))
        jobs.append((item, path))

    def count(item, text):
        text = norm(text)
        tp = sum(norm(w) in text for w in item["with"])
        fp = sum(norm(w) in text for w in item["without"])
        return tp, fp, len(item["with"]) - tp

    def one(job):
        item, path = job
        with open(path, "rb") as f:
            whole = html_text(decode(f.read()))
        return item["file"], count(item, extract(args.sayso, path)), count(item, whole)

    with ThreadPoolExecutor(args.jobs) as pool:
        results = list(pool.map(one, jobs))
    if args.worst:
        print(f"{'file':50} tp fp fn")
        for name, (tp, fp, fn), _ in sorted(results, key=lambda r: -(r[1][1] + r[1][2]))[: args.worst]:
            print(f"{name[:50]:50} {tp:2} {fp:2} {fn:2}")
    for label, index in (("sayso", 1), ("whole text", 2)):
        p, r, f = prf(*[sum(res[index][k] for res in results) for k in range(3)])
        print(f"{label:11} pages {len(results)}  precision {p:.3f}  recall {r:.3f}  F1 {f:.3f}  (snippets)")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sayso", default=os.path.join(os.path.dirname(__file__), "..", ".build", "debug", "sayso"))
    parser.add_argument("--dir", help="folder of <page>/source.html + expected.html")
    parser.add_argument("--mirror", help="a git directory holding such folders (read with git show)")
    parser.add_argument("--path", default="test/test-pages", help="the folder of pages inside --mirror")
    parser.add_argument("--trafilatura", help="a git directory of trafilatura (tests/evaldata.json)")
    parser.add_argument("--only", action="append", help="score only this page (folder or file name)")
    parser.add_argument("--worst", type=int, default=0, help="list only the N worst pages")
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    if not (args.dir or args.mirror or args.trafilatura):
        parser.error("give --dir, --mirror or --trafilatura")
    if not os.access(args.sayso, os.X_OK):
        sys.exit(f"{args.sayso}: no sayso binary (build it: flock /tmp/swift-build.lock swift build --product sayso)")
    with tempfile.TemporaryDirectory(prefix="sayso-pages-") as scratch:
        if args.trafilatura:
            score_snippets(args, scratch)
        else:
            score_bodies(args, scratch)


if __name__ == "__main__":
    main()
