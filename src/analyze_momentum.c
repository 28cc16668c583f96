/*
 * analyze_momentum.c - the last HealthWindowDays against the ones before.
 *
 * SUMMARY
 *	an_momentum_json() gives, each as [recent window, the window before]:
 *	interactions (human messages both ways), customer_reply_hours (the
 *	median reply time of the main contact: the champion, else the
 *	contact who wrote most; null when they did not reply), and
 *	positive_signals (customer phrase-rule hits of positive weight); and
 *	days_since_positive: days since the last positive customer signal in
 *	the lookback window (null: none).  21 days without one is the churn
 *	literature's warning line; the digest shows the figure, the health
 *	score does not count it twice.
 */
#include "analyze_internal.h"

/* pair - a JSON [recent, before] of two numbers (NAN: null) */
static json_t *pair(double recent, double before)
{
	json_t *a = json_array();
	json_array_append_new(a, isnan(recent) ? json_null() : json_real(round(recent * 10) / 10));
	json_array_append_new(a, isnan(before) ? json_null() : json_real(round(before * 10) / 10));
	return a;
}

/* ipair - a JSON [recent, before] of two counts */
static json_t *ipair(guint recent, guint before)
{
	return json_pack("[i, i]", (int)recent, (int)before);
}

/* main_contact - the champion, else the contact with most human mail */
static const an_contact *main_contact(const an_account *a)
{
	if (a->champion)
		return a->champion;
	const an_contact *best = NULL;
	for (guint i = 0; i < a->contacts->len; i++) {
		const an_contact *c = a->contacts->pdata[i];
		if (c->human_msgs && (best == NULL || c->human_msgs > best->human_msgs))
			best = c;
	}
	return best;
}

gint64 an_days_since_positive(an_ctx *ctx, const an_account *a)
{
	for (guint i = a->signals->len; i-- > 0;) {
		const an_signal *g = a->signals->pdata[i];
		if (g->customer && g->weight > 0)
			return (ctx->cutoff - g->date) / AN_DAY;
	}
	return -1;
}

json_t *an_momentum_json(an_ctx *ctx, const an_account *a)
{
	gint64 w = (gint64)ctx->cfg->health_window_days * AN_DAY;
	gint64 mid = ctx->cutoff - w, start = mid - w;
	guint inter[2] = { 0, 0 }, pos[2] = { 0, 0 };
	for (guint i = 0; i < a->msgs->len; i++) {
		const an_msg *m = a->msgs->pdata[i];
		if (m->human && m->date >= start)
			inter[m->date >= mid ? 0 : 1]++;
	}
	for (guint i = 0; i < a->signals->len; i++) {
		const an_signal *g = a->signals->pdata[i];
		if (g->customer && g->weight > 0 && g->date >= start)
			pos[g->date >= mid ? 0 : 1]++;
	}
	const an_contact *main = main_contact(a);
	double lat[2] = { NAN, NAN };
	if (main) {
		lat[0] = an_reply_hours(a, mid, ctx->cutoff, main->address, NULL);
		lat[1] = an_reply_hours(a, start, mid, main->address, NULL);
	}
	gint64 since = an_days_since_positive(ctx, a);
	return json_pack("{s:o, s:o, s:o, s:o}", "interactions", ipair(inter[0], inter[1]),
	                 "customer_reply_hours", pair(lat[0], lat[1]),
	                 "positive_signals", ipair(pos[0], pos[1]),
	                 "days_since_positive", since >= 0 ? json_integer(since) : json_null());
}
