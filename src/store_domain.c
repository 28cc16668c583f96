/*
 * store_domain.c - which account a domain belongs to.
 *
 * SUMMARY
 *	store_account_for_domain() finds the account of a customer host: an
 *	exact host entry (eu.example.com) beats its registrable domain.
 *	store_link_orphans() gives an account, the day one of its domains is
 *	added, the messages, contacts, threads, signals and contact events of
 *	that domain stored before it without one.  Used by storing a message
 *	(store_message.c), by the account commands (store_accounts.c) and by
 *	the queries and signals that name a contact's account.
 *
 * DIAGNOSTICS
 *	store_account_for_domain() returns -1 with *error set on a database
 *	error, 0 when no account owns the domain; store_link_orphans() FALSE
 *	with *error set, the transaction left to the caller to roll back.
 */
#include "store_internal.h"

/* store_account_for_domain - the account of host, else of registrable */
gint64 store_account_for_domain(mp_store *st, const char *host, const char *registrable,
                                GError **error)
{
	/* An exact host entry (eu.example.com) beats its registrable domain. */
	sqlite3_stmt *s = store_stmt(st,
		"SELECT account_id FROM account_domains WHERE domain IN (?1, ?2)"
		" ORDER BY domain = ?1 DESC LIMIT 1", error);
	if (s == NULL)
		return -1;
	store_bind_text(s, 1, host ? host : registrable);
	store_bind_text(s, 2, registrable);
	gint64 id = 0;
	int rc = sqlite3_step(s);
	if (rc == SQLITE_ROW)
		id = sqlite3_column_int64(s, 0);
	else if (rc != SQLITE_DONE)
		id = -1, store_fail(st, "looking up a domain", error);
	sqlite3_reset(s);
	return id;
}

/* store_link_orphans - give a new domain's earlier mail its account */
gboolean store_link_orphans(mp_store *st, gint64 account_id, const char *domain, GError **error)
{
	static const char *const updates[] = {
		"UPDATE messages SET account_id = ?1 WHERE account_id IS NULL AND customer_domain = ?2",
		"UPDATE contacts SET account_id = ?1 WHERE account_id IS NULL AND internal = 0"
		" AND (registrable = ?2 OR domain = ?2)",
		"UPDATE threads SET account_id = ?1 WHERE account_id IS NULL AND id IN"
		" (SELECT thread_id FROM messages WHERE account_id = ?1)",
		"UPDATE signals SET account_id = ?1 WHERE account_id IS NULL AND message_id IN"
		" (SELECT id FROM messages WHERE account_id = ?1)",
		"UPDATE contact_events SET account_id = ?1 WHERE account_id IS NULL AND contact_id IN"
		" (SELECT id FROM contacts WHERE account_id = ?1)",
	};
	for (guint i = 0; i < G_N_ELEMENTS(updates); i++) {
		sqlite3_stmt *s = store_stmt(st, updates[i], error);
		if (s == NULL)
			return FALSE;
		sqlite3_bind_int64(s, 1, account_id);
		store_bind_text(s, 2, domain);
		if (!store_step_done(st, s, "linking messages to an account", error))
			return FALSE;
	}
	return TRUE;
}

