/*
 * spool.c - capture files between the milter and the pipeline worker.
 *
 * SUMMARY
 *	The milter writes (mp_spool_writer_*), the worker reads
 *	(mp_spool_read, mp_spool_list) and `mailpulse status` counts.  The
 *	format and the directory layout are described in spool.h.
 *
 * WHY THIS SHAPE
 *	- Maildir delivery semantics (write in tmp/, rename into new/): a
 *	  reader never sees a partial file and a crash leaves only tmp/ debris,
 *	  which mp_spool_clean_tmp() removes.
 *	- The writer buffers SPOOL_BUFFER bytes and writes straight to the file
 *	  past that, so its memory is the same for a 1 KB and a 50 MB message.
 *	- With sync, the file is fsync'ed before the rename and the directory
 *	  after it: once the milter has answered end-of-message, the capture
 *	  survives power loss too.  Without it, it survives any process crash
 *	  (the data is in the kernel's page cache).
 *
 * DIAGNOSTICS
 *	Every failure is a GError (MP_ERROR, MP_ERR_IO) naming the file and
 *	strerror; the caller (the milter) logs it and lets the mail pass.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <unistd.h>
#include "log.h"
#include "spool.h"
#include "status.h"

#define SPOOL_BUFFER 16384
#define TRAILER_MARK "\n--MAILPULSE-ENVELOPE--\n"
#define TRAILER_TAG "MAILPULSE-TRAILER "
#define TRAILER_DIGITS 12
#define TRAILER_LINE_LEN (sizeof TRAILER_TAG - 1 + TRAILER_DIGITS + 1)

struct mp_spool_writer {
	int fd;
	char *tmp_path;
	char *new_path;
	guint64 max_bytes;
	guint64 written;    /* message bytes in the file */
	guint64 dropped;    /* message bytes past max_bytes */
	gsize buffered;
	char buffer[SPOOL_BUFFER];
};

/* io_error - set a GError for a failed system call on path */
static gboolean io_error(GError **error, const char *what, const char *path)
{
	int saved = errno;
	g_set_error(error, MP_ERROR, MP_ERR_IO, "%s %s: %s", what, path, g_strerror(saved));
	return FALSE;
}

/* prepare_dir - dir exists with no more than mode 0750: an existing
 * directory that grants more (1777, group-writable ...) is corrected, with
 * a log line, or refused when it cannot be; it holds customer mail */
static gboolean prepare_dir(const char *dir, GError **error)
{
	if (g_mkdir_with_parents(dir, 0750) != 0)
		return io_error(error, "cannot create", dir);
	struct stat sb;
	if (stat(dir, &sb) != 0)
		return io_error(error, "cannot stat", dir);
	mode_t mode = sb.st_mode & 07777;
	if ((mode & ~(mode_t)0750) == 0)
		return TRUE;
	mode_t fixed = mode & 0750;
	if (chmod(dir, fixed) != 0) {
		int saved = errno;
		g_set_error(error, MP_ERROR, MP_ERR_NOPERM, "%s has mode %04o, more open than 0750 (it "
		            "holds customer mail), and cannot be changed: %s", dir, (unsigned)mode,
		            g_strerror(saved));
		return FALSE;
	}
	mp_warning("spool: %s had mode %04o, more open than 0750 (it holds customer mail): "
	           "now %04o", dir, (unsigned)mode, (unsigned)fixed);
	return TRUE;
}

gboolean mp_spool_prepare(const char *spool_dir, GError **error)
{
	static const char *const subs[] = { MP_SPOOL_TMP, MP_SPOOL_NEW, MP_SPOOL_QUARANTINE,
	                                    MP_SPOOL_POOL };
	if (!prepare_dir(spool_dir, error))
		return FALSE;
	for (guint i = 0; i < G_N_ELEMENTS(subs); i++) {
		char *dir = g_build_filename(spool_dir, subs[i], NULL);
		gboolean ok = prepare_dir(dir, error);
		g_free(dir);
		if (!ok)
			return FALSE;
	}
	return TRUE;
}

/* unique_name - time-ordered and unique without any shared counter */
static char *unique_name(void)
{
	struct timeval tv;
	gettimeofday(&tv, NULL);
	return g_strdup_printf("%010ld.%06ld.P%dR%08x.mailpulse", (long)tv.tv_sec,
	                       (long)tv.tv_usec, (int)getpid(), g_random_int());
}

struct mp_spool_pool {
	GMutex lock;
	GPtrArray *names;   /* pool/ names not yet tried, refilled by readdir */
};

mp_spool_pool *mp_spool_pool_new(void)
{
	mp_spool_pool *pool = g_new0(mp_spool_pool, 1);
	g_mutex_init(&pool->lock);
	pool->names = g_ptr_array_new_with_free_func(g_free);
	return pool;
}

void mp_spool_pool_free(mp_spool_pool *pool)
{
	if (pool == NULL)
		return;
	g_ptr_array_unref(pool->names);
	g_mutex_clear(&pool->lock);
	g_free(pool);
}

/* pool_next - a pool/ name to try (caller frees), or NULL when empty */
static char *pool_next(mp_spool_pool *pool, const char *spool_dir)
{
	g_mutex_lock(&pool->lock);
	if (pool->names->len == 0) {
		g_ptr_array_unref(pool->names);
		pool->names = mp_spool_list(spool_dir, MP_SPOOL_POOL, 256);
	}
	char *name = pool->names->len ? g_ptr_array_steal_index_fast(pool->names, pool->names->len - 1)
	                              : NULL;
	g_mutex_unlock(&pool->lock);
	return name;
}

/* claim_recycled - rename a pool/ file to tmp_path; FALSE if none left */
static gboolean claim_recycled(mp_spool_pool *pool, const char *spool_dir, const char *tmp_path)
{
	for (int tries = 0; tries < 8; tries++) {
		char *name = pool_next(pool, spool_dir);
		if (name == NULL)
			return FALSE;
		char *from = g_build_filename(spool_dir, MP_SPOOL_POOL, name, NULL);
		gboolean ok = rename(from, tmp_path) == 0; /* ENOENT: taken by another */
		g_free(from);
		g_free(name);
		if (ok)
			return TRUE;
	}
	return FALSE;
}

mp_spool_writer *mp_spool_writer_open(const char *spool_dir, mp_spool_pool *pool,
                                      guint64 max_bytes, GError **error)
{
	mp_spool_writer *w = g_new0(mp_spool_writer, 1);
	char *name = unique_name();
	w->tmp_path = g_build_filename(spool_dir, MP_SPOOL_TMP, name, NULL);
	w->new_path = g_build_filename(spool_dir, MP_SPOOL_NEW, name, NULL);
	g_free(name);
	w->max_bytes = max_bytes;
	int flags = O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC;
	if (pool && claim_recycled(pool, spool_dir, w->tmp_path))
		flags = O_WRONLY | O_TRUNC | O_CLOEXEC;
	w->fd = open(w->tmp_path, flags, 0640);
	if (w->fd < 0) {
		io_error(error, "cannot create", w->tmp_path);
		g_free(w->tmp_path);
		g_free(w->new_path);
		g_free(w);
		return NULL;
	}
	return w;
}

/* write_all - write(2) until done */
static gboolean write_all(int fd, const char *p, gsize len)
{
	while (len > 0) {
		ssize_t n = write(fd, p, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return FALSE;
		p += n;
		len -= (gsize)n;
	}
	return TRUE;
}

/* flush - the buffer to the file */
static gboolean flush(mp_spool_writer *w, GError **error)
{
	if (w->buffered == 0)
		return TRUE;
	if (!write_all(w->fd, w->buffer, w->buffered))
		return io_error(error, "cannot write", w->tmp_path);
	w->buffered = 0;
	return TRUE;
}

/* append - raw bytes through the buffer, no cap */
static gboolean append(mp_spool_writer *w, const char *p, gsize len, GError **error)
{
	if (w->buffered + len > SPOOL_BUFFER && !flush(w, error))
		return FALSE;
	if (len >= SPOOL_BUFFER)
		return write_all(w->fd, p, len) ? TRUE : io_error(error, "cannot write", w->tmp_path);
	memcpy(w->buffer + w->buffered, p, len);
	w->buffered += len;
	return TRUE;
}

gboolean mp_spool_write(mp_spool_writer *w, const void *data, gsize len, GError **error)
{
	if (w->max_bytes && w->written + len > w->max_bytes) {
		gsize room = (gsize)(w->max_bytes - w->written);
		w->dropped += len - room;
		len = room;
	}
	if (len == 0)
		return TRUE;
	w->written += len;
	return append(w, data, len, error);
}

gboolean mp_spool_writer_truncated(const mp_spool_writer *w)
{
	return w->dropped > 0;
}

/* clean_value - one line, no control characters (values come from SMTP) */
static char *clean_value(const char *v)
{
	char *out = g_strdup(v ? v : "");
	for (char *p = out; *p; p++)
		if ((unsigned char)*p < 0x20 || *p == 0x7f)
			*p = ' ';
	return out;
}

/* trailer_text - the envelope lines, see spool.h */
static char *trailer_text(const mp_spool_writer *w, const mp_envelope *env)
{
	GString *t = g_string_new(TRAILER_MARK);
	char *v;
#define LINE(key, value) \
	do { v = clean_value(value); g_string_append_printf(t, "%s %s\n", key, v); g_free(v); } while (0)
	if (env) {
		LINE("sender", env->sender);
		for (guint i = 0; env->recipients && i < env->recipients->len; i++)
			LINE("rcpt", env->recipients->pdata[i]);
		if (env->queue_id)
			LINE("queue_id", env->queue_id);
		if (env->client_addr)
			LINE("client_addr", env->client_addr);
		if (env->auth_user)
			LINE("auth_user", env->auth_user);
		if (env->daemon)
			LINE("daemon", env->daemon);
		g_string_append_printf(t, "received %" G_GINT64_FORMAT "\n", env->received_time);
	}
#undef LINE
	g_string_append_printf(t, "truncated %d\n", w->dropped > 0);
	g_string_append_printf(t, "message_bytes %" G_GUINT64_FORMAT "\n", w->written + w->dropped);
	g_string_append_printf(t, "%s%0*" G_GUINT64_FORMAT "\n", TRAILER_TAG, TRAILER_DIGITS, w->written);
	return g_string_free(t, FALSE);
}

/* sync_dir - fsync the directory holding path, so a rename is durable */
static gboolean sync_dir(const char *path)
{
	char *dir = g_path_get_dirname(path);
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	g_free(dir);
	if (fd < 0)
		return FALSE;
	int rc = fsync(fd);
	close(fd);
	return rc == 0;
}

static void writer_free(mp_spool_writer *w)
{
	if (w->fd >= 0)
		close(w->fd);
	g_free(w->tmp_path);
	g_free(w->new_path);
	g_free(w);
}

gboolean mp_spool_writer_commit(mp_spool_writer *w, const mp_envelope *env, gboolean sync,
                                GError **error)
{
	char *trailer = trailer_text(w, env);
	gboolean ok = append(w, trailer, strlen(trailer), error) && flush(w, error);
	g_free(trailer);
	if (ok && sync && fsync(w->fd) != 0)
		ok = io_error(error, "cannot fsync", w->tmp_path);
	if (ok && close(w->fd) != 0)
		ok = io_error(error, "cannot close", w->tmp_path);
	w->fd = -1;
	if (ok && rename(w->tmp_path, w->new_path) != 0)
		ok = io_error(error, "cannot rename", w->tmp_path);
	if (ok && sync && !sync_dir(w->new_path))
		ok = io_error(error, "cannot fsync the directory of", w->new_path);
	if (!ok)
		unlink(w->tmp_path);
	writer_free(w);
	return ok;
}

void mp_spool_writer_abort(mp_spool_writer *w)
{
	if (w == NULL)
		return;
	unlink(w->tmp_path);
	writer_free(w);
}

/* parse_trailer - envelope lines between the marker and the last line */
static mp_envelope *parse_trailer(const char *p, const char *end)
{
	mp_envelope *env = g_new0(mp_envelope, 1);
	env->recipients = g_ptr_array_new_with_free_func(g_free);
	while (p < end) {
		const char *eol = memchr(p, '\n', (gsize)(end - p));
		if (eol == NULL)
			eol = end;
		char *line = g_strndup(p, (gsize)(eol - p));
		char *value = strchr(line, ' ');
		if (value) {
			*value++ = '\0';
			if (strcmp(line, "sender") == 0)
				env->sender = g_strdup(value);
			else if (strcmp(line, "rcpt") == 0)
				g_ptr_array_add(env->recipients, g_strdup(value));
			else if (strcmp(line, "queue_id") == 0)
				env->queue_id = g_strdup(value);
			else if (strcmp(line, "client_addr") == 0)
				env->client_addr = g_strdup(value);
			else if (strcmp(line, "auth_user") == 0)
				env->auth_user = g_strdup(value);
			else if (strcmp(line, "daemon") == 0)
				env->daemon = g_strdup(value);
			else if (strcmp(line, "received") == 0)
				env->received_time = g_ascii_strtoll(value, NULL, 10);
			else if (strcmp(line, "truncated") == 0)
				env->truncated = strcmp(value, "1") == 0;
			else if (strcmp(line, "message_bytes") == 0)
				env->message_bytes = g_ascii_strtoull(value, NULL, 10);
		}
		g_free(line);
		p = eol + 1;
	}
	return env;
}

mp_spool_file *mp_spool_read(const char *path, GError **error)
{
	char *data = NULL;
	gsize len = 0;
	GError *local = NULL;
	if (!g_file_get_contents(path, &data, &len, &local)) {
		g_set_error(error, MP_ERROR, MP_ERR_IO, "%s", local->message);
		g_error_free(local);
		return NULL;
	}
	const char *tag = len >= TRAILER_LINE_LEN ? data + len - TRAILER_LINE_LEN : NULL;
	guint64 offset = 0;
	if (tag == NULL || strncmp(tag, TRAILER_TAG, sizeof TRAILER_TAG - 1) != 0 ||
	    (offset = g_ascii_strtoull(tag + sizeof TRAILER_TAG - 1, NULL, 10)) >
	        len - TRAILER_LINE_LEN ||
	    strncmp(data + offset, TRAILER_MARK, sizeof TRAILER_MARK - 1) != 0) {
		g_set_error(error, MP_ERROR, MP_ERR_DATA, "%s: not a spool file (no envelope trailer)",
		            path);
		g_free(data);
		return NULL;
	}
	mp_spool_file *f = g_new0(mp_spool_file, 1);
	f->path = g_strdup(path);
	f->data = data;
	f->message_len = (gsize)offset;
	f->envelope = parse_trailer(data + offset + sizeof TRAILER_MARK - 1, tag);
	return f;
}

/* read_at - exactly len bytes at offset; FALSE on a short read */
static gboolean read_at(int fd, char *buf, gsize len, off_t offset)
{
	ssize_t n;
	do
		n = pread(fd, buf, len, offset);
	while (n < 0 && errno == EINTR);
	return n == (ssize_t)len;
}

gboolean mp_spool_is_capture(const char *path)
{
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
	if (fd < 0)
		return FALSE;
	struct stat sb;
	char tag[TRAILER_LINE_LEN + 1] = "", mark[sizeof TRAILER_MARK] = "";
	gboolean yes = fstat(fd, &sb) == 0 && S_ISREG(sb.st_mode) &&
	               sb.st_size >= (off_t)TRAILER_LINE_LEN &&
	               read_at(fd, tag, TRAILER_LINE_LEN, sb.st_size - (off_t)TRAILER_LINE_LEN) &&
	               strncmp(tag, TRAILER_TAG, sizeof TRAILER_TAG - 1) == 0;
	if (yes) {
		guint64 offset = g_ascii_strtoull(tag + sizeof TRAILER_TAG - 1, NULL, 10);
		yes = offset <= (guint64)sb.st_size - TRAILER_LINE_LEN &&
		      read_at(fd, mark, sizeof TRAILER_MARK - 1, (off_t)offset) &&
		      memcmp(mark, TRAILER_MARK, sizeof TRAILER_MARK - 1) == 0;
	}
	close(fd);
	return yes;
}

void mp_spool_file_free(mp_spool_file *f)
{
	if (f == NULL)
		return;
	g_free(f->path);
	g_free(f->data);
	mp_envelope_free(f->envelope);
	g_free(f);
}

static gint compare_names(gconstpointer a, gconstpointer b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

GPtrArray *mp_spool_list(const char *spool_dir, const char *sub, guint limit)
{
	GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
	char *dir = g_build_filename(spool_dir, sub, NULL);
	DIR *d = opendir(dir);
	g_free(dir);
	if (d == NULL)
		return names;
	struct dirent *e;
	while ((e = readdir(d)) != NULL)
		if (e->d_name[0] != '.')
			g_ptr_array_add(names, g_strdup(e->d_name));
	closedir(d);
	g_ptr_array_sort(names, compare_names);
	if (limit && names->len > limit)
		g_ptr_array_set_size(names, limit);
	return names;
}

gint64 mp_spool_count(const char *spool_dir, const char *sub)
{
	char *dir = g_build_filename(spool_dir, sub, NULL);
	DIR *d = opendir(dir);
	g_free(dir);
	if (d == NULL)
		return -1;
	gint64 n = 0;
	struct dirent *e;
	while ((e = readdir(d)) != NULL)
		if (e->d_name[0] != '.')
			n++;
	closedir(d);
	return n;
}

gboolean mp_spool_recycle(const char *spool_dir, const char *name, guint pool_size)
{
	char *from = g_build_filename(spool_dir, MP_SPOOL_NEW, name, NULL);
	gboolean ok;
	if (pool_size >= MP_SPOOL_POOL_MAX) {
		ok = unlink(from) == 0;
	} else {
		char *to = g_build_filename(spool_dir, MP_SPOOL_POOL, name, NULL);
		ok = truncate(from, 0) == 0 && rename(from, to) == 0;
		if (!ok && errno != ENOENT)
			ok = unlink(from) == 0; /* never leave a stored capture in new/ */
		g_free(to);
	}
	g_free(from);
	return ok;
}

gboolean mp_spool_quarantine(const char *spool_dir, const char *name, GError **error)
{
	char *from = g_build_filename(spool_dir, MP_SPOOL_NEW, name, NULL);
	char *to = g_build_filename(spool_dir, MP_SPOOL_QUARANTINE, name, NULL);
	gboolean ok = rename(from, to) == 0 || io_error(error, "cannot quarantine", from);
	g_free(from);
	g_free(to);
	return ok;
}

guint mp_spool_clean_tmp(const char *spool_dir, gint64 max_age)
{
	GPtrArray *names = mp_spool_list(spool_dir, MP_SPOOL_TMP, 0);
	gint64 now = g_get_real_time() / G_USEC_PER_SEC;
	guint removed = 0;
	for (guint i = 0; i < names->len; i++) {
		char *path = g_build_filename(spool_dir, MP_SPOOL_TMP, names->pdata[i], NULL);
		struct stat sb;
		if (stat(path, &sb) == 0 && now - sb.st_mtime > max_age && unlink(path) == 0)
			removed++;
		g_free(path);
	}
	g_ptr_array_unref(names);
	return removed;
}

guint mp_spool_clean_tmp_of(const char *spool_dir, int pid)
{
	GPtrArray *names = mp_spool_list(spool_dir, MP_SPOOL_TMP, 0);
	char *tag = g_strdup_printf(".P%dR", pid);
	guint removed = 0;
	for (guint i = 0; i < names->len; i++) {
		if (strstr(names->pdata[i], tag) == NULL)
			continue;
		char *path = g_build_filename(spool_dir, MP_SPOOL_TMP, names->pdata[i], NULL);
		if (unlink(path) == 0)
			removed++;
		g_free(path);
	}
	g_free(tag);
	g_ptr_array_unref(names);
	return removed;
}
