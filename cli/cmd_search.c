/*
 * cmd_search.c - `mailpulse search QUERY...`: FTS5 over subjects and texts.
 *
 * Text output is two lines per hit (date, direction, account, sender,
 * subject; then the snippet), matches in bold on a terminal and between
 * [brackets] otherwise, so piping to grep still shows them.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "cli.h"
#include "status.h"

/* Text mode asks SQLite for these markers, then renders them. */
#define MARK_OPEN "\001"
#define MARK_CLOSE "\002"

/* render_snippet - markers to bold or brackets, the text between them
 * with its C0 controls as spaces and the other unsafe characters (C1,
 * bidirectional controls) as '?' (cli_display_text) */
static char *render_snippet(const char *raw, gboolean bold)
{
	GString *out = g_string_new(NULL);
	for (const char *p = raw ? raw : ""; *p;) {
		gsize n = strcspn(p, MARK_OPEN MARK_CLOSE);
		char *piece = g_strndup(p, n);
		for (char *c = piece; *c; c++) /* line breaks of the text: a space */
			if ((guchar)*c < 0x20 || *c == 0x7f)
				*c = ' ';
		char *shown = cli_display_text(piece);
		g_string_append(out, shown);
		g_free(shown);
		g_free(piece);
		p += n;
		if (*p == MARK_OPEN[0])
			g_string_append(out, bold ? "\033[1m" : "[");
		else if (*p == MARK_CLOSE[0])
			g_string_append(out, bold ? "\033[0m" : "]");
		if (*p)
			p++;
	}
	return g_string_free(out, FALSE);
}

/* print_hits - the text form of the results */
static void print_hits(json_t *rows, gboolean bold)
{
	size_t i;
	json_t *row;
	json_array_foreach(rows, i, row) {
		char *date = cli_value_text(json_object_get(row, "date"));
		char *account = cli_value_text(json_object_get(row, "account"));
		char *from = cli_value_text(json_object_get(row, "from"));
		char *subject = cli_value_text(json_object_get(row, "subject"));
		char *snippet = render_snippet(json_string_value(json_object_get(row, "snippet")), bold);
		/* "2026-09-03T10:14:00Z" -> "2026-09-03 10:14" */
		if (g_utf8_strlen(date, -1) >= 16)
			date[10] = ' ', date[16] = '\0';
		const char *dir = json_string_value(json_object_get(row, "direction"));
		printf("%s  %s  %s  %s\n    %s\n    %s\n\n", date,
		       dir && dir[0] == 'i' ? "<-" : "->", account, from, subject, snippet);
		g_free(date);
		g_free(account);
		g_free(from);
		g_free(subject);
		g_free(snippet);
	}
	if (json_array_size(rows) == 0)
		printf("no match\n");
}

int cmd_search(cli_context *ctx, int argc, char **argv)
{
	static const struct option options[] = {
		{ "account", required_argument, NULL, 'A' },
		{ "since", required_argument, NULL, 's' },
		{ "until", required_argument, NULL, 'u' },
		{ "limit", required_argument, NULL, 'l' },
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
			if (!cli_parse_date(optarg, FALSE, &q.since))
				return cli_usage_error("search", "--since: expected YYYY-MM-DD");
			break;
		case 'u':
			if (!cli_parse_date(optarg, TRUE, &q.until))
				return cli_usage_error("search", "--until: expected YYYY-MM-DD");
			break;
		case 'l':
			q.limit = (guint)strtoul(optarg, NULL, 10);
			if (q.limit == 0)
				return cli_usage_error("search", "--limit: expected a positive number");
			break;
		case 'j': json = TRUE; break;
		default: return cli_usage_error("search", "bad option");
		}
	}
	if (optind >= argc)
		return cli_usage_error("search", "missing QUERY");
	char *query = g_strjoinv(" ", argv + optind);
	if (!json) {
		q.mark_open = MARK_OPEN;
		q.mark_close = MARK_CLOSE;
	}
	int status;
	mp_store *st = cli_open_store(ctx, FALSE, &status);
	if (st != NULL) {
		GError *error = NULL;
		json_t *rows = mp_store_search(st, query, &q, &error);
		if (rows == NULL)
			status = cli_report("search", error);
		else if (json)
			cli_print_json(rows);
		else
			print_hits(rows, isatty(STDOUT_FILENO));
		json_decref(rows);
		mp_store_close(st);
	}
	g_free(query);
	return status;
}
