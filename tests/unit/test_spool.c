/*
 * test_spool.c - spool files: write, commit, read back, truncate, abort,
 * recycle, quarantine, clean-up of a dead writer's files.
 */
#include <sys/stat.h>
#include <glib/gstdio.h>
#include <unistd.h>
#include "unit.h"
#include "spool.h"

typedef struct fixture {
	char *dir;
} fixture;

static int setup(void **state)
{
	fixture *f = g_new0(fixture, 1);
	f->dir = g_dir_make_tmp("mp-spool-XXXXXX", NULL);
	GError *error = NULL;
	assert_true(mp_spool_prepare(f->dir, &error));
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	fixture *f = *state;
	char *cmd = g_strdup_printf("rm -rf '%s'", f->dir);
	assert_int_equal(system(cmd), 0);
	g_free(cmd);
	g_free(f->dir);
	g_free(f);
	return 0;
}

/* only_file - the single name in SpoolDir/sub (fails otherwise) */
static char *only_file(fixture *f, const char *sub)
{
	GPtrArray *names = mp_spool_list(f->dir, sub, 0);
	if (names->len != 1)
		fail_msg("%s/: %u files, want 1", sub, names->len);
	char *name = g_strdup(names->pdata[0]);
	g_ptr_array_unref(names);
	return name;
}

static mp_envelope *envelope(void)
{
	mp_envelope *env = g_new0(mp_envelope, 1);
	env->sender = g_strdup("ann@acme.com");
	env->recipients = g_ptr_array_new_with_free_func(g_free);
	g_ptr_array_add(env->recipients, g_strdup("claire@us.com"));
	g_ptr_array_add(env->recipients, g_strdup("mark@us.com"));
	env->queue_id = g_strdup("4XyZ1");
	env->received_time = 1795533430;
	env->client_addr = g_strdup("192.0.2.7");
	env->daemon = g_strdup("smtpd\nwith a newline"); /* SMTP data must not break lines */
	return env;
}

static void test_roundtrip(void **state)
{
	fixture *f = *state;
	const char *msg = "From: ann@acme.com\r\nSubject: hi\r\n\r\nbody line\r\n";
	GError *error = NULL;
	mp_spool_writer *w = mp_spool_writer_open(f->dir, NULL, 0, &error);
	assert_non_null(w);
	assert_true(mp_spool_write(w, msg, 20, &error));
	assert_true(mp_spool_write(w, msg + 20, strlen(msg) - 20, &error));
	mp_envelope *env = envelope();
	assert_true(mp_spool_writer_commit(w, env, TRUE, &error));
	mp_envelope_free(env);
	assert_int_equal(mp_spool_count(f->dir, MP_SPOOL_TMP), 0);
	char *name = only_file(f, MP_SPOOL_NEW);
	char *path = g_build_filename(f->dir, MP_SPOOL_NEW, name, NULL);
	mp_spool_file *sf = mp_spool_read(path, &error);
	assert_non_null(sf);
	assert_int_equal(sf->message_len, strlen(msg));
	assert_memory_equal(sf->data, msg, strlen(msg));
	assert_string_equal(sf->envelope->sender, "ann@acme.com");
	assert_int_equal(sf->envelope->recipients->len, 2);
	assert_string_equal(sf->envelope->recipients->pdata[1], "mark@us.com");
	assert_string_equal(sf->envelope->queue_id, "4XyZ1");
	assert_string_equal(sf->envelope->daemon, "smtpd with a newline");
	assert_int_equal(sf->envelope->received_time, 1795533430);
	assert_false(sf->envelope->truncated);
	mp_spool_file_free(sf);
	g_free(path);
	g_free(name);
}

static void test_truncation(void **state)
{
	fixture *f = *state;
	GError *error = NULL;
	mp_spool_writer *w = mp_spool_writer_open(f->dir, NULL, 100, &error);
	char block[64];
	memset(block, 'x', sizeof block);
	for (int i = 0; i < 1000; i++) /* 64 KB offered, 100 bytes kept */
		assert_true(mp_spool_write(w, block, sizeof block, &error));
	assert_true(mp_spool_writer_truncated(w));
	assert_true(mp_spool_writer_commit(w, NULL, FALSE, &error));
	char *name = only_file(f, MP_SPOOL_NEW);
	char *path = g_build_filename(f->dir, MP_SPOOL_NEW, name, NULL);
	mp_spool_file *sf = mp_spool_read(path, &error);
	assert_non_null(sf);
	assert_int_equal(sf->message_len, 100);
	assert_true(sf->envelope->truncated);
	/* the message's real size travels with it, for the size column */
	assert_int_equal(sf->envelope->message_bytes, 64000);
	assert_true(mp_spool_is_capture(path));
	assert_false(mp_spool_is_capture(f->dir));
	mp_spool_file_free(sf);
	g_free(path);
	g_free(name);
}

static void test_abort_and_not_spool(void **state)
{
	fixture *f = *state;
	GError *error = NULL;
	mp_spool_writer *w = mp_spool_writer_open(f->dir, NULL, 0, &error);
	assert_true(mp_spool_write(w, "half a message", 14, &error));
	assert_int_equal(mp_spool_count(f->dir, MP_SPOOL_TMP), 1);
	mp_spool_writer_abort(w);
	assert_int_equal(mp_spool_count(f->dir, MP_SPOOL_TMP), 0);
	assert_int_equal(mp_spool_count(f->dir, MP_SPOOL_NEW), 0);
	/* a file without the trailer is refused, not misread */
	char *path = g_build_filename(f->dir, "plain.eml", NULL);
	assert_true(g_file_set_contents(path, "From: a@b.c\n\nno trailer here\n", -1, NULL));
	assert_null(mp_spool_read(path, &error));
	assert_non_null(strstr(error->message, "not a spool file"));
	g_clear_error(&error);
	g_free(path);
}

static void test_recycle_and_reuse(void **state)
{
	fixture *f = *state;
	GError *error = NULL;
	mp_spool_writer *w = mp_spool_writer_open(f->dir, NULL, 0, &error);
	assert_true(mp_spool_write(w, "From: a@b.c\r\n\r\nfirst, longer message body\r\n", 43, &error));
	assert_true(mp_spool_writer_commit(w, NULL, FALSE, &error));
	char *name = only_file(f, MP_SPOOL_NEW);
	assert_true(mp_spool_recycle(f->dir, name, 0));
	assert_int_equal(mp_spool_count(f->dir, MP_SPOOL_NEW), 0);
	char *pooled = only_file(f, MP_SPOOL_POOL);
	char *pool_path = g_build_filename(f->dir, MP_SPOOL_POOL, pooled, NULL);
	GStatBuf sb;
	assert_int_equal(g_stat(pool_path, &sb), 0);
	assert_int_equal(sb.st_size, 0); /* emptied: no customer text lingers */
	ino_t inode = sb.st_ino;
	/* the next capture takes the pooled file: same inode, fresh content */
	mp_spool_pool *pool = mp_spool_pool_new();
	w = mp_spool_writer_open(f->dir, pool, 0, &error);
	assert_true(mp_spool_write(w, "From: a@b.c\r\n\r\nsecond\r\n", 23, &error));
	assert_true(mp_spool_writer_commit(w, NULL, FALSE, &error));
	assert_int_equal(mp_spool_count(f->dir, MP_SPOOL_POOL), 0);
	char *second = only_file(f, MP_SPOOL_NEW);
	char *path = g_build_filename(f->dir, MP_SPOOL_NEW, second, NULL);
	assert_int_equal(g_stat(path, &sb), 0);
	assert_int_equal(sb.st_ino, inode);
	mp_spool_file *sf = mp_spool_read(path, &error);
	assert_non_null(sf);
	assert_int_equal(sf->message_len, 23);
	mp_spool_file_free(sf);
	/* a full pool deletes instead */
	assert_true(mp_spool_recycle(f->dir, second, MP_SPOOL_POOL_MAX));
	assert_int_equal(mp_spool_count(f->dir, MP_SPOOL_POOL), 0);
	assert_int_equal(mp_spool_count(f->dir, MP_SPOOL_NEW), 0);
	mp_spool_pool_free(pool);
	g_free(path);
	g_free(second);
	g_free(pool_path);
	g_free(pooled);
	g_free(name);
}

static void test_quarantine_and_dead_writer(void **state)
{
	fixture *f = *state;
	GError *error = NULL;
	mp_spool_writer *w = mp_spool_writer_open(f->dir, NULL, 0, &error);
	assert_true(mp_spool_writer_commit(w, NULL, FALSE, &error));
	char *name = only_file(f, MP_SPOOL_NEW);
	assert_true(mp_spool_quarantine(f->dir, name, &error));
	assert_int_equal(mp_spool_count(f->dir, MP_SPOOL_QUARANTINE), 1);
	assert_int_equal(mp_spool_count(f->dir, MP_SPOOL_NEW), 0);
	/* files of a dead writer (its pid in their names) are removed, others kept */
	mp_spool_writer *mine = mp_spool_writer_open(f->dir, NULL, 0, &error);
	char *other = g_build_filename(f->dir, MP_SPOOL_TMP, "1.000001.P999999999R00000000.mailpulse", NULL);
	assert_true(g_file_set_contents(other, "x", 1, NULL));
	assert_int_equal(mp_spool_clean_tmp_of(f->dir, 999999999), 1);
	assert_int_equal(mp_spool_count(f->dir, MP_SPOOL_TMP), 1);
	assert_int_equal(mp_spool_clean_tmp_of(f->dir, (int)getpid()), 1);
	assert_int_equal(mp_spool_count(f->dir, MP_SPOOL_TMP), 0);
	mp_spool_writer_abort(mine); /* its file is already gone: must not fail */
	g_free(other);
	g_free(name);
}

/* test_prepare_fixes_modes - an existing spool left world-writable (1777)
 * used to stay so; it is brought back to 0750, its subdirectories too */
static void test_prepare_fixes_modes(void **state)
{
	fixture *f = *state;
	char *new_dir = g_build_filename(f->dir, "new", NULL);
	assert_int_equal(chmod(f->dir, 01777), 0);
	assert_int_equal(chmod(new_dir, 0775), 0);
	GError *error = NULL;
	assert_true(mp_spool_prepare(f->dir, &error));
	struct stat sb;
	assert_int_equal(stat(f->dir, &sb), 0);
	assert_int_equal(sb.st_mode & 07777, 0750);
	assert_int_equal(stat(new_dir, &sb), 0);
	assert_int_equal(sb.st_mode & 07777, 0750);
	/* a stricter mode is the admin's choice and stays */
	assert_int_equal(chmod(new_dir, 0700), 0);
	assert_true(mp_spool_prepare(f->dir, &error));
	assert_int_equal(stat(new_dir, &sb), 0);
	assert_int_equal(sb.st_mode & 07777, 0700);
	g_free(new_dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_roundtrip, setup, teardown),
		cmocka_unit_test_setup_teardown(test_truncation, setup, teardown),
		cmocka_unit_test_setup_teardown(test_abort_and_not_spool, setup, teardown),
		cmocka_unit_test_setup_teardown(test_recycle_and_reuse, setup, teardown),
		cmocka_unit_test_setup_teardown(test_quarantine_and_dead_writer, setup, teardown),
		cmocka_unit_test_setup_teardown(test_prepare_fixes_modes, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
