/*
 * analyze_disc.c - a DISC communication-style hint per contact.
 *
 * SUMMARY
 *	an_disc_json() reads only what the contact wrote themselves (the new
 *	text of their human messages in the lookback window: no quotes, no
 *	signatures) and how fast they reply, and returns
 *	  {style: "D"|"I"|"S"|"C"|null, scores: {d, i, s, c} (shares that add
 *	   up to 100) | null, words, confidence: "none"|"low"|"normal",
 *	   tip: one line | null}
 *	or null when DiscProfiles is off.  Below DiscMinWords words there are
 *	no scores (confidence "none"); below DiscConfidentWords they are "low".
 *
 * METHOD (docs/signals.md "DISC style")
 *	Four cue counts per 100 words, plus form:
 *	  D (dominance): directive and urgency words (need, must, asap, decide,
 *	    deadline, results ...); short sentences; fast replies.
 *	  I (influence): enthusiasm and social words (excited, love, great,
 *	    amazing, team ...); exclamation marks.
 *	  S (steadiness): courtesy and support words (thank, appreciate,
 *	    please, help, understand, sorry ...); slow, even replies.
 *	  C (conscientiousness): precision words (data, details, exactly,
 *	    specifically, confirm, documentation ...); numbers; long sentences
 *	    and questions.
 *	Each cue family starts at 1 so an absent cue is not a zero, and the
 *	four are shared out to 100.  It is a hint for how to write to someone,
 *	never a fact about them: text-based personality inference agrees with
 *	questionnaires at r ~ 0.2-0.4 at best.
 */
#include <string.h>
#include "analyze_internal.h"

typedef struct disc_lexicon {
	int style; /* 0 D, 1 I, 2 S, 3 C */
	const char *word; /* lowercase prefix of a word */
} disc_lexicon;

static const disc_lexicon lexicon[] = {
	{ 0, "need" }, { 0, "must" }, { 0, "asap" }, { 0, "immediately" }, { 0, "deadline" },
	{ 0, "decide" }, { 0, "decision" }, { 0, "result" }, { 0, "bottom" }, { 0, "now" },
	{ 0, "urgent" }, { 0, "priorit" }, { 0, "quick" }, { 0, "fix" }, { 0, "expect" },
	{ 0, "today" }, { 0, "goal" }, { 0, "win" },
	{ 1, "excit" }, { 1, "love" }, { 1, "great" }, { 1, "amazing" }, { 1, "awesome" },
	{ 1, "fun" }, { 1, "thrill" }, { 1, "fantastic" }, { 1, "wonderful" }, { 1, "happy" },
	{ 1, "team" }, { 1, "everyone" }, { 1, "share" }, { 1, "idea" }, { 1, "cool" },
	{ 2, "thank" }, { 2, "appreciat" }, { 2, "please" }, { 2, "help" }, { 2, "support" },
	{ 2, "together" }, { 2, "comfortable" }, { 2, "hope" }, { 2, "sorry" }, { 2, "understand" },
	{ 2, "patien" }, { 2, "kind" }, { 2, "steady" }, { 2, "calm" },
	{ 3, "data" }, { 3, "detail" }, { 3, "specific" }, { 3, "accura" }, { 3, "document" },
	{ 3, "process" }, { 3, "exact" }, { 3, "confirm" }, { 3, "verif" }, { 3, "analys" },
	{ 3, "criteria" }, { 3, "spec" }, { 3, "complian" }, { 3, "version" }, { 3, "precise" },
	{ 3, "check" }, { 3, "correct" },
};

static const char *const styles[] = { "D", "I", "S", "C" };
static const char *const tips[] = {
	"Lead with the bottom line and the decision you need from them; keep it short.",
	"Be warm and personal; tell the story and who is involved, then the details.",
	"Give them time and reassurance, and a clear step-by-step plan with no surprises.",
	"Send the facts, figures and details in writing; be precise and let them check.",
};

/* count_cues - add the cues of one text to cue[4]; words, sentences out */
static void count_cues(const char *text, double cue[4], guint *words, guint *sentences)
{
	char **tokens = g_strsplit_set(text, " \t\r\n", -1);
	for (char **t = tokens; *t; t++) {
		if (**t == '\0')
			continue;
		char *low = g_utf8_strdown(*t, -1);
		const char *w = low + strspn(low, "\"'(*");
		(*words)++;
		for (guint i = 0; i < G_N_ELEMENTS(lexicon); i++)
			if (g_str_has_prefix(w, lexicon[i].word)) {
				cue[lexicon[i].style] += 1;
				break;
			}
		if (g_ascii_isdigit(*w))
			cue[3] += 0.5;
		g_free(low);
	}
	g_strfreev(tokens);
	for (const char *p = text; *p; p++) {
		if (*p == '!')
			cue[1] += 1;
		if (*p == '?')
			cue[3] += 0.5;
		if (*p == '.' || *p == '!' || *p == '?')
			(*sentences)++;
	}
}

json_t *an_disc_json(an_ctx *ctx, const an_account *a, const an_contact *c)
{
	const mp_config *cfg = ctx->cfg;
	if (!cfg->disc_profiles)
		return json_null();
	double cue[4] = { 0, 0, 0, 0 };
	guint words = 0, sentences = 0;
	for (guint i = 0; i < a->msgs->len; i++) {
		const an_msg *m = a->msgs->pdata[i];
		if (m->inbound && m->human && m->text && m->from && g_ascii_strcasecmp(m->from, c->address) == 0)
			count_cues(m->text, cue, &words, &sentences);
	}
	if (words < cfg->disc_min_words)
		return json_pack("{s:n, s:n, s:i, s:s, s:n}", "style", "scores", "words", (int)words,
		                 "confidence", "none", "tip");
	/* per 100 words, each family starting at 1 */
	for (int k = 0; k < 4; k++)
		cue[k] = 1 + 100.0 * cue[k] / words;
	double per_sentence = (double)words / MAX(sentences, 1);
	if (per_sentence < 12)
		cue[0] += 1.5;
	else if (per_sentence > 20)
		cue[3] += 1.5;
	double hours = an_reply_hours(a, 0, ctx->cutoff, c->address, NULL);
	if (!isnan(hours) && hours < 2)
		cue[0] += 1, cue[1] += 0.5;
	else if (!isnan(hours) && hours > 24)
		cue[2] += 1, cue[3] += 0.5;
	double total = cue[0] + cue[1] + cue[2] + cue[3];
	int best = 0;
	for (int k = 1; k < 4; k++)
		if (cue[k] > cue[best])
			best = k;
	json_t *scores = json_pack("{s:i, s:i, s:i, s:i}", "d", (int)lround(100 * cue[0] / total),
	                           "i", (int)lround(100 * cue[1] / total), "s", (int)lround(100 * cue[2] / total),
	                           "c", (int)lround(100 * cue[3] / total));
	return json_pack("{s:s, s:o, s:i, s:s, s:s}", "style", styles[best], "scores", scores,
	                 "words", (int)words, "confidence", words < cfg->disc_confident_words ? "low" : "normal",
	                 "tip", tips[best]);
}
