/*
 * classify_internal.h - what the three parts of the classifier share.
 *
 * classify.c decides direction, parties and the customer side and owns
 * the classifier; classify_policy.c holds the capture policy (NeverCapture,
 * CaptureModeFor, NeverCaptureSubjects, our own digests), the one place
 * that says what is never captured, for the milter and the pipeline alike;
 * classify_domain.c compares hosts with domain lists.  classify.c calls the
 * other two, classify_policy.c calls classify_domain.c, nothing calls
 * back.  Nothing here is for other modules: they use classify.h.
 */
#ifndef MP_CLASSIFY_INTERNAL_H
#define MP_CLASSIFY_INTERNAL_H

#include <libpsl.h>
#include "classify.h"

struct mp_classifier {
	const mp_config *cfg;
	const psl_ctx_t *psl;
	GArray *modes;        /* classify_mode_entry, from CaptureModeFor */
	GRegex *subjects;     /* NeverCaptureSubjects, or NULL */
};

/* classify_domain_of - the part after the last '@' (pointer into address) */
const char *classify_domain_of(const char *address);

/* classify_domain_matches - host equals pattern or is a subdomain of it */
gboolean classify_domain_matches(const char *host, const char *pattern);

/* classify_in_domain_list - host matches any entry of list (subdomains
 * included) */
gboolean classify_in_domain_list(const GPtrArray *list, const char *host);

/* classify_policy_init - the policy tables of c from c->cfg */
void classify_policy_init(mp_classifier *c);

/* classify_policy_free - drop what classify_policy_init built */
void classify_policy_free(mp_classifier *c);

/* classify_policy_message - the capture mode of a parsed message with
 * these participants (and envelope sender, may be NULL); *skip_reason is
 * set (static string) when the message is not to be kept */
mp_capture_mode classify_policy_message(mp_classifier *c, const GPtrArray *participants,
                                        const char *envelope_sender, const char *subject,
                                        const char **skip_reason);

#endif
