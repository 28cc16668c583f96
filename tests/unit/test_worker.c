/*
 * test_worker.c - the pipeline worker, run in a child process: "stored" is
 * logged only once the batch holding the message has committed, and a
 * database made read-only under the running worker is noticed at once.
 *
 * The child runs mp_worker_run() with its log on a file; the parent waits
 * for the outcome (the worker's state file, the spool, the database), with
 * a generous deadline that only guards against a hang: no verdict depends
 * on how fast anything ran.
 */
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>
#include <sqlite3.h>
#include "unit.h"
#include "log.h"
#include "spool.h"
#include "store.h"
#include "worker.h"

#define DEADLINE_S 60

typedef struct fixture {
	char *dir, *spool, *db, *log;
	mp_config *cfg;
	pid_t worker;   /* the running worker, 0 when none */
} fixture;

static int setup(void **state)
{
	fixture *f = g_new0(fixture, 1);
	f->dir = g_dir_make_tmp("mp-worker-XXXXXX", NULL);
	f->spool = g_build_filename(f->dir, "spool", NULL);
	f->db = g_build_filename(f->dir, "mailpulse.db", NULL);
	f->log = g_build_filename(f->dir, "worker.log", NULL);
	char *text = g_strdup_printf("Database %s\nSpoolDir %s\nInternalDomains us.com\n"
	                             "LogLevel info\n", f->db, f->spool);
	GError *error = NULL;
	f->cfg = mp_config_parse_text("w.conf", text, &error);
	g_free(text);
	assert_non_null(f->cfg);
	assert_true(mp_spool_prepare(f->spool, &error));
	mp_store *st = mp_store_open(f->db, MP_STORE_CREATE, &error);
	assert_non_null(st);
	mp_store_close(st);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	fixture *f = *state;
	if (f->worker > 0) { /* a test that failed half-way */
		kill(f->worker, SIGKILL);
		waitpid(f->worker, NULL, 0);
		char *log = NULL;
		if (g_file_get_contents(f->log, &log, NULL, NULL))
			fprintf(stderr, "worker log:\n%s", log);
		char *ls = g_strdup_printf("ls -la %s >&2", f->dir); if (system(ls)) {} g_free(ls);
		g_free(log);
	}
	char *cmd = g_strdup_printf("rm -rf '%s'", f->dir);
	assert_int_equal(system(cmd), 0);
	g_free(cmd);
	mp_config_free(f->cfg);
	g_free(f->dir);
	g_free(f->spool);
	g_free(f->db);
	g_free(f->log);
	g_free(f);
	return 0;
}

/* capture - one inbound message in SpoolDir/new, as the milter writes it */
static void capture(fixture *f, const char *queue_id, const char *subject)
{
	char *msg = g_strdup_printf("From: Ann <ann@acme.com>\r\nTo: claire@us.com\r\n"
	                            "Subject: %s\r\nMessage-ID: <%s@acme.com>\r\n"
	                            "Date: Tue, 24 Nov 2026 10:00:00 +0000\r\n\r\nHello.\r\n",
	                            subject, queue_id);
	GError *error = NULL;
	mp_spool_writer *w = mp_spool_writer_open(f->spool, NULL, 0, &error);
	assert_non_null(w);
	assert_true(mp_spool_write(w, msg, strlen(msg), &error));
	mp_envelope env = { .sender = "ann@acme.com", .queue_id = (char *)queue_id,
	                    .received_time = 1795600000 };
	assert_true(mp_spool_writer_commit(w, &env, FALSE, &error));
	g_free(msg);
	g_usleep(2000); /* spool names are time-ordered: the next one sorts after */
}

static volatile sig_atomic_t child_stop;

static void on_term(int sig)
{
	child_stop = 1;
}

/* start_worker - fork a worker logging to f->log, as uid when not -1 */
static pid_t start_worker(fixture *f, uid_t uid)
{
	pid_t pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		int fd = open(f->log, O_WRONLY | O_CREAT | O_APPEND, 0666);
		dup2(fd, STDERR_FILENO);
		close(fd);
		if (uid != (uid_t)-1 && (setgid(uid) != 0 || setuid(uid) != 0))
			_exit(99);
		signal(SIGTERM, on_term);
		mp_log_setup(NULL, 0, MP_LOG_INFO);
		_exit(mp_worker_run(f->cfg, NULL, 0, &child_stop));
	}
	f->worker = pid;
	return pid;
}

static void stop_worker(fixture *f, pid_t pid)
{
	int status;
	f->worker = 0;
	kill(pid, SIGTERM);
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status));
	assert_int_equal(WEXITSTATUS(status), 0);
}

/* state_is - the worker's state file says state (and detail holds want) */
static gboolean state_is(fixture *f, const char *state, const char *want)
{
	GHashTable *s = mp_worker_read_state(f->spool, 0);
	gboolean yes = s && g_strcmp0(g_hash_table_lookup(s, "state"), state) == 0 &&
	               (want == NULL || strstr(g_hash_table_lookup(s, "detail") ?: "", want));
	if (s)
		g_hash_table_unref(s);
	return yes;
}

static gboolean spool_empty(fixture *f)
{
	return mp_spool_count(f->spool, MP_SPOOL_NEW) == 0;
}

/* wait_for - poll cond until it holds; fail at the deadline (a hang) */
#define wait_for(cond)                                                          \
	do {                                                                        \
		gint64 end_ = g_get_monotonic_time() + DEADLINE_S * G_USEC_PER_SEC;     \
		while (!(cond)) {                                                       \
			if (g_get_monotonic_time() > end_)                                  \
				fail_msg("still not so after %ds: %s", DEADLINE_S, #cond);      \
			g_usleep(20000);                                                    \
		}                                                                       \
	} while (0)

/* sql - run statements on the test database */
static void sql(fixture *f, const char *text)
{
	sqlite3 *db;
	assert_int_equal(sqlite3_open(f->db, &db), SQLITE_OK);
	sqlite3_busy_timeout(db, 10000);
	char *err = NULL;
	if (sqlite3_exec(db, text, NULL, NULL, &err) != SQLITE_OK)
		fail_msg("%s: %s", text, err);
	sqlite3_close(db);
}

/* count_messages - messages stored, read while the worker has the
 * database closed (stopped, or backing off): immutable, so that this
 * reader creates no -shm file (one made while the database is read-only
 * would keep that mode) */
static int count_messages(fixture *f)
{
	sqlite3 *db;
	sqlite3_stmt *s;
	char *uri = g_strdup_printf("file:%s?immutable=1", f->db);
	assert_int_equal(sqlite3_open_v2(uri, &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, NULL),
	                 SQLITE_OK);
	g_free(uri);
	sqlite3_busy_timeout(db, 10000);
	assert_int_equal(sqlite3_prepare_v2(db, "SELECT count(*) FROM messages", -1, &s, NULL),
	                 SQLITE_OK);
	assert_int_equal(sqlite3_step(s), SQLITE_ROW);
	int n = sqlite3_column_int(s, 0);
	sqlite3_finalize(s);
	sqlite3_close(db);
	return n;
}

static char *read_log(fixture *f)
{
	char *text = NULL;
	if (!g_file_get_contents(f->log, &text, NULL, NULL))
		text = g_strdup("");
	return text;
}

/* test_stored_after_commit - Q1 is stored into the batch, Q2 then makes
 * the batch fail (a trigger refuses it): the batch rolls back, so the log
 * must not say Q1 was stored; it says so once a batch commits */
static void test_stored_after_commit(void **state)
{
	fixture *f = *state;
	sql(f, "CREATE TRIGGER refuse BEFORE INSERT ON messages WHEN NEW.subject = 'boom'"
	       " BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;");
	capture(f, "Q1", "fine");
	capture(f, "Q2", "boom");
	pid_t pid = start_worker(f, (uid_t)-1);
	wait_for(state_is(f, "backoff", "refused by the test"));
	stop_worker(f, pid);
	char *log = read_log(f);
	if (strstr(log, "Q1: stored"))
		fail_msg("\"Q1: stored\" logged for a batch that was rolled back:\n%s", log);
	assert_int_equal(count_messages(f), 0);
	assert_int_equal(mp_spool_count(f->spool, MP_SPOOL_NEW), 2);
	g_free(log);
	sql(f, "DROP TRIGGER refuse;");
	pid = start_worker(f, (uid_t)-1);
	wait_for(spool_empty(f));
	wait_for(state_is(f, "idle", NULL));
	stop_worker(f, pid);
	log = read_log(f);
	assert_non_null(strstr(log, "Q1: stored"));
	assert_non_null(strstr(log, "Q2: stored"));
	assert_int_equal(count_messages(f), 2);
	g_free(log);
}

/* test_readonly_noticed - the running worker (not root: root writes
 * anything) had the database open when it was made read-only: its open
 * descriptor would still write; it must back off at once, say why, keep
 * the capture, and store it once the file is writable again */
static void test_readonly_noticed(void **state)
{
	fixture *f = *state;
	if (geteuid() != 0) {
		/* needs to run the worker as another user than the file's owner */
		skip();
	}
	const uid_t nobody = 65534;
	char *cmd = g_strdup_printf("chown -R %u:%u '%s'", nobody, nobody, f->dir);
	assert_int_equal(system(cmd), 0);
	g_free(cmd);
	pid_t pid = start_worker(f, nobody);
	wait_for(state_is(f, "idle", NULL));
	assert_int_equal(chmod(f->db, 0444), 0);
	capture(f, "Q3", "while read-only");
	cmd = g_strdup_printf("chown -R %u:%u '%s'", nobody, nobody, f->spool);
	assert_int_equal(system(cmd), 0);
	g_free(cmd);
	wait_for(state_is(f, "backoff", "read-only"));
	assert_int_equal(count_messages(f), 0);
	assert_int_equal(mp_spool_count(f->spool, MP_SPOOL_NEW), 1);
	char *log = read_log(f);
	assert_non_null(strstr(log, "read-only"));
	g_free(log);
	assert_int_equal(chmod(f->db, 0644), 0);
	wait_for(spool_empty(f));
	stop_worker(f, pid);
	assert_int_equal(count_messages(f), 1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_stored_after_commit, setup, teardown),
		cmocka_unit_test_setup_teardown(test_readonly_noticed, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
