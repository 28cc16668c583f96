/*
 * test_feedback.c - the AMs' verdicts: item ids and tags, reading a reply,
 * the verdict store, and the ledger never raising a judged-wrong alert
 * again for the same evidence.
 *
 * The ledger is driven through its own functions (an_ledger_record,
 * an_ledger_alerts: src/analyze_internal.h) on a real database, day by
 * day, with hand-made detections, so each case says exactly which
 * evidence comes back.
 */
#include <glib/gstdio.h>
#include "unit.h"
#include "feedback.h"
#include "status.h"
#include "../../src/analyze_internal.h"

/* The installation key of these tests: bytes 0..31. */
static guint8 test_key[MP_FEEDBACK_KEY_LEN];

static void fill_key(void)
{
	for (guint i = 0; i < MP_FEEDBACK_KEY_LEN; i++)
		test_key[i] = (guint8)i;
}

/* Known answers, computed independently (Python: hashlib, hmac, base64):
 * a digest sent by this version must stay answerable by the next one. */
static void test_item_and_tag(void **state)
{
	fill_key();
	char *item = mp_feedback_item("acme/unanswered/2026-11-20/m1-acme-com");
	assert_string_equal(item, "nurxxwjz4h");
	char *tag = mp_feedback_tag(test_key, item, "claire@us.com");
	assert_string_equal(tag, "yfp4tjsi6z");
	char *upper = mp_feedback_tag(test_key, item, "Claire@US.com");
	assert_string_equal(upper, tag); /* the AM's address in any case */
	char *other = mp_feedback_tag(test_key, item, "bob@us.com");
	assert_string_not_equal(other, tag);
	char *token = mp_feedback_token(test_key, "acme/unanswered/2026-11-20/m1-acme-com",
	                                "claire@us.com");
	assert_string_equal(token, "mp-nurxxwjz4h-yfp4tjsi6z");
	assert_int_equal(strlen(token), MP_FEEDBACK_TOKEN_LEN);
	char *item2 = mp_feedback_item("acme/unanswered/2026-11-21/m1-acme-com");
	assert_string_not_equal(item2, item);
	assert_true(mp_feedback_tag_equal(tag, upper));
	assert_false(mp_feedback_tag_equal(tag, other));
	assert_false(mp_feedback_tag_equal(tag, "yfp4tjsi6"));
	g_free(item2);
	g_free(token);
	g_free(other);
	g_free(upper);
	g_free(tag);
	g_free(item);
}

static const struct {
	const char *text, *item, *tag; /* item NULL: no token */
} token_rows[] = {
	{ "Wrong: Churn risk [mp-nurxxwjz4h-yfp4tjsi6z]", "nurxxwjz4h", "yfp4tjsi6z" },
	{ "RE: useful MP-NURXXWJZ4H-YFP4TJSI6Z", "nurxxwjz4h", "yfp4tjsi6z" },
	{ "wrong mp-nurxxwjz4h-yfp4tjsi6z.", "nurxxwjz4h", "yfp4tjsi6z" },
	{ "wrong xmp-nurxxwjz4h-yfp4tjsi6z", NULL, NULL },     /* inside a word */
	{ "wrong mp-nurxxwjz4h-yfp4tjsi6zz", NULL, NULL },     /* tag too long */
	{ "wrong mp-nurxxwjz4h-yfp4tjsi6", NULL, NULL },       /* tag too short */
	{ "wrong mp-nurxxwjz1h-yfp4tjsi6z", NULL, NULL },      /* 1 is not base32 */
	{ "wrong mp-x mp-nurxxwjz4h-yfp4tjsi6z", "nurxxwjz4h", "yfp4tjsi6z" },
	{ "", NULL, NULL },
};

static void test_find_token(void **state)
{
	for (guint i = 0; i < G_N_ELEMENTS(token_rows); i++) {
		char item[MP_FEEDBACK_ITEM_LEN + 1] = "", tag[MP_FEEDBACK_TAG_LEN + 1] = "";
		gboolean found = mp_feedback_find_token(token_rows[i].text, item, tag);
		char row[16];
		g_snprintf(row, sizeof row, "%u", i);
		if (found != (token_rows[i].item != NULL))
			fail_msg("row %u \"%s\": found %d", i, token_rows[i].text, found);
		if (found) {
			assert_str_row(row, item, token_rows[i].item);
			assert_str_row(row, tag, token_rows[i].tag);
		}
	}
}

static void test_evidence_key(void **state)
{
	json_t *ab = json_pack("[{s:s}, {s:n}, {s:s}]", "message_id", "a@x", "message_id",
	                       "message_id", "b@x");
	json_t *ba = json_pack("[{s:s}, {s:s}, {s:s}]", "message_id", "b@x", "message_id", "a@x",
	                       "message_id", "a@x");
	json_t *facts = json_pack("[{s:s, s:n}]", "text", "Health fell", "message_id");
	char *k1 = mp_feedback_evidence_key(ab), *k2 = mp_feedback_evidence_key(ba);
	char *k3 = mp_feedback_evidence_key(facts), *k4 = mp_feedback_evidence_key(NULL);
	assert_string_equal(k1, "b9736b62cb68b49f13403d96dffdfc5a8d6046dd6f78986ad58bc5fb868da5b6");
	assert_string_equal(k1, k2); /* order and repeats do not matter */
	assert_string_equal(k3, "");
	assert_string_equal(k4, "");
	g_free(k1);
	g_free(k2);
	g_free(k3);
	g_free(k4);
	json_decref(ab);
	json_decref(ba);
	json_decref(facts);
}

#define SUBJ_WRONG "Subject: Wrong: Churn risk [mp-nurxxwjz4h-yfp4tjsi6z]\n"

static const struct {
	const char *raw, *sender;
	const char *refusal;  /* a part of the refusal, or NULL: accepted */
	mp_verdict verdict;
} reply_rows[] = {
	{ "From: Claire <Claire@us.com>\n" SUBJ_WRONG "\n", NULL, NULL, MP_VERDICT_WRONG },
	{ "From: claire@us.com\nSubject: RE: AW: Useful: Expansion [mp-nurxxwjz4h-yfp4tjsi6z]\n\nx\n",
	  "claire@us.com", NULL, MP_VERDICT_USEFUL },
	{ "From: claire@us.com\nSubject: [EXT] useful mp-nurxxwjz4h-yfp4tjsi6z\n\n", NULL, NULL,
	  MP_VERDICT_USEFUL },
	{ "From: claire@us.com\nSubject: Wrongly mp-nurxxwjz4h-yfp4tjsi6z\n\n", NULL,
	  "neither", MP_VERDICT_NONE },
	{ "From: claire@us.com\nSubject: mp-nurxxwjz4h-yfp4tjsi6z\n\nwrong\n", NULL,
	  "neither", MP_VERDICT_NONE },  /* the body is never read */
	{ "From: claire@us.com\nSubject: Wrong: Churn risk\n\nmp-nurxxwjz4h-yfp4tjsi6z\n", NULL,
	  "no mailpulse code", MP_VERDICT_NONE },
	{ "From: claire@us.com\n" SUBJ_WRONG "\n", "bob@us.com", "envelope sender", MP_VERDICT_NONE },
	{ "From: claire@us.com\n" SUBJ_WRONG "\n", "", "null envelope sender", MP_VERDICT_NONE },
	{ "From: claire@us.com\nAuto-Submitted: auto-replied\n" SUBJ_WRONG "\n", NULL, "automated",
	  MP_VERDICT_NONE },
	{ "From: claire@us.com\nAuto-Submitted: no\n" SUBJ_WRONG "\n", NULL, NULL, MP_VERDICT_WRONG },
	{ "From: claire@us.com\nPrecedence: Bulk\n" SUBJ_WRONG "\n", NULL, "automated",
	  MP_VERDICT_NONE },
	{ "From: mailer-daemon@us.com\n" SUBJ_WRONG "Content-Type: multipart/report; "
	  "report-type=delivery-status; boundary=b\n\n--b\n\nx\n--b--\n", NULL, "automated",
	  MP_VERDICT_NONE },
	{ "To: feedback@us.com\n" SUBJ_WRONG "\n", NULL, "no From", MP_VERDICT_NONE },
	{ "", NULL, "not a mail message", MP_VERDICT_NONE },
};

static void test_read_reply(void **state)
{
	for (guint i = 0; i < G_N_ELEMENTS(reply_rows); i++) {
		mp_feedback_reply *r = mp_feedback_read_reply(reply_rows[i].raw, strlen(reply_rows[i].raw),
		                                              reply_rows[i].sender);
		const char *want = reply_rows[i].refusal;
		if ((r->refusal == NULL) != (want == NULL) ||
		    (want && strstr(r->refusal, want) == NULL))
			fail_msg("row %u: got refusal \"%s\", want \"%s\"", i,
			         r->refusal ? r->refusal : "(none)", want ? want : "(none)");
		if (want == NULL) {
			assert_int_equal(r->verdict, reply_rows[i].verdict);
			assert_string_equal(r->from, "claire@us.com");
			assert_string_equal(r->item, "nurxxwjz4h");
			assert_string_equal(r->tag, "yfp4tjsi6z");
		}
		mp_feedback_reply_free(r);
	}
}

/* ---- the store and the ledger, on a real database ---- */

typedef struct fixture {
	char *dir;
	mp_config *cfg;
	mp_store *st;
	gint64 account;
	guint8 key[MP_FEEDBACK_KEY_LEN];
} fixture;

static int setup(void **state)
{
	fixture *f = g_new0(fixture, 1);
	f->dir = g_dir_make_tmp("mp-feedback-XXXXXX", NULL);
	char *path = g_build_filename(f->dir, "t.db", NULL);
	GError *error = NULL;
	f->cfg = mp_config_new_defaults();
	f->st = mp_store_open(path, MP_STORE_CREATE, &error);
	g_free(path);
	assert_non_null(f->st);
	mp_account_row row = { .name = "Acme", .owner = "claire@us.com", .arr = 1000 };
	row.domains = g_ptr_array_new();
	g_ptr_array_add(row.domains, "acme.com");
	GPtrArray *rows = g_ptr_array_new();
	g_ptr_array_add(rows, &row);
	guint created = 0, updated = 0;
	assert_true(mp_store_import_accounts(f->st, rows, &created, &updated, &error));
	g_ptr_array_unref(rows);
	g_ptr_array_unref(row.domains);
	sqlite3_stmt *s = store_stmt(f->st, "SELECT id FROM accounts WHERE name = 'Acme'", &error);
	assert_int_equal(sqlite3_step(s), SQLITE_ROW);
	f->account = sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	assert_true(mp_store_feedback_key(f->st, f->key, &error));
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	fixture *f = *state;
	mp_store_close(f->st);
	mp_config_free(f->cfg);
	char *cmd = g_strdup_printf("rm -rf '%s'", f->dir);
	assert_int_equal(system(cmd), 0);
	g_free(cmd);
	g_free(f->dir);
	g_free(f);
	return 0;
}

/* day_time - unix time of 2026-11-DD 00:00 UTC (DD may pass 30) */
static gint64 day_time(int dd)
{
	GDateTime *dt = g_date_time_new_utc(2026, 11, 1, 0, 0, 0);
	gint64 t = g_date_time_to_unix(dt) + (gint64)(dd - 1) * 86400;
	g_date_time_unref(dt);
	return t;
}

/* detection - one alert of kind quoting message msgid (NULL: a computed
 * fact only, as a health drop has) */
static an_alert *detection(const char *kind, const char *msgid)
{
	an_alert *al = an_alert_new(kind, NULL, "medium", 1);
	al->title = g_strdup_printf("%s about %s", kind, msgid ? msgid : "facts");
	json_array_append_new(al->evidence, an_evidence(day_time(1), msgid ? "Ann <ann@acme.com>" : NULL,
	                                                "what was said", msgid));
	return al;
}

/* record_day - the ledger records the detections of day dd (an_alert *,
 * NULL-terminated) and returns the ids it lists that day, joined by " " */
static char *record_day(fixture *f, int dd, ...)
{
	an_ctx ctx;
	an_ctx_init(&ctx, f->st, f->cfg, day_time(dd));
	an_account a = { .id = f->account, .name = "Acme", .slug = "acme" };
	GPtrArray *alerts = g_ptr_array_new_with_free_func(an_alert_free);
	va_list ap;
	va_start(ap, dd);
	an_alert *al;
	while ((al = va_arg(ap, an_alert *)) != NULL)
		g_ptr_array_add(alerts, al);
	va_end(ap);
	GError *error = NULL;
	if (!an_ledger_record(&ctx, &a, alerts, &error))
		fail_msg("day %d: %s", dd, error->message);
	json_t *listed = an_ledger_alerts(&ctx, f->account, NULL, &error);
	assert_non_null(listed);
	GString *ids = g_string_new(NULL);
	size_t i;
	json_t *o;
	json_array_foreach(listed, i, o)
		g_string_append_printf(ids, "%s%s", ids->len ? " " : "",
		                       json_string_value(json_object_get(o, "id")));
	json_decref(listed);
	g_ptr_array_unref(alerts);
	an_ctx_clear(&ctx);
	return g_string_free(ids, FALSE);
}

/* judge - am's verdict on alert_id through a reply, as `feedback` does */
static const char *judge(fixture *f, const char *alert_id, const char *am, const char *from,
                         const char *verdict)
{
	char *token = mp_feedback_token(f->key, alert_id, am);
	char *raw = g_strdup_printf("From: %s\nSubject: %s: Churn risk [%s]\n\n", from, verdict, token);
	mp_feedback_reply *r = mp_feedback_read_reply(raw, strlen(raw), NULL);
	const char *refusal = NULL;
	char *judged = NULL;
	GError *error = NULL;
	if (!mp_store_feedback_record(f->st, r, day_time(2), &refusal, &judged, &error))
		fail_msg("record: %s", error->message);
	if (refusal == NULL)
		assert_string_equal(judged, alert_id);
	g_free(judged);
	mp_feedback_reply_free(r);
	g_free(raw);
	g_free(token);
	return refusal;
}

static void test_verdict_store(void **state)
{
	fixture *f = *state;
	char *ids = record_day(f, 1, detection("churn_risk", "m1@acme.com"),
	                       detection("unanswered", "m2@acme.com"), NULL);
	assert_string_equal(ids, "acme/churn_risk/2026-11-01 acme/unanswered/2026-11-01");
	g_free(ids);
	/* only the AM the item was sent to, from their own address */
	const char *refusal = judge(f, "acme/churn_risk/2026-11-01", "claire@us.com", "bob@us.com",
	                            "Wrong");
	assert_non_null(refusal);
	assert_non_null(strstr(refusal, "tag is not the sender's"));
	refusal = judge(f, "acme/no-such/2026-11-01", "claire@us.com", "claire@us.com", "Wrong");
	assert_non_null(strstr(refusal, "no alert has this item"));
	json_t *list = mp_store_feedback_list(f->st, NULL);
	assert_int_equal(json_array_size(list), 0);
	json_decref(list);
	/* recorded; a second verdict of the same AM replaces the first */
	assert_null(judge(f, "acme/churn_risk/2026-11-01", "claire@us.com", "Claire <CLAIRE@us.com>",
	                  "useful"));
	assert_null(judge(f, "acme/churn_risk/2026-11-01", "claire@us.com", "claire@us.com", "Wrong"));
	assert_null(judge(f, "acme/unanswered/2026-11-01", "claire@us.com", "claire@us.com", "Useful"));
	list = mp_store_feedback_list(f->st, NULL);
	assert_int_equal(json_array_size(list), 2);
	json_t *first = json_array_get(list, 0);
	assert_string_equal(json_string_value(json_object_get(first, "verdict")), "wrong");
	assert_string_equal(json_string_value(json_object_get(first, "am")), "claire@us.com");
	assert_string_equal(json_string_value(json_object_get(first, "account")), "Acme");
	assert_string_equal(json_string_value(json_object_get(first, "kind")), "churn_risk");
	json_decref(list);
	json_t *prec = mp_store_feedback_precision(f->st, "2026-11-01", NULL);
	char *text = json_dumps(prec, JSON_COMPACT | JSON_SORT_KEYS);
	assert_string_equal(text, "[{\"kind\":\"churn_risk\",\"precision\":0.0,\"useful\":0,\"wrong\":1},"
	                          "{\"kind\":\"unanswered\",\"precision\":1.0,\"useful\":1,\"wrong\":0}]");
	free(text);
	json_decref(prec);
	/* alerts first raised after the report's day are not counted */
	prec = mp_store_feedback_precision(f->st, "2026-10-31", NULL);
	assert_int_equal(json_array_size(prec), 0);
	json_decref(prec);
	/* a verdict needs an alert */
	GError *error = NULL;
	assert_false(mp_store_feedback_put(f->st, "acme/x/2026-11-01", "claire@us.com",
	                                   MP_VERDICT_WRONG, 1, &error));
	assert_int_equal(error->code, MP_ERR_DATA);
	g_error_free(error);
}

static void test_ledger_suppression(void **state)
{
	fixture *f = *state;
	char *ids = record_day(f, 1, detection("churn_risk", "m1@acme.com"),
	                       detection("health_drop", NULL), NULL);
	assert_string_equal(ids, "acme/churn_risk/2026-11-01 acme/health_drop/2026-11-01");
	g_free(ids);
	assert_null(judge(f, "acme/churn_risk/2026-11-01", "claire@us.com", "claire@us.com", "wrong"));
	assert_null(judge(f, "acme/health_drop/2026-11-01", "claire@us.com", "claire@us.com", "wrong"));
	/* the same day asked again: both gone */
	ids = record_day(f, 1, NULL);
	assert_string_equal(ids, "");
	g_free(ids);
	/* the next days, the same evidence: never raised again */
	for (int dd = 2; dd <= 12; dd++) {
		ids = record_day(f, dd, detection("churn_risk", "m1@acme.com"),
		                 detection("health_drop", NULL), NULL);
		if (*ids)
			fail_msg("day %d lists \"%s\"", dd, ids);
		g_free(ids);
	}
	/* the same message evidence after the judged alert was resolved (not
	 * seen for more than a week): still filed under the judged alert */
	ids = record_day(f, 20, NULL);
	assert_string_equal(ids, "");
	g_free(ids);
	ids = record_day(f, 25, detection("churn_risk", "m1@acme.com"), NULL);
	assert_string_equal(ids, "");
	g_free(ids);
	/* new evidence is a new alert, even while the judged one is open */
	ids = record_day(f, 26, detection("churn_risk", "m3@acme.com"), NULL);
	assert_string_equal(ids, "acme/churn_risk/2026-11-26");
	g_free(ids);
	/* other kinds quoting the same message are not judged */
	ids = record_day(f, 27, detection("churn_risk", "m3@acme.com"),
	                 detection("escalation", "m1@acme.com"), NULL);
	assert_string_equal(ids, "acme/churn_risk/2026-11-26 acme/escalation/2026-11-27");
	g_free(ids);
	/* a health drop (facts only) is judged for as long as it lasts; once
	 * gone for a week and back, it is a new occurrence */
	ids = record_day(f, 40, detection("health_drop", NULL), NULL);
	assert_string_equal(ids, "acme/health_drop/2026-12-10");
	g_free(ids);
	/* nothing in the ledger but the judged rows, the rows of new evidence */
	sqlite3_stmt *s = store_stmt(f->st, "SELECT count(*) FROM alerts", NULL);
	assert_int_equal(sqlite3_step(s), SQLITE_ROW);
	assert_int_equal(sqlite3_column_int(s, 0), 5);
	sqlite3_reset(s);
	/* the AM changes their mind ("useful"): the evidence is raised again */
	assert_null(judge(f, "acme/churn_risk/2026-11-01", "claire@us.com", "claire@us.com", "useful"));
	ids = record_day(f, 41, detection("churn_risk", "m1@acme.com"), NULL);
	assert_string_equal(ids, "acme/churn_risk/2026-12-11");
	g_free(ids);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_item_and_tag),
		cmocka_unit_test(test_find_token),
		cmocka_unit_test(test_evidence_key),
		cmocka_unit_test(test_read_reply),
		cmocka_unit_test_setup_teardown(test_verdict_store, setup, teardown),
		cmocka_unit_test_setup_teardown(test_ledger_suppression, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
