/*
 * cmd_purge.c - `mailpulse purge [--before DATE] [--dry-run] [--json]`.
 *
 * Applies Retention: messages dated before today (or --as-of) minus
 * Retention days, or before --before DATE, lose their text, attachment
 * names and signal evidence, in the database and its full-text index;
 * everything an analysis counts (messages as dated envelopes, participants,
 * contacts, threads, latencies, contact events) stays (store_erase.c,
 * PURGE).  Run daily by mailpulse-purge.timer; running it twice changes
 * nothing the second time.
 */
#include <getopt.h>
#include <stdio.h>
#include "cli.h"
#include "status.h"

/* purge_run - the cutoff is in data */
static json_t *purge_run(mp_store *st, const mp_config *cfg, gboolean dry_run, void *data,
                         GError **error)
{
	return mp_store_purge(st, *(const gint64 *)data, error);
}

int cmd_purge(cli_context *ctx, int argc, char **argv)
{
	static const struct option options[] = {
		{ "before", required_argument, NULL, 'b' },
		{ "dry-run", no_argument, NULL, 'n' },
		{ "json", no_argument, NULL, 'j' },
		{ NULL, 0, NULL, 0 },
	};
	cli_erase e = { .command = "purge", .run = purge_run };
	gint64 before = 0;
	int opt;
	while ((opt = getopt_long(argc, argv, "", options, NULL)) != -1) {
		switch (opt) {
		case 'b':
			if (!cli_parse_date(optarg, FALSE, &before))
				return cli_usage_error("purge", "--before: expected YYYY-MM-DD");
			break;
		case 'n': e.dry_run = TRUE; break;
		case 'j': e.json = TRUE; break;
		default: return cli_usage_error("purge", "bad option");
		}
	}
	if (optind < argc)
		return cli_usage_error("purge", "unexpected argument \"%s\"", argv[optind]);
	int status = cli_load_config(ctx);
	if (status != MP_OK)
		return status;
	gint64 now = ctx->as_of ? ctx->as_of : g_get_real_time() / G_USEC_PER_SEC;
	gint64 cutoff = before ? before : now - (gint64)ctx->cfg->retention_days * 24 * 3600;
	GDateTime *dt = g_date_time_new_from_unix_utc(cutoff);
	char *day = g_date_time_format(dt, "%Y-%m-%d %H:%M UTC");
	char *what = before ? g_strdup_printf("message text dated before %s", day)
	                    : g_strdup_printf("message text dated before %s (Retention %u days)",
	                                      day, ctx->cfg->retention_days);
	g_date_time_unref(dt);
	g_free(day);
	e.what = what;
	e.data = &cutoff;
	status = cli_run_erase(ctx, &e);
	g_free(what);
	return status;
}
