/*
 * deliver_report.c - the portfolio report (`mailpulse report`), text and
 * HTML, for the head of the Account Manager team.
 *
 * SUMMARY
 *	From a portfolio model (mp_analyze_portfolio_model): a summary line,
 *	health distribution and ARR at risk per segment (with GRR/NRR where
 *	the model has them), the same per owner, renewals in the next 90 days
 *	with their health, expansion and advocacy counts, single-threaded
 *	accounts, and the precision of each alert kind as the AMs judged it
 *	(`mailpulse feedback`: useful / (useful + wrong), with the counts).
 *	Both parts show the same tables; each table is declared once as a
 *	list of columns (model key, title, width, format) and drawn by one
 *	text and one HTML routine, so the two cannot drift.
 *	Strings are cleaned and escaped exactly as in the digest
 *	(dl_text_cell, dl_html_text).
 *
 * DIAGNOSTICS: none; a missing table renders as "none".
 */
#include <math.h>
#include <string.h>
#include "deliver.h"
#include "deliver_internal.h"

typedef enum { COL_TEXT, COL_COUNT, COL_MONEY, COL_RATIO, COL_HEALTH, COL_MIX } col_format;

typedef struct report_col {
	const char *key;   /* field of the row; COL_MIX reads "health" */
	const char *title;
	int width;         /* text columns */
	col_format format;
} report_col;

static const report_col segment_cols[] = {
	{ "segment", "Segment", 12, COL_TEXT },
	{ "accounts", "Accts", 5, COL_COUNT },
	{ "arr", "ARR", 7, COL_MONEY },
	{ "health", "ok/watch/risk/?", 15, COL_MIX },
	{ "arr_at_risk", "At risk", 7, COL_MONEY },
	{ "grr", "GRR", 5, COL_RATIO },
	{ "nrr", "NRR", 5, COL_RATIO },
};
static const report_col owner_cols[] = {
	{ "am", "Account Manager", 32, COL_TEXT },
	{ "accounts", "Accts", 5, COL_COUNT },
	{ "arr", "ARR", 7, COL_MONEY },
	{ "at_risk", "At risk", 7, COL_COUNT },
	{ "arr_at_risk", "ARR at risk", 11, COL_MONEY },
};
static const report_col renewal_cols[] = {
	{ "renewal_date", "Date", 10, COL_TEXT },
	{ "account", "Account", 21, COL_TEXT },
	{ "owner", "Owner", 20, COL_TEXT },
	{ "arr", "ARR", 6, COL_MONEY },
	{ "health", "Health", 6, COL_HEALTH },
};
static const report_col single_cols[] = {
	{ "account", "Account", 22, COL_TEXT },
	{ "owner", "Owner", 22, COL_TEXT },
	{ "contact", "Only contact", 23, COL_TEXT },
};

static const report_col precision_cols[] = {
	{ "kind", "Alert kind", 28, COL_TEXT },
	{ "useful", "Useful", 6, COL_COUNT },
	{ "wrong", "Wrong", 6, COL_COUNT },
	{ "precision", "Precision", 9, COL_RATIO },
};

typedef struct report_table {
	const char *key, *title;
	const report_col *cols;
	guint n_cols;
} report_table;

static const report_table tables[] = {
	{ "segments", "By segment", segment_cols, G_N_ELEMENTS(segment_cols) },
	{ "owners", "By Account Manager", owner_cols, G_N_ELEMENTS(owner_cols) },
	{ "renewals_90d", "Renewals in the next 90 days", renewal_cols, G_N_ELEMENTS(renewal_cols) },
	{ "single_threaded", "Single-threaded accounts (one active contact)", single_cols,
	  G_N_ELEMENTS(single_cols) },
	{ "alert_precision", "Alerts as the Account Managers judged them (useful / judged)",
	  precision_cols, G_N_ELEMENTS(precision_cols) },
};

/* mix_count - health[key] of a segment row as a whole number */
static double mix_count(json_t *row, const char *key)
{
	double v = 0;
	dl_num(json_object_get(row, "health"), key, &v);
	return v;
}

/* cell_text - a cell's value as display text (caller frees) */
static char *cell_text(json_t *row, const report_col *col)
{
	double v;
	if (col->format == COL_TEXT) {
		const char *s = dl_str(row, col->key);
		return dl_clean(s ? s : "-", DL_MAX_LINE);
	}
	if (col->format == COL_MIX)
		return g_strdup_printf("%.0f/%.0f/%.0f/%.0f", mix_count(row, "healthy"),
		                       mix_count(row, "watch"), mix_count(row, "at_risk"),
		                       mix_count(row, "unknown"));
	if (!dl_num(row, col->key, &v))
		return g_strdup("-");
	switch (col->format) {
	case COL_MONEY: return dl_money(v);
	case COL_RATIO: return g_strdup_printf("%.0f%%", v * 100);
	default: return g_strdup_printf("%.0f", v);
	}
}

/* text_table - title, header and one line per row, or "none" */
static void text_table(GString *out, json_t *model, const report_table *t)
{
	json_t *rows = dl_array(model, t->key);
	g_string_append_printf(out, "\n%s\n", t->title);
	if (json_array_size(rows) == 0) {
		g_string_append(out, "  none\n");
		return;
	}
	for (int header = 1, r = 0; r < (int)json_array_size(rows) + header; r++) {
		json_t *row = json_array_get(rows, (size_t)(r - header));
		g_string_append(out, " ");
		for (guint c = 0; c < t->n_cols; c++) {
			const report_col *col = &t->cols[c];
			char *text = r < header ? g_strdup(col->title) : cell_text(row, col);
			g_string_append_c(out, ' ');
			dl_text_cell(out, text, col->width, col->format != COL_TEXT && col->format != COL_MIX);
			g_free(text);
		}
		while (out->str[out->len - 1] == ' ')
			g_string_truncate(out, out->len - 1);
		g_string_append_c(out, '\n');
	}
}

/* summary_line - totals over the segments */
static char *summary_line(json_t *model)
{
	double accounts = 0, arr = 0, at_risk = 0, arr_at_risk = 0, v;
	size_t i;
	json_t *seg;
	json_array_foreach(dl_array(model, "segments"), i, seg) {
		accounts += dl_num(seg, "accounts", &v) ? v : 0;
		arr += dl_num(seg, "arr", &v) ? v : 0;
		arr_at_risk += dl_num(seg, "arr_at_risk", &v) ? v : 0;
		at_risk += mix_count(seg, "at_risk");
	}
	char *a = dl_money(arr), *r = dl_money(arr_at_risk);
	double expansion = 0, advocacy = 0;
	dl_num(model, "expansion", &expansion);
	dl_num(model, "advocacy", &advocacy);
	char *line = g_strdup_printf("%.0f accounts, ARR %s; %.0f at risk (ARR %s at risk). "
	                             "Expansion moments: %.0f. Advocacy moments: %.0f.",
	                             accounts, a, at_risk, r, expansion, advocacy);
	g_free(a);
	g_free(r);
	return line;
}

char *mp_deliver_report_text(json_t *model)
{
	GString *out = g_string_new(NULL);
	char *date = dl_clean(dl_str(model, "as_of"), 20);
	char *title = g_strdup_printf("mailpulse portfolio report, %s", date);
	dl_text_wrap(out, title, 0, 2);
	g_string_append_c(out, '\n');
	char *summary = summary_line(model);
	dl_text_wrap(out, summary, 0, 0);
	for (guint t = 0; t < G_N_ELEMENTS(tables); t++)
		text_table(out, model, &tables[t]);
	g_string_append(out, "\n-- \nmailpulse: `mailpulse account NAME` for the brief of one account.\n");
	g_free(summary);
	g_free(title);
	g_free(date);
	return g_string_free(out, FALSE);
}

/* html_mix_bar - healthy, watch, at risk, unknown as one stacked bar */
static void html_mix_bar(GString *out, json_t *row)
{
	static const struct { const char *key, *color; } parts[] = {
		{ "healthy", "#2f9e44" }, { "watch", "#f08c00" },
		{ "at_risk", "#e03131" }, { "unknown", "#adb5bd" },
	};
	double total = 0;
	for (guint i = 0; i < G_N_ELEMENTS(parts); i++)
		total += MAX(0, mix_count(row, parts[i].key));
	g_string_append(out, "<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" "
	                     "style=\"width:100px;border-collapse:collapse;\"><tr>");
	for (guint i = 0; total > 0 && i < G_N_ELEMENTS(parts); i++) {
		int w = (int)lround(MAX(0, mix_count(row, parts[i].key)) * 100 / total);
		if (w > 0)
			g_string_append_printf(out, "<td style=\"width:%dpx;height:10px;background:%s;"
			                       "font-size:0;line-height:0;\">&nbsp;</td>", w, parts[i].color);
	}
	if (total <= 0)
		g_string_append(out, "<td style=\"height:10px;background:#e4e7eb;font-size:0;\">&nbsp;</td>");
	g_string_append(out, "</tr></table>");
}

/* html_cell - one cell's content */
static void html_cell(GString *out, json_t *row, const report_col *col)
{
	char *text = cell_text(row, col);
	double h = 0;
	if (col->format == COL_HEALTH) {
		gboolean known = dl_num(row, col->key, &h);
		g_string_append_printf(out, "<b style=\"color:%s;\">", dl_health_color(known, h));
		dl_html_text(out, text, DL_MAX_LINE);
		g_string_append(out, "</b>");
	} else if (col->format == COL_MIX) {
		html_mix_bar(out, row);
		g_string_append(out, "<span style=\"font-size:11px;color:#616e7c;\">");
		dl_html_text(out, text, DL_MAX_LINE);
		g_string_append(out, "</span>");
	} else {
		dl_html_text(out, text, DL_MAX_LINE);
	}
	g_free(text);
}

/* html_table - one section: title and a table, or "none" */
static void html_table(GString *out, json_t *model, const report_table *t)
{
	json_t *rows = dl_array(model, t->key);
	g_string_append(out, "<tr><td style=\"padding:18px 28px 4px 28px;\"><div style=\"font-size:16px;"
	                     "font-weight:bold;margin-bottom:6px;\">");
	dl_html_text(out, t->title, DL_MAX_LINE);
	g_string_append(out, "</div>");
	if (json_array_size(rows) == 0) {
		g_string_append(out, "<div style=\"font-size:13px;color:#616e7c;\">none</div></td></tr>\n");
		return;
	}
	g_string_append(out, "<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" "
	                     "border=\"0\" style=\"table-layout:fixed;border-collapse:collapse;font-size:13px;\">"
	                     "<tr style=\"font-size:11px;color:#616e7c;\">");
	int total = 0;
	for (guint c = 0; c < t->n_cols; c++)
		total += t->cols[c].width;
	for (guint c = 0; c < t->n_cols; c++) {
		/* the text part's column widths, as shares of the table */
		gboolean right = t->cols[c].format != COL_TEXT && t->cols[c].format != COL_MIX;
		int share = t->cols[c].width * 100 / total;
		g_string_append_printf(out, "<td width=\"%d%%\" style=\"width:%d%%;padding:4px 6px 4px 0;%s\">",
		                       share, share, right ? "text-align:right;" : "");
		dl_html_text(out, t->cols[c].title, DL_MAX_LINE);
		g_string_append(out, "</td>");
	}
	g_string_append(out, "</tr>\n");
	size_t i;
	json_t *row;
	json_array_foreach(rows, i, row) {
		g_string_append(out, "<tr>");
		for (guint c = 0; c < t->n_cols; c++) {
			gboolean right = t->cols[c].format != COL_TEXT && t->cols[c].format != COL_MIX;
			g_string_append_printf(out, "<td style=\"padding:6px 6px 6px 0;border-top:1px solid #eef1f5;"
			                       "word-wrap:break-word;overflow-wrap:break-word;%s\">",
			                       right ? "text-align:right;" : "");
			html_cell(out, row, &t->cols[c]);
			g_string_append(out, "</td>");
		}
		g_string_append(out, "</tr>\n");
	}
	g_string_append(out, "</table></td></tr>\n");
}

char *mp_deliver_report_html(json_t *model)
{
	GString *out = g_string_new(NULL);
	char *date = dl_clean(dl_str(model, "as_of"), 20);
	char *title = g_strdup_printf("mailpulse portfolio report, %s", date);
	char *summary = summary_line(model);
	dl_html_open(out, title, summary);
	g_string_append(out, "<tr><td style=\"background:#102a43;padding:22px 28px;color:#ffffff;\">"
	                     "<div style=\"font-size:12px;letter-spacing:1px;color:#9fb3c8;\">"
	                     "MAILPULSE &middot; PORTFOLIO REPORT</div>"
	                     "<div style=\"font-size:22px;line-height:30px;font-weight:bold;margin-top:6px;\">");
	dl_html_text(out, date, 20);
	g_string_append(out, "</div><div style=\"font-size:13px;color:#d9e2ec;margin-top:4px;\">");
	dl_html_text(out, summary, DL_MAX_TEXT);
	g_string_append(out, "</div></td></tr>\n");
	for (guint t = 0; t < G_N_ELEMENTS(tables); t++)
		html_table(out, model, &tables[t]);
	g_string_append(out, "<tr><td style=\"height:18px;font-size:0;\">&nbsp;</td></tr>\n");
	dl_html_close(out, "mailpulse: `mailpulse account NAME` for the brief of one account.");
	g_free(summary);
	g_free(title);
	g_free(date);
	return g_string_free(out, FALSE);
}
