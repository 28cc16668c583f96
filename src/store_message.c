/*
 * store_message.c - insert one classified message with everything it names.
 *
 * SUMMARY
 *	mp_store_message(), inside the caller's transaction:
 *	1. skips the message if its dedup key is already stored (idempotent
 *	   replay: same message, same key, see extract.c), or if it is a copy
 *	   of a stored message under another Message-ID (store_copy.c);
 *	2. resolves the account from the customer domain; when the domain has
 *	   none, it may auto-create one (see ACCOUNTS);
 *	3. finds or creates the thread (see THREADS);
 *	4. inserts the message (the FTS row follows by trigger), its
 *	   participants and its attachments;
 *	5. upserts a contact per person (robots never become contacts), where
 *	   the best display name seen wins, and notes the arrival of a new
 *	   customer contact (store_signals.c);
 *	6. stores what the signal stages found: bounces, phrase-rule hits,
 *	   titles, departures and replacements (store_signals.c).
 *
 * ACCOUNTS
 *	An unknown customer domain becomes an account only when AutoCreateAccounts
 *	is on, the domain is not a freemail provider, and we wrote to a person
 *	there (an outbound message).  Inbound mail alone does not create
 *	accounts, because spam, newsletters and cold pitches would otherwise
 *	each make one.  Such messages are kept with their domain and joined to
 *	the account the day one appears (store_link_orphans(), store_domain.c).
 *
 * THREADS
 *	message_ids maps every id seen or referenced to a thread.  A new message
 *	joins the thread of any of its own id and references; when these name
 *	several threads (a late parent that bridges two branches) they are
 *	merged into the oldest.  The ids it references are then recorded as
 *	ghosts of its thread, so a parent arriving later joins it too.
 *
 * SUBJECT FALLBACK
 *	Only a message with no In-Reply-To and no References at all, whose
 *	subject says it answers something ("Re: x", "AW: x", "Fwd: x"), may
 *	join a thread by subject: the most recent thread with the same
 *	subject that had a message within SUBJECT_WINDOW before it and in
 *	which its author was a recipient.  Its parent is then the latest
 *	message of that thread before it.  Two threads that merely share a
 *	subject ("Quick question") never merge: an original carries no reply
 *	prefix, and a reply must come from someone the thread was sent to.
 *	It works in both directions of ingest: a headerless reply stored
 *	before the message it answers (a backfill reads folders in any order,
 *	Sent after Inbox) starts a thread of its own, and when that message
 *	comes, adopt_later_replies() gives it the reply: a thread that a
 *	headerless reply opened, with the same subject, within SUBJECT_WINDOW
 *	after it, from one of its recipients, is merged into its thread and
 *	the reply's parent becomes its latest message before the reply.
 *
 * QUOTED HEADER
 *	Before the subject fallback, a message with no In-Reply-To and no
 *	References that quotes a header block (quote_header.c: Outlook's
 *	"-----Original Message----- From: ... Sent: ..." in EN/DE/FR/ES/NL,
 *	"On <date>, <name> wrote:", Lotus Notes "Name@DOMAIN on 02/27/2002
 *	12:02 PM") answers the stored message of the quoted author (address
 *	or every word of the display name) in a thread of the same bare
 *	subject, sent at the quoted time: the quote is the replier's local
 *	time of an unknown zone, so the two must differ by whole quarter
 *	hours (at most 14 hours) within QUOTE_SLACK, the closest fit
 *	winning.  It names the parent exactly where the subject fallback
 *	takes the thread's latest message, and it needs no reply prefix and
 *	no recipient check: the author and the minute are proof enough.
 *	Both directions of ingest: adopt_later_replies() gives a new
 *	message the replies stored before it (the first of their own
 *	thread, no parent, same subject, within SUBJECT_WINDOW after it)
 *	whose quoted block names its author and minute, as their parent,
 *	before it tries the subject alone.
 */
#include <string.h>
#include "store_internal.h"
#include "status.h"
#include "quote_header.h"

/* How far back a headerless reply may find its thread by subject. */
#define SUBJECT_WINDOW (14 * 24 * 3600)
/* A quoted "Sent:" time is local wall-clock time of an unknown zone: it
 * matches a stored date when they differ by whole quarter hours, at most
 * QUOTE_MAX_ZONE, give or take QUOTE_SLACK (the quote drops the seconds,
 * and a relay's clock may be a little off). */
#define QUOTE_MAX_ZONE (14 * 3600)
#define QUOTE_SLACK 180

/* message_exists - TRUE if dedup_key is stored; FALSE on error too */
static gboolean message_exists(mp_store *st, const char *dedup_key, gboolean *exists,
                               GError **error)
{
	sqlite3_stmt *s = store_stmt(st, "SELECT 1 FROM messages WHERE dedup_key = ?", error);
	if (s == NULL)
		return FALSE;
	store_bind_text(s, 1, dedup_key);
	int rc = sqlite3_step(s);
	*exists = rc == SQLITE_ROW;
	sqlite3_reset(s);
	if (rc != SQLITE_ROW && rc != SQLITE_DONE)
		return store_fail(st, "looking up a message", error);
	return TRUE;
}

/* customer_person - the customer participant, if it is a person */
static const mp_participant *customer_person(const mp_classification *cls)
{
	for (guint i = 0; i < cls->participants->len; i++) {
		const mp_participant *p = cls->participants->pdata[i];
		if (!p->internal && !p->robot && g_strcmp0(p->registrable, cls->customer_domain) == 0)
			return p;
	}
	return NULL;
}

/* auto_create_account - new account named after domain; returns its id */
static gint64 auto_create_account(mp_store *st, const char *domain, GError **error)
{
	sqlite3_stmt *s = store_stmt(st,
		"INSERT INTO accounts (name, origin, created_at, updated_at)"
		" VALUES (?1, 'auto', ?2, ?2)"
		" ON CONFLICT (name) DO UPDATE SET updated_at = excluded.updated_at"
		" RETURNING id", error);
	if (s == NULL)
		return -1;
	store_bind_text(s, 1, domain);
	sqlite3_bind_int64(s, 2, store_now());
	if (sqlite3_step(s) != SQLITE_ROW)
		return store_fail(st, "creating an account", error), -1;
	gint64 id = sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	s = store_stmt(st, "INSERT OR IGNORE INTO account_domains (domain, account_id) VALUES (?, ?)",
	               error);
	if (s == NULL)
		return -1;
	store_bind_text(s, 1, domain);
	sqlite3_bind_int64(s, 2, id);
	if (!store_step_done(st, s, "adding an account domain", error) ||
	    !store_link_orphans(st, id, domain, error))
		return -1;
	return id;
}

/* resolve_account - account id for the message, 0 for none, -1 on error */
static gint64 resolve_account(mp_store *st, const mp_config *cfg,
                              const mp_classification *cls, GError **error)
{
	if (cls->customer_domain == NULL)
		return 0;
	gint64 id = store_account_for_domain(st, cls->customer_host, cls->customer_domain, error);
	if (id != 0)
		return id;
	if (!cfg->auto_create_accounts || cls->customer_freemail ||
	    cls->direction != MP_DIRECTION_OUTBOUND || customer_person(cls) == NULL)
		return 0;
	return auto_create_account(st, cls->customer_domain, error);
}

/* lookup_thread_ids - distinct threads already holding any of ids */
static gboolean lookup_thread_ids(mp_store *st, GPtrArray *ids, GArray *threads, GError **error)
{
	for (guint i = 0; i < ids->len; i++) {
		sqlite3_stmt *s = store_stmt(st, "SELECT thread_id FROM message_ids WHERE message_id = ?",
		                             error);
		if (s == NULL)
			return FALSE;
		store_bind_text(s, 1, ids->pdata[i]);
		int rc = sqlite3_step(s);
		if (rc == SQLITE_ROW) {
			gint64 t = sqlite3_column_int64(s, 0);
			gboolean seen = FALSE;
			for (guint j = 0; j < threads->len; j++)
				seen |= g_array_index(threads, gint64, j) == t;
			if (!seen)
				g_array_append_val(threads, t);
		}
		sqlite3_reset(s);
		if (rc != SQLITE_ROW && rc != SQLITE_DONE)
			return store_fail(st, "looking up a thread", error);
	}
	return TRUE;
}

/* merge_thread - move everything of thread from into thread into */
static gboolean merge_thread(mp_store *st, gint64 into, gint64 from, GError **error)
{
	static const char *const steps[] = {
		"UPDATE messages SET thread_id = ?1 WHERE thread_id = ?2",
		"UPDATE message_ids SET thread_id = ?1 WHERE thread_id = ?2",
		"UPDATE threads SET"
		"  message_count = message_count + (SELECT message_count FROM threads WHERE id = ?2),"
		"  first_date = min(coalesce(first_date, 1e18), coalesce((SELECT first_date FROM threads WHERE id = ?2), 1e18)),"
		"  last_date = max(coalesce(last_date, 0), coalesce((SELECT last_date FROM threads WHERE id = ?2), 0)),"
		"  account_id = coalesce(account_id, (SELECT account_id FROM threads WHERE id = ?2))"
		" WHERE id = ?1",
		"DELETE FROM threads WHERE id = ?2",
	};
	for (guint i = 0; i < G_N_ELEMENTS(steps); i++) {
		sqlite3_stmt *s = store_stmt(st, steps[i], error);
		if (s == NULL)
			return FALSE;
		sqlite3_bind_int64(s, 1, into);
		sqlite3_bind_int64(s, 2, from);
		if (!store_step_done(st, s, "merging threads", error))
			return FALSE;
	}
	return TRUE;
}

/* strip_reply_prefixes - "Re: AW: Fwd: x" -> "x" (points into subject) */
static const char *strip_reply_prefixes(const char *subject)
{
	static const char *const prefixes[] = { "re:", "aw:", "fwd:", "fw:", "wg:", "tr:", "rv:",
	                                        "sv:", "antw:", "réf:", "ref:" };
	gboolean again = TRUE;
	while (again) {
		again = FALSE;
		while (*subject == ' ' || *subject == '\t')
			subject++;
		for (guint i = 0; i < G_N_ELEMENTS(prefixes); i++) {
			size_t n = strlen(prefixes[i]);
			if (g_ascii_strncasecmp(subject, prefixes[i], n) == 0) {
				subject += n;
				again = TRUE;
			}
		}
	}
	return subject;
}

/* create_thread - a new thread row; returns its id or -1 */
static gint64 create_thread(mp_store *st, const mp_extract *ex, GError **error)
{
	sqlite3_stmt *s = store_stmt(st, "INSERT INTO threads (subject) VALUES (?) RETURNING id", error);
	if (s == NULL)
		return -1;
	store_bind_text(s, 1, strip_reply_prefixes(ex->subject));
	if (sqlite3_step(s) != SQLITE_ROW)
		return store_fail(st, "creating a thread", error), -1;
	gint64 id = sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	return id;
}

/* author_address - the From participant's address, or NULL */
static const char *author_address(const mp_classification *cls)
{
	for (guint i = 0; i < cls->participants->len; i++) {
		const mp_participant *p = cls->participants->pdata[i];
		if (p->role == MP_ROLE_FROM)
			return p->address;
	}
	return NULL;
}

/* thread_by_subject - see SUBJECT FALLBACK; 0 when none, -1 on error;
 * *parent receives the message id it answers */
static gint64 thread_by_subject(mp_store *st, const mp_extract *ex,
                                const mp_classification *cls, char **parent, GError **error)
{
	const char *bare = strip_reply_prefixes(ex->subject);
	const char *author = author_address(cls);
	if (ex->parent_id || ex->references->len || ex->date <= 0 || author == NULL ||
	    bare == ex->subject + strspn(ex->subject, " \t") || *bare == '\0')
		return 0;
	sqlite3_stmt *s = store_stmt(st,
		"SELECT t.id, (SELECT m.message_id FROM messages m WHERE m.thread_id = t.id"
		"   AND m.date <= ?3 ORDER BY m.date DESC LIMIT 1)"
		" FROM threads t WHERE t.subject = ?1 COLLATE NOCASE"
		"  AND t.first_date <= ?3 AND t.last_date >= ?3 - ?4"
		"  AND EXISTS (SELECT 1 FROM messages m JOIN participants pa ON pa.message_id = m.id"
		"   WHERE m.thread_id = t.id AND pa.address = ?2 AND pa.role <> 'from')"
		" ORDER BY t.last_date DESC LIMIT 1", error);
	if (s == NULL)
		return -1;
	store_bind_text(s, 1, bare);
	store_bind_text(s, 2, author);
	sqlite3_bind_int64(s, 3, ex->date);
	sqlite3_bind_int64(s, 4, SUBJECT_WINDOW);
	gint64 thread = 0;
	int rc = sqlite3_step(s);
	if (rc == SQLITE_ROW) {
		thread = sqlite3_column_int64(s, 0);
		*parent = g_strdup(store_col_text(s, 1));
	} else if (rc != SQLITE_DONE) {
		thread = -1, store_fail(st, "looking up a thread by subject", error);
	}
	sqlite3_reset(s);
	return thread;
}

/* quote_residual - how far local (a quoted wall-clock time) is from date
 * once read in the nearest zone; -1 when no zone fits */
static gint64 quote_residual(gint64 local, gint64 date)
{
	gint64 d = local - date;
	if (d < -QUOTE_MAX_ZONE - QUOTE_SLACK || d > QUOTE_MAX_ZONE + QUOTE_SLACK)
		return -1;
	gint64 r = ((d % 900) + 900) % 900;
	r = MIN(r, 900 - r);
	return r <= QUOTE_SLACK ? r : -1;
}

/* quote_names_author - the quoted author line names the stored author:
 * their address, or every word of their display name */
static gboolean quote_names_author(const char *line, const char *address, const char *name)
{
	if (address && *address) {
		char *low_line = g_ascii_strdown(line, -1), *low_addr = g_ascii_strdown(address, -1);
		gboolean found = strstr(low_line, low_addr) != NULL;
		g_free(low_line);
		g_free(low_addr);
		if (found)
			return TRUE;
	}
	return mp_quote_header_names(line, name);
}

/* thread_by_quote - see QUOTED HEADER; 0 when none, -1 on error; *parent
 * receives the message id it answers */
static gint64 thread_by_quote(mp_store *st, const mp_extract *ex, char **parent, GError **error)
{
	if (ex->parent_id || ex->references->len || ex->date <= 0 || ex->text == NULL)
		return 0;
	const char *bare = strip_reply_prefixes(ex->subject);
	mp_quote_header q;
	if (*bare == '\0' || !mp_quote_header_first(ex->text, &q))
		return 0;
	gint64 thread = 0;
	if (q.local <= 0)
		goto out;
	sqlite3_stmt *s = store_stmt(st,
		"SELECT m.thread_id, m.message_id, m.date, m.from_address,"
		"  (SELECT pa.name FROM participants pa WHERE pa.message_id = m.id AND pa.role = 'from'),"
		"  m.header_date"
		" FROM threads t JOIN messages m ON m.thread_id = t.id"
		" WHERE t.subject = ?1 COLLATE NOCASE"
		"  AND (m.date BETWEEN ?2 - ?3 AND ?2 + ?3 OR m.header_date BETWEEN ?2 - ?3 AND ?2 + ?3)"
		"  AND m.date <= ?4 AND m.message_id IS NOT NULL", error);
	if (s == NULL) {
		thread = -1;
		goto out;
	}
	store_bind_text(s, 1, bare);
	sqlite3_bind_int64(s, 2, q.local);
	sqlite3_bind_int64(s, 3, QUOTE_MAX_ZONE + QUOTE_SLACK);
	sqlite3_bind_int64(s, 4, ex->date);
	gint64 best = -1;
	int rc;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		/* the quote shows the Date header; we may have stored our
		 * MTA's time (live capture, a sender's clock off) */
		gint64 r = quote_residual(q.local, sqlite3_column_int64(s, 2));
		gint64 rh = sqlite3_column_type(s, 5) == SQLITE_NULL ? -1 :
		            quote_residual(q.local, sqlite3_column_int64(s, 5));
		if (rh >= 0 && (r < 0 || rh < r))
			r = rh;
		if (r < 0 || (best >= 0 && r >= best) ||
		    !quote_names_author(q.author, store_col_text(s, 3), store_col_text(s, 4)))
			continue;
		best = r;
		thread = sqlite3_column_int64(s, 0);
		g_free(*parent);
		*parent = g_strdup(store_col_text(s, 1));
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		thread = -1, store_fail(st, "looking up a thread by quoted header", error);
out:
	mp_quote_header_clear(&q);
	return thread;
}

/* quote_names_message - text quotes a header block naming the author
 * (address, name) at date or at header_date (the Date header) */
static gboolean quote_names_message(const char *text, const char *address, const char *name,
                                    gint64 date, gint64 header_date)
{
	mp_quote_header q;
	if (!mp_quote_header_first(text, &q))
		return FALSE;
	gboolean yes = q.local > 0 &&
	               (quote_residual(q.local, date) >= 0 ||
	                (header_date > 0 && quote_residual(q.local, header_date) >= 0)) &&
	               quote_names_author(q.author, address, name);
	mp_quote_header_clear(&q);
	return yes;
}

/* adopt_later_replies - see SUBJECT FALLBACK and QUOTED HEADER: replies
 * without thread headers stored before message (row id, in thread) join
 * its thread: with it as parent when their quoted header block names it,
 * else by subject; FALSE on error */
static gboolean adopt_later_replies(mp_store *st, gint64 message, gint64 thread,
                                    const mp_message *msg, const mp_extract *ex,
                                    const mp_classification *cls, GError **error)
{
	if (ex->date <= 0)
		return TRUE;
	const char *address = author_address(cls), *name = NULL;
	for (guint i = 0; i < cls->participants->len; i++) {
		const mp_participant *p = cls->participants->pdata[i];
		if (p->role == MP_ROLE_FROM)
			name = p->name;
	}
	/* orphans: the first message of their thread, no parent; by_subject
	 * when a reply by its subject (stored subject longer than the
	 * thread's bare one) from one of the message's recipients */
	sqlite3_stmt *s = store_stmt(st,
		"SELECT r.id, r.thread_id, r.text,"
		"  length(r.subject) > length(t.subject)"
		"  AND EXISTS (SELECT 1 FROM participants pa WHERE pa.message_id = ?4"
		"   AND pa.address = r.from_address AND pa.role <> 'from')"
		" FROM messages r"
		" JOIN threads t ON t.id = r.thread_id"
		" JOIN threads mine ON mine.id = ?1"
		" WHERE t.id <> ?1 AND t.subject = mine.subject COLLATE NOCASE AND t.subject <> ''"
		"  AND r.parent_id IS NULL"
		"  AND r.date > ?2 AND r.date <= ?2 + ?3 AND t.first_date = r.date"
		" ORDER BY r.date", error);
	if (s == NULL)
		return FALSE;
	sqlite3_bind_int64(s, 1, thread);
	sqlite3_bind_int64(s, 2, ex->date);
	sqlite3_bind_int64(s, 3, SUBJECT_WINDOW);
	sqlite3_bind_int64(s, 4, message);
	/* row id, thread, quoted (1: the quote names this message) */
	GArray *orphans = g_array_new(FALSE, FALSE, sizeof(gint64) * 3);
	int rc;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		gint64 quoted = ex->message_id != NULL &&
		                quote_names_message(store_col_text(s, 2), address, name, ex->date,
		                                    msg->date);
		gint64 row[3] = { sqlite3_column_int64(s, 0), sqlite3_column_int64(s, 1), quoted };
		if (quoted || sqlite3_column_int(s, 3))
			g_array_append_val(orphans, row);
	}
	sqlite3_reset(s);
	gboolean ok = rc == SQLITE_DONE || store_fail(st, "looking for earlier replies", error);
	for (guint i = 0; ok && i < orphans->len; i++) {
		gint64 *row = &g_array_index(orphans, gint64, 3 * i);
		sqlite3_stmt *u = store_stmt(st, row[2] ?
			"UPDATE messages SET parent_id = ?3 WHERE id = ?1" :
			"UPDATE messages SET parent_id = (SELECT p.message_id FROM messages p"
			"  WHERE p.thread_id = ?2 AND p.date <= (SELECT date FROM messages WHERE id = ?1)"
			"  ORDER BY p.date DESC, p.id DESC LIMIT 1) WHERE id = ?1", error);
		ok = u != NULL;
		if (ok) {
			sqlite3_bind_int64(u, 1, row[0]);
			if (row[2])
				store_bind_text(u, 3, ex->message_id);
			else
				sqlite3_bind_int64(u, 2, thread);
			ok = store_step_done(st, u, "adopting a reply", error) &&
			     merge_thread(st, thread, row[1], error);
		}
	}
	g_array_free(orphans, TRUE);
	return ok;
}

/* resolve_thread - the thread the message belongs to, merging if needed;
 * *parent is set when the subject fallback chose the parent */
static gint64 resolve_thread(mp_store *st, const mp_extract *ex, const mp_classification *cls,
                            char **parent, GError **error)
{
	GPtrArray *ids = g_ptr_array_new();
	g_ptr_array_add(ids, ex->message_id);
	for (guint i = 0; i < ex->references->len; i++)
		g_ptr_array_add(ids, ex->references->pdata[i]);
	GArray *threads = g_array_new(FALSE, FALSE, sizeof(gint64));
	gint64 thread = -1;
	if (lookup_thread_ids(st, ids, threads, error)) {
		if (threads->len == 0) {
			thread = thread_by_quote(st, ex, parent, error);
			if (thread == 0)
				thread = thread_by_subject(st, ex, cls, parent, error);
			if (thread == 0)
				thread = create_thread(st, ex, error);
		} else {
			thread = g_array_index(threads, gint64, 0);
			for (guint i = 1; i < threads->len; i++)
				thread = MIN(thread, g_array_index(threads, gint64, i));
			for (guint i = 0; i < threads->len && thread > 0; i++) {
				gint64 other = g_array_index(threads, gint64, i);
				if (other != thread && !merge_thread(st, thread, other, error))
					thread = -1;
			}
		}
	}
	for (guint i = 0; i < ids->len && thread > 0; i++) {
		sqlite3_stmt *s = store_stmt(st,
			"INSERT OR IGNORE INTO message_ids (message_id, thread_id) VALUES (?, ?)", error);
		if (s == NULL) {
			thread = -1;
			break;
		}
		store_bind_text(s, 1, ids->pdata[i]);
		sqlite3_bind_int64(s, 2, thread);
		if (!store_step_done(st, s, "recording a message id", error))
			thread = -1;
	}
	g_array_free(threads, TRUE);
	g_ptr_array_free(ids, TRUE);
	return thread;
}

/* update_thread_stats - count, dates and account after adding a message */
static gboolean update_thread_stats(mp_store *st, gint64 thread, gint64 date, gint64 account,
                                    GError **error)
{
	sqlite3_stmt *s = store_stmt(st,
		"UPDATE threads SET message_count = message_count + 1,"
		"  first_date = CASE WHEN ?2 IS NULL THEN first_date ELSE min(coalesce(first_date, ?2), ?2) END,"
		"  last_date = CASE WHEN ?2 IS NULL THEN last_date ELSE max(coalesce(last_date, ?2), ?2) END,"
		"  account_id = coalesce(account_id, ?3)"
		" WHERE id = ?1", error);
	if (s == NULL)
		return FALSE;
	sqlite3_bind_int64(s, 1, thread);
	if (date > 0)
		sqlite3_bind_int64(s, 2, date);
	if (account > 0)
		sqlite3_bind_int64(s, 3, account);
	return store_step_done(st, s, "updating a thread", error);
}

/* insert_message_row - the messages row; returns its rowid or -1 */
static gint64 insert_message_row(mp_store *st, const mp_message *msg, const mp_classification *cls,
                                 const mp_extract *ex, gint64 thread, gint64 account,
                                 const char *parent, const char *origin, GError **error)
{
	sqlite3_stmt *s = store_stmt(st,
		"INSERT INTO messages (dedup_key, message_id, parent_id, thread_id, account_id,"
		"  customer_domain, direction, date, date_source, header_date, received_at, subject,"
		"  from_address, size, truncated, origin, queue_id, stored_at, text,"
		"  automated, forwarded, new_text, signature, ooo_return, date_offset)"
		" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,"
		"  ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?25) RETURNING id", error);
	if (s == NULL)
		return -1;
	const mp_envelope *env = msg->envelope;
	store_bind_text(s, 1, ex->dedup_key);
	store_bind_text(s, 2, ex->message_id);
	store_bind_text(s, 3, ex->parent_id ? ex->parent_id : parent);
	sqlite3_bind_int64(s, 4, thread);
	if (account > 0)
		sqlite3_bind_int64(s, 5, account);
	store_bind_text(s, 6, cls->customer_domain);
	store_bind_text(s, 7, mp_direction_name(cls->direction));
	if (ex->date > 0)
		sqlite3_bind_int64(s, 8, ex->date);
	store_bind_text(s, 9, ex->date_source);
	if (msg->date > 0) {
		sqlite3_bind_int64(s, 10, msg->date);
		sqlite3_bind_int(s, 25, msg->date_offset);
	}
	if (env && env->received_time > 0)
		sqlite3_bind_int64(s, 11, env->received_time);
	store_bind_text(s, 12, ex->subject);
	store_bind_text(s, 13, msg->from ? msg->from->address : (env ? env->sender : NULL));
	/* the size of the message, not of what MaximumBodyBytes let us keep */
	guint64 size = env && env->message_bytes > msg->raw_size ? env->message_bytes : msg->raw_size;
	sqlite3_bind_int64(s, 14, (sqlite3_int64)size);
	sqlite3_bind_int(s, 15, env ? env->truncated : 0);
	store_bind_text(s, 16, origin);
	store_bind_text(s, 17, env ? env->queue_id : NULL);
	sqlite3_bind_int64(s, 18, store_now());
	store_bind_text(s, 19, ex->text);
	store_bind_text(s, 20, ex->automated_name);
	sqlite3_bind_int(s, 21, ex->forwarded);
	store_bind_text(s, 22, ex->new_text);
	store_bind_text(s, 23, ex->signature);
	if (ex->ooo_return > 0)
		sqlite3_bind_int64(s, 24, ex->ooo_return);
	if (sqlite3_step(s) != SQLITE_ROW)
		return store_fail(st, "inserting a message", error), -1;
	gint64 id = sqlite3_column_int64(s, 0);
	sqlite3_reset(s);
	return id;
}

/*
 * name_score - how much to trust a display name: a name its owner wrote in
 * their own From beats one a correspondent typed; "First Last" beats a
 * single word; something that is really an address scores nothing.
 */
static int name_score(const mp_participant *p)
{
	if (p->name == NULL || *p->name == '\0' || strchr(p->name, '@') != NULL)
		return 0;
	int score = strchr(p->name, ' ') ? 3 : 2;
	if (p->role == MP_ROLE_FROM)
		score += 2;
	return score;
}

/* upsert_contact - create or refresh the contact; returns its id or -1 */
static gint64 upsert_contact(mp_store *st, const mp_participant *p, const char *sig_name,
                             gint64 date, gint64 *account_out, GError **error)
{
	gint64 account = 0;
	if (!p->internal && !p->freemail) {
		account = store_account_for_domain(st, p->domain, p->registrable, error);
		if (account < 0)
			return -1;
	}
	int score = name_score(p);
	const char *name = p->name;
	if (score == 0 && sig_name) {
		/* a sender with no display name, named by their signature: the
		 * least trusted name, any display name beats it */
		name = sig_name;
		score = 1;
	}
	sqlite3_stmt *s = store_stmt(st,
		"INSERT INTO contacts (address, name, name_score, domain, registrable, account_id,"
		"  internal, first_seen, last_seen, sent_count, received_count)"
		" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, ?9, ?10)"
		" ON CONFLICT (address) DO UPDATE SET"
		"  name = CASE WHEN excluded.name_score > name_score THEN excluded.name ELSE name END,"
		"  name_score = max(name_score, excluded.name_score),"
		"  account_id = coalesce(account_id, excluded.account_id),"
		"  first_seen = CASE WHEN excluded.first_seen IS NULL THEN first_seen"
		"    ELSE min(coalesce(first_seen, excluded.first_seen), excluded.first_seen) END,"
		"  last_seen = CASE WHEN excluded.last_seen IS NULL THEN last_seen"
		"    ELSE max(coalesce(last_seen, excluded.last_seen), excluded.last_seen) END,"
		"  sent_count = sent_count + excluded.sent_count,"
		"  received_count = received_count + excluded.received_count"
		" RETURNING id, account_id", error);
	if (s == NULL)
		return -1;
	store_bind_text(s, 1, p->address);
	store_bind_text(s, 2, score > 0 ? name : NULL);
	sqlite3_bind_int(s, 3, score);
	store_bind_text(s, 4, p->domain);
	store_bind_text(s, 5, p->registrable);
	if (account > 0)
		sqlite3_bind_int64(s, 6, account);
	sqlite3_bind_int(s, 7, p->internal);
	if (date > 0)
		sqlite3_bind_int64(s, 8, date);
	sqlite3_bind_int(s, 9, p->role == MP_ROLE_FROM);
	sqlite3_bind_int(s, 10, p->role != MP_ROLE_FROM);
	if (sqlite3_step(s) != SQLITE_ROW)
		return store_fail(st, "recording a contact", error), -1;
	gint64 id = sqlite3_column_int64(s, 0);
	*account_out = sqlite3_column_int64(s, 1);
	sqlite3_reset(s);
	return id;
}

/* store_insert_participants - one row per participant, contacts for
 * people; *sender receives the author's contact id (0: none) */
gboolean store_insert_participants(mp_store *st, gint64 message, const mp_classification *cls,
                                    const mp_extract *ex, gint64 *sender, GError **error)
{
	for (guint i = 0; i < cls->participants->len; i++) {
		const mp_participant *p = cls->participants->pdata[i];
		gint64 contact = 0, account = 0;
		if (!p->robot && (contact = upsert_contact(st, p, p->role == MP_ROLE_FROM ? ex->sig_name : NULL,
		                                          ex->date, &account, error)) < 0)
			return FALSE;
		if (contact > 0 && p->role == MP_ROLE_FROM)
			*sender = contact;
		if (contact > 0 && !store_note_arrival(st, contact, account, p, message, ex, error))
			return FALSE;
		sqlite3_stmt *s = store_stmt(st,
			"INSERT OR IGNORE INTO participants (message_id, role, address, name, contact_id,"
			"  internal, robot) VALUES (?, ?, ?, ?, ?, ?, ?)", error);
		if (s == NULL)
			return FALSE;
		sqlite3_bind_int64(s, 1, message);
		store_bind_text(s, 2, mp_role_name(p->role));
		store_bind_text(s, 3, p->address);
		store_bind_text(s, 4, p->name);
		if (contact > 0)
			sqlite3_bind_int64(s, 5, contact);
		sqlite3_bind_int(s, 6, p->internal);
		sqlite3_bind_int(s, 7, p->robot);
		if (!store_step_done(st, s, "recording a participant", error))
			return FALSE;
	}
	return TRUE;
}

/* insert_attachments - name, type and size of each attachment; no name
 * in headers-only mode (it comes from the body, and names documents) */
static gboolean insert_attachments(mp_store *st, gint64 message, const mp_message *msg,
                                   gboolean with_names, GError **error)
{
	for (guint i = 0; msg->attachments && i < msg->attachments->len; i++) {
		const mp_attachment *a = msg->attachments->pdata[i];
		sqlite3_stmt *s = store_stmt(st,
			"INSERT INTO attachments (message_id, filename, content_type, size)"
			" VALUES (?, ?, ?, ?)", error);
		if (s == NULL)
			return FALSE;
		sqlite3_bind_int64(s, 1, message);
		store_bind_text(s, 2, with_names ? a->filename : NULL);
		store_bind_text(s, 3, a->content_type ? a->content_type : "application/octet-stream");
		sqlite3_bind_int64(s, 4, (sqlite3_int64)a->size);
		if (!store_step_done(st, s, "recording an attachment", error))
			return FALSE;
	}
	return TRUE;
}

gboolean mp_store_message(mp_store *st, const mp_config *cfg, const mp_message *msg,
                          const mp_classification *cls, const mp_extract *ex,
                          const char *origin, mp_store_outcome *outcome, GError **error)
{
	gboolean exists = FALSE;
	if (!message_exists(st, ex->dedup_key, &exists, error))
		return FALSE;
	if (exists) {
		*outcome = MP_STORED_DUPLICATE;
		return TRUE;
	}
	/* the same mail under another Message-ID (store_copy.c): stored once;
	 * only backfilled mail is compared (see there why) */
	gboolean live = msg->envelope && msg->envelope->queue_id;
	gint64 copy = live ? 0 : store_find_copy(st, ex, cls, msg->from ? msg->from->address : NULL,
	                                         error);
	if (copy < 0)
		return FALSE;
	if (copy > 0) {
		*outcome = MP_STORED_DUPLICATE;
		return TRUE;
	}
	gint64 account = resolve_account(st, cfg, cls, error);
	if (account < 0)
		return FALSE;
	char *parent = NULL;
	gint64 thread = resolve_thread(st, ex, cls, &parent, error);
	gint64 message = -1, sender = 0;
	if (thread > 0 && update_thread_stats(st, thread, ex->date, account, error))
		message = insert_message_row(st, msg, cls, ex, thread, account, parent, origin, error);
	g_free(parent);
	if (message < 0 || !store_insert_participants(st, message, cls, ex, &sender, error) ||
	    !adopt_later_replies(st, message, thread, msg, ex, cls, error) ||
	    !insert_attachments(st, message, msg, cls->capture_mode == MP_CAPTURE_FULL, error) ||
	    !store_signals(st, message, account, sender, cls, ex, error))
		return FALSE;
	*outcome = account > 0 ? MP_STORED_NEW : MP_STORED_NO_ACCOUNT;
	return TRUE;
}
