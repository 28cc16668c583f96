/*
 * store.h - stage 4: the SQLite database (one file, WAL, one writer).
 *
 * mp_store_open() creates the file if asked, runs every forward migration
 * the file lacks (PRAGMA user_version) and refuses a file whose schema is
 * newer than this binary.  Every statement is prepared; writes happen
 * inside mp_store_begin()/mp_store_commit(), so a batch of messages is one
 * transaction and a crash leaves either all of it or none.
 *
 * Queries return jansson arrays of objects (the caller owns the reference
 * and json_decref()s it); the CLI prints them as text or JSON, so both
 * outputs always carry the same fields.
 *
 * DIAGNOSTICS: every function that can fail returns FALSE/NULL and sets
 * error (MP_ERR_TEMPFAIL when the database is busy, MP_ERR_IO otherwise);
 * on failure inside a transaction the caller rolls back.
 */
#ifndef MP_STORE_H
#define MP_STORE_H

#include <glib.h>
#include <jansson.h>
#include "config.h"
#include "parse.h"
#include "classify.h"
#include "extract.h"
#include "forget.h"

#define MP_SCHEMA_VERSION 7

typedef struct mp_store mp_store;

enum {
	MP_STORE_READONLY = 1 << 0,
	MP_STORE_CREATE = 1 << 1,
};

mp_store *mp_store_open(const char *path, int flags, GError **error);
/* mp_store_access_problem - why this process may not open the database at
 * path for writing (a file another user owns, a directory closed to it),
 * in one line with the fix, or NULL (caller frees) */
char *mp_store_access_problem(const char *path);
void mp_store_close(mp_store *st);

/* mp_store_readonly - the store was opened MP_STORE_READONLY */
gboolean mp_store_readonly(mp_store *st);

/*
 * mp_store_shadow - on a read-only store, give this connection private
 * copies of tables (a NULL-terminated list of names): TEMP tables of the
 * same definition, indexes and rows, in memory, which shadow the real ones
 * for every statement of the connection.  What is then written to them
 * (inside mp_store_begin()/mp_store_commit()) is seen by this connection
 * only and vanishes at close: a preview computes what a writer would
 * store, and stores nothing.  A table already shadowed is left as it is.
 */
gboolean mp_store_shadow(mp_store *st, const char *const *tables, GError **error);

/* mp_store_schema_version - user_version of the open file */
int mp_store_schema_version(mp_store *st);

gboolean mp_store_begin(mp_store *st, GError **error);
gboolean mp_store_commit(mp_store *st, GError **error);
void mp_store_rollback(mp_store *st);

typedef enum {
	MP_STORED_NEW = 0,
	MP_STORED_DUPLICATE,   /* same dedup key already stored */
	MP_STORED_NO_ACCOUNT,  /* stored, customer side has no account */
} mp_store_outcome;

/*
 * mp_store_message - insert one classified message (inside a transaction):
 * account (by domain, or auto-created when cfg allows and the domain is
 * not freemail), contacts (best display name wins), participants, thread,
 * attachments and the FTS row.  Returns FALSE on a database error.
 */
gboolean mp_store_message(mp_store *st, const mp_config *cfg,
                          const mp_message *msg, const mp_classification *cls,
                          const mp_extract *ex, const char *origin,
                          mp_store_outcome *outcome, GError **error);

/* One row of the accounts CSV. */
typedef struct mp_account_row {
	char *name;
	GPtrArray *domains;  /* char *, lowercase */
	char *owner;         /* AM address, or NULL */
	double arr;          /* annual recurring revenue, 0 if empty */
	char *renewal_date;  /* YYYY-MM-DD or NULL */
	char *segment;       /* enterprise | mid | smb, or NULL */
} mp_account_row;

void mp_account_row_free(mp_account_row *row);

/*
 * mp_store_import_accounts - insert or update every row in one transaction
 * (all or nothing).  A domain already owned by another account moves to
 * the account named here.  Sets *created and *updated.
 */
gboolean mp_store_import_accounts(mp_store *st, GPtrArray *rows,
                                  guint *created, guint *updated,
                                  GError **error);

/* Query filters; NULL/0 fields do not filter. */
typedef struct mp_query {
	const char *account; /* account name (case-insensitive) */
	gint64 since;        /* unix time, inclusive */
	gint64 until;        /* unix time, exclusive */
	gint64 as_of;        /* "now" for derived states; 0: the real now */
	guint limit;         /* 0: the command's default */
	gboolean internal;   /* contacts: include our own people */
	const char *mark_open;  /* search: highlight markers, "[" "]" if NULL */
	const char *mark_close;
	const char *category;   /* signals: one category ("contact": events) */
	guint silent_days;      /* contacts: silent after this; 0: 45 */
	gboolean unattached;    /* signals: also those of mail no account holds */
} mp_query;

json_t *mp_store_list_accounts(mp_store *st, GError **error);
/* mp_store_list_contacts - contacts with title, title history and status
 * as of q->as_of: active, silent (nothing written for silent_days), left,
 * replaced (replaced_by: the successor's address) */
json_t *mp_store_list_contacts(mp_store *st, const mp_query *q, GError **error);
/* mp_store_list_signals - phrase-rule hits and contact events, oldest
 * first, each with its evidence (store_query_signals.c) */
json_t *mp_store_list_signals(mp_store *st, const mp_query *q, GError **error);
/* mp_store_latency - median reply latency per account and 30-day period
 * (counted back from as_of), for customer replies and ours */
json_t *mp_store_latency(mp_store *st, const mp_query *q, GError **error);
/* mp_store_search - FTS5 query, BM25 ranked, with highlighted snippets */
json_t *mp_store_search(mp_store *st, const char *fts_query, const mp_query *q,
                        GError **error);
/* mp_store_counts - rows per table (status, tests) */
json_t *mp_store_counts(mp_store *st, GError **error);

/* mp_store_capture_summary - {captured_today (live captures received
 * since `since`), stored_today, last_capture (unix time or null),
 * messages} for `mailpulse status` */
json_t *mp_store_capture_summary(mp_store *st, gint64 since, GError **error);

/*
 * Erasure (store_erase.c).  mp_store_begin_erase() opens the transaction
 * of a forget or a purge with secure_delete on; mp_store_forget() and
 * mp_store_purge() then return {table: {"deleted": N, "changed": N}} for
 * every table they visit (then commit).  On a read-only store they count
 * the same rows and change nothing: a dry run, which any reader may do.
 * mp_store_scrub(), after the commit, leaves no copy of what they erased
 * in the file or its WAL (vacuum: rebuild the index and VACUUM, for
 * forget; else merge the index, for purge).
 */
gboolean mp_store_begin_erase(mp_store *st, GError **error);

/* mp_store_forget - delete the target of f everywhere (see store_erase.c,
 * FORGET); adds to f the names seen for its addresses */
json_t *mp_store_forget(mp_store *st, mp_forget *f, GError **error);

/* mp_store_purge - reduce messages dated before cutoff (unix time) to what
 * headers-only capture keeps */
json_t *mp_store_purge(mp_store *st, gint64 cutoff, GError **error);

gboolean mp_store_scrub(mp_store *st, gboolean vacuum, GError **error);

/* mp_store_erase_check - append to problems one line per table of the
 * schema that erasure does not declare (tests) */
gboolean mp_store_erase_check(mp_store *st, GString *problems, GError **error);

/* mp_store_account_name - name of the account owning host (exactly) or
 * its registrable domain (caller frees), or NULL */
char *mp_store_account_name(mp_store *st, const char *host, const char *registrable);

/* mp_store_account_exists - TRUE if an account has this name */
gboolean mp_store_account_exists(mp_store *st, const char *name);

/* store_digest.c: what the digests already did (idempotency per AM and day) */

/* mp_store_digest_owners - every AM who owns an account (array of address
 * strings, lowercase, sorted) */
json_t *mp_store_digest_owners(mp_store *st, GError **error);
/* mp_store_digest_sent - *sent = a digest for am on day (YYYY-MM-DD) was
 * recorded */
gboolean mp_store_digest_sent(mp_store *st, const char *am, const char *day,
                              gboolean *sent, GError **error);
/* mp_store_record_digest - record a sent digest (items: the new items it
 * carried); a second record for the same am and day replaces the first
 * (--force) */
gboolean mp_store_record_digest(mp_store *st, const char *am, const char *day,
                                const char *message_id, const char *transport,
                                gint64 items, GError **error);

#endif
