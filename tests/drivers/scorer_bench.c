/*
 * scorer_bench.c - the sentence scorer's cost per sentence, for `make bench`.
 *
 * SYNOPSIS
 *	scorer_bench RULESDIR MODEL FILE.jsonl...
 *
 * Runs the rules alone, then the rules with the model, over the "text" of
 * every line of the FILEs (each as one customer message) and prints the
 * CPU time per sentence of each and their difference: what the scorer adds
 * to the signal stage (language detection, features, scores).  CPU time,
 * not wall time: a busy machine does not stretch it.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <jansson.h>
#include "scorer.h"

/* cpu_us - process CPU time in microseconds */
static double cpu_us(void)
{
	struct timespec t;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
	return t.tv_sec * 1e6 + t.tv_nsec / 1e3;
}

/* run - CPU microseconds to match every text */
static double run(const mp_ruleset *rs, const GPtrArray *texts)
{
	double t0 = cpu_us();
	for (guint i = 0; i < texts->len; i++)
		g_ptr_array_unref(mp_rules_match(rs, texts->pdata[i], MP_SIDE_CUSTOMER, 0));
	return cpu_us() - t0;
}

int main(int argc, char **argv)
{
	if (argc < 4) {
		fprintf(stderr, "usage: scorer_bench RULESDIR MODEL FILE.jsonl...\n");
		return 64;
	}
	GPtrArray *texts = g_ptr_array_new_with_free_func(g_free);
	for (int i = 3; i < argc; i++) {
		FILE *fp = fopen(argv[i], "r");
		char *line = NULL;
		size_t cap = 0;
		while (fp && getline(&line, &cap, fp) > 0) {
			json_t *o = json_loads(line, 0, NULL);
			const char *t = json_string_value(json_object_get(o, "text"));
			if (t)
				g_ptr_array_add(texts, g_strdup(t));
			json_decref(o);
		}
		free(line);
		if (fp)
			fclose(fp);
	}
	GError *error = NULL;
	mp_ruleset *rs = mp_rules_load(argv[1], NULL, &error);
	if (rs == NULL || texts->len == 0) {
		fprintf(stderr, "scorer_bench: %s\n", rs ? "no sentences" : error->message);
		return 1;
	}
	double rules = run(rs, texts);
	if (!mp_rules_use_model(rs, argv[2], &error)) {
		fprintf(stderr, "scorer_bench: %s\n", error->message);
		return 1;
	}
	double both = run(rs, texts);
	guint n = texts->len;
	printf("%u sentences: rules %.1f us/sentence, rules + scorer %.1f us/sentence, "
	       "scorer %.1f us/sentence (CPU)\n", n, rules / n, both / n, (both - rules) / n);
	mp_rules_free(rs);
	g_ptr_array_unref(texts);
	return 0;
}
