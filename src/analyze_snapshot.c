/*
 * analyze_snapshot.c - one row per account and day: the health trend.
 *
 * SUMMARY
 *	mp_analyze_snapshot() analyses every account (or one AM's) as of a
 *	day, BATCH accounts per transaction: health and components into
 *	snapshots (the row of that day is replaced, so a replay, or a day
 *	interrupted and run again, is idempotent), the day's alerts into the
 *	ledger.  The health_drop alert compares with the
 *	snapshots of the previous HealthWindowDays days, so a backfilled
 *	history is replayed in date order (`mailpulse snapshot --from --to`);
 *	a day with no snapshot is simply unknown in the trend, never guessed.
 *
 * COST
 *	Per account: the four loading queries of analyze_load.c, one for the
 *	history, one upsert per alert; plus one query per day for the segment
 *	references.  bench/ measures a day for 2,500 accounts.
 */
#include "analyze_internal.h"
#include "status.h"

/* Accounts per transaction: the write lock is held a fraction of a second
 * at a time, so the pipeline worker (busy timeout 5 s) never waits long. */
#define BATCH 100

GArray *an_snapshot_history(an_ctx *ctx, gint64 account_id, guint n, GError **error)
{
	GArray *h = g_array_new(FALSE, FALSE, sizeof(int));
	int unknown = -1;
	for (guint i = 0; i < n; i++)
		g_array_append_val(h, unknown);
	sqlite3_stmt *s = store_stmt(ctx->st,
		"SELECT CAST(julianday(?2) - julianday(day) AS INTEGER), health FROM snapshots"
		" WHERE account_id = ?1 AND day < ?2 AND day >= date(?2, '-' || ?3 || ' days')", error);
	if (s == NULL) {
		g_array_unref(h);
		return NULL;
	}
	sqlite3_bind_int64(s, 1, account_id);
	store_bind_text(s, 2, ctx->day);
	sqlite3_bind_int(s, 3, (int)n);
	int rc;
	while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
		int back = sqlite3_column_int(s, 0);
		if (back >= 1 && back <= (int)n && sqlite3_column_type(s, 1) != SQLITE_NULL)
			g_array_index(h, int, n - back) = sqlite3_column_int(s, 1);
	}
	sqlite3_reset(s);
	if (rc != SQLITE_DONE) {
		g_array_unref(h);
		store_fail(ctx->st, "reading snapshots", error);
		return NULL;
	}
	return h;
}

json_t *an_trend_json(an_ctx *ctx, gint64 account_id, guint n, int today, GError **error)
{
	GArray *h = an_snapshot_history(ctx, account_id, n - 1, error);
	if (h == NULL)
		return NULL;
	json_t *trend = json_array();
	for (guint i = 0; i < h->len; i++) {
		int v = g_array_index(h, int, i);
		json_array_append_new(trend, v >= 0 ? json_integer(v) : json_null());
	}
	json_array_append_new(trend, today >= 0 ? json_integer(today) : json_null());
	g_array_unref(h);
	return trend;
}

gboolean an_snapshot_has_day(an_ctx *ctx, const char *am)
{
	sqlite3_stmt *s = store_stmt(ctx->st,
		"SELECT count(*) FROM accounts a WHERE (?1 IS NULL OR a.owner = ?1 COLLATE NOCASE)"
		" AND NOT EXISTS (SELECT 1 FROM snapshots WHERE account_id = a.id AND day = ?2)", NULL);
	if (s == NULL)
		return FALSE;
	store_bind_text(s, 1, am);
	store_bind_text(s, 2, ctx->day);
	gboolean all = sqlite3_step(s) == SQLITE_ROW && sqlite3_column_int64(s, 0) == 0;
	sqlite3_reset(s);
	return all;
}

gboolean an_snapshot_read(an_ctx *ctx, gint64 account_id, int *health, int comp[AN_N_COMPONENTS])
{
	sqlite3_stmt *s = store_stmt(ctx->st,
		"SELECT health, responsiveness, engagement, breadth, sentiment, stability, recency"
		" FROM snapshots WHERE account_id = ?1 AND day = ?2", NULL);
	if (s == NULL)
		return FALSE;
	sqlite3_bind_int64(s, 1, account_id);
	store_bind_text(s, 2, ctx->day);
	gboolean found = sqlite3_step(s) == SQLITE_ROW;
	for (int i = 0; found && i <= AN_N_COMPONENTS; i++) {
		int v = sqlite3_column_type(s, i) == SQLITE_NULL ? -1 : sqlite3_column_int(s, i);
		if (i == 0)
			*health = v;
		else
			comp[i - 1] = v;
	}
	sqlite3_reset(s);
	return found;
}

/* bind_score - a score or NULL */
static void bind_score(sqlite3_stmt *s, int i, int v)
{
	if (v >= 0)
		sqlite3_bind_int(s, i, v);
	else
		sqlite3_bind_null(s, i);
}

/* write_snapshot - the day's row of one account */
static gboolean write_snapshot(an_ctx *ctx, const an_account *a, GError **error)
{
	sqlite3_stmt *s = store_stmt(ctx->st,
		"INSERT OR REPLACE INTO snapshots (account_id, day, health, responsiveness, engagement,"
		" breadth, sentiment, stability, recency, computed_at)"
		" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)", error);
	if (s == NULL)
		return FALSE;
	sqlite3_bind_int64(s, 1, a->id);
	store_bind_text(s, 2, ctx->day);
	bind_score(s, 3, a->health);
	for (int c = 0; c < AN_N_COMPONENTS; c++)
		bind_score(s, 4 + c, a->comp[c]);
	sqlite3_bind_int64(s, 10, store_now());
	return store_step_done(ctx->st, s, "writing a snapshot", error);
}

/* snapshot_account - analyse one account, write its row and alerts */
static gboolean snapshot_account(an_ctx *ctx, gint64 id, GError **error)
{
	an_account *a = an_account_load(ctx, id, error);
	if (a == NULL)
		return FALSE;
	an_health_compute(ctx, a);
	GArray *history = an_snapshot_history(ctx, id, ctx->cfg->health_window_days, error);
	gboolean ok = history != NULL;
	if (ok) {
		GPtrArray *alerts = an_alerts_detect(ctx, a, history);
		ok = write_snapshot(ctx, a, error) && an_ledger_record(ctx, a, alerts, error);
		g_ptr_array_unref(alerts);
		g_array_unref(history);
	}
	an_account_free(a);
	return ok;
}

/* snapshot_batch - accounts [from, to) of ids in one transaction */
static gboolean snapshot_batch(an_ctx *ctx, GArray *ids, guint from, guint to, GError **error)
{
	if (!mp_store_begin(ctx->st, error))
		return FALSE;
	for (guint i = from; i < to; i++)
		if (!snapshot_account(ctx, g_array_index(ids, gint64, i), error)) {
			mp_store_rollback(ctx->st);
			return FALSE;
		}
	return mp_store_commit(ctx->st, error);
}

gboolean mp_analyze_snapshot(mp_store *st, const mp_config *cfg, gint64 as_of,
                             const char *am, guint *accounts, GError **error)
{
	an_ctx ctx;
	an_ctx_init(&ctx, st, cfg, as_of);
	GArray *ids = NULL;
	gboolean ok = an_segment_refs(&ctx, error) && (ids = an_account_ids(&ctx, am, error)) != NULL;
	for (guint i = 0; ok && i < ids->len; i += BATCH)
		ok = snapshot_batch(&ctx, ids, i, MIN(ids->len, i + BATCH), error);
	if (accounts)
		*accounts = ok ? ids->len : 0;
	if (ids)
		g_array_unref(ids);
	an_ctx_clear(&ctx);
	return ok;
}
