/*
 * automated_rx.c - the compiled pattern tables of the automated_*.c files.
 *
 * SUMMARY
 *	Each part of the detection writes its regular expressions as a
 *	constant table (automated_rx_table, AUTOMATED_RX_TABLE) and reads them
 *	through these helpers: automated_rx_get() compiles the whole table on
 *	first use (case-insensitive, multiline, UTF-8, a space matching any
 *	run of white space; GOnce, so threads may race to it safely) and
 *	returns one entry; automated_rx_search() says
 *	whether an entry matches and where; automated_rx_group() returns one
 *	group of its first match.
 *
 * DIAGNOSTICS
 *	A table pattern that does not compile is a programming error: the
 *	process aborts (g_error) naming the pattern.  A NULL text never
 *	matches.
 */
#include "automated_internal.h"

/*
 * any_space - pattern with every literal space outside a character class
 * made to match any run of white space ("x y" -> "x\s+y", "x ?y" ->
 * "x\s*y").  Plain-text mail is wrapped and padded where its writer's
 * program pleased: "If you do  not wish to\nreceive" is the footer
 * "if you do not wish to receive", and a table written with single
 * spaces must not miss it.
 */
static char *any_space(const char *pattern)
{
	GString *out = g_string_new(NULL);
	for (const char *p = pattern; *p; p++) {
		if (*p == '\\' && p[1]) {
			g_string_append_len(out, p, 2);
			p++;
		} else if (*p == '[') {
			/* a class, copied whole: its first ']' and escapes are literal */
			const char *q = p + 1;
			if (*q == '^')
				q++;
			if (*q == ']')
				q++;
			while (*q && *q != ']')
				q += (*q == '\\' && q[1]) ? 2 : 1;
			g_string_append_len(out, p, *q ? q - p + 1 : q - p);
			p = *q ? q : q - 1;
		} else if (*p == ' ') {
			if (p[1] == '?' || p[1] == '*') {
				g_string_append(out, "\\s*");
				p++;
			} else if (p[1] == '+' || p[1] == '{') {
				g_string_append(out, "\\s");
			} else {
				g_string_append(out, "\\s+");
			}
		} else {
			g_string_append_c(out, *p);
		}
	}
	return g_string_free(out, FALSE);
}

/* compile_table - GOnce callback: compile every pattern of a table */
static gpointer compile_table(gpointer data)
{
	automated_rx_table *t = data;
	GRegex **re = g_new0(GRegex *, t->n);
	for (guint i = 0; i < t->n; i++) {
		GError *error = NULL;
		char *pattern = any_space(t->patterns[i]);
		re[i] = g_regex_new(pattern, G_REGEX_CASELESS | G_REGEX_OPTIMIZE |
		                    G_REGEX_MULTILINE, 0, &error);
		g_free(pattern);
		if (re[i] == NULL) /* a constant pattern: a programming error */
			g_error("automated: bad pattern %s: %s", t->patterns[i], error->message);
	}
	return re;
}

/* automated_rx_get - the compiled regex number i of table t */
GRegex *automated_rx_get(automated_rx_table *t, guint i)
{
	GRegex **re = g_once(&t->once, compile_table, t);
	return re[i];
}

/* automated_rx_search - does regex i of t match text; where */
gboolean automated_rx_search(automated_rx_table *t, guint i, const char *text, int *start, int *end)
{
	if (text == NULL)
		return FALSE;
	GMatchInfo *mi = NULL;
	gboolean found = g_regex_match(automated_rx_get(t, i), text, 0, &mi);
	if (found)
		g_match_info_fetch_pos(mi, 0, start, end);
	g_match_info_free(mi);
	return found;
}

/* automated_rx_group - group g of the first match, or NULL */
char *automated_rx_group(automated_rx_table *t, guint i, const char *text, int g)
{
	if (text == NULL)
		return NULL;
	GMatchInfo *mi = NULL;
	char *out = NULL;
	if (g_regex_match(automated_rx_get(t, i), text, 0, &mi))
		out = g_match_info_fetch(mi, g);
	g_match_info_free(mi);
	if (out != NULL && *out == '\0') {
		g_free(out);
		out = NULL;
	}
	return out;
}

