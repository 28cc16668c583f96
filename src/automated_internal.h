/*
 * automated_internal.h - what the automated_*.c files share (not public).
 *
 * automated.c decides the kind from headers and subject and calls:
 *	automated_dsn.c     RFC 3464 / RFC 5965 parts of the MIME tree
 *	automated_bounce.c  text bounces, and the verdict per recipient
 *	automated_ooo.c     out-of-office return dates
 *	automated_leave.c   "no longer with ..." departures and replacements
 *	automated_bulk.c    newsletters, adverts and other mass mailings
 * and automated_broadcast.c (a person's mail that is no conversation) calls
 *	automated_offer.c   cold pitches, event blasts, chain letters, notices
 *	automated_verdict.c status and verdict of one failed recipient
 * and every one of them reads its patterns through automated_rx.c.
 */
#ifndef MP_AUTOMATED_INTERNAL_H
#define MP_AUTOMATED_INTERNAL_H

#include "automated.h"

/*
 * Regular expressions are written as constant tables of patterns and
 * compiled once per process (case-insensitive, UTF-8): compiling them per
 * message would cost more than the rest of the detection.  After the first
 * call the compiled table is never written again, so it is shared by
 * threads as safely as a constant.
 */
typedef struct automated_rx_table {
	const char *const *patterns;
	guint n;
	GOnce once;
} automated_rx_table;

#define AUTOMATED_RX_TABLE(patterns) { (patterns), G_N_ELEMENTS(patterns), G_ONCE_INIT }

/* automated_rx_get - the compiled regex number i of table t */
GRegex *automated_rx_get(automated_rx_table *t, guint i);

/* automated_rx_search - TRUE when regex i of t matches text; start/end of the
 * first match (byte offsets) when not NULL */
gboolean automated_rx_search(automated_rx_table *t, guint i, const char *text, int *start, int *end);

/* automated_rx_group - group g of the first match of regex i in text (newly
 * allocated), or NULL */
char *automated_rx_group(automated_rx_table *t, guint i, const char *text, int g);

/* automated_bounce_new - a recipient entry (address lowercased; others may be NULL) */
mp_bounce *automated_bounce_new(const char *recipient, const char *status, const char *action,
                         const char *diagnostic);
void automated_bounce_free(gpointer b);

/* automated_dsn_scan - recipients of every delivery-status part of the MIME tree,
 * appended to bounces; TRUE when there was such a part */
gboolean automated_dsn_scan(const mp_message *msg, GPtrArray *bounces);

/* automated_is_feedback_report - an RFC 5965 (ARF) report */
gboolean automated_is_feedback_report(const mp_message *msg);

/* automated_own_text - the part of a machine message written by the machine,
 * before the copy of the message it answers (newly allocated, never NULL) */
char *automated_own_text(const char *text);

/* automated_text_bounce_scan - a bounce without a delivery-status part: TRUE when
 * the message is one, with its recipients appended to bounces */
gboolean automated_text_bounce_scan(const mp_message *msg, GPtrArray *bounces);

/* automated_bounce_complete - fill status, action, permanent and mailbox_gone of
 * one recipient from what its report and the text around it say; region
 * is the MTA's text (may be NULL); sole says the report names no other
 * recipient, so all of region is about this one ("reject reason: Mailbox
 * full" written before "target address: ...") */
void automated_bounce_complete(mp_bounce *b, const char *region, gboolean delayed_report,
                        gboolean sole);

/* automated_text_says_delay - the wording of a delay notice ("will retry" ...) */
gboolean automated_text_says_delay(const char *text);

/* automated_find_addresses - every address in text, lowercased, in order, no
 * repeats */
GPtrArray *automated_find_addresses(const char *text);

/* automated_ooo_return_date - first day back named in an absence notice (unix
 * time, 00:00 UTC), read relative to the message date; 0 when none */
gint64 automated_ooo_return_date(const char *text, gint64 message_date);

/* automated_departure_find - does an auto-reply say its author left?  When it
 * does, the replacement it names (address and name, newly allocated, NULL
 * when absent); self is the author's address (never a replacement) */
gboolean automated_departure_find(const char *text, const char *self, char **replacement,
                           char **replacement_name);

/* automated_bulk_detect - MP_AUTO_LIST for mass mailing, MP_AUTO_GENERATED for a
 * no-reply sender, else MP_AUTO_NONE; *reason is the cue (static) */
mp_automated_kind automated_bulk_detect(const mp_message *msg, const char **reason);

/* automated_offer_cue - in a message that neither answers nor forwards, the
 * words of a circular sent from a person-like address: the cue (static)
 * or NULL; *generated when a service's program wrote it (an account notice) */
const char *automated_offer_cue(const mp_message *msg, const char *text, gboolean *generated);

#endif
