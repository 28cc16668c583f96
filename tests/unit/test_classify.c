/*
 * test_classify.c - direction, customer domain, robots, freemail, NeverCapture,
 * capture modes and the milter's header checks.
 *
 * Messages are built by hand (no parser involved) so each row states
 * exactly which addresses are on it.
 */
#include "unit.h"
#include "classify.h"

/* a config with example.com internal, as a site would write it */
static mp_config *test_config(void)
{
	GError *error = NULL;
	mp_config *cfg = mp_config_parse_text("t.conf",
		"InternalDomains example.com\n"
		"NeverCapture hr.example.com, private@customer.org\n", &error);
	assert_non_null(cfg);
	return cfg;
}

static mp_address *addr(const char *a)
{
	mp_address *x = g_new0(mp_address, 1);
	x->address = g_strdup(a);
	return x;
}

static void addr_free(gpointer p)
{
	mp_address *a = p;
	g_free(a->address);
	g_free(a->name);
	g_free(a);
}

/* make_message - from, a comma-separated To list, optional envelope rcpts */
static mp_message *make_message(const char *from, const char *to, const char *env_rcpts)
{
	mp_message *m = g_new0(mp_message, 1);
	m->from = from ? addr(from) : NULL;
	m->to = g_ptr_array_new_with_free_func(addr_free);
	m->cc = g_ptr_array_new_with_free_func(addr_free);
	char **list = g_strsplit(to, ",", -1);
	for (char **p = list; *p; p++)
		if (**p)
			g_ptr_array_add(m->to, addr(*p));
	g_strfreev(list);
	if (env_rcpts) {
		m->envelope = g_new0(mp_envelope, 1);
		m->envelope->recipients = g_ptr_array_new_with_free_func(g_free);
		list = g_strsplit(env_rcpts, ",", -1);
		for (char **p = list; *p; p++)
			g_ptr_array_add(m->envelope->recipients, g_strdup(*p));
		g_strfreev(list);
	}
	return m;
}

static void free_message(mp_message *m)
{
	if (m->from)
		addr_free(m->from);
	g_ptr_array_unref(m->to);
	g_ptr_array_unref(m->cc);
	if (m->envelope) {
		g_ptr_array_unref(m->envelope->recipients);
		g_free(m->envelope);
	}
	g_free(m);
}

static const struct {
	const char *from, *to, *env;
	const char *direction; /* or the skip reason */
	const char *customer;  /* customer registrable domain */
} rows[] = {
	{ "alice@customer.org", "am@example.com", NULL, "inbound", "customer.org" },
	{ "am@example.com", "bob@mail.customer.co.uk", NULL, "outbound", "customer.co.uk" },
	{ "am@eu.example.com", "x@other.com", NULL, "outbound", "other.com" },
	{ "am@example.com", "b@example.com", NULL, "all internal", NULL },
	{ "x@a.com", "y@b.com", NULL, "no internal party", NULL },
	{ "am@example.com", "noreply@acme.com,bob@acme.com", NULL, "outbound", "acme.com" },
	{ "am@example.com", "noreply@robots.com", NULL, "outbound", "robots.com" },
	{ "mailer-daemon@mx.customer.org", "am@example.com", NULL, "inbound", "customer.org" },
	{ "a@customer.org", "list@lists.other.org", "am@example.com", "inbound", "customer.org" },
	/* the envelope decides: an internal To that was not a recipient */
	{ "a@customer.org", "am@example.com", "c@partner.com", "no internal party", NULL },
	{ "a@customer.org", "boss@hr.example.com", NULL, "NeverCapture", NULL },
	{ "private@customer.org", "am@example.com", NULL, "NeverCapture", NULL },
	{ "joe@gmail.com", "am@example.com", NULL, "inbound", "gmail.com" },
	{ NULL, "am@example.com", NULL, "no sender", NULL },
	{ "evil@example.com.attacker.net", "am@example.com", NULL, "inbound", "attacker.net" },
	{ "x@notexample.com", "am@example.com", NULL, "inbound", "notexample.com" },
};

static void test_directions(void **state)
{
	mp_config *cfg = test_config();
	mp_classifier *c = mp_classifier_new(cfg);
	for (guint i = 0; i < G_N_ELEMENTS(rows); i++) {
		mp_message *m = make_message(rows[i].from, rows[i].to, rows[i].env);
		mp_classification *cls = mp_classify(c, m);
		const char *got = cls->direction == MP_DIRECTION_NONE ? cls->skip_reason
		                                                      : mp_direction_name(cls->direction);
		char row[64];
		g_snprintf(row, sizeof row, "%u (%s -> %s)", i, rows[i].from, rows[i].to);
		assert_str_row(row, got, rows[i].direction);
		assert_str_row(row, cls->customer_domain, rows[i].customer);
		mp_classification_free(cls);
		free_message(m);
	}
	mp_classifier_free(c);
	mp_config_free(cfg);
}

static void test_participant_flags(void **state)
{
	mp_config *cfg = test_config();
	mp_classifier *c = mp_classifier_new(cfg);
	mp_message *m = make_message("am@example.com", "Bob@Acme.com,joe@gmail.com",
	                             "bob@acme.com,joe@gmail.com,secret@acme.com");
	mp_classification *cls = mp_classify(c, m);
	assert_int_equal(cls->participants->len, 4);
	mp_participant *p = cls->participants->pdata[1];
	assert_string_equal(p->address, "bob@acme.com");
	assert_false(p->internal);
	p = cls->participants->pdata[2];
	assert_true(p->freemail);
	p = cls->participants->pdata[3];
	assert_string_equal(p->address, "secret@acme.com");
	assert_int_equal(p->role, MP_ROLE_BCC);
	mp_classification_free(cls);
	free_message(m);
	mp_classifier_free(c);
	mp_config_free(cfg);
}

static void test_robots(void **state)
{
	static const struct { const char *a; gboolean robot; } r[] = {
		{ "no-reply@x.com", TRUE }, { "noreply@x.com", TRUE }, { "MAILER-DAEMON@x.com", TRUE },
		{ "postmaster@x.com", TRUE }, { "notifications@github.com", TRUE },
		{ "bounces+123@x.com", TRUE }, { "billing@x.com", TRUE }, { "owner-list@x.com", TRUE },
		{ "list-request@x.com", TRUE }, { "@x.com", TRUE },
		{ "norman@x.com", FALSE }, { "support@x.com", FALSE }, { "newsom@x.com", FALSE },
		{ "alice.noreply@x.com", FALSE }, { "bill@x.com", FALSE },
	};
	for (guint i = 0; i < G_N_ELEMENTS(r); i++)
		if (mp_is_robot_address(r[i].a) != r[i].robot)
			fail_msg("%s: got robot=%d, want %d", r[i].a, !r[i].robot, r[i].robot);
}

static void test_registrable(void **state)
{
	static const char *const r[][2] = {
		{ "mail.example.co.uk", "example.co.uk" }, { "EXAMPLE.COM", "example.com" },
		{ "a.b.c.example.com", "example.com" }, { "foo.github.io", "foo.github.io" },
		{ "localhost", "localhost" },
	};
	mp_config *cfg = test_config();
	mp_classifier *c = mp_classifier_new(cfg);
	for (guint i = 0; i < G_N_ELEMENTS(r); i++) {
		char *got = mp_registrable_domain(c, r[i][0]);
		assert_str_row(r[i][0], got, r[i][1]);
		g_free(got);
	}
	mp_classifier_free(c);
	mp_config_free(cfg);
}

/* A site that captures only what it opted in, with exceptions both ways. */
static const char *const policy_conf =
	"InternalDomains example.com\n"
	"NeverCapture private@customer.org\n"
	"CaptureMode headers-only\n"
	"CaptureModeFor customer.org=full, legal.customer.org=off, lawyer@customer.org=headers-only,"
	" ceo@example.com=off, partner.com=full\n"
	"NeverCaptureSubjects \\b(payroll|salary)\\b\n";

static const struct {
	const char *from, *to, *subject;
	const char *want; /* capture mode, or the skip reason */
} modes[] = {
	{ "a@customer.org", "am@example.com", "Hi", "full" },
	{ "a@eu.customer.org", "am@example.com", "Hi", "full" },       /* subdomain */
	{ "a@legal.customer.org", "am@example.com", "Hi", "CaptureMode off" }, /* longest wins */
	{ "lawyer@customer.org", "am@example.com", "Hi", "headers-only" }, /* address wins */
	{ "x@other.com", "am@example.com", "Hi", "headers-only" },     /* the default */
	{ "a@customer.org", "am@example.com,x@partner.com", "Hi", "full" },
	{ "a@customer.org", "am@example.com,lawyer@customer.org", "Hi", "headers-only" },
	{ "a@customer.org", "ceo@example.com", "Hi", "CaptureMode off" }, /* one off party */
	{ "a@customer.org", "am@example.com,private@customer.org", "Hi", "NeverCapture" },
	{ "a@customer.org", "am@example.com", "PAYROLL questions", "NeverCaptureSubjects" },
	{ "a@customer.org", "am@example.com", "Salaryman", "full" },  /* whole words only */
};

static void test_capture_modes(void **state)
{
	mp_config *cfg = mp_config_parse_text("p.conf", policy_conf, NULL);
	assert_non_null(cfg);
	mp_classifier *c = mp_classifier_new(cfg);
	for (guint i = 0; i < G_N_ELEMENTS(modes); i++) {
		mp_message *m = make_message(modes[i].from, modes[i].to, NULL);
		m->subject = g_strdup(modes[i].subject);
		mp_classification *cls = mp_classify(c, m);
		const char *got = cls->direction == MP_DIRECTION_NONE
		                      ? cls->skip_reason : mp_capture_mode_name(cls->capture_mode);
		char row[8];
		g_snprintf(row, sizeof row, "%u", i);
		assert_str_row(row, got, modes[i].want);
		mp_classification_free(cls);
		g_free(m->subject);
		free_message(m);
	}
	mp_classifier_free(c);
	mp_config_free(cfg);
}

/* The milter's checks: the envelope at DATA, then each header. */
/* test_participant_cap - 5,000 recipients (each twice), ours and a
 * NeverCapture one at the end: every party counts for the verdicts, only
 * MaximumParticipants are kept, ours and the author first */
static void test_participant_cap(void **state)
{
	GError *error = NULL;
	mp_config *cfg = mp_config_parse_text("t.conf", "InternalDomains example.com\n"
	                                      "MaximumParticipants 100\n", &error);
	mp_classifier *c = mp_classifier_new(cfg);
	GString *to = g_string_new(NULL);
	for (int round = 0; round < 2; round++)
		for (int i = 0; i < 5000; i++)
			g_string_append_printf(to, "u%d@customer.org,", i);
	g_string_append(to, "am@example.com");
	mp_message *m = make_message("boss@customer.org", to->str, NULL);
	mp_classification *cls = mp_classify(c, m);
	assert_int_equal(cls->direction, MP_DIRECTION_INBOUND);
	assert_int_equal(cls->participants->len, 100);
	assert_int_equal(cls->participants_dropped, 5002 - 100);
	const mp_participant *first = cls->participants->pdata[0], *second = cls->participants->pdata[1];
	const mp_participant *last = cls->participants->pdata[99];
	assert_string_equal(first->address, "boss@customer.org");
	assert_string_equal(second->address, "u0@customer.org");
	assert_string_equal(last->address, "am@example.com"); /* kept, in its place */
	mp_classification_free(cls);
	free_message(m);
	/* the 5,001st party is in NeverCapture: the message is out */
	g_string_append(to, ",private@customer.org");
	mp_config_free(cfg);
	cfg = mp_config_parse_text("t.conf", "InternalDomains example.com\nMaximumParticipants 100\n"
	                           "NeverCapture private@customer.org\n", &error);
	mp_classifier_free(c);
	c = mp_classifier_new(cfg);
	m = make_message("boss@customer.org", to->str, NULL);
	cls = mp_classify(c, m);
	assert_int_equal(cls->direction, MP_DIRECTION_NONE);
	assert_string_equal(cls->skip_reason, "NeverCapture");
	mp_classification_free(cls);
	free_message(m);
	g_string_free(to, TRUE);
	mp_classifier_free(c);
	mp_config_free(cfg);
}

static void test_milter_checks(void **state)
{
	mp_config *cfg = mp_config_parse_text("p.conf", policy_conf, NULL);
	mp_classifier *c = mp_classifier_new(cfg);
	GPtrArray *rcpts = g_ptr_array_new();
	g_ptr_array_add(rcpts, "am@example.com");
	const char *why = NULL;
	assert_int_equal(mp_classify_envelope(c, "a@legal.customer.org", rcpts, &why),
	                 MP_DIRECTION_NONE);
	assert_string_equal(why, "CaptureMode off");
	assert_int_equal(mp_classify_envelope(c, "lawyer@customer.org", rcpts, &why),
	                 MP_DIRECTION_INBOUND);
	g_ptr_array_add(rcpts, "private@customer.org");
	assert_int_equal(mp_classify_envelope(c, "a@customer.org", rcpts, &why), MP_DIRECTION_NONE);
	assert_string_equal(why, "NeverCapture");
	g_ptr_array_unref(rcpts);
	assert_string_equal(mp_classify_header(c, "Cc", "Boss <CEO@Example.com>, x@y.com"),
	                    "CaptureMode off");
	assert_string_equal(mp_classify_header(c, "to", "\"P\" <private@customer.org>"),
	                    "NeverCapture");
	assert_null(mp_classify_header(c, "To", "am@example.com, lawyer@customer.org"));
	assert_null(mp_classify_header(c, "Reply-To", "ceo@example.com"));
	assert_string_equal(mp_classify_header(c, "Subject", "=?UTF-8?Q?Salary_review?="),
	                    "NeverCaptureSubjects");
	assert_string_equal(mp_classify_header(c, "subject", " Re: the\r\n\tpayroll run"),
	                    "NeverCaptureSubjects");
	assert_null(mp_classify_header(c, "Subject", "Renewal"));
	assert_string_equal(mp_classify_header(c, "x-mailpulse-digest", " am@example.com 2024-01-02"),
	                    "mailpulse's own digest");
	mp_classifier_free(c);
	mp_config_free(cfg);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_directions),
		cmocka_unit_test(test_participant_flags),
		cmocka_unit_test(test_robots),
		cmocka_unit_test(test_registrable),
		cmocka_unit_test(test_capture_modes),
		cmocka_unit_test(test_milter_checks),
		cmocka_unit_test(test_participant_cap),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
