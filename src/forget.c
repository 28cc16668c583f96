/*
 * forget.c - the target of an erasure, the words that name it, its spool files.
 *
 * SUMMARY
 *	mp_forget_new() checks that the target is an address or a domain and
 *	keeps it lowercase as the first needle; mp_forget_add_name() adds the
 *	person's full names as more needles.  mp_forget_mentions() folds the
 *	case of a text once and looks for every needle, keeping only matches
 *	that stand as whole tokens (see forget.h, MATCHING).  mp_forget_spool()
 *	applies the same test to the captures waiting in the spool.
 *
 * WHY WHOLE TOKENS
 *	A plain substring search would erase bob@acme.com's colleague
 *	jimbob@acme.com, and a domain search for acme.com every mail naming
 *	notacme.com.  The boundaries below follow what may stand next to an
 *	address in text: letters, digits and the local-part symbols extend it
 *	to the left; letters, digits, '-' and a '.' followed by a letter (a
 *	longer host) extend it to the right.
 *
 * DIAGNOSTICS
 *	mp_forget_new() fails with MP_ERR_USAGE for a target that is neither
 *	an address nor a domain; mp_forget_spool() with MP_ERR_IO when a spool
 *	directory cannot be read or a file cannot be removed (the files it
 *	removed before stay removed).
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include "forget.h"
#include "parse.h"
#include "spool.h"
#include "status.h"

typedef enum {
	NEEDLE_ADDRESS,
	NEEDLE_DOMAIN,
	NEEDLE_NAME,
} needle_kind;

struct mp_forget {
	char *target;       /* lowercase address or domain */
	gboolean domain;
	GPtrArray *needles; /* casefolded; [0] is the target */
	GArray *kinds;      /* needle_kind of each needle */
};

/* Besides letters and digits, what RFC 5322 allows in a local part. */
#define LOCAL_PART_SYMBOLS ".!#$%&'*+/=?^`{|}~-"

/* plausible_domain - labels of letters, digits and '-', at least two */
static gboolean plausible_domain(const char *d)
{
	if (*d == '\0' || *d == '.' || g_str_has_suffix(d, ".") || strstr(d, "..") ||
	    strchr(d, '.') == NULL)
		return FALSE;
	for (const char *p = d; *p; p++)
		if (!g_ascii_isalnum(*p) && *p != '-' && *p != '.')
			return FALSE;
	return TRUE;
}

/* add_needle - a casefolded copy of text as a needle of kind */
static void add_needle(mp_forget *f, const char *text, needle_kind kind)
{
	char *folded = g_utf8_casefold(text, -1);
	for (guint i = 0; i < f->needles->len; i++)
		if (strcmp(f->needles->pdata[i], folded) == 0) {
			g_free(folded);
			return;
		}
	g_ptr_array_add(f->needles, folded);
	g_array_append_val(f->kinds, kind);
}

mp_forget *mp_forget_new(const char *target, GError **error)
{
	char *lower = g_ascii_strdown(target ? target : "", -1);
	g_strstrip(lower);
	const char *at = strrchr(lower, '@');
	gboolean ok = at ? at != lower && strchr(lower, '@') == at && plausible_domain(at + 1) &&
	                       strpbrk(lower, " \t<>\",") == NULL
	                 : plausible_domain(lower);
	if (!ok) {
		g_set_error(error, MP_ERROR, MP_ERR_USAGE,
		            "\"%s\" is neither an address (name@example.com) nor a domain "
		            "(example.com)", target ? target : "");
		g_free(lower);
		return NULL;
	}
	mp_forget *f = g_new0(mp_forget, 1);
	f->target = lower;
	f->domain = at == NULL;
	f->needles = g_ptr_array_new_with_free_func(g_free);
	f->kinds = g_array_new(FALSE, FALSE, sizeof(needle_kind));
	add_needle(f, lower, f->domain ? NEEDLE_DOMAIN : NEEDLE_ADDRESS);
	return f;
}

void mp_forget_free(mp_forget *f)
{
	if (f == NULL)
		return;
	g_free(f->target);
	g_ptr_array_unref(f->needles);
	g_array_free(f->kinds, TRUE);
	g_free(f);
}

const char *mp_forget_target(const mp_forget *f)
{
	return f->target;
}

gboolean mp_forget_is_domain(const mp_forget *f)
{
	return f->domain;
}

const GPtrArray *mp_forget_needles(const mp_forget *f)
{
	return f->needles;
}

/* full_name - name with its words separated by single spaces, or NULL
 * when it is not at least two words and five characters */
static char *full_name(const char *name)
{
	char **words = g_strsplit_set(name, " \t\r\n", -1);
	GString *out = g_string_new(NULL);
	guint n = 0;
	for (char **w = words; *w; w++) {
		if (**w == '\0')
			continue;
		g_string_append_printf(out, "%s%s", n++ ? " " : "", *w);
	}
	g_strfreev(words);
	if (n < 2 || g_utf8_strlen(out->str, -1) < 5) {
		g_string_free(out, TRUE);
		return NULL;
	}
	return g_string_free(out, FALSE);
}

void mp_forget_add_name(mp_forget *f, const char *name)
{
	if (name == NULL || strchr(name, '@') != NULL || !g_utf8_validate(name, -1, NULL))
		return;
	char *clean = g_strdup(name);
	g_strstrip(g_strdelimit(clean, "\"", ' '));
	char *comma = strchr(clean, ',');
	if (comma != NULL) {
		/* "Jones, Bob" (as Exchange writes it) is also "Bob Jones" in text */
		*comma = '\0';
		char *swapped = g_strdup_printf("%s %s", comma + 1, clean);
		mp_forget_add_name(f, swapped);
		g_free(swapped);
		*comma = ' ';
	}
	char *full = full_name(clean);
	if (full != NULL)
		add_needle(f, full, NEEDLE_NAME);
	g_free(full);
	g_free(clean);
}

gboolean mp_forget_covers(const mp_forget *f, const char *x)
{
	if (x == NULL)
		return FALSE;
	const char *at = strrchr(x, '@');
	if (!f->domain)
		return at != NULL && g_ascii_strcasecmp(x, f->target) == 0;
	const char *host = at ? at + 1 : x;
	size_t hl = strlen(host), tl = strlen(f->target);
	return hl >= tl && g_ascii_strcasecmp(host + hl - tl, f->target) == 0 &&
	       (hl == tl || host[hl - tl - 1] == '.');
}

/* is_word - a character that continues a word or a host name label */
static gboolean is_word(gunichar c)
{
	return g_unichar_isalnum(c) || c == '_';
}

/* extends_left - c, just before a match, makes it part of a longer token */
static gboolean extends_left(needle_kind kind, gunichar c)
{
	if (c == 0 || is_word(c))
		return c != 0;
	if (kind == NEEDLE_ADDRESS)
		return c < 0x80 && strchr(LOCAL_PART_SYMBOLS, (int)c) != NULL;
	return kind == NEEDLE_DOMAIN && c == '-';
}

/* extends_right - the text after a match makes it part of a longer token */
static gboolean extends_right(needle_kind kind, const char *after)
{
	gunichar c = g_utf8_get_char(after);
	if (c == 0)
		return FALSE;
	if (is_word(c))
		return TRUE;
	if (kind == NEEDLE_NAME)
		return FALSE;
	return c == '-' || (c == '.' && is_word(g_utf8_get_char(after + 1)));
}

/* find_token - needle occurs in folded as a whole token */
static gboolean find_token(const char *folded, const char *needle, needle_kind kind)
{
	size_t n = strlen(needle);
	for (const char *p = strstr(folded, needle); p; p = strstr(p + 1, needle)) {
		gunichar before = p == folded ? 0 : g_utf8_get_char(g_utf8_find_prev_char(folded, p));
		if (!extends_left(kind, before) && !extends_right(kind, p + n))
			return TRUE;
	}
	return FALSE;
}

/* collapse_spaces - every run of white space as one space, in place: a
 * name wrapped across lines, or typed with two spaces, is still the name */
static char *collapse_spaces(char *s)
{
	char *out = s;
	for (const char *p = s; *p; p++) {
		gboolean space = *p == ' ' || *p == '\t' || *p == '\r' || *p == '\n';
		if (!space)
			*out++ = *p;
		else if (out == s || out[-1] != ' ')
			*out++ = ' ';
	}
	*out = '\0';
	return s;
}

gboolean mp_forget_mentions(const mp_forget *f, const char *text, gssize len)
{
	if (text == NULL)
		return FALSE;
	/* Raw spool bytes may be any charset: sanitized, the ASCII of an
	 * address survives whatever surrounds it. */
	char *valid = mp_utf8_sanitize(text, len, NULL);
	char *folded = collapse_spaces(g_utf8_casefold(valid, -1));
	g_free(valid);
	gboolean found = FALSE;
	for (guint i = 0; i < f->needles->len && !found; i++)
		found = find_token(folded, f->needles->pdata[i], g_array_index(f->kinds, needle_kind, i));
	g_free(folded);
	return found;
}

/* addresses_named - any address of list is covered, or its name mentioned */
static gboolean addresses_named(const mp_forget *f, const GPtrArray *list)
{
	for (guint i = 0; list && i < list->len; i++) {
		const mp_address *a = list->pdata[i];
		if (mp_forget_covers(f, a->address) || mp_forget_mentions(f, a->name, -1))
			return TRUE;
	}
	return FALSE;
}

/* capture_names_target - what the pipeline would store of a spool file
 * (envelope, parties, subject, text) names the target */
static gboolean capture_names_target(const mp_forget *f, const char *path)
{
	mp_spool_file *sf = mp_spool_read(path, NULL);
	if (sf == NULL)
		return FALSE;
	gboolean named = mp_forget_covers(f, sf->envelope->sender);
	for (guint i = 0; !named && sf->envelope->recipients && i < sf->envelope->recipients->len; i++)
		named = mp_forget_covers(f, sf->envelope->recipients->pdata[i]);
	mp_message *msg = named ? NULL : mp_parse(sf->data, sf->message_len, NULL);
	if (msg != NULL) {
		GPtrArray *from = g_ptr_array_new();
		if (msg->from)
			g_ptr_array_add(from, msg->from);
		named = addresses_named(f, from) || addresses_named(f, msg->to) ||
		        addresses_named(f, msg->cc) || mp_forget_mentions(f, msg->subject, -1) ||
		        mp_forget_mentions(f, mp_message_text(msg), -1);
		g_ptr_array_unref(from);
		mp_message_free(msg);
	}
	mp_spool_file_free(sf);
	return named;
}

/* file_names_target - the raw bytes, or the capture they hold, name it */
static gboolean file_names_target(const mp_forget *f, const char *path)
{
	char *data = NULL;
	gsize len = 0;
	if (!g_file_get_contents(path, &data, &len, NULL))
		return FALSE; /* gone meanwhile: the worker stored it */
	gboolean named = mp_forget_mentions(f, data, (gssize)len);
	g_free(data);
	return named || capture_names_target(f, path);
}

/* remove_file - empty the file, then unlink it */
static gboolean remove_file(const char *path, GError **error)
{
	int fd = open(path, O_WRONLY | O_TRUNC | O_CLOEXEC);
	if (fd >= 0)
		close(fd);
	if (unlink(path) != 0 && errno != ENOENT) {
		g_set_error(error, MP_ERROR, MP_ERR_IO, "%s: cannot remove: %s", path,
		            g_strerror(errno));
		return FALSE;
	}
	return TRUE;
}

gboolean mp_forget_spool(const mp_forget *f, const char *spool_dir, gboolean dry_run,
                         guint *found, GError **error)
{
	static const char *const subs[] = { MP_SPOOL_NEW, MP_SPOOL_QUARANTINE };
	*found = 0;
	for (guint s = 0; s < G_N_ELEMENTS(subs); s++) {
		char *dir = g_build_filename(spool_dir, subs[s], NULL);
		gboolean absent = !g_file_test(dir, G_FILE_TEST_EXISTS);
		gboolean readable = absent || access(dir, R_OK | X_OK) == 0;
		g_free(dir);
		if (!readable) {
			g_set_error(error, MP_ERROR, MP_ERR_NOPERM, "%s/%s: cannot read the spool: %s",
			            spool_dir, subs[s], g_strerror(errno));
			return FALSE;
		}
		GPtrArray *names = absent ? g_ptr_array_new() : mp_spool_list(spool_dir, subs[s], 0);
		gboolean ok = TRUE;
		for (guint i = 0; i < names->len && ok; i++) {
			char *path = g_build_filename(spool_dir, subs[s], names->pdata[i], NULL);
			if (file_names_target(f, path)) {
				(*found)++;
				ok = dry_run || remove_file(path, error);
			}
			g_free(path);
		}
		g_ptr_array_unref(names);
		if (!ok)
			return FALSE;
	}
	return TRUE;
}
