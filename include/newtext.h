/*
 * newtext.h - stage 3 (extract): the part of a message its author wrote now.
 *
 * Phrase rules must only see what the sender wrote in this message: not
 * the quoted history ("> " lines, "On ... wrote:" in several languages,
 * "-----Original Message-----", Outlook From:/Sent: blocks, forwarded
 * blocks), and not the signature (name/title/phone blocks, "-- ", legal
 * disclaimers, "Sent from my iPhone").  The archive keeps the full text;
 * this module only splits it.
 *
 * The input is the archive text of the message (mp_message_text()): for
 * HTML-only mail, parse_html.c has already rendered quote containers
 * (blockquote type=cite, gmail_quote, Outlook's divRplyFwdMsg and what
 * follows it) as "> " lines, so one text algorithm serves both.
 *
 * Ownership: the caller frees the result with mp_newtext_free().
 */
#ifndef MP_NEWTEXT_H
#define MP_NEWTEXT_H

#include <glib.h>

typedef struct mp_newtext {
	char *body;        /* new text without quotes and signature; never NULL */
	char *signature;   /* the signature block as written, or NULL */
	char *quoted;      /* the removed quoted/forwarded part, or NULL */
	gboolean forwarded;  /* the message forwards another message */
	/* what the signature says about its author (NULL when not found) */
	char *sig_name;
	char *sig_title;   /* job title, e.g. "VP Finance" */
	char *sig_phone;
} mp_newtext;

/* mp_newtext_split - split text (UTF-8) into new text, quote, signature.
 * from_name (may be NULL) is the sender's display name: it helps find
 * where a sign-off block starts.  Never NULL. */
mp_newtext *mp_newtext_split(const char *text, const char *from_name);

void mp_newtext_free(mp_newtext *nt);

/* mp_newtext_words - the number of words (runs of non-space) in text */
guint mp_newtext_words(const char *text);

#endif
