/*
 * feedback.h - the Account Manager tells mailpulse when an alert was
 * useful and when it was wrong.
 *
 * Every alert of a digest carries a token, "mp-ITEM-TAG": ITEM names the
 * alert (10 base32 characters of SHA-256 over its ledger id, so it is the
 * same in every digest that shows the alert), TAG proves who may judge it
 * (10 base32 characters of HMAC-SHA256, keyed with the installation's
 * secret, over ITEM and the address of the AM the digest went to).  The
 * digest offers "Useful" and "Wrong" mailto: links (and the text part a
 * reply instruction) to FeedbackAddress with the verdict and the token in
 * the subject; Postfix hands such a reply to `mailpulse feedback`, which
 * records the verdict only when the tag matches the reply's From address:
 * nobody but the AM who received the item can judge it, and a forwarded
 * digest does not let its reader judge.
 *
 * A verdict is kept per alert and AM (a later one replaces an earlier
 * one).  A "wrong" verdict hides the alert from every later digest and
 * brief, and the ledger files any later detection of the same kind, account
 * and evidence under the judged alert (mp_store_feedback_file_under), so it
 * is never raised again for that evidence; evidence is the set of messages
 * the alert quotes, or for an alert made of computed facts only (a health
 * drop, a latency drift) the alert's own continuing occurrence.
 *
 * src/feedback.c: tokens, reading a reply, annotating a digest model.
 * src/store_feedback.c: the key, the verdicts table, precision per kind.
 *
 * DIAGNOSTICS: database errors as in store.h (MP_ERR_TEMPFAIL when busy);
 * MP_ERR_CONFIG for a FeedbackAddress that is not one plain address.
 * A reply that cannot be verified is not an error: it is refused with a
 * reason (mp_feedback_reply.refusal, or the refusal of record).
 */
#ifndef MP_FEEDBACK_H
#define MP_FEEDBACK_H

#include <glib.h>
#include <jansson.h>
#include "config.h"
#include "store.h"

#define MP_FEEDBACK_ITEM_LEN 10
#define MP_FEEDBACK_TAG_LEN 10
#define MP_FEEDBACK_KEY_LEN 32
/* "mp-" ITEM "-" TAG */
#define MP_FEEDBACK_TOKEN_LEN (3 + MP_FEEDBACK_ITEM_LEN + 1 + MP_FEEDBACK_TAG_LEN)
/* Bytes of a reply that are read; the token is in the subject, so a long
 * quoted digest below it is not needed. */
#define MP_FEEDBACK_MAX_REPLY (1024 * 1024)

typedef enum {
	MP_VERDICT_NONE = 0,
	MP_VERDICT_USEFUL,
	MP_VERDICT_WRONG,
} mp_verdict;

/* mp_verdict_name - "useful", "wrong" (or "none") */
const char *mp_verdict_name(mp_verdict v);

/* mp_feedback_item - the item of an alert id (caller frees) */
char *mp_feedback_item(const char *alert_id);

/* mp_feedback_tag - the tag of item for am (any case; compared lowercase)
 * under key (MP_FEEDBACK_KEY_LEN bytes); caller frees */
char *mp_feedback_tag(const guint8 *key, const char *item, const char *am);

/* mp_feedback_token - "mp-ITEM-TAG" of an alert id for am; caller frees */
char *mp_feedback_token(const guint8 *key, const char *alert_id, const char *am);

/* mp_feedback_find_token - the first token in text (any case) as its item
 * and tag, lowercase, NUL-terminated; FALSE when there is none */
gboolean mp_feedback_find_token(const char *text, char item[MP_FEEDBACK_ITEM_LEN + 1],
                                char tag[MP_FEEDBACK_TAG_LEN + 1]);

/* mp_feedback_tag_equal - the two tags are equal, in time independent of
 * where they differ */
gboolean mp_feedback_tag_equal(const char *a, const char *b);

/* mp_feedback_evidence_key - what identifies an alert's evidence: a hash of
 * the sorted message ids of evidence (an array of {..., message_id}), or ""
 * when it quotes no message (computed facts only); caller frees */
char *mp_feedback_evidence_key(json_t *evidence);

/* What a reply says, before it is checked against the database. */
typedef struct mp_feedback_reply {
	char *from;           /* bare From address, lowercase, or NULL */
	char *message_id;     /* of the reply, or NULL */
	mp_verdict verdict;   /* first word of the subject (after Re:, Fwd: ...),
	                         else of the first line of the text */
	char item[MP_FEEDBACK_ITEM_LEN + 1];
	char tag[MP_FEEDBACK_TAG_LEN + 1];
	const char *refusal;  /* why it cannot be a verdict (a static string),
	                         or NULL: then from, verdict, item and tag are set */
} mp_feedback_reply;

/*
 * mp_feedback_read_reply - read a reply (len bytes of RFC 5322 message).
 * sender is the envelope sender when the MTA gave it (NULL: unknown; ""
 * is the null sender of a bounce): it must then be the From address.
 * Automated mail (Auto-Submitted other than "no", Precedence bulk, junk
 * or list, a delivery or read report) is refused: nothing a machine sends
 * is a verdict.  Never NULL.
 */
mp_feedback_reply *mp_feedback_read_reply(const char *data, gsize len, const char *sender);
void mp_feedback_reply_free(mp_feedback_reply *r);

/*
 * mp_feedback_annotate - add the feedback links' data to a digest model:
 * "feedback_address" (cfg FeedbackAddress) on the model and "feedback"
 * (the token for the model's AM) on every alert.  Does nothing when
 * FeedbackAddress is unset.  FALSE with MP_ERR_CONFIG when it is not one
 * plain address, or with the store's error.
 */
gboolean mp_feedback_annotate(mp_store *st, const mp_config *cfg, json_t *model,
                              GError **error);

/* ---- src/store_feedback.c ---- */

/* mp_store_feedback_key - the installation's secret (MP_FEEDBACK_KEY_LEN
 * bytes, made when the schema was created) into key */
gboolean mp_store_feedback_key(mp_store *st, guint8 key[MP_FEEDBACK_KEY_LEN], GError **error);

/*
 * mp_store_feedback_record - check a read reply against the database and
 * record its verdict: the item must name an alert, and the tag must be
 * that item's tag for the reply's From address.  judged_at is a unix time.
 * Returns FALSE with error only for a database error; otherwise TRUE with
 * *refusal set to the reason when nothing was recorded (NULL when the
 * verdict was recorded) and *alert_id (may be NULL; caller frees) to the
 * judged alert.
 */
gboolean mp_store_feedback_record(mp_store *st, const mp_feedback_reply *r, gint64 judged_at,
                                  const char **refusal, char **alert_id, GError **error);

/* mp_store_feedback_put - record am's verdict on alert_id (which must
 * exist), replacing am's earlier one; FALSE with MP_ERR_DATA when there is
 * no such alert */
gboolean mp_store_feedback_put(mp_store *st, const char *alert_id, const char *am,
                               mp_verdict verdict, gint64 judged_at, GError **error);

/* mp_store_feedback_list - every verdict, newest first: [{judged_at,
 * verdict, am, account, kind, alert_id, item, title}] */
json_t *mp_store_feedback_list(mp_store *st, GError **error);

/* mp_store_feedback_precision - per alert kind, over the verdicts on alerts
 * first raised on or before day (YYYY-MM-DD): [{kind, useful, wrong,
 * precision (useful / (useful + wrong))}], by kind */
json_t *mp_store_feedback_precision(mp_store *st, const char *day, GError **error);

/*
 * mp_store_feedback_file_under - for the ledger: the id a detection of
 * kind on account (with evidence, continuing the open alert open_id or
 * NULL) must be recorded under because an AM judged it wrong: the judged
 * alert with the same kind, account and evidence (for evidence quoting no
 * message: open_id itself when it was judged wrong); a new string, or NULL
 * when the detection is not judged.  *fresh is set when the detection
 * continues a judged-wrong alert but with other evidence: it must start a
 * new alert rather than stay hidden under the judged one.  NULL with error
 * set on a database error.
 */
char *mp_store_feedback_file_under(mp_store *st, gint64 account, const char *kind,
                                   const char *open_id, json_t *evidence, gboolean *fresh,
                                   GError **error);

#endif
