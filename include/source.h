/*
 * source.h - where backfilled mail comes from: Maildir, mbox, .eml files.
 *
 * mp_source_walk() visits a path recursively and hands every message it
 * finds to a callback, one at a time, with a buffer it owns (valid only
 * during the call).  A Maildir is recognised by its cur/ new/ tmp/ triple
 * (tmp/ is never read); a file that starts with "From " is an mbox, split
 * on From_ lines with >From unquoting (mboxrd); any other regular file is
 * one message.  Files are read as a stream, each message kept up to
 * max_message_bytes.  Unreadable files, files that shrink while read,
 * FIFOs and other non-regular files, and directories reached a second
 * time (symbolic link loops) are reported through the error callback and
 * the walk goes on.
 */
#ifndef MP_SOURCE_H
#define MP_SOURCE_H

#include <glib.h>

typedef struct mp_source_item {
	const char *origin;  /* "path" or "path:byte-offset" for mbox */
	const char *data;
	gsize len;
	guint64 bytes_done;  /* input bytes consumed so far, for progress */
	guint64 full_len;    /* the message's length before a cut at
	                        max_message_bytes (>= len) */
} mp_source_item;

/* return FALSE to stop the walk */
typedef gboolean (*mp_source_message_cb)(const mp_source_item *item, void *ud);
typedef void (*mp_source_error_cb)(const char *path, const char *reason, void *ud);

/* mp_source_total_bytes - size of everything the walk would read */
guint64 mp_source_total_bytes(const char *path);

/* mp_source_walk - FALSE if the path itself is missing or a callback stopped */
gboolean mp_source_walk(const char *path, guint64 max_message_bytes,
                        mp_source_message_cb on_message,
                        mp_source_error_cb on_error, void *ud);

/* mp_mbox_split - split an in-memory mbox; calls on_message per message
 * with origin "name:offset" (exposed for tests) */
void mp_mbox_split(const char *name, const char *data, gsize len,
                   mp_source_message_cb on_message, void *ud);

#endif
