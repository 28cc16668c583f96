/*
 * extract.h - stage 3: what the store needs beyond headers and text.
 *
 * mp_extract_run(): the identity used for idempotency, the thread keys
 * (parent and references, sanity-checked the way notmuch does), the
 * effective date of the message (MTA receive time for live mail, the Date
 * header for backfill when it agrees with Received) and the archive text.
 *
 * mp_extract_signals() then runs the signal stages on the parsed body:
 * automated-mail detection (automated.h), the new text and signature
 * (newtext.h) and the phrase rules on the new text (rules.h), and copies
 * what the store needs into plain fields of mp_extract, so that the store
 * and `mailpulse inspect` read one structure and own nothing of theirs.
 */
#ifndef MP_EXTRACT_H
#define MP_EXTRACT_H

#include <glib.h>
#include "parse.h"
#include "classify.h"
#include "automated.h"
#include "rules.h"

typedef struct mp_extract {
	char *dedup_key;       /* stable identity: same message, same key */
	char *message_id;      /* the Message-ID, or a synthetic one */
	char *parent_id;       /* In-Reply-To if sane, else last reference */
	GPtrArray *references; /* char *: every referenced id, parent last */
	gint64 date;           /* effective date (unix time) */
	const char *date_source; /* "mta", "date-header", "received", "none" */
	char *text;            /* archive text (full, quoted parts included) */
	char *subject;         /* subject or "" */
	gboolean forwarded;    /* forwards a message (Fwd: ...): not a reply */
	/* signal stages (mp_extract_signals); defaults until it runs */
	mp_automated_kind automated;  /* MP_AUTO_NONE: written by a person */
	const char *automated_name;   /* mp_automated_kind_name(), static */
	const char *automated_reason; /* static, or NULL */
	gint64 ooo_return;     /* out-of-office: first day back (unix), or 0 */
	GPtrArray *bounces;    /* mp_bounce * (copies, owned); never NULL */
	gboolean departed;     /* an auto-reply saying its sender left */
	mp_participant *replacement; /* whom that auto-reply names instead, or NULL */
	char *new_text;        /* what the author wrote now, or NULL (not split) */
	char *signature;       /* the signature block, or NULL */
	char *sig_title;       /* the job title in it, or NULL */
	char *sig_name;        /* the sender's name in it, when the address has no
	                        * display name and the name fits the mailbox
	                        * ("Brian Gore" for bgore@, brian.gore@), or NULL */
	GPtrArray *hits;       /* mp_rule_hit *; never NULL */
} mp_extract;

/* mp_extract_run - never NULL; free with mp_extract_free() */
mp_extract *mp_extract_run(const mp_message *msg, const mp_classification *cls);
void mp_extract_free(mp_extract *ex);

/* mp_extract_headers_only - drop every field that comes from the body
 * text, for CaptureMode headers-only: the identity, thread keys and dates
 * (computed before, from the full message) stay */
void mp_extract_headers_only(mp_extract *ex);

/*
 * mp_extract_signals - run automated detection, new text and the phrase
 * rules (rules may be NULL: none) on msg, whose body must be parsed, and
 * fill the signal fields of ex.  Rules run on the new text only, for the
 * author's side (inbound: customer, outbound: us), and never on automated
 * mail.  c resolves the replacement address an auto-reply names.
 */
void mp_extract_signals(mp_extract *ex, const mp_message *msg,
                        const mp_classification *cls, mp_classifier *c,
                        const mp_ruleset *rules);

/* mp_extract_bounce_free - free one mp_bounce of ex->bounces */
void mp_extract_bounce_free(gpointer b);

/* mp_extract_clean_msgid - "<a@b>" or "a@b" -> "a@b"; NULL if not sane */
char *mp_extract_clean_msgid(const char *raw);

#endif
