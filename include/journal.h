/*
 * journal.h - hosted mail: Exchange journal reports and Google routing
 * copies turned back into the message they carry, with its envelope.
 *
 * Microsoft 365 sends an envelope journal report: a message of its own
 * (header X-MS-Journal-Report) whose first part lists the original's
 * envelope (Sender, Subject, Message-Id, then To/Cc/Bcc or Recipient
 * lines, each maybe with ", Expanded: GROUP" or ", Forwarded: ADDRESS")
 * and whose message/rfc822 part is the original, unaltered.  Google
 * Workspace sends the original itself to another envelope recipient (the
 * journal address), maybe with a header the admin chose.  mp_journal_parse()
 * is the parse step of every path (worker, ingest, inspect): it returns
 * the message to classify and store, never the report.
 *
 * Ownership: the caller owns the returned message and *journal (free with
 * mp_journal_free()); every string inside belongs to the journal.
 */
#ifndef MP_JOURNAL_H
#define MP_JOURNAL_H

#include <glib.h>
#include "classify.h"
#include "config.h"
#include "parse.h"

/* The header that marks a journal report once it left Exchange, and the
 * name it has inside Exchange (matched by name: the value is empty). */
#define MP_JOURNAL_REPORT_HEADER "X-MS-Journal-Report"
#define MP_JOURNAL_REPORT_HEADER_ORG "X-MS-Exchange-Organization-Journal-Report"

typedef enum {
	MP_JOURNAL_EXCHANGE = 1, /* envelope journal report, unwrapped */
	MP_JOURNAL_GOOGLE,       /* routing copy of the original */
} mp_journal_kind;

/* One recipient line of a report (or the envelope of a copy). */
typedef struct mp_journal_rcpt {
	char *address;      /* lowercase; the one that received the message */
	const char *field;  /* "to", "cc", "bcc" or "recipient" (static) */
	char *expanded;     /* the group it was reached through, or NULL */
	char *forwarded;    /* the addressee it was redirected from, or NULL */
} mp_journal_rcpt;

typedef struct mp_journal {
	mp_journal_kind kind;
	char *report_id;     /* Message-ID of the report itself, or NULL */
	char *reporter;      /* who sent the report (From, else MAIL FROM) */
	char *sender;        /* the original's envelope sender (Sender: line) */
	char *subject;       /* Subject: line, decoded */
	char *message_id;    /* the original's Message-ID, without <> */
	char *on_behalf_of;  /* On-Behalf-Of: line, or NULL */
	char *direction;     /* Google: the value of JournalHeader, or NULL */
	GPtrArray *recipients; /* mp_journal_rcpt * */
} mp_journal;

/*
 * mp_journal_parse - parse the headers of len bytes (mp_parse_headers)
 * and, when they are a journal report or a routing copy, replace them by
 * the original with the report's envelope; env (may be NULL) is taken
 * over.  *journal is NULL for ordinary mail.  Returns NULL with error
 * (MP_ERR_DATA) for input that is not mail, and for a report that cannot
 * be unwrapped: attachment missing or broken, envelope part missing, or a
 * sender outside JournalSenderDomains (JournalRequireSender); *journal is
 * then set as far as it was read, so the caller can record the failure.
 * The returned message has no body parsed yet (mp_parse_body()).
 */
mp_message *mp_journal_parse(const mp_config *cfg, const char *data, gsize len,
                             mp_envelope *env, mp_journal **journal, GError **error);

/* mp_journal_adjust_roles - give envelope-only participants (Bcc for
 * classify) the To or Cc role the report says they were addressed in,
 * e.g. the member of a group expanded from the To header */
void mp_journal_adjust_roles(const mp_journal *j, mp_classification *cls);

/* mp_journal_skip_reason - why a hosted mailbox's message is not mail to
 * read: a Google Takeout message labelled Spam or Chat (X-Gmail-Labels);
 * NULL for every other message */
const char *mp_journal_skip_reason(const mp_message *msg);

/* mp_journal_is_address - address is one of JournalAddresses */
gboolean mp_journal_is_address(const mp_config *cfg, const char *address);

/* mp_journal_kind_name - "exchange", "google" */
const char *mp_journal_kind_name(mp_journal_kind kind);

/* mp_journal_free - free a journal and everything it holds; NULL is fine */
void mp_journal_free(mp_journal *j);

#endif
