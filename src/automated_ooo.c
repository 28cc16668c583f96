/*
 * automated_ooo.c - the return date of an out-of-office notice.
 *
 * SUMMARY
 *	automated_ooo_return_date() lists every date the notice names, then takes
 *	  1. the first date with a return word just before it ("back on",
 *	     "return on", "de retour le", "zurück am", "de vuelta el",
 *	     "rientro il", "terug op", "de volta em" ...) or just after it
 *	     ("ab dem 10.03.2026 wieder im Büro");
 *	  2. else the first date after an "until" word ("until", "jusqu'au",
 *	     "bis", "hasta", "fino al", "tot", "até"): "out until 5 March" is
 *	     read as back on 5 March, which is what people mean more often
 *	     than not;
 *	  3. else a weekday after a return word ("back on Monday"): the first
 *	     such weekday after the message date.
 *	Dates: 12/03/2026, 12.03.2026, 12-03-26, 12.03., 2026-03-12, "3 March",
 *	"March 3rd", "Monday 3 March 2026", "5 mars", "10. März", "5 de
 *	marzo", "5 maart", "5 de março", with month names in EN FR DE ES IT
 *	NL PT.  The result is 00:00 UTC of that day.
 *
 * RESOLUTION (relative to the message Date)
 *	A date without a year is the first such day not before the message
 *	(a day of slack for time zones).  A numeric date that reads both ways
 *	(03/04) is read day-first and month-first, and the reading that comes
 *	first after the message wins.  A date more than a year after the
 *	message, or before it, is not a return date.  Without a message date
 *	only dates with a year are used.
 *
 * DIAGNOSTICS
 *	None: 0 means "no return date found".
 */
#include <string.h>
#include "automated_internal.h"

#define DAY (24 * 3600)
#define WINDOW_BEFORE 48  /* bytes before a date searched for a return word */
#define WINDOW_AFTER 32

#define MONTHS \
	"january|february|march|april|may|june|july|august|september|october|november|december" \
	"|janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre" \
	"|décembre|decembre|januar|jänner|februar|märz|maerz|juni|juli|oktober|dezember" \
	"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre" \
	"|noviembre|diciembre|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre" \
	"|dicembre|januari|februari|maart|mei|augustus|janeiro|fevereiro|março|marco|maio|junho" \
	"|julho|setembro|outubro|novembro|dezembro|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|okt|nov|dec|dez"

#define WEEKDAYS \
	"monday|tuesday|wednesday|thursday|friday|saturday|sunday" \
	"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche" \
	"|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag" \
	"|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo" \
	"|lunedì|lunedi|martedì|martedi|mercoledì|mercoledi|giovedì|giovedi|venerdì|venerdi|sabato|domenica" \
	"|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag" \
	"|segunda|terça|terca|quarta|quinta|sexta"

enum {
	RX_ISO,
	RX_NUMERIC,
	RX_DAY_MONTH,
	RX_MONTH_DAY,
	RX_WEEKDAY,
	RX_RETURN_BEFORE,
	RX_RETURN_AFTER,
	RX_UNTIL_BEFORE,
};

static const char *const ooo_patterns[] = {
	[RX_ISO] = "(?<![\\d./-])(\\d{4})-(\\d{1,2})-(\\d{1,2})(?![\\d])",
	[RX_NUMERIC] = "(?<![\\d./-])(\\d{1,2})([./-])(\\d{1,2})(?:\\2(\\d{4}|\\d{2}))?\\.?(?![\\d/:]|\\.\\d)",
	[RX_DAY_MONTH] = "(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|er|e|\\.|º|°)?\\s*(?:of\\s+|de\\s+)?(" MONTHS
	                 ")\\b\\.?(?:,?\\s*(?:de\\s+)?(\\d{4}))?",
	[RX_MONTH_DAY] = "\\b(" MONTHS ")\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!:)(?:,?\\s+(\\d{4}))?",
	[RX_WEEKDAY] = "\\b(" WEEKDAYS ")\\b",
	[RX_RETURN_BEFORE] =
	"(\\bback|return|returning|retour|rentre|reviendrai|wieder|zurück|zurueck|regres|vuelta"
	"|vuelvo|rientr|ritorno|terug|weer|retorno|retornar|volta|volto|available|reachable"
	"|joignable|disponible|erreichbar|im büro|in the office|au bureau|en la oficina"
	"|in ufficio|op kantoor|no escritório)[^.!?\\n]*$",
	[RX_RETURN_AFTER] = "^[\\s,.)]*((?:\\S+\\s+){0,2})(wieder|zurück|de retour|back|terug|di ritorno"
	                    "|de vuelta|de volta|erreichbar|joignable)",
	[RX_UNTIL_BEFORE] = "(until|till|through|thru|jusqu|bis|hasta|fino|\\btot\\b|t/m|até|up to)[^.!?\\n]*$",
};

static automated_rx_table ooo_rx = AUTOMATED_RX_TABLE(ooo_patterns);

typedef struct named_number {
	const char *name;
	int value;
} named_number;

/* month names (and their short forms) in the seven languages */
static const named_number month_names[] = {
	{ "january", 1 }, { "february", 2 }, { "march", 3 }, { "april", 4 }, { "may", 5 },
	{ "june", 6 }, { "july", 7 }, { "august", 8 }, { "september", 9 }, { "october", 10 },
	{ "november", 11 }, { "december", 12 },
	{ "janvier", 1 }, { "février", 2 }, { "fevrier", 2 }, { "mars", 3 }, { "avril", 4 },
	{ "mai", 5 }, { "juin", 6 }, { "juillet", 7 }, { "août", 8 }, { "aout", 8 },
	{ "septembre", 9 }, { "octobre", 10 }, { "novembre", 11 }, { "décembre", 12 },
	{ "decembre", 12 },
	{ "januar", 1 }, { "jänner", 1 }, { "februar", 2 }, { "märz", 3 }, { "maerz", 3 },
	{ "juni", 6 }, { "juli", 7 }, { "oktober", 10 }, { "dezember", 12 },
	{ "enero", 1 }, { "febrero", 2 }, { "marzo", 3 }, { "abril", 4 }, { "mayo", 5 },
	{ "junio", 6 }, { "julio", 7 }, { "agosto", 8 }, { "septiembre", 9 }, { "setiembre", 9 },
	{ "octubre", 10 }, { "noviembre", 11 }, { "diciembre", 12 },
	{ "gennaio", 1 }, { "febbraio", 2 }, { "aprile", 4 }, { "maggio", 5 }, { "giugno", 6 },
	{ "luglio", 7 }, { "settembre", 9 }, { "ottobre", 10 }, { "dicembre", 12 },
	{ "januari", 1 }, { "februari", 2 }, { "maart", 3 }, { "mei", 5 }, { "augustus", 8 },
	{ "janeiro", 1 }, { "fevereiro", 2 }, { "março", 3 }, { "marco", 3 }, { "maio", 5 },
	{ "junho", 6 }, { "julho", 7 }, { "setembro", 9 }, { "outubro", 10 }, { "novembro", 11 },
	{ "dezembro", 12 },
	{ "jan", 1 }, { "feb", 2 }, { "mar", 3 }, { "apr", 4 }, { "jun", 6 }, { "jul", 7 },
	{ "aug", 8 }, { "sep", 9 }, { "sept", 9 }, { "oct", 10 }, { "okt", 10 }, { "nov", 11 },
	{ "dec", 12 }, { "dez", 12 },
};

/* weekday names, 1 = Monday (GLib's numbering) */
static const named_number weekday_names[] = {
	{ "monday", 1 }, { "tuesday", 2 }, { "wednesday", 3 }, { "thursday", 4 }, { "friday", 5 },
	{ "saturday", 6 }, { "sunday", 7 },
	{ "lundi", 1 }, { "mardi", 2 }, { "mercredi", 3 }, { "jeudi", 4 }, { "vendredi", 5 },
	{ "samedi", 6 }, { "dimanche", 7 },
	{ "montag", 1 }, { "dienstag", 2 }, { "mittwoch", 3 }, { "donnerstag", 4 }, { "freitag", 5 },
	{ "samstag", 6 }, { "sonntag", 7 },
	{ "lunes", 1 }, { "martes", 2 }, { "miércoles", 3 }, { "miercoles", 3 }, { "jueves", 4 },
	{ "viernes", 5 }, { "sábado", 6 }, { "sabado", 6 }, { "domingo", 7 },
	{ "lunedì", 1 }, { "lunedi", 1 }, { "martedì", 2 }, { "martedi", 2 }, { "mercoledì", 3 },
	{ "mercoledi", 3 }, { "giovedì", 4 }, { "giovedi", 4 }, { "venerdì", 5 }, { "venerdi", 5 },
	{ "sabato", 6 }, { "domenica", 7 },
	{ "maandag", 1 }, { "dinsdag", 2 }, { "woensdag", 3 }, { "donderdag", 4 }, { "vrijdag", 5 },
	{ "zaterdag", 6 }, { "zondag", 7 },
	{ "segunda", 1 }, { "terça", 2 }, { "terca", 2 }, { "quarta", 3 }, { "quinta", 4 },
	{ "sexta", 5 },
};

typedef struct mention {
	int start, end;    /* byte offsets in the text */
	gint64 when;       /* resolved day, 00:00 UTC; 0 when it cannot be */
} mention;

/* lookup - the number of a name (any case) in a table of n, 0 when unknown */
static int lookup(const named_number *table, guint n, const char *name)
{
	char *lower = g_utf8_strdown(name, -1);
	int v = 0;
	for (guint i = 0; i < n && v == 0; i++)
		if (strcmp(lower, table[i].name) == 0)
			v = table[i].value;
	g_free(lower);
	return v;
}

/* day_of - 00:00 UTC of y-m-d, 0 when it is not a real day */
static gint64 day_of(int y, int m, int d)
{
	if (y < 1970 || y > 2200 || !g_date_valid_dmy((GDateDay)d, (GDateMonth)m, (GDateYear)y))
		return 0;
	GDateTime *dt = g_date_time_new_utc(y, m, d, 0, 0, 0);
	gint64 t = g_date_time_to_unix(dt);
	g_date_time_unref(dt);
	return t;
}

/* plausible - a return day for a message sent at msg (0: unknown) */
static gboolean plausible(gint64 when, gint64 msg)
{
	if (when == 0)
		return FALSE;
	if (msg == 0)
		return TRUE;
	return when >= msg - DAY && when <= msg + 366 * (gint64)DAY;
}

/* resolve - day d of month m in year y (0: the first plausible year) */
static gint64 resolve(int y, int m, int d, gint64 msg)
{
	if (y > 0 && y < 100)
		y += 2000;
	if (y > 0) {
		gint64 t = day_of(y, m, d);
		return plausible(t, msg) ? t : 0;
	}
	if (msg == 0)
		return 0;
	GDateTime *dt = g_date_time_new_from_unix_utc(msg);
	int year = g_date_time_get_year(dt);
	g_date_time_unref(dt);
	for (int yy = year - 1; yy <= year + 1; yy++) {
		gint64 t = day_of(yy, m, d);
		if (plausible(t, msg))
			return t;
	}
	return 0;
}

/* earliest - the earlier of two candidate days, ignoring zeros */
static gint64 earliest(gint64 a, gint64 b)
{
	if (a == 0)
		return b;
	if (b == 0)
		return a;
	return a < b ? a : b;
}

/* group_int - integer value of match group g, 0 when empty */
static int group_int(GMatchInfo *mi, int g)
{
	char *s = g_match_info_fetch(mi, g);
	int v = s && *s ? atoi(s) : 0;
	g_free(s);
	return v;
}

/* resolve_match - the day one match of pattern kind names */
static gint64 resolve_match(guint kind, GMatchInfo *mi, gint64 msg)
{
	if (kind == RX_ISO)
		return resolve(group_int(mi, 1), group_int(mi, 2), group_int(mi, 3), msg);
	if (kind == RX_NUMERIC) {
		int a = group_int(mi, 1), b = group_int(mi, 3), y = group_int(mi, 4);
		return earliest(resolve(y, b, a, msg), resolve(y, a, b, msg)); /* d/m or m/d */
	}
	int day_group = kind == RX_DAY_MONTH ? 1 : 2, month_group = kind == RX_DAY_MONTH ? 2 : 1;
	char *name = g_match_info_fetch(mi, month_group);
	int m = lookup(month_names, G_N_ELEMENTS(month_names), name);
	g_free(name);
	return m ? resolve(group_int(mi, 3), m, group_int(mi, day_group), msg) : 0;
}

/* overlaps - a new mention overlaps one already listed */
static gboolean overlaps(GArray *list, int start, int end)
{
	for (guint i = 0; i < list->len; i++) {
		const mention *m = &g_array_index(list, mention, i);
		if (start < m->end && end > m->start)
			return TRUE;
	}
	return FALSE;
}

/* by_start - text order */
static gint by_start(gconstpointer a, gconstpointer b)
{
	return ((const mention *)a)->start - ((const mention *)b)->start;
}

/* find_dates - every plausible date mention of text, in text order */
static GArray *find_dates(const char *text, gint64 msg)
{
	static const guint kinds[] = { RX_ISO, RX_DAY_MONTH, RX_MONTH_DAY, RX_NUMERIC };
	GArray *list = g_array_new(FALSE, FALSE, sizeof(mention));
	for (guint k = 0; k < G_N_ELEMENTS(kinds); k++) {
		GMatchInfo *mi = NULL;
		g_regex_match(automated_rx_get(&ooo_rx, kinds[k]), text, 0, &mi);
		while (g_match_info_matches(mi) && list->len < 200) {
			mention m = { 0 };
			g_match_info_fetch_pos(mi, 0, &m.start, &m.end);
			m.when = resolve_match(kinds[k], mi, msg);
			if (m.when != 0 && !overlaps(list, m.start, m.end))
				g_array_append_val(list, m);
			g_match_info_next(mi, NULL);
		}
		g_match_info_free(mi);
	}
	g_array_sort(list, by_start);
	return list;
}

/* near_word - pattern kind matches the window before (or after) [s,e) */
static gboolean near_word(const char *text, int s, int e, guint kind, gboolean before)
{
	int from = before ? MAX(0, s - WINDOW_BEFORE) : e;
	int len = before ? s - from : (int)MIN(strlen(text + e), (size_t)WINDOW_AFTER);
	char *raw = g_strndup(text + from, (gsize)len);
	char *window = g_utf8_make_valid(raw, -1);
	gboolean yes = automated_rx_search(&ooo_rx, kind, window, NULL, NULL);
	g_free(raw);
	g_free(window);
	return yes;
}

/* next_weekday - the first given weekday after the message day */
static gint64 next_weekday(int weekday, gint64 msg)
{
	GDateTime *dt = g_date_time_new_from_unix_utc(msg);
	int ahead = (weekday - g_date_time_get_day_of_week(dt) + 7) % 7;
	GDateTime *day = g_date_time_add_days(dt, ahead ? ahead : 7);
	gint64 t = day_of(g_date_time_get_year(day), g_date_time_get_month(day),
	                  g_date_time_get_day_of_month(day));
	g_date_time_unref(day);
	g_date_time_unref(dt);
	return t;
}

/* weekday_return - "back on Monday" without a date */
static gint64 weekday_return(const char *text, gint64 msg)
{
	if (msg == 0)
		return 0;
	GMatchInfo *mi = NULL;
	gint64 when = 0;
	g_regex_match(automated_rx_get(&ooo_rx, RX_WEEKDAY), text, 0, &mi);
	while (when == 0 && g_match_info_matches(mi)) {
		int s, e;
		g_match_info_fetch_pos(mi, 0, &s, &e);
		if (near_word(text, s, e, RX_RETURN_BEFORE, TRUE)) {
			char *name = g_match_info_fetch(mi, 1);
			when = next_weekday(lookup(weekday_names, G_N_ELEMENTS(weekday_names), name), msg);
			g_free(name);
		}
		g_match_info_next(mi, NULL);
	}
	g_match_info_free(mi);
	return when;
}

gint64 automated_ooo_return_date(const char *text, gint64 message_date)
{
	if (text == NULL || *text == '\0')
		return 0;
	GArray *dates = find_dates(text, message_date);
	gint64 when = 0;
	for (guint i = 0; i < dates->len && when == 0; i++) {
		const mention *m = &g_array_index(dates, mention, i);
		if (near_word(text, m->start, m->end, RX_RETURN_BEFORE, TRUE) ||
		    near_word(text, m->start, m->end, RX_RETURN_AFTER, FALSE))
			when = m->when;
	}
	for (guint i = 0; i < dates->len && when == 0; i++) {
		const mention *m = &g_array_index(dates, mention, i);
		if (near_word(text, m->start, m->end, RX_UNTIL_BEFORE, TRUE))
			when = m->when;
	}
	g_array_free(dates, TRUE);
	return when ? when : weekday_return(text, message_date);
}
