/*
 * store_accounts.c - apply an accounts import to the database.
 *
 * SUMMARY
 *	mp_store_import_accounts() applies every row in one transaction: the
 *	account is created or updated by name (case-insensitive), its domain
 *	list becomes exactly the one given, ARR changes are appended to
 *	account_arr_history (for later GRR/NRR), and messages and contacts that
 *	had no account, or sat under an auto-created account for one of these
 *	domains, move to it.  An auto-created account left without domains is
 *	removed.  On any error nothing of the import remains.
 */
#include <string.h>
#include "store_internal.h"
#include "status.h"

/* upsert_account - create or update by name; sets *id and *created */
static gboolean upsert_account(mp_store *st, const mp_account_row *row, gint64 *id,
                               gboolean *created, GError **error)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT id FROM accounts WHERE name = ?", error);
	if (s == NULL)
		return FALSE;
	store_bind_text(s, 1, row->name);
	int rc = sqlite3_step(s);
	*created = rc == SQLITE_DONE;
	*id = rc == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 0;
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(st, "looking up an account", error);
	s = store_stmt(st,
		"INSERT INTO accounts (name, owner, arr, renewal_date, segment, origin, created_at,"
		"  updated_at) VALUES (?1, ?2, ?3, ?4, ?5, 'import', ?6, ?6)"
		" ON CONFLICT (name) DO UPDATE SET name = excluded.name, owner = excluded.owner,"
		"  arr = excluded.arr, renewal_date = excluded.renewal_date,"
		"  segment = excluded.segment, origin = 'import', updated_at = excluded.updated_at"
		" RETURNING id", error);
	if (s == NULL)
		return FALSE;
	store_bind_text(s, 1, row->name);
	store_bind_text(s, 2, row->owner);
	sqlite3_bind_double(s, 3, row->arr);
	store_bind_text(s, 4, row->renewal_date);
	store_bind_text(s, 5, row->segment);
	sqlite3_bind_int64(s, 6, store_now());
	if (sqlite3_step(s) != SQLITE_ROW)
		return store_fail(st, "saving an account", error);
	*id = sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	return TRUE;
}

/* record_arr - append to the ARR history when it changed */
static gboolean record_arr(mp_store *st, gint64 id, double arr, GError **error)
{
	sqlite3_stmt *s = store_stmt(st,
		"INSERT INTO account_arr_history (account_id, recorded_at, arr)"
		" SELECT ?1, ?2, ?3 WHERE coalesce((SELECT arr FROM account_arr_history"
		"  WHERE account_id = ?1 ORDER BY recorded_at DESC, rowid DESC LIMIT 1), -1) != ?3",
		error);
	if (s == NULL)
		return FALSE;
	sqlite3_bind_int64(s, 1, id);
	sqlite3_bind_int64(s, 2, store_now());
	sqlite3_bind_double(s, 3, arr);
	return store_step_done(st, s, "recording ARR", error);
}

/* move_domain - domain now belongs to id; carry its mail over */
static gboolean move_domain(mp_store *st, gint64 id, const char *domain, GError **error)
{
	static const char *const steps[] = {
		/* mail and contacts filed under the auto-created account */
		"UPDATE messages SET account_id = ?1 WHERE customer_domain = ?2 AND account_id IN"
		" (SELECT account_id FROM account_domains d JOIN accounts a ON a.id = d.account_id"
		"  WHERE d.domain = ?2 AND a.origin = 'auto' AND a.id != ?1)",
		"UPDATE contacts SET account_id = ?1 WHERE (registrable = ?2 OR domain = ?2) AND account_id IN"
		" (SELECT account_id FROM account_domains d JOIN accounts a ON a.id = d.account_id"
		"  WHERE d.domain = ?2 AND a.origin = 'auto' AND a.id != ?1)",
		"INSERT INTO account_domains (domain, account_id) VALUES (?2, ?1)"
		" ON CONFLICT (domain) DO UPDATE SET account_id = excluded.account_id",
	};
	for (guint i = 0; i < G_N_ELEMENTS(steps); i++) {
		sqlite3_stmt *s = store_stmt(st, steps[i], error);
		if (s == NULL)
			return FALSE;
		sqlite3_bind_int64(s, 1, id);
		store_bind_text(s, 2, domain);
		if (!store_step_done(st, s, "moving a domain", error))
			return FALSE;
	}
	return store_link_orphans(st, id, domain, error);
}

/* set_domains - the account's domains become exactly row->domains */
static gboolean set_domains(mp_store *st, gint64 id, const mp_account_row *row, GError **error)
{
	for (guint i = 0; i < row->domains->len; i++)
		if (!move_domain(st, id, row->domains->pdata[i], error))
			return FALSE;
	/* Drop domains the CRM no longer lists for this account. */
	GString *keep = g_string_new(NULL);
	for (guint i = 0; i < row->domains->len; i++)
		g_string_append_printf(keep, "%s%s", i ? "\n" : "", (char *)row->domains->pdata[i]);
	sqlite3_stmt *s = store_stmt(st,
		"DELETE FROM account_domains WHERE account_id = ?1 AND instr(char(10) || ?2 || char(10),"
		" char(10) || domain || char(10)) = 0", error);
	gboolean ok = s != NULL;
	if (ok) {
		sqlite3_bind_int64(s, 1, id);
		store_bind_text(s, 2, keep->str);
		ok = store_step_done(st, s, "updating domains", error);
	}
	g_string_free(keep, TRUE);
	return ok;
}

/* drop_empty_auto_accounts - auto accounts whose domains all moved away */
static gboolean drop_empty_auto_accounts(mp_store *st, GError **error)
{
	static const char *const steps[] = {
		"DELETE FROM accounts WHERE origin = 'auto' AND id NOT IN"
		" (SELECT account_id FROM account_domains)",
		/* threads whose account was just deleted follow their messages */
		"UPDATE threads SET account_id = (SELECT account_id FROM messages"
		"  WHERE thread_id = threads.id AND account_id IS NOT NULL LIMIT 1)"
		" WHERE account_id IS NULL",
	};
	for (guint i = 0; i < G_N_ELEMENTS(steps); i++) {
		sqlite3_stmt *s = store_stmt(st, steps[i], error);
		if (s == NULL || !store_step_done(st, s, "removing empty accounts", error))
			return FALSE;
	}
	return TRUE;
}

gboolean mp_store_import_accounts(mp_store *st, GPtrArray *rows, guint *created,
                                  guint *updated, GError **error)
{
	*created = *updated = 0;
	if (!mp_store_begin(st, error))
		return FALSE;
	for (guint i = 0; i < rows->len; i++) {
		const mp_account_row *row = rows->pdata[i];
		gint64 id = 0;
		gboolean is_new = FALSE;
		if (!upsert_account(st, row, &id, &is_new, error) || !record_arr(st, id, row->arr, error) ||
		    !set_domains(st, id, row, error)) {
			mp_store_rollback(st);
			return FALSE;
		}
		(*(is_new ? created : updated))++;
	}
	if (!drop_empty_auto_accounts(st, error)) {
		mp_store_rollback(st);
		return FALSE;
	}
	return mp_store_commit(st, error);
}

gboolean mp_store_account_exists(mp_store *st, const char *name)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT 1 FROM accounts WHERE name = ?", NULL);
	if (s == NULL)
		return FALSE;
	store_bind_text(s, 1, name);
	gboolean found = sqlite3_step(s) == SQLITE_ROW;
	sqlite3_reset(s);
	return found;
}
