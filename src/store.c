/*
 * store.c - open the database, run transactions, cache statements.
 *
 * SUMMARY
 *	mp_store_open() opens (or creates) the SQLite file in WAL mode with
 *	foreign keys on and a busy timeout, then migrates its schema
 *	(store_schema.c).  Statements are prepared once and kept for the life
 *	of the connection.  mp_store_begin() starts an IMMEDIATE transaction:
 *	the write lock is taken at once, so two writers fail fast with
 *	MP_ERR_TEMPFAIL at BEGIN instead of deadlocking half-way through a batch.
 *
 * DIAGNOSTICS
 *	SQLITE_BUSY and SQLITE_LOCKED map to MP_ERR_TEMPFAIL (retry later);
 *	a file that cannot be opened for lack of permission to MP_ERR_NOPERM
 *	with the file, its owner and mode and the fix (store_access.c), a
 *	missing file (without MP_STORE_CREATE) to MP_ERR_NOINPUT; the rest to
 *	MP_ERR_IO.  After a failed statement inside a transaction the caller
 *	must mp_store_rollback().
 */
#include <errno.h>
#include <string.h>
#include <unistd.h>
#include "store_internal.h"
#include "status.h"

/* How long a statement waits for another process's lock before BUSY. */
#define BUSY_TIMEOUT_MS 5000

/* error_code_for - MP_ERROR code for an SQLite result code */
static int error_code_for(int rc)
{
	switch (rc & 0xff) {
	case SQLITE_BUSY:
	case SQLITE_LOCKED:
		return MP_ERR_TEMPFAIL;
	case SQLITE_PERM:
	case SQLITE_AUTH:
		return MP_ERR_NOPERM;
	case SQLITE_CANTOPEN:
		return MP_ERR_NOINPUT;
	default:
		return MP_ERR_IO;
	}
}

/* set_error - "PATH: [WHAT: ]MESSAGE", with the reason when SQLite could
 * not open or write a file: "unable to open database file" alone does not
 * tell an admin that the filesystem is read-only, that root left a file
 * the worker cannot write, or which group to join (store_access.c).  The
 * system is asked afresh: SQLite's own errno is that of its last attempt,
 * often a fallback's ENOENT. */
static void set_error(mp_store *st, const char *what, const char *message, GError **error)
{
	int rc = sqlite3_extended_errcode(st->db);
	int primary = rc & 0xff;
	int sys = sqlite3_system_errno(st->db);
	int code = error_code_for(rc);
	char *problem = NULL, *reason = NULL;
	if (primary == SQLITE_CANTOPEN || primary == SQLITE_READONLY || primary == SQLITE_PERM)
		problem = store_access_problem(st->path, !st->readonly, &code);
	else if (sys != 0 && (primary == SQLITE_IOERR || primary == SQLITE_FULL))
		reason = g_strdup_printf(" (%s)", g_strerror(sys));
	if (problem)
		g_set_error(error, MP_ERROR, code, "%s", problem);
	else
		g_set_error(error, MP_ERROR, code, "%s: %s%s%s%s", st->path, what ? what : "",
		            what ? ": " : "", message, reason ? reason : "");
	g_free(problem);
	g_free(reason);
}

gboolean store_fail(mp_store *st, const char *what, GError **error)
{
	set_error(st, what, sqlite3_errmsg(st->db), error);
	return FALSE;
}

gint64 store_now(void)
{
	return g_get_real_time() / G_USEC_PER_SEC;
}

static void finalize_stmt(gpointer s)
{
	sqlite3_finalize(s);
}

sqlite3_stmt *store_stmt(mp_store *st, const char *sql, GError **error)
{
	sqlite3_stmt *s = g_hash_table_lookup(st->statements, sql);
	if (s != NULL) {
		sqlite3_reset(s);
		sqlite3_clear_bindings(s);
		return s;
	}
	if (sqlite3_prepare_v3(st->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &s, NULL) != SQLITE_OK) {
		store_fail(st, "prepare", error);
		return NULL;
	}
	g_hash_table_insert(st->statements, (gpointer)sql, s);
	return s;
}

gboolean store_step_done(mp_store *st, sqlite3_stmt *s, const char *what, GError **error)
{
	int rc = sqlite3_step(s);
	if (rc != SQLITE_DONE && rc != SQLITE_ROW)
		return store_fail(st, what, error);
	sqlite3_reset(s);
	return TRUE;
}

gboolean store_exec(mp_store *st, const char *sql, GError **error)
{
	char *msg = NULL;
	if (sqlite3_exec(st->db, sql, NULL, NULL, &msg) != SQLITE_OK) {
		set_error(st, NULL, msg ? msg : "error", error);
		sqlite3_free(msg);
		return FALSE;
	}
	return TRUE;
}

void store_bind_text(sqlite3_stmt *s, int i, const char *v)
{
	if (v)
		sqlite3_bind_text(s, i, v, -1, SQLITE_TRANSIENT);
	else
		sqlite3_bind_null(s, i);
}

const char *store_col_text(sqlite3_stmt *s, int i)
{
	return (const char *)sqlite3_column_text(s, i);
}

/* open_error - explain why path could not be opened: no database yet, or
 * what store_access_problem() finds in the way, or else SQLite's word */
static void open_error(const char *path, int flags, const char *sqlite_message, GError **error)
{
	int code = MP_ERR_IO;
	char *problem = NULL;
	if (access(path, F_OK) != 0 && errno == ENOENT && !(flags & MP_STORE_CREATE))
		g_set_error(error, MP_ERROR, MP_ERR_NOINPUT,
		            "%s: no database yet (run `mailpulse ingest` or "
		            "`mailpulse accounts import` first)", path);
	else if ((problem = store_access_problem(path, !(flags & MP_STORE_READONLY), &code)))
		g_set_error(error, MP_ERROR, code, "%s", problem);
	else
		g_set_error(error, MP_ERROR, MP_ERR_IO, "%s: cannot open the database: %s", path,
		            sqlite_message);
	g_free(problem);
}

/* configure - pragmas every connection needs */
static gboolean configure(mp_store *st, GError **error)
{
	sqlite3_busy_timeout(st->db, BUSY_TIMEOUT_MS);
	if (!store_exec(st, "PRAGMA foreign_keys = ON", error))
		return FALSE;
	if (st->readonly)
		return TRUE;
	/* The -wal and -shm files stay when the last writer closes: a reader
	 * who may not create them (a member of the database's group) needs
	 * them to read a WAL database.  journal_size_limit has the WAL emptied
	 * at that close, as when it was deleted. */
	int persist = 1;
	sqlite3_file_control(st->db, "main", SQLITE_FCNTL_PERSIST_WAL, &persist);
	/* WAL: readers (the CLI) never block the writer (the worker).
	 * synchronous=NORMAL in WAL loses at most the last transactions on
	 * power failure, never consistency; the spool keeps those messages
	 * until their transaction is durable enough to delete them.
	 * A 16 MB page cache holds a whole batch: with SQLite's 2 MB default
	 * the FTS index spills pages to the WAL mid-transaction and writes
	 * them again at commit. */
	return store_exec(st, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
	                      "PRAGMA cache_size = -16384; PRAGMA journal_size_limit = 67108864",
	                  error);
}

mp_store *mp_store_open(const char *path, int flags, GError **error)
{
	int oflags = (flags & MP_STORE_READONLY) ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
	if ((flags & MP_STORE_CREATE) && !(flags & MP_STORE_READONLY)) {
		oflags |= SQLITE_OPEN_CREATE;
		if (!store_create_owned(path, error))
			return NULL;
	}
	sqlite3 *db = NULL;
	/* SQLite quietly opens a file it may not write read-only: a writer
	 * would fail at its first statement, so it is refused here, saying why. */
	if (sqlite3_open_v2(path, &db, oflags | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK ||
	    (!(flags & MP_STORE_READONLY) && sqlite3_db_readonly(db, "main") == 1)) {
		open_error(path, flags, db ? sqlite3_errmsg(db) : "out of memory", error);
		sqlite3_close(db);
		return NULL;
	}
	mp_store *st = g_new0(mp_store, 1);
	st->db = db;
	st->path = g_strdup(path);
	st->readonly = (flags & MP_STORE_READONLY) != 0;
	st->statements = g_hash_table_new_full(g_direct_hash, g_direct_equal, NULL, finalize_stmt);
	if (!configure(st, error) || !store_migrate(st, error)) {
		mp_store_close(st);
		return NULL;
	}
	return st;
}

void mp_store_close(mp_store *st)
{
	if (st == NULL)
		return;
	if (st->in_transaction)
		mp_store_rollback(st);
	g_hash_table_destroy(st->statements);
	sqlite3_close(st->db);
	g_free(st->path);
	g_free(st);
}

gboolean mp_store_readonly(mp_store *st)
{
	return st->readonly;
}

/* shadow_one - a TEMP copy of table (definition, indexes, rows) */
static gboolean shadow_one(mp_store *st, const char *table, GError **error)
{
	sqlite3_stmt *s = NULL;
	gboolean ok = sqlite3_prepare_v2(st->db,
		"SELECT type, sql FROM main.sqlite_schema WHERE tbl_name = ?1 AND sql IS NOT NULL"
		"  AND type IN ('table', 'index') ORDER BY type = 'index'", -1, &s, NULL) == SQLITE_OK;
	if (!ok) {
		sqlite3_finalize(s);
		return store_fail(st, "reading the schema", error);
	}
	sqlite3_bind_text(s, 1, table, -1, SQLITE_STATIC);
	GPtrArray *ddl = g_ptr_array_new_with_free_func(g_free);
	while (sqlite3_step(s) == SQLITE_ROW) {
		/* sqlite_schema keeps "CREATE TABLE x" and "CREATE [UNIQUE] INDEX i
		 * ON x" as such: the TEMP forms differ by a word */
		const char *type = store_col_text(s, 0), *sql = store_col_text(s, 1);
		if (strcmp(type, "table") == 0 && g_str_has_prefix(sql, "CREATE TABLE "))
			g_ptr_array_add(ddl, g_strconcat("CREATE TEMP TABLE ", sql + 13, NULL));
		else if (g_str_has_prefix(sql, "CREATE INDEX "))
			g_ptr_array_add(ddl, g_strconcat("CREATE INDEX temp.", sql + 13, NULL));
		else if (g_str_has_prefix(sql, "CREATE UNIQUE INDEX "))
			g_ptr_array_add(ddl, g_strconcat("CREATE UNIQUE INDEX temp.", sql + 20, NULL));
	}
	sqlite3_finalize(s);
	if (ddl->len == 0) {
		g_set_error(error, MP_ERROR, MP_ERR_SOFTWARE, "%s: no table %s to shadow", st->path, table);
		ok = FALSE;
	}
	for (guint i = 0; ok && i < ddl->len; i++)
		ok = store_exec(st, ddl->pdata[i], error);
	g_ptr_array_unref(ddl);
	if (ok) {
		char *copy = g_strdup_printf("INSERT INTO temp.%s SELECT * FROM main.%s", table, table);
		ok = store_exec(st, copy, error);
		g_free(copy);
	}
	return ok;
}

gboolean mp_store_shadow(mp_store *st, const char *const *tables, GError **error)
{
	g_return_val_if_fail(st->readonly && !st->in_transaction, FALSE);
	/* Foreign keys off: the copies refer to main's tables, which a TEMP
	 * table cannot; a read-only connection has nothing to enforce. */
	if (!store_exec(st, "PRAGMA temp_store = MEMORY; PRAGMA foreign_keys = OFF", error) ||
	    !mp_store_begin(st, error))
		return FALSE;
	gboolean ok = TRUE;
	for (const char *const *t = tables; ok && *t; t++) {
		sqlite3_stmt *s = NULL;
		gboolean done = sqlite3_prepare_v2(st->db, "SELECT 1 FROM temp.sqlite_schema"
		                                   " WHERE name = ?1 AND type = 'table'", -1, &s,
		                                   NULL) == SQLITE_OK &&
		                sqlite3_bind_text(s, 1, *t, -1, SQLITE_STATIC) == SQLITE_OK &&
		                sqlite3_step(s) == SQLITE_ROW;
		sqlite3_finalize(s);
		if (!done)
			ok = shadow_one(st, *t, error);
	}
	if (!ok) {
		mp_store_rollback(st);
		return FALSE;
	}
	/* A statement prepared before may have bound the main table: the cache
	 * is dropped so that every statement resolves the names again. */
	g_hash_table_remove_all(st->statements);
	return mp_store_commit(st, error);
}

int mp_store_schema_version(mp_store *st)
{
	sqlite3_stmt *s = NULL;
	int version = -1;
	if (sqlite3_prepare_v2(st->db, "PRAGMA user_version", -1, &s, NULL) == SQLITE_OK &&
	    sqlite3_step(s) == SQLITE_ROW)
		version = sqlite3_column_int(s, 0);
	sqlite3_finalize(s);
	return version;
}

gboolean mp_store_begin(mp_store *st, GError **error)
{
	g_return_val_if_fail(!st->in_transaction, FALSE);
	/* Read-only: a read transaction (what it writes goes to TEMP tables,
	 * see mp_store_shadow()). */
	if (!store_exec(st, st->readonly ? "BEGIN" : "BEGIN IMMEDIATE", error))
		return FALSE;
	st->in_transaction = TRUE;
	return TRUE;
}

gboolean mp_store_commit(mp_store *st, GError **error)
{
	if (!st->in_transaction)
		return TRUE;
	if (!store_exec(st, "COMMIT", error)) {
		mp_store_rollback(st);
		return FALSE;
	}
	st->in_transaction = FALSE;
	return TRUE;
}

void mp_store_rollback(mp_store *st)
{
	if (!st->in_transaction)
		return;
	sqlite3_exec(st->db, "ROLLBACK", NULL, NULL, NULL);
	st->in_transaction = FALSE;
}
