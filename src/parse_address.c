/*
 * parse_address.c - address headers, through GMime's parser, everywhere.
 *
 * SUMMARY
 *	mp_parse_addresses() is the one reader of an address header: the
 *	pipeline's From/To/Cc/Sender/Reply-To (parse.c) and the milter's
 *	header check for NeverCapture (classify.c) both use it, so that no two
 *	parts of mailpulse can see different authors in one header.  It hands
 *	the raw header to GMime's parser (loose mode, see parse.c) and
 *	flattens groups; before that, normalize() rewrites two things real
 *	mail does that would otherwise make GMime read the header otherwise
 *	than its sender's mailer showed it:
 *	  - an RFC 2047 encoded word in a display name is one atom, whatever
 *	    its encoded text holds: =?utf-8?Q?a:_ceo@acme.com_b:c?= <eve@x.com>
 *	    is a name and eve@x.com, never a group "=?utf-8?Q?a" holding
 *	    ceo@acme.com.  A run of encoded words outside quotes, comments
 *	    and angle brackets is put between double quotes (GMime decodes
 *	    encoded words in quoted strings in loose mode).
 *	  - a local part with a leading, trailing or doubled dot, which
 *	    Exchange writes ("m..presto@enron.com") and RFC 5322 forbids
 *	    unquoted, is quoted, so GMime keeps the address instead of
 *	    dropping the author of the message; the quotes are taken off
 *	    again afterwards.
 *
 * EDGE CASES
 *	Addresses are lowercased and sanitized to UTF-8; one without '@',
 *	or with nothing before or after it, is dropped; a display name that
 *	only repeats the address is dropped.  Groups nest at most 4 deep.
 */
#include <string.h>
#include "parse.h"

/* Characters that end a bare word outside quotes, comments and <>. */
#define WORD_END " \t\r\n,;:<>()\""

/* encoded_word_end - the end of an RFC 2047 encoded word starting at p
 * ("=?charset?B|Q?text?="), or NULL when p does not start one */
static const char *encoded_word_end(const char *p)
{
	if (p[0] != '=' || p[1] != '?')
		return NULL;
	const char *q = p + 2;
	while (*q && *q != '?' && !g_ascii_isspace(*q))
		q++;
	if (q == p + 2 || q[0] != '?' || !strchr("BbQq", q[1]) || q[1] == '\0' || q[2] != '?')
		return NULL;
	for (q += 3; *q && *q != '?' && !g_ascii_isspace(*q); q++)
		;
	return q[0] == '?' && q[1] == '=' ? q + 2 : NULL;
}

/* append_addr_spec - local@domain, its local part quoted when its dots
 * would make GMime drop it */
static void append_addr_spec(GString *out, const char *s, gsize n)
{
	const char *at = g_strrstr_len(s, (gssize)n, "@");
	gsize local = at ? (gsize)(at - s) : 0;
	gboolean dotty = local > 0 && s[0] != '"' &&
	                 (s[0] == '.' || s[local - 1] == '.' || g_strstr_len(s, (gssize)local, ".."));
	for (gsize i = 0; dotty && i < local; i++)
		if (g_ascii_isspace(s[i]) || s[i] == '"' || s[i] == '\\')
			dotty = FALSE;
	if (!dotty) {
		g_string_append_len(out, s, (gssize)n);
		return;
	}
	g_string_append_c(out, '"');
	g_string_append_len(out, s, (gssize)local);
	g_string_append_c(out, '"');
	g_string_append_len(out, at, (gssize)(n - local));
}

/* append_quoted_run - encoded words from p as one quoted string; returns
 * where the run ends (the words and the blanks between them) */
static const char *append_quoted_run(GString *out, const char *p)
{
	const char *end = encoded_word_end(p), *run_end = end;
	for (const char *q = end; ; ) {
		while (*q == ' ' || *q == '\t' || *q == '\r' || *q == '\n')
			q++;
		const char *next = encoded_word_end(q);
		if (next == NULL)
			break;
		run_end = q = next;
	}
	g_string_append_c(out, '"');
	for (; p < run_end; p++) {
		if (*p == '"' || *p == '\\')
			g_string_append_c(out, '\\');
		g_string_append_c(out, *p);
	}
	g_string_append_c(out, '"');
	return run_end;
}

/* normalize - the header with encoded-word runs quoted and dotty local
 * parts quoted (see SUMMARY); quotes, comments and the rest unchanged */
static char *normalize(const char *raw)
{
	GString *out = g_string_sized_new(strlen(raw) + 16);
	const char *p = raw;
	while (*p) {
		if (*p == '"' || *p == '(') { /* a quoted string or a comment, as is */
			char close = *p == '"' ? '"' : ')';
			int depth = 1;
			g_string_append_c(out, *p++);
			while (*p && depth > 0) {
				if (*p == '\\' && p[1]) {
					g_string_append_len(out, p, 2);
					p += 2;
					continue;
				}
				if (close == ')' && *p == '(')
					depth++;
				else if (*p == close)
					depth--;
				g_string_append_c(out, *p++);
			}
		} else if (*p == '<') {
			const char *gt = strchr(p, '>');
			gsize n = gt ? (gsize)(gt - p - 1) : strlen(p + 1);
			g_string_append_c(out, '<');
			append_addr_spec(out, p + 1, n);
			p += 1 + n;
			if (*p == '>')
				g_string_append_c(out, *p++);
		} else if (encoded_word_end(p)) {
			p = append_quoted_run(out, p);
		} else if (strchr(WORD_END, *p) == NULL) {
			gsize n = strcspn(p, WORD_END);
			if (memchr(p, '@', n))
				append_addr_spec(out, p, n);
			else
				g_string_append_len(out, p, (gssize)n);
			p += n;
		} else {
			g_string_append_c(out, *p++);
		}
	}
	return g_string_free(out, FALSE);
}

/* unquote_local - "m..presto"@x.com back to m..presto@x.com (a copy);
 * a quoted local part that needs its quotes ("a b"@x.com) keeps them */
static char *unquote_local(const char *addr)
{
	const char *close = addr[0] == '"' ? strstr(addr + 1, "\"@") : NULL;
	for (const char *p = addr + 1; close && p < close; p++)
		if (!g_ascii_isalnum(*p) && !strchr(".!#$%&'*+/=?^_`{|}~-", *p) && (guchar)*p < 0x80)
			close = NULL;
	if (close == NULL)
		return g_strdup(addr);
	GString *out = g_string_new_len(addr + 1, close - addr - 1);
	g_string_append(out, close + 1);
	return g_string_free(out, FALSE);
}

/* add_mailbox - one mailbox to list, unless it has no usable address */
static void add_mailbox(GPtrArray *list, InternetAddressMailbox *mb)
{
	char *unquoted = unquote_local(internet_address_mailbox_get_addr(mb));
	char *clean = mp_parse_clean_text(unquoted);
	g_free(unquoted);
	const char *at = clean ? strrchr(clean, '@') : NULL;
	if (at == NULL || at == clean || at[1] == '\0') {
		g_free(clean);
		return;
	}
	mp_address *a = g_new0(mp_address, 1);
	a->address = g_utf8_strdown(clean, -1);
	g_free(clean);
	a->name = mp_parse_clean_text(internet_address_get_name(INTERNET_ADDRESS(mb)));
	/* A display name that only repeats the address says nothing. */
	if (a->name && g_ascii_strcasecmp(a->name, a->address) == 0) {
		g_free(a->name);
		a->name = NULL;
	}
	g_ptr_array_add(list, a);
}

/* collect_addresses - flatten a list (groups included) into mp_address */
static void collect_addresses(GPtrArray *out, InternetAddressList *list, int depth)
{
	if (list == NULL || depth > 4)
		return;
	int n = internet_address_list_length(list);
	for (int i = 0; i < n; i++) {
		InternetAddress *ia = internet_address_list_get_address(list, i);
		if (INTERNET_ADDRESS_IS_MAILBOX(ia))
			add_mailbox(out, INTERNET_ADDRESS_MAILBOX(ia));
		else if (INTERNET_ADDRESS_IS_GROUP(ia))
			collect_addresses(out, internet_address_group_get_members(INTERNET_ADDRESS_GROUP(ia)),
			                  depth + 1);
	}
}

void mp_parse_addresses_append(GPtrArray *out, const char *raw)
{
	if (raw == NULL || *raw == '\0')
		return;
	mp_parse_init();
	char *text = normalize(raw);
	InternetAddressList *list = internet_address_list_parse(NULL, text);
	collect_addresses(out, list, 0);
	if (list)
		g_object_unref(list);
	g_free(text);
}

GPtrArray *mp_parse_addresses(const char *raw)
{
	GPtrArray *out = g_ptr_array_new_with_free_func(mp_address_free);
	mp_parse_addresses_append(out, raw);
	return out;
}
