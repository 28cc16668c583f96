/*
 * status.c - the MP_ERROR domain and its mapping to exit codes.
 *
 * One place decides which exit status a failure gets, so that every
 * command reports "database busy, try again" (75) the same way.  The
 * text an error echoes from a file or from mail (a config line, a rule, a
 * search query) goes through mp_escape_text() first, so that a terminal
 * escape sequence or a U+202E in it is shown, never obeyed.
 */
#include <string.h>
#include "status.h"

G_DEFINE_QUARK(mailpulse-error-quark, mp_error)

/* mp_status_exit_code - exit status for error: its code in MP_ERROR, else 70 */
int mp_status_exit_code(const GError *error)
{
	if (error == NULL)
		return MP_OK;
	if (error->domain == MP_ERROR && error->code > 0 && error->code < 256)
		return error->code;
	return MP_ERR_SOFTWARE;
}

/* mp_char_unsafe - see status.h */
gboolean mp_char_unsafe(gunichar c)
{
	return c < 0x20 || (c >= 0x7f && c < 0xa0) || c == 0x061c || c == 0x200e || c == 0x200f ||
	       (c >= 0x2028 && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0xfeff;
}

/* mp_escape_text - see status.h */
char *mp_escape_text(const char *s, gssize len)
{
	gsize n = s == NULL ? 0 : len < 0 ? strlen(s) : (gsize)len;
	GString *out = g_string_sized_new(n);
	const char *p = s, *end = s + n;
	while (p < end) {
		gunichar c = g_utf8_get_char_validated(p, end - p);
		if (c == (gunichar)-1 || c == (gunichar)-2) {
			g_string_append_printf(out, "\\x%02X", (guchar)*p);
			p++;
			continue;
		}
		const char *next = g_utf8_next_char(p);
		if (c == 0) /* g_utf8_get_char_validated() reads a NUL byte as 0 */
			next = p + 1;
		if (mp_char_unsafe(c) && c < 0x100)
			g_string_append_printf(out, "\\x%02X", c);
		else if (mp_char_unsafe(c))
			g_string_append_printf(out, "\\u{%04X}", c);
		else
			g_string_append_len(out, p, next - p);
		p = next;
	}
	return g_string_free(out, FALSE);
}
