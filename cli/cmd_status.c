/*
 * cmd_status.c - `mailpulse status [--json]`: is capture working?
 *
 * What the admin asks first: how many captures wait in the spool (new/)
 * and how many were set aside (quarantine/), what the worker is doing
 * (and whether its process is alive), when it last committed, and how
 * many messages were captured live today; with hosted mail, the journal
 * reports received today, the last one and the unwrap failures; and how
 * much mail passed uncaptured while the milter process was down (the
 * supervisor answered the MTA for it: connections, messages, the last
 * time).  Reads the spool directory, SpoolDir/worker.<i>.state,
 * SpoolDir/milter.state and the database (read-only); changes nothing.
 *
 * Exit status 0 when the worker is alive and not backing off, 1 when
 * something needs a look (worker down or backing off, quarantine not
 * empty, a journal report that could not be unwrapped today), so that
 * monitoring can run it.
 */
#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli.h"
#include "spool.h"
#include "status.h"
#include "store_hosted.h"
#include "worker.h"

/* worker_json - worker index's state file, with liveness of its pid */
static json_t *worker_json(const char *spool_dir, guint index)
{
	json_t *o = json_object();
	json_object_set_new(o, "index", json_integer(index));
	GHashTable *state = mp_worker_read_state(spool_dir, index);
	if (state == NULL) {
		json_object_set_new(o, "state", json_string("unknown (never started)"));
		json_object_set_new(o, "alive", json_false());
		return o;
	}
	const char *pid_text = g_hash_table_lookup(state, "pid");
	int pid = pid_text ? atoi(pid_text) : 0;
	gboolean alive = pid > 0 && (kill(pid, 0) == 0 || errno == EPERM);
	const char *s = g_hash_table_lookup(state, "state");
	json_object_set_new(o, "state", json_string(s ? s : "unknown"));
	json_object_set_new(o, "alive", json_boolean(alive));
	json_object_set_new(o, "pid", json_integer(pid));
	const char *detail = g_hash_table_lookup(state, "detail");
	json_object_set_new(o, "detail", detail && *detail ? json_string(detail) : json_null());
	const char *since = g_hash_table_lookup(state, "since");
	json_object_set_new(o, "since", json_integer(since ? atoll(since) : 0));
	const char *commit = g_hash_table_lookup(state, "last_commit");
	gint64 last = commit ? atoll(commit) : 0;
	json_object_set_new(o, "last_commit", last ? json_integer(last) : json_null());
	g_hash_table_unref(state);
	return o;
}

/* milter_json - what the supervisor passed without capture while the
 * milter process was down (SpoolDir/milter.state; zeros if never) */
static json_t *milter_json(const char *spool_dir)
{
	json_t *o = json_object();
	GHashTable *state = mp_spool_read_state(spool_dir, MP_MILTER_STATE);
	const char *conns = state ? g_hash_table_lookup(state, "passed_connections") : NULL;
	const char *msgs = state ? g_hash_table_lookup(state, "passed_messages") : NULL;
	const char *last = state ? g_hash_table_lookup(state, "last_passed") : NULL;
	json_object_set_new(o, "passed_connections", json_integer(conns ? atoll(conns) : 0));
	json_object_set_new(o, "passed_messages", json_integer(msgs ? atoll(msgs) : 0));
	json_object_set_new(o, "last_passed", last && atoll(last) > 0 ? json_integer(atoll(last))
	                                                              : json_null());
	if (state)
		g_hash_table_unref(state);
	return o;
}

/* start_of_today - local midnight as unix time */
static gint64 start_of_today(void)
{
	GDateTime *now = g_date_time_new_now_local();
	GDateTime *midnight = g_date_time_new_local(g_date_time_get_year(now),
	                                            g_date_time_get_month(now),
	                                            g_date_time_get_day_of_month(now), 0, 0, 0);
	gint64 t = g_date_time_to_unix(midnight);
	g_date_time_unref(midnight);
	g_date_time_unref(now);
	return t;
}

/* time_text - "2026-11-24 10:02:03" local, or "never" */
static char *time_text(json_t *v)
{
	if (!json_is_integer(v) || json_integer_value(v) <= 0)
		return g_strdup("never");
	GDateTime *dt = g_date_time_new_from_unix_local(json_integer_value(v));
	char *s = g_date_time_format(dt, "%Y-%m-%d %H:%M:%S");
	g_date_time_unref(dt);
	return s;
}

/* print_text - the status for a terminal */
static void print_text(json_t *st)
{
	json_t *spool = json_object_get(st, "spool");
	json_t *db = json_object_get(st, "database");
	printf("spool       %s\n", json_string_value(json_object_get(spool, "dir")));
	printf("  waiting    %" JSON_INTEGER_FORMAT "\n", json_integer_value(json_object_get(spool, "new")));
	printf("  quarantine %" JSON_INTEGER_FORMAT "\n",
	       json_integer_value(json_object_get(spool, "quarantine")));
	printf("  unfinished %" JSON_INTEGER_FORMAT "\n", json_integer_value(json_object_get(spool, "tmp")));
	json_t *milter = json_object_get(st, "milter");
	char *passed = time_text(json_object_get(milter, "last_passed"));
	printf("milter      passed without capture %" JSON_INTEGER_FORMAT " connections, %"
	       JSON_INTEGER_FORMAT " messages, last %s (while its process was down)\n",
	       json_integer_value(json_object_get(milter, "passed_connections")),
	       json_integer_value(json_object_get(milter, "passed_messages")), passed);
	g_free(passed);
	size_t i;
	json_t *worker;
	json_array_foreach(json_object_get(st, "workers"), i, worker) {
		const char *detail = json_string_value(json_object_get(worker, "detail"));
		printf("worker %zu    %s%s%s%s\n", i, json_string_value(json_object_get(worker, "state")),
		       json_is_true(json_object_get(worker, "alive")) ? "" : " (not running)",
		       detail ? ": " : "", detail ? detail : "");
		char *commit = time_text(json_object_get(worker, "last_commit"));
		printf("  last commit %s\n", commit);
		g_free(commit);
	}
	if (json_is_object(db)) {
		char *last = time_text(json_object_get(db, "last_capture"));
		printf("database    %s\n", json_string_value(json_object_get(db, "path")));
		printf("  captured today %" JSON_INTEGER_FORMAT ", stored today %" JSON_INTEGER_FORMAT
		       ", last capture %s, %" JSON_INTEGER_FORMAT " messages in all\n",
		       json_integer_value(json_object_get(db, "captured_today")),
		       json_integer_value(json_object_get(db, "stored_today")), last,
		       json_integer_value(json_object_get(db, "messages")));
		g_free(last);
		cli_print_journal_status(json_object_get(db, "journal"));
	} else {
		printf("database    %s\n", json_string_value(json_object_get(st, "database_error")));
	}
}

int cmd_status(cli_context *ctx, int argc, char **argv)
{
	static const struct option options[] = {
		{ "json", no_argument, NULL, 'j' },
		{ NULL, 0, NULL, 0 },
	};
	gboolean json = FALSE;
	int opt;
	while ((opt = getopt_long(argc, argv, "", options, NULL)) != -1) {
		if (opt != 'j')
			return cli_usage_error("status", "bad option");
		json = TRUE;
	}
	if (optind < argc)
		return cli_usage_error("status", "unexpected argument \"%s\"", argv[optind]);
	int status = cli_load_config(ctx);
	if (status != MP_OK)
		return status;
	const char *spool_dir = ctx->cfg->spool_dir;
	json_t *st = json_object();
	json_t *spool = json_object();
	json_object_set_new(spool, "dir", json_string(spool_dir));
	json_object_set_new(spool, "new", json_integer(mp_spool_count(spool_dir, MP_SPOOL_NEW)));
	json_object_set_new(spool, "quarantine",
	                    json_integer(mp_spool_count(spool_dir, MP_SPOOL_QUARANTINE)));
	json_object_set_new(spool, "tmp", json_integer(mp_spool_count(spool_dir, MP_SPOOL_TMP)));
	json_object_set_new(st, "spool", spool);
	json_object_set_new(st, "milter", milter_json(spool_dir));
	json_t *workers = json_array();
	gboolean workers_ok = TRUE;
	for (guint i = 0; i < ctx->cfg->workers; i++) {
		json_t *w = worker_json(spool_dir, i);
		workers_ok = workers_ok && json_is_true(json_object_get(w, "alive")) &&
		             g_strcmp0(json_string_value(json_object_get(w, "state")), "backoff") != 0;
		json_array_append_new(workers, w);
	}
	json_object_set_new(st, "workers", workers);

	GError *error = NULL;
	const char *path = ctx->db_path ? ctx->db_path : ctx->cfg->database;
	mp_store *store = mp_store_open(path, MP_STORE_READONLY, &error);
	json_t *db = store ? mp_store_capture_summary(store, start_of_today(), &error) : NULL;
	json_t *journal = db ? mp_store_journal_summary(store, start_of_today(), &error) : NULL;
	if (db && journal == NULL)
		g_clear_pointer(&db, json_decref);
	if (db) {
		json_object_set_new(db, "path", json_string(path));
		json_object_set_new(db, "journal", journal);
		json_object_set_new(st, "database", db);
	} else {
		json_object_set_new(st, "database", json_null());
		json_object_set_new(st, "database_error", json_string(error->message));
		g_error_free(error);
	}
	mp_store_close(store);

	if (json) {
		json_t *rows = json_array(); /* every listing is an array of objects */
		json_array_append(rows, st);
		cli_print_json(rows);
		json_decref(rows);
	} else {
		print_text(st);
	}
	gboolean healthy = workers_ok && json_integer_value(json_object_get(spool, "quarantine")) <= 0 &&
	                   json_integer_value(json_object_get(json_object_get(json_object_get(st,
	                       "database"), "journal"), "failures_today")) <= 0;
	json_decref(st);
	return healthy ? MP_OK : MP_ERR_PARTIAL;
}
