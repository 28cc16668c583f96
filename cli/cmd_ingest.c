/*
 * cmd_ingest.c - `mailpulse ingest PATH...`: backfill an existing archive.
 *
 * Walks every PATH (source.c), runs each message through the same pipeline
 * the milter's worker uses, and reports: on a terminal a progress line
 * (count, rate, ETA from bytes read against the archive's total size),
 * always a summary line at the end.  A file that cannot be read or parsed
 * is reported on stderr and skipped; the exit status is then 1 so scripts
 * notice, but everything else has been stored.  A database error stops the
 * run (exit 75 when the database is busy: run it again, ingest is
 * idempotent).  A PATH that is an imap:// or imaps:// URL is read over IMAP
 * (ingest_imap.c), with the options of CLI_IMAP_OPTIONS.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "cli.h"
#include "log.h"
#include "pipeline.h"
#include "source.h"
#include "source_imap.h"
#include "status.h"

#define DEFAULT_BATCH 500
#define PROGRESS_INTERVAL_US (G_USEC_PER_SEC / 4)

typedef struct ingest_run {
	mp_pipeline *pipeline;
	gboolean verbose;
	gboolean progress;       /* stderr is a terminal */
	guint64 total_bytes;
	guint64 bytes_before;    /* bytes of the paths already walked */
	guint64 bytes_done;
	guint64 seen;
	guint64 unreadable;      /* files the walk could not read */
	gint64 started;
	gint64 last_progress;
	GHashTable *skip_reasons; /* reason -> count */
	char *db_error;          /* set when the database failed: stop */
	mp_store *store;         /* the pipeline's, for IMAP positions */
	cli_context *ctx;
	cli_imap_args imap;      /* --all-folders, credentials, --rate */
	int imap_status;         /* an IMAP run's failure: stop */
} ingest_run;

/* print_progress - one rewritten line: count, rate, share, ETA */
static void print_progress(ingest_run *run, gboolean force)
{
	gint64 now = g_get_monotonic_time();
	if (!run->progress || (!force && now - run->last_progress < PROGRESS_INTERVAL_US))
		return;
	run->last_progress = now;
	double secs = (now - run->started) / (double)G_USEC_PER_SEC;
	double rate = secs > 0 ? run->seen / secs : 0;
	double share = run->total_bytes ? (double)run->bytes_done / run->total_bytes : 0;
	double eta = share > 0.001 ? secs / share - secs : 0;
	fprintf(stderr, "\r%" G_GUINT64_FORMAT " messages  %.0f msg/s  %3.0f%%  ETA %d:%02d   ",
	        run->seen, rate, share * 100, (int)eta / 60, (int)eta % 60);
}

/* on_message - one message from the walk through the pipeline */
static gboolean on_message(const mp_source_item *item, void *ud)
{
	ingest_run *run = ud;
	char *reason = NULL;
	mp_envelope *cut = NULL;
	if (item->full_len > item->len) {
		/* cut at MaximumBodyBytes: stored as truncated, with its real size */
		cut = g_new0(mp_envelope, 1);
		cut->truncated = TRUE;
		cut->message_bytes = item->full_len;
	}
	mp_pipe_outcome o = mp_pipeline_process(run->pipeline, item->data, item->len, cut,
	                                        item->origin, &reason);
	run->seen++;
	run->bytes_done = run->bytes_before + item->bytes_done;
	if (o == MP_PIPE_SKIPPED && reason) {
		guint n = GPOINTER_TO_UINT(g_hash_table_lookup(run->skip_reasons, reason));
		g_hash_table_replace(run->skip_reasons, g_strdup(reason), GUINT_TO_POINTER(n + 1));
		if (run->verbose)
			fprintf(stderr, "%s%s: skipped: %s\n", run->progress ? "\r" : "", item->origin, reason);
	} else if (o == MP_PIPE_BAD_INPUT) {
		fprintf(stderr, "%smailpulse: ingest: %s: cannot parse: %s\n",
		        run->progress ? "\r" : "", item->origin, reason ? reason : "?");
	} else if (o == MP_PIPE_DB_ERROR) {
		run->db_error = reason;
		return FALSE;
	}
	g_free(reason);
	print_progress(run, FALSE);
	return TRUE;
}

/* on_error - a file or directory the walk could not read */
static void on_error(const char *path, const char *reason, void *ud)
{
	ingest_run *run = ud;
	run->unreadable++;
	fprintf(stderr, "%smailpulse: ingest: %s: %s (skipped)\n", run->progress ? "\r" : "",
	        path, reason);
}

/* skip_summary - "12 skipped (no internal party 10, all internal 2)" */
static char *skip_summary(ingest_run *run, guint64 skipped)
{
	GString *s = g_string_new(NULL);
	g_string_printf(s, "%" G_GUINT64_FORMAT " skipped", skipped);
	if (g_hash_table_size(run->skip_reasons) == 0)
		return g_string_free(s, FALSE);
	GHashTableIter it;
	gpointer key, value;
	const char *sep = " (";
	g_hash_table_iter_init(&it, run->skip_reasons);
	while (g_hash_table_iter_next(&it, &key, &value)) {
		g_string_append_printf(s, "%s%s %u", sep, (char *)key, GPOINTER_TO_UINT(value));
		sep = ", ";
	}
	g_string_append_c(s, ')');
	return g_string_free(s, FALSE);
}

/* print_summary - the closing line, on stdout */
static void print_summary(ingest_run *run)
{
	double secs = (g_get_monotonic_time() - run->started) / (double)G_USEC_PER_SEC;
	mp_pipeline *p = run->pipeline;
	char *skipped = skip_summary(run, mp_pipeline_count(p, MP_PIPE_SKIPPED));
	if (run->progress)
		fprintf(stderr, "\r%*s\r", 60, "");
	printf("ingest: %" G_GUINT64_FORMAT " messages in %.1fs (%.0f msg/s): %" G_GUINT64_FORMAT
	       " stored, %" G_GUINT64_FORMAT " already stored, %s, %" G_GUINT64_FORMAT
	       " unparseable, %" G_GUINT64_FORMAT " unreadable files\n",
	       run->seen, secs, secs > 0 ? run->seen / secs : 0.0,
	       mp_pipeline_count(p, MP_PIPE_STORED), mp_pipeline_count(p, MP_PIPE_DUPLICATE),
	       skipped, mp_pipeline_count(p, MP_PIPE_BAD_INPUT), run->unreadable);
	g_free(skipped);
}

/* walk_paths - every path through the pipeline; FALSE on a database error
 * or a failed IMAP run */
static gboolean walk_paths(ingest_run *run, mp_config *cfg, int n, char **paths)
{
	for (int i = 0; i < n; i++)
		run->total_bytes += mp_imap_is_url(paths[i]) ? 0 : mp_source_total_bytes(paths[i]);
	for (int i = 0; i < n && run->db_error == NULL && run->imap_status == MP_OK; i++) {
		if (mp_imap_is_url(paths[i])) {
			guint64 seen = 0;
			run->imap_status = cli_ingest_imap(run->ctx, run->pipeline, run->store, paths[i],
			                                   &run->imap, run->progress, &seen);
			run->seen += seen;
			continue;
		}
		mp_source_walk(paths[i], cfg->maximum_body_bytes, on_message, on_error, run);
		run->bytes_before += mp_source_total_bytes(paths[i]);
	}
	return run->db_error == NULL && run->imap_status == MP_OK;
}

int cmd_ingest(cli_context *ctx, int argc, char **argv)
{
	static const struct option options[] = {
		{ "verbose", no_argument, NULL, 'v' },
		{ "batch", required_argument, NULL, 'b' },
		CLI_IMAP_OPTIONS,
		{ NULL, 0, NULL, 0 },
	};
	ingest_run run = { .progress = isatty(STDERR_FILENO) };
	guint batch = DEFAULT_BATCH;
	int opt;
	while ((opt = getopt_long(argc, argv, "v", options, NULL)) != -1) {
		switch (opt) {
		case 'v': run.verbose = TRUE; break;
		case 'b':
			batch = (guint)strtoul(optarg, NULL, 10);
			if (batch == 0)
				return cli_usage_error("ingest", "--batch: expected a positive number");
			break;
		default:
			if (!cli_imap_option(&run.imap, opt, optarg))
				return cli_usage_error("ingest", opt == CLI_OPT_RATE ? "--rate: expected "
				                       "SIZE a day (e.g. 2500M) or unlimited" : "bad option");
		}
	}
	int status = cli_load_config(ctx);
	if (status != MP_OK)
		return status;
	/* Broken rules stop ingest before anything is stored: what was stored
	 * without its signals would never be read again. */
	mp_ruleset *rules = cli_load_rules(ctx, "ingest", &status);
	if (status != MP_OK)
		return status;
	mp_store *st = cli_open_store(ctx, TRUE, &status);
	if (st == NULL) {
		mp_rules_free(rules);
		return status;
	}
	run.pipeline = mp_pipeline_new(ctx->cfg, st, batch);
	run.store = st;
	run.ctx = ctx;
	mp_pipeline_set_rules(run.pipeline, rules);
	run.skip_reasons = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	run.started = g_get_monotonic_time();
	GError *error = NULL;
	if (!walk_paths(&run, ctx->cfg, argc - optind, argv + optind) && run.imap_status != MP_OK) {
		status = run.imap_status;
	} else if (run.db_error != NULL) {
		if (run.progress)
			fputc('\n', stderr);
		fprintf(stderr, "mailpulse: ingest: %s\n", run.db_error);
		fprintf(stderr, "mailpulse: ingest: stopped; what was committed stays, "
		                "run the same command again to continue\n");
		status = MP_ERR_TEMPFAIL;
	} else if (!mp_pipeline_flush(run.pipeline, &error)) {
		status = cli_report("ingest", error);
	} else {
		print_summary(&run);
		if (run.unreadable || mp_pipeline_count(run.pipeline, MP_PIPE_BAD_INPUT))
			status = MP_ERR_PARTIAL;
	}
	g_free(run.db_error);
	g_hash_table_destroy(run.skip_reasons);
	mp_pipeline_free(run.pipeline);
	mp_rules_free(rules);
	mp_store_close(st);
	return status;
}
