/*
 * output.c - print query results as a text table or as JSON.
 *
 * Every listing builds a jansson array of objects once and hands it here,
 * so `--json` and the text table always show the same data (the notmuch
 * sprinter idea, reduced to what we need).  Text cells are cut at a
 * column's max width on a character boundary, and control characters from
 * mail (a subject with an escape sequence, a C1 control, a bidirectional
 * override such as U+202E that shows "gpj.exe" as "exe.jpg": the set of
 * mp_char_unsafe()) are shown as '?', so customer data can neither drive
 * the user's terminal nor disguise itself on it.
 */
#include <stdio.h>
#include <string.h>
#include "cli.h"
#include "status.h"

void cli_print_json(json_t *rows)
{
	/* 15 significant digits: 4.2 prints as 4.2, not 4.2000000000000002 */
	json_dumpf(rows, stdout, JSON_INDENT(2) | JSON_REAL_PRECISION(15));
	fputc('\n', stdout);
}

char *cli_display_text(const char *s)
{
	char *valid = g_utf8_make_valid(s ? s : "", -1);
	GString *out = g_string_sized_new(strlen(valid));
	for (const char *p = valid; *p; p = g_utf8_next_char(p)) {
		if (mp_char_unsafe(g_utf8_get_char(p)))
			g_string_append_c(out, '?');
		else
			g_string_append_len(out, p, g_utf8_next_char(p) - p);
	}
	g_free(valid);
	return g_string_free(out, FALSE);
}

char *cli_value_text(json_t *v)
{
	if (v == NULL || json_is_null(v))
		return g_strdup("-");
	if (json_is_string(v))
		return cli_display_text(json_string_value(v));
	if (json_is_integer(v))
		return g_strdup_printf("%" JSON_INTEGER_FORMAT, json_integer_value(v));
	if (json_is_real(v))
		return g_strdup_printf("%.0f", json_real_value(v));
	if (json_is_boolean(v))
		return g_strdup(json_is_true(v) ? "yes" : "no");
	if (json_is_array(v)) {
		GString *s = g_string_new(NULL);
		size_t i;
		json_t *item;
		json_array_foreach(v, i, item) {
			char *t = cli_value_text(item);
			g_string_append_printf(s, "%s%s", i ? ";" : "", t);
			g_free(t);
		}
		return g_string_free(s, FALSE);
	}
	return g_strdup("?");
}

/* cut - at most max characters, "..." marking a cut (0: no limit);
 * CLI_DATE keeps the YYYY-MM-DD of an ISO 8601 time */
static char *cut(char *text, int max)
{
	if (max == CLI_DATE) {
		if (strlen(text) > 10 && text[10] == 'T')
			text[10] = '\0';
		return text;
	}
	if (max <= 3 || g_utf8_strlen(text, -1) <= max)
		return text;
	char *end = g_utf8_offset_to_pointer(text, max - 3);
	char *cut_text = g_strdup_printf("%.*s...", (int)(end - text), text);
	g_free(text);
	return cut_text;
}

/* print_padded - text then spaces up to width characters */
static void print_padded(const char *text, long width, gboolean last)
{
	fputs(text, stdout);
	if (last)
		return;
	for (long n = g_utf8_strlen(text, -1); n < width + 2; n++)
		fputc(' ', stdout);
}

void cli_print_table(json_t *rows, const cli_column *cols, guint n_cols)
{
	size_t n_rows = json_array_size(rows);
	char ***cells = g_new0(char **, n_rows);
	long *width = g_new0(long, n_cols);
	for (guint c = 0; c < n_cols; c++)
		width[c] = g_utf8_strlen(cols[c].header, -1);
	for (size_t r = 0; r < n_rows; r++) {
		cells[r] = g_new0(char *, n_cols);
		for (guint c = 0; c < n_cols; c++) {
			json_t *v = json_object_get(json_array_get(rows, r), cols[c].key);
			cells[r][c] = cut(cli_value_text(v), cols[c].max_width);
			width[c] = MAX(width[c], g_utf8_strlen(cells[r][c], -1));
		}
	}
	for (guint c = 0; c < n_cols; c++)
		print_padded(cols[c].header, width[c], c + 1 == n_cols);
	fputc('\n', stdout);
	for (size_t r = 0; r < n_rows; r++) {
		for (guint c = 0; c < n_cols; c++) {
			print_padded(cells[r][c], width[c], c + 1 == n_cols);
			g_free(cells[r][c]);
		}
		fputc('\n', stdout);
		g_free(cells[r]);
	}
	g_free(cells);
	g_free(width);
}
