/*
 * deliver_html.c - the digest's text/html part.
 *
 * SUMMARY
 *	mp_deliver_digest_html() writes the same content as the text part
 *	(deliver_text.c) as one HTML document made for mail clients, Outlook
 *	and Gmail included: layout by nested tables of fixed width (640 px),
 *	every style inline (clients drop <style> blocks and never load
 *	external CSS), no script, no image: health bars and 30-day sparklines
 *	are table cells and blocks with a background colour and a height.
 *
 *	Every string from the model passes through dl_html_text(): cleaned
 *	(dl_clean: no control characters, no bidi overrides, cut), then every
 *	character that means something in HTML (& < > " ') escaped, and a
 *	<wbr> offered every 20 characters of a word so a 10,000-character
 *	"word" wraps instead of widening the table.  Numbers are formatted by
 *	us.  Nothing else from the model reaches the document: no attribute
 *	value (colours, widths) is ever taken from it, except the href of the
 *	Useful and Wrong links (feedback.h): mailto: URLs built from a checked
 *	address and code (dl_feedback_address, dl_feedback_code) and the
 *	alert's kind, all percent-encoded.
 *
 * DIAGNOSTICS: none.
 */
#include <math.h>
#include <string.h>
#include "deliver.h"
#include "deliver_internal.h"

/* Colours: text, muted text, borders, and the health scale. */
#define INK "#1f2933"
#define MUTED "#616e7c"
#define LINE "#d9e2ec"
#define FONT "font-family:Arial,Helvetica,sans-serif;"
/* Long words wrap in every client that honours one of these. */
#define BREAK "word-wrap:break-word;overflow-wrap:break-word;word-break:break-word;"
#define WBR_EVERY 20

void dl_html_text(GString *out, const char *raw, glong max)
{
	char *clean = dl_clean(raw, max);
	int run = 0;
	for (const char *p = clean; *p; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		run = c == ' ' ? 0 : run + 1;
		if (run > WBR_EVERY && run % WBR_EVERY == 1)
			g_string_append(out, "<wbr>");
		switch (c) {
		case '&': g_string_append(out, "&amp;"); break;
		case '<': g_string_append(out, "&lt;"); break;
		case '>': g_string_append(out, "&gt;"); break;
		case '"': g_string_append(out, "&quot;"); break;
		case '\'': g_string_append(out, "&#39;"); break;
		default: g_string_append_unichar(out, c);
		}
	}
	g_free(clean);
}

const char *dl_health_color(gboolean known, double health)
{
	if (!known)
		return "#adb5bd";
	return health >= 70 ? "#2f9e44" : health >= 50 ? "#f08c00" : "#e03131";
}

void dl_html_open(GString *out, const char *title, const char *preheader)
{
	g_string_append(out,
		"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
		"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
	dl_html_text(out, title, DL_MAX_LINE);
	g_string_append(out,
		"</title></head>\n<body style=\"margin:0;padding:0;background:#eef1f5;\">\n"
		"<div style=\"display:none;max-height:0;overflow:hidden;mso-hide:all;\">");
	dl_html_text(out, preheader, DL_MAX_LINE);
	g_string_append(out,
		"</div>\n<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" "
		"border=\"0\" style=\"background:#eef1f5;\"><tr><td align=\"center\" "
		"style=\"padding:24px 12px;\">\n"
		"<table role=\"presentation\" width=\"640\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" "
		"style=\"width:640px;max-width:640px;table-layout:fixed;background:#ffffff;"
		"border:1px solid " LINE ";" FONT "color:" INK ";" BREAK "\">\n");
}

void dl_html_close(GString *out, const char *footer)
{
	g_string_append(out, "</table>\n<table role=\"presentation\" width=\"640\" cellpadding=\"0\" "
	                     "cellspacing=\"0\" border=\"0\" style=\"width:640px;\"><tr><td style=\""
	                     "padding:14px 8px;" FONT "font-size:12px;line-height:18px;color:" MUTED ";\">");
	dl_html_text(out, footer, DL_MAX_TEXT);
	g_string_append(out, "</td></tr></table>\n</td></tr></table>\n</body></html>\n");
}

void dl_html_health_bar(GString *out, gboolean known, double health, int width)
{
	int filled = known ? (int)lround(CLAMP(health, 0, 100) * width / 100.0) : 0;
	g_string_append_printf(out,
		"<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" "
		"style=\"width:%dpx;border-collapse:collapse;\"><tr>", width);
	if (filled > 0)
		g_string_append_printf(out, "<td style=\"width:%dpx;height:8px;background:%s;"
		                       "font-size:0;line-height:0;\">&nbsp;</td>",
		                       filled, dl_health_color(known, health));
	if (filled < width)
		g_string_append_printf(out, "<td style=\"width:%dpx;height:8px;background:#e4e7eb;"
		                       "font-size:0;line-height:0;\">&nbsp;</td>", width - filled);
	g_string_append(out, "</tr></table>");
}

void dl_html_sparkline(GString *out, json_t *trend, int max_points)
{
	double lo, hi;
	if (!dl_trend_range(trend, &lo, &hi)) {
		g_string_append(out, "<span style=\"color:" MUTED ";font-size:12px;\">no trend yet</span>");
		return;
	}
	g_string_append(out, "<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" "
	                     "border=\"0\" style=\"border-collapse:collapse;\"><tr>");
	size_t n = json_array_size(trend);
	for (size_t i = n > (size_t)max_points ? n - (size_t)max_points : 0; i < n; i++) {
		double v;
		gboolean known = dl_num(json_array_get(trend, i), NULL, &v);
		int h = known ? 3 + dl_level(v, lo, hi, 22) : 1;
		g_string_append_printf(out,
			"<td valign=\"bottom\" style=\"vertical-align:bottom;height:26px;padding:0 1px 0 0;\">"
			"<div style=\"width:3px;height:%dpx;background:%s;font-size:0;line-height:0;\">"
			"</div></td>", h, known ? dl_health_color(TRUE, v) : "#ced4da");
	}
	g_string_append(out, "</tr></table>");
}

/* severity_colors - border and background of an alert by severity */
static void severity_colors(const char *severity, const char **edge, const char **bg)
{
	static const char *const edges[] = { "#e03131", "#f08c00", "#1c7ed6", "#868e96" };
	static const char *const bgs[] = { "#fff5f5", "#fff9db", "#e7f5ff", "#f8f9fa" };
	int r = dl_severity_rank(severity);
	*edge = edges[r];
	*bg = bgs[r];
}

/* html_heading - the dark band: how many items, whose, which day */
static void html_heading(GString *out, json_t *model, guint attention)
{
	double new_items = 0;
	dl_num(model, "new_items", &new_items);
	g_string_append(out, "<tr><td style=\"background:#102a43;padding:22px 28px;color:#ffffff;\">"
	                     "<div style=\"font-size:12px;letter-spacing:1px;color:#9fb3c8;\">"
	                     "MAILPULSE &middot; DAILY DIGEST</div>"
	                     "<div style=\"font-size:22px;line-height:30px;font-weight:bold;margin-top:6px;\">");
	if (new_items >= 1)
		g_string_append_printf(out, "%.0f new item%s need%s your attention", new_items,
		                       new_items >= 2 ? "s" : "", new_items >= 2 ? "" : "s");
	else
		g_string_append(out, "Nothing new since your last digest");
	g_string_append(out, "</div><div style=\"font-size:13px;color:#d9e2ec;margin-top:4px;\">");
	dl_html_text(out, dl_str(model, "am"), DL_MAX_LINE);
	g_string_append(out, " &middot; ");
	dl_html_text(out, dl_str(model, "as_of"), 20);
	if (attention > 0)
		g_string_append_printf(out, " &middot; %u account%s, ranked by what is at stake",
		                       attention, attention == 1 ? "" : "s");
	g_string_append(out, "</div></td></tr>\n");
}

/* html_account_title - rank, name, segment and ARR */
static void html_account_title(GString *out, guint rank, json_t *acc)
{
	double arr;
	g_string_append_printf(out,
		"<tr><td style=\"padding:22px 28px 4px 28px;border-top:1px solid " LINE ";\">"
		"<table role=\"presentation\" width=\"100%%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" "
		"style=\"table-layout:fixed;\"><tr><td style=\"font-size:18px;line-height:24px;"
		"font-weight:bold;" BREAK "\"><span style=\"color:" MUTED ";\">%u.</span> ", rank);
	dl_html_text(out, dl_str(acc, "account"), DL_MAX_LINE);
	g_string_append(out, "</td><td width=\"170\" align=\"right\" style=\"width:170px;font-size:13px;"
	                     "color:" MUTED ";text-align:right;\">");
	dl_html_text(out, dl_str(acc, "segment"), 20);
	if (dl_num(acc, "arr", &arr)) {
		char *money = dl_money(arr);
		g_string_append_printf(out, " &middot; ARR <b style=\"color:" INK ";\">%s</b>", money);
		g_free(money);
	}
	g_string_append(out, "</td></tr></table></td></tr>\n");
}

/* html_health_row - score, bar, sparkline, change, renewal */
static void html_health_row(GString *out, json_t *acc)
{
	double health = 0, change, days;
	gboolean known = dl_num(acc, "health", &health);
	g_string_append(out, "<tr><td style=\"padding:6px 28px;\"><table role=\"presentation\" "
	                     "cellpadding=\"0\" cellspacing=\"0\" border=\"0\"><tr>"
	                     "<td style=\"padding-right:10px;font-size:26px;font-weight:bold;");
	if (known)
		g_string_append_printf(out, "color:%s;\">%.0f</td>", dl_health_color(TRUE, health), health);
	else
		g_string_append(out, "color:#adb5bd;\">&ndash;</td>");
	g_string_append_printf(out, "<td style=\"padding-right:14px;font-size:12px;color:" MUTED ";\">"
	                       "health &middot; %s<br>", dl_health_word(known, known ? health : 0));
	dl_html_health_bar(out, known, health, 110);
	g_string_append(out, "</td><td style=\"padding-right:10px;\">");
	dl_html_sparkline(out, dl_array(acc, "health_trend"), 30);
	g_string_append(out, "</td><td style=\"font-size:13px;\">");
	if (dl_num(acc, "health_change_21d", &change))
		g_string_append_printf(out, "<b style=\"color:%s;\">%s%.0f</b> in 21&nbsp;days",
		                       change < 0 ? "#e03131" : "#2f9e44",
		                       change < 0 ? "&minus;" : "+", fabs(change));
	g_string_append(out, "</td></tr></table>");
	const char *renewal = dl_str(acc, "renewal_date");
	if (renewal) {
		gboolean has_days = dl_num(acc, "days_to_renewal", &days);
		g_string_append_printf(out, "<div style=\"font-size:13px;margin-top:6px;color:%s;\">Renewal ",
		                       has_days && days <= 75 ? "#c92a2a" : MUTED);
		dl_html_text(out, renewal, 20);
		if (has_days)
			g_string_append_printf(out, " &middot; <b>%s %.0f days</b>",
			                       days >= 0 ? "in" : "overdue by", fabs(days));
		g_string_append(out, "</div>");
	}
	g_string_append(out, "</td></tr>\n");
}

/* html_components - the six health components as small labelled bars */
static void html_components(GString *out, json_t *acc)
{
	static const char *const names[] = { "responsiveness", "engagement", "breadth",
	                                     "sentiment", "stability", "recency" };
	json_t *comp = json_object_get(acc, "components");
	if (!json_is_object(comp))
		return;
	g_string_append(out, "<tr><td style=\"padding:4px 28px 6px 28px;\"><table role=\"presentation\" "
	                     "cellpadding=\"0\" cellspacing=\"0\" border=\"0\" width=\"100%\"><tr>");
	for (guint i = 0; i < G_N_ELEMENTS(names); i++) {
		double v = 0;
		gboolean known = dl_num(comp, names[i], &v);
		g_string_append_printf(out, "<td style=\"padding-right:6px;font-size:11px;color:" MUTED ";\">"
		                       "%c%s <b style=\"color:" INK ";\">", g_ascii_toupper(names[i][0]),
		                       names[i] + 1);
		if (known)
			g_string_append_printf(out, "%.0f", v);
		else
			g_string_append(out, "&ndash;");
		g_string_append(out, "</b><br>");
		dl_html_health_bar(out, known, v, 80);
		g_string_append(out, "</td>");
	}
	g_string_append(out, "</tr></table></td></tr>\n");
}

/* html_pair - "12 <span>(was 20)</span>" from a [now, before] pair */
static gboolean html_pair(GString *out, json_t *m, const char *key, const char *label,
                          const char *unit)
{
	json_t *pair = json_object_get(m, key);
	double now, before;
	if (!dl_num(json_array_get(pair, 0), NULL, &now))
		return FALSE;
	g_string_append_printf(out, "<td style=\"padding-right:18px;font-size:12px;color:" MUTED ";\">"
	                       "%s<br><b style=\"font-size:15px;color:" INK ";\">%.*f%s</b>", label,
	                       *unit ? 1 : 0, now, unit);
	if (dl_num(json_array_get(pair, 1), NULL, &before))
		g_string_append_printf(out, " <span>was %.*f%s</span>", *unit ? 1 : 0, before, unit);
	g_string_append(out, "</td>");
	return TRUE;
}

/* html_momentum - the last 21 days against the 21 before */
static void html_momentum(GString *out, json_t *acc)
{
	json_t *m = json_object_get(acc, "momentum");
	double days;
	if (!json_is_object(m))
		return;
	g_string_append(out, "<tr><td style=\"padding:6px 28px;\"><table role=\"presentation\" "
	                     "cellpadding=\"0\" cellspacing=\"0\" border=\"0\"><tr>");
	html_pair(out, m, "interactions", "Interactions, 21 days", "");
	html_pair(out, m, "customer_reply_hours", "Customer replies in", " h");
	html_pair(out, m, "positive_signals", "Positive signals", "");
	if (dl_num(m, "days_since_positive", &days))
		g_string_append_printf(out, "<td style=\"font-size:12px;color:" MUTED ";\">Since the last "
		                       "positive<br><b style=\"font-size:15px;color:%s;\">%.0f days</b></td>",
		                       days >= 21 ? "#c92a2a" : INK, days);
	g_string_append(out, "</tr></table>");
	json_t *ls = json_object_get(acc, "last_substantive");
	if (json_is_object(ls)) {
		g_string_append(out, "<div style=\"font-size:12px;color:" MUTED ";margin-top:8px;\">"
		                     "Last substantive exchange: ");
		dl_html_text(out, dl_str(ls, "date"), 20);
		g_string_append(out, ", ");
		dl_html_text(out, dl_str(ls, "contact"), DL_MAX_LINE);
		g_string_append(out, " &ldquo;");
		dl_html_text(out, dl_str(ls, "subject"), DL_MAX_LINE);
		g_string_append(out, "&rdquo;</div>");
	}
	g_string_append(out, "</td></tr>\n");
}

/* html_evidence - who said what, when */
static void html_evidence(GString *out, json_t *ev)
{
	g_string_append(out, "<div style=\"margin-top:8px;font-size:12px;color:" MUTED ";\">");
	dl_html_text(out, dl_str(ev, "date"), 20);
	const char *who = dl_str(ev, "contact");
	if (who && *who) {
		g_string_append(out, " &middot; ");
		dl_html_text(out, who, DL_MAX_LINE);
	}
	g_string_append(out, "</div>");
	const char *text = dl_str(ev, "text");
	if (text && *text) {
		g_string_append(out, "<div style=\"margin-top:3px;padding:6px 10px;background:#ffffff;"
		                     "border-left:3px solid " LINE ";font-size:14px;line-height:20px;"
		                     "font-style:italic;" BREAK "\">&ldquo;");
		dl_html_text(out, text, DL_MAX_TEXT);
		g_string_append(out, "&rdquo;</div>");
	}
}

/* feedback_href - the mailto: URL of a verdict ("Useful", "Wrong") on an
 * alert: the subject names the verdict, the kind and the code.  Every
 * character but letters, digits, "-._~" (and "@" in the address) is
 * percent-encoded, so nothing in it can end the attribute. */
static char *feedback_href(const char *fb, json_t *alert, const char *code, const char *verdict)
{
	char *kind = dl_kind_label(dl_str(alert, "kind"));
	char *subject = g_strdup_printf("%s: %s [%s]", verdict, kind, code);
	char *to = g_uri_escape_string(fb, "@", FALSE);
	char *subj = g_uri_escape_string(subject, NULL, FALSE);
	char *href = g_strdup_printf("mailto:%s?subject=%s", to, subj);
	g_free(subj);
	g_free(to);
	g_free(subject);
	g_free(kind);
	return href;
}

/* html_feedback - the Useful and Wrong links of an alert, when the digest
 * has a feedback address (fb) and the alert a code; small: inline, for
 * the one-line alerts of an earlier digest */
static void html_feedback(GString *out, const char *fb, json_t *alert, gboolean small)
{
	const char *code = fb ? dl_feedback_code(alert) : NULL;
	if (code == NULL)
		return;
	char *useful = feedback_href(fb, alert, code, "Useful");
	char *wrong = feedback_href(fb, alert, code, "Wrong");
	if (small)
		g_string_append_printf(out, " &middot; <a href=\"%s\" style=\"color:#2f9e44;\">useful</a>"
		                       " / <a href=\"%s\" style=\"color:#c92a2a;\">wrong</a>", useful, wrong);
	else
		g_string_append_printf(out, "<div style=\"margin-top:10px;font-size:12px;color:" MUTED ";\">"
		                       "Tell mailpulse: <a href=\"%s\" style=\"color:#2f9e44;font-weight:bold;\">"
		                       "Useful</a> &middot; <a href=\"%s\" style=\"color:#c92a2a;"
		                       "font-weight:bold;\">Wrong</a></div>", useful, wrong);
	g_free(wrong);
	g_free(useful);
}

/* html_alert - one new alert: label, title, evidence, next step, draft,
 * feedback links */
static void html_alert(GString *out, json_t *alert, const char *fb)
{
	const char *edge, *bg;
	severity_colors(dl_str(alert, "severity"), &edge, &bg);
	char *kind = dl_kind_label(dl_str(alert, "kind"));
	char *sev = g_ascii_strup(dl_severity_rank(dl_str(alert, "severity")) < 3
	                          ? dl_str(alert, "severity") : "note", -1);
	g_string_append_printf(out,
		"<tr><td style=\"padding:6px 28px;\"><table role=\"presentation\" width=\"100%%\" "
		"cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"table-layout:fixed;\"><tr>"
		"<td style=\"background:%s;border-left:4px solid %s;padding:10px 14px;" BREAK "\">"
		"<div style=\"font-size:11px;font-weight:bold;letter-spacing:1px;color:%s;\">%s &middot; ",
		bg, edge, edge, sev);
	dl_html_text(out, kind, 40);
	g_string_append(out, "</div><div style=\"font-size:15px;line-height:21px;font-weight:bold;"
	                     "margin-top:3px;\">");
	dl_html_text(out, dl_title_after_label(dl_str(alert, "title"), kind), DL_MAX_LINE);
	g_string_append(out, "</div>");
	size_t i;
	json_t *ev;
	json_array_foreach(dl_array(alert, "evidence"), i, ev)
		html_evidence(out, ev);
	const char *next = dl_str(alert, "next_step");
	if (next && *next) {
		g_string_append(out, "<div style=\"margin-top:10px;font-size:14px;line-height:20px;\">"
		                     "<b style=\"color:#0b7285;\">Next step &rarr;</b> ");
		dl_html_text(out, next, DL_MAX_TEXT);
		g_string_append(out, "</div>");
	}
	const char *draft = dl_str(alert, "draft");
	if (draft && *draft) {
		g_string_append(out, "<div style=\"margin-top:8px;padding:8px 10px;border:1px dashed #adb5bd;"
		                     "background:#ffffff;font-size:13px;line-height:19px;" BREAK "\">"
		                     "<div style=\"font-size:11px;color:" MUTED ";\">Draft you can send</div>");
		dl_html_text(out, draft, DL_MAX_TEXT * 2);
		g_string_append(out, "</div>");
	}
	html_feedback(out, fb, alert, FALSE);
	g_string_append(out, "</td></tr></table></td></tr>\n");
	g_free(sev);
	g_free(kind);
}

/* html_earlier_alerts - alerts from an earlier digest, one muted line each */
static void html_earlier_alerts(GString *out, json_t *acc, const char *fb)
{
	size_t i;
	json_t *alert;
	gboolean first = TRUE;
	json_array_foreach(dl_array(acc, "alerts"), i, alert) {
		if (json_is_true(json_object_get(alert, "new")))
			continue;
		if (first)
			g_string_append(out, "<tr><td style=\"padding:4px 28px 0 28px;font-size:12px;"
			                     "line-height:18px;color:" MUTED ";\">Still open, in an earlier digest:");
		first = FALSE;
		g_string_append(out, "<br>&bull; ");
		dl_html_text(out, dl_str(alert, "title"), DL_MAX_LINE);
		html_feedback(out, fb, alert, TRUE);
	}
	if (!first)
		g_string_append(out, "</td></tr>\n");
}

/* html_account - one ranked account with its alerts */
static void html_account(GString *out, guint rank, json_t *acc, const char *fb)
{
	html_account_title(out, rank, acc);
	html_health_row(out, acc);
	html_components(out, acc);
	html_momentum(out, acc);
	size_t i;
	json_t *alert;
	json_array_foreach(dl_array(acc, "alerts"), i, alert)
		if (json_is_true(json_object_get(alert, "new")))
			html_alert(out, alert, fb);
	html_earlier_alerts(out, acc, fb);
	g_string_append(out, "<tr><td style=\"height:14px;font-size:0;line-height:0;\">&nbsp;</td></tr>\n");
}

/* html_glance - every account: health, bar, trend, renewal, ARR */
static void html_glance(GString *out, json_t *accounts)
{
	g_string_append(out,
		"<tr><td style=\"padding:20px 28px 24px 28px;border-top:1px solid " LINE ";\">"
		"<div style=\"font-size:16px;font-weight:bold;margin-bottom:8px;\">Your accounts at a glance</div>"
		"<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" "
		"style=\"table-layout:fixed;border-collapse:collapse;font-size:13px;\">"
		"<tr style=\"color:" MUTED ";font-size:11px;\"><td style=\"padding:4px 0;\">ACCOUNT</td>"
		"<td width=\"120\" style=\"width:120px;\">HEALTH</td><td width=\"130\" style=\"width:130px;\">"
		"30 DAYS</td><td width=\"86\" style=\"width:86px;\">RENEWAL</td>"
		"<td width=\"50\" align=\"right\" style=\"width:50px;text-align:right;\">ARR</td></tr>\n");
	size_t i;
	json_t *acc;
	json_array_foreach(accounts, i, acc) {
		double health = 0, arr;
		gboolean known = dl_num(acc, "health", &health);
		g_string_append(out, "<tr><td style=\"padding:6px 8px 6px 0;border-top:1px solid #eef1f5;"
		                     BREAK "\">");
		dl_html_text(out, dl_str(acc, "account"), DL_MAX_LINE);
		g_string_append(out, "</td><td style=\"border-top:1px solid #eef1f5;\"><table role=\"presentation\" "
		                     "cellpadding=\"0\" cellspacing=\"0\" border=\"0\"><tr><td style=\"width:26px;"
		                     "font-weight:bold;\">");
		if (known)
			g_string_append_printf(out, "%.0f", health);
		else
			g_string_append(out, "&ndash;");
		g_string_append(out, "</td><td>");
		dl_html_health_bar(out, known, health, 80);
		g_string_append(out, "</td></tr></table></td><td style=\"border-top:1px solid #eef1f5;\">");
		dl_html_sparkline(out, dl_array(acc, "health_trend"), 30);
		g_string_append(out, "</td><td style=\"border-top:1px solid #eef1f5;color:" MUTED ";\">");
		dl_html_text(out, dl_str(acc, "renewal_date") ? dl_str(acc, "renewal_date") : "-", 20);
		g_string_append(out, "</td><td align=\"right\" style=\"border-top:1px solid #eef1f5;"
		                     "text-align:right;\">");
		if (dl_num(acc, "arr", &arr)) {
			char *money = dl_money(arr);
			g_string_append(out, money);
			g_free(money);
		}
		g_string_append(out, "</td></tr>\n");
	}
	g_string_append(out, "</table></td></tr>\n");
}

char *mp_deliver_digest_html(json_t *model)
{
	GString *out = g_string_new(NULL);
	json_t *accounts = dl_array(model, "accounts");
	guint attention = 0, rank = 0;
	size_t i;
	json_t *acc;
	json_array_foreach(accounts, i, acc)
		attention += dl_count_new(acc) > 0;
	char *am = dl_clean(dl_str(model, "am"), DL_MAX_LINE);
	char *title = g_strdup_printf("mailpulse digest, %s", am);
	GString *pre = g_string_new(NULL);
	json_array_foreach(accounts, i, acc)
		if (dl_count_new(acc) > 0 && pre->len < 120)
			g_string_append_printf(pre, "%s%s", pre->len ? ", " : "Today: ", dl_str(acc, "account")
			                       ? dl_str(acc, "account") : "?");
	dl_html_open(out, title, pre->str);
	html_heading(out, model, attention);
	json_array_foreach(accounts, i, acc)
		if (json_array_size(dl_array(acc, "alerts")) > 0)
			html_account(out, ++rank, acc, dl_feedback_address(model));
	if (json_array_size(accounts) > 0)
		html_glance(out, accounts);
	dl_html_close(out, "mailpulse reads the mail between your company and its customers. "
	                   "`mailpulse account NAME` shows the full brief of an account.");
	g_string_free(pre, TRUE);
	g_free(title);
	g_free(am);
	return g_string_free(out, FALSE);
}
