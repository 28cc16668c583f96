"""kw_validate: re-reads the written files and checks them against the story model."""
from kw_core import *  # noqa: F401,F403
from kw_expect import *  # noqa: F401,F403

SIGNAL_ALERT = {'churn_risk': 'churn_risk', 'competitor': 'competitor_mention', 'expansion': 'expansion_opportunity',
                'advocacy': 'advocacy', 'escalation': 'escalation'}
ALERT_TYPES = {'latency_degradation', 'account_going_silent', 'contacts_going_silent', 'competitor_mention',
               'churn_risk', 'new_senior_contact_not_engaged', 'renewal_at_risk', 'expansion_opportunity', 'advocacy',
               'single_threaded', 'escalation', 'commitment_overdue', 'open_commitment', 'contact_departed',
               'contact_bounced', 'title_change', 'new_contacts', 'unanswered_customer_message'}
SIGNAL_TYPES = {'expansion', 'advocacy', 'churn_risk', 'competitor', 'pricing', 'escalation', 'commitment', 'renewal'}


def plain_text(m):
    """Decoded text of the first text/plain part (or the HTML part without tags)."""
    for part in m.walk():
        if part.get_content_maintype() == 'multipart':
            continue
        if part.get_content_disposition() == 'attachment':
            continue
        if part.get_content_type() == 'text/plain':
            return unmangle(part.get_content())
    for part in m.walk():
        if part.get_content_type() == 'text/html':
            return html.unescape(re.sub(r'<[^>]+>', ' ', part.get_content()))
    return ''


def check_mbox(S, errors, all_ids):
    path = os.path.join(OUT, S.mbox)
    raw = open(path, 'rb').read()
    from_lines = [l for l in raw.split(b'\n') if l.startswith(b'From ')]
    if len(from_lines) != len(S.order):
        errors.append('%s: %d "From " lines for %d messages (unescaped From in a body?)' % (S.mbox, len(from_lines), len(S.order)))
    mb = mailbox.mbox(path, create=False)
    parsed = {}
    for mm in mb:
        m = email.message_from_bytes(mm.as_bytes(unixfrom=False), policy=policy.default)
        for hname in ('Message-ID', 'Date', 'From', 'To', 'Subject'):
            if m[hname] is None:
                errors.append('%s: message without %s: %s' % (S.mbox, hname, m['Message-ID']))
        for part in m.walk():
            if part.defects:
                errors.append('%s %s: MIME defects %r' % (S.mbox, m['Message-ID'], part.defects))
            for hn, hv in part.items():
                if getattr(hv, 'defects', None):
                    errors.append('%s %s: header %s defects %r' % (S.mbox, m['Message-ID'], hn, hv.defects))
        mid = str(m['Message-ID']).strip()
        if mid in parsed or mid in all_ids:
            errors.append('duplicate Message-ID %s' % mid)
        parsed[mid] = m
        if m['Date'].datetime.tzinfo is None:
            errors.append('%s: Date without zone' % mid)
    all_ids |= set(parsed)
    if len(parsed) != len(S.order):
        errors.append('%s: parsed %d, generated %d' % (S.mbox, len(parsed), len(S.order)))
    return parsed


def check_threads(S, parsed, errors):
    bykey = {S.msgs[k].msgid: S.msgs[k] for k in S.order}
    for mid, m in parsed.items():
        irt = m['In-Reply-To']
        if irt is not None and str(irt).strip() not in parsed:
            errors.append('%s: In-Reply-To %s not in mbox' % (mid, irt))
        x = bykey[mid]
        if x.parent and is_human(x) and not x.drop_refs and irt is None:
            errors.append('%s: reply without In-Reply-To' % mid)
        if x.drop_refs and irt is not None:
            errors.append('%s: drop_refs but In-Reply-To present' % mid)
        if local_date(x) < WINDOW_START or local_date(x) > AS_OF:
            errors.append('%s: dated outside the analysis period' % x.key)


def check_signals(S, parsed, errors):
    for k in S.order:
        x = S.msgs[k]
        if x.signals or x.neg:
            txt = plain_text(parsed[x.msgid]).replace('\r\n', '\n')
            if x.kind == HUMAN and x.new_text not in txt:
                errors.append('%s: new text not found verbatim in decoded body' % x.msgid)
        for t, ph, meta in x.signals:
            if t not in SIGNAL_TYPES:
                errors.append('%s: unknown signal type %s' % (x.key, t))
            if ph not in x.new_text:
                errors.append('%s: phrase %r not in new text' % (x.key, ph))
            if not is_human(x):
                errors.append('%s: signal on automated mail' % x.key)
            if t == 'commitment':
                if side(S, x.frm) != 'V':
                    errors.append('%s: commitment not from vendor' % x.key)
                if 'due' not in meta:
                    errors.append('%s: commitment without due date' % x.key)
                kb = meta.get('kept_by')
                if kb and (local_date(S.msgs[kb]).isoformat() > meta['due'] or S.msgs[kb].dt <= x.dt):
                    errors.append('%s: commitment kept late or before promise' % x.key)
                if meta.get('due') == AS_OF.isoformat():
                    errors.append('%s: commitment due on as_of (ambiguous)' % x.key)
            elif side(S, x.frm) != 'C':
                errors.append('%s: %s signal on non-customer mail' % (x.key, t))
        if x.neg and x.signals:
            errors.append('%s: hard negative carries signals' % x.key)


def expected_rules(S, A):
    """Alerts that follow mechanically from the model: {(type, contact-or-key)}."""
    need = set()
    hum_c = [S.msgs[k] for k in S.order if is_human(S.msgs[k]) and side(S, S.msgs[k].frm) == 'C']
    last_c = max((local_date(x) for x in hum_c), default=None)
    silent_acct = False
    if last_c is not None and (AS_OF - last_c).days >= 42:
        if any(is_human(y) and side(S, y.frm) == 'V' and local_date(y) > last_c for y in S.msgs.values()):
            silent_acct = True
            need.add(('account_going_silent', None))
    for c in A['contacts']:
        if c['status'] == 'silent' and c['human_messages_sent'] >= 3 and not silent_acct:
            need.add(('contacts_going_silent', c['email']))
        if c['status'] == 'left':
            need.add(('contact_departed', c['email']))
        if c['status'] == 'new':
            need.add(('new_contacts|new_senior_contact_not_engaged', c['email']))
            engaged = any(is_human(y) and side(S, y.frm) == 'V' and c['email'] in [q.email for q in y.to + y.cc]
                          for y in S.msgs.values())
            if engaged and any(a['type'] == 'new_senior_contact_not_engaged' and a.get('contact') == c['email']
                               for a in A['alerts']):
                need.add(('engaged contact flagged as not engaged', c['email']))
        if 'previous_title' in c:
            need.add(('title_change', c['email']))
    left = {c['email'] for c in A['contacts'] if c['status'] == 'left'}
    if S.segment in ('enterprise', 'mid') and not silent_acct:
        writers = {x.frm.email for x in hum_c if local_date(x) >= AS_OF - dt.timedelta(days=59)} - left
        if len(writers) == 1:
            need.add(('single_threaded', None))
    cl = A['latency']['customer_reply_hours']
    f, l = cl['first_60_days'], cl['last_30_days']
    if f['n'] >= 2 and l['n'] >= 2 and l['median_hours'] >= 3 * f['median_hours'] and l['median_hours'] >= 48:
        need.add(('latency_degradation', None))
    for k in S.order:
        x = S.msgs[k]
        if x.kind == 'bounce' and x.neg is None:
            need.add(('contact_bounced', S.msgs[x.parent].to[0].email))
        for t, ph, meta in x.signals:
            if t == 'commitment' and not meta.get('kept_by'):
                need.add(('commitment_overdue' if meta['due'] < AS_OF.isoformat() else 'open_commitment', x.msgid))
    return need


def check_alerts(S, A, errors):
    need = expected_rules(S, A)
    have = set()
    for a in A['alerts']:
        if a['type'] not in ALERT_TYPES:
            errors.append('%s: unknown alert type %s' % (S.name, a['type']))
        if a['severity'] not in ('high', 'medium', 'low'):
            errors.append('%s: bad severity %s' % (S.name, a['severity']))
        t = a['type']
        if t in ('new_contacts', 'new_senior_contact_not_engaged'):
            t = 'new_contacts|new_senior_contact_not_engaged'
        if t in ('account_going_silent', 'single_threaded', 'latency_degradation'):
            have.add((t, None))
        elif t in ('commitment_overdue', 'open_commitment'):
            for e in a['evidence']:
                have.add((t, e['message_id']))
        elif 'contact' in a:
            cs = a['contact'] if isinstance(a['contact'], list) else [a['contact']]
            for c in cs:
                have.add((t, c))
    for n in sorted(need - have, key=str):
        errors.append('%s: missing alert %s %s' % (S.name, n[0], n[1] or ''))
    for n in sorted(have - need, key=str):
        if n[0] in ('account_going_silent', 'single_threaded', 'latency_degradation', 'commitment_overdue',
                    'open_commitment', 'contacts_going_silent', 'contact_departed', 'title_change',
                    'new_contacts|new_senior_contact_not_engaged', 'contact_bounced'):
            errors.append('%s: alert %s %s not supported by the model' % (S.name, n[0], n[1] or ''))
    # phrase-signal alerts <-> customer signals
    sig_by = {}
    for s in A['signals']:
        sig_by.setdefault(s['message_id'], set()).add(s['type'])
    for s in A['signals']:
        at = SIGNAL_ALERT.get(s['type'])
        if at and not any(a['type'] == at and s['message_id'] in [e['message_id'] for e in a['evidence']]
                          for a in A['alerts']):
            errors.append('%s: %s signal in %s not used by a %s alert' % (S.name, s['type'], s['message_id'], at))
    for a in A['alerts']:
        inv = {v: k for k, v in SIGNAL_ALERT.items()}
        if a['type'] in inv:
            if not any(inv[a['type']] in sig_by.get(e['message_id'], ()) for e in a['evidence']):
                errors.append('%s: %s alert without a matching signal in its evidence' % (S.name, a['type']))
        if a['type'] == 'renewal_at_risk' and A['renewal_window']['status'] != 'inside_90_day_window':
            errors.append('%s: renewal_at_risk outside the renewal window' % S.name)
        if not a['evidence'] and a['type'] not in ('single_threaded',):
            errors.append('%s: alert %s without evidence' % (S.name, a['type']))


def check_unanswered(S, A, errors):
    uc = [x for x in unanswered(S, 'C') if (AS_OF - local_date(x)).days > 5]
    alerted = {e['message_id'] for a in A['alerts'] if a['type'] == 'unanswered_customer_message' for e in a['evidence']}
    for x in uc:
        if x.msgid not in alerted:
            errors.append('%s: unanswered customer message %s (%s) has no alert' % (S.name, x.key, local_date(x)))
    for mid in alerted:
        if mid not in {x.msgid for x in uc}:
            errors.append('%s: unanswered_customer_message alert on answered/young message %s' % (S.name, mid))
    for x in unanswered(S, 'C'):
        if (AS_OF - local_date(x)).days <= 5:
            errors.append('%s: customer message %s is unanswered but only %d days old (ambiguous)'
                          % (S.name, x.key, (AS_OF - local_date(x)).days))


def validate(stories, doc):
    errors = []
    total = negs = 0
    all_ids = set()
    for S, A in zip(stories, doc['accounts']):
        parsed = check_mbox(S, errors, all_ids)
        total += len(parsed)
        check_threads(S, parsed, errors)
        check_signals(S, parsed, errors)
        ref_ids = [s['message_id'] for s in A['signals']] + [s['fulfilled_by'] for s in A['signals'] if 'fulfilled_by' in s]
        ref_ids += [e['message_id'] for a in A['alerts'] for e in a['evidence']]
        ref_ids += [n['message_id'] for n in A['must_not_alert']]
        for w in ('first_60_days', 'last_30_days'):
            for s in A['latency']['customer_reply_hours'][w]['samples']:
                ref_ids += [s['reply'], s['to_message']]
        ref_ids += [u['message_id'] for u in A['latency']['unanswered_vendor_messages']]
        for r in ref_ids:
            if r not in parsed:
                errors.append('%s: referenced Message-ID %s missing' % (S.name, r))
        neg_ids = {n['message_id'] for n in A['must_not_alert']}
        for a in A['alerts']:
            for e in a['evidence']:
                if e['message_id'] in neg_ids:
                    errors.append('%s: alert %s uses hard negative %s as evidence' % (S.name, a['type'], e['message_id']))
        check_alerts(S, A, errors)
        check_unanswered(S, A, errors)
        negs += len(A['must_not_alert'])
    if len(stories) < 8:
        errors.append('fewer than 8 accounts')
    if total < 220:
        errors.append('only %d messages' % total)
    if negs * 3 < total:
        errors.append('hard negatives %d < a third of %d' % (negs, total))
    return errors, total, negs
