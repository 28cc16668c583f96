/*
 * rules_date.c - the due date a commitment names, as YYYY-MM-DD.
 *
 * SUMMARY
 *	A small grammar of date expressions in English, French and German
 *	(month and weekday names also in Spanish and Dutch: "15 de mayo",
 *	"antes del viernes", "vóór 15 mei", "uiterlijk vrijdag"),
 *	one PCRE2 pattern per form, resolved against the message date in the
 *	local calendar (the company's time zone: TZ of the worker):
 *
 *	  2026-03-15, 15.03.2026, 15.03.    that day
 *	  March 3, 3 March, 3rd of March, 3 mars, 1er avril, 15. März
 *	                                    the next such day on or after the
 *	                                    message date (next year if past)
 *	  by/before/until the 15th, avant le 15, bis zum 15.
 *	                                    the next 15th after the message
 *	  today, tonight, EOD, 5pm today, aujourd'hui, ce soir, heute
 *	  tomorrow, demain, morgen;  the day after tomorrow, après-demain,
 *	  übermorgen                        +0, +1, +2 days
 *	  Friday, this Friday, vendredi, Freitag
 *	                                    the next Friday after the message
 *	  next Friday, vendredi prochain, nächsten Freitag
 *	                                    Friday of the following week
 *	  end of the week, this week, fin de la semaine, Ende der Woche
 *	                                    Friday of this week
 *	  next week, end of next week, la semaine prochaine, nächste Woche
 *	                                    Friday of next week
 *	  early next week, début de semaine prochaine, Anfang nächster Woche
 *	                                    Monday of next week
 *	  end of the month / next month, fin du mois, Monatsende
 *	                                    the last day of that month
 *	  end of March, mid-December, fin mars, Mitte Dezember
 *	                                    its last day, or the 15th
 *	  in 3 days, within 48 hours, in two weeks, within 5 business days,
 *	  sous 48h, dans 15 jours, innerhalb von zwei Wochen, in 3 Werktagen
 *	                                    that many days (hours rounded up
 *	                                    to days; business days skip
 *	                                    weekends)
 *
 *	A weekday followed by a date ("Friday, October 16", "vendredi 8
 *	janvier", "Freitag, 13. März", "Freitag, den 25. September", "viernes,
 *	el 18") is left to the date.
 *
 *	"before X", when X names a day (a date, the 15th, a weekday: "before
 *	the 15th", "avant le 15", "vor dem 15.", "antes del 15", "voor 15
 *	mei"), is strict: due the day before, the last day it can still be
 *	kept.  "by", "until", "bis", "d'ici" include the day.  "Before the end
 *	of next week" names a period, and resolves to its end.  The
 *	expression nearest after the start of the commitment wins ("I'll send
 *	it by Thursday"); when there is none after it, the last one before it
 *	("By Thursday, I'll send it"), unless the promise names its own time
 *	that is no date ("..., je vous envoie le planning dans la foulée").
 *	Ties at one position go to the form listed first.
 *
 * EDGE CASES
 *	A date that qualifies a noun ("au sujet du renouvellement du 15
 *	décembre", "the renewal of 15 December")
 *	is that thing's, not a due date: genitive().  An impossible date (February 30) gives no due date.  "Guten Morgen"
 *	and "heute Morgen" are not "morgen".  Week-based forms on a weekend
 *	move to the next week.
 */
#include <stdlib.h>
#include <string.h>
#include "rules_internal.h"

typedef enum {
	D_ISO, D_DOTTED, D_MONTH_DAY, D_DAY_MONTH, D_DAY_OF_MONTH, D_MONTH_PART,
	D_DAY_AFTER, D_TOMORROW, D_TODAY, D_EARLY_NEXT_WEEK, D_NEXT_WEEK, D_THIS_WEEK,
	D_NEXT_MONTH, D_THIS_MONTH, D_IN_N, D_WEEKDAY_DAY, D_WEEKDAY, N_FORMS,
} date_form;

/* %M months, %W weekdays, %N number words (expanded from the tables) */
static const char *const form_patterns[N_FORMS] = {
	[D_ISO] = "\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b",
	[D_DOTTED] = "(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})?(?!\\d)",
	[D_MONTH_DAY] = "\\b(%M)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*(?:%|€|\\$|h\\b|:\\d))"
	                "(?:,?\\s+(\\d{4})\\b)?",
	[D_DAY_MONTH] = "\\b(\\d{1,2})(?:st|nd|rd|th|er|\\.)?\\s+(?:of\\s+|de\\s+)?(%M)\\b\\.?"
	                "(?:\\s+(\\d{4})\\b)?",
	[D_DAY_OF_MONTH] = "\\b(?:(?:by|before|until|till|on|no\\s+later\\s+than|avant|d'ici|pour"
	                   "|jusqu'au|au\\s+plus\\s+tard|bis|vor)\\s+(?:the|le|zum|dem|den)"
	                   "|antes\\s+del|hasta\\s+el|para\\s+el|a\\s+m[áa]s\\s+tardar\\s+el"
	                   "|(?:voor|v[óo][óo]r|uiterlijk|op)\\s+de|(?:para\\s+)?el(?=\\s+d[íi]a\\b))\\s+"
	                   "(?:d[íi]a\\s+)?"
	                   "(\\d{1,2})(?:st|nd|rd|th|er|ste|de|e|\\.)?+(?!\\s*(?:of\\s+|de\\s+)?(?:%M)\\b)"
	                   "(?!\\s*(?:\\d|h\\b|heures?|uhr|%|€|[.,:]\\d))",
	[D_MONTH_PART] = "\\b(?:(end\\s+of|fin\\s+de|fin\\s+d'|fin|ende|ultimo|finales\\s+de|final\\s+de"
	                 "|eind(?:e)?(?:\\s+van)?)"
	                 "|(mid-?|middle\\s+of|mi-|mitte|mediados\\s+de|half|midden))\\s*(%M)\\b",
	[D_DAY_AFTER] = "\\b(?:the\\s+)?day\\s+after\\s+tomorrow\\b|\\bapr[èe]s-demain\\b"
	                "|\\bübermorgen\\b|\\bovermorgen\\b|\\bpasado\\s+mañana\\b",
	[D_TOMORROW] = "\\b(?:tomorrow|demain|morgenochtend|morgenmiddag)\\b"
	               "|(?<!la )(?<!esta )(?<!pasado )\\bmañana\\b"
	               "|(?<!guten )(?<!heute )(?<!am )(?<!jeden )\\bmorgen\\b",
	[D_TODAY] = "\\b(?:today|tonight|this\\s+(?:morning|afternoon|evening)"
	            "|(?:the\\s+)?end\\s+of\\s+(?:the\\s+)?(?:business\\s+)?day|eod|cob"
	            "|close\\s+of\\s+business|aujourd'hui|ce\\s+soir|cet\\s+apr[èe]s-midi"
	            "|ce\\s+matin|dans\\s+la\\s+journée|en\\s+fin\\s+de\\s+journée|heute"
	            "|im\\s+laufe\\s+des\\s+tages|hoy|esta\\s+(?:tarde|noche)|vandaag|vanavond"
	            "|vanmiddag|vanochtend)\\b",
	[D_EARLY_NEXT_WEEK] = "\\b(?:early\\s+next\\s+week"
	                      "|(?:au\\s+)?début\\s+de\\s+(?:la\\s+)?semaine\\s+prochaine"
	                      "|anfang\\s+(?:der\\s+)?n[äa]chste[nr]?\\s+woche"
	                      "|(?:a\\s+)?principios\\s+de\\s+(?:la\\s+)?(?:próxima\\s+semana|semana\\s+que\\s+viene)"
	                      "|begin\\s+(?:volgende|komende)\\s+week)\\b",
	[D_NEXT_WEEK] = "\\b(?:(?:the\\s+)?end\\s+of\\s+next\\s+week|next\\s+week"
	                "|(?:la\\s+)?semaine\\s+prochaine"
	                "|(?:ende\\s+)?(?:der\\s+)?n[äa]chste[nr]?\\s+woche"
	                "|kommende[nr]?\\s+woche"
	                "|(?:(?:a\\s+)?finales\\s+de\\s+)?(?:la\\s+)?(?:próxima\\s+semana|semana\\s+que\\s+viene)"
	                "|(?:eind(?:e)?\\s+)?(?:van\\s+)?(?:volgende|komende)\\s+week)\\b",
	[D_THIS_WEEK] = "\\b(?:(?:the\\s+)?end\\s+of\\s+(?:the|this)\\s+week|this\\s+week"
	                "|the\\s+weekend|(?:la\\s+)?fin\\s+de\\s+(?:la|cette)\\s+semaine"
	                "(?!\\s+prochaine)|cette\\s+semaine|ende\\s+(?:der|dieser)\\s+woche"
	                "|(?:in\\s+)?dieser\\s+woche|diese\\s+woche|(?:bis\\s+zum\\s+)?wochenende"
	                "|(?:(?:a\\s+)?finales\\s+de\\s+)?esta\\s+semana|(?:eind(?:e)?\\s+(?:van\\s+)?)?deze\\s+week"
	                "|(?:het\\s+)?einde?\\s+van\\s+de\\s+week)\\b",
	[D_NEXT_MONTH] = "\\b(?:(?:the\\s+)?end\\s+of\\s+next\\s+month|next\\s+month"
	                 "|(?:la\\s+)?fin\\s+du\\s+mois\\s+prochain|le\\s+mois\\s+prochain"
	                 "|(?:ende\\s+)?(?:des\\s+)?n[äa]chsten\\s+monats?|kommenden\\s+monat"
	                 "|(?:el\\s+)?(?:próximo\\s+mes|mes\\s+que\\s+viene)|(?:eind\\s+)?volgende\\s+maand)\\b",
	[D_THIS_MONTH] = "\\b(?:(?:the\\s+)?end\\s+of\\s+(?:the|this)\\s+month|month[-\\s]end"
	                 "|this\\s+month|(?:la\\s+)?fin\\s+(?:du|de\\s+ce)\\s+mois(?!\\s+prochain)"
	                 "|ce\\s+mois-ci|ende\\s+(?:des|dieses)\\s+monats|monatsende"
	                 "|diesen\\s+monat|(?:a\\s+)?(?:fin|finales|final)\\s+de(?:l)?\\s+mes|este\\s+mes"
	                 "|einde?\\s+van\\s+(?:de|deze)\\s+maand|deze\\s+maand)\\b",
	[D_IN_N] = "\\b(?:in|within|dans|sous|d'ici|innerhalb(?:\\s+von)?|binnen|en|dentro\\s+de)\\s+"
	           "(?:the\\s+next\\s+|les\\s+|der\\s+n[äa]chsten\\s+)?(?:a\\s+)?(\\d{1,3}|%N)"
	           "(?:\\s+of)?\\s*(business\\s+days?|working\\s+days?|days?|weeks?|hours?"
	           "|jours?\\s+ouvrés|jours?|semaines?|heures?|h|werktagen?|arbeitstagen?"
	           "|tagen?|wochen?|stunden?|d[íi]as\\s+h[áa]biles|d[íi]as?|semanas?|horas?"
	           "|werkdagen?|dagen|dag|weken|week|uur)\\b",
	[D_WEEKDAY_DAY] = "\\b(?:%W),?\\s+(?:the\\s+|le\\s+|den\\s+|der\\s+|el\\s+|de\\s+)?(\\d{1,2})"
	                  "(?:st|nd|rd|th|er|ste|de|e|\\.)?+(?!\\s*(?:of\\s+|de\\s+)?(?:%M)\\b)"
	                  "(?!\\s*(?:\\d|h\\b|heures?|uhr|uur|horas?|[ap]\\.?m\\b|%|€|[.,:]\\d))",
	[D_WEEKDAY] = "\\b(?:(this|next|coming|nächsten|nächster|kommenden|diesen|ce)\\s+)?"
	              "(%W)(?:ochtend|middag|namiddag|avond|vormittag|nachmittag|abend|morgen|früh|mittag)?"
	              "\\b(?!,?\\s+(?:le\\s+|the\\s+|den\\s+|der\\s+|el\\s+)?"
	              "(?:\\d(?!\\d?\\s*(?:h\\b|heures?|uhr|uur|horas?|[ap]\\.?m\\b|[.:]\\d))|(?:%M)\\b))"
	              "(?:\\s+(prochain))?",
};

typedef struct word_value {
	const char *word;
	int value;
} word_value;

static const word_value months[] = {
	{ "january", 1 }, { "jan", 1 }, { "janvier", 1 }, { "januar", 1 }, { "jänner", 1 },
	{ "february", 2 }, { "feb", 2 }, { "février", 2 }, { "fevrier", 2 }, { "februar", 2 },
	{ "march", 3 }, { "mar", 3 }, { "mars", 3 }, { "märz", 3 }, { "maerz", 3 },
	{ "april", 4 }, { "apr", 4 }, { "avril", 4 },
	{ "may", 5 }, { "mai", 5 },
	{ "june", 6 }, { "jun", 6 }, { "juin", 6 }, { "juni", 6 },
	{ "july", 7 }, { "jul", 7 }, { "juillet", 7 }, { "juli", 7 },
	{ "august", 8 }, { "aug", 8 }, { "août", 8 }, { "aout", 8 },
	{ "september", 9 }, { "sept", 9 }, { "sep", 9 }, { "septembre", 9 },
	{ "october", 10 }, { "oct", 10 }, { "octobre", 10 }, { "oktober", 10 }, { "okt", 10 },
	{ "november", 11 }, { "nov", 11 }, { "novembre", 11 },
	{ "december", 12 }, { "dec", 12 }, { "décembre", 12 }, { "decembre", 12 },
	{ "dezember", 12 }, { "dez", 12 },
	/* Spanish, Dutch */
	{ "enero", 1 }, { "januari", 1 }, { "febrero", 2 }, { "februari", 2 },
	{ "marzo", 3 }, { "maart", 3 }, { "abril", 4 }, { "mayo", 5 }, { "mei", 5 },
	{ "junio", 6 }, { "julio", 7 }, { "agosto", 8 }, { "augustus", 8 },
	{ "septiembre", 9 }, { "setiembre", 9 }, { "octubre", 10 }, { "noviembre", 11 },
	{ "diciembre", 12 },
};

static const word_value weekdays[] = {
	{ "monday", 1 }, { "lundi", 1 }, { "montag", 1 },
	{ "tuesday", 2 }, { "mardi", 2 }, { "dienstag", 2 },
	{ "wednesday", 3 }, { "mercredi", 3 }, { "mittwoch", 3 },
	{ "thursday", 4 }, { "jeudi", 4 }, { "donnerstag", 4 },
	{ "friday", 5 }, { "vendredi", 5 }, { "freitag", 5 },
	{ "saturday", 6 }, { "samedi", 6 }, { "samstag", 6 }, { "sonnabend", 6 },
	{ "sunday", 7 }, { "dimanche", 7 }, { "sonntag", 7 },
	{ "lunes", 1 }, { "martes", 2 }, { "miércoles", 3 }, { "miercoles", 3 }, { "jueves", 4 },
	{ "viernes", 5 }, { "sábado", 6 }, { "sabado", 6 }, { "domingo", 7 },
	{ "maandag", 1 }, { "dinsdag", 2 }, { "woensdag", 3 }, { "donderdag", 4 },
	{ "vrijdag", 5 }, { "zaterdag", 6 }, { "zondag", 7 },
};

static const word_value numbers[] = {
	{ "a", 1 }, { "an", 1 }, { "one", 1 }, { "two", 2 }, { "three", 3 }, { "four", 4 },
	{ "five", 5 }, { "six", 6 }, { "seven", 7 }, { "eight", 8 }, { "nine", 9 },
	{ "ten", 10 }, { "couple", 2 }, { "few", 3 },
	{ "un", 1 }, { "une", 1 }, { "deux", 2 }, { "trois", 3 }, { "quatre", 4 },
	{ "cinq", 5 }, { "sept", 7 }, { "huit", 8 }, { "neuf", 9 }, { "dix", 10 },
	{ "quinze", 15 },
	{ "ein", 1 }, { "eine", 1 }, { "einem", 1 }, { "einer", 1 }, { "einen", 1 },
	{ "zwei", 2 }, { "drei", 3 }, { "vier", 4 }, { "fünf", 5 }, { "sechs", 6 },
	{ "sieben", 7 }, { "acht", 8 }, { "neun", 9 }, { "zehn", 10 }, { "vierzehn", 14 },
	{ "una", 1 }, { "uno", 1 }, { "dos", 2 }, { "tres", 3 }, { "cuatro", 4 }, { "cinco", 5 }, { "diez", 10 }, { "quince", 15 },
	{ "een", 1 }, { "twee", 2 }, { "drie", 3 }, { "vijf", 5 }, { "tien", 10 }, { "veertien", 14 },
};

struct rules_date_grammar {
	pcre2_code *form[N_FORMS];
};

/* alternation - "a|b|c" of a table's words */
static char *alternation(const word_value *t, guint n)
{
	GString *s = g_string_new(NULL);
	for (guint i = 0; i < n; i++)
		g_string_append_printf(s, "%s%s", i ? "|" : "", t[i].word);
	return g_string_free(s, FALSE);
}

/* replace - s with every "%X" placeholder replaced by with (s is freed) */
static char *replace(char *s, const char *placeholder, const char *with)
{
	char **parts = g_strsplit(s, placeholder, -1);
	char *out = g_strjoinv(with, parts);
	g_strfreev(parts);
	g_free(s);
	return out;
}

/* rules_date_new - compile the grammar once per rule set */
rules_date_grammar *rules_date_new(void)
{
	rules_date_grammar *g = g_new0(rules_date_grammar, 1);
	char *m = alternation(months, G_N_ELEMENTS(months));
	char *w = alternation(weekdays, G_N_ELEMENTS(weekdays));
	char *n = alternation(numbers, G_N_ELEMENTS(numbers));
	for (int f = 0; f < N_FORMS; f++) {
		char *p = replace(replace(replace(g_strdup(form_patterns[f]), "%M", m), "%W", w),
		                  "%N", n);
		char *message = NULL;
		gsize offset = 0;
		g->form[f] = rules_compile(p, &message, &offset);
		if (g->form[f] == NULL)
			g_error("rules: date form %d fails at %zu: %s", f, offset, message);
		g_free(p);
	}
	g_free(m);
	g_free(w);
	g_free(n);
	return g;
}

void rules_date_free(rules_date_grammar *g)
{
	if (g == NULL)
		return;
	for (int f = 0; f < N_FORMS; f++)
		pcre2_code_free(g->form[f]);
	g_free(g);
}

/* lookup - the value of word (any case) in a table, 0 when absent */
static int lookup(const word_value *t, guint n, const char *word)
{
	if (word == NULL)
		return 0;
	char *lower = g_utf8_strdown(word, -1);
	int v = 0;
	for (guint i = 0; i < n && v == 0; i++)
		if (strcmp(lower, t[i].word) == 0)
			v = t[i].value;
	g_free(lower);
	return v;
}

/* group - capture i of a match as a new string, NULL when unset */
static char *group(pcre2_match_data *md, const char *s, int i)
{
	PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
	if ((guint32)i >= pcre2_get_ovector_count(md) || ov[2 * i] == PCRE2_UNSET)
		return NULL;
	return g_strndup(s + ov[2 * i], ov[2 * i + 1] - ov[2 * i]);
}

/* group_int - capture i as a number (0 when unset) */
static int group_int(pcre2_match_data *md, const char *s, int i)
{
	char *g = group(md, s, i);
	int v = g ? atoi(g) : 0;
	g_free(g);
	return v;
}

/* set_ymd - d = y-m-day, FALSE when no such day */
static gboolean set_ymd(GDate *d, int y, int m, int day)
{
	if (y < 1 || y > 9999 || m < 1 || m > 12 || day < 1 ||
	    !g_date_valid_dmy((GDateDay)day, (GDateMonth)m, (GDateYear)y))
		return FALSE;
	g_date_set_dmy(d, (GDateDay)day, (GDateMonth)m, (GDateYear)y);
	return TRUE;
}

/* next_day_month - day/month on or after today (next year when past) */
static gboolean next_day_month(GDate *d, const GDate *today, int month, int day, int year)
{
	if (year)
		return set_ymd(d, year < 100 ? 2000 + year : year, month, day);
	int y = g_date_get_year(today);
	if (!set_ymd(d, y, month, day) && !set_ymd(d, y + 1, month, day))
		return FALSE;
	if (g_date_compare(d, today) < 0)
		return set_ymd(d, y + 1, month, day);
	return TRUE;
}

/* last_of_month - the last day of the month offset months after today's */
static void last_of_month(GDate *d, const GDate *today, int offset)
{
	int m = g_date_get_month(today) - 1 + offset;
	int y = g_date_get_year(today) + m / 12;
	m = m % 12 + 1;
	g_date_set_dmy(d, g_date_get_days_in_month((GDateMonth)m, (GDateYear)y), (GDateMonth)m,
	               (GDateYear)y);
}

/* next_monday - the Monday of the week after today's */
static void next_monday(GDate *d, const GDate *today)
{
	*d = *today;
	g_date_add_days(d, 8 - g_date_get_weekday(today));
}

/* add_business_days - n weekdays after d */
static void add_business_days(GDate *d, int n)
{
	while (n > 0) {
		g_date_add_days(d, 1);
		if (g_date_get_weekday(d) <= G_DATE_FRIDAY)
			n--;
	}
}

/* resolve_in_n - "in 3 days", "within 48 hours", "in two weeks" */
static gboolean resolve_in_n(GDate *d, pcre2_match_data *md, const char *s)
{
	char *num = group(md, s, 1), *unit = group(md, s, 2);
	int n = g_ascii_isdigit(num[0]) ? atoi(num) : lookup(numbers, G_N_ELEMENTS(numbers), num);
	char *u = g_utf8_strdown(unit, -1);
	if (strstr(u, "business") || strstr(u, "working") || strstr(u, "ouvrés") ||
	    strstr(u, "werktag") || strstr(u, "arbeitstag") || strstr(u, "hábil") ||
	    strstr(u, "habil") || strstr(u, "werkdag"))
		add_business_days(d, n);
	else if (u[0] == 'h' || g_str_has_prefix(u, "stunde") || strcmp(u, "uur") == 0)
		/* hours, heures, horas, h, Stunden, uur */
		g_date_add_days(d, (guint)(n + 23) / 24);
	else if (u[0] == 'w' || g_str_has_prefix(u, "semaine") || g_str_has_prefix(u, "semana"))
		/* weeks, Wochen, week(en), semaines, semanas */
		g_date_add_days(d, 7 * (guint)n);
	else
		g_date_add_days(d, (guint)n);
	g_free(num);
	g_free(unit);
	g_free(u);
	return TRUE;
}

/* resolve_weekday - "Friday" (the next one) or "next Friday" (next week's) */
static gboolean resolve_weekday(GDate *d, const GDate *today, pcre2_match_data *md,
                                const char *s)
{
	char *mod = group(md, s, 1), *name = group(md, s, 2), *after = group(md, s, 3);
	int wd = lookup(weekdays, G_N_ELEMENTS(weekdays), name);
	/* next, nächsten, nächster; or "vendredi prochain" */
	gboolean next_week = after != NULL || (mod && g_ascii_tolower(mod[0]) == 'n');
	if (next_week) {
		next_monday(d, today);
		g_date_add_days(d, (guint)wd - 1);
	} else {
		int delta = (wd - (int)g_date_get_weekday(today) + 7) % 7;
		g_date_add_days(d, delta ? (guint)delta : 7);
	}
	g_free(mod);
	g_free(name);
	g_free(after);
	return TRUE;
}

/* resolve_month_part - "end of March" (its last day), "mid-March" (15th) */
static gboolean resolve_month_part(GDate *d, const GDate *today, pcre2_match_data *md,
                                   const char *s)
{
	char *end = group(md, s, 1), *month = group(md, s, 3);
	int m = lookup(months, G_N_ELEMENTS(months), month);
	int y = g_date_get_year(today);
	if (m < (int)g_date_get_month(today))
		y++;
	int day = end ? g_date_get_days_in_month((GDateMonth)m, (GDateYear)y) : 15;
	g_free(end);
	g_free(month);
	return set_ymd(d, y, m, day);
}

/* resolve_day_of_month - "by the 15th": the next 15th after today (a
 * promise is not due the day it is made), clamped to the month's end */
static gboolean resolve_day_of_month(GDate *d, const GDate *today, int day)
{
	if (day < 1 || day > 31)
		return FALSE;
	last_of_month(d, today, day <= (int)g_date_get_day(today) ? 1 : 0);
	if (day < (int)g_date_get_day(d))
		g_date_set_day(d, (GDateDay)day);
	return TRUE;
}

/* resolve_week - Friday of this week (next week's on a weekend) or next */
static gboolean resolve_week(GDate *d, const GDate *today, date_form f)
{
	next_monday(d, today);
	if (f == D_EARLY_NEXT_WEEK)
		return TRUE;
	g_date_add_days(d, 4); /* next week's Friday */
	if (f == D_THIS_WEEK && g_date_get_weekday(today) <= G_DATE_FRIDAY)
		g_date_subtract_days(d, 7);
	return TRUE;
}

/* resolve - the date that match md of form f means, from today */
static gboolean resolve(GDate *d, const GDate *today, date_form f, pcre2_match_data *md,
                        const char *s)
{
	*d = *today;
	switch (f) {
	case D_ISO:
		return set_ymd(d, group_int(md, s, 1), group_int(md, s, 2), group_int(md, s, 3));
	case D_DOTTED:
		return next_day_month(d, today, group_int(md, s, 2), group_int(md, s, 1),
		                      group_int(md, s, 3));
	case D_MONTH_DAY: {
		char *m = group(md, s, 1);
		int month = lookup(months, G_N_ELEMENTS(months), m);
		g_free(m);
		return next_day_month(d, today, month, group_int(md, s, 2), group_int(md, s, 3));
	}
	case D_DAY_MONTH: {
		char *m = group(md, s, 2);
		int month = lookup(months, G_N_ELEMENTS(months), m);
		g_free(m);
		return next_day_month(d, today, month, group_int(md, s, 1), group_int(md, s, 3));
	}
	case D_DAY_OF_MONTH: return resolve_day_of_month(d, today, group_int(md, s, 1));
	case D_MONTH_PART: return resolve_month_part(d, today, md, s);
	case D_DAY_AFTER: g_date_add_days(d, 2); return TRUE;
	case D_TOMORROW: g_date_add_days(d, 1); return TRUE;
	case D_TODAY: return TRUE;
	case D_EARLY_NEXT_WEEK:
	case D_NEXT_WEEK:
	case D_THIS_WEEK: return resolve_week(d, today, f);
	case D_NEXT_MONTH: last_of_month(d, today, 1); return TRUE;
	case D_THIS_MONTH: last_of_month(d, today, 0); return TRUE;
	case D_IN_N: return resolve_in_n(d, md, s);
	case D_WEEKDAY_DAY: return resolve_day_of_month(d, today, group_int(md, s, 1));
	case D_WEEKDAY: return resolve_weekday(d, today, md, s);
	case N_FORMS: break;
	}
	return FALSE;
}

/* genitive - the date expression at `at` qualifies a noun ("au sujet du
 * renouvellement du 15 décembre", "les déploiements du samedi", "the
 * renewal of 15 December"): the date is that thing's, not a deadline.
 * "antes del 15", "in de loop van volgende week", "the week of the 12th",
 * "d'ici la fin du mois" keep theirs (the word before the
 * genitive is a preposition of time, or the genitive is inside the
 * expression). */
static gboolean genitive(const char *s, gsize at)
{
	static const char *const genitives[] = { "du", "of", "vom", "des", "del", "van" };
	static const char *const times[] = { "antes", "before", "by", "avant", "bis", "vor",
	                                     "voor", "vóór", "until", "till", "end", "fin",
	                                     "ende", "eind", "mid", "middle", "mitte", "finales",
	                                     "mediados", "midden", "principios", "début",
	                                     "anfang", "begin", "hasta", "para", "d'ici",
	                                     /* the course or part of a day: "in de loop
	                                      * van", "antes del cierre del viernes" */
	                                     "loop", "course", "curso", "cierre", "close",
	                                     "morning", "afternoon", "evening", "matin",
	                                     "soir", "laufe", "lauf", "mañana", "tarde",
	                                     /* "the week of the 12th", "la semaine du 12":
	                                      * a period a promise can fall due in */
	                                     "week", "semaine", "woche", "semana" };
	gsize from = at > 48 ? at - 48 : 0;
	char *head = g_ascii_strdown(s + from, (gssize)(at - from));
	char **words = g_strsplit_set(g_strstrip(head), " \t\n,", -1);
	guint n = g_strv_length(words);
	/* the last two words before the expression (empty ones from double
	 * blanks dropped) */
	const char *w1 = NULL, *w0 = NULL;
	for (guint i = n; i-- > 0;) {
		if (*words[i] == '\0')
			continue;
		if (w1 == NULL)
			w1 = words[i];
		else if (w0 == NULL) {
			w0 = words[i];
			break;
		}
	}
	gboolean gen = FALSE;
	for (guint i = 0; w1 && i < G_N_ELEMENTS(genitives) && !gen; i++)
		gen = strcmp(w1, genitives[i]) == 0;
	for (guint i = 0; gen && w0 && i < G_N_ELEMENTS(times); i++)
		if (strcmp(w0, times[i]) == 0)
			gen = FALSE;
	g_strfreev(words);
	g_free(head);
	return gen && w0 != NULL;
}

/* own_time - the promise after `anchor` names its own time, and it is
 * no date ("je vous envoie le planning dans la foulée", "I'll send it
 * right away", "ich melde mich umgehend"): a date before it belongs to
 * what the sentence said first ("Première vague la semaine du 12 octobre,
 * je vous envoie le planning dans la foulée": the wave's), not to it */
static gboolean own_time(const char *s, gsize anchor)
{
	static const char *const words[] = {
		"right away", "straight away", "immediately", "shortly", "asap",
		"as soon as possible", "dans la foulée", "tout de suite", "au plus vite",
		"sous peu", "dès que possible", "sofort", "umgehend", "zeitnah",
		"so schnell wie möglich", "baldmöglichst", "enseguida", "en seguida",
		"de inmediato", "cuanto antes", "lo antes posible", "lo antes que pueda",
		"meteen", "zo snel mogelijk", "zo spoedig mogelijk", "onmiddellijk",
	};
	char *low = g_utf8_strdown(s + anchor, -1);
	gboolean own = FALSE;
	for (guint i = 0; i < G_N_ELEMENTS(words) && !own; i++)
		own = strstr(low, words[i]) != NULL;
	g_free(low);
	return own;
}

/* find_expression - the form and start of the date expression to use */
static gboolean find_expression(const mp_ruleset *rs, const char *s, gsize len, gsize anchor,
                                date_form *form, gsize *at)
{
	gboolean after = FALSE, before = FALSE;
	gsize best_after = 0, best_before = 0, a, b;
	date_form f_after = N_FORMS, f_before = N_FORMS;
	for (int f = 0; f < N_FORMS; f++) {
		const pcre2_code *code = rs->dates->form[f];
		gsize from = anchor;
		while (rules_find(rs, code, s, len, from, &a, &b) && genitive(s, a) && b > a)
			from = b;
		if (rules_find(rs, code, s, len, from, &a, &b) && !genitive(s, a) &&
		    (!after || a < best_after)) {
			after = TRUE, best_after = a, f_after = (date_form)f;
		}
		from = 0;
		while (rules_find(rs, code, s, len, from, &a, &b) && a < anchor) {
			if (!genitive(s, a) && (!before || a > best_before))
				before = TRUE, best_before = a, f_before = (date_form)f;
			from = b > a ? b : anchor;
		}
	}
	*form = after ? f_after : f_before;
	*at = after ? best_after : best_before;
	return after || (before && !own_time(s, anchor));
}

/* strict_before - the date expression at `at` is a day named after
 * "before" (in any language read): "before the 15th of September" is due
 * on the 14th.  D_DAY_OF_MONTH carries its preposition in the match;
 * the other day forms have it just before them, perhaps with an article. */
static gboolean strict_before(const char *s, gsize at, date_form f)
{
	static const char *const words[] = { "before", "avant", "vor", "antes de", "antes del",
	                                     "voor", "vóór", "prior to" };
	static const char *const articles[] = { "the", "le", "la", "l'", "dem", "den", "el",
	                                        "de", "het" };
	switch (f) {
	case D_ISO: case D_DOTTED: case D_MONTH_DAY: case D_DAY_MONTH: case D_DAY_OF_MONTH:
	case D_WEEKDAY_DAY: case D_WEEKDAY:
		break;
	default:
		return FALSE;
	}
	if (f == D_DAY_OF_MONTH) {
		for (guint i = 0; i < G_N_ELEMENTS(words); i++)
			if (g_ascii_strncasecmp(s + at, words[i], strlen(words[i])) == 0)
				return TRUE;
		return FALSE;
	}
	gsize from = at > 24 ? at - 24 : 0;
	char *head = g_ascii_strdown(s + from, (gssize)(at - from));
	g_strchomp(head);
	for (guint i = 0; i < G_N_ELEMENTS(articles); i++)
		if (g_str_has_suffix(head, articles[i]) &&
		    (strlen(head) == strlen(articles[i]) ||
		     g_ascii_isspace(head[strlen(head) - strlen(articles[i]) - 1]))) {
			head[strlen(head) - strlen(articles[i])] = '\0';
			g_strchomp(head);
			break;
		}
	gboolean strict = FALSE;
	for (guint i = 0; i < G_N_ELEMENTS(words) && !strict; i++) {
		gsize n = strlen(head), w = strlen(words[i]);
		strict = g_str_has_suffix(head, words[i]) && (n == w || !g_ascii_isalpha(head[n - w - 1]));
	}
	g_free(head);
	return strict;
}

/* rules_due_date - see rules_internal.h */
char *rules_due_date(const mp_ruleset *rs, const char *sentence, gsize anchor, gint64 date)
{
	gsize len = strlen(sentence), at;
	date_form f;
	if (!find_expression(rs, sentence, len, anchor, &f, &at))
		return NULL;
	pcre2_match_data *md = rules_exec(rs, rs->dates->form[f], sentence, len, at);
	if (md == NULL)
		return NULL;
	GDateTime *dt = g_date_time_new_from_unix_local(date);
	if (dt == NULL) {
		pcre2_match_data_free(md);
		return NULL;
	}
	GDate today, due;
	g_date_clear(&today, 1);
	g_date_clear(&due, 1);
	g_date_set_dmy(&today, (GDateDay)g_date_time_get_day_of_month(dt),
	               (GDateMonth)g_date_time_get_month(dt), (GDateYear)g_date_time_get_year(dt));
	g_date_time_unref(dt);
	char *out = NULL;
	if (resolve(&due, &today, f, md, sentence) && g_date_valid(&due)) {
		if (strict_before(sentence, at, f))
			g_date_subtract_days(&due, 1);
		out = g_strdup_printf("%04u-%02u-%02u", g_date_get_year(&due), g_date_get_month(&due),
		                      g_date_get_day(&due));
	}
	pcre2_match_data_free(md);
	return out;
}
