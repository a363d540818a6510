#!/usr/bin/env python3
"""Lists the claims two `sayso analyze --json` outputs share but attribute to different sources.

Usage:
  scripts/speaker_diff.py A.json B.json [--sample N] [--seed S] [--texts DIR] [--before K]

  A.json, B.json  what `sayso analyze --json FILE...` prints, for two builds (or two settings)
  --sample N      show N of the changed claims, drawn at random (default 10; 0 shows none, -1 all)
  --seed S        the random seed of the draw (default 0), so that a sample can be drawn again
  --texts DIR     the folder of the article .txt files (e.g. ../shared/eval/polnear-dev/text): the
                  paragraph shown is cut from the file at the paragraph's "start"/"end" (absolute code
                  point offsets) instead of taken from the JSON's own "text" of the paragraph
  --before K      show the K paragraphs before the claim's too (default 0), where a "he" may be resolved

A claim is present in both when the same article ("path"), kind (quote or proposal), paragraph index
and start/end (in the paragraph) occur in A and in B. Its source is, as score.py reads it, the person
("speaker", or "proposer" for a proposal: its "name"), else the "organisation", else the "group", else
none. Prints the counts of changes by kind (person -> person, person -> none, none -> group, ...), for
quotes and proposals, then the sample: article, paragraph, span, A's and B's source (with the words
that named the person, "mention") and the paragraph with the claim between ⟦ and ⟧ (at most 400
characters of it on each side).
"""
import argparse
import collections
import json
import os
import random
import textwrap

KINDS = (('quotes', 'speaker'), ('proposals', 'proposer'))
CONTEXT = 400  # characters of the paragraph shown on each side of the claim


def who_of(q, who):
    """(kind, name, mention) of a claim's source: person, organisation, group or none."""
    person = q.get(who)
    if isinstance(person, dict) and person.get('name'):
        return ('person', person['name'], person.get('mention'))
    for field in ('organisation', 'group'):
        if q.get(field):
            return (field, q[field], None)
    return ('none', None, None)


def show_who(w):
    if w[0] == 'none':
        return 'none'
    mention = f' (mention {w[2]!r})' if w[2] and w[2] != w[1] else ''
    return f'{w[0]} {w[1]!r}{mention}'


def index(pred):
    """{(path, kind, paragraph, start, end): (article, claim)} for every claim of a prediction file."""
    out = {}
    for art in pred.get('articles', []):
        for kind, _ in KINDS:
            for q in art.get(kind, []):
                out[(art.get('path', ''), kind, q.get('paragraph'), q.get('start'), q.get('end'))] = (art, q)
    return out


def paragraph_text(art, p, texts, cache):
    """The paragraph's text: from the article file in `texts` when given, else the JSON's own."""
    if not texts:
        return p.get('text', '')
    path = os.path.join(texts, os.path.basename(art.get('path', '')))
    if path not in cache:
        cache[path] = open(path, encoding='utf-8').read()
    text = cache[path][p['start']:p['end']]
    if text != p.get('text', text):
        print(f'    (warning: {path} at {p["start"]}-{p["end"]} differs from the JSON paragraph)')
    return text


def wrap(text, indent='      '):
    return textwrap.fill(text, width=116, initial_indent=indent, subsequent_indent=indent)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('a')
    ap.add_argument('b')
    ap.add_argument('--sample', type=int, default=10)
    ap.add_argument('--seed', type=int, default=0)
    ap.add_argument('--texts')
    ap.add_argument('--before', type=int, default=0)
    args = ap.parse_args()

    ia, ib = (index(json.load(open(p, encoding='utf-8'))) for p in (args.a, args.b))
    who = dict(KINDS)
    both = sorted(set(ia) & set(ib), key=lambda k: tuple(-1 if v is None else v for v in k))
    changed = [k for k in both if who_of(ia[k][1], who[k[1]])[:2] != who_of(ib[k][1], who[k[1]])[:2]]

    print(f'A = {args.a}\nB = {args.b}')
    print(f'claims in both: {len(both)} (only in A: {len(set(ia) - set(ib))}, only in B: {len(set(ib) - set(ia))})')
    print(f'source changed: {len(changed)}')
    counts = collections.Counter()
    for k in changed:
        change = f'{who_of(ia[k][1], who[k[1]])[0]} -> {who_of(ib[k][1], who[k[1]])[0]}'
        counts[change, k[1]] += 1
    changes = sorted({c for c, _ in counts}, key=lambda c: -sum(counts[c, kind] for kind, _ in KINDS))
    if changes:
        print(f'  {"change":30}{"quotes":>8}{"proposals":>11}')
        for c in changes:
            print(f'  {c:30}{counts[c, "quotes"]:>8}{counts[c, "proposals"]:>11}')

    n = len(changed) if args.sample < 0 else min(args.sample, len(changed))
    sample = sorted(random.Random(args.seed).sample(changed, n),
                    key=lambda k: tuple(-1 if v is None else v for v in k))
    if sample:
        print(f'\nsample of {n} (seed {args.seed}):')
    cache = {}
    for k in sample:
        path, kind, para, start, end = k
        (art, qa), (_, qb) = ia[k], ib[k]
        print(f'\n  {os.path.basename(path)} ¶{para} {start}-{end} {kind[:-1]} ({qa.get("kind") or "proposal"}, '
              f'cue {qa.get("cue")!r})')
        print(f'    A: {show_who(who_of(qa, who[kind]))}')
        print(f'    B: {show_who(who_of(qb, who[kind]))}')
        paras = {p['index']: p for p in art.get('paragraphs', [])}
        for i in range(para - args.before, para):
            if i in paras:
                print(wrap(f'¶{i} {paragraph_text(art, paras[i], args.texts, cache)}'))
        p = paras.get(para)
        if p is None:
            print('      (paragraph not in the JSON)')
            continue
        text = paragraph_text(art, p, args.texts, cache)
        before = text[:start] if start <= CONTEXT else '…' + text[start - CONTEXT:start]
        after = text[end:] if len(text) - end <= CONTEXT else text[end:end + CONTEXT] + '…'
        print(wrap(f'¶{para} {before}⟦{text[start:end]}⟧{after}'))


if __name__ == '__main__':
    main()
