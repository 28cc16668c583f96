/*
 * parse.h - stage 1: raw RFC 5322 bytes to an mp_message (GMime 3).
 *
 * mp_parse() never fails on malformed input: broken MIME, missing headers,
 * undeclared 8-bit bytes and unknown charsets all produce a message with
 * what could be recovered (text is always valid UTF-8).  It fails only on
 * an empty input.  Attachments are listed by name, type and size; their
 * content is not kept.  text/html parts are turned into text by
 * mp_html_to_text() (parse_html.c).
 *
 * Ownership: the caller owns the returned message and frees it with
 * mp_message_free(); every string inside belongs to the message.
 */
#ifndef MP_PARSE_H
#define MP_PARSE_H

#include <glib.h>
#include <gmime/gmime.h>

typedef struct mp_address {
	char *address; /* lowercase local@domain; never NULL */
	char *name;    /* decoded display name, or NULL */
} mp_address;

typedef struct mp_header {
	char *name;  /* as written */
	char *value; /* unfolded, RFC 2047 decoded, UTF-8 */
} mp_header;

typedef struct mp_attachment {
	char *filename;     /* or NULL */
	char *content_type; /* "type/subtype", lowercase */
	gsize size;         /* decoded size in bytes */
} mp_attachment;

/* What the MTA told the milter; all fields NULL/0 for backfilled mail,
 * except truncated and message_bytes when ingest cut a long message. */
typedef struct mp_envelope {
	char *sender;           /* MAIL FROM, without <> */
	GPtrArray *recipients;  /* RCPT TO (char *) */
	char *queue_id;
	gint64 received_time;   /* unix time the MTA received it, 0 if unknown */
	char *client_addr;
	char *auth_user;
	char *daemon;
	gboolean truncated;     /* capture stopped at MaximumBodyBytes */
	guint64 message_bytes;  /* the message's real size, cut bytes included
	                           (0: unknown, the bytes parsed are all) */
} mp_envelope;

typedef struct mp_message {
	/* headers */
	char *message_id;       /* without <>, or NULL */
	char *in_reply_to;      /* first msg-id of In-Reply-To, or NULL */
	GPtrArray *references;  /* msg-ids (char *) from References, in order */
	char *subject;          /* decoded, or NULL */
	gint64 date;            /* Date header as unix time, 0 if absent/bad */
	int date_offset;        /* its zone, minutes east of UTC (0 also for none) */
	mp_address *from;       /* first From address, or NULL */
	GPtrArray *to;          /* mp_address * */
	GPtrArray *cc;          /* mp_address * */
	GPtrArray *reply_to;    /* mp_address * */
	GPtrArray *headers;     /* mp_header *, every top-level header in order */
	/* body */
	char *text_plain;       /* decoded text/plain parts joined, or NULL */
	char *text_html;        /* text/html parts turned into text when the
	                           message has no text/plain part, or NULL */
	GPtrArray *attachments; /* mp_attachment * */
	guint part_count;       /* MIME leaf parts seen */
	/* the raw input */
	gsize raw_size;
	mp_envelope *envelope;  /* NULL for backfill; owned */
	GMimeMessage *mime;     /* the parsed tree, kept for later stages */
	gboolean body_parsed;   /* mp_parse_body() has run */
} mp_message;

/* mp_parse_init - initialise GMime once per process (idempotent) */
void mp_parse_init(void);

/* mp_parse - parse len bytes, headers and body; NULL with error only for
 * empty input or input without any header */
mp_message *mp_parse(const char *data, gsize len, GError **error);

/* mp_parse_headers / mp_parse_body - the same in two steps: the pipeline
 * classifies on headers and decodes the body (the expensive part) only of
 * the messages it keeps.  Before mp_parse_body() the text fields are NULL
 * and attachments is empty. */
mp_message *mp_parse_headers(const char *data, gsize len, GError **error);
void mp_parse_body(mp_message *msg);

void mp_message_free(mp_message *msg);
void mp_envelope_free(mp_envelope *env);

/* mp_message_header - value of the first header called name, or NULL */
const char *mp_message_header(const mp_message *msg, const char *name);

/* mp_parse_header_text - a raw header value (as an MTA hands it to a
 * milter) unfolded, RFC 2047 decoded, trimmed, valid UTF-8; never NULL */
char *mp_parse_header_text(const char *raw);

/* mp_message_text - the best text of the message: plain, else HTML text */
const char *mp_message_text(const mp_message *msg);

/* mp_html_to_text - HTML (any charset already decoded to UTF-8) to plain
 * text: scripts, styles and head dropped, block elements on their own
 * lines, entities decoded, whitespace collapsed.  Never NULL. */
char *mp_html_to_text(const char *html, gsize len);

/* mp_parse_addresses - the one reader of a raw address header, everywhere
 * (GMime's parser after parse_address.c's normalization; groups
 * flattened, RFC 2047 names decoded, addresses lowercased).  Elements are
 * mp_address * (the array frees them). */
GPtrArray *mp_parse_addresses(const char *raw);

/* mp_parse_addresses_append - the same, appended to out */
void mp_parse_addresses_append(GPtrArray *out, const char *raw);

/* mp_parse_clean_text - s trimmed and made valid UTF-8 (a copy), NULL when
 * s is NULL or nothing is left */
char *mp_parse_clean_text(const char *s);

/* mp_address_free - free one mp_address (a GDestroyNotify) */
void mp_address_free(gpointer address);

/* mp_utf8_sanitize - a valid UTF-8 copy of len bytes: trusts UTF-8, falls
 * back to charset (if given), then windows-1252.  Never NULL. */
char *mp_utf8_sanitize(const char *data, gssize len, const char *charset);

#endif
