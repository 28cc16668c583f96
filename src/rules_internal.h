/*
 * rules_internal.h - what the three parts of the rules module share.
 *
 * rules_load.c reads and compiles the rule files, rules_match.c splits the
 * new text into sentences and runs the rules (negation, evidence),
 * rules_date.c turns "by Friday" into a date, rules_pcre.c compiles and
 * runs the patterns for all three.  Nothing here is for other
 * modules: they use rules.h.
 */
#ifndef MP_RULES_INTERNAL_H
#define MP_RULES_INTERNAL_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include "rules.h"
#include "scorer.h"

/* A rule's "example:" or "counterexample:" line. */
typedef struct rule_example {
	char *text;
	guint line;
	gboolean must_fire;
} rule_example;

typedef struct mp_rule {
	char *id;
	const char *category; /* interned: compared by pointer */
	char *label;
	char *file;
	guint line;
	double weight;
	mp_side applies;
	gboolean check_negation; /* "negation: check" (the default) */
	pcre2_code *code;
	pcre2_code *unless;  /* a sentence matching this is not a hit; may be NULL */
	GPtrArray *literals; /* words every match contains (rules_prefilter.c); NULL: none */
	GPtrArray *examples; /* rule_example * */
} mp_rule;

typedef struct rules_date_grammar rules_date_grammar;
typedef struct rules_prefilter rules_prefilter;

struct mp_ruleset {
	GPtrArray *rules;          /* mp_rule *, in load order */
	pcre2_match_context *mctx; /* match, depth and heap limits */
	pcre2_code *cue_before;    /* a negation word before the match */
	pcre2_code *cue_after;     /* nicht / pas after the verb */
	pcre2_code *clause_break;  /* where a negation's scope ends */
	pcre2_code *new_subject;   /* a pronoun that starts a new clause */
	rules_date_grammar *dates;
	gboolean competitors_missing;
	char *first_competitor;    /* stands for @competitor in examples */
	rules_prefilter *prefilter; /* which rules can match a sentence */
	mp_scorer *scorer;         /* the sentence scorer, or NULL: rules only */
	mp_scorer *relevance;      /* business or personal (relevance.h), with the scorer */
	double model_weight[MP_SCORER_CATEGORIES]; /* a model hit's weight: its rules' mean */
};

/* rules_compile - compile pattern with the module's options (caseless,
 * UTF, UCP) and JIT when available; NULL with *message and *offset set */
pcre2_code *rules_compile(const char *pattern, char **message, gsize *offset);

/* rules_find - first match of code in subject[0..len) at or after from;
 * FALSE when none or when a limit was hit (the rule simply does not fire) */
gboolean rules_find(const mp_ruleset *rs, const pcre2_code *code, const char *subject,
                    gsize len, gsize from, gsize *start, gsize *end);

/* rules_exec - like rules_find but returns the match data (caller frees
 * it with pcre2_match_data_free), for patterns with capture groups */
pcre2_match_data *rules_exec(const mp_ruleset *rs, const pcre2_code *code,
                             const char *subject, gsize len, gsize from);

/* rules_negation_init - compile the negation patterns into rs */
void rules_negation_init(mp_ruleset *rs);

/* rules_sentences - the text as normalised sentences (char *) */
GPtrArray *rules_sentences(const char *text);

/* rules_sentences_para - the same, and the number of each sentence's
 * paragraph (guint, from 0) appended to para_of when it is not NULL */
GPtrArray *rules_sentences_para(const char *text, GArray *para_of);

/* rules_date_new / rules_date_free - the due-date grammar */
rules_date_grammar *rules_date_new(void);
void rules_date_free(rules_date_grammar *g);

/* rules_due_date - the date a commitment in sentence names, resolved
 * against date (unix time, local calendar), as YYYY-MM-DD; NULL if none.
 * The expression nearest after `anchor` wins, else the last one before. */
char *rules_due_date(const mp_ruleset *rs, const char *sentence, gsize anchor, gint64 date);

/* rules_promise_due - the due date of the promise in sentence (at
 * anchor, made on date) as rules_due_date() gives it, when it names one
 * and is a deadline of ours (rules_commit.c); NULL when not: the one
 * place a commitment signal's due date is found.  call (may be NULL):
 * the promise at anchor is a call, a visit or an introduction, beside
 * which the sentence may promise something else */
char *rules_promise_due(const mp_ruleset *rs, const char *sentence, gsize anchor, gint64 date,
                        gboolean *call);

/* rules_literals - lowercase ASCII words of which every match of pattern
 * contains one (rules_prefilter.c); NULL when none was found */
GPtrArray *rules_literals(const char *pattern);

/* rules_prefilter_new - the automaton over the literals of rules (mp_rule *);
 * rules_prefilter_scan - into may (rules_prefilter_words() guint64s, one
 * bit per rule in load order) the rules that can match sentence s */
rules_prefilter *rules_prefilter_new(const GPtrArray *rules);
void rules_prefilter_free(rules_prefilter *pf);
void rules_prefilter_scan(const rules_prefilter *pf, const char *s, guint64 *may);
guint rules_prefilter_words(const rules_prefilter *pf);

#endif
