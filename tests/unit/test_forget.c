/*
 * test_forget.c - what names the target of `forget`, and that erasure
 * declares every table of the schema.
 */
#include <glib/gstdio.h>
#include <sqlite3.h>
#include "unit.h"
#include "forget.h"
#include "store.h"
#include "status.h"

static const struct {
	const char *target;
	const char *name;   /* a display name added, or NULL */
	const char *text;
	gboolean want;
} mentions[] = {
	{ "bob@acme.com", NULL, "write to bob@acme.com today", TRUE },
	{ "bob@acme.com", NULL, "<BOB@Acme.COM>", TRUE },
	{ "bob@acme.com", NULL, "On Tue, Bob <bob@acme.com> wrote:", TRUE },
	{ "bob@acme.com", NULL, "bob@acme.com.", TRUE },
	{ "bob@acme.com", NULL, "jimbob@acme.com", FALSE },
	{ "bob@acme.com", NULL, "jim.bob@acme.com", FALSE },
	{ "bob@acme.com", NULL, "bob@acme.com.au", FALSE },
	{ "bob@acme.com", NULL, "bob@acme.community", FALSE },
	{ "bob@acme.com", NULL, "bob@acme.co", FALSE },
	{ "bob@acme.com", "Bob Jones", "as Bob Jones said", TRUE },
	{ "bob@acme.com", "Bob Jones", "as BOB  JONES said", TRUE },
	{ "bob@acme.com", "Bob Jones", "as Bob\r\nJones said", TRUE },
	{ "bob@acme.com", "Bob Jones", "Bob Jonesy", FALSE },
	{ "bob@acme.com", "Bob Jones", "Bob Jones’s plan", TRUE },
	{ "bob@acme.com", "Jones, Bob", "ask Bob Jones", TRUE },
	{ "bob@acme.com", "Bob", "Bob said", FALSE },                  /* one word: ignored */
	{ "bob@acme.com", "Jürgen Müller", "Herr JÜRGEN MÜLLER schrieb", TRUE },
	{ "acme.com", NULL, "see www.acme.com/pricing", TRUE },
	{ "acme.com", NULL, "ann@eu.acme.com", TRUE },
	{ "acme.com", NULL, "Acme.com is growing", TRUE },
	{ "acme.com", NULL, "notacme.com", FALSE },
	{ "acme.com", NULL, "acme.com-old", FALSE },
	{ "acme.com", NULL, "acme.company", FALSE },
	{ "acme.com", NULL, "", FALSE },
};

static void test_mentions(void **state)
{
	for (guint i = 0; i < G_N_ELEMENTS(mentions); i++) {
		mp_forget *f = mp_forget_new(mentions[i].target, NULL);
		assert_non_null(f);
		if (mentions[i].name)
			mp_forget_add_name(f, mentions[i].name);
		gboolean got = mp_forget_mentions(f, mentions[i].text, -1);
		if (got != mentions[i].want)
			fail_msg("row %u: \"%s\" in \"%s\": got %d, want %d", i, mentions[i].target,
			         mentions[i].text, got, mentions[i].want);
		mp_forget_free(f);
	}
}

static const struct {
	const char *target;
	const char *x;
	gboolean want;
} covers[] = {
	{ "bob@acme.com", "bob@acme.com", TRUE },
	{ "bob@acme.com", "BOB@ACME.COM", TRUE },
	{ "bob@acme.com", "ann@acme.com", FALSE },
	{ "bob@acme.com", "acme.com", FALSE },
	{ "acme.com", "ann@acme.com", TRUE },
	{ "acme.com", "ann@eu.acme.com", TRUE },
	{ "acme.com", "eu.acme.com", TRUE },
	{ "acme.com", "ann@notacme.com", FALSE },
	{ "acme.com", "acme.com.au", FALSE },
};

static void test_covers(void **state)
{
	for (guint i = 0; i < G_N_ELEMENTS(covers); i++) {
		mp_forget *f = mp_forget_new(covers[i].target, NULL);
		gboolean got = mp_forget_covers(f, covers[i].x);
		if (got != covers[i].want)
			fail_msg("row %u: %s covers %s: got %d, want %d", i, covers[i].target, covers[i].x,
			         got, covers[i].want);
		mp_forget_free(f);
	}
}

static void test_bad_targets(void **state)
{
	static const char *const bad[] = { "", "bob", "@acme.com", "bob@", "bob@acme",
	                                   "a b@acme.com", "acme..com", ".acme.com", "a@b@acme.com" };
	for (guint i = 0; i < G_N_ELEMENTS(bad); i++) {
		GError *error = NULL;
		mp_forget *f = mp_forget_new(bad[i], &error);
		if (f != NULL)
			fail_msg("\"%s\" accepted as a target", bad[i]);
		assert_int_equal(error->code, MP_ERR_USAGE);
		g_error_free(error);
	}
	mp_forget *f = mp_forget_new(" Bob@Acme.COM ", NULL);
	assert_string_equal(mp_forget_target(f), "bob@acme.com");
	assert_false(mp_forget_is_domain(f));
	mp_forget_free(f);
}

/* fresh_db - a new database file at the current schema; returns its
 * path (in a new temporary directory, see remove_db) */
static char *fresh_db(void)
{
	char *dir = g_dir_make_tmp("mp-forget-XXXXXX", NULL);
	char *path = g_build_filename(dir, "t.db", NULL);
	g_free(dir);
	mp_store *st = mp_store_open(path, MP_STORE_CREATE, NULL);
	assert_non_null(st);
	mp_store_close(st);
	return path;
}

static void remove_db(char *path)
{
	char *dir = g_path_get_dirname(path);
	char *cmd = g_strdup_printf("rm -rf '%s'", dir);
	assert_int_equal(system(cmd), 0);
	g_free(cmd);
	g_free(dir);
	g_free(path);
}

/* problems_of - what mp_store_erase_check() says of the file (caller frees) */
static char *problems_of(const char *path)
{
	mp_store *st = mp_store_open(path, 0, NULL);
	assert_non_null(st);
	GString *problems = g_string_new(NULL);
	assert_true(mp_store_erase_check(st, problems, NULL));
	mp_store_close(st);
	return g_string_free(problems, FALSE);
}

/* Every table of the schema is declared: a migration that adds a table
 * holding people's data fails here until forget and purge handle it. */
static void test_every_table_declared(void **state)
{
	char *path = fresh_db();
	char *problems = problems_of(path);
	if (*problems)
		fail_msg("tables that forget and purge do not know:\n%s", problems);
	g_free(problems);
	remove_db(path);
}

/* ... and the check can fail: a table added behind its back is named. */
static void test_undeclared_table_reported(void **state)
{
	char *path = fresh_db();
	sqlite3 *db = NULL;
	assert_int_equal(sqlite3_open(path, &db), SQLITE_OK);
	assert_int_equal(sqlite3_exec(db, "CREATE TABLE notes (contact TEXT, body TEXT)", NULL,
	                              NULL, NULL), SQLITE_OK);
	sqlite3_close(db);
	char *problems = problems_of(path);
	assert_string_equal(problems, "notes: not declared in erase_tables[]\n");
	g_free(problems);
	remove_db(path);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_mentions),
		cmocka_unit_test(test_covers),
		cmocka_unit_test(test_bad_targets),
		cmocka_unit_test(test_every_table_declared),
		cmocka_unit_test(test_undeclared_table_reported),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
