/*
 * analyze_answered.c - was a customer answered by some route the thread
 * does not show?
 *
 * SUMMARY
 *	an_answered_elsewhere() tells the unanswered and new-stakeholder
 *	alerts that a customer person was answered although no reply of ours
 *	sits in the thread: a later human message of ours to them in any
 *	thread; their own later message in the same conversation (thread or
 *	subject without Re:/Fw:) that quotes one of us first (the reply
 *	reached them but not the store: a mailbox we do not capture, a phone
 *	forward); a call or a meeting arranged ("I'll call you", "let's plan
 *	on 4pm", "as discussed", "wie besprochen", "comme convenu").
 *	an_quote_from_us() is the quote test alone: does the first quoted
 *	header block of a text (Outlook "-----Original Message----- From:",
 *	"From: ... Sent:", "On ... wrote:", Lotus Notes "Name@DOMAIN on
 *	02/27/2002 12:02 PM" or a name above a date line) name one of us, by
 *	an InternalDomains address (also the Notes form "@ENRON") or by the
 *	name of one of our people?
 *
 * WHY
 *	Real mail captures one side's mailboxes only: on judged Enron mail,
 *	most false unanswered alerts were questions whose answer is quoted in
 *	the customer's next message, or that were settled by phone.
 *
 * COST
 *	Only a candidate alert asks: one indexed query for the sender's later
 *	messages of the account, one for our people's names (once per
 *	account and day, cached in an_answered).
 */
#include <string.h>
#include "analyze_internal.h"
#include "quote_header.h"

/* answered_names_line - every word (2+) of one of our names is a word of
 * line: "Parks, Joe", "Joe Parks/HOU/ECT@ECT" and "Joe Parks" all name
 * "Joe Parks" */
static gboolean answered_names_line(const char *line, GPtrArray *names)
{
	if (names == NULL || names->len == 0)
		return FALSE;
	GPtrArray *words = mp_quote_header_words(line);
	gboolean found = FALSE;
	for (guint i = 0; i < names->len && !found; i++)
		found = mp_quote_header_cover(words, names->pdata[i]);
	g_ptr_array_free(words, TRUE);
	return found;
}

/* answered_domain_in - line holds "@domain" or the Notes "@LABEL" of one
 * of the domains (the first label, not followed by a letter) */
static gboolean answered_domain_in(const char *line, const GPtrArray *domains)
{
	char *low = g_ascii_strdown(line, -1);
	gboolean found = FALSE;
	for (guint i = 0; domains && i < domains->len && !found; i++) {
		const char *d = domains->pdata[i];
		size_t label = strcspn(d, ".");
		for (const char *at = strchr(low, '@'); at && !found; at = strchr(at + 1, '@')) {
			const char *host = at + 1;
			size_t n = strcspn(host, " \t>)]\"',;/");
			/* the address's host is the domain or below it */
			if (n >= strlen(d) && strncmp(host + n - strlen(d), d, strlen(d)) == 0 &&
			    (n == strlen(d) || host[n - strlen(d) - 1] == '.'))
				found = TRUE;
			else if (strncmp(host, d, label) == 0 && !g_ascii_isalnum(host[label]) &&
			         host[label] != '.')
				found = TRUE;
		}
	}
	g_free(low);
	return found;
}

gboolean an_quote_from_us(const char *text, const GPtrArray *domains, GPtrArray *names)
{
	mp_quote_header q;
	if (!mp_quote_header_first(text, &q))
		return FALSE;
	gboolean us = answered_domain_in(q.author, domains) || answered_names_line(q.author, names);
	mp_quote_header_clear(&q);
	return us;
}

/* answered_call_now - m announces a call or settles a time: the customer
 * does not wait for a written answer */
static gboolean answered_call_now(const char *text)
{
	static const char *const calls[] = {
		"i'll call", "i will call", "i'll give you a call", "i will give you a call",
		"let's talk", "lets talk", "let's plan on", "let's meet", "let's discuss",
		"i'll ring you", "talk to you tomorrow", "talk to you on", "see you tomorrow",
		"see you on", "ich rufe sie", "rufe ich sie", "je vous appelle", "je vous rappelle",
		"je t'appelle", "le llamo", "te llamo", "ik bel u", "ik bel je",
	};
	return an_text_has_any(text, calls, G_N_ELEMENTS(calls));
}

/* answered_call_after - a later message says a call or meeting took
 * place, or is fixed */
static gboolean answered_call_after(const char *text)
{
	static const char *const done[] = {
		"as discussed", "as we discussed", "per our conversation", "per our discussion",
		"per our call", "thanks for the call", "thank you for the call", "thanks for calling",
		"thank you for calling", "your voicemail", "your voice mail", "your message this morning",
		"wie besprochen", "wie telefonisch", "danke für das telefonat", "danke für ihren anruf",
		"comme convenu", "suite à notre échange", "suite à notre conversation",
		"suite à notre appel", "merci pour votre appel", "como hablamos", "según lo hablado",
		"gracias por la llamada", "zoals besproken", "zoals afgesproken",
		"bedankt voor het gesprek",
	};
	return answered_call_now(text) || an_text_has_any(text, done, G_N_ELEMENTS(done));
}

/* answered_subject - the subject without Re:/Fw: prefixes, lowercase */
static char *answered_subject(const char *s)
{
	static const char *const prefixes[] = { "re:", "aw:", "sv:", "antw:", "rv:", "fw:", "fwd:",
	                                        "wg:", "tr:", "réf:", "ref:" };
	char *low = g_utf8_strdown(s ? s : "", -1);
	char *p = low;
	for (gboolean more = TRUE; more;) {
		more = FALSE;
		while (g_ascii_isspace(*p))
			p++;
		for (guint i = 0; i < G_N_ELEMENTS(prefixes); i++)
			if (g_str_has_prefix(p, prefixes[i])) {
				p += strlen(prefixes[i]);
				more = TRUE;
			}
	}
	char *out = g_strstrip(g_strdup(p));
	g_free(low);
	return out;
}

void an_answered_init(an_answered *ans)
{
	ans->names = NULL;
}

void an_answered_clear(an_answered *ans)
{
	if (ans->names)
		g_ptr_array_free(ans->names, TRUE);
	ans->names = NULL;
}

/* answered_names - our people's names on the account's mail, as word
 * lists, loaded once */
static GPtrArray *answered_names(an_ctx *ctx, const an_account *a, an_answered *ans)
{
	if (ans->names)
		return ans->names;
	ans->names = g_ptr_array_new_with_free_func((GDestroyNotify)g_ptr_array_unref);
	sqlite3_stmt *s = store_stmt(ctx->st,
		"SELECT DISTINCT p.name FROM messages m JOIN participants p ON p.message_id = m.id"
		" WHERE m.account_id = ?1 AND p.internal = 1 AND p.robot = 0 AND p.name <> ''", NULL);
	if (s == NULL)
		return ans->names;
	sqlite3_bind_int64(s, 1, a->id);
	while (sqlite3_step(s) == SQLITE_ROW) {
		GPtrArray *w = mp_quote_header_words(store_col_text(s, 0) ? store_col_text(s, 0) : "");
		if (w->len >= 2)
			g_ptr_array_add(ans->names, w);
		else
			g_ptr_array_unref(w);
	}
	sqlite3_reset(s);
	return ans->names;
}

/* answered_we_wrote - a human message of ours to or copying address in
 * [since, cutoff), in any thread */
static gboolean answered_we_wrote(an_ctx *ctx, const char *address, gint64 since)
{
	sqlite3_stmt *s = store_stmt(ctx->st,
		"SELECT 1 FROM participants p JOIN messages m ON m.id = p.message_id"
		" WHERE p.address = ?1 AND p.role IN ('to', 'cc', 'bcc') AND m.direction = 'outbound'"
		"  AND m.automated = 'none' AND m.date >= ?2 AND m.date < ?3 LIMIT 1", NULL);
	if (s == NULL)
		return TRUE; /* in doubt, stay silent */
	store_bind_text(s, 1, address);
	sqlite3_bind_int64(s, 2, since);
	sqlite3_bind_int64(s, 3, ctx->cutoff);
	gboolean found = sqlite3_step(s) == SQLITE_ROW;
	sqlite3_reset(s);
	return found;
}

gboolean an_answered_elsewhere(an_ctx *ctx, const an_account *a, an_answered *ans,
                               const char *address, gint64 since, gint64 thread,
                               const char *subject)
{
	if (address == NULL)
		return FALSE;
	if (answered_we_wrote(ctx, address, since + 1))
		return TRUE;
	sqlite3_stmt *s = store_stmt(ctx->st,
		"SELECT m.text, m.subject, m.thread_id, coalesce(m.new_text, m.text) FROM messages m"
		" WHERE m.account_id = ?1 AND m.direction = 'inbound' AND m.from_address = ?2"
		"  AND m.date > ?3 AND m.date < ?4 ORDER BY m.date", NULL);
	if (s == NULL)
		return FALSE;
	sqlite3_bind_int64(s, 1, a->id);
	store_bind_text(s, 2, address);
	sqlite3_bind_int64(s, 3, since);
	sqlite3_bind_int64(s, 4, ctx->cutoff);
	char *want = subject ? answered_subject(subject) : NULL;
	gboolean found = FALSE;
	while (!found && sqlite3_step(s) == SQLITE_ROW) {
		char *sub = answered_subject(store_col_text(s, 1));
		gboolean same = sqlite3_column_int64(s, 2) == thread || want == NULL ||
		                (*want && strcmp(sub, want) == 0);
		g_free(sub);
		if (!same)
			continue;
		found = answered_call_after(store_col_text(s, 3)) ||
		        an_quote_from_us(store_col_text(s, 0), ctx->cfg->internal_domains,
		                         answered_names(ctx, a, ans));
	}
	sqlite3_reset(s);
	g_free(want);
	return found;
}

gboolean an_answered_by_call(const char *text)
{
	return answered_call_now(text);
}

gboolean an_call_took_place(const char *text)
{
	return answered_call_after(text);
}
