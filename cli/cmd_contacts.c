/*
 * cmd_contacts.c - `mailpulse contacts [--account NAME] [--all] [--history]
 * [--json]`: the people of each account, their title and status.
 *
 * Status is derived as of --as-of (store_query_signals.c): active, silent
 * (nothing written for SilentDays), left, or replaced by the successor a
 * departure named.  --history adds every title each contact's signature
 * showed, with when; the JSON always carries it ("titles").
 */
#include <getopt.h>
#include <stdio.h>
#include <string.h>
#include "cli.h"
#include "status.h"

/* show_status - "replaced by ADDRESS" for the text table */
static void show_status(json_t *rows)
{
	size_t i;
	json_t *row;
	json_array_foreach(rows, i, row) {
		const char *successor = json_string_value(json_object_get(row, "replaced_by"));
		if (successor == NULL)
			continue;
		char *text = g_strdup_printf("replaced by %s", successor);
		json_object_set_new(row, "status", json_string(text));
		g_free(text);
	}
}

/* print_history - each contact's titles, oldest first */
static void print_history(json_t *rows)
{
	size_t i, j;
	json_t *row, *t;
	printf("\ntitle history:\n");
	json_array_foreach(rows, i, row) {
		json_t *titles = json_object_get(row, "titles");
		if (json_array_size(titles) == 0)
			continue;
		char *address = cli_value_text(json_object_get(row, "address"));
		printf("  %s\n", address);
		g_free(address);
		json_array_foreach(titles, j, t) {
			char *title = cli_value_text(json_object_get(t, "title"));
			char *first = cli_value_text(json_object_get(t, "first_seen"));
			char *last = cli_value_text(json_object_get(t, "last_seen"));
			printf("    %.10s .. %.10s  %s\n", first, last, title);
			g_free(title);
			g_free(first);
			g_free(last);
		}
	}
}

/* print_contacts - the text table */
static void print_contacts(json_t *rows)
{
	static const cli_column cols[] = {
		{ "address", "ADDRESS", 40 }, { "name", "NAME", 24 }, { "title", "TITLE", 28 },
		{ "account", "ACCOUNT", 24 }, { "status", "STATUS", 0 },
		{ "first_seen", "FIRST SEEN", CLI_DATE }, { "last_seen", "LAST SEEN", CLI_DATE },
		{ "sent", "SENT", 0 }, { "received", "RECEIVED", 0 },
	};
	show_status(rows);
	cli_print_table(rows, cols, G_N_ELEMENTS(cols));
}

/* print_contacts_history - the table, then every contact's titles */
static void print_contacts_history(json_t *rows)
{
	print_contacts(rows);
	print_history(rows);
}

int cmd_contacts(cli_context *ctx, int argc, char **argv)
{
	static const struct option options[] = {
		{ "account", required_argument, NULL, 'A' },
		{ "all", no_argument, NULL, 'a' },
		{ "history", no_argument, NULL, 'H' },
		{ "json", no_argument, NULL, 'j' },
		{ NULL, 0, NULL, 0 },
	};
	mp_query q = { .as_of = ctx->as_of };
	gboolean json = FALSE, history = FALSE;
	int opt;
	while ((opt = getopt_long(argc, argv, "", options, NULL)) != -1) {
		switch (opt) {
		case 'A': q.account = optarg; break;
		case 'a': q.internal = TRUE; break;
		case 'H': history = TRUE; break;
		case 'j': json = TRUE; break;
		default: return cli_usage_error("contacts", "bad option");
		}
	}
	if (optind < argc)
		return cli_usage_error("contacts", "unexpected argument \"%s\"", argv[optind]);
	return cli_list(ctx, "contacts", &q, mp_store_list_contacts, json,
	                history ? print_contacts_history : print_contacts);
}
