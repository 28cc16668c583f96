/*
 * store_erase.c - forget a person or a domain, purge old text, scrub the file.
 *
 * SUMMARY
 *	erase_tables[] below declares every table of the schema and what
 *	erasure does to it: the statements `forget` runs on it, the ones
 *	`purge` runs, or why it needs none (no personal data, or an index that
 *	is rebuilt).  mp_store_forget() and mp_store_purge() only walk that
 *	table, so the table is the one place to read what is erased, and
 *	mp_store_erase_check() lets a test fail on any table of the schema it
 *	does not declare: a new table cannot be forgotten by `forget`.
 *
 * FORGET (inside mp_store_begin_erase() ... mp_store_commit())
 *	1. forget_who: every address the target covers (contacts,
 *	   participants); then the names seen for them join the needles.
 *	2. forget_messages: every message with such a participant, and every
 *	   message whose subject, text or ids mention a needle (found through
 *	   the full-text index, then confirmed by mp_forget_mentions()).
 *	   Such messages are deleted whole: they are the person's words, or
 *	   others' words about them; keeping half a message would keep the
 *	   quote.  Other people's messages are not touched.
 *	3. The statements of erase_tables[], children before parents, so that
 *	   every row is counted in its own table (a cascade would hide it).
 *	   Contacts and threads that shared a deleted message are recounted.
 *	Then mp_store_scrub(): the full-text index is rebuilt (FTS5 keeps a
 *	deleted row's words in its old segments until they are merged), the
 *	file is vacuumed and the WAL checkpointed and truncated; secure_delete,
 *	set by mp_store_begin_erase(), has zeroed every freed byte, so no copy
 *	of the erased data remains in the database file or its WAL.
 *
 * PURGE
 *	Messages dated before the cutoff keep what headers-only capture keeps
 *	(envelope, participants, subject, dates, thread, automated-mail facts)
 *	and lose their text, their attachment names and the evidence sentences
 *	of their signals.  Aggregates (contacts, latencies, events) outlive it.
 *	mp_store_scrub() then merges the full-text index (no VACUUM: secure
 *	delete already zeroed the old text, and a daily VACUUM would rewrite
 *	the whole file).
 *
 * DIAGNOSTICS
 *	Database errors set error (store.h) and leave the transaction for the
 *	caller to roll back.  mp_store_scrub() fails with MP_ERR_TEMPFAIL when
 *	another process keeps the WAL from being emptied: run it again.
 */
#include <string.h>
#include "store_internal.h"
#include "status.h"

typedef enum {
	STEP_DELETE,    /* counted as rows deleted */
	STEP_REWRITE,   /* counted as rows changed: erased fields */
	STEP_RECOUNT,   /* derived values recomputed: not counted */
} step_kind;

/* One statement on the table of its erase_table: DELETE FROM table WHERE
 * where, or UPDATE table SET set WHERE where (set NULL for a delete).
 * Kept in parts so that a dry run can count the rows of the same WHERE. */
typedef struct erase_step {
	step_kind kind;
	const char *set;
	const char *where;
} erase_step;

typedef enum {
	TABLE_ERASED,   /* personal data: forget (and maybe purge) steps */
	TABLE_INDEX,    /* the full-text index: rebuilt by mp_store_scrub() */
	TABLE_NONE,     /* declared free of personal data */
} table_kind;

typedef struct erase_table {
	const char *name;
	table_kind kind;
	const char *holds;           /* what personal data it holds (docs) */
	const erase_step *forget;    /* terminated by a NULL where */
	const erase_step *purge;     /* ?1 is the cutoff (unix time); may be NULL */
} erase_table;

#define END { STEP_DELETE, NULL, NULL }
#define MESSAGES_FORGOTTEN "(SELECT id FROM forget_messages)"
#define OLD_MESSAGES "(SELECT id FROM messages WHERE coalesce(date, stored_at) < ?1)"

/* Working sets of one forget, in memory (temp_store), never in a file. */
static const char *const setup_sql =
	"CREATE TEMP TABLE IF NOT EXISTS forget_who (address TEXT PRIMARY KEY);"
	"CREATE TEMP TABLE IF NOT EXISTS forget_messages (id INTEGER PRIMARY KEY,"
	"  message_id TEXT, thread_id INTEGER);"
	"CREATE TEMP TABLE IF NOT EXISTS forget_contacts (id INTEGER PRIMARY KEY);"
	"CREATE TEMP TABLE IF NOT EXISTS forget_touched (contact_id INTEGER PRIMARY KEY);"
	"CREATE TEMP TABLE IF NOT EXISTS forget_accounts (id INTEGER PRIMARY KEY);"
	"DELETE FROM forget_who; DELETE FROM forget_messages; DELETE FROM forget_contacts;"
	"DELETE FROM forget_touched; DELETE FROM forget_accounts;";

static const erase_step participants_forget[] = {
	{ STEP_DELETE, NULL, "message_id IN " MESSAGES_FORGOTTEN
	                     " OR address IN (SELECT address FROM forget_who)" },
	END,
};
static const erase_step attachments_forget[] = {
	{ STEP_DELETE, NULL, "message_id IN " MESSAGES_FORGOTTEN },
	END,
};
static const erase_step attachments_purge[] = {
	{ STEP_REWRITE, "filename = NULL", "filename IS NOT NULL AND message_id IN " OLD_MESSAGES },
	END,
};
static const erase_step signals_forget[] = {
	{ STEP_DELETE, NULL, "message_id IN " MESSAGES_FORGOTTEN
	                     " OR contact_id IN (SELECT id FROM forget_contacts)"
	                     " OR mp_forget_mentions(evidence) OR mp_forget_mentions(label)" },
	END,
};
static const erase_step signals_purge[] = {
	{ STEP_REWRITE, "evidence = ''", "evidence <> '' AND message_id IN " OLD_MESSAGES },
	END,
};
static const erase_step bounces_forget[] = {
	{ STEP_DELETE, NULL, "message_id IN " MESSAGES_FORGOTTEN
	                     " OR mp_forget_covers(recipient)"
	                     " OR contact_id IN (SELECT id FROM forget_contacts)"
	                     " OR mp_forget_mentions(diagnostic)" },
	END,
};
static const erase_step contact_events_forget[] = {
	{ STEP_DELETE, NULL, "message_id IN " MESSAGES_FORGOTTEN
	                     " OR contact_id IN (SELECT id FROM forget_contacts)"
	                     " OR other_contact_id IN (SELECT id FROM forget_contacts)"
	                     " OR mp_forget_mentions(detail)" },
	END,
};
static const erase_step contact_titles_forget[] = {
	{ STEP_DELETE, NULL, "contact_id IN (SELECT id FROM forget_contacts)" },
	END,
};
static const erase_step messages_forget[] = {
	{ STEP_DELETE, NULL, "id IN " MESSAGES_FORGOTTEN },
	END,
};
static const erase_step messages_purge[] = {
	{ STEP_REWRITE, "text = '', new_text = NULL, signature = NULL",
	  "coalesce(date, stored_at) < ?1"
	  " AND (text <> '' OR new_text IS NOT NULL OR signature IS NOT NULL)" },
	END,
};
static const erase_step message_ids_forget[] = {
	{ STEP_DELETE, NULL, "message_id IN (SELECT message_id FROM forget_messages)"
	                     " OR mp_forget_mentions(message_id)"
	                     " OR (thread_id IN (SELECT thread_id FROM forget_messages) AND NOT EXISTS"
	                     "  (SELECT 1 FROM messages WHERE thread_id = message_ids.thread_id))" },
	END,
};
static const erase_step threads_forget[] = {
	{ STEP_DELETE, NULL, "id IN (SELECT thread_id FROM forget_messages)"
	                     " AND NOT EXISTS (SELECT 1 FROM messages WHERE thread_id = threads.id)" },
	{ STEP_RECOUNT,
	  "message_count = (SELECT count(*) FROM messages WHERE thread_id = threads.id),"
	  " first_date = (SELECT min(date) FROM messages WHERE thread_id = threads.id),"
	  " last_date = (SELECT max(date) FROM messages WHERE thread_id = threads.id)",
	  "id IN (SELECT thread_id FROM forget_messages)" },
	{ STEP_REWRITE, "subject = ''", "mp_forget_mentions(subject)" },
	END,
};
static const erase_step contacts_forget[] = {
	{ STEP_DELETE, NULL, "id IN (SELECT id FROM forget_contacts)" },
	{ STEP_RECOUNT,
	  "sent_count = (SELECT count(*) FROM participants WHERE contact_id = contacts.id"
	  "   AND role = 'from'),"
	  " received_count = (SELECT count(*) FROM participants"
	  "   WHERE contact_id = contacts.id AND role <> 'from'),"
	  " first_seen = coalesce((SELECT min(m.date) FROM participants p JOIN messages m"
	  "   ON m.id = p.message_id WHERE p.contact_id = contacts.id), first_seen),"
	  " last_seen = coalesce((SELECT max(m.date) FROM participants p JOIN messages m"
	  "   ON m.id = p.message_id WHERE p.contact_id = contacts.id), last_seen)",
	  "id IN (SELECT contact_id FROM forget_touched)" },
	END,
};
static const erase_step account_domains_forget[] = {
	{ STEP_DELETE, NULL, "mp_forget_covers(domain)" },
	END,
};
static const erase_step account_arr_history_forget[] = {
	{ STEP_DELETE, NULL, "account_id IN (SELECT id FROM forget_accounts)" },
	END,
};
static const erase_step accounts_forget[] = {
	{ STEP_DELETE, NULL, "id IN (SELECT id FROM forget_accounts)" },
	{ STEP_REWRITE, "owner = NULL", "mp_forget_covers(owner)" },
	END,
};

static const erase_step alerts_forget[] = {
	{ STEP_DELETE, NULL, "account_id IN (SELECT id FROM forget_accounts)"
	                     " OR mp_forget_mentions(detail) OR mp_forget_mentions(title)"
	                     " OR mp_forget_mentions(subject)" },
	END,
};
/* An alert's detail holds its evidence sentences: text, under Retention
 * like the messages it quotes.  Only alerts no longer open are cut. */
static const erase_step alerts_purge[] = {
	{ STEP_REWRITE, "detail = '{}'",
	  "detail <> '{}' AND resolved IS NOT NULL AND last_seen < date(?1, 'unixepoch')" },
	END,
};
/* A verdict goes with its alert (forgotten above, so an orphan now), its
 * account, or the AM who gave it. */
static const erase_step feedback_forget[] = {
	{ STEP_DELETE, NULL, "alert_id NOT IN (SELECT id FROM alerts)"
	                     " OR account_id IN (SELECT id FROM forget_accounts) OR mp_forget_covers(am)" },
	END,
};
static const erase_step snapshots_forget[] = {
	{ STEP_DELETE, NULL, "account_id IN (SELECT id FROM forget_accounts)" },
	END,
};
static const erase_step snoozes_forget[] = {
	{ STEP_DELETE, NULL, "account_id IN (SELECT id FROM forget_accounts)" },
	END,
};

/* Every table of the schema, in the order forget and purge visit them:
 * children before parents. */
static const erase_table erase_tables[] = {
	{ "alerts", TABLE_ERASED, "alerts with their evidence sentences, next step and draft",
	  alerts_forget, alerts_purge },
	{ "feedback", TABLE_ERASED, "the AMs' verdicts on alerts: AM address, alert id, kind",
	  feedback_forget, NULL },
	{ "snapshots", TABLE_ERASED, "daily health figures of an account (numbers only)",
	  snapshots_forget, NULL },
	{ "snoozes", TABLE_ERASED, "which account's alerts are silenced until when",
	  snoozes_forget, NULL },
	{ "participants", TABLE_ERASED, "who sent and received each message",
	  participants_forget, NULL },
	{ "attachments", TABLE_ERASED, "attachment names, types and sizes",
	  attachments_forget, attachments_purge },
	{ "signals", TABLE_ERASED, "phrase-rule hits and their evidence sentences",
	  signals_forget, signals_purge },
	{ "bounces", TABLE_ERASED, "failed recipients of delivery reports", bounces_forget, NULL },
	{ "contact_events", TABLE_ERASED, "arrivals, departures, title changes of contacts",
	  contact_events_forget, NULL },
	{ "contact_titles", TABLE_ERASED, "job titles from signatures", contact_titles_forget, NULL },
	{ "messages", TABLE_ERASED, "headers, subject, text, new text and signature of each message",
	  messages_forget, messages_purge },
	{ "message_ids", TABLE_ERASED, "message ids, which may hold a sender's domain",
	  message_ids_forget, NULL },
	{ "threads", TABLE_ERASED, "thread subjects and dates", threads_forget, NULL },
	{ "contacts", TABLE_ERASED, "address, name and counts of each person seen",
	  contacts_forget, NULL },
	{ "account_domains", TABLE_ERASED, "the domains of each account",
	  account_domains_forget, NULL },
	{ "account_arr_history", TABLE_ERASED, "revenue figures of an account",
	  account_arr_history_forget, NULL },
	{ "accounts", TABLE_ERASED, "account names, owners (AM addresses)",
	  accounts_forget, NULL },
	{ "messages_fts", TABLE_INDEX, "full-text index of subjects and texts", NULL, NULL },
	{ "messages_fts_data", TABLE_INDEX, "its segments", NULL, NULL },
	{ "messages_fts_idx", TABLE_INDEX, "its segment index", NULL, NULL },
	{ "messages_fts_docsize", TABLE_INDEX, "its document sizes", NULL, NULL },
	{ "messages_fts_config", TABLE_NONE, "its settings", NULL, NULL },
	{ "digests", TABLE_NONE, "digests sent: the AM (one of ours), day, Message-ID, item count",
	  NULL, NULL },
	{ "feedback_key", TABLE_NONE, "the secret that tags the digest's feedback links", NULL, NULL },
};

/* sql_covers / sql_mentions - the SQL functions over the mp_forget */
static void sql_covers(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	const mp_forget *f = sqlite3_user_data(ctx);
	sqlite3_result_int(ctx, mp_forget_covers(f, (const char *)sqlite3_value_text(argv[0])));
}

static void sql_mentions(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
	const mp_forget *f = sqlite3_user_data(ctx);
	const char *text = (const char *)sqlite3_value_text(argv[0]);
	sqlite3_result_int(ctx, text && mp_forget_mentions(f, text, sqlite3_value_bytes(argv[0])));
}

/* register_functions - mp_forget_covers(x) and mp_forget_mentions(x) over
 * f, or (f NULL) remove them, so no statement outlives the request */
static gboolean register_functions(mp_store *st, const mp_forget *f, GError **error)
{
	const int flags = SQLITE_UTF8 | SQLITE_DIRECTONLY;
	if (sqlite3_create_function_v2(st->db, "mp_forget_covers", 1, flags, (void *)f,
	                               f ? sql_covers : NULL, NULL, NULL, NULL) != SQLITE_OK ||
	    sqlite3_create_function_v2(st->db, "mp_forget_mentions", 1, flags, (void *)f,
	                               f ? sql_mentions : NULL, NULL, NULL, NULL) != SQLITE_OK)
		return store_fail(st, "registering the forget functions", error);
	return TRUE;
}

/* run_text - run a statement with one optional text parameter */
static gboolean run_text(mp_store *st, const char *sql, const char *param, GError **error)
{
	sqlite3_stmt *s = store_stmt(st, sql, error);
	if (s == NULL)
		return FALSE;
	if (param)
		store_bind_text(s, 1, param);
	return store_step_done(st, s, "forgetting", error);
}

/* collect_names - the names seen for the addresses of forget_who */
static gboolean collect_names(mp_store *st, mp_forget *f, GError **error)
{
	sqlite3_stmt *s = store_stmt(st,
		"SELECT name FROM contacts WHERE address IN (SELECT address FROM forget_who)"
		"  AND name IS NOT NULL"
		" UNION SELECT name FROM participants WHERE address IN (SELECT address FROM forget_who)"
		"  AND name IS NOT NULL", error);
	if (s == NULL)
		return FALSE;
	int rc;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW)
		mp_forget_add_name(f, store_col_text(s, 0));
	sqlite3_reset(s);
	return rc == SQLITE_DONE || store_fail(st, "reading names", error);
}

/* fts_phrase - an FTS5 query for needle as one phrase (its tokens in
 * order): a superset of the texts that mention it as a whole token */
static char *fts_phrase(const char *needle)
{
	GString *q = g_string_new("\"");
	for (const char *p = needle; *p; p++) {
		if (*p == '"')
			g_string_append_c(q, '"');
		g_string_append_c(q, *p);
	}
	g_string_append_c(q, '"');
	return g_string_free(q, FALSE);
}

/* find_messages - fill forget_messages (see FORGET, 2) */
static gboolean find_messages(mp_store *st, const mp_forget *f, GError **error)
{
	static const char *const by_party =
		"INSERT OR IGNORE INTO forget_messages (id) SELECT message_id FROM participants"
		" WHERE address IN (SELECT address FROM forget_who)";
	static const char *const by_ids =
		"INSERT OR IGNORE INTO forget_messages (id) SELECT id FROM messages"
		" WHERE mp_forget_mentions(message_id) OR mp_forget_mentions(parent_id)"
		"  OR mp_forget_covers(from_address) OR mp_forget_covers(customer_domain)";
	static const char *const by_text =
		"INSERT OR IGNORE INTO forget_messages (id) SELECT id FROM messages"
		" WHERE id IN (SELECT rowid FROM messages_fts WHERE messages_fts MATCH ?1)"
		"  AND (mp_forget_mentions(subject) OR mp_forget_mentions(text)"
		"   OR mp_forget_mentions(new_text) OR mp_forget_mentions(signature))";
	static const char *const details =
		"UPDATE forget_messages SET message_id = m.message_id, thread_id = m.thread_id"
		" FROM messages m WHERE m.id = forget_messages.id";
	if (!run_text(st, by_party, NULL, error) || !run_text(st, by_ids, NULL, error))
		return FALSE;
	const GPtrArray *needles = mp_forget_needles(f);
	for (guint i = 0; i < needles->len; i++) {
		char *phrase = fts_phrase(needles->pdata[i]);
		gboolean ok = run_text(st, by_text, phrase, error);
		g_free(phrase);
		if (!ok)
			return FALSE;
	}
	return run_text(st, details, NULL, error);
}

/* prepare_forget - the working sets of FORGET 1 and 2 */
static gboolean prepare_forget(mp_store *st, mp_forget *f, GError **error)
{
	static const char *const steps[] = {
		"INSERT OR IGNORE INTO forget_who SELECT address FROM contacts"
		" WHERE mp_forget_covers(address)",
		"INSERT OR IGNORE INTO forget_who SELECT DISTINCT address FROM participants"
		" WHERE mp_forget_covers(address)",
		"INSERT OR IGNORE INTO forget_contacts SELECT id FROM contacts"
		" WHERE address IN (SELECT address FROM forget_who)",
		/* an account none of whose domains survives goes with them */
		"INSERT OR IGNORE INTO forget_accounts SELECT account_id FROM account_domains"
		" WHERE mp_forget_covers(domain) AND account_id NOT IN"
		"  (SELECT account_id FROM account_domains WHERE NOT mp_forget_covers(domain))",
	};
	if (!store_exec(st, setup_sql, error))
		return FALSE;
	for (guint i = 0; i < G_N_ELEMENTS(steps); i++)
		if (!run_text(st, steps[i], NULL, error))
			return FALSE;
	if (!collect_names(st, f, error) || !find_messages(st, f, error))
		return FALSE;
	return run_text(st,
		"INSERT OR IGNORE INTO forget_touched SELECT contact_id FROM participants"
		" WHERE message_id IN " MESSAGES_FORGOTTEN " AND contact_id IS NOT NULL"
		"  AND contact_id NOT IN (SELECT id FROM forget_contacts)", NULL, error);
}

/* step_sql - the statement of a step on table t (caller frees): the step
 * itself, or, for a dry run, the count of the rows its WHERE selects */
static char *step_sql(const erase_table *t, const erase_step *step, gboolean dry_run)
{
	if (dry_run)
		return g_strdup_printf("SELECT count(*) FROM %s WHERE %s", t->name, step->where);
	if (step->set == NULL)
		return g_strdup_printf("DELETE FROM %s WHERE %s", t->name, step->where);
	return g_strdup_printf("UPDATE %s SET %s WHERE %s", t->name, step->set, step->where);
}

/* run_step - one step; *rows set to the rows it deleted or changed (or, in
 * a dry run, would) */
static gboolean run_step(mp_store *st, const erase_table *t, const erase_step *step,
                         gboolean dry_run, gint64 cutoff, json_int_t *rows, GError **error)
{
	char *sql = step_sql(t, step, dry_run);
	sqlite3_stmt *s = NULL;
	gboolean ok = sqlite3_prepare_v2(st->db, sql, -1, &s, NULL) == SQLITE_OK;
	if (ok && sqlite3_bind_parameter_count(s) > 0)
		sqlite3_bind_int64(s, 1, cutoff);
	int rc = ok ? sqlite3_step(s) : SQLITE_ERROR;
	ok = rc == SQLITE_DONE || rc == SQLITE_ROW;
	if (!ok)
		store_fail(st, t->name, error);
	else
		*rows = dry_run ? sqlite3_column_int64(s, 0) : sqlite3_changes64(st->db);
	sqlite3_finalize(s);
	g_free(sql);
	return ok;
}

/* shadow_deleted - dry run: from now on this connection sees t without
 * the rows the delete step would remove (a TEMP view of the same name
 * shadows the table), so that later steps count what they would find
 * after it: a thread is deleted only once its last message is, an
 * account's owner rewritten only when the account stays.  The views go
 * with drop_shadows(). */
static gboolean shadow_deleted(mp_store *st, const erase_table *t, const erase_step *step,
                               GError **error)
{
	char *sql = g_strdup_printf("CREATE TEMP VIEW %s AS SELECT * FROM main.%s WHERE (%s) IS NOT TRUE",
	                            t->name, t->name, step->where);
	gboolean ok = store_exec(st, sql, error);
	g_free(sql);
	return ok;
}

/* drop_shadows - remove the views of shadow_deleted() */
static void drop_shadows(mp_store *st)
{
	for (guint i = 0; i < G_N_ELEMENTS(erase_tables); i++) {
		char *sql = g_strdup_printf("DROP VIEW IF EXISTS temp.%s", erase_tables[i].name);
		sqlite3_exec(st->db, sql, NULL, NULL, NULL);
		g_free(sql);
	}
}

/* run_steps - the steps of one table; adds to counts[table].  A dry run
 * (a read-only connection) counts the rows each step selects, in the
 * same order, and changes nothing (derived values are not counted). */
static gboolean run_steps(mp_store *st, const erase_table *t, const erase_step *steps,
                          gint64 cutoff, json_t *counts, GError **error)
{
	gboolean dry_run = st->readonly;
	json_int_t deleted = 0, changed = 0;
	for (const erase_step *step = steps; step && step->where; step++) {
		json_int_t rows = 0;
		if (dry_run && step->kind == STEP_RECOUNT)
			continue;
		if (!run_step(st, t, step, dry_run, cutoff, &rows, error))
			return FALSE;
		if (dry_run && step->kind == STEP_DELETE && !shadow_deleted(st, t, step, error))
			return FALSE;
		if (step->kind == STEP_DELETE)
			deleted += rows;
		else if (step->kind == STEP_REWRITE)
			changed += rows;
	}
	if (steps) {
		json_t *o = json_object();
		json_object_set_new(o, "deleted", json_integer(deleted));
		json_object_set_new(o, "changed", json_integer(changed));
		json_object_set_new(counts, t->name, o);
	}
	return TRUE;
}

gboolean mp_store_begin_erase(mp_store *st, GError **error)
{
	/* A read-only connection only counts (a dry run): one read
	 * transaction, so that every count sees the same database. */
	if (st->readonly)
		return store_exec(st, "PRAGMA temp_store = MEMORY", error) && mp_store_begin(st, error);
	/* secure_delete: freed bytes are zeroed, in the file and the WAL;
	 * temp_store: the working sets (addresses, names) stay in memory. */
	return store_exec(st, "PRAGMA secure_delete = ON; PRAGMA temp_store = MEMORY", error) &&
	       mp_store_begin(st, error);
}

json_t *mp_store_forget(mp_store *st, mp_forget *f, GError **error)
{
	if (!register_functions(st, f, error))
		return NULL;
	json_t *counts = json_object();
	gboolean ok = prepare_forget(st, f, error);
	for (guint i = 0; ok && i < G_N_ELEMENTS(erase_tables); i++)
		ok = run_steps(st, &erase_tables[i], erase_tables[i].forget, 0, counts, error);
	if (st->readonly)
		drop_shadows(st);
	ok = ok && store_exec(st, setup_sql, error); /* empty the working sets */
	if (!register_functions(st, NULL, ok ? error : NULL) || !ok) {
		json_decref(counts);
		return NULL;
	}
	return counts;
}

json_t *mp_store_purge(mp_store *st, gint64 cutoff, GError **error)
{
	json_t *counts = json_object();
	for (guint i = 0; i < G_N_ELEMENTS(erase_tables); i++)
		if (!run_steps(st, &erase_tables[i], erase_tables[i].purge, cutoff, counts, error)) {
			json_decref(counts);
			return NULL;
		}
	return counts;
}

gboolean mp_store_scrub(mp_store *st, gboolean vacuum, GError **error)
{
	const char *fts = vacuum ? "INSERT INTO messages_fts(messages_fts) VALUES ('rebuild')"
	                         : "INSERT INTO messages_fts(messages_fts) VALUES ('optimize')";
	if (!store_exec(st, fts, error) || (vacuum && !store_exec(st, "VACUUM", error)))
		return FALSE;
	int wal_frames = 0, checkpointed = 0;
	int rc = sqlite3_wal_checkpoint_v2(st->db, NULL, SQLITE_CHECKPOINT_TRUNCATE, &wal_frames,
	                                   &checkpointed);
	if (rc == SQLITE_BUSY || (rc == SQLITE_OK && checkpointed < wal_frames)) {
		g_set_error(error, MP_ERROR, MP_ERR_TEMPFAIL,
		            "%s: another process is using the database, so its WAL file could not "
		            "be emptied: old copies of what was erased may remain in %s-wal until "
		            "the next checkpoint; run the command again", st->path, st->path);
		return FALSE;
	}
	return rc == SQLITE_OK || store_fail(st, "checkpointing the WAL", error);
}

gboolean mp_store_erase_check(mp_store *st, GString *problems, GError **error)
{
	sqlite3_stmt *s = store_stmt(st,
		"SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
		" ORDER BY name", error);
	if (s == NULL)
		return FALSE;
	int rc;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		const char *name = store_col_text(s, 0);
		const erase_table *t = NULL;
		for (guint i = 0; i < G_N_ELEMENTS(erase_tables) && t == NULL; i++)
			if (strcmp(erase_tables[i].name, name) == 0)
				t = &erase_tables[i];
		if (t == NULL)
			g_string_append_printf(problems, "%s: not declared in erase_tables[]\n", name);
		else if (t->kind == TABLE_ERASED && (t->forget == NULL || t->forget[0].where == NULL))
			g_string_append_printf(problems, "%s: holds personal data, no forget step\n", name);
	}
	sqlite3_reset(s);
	return rc == SQLITE_DONE || store_fail(st, "listing tables", error);
}
