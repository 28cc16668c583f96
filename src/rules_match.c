/*
 * rules_match.c - run the phrase rules over a message's new text.
 *
 * SUMMARY
 *	mp_rules_match() normalises the new text (typographic apostrophes to
 *	"'", no-break spaces to spaces, runs of spaces to one), splits it into
 *	sentences and tries every rule that applies to the author's side on
 *	each sentence.  A rule fires at most once per message; within one
 *	category the first rule in load order that fires on a sentence wins,
 *	so a specific rule placed before a general one is not doubled by it.
 *	The evidence is the sentence, cut to about EVIDENCE_MAX characters
 *	around the match.  Commitments get a due date (rules_date.c).
 *
 * SENTENCES
 *	Blank lines and list items ("- ", "* ", "1. ") end a paragraph; other
 *	line breaks inside a paragraph are wraps and become spaces; a short
 *	greeting line ending in ',' stands alone.  A paragraph is cut after
 *	'.', '!', '?' or '...' followed by a space, except after an
 *	abbreviation ("e.g.", "z.B.", "Dr."), an initial, a one- or two-digit
 *	number ("am 15. März") or before a lowercase word.  A sentence longer
 *	than MAX_SENTENCE bytes is cut at a space, and only the first MAX_TEXT
 *	bytes of a message are read: a hostile message costs bounded time.
 *
 * NEGATION
 *	Unless a rule says "negation: ignore", a match does not count when its
 *	clause negates it: a negation word (not, n't, no, never, without, ne,
 *	n', pas, jamais, aucun, sans, nicht, kein..., nie, ohne; and the
 *	alternative not taken: instead of, rather than, au lieu de, statt) within the
 *	PRE_WINDOW_WORDS words before the match, after the last clause break
 *	(, ; : dash, but, mais, aber ...) and with no new subject (we, I, nous,
 *	wir ...) between the negation and the end of the match; or "nicht", "pas",
 *	"jamais" within POST_WINDOW_WORDS words after it ("wir kündigen
 *	nicht").  "not only", "no doubt", "pas mal", "nicht nur" do not negate;
 *	a subject after think/believe/sure/that/que/dass stays in scope ("I
 *	don't think we will renew").  The search then goes on after the
 *	negated match, so a later plain match in the text still fires.
 *
 * UNLESS
 *	A rule's optional "unless" pattern vetoes a whole sentence: "we'll
 *	renew it" is no contract renewal in a sentence about a certificate,
 *	"kündigen" no churn in one about a newsletter.  The veto is per
 *	sentence, so the same rule still fires on another sentence.
 */
#include <string.h>
#include "lang.h"
#include "rules_internal.h"
#include "status.h"

#define MAX_TEXT (256 * 1024)
#define MAX_SENTENCE 1000
#define EVIDENCE_MAX 300
#define PRE_WINDOW_WORDS 7
#define POST_WINDOW_WORDS 3
#define GREETING_MAX 40

static const char CUE_BEFORE[] =
	"\\b(?:not(?!\\s+(?:only|just|least)\\b)"
	"|no(?!\\s+(?:doubt|question|matter|problem)\\b)"
	"|never|neither|nor|none|nothing|nobody|cannot|unlikely"
	"|without(?!\\s+(?:a\\s+)?doubt\\b)"
	"|ne|jamais|aucune?|sans(?!\\s+(?:aucun\\s+)?doute\\b)"
	"|pas(?!\\s+(?:mal|seulement|que|forcément)\\b)"
	"|nicht(?!\\s+nur\\b)|kein(?:e|en|em|er|es)?|nie|niemals|ohne(?!\\s+zweifel\\b)"
	"|keinesfalls|keineswegs)\\b"
	/* "an extension instead of a retender": the alternative not taken */
	"|\\b(?:instead\\s+of|rather\\s+than|au\\s+lieu\\s+d(?:e|u|es|')|plutôt\\s+que"
	"|(?:an)?statt|anstelle)\\b"
	"|n't\\b|\\bn'(?=\\w)";

static const char CUE_AFTER[] =
	"\\b(?:nicht(?!\\s+nur\\b)|pas(?!\\s+(?:mal|seulement|que)\\b)|jamais"
	"|keinesfalls|niemals|nie)\\b";

static const char CLAUSE_BREAK[] =
	"[;:()\\[\\]\\x{2013}\\x{2014}]|,(?!\\s*(?:dass|daß|that|que)\\b)(?!\\s*qu')|\\s-\\s"
	"|\\b(?:but|however|although|though|whereas|unless|mais|cependant|pourtant"
	"|toutefois|sinon|aber|jedoch|sondern|sonst|obwohl)\\b";

static const char NEW_SUBJECT[] =
	"(?<!think )(?<!believe )(?<!expect )(?<!suppose )(?<!imagine )(?<!guess )"
	"(?<!sure )(?<!that )(?<!que )(?<!dass )(?<!daß )"
	"\\b(?:we|i|they|he|she|nous|je|ils|elles?|wir|ich)\\b";

static const char *const abbreviations[] = {
	"mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "vs", "etc", "e.g", "i.e",
	"eg", "ie", "approx", "ca", "cf", "inc", "ltd", "co", "corp", "dept", "no",
	"nr", "tel", "fax", "z.b", "zb", "bzw", "usw", "ggf", "evtl", "inkl", "d.h",
	"u.a", "hr", "fr", "mme", "mlle", "env", "p.ex", "jan", "feb", "mar", "apr",
	"jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "okt", "dez",
};

/* compile_fixed - one of the module's own patterns; a bug if it fails */
static pcre2_code *compile_fixed(const char *pattern)
{
	char *message = NULL;
	gsize offset = 0;
	pcre2_code *code = rules_compile(pattern, &message, &offset);
	if (code == NULL)
		g_error("rules: built-in pattern fails at %zu: %s", offset, message);
	return code;
}

/* rules_negation_init - the negation patterns, compiled once per set */
void rules_negation_init(mp_ruleset *rs)
{
	rs->cue_before = compile_fixed(CUE_BEFORE);
	rs->cue_after = compile_fixed(CUE_AFTER);
	rs->clause_break = compile_fixed(CLAUSE_BREAK);
	rs->new_subject = compile_fixed(NEW_SUBJECT);
}

/* append_normalized - c in the form the rules see, spaces collapsed */
static void append_normalized(GString *out, gunichar c)
{
	switch (c) {
	case 0x2018: case 0x2019: case 0x02BC: case 0x2032:
		c = '\'';
		break;
	case 0x200B: case 0x200C: case 0x200D: case 0xFEFF: case 0x00AD:
		return; /* invisible: would split words for the patterns */
	default:
		if (c < 0x20 || c == 0x7F || c == 0x00A0 || c == 0x202F ||
		    (c >= 0x2000 && c <= 0x200A))
			c = ' ';
	}
	if (c == ' ' && (out->len == 0 || out->str[out->len - 1] == ' '))
		return;
	g_string_append_unichar(out, c);
}

/* is_list_item - "- x", "* x", "• x", "1. x", "2) x" */
static gboolean is_list_item(const char *line)
{
	if (g_str_has_prefix(line, "\xe2\x80\xa2") || /* bullet */
	    ((line[0] == '-' || line[0] == '*') && line[1] == ' '))
		return TRUE;
	const char *p = line;
	while (g_ascii_isdigit(*p))
		p++;
	return p > line && p - line <= 2 && (*p == '.' || *p == ')') && p[1] == ' ';
}

/* is_abbreviation - the word that ends at a '.' is not a sentence end */
static gboolean is_abbreviation(const char *p, gsize start, gsize dot)
{
	gsize b = dot;
	while (b > start && p[b - 1] != ' ' && p[b - 1] != '(' && p[b - 1] != '"')
		b--;
	gsize n = dot - b;
	if (n == 0 || n > 8)
		return FALSE;
	gboolean digits = TRUE;
	for (gsize i = b; i < dot; i++)
		digits = digits && g_ascii_isdigit(p[i]);
	if ((digits && n <= 2) || (n == 1 && g_ascii_isalpha(p[b])))
		return TRUE;
	char *word = g_ascii_strdown(p + b, (gssize)n);
	gboolean found = FALSE;
	for (guint i = 0; i < G_N_ELEMENTS(abbreviations) && !found; i++)
		found = strcmp(word, abbreviations[i]) == 0;
	g_free(word);
	return found;
}

/* emit - add p[a..b) trimmed as a sentence */
static void emit(GPtrArray *out, const char *p, gsize a, gsize b)
{
	while (a < b && p[a] == ' ')
		a++;
	while (b > a && p[b - 1] == ' ')
		b--;
	if (b > a)
		g_ptr_array_add(out, g_strndup(p + a, b - a));
}

/* sentence_end - where the sentence ending with the terminator at i stops
 * (after closing punctuation), or 0 when it does not end there */
static gsize sentence_end(const char *p, gsize n, gsize start, gsize i)
{
	gboolean ellipsis = strncmp(p + i, "\xe2\x80\xa6", 3) == 0;
	gboolean dot = p[i] == '.' || ellipsis;
	gsize j = i + (ellipsis ? 3 : 1);
	while (j < n && strchr(".!?\"')]", p[j]))
		j++;
	if (j < n && p[j] != ' ')
		return 0; /* 3.5, example.com, "?!" inside a word */
	if (p[i] == '.' && j == i + 1 && is_abbreviation(p, start, i))
		return 0;
	gsize k = j;
	while (k < n && p[k] == ' ')
		k++;
	if (dot && k < n && g_ascii_islower(p[k]))
		return 0;
	return j;
}

/* split_paragraph - the sentences of one normalised paragraph */
static void split_paragraph(const char *p, GPtrArray *out)
{
	gsize n = strlen(p), start = 0;
	for (gsize i = 0; i < n; i++) {
		if (i - start >= MAX_SENTENCE && (p[i] & 0xC0) != 0x80) {
			gsize cut = i;
			while (cut > start && p[cut] != ' ')
				cut--;
			if (cut == start)
				cut = i;
			emit(out, p, start, cut);
			start = cut;
		}
		if (p[i] != '.' && p[i] != '!' && p[i] != '?' && (guchar)p[i] != 0xe2)
			continue;
		if ((guchar)p[i] == 0xe2 && strncmp(p + i, "\xe2\x80\xa6", 3) != 0)
			continue;
		gsize end = sentence_end(p, n, start, i);
		if (end == 0)
			continue;
		emit(out, p, start, end);
		start = end;
		i = end - 1;
	}
	emit(out, p, start, n);
}

/* flush - the paragraph so far into sentences; para_of (when not NULL)
 * gets the paragraph's number for each */
static void flush(GString *para, GPtrArray *out, GArray *para_of, guint *paras)
{
	guint before = out->len;
	if (para->len)
		split_paragraph(para->str, out);
	g_string_truncate(para, 0);
	for (guint i = before; para_of && i < out->len; i++)
		g_array_append_val(para_of, *paras);
	*paras += out->len > before;
}

/* rules_sentences - see rules_internal.h */
GPtrArray *rules_sentences(const char *text)
{
	return rules_sentences_para(text, NULL);
}

/* rules_sentences_para - see rules_internal.h */
GPtrArray *rules_sentences_para(const char *text, GArray *para_of)
{
	guint paras = 0;
	gsize len = strlen(text);
	if (len > MAX_TEXT) {
		len = MAX_TEXT;
		while (len > 0 && ((guchar)text[len] & 0xC0) == 0x80)
			len--;
	}
	char *valid = g_utf8_make_valid(text, (gssize)len);
	GPtrArray *out = g_ptr_array_new_with_free_func(g_free);
	GString *para = g_string_new(NULL);
	char **lines = g_strsplit(valid, "\n", -1);
	for (char **l = lines; *l; l++) {
		char *line = g_strstrip(*l);
		if (*line == '\0' || is_list_item(line))
			flush(para, out, para_of, &paras);
		if (*line == '\0')
			continue;
		gboolean first = para->len == 0;
		if (!first)
			g_string_append_c(para, ' ');
		for (const char *c = line; *c; c = g_utf8_next_char(c))
			append_normalized(para, g_utf8_get_char(c));
		if (first && g_str_has_suffix(line, ",") && g_utf8_strlen(line, -1) <= GREETING_MAX)
			flush(para, out, para_of, &paras);
	}
	flush(para, out, para_of, &paras);
	g_strfreev(lines);
	g_string_free(para, TRUE);
	g_free(valid);
	return out;
}

/* words_back - the offset `words` words before pos (not before 0) */
static gsize words_back(const char *s, gsize pos, int words)
{
	while (words-- > 0 && pos > 0) {
		while (pos > 0 && s[pos - 1] == ' ')
			pos--;
		while (pos > 0 && s[pos - 1] != ' ')
			pos--;
	}
	return pos;
}

/* words_forward - the offset `words` words after pos */
static gsize words_forward(const char *s, gsize len, gsize pos, int words)
{
	while (words-- > 0 && pos < len) {
		while (pos < len && s[pos] == ' ')
			pos++;
		while (pos < len && s[pos] != ' ')
			pos++;
	}
	return pos;
}

/* negated_before - a negation word governs the match from its left: no
 * subject pronoun between them or inside the match ("...isn't fixed, we
 * will cancel" starts a new clause at "we") */
static gboolean negated_before(const mp_ruleset *rs, const char *s, gsize start, gsize end)
{
	gsize from = words_back(s, start, PRE_WINDOW_WORDS), a, b;
	/* Neither pattern can match empty, so each search moves on. */
	while (rules_find(rs, rs->clause_break, s, start, from, &a, &b))
		from = b;
	gsize cue_end = 0;
	gboolean cue = FALSE;
	while (rules_find(rs, rs->cue_before, s, start, from, &a, &b)) {
		cue = TRUE;
		cue_end = from = b;
	}
	return cue && !rules_find(rs, rs->new_subject, s, end, cue_end, &a, &b);
}

/* negated_after - "wir kündigen nicht", "on ne résilie pas" */
static gboolean negated_after(const mp_ruleset *rs, const char *s, gsize end)
{
	gsize len = strlen(s);
	gsize limit = words_forward(s, len, end, POST_WINDOW_WORDS), a, b;
	if (rules_find(rs, rs->clause_break, s, limit, end, &a, &b))
		limit = a;
	return rules_find(rs, rs->cue_after, s, limit, end, &a, &b);
}

/* Verdict of one rule on one sentence. */
typedef enum { RULE_NO, RULE_FIRES, RULE_VETOED } rule_verdict;

/* rule_fires - first match of r in sentence s that is not negated, in a
 * sentence its "unless" pattern does not match; RULE_VETOED when the
 * pattern matched but only negated or in an "unless" sentence */
static rule_verdict rule_fires(const mp_ruleset *rs, const mp_rule *r, const char *s,
                               gsize *start, gsize *end)
{
	gsize len = strlen(s), from = 0, a, b;
	gboolean matched = FALSE;
	/* the pattern first: an unless pattern reads the whole sentence, and
	 * most sentences that reach here do not match the rule anyway */
	if (!rules_find(rs, r->code, s, len, 0, start, end))
		return RULE_NO;
	if (r->unless && rules_find(rs, r->unless, s, len, 0, &a, &b))
		return RULE_VETOED;
	while (rules_find(rs, r->code, s, len, from, start, end)) {
		matched = TRUE;
		if (!r->check_negation ||
		    (!negated_before(rs, s, *start, *end) && !negated_after(rs, s, *end)))
			return RULE_FIRES;
		from = *end > from ? *end : from + 1;
		while (from < len && ((guchar)s[from] & 0xC0) == 0x80)
			from++;
	}
	return matched ? RULE_VETOED : RULE_NO;
}

/* evidence - the sentence, or EVIDENCE_MAX characters of it around the
 * match, cut at spaces, with "..." where it was cut */
static char *evidence(const char *s, gsize ms, gsize me)
{
	glong total = g_utf8_strlen(s, -1);
	if (total <= EVIDENCE_MAX)
		return g_strdup(s);
	glong cs = g_utf8_pointer_to_offset(s, s + ms), ce = g_utf8_pointer_to_offset(s, s + me);
	glong from = cs, to = cs + EVIDENCE_MAX;
	if (ce - cs < EVIDENCE_MAX) {
		glong margin = (EVIDENCE_MAX - (ce - cs)) / 2;
		from = cs - margin;
		to = ce + margin;
		if (from < 0)
			to -= from, from = 0;
		if (to > total)
			from -= to - total, to = total;
		from = MAX(from, 0);
	}
	const char *a = g_utf8_offset_to_pointer(s, from);
	const char *b = g_utf8_offset_to_pointer(s, MIN(to, total));
	if (from > 0) {
		const char *sp = strchr(a, ' ');
		if (sp && sp < s + ms)
			a = sp + 1;
	}
	if (to < total) {
		const char *p = b;
		while (p > s + me && *p != ' ')
			p--;
		if (p > s + me)
			b = p;
	}
	return g_strdup_printf("%s%.*s%s", from > 0 ? "\xe2\x80\xa6" : "", (int)(b - a), a,
	                       to < total ? "\xe2\x80\xa6" : "");
}

/* rival_name - what the match of r at ms captured as (?<rival>...): the
 * name of a competitor no one configured ("we're looking at
 * ServiceTitan"), carried in the hit's label; NULL when none.  The
 * reported start ms may lie after the pattern's own start (\K keeps the
 * subject out of the negation check), so matches are walked from the
 * sentence's start to the one that reports ms. */
static char *rival_name(const mp_ruleset *rs, const mp_rule *r, const char *s, gsize ms)
{
	/* the match that reported ms: it may begin before ms (\K) */
	gsize len = strlen(s), from = 0;
	pcre2_match_data *md;
	while ((md = rules_exec(rs, r->code, s, len, from)) != NULL) {
		PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
		if (ov[0] >= ms || ov[1] <= from)
			break;
		from = ov[1];
		pcre2_match_data_free(md);
	}
	if (md == NULL)
		return NULL;
	PCRE2_UCHAR *name = NULL;
	PCRE2_SIZE n = 0;
	char *out = NULL;
	if (pcre2_substring_get_byname(md, (PCRE2_SPTR) "rival", &name, &n) == 0) {
		out = n ? g_strndup((const char *)name, n) : NULL;
		pcre2_substring_free(name);
	}
	pcre2_match_data_free(md);
	return out;
}

/* new_hit - a hit of r on sentence s; due (taken) the due date of a
 * commitment, found once by rules_promise_due() */
static mp_rule_hit *new_hit(const mp_ruleset *rs, const mp_rule *r, const char *s,
                            gsize ms, gsize me, char *due)
{
	mp_rule_hit *h = g_new0(mp_rule_hit, 1);
	h->category = g_strdup(r->category);
	h->rule = g_strdup(r->id);
	h->label = g_strdup(r->label);
	h->weight = r->weight;
	h->evidence = evidence(s, ms, me);
	h->due_date = due;
	char *name = rival_name(rs, r, s, ms);
	if (name) {
		char *label = g_strdup_printf("%s: %s", h->label, name);
		g_free(h->label);
		h->label = label;
		h->rival = name;
	}
	return h;
}

/* category_index - the position of an interned category in
 * mp_rules_categories() (the scorer's order) */
static guint category_index(const char *category)
{
	const char *const *cats = mp_rules_categories();
	for (guint i = 0; cats[i]; i++)
		if (strcmp(cats[i], category) == 0)
			return i;
	return 0;
}

/* sentence_rules - the rules on one sentence: new hits into hits (a rule
 * fires once per message: fired), and the categories fired or vetoed;
 * unowed (may be NULL): a commitment rule matched a promise, not a call,
 * that names no due date or owes nothing by one (rules_promise_due()) */
static void sentence_rules(const mp_ruleset *rs, const char *s, mp_side author, gint64 date,
                           const mp_rule *only, gboolean *fired, GPtrArray *hits,
                           guint *fired_mask, guint *veto_mask, guint *unowed)
{
	*fired_mask = *veto_mask = 0;
	if (unowed)
		*unowed = 0;
	/* the rules that can match s at all (rules_prefilter.c): most
	 * sentences contain none of most rules' words */
	guint64 may[rules_prefilter_words(rs->prefilter)];
	rules_prefilter_scan(rs->prefilter, s, may);
	for (guint i = 0; i < rs->rules->len; i++) {
		const mp_rule *r = rs->rules->pdata[i];
		guint bit = 1u << category_index(r->category);
		gsize ms, me;
		/* within one category the first rule that fires wins */
		if ((only && r != only) || !(r->applies & author) || (*fired_mask & bit) ||
		    !(may[i / 64] & (G_GUINT64_CONSTANT(1) << (i % 64))))
			continue;
		rule_verdict v = rule_fires(rs, r, s, &ms, &me);
		if (v == RULE_VETOED)
			*veto_mask |= bit;
		if (v != RULE_FIRES)
			continue;
		/* a promise with no due date, or no deadline of ours, is no
		 * commitment signal (rules_commit.c); a rule's own examples
		 * (only) test the pattern alone */
		char *due = NULL;
		gboolean call = FALSE;
		if (r->category == g_intern_static_string("commitment")) {
			due = only ? rules_due_date(rs, s, ms, date)
			           : rules_promise_due(rs, s, ms, date, &call);
			if (due == NULL && !only) {
				if (unowed && !call)
					*unowed |= bit;
				continue;
			}
		}
		*fired_mask |= bit;
		if (hits && !fired[i]) {
			fired[i] = TRUE;
			g_ptr_array_add(hits, new_hit(rs, r, s, ms, me, g_steal_pointer(&due)));
		}
		g_free(due);
	}
}

/* The sentences of a text with what is known of their languages: the
 * whole text's, and the paragraph's own when the text has several
 * paragraphs and the paragraph is long enough to tell (a customer who
 * answers in Spanish above an English paragraph, a Dutch note with an
 * English one pasted in).  Each told once, and only when a sentence of
 * it is scored: most messages have none worth it. */
typedef struct {
	const char *text;
	GPtrArray *sentences;
	GArray *para_of;   /* guint per sentence */
	const char *whole; /* the whole text's language, NULL until told */
	guint para;        /* the paragraph `lang` is of */
	const char *lang;  /* NULL until told */
} text_langs;

/* A paragraph shorter than this takes the whole text's language:
 * textcat tells a short text poorly. */
#define PARA_LANG_MIN 60

/* langs_new - the sentences of text, their languages untold */
static text_langs langs_new(const char *text)
{
	text_langs tl = { text, NULL, g_array_new(FALSE, FALSE, sizeof(guint)), NULL, 0, NULL };
	tl.sentences = rules_sentences_para(text, tl.para_of);
	return tl;
}

static void langs_free(text_langs *tl)
{
	g_ptr_array_unref(tl->sentences);
	g_array_free(tl->para_of, TRUE);
}

/* langs_of - the language of sentence si: its paragraph's own when
 * textcat is sure of it (one candidate), else the whole text's */
static const char *langs_of(text_langs *tl, guint si)
{
	guint p = g_array_index(tl->para_of, guint, si);
	if (tl->lang && tl->para == p)
		return tl->lang;
	gsize last = tl->para_of->len - 1;
	gboolean several = g_array_index(tl->para_of, guint, 0) != g_array_index(tl->para_of, guint, last);
	const char *own = NULL;
	if (several) {
		GString *para = g_string_new(NULL);
		guint i = si;
		while (i > 0 && g_array_index(tl->para_of, guint, i - 1) == p)
			i--;
		for (; i < tl->para_of->len && g_array_index(tl->para_of, guint, i) == p; i++)
			g_string_append_printf(para, "%s%s", para->len ? " " : "",
			                       (const char *)tl->sentences->pdata[i]);
		if (para->len >= PARA_LANG_MIN)
			own = mp_lang_detect_sure(para->str, (gssize)para->len);
		g_string_free(para, TRUE);
	}
	if (own == NULL) {
		if (tl->whole == NULL)
			tl->whole = mp_lang_detect(tl->text, -1, "en");
		own = tl->whole;
	}
	tl->para = p;
	tl->lang = own;
	return own;
}

/* sentence_score - the model's probabilities for sentence si; FALSE
 * (prob untouched) when there is no model or it is not worth scoring */
static gboolean sentence_score(const mp_ruleset *rs, text_langs *tl, guint si, mp_side author,
                               guint fired_mask, guint veto_mask,
                               double prob[MP_SCORER_CATEGORIES], mp_features *f)
{
	const char *s = tl->sentences->pdata[si];
	if (rs->scorer == NULL || !mp_features_worth_scoring(s))
		return FALSE;
	mp_sentence_ctx ctx = { langs_of(tl, si), author, "new", fired_mask, veto_mask };
	mp_features_extract(mp_scorer_featurizer(rs->scorer), s, &ctx, f);
	mp_scorer_score(rs->scorer, f, prob);
	return TRUE;
}

/* model_allows - the model may raise category c for an author: a
 * commitment is ours, every other category the customer's */
static gboolean model_allows(guint c, mp_side author)
{
	gboolean commitment = strcmp(mp_rules_categories()[c], "commitment") == 0;
	return commitment ? (author & MP_SIDE_US) != 0 : (author & MP_SIDE_CUSTOMER) != 0;
}

/* model_signals - the categories the model raises on a sentence: above
 * the category's threshold, for the right author, no rule of it fired
 * (the rule's hit says it better) or was vetoed (negation, unless) */
static guint model_signals(const mp_ruleset *rs, mp_side author, guint fired_mask,
                           guint veto_mask, const double *prob)
{
	guint mask = 0;
	for (guint c = 0; c < MP_SCORER_CATEGORIES; c++)
		if (!((fired_mask | veto_mask) & (1u << c)) && model_allows(c, author) &&
		    prob[c] >= mp_scorer_threshold(rs->scorer, c))
			mask |= 1u << c;
	return mask;
}

/* model_open - the categories the model could still raise for author:
 * allowed to it, with a threshold the model can pass, and not already
 * fired, vetoed or raised (`done`).  None open: the sentence is not
 * scored at all, which is most sentences of our own mail (commitment is
 * the only category open to us) and of a customer's once its categories
 * are hit. */
static guint model_open(const mp_ruleset *rs, mp_side author, guint done)
{
	guint mask = 0;
	for (guint c = 0; c < MP_SCORER_CATEGORIES; c++)
		if (!(done & (1u << c)) && model_allows(c, author) &&
		    mp_scorer_threshold(rs->scorer, c) <= 1.0)
			mask |= 1u << c;
	return mask;
}

/* model_hit - the model's hit of category c on sentence s; due (taken)
 * a commitment's due date */
static mp_rule_hit *model_hit(const mp_ruleset *rs, guint c, const char *s, double p, char *due)
{
	mp_rule_hit *h = g_new0(mp_rule_hit, 1);
	h->category = g_strdup(mp_rules_categories()[c]);
	h->rule = g_strdup("model");
	h->label = g_strdup_printf("sentence scorer, %.2f", p);
	h->weight = rs->model_weight[c];
	h->evidence = evidence(s, 0, 0);
	h->due_date = due;
	return h;
}

/* match_rules - the hits of every rule (or only `only`) on text, and the
 * model's where the rules miss (never for `only`: a rule's examples) */
static GPtrArray *match_rules(const mp_ruleset *rs, const char *text, mp_side author,
                              gint64 date, const mp_rule *only)
{
	GPtrArray *hits = g_ptr_array_new_with_free_func(mp_rule_hit_free);
	if (rs == NULL || text == NULL)
		return hits;
	text_langs tl = langs_new(text);
	GPtrArray *sentences = tl.sentences;
	gboolean *fired = g_new0(gboolean, rs->rules->len);
	guint message_cats = 0; /* categories hit so far in this message */
	GPtrArray *pending = g_ptr_array_new_with_free_func(mp_rule_hit_free);
	mp_features *f = g_new0(mp_features, 1);
	for (guint si = 0; si < sentences->len; si++) {
		const char *s = sentences->pdata[si];
		guint fm, vm, unowed;
		sentence_rules(rs, s, author, date, only, fired, hits, &fm, &vm, &unowed);
		message_cats |= fm;
		double prob[MP_SCORER_CATEGORIES];
		if (only || rs->scorer == NULL || model_open(rs, author, fm | vm | message_cats) == 0 ||
		    !sentence_score(rs, &tl, si, author, fm, vm, prob, f))
			continue;
		/* where a commitment rule read the promise and found no deadline
		 * of ours ("Première vague la semaine du 12 octobre, je vous envoie
		 * le planning dans la foulée"), the model, which reads no
		 * construction, does not raise it again from the sentence's start */
		guint mm = model_signals(rs, author, fm, vm, prob) & ~(unowed & ~fm);
		for (guint c = 0; c < MP_SCORER_CATEGORIES; c++) {
			if (!(mm & (1u << c)) || (message_cats & (1u << c)))
				continue;
			char *due = NULL;
			if (strcmp(mp_rules_categories()[c], "commitment") == 0 &&
			    (due = rules_promise_due(rs, s, 0, date, NULL)) == NULL)
				continue;
			message_cats |= 1u << c;
			g_ptr_array_add(pending, model_hit(rs, c, s, prob[c], due));
		}
	}
	/* a rule's hit later in the message wins over the model's */
	for (guint i = 0; i < pending->len; i++) {
		mp_rule_hit *h = pending->pdata[i];
		gboolean ruled = FALSE;
		for (guint j = 0; j < hits->len && !ruled; j++)
			ruled = strcmp(((mp_rule_hit *)hits->pdata[j])->category, h->category) == 0;
		if (!ruled)
			g_ptr_array_add(hits, g_steal_pointer(&pending->pdata[i]));
	}
	g_ptr_array_unref(pending);
	g_free(f);
	g_free(fired);
	langs_free(&tl);
	return hits;
}

/* mp_rules_match - see rules.h */
GPtrArray *mp_rules_match(const mp_ruleset *rs, const char *text, mp_side author, gint64 date)
{
	return match_rules(rs, text, author, date, NULL);
}

/* mp_rules_explain - see rules.h */
GPtrArray *mp_rules_explain(const mp_ruleset *rs, const char *text, mp_side author, guint top)
{
	GPtrArray *out = g_ptr_array_new_with_free_func(mp_sentence_report_free);
	if (rs == NULL || text == NULL)
		return out;
	text_langs tl = langs_new(text);
	GPtrArray *sentences = tl.sentences;
	gboolean *fired = g_new0(gboolean, rs->rules->len);
	mp_features *f = g_new0(mp_features, 1);
	f->names = g_ptr_array_new_with_free_func(g_free);
	for (guint si = 0; si < sentences->len; si++) {
		const char *s = sentences->pdata[si];
		mp_sentence_report *r = g_new0(mp_sentence_report, 1);
		r->sentence = g_strdup(s);
		r->lang = langs_of(&tl, si);
		sentence_rules(rs, s, author, 0, NULL, fired, NULL, &r->rule_fired, &r->rule_vetoed,
		               NULL);
		r->scored = sentence_score(rs, &tl, si, author, r->rule_fired, r->rule_vetoed, r->prob, f);
		if (r->scored) {
			r->model_fired = model_signals(rs, author, r->rule_fired, r->rule_vetoed, r->prob);
			for (guint c = 0; c < MP_SCORER_CATEGORIES; c++)
				r->top[c] = mp_scorer_top_features(rs->scorer, f, c, top);
		}
		g_ptr_array_add(out, r);
	}
	g_ptr_array_unref(f->names);
	g_free(f);
	g_free(fired);
	langs_free(&tl);
	return out;
}

void mp_sentence_report_free(gpointer p)
{
	mp_sentence_report *r = p;
	if (r == NULL)
		return;
	g_free(r->sentence);
	for (guint c = 0; c < MP_SCORER_CATEGORIES; c++)
		if (r->top[c])
			g_ptr_array_unref(r->top[c]);
	g_free(r);
}

void mp_rule_hit_free(gpointer hit)
{
	mp_rule_hit *h = hit;
	if (h == NULL)
		return;
	g_free(h->category);
	g_free(h->rule);
	g_free(h->label);
	g_free(h->evidence);
	g_free(h->due_date);
	g_free(h->rival);
	g_free(h);
}

/* check_example - run one example line of r; append a failure to errors */
static gboolean check_example(const mp_ruleset *rs, const mp_rule *r,
                              const rule_example *e, GString *errors)
{
	char **parts = g_strsplit(e->text, "@competitor", -1);
	char *text = g_strjoinv(rs->first_competitor, parts);
	g_strfreev(parts);
	/* Examples speak for the side the rule applies to. */
	mp_side side = (r->applies & MP_SIDE_CUSTOMER) ? MP_SIDE_CUSTOMER : MP_SIDE_US;
	GPtrArray *hits = match_rules(rs, text, side, 0, r);
	gboolean ok = (hits->len > 0) == e->must_fire;
	if (!ok)
		g_string_append_printf(errors, "%s%s:%u: %s \"%s\"", errors->len ? "\n" : "",
		                       r->file, e->line,
		                       e->must_fire ? "example does not fire rule"
		                                    : "counterexample fires rule", r->id);
	g_ptr_array_unref(hits);
	g_free(text);
	return ok;
}

/* mp_rules_selftest - see rules.h */
gboolean mp_rules_selftest(const mp_ruleset *rs, guint *checked, GError **error)
{
	GString *errors = g_string_new(NULL);
	guint n = 0;
	for (guint i = 0; i < rs->rules->len; i++) {
		const mp_rule *r = rs->rules->pdata[i];
		for (guint j = 0; j < r->examples->len; j++) {
			const rule_example *e = r->examples->pdata[j];
			if (rs->first_competitor == NULL && strstr(e->text, "@competitor"))
				continue;
			check_example(rs, r, e, errors);
			n++;
		}
	}
	if (checked)
		*checked = n;
	gboolean ok = errors->len == 0;
	if (!ok)
		g_set_error_literal(error, MP_ERROR, MP_ERR_CONFIG, errors->str);
	g_string_free(errors, TRUE);
	return ok;
}
