/*
 * source_imap.c - mail history from an IMAP server, over libcurl.
 *
 * SUMMARY
 *	mp_imap_open() parses imaps://user@host[:port]/FOLDER itself (a Gmail
 *	or Microsoft 365 login is an address: the user is everything before
 *	the last '@'), reads the credentials and logs in with one request, so
 *	that a wrong password or a refused TLS handshake is reported before
 *	anything else.  One libcurl easy handle serves every request: libcurl
 *	keeps the connection and the selected folder between them.
 *	- folders: LIST "" "*", parsed here (see FOLDERS);
 *	- UIDVALIDITY: STATUS "FOLDER" (UIDVALIDITY);
 *	- UIDs and sizes: UID FETCH n:* (UID RFC822.SIZE) ("n:*" also
 *	  answers the highest UID when it is below n: filtered);
 *	- messages: UID FETCH u1,u2,... (UID FLAGS BODY.PEEK[]) as a custom
 *	  request, many messages a round trip (a round trip costs tens of
 *	  milliseconds even on loopback: one per message was 9 a second).
 *	Answers are read from the header callback, which libcurl gives every
 *	line the server sends (its body gets only the untagged answers named
 *	like the command: "UID FETCH" would get none).
 *	  libcurl's own fetch asks for BODY[], which marks the message \Seen
 *	  in the customer's mailbox; a backfill must not.  libcurl hands every
 *	  line a server sends to the header callback, so each literal {N} is
 *	  taken from there.  A line longer than libcurl's buffer (512 KB) is
 *	  clipped by libcurl: a literal then does not end where its FETCH
 *	  goes on, the batch is fetched again one message at a time, and the
 *	  message with the long line with libcurl's fetch (BODY[]), its \Seen
 *	  flag taken off again when the PEEK showed it off.
 *	Each fetch of a folder carries ;UIDVALIDITY=, so a folder renumbered
 *	under us fails instead of mixing two numberings.
 *
 * SECURITY
 *	TLS always: imaps://, or imap:// with STARTTLS required
 *	(CURLUSESSL_ALL); the server certificate is verified (--ca-file for a
 *	private CA).  A password never comes from argv (a URL with
 *	"user:password@" is refused): a file's first line, or an environment
 *	variable.  An OAuth 2 access token (Microsoft 365, Gmail) comes from a
 *	file or the first line a command prints, and is sent with SASL
 *	XOAUTH2.
 *
 * THROTTLE
 *	bytes_per_day spreads the download evenly: before each fetch, the
 *	connection waits until the bytes fetched so far are within the budget
 *	of the time elapsed (Gmail stops IMAP for a day past 2,500 MB).
 *
 * FOLDERS
 *	LIST answers "* LIST (attributes) delimiter name", the name quoted or
 *	an atom.  Skipped: \Noselect, \NonExistent, \Junk, \Trash.  When one
 *	folder is \All (Gmail's All Mail), it alone is read: every other
 *	Gmail folder is a label view of the same messages.
 *
 * DIAGNOSTICS
 *	Every error is MP_ERROR with a message naming the server or folder:
 *	login refused (MP_ERR_NOPERM), TLS refused or certificate not trusted,
 *	connection failed (MP_ERR_IO), no credentials (MP_ERR_USAGE), a folder
 *	that does not exist or changed its UIDVALIDITY (MP_ERR_DATA).
 */
#include <curl/curl.h>
#include <stdlib.h>
#include <string.h>
#include "source_imap.h"
#include "status.h"

/* libcurl's largest buffer: the longest response line it passes whole */
#define IMAP_BUFFER_SIZE (512 * 1024)
/* libcurl (Debian's 7.88 with the fix for CVE-2023-38039) fails a handle
 * once the lines of all its answers, counted as "headers", pass 300 KB:
 * the handle is reset (its connection kept) past IMAP_RESET_BYTES, and no
 * answer may carry more than IMAP_CHUNK bytes of message. */
#define IMAP_RESET_BYTES (64 * 1024)
#define IMAP_CHUNK (64 * 1024)
/* UIDs listed per request.  Debian's libcurl counts the lines of one
 * answer against that limit more than once each (a 138-line listing of
 * 5 KB failed as "308785 > 307200"): a listing stays short. */
#define IMAP_LIST_SPAN 64

struct mp_imap {
	CURL *curl;
	char *base;        /* "imaps://host:port" */
	char *user;
	char *host;        /* host[:port] as written, lowercase */
	char *folder;      /* the URL's folder, decoded ("" for none) */
	char *secret;      /* password or token (wiped on close) */
	gboolean bearer;   /* secret is an OAuth 2 token */
	char *ca_file;
	gsize header_bytes; /* line bytes since the handle was last reset */
	guint64 bytes_per_day;
	guint64 bytes;     /* fetched so far */
	gint64 started;    /* monotonic µs of the first fetch */
	char errbuf[CURL_ERROR_SIZE];
	GByteArray *body;  /* what the write callback received */
	GByteArray *lines; /* what the header callback received */
};

/* mp_imap_is_url - an imap:// or imaps:// URL, not a path */
gboolean mp_imap_is_url(const char *s)
{
	return g_str_has_prefix(s, "imap://") || g_str_has_prefix(s, "imaps://");
}

/* mp_imap_folder - the folder the URL named */
const char *mp_imap_folder(const mp_imap *c)
{
	return c->folder;
}

/* mp_imap_user - the login name */
const char *mp_imap_user(const mp_imap *c)
{
	return c->user;
}

/* mp_imap_bytes - message bytes fetched on this connection */
guint64 mp_imap_bytes(const mp_imap *c)
{
	return c->bytes;
}

/* mp_imap_key - the folder's key in imap_mailboxes */
char *mp_imap_key(const mp_imap *c, const char *folder)
{
	return g_strdup_printf("%s@%s/%s", c->user, c->host, folder);
}

/* collect - libcurl's write callback: append to a byte array */
static size_t collect(char *data, size_t size, size_t n, void *ud)
{
	g_byte_array_append(ud, (const guint8 *)data, (guint)(size * n));
	return size * n;
}

/* collect_line - libcurl's header callback: every line of an answer */
static size_t collect_line(char *data, size_t size, size_t n, void *ud)
{
	mp_imap *c = ud;
	c->header_bytes += size * n;
	return collect(data, size, n, c->lines);
}

/* first_line - the first line of a file or of a command's output, NULL
 * with error when there is none */
static char *first_line(const char *text, const char *what, GError **error)
{
	gsize n = strcspn(text, "\r\n");
	if (n == 0) {
		g_set_error(error, MP_ERROR, MP_ERR_USAGE, "%s is empty", what);
		return NULL;
	}
	return g_strndup(text, n);
}

/* read_secret - the password or token the options name */
static char *read_secret(const mp_imap_options *o, gboolean *bearer, GError **error)
{
	char *text = NULL, *what = NULL, *secret = NULL;
	*bearer = o->token_file != NULL || o->token_command != NULL;
	if (o->token_command) {
		int wait_status = 0;
		char *argv[] = { "/bin/sh", "-c", (char *)o->token_command, NULL };
		what = g_strdup_printf("the output of --token-command \"%s\"", o->token_command);
		if (!g_spawn_sync(NULL, argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &text, NULL,
		                  &wait_status, error))
			goto out;
		if (!g_spawn_check_wait_status(wait_status, NULL)) {
			g_set_error(error, MP_ERROR, MP_ERR_USAGE, "--token-command \"%s\" failed",
			            o->token_command);
			goto out;
		}
	} else if (o->token_file || o->password_file) {
		const char *path = o->token_file ? o->token_file : o->password_file;
		what = g_strdup(path);
		GError *read_error = NULL;
		if (!g_file_get_contents(path, &text, NULL, &read_error)) {
			g_set_error(error, MP_ERROR, MP_ERR_NOINPUT, "%s", read_error->message);
			g_error_free(read_error);
			goto out;
		}
	} else {
		const char *var = o->password_env ? o->password_env : "MAILPULSE_IMAP_PASSWORD";
		const char *value = g_getenv(var);
		if (value == NULL) {
			g_set_error(error, MP_ERROR, MP_ERR_USAGE,
			            "no credentials: give --password-file FILE, --password-env VAR "
			            "(or set MAILPULSE_IMAP_PASSWORD), --token-file FILE or "
			            "--token-command CMD");
			goto out;
		}
		what = g_strdup_printf("$%s", var);
		text = g_strdup(value);
	}
	secret = first_line(text, what, error);
out:
	if (text)
		memset(text, 0, strlen(text));
	g_free(text);
	g_free(what);
	return secret;
}

/* parse_url - scheme://user@host[:port]/folder into c; FALSE with error */
static gboolean parse_url(mp_imap *c, const char *url, GError **error)
{
	gboolean tls = g_str_has_prefix(url, "imaps://");
	const char *auth = url + (tls ? 8 : 7);
	const char *slash = strchr(auth, '/');
	char *authority = g_strndup(auth, slash ? (gsize)(slash - auth) : strlen(auth));
	const char *at = strrchr(authority, '@');
	gboolean ok = FALSE;
	if (at == NULL || at == authority || at[1] == '\0') {
		g_set_error(error, MP_ERROR, MP_ERR_USAGE,
		            "%s: expected imaps://USER@HOST/FOLDER", url);
	} else if (memchr(authority, ':', (gsize)(at - authority)) != NULL) {
		g_set_error(error, MP_ERROR, MP_ERR_USAGE, "%s: a password does not belong on the "
		            "command line: use --password-file or --password-env", url);
	} else {
		char *user = g_strndup(authority, (gsize)(at - authority));
		c->user = g_uri_unescape_string(user, NULL);
		g_free(user);
		c->host = g_ascii_strdown(at + 1, -1);
		c->folder = slash && slash[1] ? g_uri_unescape_string(slash + 1, NULL) : g_strdup("");
		if (c->folder && g_str_has_suffix(c->folder, "/"))
			c->folder[strlen(c->folder) - 1] = '\0';
		c->base = g_strdup_printf("%s://%s", tls ? "imaps" : "imap", c->host);
		ok = c->user != NULL && c->folder != NULL && *c->user != '\0';
		if (!ok)
			g_set_error(error, MP_ERROR, MP_ERR_USAGE, "%s: bad %%-escape", url);
	}
	g_free(authority);
	return ok;
}

/* curl_failure - a libcurl error as an MP_ERROR naming the server */
static gboolean curl_failure(mp_imap *c, CURLcode rc, const char *doing, GError **error)
{
	const char *detail = c->errbuf[0] ? c->errbuf : curl_easy_strerror(rc);
	switch (rc) {
	case CURLE_LOGIN_DENIED:
		g_set_error(error, MP_ERROR, MP_ERR_NOPERM, "%s: login refused for %s (wrong user "
		            "name, password or token): %s", c->host, c->user, detail);
		break;
	case CURLE_PEER_FAILED_VERIFICATION:
		g_set_error(error, MP_ERROR, MP_ERR_IO, "%s: TLS certificate not trusted (%s); "
		            "give its CA with --ca-file", c->host, detail);
		break;
	case CURLE_SSL_CONNECT_ERROR:
	case CURLE_SSL_CERTPROBLEM:
	case CURLE_SSL_CIPHER:
		g_set_error(error, MP_ERROR, MP_ERR_IO, "%s: TLS refused: %s (imaps:// needs a "
		            "TLS port, 993; imap:// needs STARTTLS)", c->host, detail);
		break;
	case CURLE_USE_SSL_FAILED:
		g_set_error(error, MP_ERROR, MP_ERR_IO, "%s: the server offers no STARTTLS; "
		            "mailpulse sends no credentials in clear", c->host);
		break;
	case CURLE_COULDNT_RESOLVE_HOST:
	case CURLE_COULDNT_CONNECT:
	case CURLE_OPERATION_TIMEDOUT:
	case CURLE_RECV_ERROR:
	case CURLE_SEND_ERROR:
	case CURLE_GOT_NOTHING:
	case CURLE_WEIRD_SERVER_REPLY:
		g_set_error(error, MP_ERROR, MP_ERR_IO, "%s: %s: %s", c->host, doing, detail);
		break;
	case CURLE_REMOTE_FILE_NOT_FOUND:
		g_set_error(error, MP_ERROR, MP_ERR_DATA, "%s: %s: %s (no such folder, or its "
		            "UIDVALIDITY changed: run again to read it anew)", c->host, doing, detail);
		break;
	default:
		g_set_error(error, MP_ERROR, MP_ERR_IO, "%s: %s: %s", c->host, doing, detail);
	}
	return FALSE;
}

static void configure(mp_imap *c);

/* request - one request: url (base + path), custom command or NULL;
 * the answer in c->body and c->lines */
static gboolean request(mp_imap *c, const char *path, const char *command, const char *doing,
                        GError **error)
{
	char *url = g_strdup_printf("%s/%s", c->base, path);
	if (c->header_bytes > IMAP_RESET_BYTES) {
		/* keeps the connection (and the folder selected on it) */
		curl_easy_reset(c->curl);
		configure(c);
		c->header_bytes = 0;
	}
	g_byte_array_set_size(c->body, 0);
	g_byte_array_set_size(c->lines, 0);
	c->errbuf[0] = '\0';
	curl_easy_setopt(c->curl, CURLOPT_URL, url);
	curl_easy_setopt(c->curl, CURLOPT_CUSTOMREQUEST, command);
	CURLcode rc = curl_easy_perform(c->curl);
	g_free(url);
	if (rc != CURLE_OK)
		return curl_failure(c, rc, doing, error);
	return TRUE;
}

/* quoted - an IMAP quoted string for name */
static char *quoted(const char *name)
{
	GString *s = g_string_new("\"");
	for (const char *p = name; *p; p++) {
		if (*p == '"' || *p == '\\')
			g_string_append_c(s, '\\');
		g_string_append_c(s, *p);
	}
	g_string_append_c(s, '"');
	return g_string_free(s, FALSE);
}

/* folder_path - the URL path of a folder (every reserved byte escaped) */
static char *folder_path(const char *folder)
{
	return g_uri_escape_string(folder, NULL, FALSE);
}

/* configure - every option of the handle (again after a reset) */
static void configure(mp_imap *c)
{
	CURL *h = c->curl;
	curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "imap,imaps");
	curl_easy_setopt(h, CURLOPT_USE_SSL, (long)CURLUSESSL_ALL);
	curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, 1L);
	curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, 2L);
	if (c->ca_file)
		curl_easy_setopt(h, CURLOPT_CAINFO, c->ca_file);
	curl_easy_setopt(h, CURLOPT_USERNAME, c->user);
	if (c->bearer) {
		curl_easy_setopt(h, CURLOPT_XOAUTH2_BEARER, c->secret);
		curl_easy_setopt(h, CURLOPT_LOGIN_OPTIONS, "AUTH=XOAUTH2");
	} else {
		curl_easy_setopt(h, CURLOPT_PASSWORD, c->secret);
	}
	curl_easy_setopt(h, CURLOPT_ERRORBUFFER, c->errbuf);
	curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, collect);
	curl_easy_setopt(h, CURLOPT_WRITEDATA, c->body);
	curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, collect_line);
	curl_easy_setopt(h, CURLOPT_HEADERDATA, c);
	curl_easy_setopt(h, CURLOPT_BUFFERSIZE, (long)IMAP_BUFFER_SIZE);
	curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, 30L);
	/* a server that stops answering fails the run instead of hanging it */
	curl_easy_setopt(h, CURLOPT_LOW_SPEED_LIMIT, 1L);
	curl_easy_setopt(h, CURLOPT_LOW_SPEED_TIME, 120L);
	curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
	/* MAILPULSE_DEBUG_IMAP=1: libcurl's trace of the dialogue on stderr
	 * (credentials included: for a test server only) */
	if (g_getenv("MAILPULSE_DEBUG_IMAP") != NULL)
		curl_easy_setopt(h, CURLOPT_VERBOSE, 1L);
}

/* mp_imap_open - parse, read credentials, log in (errors named here) */
mp_imap *mp_imap_open(const char *url, const mp_imap_options *o, GError **error)
{
	static gsize curl_ready = 0;
	if (g_once_init_enter(&curl_ready)) {
		curl_global_init(CURL_GLOBAL_DEFAULT);
		g_once_init_leave(&curl_ready, 1);
	}
	mp_imap *c = g_new0(mp_imap, 1);
	c->body = g_byte_array_new();
	c->lines = g_byte_array_new();
	c->bytes_per_day = o->bytes_per_day;
	c->ca_file = g_strdup(o->ca_file);
	if (!parse_url(c, url, error) || (c->secret = read_secret(o, &c->bearer, error)) == NULL) {
		mp_imap_close(c);
		return NULL;
	}
	c->curl = curl_easy_init();
	configure(c);
	/* log in now: bad credentials and TLS fail here, named */
	if (!request(c, "", "NOOP", "logging in", error)) {
		mp_imap_close(c);
		return NULL;
	}
	return c;
}

/* mp_imap_close - log out, wipe the secret, free; NULL is fine */
void mp_imap_close(mp_imap *c)
{
	if (c == NULL)
		return;
	if (c->curl)
		curl_easy_cleanup(c->curl);
	if (c->secret) {
		memset(c->secret, 0, strlen(c->secret));
		g_free(c->secret);
	}
	g_free(c->base);
	g_free(c->ca_file);
	g_free(c->user);
	g_free(c->host);
	g_free(c->folder);
	g_byte_array_unref(c->body);
	g_byte_array_unref(c->lines);
	g_free(c);
}

/* next_token - an IMAP atom or quoted string at *p (advanced past it);
 * NULL at the end of the line or for a literal */
static char *next_token(const char **p)
{
	const char *s = *p;
	while (*s == ' ')
		s++;
	if (*s == '\0' || *s == '\r' || *s == '\n' || *s == '{')
		return NULL;
	GString *out = g_string_new(NULL);
	if (*s == '"') {
		for (s++; *s && *s != '"'; s++) {
			if (*s == '\\' && s[1])
				s++;
			g_string_append_c(out, *s);
		}
		if (*s == '"')
			s++;
	} else if (*s == '(') {
		const char *close = strchr(s, ')');
		gsize n = close ? (gsize)(close - s + 1) : strlen(s);
		g_string_append_len(out, s, (gssize)n);
		s += n;
	} else {
		gsize n = strcspn(s, " \r\n");
		g_string_append_len(out, s, (gssize)n);
		s += n;
	}
	*p = s;
	return g_string_free(out, FALSE);
}

/* has_attribute - the "(...)" attribute list names attr */
static gboolean has_attribute(const char *attrs, const char *attr)
{
	char **words = g_strsplit_set(attrs, "() ", -1);
	gboolean found = FALSE;
	for (char **w = words; *w && !found; w++)
		found = g_ascii_strcasecmp(*w, attr) == 0;
	g_strfreev(words);
	return found;
}

GPtrArray *mp_imap_folders(mp_imap *c, GError **error)
{
	if (!request(c, "", "LIST \"\" \"*\"", "listing folders", error))
		return NULL;
	GPtrArray *all = g_ptr_array_new_with_free_func(g_free);
	char *all_mail = NULL;
	char *text = g_strndup((const char *)c->lines->data, c->lines->len);
	char **lines = g_strsplit(text, "\n", -1);
	for (char **l = lines; *l; l++) {
		if (!g_str_has_prefix(*l, "* LIST "))
			continue;
		const char *p = *l + 7;
		char *attrs = next_token(&p);
		char *delimiter = next_token(&p);
		char *name = next_token(&p);
		gboolean skip = attrs == NULL || name == NULL ||
		                has_attribute(attrs, "\\Noselect") || has_attribute(attrs, "\\NonExistent") ||
		                has_attribute(attrs, "\\Junk") || has_attribute(attrs, "\\Trash");
		if (!skip && has_attribute(attrs, "\\All") && all_mail == NULL)
			all_mail = g_strdup(name);
		if (!skip)
			g_ptr_array_add(all, g_strdup(name));
		g_free(attrs);
		g_free(delimiter);
		g_free(name);
	}
	g_strfreev(lines);
	g_free(text);
	if (all_mail != NULL) {
		g_ptr_array_set_size(all, 0);
		g_ptr_array_add(all, all_mail);
	}
	return all;
}

/* mp_imap_status - UIDVALIDITY and UIDNEXT of a folder (STATUS) */
gboolean mp_imap_status(mp_imap *c, const char *folder, guint64 *uidvalidity, guint64 *uidnext,
                        GError **error)
{
	char *q = quoted(folder);
	char *command = g_strdup_printf("STATUS %s (UIDVALIDITY UIDNEXT)", q);
	char *doing = g_strdup_printf("folder %s", folder);
	gboolean ok = request(c, "", command, doing, error);
	g_free(command);
	g_free(q);
	*uidvalidity = *uidnext = 0;
	if (ok) {
		char *text = g_strndup((const char *)c->lines->data, c->lines->len);
		const char *v = strstr(text, "UIDVALIDITY ");
		const char *n = strstr(text, "UIDNEXT ");
		*uidvalidity = v ? g_ascii_strtoull(v + 12, NULL, 10) : 0;
		*uidnext = n ? g_ascii_strtoull(n + 8, NULL, 10) : 0;
		g_free(text);
		if (*uidvalidity == 0 || *uidnext == 0) {
			g_set_error(error, MP_ERROR, MP_ERR_DATA, "%s: %s: the server gave no "
			            "UIDVALIDITY or UIDNEXT (no such folder?)", c->host, doing);
			ok = FALSE;
		}
	}
	g_free(doing);
	return ok;
}

/* byte_array_free - a GDestroyNotify that takes NULL (a message the
 * server did not send) */
static void byte_array_free(gpointer p)
{
	if (p != NULL)
		g_byte_array_unref(p);
}

/* compare_uid - ascending by UID */
static gint compare_uid(gconstpointer a, gconstpointer b)
{
	guint64 x = ((const mp_imap_uid *)a)->uid, y = ((const mp_imap_uid *)b)->uid;
	return x < y ? -1 : x > y;
}

/* item_number - the number after "NAME " in a FETCH line, 0 if absent */
static guint64 item_number(const char *line, const char *name)
{
	const char *p = strstr(line, name);
	return p ? g_ascii_strtoull(p + strlen(name), NULL, 10) : 0;
}

/* list_span - the messages with UIDs lo..hi (UID RFC822.SIZE) into uids */
static gboolean list_span(mp_imap *c, const char *path, const char *folder, guint64 lo,
                          guint64 hi, GArray *uids, GError **error)
{
	char *command = g_strdup_printf("UID FETCH %" G_GUINT64_FORMAT ":%" G_GUINT64_FORMAT
	                                " (UID RFC822.SIZE)", lo, hi);
	char *doing = g_strdup_printf("listing folder %s", folder);
	gboolean ok = request(c, path, command, doing, error);
	g_free(doing);
	g_free(command);
	if (!ok)
		return FALSE;
	char *text = g_strndup((const char *)c->lines->data, c->lines->len);
	char **lines = g_strsplit(text, "\n", -1);
	for (char **l = lines; *l; l++) {
		if (!g_str_has_prefix(*l, "* ") || strstr(*l, " FETCH (") == NULL)
			continue;
		mp_imap_uid u = { item_number(*l, "UID "), item_number(*l, "RFC822.SIZE ") };
		if (u.uid >= lo && u.uid <= hi)
			g_array_append_val(uids, u);
	}
	g_strfreev(lines);
	g_free(text);
	return TRUE;
}

/* mp_imap_uids_after - the UIDs and sizes above uid, listed in short spans */
GArray *mp_imap_uids_after(mp_imap *c, const char *folder, guint64 uid, guint64 uidnext,
                           GError **error)
{
	char *path = folder_path(folder);
	GArray *uids = g_array_new(FALSE, FALSE, sizeof(mp_imap_uid));
	gboolean ok = TRUE;
	/* spans of UIDs, each answer well within what libcurl takes */
	for (guint64 lo = uid + 1; ok && lo < uidnext; lo += IMAP_LIST_SPAN)
		ok = list_span(c, path, folder, lo, MIN(lo + IMAP_LIST_SPAN - 1, uidnext - 1), uids,
		               error);
	g_free(path);
	if (!ok) {
		g_array_unref(uids);
		return NULL;
	}
	g_array_sort(uids, compare_uid);
	return uids;
}

/* throttle - wait until the bytes fetched fit the daily budget */
static void throttle(mp_imap *c)
{
	gint64 now = g_get_monotonic_time();
	if (c->started == 0)
		c->started = now;
	if (c->bytes_per_day == 0)
		return;
	double due = (double)c->bytes / (double)c->bytes_per_day * 86400.0 * G_USEC_PER_SEC;
	double waited = (double)(now - c->started);
	if (due > waited)
		g_usleep((gulong)MIN(due - waited, 60.0 * G_USEC_PER_SEC));
}

/* uid_set - "3,4,9" */
static char *uid_set(const guint64 *uids, guint n)
{
	GString *s = g_string_new(NULL);
	for (guint i = 0; i < n; i++)
		g_string_append_printf(s, "%s%" G_GUINT64_FORMAT, i ? "," : "", uids[i]);
	return g_string_free(s, FALSE);
}

/* parse_literals - the messages of a FETCH answer in c->lines, by UID into
 * out (same order as uids; NULL for a UID the server did not send);
 * *seen[i] is TRUE unless FLAGS was seen without \Seen.  FALSE when the
 * answer is inconsistent: a literal that does not end where the FETCH
 * goes on (libcurl clipped a long line) */
static gboolean parse_literals(mp_imap *c, const guint64 *uids, guint n, GPtrArray *out,
                               gboolean *seen)
{
	const char *p = (const char *)c->lines->data, *end = p + c->lines->len;
	while (p < end) {
		const char *eol = memchr(p, '\n', (gsize)(end - p));
		const char *next = eol ? eol + 1 : end;
		char *line = g_strndup(p, (gsize)(next - p));
		const char *brace = strrchr(line, '{');
		if (g_str_has_prefix(line, "* ") && strstr(line, " FETCH (") && brace) {
			guint64 uid = item_number(line, "UID ");
			guint64 len = g_ascii_strtoull(brace + 1, NULL, 10);
			gboolean unseen = strstr(line, "FLAGS (") && !strstr(line, "\\Seen");
			g_free(line);
			if ((guint64)(end - next) < len + 1 || (next[len] != ')' && next[len] != ' '))
				return FALSE;
			for (guint i = 0; i < n; i++) {
				if (uids[i] != uid || out->pdata[i] != NULL)
					continue;
				GByteArray *msg = g_byte_array_sized_new((guint)len);
				g_byte_array_append(msg, (const guint8 *)next, (guint)len);
				out->pdata[i] = msg;
				seen[i] = !unseen;
			}
			p = next + len;
			continue;
		}
		g_free(line);
		p = next;
	}
	return TRUE;
}

/* answer_unseen - the FETCH line of the last answer has FLAGS without \Seen */
static gboolean answer_unseen(mp_imap *c)
{
	const char *data = (const char *)c->lines->data;
	const char *fetch = g_strstr_len(data, (gssize)c->lines->len, " FETCH (");
	const char *eol = fetch ? memchr(fetch, '\n', c->lines->len - (gsize)(fetch - data)) : NULL;
	if (eol == NULL)
		return FALSE;
	char *line = g_strndup(fetch, (gsize)(eol - fetch));
	gboolean unseen = strstr(line, "FLAGS (") && !strstr(line, "\\Seen");
	g_free(line);
	return unseen;
}

/* fetch_whole - one message with libcurl's own fetch (BODY[]): for a
 * message whose lines libcurl clips; its \Seen flag is put back off when
 * the answer to the PEEK said it was off */
static GByteArray *fetch_whole(mp_imap *c, const char *path, guint64 uid, gboolean seen,
                               GError **error)
{
	char *full = g_strdup_printf("%s/;UID=%" G_GUINT64_FORMAT, path, uid);
	char *doing = g_strdup_printf("fetching UID %" G_GUINT64_FORMAT, uid);
	GByteArray *msg = NULL;
	if (request(c, full, NULL, doing, error)) {
		msg = g_byte_array_new();
		g_byte_array_append(msg, c->body->data, c->body->len);
		char *unsee = g_strdup_printf("UID STORE %" G_GUINT64_FORMAT " -FLAGS.SILENT (\\Seen)",
		                              uid);
		GError *ignored = NULL;
		if (!seen && !request(c, path, unsee, doing, &ignored))
			g_error_free(ignored);
		g_free(unsee);
	}
	g_free(doing);
	g_free(full);
	return msg;
}

/* fetch_parts - a message larger than IMAP_CHUNK, a part at a time
 * (BODY.PEEK[]<offset.length>); NULL with error */
static GByteArray *fetch_parts(mp_imap *c, const char *path, guint64 uid, const char *doing,
                               GError **error)
{
	GByteArray *msg = g_byte_array_new();
	for (;;) {
		char *command = g_strdup_printf("UID FETCH %" G_GUINT64_FORMAT " (UID BODY.PEEK[]<%u.%u>)",
		                                uid, msg->len, (guint)IMAP_CHUNK);
		gboolean ok = request(c, path, command, doing, error);
		g_free(command);
		GPtrArray *part = g_ptr_array_new_with_free_func(byte_array_free);
		g_ptr_array_set_size(part, 1);
		gboolean seen = TRUE;
		if (ok && !parse_literals(c, &uid, 1, part, &seen)) {
			/* a line libcurl clipped: libcurl's own fetch, whole */
			g_ptr_array_unref(part);
			g_byte_array_unref(msg);
			return fetch_whole(c, path, uid, !answer_unseen(c), error);
		}
		GByteArray *chunk = ok ? part->pdata[0] : NULL;
		guint got = chunk ? chunk->len : 0;
		if (got > 0)
			g_byte_array_append(msg, chunk->data, got);
		g_ptr_array_unref(part);
		if (!ok) {
			g_byte_array_unref(msg);
			return NULL;
		}
		if (got < IMAP_CHUNK)
			return msg;
	}
}

/* mp_imap_fetch - messages by UID, BODY.PEEK, small ones together, large ones in parts */
GPtrArray *mp_imap_fetch(mp_imap *c, const char *folder, guint64 uidvalidity,
                         const mp_imap_uid *msgs, guint n, GError **error)
{
	throttle(c);
	char *escaped = folder_path(folder);
	char *path = g_strdup_printf("%s;UIDVALIDITY=%" G_GUINT64_FORMAT, escaped, uidvalidity);
	char *doing = g_strdup_printf("fetching from %s", folder);
	GPtrArray *out = g_ptr_array_new_with_free_func(byte_array_free);
	g_ptr_array_set_size(out, n);
	guint64 *uids = g_new(guint64, n);
	gboolean *seen = g_new0(gboolean, n);
	gboolean ok = TRUE;
	/* the small ones together, within IMAP_CHUNK; each large one apart */
	for (guint i = 0; ok && i < n;) {
		guint k = 0;
		guint64 bytes = 0;
		while (i + k < n && msgs[i + k].size <= IMAP_CHUNK &&
		       (k == 0 || bytes + msgs[i + k].size <= IMAP_CHUNK)) {
			uids[k] = msgs[i + k].uid;
			bytes += msgs[i + k].size;
			k++;
		}
		if (k == 0) {
			out->pdata[i] = fetch_parts(c, path, msgs[i].uid, doing, error);
			ok = out->pdata[i] != NULL;
			i++;
			continue;
		}
		char *set = uid_set(uids, k);
		char *command = g_strdup_printf("UID FETCH %s (UID FLAGS BODY.PEEK[])", set);
		ok = request(c, path, command, doing, error);
		GPtrArray *got = g_ptr_array_new_with_free_func(byte_array_free);
		g_ptr_array_set_size(got, k);
		if (ok && !parse_literals(c, uids, k, got, seen)) {
			/* a clipped line somewhere: these again, one at a time */
			for (guint j = 0; ok && j < k; j++) {
				out->pdata[i + j] = fetch_parts(c, path, uids[j], doing, error);
				ok = out->pdata[i + j] != NULL;
			}
		} else {
			for (guint j = 0; ok && j < k; j++)
				out->pdata[i + j] = g_steal_pointer(&got->pdata[j]);
		}
		g_ptr_array_unref(got);
		g_free(command);
		g_free(set);
		i += k;
	}
	for (guint i = 0; ok && i < n; i++)
		if (out->pdata[i])
			c->bytes += ((GByteArray *)out->pdata[i])->len;
	if (!ok)
		g_clear_pointer(&out, g_ptr_array_unref);
	g_free(seen);
	g_free(uids);
	g_free(doing);
	g_free(path);
	g_free(escaped);
	return out;
}
