#!/usr/bin/env python3
"""Scenario set dev-2: Kassenwerk GmbH (POS & inventory platform) and ten customer accounts.

Standard library only. Writes, deterministically, into the folder of this script:
  accounts.csv, one .mbox per account, expected.yaml
and then validates everything it wrote (re-parsing the mbox files from disk).

    python3 generate.py          # generate + validate
    python3 generate.py --check  # validate only (files must already exist)

Modules: kw_core (people, quoting, MIME), kw_auto (automated mail), kw_expect (ground truth,
YAML, mbox writing), kw_validate (checks) and one acc_*.py module per account.
"""
import collections
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import kw_expect  # noqa: E402
import kw_validate  # noqa: E402
import acc_albrecht, acc_vernier, acc_alpenhof, acc_delorme, acc_lambert  # noqa: E402,E401
import acc_sutter, acc_hartley, acc_gleesons, acc_brenner, acc_duval  # noqa: E402,E401

MODULES = [acc_albrecht, acc_sutter, acc_alpenhof, acc_brenner, acc_vernier, acc_delorme, acc_duval,
           acc_lambert, acc_hartley, acc_gleesons]


def main():
    stories = [mod.build() for mod in MODULES]
    if '--check' in sys.argv:
        doc = {'accounts': [kw_expect.account_expected(S) for S in stories]}
    else:
        doc = kw_expect.write_all(stories)
    errors, total, negs = kw_validate.validate(stories, doc)
    sigs = collections.Counter(s['type'] for A in doc['accounts'] for s in A['signals'])
    alerts = collections.Counter(a['type'] for A in doc['accounts'] for a in A['alerts'])
    print('accounts: %d  messages: %d  hard negatives: %d' % (len(stories), total, negs))
    for A in doc['accounts']:
        n = len(stories[doc['accounts'].index(A)].order)
        print('  %-32s %-10s %3d msgs  %2d signals  %2d alerts  %2d negatives'
              % (A['account'], A['segment'], n, len(A['signals']), len(A['alerts']), len(A['must_not_alert'])))
    print('signals: ' + ', '.join('%s=%d' % kv for kv in sorted(sigs.items())))
    print('alerts:  ' + ', '.join('%s=%d' % kv for kv in sorted(alerts.items())))
    if errors:
        print('\nVALIDATION FAILED (%d):' % len(errors))
        for e in errors:
            print('  - ' + e)
        sys.exit(1)
    print('validation OK')


if __name__ == '__main__':
    main()
