/*
 * test_relevance.c - the business-or-personal model: its file kind, the
 * built model on clear cases in several languages, the trainer's
 * determinism and its errors.
 *
 * Reads data/relevance and build/relevance.model from $MAILPULSE_ROOT
 * (set by tests/run-all.sh; "." otherwise) and runs
 * build/tools/train_relevance (built by `make`).
 */
#include <glib/gstdio.h>
#include "unit.h"
#include "lang.h"
#include "relevance.h"
#include "status.h"

static void test_model_kinds(void **state)
{
	static const char *const personal[] = { "personal", NULL };
	float *w = g_new0(float, MP_SCORER_SLOTS);
	double t = 0.9;
	char *path = unit_tmp_path("relevance.model");
	GError *error = NULL;
	assert_true(mp_scorer_save_kind(path, "relevance", personal, w, &t, "test", &error));
	mp_scorer *m = mp_relevance_load(path, &error);
	assert_non_null(m);
	assert_true(mp_relevance_threshold(m) == 0.9);
	/* all weights 0: a coin toss, below the threshold */
	double p = mp_relevance_personal(m, "Hello", "Anything at all.", "en", MP_SIDE_CUSTOMER);
	assert_true(p > 0.49 && p < 0.51);
	mp_scorer_free(m);
	/* a relevance model is no sentence scorer, and the other way round */
	assert_null(mp_scorer_load(path, &error));
	assert_true(g_error_matches(error, MP_ERROR, MP_ERR_DATA));
	assert_non_null(strstr(error->message, "kind"));
	g_clear_error(&error);
	char *model = unit_root_path("build/scorer.model");
	assert_null(mp_relevance_load(model, &error));
	assert_non_null(strstr(error->message, "not a usable relevance model"));
	g_clear_error(&error);
	g_free(model);
	g_unlink(path);
	g_free(path);
	g_free(w);
}

static void test_built_model(void **state)
{
	static const struct { const char *subject, *text; gboolean personal; } rows[] = {
		{ "Sunday", "Congratulations on the baby! Hope mum and the little one are doing well. "
		            "Still on for the match on Sunday? I'll bring the beers.", TRUE },
		{ "Re: purchase order", "Attached is the signed purchase order for the 40 extra licences. "
		                        "Could you confirm the go-live date and send the invoice to our "
		                        "accounts payable team?", FALSE },
		{ "Facture de mars", "Bonjour, la facture de mars ne correspond pas au contrat : nous "
		                     "avons 25 licences et non 30. Pouvez-vous la corriger ?", FALSE },
		{ "Ausfall heute", "Seit heute Morgen läuft die Schnittstelle zum Lager nicht mehr. "
		                   "Bitte melden Sie sich dringend, unsere Bestellungen stehen still.", FALSE },
	};
	char *path = unit_root_path("build/relevance.model");
	GError *error = NULL;
	mp_scorer *m = mp_relevance_load(path, &error);
	if (m == NULL)
		fail_msg("%s", error->message);
	for (guint i = 0; i < G_N_ELEMENTS(rows); i++) {
		const char *lang = mp_lang_detect(rows[i].text, -1, "en");
		double p = mp_relevance_personal(m, rows[i].subject, rows[i].text, lang,
		                                 MP_SIDE_CUSTOMER);
		gboolean got = p >= mp_relevance_threshold(m);
		if (got != rows[i].personal)
			fail_msg("row %u (%s): personal %.3f, threshold %.2f", i, rows[i].subject, p,
			         mp_relevance_threshold(m));
	}
	mp_scorer_free(m);
	g_free(path);
}

/* run_trainer - train_relevance on data into out; its exit status */
static int run_trainer(const char *data, const char *out, char **err)
{
	char *trainer = unit_root_path("build/tools/train_relevance");
	char *th = unit_root_path("data/relevance/threshold.conf");
	char *argv[] = { trainer, "-o", (char *)out, "-t", th, (char *)data, NULL };
	int status = -1;
	GError *error = NULL;
	if (!g_spawn_sync(NULL, argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, err,
	                  &status, &error))
		fail_msg("cannot run %s: %s", trainer, error->message);
	g_free(trainer);
	g_free(th);
	return status;
}

static void test_trainer(void **state)
{
	/* the first 200 messages of a writer: both labels */
	char *src = unit_root_path("data/relevance/rel-a.jsonl");
	gsize len;
	char *all = unit_read_file(src, &len);
	char *cut = all;
	for (int i = 0; i < 200 && cut; i++)
		cut = strchr(cut + 1, '\n');
	char *data = unit_tmp_path("train.jsonl");
	assert_true(g_file_set_contents(data, all, cut ? cut - all + 1 : (gssize)len, NULL));
	char *m1 = unit_tmp_path("m1.model"), *m2 = unit_tmp_path("m2.model");
	assert_int_equal(run_trainer(data, m1, NULL), 0);
	assert_int_equal(run_trainer(data, m2, NULL), 0);
	gsize l1, l2;
	char *b1 = unit_read_file(m1, &l1), *b2 = unit_read_file(m2, &l2);
	assert_int_equal(l1, l2);
	assert_memory_equal(b1, b2, l1);
	/* a line that is not a labelled message: FILE:LINE, no model */
	assert_true(g_file_set_contents(data, "{\"id\": \"x\", \"subject\": \"s\", \"text\": \"t\", "
	                                      "\"lang\": \"en\", \"writer\": \"customer\", "
	                                      "\"label\": \"business\"}\n{\"text\": \"x\"}\n", -1, NULL));
	g_unlink(m2);
	char *err = NULL;
	assert_int_not_equal(run_trainer(data, m2, &err), 0);
	assert_non_null(strstr(err, "train.jsonl:2: not a labelled message"));
	assert_false(g_file_test(m2, G_FILE_TEST_EXISTS));
	g_free(err);
	free(b1);
	free(b2);
	free(all);
	g_unlink(data);
	g_unlink(m1);
	g_free(m1);
	g_free(m2);
	g_free(data);
	g_free(src);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_model_kinds),
		cmocka_unit_test(test_built_model),
		cmocka_unit_test(test_trainer),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
