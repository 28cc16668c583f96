/*
 * scorer.h - the learned sentence scorer beside the phrase rules (issue 16).
 *
 * A sentence becomes a set of hashed features (score_features.c):
 * Snowball stems of its words and word pairs in its language, the rule
 * categories that fire or are vetoed on it, and context flags (who
 * writes, question, negation scope, first person plural, future or
 * conditional, the block it stands in).  A linear model per category
 * (logistic regression trained by tools/train_scorer with LIBLINEAR)
 * turns them into a probability per category (score_model.c); the rules
 * force or veto, the model adds what they miss above a per-category
 * threshold (rules_match.c).
 */
#ifndef MP_SCORER_H
#define MP_SCORER_H

#include <glib.h>
#include "rules.h"

#define MP_SCORER_CATEGORIES 8   /* as mp_rules_categories(), in order */
#define MP_SCORER_BITS 17        /* the hashed feature table: 2^17 slots */
#define MP_SCORER_SLOTS (1u << MP_SCORER_BITS)
#define MP_SCORER_MAX_FEATURES 512

/* What a sentence is known by besides its words. */
typedef struct mp_sentence_ctx {
	const char *lang;    /* "en" ... (mp_lang_detect) */
	mp_side side;        /* who wrote it */
	const char *block;   /* "new", "quoted", "forwarded", "signature", "disclaimer" */
	guint rule_fired;    /* bit i: a rule of category i fires on it */
	guint rule_vetoed;   /* bit i: a rule of category i matched but was negated or vetoed */
} mp_sentence_ctx;

typedef struct mp_features {
	guint32 slot[MP_SCORER_MAX_FEATURES]; /* distinct, ascending, < MP_SCORER_SLOTS */
	guint n;
	GPtrArray *names; /* when asked for: the feature names, slot order (char *) */
} mp_features;

typedef struct mp_featurizer mp_featurizer;

/* mp_featurizer_new - the stemmers of every language; one per process
 * or thread (a Snowball stemmer keeps state) */
mp_featurizer *mp_featurizer_new(void);
void mp_featurizer_free(mp_featurizer *fz);

/*
 * mp_features_extract - the features of one sentence into f (f->names
 * filled when f->names is not NULL on entry).  Only the first
 * MP_SCORER_MAX_FEATURES distinct features count: a long sentence costs
 * bounded time.
 */
void mp_features_extract(mp_featurizer *fz, const char *sentence, const mp_sentence_ctx *ctx,
                         mp_features *f);

/* mp_features_worth_scoring - the cheap filter: 3 to 80 words with
 * letters in them (greetings, sign-offs and tables are never signals) */
gboolean mp_features_worth_scoring(const char *sentence);

typedef struct mp_scorer mp_scorer;

/*
 * mp_scorer_load - the model file at path (format in score_model.c);
 * NULL with error set (MP_ERR_NOINPUT when missing, MP_ERR_DATA when
 * corrupt, truncated or of another version), naming the file and how to
 * make it.
 */
mp_scorer *mp_scorer_load(const char *path, GError **error);

/* mp_scorer_load_kind - a model of another kind ("relevance": one per
 * message, relevance.h) with its own categories (at most
 * MP_SCORER_CATEGORIES); errors as mp_scorer_load */
mp_scorer *mp_scorer_load_kind(const char *path, const char *kind,
                               const char *const *categories, GError **error);
void mp_scorer_free(mp_scorer *sc);

/* mp_scorer_save - write a model (the trainer); weights are
 * [slot][category], thresholds per category; FALSE with error set */
gboolean mp_scorer_save(const char *path, const float *weights, const double *thresholds,
                        const char *provenance, GError **error);
gboolean mp_scorer_save_kind(const char *path, const char *kind, const char *const *categories,
                             const float *weights, const double *thresholds,
                             const char *provenance, GError **error);

/* mp_scorer_score - the probability per category of the features */
void mp_scorer_score(const mp_scorer *sc, const mp_features *f, double prob[MP_SCORER_CATEGORIES]);

/* mp_scorer_threshold - the score at which category i fires (> 1: never) */
double mp_scorer_threshold(const mp_scorer *sc, guint category);

/* mp_scorer_featurizer - the scorer's own featurizer */
mp_featurizer *mp_scorer_featurizer(mp_scorer *sc);

/* mp_scorer_top_features - the n features of f that push category i the
 * most, as "name (+0.83)" strings (f->names must be filled) */
GPtrArray *mp_scorer_top_features(const mp_scorer *sc, const mp_features *f, guint category,
                                  guint n);

/* mp_scorer_describe - "model v1, 2^17 slots, <provenance>" */
const char *mp_scorer_provenance(const mp_scorer *sc);

/*
 * mp_rules_use_model - load the model at path into rs (rs owns it); from
 * then on mp_rules_match() adds the model's hits where the rules miss.
 * FALSE with error set (mp_scorer_load's) and rs unchanged on failure.
 */
gboolean mp_rules_use_model(mp_ruleset *rs, const char *path, GError **error);

/* mp_rules_relevance - the business-or-personal model loaded with the
 * scorer's (relevance.h), or NULL */
mp_scorer *mp_rules_relevance(const mp_ruleset *rs);

/* mp_rules_model - the model in use, or NULL */
const mp_scorer *mp_rules_model(const mp_ruleset *rs);

/* Why a sentence did or did not signal (`rules test`, `inspect`). */
typedef struct mp_sentence_report {
	char *sentence;
	const char *lang;    /* its paragraph's language when sure, else the message's */
	guint rule_fired;    /* bit per category, as mp_sentence_ctx */
	guint rule_vetoed;
	gboolean scored;     /* the model ran on it (model loaded, filter passed) */
	double prob[MP_SCORER_CATEGORIES];
	guint model_fired;   /* categories the model raises on it */
	GPtrArray *top[MP_SCORER_CATEGORIES]; /* "feature (+w)" per category, or NULL */
} mp_sentence_report;

/* mp_rules_explain - one report per sentence of text (top: features
 * kept per category) */
GPtrArray *mp_rules_explain(const mp_ruleset *rs, const char *text, mp_side author, guint top);
void mp_sentence_report_free(gpointer report);

#endif
