/*
 * source_imap.h - mail history from an IMAP server (libcurl), for
 * `mailpulse ingest imaps://user@host/FOLDER`.
 *
 * One mp_imap is one authenticated connection (libcurl keeps it open
 * between requests): the folders to read, each folder's UIDVALIDITY, the
 * UIDs above a given one, and each message's bytes by UID.  TLS always:
 * imaps:// (implicit TLS) or imap:// with STARTTLS required; credentials
 * never come from the command line (a password file or environment
 * variable, an OAuth 2 bearer token from a file or a command, for
 * Microsoft 365 and Gmail).  Errors are GErrors in MP_ERROR whose message
 * names the server and says what to do.
 */
#ifndef MP_SOURCE_IMAP_H
#define MP_SOURCE_IMAP_H

#include <glib.h>

typedef struct mp_imap_options {
	const char *password_file;  /* first line is the password */
	const char *password_env;   /* name of the variable holding it */
	const char *token_file;     /* first line is an OAuth 2 access token */
	const char *token_command;  /* run with /bin/sh -c; first line of its output */
	const char *ca_file;        /* CA certificates to trust (PEM), or NULL */
	guint64 bytes_per_day;      /* download budget; 0: unlimited */
} mp_imap_options;

typedef struct mp_imap mp_imap;

/* mp_imap_is_url - s starts with imap:// or imaps:// */
gboolean mp_imap_is_url(const char *s);

/* mp_imap_open - parse url (imaps://user@host[:port]/[FOLDER]; the user
 * may itself hold an '@'), read the credentials, log in; NULL with error */
mp_imap *mp_imap_open(const char *url, const mp_imap_options *o, GError **error);
/* mp_imap_close - log out, wipe the secret from memory, free; NULL is fine */
void mp_imap_close(mp_imap *c);

/* mp_imap_folder - the folder the URL names ("" when none) */
const char *mp_imap_folder(const mp_imap *c);
/* mp_imap_key - "user@host[:port]/FOLDER", the folder's key in the
 * database (caller frees) */
char *mp_imap_key(const mp_imap *c, const char *folder);
/* mp_imap_user - the login name */
const char *mp_imap_user(const mp_imap *c);

/* mp_imap_folders - every folder worth reading (char *): none that
 * cannot be selected, no junk or trash; only the \All folder when the
 * server has one (Gmail's All Mail holds every message once) */
GPtrArray *mp_imap_folders(mp_imap *c, GError **error);

/* mp_imap_status - the folder's UIDVALIDITY and UIDNEXT (STATUS) */
gboolean mp_imap_status(mp_imap *c, const char *folder, guint64 *uidvalidity, guint64 *uidnext,
                        GError **error);

/* One message of a folder: its UID and size (RFC822.SIZE). */
typedef struct mp_imap_uid {
	guint64 uid;
	guint64 size;
} mp_imap_uid;

/* mp_imap_uids_after - the messages of folder above uid and below
 * uidnext, ascending (mp_imap_uid) */
GArray *mp_imap_uids_after(mp_imap *c, const char *folder, guint64 uid, guint64 uidnext,
                           GError **error);

/* mp_imap_fetch - the whole messages (BODY.PEEK[]: their \Seen flag
 * stays) of n UIDs, as few requests as libcurl allows (the sizes say
 * how to group them): GByteArray * in the order of msgs,
 * NULL for one the server no longer has (expunged meanwhile).  Fails
 * when the folder's UIDVALIDITY is no longer uidvalidity.  Waits first
 * as long as bytes_per_day requires. */
GPtrArray *mp_imap_fetch(mp_imap *c, const char *folder, guint64 uidvalidity,
                         const mp_imap_uid *msgs, guint n, GError **error);

/* mp_imap_bytes - bytes fetched so far on this connection */
guint64 mp_imap_bytes(const mp_imap *c);

#endif
