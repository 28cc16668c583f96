/*
 * parse_address.c - address headers as real mailers write them.
 *
 * SUMMARY
 *	GMime's address parser follows RFC 5322, and drops what the RFC
 *	forbids but mail systems emit every day: Exchange's
 *	"m..presto@enron.com" (two dots), unquoted commas or dots in display
 *	names, a stray '<'.  Losing the author of a message loses the whole
 *	message for mailpulse, so mp_parse_addresses() is a second, lenient
 *	reader of the raw header: it splits on commas outside quotes, angle
 *	brackets and comments, skips group names ("team: a@x, b@y;"), takes
 *	the part in <> as the address when there is one, else the token with
 *	an '@', and the phrase before it (or a trailing comment) as the name.
 *	parse.c uses it when it finds more addresses than GMime did.
 */
#include <string.h>
#include "parse.h"

typedef struct addr_scan {
	GString *name;     /* display phrase, quotes removed */
	GString *angle;    /* inside <...> */
	GString *bare;     /* text outside quotes, angles and comments */
	GString *comment;  /* the last (comment) */
	gboolean had_angle;
} addr_scan;

/* plausible_address - local@domain, no spaces, something on both sides */
static gboolean plausible_address(const char *s)
{
	const char *at = strrchr(s, '@');
	if (at == NULL || at == s || at[1] == '\0' || strchr(at + 1, '.') == NULL)
		return FALSE;
	for (const char *p = s; *p; p++)
		if (g_ascii_isspace(*p) || *p == '<' || *p == '>' || *p == '"' || *p == ',')
			return FALSE;
	return TRUE;
}

/* decode_phrase - RFC 2047 words of a display name, as valid UTF-8 */
static char *decode_phrase(const char *raw)
{
	char *decoded = g_mime_utils_header_decode_phrase(NULL, raw);
	char *clean = mp_utf8_sanitize(decoded ? decoded : raw, -1, NULL);
	g_free(decoded);
	g_strstrip(clean);
	if (*clean == '\0') {
		g_free(clean);
		return NULL;
	}
	return clean;
}

/* finish_item - turn one scanned item into an address, if it holds one */
static void finish_item(GPtrArray *out, addr_scan *sc)
{
	char *addr = NULL;
	if (sc->had_angle) {
		addr = g_strstrip(g_strdup(sc->angle->str));
	} else {
		/* The bare text may be "addr" or "Name addr": take the token with '@'. */
		char **words = g_strsplit_set(sc->bare->str, " \t", -1);
		for (char **w = words; *w; w++)
			if (strchr(*w, '@')) {
				addr = g_strdup(*w);
				break;
			}
		g_strfreev(words);
	}
	if (addr && plausible_address(addr)) {
		mp_address *a = g_new0(mp_address, 1);
		char *lower = mp_utf8_sanitize(addr, -1, NULL);
		a->address = g_utf8_strdown(lower, -1);
		g_free(lower);
		const char *phrase = sc->had_angle ? sc->name->str : sc->comment->str;
		a->name = decode_phrase(phrase);
		if (a->name && g_ascii_strcasecmp(a->name, a->address) == 0) {
			g_free(a->name);
			a->name = NULL;
		}
		g_ptr_array_add(out, a);
	}
	g_free(addr);
	g_string_truncate(sc->name, 0);
	g_string_truncate(sc->angle, 0);
	g_string_truncate(sc->bare, 0);
	g_string_truncate(sc->comment, 0);
	sc->had_angle = FALSE;
}

GPtrArray *mp_parse_addresses(const char *raw)
{
	GPtrArray *out = g_ptr_array_new_with_free_func(mp_address_free);
	if (raw == NULL)
		return out;
	addr_scan sc = { g_string_new(NULL), g_string_new(NULL), g_string_new(NULL),
	                 g_string_new(NULL), FALSE };
	gboolean in_quotes = FALSE, in_angle = FALSE;
	int comment_depth = 0;
	for (const char *p = raw; *p; p++) {
		char c = *p;
		if (c == '\r' || c == '\n')
			c = ' ';
		if (in_quotes) {
			if (c == '\\' && p[1]) {
				g_string_append_c(sc.name, *++p);
			} else if (c == '"') {
				in_quotes = FALSE;
			} else {
				g_string_append_c(sc.name, c);
			}
		} else if (comment_depth > 0) {
			if (c == '(')
				comment_depth++;
			else if (c == ')')
				comment_depth--;
			if (comment_depth > 0)
				g_string_append_c(sc.comment, c);
		} else if (in_angle) {
			if (c == '>')
				in_angle = FALSE;
			else
				g_string_append_c(sc.angle, c);
		} else if (c == '"') {
			in_quotes = TRUE;
		} else if (c == '(') {
			comment_depth = 1;
			g_string_truncate(sc.comment, 0);
		} else if (c == '<') {
			in_angle = TRUE;
			sc.had_angle = TRUE;
			g_string_truncate(sc.angle, 0);
		} else if (c == ',' || c == ';') {
			finish_item(out, &sc);
		} else if (c == ':' && !sc.had_angle && strchr(sc.bare->str, '@') == NULL) {
			/* "group name:" - what came before was not an address */
			g_string_truncate(sc.name, 0);
			g_string_truncate(sc.bare, 0);
		} else {
			g_string_append_c(sc.name, c);
			g_string_append_c(sc.bare, c);
		}
	}
	finish_item(out, &sc);
	g_string_free(sc.name, TRUE);
	g_string_free(sc.angle, TRUE);
	g_string_free(sc.bare, TRUE);
	g_string_free(sc.comment, TRUE);
	return out;
}
