/*
 * analyze_model.c - the digest and portfolio models (DIGEST-MODEL).
 *
 * SUMMARY
 *	mp_analyze_digest_model() snapshots the AM's accounts for the day when
 *	that was not done yet (on a read-only store, into copies that vanish
 *	with the connection: a preview stores nothing), then builds one object per account (health
 *	and 30-day trend, change over HealthWindowDays, components, momentum,
 *	last substantive exchange, the day's alerts from the ledger) and ranks
 *	them by stake = max(ARR, 1) x severity (high 3, medium 2, low 1, none
 *	0) x urgency (1, rising to 2 as the renewal comes from 90 days to 0).
 *	A snoozed account keeps its place and figures but lists no alert.
 *
 *	mp_analyze_portfolio_model() is the head of team's view, from the
 *	day's snapshots and alerts: health buckets per segment (healthy >= 70,
 *	watch 50-69, at risk < 50, unknown) with ARR at risk, GRR and NRR per
 *	segment over the ARR history of the account imports (first import to
 *	the latest one before the day; null until some account's ARR has
 *	changed), the same per owner, renewals within 90 days with health,
 *	expansion and advocacy counts and single-threaded accounts.
 */
#include <string.h>
#include "analyze_internal.h"
#include "status.h"

#define TREND_DAYS 30

/* health_change - today minus the oldest known health of the window */
static json_t *health_change(an_ctx *ctx, const an_account *a, GError **error)
{
	GArray *h = an_snapshot_history(ctx, a->id, ctx->cfg->health_window_days, error);
	if (h == NULL)
		return NULL;
	json_t *change = json_null();
	for (guint i = 0; i < h->len && a->health >= 0; i++)
		if (g_array_index(h, int, i) >= 0) {
			change = json_integer(a->health - g_array_index(h, int, i));
			break;
		}
	g_array_unref(h);
	return change;
}

/* last_substantive_json - {date, contact, subject} or null */
static json_t *last_substantive_json(const an_account *a)
{
	const an_msg *m = a->last_substantive;
	if (m == NULL)
		return json_null();
	char *day = an_date(m->date), *who = an_person(m->from_name, m->from);
	json_t *o = json_pack("{s:s, s:s?, s:s?}", "date", day, "contact", who, "subject", m->subject);
	g_free(day);
	g_free(who);
	return o;
}

json_t *an_account_core_json(an_ctx *ctx, an_account *a, GError **error)
{
	int stored_health, stored[AN_N_COMPONENTS];
	if (an_snapshot_read(ctx, a->id, &stored_health, stored)) {
		a->health = stored_health; /* what the digest and trend said that day */
		memcpy(a->comp, stored, sizeof stored);
	}
	json_t *trend = an_trend_json(ctx, a->id, TREND_DAYS, a->health, error);
	json_t *change = trend ? health_change(ctx, a, error) : NULL;
	if (change == NULL) {
		json_decref(trend);
		return NULL;
	}
	gboolean renews = a->days_to_renewal != G_MININT64;
	json_t *core = json_pack("{s:s, s:s?, s:f, s:s?, s:o, s:o, s:o, s:o, s:o, s:o, s:o}",
		"account", a->name, "segment", a->segment, "arr", a->arr,
		"renewal_date", a->renewal_date,
		"days_to_renewal", renews ? json_integer(a->days_to_renewal) : json_null(),
		"health", a->health >= 0 ? json_integer(a->health) : json_null(),
		"health_trend", trend, "health_change_21d", change,
		"components", an_components_json(a->comp),
		"momentum", an_momentum_json(ctx, a),
		"last_substantive", last_substantive_json(a));
	if (core == NULL) /* jansson refuses inf and nan: a failure, with its reason */
		g_set_error(error, MP_ERROR, MP_ERR_SOFTWARE, "account \"%s\": a figure of its brief "
		            "is not a finite number", a->name);
	return core;
}

/* stake - ARR x severity x urgency (see SUMMARY) */
static double stake(const an_account *a, json_t *alerts)
{
	int severity = 0;
	size_t i;
	json_t *al;
	json_array_foreach(alerts, i, al) {
		const char *s = json_string_value(json_object_get(al, "severity"));
		severity = MAX(severity, g_strcmp0(s, "high") == 0 ? 3 : g_strcmp0(s, "medium") == 0 ? 2 : 1);
	}
	double urgency = 1;
	if (a->days_to_renewal != G_MININT64 && a->days_to_renewal >= 0 && a->days_to_renewal <= 90)
		urgency = 1 + (90.0 - a->days_to_renewal) / 90.0;
	return round(MAX(a->arr, 1) * severity * urgency * 10) / 10;
}

/* digest_account - one account's object of the digest model */
static json_t *digest_account(an_ctx *ctx, gint64 id, guint *new_items, GError **error)
{
	an_account *a = an_account_load(ctx, id, error);
	if (a == NULL)
		return NULL;
	an_health_compute(ctx, a);
	json_t *o = an_account_core_json(ctx, a, error);
	json_t *alerts = NULL;
	if (o && an_snoozed(ctx, id))
		alerts = json_array();
	else if (o)
		alerts = an_ledger_alerts(ctx, id, new_items, error);
	if (alerts) {
		json_object_set_new(o, "stake", json_real(stake(a, alerts)));
		json_object_set_new(o, "alerts", alerts);
	} else {
		json_decref(o);
		o = NULL;
	}
	an_account_free(a);
	return o;
}

/* by_stake - highest stake first, then highest ARR, then name */
static int by_stake(const void *x, const void *y)
{
	json_t *a = *(json_t *const *)x, *b = *(json_t *const *)y;
	double sa = json_real_value(json_object_get(a, "stake")), sb = json_real_value(json_object_get(b, "stake"));
	double ra = json_number_value(json_object_get(a, "arr")), rb = json_number_value(json_object_get(b, "arr"));
	if (sa != sb)
		return sa < sb ? 1 : -1;
	if (ra != rb)
		return ra < rb ? 1 : -1;
	return g_strcmp0(json_string_value(json_object_get(a, "account")),
	                 json_string_value(json_object_get(b, "account")));
}

/* sorted_array - the accounts as a JSON array in stake order */
static json_t *sorted_array(GPtrArray *objects)
{
	qsort(objects->pdata, objects->len, sizeof(gpointer), by_stake);
	json_t *arr = json_array();
	for (guint i = 0; i < objects->len; i++)
		json_array_append_new(arr, objects->pdata[i]);
	return arr;
}

/* ensure_snapshot - snapshot the day for am (or all) unless done; on a
 * read-only store (a preview) into private copies of the tables it writes
 * (mp_store_shadow): the same model, nothing stored */
static gboolean ensure_snapshot(an_ctx *ctx, const char *am, gint64 as_of, GError **error)
{
	static const char *const written[] = { "snapshots", "alerts", NULL };
	if (an_snapshot_has_day(ctx, am))
		return TRUE;
	if (mp_store_readonly(ctx->st) && !mp_store_shadow(ctx->st, written, error))
		return FALSE;
	return mp_analyze_snapshot(ctx->st, ctx->cfg, as_of, am, NULL, error);
}

json_t *mp_analyze_digest_model(mp_store *st, const mp_config *cfg, const char *am,
                                gint64 as_of, GError **error)
{
	an_ctx ctx;
	an_ctx_init(&ctx, st, cfg, as_of);
	GArray *ids = NULL;
	if (!ensure_snapshot(&ctx, am, as_of, error) || !an_segment_refs(&ctx, error) ||
	    (ids = an_account_ids(&ctx, am, error)) == NULL) {
		an_ctx_clear(&ctx);
		return NULL;
	}
	GPtrArray *objects = g_ptr_array_new();
	guint new_items = 0;
	gboolean ok = TRUE;
	for (guint i = 0; ok && i < ids->len; i++) {
		json_t *o = digest_account(&ctx, g_array_index(ids, gint64, i), &new_items, error);
		if (o)
			g_ptr_array_add(objects, o);
		ok = o != NULL;
	}
	json_t *model = NULL;
	if (ok)
		model = json_pack("{s:s, s:s, s:i, s:o}", "am", am ? am : "", "as_of", ctx.day,
		                  "new_items", (int)new_items, "accounts", sorted_array(objects));
	else
		for (guint i = 0; i < objects->len; i++)
			json_decref(objects->pdata[i]);
	g_ptr_array_unref(objects);
	g_array_unref(ids);
	an_ctx_clear(&ctx);
	return model;
}

/* ---- portfolio ------------------------------------------------------- */

/* bucket - the health bucket name of a snapshot health (-1 unknown) */
static const char *bucket(int health)
{
	return health < 0 ? "unknown" : health >= 70 ? "healthy" : health >= 50 ? "watch" : "at_risk";
}

/* group_for - the object of key in groups, created by make when absent */
static json_t *group_for(json_t *groups, const char *key, json_t *(*make)(const char *))
{
	json_t *g = json_object_get(groups, key);
	if (g == NULL) {
		g = make(key);
		json_object_set_new(groups, key, g);
	}
	return g;
}

static json_t *new_segment(const char *name)
{
	return json_pack("{s:s, s:i, s:f, s:{s:i, s:i, s:i, s:i}, s:f, s:f, s:f, s:i}",
		"segment", name, "accounts", 0, "arr", 0.0,
		"health", "healthy", 0, "watch", 0, "at_risk", 0, "unknown", 0,
		"arr_at_risk", 0.0, "arr_start", 0.0, "arr_end", 0.0, "arr_changes", 0);
}

static json_t *new_owner(const char *name)
{
	return json_pack("{s:s, s:i, s:f, s:i, s:f}", "am", name, "accounts", 0, "arr", 0.0,
	                 "at_risk", 0, "arr_at_risk", 0.0);
}

/* add_number - o[key] += v */
static void add_number(json_t *o, const char *key, double v)
{
	json_t *cur = json_object_get(o, key);
	if (json_is_integer(cur))
		json_object_set_new(o, key, json_integer(json_integer_value(cur) + (json_int_t)v));
	else
		json_object_set_new(o, key, json_real(json_number_value(cur) + v));
}

/* finish_segments - the segment objects as an array, GRR/NRR computed */
static json_t *finish_segments(json_t *segments)
{
	json_t *out = json_array(), *seg;
	const char *key;
	json_object_foreach(segments, key, seg) {
		double start = json_number_value(json_object_get(seg, "arr_start"));
		double kept = json_number_value(json_object_get(seg, "arr_kept"));
		double end = json_number_value(json_object_get(seg, "arr_end"));
		gboolean known = json_integer_value(json_object_get(seg, "arr_changes")) > 0 && start > 0;
		json_object_set_new(seg, "grr", known ? json_real(round(kept / start * 1000) / 1000) : json_null());
		json_object_set_new(seg, "nrr", known ? json_real(round(end / start * 1000) / 1000) : json_null());
		json_object_del(seg, "arr_start");
		json_object_del(seg, "arr_end");
		json_object_del(seg, "arr_kept");
		json_object_del(seg, "arr_changes");
		json_array_append(out, seg);
	}
	return out;
}

/* portfolio_rows - fold every account's day into segments, owners, renewals */
static gboolean portfolio_rows(an_ctx *ctx, json_t *segments, json_t *owners, json_t *renewals,
                               GError **error)
{
	sqlite3_stmt *s = store_stmt(ctx->st,
		"SELECT a.name, coalesce(a.segment, 'unassigned'), coalesce(a.owner, ''), a.arr,"
		"  a.renewal_date, CAST(julianday(a.renewal_date) - julianday(?1) AS INTEGER),"
		"  (SELECT health FROM snapshots WHERE account_id = a.id AND day = ?1),"
		"  (SELECT arr FROM account_arr_history WHERE account_id = a.id AND recorded_at < ?2"
		"    ORDER BY recorded_at, rowid LIMIT 1),"
		"  (SELECT arr FROM account_arr_history WHERE account_id = a.id AND recorded_at < ?2"
		"    ORDER BY recorded_at DESC, rowid DESC LIMIT 1),"
		"  (SELECT count(*) FROM account_arr_history WHERE account_id = a.id AND recorded_at < ?2)"
		" FROM accounts a ORDER BY a.renewal_date, a.name", error);
	if (s == NULL)
		return FALSE;
	store_bind_text(s, 1, ctx->day);
	sqlite3_bind_int64(s, 2, ctx->cutoff);
	int rc;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		double arr = sqlite3_column_double(s, 3);
		int health = sqlite3_column_type(s, 6) == SQLITE_NULL ? -1 : sqlite3_column_int(s, 6);
		gboolean at_risk = strcmp(bucket(health), "at_risk") == 0;
		json_t *seg = group_for(segments, store_col_text(s, 1), new_segment);
		add_number(seg, "accounts", 1);
		add_number(seg, "arr", arr);
		add_number(json_object_get(seg, "health"), bucket(health), 1);
		add_number(seg, "arr_at_risk", at_risk ? arr : 0);
		if (sqlite3_column_type(s, 7) != SQLITE_NULL) {
			double start = sqlite3_column_double(s, 7), end = sqlite3_column_double(s, 8);
			add_number(seg, "arr_start", start);
			add_number(seg, "arr_end", end);
			add_number(seg, "arr_kept", MIN(start, end));
			add_number(seg, "arr_changes", sqlite3_column_int(s, 9) > 1);
		}
		json_t *own = group_for(owners, store_col_text(s, 2), new_owner);
		add_number(own, "accounts", 1);
		add_number(own, "arr", arr);
		add_number(own, "at_risk", at_risk);
		add_number(own, "arr_at_risk", at_risk ? arr : 0);
		int days = sqlite3_column_int(s, 5);
		if (sqlite3_column_type(s, 4) != SQLITE_NULL && days >= 0 && days <= 90)
			json_array_append_new(renewals, json_pack("{s:s, s:s, s:s, s:f, s:o}",
				"account", store_col_text(s, 0), "owner", store_col_text(s, 2),
				"renewal_date", store_col_text(s, 4), "arr", arr,
				"health", health >= 0 ? json_integer(health) : json_null()));
	}
	sqlite3_reset(s);
	return rc == SQLITE_DONE || store_fail(ctx->st, "reading the portfolio", error);
}

/* portfolio_alerts - expansion and advocacy counts, single-threaded list
 * (an alert an AM judged wrong counts for nothing, as in the digest) */
static gboolean portfolio_alerts(an_ctx *ctx, json_t *model, GError **error)
{
	sqlite3_stmt *s = store_stmt(ctx->st,
		"SELECT l.kind, a.name, coalesce(a.owner, ''), l.subject FROM alerts l"
		" JOIN accounts a ON a.id = l.account_id"
		" WHERE l.first_raised <= ?1 AND l.last_seen >= ?1 AND (l.resolved IS NULL OR l.resolved > ?1)"
		"  AND l.kind IN ('expansion', 'advocacy', 'single_threaded')"
		"  AND l.id NOT IN (SELECT alert_id FROM feedback WHERE verdict = 'wrong') ORDER BY a.name",
		error);
	if (s == NULL)
		return FALSE;
	store_bind_text(s, 1, ctx->day);
	json_t *single = json_array();
	int expansion = 0, advocacy = 0, rc;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		const char *kind = store_col_text(s, 0);
		if (strcmp(kind, "expansion") == 0)
			expansion++;
		else if (strcmp(kind, "advocacy") == 0)
			advocacy++;
		else
			json_array_append_new(single, json_pack("{s:s, s:s, s:s}", "account",
				store_col_text(s, 1), "owner", store_col_text(s, 2), "contact", store_col_text(s, 3)));
	}
	sqlite3_reset(s);
	json_object_set_new(model, "expansion", json_integer(expansion));
	json_object_set_new(model, "advocacy", json_integer(advocacy));
	json_object_set_new(model, "single_threaded", single);
	return rc == SQLITE_DONE || store_fail(ctx->st, "reading alerts", error);
}

/* object_values - the values of an object as an array */
static json_t *object_values(json_t *o)
{
	json_t *out = json_array(), *v;
	const char *key;
	json_object_foreach(o, key, v)
		json_array_append(out, v);
	return out;
}

json_t *mp_analyze_portfolio_model(mp_store *st, const mp_config *cfg, gint64 as_of,
                                   GError **error)
{
	an_ctx ctx;
	an_ctx_init(&ctx, st, cfg, as_of);
	json_t *segments = json_object(), *owners = json_object(), *renewals = json_array();
	json_t *model = NULL;
	if (ensure_snapshot(&ctx, NULL, as_of, error) &&
	    portfolio_rows(&ctx, segments, owners, renewals, error)) {
		model = json_pack("{s:s, s:o, s:o, s:O}", "as_of", ctx.day,
		                  "segments", finish_segments(segments), "owners", object_values(owners),
		                  "renewals_90d", renewals);
		if (!portfolio_alerts(&ctx, model, error)) {
			json_decref(model);
			model = NULL;
		}
	}
	json_decref(segments);
	json_decref(owners);
	json_decref(renewals);
	an_ctx_clear(&ctx);
	return model;
}
