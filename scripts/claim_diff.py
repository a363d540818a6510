#!/usr/bin/env python3
"""Compares the claims (quotes and proposals) of two `sayso analyze --json` outputs against a gold file.

Usage:
  scripts/claim_diff.py A.json B.json GOLD.jsonl [--join-utterances] [--limit N] [--scorer SCORE.py]

  A.json, B.json  what `sayso analyze --json FILE...` prints, for two builds (or two settings)
  GOLD.jsonl      a gold file in score.py's format, e.g. ../shared/eval/polnear-dev/gold.jsonl
  --join-utterances  as in score.py: join the pieces that share an "utterance" id (use it for PolNeAR)
  --limit N       list at most N claims of each kind of difference (default 30)
  --scorer PATH   the scorer to import (default ../shared/eval/score.py beside the repository)

Example (the PolNeAR dev set, after `sayso analyze --json text/*.txt` in its folder with both builds):
  cd ../shared/eval/polnear-dev && python3 /work/main/scripts/claim_diff.py /tmp/a.json /tmp/b.json \\
      gold.jsonl --join-utterances

Prints
  (a) score.py's figures for A and for B side by side, with B - A. They come from score.py's own main()
      (run with --json), so they are the figures score.py prints. Run from the folder score.py would be
      run from: like score.py, this finds an article's relative "path" from the current folder first.
  (b) the claims only in A, the claims only in B (a claim is its article, kind, paragraph and start/end
      in the paragraph) and the claims in both whose speaker (proposer) changed, with A's and B's.
      Each is listed with its article name, paragraph number, span and the first 100 characters of its
      text, after a mark of how it fares against the gold in its own build, by score.py's matching:
        G  it is (part of) a prediction that score.py pairs with a gold item (a true positive)
        o  paired with an optional gold item (neither rewarded nor punished)
        -  not paired with any gold item (a false positive, or one that lost to another prediction)
        ?  its article is not in the gold file
      A changed speaker has two marks, A's then B's, and says, when the gold item paired with it names a
      speaker (not a pronoun), whether score.py counts A's and B's speakers right (its same_person) or
      that the claim is unpaired in that build; else, when paired, that score.py does not score it.
      (With --join-utterances score.py judges the speaker of an utterance's first piece; this, each
      piece's own.)
"""
import argparse
import collections
import contextlib
import importlib.util
import io
import json
import os
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = (('quotes', 'speaker'), ('proposals', 'proposer'))
FIGURES = (('F1', 'F1'), ('P', 'P'), ('R', 'R'), ('exact F1', 'exact_F1'), ('direct recall', 'direct_recall'),
           ('attribution', 'attribution_acc'), ('attribution n', 'attribution_n'), ('gold', 'gold'),
           ('pred', 'pred'), ('text mismatch', 'text_mismatch'), ('bad paragraph', 'bad_paragraph'))


def load_scorer(path):
    spec = importlib.util.spec_from_file_location('sayso_score', path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def figures(scorer, gold, pred, join):
    """score.py's summary for one prediction file: its main() with --json, its output read back."""
    argv = ['score.py', '--gold', gold, '--pred', pred, '--json'] + (['--join-utterances'] if join else [])
    out, saved = io.StringIO(), sys.argv
    try:
        sys.argv = argv
        with contextlib.redirect_stdout(out):
            scorer.main()
    finally:
        sys.argv = saved
    return json.loads(out.getvalue())


def who_of(q, who):
    """(kind, name) of a claim's source: person (the name), organisation, group or none."""
    person = q.get(who)
    if isinstance(person, dict) and person.get('name'):
        return ('person', person['name'])
    for field in ('organisation', 'group'):
        if q.get(field):
            return (field, q[field])
    return ('none', None)


def show_who(w):
    return 'none' if w[0] == 'none' else f'{w[0]} {w[1]!r}'


def article_name(path):
    name = os.path.basename(path)
    return name[:-4] if name.endswith('.txt') else name


def claims(pred):
    """{(path, kind, paragraph, start, end): claim} for every claim of a prediction file."""
    out = {}
    for art in pred.get('articles', []):
        for kind, _ in KINDS:
            for q in art.get(kind, []):
                out[(art.get('path', ''), kind, q.get('paragraph'), q.get('start'), q.get('end'))] = q
    return out


def gold_marks(scorer, gold_path, pred, join):
    """{claim key: (mark, gold item or None)} by score.py's matching, its steps as in its main()."""
    gold = [json.loads(line) for line in open(gold_path, encoding='utf-8') if line.strip()]
    base = os.path.dirname(os.path.abspath(gold_path))
    by_path, by_name = {}, collections.defaultdict(list)
    for art in pred.get('articles', []):
        by_path[scorer.norm_path(art.get('path', ''))] = art
        by_name[os.path.basename(art.get('path', ''))].append(art)
    marks = {}
    for g in gold:
        path = g['file'] if os.path.isabs(g['file']) else os.path.join(base, g['file'])
        art = by_path.get(scorer.norm_path(path))
        if art is None and len(by_name.get(os.path.basename(path), [])) == 1:
            art = by_name[os.path.basename(path)][0]
        if art is None:
            continue
        text = open(path, encoding='utf-8').read()
        paras = {p['index']: p for p in art.get('paragraphs', [])}
        for kind, _ in KINDS:
            golds = []
            for q in g.get(kind, []):
                lo, hi = min(x[0] for x in q['spans']), max(x[1] for x in q['spans'])
                golds.append(dict(q, set=scorer.spans_to_set(q['spans']), ex=scorer.trimmed(text, lo, hi)))
            preds, keys = [], collections.defaultdict(list)
            for q in art.get(kind, []):
                p = paras.get(q.get('paragraph'))
                key = (art.get('path', ''), kind, q.get('paragraph'), q.get('start'), q.get('end'))
                marks[key] = ('-', None)
                if p is None:
                    continue
                lo, hi = p['start'] + q['start'], p['start'] + q['end']
                preds.append(dict(q, set=set(range(lo, hi)), lo=lo, hi=hi, key=key))
                keys[q.get('utterance')].append(key)
            if join:
                preds = scorer.join_pieces(preds)
            for q in preds:
                q['ex'] = scorer.trimmed(text, q['lo'], q['hi'])
            pairs, _ = scorer.match(golds, preds, text)
            for gi, pi in pairs:
                u = preds[pi].get('utterance')
                members = keys[u] if join and u is not None else [preds[pi]['key']]
                for key in members:
                    marks[key] = ('o' if golds[gi].get('optional') else 'G', golds[gi])
    return marks


def order(key):
    return tuple(-1 if v is None else v for v in key)


def fmt(v):
    return '-' if v is None else (f'{v:.1f}' if isinstance(v, float) else str(v))


def print_figures(fa, fb):
    print(f"{'':28}{'A':>9}{'B':>9}{'B - A':>9}")
    for kind, _ in KINDS:
        a, b = fa.get(kind), fb.get(kind)
        if a is None and b is None:
            continue
        a, b = a or {}, b or {}
        for label, field in FIGURES:
            va, vb = a.get(field), b.get(field)
            if field in ('text_mismatch', 'bad_paragraph') and not va and not vb:
                continue
            d = vb - va if isinstance(va, (int, float)) and isinstance(vb, (int, float)) else None
            ds = '' if d is None else (f'{d:+.1f}' if isinstance(d, float) else f'{d:+d}')
            print(f'{kind + " " + label:28}{fmt(va):>9}{fmt(vb):>9}{ds:>9}')
    for field in ('articles_missing',):
        if fa.get(field) or fb.get(field):
            print(f'{field:28}{fmt(fa.get(field)):>9}{fmt(fb.get(field)):>9}')


def line(mark, key, q):
    path, kind, para, start, end = key
    text = (q.get('text') or '').replace('\n', ' ')[:100]
    return f'  {mark} {article_name(path)} ¶{para} {start}-{end} {kind[:-1]}: {text!r}'


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('a')
    ap.add_argument('b')
    ap.add_argument('gold')
    ap.add_argument('--join-utterances', action='store_true')
    ap.add_argument('--limit', type=int, default=30)
    ap.add_argument('--scorer', default=os.path.join(REPO, '..', 'shared', 'eval', 'score.py'))
    args = ap.parse_args()
    scorer = load_scorer(args.scorer)

    joined = ' (utterances joined)' if args.join_utterances else ''
    print(f'A = {args.a}\nB = {args.b}\ngold = {args.gold}{joined}')
    print_figures(figures(scorer, args.gold, args.a, args.join_utterances),
                  figures(scorer, args.gold, args.b, args.join_utterances))

    pa, pb = (json.load(open(p, encoding='utf-8')) for p in (args.a, args.b))
    ca, cb = claims(pa), claims(pb)
    ma, mb = (gold_marks(scorer, args.gold, p, args.join_utterances) for p in (pa, pb))
    who = dict(KINDS)

    def mark(marks, key):
        return marks.get(key, ('?', None))[0]

    for title, keys, cs, ms in (('only in A', sorted(set(ca) - set(cb), key=order), ca, ma),
                                ('only in B', sorted(set(cb) - set(ca), key=order), cb, mb)):
        counts = collections.Counter(mark(ms, k) for k in keys)
        print(f'\n{title}: {len(keys)} ({", ".join(f"{m} {n}" for m, n in sorted(counts.items())) or "none"})')
        for k in keys[:args.limit]:
            print(line(mark(ms, k), k, cs[k]))
        if len(keys) > args.limit:
            print(f'  ... {len(keys) - args.limit} more')

    changed = [k for k in sorted(set(ca) & set(cb), key=order)
               if who_of(ca[k], who[k[1]]) != who_of(cb[k], who[k[1]])]
    print(f'\nspeaker changed: {len(changed)}')
    for k in changed[:args.limit]:
        wa, wb = who_of(ca[k], who[k[1]]), who_of(cb[k], who[k[1]])
        verdict = ''
        ga, gb = ma.get(k, ('?', None))[1], mb.get(k, ('?', None))[1]
        gitem = ga or gb
        if gitem and gitem.get(who[k[1]]) and not gitem.get('speaker_is_pronoun'):
            ok = ['unpaired' if g is None else 'right' if scorer.same_person(w[1], g.get(who[k[1]])) else 'wrong'
                  for w, g in ((wa, ga), (wb, gb))]
            verdict = f'  (gold: A {ok[0]}, B {ok[1]})'
        elif gitem:
            verdict = '  (not scored: the gold speaker is ' + ('a pronoun)' if gitem.get(who[k[1]]) else 'none)')
        print(line(mark(ma, k) + mark(mb, k), k, ca[k]))
        print(f'       A: {show_who(wa)}  ->  B: {show_who(wb)}{verdict}')
    if len(changed) > args.limit:
        print(f'  ... {len(changed) - args.limit} more')


if __name__ == '__main__':
    main()
