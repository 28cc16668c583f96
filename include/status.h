/*
 * status.h - exit codes and the error domain shared by every module.
 *
 * Library functions report failure through a GError in MP_ERROR with one of
 * the codes below; the CLI maps the code to its exit status with
 * mp_status_exit_code().  The values follow sysexits(3) so that a caller can
 * tell a retryable failure (EX_TEMPFAIL: the database is locked) from bad
 * input (EX_DATAERR) or a bad configuration (EX_CONFIG).
 */
#ifndef MP_STATUS_H
#define MP_STATUS_H

#include <glib.h>

#define MP_ERROR (mp_error_quark())
GQuark mp_error_quark(void);

typedef enum {
	MP_OK = 0,
	MP_ERR_PARTIAL = 1,    /* ran to the end, but some items were skipped */
	MP_ERR_USAGE = 64,     /* bad command line */
	MP_ERR_DATA = 65,      /* bad input data (CSV row, message) */
	MP_ERR_NOINPUT = 66,   /* input file missing or unreadable */
	MP_ERR_SOFTWARE = 70,  /* internal error */
	MP_ERR_IO = 74,        /* I/O error */
	MP_ERR_TEMPFAIL = 75,  /* try again later: database busy or locked */
	MP_ERR_NOPERM = 77,    /* permission denied */
	MP_ERR_CONFIG = 78,    /* bad configuration file */
} mp_status;

/* mp_status_exit_code - the process exit status for an error (0 when NULL) */
int mp_status_exit_code(const GError *error);

/* UTF-8's byte order mark: skipped at the very start of a config or rules
 * file, an error anywhere else in one */
#define MP_UTF8_BOM "\xEF\xBB\xBF"

/* mp_char_unsafe - a character that must not reach a terminal as it is:
 * C0 and C1 controls, DEL, the bidirectional controls (U+202E, which turns
 * "gpj.exe" into "exe.jpg" on screen, and its kin), line and paragraph
 * separators, and the byte order mark U+FEFF */
gboolean mp_char_unsafe(gunichar c);

/* mp_escape_text - a copy of len bytes of s (-1: up to its NUL) fit to be
 * echoed in an error message: valid UTF-8 in which every unsafe character
 * is written \xNN (below U+0100) or \u{NNNN}, and every byte that is not
 * UTF-8 \xNN; a backslash stays as it is.  Caller frees. */
char *mp_escape_text(const char *s, gssize len);

#endif
