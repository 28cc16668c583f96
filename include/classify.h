/*
 * classify.h - stage 2: who is on which side, and is the message ours.
 *
 * Direction comes from InternalDomains: an internal sender writing to an
 * external party is outbound, an external sender writing to an internal
 * party is inbound; all-internal and no-internal-party mail is skipped.
 * The envelope (live capture) wins over headers; for backfill the From,
 * To and Cc headers stand in for it (Delivered-To is not used: in a
 * backfilled mailbox it would turn every spam into customer mail).
 *
 * The customer side is named by its registrable domain (Public Suffix List
 * via libpsl: mail.example.co.uk -> example.co.uk).  Robot senders
 * (no-reply@, mailer-daemon@ ...) are kept as participants but flagged so
 * that the store never makes contacts of them.
 */
#ifndef MP_CLASSIFY_H
#define MP_CLASSIFY_H

#include <glib.h>
#include "config.h"
#include "parse.h"

/* The header that marks mailpulse's own digests: never captured. */
#define MP_DIGEST_HEADER "X-Mailpulse-Digest"

typedef enum {
	MP_DIRECTION_NONE = 0,  /* skipped: see skip_reason */
	MP_DIRECTION_INBOUND,
	MP_DIRECTION_OUTBOUND,
} mp_direction;

typedef enum {
	MP_ROLE_FROM = 0,
	MP_ROLE_TO,
	MP_ROLE_CC,
	MP_ROLE_BCC,  /* envelope recipient not named in To or Cc */
} mp_role;

typedef struct mp_participant {
	char *address;     /* lowercase */
	char *name;        /* display name or NULL */
	char *domain;      /* part after '@', lowercase */
	char *registrable; /* registrable domain (PSL) */
	mp_role role;
	gboolean internal;
	gboolean robot;    /* no-reply@, mailer-daemon@, ...: never a contact */
	gboolean freemail; /* gmail.com ...: never creates an account */
} mp_participant;

typedef struct mp_classification {
	mp_direction direction;
	const char *skip_reason;  /* static string when direction is NONE */
	GPtrArray *participants;  /* mp_participant *, deduplicated per role, at
	                             most MaximumParticipants of them */
	guint participants_dropped; /* parties past MaximumParticipants: seen by
	                             the verdicts, not stored */
	char *customer_host;      /* domain of that party's address, or NULL */
	char *customer_domain;    /* registrable domain of the main customer
	                             party (sender inbound, first external
	                             recipient outbound), or NULL */
	gboolean customer_freemail;
	mp_capture_mode capture_mode; /* full or headers-only when stored */
} mp_classification;

typedef struct mp_classifier mp_classifier;

/* mp_classifier_new - built once per config; cfg must outlive it */
mp_classifier *mp_classifier_new(const mp_config *cfg);
void mp_classifier_free(mp_classifier *c);

/* mp_classify - never NULL; free with mp_classification_free() */
mp_classification *mp_classify(mp_classifier *c, const mp_message *msg);
void mp_classification_free(mp_classification *cls);

/* mp_classify_envelope - the milter's capture decision from the SMTP
 * envelope alone, with the same rules as mp_classify(): inbound, outbound,
 * or NONE with *skip_reason ("all internal", "no internal party",
 * "NeverCapture", "CaptureMode off").  An empty sender (bounces) counts as external. */
mp_direction mp_classify_envelope(mp_classifier *c, const char *sender,
                                  const GPtrArray *recipients, const char **skip_reason);

/* mp_classify_header - the milter's check of one raw header as it arrives:
 * a static reason ("NeverCapture", "CaptureMode off",
 * "NeverCaptureSubjects", "mailpulse's own digest") when From, To or Cc
 * names a party whose mode is off, the Subject matches
 * NeverCaptureSubjects or the header is X-Mailpulse-Digest; NULL otherwise */
const char *mp_classify_header(mp_classifier *c, const char *name, const char *raw_value);

/* mp_participant_new - classify one address on its own (NULL without an
 * '@'); free with mp_participant_free() */
mp_participant *mp_participant_new(mp_classifier *c, const char *address, const char *name,
                                   mp_role role);
void mp_participant_free(gpointer p);

/* mp_registrable_domain - PSL registrable domain of host (lowercase copy;
 * the host itself when it has none) */
char *mp_registrable_domain(mp_classifier *c, const char *host);

/* mp_is_public_suffix - domain is a public suffix of the PSL (co.uk, com,
 * and private ones such as github.io): many owners, never one customer */
gboolean mp_is_public_suffix(mp_classifier *c, const char *domain);

/* mp_is_internal_domain - host equal to or below an InternalDomains entry */
gboolean mp_is_internal_domain(mp_classifier *c, const char *host);

/* mp_is_robot_address - local part names a machine, not a person */
gboolean mp_is_robot_address(const char *address);

/* mp_direction_name / mp_role_name - "inbound", "to" ... */
const char *mp_direction_name(mp_direction d);
const char *mp_role_name(mp_role r);

#endif
