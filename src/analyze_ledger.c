/*
 * analyze_ledger.c - alerts raised once, repeated only when worse; snoozes.
 *
 * SUMMARY
 *	The alerts table keeps one row per alert: its stable id
 *	("<account-slug>/<kind>/<first day>[/<subject>]", the idempotency key
 *	the digest uses), the day it was first raised, the last day its
 *	condition held (last_seen), the day it was last sent in a digest
 *	(last_sent) with the severity and magnitude it had then, and the day
 *	it was resolved.
 *
 *	an_ledger_record() takes a day's detections for one account: an alert
 *	already open for the same account, kind and subject is updated (same
 *	id), a new one is inserted; an open alert whose condition has not held
 *	for 7 days is resolved.  The 7 days of grace keep a condition that
 *	flickers around its threshold from coming back as a new alert.
 *
 *	an_ledger_alerts() lists the alerts open on the day (raised on or
 *	before it, seen on or after it, not resolved by then: a past day can
 *	be asked again after later days were snapshotted),
 *	each with "new": never sent, or worse than when sent (a higher
 *	severity, or a magnitude half again as large: a health drop of 15
 *	that became 23, a silence of 30 days that became 45).
 *	mp_analyze_mark_sent() records what a digest delivered.
 *
 *	An alert an AM judged wrong (`mailpulse feedback`) is never listed
 *	again, and a later detection with the same kind, account and evidence
 *	is filed under it (mp_store_feedback_file_under), so it stays hidden.
 *
 * SNOOZE
 *	A snoozed account keeps being analysed and its alerts recorded; the
 *	digest leaves them out until the snooze ends (on the day given to
 *	`mailpulse snooze ACCOUNT --until DAY`), when whatever still holds and
 *	was never sent appears as new.
 */
#include <string.h>
#include "analyze_internal.h"
#include "feedback.h"
#include "status.h"

#define RESOLVE_AFTER "-7 days"

/* severity_rank - high 3, medium 2, low 1, else 0 */
static int severity_rank(const char *s)
{
	return g_strcmp0(s, "high") == 0 ? 3 : g_strcmp0(s, "medium") == 0 ? 2 :
	       g_strcmp0(s, "low") == 0 ? 1 : 0;
}

/* detail_json - what the row keeps besides the title: evidence, next step, draft */
static char *detail_json(const an_alert *al)
{
	json_t *d = json_pack("{s:O, s:s?, s:s?}", "evidence", al->evidence, "next_step", al->next_step,
	                      "draft", al->draft);
	char *text = json_dumps(d, JSON_COMPACT);
	json_decref(d);
	return text;
}

/* open_alert_id - id of the open alert of a kind and subject; caller frees */
static char *open_alert_id(an_ctx *ctx, gint64 account, const an_alert *al, GError **error)
{
	sqlite3_stmt *s = store_stmt(ctx->st,
		"SELECT id FROM alerts WHERE account_id = ?1 AND kind = ?2 AND subject = ?3"
		" AND resolved IS NULL AND first_raised <= ?4 ORDER BY first_raised DESC LIMIT 1", error);
	if (s == NULL)
		return NULL;
	sqlite3_bind_int64(s, 1, account);
	store_bind_text(s, 2, al->kind);
	store_bind_text(s, 3, al->subject);
	store_bind_text(s, 4, ctx->day);
	char *id = sqlite3_step(s) == SQLITE_ROW ? g_strdup(store_col_text(s, 0)) : NULL;
	sqlite3_reset(s);
	return id;
}

/* new_alert_id - the stable id of an alert first raised today */
static char *new_alert_id(an_ctx *ctx, const an_account *a, const an_alert *al)
{
	if (*al->subject == '\0')
		return g_strdup_printf("%s/%s/%s", a->slug, al->kind, ctx->day);
	char *sub = an_slug(al->subject);
	if (strlen(sub) > 48)
		sub[48] = '\0';
	char *id = g_strdup_printf("%s/%s/%s/%s", a->slug, al->kind, ctx->day, sub);
	g_free(sub);
	return id;
}

/* upsert - write one detection under id (inserting, updating or reopening) */
static gboolean upsert(an_ctx *ctx, gint64 account, const char *id, const an_alert *al,
                       GError **error)
{
	sqlite3_stmt *s = store_stmt(ctx->st,
		"INSERT INTO alerts (id, account_id, kind, subject, severity, magnitude, title, detail,"
		"  first_raised, last_seen) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9)"
		" ON CONFLICT (id) DO UPDATE SET severity = excluded.severity,"
		"  magnitude = excluded.magnitude, title = excluded.title, detail = excluded.detail,"
		"  last_seen = max(last_seen, excluded.last_seen), resolved = NULL", error);
	if (s == NULL)
		return FALSE;
	char *detail = detail_json(al);
	store_bind_text(s, 1, id);
	sqlite3_bind_int64(s, 2, account);
	store_bind_text(s, 3, al->kind);
	store_bind_text(s, 4, al->subject);
	store_bind_text(s, 5, al->severity);
	sqlite3_bind_double(s, 6, al->magnitude);
	store_bind_text(s, 7, al->title);
	store_bind_text(s, 8, detail);
	store_bind_text(s, 9, ctx->day);
	gboolean ok = store_step_done(ctx->st, s, "recording an alert", error);
	g_free(detail);
	return ok;
}

gboolean an_ledger_record(an_ctx *ctx, const an_account *a, GPtrArray *alerts, GError **error)
{
	for (guint i = 0; i < alerts->len; i++) {
		const an_alert *al = alerts->pdata[i];
		GError *lookup_error = NULL;
		char *id = open_alert_id(ctx, a->id, al, &lookup_error);
		/* An AM judged it wrong (feedback.h): filed under the judged
		 * alert, which an_ledger_alerts() never lists; a judged alert
		 * seen with new evidence starts afresh. */
		gboolean fresh = FALSE;
		char *judged = lookup_error ? NULL : mp_store_feedback_file_under(ctx->st, a->id,
			al->kind, id, al->evidence, &fresh, &lookup_error);
		if (lookup_error) {
			g_free(id);
			g_propagate_error(error, lookup_error);
			return FALSE;
		}
		if (judged || fresh) {
			g_free(id);
			id = judged;
		}
		if (id == NULL)
			id = new_alert_id(ctx, a, al);
		gboolean ok = upsert(ctx, a->id, id, al, error);
		g_free(id);
		if (!ok)
			return FALSE;
	}
	sqlite3_stmt *s = store_stmt(ctx->st,
		"UPDATE alerts SET resolved = ?2 WHERE account_id = ?1 AND resolved IS NULL"
		" AND last_seen < date(?2, '" RESOLVE_AFTER "')", error);
	if (s == NULL)
		return FALSE;
	sqlite3_bind_int64(s, 1, a->id);
	store_bind_text(s, 2, ctx->day);
	return store_step_done(ctx->st, s, "resolving alerts", error);
}

/* alert_json - one row as a DIGEST-MODEL alert object; *is_new set */
static json_t *alert_json(sqlite3_stmt *s, gboolean *is_new)
{
	const char *severity = store_col_text(s, 2), *sent_severity = store_col_text(s, 7);
	double magnitude = sqlite3_column_double(s, 3), sent_magnitude = sqlite3_column_double(s, 8);
	*is_new = sqlite3_column_type(s, 6) == SQLITE_NULL ||
	          severity_rank(severity) > severity_rank(sent_severity) ||
	          (sent_magnitude > 0 && magnitude >= 1.5 * sent_magnitude);
	json_t *detail = json_loads(store_col_text(s, 5) ? store_col_text(s, 5) : "{}", 0, NULL);
	json_t *evidence = detail ? json_object_get(detail, "evidence") : NULL;
	json_t *next = detail ? json_object_get(detail, "next_step") : NULL;
	json_t *draft = detail ? json_object_get(detail, "draft") : NULL;
	json_t *o = json_pack("{s:s, s:s, s:s, s:b, s:s, s:o, s:o, s:o}",
		"id", store_col_text(s, 0), "kind", store_col_text(s, 1), "severity", severity,
		"new", *is_new, "title", store_col_text(s, 4),
		"evidence", evidence ? json_incref(evidence) : json_array(),
		"next_step", next ? json_incref(next) : json_null(),
		"draft", draft ? json_incref(draft) : json_null());
	json_decref(detail);
	return o;
}

json_t *an_ledger_alerts(an_ctx *ctx, gint64 account_id, guint *new_count, GError **error)
{
	sqlite3_stmt *s = store_stmt(ctx->st,
		"SELECT id, kind, severity, magnitude, title, detail, last_sent, sent_severity,"
		"  sent_magnitude FROM alerts"
		" WHERE account_id = ?1 AND first_raised <= ?2 AND last_seen >= ?2"
		"  AND (resolved IS NULL OR resolved > ?2)"
		"  AND id NOT IN (SELECT alert_id FROM feedback WHERE verdict = 'wrong')"
		" ORDER BY CASE severity WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END, first_raised, id",
		error);
	if (s == NULL)
		return NULL;
	sqlite3_bind_int64(s, 1, account_id);
	store_bind_text(s, 2, ctx->day);
	json_t *list = json_array();
	int rc;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		gboolean is_new;
		json_array_append_new(list, alert_json(s, &is_new));
		if (is_new && new_count)
			(*new_count)++;
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE) {
		json_decref(list);
		store_fail(ctx->st, "reading alerts", error);
		return NULL;
	}
	return list;
}

gboolean mp_analyze_mark_sent(mp_store *st, json_t *model, GError **error)
{
	const char *day = json_string_value(json_object_get(model, "as_of"));
	json_t *accounts = json_object_get(model, "accounts"), *acct, *al;
	size_t i, j;
	if (day == NULL) {
		g_set_error(error, MP_ERROR, MP_ERR_SOFTWARE, "mark_sent: the model has no as_of");
		return FALSE;
	}
	json_array_foreach(accounts, i, acct) {
		json_array_foreach(json_object_get(acct, "alerts"), j, al) {
			if (!json_is_true(json_object_get(al, "new")))
				continue;
			sqlite3_stmt *s = store_stmt(st,
				"UPDATE alerts SET last_sent = ?2, sent_severity = severity,"
				" sent_magnitude = magnitude WHERE id = ?1", error);
			if (s == NULL)
				return FALSE;
			store_bind_text(s, 1, json_string_value(json_object_get(al, "id")));
			store_bind_text(s, 2, day);
			if (!store_step_done(st, s, "marking an alert sent", error))
				return FALSE;
		}
	}
	return TRUE;
}

gboolean an_snoozed(an_ctx *ctx, gint64 account_id)
{
	sqlite3_stmt *s = store_stmt(ctx->st,
		"SELECT 1 FROM snoozes WHERE account_id = ?1 AND until > ?2", NULL);
	if (s == NULL)
		return FALSE;
	sqlite3_bind_int64(s, 1, account_id);
	store_bind_text(s, 2, ctx->day);
	gboolean snoozed = sqlite3_step(s) == SQLITE_ROW;
	sqlite3_reset(s);
	return snoozed;
}

gboolean mp_analyze_snooze(mp_store *st, const char *account, const char *until, GError **error)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT id FROM accounts WHERE name = ?1", error);
	if (s == NULL)
		return FALSE;
	store_bind_text(s, 1, account);
	gint64 id = sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 0;
	sqlite3_reset(s);
	if (id == 0) {
		g_set_error(error, MP_ERROR, MP_ERR_DATA,
		            "no account named \"%s\" (see `mailpulse accounts list`)", account);
		return FALSE;
	}
	s = until ? store_stmt(st, "INSERT OR REPLACE INTO snoozes (account_id, until, set_at)"
	                           " VALUES (?1, ?2, ?3)", error)
	          : store_stmt(st, "DELETE FROM snoozes WHERE account_id = ?1", error);
	if (s == NULL)
		return FALSE;
	sqlite3_bind_int64(s, 1, id);
	if (until) {
		store_bind_text(s, 2, until);
		sqlite3_bind_int64(s, 3, store_now());
	}
	return store_step_done(st, s, "recording a snooze", error);
}

json_t *mp_analyze_list_snoozes(mp_store *st, gint64 as_of, GError **error)
{
	sqlite3_stmt *s = store_stmt(st,
		"SELECT a.name, z.until FROM snoozes z JOIN accounts a ON a.id = z.account_id"
		" WHERE z.until > ?1 ORDER BY a.name COLLATE NOCASE", error);
	if (s == NULL)
		return NULL;
	char *day = mp_analyze_day(as_of);
	store_bind_text(s, 1, day);
	g_free(day);
	json_t *rows = json_array();
	int rc;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW)
		json_array_append_new(rows, json_pack("{s:s, s:s}", "account", store_col_text(s, 0),
		                                      "until", store_col_text(s, 1)));
	sqlite3_reset(s);
	if (rc != SQLITE_DONE) {
		json_decref(rows);
		store_fail(st, "reading snoozes", error);
		return NULL;
	}
	return rows;
}
