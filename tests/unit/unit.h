/*
 * unit.h - what every unit test includes: cmocka plus small helpers.
 *
 * Each tests/unit/test_<module>.c is one program built against the library
 * (and again under ASan+UBSan); tests/run-all.sh runs them all and prints
 * the closing "N passed, N failed" line.  Table-driven tests print
 * "got X, want Y" for the failing row, Postfix style.
 */
#ifndef MP_UNIT_H
#define MP_UNIT_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <string.h>
#include <stdio.h>
#include <stdlib.h>
#include <cmocka.h>
#include <glib.h>

/* assert two strings are equal, NULL-safe, naming the table row */
#define assert_str_row(row, got, want)                                       \
	do {                                                                     \
		const char *g_ = (got), *w_ = (want);                                \
		if (!((g_ == NULL && w_ == NULL) ||                                  \
		      (g_ != NULL && w_ != NULL && strcmp(g_, w_) == 0)))            \
			fail_msg("row %s: got \"%s\", want \"%s\"", (row),               \
			         g_ ? g_ : "(null)", w_ ? w_ : "(null)");                \
	} while (0)

/* read a whole file for a test; fails the test when it cannot */
static inline char *unit_read_file(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (f == NULL)
		fail_msg("cannot open %s", path);
	fseek(f, 0, SEEK_END);
	long n = ftell(f);
	fseek(f, 0, SEEK_SET);
	char *buf = malloc((size_t)n + 1);
	if (fread(buf, 1, (size_t)n, f) != (size_t)n)
		fail_msg("cannot read %s", path);
	buf[n] = '\0';
	fclose(f);
	*len = (size_t)n;
	return buf;
}

/* unit_root_path - a file of the checkout: $MAILPULSE_ROOT (set by
 * tests/run-all.sh), "." otherwise */
static inline char *unit_root_path(const char *name)
{
	const char *root = getenv("MAILPULSE_ROOT");
	return g_build_filename(root ? root : ".", name, NULL);
}

static char *unit_tmp_dir;

/* unit_tmp_remove - at exit: the temporary directory and what is left in it */
static inline void unit_tmp_remove(void)
{
	GDir *d = g_dir_open(unit_tmp_dir, 0, NULL);
	for (const char *n; d && (n = g_dir_read_name(d));) {
		char *p = g_build_filename(unit_tmp_dir, n, NULL);
		remove(p);
		g_free(p);
	}
	if (d)
		g_dir_close(d);
	remove(unit_tmp_dir);
}

/* unit_tmp_path - a file in this test program's own temporary directory
 * (checkouts side by side run their tests at the same time), removed at
 * exit */
static inline char *unit_tmp_path(const char *name)
{
	if (unit_tmp_dir == NULL) {
		unit_tmp_dir = g_dir_make_tmp("mp-unit-XXXXXX", NULL);
		if (unit_tmp_dir == NULL)
			fail_msg("cannot make a temporary directory");
		atexit(unit_tmp_remove);
	}
	return g_build_filename(unit_tmp_dir, name, NULL);
}

#endif
