/*
 * test_commitments.c - commitment_overdue (analyze_commitments.c): a
 * promise with a due date past grace raises one alert; a later delivery
 * of ours in another thread closes it; a promise without a date, one
 * that delivers itself, dates a validity, waits on the customer's word,
 * only proposes or promises a call is never overdue; an attachment in a
 * thread running before the promise delivers nothing.
 */
#include "unit.h"
#include "config.h"
#include "../../src/analyze_internal.h"

#define DAY0 G_GINT64_CONSTANT(1780272000) /* 2026-06-01 00:00 UTC, a Monday */

static an_signal *promise(const char *text, const char *due, const char *msgid)
{
	an_signal *g = g_new0(an_signal, 1);
	g->date = DAY0 + 9 * 3600;
	g->thread_id = 1;
	g->category = g_strdup("commitment");
	g->rule = g_strdup("commitment-first-person");
	g->evidence = g_strdup(text);
	g->due_date = due ? g_strdup(due) : NULL;
	g->contact = g_strdup("ann@customer.example");
	g->message_id = g_strdup(msgid);
	return g;
}

static void signal_free(gpointer p)
{
	an_signal *g = p;
	g_free(g->category); g_free(g->rule); g_free(g->evidence); g_free(g->due_date);
	g_free(g->contact); g_free(g->message_id); g_free(g);
}

static void msg_free(gpointer p)
{
	an_msg *m = p;
	g_free(m->text); g_free(m->subject); g_free(m);
}

/* count_kind - the alerts of one kind */
static guint count_kind(GPtrArray *alerts, const char *kind)
{
	guint n = 0;
	for (guint i = 0; i < alerts->len; i++)
		n += strcmp(((an_alert *)alerts->pdata[i])->kind, kind) == 0;
	return n;
}

/* later - a human message of ours at day 5 (the caller sets more) */
static an_msg *later(const char *text, const char *subject, gint64 thread)
{
	an_msg *m = g_new0(an_msg, 1);
	m->date = DAY0 + 5 * AN_DAY;
	m->thread_id = thread;
	m->human = TRUE;
	m->text = g_strdup(text);
	m->subject = g_strdup(subject);
	return m;
}

/* alerts_on - the commitment alerts on June `day` (1-based) for these
 * signals and, when given, one other message (taken) */
static GPtrArray *alerts_on(GPtrArray *signals, an_msg *m, int day)
{
	mp_config *cfg = mp_config_new_defaults();
	an_ctx ctx = { .cfg = cfg, .day_start = DAY0 + (day - 1) * AN_DAY };
	ctx.cutoff = ctx.day_start + AN_DAY;
	an_account a = { .signals = signals, .msgs = g_ptr_array_new_with_free_func(msg_free) };
	if (m)
		g_ptr_array_add(a.msgs, m);
	GPtrArray *out = g_ptr_array_new_with_free_func(an_alert_free);
	an_commitments(&ctx, &a, out);
	g_ptr_array_unref(a.msgs);
	mp_config_free(cfg);
	return out;
}

/* overdue - the commitment_overdue alerts on 2026-06-20 for these
 * signals and, when given, one later message of ours in thread 2 */
static guint overdue_in(GPtrArray *signals, const char *later_text, const char *later_subject,
                        gboolean attachment, gint64 thread)
{
	an_msg *m = later_text ? later(later_text, later_subject, thread) : NULL;
	if (m)
		m->attachment = attachment;
	GPtrArray *out = alerts_on(signals, m, 20);
	guint n = count_kind(out, "commitment_overdue");
	g_ptr_array_unref(out);
	return n;
}

/* overdue - overdue_in() with the later message in another thread (2) */
static guint overdue(GPtrArray *signals, const char *later_text, const char *later_subject,
                     gboolean attachment)
{
	return overdue_in(signals, later_text, later_subject, attachment, 2);
}

static guint one(const char *text, const char *due, const char *later, gboolean attachment)
{
	GPtrArray *s = g_ptr_array_new_with_free_func(signal_free);
	g_ptr_array_add(s, promise(text, due, "<p1@us.example>"));
	guint n = overdue(s, later, NULL, attachment);
	g_ptr_array_unref(s);
	return n;
}

static void test_overdue(void **state)
{
	(void)state;
	assert_int_equal(one("I'll send the plan by 12 June.", "2026-06-12", NULL, FALSE), 1);
	/* a promise without a date is never overdue */
	assert_int_equal(one("I'll send the plan.", NULL, NULL, FALSE), 0);
	/* not due yet (grace) */
	assert_int_equal(one("I'll send the plan by 19 June.", "2026-06-19", NULL, FALSE), 0);
}

static void test_delivered_elsewhere(void **state)
{
	(void)state;
	const char *p = "Den Bericht schicken wir Ihnen bis zum 12. Juni.";
	assert_int_equal(one(p, "2026-06-12", "anbei der Bericht zur Ursachenanalyse.", FALSE), 0);
	assert_int_equal(one(p, "2026-06-12", "Zoals beloofd, het plan.", FALSE), 0);
	assert_int_equal(one(p, "2026-06-12", "Release notes.", TRUE), 0);
	/* a fix now out where the customer sees it delivers a fix promised */
	assert_int_equal(one("Bis Freitag, 12. Juni, liefern wir einen Hotfix.", "2026-06-12",
	                     "der Hotfix 4.12.1 ist seit 17:30 Uhr in Ihrem Mandanten aktiv und "
	                     "ausgerollt.", FALSE), 0);
	assert_int_equal(one("We'll have the fix by 12 June.", "2026-06-12",
	                     "The fix is now live in your tenant.", FALSE), 0);
	/* ... or says so in its subject */
	GPtrArray *sg = g_ptr_array_new_with_free_func(signal_free);
	g_ptr_array_add(sg, promise("Bis 12. Juni liefern wir einen Hotfix.", "2026-06-12",
	                            "<p1@us.example>"));
	assert_int_equal(overdue(sg, "Der Workaround kann zurückgenommen werden.",
	                         "Hotfix 4.12.1 ausgerollt", FALSE), 0);
	assert_int_equal(overdue(sg, "Der Workaround kann zurückgenommen werden.",
	                         "Workaround", FALSE), 1);
	g_ptr_array_unref(sg);
	/* "sorry, soon" delivers nothing */
	assert_int_equal(one(p, "2026-06-12", "Sorry, I'll send it as soon as I can.", FALSE), 1);
	/* ... in another thread; in the promise's own thread we wrote again */
	GPtrArray *st = g_ptr_array_new_with_free_func(signal_free);
	g_ptr_array_add(st, promise(p, "2026-06-12", "<p1@us.example>"));
	assert_int_equal(overdue_in(st, "Sorry, it slips to Monday: the data came late.", NULL,
	                            FALSE, 1), 0);
	g_ptr_array_unref(st);
	/* a colleague's mail names the delivery in its subject or hands the
	 * thing itself over "as discussed" */
	GPtrArray *sc = g_ptr_array_new_with_free_func(signal_free);
	g_ptr_array_add(sc, promise(p, "2026-06-12", "<p1@us.example>"));
	assert_int_equal(overdue(sc, "Vous le trouverez dans le menu Rapports.",
	                         "Rapport mensuel – livré", FALSE), 0);
	assert_int_equal(overdue(sc, "Repuestos: ya van.", "Repuestos despachados", FALSE), 0);
	assert_int_equal(overdue(sc, "wie besprochen das überarbeitete Konzept: drei Phasen.",
	                         "Konzept", FALSE), 0);
	/* a fix out delivers a fix promised, not the report promised beside it */
	GPtrArray *sr = g_ptr_array_new_with_free_func(signal_free);
	g_ptr_array_add(sr, promise("Vous recevrez le compte rendu d'incident au plus tard le 12 juin.",
	                            "2026-06-12", "<p2@us.example>"));
	assert_int_equal(overdue(sr, "Nouvelle chaîne de certificats en place.",
	                         "Correctif déployé", FALSE), 1);
	assert_int_equal(overdue(sr, "Vous trouverez ci-joint le compte rendu.", "Compte rendu",
	                         FALSE), 0);
	g_ptr_array_unref(sr);
	/* an attachment in a thread that was running before the promise (the
	 * revised offer of the renewal thread) answers that thread, not the
	 * promise; the same attachment in a thread begun after it delivers */
	for (int begun_after = 0; begun_after <= 1; begun_after++) {
		mp_config *cfg = mp_config_new_defaults();
		an_ctx ctx = { .cfg = cfg, .day_start = DAY0 + 19 * AN_DAY };
		ctx.cutoff = ctx.day_start + AN_DAY;
		an_account a = { .signals = sc, .msgs = g_ptr_array_new_with_free_func(msg_free) };
		an_msg *opened = later("Anbei unser Angebot zur Verlängerung.", "Verlängerung", 3);
		opened->date = begun_after ? DAY0 + 3 * AN_DAY : DAY0 - 3 * AN_DAY;
		an_msg *offer = later("Das überarbeitete Angebot liegt bei.", "AW: Verlängerung", 3);
		offer->attachment = TRUE;
		g_ptr_array_add(a.msgs, opened);
		g_ptr_array_add(a.msgs, offer);
		GPtrArray *out = g_ptr_array_new_with_free_func(an_alert_free);
		an_commitments(&ctx, &a, out);
		if (count_kind(out, "commitment_overdue") != (guint)!begun_after)
			fail_msg("thread begun %s the promise: %u overdue", begun_after ? "after" : "before",
			         count_kind(out, "commitment_overdue"));
		g_ptr_array_unref(out);
		g_ptr_array_unref(a.msgs);
		mp_config_free(cfg);
	}
	/* where the customer finds it, or a subject that says it is ready */
	assert_int_equal(overdue(sc, "Corrected statements for all 41 brokers are in your portal.",
	                         "Corrected statements", FALSE), 0);
	assert_int_equal(overdue(sc, "The cat-exposure tab is on the last sheet.",
	                         "Reporting pack ready", FALSE), 0);
	/* a meeting invitation carries a calendar, not the thing */
	assert_int_equal(overdue(sc, "Jour fixe Schnittstelle, Teams",
	                         "Einladung: Jour fixe Schnittstelle @ Mi 19.08.2026", TRUE), 1);
	/* "as agreed, we will" is a promise again, not the thing */
	assert_int_equal(overdue(sc, "Como acordamos, les enviaremos el plan pronto.", "Plan",
	                         FALSE), 1);
	g_ptr_array_unref(sc);
}

/* customer - commitment_overdue alerts on June 20 for a promise of June
 * 1 (text) when the customer writes `reply` on day 5, answering
 * parent_day (0: nothing) */
static guint customer(const char *promise_text, const char *reply, int parent_day)
{
	GPtrArray *s = g_ptr_array_new_with_free_func(signal_free);
	g_ptr_array_add(s, promise(promise_text, "2026-06-12", "<p1@us.example>"));
	an_msg *m = later(reply, NULL, 3);
	m->parent_date = parent_day ? DAY0 + (parent_day - 1) * AN_DAY + 9 * 3600 : 0;
	m->inbound = TRUE;
	GPtrArray *out = alerts_on(s, m, 20);
	guint n = count_kind(out, "commitment_overdue");
	g_ptr_array_unref(out);
	g_ptr_array_unref(s);
	return n;
}

/* received - customer() for a promised shipment, answering one of our
 * messages of day 4 */
static guint received(const char *text)
{
	return customer("I'll ship the spare scanners by 12 June.", text, 4);
}

/* a signed offer came, even in answer to the promise itself; a promised
 * fix the customer says works (a sentence that ends on the verb), even
 * in a message of their own; "Friday works for us" agrees to a date */
static void test_customer_confirms(void **state)
{
	(void)state;
	const char *offer = "Je vous envoie l'offre pour six accès d'ici vendredi 12 juin.";
	assert_int_equal(customer(offer, "Madame Pell, offre signée, merci.", 1), 0);
	assert_int_equal(customer(offer, "Merci, j'attends l'offre.", 1), 1);
	const char *fix = "The stripping-time warning will be in release 5.4 by 12 June.";
	assert_int_equal(customer(fix, "5.4 is on, the stripping-time warning works.", 0), 0);
	assert_int_equal(customer(fix, "Friday works for us.", 0), 1);
	assert_int_equal(customer(fix, "The warning still doesn't work.", 0), 1);
	/* works says nothing of an offer */
	assert_int_equal(customer(offer, "Le nouvel export fonctionne.", 0), 1);
}

/* a promise to let the customer know is kept by any later word of ours,
 * a colleague's under a subject of its own too */
static void test_answer_kept(void **state)
{
	(void)state;
	assert_int_equal(one("Ik leg het voor aan ons productteam en je hoort vóór 12 juni of het "
	                     "in de volgende release komt.", "2026-06-12",
	                     "Good news: the field will be in release 5.4.", FALSE), 0);
	/* a report promised wants the report */
	assert_int_equal(one("I'll send the report by 12 June.", "2026-06-12",
	                     "Good news: the field will be in release 5.4.", FALSE), 1);
}

/* the customer confirms receipt of what a colleague or a parcel brought */
static void test_received(void **state)
{
	(void)state;
	assert_int_equal(received("Got it, thanks - all six are working."), 0);
	assert_int_equal(received("Bien reçu, merci."), 0);
	assert_int_equal(received("Llegaron ayer, gracias."), 0);
	assert_int_equal(received("Die Geräte haben wir erhalten."), 0);
	/* ... never when they say it did not come */
	assert_int_equal(received("We have not received the scanners yet."), 1);
	assert_int_equal(received("Wir haben noch nichts erhalten."), 1);
	assert_int_equal(received("Thanks for the update."), 1);
}

static void test_not_owed(void **state)
{
	(void)state;
	static const char *const texts[] = {
		"anbei das Angebot für sechs Lizenzen ab 1. Juni.",
		"Beide Angebote gelten bis 12. Juni.",
		"You can add a rate card with an effective date of 12 June.",
		"für den Go-Live bräuchten wir die Bestellung bis 12. Juni.",
		"If you'd rather we do it, just say and we'll run it on 12 June.",
		"I'll call next week to talk through options.",
		"Ik bel je vrijdag 12 juni.",
		"I'll reach out to Eoin this week.",
		/* a proposal: the customer says yes or picks */
		"Kevin, bienvenue : je vous propose un appel de prise de contact la semaine prochaine.",
		"I suggest we go through the figures together next week.",
		"Ich schlage vor, dass wir uns am 12. Juni zusammensetzen.",
	};
	for (guint i = 0; i < G_N_ELEMENTS(texts); i++)
		if (one(texts[i], "2026-06-12", NULL, FALSE) != 0)
			fail_msg("\"%s\" raised commitment_overdue", texts[i]);
	/* a promise joined to a proposal is still one */
	assert_int_equal(one("Je vous propose un rendez-vous mardi 9 juin et vous aurez notre "
	                     "nouvelle grille tarifaire avant le 12 juin.", "2026-06-12", NULL, FALSE), 1);
}

static void test_one_per_promise(void **state)
{
	(void)state;
	GPtrArray *s = g_ptr_array_new_with_free_func(signal_free);
	g_ptr_array_add(s, promise("We'll have the fix by 12 June.", "2026-06-12", "<p1@us.example>"));
	g_ptr_array_add(s, promise("We'll have the fix by 12 June.", "2026-06-12", "<p1@us.example>"));
	g_ptr_array_add(s, promise("Priya will send the plan by 15 June.", "2026-06-15",
	                           "<p2@us.example>"));
	assert_int_equal(overdue(s, NULL, NULL, FALSE), 2);
	g_ptr_array_unref(s);
}

/* open_on - the commitment alert of one promise made on 2026-06-01, due
 * 2026-06-12 (a Friday), on day `day` of June: "kind/severity", or "" */
static char *open_on(int day, const char *text_later)
{
	GPtrArray *s = g_ptr_array_new_with_free_func(signal_free);
	g_ptr_array_add(s, promise("I'll send the plan by 12 June.", "2026-06-12",
	                           "<p1@us.example>"));
	an_msg *m = text_later ? later(text_later, NULL, 2) : NULL;
	if (m)
		m->date = DAY0 + 2 * AN_DAY;
	GPtrArray *out = alerts_on(s, m, day);
	char *got = out->len == 1 ? g_strdup_printf("%s/%s", ((an_alert *)out->pdata[0])->kind,
	                                             ((an_alert *)out->pdata[0])->severity)
	                          : g_strdup_printf("%u alerts", out->len);
	g_ptr_array_unref(out);
	g_ptr_array_unref(s);
	return got;
}

/* a dated promise is on the books from the day it is made: low, medium in
 * its last two weekdays, overdue after the grace day, never both; a
 * delivery closes it */
static void test_open(void **state)
{
	(void)state;
	static const struct { int day; const char *want; } rows[] = {
		{ 1, "commitment_open/low" },      /* made today */
		{ 9, "commitment_open/low" },      /* Tuesday: three weekdays left */
		{ 10, "commitment_open/medium" },  /* Wednesday: Thursday and Friday left */
		{ 12, "commitment_open/medium" },  /* the due day */
		{ 13, "commitment_open/medium" },  /* grace */
		{ 14, "commitment_overdue/medium" },
	};
	for (guint i = 0; i < G_N_ELEMENTS(rows); i++) {
		char *got = open_on(rows[i].day, NULL);
		if (strcmp(got, rows[i].want) != 0)
			fail_msg("June %d: got %s, want %s", rows[i].day, got, rows[i].want);
		g_free(got);
	}
	char *got = open_on(9, "Here is the plan.");
	assert_string_equal(got, "0 alerts");
	g_free(got);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_overdue),
		cmocka_unit_test(test_delivered_elsewhere),
		cmocka_unit_test(test_not_owed),
		cmocka_unit_test(test_one_per_promise),
		cmocka_unit_test(test_received),
		cmocka_unit_test(test_customer_confirms),
		cmocka_unit_test(test_answer_kept),
		cmocka_unit_test(test_open),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
