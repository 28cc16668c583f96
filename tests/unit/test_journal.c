/*
 * test_journal.c - journal reports and routing copies (journal.c), and
 * their record in the database (store_hosted.c): the envelope lines of
 * a report, table-driven; unwrapping and every way a report is refused;
 * Google copies; the union of two reports of one message; the IMAP
 * position of a folder.
 */
#include <glib/gstdio.h>
#include "unit.h"
#include "classify.h"
#include "extract.h"
#include "journal.h"
#include "pipeline.h"
#include "status.h"
#include "store_hosted.h"

#define REPORTER "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@tenant.onmicrosoft.com"

static mp_config *config(const char *extra)
{
	char *text = g_strdup_printf("InternalDomains us.com\n"
	                             "JournalAddresses journal@j.us.com\n%s", extra ? extra : "");
	GError *error = NULL;
	mp_config *cfg = mp_config_parse_text("test.conf", text, &error);
	g_free(text);
	assert_non_null(cfg);
	return cfg;
}

#define ORIGINAL \
	"From: Ann <ann@acme.com>\r\nTo: sales@us.com\r\nCc: mark@us.com\r\n" \
	"Subject: seats\r\nDate: Tue, 03 Nov 2026 09:00:00 +0000\r\n" \
	"Message-ID: <q-1@acme.com>\r\n\r\nHow many more seats?\r\n"
static const char *original = ORIGINAL;

/* report - a journal report with envelope lines and attachment (may be
 * NULL); caller frees */
static char *report(const char *from, const char *lines, const char *attached,
                    const char *attach_type)
{
	GString *s = g_string_new(NULL);
	g_string_append_printf(s, "From: Microsoft Outlook <%s>\r\nTo: journal@j.us.com\r\n"
	                       "Subject: seats\r\nMessage-ID: <rep-1@tenant.onmicrosoft.com>\r\n"
	                       "MIME-Version: 1.0\r\nX-MS-Journal-Report:\r\n"
	                       "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n"
	                       "--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n%s\r\n", from,
	                       lines);
	if (attached)
		g_string_append_printf(s, "--b\r\nContent-Type: %s\r\n\r\n%s\r\n", attach_type,
		                       attached);
	g_string_append(s, "--b--\r\n");
	return g_string_free(s, FALSE);
}

/* rcpt_text - "field address [expanded] [forwarded]" of a journal's
 * recipients, one per line */
static char *rcpt_text(const mp_journal *j)
{
	GString *s = g_string_new(NULL);
	for (guint i = 0; i < j->recipients->len; i++) {
		const mp_journal_rcpt *r = j->recipients->pdata[i];
		g_string_append_printf(s, "%s%s %s%s%s%s%s", i ? "\n" : "", r->field, r->address,
		                       r->expanded ? " exp:" : "", r->expanded ? r->expanded : "",
		                       r->forwarded ? " fwd:" : "", r->forwarded ? r->forwarded : "");
	}
	return g_string_free(s, FALSE);
}

/* The envelope lines of a report, as the documented format writes them
 * and as variants seen in the wild (case, brackets, spaces). */
static void test_envelope_lines(void **state)
{
	static const struct {
		const char *row, *lines, *want;
	} rows[] = {
		{ "to/cc/bcc", "Sender: Ann@Acme.com\r\nSubject: seats\r\nMessage-Id: <q-1@acme.com>\r\n"
		  "To: sales@us.com\r\nCc: mark@us.com\r\nBcc: lee@us.com",
		  "to sales@us.com\ncc mark@us.com\nbcc lee@us.com" },
		{ "recipient, expanded", "Sender: ann@acme.com\r\nMessage-ID: <q-1@acme.com>\r\n"
		  "Recipient: claire@us.com, Expanded: sales@us.com\r\n"
		  "Recipient: dave@us.com, Expanded: sales@us.com",
		  "recipient claire@us.com exp:sales@us.com\nrecipient dave@us.com exp:sales@us.com" },
		{ "forwarded, brackets, case", "sender: <ann@acme.com>\r\nmessage-id: <q-1@acme.com>\r\n"
		  "CC: <Fwd@Us.com>, forwarded: <User@us.com>",
		  "cc fwd@us.com fwd:user@us.com" },
		{ "duplicates, junk lines", "Sender: ann@acme.com\r\nMessage-Id: <q-1@acme.com>\r\n"
		  "On-Behalf-Of: boss@us.com\r\nTo: sales@us.com\r\nTo: sales@us.com\r\nnonsense\r\n"
		  "Recipient: not-an-address\r\nTo: mark@us.com",
		  "to sales@us.com\nto mark@us.com" },
	};
	mp_config *cfg = config(NULL);
	for (guint i = 0; i < G_N_ELEMENTS(rows); i++) {
		char *data = report(REPORTER, rows[i].lines, original, "message/rfc822");
		mp_journal *j = NULL;
		GError *error = NULL;
		mp_message *msg = mp_journal_parse(cfg, data, strlen(data), NULL, &j, &error);
		if (msg == NULL)
			fail_msg("row %s: %s", rows[i].row, error->message);
		assert_non_null(j);
		char *got = rcpt_text(j);
		assert_str_row(rows[i].row, got, rows[i].want);
		assert_str_row(rows[i].row, j->sender, "ann@acme.com");
		assert_str_row(rows[i].row, msg->message_id, "q-1@acme.com");
		g_free(got);
		mp_journal_free(j);
		mp_message_free(msg);
		g_free(data);
	}
	mp_config_free(cfg);
}

/* The original replaces the report, with the report's envelope; roles
 * from the To/Cc/Bcc lines; the SMTP facts of the capture kept; dated by
 * its own headers. */
static void test_unwrap(void **state)
{
	mp_config *cfg = config(NULL);
	char *data = report(REPORTER, "Sender: ann@acme.com\r\nMessage-Id: <q-1@acme.com>\r\n"
	                    "To: claire@us.com, Expanded: sales@us.com\r\nCc: mark@us.com\r\n"
	                    "Bcc: lee@us.com", original, "message/rfc822");
	mp_envelope *env = g_new0(mp_envelope, 1);
	env->sender = g_strdup("ndr@us.com");
	env->recipients = g_ptr_array_new_with_free_func(g_free);
	g_ptr_array_add(env->recipients, g_strdup("journal@j.us.com"));
	env->queue_id = g_strdup("4QID");
	env->received_time = 1795000000;
	mp_journal *j = NULL;
	GError *error = NULL;
	mp_message *msg = mp_journal_parse(cfg, data, strlen(data), env, &j, &error);
	assert_non_null(msg);
	assert_int_equal(j->kind, MP_JOURNAL_EXCHANGE);
	assert_string_equal(j->report_id, "rep-1@tenant.onmicrosoft.com");
	assert_string_equal(msg->from->address, "ann@acme.com");
	assert_string_equal(msg->envelope->sender, "ann@acme.com");
	assert_string_equal(msg->envelope->queue_id, "4QID");
	assert_int_equal(msg->envelope->received_time, 0);
	assert_int_equal(msg->envelope->recipients->len, 3);
	mp_classifier *c = mp_classifier_new(cfg);
	mp_classification *cls = mp_classify(c, msg);
	mp_journal_adjust_roles(j, cls);
	assert_int_equal(cls->direction, MP_DIRECTION_INBOUND);
	GString *roles = g_string_new(NULL);
	for (guint i = 0; i < cls->participants->len; i++) {
		const mp_participant *p = cls->participants->pdata[i];
		g_string_append_printf(roles, "%s %s;", mp_role_name(p->role), p->address);
	}
	/* claire, a group member, is To as the report says, not Bcc */
	assert_string_equal(roles->str, "from ann@acme.com;to sales@us.com;cc mark@us.com;"
	                    "to claire@us.com;bcc lee@us.com;");
	g_string_free(roles, TRUE);
	mp_classification_free(cls);
	mp_classifier_free(c);
	mp_journal_free(j);
	mp_message_free(msg);
	g_free(data);
	mp_config_free(cfg);
}

/* Every refused report fails with its reason; none is ever returned as
 * a message. */
static void test_refused(void **state)
{
#define LINES "Sender: ann@acme.com\r\nMessage-Id: <q-1@acme.com>\r\nRecipient: claire@us.com"
	static const char *lines = LINES;
	static const struct {
		const char *row, *from, *lines, *attached, *type, *extra, *want;
	} rows[] = {
		{ "no attachment", REPORTER, LINES, NULL, NULL, NULL, "no attached message" },
		{ "garbage", REPORTER, LINES, "\x01\x02", "message/rfc822", NULL,
		  "attached message is broken" },
		{ "other id", REPORTER, LINES,
		  "From: ann@acme.com\r\nMessage-ID: <other@acme.com>\r\n\r\nx\r\n", "message/rfc822",
		  NULL, "the envelope names <q-1@acme.com> but the attached message is <other@acme.com>" },
		{ "no envelope", REPORTER, "Hello", ORIGINAL, "message/rfc822", NULL, "no envelope part" },
		{ "foreign sender", "x@evil.example", LINES, ORIGINAL, "message/rfc822", NULL,
		  "sent by x@evil.example, outside JournalSenderDomains" },
		{ "other tenant", REPORTER, LINES, ORIGINAL, "message/rfc822",
		  "JournalSenderDomains us.onmicrosoft.com\n", "outside JournalSenderDomains" },
	};
	for (guint i = 0; i < G_N_ELEMENTS(rows); i++) {
		mp_config *cfg = config(rows[i].extra);
		char *data = report(rows[i].from, rows[i].lines, rows[i].attached, rows[i].type);
		mp_journal *j = NULL;
		GError *error = NULL;
		mp_message *msg = mp_journal_parse(cfg, data, strlen(data), NULL, &j, &error);
		if (msg != NULL)
			fail_msg("row %s: unwrapped, want refused", rows[i].row);
		assert_non_null(j);
		assert_true(g_error_matches(error, MP_ERROR, MP_ERR_DATA));
		if (strstr(error->message, rows[i].want) == NULL ||
		    !g_str_has_prefix(error->message, "journal report <"))
			fail_msg("row %s: got \"%s\", want \"%s\"", rows[i].row, error->message,
			         rows[i].want);
		g_error_free(error);
		mp_journal_free(j);
		g_free(data);
		mp_config_free(cfg);
	}
	/* JournalRequireSender no: any sender's report unwraps */
	mp_config *cfg = config("JournalRequireSender no\n");
	char *data = report("x@evil.example", lines, original, "message/rfc822");
	mp_journal *j = NULL;
	mp_message *msg = mp_journal_parse(cfg, data, strlen(data), NULL, &j, NULL);
	assert_non_null(msg);
	mp_message_free(msg);
	mp_journal_free(j);
	g_free(data);
	mp_config_free(cfg);
}

/* Google copies: by envelope recipient (dropped from the envelope) or by
 * JournalHeader; X-Gm-Original-To names the original recipient; ordinary
 * mail is left alone; Takeout's Spam and Chat labels. */
static void test_google(void **state)
{
	mp_config *cfg = config("JournalHeader X-Mailpulse-Journal\n");
	static const char *copy =
		"From: ann@acme.com\r\nTo: claire@us.com, dave@us.com\r\nMessage-ID: <g-1@acme.com>\r\n"
		"X-Gm-Original-To: dave@us.com\r\nX-Mailpulse-Journal: Inbound\r\n\r\nhi\r\n";
	mp_envelope *env = g_new0(mp_envelope, 1);
	env->sender = g_strdup("ann@acme.com");
	env->recipients = g_ptr_array_new_with_free_func(g_free);
	g_ptr_array_add(env->recipients, g_strdup("Journal@J.us.com"));
	env->received_time = 1795000000;
	mp_journal *j = NULL;
	mp_message *msg = mp_journal_parse(cfg, copy, strlen(copy), env, &j, NULL);
	assert_non_null(msg);
	assert_int_equal(j->kind, MP_JOURNAL_GOOGLE);
	assert_string_equal(j->direction, "inbound");
	assert_int_equal(msg->envelope->recipients->len, 1);
	assert_string_equal(msg->envelope->recipients->pdata[0], "dave@us.com");
	assert_int_equal(msg->envelope->received_time, 0);
	mp_message_free(msg);
	mp_journal_free(j);

	static const char *plain = "From: ann@acme.com\r\nTo: claire@us.com\r\n"
	                           "X-Gmail-Labels: Inbox,Spam\r\n\r\nhi\r\n";
	msg = mp_journal_parse(cfg, plain, strlen(plain), NULL, &j, NULL);
	assert_non_null(msg);
	assert_null(j);
	assert_string_equal(mp_journal_skip_reason(msg), "Gmail label Spam");
	mp_message_free(msg);
	mp_config_free(cfg);
}

/* Two reports of one message through the pipeline: stored once, with the
 * recipients of both; contacts counted once per message; every report
 * recorded; the IMAP position of a folder. */
static void test_store_union(void **state)
{
	char *dir = g_dir_make_tmp("mp-journal-XXXXXX", NULL);
	char *path = g_build_filename(dir, "db", NULL);
	GError *error = NULL;
	mp_store *st = mp_store_open(path, MP_STORE_CREATE, &error);
	assert_non_null(st);
	mp_config *cfg = config(NULL);
	mp_pipeline *p = mp_pipeline_new(cfg, st, 10);
	char *a = report(REPORTER, "Sender: ann@acme.com\r\nMessage-Id: <q-1@acme.com>\r\n"
	                 "Recipient: claire@us.com", original, "message/rfc822");
	char *b = report(REPORTER, "Sender: ann@acme.com\r\nMessage-Id: <q-1@acme.com>\r\n"
	                 "Recipient: erin@us.com\r\nRecipient: claire@us.com", original,
	                 "message/rfc822");
	char *bad = report(REPORTER, "Sender: ann@acme.com\r\nMessage-Id: <q-1@acme.com>\r\n"
	                   "Recipient: claire@us.com", NULL, NULL);
	assert_int_equal(mp_pipeline_process(p, a, strlen(a), NULL, "a", NULL), MP_PIPE_STORED);
	assert_int_equal(mp_pipeline_process(p, b, strlen(b), NULL, "b", NULL), MP_PIPE_DUPLICATE);
	assert_int_equal(mp_pipeline_process(p, bad, strlen(bad), NULL, "bad", NULL),
	                 MP_PIPE_BAD_INPUT);
	assert_true(mp_pipeline_flush(p, &error));
	json_t *env = mp_store_journal_envelope(st, "q-1@acme.com", &error);
	char *got = json_dumps(env, JSON_COMPACT);
	assert_string_equal(got, "[{\"address\":\"claire@us.com\",\"field\":\"recipient\","
	                    "\"expanded_from\":null,\"forwarded_from\":null},"
	                    "{\"address\":\"erin@us.com\",\"field\":\"recipient\","
	                    "\"expanded_from\":null,\"forwarded_from\":null}]");
	free(got);
	json_decref(env);
	json_t *sum = mp_store_journal_summary(st, 0, &error);
	assert_int_equal(json_integer_value(json_object_get(sum, "reports_today")), 3);
	assert_int_equal(json_integer_value(json_object_get(sum, "failures")), 1);
	json_decref(sum);
	/* the IMAP position: none, then what was advanced, then a new validity */
	guint64 validity = 9, last = 9;
	assert_true(mp_store_imap_position(st, "u@h/INBOX", &validity, &last, &error));
	assert_true(validity == 0 && last == 0);
	assert_true(mp_store_imap_advance(st, "u@h/INBOX", "u", 77, 120, 120, &error));
	assert_true(mp_store_imap_advance(st, "u@h/INBOX", "u", 77, 150, 30, &error));
	assert_true(mp_store_imap_position(st, "u@h/INBOX", &validity, &last, &error));
	assert_true(validity == 77 && last == 150);
	mp_pipeline_free(p);
	mp_store_close(st);
	g_free(a);
	g_free(b);
	g_free(bad);
	mp_config_free(cfg);
	g_unlink(path);
	char *cmd = g_strdup_printf("rm -rf '%s'", dir);
	assert_int_equal(system(cmd), 0);
	g_free(cmd);
	g_free(path);
	g_free(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_envelope_lines),
		cmocka_unit_test(test_unwrap),
		cmocka_unit_test(test_refused),
		cmocka_unit_test(test_google),
		cmocka_unit_test(test_store_union),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
