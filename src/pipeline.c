/*
 * pipeline.c - parse -> classify -> extract -> store, in batches.
 *
 * SUMMARY
 *	mp_pipeline_process() runs one message through every stage.  Messages
 *	are grouped into transactions of batch_size: committing per message
 *	would cost an fsync each (tens per second); a batch of a few hundred
 *	makes the database the cheap part of ingest.  The transaction opens
 *	lazily with the first message worth storing, so a run of skipped mail
 *	takes no write lock.  Only headers are parsed before classification:
 *	most of an archive is not customer mail (internal, newsletters, spam)
 *	and its bodies are never decoded.  A stored message then goes through
 *	the signal stages (mp_extract_signals: automated mail, new text, the
 *	phrase rules set with mp_pipeline_set_rules) before the store.
 *	Mail in CaptureMode headers-only is parsed whole (delivery reports are
 *	in the body) and stripped of its text, and of what came from it,
 *	before the store sees it.
 *	The parse step is mp_journal_parse(): a journal report or a routing
 *	copy (journal.h) goes on as the original message with the report's
 *	envelope, and every report is recorded (store_hosted.h) in the
 *	transaction of its message, whatever became of it.
 *
 * FAILURES
 *	Bad input never stops the pipeline: the message is counted as
 *	BAD_INPUT and the caller reports it (the worker quarantines it); a
 *	journal report that cannot be unwrapped is such input, never stored
 *	as a message of its own.  A database error rolls back the
 *	current batch and is returned as DB_ERROR; the caller decides whether
 *	to retry (the milter's worker keeps the spool files of the batch, which
 *	is why it deletes them only after mp_pipeline_flush() succeeds).
 */
#include "pipeline.h"
#include "classify.h"
#include "extract.h"
#include "journal.h"
#include "log.h"
#include "store_hosted.h"
#include "status.h"

struct mp_pipeline {
	const mp_config *cfg;
	mp_store *store;
	mp_classifier *classifier;
	const mp_ruleset *rules;  /* the caller's; NULL: no phrase rules */
	guint batch_size;
	guint pending;      /* messages written in the open transaction */
	guint64 counts[MP_PIPE_N_OUTCOMES];
};

mp_pipeline *mp_pipeline_new(const mp_config *cfg, mp_store *st, guint batch_size)
{
	mp_parse_init();
	mp_pipeline *p = g_new0(mp_pipeline, 1);
	p->cfg = cfg;
	p->store = st;
	p->classifier = mp_classifier_new(cfg);
	p->batch_size = batch_size ? batch_size : 1;
	return p;
}

void mp_pipeline_set_rules(mp_pipeline *p, const mp_ruleset *rules)
{
	p->rules = rules;
}

/* store_one - write a classified message (and the journal report it came
 * in, if any), opening a transaction if needed */
static mp_pipe_outcome store_one(mp_pipeline *p, const mp_message *msg,
                                 const mp_classification *cls, const mp_journal *journal,
                                 const char *origin, char **reason)
{
	GError *error = NULL;
	if (p->pending == 0 && !mp_store_begin(p->store, &error))
		goto db_error;
	mp_extract *ex = mp_extract_run(msg, cls);
	/* headers-only: no phrase rule ever reads the text */
	mp_extract_signals(ex, msg, cls, p->classifier,
	                   cls->capture_mode == MP_CAPTURE_FULL ? p->rules : NULL);
	if (cls->capture_mode == MP_CAPTURE_HEADERS_ONLY)
		mp_extract_headers_only(ex);
	mp_store_outcome stored = MP_STORED_NEW;
	gboolean ok = mp_store_message(p->store, p->cfg, msg, cls, ex, origin, &stored, &error);
	if (ok && journal)
		ok = mp_store_journal(p->store, journal, stored == MP_STORED_DUPLICATE ? "duplicate"
		                      : "stored", NULL, cls, ex, &error);
	mp_extract_free(ex);
	if (!ok) {
		mp_store_rollback(p->store);
		p->pending = 0;
		goto db_error;
	}
	p->pending++;
	if (p->pending >= p->batch_size && !mp_pipeline_flush(p, &error))
		goto db_error;
	return stored == MP_STORED_DUPLICATE ? MP_PIPE_DUPLICATE : MP_PIPE_STORED;

db_error:
	if (reason)
		*reason = g_strdup(error->message);
	g_error_free(error);
	return MP_PIPE_DB_ERROR;
}

/* note_journal - record a journal report that stored nothing (skipped,
 * failed) in the batch's transaction; FALSE on a database error */
static gboolean note_journal(mp_pipeline *p, const mp_journal *journal, const char *outcome,
                             const char *why, char **reason)
{
	GError *error = NULL;
	if ((p->pending == 0 && !mp_store_begin(p->store, &error)) ||
	    !mp_store_journal(p->store, journal, outcome, why, NULL, NULL, &error)) {
		if (p->pending > 0)
			mp_store_rollback(p->store);
		p->pending = 0;
		if (reason) {
			g_free(*reason);
			*reason = g_strdup(error->message);
		}
		g_error_free(error);
		return FALSE;
	}
	p->pending++;
	return TRUE;
}

mp_pipe_outcome mp_pipeline_process(mp_pipeline *p, const char *data, gsize len,
                                    mp_envelope *env, const char *origin, char **reason)
{
	GError *error = NULL;
	mp_pipe_outcome outcome;
	if (reason)
		*reason = NULL;
	mp_journal *journal = NULL;
	mp_message *msg = mp_journal_parse(p->cfg, data, len, env, &journal, &error);
	if (msg == NULL) {
		if (reason)
			*reason = g_strdup(error->message);
		outcome = journal && !note_journal(p, journal, "failed", error->message, reason)
		          ? MP_PIPE_DB_ERROR : MP_PIPE_BAD_INPUT;
		g_error_free(error);
		mp_journal_free(journal);
		p->counts[outcome]++;
		return outcome;
	}
	mp_classification *cls = mp_classify(p->classifier, msg);
	mp_journal_adjust_roles(journal, cls);
	if (cls->direction != MP_DIRECTION_NONE && mp_journal_skip_reason(msg) != NULL) {
		cls->direction = MP_DIRECTION_NONE;
		cls->skip_reason = mp_journal_skip_reason(msg);
	}
	if (cls->direction == MP_DIRECTION_NONE) {
		if (reason)
			*reason = g_strdup(cls->skip_reason);
		outcome = journal && !note_journal(p, journal, "skipped", cls->skip_reason, reason)
		          ? MP_PIPE_DB_ERROR : MP_PIPE_SKIPPED;
	} else {
		if (cls->participants_dropped) /* one line per message, never one per address */
			mp_notice("%s: %u participants past MaximumParticipants (%u) not stored",
			          origin ? origin : "-", cls->participants_dropped,
			          p->cfg->maximum_participants);
		mp_parse_body(msg);
		outcome = store_one(p, msg, cls, journal, origin, reason);
	}
	mp_journal_free(journal);
	mp_debug("%s: %s (%s)", origin ? origin : "-", mp_pipe_outcome_name(outcome),
	         mp_direction_name(cls->direction));
	mp_classification_free(cls);
	mp_message_free(msg);
	p->counts[outcome]++;
	return outcome;
}

gboolean mp_pipeline_flush(mp_pipeline *p, GError **error)
{
	if (p->pending == 0)
		return TRUE;
	p->pending = 0;
	return mp_store_commit(p->store, error);
}

guint64 mp_pipeline_count(const mp_pipeline *p, mp_pipe_outcome o)
{
	return o < MP_PIPE_N_OUTCOMES ? p->counts[o] : 0;
}

void mp_pipeline_free(mp_pipeline *p)
{
	if (p == NULL)
		return;
	if (p->pending)
		mp_store_rollback(p->store);
	mp_classifier_free(p->classifier);
	g_free(p);
}

const char *mp_pipe_outcome_name(mp_pipe_outcome o)
{
	static const char *const names[] = { "stored", "duplicate", "skipped", "bad input",
	                                     "database error" };
	G_STATIC_ASSERT(G_N_ELEMENTS(names) == MP_PIPE_N_OUTCOMES);
	return o < MP_PIPE_N_OUTCOMES ? names[o] : "?";
}
