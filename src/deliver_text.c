/*
 * deliver_text.c - the digest's text/plain part, for a terminal and for
 * mail clients that show no HTML.
 *
 * SUMMARY
 *	mp_deliver_digest_text() writes, 72 columns wide:
 *	  - a heading: whose digest, which day, how many new items;
 *	  - "Needs you today": every account that has an alert, in the model's
 *	    order (analysis ranks by stake: ARR x severity x urgency), each
 *	    with its health, a sparkline of the last 30 days, renewal, momentum
 *	    and last substantive exchange; then each new alert with its
 *	    evidence (date, who, what was said) and the next step, and a drafted
 *	    text when there is one, and how to tell mailpulse it was useful or
 *	    wrong when the model has a feedback address (feedback.h); alerts
 *	    already sent before follow as one line each, with their feedback
 *	    code;
 *	  - "Your accounts at a glance": one line per account.
 *	The building blocks (wrapping, cells, sparklines) are shared with the
 *	portfolio report (deliver_report.c).
 *
 *	Customer text goes through dl_clean() (one line, no control
 *	characters, cut) and then dl_text_wrap(), which breaks a word too long
 *	for a line, so no line is wider than MP_DELIVER_TEXT_WIDTH columns
 *	whatever the model holds (wide East Asian characters count two).
 *
 * DIAGNOSTICS: none; a missing or mistyped field shows as absent.
 */
#include <math.h>
#include <string.h>
#include "deliver.h"
#include "deliver_internal.h"

#define WIDTH MP_DELIVER_TEXT_WIDTH

/* pad - n spaces */
static void pad(GString *out, glong n)
{
	for (glong i = 0; i < n; i++)
		g_string_append_c(out, ' ');
}

/* fitting_prefix - bytes of s that fit in room columns (at least one
 * character, so a caller always progresses) */
static gsize fitting_prefix(const char *s, glong room)
{
	const char *p = s;
	glong w = 0;
	while (*p) {
		gunichar c = g_utf8_get_char(p);
		glong cw = g_unichar_iszerowidth(c) ? 0 : g_unichar_iswide(c) ? 2 : 1;
		if (w + cw > room && p != s)
			break;
		w += cw;
		p = g_utf8_next_char(p);
	}
	return (gsize)(p - s);
}

void dl_text_wrap(GString *out, const char *text, int first, int rest)
{
	char *clean = dl_clean(text, -1);
	char **words = g_strsplit(clean, " ", -1);
	glong col = first;
	gboolean line_empty = TRUE;
	pad(out, first);
	for (char **w = words; *w; w++) {
		const char *p = *w;
		while (*p) {
			glong ww = dl_width(p);
			glong room = WIDTH - col - (line_empty ? 0 : 1);
			if (ww <= room) {
				if (!line_empty)
					g_string_append_c(out, ' ');
				g_string_append(out, p);
				col += ww + (line_empty ? 0 : 1);
				line_empty = FALSE;
				break;
			}
			if (line_empty) {
				/* longer than a whole line: break it where the line ends */
				gsize n = fitting_prefix(p, WIDTH - col);
				g_string_append_len(out, p, (gssize)n);
				p += n;
			}
			g_string_append_c(out, '\n');
			pad(out, rest);
			col = rest;
			line_empty = TRUE;
		}
	}
	g_string_append_c(out, '\n');
	g_strfreev(words);
	g_free(clean);
}

void dl_text_cell(GString *out, const char *text, int width, gboolean right)
{
	char *clean = dl_clean(text, -1);
	if (dl_width(clean) > width) {
		gsize n = fitting_prefix(clean, width - 3);
		clean[n] = '\0';
		char *cut = g_strconcat(clean, "...", NULL);
		g_free(clean);
		clean = cut;
	}
	glong gap = width - dl_width(clean);
	if (right)
		pad(out, gap);
	g_string_append(out, clean);
	if (!right)
		pad(out, gap);
	g_free(clean);
}

void dl_text_rule(GString *out, char c)
{
	for (int i = 0; i < WIDTH; i++)
		g_string_append_c(out, c);
	g_string_append_c(out, '\n');
}

void dl_text_sparkline(GString *out, json_t *trend, int max_points)
{
	static const char *const blocks[] = { "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█" };
	double lo, hi;
	if (!dl_trend_range(trend, &lo, &hi))
		return;
	size_t n = json_array_size(trend);
	for (size_t i = n > (size_t)max_points ? n - (size_t)max_points : 0; i < n; i++) {
		double v;
		if (dl_num(json_array_get(trend, i), NULL, &v))
			g_string_append(out, blocks[dl_level(v, lo, hi, G_N_ELEMENTS(blocks))]);
		else
			g_string_append_c(out, ' ');
	}
}

/* text_account_heading - "1. Name" left, "segment, ARR 240k" right */
static void text_account_heading(GString *out, guint rank, json_t *acc)
{
	char *name = dl_clean(dl_str(acc, "account"), DL_MAX_LINE);
	char *right = NULL;
	double arr;
	char *money = dl_num(acc, "arr", &arr) ? dl_money(arr) : NULL;
	char *segment = dl_clean(dl_str(acc, "segment"), 20);
	right = g_strdup_printf("%s%s%s%s", segment, *segment && money ? ", " : "",
	                        money ? "ARR " : "", money ? money : "");
	char *left = g_strdup_printf("%u. %s", rank, name);
	glong room = WIDTH - dl_width(right) - 2;
	if (dl_width(left) <= room) {
		g_string_append(out, left);
		pad(out, WIDTH - dl_width(left) - dl_width(right));
		g_string_append_printf(out, "%s\n", right);
	} else {
		dl_text_wrap(out, left, 0, 3);
		if (*right)
			dl_text_wrap(out, right, 3, 3);
	}
	g_free(left);
	g_free(right);
	g_free(segment);
	g_free(money);
	g_free(name);
}

/* text_health_line - "Health 62/100, watch  ▇▇▆▅▄  -14 in 21 days"; the
 * change goes to a line of its own when all of it does not fit */
static void text_health_line(GString *out, json_t *acc)
{
	double health, change;
	gboolean known = dl_num(acc, "health", &health);
	GString *line = g_string_new("   Health ");
	if (known)
		g_string_append_printf(line, "%.0f/100, %s", health, dl_health_word(TRUE, health));
	else
		g_string_append(line, "not scored yet (too little mail)");
	if (json_array_size(dl_array(acc, "health_trend")) > 0) {
		g_string_append(line, "  ");
		dl_text_sparkline(line, dl_array(acc, "health_trend"), 30);
	}
	char *delta = dl_num(acc, "health_change_21d", &change)
		? g_strdup_printf("%+.0f in 21 days", change) : NULL;
	if (delta && dl_width(line->str) + 2 + dl_width(delta) <= WIDTH)
		g_string_append_printf(out, "%s  %s\n", line->str, delta);
	else if (delta)
		g_string_append_printf(out, "%s\n     %s\n", line->str, delta);
	else
		g_string_append_printf(out, "%s\n", line->str);
	g_free(delta);
	g_string_free(line, TRUE);
}

/* text_renewal_line - "Renewal 2027-01-25, in 61 days" */
static void text_renewal_line(GString *out, json_t *acc)
{
	const char *date = dl_str(acc, "renewal_date");
	double days;
	if (date == NULL)
		return;
	char *d = dl_clean(date, 20);
	char *line = dl_num(acc, "days_to_renewal", &days)
		? g_strdup_printf("Renewal %s, %s %.0f days", d, days >= 0 ? "in" : "overdue by", fabs(days))
		: g_strdup_printf("Renewal %s", d);
	dl_text_wrap(out, line, 3, 5);
	g_free(line);
	g_free(d);
}

/* pair_text - "12 (was 20)" from a [now, before] pair, with decimals
 * digits and unit; NULL when absent */
static char *pair_text(json_t *momentum, const char *key, int decimals, const char *unit)
{
	json_t *pair = json_object_get(momentum, key);
	double now, before;
	if (!dl_num(json_array_get(pair, 0), NULL, &now))
		return NULL;
	if (!dl_num(json_array_get(pair, 1), NULL, &before))
		return g_strdup_printf("%.*f%s", decimals, now, unit);
	return g_strdup_printf("%.*f%s (was %.*f%s)", decimals, now, unit, decimals, before, unit);
}

/* text_momentum - the 21-day window against the 21 days before */
static void text_momentum(GString *out, json_t *acc)
{
	json_t *m = json_object_get(acc, "momentum");
	if (!json_is_object(m))
		return;
	GPtrArray *parts = g_ptr_array_new_with_free_func(g_free);
	char *s;
	if ((s = pair_text(m, "interactions", 0, "")))
		g_ptr_array_add(parts, g_strdup_printf("interactions %s", s)), g_free(s);
	if ((s = pair_text(m, "customer_reply_hours", 1, " h")))
		g_ptr_array_add(parts, g_strdup_printf("customer replies in %s", s)), g_free(s);
	if ((s = pair_text(m, "positive_signals", 0, "")))
		g_ptr_array_add(parts, g_strdup_printf("positive signals %s", s)), g_free(s);
	double days;
	if (dl_num(m, "days_since_positive", &days) && days >= 21)
		g_ptr_array_add(parts, g_strdup_printf("%.0f days without a positive signal", days));
	if (parts->len > 0) {
		g_ptr_array_add(parts, NULL);
		char *joined = g_strjoinv("; ", (char **)parts->pdata);
		char *line = g_strdup_printf("Last 21 days vs the 21 before: %s", joined);
		dl_text_wrap(out, line, 3, 5);
		g_free(line);
		g_free(joined);
	}
	g_ptr_array_unref(parts);
}

/* text_last_substantive - date, who and subject of the last real exchange */
static void text_last_substantive(GString *out, json_t *acc)
{
	json_t *ls = json_object_get(acc, "last_substantive");
	if (!json_is_object(ls))
		return;
	char *date = dl_clean(dl_str(ls, "date"), 20);
	char *who = dl_clean(dl_str(ls, "contact"), DL_MAX_LINE);
	char *subject = dl_clean(dl_str(ls, "subject"), DL_MAX_LINE);
	char *line = g_strdup_printf("Last substantive exchange: %s, %s%s\"%s\"", date, who,
	                             *who ? ", " : "", subject);
	dl_text_wrap(out, line, 3, 5);
	g_free(line);
	g_free(date);
	g_free(who);
	g_free(subject);
}

/* severity_tag - "[HIGH]", "[MEDIUM]", "[LOW]" */
static char *severity_tag(json_t *alert)
{
	const char *sev = dl_str(alert, "severity");
	char *up = g_ascii_strup(dl_severity_rank(sev) < 3 ? sev : "note", -1);
	char *tag = g_strdup_printf("[%s]", up);
	g_free(up);
	return tag;
}

/* text_evidence - "2026-11-20  Ann Lee <ann@...>" then the quoted text */
static void text_evidence(GString *out, json_t *ev)
{
	char *date = dl_clean(dl_str(ev, "date"), 20);
	char *who = dl_clean(dl_str(ev, "contact"), DL_MAX_LINE);
	char *text = dl_clean(dl_str(ev, "text"), DL_MAX_TEXT);
	char *head = g_strdup_printf("%s  %s", date, who);
	dl_text_wrap(out, head, 6, 8);
	if (*text) {
		char *quoted = g_strdup_printf("\"%s\"", text);
		dl_text_wrap(out, quoted, 8, 9);
		g_free(quoted);
	}
	g_free(head);
	g_free(date);
	g_free(who);
	g_free(text);
}

/* text_alert - a new alert in full: title, evidence, next step, draft,
 * and how to judge it when the digest has a feedback address (fb) */
static void text_alert(GString *out, json_t *alert, const char *fb)
{
	char *tag = severity_tag(alert);
	char *kind = dl_kind_label(dl_str(alert, "kind"));
	char *title = dl_clean(dl_title_after_label(dl_str(alert, "title"), kind), DL_MAX_LINE);
	char *line = g_strdup_printf("%s %s: %s", tag, kind, title);
	g_string_append_c(out, '\n');
	dl_text_wrap(out, line, 3, 6);
	size_t i;
	json_t *ev;
	json_array_foreach(dl_array(alert, "evidence"), i, ev)
		text_evidence(out, ev);
	const char *next = dl_str(alert, "next_step");
	if (next && *next) {
		char *n = dl_clean(next, DL_MAX_TEXT);
		char *ns = g_strdup_printf("Next step: %s", n);
		dl_text_wrap(out, ns, 6, 8);
		g_free(ns);
		g_free(n);
	}
	const char *draft = dl_str(alert, "draft");
	if (draft && *draft) {
		g_string_append(out, "      Draft you can send:\n");
		char *d = dl_clean(draft, DL_MAX_TEXT * 2);
		dl_text_wrap(out, d, 8, 8);
		g_free(d);
	}
	const char *code = fb ? dl_feedback_code(alert) : NULL;
	if (code) {
		char *judge = g_strdup_printf("Feedback: %s (useful or wrong? see the end)", code);
		dl_text_wrap(out, judge, 6, 8);
		g_free(judge);
	}
	g_free(line);
	g_free(title);
	g_free(kind);
	g_free(tag);
}

/* text_earlier_alerts - alerts already in an earlier digest, one line
 * each, with their feedback code in brackets when fb is set */
static void text_earlier_alerts(GString *out, json_t *acc, const char *fb)
{
	size_t i;
	json_t *alert;
	gboolean first = TRUE;
	json_array_foreach(dl_array(acc, "alerts"), i, alert) {
		if (json_is_true(json_object_get(alert, "new")))
			continue;
		if (first)
			g_string_append(out, "\n   Still open (in an earlier digest):\n");
		first = FALSE;
		char *tag = severity_tag(alert);
		char *title = dl_clean(dl_str(alert, "title"), DL_MAX_LINE);
		const char *code = fb ? dl_feedback_code(alert) : NULL;
		char *line = g_strdup_printf("- %s %s%s%s%s", tag, title, code ? " [" : "",
		                             code ? code : "", code ? "]" : "");
		dl_text_wrap(out, line, 5, 7);
		g_free(line);
		g_free(title);
		g_free(tag);
	}
}

/* text_account - one ranked account with its alerts */
static void text_account(GString *out, guint rank, json_t *acc, const char *fb)
{
	dl_text_rule(out, '=');
	text_account_heading(out, rank, acc);
	text_health_line(out, acc);
	text_renewal_line(out, acc);
	text_momentum(out, acc);
	text_last_substantive(out, acc);
	size_t i;
	json_t *alert;
	json_array_foreach(dl_array(acc, "alerts"), i, alert)
		if (json_is_true(json_object_get(alert, "new")))
			text_alert(out, alert, fb);
	text_earlier_alerts(out, acc, fb);
	g_string_append_c(out, '\n');
}

/* text_glance - every account on one line: health, trend, renewal */
static void text_glance(GString *out, json_t *accounts)
{
	g_string_append(out, "Your accounts at a glance\n\n");
	g_string_append(out, "  Account              Health  Trend (30 days)               Renewal\n");
	size_t i;
	json_t *acc;
	json_array_foreach(accounts, i, acc) {
		double health, change;
		gboolean known = dl_num(acc, "health", &health);
		char *h = known ? dl_num(acc, "health_change_21d", &change) && fabs(change) >= 1
			? g_strdup_printf("%.0f %+.0f", health, change) : g_strdup_printf("%.0f", health)
			: g_strdup("-");
		GString *spark = g_string_new(NULL);
		dl_text_sparkline(spark, dl_array(acc, "health_trend"), 29);
		const char *renewal = dl_str(acc, "renewal_date");
		g_string_append(out, "  ");
		dl_text_cell(out, dl_str(acc, "account"), 20, FALSE);
		g_string_append_c(out, ' ');
		dl_text_cell(out, h, 7, FALSE);
		g_string_append_c(out, ' ');
		dl_text_cell(out, spark->str, 29, FALSE);
		g_string_append_c(out, ' ');
		dl_text_cell(out, renewal ? renewal : "-", 10, FALSE);
		while (out->len && out->str[out->len - 1] == ' ')
			g_string_truncate(out, out->len - 1);
		g_string_append_c(out, '\n');
		g_string_free(spark, TRUE);
		g_free(h);
	}
}

/* text_heading - who, which day, how many new items */
static void text_heading(GString *out, json_t *model, guint attention)
{
	char *am = dl_clean(dl_str(model, "am"), DL_MAX_LINE);
	char *date = dl_clean(dl_str(model, "as_of"), 20);
	double new_items = 0;
	dl_num(model, "new_items", &new_items);
	char *line = g_strdup_printf("mailpulse digest for %s, %s", am, date);
	dl_text_wrap(out, line, 0, 2);
	g_free(line);
	if (new_items >= 1)
		line = g_strdup_printf("%.0f new item%s across %u account%s need%s your attention, "
		                       "ranked by what is at stake.", new_items,
		                       new_items >= 2 ? "s" : "", attention, attention == 1 ? "" : "s",
		                       new_items >= 2 ? "" : "s");
	else
		line = g_strdup("Nothing new since your last digest.");
	g_string_append_c(out, '\n');
	dl_text_wrap(out, line, 0, 0);
	g_string_append_c(out, '\n');
	g_free(line);
	g_free(am);
	g_free(date);
}

char *mp_deliver_digest_text(json_t *model)
{
	GString *out = g_string_new(NULL);
	json_t *accounts = dl_array(model, "accounts");
	const char *fb = dl_feedback_address(model);
	guint attention = 0, rank = 0;
	size_t i;
	json_t *acc;
	json_array_foreach(accounts, i, acc)
		attention += dl_count_new(acc) > 0;
	text_heading(out, model, attention);
	json_array_foreach(accounts, i, acc)
		if (json_array_size(dl_array(acc, "alerts")) > 0)
			text_account(out, ++rank, acc, fb);
	if (json_array_size(accounts) > 0) {
		dl_text_rule(out, '-');
		text_glance(out, accounts);
	} else {
		g_string_append(out, "You own no account in mailpulse yet.\n");
	}
	g_string_append(out, "\n-- \nmailpulse reads the mail between your company and its customers.\n"
	                     "`mailpulse account NAME` shows the full brief of an account.\n");
	if (fb) {
		char *how = g_strdup_printf("Useful or wrong? Mail %s with the subject \"useful CODE\" "
		                            "or \"wrong CODE\", CODE being the item's mp-... feedback "
		                            "code. Only you can judge your items; one judged wrong is "
		                            "not raised again for the same evidence.", fb);
		dl_text_wrap(out, how, 0, 0);
		g_free(how);
	}
	return g_string_free(out, FALSE);
}
