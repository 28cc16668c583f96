/*
 * fuzz_config.c - libFuzzer target: arbitrary bytes as mailpulse.conf.
 *
 * The parser must never crash, and what it accepts must survive a round
 * trip: the effective configuration `mailpulse config` prints is itself a
 * configuration file (config.c says so) that parses to the same print.
 * Built by `make fuzz` (see tests/fuzz/README.md).
 */
#include <stdint.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "config.h"

/* printed - mp_config_print() into a string (caller frees) */
static char *printed(const mp_config *cfg, size_t *len)
{
	char *buf = NULL;
	FILE *f = open_memstream(&buf, len);
	mp_config_print(cfg, f);
	fclose(f);
	return buf;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	mp_config *cfg = mp_config_parse_data("fuzz.conf", (const char *)data, size, NULL);
	if (cfg == NULL)
		return 0;
	size_t len1, len2;
	char *once = printed(cfg, &len1);
	GError *error = NULL;
	mp_config *again = mp_config_parse_data("printed.conf", once, len1, &error);
	if (again == NULL) {
		fprintf(stderr, "the printed configuration does not parse: %s\n", error->message);
		__builtin_trap();
	}
	char *twice = printed(again, &len2);
	if (len1 != len2 || memcmp(once, twice, len1) != 0) {
		fprintf(stderr, "the printed configuration changes when read back:\n%s\n---\n%s\n",
		        once, twice);
		__builtin_trap();
	}
	free(once);
	free(twice);
	mp_config_free(again);
	mp_config_free(cfg);
	return 0;
}
