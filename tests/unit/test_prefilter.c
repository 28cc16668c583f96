/*
 * test_prefilter.c - the rules' literal prefilter (src/rules_prefilter.c):
 * the words read from patterns, and the promise it makes: a rule it skips
 * on a sentence does not match that sentence.  The promise is checked with
 * every shipped rule on the rules' own examples and on every training
 * sentence of data/training (all five languages), so a pattern
 * the reader misreads fails here, not silently in production.
 */
#include <jansson.h>
#include "unit.h"
#include "rules.h"
#include "../../src/rules_internal.h"

static gint by_text(gconstpointer a, gconstpointer b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* words - the literals of pattern, sorted and joined by ','; "-" for none */
static char *words(const char *pattern)
{
	GPtrArray *w = rules_literals(pattern);
	if (w == NULL)
		return g_strdup("-");
	g_ptr_array_sort(w, by_text);
	g_ptr_array_add(w, NULL);
	char *out = g_strjoinv(",", (char **)w->pdata);
	g_ptr_array_unref(w);
	return out;
}

static void test_literals(void **state)
{
	(void)state;
	static const struct {
		const char *pattern, *want;
	} rows[] = {
		{ "\\brenew(?:al|ing)?\\b", "renew" },
		{ "colou?r", "colo" },            /* the optional letter ends the run */
		{ "ab+c", "ab" },                 /* a repeated letter ends it too */
		{ "\\b(?:cap|hold)\\s+(?:the|your)\\s+(?:increase|price)\\b", "increase,price" },
		{ "\\bnicht\\s+verlängern\\b", "ngern" }, /* "verl" shorter, "nicht" common */
		{ "foo|bar", "bar,foo" },
		{ "foo|b*", "-" },                /* an alternative with no word: none */
		{ "(?:foo)?bar", "bar" },         /* an optional group requires nothing */
		{ "(?=quux)bar", "bar" },         /* nor does a lookaround */
		{ "(?<!cert\\s)\\brenew", "renew" },
		{ "(?J)(?<rival>[A-Z]\\w+)\\s+offered", "offered" },
		{ "(?-i:T)ableau", "ableau" },
		{ "[abc]def", "def" },
		{ "x{2,}yz", "yz" },
		{ "a{0,3}bcd", "bcd" },
		{ "\\d+\\s+more", "more" },
		{ "(*FAIL)", "" },                /* matches nothing: never run */
		{ "foo(*FAIL)|bar", "bar" },
		{ "a(*ACCEPT)bcd", "-" },         /* a match may end before "bcd" */
		{ "(?:the|our)\\s+(?:board|CFO)", "board,cfo" }, /* common words lose */
		{ "(?x) a b c", "-" },            /* extended mode: not read */
		{ "\\Qa.b\\E", "-" },
		{ "(?(1)a|b)", "-" },
		{ "abc)", "-" },                  /* unbalanced */
		{ "(abc", "-" },
		{ "\\x{2013}\\p{Lu}\\w+", "-" },
	};
	for (size_t i = 0; i < G_N_ELEMENTS(rows); i++) {
		char *got = words(rows[i].pattern);
		assert_str_row(rows[i].pattern, got, rows[i].want);
		g_free(got);
	}
}

static mp_ruleset *load_shipped(void)
{
	GPtrArray *competitors = g_ptr_array_new();
	g_ptr_array_add(competitors, "Looker");
	g_ptr_array_add(competitors, "Power BI");
	char *dir = unit_root_path("rules");
	GError *error = NULL;
	mp_ruleset *rs = mp_rules_load(dir, competitors, &error);
	if (rs == NULL)
		fail_msg("rules: %s", error->message);
	g_free(dir);
	g_ptr_array_unref(competitors);
	return rs;
}

/* check_text - every rule the prefilter skips on a sentence of text does
 * not match it; counts sentences, skips */
static void check_text(const mp_ruleset *rs, const char *text, guint *sentences,
                       guint *skipped)
{
	GPtrArray *ss = rules_sentences(text);
	guint64 may[rules_prefilter_words(rs->prefilter)];
	for (guint si = 0; si < ss->len; si++) {
		const char *s = ss->pdata[si];
		gsize len = strlen(s), a, b;
		rules_prefilter_scan(rs->prefilter, s, may);
		(*sentences)++;
		for (guint i = 0; i < rs->rules->len; i++) {
			if (may[i / 64] & (G_GUINT64_CONSTANT(1) << (i % 64)))
				continue;
			(*skipped)++;
			const mp_rule *r = rs->rules->pdata[i];
			if (rules_find(rs, r->code, s, len, 0, &a, &b))
				fail_msg("rule %s matches \"%s\" but the prefilter skips it", r->id, s);
		}
	}
	g_ptr_array_unref(ss);
}

static void test_never_skips_a_match(void **state)
{
	(void)state;
	mp_ruleset *rs = load_shipped();
	guint sentences = 0, skipped = 0, with_words = 0;
	for (guint i = 0; i < rs->rules->len; i++) {
		const mp_rule *r = rs->rules->pdata[i];
		with_words += r->literals != NULL;
		for (guint j = 0; j < r->examples->len; j++)
			check_text(rs, ((rule_example *)r->examples->pdata[j])->text, &sentences,
			           &skipped);
	}
	/* every training sentence */
	char *dir = unit_root_path("data/training");
	GDir *d = g_dir_open(dir, 0, NULL);
	assert_non_null(d);
	const char *name;
	while ((name = g_dir_read_name(d)) != NULL) {
		if (!g_str_has_suffix(name, ".jsonl"))
			continue;
		char *path = g_build_filename(dir, name, NULL);
		size_t len;
		char *buf = unit_read_file(path, &len);
		char *save = NULL;
		for (char *line = strtok_r(buf, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
			json_t *o = json_loads(line, 0, NULL);
			const char *text = o ? json_string_value(json_object_get(o, "text")) : NULL;
			if (text)
				check_text(rs, text, &sentences, &skipped);
			json_decref(o);
		}
		free(buf);
		g_free(path);
	}
	g_dir_close(d);
	g_free(dir);
	print_message("prefilter: %u of %u rules have words; %u sentences, %u rule runs "
	              "skipped (%.0f%%)\n",
	              with_words, rs->rules->len, sentences, skipped,
	              100.0 * skipped / ((double)sentences * rs->rules->len));
	/* the point of it: most rules have words, most runs are skipped */
	assert_true(sentences > 1000);
	assert_true(with_words * 10 >= rs->rules->len * 9);
	assert_true(skipped * 2 > sentences * rs->rules->len);
	mp_rules_free(rs);
}

/* the letters Unicode folds to ASCII ones still let their rule run */
static void test_unicode_folding(void **state)
{
	(void)state;
	GPtrArray *rules = g_ptr_array_new();
	mp_rule r = { 0 };
	r.literals = g_ptr_array_new_with_free_func(g_free);
	g_ptr_array_add(r.literals, g_strdup("kiss"));
	g_ptr_array_add(rules, &r);
	rules_prefilter *pf = rules_prefilter_new(rules);
	guint64 may[1];
	rules_prefilter_scan(pf, "a \xe2\x84\xaa\xc4\xb0s\xc5\xbf b", may); /* KELVIN, I-dot, s, long s */
	assert_true(may[0] & 1);
	rules_prefilter_scan(pf, "KISS", may);
	assert_true(may[0] & 1);
	rules_prefilter_scan(pf, "ki ss", may);
	assert_false(may[0] & 1);
	rules_prefilter_free(pf);
	g_ptr_array_unref(r.literals);
	g_ptr_array_unref(rules);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_literals),
		cmocka_unit_test(test_never_skips_a_match),
		cmocka_unit_test(test_unicode_folding),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
