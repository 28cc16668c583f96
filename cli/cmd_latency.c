/*
 * cmd_latency.c - `mailpulse latency [--account NAME] [--since DATE]
 * [--json]`: how fast each side answers, per 30-day period.
 *
 * For each account and each 30-day period counted back from --as-of, the
 * median time the customer took to answer us and the median time we took
 * to answer them, with the number of replies each rests on (definition
 * in docs/signals.md: human replies across the company boundary, from
 * the message they answer).  JSON gives the medians in seconds
 * (customer_median_s, our_median_s); the text shows them as 3h05m or 2d04h.
 */
#include <getopt.h>
#include <stdio.h>
#include "cli.h"
#include "status.h"

/* duration_text - seconds as "45m", "3h05m", "2d04h" */
static json_t *duration_text(json_t *seconds)
{
	if (!json_is_integer(seconds))
		return json_null();
	json_int_t s = json_integer_value(seconds);
	char *text = s < 3600 ? g_strdup_printf("%dm", (int)(s / 60))
	             : s < 86400 ? g_strdup_printf("%dh%02dm", (int)(s / 3600), (int)(s % 3600 / 60))
	                         : g_strdup_printf("%dd%02dh", (int)(s / 86400), (int)(s % 86400 / 3600));
	json_t *v = json_string(text);
	g_free(text);
	return v;
}

/* add_durations - text-mode columns next to the seconds */
static void add_durations(json_t *rows)
{
	size_t i;
	json_t *row;
	json_array_foreach(rows, i, row) {
		json_object_set_new(row, "customer_median",
		                    duration_text(json_object_get(row, "customer_median_s")));
		json_object_set_new(row, "our_median", duration_text(json_object_get(row, "our_median_s")));
	}
}

/* print_latency - the text table, durations made readable */
static void print_latency(json_t *rows)
{
	static const cli_column cols[] = {
		{ "account", "ACCOUNT", 28 }, { "period_start", "FROM", 0 }, { "period_end", "TO", 0 },
		{ "customer_replies", "CUSTOMER REPLIES", 0 }, { "customer_median", "MEDIAN", 0 },
		{ "our_replies", "OUR REPLIES", 0 }, { "our_median", "MEDIAN", 0 },
	};
	add_durations(rows);
	cli_print_table(rows, cols, G_N_ELEMENTS(cols));
}

int cmd_latency(cli_context *ctx, int argc, char **argv)
{
	static const struct option options[] = {
		{ "account", required_argument, NULL, 'A' },
		{ "since", required_argument, NULL, 's' },
		{ "json", no_argument, NULL, 'j' },
		{ NULL, 0, NULL, 0 },
	};
	mp_query q = { .as_of = ctx->as_of };
	gboolean json = FALSE;
	int opt;
	while ((opt = getopt_long(argc, argv, "", options, NULL)) != -1) {
		switch (opt) {
		case 'A': q.account = optarg; break;
		case 's':
			if (!cli_query_date(&q, opt, optarg))
				return cli_usage_error("latency", "--since: expected YYYY-MM-DD");
			break;
		case 'j': json = TRUE; break;
		default: return cli_usage_error("latency", "bad option");
		}
	}
	if (optind < argc)
		return cli_usage_error("latency", "unexpected argument \"%s\"", argv[optind]);
	return cli_list(ctx, "latency", &q, mp_store_latency, json, print_latency);
}
