/*
 * source.c - where backfilled mail comes from: Maildir, mbox, .eml files.
 *
 * SUMMARY
 *	mp_source_walk() visits a path recursively, in name order, and hands
 *	every message it finds to a callback.  Files are read as a stream, in
 *	READ_CHUNK pieces, and each message is kept only up to
 *	max_message_bytes: a 4 GB mbox or a message that is one 100 MB line
 *	costs ingest a few megabytes, not the size of the file.  Files are
 *	read(), never mapped: a file truncated while it is read (an mbox
 *	compacted by a mail client) is then a short read, reported for that
 *	file, where a mapping would kill the process with SIGBUS.
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
 *	- Symbolic links are followed, but every directory is walked once
 *	  (known by device and inode): a link back up the tree is reported
 *	  ("already walked") instead of being walked again and again.
 *	- Only regular files are opened, and without blocking: a FIFO, a
 *	  socket or a device is reported and skipped, never read.
 *
 * MBOX
 *	A message starts at a From_ line: "From " at the start of a line,
 *	then a sender token, then either nothing or a date (a line with a
 *	hh:mm time), the whole line shorter than FROM_LINE_MAX bytes.  This
 *	rejects body lines an old mailer forgot to quote ("From Russia with
 *	love") while accepting Thunderbird's "From - ".
 *	The line ending before the next From_ line belongs to the separator.
 *	Lines ">From ", ">>From " ... lose one '>' (mboxrd unquoting; for mboxo
 *	files this restores the one level that writer added).  A message is
 *	named "path:offset" (offset of its From_ line), except when the file
 *	holds only one message: then it is named by its path.
 *
 * DIAGNOSTICS
 *	A path or file that cannot be opened, stat'ed or read, a file that
 *	shrank while it was read, a directory reached a second time and a
 *	file that is not a regular file go to the error callback with the
 *	reason, and the walk goes on.  A message longer than max_message_bytes
 *	is cut there (the parser then sees a truncated body, as with the
 *	milter's MaximumBodyBytes); the item still gives its full length.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "source.h"

#define UTF8_BOM "\xEF\xBB\xBF"
/* Files are read this much at a time. */
#define READ_CHUNK (256 * 1024)
/* A line longer than this is handed on in pieces of at least this size
 * (a From_ line is far shorter, see FROM_LINE_MAX). */
#define LINE_PIECE (64 * 1024)
/* A From_ line is an mbox separator only when shorter than this. */
#define FROM_LINE_MAX 1000

typedef struct walk_state {
	guint64 max_message_bytes;
	mp_source_message_cb on_message;
	mp_source_error_cb on_error;
	void *ud;
	guint64 bytes_done;
	gboolean stopped;
	gboolean count_only;  /* mp_source_total_bytes(): sum sizes, read nothing */
	guint64 total;
	GHashTable *visited;  /* directories walked: "dev:ino" */
	GByteArray *msg;      /* the message being read (reused) */
	guint64 msg_full;     /* its length before any cut */
	gboolean mbox;        /* the file being read is an mbox */
} walk_state;

/* One open file being read (read_messages). */
typedef struct file_reader {
	int fd;
	guint64 size;       /* st_size when opened: read no further */
	guint64 got;        /* bytes read so far */
	GByteArray *buf;    /* read, not yet consumed from pos on */
	gsize pos;
	char *error;        /* why reading stopped early, or NULL */
} file_reader;

static void walk_path(walk_state *st, const char *path);

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
	if (eol - p >= FROM_LINE_MAX)
		return FALSE;
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

/* emit - one message to the callback, cut at max_message_bytes; full_len
 * is its length before any cut */
static void emit(walk_state *st, const char *origin, const char *data, gsize len,
                 guint64 full_len, guint64 bytes_done)
{
	if (st->max_message_bytes && len > st->max_message_bytes)
		len = st->max_message_bytes;
	mp_source_item item = { origin, data, len, bytes_done, MAX(full_len, len) };
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
			emit(&st, origin, copy, m, m, (guint64)(next - data));
			g_free(copy);
		} else {
			emit(&st, origin, body, n, n, (guint64)(next - data));
		}
		g_free(origin);
		from = next;
	}
}

/* reader_fill - read up to READ_CHUNK more bytes (never past the size the
 * file had when opened); FALSE at the end or on an error (r->error) */
static gboolean reader_fill(file_reader *r)
{
	if (r->got >= r->size || r->error)
		return FALSE;
	if (r->pos > 0) {
		g_byte_array_remove_range(r->buf, 0, (guint)r->pos);
		r->pos = 0;
	}
	gsize want = (gsize)MIN((guint64)READ_CHUNK, r->size - r->got);
	guint old = r->buf->len;
	g_byte_array_set_size(r->buf, old + (guint)want);
	ssize_t n;
	do
		n = read(r->fd, r->buf->data + old, want);
	while (n < 0 && errno == EINTR);
	if (n <= 0) {
		g_byte_array_set_size(r->buf, old);
		/* 0 before the size stat() gave: the file shrank while read */
		r->error = n < 0 ? g_strdup(g_strerror(errno))
		                 : g_strdup_printf("the file shrank while it was read (%" G_GUINT64_FORMAT
		                                   " of %" G_GUINT64_FORMAT " bytes): the rest is skipped",
		                                   r->got, r->size);
		return FALSE;
	}
	g_byte_array_set_size(r->buf, old + (guint)n);
	r->got += (guint64)n;
	return TRUE;
}

/* reader_line - the next line (with its '\n'), or the next LINE_PIECE-or-
 * more bytes of a longer line (*complete FALSE); FALSE at the end.  The
 * bytes are valid until the next call; *offset is their place in the file. */
static gboolean reader_line(file_reader *r, const char **p, gsize *n, gboolean *complete,
                            guint64 *offset)
{
	for (;;) {
		gsize avail = r->buf->len - r->pos;
		const char *start = (const char *)r->buf->data + r->pos;
		const char *nl = avail ? memchr(start, '\n', avail) : NULL;
		gboolean more = nl == NULL && avail < LINE_PIECE && reader_fill(r);
		if (more)
			continue;
		if (avail == 0)
			return FALSE; /* the end, or an error in r->error */
		/* a failed fill may still have moved the bytes (compaction) */
		start = (const char *)r->buf->data + r->pos;
		/* a line, a piece of a long line, or the last line without '\n' */
		*n = nl ? (gsize)(nl - start) + 1 : avail;
		*complete = nl != NULL || avail < LINE_PIECE;
		*p = start;
		*offset = r->got - (r->buf->len - r->pos);
		r->pos += *n;
		return TRUE;
	}
}

/* message_add - append bytes to the message being read, keeping at most
 * max_message_bytes of it (0: all) and counting every byte */
static void message_add(walk_state *st, const char *p, gsize n)
{
	st->msg_full += n;
	gsize room = n;
	if (st->max_message_bytes) {
		guint64 kept = st->msg->len;
		room = kept >= st->max_message_bytes ? 0
		       : (gsize)MIN((guint64)n, st->max_message_bytes - kept);
	}
	if (room)
		g_byte_array_append(st->msg, (const guint8 *)p, (guint)room);
}

/* message_emit - the message read so far to the callback; before a From_
 * line its last line break is the separator's and is dropped */
static void message_emit(walk_state *st, const char *path, guint64 from_offset,
                         gboolean only, gboolean before_from, guint64 bytes_done)
{
	gsize len = st->msg->len;
	const char *data = (const char *)st->msg->data;
	guint64 full = st->msg_full;
	if (before_from && len == full && len > 0 && data[len - 1] == '\n') {
		len--, full--;
		if (len > 0 && data[len - 1] == '\r')
			len--, full--;
	}
	char *origin = only ? g_strdup(path)
	                    : g_strdup_printf("%s:%" G_GUINT64_FORMAT, path, from_offset);
	st->bytes_done = bytes_done;
	if (st->mbox && needs_unquoting(data, len)) {
		gsize m;
		char *copy = unquote_from(data, len, &m);
		emit(st, origin, copy, m, full - (len - m), bytes_done);
		g_free(copy);
	} else {
		emit(st, origin, data, len, full, bytes_done);
	}
	g_free(origin);
	g_byte_array_set_size(st->msg, 0);
	st->msg_full = 0;
}

/* read_messages - stream an open file: an mbox split at its From_ lines,
 * any other file one message; each message kept up to max_message_bytes,
 * so memory does not grow with the file nor with one long message.  A
 * read error or a file that shrank is reported; the message it cut short
 * is not handed on. */
static void read_messages(walk_state *st, const char *path, int fd, guint64 size)
{
	if (size == 0) {
		emit(st, path, "", 0, 0, st->bytes_done); /* the pipeline says "empty message" */
		return;
	}
	file_reader r = { .fd = fd, .size = size, .buf = g_byte_array_new() };
	if (st->msg == NULL)
		st->msg = g_byte_array_new();
	g_byte_array_set_size(st->msg, 0);
	st->msg_full = 0;
	guint64 base = st->bytes_done;
	const char *line;
	gsize n;
	gboolean complete, at_line_start = TRUE, first = TRUE, in_message = FALSE;
	guint64 offset, from_offset = 0, first_from = 0;
	st->mbox = FALSE;
	while (!st->stopped && reader_line(&r, &line, &n, &complete, &offset)) {
		const char *check = line;
		gsize check_n = n;
		if (first && n >= 3 && memcmp(line, UTF8_BOM, 3) == 0)
			check += 3, check_n -= 3;
		gboolean from = at_line_start && complete && (first || st->mbox) &&
		                looks_like_from_line(check, check + check_n);
		if (first)
			st->mbox = from;
		if (from) {
			if (in_message)
				message_emit(st, path, from_offset, FALSE, TRUE, base + offset);
			from_offset = offset + (guint64)(check - line);
			if (first)
				first_from = from_offset;
			in_message = TRUE;
		} else {
			message_add(st, line, n);
			in_message = TRUE;
		}
		first = FALSE;
		at_line_start = complete;
		if (!st->mbox && st->max_message_bytes && st->msg->len >= st->max_message_bytes) {
			/* one message, already cut: the rest need not be read */
			st->msg_full = size;
			break;
		}
	}
	if (r.error) {
		report(st, path, r.error);
	} else if (in_message && !st->stopped) {
		/* A file holding one message after its From_ line is named by its
		 * path alone, like any single message; mbox messages path:offset. */
		gboolean only = !st->mbox || from_offset == first_from;
		message_emit(st, path, from_offset, only, FALSE, base + size);
	}
	st->bytes_done = base + size;
	g_free(r.error);
	g_byte_array_unref(r.buf);
}

/* file_kind - what a non-regular file is, for the message that skips it */
static const char *file_kind(mode_t mode)
{
	if (S_ISFIFO(mode))
		return "a FIFO (named pipe), not a mail file: skipped";
	if (S_ISSOCK(mode))
		return "a socket, not a mail file: skipped";
	if (S_ISCHR(mode) || S_ISBLK(mode))
		return "a device, not a mail file: skipped";
	return "not a regular file: skipped";
}

/* walk_file - one regular file: an mbox or a single message.  Only a
 * regular file is opened, and with O_NONBLOCK, so that a FIFO put in its
 * place between the stat() and the open() cannot block the walk. */
static void walk_file(walk_state *st, const char *path)
{
	struct stat sb;
	if (stat(path, &sb) != 0) {
		report(st, path, g_strerror(errno));
		return;
	}
	if (!S_ISREG(sb.st_mode)) {
		report(st, path, file_kind(sb.st_mode));
		return;
	}
	if (st->count_only) {
		st->total += (guint64)sb.st_size;
		return;
	}
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC);
	if (fd < 0) {
		report(st, path, g_strerror(errno));
		return;
	}
	if (fstat(fd, &sb) != 0 || !S_ISREG(sb.st_mode)) {
		report(st, path, S_ISREG(sb.st_mode) ? g_strerror(errno) : file_kind(sb.st_mode));
		close(fd);
		return;
	}
	posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
	read_messages(st, path, fd, (guint64)sb.st_size);
	close(fd);
}

/* first_visit - TRUE the first time the walk reaches directory dir (by
 * device and inode, so that a symbolic link back up the tree cannot make
 * the walk loop or grow exponentially); a second visit is reported */
static gboolean first_visit(walk_state *st, const char *dir)
{
	struct stat sb;
	if (stat(dir, &sb) != 0) {
		report(st, dir, g_strerror(errno));
		return FALSE;
	}
	if (st->visited == NULL)
		st->visited = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	char *key = g_strdup_printf("%ju:%ju", (uintmax_t)sb.st_dev, (uintmax_t)sb.st_ino);
	if (!g_hash_table_add(st->visited, key)) {
		report(st, dir, "a directory already walked (a symbolic link back into the walk): skipped");
		return FALSE;
	}
	return TRUE;
}

/* walk_message_dir - the messages of cur/ or new/ */
static void walk_message_dir(walk_state *st, const char *dir)
{
	if (!first_visit(st, dir))
		return;
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
	if (!first_visit(st, dir))
		return;
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
	if (!first_visit(st, dir))
		return;
	GPtrArray *names = sorted_entries(st, dir);
	for (guint i = 0; names && i < names->len && !st->stopped; i++) {
		const char *name = names->pdata[i];
		if (name[0] == '.')
			continue;
		char *path = g_build_filename(dir, name, NULL);
		walk_path(st, path);
		g_free(path);
	}
	if (names)
		g_ptr_array_unref(names);
}

/* walk_path - a directory (Maildir or not) or a file */
static void walk_path(walk_state *st, const char *path)
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
	} else {
		walk_file(st, path); /* reports what is not a regular file */
	}
}

/* walk_state_clear - what a walk allocated */
static void walk_state_clear(walk_state *st)
{
	if (st->visited)
		g_hash_table_destroy(st->visited);
	if (st->msg)
		g_byte_array_unref(st->msg);
}

guint64 mp_source_total_bytes(const char *path)
{
	walk_state st = { .count_only = TRUE };
	walk_path(&st, path);
	walk_state_clear(&st);
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
	walk_path(&st, path);
	walk_state_clear(&st);
	return !st.stopped;
}
