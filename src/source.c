/*
 * source.c - where backfilled mail comes from: Maildir, mbox, .eml files.
 *
 * SUMMARY
 *	mp_source_walk() visits a path recursively, in name order, and hands
 *	every message it finds to a callback.  Files are mapped (mmap), not
 *	read: a 4 GB mbox costs address space, not memory, and each message is
 *	a slice of the mapping, so ingest's memory does not grow with the size
 *	of the archive.
 *
 * WHAT IS A MESSAGE
 *	- A Maildir is a directory with cur/ or new/.  Only cur/ and new/ hold
 *	  messages (tmp/ holds deliveries in progress); other files at its top
 *	  (dovecot-uidlist, maildirfolder, subscriptions ...) are metadata and
 *	  ignored; its subdirectories that are Maildirs themselves (Maildir++
 *	  folders such as .Sent) are walked, others (.notmuch, caches) not.
 *	- Elsewhere every regular file is looked at; directories are walked
 *	  unless hidden.  A file whose first line (after a UTF-8 BOM) starts
 *	  with "From " is an mbox; any other file is one message.
 *
 * MBOX
 *	A message starts at a From_ line: "From " at the start of a line,
 *	then a sender token, then either nothing or a date (a line with a
 *	hh:mm time).  This rejects body lines an old mailer forgot to quote
 *	("From Russia with love") while accepting Thunderbird's "From - ".
 *	The line ending before the next From_ line belongs to the separator.
 *	Lines ">From ", ">>From " ... lose one '>' (mboxrd unquoting; for mboxo
 *	files this restores the one level that writer added).  A message is
 *	named "path:offset" (offset of its From_ line), except when the file
 *	holds only one message: then it is named by its path.
 *
 * DIAGNOSTICS
 *	A path or file that cannot be opened, stat'ed or mapped goes to the
 *	error callback with strerror's text and the walk goes on.  A message
 *	longer than max_message_bytes is cut there (the parser then sees a
 *	truncated body, as with the milter's MaximumBodyBytes).
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include "source.h"

#define UTF8_BOM "\xEF\xBB\xBF"
/* Files up to this size are read, larger ones mapped. */
#define SMALL_FILE_BYTES (256 * 1024)

typedef struct walk_state {
	guint64 max_message_bytes;
	mp_source_message_cb on_message;
	mp_source_error_cb on_error;
	void *ud;
	guint64 bytes_done;
	gboolean stopped;
	gboolean count_only;  /* mp_source_total_bytes(): sum sizes, read nothing */
	guint64 total;
	GByteArray *buffer;   /* reused for files up to SMALL_FILE_BYTES */
} walk_state;

static void walk_path(walk_state *st, const char *path, gboolean top);

/* report - hand an error to the callback, if any */
static void report(walk_state *st, const char *path, const char *reason)
{
	if (st->on_error && !st->count_only)
		st->on_error(path, reason, st->ud);
}

/* is_dir - path names a directory (symlinks followed) */
static gboolean is_dir(const char *path)
{
	struct stat sb;
	return stat(path, &sb) == 0 && S_ISDIR(sb.st_mode);
}

/* is_maildir - a directory with cur/ or new/ */
static gboolean is_maildir(const char *dir)
{
	char *cur = g_build_filename(dir, "cur", NULL);
	char *new = g_build_filename(dir, "new", NULL);
	gboolean yes = is_dir(cur) || is_dir(new);
	g_free(cur);
	g_free(new);
	return yes;
}

/* compare_names - g_ptr_array_sort() order for char * elements */
static gint compare_names(gconstpointer a, gconstpointer b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* sorted_entries - names in a directory, sorted, without . and .. */
static GPtrArray *sorted_entries(walk_state *st, const char *dir)
{
	DIR *d = opendir(dir);
	if (d == NULL) {
		report(st, dir, g_strerror(errno));
		return NULL;
	}
	GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
	struct dirent *e;
	while ((e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
			g_ptr_array_add(names, g_strdup(e->d_name));
	}
	closedir(d);
	g_ptr_array_sort(names, compare_names);
	return names;
}

/* looks_like_from_line - "From " sender [date]: see MBOX above */
static gboolean looks_like_from_line(const char *p, const char *end)
{
	if (end - p < 6 || memcmp(p, "From ", 5) != 0)
		return FALSE;
	const char *eol = memchr(p, '\n', end - p);
	if (eol == NULL)
		eol = end;
	const char *q = p + 5;
	while (q < eol && *q == ' ')
		q++;
	if (q == eol || *q == '\r')
		return FALSE; /* no sender */
	while (q < eol && *q != ' ' && *q != '\r')
		q++;
	while (q < eol && (*q == ' ' || *q == '\r'))
		q++;
	if (q == eol)
		return TRUE; /* "From sender" alone (Thunderbird's "From - ") */
	/* Otherwise a date must follow: look for hh:mm. */
	for (const char *t = q; t + 4 < eol; t++)
		if (g_ascii_isdigit(t[0]) && g_ascii_isdigit(t[1]) && t[2] == ':' &&
		    g_ascii_isdigit(t[3]) && g_ascii_isdigit(t[4]))
			return TRUE;
	return FALSE;
}

/* next_from_line - start of the next From_ line at or after p, or end */
static const char *next_from_line(const char *p, const char *end, const char *start)
{
	while (p < end) {
		if ((p == start || p[-1] == '\n') && looks_like_from_line(p, end))
			return p;
		const char *eol = memchr(p, '\n', end - p);
		if (eol == NULL)
			return end;
		p = eol + 1;
	}
	return end;
}

/* needs_unquoting - the message has a ">From " line (any depth) */
static gboolean needs_unquoting(const char *p, gsize len)
{
	const char *end = p + len;
	for (const char *line = p; line < end;) {
		const char *q = line;
		while (q < end && *q == '>')
			q++;
		if (q > line && end - q >= 5 && memcmp(q, "From ", 5) == 0)
			return TRUE;
		const char *eol = memchr(line, '\n', end - line);
		if (eol == NULL)
			break;
		line = eol + 1;
	}
	return FALSE;
}

/* unquote_from - copy with one '>' removed from each ">+From " line */
static char *unquote_from(const char *p, gsize len, gsize *out_len)
{
	char *out = g_malloc(len + 1);
	gsize n = 0;
	const char *end = p + len;
	for (const char *line = p; line < end;) {
		const char *eol = memchr(line, '\n', end - line);
		const char *next = eol ? eol + 1 : end;
		const char *q = line;
		while (q < next && *q == '>')
			q++;
		if (q > line && next - q >= 5 && memcmp(q, "From ", 5) == 0)
			line++;
		memcpy(out + n, line, next - line);
		n += next - line;
		line = next;
	}
	out[n] = '\0';
	*out_len = n;
	return out;
}

/* emit - one message to the callback, cut at max_message_bytes */
static void emit(walk_state *st, const char *origin, const char *data, gsize len,
                 guint64 bytes_done)
{
	if (st->max_message_bytes && len > st->max_message_bytes)
		len = st->max_message_bytes;
	mp_source_item item = { origin, data, len, bytes_done };
	if (!st->on_message(&item, st->ud))
		st->stopped = TRUE;
}

void mp_mbox_split(const char *name, const char *data, gsize len,
                   mp_source_message_cb on_message, void *ud)
{
	walk_state st = { .on_message = on_message, .ud = ud };
	const char *end = data + len;
	const char *start = data;
	if (len >= 3 && memcmp(data, UTF8_BOM, 3) == 0)
		start += 3;
	const char *from = next_from_line(start, end, start);
	while (from < end && !st.stopped) {
		const char *eol = memchr(from, '\n', end - from);
		const char *body = eol ? eol + 1 : end;
		const char *next = next_from_line(body, end, start);
		/* The newline before the next From_ line is the separator's. */
		const char *stop = next;
		if (next < end && stop > body && stop[-1] == '\n') {
			stop--;
			if (stop > body && stop[-1] == '\r')
				stop--;
		}
		/* A file holding one message after its From_ line is a single
		 * message, named by its path alone; mbox messages by path:offset. */
		gboolean only = from == start && next == end;
		char *origin = only ? g_strdup(name) : g_strdup_printf("%s:%td", name, from - data);
		gsize n = (gsize)(stop - body);
		if (needs_unquoting(body, n)) {
			gsize m;
			char *copy = unquote_from(body, n, &m);
			emit(&st, origin, copy, m, (guint64)(next - data));
			g_free(copy);
		} else {
			emit(&st, origin, body, n, (guint64)(next - data));
		}
		g_free(origin);
		from = next;
	}
}

/* forward_message - an mbox message to the walk's callback, with the
 * walk's running byte count */
typedef struct file_walk {
	walk_state *st;
	guint64 base;
} file_walk;

static gboolean forward_message(const mp_source_item *item, void *ud)
{
	file_walk *fw = ud;
	mp_source_item shifted = *item;
	shifted.bytes_done = fw->base + item->bytes_done;
	fw->st->bytes_done = shifted.bytes_done;
	emit(fw->st, item->origin, item->data, item->len, shifted.bytes_done);
	return !fw->st->stopped;
}

/* read_small_file - the whole file into st->buffer; FALSE with errno set */
static gboolean read_small_file(walk_state *st, int fd, gsize len)
{
	if (st->buffer == NULL)
		st->buffer = g_byte_array_sized_new(SMALL_FILE_BYTES);
	g_byte_array_set_size(st->buffer, (guint)len);
	gsize done = 0;
	while (done < len) {
		ssize_t n = read(fd, st->buffer->data + done, len - done);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			if (n == 0)
				errno = EIO; /* the file shrank under us */
			return FALSE;
		}
		done += (gsize)n;
	}
	return TRUE;
}

/* is_mbox - first line (after a BOM) is a From_ line */
static gboolean is_mbox(const char *data, gsize len)
{
	const char *p = data, *end = data + len;
	if (len >= 3 && memcmp(p, UTF8_BOM, 3) == 0)
		p += 3;
	return looks_like_from_line(p, end);
}

/* walk_file - one regular file: an mbox or a single message */
static void walk_file(walk_state *st, const char *path)
{
	if (st->count_only) {
		struct stat sb;
		if (stat(path, &sb) == 0 && S_ISREG(sb.st_mode))
			st->total += (guint64)sb.st_size;
		return;
	}
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		report(st, path, g_strerror(errno));
		return;
	}
	struct stat sb;
	if (fstat(fd, &sb) != 0 || !S_ISREG(sb.st_mode)) {
		report(st, path, S_ISREG(sb.st_mode) ? g_strerror(errno) : "not a regular file");
		close(fd);
		return;
	}
	gsize len = (gsize)sb.st_size;
	const char *data = "";
	void *map = NULL;
	if (len > 0 && len <= SMALL_FILE_BYTES) {
		/* Most messages are small: one read() into a reused buffer costs
		 * less than setting up and tearing down a mapping. */
		if (!read_small_file(st, fd, len)) {
			report(st, path, g_strerror(errno));
			close(fd);
			return;
		}
		data = (const char *)st->buffer->data;
	} else if (len > 0) {
		map = mmap(NULL, len, PROT_READ, MAP_PRIVATE, fd, 0);
		if (map == MAP_FAILED) {
			report(st, path, g_strerror(errno));
			close(fd);
			return;
		}
		data = map;
	}
	close(fd);
	guint64 base = st->bytes_done;
	if (len > 0 && is_mbox(data, len)) {
		madvise(map, len, MADV_SEQUENTIAL);
		file_walk fw = { st, base };
		mp_mbox_split(path, data, len, forward_message, &fw);
	} else {
		st->bytes_done = base + len;
		emit(st, path, data, len, st->bytes_done);
	}
	st->bytes_done = base + len;
	if (map)
		munmap(map, len);
}

/* walk_message_dir - the messages of cur/ or new/ */
static void walk_message_dir(walk_state *st, const char *dir)
{
	GPtrArray *names = sorted_entries(st, dir);
	for (guint i = 0; names && i < names->len && !st->stopped; i++) {
		const char *name = names->pdata[i];
		if (name[0] == '.')
			continue;
		char *path = g_build_filename(dir, name, NULL);
		walk_file(st, path);
		g_free(path);
	}
	if (names)
		g_ptr_array_unref(names);
}

/* walk_maildir - cur/, new/, then the Maildirs below it */
static void walk_maildir(walk_state *st, const char *dir)
{
	static const char *const message_dirs[] = { "cur", "new" };
	for (guint i = 0; i < G_N_ELEMENTS(message_dirs) && !st->stopped; i++) {
		char *sub = g_build_filename(dir, message_dirs[i], NULL);
		if (is_dir(sub))
			walk_message_dir(st, sub);
		g_free(sub);
	}
	GPtrArray *names = sorted_entries(st, dir);
	for (guint i = 0; names && i < names->len && !st->stopped; i++) {
		const char *name = names->pdata[i];
		if (strcmp(name, "cur") == 0 || strcmp(name, "new") == 0 || strcmp(name, "tmp") == 0)
			continue;
		char *path = g_build_filename(dir, name, NULL);
		if (is_dir(path) && is_maildir(path))
			walk_maildir(st, path);
		g_free(path);
	}
	if (names)
		g_ptr_array_unref(names);
}

/* walk_dir - a plain directory: files and non-hidden subdirectories */
static void walk_dir(walk_state *st, const char *dir)
{
	GPtrArray *names = sorted_entries(st, dir);
	for (guint i = 0; names && i < names->len && !st->stopped; i++) {
		const char *name = names->pdata[i];
		if (name[0] == '.')
			continue;
		char *path = g_build_filename(dir, name, NULL);
		walk_path(st, path, FALSE);
		g_free(path);
	}
	if (names)
		g_ptr_array_unref(names);
}

static void walk_path(walk_state *st, const char *path, gboolean top)
{
	struct stat sb;
	if (stat(path, &sb) != 0) {
		report(st, path, g_strerror(errno));
		return;
	}
	if (S_ISDIR(sb.st_mode)) {
		if (is_maildir(path))
			walk_maildir(st, path);
		else
			walk_dir(st, path);
	} else if (S_ISREG(sb.st_mode)) {
		walk_file(st, path);
	} else if (top) {
		report(st, path, "not a file or directory");
	}
}

guint64 mp_source_total_bytes(const char *path)
{
	walk_state st = { .count_only = TRUE };
	walk_path(&st, path, TRUE);
	return st.total;
}

gboolean mp_source_walk(const char *path, guint64 max_message_bytes,
                        mp_source_message_cb on_message, mp_source_error_cb on_error, void *ud)
{
	walk_state st = { .max_message_bytes = max_message_bytes, .on_message = on_message,
	                  .on_error = on_error, .ud = ud };
	struct stat sb;
	if (stat(path, &sb) != 0) {
		report(&st, path, g_strerror(errno));
		return FALSE;
	}
	walk_path(&st, path, TRUE);
	if (st.buffer)
		g_byte_array_unref(st.buffer);
	return !st.stopped;
}
