/*
 * deliver.h - delivery: the digest and portfolio report emails, and how
 * they leave (sendmail(1), SMTP, a Maildir, stdout).
 *
 * Analysis computes a model (a jansson document: the AM, the day, the
 * number of new items and the AM's accounts ranked by stake, each with
 * health, trend, components, momentum and alerts with evidence and next
 * step; the portfolio model has segments, owners, renewals and
 * single-threaded accounts; tests/data/digest/claire.json and
 * portfolio.json show every field; hostile.json also the feedback fields:
 * "feedback_address" and each alert's "feedback" code, from which the
 * digest draws its Useful/Wrong links, feedback.h); delivery renders it
 * and never computes anything itself.  Every string in a model may hold whatever a
 * customer wrote (HTML, script, CR/LF, bidi overrides, a megabyte without a
 * space): the renderers clean, cut, wrap and escape it; a model is never
 * pre-escaped.
 *
 * Ownership: every char * returned is the caller's (g_free); every
 * GMimeMessage * is a new reference (g_object_unref).  The models are only
 * read.
 *
 * DIAGNOSTICS: functions that can fail return NULL/FALSE and set error in
 * MP_ERROR: MP_ERR_DATA for a model or address that cannot make a message,
 * MP_ERR_CONFIG for a bad delivery setting, MP_ERR_TEMPFAIL when the MTA
 * refused for now (sendmail's exit 75, an SMTP 4xx reply, a connection
 * failure), MP_ERR_SOFTWARE for an SMTP 5xx reply or sendmail failing
 * otherwise, MP_ERR_IO for a Maildir write error.
 */
#ifndef MP_DELIVER_H
#define MP_DELIVER_H

#include <glib.h>
#include <gmime/gmime.h>
#include <jansson.h>
#include "config.h"

/* Width of the text part: reads in any terminal and any mail client. */
#define MP_DELIVER_TEXT_WIDTH 72

/* mp_deliver_digest_text - the text/plain body of a digest model (UTF-8,
 * no line wider than MP_DELIVER_TEXT_WIDTH columns) */
char *mp_deliver_digest_text(json_t *model);
/* mp_deliver_digest_html - the text/html body of a digest model: one
 * document, table layout, inline styles only, no script or remote
 * resource */
char *mp_deliver_digest_html(json_t *model);
/* mp_deliver_report_text / _html - the same for a portfolio model */
char *mp_deliver_report_text(json_t *model);
char *mp_deliver_report_html(json_t *model);

/*
 * mp_deliver_digest_message - the digest as one multipart/alternative
 * message: From DigestFrom, To the model's "am", Subject with the date and
 * the number of new items, Date (now), Message-ID, MIME-Version and
 * X-Mailpulse-Digest "AM DATE" (the milter never captures it).  NULL with
 * MP_ERR_DATA when the model has no valid "am" address or "as_of" date.
 */
GMimeMessage *mp_deliver_digest_message(json_t *model, const mp_config *cfg, GError **error);

/*
 * mp_deliver_report_message - the portfolio report to the recipients
 * (addresses, at least one); X-Mailpulse-Digest "portfolio DATE".
 */
GMimeMessage *mp_deliver_report_message(json_t *model, const mp_config *cfg,
                                        GPtrArray *recipients, GError **error);

/* mp_deliver_from_address - DigestFrom, or mailpulse@ this host's name
 * (a new string) */
char *mp_deliver_from_address(const mp_config *cfg);

/* mp_deliver_to_string - the message as bytes, LF line ends (caller
 * frees) */
char *mp_deliver_to_string(GMimeMessage *msg, gsize *len);

/*
 * mp_deliver_submit - hand the message to the MTA by DigestTransport:
 * "sendmail" runs SendmailPath -oi -f FROM -- RCPT... with the message on
 * its standard input; "smtp" speaks SMTP to SmtpServer.  The envelope
 * sender is the From address, the recipients are the To addresses.
 */
gboolean mp_deliver_submit(GMimeMessage *msg, const mp_config *cfg, GError **error);

/* mp_deliver_sendmail - run path -oi -f from -- rcpt... with data on stdin */
gboolean mp_deliver_sendmail(const char *path, const char *from, GPtrArray *rcpts,
                             const char *data, gsize len, GError **error);

/*
 * mp_deliver_smtp - one SMTP transaction with server ("host:port", "host"
 * for port 25, "[v6addr]:port"): EHLO (HELO if refused), MAIL FROM, RCPT
 * TO per recipient, DATA with dot-stuffing and CRLF line ends, QUIT.
 * Plain text, no TLS, no AUTH: meant for a relay on this host or the
 * local network (see mailpulse.conf(5), SmtpServer).
 */
gboolean mp_deliver_smtp(const char *server, const char *helo, const char *from,
                         GPtrArray *rcpts, const char *data, gsize len, GError **error);

/*
 * mp_deliver_maildir - deliver into the Maildir dir (tmp/, new/ and cur/
 * created when missing): written to tmp/ under a unique name, fsynced,
 * renamed into new/, the directory fsynced.  *path_out (may be NULL) gets
 * the final file name.
 */
gboolean mp_deliver_maildir(const char *dir, const char *data, gsize len,
                            char **path_out, GError **error);

/* mp_deliver_recipients - the bare addresses of the message's To list
 * (a new array of strings) */
GPtrArray *mp_deliver_recipients(GMimeMessage *msg);

/* mp_deliver_address_ok - a bare address safe to put on a command line,
 * in an SMTP command and in a header: local@domain, printable ASCII, no
 * space, no leading '-' */
gboolean mp_deliver_address_ok(const char *address);

#endif
