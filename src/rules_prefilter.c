/*
 * rules_prefilter.c - the words a rule cannot match without.
 *
 * SUMMARY
 *	Most sentences match no rule, yet running every rule's pattern on
 *	every sentence was half of ingest's CPU on real mail (a pattern of a
 *	hundred alternatives is tried at every word of the sentence).  So, at
 *	load time, rules_literals() reads each pattern and finds a set of
 *	ASCII words one of which every match must contain; rules_prefilter_new()
 *	puts the words of all rules into one Aho-Corasick automaton, and
 *	rules_prefilter_scan() passes once over a sentence's bytes to say which
 *	rules can match it.  rules_match.c runs only those.
 *
 * WHAT IS A REQUIRED WORD
 *	A pattern is read as alternatives of sequences.  In a sequence, a run
 *	of ASCII letters and digits that no quantifier makes optional is
 *	required (in "renew(?:al)?" the run "renew"; in "colou?r" the runs
 *	"colo" and "r"), and so is a group that is not optional when each of
 *	its alternatives has required words (the group's set is their union).
 *	Of these the sequence keeps the set whose shortest word is longest (the
 *	most selective); the pattern's set is the union over its alternatives.
 *	An alternative with no required word (or a construct this reader does
 *	not follow: \Q...\E, extended mode, recursion, conditionals, a
 *	malformed pattern) leaves the rule without a set: it is always run.
 *	Lookarounds, character classes, escapes such as \s, \w, \p{..}, \x{..}
 *	and non-ASCII characters require nothing and end a run.  So the filter
 *	only ever saves work: it never changes what a rule matches.
 *
 * CASE
 *	Rules are caseless (rules_pcre.c), so the words and the sentence are
 *	compared in ASCII lowercase.  Under Unicode caseless matching "k" also
 *	matches KELVIN SIGN (U+212A), "s" LONG S (U+017F) and "i" the dotted
 *	capital I (U+0130): the scan reads those as the ASCII letter, so a
 *	rule that can match is never skipped.
 */
#include <string.h>
#include "rules_internal.h"

/* The automaton's alphabet: a-z, 0-9; anything else goes back to the root
 * (no word spans it). */
#define SYMBOLS 36
#define NO_SYMBOL (-1)

/* A set of required words; NULL pointer = no requirement found. */
typedef GPtrArray wordset;

typedef struct reader {
	const char *p; /* the pattern */
	gsize i;       /* read position */
	gboolean ok;   /* FALSE once a construct is not understood */
} reader;

static wordset *read_alternation(reader *rd);

static wordset *wordset_new(void)
{
	return g_ptr_array_new_with_free_func(g_free);
}

static void wordset_free(wordset *w)
{
	if (w)
		g_ptr_array_unref(w);
}

/* Words in nearly every sentence of one of the five languages: a set that
 * holds one lets its rule run almost always, so another set of the same
 * sequence is preferred.  (Selectivity only: any choice is correct.) */
static const char *const COMMON[] = {
	"the", "and", "our", "you", "your", "for", "with", "are", "was", "this", "that",
	"have", "will", "not", "les", "des", "une", "est", "pour", "que", "qui", "pas",
	"nous", "vous", "der", "die", "das", "und", "wir", "ist", "nicht", "mit", "ein",
	"eine", "sie", "los", "las", "por", "para", "una", "het", "een", "van", "wij",
	"ons", "niet", "met", "voor", "zijn", NULL
};

/* selectivity - how rarely a sentence holds some word of w: the length of
 * its shortest word, a common word counting as one letter; an empty set
 * (nothing can match) is the most selective of all */
static gsize selectivity(const wordset *w)
{
	gsize m = G_MAXSIZE;
	for (guint i = 0; i < w->len; i++) {
		gsize n = strlen(w->pdata[i]);
		if (g_strv_contains(COMMON, w->pdata[i]))
			n = 1;
		m = MIN(m, n);
	}
	return m;
}

/* keep_best - of *best and cand, keep the more selective; frees the other */
static void keep_best(wordset **best, wordset *cand)
{
	if (cand == NULL) {
		return;
	}
	if (*best == NULL || selectivity(cand) > selectivity(*best)) {
		wordset_free(*best);
		*best = cand;
	} else {
		wordset_free(cand);
	}
}

/* flush - the run of letters read so far as a one-word candidate */
static void flush(GString *run, wordset **best)
{
	if (run->len) {
		wordset *w = wordset_new();
		g_ptr_array_add(w, g_strdup(run->str));
		keep_best(best, w);
		g_string_truncate(run, 0);
	}
}

/* quantifier - read a quantifier at the position, if any (TRUE); its
 * minimum count into *min (1 when there is none) */
static gboolean quantifier(reader *rd, guint *min)
{
	const char *p = rd->p + rd->i;
	*min = 1;
	if (*p == '?' || *p == '*')
		*min = 0, rd->i++;
	else if (*p == '+')
		rd->i++;
	else if (*p == '{') {
		/* {n}, {n,}, {n,m}; {,m} (PCRE2 10.43) has minimum 0; anything
		 * else is a literal brace */
		const char *q = p + 1;
		guint n = 0;
		gboolean digits = FALSE;
		while (g_ascii_isdigit(*q))
			n = n * 10 + (guint)(*q++ - '0'), digits = TRUE;
		if (*q == ',') {
			q++;
			gboolean more = FALSE;
			while (g_ascii_isdigit(*q))
				q++, more = TRUE;
			digits = digits || more;
		}
		if (*q != '}' || !digits)
			return FALSE;
		*min = n > 0 ? 1 : 0;
		rd->i = (gsize)(q + 1 - rd->p);
	} else {
		return FALSE;
	}
	/* lazy or possessive */
	if (rd->p[rd->i] == '?' || rd->p[rd->i] == '+')
		rd->i++;
	return TRUE;
}

/* skip_class - past a character class whose '[' is at the position */
static void skip_class(reader *rd)
{
	const char *p = rd->p;
	gsize i = rd->i + 1;
	if (p[i] == '^')
		i++;
	if (p[i] == ']')
		i++;
	while (p[i] && p[i] != ']') {
		if (p[i] == '\\' && p[i + 1])
			i += 2;
		else if (p[i] == '[' && p[i + 1] == ':') {
			const char *e = strstr(p + i + 2, ":]");
			i = e ? (gsize)(e - p) + 2 : i + 1;
		} else
			i++;
	}
	if (!p[i])
		rd->ok = FALSE;
	rd->i = p[i] ? i + 1 : i;
}

/* skip_escape - past an escape whose '\' is at the position: it never
 * stands for a required letter (an escaped letter is a class, an
 * assertion or a code, an escaped digit a back reference) */
static void skip_escape(reader *rd)
{
	const char *p = rd->p;
	gsize i = rd->i + 1;
	char c = p[i];
	if (c == '\0') {
		rd->ok = FALSE;
		rd->i = i;
		return;
	}
	if (c == 'Q') { /* \Q...\E: quoted text, not followed here */
		rd->ok = FALSE;
		rd->i = i + 1;
		return;
	}
	i++;
	/* \p{..}, \x{..}, \o{..}, \k{..}, \g{..}, \N{..}; \k<..>, \k'..', \g<..> */
	if ((c == 'p' || c == 'P' || c == 'x' || c == 'o' || c == 'k' || c == 'g' || c == 'N') &&
	    (p[i] == '{' || p[i] == '<' || p[i] == '\'')) {
		char close = p[i] == '{' ? '}' : p[i] == '<' ? '>' : '\'';
		const char *e = strchr(p + i + 1, close);
		if (e == NULL) {
			rd->ok = FALSE;
			rd->i = strlen(p);
			return;
		}
		i = (gsize)(e - p) + 1;
	} else if (c == 'x') {
		for (int k = 0; k < 2 && g_ascii_isxdigit(p[i]); k++)
			i++;
	} else if (c == 'c' && p[i]) {
		i++;
	} else if ((c == 'p' || c == 'P') && p[i]) {
		i++; /* \pL */
	} else if (c == 'g' || g_ascii_isdigit(c)) {
		while (g_ascii_isdigit(p[i]) || p[i] == '-' || p[i] == '+')
			i++;
	} else if ((guchar)c >= 0x80) {
		while (((guchar)p[i] & 0xC0) == 0x80)
			i++;
	}
	rd->i = i;
}

/* read_group - a group whose '(' is at the position: its required words,
 * or NULL for none (lookarounds, comments, verbs, option settings) */
static wordset *read_group(reader *rd)
{
	const char *p = rd->p;
	gsize i = rd->i + 1;
	gboolean counts = TRUE; /* FALSE: a lookaround, whose text is not consumed */
	if (p[i] == '*') {
		/* a verb: (*FAIL) never matches (an empty set: what requires it
		 * cannot match either; @competitors with no name is one);
		 * (*ACCEPT) ends a match early, so what follows it is not
		 * required; the others (*UCP), (*SKIP)... change nothing here */
		const char *e = strchr(p + i, ')');
		rd->i = e ? (gsize)(e - p) + 1 : strlen(p);
		rd->ok = rd->ok && e != NULL && strncmp(p + i, "*ACCEPT", 7) != 0;
		if (strncmp(p + i, "*FAIL)", 6) == 0 || strncmp(p + i, "*F)", 3) == 0)
			return wordset_new();
		return NULL;
	}
	if (p[i] == '?') {
		i++;
		if (p[i] == '#') { /* comment */
			const char *e = strchr(p + i, ')');
			rd->i = e ? (gsize)(e - p) + 1 : strlen(p);
			rd->ok = rd->ok && e != NULL;
			return NULL;
		}
		if (p[i] == ':' || p[i] == '|' || p[i] == '>') {
			i++;
		} else if (p[i] == '=' || p[i] == '!') {
			counts = FALSE, i++;
		} else if (p[i] == '<' && (p[i + 1] == '=' || p[i + 1] == '!')) {
			counts = FALSE, i += 2;
		} else if (p[i] == '<' || p[i] == '\'' || (p[i] == 'P' && p[i + 1] == '<')) {
			/* a named group */
			char close = p[i] == '\'' ? '\'' : '>';
			const char *e = strchr(p + i + 1, close);
			if (e == NULL) {
				rd->ok = FALSE;
				rd->i = strlen(p);
				return NULL;
			}
			i = (gsize)(e - p) + 1;
		} else {
			/* options: (?i) (?-i) (?J) set for the rest; (?i:...) a group */
			gsize o = i;
			while (g_ascii_isalpha(p[o]) || p[o] == '-' || p[o] == '^')
				o++;
			if (o == i || (p[o] != ')' && p[o] != ':')) {
				rd->ok = FALSE; /* recursion, conditional, callout... */
				rd->i = o;
				return NULL;
			}
			for (gsize k = i; k < o; k++)
				if (p[k] == 'x')
					rd->ok = FALSE; /* extended: spaces no longer literal */
			if (p[o] == ')') {
				rd->i = o + 1;
				return NULL;
			}
			i = o + 1;
		}
	}
	rd->i = i;
	wordset *w = read_alternation(rd);
	if (rd->p[rd->i] != ')') {
		rd->ok = FALSE;
		wordset_free(w);
		return NULL;
	}
	rd->i++;
	if (!counts) {
		wordset_free(w);
		return NULL;
	}
	return w;
}

/* read_sequence - one alternative: its most selective required set, or
 * NULL when it has none */
static wordset *read_sequence(reader *rd)
{
	wordset *best = NULL;
	GString *run = g_string_new(NULL);
	guint min;
	while (rd->ok && rd->p[rd->i] && rd->p[rd->i] != '|' && rd->p[rd->i] != ')') {
		char c = rd->p[rd->i];
		if (g_ascii_isalnum(c)) {
			rd->i++;
			gboolean repeated = quantifier(rd, &min);
			if (min == 0) {
				flush(run, &best); /* the optional letter ends the run */
			} else {
				g_string_append_c(run, g_ascii_tolower(c));
				if (repeated)
					flush(run, &best); /* "ab+c": "ab", then "c" */
			}
			continue;
		}
		flush(run, &best);
		if (c == '(') {
			wordset *w = read_group(rd);
			quantifier(rd, &min);
			if (min == 0)
				wordset_free(w);
			else
				keep_best(&best, w);
		} else if (c == '[') {
			skip_class(rd);
			quantifier(rd, &min);
		} else if (c == '\\') {
			skip_escape(rd);
			quantifier(rd, &min);
		} else {
			/* punctuation, space, '.', '^', '$', a UTF-8 byte */
			rd->i++;
			quantifier(rd, &min);
		}
	}
	flush(run, &best);
	g_string_free(run, TRUE);
	return best;
}

/* read_alternation - alternatives up to ')' or the end: the union of
 * their sets, or NULL when one of them has none */
static wordset *read_alternation(reader *rd)
{
	wordset *all = wordset_new();
	gboolean every = TRUE;
	for (;;) {
		wordset *w = read_sequence(rd);
		if (w == NULL)
			every = FALSE;
		else
			for (guint i = 0; i < w->len; i++)
				g_ptr_array_add(all, g_strdup(w->pdata[i]));
		wordset_free(w);
		if (rd->ok && rd->p[rd->i] == '|')
			rd->i++;
		else
			break;
	}
	if (!every || !rd->ok) {
		wordset_free(all);
		return NULL;
	}
	return all;
}

/* rules_literals - see rules_internal.h */
GPtrArray *rules_literals(const char *pattern)
{
	reader rd = { pattern, 0, TRUE };
	wordset *w = read_alternation(&rd);
	if (!rd.ok || pattern[rd.i] != '\0') { /* an unbalanced ')' */
		wordset_free(w);
		return NULL;
	}
	return w;
}

/* The automaton: state 0 is the root; delta[state * SYMBOLS + symbol] the
 * next state (complete: failures folded in); out[state * words ..] the
 * rules whose word ends there, one bit per rule. */
struct rules_prefilter {
	guint words;    /* guint64 words per rule bitmap */
	guint states;
	gint32 *delta;
	guint64 *out;
	guint64 *always; /* rules with no word set: always run */
};

static int symbol(guchar c)
{
	if (c >= 'a' && c <= 'z')
		return c - 'a';
	if (c >= 'A' && c <= 'Z')
		return c - 'A';
	if (c >= '0' && c <= '9')
		return 26 + (c - '0');
	return NO_SYMBOL;
}

/* rules_prefilter_new - see rules_internal.h */
rules_prefilter *rules_prefilter_new(const GPtrArray *rules)
{
	rules_prefilter *pf = g_new0(rules_prefilter, 1);
	pf->words = (rules->len + 63) / 64;
	if (pf->words == 0)
		pf->words = 1;
	pf->always = g_new0(guint64, pf->words);
	/* the trie, grown as words are added */
	GArray *delta = g_array_new(FALSE, TRUE, sizeof(gint32));
	GArray *out = g_array_new(FALSE, TRUE, sizeof(guint64));
	g_array_set_size(delta, SYMBOLS);
	g_array_set_size(out, pf->words);
	guint states = 1;
	for (guint r = 0; r < rules->len; r++) {
		const mp_rule *rule = rules->pdata[r];
		if (rule->literals == NULL) {
			pf->always[r / 64] |= G_GUINT64_CONSTANT(1) << (r % 64);
			continue;
		}
		for (guint k = 0; k < rule->literals->len; k++) {
			gint32 s = 0;
			for (const char *c = rule->literals->pdata[k]; *c; c++) {
				int y = symbol((guchar)*c);
				gint32 *next = &g_array_index(delta, gint32, (gsize)s * SYMBOLS + y);
				if (*next == 0) {
					*next = (gint32)states++;
					g_array_set_size(delta, states * SYMBOLS);
					g_array_set_size(out, states * pf->words);
					next = &g_array_index(delta, gint32, (gsize)s * SYMBOLS + y);
				}
				s = *next;
			}
			g_array_index(out, guint64, (gsize)s * pf->words + r / 64) |=
				G_GUINT64_CONSTANT(1) << (r % 64);
		}
	}
	/* failure links, breadth first; missing edges take the failure's */
	gint32 *d = (gint32 *)(void *)delta->data;
	guint64 *o = (guint64 *)(void *)out->data;
	gint32 *fail = g_new0(gint32, states);
	gint32 *queue = g_new(gint32, states);
	guint head = 0, tail = 0;
	for (int y = 0; y < SYMBOLS; y++)
		if (d[y])
			queue[tail++] = d[y]; /* depth 1: fail to the root */
	while (head < tail) {
		gint32 s = queue[head++];
		for (guint w = 0; w < pf->words; w++)
			o[(gsize)s * pf->words + w] |= o[(gsize)fail[s] * pf->words + w];
		for (int y = 0; y < SYMBOLS; y++) {
			gint32 t = d[(gsize)s * SYMBOLS + y];
			if (t) {
				fail[t] = d[(gsize)fail[s] * SYMBOLS + y];
				queue[tail++] = t;
			} else {
				d[(gsize)s * SYMBOLS + y] = d[(gsize)fail[s] * SYMBOLS + y];
			}
		}
	}
	g_free(queue);
	g_free(fail);
	pf->states = states;
	pf->delta = (gint32 *)(void *)g_array_free(delta, FALSE);
	pf->out = (guint64 *)(void *)g_array_free(out, FALSE);
	return pf;
}

void rules_prefilter_free(rules_prefilter *pf)
{
	if (pf == NULL)
		return;
	g_free(pf->delta);
	g_free(pf->out);
	g_free(pf->always);
	g_free(pf);
}

/* rules_prefilter_scan - see rules_internal.h */
void rules_prefilter_scan(const rules_prefilter *pf, const char *s, guint64 *may)
{
	memcpy(may, pf->always, pf->words * sizeof *may);
	gint32 state = 0;
	for (const guchar *c = (const guchar *)s; *c; c++) {
		guchar b = *c;
		/* the non-ASCII letters Unicode folds to an ASCII one */
		if (b == 0xE2 && c[1] == 0x84 && c[2] == 0xAA)
			b = 'k', c += 2;
		else if (b == 0xC5 && c[1] == 0xBF)
			b = 's', c += 1;
		else if (b == 0xC4 && c[1] == 0xB0)
			b = 'i', c += 1;
		int y = symbol(b);
		if (y == NO_SYMBOL) {
			state = 0;
			continue;
		}
		state = pf->delta[(gsize)state * SYMBOLS + y];
		const guint64 *o = pf->out + (gsize)state * pf->words;
		for (guint w = 0; w < pf->words; w++)
			may[w] |= o[w];
	}
}

guint rules_prefilter_words(const rules_prefilter *pf)
{
	return pf->words;
}
