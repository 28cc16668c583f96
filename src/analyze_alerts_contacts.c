/*
 * analyze_alerts_contacts.c - the information alerts about the customer's
 * people: new_contacts, title_change and contact_departed.
 *
 * SUMMARY
 *	an_alerts_contacts() adds to the day's alerts (after
 *	new_stakeholder_unanswered has run):
 *	new_contacts   a customer person first seen within AlertEventDays,
 *	               not among the people the account starts with (its
 *	               first NewContactsAfterDays: in the first weeks of a
 *	               backfill everyone is new, and on dev-2 the people first
 *	               seen in its second month were not news), who wrote to us themselves (one of us
 *	               in the To of their own human message, not a forward):
 *	               the AM wants to know who joined the conversation.  Not
 *	               for people only copied, and not when the same person
 *	               raised new_stakeholder_unanswered today, or whose
 *	               first message another alert of the day quotes (those
 *	               say more, and one fact is told once).  Once per person: the ledger keys it by
 *	               address.
 *	title_change   a title_change contact event (store_signals.c: the
 *	               signature shows a new title after another one) within
 *	               AlertEventDays; keyed by address and new title.
 *	contact_departed  a contact who is neither the champion nor an
 *	               executive (those are champion_departed's, high)
 *	               departed within AlertEventDays (a departure auto-reply,
 *	               or a mailbox-gone bounce after they wrote to us): the
 *	               AM must stop writing to them and find who took over;
 *	               once per person, medium.
 *	The first two are low severity: news, not risk.
 */
#include <string.h>
#include "analyze_internal.h"

/* contacts_raised - out holds an alert of kind about subject */
static gboolean contacts_raised(GPtrArray *out, const char *kind, const char *subject)
{
	for (guint i = 0; i < out->len; i++) {
		const an_alert *al = out->pdata[i];
		if (strcmp(al->kind, kind) == 0 && g_strcmp0(al->subject, subject) == 0)
			return TRUE;
	}
	return FALSE;
}

/* contacts_quoted - an alert of out quotes the message */
static gboolean contacts_quoted(GPtrArray *out, const char *message_id)
{
	for (guint i = 0; i < out->len; i++) {
		const an_alert *al = out->pdata[i];
		for (size_t j = 0; j < json_array_size(al->evidence); j++) {
			const char *id = json_string_value(json_object_get(json_array_get(al->evidence, j),
			                                                   "message_id"));
			if (id && g_strcmp0(id, message_id) == 0)
				return TRUE;
		}
	}
	return FALSE;
}

/* contacts_first_written - the first human message the address wrote to
 * us (one of us in To, not a forward) in [since, cutoff): its row id,
 * 0 if none */
static gint64 contacts_first_written(an_ctx *ctx, const an_account *a, const char *address,
                                     gint64 since)
{
	sqlite3_stmt *s = store_stmt(ctx->st,
		"SELECT m.id FROM messages m WHERE m.account_id = ?1 AND m.from_address = ?2"
		"  AND m.direction = 'inbound' AND m.automated = 'none' AND m.forwarded = 0"
		"  AND m.date >= ?3 AND m.date < ?4 AND EXISTS (SELECT 1 FROM participants u"
		"   WHERE u.message_id = m.id AND u.role = 'to' AND u.internal = 1 AND u.robot = 0)"
		" ORDER BY m.date LIMIT 1", NULL);
	if (s == NULL)
		return 0;
	sqlite3_bind_int64(s, 1, a->id);
	store_bind_text(s, 2, address);
	sqlite3_bind_int64(s, 3, since);
	sqlite3_bind_int64(s, 4, ctx->cutoff);
	gint64 id = sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 0;
	sqlite3_reset(s);
	return id;
}

/* contacts_new - new_contacts, one per new person who wrote to us */
static void contacts_new(an_ctx *ctx, an_account *a, GPtrArray *out)
{
	gint64 since = ctx->cutoff - (gint64)ctx->cfg->alert_event_days * AN_DAY, start = 0;
	for (guint i = 0; i < a->contacts->len; i++) {
		const an_contact *c = a->contacts->pdata[i];
		if (c->first_seen < since || c->first_seen >= ctx->cutoff || c->departed)
			continue;
		if (start == 0)
			start = an_account_start(ctx, a);
		if (c->first_seen < start + (gint64)ctx->cfg->new_contacts_after_days * AN_DAY ||
		    contacts_raised(out, "new_stakeholder_unanswered", c->address))
			continue;
		gint64 id = contacts_first_written(ctx, a, c->address, c->first_seen);
		const an_msg *m = NULL;
		for (guint j = 0; id && j < a->msgs->len && m == NULL; j++)
			if (((const an_msg *)a->msgs->pdata[j])->id == id)
				m = a->msgs->pdata[j];
		if (m == NULL || contacts_quoted(out, m->message_id))
			continue;
		an_alert *al = an_alert_new("new_contacts", c->address, "low", 1);
		char *who = an_person(c->name, c->address);
		al->title = c->title ? g_strdup_printf("New contact %s (%s) wrote to us", who, c->title)
		                     : g_strdup_printf("New contact %s wrote to us", who);
		json_array_append_new(al->evidence, an_evidence(m->date, who, m->subject, m->message_id));
		al->next_step = g_strdup_printf("Add %s to the account plan and find out what they own.",
		                                who);
		g_free(who);
		g_ptr_array_add(out, al);
	}
}

/* contacts_titles - title_change, one per contact and new title */
static void contacts_titles(an_ctx *ctx, an_account *a, GPtrArray *out)
{
	sqlite3_stmt *s = store_stmt(ctx->st,
		"SELECT e.date, e.detail, c.address, c.name, m.message_id FROM contact_events e"
		" JOIN contacts c ON c.id = e.contact_id JOIN messages m ON m.id = e.message_id"
		" WHERE e.account_id = ?1 AND e.kind = 'title_change' AND e.date >= ?2 AND e.date < ?3"
		" ORDER BY e.date", NULL);
	if (s == NULL)
		return;
	sqlite3_bind_int64(s, 1, a->id);
	sqlite3_bind_int64(s, 2, ctx->cutoff - (gint64)ctx->cfg->alert_event_days * AN_DAY);
	sqlite3_bind_int64(s, 3, ctx->cutoff);
	while (sqlite3_step(s) == SQLITE_ROW) {
		const char *detail = store_col_text(s, 1), *address = store_col_text(s, 2);
		if (detail == NULL || address == NULL)
			continue;
		char *subject = g_strdup_printf("%s %s", address, detail);
		if (contacts_raised(out, "title_change", subject)) {
			g_free(subject);
			continue;
		}
		an_alert *al = an_alert_new("title_change", subject, "low", 1);
		g_free(subject);
		char *who = an_person(store_col_text(s, 3), address);
		al->title = g_strdup_printf("%s has a new title: %s", who, detail);
		json_array_append_new(al->evidence, an_evidence(sqlite3_column_int64(s, 0), who,
		                      detail, store_col_text(s, 4)));
		al->next_step = g_strdup_printf("Congratulate %s and ask what the new role changes "
		                                "in what they need from us.", who);
		g_free(who);
		g_ptr_array_add(out, al);
	}
	sqlite3_reset(s);
}

/* contacts_departed - contact_departed, one per person who left */
static void contacts_departed(an_ctx *ctx, an_account *a, GPtrArray *out)
{
	gint64 since = ctx->cutoff - (gint64)ctx->cfg->alert_event_days * AN_DAY;
	for (guint i = 0; i < a->contacts->len; i++) {
		const an_contact *c = a->contacts->pdata[i];
		if (c->departed < since || c->departed == 0 || c->champion || c->executive)
			continue;
		an_alert *al = an_alert_new("contact_departed", c->address, "medium", 1);
		char *who = an_person(c->name, c->address);
		al->title = c->replacement
			? g_strdup_printf("%s left; %s takes over", who, c->replacement)
			: g_strdup_printf("%s left", who);
		json_array_append_new(al->evidence, an_evidence(c->departed_first, who,
		                      c->departure_text ? c->departure_text : "departure",
		                      c->departure_msgid));
		al->next_step = c->replacement
			? g_strdup_printf("Stop writing to %s; introduce yourself to %s.", who, c->replacement)
			: g_strdup_printf("Stop writing to %s; ask your other contacts who took over.", who);
		g_free(who);
		g_ptr_array_add(out, al);
	}
}

void an_alerts_contacts(an_ctx *ctx, an_account *a, GPtrArray *out)
{
	contacts_new(ctx, a, out);
	contacts_titles(ctx, a, out);
	contacts_departed(ctx, a, out);
}
