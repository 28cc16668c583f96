/*
 * pipeline.h - parse -> classify -> extract -> store for one message.
 *
 * The one path every message takes, whether it comes from `mailpulse
 * ingest` or from the milter's spool worker.  The pipeline groups messages
 * into transactions of batch_size; mp_pipeline_flush() commits what is
 * pending.  A message that cannot be parsed is reported and skipped; a
 * database error aborts the current batch (rolled back) and is returned so
 * the caller can retry the batch later.
 */
#ifndef MP_PIPELINE_H
#define MP_PIPELINE_H

#include <glib.h>
#include "config.h"
#include "store.h"
#include "parse.h"
#include "rules.h"

typedef enum {
	MP_PIPE_STORED = 0,   /* new message stored */
	MP_PIPE_DUPLICATE,    /* already in the database */
	MP_PIPE_SKIPPED,      /* not customer mail (internal, excluded...) */
	MP_PIPE_BAD_INPUT,    /* could not be parsed: reported, skipped */
	MP_PIPE_DB_ERROR,     /* database failed: batch rolled back */
	MP_PIPE_N_OUTCOMES
} mp_pipe_outcome;

typedef struct mp_pipeline mp_pipeline;

/* mp_pipeline_new - cfg and st must outlive the pipeline */
mp_pipeline *mp_pipeline_new(const mp_config *cfg, mp_store *st, guint batch_size);

/* mp_pipeline_set_rules - the phrase rules to run (NULL: none); the set
 * stays the caller's and must outlive the pipeline's use of it */
void mp_pipeline_set_rules(mp_pipeline *p, const mp_ruleset *rules);

/*
 * mp_pipeline_process - run one raw message through every stage.  env is
 * taken over (freed with the message) and may be NULL for backfill.  origin
 * names where it came from (file path, mbox:offset) for messages and logs.
 * On MP_PIPE_SKIPPED/BAD_INPUT/DB_ERROR *reason (if not NULL) receives a
 * static or allocated explanation in *reason_owned.
 */
mp_pipe_outcome mp_pipeline_process(mp_pipeline *p, const char *data, gsize len,
                                    mp_envelope *env, const char *origin,
                                    char **reason);

/* mp_pipeline_flush - commit the pending batch */
gboolean mp_pipeline_flush(mp_pipeline *p, GError **error);

/* mp_pipeline_count - how many messages ended with this outcome */
guint64 mp_pipeline_count(const mp_pipeline *p, mp_pipe_outcome o);

void mp_pipeline_free(mp_pipeline *p);

const char *mp_pipe_outcome_name(mp_pipe_outcome o);

#endif
