/*
 * erase.c - what `mailpulse forget` and `mailpulse purge` share.
 *
 * cli_run_erase() opens the database for writing, runs the command's erasure
 * in one transaction with secure delete on (mp_store_begin_erase), commits
 * it, scrubs the file (mp_store_scrub) and prints one row per table: rows
 * deleted and rows changed (fields erased in rows that stay).  --dry-run
 * opens the database read-only and the same erasure only counts (the
 * counts are exact, nothing changes), so a group member may run it.
 *
 * DIAGNOSTICS
 *	A database error rolls everything back and exits with its status.
 *	When the scrub cannot empty the WAL (another process is reading), the
 *	erasure is committed and reported, and the exit status is 75
 *	(EX_TEMPFAIL): running the command again finishes the scrub.
 */
#include <stdio.h>
#include "cli.h"
#include "status.h"

/* counts_rows - {table: {deleted, changed}} as an array of row objects */
static json_t *counts_rows(json_t *counts, json_int_t *deleted, json_int_t *changed)
{
	json_t *rows = json_array();
	const char *table;
	json_t *c;
	*deleted = *changed = 0;
	json_object_foreach(counts, table, c) {
		json_t *row = json_object();
		json_object_set_new(row, "table", json_string(table));
		json_object_set(row, "deleted", json_object_get(c, "deleted"));
		json_object_set(row, "changed", json_object_get(c, "changed"));
		*deleted += json_integer_value(json_object_get(c, "deleted"));
		*changed += json_integer_value(json_object_get(c, "changed"));
		json_array_append_new(rows, row);
	}
	return rows;
}

/* print_counts - the report, as text or JSON */
static void print_counts(const cli_erase *e, json_t *counts)
{
	static const cli_column cols[] = {
		{ "table", "TABLE", 0 }, { "deleted", "DELETED", 0 }, { "changed", "CHANGED", 0 },
	};
	json_int_t deleted, changed;
	json_t *rows = counts_rows(counts, &deleted, &changed);
	if (e->json) {
		cli_print_json(rows);
	} else {
		printf("%s: %s: %" JSON_INTEGER_FORMAT " rows %s, %" JSON_INTEGER_FORMAT " %s%s\n",
		       e->command, e->what, deleted, e->dry_run ? "would be deleted" : "deleted",
		       changed, e->dry_run ? "would be changed" : "changed",
		       e->dry_run ? " (dry run: nothing was changed)" : "");
		cli_print_table(rows, cols, G_N_ELEMENTS(cols));
	}
	json_decref(rows);
}

int cli_run_erase(cli_context *ctx, const cli_erase *e)
{
	int status;
	/* A dry run only reads: a member of the database's group may run it,
	 * and root running it changes nothing (store_erase.c counts). */
	mp_store *st = cli_open_store(ctx, !e->dry_run, &status);
	if (st == NULL)
		return status;
	GError *error = NULL;
	json_t *counts = NULL;
	if (mp_store_begin_erase(st, &error))
		counts = e->run(st, ctx->cfg, e->dry_run, e->data, &error);
	if (counts == NULL) {
		mp_store_rollback(st);
		mp_store_close(st);
		return cli_report(e->command, error);
	}
	json_int_t deleted = 0, changed = 0;
	json_decref(counts_rows(counts, &deleted, &changed));
	if (e->dry_run) {
		mp_store_rollback(st);
	} else if (!mp_store_commit(st, &error)) {
		json_decref(counts);
		mp_store_close(st);
		return cli_report(e->command, error);
	}
	print_counts(e, counts);
	json_decref(counts);
	/* Nothing erased, nothing to scrub: a daily purge with nothing due
	 * does not rewrite the index. */
	if (!e->dry_run && (deleted > 0 || changed > 0 || e->vacuum) &&
	    !mp_store_scrub(st, e->vacuum, &error))
		status = cli_report(e->command, error);
	mp_store_close(st);
	return status;
}
