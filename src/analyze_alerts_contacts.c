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
 *	contact_silent a contact who used to answer us (one reply of theirs to
 *	               a message of ours at least) has stopped: since
 *	               their last own message (or the return date their
 *	               out-of-office named, when later) we asked them
 *	               something (a human message of ours with them in To,
 *	               to at most NewStakeholderMaxRecipients customer
 *	               people, that asks: an_asks_something, a question in the
 *	               subject, or a reminder in the thread of an earlier
 *	               ask) twice or more and the
 *	               first ask has waited ContactSilentDays, or once, in
 *	               a conversation we opened (not our answer to them),
 *	               and it has waited twice that; never less than
 *	               ContactSilentFactor times their own median reply time
 *	               to us, nor than the account's usual gap between
 *	               substantive messages (a slow writer or a slow account
 *	               is not silent after two weeks).  An ask their
 *	               out-of-office answered within two days does not count
 *	               (they said they were away), nor does anything while
 *	               they are away until a stated date, nor what we asked
 *	               before a message of ours that says we spoke since.  Not for a contact
 *	               who left (contact_departed says it), nor on a day the
 *	               whole account raised quiet (one fact, told once): the
 *	               account answers, this person does not, and the AM
 *	               should ask the others whether they still own the
 *	               matter.  High for the champion or an executive.
 *	               Once per person.
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

/* contacts_bind - binds a statement's ?1 account, ?2 address, ?3 since
 * and ?4 the analysis cutoff: the questions this file asks the store */
static void contacts_bind(an_ctx *ctx, sqlite3_stmt *s, const an_account *a, const char *address,
                          gint64 since)
{
	sqlite3_bind_int64(s, 1, a->id);
	store_bind_text(s, 2, address);
	sqlite3_bind_int64(s, 3, since);
	sqlite3_bind_int64(s, 4, ctx->cutoff);
}

/* contacts_int - the first column of the first row of sql, bound by
 * contacts_bind(); 0 when no row or NULL */
static gint64 contacts_int(an_ctx *ctx, const char *sql, const an_account *a,
                           const char *address, gint64 since)
{
	sqlite3_stmt *s = store_stmt(ctx->st, sql, NULL);
	if (s == NULL)
		return 0;
	contacts_bind(ctx, s, a, address, since);
	gint64 v = sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 0;
	sqlite3_reset(s);
	return v;
}

/* contacts_msg - the loaded message with row id, or NULL */
static const an_msg *contacts_msg(const an_account *a, gint64 id)
{
	for (guint i = a->msgs->len; id && i-- > 0;)
		if (((const an_msg *)a->msgs->pdata[i])->id == id)
			return a->msgs->pdata[i];
	return NULL;
}

/* contacts_first_written - the first human message the address wrote to
 * us (one of us in To, not a forward) in [since, cutoff): its row id,
 * 0 if none */
static gint64 contacts_first_written(an_ctx *ctx, const an_account *a, const char *address,
                                     gint64 since)
{
	return contacts_int(ctx,
		"SELECT m.id FROM messages m WHERE m.account_id = ?1 AND m.from_address = ?2"
		"  AND m.direction = 'inbound' AND m.automated = 'none' AND m.forwarded = 0"
		"  AND m.date >= ?3 AND m.date < ?4 AND EXISTS (SELECT 1 FROM participants u"
		"   WHERE u.message_id = m.id AND u.role = 'to' AND u.internal = 1 AND u.robot = 0)"
		" ORDER BY m.date LIMIT 1", a, address, since);
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
		const an_msg *m = contacts_msg(a, contacts_first_written(ctx, a, c->address,
		                                                         c->first_seen));
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

/* contacts_away_until - the latest first day back named by an
 * out-of-office of the address dated after since; 0 none */
static gint64 contacts_away_until(an_ctx *ctx, const an_account *a, const char *address,
                                  gint64 since)
{
	return contacts_int(ctx,
		"SELECT max(ooo_return) FROM messages WHERE account_id = ?1 AND from_address = ?2"
		" AND automated = 'out_of_office' AND date > ?3 AND date < ?4", a, address, since);
}

/* contacts_is_ask - our message m asks something: its text (a question,
 * request wording), its subject ("Renewal conversation - could we
 * meet?"), or it follows up an earlier ask of the same thread ("Just
 * bumping this") */
static gboolean contacts_is_ask(const GPtrArray *asks, const an_msg *m)
{
	if (an_asks_something(m) || (m->subject && strchr(m->subject, '?')))
		return TRUE;
	for (guint i = 0; i < asks->len; i++)
		if (((const an_msg *)asks->pdata[i])->thread_id == m->thread_id)
			return TRUE;
	return FALSE;
}

/* contacts_asks - our human messages to address (in To) after since that
 * ask something and that no out-of-office of theirs answered within two
 * days, oldest first */
static GPtrArray *contacts_asks(an_ctx *ctx, const an_account *a, const char *address,
                                gint64 since)
{
	GPtrArray *asks = g_ptr_array_new();
	sqlite3_stmt *s = store_stmt(ctx->st,
		"SELECT m.id FROM messages m JOIN participants p ON p.message_id = m.id"
		" WHERE m.account_id = ?1 AND m.direction = 'outbound' AND m.automated = 'none'"
		"  AND p.address = ?2 AND p.role = 'to' AND m.date > ?3 AND m.date < ?4"
		"  AND (SELECT count(*) FROM participants r WHERE r.message_id = m.id"
		"   AND r.role IN ('to', 'cc') AND r.internal = 0) <= ?5"
		" ORDER BY m.date", NULL);
	if (s == NULL)
		return asks;
	contacts_bind(ctx, s, a, address, since);
	sqlite3_bind_int64(s, 5, ctx->cfg->new_stakeholder_max_recipients);
	while (sqlite3_step(s) == SQLITE_ROW) {
		const an_msg *m = contacts_msg(a, sqlite3_column_int64(s, 0));
		if (m == NULL || !m->human)
			continue;
		/* "Thanks for the call", "zoals besproken": we spoke since, and
		 * what we asked before was answered there (dev-4: a meeting
		 * held between two of our mails was read as silence) */
		if (an_call_took_place(m->text))
			g_ptr_array_set_size(asks, 0);
		if ((asks->len == 0 || ((const an_msg *)asks->pdata[asks->len - 1])->id != m->id) &&
		    contacts_is_ask(asks, m))
			g_ptr_array_add(asks, (gpointer)m);
	}
	sqlite3_reset(s);
	/* an out-of-office of theirs within two days answered the ask */
	for (guint i = asks->len; i-- > 0;) {
		const an_msg *ask = asks->pdata[i];
		for (guint j = 0; j < a->msgs->len; j++) {
			const an_msg *m = a->msgs->pdata[j];
			if (m->away && m->date >= ask->date && m->date - ask->date <= 2 * AN_DAY &&
			    g_strcmp0(m->from, address) == 0) {
				g_ptr_array_remove_index(asks, i);
				break;
			}
		}
	}
	return asks;
}

/* contacts_reply_days - median days the address took to answer a human
 * message of ours (their replies that name a parent); NAN none */
static double contacts_reply_days(const an_account *a, const char *address)
{
	GArray *v = g_array_new(FALSE, FALSE, sizeof(double));
	for (guint i = 0; i < a->msgs->len; i++) {
		const an_msg *m = a->msgs->pdata[i];
		if (m->inbound && m->human && m->parent_date && g_strcmp0(m->from, address) == 0) {
			double d = (double)(m->date - m->parent_date) / AN_DAY;
			g_array_append_val(v, d);
		}
	}
	double med = an_median(v);
	g_array_unref(v);
	return med;
}

GPtrArray *an_contact_silent(an_ctx *ctx, const an_account *a, const an_contact *c,
                             const an_msg **last_out, double *reply_out)
{
	const mp_config *cfg = ctx->cfg;
	if (c->departed)
		return NULL;
	const an_msg *last = NULL; /* their last own word, a personal note included */
	for (guint j = a->msgs->len; j-- > 0 && last == NULL;) {
		const an_msg *m = a->msgs->pdata[j];
		if (m->inbound && m->written && g_strcmp0(m->from, c->address) == 0)
			last = m;
	}
	if (last == NULL)
		return NULL;
	gint64 since = MAX(last->date, contacts_away_until(ctx, a, c->address, last->date));
	if (since >= ctx->cutoff)
		return NULL; /* away until a stated date still to come */
	GPtrArray *asks = contacts_asks(ctx, a, c->address, since);
	if (asks->len == 0) {
		g_ptr_array_unref(asks);
		return NULL;
	}
	const an_msg *first = asks->pdata[0];
	double gap = an_usual_gap_days(ctx, a);
	double reply = contacts_reply_days(a, c->address);
	if (isnan(reply)) { /* never answered one of ours: no habit broken */
		g_ptr_array_unref(asks);
		return NULL;
	}
	double wait = MAX(cfg->contact_silent_days, cfg->contact_silent_factor * reply);
	if (!isnan(gap))
		wait = MAX(wait, gap);
	/* One ask is enough only when it opened a conversation of ours
	 * and has waited twice as long: our answer to their message
	 * that ends "shall we meet on Tuesday?" or "entschuldigen Sie
	 * bitte" is courtesy, and its answer often comes by another
	 * route (dev-2, dev-3, dev-4: four false alerts of this shape) */
	double waited = (double)(ctx->cutoff - first->date) / AN_DAY;
	if (asks->len < 2 && first->parent_date != 0)
		waited = 0;
	if (waited < (asks->len >= 2 ? wait : 2 * wait)) {
		g_ptr_array_unref(asks);
		return NULL;
	}
	if (last_out)
		*last_out = last;
	if (reply_out)
		*reply_out = reply;
	return asks;
}

/* contacts_silent - contact_silent, see SUMMARY */
static void contacts_silent(an_ctx *ctx, an_account *a, GPtrArray *out)
{
	if (contacts_raised(out, "quiet", ""))
		return;
	for (guint i = 0; i < a->contacts->len; i++) {
		const an_contact *c = a->contacts->pdata[i];
		const an_msg *last = NULL;
		double reply = NAN;
		GPtrArray *asks = an_contact_silent(ctx, a, c, &last, &reply);
		if (asks == NULL)
			continue;
		const an_msg *first = asks->pdata[0], *latest = asks->pdata[asks->len - 1];
		an_alert *al = an_alert_new("contact_silent", c->address,
		                            c->champion || c->executive ? "high" : "medium", asks->len);
		char *who = an_person(c->name, c->address), *name = an_first_name(c->name, c->address);
		char *d = an_date(first->date), *dl = an_date(last->date);
		al->title = g_strdup_printf("%s has not answered %u message%s since %s (last wrote %s)",
		                            who, asks->len, asks->len == 1 ? "" : "s", d, dl);
		json_array_append_new(al->evidence, an_evidence(first->date, NULL, first->subject,
		                                                 first->message_id));
		if (latest != first)
			json_array_append_new(al->evidence, an_evidence(latest->date, NULL, latest->subject,
			                                                latest->message_id));
		if (!isnan(reply)) {
			char *fact = g_strdup_printf("%s usually answered us within %.0f day%s", who,
			                             MAX(1.0, ceil(reply)), ceil(reply) <= 1 ? "" : "s");
			json_array_append_new(al->evidence, an_evidence(last->date, who, fact, NULL));
			g_free(fact);
		}
		/* someone else of the account still writes: ask them */
		const an_contact *other = NULL;
		for (guint j = 0; j < a->contacts->len; j++) {
			const an_contact *o = a->contacts->pdata[j];
			if (o != c && !o->departed && o->last_human > last->date &&
			    (other == NULL || o->last_human > other->last_human))
				other = o;
		}
		if (other) {
			char *oname = an_first_name(other->name, other->address);
			al->next_step = g_strdup_printf("Ask %s whether %s still owns \"%s\", or call %s.",
			                                oname, name, first->subject ? first->subject
			                                : "this", name);
			g_free(oname);
		} else {
			al->next_step = g_strdup_printf("Call %s rather than write again: %u message%s "
			                                "unanswered since %s.", name, asks->len,
			                                asks->len == 1 ? "" : "s", d);
		}
		g_free(who);
		g_free(name);
		g_free(d);
		g_free(dl);
		g_ptr_array_unref(asks);
		g_ptr_array_add(out, al);
	}
}

void an_alerts_contacts(an_ctx *ctx, an_account *a, GPtrArray *out)
{
	contacts_new(ctx, a, out);
	contacts_titles(ctx, a, out);
	contacts_departed(ctx, a, out);
	contacts_silent(ctx, a, out);
}
