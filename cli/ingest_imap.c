/*
 * ingest_imap.c - `mailpulse ingest imaps://user@host/FOLDER`: a mailbox's
 * history over IMAP, through the same pipeline as every other ingest.
 *
 * cli_ingest_imap() logs in (source_imap.c), takes the URL's folder (or,
 * with --all-folders, every folder worth reading), and for each: reads
 * the position stored for it (UIDVALIDITY and last UID, store_hosted.c),
 * starts over when the UIDVALIDITY changed (the server renumbered the
 * folder), fetches every UID above the last one in order and runs it
 * through the pipeline, fetched CLI_IMAP_BATCH at a time (one round trip
 * each batch).  After every CLI_IMAP_COMMIT messages, and at
 * the end of a folder, it commits the pipeline and then advances the
 * position: a run that is killed resumes at the last position, and what
 * it fetches again is stored already (duplicates, nothing twice).  On a
 * terminal a progress line per folder (count, rate, bytes, ETA); always a
 * closing line per folder.  A message that cannot be parsed is named on
 * stderr and skipped; a login, TLS or database error stops the run.
 */
#include <signal.h>
#include <stdio.h>
#include <unistd.h>
#include "cli.h"
#include "log.h"
#include "pipeline.h"
#include "source_imap.h"
#include "status.h"
#include "store_hosted.h"

/* Messages between two commits of the pipeline and the position. */
#define CLI_IMAP_COMMIT 100
/* Messages fetched in one request, and the bytes they may add up to (a
 * request per message costs a round trip each). */
#define CLI_IMAP_BATCH 50
#define CLI_IMAP_BATCH_BYTES (8 * 1024 * 1024)
#define PROGRESS_INTERVAL_US (G_USEC_PER_SEC / 4)

typedef struct imap_run {
	mp_pipeline *pipeline;
	mp_store *store;
	mp_imap *imap;
	gboolean progress;
	guint64 seen;        /* messages fetched, all folders */
	gint64 last_progress;
} imap_run;

/* debug_kill_between - the test hook MAILPULSE_DEBUG_IMAP_KILL_AT=N: a
 * SIGKILL of this process once N messages were fetched, at the worst
 * moment, their messages committed and the position not yet advanced
 * (tests/e2e/T070-imap.sh); nothing when it is unset */
static void debug_kill_between(const imap_run *r)
{
	const char *at = g_getenv("MAILPULSE_DEBUG_IMAP_KILL_AT");
	if (at != NULL && *at != '\0' && r->seen >= g_ascii_strtoull(at, NULL, 10))
		kill(getpid(), SIGKILL);
}

/* commit - the pipeline, then the folder's position (after it: see above) */
static gboolean commit(imap_run *r, const char *key, guint64 uidvalidity, guint64 uid,
                       guint64 added, GError **error)
{
	if (!mp_pipeline_flush(r->pipeline, error))
		return FALSE;
	debug_kill_between(r);
	return mp_store_imap_advance(r->store, key, mp_imap_user(r->imap), uidvalidity, uid, added,
	                             error);
}

/* print_progress - one rewritten line for a terminal */
static void print_progress(imap_run *r, const char *folder, guint done, guint total,
                           gint64 started, gboolean force)
{
	gint64 now = g_get_monotonic_time();
	if (!r->progress || (!force && now - r->last_progress < PROGRESS_INTERVAL_US))
		return;
	r->last_progress = now;
	double secs = (now - started) / (double)G_USEC_PER_SEC;
	double rate = secs > 0 ? done / secs : 0;
	double eta = rate > 0 ? (total - done) / rate : 0;
	fprintf(stderr, "\r%s: %u/%u messages  %.0f msg/s  %.1f MB  ETA %d:%02d   ", folder, done,
	        total, rate, mp_imap_bytes(r->imap) / 1e6, (int)eta / 60, (int)eta % 60);
}

/* one_message - a fetched message through the pipeline; FALSE on a
 * database error (error set) */
static gboolean one_message(imap_run *r, const char *key, guint64 uid, GByteArray *msg,
                            GError **error)
{
	char *origin = g_strdup_printf("imap:%s;UID=%" G_GUINT64_FORMAT, key, uid);
	char *reason = NULL;
	mp_pipe_outcome o = mp_pipeline_process(r->pipeline, (const char *)msg->data, msg->len,
	                                        NULL, origin, &reason);
	if (o == MP_PIPE_BAD_INPUT)
		fprintf(stderr, "%smailpulse: ingest: %s: cannot parse: %s\n", r->progress ? "\r" : "",
		        origin, reason ? reason : "?");
	else if (o == MP_PIPE_DB_ERROR)
		g_set_error(error, MP_ERROR, MP_ERR_TEMPFAIL, "%s", reason ? reason : "database error");
	g_free(reason);
	g_free(origin);
	return o != MP_PIPE_DB_ERROR;
}

/* one_folder - everything new in folder; FALSE with error */
static gboolean one_folder(imap_run *r, const char *folder, GError **error)
{
	char *key = mp_imap_key(r->imap, folder);
	guint64 validity = 0, uidnext = 0, stored_validity = 0, last = 0;
	gboolean ok = mp_imap_status(r->imap, folder, &validity, &uidnext, error) &&
	              mp_store_imap_position(r->store, key, &stored_validity, &last, error);
	if (ok && stored_validity != 0 && stored_validity != validity) {
		fprintf(stderr, "mailpulse: ingest: %s: UIDVALIDITY changed (%" G_GUINT64_FORMAT
		        " -> %" G_GUINT64_FORMAT "): reading the folder anew (stored messages are "
		        "recognised, not stored twice)\n", key, stored_validity, validity);
		last = 0;
	}
	GArray *uids = ok ? mp_imap_uids_after(r->imap, folder, last, uidnext, error) : NULL;
	ok = uids != NULL;
	guint64 resumed = last, added = 0;
	guint done = 0;
	gint64 started = g_get_monotonic_time();
	for (guint i = 0; ok && i < uids->len;) {
		/* a batch: up to CLI_IMAP_BATCH messages or CLI_IMAP_BATCH_BYTES */
		guint n = 0;
		guint64 bytes = 0;
		const mp_imap_uid *batch = &g_array_index(uids, mp_imap_uid, i);
		while (i + n < uids->len && n < CLI_IMAP_BATCH &&
		       (n == 0 || bytes + batch[n].size <= CLI_IMAP_BATCH_BYTES))
			bytes += batch[n++].size;
		GPtrArray *msgs = mp_imap_fetch(r->imap, folder, validity, batch, n, error);
		ok = msgs != NULL;
		for (guint k = 0; ok && k < n; k++) {
			if (msgs->pdata[k] != NULL)
				ok = one_message(r, key, batch[k].uid, msgs->pdata[k], error);
			if (!ok)
				break;
			last = batch[k].uid;
			added++, done++, r->seen++;
			if (added >= CLI_IMAP_COMMIT) {
				ok = commit(r, key, validity, last, added, error);
				added = 0;
			}
		}
		if (msgs)
			g_ptr_array_unref(msgs);
		i += n;
		print_progress(r, folder, done, uids->len, started, FALSE);
	}
	/* what was fetched before an error is committed too */
	GError *commit_error = NULL;
	if (uids != NULL && !commit(r, key, validity, last, added, &commit_error)) {
		if (ok)
			g_propagate_error(error, commit_error);
		else
			g_error_free(commit_error);
		ok = FALSE;
	}
	if (uids != NULL) {
		double secs = (g_get_monotonic_time() - started) / (double)G_USEC_PER_SEC;
		if (r->progress)
			fprintf(stderr, "\r%*s\r", 70, "");
		printf("ingest: %s: %u new messages in %.1fs (%.0f msg/s)%s", key, done, secs,
		       secs > 0 ? done / secs : 0.0, resumed ? "" : "\n");
		if (resumed)
			printf(", resumed after UID %" G_GUINT64_FORMAT "\n", resumed);
		g_array_unref(uids);
	}
	g_free(key);
	return ok;
}

/* cli_ingest_imap - every new message of the URL's folders through the pipeline */
int cli_ingest_imap(cli_context *ctx, mp_pipeline *pipeline, mp_store *st, const char *url,
                    const cli_imap_args *args, gboolean progress, guint64 *seen)
{
	mp_imap_options o = {
		.password_file = args->password_file, .password_env = args->password_env,
		.token_file = args->token_file, .token_command = args->token_command,
		.ca_file = args->ca_file,
		.bytes_per_day = args->rate_set ? args->bytes_per_day : ctx->cfg->imap_bytes_per_day,
	};
	GError *error = NULL;
	imap_run r = { .pipeline = pipeline, .store = st, .progress = progress };
	r.imap = mp_imap_open(url, &o, &error);
	GPtrArray *folders = NULL;
	if (r.imap != NULL && args->all_folders) {
		folders = mp_imap_folders(r.imap, &error);
	} else if (r.imap != NULL && *mp_imap_folder(r.imap) == '\0') {
		g_set_error(&error, MP_ERROR, MP_ERR_USAGE, "%s: name a folder "
		            "(imaps://USER@HOST/INBOX) or give --all-folders", url);
	} else if (r.imap != NULL) {
		folders = g_ptr_array_new_with_free_func(g_free);
		g_ptr_array_add(folders, g_strdup(mp_imap_folder(r.imap)));
	}
	for (guint i = 0; folders && i < folders->len && error == NULL; i++)
		one_folder(&r, folders->pdata[i], &error);
	*seen = r.seen;
	if (folders)
		g_ptr_array_unref(folders);
	mp_imap_close(r.imap);
	if (error == NULL)
		return MP_OK;
	if (progress)
		fputc('\n', stderr);
	int status = cli_report("ingest", error);
	if (status == MP_ERR_TEMPFAIL)
		fprintf(stderr, "mailpulse: ingest: stopped; what was committed stays, "
		                "run the same command again to continue\n");
	return status;
}

/* cli_imap_option - one IMAP option of ingest into args */
gboolean cli_imap_option(cli_imap_args *args, int opt, const char *arg)
{
	switch (opt) {
	case CLI_OPT_ALL_FOLDERS: args->all_folders = TRUE; return TRUE;
	case CLI_OPT_PASSWORD_FILE: args->password_file = arg; return TRUE;
	case CLI_OPT_PASSWORD_ENV: args->password_env = arg; return TRUE;
	case CLI_OPT_TOKEN_FILE: args->token_file = arg; return TRUE;
	case CLI_OPT_TOKEN_COMMAND: args->token_command = arg; return TRUE;
	case CLI_OPT_CA_FILE: args->ca_file = arg; return TRUE;
	case CLI_OPT_RATE:
		args->rate_set = TRUE;
		if (g_ascii_strcasecmp(arg, "unlimited") == 0) {
			args->bytes_per_day = 0;
			return TRUE;
		}
		char *end = NULL;
		guint64 n = g_ascii_isdigit(*arg) ? g_ascii_strtoull(arg, &end, 10) : 0;
		guint64 mult = end == NULL ? 0 : g_ascii_tolower(*end) == 'k' ? 1024
		               : g_ascii_tolower(*end) == 'm' ? 1024 * 1024
		               : g_ascii_tolower(*end) == 'g' ? 1024ULL * 1024 * 1024 : 1;
		if (end && mult > 1)
			end++;
		args->bytes_per_day = n * mult;
		return n > 0 && end && *end == '\0';
	default:
		return FALSE;
	}
}
