/*
 * quote_header.c - the first quoted header block of a reply: its author
 * line and its date (see quote_header.h for the forms read).
 *
 * BLOCK
 *	The first line that opens quoted history (a dashed "Original
 *	Message" line in EN/DE/FR/ES/NL, a "From:/Von:/De:/Van:" field, an
 *	"On ... wrote:" line, a Notes "on 02/27/2002 12:02 PM", a bare
 *	Notes date line, or GroupWise's '>>> "Davis, Dana" <dd@x.com>
 *	10/24/01 09:24AM >>>' line, author and date in one).  The author is the From field within the next
 *	five lines, else the header line itself, else (bare date line) the
 *	line above.  The date is the Sent/Gesendet/Envoyé/Enviado/Verzonden/
 *	Date field within the next six lines, else the header line itself.
 *
 * DATE
 *	Read loosely, as mailers localise it: a time "12:02" (with AM/PM,
 *	"12h02", "12.02 Uhr"), then either a numeric date (slashes: month
 *	first as Notes and US Outlook write it, unless the first number
 *	exceeds 12; dots: day first; ISO) or a month name in one of the five
 *	languages (the last one of the line, as a weekday abbreviation may
 *	come first: Spanish "mar." is Tuesday), a day and a four-digit year.
 *	The zone is never written, so the result is the wall-clock time read
 *	as UTC; the caller compares it modulo whole quarter hours.
 */
#include <string.h>
#include <stdlib.h>
#include "quote_header.h"

static const char qh_header_rx[] =
	"^\\s*-{2,}\\s*(Original Message|Ursprüngliche Nachricht|Message d'origine|"
	"Message original|Mensaje original|Oorspronkelijk bericht)\\s*-{2,}"
	"|^\\s*(From|Von|De|Van)\\s?:\\s*\\S"
	"|^\\s*(On|Le|Am|El|Op)\\s.*(wrote|a écrit|schrieb|escribió|schreef)\\s*:?\\s*$"
	"|\\son\\s+\\d{1,2}/\\d{1,2}/\\d{2,4}\\s+\\d{1,2}:\\d{2}"
	"|^\\s*\\d{1,2}/\\d{1,2}/\\d{2,4}\\s+\\d{1,2}:\\d{2}(:\\d{2})?\\s*(AM|PM)?\\s*$"
	"|^\\s*>>>\\s.*\\d{1,2}/\\d{1,2}/\\d{2,4}\\s+\\d{1,2}:\\d{2}\\s*(AM|PM)?\\s*>>>\\s*$";
static const char qh_forward_rx[] =
	"-{2,}\\s*(Forwarded|Weitergeleitet|Transféré|Reenviado|Doorgestuurd)|"
	"^\\s*(Begin forwarded message|Début du message réexpédié|Anfang der weitergeleiteten)";
static const char qh_from_rx[] = "^\\s*(From|Von|De|Van)\\s?:\\s*(.+)$";
static const char qh_sent_rx[] =
	"^\\s*(Sent|Gesendet|Envoyé|Enviado(\\s+el)?|Verzonden|Date|Datum)\\s?:\\s*(.+)$";
static const char qh_time_rx[] =
	"(?<![\\d:.])(\\d{1,2})\\s?[:h.]\\s?(\\d{2})(?::\\d{2})?(?![\\d.])\\s*(?:Uhr\\s*)?"
	"(a\\.?\\s?m\\.?|p\\.?\\s?m\\.?)?(?![a-z])";
static const char qh_numeric_rx[] =
	"(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?!\\d)"
	"|(?<![\\d.:/])(\\d{1,2})([/.])(\\d{1,2})[/.](\\d{2,4})(?!\\d)";

typedef struct {
	GRegex *header, *forward, *from, *sent, *time, *numeric;
} qh_rx;

static gpointer qh_compile(gpointer unused)
{
	(void)unused;
	qh_rx *rx = g_new0(qh_rx, 1);
	GRegexCompileFlags f = G_REGEX_CASELESS | G_REGEX_OPTIMIZE;
	rx->header = g_regex_new(qh_header_rx, f, 0, NULL);
	rx->forward = g_regex_new(qh_forward_rx, f, 0, NULL);
	rx->from = g_regex_new(qh_from_rx, f, 0, NULL);
	rx->sent = g_regex_new(qh_sent_rx, f, 0, NULL);
	rx->time = g_regex_new(qh_time_rx, f, 0, NULL);
	rx->numeric = g_regex_new(qh_numeric_rx, f, 0, NULL);
	g_assert(rx->header && rx->forward && rx->from && rx->sent && rx->time && rx->numeric);
	return rx;
}

static const qh_rx *qh_patterns(void)
{
	static GOnce once = G_ONCE_INIT;
	return g_once(&once, qh_compile, NULL);
}

/* Month names and abbreviations, EN/DE/FR/ES/NL, accents as written. */
static const struct {
	const char *word;
	int month;
} qh_months[] = {
	{ "january", 1 }, { "jan", 1 }, { "januar", 1 }, { "janvier", 1 }, { "janv", 1 },
	{ "enero", 1 }, { "ene", 1 }, { "januari", 1 }, { "jänner", 1 },
	{ "february", 2 }, { "feb", 2 }, { "februar", 2 }, { "février", 2 }, { "févr", 2 },
	{ "fevrier", 2 }, { "febrero", 2 }, { "februari", 2 }, { "fév", 2 },
	{ "march", 3 }, { "mar", 3 }, { "märz", 3 }, { "mär", 3 }, { "mars", 3 },
	{ "marzo", 3 }, { "maart", 3 }, { "mrt", 3 },
	{ "april", 4 }, { "apr", 4 }, { "avril", 4 }, { "avr", 4 }, { "abril", 4 }, { "abr", 4 },
	{ "may", 5 }, { "mai", 5 }, { "mayo", 5 }, { "mei", 5 },
	{ "june", 6 }, { "jun", 6 }, { "juni", 6 }, { "juin", 6 }, { "junio", 6 },
	{ "july", 7 }, { "jul", 7 }, { "juli", 7 }, { "juillet", 7 }, { "juil", 7 },
	{ "julio", 7 },
	{ "august", 8 }, { "aug", 8 }, { "août", 8 }, { "aout", 8 }, { "agosto", 8 },
	{ "ago", 8 }, { "augustus", 8 },
	{ "september", 9 }, { "sep", 9 }, { "sept", 9 }, { "septembre", 9 },
	{ "septiembre", 9 }, { "setiembre", 9 },
	{ "october", 10 }, { "oct", 10 }, { "oktober", 10 }, { "octobre", 10 },
	{ "octubre", 10 }, { "okt", 10 },
	{ "november", 11 }, { "nov", 11 }, { "novembre", 11 }, { "noviembre", 11 },
	{ "december", 12 }, { "dec", 12 }, { "dezember", 12 }, { "dez", 12 },
	{ "décembre", 12 }, { "déc", 12 }, { "decembre", 12 }, { "diciembre", 12 },
	{ "dic", 12 },
};

GPtrArray *mp_quote_header_words(const char *s)
{
	GPtrArray *out = g_ptr_array_new_with_free_func(g_free);
	char *low = g_utf8_strdown(s, -1);
	GString *w = g_string_new(NULL);
	for (const char *p = low; ; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		if (c && g_unichar_isalpha(c)) {
			g_string_append_unichar(w, c);
			continue;
		}
		if (g_utf8_strlen(w->str, -1) >= 2)
			g_ptr_array_add(out, g_strdup(w->str));
		g_string_truncate(w, 0);
		if (c == 0)
			break;
	}
	g_string_free(w, TRUE);
	g_free(low);
	return out;
}

gboolean mp_quote_header_cover(const GPtrArray *have, const GPtrArray *want)
{
	guint hit = 0;
	for (guint j = 0; j < want->len; j++)
		for (guint k = 0; k < have->len; k++)
			if (strcmp(want->pdata[j], have->pdata[k]) == 0) {
				hit++;
				break;
			}
	return want->len >= 2 && hit == want->len;
}

gboolean mp_quote_header_names(const char *line, const char *name)
{
	if (line == NULL || name == NULL)
		return FALSE;
	GPtrArray *want = mp_quote_header_words(name), *have = mp_quote_header_words(line);
	gboolean found = mp_quote_header_cover(have, want);
	g_ptr_array_free(want, TRUE);
	g_ptr_array_free(have, TRUE);
	return found;
}

/* qh_month_named - the month of the last month word of s, 0 if none */
static int qh_month_named(const char *s)
{
	GPtrArray *words = mp_quote_header_words(s);
	int month = 0;
	for (guint i = 0; i < words->len; i++)
		for (guint j = 0; j < G_N_ELEMENTS(qh_months); j++)
			if (strcmp(words->pdata[i], qh_months[j].word) == 0)
				month = qh_months[j].month;
	g_ptr_array_free(words, TRUE);
	return month;
}

/* qh_day_year - the first number 1-31 and the first four-digit year of s */
static void qh_day_year(const char *s, int *day, int *year)
{
	*day = *year = 0;
	for (const char *p = s; *p; ) {
		if (!g_ascii_isdigit(*p)) {
			p++;
			continue;
		}
		size_t n = strspn(p, "0123456789");
		int v = n <= 4 ? atoi(p) : 0;
		if (n == 4 && v >= 1970 && v <= 2100 && *year == 0)
			*year = v;
		else if (n <= 2 && v >= 1 && v <= 31 && *day == 0)
			*day = v;
		p += n;
	}
}

/* qh_time - hour and minute of s (AM/PM applied); the time is blanked out
 * of s so its digits are not read as a day; FALSE if none */
static gboolean qh_time(char *s, int *hour, int *minute)
{
	GMatchInfo *mi = NULL;
	gboolean ok = FALSE;
	if (g_regex_match(qh_patterns()->time, s, 0, &mi)) {
		char *h = g_match_info_fetch(mi, 1), *m = g_match_info_fetch(mi, 2);
		char *ampm = g_match_info_fetch(mi, 3);
		*hour = atoi(h);
		*minute = atoi(m);
		if (ampm && *ampm) {
			gboolean pm = g_ascii_tolower(*ampm) == 'p';
			if (*hour == 12)
				*hour = pm ? 12 : 0;
			else if (pm)
				*hour += 12;
		}
		ok = *hour < 24 && *minute < 60;
		int start, end;
		g_match_info_fetch_pos(mi, 0, &start, &end);
		memset(s + start, ' ', (size_t)(end - start));
		g_free(h), g_free(m), g_free(ampm);
	}
	g_match_info_free(mi);
	return ok;
}

/* qh_numeric - a numeric date of s: ISO, mm/dd/yyyy (dd/mm when the first
 * exceeds 12), dd.mm.yyyy; FALSE if none */
static gboolean qh_numeric(const char *s, int *year, int *month, int *day)
{
	GMatchInfo *mi = NULL;
	gboolean ok = g_regex_match(qh_patterns()->numeric, s, 0, &mi);
	if (ok) {
		char *iso = g_match_info_fetch(mi, 1);
		if (iso && *iso) {
			char *m = g_match_info_fetch(mi, 2), *d = g_match_info_fetch(mi, 3);
			*year = atoi(iso), *month = atoi(m), *day = atoi(d);
			g_free(m), g_free(d);
		} else {
			char *a = g_match_info_fetch(mi, 4), *sep = g_match_info_fetch(mi, 5);
			char *b = g_match_info_fetch(mi, 6), *y = g_match_info_fetch(mi, 7);
			int x = atoi(a), z = atoi(b);
			gboolean day_first = *sep == '.' || x > 12;
			*day = day_first ? x : z;
			*month = day_first ? z : x;
			*year = atoi(y);
			if (*year < 100)
				*year += *year < 70 ? 2000 : 1900;
			g_free(a), g_free(sep), g_free(b), g_free(y);
		}
		g_free(iso);
	}
	g_match_info_free(mi);
	return ok;
}

gint64 mp_quote_header_date(const char *s)
{
	if (s == NULL)
		return 0;
	char *copy = g_strdup(s);
	int hour = 0, minute = 0, year = 0, month = 0, day = 0;
	gint64 when = 0;
	if (qh_time(copy, &hour, &minute) &&
	    (qh_numeric(copy, &year, &month, &day) ||
	     ((month = qh_month_named(copy)) > 0 && (qh_day_year(copy, &day, &year), TRUE))) &&
	    year >= 1970 && month >= 1 && month <= 12 && day >= 1 &&
	    g_date_valid_dmy((GDateDay)day, (GDateMonth)month, (GDateYear)year)) {
		GDateTime *dt = g_date_time_new_utc(year, month, day, hour, minute, 0);
		if (dt) {
			when = g_date_time_to_unix(dt);
			g_date_time_unref(dt);
		}
	}
	g_free(copy);
	return when;
}

gboolean mp_quote_header_first(const char *text, mp_quote_header *q)
{
	memset(q, 0, sizeof *q);
	if (text == NULL)
		return FALSE;
	const qh_rx *rx = qh_patterns();
	char **lines = g_strsplit(text, "\n", -1);
	guint n = g_strv_length(lines);
	for (guint i = 0; i < n; i++) {
		const char *line = lines[i];
		if (g_regex_match(rx->forward, line, 0, NULL))
			break; /* a forward, not a reply */
		if (!g_regex_match(rx->header, line, 0, NULL))
			continue;
		const char *from = NULL, *sent = NULL;
		for (guint j = i; j < MIN(n, i + 6) && from == NULL; j++)
			if (g_regex_match(rx->from, lines[j], 0, NULL))
				from = lines[j];
		for (guint j = i; j < MIN(n, i + 7) && sent == NULL; j++)
			if (g_regex_match(rx->sent, lines[j], 0, NULL))
				sent = lines[j];
		gboolean bare_date = strspn(line, " \t\r0123456789/:APMapm") == strlen(line);
		const char *who = from ? from : bare_date && i > 0 ? lines[i - 1] : line;
		q->author = g_strchomp(g_strdup(who));
		q->local = mp_quote_header_date(sent ? sent : line);
		break;
	}
	g_strfreev(lines);
	return q->author != NULL;
}

void mp_quote_header_clear(mp_quote_header *q)
{
	g_free(q->author);
	q->author = NULL;
	q->local = 0;
}
