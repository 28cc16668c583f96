/*
 * analyze_health.c - the health score 0-100 and its six components.
 *
 * SUMMARY
 *	an_health_compute() fills a->comp[] and a->health from what
 *	an_account_load() read.  Each component is 0-100, or -1 ("not
 *	judged") when the mail says nothing about it; the health is the
 *	weighted mean (Weight* keys) of the judged components, or -1 when the
 *	account has fewer than HealthMinMessages human messages in the
 *	baseline and recent windows together.  W is HealthWindowDays (the
 *	recent window), B is BaselineDays (the account's own past just before
 *	it).  docs/signals.md "Health score" explains each component to AMs;
 *	the formulas are these:
 *
 *	responsiveness  median customer reply latency in W (replies to our
 *	    human messages; our questions still unanswered count as waits up
 *	    to the cutoff) against the median of B, floored at 4 hours (a
 *	    10-minute habit must not make one hour look bad); 24 hours when B
 *	    has none.  100 up to 1.25x, minus 20 per doubling beyond.  Not
 *	    judged with fewer than ResponsivenessMinReplies replies or waits
 *	    in W (a single late answer is an anecdote).
 *	engagement  substantive customer messages in W against B's rate per W
 *	    (70%) and the segment's median (30%), each sqrt(min(1, (n+1)/(ref+1))):
 *	    the +1 keeps a quiet account's zero from reading as a collapse, the
 *	    square root makes half the usual mail cost 29 points, not 50.
 *	breadth  customer contacts with a human message in BreadthDays and no
 *	    departure since, 100 x n / BreadthTarget.
 *	sentiment  sum of customer signal weights, each halved every
 *	    SentimentHalfLifeDays, over SentimentDays: 50 + 50 tanh(sum / 8);
 *	    not judged without signals (no signal is no opinion).
 *	stability  100 minus DeparturePenalty per contact departed within
 *	    StabilityDays, ChampionDeparturePenalty for the champion or an
 *	    executive.
 *	recency  days since the last substantive customer message: 100 up to
 *	    RecencyFullDays, 0 from RecencyZeroDays, linear between.
 */
#include <string.h>
#include "analyze_internal.h"

const char *const an_component_names[AN_N_COMPONENTS] = {
	"responsiveness", "engagement", "breadth", "sentiment", "stability", "recency",
};

/* clamp100 - round and clamp a score to 0..100 */
static int clamp100(double v)
{
	if (isnan(v))
		return -1;
	return (int)lround(CLAMP(v, 0.0, 100.0));
}

/* answered_after - a customer human message in thread after t (before to) */
static gboolean answered_after(const an_account *a, guint from_index, gint64 thread, gint64 to)
{
	for (guint i = from_index + 1; i < a->msgs->len; i++) {
		const an_msg *m = a->msgs->pdata[i];
		if (m->date >= to)
			break;
		if (m->inbound && m->human && m->thread_id == thread)
			return TRUE;
	}
	return FALSE;
}

double an_reply_hours(const an_account *a, gint64 from, gint64 to, const char *from_address,
                      guint *n)
{
	GArray *v = g_array_new(FALSE, FALSE, sizeof(double));
	for (guint i = 0; i < a->msgs->len; i++) {
		const an_msg *m = a->msgs->pdata[i];
		if (m->date < from || m->date >= to)
			continue;
		if (m->inbound && m->parent_date &&
		    (from_address == NULL || g_ascii_strcasecmp(from_address, m->from ? m->from : "") == 0)) {
			double h = (m->date - m->parent_date) / AN_HOUR;
			g_array_append_val(v, h);
		} else if (!m->inbound && m->human && m->question && from_address == NULL &&
		           !answered_after(a, i, m->thread_id, to)) {
			double h = (to - m->date) / AN_HOUR; /* still waiting: at least this */
			g_array_append_val(v, h);
		}
	}
	if (n)
		*n = v->len;
	double med = an_median(v);
	g_array_unref(v);
	return med;
}

/* responsiveness - see SUMMARY */
static int responsiveness(an_ctx *ctx, an_account *a, gint64 recent, gint64 base)
{
	a->recent_latency_h = an_reply_hours(a, recent, ctx->cutoff, NULL, &a->recent_replies);
	a->baseline_latency_h = an_reply_hours(a, base, recent, NULL, NULL);
	/* One late reply (to a proposal the customer answered after the
	 * meeting, say) must not cost 20 points: with fewer than
	 * ResponsivenessMinReplies samples the component is not judged. */
	if (isnan(a->recent_latency_h) || a->recent_replies < ctx->cfg->responsiveness_min_replies)
		return -1;
	double ref = isnan(a->baseline_latency_h) ? 24.0 : MAX(a->baseline_latency_h, 4.0);
	double ratio = a->recent_latency_h / ref;
	return ratio <= 1.25 ? 100 : clamp100(100 - 20 * log2(ratio / 1.25));
}

/* engagement - see SUMMARY */
static int engagement(an_ctx *ctx, an_account *a, gint64 recent, gint64 base)
{
	guint in_base = 0;
	a->recent_substantive = 0;
	for (guint i = 0; i < a->msgs->len; i++) {
		const an_msg *m = a->msgs->pdata[i];
		if (!an_substantive(ctx, m) || m->date < base)
			continue;
		if (m->date >= recent)
			a->recent_substantive++;
		else
			in_base++;
	}
	const mp_config *cfg = ctx->cfg;
	a->baseline_substantive = (double)in_base * cfg->health_window_days / cfg->baseline_days;
	double n = a->recent_substantive;
	double by_base = in_base ? sqrt(MIN(1.0, (n + 1) / (a->baseline_substantive + 1))) : NAN;
	const double *seg = ctx->segment_ref
	                    ? g_hash_table_lookup(ctx->segment_ref, a->segment ? a->segment : "")
	                    : NULL;
	double by_seg = seg && *seg > 0 ? sqrt(MIN(1.0, (n + 1) / (*seg + 1))) : NAN;
	if (isnan(by_base) && isnan(by_seg))
		return -1;
	if (isnan(by_seg))
		return clamp100(100 * by_base);
	if (isnan(by_base))
		return clamp100(100 * by_seg);
	return clamp100(100 * (0.7 * by_base + 0.3 * by_seg));
}

/* breadth - see SUMMARY; also counts human messages for single-threading */
static int breadth(an_ctx *ctx, an_account *a)
{
	gint64 since = ctx->cutoff - (gint64)ctx->cfg->breadth_days * AN_DAY;
	a->active_contacts = 0;
	a->human_recent = 0;
	for (guint i = 0; i < a->msgs->len; i++) {
		const an_msg *m = a->msgs->pdata[i];
		if (m->human && m->date >= since)
			a->human_recent++;
	}
	for (guint i = 0; i < a->contacts->len; i++) {
		const an_contact *c = a->contacts->pdata[i];
		if (c->last_human >= since && c->departed == 0)
			a->active_contacts++;
	}
	if (a->human_recent == 0)
		return -1;
	return clamp100(100.0 * a->active_contacts / MAX(ctx->cfg->breadth_target, 1));
}

/* sentiment - see SUMMARY */
static int sentiment(an_ctx *ctx, an_account *a)
{
	gint64 since = ctx->cutoff - (gint64)ctx->cfg->sentiment_days * AN_DAY;
	double sum = 0;
	guint n = 0;
	for (guint i = 0; i < a->signals->len; i++) {
		const an_signal *g = a->signals->pdata[i];
		if (!g->customer || g->date < since || g->weight == 0)
			continue;
		double age = (double)(ctx->cutoff - g->date) / AN_DAY;
		sum += g->weight * pow(0.5, age / ctx->cfg->sentiment_half_life_days);
		n++;
	}
	return n ? clamp100(50 + 50 * tanh(sum / 8)) : -1;
}

/* stability - see SUMMARY */
static int stability(an_ctx *ctx, an_account *a)
{
	gint64 since = ctx->cutoff - (gint64)ctx->cfg->stability_days * AN_DAY;
	if (a->contacts->len == 0)
		return -1;
	double score = 100;
	for (guint i = 0; i < a->contacts->len; i++) {
		const an_contact *c = a->contacts->pdata[i];
		if (c->departed >= since && c->departed > 0)
			score -= c->champion || c->executive ? ctx->cfg->champion_departure_penalty
			                                     : ctx->cfg->departure_penalty;
	}
	return clamp100(score);
}

/* recency - see SUMMARY; remembers the last substantive message */
static int recency(an_ctx *ctx, an_account *a)
{
	a->last_substantive = NULL;
	gboolean any_human = FALSE;
	for (guint i = 0; i < a->msgs->len; i++) {
		const an_msg *m = a->msgs->pdata[i];
		any_human |= m->human;
		if (an_substantive(ctx, m))
			a->last_substantive = m;
	}
	if (a->last_substantive == NULL)
		return any_human ? 0 : -1;
	double days = (double)(ctx->cutoff - a->last_substantive->date) / AN_DAY;
	double full = ctx->cfg->recency_full_days, zero = MAX(ctx->cfg->recency_zero_days, full + 1);
	if (days <= full)
		return 100;
	return clamp100(100 * (zero - days) / (zero - full));
}

void an_health_compute(an_ctx *ctx, an_account *a)
{
	const mp_config *cfg = ctx->cfg;
	gint64 recent = ctx->cutoff - (gint64)cfg->health_window_days * AN_DAY;
	gint64 base = recent - (gint64)cfg->baseline_days * AN_DAY;
	a->comp[AN_RESPONSIVENESS] = responsiveness(ctx, a, recent, base);
	a->comp[AN_ENGAGEMENT] = engagement(ctx, a, recent, base);
	a->comp[AN_BREADTH] = breadth(ctx, a);
	a->comp[AN_SENTIMENT] = sentiment(ctx, a);
	a->comp[AN_STABILITY] = stability(ctx, a);
	a->comp[AN_RECENCY] = recency(ctx, a);
	const double weights[AN_N_COMPONENTS] = {
		cfg->weight_responsiveness, cfg->weight_engagement, cfg->weight_breadth,
		cfg->weight_sentiment, cfg->weight_stability, cfg->weight_recency,
	};
	guint human = 0;
	for (guint i = 0; i < a->msgs->len; i++)
		if (((an_msg *)a->msgs->pdata[i])->human && ((an_msg *)a->msgs->pdata[i])->date >= base)
			human++;
	double sum = 0, total = 0;
	for (int c = 0; c < AN_N_COMPONENTS; c++)
		if (a->comp[c] >= 0) {
			sum += weights[c] * a->comp[c];
			total += weights[c];
		}
	a->health = human >= cfg->health_min_messages && total > 0 ? clamp100(sum / total) : -1;
}

json_t *an_components_json(const int comp[AN_N_COMPONENTS])
{
	json_t *o = json_object();
	for (int c = 0; c < AN_N_COMPONENTS; c++)
		json_object_set_new(o, an_component_names[c], comp[c] >= 0 ? json_integer(comp[c]) : json_null());
	return o;
}
