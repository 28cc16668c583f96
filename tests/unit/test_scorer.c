/*
 * test_scorer.c - the sentence scorer: language, features, the model
 * file (round trip, every load error), thresholds and vetoes in
 * mp_rules_match(), and the trainer's determinism.
 *
 * Reads the repository's rules/ and data/ from $MAILPULSE_ROOT (set by
 * tests/run-all.sh; "." otherwise) and runs the trainer at
 * $MAILPULSE_ROOT/build/tools/train_scorer (built by `make`).
 */
#include <glib/gstdio.h>
#include "unit.h"
#include "lang.h"
#include "rules.h"
#include "scorer.h"
#include "status.h"

/* has_feature - f (with names) holds a feature named name */
static gboolean has_feature(const mp_features *f, const char *name)
{
	for (guint i = 0; i < f->names->len; i++)
		if (strcmp(f->names->pdata[i], name) == 0)
			return TRUE;
	return FALSE;
}

static void test_language(void **state)
{
	static const struct { const char *text, *want; } rows[] = {
		{ "We would like to add twenty more seats for the finance team next quarter.", "en" },
		{ "Nous souhaitons ajouter vingt licences pour l'équipe financière le trimestre prochain.", "fr" },
		{ "Wir möchten im nächsten Quartal zwanzig weitere Lizenzen für die Buchhaltung.", "de" },
		{ "Queremos añadir veinte licencias más para el equipo de finanzas el próximo trimestre.", "es" },
		{ "Wij willen volgend kwartaal twintig extra licenties voor het financiële team.", "nl" },
		{ "", "en" },
	};
	for (guint i = 0; i < G_N_ELEMENTS(rows); i++)
		assert_str_row(rows[i].text, mp_lang_detect(rows[i].text, -1, "en"), rows[i].want);
}

static void test_features(void **state)
{
	mp_featurizer *fz = mp_featurizer_new();
	mp_sentence_ctx ctx = { "en", MP_SIDE_CUSTOMER, "new", 1u << 2, 0 };
	mp_features a = { .names = g_ptr_array_new_with_free_func(g_free) };
	mp_features b = { .names = g_ptr_array_new_with_free_func(g_free) };
	mp_features_extract(fz, "We will not be renewing, we're cancelling?", &ctx, &a);
	/* stems, bigrams, negation scope, flags, rule features */
	assert_true(has_feature(&a, "u:cancel"));
	assert_true(has_feature(&a, "n:renew"));
	assert_true(has_feature(&a, "b:will_not"));
	assert_true(has_feature(&a, "c|cancel"));
	assert_true(has_feature(&a, "question"));
	assert_true(has_feature(&a, "neg"));
	assert_true(has_feature(&a, "we|c"));
	assert_true(has_feature(&a, "fut|c"));
	assert_true(has_feature(&a, "rf:churn_risk"));
	assert_false(has_feature(&a, "rf:expansion"));
	/* the same sentence gives the same features, distinct and ascending */
	mp_features_extract(fz, "We will not be renewing, we're cancelling?", &ctx, &b);
	assert_int_equal(a.n, b.n);
	assert_memory_equal(a.slot, b.slot, a.n * sizeof a.slot[0]);
	for (guint i = 1; i < a.n; i++)
		assert_true(a.slot[i - 1] < a.slot[i]);
	/* German stems: "Kündigung" and "kündigen" meet */
	ctx.lang = "de";
	mp_features_extract(fz, "Wir werden kündigen", &ctx, &a);
	mp_features_extract(fz, "Die Kündigung folgt", &ctx, &b);
	assert_true(has_feature(&a, "u:kundig"));
	assert_true(has_feature(&b, "u:kundig"));
	/* the reader addressed and a condition, in the sentence's language:
	 * Dutch "als u", not German "als" (as) nor French "je" (I) */
	static const struct { const char *lang, *text, *feature; gboolean want; } cues[] = {
		{ "en", "If you need to cancel, please call us.", "you|c", TRUE },
		{ "en", "If you need to cancel, please call us.", "cond|c", TRUE },
		{ "en", "If you need to cancel, please call us.", "wefut|c", FALSE },
		{ "en", "We will move to another vendor.", "wefut|c", TRUE },
		{ "en", "We will move to another vendor.", "you|c", FALSE },
		{ "nl", "Als u wilt opzeggen, laat het weten.", "you|c", TRUE },
		{ "nl", "Als u wilt opzeggen, laat het weten.", "cond|c", TRUE },
		{ "de", "Das ist besser als die alte Lösung.", "cond|c", FALSE },
		{ "fr", "Je pense que nous allons changer.", "you|c", FALSE },
	};
	for (guint i = 0; i < G_N_ELEMENTS(cues); i++) {
		ctx.lang = cues[i].lang;
		mp_features_extract(fz, cues[i].text, &ctx, &a);
		if (has_feature(&a, cues[i].feature) != cues[i].want)
			fail_msg("%s: %s should %sbe there", cues[i].text, cues[i].feature,
			         cues[i].want ? "" : "not ");
	}
	ctx.lang = "de";
	/* a hostile sentence costs bounded features */
	GString *big = g_string_new(NULL);
	for (int i = 0; i < 20000; i++)
		g_string_append_printf(big, "w%d ", i);
	mp_features_extract(fz, big->str, &ctx, &a);
	assert_true(a.n <= MP_SCORER_MAX_FEATURES);
	g_string_free(big, TRUE);
	/* the cheap filter */
	assert_false(mp_features_worth_scoring("Thanks,"));
	assert_false(mp_features_worth_scoring("Kind regards"));
	assert_true(mp_features_worth_scoring("We are moving to another vendor."));
	g_ptr_array_unref(a.names);
	g_ptr_array_unref(b.names);
	mp_featurizer_free(fz);
}

/* a paragraph in another language than the message is read in its own
 * when textcat is sure of it; a short one takes the message's */
static void test_paragraph_language(void **state)
{
	char *dir = unit_root_path("rules");
	GError *error = NULL;
	mp_ruleset *rs = mp_rules_load(dir, NULL, &error);
	assert_non_null(rs);
	static const char text[] =
	        "Hi Pedro,\n\n"
	        "Thanks for the call on Tuesday, the team found it very useful and we would like "
	        "to continue the conversation with the planners next month when they are back.\n\n"
	        "Para el equipo de Valencia: estamos muy contentos con la plataforma y queremos "
	        "añadir licencias para la oficina nueva el mes que viene.\n\n"
	        "Gracias otra vez.\n";
	GPtrArray *reports = mp_rules_explain(rs, text, MP_SIDE_CUSTOMER, 0);
	assert_int_equal(reports->len, 4);
	static const char *const want[] = { "en", "en", "es", "en" };
	for (guint i = 0; i < reports->len; i++) {
		const mp_sentence_report *r = reports->pdata[i];
		assert_str_row(r->sentence, r->lang, want[i]);
	}
	g_ptr_array_unref(reports);
	mp_rules_free(rs);
	g_free(dir);
}

/* write_model - a model whose only weights push category cat on the
 * stem "blorft" (a word no rule knows) and hold everything else down,
 * with threshold t */
static char *write_model(guint cat, double t)
{
	float *w = g_new0(float, (gsize)MP_SCORER_SLOTS * MP_SCORER_CATEGORIES);
	mp_featurizer *fz = mp_featurizer_new();
	mp_sentence_ctx ctx = { "en", MP_SIDE_CUSTOMER, "new", 0, 0 };
	mp_features f = { .names = g_ptr_array_new_with_free_func(g_free) };
	mp_features_extract(fz, "bias blorft", &ctx, &f);
	for (guint i = 0; i < f.n; i++) {
		const char *name = f.names->pdata[i];
		gsize at = (gsize)f.slot[i] * MP_SCORER_CATEGORIES;
		for (guint c = 0; c < MP_SCORER_CATEGORIES; c++)
			if (strcmp(name, "bias") == 0)
				w[at + c] = -4;
			else if (strcmp(name, "u:blorft") == 0 && c == cat)
				w[at + c] = 8;
	}
	double th[MP_SCORER_CATEGORIES];
	for (guint c = 0; c < MP_SCORER_CATEGORIES; c++)
		th[c] = t;
	char *path = unit_tmp_path("scorer.model");
	GError *error = NULL;
	assert_true(mp_scorer_save(path, w, th, "test", &error));
	/* the relevance model the rules load beside it: all weights 0
	 * (probability 0.5), below its threshold */
	static const char *const personal[] = { "personal", NULL };
	double rt = 0.95;
	char *rel = unit_tmp_path("relevance.model");
	memset(w, 0, (gsize)MP_SCORER_SLOTS * sizeof *w);
	assert_true(mp_scorer_save_kind(rel, "relevance", personal, w, &rt, "test", &error));
	g_free(rel);
	g_ptr_array_unref(f.names);
	mp_featurizer_free(fz);
	g_free(w);
	return path;
}

static void test_model_file(void **state)
{
	char *path = write_model(2, 0.5);
	GError *error = NULL;
	mp_scorer *sc = mp_scorer_load(path, &error);
	assert_non_null(sc);
	assert_true(mp_scorer_threshold(sc, 2) == 0.5);
	assert_string_equal(mp_scorer_provenance(sc), "test");
	mp_features f = { .names = g_ptr_array_new_with_free_func(g_free) };
	mp_sentence_ctx ctx = { "en", MP_SIDE_CUSTOMER, "new", 0, 0 };
	mp_features_extract(mp_scorer_featurizer(sc), "we blorft", &ctx, &f);
	double p[MP_SCORER_CATEGORIES];
	mp_scorer_score(sc, &f, p);
	assert_true(p[2] > 0.9);
	assert_true(p[0] < 0.1);
	GPtrArray *top = mp_scorer_top_features(sc, &f, 2, 3);
	assert_int_equal(top->len, 1);
	assert_string_equal(top->pdata[0], "u:blorft (+8.00)");
	g_ptr_array_unref(top);
	g_ptr_array_unref(f.names);
	mp_scorer_free(sc);

	/* missing, garbage, truncated, one byte changed: each a clear error */
	assert_null(mp_scorer_load("/nonexistent/scorer.model", &error));
	assert_true(g_error_matches(error, MP_ERROR, MP_ERR_NOINPUT));
	assert_non_null(strstr(error->message, "/nonexistent/scorer.model"));
	g_clear_error(&error);
	gsize len;
	char *good = unit_read_file(path, &len);
	static const struct { const char *name, *why; gsize cut; int flip; } rows[] = {
		{ "garbage", "header", 0, 0 },
		{ "truncated", "truncated", 100, 0 },
		{ "flipped", "checksum", 0, 1 },
	};
	for (guint i = 0; i < G_N_ELEMENTS(rows); i++) {
		char *bad = g_memdup2(good, len);
		gsize n = len - rows[i].cut;
		if (i == 0)
			memcpy(bad, "not a model at all\n\n", 20);
		if (rows[i].flip)
			bad[len - 7] ^= 0x40;
		assert_true(g_file_set_contents(path, bad, (gssize)n, NULL));
		assert_null(mp_scorer_load(path, &error));
		if (!g_error_matches(error, MP_ERROR, MP_ERR_DATA) || !strstr(error->message, rows[i].why))
			fail_msg("row %s: got \"%s\"", rows[i].name, error->message);
		g_clear_error(&error);
		g_free(bad);
	}
	free(good);
	g_unlink(path);
	g_free(path);
}

/* has_category - a hit of category in hits, by the rule named rule */
static gboolean has_hit(const GPtrArray *hits, const char *category, const char *rule)
{
	for (guint i = 0; i < hits->len; i++) {
		const mp_rule_hit *h = hits->pdata[i];
		if (strcmp(h->category, category) == 0 && strcmp(h->rule, rule) == 0)
			return TRUE;
	}
	return FALSE;
}

static void test_thresholds_and_vetoes(void **state)
{
	char *dir = unit_root_path("rules");
	GError *error = NULL;
	static const struct { double threshold; const char *text; mp_side side; gboolean want; } rows[] = {
		/* above the threshold, no rule: the model raises churn_risk */
		{ 0.5, "Honestly we may blorft the whole thing soon.", MP_SIDE_CUSTOMER, TRUE },
		/* the same score below a stricter threshold: nothing */
		{ 0.999, "Honestly we may blorft the whole thing soon.", MP_SIDE_CUSTOMER, FALSE },
		/* churn is the customer's: never raised on our own words */
		{ 0.5, "Honestly we may blorft the whole thing soon.", MP_SIDE_US, FALSE },
		/* a negated rule match vetoes the category */
		{ 0.5, "We are not planning to cancel our subscription, blorft.", MP_SIDE_CUSTOMER, FALSE },
	};
	for (guint i = 0; i < G_N_ELEMENTS(rows); i++) {
		char *model = write_model(2, rows[i].threshold);
		mp_ruleset *rs = mp_rules_load(dir, NULL, &error);
		assert_non_null(rs);
		assert_true(mp_rules_use_model(rs, model, &error));
		GPtrArray *hits = mp_rules_match(rs, rows[i].text, rows[i].side, 0);
		gboolean got = has_hit(hits, "churn_risk", "model");
		if (got != rows[i].want)
			fail_msg("row %u: got %d, want %d", i, got, rows[i].want);
		g_ptr_array_unref(hits);
		mp_rules_free(rs);
		g_unlink(model);
		g_free(model);
	}
	/* a model that cannot be read leaves the rule set as it was */
	mp_ruleset *rs = mp_rules_load(dir, NULL, &error);
	assert_false(mp_rules_use_model(rs, "/nonexistent/scorer.model", &error));
	assert_null(mp_rules_model(rs));
	g_clear_error(&error);
	/* so does a scorer whose relevance model is missing beside it */
	char *model = write_model(2, 0.5);
	char *rel = unit_tmp_path("relevance.model");
	g_unlink(rel);
	assert_false(mp_rules_use_model(rs, model, &error));
	assert_non_null(strstr(error->message, "relevance.model"));
	assert_null(mp_rules_model(rs));
	assert_null(mp_rules_relevance(rs));
	g_clear_error(&error);
	g_unlink(model);
	g_free(model);
	g_free(rel);
	mp_rules_free(rs);
	g_free(dir);
}

/* a commitment rule that read a promise and found no deadline of ours
 * keeps the model from raising the sentence again from its start: the
 * date there is the wave's, the plan's is "dans la foulée" */
static void test_unowed_promise(void **state)
{
	(void)state;
	char *dir = unit_root_path("rules");
	GError *error = NULL;
	guint commitment = 0;
	while (strcmp(mp_rules_categories()[commitment], "commitment") != 0)
		commitment++;
	static const struct { const char *text; gboolean want; } rows[] = {
		{ "Blorft plan for the first wave by Friday 16 October.", TRUE },
		{ "Première vague la semaine du 12 octobre, je vous envoie le planning blorft dans "
		  "la foulée.", FALSE },
	};
	for (guint i = 0; i < G_N_ELEMENTS(rows); i++) {
		char *model = write_model(commitment, 0.5);
		mp_ruleset *rs = mp_rules_load(dir, NULL, &error);
		assert_non_null(rs);
		assert_true(mp_rules_use_model(rs, model, &error));
		GPtrArray *hits = mp_rules_match(rs, rows[i].text, MP_SIDE_US, 0);
		gboolean got = has_hit(hits, "commitment", "model");
		if (got != rows[i].want)
			fail_msg("row %u: got %d, want %d", i, got, rows[i].want);
		g_ptr_array_unref(hits);
		mp_rules_free(rs);
		g_unlink(model);
		g_free(model);
	}
	g_free(dir);
}

/* train - run the trainer on the small set; the model's bytes */
static char *train(const char *data, const char *out, gsize *len)
{
	char *trainer = unit_root_path("build/tools/train_scorer");
	char *rules = unit_root_path("rules");
	char *th = unit_root_path("data/scorer-thresholds.conf");
	char *argv[] = { trainer, "-o", (char *)out, "-r", rules, "-t", th, (char *)data, NULL };
	int status = -1;
	GError *error = NULL;
	if (!g_spawn_sync(NULL, argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, NULL,
	                  &status, &error))
		fail_msg("cannot run %s: %s", trainer, error->message);
	if (!g_spawn_check_wait_status(status, NULL))
		fail_msg("%s failed", trainer);
	g_free(trainer);
	g_free(rules);
	g_free(th);
	return unit_read_file(out, len);
}

static void test_trainer_determinism(void **state)
{
	/* the first 300 sentences of a writer: enough for every label */
	char *src = unit_root_path("data/training/writer-a.jsonl");
	gsize len;
	char *all = unit_read_file(src, &len);
	char *cut = all;
	for (int i = 0; i < 300 && cut; i++)
		cut = strchr(cut + 1, '\n');
	char *data = unit_tmp_path("train.jsonl");
	assert_true(g_file_set_contents(data, all, cut ? cut - all + 1 : (gssize)len, NULL));
	char *m1 = unit_tmp_path("train1.model");
	char *m2 = unit_tmp_path("train2.model");
	gsize l1, l2;
	char *b1 = train(data, m1, &l1), *b2 = train(data, m2, &l2);
	assert_int_equal(l1, l2);
	assert_memory_equal(b1, b2, l1);
	GError *error = NULL;
	mp_scorer *sc = mp_scorer_load(m1, &error);
	assert_non_null(sc);
	mp_scorer_free(sc);
	/* a line that is not a labelled sentence: an error, no model */
	assert_true(g_file_set_contents(data, "{\"text\": \"x\"}\n", -1, NULL));
	char *trainer = unit_root_path("build/tools/train_scorer");
	char *rules = unit_root_path("rules");
	char *th = unit_root_path("data/scorer-thresholds.conf");
	char *argv[] = { trainer, "-o", m2, "-r", rules, "-t", th, data, NULL };
	int status = 0;
	g_unlink(m2);
	assert_true(g_spawn_sync(NULL, argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
	                         NULL, NULL, NULL, NULL, &status, NULL));
	assert_false(g_spawn_check_wait_status(status, NULL));
	assert_false(g_file_test(m2, G_FILE_TEST_EXISTS));
	g_free(trainer);
	g_free(rules);
	g_free(th);
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
		cmocka_unit_test(test_language),
		cmocka_unit_test(test_features),
		cmocka_unit_test(test_paragraph_language),
		cmocka_unit_test(test_model_file),
		cmocka_unit_test(test_thresholds_and_vetoes),
		cmocka_unit_test(test_unowed_promise),
		cmocka_unit_test(test_trainer_determinism),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
