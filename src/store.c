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
 *	a file that cannot be opened for lack of permission to MP_ERR_NOPERM,
 *	a missing file (without MP_STORE_CREATE) to MP_ERR_NOINPUT; the rest to
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

/* cantopen_reason - why SQLite could not open the database or its -wal and
 * -shm files: the file or its directory not writable (" (directory: Read-
 * only file system)"), or NULL.  Asked of the system afresh: SQLite's own
 * errno is that of its last attempt, often a fallback's ENOENT. */
static char *cantopen_reason(const char *path)
{
	char *dir = g_path_get_dirname(path);
	char *reason = NULL;
	if (access(dir, W_OK) != 0)
		reason = g_strdup_printf(" (directory: %s)", g_strerror(errno));
	else if (access(path, W_OK) != 0 && errno != ENOENT)
		reason = g_strdup_printf(" (%s)", g_strerror(errno));
	g_free(dir);
	return reason;
}

/* set_error - "PATH: [WHAT: ]MESSAGE", with the system's reason when SQLite
 * failed in a system call: "unable to open database file" alone does not
 * tell an admin that the filesystem is read-only or full */
static void set_error(mp_store *st, const char *what, const char *message, GError **error)
{
	int rc = sqlite3_extended_errcode(st->db);
	int primary = rc & 0xff;
	int sys = sqlite3_system_errno(st->db);
	char *reason = NULL;
	if (primary == SQLITE_CANTOPEN)
		reason = cantopen_reason(st->path);
	else if (sys != 0 && (primary == SQLITE_IOERR || primary == SQLITE_FULL))
		reason = g_strdup_printf(" (%s)", g_strerror(sys));
	g_set_error(error, MP_ERROR, error_code_for(rc), "%s: %s%s%s%s", st->path, what ? what : "",
	            what ? ": " : "", message, reason ? reason : "");
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

/* denied - access(path, mode) failed for lack of permission */
static gboolean denied(const char *path, int mode)
{
	return access(path, mode) != 0 && errno == EACCES;
}

/* open_error - explain why path could not be opened: no database yet, not
 * ours to read (the file, or a directory on the way: then it looks missing
 * to us, so EACCES is told apart from ENOENT), not ours to write, or else */
static void open_error(const char *path, int flags, GError **error)
{
	gboolean exists = access(path, F_OK) == 0;
	int why = exists ? 0 : errno;
	char *dir = g_path_get_dirname(path);
	if (why == ENOENT && !(flags & MP_STORE_CREATE))
		g_set_error(error, MP_ERROR, MP_ERR_NOINPUT,
		            "%s: no database yet (run `mailpulse ingest` or "
		            "`mailpulse accounts import` first)", path);
	else if (why == EACCES || (exists && denied(path, R_OK)))
		g_set_error(error, MP_ERROR, MP_ERR_NOPERM,
		            "%s: permission denied (the database belongs to the mailpulse "
		            "group: ask an admin to add you to it)", path);
	else if (!(flags & MP_STORE_READONLY) && (exists ? denied(path, W_OK) : denied(dir, W_OK)))
		g_set_error(error, MP_ERROR, MP_ERR_NOPERM,
		            "%s: permission denied (only the mailpulse user writes the "
		            "database: run this as that user, e.g. runuser -u mailpulse -- "
		            "mailpulse ...)", path);
	else {
		int mode = (flags & MP_STORE_READONLY) ? R_OK : R_OK | W_OK;
		int cause = !exists ? why : access(path, mode) != 0 ? errno : 0;
		g_set_error(error, MP_ERROR, MP_ERR_IO, "%s: cannot open the database%s%s", path,
		            cause ? ": " : "", cause ? g_strerror(cause) : "");
	}
	g_free(dir);
}

/* configure - pragmas every connection needs */
static gboolean configure(mp_store *st, GError **error)
{
	sqlite3_busy_timeout(st->db, BUSY_TIMEOUT_MS);
	if (!store_exec(st, "PRAGMA foreign_keys = ON", error))
		return FALSE;
	if (st->readonly)
		return TRUE;
	/* WAL: readers (the CLI) never block the writer (the worker).
	 * synchronous=NORMAL in WAL loses at most the last transactions on
	 * power failure, never consistency; the spool keeps those messages
	 * until their transaction is durable enough to delete them.
	 * A 16 MB page cache holds a whole batch: with SQLite's 2 MB default
	 * the FTS index spills pages to the WAL mid-transaction and writes
	 * them again at commit. */
	return store_exec(st, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
	                      "PRAGMA cache_size = -16384", error);
}

mp_store *mp_store_open(const char *path, int flags, GError **error)
{
	int oflags = (flags & MP_STORE_READONLY) ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
	if ((flags & MP_STORE_CREATE) && !(flags & MP_STORE_READONLY))
		oflags |= SQLITE_OPEN_CREATE;
	sqlite3 *db = NULL;
	/* SQLite quietly opens a file it may not write read-only: a writer
	 * would fail at its first statement, so it is refused here, saying why. */
	if (sqlite3_open_v2(path, &db, oflags | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK ||
	    (!(flags & MP_STORE_READONLY) && sqlite3_db_readonly(db, "main") == 1)) {
		sqlite3_close(db);
		open_error(path, flags, error);
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
	if (!store_exec(st, "BEGIN IMMEDIATE", error))
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
