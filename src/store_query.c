/*
 * store_query.c - read-only questions to the database, answered as JSON.
 *
 * SUMMARY
 *	Each function returns a new jansson array of objects (caller owns it)
 *	whose field names are the public JSON contract of the CLI (DESIGN.md
 *	"JSON output"); the text output is printed from the same objects, so
 *	the two never disagree.  Times are ISO 8601 UTC strings.
 *
 * SEARCH
 *	mp_store_search() runs an FTS5 MATCH ranked by BM25 with the subject
 *	weighted 5x the body, and returns a snippet of the body with the hits
 *	between the query's markers.  A query FTS5 cannot parse (an apostrophe,
 *	"5.1.1", "co-op", "foo:bar" read as a column) is retried with every
 *	word quoted as a phrase, so users never have to learn FTS5 syntax to
 *	look up an address or a code; a query that still fails is a usage
 *	error (MP_ERR_USAGE) quoting FTS5's reason, never an I/O error.
 */
#include <math.h>
#include <string.h>
#include "store_internal.h"
#include "status.h"

#define DEFAULT_LIMIT 20

/* store_jstr - a JSON string, or null for NULL */
json_t *store_jstr(const char *s)
{
	return s ? json_string(s) : json_null();
}

/* store_jtime - column i as an ISO 8601 UTC string, or null */
json_t *store_jtime(sqlite3_stmt *s, int i)
{
	if (sqlite3_column_type(s, i) == SQLITE_NULL)
		return json_null();
	GDateTime *dt = g_date_time_new_from_unix_utc(sqlite3_column_int64(s, i));
	if (dt == NULL)
		return json_null();
	char *iso = g_date_time_format(dt, "%Y-%m-%dT%H:%M:%SZ");
	json_t *v = json_string(iso);
	g_free(iso);
	g_date_time_unref(dt);
	return v;
}

/* store_jcol - column i as JSON of its own type */
json_t *store_jcol(sqlite3_stmt *s, int i)
{
	switch (sqlite3_column_type(s, i)) {
	case SQLITE_INTEGER: return json_integer(sqlite3_column_int64(s, i));
	case SQLITE_FLOAT: return json_real(sqlite3_column_double(s, i));
	case SQLITE_NULL: return json_null();
	default: return store_jstr(store_col_text(s, i));
	}
}

/* store_finish_rows - after the step loop: the array, or NULL with error */
json_t *store_finish_rows(mp_store *st, sqlite3_stmt *s, int rc, json_t *rows, GError **error)
{
	sqlite3_reset(s);
	if (rc != SQLITE_DONE) {
		json_decref(rows);
		store_fail(st, "query", error);
		return NULL;
	}
	return rows;
}

json_t *mp_store_list_accounts(mp_store *st, GError **error)
{
	sqlite3_stmt *s = store_stmt(st,
		"SELECT a.name, (SELECT group_concat(domain, ';') FROM"
		"   (SELECT domain FROM account_domains WHERE account_id = a.id ORDER BY domain)),"
		" a.owner, a.arr, a.renewal_date, a.segment, a.origin,"
		" (SELECT count(*) FROM messages WHERE account_id = a.id),"
		" (SELECT count(*) FROM contacts WHERE account_id = a.id),"
		" (SELECT max(date) FROM messages WHERE account_id = a.id)"
		" FROM accounts a ORDER BY a.name COLLATE NOCASE", error);
	if (s == NULL)
		return NULL;
	json_t *rows = json_array();
	int rc;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		/* an ARR an old import let through as inf: shown as unknown, the
		 * account still listed (json_real(inf) is NULL: the row vanished) */
		double arr = sqlite3_column_double(s, 3);
		json_t *domains = json_array();
		const char *joined = store_col_text(s, 1);
		char **parts = g_strsplit(joined ? joined : "", ";", -1);
		for (char **p = parts; *p; p++)
			if (**p)
				json_array_append_new(domains, json_string(*p));
		g_strfreev(parts);
		json_array_append_new(rows, json_pack("{s:o s:o s:o s:o s:o s:o s:o s:o s:o s:o}",
			"account", store_jstr(store_col_text(s, 0)), "domains", domains,
			"owner", store_jstr(store_col_text(s, 2)),
			"arr", isfinite(arr) ? json_real(arr) : json_null(),
			"renewal_date", store_jstr(store_col_text(s, 4)), "segment", store_jstr(store_col_text(s, 5)),
			"origin", store_jstr(store_col_text(s, 6)), "messages", store_jcol(s, 7),
			"contacts", store_jcol(s, 8), "last_message", store_jtime(s, 9)));
	}
	return store_finish_rows(st, s, rc, rows, error);
}

/* quote_terms - every whitespace-separated word as an FTS5 phrase */
static char *quote_terms(const char *query)
{
	GString *out = g_string_new(NULL);
	char **words = g_strsplit_set(query, " \t\n", -1);
	for (char **w = words; *w; w++) {
		if (**w == '\0')
			continue;
		if (out->len)
			g_string_append_c(out, ' ');
		g_string_append_c(out, '"');
		for (const char *p = *w; *p; p++) {
			if (*p == '"')
				g_string_append_c(out, '"');
			g_string_append_c(out, *p);
		}
		g_string_append_c(out, '"');
	}
	g_strfreev(words);
	return g_string_free(out, FALSE);
}

static const char search_sql[] =
	"SELECT m.date, m.direction, a.name, m.from_address, m.subject, m.message_id,"
	" snippet(messages_fts, 1, ?6, ?7, '...', 16), bm25(messages_fts, 5.0, 1.0) AS rank,"
	" m.thread_id"
	" FROM messages_fts JOIN messages m ON m.id = messages_fts.rowid"
	" LEFT JOIN accounts a ON a.id = m.account_id"
	" WHERE messages_fts MATCH ?1 AND (?2 IS NULL OR a.name = ?2 COLLATE NOCASE)"
	" AND (?3 IS NULL OR m.date >= ?3) AND (?4 IS NULL OR m.date < ?4)"
	" ORDER BY rank LIMIT ?5";

/* run_search - one attempt; *syntax is set when FTS5 rejected the query */
static json_t *run_search(mp_store *st, const char *match, const mp_query *q,
                          gboolean *syntax, GError **error)
{
	sqlite3_stmt *s = store_stmt(st, search_sql, error);
	if (s == NULL)
		return NULL;
	store_bind_text(s, 1, match);
	store_bind_text(s, 2, q->account);
	if (q->since)
		sqlite3_bind_int64(s, 3, q->since);
	if (q->until)
		sqlite3_bind_int64(s, 4, q->until);
	sqlite3_bind_int(s, 5, q->limit ? (int)q->limit : DEFAULT_LIMIT);
	store_bind_text(s, 6, q->mark_open ? q->mark_open : "[");
	store_bind_text(s, 7, q->mark_close ? q->mark_close : "]");
	json_t *rows = json_array();
	int rc;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		json_array_append_new(rows, json_pack("{s:o s:o s:o s:o s:o s:o s:o s:f s:o}",
			"date", store_jtime(s, 0), "direction", store_jstr(store_col_text(s, 1)),
			"account", store_jstr(store_col_text(s, 2)), "from", store_jstr(store_col_text(s, 3)),
			"subject", store_jstr(store_col_text(s, 4)), "message_id", store_jstr(store_col_text(s, 5)),
			"snippet", store_jstr(store_col_text(s, 6)), "rank", sqlite3_column_double(s, 7),
			"thread", store_jcol(s, 8)));
	}
	/* The statement is fixed and prepared: SQLITE_ERROR from a step is
	 * FTS5 refusing the query (a syntax error, an unknown column, an
	 * unterminated string ...); busy, I/O and corruption have codes of
	 * their own. */
	*syntax = rc == SQLITE_ERROR;
	if (*syntax) {
		g_clear_error(error);
		g_set_error(error, MP_ERROR, MP_ERR_USAGE, "%s", sqlite3_errmsg(st->db));
		sqlite3_reset(s);
		json_decref(rows);
		return NULL;
	}
	return store_finish_rows(st, s, rc, rows, error);
}

json_t *mp_store_search(mp_store *st, const char *fts_query, const mp_query *q, GError **error)
{
	gboolean syntax = FALSE;
	json_t *rows = run_search(st, fts_query, q, &syntax, error);
	if (rows != NULL || !syntax)
		return rows;
	g_clear_error(error);
	char *quoted = quote_terms(fts_query);
	rows = run_search(st, quoted, q, &syntax, error);
	if (rows == NULL && syntax) {
		char *shown = mp_escape_text(fts_query, -1);
		char *reason = g_strdup(error && *error ? (*error)->message : "?");
		g_clear_error(error);
		g_set_error(error, MP_ERROR, MP_ERR_USAGE, "cannot search for \"%s\": %s (FTS5 "
		            "query syntax: words, \"phrases\", AND, OR, NOT, prefix*)", shown, reason);
		g_free(reason);
		g_free(shown);
	}
	g_free(quoted);
	return rows;
}

json_t *mp_store_counts(mp_store *st, GError **error)
{
	static const char *const tables[] = {
		"accounts", "account_domains", "contacts", "threads", "messages",
		"participants", "attachments", "message_ids",
	};
	static const char *const sql[] = {
		"SELECT count(*) FROM accounts", "SELECT count(*) FROM account_domains",
		"SELECT count(*) FROM contacts", "SELECT count(*) FROM threads",
		"SELECT count(*) FROM messages", "SELECT count(*) FROM participants",
		"SELECT count(*) FROM attachments", "SELECT count(*) FROM message_ids",
	};
	G_STATIC_ASSERT(G_N_ELEMENTS(tables) == G_N_ELEMENTS(sql));
	json_t *counts = json_object();
	for (guint i = 0; i < G_N_ELEMENTS(sql); i++) {
		sqlite3_stmt *s = store_stmt(st, sql[i], error);
		if (s == NULL || sqlite3_step(s) != SQLITE_ROW) {
			if (s)
				store_fail(st, "counting", error);
			json_decref(counts);
			return NULL;
		}
		json_object_set_new(counts, tables[i], json_integer(sqlite3_column_int64(s, 0)));
		sqlite3_reset(s);
	}
	return counts;
}

json_t *mp_store_capture_summary(mp_store *st, gint64 since, GError **error)
{
	sqlite3_stmt *s = store_stmt(st,
		"SELECT count(*) FILTER (WHERE received_at >= ?1),"
		"       count(*) FILTER (WHERE stored_at >= ?1),"
		"       max(received_at), count(*)"
		"  FROM messages", error);
	if (s == NULL)
		return NULL;
	sqlite3_bind_int64(s, 1, since);
	if (sqlite3_step(s) != SQLITE_ROW) {
		store_fail(st, "counting captures", error);
		return NULL;
	}
	json_t *o = json_object();
	json_object_set_new(o, "captured_today", json_integer(sqlite3_column_int64(s, 0)));
	json_object_set_new(o, "stored_today", json_integer(sqlite3_column_int64(s, 1)));
	json_object_set_new(o, "last_capture", sqlite3_column_type(s, 2) == SQLITE_NULL
	                                           ? json_null()
	                                           : json_integer(sqlite3_column_int64(s, 2)));
	json_object_set_new(o, "messages", json_integer(sqlite3_column_int64(s, 3)));
	sqlite3_reset(s);
	return o;
}

char *mp_store_account_name(mp_store *st, const char *host, const char *registrable)
{
	GError *error = NULL;
	gint64 id = registrable ? store_account_for_domain(st, host, registrable, &error) : 0;
	g_clear_error(&error);
	sqlite3_stmt *s = id > 0 ? store_stmt(st, "SELECT name FROM accounts WHERE id = ?", &error)
	                         : NULL;
	g_clear_error(&error);
	if (s == NULL)
		return NULL;
	sqlite3_bind_int64(s, 1, id);
	char *name = sqlite3_step(s) == SQLITE_ROW ? g_strdup(store_col_text(s, 0)) : NULL;
	sqlite3_reset(s);
	return name;
}
