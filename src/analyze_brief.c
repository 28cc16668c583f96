/*
 * analyze_brief.c - `mailpulse account NAME`: one account on one page.
 *
 * SUMMARY
 *	mp_analyze_account_brief() returns the digest's account object (health,
 *	trend, components, momentum, last substantive exchange) plus: owner,
 *	sparkline (the trend as text), contacts (mp_store_list_contacts: title,
 *	status as of the day; with a DISC hint each), signals of the last 90
 *	days with their evidence (phrase rules, and departures), open
 *	commitments of ours, expansion topics of the last 90 days and the
 *	alerts the day's snapshot holds (empty when the day was not
 *	snapshotted: the brief never writes).
 *
 * COST
 *	One account load, one contacts listing, the ledger; the segment
 *	reference query only when no snapshot of the day exists (it scans the
 *	recent window of every account).  The target is 200 ms on the bench
 *	portfolio.
 */
#include <string.h>
#include "analyze_internal.h"
#include "status.h"

#define BRIEF_DAYS 90

char *mp_analyze_sparkline(json_t *values)
{
	static const char *const bars[] = { "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█" };
	GString *s = g_string_new(NULL);
	size_t i;
	json_t *v;
	json_array_foreach(values, i, v) {
		if (!json_is_number(v)) {
			g_string_append_c(s, ' ');
			continue;
		}
		int n = (int)CLAMP(json_number_value(v), 0, 100);
		g_string_append(s, bars[MIN(7, n * 8 / 101)]);
	}
	return g_string_free(s, FALSE);
}

/* signals_json - customer and our signals, and departures, since a date */
static json_t *signals_json(const an_account *a, gint64 since)
{
	json_t *out = json_array();
	for (guint i = 0; i < a->signals->len; i++) {
		const an_signal *g = a->signals->pdata[i];
		if (g->date < since)
			continue;
		char *day = an_date(g->date);
		json_array_append_new(out, json_pack("{s:s, s:s, s:s, s:s?, s:f, s:s?, s:s, s:s?}",
			"date", day, "category", g->category, "rule", g->rule, "label", g->label,
			"weight", g->weight, "contact", g->contact, "evidence", g->evidence,
			"message_id", g->message_id));
		g_free(day);
	}
	for (guint i = 0; i < a->contacts->len; i++) {
		const an_contact *c = a->contacts->pdata[i];
		if (c->departed < since || c->departed == 0)
			continue;
		char *day = an_date(c->departed), *who = an_person(c->name, c->address);
		json_array_append_new(out, json_pack("{s:s, s:s, s:s, s:s?, s:f, s:s, s:s, s:s?}",
			"date", day, "category", "contact", "rule", "departed", "label",
			c->replacement ? c->replacement : NULL, "weight", 0.0, "contact", who,
			"evidence", c->departure_text ? c->departure_text : "departure",
			"message_id", c->departure_msgid));
		g_free(day);
		g_free(who);
	}
	return out;
}

/* commitments_json - our promises with no message of ours in the thread since */
static json_t *commitments_json(an_ctx *ctx, const an_account *a)
{
	json_t *out = json_array();
	char *today = an_date(ctx->day_start);
	for (guint i = 0; i < a->signals->len; i++) {
		const an_signal *g = a->signals->pdata[i];
		if (g->customer || strcmp(g->category, "commitment") != 0 ||
		    an_followed_up(a, g->thread_id, g->date))
			continue;
		char *day = an_date(g->date);
		json_array_append_new(out, json_pack("{s:s, s:s?, s:b, s:s?, s:s, s:s?}",
			"date", day, "due_date", g->due_date,
			"overdue", g->due_date && strcmp(g->due_date, today) < 0,
			"contact", g->contact, "evidence", g->evidence, "message_id", g->message_id));
		g_free(day);
	}
	g_free(today);
	return out;
}

/* contacts_json - the store's contact listing with a DISC hint each */
static json_t *contacts_json(an_ctx *ctx, const an_account *a, GError **error)
{
	mp_query q = { .account = a->name, .as_of = ctx->cutoff };
	json_t *rows = mp_store_list_contacts(ctx->st, &q, error);
	size_t i;
	json_t *row;
	json_array_foreach(rows, i, row) {
		const an_contact *c = an_contact_by_address(a, json_string_value(json_object_get(row, "address")));
		json_object_set_new(row, "disc", c ? an_disc_json(ctx, a, c) : json_null());
		json_object_set_new(row, "champion", json_boolean(c && c->champion));
	}
	return rows;
}

json_t *mp_analyze_account_brief(mp_store *st, const mp_config *cfg, const char *name,
                                 gint64 as_of, GError **error)
{
	an_ctx ctx;
	an_ctx_init(&ctx, st, cfg, as_of);
	gint64 id = an_account_id(&ctx, name, error);
	if (id == 0) {
		if (error && *error == NULL)
			g_set_error(error, MP_ERROR, MP_ERR_DATA,
			            "no account named \"%s\" (see `mailpulse accounts list`)", name);
		return NULL;
	}
	int h, comp[AN_N_COMPONENTS];
	an_account *a = NULL;
	json_t *brief = NULL, *contacts = NULL, *alerts = NULL;
	if ((an_snapshot_read(&ctx, id, &h, comp) || an_segment_refs(&ctx, error)) &&
	    (a = an_account_load(&ctx, id, error)) != NULL) {
		an_health_compute(&ctx, a);
		brief = an_account_core_json(&ctx, a, error);
	}
	if (brief && (contacts = contacts_json(&ctx, a, error)) != NULL &&
	    (alerts = an_ledger_alerts(&ctx, id, NULL, error)) != NULL) {
		gint64 since = ctx.cutoff - (gint64)BRIEF_DAYS * AN_DAY;
		char *spark = mp_analyze_sparkline(json_object_get(brief, "health_trend"));
		json_object_set_new(brief, "as_of", json_string(ctx.day));
		json_object_set_new(brief, "owner", a->owner ? json_string(a->owner) : json_null());
		json_object_set_new(brief, "sparkline", json_string(spark));
		json_object_set_new(brief, "contacts", contacts);
		json_object_set_new(brief, "signals", signals_json(a, since));
		json_object_set_new(brief, "open_commitments", commitments_json(&ctx, a));
		json_object_set_new(brief, "expansion_topics", an_expansion_topics_json(a, since));
		json_object_set_new(brief, "alerts", an_snoozed(&ctx, id) ? json_array() : alerts);
		if (an_snoozed(&ctx, id))
			json_decref(alerts);
		g_free(spark);
	} else {
		json_decref(brief);
		json_decref(contacts);
		brief = NULL;
	}
	an_account_free(a);
	an_ctx_clear(&ctx);
	return brief;
}
