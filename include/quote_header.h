/*
 * quote_header.h - who wrote the message a reply quotes, and when.
 *
 * The first quoted header block of a text: Outlook "-----Original
 * Message----- From: ... Sent: ..." (and its German, French, Spanish and
 * Dutch forms), an Outlook "From: ... Sent:" block without the dashed
 * line, Gmail and Apple "On <date>, <name> wrote:" (Le/Am/El/Op ...),
 * Lotus Notes "Name@DOMAIN on 02/27/2002 12:02 PM" or a name above a bare
 * Notes date line, GroupWise '>>> "Name" <address> 10/24/01 09:24AM >>>'.  A forward marker before any block means the text
 * forwards rather than answers: no block then.
 *
 * Readers: the unanswered alerts (was the quoted message ours?) and the
 * store's threading (which stored message does a reply without
 * In-Reply-To answer?).
 *
 * Ownership: mp_quote_header_clear() frees what mp_quote_header_first()
 * filled in.
 */
#ifndef MP_QUOTE_HEADER_H
#define MP_QUOTE_HEADER_H

#include <glib.h>

typedef struct mp_quote_header {
	char *author;   /* the line naming the quoted author, as written */
	gint64 local;   /* the quoted date and time read as if UTC (it is the
	                   replier's local time, zone unknown); 0: none */
} mp_quote_header;

/* mp_quote_header_first - the first quoted header block of text; FALSE
 * (and q zeroed) when there is none or a forward marker comes first */
gboolean mp_quote_header_first(const char *text, mp_quote_header *q);
void mp_quote_header_clear(mp_quote_header *q);

/* mp_quote_header_date - "Wednesday, February 27, 2002 12:02 PM",
 * "Mittwoch, 27. Februar 2002 12:02", "02/27/2002 12:02 PM" ... as if UTC;
 * 0 when s holds no complete date and time */
gint64 mp_quote_header_date(const char *s);

/* mp_quote_header_names - every word (2+ letters, at least two words) of
 * name is a word of line: "Parks, Joe", "Joe Parks/HOU/ECT@ECT" and
 * "From: Joe Parks" all name "Joe Parks" */
gboolean mp_quote_header_names(const char *line, const char *name);

/* mp_quote_header_cover - want has two words or more, each one of have */
gboolean mp_quote_header_cover(const GPtrArray *have, const GPtrArray *want);

/* mp_quote_header_words - the lowercase words of 2+ letters of s */
GPtrArray *mp_quote_header_words(const char *s);

#endif
