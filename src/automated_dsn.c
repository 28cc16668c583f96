/*
 * automated_dsn.c - RFC 3464 delivery-status parts and RFC 5965 reports.
 *
 * SUMMARY
 *	automated_dsn_scan() walks the whole MIME tree (not only a top-level
 *	multipart/report: gateways wrap reports in multipart/mixed, forwards
 *	nest them) for message/delivery-status, message/global-delivery-status
 *	and text/delivery-status parts, and reads one mp_bounce per recipient
 *	block: Final-Recipient (Original-Recipient when it is missing),
 *	Action, Status, Diagnostic-Code.  automated_bounce_complete() then fills what
 *	the fields leave open from the human-readable text of the report.
 *	automated_is_feedback_report() recognises ARF reports (report-type
 *	feedback-report, or a message/feedback-report part).
 *
 * EDGE CASES
 *	Fields are folded, their case varies, the "rfc822;" type prefix is
 *	missing or spaced, the address is in <>; blank lines between
 *	recipient blocks are doubled or missing (a second Final-Recipient
 *	then starts the next block); Action may come before Final-Recipient.
 *	A block without any recipient field is the per-message block and is
 *	ignored.  At most MAX_RECIPIENTS recipients are read per message.
 *
 * DIAGNOSTICS
 *	None: unreadable parts yield no recipient.
 */
#include <string.h>
#include "automated_internal.h"

#define MAX_MIME_DEPTH 32
#define MAX_RECIPIENTS 500
#define MAX_DSN_BYTES (256 * 1024)

/* part_text - a leaf part's decoded content as UTF-8 (newly allocated) */
static char *part_text(GMimeObject *obj)
{
	if (!GMIME_IS_PART(obj))
		return g_mime_object_to_string(obj, NULL);
	GMimeDataWrapper *content = g_mime_part_get_content(GMIME_PART(obj));
	GByteArray *bytes = g_byte_array_new();
	if (content != NULL) {
		GMimeStream *mem = g_mime_stream_mem_new_with_byte_array(bytes);
		g_mime_stream_mem_set_owner(GMIME_STREAM_MEM(mem), FALSE);
		g_mime_data_wrapper_write_to_stream(content, mem);
		g_object_unref(mem);
	}
	if (bytes->len > MAX_DSN_BYTES)
		g_byte_array_set_size(bytes, MAX_DSN_BYTES);
	char *text = mp_utf8_sanitize((const char *)bytes->data, bytes->len, NULL);
	g_byte_array_unref(bytes);
	return text;
}

/* is_type - content type of obj is type/subtype */
static gboolean is_type(GMimeObject *obj, const char *type, const char *subtype)
{
	GMimeContentType *ct = g_mime_object_get_content_type(obj);
	return ct != NULL && g_mime_content_type_is_type(ct, type, subtype);
}

/* is_dsn_part - a part holding delivery-status fields */
static gboolean is_dsn_part(GMimeObject *obj)
{
	return is_type(obj, "message", "delivery-status") ||
	       is_type(obj, "message", "global-delivery-status") ||
	       is_type(obj, "text", "delivery-status");
}

typedef struct dsn_block {
	char *final_rcpt, *original_rcpt, *action, *status, *diagnostic;
	gboolean base64;  /* the fields that follow are base64 (seen in the wild) */
} dsn_block;

/* block_clear - free the fields of a block and zero it */
static void block_clear(dsn_block *b)
{
	g_free(b->final_rcpt);
	g_free(b->original_rcpt);
	g_free(b->action);
	g_free(b->status);
	g_free(b->diagnostic);
	memset(b, 0, sizeof *b);
}

/* address_value - "rfc822; <A@B>" -> "a@b", NULL when no '@' */
static char *address_value(const char *value)
{
	const char *semi = strchr(value, ';');
	const char *v = semi ? semi + 1 : value;
	while (g_ascii_isspace(*v) || *v == '<')
		v++;
	size_t n = strcspn(v, "> \t\r\n");
	if (n == 0 || memchr(v, '@', n) == NULL)
		return NULL;
	return g_ascii_strdown(v, (gssize)n);
}

/* status_value - the "d.d.d" of a Status field, NULL when absent */
static char *status_value(const char *value)
{
	const char *p = value;
	while (*p && !(strchr("245", *p) && p[1] == '.'))
		p++;
	if (*p == '\0')
		return NULL;
	size_t n = strspn(p, "0123456789.");
	while (n > 0 && p[n - 1] == '.')
		n--;
	return g_strndup(p, n);
}

/* flush_block - append the block as a recipient when it names one */
static void flush_block(dsn_block *b, GPtrArray *out)
{
	const char *rcpt = b->final_rcpt ? b->final_rcpt : b->original_rcpt;
	if (rcpt != NULL && out->len < MAX_RECIPIENTS) {
		char *action = b->action ? g_ascii_strdown(g_strstrip(b->action), -1) : NULL;
		g_ptr_array_add(out, automated_bounce_new(rcpt, b->status, action, b->diagnostic));
		g_free(action);
	}
	block_clear(b);
}

/* set_field - store one unfolded "Name: value" line in the block */
static void set_field(dsn_block *b, const char *line, GPtrArray *out)
{
	const char *colon = strchr(line, ':');
	if (colon == NULL)
		return;
	char *name = g_ascii_strdown(line, colon - line);
	g_strstrip(name);
	const char *value = colon + 1;
	while (g_ascii_isspace(*value))
		value++;
	if (strcmp(name, "final-recipient") == 0 || strcmp(name, "original-recipient") == 0) {
		gboolean final = name[0] == 'f';
		if (final ? b->final_rcpt != NULL : b->original_rcpt != NULL)
			flush_block(b, out); /* no blank line between two recipients */
		char **slot = final ? &b->final_rcpt : &b->original_rcpt;
		*slot = address_value(value);
	} else if (strcmp(name, "action") == 0 && b->action == NULL) {
		b->action = g_strdup(value);
	} else if (strcmp(name, "status") == 0 && b->status == NULL) {
		b->status = status_value(value);
	} else if (strcmp(name, "content-transfer-encoding") == 0 &&
	           g_ascii_strncasecmp(value, "base64", 6) == 0) {
		b->base64 = TRUE;
	} else if (strcmp(name, "diagnostic-code") == 0 && b->diagnostic == NULL) {
		const char *semi = strchr(value, ';');
		const char *d = semi && semi - value < 12 ? semi + 1 : value; /* "smtp;" */
		b->diagnostic = g_strstrip(g_strdup(d));
	}
	g_free(name);
}

static void parse_fields(const char *text, GPtrArray *out, int depth);

/* decode_rest - parse the base64 text that follows a block announcing it */
static void decode_rest(char **lines, GPtrArray *out, int depth)
{
	GString *b64 = g_string_new(NULL);
	for (char **l = lines; *l; l++)
		g_string_append(b64, *l);
	gsize n = 0;
	guchar *raw = g_base64_decode(b64->str, &n);
	char *text = mp_utf8_sanitize((const char *)raw, (gssize)n, NULL);
	parse_fields(text, out, depth + 1);
	g_free(text);
	g_free(raw);
	g_string_free(b64, TRUE);
}

/* parse_fields - recipient blocks of one delivery-status text */
static void parse_fields(const char *text, GPtrArray *out, int depth)
{
	char **lines = g_strsplit_set(text, "\n", -1);
	dsn_block b = { 0 };
	GString *field = g_string_new(NULL);
	for (char **l = lines; ; l++) {
		char *line = *l;
		if (line != NULL)
			g_strchomp(line);
		gboolean folded = line && (*line == ' ' || *line == '\t');
		if (folded && field->len > 0) {
			g_string_append_c(field, ' ');
			g_string_append(field, g_strchug(line));
			continue;
		}
		if (field->len > 0)
			set_field(&b, field->str, out);
		g_string_truncate(field, 0);
		if (line == NULL)
			break;
		if (*line == '\0' && b.base64 && depth < 2) {
			decode_rest(l + 1, out, depth);
			break;
		}
		if (*line == '\0')
			flush_block(&b, out);
		else
			g_string_append(field, line);
	}
	flush_block(&b, out);
	g_string_free(field, TRUE);
	g_strfreev(lines);
}

/* walk - every delivery-status part under obj */
static gboolean walk(GMimeObject *obj, GPtrArray *out, int depth)
{
	if (obj == NULL || depth > MAX_MIME_DEPTH)
		return FALSE;
	gboolean found = FALSE;
	if (GMIME_IS_MULTIPART(obj)) {
		GMimeMultipart *mp = GMIME_MULTIPART(obj);
		int n = g_mime_multipart_get_count(mp);
		for (int i = 0; i < n; i++)
			found |= walk(g_mime_multipart_get_part(mp, i), out, depth + 1);
	} else if (is_dsn_part(obj)) {
		char *text = part_text(obj);
		parse_fields(text, out, 0);
		g_free(text);
		found = TRUE;
	}
	/* A returned message (message/rfc822) is not searched: a bounce of a
	 * bounce would otherwise report the inner recipients as ours. */
	return found;
}

/* human_text - the MTA's own words in the report, for the diagnostics the
 * fields leave out (newly allocated) */
static char *human_text(const mp_message *msg)
{
	const char *text = mp_message_text(msg);
	return automated_own_text(text ? text : "");
}

/* all_delayed - every recipient from index from on was only delayed */
static gboolean all_delayed(GPtrArray *bounces, guint from)
{
	for (guint i = from; i < bounces->len; i++) {
		const mp_bounce *b = bounces->pdata[i];
		if (b->action == NULL || strcmp(b->action, "delayed") != 0)
			return FALSE;
	}
	return bounces->len > from;
}

gboolean automated_dsn_scan(const mp_message *msg, GPtrArray *bounces)
{
	if (msg->mime == NULL)
		return FALSE;
	guint first = bounces->len;
	if (!walk(g_mime_message_get_mime_part(msg->mime), bounces, 0))
		return FALSE;
	char *region = human_text(msg);
	gboolean delayed = all_delayed(bounces, first);
	for (guint i = first; i < bounces->len; i++)
		automated_bounce_complete(bounces->pdata[i], region, delayed, bounces->len - first == 1);
	g_free(region);
	return TRUE;
}

/* has_feedback_part - a message/feedback-report part under obj */
static gboolean has_feedback_part(GMimeObject *obj, int depth)
{
	if (obj == NULL || depth > MAX_MIME_DEPTH)
		return FALSE;
	if (is_type(obj, "message", "feedback-report"))
		return TRUE;
	if (!GMIME_IS_MULTIPART(obj))
		return FALSE;
	GMimeMultipart *mp = GMIME_MULTIPART(obj);
	int n = g_mime_multipart_get_count(mp);
	for (int i = 0; i < n; i++)
		if (has_feedback_part(g_mime_multipart_get_part(mp, i), depth + 1))
			return TRUE;
	return FALSE;
}

/* feedback_without_arf - the two common complaint forms that are not
 * RFC 5965: Hotmail's JMRP ("complaint about message from 192.0.2.1")
 * and Apple Mail's one-click unsubscribe (X-Apple-Unsubscribe) */
static gboolean feedback_without_arf(const mp_message *msg)
{
	const char *apple = mp_message_header(msg, "X-Apple-Unsubscribe");
	if (apple != NULL && g_ascii_strncasecmp(apple, "true", 4) == 0)
		return TRUE;
	const char *subject = msg->subject ? msg->subject : "";
	while (g_ascii_isspace(*subject))
		subject++;
	return g_ascii_strncasecmp(subject, "complaint about message from ", 29) == 0;
}

gboolean automated_is_feedback_report(const mp_message *msg)
{
	if (feedback_without_arf(msg))
		return TRUE;
	if (msg->mime == NULL)
		return FALSE;
	GMimeObject *top = g_mime_message_get_mime_part(msg->mime);
	if (top == NULL)
		return FALSE;
	GMimeContentType *ct = g_mime_object_get_content_type(top);
	const char *rt = ct ? g_mime_content_type_get_parameter(ct, "report-type") : NULL;
	if (rt != NULL && g_ascii_strcasecmp(rt, "feedback-report") == 0)
		return TRUE;
	return has_feedback_part(top, 0);
}
