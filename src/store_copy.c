/*
 * store_copy.c - is this message a copy of one already stored under
 * another Message-ID?
 *
 * SUMMARY
 *	store_find_copy() answers, before a message is stored, whether the
 *	store already holds the same mail under another Message-ID:
 *	forwarding gateways, list managers and some archivers give a copy a
 *	new id, and a sender who resends a message makes a second one.  A
 *	copy stored twice counts twice everywhere: two unanswered questions,
 *	two signals, a contact who "wrote" twice.  The caller treats a copy
 *	like a duplicate (stored once, the first time).
 *
 * WHAT MAKES A COPY (all of it)
 *	- the same sender address;
 *	- dates within COPY_WINDOW of each other (a gateway's delay, a resend);
 *	- the same subject and the same new text once normalised: case,
 *	  white space and punctuation ignored, reply prefixes kept as written
 *	  (a copy keeps its subject);
 *	- at least one recipient in common: the same words sent at once to
 *	  two customers (a template) are two messages, not one.
 *	A message without new text (headers-only capture, an empty body) is
 *	never a copy: there is nothing to compare.
 *
 * ONLY BACKFILLED MAIL
 *	The caller compares mail that came without a queue id (ingest of an
 *	archive, IMAP, a mailbox export): archives are where one message
 *	sits in several folders under ids the archiver made up (Enron's
 *	files each carry their own).  Mail the milter captured is a delivery
 *	the MTA made once, under its queue id: it is stored as delivered
 *	(the same Message-ID twice is still one message), so every queue id
 *	the MTA logs can be found in the database.
 *
 * DIAGNOSTICS
 *	A database error returns -1 with error set; the store is unchanged.
 */
#include <string.h>
#include "store_internal.h"

#define COPY_WINDOW (10 * 60)   /* seconds between a message and its copy */
#define COPY_MIN_CHARS 20       /* shorter new text ("Thanks!") says too little */

/* normalise - letters and digits only, lowercased (newly allocated) */
static char *normalise(const char *text)
{
	GString *out = g_string_new(NULL);
	for (const char *p = text ? text : ""; *p; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		if (g_unichar_isalnum(c))
			g_string_append_unichar(out, g_unichar_tolower(c));
	}
	return g_string_free(out, FALSE);
}

/* common_recipient - message row id shares a non-author party with cls */
static gboolean common_recipient(const mp_classification *cls, GPtrArray *row_parties)
{
	for (guint i = 0; i < cls->participants->len; i++) {
		const mp_participant *p = cls->participants->pdata[i];
		if (p->role == MP_ROLE_FROM)
			continue;
		for (guint k = 0; k < row_parties->len; k++)
			if (g_ascii_strcasecmp(p->address, row_parties->pdata[k]) == 0)
				return TRUE;
	}
	return FALSE;
}

/* row_recipients - the non-author addresses of a stored message; NULL on error */
static GPtrArray *row_recipients(mp_store *st, gint64 id, GError **error)
{
	sqlite3_stmt *s = store_stmt(st,
		"SELECT address FROM participants WHERE message_id = ? AND role <> 'from'", error);
	if (s == NULL)
		return NULL;
	sqlite3_bind_int64(s, 1, id);
	GPtrArray *out = g_ptr_array_new_with_free_func(g_free);
	int rc;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW)
		g_ptr_array_add(out, g_strdup(store_col_text(s, 0)));
	sqlite3_reset(s);
	if (rc != SQLITE_DONE) {
		g_ptr_array_unref(out);
		store_fail(st, "reading a message's recipients", error);
		return NULL;
	}
	return out;
}

gint64 store_find_copy(mp_store *st, const mp_extract *ex, const mp_classification *cls,
                       const char *from, GError **error)
{
	if (from == NULL || ex->date <= 0)
		return 0;
	char *text = normalise(ex->new_text);
	char *subject = normalise(ex->subject);
	gint64 found = 0;
	if (strlen(text) < COPY_MIN_CHARS)
		goto done;
	sqlite3_stmt *s = store_stmt(st,
		"SELECT id, subject, new_text FROM messages"
		" WHERE date BETWEEN ?2 - ?3 AND ?2 + ?3 AND from_address = ?1 AND message_id <> ?4", error);
	if (s == NULL) {
		found = -1;
		goto done;
	}
	store_bind_text(s, 1, from);
	sqlite3_bind_int64(s, 2, ex->date);
	sqlite3_bind_int64(s, 3, COPY_WINDOW);
	store_bind_text(s, 4, ex->message_id);
	GArray *same = g_array_new(FALSE, FALSE, sizeof(gint64));
	int rc;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		char *t = normalise(store_col_text(s, 2));
		char *subj = normalise(store_col_text(s, 1));
		if (strcmp(t, text) == 0 && strcmp(subj, subject) == 0) {
			gint64 id = sqlite3_column_int64(s, 0);
			g_array_append_val(same, id);
		}
		g_free(t);
		g_free(subj);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE)
		found = -1, store_fail(st, "looking for a copy", error);
	for (guint i = 0; found == 0 && i < same->len; i++) {
		gint64 id = g_array_index(same, gint64, i);
		GPtrArray *parties = row_recipients(st, id, error);
		if (parties == NULL)
			found = -1;
		else if (common_recipient(cls, parties))
			found = id;
		if (parties)
			g_ptr_array_unref(parties);
	}
	g_array_free(same, TRUE);
done:
	g_free(text);
	g_free(subject);
	return found;
}
