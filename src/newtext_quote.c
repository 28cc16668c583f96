/*
 * newtext_quote.c - which lines of a message are quoted history.
 *
 * SUMMARY
 *	nt_quote_roles() reads the lines top down and marks each NT_NEW or
 *	NT_QUOTED:
 *
 *	- "> " lines are quoted wherever they are (an inline reply keeps the
 *	  unquoted answers between them);
 *	- an attribution line ("On <date>, <name> wrote:", "Le ... a écrit :",
 *	  "Am ... schrieb ...:", "El ... escribió:", "Op ... schreef ...:",
 *	  "Em ... escreveu:", "Il ... ha scritto:" and more), also when the
 *	  client wrapped it over two or three lines, is quoted; when what
 *	  follows it is not "> " text (Outlook, Gmail's HTML, clients that do
 *	  not prefix), everything after it is history;
 *	- "-----Original Message-----" and its translations, a forwarded
 *	  message marker ("---------- Forwarded message ---------", "Begin
 *	  forwarded message:", "Message transféré", "Weitergeleitete
 *	  Nachricht" ..., Lotus Notes' "----- Forwarded by NAME on DATE -----"
 *	  and its FR DE ES NL forms) and an Outlook header block (From:/Sent:/To:/
 *	  Subject: in several languages, at least three distinct fields) start
 *	  the history: they and all after them are quoted, as is a separator
 *	  line ("____") just above them.  A marker, or a block whose subject
 *	  is "FW:"/"Fwd:"/"WG:"/"TR:", sets *forwarded;
 *	- a mobile footer ("Sent from my iPhone") ends what was written now:
 *	  phones put it right above the quoted message, with no header.
 *
 * EDGE CASES
 *	An attribution needs its reply verb plus an opening word ("On",
 *	"Le" ...), an address or a time, so "As Anna wrote:" in a sentence
 *	stays; a line ending with ':' that names an address and a time is an
 *	attribution too ("2017-11-24 16:32 GMT+01:00 Ann <a@b.fr>:").  A
 *	wrapped attribution must start on a line that could open one (no
 *	sentence ending in '.'), so the line above it is never eaten.
 */
#include <string.h>
#include "newtext_internal.h"

#define MAX_ATTRIBUTION_LINES 3
#define MAX_ATTRIBUTION_CHARS 400
#define HEADER_BLOCK_SPAN 12   /* lines an Outlook header block may cover */
#define WRAPPED_QUOTE_MIN 50   /* a quoted line this long may have wrapped */

enum { F_FROM = 1, F_DATE = 2, F_TO = 4, F_CC = 8, F_SUBJECT = 16 };

/* Field names of header blocks by kind (what FIELDS in newtext.c lists). */
static const struct { const char *name; int kind; } field_kinds[] = {
	{ "From", F_FROM }, { "Von", F_FROM }, { "De", F_FROM }, { "Da", F_FROM },
	{ "Van", F_FROM }, { "Fra", F_FROM }, { "Från", F_FROM }, { "Od", F_FROM },
	{ "Lähettäjä", F_FROM }, { "Feladó", F_FROM }, { "От", F_FROM },
	{ "To", F_TO }, { "An", F_TO }, { "À", F_TO }, { "A", F_TO }, { "Para", F_TO },
	{ "Aan", F_TO }, { "Til", F_TO }, { "Till", F_TO }, { "Do", F_TO },
	{ "Vastaanottaja", F_TO }, { "Кому", F_TO },
	{ "Cc", F_CC }, { "CC", F_CC }, { "Kopie", F_CC }, { "Copie à", F_CC },
	{ "Subject", F_SUBJECT }, { "Betreff", F_SUBJECT }, { "Objet", F_SUBJECT },
	{ "Asunto", F_SUBJECT }, { "Oggetto", F_SUBJECT }, { "Onderwerp", F_SUBJECT },
	{ "Assunto", F_SUBJECT }, { "Emne", F_SUBJECT }, { "Ämne", F_SUBJECT },
	{ "Temat", F_SUBJECT }, { "Aihe", F_SUBJECT }, { "Sujet", F_SUBJECT },
	{ "Тема", F_SUBJECT }, { "发件人", F_FROM }, { "收件人", F_TO }, { "抄送", F_CC },
	{ "主题", F_SUBJECT },
	/* everything else in FIELDS is a date: Sent, Gesendet, Envoyé ... */
};

/* field_kind - the kind of a header-block line, 0 if it is not one */
static int field_kind(const char *line)
{
	GMatchInfo *m = NULL;
	int kind = 0;
	if (g_regex_match(nt_patterns_get()->header_field, line, 0, &m)) {
		char *name = g_match_info_fetch(m, 1);
		kind = F_DATE;
		for (guint i = 0; i < G_N_ELEMENTS(field_kinds); i++)
			if (strcmp(name, field_kinds[i].name) == 0)
				kind = field_kinds[i].kind;
		g_free(name);
	}
	g_match_info_free(m);
	return kind;
}

/* header_block - lines[i] starts an Outlook From:/Sent:/To:/Subject:
 * block: three distinct fields, one of them From or a date, with at most
 * one wrapped value line between fields; *fwd when its subject is FW: */
static gboolean header_block(char **lines, guint n, guint i, gboolean *fwd)
{
	if (field_kind(lines[i]) == 0)
		return FALSE;
	int kinds = 0, gap = 0;
	gboolean forward_subject = FALSE;
	for (guint j = i; j < n && j < i + HEADER_BLOCK_SPAN && gap <= 1; j++) {
		int kind = field_kind(lines[j]);
		if (kind == 0) {
			gap++;
			continue;
		}
		gap = 0;
		kinds |= kind;
		if (kind == F_SUBJECT && nt_match(nt_patterns_get()->forward_subject, lines[j]))
			forward_subject = TRUE;
	}
	if (__builtin_popcount(kinds) < 3 || !(kinds & (F_FROM | F_DATE)))
		return FALSE;
	*fwd = forward_subject;
	return TRUE;
}

/* ends_with_sentence - the line ends like a sentence, not an attribution */
static gboolean ends_with_sentence(const char *line)
{
	gsize len = strlen(line);
	while (len > 0 && g_ascii_isspace(line[len - 1]))
		len--;
	return len > 0 && strchr(".!?", line[len - 1]) != NULL;
}

/* has_strong_clue - an opening word, an address, a time or a date */
static gboolean has_strong_clue(const char *s)
{
	const nt_patterns *p = nt_patterns_get();
	return nt_match(p->attribution_opener, s) || strchr(s, '@') != NULL ||
	       nt_match(p->date_or_time, s);
}

/* is_attribution - s (one or more lines joined, without the dashes
 * Zoho puts around it) introduces a quote */
static gboolean is_attribution(const char *s)
{
	const nt_patterns *p = nt_patterns_get();
	while (*s == '-' || *s == '=' || g_ascii_isspace(*s))
		s++;
	gsize len = strlen(s);
	while (len > 0 && (g_ascii_isspace(s[len - 1]) || s[len - 1] == '-' || s[len - 1] == '='))
		len--;
	if (len < 10)
		return FALSE;
	gboolean colon = s[len - 1] == ':';
	GMatchInfo *m = NULL;
	gboolean verb = g_regex_match(p->attribution_verb, s, 0, &m);
	int verb_end = 0;
	if (verb)
		g_match_info_fetch_pos(m, 0, NULL, &verb_end);
	g_match_info_free(m);
	if (verb && colon)
		return has_strong_clue(s);
	if (verb && (gsize)verb_end == len) /* "On ... John <j@x.com> wrote" */
		return nt_match(p->attribution_opener, s);
	/* "2017-11-24 16:32 GMT+01:00 Ann <ann@x.fr>:" */
	return colon && memchr(s, '@', len) != NULL && nt_match(p->date_or_time, s);
}

/* could_open_attribution - the first line of a wrapped attribution has
 * a clue or at least a number (a day, a year) */
static gboolean could_open_attribution(const char *line)
{
	return has_strong_clue(line) || strpbrk(line, "0123456789") != NULL;
}

/* is_wrapped_colon - ">:" alone: Gmail wrapped "<a@b.com>:" after its '>' */
static gboolean is_wrapped_colon(const char *line)
{
	while (g_ascii_isspace(*line))
		line++;
	return strncmp(line, ">:", 2) == 0 && nt_is_blank(line + 2);
}

/* attribution_lines - how many lines (1..3) from i form an attribution,
 * 0 if none does */
static guint attribution_lines(char **lines, guint n, guint i)
{
	GString *joined = g_string_new(NULL);
	guint found = 0;
	for (guint k = 0; k < MAX_ATTRIBUTION_LINES && i + k < n; k++) {
		const char *line = lines[i + k];
		if (nt_is_blank(line) || (nt_is_quote_line(line) && !is_wrapped_colon(line)))
			break;
		if (k == 1 && (ends_with_sentence(lines[i]) || !could_open_attribution(lines[i])))
			break;
		if (k > 0)
			g_string_append_c(joined, ' ');
		g_string_append(joined, line);
		if (joined->len > MAX_ATTRIBUTION_CHARS)
			break;
		if (is_attribution(joined->str)) {
			found = k + 1;
			break;
		}
	}
	g_string_free(joined, TRUE);
	return found;
}

/* is_wrapped_quote - lines[i] continues the long quoted line above it:
 * the client wrapped the quote after prefixing it (no blank line between,
 * and it starts in lower case, unlike an inline answer) */
static gboolean is_wrapped_quote(char **lines, guint i)
{
	if (i == 0 || !nt_is_quote_line(lines[i - 1]) || strlen(lines[i - 1]) < WRAPPED_QUOTE_MIN)
		return FALSE;
	return g_unichar_islower(g_utf8_get_char(lines[i]));
}

/* next_nonblank - index of the first non-blank line at or after i */
static guint next_nonblank(char **lines, guint n, guint i)
{
	while (i < n && nt_is_blank(lines[i]))
		i++;
	return i;
}

/* mark_history - lines from i (and separator lines just above) to the
 * end are quoted */
static void mark_history(char **lines, guint n, guint i, nt_role *roles)
{
	while (i > 0 && roles[i - 1] == NT_NEW &&
	       (nt_is_blank(lines[i - 1]) || nt_is_separator(lines[i - 1])))
		i--;
	for (; i < n; i++)
		roles[i] = NT_QUOTED;
}

/* starts_history - lines[i] opens unquoted history (original message,
 * forward marker, header block) */
static gboolean starts_history(char **lines, guint n, guint i, gboolean *forwarded)
{
	const nt_patterns *p = nt_patterns_get();
	gboolean fwd = FALSE;
	if (nt_match(p->original_message, lines[i]))
		return TRUE;
	if (nt_match(p->forward_marker, lines[i]) || header_block(lines, n, i, &fwd)) {
		if (fwd || nt_match(p->forward_marker, lines[i]))
			*forwarded = TRUE;
		return TRUE;
	}
	return FALSE;
}

void nt_quote_roles(char **lines, guint n, nt_role *roles, gboolean *forwarded)
{
	guint i = 0;
	while (i < n) {
		const char *line = lines[i];
		if (nt_is_quote_line(line)) {
			roles[i++] = NT_QUOTED;
			continue;
		}
		if (nt_is_blank(line)) {
			roles[i++] = NT_NEW;
			continue;
		}
		if (starts_history(lines, n, i, forwarded)) {
			mark_history(lines, n, i, roles);
			return;
		}
		guint k = attribution_lines(lines, n, i);
		if (k > 0) {
			guint next = next_nonblank(lines, n, i + k);
			if (next < n && !nt_is_quote_line(lines[next])) {
				mark_history(lines, n, i, roles);
				return;
			}
			for (guint j = i; j < i + k; j++)
				roles[j] = NT_QUOTED;
			i += k;
			continue;
		}
		roles[i] = is_wrapped_quote(lines, i) ? NT_QUOTED : NT_NEW;
		if (nt_is_mobile_footer(line)) {
			guint next = next_nonblank(lines, n, i + 1);
			if (next < n)
				mark_history(lines, n, next, roles);
			return;
		}
		i++;
	}
}
