/*
 * rules_model.c - the sentence scorer joined to a rule set.
 *
 * SUMMARY
 *	mp_rules_use_model() loads a model (score_model.c) into a loaded
 *	rule set, which owns it from then on: the model is loaded once per
 *	process with the rules and reloaded with them (SIGHUP).  A model hit
 *	carries the mean weight of its category's rules (their sign says
 *	risk or opportunity), or DEFAULT_WEIGHT's when the set has none.
 *	How the two combine is in rules_match.c: a rule forces its category
 *	or vetoes it (a negated match, an "unless" sentence); the model adds
 *	a category no rule fired or vetoed when its score passes the
 *	category's threshold.
 *
 *	The business-or-personal model (relevance.h) is installed beside
 *	the scorer's (relevance.model in the same directory) and loaded with
 *	it: both judge what the mail says, and a process that reads phrase
 *	signals reads them only from business mail.
 *
 * DIAGNOSTICS
 *	mp_scorer_load()'s: a missing or corrupt model (either) leaves the
 *	rule set as it was and says which file and why.
 */
#include <string.h>
#include "relevance.h"
#include "rules_internal.h"

/* The weight of a model hit in a category without rules. */
static const double default_weight[MP_SCORER_CATEGORIES] = {
	2, 2, -3, -2, -1, -2, 1, 2,
};

gboolean mp_rules_use_model(mp_ruleset *rs, const char *path, GError **error)
{
	mp_scorer *sc = mp_scorer_load(path, error);
	if (sc == NULL)
		return FALSE;
	char *dir = g_path_get_dirname(path);
	char *rel_path = g_build_filename(dir, "relevance.model", NULL);
	mp_scorer *rel = mp_relevance_load(rel_path, error);
	g_free(rel_path);
	g_free(dir);
	if (rel == NULL) {
		mp_scorer_free(sc);
		return FALSE;
	}
	const char *const *cats = mp_rules_categories();
	for (guint c = 0; c < MP_SCORER_CATEGORIES; c++) {
		double sum = 0;
		guint n = 0;
		for (guint i = 0; i < rs->rules->len; i++) {
			const mp_rule *r = rs->rules->pdata[i];
			if (strcmp(r->category, cats[c]) == 0)
				sum += r->weight, n++;
		}
		rs->model_weight[c] = n ? sum / n : default_weight[c];
	}
	mp_scorer_free(rs->scorer);
	rs->scorer = sc;
	mp_scorer_free(rs->relevance);
	rs->relevance = rel;
	return TRUE;
}

mp_scorer *mp_rules_relevance(const mp_ruleset *rs)
{
	return rs ? rs->relevance : NULL;
}

const mp_scorer *mp_rules_model(const mp_ruleset *rs)
{
	return rs ? rs->scorer : NULL;
}
