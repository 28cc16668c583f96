/*
 * fuzz_rules.c - libFuzzer target: arbitrary bytes as a rule file.
 *
 * The input is written as the one *.rules file of a private directory and
 * loaded as RulesDir is (mp_rules_load: the block parser, the checks, the
 * PCRE2 compile with @competitors expanded, the prefilter's reading of
 * each pattern: src/rules_prefilter.c); a set that loads then runs
 * its own examples and one sentence, under the match limits.  Nothing may
 * crash, hang or leak.  Built by `make fuzz` (see tests/fuzz/README.md).
 */
#include <stdint.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include "rules.h"

static char *dir, *file;
static GPtrArray *competitors;

static void remove_dir(void)
{
	unlink(file);
	rmdir(dir);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	/* /dev/shm when there is one: a write per input, not a disk's */
	const char *base = g_file_test("/dev/shm", G_FILE_TEST_IS_DIR) ? "/dev/shm" : g_get_tmp_dir();
	char *tmpl = g_build_filename(base, "mp-fuzz-rules-XXXXXX", NULL);
	dir = g_mkdtemp(tmpl);
	if (dir == NULL)
		__builtin_trap();
	file = g_build_filename(dir, "fuzz.rules", NULL);
	atexit(remove_dir);
	competitors = g_ptr_array_new();
	g_ptr_array_add(competitors, "Looker");
	g_ptr_array_add(competitors, "Power BI");
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!g_file_set_contents(file, (const char *)data, (gssize)size, NULL))
		__builtin_trap();
	mp_ruleset *rs = mp_rules_load(dir, competitors, NULL);
	if (rs == NULL)
		return 0;
	guint checked = 0;
	mp_rules_selftest(rs, &checked, NULL);
	GPtrArray *hits = mp_rules_match(rs, "We will cancel and move to Looker by Friday; "
	                                 "please add 20 more seats.", MP_SIDE_ANYONE, 0);
	g_ptr_array_unref(hits);
	mp_rules_free(rs);
	return 0;
}
