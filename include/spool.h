/*
 * spool.h - the spool between the mail path and the pipeline worker.
 *
 * One file per captured message, Maildir style: written in SpoolDir/tmp/,
 * renamed into SpoolDir/new/ when complete (rename is atomic, so the
 * worker never sees half a message), deleted by the worker once the
 * transaction that stored it has committed, or moved to
 * SpoolDir/quarantine/ when it crashed or stalled the parser.
 *
 * FILE FORMAT
 *	The raw message as the MTA handed it to the milter (headers, blank
 *	line, body), then the envelope as a trailer, because the envelope's
 *	last facts (queue id, truncation) are known only at end-of-message:
 *
 *	    <message bytes>
 *	    \n--MAILPULSE-ENVELOPE--\n
 *	    sender <addr>\n  rcpt <addr>\n ... queue_id, client_addr, auth_user,
 *	    daemon, received, truncated, message_bytes  (one "key value" a line;
 *	    message_bytes is the size the MTA sent, dropped bytes included)
 *	    MAILPULSE-TRAILER <offset of the marker, 12 digits>\n
 *
 *	The last line has a fixed length, so a reader finds the trailer by
 *	reading the end of the file.  A file without it is not a spool file.
 *
 * RECYCLING
 *	The worker does not delete a stored capture: it empties it and moves
 *	it to SpoolDir/pool/, and the milter takes its next file from there
 *	(rename pool/X tmp/<new name>).  Creating and deleting an inode per
 *	message, next to the MTA's own queue files, made the filesystem's
 *	inode allocator the largest cost of the mail path (ext4 scans for a
 *	free inode that was not recently deleted); a reused inode costs a
 *	rename.  Up to MP_SPOOL_POOL_MAX files are kept; beyond that, deleted.
 *	The file is emptied in new/ before the rename (once in pool/ the milter
 *	may take it at any moment), so a kill between the two leaves an empty
 *	file in new/: never a capture, which always ends with its trailer; the
 *	worker finishes recycling it.
 *
 * NAMES
 *	<seconds>.<microseconds>.P<pid>Q<counter>.mailpulse - unique per
 *	host, and sorting by name is sorting by capture time.
 */
#ifndef MP_SPOOL_H
#define MP_SPOOL_H

#include <glib.h>
#include "parse.h"

/* The spool's subdirectories. */
#define MP_SPOOL_TMP "tmp"
#define MP_SPOOL_NEW "new"
#define MP_SPOOL_QUARANTINE "quarantine"
#define MP_SPOOL_POOL "pool"

/* mp_spool_prepare - create SpoolDir and its subdirectories (mode 0750);
 * one that exists with a more open mode (1777) is set to at most 0750 with
 * a log line, or refused (MP_ERR_NOPERM) when its mode cannot be changed */
gboolean mp_spool_prepare(const char *spool_dir, GError **error);

#define MP_SPOOL_POOL_MAX 2000

/* ---- writing (the milter) ---------------------------------------------- */

typedef struct mp_spool_writer mp_spool_writer;

/* The names of pool/ files the milter may take, shared by its threads. */
typedef struct mp_spool_pool mp_spool_pool;
mp_spool_pool *mp_spool_pool_new(void);
void mp_spool_pool_free(mp_spool_pool *pool);

/* mp_spool_writer_open - a file in tmp/ (a recycled one from pool/ when
 * there is one, pool may be NULL); max_bytes caps the message (0 = no
 * cap); bytes past it are counted, not written */
mp_spool_writer *mp_spool_writer_open(const char *spool_dir, mp_spool_pool *pool,
                                      guint64 max_bytes, GError **error);

/* mp_spool_write - append message bytes (buffered) */
gboolean mp_spool_write(mp_spool_writer *w, const void *data, gsize len, GError **error);

/* mp_spool_writer_commit - write the envelope trailer, fsync when sync,
 * rename into new/ (and fsync new/ when sync).  Frees the writer, also on
 * failure (the tmp file is then removed). */
gboolean mp_spool_writer_commit(mp_spool_writer *w, const mp_envelope *env, gboolean sync,
                                GError **error);

/* mp_spool_writer_abort - close and remove the tmp file; frees the writer */
void mp_spool_writer_abort(mp_spool_writer *w);

/* mp_spool_writer_truncated - bytes were dropped past max_bytes */
gboolean mp_spool_writer_truncated(const mp_spool_writer *w);

/* ---- reading (the worker, `mailpulse status`) ---------------------------- */

typedef struct mp_spool_file {
	char *path;
	char *data;           /* the whole file; message is data[0..message_len) */
	gsize message_len;
	mp_envelope *envelope; /* owned until taken */
} mp_spool_file;

/* mp_spool_read - read and split a spool file; NULL with error if the file
 * is not one (no trailer) or cannot be read */
mp_spool_file *mp_spool_read(const char *path, GError **error);
void mp_spool_file_free(mp_spool_file *f);

/* mp_spool_is_capture - path is a regular file ending in a spool trailer;
 * reads its last bytes only (never blocks on a FIFO, never reads a 100 MB
 * mbox to find out) */
gboolean mp_spool_is_capture(const char *path);

/* mp_spool_list - names in SpoolDir/<sub>, sorted (oldest first), at most
 * limit (0 = all) */
GPtrArray *mp_spool_list(const char *spool_dir, const char *sub, guint limit);

/* mp_spool_count - files in SpoolDir/<sub> (-1 if unreadable) */
gint64 mp_spool_count(const char *spool_dir, const char *sub);

/* mp_spool_recycle - empty SpoolDir/new/<name> and move it to pool/
 * (delete it when the pool is full); FALSE with errno set on failure */
gboolean mp_spool_recycle(const char *spool_dir, const char *name, guint pool_size);

/* mp_spool_quarantine - move SpoolDir/new/<name> to quarantine/ */
gboolean mp_spool_quarantine(const char *spool_dir, const char *name, GError **error);

/* mp_spool_clean_tmp_of - remove the tmp/ files of a dead writer process
 * (its pid is in their names); returns how many */
guint mp_spool_clean_tmp_of(const char *spool_dir, int pid);

/* mp_spool_clean_tmp - remove tmp/ files older than max_age seconds (left
 * by a milter that died mid-message); returns how many */
guint mp_spool_clean_tmp(const char *spool_dir, gint64 max_age);

#endif
