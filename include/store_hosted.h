/*
 * store_hosted.h - what hosted mail keeps in the database: journal reports
 * and their envelopes, and how far each IMAP mailbox was backfilled.
 *
 * Every writing function runs inside the caller's transaction
 * (mp_store_begin) and fails with error set (store.h) for the caller to
 * roll back.
 */
#ifndef MP_STORE_HOSTED_H
#define MP_STORE_HOSTED_H

#include <glib.h>
#include <jansson.h>
#include "journal.h"
#include "store.h"

/*
 * mp_store_journal - record one report or routing copy with its outcome
 * ("stored", "duplicate", "skipped", "failed") and reason (may be NULL).
 * For a stored or duplicate message (ex and cls given) its envelope is
 * added to journal_recipients, and the participants a previous report of
 * the same message did not name are added (contacts too): the message is
 * stored once with the union of its recipients.
 */
gboolean mp_store_journal(mp_store *st, const mp_journal *j, const char *outcome,
                          const char *reason, const mp_classification *cls,
                          const mp_extract *ex, GError **error);

/* mp_store_journal_summary - {reports_today, last_report (unix time or
 * null), failures_today, failures, last_failure, last_failure_reason} for
 * `mailpulse status`; since is the start of today */
json_t *mp_store_journal_summary(mp_store *st, gint64 since, GError **error);

/* mp_store_journal_envelope - the journal_recipients of the message with
 * this Message-ID: [{address, field, expanded_from, forwarded_from}] */
json_t *mp_store_journal_envelope(mp_store *st, const char *message_id, GError **error);

/* mp_store_imap_position - UIDVALIDITY and last UID stored of mailbox
 * ("user@host/folder"); both 0 when it was never backfilled */
gboolean mp_store_imap_position(mp_store *st, const char *mailbox, guint64 *uidvalidity,
                                guint64 *last_uid, GError **error);

/* mp_store_imap_advance - remember that every UID up to last_uid of
 * mailbox (at uidvalidity) went through the pipeline; added counts the
 * messages fetched since the last call */
gboolean mp_store_imap_advance(mp_store *st, const char *mailbox, const char *user,
                               guint64 uidvalidity, guint64 last_uid, guint64 added,
                               GError **error);

#endif
