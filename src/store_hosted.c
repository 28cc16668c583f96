/*
 * store_hosted.c - hosted mail in the database: journal reports, the
 * envelopes they give, the IMAP backfill position of each mailbox.
 *
 * SUMMARY
 *	mp_store_journal() writes a row of journal_reports for every report
 *	or routing copy, whatever became of it, so that `mailpulse status`
 *	can say how many arrived today and how many failed.  For a message
 *	that is stored (or was already), the report's recipients join
 *	journal_recipients and the participants table: Exchange sends one
 *	report per split delivery and Google one copy per inbound recipient,
 *	and the dedup key (extract.c) makes them one message, so each report
 *	adds the recipients the earlier ones did not name (union, never
 *	replacement).  Contacts are counted once per message: a participant
 *	already on the message, in any role, is not added again.
 *
 *	mp_store_imap_position() and mp_store_imap_advance() keep, per
 *	mailbox, the UIDVALIDITY and the last UID whose message went through
 *	the pipeline; the caller advances them after the messages they cover
 *	are committed (cli/ingest_imap.c), so a killed run resumes there and
 *	replays at most what was not yet committed (replay is idempotent).
 *
 * DIAGNOSTICS
 *	Database errors as in store.h; nothing here fails on data.
 */
#include <string.h>
#include "store_hosted.h"
#include "store_internal.h"

/* message_row - the id of the stored message with dedup_key, 0 if none */
static gint64 message_row(mp_store *st, const char *dedup_key, GError **error)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT id FROM messages WHERE dedup_key = ?", error);
	if (s == NULL)
		return -1;
	store_bind_text(s, 1, dedup_key);
	int rc = sqlite3_step(s);
	gint64 id = rc == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 0;
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(st, "looking up a journaled message", error), -1;
	return id;
}

/* record_envelope - the report's recipients of message (union) */
static gboolean record_envelope(mp_store *st, gint64 message, const mp_journal *j,
                                GError **error)
{
	for (guint i = 0; i < j->recipients->len; i++) {
		const mp_journal_rcpt *r = j->recipients->pdata[i];
		sqlite3_stmt *s = store_stmt(st,
			"INSERT OR IGNORE INTO journal_recipients (message_id, address, field,"
			"  expanded_from, forwarded_from) VALUES (?, ?, ?, ?, ?)", error);
		if (s == NULL)
			return FALSE;
		sqlite3_bind_int64(s, 1, message);
		store_bind_text(s, 2, r->address);
		store_bind_text(s, 3, r->field);
		store_bind_text(s, 4, r->expanded);
		store_bind_text(s, 5, r->forwarded);
		if (!store_step_done(st, s, "recording a journal recipient", error))
			return FALSE;
	}
	return TRUE;
}

/* on_message - address is a participant of message, in any role */
static gboolean on_message(mp_store *st, gint64 message, const char *address, gboolean *found,
                           GError **error)
{
	sqlite3_stmt *s = store_stmt(st,
		"SELECT 1 FROM participants WHERE message_id = ? AND address = ?", error);
	if (s == NULL)
		return FALSE;
	sqlite3_bind_int64(s, 1, message);
	store_bind_text(s, 2, address);
	int rc = sqlite3_step(s);
	*found = rc == SQLITE_ROW;
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(st, "looking up a participant", error);
	return TRUE;
}

/* merge_participants - add the participants of cls the message lacks */
static gboolean merge_participants(mp_store *st, gint64 message, const mp_classification *cls,
                                   const mp_extract *ex, GError **error)
{
	mp_classification missing = *cls;
	missing.participants = g_ptr_array_new(); /* borrowed pointers */
	gboolean ok = TRUE;
	for (guint i = 0; ok && i < cls->participants->len; i++) {
		mp_participant *p = cls->participants->pdata[i];
		gboolean found = FALSE;
		ok = on_message(st, message, p->address, &found, error);
		if (ok && !found)
			g_ptr_array_add(missing.participants, p);
	}
	gint64 sender = 0;
	if (ok && missing.participants->len > 0)
		ok = store_insert_participants(st, message, &missing, ex, &sender, error);
	g_ptr_array_unref(missing.participants);
	return ok;
}

/* mp_store_journal - a report's row, and for its message the union of recipients */
gboolean mp_store_journal(mp_store *st, const mp_journal *j, const char *outcome,
                          const char *reason, const mp_classification *cls,
                          const mp_extract *ex, GError **error)
{
	sqlite3_stmt *s = store_stmt(st,
		"INSERT INTO journal_reports (received_at, kind, report_id, reporter, message_id,"
		"  outcome, reason) VALUES (?, ?, ?, ?, ?, ?, ?)", error);
	if (s == NULL)
		return FALSE;
	sqlite3_bind_int64(s, 1, store_now());
	store_bind_text(s, 2, mp_journal_kind_name(j->kind));
	store_bind_text(s, 3, j->report_id);
	store_bind_text(s, 4, j->reporter);
	store_bind_text(s, 5, ex ? ex->message_id : j->message_id);
	store_bind_text(s, 6, outcome);
	store_bind_text(s, 7, reason);
	if (!store_step_done(st, s, "recording a journal report", error))
		return FALSE;
	if (ex == NULL || cls == NULL)
		return TRUE;
	gint64 message = message_row(st, ex->dedup_key, error);
	if (message <= 0)
		return message == 0; /* not stored (e.g. a forgotten sender): nothing to join */
	return record_envelope(st, message, j, error) &&
	       merge_participants(st, message, cls, ex, error);
}

/* mp_store_journal_summary - status's counts of reports and failures */
json_t *mp_store_journal_summary(mp_store *st, gint64 since, GError **error)
{
	sqlite3_stmt *s = store_stmt(st,
		"SELECT count(*) FILTER (WHERE received_at >= ?1), max(received_at),"
		"  count(*) FILTER (WHERE outcome = 'failed' AND received_at >= ?1),"
		"  count(*) FILTER (WHERE outcome = 'failed'),"
		"  (SELECT received_at FROM journal_reports WHERE outcome = 'failed'"
		"    ORDER BY id DESC LIMIT 1),"
		"  (SELECT reason FROM journal_reports WHERE outcome = 'failed'"
		"    ORDER BY id DESC LIMIT 1)"
		" FROM journal_reports", error);
	if (s == NULL)
		return NULL;
	sqlite3_bind_int64(s, 1, since);
	if (sqlite3_step(s) != SQLITE_ROW) {
		store_fail(st, "counting journal reports", error);
		return NULL;
	}
	json_t *o = json_object();
	json_object_set_new(o, "reports_today", json_integer(sqlite3_column_int64(s, 0)));
	json_object_set_new(o, "last_report", sqlite3_column_type(s, 1) == SQLITE_NULL
	                                          ? json_null()
	                                          : json_integer(sqlite3_column_int64(s, 1)));
	json_object_set_new(o, "failures_today", json_integer(sqlite3_column_int64(s, 2)));
	json_object_set_new(o, "failures", json_integer(sqlite3_column_int64(s, 3)));
	json_object_set_new(o, "last_failure", sqlite3_column_type(s, 4) == SQLITE_NULL
	                                           ? json_null()
	                                           : json_integer(sqlite3_column_int64(s, 4)));
	json_object_set_new(o, "last_failure_reason", store_jstr(store_col_text(s, 5)));
	sqlite3_reset(s);
	return o;
}

/* mp_store_journal_envelope - the recorded envelope of a message */
json_t *mp_store_journal_envelope(mp_store *st, const char *message_id, GError **error)
{
	sqlite3_stmt *s = store_stmt(st,
		"SELECT r.address, r.field, r.expanded_from, r.forwarded_from"
		" FROM journal_recipients r JOIN messages m ON m.id = r.message_id"
		" WHERE m.message_id = ? ORDER BY r.field, r.address", error);
	if (s == NULL)
		return NULL;
	store_bind_text(s, 1, message_id);
	json_t *rows = json_array();
	int rc;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW)
		json_array_append_new(rows, json_pack("{s:o s:o s:o s:o}",
			"address", store_jstr(store_col_text(s, 0)), "field", store_jstr(store_col_text(s, 1)),
			"expanded_from", store_jstr(store_col_text(s, 2)),
			"forwarded_from", store_jstr(store_col_text(s, 3))));
	return store_finish_rows(st, s, rc, rows, error);
}

/* mp_store_imap_position - where the last run of a folder stopped */
gboolean mp_store_imap_position(mp_store *st, const char *mailbox, guint64 *uidvalidity,
                                guint64 *last_uid, GError **error)
{
	*uidvalidity = *last_uid = 0;
	sqlite3_stmt *s = store_stmt(st,
		"SELECT uidvalidity, last_uid FROM imap_mailboxes WHERE mailbox = ?", error);
	if (s == NULL)
		return FALSE;
	store_bind_text(s, 1, mailbox);
	int rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		*uidvalidity = (guint64)sqlite3_column_int64(s, 0);
		*last_uid = (guint64)sqlite3_column_int64(s, 1);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(st, "reading an IMAP position", error);
	return TRUE;
}

/* mp_store_imap_advance - record a folder's new position (a new UIDVALIDITY restarts the count) */
gboolean mp_store_imap_advance(mp_store *st, const char *mailbox, const char *user,
                               guint64 uidvalidity, guint64 last_uid, guint64 added,
                               GError **error)
{
	sqlite3_stmt *s = store_stmt(st,
		"INSERT INTO imap_mailboxes (mailbox, user, uidvalidity, last_uid, messages, updated_at)"
		" VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
		" ON CONFLICT (mailbox) DO UPDATE SET"
		"  messages = CASE WHEN uidvalidity = excluded.uidvalidity"
		"    THEN messages + excluded.messages ELSE excluded.messages END,"
		"  uidvalidity = excluded.uidvalidity, last_uid = excluded.last_uid,"
		"  updated_at = excluded.updated_at", error);
	if (s == NULL)
		return FALSE;
	store_bind_text(s, 1, mailbox);
	store_bind_text(s, 2, user);
	sqlite3_bind_int64(s, 3, (sqlite3_int64)uidvalidity);
	sqlite3_bind_int64(s, 4, (sqlite3_int64)last_uid);
	sqlite3_bind_int64(s, 5, (sqlite3_int64)added);
	sqlite3_bind_int64(s, 6, store_now());
	return store_step_done(st, s, "recording an IMAP position", error);
}
