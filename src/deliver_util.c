/*
 * deliver_util.c - reading a model safely and making its strings harmless.
 *
 * SUMMARY
 *	A model comes from analysis, but its strings come from customers.
 *	Every accessor here tolerates a missing key or a value of the wrong
 *	type (it reads as absent), so a malformed model renders as less, never
 *	as a crash.  dl_clean() is the one place customer text is made into a
 *	single harmless line before either renderer sees it: invalid UTF-8 is
 *	repaired, control characters (CR and LF above all: a header must never
 *	get one), Unicode line separators and bidirectional overrides (which
 *	could make "evil.com/moc.knab" read as a bank) become spaces, and the
 *	text is cut to a length a digest can carry.  Escaping for HTML is the
 *	HTML renderer's job (deliver_html.c); wrapping is the text renderer's.
 *	The feedback links' address and codes are read through
 *	dl_feedback_address() and dl_feedback_code(), which accept only a plain
 *	address and a well-formed "mp-ITEM-TAG": a model file cannot put
 *	anything else into a link.
 *
 * DIAGNOSTICS: none; nothing here fails.
 */
#include <math.h>
#include <string.h>
#include "deliver.h"
#include "deliver_internal.h"
#include "feedback.h"

const char *dl_str(json_t *obj, const char *key)
{
	return json_string_value(json_object_get(obj, key));
}

gboolean dl_num(json_t *obj, const char *key, double *out)
{
	json_t *v = key ? json_object_get(obj, key) : obj;
	if (!json_is_number(v))
		return FALSE;
	*out = json_number_value(v);
	return isfinite(*out);
}

json_t *dl_array(json_t *obj, const char *key)
{
	json_t *v = json_object_get(obj, key);
	return json_is_array(v) ? v : NULL;
}

/* is_invisible_control - characters that must not survive into a line:
 * controls (C0, DEL, C1), line and paragraph separators, bidi embeddings,
 * overrides and isolates, the byte order mark */
static gboolean is_invisible_control(gunichar c)
{
	return g_unichar_iscntrl(c) || c == 0x2028 || c == 0x2029 ||
	       (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) ||
	       c == 0x061c || c == 0xfeff;
}

char *dl_clean(const char *s, glong max)
{
	char *valid = g_utf8_make_valid(s ? s : "", -1);
	GString *out = g_string_new(NULL);
	glong chars = 0;
	gboolean cut = FALSE;
	for (const char *p = valid; *p; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		if (is_invisible_control(c) || g_unichar_isspace(c))
			c = ' ';
		if (c == ' ' && (out->len == 0 || out->str[out->len - 1] == ' '))
			continue;
		if (chars == max) {
			cut = TRUE;
			break;
		}
		g_string_append_unichar(out, c);
		chars++;
	}
	while (out->len && out->str[out->len - 1] == ' ')
		g_string_truncate(out, out->len - 1);
	if (cut)
		g_string_append(out, "...");
	g_free(valid);
	return g_string_free(out, FALSE);
}

glong dl_width(const char *s)
{
	glong w = 0;
	for (const char *p = s; *p; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		w += g_unichar_iszerowidth(c) ? 0 : g_unichar_iswide(c) ? 2 : 1;
	}
	return w;
}

char *dl_money(double v)
{
	double a = fabs(v);
	if (a >= 1e6)
		return g_strdup_printf("%.3gM", v / 1e6);
	if (a >= 1e4)
		return g_strdup_printf("%.0fk", v / 1e3);
	if (a >= 1e3)
		return g_strdup_printf("%.1fk", v / 1e3);
	return g_strdup_printf("%.0f", v);
}

int dl_level(double v, double lo, double hi, int levels)
{
	if (hi <= lo)
		return levels - 1;
	int l = (int)floor((v - lo) / (hi - lo) * levels);
	return CLAMP(l, 0, levels - 1);
}

gboolean dl_trend_range(json_t *trend, double *lo, double *hi)
{
	gboolean any = FALSE;
	size_t i;
	json_t *v;
	*lo = 100;
	*hi = 0;
	json_array_foreach(trend, i, v) {
		double x;
		if (!dl_num(v, NULL, &x))
			continue;
		x = CLAMP(x, 0, 100);
		*lo = MIN(*lo, x);
		*hi = MAX(*hi, x);
		any = TRUE;
	}
	if (!any)
		return FALSE;
	if (*hi - *lo < 20) {
		double mid = (*hi + *lo) / 2;
		*lo = CLAMP(mid - 10, 0, 80);
		*hi = *lo + 20;
	}
	return TRUE;
}

const char *dl_health_word(gboolean known, double health)
{
	if (!known)
		return "unknown";
	return health >= 70 ? "healthy" : health >= 50 ? "watch" : "at risk";
}

int dl_severity_rank(const char *severity)
{
	static const char *const order[] = { "high", "medium", "low" };
	for (guint i = 0; severity && i < G_N_ELEMENTS(order); i++)
		if (strcmp(severity, order[i]) == 0)
			return (int)i;
	return 3;
}

char *dl_kind_label(const char *kind)
{
	static const struct { const char *kind, *label; } labels[] = {
		{ "health_drop", "Health drop" },
		{ "quiet", "Gone quiet" },
		{ "single_threaded", "Single-threaded" },
		{ "champion_departed", "Champion departed" },
		{ "contact_departed", "Contact departed" },
		{ "contact_silent", "Contact silent" },
		{ "new_stakeholder_unanswered", "New stakeholder unanswered" },
		{ "new_contacts", "New contact" },
		{ "title_change", "Title change" },
		{ "latency_drift", "Replies slowing" },
		{ "churn_risk", "Churn risk" },
		{ "competitor", "Competitor named" },
		{ "escalation", "Escalation" },
		{ "expansion", "Expansion" },
		{ "advocacy", "Advocacy" },
		{ "renewal_window", "Renewal window" },
		{ "commitment_overdue", "Commitment overdue" },
		{ "commitment_open", "Open commitment" },
		{ "unanswered", "Unanswered" },
	};
	for (guint i = 0; kind && i < G_N_ELEMENTS(labels); i++)
		if (strcmp(kind, labels[i].kind) == 0)
			return g_strdup(labels[i].label);
	return dl_clean(kind ? kind : "alert", 40);
}

const char *dl_title_after_label(const char *title, const char *label)
{
	if (title == NULL || label == NULL)
		return title;
	size_t n = strlen(label);
	if (g_ascii_strncasecmp(title, label, n) != 0 || title[n] != ':')
		return title;
	const char *rest = title + n + 1;
	while (*rest == ' ')
		rest++;
	return *rest ? rest : title;
}

guint dl_count_new(json_t *account)
{
	guint n = 0;
	size_t i;
	json_t *alert;
	json_array_foreach(dl_array(account, "alerts"), i, alert)
		if (json_is_true(json_object_get(alert, "new")))
			n++;
	return n;
}

const char *dl_feedback_address(json_t *model)
{
	const char *address = dl_str(model, "feedback_address");
	return mp_deliver_address_ok(address) ? address : NULL;
}

const char *dl_feedback_code(json_t *alert)
{
	const char *token = dl_str(alert, "feedback");
	char item[MP_FEEDBACK_ITEM_LEN + 1], tag[MP_FEEDBACK_TAG_LEN + 1];
	if (token == NULL || strlen(token) != MP_FEEDBACK_TOKEN_LEN ||
	    !mp_feedback_find_token(token, item, tag))
		return NULL;
	return token;
}
