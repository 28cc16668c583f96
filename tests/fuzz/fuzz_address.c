/*
 * fuzz_address.c - libFuzzer target: arbitrary bytes as an address header.
 *
 * mp_parse_addresses() is the one reader of From/To/Cc everywhere (the
 * pipeline and the milter's NeverCapture check); it must never crash, and
 * what it returns must be usable as is: valid UTF-8, lowercase, with an
 * '@' that has something on both sides.  The milter's header check runs
 * on the same bytes.  Built by `make fuzz` (see tests/fuzz/README.md).
 */
#include <stdint.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include "classify.h"
#include "config.h"
#include "parse.h"

static mp_config *cfg;
static mp_classifier *classifier;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	mp_parse_init();
	cfg = mp_config_parse_text("fuzz.conf", "InternalDomains example.com\n"
	                           "NeverCapture hr.example.com, ceo@acme.com\n", NULL);
	if (cfg == NULL)
		__builtin_trap();
	classifier = mp_classifier_new(cfg);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *raw = g_strndup((const char *)data, size);
	GPtrArray *list = mp_parse_addresses(raw);
	for (guint i = 0; i < list->len; i++) {
		const mp_address *a = list->pdata[i];
		const char *at = strrchr(a->address, '@');
		char *lower = g_utf8_strdown(a->address, -1);
		if (!g_utf8_validate(a->address, -1, NULL) || at == NULL || at == a->address ||
		    at[1] == '\0' || strcmp(lower, a->address) != 0 ||
		    (a->name && (!g_utf8_validate(a->name, -1, NULL) || *a->name == '\0'))) {
			fprintf(stderr, "unusable address \"%s\" (name \"%s\")\n", a->address,
			        a->name ? a->name : "");
			__builtin_trap();
		}
		g_free(lower);
	}
	g_ptr_array_unref(list);
	mp_classify_header(classifier, "From", raw);
	g_free(raw);
	return 0;
}
