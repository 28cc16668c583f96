/*
 * automated_bounce.c - bounces without a delivery-status part.
 *
 * SUMMARY
 *	qmail, Exim, old Postfix and Sendmail, Exchange 2003, Lotus Notes,
 *	Yahoo, Gmail's text notices and many appliances write their bounces
 *	as plain text.  automated_text_bounce_scan() takes a message for such a
 *	bounce when
 *	  - it has an X-Failed-Recipients header (Exim), or
 *	  - its sender is a mail system (MAILER-DAEMON, postmaster, "Mail
 *	    Delivery Subsystem", the null envelope sender) or its subject is a
 *	    bounce subject ("Undeliverable:", "failure notice", "Returned
 *	    mail:" ...), and the MTA's text says a delivery failed or was
 *	    delayed; or both the sender and the subject say so.
 *	The recipients are X-Failed-Recipients, else the addresses the text
 *	puts in a recipient's place (a line that starts with the address, "to
 *	<address>", "recipient: address" ...), else any address of the text,
 *	else the To of the returned message; never the bounce's own parties
 *	nor the mail system's addresses.  Each recipient gets the text from
 *	its line to the next recipient's as its diagnostic, and
 *	automated_bounce_complete() reads the verdict from it.
 *
 *	automated_own_text() cuts a machine's text where the copy of the message it
 *	answers starts ("--- Below this line is a copy of the message.",
 *	"----- Original message -----", raw Received: headers ...).
 *
 * EDGE CASES
 *	Message-IDs look like addresses: header-like lines (Message-ID:,
 *	Received:, From: ...) are not searched.  A forwarded bounce ("Fwd:
 *	Returned mail") is still a bounce.  At most MAX_RECIPIENTS.
 *
 * DIAGNOSTICS
 *	None.
 */
#include <string.h>
#include "automated_internal.h"

#define MAX_RECIPIENTS 500
#define MAX_SEGMENT 1500

enum {
	RX_ADDRESS,
	RX_COPY_MARKER,
	RX_BOUNCE_SUBJECT,
	RX_BOUNCE_TEXT,
	RX_SYSTEM_NAME,
	RX_RCPT_LINE,
	RX_RCPT_PHRASE,
	RX_HEADER_LINE,
	RX_DELAY,
};

static const char *const bounce_patterns[] = {
	[RX_ADDRESS] =
	"[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
	"@[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+",
	[RX_COPY_MARKER] =
	"^[ \\t>|]*([-=_*#]+ ?)?[ \\t]*(below this line is a copy of the message"
	"|this is a copy of (the|your) message|a copy of the original message"
	"|original message|returned message|unsent message below|undelivered message"
	"|the (header|headers) of the original message|original message header"
	"|message headers? follows?|headers of your message|your message reads"
	"|returned mail follows|copy of (the |your )?(original )?message follows"
	"|transcript of the original"
	"|-+ ?(forwarded|weitergeleitete|message transféré))"
	"|^(received|return-path|dkim-signature|x-received|arc-seal):[ \\t]",
	[RX_BOUNCE_SUBJECT] =
	"(undeliver|undelivered mail|delivery status notification|delivery notification"
	"|delivery status|delivery failure|delivery failed|failure notice|failure delivery"
	"|returned mail|mail delivery|mail system error|could not be delivered"
	"|delivery has failed|non-?deliver|unzustellbar|non remis|no entregado"
	"|not delivered|delivery problem|mail could not|returning message to sender"
	"|error sending|delivery warning|warning: (could not send|message .* delayed)"
	"|mail failed|delivery report|bounce|message delayed|e-?mail error)",
	[RX_BOUNCE_TEXT] =
	"(could not be delivered|couldn't be delivered|wasn't able to deliver"
	"|was not able to deliver|unable to deliver|undeliverable|not be delivered"
	"|delivery (to the following recipients? )?(has )?failed|following address(es)? failed"
	"|permanent (fatal )?error|failed permanently|did not reach the following"
	"|delivery failure|returned to sender|could not deliver|not delivered"
	"|user unknown|unknown user|no such user|mailbox unavailable|has not (yet )?been delivered"
	"|delayed|giving up|gave up|retry timeout|could not be sent|was rejected"
	"|rejected your message|message was not sent|fatal errors?|delivery error"
	"|error (occurred|occured) while|failed to deliver|delivery attempt|non remis"
	"|nicht zugestellt|unzustellbar|not reach|remote host said|said: [45]\\d\\d"
	"|error delivering|did not like|invalid user|no such user|undeliverable|could not be delivered)",
	[RX_SYSTEM_NAME] =
	"^[\"\\s]*(mailer-daemon|mailer_daemon|mailerdaemon|mail-daemon|postmaster|post_master|mail delivery"
	"|mail administrator|system administrator|mail system|mdaemon|mail router"
	"|internet mail delivery|microsoft outlook|nobody|mta|bounce)",
	[RX_RCPT_LINE] =
	"^[ \\t*>-]*(\\d+\\.\\s+|[245]\\d\\d[ -]+)?(rcpt to:|to:)?[ \\t]*<?([^\\s<>@]+@[^\\s<>:,;()\\[\\]]+?)>?"
	"\\.?[ \\t]*(:|\\(|\\.\\.\\.|,|;|$|on |[ \\t]+[-(<\\[]|[ \\t]+(host|because|reason|mailbox|unknown|user)\\b)",
	[RX_RCPT_PHRASE] =
	"(recipients?|address(es)?|adresse|empfänger|destinataire|message to|mail to"
	"|delivery to|delivered to|sent to|for|to|user|mailbox|rcpt)[ \\t]*(:|=|is)?[ \\t]*"
	"[\"'(]?<?([^\\s<>@\"'()]+@[^\\s<>:,;()\\[\\]\"']+?)>?[\"')]?(?=[\\s,;:.)]|$)",
	[RX_HEADER_LINE] =
	"^[ \\t]*(message-id|references|in-reply-to|x-[a-z0-9-]+|received|from|sender"
	"|reply-to|return-path|resent-[a-z]+|dkim-signature|list-[a-z]+|errors-to)[ \\t]*:",
	[RX_DELAY] =
	"(delivery status notification \\(delay\\)|notification: delayed|\\bdelayed\\b"
	"|has not yet been delivered|not been delivered yet|will (continue to |keep )?(try|retry)"
	"|warning: |still trying|temporarily deferred|will be retried|no action is required)",
};

static automated_rx_table bounce_rx = AUTOMATED_RX_TABLE(bounce_patterns);

mp_bounce *automated_bounce_new(const char *recipient, const char *status, const char *action,
                         const char *diagnostic)
{
	mp_bounce *b = g_new0(mp_bounce, 1);
	b->recipient = g_ascii_strdown(recipient, -1);
	b->status = g_strdup(status);
	b->action = g_strdup(action);
	b->diagnostic = g_strdup(diagnostic);
	return b;
}

void automated_bounce_free(gpointer p)
{
	mp_bounce *b = p;
	g_free(b->recipient);
	g_free(b->status);
	g_free(b->action);
	g_free(b->diagnostic);
	g_free(b);
}

GPtrArray *automated_find_addresses(const char *text)
{
	GPtrArray *out = g_ptr_array_new_with_free_func(g_free);
	GMatchInfo *mi = NULL;
	g_regex_match(automated_rx_get(&bounce_rx, RX_ADDRESS), text ? text : "", 0, &mi);
	while (g_match_info_matches(mi) && out->len < MAX_RECIPIENTS) {
		char *a = g_match_info_fetch(mi, 0);
		char *lower = g_ascii_strdown(a, -1);
		g_free(a);
		if (!g_ptr_array_find_with_equal_func(out, lower, g_str_equal, NULL))
			g_ptr_array_add(out, lower);
		else
			g_free(lower);
		g_match_info_next(mi, NULL);
	}
	g_match_info_free(mi);
	return out;
}

char *automated_own_text(const char *text)
{
	int start = 0;
	if (text == NULL)
		return g_strdup("");
	if (automated_rx_search(&bounce_rx, RX_COPY_MARKER, text, &start, NULL))
		return g_strndup(text, (gsize)start);
	return g_strdup(text);
}

/* is_system_address - a mail system's own mailbox, never a recipient */
static gboolean is_system_address(const char *address)
{
	return automated_rx_search(&bounce_rx, RX_SYSTEM_NAME, address, NULL, NULL);
}

/* from_mail_system - the bounce's sender is a mail system */
static gboolean from_mail_system(const mp_message *msg)
{
	const char *rp = mp_message_header(msg, "Return-Path");
	if (rp != NULL && strstr(rp, "<>") != NULL)
		return TRUE;
	if (msg->envelope && msg->envelope->sender && *msg->envelope->sender == '\0')
		return TRUE;
	/* "From: MAILER-DAEMON <>" has no address GMime would keep */
	const char *raw = mp_message_header(msg, "From");
	if (msg->from == NULL)
		return raw != NULL && automated_rx_search(&bounce_rx, RX_SYSTEM_NAME, raw, NULL, NULL);
	return is_system_address(msg->from->address) ||
	       (msg->from->name && automated_rx_search(&bounce_rx, RX_SYSTEM_NAME, msg->from->name, NULL, NULL));
}

/* own_party - an address of the bounce itself (its sender or recipients) */
static gboolean own_party(const mp_message *msg, const char *address)
{
	const GPtrArray *lists[] = { msg->to, msg->cc, msg->reply_to };
	if (msg->from && strcmp(msg->from->address, address) == 0)
		return TRUE;
	for (guint l = 0; l < G_N_ELEMENTS(lists); l++)
		for (guint i = 0; lists[l] && i < lists[l]->len; i++) {
			const mp_address *a = lists[l]->pdata[i];
			if (g_ascii_strcasecmp(a->address, address) == 0)
				return TRUE;
		}
	const char *rp = mp_message_header(msg, "Return-Path");
	return rp != NULL && strcasestr(rp, address) != NULL;
}

/* acceptable - a recipient candidate that is not the bounce's own party */
static gboolean acceptable(const mp_message *msg, const char *address)
{
	return strchr(address, '@') != NULL && !is_system_address(address) &&
	       !own_party(msg, address);
}

typedef struct found {
	char *address;
	gsize line_start; /* byte offset of the line where it was found */
} found;

/* add_found - remember a recipient once, with where it was first seen */
static void add_found(GArray *list, const char *address, gsize line_start)
{
	for (guint i = 0; i < list->len; i++)
		if (strcmp(g_array_index(list, found, i).address, address) == 0)
			return;
	if (list->len >= MAX_RECIPIENTS)
		return;
	found f = { g_ascii_strdown(address, -1), line_start };
	g_array_append_val(list, f);
}

/* line_candidates - addresses of one line: those in a recipient's place,
 * or with loose every address of the line */
static GPtrArray *line_candidates(const char *line, gboolean loose)
{
	if (loose)
		return automated_find_addresses(line);
	GPtrArray *out = g_ptr_array_new_with_free_func(g_free);
	char *a = automated_rx_group(&bounce_rx, RX_RCPT_LINE, line, 3);
	if (a == NULL)
		a = automated_rx_group(&bounce_rx, RX_RCPT_PHRASE, line, 4);
	if (a != NULL) {
		GPtrArray *valid = automated_find_addresses(a); /* what the loose group caught */
		if (valid->len > 0)
			g_ptr_array_add(out, g_strdup(valid->pdata[0]));
		g_ptr_array_unref(valid);
		g_free(a);
	}
	return out;
}

/* scan_lines - recipients of region, each with the offset of its line;
 * header-like lines are skipped */
static void scan_lines(const mp_message *msg, const char *region, GArray *out, gboolean loose)
{
	const char *p = region;
	while (*p) {
		const char *nl = strchr(p, '\n');
		gsize len = nl ? (gsize)(nl - p) : strlen(p);
		char *line = g_strndup(p, len);
		if (!automated_rx_search(&bounce_rx, RX_HEADER_LINE, line, NULL, NULL)) {
			GPtrArray *cands = line_candidates(line, loose);
			for (guint i = 0; i < cands->len; i++)
				if (acceptable(msg, cands->pdata[i]))
					add_found(out, cands->pdata[i], (gsize)(p - region));
			g_ptr_array_unref(cands);
		}
		g_free(line);
		p += len + (nl ? 1 : 0);
	}
}

/* returned_to - the To of the returned message (a message/rfc822 or
 * text/rfc822-headers part, or the copy after the marker), for bounces
 * whose text names nobody */
static void returned_to(const mp_message *msg, const char *text, GArray *out)
{
	int start = 0;
	if (text == NULL || !automated_rx_search(&bounce_rx, RX_COPY_MARKER, text, &start, NULL))
		return;
	const char *copy = text + start;
	const char *to = strcasestr(copy, "\nTo:");
	if (to == NULL)
		return;
	const char *end = strchr(to + 1, '\n');
	char *line = g_strndup(to + 4, end ? (gsize)(end - to - 4) : strlen(to + 4));
	GPtrArray *all = automated_find_addresses(line);
	for (guint i = 0; i < all->len; i++)
		if (acceptable(msg, all->pdata[i]))
			add_found(out, all->pdata[i], 0);
	g_ptr_array_unref(all);
	g_free(line);
}

/* failed_recipients_header - Exim's X-Failed-Recipients, comma separated */
static void failed_recipients_header(const mp_message *msg, GArray *out)
{
	GPtrArray *all = automated_find_addresses(mp_message_header(msg, "X-Failed-Recipients"));
	for (guint i = 0; i < all->len; i++)
		add_found(out, all->pdata[i], G_MAXSIZE);
	g_ptr_array_unref(all);
}

/* locate - line offsets for recipients that came from a header */
static void locate(GArray *list, const char *region)
{
	for (guint i = 0; i < list->len; i++) {
		found *f = &g_array_index(list, found, i);
		if (f->line_start != G_MAXSIZE)
			continue;
		const char *at = strcasestr(region, f->address);
		f->line_start = 0;
		if (at != NULL) {
			while (at > region && at[-1] != '\n')
				at--;
			f->line_start = (gsize)(at - region);
		}
	}
}

/* by_offset - order recipients by where the text names them */
static gint by_offset(gconstpointer a, gconstpointer b)
{
	gsize x = ((const found *)a)->line_start, y = ((const found *)b)->line_start;
	return x < y ? -1 : x > y;
}

/* segment - region text from offset start to the next recipient's line */
static char *segment(const char *region, GArray *sorted, guint i)
{
	gsize start = g_array_index(sorted, found, i).line_start;
	gsize end = strlen(region);
	for (guint j = i + 1; j < sorted->len; j++) {
		gsize s = g_array_index(sorted, found, j).line_start;
		if (s > start) {
			end = s;
			break;
		}
	}
	if (end - start > MAX_SEGMENT)
		end = start + MAX_SEGMENT;
	char *raw = g_strndup(region + start, end - start);
	char *valid = g_utf8_make_valid(raw, -1); /* the cap may split a character */
	g_free(raw);
	return g_strstrip(valid);
}

/* is_text_bounce - the tests of the SUMMARY */
static gboolean is_text_bounce(const mp_message *msg, const char *region)
{
	if (mp_message_header(msg, "X-Failed-Recipients") != NULL)
		return TRUE;
	gboolean system = from_mail_system(msg);
	gboolean subject = automated_rx_search(&bounce_rx, RX_BOUNCE_SUBJECT, msg->subject, NULL, NULL);
	if (!system && !subject)
		return FALSE;
	if (system && subject)
		return TRUE;
	return automated_rx_search(&bounce_rx, RX_BOUNCE_TEXT, region, NULL, NULL);
}

gboolean automated_text_bounce_scan(const mp_message *msg, GPtrArray *bounces)
{
	const char *text = mp_message_text(msg);
	char *region = automated_own_text(text);
	if (!is_text_bounce(msg, region)) {
		g_free(region);
		return FALSE;
	}
	GArray *list = g_array_new(FALSE, FALSE, sizeof(found));
	failed_recipients_header(msg, list);
	if (list->len == 0)
		scan_lines(msg, region, list, FALSE);
	if (list->len == 0)
		scan_lines(msg, region, list, TRUE);
	if (list->len == 0)
		returned_to(msg, text, list);
	locate(list, region);
	g_array_sort(list, by_offset);
	gboolean delayed = automated_rx_search(&bounce_rx, RX_DELAY, msg->subject, NULL, NULL);
	for (guint i = 0; i < list->len; i++) {
		found *f = &g_array_index(list, found, i);
		char *diag = segment(region, list, i);
		mp_bounce *b = automated_bounce_new(f->address, NULL, NULL, *diag ? diag : NULL);
		automated_bounce_complete(b, region, delayed, list->len == 1);
		g_ptr_array_add(bounces, b);
		g_free(diag);
		g_free(f->address);
	}
	g_array_free(list, TRUE);
	g_free(region);
	return TRUE;
}

/* automated_text_says_delay - the wording of a delay notice */
gboolean automated_text_says_delay(const char *text)
{
	return automated_rx_search(&bounce_rx, RX_DELAY, text, NULL, NULL);
}
