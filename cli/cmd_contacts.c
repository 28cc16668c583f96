/*
 * cmd_contacts.c - `mailpulse contacts [--account NAME] [--all] [--json]`.
 */
#include <getopt.h>
#include <stdio.h>
#include "cli.h"
#include "status.h"

int cmd_contacts(cli_context *ctx, int argc, char **argv)
{
	static const struct option options[] = {
		{ "account", required_argument, NULL, 'A' },
		{ "all", no_argument, NULL, 'a' },
		{ "json", no_argument, NULL, 'j' },
		{ NULL, 0, NULL, 0 },
	};
	static const cli_column cols[] = {
		{ "address", "ADDRESS", 40 }, { "name", "NAME", 28 }, { "account", "ACCOUNT", 28 },
		{ "status", "STATUS", 0 }, { "first_seen", "FIRST SEEN", CLI_DATE },
		{ "last_seen", "LAST SEEN", CLI_DATE }, { "sent", "SENT", 0 }, { "received", "RECEIVED", 0 },
	};
	mp_query q = { .as_of = ctx->as_of };
	gboolean json = FALSE;
	int opt;
	while ((opt = getopt_long(argc, argv, "", options, NULL)) != -1) {
		switch (opt) {
		case 'A': q.account = optarg; break;
		case 'a': q.internal = TRUE; break;
		case 'j': json = TRUE; break;
		default: return cli_usage_error("contacts", "bad option");
		}
	}
	if (optind < argc)
		return cli_usage_error("contacts", "unexpected argument \"%s\"", argv[optind]);
	int status;
	mp_store *st = cli_open_store(ctx, FALSE, &status);
	if (st == NULL)
		return status;
	GError *error = NULL;
	json_t *rows = NULL;
	if (q.account && !mp_store_account_exists(st, q.account)) {
		fprintf(stderr, "mailpulse: contacts: no account named \"%s\" "
		                "(see `mailpulse accounts list`)\n", q.account);
		status = MP_ERR_PARTIAL;
	} else if ((rows = mp_store_list_contacts(st, &q, &error)) == NULL) {
		status = cli_report("contacts", error);
	} else if (json) {
		cli_print_json(rows);
	} else {
		cli_print_table(rows, cols, G_N_ELEMENTS(cols));
	}
	json_decref(rows);
	mp_store_close(st);
	return status;
}
