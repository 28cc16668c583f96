/*
 * cmd_snooze.c - `mailpulse snooze ACCOUNT --until DATE | --off`,
 * `mailpulse snooze [--list] [--json]`.
 *
 * A snoozed account is still analysed (its snapshots and alerts are kept)
 * but the digest and the brief show none of its alerts before DATE; on
 * DATE whatever still holds and was never sent comes back as new.
 */
#include <getopt.h>
#include <stdio.h>
#include <string.h>
#include "analyze.h"
#include "cli.h"
#include "status.h"

/* list_snoozes - the snoozes not over as of --as-of */
static int list_snoozes(cli_context *ctx, gboolean json)
{
	static const cli_column cols[] = { { "account", "ACCOUNT", 40 }, { "until", "UNTIL", 0 } };
	int status;
	mp_store *st = cli_open_store(ctx, FALSE, &status);
	if (st == NULL)
		return status;
	GError *error = NULL;
	json_t *rows = mp_analyze_list_snoozes(st, ctx->as_of, &error);
	if (rows == NULL)
		status = cli_report("snooze", error);
	else if (json)
		cli_print_json(rows);
	else if (json_array_size(rows) == 0)
		printf("no account is snoozed\n");
	else
		cli_print_table(rows, cols, G_N_ELEMENTS(cols));
	json_decref(rows);
	mp_store_close(st);
	return status;
}

int cmd_snooze(cli_context *ctx, int argc, char **argv)
{
	static const struct option options[] = {
		{ "until", required_argument, NULL, 'u' },
		{ "off", no_argument, NULL, 'o' },
		{ "list", no_argument, NULL, 'l' },
		{ "json", no_argument, NULL, 'j' },
		{ NULL, 0, NULL, 0 },
	};
	const char *until = NULL;
	gboolean off = FALSE, list = FALSE, json = FALSE;
	gint64 t;
	int opt;
	while ((opt = getopt_long(argc, argv, "", options, NULL)) != -1) {
		switch (opt) {
		case 'u':
			if (strlen(optarg) != 10 || !cli_parse_date(optarg, FALSE, &t))
				return cli_usage_error("snooze", "--until: expected YYYY-MM-DD, got \"%s\"", optarg);
			until = optarg;
			break;
		case 'o': off = TRUE; break;
		case 'l': list = TRUE; break;
		case 'j': json = TRUE; break;
		default: return cli_usage_error("snooze", "bad option");
		}
	}
	if (optind == argc)
		return list_snoozes(ctx, json);
	if (optind + 1 != argc || list || (until == NULL) == !off)
		return cli_usage_error("snooze", "expected ACCOUNT with --until DATE or --off");
	int status;
	mp_store *st = cli_open_store(ctx, TRUE, &status);
	if (st == NULL)
		return status;
	GError *error = NULL;
	if (!mp_analyze_snooze(st, argv[optind], until, &error))
		status = cli_report("snooze", error);
	else if (until)
		printf("%s: no alerts until %s\n", argv[optind], until);
	else
		printf("%s: alerts back on\n", argv[optind]);
	mp_store_close(st);
	return status;
}
