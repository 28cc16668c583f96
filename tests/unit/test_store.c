/*
 * test_store.c - the database through the pipeline: schema, idempotency,
 * accounts, contacts, threads, search; what a read-only connection may do
 * (dry-run erasure, private copies of tables) without changing the file.
 *
 * Each test gets a fresh database file in a temporary directory (the real
 * SQLite file, never a mock) and feeds raw messages through
 * mp_pipeline_process(), the path ingest and the milter's worker share.
 */
#include <glib/gstdio.h>
#include <sqlite3.h>
#include "unit.h"
#include "accounts_csv.h"
#include "analyze.h"
#include "forget.h"
#include "pipeline.h"
#include "quote_header.h"
#include "status.h"

typedef struct fixture {
	char *dir;
	char *db_path;
	mp_config *cfg;
	mp_store *st;
	mp_pipeline *p;
} fixture;

static int setup(void **state)
{
	fixture *f = g_new0(fixture, 1);
	f->dir = g_dir_make_tmp("mp-store-XXXXXX", NULL);
	f->db_path = g_build_filename(f->dir, "t.db", NULL);
	GError *error = NULL;
	f->cfg = mp_config_parse_text("t.conf", "InternalDomains us.com\n", &error);
	f->st = mp_store_open(f->db_path, MP_STORE_CREATE, &error);
	assert_non_null(f->st);
	f->p = mp_pipeline_new(f->cfg, f->st, 1);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	fixture *f = *state;
	mp_pipeline_free(f->p);
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

/* feed - one message through the pipeline; returns its outcome */
static mp_pipe_outcome feed(fixture *f, const char *from, const char *to, const char *id,
                            const char *refs, const char *date, const char *subject,
                            const char *body)
{
	char *raw = g_strdup_printf("From: %s\nTo: %s\nMessage-ID: <%s>\n%s%s%s"
	                            "Date: %s\nSubject: %s\n\n%s\n",
	                            from, to, id, refs ? "References: " : "", refs ? refs : "",
	                            refs ? "\n" : "", date, subject, body);
	char *reason = NULL;
	mp_pipe_outcome o = mp_pipeline_process(f->p, raw, strlen(raw), NULL, id, &reason);
	GError *error = NULL;
	assert_true(mp_pipeline_flush(f->p, &error));
	if (o == MP_PIPE_DB_ERROR)
		fail_msg("%s: database error: %s", id, reason);
	g_free(reason);
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

static void test_schema_version(void **state)
{
	fixture *f = *state;
	assert_int_equal(mp_store_schema_version(f->st), MP_SCHEMA_VERSION);
	/* a database from a newer mailpulse is refused, not written into */
	sqlite3 *db = NULL;
	sqlite3_open(f->db_path, &db);
	assert_int_equal(sqlite3_exec(db, "PRAGMA user_version = 99", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
	GError *error = NULL;
	assert_null(mp_store_open(f->db_path, 0, &error));
	assert_non_null(strstr(error->message, "newer than this mailpulse"));
	g_error_free(error);
}

static void test_missing_database(void **state)
{
	fixture *f = *state;
	char *path = g_build_filename(f->dir, "absent.db", NULL);
	GError *error = NULL;
	assert_null(mp_store_open(path, MP_STORE_READONLY, &error));
	assert_int_equal(error->code, MP_ERR_NOINPUT);
	g_error_free(error);
	g_free(path);
}

static void test_idempotent(void **state)
{
	fixture *f = *state;
	assert_int_equal(feed(f, "Ann <ann@acme.com>", "me@us.com", "1@acme.com", NULL,
	                      "Tue, 1 Sep 2026 10:00:00 +0000", "Hello", "hi"), MP_PIPE_STORED);
	assert_int_equal(feed(f, "Ann <ann@acme.com>", "me@us.com", "1@acme.com", NULL,
	                      "Tue, 1 Sep 2026 10:00:00 +0000", "Hello", "hi"), MP_PIPE_DUPLICATE);
	assert_int_equal(count(f, "SELECT count(*) FROM messages"), 1);
	assert_int_equal(count(f, "SELECT count(*) FROM messages_fts"), 1);
	assert_int_equal(feed(f, "a@us.com", "b@us.com", "2@us.com", NULL,
	                      "Tue, 1 Sep 2026 10:00:00 +0000", "internal", "x"), MP_PIPE_SKIPPED);
}

static void test_accounts_auto_create(void **state)
{
	fixture *f = *state;
	/* inbound alone creates no account (spam and cold mail would) */
	feed(f, "Ann <ann@acme.com>", "me@us.com", "1@acme.com", NULL,
	     "Tue, 1 Sep 2026 10:00:00 +0000", "Hello", "hi");
	assert_int_equal(count(f, "SELECT count(*) FROM accounts"), 0);
	assert_int_equal(count(f, "SELECT count(*) FROM messages WHERE account_id IS NULL"), 1);
	/* we answer a person there: the account appears and adopts the earlier mail */
	feed(f, "Me <me@us.com>", "ann@acme.com", "2@us.com", "<1@acme.com>",
	     "Tue, 1 Sep 2026 11:00:00 +0000", "Re: Hello", "hello");
	assert_int_equal(count(f, "SELECT count(*) FROM accounts WHERE name = 'acme.com' AND origin = 'auto'"), 1);
	assert_int_equal(count(f, "SELECT count(*) FROM messages WHERE account_id IS NULL"), 0);
	assert_int_equal(count(f, "SELECT count(*) FROM contacts WHERE account_id IS NOT NULL"), 1);
	/* freemail never makes an account */
	feed(f, "me@us.com", "joe@gmail.com", "3@us.com", NULL, "Tue, 1 Sep 2026 12:00:00 +0000",
	     "x", "x");
	assert_int_equal(count(f, "SELECT count(*) FROM accounts"), 1);
}

static void test_accounts_import(void **state)
{
	fixture *f = *state;
	feed(f, "me@us.com", "ann@sub.acme.co.uk", "2@us.com", NULL,
	     "Tue, 1 Sep 2026 11:00:00 +0000", "Offer", "hello");
	assert_int_equal(count(f, "SELECT count(*) FROM accounts WHERE origin = 'auto'"), 1);
	const char *csv = "account,domains,owner,arr,renewal_date,segment\n"
	                  "Acme,acme.co.uk;acme.com,am@us.com,1000,2027-01-01,mid\n";
	GError *error = NULL;
	GPtrArray *rows = mp_accounts_csv_parse("a.csv", csv, strlen(csv), &error);
	guint created = 0, updated = 0;
	assert_true(mp_store_import_accounts(f->st, rows, &created, &updated, &error));
	assert_int_equal(created, 1);
	g_ptr_array_unref(rows);
	/* the auto account is gone, its mail moved to the imported one */
	assert_int_equal(count(f, "SELECT count(*) FROM accounts"), 1);
	assert_int_equal(count(f, "SELECT count(*) FROM messages m JOIN accounts a ON a.id = m.account_id"
	                          " WHERE a.name = 'Acme'"), 1);
	assert_int_equal(count(f, "SELECT count(*) FROM threads WHERE account_id IS NULL"), 0);
	/* re-import updates, and the ARR history grows only on change */
	csv = "account,domains,owner,arr,renewal_date,segment\n"
	      "ACME,acme.com,am2@us.com,2000,2027-01-01,mid\n";
	rows = mp_accounts_csv_parse("a.csv", csv, strlen(csv), &error);
	assert_true(mp_store_import_accounts(f->st, rows, &created, &updated, &error));
	assert_int_equal(updated, 1);
	g_ptr_array_unref(rows);
	assert_int_equal(count(f, "SELECT count(*) FROM account_domains"), 1);
	assert_int_equal(count(f, "SELECT count(*) FROM account_arr_history"), 2);
	assert_int_equal(count(f, "SELECT count(*) FROM accounts WHERE owner = 'am2@us.com'"), 1);
}

static void test_best_name(void **state)
{
	fixture *f = *state;
	feed(f, "me@us.com", "ann <ann@acme.com>", "1@us.com", NULL,
	     "Tue, 1 Sep 2026 10:00:00 +0000", "a", "a");
	feed(f, "\"Ann Smith\" <ann@acme.com>", "me@us.com", "2@acme.com", NULL,
	     "Wed, 2 Sep 2026 10:00:00 +0000", "b", "b");
	feed(f, "me@us.com", "\"ann@acme.com\" <ann@acme.com>", "3@us.com", NULL,
	     "Thu, 3 Sep 2026 10:00:00 +0000", "c", "c");
	assert_int_equal(count(f, "SELECT count(*) FROM contacts WHERE name = 'Ann Smith'"), 1);
	assert_int_equal(count(f, "SELECT sent_count FROM contacts WHERE address = 'ann@acme.com'"), 1);
	assert_int_equal(count(f, "SELECT received_count FROM contacts WHERE address = 'ann@acme.com'"), 2);
	assert_int_equal(count(f, "SELECT first_seen FROM contacts WHERE address = 'ann@acme.com'"),
	                 1788256800);
}

/* a sender with no display name is named by a signature name that fits
 * the mailbox, never by one that does not; a display name beats it */
static void test_signature_name(void **state)
{
	fixture *f = *state;
	feed(f, "bgore@acme.com", "me@us.com", "s1@acme.com", NULL,
	     "Tue, 1 Sep 2026 10:00:00 +0000", "shipment",
	     "Can you confirm the shipment date?\n\nThanks,\nBrian Gore\nDirector of Operations\n"
	     "Acme Corp\n");
	assert_int_equal(count(f, "SELECT count(*) FROM contacts WHERE address = 'bgore@acme.com'"
	                          " AND name = 'Brian Gore'"), 1);
	feed(f, "info@acme.com", "me@us.com", "s2@acme.com", NULL,
	     "Tue, 1 Sep 2026 11:00:00 +0000", "news",
	     "Can you confirm the shipment date?\n\nThanks,\nBrian Gore\nDirector of Operations\n");
	assert_int_equal(count(f, "SELECT count(*) FROM contacts WHERE address = 'info@acme.com'"
	                          " AND name IS NULL"), 1);
	feed(f, "\"Brian P. Gore\" <bgore@acme.com>", "me@us.com", "s3@acme.com", NULL,
	     "Wed, 2 Sep 2026 10:00:00 +0000", "again", "Any news?\n");
	assert_int_equal(count(f, "SELECT count(*) FROM contacts WHERE address = 'bgore@acme.com'"
	                          " AND name = 'Brian P. Gore'"), 1);
}

static void test_threads_any_order(void **state)
{
	fixture *f = *state;
	/* grandchild first, then child, then the root: one thread */
	feed(f, "ann@acme.com", "me@us.com", "c@acme.com", "<a@us.com> <b@acme.com>",
	     "Tue, 1 Sep 2026 12:00:00 +0000", "Re: Re: Plan", "3");
	feed(f, "me@us.com", "ann@acme.com", "b@acme.com", "<a@us.com>",
	     "Tue, 1 Sep 2026 11:00:00 +0000", "Re: Plan", "2");
	feed(f, "me@us.com", "ann@acme.com", "a@us.com", NULL,
	     "Tue, 1 Sep 2026 10:00:00 +0000", "Plan", "1");
	assert_int_equal(count(f, "SELECT count(DISTINCT thread_id) FROM messages"), 1);
	assert_int_equal(count(f, "SELECT message_count FROM threads"), 3);
	/* two branches known only through a shared ancestor merge when it comes */
	feed(f, "ann@acme.com", "me@us.com", "x1@acme.com", "<root2@us.com>",
	     "Tue, 1 Sep 2026 12:00:00 +0000", "Re: Other", "x");
	feed(f, "bob@acme.com", "me@us.com", "x2@acme.com", "<mid2@us.com>",
	     "Tue, 1 Sep 2026 12:00:00 +0000", "Re: Other", "y");
	assert_int_equal(count(f, "SELECT count(*) FROM threads"), 3);
	feed(f, "me@us.com", "ann@acme.com", "mid2@us.com", "<root2@us.com>",
	     "Tue, 1 Sep 2026 11:00:00 +0000", "Re: Other", "z");
	assert_int_equal(count(f, "SELECT count(*) FROM threads"), 2);
	/* same subject, no references: separate threads */
	feed(f, "ann@acme.com", "me@us.com", "q1@acme.com", NULL,
	     "Tue, 1 Sep 2026 12:00:00 +0000", "Quick question", "q");
	feed(f, "bob@acme.com", "me@us.com", "q2@acme.com", NULL,
	     "Tue, 1 Sep 2026 12:00:00 +0000", "Quick question", "q");
	assert_int_equal(count(f, "SELECT count(*) FROM threads"), 4);
}

/* parent_of - the stored parent_id of message id, "" for none */
static char *parent_of(fixture *f, const char *id)
{
	sqlite3 *db = NULL;
	sqlite3_stmt *s = NULL;
	assert_int_equal(sqlite3_open_v2(f->db_path, &db, SQLITE_OPEN_READONLY, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT coalesce(parent_id, '') FROM messages"
	                                    " WHERE message_id = ?", -1, &s, NULL), SQLITE_OK);
	sqlite3_bind_text(s, 1, id, -1, SQLITE_STATIC);
	assert_int_equal(sqlite3_step(s), SQLITE_ROW);
	char *parent = g_strdup((const char *)sqlite3_column_text(s, 0));
	sqlite3_finalize(s);
	sqlite3_close(db);
	return parent;
}

/* assert_parent - message id was threaded under want */
static void assert_parent(fixture *f, const char *id, const char *want)
{
	char *got = parent_of(f, id);
	if (strcmp(got, want) != 0)
		fail_msg("%s: parent %s, want %s", id, got, want);
	g_free(got);
}

/* test_quote_header_date - the quoted "Sent:" forms, read as if UTC */
static void test_quote_header_date(void **state)
{
	(void)state;
	const gint64 noon = 1788436920; /* 2026-09-03 12:02 UTC */
	static const char *const forms[] = {
		"Sent: Thursday, September 03, 2026 12:02 PM",
		"Gesendet: Donnerstag, 3. September 2026 12:02",
		"Envoyé : jeudi 3 septembre 2026 12:02",
		"Enviado el: jueves, 3 de septiembre de 2026 12:02",
		"Verzonden: donderdag 3 september 2026 12:02",
		"Ann Smith@ACME on 09/03/2026 12:02 PM",
		"On Thu, Sep 3, 2026 at 12:02 PM, Ann <ann@acme.com> wrote:",
		"Am Do., 3. Sept. 2026 um 12:02 Uhr schrieb Ann <ann@acme.com>:",
		"El jue, 3 sept 2026 a las 12:02, Ann (<ann@acme.com>) escribió:",
		"Datum: 03.09.2026 12:02",
		">>> \"Smith, Ann\" <ann@acme.com> 09/03/26 12:02PM >>>",
	};
	for (guint i = 0; i < G_N_ELEMENTS(forms); i++)
		if (mp_quote_header_date(forms[i]) != noon)
			fail_msg("%s: %" G_GINT64_FORMAT, forms[i], mp_quote_header_date(forms[i]));
	assert_int_equal(mp_quote_header_date("Sent: Thursday, September 03, 2026"), 0);
	assert_int_equal(mp_quote_header_date("From: Ann 12:02"), 0);
	assert_int_equal(mp_quote_header_date(NULL), 0);
	/* 12 AM is midnight */
	assert_int_equal(mp_quote_header_date("09/03/2026 12:02 AM"), noon - 12 * 3600);
}

/* test_threads_by_quoted_header - a reply without In-Reply-To answers the
 * message its quoted header block names (author and minute), not the
 * latest of its subject */
static void test_threads_by_quoted_header(void **state)
{
	fixture *f = *state;
	/* English: two customers ask under one subject; we answer the first,
	 * quoting her Outlook header in our zone (+02:00) */
	feed(f, "Ann <ann@acme.com>", "me@us.com", "p1@acme.com", NULL,
	     "Tue, 1 Sep 2026 09:00:00 +0000", "Pricing", "What would 200 seats cost?");
	feed(f, "Bob Stone <bob@acme.com>", "me@us.com", "p2@acme.com", NULL,
	     "Tue, 1 Sep 2026 10:30:00 +0000", "Pricing", "Is there a discount for schools?");
	feed(f, "Me <me@us.com>", "ann@acme.com", "r1@us.com", NULL,
	     "Tue, 1 Sep 2026 11:00:00 +0000", "RE: Pricing",
	     "12,000 a year.\n\n-----Original Message-----\nFrom: Ann [mailto:ann@acme.com]\n"
	     "Sent: Tuesday, September 01, 2026 11:00 AM\nTo: Me\nSubject: Pricing\n\n"
	     "What would 200 seats cost?");
	assert_parent(f, "r1@us.com", "p1@acme.com");
	/* German, by display name only: the same author wrote twice */
	feed(f, "Jens Weber <jens@kunde.de>", "me@us.com", "d1@kunde.de", NULL,
	     "Wed, 2 Sep 2026 12:05:00 +0000", "Angebot", "Bitte senden Sie das Angebot.");
	feed(f, "Jens Weber <jens@kunde.de>", "me@us.com", "d2@kunde.de", NULL,
	     "Wed, 2 Sep 2026 16:00:00 +0000", "Angebot", "Und die Preise für 2027?");
	feed(f, "Me <me@us.com>", "jens@kunde.de", "r2@us.com", NULL,
	     "Wed, 2 Sep 2026 17:00:00 +0000", "AW: Angebot",
	     "Anbei das Angebot.\n\n-----Ursprüngliche Nachricht-----\nVon: Weber, Jens\n"
	     "Gesendet: Mittwoch, 2. September 2026 14:05\nAn: Me\nBetreff: Angebot\n\n"
	     "Bitte senden Sie das Angebot.");
	assert_parent(f, "r2@us.com", "d1@kunde.de");
	/* French, no reply prefix at all (older Outlook forgets it) */
	feed(f, "Claire Martin <claire@client.fr>", "me@us.com", "f1@client.fr", NULL,
	     "Thu, 3 Sep 2026 07:15:00 +0000", "Contrat", "Pouvez-vous relire le contrat ?");
	feed(f, "Me <me@us.com>", "claire@client.fr", "r3@us.com", NULL,
	     "Thu, 3 Sep 2026 08:00:00 +0000", "Contrat",
	     "C'est fait.\n\n-----Message d'origine-----\nDe : Claire Martin\n"
	     "Envoyé : jeudi 3 septembre 2026 09:15\nÀ : Me\nObjet : Contrat\n");
	assert_parent(f, "r3@us.com", "f1@client.fr");
	/* Lotus Notes and Gmail's Spanish line, in the customer's zones */
	feed(f, "Mary Ellis <mary@us.com>", "ann.smith@acme.com", "n1@us.com", NULL,
	     "Fri, 4 Sep 2026 13:30:00 +0000", "Invoice", "Here is the invoice.");
	feed(f, "Ann Smith <ann.smith@acme.com>", "mary@us.com", "n2@acme.com", NULL,
	     "Fri, 4 Sep 2026 15:00:00 +0000", "Re: Invoice",
	     "Thanks.\n\n\n\n\nMary Ellis@US on 09/04/2026 08:30 AM\n\nTo: Ann Smith/ACME\n"
	     "Subject: Invoice\n\nHere is the invoice.");
	feed(f, "Me <me@us.com>", "luis@cliente.es", "s1@us.com", NULL,
	     "Fri, 4 Sep 2026 08:00:00 +0000", "Pedido", "¿Confirma el pedido?");
	feed(f, "Luis <luis@cliente.es>", "me@us.com", "s2@cliente.es", NULL,
	     "Fri, 4 Sep 2026 09:00:00 +0000", "Re: Pedido",
	     "Sí.\n\nEl vie, 4 sept 2026 a las 10:00, Me (<me@us.com>) escribió:\n> ¿Confirma?");
	assert_parent(f, "n2@acme.com", "n1@us.com");
	assert_parent(f, "s2@cliente.es", "s1@us.com");
	/* a quoted time that fits no zone leaves the subject fallback to it */
	feed(f, "Me <me@us.com>", "ann@acme.com", "r4@us.com", NULL,
	     "Tue, 1 Sep 2026 12:00:00 +0000", "RE: Pricing",
	     "Again.\n\n-----Original Message-----\nFrom: Ann [mailto:ann@acme.com]\n"
	     "Sent: Tuesday, September 01, 2026 11:07 AM\n\nWhat would 200 seats cost?");
	assert_parent(f, "r4@us.com", "r1@us.com");
	assert_int_equal(count(f, "SELECT count(*) FROM threads"), 7);
	/* Dutch, the reply stored first and without a reply prefix: its
	 * parent adopts it when it comes */
	feed(f, "Me <me@us.com>", "pieter@klant.nl", "r5@us.com", NULL,
	     "Mon, 7 Sep 2026 09:00:00 +0000", "Offerte",
	     "Akkoord.\n\n-----Oorspronkelijk bericht-----\nVan: Pieter de Vries\n"
	     "Verzonden: maandag 7 september 2026 10:00\nAan: Me\nOnderwerp: Offerte\n");
	feed(f, "Pieter de Vries <pieter@klant.nl>", "me@us.com", "o1@klant.nl", NULL,
	     "Mon, 7 Sep 2026 08:00:00 +0000", "Offerte", "Kunt u de offerte bevestigen?");
	assert_parent(f, "r5@us.com", "o1@klant.nl");
	assert_int_equal(count(f, "SELECT count(*) FROM threads"), 8);
}

/* test_copies - the same mail under another Message-ID is stored once */
static void test_copies(void **state)
{
	fixture *f = *state;
	const char *body = "Please send the signed renewal by Friday, we need it for the audit.";
	assert_int_equal(feed(f, "ann@acme.com", "me@us.com", "c1@acme.com", NULL,
	                      "Tue, 1 Sep 2026 10:00:00 +0000", "Renewal", body), MP_PIPE_STORED);
	/* a gateway's copy: new id, two minutes later, white space changed */
	assert_int_equal(feed(f, "ann@acme.com", "me@us.com, you@us.com", "gw-77@relay.acme.com", NULL,
	                      "Tue, 1 Sep 2026 10:02:00 +0000", "Renewal",
	                      "Please send the signed renewal by Friday,\nwe need it for the audit."),
	                 MP_PIPE_DUPLICATE);
	/* the same words to someone else: another message */
	assert_int_equal(feed(f, "ann@acme.com", "bob@us.com", "c2@acme.com", NULL,
	                      "Tue, 1 Sep 2026 10:03:00 +0000", "Renewal", body), MP_PIPE_STORED);
	/* an hour later: a reminder, not a copy */
	assert_int_equal(feed(f, "ann@acme.com", "me@us.com", "c3@acme.com", NULL,
	                      "Tue, 1 Sep 2026 11:00:00 +0000", "Renewal", body), MP_PIPE_STORED);
	/* another subject, or too little text to compare */
	assert_int_equal(feed(f, "ann@acme.com", "me@us.com", "c4@acme.com", NULL,
	                      "Tue, 1 Sep 2026 10:01:00 +0000", "Audit", body), MP_PIPE_STORED);
	assert_int_equal(feed(f, "ann@acme.com", "me@us.com", "t1@acme.com", NULL,
	                      "Tue, 1 Sep 2026 10:05:00 +0000", "Thanks", "Thanks!"), MP_PIPE_STORED);
	assert_int_equal(feed(f, "ann@acme.com", "me@us.com", "t2@acme.com", NULL,
	                      "Tue, 1 Sep 2026 10:06:00 +0000", "Thanks", "Thanks!"), MP_PIPE_STORED);
	assert_int_equal(count(f, "SELECT count(*) FROM messages"), 6);
	/* captured live (a queue id each): stored as the MTA delivered them */
	for (int i = 0; i < 2; i++) {
		char *id = g_strdup_printf("live%d@acme.com", i), *qid = g_strdup_printf("4F2A%d", i);
		char *raw = g_strdup_printf("From: ann@acme.com\nTo: me@us.com\nMessage-ID: <%s>\n"
		                            "Date: Tue, 1 Sep 2026 12:00:00 +0000\nSubject: Renewal\n\n%s\n",
		                            id, body);
		/* the pipeline takes the envelope over and frees it */
		mp_envelope *env = g_new0(mp_envelope, 1);
		env->sender = g_strdup("ann@acme.com");
		env->recipients = g_ptr_array_new_with_free_func(g_free);
		g_ptr_array_add(env->recipients, g_strdup("me@us.com"));
		env->queue_id = qid;
		char *reason = NULL;
		assert_int_equal(mp_pipeline_process(f->p, raw, strlen(raw), env, id, &reason),
		                 MP_PIPE_STORED);
		GError *error = NULL;
		assert_true(mp_pipeline_flush(f->p, &error));
		g_free(reason);
		g_free(raw);
		g_free(id);
	}
	assert_int_equal(count(f, "SELECT count(*) FROM messages WHERE queue_id LIKE '4F2A_'"), 2);
}

/* raw_thread_message - one message of a thread: In-Reply-To and/or References */
static void feed_raw(fixture *f, const char *id, const char *irt, const char *refs, int minute)
{
	char *raw = g_strdup_printf("From: ann@acme.com\nTo: me@us.com\nMessage-ID: <%s>\n"
	                            "%s%s%s%s%s%s"
	                            "Date: Tue, 1 Sep 2026 10:%02d:00 +0000\nSubject: Re: Plan\n\nx\n",
	                            id, irt ? "In-Reply-To: <" : "", irt ? irt : "", irt ? ">\n" : "",
	                            refs ? "References: " : "", refs ? refs : "", refs ? "\n" : "",
	                            minute);
	char *reason = NULL;
	mp_pipe_outcome o = mp_pipeline_process(f->p, raw, strlen(raw), NULL, id, &reason);
	if (o != MP_PIPE_STORED)
		fail_msg("%s: %s (%s)", id, mp_pipe_outcome_name(o), reason ? reason : "");
	GError *error = NULL;
	assert_true(mp_pipeline_flush(f->p, &error));
	g_free(reason);
	g_free(raw);
}

/* Every shape of a 4-message thread, delivered in each of the 24 orders,
 * ends as one thread of 4 messages. */
static void test_thread_shapes_every_order(void **state)
{
	fixture *f = *state;
	/* parent of each message (index into the same row), -1 for the root;
	 * refs: 1 = full References chain, 0 = In-Reply-To only */
	static const struct { const char *name; int parent[4]; int refs; } shapes[] = {
		{ "chain, References", { -1, 0, 1, 2 }, 1 },
		{ "chain, In-Reply-To only", { -1, 0, 1, 2 }, 0 },
		{ "fork, References", { -1, 0, 0, 2 }, 1 },
		{ "fork, In-Reply-To only", { -1, 0, 0, 2 }, 0 },
		{ "star, In-Reply-To only", { -1, 0, 0, 0 }, 0 },
	};
	int perm[4] = { 0, 1, 2, 3 };
	int n_threads = 0;
	for (guint s = 0; s < G_N_ELEMENTS(shapes); s++) {
		for (int p = 0; p < 24; p++) {
			/* p-th permutation of 4 (factorial number system) */
			int pool[4] = { 0, 1, 2, 3 }, left = 4, k = p;
			for (int i = 0; i < 4; i++) {
				int fact = 1;
				for (int j = 2; j < left; j++)
					fact *= j;
				int pick = k / fact;
				k %= fact;
				perm[i] = pool[pick];
				for (int j = pick; j < left - 1; j++)
					pool[j] = pool[j + 1];
				left--;
			}
			for (int i = 0; i < 4; i++) {
				int m = perm[i];
				char id[64], parent_id[64];
				g_snprintf(id, sizeof id, "s%up%dm%d@acme.com", s, p, m);
				int par = shapes[s].parent[m];
				g_snprintf(parent_id, sizeof parent_id, "s%up%dm%d@acme.com", s, p, par);
				GString *refs = g_string_new(NULL);
				for (int a = par; shapes[s].refs && a >= 0; a = shapes[s].parent[a]) {
					char *one = g_strdup_printf("<s%up%dm%d@acme.com> ", s, p, a);
					g_string_prepend(refs, one);
					g_free(one);
				}
				feed_raw(f, id, par >= 0 ? parent_id : NULL,
				         refs->len ? refs->str : NULL, i);
				g_string_free(refs, TRUE);
			}
			n_threads++;
			char *sql = g_strdup_printf("SELECT count(DISTINCT thread_id) FROM messages"
			                            " WHERE message_id LIKE 's%up%dm%%'", s, p);
			gint64 got = count(f, sql);
			g_free(sql);
			if (got != 1)
				fail_msg("%s, order %d%d%d%d: %" G_GINT64_FORMAT " threads, want 1",
				         shapes[s].name, perm[0], perm[1], perm[2], perm[3], got);
		}
	}
	assert_int_equal(count(f, "SELECT count(*) FROM threads"), n_threads);
	assert_int_equal(count(f, "SELECT count(*) FROM threads WHERE message_count != 4"), 0);
}

static void test_search(void **state)
{
	fixture *f = *state;
	feed(f, "ann@acme.com", "me@us.com", "1@acme.com", NULL, "Tue, 1 Sep 2026 10:00:00 +0000",
	     "Forecasting module", "Could we try the forecasting module for the finance team?");
	feed(f, "ann@acme.com", "me@us.com", "2@acme.com", NULL, "Tue, 8 Sep 2026 10:00:00 +0000",
	     "Bounce", "Status 5.1.1 user unknown; the café is closed");
	mp_query q = { 0 };
	GError *error = NULL;
	json_t *rows = mp_store_search(f->st, "finance", &q, &error);
	assert_int_equal(json_array_size(rows), 1);
	const char *snippet = json_string_value(json_object_get(json_array_get(rows, 0), "snippet"));
	assert_non_null(strstr(snippet, "[finance]"));
	json_decref(rows);
	/* FTS5 syntax in the query is retried as plain words */
	rows = mp_store_search(f->st, "5.1.1", &q, &error);
	assert_non_null(rows);
	assert_int_equal(json_array_size(rows), 1);
	json_decref(rows);
	/* diacritics fold */
	rows = mp_store_search(f->st, "cafe", &q, &error);
	assert_int_equal(json_array_size(rows), 1);
	json_decref(rows);
	/* date window: --until is exclusive of the bound given */
	q.until = 1788307200; /* 2026-09-02 00:00 UTC */
	rows = mp_store_search(f->st, "forecasting OR cafe", &q, &error);
	assert_int_equal(json_array_size(rows), 1);
	json_decref(rows);
}

/* erase_totals - {deleted, changed} summed over the tables of counts */
static void erase_totals(json_t *counts, json_int_t *deleted, json_int_t *changed)
{
	const char *table;
	json_t *c;
	*deleted = *changed = 0;
	json_object_foreach(counts, table, c) {
		*deleted += json_integer_value(json_object_get(c, "deleted"));
		*changed += json_integer_value(json_object_get(c, "changed"));
	}
}

/* erase - forget target (or purge before cutoff when target is NULL) on
 * st, committed unless st is read-only; returns the counts */
static json_t *erase(mp_store *st, const char *target, gint64 cutoff)
{
	GError *error = NULL;
	assert_true(mp_store_begin_erase(st, &error));
	mp_forget *fg = target ? mp_forget_new(target, &error) : NULL;
	json_t *counts = target ? mp_store_forget(st, fg, &error) : mp_store_purge(st, cutoff, &error);
	if (counts == NULL)
		fail_msg("erase: %s", error->message);
	if (mp_store_readonly(st))
		mp_store_rollback(st);
	else
		assert_true(mp_store_commit(st, &error));
	mp_forget_free(fg);
	return counts;
}

/* A dry run is a read-only connection: forget and purge count exactly the
 * rows the real run then deletes and changes, and the file is unchanged. */
static void test_readonly_dry_run(void **state)
{
	fixture *f = *state;
	feed(f, "Ann Lee <ann@acme.com>", "me@us.com", "1@acme.com", NULL,
	     "Tue, 1 Sep 2026 10:00:00 +0000", "Seats", "We need 20 more seats.");
	feed(f, "me@us.com", "Ann Lee <ann@acme.com>", "2@us.com", "<1@acme.com>",
	     "Tue, 1 Sep 2026 11:00:00 +0000", "Re: Seats", "Sure.");
	feed(f, "Bob <bob@acme.com>", "me@us.com", "3@acme.com", NULL,
	     "Wed, 2 Sep 2026 10:00:00 +0000", "Ann", "Ann Lee has left; I take over.");
	feed(f, "Cy <cy@other.org>", "me@us.com", "4@other.org", NULL,
	     "Wed, 2 Sep 2026 10:00:00 +0000", "Hello", "unrelated");
	gint64 messages = count(f, "SELECT count(*) FROM messages");
	const char *targets[] = { "ann@acme.com", "acme.com", NULL };
	for (guint i = 0; i < G_N_ELEMENTS(targets); i++) {
		GError *error = NULL;
		mp_store *ro = mp_store_open(f->db_path, MP_STORE_READONLY, &error);
		assert_non_null(ro);
		json_t *dry = erase(ro, targets[i], 1893456000); /* purge: before 2030 */
		mp_store_close(ro);
		assert_int_equal(count(f, "SELECT count(*) FROM messages"), messages);
		json_t *real = erase(f->st, targets[i], 1893456000);
		json_int_t dd, dc, rd, rc;
		erase_totals(dry, &dd, &dc);
		erase_totals(real, &rd, &rc);
		assert_true(rd + rc > 0);
		if (!json_equal(dry, real)) {
			char *a = json_dumps(dry, JSON_SORT_KEYS), *b = json_dumps(real, JSON_SORT_KEYS);
			fail_msg("%s: dry run %s, real %s", targets[i] ? targets[i] : "purge", a, b);
		}
		messages = count(f, "SELECT count(*) FROM messages");
		json_decref(dry);
		json_decref(real);
	}
}

/* mp_store_shadow: a read-only connection writes into private copies that
 * only it sees; the file and other connections never see the writes */
static void test_shadow(void **state)
{
	fixture *f = *state;
	const char *csv = "account,domains,owner,arr,renewal_date,segment\n"
	                  "Acme,acme.com,am@us.com,1000,2027-01-01,mid\n";
	GError *error = NULL;
	GPtrArray *rows = mp_accounts_csv_parse("a.csv", csv, strlen(csv), &error);
	guint created = 0, updated = 0;
	assert_true(mp_store_import_accounts(f->st, rows, &created, &updated, &error));
	g_ptr_array_unref(rows);
	mp_store *ro = mp_store_open(f->db_path, MP_STORE_READONLY, &error);
	assert_non_null(ro);
	/* without a copy, a read-only connection cannot write */
	assert_false(mp_analyze_snooze(ro, "Acme", "2026-12-01", &error));
	g_clear_error(&error);
	static const char *const tables[] = { "snoozes", NULL };
	assert_true(mp_store_shadow(ro, tables, &error));
	assert_true(mp_store_shadow(ro, tables, &error)); /* again: nothing to do */
	assert_true(mp_analyze_snooze(ro, "Acme", "2026-12-01", &error));
	json_t *seen = mp_analyze_list_snoozes(ro, 1764547200 /* 2025-12-01 */, &error);
	assert_int_equal(json_array_size(seen), 1);
	json_decref(seen);
	mp_store_close(ro);
	assert_int_equal(count(f, "SELECT count(*) FROM snoozes"), 0);
}

/* A writer leaves the -wal and -shm files when it closes: a reader who
 * may not create them (a member of the database's group) still reads */
static void test_wal_files_stay(void **state)
{
	fixture *f = *state;
	feed(f, "Ann <ann@acme.com>", "me@us.com", "1@acme.com", NULL,
	     "Tue, 1 Sep 2026 10:00:00 +0000", "Hello", "hi");
	mp_pipeline_free(f->p);
	f->p = NULL;
	mp_store_close(f->st);
	f->st = NULL;
	char *wal = g_strconcat(f->db_path, "-wal", NULL), *shm = g_strconcat(f->db_path, "-shm", NULL);
	assert_true(g_file_test(wal, G_FILE_TEST_EXISTS));
	assert_true(g_file_test(shm, G_FILE_TEST_EXISTS));
	g_free(wal);
	g_free(shm);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_schema_version, setup, teardown),
		cmocka_unit_test_setup_teardown(test_missing_database, setup, teardown),
		cmocka_unit_test_setup_teardown(test_idempotent, setup, teardown),
		cmocka_unit_test_setup_teardown(test_accounts_auto_create, setup, teardown),
		cmocka_unit_test_setup_teardown(test_accounts_import, setup, teardown),
		cmocka_unit_test_setup_teardown(test_best_name, setup, teardown),
		cmocka_unit_test_setup_teardown(test_signature_name, setup, teardown),
		cmocka_unit_test_setup_teardown(test_threads_any_order, setup, teardown),
		cmocka_unit_test(test_quote_header_date),
		cmocka_unit_test_setup_teardown(test_threads_by_quoted_header, setup, teardown),
		cmocka_unit_test_setup_teardown(test_copies, setup, teardown),
		cmocka_unit_test_setup_teardown(test_thread_shapes_every_order, setup, teardown),
		cmocka_unit_test_setup_teardown(test_search, setup, teardown),
		cmocka_unit_test_setup_teardown(test_readonly_dry_run, setup, teardown),
		cmocka_unit_test_setup_teardown(test_shadow, setup, teardown),
		cmocka_unit_test_setup_teardown(test_wal_files_stay, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
