/*
 * automated.h - stage 2 (classify): is this message written by a machine?
 *
 * Auto-replies and bounces must never count as replies (latency) or as
 * customer engagement, yet they carry facts: an out-of-office with its
 * return date, "X no longer works here, please contact Y", and delivery
 * reports whose permanent 5.1.1-class failures say a mailbox is gone.
 *
 * Sources: RFC 3834 Auto-Submitted, Precedence, X-Autoreply/X-Autorespond
 * and their kin (X-Auto-Response-Suppress marks nothing: it asks others
 * not to auto-reply), auto-reply subject forms in several languages,
 * RFC 3464 multipart/report delivery-status parts and the common
 * non-standard bounce layouts, RFC 5965 feedback reports, list headers.
 *
 * Needs the body: call after mp_parse_body().  Ownership: the caller
 * frees the result with mp_automated_free().
 */
#ifndef MP_AUTOMATED_H
#define MP_AUTOMATED_H

#include <glib.h>
#include "parse.h"

typedef enum {
	MP_AUTO_NONE = 0,        /* written by a person */
	MP_AUTO_REPLY,           /* auto-reply other than out-of-office */
	MP_AUTO_OUT_OF_OFFICE,   /* vacation / absence notice */
	MP_AUTO_BOUNCE,          /* delivery status report (failed, delayed...) */
	MP_AUTO_FEEDBACK,        /* ARF abuse/feedback report */
	MP_AUTO_LIST,            /* mailing list or bulk/marketing mail */
	MP_AUTO_GENERATED,       /* other machine mail (notifications ...) */
	MP_AUTO_BROADCAST,       /* a person's mail to many, or a publication
	                            passed on (automated_broadcast.c) */
	MP_AUTO_PERSONAL,        /* people writing about private life, not
	                            business (automated_personal.c) */
	MP_AUTO_N_KINDS
} mp_automated_kind;

typedef struct mp_bounce {
	char *recipient;   /* lowercase address of the failed recipient */
	char *status;      /* "5.1.1", "4.2.2" ..., or NULL when not found */
	char *action;      /* "failed", "delayed", "delivered", "relayed", "expanded" */
	gboolean permanent;  /* a permanent failure (5.x.x, action failed) */
	gboolean mailbox_gone; /* the mailbox does not exist (any more): 5.1.1-class */
	char *diagnostic;  /* Diagnostic-Code text or the sentence it came from */
} mp_bounce;

typedef struct mp_automated {
	mp_automated_kind kind;
	const char *reason;    /* static: which header or pattern decided */
	GPtrArray *bounces;    /* mp_bounce *, for MP_AUTO_BOUNCE; never NULL */
	gint64 return_date;    /* out-of-office: first day back (unix), or 0 */
	gboolean departed;     /* the auto-reply says the person left */
	char *replacement;     /* address it says to write to instead, or NULL */
	char *replacement_name;  /* that person's name when given, or NULL */
} mp_automated;

/* mp_automated_detect - never NULL */
mp_automated *mp_automated_detect(const mp_message *msg);
void mp_automated_free(mp_automated *a);

/* mp_automated_broadcast - after the new text is split (newtext.h): is a
 * message that mp_automated_detect() found written by a person a
 * broadcast (MP_AUTO_BROADCAST), a calendar, ticketing, e-card or
 * billing notification (MP_AUTO_GENERATED), or neither (MP_AUTO_NONE)?
 * quoted is the part newtext split off (may be NULL), forwarded whether it
 * is a forward; *reason is the cue (static, "" for none). */
mp_automated_kind mp_automated_broadcast(const mp_message *msg, const char *quoted,
                                         gboolean forwarded, const char **reason);

/* mp_automated_personal - subject and new text speak of private life
 * (family, dinner, football, a job interview ...) and of no business:
 * kind MP_AUTO_PERSONAL (automated_personal.c) */
gboolean mp_automated_personal(const char *subject, const char *new_text);

/* mp_automated_meeting_asked - subject or new text asks the reader to
 * meet over lunch, coffee, a drink or dinner (automated_personal.c) */
gboolean mp_automated_meeting_asked(const char *subject, const char *new_text);

/* mp_automated_kind_name - "none", "auto_reply", "out_of_office",
 * "bounce", "feedback", "list", "auto_generated", "broadcast", "personal" (the
 * inspect --json `automated` values) */
const char *mp_automated_kind_name(mp_automated_kind k);

#endif
