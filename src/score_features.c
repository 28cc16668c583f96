/*
 * score_features.c - a sentence as hashed features for the scorer.
 *
 * SUMMARY
 *	mp_features_extract() lowercases the sentence, cuts it into words
 *	(runs of letters and digits; "n't" becomes "not", a number "#"),
 *	stems each word with the Snowball stemmer of the sentence's language
 *	(libstemmer) and emits, each hashed (FNV-1a) into MP_SCORER_SLOTS
 *	slots:
 *	  u:STEM       every word's stem;
 *	  c|STEM v|STEM the stem crossed with who writes (customer, vendor):
 *	               "we will send" is a promise from us, a plan from them;
 *	  b:S1_S2      every pair of neighbouring stems;
 *	  n:STEM       a stem within NEG_SCOPE words after a negation word
 *	               (not, pas, nicht, kein, no, niet, geen ...): "not
 *	               cancel" is another feature than "cancel";
 *	  flags        bias, lang:XX, side:c|v, block:NAME, question (a '?'),
 *	               neg, we (first person plural), fut (future or
 *	               conditional), wefut (both: the organisation's plan),
 *	               you (the reader addressed, in the sentence's language),
 *	               cond (a condition: if, si, wenn, falls, als ...),
 *	               rf:CAT and rv:CAT (a rule of CAT fires on
 *	               the sentence, or matched and was negated or vetoed),
 *	               each rule flag also crossed with the side.
 *	The cue words (negation, we, future, you, condition) are one hash
 *	lookup a word in the featurizer's per-language table.
 *	Features are deduplicated and sorted by slot; the first
 *	MP_SCORER_MAX_FEATURES distinct ones are kept.  Hashing keeps the
 *	model a fixed table (no vocabulary to ship or look up): a collision
 *	costs a little accuracy, never memory.
 *
 *	mp_features_worth_scoring() is the cheap filter run first.
 *
 * DIAGNOSTICS
 *	None: any bytes give features (invalid UTF-8 is made valid first).
 */
#include <string.h>
#include <libstemmer.h>
#include "lang.h"
#include "scorer.h"

#define NEG_SCOPE 3
#define MAX_WORDS 120
#define MAX_WORD_BYTES 64

struct mp_featurizer {
	struct sb_stemmer *stemmer[5]; /* in mp_lang_codes() order; may be NULL */
	GHashTable *cues[5];           /* per language: word -> CUE_ flags (one lookup a word) */
};

static const char *const stemmer_names[] = { "english", "french", "german", "spanish", "dutch" };

/* Words that negate what follows, in the five languages ("t" is n't). */
static const char *const negations[] = {
	"not", "no", "never", "nor", "without", "cannot", "t", "ne", "n", "pas", "jamais",
	"aucun", "aucune", "sans", "nicht", "kein", "keine", "keinen", "keinem", "keiner",
	"keines", "nie", "niemals", "ohne", "nunca", "ni", "tampoco", "sin", "ningún",
	"ninguna", "niet", "geen", "nooit", "zonder", NULL,
};

/* First person plural: the customer speaking as an organisation. */
static const char *const we_words[] = {
	"we", "our", "us", "ours", "nous", "notre", "nos", "wir", "uns", "unser", "unsere",
	"unseren", "unserem", "unserer", "nosotros", "nosotras", "nuestro", "nuestra",
	"nuestros", "nuestras", "wij", "ons", "onze", NULL,
};

/* Future, plan or condition. */
static const char *const future_words[] = {
	"will", "ll", "shall", "would", "going", "gonna", "plan", "planning", "intend", "next",
	"va", "vais", "allons", "vont", "sera", "serons", "serait", "prévoyons", "werden",
	"werde", "wird", "würden", "würde", "planen", "vamos", "voy", "será", "sería",
	"planeamos", "zullen", "zal", "gaan", "zouden", "zou", "volgend", "volgende", NULL,
};

/* The reader addressed (second person), per language in mp_lang_codes()
 * order: praise lands on "your team", an instruction ("if you need to
 * cancel") is the writer's to the reader.  Only words that mean "you" in
 * their language ("sie" and "je" do not, alone). */
static const char *const you_words[5][16] = {
	{ "you", "your", "yours", "yourself", "yourselves", "ya", NULL },
	{ "vous", "votre", "vos", "vôtre", "tu", "ton", "ta", "tes", "toi", NULL },
	{ "ihnen", "ihr", "ihre", "ihren", "ihrem", "ihrer", "euch", "euer", "eure", "du", "dein",
	  "deine", "dir", "dich", NULL },
	{ "usted", "ustedes", "su", "sus", "vuestro", "vuestra", "vuestros", "vuestras", "os", "tu",
	  "tus", "tú", "contigo", NULL },
	{ "u", "uw", "jullie", "jij", "jouw", "jou", NULL },
};

/* A condition: "if we cannot", "si vous souhaitez", "falls", "als u". */
static const char *const cond_words[5][8] = {
	{ "if", "unless", "whether", "otherwise", NULL },
	{ "si", "sinon", "sauf", NULL },
	{ "wenn", "falls", "sofern", "ob", "sonst", NULL },
	{ "si", "salvo", "sino", NULL },
	{ "als", "indien", "tenzij", "mits", "anders", NULL },
};

enum { CUE_NEG = 1, CUE_WE = 2, CUE_FUT = 4, CUE_YOU = 8, CUE_COND = 16 };

/* cues_add - every word of list into table with flag */
static void cues_add(GHashTable *table, const char *const *list, guint flag)
{
	for (guint i = 0; list[i]; i++) {
		guint old = GPOINTER_TO_UINT(g_hash_table_lookup(table, list[i]));
		g_hash_table_insert(table, (gpointer)list[i], GUINT_TO_POINTER(old | flag));
	}
}

mp_featurizer *mp_featurizer_new(void)
{
	mp_featurizer *fz = g_new0(mp_featurizer, 1);
	for (guint i = 0; i < G_N_ELEMENTS(stemmer_names); i++) {
		fz->stemmer[i] = sb_stemmer_new(stemmer_names[i], "UTF_8");
		/* negation, "we" and the future are read in any language, as
		 * the model was first trained; "you" and conditions per language */
		fz->cues[i] = g_hash_table_new(g_str_hash, g_str_equal);
		cues_add(fz->cues[i], negations, CUE_NEG);
		cues_add(fz->cues[i], we_words, CUE_WE);
		cues_add(fz->cues[i], future_words, CUE_FUT);
		cues_add(fz->cues[i], you_words[i], CUE_YOU);
		cues_add(fz->cues[i], cond_words[i], CUE_COND);
	}
	return fz;
}

void mp_featurizer_free(mp_featurizer *fz)
{
	if (fz == NULL)
		return;
	for (guint i = 0; i < G_N_ELEMENTS(fz->stemmer); i++) {
		if (fz->stemmer[i])
			sb_stemmer_delete(fz->stemmer[i]);
		g_hash_table_unref(fz->cues[i]);
	}
	g_free(fz);
}

/* features_hash - FNV-1a of s into a slot */
static guint32 features_hash(const char *s)
{
	guint32 h = 2166136261u;
	for (const guchar *p = (const guchar *)s; *p; p++) {
		h ^= *p;
		h *= 16777619u;
	}
	return h & (MP_SCORER_SLOTS - 1);
}

typedef struct {
	guint32 slot;
	char *name; /* NULL unless names are asked for */
} feature;

typedef struct {
	GArray *items; /* feature */
	gboolean names;
} feature_bag;

/* features_add - one feature by name */
static void features_add(feature_bag *bag, const char *name)
{
	if (bag->items->len >= MP_SCORER_MAX_FEATURES * 4)
		return;
	feature f = { features_hash(name), bag->names ? g_strdup(name) : NULL };
	g_array_append_val(bag->items, f);
}

/* features_addf - one feature by printf-style name */
G_GNUC_PRINTF(2, 3)
static void features_addf(feature_bag *bag, const char *fmt, ...)
{
	char buf[2 * MAX_WORD_BYTES + 32];
	va_list ap;
	va_start(ap, fmt);
	g_vsnprintf(buf, sizeof buf, fmt, ap);
	va_end(ap);
	features_add(bag, buf);
}

/* features_words - the lowercased words of s (char *), at most MAX_WORDS */
static GPtrArray *features_words(const char *s)
{
	GPtrArray *words = g_ptr_array_new_with_free_func(g_free);
	char *valid = g_utf8_make_valid(s, -1);
	char *low = g_utf8_strdown(valid, -1);
	GString *w = g_string_new(NULL);
	for (const char *p = low;; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		if (c != 0 && g_unichar_isalnum(c)) {
			if (w->len < MAX_WORD_BYTES)
				g_string_append_unichar(w, c);
			continue;
		}
		if (w->len) {
			gboolean digits = TRUE;
			for (gsize i = 0; i < w->len; i++)
				digits = digits && g_ascii_isdigit(w->str[i]);
			g_ptr_array_add(words, g_strdup(digits ? "#" : w->str));
			g_string_truncate(w, 0);
			if (words->len >= MAX_WORDS)
				break;
		}
		if (c == 0)
			break;
	}
	g_string_free(w, TRUE);
	g_free(low);
	g_free(valid);
	return words;
}

/* features_stem - the stem of word in the stemmer's language */
static char *features_stem(struct sb_stemmer *st, const char *word)
{
	if (st == NULL || strcmp(word, "#") == 0)
		return g_strdup(word);
	const sb_symbol *r = sb_stemmer_stem(st, (const sb_symbol *)word, (int)strlen(word));
	if (r == NULL)
		return g_strdup(word);
	return g_strndup((const char *)r, (gsize)sb_stemmer_length(st));
}

/* features_flags - what the sentence is known by besides its words */
static void features_flags(feature_bag *bag, const char *s, const mp_sentence_ctx *ctx,
                           const char *sidec)
{
	features_add(bag, "bias");
	features_addf(bag, "lang:%s", ctx->lang ? ctx->lang : "en");
	features_addf(bag, "side:%s", sidec);
	features_addf(bag, "block:%s", ctx->block ? ctx->block : "new");
	if (strchr(s, '?'))
		features_add(bag, "question");
	const char *const *cats = mp_rules_categories();
	for (guint i = 0; i < MP_SCORER_CATEGORIES && cats[i]; i++) {
		if (ctx->rule_fired & (1u << i)) {
			features_addf(bag, "rf:%s", cats[i]);
			features_addf(bag, "rf:%s|%s", cats[i], sidec);
		}
		if (ctx->rule_vetoed & (1u << i))
			features_addf(bag, "rv:%s", cats[i]);
	}
}

/* features_cmp - by slot, then name (deterministic order for names) */
static gint features_cmp(gconstpointer a, gconstpointer b)
{
	const feature *x = a, *y = b;
	if (x->slot != y->slot)
		return x->slot < y->slot ? -1 : 1;
	if (x->name && y->name)
		return strcmp(x->name, y->name);
	return 0;
}

void mp_features_extract(mp_featurizer *fz, const char *sentence, const mp_sentence_ctx *ctx,
                         mp_features *f)
{
	feature_bag bag = { g_array_new(FALSE, FALSE, sizeof(feature)), f->names != NULL };
	const char *sidec = ctx->side == MP_SIDE_US ? "v" : "c";
	features_flags(&bag, sentence, ctx, sidec);
	GPtrArray *words = features_words(sentence);
	guint li = mp_lang_index(ctx->lang);
	struct sb_stemmer *st = fz ? fz->stemmer[li] : NULL;
	GHashTable *cues = fz ? fz->cues[li] : NULL;
	char *prev = NULL;
	int neg_left = 0;
	guint seen = 0; /* CUE_ flags of the sentence's words */
	for (guint i = 0; i < words->len; i++) {
		const char *w = words->pdata[i];
		guint cue = cues ? GPOINTER_TO_UINT(g_hash_table_lookup(cues, w)) : 0;
		char *stem = features_stem(st, w);
		features_addf(&bag, "u:%s", stem);
		features_addf(&bag, "%s|%s", sidec, stem);
		if (prev)
			features_addf(&bag, "b:%s_%s", prev, stem);
		if (neg_left > 0) {
			features_addf(&bag, "n:%s", stem);
			neg_left--;
		}
		if (cue & CUE_NEG)
			neg_left = NEG_SCOPE;
		seen |= cue;
		g_free(prev);
		prev = stem;
	}
	g_free(prev);
	g_ptr_array_unref(words);
	if (seen & CUE_NEG)
		features_add(&bag, "neg");
	if (seen & CUE_WE)
		features_addf(&bag, "we|%s", sidec);
	if (seen & CUE_FUT)
		features_addf(&bag, "fut|%s", sidec);
	/* the organisation's own plan ("we will move"), the reader addressed,
	 * a condition ("if you need to cancel" is no decision) */
	if ((seen & (CUE_WE | CUE_FUT)) == (CUE_WE | CUE_FUT))
		features_addf(&bag, "wefut|%s", sidec);
	if (seen & CUE_YOU)
		features_addf(&bag, "you|%s", sidec);
	if (seen & CUE_COND)
		features_addf(&bag, "cond|%s", sidec);
	g_array_sort(bag.items, features_cmp);
	f->n = 0;
	if (f->names)
		g_ptr_array_set_size(f->names, 0);
	for (guint i = 0; i < bag.items->len; i++) {
		feature *x = &g_array_index(bag.items, feature, i);
		gboolean dup = f->n > 0 && f->slot[f->n - 1] == x->slot;
		if (!dup && f->n < MP_SCORER_MAX_FEATURES) {
			f->slot[f->n++] = x->slot;
			if (f->names)
				g_ptr_array_add(f->names, x->name), x->name = NULL;
		}
		g_free(x->name);
	}
	g_array_free(bag.items, TRUE);
}

gboolean mp_features_worth_scoring(const char *s)
{
	guint words = 0, letters = 0;
	gboolean in_word = FALSE;
	for (const char *p = s; *p; p++) {
		gboolean alpha = g_ascii_isalpha(*p) || ((guchar)*p >= 0xC0);
		letters += alpha;
		if (alpha && !in_word)
			words++;
		in_word = alpha || ((guchar)*p & 0x80) || *p == '\'';
		if (words > 80)
			return FALSE;
	}
	return words >= 3 && letters >= 10;
}
