/*
 * rules.h - stage 3 (extract): phrase rules over a message's new text.
 *
 * Rules live in RulesDir, in files named *.rules (format in
 * docs/rules.md): a category (expansion, advocacy, churn_risk,
 * competitor, pricing, escalation, commitment, renewal ...), an id, a weight, who it applies to (customer,
 * us, anyone), a PCRE2 pattern and a human label.  Every pattern is
 * compiled once, JIT when available, and matched with match and depth
 * limits so a hostile message cannot stall the worker.  Negated sentences
 * ("we are not planning to cancel") do not fire.  Competitor names come
 * from the Competitors config key.
 *
 * A rule set is immutable once loaded: the worker loads a new one on
 * SIGHUP and keeps the old one if the new one has errors.
 */
#ifndef MP_RULES_H
#define MP_RULES_H

#include <glib.h>

typedef enum {
	MP_SIDE_CUSTOMER = 1 << 0, /* the author is on the customer side */
	MP_SIDE_US = 1 << 1,       /* the author works at our company */
	MP_SIDE_ANYONE = MP_SIDE_CUSTOMER | MP_SIDE_US,
} mp_side;

typedef struct mp_rule_hit {
	char *category;    /* "expansion" ... */
	char *rule;        /* rule id, unique within the set */
	char *label;       /* human label of the rule */
	double weight;     /* signed: negative for risk */
	char *evidence;    /* the sentence that matched, trimmed */
	char *due_date;    /* commitment: YYYY-MM-DD when one is named, or NULL */
	char *rival;       /* what the rule captured as (?<rival>...), also the
	                      end of the label; NULL when none */
} mp_rule_hit;

typedef struct mp_ruleset mp_ruleset;

/*
 * mp_rules_load - compile every *.rules file in dir.  competitors (may be
 * NULL) names competitor products/companies for the competitor category.
 * On any error returns NULL and sets error to every problem found, one
 * "FILE:LINE: message" per line (PCRE2's own message for a bad pattern).
 */
mp_ruleset *mp_rules_load(const char *dir, const GPtrArray *competitors, GError **error);
void mp_rules_free(mp_ruleset *rs);
guint mp_rules_count(const mp_ruleset *rs);

/* What `mailpulse rules check` shows of one rule (pointers owned by rs). */
typedef struct mp_rule_info {
	const char *category;
	const char *rule;
	const char *label;
	double weight;
	mp_side applies;
	const char *file; /* the file it was read from, as found in dir */
	guint line;       /* the line of its first field */
} mp_rule_info;

/* mp_rules_get - rule i (0 <= i < mp_rules_count) in load order */
void mp_rules_get(const mp_ruleset *rs, guint i, mp_rule_info *info);

/* mp_rules_categories - the known categories, NULL-terminated */
const char *const *mp_rules_categories(void);

/* mp_rules_competitors_missing - some rule names @competitors while the
 * Competitors list is empty, so that rule can never fire */
gboolean mp_rules_competitors_missing(const mp_ruleset *rs);

/*
 * mp_rules_selftest - run every rule's "example:" lines (must fire the
 * rule) and "counterexample:" lines (must not); FALSE with error set to
 * every failure as "FILE:LINE: message".  Examples naming @competitor are
 * skipped when the Competitors list is empty.  *checked gets the number
 * of examples run.
 */
gboolean mp_rules_selftest(const mp_ruleset *rs, guint *checked, GError **error);

/*
 * mp_rules_match - every hit in text (the new text of one message) for an
 * author on side `author`; date (unix time) anchors relative due dates
 * ("by Friday", "next week").  At most one hit per rule per message.
 * Returns mp_rule_hit * (the array frees them); never NULL.
 */
GPtrArray *mp_rules_match(const mp_ruleset *rs, const char *text, mp_side author,
                          gint64 date);

void mp_rule_hit_free(gpointer hit);

/*
 * mp_rules_commitment_owed - a sentence that promises is a deadline of
 * ours: it does not open by delivering, date a validity, ask the customer,
 * make an offer on their word, invite to a meeting, or ask a question
 * (rules_commit.c).  mp_rules_match() keeps a commitment only when this
 * holds and a due date is named.
 */
gboolean mp_rules_commitment_owed(const char *sentence);

#endif
