/*
 * train_relevance.c - train the business-or-personal model (issue 15).
 *
 * SYNOPSIS
 *	train_relevance -o MODEL -t THRESHOLD [-C COST] [-e HELDOUT.jsonl [-v]]
 *	                FILE.jsonl...
 *
 * SUMMARY
 *	Reads the labelled messages of every FILE.jsonl (format in
 *	data/relevance/README.md: subject, new text, language, who wrote it,
 *	business or personal), turns each into relevance.c's features and
 *	trains one L2-regularised logistic regression with LIBLINEAR (primal
 *	trust-region Newton: the same inputs give the same model byte for
 *	byte), positive = personal.  THRESHOLD (data/relevance/threshold.conf,
 *	one line "personal P") is copied into the model.  -e prints, for a
 *	held-out file (one writer, trained on the others), how many personal
 *	messages are caught and how many business messages are lost at a few
 *	thresholds: how the threshold was chosen; -v adds the held-out
 *	messages judged wrong at THRESHOLD, by id.
 *
 * DIAGNOSTICS
 *	A line that is not a labelled message is an error naming FILE:LINE;
 *	exit 1 on any error, 0 with a one-line summary on success.
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <jansson.h>
#include <linear.h>
#include "relevance.h"
#include "jsonl.h"

typedef struct {
	GArray *personal; /* gboolean per message */
	GPtrArray *rows;  /* struct feature_node * */
	GPtrArray *ids;   /* char *: the message's id, for -v */
} message_set;

static gboolean verbose; /* -v: the held-out messages judged wrong */

static mp_featurizer *fz;

/* set_add - one message's features and label */
static void set_add(message_set *set, const char *id, const char *subject, const char *text,
                    const char *lang, mp_side writer, gboolean personal)
{
	g_ptr_array_add(set->ids, g_strdup(id ? id : "?"));
	mp_features f = { .n = 0 };
	mp_relevance_features(fz, subject, text, lang, writer, &f);
	struct feature_node *x = g_new(struct feature_node, f.n + 1);
	for (guint i = 0; i < f.n; i++) {
		x[i].index = (int)f.slot[i] + 1;
		x[i].value = 1.0;
	}
	x[f.n].index = -1;
	g_ptr_array_add(set->rows, x);
	g_array_append_val(set->personal, personal);
}

/* take_message - one labelled message of a file into set (jsonl_fn) */
static gboolean take_message(json_t *o, const char *why, const char *path, guint line,
                             void *data)
{
	const char *subject = o ? json_string_value(json_object_get(o, "subject")) : NULL;
	const char *text = o ? json_string_value(json_object_get(o, "text")) : NULL;
	const char *lang = o ? json_string_value(json_object_get(o, "lang")) : NULL;
	const char *writer = o ? json_string_value(json_object_get(o, "writer")) : NULL;
	const char *label = o ? json_string_value(json_object_get(o, "label")) : NULL;
	if (!subject || !text || !lang || !writer || !label ||
	    (strcmp(label, "business") != 0 && strcmp(label, "personal") != 0)) {
		fprintf(stderr, "train_relevance: %s:%u: not a labelled message (%s)\n", path, line,
		        o ? "a field is missing or the label is not business/personal" : why);
		return FALSE;
	}
	set_add(data, json_string_value(json_object_get(o, "id")), subject, text, lang,
	        strcmp(writer, "vendor") == 0 ? MP_SIDE_US : MP_SIDE_CUSTOMER,
	        strcmp(label, "personal") == 0);
	return TRUE;
}

/* read_messages - the labelled messages of one file into set */
static gboolean read_messages(message_set *set, const char *path)
{
	return jsonl_read("train_relevance", path, take_message, set);
}

/* read_threshold - "personal P" (# comments) */
static gboolean read_threshold(const char *path, double *t)
{
	char *text = NULL;
	if (!g_file_get_contents(path, &text, NULL, NULL)) {
		fprintf(stderr, "train_relevance: %s: cannot read the threshold\n", path);
		return FALSE;
	}
	gboolean found = FALSE;
	char **lines = g_strsplit(text, "\n", -1);
	for (guint i = 0; lines[i]; i++) {
		char *l = g_strstrip(lines[i]);
		if (*l == '#' || *l == '\0')
			continue;
		found = sscanf(l, "personal %lf", t) == 1 && *t > 0 && *t <= 1;
		if (!found)
			fprintf(stderr, "train_relevance: %s:%u: expected \"personal P\" (0 < P <= 1)\n",
			        path, i + 1);
		break;
	}
	g_strfreev(lines);
	g_free(text);
	return found;
}

static void quiet(const char *s)
{
	(void)s;
}

/* heldout_report - -e: personal caught and business lost per threshold */
static void heldout_report(const message_set *held, const float *w, double threshold)
{
	static const double ts[] = { 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95 };
	guint npers = 0, nbus = 0;
	for (guint i = 0; i < held->personal->len; i++)
		g_array_index(held->personal, gboolean, i) ? npers++ : nbus++;
	printf("held out: %u personal, %u business\n", npers, nbus);
	for (guint k = 0; k < G_N_ELEMENTS(ts); k++) {
		guint caught = 0, lost = 0;
		for (guint i = 0; i < held->rows->len; i++) {
			double z = 0;
			for (const struct feature_node *x = held->rows->pdata[i]; x->index > 0; x++)
				z += w[x->index - 1];
			gboolean yes = 1.0 / (1.0 + exp(-z)) >= ts[k];
			gboolean pers = g_array_index(held->personal, gboolean, i);
			caught += yes && pers, lost += yes && !pers;
			if (verbose && ts[k] == threshold && yes != pers)
				printf("    %s %s at %.2f: %s\n", (char *)held->ids->pdata[i],
				       pers ? "personal" : "business", 1.0 / (1.0 + exp(-z)),
				       yes ? "taken as personal" : "kept");
		}
		printf("  %.2f: personal caught %u/%u (%.2f), business lost %u/%u (%.3f), precision %.2f\n",
		       ts[k], caught, npers, npers ? (double)caught / npers : 0, lost, nbus,
		       nbus ? (double)lost / nbus : 0,
		       caught + lost ? (double)caught / (caught + lost) : 0);
	}
}

int main(int argc, char **argv)
{
	const char *out = NULL, *tfile = NULL, *heldout = NULL;
	double cost = 1.0;
	int opt;
	while ((opt = getopt(argc, argv, "o:t:e:C:v")) != -1) {
		switch (opt) {
		case 'o': out = optarg; break;
		case 't': tfile = optarg; break;
		case 'e': heldout = optarg; break;
		case 'C': cost = g_ascii_strtod(optarg, NULL); break;
		case 'v': verbose = TRUE; break;
		default: goto usage;
		}
	}
	if (!out || !tfile || optind >= argc)
		goto usage;
	double threshold;
	if (!read_threshold(tfile, &threshold))
		return 1;
	set_print_string_function(quiet);
	fz = mp_featurizer_new();
	message_set set = { g_array_new(FALSE, FALSE, sizeof(gboolean)),
	                    g_ptr_array_new_with_free_func(g_free),
	                    g_ptr_array_new_with_free_func(g_free) };
	for (int i = optind; i < argc; i++)
		if (!read_messages(&set, argv[i]))
			return 1;
	struct problem prob = { .l = (int)set.rows->len, .n = (int)MP_SCORER_SLOTS, .bias = -1 };
	prob.y = g_new(double, prob.l);
	prob.x = (struct feature_node **)set.rows->pdata;
	guint npers = 0;
	for (int i = 0; i < prob.l; i++)
		npers += (prob.y[i] = g_array_index(set.personal, gboolean, i) ? 1 : 0) > 0;
	struct parameter param = { .solver_type = L2R_LR, .eps = 0.01, .C = cost };
	struct model *m = train(&prob, &param);
	int li = m->label[0] == 1 ? 0 : 1;
	float *weights = g_new0(float, MP_SCORER_SLOTS);
	for (int j = 0; j < m->nr_feature && j < (int)MP_SCORER_SLOTS; j++)
		weights[j] = (float)get_decfun_coef(m, j + 1, li);
	free_and_destroy_model(&m);
	g_free(prob.y);
	char *prov = g_strdup_printf("%u messages (%u personal), C=%.2f", set.rows->len, npers, cost);
	static const char *const cats[] = { "personal", NULL };
	GError *error = NULL;
	if (!mp_scorer_save_kind(out, "relevance", cats, weights, &threshold, prov, &error)) {
		fprintf(stderr, "train_relevance: %s\n", error->message);
		return 1;
	}
	printf("train_relevance: %s: %s\n", out, prov);
	int status = 0;
	if (heldout) {
		message_set held = { g_array_new(FALSE, FALSE, sizeof(gboolean)),
		                     g_ptr_array_new_with_free_func(g_free),
		                     g_ptr_array_new_with_free_func(g_free) };
		if (read_messages(&held, heldout))
			heldout_report(&held, weights, threshold);
		else
			status = 1;
		g_array_free(held.personal, TRUE);
		g_ptr_array_unref(held.rows);
		g_ptr_array_unref(held.ids);
	}
	g_free(prov);
	g_free(weights);
	g_array_free(set.personal, TRUE);
	g_ptr_array_unref(set.rows);
	g_ptr_array_unref(set.ids);
	mp_featurizer_free(fz);
	return status;
usage:
	fprintf(stderr, "usage: train_relevance -o MODEL -t THRESHOLD [-C COST] [-e HELDOUT.jsonl [-v]] FILE.jsonl...\n");
	return 1;
}
