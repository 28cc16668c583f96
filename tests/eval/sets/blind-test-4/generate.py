#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""blind-test-4: Solano Payroll Inc. scenario set.

Writes accounts.csv, one mbox per account, expected.yaml and README.md next to this file,
deterministically (fixed seed), then validates everything. Exit status 1 on any failure.
Story content lives in stories_*.py; message assembly in core.py.
"""
import os, sys, re, csv, io, mailbox, email, statistics
from collections import Counter, defaultdict
from datetime import datetime, date, timedelta, timezone
from email.message import EmailMessage
from email import policy
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import core
from core import P, ACCOUNTS, is_vendor, AS_OF, MAILER
import stories_vendor, stories_es, stories_nl, stories_en  # noqa: F401  (register content)
from readme_text import STORIES

ERR = []


def err(s):
    ERR.append(s)


ICS_START = {'bn': ('20260604T100000', 'America/Mexico_City'), 'fp': ('20260616T100000', 'Europe/Amsterdam'),
             'vk': ('20260610T100000', 'Europe/Brussels'), 'dl': ('20261006T140000', 'Europe/Amsterdam'),
             'cm': ('20260910T120000', 'America/Mexico_City'), 'cv': ('20260917T140000', 'America/Chicago'),
             'hr': ('20260701T090000', 'America/Chicago'), 'ls': ('20260825T130000', 'America/Detroit')}


def ics_text(m):
    start, tz = ICS_START[m.ics]
    s = datetime.strptime(start, '%Y%m%dT%H%M%S')
    e = s + timedelta(minutes=60)
    org = P[m.frm]
    att = '\r\n'.join(f"ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{P[k]['email']}" for k in m.to)
    return ("BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\nVERSION:2.0\r\n"
            "METHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
            f"UID:{m.key}-{start}@solanopayroll.com\r\nDTSTAMP:{m.dt.astimezone(timezone.utc).strftime('%Y%m%dT%H%M%SZ')}\r\n"
            f"DTSTART;TZID={tz}:{start}\r\nDTEND;TZID={tz}:{e.strftime('%Y%m%dT%H%M%S')}\r\n"
            f"SUMMARY:{m.subject.split(':', 1)[-1].strip()}\r\nORGANIZER;CN=\"{org['name']}\":mailto:{org['email']}\r\n"
            f"{att}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")


def build_email(m):
    msg = EmailMessage(policy=policy.default)
    msg['From'] = f"{P[m.frm]['name']} <{P[m.frm]['email']}>"
    msg['To'] = ', '.join(f"{P[k]['name']} <{P[k]['email']}>" for k in m.to)
    if m.cc:
        msg['Cc'] = ', '.join(f"{P[k]['name']} <{P[k]['email']}>" for k in m.cc)
    msg['Subject'] = m.subject
    msg['Date'] = format_datetime(m.dt)
    msg['Message-ID'] = m.msgid
    if m.parent is not None and not m.drop_irt:
        msg['In-Reply-To'] = m.parent.msgid
        refs = (m.parent.refs + [m.parent.msgid])[-8:]
        msg['References'] = ' '.join(refs)
    m.refs = (m.parent.refs + [m.parent.msgid]) if m.parent is not None else []
    mh = MAILER.get(m.client)
    if mh:
        msg[mh[0]] = mh[1]
    if m.kind == 'auto':
        msg['Auto-Submitted'] = 'auto-replied'
        msg['X-Auto-Response-Suppress'] = 'All'
    if m.kind == 'bulk':
        msg['Auto-Submitted'] = 'auto-generated'
        if P[m.frm]['email'].split('@')[0] in ('marketing', 'nieuws', 'insider'):
            msg['Precedence'] = 'bulk'
            msg['List-Unsubscribe'] = f"<mailto:unsubscribe@{P[m.frm]['email'].split('@')[1]}?subject=unsubscribe>"
    if m.client == 'lotus':
        msg['X-MIMETrack'] = 'Serialize by Router on VMKMAIL01/VMK(Release 9.0.1FP10|March 15, 2019)'
    lang_tag = {'en': 'en-US', 'es': {'MX': 'es-MX', 'CO': 'es-CO', 'ES': 'es-ES'}, 'nl': {'NL': 'nl-NL', 'BE': 'nl-BE'}}
    body = m.full_body + '\n'
    try:
        body.encode('ascii')
        msg.set_content(body, charset='us-ascii', cte='7bit')
    except UnicodeEncodeError:
        msg.set_content(body, charset='utf-8', cte='quoted-printable')
    if m.ics:
        msg.add_alternative(ics_text(m), subtype='calendar', params={'method': 'REQUEST'})
    return msg


def mboxrd_escape(data: bytes) -> bytes:
    out = []
    for line in data.split(b'\n'):
        if re.match(rb'^>*From ', line):
            line = b'>' + line
        out.append(line)
    return b'\n'.join(out)


def day(d):
    return d.strftime('%Y-%m-%d')


def thread_root(m):
    while m.parent is not None:
        m = m.parent
    return m


def main():
    import random
    random.seed(core.SEED)  # email's MIME boundaries use the global generator
    asof_end = datetime(2026, 9, 30, 23, 59, 59, tzinfo=timezone.utc)
    for a in ACCOUNTS:
        core.finish_account(a)
    all_ids = set()
    for a in ACCOUNTS:
        for m in a['msgs']:
            if m.msgid in all_ids:
                err('duplicate id ' + m.msgid)
            all_ids.add(m.msgid)

    # ------------------------------------------------------------- write mboxes
    for a in ACCOUNTS:
        a['msgs'].sort(key=lambda x: x.dt)
        with open(os.path.join(HERE, a['mbox']), 'wb') as fh:
            for m in a['msgs']:
                em = build_email(m)
                m.email = em
                raw = em.as_bytes(policy=policy.default.clone(linesep='\n', max_line_length=998))
                env = P[m.frm]['email']
                fl = f"From {env} {m.dt.astimezone(timezone.utc).strftime('%a %b %d %H:%M:%S %Y')}\n".encode()
                fh.write(fl + mboxrd_escape(raw).rstrip(b'\n') + b'\n\n')

    # ------------------------------------------------------------- accounts.csv
    with open(os.path.join(HERE, 'accounts.csv'), 'w', newline='', encoding='utf-8') as fh:
        w = csv.writer(fh, lineterminator='\n')
        w.writerow(['account', 'domains', 'owner', 'arr', 'renewal_date', 'segment'])
        for a in ACCOUNTS:
            w.writerow([a['account'], ';'.join(a['domains']), a['owner'], a['arr'], a['renewal_date'], a['segment']])

    # ------------------------------------------------------------- expected.yaml
    asof = date(2026, 9, 30)

    def ref(m):
        return {'message_id': m.msgid, 'date': day(m.dt), 'from': P[m.frm]['email']}

    def win(d):
        if date(2026, 6, 1) <= d <= date(2026, 7, 30):
            return 'first_60_days'
        if date(2026, 9, 1) <= d <= asof:
            return 'last_30_days'
        return None

    out_accounts = []
    stats = Counter()
    sig_by = Counter()
    alert_by = Counter()
    for a in ACCOUNTS:
        dom = a['domains']
        cust = lambda m: P[m.frm]['email'].split('@')[1] in dom
        ven = lambda m: is_vendor(P[m.frm]['email'])
        # latency
        lat = {'customer_reply_hours': {}, 'vendor_reply_hours': {}}
        samples = {'customer_reply_hours': defaultdict(list), 'vendor_reply_hours': defaultdict(list)}
        seen_parent = set()
        for m in a['msgs']:
            if m.kind != 'human' or m.parent is None or m.parent.kind != 'human' or m.parent.key in seen_parent:
                continue
            if cust(m) and ven(m.parent):
                k = 'customer_reply_hours'
            elif ven(m) and cust(m.parent):
                k = 'vendor_reply_hours'
            else:
                continue
            seen_parent.add(m.parent.key)
            h = round((m.dt - m.parent.dt).total_seconds() / 3600, 1)
            if h <= 0:
                err(f'{m.key}: reply before parent')
            w = win(m.dt.date())
            if w:
                samples[k][w].append({'reply': m.msgid, 'reply_date': day(m.dt), 'to_message': m.parent.msgid, 'hours': h})
        for k in lat:
            for w in ('first_60_days', 'last_30_days'):
                s = samples[k][w]
                d = {'n': len(s), 'median_hours': round(statistics.median([x['hours'] for x in s]), 1) if s else None}
                if k == 'customer_reply_hours':
                    d['samples'] = s
                lat[k][w] = d
        unanswered = []
        for m in a['msgs']:
            if ven(m) and m.ask and m.kind == 'human':
                root = thread_root(m)
                later = [x for x in a['msgs'] if cust(x) and x.kind == 'human' and x.dt > m.dt and thread_root(x) is root]
                if not later:
                    unanswered.append({'message_id': m.msgid, 'date': day(m.dt), 'to': [P[k]['email'] for k in m.to],
                                       'age_days_at_as_of': (asof - m.dt.date()).days})
        lat['unanswered_vendor_messages'] = unanswered
        # contacts
        contacts = []
        meta = a.get('contact_meta', {})
        for key, cm in meta.items():
            p = P[key]
            seen = [m for m in a['msgs'] if key == m.frm or key in m.to or key in m.cc]
            sent = [m for m in a['msgs'] if m.frm == key and m.kind == 'human']
            c = {'email': p['email'], 'name': p['name'], 'title': cm['title'] or p['title'], 'status': cm['status'],
                 'first_seen': day(min(x.dt for x in seen)), 'human_messages_sent': len(sent),
                 'last_human_message': day(max(x.dt for x in sent)) if sent else None}
            if cm['title'] and cm['title'] != p['title']:
                c['previous_title'] = p['title']
            contacts.append(c)
        # signals / negatives
        signals, negs = [], []
        for m in a['msgs']:
            for t, ph in m.sig:
                signals.append({'type': t, 'phrase': ph, 'message_id': m.msgid, 'date': day(m.dt),
                                'from': P[m.frm]['email'], 'language': m.lang})
                sig_by[(t, m.lang)] += 1
                if ph not in m.new_text:
                    err(f'{m.key}: phrase not in new text: {ph}')
            if m.neg:
                if m.sig:
                    err(f'{m.key}: must_not_alert message carries signals')
                negs.append({'message_id': m.msgid, 'date': day(m.dt), 'from': P[m.frm]['email'], 'why': m.neg})
        alerts = []
        for al in a['alerts']:
            ev, later = [], []
            for k in al['evidence']:
                if k not in a['keys']:
                    err(f"{a['account']}: alert evidence {k} missing")
                    continue
                # evidence is what exists on the alert date; later mail that confirms or resolves it is listed apart
                (later if day(a['keys'][k].dt) > al['date'] else ev).append(ref(a['keys'][k]))
            if not ev:
                err(f"{a['account']}: alert {al['type']} {al['date']} has no evidence dated on or before it")
            d = {'type': al['type'], 'severity': al['severity'], 'date': al['date']}
            if 'due_date' in al:
                d['due_date'] = al['due_date']
            d['evidence'] = ev
            if later:
                d['later_evidence'] = later
            d['note'] = al['note']
            if al['date'] > AS_OF:
                err('alert after as_of')
            alerts.append(d)
            alert_by[al['type']] += 1
        rd = datetime.strptime(a['renewal_date'], '%Y-%m-%d').date()
        dtr = (rd - asof).days
        out_accounts.append({
            'account': a['account'], 'mbox': a['mbox'], 'domains': a['domains'], 'owner': a['owner'], 'arr': a['arr'],
            'segment': a['segment'], 'renewal_date': a['renewal_date'],
            'renewal_window': {'days_to_renewal': dtr, 'status': 'inside_90_day_window' if dtr <= 90 else 'outside_90_day_window'},
            'scenario': a['scenario'], 'health': 'at_risk' if a['risk'] else ('mixed' if a['scenario'].startswith('mixed') else 'healthy'),
            'country': a['country'], 'language': a['lang'],
            'latency': lat, 'contacts': contacts, 'signals': signals, 'alerts': alerts, 'must_not_alert': negs})
        stats['messages'] += len(a['msgs'])
        stats['negatives'] += len(negs)
        stats['signals'] += len(signals)

    expected = {
        'as_of': AS_OF,
        'vendor_domain': 'solanopayroll.com',
        'definitions': {
            'internal_domains': ['solanopayroll.com', 'solano.es', 'solano.nl'],
            'set_name': 'blind-test-4',
            'latency': 'Hours from a human message of one side to the first human reply of the other side to it. A reply is '
                       'linked to its parent by In-Reply-To; where a client dropped it (Lotus Notes, old Outlook) the parent is '
                       'the message whose header block is quoted. Auto-replies, calendar responses, tickets, bills, newsletters '
                       'and personal mail are not replies. Windows by the reply date: first_60_days = 2026-06-01..2026-07-30, '
                       'last_30_days = 2026-09-01..2026-09-30.',
            'unanswered_vendor_messages': 'Vendor messages that ask the customer something and after which no human business '
                                          'message from the customer arrived in the same thread by as_of.',
            'contact_status': 'active: business mail in the last 45 days; silent: none in 45+ days while still addressed; '
                              'left: announced departure or mailbox bounces; on_leave: auto-reply or mail states a return date; '
                              'new: first business mail after 2026-08-01. human_messages_sent counts business mail only '
                              '(not auto-replies, calendar responses, personal mail).',
            'commitments': 'A commitment signal is a dated promise by vendor staff. open_commitment is raised when made; '
                           'commitment_overdue the day after the due date if nothing was delivered by then.',
            'unanswered_customer_message': 'A customer question or request with no vendor reply after 3 business days.',
            'account_going_silent': 'No business mail from the customer for 45 days while the vendor wrote at least twice.',
            'new_senior_contact_not_engaged': 'A director-level or C-level contact appears and no vendor mail is addressed to '
                                              'them within 14 days.',
            'renewal_window': 'days_to_renewal counted from as_of; inside_90_day_window when <= 90.',
            'health': 'Accounts with health at_risk must score below 60 and below every healthy account; mixed is unconstrained.',
        },
        'accounts': out_accounts,
    }
    import yaml
    with open(os.path.join(HERE, 'expected.yaml'), 'w', encoding='utf-8') as fh:
        yaml.safe_dump(expected, fh, sort_keys=False, allow_unicode=True, width=120, default_flow_style=False)

    # ------------------------------------------------------------- README
    write_readme(expected, stats, sig_by, alert_by)

    # ------------------------------------------------------------- validation
    validate(expected, stats, sig_by)
    if ERR:
        for e in ERR:
            print('FAIL:', e)
        print(f'{len(ERR)} validation error(s)')
        return 1
    print(f"OK: {len(ACCOUNTS)} accounts, {stats['messages']} messages, {stats['negatives']} hard negatives, "
          f"{stats['signals']} signals, {sum(alert_by.values())} alerts")
    for (t, l), n in sorted(sig_by.items()):
        print(f'  signal {t:12s} {l}: {n}')
    for t, n in sorted(alert_by.items()):
        print(f'  alert {t}: {n}')
    return 0


def unescape_rd(s):
    return re.sub(r'(?m)^>(>*From )', r'\1', s)


def validate(expected, stats, sig_by):
    import yaml
    exp = yaml.safe_load(open(os.path.join(HERE, 'expected.yaml'), encoding='utf-8'))
    if str(exp['as_of']) != AS_OF:
        err('as_of mismatch')
    lo = datetime(2026, 6, 1, tzinfo=timezone.utc) - timedelta(hours=14)
    hi = datetime(2026, 10, 1, tzinfo=timezone.utc) + timedelta(hours=12)
    for a, ea in zip(ACCOUNTS, exp['accounts']):
        box = mailbox.mbox(os.path.join(HERE, a['mbox']),
                           factory=lambda f: email.message_from_binary_file(f, policy=policy.default), create=False)
        parsed = {}
        for em in box:
            for part in em.walk():
                if part.defects:
                    err(f"{a['mbox']}: defects {part.defects} in {em['Message-ID']}")
            if em.defects:
                err(f"{a['mbox']}: defects {em.defects}")
            mid = str(em['Message-ID']).strip()
            parsed[mid] = em
        ids = set(parsed)
        if len(parsed) != len(a['msgs']):
            err(f"{a['mbox']}: parsed {len(parsed)} != {len(a['msgs'])}")
        for mid, em in parsed.items():
            d = email.utils.parsedate_to_datetime(str(em['Date']))
            if not (lo <= d <= hi):
                err(f'{mid}: date out of period {d}')
            irt = em['In-Reply-To']
            if irt is not None and str(irt).strip() not in ids:
                err(f'{mid}: In-Reply-To target missing')
        for m in a['msgs']:
            if m.parent is not None and m.parent.dt >= m.dt:
                err(f'{m.key}: reply not after parent')
            if m.drop_irt and m.parent is not None and parsed[m.msgid]['In-Reply-To'] is not None:
                err(f'{m.key}: In-Reply-To should be dropped')
        # every referenced id exists, phrase in new unquoted text of parsed message
        for s in ea['signals']:
            if s['message_id'] not in ids:
                err('signal id missing ' + s['message_id'])
                continue
            em = parsed[s['message_id']]
            body = unescape_rd(em.get_body(preferencelist=('plain',)).get_content())
            m = [x for x in a['msgs'] if x.msgid == s['message_id']][0]
            new = body[:len(m.new_text) + 2]
            if s['phrase'] not in new:
                err(f"phrase not in parsed new text: {s['phrase']}")
        for al in ea['alerts']:
            for ev in al['evidence'] + al.get('later_evidence', []):
                if ev['message_id'] not in ids:
                    err('alert evidence id missing')
        for n in ea['must_not_alert']:
            if n['message_id'] not in ids:
                err('must_not_alert id missing')
        for u in ea['latency']['unanswered_vendor_messages']:
            if u['message_id'] not in ids:
                err('unanswered id missing')
        for w in ('first_60_days', 'last_30_days'):
            for s in ea['latency']['customer_reply_hours'][w]['samples']:
                if s['reply'] not in ids or s['to_message'] not in ids:
                    err('latency sample id missing')
    # set-level requirements
    if len(ACCOUNTS) != 10:
        err('need 10 accounts')
    if not (200 <= stats['messages'] <= 240):
        err(f"message count {stats['messages']} outside 200-240")
    if stats['negatives'] * 3 < stats['messages']:
        err('fewer than a third hard negatives')
    es = sum(n for (t, l), n in sig_by.items() if l == 'es')
    nl = sum(n for (t, l), n in sig_by.items() if l == 'nl')
    if stats['signals'] < 40 or es < 12 or nl < 10:
        err(f"signal counts too low: total {stats['signals']} es {es} nl {nl}")
    risk = [a for a in ACCOUNTS if a['risk']]
    healthy = [a for a in ACCOUNTS if not a['risk'] and not a['scenario'].startswith('mixed')]
    if len(risk) < 4 or len(healthy) < 4:
        err('need >=4 risk and >=4 healthy stories')


def write_readme(expected, stats, sig_by, alert_by):
    L = ['# blind-test-4 — Solano Payroll Inc.', '',
         'Vendor: **Solano Payroll Inc.** (Austin, Texas), payroll and time-and-attendance software for multi-site employers. '
         'Internal domains: solanopayroll.com (US staff, support@, sales@, billing@), solano.es (Madrid), solano.nl (Rotterdam).',
         f"Period 2026-06-01 .. 2026-09-30, as_of {AS_OF}. {len(ACCOUNTS)} accounts, {stats['messages']} messages, "
         f"{stats['negatives']} hard negatives (must_not_alert), {stats['signals']} phrase signals.", '',
         'Regenerate and validate with `python3 generate.py` (exit status 0 = valid). Story content is in stories_*.py, '
         'mail assembly (quotes, forwards, Message-IDs per client) in core.py.', '',
         'Account managers: Megan Whitfield (US), Lucía Paredes (Mexico/Colombia), Álvaro Benítez (Spain), Daan Verhoeven (Benelux).', '',
         '## Accounts', '',
         '| account | country / language | owner | ARR | segment | renewal | days | health | scenario |',
         '|---|---|---|---|---|---|---|---|---|']
    for ea in expected['accounts']:
        L.append(f"| {ea['account']} | {ea['country']} / {ea['language']} | {ea['owner']} | {ea['arr']:,} | {ea['segment']} | "
                 f"{ea['renewal_date']} | {ea['renewal_window']['days_to_renewal']} | {ea['health']} | {ea['scenario']} |")
    L += ['', '## Stories', '']
    for ea in expected['accounts']:
        L += [f"### {ea['account']} ({ea['health']})", '', STORIES[ea['account']].strip(), '']
        lat = ea['latency']['customer_reply_hours']
        L.append(f"Customer reply latency: first 60 days n={lat['first_60_days']['n']} median={lat['first_60_days']['median_hours']} h; "
                 f"last 30 days n={lat['last_30_days']['n']} median={lat['last_30_days']['median_hours']} h. "
                 f"Unanswered vendor messages at as_of: {len(ea['latency']['unanswered_vendor_messages'])}.")
        L.append('')
    L += ['## Alert table', '', '| account | alert | severity | date | due | evidence | note |', '|---|---|---|---|---|---|---|']
    for ea in expected['accounts']:
        for al in ea['alerts']:
            L.append(f"| {ea['account']} | {al['type']} | {al['severity']} | {al['date']} | {al.get('due_date', '')} | "
                     f"{len(al['evidence'])} msg | {al['note']} |")
    L += ['', '## Counts', '', '| signal type | en | es | nl |', '|---|---|---|---|']
    for t in ['expansion', 'advocacy', 'churn_risk', 'competitor', 'pricing', 'escalation', 'commitment', 'renewal']:
        L.append(f"| {t} | {sig_by.get((t, 'en'), 0)} | {sig_by.get((t, 'es'), 0)} | {sig_by.get((t, 'nl'), 0)} |")
    L += ['', '| alert type | count |', '|---|---|'] + [f'| {t} | {n} |' for t, n in sorted(alert_by.items())]
    L += ['', '## Hard negatives', '',
          'Vendor upsell and renewal reminders, vendor quotes, newsletters (Solano al día, Solano Nieuws, Payroll Insider), '
          'customer-forwarded market reports (Gmail ES/NL, Outlook ES/NL/EN, Apple Mail ES/EN, Thunderbird EN, Lotus Notes NL) about '
          "the customer's own prices, customers and competitors, auto-replies (holiday, leave, public holidays), calendar "
          'invitations and acceptances, ticket notifications, e-bills, personal mail (dinner, football, a job reference, a '
          'reunion dinner), negations ("no estamos pensando en cambiar de proveedor", "we zijn niet van plan over te stappen", '
          '"This isn\'t affecting us") and short replies that quote older signal-bearing letters. Each is listed with its reason '
          'in expected.yaml.', '',
          '## Mail-client realism', '',
          'Lotus Notes (Versmarkt Kempen) and old Outlook (Lakeshore payroll) replies drop In-Reply-To and quote a header block '
          'instead; the logical parent is used for latency. Outlook replies quote with a localized header block (De/Enviado el, '
          'Van/Verzonden), Gmail/Apple/Thunderbird with localized attribution lines and ">" quoting. Time zones follow the '
          "sender's office (Monterrey/CDMX -0600, Bogotá -0500, Austin/Houston/San Marcos -0500, Michigan -0400, Madrid/Santander/"
          'Utrecht/Turnhout/Zwolle +0200). One body line starts with "From " to exercise mboxrd escaping.', '']
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8') as fh:
        fh.write('\n'.join(L))


if __name__ == '__main__':
    sys.exit(main())
