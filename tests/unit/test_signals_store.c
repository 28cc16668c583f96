/*
 * test_signals_store.c - the store side of the signal stages: the version 2
 * migration, signals and contact events, contact status, threads by subject
 * and reply latency.
 *
 * Each test gets a fresh database file.  Messages go through parse,
 * classify, extract and mp_store_message() as in the pipeline; where a
 * test needs a verdict of a signal stage (an auto-reply, a rule hit, a
 * signature title), it sets that field of mp_extract by hand, so that what
 * is tested here is the store's handling of the verdict, whatever module
 * produces it.
 */
#include <glib/gstdio.h>
#include <sqlite3.h>
#include "unit.h"
#include "classify.h"
#include "extract.h"
#include "pipeline.h"
#include "status.h"
#include "store.h"

typedef struct fixture {
	char *dir;
	char *db_path;
	mp_config *cfg;
	mp_store *st;
	mp_classifier *classifier;
} fixture;

static int setup(void **state)
{
	fixture *f = g_new0(fixture, 1);
	f->dir = g_dir_make_tmp("mp-signals-XXXXXX", NULL);
	f->db_path = g_build_filename(f->dir, "t.db", NULL);
	GError *error = NULL;
	f->cfg = mp_config_parse_text("t.conf", "InternalDomains us.com\n", &error);
	f->st = mp_store_open(f->db_path, MP_STORE_CREATE, &error);
	assert_non_null(f->st);
	mp_parse_init();
	f->classifier = mp_classifier_new(f->cfg);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	fixture *f = *state;
	mp_classifier_free(f->classifier);
	mp_store_close(f->st);
	mp_config_free(f->cfg);
	char *cmd = g_strdup_printf("rm -rf '%s'", f->dir);
	assert_int_equal(system(cmd), 0);
	g_free(cmd);
	g_free(f->db_path);
	g_free(f->dir);
	g_free(f);
	return 0;
}

/* What a test says a signal stage found in a message. */
typedef struct verdict {
	mp_automated_kind automated;
	const char *automated_name;
	gboolean departed;
	const char *replacement;      /* address */
	const char *sig_title;
	const char *hit_category;     /* one rule hit, or NULL */
	const char *hit_evidence;
	const char *bounce_rcpt;      /* one bounce, or NULL */
	gboolean bounce_gone;
} verdict;

static void hit_free(gpointer p)
{
	mp_rule_hit *h = p;
	g_free(h->category);
	g_free(h->rule);
	g_free(h->label);
	g_free(h->evidence);
	g_free(h->due_date);
	g_free(h);
}

/* apply - copy a verdict into the extract, as mp_extract_signals() would */
static void apply(fixture *f, mp_extract *ex, const verdict *v)
{
	if (v->automated_name) {
		ex->automated = v->automated;
		ex->automated_name = v->automated_name;
	}
	ex->departed = v->departed;
	if (v->replacement)
		ex->replacement = mp_participant_new(f->classifier, v->replacement, NULL, MP_ROLE_TO);
	ex->sig_title = g_strdup(v->sig_title);
	if (v->hit_category) {
		g_ptr_array_unref(ex->hits);
		ex->hits = g_ptr_array_new_with_free_func(hit_free);
		mp_rule_hit *h = g_new0(mp_rule_hit, 1);
		h->category = g_strdup(v->hit_category);
		h->rule = g_strdup_printf("%s_test", v->hit_category);
		h->label = g_strdup("test label");
		h->weight = 2;
		h->evidence = g_strdup(v->hit_evidence);
		g_ptr_array_add(ex->hits, h);
	}
	if (v->bounce_rcpt) {
		mp_bounce *b = g_new0(mp_bounce, 1);
		b->recipient = g_strdup(v->bounce_rcpt);
		b->status = g_strdup(v->bounce_gone ? "5.1.1" : "5.2.2");
		b->action = g_strdup("failed");
		b->permanent = TRUE;
		b->mailbox_gone = v->bounce_gone;
		b->diagnostic = g_strdup("550 user unknown");
		g_ptr_array_add(ex->bounces, b);
	}
}

/* store - one raw message with a verdict; returns the store outcome */
static mp_store_outcome store(fixture *f, const char *raw, const verdict *v)
{
	GError *error = NULL;
	mp_message *msg = mp_parse(raw, strlen(raw), &error);
	if (msg == NULL)
		fail_msg("parse: %s", error->message);
	mp_classification *cls = mp_classify(f->classifier, msg);
	assert_int_not_equal(cls->direction, MP_DIRECTION_NONE);
	mp_extract *ex = mp_extract_run(msg, cls);
	if (v)
		apply(f, ex, v);
	mp_store_outcome outcome = MP_STORED_NEW;
	assert_true(mp_store_begin(f->st, &error));
	if (!mp_store_message(f->st, f->cfg, msg, cls, ex, "test", &outcome, &error))
		fail_msg("store: %s", error->message);
	assert_true(mp_store_commit(f->st, &error));
	mp_extract_free(ex);
	mp_classification_free(cls);
	mp_message_free(msg);
	return outcome;
}

/* mail - a raw message; irt may be NULL (no In-Reply-To/References) */
static char *mail(const char *from, const char *to, const char *id, const char *irt,
                  const char *date, const char *subject, const char *body)
{
	return g_strdup_printf("From: %s\nTo: %s\nMessage-ID: <%s>\n%s%s%s%s%s%s"
	                       "Date: %s\nSubject: %s\n\n%s\n", from, to, id,
	                       irt ? "In-Reply-To: <" : "", irt ? irt : "", irt ? ">\n" : "",
	                       irt ? "References: <" : "", irt ? irt : "", irt ? ">\n" : "",
	                       date, subject, body);
}

/* feed - mail() then store(); returns the outcome */
static mp_store_outcome feed(fixture *f, const char *from, const char *to, const char *id,
                             const char *irt, const char *date, const char *subject,
                             const verdict *v)
{
	char *raw = mail(from, to, id, irt, date, subject, "Hello.");
	mp_store_outcome o = store(f, raw, v);
	g_free(raw);
	return o;
}

/* count - one integer from SQL */
static gint64 count(fixture *f, const char *sql)
{
	sqlite3 *db = NULL;
	sqlite3_stmt *s = NULL;
	assert_int_equal(sqlite3_open_v2(f->db_path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
	if (sqlite3_prepare_v2(db, sql, -1, &s, NULL) != SQLITE_OK)
		fail_msg("%s: %s", sql, sqlite3_errmsg(db));
	assert_int_equal(sqlite3_step(s), SQLITE_ROW);
	gint64 n = sqlite3_column_int64(s, 0);
	sqlite3_finalize(s);
	sqlite3_close(db);
	return n;
}

/* text - one string from SQL (caller frees), NULL for no row or NULL */
static char *text(fixture *f, const char *sql)
{
	sqlite3 *db = NULL;
	sqlite3_stmt *s = NULL;
	assert_int_equal(sqlite3_open_v2(f->db_path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
	if (sqlite3_prepare_v2(db, sql, -1, &s, NULL) != SQLITE_OK)
		fail_msg("%s: %s", sql, sqlite3_errmsg(db));
	char *v = sqlite3_step(s) == SQLITE_ROW && sqlite3_column_text(s, 0)
	              ? g_strdup((const char *)sqlite3_column_text(s, 0)) : NULL;
	sqlite3_finalize(s);
	sqlite3_close(db);
	return v;
}

/* day - "YYYY-MM-DD" (midnight UTC) or a full ISO 8601 time, as unix time */
static gint64 day(const char *iso)
{
	GTimeZone *utc = g_time_zone_new_utc();
	char *full = strlen(iso) == 10 ? g_strconcat(iso, "T00:00:00Z", NULL) : g_strdup(iso);
	GDateTime *dt = g_date_time_new_from_iso8601(full, utc);
	g_free(full);
	assert_non_null(dt);
	gint64 t = g_date_time_to_unix(dt);
	g_date_time_unref(dt);
	g_time_zone_unref(utc);
	return t;
}

/* status_of - a contact's status field as of a date */
static char *status_of(fixture *f, const char *address, const char *as_of, const char *field)
{
	mp_query q = { .as_of = day(as_of), .silent_days = 45 };
	GError *error = NULL;
	json_t *rows = mp_store_list_contacts(f->st, &q, &error);
	assert_non_null(rows);
	char *v = NULL;
	size_t i;
	json_t *row;
	json_array_foreach(rows, i, row)
		if (g_strcmp0(json_string_value(json_object_get(row, "address")), address) == 0)
			v = g_strdup(json_string_value(json_object_get(row, field)));
	json_decref(rows);
	return v;
}

#define assert_status(f, addr, as_of, want)                     \
	do {                                                        \
		char *got_ = status_of(f, addr, as_of, "status");       \
		assert_str_row(addr " " as_of, got_, want);             \
		g_free(got_);                                           \
	} while (0)

/* ---- migration ---------------------------------------------------------- */

static void test_upgrade_v1(void **state)
{
	fixture *f = *state;
	char *path = g_build_filename(f->dir, "v1.db", NULL);
	const char *root = g_getenv("MAILPULSE_ROOT");
	char *sql_path = g_build_filename(root ? root : ".", "tests/data/store-v1.sql", NULL);
	size_t len;
	char *sql = unit_read_file(sql_path, &len);
	sqlite3 *db = NULL;
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	char *err = NULL;
	if (sqlite3_exec(db, sql, NULL, NULL, &err) != SQLITE_OK)
		fail_msg("loading %s: %s", sql_path, err);
	sqlite3_close(db);
	free(sql);

	GError *error = NULL;
	/* a read-only command refuses to upgrade, and leaves the file alone */
	assert_null(mp_store_open(path, MP_STORE_READONLY, &error));
	g_clear_error(&error);
	mp_store *st = mp_store_open(path, MP_STORE_CREATE, &error);
	assert_non_null(st);
	assert_int_equal(mp_store_schema_version(st), MP_SCHEMA_VERSION);
	json_t *counts = mp_store_counts(st, &error);
	assert_int_equal(json_integer_value(json_object_get(counts, "messages")), 5);
	assert_int_equal(json_integer_value(json_object_get(counts, "contacts")), 11);
	assert_int_equal(json_integer_value(json_object_get(counts, "accounts")), 4);
	json_decref(counts);
	/* old rows read through the new columns and queries */
	mp_query q = { 0 };
	json_t *hits = mp_store_search(st, "kickoff", &q, &error);
	assert_true(json_array_size(hits) >= 1);
	json_decref(hits);
	json_t *contacts = mp_store_list_contacts(st, &q, &error);
	assert_non_null(contacts);
	assert_true(json_array_size(contacts) >= 5);
	json_decref(contacts);
	json_t *signals = mp_store_list_signals(st, &q, &error);
	assert_non_null(signals);
	json_decref(signals);
	/* and a new message goes in next to them */
	mp_pipeline *p = mp_pipeline_new(f->cfg, st, 1);
	const char *raw = "From: a@acme-logistics.com\nTo: b@us.com\nMessage-ID: <new@x>\n"
	                  "Date: Tue, 1 Dec 2026 10:00:00 +0000\nSubject: after the upgrade\n\nhi\n";
	assert_int_equal(mp_pipeline_process(p, raw, strlen(raw), NULL, "t", NULL), MP_PIPE_STORED);
	assert_true(mp_pipeline_flush(p, &error));
	mp_pipeline_free(p);
	mp_store_close(st);
	g_free(f->db_path);
	f->db_path = path;
	assert_int_equal(count(f, "SELECT count(*) FROM messages"), 6);
	assert_int_equal(count(f, "SELECT count(*) FROM messages WHERE automated = 'none'"), 6);
	assert_int_equal(count(f, "SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'upgrade'"), 1);
	g_free(sql_path);
}

/* ---- signals and contact events ----------------------------------------- */

static void test_rule_hits_and_idempotency(void **state)
{
	fixture *f = *state;
	verdict v = { .hit_category = "expansion",
	              .hit_evidence = "We would like to roll this out to our finance team." };
	assert_int_equal(feed(f, "Ann <ann@acme.com>", "me@us.com", "1@acme.com", NULL,
	                      "Tue, 1 Sep 2026 10:00:00 +0000", "seats", &v), MP_STORED_NO_ACCOUNT);
	assert_int_equal(feed(f, "Ann <ann@acme.com>", "me@us.com", "1@acme.com", NULL,
	                      "Tue, 1 Sep 2026 10:00:00 +0000", "seats", &v), MP_STORED_DUPLICATE);
	assert_int_equal(count(f, "SELECT count(*) FROM signals"), 1);
	assert_int_equal(count(f, "SELECT count(*) FROM contact_events"), 1);
	assert_int_equal(count(f, "SELECT count(*) FROM signals WHERE side = 'customer'"
	                          " AND contact_id = (SELECT id FROM contacts WHERE address = 'ann@acme.com')"), 1);
	/* no account holds the mail yet: listed only when asked for */
	mp_query none = { .category = "expansion" };
	GError *err0 = NULL;
	json_t *unlisted = mp_store_list_signals(f->st, &none, &err0);
	assert_int_equal(json_array_size(unlisted), 0);
	json_decref(unlisted);
	none.unattached = TRUE;
	unlisted = mp_store_list_signals(f->st, &none, &err0);
	assert_int_equal(json_array_size(unlisted), 1);
	assert_true(json_is_null(json_object_get(json_array_get(unlisted, 0), "account")));
	json_decref(unlisted);
	/* the account appears later (we answer): the signal and the event follow */
	assert_int_equal(feed(f, "Me <me@us.com>", "ann@acme.com", "2@us.com", "1@acme.com",
	                      "Tue, 1 Sep 2026 12:00:00 +0000", "Re: seats", NULL), MP_STORED_NEW);
	assert_int_equal(count(f, "SELECT count(*) FROM signals WHERE account_id IS NOT NULL"), 1);
	assert_int_equal(count(f, "SELECT count(*) FROM contact_events WHERE account_id IS NOT NULL"), 1);
	mp_query q = { .category = "expansion" };
	GError *error = NULL;
	json_t *rows = mp_store_list_signals(f->st, &q, &error);
	assert_int_equal(json_array_size(rows), 1);
	json_t *row = json_array_get(rows, 0);
	static const char *const fields[] = { "account", "category", "rule", "date", "message_id",
	                                      "contact", "evidence", "label", "weight" };
	for (guint i = 0; i < G_N_ELEMENTS(fields); i++)
		if (json_is_null(json_object_get(row, fields[i])) || !json_object_get(row, fields[i]))
			fail_msg("signal field %s missing", fields[i]);
	assert_string_equal(json_string_value(json_object_get(row, "account")), "acme.com");
	assert_string_equal(json_string_value(json_object_get(row, "message_id")), "1@acme.com");
	assert_string_equal(json_string_value(json_object_get(row, "evidence")),
	                    "We would like to roll this out to our finance team.");
	json_decref(rows);
}

static void test_new_stakeholder_moves_to_oldest(void **state)
{
	fixture *f = *state;
	verdict titled = { .sig_title = "VP Finance" };
	feed(f, "Me <me@us.com>", "Ann <ann@acme.com>", "1@us.com", NULL,
	     "Tue, 1 Sep 2026 10:00:00 +0000", "hello", NULL);
	/* Bob's later message arrives first (backfill in any order) */
	feed(f, "Bob <bob@acme.com>", "me@us.com", "3@acme.com", NULL,
	     "Thu, 1 Oct 2026 10:00:00 +0000", "budget", &titled);
	feed(f, "Me <me@us.com>", "Bob <bob@acme.com>", "2@us.com", NULL,
	     "Mon, 28 Sep 2026 10:00:00 +0000", "intro", NULL);
	assert_int_equal(count(f, "SELECT count(*) FROM contact_events WHERE kind = 'new_stakeholder'"), 2);
	char *when = text(f, "SELECT m.message_id FROM contact_events e JOIN messages m ON m.id = e.message_id"
	                     " JOIN contacts c ON c.id = e.contact_id WHERE c.address = 'bob@acme.com'");
	assert_str_row("bob's arrival", when, "2@us.com");
	g_free(when);
	/* the listing leaves out the contacts the account started with */
	mp_query q = { .category = "contact" };
	GError *error = NULL;
	json_t *rows = mp_store_list_signals(f->st, &q, &error);
	assert_int_equal(json_array_size(rows), 1);
	assert_string_equal(json_string_value(json_object_get(json_array_get(rows, 0), "contact")),
	                    "bob@acme.com");
	assert_non_null(strstr(json_string_value(json_object_get(json_array_get(rows, 0), "label")),
	                       "VP Finance"));
	json_decref(rows);
}

static void test_title_history(void **state)
{
	fixture *f = *state;
	verdict analyst = { .sig_title = "Senior Analyst" };
	verdict director = { .sig_title = "Director of Analytics" };
	feed(f, "Ann <ann@acme.com>", "me@us.com", "1@acme.com", NULL,
	     "Tue, 1 Sep 2026 10:00:00 +0000", "a", &analyst);
	feed(f, "Ann <ann@acme.com>", "me@us.com", "2@acme.com", NULL,
	     "Tue, 8 Sep 2026 10:00:00 +0000", "b", &analyst);
	feed(f, "Ann <ann@acme.com>", "me@us.com", "3@acme.com", NULL,
	     "Thu, 1 Oct 2026 10:00:00 +0000", "c", &director);
	/* a message without a title block changes nothing */
	feed(f, "Ann <ann@acme.com>", "me@us.com", "4@acme.com", NULL,
	     "Fri, 2 Oct 2026 10:00:00 +0000", "d", NULL);
	assert_int_equal(count(f, "SELECT count(*) FROM contact_titles"), 2);
	assert_int_equal(count(f, "SELECT count(*) FROM contact_events WHERE kind = 'title_change'"), 1);
	char *detail = text(f, "SELECT detail FROM contact_events WHERE kind = 'title_change'");
	assert_str_row("title change", detail, "Senior Analyst -> Director of Analytics");
	g_free(detail);
	char *now = status_of(f, "ann@acme.com", "2026-10-10", "title");
	char *then = status_of(f, "ann@acme.com", "2026-09-10", "title");
	assert_str_row("title now", now, "Director of Analytics");
	assert_str_row("title as of 09-10", then, "Senior Analyst");
	g_free(now);
	g_free(then);
}

static void test_departure_and_replacement(void **state)
{
	fixture *f = *state;
	feed(f, "Sarah <sarah@acme.com>", "me@us.com", "1@acme.com", NULL,
	     "Tue, 1 Sep 2026 10:00:00 +0000", "hello", NULL);
	feed(f, "Me <me@us.com>", "sarah@acme.com", "2@us.com", "1@acme.com",
	     "Tue, 20 Oct 2026 10:00:00 +0000", "Re: hello", NULL);
	verdict left = { .automated = MP_AUTO_REPLY, .automated_name = "auto_reply",
	                 .departed = TRUE, .replacement = "James.Wright@acme.com" };
	feed(f, "Sarah <sarah@acme.com>", "me@us.com", "3@acme.com", "2@us.com",
	     "Wed, 21 Oct 2026 10:00:00 +0000", "Automatic reply: hello", &left);
	assert_int_equal(count(f, "SELECT count(*) FROM contact_events e JOIN contacts c"
	                          " ON c.id = e.contact_id WHERE c.address = 'sarah@acme.com'"
	                          " AND e.kind = 'departed'"), 1);
	assert_int_equal(count(f, "SELECT count(*) FROM contact_events e JOIN contacts c"
	                          " ON c.id = e.contact_id JOIN contacts o ON o.id = e.other_contact_id"
	                          " WHERE c.address = 'sarah@acme.com' AND e.kind = 'replaced_by'"
	                          " AND o.address = 'james.wright@acme.com'"), 1);
	/* the successor is a contact of the same account, and a new stakeholder */
	assert_int_equal(count(f, "SELECT count(*) FROM contacts j JOIN contacts s"
	                          " ON s.account_id = j.account_id WHERE j.address = 'james.wright@acme.com'"
	                          " AND s.address = 'sarah@acme.com' AND j.account_id IS NOT NULL"), 1);
	assert_int_equal(count(f, "SELECT count(*) FROM contact_events e JOIN contacts c"
	                          " ON c.id = e.contact_id WHERE c.address = 'james.wright@acme.com'"
	                          " AND e.kind = 'new_stakeholder'"), 1);
	/* the auto-reply is not a reply */
	assert_int_equal(count(f, "SELECT count(*) FROM replies"), 1);
	assert_status(f, "sarah@acme.com", "2026-10-01", "active");
	assert_status(f, "sarah@acme.com", "2026-10-22", "replaced");
	char *successor = status_of(f, "sarah@acme.com", "2026-10-22", "replaced_by");
	assert_str_row("successor", successor, "james.wright@acme.com");
	g_free(successor);
	/* before the departure is dated, it is not known (silent: 50 days) */
	assert_status(f, "sarah@acme.com", "2026-10-21", "silent");
}

static void test_bounce_departure(void **state)
{
	fixture *f = *state;
	/* Bob wrote to us: a mailbox-gone bounce later means he left */
	feed(f, "Bob <bob@acme.com>", "me@us.com", "1@acme.com", NULL,
	     "Tue, 1 Sep 2026 10:00:00 +0000", "hello", NULL);
	/* Tim we only wrote to once (a typo, say); Ann is over quota */
	feed(f, "Me <me@us.com>", "tim@acme.com, ann@acme.com, bob@acme.com", "2@us.com", NULL,
	     "Tue, 1 Sep 2026 11:00:00 +0000", "hello all", NULL);
	feed(f, "Ann <ann@acme.com>", "me@us.com", "3@acme.com", NULL,
	     "Tue, 1 Sep 2026 12:00:00 +0000", "hi", NULL);
	verdict gone_bob = { .automated = MP_AUTO_BOUNCE, .automated_name = "bounce",
	                     .bounce_rcpt = "bob@acme.com", .bounce_gone = TRUE };
	verdict gone_tim = { .automated = MP_AUTO_BOUNCE, .automated_name = "bounce",
	                     .bounce_rcpt = "tim@acme.com", .bounce_gone = TRUE };
	verdict full_ann = { .automated = MP_AUTO_BOUNCE, .automated_name = "bounce",
	                     .bounce_rcpt = "ann@acme.com", .bounce_gone = FALSE };
	feed(f, "MAILER-DAEMON@mx.acme.com", "me@us.com", "b1@mx.acme.com", "2@us.com",
	     "Tue, 10 Nov 2026 10:00:00 +0000", "Undelivered Mail", &gone_bob);
	feed(f, "MAILER-DAEMON@mx.acme.com", "me@us.com", "b2@mx.acme.com", "2@us.com",
	     "Tue, 10 Nov 2026 10:01:00 +0000", "Undelivered Mail", &gone_tim);
	feed(f, "MAILER-DAEMON@mx.acme.com", "me@us.com", "b3@mx.acme.com", "2@us.com",
	     "Tue, 10 Nov 2026 10:02:00 +0000", "Undelivered Mail", &full_ann);
	assert_int_equal(count(f, "SELECT count(*) FROM bounces WHERE contact_id IS NOT NULL"), 3);
	assert_int_equal(count(f, "SELECT count(*) FROM contact_events WHERE kind = 'bounced'"), 3);
	assert_int_equal(count(f, "SELECT count(*) FROM contact_events e JOIN contacts c"
	                          " ON c.id = e.contact_id WHERE e.kind = 'departed'"), 1);
	assert_status(f, "bob@acme.com", "2026-11-11", "left");
	assert_status(f, "ann@acme.com", "2026-11-11", "silent");
	/* the listing shows bob's departure once, not also as a bounce */
	mp_query q = { .category = "contact", .account = NULL };
	GError *error = NULL;
	json_t *rows = mp_store_list_signals(f->st, &q, &error);
	guint departed = 0, bounced = 0;
	size_t i;
	json_t *row;
	json_array_foreach(rows, i, row) {
		const char *rule = json_string_value(json_object_get(row, "rule"));
		departed += g_strcmp0(rule, "departed") == 0;
		bounced += g_strcmp0(rule, "bounced") == 0;
	}
	assert_int_equal(departed, 1);
	assert_int_equal(bounced, 2);
	json_decref(rows);
	/* a bounce is never a reply */
	assert_int_equal(count(f, "SELECT count(*) FROM replies WHERE reply_id IN"
	                          " (SELECT id FROM messages WHERE automated = 'bounce')"), 0);
}

/* ---- threads ------------------------------------------------------------ */

static void test_subject_fallback(void **state)
{
	fixture *f = *state;
	/* two unrelated threads with the same subject, a week apart */
	feed(f, "Ann <ann@acme.com>", "me@us.com", "q1@acme.com", NULL,
	     "Tue, 1 Sep 2026 10:00:00 +0000", "Quick question", NULL);
	feed(f, "Bob <bob@beta.com>", "you@us.com", "q2@beta.com", NULL,
	     "Tue, 8 Sep 2026 10:00:00 +0000", "Quick question", NULL);
	assert_int_equal(count(f, "SELECT count(DISTINCT thread_id) FROM messages"), 2);
	/* me answers Ann from a client that sets no In-Reply-To */
	feed(f, "Me <me@us.com>", "ann@acme.com", "r1@us.com", NULL,
	     "Tue, 8 Sep 2026 11:00:00 +0000", "RE: Quick question", NULL);
	assert_int_equal(count(f, "SELECT count(DISTINCT thread_id) FROM messages"), 2);
	assert_int_equal(count(f, "SELECT count(*) FROM messages a JOIN messages b"
	                          " ON a.thread_id = b.thread_id WHERE a.message_id = 'q1@acme.com'"
	                          " AND b.message_id = 'r1@us.com' AND b.parent_id = 'q1@acme.com'"), 1);
	/* a third "Quick question" without a reply prefix is a new thread */
	feed(f, "Ann <ann@acme.com>", "me@us.com", "q3@acme.com", NULL,
	     "Wed, 9 Sep 2026 10:00:00 +0000", "Quick question", NULL);
	assert_int_equal(count(f, "SELECT count(DISTINCT thread_id) FROM messages"), 3);
	/* a reply from someone no thread was sent to stays apart */
	feed(f, "Carl <carl@gamma.com>", "me@us.com", "r2@gamma.com", NULL,
	     "Wed, 9 Sep 2026 12:00:00 +0000", "Re: Quick question", NULL);
	assert_int_equal(count(f, "SELECT count(DISTINCT thread_id) FROM messages"), 4);
	/* out of the window: a new thread */
	feed(f, "Me <me@us.com>", "bob@beta.com", "r3@us.com", NULL,
	     "Fri, 30 Oct 2026 10:00:00 +0000", "Re: Quick question", NULL);
	assert_int_equal(count(f, "SELECT count(DISTINCT thread_id) FROM messages"), 5);
}

/* test_subject_fallback_late_parent - a headerless reply stored before
 * the message it answers joins it when that message comes */
static void test_subject_fallback_late_parent(void **state)
{
	fixture *f = *state;
	/* our reply (Sent folder read first), then a customer's answer to it */
	feed(f, "Me <me@us.com>", "ann@acme.com", "r1@us.com", NULL,
	     "Tue, 8 Sep 2026 11:00:00 +0000", "RE: Renewal terms", NULL);
	feed(f, "Ann <ann@acme.com>", "me@us.com", "r2@acme.com", "r1@us.com",
	     "Tue, 8 Sep 2026 15:00:00 +0000", "Re: Renewal terms", NULL);
	/* a reply by someone the original was not sent to, and one too late */
	feed(f, "Carl <carl@gamma.com>", "me@us.com", "x1@gamma.com", NULL,
	     "Tue, 8 Sep 2026 12:00:00 +0000", "Re: Renewal terms", NULL);
	feed(f, "Bob <bob@acme.com>", "me@us.com", "x2@acme.com", NULL,
	     "Fri, 30 Oct 2026 10:00:00 +0000", "Re: Renewal terms", NULL);
	assert_int_equal(count(f, "SELECT count(DISTINCT thread_id) FROM messages"), 3);
	/* the original comes last */
	feed(f, "Ann <ann@acme.com>", "me@us.com, bob@acme.com", "o1@acme.com", NULL,
	     "Tue, 8 Sep 2026 09:00:00 +0000", "Renewal terms", NULL);
	assert_int_equal(count(f, "SELECT count(DISTINCT thread_id) FROM messages"), 3);
	assert_int_equal(count(f, "SELECT count(*) FROM messages WHERE message_id = 'r1@us.com'"
	                          " AND parent_id = 'o1@acme.com' AND thread_id ="
	                          " (SELECT thread_id FROM messages WHERE message_id = 'o1@acme.com')"), 1);
	assert_int_equal(count(f, "SELECT message_count FROM threads WHERE id ="
	                          " (SELECT thread_id FROM messages WHERE message_id = 'o1@acme.com')"), 3);
	assert_int_equal(count(f, "SELECT count(*) FROM messages WHERE parent_id IS NULL"
	                          " AND message_id IN ('x1@gamma.com', 'x2@acme.com')"), 2);
	/* the reply's latency is now known */
	assert_int_equal(count(f, "SELECT count(*) FROM replies r JOIN messages m ON m.id = r.reply_id"
	                          " WHERE m.message_id = 'r1@us.com' AND r.latency = 7200"), 1);
}

static void test_date_sanity(void **state)
{
	fixture *f = *state;
	/* the sender's clock is 3 days off: Received wins */
	const char *skewed =
		"Received: from x by mx.us.com; Tue, 1 Sep 2026 10:00:00 +0000\n"
		"From: a@acme.com\nTo: b@us.com\nMessage-ID: <d1@acme.com>\n"
		"Date: Fri, 4 Sep 2026 10:00:00 +0000\nSubject: s\n\nx\n";
	/* 20 hours late (queued on a laptop): the Date header stands */
	const char *queued =
		"Received: from x by mx.us.com; Wed, 2 Sep 2026 06:00:00 +0000\n"
		"From: a@acme.com\nTo: b@us.com\nMessage-ID: <d2@acme.com>\n"
		"Date: Tue, 1 Sep 2026 10:00:00 +0000\nSubject: s\n\nx\n";
	store(f, skewed, NULL);
	store(f, queued, NULL);
	assert_int_equal(count(f, "SELECT date FROM messages WHERE message_id = 'd1@acme.com'"),
	                 day("2026-09-01T10:00:00Z"));
	assert_int_equal(count(f, "SELECT count(*) FROM messages WHERE message_id = 'd1@acme.com'"
	                          " AND date_source = 'received'"), 1);
	assert_int_equal(count(f, "SELECT date FROM messages WHERE message_id = 'd2@acme.com'"),
	                 day("2026-09-01T10:00:00Z"));
}

/* ---- latency ------------------------------------------------------------ */

/* One reply the constructed thread must produce. */
typedef struct want_reply {
	const char *reply, *parent, *direction;
	gint64 minutes;
} want_reply;

static void test_latency_multi_party(void **state)
{
	fixture *f = *state;
	verdict ooo = { .automated = MP_AUTO_OUT_OF_OFFICE, .automated_name = "out_of_office" };
	/* the customer asks; we answer with Bob in copy; Bob's out-of-office
	 * answers us; Ann replies; we forward her reply to Carl; Carl answers
	 * the forward; we answer Carl; Bob, back, answers our first reply; our
	 * answer to Bob arrives in the database before Bob's message does. */
	const char *ann = "Ann <ann@acme.com>", *bob = "Bob <bob@acme.com>",
	           *carl = "Carl <carl@acme.com>", *me = "Me <me@us.com>";
	feed(f, ann, "me@us.com", "m1@acme.com", NULL, "Tue, 1 Sep 2026 09:00:00 +0000", "Plan", NULL);
	feed(f, me, "ann@acme.com, bob@acme.com", "m2@us.com", "m1@acme.com",
	     "Tue, 1 Sep 2026 10:30:00 +0000", "Re: Plan", NULL);
	feed(f, bob, "me@us.com", "m3@acme.com", "m2@us.com",
	     "Tue, 1 Sep 2026 10:31:00 +0000", "Out of Office: Re: Plan", &ooo);
	/* Ann is in New York: the Date header's zone must not matter */
	feed(f, ann, "me@us.com", "m4@acme.com", "m2@us.com",
	     "Tue, 1 Sep 2026 10:45:00 -0400", "Re: Plan", NULL);
	feed(f, me, "carl@acme.com", "m5@us.com", "m4@acme.com",
	     "Tue, 1 Sep 2026 15:00:00 +0000", "Fwd: Re: Plan", NULL);
	feed(f, carl, "me@us.com", "m6@acme.com", "m5@us.com",
	     "Tue, 1 Sep 2026 16:20:00 +0000", "Re: Fwd: Re: Plan", NULL);
	feed(f, me, "carl@acme.com", "m7@us.com", "m6@acme.com",
	     "Wed, 2 Sep 2026 09:05:00 +0000", "Re: Fwd: Re: Plan", NULL);
	feed(f, me, "bob@acme.com", "m9@us.com", "m8@acme.com",
	     "Thu, 3 Sep 2026 11:00:00 +0000", "Re: Plan", NULL);
	feed(f, bob, "me@us.com", "m8@acme.com", "m2@us.com",
	     "Thu, 3 Sep 2026 08:00:00 +0000", "Re: Plan", NULL);
	static const want_reply want[] = {
		{ "m2@us.com", "m1@acme.com", "outbound", 90 },
		{ "m4@acme.com", "m2@us.com", "inbound", 255 },
		{ "m6@acme.com", "m5@us.com", "inbound", 80 },
		{ "m7@us.com", "m6@acme.com", "outbound", 16 * 60 + 45 },
		{ "m8@acme.com", "m2@us.com", "inbound", 45 * 60 + 30 },
		{ "m9@us.com", "m8@acme.com", "outbound", 180 },
	};
	assert_int_equal(count(f, "SELECT count(DISTINCT thread_id) FROM messages"), 1);
	assert_int_equal(count(f, "SELECT count(*) FROM replies"), G_N_ELEMENTS(want));
	for (guint i = 0; i < G_N_ELEMENTS(want); i++) {
		char *sql = g_strdup_printf(
			"SELECT latency / 60 FROM replies r JOIN messages a ON a.id = r.reply_id"
			" JOIN messages b ON b.id = r.parent_id WHERE a.message_id = '%s'"
			" AND b.message_id = '%s' AND r.direction = '%s' AND latency %% 60 = 0",
			want[i].reply, want[i].parent, want[i].direction);
		gint64 got = count(f, sql);
		if (got != want[i].minutes)
			fail_msg("reply %s: got %" G_GINT64_FORMAT " minutes, want %" G_GINT64_FORMAT,
			         want[i].reply, got, want[i].minutes);
		g_free(sql);
	}
	/* medians per 30 days: customer 80, 255, 2730 -> 255; ours 90, 180, 1005 -> 180 */
	GError *error = NULL;
	mp_query q = { .as_of = day("2026-09-10T00:00:00Z") };
	json_t *rows = mp_store_latency(f->st, &q, &error);
	assert_non_null(rows);
	assert_int_equal(json_array_size(rows), 1);
	json_t *row = json_array_get(rows, 0);
	assert_int_equal(json_integer_value(json_object_get(row, "customer_replies")), 3);
	assert_int_equal(json_integer_value(json_object_get(row, "customer_median_s")), 255 * 60);
	assert_int_equal(json_integer_value(json_object_get(row, "our_replies")), 3);
	assert_int_equal(json_integer_value(json_object_get(row, "our_median_s")), 180 * 60);
	json_decref(rows);
}

/* ---- through the pipeline: the modules decide --------------------------- */

/* through - one raw message through mp_pipeline_process() */
static mp_pipe_outcome through(fixture *f, const char *raw)
{
	mp_pipeline *p = mp_pipeline_new(f->cfg, f->st, 1);
	char *reason = NULL;
	mp_pipe_outcome o = mp_pipeline_process(p, raw, strlen(raw), NULL, "t", &reason);
	GError *error = NULL;
	assert_true(mp_pipeline_flush(p, &error));
	if (o == MP_PIPE_DB_ERROR || o == MP_PIPE_BAD_INPUT)
		fail_msg("pipeline: %s", reason);
	g_free(reason);
	mp_pipeline_free(p);
	return o;
}

static const char ooo_departure[] =
	"From: Sarah Chen <sarah@acme.com>\nTo: me@us.com\nMessage-ID: <ooo@acme.com>\n"
	"In-Reply-To: <2@us.com>\nReferences: <2@us.com>\n"
	"Date: Wed, 28 Oct 2026 10:02:17 -0400\nSubject: Automatic reply: hello\n"
	"Auto-Submitted: auto-replied\nX-Auto-Response-Suppress: All\n\n"
	"Thank you for your message. I am no longer with Acme as of October 23. For operations "
	"analytics please contact James Wright at james.wright@acme.com, who has taken over my "
	"responsibilities.\n";

static const char dsn[] =
	"From: Mail Delivery System <MAILER-DAEMON@mx.acme.com>\nTo: me@us.com\n"
	"Subject: Undelivered Mail Returned to Sender\nDate: Tue, 10 Nov 2026 13:01:17 +0000\n"
	"Message-ID: <bounce@mx.acme.com>\nAuto-Submitted: auto-replied\nMIME-Version: 1.0\n"
	"Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n"
	"--b\nContent-Type: text/plain\n\nYour message could not be delivered.\n\n"
	"--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.acme.com\n\n"
	"Final-Recipient: rfc822; sarah@acme.com\nAction: failed\nStatus: 5.1.1\n"
	"Diagnostic-Code: smtp; 550 5.1.1 <sarah@acme.com>: Recipient address rejected: User "
	"unknown in virtual mailbox table\n\n--b--\n";

static void test_pipeline_verdicts(void **state)
{
	fixture *f = *state;
	char *first = mail("Sarah Chen <sarah@acme.com>", "me@us.com", "1@acme.com", NULL,
	                   "Tue, 1 Sep 2026 10:00:00 +0000", "hello",
	                   "Hi,\n\nplease see below.\n\nSarah Chen\nVP Operations\nAcme Inc.\n");
	char *ours = mail("Me <me@us.com>", "sarah@acme.com", "2@us.com", "1@acme.com",
	                  "Tue, 20 Oct 2026 10:00:00 +0000", "Re: hello", "Thanks Sarah.");
	assert_int_equal(through(f, first), MP_PIPE_STORED);
	assert_int_equal(through(f, ours), MP_PIPE_STORED);
	assert_int_equal(through(f, ooo_departure), MP_PIPE_STORED);
	assert_int_equal(through(f, dsn), MP_PIPE_STORED);
	/* replayed: nothing new */
	assert_int_equal(through(f, ooo_departure), MP_PIPE_DUPLICATE);
	assert_int_equal(through(f, dsn), MP_PIPE_DUPLICATE);
	char *kind = text(f, "SELECT automated FROM messages WHERE message_id = 'ooo@acme.com'");
	assert_true(kind && strcmp(kind, "none") != 0);
	g_free(kind);
	char *title = text(f, "SELECT title FROM contacts WHERE address = 'sarah@acme.com'");
	assert_str_row("title from the signature", title, "VP Operations");
	g_free(title);
	assert_int_equal(count(f, "SELECT count(*) FROM messages WHERE message_id = 'bounce@mx.acme.com'"
	                          " AND automated = 'bounce'"), 1);
	assert_int_equal(count(f, "SELECT count(*) FROM bounces WHERE recipient = 'sarah@acme.com'"
	                          " AND status = '5.1.1' AND permanent = 1 AND mailbox_gone = 1"), 1);
	/* departed twice (her auto-reply, the bounce), replaced once, no reply counted
	 * but ours */
	assert_int_equal(count(f, "SELECT count(*) FROM contact_events WHERE kind = 'departed'"), 2);
	assert_int_equal(count(f, "SELECT count(*) FROM contact_events e JOIN contacts o"
	                          " ON o.id = e.other_contact_id WHERE e.kind = 'replaced_by'"
	                          " AND o.address = 'james.wright@acme.com'"), 1);
	assert_int_equal(count(f, "SELECT count(*) FROM replies"), 1);
	assert_status(f, "sarah@acme.com", "2026-11-20", "replaced");
	g_free(first);
	g_free(ours);
}

/* rival_hit - the competitor hit of body, from `from` to the vendor,
 * through the signal stage with the shipped rules: its rival, or NULL */
static char *rival_hit(fixture *f, const mp_ruleset *rules, const char *from, const char *body)
{
	char *raw = mail(from, "Megan Doyle <megan.doyle@us.com>", "r@acme.com", NULL,
	                 "Tue, 1 Sep 2026 10:00:00 +0000", "options", body);
	GError *error = NULL;
	mp_message *msg = mp_parse(raw, strlen(raw), &error);
	assert_non_null(msg);
	mp_classification *cls = mp_classify(f->classifier, msg);
	mp_extract *ex = mp_extract_run(msg, cls);
	mp_extract_signals(ex, msg, cls, f->classifier, rules);
	char *rival = NULL;
	for (guint i = 0; i < ex->hits->len && rival == NULL; i++) {
		const mp_rule_hit *h = ex->hits->pdata[i];
		if (strcmp(h->category, "competitor") == 0)
			rival = g_strdup(h->rival ? h->rival : "(none)");
	}
	mp_extract_free(ex);
	mp_classification_free(cls);
	mp_message_free(msg);
	g_free(raw);
	return rival;
}

/* a rival that is a party of the message (our company, theirs, a person
 * on it) is no competitor; another name is, and is carried (issue 16) */
static void test_rival_not_a_party(void **state)
{
	fixture *f = *state;
	const char *root = getenv("MAILPULSE_ROOT");
	char *dir = g_build_filename(root ? root : ".", "rules", NULL);
	GError *error = NULL;
	mp_ruleset *rules = mp_rules_load(dir, NULL, &error);
	g_free(dir);
	assert_non_null(rules);
	const char *from = "Sarah Chen <sarah@acme.com>";
	char *r = rival_hit(f, rules, from, "Hi,\n\nWe have had a demo of Simpro last week.\n");
	assert_non_null(r);
	assert_string_equal(r, "Simpro");
	g_free(r);
	/* the customer's own company, a person on the mail */
	r = rival_hit(f, rules, from, "Hi,\n\nThe board liked the Acme proposal for the depot.\n");
	assert_null(r);
	r = rival_hit(f, rules, from, "Hi,\n\nThanks for the proposal from Megan last week.\n");
	assert_null(r);
	mp_rules_free(rules);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_upgrade_v1, setup, teardown),
		cmocka_unit_test_setup_teardown(test_rule_hits_and_idempotency, setup, teardown),
		cmocka_unit_test_setup_teardown(test_new_stakeholder_moves_to_oldest, setup, teardown),
		cmocka_unit_test_setup_teardown(test_title_history, setup, teardown),
		cmocka_unit_test_setup_teardown(test_departure_and_replacement, setup, teardown),
		cmocka_unit_test_setup_teardown(test_bounce_departure, setup, teardown),
		cmocka_unit_test_setup_teardown(test_subject_fallback, setup, teardown),
		cmocka_unit_test_setup_teardown(test_subject_fallback_late_parent, setup, teardown),
		cmocka_unit_test_setup_teardown(test_date_sanity, setup, teardown),
		cmocka_unit_test_setup_teardown(test_latency_multi_party, setup, teardown),
		cmocka_unit_test_setup_teardown(test_pipeline_verdicts, setup, teardown),
		cmocka_unit_test_setup_teardown(test_rival_not_a_party, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
