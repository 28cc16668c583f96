/*
 * fuzz_scorer.c - libFuzzer target: arbitrary bytes through the sentence
 * scorer.
 *
 * An input whose first byte is even is text: language detection
 * (libexttextcat), then the shipped rules with the built model
 * (build/scorer.model, found beside the fuzzer's directory) on the rest,
 * for a customer and for us: sentences, features, scores, explanations;
 * and the business-or-personal model (relevance.h) on it, its first
 * line as the subject.  An odd first byte makes the rest a model file
 * for mp_scorer_load() and mp_relevance_load(), which must refuse what
 * they cannot use and never read past it.  Nothing
 * may crash, hang or leak.  Built by `make fuzz` (tests/fuzz/README.md).
 */
#include <stdint.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "datadir.h"
#include "lang.h"
#include "relevance.h"
#include "scorer.h"

static mp_ruleset *rules;
static char *model_file;

static void remove_file(void)
{
	unlink(model_file);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	const char *root = getenv("MAILPULSE_ROOT");
	char *dir = g_build_filename(root ? root : ".", "rules", NULL);
	rules = mp_rules_load(dir, NULL, NULL);
	char *model = mp_datadir_find_built("scorer.model", NULL);
	GError *error = NULL;
	if (rules == NULL || !mp_rules_use_model(rules, model, &error)) {
		fprintf(stderr, "fuzz_scorer: needs rules/ and a built model (make): %s\n",
		        error ? error->message : dir);
		__builtin_trap();
	}
	g_free(model);
	g_free(dir);
	const char *base = g_file_test("/dev/shm", G_FILE_TEST_IS_DIR) ? "/dev/shm" : g_get_tmp_dir();
	model_file = g_strdup_printf("%s/mp-fuzz-scorer-%d.model", base, (int)getpid());
	atexit(remove_file);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (size == 0)
		return 0;
	if (data[0] & 1) {
		if (!g_file_set_contents(model_file, (const char *)data + 1, (gssize)size - 1, NULL))
			__builtin_trap();
		mp_scorer_free(mp_scorer_load(model_file, NULL));
		mp_scorer_free(mp_relevance_load(model_file, NULL));
		return 0;
	}
	char *text = g_strndup((const char *)data + 1, size - 1);
	mp_lang_detect(text, -1, "en");
	g_ptr_array_unref(mp_rules_match(rules, text, MP_SIDE_CUSTOMER, 0));
	g_ptr_array_unref(mp_rules_match(rules, text, MP_SIDE_US, 0));
	g_ptr_array_unref(mp_rules_explain(rules, text, MP_SIDE_CUSTOMER, 3));
	char *nl = strchr(text, '\n');
	char *subject = g_strndup(text, nl ? (gsize)(nl - text) : 0);
	mp_relevance_personal(mp_rules_relevance(rules), subject, nl ? nl + 1 : text,
	                      mp_lang_detect(text, -1, "en"), MP_SIDE_CUSTOMER);
	g_free(subject);
	g_free(text);
	return 0;
}
