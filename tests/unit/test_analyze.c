/*
 * test_analyze.c - analysis helpers: sparkline, day, words, analysis keys,
 * quoted replies of ours and calls arranged (analyze_answered.c), what a
 * customer message waits for (the unanswered alert's tests).
 *
 * The scenarios (health, alerts, ledger, brief) are tested end to end on a
 * simulated timeline by tests/analyze/T010-scenarios.sh.
 */
#include <math.h>
#include "unit.h"
#include "analyze.h"
#include "status.h"
#include "../../src/analyze_internal.h"

guint an_words(const char *text); /* src/analyze_load.c, internal */
double an_km_median(GArray *obs, guint *events); /* src/analyze_health.c, internal */
/* src/analyze_answered.c, internal */
gboolean an_quote_from_us(const char *text, const GPtrArray *domains, GPtrArray *names);
gboolean an_answered_by_call(const char *text);
double an_weekday_hours(gint64 t0, gint64 t1); /* src/analyze_health.c, internal */
double an_business_hours(gint64 t0, gint64 t1, int offset); /* the same */
char *an_first_name(const char *name, const char *address); /* analyze_alerts.c, internal */

typedef struct {
	double hours;
	gboolean censored;
} km_obs;

/* km - the Kaplan-Meier median of n (hours, censored) pairs */
static double km(guint n, const km_obs *o, guint *events)
{
	GArray *v = g_array_new(FALSE, FALSE, sizeof(km_obs));
	g_array_append_vals(v, o, n);
	double m = an_km_median(v, events);
	g_array_unref(v);
	return m;
}

/* The median reply time with waits still running: a wait is "at least",
 * never a reply time, and while most are waiting it is the longest. */
static void test_km_median(void **state)
{
	guint ev = 99;
	assert_true(isnan(km(0, NULL, &ev)));
	assert_int_equal(ev, 0);
	/* no waits: the ordinary median (lower of the two middle ones) */
	const km_obs plain[] = { { 30, FALSE }, { 10, FALSE }, { 20, FALSE } };
	assert_true(km(3, plain, &ev) == 20);
	assert_int_equal(ev, 3);
	/* a short wait drops out of the risk set: 10 h, wait 12 h, 20 h,
	 * 40 h: S(10) = 3/4, S(20) = 3/4 x 1/2 = 3/8 -> 20 */
	const km_obs early[] = { { 10, FALSE }, { 12, TRUE }, { 20, FALSE }, { 40, FALSE } };
	assert_true(km(4, early, &ev) == 20);
	assert_int_equal(ev, 3);
	/* a customer gone dark: one old reply, three long waits */
	const km_obs dark[] = { { 5, FALSE }, { 300, TRUE }, { 500, TRUE }, { 200, TRUE } };
	assert_true(km(4, dark, &ev) == 500);
	assert_int_equal(ev, 1);
	/* at a tie the reply counts before the wait */
	const km_obs tie[] = { { 8, TRUE }, { 8, FALSE } };
	assert_true(km(2, tie, NULL) == 8);
}

/* Reply times in weekday hours: the weekend is nobody's delay */
static void test_weekday_hours(void **state)
{
	const gint64 h = 3600, fri = 1798761600; /* 2027-01-01, a Friday */
	assert_true(an_weekday_hours(fri + 9 * h, fri + 13 * h) == 4);
	/* Friday 09:00 to Monday 09:00: 15 h of Friday, 9 h of Monday */
	assert_true(an_weekday_hours(fri + 9 * h, fri + 3 * 86400 + 9 * h) == 24);
	/* Saturday to Sunday: nothing */
	assert_true(an_weekday_hours(fri + 86400 + h, fri + 2 * 86400 + 20 * h) == 0);
	/* three weeks from a Friday: fifteen weekdays */
	assert_true(an_weekday_hours(fri, fri + 21 * 86400) == 15 * 24);
	/* backwards or empty */
	assert_true(an_weekday_hours(fri + h, fri) == 0);
	/* before 1970 (negative times) the weekday is still right: 1969-12-26 was a Friday */
	const gint64 old = -6 * 86400;
	assert_true(an_weekday_hours(old, old + 3 * 86400) == 24);
}

/* Business hours on the customer's clock */
static void test_business_hours(void **state)
{
	const gint64 h = 3600, mon = 1798761600 + 3 * 86400; /* 2027-01-04, a Monday, 00:00 UTC */
	assert_true(an_business_hours(mon + 9 * h, mon + 17 * h, 0) == 8);
	/* Sydney (UTC+10): asked Monday 09:00 there (Sunday 23:00 UTC), now
	 * Tuesday 17:00 there: two business days there, one in UTC */
	const int syd = 10 * 3600;
	assert_true(an_business_hours(mon - h, mon + 31 * h, syd) == 16);
	assert_true(an_business_hours(mon - h, mon + 31 * h, 0) == 8);
	/* Santiago (UTC-3): asked Friday 16:00 there (19:00 UTC), Monday 10:00
	 * there: one hour on Friday and one on Monday; in UTC none on Friday */
	const int scl = -3 * 3600, fri = (int)(4 * 86400);
	assert_true(an_business_hours(mon + fri + 19 * h, mon + 7 * 86400 + 13 * h, scl) == 2);
	assert_true(an_business_hours(mon + fri + 19 * h, mon + 7 * 86400 + 13 * h, 0) == 4);
	/* backwards or empty */
	assert_true(an_business_hours(mon + h, mon, syd) == 0);
}

static void test_sparkline(void **state)
{
	json_t *v = json_pack("[i, i, i, n, i]", 0, 50, 100, 99);
	char *s = mp_analyze_sparkline(v);
	assert_string_equal(s, "▁▄█ █");
	g_free(s);
	json_decref(v);
	v = json_array();
	s = mp_analyze_sparkline(v);
	assert_string_equal(s, "");
	g_free(s);
	json_decref(v);
}

static void test_day(void **state)
{
	char *d = mp_analyze_day(86400 + 3600);
	assert_string_equal(d, "1970-01-02");
	g_free(d);
	d = mp_analyze_day(0); /* today */
	assert_int_equal(strlen(d), 10);
	g_free(d);
}

static const struct {
	const char *text;
	guint want;
} word_rows[] = {
	{ "Thanks!", 1 }, { "Will check.", 2 }, { "  a  b\tc\nd ", 4 }, { "-- ... !!", 0 },
	{ "Grüße aus Köln", 3 }, { "", 0 }, { NULL, 0 }, { "$400K saved", 2 },
};

static void test_words(void **state)
{
	for (guint i = 0; i < G_N_ELEMENTS(word_rows); i++)
		if (an_words(word_rows[i].text) != word_rows[i].want)
			fail_msg("row %u \"%s\": got %u, want %u", i, word_rows[i].text,
			         an_words(word_rows[i].text), word_rows[i].want);
}

static void test_keys(void **state)
{
	mp_config *cfg = mp_config_new_defaults();
	assert_int_equal(cfg->health_window_days, 21);
	assert_true(cfg->health_drop_enterprise == 10 && cfg->health_drop_mid == 15 &&
	            cfg->health_drop_smb == 20);
	assert_true(cfg->disc_profiles);
	assert_true(cfg->disc_min_words == 600 && cfg->disc_confident_words == 1200);
	mp_config_free(cfg);
	GError *error = NULL;
	cfg = mp_config_parse_text("a.conf", "WeightBreadth 12.5\nQuietDays 45\nDiscProfiles no\n", &error);
	assert_non_null(cfg);
	assert_true(cfg->weight_breadth == 12.5);
	assert_int_equal(cfg->quiet_days, 45);
	assert_false(cfg->disc_profiles);
	mp_config_free(cfg);
	static const char *const bad[] = { "HealthDropMid -1\n", "WeightRecency lots\n",
	                                   "QuietDays 0\n", "BaselineDays 4000\n" };
	for (guint i = 0; i < G_N_ELEMENTS(bad); i++) {
		cfg = mp_config_parse_text("b.conf", bad[i], &error);
		assert_null(cfg);
		assert_true(g_error_matches(error, MP_ERROR, MP_ERR_CONFIG));
		assert_non_null(strstr(error->message, "b.conf:1: "));
		g_clear_error(&error);
	}
}

/* name_words - "Joe Parks" as the word list an_quote_from_us matches */
static GPtrArray *name_words(const char *a, const char *b)
{
	GPtrArray *w = g_ptr_array_new_with_free_func(g_free);
	g_ptr_array_add(w, g_strdup(a));
	g_ptr_array_add(w, g_strdup(b));
	return w;
}

/* test_quote_from_us - the first quoted header block names one of us by
 * address, Notes domain or name; a customer's or a forward's does not */
static void test_quote_from_us(void **state)
{
	GPtrArray *domains = g_ptr_array_new();
	g_ptr_array_add(domains, "enron.com");
	GPtrArray *names = g_ptr_array_new_with_free_func((GDestroyNotify)g_ptr_array_unref);
	g_ptr_array_add(names, name_words("joe", "parks"));
	static const char *const ours[] = {
		"Thanks, will do.\n\n -----Original Message-----\nFrom: \tParks, Joe  \n"
		"Sent:\tWednesday, February 27, 2002 12:02 PM\nTo:\tProctor, Shemin\n",
		"ok\n\n\"Parks, Joe\" <Joe.Parks@ENRON.com> on 02/27/2002 12:02:33 PM\nTo: x\n",
		"ok\n\nJoe Parks@ENRON\n02/27/2002 12:02 PM\nTo: Shemin Proctor\n",
		"Fine.\n\nOn Wed, Feb 27, 2002 at 12:02, Joe Parks <jp@mail.enron.com> wrote:\n> yes\n",
		"Gut.\n\nVon: Jana Hoffmann <jana@enron.com>\nGesendet: Montag\n",
		"ok\n\n>>> \"Parks, Joe\" <Joe.Parks@ENRON.com> 02/27/02 12:02PM >>>\nyes\n",
	};
	static const char *const theirs[] = {
		"Thanks.\n\n-----Original Message-----\nFrom: Proctor, Shemin <sp@akllp.com>\n"
		"Sent: Monday\nTo: Parks, Joe <joe.parks@enron.com>\n",
		"FYI\n\n---------------------- Forwarded by Joe Parks/HOU/ECT on 02/27/2002 "
		"12:02 PM ---------------------------\nFrom: joe.parks@enron.com\n",
		"No quoted text at all, Joe Parks.\n",
		"Ok\n\nOn Wed, Feb 27, 2002, Joey Park <jp@akllp.com> wrote:\n> yes\n",
	};
	for (guint i = 0; i < G_N_ELEMENTS(ours); i++)
		assert_true(an_quote_from_us(ours[i], domains, names));
	for (guint i = 0; i < G_N_ELEMENTS(theirs); i++)
		assert_false(an_quote_from_us(theirs[i], domains, names));
	assert_false(an_quote_from_us(NULL, domains, names));
	assert_true(an_answered_by_call("Let's plan on 4pm then."));
	assert_true(an_answered_by_call("Ich rufe Sie morgen an? Nein: ich rufe sie an."));
	assert_false(an_answered_by_call("Please call me when you can."));
	g_ptr_array_free(names, TRUE);
	g_ptr_array_free(domains, TRUE);
}

/* test_first_name - the AM is told whom to write to by first name, never
 * by a mailbox's local part */
static void test_first_name(void **state)
{
	static const char *const rows[][3] = {
		{ "Ann Lee", "ann@x.com", "Ann" },
		{ "Lee, Ann", "ann@x.com", "Ann" },
		{ "Dr. Ann Lee", "ann@x.com", "Ann" },
		{ "Herr Dr. Jan Petersen", "jp@x.de", "Jan" },
		{ "Mr", "mr@x.com", "Mr" },
		{ NULL, "aavalos@x.com", "aavalos@x.com" },
		{ "aavalos@x.com", "aavalos@x.com", "aavalos@x.com" },
	};
	for (guint i = 0; i < G_N_ELEMENTS(rows); i++) {
		char *got = an_first_name(rows[i][0], rows[i][1]);
		if (strcmp(got, rows[i][2]) != 0)
			fail_msg("%s <%s>: %s, want %s", rows[i][0] ? rows[i][0] : "(none)", rows[i][1],
			         got, rows[i][2]);
		g_free(got);
	}
}

/* waits - an_customer_waits() of a message with this new text, opening
 * a conversation (no parent) or answering one of ours */
static gboolean waits(const char *text, gboolean reply)
{
	an_msg m = { 0 };
	m.text = (char *)text;
	m.question = strchr(text, '?') != NULL;
	m.parent_date = reply ? 1 : 0;
	return an_customer_waits(&m);
}

/* What waits for an answer of ours: a courtesy "please" that passes on
 * thanks and a need denied do not; a need, a request and a question do.
 * Fails when the sentence-level reading is dropped. */
static void test_customer_waits(void **state)
{
	assert_true(waits("Bitte schicken Sie mir ein Angebot.", FALSE));
	assert_false(waits("Der Workshop war hervorragend. Bitte richten Sie ihm ein grosses Merci aus.",
	                   FALSE));
	assert_false(waits("Great session. Please pass on our thanks to the trainer.", FALSE));
	assert_true(waits("Thanks for the workshop. Please send the slides.", FALSE));
	assert_false(waits("Wels ist frühestens 2027 ein Thema, das Angebot brauchen wir heuer noch "
	                   "nicht.", TRUE));
	assert_true(waits("Für den Test brauchen wir bis Ende September den Export.", TRUE));
	assert_false(waits("Por ahora no necesitamos la propuesta.", TRUE));
	assert_true(waits("We need the export no later than Friday.", TRUE));
	assert_true(waits("Can you confirm the date?", TRUE));
	assert_false(waits("Fine, but please from 3 pm.", TRUE));
}

/* What we must prepare before we can answer: an offer, a quote, a SOW;
 * "sowie" is no SOW. */
static void test_asks_document(void **state)
{
	an_msg m = { 0 };
	static const char *const yes[] = {
		"Bitte schicken Sie mir ein Angebot.", "Can you align the oncology SOW to $1.85?",
		"Please send me your current contract terms.", "Pourriez-vous nous envoyer un devis ?",
		"¿Nos pueden enviar una propuesta?", "Kunt u een offerte sturen?",
	};
	static const char *const no[] = {
		"Können Sie mir die Schulung sowie die Folien schicken?", "Can you call me tomorrow?",
	};
	for (guint i = 0; i < G_N_ELEMENTS(yes); i++) {
		m.text = (char *)yes[i];
		if (!an_asks_document(&m))
			fail_msg("not a document: %s", yes[i]);
	}
	for (guint i = 0; i < G_N_ELEMENTS(no); i++) {
		m.text = (char *)no[i];
		if (an_asks_document(&m))
			fail_msg("a document: %s", no[i]);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sparkline),
		cmocka_unit_test(test_day),
		cmocka_unit_test(test_words),
		cmocka_unit_test(test_km_median),
		cmocka_unit_test(test_weekday_hours),
		cmocka_unit_test(test_business_hours),
		cmocka_unit_test(test_keys),
		cmocka_unit_test(test_quote_from_us),
		cmocka_unit_test(test_first_name),
		cmocka_unit_test(test_customer_waits),
		cmocka_unit_test(test_asks_document),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
