/*
 * parse_charset.c - any bytes to valid UTF-8, whatever the mail claims.
 *
 * SUMMARY
 *	mp_utf8_sanitize() is the one door through which message bytes become
 *	text.  Real mail lies about its charset: "us-ascii" parts full of
 *	Latin-1, "utf-8" parts with one stray Windows-1252 quote, charsets
 *	iconv has never heard of ("x-user-defined", "unknown-8bit").  Every
 *	later stage (HTML parser, FTS5 tokenizer, JSON output) needs valid
 *	UTF-8, so the order of trust is:
 *
 *	1. bytes that already are valid UTF-8 are kept as they are (UTF-8 is
 *	   self-validating: Latin-1 text almost never passes by accident);
 *	2. a declared charset other than UTF-8/ASCII is converted with iconv,
 *	   through GMime's table of charset aliases;
 *	3. otherwise each valid UTF-8 sequence is kept and each invalid byte is
 *	   read as Windows-1252 (a superset of Latin-1 that also has the curly
 *	   quotes and euro sign Outlook writes), so mixed text loses nothing.
 *
 *	NUL bytes are dropped in every case: SQLite and C strings stop at them.
 */
#include <string.h>
#include <gmime/gmime.h>
#include "parse.h"

/* Windows-1252 0x80-0x9F; 0 where the code page leaves a hole. */
static const gunichar cp1252_high[32] = {
	0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
};

/* cp1252_char - the character a single byte stands for in Windows-1252 */
static gunichar cp1252_char(guchar byte)
{
	if (byte >= 0x80 && byte < 0xA0)
		return cp1252_high[byte - 0x80] ? cp1252_high[byte - 0x80] : 0xFFFD;
	return byte;
}

/* is_unicode_charset - names that mean "already UTF-8 or a subset of it" */
static gboolean is_unicode_charset(const char *charset)
{
	return charset == NULL || *charset == '\0' || g_ascii_strcasecmp(charset, "utf-8") == 0 ||
	       g_ascii_strcasecmp(charset, "utf8") == 0 ||
	       g_ascii_strcasecmp(charset, "us-ascii") == 0 ||
	       g_ascii_strcasecmp(charset, "ascii") == 0;
}

/* without_nuls - copy of valid UTF-8 with NUL bytes dropped */
static char *without_nuls(const char *data, gsize len)
{
	char *out = g_malloc(len + 1);
	gsize n = 0;
	for (gsize i = 0; i < len; i++)
		if (data[i] != '\0')
			out[n++] = data[i];
	out[n] = '\0';
	return out;
}

/* repair - keep valid UTF-8 sequences, read every other byte as cp1252 */
static char *repair(const char *data, gsize len)
{
	GString *out = g_string_sized_new(len + len / 8 + 1);
	const char *p = data, *end = data + len;
	while (p < end) {
		gunichar c = g_utf8_get_char_validated(p, end - p);
		if (c == (gunichar)-1 || c == (gunichar)-2) {
			g_string_append_unichar(out, cp1252_char((guchar)*p));
			p++;
		} else if (c == 0) {
			p++;
		} else {
			p = g_utf8_next_char(p);
			g_string_append_unichar(out, c);
		}
	}
	return g_string_free(out, FALSE);
}

/* convert - iconv from a declared charset; NULL when iconv cannot */
static char *convert(const char *data, gsize len, const char *charset)
{
	const char *name = g_mime_charset_iconv_name(charset);
	if (name == NULL)
		return NULL;
	gsize written = 0;
	char *out = g_convert(data, (gssize)len, "UTF-8", name, NULL, &written, NULL);
	if (out == NULL)
		return NULL;
	if (!g_utf8_validate(out, (gssize)written, NULL)) { /* NUL inside */
		char *clean = repair(out, written);
		g_free(out);
		return clean;
	}
	return out;
}

/* is_latin_family - single-byte Western charsets often used as a wrong label
 * for UTF-8 text; for these, bytes that validate as UTF-8 win */
static gboolean is_latin_family(const char *charset)
{
	return g_ascii_strncasecmp(charset, "iso-8859-", 9) == 0 ||
	       g_ascii_strncasecmp(charset, "iso8859-", 8) == 0 ||
	       g_ascii_strncasecmp(charset, "windows-125", 11) == 0 ||
	       g_ascii_strncasecmp(charset, "cp125", 5) == 0 ||
	       g_ascii_strcasecmp(charset, "latin1") == 0;
}

char *mp_utf8_sanitize(const char *data, gssize len, const char *charset)
{
	if (data == NULL)
		return g_strdup("");
	gsize n = len < 0 ? strlen(data) : (gsize)len;
	gboolean valid = g_utf8_validate(data, (gssize)n, NULL);
	/* A declared charset is believed unless the bytes are valid UTF-8 and
	 * the label is a Latin one (then it is UTF-8 mislabelled).  7-bit
	 * charsets such as ISO-2022-JP are valid UTF-8 and must convert. */
	if (!is_unicode_charset(charset) && !(valid && is_latin_family(charset))) {
		char *out = convert(data, n, charset);
		if (out != NULL)
			return out;
	}
	if (valid)
		return g_strndup(data, n);
	/* Valid apart from NUL bytes?  Drop them and keep the rest. */
	char *stripped = without_nuls(data, n);
	if (g_utf8_validate(stripped, -1, NULL))
		return stripped;
	g_free(stripped);
	return repair(data, n);
}
