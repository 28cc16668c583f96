/*
 * newtext.c - stage 3 (extract): split a message's text into what its
 * author wrote now, the quoted history and the signature.
 *
 * SUMMARY
 *	mp_newtext_split() works on lines, in two passes:
 *
 *	1. newtext_quote.c gives each line a role: quoted ("> " lines, an
 *	   attribution such as "On ... wrote:" in a dozen languages, and all
 *	   that follows an "-----Original Message-----" line, an Outlook
 *	   From:/Sent:/To:/Subject: block or a forwarded-message marker) or
 *	   new.  Quoted lines interleaved with new ones (an inline reply)
 *	   leave the new ones in place.
 *	2. newtext_signature.c finds where the signature starts among the
 *	   new lines: a "-- " line, a sign-off line ("Best regards",
 *	   "Cordialement", "Mit freundlichen Grüßen" ...) followed only by a
 *	   short block, a mobile footer ("Sent from my iPhone"), a legal
 *	   disclaimer; and reads the author's name, job title and phone
 *	   number from that block.
 *
 *	The body is the new lines before the signature; blank lines at its
 *	ends are trimmed, the lines themselves are kept as written.
 *
 * WHY LINES AND NOT A PARSER OF REPLIES
 *	Every mail client writes history its own way; what they share is
 *	line-level: an attribution line, a prefix, a header block.  HTML
 *	mail is rendered by parse_html.c with its quote containers as "> "
 *	lines, so one text algorithm serves both.
 *
 * EDGE CASES
 *	Cutting real new text is the worse error (phrase rules would miss a
 *	signal), so every rule that removes text asks for more than one clue:
 *	a sign-off must be a line of its own followed by a short block, so
 *	"Thanks, that works for us." stays; an attribution needs a verb plus
 *	a date, an address or an opening word; a header block needs three
 *	distinct fields.
 *
 * DIAGNOSTICS
 *	None: any input gives a result (invalid UTF-8 is repaired first).
 */
#include <string.h>
#include "newtext.h"
#include "newtext_internal.h"

/* split_lines - the text as lines, without '\r' */
static char **split_lines(const char *text, guint *n)
{
	char *valid = g_utf8_make_valid(text, -1);
	char **lines = g_strsplit(valid, "\n", -1);
	g_free(valid);
	guint count = g_strv_length(lines);
	for (guint i = 0; i < count; i++) {
		gsize len = strlen(lines[i]);
		if (len > 0 && lines[i][len - 1] == '\r')
			lines[i][len - 1] = '\0';
	}
	*n = count;
	return lines;
}

/* join_trimmed - lines[from..to) joined, blank lines at both ends left
 * out; NULL when nothing is left */
static char *join_trimmed(char **lines, guint from, guint to)
{
	while (from < to && nt_is_blank(lines[from]))
		from++;
	while (to > from && nt_is_blank(lines[to - 1]))
		to--;
	if (from == to)
		return NULL;
	GString *out = g_string_new(NULL);
	for (guint i = from; i < to; i++) {
		g_string_append(out, lines[i]);
		if (i + 1 < to)
			g_string_append_c(out, '\n');
	}
	return g_string_free(out, FALSE);
}

/* body_end - where the body ends: before the signature, and before
 * separator lines left dangling above it (an <hr> above a quote) */
static guint body_end(char **lines, guint sig_start)
{
	guint end = sig_start;
	while (end > 0 && (nt_is_blank(lines[end - 1]) || nt_is_separator(lines[end - 1])))
		end--;
	return end;
}

mp_newtext *mp_newtext_split(const char *text, const char *from_name)
{
	mp_newtext *nt = g_new0(mp_newtext, 1);
	guint n = 0;
	char **lines = split_lines(text ? text : "", &n);
	nt_role *roles = g_new0(nt_role, n + 1);
	nt_quote_roles(lines, n, roles, &nt->forwarded);

	/* The new lines (borrowed pointers) and the quoted ones. */
	char **fresh = g_new0(char *, n + 1);
	char **quoted = g_new0(char *, n + 1);
	guint n_fresh = 0, n_quoted = 0;
	for (guint i = 0; i < n; i++) {
		if (roles[i] == NT_NEW)
			fresh[n_fresh++] = lines[i];
		else
			quoted[n_quoted++] = lines[i];
	}
	guint sig = nt_signature_start(fresh, n_fresh, from_name);
	char *body = join_trimmed(fresh, 0, body_end(fresh, sig));
	nt->body = body ? body : g_strdup("");
	nt->signature = join_trimmed(fresh, sig, n_fresh);
	nt->quoted = join_trimmed(quoted, 0, n_quoted);
	if (nt->signature)
		nt_signature_fields(fresh + sig, n_fresh - sig, from_name,
		                    &nt->sig_name, &nt->sig_title, &nt->sig_phone);
	g_free(fresh);
	g_free(quoted);
	g_free(roles);
	g_strfreev(lines);
	return nt;
}

void mp_newtext_free(mp_newtext *nt)
{
	if (nt == NULL)
		return;
	g_free(nt->body);
	g_free(nt->signature);
	g_free(nt->quoted);
	g_free(nt->sig_name);
	g_free(nt->sig_title);
	g_free(nt->sig_phone);
	g_free(nt);
}
