/*
 * relevance.h - is a message between people at a customer and people
 * here about our business with them, or personal? (issue 15)
 *
 * A linear model over the message's subject and new text (the sentence
 * scorer's hashed features, score_features.c; one category, "personal"),
 * trained by tools/train_relevance from labelled messages written by
 * independent writers (data/relevance).  Personal mail (a fantasy league,
 * a sympathy note, a job interview, lunch among friends) is stored and
 * searchable but is no account evidence: no signal, alert or health.
 */
#ifndef MP_RELEVANCE_H
#define MP_RELEVANCE_H

#include <glib.h>
#include "scorer.h"

/* mp_relevance_load - the model at path (score_model.c's format, kind
 * "relevance"); NULL with error set as mp_scorer_load */
mp_scorer *mp_relevance_load(const char *path, GError **error);

/* mp_relevance_features - the features of a message (trainer and run
 * time alike): its subject and new text as one text, first words only */
void mp_relevance_features(mp_featurizer *fz, const char *subject, const char *text,
                           const char *lang, mp_side writer, mp_features *f);

/* mp_relevance_personal - the probability that the message is personal
 * (lang: its language, mp_lang_detect) */
double mp_relevance_personal(mp_scorer *model, const char *subject, const char *text,
                             const char *lang, mp_side writer);

/* mp_relevance_threshold - the probability from which a message is
 * taken as personal (data/relevance/threshold.conf, copied into the model) */
double mp_relevance_threshold(const mp_scorer *model);

#endif
