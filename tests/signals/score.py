#!/usr/bin/env python3
"""score.py - measure signal precision/recall and quote removal on the labelled set.

  score.py --data DIR --mp MAILPULSE --conf CONF   run `inspect --json` on every file
  score.py --data DIR --predictions FILE.json      score saved predictions
                                                   ({"file.eml": inspect object, ...})
  score.py --data DIR --self-test                  check the scorer itself
  score.py --probe --mp MAILPULSE --conf CONF FILE is the pipeline wired? (exit 0 if so)

DIR holds the .eml files and expected.tsv (file, direction, categories, keep,
drop, note, due; see tests/data/signals/README.md).  For each message the
scorer reads from the inspect object: `direction`, `signals` (objects with
`category`, `rule`, `evidence`, optionally `due_date`) and `new_text`.

Counting, at message level:
  - a category is predicted for a message when any signal has it; per
    category TP/FP/FN over all messages, precision TP/(TP+FP), recall
    TP/(TP+FN); fails when precision < 0.90 or recall < 0.85.  Signals on a
    message the pipeline does not store (direction other than inbound or
    outbound) are not counted: they never reach an Account Manager, and
    the direction check catches the message itself.  Categories outside
    the eight are listed, not scored.
  - quote removal: the share of messages with a `drop` phrase whose phrase
    shows up in new_text (fails above 2%), and the share with a `keep`
    phrase whose phrase is missing from new_text (fails above 1%); phrases
    compare case-insensitively with white space collapsed.
  - direction: expected inbound/outbound/skip against inbound/outbound/
    anything else (fails below 99% agreement).
  - due dates of commitments are reported, not scored.
Misses are printed first (file, category, rule, evidence) so a rule author
can see them, then the table, then one line per check:
  RESULT PASS|FAIL <check name><TAB><figures>
which tests/signals/T010-precision.sh turns into subtests.  Exit status: 0
when every check passes, 1 when one fails, 2 on a usage or data error.
python3 standard library only.
"""
import argparse
import copy
import json
import os
import subprocess
import sys

CATEGORIES = ('expansion', 'advocacy', 'churn_risk', 'competitor', 'pricing',
              'escalation', 'commitment', 'renewal')
PRECISION_FLOOR = 0.90
RECALL_FLOOR = 0.85
LEAK_CEILING = 0.02
CUT_CEILING = 0.01
DIRECTION_FLOOR = 0.99
COLUMNS = ['file', 'direction', 'categories', 'keep', 'drop', 'note', 'due']


class DataError(Exception):
    """a malformed expected.tsv or prediction"""


def norm(s):
    """norm - case-folded text with white space collapsed"""
    return ' '.join((s or '').split()).casefold()


def load_expected(data):
    """load_expected - the rows of DIR/expected.tsv as dicts, checked"""
    path = os.path.join(data, 'expected.tsv')
    with open(path, encoding='utf-8') as f:
        lines = f.read().split('\n')
    if lines[0].split('\t') != COLUMNS:
        raise DataError('%s: header must be %s' % (path, '\t'.join(COLUMNS)))
    rows = []
    for n, line in enumerate(lines[1:], 2):
        if not line:
            continue
        cells = line.split('\t')
        if len(cells) != len(COLUMNS):
            raise DataError('%s:%d: %d columns, want %d' % (path, n, len(cells), len(COLUMNS)))
        row = dict(zip(COLUMNS, cells))
        if row['direction'] not in ('inbound', 'outbound', 'skip'):
            raise DataError('%s:%d: bad direction %r' % (path, n, row['direction']))
        row['cats'] = set() if row['categories'] == '-' else set(row['categories'].split(','))
        unknown = row['cats'] - set(CATEGORIES)
        if unknown:
            raise DataError('%s:%d: unknown categories %s' % (path, n, ','.join(sorted(unknown))))
        if not os.path.exists(os.path.join(data, row['file'])):
            raise DataError('%s:%d: no file %s' % (path, n, row['file']))
        rows.append(row)
    if not rows:
        raise DataError('%s: no rows' % path)
    return rows


def inspect(mp, conf, path):
    """inspect - the inspect --json object of one file, or (None, reason)"""
    try:
        p = subprocess.run([mp, '-c', conf, 'inspect', '--json', path],
                           capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as e:
        return None, str(e)
    if p.returncode != 0:
        return None, 'exit %d: %s' % (p.returncode, p.stderr.strip()[:300])
    try:
        out = json.loads(p.stdout)
    except ValueError as e:
        return None, 'not JSON: %s' % e
    if not isinstance(out, list) or len(out) != 1 or not isinstance(out[0], dict):
        return None, 'not an array of one object'
    return out[0], None


def predicted_categories(pred):
    """predicted_categories - {category: [signal, ...]} of a stored message"""
    cats = {}
    if pred is None or pred.get('direction') not in ('inbound', 'outbound'):
        return cats
    for s in pred.get('signals') or []:
        cats.setdefault(s.get('category'), []).append(s)
    return cats


def ratio(num, den):
    """ratio - num/den, None when den is 0"""
    return num / den if den else None


def fmt(x):
    """fmt - a ratio for the table"""
    return '  n/a' if x is None else '%5.3f' % x


def score(rows, preds, out):
    """score - print misses, table and RESULT lines; returns the list of
    (check, passed, figures)"""
    results = []
    errors = [(r['file'], preds[r['file']][1]) for r in rows if preds[r['file']][0] is None]
    for f, why in errors:
        print('ERROR %s: %s' % (f, why), file=out)
    results.append(('every message inspected', not errors,
                    '%d of %d failed' % (len(errors), len(rows))))
    table, misses, extra = [], [], {}
    for r in rows:
        for other in predicted_categories(preds[r['file']][0]):
            if other not in CATEGORIES:
                extra[other] = extra.get(other, 0) + 1
    for c in CATEGORIES:
        tp = fp = fn = 0
        for r in rows:
            pred = preds[r['file']][0]
            got = predicted_categories(pred)
            want = c in r['cats']
            if want and c in got:
                tp += 1
            elif c in got:
                fp += 1
                for s in got[c]:
                    misses.append('FP %-11s %s rule=%s evidence=%s' % (
                        c, r['file'], s.get('rule'), json.dumps(s.get('evidence'), ensure_ascii=False)))
            elif want:
                fn += 1
                misses.append('FN %-11s %s (expected; keep: %s; %s)' % (c, r['file'], r['keep'], r['note']))
        p, rc = ratio(tp, tp + fp), ratio(tp, tp + fn)
        table.append((c, tp, fp, fn, p, rc))
        figures = 'TP %d FP %d FN %d precision %s recall %s' % (tp, fp, fn, fmt(p), fmt(rc))
        results.append(('precision %s >= %.2f' % (c, PRECISION_FLOOR),
                        p is None or p >= PRECISION_FLOOR, figures))
        results.append(('recall %s >= %.2f' % (c, RECALL_FLOOR),
                        rc is not None and rc >= RECALL_FLOOR, figures))
    leaks, cuts, nd, nk = [], [], 0, 0
    agree, dir_miss = 0, []
    due_want = due_found = 0
    for r in rows:
        pred = preds[r['file']][0]
        if pred is None:
            continue
        text = pred.get('new_text')
        stored = pred.get('direction') in ('inbound', 'outbound')
        if text is not None or stored:
            if r['drop'] != '-':
                nd += 1
                if norm(r['drop']) in norm(text):
                    leaks.append(r)
            if r['keep'] != '-':
                nk += 1
                if norm(r['keep']) not in norm(text):
                    cuts.append(r)
        got_dir = pred.get('direction') if stored else 'skip'
        if got_dir == r['direction']:
            agree += 1
        else:
            dir_miss.append('DIRECTION %s: expected %s, got %s' % (r['file'], r['direction'], pred.get('direction')))
        if r['due'] != '-' and 'commitment' in r['cats']:
            have = {s.get('due_date') for s in predicted_categories(pred).get('commitment', [])}
            for d in r['due'].split(','):
                due_want += 1
                due_found += d in have
    for r in leaks:
        misses.append('LEAK %s: quoted/signature phrase in new_text: %s' % (r['file'], r['drop']))
    for r in cuts:
        misses.append('CUT %s: new-text phrase missing from new_text: %s' % (r['file'], r['keep']))
    misses += dir_miss
    for m in misses:
        print(m, file=out)
    print('', file=out)
    print('%-12s %4s %4s %4s %9s %7s' % ('category', 'TP', 'FP', 'FN', 'precision', 'recall'), file=out)
    for c, tp, fp, fn, p, rc in table:
        print('%-12s %4d %4d %4d %9s %7s' % (c, tp, fp, fn, fmt(p), fmt(rc)), file=out)
    if extra:
        print('other categories (not scored): %s' % ', '.join(
            '%s=%d' % kv for kv in sorted(extra.items())), file=out)
    leak, cut = ratio(len(leaks), nd), ratio(len(cuts), nk)
    direction = ratio(agree, len(rows) - len(errors))
    print('quote removal: %d of %d drop phrases leak into new_text (%s), %d of %d keep phrases cut (%s)'
          % (len(leaks), nd, fmt(leak), len(cuts), nk, fmt(cut)), file=out)
    print('direction agreement: %d of %d (%s)' % (agree, len(rows) - len(errors), fmt(direction)), file=out)
    print('commitment due dates found: %d of %d (reported, not scored)' % (due_found, due_want), file=out)
    results.append(('quoted or signature text leaks into new_text <= %.0f%%' % (100 * LEAK_CEILING),
                    leak is not None and leak <= LEAK_CEILING, '%d of %d' % (len(leaks), nd)))
    results.append(('new text cut from new_text <= %.0f%%' % (100 * CUT_CEILING),
                    cut is not None and cut <= CUT_CEILING, '%d of %d' % (len(cuts), nk)))
    results.append(('direction agrees >= %.0f%%' % (100 * DIRECTION_FLOOR),
                    direction is not None and direction >= DIRECTION_FLOOR,
                    '%d of %d' % (agree, len(rows) - len(errors))))
    for name, ok, figures in results:
        print('RESULT %s %s\t%s' % ('PASS' if ok else 'FAIL', name, figures), file=out)
    return results


def perfect_predictions(rows):
    """perfect_predictions - what a flawless pipeline would print for each row"""
    preds = {}
    for r in rows:
        keep = r['keep'] if r['keep'] != '-' else ''
        signals = [{'category': c, 'rule': 'self-test', 'evidence': keep} for c in sorted(r['cats'])]
        for s in signals:
            if s['category'] == 'commitment' and r['due'] != '-':
                signals += [{'category': 'commitment', 'rule': 'self-test-due', 'evidence': keep,
                             'due_date': d} for d in r['due'].split(',')]
                break
        preds[r['file']] = ({'direction': 'none' if r['direction'] == 'skip' else r['direction'],
                             'signals': signals, 'new_text': keep}, None)
    return preds


def corrupted_predictions(rows, perfect):
    """corrupted_predictions - a copy with every kind of error, enough of each
    that every check must fail: a third of each category's positives lost, as
    many false positives added, drop phrases leaked and keep phrases cut in
    one message in ten, one direction in ten wrong, one message not inspected"""
    preds = copy.deepcopy(perfect)
    for c in CATEGORIES:
        pos = [r for r in rows if c in r['cats'] and r['direction'] != 'skip']
        neg = [r for r in rows if c not in r['cats'] and r['direction'] != 'skip']
        lose = pos[::3]
        for r in lose:
            p = preds[r['file']][0]
            p['signals'] = [s for s in p['signals'] if s['category'] != c]
        for r in neg[:len(lose)]:
            preds[r['file']][0]['signals'].append({'category': c, 'rule': 'corrupt', 'evidence': 'x'})
    for r in [r for r in rows if r['drop'] != '-'][::10]:
        preds[r['file']][0]['new_text'] += '\n' + r['drop']
    for r in [r for r in rows if r['keep'] != '-'][1::10]:
        preds[r['file']][0]['new_text'] = ''
    for r in rows[::10]:
        p = preds[r['file']][0]
        p['direction'] = {'inbound': 'outbound', 'outbound': 'none', 'skip': 'inbound'}[r['direction']]
    preds[rows[-1]['file']] = (None, 'corrupted: no output')
    return preds


def self_test(rows):
    """self_test - a perfect prediction passes every check, a corrupted one fails
    every check; returns the process exit status"""
    devnull = open(os.devnull, 'w')
    good = score(rows, perfect_predictions(rows), devnull)
    bad = score(rows, corrupted_predictions(rows, perfect_predictions(rows)), devnull)
    status = 0
    for name, ok, figures in good:
        if not ok:
            print('self-test: perfect predictions fail "%s" (%s)' % (name, figures))
            status = 1
    for name, ok, figures in bad:
        if ok:
            print('self-test: corrupted predictions pass "%s" (%s)' % (name, figures))
            status = 1
    print('self-test: %d checks; perfect passes %d, corrupted fails %d' % (
        len(good), sum(ok for _, ok, _ in good), sum(not ok for _, ok, _ in bad)))
    return status


def probe(mp, conf, path):
    """probe - exit 0 when inspect --json carries signals and new_text"""
    obj, why = inspect(mp, conf, path)
    if obj is None:
        print('inspect --json failed: %s' % why)
        return 1
    missing = [k for k in ('direction', 'signals', 'new_text') if k not in obj]
    if missing:
        print('inspect --json has no %s field' % ', '.join(missing))
        return 1
    return 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--data', help='directory with the .eml files and expected.tsv')
    ap.add_argument('--mp', help='the mailpulse binary')
    ap.add_argument('--conf', help='the config passed with -c')
    ap.add_argument('--predictions', help='JSON object: file name -> inspect object')
    ap.add_argument('--self-test', action='store_true')
    ap.add_argument('--probe', metavar='FILE')
    a = ap.parse_args()
    if a.probe:
        if not (a.mp and a.conf):
            ap.error('--probe needs --mp and --conf')
        return probe(a.mp, a.conf, a.probe)
    if not a.data:
        ap.error('--data is required')
    try:
        rows = load_expected(a.data)
    except (OSError, DataError) as e:
        print('score.py: %s' % e, file=sys.stderr)
        return 2
    if a.self_test:
        return self_test(rows)
    if a.predictions:
        with open(a.predictions, encoding='utf-8') as f:
            saved = json.load(f)
        preds = {r['file']: (saved[r['file']], None) if r['file'] in saved else (None, 'no prediction')
                 for r in rows}
    elif a.mp and a.conf:
        preds = {r['file']: inspect(a.mp, a.conf, os.path.join(a.data, r['file'])) for r in rows}
    else:
        ap.error('give --mp and --conf, --predictions or --self-test')
    results = score(rows, preds, sys.stdout)
    return 0 if all(ok for _, ok, _ in results) else 1


if __name__ == '__main__':
    sys.exit(main())
