/*
 * cmd_accounts.c - `mailpulse accounts import FILE.csv` and `accounts list`.
 */
#include <getopt.h>
#include <stdio.h>
#include <string.h>
#include "accounts_csv.h"
#include "cli.h"
#include "status.h"

/* accounts_import - validate the whole file, then apply it in one transaction */
static int accounts_import(cli_context *ctx, const char *path)
{
	GError *error = NULL;
	GPtrArray *rows = mp_accounts_csv_read(path, &error);
	if (rows == NULL)
		return cli_report("accounts import", error);
	int status;
	mp_store *st = cli_open_store(ctx, TRUE, &status);
	if (st == NULL) {
		g_ptr_array_unref(rows);
		return status;
	}
	guint created = 0, updated = 0;
	if (!mp_store_import_accounts(st, rows, &created, &updated, &error))
		status = cli_report("accounts import", error);
	else
		printf("accounts: %s: %u created, %u updated\n", path, created, updated);
	mp_store_close(st);
	g_ptr_array_unref(rows);
	return status;
}

/* accounts_list - one line (or object) per account */
static int accounts_list(cli_context *ctx, gboolean json)
{
	static const cli_column cols[] = {
		{ "account", "ACCOUNT", 32 }, { "domains", "DOMAINS", 40 }, { "owner", "OWNER", 36 },
		{ "arr", "ARR", 0 }, { "renewal_date", "RENEWAL", 0 }, { "segment", "SEGMENT", 0 },
		{ "messages", "MESSAGES", 0 }, { "contacts", "CONTACTS", 0 },
	};
	int status;
	mp_store *st = cli_open_store(ctx, FALSE, &status);
	if (st == NULL)
		return status;
	GError *error = NULL;
	json_t *rows = mp_store_list_accounts(st, &error);
	if (rows == NULL) {
		status = cli_report("accounts list", error);
	} else {
		if (json)
			cli_print_json(rows);
		else
			cli_print_table(rows, cols, G_N_ELEMENTS(cols));
		json_decref(rows);
	}
	mp_store_close(st);
	return status;
}

int cmd_accounts(cli_context *ctx, int argc, char **argv)
{
	static const struct option options[] = {
		{ "json", no_argument, NULL, 'j' },
		{ NULL, 0, NULL, 0 },
	};
	gboolean json = FALSE;
	int opt;
	while ((opt = getopt_long(argc, argv, "", options, NULL)) != -1) {
		if (opt != 'j')
			return cli_usage_error("accounts", "bad option");
		json = TRUE;
	}
	if (optind >= argc)
		return cli_usage_error("accounts", "missing subcommand (import or list)");
	const char *sub = argv[optind];
	if (strcmp(sub, "import") == 0) {
		if (argc - optind != 2)
			return cli_usage_error("accounts", "import takes exactly one FILE.csv");
		return accounts_import(ctx, argv[optind + 1]);
	}
	if (strcmp(sub, "list") == 0) {
		if (argc - optind != 1)
			return cli_usage_error("accounts", "list takes no arguments");
		return accounts_list(ctx, json);
	}
	return cli_usage_error("accounts", "unknown subcommand \"%s\"", sub);
}
