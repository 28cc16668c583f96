/*
 * analyze_alerts_signals.c - the alerts phrase rules raise.
 *
 * SUMMARY
 *	an_alerts_from_signals() adds to the day's alerts:
 *	churn_risk, competitor, escalation  customer signals of that category
 *	    within RiskSignalDays whose absolute weights add up to the
 *	    kind's *MinWeight; the sentences are the evidence.
 *	expansion  expansion signals adding up to ExpansionMinWeight, or
 *	    ExpansionQuestions customer questions within RiskSignalDays that
 *	    name one module, add-on, feature, plan or integration; the alert
 *	    names the topic and the people who asked.
 *	advocacy  advocacy signals adding up to AdvocacyMinWeight, with a
 *	    drafted reference / case-study ask quoting the customer.
 *	commitment_overdue  see analyze_commitments.c.
 *
 * TOPICS
 *	A topic is "<one or two words> module|add-on|feature|plan|..." read
 *	from question sentences, leading determiners and adjectives such as
 *	"the", "your", "advanced" and question words dropped, lowercased: "How does the advanced
 *	Forecasting module handle holidays?" is about "forecasting module".
 */
#include <string.h>
#include "analyze_internal.h"

typedef struct risk_kind {
	const char *kind, *title, *next_step;
	size_t min_weight; /* offset of the threshold in mp_config */
	gboolean high;     /* always high severity */
} risk_kind;

static const risk_kind risk_kinds[] = {
	{ "churn_risk", "Churn-risk language", "Call before replying in writing: hear the reason, "
	  "then agree a plan with a date and a named owner on both sides.",
	  G_STRUCT_OFFSET(mp_config, churn_risk_min_weight), TRUE },
	{ "competitor", "A competitor is being considered", "Ask what they are comparing and why now; "
	  "send the comparison that matters to them, not a brochure.",
	  G_STRUCT_OFFSET(mp_config, competitor_min_weight), FALSE },
	{ "escalation", "Escalation", "Acknowledge today, name one owner, and give a date for the "
	  "fix; tell their manager what you are doing before they ask.",
	  G_STRUCT_OFFSET(mp_config, escalation_min_weight), TRUE },
};

/* recent_signals - customer signals of category within RiskSignalDays;
 * *weight: their summed absolute weight */
static GPtrArray *recent_signals(an_ctx *ctx, const an_account *a, const char *category,
                                 double *weight)
{
	gint64 since = ctx->cutoff - (gint64)ctx->cfg->risk_signal_days * AN_DAY;
	GPtrArray *hits = g_ptr_array_new();
	*weight = 0;
	for (guint i = 0; i < a->signals->len; i++) {
		an_signal *g = a->signals->pdata[i];
		if (g->customer && g->date >= since && strcmp(g->category, category) == 0) {
			g_ptr_array_add(hits, g);
			*weight += fabs(g->weight);
		}
	}
	return hits;
}

/* add_signal_evidence - the last five hits as evidence */
static void add_signal_evidence(an_alert *al, GPtrArray *hits)
{
	for (guint i = hits->len > 5 ? hits->len - 5 : 0; i < hits->len; i++) {
		const an_signal *g = hits->pdata[i];
		json_array_append_new(al->evidence, an_evidence(g->date, g->contact, g->evidence, g->message_id));
	}
}

/* rival_names - the rivals the hits name, distinct, in order, as
 * " (Simpro, Joblogic)", or "" when none: a rule that captures a rival
 * ends its label with ": NAME" (rules_match.c); the AM reads whom */
static char *rival_names(GPtrArray *hits)
{
	GString *out = g_string_new(NULL);
	for (guint i = 0; i < hits->len; i++) {
		const an_signal *g = hits->pdata[i];
		const char *colon = g->label && g->rule && strcmp(g->rule, "model") != 0
		                            ? strrchr(g->label, ':') : NULL;
		if (colon == NULL || colon[1] != ' ' || colon[2] == '\0')
			continue;
		char *name = g_strdup_printf("%s%s", out->len ? ", " : " (", colon + 2);
		if (strstr(out->str, name + 2) == NULL)
			g_string_append(out, name);
		g_free(name);
	}
	if (out->len)
		g_string_append_c(out, ')');
	return g_string_free(out, FALSE);
}

/* risks - churn_risk, competitor, escalation */
static void risks(an_ctx *ctx, an_account *a, GPtrArray *out)
{
	for (guint k = 0; k < G_N_ELEMENTS(risk_kinds); k++) {
		const risk_kind *rk = &risk_kinds[k];
		double min = G_STRUCT_MEMBER(double, ctx->cfg, rk->min_weight), weight;
		GPtrArray *hits = recent_signals(ctx, a, rk->kind, &weight);
		if (hits->len && weight >= min) {
			gboolean high = rk->high || weight >= 2 * min ||
			                (a->days_to_renewal >= 0 && a->days_to_renewal <= 90);
			an_alert *al = an_alert_new(rk->kind, NULL, high ? "high" : "medium", weight);
			const an_signal *last = hits->pdata[hits->len - 1];
			char *names = strcmp(rk->kind, "competitor") == 0 ? rival_names(hits)
			                                                   : g_strdup("");
			al->title = g_strdup_printf("%s%s from %s: %u sentence%s in %u days", rk->title,
			                            names, last->contact ? last->contact : a->name,
			                            hits->len, hits->len == 1 ? "" : "s",
			                            ctx->cfg->risk_signal_days);
			g_free(names);
			add_signal_evidence(al, hits);
			al->next_step = g_strdup(rk->next_step);
			g_ptr_array_add(out, al);
		}
		g_ptr_array_unref(hits);
	}
}

/* skipped - a word that never names a topic */
static gboolean skipped(const char *word)
{
	static const char *const skip[] = {
		"the", "your", "this", "that", "a", "an", "our", "new", "advanced", "premium",
		"which", "what", "any", "other", "its", "their", "of", "about", "on", "for", "to",
		"does", "do", "did", "can", "could", "how", "is", "are", "will", "would", "when",
		"where", "why", "who", "in", "with", "and", "or", "my", "his", "her", "same", "there",
		"it", "we", "you", "they", "be", "by", "from", "at", "as", "if", "so", "some",
	};
	if (word == NULL || *word == '\0')
		return TRUE;
	for (guint j = 0; j < G_N_ELEMENTS(skip); j++)
		if (g_ascii_strcasecmp(word, skip[j]) == 0)
			return TRUE;
	return FALSE;
}

/* topic_of - the first topic a question sentence names, or NULL (see
 * TOPICS): the word just before the keyword must be a name */
static char *topic_of(const GRegex *re, const char *sentence)
{
	GMatchInfo *mi = NULL;
	char *topic = NULL;
	g_regex_match(re, sentence, 0, &mi);
	while (topic == NULL && g_match_info_matches(mi)) {
		char *w1 = g_match_info_fetch(mi, 1), *w2 = g_match_info_fetch(mi, 2);
		char *kw = g_match_info_fetch(mi, 3);
		if (!skipped(w2)) {
			char *t = skipped(w1) ? g_strdup_printf("%s %s", w2, kw)
			                      : g_strdup_printf("%s %s %s", w1, w2, kw);
			topic = g_utf8_strdown(t, -1);
			g_free(t);
		}
		g_free(w1);
		g_free(w2);
		g_free(kw);
		g_match_info_next(mi, NULL);
	}
	g_match_info_free(mi);
	return topic;
}

typedef struct topic_count {
	guint questions;
	GPtrArray *people; /* char *, distinct */
	const an_msg *first;
} topic_count;

static void topic_count_free(gpointer p)
{
	topic_count *tc = p;
	g_ptr_array_unref(tc->people);
	g_free(tc);
}

/* count_question - one question sentence of m about a topic */
static void count_question(GHashTable *topics, char *topic, const an_msg *m)
{
	topic_count *tc = g_hash_table_lookup(topics, topic);
	if (tc == NULL) {
		tc = g_new0(topic_count, 1);
		tc->people = g_ptr_array_new_with_free_func(g_free);
		tc->first = m;
		g_hash_table_insert(topics, topic, tc);
	} else {
		g_free(topic);
	}
	tc->questions++;
	char *who = an_person(m->from_name, m->from);
	gboolean known = FALSE;
	for (guint i = 0; i < tc->people->len && !known; i++)
		known = strcmp(tc->people->pdata[i], who) == 0;
	if (known)
		g_free(who);
	else
		g_ptr_array_add(tc->people, who);
}

/* question_topics - topic -> topic_count over customer questions since */
static GHashTable *question_topics(const an_account *a, gint64 since)
{
	GHashTable *topics = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, topic_count_free);
	GRegex *re = g_regex_new("(?:\\b([\\w-]+)\\s+)?\\b([\\w-]+)\\s+(module|add-on|addon|feature|"
	                         "plan|tier|edition|package|integration|connector|api)s?\\b",
	                         G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, NULL);
	for (guint i = 0; i < a->msgs->len; i++) {
		const an_msg *m = a->msgs->pdata[i];
		if (m->date < since || !m->inbound || !m->human || !m->question)
			continue;
		/* each sentence ending in '?' */
		const char *start = m->text;
		for (const char *p = m->text; *p; p++) {
			if (*p != '?' && *p != '.' && *p != '!' && *p != '\n')
				continue;
			if (*p == '?') {
				char *sentence = g_strndup(start, p - start);
				char *topic = topic_of(re, sentence);
				if (topic)
					count_question(topics, topic, m);
				g_free(sentence);
			}
			start = p + 1;
		}
	}
	g_regex_unref(re);
	return topics;
}

/* people_list - "Ann Lee <ann@x>, Dan Roe <dan@x>" */
static char *people_list(GPtrArray *people)
{
	GString *s = g_string_new(NULL);
	for (guint i = 0; i < people->len; i++)
		g_string_append_printf(s, "%s%s", i ? ", " : "", (char *)people->pdata[i]);
	return g_string_free(s, FALSE);
}

/* expansion - expansion language, or many questions about one topic */
static void expansion(an_ctx *ctx, an_account *a, GPtrArray *out)
{
	double weight;
	GPtrArray *hits = recent_signals(ctx, a, "expansion", &weight);
	GHashTable *topics = question_topics(a, ctx->cutoff - (gint64)ctx->cfg->risk_signal_days * AN_DAY);
	const char *best = NULL;
	topic_count *tc = NULL;
	GHashTableIter it;
	gpointer k, v;
	g_hash_table_iter_init(&it, topics);
	while (g_hash_table_iter_next(&it, &k, &v))
		if (tc == NULL || ((topic_count *)v)->questions > tc->questions) {
			best = k;
			tc = v;
		}
	gboolean by_questions = tc && tc->questions >= ctx->cfg->expansion_questions;
	if (by_questions || (hits->len && weight >= ctx->cfg->expansion_min_weight)) {
		an_alert *al = an_alert_new("expansion", by_questions ? best : "",
		                            a->arr >= 100000 ? "high" : "medium",
		                            by_questions ? tc->questions : weight);
		if (by_questions) {
			char *people = people_list(tc->people);
			al->title = g_strdup_printf("Expansion: %u questions about the %s in %u days from %s",
			                            tc->questions, best, ctx->cfg->risk_signal_days, people);
			json_array_append_new(al->evidence, an_evidence(tc->first->date, tc->people->pdata[0],
			                      tc->first->subject, tc->first->message_id));
			al->next_step = g_strdup_printf("Offer %s a demo of the %s with a quote for adding it.",
			                                people, best);
			g_free(people);
		} else {
			const an_signal *last = hits->pdata[hits->len - 1];
			al->title = g_strdup_printf("Expansion moment: %s (%s)", last->label ? last->label : "expansion",
			                            last->contact ? last->contact : a->name);
			al->next_step = g_strdup_printf("Reply within a day with options and prices, and offer "
			                                "a call with %s.", last->contact ? last->contact : "them");
		}
		add_signal_evidence(al, hits);
		g_ptr_array_add(out, al);
	}
	g_hash_table_destroy(topics);
	g_ptr_array_unref(hits);
}

/* advocacy_draft - a reference / case-study ask quoting what they said */
static char *advocacy_draft(const an_account *a, const an_signal *g)
{
	const char *who = g->contact ? g->contact : "";
	size_t n = strcspn(who, " <@");
	char *first = n ? g_strndup(who, n) : g_strdup("there");
	char *draft = g_strdup_printf(
		"Hi %s,\n\n"
		"Thank you for telling us: \"%s\". That is exactly the kind of result we hope for, "
		"and it is great to hear it from you.\n\n"
		"Would you be open to sharing it? Either a short case study (a 30-minute interview; "
		"we write it up and you approve every word before anything is published), or being "
		"a reference for one or two companies like %s who are considering us. Whichever suits "
		"you, or neither: thank you either way.\n\n"
		"Best regards,", first, g->evidence, a->name);
	g_free(first);
	return draft;
}

/* advocacy - praise or results worth a reference ask */
static void advocacy(an_ctx *ctx, an_account *a, GPtrArray *out)
{
	double weight;
	GPtrArray *hits = recent_signals(ctx, a, "advocacy", &weight);
	if (hits->len && weight >= ctx->cfg->advocacy_min_weight) {
		/* the strongest hit is the one to quote */
		const an_signal *best = hits->pdata[0];
		for (guint i = 1; i < hits->len; i++)
			if (((an_signal *)hits->pdata[i])->weight > best->weight)
				best = hits->pdata[i];
		an_alert *al = an_alert_new("advocacy", NULL, "medium", weight);
		al->title = g_strdup_printf("Advocacy moment: %s (%s)", best->label ? best->label : "praise",
		                            best->contact ? best->contact : a->name);
		add_signal_evidence(al, hits);
		al->next_step = g_strdup_printf("Thank %s and ask for a reference or a case study "
		                                "(draft below).", best->contact ? best->contact : "them");
		al->draft = advocacy_draft(a, best);
		g_ptr_array_add(out, al);
	}
	g_ptr_array_unref(hits);
}

/* followed_up - a human message of ours in thread after t */
static gboolean followed_up(const an_account *a, gint64 thread, gint64 t)
{
	for (guint i = 0; i < a->msgs->len; i++) {
		const an_msg *m = a->msgs->pdata[i];
		if (m->thread_id == thread && !m->inbound && m->human && m->date > t)
			return TRUE;
	}
	return FALSE;
}

json_t *an_expansion_topics_json(const an_account *a, gint64 since)
{
	json_t *out = json_array();
	GHashTable *topics = question_topics(a, since);
	GHashTableIter it;
	gpointer k, v;
	g_hash_table_iter_init(&it, topics);
	while (g_hash_table_iter_next(&it, &k, &v)) {
		topic_count *tc = v;
		char *people = people_list(tc->people);
		json_array_append_new(out, json_pack("{s:s, s:i, s:s}", "topic", (char *)k,
		                      "questions", (int)tc->questions, "people", people));
		g_free(people);
	}
	g_hash_table_destroy(topics);
	for (guint i = 0; i < a->signals->len; i++) {
		const an_signal *g = a->signals->pdata[i];
		if (g->customer && g->date >= since && strcmp(g->category, "expansion") == 0)
			json_array_append_new(out, json_pack("{s:s, s:i, s:s?, s:s}", "topic",
			                      g->label ? g->label : g->rule, "questions", 0, "people",
			                      g->contact, "evidence", g->evidence));
	}
	return out;
}

gboolean an_followed_up(const an_account *a, gint64 thread, gint64 t)
{
	return followed_up(a, thread, t);
}

void an_alerts_from_signals(an_ctx *ctx, an_account *a, GPtrArray *out)
{
	risks(ctx, a, out);
	expansion(ctx, a, out);
	advocacy(ctx, a, out);
	an_commitments(ctx, a, out);
}
