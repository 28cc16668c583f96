/*
 * extract.c - stage 3: identity, thread keys, effective date, archive text.
 *
 * IDENTITY
 *	The dedup key is a SHA-256 over the Message-ID, the author and the Date
 *	header.  The Message-ID alone would merge two different messages from a
 *	sender that reuses ids (some ticketing and mass-mail systems do); the
 *	envelope is left out on purpose, so that the same message seen live by
 *	the milter and later in a backfilled mailbox (where the envelope is
 *	unknown) is stored once.  A message without a Message-ID is keyed on
 *	author, recipients, date, subject and a digest of its text, and given a
 *	synthetic id "<key>@mailpulse.invalid" so threading can refer to it.
 *
 * THREAD KEYS
 *	As notmuch does: the parent is In-Reply-To when it holds one sane
 *	message id, else the last References entry.  References keep their
 *	order, without duplicates (a hash set: linear time) or the message's
 *	own id, parent last.  At most MAX_REFERENCES are kept: the first (the
 *	thread's root) and the nearest ancestors, as mailers trim the header
 *	themselves; every one kept becomes a row of message_ids, and a
 *	hostile message naming 100,000 ids would otherwise add 100,000.
 *
 * DATE
 *	Live mail: the MTA's receive time.  Backfill: the Date header when it
 *	agrees within MAX_CLOCK_SKEW (a day) with the newest Received header
 *	(the hop that delivered it to us); otherwise that Received time,
 *	because a sender's clock can be off by days while our MTA's is not,
 *	and reply latencies are measured in hours.  A day, not less: mail
 *	queued on a laptop or retried by a sending MTA arrives hours late
 *	and its Date header is then the better time of writing.
 *
 * FORWARDS
 *	A message whose subject starts with a forward prefix (Fwd:, FW:, WG:,
 *	TR:, RV: ...) forwards something rather than answering it: it is
 *	threaded like any message but never counts as a reply for latency.
 *	"Re: Fwd: x" answers a forward and is a reply.
 */
#include <string.h>
#include "extract.h"

/* A Date header further than this from our MTA's Received time is wrong. */
#define MAX_CLOCK_SKEW (24 * 3600)
#define MAX_MSGID_LEN 250
/* References kept per message: the root and the nearest ancestors. */
#define MAX_REFERENCES 100

/* mp_extract_clean_msgid - strip <> and spaces; NULL unless it has an '@' */
char *mp_extract_clean_msgid(const char *raw)
{
	if (raw == NULL)
		return NULL;
	while (*raw == ' ' || *raw == '\t' || *raw == '<')
		raw++;
	size_t n = strcspn(raw, "> \t\r\n");
	if (n == 0 || n > MAX_MSGID_LEN || memchr(raw, '@', n) == NULL)
		return NULL;
	return g_strndup(raw, n);
}

/* add_unique - append id unless present in seen (the ids of list, a hash
 * set: 100,000 references cost linear time) or equal to self */
static void add_unique(GPtrArray *list, GHashTable *seen, const char *id, const char *self)
{
	if (id == NULL || (self && strcmp(id, self) == 0) || g_hash_table_contains(seen, id))
		return;
	char *copy = g_strdup(id);
	g_ptr_array_add(list, copy);
	g_hash_table_add(seen, copy);
}

/* thread_keys - parent and ordered references, parent last */
static void thread_keys(mp_extract *ex, const mp_message *msg)
{
	ex->references = g_ptr_array_new_with_free_func(g_free);
	GHashTable *seen = g_hash_table_new(g_str_hash, g_str_equal);
	char *in_reply_to = mp_extract_clean_msgid(msg->in_reply_to);
	for (guint i = 0; msg->references && i < msg->references->len; i++) {
		char *id = mp_extract_clean_msgid(msg->references->pdata[i]);
		add_unique(ex->references, seen, id, ex->message_id);
		g_free(id);
	}
	g_hash_table_destroy(seen);
	if (ex->references->len > MAX_REFERENCES) /* keep [0] and the last ones */
		g_ptr_array_remove_range(ex->references, 1, ex->references->len - MAX_REFERENCES);
	if (in_reply_to && strcmp(in_reply_to, ex->message_id) != 0) {
		ex->parent_id = g_strdup(in_reply_to);
	} else if (ex->references->len > 0) {
		ex->parent_id = g_strdup(g_ptr_array_index(ex->references, ex->references->len - 1));
	}
	/* Make the parent the last reference so walking up is uniform. */
	if (ex->parent_id) {
		for (guint i = 0; i < ex->references->len; i++)
			if (strcmp(ex->references->pdata[i], ex->parent_id) == 0) {
				g_ptr_array_remove_index(ex->references, i);
				break;
			}
		g_ptr_array_add(ex->references, g_strdup(ex->parent_id));
	}
	g_free(in_reply_to);
}

/* newest_received_time - date after ';' of the first Received header */
static gint64 newest_received_time(const mp_message *msg)
{
	const char *received = mp_message_header(msg, "Received");
	if (received == NULL)
		return 0;
	const char *semi = strrchr(received, ';');
	if (semi == NULL)
		return 0;
	GDateTime *dt = g_mime_utils_header_decode_date(semi + 1);
	if (dt == NULL)
		return 0;
	gint64 t = g_date_time_to_unix(dt);
	g_date_time_unref(dt);
	return t;
}

/* effective_date - see DATE above */
static void effective_date(mp_extract *ex, const mp_message *msg)
{
	if (msg->envelope && msg->envelope->received_time > 0) {
		ex->date = msg->envelope->received_time;
		ex->date_source = "mta";
		return;
	}
	gint64 received = newest_received_time(msg);
	gint64 header = msg->date;
	if (header > 0 && (received == 0 || ABS(header - received) <= MAX_CLOCK_SKEW)) {
		ex->date = header;
		ex->date_source = "date-header";
	} else if (received > 0) {
		ex->date = received;
		ex->date_source = "received";
	} else {
		ex->date = 0;
		ex->date_source = "none";
	}
}

/* identity_key - hex SHA-256 of the identifying fields, NUL separated */
static char *identity_key(const mp_message *msg, const char *text)
{
	GChecksum *sum = g_checksum_new(G_CHECKSUM_SHA256);
	char datebuf[32];
	g_snprintf(datebuf, sizeof datebuf, "%" G_GINT64_FORMAT, msg->date);
	const char *author = msg->from ? msg->from->address : "";
	g_checksum_update(sum, (const guchar *)author, (gssize)strlen(author) + 1);
	g_checksum_update(sum, (const guchar *)datebuf, (gssize)strlen(datebuf) + 1);
	if (msg->message_id) {
		g_checksum_update(sum, (const guchar *)"id", 3);
		g_checksum_update(sum, (const guchar *)msg->message_id, -1);
	} else {
		for (guint i = 0; msg->to && i < msg->to->len; i++) {
			const mp_address *a = msg->to->pdata[i];
			g_checksum_update(sum, (const guchar *)a->address, (gssize)strlen(a->address) + 1);
		}
		const char *subject = msg->subject ? msg->subject : "";
		g_checksum_update(sum, (const guchar *)subject, (gssize)strlen(subject) + 1);
		g_checksum_update(sum, (const guchar *)text, -1);
	}
	char *key = g_strdup(g_checksum_get_string(sum));
	g_checksum_free(sum);
	return key;
}

/* is_forward - the subject starts with a forward prefix ("Re: Fwd: x"
 * answers a forward: it is a reply) */
static gboolean is_forward(const char *subject)
{
	static const char *const prefixes[] = { "fwd:", "fw:", "wg:", "tr:", "rv:", "enc:", "doorst:" };
	const char *s = subject + strspn(subject, " \t");
	for (guint i = 0; i < G_N_ELEMENTS(prefixes); i++)
		if (g_ascii_strncasecmp(s, prefixes[i], strlen(prefixes[i])) == 0)
			return TRUE;
	return FALSE;
}

void mp_extract_bounce_free(gpointer b)
{
	mp_bounce *bounce = b;
	g_free(bounce->recipient);
	g_free(bounce->status);
	g_free(bounce->action);
	g_free(bounce->diagnostic);
	g_free(bounce);
}

/* mp_extract_run - compute every extracted field; never NULL */
mp_extract *mp_extract_run(const mp_message *msg, const mp_classification *cls)
{
	mp_extract *ex = g_new0(mp_extract, 1);
	const char *text = mp_message_text(msg);
	ex->text = g_strdup(text ? text : "");
	ex->subject = g_strdup(msg->subject ? msg->subject : "");
	ex->dedup_key = identity_key(msg, ex->text);
	ex->message_id = mp_extract_clean_msgid(msg->message_id);
	if (ex->message_id == NULL)
		ex->message_id = g_strdup_printf("%.32s@mailpulse.invalid", ex->dedup_key);
	thread_keys(ex, msg);
	effective_date(ex, msg);
	ex->forwarded = is_forward(ex->subject);
	ex->automated = MP_AUTO_NONE;
	ex->automated_name = "none";
	ex->bounces = g_ptr_array_new_with_free_func(mp_extract_bounce_free);
	ex->hits = g_ptr_array_new();
	return ex;
}

/* mp_extract_headers_only - forget what came from the body (see extract.h) */
void mp_extract_headers_only(mp_extract *ex)
{
	g_free(ex->text);
	ex->text = g_strdup("");
	g_clear_pointer(&ex->new_text, g_free);
	g_clear_pointer(&ex->signature, g_free);
	g_clear_pointer(&ex->sig_title, g_free);
	g_ptr_array_set_size(ex->hits, 0); /* phrase rules read the text */
	/* "no longer with the company, write to ..." is read in the text too */
	ex->departed = FALSE;
	g_clear_pointer(&ex->replacement, mp_participant_free);
}

void mp_extract_free(mp_extract *ex)
{
	if (ex == NULL)
		return;
	g_free(ex->dedup_key);
	g_free(ex->message_id);
	g_free(ex->parent_id);
	if (ex->references)
		g_ptr_array_unref(ex->references);
	g_free(ex->text);
	g_free(ex->subject);
	g_ptr_array_unref(ex->bounces);
	if (ex->replacement)
		mp_participant_free(ex->replacement);
	g_free(ex->new_text);
	g_free(ex->signature);
	g_free(ex->sig_title);
	g_free(ex->sig_name);
	g_ptr_array_unref(ex->hits);
	g_free(ex);
}
