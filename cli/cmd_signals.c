/*
 * cmd_signals.c - `mailpulse signals`: every signal with its evidence.
 *
 * Phrase-rule hits (expansion, advocacy, churn_risk, competitor ...) and
 * contact events (category "contact": new stakeholder, title change,
 * departure, replacement, bounce), oldest first.  Text output is two lines
 * per signal: date, account, category/rule, who; then the label and the
 * sentence that raised it.  --json carries the same rows (account,
 * category, rule, label, weight, date, message_id, contact, evidence,
 * due_date ...).  Only the signals of accounts, unless --unattached: the
 * mail of a party that is no account yet (store_query_signals.c says why).
 */
#include <getopt.h>
#include <stdio.h>
#include "cli.h"
#include "status.h"

/* print_signals - the text form */
static void print_signals(json_t *rows)
{
	size_t i;
	json_t *row;
	json_array_foreach(rows, i, row) {
		char *date = cli_value_text(json_object_get(row, "date"));
		char *account = cli_value_text(json_object_get(row, "account"));
		char *category = cli_value_text(json_object_get(row, "category"));
		char *rule = cli_value_text(json_object_get(row, "rule"));
		char *contact = cli_value_text(json_object_get(row, "contact"));
		char *label = cli_value_text(json_object_get(row, "label"));
		char *evidence = cli_value_text(json_object_get(row, "evidence"));
		json_t *due = json_object_get(row, "due_date");
		printf("%.10s  %s  %s/%s  %s\n    %s%s%s\n", date, account, category, rule, contact,
		       label, json_is_string(due) ? ", due " : "",
		       json_is_string(due) ? json_string_value(due) : "");
		if (g_strcmp0(evidence, label) != 0)
			printf("    \"%s\"\n", evidence);
		g_free(date);
		g_free(account);
		g_free(category);
		g_free(rule);
		g_free(contact);
		g_free(label);
		g_free(evidence);
	}
	if (json_array_size(rows) == 0)
		printf("no signals\n");
}

int cmd_signals(cli_context *ctx, int argc, char **argv)
{
	static const struct option options[] = {
		{ "account", required_argument, NULL, 'A' },
		{ "category", required_argument, NULL, 'C' },
		{ "since", required_argument, NULL, 's' },
		{ "until", required_argument, NULL, 'u' },
		{ "json", no_argument, NULL, 'j' },
		{ "unattached", no_argument, NULL, 'U' },
		{ NULL, 0, NULL, 0 },
	};
	mp_query q = { .as_of = ctx->as_of };
	gboolean json = FALSE;
	int opt;
	while ((opt = getopt_long(argc, argv, "", options, NULL)) != -1) {
		switch (opt) {
		case 'A': q.account = optarg; break;
		case 'C': q.category = optarg; break;
		case 's':
		case 'u':
			if (!cli_query_date(&q, opt, optarg))
				return cli_usage_error("signals", "--%s: expected YYYY-MM-DD",
				                       opt == 's' ? "since" : "until");
			break;
		case 'j': json = TRUE; break;
		case 'U': q.unattached = TRUE; break;
		default: return cli_usage_error("signals", "bad option");
		}
	}
	if (optind < argc)
		return cli_usage_error("signals", "unexpected argument \"%s\"", argv[optind]);
	return cli_list(ctx, "signals", &q, mp_store_list_signals, json, print_signals);
}
