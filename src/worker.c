/*
 * worker.c - the pipeline worker: SpoolDir/new -> pipeline -> database.
 *
 * SUMMARY
 *	mp_worker_run() loops: list the oldest BATCH files of new/, run each
 *	through the pipeline (same code as `mailpulse ingest`, with the
 *	envelope from the spool trailer), commit, delete the files, repeat;
 *	when new/ is empty, top pool/ up (spool.h, RECYCLING) and poll every
 *	POLL_MS.  While captures keep arriving
 *	(a burst) it waits for a pause, up to MAX_DEFER_MS at a time: the
 *	spool absorbs the burst and the MTA keeps the CPU and the disk (the
 *	process also runs at SCHED_IDLE, see milter/supervisor.c).  See worker.h
 *	for the crash and quarantine protocol with the supervisor.
 *
 * FAILURES
 *	- Database cannot be opened or a batch fails (locked, read-only, disk
 *	  full): the batch is rolled back, its files stay, the worker sleeps
 *	  (1 s doubling to 60 s) and tries again.  Nothing is lost; the spool
 *	  absorbs the outage.
 *	- The database made read-only (or replaced, or removed) while the
 *	  worker has it open: an open file descriptor would keep writing to
 *	  it, so before each poll the worker checks the file it opened is still
 *	  the one at Database and still writable for it (database_unwritable)
 *	  and, if not, closes it, says why and backs off as above, at once and
 *	  not only after a restart.  A read-only database is not even opened:
 *	  SQLite would open it read-only and create its -shm file with the
 *	  database's read-only mode, which would then stay read-only after the
 *	  admin made the database writable again.
 *	- "stored" is logged for a message once the batch holding it has
 *	  committed, never before: a batch rolled back stored nothing.
 *	- A file that is not a spool file or a message that cannot be parsed
 *	  goes to quarantine/ with a log line: kept for the admin, out of the
 *	  way of the rest.  An empty file is not quarantined: it is what a
 *	  kill between the two steps of recycling leaves (see spool.h).
 *
 * TEST HOOKS (worker.h; read once at start, never set in production)
 *	MAILPULSE_DEBUG_CRASH_HEADER  abort() on a marked message (quarantine)
 *	MAILPULSE_DEBUG_HOLD_BATCH    stop inside each batch, before its
 *	                              commit, until told: a test kills it
 *	                              exactly there
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "log.h"
#include "pipeline.h"
#include "spool.h"
#include "store.h"
#include "worker.h"

#define BATCH 200
#define POLL_MS 200
/* A burst of mail is the MTA's: while new captures keep arriving the
 * worker waits for QUIET_MS without one, but never more than MAX_DEFER_MS
 * in a row, so a steady stream still drains at least a batch that often. */
#define QUIET_MS 300
#define MAX_DEFER_MS 2000
#define BACKOFF_MIN_S 1
/* Empty files added to pool/ per idle second (fill_pool). */
#define POOL_FILL_STEP 200
#define BACKOFF_MAX_S 60

typedef struct worker {
	const mp_config *cfg;
	const mp_ruleset *rules;  /* the supervisor's, inherited at fork */
	guint index;              /* this worker: 0 .. cfg->workers - 1 */
	const volatile sig_atomic_t *stop;
	const char *crash_header; /* MP_DEBUG_CRASH_HEADER_ENV, or NULL */
	guint hold_after;         /* MP_DEBUG_HOLD_BATCH_ENV, 0 = off */
	gint64 last_commit;
	guint64 stored_total;
	guint backoff;            /* seconds of the next back-off, 0 = none */
	struct timespec new_mtime;  /* new/'s mtime when last looked at */
	gint64 last_arrival;      /* monotonic µs when new/ was last seen changing */
	gint64 deferred_since;    /* monotonic µs the current wait began, 0 = none */
	dev_t db_dev;             /* the database file opened (device, inode) */
	ino_t db_ino;
	gint64 pool_checked;      /* monotonic µs pool/ was last topped up */
} worker;

/* worker_file - SpoolDir/worker.<index>.<what> (caller frees) */
static char *worker_file(const char *spool_dir, const char *what, guint index)
{
	char *name = g_strdup_printf("worker.%u.%s", index, what);
	char *path = g_build_filename(spool_dir, name, NULL);
	g_free(name);
	return path;
}

/* write_state - replace worker.<index>.state atomically */
static void write_state(worker *w, const char *state, const char *detail)
{
	char *path = worker_file(w->cfg->spool_dir, MP_WORKER_STATE, w->index);
	char *text = g_strdup_printf("pid %d\nstate %s\nsince %" G_GINT64_FORMAT
	                             "\nlast_commit %" G_GINT64_FORMAT
	                             "\nstored_total %" G_GUINT64_FORMAT "\ndetail %s\n",
	                             (int)getpid(), state, g_get_real_time() / G_USEC_PER_SEC,
	                             w->last_commit, w->stored_total, detail ? detail : "");
	if (!g_file_set_contents(path, text, -1, NULL))
		mp_warning("worker: cannot write %s", path);
	g_free(text);
	g_free(path);
}

/* set_inflight - name the message being processed (NULL: none) */
static void set_inflight(worker *w, const char *name)
{
	char *path = worker_file(w->cfg->spool_dir, MP_WORKER_INFLIGHT, w->index);
	if (name == NULL) {
		unlink(path);
	} else {
		/* No fsync: the marker only has to survive the process, not the
		 * machine. */
		int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0640);
		if (fd >= 0) {
			ssize_t n = write(fd, name, strlen(name));
			(void)n;
			close(fd);
		}
	}
	g_free(path);
}

char *mp_worker_quarantine_inflight(const char *spool_dir, guint index)
{
	char *path = worker_file(spool_dir, MP_WORKER_INFLIGHT, index);
	char *name = NULL;
	if (g_file_get_contents(path, &name, NULL, NULL)) {
		g_strstrip(name);
		GError *error = NULL;
		if (*name == '\0' || strchr(name, '/') ||
		    !mp_spool_quarantine(spool_dir, name, &error)) {
			if (error)
				g_error_free(error);
			g_clear_pointer(&name, g_free);
		}
	}
	unlink(path);
	g_free(path);
	return name;
}

GHashTable *mp_worker_read_state(const char *spool_dir, guint index)
{
	char *name = g_strdup_printf("worker.%u.%s", index, MP_WORKER_STATE);
	GHashTable *state = mp_spool_read_state(spool_dir, name);
	g_free(name);
	return state;
}

/* quarantine - move a file of new/ out of the way, with a log line */
static void quarantine(worker *w, const char *name, const char *why)
{
	GError *error = NULL;
	if (mp_spool_quarantine(w->cfg->spool_dir, name, &error)) {
		mp_warning("worker: %s: quarantined: %s", name, why);
	} else {
		mp_error("worker: %s: %s; %s", name, why, error->message);
		g_error_free(error);
	}
}

/* debug_crash_on_marker_header - the test hook of worker.h: abort(), as a
 * parser crash would, on a message whose header section has the header
 * named by MAILPULSE_DEBUG_CRASH_HEADER; nothing when it is unset */
static void debug_crash_on_marker_header(const worker *w, const mp_spool_file *f)
{
	if (w->crash_header == NULL || *w->crash_header == '\0')
		return;
	gsize name_len = strlen(w->crash_header);
	const char *p = f->data, *end = f->data + f->message_len;
	while (p < end && *p != '\r' && *p != '\n') { /* up to the blank line */
		if ((gsize)(end - p) > name_len && p[name_len] == ':' &&
		    g_ascii_strncasecmp(p, w->crash_header, name_len) == 0)
			abort();
		const char *nl = memchr(p, '\n', (gsize)(end - p));
		p = nl ? nl + 1 : end;
	}
}

/* debug_hold_after - the test hook MP_DEBUG_HOLD_BATCH_ENV of worker.h:
 * its number, or 0 when it is unset or not a positive number (logged) */
static guint debug_hold_after(void)
{
	const char *v = g_getenv(MP_DEBUG_HOLD_BATCH_ENV);
	if (v == NULL || *v == '\0')
		return 0;
	guint64 n = 0;
	if (!g_ascii_string_to_unsigned(v, 10, 1, G_MAXUINT, &n, NULL)) {
		mp_warning("worker: %s=%s: not a positive number, hook off", MP_DEBUG_HOLD_BATCH_ENV, v);
		return 0;
	}
	mp_warning("worker: test hook %s=%" G_GUINT64_FORMAT ": each batch stops before its commit",
	           MP_DEBUG_HOLD_BATCH_ENV, n);
	return (guint)n;
}

/* debug_hold_batch - the test hook of worker.h: the files of done have gone
 * through the pipeline into the open transaction; name them in
 * worker.<index>.held and wait, uncommitted, until a test removes that file
 * (or the worker is told to stop); TRUE (this batch was held) */
static gboolean debug_hold_batch(worker *w, const GPtrArray *done)
{
	char *path = worker_file(w->cfg->spool_dir, MP_WORKER_HELD, w->index);
	GString *text = g_string_new(NULL);
	g_string_append_printf(text, "pid %d\n", (int)getpid());
	for (guint i = 0; i < done->len; i++)
		g_string_append_printf(text, "file %s\n", (char *)done->pdata[i]);
	set_inflight(w, NULL); /* on no message while held: a kill is not its fault */
	/* written whole (temporary file, rename): a test never reads half */
	if (!g_file_set_contents(path, text->str, (gssize)text->len, NULL)) {
		mp_warning("worker: cannot write %s: not holding", path);
	} else {
		mp_notice("worker: test hook: holding %u messages uncommitted until %s is removed",
		          done->len, path);
		while (!*w->stop && g_file_test(path, G_FILE_TEST_EXISTS))
			g_usleep(G_USEC_PER_SEC / 100);
	}
	g_string_free(text, TRUE);
	g_free(path);
	return TRUE;
}

/* finish_recycling - TRUE if new/<name> is empty: a stored capture whose
 * recycling (truncate, then rename into pool/) a kill interrupted.  A
 * capture is never empty (it ends with its trailer), so such a file holds
 * nothing to store or to quarantine: it goes on to pool/. */
static gboolean finish_recycling(worker *w, const char *name)
{
	char *path = g_build_filename(w->cfg->spool_dir, MP_SPOOL_NEW, name, NULL);
	struct stat sb;
	gboolean empty = stat(path, &sb) == 0 && S_ISREG(sb.st_mode) && sb.st_size == 0;
	g_free(path);
	if (!empty)
		return FALSE;
	gint64 pooled = mp_spool_count(w->cfg->spool_dir, MP_SPOOL_POOL);
	if (mp_spool_recycle(w->cfg->spool_dir, name, (guint)MAX(pooled, 0)))
		mp_info("worker: %s: empty, a stored capture whose recycling was interrupted: recycled",
		        name);
	return TRUE;
}

/* sleep_backoff - wait the current back-off (interruptible by stop) */
static void sleep_backoff(worker *w, const char *why)
{
	w->backoff = w->backoff ? MIN(w->backoff * 2, BACKOFF_MAX_S) : BACKOFF_MIN_S;
	mp_warning("worker: %s; retrying in %us (spool kept)", why, w->backoff);
	write_state(w, "backoff", why);
	for (guint i = 0; i < w->backoff * 10 && !*w->stop; i++)
		g_usleep(G_USEC_PER_SEC / 10);
}

/* process_file - one spool file through the pipeline; FALSE on a database
 * error (the batch must be retried).  The log lines of stored messages go
 * to stored_log, for after the commit. */
static gboolean process_file(worker *w, mp_pipeline *p, const char *name, GPtrArray *done,
                             GPtrArray *stored_log, char **db_error)
{
	char *path = g_build_filename(w->cfg->spool_dir, MP_SPOOL_NEW, name, NULL);
	GError *error = NULL;
	mp_spool_file *f = mp_spool_read(path, &error);
	g_free(path);
	if (f == NULL) {
		if (!finish_recycling(w, name))
			quarantine(w, name, error->message);
		g_error_free(error);
		return TRUE;
	}
	set_inflight(w, name);
	debug_crash_on_marker_header(w, f);
	alarm((unsigned)w->cfg->worker_timeout);
	char *reason = NULL;
	mp_envelope *env = f->envelope;
	f->envelope = NULL;
	const char *queue_id = env->queue_id ? env->queue_id : "-";
	char *qid = g_strdup(queue_id);
	mp_pipe_outcome o = mp_pipeline_process(p, f->data, f->message_len, env, name, &reason);
	alarm(0);
	mp_spool_file_free(f);
	gboolean ok = TRUE;
	switch (o) {
	case MP_PIPE_STORED:
	case MP_PIPE_DUPLICATE:
		g_ptr_array_add(stored_log, g_strdup_printf("%s: %s", qid, mp_pipe_outcome_name(o)));
		g_ptr_array_add(done, g_strdup(name));
		break;
	case MP_PIPE_SKIPPED:
		mp_info("%s: not stored: %s", qid, reason ? reason : "?");
		g_ptr_array_add(done, g_strdup(name));
		break;
	case MP_PIPE_BAD_INPUT:
		set_inflight(w, NULL);
		quarantine(w, name, reason ? reason : "cannot parse");
		break;
	default:
		*db_error = g_strdup(reason ? reason : "database error");
		ok = FALSE;
	}
	g_free(qid);
	g_free(reason);
	return ok;
}

/* recycle_done - the files of a committed batch go back to pool/ (spool.h) */
static void recycle_done(worker *w, GPtrArray *done)
{
	gint64 pooled = mp_spool_count(w->cfg->spool_dir, MP_SPOOL_POOL);
	for (guint i = 0; i < done->len; i++) {
		if (!mp_spool_recycle(w->cfg->spool_dir, done->pdata[i],
		                      (guint)MAX(pooled, 0) + i) && errno != ENOENT)
			mp_error("worker: cannot remove %s from new/: %s", (char *)done->pdata[i],
			         g_strerror(errno));
	}
}

/* drain_batch - one batch; returns files handled, -1 on a database error */
static int drain_batch(worker *w, mp_store *st, GPtrArray *names)
{
	mp_pipeline *p = mp_pipeline_new(w->cfg, st, BATCH);
	mp_pipeline_set_rules(p, w->rules);
	GPtrArray *done = g_ptr_array_new_with_free_func(g_free);
	GPtrArray *stored_log = g_ptr_array_new_with_free_func(g_free);
	char *db_error = NULL;
	gboolean ok = TRUE;
	gboolean held = FALSE;
	for (guint i = 0; i < names->len && ok && !*w->stop; i++) {
		ok = process_file(w, p, names->pdata[i], done, stored_log, &db_error);
		if (ok && w->hold_after && !held && done->len >= w->hold_after)
			held = debug_hold_batch(w, done);
	}
	if (ok && w->hold_after && !held && done->len > 0 && !*w->stop)
		debug_hold_batch(w, done); /* a batch smaller than the hook's N */
	GError *error = NULL;
	if (ok && !mp_pipeline_flush(p, &error)) {
		db_error = g_strdup(error->message);
		g_error_free(error);
		ok = FALSE;
	}
	guint64 stored = mp_pipeline_count(p, MP_PIPE_STORED);
	mp_pipeline_free(p); /* rolls back what was not committed */
	set_inflight(w, NULL);
	int handled = -1;
	if (ok) {
		for (guint i = 0; i < stored_log->len; i++) /* committed: now it is true */
			mp_info("%s", (char *)stored_log->pdata[i]);
		recycle_done(w, done);
		w->last_commit = g_get_real_time() / G_USEC_PER_SEC;
		w->stored_total += stored;
		w->backoff = 0;
		handled = (int)names->len;
	} else {
		sleep_backoff(w, db_error);
	}
	g_free(db_error);
	g_ptr_array_unref(stored_log);
	g_ptr_array_unref(done);
	return handled;
}

/* my_share - the files of new/ this worker owns, oldest first, at most BATCH */
static GPtrArray *my_share(const worker *w)
{
	guint n = w->cfg->workers ? w->cfg->workers : 1;
	GPtrArray *all = mp_spool_list(w->cfg->spool_dir, MP_SPOOL_NEW, n == 1 ? BATCH : 0);
	if (n == 1)
		return all;
	GPtrArray *mine = g_ptr_array_new_with_free_func(g_free);
	for (guint i = 0; i < all->len && mine->len < BATCH; i++)
		if (g_str_hash(all->pdata[i]) % n == w->index)
			g_ptr_array_add(mine, g_strdup(all->pdata[i]));
	g_ptr_array_unref(all);
	return mine;
}

/* mail_path_busy - TRUE while captures are still arriving and the worker
 * should leave the CPU and the disk to the MTA.  Every rename into new/
 * (the milter's end of message) changes the directory's mtime; a change
 * since the last look means the mail path is active.  The worker's own
 * renames out of new/ change it too, which is why it looks again right
 * after each batch (note_own_changes). */
static gboolean mail_path_busy(worker *w)
{
	struct stat sb;
	char *dir = g_build_filename(w->cfg->spool_dir, "new", NULL);
	int rc = stat(dir, &sb);
	g_free(dir);
	gint64 now = g_get_monotonic_time();
	if (rc == 0 && (sb.st_mtim.tv_sec != w->new_mtime.tv_sec ||
	                sb.st_mtim.tv_nsec != w->new_mtime.tv_nsec)) {
		w->new_mtime = sb.st_mtim;
		w->last_arrival = now;
	}
	if (now - w->last_arrival >= QUIET_MS * 1000) {
		w->deferred_since = 0;
		return FALSE;
	}
	if (w->deferred_since == 0)
		w->deferred_since = now;
	if (now - w->deferred_since >= MAX_DEFER_MS * 1000) {
		w->deferred_since = 0; /* drain one batch, then wait again */
		return FALSE;
	}
	return TRUE;
}

/* fill_pool - idle: top pool/ up with empty files (spool.h, RECYCLING), a
 * few at a time and at most once a second, so that the inodes the mail
 * path takes are never created on it; worker 0 only */
static void fill_pool(worker *w)
{
	gint64 now = g_get_monotonic_time();
	if (w->index != 0 || now - w->pool_checked < G_USEC_PER_SEC)
		return;
	w->pool_checked = now;
	mp_spool_pool_fill(w->cfg->spool_dir, MP_SPOOL_POOL_MAX, POOL_FILL_STEP);
}

/* note_own_changes - remember new/'s mtime after our own renames */
static void note_own_changes(worker *w)
{
	struct stat sb;
	char *dir = g_build_filename(w->cfg->spool_dir, "new", NULL);
	if (stat(dir, &sb) == 0)
		w->new_mtime = sb.st_mtim;
	g_free(dir);
}

/* note_opened - remember which file the database is (device, inode) */
static void note_opened(worker *w)
{
	struct stat sb;
	if (stat(w->cfg->database, &sb) == 0) {
		w->db_dev = sb.st_dev;
		w->db_ino = sb.st_ino;
	}
}

/* owned_by_other - whether file (of the database db) belongs to someone
 * other than the owner of db's directory */
static gboolean owned_by_other(const char *file, const char *db)
{
	struct stat sb, dsb;
	char *dir = g_path_get_dirname(db);
	gboolean other = stat(file, &sb) == 0 && stat(dir, &dsb) == 0 && sb.st_uid != dsb.st_uid;
	g_free(dir);
	return other;
}

/* database_unwritable - why the database cannot take the next batch (made
 * read-only; when opened, also replaced or removed since), or NULL.
 * access() asks the kernel with this process's ids: a mode of 0444, a
 * read-only mount (EROFS) and an immutable file (EPERM) all answer no. */
static char *database_unwritable(const worker *w, gboolean opened)
{
	const char *db = w->cfg->database;
	struct stat sb;
	if (stat(db, &sb) != 0)
		return opened ? g_strdup_printf("%s: %s since the worker opened it", db,
		                                g_strerror(errno))
		              : NULL; /* mp_store_open() creates it, or says why not */
	if (opened && (sb.st_dev != w->db_dev || sb.st_ino != w->db_ino))
		return g_strdup_printf("%s: replaced since the worker opened it: reopening", db);
	/* SQLite writes the -wal and -shm files too; created by a reader while
	 * the database was read-only, they keep its read-only mode */
	static const char *const suffixes[] = { "", "-wal", "-shm" };
	for (guint i = 0; i < G_N_ELEMENTS(suffixes); i++) {
		char *path = g_strconcat(db, suffixes[i], NULL);
		char *why = NULL;
		int err = access(path, W_OK) == 0 ? 0 : errno;
		/* a file another user owns (root, an older mailpulse): say whose
		 * it is and the chown, not just "read-only" */
		if ((err == EACCES || err == EPERM) && owned_by_other(path, db))
			why = mp_store_access_problem(db);
		if (why == NULL && err != 0 && (i == 0 || err != ENOENT))
			why = g_strdup_printf("%s: read-only (%s): captures wait in the spool until it "
			                      "is writable", path, g_strerror(err));
		g_free(path);
		if (why)
			return why;
	}
	return NULL;
}

int mp_worker_run(const mp_config *cfg, const mp_ruleset *rules, guint index,
                  const volatile sig_atomic_t *stop)
{
	worker w = { .cfg = cfg, .rules = rules, .index = index, .stop = stop,
	             .crash_header = g_getenv(MP_DEBUG_CRASH_HEADER_ENV),
	             .hold_after = debug_hold_after() };
	mp_store *st = NULL;
	write_state(&w, "starting", NULL);
	while (!*stop) {
		if (st == NULL) {
			char *unwritable = database_unwritable(&w, FALSE);
			if (unwritable != NULL) {
				sleep_backoff(&w, unwritable);
				g_free(unwritable);
				continue;
			}
			GError *error = NULL;
			st = mp_store_open(cfg->database, MP_STORE_CREATE, &error);
			if (st == NULL) {
				sleep_backoff(&w, error->message);
				g_error_free(error);
				continue;
			}
			note_opened(&w);
			write_state(&w, "idle", NULL);
		}
		char *unwritable = database_unwritable(&w, TRUE);
		if (unwritable != NULL) {
			mp_store_close(st);
			st = NULL;
			sleep_backoff(&w, unwritable);
			g_free(unwritable);
			continue;
		}
		if (mail_path_busy(&w)) {
			g_usleep(QUIET_MS * 1000 / 4);
			continue;
		}
		GPtrArray *names = my_share(&w);
		if (names->len == 0) {
			/* Opened with nothing to do: the database works.  Not reset
			 * merely on opening: a read-only database opens fine and
			 * fails at the first write, and would be retried every
			 * second, a whole batch parsed each time. */
			w.backoff = 0;
			g_ptr_array_unref(names);
			fill_pool(&w);
			g_usleep(POLL_MS * 1000);
			continue;
		}
		write_state(&w, "draining", NULL);
		int handled = drain_batch(&w, st, names);
		g_ptr_array_unref(names);
		note_own_changes(&w);
		if (handled < 0) {
			/* Reopen: a database replaced or made writable again is seen
			 * afresh. */
			mp_store_close(st);
			st = NULL;
		} else {
			write_state(&w, "idle", NULL);
		}
	}
	mp_store_close(st);
	write_state(&w, "stopped", NULL);
	return 0;
}
