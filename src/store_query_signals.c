/*
 * store_query_signals.c - contacts with their status, signals, reply latency.
 *
 * SUMMARY
 *	mp_store_list_contacts(), mp_store_list_signals() and mp_store_latency()
 *	answer as of a date (mp_query.as_of, default now), so that a backfilled
 *	history can be replayed: nothing dated after it is counted.
 *
 * CONTACT STATUS (derived here, never stored)
 *	left      a departure (auto-reply or mailbox-gone bounce) dated after
 *	          the contact's last human message;
 *	replaced  the same, and the departure named a successor (replaced_by);
 *	silent    no human message from the contact for SilentDays (a contact
 *	          we only wrote to counts from the day we first wrote);
 *	active    otherwise.
 *	Auto-replies are not "hearing from" someone: an out-of-office every
 *	week does not keep a contact active.
 *
 * SIGNALS
 *	Phrase-rule hits (type "phrase") and contact events (type "contact",
 *	category "contact", rule = the event kind) in one list, oldest first.
 *	Only the signals of accounts are listed unless mp_query.unattached
 *	asks for all: mail of a party that is no account (yet) is a vendor
 *	selling to us, a newsletter, a friend at a mailbox provider, or a
 *	prospect we have not answered.  Its signals stay in the database and
 *	join the account the day one is made for that domain
 *	(store_link_orphans); until then no AM owns them, and on judged real
 *	mail they were 40 of the 51 judged signals and 39 of them false.
 *	Two events are left out of the list (they stay in the database): the
 *	arrival of the contacts an account starts with (the first
 *	BASELINE_DAYS of its correspondence: everyone is "new" on day one of a
 *	backfill), and a "bounced" event whose bounce also made a departure.
 *
 * LATENCY
 *	From the replies view (store_schema.c, docs/signals.md): per account
 *	and per 30-day period counted back from as_of (the first period is the
 *	last 30 days), the median latency of customer replies to us and of
 *	our replies to the customer, with the number of replies.
 */
#include <stdlib.h>
#include <string.h>
#include "store_internal.h"

#define DAY (24 * 3600)
#define PERIOD (30 * DAY)
#define BASELINE_DAYS 14
#define DEFAULT_SILENT_DAYS 45

/* as_of - the query's "now" (exclusive upper bound for dates) */
static gint64 as_of(const mp_query *q)
{
	return q->as_of ? q->as_of : store_now() + 1;
}

/* contact_status - see CONTACT STATUS */
static const char *contact_status(gint64 now, gint64 silent_after, gint64 first_seen,
                                  gint64 last_wrote, gint64 left_at, gboolean replaced)
{
	if (left_at > 0 && left_at >= last_wrote)
		return replaced ? "replaced" : "left";
	gint64 heard = last_wrote > 0 ? last_wrote : first_seen;
	return now - heard > silent_after ? "silent" : "active";
}

/* title_history - every title of a contact seen before now, oldest first */
static json_t *title_history(mp_store *st, gint64 contact, gint64 now, GError **error)
{
	sqlite3_stmt *s = store_stmt(st,
		"SELECT title, first_seen, last_seen FROM contact_titles"
		" WHERE contact_id = ?1 AND first_seen < ?2 ORDER BY first_seen", error);
	if (s == NULL)
		return NULL;
	sqlite3_bind_int64(s, 1, contact);
	sqlite3_bind_int64(s, 2, now);
	json_t *rows = json_array();
	int rc;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW)
		json_array_append_new(rows, json_pack("{s:o s:o s:o}",
			"title", store_jstr(store_col_text(s, 0)), "first_seen", store_jtime(s, 1),
			"last_seen", store_jtime(s, 2)));
	return store_finish_rows(st, s, rc, rows, error);
}

static const char contacts_sql[] =
	"SELECT c.id, c.address, c.name, a.name, c.first_seen, c.internal, c.sent_count,"
	" c.received_count,"
	" (SELECT title FROM contact_titles WHERE contact_id = c.id AND first_seen < ?3"
	"   ORDER BY last_seen DESC LIMIT 1),"
	" coalesce((SELECT max(m.date) FROM participants p JOIN messages m ON m.id = p.message_id"
	"   WHERE p.contact_id = c.id AND m.date < ?3), c.first_seen),"
	" (SELECT max(m.date) FROM participants p JOIN messages m ON m.id = p.message_id"
	"   WHERE p.contact_id = c.id AND p.role = 'from' AND m.automated = 'none' AND m.date < ?3),"
	" (SELECT min(date) FROM contact_events WHERE contact_id = c.id AND kind = 'departed'"
	"   AND date < ?3),"
	" (SELECT o.address FROM contact_events e JOIN contacts o ON o.id = e.other_contact_id"
	"   WHERE e.contact_id = c.id AND e.kind = 'replaced_by' AND e.date < ?3"
	"   ORDER BY e.date DESC LIMIT 1)"
	" FROM contacts c LEFT JOIN accounts a ON a.id = c.account_id"
	" WHERE (?1 IS NULL OR a.name = ?1 COLLATE NOCASE) AND (?2 OR c.internal = 0)"
	"  AND (c.first_seen IS NULL OR c.first_seen < ?3)"
	" ORDER BY a.name IS NULL, a.name COLLATE NOCASE, c.sent_count DESC, c.address";

json_t *mp_store_list_contacts(mp_store *st, const mp_query *q, GError **error)
{
	sqlite3_stmt *s = store_stmt(st, contacts_sql, error);
	if (s == NULL)
		return NULL;
	gint64 now = as_of(q);
	gint64 silent_after = (gint64)(q->silent_days ? q->silent_days : DEFAULT_SILENT_DAYS) * DAY;
	store_bind_text(s, 1, q->account);
	sqlite3_bind_int(s, 2, q->internal);
	sqlite3_bind_int64(s, 3, now);
	json_t *rows = json_array();
	GArray *ids = g_array_new(FALSE, FALSE, sizeof(gint64));
	int rc;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		gint64 id = sqlite3_column_int64(s, 0);
		g_array_append_val(ids, id);
		const char *successor = store_col_text(s, 12);
		const char *status = contact_status(now, silent_after, sqlite3_column_int64(s, 4),
		                                    sqlite3_column_int64(s, 10),
		                                    sqlite3_column_int64(s, 11), successor != NULL);
		json_array_append_new(rows, json_pack(
			"{s:o s:o s:o s:o s:s s:o s:o s:o s:o s:o s:b s:o s:o}",
			"address", store_jstr(store_col_text(s, 1)), "name", store_jstr(store_col_text(s, 2)),
			"title", store_jstr(store_col_text(s, 8)), "account", store_jstr(store_col_text(s, 3)),
			"status", status,
			"replaced_by", store_jstr(strcmp(status, "replaced") == 0 ? successor : NULL),
			"first_seen", store_jtime(s, 4), "last_seen", store_jtime(s, 9),
			"last_wrote", store_jtime(s, 10), "left_at", store_jtime(s, 11),
			"internal", sqlite3_column_int(s, 5), "sent", store_jcol(s, 6),
			"received", store_jcol(s, 7)));
	}
	rows = store_finish_rows(st, s, rc, rows, error);
	for (guint i = 0; rows && i < ids->len; i++) {
		json_t *titles = title_history(st, g_array_index(ids, gint64, i), now, error);
		if (titles == NULL)
			g_clear_pointer(&rows, json_decref);
		else
			json_object_set_new(json_array_get(rows, i), "titles", titles);
	}
	g_array_free(ids, TRUE);
	return rows;
}

static const char signals_sql[] =
	"SELECT * FROM ("
	" SELECT 'phrase' AS type, s.date AS date, a.name AS account, s.category AS category,"
	"  s.rule, s.label, s.weight, m.message_id, c.address, c.name, s.evidence, s.due_date,"
	"  s.side, m.subject, NULL, NULL, NULL, s.id"
	" FROM signals s JOIN messages m ON m.id = s.message_id"
	" LEFT JOIN accounts a ON a.id = s.account_id LEFT JOIN contacts c ON c.id = s.contact_id"
	" UNION ALL"
	" SELECT 'contact', e.date, a.name, 'contact', e.kind, NULL, NULL, m.message_id,"
	"  c.address, c.name, e.detail, NULL, 'customer', m.subject, o.address, o.name,"
	"  (SELECT title FROM contact_titles WHERE contact_id = c.id ORDER BY first_seen LIMIT 1),"
	"  e.id"
	" FROM contact_events e JOIN messages m ON m.id = e.message_id"
	" JOIN contacts c ON c.id = e.contact_id LEFT JOIN contacts o ON o.id = e.other_contact_id"
	" LEFT JOIN accounts a ON a.id = e.account_id"
	" WHERE NOT (e.kind = 'new_stakeholder' AND e.date < (SELECT min(date) FROM messages"
	"   WHERE account_id = e.account_id) + ?6)"
	"  AND NOT (e.kind = 'bounced' AND EXISTS (SELECT 1 FROM contact_events d"
	"   WHERE d.contact_id = e.contact_id AND d.message_id = e.message_id"
	"   AND d.kind = 'departed'))"
	") WHERE (?1 IS NULL OR account = ?1 COLLATE NOCASE) AND (?2 IS NULL OR category = ?2)"
	" AND (?7 OR account IS NOT NULL)"
	" AND (?3 IS NULL OR date >= ?3) AND (?4 IS NULL OR date < ?4) AND date < ?5"
	" ORDER BY date, type DESC, 18";

/* event_label - the human line for a contact event */
static char *event_label(const char *kind, const char *name, const char *address,
                         const char *detail, const char *first_title, const char *other,
                         const char *other_name)
{
	const char *who = name ? name : address;
	if (strcmp(kind, "new_stakeholder") == 0) {
		const char *title = detail ? detail : first_title;
		return g_strdup_printf("new stakeholder: %s%s%s", who, title ? ", " : "",
		                       title ? title : "");
	}
	if (strcmp(kind, "title_change") == 0)
		return g_strdup_printf("%s: new title (%s)", who, detail ? detail : "?");
	if (strcmp(kind, "departed") == 0)
		return g_strdup_printf("%s left the company", who);
	if (strcmp(kind, "replaced_by") == 0)
		return g_strdup_printf("%s replaced by %s%s%s%s", who, other_name ? other_name : "",
		                       other_name ? " <" : "", other ? other : "?",
		                       other_name ? ">" : "");
	return g_strdup_printf("%s: mail bounced", who);
}

/* signal_row - one row of signals_sql as the JSON contract wants it */
static json_t *signal_row(sqlite3_stmt *s)
{
	const char *type = store_col_text(s, 0);
	gboolean event = strcmp(type, "contact") == 0;
	char *label = event ? event_label(store_col_text(s, 4), store_col_text(s, 9),
	                                  store_col_text(s, 8), store_col_text(s, 10),
	                                  store_col_text(s, 16), store_col_text(s, 14),
	                                  store_col_text(s, 15))
	                    : g_strdup(store_col_text(s, 5));
	/* an event's evidence: what the message said (a departure's auto-reply
	 * or bounce, the two titles); an arrival or a replacement is its label */
	const char *kind = store_col_text(s, 4);
	const char *evidence = event && (strcmp(kind, "new_stakeholder") == 0 ||
	                                 strcmp(kind, "replaced_by") == 0)
	                           ? NULL : store_col_text(s, 10);
	json_t *row = json_pack("{s:s s:o s:o s:o s:o s:o s:o s:o s:o s:o s:o s:o s:o s:o}",
		"type", type, "date", store_jtime(s, 1), "account", store_jstr(store_col_text(s, 2)),
		"category", store_jstr(store_col_text(s, 3)), "rule", store_jstr(store_col_text(s, 4)),
		"label", store_jstr(label), "weight", store_jcol(s, 6),
		"message_id", store_jstr(store_col_text(s, 7)),
		"contact", store_jstr(store_col_text(s, 8)),
		"contact_name", store_jstr(store_col_text(s, 9)),
		"evidence", store_jstr(evidence && *evidence ? evidence : label),
		"due_date", store_jstr(store_col_text(s, 11)), "side", store_jstr(store_col_text(s, 12)),
		"subject", store_jstr(store_col_text(s, 13)));
	if (event)
		json_object_set_new(row, "other_contact", store_jstr(store_col_text(s, 14)));
	g_free(label);
	return row;
}

json_t *mp_store_list_signals(mp_store *st, const mp_query *q, GError **error)
{
	sqlite3_stmt *s = store_stmt(st, signals_sql, error);
	if (s == NULL)
		return NULL;
	store_bind_text(s, 1, q->account);
	store_bind_text(s, 2, q->category);
	if (q->since)
		sqlite3_bind_int64(s, 3, q->since);
	if (q->until)
		sqlite3_bind_int64(s, 4, q->until);
	sqlite3_bind_int64(s, 5, as_of(q));
	sqlite3_bind_int64(s, 6, (gint64)BASELINE_DAYS * DAY);
	sqlite3_bind_int(s, 7, q->unattached);
	json_t *rows = json_array();
	int rc;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW)
		json_array_append_new(rows, signal_row(s));
	return store_finish_rows(st, s, rc, rows, error);
}

/* ---- latency ----------------------------------------------------------- */

/* One account's replies in one period, per direction. */
typedef struct bucket {
	char *account;
	gint64 period;          /* 0: the last 30 days, 1: the 30 before ... */
	GArray *customer;       /* gint64 latencies of inbound replies */
	GArray *ours;           /* of outbound replies */
} bucket;

static void bucket_free(gpointer p)
{
	bucket *b = p;
	g_free(b->account);
	g_array_free(b->customer, TRUE);
	g_array_free(b->ours, TRUE);
	g_free(b);
}

static int cmp_gint64(const void *a, const void *b)
{
	gint64 x = *(const gint64 *)a, y = *(const gint64 *)b;
	return (x > y) - (x < y);
}

/* median_json - median of values (seconds, rounded down), or null */
static json_t *median_json(GArray *values)
{
	if (values->len == 0)
		return json_null();
	qsort(values->data, values->len, sizeof(gint64), cmp_gint64);
	guint n = values->len;
	gint64 m = n % 2 ? g_array_index(values, gint64, n / 2)
	                 : (g_array_index(values, gint64, n / 2 - 1) +
	                    g_array_index(values, gint64, n / 2)) / 2;
	return json_integer(m);
}

/* bucket_json - a bucket as a row of the latency listing */
static json_t *bucket_json(const bucket *b, gint64 now)
{
	char *start = NULL, *end = NULL;
	for (int i = 0; i < 2; i++) {
		GDateTime *dt = g_date_time_new_from_unix_utc(now - (b->period + 1 - i) * PERIOD);
		*(i ? &end : &start) = g_date_time_format(dt, "%Y-%m-%d");
		g_date_time_unref(dt);
	}
	json_t *row = json_pack("{s:s s:s s:s s:I s:o s:I s:o}", "account", b->account,
		"period_start", start, "period_end", end,
		"customer_replies", (json_int_t)b->customer->len,
		"customer_median_s", median_json(b->customer),
		"our_replies", (json_int_t)b->ours->len, "our_median_s", median_json(b->ours));
	g_free(start);
	g_free(end);
	return row;
}

json_t *mp_store_latency(mp_store *st, const mp_query *q, GError **error)
{
	sqlite3_stmt *s = store_stmt(st,
		"SELECT a.name, r.direction, r.reply_date, r.latency FROM replies r"
		" JOIN accounts a ON a.id = r.account_id"
		" WHERE (?1 IS NULL OR a.name = ?1 COLLATE NOCASE) AND r.reply_date < ?2"
		"  AND (?3 IS NULL OR r.reply_date >= ?3)"
		" ORDER BY a.name COLLATE NOCASE, r.reply_date DESC", error);
	if (s == NULL)
		return NULL;
	gint64 now = as_of(q);
	store_bind_text(s, 1, q->account);
	sqlite3_bind_int64(s, 2, now);
	if (q->since)
		sqlite3_bind_int64(s, 3, q->since);
	GPtrArray *buckets = g_ptr_array_new_with_free_func(bucket_free);
	bucket *cur = NULL;
	int rc;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		const char *account = store_col_text(s, 0);
		gint64 period = (now - 1 - sqlite3_column_int64(s, 2)) / PERIOD;
		if (cur == NULL || strcmp(cur->account, account) != 0 || cur->period != period) {
			cur = g_new0(bucket, 1);
			cur->account = g_strdup(account);
			cur->period = period;
			cur->customer = g_array_new(FALSE, FALSE, sizeof(gint64));
			cur->ours = g_array_new(FALSE, FALSE, sizeof(gint64));
			g_ptr_array_add(buckets, cur);
		}
		gint64 latency = sqlite3_column_int64(s, 3);
		g_array_append_val(strcmp(store_col_text(s, 1), "inbound") == 0 ? cur->customer
		                                                               : cur->ours, latency);
	}
	json_t *rows = store_finish_rows(st, s, rc, json_array(), error);
	/* Buckets came newest first per account; list each account oldest first. */
	for (guint i = 0; rows && i < buckets->len; i++) {
		guint j = i;
		while (j + 1 < buckets->len &&
		       strcmp(((bucket *)buckets->pdata[j + 1])->account,
		              ((bucket *)buckets->pdata[i])->account) == 0)
			j++;
		for (guint k = j + 1; k-- > i;)
			json_array_append_new(rows, bucket_json(buckets->pdata[k], now));
		i = j;
	}
	g_ptr_array_unref(buckets);
	return rows;
}
