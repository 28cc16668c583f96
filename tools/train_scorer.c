/*
 * train_scorer.c - train the sentence scorer's model (issue 16).
 *
 * SYNOPSIS
 *	train_scorer -o MODEL -r RULESDIR -t THRESHOLDS [-n MAILDIR]... [-C COST]
 *	             [-e HELDOUT.jsonl] FILE.jsonl...
 *
 * SUMMARY
 *	Reads the labelled sentences of every FILE.jsonl (format in
 *	data/training/FORMAT.md), turns each into the scorer's features
 *	(score_features.c; the rules of RULESDIR give the rule features, as
 *	they do at run time) and trains one L2-regularised logistic
 *	regression per category with LIBLINEAR (primal trust-region Newton:
 *	no random order, so the same inputs give the same model byte for
 *	byte), positives the sentences of that category, negatives all
 *	others.  Each -n MAILDIR adds real-mail negatives read in place: the
 *	new text of its first NEG_FILES messages (file names sorted), one
 *	sentence in NEG_EVERY, up to NEG_MAX per directory, all label none; a
 *	missing directory is skipped with a note (the corpora are not part of
 *	the repository).  THRESHOLDS (data/scorer-thresholds.conf) holds the
 *	per-category thresholds chosen on development data; they are copied
 *	into the model.  -C sets LIBLINEAR's cost (default TRAIN_C_DEFAULT);
 *	-e prints precision and recall per category and threshold on a
 *	held-out file (one writer trained on the others: how the cost and
 *	the thresholds were chosen).  The weights go to MODEL in score_model.c's format.
 *
 * DIAGNOSTICS
 *	A line that is not a labelled sentence is an error naming FILE:LINE;
 *	exit 1 on any error, 0 with a one-line summary on success.
 */
#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <jansson.h>
#include <linear.h>
#include "lang.h"
#include "newtext.h"
#include "scorer.h"
#include "jsonl.h"

#define TRAIN_C_DEFAULT 1.0
#define POS_WEIGHT_DEFAULT 5.0
#define NEG_FILES 2500
#define NEG_EVERY 2
#define NEG_MAX 5000

typedef struct {
	GArray *labels;  /* int: category index, or -1 for none */
	GPtrArray *rows; /* struct feature_node * */
	guint negatives; /* real-mail sentences */
} sample_set;

static mp_featurizer *fz;
static double train_c = TRAIN_C_DEFAULT;
static double pos_weight = POS_WEIGHT_DEFAULT;
static mp_ruleset *rules;

/* train_add - one sentence with its label into the set */
static void train_add(sample_set *set, const char *text, const char *lang, mp_side side,
                      const char *block, int label)
{
	mp_sentence_ctx ctx = { lang, side, block, 0, 0 };
	GPtrArray *reports = mp_rules_explain(rules, text, side, 0);
	for (guint i = 0; i < reports->len; i++) {
		const mp_sentence_report *r = reports->pdata[i];
		ctx.rule_fired |= r->rule_fired;
		ctx.rule_vetoed |= r->rule_vetoed;
	}
	g_ptr_array_unref(reports);
	mp_features f = { .n = 0 };
	mp_features_extract(fz, text, &ctx, &f);
	struct feature_node *x = g_new(struct feature_node, f.n + 1);
	for (guint i = 0; i < f.n; i++) {
		x[i].index = (int)f.slot[i] + 1;
		x[i].value = 1.0;
	}
	x[f.n].index = -1;
	g_ptr_array_add(set->rows, x);
	g_array_append_val(set->labels, label);
}

/* category_of - the index of a label, -1 for none or unknown */
static int category_of(const char *label)
{
	const char *const *cats = mp_rules_categories();
	for (int i = 0; cats[i]; i++)
		if (strcmp(cats[i], label) == 0)
			return i;
	return -1;
}

/* take_sentence - one labelled sentence of a file into set (jsonl_fn) */
static gboolean take_sentence(json_t *o, const char *why, const char *path, guint line,
                              void *data)
{
	const char *text = o ? json_string_value(json_object_get(o, "text")) : NULL;
	const char *label = o ? json_string_value(json_object_get(o, "label")) : NULL;
	const char *lang = o ? json_string_value(json_object_get(o, "lang")) : NULL;
	const char *speaker = o ? json_string_value(json_object_get(o, "speaker")) : NULL;
	const char *block = o ? json_string_value(json_object_get(o, "block")) : NULL;
	if (!text || !label || !lang || !speaker || !block) {
		fprintf(stderr, "train_scorer: %s:%u: not a labelled sentence (%s)\n", path, line,
		        o ? "a field is missing" : why);
		return FALSE;
	}
	mp_side side = strcmp(speaker, "vendor") == 0 ? MP_SIDE_US : MP_SIDE_CUSTOMER;
	train_add(data, text, lang, side, block, category_of(label));
	return TRUE;
}

/* read_jsonl - the labelled sentences of one file */
static gboolean read_jsonl(sample_set *set, const char *path)
{
	return jsonl_read("train_scorer", path, take_sentence, set);
}

/* body_of - the plain body of a raw message: after the header, unless
 * it is encoded or HTML (then NULL: not worth decoding for negatives) */
static char *body_of(const char *raw)
{
	const char *sep = strstr(raw, "\n\n");
	if (sep == NULL)
		return NULL;
	char *head = g_ascii_strdown(raw, sep - raw);
	gboolean plain = !strstr(head, "base64") && !strstr(head, "text/html") &&
	                 !strstr(head, "multipart/") && !strstr(head, "quoted-printable");
	g_free(head);
	return plain ? g_strdup(sep + 2) : NULL;
}

/* compare_names - g_ptr_array_sort() passes pointers to the elements */
static gint compare_names(gconstpointer a, gconstpointer b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* read_negatives - real-mail sentences of a Maildir folder, label none */
static void read_negatives(sample_set *set, const char *dir)
{
	GDir *d = g_dir_open(dir, 0, NULL);
	if (d == NULL) {
		fprintf(stderr, "train_scorer: note: %s is absent: no real-mail negatives from it\n", dir);
		return;
	}
	GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
	for (const char *n; (n = g_dir_read_name(d));)
		g_ptr_array_add(names, g_strdup(n));
	g_dir_close(d);
	g_ptr_array_sort(names, compare_names); /* file order, so the same files each build */
	guint seen = 0, added = 0;
	for (guint i = 0; i < names->len && i < NEG_FILES && added < NEG_MAX; i++) {
		char *path = g_build_filename(dir, names->pdata[i], NULL);
		char *raw = NULL;
		if (g_file_get_contents(path, &raw, NULL, NULL)) {
			char *body = body_of(raw);
			mp_newtext *nt = body ? mp_newtext_split(body, NULL) : NULL;
			GPtrArray *reports = nt ? mp_rules_explain(rules, nt->body, MP_SIDE_CUSTOMER, 0) : NULL;
			const char *lang = nt ? mp_lang_detect(nt->body, -1, "en") : "en";
			for (guint j = 0; reports && j < reports->len && added < NEG_MAX; j++) {
				const char *s = ((mp_sentence_report *)reports->pdata[j])->sentence;
				if (!mp_features_worth_scoring(s) || seen++ % NEG_EVERY)
					continue;
				train_add(set, s, lang, MP_SIDE_CUSTOMER, "new", -1);
				added++;
			}
			if (reports)
				g_ptr_array_unref(reports);
			mp_newtext_free(nt);
			g_free(body);
			g_free(raw);
		}
		g_free(path);
	}
	set->negatives += added;
	g_ptr_array_unref(names);
}

/* read_thresholds - "category threshold" lines; # comments */
static gboolean read_thresholds(const char *path, double *t)
{
	char *text = NULL;
	if (!g_file_get_contents(path, &text, NULL, NULL)) {
		fprintf(stderr, "train_scorer: %s: cannot read the thresholds\n", path);
		return FALSE;
	}
	for (guint c = 0; c < MP_SCORER_CATEGORIES; c++)
		t[c] = 2.0; /* a category without a threshold: the model never raises it */
	char **lines = g_strsplit(text, "\n", -1);
	gboolean ok = TRUE;
	for (guint i = 0; lines[i] && ok; i++) {
		char *l = g_strstrip(lines[i]);
		if (*l == '#' || *l == '\0')
			continue;
		char name[64];
		double v;
		int c = -1;
		if (sscanf(l, "%63s %lf", name, &v) != 2 || (c = category_of(name)) < 0) {
			fprintf(stderr, "train_scorer: %s:%u: expected \"category threshold\"\n", path, i + 1);
			ok = FALSE;
		} else {
			t[c] = v;
		}
	}
	g_strfreev(lines);
	g_free(text);
	return ok;
}

static void quiet(const char *s)
{
	(void)s;
}

/* heldout_report - -e: precision and recall per category on a held-out
 * set at a few thresholds (how data/scorer-thresholds.conf is chosen) */
static void heldout_report(const sample_set *held, const float *weights)
{
	static const double ts[] = { 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8 };
	for (int c = 0; c < MP_SCORER_CATEGORIES; c++) {
		printf("%-11s", mp_rules_categories()[c]);
		for (guint k = 0; k < G_N_ELEMENTS(ts); k++) {
			guint tp = 0, fp = 0, fn = 0;
			for (guint i = 0; i < held->rows->len; i++) {
				const struct feature_node *x = held->rows->pdata[i];
				double z = 0;
				for (; x->index > 0; x++)
					z += weights[(gsize)(x->index - 1) * MP_SCORER_CATEGORIES + c];
				gboolean yes = 1.0 / (1.0 + exp(-z)) >= ts[k];
				gboolean pos = g_array_index(held->labels, int, i) == c;
				tp += yes && pos, fp += yes && !pos, fn += !yes && pos;
			}
			printf("  %.1f:P%.2f/R%.2f", ts[k], tp + fp ? (double)tp / (tp + fp) : 0,
			       tp + fn ? (double)tp / (tp + fn) : 0);
		}
		printf("\n");
	}
}

/* train_category - the weights of category c into weights[slot][c] */
static void train_category(const sample_set *set, int c, float *weights, guint *positives)
{
	struct problem prob = { .l = (int)set->rows->len, .n = (int)MP_SCORER_SLOTS, .bias = -1 };
	prob.y = g_new(double, prob.l);
	prob.x = (struct feature_node **)set->rows->pdata;
	*positives = 0;
	for (int i = 0; i < prob.l; i++) {
		gboolean pos = g_array_index(set->labels, int, i) == c;
		prob.y[i] = pos ? 1 : 0;
		*positives += pos;
	}
	/* the positives weigh pos_weight negatives: a category is a few
	 * percent of the sentences */
	int wl[2] = { 1, 0 };
	double wv[2] = { pos_weight, 1.0 };
	struct parameter param = { .solver_type = L2R_LR, .eps = 0.01, .C = train_c,
	                           .nr_weight = 2, .weight_label = wl, .weight = wv };
	struct model *m = train(&prob, &param);
	int li = m->label[0] == 1 ? 0 : 1;
	for (int j = 0; j < m->nr_feature && j < (int)MP_SCORER_SLOTS; j++)
		weights[(gsize)j * MP_SCORER_CATEGORIES + c] = (float)get_decfun_coef(m, j + 1, li);
	free_and_destroy_model(&m);
	g_free(prob.y);
}

int main(int argc, char **argv)
{
	const char *out = NULL, *rules_dir = NULL, *tfile = NULL;
	GPtrArray *negdirs = g_ptr_array_new();
	int opt;
	const char *heldout = NULL;
	while ((opt = getopt(argc, argv, "o:r:t:n:e:C:W:")) != -1) {
		switch (opt) {
		case 'o': out = optarg; break;
		case 'r': rules_dir = optarg; break;
		case 't': tfile = optarg; break;
		case 'n': g_ptr_array_add(negdirs, optarg); break;
		case 'e': heldout = optarg; break;
		case 'C': train_c = g_ascii_strtod(optarg, NULL); break;
		case 'W': pos_weight = g_ascii_strtod(optarg, NULL); break;
		default: goto usage;
		}
	}
	if (!out || !rules_dir || !tfile || optind >= argc)
		goto usage;
	GError *error = NULL;
	rules = mp_rules_load(rules_dir, NULL, &error);
	if (rules == NULL) {
		fprintf(stderr, "train_scorer: rules: %s\n", error->message);
		return 1;
	}
	double thresholds[MP_SCORER_CATEGORIES];
	if (!read_thresholds(tfile, thresholds))
		return 1;
	set_print_string_function(quiet);
	fz = mp_featurizer_new();
	sample_set set = { g_array_new(FALSE, FALSE, sizeof(int)), g_ptr_array_new_with_free_func(g_free), 0 };
	for (int i = optind; i < argc; i++)
		if (!read_jsonl(&set, argv[i]))
			return 1;
	for (guint i = 0; i < negdirs->len; i++)
		read_negatives(&set, negdirs->pdata[i]);
	float *weights = g_new0(float, (gsize)MP_SCORER_SLOTS * MP_SCORER_CATEGORIES);
	GString *prov = g_string_new(NULL);
	g_string_append_printf(prov, "%u sentences (%u real-mail negatives), C=%.2f, positives",
	                       set.rows->len, set.negatives, train_c);
	for (int c = 0; c < MP_SCORER_CATEGORIES; c++) {
		guint pos;
		train_category(&set, c, weights, &pos);
		g_string_append_printf(prov, " %s=%u", mp_rules_categories()[c], pos);
	}
	if (!mp_scorer_save(out, weights, thresholds, prov->str, &error)) {
		fprintf(stderr, "train_scorer: %s\n", error->message);
		return 1;
	}
	printf("train_scorer: %s: %s\n", out, prov->str);
	if (heldout) {
		sample_set held = { g_array_new(FALSE, FALSE, sizeof(int)),
		                    g_ptr_array_new_with_free_func(g_free), 0 };
		if (!read_jsonl(&held, heldout))
			return 1;
		heldout_report(&held, weights);
		g_array_free(held.labels, TRUE);
		g_ptr_array_unref(held.rows);
	}
	g_string_free(prov, TRUE);
	g_free(weights);
	g_array_free(set.labels, TRUE);
	g_ptr_array_unref(set.rows);
	g_ptr_array_unref(negdirs);
	mp_featurizer_free(fz);
	mp_rules_free(rules);
	return 0;
usage:
	fprintf(stderr, "usage: train_scorer -o MODEL -r RULESDIR -t THRESHOLDS [-n MAILDIR]... FILE.jsonl...\n");
	return 1;
}
