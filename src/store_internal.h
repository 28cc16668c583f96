/*
 * store_internal.h - what the store_*.c files share and nobody else sees.
 *
 * The connection, the cache of prepared statements (keyed by the address
 * of the SQL string literal, so each statement is prepared once per
 * connection) and the helpers that turn SQLite result codes into MP_ERROR.
 */
#ifndef MP_STORE_INTERNAL_H
#define MP_STORE_INTERNAL_H

#include <sqlite3.h>
#include "store.h"

struct mp_store {
	sqlite3 *db;
	char *path;
	gboolean readonly;
	gboolean in_transaction;
	GHashTable *statements; /* const char *sql -> sqlite3_stmt * */
};

/* store_stmt - the prepared statement for sql (a string literal), reset
 * and with bindings cleared; NULL with error set on failure */
sqlite3_stmt *store_stmt(mp_store *st, const char *sql, GError **error);

/* store_fail - set error from the connection's last error; returns FALSE */
gboolean store_fail(mp_store *st, const char *what, GError **error);

/* store_step_done - step a statement expected to return no row */
gboolean store_step_done(mp_store *st, sqlite3_stmt *s, const char *what, GError **error);

/* store_exec - run SQL text with no parameters (schema, pragmas) */
gboolean store_exec(mp_store *st, const char *sql, GError **error);

/* store_bind_text - bind a string or NULL */
void store_bind_text(sqlite3_stmt *s, int i, const char *v);

/* store_col_text - column as a UTF-8 string, or NULL */
const char *store_col_text(sqlite3_stmt *s, int i);

/* store_find_copy - the row id of a stored copy of this message under
 * another Message-ID (same sender, subject and new text, dates within
 * minutes, a recipient in common; store_copy.c), 0 when none, -1 with
 * error set on a database error.  from is the sender's address as stored */
gint64 store_find_copy(mp_store *st, const mp_extract *ex, const mp_classification *cls,
                       const char *from, GError **error);

/* store_now - current unix time */
gint64 store_now(void);

/* store_create_owned - run as root, create the missing database file
 * (empty, 0640 less the umask) owned by its directory's owner and group
 * (store_access.c); a no-op otherwise.  FALSE with error set when it cannot */
gboolean store_create_owned(const char *path, GError **error);

/* store_access_problem - why this process cannot open the database at path
 * for reading (write FALSE) or writing: one line naming the file, its owner
 * and mode, and the fix, with *code MP_ERR_NOPERM or MP_ERR_IO; NULL when
 * nothing in the way is found (caller frees) */
char *store_access_problem(const char *path, gboolean write, int *code);

/* store_account_for_domain - account id owning host (exact) or its
 * registrable domain; 0 when none */
gint64 store_account_for_domain(mp_store *st, const char *host,
                                const char *registrable, GError **error);

/* store_link_orphans - give account_id to messages, contacts and threads
 * of domain that have no account yet */
gboolean store_link_orphans(mp_store *st, gint64 account_id, const char *domain,
                            GError **error);

/* store_note_arrival - a new_stakeholder event for contact p (store_signals.c)
 * when it is a customer person; moved to an older message arriving later */
gboolean store_note_arrival(mp_store *st, gint64 contact, gint64 account,
                            const mp_participant *p, gint64 message, const mp_extract *ex,
                            GError **error);

/* store_insert_participants - a row per participant of cls for message,
 * contacts upserted for people (store_message.c); *sender receives the
 * author's contact id (0: none) */
gboolean store_insert_participants(mp_store *st, gint64 message, const mp_classification *cls,
                                   const mp_extract *ex, gint64 *sender, GError **error);

/* store_signals - bounces, phrase-rule hits, title, departure of a stored
 * message; sender is the author's contact id (0: none) */
gboolean store_signals(mp_store *st, gint64 message, gint64 account, gint64 sender,
                       const mp_classification *cls, const mp_extract *ex, GError **error);

/* store_query.c: JSON helpers for the query functions */
json_t *store_jstr(const char *s);             /* a string, or null */
json_t *store_jtime(sqlite3_stmt *s, int i);   /* ISO 8601 UTC, or null */
json_t *store_jcol(sqlite3_stmt *s, int i);    /* the column's own type */
/* store_finish_rows - after a step loop: rows, or NULL with error */
json_t *store_finish_rows(mp_store *st, sqlite3_stmt *s, int rc, json_t *rows, GError **error);

/* store_migrate - bring the schema to MP_SCHEMA_VERSION */
gboolean store_migrate(mp_store *st, GError **error);

#endif
