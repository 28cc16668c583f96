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
 *	digest is the lesser harm.  Which alerts a digest carried is not kept
 *	here: analysis keeps that ledger (an alert is new until it was sent).
 *
 * DIAGNOSTICS: database errors as everywhere in the store (MP_ERR_TEMPFAIL
 *	when busy, MP_ERR_IO otherwise).
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

gboolean mp_store_digest_sent(mp_store *st, const char *am, const char *day,
                              gboolean *sent, GError **error)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT 1 FROM digests WHERE am = ?1 AND day = ?2", error);
	if (s == NULL)
		return FALSE;
	store_bind_text(s, 1, am);
	store_bind_text(s, 2, day);
	int rc = sqlite3_step(s);
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(st, "reading the digests sent", error);
	*sent = rc == SQLITE_ROW;
	return TRUE;
}

gboolean mp_store_record_digest(mp_store *st, const char *am, const char *day,
                                const char *message_id, const char *transport,
                                gint64 items, GError **error)
{
	sqlite3_stmt *s = store_stmt(st,
		"INSERT OR REPLACE INTO digests (am, day, sent_at, message_id, transport, items)"
		" VALUES (?1, ?2, ?3, ?4, ?5, ?6)", error);
	if (s == NULL)
		return FALSE;
	store_bind_text(s, 1, am);
	store_bind_text(s, 2, day);
	sqlite3_bind_int64(s, 3, store_now());
	store_bind_text(s, 4, message_id);
	store_bind_text(s, 5, transport);
	sqlite3_bind_int64(s, 6, items);
	return store_step_done(st, s, "recording a digest", error);
}
