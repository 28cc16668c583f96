/*
 * score_model.c - load, save and apply the scorer's model (see scorer.h).
 *
 * FILE FORMAT (version 1)
 *	Text header lines, then a blank line, then the weights:
 *	  mailpulse-KIND 1              (scorer: per sentence; relevance: per message)
 *	  slots 131072
 *	  categories expansion advocacy churn_risk ... renewal
 *	  thresholds T1 ... Tn          (one per category; > 1 never fires)
 *	  provenance FREE TEXT          (what it was trained on, for `rules check`)
 *	  checksum HEX                  (FNV-1a 64 of the weight bytes)
 *	  <blank line>
 *	  slots x categories IEEE float32, little-endian, [slot][category]
 *	The kind and the categories line must be those the caller expects
 *	(the sentence scorer: mp_rules_categories(); the relevance model:
 *	"personal"): a model trained for something else is refused, not
 *	misread.
 *
 *	mp_scorer_score() is a sum of the weights of the sentence's slots
 *	per category and a logistic: a few hundred additions per sentence.
 *
 * DIAGNOSTICS
 *	mp_scorer_load() fails with MP_ERR_NOINPUT when the file is missing
 *	or unreadable and MP_ERR_DATA when it is not a model of this
 *	version, is truncated or its checksum does not match; the message
 *	names the file and says how to make a good one (`make`).
 */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include "scorer.h"
#include "status.h"

struct mp_scorer {
	guint ncat;     /* categories: MP_SCORER_CATEGORIES at most */
	float *weights; /* [slot][category] */
	double threshold[MP_SCORER_CATEGORIES];
	char *provenance;
	mp_featurizer *fz;
};

/* model_checksum - FNV-1a 64 over n bytes */
static guint64 model_checksum(const guchar *p, gsize n)
{
	guint64 h = 14695981039346656037ull;
	for (gsize i = 0; i < n; i++) {
		h ^= p[i];
		h *= 1099511628211ull;
	}
	return h;
}

/* model_fail - set a DATA error naming path */
static mp_scorer *model_fail(mp_scorer *sc, GError **error, const char *path, const char *kind,
                             const char *why)
{
	g_set_error(error, MP_ERROR, MP_ERR_DATA,
	            "%s: not a usable %s model (%s); rebuild it with `make` "
	            "(tools/train_%s) and install it beside the rules", path, kind, why, kind);
	mp_scorer_free(sc);
	return NULL;
}

/* header_lines - the header's lines, data up to end */
static char **header_lines(const char *data, const char *end)
{
	char *header = g_strndup(data, (gsize)(end - data));
	char **lines = g_strsplit(header, "\n", -1);
	g_free(header);
	return lines;
}

mp_scorer *mp_scorer_load_kind(const char *path, const char *kind,
                               const char *const *categories, GError **error)
{
	char *data = NULL;
	gsize len = 0;
	GError *io = NULL;
	if (!g_file_get_contents(path, &data, &len, &io)) {
		g_set_error(error, MP_ERROR, MP_ERR_NOINPUT,
		            "%s model %s: %s; build it with `make` or install mailpulse", kind, path,
		            io->message);
		g_error_free(io);
		return NULL;
	}
	mp_scorer *sc = g_new0(mp_scorer, 1);
	sc->ncat = MIN(g_strv_length((char **)categories), MP_SCORER_CATEGORIES);
	const char *end = g_strstr_len(data, (gssize)MIN(len, 4096), "\n\n");
	const char *why = NULL;
	char **lines = NULL;
	char *cats = g_strjoinv(" ", (char **)categories);
	char *magic = g_strdup_printf("mailpulse-%s 1\n", kind);
	gsize want = (gsize)MP_SCORER_SLOTS * sc->ncat * sizeof(float);
	if (end == NULL || !g_str_has_prefix(data, magic))
		why = "no mailpulse model header of this kind and version";
	else if (g_strv_length(lines = header_lines(data, end)) != 6)
		why = "header has the wrong number of lines";
	else if (!g_str_has_prefix(lines[1], "slots ") ||
	         g_ascii_strtoull(lines[1] + 6, NULL, 10) != MP_SCORER_SLOTS)
		why = "a different number of slots";
	else if (!g_str_has_prefix(lines[2], "categories ") || strcmp(lines[2] + 11, cats) != 0)
		why = "other categories than this mailpulse's";
	else if (len - (gsize)(end + 2 - data) != want)
		why = "truncated or padded weights";
	else if (!g_str_has_prefix(lines[5], "checksum ") ||
	         g_ascii_strtoull(lines[5] + 9, NULL, 16) !=
	                 model_checksum((const guchar *)end + 2, want))
		why = "checksum mismatch";
	if (why == NULL) {
		char **t = g_strsplit(lines[3] + (g_str_has_prefix(lines[3], "thresholds ") ? 11 : 0),
		                      " ", -1);
		if (!g_str_has_prefix(lines[3], "thresholds ") || g_strv_length(t) != sc->ncat)
			why = "bad thresholds line";
		for (guint i = 0; why == NULL && i < sc->ncat; i++) {
			char *e = NULL;
			sc->threshold[i] = g_ascii_strtod(t[i], &e);
			if (e == t[i] || *e || !isfinite(sc->threshold[i]))
				why = "bad thresholds line";
		}
		g_strfreev(t);
	}
	if (why == NULL) {
		sc->weights = g_new(float, want / sizeof(float));
		const guchar *p = (const guchar *)end + 2;
		for (gsize i = 0; i < want / sizeof(float); i++, p += 4) {
			guint32 u = (guint32)p[0] | (guint32)p[1] << 8 | (guint32)p[2] << 16 |
			            (guint32)p[3] << 24;
			memcpy(&sc->weights[i], &u, sizeof u);
			if (!isfinite(sc->weights[i]))
				why = "a weight that is not a number";
		}
		sc->provenance = g_strdup(lines[4] + (g_str_has_prefix(lines[4], "provenance ") ? 11 : 0));
		sc->fz = mp_featurizer_new();
	}
	g_strfreev(lines);
	g_free(cats);
	g_free(magic);
	g_free(data);
	if (why)
		return model_fail(sc, error, path, kind, why);
	return sc;
}

mp_scorer *mp_scorer_load(const char *path, GError **error)
{
	return mp_scorer_load_kind(path, "scorer", mp_rules_categories(), error);
}

void mp_scorer_free(mp_scorer *sc)
{
	if (sc == NULL)
		return;
	g_free(sc->weights);
	g_free(sc->provenance);
	mp_featurizer_free(sc->fz);
	g_free(sc);
}

gboolean mp_scorer_save_kind(const char *path, const char *kind, const char *const *categories,
                             const float *weights, const double *thresholds,
                             const char *provenance, GError **error)
{
	guint ncat = MIN(g_strv_length((char **)categories), MP_SCORER_CATEGORIES);
	gsize n = (gsize)MP_SCORER_SLOTS * ncat;
	guchar *bytes = g_new(guchar, n * 4);
	for (gsize i = 0; i < n; i++) {
		guint32 u;
		memcpy(&u, &weights[i], sizeof u);
		bytes[4 * i] = u & 0xFF;
		bytes[4 * i + 1] = (u >> 8) & 0xFF;
		bytes[4 * i + 2] = (u >> 16) & 0xFF;
		bytes[4 * i + 3] = (u >> 24) & 0xFF;
	}
	char *cats = g_strjoinv(" ", (char **)categories);
	GString *out = g_string_new(NULL);
	g_string_append_printf(out, "mailpulse-%s 1\nslots %u\ncategories %s\nthresholds", kind,
	                       MP_SCORER_SLOTS, cats);
	for (guint i = 0; i < ncat; i++) {
		char buf[G_ASCII_DTOSTR_BUF_SIZE];
		g_string_append_printf(out, " %s", g_ascii_formatd(buf, sizeof buf, "%.4f", thresholds[i]));
	}
	char *prov = g_strdelimit(g_strdup(provenance ? provenance : ""), "\n\r", ' ');
	g_string_append_printf(out, "\nprovenance %s\nchecksum %016" G_GINT64_MODIFIER "x\n\n", prov,
	                       model_checksum(bytes, n * 4));
	g_string_append_len(out, (const char *)bytes, (gssize)(n * 4));
	gboolean ok = g_file_set_contents(path, out->str, (gssize)out->len, error);
	g_string_free(out, TRUE);
	g_free(prov);
	g_free(cats);
	g_free(bytes);
	return ok;
}

gboolean mp_scorer_save(const char *path, const float *weights, const double *thresholds,
                        const char *provenance, GError **error)
{
	return mp_scorer_save_kind(path, "scorer", mp_rules_categories(), weights, thresholds,
	                           provenance, error);
}

void mp_scorer_score(const mp_scorer *sc, const mp_features *f, double prob[MP_SCORER_CATEGORIES])
{
	double z[MP_SCORER_CATEGORIES] = { 0 };
	for (guint i = 0; i < f->n; i++) {
		const float *w = sc->weights + (gsize)f->slot[i] * sc->ncat;
		for (guint c = 0; c < sc->ncat; c++)
			z[c] += w[c];
	}
	for (guint c = 0; c < MP_SCORER_CATEGORIES; c++)
		prob[c] = c < sc->ncat ? 1.0 / (1.0 + exp(-z[c])) : 0.0;
}

double mp_scorer_threshold(const mp_scorer *sc, guint category)
{
	return category < sc->ncat ? sc->threshold[category] : 2.0;
}

mp_featurizer *mp_scorer_featurizer(mp_scorer *sc)
{
	return sc->fz;
}

const char *mp_scorer_provenance(const mp_scorer *sc)
{
	return sc->provenance;
}

typedef struct {
	double w;
	guint i;
} contribution;

/* contribution_cmp - largest weight first, then feature order */
static gint contribution_cmp(gconstpointer a, gconstpointer b)
{
	const contribution *x = a, *y = b;
	if (x->w != y->w)
		return x->w > y->w ? -1 : 1;
	return x->i < y->i ? -1 : x->i > y->i;
}

GPtrArray *mp_scorer_top_features(const mp_scorer *sc, const mp_features *f, guint category,
                                  guint n)
{
	GPtrArray *out = g_ptr_array_new_with_free_func(g_free);
	if (f->names == NULL || category >= sc->ncat)
		return out;
	contribution *c = g_new(contribution, f->n + 1);
	for (guint i = 0; i < f->n; i++) {
		c[i].w = sc->weights[(gsize)f->slot[i] * sc->ncat + category];
		c[i].i = i;
	}
	qsort(c, f->n, sizeof *c, (int (*)(const void *, const void *))contribution_cmp);
	for (guint i = 0; i < f->n && out->len < n; i++)
		if (c[i].w > 0 && c[i].i < f->names->len)
			g_ptr_array_add(out, g_strdup_printf("%s (%+.2f)",
			                                     (char *)f->names->pdata[c[i].i], c[i].w));
	g_free(c);
	return out;
}
