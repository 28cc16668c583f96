/*
 * store_digest.c - what the digests already did: one per AM and day.
 *
 * SUMMARY
 *	`mailpulse digest --send` asks mp_store_digest_sent() before building
 *	a digest and calls mp_store_record_digest() once the MTA accepted it,
 *	so a second run the same day (the timer after a manual run, a
 *	Persistent= catch-up at boot) sends nothing.  The order is deliberate:
 *	a crash between the MTA's acceptance and the record can send one
 *	digest twice, while recording first could lose one; a duplicate
 *	digest is the lesser harm.  The alert ids a digest carried as new are
 *	kept (digest_alerts), so analysis can mark them "already sent" the
 *	next day (mp_store_alert_sent()).
 *
 * DIAGNOSTICS: database errors as everywhere in the store (MP_ERR_TEMPFAIL
 *	when busy, MP_ERR_IO otherwise); a failed record rolls back whole.
 */
#include "store_internal.h"
#include "status.h"

json_t *mp_store_digest_owners(mp_store *st, GError **error)
{
	sqlite3_stmt *s = store_stmt(st,
		"SELECT DISTINCT lower(trim(owner)) AS am FROM accounts"
		" WHERE owner IS NOT NULL AND trim(owner) != '' ORDER BY am", error);
	if (s == NULL)
		return NULL;
	json_t *owners = json_array();
	int rc;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW)
		json_array_append_new(owners, json_string(store_col_text(s, 0)));
	sqlite3_reset(s);
	if (rc != SQLITE_DONE) {
		json_decref(owners);
		store_fail(st, "listing the Account Managers", error);
		return NULL;
	}
	return owners;
}

/* exists - run a one-row query with two text parameters; *found */
static gboolean exists(mp_store *st, const char *sql, const char *a, const char *b,
                       gboolean *found, GError **error)
{
	sqlite3_stmt *s = store_stmt(st, sql, error);
	if (s == NULL)
		return FALSE;
	store_bind_text(s, 1, a);
	store_bind_text(s, 2, b);
	int rc = sqlite3_step(s);
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(st, "reading the digests sent", error);
	*found = rc == SQLITE_ROW;
	return TRUE;
}

gboolean mp_store_digest_sent(mp_store *st, const char *am, const char *day,
                              gboolean *sent, GError **error)
{
	return exists(st, "SELECT 1 FROM digests WHERE am = ?1 AND day = ?2", am, day, sent, error);
}

gboolean mp_store_alert_sent(mp_store *st, const char *alert_id, const char *before_day,
                             gboolean *sent, GError **error)
{
	return exists(st,
		"SELECT 1 FROM digest_alerts da JOIN digests d ON d.id = da.digest_id"
		" WHERE da.alert_id = ?1 AND (?2 IS NULL OR d.day < ?2) LIMIT 1",
		alert_id, before_day, sent, error);
}

/* insert_digest - the digests row (replacing that AM's row for the day) */
static gboolean insert_digest(mp_store *st, const char *am, const char *day, const char *message_id,
                              const char *transport, gint64 items, gint64 *id, GError **error)
{
	sqlite3_stmt *s = store_stmt(st,
		"INSERT OR REPLACE INTO digests (am, day, sent_at, message_id, transport, items)"
		" VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id", error);
	if (s == NULL)
		return FALSE;
	store_bind_text(s, 1, am);
	store_bind_text(s, 2, day);
	sqlite3_bind_int64(s, 3, store_now());
	store_bind_text(s, 4, message_id);
	store_bind_text(s, 5, transport);
	sqlite3_bind_int64(s, 6, items);
	if (sqlite3_step(s) != SQLITE_ROW)
		return store_fail(st, "recording a digest", error);
	*id = sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	return TRUE;
}

/* insert_alerts - the ids carried by digest id */
static gboolean insert_alerts(mp_store *st, gint64 id, json_t *alert_ids, GError **error)
{
	size_t i;
	json_t *v;
	json_array_foreach(alert_ids, i, v) {
		sqlite3_stmt *s = store_stmt(st,
			"INSERT OR IGNORE INTO digest_alerts (alert_id, digest_id) VALUES (?1, ?2)", error);
		if (s == NULL)
			return FALSE;
		store_bind_text(s, 1, json_string_value(v));
		sqlite3_bind_int64(s, 2, id);
		if (json_is_string(v) && !store_step_done(st, s, "recording a digest's alerts", error))
			return FALSE;
	}
	return TRUE;
}

gboolean mp_store_record_digest(mp_store *st, const char *am, const char *day,
                                const char *message_id, const char *transport,
                                json_t *alert_ids, GError **error)
{
	gint64 id = 0;
	if (!mp_store_begin(st, error))
		return FALSE;
	if (insert_digest(st, am, day, message_id, transport, (gint64)json_array_size(alert_ids), &id,
	                  error) &&
	    insert_alerts(st, id, alert_ids, error) && mp_store_commit(st, error))
		return TRUE;
	mp_store_rollback(st);
	return FALSE;
}
