/*
 * extract.h - stage 3: what the store needs beyond headers and text.
 *
 * For now: the identity used for idempotency, the thread keys (parent and
 * references, sanity-checked the way notmuch does), the effective date of
 * the message (MTA receive time for live mail, the Date header for backfill
 * when it is plausible) and the archive text.  Later stages (new text,
 * signatures, phrase rules, contact facts) add fields here.
 */
#ifndef MP_EXTRACT_H
#define MP_EXTRACT_H

#include <glib.h>
#include "parse.h"
#include "classify.h"

typedef struct mp_extract {
	char *dedup_key;       /* stable identity: same message, same key */
	char *message_id;      /* the Message-ID, or a synthetic one */
	char *parent_id;       /* In-Reply-To if sane, else last reference */
	GPtrArray *references; /* char *: every referenced id, parent last */
	gint64 date;           /* effective date (unix time) */
	const char *date_source; /* "mta", "date-header", "received", "none" */
	char *text;            /* archive text (full, quoted parts included) */
	char *subject;         /* subject or "" */
} mp_extract;

/* mp_extract_run - never NULL; free with mp_extract_free() */
mp_extract *mp_extract_run(const mp_message *msg, const mp_classification *cls);
void mp_extract_free(mp_extract *ex);

/* mp_extract_headers_only - drop every field that comes from the body
 * text, for CaptureMode headers-only: the identity, thread keys and dates
 * (computed before, from the full message) stay */
void mp_extract_headers_only(mp_extract *ex);

/* mp_extract_clean_msgid - "<a@b>" or "a@b" -> "a@b"; NULL if not sane */
char *mp_extract_clean_msgid(const char *raw);

#endif
