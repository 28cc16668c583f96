/*
 * parse.c - stage 1: raw RFC 5322 bytes to an mp_message (GMime 3).
 *
 * SUMMARY
 *	mp_parse() hands the bytes to GMime's parser and copies out what the
 *	later stages need, all as valid UTF-8: the top-level headers (unfolded,
 *	RFC 2047 decoded), the address lists (read by mp_parse_addresses(),
 *	the one address parser, from every header of the name), Message-ID / In-Reply-To / References, the Date, the
 *	decoded text of every text/plain part and of every text/html part
 *	(turned into text by parse_html.c), and the list of attachments by
 *	name, type and decoded size.  The GMime tree stays attached to the
 *	message (msg->mime) for stages that need more, such as delivery
 *	reports.
 *
 * ROBUSTNESS
 *	Real mail is broken in every way: GMime's parser is used in its loose
 *	modes (RFC 2047 words inside other words, unquoted specials in
 *	addresses) and every string goes through mp_utf8_sanitize(), so
 *	undeclared 8-bit bytes and unknown charsets never reach SQLite or JSON
 *	as invalid UTF-8.  The MIME walk has a depth limit and keeps at most
 *	MAX_TEXT_BYTES of text per message and MAX_HEADER_TEXT of each
 *	header: a hostile message can neither
 *	exhaust the stack nor the memory of the worker.  Before GMime sees a
 *	message, it is cut before its MAX_MIME_DELIMITERS+1-th MIME boundary
 *	line or the line naming its MAX_BOUNDARIES+1-th boundary (mime_limit):
 *	GMime builds an object per part and compares each line with every
 *	open boundary, so 100,000 parts cost it 200 MB and 100,000 nested
 *	multiparts seconds; no real message comes near either limit.
 *
 * DIAGNOSTICS
 *	mp_parse() fails (NULL and a GError in MP_PARSE_ERROR) only when the
 *	input is empty or has no header at all, i.e. is not mail.
 */
#include <string.h>
#include "parse.h"

#define MAX_MIME_DEPTH 32
/* What is kept of a header's text (the subject, every header's value):
 * Postfix's header_size_limit, so live mail never has more; a backfilled
 * 8 MB Subject would otherwise be copied, indexed and stored whole. */
#define MAX_HEADER_TEXT (100 * 1024)
/* Boundary delimiter lines ("--b", "--b--") GMime is given at most. */
#define MAX_MIME_DELIMITERS 5000
/* Distinct boundaries (each multipart has one) GMime is given at most. */
#define MAX_BOUNDARIES 1000
/* Longest boundary noted (RFC 2046: 70). */
#define MAX_BOUNDARY_LEN 200
/* Enough for any human-written message; quoted digests beyond it are cut. */
#define MAX_TEXT_BYTES (4 * 1024 * 1024)

static GQuark parse_error_quark(void)
{
	return g_quark_from_static_string("mp-parse-error");
}

/* init_once - GMime's global state and loose parser options */
static gpointer init_once(gpointer unused)
{
	g_mime_init();
	GMimeParserOptions *opts = g_mime_parser_options_get_default();
	g_mime_parser_options_set_rfc2047_compliance_mode(opts, GMIME_RFC_COMPLIANCE_LOOSE);
	g_mime_parser_options_set_address_compliance_mode(opts, GMIME_RFC_COMPLIANCE_LOOSE);
	g_mime_parser_options_set_parameter_compliance_mode(opts, GMIME_RFC_COMPLIANCE_LOOSE);
	/* Undeclared 8-bit header bytes: UTF-8 if they validate, else cp1252. */
	const char *fallback[] = { "utf-8", "windows-1252", NULL };
	g_mime_parser_options_set_fallback_charsets(opts, fallback);
	return NULL;
}

void mp_parse_init(void)
{
	static GOnce once = G_ONCE_INIT;
	g_once(&once, init_once, NULL);
}

/* clean_text - a header-ish string as trimmed valid UTF-8, NULL if empty */
static char *clean_text(const char *s)
{
	if (s == NULL)
		return NULL;
	char *out = mp_utf8_sanitize(s, -1, NULL);
	g_strstrip(out);
	if (*out == '\0') {
		g_free(out);
		return NULL;
	}
	return out;
}

/* header_text - clean_text() of a header value cut at MAX_HEADER_TEXT
 * bytes (on a character boundary) */
static char *header_text(const char *s)
{
	char *out = clean_text(s);
	if (out && strlen(out) > MAX_HEADER_TEXT) {
		const char *end = g_utf8_find_prev_char(out, out + MAX_HEADER_TEXT + 1);
		out[end - out] = '\0';
	}
	return out;
}

char *mp_parse_clean_text(const char *s)
{
	return clean_text(s);
}

void mp_address_free(gpointer p)
{
	mp_address *a = p;
	g_free(a->address);
	g_free(a->name);
	g_free(a);
}

static void header_free(gpointer p)
{
	mp_header *h = p;
	g_free(h->name);
	g_free(h->value);
	g_free(h);
}

static void attachment_free(gpointer p)
{
	mp_attachment *a = p;
	g_free(a->filename);
	g_free(a->content_type);
	g_free(a);
}

/* address_list - every address of every header called name, read by the
 * one address parser (parse_address.c) from the raw values: GMime's own
 * reading of the message's From differed from it on hostile names */
static GPtrArray *address_list(GMimeMessage *mime, const char *name)
{
	GPtrArray *out = g_ptr_array_new_with_free_func(mp_address_free);
	GMimeHeaderList *list = g_mime_object_get_header_list(GMIME_OBJECT(mime));
	int n = g_mime_header_list_get_count(list);
	for (int i = 0; i < n; i++) {
		GMimeHeader *h = g_mime_header_list_get_header_at(list, i);
		const char *hname = g_mime_header_get_name(h);
		if (hname && g_ascii_strcasecmp(hname, name) == 0)
			mp_parse_addresses_append(out, g_mime_header_get_raw_value(h));
	}
	return out;
}

/* copy_headers - every top-level header, unfolded and decoded */
static void copy_headers(mp_message *msg, GMimeObject *obj)
{
	GMimeHeaderList *list = g_mime_object_get_header_list(obj);
	int n = g_mime_header_list_get_count(list);
	msg->headers = g_ptr_array_new_full((guint)n, header_free);
	for (int i = 0; i < n; i++) {
		GMimeHeader *h = g_mime_header_list_get_header_at(list, i);
		const char *name = g_mime_header_get_name(h);
		if (name == NULL)
			continue;
		mp_header *copy = g_new0(mp_header, 1);
		copy->name = mp_utf8_sanitize(name, -1, NULL);
		copy->value = header_text(g_mime_header_get_value(h));
		if (copy->value == NULL)
			copy->value = g_strdup("");
		g_ptr_array_add(msg->headers, copy);
	}
}

/* parse_references - message ids of a References-like header, in order */
static GPtrArray *parse_references(const char *value)
{
	GPtrArray *ids = g_ptr_array_new_with_free_func(g_free);
	if (value == NULL)
		return ids;
	GMimeReferences *refs = g_mime_references_parse(NULL, value);
	if (refs == NULL)
		return ids;
	int n = g_mime_references_length(refs);
	for (int i = 0; i < n; i++) {
		char *id = clean_text(g_mime_references_get_message_id(refs, i));
		if (id)
			g_ptr_array_add(ids, id);
	}
	g_mime_references_free(refs);
	return ids;
}

/* decoded_content - a leaf part's content with its transfer encoding undone */
static GByteArray *decoded_content(GMimePart *part, gsize limit)
{
	GMimeDataWrapper *content = g_mime_part_get_content(part);
	GByteArray *bytes = g_byte_array_new();
	if (content == NULL)
		return bytes;
	GMimeStream *mem = g_mime_stream_mem_new_with_byte_array(bytes);
	g_mime_stream_mem_set_owner(GMIME_STREAM_MEM(mem), FALSE);
	g_mime_data_wrapper_write_to_stream(content, mem);
	g_object_unref(mem);
	if (bytes->len > limit)
		g_byte_array_set_size(bytes, (guint)limit);
	return bytes;
}

/* decoded_size - bytes of a part once decoded, without keeping them */
static gsize decoded_size(GMimePart *part)
{
	GMimeDataWrapper *content = g_mime_part_get_content(part);
	if (content == NULL)
		return 0;
	GMimeStream *null = g_mime_stream_null_new();
	g_mime_data_wrapper_write_to_stream(content, null);
	gsize n = (gsize)GMIME_STREAM_NULL(null)->written;
	g_object_unref(null);
	return n;
}

/* append_text - add one part's text to a body, a blank line between parts */
static void append_text(GString **body, const char *text)
{
	if (text == NULL || *text == '\0')
		return;
	if (*body == NULL)
		*body = g_string_new(NULL);
	else if ((*body)->len >= MAX_TEXT_BYTES)
		return;
	else
		g_string_append(*body, "\n\n");
	g_string_append(*body, text);
}

typedef struct body_builder {
	mp_message *msg;
	GString *plain; /* text/plain parts, decoded */
	GString *html;  /* text/html parts, decoded, still HTML */
} body_builder;

/* add_attachment - list a part by name, type and decoded size */
static void add_attachment(body_builder *b, GMimeObject *obj, const char *filename, gsize size)
{
	GMimeContentType *ct = g_mime_object_get_content_type(obj);
	mp_attachment *a = g_new0(mp_attachment, 1);
	a->filename = clean_text(filename);
	char *type = ct ? g_mime_content_type_get_mime_type(ct) : g_strdup("application/octet-stream");
	char *clean = mp_utf8_sanitize(type, -1, NULL);
	a->content_type = g_ascii_strdown(clean, -1);
	g_free(clean);
	g_free(type);
	a->size = size;
	g_ptr_array_add(b->msg->attachments, a);
}

/* is_attachment - a part the author attached rather than wrote */
static gboolean is_attachment(GMimePart *part)
{
	const char *disposition = g_mime_object_get_disposition(GMIME_OBJECT(part));
	if (disposition && g_ascii_strcasecmp(disposition, "attachment") == 0)
		return TRUE;
	return g_mime_part_get_filename(part) != NULL;
}

/* add_leaf - a non-multipart part: text of the body, or an attachment */
static void add_leaf(body_builder *b, GMimePart *part)
{
	GMimeObject *obj = GMIME_OBJECT(part);
	GMimeContentType *ct = g_mime_object_get_content_type(obj);
	b->msg->part_count++;
	gboolean plain = ct == NULL || g_mime_content_type_is_type(ct, "text", "plain");
	gboolean html = ct && g_mime_content_type_is_type(ct, "text", "html");
	if ((plain || html) && !is_attachment(part)) {
		GByteArray *bytes = decoded_content(part, MAX_TEXT_BYTES);
		const char *charset = ct ? g_mime_content_type_get_parameter(ct, "charset") : NULL;
		char *text = mp_utf8_sanitize((const char *)bytes->data, bytes->len, charset);
		g_byte_array_unref(bytes);
		if (html) {
			append_text(&b->html, text);
		} else {
			append_text(&b->plain, text);
		}
		g_free(text);
		return;
	}
	add_attachment(b, obj, g_mime_part_get_filename(part), decoded_size(part));
}

/* walk_parts - depth-first over the MIME tree, bounded in depth */
static void walk_parts(body_builder *b, GMimeObject *obj, int depth)
{
	if (obj == NULL)
		return;
	if (depth > MAX_MIME_DEPTH)
		return;
	if (GMIME_IS_MULTIPART(obj)) {
		GMimeMultipart *mp = GMIME_MULTIPART(obj);
		int n = g_mime_multipart_get_count(mp);
		for (int i = 0; i < n; i++)
			walk_parts(b, g_mime_multipart_get_part(mp, i), depth + 1);
	} else if (GMIME_IS_MESSAGE_PART(obj)) {
		/* An attached message (forward, bounce copy): listed, not read
		 * as the author's text. */
		GMimeMessage *inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(obj));
		const char *subject = inner ? g_mime_message_get_subject(inner) : NULL;
		b->msg->part_count++;
		add_attachment(b, obj, subject, 0);
	} else if (GMIME_IS_PART(obj)) {
		add_leaf(b, GMIME_PART(obj));
	}
}

/* string_or_null - steal a GString's text, NULL when there is none */
static char *string_or_null(GString *s)
{
	return s ? g_string_free(s, FALSE) : NULL;
}

/* cr_only_copy - old Mac mail ends its lines with a lone CR, which GMime
 * reads as one endless line; such input (no LF at all) gets LFs.  NULL
 * when the input has any LF. */
static char *cr_only_copy(const char *data, gsize len)
{
	if (memchr(data, '\n', len) != NULL || memchr(data, '\r', len) == NULL)
		return NULL;
	char *copy = g_memdup2(data, len);
	for (gsize i = 0; i < len; i++)
		if (copy[i] == '\r')
			copy[i] = '\n';
	return copy;
}

/* note_boundaries - add every boundary= parameter of one line to set;
 * FALSE when the set is full and the line names one more */
static gboolean note_boundaries(GHashTable *set, const char *p, const char *end)
{
	for (; end - p > 9; p++) {
		if ((*p != 'b' && *p != 'B') || g_ascii_strncasecmp(p, "boundary", 8) != 0)
			continue;
		const char *v = p + 8;
		while (v < end && (*v == ' ' || *v == '\t'))
			v++;
		if (v >= end || *v != '=')
			continue;
		v++;
		while (v < end && (*v == ' ' || *v == '\t'))
			v++;
		const char *stop;
		if (v < end && *v == '"') {
			v++;
			stop = memchr(v, '"', (gsize)(end - v));
		} else {
			stop = v;
			while (stop < end && *stop != ';' && !g_ascii_isspace(*stop))
				stop++;
		}
		if (stop == NULL || stop == v || stop - v > MAX_BOUNDARY_LEN)
			continue;
		char *name = g_strndup(v, (gsize)(stop - v));
		if (!g_hash_table_contains(set, name) && g_hash_table_size(set) >= MAX_BOUNDARIES) {
			g_free(name);
			return FALSE;
		}
		g_hash_table_add(set, name);
	}
	return TRUE;
}

/* is_delimiter - the line is "--" + a noted boundary (+ "--"), then blanks */
static gboolean is_delimiter(GHashTable *set, const char *p, const char *end)
{
	if (end - p < 3 || p[0] != '-' || p[1] != '-' || end - p > MAX_BOUNDARY_LEN + 8)
		return FALSE;
	p += 2;
	while (end > p && g_ascii_isspace(end[-1]))
		end--;
	char *name = g_strndup(p, (gsize)(end - p));
	gboolean yes = g_hash_table_contains(set, name);
	if (!yes && end - p > 2 && end[-1] == '-' && end[-2] == '-') {
		name[end - p - 2] = '\0';
		yes = g_hash_table_contains(set, name);
	}
	g_free(name);
	return yes;
}

/* mime_limit - the length of data before its MAX_MIME_DELIMITERS+1-th
 * MIME boundary line, or before the line naming its MAX_BOUNDARIES+1-th
 * boundary (all of it when it has fewer), in one pass: a boundary is noted
 * where a boundary= parameter names it, before its delimiters */
static gsize mime_limit(const char *data, gsize len)
{
	GHashTable *set = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	guint delimiters = 0;
	const char *p = data, *end = data + len;
	while (p < end) {
		const char *nl = memchr(p, '\n', (gsize)(end - p));
		const char *eol = nl ? nl : end;
		if (is_delimiter(set, p, eol) && ++delimiters > MAX_MIME_DELIMITERS)
			break;
		if (!note_boundaries(set, p, eol))
			break;
		p = nl ? nl + 1 : end;
	}
	g_hash_table_destroy(set);
	return (gsize)(MIN(p, end) - data);
}

mp_message *mp_parse_headers(const char *data, gsize len, GError **error)
{
	mp_parse_init();
	if (data == NULL || len == 0) {
		g_set_error(error, parse_error_quark(), 1, "empty message");
		return NULL;
	}
	gsize full_len = len;
	char *lf = cr_only_copy(data, len);
	len = mime_limit(lf ? lf : data, len);
	GMimeStream *stream = g_mime_stream_mem_new_with_buffer(lf ? lf : data, len);
	g_free(lf); /* the stream holds its own copy */
	GMimeParser *parser = g_mime_parser_new_with_stream(stream);
	g_object_unref(stream);
	g_mime_parser_set_format(parser, GMIME_FORMAT_MESSAGE);
	GMimeMessage *mime = g_mime_parser_construct_message(parser, NULL);
	g_object_unref(parser);
	if (mime == NULL ||
	    g_mime_header_list_get_count(g_mime_object_get_header_list(GMIME_OBJECT(mime))) == 0) {
		g_set_error(error, parse_error_quark(), 2, "no RFC 5322 header found");
		if (mime)
			g_object_unref(mime);
		return NULL;
	}

	mp_message *msg = g_new0(mp_message, 1);
	msg->mime = mime;
	msg->raw_size = full_len;
	copy_headers(msg, GMIME_OBJECT(mime));
	msg->message_id = clean_text(g_mime_message_get_message_id(mime));
	GPtrArray *in_reply_to = parse_references(mp_message_header(msg, "In-Reply-To"));
	if (in_reply_to->len > 0)
		msg->in_reply_to = g_strdup(in_reply_to->pdata[0]);
	g_ptr_array_unref(in_reply_to);
	msg->references = parse_references(mp_message_header(msg, "References"));
	msg->subject = header_text(g_mime_message_get_subject(mime));
	GDateTime *date = g_mime_message_get_date(mime);
	msg->date = date ? g_date_time_to_unix(date) : 0;
	if (msg->date < 0)
		msg->date = 0;
	/* the writer's time zone: their business hours (analyze_alerts.c) */
	if (msg->date > 0)
		msg->date_offset = (int)(g_date_time_get_utc_offset(date) / G_TIME_SPAN_MINUTE);

	GPtrArray *from = address_list(mime, "From");
	if (from->len > 0)
		msg->from = g_ptr_array_steal_index(from, 0);
	g_ptr_array_unref(from);
	if (msg->from == NULL) { /* Sender: is the author when From: is unusable */
		GPtrArray *sender = address_list(mime, "Sender");
		if (sender->len > 0)
			msg->from = g_ptr_array_steal_index(sender, 0);
		g_ptr_array_unref(sender);
	}
	msg->to = address_list(mime, "To");
	msg->cc = address_list(mime, "Cc");
	msg->reply_to = address_list(mime, "Reply-To");
	msg->attachments = g_ptr_array_new_with_free_func(attachment_free);
	return msg;
}

void mp_parse_body(mp_message *msg)
{
	if (msg->body_parsed)
		return;
	msg->body_parsed = TRUE;
	body_builder b = { .msg = msg };
	walk_parts(&b, g_mime_message_get_mime_part(msg->mime), 0);
	msg->text_plain = string_or_null(b.plain);
	/* HTML is turned into text only when there is no plain text: the
	 * conversion costs more than the rest of the parse together, and an
	 * alternative's plain part says the same thing. */
	if (msg->text_plain == NULL && b.html != NULL) {
		msg->text_html = mp_html_to_text(b.html->str, b.html->len);
		g_string_free(b.html, TRUE);
	} else if (b.html != NULL) {
		g_string_free(b.html, TRUE);
	}
}

mp_message *mp_parse(const char *data, gsize len, GError **error)
{
	mp_message *msg = mp_parse_headers(data, len, error);
	if (msg != NULL)
		mp_parse_body(msg);
	return msg;
}

void mp_envelope_free(mp_envelope *env)
{
	if (env == NULL)
		return;
	g_free(env->sender);
	if (env->recipients)
		g_ptr_array_unref(env->recipients);
	g_free(env->queue_id);
	g_free(env->client_addr);
	g_free(env->auth_user);
	g_free(env->daemon);
	g_free(env);
}

void mp_message_free(mp_message *msg)
{
	if (msg == NULL)
		return;
	g_free(msg->message_id);
	g_free(msg->in_reply_to);
	if (msg->references)
		g_ptr_array_unref(msg->references);
	g_free(msg->subject);
	if (msg->from)
		mp_address_free(msg->from);
	if (msg->to)
		g_ptr_array_unref(msg->to);
	if (msg->cc)
		g_ptr_array_unref(msg->cc);
	if (msg->reply_to)
		g_ptr_array_unref(msg->reply_to);
	if (msg->headers)
		g_ptr_array_unref(msg->headers);
	g_free(msg->text_plain);
	g_free(msg->text_html);
	if (msg->attachments)
		g_ptr_array_unref(msg->attachments);
	mp_envelope_free(msg->envelope);
	if (msg->mime)
		g_object_unref(msg->mime);
	g_free(msg);
}

const char *mp_message_header(const mp_message *msg, const char *name)
{
	for (guint i = 0; msg->headers && i < msg->headers->len; i++) {
		const mp_header *h = msg->headers->pdata[i];
		if (g_ascii_strcasecmp(h->name, name) == 0)
			return h->value;
	}
	return NULL;
}

char *mp_parse_header_text(const char *raw)
{
	mp_parse_init();
	char *unfolded = g_mime_utils_header_unfold(raw ? raw : "");
	char *decoded = g_mime_utils_header_decode_text(NULL, unfolded);
	char *clean = mp_utf8_sanitize(decoded ? decoded : unfolded, -1, NULL);
	g_free(decoded);
	g_free(unfolded);
	return g_strstrip(clean);
}

const char *mp_message_text(const mp_message *msg)
{
	if (msg->text_plain && *msg->text_plain)
		return msg->text_plain;
	return msg->text_html;
}
