/*
 * datadir.h - where the files mailpulse ships are found: the phrase rules
 * (rules/), and any later data file (a model) beside them.
 *
 * An installed mailpulse reads them from the compiled-in data directory
 * (MP_DATADIR, the Makefile's $(DATADIR): /usr/share/mailpulse in the
 * Debian package, /usr/local/share/mailpulse after `make install`).  A
 * program run from a checkout with nothing installed (build/mailpulse,
 * build/mailpulse-milter) finds the checkout's own copy instead: the
 * directory above the program's (from /proc/self/exe).
 */
#ifndef MP_DATADIR_H
#define MP_DATADIR_H

#include <glib.h>

/* The Makefile passes the real $(DATADIR). */
#ifndef MP_DATADIR
#define MP_DATADIR "/usr/local/share/mailpulse"
#endif

/* Where mp_datadir_find() found a name. */
typedef enum {
	MP_DATA_INSTALLED, /* MP_DATADIR/NAME */
	MP_DATA_CHECKOUT,  /* <program dir>/../NAME: a program run from a checkout */
	MP_DATA_MISSING,   /* neither exists: MP_DATADIR/NAME is returned */
} mp_data_origin;

/*
 * mp_datadir_find - the path of NAME (a file or directory the package
 * ships, e.g. "rules"): MP_DATADIR/NAME when it exists, else the
 * checkout's NAME beside the running program when that exists, else
 * MP_DATADIR/NAME (the path an error should name).  Sets *origin when not
 * NULL.  The caller frees the result.
 */
char *mp_datadir_find(const char *name, mp_data_origin *origin);

/*
 * mp_datadir_find_built - like mp_datadir_find() for a file that `make`
 * builds (the scorer's model): MP_DATADIR/NAME, else the build tree's
 * NAME beside the running program (build/NAME for build/mailpulse,
 * build-asan/mailpulse, build/tests/...), else MP_DATADIR/NAME.
 */
char *mp_datadir_find_built(const char *name, mp_data_origin *origin);

/* mp_data_origin_text - a few words for where a data path came from
 * ("installed with mailpulse", ...) for `mailpulse config` and -n */
const char *mp_data_origin_text(mp_data_origin origin);

#endif
