/*
 * fuzz_csv.c - libFuzzer target: arbitrary bytes as the accounts CSV.
 *
 * The parser must never crash, and every row it accepts must hold what
 * the rest of mailpulse relies on: a name, at least one domain, a finite
 * non-negative ARR, an owner without control characters.  Built by
 * `make fuzz` (see tests/fuzz/README.md).
 */
#include <math.h>
#include <stdint.h>
#include <stddef.h>
#include <stdio.h>
#include "accounts_csv.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	GPtrArray *rows = mp_accounts_csv_parse("fuzz.csv", (const char *)data, size, NULL);
	for (guint i = 0; rows && i < rows->len; i++) {
		const mp_account_row *r = rows->pdata[i];
		if (r->name == NULL || r->domains == NULL || r->domains->len == 0 ||
		    !isfinite(r->arr) || r->arr < 0) {
			fprintf(stderr, "row %u accepted without a name, a domain or a finite ARR\n", i);
			__builtin_trap();
		}
		for (const char *p = r->owner; p && *p; p++)
			if ((unsigned char)*p < 0x20 || *p == 0x7f)
				__builtin_trap(); /* an owner becomes a mail recipient */
	}
	if (rows)
		g_ptr_array_unref(rows);
	return 0;
}
