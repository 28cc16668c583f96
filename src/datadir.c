/*
 * datadir.c - find the files mailpulse ships (see datadir.h).
 *
 * SUMMARY
 *	mp_datadir_find(NAME) looks in two places, in this order:
 *	1. MP_DATADIR/NAME, the compiled-in data directory: what `make
 *	   install` and the Debian package put there is what an installed
 *	   program must use, even when it was built from a checkout that is
 *	   still around;
 *	2. <the program's directory>/../NAME: the layout of a checkout, whose
 *	   binaries live in build/ (and build-asan/) beside rules/.  The
 *	   program's directory is read from /proc/self/exe, so it does not
 *	   depend on the current directory or on how the program was named.
 *	When neither exists the installed path is returned, so that the error
 *	a caller prints names the place an installed mailpulse expects.
 *
 * DIAGNOSTICS
 *	None: a missing /proc (not Linux, a chroot without it) only skips the
 *	checkout lookup.
 */
#include <unistd.h>
#include "datadir.h"

/* program_dir - the directory of the running program, or NULL */
static char *program_dir(void)
{
	char *exe = g_file_read_link("/proc/self/exe", NULL);
	if (exe == NULL)
		return NULL;
	char *dir = g_path_get_dirname(exe);
	g_free(exe);
	return dir;
}

/* datadir_result - path, or the installed path when nothing was found;
 * frees installed and sets *origin */
static char *datadir_result(char *installed, char *path, mp_data_origin found,
                            mp_data_origin *origin)
{
	if (path == NULL)
		path = g_strdup(installed);
	g_free(installed);
	if (origin)
		*origin = found;
	return path;
}

char *mp_datadir_find(const char *name, mp_data_origin *origin)
{
	mp_data_origin found = MP_DATA_MISSING;
	char *installed = g_build_filename(MP_DATADIR, name, NULL);
	char *path = NULL;
	if (g_file_test(installed, G_FILE_TEST_EXISTS)) {
		found = MP_DATA_INSTALLED;
	} else {
		char *dir = program_dir();
		char *beside = dir ? g_build_filename(dir, "..", name, NULL) : NULL;
		if (beside && g_file_test(beside, G_FILE_TEST_EXISTS)) {
			/* canonical: the path is printed by `mailpulse config` and -n */
			path = g_canonicalize_filename(beside, NULL);
			found = MP_DATA_CHECKOUT;
		}
		g_free(beside);
		g_free(dir);
	}
	return datadir_result(installed, path, found, origin);
}

char *mp_datadir_find_built(const char *name, mp_data_origin *origin)
{
	char *installed = g_build_filename(MP_DATADIR, name, NULL);
	mp_data_origin found = MP_DATA_MISSING;
	char *path = NULL;
	if (g_file_test(installed, G_FILE_TEST_EXISTS)) {
		found = MP_DATA_INSTALLED;
	} else {
		/* build/NAME beside build/mailpulse, build-asan/mailpulse,
		 * build/tests/test_x, build/drivers/x; the checkout's NAME for
		 * build/tools/x */
		char *dir = program_dir();
		char *tries[4] = { NULL, NULL, NULL, NULL };
		if (dir) {
			tries[0] = g_build_filename(dir, name, NULL);
			tries[1] = g_build_filename(dir, "..", name, NULL);
			tries[2] = g_build_filename(dir, "..", "build", name, NULL);
			tries[3] = g_build_filename(dir, "..", "..", name, NULL);
		}
		for (guint i = 0; i < 4 && path == NULL; i++)
			if (tries[i] && g_file_test(tries[i], G_FILE_TEST_IS_REGULAR)) {
				path = g_canonicalize_filename(tries[i], NULL);
				found = MP_DATA_CHECKOUT;
			}
		for (guint i = 0; i < 4; i++)
			g_free(tries[i]);
		g_free(dir);
	}
	return datadir_result(installed, path, found, origin);
}

const char *mp_data_origin_text(mp_data_origin origin)
{
	switch (origin) {
	case MP_DATA_INSTALLED: return "installed with mailpulse";
	case MP_DATA_CHECKOUT: return "found in the checkout this program was built in, none being installed";
	case MP_DATA_MISSING: break;
	}
	return "not found: neither installed nor beside the program";
}
