/*
 * test_source.c - the walk of ingest and inspect (source.c): a file read
 * as a stream splits an mbox exactly as the in-memory splitter does, cuts
 * long messages and says how long they were; a file that shrinks while it
 * is read is an error for that file (it was SIGBUS); a FIFO is reported,
 * never opened for reading (it blocked forever); every directory is walked
 * once however many symbolic links lead back to it (it looped).
 *
 * A watchdog alarm turns a walk that would block or loop into a failed
 * test instead of a hung one.
 */
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>
#include "unit.h"
#include "source.h"

#define WATCHDOG_S 60

typedef struct seen {
	GPtrArray *origins;   /* char * */
	GPtrArray *bodies;    /* GBytes * */
	GArray *full_lens;    /* guint64 */
	GPtrArray *errors;    /* "path: reason" */
	const char *truncate; /* truncate this file after the first message */
} seen;

static void seen_init(seen *s)
{
	s->origins = g_ptr_array_new_with_free_func(g_free);
	s->bodies = g_ptr_array_new_with_free_func((GDestroyNotify)g_bytes_unref);
	s->full_lens = g_array_new(FALSE, FALSE, sizeof(guint64));
	s->errors = g_ptr_array_new_with_free_func(g_free);
	s->truncate = NULL;
}

static void seen_clear(seen *s)
{
	g_ptr_array_unref(s->origins);
	g_ptr_array_unref(s->bodies);
	g_array_unref(s->full_lens);
	g_ptr_array_unref(s->errors);
}

static gboolean on_message(const mp_source_item *item, void *ud)
{
	seen *s = ud;
	g_ptr_array_add(s->origins, g_strdup(item->origin));
	g_ptr_array_add(s->bodies, g_bytes_new(item->data, item->len));
	g_array_append_val(s->full_lens, item->full_len);
	if (s->truncate && s->origins->len == 1)
		assert_int_equal(truncate(s->truncate, 0), 0);
	return TRUE;
}

static void on_error(const char *path, const char *reason, void *ud)
{
	seen *s = ud;
	g_ptr_array_add(s->errors, g_strdup_printf("%s: %s", path, reason));
}

static char *tmpdir;

static int setup(void **state)
{
	tmpdir = g_dir_make_tmp("mp-source-XXXXXX", NULL);
	alarm(WATCHDOG_S);
	return 0;
}

static int teardown(void **state)
{
	alarm(0);
	char *cmd = g_strdup_printf("rm -rf '%s'", tmpdir);
	assert_int_equal(system(cmd), 0);
	g_free(cmd);
	g_free(tmpdir);
	return 0;
}

static char *path_of(const char *name)
{
	return g_build_filename(tmpdir, name, NULL);
}

static void write_file(const char *path, const char *data, gsize len)
{
	GError *error = NULL;
	if (!g_file_set_contents(path, data, (gssize)len, &error))
		fail_msg("%s", error->message);
}

/* an mbox: BOM, CRLF and LF, >From quoting, a line far longer than the
 * reader's chunks, a "From " body line that is no separator */
static GString *sample_mbox(void)
{
	GString *m = g_string_new("\xEF\xBB\xBF");
	g_string_append(m, "From ann@acme.com Tue Nov 24 09:15:00 2026\r\n"
	                   "From: ann@acme.com\r\nSubject: one\r\n\r\nfirst\r\n>From the quote\r\n\r\n");
	g_string_append(m, "From bob@acme.com Tue Nov 24 09:16:00 2026\n"
	                   "From: bob@acme.com\nSubject: two\n\nFrom Russia with love\n");
	for (int i = 0; i < 700000; i++)
		g_string_append_c(m, "abcdefghij"[i % 10]);
	g_string_append(m, "\n\nFrom - Tue Nov 24 09:17:00 2026\nFrom: cy@acme.com\n\nthird\n");
	return m;
}

static void test_stream_matches_memory(void **state)
{
	GString *mbox = sample_mbox();
	char *path = path_of("box.mbox");
	write_file(path, mbox->str, mbox->len);
	seen file, mem;
	seen_init(&file);
	seen_init(&mem);
	assert_true(mp_source_walk(path, 0, on_message, on_error, &file));
	mp_mbox_split(path, mbox->str, mbox->len, on_message, &mem);
	assert_int_equal(file.errors->len, 0);
	assert_int_equal(file.origins->len, 3);
	assert_int_equal(mem.origins->len, 3);
	for (guint i = 0; i < 3; i++) {
		assert_string_equal(file.origins->pdata[i], mem.origins->pdata[i]);
		if (!g_bytes_equal(file.bodies->pdata[i], mem.bodies->pdata[i]))
			fail_msg("message %u differs between the stream and the memory split", i);
	}
	gsize n;
	const char *first = g_bytes_get_data(file.bodies->pdata[0], &n);
	assert_int_equal(n, strlen("From: ann@acme.com\r\nSubject: one\r\n\r\nfirst\r\nFrom the quote\r\n"));
	assert_memory_equal(first + n - 16, "From the quote\r\n", 16);
	seen_clear(&file);
	seen_clear(&mem);
	/* a cut at 100 bytes: what is handed on is cut, its length is not */
	seen cut;
	seen_init(&cut);
	assert_true(mp_source_walk(path, 100, on_message, on_error, &cut));
	assert_int_equal(cut.origins->len, 3);
	assert_int_equal(g_bytes_get_size(cut.bodies->pdata[1]), 100);
	assert_true(g_array_index(cut.full_lens, guint64, 1) > 700000);
	assert_int_equal(g_array_index(cut.full_lens, guint64, 2),
	                 g_bytes_get_size(cut.bodies->pdata[2]));
	seen_clear(&cut);
	g_free(path);
	g_string_free(mbox, TRUE);
}

/* test_shrinking_mbox - the file is truncated while the walk is in it: an
 * error for the file, naming it, and the messages read before it stand */
static void test_shrinking_mbox(void **state)
{
	GString *mbox = g_string_new(NULL);
	for (int i = 0; i < 3000; i++) /* well past one read chunk, and any mapping's page */
		g_string_append_printf(mbox, "From a@acme.com Tue Nov 24 09:15:00 2026\n"
		                       "From: a@acme.com\nSubject: %d\n\n%0200d\n\n", i, i);
	char *path = path_of("shrinks.mbox");
	write_file(path, mbox->str, mbox->len);
	seen s;
	seen_init(&s);
	s.truncate = path;
	mp_source_walk(path, 0, on_message, on_error, &s);
	assert_int_equal(s.errors->len, 1);
	char *want = g_strdup_printf("%s: the file shrank while it was read", path);
	if (!g_str_has_prefix(s.errors->pdata[0], want))
		fail_msg("got \"%s\", want it to start with \"%s\"", (char *)s.errors->pdata[0], want);
	assert_true(s.origins->len >= 1 && s.origins->len < 3000);
	g_free(want);
	seen_clear(&s);
	g_free(path);
	g_string_free(mbox, TRUE);
}

/* test_fifo_skipped - a FIFO in a Maildir's new/ and in a plain directory */
static void test_fifo_skipped(void **state)
{
	char *md = path_of("Maildir");
	char *cur = g_build_filename(md, "cur", NULL);
	char *new = g_build_filename(md, "new", NULL);
	assert_int_equal(g_mkdir_with_parents(cur, 0700), 0);
	assert_int_equal(g_mkdir_with_parents(new, 0700), 0);
	char *msg = g_build_filename(cur, "1:2,S", NULL);
	write_file(msg, "From: a@acme.com\n\nhi\n", 21);
	char *fifo = g_build_filename(new, "0.fifo", NULL);
	assert_int_equal(mkfifo(fifo, 0600), 0);
	char *plain_fifo = path_of("pipe");
	assert_int_equal(mkfifo(plain_fifo, 0600), 0);
	seen s;
	seen_init(&s);
	mp_source_walk(md, 0, on_message, on_error, &s);
	mp_source_walk(plain_fifo, 0, on_message, on_error, &s);
	assert_int_equal(s.origins->len, 1);
	assert_int_equal(s.errors->len, 2);
	char *want = g_strdup_printf("%s: a FIFO (named pipe), not a mail file: skipped", fifo);
	assert_string_equal(s.errors->pdata[0], want);
	g_free(want);
	seen_clear(&s);
	assert_true(mp_source_total_bytes(md) == 21);
	g_free(plain_fifo);
	g_free(fifo);
	g_free(msg);
	g_free(new);
	g_free(cur);
	g_free(md);
}

/* test_links_back_up - two links back up at each of two levels: every
 * directory is walked once, every message seen once */
static void test_links_back_up(void **state)
{
	char *a = path_of("tree/a");
	assert_int_equal(g_mkdir_with_parents(a, 0700), 0);
	char *m1 = g_build_filename(a, "1.eml", NULL);
	write_file(m1, "From: a@acme.com\n\none\n", 22);
	char *top = path_of("tree");
	char *m2 = g_build_filename(top, "2.eml", NULL);
	write_file(m2, "From: a@acme.com\n\ntwo\n", 22);
	const char *links[][2] = { { "..", "a/up1" }, { "..", "a/up2" }, { "../a", "a/up3" },
	                           { "a", "b" } };
	for (guint i = 0; i < G_N_ELEMENTS(links); i++) {
		char *link = g_build_filename(top, links[i][1], NULL);
		assert_int_equal(symlink(links[i][0], link), 0);
		g_free(link);
	}
	/* a Maildir++ folder pointing back at its Maildir */
	char *md = path_of("md/cur");
	assert_int_equal(g_mkdir_with_parents(md, 0700), 0);
	char *m3 = path_of("md/cur/3:2,S");
	write_file(m3, "From: a@acme.com\n\nthree\n", 24);
	char *back = path_of("md/.Loop");
	assert_int_equal(symlink(".", back), 0);
	seen s;
	seen_init(&s);
	mp_source_walk(top, 0, on_message, on_error, &s);
	char *mdtop = path_of("md");
	mp_source_walk(mdtop, 0, on_message, on_error, &s);
	assert_int_equal(s.origins->len, 3);
	for (guint i = 0; i < s.errors->len; i++)
		if (!strstr(s.errors->pdata[i], "a directory already walked"))
			fail_msg("unexpected error: %s", (char *)s.errors->pdata[i]);
	assert_true(s.errors->len >= 4);
	seen_clear(&s);
	g_free(mdtop);
	g_free(back);
	g_free(m3);
	g_free(md);
	g_free(m2);
	g_free(top);
	g_free(m1);
	g_free(a);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_stream_matches_memory, setup, teardown),
		cmocka_unit_test_setup_teardown(test_shrinking_mbox, setup, teardown),
		cmocka_unit_test_setup_teardown(test_fifo_skipped, setup, teardown),
		cmocka_unit_test_setup_teardown(test_links_back_up, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
