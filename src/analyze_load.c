/*
 * analyze_load.c - load one account as of an analysis day.
 *
 * SUMMARY
 *	an_ctx_init() fixes the analysis day: the UTC date of as_of (0: now)
 *	and the cutoff (mail dated before it is seen: the end of that day when
 *	as_of is a midnight, as `--as-of DATE` gives, else as_of itself).
 *	an_account_load() reads, with four indexed queries, what every
 *	component and alert needs: the account row, its messages of the
 *	lookback window (the longest window any key names) with each one's
 *	new-text word count and the date of the other side's message it
 *	answers, its phrase-rule signals, its customer contacts and their
 *	departure events.  Nothing dated after the cutoff is read, so a
 *	replayed day sees what that day saw.
 *
 * DEFINITIONS (docs/signals.md "Health score")
 *	human: automated = none and not a forward.  substantive: a human
 *	customer message whose new text has at least SubstantiveWords words
 *	(a word: a run of non-space characters holding a letter or digit).
 *	The answered message is found as the `replies` view finds it: the
 *	first stored message with the parent's Message-ID, from the other
 *	side, written by a person, not dated after the reply.
 *
 * DIAGNOSTICS
 *	Database errors come back as GError (store_fail); an account id that
 *	does not exist is MP_ERR_DATA.
 */
#include <math.h>
#include <string.h>
#include "analyze_internal.h"
#include "status.h"

/* an_words - count words: runs of non-space holding a letter or digit */
guint an_words(const char *text)
{
	guint n = 0;
	gboolean in_word = FALSE, has_alnum = FALSE;
	for (const unsigned char *p = (const unsigned char *)(text ? text : ""); ; p++) {
		gboolean space = *p == '\0' || g_ascii_isspace(*p);
		if (space) {
			if (in_word && has_alnum)
				n++;
			in_word = has_alnum = FALSE;
			if (*p == '\0')
				break;
			continue;
		}
		in_word = TRUE;
		if (g_ascii_isalnum(*p) || *p >= 0x80)
			has_alnum = TRUE;
	}
	return n;
}

gboolean an_text_has_any(const char *text, const char *const *words, guint n)
{
	char *low = g_utf8_strdown(text ? text : "", -1);
	gboolean found = FALSE;
	for (guint i = 0; i < n && !found; i++)
		found = strstr(low, words[i]) != NULL;
	g_free(low);
	return found;
}

/* sql_words - the SQL function mp_words(text), so SQL counts as C does */
static void sql_words(sqlite3_context *c, int argc, sqlite3_value **argv)
{
	sqlite3_result_int64(c, an_words((const char *)sqlite3_value_text(argv[0])));
}

/* an_date - "YYYY-MM-DD" of t, UTC */
char *an_date(gint64 t)
{
	GDateTime *dt = g_date_time_new_from_unix_utc(t);
	if (dt == NULL)
		return g_strdup("1970-01-01");
	char *s = g_date_time_format(dt, "%Y-%m-%d");
	g_date_time_unref(dt);
	return s;
}

char *mp_analyze_day(gint64 as_of)
{
	return an_date(as_of ? as_of : g_get_real_time() / G_USEC_PER_SEC);
}

/* an_ctx_init - fix the analysis day of as_of (see SUMMARY) */
void an_ctx_init(an_ctx *ctx, mp_store *st, const mp_config *cfg, gint64 as_of)
{
	memset(ctx, 0, sizeof *ctx);
	ctx->st = st;
	ctx->cfg = cfg;
	gint64 t = as_of ? as_of : g_get_real_time() / G_USEC_PER_SEC;
	ctx->day_start = t - ((t % AN_DAY) + AN_DAY) % AN_DAY;
	ctx->cutoff = (as_of && t == ctx->day_start) ? t + AN_DAY : t;
	char *day = an_date(ctx->day_start);
	g_strlcpy(ctx->day, day, sizeof ctx->day);
	g_free(day);
	sqlite3_create_function(st->db, "mp_words", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL,
	                        sql_words, NULL, NULL);
}

void an_ctx_clear(an_ctx *ctx)
{
	if (ctx->segment_ref)
		g_hash_table_destroy(ctx->segment_ref);
	ctx->segment_ref = NULL;
}

/* lookback - seconds of history one account needs (the longest window) */
static gint64 lookback(const mp_config *cfg)
{
	guint days = cfg->baseline_days + cfg->health_window_days;
	days = MAX(days, cfg->breadth_days);
	days = MAX(days, cfg->sentiment_days);
	days = MAX(days, 90); /* the brief lists 90 days of signals */
	return (gint64)days * AN_DAY;
}

GArray *an_account_ids(an_ctx *ctx, const char *am, GError **error)
{
	sqlite3_stmt *s = store_stmt(ctx->st,
		"SELECT id FROM accounts WHERE ?1 IS NULL OR owner = ?1 COLLATE NOCASE ORDER BY id", error);
	if (s == NULL)
		return NULL;
	store_bind_text(s, 1, am);
	GArray *ids = g_array_new(FALSE, FALSE, sizeof(gint64));
	int rc;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		gint64 id = sqlite3_column_int64(s, 0);
		g_array_append_val(ids, id);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE) {
		g_array_unref(ids);
		store_fail(ctx->st, "listing accounts", error);
		return NULL;
	}
	return ids;
}

gint64 an_account_id(an_ctx *ctx, const char *name, GError **error)
{
	sqlite3_stmt *s = store_stmt(ctx->st, "SELECT id FROM accounts WHERE name = ?1", error);
	if (s == NULL)
		return 0;
	store_bind_text(s, 1, name);
	gint64 id = sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 0;
	sqlite3_reset(s);
	return id;
}

/* an_slug - "Acme Logistics" -> "acme-logistics" (alert ids) */
char *an_slug(const char *name)
{
	GString *out = g_string_new(NULL);
	for (const unsigned char *p = (const unsigned char *)name; *p; p++) {
		if (g_ascii_isalnum(*p))
			g_string_append_c(out, g_ascii_tolower(*p));
		else if (out->len && out->str[out->len - 1] != '-')
			g_string_append_c(out, '-');
	}
	while (out->len && out->str[out->len - 1] == '-')
		g_string_truncate(out, out->len - 1);
	if (out->len == 0)
		g_string_append(out, "account");
	return g_string_free(out, FALSE);
}

/* days_to - whole days from the analysis day to date (YYYY-MM-DD) */
static gint64 days_to(const an_ctx *ctx, const char *date)
{
	int y, m, d;
	if (date == NULL || sscanf(date, "%4d-%2d-%2d", &y, &m, &d) != 3 ||
	    !g_date_valid_dmy((GDateDay)d, (GDateMonth)m, (GDateYear)y))
		return G_MININT64;
	GDateTime *dt = g_date_time_new_utc(y, m, d, 0, 0, 0);
	gint64 t = g_date_time_to_unix(dt);
	g_date_time_unref(dt);
	return (t - ctx->day_start) / AN_DAY;
}

/* load_row - the accounts row into a */
static gboolean load_row(an_ctx *ctx, an_account *a, GError **error)
{
	sqlite3_stmt *s = store_stmt(ctx->st,
		"SELECT name, owner, arr, renewal_date, segment FROM accounts WHERE id = ?1", error);
	if (s == NULL)
		return FALSE;
	sqlite3_bind_int64(s, 1, a->id);
	if (sqlite3_step(s) != SQLITE_ROW) {
		sqlite3_reset(s);
		g_set_error(error, MP_ERROR, MP_ERR_DATA, "no account with id %" G_GINT64_FORMAT, a->id);
		return FALSE;
	}
	a->name = g_strdup(store_col_text(s, 0));
	a->owner = g_strdup(store_col_text(s, 1));
	a->arr = sqlite3_column_double(s, 2);
	a->renewal_date = g_strdup(store_col_text(s, 3));
	a->segment = g_strdup(store_col_text(s, 4));
	sqlite3_reset(s);
	if (!isfinite(a->arr) || a->arr < 0) {
		/* written by an import older than the strict CSV parser: say so
		 * rather than fail later with no reason */
		g_set_error(error, MP_ERROR, MP_ERR_DATA, "account \"%s\": its ARR is not a finite "
		            "non-negative number (%g): import the accounts CSV again with a plain "
		            "number", a->name, a->arr);
		return FALSE;
	}
	a->slug = an_slug(a->name);
	a->days_to_renewal = days_to(ctx, a->renewal_date);
	return TRUE;
}

/* row_fn - turn the current row of s into a's data */
typedef void (*row_fn)(an_ctx *ctx, an_account *a, sqlite3_stmt *s);

/* load_rows - run sql with ?1 the account, ?2 the start of the lookback
 * window and ?3 the cutoff, calling row for each row */
static gboolean load_rows(an_ctx *ctx, an_account *a, const char *sql, row_fn row,
                          const char *what, GError **error)
{
	sqlite3_stmt *s = store_stmt(ctx->st, sql, error);
	if (s == NULL)
		return FALSE;
	sqlite3_bind_int64(s, 1, a->id);
	sqlite3_bind_int64(s, 2, ctx->cutoff - lookback(ctx->cfg));
	sqlite3_bind_int64(s, 3, ctx->cutoff);
	int rc;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW)
		row(ctx, a, s);
	sqlite3_reset(s);
	return rc == SQLITE_DONE || store_fail(ctx->st, what, error);
}

static void msg_free(gpointer p)
{
	an_msg *m = p;
	g_free(m->from);
	g_free(m->from_name);
	g_free(m->subject);
	g_free(m->message_id);
	g_free(m->text);
	g_free(m);
}

static const char messages_sql[] =
	"SELECT m.id, m.date, m.thread_id, m.direction = 'inbound',"
	"  m.automated = 'none' AND m.forwarded = 0, coalesce(m.new_text, m.text),"
	"  m.from_address, (SELECT name FROM participants WHERE message_id = m.id AND role = 'from'),"
	"  m.subject, m.message_id,"
	"  (SELECT p.date FROM messages p WHERE p.id ="
	"     (SELECT min(id) FROM messages WHERE message_id = m.parent_id)"
	"   AND p.direction <> m.direction AND p.automated = 'none'),"
	"  EXISTS (SELECT 1 FROM attachments WHERE message_id = m.id),"
	"  m.automated = 'out_of_office', m.automated = 'personal', m.automated IN ('none', 'personal'),"
	"  coalesce(m.date_offset, 0)"
	" FROM messages m WHERE m.account_id = ?1 AND m.date >= ?2 AND m.date < ?3"
	" ORDER BY m.date, m.id";

/* message_row - one message of the lookback window */
static void message_row(an_ctx *ctx, an_account *a, sqlite3_stmt *s)
{
	an_msg *m = g_new0(an_msg, 1);
	m->id = sqlite3_column_int64(s, 0);
	m->date = sqlite3_column_int64(s, 1);
	m->thread_id = sqlite3_column_int64(s, 2);
	m->inbound = sqlite3_column_int(s, 3);
	m->human = sqlite3_column_int(s, 4);
	m->text = g_strdup(store_col_text(s, 5));
	m->words = an_words(m->text);
	m->question = m->text && strchr(m->text, '?') != NULL;
	m->from = g_strdup(store_col_text(s, 6));
	m->from_name = g_strdup(store_col_text(s, 7));
	m->subject = g_strdup(store_col_text(s, 8));
	m->message_id = g_strdup(store_col_text(s, 9));
	m->attachment = sqlite3_column_int(s, 11);
	m->away = m->inbound && sqlite3_column_int(s, 12);
	m->personal = sqlite3_column_int(s, 13);
	m->written = sqlite3_column_int(s, 14);
	m->offset = sqlite3_column_int(s, 15) * 60;
	gint64 parent = sqlite3_column_int64(s, 10);
	if (m->human && sqlite3_column_type(s, 10) != SQLITE_NULL && parent <= m->date)
		m->parent_date = parent;
	g_ptr_array_add(a->msgs, m);
}

static void signal_free(gpointer p)
{
	an_signal *g = p;
	g_free(g->category);
	g_free(g->rule);
	g_free(g->label);
	g_free(g->evidence);
	g_free(g->due_date);
	g_free(g->contact);
	g_free(g->message_id);
	g_free(g);
}

static const char signals_sql[] =
	"SELECT s.date, m.thread_id, s.side = 'customer', s.weight, s.category, s.rule,"
	"  s.label, s.evidence, s.due_date, c.address, c.name, m.message_id"
	" FROM signals s JOIN messages m ON m.id = s.message_id"
	" LEFT JOIN contacts c ON c.id = s.contact_id"
	" WHERE s.account_id = ?1 AND s.date >= ?2 AND s.date < ?3 ORDER BY s.date, s.id";

/* signal_row - one phrase-rule hit of the lookback window */
static void signal_row(an_ctx *ctx, an_account *a, sqlite3_stmt *s)
{
	an_signal *g = g_new0(an_signal, 1);
	g->date = sqlite3_column_int64(s, 0);
	g->thread_id = sqlite3_column_int64(s, 1);
	g->customer = sqlite3_column_int(s, 2);
	g->weight = sqlite3_column_double(s, 3);
	g->category = g_strdup(store_col_text(s, 4));
	g->rule = g_strdup(store_col_text(s, 5));
	g->label = g_strdup(store_col_text(s, 6));
	g->evidence = g_strdup(store_col_text(s, 7));
	g->due_date = g_strdup(store_col_text(s, 8));
	g->contact = store_col_text(s, 9) ? an_person(store_col_text(s, 10), store_col_text(s, 9))
	                                  : NULL;
	g->message_id = g_strdup(store_col_text(s, 11));
	g_ptr_array_add(a->signals, g);
}

static void contact_free(gpointer p)
{
	an_contact *c = p;
	g_free(c->address);
	g_free(c->name);
	g_free(c->title);
	g_free(c->departure_text);
	g_free(c->departure_msgid);
	g_free(c->replacement);
	g_free(c);
}

/* is_executive - a title that names someone who signs or decides */
static gboolean is_executive(const char *title)
{
	static const char *const words[] = {
		"chief", "ceo", "cfo", "cto", "coo", "cio", "cmo", "vp", "vice president",
		"president", "director", "head of", "founder", "owner", "managing", "partner",
		"geschäftsführ", "directeur", "directrice", "leiter",
		/* the heads of the other languages: "Diensthoofd klinisch labo",
		 * "Jefa de compras", "Direttore" */
		"hoofd", "jefe", "jefa", "direttor",
	};
	if (title == NULL)
		return FALSE;
	char *low = g_utf8_strdown(title, -1);
	gboolean hit = FALSE;
	for (guint i = 0; i < G_N_ELEMENTS(words) && !hit; i++) {
		const char *p = strstr(low, words[i]);
		/* whole words for the short ones: "vp" in "vpn" is not a VP */
		hit = p && (strlen(words[i]) > 3 || !g_ascii_isalpha(p[strlen(words[i])]));
	}
	g_free(low);
	return hit;
}

static const char contacts_sql[] =
	"SELECT id, address, name, title, first_seen FROM contacts"
	" WHERE account_id = ?1 AND internal = 0 AND (first_seen IS NULL OR first_seen < ?3)"
	" ORDER BY id";

/* contact_row - one customer person of the account */
static void contact_row(an_ctx *ctx, an_account *a, sqlite3_stmt *s)
{
	an_contact *c = g_new0(an_contact, 1);
	c->id = sqlite3_column_int64(s, 0);
	c->address = g_strdup(store_col_text(s, 1));
	c->name = g_strdup(store_col_text(s, 2));
	c->title = g_strdup(store_col_text(s, 3));
	c->first_seen = sqlite3_column_int64(s, 4);
	c->executive = is_executive(c->title);
	g_ptr_array_add(a->contacts, c);
}

/* count_activity - each contact's human messages in the window */
static void count_activity(an_account *a)
{
	for (guint i = 0; i < a->msgs->len; i++) {
		const an_msg *m = a->msgs->pdata[i];
		an_contact *c = m->inbound && m->human ? an_contact_by_address(a, m->from) : NULL;
		if (c) {
			c->human_msgs++;
			c->last_human = m->date;
		}
	}
}

static const char departures_sql[] =
	"SELECT c.address, e.kind, e.date, e.detail, m.message_id, o.address"
	" FROM contact_events e JOIN contacts c ON c.id = e.contact_id"
	" JOIN messages m ON m.id = e.message_id"
	" LEFT JOIN contacts o ON o.id = e.other_contact_id"
	" WHERE e.account_id = ?1 AND e.kind IN ('departed', 'replaced_by') AND e.date < ?3"
	" ORDER BY e.date, e.id";

/* departure_row - a departure event, kept when after the person's last
 * human message (one who writes again is back), or the named successor */
static void departure_row(an_ctx *ctx, an_account *a, sqlite3_stmt *s)
{
	an_contact *c = an_contact_by_address(a, store_col_text(s, 0));
	gint64 date = sqlite3_column_int64(s, 2);
	if (c == NULL || date < c->last_human)
		return;
	if (g_strcmp0(store_col_text(s, 1), "replaced_by") == 0) {
		g_free(c->replacement);
		c->replacement = g_strdup(store_col_text(s, 5));
		return;
	}
	if (c->departed == 0) { /* the first notice is the evidence */
		c->departed_first = date;
		c->departure_text = g_strdup(store_col_text(s, 3));
		c->departure_msgid = g_strdup(store_col_text(s, 4));
	}
	c->departed = date;
}

/* pick_champion - the contact who wrote most before the recent window */
static void pick_champion(an_ctx *ctx, an_account *a)
{
	gint64 recent = ctx->cutoff - (gint64)ctx->cfg->health_window_days * AN_DAY;
	GHashTable *counts = g_hash_table_new(g_direct_hash, g_direct_equal);
	an_contact *best = NULL;
	guint best_n = 0;
	for (guint i = 0; i < a->msgs->len; i++) {
		const an_msg *m = a->msgs->pdata[i];
		/* Who the relationship runs through: every message the person
		 * wrote counts, forwards and personal notes included (dev-4: a
		 * lab head with two business messages, a forward and a
		 * personal farewell was nobody's champion, so her departure
		 * cost 15 points, not 80) */
		an_contact *c = m->inbound && m->written && m->date < recent ? an_contact_by_address(a, m->from) : NULL;
		if (c == NULL)
			continue;
		guint n = GPOINTER_TO_UINT(g_hash_table_lookup(counts, c)) + 1;
		g_hash_table_insert(counts, c, GUINT_TO_POINTER(n));
		if (n > best_n) {
			best = c;
			best_n = n;
		}
	}
	g_hash_table_destroy(counts);
	if (best && best_n >= 3) { /* two messages make nobody a champion */
		best->champion = TRUE;
		a->champion = best;
	}
}

an_account *an_account_load(an_ctx *ctx, gint64 id, GError **error)
{
	an_account *a = g_new0(an_account, 1);
	a->id = id;
	a->msgs = g_ptr_array_new_with_free_func(msg_free);
	a->signals = g_ptr_array_new_with_free_func(signal_free);
	a->contacts = g_ptr_array_new_with_free_func(contact_free);
	a->health = -1;
	gboolean ok = load_row(ctx, a, error) &&
		load_rows(ctx, a, messages_sql, message_row, "reading an account's messages", error) &&
		load_rows(ctx, a, signals_sql, signal_row, "reading an account's signals", error) &&
		load_rows(ctx, a, contacts_sql, contact_row, "reading an account's contacts", error);
	if (ok) {
		count_activity(a); /* before departures: a return cancels a departure */
		ok = load_rows(ctx, a, departures_sql, departure_row, "reading departures", error);
	}
	if (!ok) {
		an_account_free(a);
		return NULL;
	}
	pick_champion(ctx, a);
	return a;
}

void an_account_free(an_account *a)
{
	if (a == NULL)
		return;
	g_free(a->name);
	g_free(a->slug);
	g_free(a->owner);
	g_free(a->segment);
	g_free(a->renewal_date);
	g_ptr_array_unref(a->msgs);
	g_ptr_array_unref(a->signals);
	g_ptr_array_unref(a->contacts);
	g_free(a);
}

an_contact *an_contact_by_address(const an_account *a, const char *address)
{
	for (guint i = 0; address && i < a->contacts->len; i++) {
		an_contact *c = a->contacts->pdata[i];
		if (g_ascii_strcasecmp(c->address, address) == 0)
			return c;
	}
	return NULL;
}

char *an_person(const char *name, const char *address)
{
	if (name && *name && address)
		return g_strdup_printf("%s <%s>", name, address);
	return g_strdup(address ? address : name);
}

json_t *an_evidence(gint64 date, const char *contact, const char *text, const char *message_id)
{
	char *day = an_date(date);
	json_t *e = json_pack("{s:s, s:s?, s:s, s:s?}", "date", day, "contact", contact,
	                      "text", text ? text : "", "message_id", message_id);
	g_free(day);
	return e;
}

gboolean an_substantive(const an_ctx *ctx, const an_msg *m)
{
	return m->inbound && m->human && m->words >= ctx->cfg->substantive_words;
}

static int cmp_double(gconstpointer x, gconstpointer y)
{
	double a = *(const double *)x, b = *(const double *)y;
	return (a > b) - (a < b);
}

double an_median(GArray *values)
{
	if (values->len == 0)
		return NAN;
	g_array_sort(values, cmp_double);
	guint n = values->len;
	double *v = (double *)values->data;
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* an_segment_refs - median recent substantive count per segment: the
 * "typical account of its segment" engagement is compared with.  Accounts
 * with none in the window are left out: a dead account is not typical. */
gboolean an_segment_refs(an_ctx *ctx, GError **error)
{
	if (ctx->segment_ref)
		return TRUE;
	sqlite3_stmt *s = store_stmt(ctx->st,
		"SELECT coalesce(a.segment, ''), count(*) FROM messages m"
		" JOIN accounts a ON a.id = m.account_id"
		" WHERE m.date >= ?1 AND m.date < ?2 AND m.direction = 'inbound'"
		"  AND m.automated = 'none' AND m.forwarded = 0"
		"  AND mp_words(coalesce(m.new_text, m.text)) >= ?3"
		" GROUP BY m.account_id", error);
	if (s == NULL)
		return FALSE;
	sqlite3_bind_int64(s, 1, ctx->cutoff - (gint64)ctx->cfg->health_window_days * AN_DAY);
	sqlite3_bind_int64(s, 2, ctx->cutoff);
	sqlite3_bind_double(s, 3, ctx->cfg->substantive_words);
	GHashTable *lists = g_hash_table_new_full(g_str_hash, g_str_equal, g_free,
	                                          (GDestroyNotify)g_array_unref);
	int rc;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		const char *seg = store_col_text(s, 0);
		GArray *l = g_hash_table_lookup(lists, seg);
		if (l == NULL) {
			l = g_array_new(FALSE, FALSE, sizeof(double));
			g_hash_table_insert(lists, g_strdup(seg), l);
		}
		double n = sqlite3_column_double(s, 1);
		g_array_append_val(l, n);
	}
	sqlite3_reset(s);
	ctx->segment_ref = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
	GHashTableIter it;
	gpointer key, value;
	g_hash_table_iter_init(&it, lists);
	while (g_hash_table_iter_next(&it, &key, &value)) {
		double *median = g_new(double, 1);
		*median = an_median(value);
		g_hash_table_insert(ctx->segment_ref, g_strdup(key), median);
	}
	g_hash_table_destroy(lists);
	return rc == SQLITE_DONE || store_fail(ctx->st, "reading segment engagement", error);
}
