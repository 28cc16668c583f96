/*
 * relevance.c - business or personal: the message-level model (see
 * relevance.h).
 *
 * SUMMARY
 *	mp_relevance_personal() featurises the subject and the new text of a
 *	message written by a person (the same hashed stems, word pairs and
 *	flags as the sentence scorer, as one text) and returns the model's
 *	probability that it is personal; extract_signals.c compares it with
 *	mp_relevance_threshold().  The model is a one-category scorer model
 *	(score_model.c, kind "relevance"), loaded once with the phrase rules
 *	(rules_model.c) and installed beside them as relevance.model.
 *
 * WHY A MODEL
 *	Word lists missed what a reader sees at once: personal mail is full
 *	of business words ("call me", "the company picnic", "my interview
 *	with your HR team") and short business mail has none ("Let's plan on
 *	4pm").  A model trained on such pairs weighs every word against the
 *	others.  The threshold is high on purpose: a business message taken
 *	as personal is lost evidence, a personal one kept is one more message.
 *
 * DIAGNOSTICS
 *	None here: loading errors are mp_scorer_load_kind()'s.
 */
#include <string.h>
#include "relevance.h"

#define RELEVANCE_TEXT_BYTES 2048 /* the words the features read come first */

static const char *const relevance_categories[] = { "personal", NULL };

mp_scorer *mp_relevance_load(const char *path, GError **error)
{
	return mp_scorer_load_kind(path, "relevance", relevance_categories, error);
}

void mp_relevance_features(mp_featurizer *fz, const char *subject, const char *text,
                           const char *lang, mp_side writer, mp_features *f)
{
	GString *all = g_string_new(subject ? subject : "");
	g_string_append(all, "\n");
	if (text)
		g_string_append_len(all, text, (gssize)strnlen(text, RELEVANCE_TEXT_BYTES));
	mp_sentence_ctx ctx = { lang, writer, "new", 0, 0 };
	mp_features_extract(fz, all->str, &ctx, f);
	g_string_free(all, TRUE);
}

double mp_relevance_personal(mp_scorer *model, const char *subject, const char *text,
                             const char *lang, mp_side writer)
{
	mp_features f = { .n = 0 };
	mp_relevance_features(mp_scorer_featurizer(model), subject, text, lang, writer, &f);
	double prob[MP_SCORER_CATEGORIES];
	mp_scorer_score(model, &f, prob);
	return prob[0];
}

double mp_relevance_threshold(const mp_scorer *model)
{
	return mp_scorer_threshold(model, 0);
}
