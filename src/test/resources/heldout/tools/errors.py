#!/usr/bin/env python3
"""Print the engine's errors on one gold file, sentence by sentence (for development files only).

Usage: errors.py GOLD.json CORPUS_DIR [JAR]
"""
import glob
import json
import os
import subprocess
import sys

sys.path.insert(0, '/work/shared/tools')
from eval_analysis import locate, norm, overlap, utf16_to_cp  # noqa: E402

gold_path, corpus = sys.argv[1], sys.argv[2]
jar = sys.argv[3] if len(sys.argv) > 3 else 'target/jingdu.jar'
gold = json.load(open(gold_path, encoding='utf-8'))
base = os.path.basename(gold_path)
if base[:3] in ('h05', 'h06', 'h07', 'h08') or (base[0] in 'ntoe' and base[1:4] == '02_'):
    sys.exit('blind file: no per-sentence errors')
txt = glob.glob(os.path.join(corpus, '**', gold['file']), recursive=True)[0]
a = json.loads(subprocess.run(['java', '-jar', jar, 'analyze', '--json', txt], capture_output=True,
                              text=True, check=True).stdout)
text = a['text']
m = utf16_to_cp(text)
span = lambda x: (m[x['start']], m[x['end']])  # noqa: E731
loc = {(p, s): (x, y) for p, s, x, y, _ in locate(text)}
for g in gold['sentences']:
    key = (g['p'], g['s'])
    x, y = loc[key]
    hits = [o for o in a['obligations'] if overlap(x, y, *span(o)) >= 2]
    pred = max((h['strength'] for h in hits), key=['advisory', 'required', 'mandatory'].index) if hits else None
    secs = [s for s in a['sectors'] if overlap(x, y, *span(s)) >= 1]
    ps = {s['sector'] for s in secs}
    gs = set(g['sectors'])
    msgs = []
    if (pred is None) != (g['obligation'] is None):
        msgs.append(f"OBL {'FP' if pred else 'FN'} gold={g['obligation']} pred={pred}")
    elif pred and pred != g['obligation']:
        msgs.append(f"STR gold={g['obligation']} pred={pred}")
    if ps != gs:
        fp = {s['sector'] + ':' + s['term'] for s in secs if s['sector'] not in gs}
        msgs.append(f"SEC FP={sorted(fp)} FN={sorted(gs - ps)}")
    if g['obligation'] and hits and 'actor' in g:
        top = max(hits, key=lambda o: overlap(x, y, *span(o)))
        if norm(g.get('actor')) != norm(top.get('actor')):
            msgs.append(f"ACT gold={g.get('actor')!r} pred={top.get('actor')!r}")
        gd, pd = norm(g.get('deadline')), norm(top.get('deadline'))
        if not (gd is None and pd is None) and not (gd and pd and (gd in pd or pd in gd)):
            msgs.append(f"DDL gold={g.get('deadline')!r} pred={top.get('deadline')!r}")
    if msgs:
        print(f"{key} {' | '.join(msgs)}\n    {g['text']}")
paras = {}
for p, s, x, y, _ in locate(text):
    lo, hi = paras.get(p, (x, y))
    paras[p] = (min(lo, x), max(hi, y))
for g in gold['paragraphs']:
    x, y = paras[g['p']]
    best = max(a['paragraphs'], key=lambda q: overlap(x, y, *span(q)))
    pl, gl = set(best['levels']), set(g['levels'])
    if pl != gl:
        print(f"P{g['p']} LEV FP={sorted(pl - gl)} FN={sorted(gl - pl)} cues={best.get('cues')}\n    {text[x:y][:300]}")
