/*
 * worker.h - the pipeline worker: drains SpoolDir/new into the database.
 *
 * A separate process (started and supervised by mailpulse-milter), so that
 * a message that crashes the parser costs a worker restart, never the mail
 * path.  It takes the oldest spool files in batches, runs each through the
 * same pipeline as `mailpulse ingest`, commits, and only then deletes the
 * files of the batch: a crash at any point replays the batch, and replaying
 * is idempotent.  When the database is locked, read-only or the disk is
 * full, it backs off and retries; the spool grows meanwhile, mail flows.
 *
 * With Workers N, worker i takes the spool files whose name hashes to i
 * modulo N: they parse in parallel and commit one at a time (SQLite has
 * one writer), and no file is ever seen by two workers.
 *
 * Before each message it names it in SpoolDir/worker.<i>.inflight and arms a
 * WorkerTimeout alarm.  If the process dies of a fault signal or of that
 * alarm, the supervisor calls mp_worker_quarantine_inflight(), which moves
 * the message to SpoolDir/quarantine; a kill -9 is not the message's fault
 * and quarantines nothing.
 *
 * Its state (idle, draining, backoff and why, last commit) is in
 * SpoolDir/worker.<i>.state for `mailpulse status`.
 */
#ifndef MP_WORKER_H
#define MP_WORKER_H

#include <signal.h>
#include <glib.h>
#include "config.h"
#include "rules.h"

/* Per worker i (0 .. Workers-1): SpoolDir/worker.<i>.state and .inflight,
 * and .held while the hold hook below holds a batch */
#define MP_WORKER_STATE "state"
#define MP_WORKER_INFLIGHT "inflight"
#define MP_WORKER_HELD "held"

/* Test hook (debug_crash_on_marker_header in worker.c): when this
 * environment variable names a header, the worker abort()s, as a parser
 * crash would, on each message carrying that header.  Read by the worker
 * only, for the tests of quarantine (tests/e2e/T050-quarantine.sh); never
 * set in production.  Documented in mailpulse-milter(8), ENVIRONMENT. */
#define MP_DEBUG_CRASH_HEADER_ENV "MAILPULSE_DEBUG_CRASH_HEADER"

/* Test hook (debug_hold_batch in worker.c): when this environment variable
 * is a number N > 0, the worker stops inside each batch before its commit,
 * once N of its messages (or all of a smaller batch) have gone through the
 * pipeline into the open transaction: it writes SpoolDir/worker.<i>.held
 * ("pid P" and one "file NAME" line per message held) and waits until that
 * file is removed (or it is told to stop), then goes on and commits.  A
 * test kills it exactly there (tests/e2e/T030-kill-worker.sh) instead of
 * hoping that a kill lands mid-batch.  Read once, when the worker starts;
 * never set in production.  Documented in mailpulse-milter(8). */
#define MP_DEBUG_HOLD_BATCH_ENV "MAILPULSE_DEBUG_HOLD_BATCH"

/* mp_worker_run - worker `index` of cfg->workers: drain until *stop
 * becomes non-zero, running the phrase rules (NULL: none); returns the
 * exit status for the process */
int mp_worker_run(const mp_config *cfg, const mp_ruleset *rules, guint index,
                  const volatile sig_atomic_t *stop);

/* mp_worker_quarantine_inflight - move the message the worker was on when
 * it died to quarantine; returns its name (caller frees) or NULL */
char *mp_worker_quarantine_inflight(const char *spool_dir, guint index);

/* mp_worker_read_state - SpoolDir/worker.<index>.state as key -> value
 * (free with g_hash_table_unref); NULL if absent */
GHashTable *mp_worker_read_state(const char *spool_dir, guint index);

#endif
