/*
 * accounts_csv.c - parse and validate the accounts CSV (see accounts_csv.h).
 *
 * The parser is a small RFC 4180 state machine: quoted fields may hold
 * commas, doubled quotes and line breaks; CRLF and LF both end a record; a
 * UTF-8 byte order mark before the header is ignored (spreadsheets write
 * one).  Validation reports at most MAX_REPORTED errors, then a count.
 * Numbers (arr) are plain decimals, finite and non-negative; the owner is
 * an address without control characters (it becomes a mail recipient).
 */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "accounts_csv.h"
#include "status.h"

#define N_COLUMNS 6
#define MAX_REPORTED 20

void mp_account_row_free(mp_account_row *row)
{
	if (row == NULL)
		return;
	g_free(row->name);
	if (row->domains)
		g_ptr_array_unref(row->domains);
	g_free(row->owner);
	g_free(row->renewal_date);
	g_free(row->segment);
	g_free(row);
}

/* next_record - split one CSV record at *pos into fields; FALSE at end.
 * *line advances by the line breaks consumed; *start_line gets the line
 * the record starts on. */
static gboolean next_record(const char *text, gsize len, gsize *pos, guint *line,
                            guint *start_line, GPtrArray *fields, gboolean *bad_quote)
{
	if (*pos >= len)
		return FALSE;
	g_ptr_array_set_size(fields, 0);
	*start_line = *line;
	*bad_quote = FALSE;
	GString *field = g_string_new(NULL);
	gboolean quoted = FALSE;
	gsize i = *pos;
	for (; i < len; i++) {
		char c = text[i];
		if (quoted) {
			if (c == '"' && i + 1 < len && text[i + 1] == '"') {
				g_string_append_c(field, '"');
				i++;
			} else if (c == '"') {
				quoted = FALSE;
			} else {
				if (c == '\n')
					(*line)++;
				g_string_append_c(field, c);
			}
		} else if (c == '"' && field->len == 0) {
			quoted = TRUE;
		} else if (c == ',') {
			g_ptr_array_add(fields, g_string_free(field, FALSE));
			field = g_string_new(NULL);
		} else if (c == '\n') {
			(*line)++;
			i++;
			break;
		} else if (c != '\r') {
			g_string_append_c(field, c);
		}
	}
	*bad_quote = quoted;
	g_ptr_array_add(fields, g_string_free(field, FALSE));
	*pos = i;
	return TRUE;
}

/* valid_domain - letters, digits, '-', '.', with at least one dot */
static gboolean valid_domain(const char *d)
{
	if (*d == '\0' || *d == '.' || strchr(d, '.') == NULL || strstr(d, "..") != NULL)
		return FALSE;
	for (const char *p = d; *p; p++)
		if (!g_ascii_isalnum(*p) && *p != '-' && *p != '.' && (guchar)*p < 0x80)
			return FALSE;
	return TRUE;
}

/* valid_date - YYYY-MM-DD naming a real calendar day */
static gboolean valid_date(const char *s)
{
	unsigned y, m, d;
	char tail;
	if (strlen(s) != 10 || sscanf(s, "%4u-%2u-%2u%c", &y, &m, &d, &tail) != 3)
		return FALSE;
	return g_date_valid_dmy((GDateDay)d, (GDateMonth)m, (GDateYear)y);
}

/* parse_arr - a plain decimal ("120000", "99.5"): digits, at most one '.'
 * with digits on both sides, finite.  strtod() alone also takes "inf",
 * "nan", "0x1p4" and "1e400", which left an account that no listing could
 * show and made the digest fail. */
static gboolean parse_arr(const char *s, double *out)
{
	const char *p = s;
	while (g_ascii_isdigit(*p))
		p++;
	if (p == s)
		return FALSE;
	if (*p == '.') {
		const char *frac = ++p;
		while (g_ascii_isdigit(*p))
			p++;
		if (p == frac)
			return FALSE;
	}
	if (*p != '\0')
		return FALSE;
	errno = 0;
	double d = g_ascii_strtod(s, NULL);
	if (errno != 0 || !isfinite(d) || d < 0)
		return FALSE;
	*out = d;
	return TRUE;
}

/* has_control - a control character (CR, LF, TAB, ESC ...) in s */
static gboolean has_control(const char *s)
{
	for (const char *p = s; *p; p++)
		if ((guchar)*p < 0x20 || *p == 0x7f)
			return TRUE;
	return FALSE;
}

/* parse_domains - "a.com; b.co.uk" to a lowercase list; NULL if one is bad */
static GPtrArray *parse_domains(const char *field, const char **reason)
{
	GPtrArray *list = g_ptr_array_new_with_free_func(g_free);
	char **parts = g_strsplit(field, ";", -1);
	for (char **p = parts; *p; p++) {
		char *d = g_ascii_strdown(g_strstrip(*p), -1);
		if (*d == '\0') {
			g_free(d);
			continue;
		}
		if (!valid_domain(d)) {
			g_free(d);
			*reason = "domains: not a domain name";
			g_ptr_array_unref(list);
			list = NULL;
			break;
		}
		g_ptr_array_add(list, d);
	}
	g_strfreev(parts);
	if (list && list->len == 0) {
		*reason = "domains: at least one domain is needed";
		g_ptr_array_unref(list);
		list = NULL;
	}
	return list;
}

/* field_or_null - stripped copy, NULL when empty */
static char *field_or_null(const char *s)
{
	char *copy = g_strstrip(g_strdup(s));
	if (*copy == '\0') {
		g_free(copy);
		return NULL;
	}
	return copy;
}

/* make_row - validate fields into a row; NULL with *reason */
static mp_account_row *make_row(GPtrArray *f, const char **reason)
{
	if (f->len != N_COLUMNS) {
		*reason = f->len < N_COLUMNS ? "too few fields (expected 6)" : "too many fields (expected 6)";
		return NULL;
	}
	mp_account_row *row = g_new0(mp_account_row, 1);
	row->name = field_or_null(f->pdata[0]);
	row->owner = field_or_null(f->pdata[2]);
	row->renewal_date = field_or_null(f->pdata[4]);
	char *segment = field_or_null(f->pdata[5]);
	row->segment = segment ? g_ascii_strdown(segment, -1) : NULL;
	g_free(segment);
	char *arr = field_or_null(f->pdata[3]);
	*reason = NULL;
	if (row->name == NULL)
		*reason = "account: empty name";
	else if ((row->domains = parse_domains(f->pdata[1], reason)) == NULL)
		;
	else if (row->owner && has_control(row->owner))
		*reason = "owner: a line break or control character in an email address";
	else if (row->owner && (strchr(row->owner, '@') == NULL || strchr(row->owner, ' ')))
		*reason = "owner: not an email address";
	else if (row->renewal_date && !valid_date(row->renewal_date))
		*reason = "renewal_date: expected YYYY-MM-DD";
	else if (row->segment && strcmp(row->segment, "enterprise") && strcmp(row->segment, "mid") &&
	         strcmp(row->segment, "smb"))
		*reason = "segment: expected enterprise, mid or smb";
	else if (arr && !parse_arr(arr, &row->arr))
		*reason = "arr: expected a plain non-negative decimal number (e.g. 120000 or 99.5; "
		          "no sign, exponent, hex, inf or nan)";
	g_free(arr);
	if (*reason) {
		mp_account_row_free(row);
		return NULL;
	}
	return row;
}

/* check_header - the first record must be the fixed header */
static gboolean check_header(GPtrArray *f)
{
	char **cols = g_strsplit(MP_ACCOUNTS_CSV_HEADER, ",", -1);
	gboolean ok = f->len == g_strv_length(cols);
	for (guint i = 0; ok && i < f->len; i++) {
		char *got = g_strstrip(g_strdup(f->pdata[i]));
		ok = g_ascii_strcasecmp(got, cols[i]) == 0;
		g_free(got);
	}
	g_strfreev(cols);
	return ok;
}

/* duplicate_reason - a name or domain already used earlier in the file */
static const char *duplicate_reason(GHashTable *names, GHashTable *domains, mp_account_row *row)
{
	char *key = g_utf8_casefold(row->name, -1);
	gboolean dup = g_hash_table_contains(names, key);
	g_hash_table_add(names, key);
	if (dup)
		return "account: listed twice in this file";
	for (guint i = 0; i < row->domains->len; i++) {
		if (g_hash_table_contains(domains, row->domains->pdata[i]))
			return "domains: a domain is listed for two accounts";
		g_hash_table_add(domains, g_strdup(row->domains->pdata[i]));
	}
	return NULL;
}

GPtrArray *mp_accounts_csv_parse(const char *name, const char *text, gsize len, GError **error)
{
	gsize pos = 0;
	guint line = 1, start = 1;
	if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
		pos = 3;
	GPtrArray *fields = g_ptr_array_new_with_free_func(g_free);
	GPtrArray *rows = g_ptr_array_new_with_free_func((GDestroyNotify)mp_account_row_free);
	GString *errors = g_string_new(NULL);
	guint n_errors = 0;
	gboolean bad_quote = FALSE;
	GHashTable *names = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	GHashTable *domains = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);

	gboolean header_ok = next_record(text, len, &pos, &line, &start, fields, &bad_quote) &&
	                     check_header(fields);
	if (!header_ok) {
		g_string_append_printf(errors, "%s:1: expected the header \"%s\"\n", name,
		                       MP_ACCOUNTS_CSV_HEADER);
		n_errors++;
	}
	while (header_ok && next_record(text, len, &pos, &line, &start, fields, &bad_quote)) {
		if (fields->len == 1 && *(char *)fields->pdata[0] == '\0')
			continue; /* blank line */
		const char *reason = NULL;
		mp_account_row *row = bad_quote ? NULL : make_row(fields, &reason);
		if (bad_quote)
			reason = "unterminated quoted field";
		if (row && (reason = duplicate_reason(names, domains, row)) != NULL) {
			mp_account_row_free(row);
			row = NULL;
		}
		if (row)
			g_ptr_array_add(rows, row);
		else if (++n_errors <= MAX_REPORTED)
			g_string_append_printf(errors, "%s:%u: %s\n", name, start, reason);
	}
	if (n_errors > MAX_REPORTED)
		g_string_append_printf(errors, "%s: %u more bad rows not shown\n", name,
		                       n_errors - MAX_REPORTED);
	g_hash_table_destroy(names);
	g_hash_table_destroy(domains);
	g_ptr_array_unref(fields);
	if (n_errors > 0) {
		g_strchomp(errors->str);
		g_set_error(error, MP_ERROR, MP_ERR_DATA, "%s\n%s: nothing imported (%u bad row%s)",
		            errors->str, name, n_errors, n_errors == 1 ? "" : "s");
		g_string_free(errors, TRUE);
		g_ptr_array_unref(rows);
		return NULL;
	}
	g_string_free(errors, TRUE);
	return rows;
}

GPtrArray *mp_accounts_csv_read(const char *path, GError **error)
{
	char *text = NULL;
	gsize len = 0;
	GError *read_error = NULL;
	if (!g_file_get_contents(path, &text, &len, &read_error)) {
		g_set_error(error, MP_ERROR, MP_ERR_NOINPUT, "%s", read_error->message);
		g_error_free(read_error);
		return NULL;
	}
	GPtrArray *rows = mp_accounts_csv_parse(path, text, len, error);
	g_free(text);
	return rows;
}
