/*
 * analyze.h - account intelligence: health, momentum, alerts, snapshots,
 * the account brief, the digest and portfolio models.
 *
 * Analysis reads what the pipeline stored (messages with their new text
 * and automated kind, phrase-rule signals, contact events) and never
 * changes it.  It writes only its own tables (schema version 3:
 * snapshots, alerts, snoozes).  Every function takes as_of: the analysis
 * day is the UTC date of as_of (0: now), and the data it sees is the mail
 * dated before the end of that day (before as_of itself when as_of is not
 * a midnight), so a backfilled history can be replayed day by day.
 *
 * The models are jansson documents (the caller owns the reference); the
 * digest and portfolio models follow DIGEST-MODEL (the contract with
 * src/deliver_*.c); every string in them may hold anything a customer
 * wrote: renderers escape, the model never does.
 *
 * DIAGNOSTICS: functions return NULL/FALSE with error set (MP_ERROR; the
 * store's codes: MP_ERR_TEMPFAIL when the database is busy), or
 * MP_ERR_DATA for an unknown account name.
 */
#ifndef MP_ANALYZE_H
#define MP_ANALYZE_H

#include <glib.h>
#include <jansson.h>
#include "config.h"
#include "store.h"

/*
 * mp_analyze_snapshot - compute health, components and alerts of every
 * account (or only those owned by am, when not NULL) as of the day of
 * as_of, store them in snapshots and alerts (one transaction), and set
 * *accounts to the number of accounts done.  Running it again for the same
 * day replaces that day's rows: idempotent.
 */
gboolean mp_analyze_snapshot(mp_store *st, const mp_config *cfg, gint64 as_of,
                             const char *am, guint *accounts, GError **error);

/*
 * mp_analyze_digest_model - the digest of one AM (DIGEST-MODEL): that AM's
 * accounts ranked by stake, each with health, trend, components, momentum
 * and its current alerts ("new" when not sent before, or worse since).
 * Snapshots the AM's accounts first when the day has none; on a read-only
 * store the snapshot is computed into private copies (mp_store_shadow) and
 * nothing is stored.
 */
json_t *mp_analyze_digest_model(mp_store *st, const mp_config *cfg, const char *am,
                                gint64 as_of, GError **error);

/*
 * mp_analyze_mark_sent - record that the alerts marked "new" in model (a
 * digest model) were delivered on its as_of day, so the next digest shows
 * them as not new until they worsen.  Call it after the digest was sent.
 */
gboolean mp_analyze_mark_sent(mp_store *st, json_t *model, GError **error);

/* mp_analyze_portfolio_model - the portfolio (`mailpulse report`), see
 * DIGEST-MODEL; snapshots every account first when the day has none (on a
 * read-only store, in memory only, as for the digest) */
json_t *mp_analyze_portfolio_model(mp_store *st, const mp_config *cfg, gint64 as_of,
                                   GError **error);

/*
 * mp_analyze_account_brief - `mailpulse account NAME`: health and trend,
 * components, momentum, contacts with title, status and DISC hint,
 * signals of the last 90 days, open commitments, expansion topics, last
 * substantive exchange, renewal date, ARR and current alerts.  Read-only:
 * it uses the day's snapshot when there is one and computes live when not.
 */
json_t *mp_analyze_account_brief(mp_store *st, const mp_config *cfg, const char *name,
                                 gint64 as_of, GError **error);

/* mp_analyze_snooze - no alerts for account until the day `until`
 * (YYYY-MM-DD); until NULL lifts the snooze */
gboolean mp_analyze_snooze(mp_store *st, const char *account, const char *until,
                           GError **error);

/* mp_analyze_list_snoozes - [{account, until}] of snoozes not yet over */
json_t *mp_analyze_list_snoozes(mp_store *st, gint64 as_of, GError **error);

/* mp_analyze_day - "YYYY-MM-DD" of as_of (0: today), UTC; caller frees */
char *mp_analyze_day(gint64 as_of);

/* mp_analyze_sparkline - a text sparkline (U+2581..U+2588, a space for
 * null) of a JSON array of numbers 0-100 or null; caller frees */
char *mp_analyze_sparkline(json_t *values);

#endif
