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
 *	responsiveness  median customer reply latency in W, in weekday hours
 *	    (an_weekday_hours: the weekend is nobody's delay) (replies to our
 *	    human messages; our questions still unanswered count as waits up
 *	    to the cutoff) against the median of the replies of B (no waits:
 *	    a question never answered in months needed no answer), floored at 4 hours (a
 *	    10-minute habit must not make one hour look bad); 24 hours when B
 *	    has none.  100 up to 1.25x, minus 20 per doubling beyond.  Not
 *	    judged with fewer than ResponsivenessMinReplies replies or waits
 *	    in W, nor in 2W when W has too few (a single late answer is an
 *	    anecdote); W's replies all from one thread, with no wait, are
 *	    too few too (one matter that takes time).
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
 *	    executive, twice that when no successor was named.
 *	recency  days since the last substantive customer message (or a
 *	    personal note of theirs): 100 up to RecencyFullDays, 0 from
 *	    RecencyZeroDays, linear between; while we ask and get no answer
 *	    (an_chasing), relative to the account's rhythm: full at two usual
 *	    gaps, zero six gaps later.  In a lull on both sides (health_lull)
 *	    it stops at 50, and engagement and breadth are measured on the
 *	    windows that end where the conversation paused.
 *	The health is capped at the weakest of responsiveness, sentiment,
 *	stability (and recency while we are chasing) plus HealthWeakestMargin,
 *	and at HealthRiskCap while health_risk_evidence() holds (risk language,
 *	a champion gone or silent, replies that drift: an_latency_drift).
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

/* A reply time or a wait still running (censored: the reply, if it
 * comes, takes at least this long). */
typedef struct {
	double hours;
	gboolean censored;
} health_obs;

/* health_obs_cmp - by time; at a tie the reply before the wait (the
 * Kaplan-Meier convention: a wait censored at t was at risk at t) */
static int health_obs_cmp(gconstpointer x, gconstpointer y)
{
	const health_obs *a = x, *b = y;
	if (a->hours != b->hours)
		return a->hours < b->hours ? -1 : 1;
	return (int)a->censored - (int)b->censored;
}

double an_km_median(GArray *obs, guint *events)
{
	guint n = obs->len, d = 0;
	if (events)
		*events = 0;
	if (n == 0)
		return NAN;
	g_array_sort(obs, health_obs_cmp);
	double surv = 1.0, longest = 0;
	for (guint i = 0; i < n; i++) {
		const health_obs *o = &g_array_index(obs, health_obs, i);
		longest = MAX(longest, o->hours);
		if (o->censored)
			continue;
		d++;
		surv *= 1.0 - 1.0 / (double)(n - i); /* n - i still waiting at this time */
		if (surv <= 0.5 + 1e-9) {
			if (events) {
				for (guint j = i + 1; j < n; j++)
					d += !g_array_index(obs, health_obs, j).censored;
				*events = d;
			}
			return o->hours;
		}
	}
	if (events)
		*events = d;
	/* More than half are still waiting: the median is beyond every time
	 * seen, and the longest wait is the best lower bound.  It grows for
	 * as long as the silence lasts, which is the point. */
	return longest;
}

/* day_start - 00:00 of the (UTC) day holding t, before 1970 too */
static gint64 day_start(gint64 t)
{
	return t - ((t % AN_DAY) + AN_DAY) % AN_DAY;
}

/* weekday - 0 for Monday ... 6 for Sunday of the day starting at day
 * (1970-01-01 was a Thursday) */
static int weekday(gint64 day)
{
	return (int)((((day / AN_DAY) + 3) % 7 + 7) % 7);
}

double an_weekday_hours(gint64 t0, gint64 t1)
{
	if (t1 <= t0)
		return 0;
	/* Whole weeks hold five weekdays each; the rest (under a week) is
	 * walked a day at a time, so a wait of a year costs as much as one of
	 * a day.  Days are UTC days: a customer's Friday evening may count a
	 * few hours of their Saturday, which is noise beside a weekend. */
	gint64 weeks = (t1 - t0) / (7 * AN_DAY);
	gint64 total = weeks * 5 * AN_DAY;
	for (gint64 t = t0 + weeks * 7 * AN_DAY; t < t1;) {
		gint64 day = day_start(t), next = MIN(day + AN_DAY, t1);
		if (weekday(day) < 5)
			total += next - t;
		t = next;
	}
	return total / AN_HOUR;
}

double an_business_hours(gint64 t0, gint64 t1, int offset)
{
	gint64 total = 0;
	t0 += offset; /* the zone's clock: its days and its 09:00 */
	t1 += offset;
	for (gint64 day = day_start(t0); day < t1; day += AN_DAY) {
		if (weekday(day) >= 5)
			continue;
		gint64 open = MAX(day + 9 * 3600, t0), close = MIN(day + 17 * 3600, t1);
		if (close > open)
			total += close - open;
	}
	return total / AN_HOUR;
}

/* health_obs_add - append one observation */
static void health_obs_add(GArray *v, double hours, gboolean censored)
{
	health_obs o = { hours, censored };
	g_array_append_val(v, o);
}

double an_reply_hours_km(const an_account *a, gint64 from, gint64 to, const char *from_address,
                         an_waits waits, guint *n, guint *replies)
{
	/* One pass backwards finds, for each of our questions, whether the
	 * customer wrote in its thread later (before to), and whether they
	 * wrote at all later: linear in the messages of the account. */
	GHashTable *answered_threads = g_hash_table_new(g_int64_hash, g_int64_equal);
	gint64 *threads = g_new0(gint64, a->msgs->len + 1);
	gboolean *answered = g_new0(gboolean, a->msgs->len + 1);
	gint64 last_inbound = 0;
	for (guint i = a->msgs->len; i-- > 0;) {
		const an_msg *m = a->msgs->pdata[i];
		if (m->date >= to)
			continue;
		if (m->inbound && m->human) {
			threads[i] = m->thread_id;
			g_hash_table_add(answered_threads, &threads[i]);
			last_inbound = MAX(last_inbound, m->date);
		} else if (!m->inbound) {
			answered[i] = g_hash_table_contains(answered_threads, &m->thread_id);
		}
	}
	GArray *v = g_array_new(FALSE, FALSE, sizeof(health_obs));
	for (guint i = 0; i < a->msgs->len; i++) {
		const an_msg *m = a->msgs->pdata[i];
		if (m->date >= to)
			break;
		gboolean in_window = m->date >= from;
		if (in_window && m->inbound && m->parent_date &&
		    (from_address == NULL || g_ascii_strcasecmp(from_address, m->from ? m->from : "") == 0)) {
			health_obs_add(v, an_weekday_hours(m->parent_date, m->date), FALSE);
		} else if (!m->inbound && m->human && m->question && from_address == NULL &&
		           waits != AN_WAITS_NONE && !answered[i] &&
		           (in_window || (waits == AN_WAITS_RUNNING && m->date > last_inbound))) {
			/* Still waiting: at least this long.  Before the window it
			 * counts only while the customer has written nothing since:
			 * the silence of an account going dark. */
			health_obs_add(v, an_weekday_hours(m->date, to), TRUE);
		}
	}
	if (n)
		*n = v->len;
	double med = an_km_median(v, replies);
	g_array_unref(v);
	g_hash_table_destroy(answered_threads);
	g_free(threads);
	g_free(answered);
	return med;
}

double an_reply_hours(const an_account *a, gint64 from, gint64 to, const char *from_address,
                      guint *n)
{
	return an_reply_hours_km(a, from, to, from_address, AN_WAITS_WINDOW, n, NULL);
}

gboolean an_replies_in_two_threads(const an_account *a, gint64 from, gint64 to)
{
	gint64 thread = -1;
	for (guint i = 0; i < a->msgs->len; i++) {
		const an_msg *m = a->msgs->pdata[i];
		if (!m->inbound || !m->parent_date || m->date < from || m->date >= to)
			continue;
		if (thread >= 0 && m->thread_id != thread)
			return TRUE;
		thread = m->thread_id;
	}
	return FALSE;
}

/* responsiveness - see SUMMARY */
static int responsiveness(an_ctx *ctx, an_account *a, gint64 recent, gint64 base)
{
	a->recent_latency_h = an_reply_hours_km(a, recent, ctx->cutoff, NULL, AN_WAITS_RUNNING,
	                                        &a->recent_replies, &a->recent_answered);
	/* The usual is what the customer's replies took: a question of the
	 * baseline never answered in months was one that needed no answer
	 * ("any questions?"), and counting it as a wait raised the usual to
	 * the slowest replies (dev-2: a customer slowing from 3-18 h to a
	 * week looked like no change against a usual of 73 h). */
	a->baseline_latency_h = an_reply_hours_km(a, base, recent, NULL, AN_WAITS_NONE, NULL,
	                                          &a->baseline_answered);
	/* One late reply (to a proposal the customer answered after the
	 * meeting, say) must not cost 20 points: with fewer than
	 * ResponsivenessMinReplies samples the component is not judged. */
	/* An account that writes seldom has too few replies in W: look back
	 * up to twice as far before giving up (dev-2: a customer whose last
	 * three replies took a week each was "not judged" at the end).  The
	 * score only: latency_drift keeps to W (in 2W it raised 3 false). */
	double hours = a->recent_latency_h, usual = a->baseline_latency_h;
	guint n = a->recent_replies;
	/* Replies from one conversation only, and no wait, are one matter
	 * (a quotation weighed for a week, twice): look back as far as for
	 * too few replies */
	gboolean one_matter = n == a->recent_answered &&
	                      !an_replies_in_two_threads(a, recent, ctx->cutoff);
	if (isnan(hours) || n < ctx->cfg->responsiveness_min_replies || one_matter) {
		gint64 w = ctx->cutoff - recent; /* the baseline moves back with the window */
		hours = an_reply_hours_km(a, recent - w, ctx->cutoff, NULL, AN_WAITS_RUNNING, &n, NULL);
		usual = an_reply_hours_km(a, base - w, recent - w, NULL, AN_WAITS_NONE, NULL, NULL);
	}
	if (isnan(hours) || n < ctx->cfg->responsiveness_min_replies)
		return -1;
	double ref = isnan(usual) ? 24.0 : MAX(usual, 4.0);
	double ratio = hours / ref;
	return ratio <= 1.25 ? 100 : clamp100(100 - 20 * log2(ratio / 1.25));
}

/* health_lull - nobody has written with substance for more than
 * RecencyFullDays and we are not waiting for an answer (recency ran) */
static gboolean health_lull(const an_ctx *ctx, const an_account *a)
{
	return a->last_substantive && !a->chased &&
	       ctx->cutoff - a->last_substantive->date > (gint64)ctx->cfg->recency_full_days * AN_DAY;
}

/* engagement - see SUMMARY */
static int engagement(an_ctx *ctx, an_account *a, gint64 recent, gint64 base)
{
	guint in_base = 0;
	gint64 end = ctx->cutoff;
	a->recent_substantive = 0;
	/* In a lull on both sides, longer than RecencyFullDays, the windows
	 * end where the conversation paused: engagement says how engaged
	 * the customer was, recency how long the pause has lasted (counting
	 * the pause twice put a seasonal account in its quiet months below
	 * the accounts at risk) */
	if (health_lull(ctx, a)) {
		end = a->last_substantive->date + AN_DAY;
		recent -= ctx->cutoff - end;
		base -= ctx->cutoff - end;
	}
	for (guint i = 0; i < a->msgs->len; i++) {
		const an_msg *m = a->msgs->pdata[i];
		if (!an_substantive(ctx, m) || m->date < base || m->date >= end)
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
	/* In a lull on both sides (recency: nobody asks, nobody answers) the
	 * people we are in touch with are those of when the conversation
	 * paused: a seasonal customer's two people are not gone because
	 * both sides let the high season pass */
	if (health_lull(ctx, a))
		since = a->last_substantive->date + AN_DAY - (gint64)ctx->cfg->breadth_days * AN_DAY;
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

/* health_category_counts - the category is in SentimentCategories */
static gboolean health_category_counts(const mp_config *cfg, const char *category)
{
	if (cfg->sentiment_categories == NULL)
		return TRUE;
	for (guint i = 0; i < cfg->sentiment_categories->len; i++)
		if (g_strcmp0(cfg->sentiment_categories->pdata[i], category) == 0)
			return TRUE;
	return FALSE;
}

/* sentiment - see SUMMARY */
static int sentiment(an_ctx *ctx, an_account *a)
{
	gint64 since = ctx->cutoff - (gint64)ctx->cfg->sentiment_days * AN_DAY;
	double sum = 0;
	guint n = 0;
	for (guint i = 0; i < a->signals->len; i++) {
		const an_signal *g = a->signals->pdata[i];
		if (!g->customer || g->date < since || g->weight == 0 ||
		    !health_category_counts(ctx->cfg, g->category))
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
		if (c->departed < since || c->departed == 0)
			continue;
		/* A champion who left with no successor named leaves nobody we
		 * know in their place: what the mail does not say counts */
		if (c->champion || c->executive)
			score -= ctx->cfg->champion_departure_penalty * (c->replacement ? 1 : 2);
		else
			score -= ctx->cfg->departure_penalty;
	}
	return clamp100(score);
}

const an_signal *an_risk_signal(an_ctx *ctx, const an_account *a, int c)
{
	static const char *const cats[] = { "churn_risk", "competitor" };
	const double mins[] = { ctx->cfg->churn_risk_min_weight, ctx->cfg->competitor_min_weight };
	gint64 since = ctx->cutoff - (gint64)ctx->cfg->sentiment_days * AN_DAY;
	double sum = 0;
	const an_signal *first = NULL;
	for (guint i = 0; i < a->signals->len; i++) {
		const an_signal *g = a->signals->pdata[i];
		if (!g->customer || g->date < since || g_strcmp0(g->category, cats[c]) != 0)
			continue;
		sum += fabs(g->weight);
		if (first == NULL)
			first = g;
	}
	return first && sum >= mins[c] ? first : NULL;
}

/* drift_slowest - the slowest customer reply (weekday hours) dated in
 * [from, to); 0 when none */
static double drift_slowest(const an_account *a, gint64 from, gint64 to)
{
	double slowest = 0;
	for (guint i = 0; i < a->msgs->len; i++) {
		const an_msg *m = a->msgs->pdata[i];
		if (m->inbound && m->parent_date && m->date >= from && m->date < to)
			slowest = MAX(slowest, an_weekday_hours(m->parent_date, m->date));
	}
	return slowest;
}

/* an_latency_drift - see analyze_internal.h.  The customer answers much
 * slower than they used to,
 * on evidence a reader accepts: two replies or more that came in the
 * last two HealthWindowDays (an account that writes seldom has one reply
 * a fortnight), the latest of them in the last HealthWindowDays (the
 * drift is current), each slower than LatencyDriftFactor times the
 * usual (the median reply of the BaselineDays before, floored at 4
 * hours: a customer who answers in one hour is not three times slower
 * at three), than LatencyDriftMinHours (two working days), and than the slowest reply of
 * that baseline (a customer who has taken a week before is not drifting
 * when they take a week again: dev-3, a "0 h -> 93 h" drift on a
 * customer whose replies had taken 0.3 and 170 hours), from two
 * conversations at least (one thread answered slowly twice is one
 * matter that takes time: dev-4, a quotation weighed for a week after an
 * urgent incident answered within the hour).  One slow reply beside a
 * quick one is an anecdote (dev-3: "2 h -> 148 h" from one reply of 148
 * hours and a wait).  Waits do not count: an account going dark, with
 * waits and no replies, is quiet's business.  Hours are weekday hours
 * (an_weekday_hours), so a Friday question answered on Monday is no
 * drift.  The usual may rest on a single reply: "within a day in July,
 * six and nine days since" is a drift a reader sees (dev-5). */
gboolean an_latency_drift(an_ctx *ctx, const an_account *a, an_drift *d)
{
	const mp_config *cfg = ctx->cfg;
	gint64 w = (gint64)cfg->health_window_days * AN_DAY;
	gint64 from = ctx->cutoff - 2 * w, base = from - (gint64)cfg->baseline_days * AN_DAY;
	memset(d, 0, sizeof(*d));
	d->usual = an_reply_hours_km(a, base, from, NULL, AN_WAITS_NONE, NULL, &d->base_replies);
	if (isnan(d->usual) || d->base_replies == 0)
		return FALSE;
	d->limit = MAX(cfg->latency_drift_factor * MAX(d->usual, 4.0), cfg->latency_drift_min_hours);
	d->limit = MAX(d->limit, drift_slowest(a, base, from));
	GArray *slow = g_array_new(FALSE, FALSE, sizeof(double));
	gint64 thread = -1;
	gboolean two_threads = FALSE;
	for (guint i = 0; i < a->msgs->len; i++) {
		const an_msg *m = a->msgs->pdata[i];
		if (!m->inbound || !m->parent_date || m->date < from || m->date >= ctx->cutoff)
			continue;
		double h = an_weekday_hours(m->parent_date, m->date);
		if (h <= d->limit)
			continue;
		g_array_append_val(slow, h);
		two_threads = two_threads || (thread >= 0 && m->thread_id != thread);
		thread = m->thread_id;
		d->latest = m->date;
	}
	d->slow = slow->len;
	d->now = an_median(slow);
	g_array_unref(slow);
	return d->slow >= 2 && two_threads && d->latest >= ctx->cutoff - w;
}

/* health_risk_evidence - the mail says the account is at risk, whatever
 * the mean: churn-risk or competitor language of the customer within
 * SentimentDays at the weight its alert needs (sentiment halves such a
 * signal every three weeks, but a customer who said in April that they
 * are evaluating another vendor has not taken it back by June), or the
 * champion or an executive departed with nobody named in their place,
 * or the champion has left our asks unanswered (an_contact_silent), or
 * the customer's replies drift (an_latency_drift: every scenario writer
 * counts a latency degradation as a risk, and dev-7's broker whose
 * replies went from a day to a week after an incident, in its renewal
 * window, scored 74 on the mean) */
static gboolean health_risk_evidence(an_ctx *ctx, const an_account *a)
{
	an_drift drift;
	if (an_risk_signal(ctx, a, 0) || an_risk_signal(ctx, a, 1) || an_latency_drift(ctx, a, &drift))
		return TRUE;
	gint64 since = ctx->cutoff - (gint64)ctx->cfg->stability_days * AN_DAY;
	for (guint i = 0; i < a->contacts->len; i++) {
		const an_contact *c = a->contacts->pdata[i];
		if (c->departed >= since && c->departed && (c->champion || c->executive) &&
		    c->replacement == NULL)
			return TRUE;
	}
	/* the champion has stopped answering us (contact_silent): the
	 * customer says nothing, and that is the evidence (dev-5: a
	 * co-founder who left two renewal mails unanswered scored 82) */
	if (a->champion && a->champion->departed == 0) {
		GPtrArray *asks = an_contact_silent(ctx, a, a->champion, NULL, NULL);
		if (asks) {
			g_ptr_array_unref(asks);
			return TRUE;
		}
	}
	return FALSE;
}

double an_usual_gap_days(an_ctx *ctx, const an_account *a)
{
	gint64 recent = ctx->cutoff - (gint64)ctx->cfg->health_window_days * AN_DAY, prev = -1;
	GArray *gaps = g_array_new(FALSE, FALSE, sizeof(double));
	for (guint i = 0; i < a->msgs->len; i++) {
		const an_msg *m = a->msgs->pdata[i];
		gint64 day = m->date / AN_DAY;
		if (!an_substantive(ctx, m) || m->date >= recent || day == prev)
			continue;
		if (prev >= 0) {
			double d = (double)(day - prev);
			g_array_append_val(gaps, d);
		}
		prev = day;
	}
	double med = gaps->len >= 2 ? an_median(gaps) : NAN;
	g_array_unref(gaps);
	return med;
}

guint an_chasing(const an_account *a, gint64 t, const an_msg **first)
{
	guint n = 0;
	gint64 away_until = 0; /* one backward pass: the last out-of-office seen */
	if (first)
		*first = NULL;
	for (guint i = a->msgs->len; i-- > 0;) {
		const an_msg *m = a->msgs->pdata[i];
		if (m->date <= t)
			break;
		if (m->away)
			away_until = m->date;
		else if (!m->inbound && m->human && m->question &&
		         !(away_until && away_until - m->date <= 2 * AN_DAY)) {
			n++;
			if (first)
				*first = m;
		}
	}
	return n;
}

/* recency - see SUMMARY; remembers the last substantive message */
static int recency(an_ctx *ctx, an_account *a)
{
	a->last_substantive = NULL;
	a->chased = FALSE;
	gboolean any_human = FALSE;
	for (guint i = 0; i < a->msgs->len; i++) {
		const an_msg *m = a->msgs->pdata[i];
		any_human |= m->human;
		/* A note the relevance model set aside as personal still says
		 * the customer is there (dev-3: a seasonal customer's "what a
		 * season" message, read as personal, left it silent for 106
		 * days and at 35) */
		if (an_substantive(ctx, m) ||
		    (m->inbound && m->personal && m->words >= ctx->cfg->substantive_words))
			a->last_substantive = m;
	}
	if (a->last_substantive == NULL)
		return any_human ? 0 : -1;
	double days = (double)(ctx->cutoff - a->last_substantive->date) / AN_DAY;
	double full = ctx->cfg->recency_full_days, zero = MAX(ctx->cfg->recency_zero_days, full + 1);
	/* Relative to the account's own rhythm: a customer who writes every
	 * few days and has been silent for six of their usual gaps is as
	 * gone as one silent for RecencyZeroDays; a monthly one is not late
	 * after two weeks. */
	/* ... but only while we ask and get no answer: a lull on both sides
	 * (the summer, a project done, an out-of-office answering us) is
	 * judged on the slow scale alone (dev-2: a franchise on holiday in
	 * August fell to 35). */
	a->chased = an_chasing(a, a->last_substantive->date, NULL) > 0;
	double gap = a->chased ? an_usual_gap_days(ctx, a) : NAN;
	if (!isnan(gap)) {
		full = MAX(full, 2 * gap);
		zero = MAX(full + 1, MIN(zero, full + 6 * MAX(gap, 1)));
	}
	if (days <= full)
		return 100;
	/* A lull on both sides is no news either way: it falls to 50, not 0
	 * (dev-3: a seasonal installer quiet through its high season after
	 * our "no need to reply" scored below the accounts at risk) */
	double floor_ = a->chased ? 0 : 50;
	return clamp100(MAX(floor_, 100 * (zero - days) / (zero - full)));
}

void an_health_compute(an_ctx *ctx, an_account *a)
{
	const mp_config *cfg = ctx->cfg;
	gint64 recent = ctx->cutoff - (gint64)cfg->health_window_days * AN_DAY;
	gint64 base = recent - (gint64)cfg->baseline_days * AN_DAY;
	a->comp[AN_RECENCY] = recency(ctx, a); /* first: is it a lull? */
	a->comp[AN_RESPONSIVENESS] = responsiveness(ctx, a, recent, base);
	a->comp[AN_ENGAGEMENT] = engagement(ctx, a, recent, base);
	a->comp[AN_BREADTH] = breadth(ctx, a);
	a->comp[AN_SENTIMENT] = sentiment(ctx, a);
	a->comp[AN_STABILITY] = stability(ctx, a);
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
	double health = total > 0 ? sum / total : NAN;
	/* The weakest link: a customer who stopped answering, threatens to
	 * leave, lost their champion or went silent is at risk however many
	 * colleagues write and however busy the account was; a mean of six
	 * would hide it behind the four that are fine. */
	/* Recency joins them only while we ask and get no answer: a lull
	 * on both sides (a seasonal customer busy in their high season, our
	 * "no need to reply") is the account's rhythm, not a risk; it stays
	 * in the mean (dev-3: such an account fell to 35, below every
	 * account at risk). */
	static const an_component risk[] = { AN_RESPONSIVENESS, AN_SENTIMENT, AN_STABILITY, AN_RECENCY };
	for (guint i = 0; i < G_N_ELEMENTS(risk); i++)
		if (a->comp[risk[i]] >= 0 && (risk[i] != AN_RECENCY || a->chased))
			health = MIN(health, a->comp[risk[i]] + cfg->health_weakest_margin);
	/* Risk the customer said in words, or a champion gone with nobody in
	 * their place, keeps the account below HealthRiskCap for as long as
	 * it holds: at risk must rank below healthy (dev-3: a competitor
	 * evaluation and a churn to an in-house tool scored 75-100). */
	if (health_risk_evidence(ctx, a))
		health = MIN(health, cfg->health_risk_cap);
	a->health = human >= cfg->health_min_messages && total > 0 ? clamp100(health) : -1;
}

json_t *an_components_json(const int comp[AN_N_COMPONENTS])
{
	json_t *o = json_object();
	for (int c = 0; c < AN_N_COMPONENTS; c++)
		json_object_set_new(o, an_component_names[c], comp[c] >= 0 ? json_integer(comp[c]) : json_null());
	return o;
}
