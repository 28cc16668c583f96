/*
 * cmd_snapshot.c - `mailpulse snapshot [--from DATE --to DATE] [--am ADDRESS]`.
 *
 * Without dates: the day of --as-of (default today).  With --from/--to:
 * every day of the range in order, so that a backfilled history gets the
 * trend (and the alerts: a health drop is measured against the previous
 * days' snapshots) it would have had live.  A day is written 100 accounts
 * per transaction: an interrupted replay keeps what was done and can be
 * run again (a day done twice is replaced, not doubled).  Prints one line
 * per day.
 */
#include <getopt.h>
#include <stdio.h>
#include "analyze.h"
#include "cli.h"
#include "status.h"

#define DAY 86400
#define MAX_DAYS 3660

int cmd_snapshot(cli_context *ctx, int argc, char **argv)
{
	static const struct option options[] = {
		{ "from", required_argument, NULL, 'f' },
		{ "to", required_argument, NULL, 't' },
		{ "am", required_argument, NULL, 'm' },
		{ NULL, 0, NULL, 0 },
	};
	gint64 from = 0, to = 0;
	const char *am = NULL;
	int opt;
	while ((opt = getopt_long(argc, argv, "", options, NULL)) != -1) {
		switch (opt) {
		case 'f':
		case 't':
			if (!cli_parse_date(optarg, FALSE, opt == 'f' ? &from : &to) || optarg[10] != '\0')
				return cli_usage_error("snapshot", "--%s: expected YYYY-MM-DD, got \"%s\"",
				                       opt == 'f' ? "from" : "to", optarg);
			break;
		case 'm': am = optarg; break;
		default: return cli_usage_error("snapshot", "bad option");
		}
	}
	if (optind < argc)
		return cli_usage_error("snapshot", "unexpected argument \"%s\"", argv[optind]);
	if ((from == 0) != (to == 0))
		return cli_usage_error("snapshot", "--from and --to go together");
	if (from == 0) {
		char *today = mp_analyze_day(ctx->as_of);
		cli_parse_date(today, FALSE, &from);
		g_free(today);
		to = from;
	}
	if (to < from || (to - from) / DAY >= MAX_DAYS)
		return cli_usage_error("snapshot", "--to must not be before --from, nor ten years after");
	int status;
	mp_store *st = cli_open_store(ctx, TRUE, &status);
	if (st == NULL)
		return status;
	for (gint64 day = from; day <= to && status == MP_OK; day += DAY) {
		GError *error = NULL;
		guint n = 0;
		char *name = mp_analyze_day(day);
		if (mp_analyze_snapshot(st, ctx->cfg, day, am, &n, &error))
			printf("%s %u account%s\n", name, n, n == 1 ? "" : "s");
		else
			status = cli_report("snapshot", error);
		g_free(name);
	}
	mp_store_close(st);
	return status;
}
