#!/usr/bin/env python3
"""rules-labels.py - precision and recall of the phrase rules on a labelled set.

Usage: bench/rules-labels.py [-v] [DATA_DIR]   (default tests/data/signals)

DATA_DIR holds src/*.txt (hand-written messages, "### id" blocks of
"field: value" headers, a blank line, the body; a "%%" line ends the new
text) and expected.tsv (file, direction, categories, keep, drop, note,
due).  Each message's new text (the body up to "%%", without "> " lines
and the attribution that starts a quote) goes through `mailpulse rules
test --json` (customer side for inbound, --us for outbound; skipped
messages are left out) with the message's date and the Competitors of the
labelled world; the categories that fire are compared with the expected
ones, and commitments' due dates with the expected date.  Prints, per
category, true and false positives, misses, precision and recall, then the
totals.  -v lists every miss and false positive with its evidence.

It measures the rules only: automated mail (out-of-office, newsletters)
is not filtered here as the pipeline filters it, so such messages can
count as false positives.
"""
import collections
import glob
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MP = os.path.join(ROOT, 'build', 'mailpulse')
COMPETITORS = 'Looker, Power BI, Tableau, Qlik, Sisense, Metabase, Domo'
QUOTE_START = re.compile(r'\n(?:On .{5,80} wrote:|Le .{5,80} a écrit\s?:|Am .{5,80} schrieb .{0,80}:)')


def expectations(data):
    """expectations - id -> direction, categories, due (from expected.tsv)"""
    exp = {}
    lines = open(os.path.join(data, 'expected.tsv'), encoding='utf-8').read().splitlines()
    for line in lines[1:]:
        f = line.split('\t')
        cats = set() if f[2] == '-' else set(f[2].split(','))
        exp[f[0].rsplit('.', 1)[0]] = dict(direction=f[1], cats=cats, due=f[6])
    return exp


def messages(data):
    """messages - id -> headers and new text, from src/*.txt"""
    entries = {}
    for path in sorted(glob.glob(os.path.join(data, 'src', '*.txt'))):
        cur, in_body = None, False
        for line in open(path, encoding='utf-8'):
            line = line.rstrip('\n')
            if line.startswith('### '):
                cur = entries[line[4:].strip()] = dict(h={}, body=[])
                in_body = False
            elif cur is None or line.startswith('#lang'):
                continue
            elif not in_body:
                if line == '':
                    in_body = True
                else:
                    k, _, v = line.partition(':')
                    cur['h'][k.strip()] = v.strip()
            else:
                cur['body'].append(line)
    for e in entries.values():
        body = e['body'][:e['body'].index('%%')] if '%%' in e['body'] else e['body']
        body = [l for l in body if not l.lstrip().startswith('>')]
        e['text'] = QUOTE_START.split('\n'.join(body))[0]
    return entries


def main():
    verbose = '-v' in sys.argv
    args = [a for a in sys.argv[1:] if a != '-v']
    data = args[0] if args else os.path.join(ROOT, 'tests', 'data', 'signals')
    exp, entries = expectations(data), messages(data)
    conf = tempfile.NamedTemporaryFile('w', suffix='.conf', delete=False)
    conf.write('Competitors %s\nRulesDir %s\n' % (COMPETITORS, os.path.join(ROOT, 'rules')))
    conf.close()
    tp, fp, fn = collections.Counter(), collections.Counter(), collections.Counter()
    due_ok = due_bad = 0
    for mid, e in entries.items():
        x = exp.get(mid)
        if x is None or x['direction'] == 'skip':
            continue
        cmd = [MP, '-c', conf.name, 'rules', 'test', '--json', '--date', e['h']['date'][:10]]
        if x['direction'] == 'outbound':
            cmd.append('--us')
        out = subprocess.run(cmd + ['-'], input=e['text'], capture_output=True, text=True,
                             check=True, env=dict(os.environ, TZ='UTC'))
        hits = json.loads(out.stdout)
        got = {h['category'] for h in hits}
        for c in got & x['cats']:
            tp[c] += 1
        for c in got - x['cats']:
            fp[c] += 1
            if verbose:
                print('FP', mid, c, [h['evidence'] for h in hits if h['category'] == c])
        for c in x['cats'] - got:
            fn[c] += 1
            if verbose:
                print('FN', mid, c, e['text'].replace('\n', ' ')[:300])
        if 'commitment' in x['cats'] and x['due'] != '-':
            due = [h['due_date'] for h in hits if h['category'] == 'commitment']
            if due and due[0] in x['due'].split(','):
                due_ok += 1
            else:
                due_bad += 1
                if verbose:
                    print('DUE', mid, 'want', x['due'], 'got', due[0] if due else None)
    os.unlink(conf.name)
    for c in sorted(set(tp) | set(fp) | set(fn)):
        p = tp[c] / (tp[c] + fp[c]) if tp[c] + fp[c] else 0
        r = tp[c] / (tp[c] + fn[c]) if tp[c] + fn[c] else 0
        print('%-12s tp %3d fp %3d fn %3d  precision %.2f  recall %.2f' % (c, tp[c], fp[c], fn[c], p, r))
    t, f, n = sum(tp.values()), sum(fp.values()), sum(fn.values())
    print('all          tp %3d fp %3d fn %3d  precision %.3f recall %.3f; due dates %d right, %d wrong'
          % (t, f, n, t / max(t + f, 1), t / max(t + n, 1), due_ok, due_bad))


if __name__ == '__main__':
    main()
