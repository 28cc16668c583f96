/*
 * journal.c - hosted mail: unwrap Exchange journal reports, adopt Google
 * routing copies.
 *
 * SUMMARY
 *	mp_journal_parse() is the parse step every message takes (the
 *	pipeline, `inspect`).  It parses the headers and looks at what kind of
 *	mail this is:
 *	- an envelope journal report (header X-MS-Journal-Report, or its name
 *	  inside Exchange, X-MS-Exchange-Organization-Journal-Report; matched
 *	  by name, the value is empty): the envelope part (the first text/plain
 *	  part) is read line by line, the attached original (message/rfc822) is
 *	  written out as bytes and parsed as the message, and the report's
 *	  envelope replaces the SMTP envelope of the report: sender from the
 *	  Sender: line, every To/Cc/Bcc/Recipient line a recipient (Bcc
 *	  included: that is the point of an envelope report), expansions and
 *	  forwards kept in the mp_journal;
 *	- a Google routing copy: the message itself, sent to a JournalAddresses
 *	  address or carrying the JournalHeader header.  The journal address
 *	  is dropped from its envelope; the original recipient Google names in
 *	  X-Gm-Original-To (a routing rule option) becomes the envelope
 *	  recipient, else the To and Cc headers speak (as for backfill).
 *	Anything else is returned as parsed, with its envelope.
 *	An unwrapped message is dated by its own headers, not by when the
 *	report reached us: a provider retries a journal report for hours or
 *	days when our host is down.
 *
 *	mp_journal_skip_reason() reads Google Takeout's X-Gmail-Labels: a
 *	message labelled Spam, or a chat (label Chat: Hangouts and Chat
 *	conversations exported as messages) is not customer correspondence.
 *	Takeout's "From <id>@xxx <date>" separators are ordinary From_ lines
 *	(source.c).
 *
 * REPORT FORMAT (Exchange 2007 and later, Exchange Online)
 *	"Sender: ADDR", "Subject: TEXT", "Message-Id: <ID>" (any case), then
 *	one line per envelope recipient: "To:", "Cc:", "Bcc:" when Exchange
 *	could verify the addressing (MAPI or authenticated SMTP), "Recipient:"
 *	otherwise (mail from the internet); after the address maybe
 *	", Expanded: GROUP" (reached through a distribution group) or
 *	", Forwarded: ADDR" (delivered in place of ADDR).  "On-Behalf-Of:" may
 *	name a delegate.  Other lines are ignored.
 *
 * DIAGNOSTICS
 *	A report is never stored as a message of its own, whatever happens:
 *	it unwraps whole or fails with MP_ERR_DATA and a reason naming the
 *	report's Message-ID ("journal report <id>: no attached message
 *	(message/rfc822)"), which the worker logs as it quarantines the file.
 *	Failures: no envelope part or no recipient line, no attachment, an
 *	attachment that is not a message (no header), an attachment whose
 *	Message-ID is not the one the envelope names, and, when
 *	JournalRequireSender is on, a report whose sender (From, else MAIL
 *	FROM) is outside JournalSenderDomains.
 */
#include <string.h>
#include "journal.h"
#include "status.h"

/* Google's header naming the original envelope recipient of a copy. */
#define GOOGLE_ORIGINAL_TO "X-Gm-Original-To"
/* Enough for any group expansion; a report claiming more is cut there. */
#define MAX_RECIPIENTS 10000

/* rcpt_free - free one mp_journal_rcpt (a GDestroyNotify) */
static void rcpt_free(gpointer p)
{
	mp_journal_rcpt *r = p;
	g_free(r->address);
	g_free(r->expanded);
	g_free(r->forwarded);
	g_free(r);
}

/* mp_journal_free - free a journal and everything it holds; NULL is fine */
void mp_journal_free(mp_journal *j)
{
	if (j == NULL)
		return;
	g_free(j->report_id);
	g_free(j->reporter);
	g_free(j->sender);
	g_free(j->subject);
	g_free(j->message_id);
	g_free(j->on_behalf_of);
	g_free(j->direction);
	g_ptr_array_unref(j->recipients);
	g_free(j);
}

/* mp_journal_kind_name - "exchange" or "google", as stored */
const char *mp_journal_kind_name(mp_journal_kind kind)
{
	return kind == MP_JOURNAL_EXCHANGE ? "exchange" : kind == MP_JOURNAL_GOOGLE ? "google" : "?";
}

/* journal_new - an empty journal of kind */
static mp_journal *journal_new(mp_journal_kind kind)
{
	mp_journal *j = g_new0(mp_journal, 1);
	j->kind = kind;
	j->recipients = g_ptr_array_new_with_free_func(rcpt_free);
	return j;
}

/* clean_address - "<Ann@X.com>" -> "ann@x.com"; NULL without a usable '@' */
static char *clean_address(const char *s, gssize len)
{
	char *copy = g_strndup(s, len < 0 ? strlen(s) : (gsize)len);
	char *a = g_strstrip(copy);
	if (*a == '<')
		a++;
	gsize n = strcspn(a, "> \t\r\n");
	a[n] = '\0';
	const char *at = strrchr(a, '@');
	char *out = at && at != a && at[1] != '\0' && g_utf8_validate(a, -1, NULL)
	            ? g_utf8_strdown(a, -1) : NULL;
	g_free(copy);
	return out;
}

/* domain_matches - host equals domain or lies below it */
static gboolean domain_matches(const char *host, const char *domain)
{
	gsize h = strlen(host), d = strlen(domain);
	return h >= d && g_ascii_strcasecmp(host + h - d, domain) == 0 &&
	       (h == d || host[h - d - 1] == '.');
}

/* mp_journal_is_address - address is listed in JournalAddresses (case ignored) */
gboolean mp_journal_is_address(const mp_config *cfg, const char *address)
{
	for (guint i = 0; address && cfg->journal_addresses && i < cfg->journal_addresses->len; i++)
		if (g_ascii_strcasecmp(cfg->journal_addresses->pdata[i], address) == 0)
			return TRUE;
	return FALSE;
}

/* is_report - the message carries the journal report header (by name) */
static gboolean is_report(const mp_message *msg)
{
	return mp_message_header(msg, MP_JOURNAL_REPORT_HEADER) != NULL ||
	       mp_message_header(msg, MP_JOURNAL_REPORT_HEADER_ORG) != NULL;
}

/* fail - a GError naming the report, and NULL */
G_GNUC_PRINTF(3, 4)
static mp_message *fail(GError **error, const mp_journal *j, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	char *why = g_strdup_vprintf(fmt, ap);
	va_end(ap);
	g_set_error(error, MP_ERROR, MP_ERR_DATA, "journal report <%s>: %s",
	            j->report_id ? j->report_id : "no Message-ID", why);
	g_free(why);
	return NULL;
}

/* add_rcpt - one recipient, unless already listed with the same field */
static void add_rcpt(mp_journal *j, char *address, const char *field, char *expanded,
                     char *forwarded)
{
	for (guint i = 0; i < j->recipients->len; i++) {
		const mp_journal_rcpt *r = j->recipients->pdata[i];
		if (strcmp(r->address, address) == 0 && strcmp(r->field, field) == 0)
			goto drop;
	}
	if (j->recipients->len >= MAX_RECIPIENTS)
		goto drop;
	mp_journal_rcpt *r = g_new0(mp_journal_rcpt, 1);
	r->address = address;
	r->field = field;
	r->expanded = expanded;
	r->forwarded = forwarded;
	g_ptr_array_add(j->recipients, r);
	return;
drop:
	g_free(address);
	g_free(expanded);
	g_free(forwarded);
}

/* read_recipient_line - "ADDR[, Expanded: GROUP | , Forwarded: ADDR]" */
static void read_recipient_line(mp_journal *j, const char *field, const char *value)
{
	const char *comma = strchr(value, ',');
	char *address = clean_address(value, comma ? comma - value : -1);
	if (address == NULL)
		return;
	char *expanded = NULL, *forwarded = NULL;
	if (comma != NULL) {
		const char *rest = comma + 1;
		while (*rest == ' ' || *rest == '\t')
			rest++;
		if (g_ascii_strncasecmp(rest, "Expanded:", 9) == 0)
			expanded = clean_address(rest + 9, -1);
		else if (g_ascii_strncasecmp(rest, "Forwarded:", 10) == 0)
			forwarded = clean_address(rest + 10, -1);
	}
	add_rcpt(j, address, field, expanded, forwarded);
}

/* read_envelope - the lines of the envelope part into j */
static void read_envelope(mp_journal *j, const char *text)
{
	static const char *const fields[] = { "to", "cc", "bcc", "recipient" };
	char **lines = g_strsplit(text, "\n", -1);
	for (char **l = lines; *l; l++) {
		char *line = g_strstrip(*l);
		char *colon = strchr(line, ':');
		if (colon == NULL || colon == line)
			continue;
		*colon = '\0';
		const char *name = line, *value = colon + 1;
		while (*value == ' ' || *value == '\t')
			value++;
		if (g_ascii_strcasecmp(name, "Sender") == 0 && j->sender == NULL) {
			j->sender = clean_address(value, -1);
		} else if (g_ascii_strcasecmp(name, "Subject") == 0 && j->subject == NULL) {
			j->subject = g_strdup(value);
		} else if (g_ascii_strcasecmp(name, "Message-Id") == 0 && j->message_id == NULL) {
			char *id = clean_address(value, -1);
			/* ids keep their case: only the '@' check of clean_address */
			if (id != NULL) {
				g_free(id);
				const char *v = value + (*value == '<');
				j->message_id = g_strndup(v, strcspn(v, "> \t"));
			}
		} else if (g_ascii_strcasecmp(name, "On-Behalf-Of") == 0 && j->on_behalf_of == NULL) {
			j->on_behalf_of = clean_address(value, -1);
		} else {
			for (guint i = 0; i < G_N_ELEMENTS(fields); i++)
				if (g_ascii_strcasecmp(name, fields[i]) == 0)
					read_recipient_line(j, fields[i], value);
		}
	}
	g_strfreev(lines);
}

/* part_text - a leaf part's decoded content as valid UTF-8 */
static char *part_text(GMimePart *part)
{
	GByteArray *bytes = g_byte_array_new();
	GMimeDataWrapper *content = g_mime_part_get_content(part);
	if (content != NULL) {
		GMimeStream *mem = g_mime_stream_mem_new_with_byte_array(bytes);
		g_mime_stream_mem_set_owner(GMIME_STREAM_MEM(mem), FALSE);
		g_mime_data_wrapper_write_to_stream(content, mem);
		g_object_unref(mem);
	}
	GMimeContentType *ct = g_mime_object_get_content_type(GMIME_OBJECT(part));
	const char *charset = ct ? g_mime_content_type_get_parameter(ct, "charset") : NULL;
	char *text = mp_utf8_sanitize((const char *)bytes->data, bytes->len, charset);
	g_byte_array_unref(bytes);
	return text;
}

/* The two parts of a report, found by find_parts(). */
typedef struct report_parts {
	GMimePart *envelope;     /* first text/plain part */
	GMimeObject *original;   /* first message/rfc822 part */
} report_parts;

/* find_parts - depth-first, the envelope part and the attached original;
 * the original is looked for in the report's own tree, never inside it */
static void find_parts(report_parts *rp, GMimeObject *obj, int depth)
{
	if (obj == NULL || depth > 8)
		return;
	GMimeContentType *ct = g_mime_object_get_content_type(obj);
	if (GMIME_IS_MULTIPART(obj)) {
		int n = g_mime_multipart_get_count(GMIME_MULTIPART(obj));
		for (int i = 0; i < n; i++)
			find_parts(rp, g_mime_multipart_get_part(GMIME_MULTIPART(obj), i), depth + 1);
	} else if (GMIME_IS_MESSAGE_PART(obj) ||
	           (ct && g_mime_content_type_is_type(ct, "message", "rfc822"))) {
		if (rp->original == NULL)
			rp->original = obj;
	} else if (GMIME_IS_PART(obj) && rp->envelope == NULL &&
	           (ct == NULL || g_mime_content_type_is_type(ct, "text", "plain"))) {
		rp->envelope = GMIME_PART(obj);
	}
}

/* original_bytes - the attached message as bytes: GMime's parsed message
 * written back (it keeps the raw headers and body), or the decoded
 * content when the part was sent with a transfer encoding GMime did not
 * read as a message */
static GByteArray *original_bytes(GMimeObject *obj)
{
	GByteArray *bytes = g_byte_array_new();
	GMimeStream *mem = g_mime_stream_mem_new_with_byte_array(bytes);
	g_mime_stream_mem_set_owner(GMIME_STREAM_MEM(mem), FALSE);
	if (GMIME_IS_MESSAGE_PART(obj)) {
		GMimeMessage *inner = g_mime_message_part_get_message(GMIME_MESSAGE_PART(obj));
		if (inner != NULL)
			g_mime_object_write_to_stream(GMIME_OBJECT(inner), NULL, mem);
	} else if (GMIME_IS_PART(obj)) {
		GMimeDataWrapper *content = g_mime_part_get_content(GMIME_PART(obj));
		if (content != NULL)
			g_mime_data_wrapper_write_to_stream(content, mem);
	}
	g_object_unref(mem);
	return bytes;
}

/* report_envelope - the SMTP envelope of the original: the report's
 * sender and recipients, the MTA facts of the report's own capture */
static mp_envelope *report_envelope(const mp_journal *j, const mp_envelope *outer)
{
	mp_envelope *env = g_new0(mp_envelope, 1);
	env->sender = g_strdup(j->sender);
	env->recipients = g_ptr_array_new_with_free_func(g_free);
	for (guint i = 0; i < j->recipients->len; i++) {
		const mp_journal_rcpt *r = j->recipients->pdata[i];
		gboolean seen = FALSE;
		for (guint k = 0; k < env->recipients->len && !seen; k++)
			seen = strcmp(env->recipients->pdata[k], r->address) == 0;
		if (!seen)
			g_ptr_array_add(env->recipients, g_strdup(r->address));
	}
	if (outer != NULL) {
		env->queue_id = g_strdup(outer->queue_id);
		env->client_addr = g_strdup(outer->client_addr);
		env->auth_user = g_strdup(outer->auth_user);
		env->daemon = g_strdup(outer->daemon);
		env->truncated = outer->truncated;
	}
	return env;
}

/* sender_allowed - the report comes from JournalSenderDomains (From, or
 * the envelope sender), or the check is off */
static gboolean sender_allowed(const mp_config *cfg, const mp_message *report,
                               const mp_envelope *env)
{
	if (!cfg->journal_require_sender)
		return TRUE;
	const char *who[] = { report->from ? report->from->address : NULL,
	                      env ? env->sender : NULL };
	for (guint i = 0; i < G_N_ELEMENTS(who); i++) {
		const char *at = who[i] ? strrchr(who[i], '@') : NULL;
		for (guint k = 0; at && cfg->journal_sender_domains &&
		                  k < cfg->journal_sender_domains->len; k++)
			if (domain_matches(at + 1, cfg->journal_sender_domains->pdata[k]))
				return TRUE;
	}
	return FALSE;
}

/* unwrap_report - the original inside a report, or NULL with error */
static mp_message *unwrap_report(const mp_config *cfg, mp_message *report, mp_envelope *env,
                                 mp_journal *j, GError **error)
{
	j->report_id = g_strdup(report->message_id);
	const char *from = report->from ? report->from->address : NULL;
	j->reporter = g_strdup(from ? from : env ? env->sender : NULL);
	if (!sender_allowed(cfg, report, env))
		return fail(error, j, "sent by %s, outside JournalSenderDomains "
		            "(JournalRequireSender is on)", j->reporter ? j->reporter : "nobody");
	report_parts rp = { NULL, NULL };
	find_parts(&rp, g_mime_message_get_mime_part(report->mime), 0);
	if (rp.envelope != NULL) {
		char *text = part_text(rp.envelope);
		read_envelope(j, text);
		g_free(text);
	}
	if (rp.envelope == NULL || j->recipients->len == 0)
		return fail(error, j, "no envelope part (text/plain with Sender:, Message-Id: "
		            "and recipient lines)");
	if (rp.original == NULL)
		return fail(error, j, "no attached message (message/rfc822)");
	GByteArray *bytes = original_bytes(rp.original);
	GError *parse_error = NULL;
	mp_message *msg = bytes->len ? mp_parse_headers((const char *)bytes->data, bytes->len,
	                                                &parse_error) : NULL;
	g_byte_array_unref(bytes);
	if (msg == NULL || (msg->from == NULL && msg->message_id == NULL)) {
		mp_message_free(msg);
		g_clear_error(&parse_error);
		return fail(error, j, "the attached message is broken (no From, no Message-ID)");
	}
	if (j->message_id && msg->message_id && strcmp(j->message_id, msg->message_id) != 0) {
		mp_message *none = fail(error, j, "the envelope names <%s> but the attached message "
		                        "is <%s>", j->message_id, msg->message_id);
		mp_message_free(msg);
		return none;
	}
	if (j->message_id == NULL)
		j->message_id = g_strdup(msg->message_id);
	msg->envelope = report_envelope(j, env);
	return msg;
}

/* copy_marker - the JournalHeader value (maybe ""), or NULL */
static const char *copy_marker(const mp_config *cfg, const mp_message *msg)
{
	return cfg->journal_header ? mp_message_header(msg, cfg->journal_header) : NULL;
}

/* sent_to_journal - an envelope recipient is a journal address */
static gboolean sent_to_journal(const mp_config *cfg, const mp_envelope *env)
{
	for (guint i = 0; env && env->recipients && i < env->recipients->len; i++)
		if (mp_journal_is_address(cfg, env->recipients->pdata[i]))
			return TRUE;
	return FALSE;
}

/* adopt_copy - a routing copy keeps its message; its envelope loses the
 * journal address and gains the original recipients Google names */
static void adopt_copy(const mp_config *cfg, mp_message *msg, mp_envelope *env, mp_journal *j)
{
	const char *marker = copy_marker(cfg, msg);
	j->direction = marker && *marker ? g_ascii_strdown(marker, -1) : NULL;
	j->message_id = g_strdup(msg->message_id);
	j->sender = g_strdup(env ? env->sender : NULL);
	j->reporter = g_strdup(j->sender);
	if (env == NULL)
		env = g_new0(mp_envelope, 1);
	GPtrArray *kept = g_ptr_array_new_with_free_func(g_free);
	for (guint i = 0; i < msg->headers->len; i++) {
		const mp_header *h = msg->headers->pdata[i];
		char *a = g_ascii_strcasecmp(h->name, GOOGLE_ORIGINAL_TO) == 0
		          ? clean_address(h->value, -1) : NULL;
		if (a != NULL)
			add_rcpt(j, a, "recipient", NULL, NULL);
	}
	for (guint i = 0; env->recipients && i < env->recipients->len; i++) {
		const char *r = env->recipients->pdata[i];
		char *a = mp_journal_is_address(cfg, r) ? NULL : clean_address(r, -1);
		if (a != NULL)
			add_rcpt(j, a, "recipient", NULL, NULL);
	}
	for (guint i = 0; i < j->recipients->len; i++)
		g_ptr_array_add(kept, g_strdup(((mp_journal_rcpt *)j->recipients->pdata[i])->address));
	if (env->recipients)
		g_ptr_array_unref(env->recipients);
	/* No recipient left: the To and Cc headers speak, as for backfill. */
	env->recipients = kept;
	env->received_time = 0;
	msg->envelope = env;
}

/* mp_journal_parse - the message to store: the original of a report, a copy adopted, or the input */
mp_message *mp_journal_parse(const mp_config *cfg, const char *data, gsize len,
                             mp_envelope *env, mp_journal **journal, GError **error)
{
	*journal = NULL;
	mp_message *msg = mp_parse_headers(data, len, error);
	if (msg == NULL) {
		mp_envelope_free(env);
		return NULL;
	}
	if (is_report(msg)) {
		*journal = journal_new(MP_JOURNAL_EXCHANGE);
		mp_message *original = unwrap_report(cfg, msg, env, *journal, error);
		mp_envelope_free(env);
		mp_message_free(msg);
		return original;
	}
	if (copy_marker(cfg, msg) != NULL || sent_to_journal(cfg, env)) {
		*journal = journal_new(MP_JOURNAL_GOOGLE);
		adopt_copy(cfg, msg, env, *journal);
		return msg;
	}
	msg->envelope = env;
	return msg;
}

/* mp_journal_skip_reason - Takeout's Spam and Chat labels as a skip reason */
const char *mp_journal_skip_reason(const mp_message *msg)
{
	const char *labels = mp_message_header(msg, "X-Gmail-Labels");
	if (labels == NULL)
		return NULL;
	const char *why = NULL;
	char **list = g_strsplit(labels, ",", -1);
	for (char **l = list; *l && why == NULL; l++) {
		const char *label = g_strstrip(*l);
		if (g_ascii_strcasecmp(label, "Spam") == 0)
			why = "Gmail label Spam";
		else if (g_ascii_strcasecmp(label, "Chat") == 0)
			why = "Gmail chat, not mail";
	}
	g_strfreev(list);
	return why;
}

/* mp_journal_adjust_roles - the To or Cc role a report gives an envelope-only participant */
void mp_journal_adjust_roles(const mp_journal *j, mp_classification *cls)
{
	if (j == NULL || j->kind != MP_JOURNAL_EXCHANGE)
		return;
	for (guint i = 0; i < cls->participants->len; i++) {
		mp_participant *p = cls->participants->pdata[i];
		if (p->role != MP_ROLE_BCC)
			continue;
		for (guint k = 0; k < j->recipients->len; k++) {
			const mp_journal_rcpt *r = j->recipients->pdata[k];
			if (strcmp(r->address, p->address) != 0)
				continue;
			if (strcmp(r->field, "to") == 0)
				p->role = MP_ROLE_TO;
			else if (strcmp(r->field, "cc") == 0)
				p->role = MP_ROLE_CC;
			break;
		}
	}
}
