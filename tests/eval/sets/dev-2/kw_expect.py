"""kw_expect: ground truth (latency, contacts, signals, alerts), YAML, mbox writing and validation."""
from kw_core import *  # noqa: F401,F403
from kw_auto import *  # noqa: F401,F403


def side(S, p):
    d = p.domain
    if d in VENDOR_DOMAINS:
        return 'V'
    if d in S.domains:
        return 'C'
    return 'X'


def is_human(x):
    return x.kind == HUMAN


def thread_root(S, x):
    while x.parent:
        x = S.msgs[x.parent]
    return x.key


def local_date(x):
    return x.dt.date()


def utc(x):
    return x.dt.astimezone(dt.timezone.utc)


def hours(a, b):
    return round((utc(b) - utc(a)).total_seconds() / 3600.0, 1)


def window_of(d):
    if WINDOW_START <= d <= FIRST60_END:
        return 'first_60_days'
    if LAST30_START <= d <= AS_OF:
        return 'last_30_days'
    return None


def latency(S):
    res = {'customer_reply_hours': {'first_60_days': [], 'last_30_days': []},
           'vendor_reply_hours': {'first_60_days': [], 'last_30_days': []}}
    for k in S.order:
        x = S.msgs[k]
        if not is_human(x) or not x.parent:
            continue
        p = S.msgs[x.parent]
        if not is_human(p):
            continue
        sx, sp = side(S, x.frm), side(S, p.frm)
        w = window_of(local_date(x))
        if w is None:
            continue
        if sx == 'C' and sp == 'V':
            res['customer_reply_hours'][w].append(x)
        elif sx == 'V' and sp == 'C':
            res['vendor_reply_hours'][w].append(x)
    out = {}
    for who in ('customer_reply_hours', 'vendor_reply_hours'):
        out[who] = {}
        for w in ('first_60_days', 'last_30_days'):
            xs = res[who][w]
            hs = [hours(S.msgs[x.parent], x) for x in xs]
            entry = {'n': len(xs), 'median_hours': round(statistics.median(hs), 1) if hs else None}
            if who == 'customer_reply_hours':
                entry['samples'] = [{'reply': x.msgid, 'reply_date': local_date(x).isoformat(),
                                     'to_message': S.msgs[x.parent].msgid, 'hours': hours(S.msgs[x.parent], x)} for x in xs]
            out[who][w] = entry
    return out


def unanswered(S, from_side):
    res = []
    for k in S.order:
        x = S.msgs[k]
        if not is_human(x) or not x.expects or side(S, x.frm) != from_side:
            continue
        root = thread_root(S, x)
        ans = [y for y in S.msgs.values() if is_human(y) and side(S, y.frm) != from_side and side(S, y.frm) in 'VC'
               and y.dt > x.dt and thread_root(S, y) == root]
        if not ans:
            res.append(x)
    return res


def contacts(S):
    seen = {}
    for k in S.order:
        x = S.msgs[k]
        if x.kind == 'bounce':
            continue
        for p in [x.frm] + x.to + x.cc + x.bcc:
            if side(S, p) != 'C' or p.org == 'system':
                continue
            c = seen.setdefault(p.email, {'p': p, 'first': local_date(x), 'sent': [], 'to_after': []})
            c['first'] = min(c['first'], local_date(x))
    for k in S.order:
        x = S.msgs[k]
        if is_human(x) and x.frm.email in seen:
            seen[x.frm.email]['sent'].append(x)
    out = []
    for email_, c in seen.items():
        p = c['p']
        sent = c['sent']
        last = max((local_date(x) for x in sent), default=None)
        _s, title = p.sig_at(AS_OF)
        ov = S.contact_overrides.get(email_, {})
        if ov.get('status'):
            status = ov['status']
        elif c['first'] >= LAST30_START:
            status = 'new'
        elif sent and last < LAST30_START and any(
                is_human(y) and side(S, y.frm) == 'V' and email_ in [q.email for q in y.to + y.cc] and local_date(y) > last
                for y in S.msgs.values()):
            status = 'silent'
        else:
            status = 'active'
        d = {'email': email_, 'name': p.name, 'title': title, 'status': status, 'first_seen': c['first'].isoformat(),
             'human_messages_sent': len(sent), 'last_human_message': last.isoformat() if last else None}
        for kk, vv in ov.items():
            if kk != 'status':
                d[kk] = vv
        if p.sigs:
            d['previous_title'] = p.title
        out.append(d)
    out.sort(key=lambda d: (d['first_seen'], d['email']))
    return out


def ev(S, key):
    x = S.msgs[key]
    return {'message_id': x.msgid, 'date': local_date(x).isoformat(), 'from': x.frm.email}


def account_expected(S):
    days = (dt.date.fromisoformat(S.renewal) - AS_OF).days
    lat = latency(S)
    uv = unanswered(S, 'V')
    lat['unanswered_vendor_messages'] = [{'message_id': x.msgid, 'date': local_date(x).isoformat(),
                                          'to': [p.email for p in x.to], 'age_days_at_as_of': (AS_OF - local_date(x)).days}
                                         for x in uv]
    sigs = []
    for k in S.order:
        x = S.msgs[k]
        for t, ph, meta in x.signals:
            d = {'type': t, 'phrase': ph, 'message_id': x.msgid, 'date': local_date(x).isoformat(), 'from': x.frm.email}
            if 'due' in meta:
                d['due'] = meta['due']
                kb = meta.get('kept_by')
                d['status'] = 'kept' if kb else ('overdue' if dt.date.fromisoformat(meta['due']) < AS_OF else 'open')
                if kb:
                    d['fulfilled_by'] = S.msgs[kb].msgid
                    d['fulfilled_date'] = local_date(S.msgs[kb]).isoformat()
            sigs.append(d)
    alerts = []
    for a in S.alerts:
        d = {'type': a['type'], 'severity': a['severity'], 'date': a['date'],
             'evidence': [ev(S, k) for k in a['evidence']], 'note': a['note']}
        for kk in ('contact', 'due', 'previous_title', 'new_title'):
            if kk in a:
                d[kk] = a[kk]
        alerts.append(d)
    mna = []
    for k in S.order:
        x = S.msgs[k]
        if x.neg:
            mna.append({'message_id': x.msgid, 'date': local_date(x).isoformat(), 'from': x.frm.email, 'why': x.neg})
    return {'account': S.name, 'mbox': S.mbox, 'domains': S.domains, 'owner': S.owner, 'arr': S.arr,
            'segment': S.segment, 'renewal_date': S.renewal,
            'renewal_window': {'days_to_renewal': days,
                               'status': 'inside_90_day_window' if 0 <= days <= 90 else ('past' if days < 0 else 'outside_90_day_window')},
            'scenario': S.scenario, 'summary': S.summary, 'latency': lat, 'contacts': contacts(S),
            'signals': sigs, 'alerts': alerts, 'must_not_alert': mna}


# --------------------------------------------------------------------------- yaml (tiny emitter)
def yq(s):
    return "'" + s.replace("'", "''") + "'"


def yscalar(v):
    if v is None:
        return 'null'
    if isinstance(v, bool):
        return 'true' if v else 'false'
    if isinstance(v, (int, float)):
        return repr(v)
    return yq(str(v))


def ydump(o, ind=0):
    sp = '  ' * ind
    lines = []
    if isinstance(o, dict):
        for k, v in o.items():
            if isinstance(v, dict) and v:
                lines.append('%s%s:' % (sp, k))
                lines.extend(ydump(v, ind + 1))
            elif isinstance(v, list) and v:
                lines.append('%s%s:' % (sp, k))
                lines.extend(ydump(v, ind))
            elif isinstance(v, (list, dict)):
                lines.append('%s%s: %s' % (sp, k, '[]' if isinstance(v, list) else '{}'))
            else:
                lines.append('%s%s: %s' % (sp, k, yscalar(v)))
    elif isinstance(o, list):
        for v in o:
            if isinstance(v, dict) and v:
                sub = ydump(v, ind + 1)
                first = sub[0][len('  ' * (ind + 1)):]
                lines.append('%s- %s' % (sp, first))
                lines.extend(sub[1:])
            elif isinstance(v, list):
                lines.append('%s- %s' % (sp, '[' + ', '.join(yscalar(i) for i in v) + ']'))
            else:
                lines.append('%s- %s' % (sp, yscalar(v)))
    return lines


DEFINITIONS = {
    'analysis_period': 'Mail dated 2026-06-01 .. 2026-09-30 (sender-local dates). as_of means the end of 2026-09-30 (23:59:59 +02:00).',
    'vendor': 'Kassenwerk GmbH; vendor mail domains kassenwerk.de (Leipzig HQ, DACH staff, support, billing, newsletters) and kassenwerk.com (international staff: Paris and Dublin offices, French and English marketing).',
    'human_message': 'Mail written by a person. Not human: auto-replies/out-of-office, read receipts, calendar invitations and calendar responses, ticket-system notifications, newsletters, mass mailings to lists, bounces/delivery reports, surveys, automated billing notices.',
    'reply_matching': 'A reply is matched to its parent by In-Reply-To. Lotus Notes mail from gleesons.ie carries no In-Reply-To/References (dropped on purpose); there the parent is the message whose header block the reply quotes (same thread subject).',
    'latency': 'customer_reply_hours: a human message from a customer-domain address whose parent is a human vendor message; hours = Date(reply) - Date(parent) in UTC, one decimal. vendor_reply_hours: the reverse. A sample belongs to the window containing the reply date.',
    'windows': 'first_60_days = replies dated 2026-06-01 .. 2026-07-30; last_30_days = replies dated 2026-09-01 .. 2026-09-30. median_hours is null when n = 0.',
    'latency_degradation': 'Raised when both windows have n >= 2 customer replies and the last_30_days median is >= 3 x the first_60_days median and >= 48 hours.',
    'unanswered_vendor_messages': 'Human vendor messages that ask for something (question, request, proposal, follow-up; thank-you/closing notes are excluded) and after which no human customer message was sent in the same thread by as_of. Auto-replies do not count as answers.',
    'unanswered_customer_message': 'Alert when a human customer message with a question or request has had no human vendor reply in its thread for more than 5 days at as_of. Vendor auto-replies and ticket notifications do not count.',
    'contact_status': 'left: departure announced by the person/their employer, or their address bounces permanently. on_leave: an announced absence that covers as_of (see on_leave_until). new: first seen (From/To/Cc of any message) on or after 2026-09-01. silent: sent at least one human message, none since 2026-09-01, and a human vendor message addressed to them after their last message got no reply from them. active: everyone else (including people who were only copied).',
    'renewal_window': 'Inside the window when 0 <= days_to_renewal <= 90 at as_of. renewal_at_risk is raised only inside the window and only with risk behaviour (churn/budget signals, champion gone, silence).',
    'commitments': 'A commitment is a vendor promise with a due date (signal type commitment, with due and status). kept: the vendor sent the promised item on or before the due date (fulfilled_by names the delivering message). overdue: due date before as_of and no delivery -> commitment_overdue. open: due date after as_of -> open_commitment.',
    'silence': 'account_going_silent: no human message from any customer contact for >= 42 days at as_of while the vendor kept writing after the last customer message. contacts_going_silent: a key contact (>= 3 human messages) whose status is silent while others at the account still write; when the whole account is silent only account_going_silent is raised.',
    'single_threaded': 'Enterprise and mid accounts only: exactly one customer contact (not counting contacts who left) sent human mail in the 60 days before as_of (2026-08-02 .. 2026-09-30). Normal for smb accounts, so not raised there; not raised when account_going_silent is.',
    'contacts_alerts': 'new_contacts names every contact with status new (a senior one to whom no human vendor message has been addressed by as_of gets new_senior_contact_not_engaged instead); contact_departed for status left; contact_bounced for a permanent bounce; title_change when a signature shows a new title.',
    'severity': 'high = needs action this week (revenue at risk or broken promise); medium = needs attention; low = informative / positive.',
    'signals': 'Listed phrases are verbatim substrings of the new (unquoted, signature excluded) text of the message. Signals are listed for human customer messages and for vendor commitments; vendor newsletters, automated notices and quoted text carry no signals. Every customer churn_risk, competitor, expansion, advocacy and escalation signal is evidence in an alert of the matching type.',
}


def mbox_from_line(x):
    u = utc(x)
    wd = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][u.weekday()]
    mo = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][u.month - 1]
    return 'From %s %s %s %2d %02d:%02d:%02d %d\n' % (x.frm.email, wd, mo, u.day, u.hour, u.minute, u.second, u.year)


def write_all(stories):
    with open(os.path.join(OUT, 'accounts.csv'), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(['account', 'domains', 'owner', 'arr', 'renewal_date', 'segment'])
        for S in stories:
            w.writerow([S.name, ';'.join(S.domains), S.owner, S.arr, S.renewal, S.segment])
    for S in stories:
        buf = io.BytesIO()
        for k in sorted(S.order, key=lambda k: utc(S.msgs[k])):
            x = S.msgs[k]
            e = build(x)
            for i, part in enumerate(e.walk()):      # deterministic MIME boundaries
                if part.is_multipart():
                    part.set_boundary('----=_Part_%d_%s' % (i, h(x.msgid, 16)))
            buf.write(mbox_from_line(x).encode('ascii'))
            g = BytesGenerator(buf, mangle_from_=True, policy=POL)
            g.flatten(e, unixfrom=False)
            data = buf.getvalue()
            if not data.endswith(b'\n'):
                buf.write(b'\n')
            buf.write(b'\n')
        with open(os.path.join(OUT, S.mbox), 'wb') as f:
            f.write(buf.getvalue())
    doc = {'as_of': AS_OF.isoformat(), 'vendor_domain': VENDOR_DOMAINS, 'definitions': DEFINITIONS,
           'accounts': [account_expected(S) for S in stories]}
    with open(os.path.join(OUT, 'expected.yaml'), 'w', encoding='utf-8') as f:
        f.write('# Generated by generate.py - do not edit by hand.\n')
        f.write('\n'.join(ydump(doc)) + '\n')
    return doc


# --------------------------------------------------------------------------- validation
