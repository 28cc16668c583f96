/*
 * store_signals.c - store what the signal stages found in one message.
 *
 * SUMMARY
 *	Called by mp_store_message() inside its transaction, after the
 *	message row and its participants:
 *	store_note_arrival() records the first message of each customer
 *	contact (a new_stakeholder event); store_signals() records the
 *	delivery-report recipients (bounces), the phrase-rule hits (signals),
 *	the author's title from the signature (contact_titles, title_change),
 *	and departures: an auto-reply saying its sender left (departed, and
 *	replaced_by when it names someone) or a permanent "mailbox gone"
 *	bounce for a contact who had written to us (bounced, departed).
 *
 * IDEMPOTENCY
 *	A message is stored once (its dedup key), so every row here is
 *	written once per message; the UNIQUE constraints (signals: message and
 *	rule; contact_events: contact, kind and message) make a replay of the
 *	same facts a no-op all the same.  new_stakeholder is one row per
 *	contact: when an older message of the contact arrives later (backfill
 *	in any order), the event moves to it.
 *
 * ORDER OF ARRIVAL
 *	A title seen for the first time becomes a title_change when the
 *	contact showed another title in an earlier message; contacts.title is
 *	the title of the latest message.  A bounce makes a departure only for
 *	a contact who wrote to us (a human message) before the bounce: a
 *	mistyped address we wrote to once bounces, but nobody left.
 *
 * DIAGNOSTICS
 *	Database errors only: FALSE with error set; the caller rolls back.
 */
#include <string.h>
#include "store_internal.h"

/* Evidence kept for a departure auto-reply: its first characters. */
#define DEPARTURE_EVIDENCE_CHARS 300

/* human - written by a person (not an auto-reply, bounce, list ...) */
static gboolean human(const mp_extract *ex)
{
	return ex->automated == MP_AUTO_NONE;
}

/* add_event - one contact_events row (ignored if it exists) */
static gboolean add_event(mp_store *st, gint64 contact, const char *kind, gint64 message,
                          const mp_extract *ex, const char *detail, gint64 other,
                          GError **error)
{
	sqlite3_stmt *s = store_stmt(st,
		"INSERT OR IGNORE INTO contact_events (contact_id, account_id, kind, date, message_id,"
		"  detail, other_contact_id)"
		" VALUES (?1, (SELECT account_id FROM contacts WHERE id = ?1), ?2, ?3, ?4, ?5, ?6)",
		error);
	if (s == NULL)
		return FALSE;
	sqlite3_bind_int64(s, 1, contact);
	store_bind_text(s, 2, kind);
	if (ex->date > 0)
		sqlite3_bind_int64(s, 3, ex->date);
	sqlite3_bind_int64(s, 4, message);
	store_bind_text(s, 5, detail);
	if (other > 0)
		sqlite3_bind_int64(s, 6, other);
	return store_step_done(st, s, "recording a contact event", error);
}

gboolean store_note_arrival(mp_store *st, gint64 contact, gint64 account,
                            const mp_participant *p, gint64 message, const mp_extract *ex,
                            GError **error)
{
	/* Our own people, freemail addresses (no account) and what lists and
	 * robots send are not stakeholders of an account. */
	if (p->internal || p->freemail || p->robot ||
	    !(human(ex) || ex->automated == MP_AUTO_REPLY || ex->automated == MP_AUTO_OUT_OF_OFFICE))
		return TRUE;
	const char *title = p->role == MP_ROLE_FROM && human(ex) ? ex->sig_title : NULL;
	sqlite3_stmt *s = store_stmt(st,
		"INSERT INTO contact_events (contact_id, account_id, kind, date, message_id, detail)"
		" VALUES (?1, ?2, 'new_stakeholder', ?3, ?4, ?5)"
		" ON CONFLICT (contact_id) WHERE kind = 'new_stakeholder' DO UPDATE SET"
		"  date = excluded.date, message_id = excluded.message_id,"
		"  detail = coalesce(excluded.detail, detail)"
		" WHERE excluded.date < coalesce(date, excluded.date + 1)", error);
	if (s == NULL)
		return FALSE;
	sqlite3_bind_int64(s, 1, contact);
	if (account > 0)
		sqlite3_bind_int64(s, 2, account);
	if (ex->date > 0)
		sqlite3_bind_int64(s, 3, ex->date);
	sqlite3_bind_int64(s, 4, message);
	store_bind_text(s, 5, title);
	return store_step_done(st, s, "recording a new stakeholder", error);
}

/* contact_by_address - id of a contact, 0 when unknown, -1 on error */
static gint64 contact_by_address(mp_store *st, const char *address, gboolean *internal,
                                 GError **error)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT id, internal FROM contacts WHERE address = ?", error);
	if (s == NULL)
		return -1;
	store_bind_text(s, 1, address);
	gint64 id = 0;
	int rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		id = sqlite3_column_int64(s, 0);
		*internal = sqlite3_column_int(s, 1);
	} else if (rc != SQLITE_DONE) {
		id = -1, store_fail(st, "looking up a contact", error);
	}
	sqlite3_reset(s);
	return id;
}

/* wrote_before - TRUE if the contact sent a human message before date */
static gboolean wrote_before(mp_store *st, gint64 contact, gint64 date, gboolean *wrote,
                             GError **error)
{
	sqlite3_stmt *s = store_stmt(st,
		"SELECT 1 FROM participants p JOIN messages m ON m.id = p.message_id"
		" WHERE p.contact_id = ?1 AND p.role = 'from' AND m.automated = 'none'"
		"  AND m.date < ?2 LIMIT 1", error);
	if (s == NULL)
		return FALSE;
	sqlite3_bind_int64(s, 1, contact);
	sqlite3_bind_int64(s, 2, date > 0 ? date : G_MAXINT64);
	int rc = sqlite3_step(s);
	*wrote = rc == SQLITE_ROW;
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(st, "looking up a contact's mail", error);
	return TRUE;
}

/* store_bounce - one failed recipient, and what it says about a contact */
static gboolean store_bounce(mp_store *st, gint64 message, const mp_bounce *b,
                             const mp_extract *ex, GError **error)
{
	if (b->recipient == NULL)
		return TRUE;
	gboolean internal = FALSE;
	gint64 contact = contact_by_address(st, b->recipient, &internal, error);
	if (contact < 0)
		return FALSE;
	sqlite3_stmt *s = store_stmt(st,
		"INSERT OR IGNORE INTO bounces (message_id, recipient, contact_id, status, action,"
		"  permanent, mailbox_gone, diagnostic) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", error);
	if (s == NULL)
		return FALSE;
	sqlite3_bind_int64(s, 1, message);
	store_bind_text(s, 2, b->recipient);
	if (contact > 0)
		sqlite3_bind_int64(s, 3, contact);
	store_bind_text(s, 4, b->status);
	store_bind_text(s, 5, b->action ? b->action : "failed");
	sqlite3_bind_int(s, 6, b->permanent);
	sqlite3_bind_int(s, 7, b->mailbox_gone);
	store_bind_text(s, 8, b->diagnostic);
	if (!store_step_done(st, s, "recording a bounce", error))
		return FALSE;
	if (contact == 0 || internal || !b->permanent)
		return TRUE;
	char *detail = g_strdup_printf("%s%s%s", b->status ? b->status : "failed",
	                               b->diagnostic ? ": " : "", b->diagnostic ? b->diagnostic : "");
	gboolean wrote = FALSE;
	gboolean ok = add_event(st, contact, "bounced", message, ex, detail, 0, error) &&
	              (!b->mailbox_gone || wrote_before(st, contact, ex->date, &wrote, error)) &&
	              (!wrote || add_event(st, contact, "departed", message, ex, detail, 0, error));
	g_free(detail);
	return ok;
}

/* store_hits - the phrase-rule hits of the message */
static gboolean store_hits(mp_store *st, gint64 message, gint64 account, gint64 sender,
                           const mp_classification *cls, const mp_extract *ex, GError **error)
{
	for (guint i = 0; i < ex->hits->len; i++) {
		const mp_rule_hit *h = ex->hits->pdata[i];
		sqlite3_stmt *s = store_stmt(st,
			"INSERT OR IGNORE INTO signals (message_id, account_id, contact_id, side, category,"
			"  rule, label, weight, evidence, due_date, date)"
			" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", error);
		if (s == NULL)
			return FALSE;
		sqlite3_bind_int64(s, 1, message);
		if (account > 0)
			sqlite3_bind_int64(s, 2, account);
		if (sender > 0)
			sqlite3_bind_int64(s, 3, sender);
		store_bind_text(s, 4, cls->direction == MP_DIRECTION_OUTBOUND ? "us" : "customer");
		store_bind_text(s, 5, h->category);
		store_bind_text(s, 6, h->rule);
		store_bind_text(s, 7, h->label);
		sqlite3_bind_double(s, 8, h->weight);
		store_bind_text(s, 9, h->evidence ? h->evidence : "");
		store_bind_text(s, 10, h->due_date);
		if (ex->date > 0)
			sqlite3_bind_int64(s, 11, ex->date);
		if (!store_step_done(st, s, "recording a signal", error))
			return FALSE;
	}
	return TRUE;
}

/* previous_title - the title the contact showed before date, or NULL
 * (caller frees) */
static char *previous_title(mp_store *st, gint64 contact, const char *title, gint64 date,
                            GError **error, gboolean *ok)
{
	sqlite3_stmt *s = store_stmt(st,
		"SELECT title FROM contact_titles WHERE contact_id = ?1 AND title <> ?2"
		" AND first_seen < ?3 ORDER BY last_seen DESC LIMIT 1", error);
	*ok = s != NULL;
	if (s == NULL)
		return NULL;
	sqlite3_bind_int64(s, 1, contact);
	store_bind_text(s, 2, title);
	sqlite3_bind_int64(s, 3, date);
	char *prev = NULL;
	int rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		prev = g_strdup(store_col_text(s, 0));
	else if (rc != SQLITE_DONE)
		*ok = store_fail(st, "looking up a title", error);
	sqlite3_reset(s);
	return prev;
}

/* store_title - the author's signature title: history, change, current */
static gboolean store_title(mp_store *st, gint64 message, gint64 sender, const mp_extract *ex,
                            GError **error)
{
	if (sender <= 0 || ex->sig_title == NULL || *ex->sig_title == '\0' || !human(ex) ||
	    ex->date <= 0)
		return TRUE;
	sqlite3_stmt *s = store_stmt(st,
		"INSERT INTO contact_titles (contact_id, title, first_seen, last_seen, message_id)"
		" VALUES (?1, ?2, ?3, ?3, ?4)"
		" ON CONFLICT (contact_id, title) DO UPDATE SET"
		"  message_id = CASE WHEN excluded.first_seen < first_seen THEN excluded.message_id"
		"    ELSE message_id END,"
		"  first_seen = min(first_seen, excluded.first_seen),"
		"  last_seen = max(last_seen, excluded.last_seen)"
		" RETURNING message_id = ?4 AND first_seen = ?3", error);
	if (s == NULL)
		return FALSE;
	sqlite3_bind_int64(s, 1, sender);
	store_bind_text(s, 2, ex->sig_title);
	sqlite3_bind_int64(s, 3, ex->date);
	sqlite3_bind_int64(s, 4, message);
	if (sqlite3_step(s) != SQLITE_ROW)
		return store_fail(st, "recording a title", error);
	gboolean first_time = sqlite3_column_int(s, 0);
	sqlite3_reset(s);
	gboolean ok = TRUE;
	char *prev = first_time ? previous_title(st, sender, ex->sig_title, ex->date, error, &ok) : NULL;
	if (ok && prev) {
		char *detail = g_strdup_printf("%s -> %s", prev, ex->sig_title);
		ok = add_event(st, sender, "title_change", message, ex, detail, 0, error);
		g_free(detail);
	}
	g_free(prev);
	s = ok ? store_stmt(st,
		"UPDATE contacts SET title = (SELECT title FROM contact_titles WHERE contact_id = ?1"
		"  ORDER BY last_seen DESC LIMIT 1) WHERE id = ?1", error) : NULL;
	if (s == NULL)
		return FALSE;
	sqlite3_bind_int64(s, 1, sender);
	return store_step_done(st, s, "recording a title", error);
}

/* named_contact - the contact an auto-reply names as replacement, created
 * in the departed contact's account when new; 0 to skip, -1 on error */
static gint64 named_contact(mp_store *st, const mp_participant *p, gint64 departed,
                            gint64 message, const mp_extract *ex, GError **error)
{
	if (p == NULL || p->internal || p->robot)
		return 0;
	gint64 account = p->freemail ? 0 : store_account_for_domain(st, p->domain, p->registrable,
	                                                            error);
	if (account < 0)
		return -1;
	sqlite3_stmt *s = store_stmt(st,
		"INSERT INTO contacts (address, name, name_score, domain, registrable, account_id,"
		"  internal, first_seen, last_seen)"
		" VALUES (?1, ?2, ?3, ?4, ?5,"
		"  coalesce(?6, (SELECT account_id FROM contacts WHERE id = ?7)), 0, ?8, ?8)"
		" ON CONFLICT (address) DO UPDATE SET"
		"  name = coalesce(name, excluded.name),"
		"  account_id = coalesce(account_id, excluded.account_id)"
		" RETURNING id, account_id, sent_count + received_count = 0 AND first_seen IS ?8", error);
	if (s == NULL)
		return -1;
	store_bind_text(s, 1, p->address);
	store_bind_text(s, 2, p->name);
	sqlite3_bind_int(s, 3, p->name ? 1 : 0);
	store_bind_text(s, 4, p->domain);
	store_bind_text(s, 5, p->registrable);
	if (account > 0)
		sqlite3_bind_int64(s, 6, account);
	sqlite3_bind_int64(s, 7, departed);
	if (ex->date > 0)
		sqlite3_bind_int64(s, 8, ex->date);
	if (sqlite3_step(s) != SQLITE_ROW)
		return store_fail(st, "recording a replacement contact", error), -1;
	gint64 id = sqlite3_column_int64(s, 0);
	gint64 its_account = sqlite3_column_int64(s, 1);
	gboolean created = sqlite3_column_int(s, 2);
	sqlite3_reset(s);
	if (created && !store_note_arrival(st, id, its_account, p, message, ex, error))
		return -1;
	return id;
}

/* store_departure - an auto-reply saying its sender left, and whom it names */
static gboolean store_departure(mp_store *st, gint64 message, gint64 sender,
                                const mp_classification *cls, const mp_extract *ex,
                                GError **error)
{
	if (!ex->departed || sender <= 0 || cls->direction != MP_DIRECTION_INBOUND ||
	    (ex->automated != MP_AUTO_REPLY && ex->automated != MP_AUTO_OUT_OF_OFFICE))
		return TRUE;
	const char *text = ex->new_text ? ex->new_text : ex->text;
	char *evidence = g_utf8_substring(text, 0, MIN(g_utf8_strlen(text, -1),
	                                               DEPARTURE_EVIDENCE_CHARS));
	g_strstrip(evidence);
	gboolean ok = add_event(st, sender, "departed", message, ex, evidence, 0, error);
	g_free(evidence);
	gint64 successor = ok ? named_contact(st, ex->replacement, sender, message, ex, error) : -1;
	if (successor > 0 && successor != sender)
		ok = add_event(st, sender, "replaced_by", message, ex, ex->replacement->address,
		               successor, error);
	return ok && successor >= 0;
}

gboolean store_signals(mp_store *st, gint64 message, gint64 account, gint64 sender,
                       const mp_classification *cls, const mp_extract *ex, GError **error)
{
	for (guint i = 0; i < ex->bounces->len; i++)
		if (!store_bounce(st, message, ex->bounces->pdata[i], ex, error))
			return FALSE;
	return store_hits(st, message, account, sender, cls, ex, error) &&
	       store_title(st, message, sender, ex, error) &&
	       store_departure(st, message, sender, cls, ex, error);
}
