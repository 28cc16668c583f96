/*
 * store_feedback.c - the Account Managers' verdicts on alerts.
 *
 * SUMMARY
 *	feedback_key holds the installation's secret, 32 random bytes made by
 *	the schema migration that created the table (SQLite's randomblob(),
 *	seeded from the system's random source), so every database has its
 *	own and no key file needs managing: whoever can read the database can
 *	write a verdict into it anyway.
 *
 *	feedback holds one verdict per alert and AM: the alert's account and
 *	kind and its evidence key (mp_feedback_evidence_key) copied when the
 *	verdict is recorded, so the ledger can recognise the same evidence
 *	in a later detection (mp_store_feedback_file_under) even after the
 *	alert itself was resolved or its text purged.
 *
 *	mp_store_feedback_record() finds the alert an item names by computing
 *	the item of every alert id (items are hashes, not stored: a reply is
 *	rare, a scan of the ledger costs milliseconds), then checks the tag
 *	for the reply's From address before anything is written.
 *
 * DIAGNOSTICS: as in store.h; MP_ERR_DATA for a verdict on an alert that
 *	does not exist, MP_ERR_SOFTWARE for a key that is not 32 bytes.
 */
#include <string.h>
#include "feedback.h"
#include "store_internal.h"
#include "status.h"

gboolean mp_store_feedback_key(mp_store *st, guint8 key[MP_FEEDBACK_KEY_LEN], GError **error)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT key FROM feedback_key WHERE id = 1", error);
	if (s == NULL)
		return FALSE;
	int rc = sqlite3_step(s);
	gboolean ok = rc == SQLITE_ROW && sqlite3_column_bytes(s, 0) == MP_FEEDBACK_KEY_LEN;
	if (ok)
		memcpy(key, sqlite3_column_blob(s, 0), MP_FEEDBACK_KEY_LEN);
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(st, "reading the feedback key", error);
	if (!ok)
		g_set_error(error, MP_ERROR, MP_ERR_SOFTWARE, "%s: the feedback key is missing or "
		            "not %d bytes", st->path, MP_FEEDBACK_KEY_LEN);
	return ok;
}

/* alert_of_item - the id of the alert whose item is item, or NULL (error
 * set on a database error) */
static char *alert_of_item(mp_store *st, const char *item, GError **error)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT id FROM alerts", error);
	if (s == NULL)
		return NULL;
	char *found = NULL;
	int rc;
	while (found == NULL && (rc = sqlite3_step(s)) == SQLITE_ROW) {
		char *it = mp_feedback_item(store_col_text(s, 0));
		if (strcmp(it, item) == 0)
			found = g_strdup(store_col_text(s, 0));
		g_free(it);
	}
	sqlite3_reset(s);
	if (found == NULL && rc != SQLITE_DONE)
		store_fail(st, "looking up a feedback item", error);
	return found;
}

gboolean mp_store_feedback_put(mp_store *st, const char *alert_id, const char *am,
                               mp_verdict verdict, gint64 judged_at, GError **error)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT detail FROM alerts WHERE id = ?1", error);
	if (s == NULL)
		return FALSE;
	store_bind_text(s, 1, alert_id);
	int rc = sqlite3_step(s);
	json_t *detail = rc == SQLITE_ROW && store_col_text(s, 0)
		? json_loads(store_col_text(s, 0), 0, NULL) : NULL;
	sqlite3_reset(s);
	if (rc != SQLITE_ROW) {
		json_decref(detail);
		if (rc != SQLITE_DONE)
			return store_fail(st, "reading an alert", error);
		g_set_error(error, MP_ERROR, MP_ERR_DATA, "no alert \"%s\"", alert_id);
		return FALSE;
	}
	char *evidence = mp_feedback_evidence_key(json_object_get(detail, "evidence"));
	json_decref(detail);
	char *who = g_ascii_strdown(am, -1);
	s = store_stmt(st,
		"INSERT INTO feedback (alert_id, am, account_id, kind, evidence, verdict, judged_at)"
		" SELECT id, ?2, account_id, kind, ?3, ?4, ?5 FROM alerts WHERE id = ?1"
		" ON CONFLICT (alert_id, am) DO UPDATE SET evidence = excluded.evidence,"
		"  verdict = excluded.verdict, judged_at = excluded.judged_at", error);
	gboolean ok = s != NULL;
	if (ok) {
		store_bind_text(s, 1, alert_id);
		store_bind_text(s, 2, who);
		store_bind_text(s, 3, evidence);
		store_bind_text(s, 4, mp_verdict_name(verdict));
		sqlite3_bind_int64(s, 5, judged_at);
		ok = store_step_done(st, s, "recording a verdict", error);
	}
	g_free(who);
	g_free(evidence);
	return ok;
}

gboolean mp_store_feedback_record(mp_store *st, const mp_feedback_reply *r, gint64 judged_at,
                                  const char **refusal, char **alert_id, GError **error)
{
	*refusal = r->refusal;
	if (alert_id)
		*alert_id = NULL;
	if (r->refusal)
		return TRUE;
	GError *lookup = NULL;
	char *id = alert_of_item(st, r->item, &lookup);
	if (lookup) {
		g_propagate_error(error, lookup);
		return FALSE;
	}
	if (id == NULL) {
		*refusal = "no alert has this item (mistyped, or forgotten since)";
		return TRUE;
	}
	guint8 key[MP_FEEDBACK_KEY_LEN];
	if (!mp_store_feedback_key(st, key, error)) {
		g_free(id);
		return FALSE;
	}
	char *want = mp_feedback_tag(key, r->item, r->from);
	memset(key, 0, sizeof key);
	gboolean ok = TRUE;
	if (!mp_feedback_tag_equal(want, r->tag))
		*refusal = "the tag is not the sender's: only the AM the item was sent to can judge it";
	else
		ok = mp_store_feedback_put(st, id, r->from, r->verdict, judged_at, error);
	g_free(want);
	if (ok && *refusal == NULL && alert_id)
		*alert_id = id;
	else
		g_free(id);
	return ok;
}

json_t *mp_store_feedback_list(mp_store *st, GError **error)
{
	sqlite3_stmt *s = store_stmt(st,
		"SELECT f.judged_at, f.verdict, f.am, c.name, f.kind, f.alert_id, a.title"
		" FROM feedback f LEFT JOIN accounts c ON c.id = f.account_id"
		" LEFT JOIN alerts a ON a.id = f.alert_id"
		" ORDER BY f.judged_at DESC, f.alert_id, f.am", error);
	if (s == NULL)
		return NULL;
	json_t *rows = json_array();
	int rc;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		char *item = mp_feedback_item(store_col_text(s, 5));
		json_array_append_new(rows, json_pack("{s:o, s:s, s:s, s:o, s:s, s:s, s:s, s:o}",
			"judged_at", store_jtime(s, 0), "verdict", store_col_text(s, 1),
			"am", store_col_text(s, 2), "account", store_jstr(store_col_text(s, 3)),
			"kind", store_col_text(s, 4), "alert_id", store_col_text(s, 5), "item", item,
			"title", store_jstr(store_col_text(s, 6))));
		g_free(item);
	}
	return store_finish_rows(st, s, rc, rows, error);
}

json_t *mp_store_feedback_precision(mp_store *st, const char *day, GError **error)
{
	sqlite3_stmt *s = store_stmt(st,
		"SELECT f.kind, sum(f.verdict = 'useful'), sum(f.verdict = 'wrong')"
		" FROM feedback f JOIN alerts a ON a.id = f.alert_id WHERE a.first_raised <= ?1"
		" GROUP BY f.kind ORDER BY f.kind", error);
	if (s == NULL)
		return NULL;
	store_bind_text(s, 1, day);
	json_t *rows = json_array();
	int rc;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		gint64 useful = sqlite3_column_int64(s, 1), wrong = sqlite3_column_int64(s, 2);
		json_array_append_new(rows, json_pack("{s:s, s:I, s:I, s:f}", "kind",
			store_col_text(s, 0), "useful", (json_int_t)useful, "wrong", (json_int_t)wrong,
			"precision", (double)useful / (double)MAX(useful + wrong, 1)));
	}
	return store_finish_rows(st, s, rc, rows, error);
}

/* judged_wrong - an AM judged the alert id wrong; -1 on a database error */
static int judged_wrong(mp_store *st, const char *id, GError **error)
{
	sqlite3_stmt *s = store_stmt(st,
		"SELECT 1 FROM feedback WHERE alert_id = ?1 AND verdict = 'wrong' LIMIT 1", error);
	if (s == NULL)
		return -1;
	store_bind_text(s, 1, id);
	int rc = sqlite3_step(s);
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
		store_fail(st, "reading verdicts", error);
		return -1;
	}
	return rc == SQLITE_ROW;
}

char *mp_store_feedback_file_under(mp_store *st, gint64 account, const char *kind,
                                   const char *open_id, json_t *evidence, gboolean *fresh,
                                   GError **error)
{
	*fresh = FALSE;
	char *key = mp_feedback_evidence_key(evidence), *found = NULL;
	int open_wrong = open_id ? judged_wrong(st, open_id, error) : 0;
	if (open_wrong < 0) {
		g_free(key);
		return NULL;
	}
	if (*key == '\0') {
		/* facts only: the judged occurrence stays judged while it lasts */
		found = open_wrong ? g_strdup(open_id) : NULL;
		g_free(key);
		return found;
	}
	sqlite3_stmt *s = store_stmt(st,
		"SELECT alert_id FROM feedback WHERE account_id = ?1 AND kind = ?2 AND evidence = ?3"
		" AND verdict = 'wrong' ORDER BY judged_at DESC LIMIT 1", error);
	if (s != NULL) {
		sqlite3_bind_int64(s, 1, account);
		store_bind_text(s, 2, kind);
		store_bind_text(s, 3, key);
		int rc = sqlite3_step(s);
		if (rc == SQLITE_ROW)
			found = g_strdup(store_col_text(s, 0));
		else if (rc != SQLITE_DONE)
			store_fail(st, "reading verdicts", error);
		sqlite3_reset(s);
		*fresh = found == NULL && open_wrong;
	}
	g_free(key);
	return found;
}
