/*
 * test_commitments.c - commitment_overdue (analyze_commitments.c): a
 * promise with a due date past grace raises one alert; a later delivery
 * of ours in another thread closes it; a promise without a date, one
 * that delivers itself, dates a validity, waits on the customer's word
 * or promises a call is never overdue.
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

/* overdue - the commitment_overdue alerts on 2026-06-20 for these
 * signals and, when given, one later message of ours in thread 2 */
static guint overdue_in(GPtrArray *signals, const char *later_text, const char *later_subject,
                        gboolean attachment, gint64 thread)
{
	mp_config *cfg = mp_config_new_defaults();
	an_ctx ctx = { .cfg = cfg, .day_start = DAY0 + 19 * AN_DAY };
	ctx.cutoff = ctx.day_start + AN_DAY;
	an_account a = { .signals = signals, .msgs = g_ptr_array_new_with_free_func(msg_free) };
	if (later_text) {
		an_msg *m = g_new0(an_msg, 1);
		m->date = DAY0 + 5 * AN_DAY;
		m->thread_id = thread;
		m->human = TRUE;
		m->attachment = attachment;
		m->text = g_strdup(later_text);
		m->subject = g_strdup(later_subject);
		g_ptr_array_add(a.msgs, m);
	}
	GPtrArray *out = g_ptr_array_new_with_free_func(an_alert_free);
	an_commitments(&ctx, &a, out);
	guint n = out->len;
	g_ptr_array_unref(out);
	g_ptr_array_unref(a.msgs);
	mp_config_free(cfg);
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
	};
	for (guint i = 0; i < G_N_ELEMENTS(texts); i++)
		if (one(texts[i], "2026-06-12", NULL, FALSE) != 0)
			fail_msg("\"%s\" raised commitment_overdue", texts[i]);
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

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_overdue),
		cmocka_unit_test(test_delivered_elsewhere),
		cmocka_unit_test(test_not_owed),
		cmocka_unit_test(test_one_per_promise),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
